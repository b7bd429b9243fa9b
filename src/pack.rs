//! The register packs: every word of each register (日本語, やさしい日本語, English), the
//! catalogues' and the data's, in a file of `dist/` per register that the widget fetches once it
//! has started, instead of in the wasm. The first screen paints and works from `index.html`
//! alone (its static start screen in each register); the widget fetches all the packs at once,
//! checked by their sha384, renders in a register once its pack is in, and only then closes the
//! network for good (`ui::dom::lock_network`). So every visit makes the same requests, whatever
//! the person chooses, and switching the register later needs no network.
//!
//! A pack is a column of the catalogues and the data: entry `k` is the widget's message `k`
//! (`i18n::K`), then the data's texts (`Tr`), numbered by the build (`navi_model::build`).
//! Natively (the tests, the static pages) every text is compiled in (`i18n`), and `file` writes
//! the pack files into `dist/`.

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

/// The pack is there to read.
#[cfg(target_arch = "wasm32")]
pub fn ready(pack: usize) -> bool {
    navi_model::text::pack::ready(pack)
}

/// Takes a fetched pack file in, once; kept for the life of the page.
#[cfg(target_arch = "wasm32")]
pub fn install(pack: usize, file: String) -> Result<(), String> {
    let file: &'static str = Box::leak(file.into_boxed_str());
    navi_model::text::pack::install(pack, split(file, pack)?)
}

/// A pack file's contents, as the build writes it to `dist/`.
#[cfg(not(target_arch = "wasm32"))]
pub fn file(pack: usize) -> String {
    let len = PACKS[pack].len;
    crate::i18n::pack_column(pack)[..len].join("\n")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::text::Lang;

    #[test]
    fn each_pack_file_splits_back_into_its_texts() {
        for (i, p) in PACKS.iter().enumerate() {
            let file = file(i);
            assert_eq!(split(&file, i).unwrap().len(), p.len, "{}", p.key);
            assert!(p.file.starts_with(&format!("text-{}-", p.key)) && p.file.ends_with(".txt"));
            assert!(p.integrity.starts_with("sha384-") && p.integrity.len() == 7 + 64);
            assert!(split(&format!("{file}\nmore"), i).is_err());
        }
    }

    #[test]
    fn a_pack_is_a_column_of_the_catalogues_then_the_data() {
        let keys: Vec<&str> = Lang::ALL.iter().map(|l| l.key()).collect();
        assert_eq!(PACKS.iter().map(|p| p.key).collect::<Vec<_>>(), keys);
        let en = Lang::En.pack();
        let en_file = file(en);
        let texts: Vec<&str> = en_file.split('\n').collect();
        // Entry k of a pack is message k of the catalogues…
        assert_eq!(texts[crate::i18n::k::START_BUTTON.index()], "Start");
        // …then the data's words: a municipality's name, a programme's.
        assert!(texts.contains(&"Yatsushiro City (八代市)"));
        assert!(texts.iter().any(|t| t.contains("Hello Work")));
        assert!(file(Lang::Easy.pack()).contains("{熊本|くまもと}"));
        assert!(!texts.contains(&"くまもと支援ナビ"));
        let ja = file(Lang::Ja.pack());
        assert!(ja.split('\n').any(|t| t == "くまもと支援ナビ") && ja.contains("八代市"));
    }
}
