//! A panic is not a dead page: the hook replaces the widget with a short apology and a link
//! that starts again (a fresh load, so nothing of the broken state survives), and logs the
//! panic to the console. It builds the page with DOM calls, not HTML strings, and shows no
//! answer.

use std::panic::PanicHookInfo;
use std::sync::atomic::{AtomicU8, Ordering};

use crate::i18n::{Lang, Text, k};
use crate::text::Piece;

/// The register the apology speaks in: the app records the current one on every change.
static LANG: AtomicU8 = AtomicU8::new(0);

pub fn set_lang(lang: Lang) {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LANG.store(i as u8, Ordering::Relaxed);
}

fn lang() -> Lang {
    Lang::ALL.get(usize::from(LANG.load(Ordering::Relaxed))).copied().unwrap_or_default()
}

pub fn install() {
    std::panic::set_hook(Box::new(on_panic));
}

fn on_panic(info: &PanicHookInfo) {
    web_sys::console::error_1(&format!("くまもと支援ナビ: {info}").into());
    show_apology();
}

/// Replaces the widget's content with the apology. Public for the component tests.
pub fn show_apology() {
    let doc = gloo::utils::document();
    let root = doc.get_element_by_id("app").unwrap_or_else(|| gloo::utils::body().into());
    root.set_text_content(None);
    // The same segments as every other text (ruby, emphasis, Japanese inside English), made
    // with DOM calls.
    let append = |parent: &web_sys::Element, text: &Text| {
        for seg in text.segments() {
            let node: Option<web_sys::Node> = match seg.piece {
                Piece::Text(s) => Some(doc.create_text_node(s).into()),
                Piece::Ruby { base, reading } => (|| {
                    let ruby = doc.create_element("ruby").ok()?;
                    ruby.append_with_str_1(base).ok()?;
                    let rt = doc.create_element("rt").ok()?;
                    rt.set_attribute("aria-hidden", "true").ok()?;
                    rt.set_text_content(Some(reading));
                    ruby.append_child(&rt).ok()?;
                    Some(ruby.into())
                })(),
            };
            let Some(mut node) = node else { continue };
            for (on, tag) in [(seg.ja, "span"), (seg.strong, "strong")] {
                if let (true, Ok(w)) = (on, doc.create_element(tag)) {
                    if tag == "span" {
                        let _ = w.set_attribute("lang", "ja");
                    }
                    let _ = w.append_child(&node);
                    node = w.into();
                }
            }
            let _ = parent.append_child(&node);
        }
    };
    let el = |tag: &str, class: &str, text: Option<Text>| {
        let e = doc.create_element(tag).ok()?;
        if !class.is_empty() {
            let _ = e.set_attribute("class", class);
        }
        if let Some(t) = text {
            append(&e, &t);
        }
        Some(e)
    };
    // Its words are in the wasm in every register: they read right whatever had arrived.
    let l = lang();
    let text = |words: fn(Lang) -> &'static str| Text { lang: l, markup: words(l).into() };
    let (Some(wrap), Some(section), Some(h1), Some(body), Some(again)) = (
        el("div", "navi", None),
        el("section", "screen apology", None),
        el("h1", "", Some(text(k::panic_title))),
        el("p", "", Some(text(k::panic_body))),
        el("a", "button", Some(text(k::panic_restart))),
    ) else {
        return;
    };
    let _ = wrap.set_attribute("lang", l.tag());
    let _ = section.set_attribute("role", "alert");
    // The page's own address without the fragment: a fresh start, answers gone.
    let path = gloo::utils::window().location().pathname().unwrap_or_else(|_| "./".into());
    let _ = again.set_attribute("href", &path);
    for child in [&h1, &body, &again] {
        let _ = section.append_child(child);
    }
    let _ = wrap.append_child(&section);
    let _ = root.append_child(&wrap);
}
