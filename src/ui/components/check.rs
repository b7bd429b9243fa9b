//! Check your answers: every answer with a change link, then the result.

use yew::prelude::*;

use crate::ui::ctx::Ctx;

use super::common::{back_link, heading};
use crate::answers::{Answers, Question};
use crate::directory;
use crate::flow::{Action, Screen};
use crate::i18n::{Field, Msg, data, k, t};

pub fn check(ctx: &Ctx, answers: &Answers) -> Html {
    let l = ctx.lang;
    let a = &answers;
    let rows: [(Field, Html, Question); 5] = [
        (
            Field::School,
            a.school.map(|s| html! { { t(l, k::school(s)) } }).unwrap_or_default(),
            Question::Schooling,
        ),
        (
            Field::Grad,
            a.grad.map(|g| html! { { t(l, Msg::YearWithWareki(g)) } }).unwrap_or_default(),
            Question::Schooling,
        ),
        (
            Field::Born,
            html! { { a.born.map_or_else(|| t(l, k::CHECK_BORN_EMPTY), |b| t(l, Msg::YearWithWareki(b))) } },
            Question::Schooling,
        ),
        (Field::Work, a.work.map(|w| html! { { t(l, k::work(w)) } }).unwrap_or_default(), Question::Work),
        (
            Field::Muni,
            a.muni
                .and_then(directory::municipality)
                .map(|m| html! { { data(l, m.label) } })
                .unwrap_or_default(),
            Question::Municipality,
        ),
    ];
    let onsubmit = ctx.dispatch.reform(|_: MouseEvent| Action::Goto(Screen::Result));
    html! {
        <section class="screen">
            { back_link(ctx, Screen::Check, None) }
            { heading(t(l, k::CHECK_TITLE), None) }
            <p>{ t(l, k::CHECK_LEAD) }</p>
            <dl class="summary">
                { for rows.into_iter().map(|(field, value, q)| {
                    let onclick = ctx.dispatch.reform(move |_: MouseEvent| Action::Goto(Screen::Question(q)));
                    html! {
                        <div class="summary-row">
                            <dt>{ t(l, k::check_label(field)) }</dt>
                            <dd class="summary-value">{ value }</dd>
                            <dd class="summary-action">
                                <button type="button" class="button-link" {onclick}>
                                    { t(l, k::CHANGE) }
                                    <span class="visually-hidden">{ t(l, Msg::ChangeWhat(field)) }</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <p class="privacy-promise">{ t(l, k::PRIVACY_SHORT) }</p>
            <button type="button" class="button" data-action="see-result" onclick={onsubmit}>{ t(l, k::SEE_RESULT) }</button>
        </section>
    }
}
