//! The data review page (`#review`), for the secretariat before each platform meeting and for
//! anyone who wants to know where the widget's facts come from: every record with its source,
//! date and grade; unverified and old records highlighted; counts at the top.

use yew::prelude::*;

use crate::ui::ctx::Ctx;

use super::common::{BackLinkProps, back_link, external_link, heading};
use crate::date::Date;
use crate::directory::{self, Grade, OfficeKind, Source};
use crate::flow::Screen;
use crate::i18n::{Msg, ReviewCol, data, office_name, t};
use crate::review::{self, Status};
use crate::rules;

fn grade(g: Grade) -> &'static str {
    match g {
        Grade::A => "A",
        Grade::BPlus => "B+",
        Grade::B => "B",
        Grade::C => "C",
        Grade::Seed => "SEED",
    }
}

/// Degrees to four decimals without float formatting (which would add kilobytes to the wasm).
fn coords(lat: f64, lng: f64) -> String {
    let four = |v: f64| {
        let n = (v * 10_000.0).round() as i64;
        format!("{}.{:04}", n / 10_000, (n % 10_000).abs())
    };
    format!("{}, {}", four(lat), four(lng))
}

fn date(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

pub fn review(ctx: &Ctx) -> Html {
    let l = ctx.lang;
    let today = ctx.today;
    let col = |c: ReviewCol| html! { <th scope="col">{ t(l, Msg::ReviewCol(c)) }</th> };
    let status = |s: Status| {
        html! { <td class={classes!("status", format!("status-{}", s.key()))}>{ t(l, Msg::ReviewStatus(s)) }</td> }
    };
    let c = review::counts(today);

    let mut sources: Vec<&'static Source> = directory::SOURCES.iter().collect();
    crate::order::sort_by_key(&mut sources, |s| (review::source_status(s, today), s.id));
    let mut offices: Vec<_> = directory::OFFICES.iter().collect();
    crate::order::sort_by_key(&mut offices, |o| (review::office_status(o, today), o.kind.key(), o.id));

    html! {
        <section class="screen screen-review">
            { back_link(&ctx, &BackLinkProps { on: Screen::Review, label: Some(t(l, Msg::ReviewBack)) }) }
            { heading(t(l, Msg::ReviewTitle), None) }
            <p>{ t(l, Msg::ReviewLead) }</p>
            <p class="review-counts" data-offices={c.offices.to_string()}>{ t(l, Msg::ReviewCounts {
                sources: c.sources,
                old: c.old_sources,
                offices: c.offices,
                no_contact: c.offices_without_contact,
                municipalities: c.municipalities,
                periods: c.rule_versions,
            }) }</p>

            <h2>{ t(l, Msg::ReviewGapsHeading) }</h2>
            <ul class="review-gaps">
                <li>{ t(l, Msg::ReviewGapHelloWork) }</li>
                { for review::rule_gaps(today).into_iter().map(|g| html! { <li>{ t(l, Msg::ReviewGapRule(g)) }</li> }) }
                <li>{ t(l, Msg::ReviewGapNoContact(c.offices_without_contact)) }</li>
            </ul>

            <h2 id="review-offices">{ t(l, Msg::ReviewOfficesHeading) }</h2>
            <div class="table-wrap" role="region" aria-labelledby="review-offices" tabindex="0">
                <table class="review-table">
                    <thead><tr>
                        { col(ReviewCol::Status) }{ col(ReviewCol::Name) }{ col(ReviewCol::Kind) }
                        { col(ReviewCol::Covers) }{ col(ReviewCol::Contacts) }{ col(ReviewCol::Sources) }
                    </tr></thead>
                    <tbody>
                        { for offices.iter().map(|o| {
                            let contacts: Vec<Html> = [
                                (Msg::OfficeAddress, o.address),
                                (Msg::OfficePhone, o.phone),
                                (Msg::OfficeHours, o.hours),
                                (Msg::UrlLabel(o.url_kind), o.url),
                            ]
                            .into_iter()
                            .filter_map(|(k, v)| v.map(|v| html! { <div>{ t(l, k) }{ ": " }{ data(l, v.value) }{ format!(" [{}]", v.source) }</div> }))
                            .collect();
                            html! {
                                <tr data-review-office={o.id}>
                                    { status(review::office_status(o, today)) }
                                    <th scope="row">{ office_name(l, o) }<br /><code>{ o.id }</code></th>
                                    <td>{ o.kind.key() }</td>
                                    <td>{ o.covers.len() }</td>
                                    <td>
                                        if contacts.is_empty() { { t(l, Msg::ReviewMissing) } }
                                        { for contacts }
                                    </td>
                                    <td>{ review::office_sources(o).join(", ") }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>

            <h2 id="review-sources">{ t(l, Msg::ReviewSourcesHeading) }</h2>
            <div class="table-wrap" role="region" aria-labelledby="review-sources" tabindex="0">
                <table class="review-table">
                    <thead><tr>
                        { col(ReviewCol::Status) }{ col(ReviewCol::Title) }{ col(ReviewCol::Dated) }
                        { col(ReviewCol::Checked) }{ col(ReviewCol::Grade) }{ col(ReviewCol::UsedBy) }
                    </tr></thead>
                    <tbody>
                        { for sources.iter().map(|s| html! {
                            <tr data-review-source={s.id}>
                                { status(review::source_status(s, today)) }
                                <th scope="row">
                                    if s.url.is_empty() { { data(l, s.title) } } else { { external_link(l, &s.url, "", html! { <>{ data(l, s.title) }</> }) } }
                                    <br /><code>{ s.id }</code>
                                </th>
                                <td>{ date(s.dated) }</td>
                                <td>{ s.checked.to_string() }</td>
                                <td>{ grade(s.grade) }</td>
                                <td>{ review::usage(s.id) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>

            <h2 id="review-rules">{ t(l, Msg::ReviewProgrammesHeading) }</h2>
            <div class="table-wrap" role="region" aria-labelledby="review-rules" tabindex="0">
                <table class="review-table">
                    <thead><tr>{ col(ReviewCol::Id) }{ col(ReviewCol::Name) }{ col(ReviewCol::Period) }{ col(ReviewCol::Sources) }</tr></thead>
                    <tbody>
                        { for rules::PROGRAMMES.iter().flat_map(|p| p.periods.iter().map(move |q| (p, q))).map(|(p, q)| html! {
                            <tr>
                                <td><code>{ p.id.key() }</code></td>
                                <th scope="row">{ data(l, q.name) }</th>
                                <td>{ format!("{} – {}", q.from, date(q.until)) }</td>
                                <td>{ q.sources.join(", ") }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>

            <h2 id="review-munis">{ t(l, Msg::ReviewMunicipalitiesHeading) }</h2>
            <div class="table-wrap" role="region" aria-labelledby="review-munis" tabindex="0">
                <table class="review-table">
                    <thead><tr>
                        { col(ReviewCol::Code) }{ col(ReviewCol::Name) }{ col(ReviewCol::Gun) }
                        { col(ReviewCol::Position) }{ col(ReviewCol::Saposte) }{ col(ReviewCol::Sources) }
                    </tr></thead>
                    <tbody>
                        { for directory::ALL_ROWS.iter().map(|m| html! {
                            <tr>
                                <td>{ m.code.0 }</td>
                                <th scope="row">{ data(l, m.label) }</th>
                                <td>{ data(l, m.gun_label) }</td>
                                <td>{ coords(m.lat, m.lng) }</td>
                                <td>{ directory::covering(m.code, OfficeKind::Saposte).next().map(|o| o.id).unwrap_or_default() }</td>
                                <td>{ m.sources.join(", ") }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
