//! Parts every screen uses: the heading, the back link, radio groups, links that leave the
//! widget, and the "where this comes from" line.

use yew::prelude::*;

use crate::flow::{Action, Back, Screen};
use crate::guidance::SourceLine;
use crate::i18n::{Lang, Msg, t};
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

/// A message as an attribute value (labels, aria attributes).
pub fn attr(lang: Lang, msg: Msg) -> AttrValue {
    AttrValue::from(t(lang, msg))
}

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: AttrValue,
    /// "質問 1 / 3" above the heading, for the question screens.
    #[prop_or_default]
    pub caption: Option<AttrValue>,
}

/// The screen's `<h1>`. Focus moves here on every screen change, so screen readers announce
/// the new screen.
#[function_component]
pub fn Heading(p: &HeadingProps) -> Html {
    html! {
        <>
            if let Some(c) = &p.caption { <p class="caption">{ c.clone() }</p> }
            <h1 id={HEADING_ID} tabindex="-1">{ p.text.clone() }</h1>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    /// The screen the link is on.
    pub on: Screen,
    /// The link text; "戻る" when not given.
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// "戻る": the browser's Back when we pushed the entry before this one, so both agree
/// (`flow::back` decides).
#[function_component]
pub fn BackLink(p: &BackLinkProps) -> Html {
    let ctx = use_ctx();
    let back = ctx.back(p.on);
    let onclick = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_: MouseEvent| match back {
            Back::History => dom::history_back(),
            Back::Goto(s) => dispatch.emit(Action::Goto(s)),
        })
    };
    html! {
        <button type="button" class="back-link" {onclick}>
            { p.label.clone().unwrap_or_else(|| attr(ctx.lang, Msg::Back)) }
        </button>
    }
}

#[derive(Properties, PartialEq)]
pub struct RadioGroupProps {
    /// `name` of the inputs and prefix of their ids.
    pub name: AttrValue,
    pub legend: AttrValue,
    /// Show the legend as the page heading (one question per page).
    #[prop_or_default]
    pub legend_is_heading: bool,
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// (value, label)
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: Option<AttrValue>,
    pub onselect: Callback<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Set on the first radio, so a failed submit can move focus into the group.
    #[prop_or_default]
    pub first_ref: NodeRef,
}

/// A fieldset of radio buttons with its legend, hint and error tied together for assistive
/// technology.
#[function_component]
pub fn RadioGroup(p: &RadioGroupProps) -> Html {
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
        html! { <Heading text={p.legend.clone()} caption={p.caption.clone()} /> }
    } else {
        html! { { p.legend.clone() } }
    };
    html! {
        <div class={classes!("field", p.error.is_some().then_some("field-error"))}>
            <fieldset aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
                <legend class={if p.legend_is_heading { "legend-heading" } else { "legend" }}>{ legend }</legend>
                if let Some(h) = &p.hint { <p class="hint" id={hint_id.clone()}>{ h.clone() }</p> }
                if let Some(e) = &p.error { <ErrorMessage id={error_id.clone()} text={e.clone()} /> }
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

#[derive(Properties, PartialEq)]
pub struct ErrorMessageProps {
    pub id: AttrValue,
    pub text: AttrValue,
}

/// An error under a field's label; its id goes into the field's `aria-describedby`.
#[function_component]
pub fn ErrorMessage(p: &ErrorMessageProps) -> Html {
    let ctx = use_ctx();
    html! {
        <p class="error-message" id={p.id.clone()}>
            <span class="visually-hidden">{ t(ctx.lang, Msg::ErrorPrefix) }</span>{ p.text.clone() }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct ExternalLinkProps {
    pub href: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A link to an official page. It opens in a new tab so the answers (kept only in this page's
/// memory) survive, and it sends no referrer: the address carries nothing about the person.
#[function_component]
pub fn ExternalLink(p: &ExternalLinkProps) -> Html {
    let ctx = use_ctx();
    html! {
        <a class={p.class.clone()} href={p.href.clone()} target="_blank" rel="noopener noreferrer">
            { p.children.clone() }
            <span class="visually-hidden">{ t(ctx.lang, Msg::OpensNewTab) }</span>
        </a>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub line: SourceLine,
}

/// Where a card's facts come from: one short line that opens to the full list, each source with
/// its link (when it has a public address) and the date of its information.
#[function_component]
pub fn Sources(p: &SourcesProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    if p.line.sources.is_empty() {
        return html! {};
    }
    html! {
        <details class="source-note">
            <summary>{ t(l, Msg::SourcesSummary(p.line.sources.len() as u16)) }</summary>
            <ul>
                { for p.line.sources.iter().map(|s| {
                    let title = if s.url.is_empty() {
                        html! { { s.title } }
                    } else {
                        html! { <ExternalLink href={s.url}>{ s.title }</ExternalLink> }
                    };
                    let when = match s.dated {
                        Some(d) => t(l, Msg::SourceDated(d)),
                        None => t(l, Msg::SourceChecked(s.checked)),
                    };
                    html! { <li data-source={s.id}>{ title }{ when }</li> }
                }) }
            </ul>
        </details>
    }
}
