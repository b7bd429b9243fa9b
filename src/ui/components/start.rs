//! The first screen: what this is, what it asks, that nothing leaves the device, and whom
//! the answers are about.

use yew::prelude::*;

use super::common::{RadioGroupProps, heading, radio_group, use_ctx};
use crate::flow::Action;
use crate::i18n::{Msg, k, t};
use crate::settings::Who;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub who: Who,
    pub kiosk: bool,
}

#[function_component]
pub fn Start(p: &StartProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    let who = use_state(|| p.who);
    let onselect = {
        let who = who.clone();
        Callback::from(move |key: AttrValue| who.set(Who::from_key(&key).unwrap_or_default()))
    };
    let onsubmit = {
        let (who, dispatch) = (who.clone(), ctx.dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // A new session: read the device's date again.
            dispatch.emit(Action::Begin { who: *who, today: crate::ui::dom::today() });
        })
    };
    let options = Who::ALL.iter().map(|w| (AttrValue::from(w.key()), t(l, k::who(*w)))).collect::<Vec<_>>();
    html! {
        <section class="screen screen-start">
            { heading(t(l, k::START_TITLE), None) }
            <p class="lead">{ t(l, k::START_LEAD) }</p>
            <p class="privacy-promise">{ t(l, k::START_PRIVACY) }</p>
            if p.kiosk {
                <p class="kiosk-note" role="note">
                    { t(l, Msg::KioskNote((crate::flow::IDLE_SECS + crate::flow::COUNTDOWN_SECS) / 60)) }
                </p>
            }
            <form novalidate=true {onsubmit}>
                { radio_group(l, RadioGroupProps {
                    name: "who".into(), legend: t(l, k::WHO_LEGEND), legend_is_heading: false, caption: None,
                    hint: Some(t(l, k::START_FAMILY)), options, selected: Some(AttrValue::from(who.key())), onselect,
                    error: None, first_ref: NodeRef::default(),
                }) }
                <button type="submit" class="button button-start" data-action="begin">{ t(l, k::START_BUTTON) }</button>
            </form>
        </section>
    }
}
