//! Pure: the municipalities of Kumamoto Prefecture, the offices that serve them, and the
//! sources behind every contact detail. The data is compiled in by `build.rs`.

use crate::date::Date;

pub use navi_model::directory::*;

mod data {
    use crate::date::Date;
    use navi_model::directory::*;
    use navi_model::tr;
    include!(concat!(env!("OUT_DIR"), "/directory_data.rs"));
}

pub use data::{
    DATA_DATE, MUNICIPALITIES as ALL_ROWS, NOTICES, OFFICES, SOURCES, STATS_JAPAN, STATS_KUMAMOTO,
};

/// After how many days a kiosk asks its staff to install a newer build (issue 11).
pub const DATA_STALE_AFTER_DAYS: i64 = 90;

/// Whether the compiled-in data is more than `DATA_STALE_AFTER_DAYS` old on `today`.
pub fn data_is_stale(today: Date) -> bool {
    today.days_since_epoch() - DATA_DATE.days_since_epoch() > DATA_STALE_AFTER_DAYS
}

/// The 35–44 statistics of Kumamoto Prefecture and of all Japan.
pub fn not_alone() -> (&'static PrefectureStats, &'static PrefectureStats) {
    (&STATS_KUMAMOTO, &STATS_JAPAN)
}

/// The 45 municipalities (wards excluded), in local-government-code order.
pub fn municipalities() -> impl Iterator<Item = &'static Municipality> {
    data::MUNICIPALITIES.iter().filter(|m| m.kind != MuniKind::Ward)
}

/// A municipality (not a ward) by code.
pub fn municipality(code: MuniCode) -> Option<&'static Municipality> {
    municipalities().find(|m| m.code == code)
}

/// Turns a 6-digit code from outside (a deep link) into one of the 45 municipalities:
/// the check digit must match and the code must be in Kumamoto; a ward of 熊本市 means 熊本市.
pub fn resolve_code(raw: u32) -> Option<MuniCode> {
    let code = MuniCode(raw);
    if !code.has_valid_check_digit() {
        return None;
    }
    let row = data::MUNICIPALITIES.iter().find(|m| m.code == code)?;
    Some(row.parent.unwrap_or(row.code))
}

/// A code as text from outside (a link, a host's preset): exactly six ASCII digits that
/// `resolve_code` accepts.
pub fn parse_code(s: &str) -> Option<MuniCode> {
    if s.len() != 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    resolve_code(s.parse().ok()?)
}

pub fn office(id: &str) -> Option<&'static Office> {
    data::OFFICES.iter().find(|o| o.id == id)
}

pub fn source(id: &str) -> Option<&'static Source> {
    data::SOURCES.iter().find(|s| s.id == id)
}

/// Offices of one kind that serve this municipality, in data order.
pub fn covering(code: MuniCode, kind: OfficeKind) -> impl Iterator<Item = &'static Office> {
    data::OFFICES.iter().filter(move |o| o.kind == kind && o.covers.contains(&code))
}

/// The Hello Work office that serves this municipality (all of it, or all but the parts other
/// offices serve). The build guarantees exactly one for each.
pub fn hellowork_for(code: MuniCode) -> Option<&'static Office> {
    covering(code, OfficeKind::HelloWork).next()
}

/// The notices shown on `today` to people of this municipality, in data order.
pub fn notices_for(code: MuniCode, today: Date) -> impl Iterator<Item = &'static Notice> {
    data::NOTICES.iter().filter(move |n| n.applies(code, today))
}

/// The Saposte that serves this municipality. The build guarantees exactly one for each.
pub fn saposte_for(code: MuniCode) -> Option<&'static Office> {
    covering(code, OfficeKind::Saposte).next()
}

/// How the municipality question groups its options: the cities, then each 郡.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupLabel {
    Cities,
    /// A 郡, by its name in each register.
    Gun(crate::text::Tr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub label: GroupLabel,
    pub members: Vec<&'static Municipality>,
}

