//! The shape of the rules data (`assets/data/rules.toml`): programmes with dated periods,
//! each period with its conditions, amounts and sources. `build.rs` compiles this same file.

use crate::date::Date;
use crate::text::Tr;

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

/// The programmes the widget evaluates. The ids are part of the public DOM contract
/// (`data-programme`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProgrammeId {
    HelloWorkDesk,
    Saposte,
    JobTraining,
    JobseekerSupport,
    SelfReliance,
    HikikomoriCenter,
    SubsidyMidcareerHire,
    SubsidyCareerUp,
    SubsidyTrial,
    LimitedJobs,
    ShortQualification,
}

impl ProgrammeId {
    pub const ALL: [ProgrammeId; 11] = [
        ProgrammeId::HelloWorkDesk,
        ProgrammeId::Saposte,
        ProgrammeId::JobTraining,
        ProgrammeId::JobseekerSupport,
        ProgrammeId::SelfReliance,
        ProgrammeId::HikikomoriCenter,
        ProgrammeId::SubsidyMidcareerHire,
        ProgrammeId::SubsidyCareerUp,
        ProgrammeId::SubsidyTrial,
        ProgrammeId::LimitedJobs,
        ProgrammeId::ShortQualification,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            ProgrammeId::HelloWorkDesk => "hellowork-desk",
            ProgrammeId::Saposte => "saposte",
            ProgrammeId::JobTraining => "job-training",
            ProgrammeId::JobseekerSupport => "jobseeker-support",
            ProgrammeId::SelfReliance => "self-reliance",
            ProgrammeId::HikikomoriCenter => "hikikomori-center",
            ProgrammeId::SubsidyMidcareerHire => "subsidy-midcareer-hire",
            ProgrammeId::SubsidyCareerUp => "subsidy-career-up",
            ProgrammeId::SubsidyTrial => "subsidy-trial",
            ProgrammeId::LimitedJobs => "limited-jobs",
            ProgrammeId::ShortQualification => "short-qualification",
        }
    }

    pub fn from_key(s: &str) -> Option<ProgrammeId> {
        ProgrammeId::ALL.into_iter().find(|p| p.key() == s)
    }

    /// Subsidies are paid to employers: shown to the resident as hints, not as steps.
    pub const fn is_subsidy(self) -> bool {
        matches!(
            self,
            ProgrammeId::SubsidyMidcareerHire | ProgrammeId::SubsidyCareerUp | ProgrammeId::SubsidyTrial
        )
    }
}

/// How a work situation fits a programme's audience.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fit {
    Yes,
    /// It depends on something we did not ask.
    Maybe,
    No,
}

/// A condition the widget does not ask about, shown as a checklist item to confirm at the
/// counter. Values come from the period's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Confirm {
    /// Regular employment in the past five years adds up to one year or less.
    Past5YearsRegular,
    /// No regular employment in the past year.
    NoRegularPastYear,
    /// Individual support by a Hello Work advisor (担当者制).
    HelloWorkSupport,
    /// Hired through a Hello Work referral as a regular employee.
    HiredViaHelloWork,
    /// The person's own monthly income at most this many yen.
    IncomeSelf(u32),
    /// The household's monthly income at most this many yen.
    IncomeHousehold(u32),
    /// The household's financial assets at most this many yen.
    Assets(u32),
    /// Attendance of at least this percentage.
    Attendance(u8),
    /// Not receiving unemployment insurance benefits.
    NoUnemploymentBenefit,
    /// Not already in (or booked for) other public vocational training.
    NoOtherTraining,
    /// Money or living difficulties (生活の困りごと).
    LivingDifficulties,
    /// Other categories also qualify (e.g. more than a year out of work).
    OtherCategories,
}

/// Employer size for subsidy amounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Employer {
    Sme,
    Large,
}

/// Which case of a subsidy an amount is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AmountCase {
    /// The only case.
    Any,
    /// キャリアアップ: priority target (重点支援対象者), fixed-term → regular.
    PriorityFixedTerm,
    /// priority target, open-ended → regular.
    PriorityOpenEnded,
    /// other workers, fixed-term → regular.
    OtherFixedTerm,
    /// other workers, open-ended → regular.
    OtherOpenEnded,
}

/// An amount an employer may receive (or, for benefits, the person).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Amount {
    pub employer: Employer,
    pub case: AmountCase,
    pub yen: u32,
    /// How it is paid, as published (e.g. "30万円×2期").
    pub split: Option<Tr>,
}

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
    pub confirm: &'static [Confirm],
    pub sources: &'static [&'static str],
    /// A plain-language note shown with the verdict (e.g. what is not known).
    pub note: Option<Tr>,
}

/// How the age of someone who gave no birth year is estimated from the year they left school.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    /// The birth year may be this many years before (year left − usual leaving age)…
    pub older_years: u16,
    /// …or this many after.
    pub younger_years: u16,
}

/// A programme: who it is for and its dated versions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Programme {
    pub id: ProgrammeId,
    /// Order among next steps (1 first).
    pub step: u8,
    /// Fit for each work situation, in `Work::ALL` order
    /// (regular, nonregular, seeking, notseeking, withdrawn).
    pub work: [Fit; 5],
    /// The sourced first day of the programme, if known: before it, "not yet".
    pub started: Option<Date>,
    /// The sourced last day, if the programme has ended: after it, "ended".
    pub ended: Option<Date>,
    pub periods: &'static [Period],
}

impl Programme {
    /// The version in force on `d`, if the data has one.
    pub fn period_at(&self, d: Date) -> Option<&'static Period> {
        self.periods.iter().find(|p| p.from <= d && p.until.is_none_or(|u| d <= u))
    }
}
