//! The first screen: what this is, what it asks, and that nothing leaves the device.

use yew::prelude::*;

use super::common::{attr, use_ctx, Heading};
use crate::i18n::{t, Msg};
use crate::ui::state::Action;

#[function_component]
pub fn Start() -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    let onclick = ctx.dispatch.reform(|_: MouseEvent| Action::Begin);
    html! {
        <section class="screen screen-start">
            <Heading text={attr(l, Msg::StartTitle)} />
            <p class="lead">{ t(l, Msg::StartLead) }</p>
            <p class="privacy-promise">{ t(l, Msg::StartPrivacy) }</p>
            <p>{ t(l, Msg::StartFamily) }</p>
            <button type="button" class="button button-start" {onclick}>{ t(l, Msg::StartButton) }</button>
        </section>
    }
}
