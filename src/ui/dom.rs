//! The few browser facts the widget reads or writes: the date, the fragment, history
//! entries (a screen number and a depth, never an answer), focus and the document title.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::date::Date;
use crate::flow::Entry;

/// Today on the device (local time). Falls back to the build's reference date if the clock
/// is absurd.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let y = u16::try_from(now.get_full_year()).unwrap_or(0);
    let m = u8::try_from(now.get_month() + 1).unwrap_or(0);
    let d = u8::try_from(now.get_date()).unwrap_or(0);
    Date::new(y, m, d).unwrap_or(Date { y: 2026, m: 1, d: 1 })
}

pub fn location_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The page's query string: the host's presets (`?mode=…&muni=…`).
pub fn location_query() -> String {
    gloo::utils::window().location().search().unwrap_or_default()
}

/// The widget's entry in `history.state`, if the state is one the widget wrote.
pub fn read_entry(state: &JsValue) -> Option<Entry> {
    Entry::decode(state.as_f64())
}

/// Removes the fragment (it may hold a deep link's answers) without a new history entry and
/// without a `hashchange`, when the person clears their answers.
pub fn forget_fragment() {
    let w = gloo::utils::window();
    if w.location().hash().unwrap_or_default().is_empty() {
        return;
    }
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&h.state().unwrap_or(JsValue::NULL), "", Some(&page_address()));
    }
}

/// The page's address without the fragment (for a link the person asks for).
pub fn page_address() -> String {
    let loc = gloo::utils::window().location();
    format!(
        "{}{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    )
}

/// The policy added once the widget has started, on top of the one in index.html: from now on
/// the browser itself refuses any fetch, XHR, beacon, WebSocket, script, image or frame load.
pub const LOCKED_POLICY: &str = "default-src 'none'; connect-src 'none'; script-src 'none'; img-src data:; style-src 'self'; font-src 'none'; media-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/// What a kiosk never framed keeps of the first policy: its offline worker, sw.js (the page's one
/// Trusted Types policy passes no other script URL), registered whenever the widget says it
/// is a kiosk, before or after the network closes.
pub const KIOSK_WORKER: (&str, &str) = ("worker-src 'none'", "worker-src 'self'");

/// Puts `LOCKED_POLICY` in force (a second Content-Security-Policy; browsers enforce every
/// policy, so this can only tighten the first); on a kiosk not framed, with `KIOSK_WORKER`.
pub fn lock_network(kiosk: bool) {
    let doc = gloo::utils::document();
    let Ok(meta) = doc.create_element("meta") else { return };
    let _ = meta.set_attribute("http-equiv", "Content-Security-Policy");
    let policy =
        if kiosk { LOCKED_POLICY.replace(KIOSK_WORKER.0, KIOSK_WORKER.1) } else { LOCKED_POLICY.into() };
    let _ = meta.set_attribute("content", &policy);
    if let Some(head) = doc.head() {
        let _ = head.append_child(&meta);
    }
}

pub fn push_entry(e: Entry) {
    if let Ok(h) = gloo::utils::window().history() {
        let _ = h.push_state(&JsValue::from_f64(e.encode()), "");
    }
}

pub fn replace_entry(e: Entry) {
    if let Ok(h) = gloo::utils::window().history() {
        let _ = h.replace_state(&JsValue::from_f64(e.encode()), "");
    }
}

/// Leaves the widget for another page of the site, replacing this history entry.
pub fn replace_location(url: &str) {
    let _ = gloo::utils::window().location().replace(url);
}

pub fn history_back() {
    if let Ok(h) = gloo::utils::window().history() {
        let _ = h.back();
    }
}

pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// `<html lang>` follows the widget's register (a host page embedding it by iframe is not
/// touched: this is the widget's own document).
pub fn set_document_lang(tag: &str) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("lang", tag);
    }
}

/// A kiosk's page is hidden (screen off, machine asleep, another tab): its content is hidden
/// with it, so that the first frame on waking shows nothing of the last person before the idle
/// guard has looked at the clock.
pub fn set_away(away: bool) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = if away { html.set_attribute("data-away", "") } else { html.remove_attribute("data-away") };
    }
}

