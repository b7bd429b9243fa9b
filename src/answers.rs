//! What the person told us: the answer types and validation of typed years. Settings (the
//! language, whom the answers are about, the rules date, the host's presets) are apart, in
//! `settings`; the link contract that carries both is in `link`.
//!
//! Nothing here touches the browser: the UI hands us strings and gets typed answers back.

use crate::date::Date;
use crate::directory::MuniCode;
use crate::text::normalize_width;

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

    /// These answers, with `muni` standing in when they name no municipality (the host's
    /// preset: used, shown as chosen, still changeable).
    pub fn or_muni(&self, muni: Option<MuniCode>) -> Answers {
        Answers { muni: self.muni.or(muni), ..self.clone() }
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

pub(crate) fn in_range(y: u16, min: u16, max: u16) -> Result<u16, YearError> {
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
