//! Pure: the rules, as dated and sourced data (`assets/data/rules.toml`) plus small functions
//! that turn answers into verdicts with their reasons.

use crate::date::Date;

/// Who counts as the 就職氷河期世代, by the year they left their last school.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CohortRule {
    pub core_from: u16,
    pub core_to: u16,
    /// Years either side of the core that are "near" (the official definition says 頃).
    pub near_margin: u16,
    pub source: &'static str,
}

/// The date national support widened from the cohort to 中高年層.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Widening {
    pub from: Date,
    pub source: &'static str,
}

mod data {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/rules_data.rs"));
}

pub use data::{COHORT, WIDENING};

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

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!([v(1998), v(1999), v(2000), v(2001), v(2002), v(2003)], [
            Cohort::No,
            Cohort::Near,
            Cohort::Yes,
            Cohort::Yes,
            Cohort::Near,
            Cohort::No
        ]);
    }
}
