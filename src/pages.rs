//! Static pages made at build time from the same data and texts as the widget: the data review
//! page, one file per register (`review.html`, `review.easy.html`, `review.en.html`).
//!
//! The review page is for the secretariat and anyone checking where a fact comes from. As a
//! static page it costs the residents' download nothing (it was about 5 KiB of the wasm, brotli),
//! prints and reads without the widget, and still goes through the i18n layer: every word is a
//! `Text` rendered the same way as in the widget (ruby, Japanese inside English). Native only.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;

use crate::date::Date;
use crate::directory::{self, Grade, OfficeKind, Source};
use crate::i18n::{K, Msg, ReviewCol, Text, data, k, kp, office_name, t};
use crate::review::{self, Status};
use crate::rules;
use crate::text::{Lang, Piece};

/// A message as HTML.
fn tx(l: Lang, m: impl Into<Msg>) -> String {
    rich(&t(l, m))
}

/// The file of the review page in a register.
pub fn review_file(lang: Lang) -> &'static str {
    crate::link::review_page(lang)
}

/// Text with `<`, `>`, `&` and quotes escaped, for element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A text as HTML, segment by segment, as `ui::rich` renders it in the widget.
pub fn rich(text: &Text) -> String {
    let mut out = String::new();
    for s in text.segments() {
        let mut inner = match s.piece {
            Piece::Text(x) => esc(x),
            Piece::Ruby { base, reading } => {
                format!("<ruby>{}<rt aria-hidden=\"true\">{}</rt></ruby>", esc(base), esc(reading))
            }
        };
        if s.ja {
            inner = format!("<span lang=\"ja\">{inner}</span>");
        }
        if s.strong {
            inner = format!("<strong>{inner}</strong>");
        }
        out.push_str(&inner);
    }
    out
}

fn grade(g: Grade) -> &'static str {
    match g {
        Grade::A => "A",
        Grade::BPlus => "B+",
        Grade::B => "B",
        Grade::C => "C",
        Grade::Seed => "SEED",
    }
}

fn coords(lat: f64, lng: f64) -> String {
    format!("{lat:.4}, {lng:.4}")
}

