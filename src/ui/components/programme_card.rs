//! One programme's verdict: what it is, why this verdict (each condition with its outcome),
//! what to confirm at the counter, amounts, and the rule version and sources behind it.

use yew::prelude::*;

use super::common::{SourceNote, use_ctx};
use crate::i18n::{Msg, t};
use crate::rules::Assessment;

#[derive(Properties, PartialEq)]
pub struct ProgrammeCardProps {
    pub assessment: Assessment,
    /// Show the sentence the person can use with an employer (subsidies).
    #[prop_or_default]
    pub with_hint: bool,
}

#[function_component]
pub fn ProgrammeCard(p: &ProgrammeCardProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    let a = &p.assessment;
    let id = a.programme.id;
    let period = a.period;
    let heading_id = format!("programme-{}", id.key());
    html! {
        <article class={classes!("programme", format!("verdict-{}", a.verdict.key()))}
            data-programme={id.key()} data-verdict={a.verdict.key()} aria-labelledby={heading_id.clone()}>
            <h3 class="programme-name" id={heading_id}>{ period.name }</h3>
            <p class={classes!("badge", format!("badge-{}", a.verdict.key()))}>{ t(l, Msg::VerdictLabel(a.verdict)) }</p>
            <p>{ t(l, Msg::ProgrammeAbout(id)) }</p>
            if let Some(yen) = period.monthly_yen {
                <p class="amount">{ t(l, Msg::Monthly { yen, months: period.months }) }</p>
            }
            if !period.amounts.is_empty() {
                <h4>{ t(l, Msg::AmountsHeading) }</h4>
                <ul class="amounts">
                    { for period.amounts.iter().map(|x| html! { <li>{ t(l, Msg::Amount(*x)) }</li> }) }
                </ul>
            }
            <ul class="findings">
                { for a.findings.iter().map(|f| {
                    let c = f.check();
                    html! {
                        <li class={classes!("finding", format!("check-{}", c.key()))}>
                            <span class="mark" aria-hidden="true">{ t(l, Msg::CheckSymbol(c)) }</span>
                            <span class="visually-hidden">{ t(l, Msg::CheckMark(c)) }</span>
                            { t(l, Msg::Finding(*f)) }
                        </li>
                    }
                }) }
            </ul>
            if !period.confirm.is_empty() {
                <h4>{ t(l, Msg::ConfirmHeading) }</h4>
                <ul class="checklist">
                    { for period.confirm.iter().map(|c| html! { <li>{ t(l, Msg::Confirm(*c)) }</li> }) }
                </ul>
            }
            if !period.note.is_empty() { <p class="note">{ period.note }</p> }
            if p.with_hint {
                <div class="hint-say">
                    <p>{ t(l, Msg::HintHowTo(ctx.who)) }</p>
                    <p class="say">{ t(l, Msg::HintSay(id)) }</p>
                </div>
            }
            <p class="rule-version">{ t(l, Msg::RuleVersion { from: period.from, until: period.until }) }</p>
            <SourceNote ids={period.sources.to_vec()} />
        </article>
    }
}
