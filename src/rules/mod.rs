//! Pure: the rules, as dated and sourced data (`assets/data/rules.toml`) plus small functions
//! that turn answers into verdicts with their reasons.
//!
//! Every programme is assessed the same way: pick the version of its rule in force on the
//! rules date, check the work situation, age and birth date against it, and combine the
//! checks — anything not met makes it `Unlikely`, anything unknown `Maybe`, else `Likely`.

pub use navi_model::rules::*;

use crate::answers::{Answers, Work};
use crate::date::Date;

mod data {
    use super::*;
    use crate::directory::OfficeKind;
    use navi_model::tr;
    include!(concat!(env!("OUT_DIR"), "/rules_data.rs"));
}

pub use data::{COHORT, ESTIMATE, PROGRAMMES, WIDENING};

/// The cohort verdict. Its `key()` is part of the DOM contract (`data-cohort`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cohort {
    Yes,
    Near,
    No,
}

impl Cohort {
    pub const fn key(self) -> &'static str {
        match self {
            Cohort::Yes => "yes",
            Cohort::Near => "near",
            Cohort::No => "no",
        }
    }
}

/// Which side of the core years a "near" or "no" answer falls on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Before,
    Inside,
    After,
}

/// The cohort verdict with everything needed to explain it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CohortAssessment {
    pub verdict: Cohort,
    pub side: Side,
    pub grad: u16,
    pub rule: CohortRule,
    /// True when the rules date is on or after the widening to 中高年層.
    pub widened: bool,
    pub widening: Widening,
}

/// Applies `rule` to the year the person left school, as of `asof`.
pub fn assess_cohort_with(rule: CohortRule, widening: Widening, grad: u16, asof: Date) -> CohortAssessment {
    let side = if grad < rule.core_from {
        Side::Before
    } else if grad > rule.core_to {
        Side::After
    } else {
        Side::Inside
    };
    let near = (rule.core_from.saturating_sub(rule.near_margin)..rule.core_from).contains(&grad)
        || (rule.core_to + 1..=rule.core_to + rule.near_margin).contains(&grad);
    let verdict = match side {
        Side::Inside => Cohort::Yes,
        _ if near => Cohort::Near,
        _ => Cohort::No,
    };
    CohortAssessment { verdict, side, grad, rule, widened: asof >= widening.from, widening }
}

/// The cohort verdict under the compiled-in rule.
pub fn assess_cohort(grad: u16, asof: Date) -> CohortAssessment {
    assess_cohort_with(COHORT, WIDENING, grad, asof)
}

// ---------------------------------------------------------------------------------------------
// Programmes
// ---------------------------------------------------------------------------------------------

/// The three-state verdict. Its `key()` is part of the DOM contract (`data-verdict`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Likely,
    Maybe,
    Unlikely,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::Likely, Verdict::Maybe, Verdict::Unlikely];

    pub const fn key(self) -> &'static str {
        match self {
            Verdict::Likely => "likely",
            Verdict::Maybe => "maybe",
            Verdict::Unlikely => "unlikely",
        }
    }

    pub fn from_key(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.key() == s)
    }
}

/// The outcome of one condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Check {
    Met,
    NotMet,
    Unknown,
}

impl Check {
    pub const fn key(self) -> &'static str {
        match self {
            Check::Met => "met",
            Check::NotMet => "not-met",
            Check::Unknown => "unknown",
        }
    }
}

/// The person's possible age on a date: a range, because a birth year alone leaves the
/// birthday open, and a school-leaving year leaves more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AgeEstimate {
    pub lo: u16,
    pub hi: u16,
    /// From a birth year the person gave (else estimated from the school-leaving year).
    pub from_birth_year: bool,
}

/// The birth years the answers allow: (earliest, latest, given by the person).
pub fn birth_years(a: &Answers) -> Option<(u16, u16, bool)> {
    if let Some(b) = a.born {
        return Some((b, b, true));
    }
    let (grad, school) = (a.grad?, a.school?);
    let typical = grad.checked_sub(school.usual_leaving_age())?;
    Some((typical.saturating_sub(ESTIMATE.older_years), typical + ESTIMATE.younger_years, false))
}

