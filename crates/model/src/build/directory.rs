//! The rules the directory data must follow, across records and files. The build runs them on
//! the data files and refuses to build when one fails; the tests run them on the compiled data
//! and on broken copies. Every problem names the record and the field, so whoever edits the
//! data can fix it.

use crate::directory::*;
pub use crate::load::Problem;
use crate::text::Lang;

/// Number of municipalities (市町村, not wards) in Kumamoto Prefecture.
pub const MUNICIPALITY_COUNT: usize = 45;

pub fn validate(
    munis: &[Municipality],
    offices: &[Office],
    sources: &[Source],
    notices: &[Notice],
) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut push = |record: String, field: &str, message: String| {
        out.push(Problem { record, field: field.into(), message })
    };

    // Sources
    for (i, s) in sources.iter().enumerate() {
        let rec = format!("sources.toml {}", s.id);
        for problem in id_problems(s.id, sources[..i].iter().map(|o| o.id)) {
            push(rec.clone(), "id", problem.into());
        }
        if s.title.is_blank() {
            push(rec.clone(), "title", "missing".into());
        }
        let url = s.url.ja();
        if !url.is_empty() && !is_url(url) {
            push(rec.clone(), "url", format!("not an http(s) address: {url:?}"));
        }
        if !s.url.is_same() {
            push(rec.clone(), "url", "an address reads the same in every register: write it once".into());
        }
        if url.is_empty() && s.grade != Grade::Seed {
            push(rec.clone(), "url", "only the seed documents may have no address".into());
        }
        if let Some(d) = s.dated
            && d > s.checked
        {
            push(rec, "dated", "is later than checked".into());
        }
    }
    let source_exists = |id: &str| sources.iter().any(|s| s.id == id);

    // Municipalities
    for (i, m) in munis.iter().enumerate() {
        let rec = format!("municipalities.csv {}", m.code.0);
        if !m.code.has_valid_check_digit() {
            push(rec.clone(), "code", "check digit does not match".into());
        }
        if m.code.0 / 10_000 != 43 {
            push(rec.clone(), "code", "not a Kumamoto Prefecture code (43xxxx)".into());
        }
        if munis[..i].iter().any(|o| o.code == m.code) {
            push(rec.clone(), "code", "duplicate code".into());
        }
        if munis[..i].iter().any(|o| o.name == m.name) {
            push(rec.clone(), "name", format!("duplicate name {:?}", m.name));
        }
        let suffix_ok = match m.kind {
            MuniKind::City => m.name.ends_with('市'),
            MuniKind::Town => m.name.ends_with('町'),
            MuniKind::Village => m.name.ends_with('村'),
            MuniKind::Ward => m.name.ends_with('区'),
        };
        if !suffix_ok {
            push(rec.clone(), "kind", format!("{:?} does not match the name {:?}", m.kind, m.name));
        }
        let rural = matches!(m.kind, MuniKind::Town | MuniKind::Village);
        if rural == m.gun.is_empty() {
            push(rec.clone(), "gun", "towns and villages have a 郡, cities and wards do not".into());
        }
        if !m.gun.is_empty() && !m.gun.ends_with('郡') {
            push(rec.clone(), "gun", format!("{:?} is not a 郡 name", m.gun));
        }
        if m.kana.is_empty() || !m.kana.chars().all(|c| ('ぁ'..='ゖ').contains(&c) || c == 'ー') {
            push(rec.clone(), "kana", "reading must be hiragana".into());
        }
        if !in_kumamoto(m.lat, m.lng) {
            push(rec.clone(), "lat/lng", "position is outside Kumamoto Prefecture".into());
        }
        if !is_url(m.url) {
            push(rec.clone(), "url", format!("not an http(s) address: {:?}", m.url));
        }
        match (m.kind, m.parent) {
            (MuniKind::Ward, Some(p)) => {
                if !munis.iter().any(|o| o.code == p && o.kind == MuniKind::City) {
                    push(rec.clone(), "parent", "ward's city not found".into());
                }
            }
            (MuniKind::Ward, None) => push(rec.clone(), "parent", "a ward needs its city".into()),
            (_, Some(_)) => push(rec.clone(), "parent", "only wards have a parent".into()),
            (_, None) => {}
        }
        if m.sources.is_empty() {
            push(rec.clone(), "sources", "missing".into());
        }
        for s in m.sources {
            if !source_exists(s) {
                push(rec.clone(), "sources", format!("unknown source {s:?}"));
            }
        }
    }
    let real: Vec<&Municipality> = munis.iter().filter(|m| m.kind != MuniKind::Ward).collect();
    if real.len() != MUNICIPALITY_COUNT {
        push(
            "municipalities.csv".into(),
            "rows",
            format!("{} municipalities, expected {MUNICIPALITY_COUNT}", real.len()),
        );
    }

    // Offices
    for (i, o) in offices.iter().enumerate() {
        let rec = format!("offices.toml {}", o.id);
        for problem in id_problems(o.id, offices[..i].iter().map(|p| p.id)) {
            push(rec.clone(), "id", problem.into());
        }
        let prefix = o.kind.id_prefix();
        if !o.id.starts_with(prefix) {
            push(rec.clone(), "id", format!("ids of this kind start with {prefix:?}"));
        }
        if o.name.is_blank() {
            push(rec.clone(), "name", "missing".into());
        }
        if o.helps.is_blank() {
            push(rec.clone(), "helps", "missing".into());
        }
        if !source_exists(o.source) {
            push(rec.clone(), "source", format!("unknown source {:?}", o.source));
        }
        if o.covers.is_empty() {
            push(rec.clone(), "covers", "covers no municipality".into());
        }
        for c in o.covers {
            if !real.iter().any(|m| m.code == *c) {
                push(rec.clone(), "covers", format!("unknown municipality {}", c.0));
            }
        }
        let fields: [(&'static str, Option<Sourced>); 7] = [
            ("operator", o.operator),
            ("eligibility", o.eligibility),
            ("address", o.address),
            ("phone", o.phone),
            ("hours", o.hours),
            ("url", o.url),
            ("notice", o.notice),
        ];
        for (field, v) in fields {
            let Some(v) = v else { continue };
            if v.value.is_blank() {
                push(rec.clone(), field, "empty value (leave the field out instead)".into());
            }
            if !source_exists(v.source) {
                push(rec.clone(), field, format!("unknown source {:?}", v.source));
            }
        }
        if let Some(p) = o.phone
            && !is_phone(p.value.ja())
        {
            push(rec.clone(), "phone", format!("{:?} is not written 0XX-XXX-XXXX", p.value.ja()));
        }
        if let Some(u) = o.url
            && !is_url(u.value.ja())
        {
            push(rec.clone(), "url", format!("not an http(s) address: {:?}", u.value.ja()));
        }
        if o.url.is_none() && o.url_kind != UrlKind::Official {
            push(rec.clone(), "url_kind", "set without a url".into());
        }
        if let Some(l) = o.location {
            if !in_kumamoto(l.lat, l.lng) {
                push(rec.clone(), "location", "position is outside Kumamoto Prefecture".into());
            }
            if !source_exists(l.source) {
                push(rec.clone(), "location", format!("unknown source {:?}", l.source));
            }
        }
        for p in o.parts {
            if o.kind != OfficeKind::HelloWork {
                push(rec.clone(), "parts", "only a Hello Work office serves part of a municipality".into());
            }
            if o.covers.contains(&p.muni) {
                push(rec.clone(), "parts", format!("serves all of {} already", p.muni.0));
            }
            if p.area.is_blank() {
                push(rec.clone(), "parts", "the part has no name".into());
            }
            if !source_exists(p.source) {
                push(rec.clone(), "parts", format!("unknown source {:?}", p.source));
            }
        }
        // A self-reliance window serves exactly the municipality its id names, and has a phone.
        if o.kind == OfficeKind::SelfReliance && o.phone.is_none() {
            push(rec.clone(), "phone", "a self-reliance window needs its phone number".into());
        }
        if o.kind == OfficeKind::SelfReliance {
            let named = o.id.strip_prefix("self-reliance-").and_then(|c| c.parse::<u32>().ok());
            if named.map(MuniCode) != Some(o.covers.first().copied().unwrap_or(MuniCode(0)))
                || o.covers.len() != 1
            {
                push(
                    rec.clone(),
                    "covers",
                    "a self-reliance window covers exactly the municipality in its id".into(),
                );
            }
        }
    }

    // Coverage: every municipality has exactly one Saposte, one self-reliance window and one
    // Hello Work office serving it (in full), and at least one hikikomori centre.
    for m in &real {
        let count = |kind: OfficeKind| {
            offices.iter().filter(|o| o.kind == kind && o.covers.contains(&m.code)).count()
        };
        let rec = format!("municipalities.csv {} {}", m.code.0, m.name);
        match count(OfficeKind::Saposte) {
            1 => {}
            n => push(rec.clone(), "saposte", format!("covered by {n} Saposte, expected exactly 1")),
        }
        match count(OfficeKind::SelfReliance) {
            1 => {}
            n => push(
                rec.clone(),
                "self-reliance",
                format!("covered by {n} self-reliance windows, expected exactly 1"),
            ),
        }
        match count(OfficeKind::HelloWork) {
            1 => {}
            n => push(
                rec.clone(),
                "hellowork",
                format!(
                    "served by {n} Hello Work offices, expected exactly 1 (a part served by another office is a part)"
                ),
            ),
        }
        if count(OfficeKind::Hikikomori) == 0 {
            push(rec, "hikikomori", "no hikikomori centre covers it".into());
        }
    }

    // Notices
    for (i, n) in notices.iter().enumerate() {
        let rec = format!("notices.toml {}", n.id);
        for problem in id_problems(n.id, notices[..i].iter().map(|o| o.id)) {
            push(rec.clone(), "id", problem.into());
        }
        if n.text.is_blank() {
            push(rec.clone(), "text", "missing".into());
        }
        if n.municipalities.is_empty() {
            push(rec.clone(), "municipalities", "names no municipality".into());
        }
        for c in n.municipalities {
            if !real.iter().any(|m| m.code == *c) {
                push(rec.clone(), "municipalities", format!("unknown municipality {}", c.0));
            }
        }
        if !is_url(n.url.value.ja()) {
            push(rec.clone(), "url", format!("not an http(s) address: {:?}", n.url.value.ja()));
        }
        if !source_exists(n.url.source) {
            push(rec.clone(), "url", format!("unknown source {:?}", n.url.source));
        }
        if n.sources.is_empty() {
            push(rec.clone(), "sources", "missing: a notice needs the sources that justify it".into());
        }
        for s in n.sources {
            if !source_exists(s) {
                push(rec.clone(), "sources", format!("unknown source {s:?}"));
            }
        }
        if n.until.is_some_and(|u| u < n.from) {
            push(rec, "until", "is before from".into());
        }
    }
    out
}

