//! What the person told us: the answer types, validation of typed years, and the public
//! deep-link contract (the URL fragment).
//!
//! Nothing here touches the browser: the UI hands us strings and gets typed answers back.

use crate::date::Date;
use crate::directory::{self, MuniCode};
use crate::i18n::Lang;

/// The last school the person left (graduated or not).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum School {
    JuniorHigh,
    High,
    Vocational,
    JuniorCollege,
    University,
    Graduate,
}

impl School {
    pub const ALL: [School; 6] = [
        School::JuniorHigh,
        School::High,
        School::Vocational,
        School::JuniorCollege,
        School::University,
        School::Graduate,
    ];

    /// The deep-link value (`school=`).
    pub const fn key(self) -> &'static str {
        match self {
            School::JuniorHigh => "jhs",
            School::High => "hs",
            School::Vocational => "voc",
            School::JuniorCollege => "jc",
            School::University => "univ",
            School::Graduate => "grad",
        }
    }

    /// The usual age on leaving this school, used to estimate age when no birth year is given.
    pub const fn usual_leaving_age(self) -> u16 {
        match self {
            School::JuniorHigh => 15,
            School::High => 18,
            School::Vocational | School::JuniorCollege => 20,
            School::University => 22,
            School::Graduate => 24,
        }
    }

    pub fn from_key(s: &str) -> Option<School> {
        School::ALL.into_iter().find(|v| s.eq_ignore_ascii_case(v.key()))
    }
}

/// The person's work situation now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Work {
    Regular,
    NonRegular,
    Seeking,
    NotSeeking,
    Withdrawn,
}

impl Work {
    pub const ALL: [Work; 5] =
        [Work::Regular, Work::NonRegular, Work::Seeking, Work::NotSeeking, Work::Withdrawn];

    /// The deep-link value (`work=`).
    pub const fn key(self) -> &'static str {
        match self {
            Work::Regular => "regular",
            Work::NonRegular => "nonregular",
            Work::Seeking => "seeking",
            Work::NotSeeking => "notseeking",
            Work::Withdrawn => "withdrawn",
        }
    }

    pub fn from_key(s: &str) -> Option<Work> {
        Work::ALL.into_iter().find(|v| s.eq_ignore_ascii_case(v.key()))
    }
}

/// Who the answers are about: the person themselves, or someone a family member or friend is
/// looking up (the wording changes from "you" to "the person").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Who {
    #[default]
    Myself,
    Family,
}

impl Who {
    pub const ALL: [Who; 2] = [Who::Myself, Who::Family];

    /// The deep-link value (`for=`).
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

/// The three questions, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    /// Year left school, which school, optional birth year.
    Schooling,
    Work,
    Municipality,
}

impl Question {
    pub const ALL: [Question; 3] = [Question::Schooling, Question::Work, Question::Municipality];

    /// 1-based position, for "質問 1 / 3".
    pub const fn number(self) -> u8 {
        match self {
            Question::Schooling => 1,
            Question::Work => 2,
            Question::Municipality => 3,
        }
    }
}

/// Everything the person has told us. All optional: they arrive one screen at a time,
/// or all at once from a deep link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Asked on the first screen; never blocks the result.
    pub who: Who,
    pub grad: Option<u16>,
    pub school: Option<School>,
    pub born: Option<u16>,
    pub work: Option<Work>,
    pub muni: Option<MuniCode>,
}

impl Answers {
    pub fn is_answered(&self, q: Question) -> bool {
        match q {
            Question::Schooling => self.grad.is_some() && self.school.is_some(),
            Question::Work => self.work.is_some(),
            Question::Municipality => self.muni.is_some(),
        }
    }

    /// The first question still to ask, or `None` when the result can be shown.
    pub fn first_missing(&self) -> Option<Question> {
        Question::ALL.into_iter().find(|&q| !self.is_answered(q))
    }

    pub fn is_complete(&self) -> bool {
        self.first_missing().is_none()
    }
}

// ---------------------------------------------------------------------------------------------
// Typed years (the form fields)
// ---------------------------------------------------------------------------------------------

/// Why a typed year was not accepted. The UI turns these into messages tied to the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearError {
    Empty,
    NotAYear,
    /// A real year, but outside what the question allows.
    OutOfRange {
        min: u16,
        max: u16,
    },
    /// Birth year and school-leaving year cannot both be right.
    Inconsistent,
}

/// The Japanese eras a resident may type a year in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Era {
    Showa,
    Heisei,
    Reiwa,
}

impl Era {
    /// (era, first Gregorian year, last year-of-era we accept)
    const TABLE: [(Era, u16, u16); 3] =
        [(Era::Showa, 1926, 64), (Era::Heisei, 1989, 31), (Era::Reiwa, 2019, 99)];

    fn first_year(self) -> u16 {
        Era::TABLE.iter().find(|(e, ..)| *e == self).map_or(0, |t| t.1)
    }