/// The person's possible age on `d`: the oldest was born on 1 January of the earliest
/// year, the youngest on 31 December of the latest (who has had that birthday only on
/// 31 December).
pub fn age_on(a: &Answers, d: Date) -> Option<AgeEstimate> {
    let (earliest, latest, given) = birth_years(a)?;
    let youngest_birthday_passed = (d.m, d.d) == (12, 31);
    Some(AgeEstimate {
        lo: d.y.saturating_sub(latest).saturating_sub(u16::from(!youngest_birthday_passed)),
        hi: d.y.saturating_sub(earliest),
        from_birth_year: given,
    })
}

/// Why a programme got its verdict: one entry per condition, each with its outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finding {
    /// The rules date is before the programme began.
    NotStarted { from: Date },
    /// The programme ended before the rules date.
    Ended { until: Date },
    /// No sourced version covers the rules date; the nearest one was applied.
    DateNotCovered { from: Date, until: Option<Date> },
    /// `employer`: for subsidies, the employer is the one who receives it.
    Work { work: Work, fit: Fit, employer: bool },
    /// `at_hiring`: for subsidies the age that counts is the age on the day of hiring.
    Age { min: u16, max: u16, est: Option<AgeEstimate>, at_hiring: bool, check: Check },
    /// An age range applies, but no source gives it.
    AgeRangeUnknown,
    Born {
        from: Option<Date>,
        to: Option<Date>,
        years: Option<(u16, u16, bool)>,
        one_of_several: bool,
        check: Check,
    },
}

impl Finding {
    pub fn check(&self) -> Check {
        match *self {
            Finding::NotStarted { .. } | Finding::Ended { .. } => Check::NotMet,
            Finding::DateNotCovered { .. } | Finding::AgeRangeUnknown => Check::Unknown,
            Finding::Work { fit, .. } => match fit {
                Fit::Yes => Check::Met,
                Fit::Maybe => Check::Unknown,
                Fit::No => Check::NotMet,
            },
            Finding::Age { check, .. } | Finding::Born { check, .. } => check,
        }
    }
}

/// A programme's verdict for the answers on a date, with everything needed to explain it.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub programme: &'static Programme,
    /// The version of the rule that was applied.
    pub period: &'static Period,
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
}

/// Assesses one programme. Needs `work`; age conditions use what the answers allow.
pub fn assess(p: &'static Programme, a: &Answers, work: Work, asof: Date) -> Assessment {
    let mut findings = Vec::with_capacity(4);
    let first = &p.periods[0];
    let last = &p.periods[p.periods.len() - 1];
    let period = match p.period_at(asof) {
        Some(period) => period,
        None if p.started.is_some_and(|s| asof < s) => {
            findings.push(Finding::NotStarted { from: first.from });
            first
        }
        None if p.ended.is_some_and(|e| asof > e) => {
            findings.push(Finding::Ended { until: last.until.unwrap_or(last.from) });
            last
        }
        None => {
            // Before the first known version, in a gap, or after the last one ended.
            let nearest = p.periods.iter().rev().find(|q| q.from <= asof).unwrap_or(first);
            findings.push(Finding::DateNotCovered { from: nearest.from, until: nearest.until });
            nearest
        }
    };
    let fit = p.work.in_order()[Work::ALL.iter().position(|&w| w == work).unwrap_or(0)];
    findings.push(Finding::Work { work, fit, employer: p.is_hint() });
    if let Some((min, max)) = period.age {
        let est = age_on(a, asof);
        let check = match est {
            Some(e) if min <= e.lo && e.hi <= max => Check::Met,
            Some(e) if e.hi < min || e.lo > max => Check::NotMet,
            _ => Check::Unknown,
        };
        findings.push(Finding::Age { min, max, est, at_hiring: p.is_hint(), check });
    }
    if period.age_range_unknown {
        findings.push(Finding::AgeRangeUnknown);
    }
    if let Some((from, to)) = period.born {
        let years = birth_years(a);
        let check = match years {
            Some((lo, hi, _)) => born_check(lo, hi, from, to),
            None => Check::Unknown,
        };
        let check =
            if period.born_is_one_of_several && check == Check::NotMet { Check::Unknown } else { check };
        findings.push(Finding::Born {
            from,
            to,
            years,
            one_of_several: period.born_is_one_of_several,
            check,
        });
    }
    let verdict = if findings.iter().any(|f| f.check() == Check::NotMet) {
        Verdict::Unlikely
    } else if findings.iter().any(|f| f.check() == Check::Unknown) {
        Verdict::Maybe
    } else {
        Verdict::Likely
    };
    Assessment { programme: p, period, verdict, findings }
}