/// Kumamoto Prefecture lies within roughly 32.0–33.3 N, 129.9–131.4 E.
fn in_kumamoto(lat: f64, lng: f64) -> bool {
    (32.0..=33.3).contains(&lat) && (129.9..=131.4).contains(&lng)
}

/// What is wrong with a record's id, given the ids of the records before it.
fn id_problems(
    id: &str,
    mut before: impl Iterator<Item = &'static str>,
) -> impl Iterator<Item = &'static str> {
    let duplicate = before.any(|b| b == id).then_some("duplicate id");
    let malformed = (!is_id(id)).then_some("use lower-case letters, digits and '-' only");
    duplicate.into_iter().chain(malformed)
}

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_url(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://"))
        && s.len() > 10
        && !s.contains(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '>')
}

/// A Japanese landline or mobile number written with hyphens: 10 digits (11 for 0X0 mobiles
/// and 0120/0570 numbers are not used here), first digit 0, three groups.
pub fn is_phone(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 3
        && groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && s.starts_with('0')
        && groups.iter().map(|g| g.len()).sum::<usize>() == 10
}

/// The rows of a small csv data file (no quoting: its fields never hold commas; `#` starts a
/// comment line), each with its line number, after the header, which must be `header`. A row
/// with another number of fields is left out and reported.
pub fn csv_rows<'a>(file: &str, text: &'a str, header: &str) -> (Vec<(usize, Vec<&'a str>)>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
    if lines.next().map(|(_, l)| l) != Some(header) {
        let message = format!("the first line after the comments must be {header}");
        problems.push(Problem { record: file.into(), field: "header".into(), message });
        return (Vec::new(), problems);
    }
    let n = header.split(',').count();
    let mut rows = Vec::new();
    for (i, line) in lines {
        let f: Vec<&str> = line.split(',').collect();
        if f.len() == n && !line.contains('"') {
            rows.push((i + 1, f));
        } else {
            let message = format!("expected {n} fields without quotes, found {}", f.len());
            problems.push(Problem {
                record: format!("{file} line {}", i + 1),
                field: "fields".into(),
                message,
            });
        }
    }
    (rows, problems)
}

/// The header of `hellowork_jurisdiction.csv`.
pub const JURISDICTION_HEADER: &str = "code,municipality,office,area_ja,area_easy,area_en,source";

/// Applies `hellowork_jurisdiction.csv` to the Hello Work records: each row without an area gives
/// the office a municipality it serves whole; a row with an area, a part of a municipality it
/// serves. `build.rs` runs it on the data file and the tests on broken copies. Problems name the
/// line and the field; whether each municipality ends with exactly one office is `validate`'s.
pub fn apply_jurisdiction(csv: &str, munis: &[Municipality], offices: &mut [Office]) -> Vec<Problem> {
    const FILE: &str = "hellowork_jurisdiction.csv";
    let (rows, mut out) = csv_rows(FILE, csv, JURISDICTION_HEADER);
    let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
    let mut found: Vec<(usize, Vec<MuniCode>, Vec<Part>)> = Vec::new();
    for (line, f) in rows {
        let record = format!("{FILE} line {line}");
        let mut push = |field: &str, message: String| {
            out.push(Problem { record: record.clone(), field: field.into(), message })
        };
        let m = munis.iter().find(|m| m.kind != MuniKind::Ward && m.code.0.to_string() == f[0]);
        let Some(m) = m else {
            push("code", format!("{:?} is none of the 45 municipalities", f[0]));
            continue;
        };
        if m.name != f[1] {
            push("municipality", format!("{} is {}, not {:?}", f[0], m.name, f[1]));
            continue;
        }
        let i = offices.iter().position(|o| o.id == f[2] && o.kind == OfficeKind::HelloWork);
        let Some(i) = i else {
            push("office", format!("{:?} is no Hello Work record of offices.toml", f[2]));
            continue;
        };
        if f[6] != offices[i].source {
            push("source", format!("{:?}, but the office's record says {:?}", f[6], offices[i].source));
        }
        let entry = match found.iter().position(|(j, ..)| *j == i) {
            Some(k) => &mut found[k],
            None => {
                found.push((i, Vec::new(), Vec::new()));
                found.last_mut().expect("just pushed")
            }
        };
        let area = [f[3], f[4], f[5]];
        if area.iter().all(|a| a.is_empty()) {
            entry.1.push(m.code);
            continue;
        }
        if crate::text::base_text(f[4]) != f[3] {
            push("area_easy", format!("without its readings it must read {:?}", f[3]));
        }
        let mut at = crate::load::At::new(record.clone());
        let area = crate::load::made(&mut at, "area", |l| match l {
            Lang::Ja => Some(f[3].to_string()),
            Lang::Easy => Some(f[4].to_string()),
            Lang::En => Some(f[5].to_string()),
            #[allow(unreachable_patterns)] // a register added to Lang: its column goes here
            _ => None,
        });
        out.extend(at.problems);
        entry.2.push(Part { muni: m.code, area, source: leak(f[6]) });
    }
    for (i, mut covers, parts) in found {
        covers.sort();
        offices[i].covers = Box::leak(covers.into_boxed_slice());
        offices[i].parts = Box::leak(parts.into_boxed_slice());
    }
    out
}
