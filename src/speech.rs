//! Read aloud on the device only. Which voice may read, and in what pieces, decided without a
//! browser: the view hands in the voices the browser lists and the base text of the screen.
//!
//! Only voices that say they run on the device (`localService`) and speak the register's
//! language are used: a cloud voice would send the text off the device, which this widget
//! never does. With no such voice there is no control at all.

use crate::text::Lang;

/// A voice as the browser describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    pub name: String,
    /// BCP 47 as the browser gives it: "ja-JP", "ja_JP", "en-GB".
    pub lang: String,
    pub local: bool,
    pub default: bool,
}

/// The language of a voice tag, lower case: "ja_JP" → "ja".
fn primary(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

/// The voice to read `lang` with: local voices of that language only; the browser's default
/// among them first, then one of the region people here expect (ja-JP; en-GB or en-US), then
/// the first listed. `None`: no voice may read, show no control.
pub fn choose(voices: &[Voice], lang: Lang) -> Option<usize> {
    let want = lang.tag();
    let usable: Vec<(usize, &Voice)> =
        voices.iter().enumerate().filter(|(_, v)| v.local && primary(&v.lang) == want).collect();
    let region = |v: &Voice| {
        let t = v.lang.replace('_', "-").to_ascii_lowercase();
        matches!(t.as_str(), "ja-jp" | "en-gb" | "en-us")
    };
    usable
        .iter()
        .find(|(_, v)| v.default)
        .or_else(|| usable.iter().find(|(_, v)| region(v)))
        .or_else(|| usable.first())
        .map(|(i, _)| *i)
}

/// The tag an utterance is given (Android ignores a chosen voice without it).
pub fn utterance_lang(voice: &Voice) -> String {
    voice.lang.replace('_', "-")
}

/// The pieces to speak: one sentence each (some engines stop on long utterances), at most
/// `MAX_CHARS` characters, whitespace collapsed, empty pieces dropped.
pub fn utterances(text: &str) -> Vec<String> {
    const MAX_CHARS: usize = 120;
    let mut out = Vec::new();
    for sentence in text.split_inclusive(['。', '！', '？', '.', '!', '?', '\n']) {
        let s: String = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.is_empty() {
            continue;
        }
        let chars: Vec<char> = s.chars().collect();
        for chunk in chars.chunks(MAX_CHARS) {
            out.push(chunk.iter().collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(name: &str, lang: &str, local: bool, default: bool) -> Voice {
        Voice { name: name.into(), lang: lang.into(), local, default }
    }

    #[test]
    fn cloud_voices_are_never_chosen() {
        // Chrome on a desktop: "Google 日本語" is a cloud voice; Edge's "Online" voices too.
        let voices = vec![
            v("Google 日本語", "ja-JP", false, true),
            v("Microsoft Nanami Online", "ja-JP", false, false),
        ];
        assert_eq!(choose(&voices, Lang::Ja), None);
        assert_eq!(choose(&voices, Lang::Easy), None);
        let with_local = [voices, vec![v("Kyoko", "ja-JP", true, false)]].concat();
        assert_eq!(choose(&with_local, Lang::Ja), Some(2));
    }

    #[test]
    fn the_voice_speaks_the_register() {
        let voices = vec![v("Daniel", "en-GB", true, true), v("O-Ren", "ja_JP", true, false)];
        assert_eq!(choose(&voices, Lang::Ja), Some(1), "an underscore tag (Android) still counts");
        assert_eq!(choose(&voices, Lang::Easy), Some(1), "やさしい日本語 is read by a Japanese voice");
        assert_eq!(choose(&voices, Lang::En), Some(0));
        assert_eq!(utterance_lang(&voices[1]), "ja-JP");
        assert_eq!(
            choose(&[v("Kyoko", "ja-JP", true, false)], Lang::En),
            None,
            "no English voice: no control"
        );
        assert_eq!(choose(&[], Lang::Ja), None);
    }

    #[test]
    fn the_default_then_the_expected_region_then_the_first() {
        let voices =
            vec![v("a", "en-IN", true, false), v("b", "en-US", true, false), v("c", "en-AU", true, true)];
        assert_eq!(choose(&voices, Lang::En), Some(2));
        assert_eq!(choose(&voices[..2], Lang::En), Some(1));
        assert_eq!(choose(&voices[..1], Lang::En), Some(0));
    }

    #[test]
    fn text_is_spoken_a_sentence_at_a_time() {
        let u = utterances("就職氷河期世代にあたります。\n  まずは、ここから　ハローワーク。Call now.");
        assert_eq!(u, vec!["就職氷河期世代にあたります。", "まずは、ここから ハローワーク。", "Call now."]);
        let long = "あ".repeat(300);
        let u = utterances(&long);
        assert_eq!(u.len(), 3);
        assert!(u.iter().all(|s| s.chars().count() <= 120));
        assert!(utterances(" \n ").is_empty());
    }
}
