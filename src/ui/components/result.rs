//! The result, answer first: a summary that fits a phone's first screen (what applies, what to
//! do first, where to go and how to reach it), then, in a calm order, the steps, the places,
//! the programmes and the employer hints, with details one tap away. Everything shown was
//! decided by `guidance`; this only renders it.

use yew::prelude::*;

use crate::ui::ctx::Ctx;

use super::common::{Fold, external_link, heading, qr_code, sources, start_over, use_ctx};
use super::not_alone::not_alone;
use super::office_card::{office_card, tel_link};
use super::programme_card::{programme_body, programme_card};
use super::slip::{slip_foot, slip_head};
use crate::flow::{Action, Screen};
use crate::guidance::{self, Guidance, LatLng, Origin, Reach, Summary};
use crate::i18n::{Msg, data, data_or_none, k, office_name, t};
use crate::settings::{Settings, site_host};
use crate::ui::dom;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub answers: crate::answers::Answers,
    pub settings: Settings,
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
    // On a slow phone the answer comes first: the first screen (the heading, the summary card)
    // is painted, then the rest is built, in each register (a switch builds it again after).
    let built = use_state(|| None::<crate::i18n::Lang>);
    {
        let built = built.clone();
        use_effect_with(l, move |&l| {
            if *built != Some(l) {
                dom::after_paint(move || built.set(Some(l)));
            }
        });
    }
    let rest = *built == Some(l);
    let origin = here.map_or(Origin::TownHall, Origin::Device);
    // The reducer only shows this screen with complete answers.
    let Some(g) = guidance::guidance(&p.answers, &p.settings, ctx.today, origin) else {
        return html! {};
    };
    let from_device = matches!(g.origin, Origin::Device(_));
    let hall = g.municipality.hall;
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
        Locating::Asking => Some(t(l, k::NEAREST_ASKING)),
        Locating::Failed => Some(t(l, k::NEAREST_FAILED)),
        Locating::Done => Some(t(l, k::NEAREST_DONE)),
    };
    let change = ctx.dispatch.reform(|_: MouseEvent| Action::Goto(Screen::Check));
    let start_over = start_over(&ctx.dispatch);
    // The link is to this page, or on a kiosk to the widget's public address (only offered
    // when the kiosk names one: its own address may mean nothing on a phone).
    let site = p.settings.presets.site.clone();
    let offer_link = !ctx.kiosk || site.is_some();
    let make_link = {
        let (share, fragment) = (share.clone(), g.share.clone());
        Callback::from(move |_: MouseEvent| {
            let base = site.clone().unwrap_or_else(dom::page_address);
            share.set(Some(format!("{base}#{fragment}")))
        })
    };
    let c = &g.cohort;
    let p_ = &g.programmes;
    // A place's card; after the office whose card names the towns another office serves, those
    // offices, one tap away.
    let card = |place: &guidance::Place| {
        let parts =
            place.jurisdiction.as_ref().is_some_and(|j| !j.not_here.is_empty()) && !g.part_places.is_empty();
        html! {
            <>
                { office_card(&ctx, place, hall) }
                if parts {
                    <details class="part-places">
                        <summary>{ t(l, Msg::PartPlacesSummary(g.part_places.len() as u16)) }</summary>
                        { for g.part_places.iter().map(|p| office_card(&ctx, p, hall)) }
                    </details>
                }
            </>
        }
    };

    html! {
        <section class="screen screen-result" data-muni={g.municipality.code.0.to_string()}
            data-complete={rest.then_some("")}>
            // The printed slip's head (hidden on screen) and everything under the summary come
            // with the rest: the tap's own frame builds only what the first screen shows.
            if rest { { slip_head(&ctx, &g, &p.answers.or_muni(p.settings.presets.muni)) } }
            { heading(t(l, k::result_title(g.who)), None) }
            { summary_card(&ctx, &g.summary) }
            if rest {
            { for g.notices.iter().map(|n| notice(&ctx, n)) }
            if g.family_note { <p class="family-note">{ t(l, k::FAMILY_NOTE) }</p> }

            <section class="cohort" aria-labelledby="cohort-heading">
                <h2 id="cohort-heading">{ t(l, k::COHORT_HEADING) }</h2>
                <p>{ t(l, Msg::CohortReason(c.assessment, g.who)) }</p>
                if c.not_your_fault { <p class="not-your-fault">{ t(l, k::COHORT_NOT_YOUR_FAULT) }</p> }
                <div class="card-foot">
                    if let Some(figures) = &g.not_alone { { not_alone(&ctx, figures) } }
                    { sources(&ctx, &c.sources) }
                </div>
            </section>

            { steps(&ctx, &g) }

            <section class="places" aria-labelledby="places-heading">
                <h2 id="places-heading">{ t(l, k::PLACES_HEADING) }</h2>
                <p>{ t(l, Msg::PlacesLead((!from_device).then_some(hall))) }</p>
                // Not on a kiosk: its position is the counter's, and it is shared.
                if !ctx.kiosk {
                    <div class="nearest">
                        <button type="button" class="button button-secondary" onclick={locate}
                            disabled={*locating == Locating::Asking}>{ t(l, k::NEAREST_BUTTON) }</button>
                        <p class="hint">{ t(l, k::NEAREST_PRIVACY) }</p>
                        <p class="nearest-status" role="status">{ locating_text }</p>
                    </div>
                }
                { for g.places.iter().map(&card) }
                if !g.other_places.is_empty() {
                    <details class="other-places">
                        <summary>{ t(l, Msg::OtherPlacesSummary(g.other_places.len() as u16)) }</summary>
                        <p>{ t(l, k::OTHER_PLACES_LEAD) }</p>
                        { for g.other_places.iter().map(&card) }
                    </details>
                }
            </section>
            if !g.elsewhere.is_empty() {
                <details class="elsewhere">
                    <summary>{ t(l, Msg::ElsewhereSummary(g.elsewhere.len() as u16)) }</summary>
                    <p>{ t(l, k::PLACES_ELSEWHERE_LEAD) }</p>
                    { for g.elsewhere.iter().map(|place| html! { { office_card(&ctx, place, hall) } }) }
                </details>
            }

            // For the employer, not the first thing to do: one tap away, like the other groups.
            if !p_.hints.is_empty() {
                <details class="hints">
                    <summary>{ t(l, Msg::HintsSummary(p_.hints.len() as u16)) }</summary>
                    <p>{ t(l, k::hints_lead(g.who)) }</p>
                    { for p_.hints.iter().map(|x| html! { { programme_card(&ctx, x, true) } }) }
                </details>
            }

            if !p_.more.is_empty() {
                <details class="more-programmes">
                    <summary>{ t(l, Msg::MoreProgrammesSummary(p_.more.len() as u16)) }</summary>
                    if let Some(age) = g.age.filter(|a| !a.from_birth_year) { <p class="age-line">{ t(l, Msg::AgeEstimateLine(age)) }</p> }
                    { for p_.more.iter().map(|x| html! { { programme_card(&ctx, x, false) } }) }
                </details>
            }

            if !p_.unlikely.is_empty() {
                <details class="unlikely">
                    <summary>{ t(l, Msg::UnlikelySummary(p_.unlikely.len() as u16)) }</summary>
                    { for p_.unlikely.iter().map(|x| html! { { programme_card(&ctx, x, false) } }) }
                </details>
            }

            <p class="asof">{ t(l, Msg::RulesAsOf(g.asof)) }</p>
            <div class="share">
                if let Some(link) = &*share {
                    <p class="share-warning" role="status">{ t(l, if ctx.kiosk { k::KIOSK_SHARE_WARNING } else { k::SHARE_WARNING }) }</p>
                    if ctx.kiosk {
                        // The kiosk offers it only with its public address: the caption names that host.
                        { qr_code(link, html! {
                            <>
                                { t(l, k::KIOSK_PHONE_LABEL) }
                                <span class="qr-hint">{ t(l, k::KIOSK_PHONE_SITE) }{ site_host(link) }</span>
                            </>
                        }) }
                    } else {
                        <label class="label" for="share-link">{ t(l, k::SHARE_LABEL) }</label>
                        <input id="share-link" class="input" type="text" readonly=true value={link.clone()}
                            onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().select())} />
                    }
                } else if offer_link {
                    <button type="button" class="button-link" data-action="share" onclick={make_link}>
                        { t(l, if ctx.kiosk { k::KIOSK_PHONE } else { k::SHARE_BUTTON }) }
                    </button>
                }
            </div>
            <div class="actions">
                <button type="button" class="button button-secondary" data-action="print"
                    onclick={Callback::from(|_: MouseEvent| dom::print())}>{ t(l, k::PRINT) }</button>
                <button type="button" class="button button-secondary" data-action="change-answers" onclick={change}>{ t(l, k::CHANGE_ANSWERS) }</button>
                <button type="button" class="button button-secondary" data-action="start-over" onclick={start_over}>{ t(l, k::START_OVER) }</button>
            </div>
            { slip_foot(&ctx, &g) }
            }
        </section>
    }
}