/// The widget cannot start (its 日本語 words could not be had): the static start screen says so
/// in its register, as when the wasm could not be loaded, and offers no start button.
pub fn boot_failed() {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("data-boot-failed", "");
    }
}

/// What the static start screen of `index.html` recorded before the widget started (see
/// `flow::State::resume`), and the control that had focus there, as a selector of the same
/// control in the widget's own markup. Nothing when that screen was not shown.
pub fn take_boot() -> (crate::flow::Boot, Option<String>) {
    use crate::flow::Boot;
    use crate::settings::Who;
    // index.html's first script keeps these on <html> while its start screen is in use.
    let Some(root) = gloo::utils::document().document_element() else { return (Boot::default(), None) };
    let attr = |a: &str| root.get_attribute(a);
    let Some(lang) = attr("data-boot").and_then(|k| crate::text::Lang::from_key(&k)) else {
        return (Boot::default(), None);
    };
    let begin = attr("data-begin");
    let who = begin.clone().or_else(|| attr("data-who")).and_then(|w| Who::from_key(&w));
    (Boot { lang: Some(lang), who, begin: begin.is_some() }, attr("data-focus").filter(|f| !f.is_empty()))
}

/// Focuses the element `selector` finds, if any.
pub fn focus_selector(selector: &str) {
    if let Ok(Some(el)) = gloo::utils::document().query_selector(selector)
        && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = el.focus();
    }
}

/// A kiosk's offline worker has put a newer build in place (the page's start-up script marks
/// it; see `tools/harden.mjs`): the end of a session is the moment to start it.
pub fn newer_build_ready() -> bool {
    gloo::utils::document().document_element().is_some_and(|r| r.has_attribute("data-update"))
}

pub fn reload() {
    let _ = gloo::utils::window().location().reload();
}

/// Moves focus to an element by id (headings carry `tabindex="-1"`).
pub fn focus_id(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id)
        && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = el.focus();
    }
}

/// Asks the browser for the device's position, once, only when the person pressed the button.
/// The position goes to `on_ok` and nowhere else: it is not stored or sent.
pub fn locate(on_ok: yew::Callback<crate::guidance::LatLng>, on_err: yew::Callback<()>) {
    let Ok(geo) = gloo::utils::window().navigator().geolocation() else {
        on_err.emit(());
        return;
    };
    let err = on_err.clone();
    let ok = Closure::once_into_js(move |pos: JsValue| {
        // GeolocationPosition.coords.{latitude, longitude}, read without unchecked casts.
        let get = |v: &JsValue, k: &str| js_sys::Reflect::get(v, &JsValue::from_str(k)).ok();
        let coords = get(&pos, "coords");
        let num =
            |k| coords.as_ref().and_then(|c| get(c, k)).and_then(|v| v.as_f64()).filter(|n| n.is_finite());
        match (num("latitude"), num("longitude")) {
            (Some(lat), Some(lng)) => on_ok.emit(crate::guidance::LatLng { lat, lng }),
            _ => err.emit(()),
        }
    });
    let fail = Closure::once_into_js(move |_: JsValue| on_err.emit(()));
    let options = web_sys::PositionOptions::new();
    options.set_timeout(15_000);
    options.set_maximum_age(0);
    let _ = geo.get_current_position_with_error_callback_and_options(
        ok.unchecked_ref(),
        Some(fail.unchecked_ref()),
        &options,
    );
}

// ---- Read aloud (on-device voices only; `crate::speech` decides which) -------------------

fn synth() -> Option<web_sys::SpeechSynthesis> {
    gloo::utils::window().speech_synthesis().ok()
}

/// The voices the browser lists, as the pure chooser sees them, with the browser's objects.
pub fn voices() -> Vec<(crate::speech::Voice, web_sys::SpeechSynthesisVoice)> {
    let Some(s) = synth() else { return Vec::new() };
    // The browser's own list: taken as voices without a class check.
    s.get_voices()
        .iter()
        .map(|v| v.unchecked_into::<web_sys::SpeechSynthesisVoice>())
        .map(|v| {
            let seen = crate::speech::Voice {
                name: v.name(),
                lang: v.lang(),
                local: v.local_service(),
                default: v.default(),
            };
            (seen, v)
        })
        .collect()
}

