//! A kiosk's guard against the next person seeing the last one's answers: after `IDLE_SECS`
//! without a touch, key, wheel or pointer press, a warning (a modal `alertdialog`, focus on its
//! large button) counts `COUNTDOWN_SECS` down, then the session is wiped. Nothing is counted
//! while the kiosk shows nothing of anyone, or while it reads the screen aloud. Times run on the page's timers, so tests drive
//! them with a fake clock.

use std::cell::Cell;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::i18n::{Msg, k, t};
use crate::ui::ctx::use_ctx;
use crate::ui::dom;

/// Seconds without input before the warning.
pub const IDLE_SECS: u32 = 120;
/// Seconds the warning counts down before the wipe (WCAG 2.2.1 asks for at least 20).
pub const COUNTDOWN_SECS: u32 = 60;

#[derive(Properties, PartialEq)]
pub struct IdleProps {
    /// Nothing of a person is on screen: no need to count.
    pub pristine: bool,
    pub on_wipe: Callback<()>,
}

#[function_component]
pub fn IdleGuard(p: &IdleProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    // Seconds since the last input; shared with the listeners and the one-second tick. The
    // warning shows from `IDLE_SECS` on: the listeners read that from the count itself (a state
    // handle captured by them would only ever hold the value of its first render).
    let idle = use_memo((), |_| Cell::new(0u32));
    let left = use_state_eq(|| None::<u32>);
    let dialog = use_node_ref();

    {
        let (idle, left, on_wipe, pristine) = (idle.clone(), left.clone(), p.on_wipe.clone(), p.pristine);
        use_effect_with(pristine, move |&pristine| {
            let window = gloo::utils::window();
            let listeners: Vec<EventListener> = ["pointerdown", "keydown", "touchstart", "wheel"]
                .into_iter()
                .map(|ev| {
                    let idle = idle.clone();
                    // While the warning shows, only its button continues the session.
                    EventListener::new(&window, ev, move |_| {
                        if idle.get() < IDLE_SECS {
                            idle.set(0)
                        }
                    })
                })
                .collect();
            idle.set(0);
            let tick = gloo::timers::callback::Interval::new(1_000, move || {
                // Nothing to forget, or someone is listening to the screen being read.
                if pristine || (idle.get() < IDLE_SECS && dom::speaking()) {
                    idle.set(0);
                    return;
                }
                let n = idle.get() + 1;
                idle.set(n);
                if n >= IDLE_SECS + COUNTDOWN_SECS {
                    idle.set(0);
                    left.set(None);
                    on_wipe.emit(());
                } else if n >= IDLE_SECS {
                    left.set(Some(IDLE_SECS + COUNTDOWN_SECS - n));
                }
            });
            move || drop((listeners, tick))
        });
    }

    // Open the dialog as a modal when the countdown starts (focus goes to its first button).
    {
        let dialog = dialog.clone();
        use_effect_with(left.is_some(), move |&open| dom::show_modal(&dialog, open));
    }

    let keep = {
        let (idle, left) = (idle.clone(), left.clone());
        Callback::from(move |()| {
            idle.set(0);
            left.set(None);
        })
    };
    // Escape closes a modal dialog: that is "continue" too.
    let on_cancel = keep.reform(|_: Event| ());
    let end = p.on_wipe.reform(|_: MouseEvent| ());
    html! {
        <dialog class="idle-dialog" ref={dialog} role="alertdialog" aria-modal="true"
            aria-labelledby="idle-title" aria-describedby="idle-body" oncancel={on_cancel}>
            if let Some(n) = *left {
                <h2 id="idle-title">{ t(l, k::IDLE_TITLE) }</h2>
                <p id="idle-body" data-seconds-left={n.to_string()}>{ t(l, Msg::IdleBody(n)) }</p>
                <button type="button" class="button" data-action="continue" autofocus=true onclick={keep.reform(|_: MouseEvent| ())}>{ t(l, k::IDLE_CONTINUE) }</button>
                <button type="button" class="button button-secondary" data-action="end" onclick={end}>{ t(l, k::KIOSK_END) }</button>
            }
        </dialog>
    }
}