fn date(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// A link that leaves the page: a new tab, no referrer, said for screen readers.
fn external(l: Lang, href: &str, body: &str) -> String {
    format!(
        "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{body}<span class=\"visually-hidden\">{}</span></a>",
        esc(href),
        rich(&t(l, k::OPENS_NEW_TAB))
    )
}

/// The start of a static page in a register, up to the register switch: the document head with
/// its policy, the widget's header, and a switch whose links go to `file` of each register.
fn head(l: Lang, screen: crate::flow::Screen, stylesheet: &str, file: fn(Lang) -> &'static str) -> String {
    let mut h = String::new();
    let w = &mut h;
    let _ = write!(
        w,
        "<!doctype html>\n<html lang=\"{tag}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n<link rel=\"icon\" href=\"data:,\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"./{css}\">{review_css}\n</head>\n<body>\n\
         <div class=\"navi\" lang=\"{tag}\" data-lang=\"{key}\">\n<header class=\"navi-header\">\n\
         <div class=\"navi-title\"><p class=\"navi-name\">{name}</p><p class=\"navi-tagline\">{tagline}</p></div>\n\
         <nav class=\"lang-switch\" aria-label=\"{switch}\"><ul>",
        tag = l.tag(),
        key = l.key(),
        title = esc(&t(l, Msg::DocumentTitle(screen)).plain()),
        css = esc(stylesheet),
        review_css = if screen == crate::flow::Screen::Review {
            "<link rel=\"stylesheet\" href=\"./review.css\">"
        } else {
            ""
        },
        name = tx(l, k::APP_NAME),
        tagline = tx(l, k::APP_TAGLINE),
        switch = esc(&t(l, k::LANG_SWITCH).plain()),
    );
    for other in Lang::ALL {
        let current = if other == l { " aria-current=\"page\"" } else { "" };
        let _ = write!(
            w,
            "<li><a class=\"lang-choice\" href=\"./{}\" lang=\"{}\" data-set-lang=\"{}\"{current}>{}</a></li>",
            file(other),
            other.tag(),
            other.key(),
            rich(&t(other, Msg::LangName))
        );
    }
    h
}

/// The privacy page in a register: what the widget does and never does with answers, in each
/// place it runs, how the browser enforces it, and how anyone can check. It states only what
/// the tests prove. A page of its own, so it costs the widget's download nothing.
pub fn privacy_page(l: Lang, stylesheet: &str) -> String {
    use crate::i18n::PrivacyPart;
    let mut h = head(l, crate::flow::Screen::Privacy, stylesheet, crate::link::privacy_page);
    let w = &mut h;
    let _ = write!(
        w,
        "</ul></nav>\n</header>\n<main class=\"navi-main\">\n<section class=\"screen screen-privacy\">\n\
         <p><a class=\"back-link\" href=\"./#lang={key}\">{back}</a></p>\n\
         <h1 id=\"screen-heading\">{title}</h1>\n<p class=\"lead\">{lead}</p>\n",
        key = l.key(),
        back = tx(l, kp::REVIEW_BACK),
        title = tx(l, kp::PRIVACY_TITLE),
        lead = tx(l, kp::PRIVACY_LEAD),
    );
    for part in PrivacyPart::ALL {
        let _ = write!(w, "<h2>{}</h2>\n<ul class=\"privacy-points\">\n", tx(l, kp::privacy_heading(part)));
        for &point in kp::privacy_points(part) {
            let _ = writeln!(w, "<li>{}</li>", tx(l, point));
        }
        w.push_str("</ul>\n");
    }
    w.push_str("</section>\n</main>\n</div>\n</body>\n</html>\n");
    h
}

/// The whole review page in a register, as of `today` (the build date), with the widget's
/// stylesheet (its hashed file name in the built site).
pub fn review_page(l: Lang, today: Date, stylesheet: &str) -> String {
    let col = |c: ReviewCol| format!("<th scope=\"col\">{}</th>", tx(l, kp::review_col(c)));
    let status =
        |s: Status| format!("<td class=\"status status-{}\">{}</td>", s.key(), tx(l, kp::review_status(s)));
    let c = review::counts(today);
    let mut h = String::new();
    let w = &mut h;

    w.push_str(&head(l, crate::flow::Screen::Review, stylesheet, review_file));
    let _ = write!(
        w,
        "</ul></nav>\n</header>\n<main class=\"navi-main\">\n<section class=\"screen screen-review\">\n\
         <p><a class=\"back-link\" href=\"./#lang={key}\">{back}</a></p>\n\
         <h1 id=\"screen-heading\">{title}</h1>\n<p>{lead}</p>\n<p class=\"asof\">{asof}</p>\n\
         <p class=\"review-counts\" data-offices=\"{offices}\">{counts}</p>\n",
        key = l.key(),
        back = tx(l, kp::REVIEW_BACK),
        title = tx(l, kp::REVIEW_TITLE),
        lead = tx(l, kp::REVIEW_LEAD),
        asof = tx(l, Msg::RulesAsOf(today)),
        offices = c.offices,
        counts = tx(
            l,
            Msg::ReviewCounts {
                sources: c.sources,
                old: c.old_sources,
                offices: c.offices,
                no_contact: c.offices_without_contact,
                municipalities: c.municipalities,
                periods: c.rule_versions,
            }
        ),
    );

    let _ = write!(
        w,
        "<h2>{}</h2>\n<ul class=\"review-gaps\">\n<li>{}</li>\n",
        tx(l, kp::REVIEW_GAPS_HEADING),
        tx(l, kp::REVIEW_GAP_HELLO_WORK)
    );
    for g in review::rule_gaps(today) {
        let _ = writeln!(w, "<li>{}</li>", tx(l, Msg::ReviewGapRule(g)));
    }
    let _ = write!(w, "<li>{}</li>\n</ul>\n", tx(l, Msg::ReviewGapNoContact(c.offices_without_contact)));

    let table = |w: &mut String, id: &str, heading: K, cols: &[ReviewCol]| {
        let _ = write!(
            w,
            "<h2 id=\"{id}\">{}</h2>\n<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"{id}\" tabindex=\"0\">\n<table class=\"review-table\">\n<thead><tr>",
            tx(l, heading)
        );
        for c in cols {
            w.push_str(&col(*c));
        }
        w.push_str("</tr></thead>\n<tbody>\n");
    };
    let end = "</tbody>\n</table>\n</div>\n";

    let mut offices: Vec<_> = directory::OFFICES.iter().collect();
    crate::order::sort_by_key(&mut offices, |o| (review::office_status(o, today), o.kind.key(), o.id));
    table(
        w,
        "review-offices",
        kp::REVIEW_OFFICES_HEADING,
        &[
            ReviewCol::Status,
            ReviewCol::Name,
            ReviewCol::Kind,
            ReviewCol::Covers,
            ReviewCol::Contacts,
            ReviewCol::Dated,
            ReviewCol::Grade,
            ReviewCol::Sources,
        ],
    );
    for o in offices {
        let mut contacts = String::new();
        for (k, v) in [
            (k::OFFICE_ADDRESS, o.address),
            (k::OFFICE_PHONE, o.phone),
            (k::OFFICE_HOURS, o.hours),
            (k::url_label(o.url_kind), o.url),
        ] {
            if let Some(v) = v {
                let _ = write!(
                    contacts,
                    "<div>{}: {} [{}]</div>",
                    tx(l, k),
                    rich(&data(l, v.value)),
                    esc(v.source)
                );
            }
        }
        if contacts.is_empty() {
            contacts = tx(l, kp::REVIEW_MISSING);
        }
        // Information over a year old is highlighted for a staff check, whatever the status.
        let old = review::office_is_old(o, today);
        let (dated, grade_of) =
            review::office_info(o).map_or((String::new(), ""), |(d, g)| (d.to_string(), grade(g)));
        let dated = if old {
            format!("<mark>{dated}</mark><br>{}", tx(l, kp::review_status(Status::Old)))
        } else {
            dated
        };
        let parts: String = o.parts.iter().map(|p| format!(" + {}", rich(&data(l, p.area)))).collect();
        let _ = writeln!(
            w,
            "<tr data-review-office=\"{id}\"{old_attr}>{status}<th scope=\"row\">{name}<br><code>{id}</code></th><td>{kind}</td><td>{covers}{parts}</td><td>{contacts}</td><td>{dated}</td><td>{grade_of}</td><td>{sources}</td></tr>",
            id = esc(o.id),
            old_attr = if old { " class=\"review-old\" data-old=\"\"" } else { "" },
            status = status(review::office_status(o, today)),
            name = rich(&office_name(l, o)),
            kind = o.kind.key(),
            covers = o.covers.len(),
            sources = esc(&review::office_sources(o).join(", ")),
        );
    }
    w.push_str(end);

    table(
        w,
        "review-notices",
        kp::REVIEW_NOTICES_HEADING,
        &[ReviewCol::Id, ReviewCol::Title, ReviewCol::Areas, ReviewCol::Period, ReviewCol::Sources],
    );
    for n in directory::NOTICES.iter() {
        let areas: Vec<String> = n
            .municipalities
            .iter()
            .filter_map(|c| directory::municipality(*c))
            .map(|m| rich(&data(l, m.label)))
            .collect();
        let _ = writeln!(
            w,
            "<tr data-review-notice=\"{id}\"><td><code>{id}</code></td><th scope=\"row\">{text}<br>{url}</th><td>{count}: {areas}</td><td>{from} – {until}</td><td>{sources}</td></tr>",
            id = esc(n.id),
            text = rich(&data(l, n.text)),
            url = external(l, n.url.value.ja(), &esc(n.url.value.ja())),
            count = n.municipalities.len(),
            areas = areas.join(", "),
            from = n.from,
            until = date(n.until),
            sources = esc(&n.sources.join(", ")),
        );
    }
    w.push_str(end);

    let mut sources: Vec<&'static Source> = directory::SOURCES.iter().collect();
    crate::order::sort_by_key(&mut sources, |s| (review::source_status(s, today), s.id));
    table(
        w,
        "review-sources",
        kp::REVIEW_SOURCES_HEADING,
        &[
            ReviewCol::Status,
            ReviewCol::Title,
            ReviewCol::Dated,
            ReviewCol::Checked,
            ReviewCol::Grade,
            ReviewCol::UsedBy,
        ],
    );
    for s in sources {
        let title = rich(&data(l, s.title));
        let title = if s.url.ja().is_empty() { title } else { external(l, s.url.ja(), &title) };
        let _ = writeln!(
            w,
            "<tr data-review-source=\"{id}\">{status}<th scope=\"row\">{title}<br><code>{id}</code></th><td>{dated}</td><td>{checked}</td><td>{grade}</td><td>{used}</td></tr>",
            id = esc(s.id),
            status = status(review::source_status(s, today)),
            dated = date(s.dated),
            checked = s.checked,
            grade = grade(s.grade),
            used = review::usage(s.id),
        );
    }
    w.push_str(end);

    table(
        w,
        "review-rules",
        kp::REVIEW_PROGRAMMES_HEADING,
        &[ReviewCol::Id, ReviewCol::Name, ReviewCol::Period, ReviewCol::Sources],
    );
    for p in rules::PROGRAMMES.iter() {
        for q in p.periods {
            let _ = writeln!(
                w,
                "<tr><td><code>{}</code></td><th scope=\"row\">{}</th><td>{} – {}</td><td>{}</td></tr>",
                p.id.key(),
                rich(&data(l, q.name)),
                q.from,
                date(q.until),
                esc(&q.sources.join(", "))
            );
        }
    }
    w.push_str(end);

    table(
        w,
        "review-munis",
        kp::REVIEW_MUNICIPALITIES_HEADING,
        &[
            ReviewCol::Code,
            ReviewCol::Name,
            ReviewCol::Gun,
            ReviewCol::Position,
            ReviewCol::Saposte,
            ReviewCol::HelloWork,
            ReviewCol::Sources,
        ],
    );
    for m in directory::ALL_ROWS.iter() {
        // Its Hello Work office, and the offices serving a part of it.
        let mut hw = directory::hellowork_for(m.code).map(|o| o.id.to_string()).unwrap_or_default();
        for o in directory::OFFICES.iter() {
            if let Some(p) = o.part_of(m.code) {
                let _ = write!(hw, "<br>{}: {}", rich(&data(l, p.area)), o.id);
            }
        }
        let _ = writeln!(
            w,
            "<tr><td>{}</td><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            m.code.0,
            rich(&data(l, m.label)),
            rich(&data(l, m.gun_label)),
            coords(m.lat, m.lng),
            directory::covering(m.code, OfficeKind::Saposte).next().map(|o| o.id).unwrap_or_default(),
            hw,
            esc(&m.sources.join(", "))
        );
    }
    w.push_str(end);
    h.push_str("</section>\n</main>\n</div>\n</body>\n</html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(l: Lang) -> String {
        review_page(l, Date::parse("2026-11-21").unwrap(), "style.css")
    }

    #[test]
    fn the_start_screens_go_into_index_html_once_per_register_with_their_own_ids() {
        let index = "<!doctype html><body><div id=app><p class=loading>…</p></div></body>";
        let html = with_start_screens(index).expect("the anchor is found");
        assert!(
            html.ends_with("<p class=loading>…</p></div></body>"),
            "the loading line stays, after the screens"
        );
        for l in Lang::ALL {
            assert_eq!(html.matches(&format!("data-boot-lang=\"{}\"", l.key())).count(), 1);
            assert!(html.contains(&rich(&t(l, k::START_TITLE))), "{l:?}");
            assert!(html.contains(&rich(&t(l, Msg::DataAsOf(directory::DATA_DATE)))), "{l:?}");
            assert!(html.contains(&rich(&t(l, kp::LOAD_FAILED))), "{l:?}");
        }
        // Ids are unique on the page (the three blocks share it).
        let ids: Vec<&str> = html.split(" id=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(ids.len(), unique.len(), "{ids:?}");
        assert_eq!(ids.len(), 3 * 4);
        // Every label points at an input of its own block.
        for l in Lang::ALL {
            assert!(html.contains(&format!("<label for=\"who-family-{k}\">", k = l.key())));
            assert!(html.contains(&format!("id=\"who-family-{k}\"", k = l.key())));
        }
        assert_eq!(with_start_screens("<body><div class=app></div>"), None);
    }

    #[test]
    fn every_record_is_on_the_page_in_every_register() {
        for l in Lang::ALL {
            let p = page(l);
            assert_eq!(p.matches("data-review-office=").count(), directory::OFFICES.len(), "{l:?}");
            assert_eq!(p.matches("data-review-source=").count(), directory::SOURCES.len(), "{l:?}");
            assert!(p.starts_with(&format!("<!doctype html>\n<html lang=\"{}\">", l.tag())));
            assert_eq!(p.matches("aria-current=\"page\"").count(), 1);
        }
        assert!(
            page(Lang::Easy).contains("<rt aria-hidden=\"true\">"),
            "やさしい日本語 carries its readings"
        );
        assert!(page(Lang::En).contains("<span lang=\"ja\">"), "Japanese inside English is marked");
    }

    #[test]
    fn data_is_escaped_not_inserted() {
        assert_eq!(esc("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        let t = Text { lang: Lang::Ja, markup: "<script>{漢字|かんじ}".into() };
        assert_eq!(rich(&t), "&lt;script&gt;<ruby>漢字<rt aria-hidden=\"true\">かんじ</rt></ruby>");
        // No script element can come from the data: every < in it is escaped.
        for l in Lang::ALL {
            assert!(!page(l).contains("<script"), "{l:?}");
        }
    }
}

/// The start screen in the three registers, as the widget draws it (see `ui::app` and
/// `ui::components::start`), for `index.html`: it paints before the wasm arrives. Each block is
/// shown by the `data-boot` attribute the page's first script sets (`assets/boot-inline.js`);
/// ids carry the register, as the three blocks share the page. The widget replaces them when it
/// starts. The e2e test `first-screen.spec.mjs` holds this to the widget's own rendering.
pub fn start_screens() -> String {
    let mut out = String::new();
    for l in Lang::ALL {
        out.push_str(&start_screen(l));
    }
    // When a link opened another screen (no start screen shown) and the widget cannot load.
    write!(out, "<p class=\"loading-failed\" role=\"alert\">{}</p>", rich(&t(Lang::Ja, kp::LOAD_FAILED)))
        .unwrap();
    out
}

fn start_screen(l: Lang) -> String {
    use crate::settings::Who;
    let k = l.key();
    let mut switch = String::new();
    for o in Lang::ALL {
        write!(
            switch,
            "<li><button type=\"button\" data-set-lang=\"{}\" lang=\"{}\" aria-pressed=\"{}\" class=\"lang-choice\">{}</button></li>",
            o.key(),
            o.tag(),
            o == l,
            rich(&t(o, Msg::LangName))
        )
        .unwrap();
    }
    let mut radios = String::new();
    for w in Who::ALL {
        write!(
            radios,
            "<div class=\"radio\"><input type=\"radio\" id=\"who-{w}-{k}\" name=\"who\" value=\"{w}\"{checked}><label for=\"who-{w}-{k}\">{label}</label></div>",
            w = w.key(),
            checked = if w == Who::default() { " checked" } else { "" },
            label = tx(l, k::who(w)),
        )
        .unwrap();
    }
    format!(
        concat!(
            "<div class=\"navi boot\" lang=\"{tag}\" data-lang=\"{k}\" data-mode=\"standard\" data-boot-lang=\"{k}\">",
            "<header class=\"navi-header\"><div class=\"navi-title\"><p class=\"navi-name\">{name}</p><p class=\"navi-tagline\">{tagline}</p></div>",
            "<div class=\"navi-tools\"><nav aria-label=\"{switch_label}\" class=\"lang-switch\"><ul>{switch}</ul></nav></div></header>",
            "<main class=\"navi-main\"><p class=\"boot-failed\" role=\"alert\">{failed}</p><section class=\"screen screen-start\"><h1 id=\"screen-heading-{k}\" tabindex=\"-1\">{title}</h1>",
            "<p class=\"lead\">{lead}</p><p class=\"privacy-promise\">{promise}</p>",
            "<form novalidate><div class=\"field\"><fieldset aria-describedby=\"who-hint-{k}\"><legend class=\"legend\">{legend}</legend>",
            "<p class=\"hint\" id=\"who-hint-{k}\">{hint}</p><div class=\"radios\">{radios}</div></fieldset></div>",
            "<button type=\"submit\" data-action=\"begin\" class=\"button button-start\">{start}</button></form></section></main>",
            "<footer class=\"navi-footer\"><p>{disclaimer}</p><p class=\"data-date\">{date}</p><ul class=\"footer-links\">",
            "<li>{privacy_link}</li><li>{review_link}</li></ul></footer></div>",
        ),
        tag = l.tag(),
        k = k,
        switch = switch,
        radios = radios,
        name = tx(l, k::APP_NAME),
        tagline = tx(l, k::APP_TAGLINE),
        switch_label = esc(&t(l, k::LANG_SWITCH).plain()),
        failed = tx(l, kp::LOAD_FAILED),
        title = tx(l, k::START_TITLE),
        lead = tx(l, k::START_LEAD),
        promise = tx(l, k::START_PRIVACY),
        legend = tx(l, k::WHO_LEGEND),
        hint = tx(l, k::START_FAMILY),
        start = tx(l, k::START_BUTTON),
        disclaimer = tx(l, k::DISCLAIMER),
        date = tx(l, Msg::DataAsOf(directory::DATA_DATE)),
        privacy_link = external(l, crate::link::privacy_page(l), &tx(l, k::PRIVACY_LINK)),
        review_link = external(l, crate::link::review_page(l), &tx(l, k::REVIEW_LINK)),
    )
}

/// `index.html` with the start screens after `<div id=app>` (however the minifier wrote it).
pub fn with_start_screens(index: &str) -> Option<String> {
    let open =
        ["<div id=app>", "<div id=\"app\">"].iter().find_map(|o| index.find(o).map(|i| i + o.len()))?;
    Some(format!("{}{}{}", &index[..open], start_screens(), &index[open..]))
}

/// The origins allowed to frame the widget: every `*.lg.jp` site at once, and each of
/// Kumamoto's municipal sites that is not on `lg.jp`, by name (from the sourced municipality
/// data, so a new or moved site changes the headers with the data).
pub fn frame_ancestors() -> Vec<String> {
    let mut out = vec!["'self'".to_string(), "https://*.lg.jp".to_string()];
    for m in directory::municipalities() {
        let Some(rest) = m.url.strip_prefix("https://").or_else(|| m.url.strip_prefix("http://")) else {
            continue;
        };
        let host = rest.split('/').next().unwrap_or("");
        let origin = format!("https://{host}");
        if !host.is_empty() && !host.ends_with(".lg.jp") && !out.contains(&origin) {
            out.push(origin);
        }
    }
    out
}

/// Example server headers that let only Kumamoto's municipal sites frame the widget (a
/// `<meta>` policy cannot say `frame-ancestors`), and let a host pin the embed loader with
/// `integrity` (a script checked by the browser must come with `Access-Control-Allow-Origin`):
/// for Netlify/Cloudflare Pages (`_headers`), Apache (`.htaccess`) and nginx. Returns (file
/// name, content).
pub fn frame_headers() -> Vec<(&'static str, String)> {
    let policy = format!("frame-ancestors {}", frame_ancestors().join(" "));
    let note =
        "Made from assets/data/municipalities.csv at build time: only these sites may frame the widget.";
    let pin = "The embed loader may be pinned by a host with integrity: it is sent to any origin (it holds nothing private).";
    vec![
        (
            "_headers",
            format!(
                "# {note}\n/*\n  Content-Security-Policy: {policy}\n# {pin}\n# Under the widget's folder (e.g. /navi/embed.js when it is served from /navi/).\n/embed.js\n  Access-Control-Allow-Origin: *\n"
            ),
        ),
        (
            ".htaccess",
            format!(
                "# {note}\nHeader always set Content-Security-Policy \"{policy}\"\n# {pin}\n<Files \"embed.js\">\n  Header always set Access-Control-Allow-Origin \"*\"\n</Files>\n"
            ),
        ),
        (
            "frame-ancestors.nginx.conf",
            format!(
                "# {note}\n# Include it in the server or location block that serves the widget.\nadd_header Content-Security-Policy \"{policy}\" always;\n# {pin}\n# (A location with add_header of its own inherits none: the policy is repeated.)\nlocation ~ /embed\\.js$ {{\n  add_header Content-Security-Policy \"{policy}\" always;\n  add_header Access-Control-Allow-Origin \"*\" always;\n}}\n"
            ),
        ),
    ]
}

#[cfg(test)]
mod frame_tests {
    use super::*;

    #[test]
    fn every_municipal_site_may_frame_the_widget_and_no_other() {
        let allowed = frame_ancestors();
        assert!(allowed.contains(&"https://*.lg.jp".to_string()));
        for m in directory::municipalities() {
            let host = m.url.split('/').nth(2).unwrap();
            assert!(
                host.ends_with(".lg.jp") || allowed.contains(&format!("https://{host}")),
                "{} ({host}) cannot frame the widget",
                m.name
            );
        }
        // 14 .jp sites and one .com, named one by one (research: code4fukui/localgovjp).
        let named = allowed.iter().filter(|a| !a.contains("lg.jp") && *a != "'self'").count();
        assert_eq!(named, 15, "{allowed:?}");
        for (file, text) in frame_headers() {
            assert!(
                text.contains("frame-ancestors 'self' https://*.lg.jp https://www.city.kumamoto.jp"),
                "{file}"
            );
            // The loader can be pinned with integrity: it is sent with CORS, and only it.
            assert!(text.contains("embed"), "{file}");
            assert_eq!(text.matches("Access-Control-Allow-Origin").count(), 1, "{file}");
        }
    }
}
