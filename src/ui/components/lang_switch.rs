//! The register switch on every screen: 日本語, やさしい にほんご, English, each written in its own
//! register. Switching keeps the answers and the screen (`flow` decides).

use yew::prelude::*;

use crate::ui::ctx::Ctx;

use crate::flow::Action;
use crate::i18n::{Lang, Msg, k, t};

pub fn lang_switch(ctx: &Ctx) -> Html {
    html! {
        <nav class="lang-switch" aria-label={t(ctx.lang, k::LANG_SWITCH).plain()}>
            <ul>
                { for Lang::ALL.iter().map(|&l| {
                    let onclick = ctx.dispatch.reform(move |_: MouseEvent| Action::SetLang(l));
                    html! {
                        <li>
                            <button type="button" class="lang-choice" data-set-lang={l.key()} lang={l.tag()}
                                aria-pressed={(l == ctx.lang).to_string()} {onclick}>{ t(l, Msg::LangName) }</button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
