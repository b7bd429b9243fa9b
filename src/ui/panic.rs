//! A panic is not a dead page: the hook replaces the widget with a short apology and a link
//! that starts again (a fresh load, so nothing of the broken state survives), and logs the
//! panic to the console. It builds the page with DOM calls, not HTML strings, and shows no
//! answer.

use std::panic::PanicHookInfo;

use crate::i18n::{Lang, Msg, t};

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
    let el = |tag: &str, class: &str, text: Option<&str>| {
        let e = doc.create_element(tag).ok()?;
        if !class.is_empty() {
            let _ = e.set_attribute("class", class);
        }
        e.set_text_content(text);
        Some(e)
    };
    let l = Lang::default();
    let (Some(wrap), Some(section), Some(h1), Some(body), Some(again)) = (
        el("div", "navi", None),
        el("section", "screen apology", None),
        el("h1", "", Some(&t(l, Msg::PanicTitle))),
        el("p", "", Some(&t(l, Msg::PanicBody))),
        el("a", "button", Some(&t(l, Msg::PanicRestart))),
    ) else {
        return;
    };
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
