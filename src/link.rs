//! The public link contract: the URL fragment (`#grad=1998&school=univ&…`), which browsers
//! never send to a server. It carries the person's answers and the settings a link may set
//! (`lang`, `for`, `asof`). Municipal sites and counsellors link to a pre-filled widget with it;
//! the widget writes it only when the person asks for a link to their result.

use crate::answers::{Answers, BORN_MIN, GRAD_MIN, School, Work, in_range, plausible_birth_for_grad};
use crate::date::Date;
use crate::directory;
use crate::settings::{Lang, Settings, Who};
use crate::text;

/// Longest fragment we read at all; anything longer is ignored as a whole.
pub const MAX_FRAGMENT_BYTES: usize = 2048;

/// A key of the public deep-link contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinkKey {
    Grad,
    School,
    Born,
    Work,
    Muni,
    AsOf,
    Lang,
    For,
}

impl LinkKey {
    pub const ALL: [LinkKey; 8] = [
        LinkKey::Grad,
        LinkKey::School,
        LinkKey::Born,
        LinkKey::Work,
        LinkKey::Muni,
        LinkKey::AsOf,
        LinkKey::Lang,
        LinkKey::For,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            LinkKey::Grad => "grad",
            LinkKey::School => "school",
            LinkKey::Born => "born",
            LinkKey::Work => "work",
            LinkKey::Muni => "muni",
            LinkKey::AsOf => "asof",
            LinkKey::Lang => "lang",
            LinkKey::For => "for",
        }
    }
}

/// Something in a link that we could not use, told politely to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinkNotice {
    /// The value of this key was not valid and was dropped; the question is asked instead.
    Invalid(LinkKey),
    /// The birth year did not fit the school-leaving year, so it was dropped.
    BornInconsistent,
    /// The link was too long to be a real link; nothing in it was used.
    TooLong,
}

/// The result of reading a fragment: the answers it carries, the settings it sets, and what
/// was dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeepLink {
    pub answers: Answers,
    pub asof: Option<Date>,
    pub lang: Option<Lang>,
    pub who: Option<Who>,
    pub notices: Vec<LinkNotice>,
    /// At least one key of the contract was present (valid or not).
    pub has_contract_keys: bool,
}

/// Reads a URL fragment (with or without the leading `#`). Never panics, whatever the input:
/// unknown keys are ignored, invalid values are dropped with a notice, the first occurrence
/// of a key wins.
pub fn parse_fragment(fragment: &str, today: Date) -> DeepLink {
    let mut out = DeepLink::default();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT_BYTES {
        out.notices.push(LinkNotice::TooLong);
        out.has_contract_keys = true;
        return out;
    }
    let mut seen: Vec<LinkKey> = Vec::new();
    let mut raw_born: Option<Option<u16>> = None;
    for (k, v) in text::pairs(fragment) {
        let Some(key) = LinkKey::ALL.into_iter().find(|c| c.key() == k) else { continue };
        out.has_contract_keys = true;
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let value = text::percent_decode(v);
        let value = value.as_deref().map(str::trim);
        let ok = match (key, value) {
            (_, None) => false,
            (LinkKey::Grad, Some(v)) => {
                out.answers.grad = four_digits(v).and_then(|y| in_range(y, GRAD_MIN, today.y).ok());
                out.answers.grad.is_some()
            }
            (LinkKey::Born, Some(v)) => {
                let y = four_digits(v).and_then(|y| in_range(y, BORN_MIN, today.y.saturating_sub(12)).ok());
                raw_born = Some(y);
                y.is_some()
            }
            (LinkKey::School, Some(v)) => {
                out.answers.school = School::from_key(v);
                out.answers.school.is_some()
            }
            (LinkKey::Work, Some(v)) => {
                out.answers.work = Work::from_key(v);
                out.answers.work.is_some()
            }
            (LinkKey::Muni, Some(v)) => {
                out.answers.muni = directory::parse_code(v);
                out.answers.muni.is_some()
            }
            (LinkKey::AsOf, Some(v)) => {
                out.asof = Date::parse(v);
                out.asof.is_some()
            }
            (LinkKey::For, Some(v)) => {
                out.who = Who::from_key(v);
                out.who.is_some()
            }
            (LinkKey::Lang, Some(v)) => {
                out.lang = Lang::from_key(v);
                out.lang.is_some()
            }
        };
        if !ok {
            out.notices.push(LinkNotice::Invalid(key));
        }
    }
    // The birth year is kept only when it fits the school-leaving year.
    if let Some(Some(born)) = raw_born {
        match out.answers.grad {
            Some(g) if !plausible_birth_for_grad(born, g) => out.notices.push(LinkNotice::BornInconsistent),
            _ => out.answers.born = Some(born),
        }
    }
    out
}

fn four_digits(s: &str) -> Option<u16> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// The fragment that reproduces these answers and the settings a link may carry: whom they are
/// about, the language (always, so a shared link opens in the language it was made in) and the
/// rules date when one was set. Made only when the person asks for a link.
/// The static data review page of a register, beside the widget's `index.html` (made at build
/// time by `crate::pages`); `#review` opens it.
/// The static privacy page of a register (made at build time, beside the widget).
pub fn privacy_page(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "privacy.html",
        Lang::Easy => "privacy.easy.html",
        Lang::En => "privacy.en.html",
    }
}

