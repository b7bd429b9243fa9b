//! The result: the cohort verdict with its reasons, then the places to consult.

use yew::prelude::*;

use super::common::{attr, use_ctx, Heading, SourceNote};
use super::office_card::OfficeCard;
use crate::answers::Answers;
use crate::date::Date;
use crate::guidance;
use crate::i18n::{t, Msg};
use crate::rules::Cohort;
use crate::ui::state::{Action, Screen};

/// The seed documents hold the MHLW plan quoted in the "not your fault" paragraph.
const PLAN_SOURCE: &str = "seed-pf-2019";

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub answers: Answers,
    /// The date the rules are applied for.
    pub asof: Date,
}

#[function_component]
pub fn ResultPage(p: &ResultProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    // The reducer only shows this screen with complete answers.
    let Some(g) = guidance::guidance(&p.answers, p.asof) else {
        return html! {};
    };
    let c = g.cohort;
    let change = ctx.dispatch.reform(|_: MouseEvent| Action::Goto(Screen::Check));
    let start_over = ctx.dispatch.reform(|_: MouseEvent| Action::StartOver);
    html! {
        <section class="screen screen-result">
            <Heading text={attr(l, Msg::ResultTitle)} />
            <p class="lead">{ t(l, Msg::ResultLead) }</p>

            <section class="card cohort" aria-labelledby="cohort-heading">
                <h2 id="cohort-heading">{ t(l, Msg::CohortHeading) }</h2>
                <p class={classes!("verdict", format!("verdict-{}", c.verdict.key()))} data-cohort={c.verdict.key()}>
                    { t(l, Msg::CohortHeadline(c.verdict)) }
                </p>
                <p>{ t(l, Msg::CohortReason(c)) }</p>
                if c.verdict == Cohort::Yes {
                    <p>{ t(l, Msg::CohortNotYourFault) }</p>
                }
                if c.widened {
                    <p class="widened">{ t(l, Msg::Widened(c.widening.from)) }</p>
                } else {
                    <p>{ t(l, Msg::NotYetWidened) }</p>
                }
                <SourceNote ids={vec![c.rule.source, c.widening.source, PLAN_SOURCE]} />
            </section>

            <section class="places" aria-labelledby="places-heading">
                <h2 id="places-heading">{ t(l, Msg::PlacesHeading) }</h2>
                <p>{ t(l, Msg::PlacesLead) }</p>
                <p>{ t(l, Msg::AnyoneCanConsult) }</p>
                { for g.places.iter().map(|o| html! {
                    <OfficeCard office={*o} covers_person={o.covers.contains(&g.municipality.code)} />
                }) }
            </section>

            <p class="asof">{ t(l, Msg::RulesAsOf(g.asof)) }</p>
            <div class="actions">
                <button type="button" class="button button-secondary" onclick={change}>{ t(l, Msg::ChangeAnswers) }</button>
                <button type="button" class="button button-secondary" onclick={start_over}>{ t(l, Msg::StartOver) }</button>
            </div>
        </section>
    }
}
