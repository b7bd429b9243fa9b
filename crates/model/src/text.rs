//! Pure text helpers: what a person types or a link carries arrives in many widths and
//! scripts; what the widget shows is written in three registers, with a small markup for
//! ふりがな and emphasis, checked by the build (`check_markup`). Depends on nothing.

/// The register of every visible word. The key is part of the link contract (`lang=`).
///
/// A register is a column of every text catalogue (`assets/text/`) and of every text in the
/// data files; the build lists each text that lacks one. Each register's words are its pack
/// (`pack`), fetched after start: the wasm holds none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Ja,
    /// やさしい日本語, with a reading on every kanji.
    Easy,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ja, Lang::Easy, Lang::En];

    pub const fn key(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::Easy => "easy",
            Lang::En => "en",
        }
    }

    pub fn from_key(s: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| s.eq_ignore_ascii_case(l.key()))
    }

    /// The register pack holding its words: one per register, in `Lang::ALL` order.
    pub const fn pack(self) -> usize {
        self as usize
    }

    /// The BCP 47 tag for `lang` attributes and speech: やさしい日本語 is Japanese.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Ja | Lang::Easy => "ja",
            Lang::En => "en",
        }
    }
}

/// How many register packs there are: one per register.
pub const PACKS: usize = Lang::ALL.len();

/// One text of the data in each register, in the markup below. The build refuses a record
/// that lacks one.
///
/// In the wasm a text's words live in the register packs (`pack`), which the widget fetches
/// after it starts: a generated `Tr` is only the packs' entry (`tr!`), two bytes, a phone
/// number's as any other's. Natively (the build, the tests, the static pages) it holds every register. Two texts are
/// equal when they read the same in every register, wherever their words live.
#[derive(Clone, Copy, Debug, Eq)]
pub struct Tr(Words);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Words {
    /// Natively: a value that reads the same in every register (`Tr::same`).
    #[cfg(not(target_arch = "wasm32"))]
    Same(&'static str),
    /// Natively: every register, in `Lang::ALL` order.
    #[cfg(not(target_arch = "wasm32"))]
    Given(&'static [&'static str]),
    /// In the wasm: entry `n` of every register pack.
    #[cfg(target_arch = "wasm32")]
    Packed(u16),
}

impl PartialEq for Tr {
    fn eq(&self, other: &Tr) -> bool {
        Lang::ALL.into_iter().all(|l| self.get(l) == other.get(l))
    }
}

impl std::hash::Hash for Tr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for l in Lang::ALL {
            self.get(l).hash(state);
        }
    }
}

impl Tr {
    /// A text in every register, in `Lang::ALL` order.
    #[cfg(not(target_arch = "wasm32"))]
    pub const fn given(all: &'static [&'static str]) -> Tr {
        Tr(Words::Given(all))
    }

    /// The three registers (the tests' shorthand).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn new(ja: &'static str, easy: &'static str, en: &'static str) -> Tr {
        Tr::given(Box::leak(Box::new([ja, easy, en])))
    }

    /// Generated data in the wasm: the text is entry `n` of the register packs.
    #[cfg(target_arch = "wasm32")]
    pub const fn packed(n: u16) -> Tr {
        Tr(Words::Packed(n))
    }

    /// The text in a register (in the wasm: empty while that register's pack is not in; the
    /// widget renders a register only once it is).
    #[inline(never)]
    pub fn get(self, lang: Lang) -> &'static str {
        match self.0 {
            #[cfg(not(target_arch = "wasm32"))]
            Words::Same(s) => s,
            #[cfg(not(target_arch = "wasm32"))]
            Words::Given(all) => all.get(lang.pack()).copied().unwrap_or(""),
            #[cfg(target_arch = "wasm32")]
            Words::Packed(n) => pack::get(lang.pack(), n),
        }
    }

    /// The 日本語.
    pub fn ja(self) -> &'static str {
        self.get(Lang::Ja)
    }

    /// Some register is empty or blank.
    pub fn is_blank(self) -> bool {
        Lang::ALL.into_iter().any(|l| self.get(l).trim().is_empty())
    }

    /// A value that reads the same in every register (a phone number, an address). In the
    /// wasm every text is an entry of the packs, this one too.
    #[cfg(not(target_arch = "wasm32"))]
    pub const fn same(s: &'static str) -> Tr {
        Tr(Words::Same(s))
    }

    /// Reads the same in every register.
    pub fn is_same(self) -> bool {
        Lang::ALL.into_iter().all(|l| self.get(l) == self.ja())
    }
}

