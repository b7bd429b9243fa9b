//! The root component: one `use_reducer` holding `flow::State`, the browser events that feed
//! it (fragment changes, Back/Forward, the day changing), and the effects of a screen change
//! (history entry, focus, title). What to do is decided in `flow`; this only wires it.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::components::common::{external_link, start_over};
use super::components::{
    check::check, lang_switch::lang_switch, notices::notices, privacy::privacy, questions,
    read_aloud::ReadAloud, result::ResultPage, start::Start,
};
use super::ctx::{Ctx, HEADING_ID};
use super::dom;
use crate::answers::{Answers, Question};
use crate::flow::{Action, Nav, PRIVACY_FRAGMENT, Screen, State};
use crate::i18n::{Msg, t};
use crate::link::review_page;

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

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| State::initial(dom::today(), &dom::location_query(), &dom::location_hash()));

    // The link contract: read the fragment whenever it changes; follow Back/Forward; notice a
    // new day (every minute, and at once when the page is shown again).
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
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
            move || drop((on_hash, on_pop, on_show, tick))
        });
    }

    // `#review`: the static data review page of the register.
    use_effect_with((state.screen, state.settings.lang), |(screen, lang)| {
        if *screen == Screen::Review {
            dom::replace_location(review_page(*lang));
        }
    });

    // The register: the document's language, and the apology's should the widget panic.
    use_effect_with(state.settings.lang, |lang| {
        dom::set_document_lang(lang.tag());
        super::panic::set_lang(*lang);
    });

    // After each screen change: record it in history, retitle the page, move focus.
    {
        let s = state.clone();
        use_effect_with((state.nav_seq, state.settings.lang), move |_| {
            dom::set_title(&t(s.settings.lang, Msg::DocumentTitle(s.screen)).plain());
            // Whatever was being read belongs to the screen or register before.
            dom::stop_speaking();
            match s.nav {
                Nav::Initial | Nav::Replace => dom::replace_entry(s.entry()),
                Nav::Push => dom::push_entry(s.entry()),
                Nav::Restore | Nav::Stay => {}
            }
            if !matches!(s.nav, Nav::Initial | Nav::Stay) {
                dom::focus_id(HEADING_ID);
            }
        });
    }

    let lang = state.settings.lang;
    let answers = state.answers();
    let has_answers = state.answers != Answers::default();
    let dispatcher = state.dispatcher();
    let ctx = Ctx {
        lang,
        who: state.settings.who,
        today: state.today,
        dispatch: Callback::from(move |a| dispatcher.dispatch(a)),
        depth: state.depth,
    };
    let clear = start_over(&ctx.dispatch);
    let screen = match state.screen {
        Screen::Start => html! { <Start who={state.settings.who} /> },
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
            <ResultPage answers={state.answers.clone()} settings={state.settings} />
        },
        // The data review page is a static page beside the widget (made at build time):
        // `#review` opens it; the link stays in case the browser does not follow.
        Screen::Review => html! {
            <section class="screen">
                <p><a href={review_page(lang)}>{ t(lang, Msg::ReviewLink) }</a></p>
            </section>
        },
        Screen::Privacy => html! { { privacy(&ctx) } },
    };

    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div class="navi" lang={lang.tag()} data-lang={lang.key()}>
                <header class="navi-header">
                    <div class="navi-title">
                        <p class="navi-name">{ t(lang, Msg::AppName) }</p>
                        <p class="navi-tagline">{ t(lang, Msg::AppTagline) }</p>
                    </div>
                    <div class="navi-tools">
                        { lang_switch(&ctx) }
                        <ReadAloud />
                    </div>
                </header>
                <main class="navi-main">
                    { notices(&ctx, &state.notices) }
                    { screen }
                </main>
                <footer class="navi-footer">
                    <p>{ t(lang, Msg::PrivacyShort) }</p>
                    <p>{ t(lang, Msg::Disclaimer) }</p>
                    <ul class="footer-links">
                        if state.screen != Screen::Privacy {
                            <li><a href={format!("#{PRIVACY_FRAGMENT}")}>{ t(lang, Msg::PrivacyLink) }</a></li>
                        }
                        // A new tab: the answers live only in this page's memory.
                        <li>{ external_link(lang, review_page(lang), "", html! { { t(lang, Msg::ReviewLink) } }) }</li>
                        if has_answers {
                            <li><button type="button" class="button-link" data-action="clear" onclick={clear}>{ t(lang, Msg::ClearAnswers) }</button></li>
                        }
                    </ul>
                </footer>
            </div>
        </ContextProvider<Ctx>>
    }
}

/// The fragment that makes the widget panic on purpose, so the e2e tests can see the apology
/// page of the real build. It shows nothing but that page (in the register of a `&lang=`
/// after it).
pub const PANIC_TEST_FRAGMENT: &str = "#panic-test";

/// Mounts the widget on `#app`, replacing the static "loading" text: installs the panic page,
/// locks the network (the wasm is loaded; nothing else may be fetched), then renders.
pub fn start() {
    super::panic::install();
    dom::lock_network();
    let (query, hash) = (dom::location_query(), dom::location_hash());
    super::panic::set_lang(State::initial(dom::today(), &query, &hash).settings.lang);
    if hash == PANIC_TEST_FRAGMENT || hash.starts_with(&format!("{PANIC_TEST_FRAGMENT}&")) {
        panic!("a deliberate panic ({PANIC_TEST_FRAGMENT}) to check the apology page");
    }
    let root = gloo::utils::document().get_element_by_id("app").unwrap_or_else(|| {
        let body = gloo::utils::body();
        let div = gloo::utils::document().create_element("div").expect("create div");
        let _ = body.append_child(&div);
        div
    });
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}
