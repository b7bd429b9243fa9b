//! The privacy page (`#privacy`): what the widget does and never does with answers, how the
//! browser enforces it, and how anyone can check. It states only what the tests prove.

use yew::prelude::*;

use super::common::{BackLink, Heading, attr, use_ctx};
use crate::flow::Screen;
use crate::i18n::{Msg, PrivacyPart, t};

#[function_component]
pub fn Privacy() -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    html! {
        <section class="screen screen-privacy">
            <BackLink on={Screen::Privacy} label={attr(l, Msg::ReviewBack)} />
            <Heading text={attr(l, Msg::PrivacyTitle)} />
            <p class="lead">{ t(l, Msg::PrivacyLead) }</p>
            { for PrivacyPart::ALL.iter().map(|&part| html! {
                <>
                    <h2>{ t(l, Msg::PrivacyHeading(part)) }</h2>
                    <ul class="privacy-points">
                        { for (0..8u8).map(|n| t(l, Msg::PrivacyPoint(part, n))).take_while(|s| !s.is_empty())
                            .map(|s| html! { <li>{ s }</li> }) }
                    </ul>
                </>
            }) }
        </section>
    }
}