pub fn review_page(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "review.html",
        Lang::Easy => "review.easy.html",
        Lang::En => "review.en.html",
    }
}

pub fn to_fragment(a: &Answers, s: &Settings) -> String {
    let mut parts: Vec<String> = Vec::new();
    if s.who != Who::default() {
        parts.push(format!("for={}", s.who.key()));
    }
    if let Some(g) = a.grad {
        parts.push(format!("grad={g}"));
    }
    if let Some(x) = a.school {
        parts.push(format!("school={}", x.key()));
    }
    if let Some(b) = a.born {
        parts.push(format!("born={b}"));
    }
    if let Some(w) = a.work {
        parts.push(format!("work={}", w.key()));
    }
    if let Some(m) = a.muni {
        parts.push(format!("muni={}", m.0));
    }
    if let Some(d) = s.asof {
        parts.push(format!("asof={d}"));
    }
    parts.push(format!("lang={}", s.lang.key()));
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::MuniCode;

    fn today() -> Date {
        Date::parse("2026-11-21").unwrap()
    }

    #[test]
    fn a_full_deep_link_answers_everything() {
        let l = parse_fragment(
            "#grad=1998&school=univ&born=1976&work=seeking&muni=432024&asof=2025-04-01&lang=ja",
            today(),
        );
        assert!(l.notices.is_empty(), "{:?}", l.notices);
        assert_eq!(l.answers.grad, Some(1998));
        assert_eq!(l.answers.school, Some(School::University));
        assert_eq!(l.answers.born, Some(1976));
        assert_eq!(l.answers.work, Some(Work::Seeking));
        assert_eq!(l.answers.muni, Some(MuniCode(432024)));
        assert_eq!(l.asof, Date::parse("2025-04-01"));
        assert_eq!(l.lang, Some(Lang::Ja));
        assert!(l.answers.is_complete());
    }

    #[test]
    fn invalid_values_are_dropped_with_a_notice_and_unknown_keys_ignored() {
        let l = parse_fragment(
            "grad=98&school=kindergarten&work=boss&muni=432025&asof=2025-02-30&lang=xx&utm_source=x&born=abcd&for=me",
            today(),
        );
        assert_eq!(l.answers, Answers::default());
        assert_eq!(
            l.notices,
            vec![
                LinkNotice::Invalid(LinkKey::Grad),
                LinkNotice::Invalid(LinkKey::School),
                LinkNotice::Invalid(LinkKey::Work),
                LinkNotice::Invalid(LinkKey::Muni),
                LinkNotice::Invalid(LinkKey::AsOf),
                LinkNotice::Invalid(LinkKey::Lang),
                LinkNotice::Invalid(LinkKey::Born),
                LinkNotice::Invalid(LinkKey::For),
            ]
        );
        assert!(l.has_contract_keys);
        let l = parse_fragment("utm_source=x&main", today());
        assert!(!l.has_contract_keys && l.notices.is_empty());
    }

    #[test]
    fn first_value_wins_and_escapes_are_decoded() {
        let l = parse_fragment("work=%72egular&work=seeking&school=%20hs%20", today());
        assert_eq!(l.answers.work, Some(Work::Regular));
        assert_eq!(l.answers.school, Some(School::High));
        let l = parse_fragment("grad=%E3%81%82&muni=%zz", today());
        assert_eq!(l.notices, vec![LinkNotice::Invalid(LinkKey::Grad), LinkNotice::Invalid(LinkKey::Muni)]);
    }

    #[test]
    fn an_implausible_birth_year_is_dropped_but_the_rest_kept() {
        let l = parse_fragment("grad=1998&born=1995", today());
        assert_eq!(l.answers.grad, Some(1998));
        assert_eq!(l.answers.born, None);
        assert_eq!(l.notices, vec![LinkNotice::BornInconsistent]);
    }

    #[test]
    fn an_oversized_fragment_is_ignored_whole() {
        let long = format!("grad=1998&x={}", "a".repeat(MAX_FRAGMENT_BYTES));
        let l = parse_fragment(&long, today());
        assert_eq!(l.answers, Answers::default());
        assert_eq!(l.notices, vec![LinkNotice::TooLong]);
    }

    #[test]
    fn ward_codes_mean_kumamoto_city() {
        let l = parse_fragment("muni=431010", today());
        assert_eq!(l.answers.muni, Some(MuniCode(431001)));
    }

    #[test]
    fn to_fragment_round_trips() {
        let l = parse_fragment(
            "for=family&grad=2001&school=hs&work=withdrawn&muni=435066&asof=2024-12-31",
            today(),
        );
        assert_eq!(l.who, Some(Who::Family));
        let settings = Settings { who: Who::Family, asof: l.asof, ..Settings::default() };
        let again = parse_fragment(&to_fragment(&l.answers, &settings), today());
        assert_eq!(again.answers, l.answers);
        assert_eq!((again.who, again.asof, again.lang), (Some(Who::Family), l.asof, Some(Lang::Ja)));
    }
}
