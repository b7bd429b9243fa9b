//! Settings are how the widget speaks and where it runs, never what the person told us:
//! the language, whom the answers are about, the rules date (`asof`), and the presets the
//! hosting site chose in the page's query string (`?mode=kiosk&muni=432024&lang=ja&for=family`).
//!
//! The query is the host's: it is sent to the host's server anyway, so it carries only what
//! the host decides, never an answer. "Start over" clears answers and keeps settings.

use crate::date::Date;
use crate::directory::{self, MuniCode};
use crate::text;

pub use crate::text::Lang;

/// Whom the answers are about: the person themselves, or someone a family member or friend is
/// looking up (the wording changes from "you" to "the person"). The key is `for=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Who {
    #[default]
    Myself,
    Family,
}

impl Who {
    pub const ALL: [Who; 2] = [Who::Myself, Who::Family];

    pub const fn key(self) -> &'static str {
        match self {
            Who::Myself => "self",
            Who::Family => "family",
        }
    }

    pub fn from_key(s: &str) -> Option<Who> {
        Who::ALL.into_iter().find(|v| s.eq_ignore_ascii_case(v.key()))
    }
}

/// Where the widget runs, as the host declares it (`mode=`). A page opened without a mode is
/// the standard widget: a resident's own phone or computer, or a municipal page's frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    #[default]
    Standard,
    /// A shared screen at a support counter (`mode=kiosk`).
    Kiosk,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Standard, Mode::Kiosk];

    pub const fn key(self) -> &'static str {
        match self {
            Mode::Standard => "standard",
            Mode::Kiosk => "kiosk",
        }
    }

    pub fn from_key(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| s.eq_ignore_ascii_case(m.key()))
    }
}

/// What the hosting site chose, from the page's query string. Invalid values are ignored
/// quietly: the host controls the query, and nothing in it is ever shown as text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Presets {
    pub mode: Mode,
    /// Used when the person's answers name no municipality; still changeable.
    pub muni: Option<MuniCode>,
    pub lang: Option<Lang>,
    pub who: Option<Who>,
    /// The widget's public https address (`site=`), for a kiosk that runs a copy of its own:
    /// only then does the kiosk offer the share link as a QR code, since the kiosk's own
    /// address may mean nothing on a phone.
    pub site: Option<String>,
}

/// Longest public address we accept for `site=`.
pub const MAX_SITE_BYTES: usize = 200;

/// Top-level names that never reach a public host: local networks, tests, examples.
const PRIVATE_TLDS: [&str; 13] = [
    "localhost",
    "local",
    "localdomain",
    "internal",
    "intranet",
    "lan",
    "home",
    "corp",
    "test",
    "invalid",
    "example",
    "onion",
    "arpa",
];

/// A public https address for `site=`: https, a public host name (two labels or more, letters,
/// digits and inner hyphens, a top-level name of letters that is not a private one: no IP
/// literal, no `localhost`, no single-label or empty host, no port), a plain path, no query,
/// no fragment. Returned as the widget's folder, ending in `/` (it becomes a QR code's text,
/// never markup), the host in lower case.
pub fn parse_site(v: &str) -> Option<String> {
    let rest = v.strip_prefix("https://")?;
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let label_ok = |l: &str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let (rest_of_host, tld) = host.rsplit_once('.')?;
    let tld = tld.to_ascii_lowercase();
    let public = host.len() <= 253
        && host.split('.').all(label_ok)
        && tld.len() >= 2
        && tld.bytes().all(|c| c.is_ascii_alphabetic())
        && !PRIVATE_TLDS.contains(&tld.as_str())
        && !rest_of_host.is_empty();
    let plain = |c: u8| c.is_ascii_alphanumeric() || b"-._~/%".contains(&c);
    let path = path.strip_suffix("index.html").unwrap_or(path);
    (v.len() <= MAX_SITE_BYTES && public && path.bytes().all(plain)).then(|| {
        let slash = if path.ends_with('/') { "" } else { "/" };
        format!("https://{}{path}{slash}", host.to_ascii_lowercase())
    })
}

/// The host of an address `parse_site` returned: what a kiosk's share QR code names, so the
/// person knows where it leads before scanning.
pub fn site_host(site: &str) -> &str {
    let rest = site.strip_prefix("https://").unwrap_or(site);
    rest.split('/').next().unwrap_or(rest)
}

/// Longest query we read at all; anything longer is ignored as a whole.
pub const MAX_QUERY_BYTES: usize = 1024;

/// Reads the page's query string (with or without the leading `?`). Never panics; the first
/// occurrence of a key wins; unknown keys and invalid values are ignored.
pub fn parse_query(query: &str) -> Presets {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut p = Presets::default();
    if query.len() > MAX_QUERY_BYTES {
        return p;
    }
    let (mut mode, mut muni, mut lang, mut who, mut site) = (None, None, None, None, None);
    for (k, v) in text::pairs(query) {
        let Some(v) = text::percent_decode(v) else { continue };
        let v = v.trim();
        match k.as_str() {
            "mode" if mode.is_none() => mode = Some(Mode::from_key(v)),
            "muni" if muni.is_none() => muni = Some(directory::parse_code(v)),
            "lang" if lang.is_none() => lang = Some(Lang::from_key(v)),
            "for" if who.is_none() => who = Some(Who::from_key(v)),
            "site" if site.is_none() => site = Some(parse_site(v)),
            _ => {}
        }
    }
    p.mode = mode.flatten().unwrap_or_default();
    p.muni = muni.flatten();
    p.lang = lang.flatten();
    p.who = who.flatten();
    p.site = site.flatten();
    p
}

