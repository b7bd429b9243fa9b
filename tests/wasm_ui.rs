//! Component tests: the real `App` mounted in headless Chromium, driven through the DOM.
//! `yew::scheduler::flush()` waits for rendering, so there are no sleeps.
//!
//! Run with `make test` (or `cargo test --target wasm32-unknown-unknown` with CHROMEDRIVER set).
#![cfg(target_arch = "wasm32")]

use kumamoto_shien_navi::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted widget; unmounted (listeners removed) when dropped.
struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

impl Mounted {
    fn q(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn must(&self, selector: &str) -> Element {
        self.q(selector)
            .unwrap_or_else(|| panic!("no element matches {selector}: {}", self.root.inner_html()))
    }

    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    fn text(&self, selector: &str) -> String {
        self.must(selector).text_content().unwrap_or_default()
    }

    async fn click(&self, selector: &str) {
        self.must(selector).unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
        self.complete().await;
    }

    /// A result paints its first screen, then builds the rest after that paint
    /// (src/ui/components/result.rs): waits for it, frame by frame. Elsewhere, returns.
    async fn complete(&self) {
        for _ in 0..100 {
            if self.q(".screen-result").is_none() || self.q(".screen-result[data-complete]").is_some() {
                return;
            }
            after_next_frame().await;
            yew::scheduler::flush().await;
        }
        panic!("the result was never completed: {}", self.root.inner_html());
    }

    async fn type_into(&self, selector: &str, value: &str) {
        let input: HtmlInputElement = self.must(selector).unchecked_into();
        input.set_value(value);
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        let ev = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
        input.dispatch_event(&ev).unwrap();
        yew::scheduler::flush().await;
    }

    /// Submits the screen's form the way a browser does (submit event, cancelable).
    async fn submit(&self) {
        let form: web_sys::HtmlFormElement = self.must("form").unchecked_into();
        form.request_submit().unwrap();
        yew::scheduler::flush().await;
        self.complete().await;
    }
}

/// Words for a made-up office (`an_office_notice_is_shown_prominently`): in the wasm a text is
/// its entry of the packs, so the tests' packs hold these after the build's texts.
const TEST_TEXTS: [&str; 4] = ["テスト用サポステ", "テスト", "096-000-0000", "臨時休所中です（テスト）"];

/// The register packs, as the widget has them once it has fetched them (`src/pack`), with the
/// tests' own words after them. Once for the page: the packs are kept for its life.
fn install_packs() {
    let files = [
        include_str!(concat!(env!("OUT_DIR"), "/pack-ja.txt")),
        include_str!(concat!(env!("OUT_DIR"), "/pack-easy.txt")),
        include_str!(concat!(env!("OUT_DIR"), "/pack-en.txt")),
    ];
    for (i, file) in files.into_iter().enumerate() {
        assert!(kumamoto_shien_navi::pack::split(file, i).is_ok(), "the build's pack {i}");
        let texts: Vec<&'static str> = file.split('\n').chain(TEST_TEXTS).collect();
        kumamoto_shien_navi::text::pack::install(i, texts).unwrap();
    }
}

/// One of the tests' own words, as a text of the data.
fn test_text(word: &str) -> kumamoto_shien_navi::text::Tr {
    let i = TEST_TEXTS.iter().position(|w| *w == word).expect("one of TEST_TEXTS");
    kumamoto_shien_navi::text::Tr::packed((kumamoto_shien_navi::pack::PACKS[0].len + i) as u16)
}

/// Sets the fragment without a `hashchange` event (as if the page had been opened with it)
/// and mounts a fresh widget, its words in.
async fn mount(fragment: &str) -> Mounted {
    let m = mount_first_paint(fragment).await;
    m.complete().await;
    m
}

/// The next frame, then a task after it: when the browser has painted.
async fn after_next_frame() {
    let window = gloo::utils::window();
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        window.request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    let task = js_sys::Promise::new(&mut |resolve, _| {
        window.set_timeout_with_callback(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(task).await.unwrap();
}

/// `mount`, as it is before the browser's first paint.
async fn mount_first_paint(fragment: &str) -> Mounted {
    install_packs();
    let window = gloo::utils::window();
    let url = format!("{}{}", window.location().pathname().unwrap(), window.location().search().unwrap());
    let url = if fragment.is_empty() { url } else { format!("{url}#{fragment}") };
    window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)).unwrap();
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    Mounted { root, handle: Some(handle) }
}

fn active_id() -> String {
    gloo::utils::document().active_element().map(|e| e.id()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_complete_deep_link_opens_on_the_result() {
    let w = mount("grad=1998&school=univ&work=seeking&muni=432024").await;
    assert_eq!(w.must("[data-cohort]").get_attribute("data-cohort").as_deref(), Some("yes"));
    assert!(w.q("[data-office='saposte-yatsushiro']").is_some());
    assert!(w.q(".places [data-office='saposte-kumamoto']").is_none(), "only the Saposte covering 八代市");
    assert!(w.q(".elsewhere [data-office='saposte-kumamoto']").is_some(), "the others are listed apart");
    assert!(w.count(".places [data-office]") >= 4, "the municipality's four doors");
    assert!(w.text("[data-cohort]").contains("就職氷河期世代"));
    assert_eq!(w.count("[data-programme][data-verdict]"), 11, "every programme is rendered once");
    assert_eq!(
        w.must("[data-programme='hellowork-desk']").get_attribute("data-verdict").as_deref(),
        Some("likely")
    );
    assert!(
        w.q("details.unlikely [data-programme='short-qualification']").is_some(),
        "ended: collapsed, still there"
    );
    // The summary: the verdict, the first step, the first place with a way to reach it.
    assert!(w.q("[data-summary] [data-cohort='yes']").is_some());
    assert_eq!(
        w.must("[data-summary] [data-step]").get_attribute("data-step").as_deref(),
        Some("hellowork-desk")
    );
    let first = w.must("[data-summary] [data-office]");
    assert_eq!(first.get_attribute("data-office").as_deref(), Some("hellowork-yatsushiro"));
    // Its phone, from 熊本労働局's list of May 2017, called from the summary.
    let link = first.query_selector("a").unwrap().expect("a way to reach it");
    assert_eq!(link.get_attribute("href").as_deref(), Some("tel:0965318609"));
}

#[wasm_bindgen_test]
async fn a_result_paints_its_answer_first_and_the_rest_after() {
    let w = mount_first_paint("grad=1998&school=univ&work=seeking&muni=432024").await;
    // Before the first paint: the verdict, the first step and the first place, nothing more
    // (not the notices under them, nor the printed slip's head, hidden on screen).
    assert!(w.q("[data-summary] [data-cohort='yes']").is_some());
    assert!(w.q("[data-summary] [data-office='hellowork-yatsushiro'] a[href^='tel:']").is_some());
    assert!(w.q(".screen-result[data-complete]").is_none());
    assert_eq!(w.count(".places [data-office]"), 0);
    assert_eq!(w.count("[data-programme][data-verdict]"), 0);
    assert_eq!(w.count("[data-notice]"), 0);
    assert_eq!(w.count(".slip"), 0);
    // After it, all of it, in the page's order: the slip's head first, the notice under the summary.
    after_next_frame().await;
    yew::scheduler::flush().await;
    assert!(w.q(".screen-result[data-complete]").is_some());
    assert!(w.q(".screen-result > .slip-head:first-child").is_some());
    assert!(w.q(".screen-result > .summary-card + [data-notice]").is_some());
    assert!(w.count(".places [data-office]") >= 4);
    assert_eq!(w.count("[data-programme][data-verdict]"), 11);
    // A switch of register paints the summary in the new one first, then builds the rest again.
    w.click("[data-set-lang='en']").await;
    assert!(w.q(".screen-result[data-complete]").is_some());
    assert_eq!(w.count("[data-programme][data-verdict]"), 11);
    assert!(w.text(".places").contains("Hello Work"), "{}", w.text(".places"));
}

#[wasm_bindgen_test]
async fn near_and_no_verdicts_explain_the_definition() {
    let w = mount("grad=2006&school=hs&work=nonregular&muni=432067").await;
    assert_eq!(w.must("[data-cohort]").get_attribute("data-cohort").as_deref(), Some("near"));
    assert!(w.text(".cohort").contains("2006年"));
    assert!(w.q("[data-office='saposte-tamana'] a[href='tel:0968740007']").is_some());
    drop(w);
    let w = mount("grad=2015&school=hs&work=regular&muni=431001&asof=2025-03-31").await;
    assert_eq!(w.must("[data-cohort]").get_attribute("data-cohort").as_deref(), Some("no"));
    assert!(!w.text("[data-summary]").contains("中高年層"), "before 2025-04-01 the widening is not stated");
    assert!(w.text(".asof").contains("2025年3月31日"));
    drop(w);
    let w = mount("grad=2015&school=hs&work=regular&muni=431001&asof=2025-04-01").await;
    assert!(w.text("[data-summary]").contains("2025年4月1日から"));
}

#[wasm_bindgen_test]
async fn the_whole_flow_by_the_dom() {
    let w = mount("").await;
    assert!(w.text("h1").contains("探しましょう"));
    w.click(".button-start").await;
    assert_eq!(active_id(), "screen-heading", "focus moves to the new screen's heading");

    // Question 1: an empty submit shows every error and focuses the first field.
    w.submit().await;
    assert_eq!(w.count(".error-message"), 2, "school and year are required; birth year is not");
    assert_eq!(active_id(), "school-jhs");
    w.click("#school-univ").await;
    w.type_into("#field-grad", "平成10年").await;
    assert!(w.text("#field-grad-support").contains("1998年は平成10年"));
    w.type_into("#field-born", "1990").await;
    w.submit().await;
    assert_eq!(active_id(), "field-born", "an implausible birth year is refused");
    assert_eq!(w.must("#field-born").get_attribute("aria-invalid").as_deref(), Some("true"));
    w.type_into("#field-born", "").await;
    w.submit().await;

    // Question 2
    assert!(w.text("h1").contains("お仕事"));
    w.click("#work-withdrawn").await;
    w.submit().await;

    // Question 3: typing filters; Enter with one match chooses it.
    assert_eq!(w.count("input[name=muni]"), 45);
    w.type_into("#field-muni-filter", "ゆのまえ").await;
    assert_eq!(w.count("input[name=muni]"), 1);
    w.submit().await;

    // Check your answers, then the result.
    assert!(w.text("h1").contains("答えの確認"));
    assert!(w.text(".summary").contains("湯前町"));
    assert!(w.text(".summary").contains("1998年（平成10年）"));
    w.click(".screen > button.button").await;
    assert_eq!(w.must("[data-cohort]").get_attribute("data-cohort").as_deref(), Some("yes"));
    assert!(w.q("[data-office='saposte-yatsushiro']").is_some(), "湯前町 (球磨郡) → やつしろ");
    let first = w.must("[data-summary] [data-office]").get_attribute("data-office").unwrap();
    assert_eq!(first, "hikikomori-yurukoko", "a withdrawn person sees the hikikomori centre first");
    assert!(w.q("[data-summary] a[href='tel:0963861177']").is_some(), "with its phone number to call");
}

#[wasm_bindgen_test]
async fn a_bad_link_is_dropped_politely_and_the_question_asked() {
    let w = mount("grad=1998&school=univ&work=<script>alert(1)</script>&muni=999999").await;
    assert!(w.text(".notice").contains("いまのお仕事"));
    assert!(w.text(".notice").contains("市町村"));
    assert!(!w.root.inner_html().contains("<script>"), "no input is ever inserted as HTML");
    assert!(w.text("h1").contains("お仕事"), "the first missing question is asked");
    w.click(".notice .button-link").await;
    assert!(w.q(".notice").is_none());
}

#[wasm_bindgen_test]
async fn a_change_of_fragment_is_read_again() {
    let w = mount("").await;
    gloo::utils::window().location().set_hash("grad=2001&school=hs&work=seeking&muni=431001").unwrap();
    // `hashchange` is queued as a task: wait for it, then for the render.
    let (tx, rx) = futures_channel();
    let _l = gloo::events::EventListener::once(&gloo::utils::window(), "hashchange", move |_| {
        let _ = tx.send(());
    });
    let _ = rx.await;
    yew::scheduler::flush().await;
    w.complete().await;
    assert_eq!(w.must("[data-cohort]").get_attribute("data-cohort").as_deref(), Some("yes"));
    assert!(w.q("[data-office='saposte-kumamoto']").is_some());
}

fn futures_channel() -> (futures::channel::oneshot::Sender<()>, futures::channel::oneshot::Receiver<()>) {
    futures::channel::oneshot::channel()
}

/// A temporary notice (closure, move) is shown prominently at the top of the office's card.
/// No office has one in the data today, so the card is rendered with a made-up office.
#[wasm_bindgen_test]
async fn an_office_notice_is_shown_prominently() {
    use kumamoto_shien_navi::directory::{self, MuniCode, Office, OfficeKind, Sourced, UrlKind};
    use kumamoto_shien_navi::guidance::{Detail, Freshness, Place, Reach, SourceLine};
    use kumamoto_shien_navi::ui::components::office_card::office_card;
    use kumamoto_shien_navi::ui::ctx::Ctx;
    use yew::prelude::*;

    install_packs();
    let office: &'static Office = Box::leak(Box::new(Office {
        id: "saposte-test",
        kind: OfficeKind::Saposte,
        name: test_text("テスト用サポステ"),
        operator: None,
        helps: test_text("テスト"),
        covers: &[MuniCode(431001)],
        eligibility: None,
        address: None,
        phone: Some(Sourced { value: test_text("096-000-0000"), source: "seed-pf-2019" }),
        hours: None,
        url: None,
        url_kind: UrlKind::Official,
        location: None,
        notice: Some(Sourced {
            value: test_text("臨時休所中です（テスト）"), source: "seed-pf-2019"
        }),
        source: "seed-pf-2019",
        parts: &[],
        council: false,
    }));
    let seed = directory::source("seed-pf-2019").unwrap();
    let detail = |value| Detail { value: test_text(value), source: seed, freshness: Freshness::Current };
    let place = Place {
        office,
        covers_person: true,
        distance_km: Some(3),
        phone: Some(detail("096-000-0000")),
        address: None,
        hours: None,
        page: None,
        operator: None,
        eligibility: None,
        notice: Some(detail("臨時休所中です（テスト）")),
        reach: Reach::Phone(detail("096-000-0000")),
        contacts_unknown: false,
        address_unknown: false,
        current_details: None,
        old: None,
        sources: SourceLine { sources: vec![seed] },
        jurisdiction: None,
        council: false,
    };

    #[derive(Properties, PartialEq)]
    struct P {
        place: Place,
        kiosk: bool,
    }
    #[function_component]
    fn Wrapper(p: &P) -> Html {
        let ctx = Ctx {
            lang: Default::default(),
            who: Default::default(),
            today: kumamoto_shien_navi::date::Date::parse("2026-11-21").unwrap(),
            dispatch: Callback::noop(),
            depth: 0,
            kiosk: p.kiosk,
        };
        html! {
            <ContextProvider<Ctx> context={ctx.clone()}>
                { office_card(&ctx, &p.place, kumamoto_shien_navi::directory::municipality(kumamoto_shien_navi::directory::MuniCode(432024)).unwrap().hall) }
            </ContextProvider<Ctx>>
        }
    }

    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let handle =
        yew::Renderer::<Wrapper>::with_root_and_props(root.clone(), P { place: place.clone(), kiosk: false })
            .render();
    yew::scheduler::flush().await;
    let notice = root
        .query_selector("[data-office='saposte-test'] .office-notice[role=note]")
        .unwrap()
        .expect("notice");
    assert!(notice.text_content().unwrap().contains("臨時休所中です"));
    // It comes right after the name and distance, before the contacts, so nobody misses it.
    let before = notice.previous_element_sibling().map(|e| e.class_name());
    assert_eq!(before.as_deref(), Some("distance"));
    assert!(root.query_selector("a[href='tel:0960000000']").unwrap().is_some());
    assert_eq!(
        root.query_selector(".distance").unwrap().and_then(|d| d.text_content()).as_deref(),
        Some("距離：約3km")
    );
    handle.destroy();
    root.remove();

    // The same card on a kiosk: no link at all; the phone number large, with a QR code that
    // dials it, and every source as a QR code that says what it opens.
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let handle =
        yew::Renderer::<Wrapper>::with_root_and_props(root.clone(), P { place, kiosk: true }).render();
    yew::scheduler::flush().await;
    assert!(root.query_selector("a").unwrap().is_none(), "no link on a kiosk");
    let tel =
        root.query_selector("[data-qr='tel:0960000000'] svg path").unwrap().expect("a QR code of the number");
    assert!(!tel.get_attribute("d").unwrap().is_empty());
    assert!(
        root.query_selector(".tel-number").unwrap().unwrap().text_content().unwrap().contains("096-000-0000")
    );
    handle.destroy();
    root.remove();
}

/// The panic page: an alert with an apology and a link that starts afresh (the page's own
/// path, no fragment, so no answer survives), built without HTML strings.
#[wasm_bindgen_test]
async fn the_panic_page_apologises_and_offers_a_fresh_start() {
    let app = gloo::utils::document().create_element("div").unwrap();
    app.set_id("app");
    app.set_inner_html("<p>old content</p>");
    gloo::utils::body().append_child(&app).unwrap();
    kumamoto_shien_navi::ui::panic::show_apology();
    let alert = app.query_selector("[role=alert]").unwrap().expect("an alert");
    assert!(alert.text_content().unwrap().contains("申し訳ありません"));
    assert!(!app.inner_html().contains("old content"));
    let link = alert.query_selector("a").unwrap().expect("a link to start again");
    let path = gloo::utils::window().location().pathname().unwrap();
    assert_eq!(link.get_attribute("href"), Some(path));
    app.remove();
}