/// Calls `f` whenever the browser's list of voices changes (it fills in after load).
pub fn on_voices_changed(f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let s = synth()?;
    Some(gloo::events::EventListener::new(&s, "voiceschanged", move |_| f()))
}

/// Speaks the pieces in order with this voice; `on_end` when the last one ends or fails.
pub fn speak(
    pieces: &[String],
    voice: &web_sys::SpeechSynthesisVoice,
    lang: &str,
    on_end: impl Fn() + 'static,
) {
    let Some(s) = synth() else { return };
    s.cancel();
    let on_end = std::rc::Rc::new(on_end);
    for (i, piece) in pieces.iter().enumerate() {
        let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(piece) else { continue };
        u.set_voice(Some(voice));
        u.set_lang(lang);
        if i + 1 == pieces.len() {
            let f = on_end.clone();
            // Freed once called: an utterance ends or fails, once (a closure kept for ever
            // would keep the component it calls back, and its page, after that screen is gone).
            let done = Closure::once_into_js(move || f());
            u.set_onend(Some(done.unchecked_ref()));
            u.set_onerror(Some(done.unchecked_ref()));
        }
        s.speak(&u);
    }
}

/// The device is reading something aloud (or about to).
pub fn speaking() -> bool {
    synth().is_some_and(|s| s.speaking() || s.pending())
}

pub fn stop_speaking() {
    if let Some(s) = synth()
        && (s.speaking() || s.pending())
    {
        s.cancel();
    }
}

/// The base text of what the current screen shows: the result's summary (with the heading) or
/// the whole screen. Readings (`rt`, `rp`), hidden text and closed details are left out, so
/// each word is read once, as written.
pub fn screen_text(heading_id: &str) -> String {
    let doc = gloo::utils::document();
    let parts: Vec<web_sys::Element> = match doc.query_selector("[data-summary]").ok().flatten() {
        Some(summary) => [doc.get_element_by_id(heading_id), Some(summary)].into_iter().flatten().collect(),
        None => doc.query_selector(".navi-main .screen").ok().flatten().into_iter().collect(),
    };
    let mut out = String::new();
    for p in parts {
        collect_text(&p, &mut out);
    }
    out
}

fn collect_text(node: &web_sys::Node, out: &mut String) {
    if node.node_type() == web_sys::Node::TEXT_NODE {
        out.push_str(&node.text_content().unwrap_or_default());
        return;
    }
    let Some(el) = node.dyn_ref::<web_sys::Element>() else { return };
    let tag = el.tag_name().to_ascii_lowercase();
    let hidden = matches!(tag.as_str(), "rt" | "rp" | "script" | "style" | "svg" | "input" | "button")
        || el.get_attribute("class").is_some_and(|c| c.split_whitespace().any(|c| c == "visually-hidden"))
        || el.get_attribute("aria-hidden").as_deref() == Some("true")
        || el.has_attribute("hidden");
    if hidden {
        return;
    }
    let closed = tag == "details" && !el.has_attribute("open");
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else { continue };
        if closed
            && child
                .dyn_ref::<web_sys::Element>()
                .is_none_or(|c| !c.tag_name().eq_ignore_ascii_case("summary"))
        {
            continue;
        }
        collect_text(&child, out);
    }
    if matches!(
        tag.as_str(),
        "p" | "h1" | "h2" | "h3" | "li" | "dt" | "dd" | "div" | "legend" | "label" | "summary" | "a"
    ) {
        out.push('\n');
    }
}

// ---- Frames, kiosks, printing ---------------------------------------------------------

/// The widget runs inside a frame of another page (a municipal site's embed).
pub fn is_framed() -> bool {
    let w = gloo::utils::window();
    match w.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &w),
        _ => false,
    }
}

