//! The privacy page (`#privacy`): what the widget does and never does with answers, how the
//! browser enforces it, and how anyone can check. It states only what the tests prove.

use yew::prelude::*;

use crate::ui::ctx::Ctx;

use super::common::{back_link, heading};
use crate::flow::Screen;
use crate::i18n::{Msg, PrivacyPart, t};

pub fn privacy(ctx: &Ctx) -> Html {
    let l = ctx.lang;
    html! {
        <section class="screen screen-privacy">
            { back_link(&ctx, Screen::Privacy, Some(t(l, Msg::ReviewBack))) }
            { heading(t(l, Msg::PrivacyTitle), None) }
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