    fn last_year_of_era(self) -> u16 {
        Era::TABLE.iter().find(|(e, ..)| *e == self).map_or(0, |t| t.2)
    }
}

/// The 和暦 for a Gregorian year: (era, year of era). 1989 is 平成元年 and 2019 令和元年
/// (the era that began that year), which is how forms and certificates usually print them.
pub fn wareki(y: u16) -> Option<(Era, u16)> {
    Era::TABLE.iter().rev().find(|(_, first, _)| y >= *first).map(|&(era, first, _)| (era, y - first + 1))
}

/// Earliest school-leaving year the form accepts (someone born around 1915 and still asking).
pub const GRAD_MIN: u16 = 1930;
/// Earliest birth year the form accepts.
pub const BORN_MIN: u16 = 1910;

/// Parses a year typed by a person: `1998`, `１９９８`, `1998年`, `平成10年`, `平成元年`, `H10`, `h10`.
/// Range checks are the caller's (they depend on the question).
pub fn parse_year_text(input: &str) -> Result<u16, YearError> {
    let s = normalize_width(input);
    let s = s.trim().trim_end_matches('年').trim();
    if s.is_empty() {
        return Err(YearError::Empty);
    }
    // 和暦: an era name or initial, then a number or 元.
    let eras: [(&str, Era); 9] = [
        ("昭和", Era::Showa),
        ("平成", Era::Heisei),
        ("令和", Era::Reiwa),
        ("s", Era::Showa),
        ("h", Era::Heisei),
        ("r", Era::Reiwa),
        ("S", Era::Showa),
        ("H", Era::Heisei),
        ("R", Era::Reiwa),
    ];
    for (prefix, era) in eras {
        if let Some(rest) = s.strip_prefix(prefix) {
            let rest = rest.trim_start_matches(['.', ' ']).trim();
            let n = if rest == "元" { 1 } else { small_number(rest).ok_or(YearError::NotAYear)? };
            if n == 0 || n > era.last_year_of_era() {
                return Err(YearError::NotAYear);
            }
            return Ok(era.first_year() + n - 1);
        }
    }
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().map_err(|_| YearError::NotAYear);
    }
    Err(YearError::NotAYear)
}

fn small_number(s: &str) -> Option<u16> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
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

/// The year the person left school, checked against what is possible on `today`.
pub fn grad_year(input: &str, today: Date) -> Result<u16, YearError> {
    let y = parse_year_text(input)?;
    in_range(y, GRAD_MIN, today.y)
}

/// The optional birth year: `Ok(None)` when left blank. Checked against the school-leaving
/// year when we have it (nobody leaves their last school before about 12).
pub fn born_year(input: &str, grad: Option<u16>, today: Date) -> Result<Option<u16>, YearError> {
    match parse_year_text(input) {
        Err(YearError::Empty) => Ok(None),
        Err(e) => Err(e),
        Ok(y) => {
            let y = in_range(y, BORN_MIN, today.y.saturating_sub(12))?;
            if let Some(g) = grad
                && !plausible_birth_for_grad(y, g)
            {
                return Err(YearError::Inconsistent);
            }
            Ok(Some(y))
        }
    }
}

fn in_range(y: u16, min: u16, max: u16) -> Result<u16, YearError> {
    if (min..=max).contains(&y) { Ok(y) } else { Err(YearError::OutOfRange { min, max }) }
}

/// Someone leaves their last school between about 12 and 80 years after birth.
pub fn plausible_birth_for_grad(born: u16, grad: u16) -> bool {
    grad >= born + 12 && grad <= born + 80
}

/// What was wrong with the first question's form, field by field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SchoolingErrors {
    pub school_missing: bool,
    pub grad: Option<YearError>,
    pub born: Option<YearError>,
}

/// Checks the first question's form: a school chosen, a school-leaving year, and an optional
/// birth year that fits it. Returns the typed answers or every error at once.
pub fn check_schooling(
    school: Option<School>,
    grad_text: &str,
    born_text: &str,
    today: Date,
) -> Result<(School, u16, Option<u16>), SchoolingErrors> {
    let grad = grad_year(grad_text, today);
    let born = born_year(born_text, grad.ok(), today);
    match (school, grad, born) {
        (Some(s), Ok(g), Ok(b)) => Ok((s, g, b)),
        (s, g, b) => Err(SchoolingErrors { school_missing: s.is_none(), grad: g.err(), born: b.err() }),
    }
}

// ---------------------------------------------------------------------------------------------
// The deep-link contract
// ---------------------------------------------------------------------------------------------

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

