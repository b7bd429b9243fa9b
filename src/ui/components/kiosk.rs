//! A kiosk's guard against the next person seeing the last one's answers: after `IDLE_SECS`
//! without a touch, key, wheel or pointer press, a warning (a modal `alertdialog`, focus on its
//! large button) counts `COUNTDOWN_SECS` down, then the session is wiped. Nothing is counted
//! while the kiosk shows nothing of anyone, or while it reads the screen aloud.
//!
//! Idleness is measured on the wall clock, from the time of the last input: timers stop while
//! the machine sleeps and are throttled while the screen is off, but the clock runs on. So the
//! first tick after waking, or the page becoming visible, shown or focused again, sees the whole
//! gap: after `IDLE_SECS + COUNTDOWN_SECS` the wipe comes at once; after more than `IDLE_SECS`
//! the warning, with the time really left. While the page is hidden its content is hidden too,
//! so that waking never shows the last person's result before the guard has looked at the clock.
//! Tests drive both the timers and the clock with Playwright's fake clock.
//!
//! The same guard keeps the kiosk's build current: while nobody is using it, it asks its
//! offline worker hourly whether a newer build is published (`flow::UpdateWatch`); once one is
//! in place and the kiosk has been untouched for a minute, it starts it. What lasts (a newer
//! build it cannot take up, a server it cannot reach for a day) is told to staff.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::flow::{Idle, UpdateNotice, UpdateWatch};
use crate::i18n::{Msg, k, t};
use crate::ui::ctx::use_ctx;
use crate::ui::dom;

#[derive(Properties, PartialEq)]
pub struct IdleProps {
    /// Nothing of a person is on screen: no need to count.
    pub pristine: bool,
    pub on_wipe: Callback<()>,
}

/// What staff are told: not that a newer build is blocked once it is in place, only waiting for
/// the session on screen to end.
fn notice(watch: &UpdateWatch, now: f64) -> Option<UpdateNotice> {
    watch.notice(now).filter(|n| !(*n == UpdateNotice::Blocked && dom::newer_build_ready()))
}

/// Untouched this long, a kiosk showing nothing of anyone starts a newer build in place.
const RELOAD_IDLE_MS: f64 = 60_000.0;

/// What the guard's listeners and tick share (a state handle captured by them would only ever
/// hold the value of its first render): the time of the last input (ms on the wall clock),
/// whether the warning shows, and the watch over the build.
struct Guard {
    last: Cell<f64>,
    warning: Cell<bool>,
    watch: RefCell<UpdateWatch>,
}