/// The 45 municipalities grouped for the question screen: 市 first, then the 郡 in code order.
/// Grouping uses only the 郡 column of the data (sourced), no invented regions.
pub fn groups() -> Vec<Group> {
    let mut groups: Vec<Group> = vec![Group { label: GroupLabel::Cities, members: Vec::new() }];
    for m in municipalities() {
        let label = if m.gun.is_empty() { GroupLabel::Cities } else { GroupLabel::Gun(m.gun_label) };
        match groups.iter_mut().find(|g| g.label == label) {
            Some(g) => g.members.push(m),
            None => groups.push(Group { label, members: vec![m] }),
        }
    }
    groups
}

/// Normalises what a person types to find their municipality: width, katakana → hiragana,
/// Latin letters to lower case, spaces and hyphens removed.
pub fn normalize_query(q: &str) -> String {
    crate::text::normalize_width(q)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| crate::text::to_hiragana(c.to_ascii_lowercase()))
        .collect()
}

/// True when the municipality matches a normalised query by name, reading, 郡 or its name in
/// English (so 「球磨」 finds every town and village of 球磨郡, and "yatsu" finds 八代市).
/// An empty query matches everything.
pub fn matches(m: &Municipality, normalized_query: &str) -> bool {
    let q = normalized_query;
    let latin =
        |t: &str| t.chars().filter(char::is_ascii_alphabetic).collect::<String>().to_ascii_lowercase();
    q.is_empty()
        || m.name.contains(q)
        || m.kana.contains(q)
        || (!m.gun.is_empty() && m.gun.contains(q))
        || (q.is_ascii()
            && (latin(m.label.get(crate::text::Lang::En)).contains(q)
                || latin(m.gun_label.get(crate::text::Lang::En)).contains(q)))
}

/// A map search for an office's address, opened only when the person taps it. The link carries
/// the office's address (with 熊本県 in front when the data leaves it out, as the prefecture's
/// list does) and nothing about the person.
pub fn map_search_url(address: &str) -> String {
    let full =
        if address.contains("熊本県") { address.to_string() } else { format!("熊本県{address}") };
    let mut q = String::with_capacity(full.len() * 3);
    for b in full.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            q.push(b as char);
        } else {
            q.push_str(&format!("%{b:02X}"));
        }
    }
    format!("https://www.google.com/maps/search/?api=1&query={q}")
}

/// Straight-line distance in kilometres, by the equirectangular approximation: within a
/// prefecture (and well beyond) it differs from the great-circle distance by far less than the
/// whole kilometres we show, and it needs no trigonometry library in the wasm.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const R: f64 = 6371.0;
    const RAD: f64 = core::f64::consts::PI / 180.0;
    let mid = (a.0 + b.0) / 2.0 * RAD;
    let x = (b.1 - a.1) * RAD * cos_small(mid);
    let y = (b.0 - a.0) * RAD;
    R * (x * x + y * y).sqrt()
}

