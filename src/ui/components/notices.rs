//! Polite notices about a deep link we could not fully read.

use yew::prelude::*;

use crate::ui::ctx::Ctx;

use crate::flow::Action;
use crate::i18n::{Msg, k, t};
use crate::link::LinkNotice;

pub fn notices(ctx: &Ctx, notices: &[LinkNotice]) -> Html {
    let l = ctx.lang;
    if notices.is_empty() {
        return html! {};
    }
    let onclick = ctx.dispatch.reform(|_: MouseEvent| Action::DismissNotices);
    html! {
        <div class="notice" role="status" aria-labelledby="notice-heading" data-notices={notices.len().to_string()}>
            <h2 id="notice-heading" class="notice-heading">{ t(l, k::NOTICE_HEADING) }</h2>
            <ul>
                { for notices.iter().map(|n| html! { <li>{ t(l, Msg::LinkNotice(*n)) }</li> }) }
            </ul>
            <button type="button" class="button-link" {onclick}>{ t(l, k::DISMISS_NOTICES) }</button>
        </div>
    }
}