#[function_component]
pub fn IdleGuard(p: &IdleProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    let g = use_memo((), |_| {
        let now = js_sys::Date::now();
        Guard { last: Cell::new(now), warning: Cell::new(false), watch: RefCell::new(UpdateWatch::new(now)) }
    });
    let left = use_state_eq(|| None::<u32>);
    // What staff are told about the kiosk's build.
    let update = use_state_eq(|| None::<UpdateNotice>);
    let dialog = use_node_ref();

    {
        let (g, left, update, on_wipe) = (g.clone(), left.clone(), update.clone(), p.on_wipe.clone());
        use_effect_with(p.pristine, move |&pristine| {
            // A kiosk, never framed, keeps an offline copy of its build: its worker (this guard
            // is only on a kiosk: `mode=` has one reader, `settings::parse_query`). The
            // start-up script hears this once.
            if !dom::is_framed() {
                dom::tell_start_up("ksn:kiosk");
            }
            g.last.set(js_sys::Date::now());
            // Looks at the clock; says whether it wiped.
            let check: Rc<dyn Fn() -> bool> = Rc::new({
                let g = g.clone();
                move || {
                    let now = js_sys::Date::now();
                    {
                        let mut watch = g.watch.borrow_mut();
                        if let Some(answer) = dom::take_build_answer() {
                            watch.heard(now, answer);
                        }
                        update.set(notice(&watch, now));
                        // A clock set back: the count starts again.
                        if now < g.last.get() {
                            g.last.set(now);
                        }
                        if pristine {
                            // Nothing to forget: time to keep the build current.
                            if dom::newer_build_ready() && now - g.last.get() >= RELOAD_IDLE_MS {
                                dom::reload();
                            } else if watch.due(now) {
                                watch.asked(now);
                                dom::tell_start_up("ksn:check");
                            }
                            return false;
                        }
                    }
                    // Someone listening to the screen being read: the count starts again.
                    if !g.warning.get() && dom::speaking() {
                        g.last.set(now);
                        return false;
                    }
                    let idle = Idle::after(now - g.last.get());
                    g.warning.set(matches!(idle, Idle::Warn(_)));
                    left.set(match idle {
                        Idle::Warn(n) => Some(n),
                        _ => None,
                    });
                    if idle == Idle::Wipe {
                        g.last.set(now);
                        on_wipe.emit(());
                    }
                    idle == Idle::Wipe
                }
            });
            let (window, document) = (gloo::utils::window(), gloo::utils::document());
            let mut listeners: Vec<EventListener> = ["pointerdown", "keydown", "touchstart", "wheel"]
                .into_iter()
                .map(|ev| {
                    let g = g.clone();
                    // While the warning shows, only its button continues the session.
                    EventListener::new(&window, ev, move |_| {
                        if !g.warning.get() {
                            g.last.set(js_sys::Date::now());
                        }
                    })
                })
                .collect();
            // Back from sleep, from a hidden tab or a dark screen: look at the clock at once.
            let targets: [(&web_sys::EventTarget, &str); 3] =
                [(&window, "pageshow"), (&window, "focus"), (&document, "visibilitychange")];
            for (target, ev) in targets {
                let check = check.clone();
                listeners.push(EventListener::new(target, ev, move |_| {
                    if gloo::utils::document().hidden() {
                        dom::set_away(!pristine);
                    } else if !check() {
                        // When it wiped, the content stays hidden until the empty start screen
                        // replaces it (this effect's clean-up shows it again).
                        dom::set_away(false);
                    }
                }));
            }
            let tick = gloo::timers::callback::Interval::new(1_000, move || {
                check();
            });
            move || {
                drop((listeners, tick));
                dom::set_away(false);
            }
        });
    }

    // Open the dialog as a modal when the countdown starts (focus goes to its first button).
    {
        let dialog = dialog.clone();
        use_effect_with(left.is_some(), move |&open| dom::show_modal(&dialog, open));
    }

    let keep = {
        let (g, left) = (g.clone(), left.clone());
        Callback::from(move |()| {
            g.last.set(js_sys::Date::now());
            g.warning.set(false);
            left.set(None);
        })
    };
    // Escape closes a modal dialog: that is "continue" too.
    let on_cancel = keep.reform(|_: Event| ());
    let end = p.on_wipe.reform(|_: MouseEvent| ());
    let staff = update.map(|n| match n {
        UpdateNotice::Blocked => ("blocked", k::KIOSK_UPDATE_BLOCKED),
        UpdateNotice::Unreachable => ("unreachable", k::KIOSK_UPDATE_UNREACHABLE),
    });
    html! {
        <>
        if let Some((kind, words)) = staff {
            <p class="kiosk-stale" role="note" data-update-notice={kind}>{ t(l, words) }</p>
        }
        <dialog class="idle-dialog" ref={dialog} role="alertdialog" aria-modal="true"
            aria-labelledby="idle-title" aria-describedby="idle-body" oncancel={on_cancel}>
            if let Some(n) = *left {
                <h2 id="idle-title">{ t(l, k::IDLE_TITLE) }</h2>
                <p id="idle-body" data-seconds-left={n.to_string()}>{ t(l, Msg::IdleBody(n)) }</p>
                <button type="button" class="button" data-action="continue" autofocus=true onclick={keep.reform(|_: MouseEvent| ())}>{ t(l, k::IDLE_CONTINUE) }</button>
                <button type="button" class="button button-secondary" data-action="end" onclick={end}>{ t(l, k::KIOSK_END) }</button>
            }
        </dialog>
        </>
    }
}
