//! The result: the cohort verdict, where to start, places to consult, every programme with
//! its verdict and reasons, and the subsidies an employer may receive.

use yew::prelude::*;

use super::common::{Heading, SourceNote, attr, start_over, use_ctx};
use super::not_alone::NotAlone;
use super::office_card::OfficeCard;
use super::programme_card::ProgrammeCard;
use crate::answers::{Answers, Who, to_fragment};
use crate::date::Date;
use crate::guidance::{self, LatLng, Origin};
use crate::i18n::{Msg, t};
use crate::rules::{Cohort, Verdict};
use crate::ui::dom;
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
    // The device's position, only after the person asked for it; kept in this component's
    // memory and gone when the screen changes.
    let here = use_state(|| None::<LatLng>);
    let locating = use_state(|| Locating::Idle);
    // A link holding the answers, made only when the person asks for it.
    let share = use_state(|| None::<String>);
    let origin = here.map_or(Origin::TownHall, Origin::Device);
    // The reducer only shows this screen with complete answers.
    let Some(g) = guidance::guidance_from(&p.answers, p.asof, origin) else {
        return html! {};
    };
    let from_device = matches!(g.origin, Origin::Device(_));
    let locate = {
        let (here, locating) = (here.clone(), locating.clone());
        Callback::from(move |_: MouseEvent| {
            locating.set(Locating::Asking);
            let (h, ok_state, err_state) = (here.clone(), locating.clone(), locating.clone());
            dom::locate(
                Callback::from(move |pos| {
                    h.set(Some(pos));
                    ok_state.set(Locating::Done);
                }),
                Callback::from(move |_| err_state.set(Locating::Failed)),
            );
        })
    };
    let locating_text = match *locating {
        Locating::Idle => None,
        Locating::Asking => Some(t(l, Msg::NearestAsking)),
        Locating::Failed => Some(t(l, Msg::NearestFailed)),
        Locating::Done => Some(t(l, Msg::NearestDone)),
    };
    let c = g.cohort;
    let change = ctx.dispatch.reform(|_: MouseEvent| Action::Goto(Screen::Check));
    let start_over = start_over(&ctx.dispatch);
    let make_link = {
        let (share, answers, asof) = (share.clone(), p.answers.clone(), p.asof);
        let explicit_asof = (asof != ctx.today).then_some(asof);
        Callback::from(move |_: MouseEvent| {
            share.set(Some(format!("{}#{}", dom::page_address(), to_fragment(&answers, explicit_asof))))
        })
    };
    let shown: Vec<_> = g
        .programmes
        .iter()
        .filter(|x| x.verdict != Verdict::Unlikely && !x.programme.id.is_subsidy())
        .collect();
    let hints: Vec<_> = g.hints.iter().filter_map(|id| g.assessment(*id)).collect();
    let unlikely: Vec<_> = g.programmes.iter().filter(|x| x.verdict == Verdict::Unlikely).collect();

    html! {
        <section class="screen screen-result">
            <Heading text={attr(l, Msg::ResultTitle(g.who))} />
            <p class="lead">{ t(l, Msg::ResultLead) }</p>
            if g.who == Who::Family { <p>{ t(l, Msg::FamilyNote) }</p> }

            <section class="card cohort" aria-labelledby="cohort-heading">
                <h2 id="cohort-heading">{ t(l, Msg::CohortHeading) }</h2>
                <p class={classes!("verdict", format!("verdict-{}", c.verdict.key()))} data-cohort={c.verdict.key()}>
                    { t(l, Msg::CohortHeadline(c.verdict)) }
                </p>
                <p>{ t(l, Msg::CohortReason(c, g.who)) }</p>
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

            <NotAlone kumamoto={*g.not_alone.0} japan={*g.not_alone.1} />

            <section class="next-steps" aria-labelledby="next-heading">
                <h2 id="next-heading">{ t(l, Msg::NextStepsHeading) }</h2>
                <p>{ t(l, Msg::NextStepsLead(g.who)) }</p>
                <ol class="steps">
                    { for g.next_steps.iter().filter_map(|id| g.assessment(*id)).map(|x| {
                        let id = x.programme.id;
                        html! {
                            <li class="step" data-step={id.key()}>
                                <h3 class="step-name">{ x.period.name }</h3>
                                <p><span class="step-label">{ t(l, Msg::AskLabel) }</span>{ t(l, Msg::NextStepAsk(id, g.who)) }</p>
                                <p><span class="step-label">{ t(l, Msg::BringLabel) }</span>{ t(l, Msg::NextStepBring(id)) }</p>
                            </li>
                        }
                    }) }
                </ol>
            </section>

            <section class="places" aria-labelledby="places-heading">
                <h2 id="places-heading">{ t(l, Msg::PlacesHeading) }</h2>
                <p>{ t(l, Msg::PlacesLead) }</p>
                <p>{ t(l, Msg::AnyoneCanConsult) }</p>
                <div class="nearest">
                    <button type="button" class="button button-secondary" onclick={locate}
                        disabled={*locating == Locating::Asking}>{ t(l, Msg::NearestButton) }</button>
                    <p class="hint">{ t(l, Msg::NearestPrivacy) }</p>
                    <p class="nearest-status" role="status">{ locating_text.unwrap_or_default() }</p>
                </div>
                { for g.places.iter().map(|place| html! { <OfficeCard place={*place} {from_device} /> }) }
            </section>

            if !g.elsewhere.is_empty() {
                <section class="elsewhere" aria-labelledby="elsewhere-heading">
                    <h2 id="elsewhere-heading">{ t(l, Msg::PlacesElsewhereHeading) }</h2>
                    <p>{ t(l, Msg::PlacesElsewhereLead) }</p>
                    { for g.elsewhere.iter().map(|place| html! { <OfficeCard place={*place} {from_device} /> }) }
                </section>
            }

            <section class="programmes" aria-labelledby="programmes-heading">
                <h2 id="programmes-heading">{ t(l, Msg::ProgrammesHeading) }</h2>
                <p>{ t(l, Msg::ProgrammesLead) }</p>
                if let Some(age) = g.age { <p class="age-line">{ t(l, Msg::AgeEstimateLine(age)) }</p> }
                { for shown.iter().map(|x| html! { <ProgrammeCard assessment={(*x).clone()} /> }) }
            </section>

            if !hints.is_empty() {
                <section class="hints" aria-labelledby="hints-heading">
                    <h2 id="hints-heading">{ t(l, Msg::HintsHeading) }</h2>
                    <p>{ t(l, Msg::HintsLead(g.who)) }</p>
                    { for hints.iter().map(|x| html! { <ProgrammeCard assessment={(*x).clone()} with_hint=true /> }) }
                </section>
            }

            if !unlikely.is_empty() {
                <details class="unlikely">
                    <summary>{ t(l, Msg::UnlikelySummary(unlikely.len() as u16)) }</summary>
                    { for unlikely.iter().map(|x| html! { <ProgrammeCard assessment={(*x).clone()} /> }) }
                </details>
            }

            <p class="asof">{ t(l, Msg::RulesAsOf(g.asof)) }</p>
            <div class="share">
                if let Some(link) = &*share {
                    <p class="share-warning" role="status">{ t(l, Msg::ShareWarning) }</p>
                    <label class="label" for="share-link">{ t(l, Msg::ShareLabel) }</label>
                    <input id="share-link" class="input" type="text" readonly=true value={link.clone()}
                        onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().select())} />
                } else {
                    <button type="button" class="button-link" onclick={make_link}>{ t(l, Msg::ShareButton) }</button>
                }
            </div>
            <div class="actions">
                <button type="button" class="button button-secondary" onclick={change}>{ t(l, Msg::ChangeAnswers) }</button>
                <button type="button" class="button button-secondary" onclick={start_over}>{ t(l, Msg::StartOver) }</button>
            </div>
        </section>
    }
}

/// Where the "use my location" request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Locating {
    Idle,
    Asking,
    Failed,
    Done,
}