thread_local! {
    /// The height last told to the host.
    static TOLD: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Tells the page around the frame what its loader (`assets/embed.js`) needs, and nothing of
/// the person: the content height when it changed (`crate::frame` decides the number), and,
/// with `screen`, the register and whether a new screen was opened by the person (the loader
/// then brings the frame's top into view, and titles the frame in that register). Measured
/// here, not only by the observer: a frame out of view has no rendering updates in Chromium,
/// yet it must have its height before it is scrolled to.
pub fn tell_host(screen: Option<(&str, bool)>) {
    let Some(parent) = gloo::utils::window().parent().ok().flatten() else { return };
    let Some(root) = gloo::utils::document().document_element() else { return };
    let post = |fields: &[(&str, JsValue)]| {
        let msg = js_sys::Object::new();
        for (k, v) in fields {
            let _ = js_sys::Reflect::set(&msg, &(*k).into(), v);
        }
        // Any host may frame the public widget, and this is all it learns.
        let _ = parent.post_message(&msg, "*");
    };
    // The root's own box: its content, whatever the frame's height (no `vh` in the style).
    let h = crate::frame::reported_height(root.get_bounding_client_rect().height());
    if TOLD.with(|t| t.replace(h)) != h {
        post(&[("type", crate::frame::HEIGHT.into()), ("height", h.into())]);
    }
    if let Some((lang, top)) = screen {
        post(&[("type", crate::frame::SCREEN.into()), ("lang", lang.into()), ("top", top.into())]);
    }
}

/// Tells the host the height whenever it changes, from now on. The returned value keeps the
/// observer alive; dropping it stops the reports.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

pub fn report_height() -> Option<HeightReporter> {
    let root = gloo::utils::document().document_element()?;
    let callback = Closure::<dyn FnMut()>::new(|| tell_host(None));
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    tell_host(None);
    Some(HeightReporter { observer, _callback: callback })
}

/// The browser's print dialog (prints only this frame when embedded).
pub fn print() {
    let _ = gloo::utils::window().print();
}

pub fn scroll_to_top() {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Opens a `<dialog>` as a modal (the rest of the page becomes inert) or closes it. (Opening
/// an open one is refused harmlessly; closing a closed one does nothing.)
pub fn show_modal(dialog: &yew::NodeRef, open: bool) {
    let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() else { return };
    if open {
        let _ = d.show_modal();
    } else {
        d.close();
    }
}

/// A kiosk's offline worker is the start-up script's to handle (`tools/harden.mjs`: it holds
/// the page's one Trusted Types policy, for exactly `./sw.js`); the widget, the one reader of
/// `mode=`, tells it when the page is a kiosk (never framed) and when to ask the worker about
/// the published build, by events on the document that carry nothing else.
pub fn tell_start_up(event: &str) {
    if let Ok(e) = web_sys::Event::new(event) {
        let _ = gloo::utils::document().dispatch_event(&e);
    }
}

/// The worker's answer about the published build, once (the start-up script puts it on
/// `<html data-build>`).
pub fn take_build_answer() -> Option<crate::flow::BuildCheck> {
    use crate::flow::BuildCheck;
    let html = gloo::utils::document().document_element()?;
    let answer = html.get_attribute("data-build")?;
    let _ = html.remove_attribute("data-build");
    Some(match answer.as_str() {
        "current" => BuildCheck::Current,
        "newer" => BuildCheck::Newer,
        _ => BuildCheck::Unreachable,
    })
}

/// Runs `f` once what is on screen now has been painted (the next frame, then a task after
/// it), or after a quarter of a second where frames do not come (a hidden tab, a frame out of
/// view): whichever is first. Each callback is freed once called; calling `f` on a component
/// that has gone since is harmless (its state is no more).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let f = Rc::new(Cell::new(Some(f)));
    let run = move || {
        if let Some(f) = f.take() {
            f()
        }
    };
    // One closure type for both callbacks: one piece of glue in the wasm.
    fn later(run: Box<dyn FnOnce()>, ms: i32) {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(
            Closure::once_into_js(run).unchecked_ref(),
            ms,
        );
    }
    later(Box::new(run.clone()), 250);
    // In the frame's callback the frame is not painted yet: a task queued there runs after it.
    let frame: Box<dyn FnOnce()> = Box::new(move || later(Box::new(run), 0));
    let window = gloo::utils::window();
    let frame = Closure::once_into_js(frame);
    let _ = window.request_animation_frame(frame.unchecked_ref());
}
