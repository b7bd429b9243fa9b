//! The root component: one `use_reducer` holding `flow::State`, the browser events that feed
//! it (fragment changes, Back/Forward, the day changing), and the effects of a screen change
//! (history entry, focus, title). What to do is decided in `flow`; this only wires it.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::components::common::{external_link, start_over};
use super::components::{
    check::check, kiosk::IdleGuard, lang_switch::lang_switch, notices::notices, questions,
    read_aloud::ReadAloud, result::ResultPage, start::Start,
};
use super::ctx::{Ctx, HEADING_ID};
use super::dom;
use crate::answers::{Answers, Question};
use crate::directory::{DATA_DATE, data_is_stale};
use crate::flow::{Action, Boot, Nav, Screen, State};
use crate::i18n::{Lang, Msg, k, t};
use crate::link::{privacy_page, review_page};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            // Same Rc: Yew 0.23 skips the re-render.
            None => self,
        }
    }
}

/// How often the widget looks whether the day has changed (a kiosk or a tab left open over
/// midnight). Cheap: an unchanged date changes nothing and renders nothing.
const DAY_CHECK_MS: u32 = 60_000;

/// What the static start screen of `index.html` handed over (`ui::start` reads it).
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub boot: Boot,
    /// The control that had focus on the static screen, in this markup.
    #[prop_or_default]
    pub focus: Option<AttrValue>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let boot = props.boot;
    let state = use_reducer(|| {
        State::initial(dom::today(), &dom::location_query(), &dom::location_hash())
            .framed(dom::is_framed())
            .resume(boot)
    });
    // Once, at mount: focus stays where it was on the static screen (unless はじめる already
    // moved on). In a frame: the content height for the host page, whenever it changes (the
    // one message the widget ever sends). On a kiosk: a link's answers leave the address at
    // once, so no history entry of this page ever holds them. The link contract: read the
    // fragment whenever it changes; follow Back/Forward; notice a new day (every minute, and
    // at once when the page is shown again).
    {
        let focus = props.focus.clone().filter(|_| !boot.begin);
        let (framed, kiosk) = (state.settings.framed, state.settings.kiosk());
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if let Some(sel) = focus {
                dom::focus_selector(&sel);
            }
            if kiosk {
                dom::forget_fragment();
            }
            let reporter = framed.then(dom::report_height).flatten();
            let window = gloo::utils::window();
            let d = dispatcher.clone();
            let on_hash = EventListener::new(&window, "hashchange", move |_| {
                d.dispatch(Action::LoadLink { fragment: dom::location_hash(), initial: false })
            });
            let d = dispatcher.clone();
            let on_pop = EventListener::new(&window, "popstate", move |e| {
                let entry = e.dyn_ref::<web_sys::PopStateEvent>().and_then(|e| dom::read_entry(&e.state()));
                d.dispatch(Action::Restore(entry))
            });
            let d = dispatcher.clone();
            let on_show = EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                d.dispatch(Action::Today(dom::today()))
            });
            let tick = gloo::timers::callback::Interval::new(DAY_CHECK_MS, move || {
                dispatcher.dispatch(Action::Today(dom::today()))
            });
            move || drop((reporter, on_hash, on_pop, on_show, tick))
        });
    }

    // A register whose pack is still on its way renders in 日本語 until it is in; one whose pack
    // could not be had (the network failed at start) goes back to 日本語.
    let force = use_force_update();
    {
        let d = state.dispatcher();
        use_effect_with(state.settings.lang, move |lang| {
            if !super::packs::ready(*lang) {
                super::packs::when_ready(*lang, move |ok| {
                    if ok { force.force_update() } else { d.dispatch(Action::SetLang(Lang::Ja)) }
                });
            }
        });
    }
    let lang = Some(state.settings.lang).filter(|l| super::packs::ready(*l)).unwrap_or(Lang::Ja);

    // The register: the document's language, and the apology's should the widget panic.
    // `#review`, `#privacy`: the static pages of the register.
    use_effect_with((state.screen, state.settings.lang, lang), |(screen, chosen, lang)| {
        dom::set_document_lang(lang.tag());
        super::panic::set_lang(*lang);
        match screen {
            Screen::Review => dom::replace_location(review_page(*chosen)),
            Screen::Privacy => dom::replace_location(privacy_page(*chosen)),
            _ => {}
        }
    });

    // After each screen change: record it in history, retitle the page, move focus.
    {
        let s = state.clone();
        use_effect_with((state.nav_seq, lang), move |(_, lang)| {
            dom::set_title(&t(*lang, Msg::DocumentTitle(s.screen)).plain());
            // Whatever was being read belongs to the screen or register before.
            dom::stop_speaking();
            match s.nav {
                Nav::Initial | Nav::Replace | Nav::Swap => dom::replace_entry(s.entry()),
                Nav::Push => dom::push_entry(s.entry()),
                Nav::Restore | Nav::Stay => {}
            }
            let moved = !matches!(s.nav, Nav::Initial | Nav::Stay);
            if moved {
                dom::focus_id(HEADING_ID);
            }
            // In a frame: the host's loader titles the frame in this register and, after a
            // step, brings its top into view (WebKit does not scroll the host to a focused
            // element inside a frame).
            if s.settings.framed {
                dom::tell_host(Some((lang.key(), moved)));
            }
        });
    }

    let answers = state.answers();
    let has_answers = state.answers != Answers::default();
    let dispatcher = state.dispatcher();
    let ctx = Ctx {
        lang,
        who: state.settings.who,
        today: state.today,
        dispatch: Callback::from(move |a| dispatcher.dispatch(a)),
        depth: state.depth,
        kiosk: state.settings.kiosk(),
    };
    let clear = start_over(&ctx.dispatch);
    // A kiosk's end of session: everything of the person goes; the kiosk's presets stay.
    let wipe = ctx.dispatch.reform(|_: ()| {
        // A newer build waiting in the kiosk's offline copy: start it now, between two people.
        if dom::newer_build_ready() {
            dom::reload();
        }
        dom::forget_fragment();
        dom::stop_speaking();
        dom::scroll_to_top();
        Action::Wipe { today: dom::today() }
    });
    let screen = match state.screen {
        Screen::Start => html! { <Start who={state.settings.who} kiosk={ctx.kiosk} /> },
        Screen::Question(Question::Schooling) => html! {
            <questions::Schooling answers={answers.clone()} today={state.today} />
        },
        Screen::Question(Question::Work) => {
            html! { <questions::WorkQuestion current={answers.work} /> }
        }
        Screen::Question(Question::Municipality) => html! {
            <questions::Municipality current={answers.muni} />
        },
        Screen::Check => html! { { check(&ctx, &answers) } },
        Screen::Result => html! {
            <ResultPage answers={state.answers.clone()} settings={state.settings.clone()} />
        },
        // The data review and privacy pages are static pages beside the widget (made at build
        // time): `#review` and `#privacy` open them; the link stays in case the browser does
        // not follow.
        Screen::Review => html! {
            <section class="screen">
                <p><a href={review_page(lang)}>{ t(lang, k::REVIEW_LINK) }</a></p>
            </section>
        },
        Screen::Privacy => html! {
            <section class="screen">
                <p><a href={privacy_page(lang)}>{ t(lang, k::PRIVACY_LINK) }</a></p>
            </section>
        },
    };

    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div class="navi" lang={lang.tag()} data-lang={lang.key()} data-mode={state.settings.presets.mode.key()}>
                <header class="navi-header">
                    <div class="navi-title">
                        <p class="navi-name">{ t(lang, k::APP_NAME) }</p>
                        <p class="navi-tagline">{ t(lang, k::APP_TAGLINE) }</p>
                    </div>
                    <div class="navi-tools">
                        { lang_switch(&ctx) }
                        <ReadAloud />
                        if ctx.kiosk {
                            <button type="button" class="button-end" data-action="end" onclick={wipe.reform(|_: MouseEvent| ())}>
                                { t(lang, k::KIOSK_END) }
                            </button>
                        }
                    </div>
                </header>
                <main class="navi-main">
                    { notices(&ctx, &state.notices) }
                    { screen }
                </main>
                <footer class="navi-footer">
                    // The start and check screens say it themselves, once.
                    if !matches!(state.screen, Screen::Start | Screen::Check) { <p>{ t(lang, k::PRIVACY_SHORT) }</p> }
                    <p>{ t(lang, k::DISCLAIMER) }</p>
                    <p class="data-date">{ t(lang, Msg::DataAsOf(DATA_DATE)) }</p>
                    if ctx.kiosk && data_is_stale(state.today) {
                        <p class="kiosk-stale" role="note" data-stale="">{ t(lang, Msg::KioskDataStale(DATA_DATE)) }</p>
                    }
                    <ul class="footer-links">
                        // New tabs: the answers live only in this page's memory. On a kiosk,
                        // nothing leads out of the widget: the privacy page is a QR code of the
                        // public address, when the kiosk names one.
                        if !ctx.kiosk {
                            <li>{ external_link(&ctx, privacy_page(lang), "", html! { { t(lang, k::PRIVACY_LINK) } }) }</li>
                            <li>{ external_link(&ctx, review_page(lang), "", html! { { t(lang, k::REVIEW_LINK) } }) }</li>
                        } else if let Some(site) = &state.settings.presets.site {
                            <li>{ external_link(&ctx, &format!("{site}{}", privacy_page(lang)), "", html! { { t(lang, k::PRIVACY_LINK) } }) }</li>
                        }
                        if has_answers {
                            <li><button type="button" class="button-link" data-action="clear" onclick={clear}>{ t(lang, k::CLEAR_ANSWERS) }</button></li>
                        }
                    </ul>
                </footer>
                if ctx.kiosk {
                    <IdleGuard pristine={state.is_pristine()} on_wipe={wipe} />
                }
            </div>
        </ContextProvider<Ctx>>
    }
}

