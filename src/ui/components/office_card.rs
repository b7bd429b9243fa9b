//! One place to consult, as `guidance` decided it: what it does, how to reach it (only the
//! details a source backs), a rough distance, a map link that opens only when tapped, one
//! warning when its information is old, and its sources behind one short line.

use yew::prelude::*;

use super::common::{ExternalLink, Sources, use_ctx};
use crate::directory;
use crate::guidance::{OldInfo, Place, Reach};
use crate::i18n::{Msg, t};

#[derive(Properties, PartialEq)]
pub struct OfficeCardProps {
    pub place: Place,
    /// Distances are measured from the device rather than the town hall.
    #[prop_or_default]
    pub from_device: bool,
}

#[function_component]
pub fn OfficeCard(p: &OfficeCardProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    let place = &p.place;
    let o = place.office;
    let heading_id = format!("office-{}", o.id);
    let row = |label: Msg, body: Html| html! { <div class="office-row"><dt>{ t(l, label) }</dt><dd>{ body }</dd></div> };

    // How to reach it, at once: the sourced contacts, or the page to find them on.
    let mut contacts: Vec<Html> = Vec::new();
    if let Some(d) = place.phone {
        contacts.push(row(Msg::OfficePhone, html! { <TelLink number={d.value} /> }));
    }
    if let Some(d) = place.address {
        let map = directory::map_search_url(d.value);
        contacts.push(row(
            Msg::OfficeAddress,
            html! { <>{ d.value }<br /><ExternalLink href={map}>{ t(l, Msg::OfficeMap) }</ExternalLink></> },
        ));
    }
    if let Some(d) = place.hours {
        contacts.push(row(Msg::OfficeHours, html! { { d.value } }));
    }
    // One tap away: what it does, for whom, who runs it, its page.
    let mut more: Vec<Html> = Vec::new();
    if let Some(d) = place.eligibility {
        more.push(row(Msg::OfficeEligibility, html! { { d.value } }));
    }
    if let Some(d) = place.operator {
        more.push(row(Msg::OfficeOperator, html! { { d.value } }));
    }
    if let (Some(d), Reach::Phone(_)) = (place.page, place.reach) {
        more.push(row(
            Msg::UrlLabel(o.url_kind),
            html! { <ExternalLink href={d.value}>{ d.value }</ExternalLink> },
        ));
    }
    let reach_link = match place.reach {
        Reach::Phone(_) => html! {},
        Reach::Page { page, kind } => html! {
            <p class="office-link"><ExternalLink href={page.value}>{ t(l, Msg::OpenPage(kind)) }</ExternalLink></p>
        },
        Reach::Fallback(d) => html! {
            <p class="office-link"><ExternalLink href={d.value}>{ t(l, Msg::OpenFallback) }</ExternalLink></p>
        },
    };

    html! {
        <article class="office" data-office={o.id} data-kind={o.kind.key()} aria-labelledby={heading_id.clone()}>
            <h3 class="office-name" id={heading_id}>{ o.name }</h3>
            if let Some(km) = place.distance_km {
                <p class="distance" data-km={km.to_string()}>{ t(l, Msg::OfficeDistance { km, from_device: p.from_device }) }</p>
            }
            if let Some(n) = place.notice {
                <div class="office-notice" role="note"><strong>{ t(l, Msg::OfficeNotice) }</strong>{ n.value }</div>
            }
            if !contacts.is_empty() { <dl class="office-details">{ for contacts }</dl> }
            if place.contacts_unknown { <p class="office-missing">{ t(l, Msg::ContactsUnknownShort) }</p> }
            { reach_link }
            { match place.old {
                Some(OldInfo::Contacts { year }) => html! { <p class="old-info" data-old={year.to_string()}>{ t(l, Msg::ContactAgeWarning(year)) }</p> },
                Some(OldInfo::Record { year }) => html! { <p class="old-info" data-old={year.to_string()}>{ t(l, Msg::OldInfoWarning(year)) }</p> },
                None => html! {},
            } }
            // Two short lines side by side, each opening below them.
            <div class="card-foot">
                <details class="office-more">
                    <summary>{ t(l, Msg::OfficeMore) }</summary>
                    <p class="office-helps">{ o.helps }</p>
                    if !more.is_empty() { <dl class="office-details">{ for more }</dl> }
                </details>
                <Sources line={place.sources.clone()} />
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct TelLinkProps {
    /// As written in the data: 0XX-XXX-XXXX.
    pub number: &'static str,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A phone number as a `tel:` link (the digits only in the address).
#[function_component]
pub fn TelLink(p: &TelLinkProps) -> Html {
    let href = format!("tel:{}", p.number.replace('-', ""));
    html! { <a class={classes!("tel", p.class.clone())} {href}>{ p.children.clone() }{ p.number }</a> }
}
