//! Question 3: the municipality, from all 45, grouped (市, then each 郡) and filtered as the
//! person types kana or kanji.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::focus;
use crate::answers::Question;
use crate::directory::{self, GroupLabel, MuniCode};
use crate::flow::{Action, Screen};
use crate::i18n::{Msg, data, k, t};
use crate::ui::components::common::{back_link, error_message, heading, use_ctx};

#[derive(Properties, PartialEq)]
pub struct MunicipalityProps {
    pub current: Option<MuniCode>,
}

#[function_component]
pub fn Municipality(p: &MunicipalityProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    let query = use_state(String::new);
    let selected = use_state(|| p.current);
    let error = use_state(|| false);
    let (filter_ref, first_radio) = (use_node_ref(), use_node_ref());
    let groups = use_memo((), |_| directory::groups());

    let q = directory::normalize_query(&query);
    let visible: Vec<(GroupLabel, Vec<&'static directory::Municipality>)> = groups
        .iter()
        .map(|g| {
            (g.label, g.members.iter().copied().filter(|m| directory::matches(m, &q)).collect::<Vec<_>>())
        })
        .filter(|(_, ms)| !ms.is_empty())
        .collect();
    let count = visible.iter().map(|(_, ms)| ms.len()).sum::<usize>();
    let only_match = (count == 1).then(|| visible[0].1[0].code);

    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let onsubmit = {
        let (selected, error, dispatch) = (selected.clone(), error.clone(), ctx.dispatch.clone());
        let (filter_ref, first_radio) = (filter_ref.clone(), first_radio.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Typing a name that leaves one match and pressing Enter chooses it.
            match selected.or(only_match) {
                Some(code) => dispatch.emit(Action::AnswerMuni(code)),
                None => {
                    error.set(true);
                    focus(if count > 0 { &first_radio } else { &filter_ref });
                }
            }
        })
    };
    let selected_name = selected.and_then(directory::municipality).map(|m| m.label);
    let mut first = Some(first_radio);

    html! {
        <section class="screen">
            { back_link(&ctx, Screen::Question(Question::Municipality), None) }
            <form novalidate=true {onsubmit}>
                { heading(t(l, k::muni_title(ctx.who)), Some(t(l, Msg::QuestionOf(Question::Municipality.number())))) }
                <div class="field">
                    <label class="label" for="field-muni-filter">{ t(l, k::MUNI_FILTER_LABEL) }</label>
                    <p class="hint" id="field-muni-filter-hint">{ t(l, k::MUNI_FILTER_HINT) }</p>
                    <input id="field-muni-filter" type="search" class="input" autocomplete="off" maxlength="40"
                        value={(*query).clone()} {oninput} aria-describedby="field-muni-filter-hint muni-count"
                        aria-controls="muni-list" ref={filter_ref} />
                    <p id="muni-count" class="support" aria-live="polite">
                        { if count == 0 { t(l, k::MUNI_NO_MATCH) } else { t(l, Msg::MuniMatchCount(count as u16)) } }
                    </p>
                </div>
                if let Some(name) = selected_name { <p class="selected-muni">{ t(l, Msg::SelectedMuni(name)) }</p> }
                <div class={classes!("field", error.then_some("field-error"))}>
                    <fieldset id="muni-list" aria-describedby={error.then_some("muni-error")}>
                        <legend class="visually-hidden">{ t(l, k::muni_title(ctx.who)) }</legend>
                        if *error { { error_message(l, "muni-error".to_string(), t(l, k::MUNI_MISSING)) } }
                        { for visible.iter().map(|(label, members)| {
                            let gid = format!("muni-group-{}", group_slug(*label));
                            html! {
                                <div class="muni-group" role="group" aria-labelledby={gid.clone()}>
                                    <h2 class="muni-group-label" id={gid}>{ t(l, Msg::MuniGroup(*label)) }</h2>
                                    <div class="radios radios-grid">
                                        { for members.iter().map(|m| {
                                            let id = format!("muni-{}", m.code.0);
                                            let code = m.code;
                                            let onchange = {
                                                let (selected, error) = (selected.clone(), error.clone());
                                                Callback::from(move |_: Event| { selected.set(Some(code)); error.set(false); })
                                            };
                                            html! {
                                                <div class="radio">
                                                    <input type="radio" id={id.clone()} name="muni" value={m.code.0.to_string()}
                                                        checked={*selected == Some(m.code)} {onchange}
                                                        ref={first.take().unwrap_or_default()} />
                                                    <label for={id}>{ data(l, m.label) }</label>
                                                </div>
                                            }
                                        }) }
                                    </div>
                                </div>
                            }
                        }) }
                    </fieldset>
                </div>
                <button type="submit" class="button" data-action="next">{ t(l, k::CONTINUE) }</button>
            </form>
        </section>
    }
}

/// A stable id fragment for a group (the 郡's code is not in the data, so use the first
/// member's code).
fn group_slug(label: GroupLabel) -> String {
    match label {
        GroupLabel::Cities => "cities".to_string(),
        GroupLabel::Gun(name) => directory::municipalities()
            .find(|m| m.gun_label == name)
            .map_or_else(|| "gun".to_string(), |m| format!("gun-{}", m.code.0)),
    }
}
