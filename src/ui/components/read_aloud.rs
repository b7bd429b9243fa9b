//! "読み上げ": reads the current screen with a voice on the device. Shown only when the
//! browser has an on-device voice for the register (`crate::speech::choose`).

use yew::prelude::*;

use super::common::use_ctx;
use crate::i18n::{k, t};
use crate::speech;
use crate::ui::ctx::HEADING_ID;
use crate::ui::dom;

#[function_component]
pub fn ReadAloud() -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    let available = use_state(|| false);
    let speaking = use_state(|| false);
    {
        let available = available.clone();
        use_effect_with(l, move |&l| {
            let check = move || {
                let voices: Vec<speech::Voice> = dom::voices().into_iter().map(|(v, _)| v).collect();
                available.set(speech::choose(&voices, l).is_some());
            };
            check();
            let listener = dom::on_voices_changed(check);
            move || drop(listener)
        });
    }
    if !*available {
        return html! {};
    }
    let onclick = {
        let speaking = speaking.clone();
        Callback::from(move |_: MouseEvent| {
            if *speaking {
                dom::stop_speaking();
                speaking.set(false);
                return;
            }
            let voices = dom::voices();
            let seen: Vec<speech::Voice> = voices.iter().map(|(v, _)| v.clone()).collect();
            let Some(i) = speech::choose(&seen, l) else { return };
            let pieces = speech::utterances(&dom::screen_text(HEADING_ID));
            let done = speaking.clone();
            speaking.set(true);
            dom::speak(&pieces, &voices[i].1, &speech::utterance_lang(&seen[i]), move || done.set(false));
        })
    };
    html! {
        <button type="button" class="read-aloud" data-read-aloud="" aria-pressed={(*speaking).to_string()} {onclick}>
            { t(l, if *speaking { k::READ_ALOUD_STOP } else { k::READ_ALOUD }) }
        </button>
    }
}