/// The first screen of the result: the verdict, the one first step, the first place and the
/// best way to reach it.
fn summary_card(ctx: &Ctx, summary: &Summary) -> Html {
    let l = ctx.lang;
    let s = &summary;
    let place = &s.first_place;
    let o = place.office;
    let step = &s.first_step;
    let reach = match place.reach {
        Reach::Phone(d) => html! {
            { tel_link(ctx, d.value.ja(), "button button-call", html! { <><span class="call-label">{ t(l, k::CALL) }</span></> }) }
        },
        Reach::Page { page, kind } => html! {
            { external_link(ctx, page.value.ja(), "button button-page", html! { <>{ t(l, k::open_page(kind)) }</> }) }
        },
        Reach::Fallback(d) => html! {
            { external_link(ctx, d.value.ja(), "button button-page", html! { <>{ t(l, k::OPEN_FALLBACK) }</> }) }
        },
    };
    let age = match place.reach.detail().freshness {
        guidance::Freshness::Old { year, month } if matches!(place.reach, Reach::Phone(_)) => {
            Some((year, month))
        }
        _ => None,
    };
    html! {
        <div class="summary-card" data-summary="">
            <p class={classes!("verdict", format!("verdict-{}", s.cohort.key()))} data-cohort={s.cohort.key()}>
                { t(l, k::cohort_headline(s.cohort)) }
            </p>
            <p class="summary-meaning">{ t(l, Msg::CohortMeaning(s.years.0, s.years.1)) }</p>
            <p class="summary-widened">
                { s.widened.map_or_else(|| t(l, k::NOT_YET_WIDENED), |from| t(l, Msg::Widened(from))) }
            </p>
            <h2 class="summary-heading">{ t(l, k::FIRST_STEP_HEADING) }</h2>
            <div class="first-step" data-step={step.programme().key()}>
                <p class="step-name">{ data(l, step.plain()) }</p>
                if s.if_needed { <p class="summary-if-needed">{ t(l, k::FIRST_STEP_IF_NEEDED) }</p> }
                <p>{ data_or_none(l, step.card.ask) }</p>
            </div>
            <div class="first-place" data-office={o.id} data-kind={o.kind.key()}>
                <p class="first-place-name"><span class="step-label">{ t(l, k::PLACE_LABEL) }</span>{ office_name(l, o) }</p>
                { reach }
                if let Some((y, m)) = age { <p class="detail-age">{ t(l, Msg::DetailAge(y, m)) }</p> }
                if place.contacts_unknown { <p class="detail-age">{ t(l, k::CONTACTS_UNKNOWN_SHORT) }</p> }
            </div>
            <p class="summary-free">{ t(l, k::ANYONE_CAN_CONSULT) }</p>
        </div>
    }
}

