//! Parts every screen uses: the heading, the back link, radio groups, links that leave the
//! widget, and the "where this comes from" line.

use yew::prelude::*;

use crate::ui::ctx::Ctx;

use crate::flow::{Action, Back, Screen};
use crate::guidance::SourceLine;
use crate::i18n::{Lang, Msg, Text, data, k, t};
use crate::ui::ctx::HEADING_ID;
pub use crate::ui::ctx::use_ctx;
use crate::ui::dom;

/// Forget every answer (settings stay): in memory, and in the address if a deep link put them
/// there. A new session, so the date is read again.
pub fn start_over(dispatch: &Callback<Action>) -> Callback<MouseEvent> {
    dispatch.reform(|_: MouseEvent| {
        dom::forget_fragment();
        Action::StartOver { today: dom::today() }
    })
}

/// The screen's `<h1>`. Focus moves here on every screen change, so screen readers announce
/// the new screen. `caption`: "質問 1 / 3" above it, on the question screens.
pub fn heading(text: Text, caption: Option<Text>) -> Html {
    html! {
        <>
            if let Some(c) = caption { <p class="caption">{ c }</p> }
            <h1 id={HEADING_ID} tabindex="-1">{ text }</h1>
        </>
    }
}

/// "戻る": the browser's Back when we pushed the entry before this one, so both agree
/// (`flow::back` decides).
pub fn back_link(ctx: &Ctx, on: Screen, label: Option<Text>) -> Html {
    let back = ctx.back(on);
    let onclick = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_: MouseEvent| match back {
            Back::History => dom::history_back(),
            Back::Goto(s) => dispatch.emit(Action::Goto(s)),
        })
    };
    html! {
        <button type="button" class="back-link" {onclick}>
            { label.clone().unwrap_or_else(|| t(ctx.lang, k::BACK)) }
        </button>
    }
}

pub struct RadioGroupProps {
    /// `name` of the inputs and prefix of their ids.
    pub name: AttrValue,
    pub legend: Text,
    /// Show the legend as the page heading (one question per page).
    pub legend_is_heading: bool,
    pub caption: Option<Text>,
    pub hint: Option<Text>,
    /// (value, label)
    pub options: Vec<(AttrValue, Text)>,
    pub selected: Option<AttrValue>,
    pub onselect: Callback<AttrValue>,
    pub error: Option<Text>,
    /// Set on the first radio, so a failed submit can move focus into the group.
    pub first_ref: NodeRef,
}

