//! One place to consult, as `guidance` decided it: what it does, how to reach it (only the
//! details a source backs), a rough distance, a map link that opens only when tapped, one
//! warning when its information is old, and its sources behind one short line.

use yew::prelude::*;

use crate::text::Tr;
use crate::ui::ctx::Ctx;

use super::common::{Fold, external_link, qr_code, sources};
use crate::directory;
use crate::guidance::{Jurisdiction, OldInfo, Place, Reach};
use crate::i18n::{K, Msg, data, k, office_helps, office_name, t};

/// `hall`: the person's city, town or village office, where to ask when a number is old.
pub fn office_card(ctx: &Ctx, place: &Place, hall: Tr) -> Html {
    let l = ctx.lang;
    let place = &place;
    let o = place.office;
    let heading_id = format!("office-{}", o.id);
    let row = |label: K, body: Html| html! { <div class="office-row"><dt>{ t(l, label) }</dt><dd>{ body }</dd></div> };

    // How to reach it, at once: the sourced contacts, or the page to find them on.
    let mut contacts: Vec<Html> = Vec::new();
    if let Some(d) = place.phone {
        contacts.push(row(k::OFFICE_PHONE, html! { { tel_link(ctx, d.value.ja(), "", html! {}) } }));
    }
    if let Some(d) = place.address {
        let map = directory::map_search_url(d.value.ja());
        contacts.push(row(
            k::OFFICE_ADDRESS,
            html! { <>{ data(l, d.value) }<br />{ external_link(ctx, &map, "map-link", html! { <>{ t(l, k::OFFICE_MAP) }</> }) }</> },
        ));
    }
    if let Some(d) = place.hours {
        contacts.push(row(k::OFFICE_HOURS, html! { { data(l, d.value) } }));
    }
    // One tap away: what it does, for whom, who runs it, its page.
    let mut more: Vec<Html> = Vec::new();
    if let Some(d) = place.eligibility {
        more.push(row(k::OFFICE_ELIGIBILITY, html! { { data(l, d.value) } }));
    }
    if let Some(d) = place.operator {
        more.push(row(k::OFFICE_OPERATOR, html! { { data(l, d.value) } }));
    }
    if let (Some(d), Reach::Phone(_)) = (place.page, place.reach) {
        more.push(row(
            k::url_label(o.url_kind),
            html! { { external_link(ctx, d.value.ja(), "", html! { <>{ d.value.ja() }</> }) } },
        ));
    }
    let reach_link = match place.reach {
        Reach::Phone(_) => html! {},
        Reach::Page { page, kind } => html! {
            <p class="office-link">{ external_link(ctx, page.value.ja(), "", html! { <>{ t(l, k::open_page(kind)) }</> }) }</p>
        },
        Reach::Fallback(d) => html! {
            <p class="office-link">{ external_link(ctx, d.value.ja(), "", html! { <>{ t(l, k::OPEN_FALLBACK) }</> }) }</p>
        },
    };

    html! {
        <article class="office" data-office={o.id} data-kind={o.kind.key()} aria-labelledby={heading_id.clone()}>
            <h3 class="office-name" id={heading_id}>{ office_name(l, o) }</h3>
            if let Some(km) = place.distance_km {
                <p class="distance" data-km={km.to_string()}>{ t(l, Msg::OfficeDistance(km)) }</p>
            }
            if let Some(n) = place.notice {
                <div class="office-notice" role="note"><strong>{ t(l, k::OFFICE_NOTICE) }</strong>{ data(l, n.value) }</div>
            }
            if let Some((muni, area)) = place.jurisdiction.as_ref().and_then(|j| j.only) {
                <p class="office-part">{ t(l, Msg::OnlyPart { muni: muni.label, area }) }</p>
            }
            if !contacts.is_empty() { <dl class="office-details">{ for contacts }</dl> }
            if let Some(j) = &place.jurisdiction {
                { for j.not_here.iter().map(|(area, office)| html! {
                    <p class="office-part" data-part-office={office.id}>{ t(l, Msg::PartElsewhere { area: *area, office: office.name }) }</p>
                }) }
            }
            if place.council { <p class="office-council">{ t(l, k::COUNCIL_NOTE) }</p> }
            if place.contacts_unknown { <p class="office-missing">{ t(l, k::CONTACTS_UNKNOWN_SHORT) }</p> }
            if place.address_unknown { <p class="office-missing">{ t(l, k::ADDRESS_UNKNOWN_SHORT) }</p> }
            { reach_link }
            if let Some(j) = &place.jurisdiction { { area_served(l, j) } }
            { match place.old {
                // With the bureau's page for the current details beside it, only the date.
                Some(OldInfo::Contacts { year, month }) => html! {
                    <p class="old-info" data-old={year.to_string()}>{ t(l, if place.current_details.is_some() {
                        Msg::DetailAge(year, month)
                    } else {
                        Msg::ContactAgeWarning(year, month, hall)
                    }) }</p>
                },
                Some(OldInfo::Record { year }) => html! { <p class="old-info" data-old={year.to_string()}>{ t(l, Msg::OldInfoWarning(year)) }</p> },
                None => html! {},
            } }
            if let Some(d) = place.current_details {
                <p class="office-link">{ external_link(ctx, d.value.ja(), "", html! { <>{ t(l, k::CHECK_CURRENT_DETAILS) }</> }) }</p>
            }
            // Two short lines side by side, each opening below them.
            <div class="card-foot">
                <Fold class="office-more" summary={t(l, k::OFFICE_MORE)}>
                    <p class="office-helps">{ office_helps(l, o) }</p>
                    if !more.is_empty() { <dl class="office-details">{ for more }</dl> }
                </Fold>
                { sources(ctx, &place.sources) }
            </div>
        </article>
    }
}

/// Whom a Hello Work office serves, with the month of that information: one line in view, set
/// apart as old information when it is over a year old.
fn area_served(l: crate::i18n::Lang, j: &Jurisdiction) -> Html {
    let names = j
        .whole
        .iter()
        .map(|m| data(l, m.label))
        .chain(j.parts.iter().map(|(m, area)| t(l, Msg::PartOf { muni: m.label, area: *area })));
    let mut list: Vec<Html> = Vec::new();
    for (i, n) in names.enumerate() {
        if i > 0 {
            list.push(html! { { t(l, k::AREA_SEPARATOR) } });
        }
        list.push(html! { { n } });
    }
    html! {
        <p class={if j.old { "old-info" } else { "office-part" }} data-area-dated={j.dated.to_string()}>
            { t(l, k::SERVES_LABEL) }<span class="office-serves">{ for list }</span>
            <span class="area-date">{ t(l, Msg::AreaAsOf { date: j.dated, old: j.old }) }</span>
        </p>
    }
}

/// A phone number (as written in the data: 0XX-XXX-XXXX) as a `tel:` link, the digits only
/// in the address. On a kiosk, which cannot call, the number in large type and a QR code that
/// dials it from the person's own phone.
pub fn tel_link(ctx: &Ctx, number: &'static str, class: &'static str, children: Html) -> Html {
    let href = format!("tel:{}", number.replace('-', ""));
    if ctx.kiosk {
        return html! {
            <div class="tel-kiosk">
                <p class="tel tel-number">{ children }{ number }</p>
                { qr_code(&href, html! { { t(ctx.lang, k::QR_CALLS) } }) }
            </div>
        };
    }
    html! { <a class={classes!("tel", (!class.is_empty()).then_some(class))} {href}>{ children }{ number }</a> }
}