/// cos(x) for |x| ≤ π/2 (latitudes), by its Taylor series to x¹⁰: error below 1e-6 there.
fn cos_small(x: f64) -> f64 {
    let x2 = x * x;
    let mut term = 1.0;
    let mut sum = 1.0;
    for k in 1..=5 {
        let k = f64::from(k);
        term *= -x2 / ((2.0 * k - 1.0) * (2.0 * k));
        sum += term;
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_date_is_the_oldest_reading_of_a_source_and_goes_stale_after_90_days() {
        let oldest = SOURCES.iter().map(|s| s.checked).min().unwrap();
        assert_eq!(DATA_DATE, oldest);
        assert!(SOURCES.iter().all(|s| s.checked >= DATA_DATE));
        let day = |n: i64| Date::from_days_since_epoch(DATA_DATE.days_since_epoch() + n);
        assert!(!data_is_stale(DATA_DATE));
        assert!(!data_is_stale(day(90)), "90 days old is still current");
        assert!(data_is_stale(day(91)));
        assert!(!data_is_stale(day(-30)), "a device clock behind the data is not stale");
    }

    #[test]
    fn codes_resolve_only_with_a_valid_check_digit() {
        assert_eq!(resolve_code(432024), Some(MuniCode(432024)));
        assert_eq!(resolve_code(432025), None, "wrong check digit");
        assert_eq!(resolve_code(131016), None, "valid code, but Tokyo's Chiyoda");
        assert_eq!(resolve_code(431044), Some(MuniCode(431001)), "南区 → 熊本市");
        assert_eq!(resolve_code(0), None);
        assert_eq!(parse_code("432024"), Some(MuniCode(432024)));
        for bad in ["43202", "4320240", "+32024", "43202a", "４３２０２４", ""] {
            assert_eq!(parse_code(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn groups_hold_every_municipality_once() {
        let g = groups();
        assert_eq!(g[0].label, GroupLabel::Cities);
        assert_eq!(g[0].members.len(), 14);
        assert_eq!(g.iter().map(|g| g.members.len()).sum::<usize>(), 45);
        assert!(g.iter().any(
            |g| matches!(g.label, GroupLabel::Gun(t) if t.ja() == "球磨郡" && t.get(crate::text::Lang::En) == "Kuma District (球磨郡)")
                && g.members.len() == 9
        ));
    }

    #[test]
    fn search_by_kanji_kana_katakana_and_gun() {
        let find = |q: &str| -> Vec<&str> {
            let q = normalize_query(q);
            municipalities().filter(|m| matches(m, &q)).map(|m| m.name).collect()
        };
        assert_eq!(find("八代"), vec!["八代市", "氷川町"], "氷川町 is in 八代郡");
        assert_eq!(find("やつしろ"), vec!["八代市"]);
        assert_eq!(find("ヤツシロ"), vec!["八代市"]);
        assert_eq!(find(" ゆの まえ "), vec!["湯前町"]);
        assert_eq!(find("球磨").len(), 9, "球磨郡 has 9 members, 球磨村 among them");
        assert!(find("とうきょう").is_empty());
        assert_eq!(find("Yatsushiro"), vec!["八代市", "氷川町"], "by English name, and 八代郡");
        assert_eq!(find("ＫＯＳＨＩ city"), vec!["合志市"]);
        assert_eq!(find("yunomae"), vec!["湯前町"]);
        assert_eq!(find("").len(), 45);
    }

    #[test]
    fn map_links_carry_only_the_encoded_address() {
        let url = map_search_url("〒865-0064 熊本県玉名市中48-4");
        assert!(url.starts_with("https://www.google.com/maps/search/?api=1&query=%E3%80%92865-0064%20"));
        assert!(!url[url.find("query=").unwrap() + 6..].contains(['&', '#', ' ', '?']));
        let decoded = crate::text::percent_decode(&url[url.find("query=").unwrap() + 6..]);
        assert_eq!(decoded.as_deref(), Some("〒865-0064 熊本県玉名市中48-4"));
        let url = map_search_url("菊池郡大津町室151-1");
        let decoded = crate::text::percent_decode(&url[url.find("query=").unwrap() + 6..]);
        assert_eq!(decoded.as_deref(), Some("熊本県菊池郡大津町室151-1"), "the prefecture in front");
    }

    #[test]
    fn the_cosine_series_is_accurate_for_latitudes() {
        for deg in [0.0_f64, 20.0, 32.8, 45.0, 70.0, 89.0] {
            let x = deg.to_radians();
            assert!((cos_small(x) - x.cos()).abs() < 1e-6, "{deg}");
        }
    }

    #[test]
    fn distances_are_roughly_right() {
        let kumamoto = municipality(MuniCode(431001)).unwrap();
        let yatsushiro = municipality(MuniCode(432024)).unwrap();
        let d = distance_km((kumamoto.lat, kumamoto.lng), (yatsushiro.lat, yatsushiro.lng));
        assert!((30.0..40.0).contains(&d), "熊本市役所–八代市役所 is about 34 km, got {d}");
    }
}