/// The settings in force: the person's (or their link's) choices over the host's presets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub lang: Lang,
    pub who: Who,
    /// The date the rules are applied for, from a link (`asof=`); `None` means today.
    pub asof: Option<Date>,
    pub presets: Presets,
    /// The widget runs in a frame of another page (a municipal site's embed).
    pub framed: bool,
}

impl Settings {
    /// The settings a new visitor starts with.
    pub fn from_presets(presets: Presets) -> Settings {
        Settings {
            lang: presets.lang.unwrap_or_default(),
            who: presets.who.unwrap_or_default(),
            asof: None,
            presets,
            framed: false,
        }
    }

    pub fn kiosk(&self) -> bool {
        self.presets.mode == Mode::Kiosk
    }

    /// Whether screens get history entries of their own. Not in a frame: the host page's Back
    /// button then leaves the host page, as the person expects, instead of stepping the
    /// widget back unseen. Not on a kiosk: Back must never bring the last person's screens
    /// back. The widget's own back link works everywhere.
    pub fn keeps_history(&self) -> bool {
        !self.framed && !self.kiosk()
    }

    /// The date the rules are applied for.
    pub fn rules_date(&self, today: Date) -> Date {
        self.asof.unwrap_or(today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_carries_only_the_hosts_presets() {
        let p = parse_query("?mode=kiosk&muni=432024&lang=ja&for=family&grad=1998&work=seeking");
        assert_eq!(
            p,
            Presets {
                mode: Mode::Kiosk,
                muni: Some(MuniCode(432024)),
                lang: Some(Lang::Ja),
                who: Some(Who::Family),
                site: None,
            }
        );
        // Answers in a query are not read: they belong in the fragment.
        assert_eq!(parse_query("grad=1998&school=univ&work=seeking"), Presets::default());
    }

    #[test]
    fn invalid_presets_are_ignored_quietly_and_the_first_value_wins() {
        let p = parse_query("mode=%3Cimg%20src%3Dx%3E&muni=%3Cimg+src%3Dx%3E&lang=xx&for=me&muni=432024");
        assert_eq!(p, Presets::default(), "a bad first value is not replaced by a later one");
        assert_eq!(parse_query("muni=432025").muni, None, "wrong check digit");
        assert_eq!(parse_query("muni=131016").muni, None, "not in Kumamoto");
        assert_eq!(parse_query("muni=431044").muni, Some(MuniCode(431001)), "a ward means 熊本市");
        assert_eq!(parse_query(&format!("mode=kiosk&x={}", "a".repeat(MAX_QUERY_BYTES))), Presets::default());
        assert_eq!(parse_query("MODE=kiosk").mode, Mode::Standard, "keys are exact");
        assert_eq!(parse_query("mode=KIOSK").mode, Mode::Kiosk, "values are not case-sensitive");
    }

    #[test]
    fn a_kiosk_may_name_its_public_https_address_and_nothing_else() {
        let p = parse_query("mode=kiosk&site=https%3A%2F%2Fnavi.example.jp%2Fkumamoto%2F");
        assert_eq!(p.site.as_deref(), Some("https://navi.example.jp/kumamoto/"));
        assert_eq!(
            parse_site("https://navi.example.jp/kumamoto/index.html").as_deref(),
            Some("https://navi.example.jp/kumamoto/")
        );
        assert_eq!(parse_site("https://navi.example.jp").as_deref(), Some("https://navi.example.jp/"));
        for bad in [
            "http://navi.example.jp/",
            "https://",
            "https://navi.example.jp/?x=1",
            "https://navi.example.jp/#grad=1998",
            "https://navi.example.jp/\"><img src=x>",
            "javascript:alert(1)",
            "https://navi.example.jp/ a",
            // Not a public host: localhost, IP literals, a port, single-label, empty or private names.
            "https://localhost/",
            "https://LOCALHOST/",
            "https://192.168.0.10/",
            "https://10.0.0.1/navi/",
            "https://[::1]/",
            "https://:443/",
            "https://navi.example.jp:8443/",
            "https://navi/",
            "https://.jp/",
            "https://navi..jp/",
            "https://navi.example.jp./",
            "https://-navi.example.jp/",
            "https://navi.local/",
            "https://kiosk.lan/",
            "https://navi.localhost/",
            "https://navi.test/",
            "https://navi.123/",
            "https://user@navi.example.jp/",
        ] {
            assert_eq!(parse_site(bad), None, "{bad}");
        }
        assert_eq!(parse_site(&format!("https://a.jp/{}", "x".repeat(MAX_SITE_BYTES))), None);
        assert_eq!(
            parse_site("https://Navi.Example.JP/Kumamoto").as_deref(),
            Some("https://navi.example.jp/Kumamoto/")
        );
        assert_eq!(site_host("https://navi.example.jp/kumamoto/"), "navi.example.jp");
        assert_eq!(
            site_host(&parse_site("https://www.city.yatsushiro.lg.jp").unwrap()),
            "www.city.yatsushiro.lg.jp"
        );
    }

    #[test]
    fn history_entries_only_on_a_page_of_its_own() {
        let mut s = Settings::from_presets(parse_query(""));
        assert!(s.keeps_history());
        s.framed = true;
        assert!(!s.keeps_history());
        assert!(!Settings::from_presets(parse_query("mode=kiosk")).keeps_history());
    }

    #[test]
    fn a_new_visitor_starts_from_the_presets() {
        let s = Settings::from_presets(parse_query("for=family"));
        assert_eq!((s.who, s.lang, s.asof), (Who::Family, Lang::Ja, None));
        let today = Date::parse("2026-12-01").unwrap();
        assert_eq!(s.rules_date(today), today);
    }
}
