//! The register packs: every word of やさしい日本語 and of English, the messages' and the data's,
//! in two files of `dist/` that the widget fetches once it has started, instead of in the wasm.
//! A person reading 日本語 downloads neither before the first screen works; the widget then
//! fetches both at once, checked by their sha384, and only then closes the network for good
//! (`ui::dom::lock_network`). So every visit makes the same requests, whatever the person
//! chooses, and switching the register later needs no network.
//!
//! `build.rs` writes the packs and the code that reads them: the data's `Tr` holds its entry
//! (`Tr::packed`), and the messages of `src/i18n/{easy,en}.rs` are compiled for the wasm with
//! each literal replaced by `get(pack, entry)` (`literals.rs`). Natively (the tests, the static
//! pages) the packs are compiled in. Depends on nothing.

#[cfg(all(test, not(target_arch = "wasm32")))]
mod literals;

/// The packs, by index.
pub const EASY: usize = 0;
pub const EN: usize = 1;

/// One pack: a file of `dist/` named by its hash, one text per line.
#[derive(Debug)]
pub struct Pack {
    /// The register's key (`easy`, `en`).
    pub key: &'static str,
    pub file: &'static str,
    /// For the fetch's Subresource Integrity: `sha384-…`.
    pub integrity: &'static str,
    /// How many texts it holds.
    pub len: usize,
}

mod generated {
    use super::Pack;
    include!(concat!(env!("OUT_DIR"), "/packs.rs"));
}

pub use generated::PACKS;

/// Entry `n` of a pack; empty while the pack is not there (the widget never renders a register
/// before its pack is in: `ready`). Never inlined: it stands for a text at a thousand places,
/// each of which is then only a call.
#[inline(never)]
pub fn get(pack: usize, n: u16) -> &'static str {
    texts(pack).and_then(|t| t.get(usize::from(n))).copied().unwrap_or("")
}

/// `get(EASY, n)` and `get(EN, n)`, as the rewritten messages call them: one argument less at
/// each of a thousand places.
#[inline(never)]
pub fn easy(n: u16) -> &'static str {
    get(EASY, n)
}

#[inline(never)]
pub fn en(n: u16) -> &'static str {
    get(EN, n)
}

/// A moved `format!` template filled in: each `{}` takes the next argument (`literals.rs` wrote
/// the template so; a brace of the text's own markup is never empty).
#[inline(never)]
pub fn fill(template: &str, args: &[&dyn core::fmt::Display]) -> String {
    use core::fmt::Write as _;
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut args = args.iter();
    let mut parts = template.split("{}");
    if let Some(p) = parts.next() {
        out.push_str(p);
    }
    for p in parts {
        if let Some(a) = args.next() {
            let _ = write!(out, "{a}");
        }
        out.push_str(p);
    }
    out
}

/// The pack is there to read.
pub fn ready(pack: usize) -> bool {
    texts(pack).is_some()
}

/// A pack file's texts, if it holds exactly the texts the build made (the count; its integrity
/// the browser has checked).
pub fn split(file: &str, pack: usize) -> Result<Vec<&str>, String> {
    let expected = PACKS.get(pack).map_or(0, |p| p.len);
    let texts: Vec<&str> = file.split('\n').collect();
    if texts.len() == expected {
        Ok(texts)
    } else {
        Err(format!("the pack holds {} texts, not {expected}", texts.len()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn texts(pack: usize) -> Option<&'static [&'static str]> {
    generated::TEXTS.get(pack).copied()
}

/// A pack file's contents, as the build writes it to `dist/`.
#[cfg(not(target_arch = "wasm32"))]
pub fn file(pack: usize) -> String {
    generated::TEXTS[pack].join("\n")
}

#[cfg(target_arch = "wasm32")]
static LOADED: [std::sync::OnceLock<Vec<&'static str>>; 2] =
    [std::sync::OnceLock::new(), std::sync::OnceLock::new()];

#[cfg(target_arch = "wasm32")]
fn texts(pack: usize) -> Option<&'static [&'static str]> {
    LOADED.get(pack)?.get().map(Vec::as_slice)
}

/// Takes a fetched pack file in, once; kept for the life of the page.
#[cfg(target_arch = "wasm32")]
pub fn install(pack: usize, file: String) -> Result<(), String> {
    let file: &'static str = Box::leak(file.into_boxed_str());
    let texts = split(file, pack)?;
    let slot = LOADED.get(pack).ok_or("no such pack")?;
    let _ = slot.set(texts);
    Ok(())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn each_pack_file_splits_back_into_its_texts() {
        for (i, p) in PACKS.iter().enumerate() {
            let file = file(i);
            assert_eq!(split(&file, i).unwrap(), generated::TEXTS[i], "{}", p.key);
            assert!(p.file.starts_with(&format!("text-{}-", p.key)) && p.file.ends_with(".txt"));
            assert!(p.integrity.starts_with("sha384-") && p.integrity.len() == 7 + 64);
            assert!(split(&format!("{file}\nmore"), i).is_err());
        }
    }

    #[test]
    fn templates_fill_in_order_and_keep_the_markup_braces() {
        assert_eq!(fill("{} of {}", &[&1, &"three"]), "1 of three");
        assert_eq!(fill("{漢字|かんじ}は{}です", &[&String::from("x")]), "{漢字|かんじ}はxです");
        assert_eq!(fill("none", &[]), "none");
    }

    #[test]
    fn the_packs_hold_the_registers_words_and_nothing_of_japanese_only() {
        assert_eq!(PACKS[EASY].key, "easy");
        assert_eq!(PACKS[EN].key, "en");
        let en = generated::TEXTS[EN];
        assert!(en.contains(&"Kumamoto Support Navi"), "the messages' English is in the pack");
        assert!(en.iter().any(|t| t.contains("Hello Work")), "the data's English is in the pack");
        assert!(generated::TEXTS[EASY].iter().any(|t| t.contains("{熊本|くまもと}")));
        assert!(!en.contains(&"くまもと支援ナビ"));
    }
}
