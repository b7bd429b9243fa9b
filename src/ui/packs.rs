//! Fetches the register packs (`crate::pack`: the words of every register) as soon as the
//! widget starts, all of them, whatever the register: every visit makes the same requests.
//! Each is checked by its sha384 (Subresource Integrity). When all have arrived or failed, the
//! network closes for good (`dom::lock_network`).

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::dom;
use crate::pack::{self, PACKS};
use crate::text::Lang;

#[derive(Clone, Copy, PartialEq)]
enum Fetch {
    Pending,
    Done,
    Failed,
}

type Waiter = Box<dyn FnOnce(bool)>;

const PACKS_LEN: usize = crate::text::PACKS;

thread_local! {
    static STATE: RefCell<[Fetch; PACKS_LEN]> = const { RefCell::new([Fetch::Pending; PACKS_LEN]) };
    static WAITING: RefCell<Vec<(usize, Waiter)>> = const { RefCell::new(Vec::new()) };
}

/// The register's words are there to render.
pub fn ready(lang: Lang) -> bool {
    pack::ready(lang.pack())
}

/// Runs `then(true)` once the register's pack is in, or `then(false)` if it could not be had.
pub fn when_ready(lang: Lang, then: impl FnOnce(bool) + 'static) {
    let i = lang.pack();
    match STATE.with(|s| s.borrow()[i]) {
        Fetch::Done => then(true),
        Fetch::Failed => then(false),
        Fetch::Pending => WAITING.with(|w| w.borrow_mut().push((i, Box::new(then)))),
    }
}

/// Starts every fetch; locks the network once all have settled (`kiosk`: a kiosk not framed,
/// whose worker the lock still allows).
pub fn fetch_all(kiosk: bool) {
    for (i, p) in PACKS.iter().enumerate() {
        wasm_bindgen_futures::spawn_local(async move {
            let ok = match fetch(p.file, p.integrity).await {
                Some(file) => pack::install(i, file).is_ok(),
                None => false,
            };
            if !ok {
                web_sys::console::warn_2(&"くまもと支援ナビ: could not load".into(), &p.file.into());
            }
            let settled = STATE.with(|s| {
                let mut s = s.borrow_mut();
                s[i] = if ok { Fetch::Done } else { Fetch::Failed };
                !s.contains(&Fetch::Pending)
            });
            if settled {
                dom::lock_network(kiosk);
            }
            let mine: Vec<Waiter> = WAITING.with(|w| {
                let mut w = w.borrow_mut();
                let (mine, rest) = std::mem::take(&mut *w).into_iter().partition(|(p, _)| *p == i);
                *w = rest;
                mine.into_iter().map(|(_, f)| f).collect()
            });
            for f in mine {
                f(ok);
            }
        });
    }
}

/// The file's text, if it arrived whole and matches its integrity.
async fn fetch(file: &str, integrity: &str) -> Option<String> {
    let init = web_sys::RequestInit::new();
    init.set_integrity(integrity);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_mode(web_sys::RequestMode::SameOrigin);
    let response = JsFuture::from(gloo::utils::window().fetch_with_str_and_init(file, &init)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
