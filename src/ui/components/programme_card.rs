//! One programme's verdict. At a glance: its name and verdict (and, for a subsidy, the sentence
//! to say to an employer). One tap away: what it is, why this verdict (each condition with its
//! outcome), what to confirm at the counter, the amounts, the rules version and the sources.

use yew::prelude::*;

use crate::ui::ctx::Ctx;

use super::common::{Fold, sources};
use crate::guidance::ProgrammeCard as Card;
use crate::i18n::{Msg, data, data_or_none, k, t};

pub fn programme_card(ctx: &Ctx, card: &Card, with_hint: bool) -> Html {
    let l = ctx.lang;
    let a = &card.assessment;
    let id = a.programme.id;
    let period = a.period;
    let verdict = a.verdict.key();
    let head = html! {
        <>
            <span class="programme-name">{ data(l, card.plain()) }</span>
            <span class="official-name">{ t(l, k::OFFICIAL_NAME) }{ data(l, period.name) }</span>
            <span class={classes!("badge", format!("badge-{verdict}"))}>{ t(l, if with_hint { k::hint_label(a.verdict) } else { k::verdict_label(a.verdict) }) }</span>
            if let Some(yen) = period.monthly_yen.filter(|_| card.shows_amounts()) {
                <span class="amount">
                    { t(l, Msg::Monthly { yen, months: period.months }) }
                    if let Some(d) = card.amount_as_of { { t(l, Msg::AmountAsOf(d)) } }
                </span>
            }
        </>
    };
    let body = html! { { programme_body(ctx, card) } };
    let class = format!("programme verdict-{verdict}");
    if with_hint {
        // The sentence is what the person came for here: it shows without a tap.
        let heading_id = format!("programme-{}", id.key());
        html! {
            <article {class} data-programme={id.key()} data-verdict={verdict} aria-labelledby={heading_id.clone()}>
                <h3 class="programme-head" id={heading_id}>{ head }</h3>
                <p class="say">{ data_or_none(l, card.say) }</p>
                <Fold class="programme-more" summary={t(l, k::PROGRAMME_DETAILS)}>
                    { body }
                </Fold>
            </article>
        }
    } else {
        html! {
            <Fold {class} programme={(id.key(), verdict)} summary={head}>
                { body }
            </Fold>
        }
    }
}

/// What a programme is, why this verdict, what to confirm at the counter, the amounts, the
/// rules version and the sources: what opens under a programme's name.
pub fn programme_body(ctx: &Ctx, card: &Card) -> Html {
    let l = ctx.lang;
    let a = &card.assessment;
    let period = a.period;
    html! {
        <div class="programme-body">
            <p>{ data(l, card.about) }</p>
            <ul class="findings">
                { for card.reasons().map(|f| {
                    let c = f.check();
                    html! {
                        <li class={classes!("finding", format!("check-{}", c.key()))}>
                            <span class="mark" aria-hidden="true">{ t(l, k::check_symbol(c)) }</span>
                            <span class="visually-hidden">{ t(l, k::check_mark(c)) }</span>
                            { t(l, Msg::Finding(*f)) }
                        </li>
                    }
                }) }
            </ul>
            if !card.confirm().is_empty() {
                <h4>{ t(l, k::CONFIRM_HEADING) }</h4>
                <ul class="checklist">
                    { for card.confirm().iter().map(|c| html! { <li>{ t(l, Msg::Confirm(*c)) }</li> }) }
                </ul>
            }
            if !period.amounts.is_empty() && card.shows_amounts() {
                <h4>{ t(l, k::AMOUNTS_HEADING) }</h4>
                // Many cases (the career-up subsidy's eight): their range first, the table for
                // the employer one tap away.
                if let Some((lo, hi)) = card.amount_range() {
                    <p class="amount-range">{ t(l, Msg::AmountRange { lo, hi }) }</p>
                    <details class="amounts-more">
                        <summary>{ t(l, k::AMOUNTS_MORE) }</summary>
                        <ul class="amounts">
                            { for period.amounts.iter().map(|x| html! { <li>{ t(l, Msg::Amount(*x)) }</li> }) }
                        </ul>
                    </details>
                } else {
                    <ul class="amounts">
                        { for period.amounts.iter().map(|x| html! { <li>{ t(l, Msg::Amount(*x)) }</li> }) }
                    </ul>
                }
            }
            if let Some(note) = card.note() { <p class="note">{ data(l, note) }</p> }
            <p class="rule-version">{ t(l, Msg::RuleVersion { from: period.from, until: period.until }) }</p>
            { sources(ctx, &card.sources) }
        </div>
    }
}