/// The result of reading a fragment: the answers it carries, the settings, and what was dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeepLink {
    pub answers: Answers,
    pub asof: Option<Date>,
    pub lang: Option<Lang>,
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
    for pair in fragment.split(['&', ';']) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(k) = percent_decode(k) else { continue };
        let Some(key) = LinkKey::ALL.into_iter().find(|c| c.key() == k) else { continue };
        out.has_contract_keys = true;
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let value = percent_decode(v);
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
                out.answers.muni = six_digits(v).and_then(directory::resolve_code);
                out.answers.muni.is_some()
            }
            (LinkKey::AsOf, Some(v)) => {
                out.asof = Date::parse(v);
                out.asof.is_some()
            }
            (LinkKey::For, Some(v)) => match Who::from_key(v) {
                Some(w) => {
                    out.answers.who = w;
                    true
                }
                None => false,
            },
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

fn six_digits(s: &str) -> Option<u32> {
    (s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
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

/// The deep link that reproduces these answers (used only when the person asks for it).
pub fn to_fragment(a: &Answers, asof: Option<Date>) -> String {
    let mut parts: Vec<String> = Vec::new();
    if a.who != Who::default() {
        parts.push(format!("for={}", a.who.key()));
    }
    if let Some(g) = a.grad {
        parts.push(format!("grad={g}"));
    }
    if let Some(s) = a.school {
        parts.push(format!("school={}", s.key()));
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
    if let Some(d) = asof {
        parts.push(format!("asof={d}"));
    }
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-11-21").unwrap()
    }

    #[test]
    fn years_in_western_and_japanese_forms() {
        for (input, want) in [
            ("1998", 1998),
            ("１９９８", 1998),
            ("1998年", 1998),
            (" 1998 ", 1998),
            ("平成10年", 1998),
            ("平成10", 1998),
            ("平成元年", 1989),
            ("昭和64年", 1989),
            ("H10", 1998),
            ("h10", 1998),
            ("Ｈ１０", 1998),
            ("S60", 1985),
            ("令和2年", 2020),
            ("R1", 2019),
        ] {
            assert_eq!(parse_year_text(input), Ok(want), "{input:?}");
        }
        assert_eq!(parse_year_text(""), Err(YearError::Empty));
        assert_eq!(parse_year_text("  年"), Err(YearError::Empty));
        for bad in ["98", "19980", "平成", "平成32年", "昭和0年", "H-1", "abcd", "<b>1998</b>", "1e3"]
        {
            assert_eq!(parse_year_text(bad), Err(YearError::NotAYear), "{bad:?}");
        }
    }

    #[test]
    fn wareki_names_the_era_that_began_that_year() {
        assert_eq!(wareki(1998), Some((Era::Heisei, 10)));
        assert_eq!(wareki(1989), Some((Era::Heisei, 1)));
        assert_eq!(wareki(2019), Some((Era::Reiwa, 1)));
        assert_eq!(wareki(1988), Some((Era::Showa, 63)));
        assert_eq!(wareki(1900), None);
    }

    #[test]
    fn grad_and_born_ranges() {
        assert_eq!(grad_year("2026", today()), Ok(2026));
        assert_eq!(grad_year("2027", today()), Err(YearError::OutOfRange { min: GRAD_MIN, max: 2026 }));
        assert_eq!(grad_year("1929", today()), Err(YearError::OutOfRange { min: GRAD_MIN, max: 2026 }));
        assert_eq!(born_year("", Some(1998), today()), Ok(None));
        assert_eq!(born_year("1976", Some(1998), today()), Ok(Some(1976)));
        assert_eq!(born_year("1990", Some(1998), today()), Err(YearError::Inconsistent));
        assert_eq!(born_year("2020", None, today()), Err(YearError::OutOfRange { min: BORN_MIN, max: 2014 }));
    }

    #[test]
    fn the_schooling_form_reports_every_error_at_once() {
        assert_eq!(
            check_schooling(Some(School::University), "H10", "", today()),
            Ok((School::University, 1998, None))
        );
        assert_eq!(
            check_schooling(None, "", "abc", today()),
            Err(SchoolingErrors {
                school_missing: true,
                grad: Some(YearError::Empty),
                born: Some(YearError::NotAYear)
            })
        );
        assert_eq!(
            check_schooling(Some(School::High), "1998", "1995", today()),
            Err(SchoolingErrors { school_missing: false, grad: None, born: Some(YearError::Inconsistent) })
        );
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
        assert_eq!(l.answers.who, Who::Family);
        let again = parse_fragment(&to_fragment(&l.answers, l.asof), today());
        assert_eq!(again, l);
    }

    #[test]
    fn questions_come_in_order() {
        let mut a = Answers::default();
        assert_eq!(a.first_missing(), Some(Question::Schooling));
        a.grad = Some(2000);
        assert_eq!(a.first_missing(), Some(Question::Schooling), "school type is part of question 1");
        a.school = Some(School::High);
        a.muni = Some(MuniCode(431001));
        assert_eq!(a.first_missing(), Some(Question::Work));
        a.work = Some(Work::Seeking);
        assert!(a.is_complete());
    }
}
