//! The printed slip: what the person takes to the counter, on at most two A4 pages, in the
//! register they chose. Paper shows the result page itself, reduced by the print style to the
//! summary, the steps (what to say and bring) and the places with their sourced contacts; these
//! two parts exist only on paper around it: the head (the printing and rules dates, the answers
//! in brief) and the foot (what to confirm at the counter, a one-line disclaimer and a QR code
//! of the most useful official page). Nothing on paper is a link or a button.

use yew::prelude::*;

use super::common::qr_code;
use crate::answers::Answers;
use crate::guidance::Guidance;
use crate::i18n::{Field, Msg, data, k, t};
use crate::ui::ctx::Ctx;

pub fn slip_head(ctx: &Ctx, g: &Guidance, answers: &Answers) -> Html {
    let l = ctx.lang;
    let row = |f: Field, v: Html| html! { <div><dt>{ t(l, k::check_label(f)) }</dt><dd>{ v }</dd></div> };
    html! {
        <div class="slip slip-head" data-slip="head">
            <p class="slip-title">{ t(l, k::APP_NAME) }{ " — " }{ t(l, k::SLIP_TITLE) }</p>
            <p class="slip-dates">
                <span>{ t(l, Msg::SlipPrinted(g.today)) }</span>
                <span data-rules-date={g.asof.to_string()}>{ t(l, Msg::SlipRulesDate(g.asof)) }</span>
            </p>
            <dl class="slip-answers">
                if let Some(s) = answers.school { { row(Field::School, html! { { t(l, k::school(s)) } }) } }
                if let Some(y) = answers.grad { { row(Field::Grad, html! { { t(l, Msg::YearWithWareki(y)) } }) } }
                if let Some(w) = answers.work { { row(Field::Work, html! { { t(l, k::work(w)) } }) } }
                { row(Field::Muni, html! { { data(l, g.municipality.label) } }) }
            </dl>
        </div>
    }
}

pub fn slip_foot(ctx: &Ctx, g: &Guidance) -> Html {
    let l = ctx.lang;
    let plan = g.slip();
    html! {
        <div class="slip slip-foot" data-slip="foot">
            if !plan.confirm.is_empty() {
                <h2>{ t(l, k::SLIP_CONFIRM) }</h2>
                <ul class="slip-confirm">
                    { for plan.confirm.iter().map(|c| html! { <li>{ t(l, Msg::Confirm(*c)) }</li> }) }
                </ul>
            }
            <div class="slip-end">
                { qr_code(plan.page.value.ja(), html! { { t(l, k::SLIP_QR) } }) }
                <p class="slip-disclaimer">{ t(l, k::DISCLAIMER) }</p>
            </div>
        </div>
    }
}