/// A generated data text: its entry in the register packs and, natively, its words in every
/// register (in the wasm they are in the packs, so the generated code leaves them out).
#[cfg(target_arch = "wasm32")]
#[macro_export]
macro_rules! tr {
    ($n:literal $(, $w:literal)*) => {
        $crate::text::Tr::packed($n)
    };
}

#[cfg(not(target_arch = "wasm32"))]
#[macro_export]
macro_rules! tr {
    ($n:literal $(, $w:literal)*) => {
        $crate::text::Tr::given(&[$($w),*])
    };
}

/// The register packs, in the wasm: every text of each register, the catalogues' and the
/// data's, fetched after start (`ui::packs`) and kept for the life of the page.
#[cfg(target_arch = "wasm32")]
pub mod pack {
    use std::sync::OnceLock;

    static LOADED: [OnceLock<Vec<&'static str>>; super::PACKS] = [const { OnceLock::new() }; super::PACKS];

    /// Entry `n` of a pack; empty while the pack is not there (the widget never renders a
    /// register before its pack is in: `ready`). Never inlined: it stands for a text at a
    /// thousand places, each of which is then only a call.
    #[inline(never)]
    pub fn get(pack: usize, n: u16) -> &'static str {
        LOADED.get(pack).and_then(|p| p.get()).and_then(|t| t.get(usize::from(n))).copied().unwrap_or("")
    }

    /// The pack is there to read.
    pub fn ready(pack: usize) -> bool {
        LOADED.get(pack).is_some_and(|p| p.get().is_some())
    }

    /// Takes a fetched pack's texts in, once.
    pub fn install(pack: usize, texts: Vec<&'static str>) -> Result<(), String> {
        let slot = LOADED.get(pack).ok_or("no such pack")?;
        let _ = slot.set(texts);
        Ok(())
    }
}

// ---- Markup ------------------------------------------------------------------------------
//
// Every visible text, messages and data alike, is written in this markup:
//   {漢字|かんじ}   ruby: the base text with its reading (rendered <ruby>漢字<rt>かんじ</rt></ruby>)
//   **text**        emphasis (<strong>)
// In English, runs of Japanese text are found by script and marked `lang="ja"`, so names
// like "Hello Work (ハローワーク)" need no markup. Nothing is ever inserted as HTML.

/// A piece of visible text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Ruby { base: &'a str, reading: &'a str },
}

/// A piece with how it is shown: emphasised, and Japanese inside English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seg<'a> {
    pub piece: Piece<'a>,
    pub strong: bool,
    pub ja: bool,
}

/// Kanji (and the iteration marks) that need a reading in やさしい日本語.
pub fn is_kanji(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '々' | '〆')
}

/// Japanese script: kana, kanji, Japanese punctuation and full-width forms.
pub fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30FF}' | '\u{FF00}'..='\u{FFEF}') || is_kanji(c)
}

fn is_reading(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}')
}

/// Splits markup into segments. Broken markup (which the build and tests refuse) is shown as
/// it is rather than lost.
pub fn segments(markup: &str, lang: Lang) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    let mut strong = false;
    let mut rest = markup;
    while !rest.is_empty() {
        let next = rest.find(['{', '*']).unwrap_or(rest.len());
        let (text, tail) = rest.split_at(next);
        push_text(&mut out, text, strong, lang);
        rest = tail;
        if let Some(t) = rest.strip_prefix("**") {
            strong = !strong;
            rest = t;
        } else if let Some((base, reading, t)) = ruby(rest) {
            out.push(Seg { piece: Piece::Ruby { base, reading }, strong, ja: lang == Lang::En });
            rest = t;
        } else if !rest.is_empty() {
            let (c, t) = rest.split_at(1);
            push_text(&mut out, c, strong, lang);
            rest = t;
        }
    }
    out
}

/// `{base|reading}` at the start of `s`: the base, the reading and what follows.
fn ruby(s: &str) -> Option<(&str, &str, &str)> {
    let inner = s.strip_prefix('{')?;
    let end = inner.find('}')?;
    let (base, reading) = inner[..end].split_once('|')?;
    (!base.is_empty() && !reading.is_empty() && !base.contains('{')).then_some((
        base,
        reading,
        &inner[end + 1..],
    ))
}

