//! The shape of the rules data (`assets/data/rules.toml`): the cohort, the 2025 widening, and
//! every programme, with what it is called, what to say and bring, the kind of place that
//! serves it, and its dated versions, each with its conditions, amounts, checklist and sources.
//! A new programme is a record there (and rows in `tests/data/rule_cases.csv`): no code.

use crate::date::Date;
use crate::directory::OfficeKind;
use crate::text::Tr;
use crate::{keyed, record};

record! {
/// Who counts as the 就職氷河期世代, by the year they left their last school.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CohortRule {
    pub core_from: u16,
    pub core_to: u16,
    /// Years either side of the core that are "near" (the official definition says 頃).
    pub near_margin: u16,
    pub source: &'static str,
}
}

record! {
/// The date national support widened from the cohort to 中高年層.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Widening {
    pub from: Date,
    pub source: &'static str,
}
}

record! {
/// How the age of someone who gave no birth year is estimated from the year they left school.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    /// The birth year may be this many years before (year left − usual leaving age)…
    pub older_years: u16,
    /// …or this many after.
    pub younger_years: u16,
}
}

/// A programme's stable id, part of the public DOM contract (`data-programme`) and of
/// `tests/data/rule_cases.csv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ProgrammeId(pub &'static str);

impl ProgrammeId {
    pub const fn key(self) -> &'static str {
        self.0
    }
}

keyed! {
    /// How a work situation fits a programme's audience.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Fit {
        Yes = "yes",
        /// It depends on something we did not ask.
        Maybe = "maybe",
        No = "no",
    }
}

record! {
/// How each work situation fits a programme (`work = { regular = "no", … }`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkFit {
    pub regular: Fit,
    pub nonregular: Fit,
    pub seeking: Fit,
    pub notseeking: Fit,
    pub withdrawn: Fit,
}
}

keyed! {
    /// How a programme is shown: a step the person can take, or a hint about what an
    /// employer may receive (a subsidy), with a sentence to say.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Shown {
        Step = "step",
        Hint = "hint",
    }
}

record! {
/// A condition the widget does not ask about, shown as an item to confirm at the counter
/// (`[[checklist]]` in rules.toml; a period lists the ids that apply to it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChecklistItem {
    pub id: &'static str,
    /// The item's words. `<yen>` or `<percent>` stands for the period's value (`values`).
    pub text: Tr,
}
}

record! {
/// An item to confirm at the counter, with the period's value for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Confirm {
    pub text: Tr,
    /// The amount (yen) or percentage the text's `<yen>` or `<percent>` stands for.
    pub value: Option<u32>,
}
}

keyed! {
    /// Employer size for subsidy amounts.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Employer {
        Sme = "sme",
        Large = "large",
    }
}

keyed! {
    /// Which case of a subsidy an amount is for.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum AmountCase {
        /// The only case.
        Any = "any",
        /// キャリアアップ: priority target (重点支援対象者), fixed-term → regular.
        PriorityFixedTerm = "priority-fixed",
        /// priority target, open-ended → regular.
        PriorityOpenEnded = "priority-open",
        /// other workers, fixed-term → regular.
        OtherFixedTerm = "other-fixed",
        /// other workers, open-ended → regular.
        OtherOpenEnded = "other-open",
    }
}

record! {
/// An amount an employer may receive (or, for benefits, the person).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Amount {
    pub employer: Employer,
    pub case: AmountCase,
    pub yen: u32,
    /// How it is paid, as published (e.g. "30万円×2期").
    pub split: Option<Tr>,
}
}

record! {
/// One dated version of a programme's rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Period {
    /// The official name in this period (names changed on 2025-04-01).
    pub name: Tr,
    pub from: Date,
    /// Last day this version is known to apply; `None` = still in force as far as we know.
    pub until: Option<Date>,
    /// Age on the rules date (for subsidies: at hiring, taken as the rules date), inclusive.
    pub age: Option<(u16, u16)>,
    /// Birth dates that qualify, inclusive; either end may be open.
    pub born: Option<(Option<Date>, Option<Date>)>,
    /// The birth-date condition is one of several ways in: failing it leaves "maybe".
    pub born_is_one_of_several: bool,
    /// The age range exists but no source gives it: the verdict says so.
    pub age_range_unknown: bool,
    /// A monthly amount paid to the person (benefit) or the employer (trial subsidy).
    pub monthly_yen: Option<u32>,
    pub months: Option<u8>,
    pub amounts: &'static [Amount],
    /// What to confirm at the counter: `confirm` (checklist ids) with their `values`.
    pub confirm: &'static [Confirm] = computed,
    pub sources: &'static [&'static str],
    /// A plain-language note shown with the verdict (e.g. what is not known).
    pub note: Option<Tr>,
    /// What the programme is, what to say and, for family, what to say, when these differ in
    /// this period from the programme's (the desks' names changed on 2025-04-01); likewise its
    /// plain heading.
    pub plain: Option<Tr>,
    pub about: Option<Tr>,
    pub ask: Option<Tr>,
    pub ask_family: Option<Tr>,
}
}

record! {
/// A programme: what it is, who it is for, where it is taken up, and its dated versions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Programme {
    pub id: ProgrammeId,
    /// Order among next steps (1 first).
    pub step: u8,
    pub shown: Shown,
    /// The kind of place that serves it; none for what an employer receives.
    pub place: Option<OfficeKind>,
    /// The step of last resort: when nothing else fits, it is the first step (never a dead end).
    pub fallback: bool,
    /// A family member may consult there alone: no note about places that do.
    pub family_alone: bool,
    pub work: WorkFit,
    /// The sourced first day of the programme, if known: before it, "not yet".
    pub started: Option<Date>,
    /// The sourced last day, if the programme has ended: after it, "ended".
    pub ended: Option<Date>,
    /// What it is, in a few plain words: the heading above its official name.
    pub plain: Tr,
    /// What it is, in plain words.
    pub about: Tr,
    /// What to say at the counter (a step), and what to say for a family member when that
    /// differs.
    pub ask: Option<Tr>,
    pub ask_family: Option<Tr>,
    /// What helps to bring (a step).
    pub bring: Option<Tr>,
    /// What to say to an employer (a hint).
    pub say: Option<Tr>,
    pub periods: &'static [Period],
}
}

impl Programme {
    /// The version in force on `d`, if the data has one.
    pub fn period_at(&self, d: Date) -> Option<&'static Period> {
        self.periods.iter().find(|p| p.from <= d && p.until.is_none_or(|u| d <= u))
    }

    /// Subsidies are paid to employers: shown to the resident as hints, not as steps.
    pub fn is_hint(&self) -> bool {
        self.shown == Shown::Hint
    }
}

impl WorkFit {
    /// The fits in the order regular, nonregular, seeking, notseeking, withdrawn.
    pub const fn in_order(&self) -> [Fit; 5] {
        [self.regular, self.nonregular, self.seeking, self.notseeking, self.withdrawn]
    }
}

impl Period {
    /// The plain heading above the official name in this period.
    pub fn plain(&self, p: &Programme) -> Tr {
        self.plain.unwrap_or(p.plain)
    }

    /// What the programme is in this period.
    pub fn about(&self, p: &Programme) -> Tr {
        self.about.unwrap_or(p.about)
    }

    /// What to say at the counter in this period, for the person or for a family member.
    pub fn ask(&self, p: &Programme, family: bool) -> Option<Tr> {
        let own = if family { self.ask_family.or(self.ask) } else { self.ask };
        own.or(if family { p.ask_family.or(p.ask) } else { p.ask })
    }
}