/// A fieldset of radio buttons with its legend, hint and error tied together for assistive
/// technology.
pub fn radio_group(l: Lang, p: RadioGroupProps) -> Html {
    let hint_id = format!("{}-hint", p.name);
    let error_id = format!("{}-error", p.name);
    let mut described = Vec::new();
    if p.hint.is_some() {
        described.push(hint_id.clone());
    }
    if p.error.is_some() {
        described.push(error_id.clone());
    }
    let legend = if p.legend_is_heading {
        html! { { heading(p.legend.clone(), p.caption.clone()) } }
    } else {
        html! { { p.legend.clone() } }
    };
    html! {
        <div class={classes!("field", p.error.is_some().then_some("field-error"))}>
            <fieldset aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
                <legend class={if p.legend_is_heading { "legend-heading" } else { "legend" }}>{ legend }</legend>
                if let Some(h) = &p.hint { <p class="hint" id={hint_id.clone()}>{ h.clone() }</p> }
                if let Some(e) = &p.error { { error_message(l, error_id.clone(), e.clone()) } }
                <div class="radios">
                    { for p.options.iter().enumerate().map(|(i, (value, label))| {
                        let id = format!("{}-{}", p.name, value);
                        let onchange = {
                            let (cb, value) = (p.onselect.clone(), value.clone());
                            Callback::from(move |_: Event| cb.emit(value.clone()))
                        };
                        let node_ref = if i == 0 { p.first_ref.clone() } else { NodeRef::default() };
                        html! {
                            <div class="radio">
                                <input type="radio" id={id.clone()} name={p.name.clone()} value={value.clone()}
                                    checked={p.selected.as_ref() == Some(value)} {onchange} ref={node_ref} />
                                <label for={id}>{ label.clone() }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

/// An error under a field's label; its id goes into the field's `aria-describedby`.
pub fn error_message(lang: Lang, id: String, text: Text) -> Html {
    html! {
        <p class="error-message" {id}>
            <span class="visually-hidden">{ t(lang, k::ERROR_PREFIX) }</span>{ text }
        </p>
    }
}

/// A link to an official page. It opens in a new tab so the answers (kept only in this page's
/// memory) survive, and it sends no referrer: the address carries nothing about the person.
/// On a kiosk nothing leaves the widget: the address becomes a QR code to scan with one's own
/// phone, under the same words. (Plain functions, not components, for these small parts: each
/// component costs the download a few kilobytes of Yew machinery.)
pub fn external_link(ctx: &Ctx, href: &str, class: &'static str, children: Html) -> Html {
    let lang = ctx.lang;
    if ctx.kiosk {
        return qr_code(
            href,
            html! { <>{ children }<span class="qr-hint">{ t(lang, k::QR_OPENS) }</span></> },
        );
    }
    html! {
        <a class={(!class.is_empty()).then_some(class)} href={href.to_string()} target="_blank" rel="noopener noreferrer">
            { children }
            <span class="visually-hidden">{ t(lang, k::OPENS_NEW_TAB) }</span>
        </a>
    }
}

/// A QR code of `text` with the words that say what it opens. The element carries the exact
/// encoded text in `data-qr`. Drawn as one SVG path; the words are its accessible name.
pub fn qr_code(text: &str, label: Html) -> Html {
    let Some(qr) = crate::qr::encode(text) else { return html! { <span class="qr-label">{ label }</span> } };
    let w = qr.width.to_string();
    html! {
        <figure class="qr" data-qr={text.to_string()}>
            <svg class="qr-svg" viewBox={format!("0 0 {w} {w}")} aria-hidden="true" focusable="false">
                <rect width={w.clone()} height={w} fill="#fff" />
                <path d={qr.path} fill="#000" />
            </svg>
            <figcaption class="qr-label">{ label }</figcaption>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub struct FoldProps {
    pub class: AttrValue,
    /// What shows closed, in the `<summary>`.
    pub summary: Html,
    /// A programme's id and verdict (the DOM contract: `data-programme`, `data-verdict`).
    #[prop_or_default]
    pub programme: Option<(&'static str, &'static str)>,
    /// What opens: in the page only while open.
    #[prop_or_default]
    pub children: Html,
}

/// A `<details>` whose body is put in the page only while it is open: a result holds dozens of
/// them, and on a cheap phone every element counts (in やさしい日本語 each word with kanji is a
/// `<ruby>`). Closed, it is its summary alone; print shows no closed body anyway.
#[function_component]
pub fn Fold(p: &FoldProps) -> Html {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(e.target_unchecked_into::<web_sys::Element>().has_attribute("open"))
        })
    };
    let (programme, verdict) = p.programme.unzip();
    html! {
        <details class={p.class.clone()} data-programme={programme} data-verdict={verdict} {ontoggle}>
            <summary class={programme.map(|_| "programme-head")}>{ p.summary.clone() }</summary>
            if *open { { p.children.clone() } }
        </details>
    }
}

pub fn sources(ctx: &Ctx, line: &SourceLine) -> Html {
    let l = ctx.lang;
    if line.sources.is_empty() {
        return html! {};
    }
    html! {
        <Fold class="source-note" summary={t(l, Msg::SourcesSummary(line.sources.len() as u16))}>
            <ul>
                { for line.sources.iter().map(|s| {
                    // Who published it and when; the full title, licence and path are on the
                    // data review page.
                    let title = if s.url.ja().is_empty() {
                        html! { { data(l, s.publisher) } }
                    } else {
                        html! { { external_link(ctx, s.url.ja(), "", html! { <>{ data(l, s.publisher) }</> }) } }
                    };
                    let when = match s.dated {
                        Some(d) => t(l, Msg::SourceDated(d)),
                        None => t(l, Msg::SourceChecked(s.checked)),
                    };
                    html! { <li data-source={s.id}>{ title }{ when }</li> }
                }) }
            </ul>
        </Fold>
    }
}