fn push_text<'a>(out: &mut Vec<Seg<'a>>, text: &'a str, strong: bool, lang: Lang) {
    if text.is_empty() {
        return;
    }
    if lang != Lang::En {
        out.push(Seg { piece: Piece::Text(text), strong, ja: false });
        return;
    }
    // English: each run from a Japanese character to the last Japanese character before the
    // next Latin letter or bracket is Japanese, with the digits that end it ("中48-4").
    let mut start = 0;
    let mut in_ja = false;
    let mut end_ja = 0;
    for (i, c) in text.char_indices() {
        if is_japanese(c) {
            if !in_ja {
                if i > start {
                    out.push(Seg { piece: Piece::Text(&text[start..i]), strong, ja: false });
                }
                start = i;
                in_ja = true;
            }
            end_ja = i + c.len_utf8();
        } else if in_ja && (c.is_ascii_alphabetic() || "()[]\"'".contains(c)) {
            out.push(Seg { piece: Piece::Text(&text[start..end_ja]), strong, ja: true });
            start = end_ja;
            in_ja = false;
        } else if in_ja && end_ja == i && (c.is_ascii_digit() || c == '-') {
            end_ja = i + 1;
        }
    }
    if in_ja {
        out.push(Seg { piece: Piece::Text(&text[start..end_ja]), strong, ja: true });
        start = end_ja;
    }
    if start < text.len() {
        out.push(Seg { piece: Piece::Text(&text[start..]), strong, ja: false });
    }
}

/// The base text a person reads: no readings, no markup. For accessible names, titles and
/// speech.
pub fn base_text(markup: &str) -> String {
    segments(markup, Lang::Ja)
        .into_iter()
        .map(|s| match s.piece {
            Piece::Text(t) => t,
            Piece::Ruby { base, .. } => base,
        })
        .collect()
}

/// Kana to be read as kana (SVG text cannot hold ruby): each ruby base replaced by its reading,
/// with a space before each word that had one, unless after punctuation or at the start (分かち
/// 書き: 「せいしゃいんになれずに、パートなどで はたらく ひと」).
pub fn reading_spaced(markup: &str) -> String {
    let mut out = String::new();
    for s in segments(markup, Lang::Ja) {
        match s.piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Ruby { reading, .. } => {
                if out.chars().last().is_some_and(|c| !matches!(c, '、' | '。' | '（' | '「' | ' ' | '：'))
                {
                    out.push(' ');
                }
                out.push_str(reading);
            }
        }
    }
    out
}

/// The text as it sounds: each ruby base replaced by its reading. For places that cannot hold
/// ruby (SVG text), so やさしい日本語 still shows no kanji without its reading.
pub fn reading_text(markup: &str) -> String {
    segments(markup, Lang::Ja)
        .into_iter()
        .map(|s| match s.piece {
            Piece::Text(t) => t,
            Piece::Ruby { reading, .. } => reading,
        })
        .collect()
}

/// What is wrong with a text in a register, if anything: broken markup, a reading that is
/// not kana, or a kanji without its reading in やさしい日本語.
pub fn check_markup(markup: &str, lang: Lang) -> Result<(), String> {
    if markup.trim().is_empty() {
        return Err("is empty".into());
    }
    if !markup.matches("**").count().is_multiple_of(2) {
        return Err("has an unclosed **".into());
    }
    let mut rest = markup;
    while let Some(i) = rest.find(['{', '}', '|']) {
        let tail = &rest[i..];
        let Some((base, reading, t)) = ruby(tail) else {
            return Err(format!(
                "has broken ruby markup at 「{}」",
                tail.chars().take(12).collect::<String>()
            ));
        };
        if let Some(c) = reading.chars().find(|&c| !is_reading(c)) {
            return Err(format!(
                "has a reading with 「{c}」 in {{{base}|{reading}}}: readings are kana only"
            ));
        }
        rest = t;
    }
    let segs = segments(markup, lang);
    if lang == Lang::Easy {
        for s in &segs {
            if let Piece::Text(t) = s.piece
                && let Some(c) = t.chars().find(|&c| is_kanji(c))
            {
                return Err(format!("has 「{c}」 without a reading, in 「{t}」"));
            }
        }
    }
    Ok(())
}

/// English text has English words; a text with Japanese only was not translated.
pub fn has_english(markup: &str) -> bool {
    segments(markup, Lang::En)
        .iter()
        .any(|s| !s.ja && matches!(s.piece, Piece::Text(t) if t.chars().any(|c| c.is_ascii_alphabetic())))
}

/// The sentences of a text's base, for the やさしい日本語 length report.
pub fn sentences(base: &str) -> impl Iterator<Item = &str> {
    base.split_inclusive(['。', '？', '！', '\n']).map(str::trim).filter(|s| !s.is_empty())
}

/// Full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ, full-width space) to half-width; other text unchanged.
pub fn normalize_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// Katakana to hiragana (ァ-ヶ); other text unchanged.
pub fn to_hiragana(c: char) -> char {
    match c {
        'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c,
    }
}