/// Whether every birth date in the years `lo..=hi` lies inside `from..=to` (Met), none does
/// (NotMet), or it depends on the birthday (Unknown).
fn born_check(lo: u16, hi: u16, from: Option<Date>, to: Option<Date>) -> Check {
    let first_day = Date { y: lo, m: 1, d: 1 };
    let last_day = Date { y: hi, m: 12, d: 31 };
    let all_inside = from.is_none_or(|f| f <= first_day) && to.is_none_or(|t| last_day <= t);
    let all_outside = to.is_some_and(|t| t < first_day) || from.is_some_and(|f| last_day < f);
    if all_inside {
        Check::Met
    } else if all_outside {
        Check::NotMet
    } else {
        Check::Unknown
    }
}

/// A programme by its id (`data-programme`, `rule_cases.csv`).
pub fn programme(key: &str) -> Option<&'static Programme> {
    PROGRAMMES.iter().find(|p| p.id.key() == key)
}

/// Every programme, assessed.
pub fn assess_all(a: &Answers, work: Work, asof: Date) -> Vec<Assessment> {
    PROGRAMMES.iter().map(|p| assess(p, a, work, asof)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;

    fn programme(id: &str) -> &'static Programme {
        super::programme(id).expect("a programme of rules.toml")
    }

    fn answers(grad: u16, born: Option<u16>) -> Answers {
        Answers {
            grad: Some(grad),
            school: Some(crate::answers::School::University),
            born,
            ..Answers::default()
        }
    }

    #[test]
    fn age_is_a_range_that_narrows_with_a_birth_year() {
        let d = Date::parse("2026-11-21").unwrap();
        // 大学 (22) in 1998: born about 1976, so 1974..=1977, so 48..=52 years old.
        assert_eq!(
            age_on(&answers(1998, None), d),
            Some(AgeEstimate { lo: 48, hi: 52, from_birth_year: false })
        );
        assert_eq!(
            age_on(&answers(1998, Some(1976)), d),
            Some(AgeEstimate { lo: 49, hi: 50, from_birth_year: true })
        );
        let new_years_eve = Date::parse("2026-12-31").unwrap();
        assert_eq!(age_on(&answers(1998, Some(1976)), new_years_eve).map(|e| (e.lo, e.hi)), Some((50, 50)));
    }

    #[test]
    fn birth_date_ranges_are_checked_year_by_year() {
        let from = Date::parse("1968-04-02");
        let to = Date::parse("1988-04-01");
        assert_eq!(born_check(1970, 1970, from, to), Check::Met);
        assert_eq!(born_check(1968, 1968, from, to), Check::Unknown, "depends on the birthday");
        assert_eq!(born_check(1988, 1988, from, to), Check::Unknown);
        assert_eq!(born_check(1967, 1967, from, to), Check::NotMet);
        assert_eq!(born_check(1989, 1990, from, to), Check::NotMet);
        assert_eq!(born_check(1966, 1970, from, to), Check::Unknown);
        assert_eq!(born_check(1990, 1990, from, None), Check::Met);
    }

    #[test]
    fn the_subsidy_course_changes_on_2025_04_01() {
        let a = answers(1998, Some(1976));
        let p = programme("subsidy-midcareer-hire");
        let before = assess(p, &a, Work::Seeking, Date::parse("2025-03-31").unwrap());
        let after = assess(p, &a, Work::Seeking, Date::parse("2025-04-01").unwrap());
        assert!(before.period.name.ja().contains("就職氷河期世代安定雇用実現コース"));
        assert!(after.period.name.ja().contains("中高年層安定雇用支援コース"));
        assert!(before.findings.iter().any(|f| matches!(f, Finding::Born { .. })));
        assert!(after.findings.iter().any(|f| matches!(f, Finding::Age { min: 35, max: 59, .. })));
    }

    #[test]
    fn a_programme_that_ended_is_never_likely_after_it() {
        let a = answers(1998, Some(1976));
        let p = programme("short-qualification");
        assert_eq!(assess(p, &a, Work::Seeking, Date::parse("2023-03-31").unwrap()).verdict, Verdict::Likely);
        let after = assess(p, &a, Work::Seeking, Date::parse("2023-04-01").unwrap());
        assert_eq!(after.verdict, Verdict::Unlikely);
        assert!(matches!(after.findings[0], Finding::Ended { .. }));
    }

    #[test]
    fn a_subsidys_work_finding_speaks_of_the_employer() {
        // A subsidy is the employer's to receive; a step is the person's to use.
        let a = answers(1998, Some(1976));
        let at = Date::parse("2026-11-21").unwrap();
        for (id, employer) in [("subsidy-trial", true), ("subsidy-career-up", true), ("saposte", false)] {
            let found = assess(programme(id), &a, Work::Seeking, at).findings;
            assert!(
                found.iter().any(|f| matches!(f, Finding::Work { employer: e, .. } if *e == employer)),
                "{id}: {found:?}"
            );
        }
    }

    #[test]
    fn a_date_no_source_covers_caps_the_verdict_at_maybe() {
        // The trial subsidy is sourced for FY2025 only.
        let a = answers(1998, Some(1976));
        let p = programme("subsidy-trial");
        assert_eq!(assess(p, &a, Work::Seeking, Date::parse("2025-06-01").unwrap()).verdict, Verdict::Likely);
        let later = assess(p, &a, Work::Seeking, Date::parse("2026-11-21").unwrap());
        assert_eq!(later.verdict, Verdict::Maybe);
        assert!(matches!(later.findings[0], Finding::DateNotCovered { .. }));
    }

    #[test]
    fn cohort_boundaries_from_the_issue() {
        let asof = Date::parse("2026-11-21").unwrap();
        let table = [
            (1985, Cohort::No),
            (1989, Cohort::No),
            (1990, Cohort::Near),
            (1992, Cohort::Near),
            (1993, Cohort::Yes),
            (1998, Cohort::Yes),
            (2004, Cohort::Yes),
            (2005, Cohort::Near),
            (2007, Cohort::Near),
            (2008, Cohort::No),
            (2026, Cohort::No),
        ];
        for (grad, want) in table {
            assert_eq!(assess_cohort(grad, asof).verdict, want, "grad {grad}");
        }
        assert_eq!(assess_cohort(1991, asof).side, Side::Before);
        assert_eq!(assess_cohort(2006, asof).side, Side::After);
    }

    #[test]
    fn widening_applies_from_2025_04_01() {
        assert!(!assess_cohort(1998, Date::parse("2025-03-31").unwrap()).widened);
        assert!(assess_cohort(1998, Date::parse("2025-04-01").unwrap()).widened);
    }

    #[test]
    fn the_rule_is_data() {
        let rule = CohortRule { core_from: 2000, core_to: 2001, near_margin: 1, source: "x" };
        let asof = Date::parse("2026-01-01").unwrap();
        let v = |g| assess_cohort_with(rule, WIDENING, g, asof).verdict;
        assert_eq!(
            [v(1998), v(1999), v(2000), v(2001), v(2002), v(2003)],
            [Cohort::No, Cohort::Near, Cohort::Yes, Cohort::Yes, Cohort::Near, Cohort::No]
        );
    }
}
