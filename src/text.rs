//! Pure text helpers shared by the parsers: what a person types or a link carries arrives in
//! many widths and scripts. Depends on nothing.

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

    #[test]
    fn pairs_split_on_both_separators() {
        let got: Vec<(String, &str)> = pairs("a=1;b&%63=3&%zz=4").collect();
        assert_eq!(got, vec![("a".into(), "1"), ("b".into(), ""), ("c".into(), "3")]);
    }
}
