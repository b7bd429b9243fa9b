//! One place to consult: what it does, how to reach it — only the details a source backs —
//! a rough distance, a map link that opens only when tapped, and where each detail comes from.

use yew::prelude::*;

use super::common::{ExternalLink, SourceNote, use_ctx};
use crate::directory::{self, review};
use crate::guidance::Place;
use crate::i18n::{Msg, t};

/// The source whose address is the fallback when an office's contacts are unverified
/// (熊本労働局, which contracts the Saposte and runs Hello Work).
const LABOUR_BUREAU_SOURCE: &str = "kumamoto-roudoukyoku";

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
    let o = p.place.office;
    let heading_id = format!("office-{}", o.id);

    let row = |label: Msg, body: Html| html! { <div class="office-row"><dt>{ t(l, label) }</dt><dd>{ body }</dd></div> };
    let mut rows: Vec<Html> = Vec::new();
    if let Some(v) = o.operator {
        rows.push(row(Msg::OfficeOperator, html! { { v.value } }));
    }
    if let Some(v) = o.eligibility {
        rows.push(row(Msg::OfficeEligibility, html! { { v.value } }));
    }
    if let Some(v) = o.address {
        let map = directory::map_search_url(v.value);
        rows.push(row(
            Msg::OfficeAddress,
            html! { <>{ v.value }<br /><ExternalLink href={map}>{ t(l, Msg::OfficeMap) }</ExternalLink></> },
        ));
    }
    if let Some(v) = o.phone {
        let href = format!("tel:{}", v.value.replace('-', ""));
        rows.push(row(Msg::OfficePhone, html! { <a class="tel" {href}>{ v.value }</a> }));
    }
    if let Some(v) = o.hours {
        rows.push(row(Msg::OfficeHours, html! { { v.value } }));
    }
    if let Some(v) = o.url {
        rows.push(row(
            Msg::UrlLabel(o.url_kind),
            html! { <ExternalLink href={v.value}>{ v.value }</ExternalLink> },
        ));
    }

    // Contact details from information over a year old say so right under them.
    let contact_year = [o.address, o.phone, o.hours]
        .into_iter()
        .flatten()
        .filter_map(|f| directory::source(f.source))
        .filter(|s| review::is_old(s, ctx.today))
        .map(|s| s.dated.unwrap_or(s.checked).y)
        .min();

    // Without a sourced phone number or address, say so and point to who can tell them.
    let no_contact = o.phone.is_none() && o.address.is_none();
    let fallback_url = directory::source(LABOUR_BUREAU_SOURCE).map(|s| s.url).filter(|u| !u.is_empty());

    html! {
        <article class="office" data-office={o.id} data-kind={o.kind.key()} aria-labelledby={heading_id.clone()}>
            <h3 class="office-name" id={heading_id}>{ o.name }</h3>
            if p.place.covers_person { <p class="tag">{ t(l, Msg::OfficeYourArea) }</p> }
            if let Some(km) = p.place.distance_km {
                <p class="distance" data-km={km.to_string()}>{ t(l, Msg::OfficeDistance { km, from_device: p.from_device }) }</p>
            }
            if let Some(n) = o.notice {
                <div class="office-notice" role="note"><strong>{ t(l, Msg::OfficeNotice) }</strong>{ n.value }</div>
            }
            <p>{ o.helps }</p>
            if !rows.is_empty() { <dl class="office-details">{ for rows }</dl> }
            if let Some(y) = contact_year { <p class="contact-age">{ t(l, Msg::ContactAgeWarning(y)) }</p> }
            if no_contact && o.url.is_some() {
                <p class="office-missing">{ t(l, Msg::OfficeNoContactSeeUrl) }</p>
            } else if no_contact {
                <p class="office-missing">
                    { t(l, Msg::OfficeNoContact) }
                    if let Some(u) = fallback_url {
                        <span class="office-fallback"><ExternalLink href={u}>{ t(l, Msg::OfficeAskLabourBureau) }</ExternalLink></span>
                    }
                </p>
            } else if o.url.is_some() {
                <p class="office-check">{ t(l, Msg::OfficeCheckOfficial) }</p>
            }
            <SourceNote ids={review::office_sources(o)} warn_if_old=true />
        </article>
    }
}