/// A notice for the person's municipality (the July 2026 earthquake): calm, visible, with the
/// official page to check and its sources.
fn notice(ctx: &Ctx, n: &guidance::NoticeCard) -> Html {
    let l = ctx.lang;
    html! {
        <aside class="area-notice" data-notice={n.notice.id} role="note" aria-label={t(l, k::OFFICE_NOTICE).plain()}>
            <p><strong class="area-notice-label">{ t(l, k::OFFICE_NOTICE) }</strong>{ data(l, n.notice.text) }</p>
            <div class="card-foot">
                <p class="area-notice-link">{ external_link(ctx, n.page.value.ja(), "", html! { <>{ data(l, n.notice.link) }</> }) }</p>
                { sources(ctx, &n.sources) }
            </div>
        </aside>
    }
}

/// Every step in order (the first is also the summary's): where, what to say (the first step's
/// is the summary's), what helps to bring, and one tap away why it fits and what to confirm at
/// the counter.
fn steps(ctx: &Ctx, guidance: &Guidance) -> Html {
    let l = ctx.lang;
    let g = &guidance;
    let place_name = |id: &str| g.places.iter().find(|x| x.office.id == id).map(|x| x.office);
    html! {
        <section class="next-steps" aria-labelledby="next-heading">
            <h2 id="next-heading">{ t(l, k::NEXT_STEPS_HEADING) }</h2>
            <ol class="steps">
                { for g.steps.iter().enumerate().map(|(i, s)| {
                    let id = s.programme();
                    let verdict = s.card.assessment.verdict;
                    html! {
                        <li class="step" data-step={id.key()} data-programme={id.key()} data-verdict={verdict.key()}>
                            <h3 class="step-name">{ data(l, s.plain()) }</h3>
                            if let Some(name) = s.office.and_then(place_name) {
                                <p class="step-place"><span class="inline-label">{ t(l, k::PLACE_LABEL) }</span>{ office_name(l, name) }</p>
                            }
                            // The first step's words are the summary's, just above: not twice.
                            if i > 0 { <p><span class="inline-label">{ t(l, k::ASK_LABEL) }</span>{ data_or_none(l, s.card.ask) }</p> }
                            <p><span class="inline-label">{ t(l, k::BRING_LABEL) }</span>{ data_or_none(l, s.card.bring) }</p>
                            <Fold class="programme-more" summary={t(l, k::step_why(verdict))}>
                                <p class="official-name">{ t(l, k::OFFICIAL_NAME) }{ data(l, s.name()) }</p>
                                { programme_body(ctx, &s.card) }
                            </Fold>
                        </li>
                    }
                }) }
            </ol>
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