/// The fragment that makes the widget panic on purpose, so the e2e tests can see the apology
/// page of the real build. It shows nothing but that page (in the register of a `&lang=`
/// after it).
pub const PANIC_TEST_FRAGMENT: &str = "#panic-test";

/// Mounts the widget on `#app`, replacing the static start screens (or "loading" line): installs the panic page,
/// fetches the register packs (the network closes once they are in: `packs`), then renders.
pub fn start() {
    super::panic::install();
    let kiosk = crate::settings::parse_query(&dom::location_query()).mode == crate::settings::Mode::Kiosk
        && !dom::is_framed();
    super::packs::fetch_all(kiosk);
    let root = gloo::utils::document().get_element_by_id("app").unwrap_or_else(|| {
        let body = gloo::utils::body();
        let div = gloo::utils::document().create_element("div").expect("create div");
        let _ = body.append_child(&div);
        div
    });
    // The first render in a task of its own: the browser may paint and take input between
    // the wasm's start and the render (shorter tasks, a smaller Total Blocking Time). The
    // static start screen's state is read then, and the widget takes its place in that same
    // task (no frame is painted in between).
    gloo::timers::callback::Timeout::new(0, move || mount(root, false)).forget();
}

/// Renders the widget in place of the static screens, once the register it opens in has its
/// words, and 日本語 too, which a register whose pack failed falls back to: until then the
/// static screen of that register stays, and still works. Without 日本語's words the widget
/// cannot stand in for it: the static screen says it could not be loaded, as when the wasm
/// could not.
fn mount(root: web_sys::Element, waited: bool) {
    let (boot, focus) = dom::take_boot();
    let lang = State::initial(dom::today(), &dom::location_query(), &dom::location_hash())
        .resume(boot)
        .settings
        .lang;
    if !waited {
        // Both at once: the later of the two mounts (a register's, then 日本語's, or the
        // other way round).
        return super::packs::when_ready(lang, move |_| {
            super::packs::when_ready(
                Lang::Ja,
                move |ja| if ja { mount(root, true) } else { dom::boot_failed() },
            )
        });
    }
    super::panic::set_lang(lang);
    let hash = dom::location_hash();
    if hash == PANIC_TEST_FRAGMENT || hash.starts_with(&format!("{PANIC_TEST_FRAGMENT}&")) {
        panic!("a deliberate panic ({PANIC_TEST_FRAGMENT}) to check the apology page");
    }
    // Emptied node by node: no markup is parsed (Trusted Types allow no `innerHTML`).
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    yew::Renderer::<App>::with_root_and_props(root, AppProps { boot, focus: focus.map(AttrValue::from) })
        .render();
}