/// `application/x-www-form-urlencoded`-style decoding: `%XX` and `+`. `None` for a broken
/// escape or bytes that are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = b.get(i + 1..i + 3)?;
                let hi = (hex[0] as char).to_digit(16)?;
                let lo = (hex[1] as char).to_digit(16)?;
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// `key=value` pairs of a query string or fragment (`&` or `;` between pairs), with the key
/// decoded. Pairs whose key does not decode are skipped; the value is left to the caller.
pub fn pairs(s: &str) -> impl Iterator<Item = (String, &str)> {
    s.split(['&', ';']).filter_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        Some((percent_decode(k)?, v))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kana_for_svg_is_spaced_between_words() {
        let m = "{正社員|せいしゃいん}になれずに、パートなどで{働|はたら}く{人|ひと}";
        assert_eq!(reading_spaced(m), "せいしゃいんになれずに、パートなどで はたらく ひと");
        assert_eq!(reading_text(m), "せいしゃいんになれずに、パートなどではたらくひと");
        assert_eq!(
            reading_spaced("{長|なが}く{仕事|しごと}をしていない{人|ひと}"),
            "ながく しごとをしていない ひと"
        );
        assert_eq!(reading_spaced("12.5%"), "12.5%");
    }

    #[test]
    fn widths_and_scripts_are_normalised() {
        assert_eq!(normalize_width("Ｈ１０　年"), "H10 年");
        assert_eq!("ヤツシロ".chars().map(to_hiragana).collect::<String>(), "やつしろ");
    }

    #[test]
    fn escapes_decode_or_are_refused() {
        assert_eq!(percent_decode("%E3%81%82+b").as_deref(), Some("あ b"));
        assert_eq!(percent_decode("%E0%A4%A"), None, "a cut escape");
        assert_eq!(percent_decode("%FF"), None, "not UTF-8");
        assert_eq!(percent_decode("%zz"), None);
    }

    fn shown(markup: &str, lang: Lang) -> Vec<(String, bool, bool)> {
        segments(markup, lang)
            .into_iter()
            .map(|s| {
                let t = match s.piece {
                    Piece::Text(t) => t.to_string(),
                    Piece::Ruby { base, reading } => format!("{base}({reading})"),
                };
                (t, s.strong, s.ja)
            })
            .collect()
    }

    #[test]
    fn ruby_and_emphasis_are_segments() {
        let s = |t: &str, strong| (t.to_string(), strong, false);
        assert_eq!(
            shown("{相談|そうだん}は**{無料|むりょう}**です", Lang::Easy),
            vec![s("相談(そうだん)", false), s("は", false), s("無料(むりょう)", true), s("です", false)]
        );
        assert_eq!(base_text("{相談|そうだん}は**{無料|むりょう}**です"), "相談は無料です");
        assert_eq!(reading_text("{相談|そうだん}は**{無料|むりょう}**です"), "そうだんはむりょうです");
        assert_eq!(
            shown("a * b {c}", Lang::Ja).iter().map(|x| x.0.as_str()).collect::<String>(),
            "a * b {c}"
        );
    }

    #[test]
    fn japanese_inside_english_is_marked() {
        let got = shown("Hello Work (ハローワーク) at 〒865-0064 熊本県玉名市中48-4, call", Lang::En);
        let ja: Vec<&str> = got.iter().filter(|x| x.2).map(|x| x.0.as_str()).collect();
        assert_eq!(ja, vec!["ハローワーク", "〒865-0064 熊本県玉名市中48-4"]);
        let all: String = got.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(all, "Hello Work (ハローワーク) at 〒865-0064 熊本県玉名市中48-4, call");
        assert!(shown("ハローワーク", Lang::Ja).iter().all(|x| !x.2), "Japanese is not marked in Japanese");
    }

    #[test]
    fn markup_is_checked_per_register() {
        assert!(check_markup("{相談|そうだん}します", Lang::Easy).is_ok());
        assert!(check_markup("相談します", Lang::Easy).unwrap_err().contains("相"));
        assert!(check_markup("{相談|soudan}", Lang::Easy).unwrap_err().contains("kana"));
        assert!(check_markup("{相談}", Lang::Ja).unwrap_err().contains("broken"));
        assert!(check_markup("**a", Lang::Ja).is_err());
        assert!(!has_english("相談") && has_english("Consult (相談)") && !has_english("〒865 熊本県"));
        assert!(check_markup(" ", Lang::Ja).is_err());
    }

    #[test]
    fn pairs_split_on_both_separators() {
        let got: Vec<(String, &str)> = pairs("a=1;b&%63=3&%zz=4").collect();
        assert_eq!(got, vec![("a".into(), "1"), ("b".into(), ""), ("c".into(), "3")]);
    }
}
