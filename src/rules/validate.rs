//! Reads `assets/data/rules.toml` and checks it: the build runs this (`build.rs` compiles this
//! file) and refuses to build when one check fails; the tests run it on broken copies. It is
//! not part of the widget: the widget gets the result as compiled statics.
//!
//! Every problem names the file, the programme (and period) and the field, so whoever edits the
//! rules can find what to fix without reading Rust.

use serde::Deserialize;

use super::model::*;
use crate::date::Date;
/// The same shape of problem as the directory's: file and record, field, message.
pub use crate::directory::validate::Problem;
use crate::text::{Lang, Tr, check_markup, has_english};

/// The file this module reads, as named in every problem.
pub const FILE: &str = "rules.toml";

/// Everything in the rules file, as the widget uses it.
pub struct Rules {
    pub cohort: CohortRule,
    pub widening: Widening,
    pub estimate: Estimate,
    /// In `ProgrammeId` order.
    pub programmes: Vec<Programme>,
}

/// Reads and checks the rules. `known_source` says whether a source id exists in
/// `sources.toml`. Returns every problem at once.
pub fn load(text: &str, known_source: impl Fn(&str) -> bool) -> Result<Rules, Vec<Problem>> {
    let file: RulesFile = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            return Err(vec![Problem {
                record: format!("{FILE} (file)"),
                field: "syntax",
                message: e.to_string(),
            }]);
        }
    };
    let mut out = Checker { problems: Vec::new() };
    let rules = out.rules(file, &known_source);
    if out.problems.is_empty() { Ok(rules) } else { Err(out.problems) }
}

// ---------------------------------------------------------------------------------------------
// The file's shape (unknown fields are refused, so a misspelt field is not silently ignored)

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    cohort: RawCohort,
    widening: RawWidening,
    estimate: RawEstimate,
    programme: Vec<RawProgramme>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCohort {
    source: String,
    core_from: u16,
    core_to: u16,
    near_margin: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWidening {
    from: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEstimate {
    older_years: u16,
    younger_years: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWork {
    regular: String,
    nonregular: String,
    seeking: String,
    notseeking: String,
    withdrawn: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProgramme {
    id: String,
    step: u8,
    work: RawWork,
    started: Option<String>,
    ended: Option<String>,
    period: Vec<RawPeriod>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct RawAmount {
    employer: String,
    case: String,
    yen: u32,
    split: Option<RawTr>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    name: RawTr,
    from: String,
    until: Option<String>,
    sources: Vec<String>,
    age: Option<[u16; 2]>,
    born: Option<[String; 2]>,
    #[serde(default)]
    born_is_one_of_several: bool,
    #[serde(default)]
    age_range_unknown: bool,
    monthly_yen: Option<u32>,
    months: Option<u8>,
    #[serde(default)]
    amounts: Vec<RawAmount>,
    #[serde(default)]
    confirm: Vec<String>,
    income_self_max: Option<u32>,
    income_household_max: Option<u32>,
    assets_max: Option<u32>,
    attendance_percent: Option<u8>,
    note: Option<RawTr>,
}

/// A visible text in the three registers, as written in the data files:
/// `{ ja = "…", easy = "…", en = "…" }`. Also read by `build.rs` for the other data files.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawTr {
    pub ja: String,
    pub easy: String,
    pub en: String,
}

impl RawTr {
    /// The text, after checking each register's markup; `problem` gets the register and what
    /// is wrong with it. English must have English words unless `japanese_ok` (an address, a
    /// legal name).
    pub fn check_as(self, japanese_ok: bool, mut problem: impl FnMut(String)) -> Tr {
        for (lang, text) in [(Lang::Ja, &self.ja), (Lang::Easy, &self.easy), (Lang::En, &self.en)] {
            if let Err(e) = check_markup(text, lang) {
                problem(format!("{}: {e}", lang.key()));
            }
        }
        if !japanese_ok && !has_english(&self.en) {
            problem("en: has no English words: is it translated?".into());
        }
        Tr::new(leak(self.ja), leak(self.easy), leak(self.en))
    }

    pub fn check(self, problem: impl FnMut(String)) -> Tr {
        self.check_as(false, problem)
    }
}

// ---------------------------------------------------------------------------------------------
// The checks

/// Strings in the statics live for the whole program; the build script is short-lived.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, record: &str, field: &'static str, message: impl Into<String>) {
        self.problems.push(Problem { record: format!("{FILE} {record}"), field, message: message.into() });
    }

    fn date(&mut self, record: &str, field: &'static str, s: &str) -> Date {
        Date::parse(s).unwrap_or_else(|| {
            self.push(record, field, format!("{s:?} is not a YYYY-MM-DD date"));
            Date { y: 1970, m: 1, d: 1 }
        })
    }

    fn source(&mut self, record: &str, field: &'static str, id: &str, known: &impl Fn(&str) -> bool) {
        if !known(id) {
            self.push(record, field, format!("unknown source {id:?} (not in sources.toml)"));
        }
    }

    fn rules(&mut self, file: RulesFile, known: &impl Fn(&str) -> bool) -> Rules {
        let c = &file.cohort;
        self.source("cohort", "source", &c.source, known);
        if c.core_from > c.core_to || c.near_margin > 10 || c.core_from < 1950 {
            self.push("cohort", "core_from/core_to/near_margin", "not a sensible range");
        }
        let e = &file.estimate;
        if e.older_years > 5 || e.younger_years > 5 {
            self.push("estimate", "older_years/younger_years", "at most 5");
        }
        self.source("widening", "source", &file.widening.source, known);
        let widening_from = self.date("widening", "from", &file.widening.from);

        let mut programmes: Vec<Programme> = Vec::new();
        for raw in file.programme {
            if let Some(p) = self.programme(raw, &programmes, known) {
                programmes.push(p);
            }
        }
        for id in ProgrammeId::ALL {
            if !programmes.iter().any(|p| p.id == id) {
                self.push(
                    &format!("programme {}", id.key()),
                    "id",
                    "missing: every programme needs its rules",
                );
            }
        }
        programmes.sort_by_key(|p| p.id);
        Rules {
            cohort: CohortRule {
                core_from: c.core_from,
                core_to: c.core_to,
                near_margin: c.near_margin,
                source: leak(c.source.clone()),
            },
            widening: Widening { from: widening_from, source: leak(file.widening.source) },
            estimate: Estimate { older_years: e.older_years, younger_years: e.younger_years },
            programmes,
        }
    }

    fn programme(
        &mut self,
        raw: RawProgramme,
        before: &[Programme],
        known: &impl Fn(&str) -> bool,
    ) -> Option<Programme> {
        let rec = format!("programme {}", raw.id);
        let Some(id) = ProgrammeId::from_key(&raw.id) else {
            self.push(&rec, "id", "not one of the programme ids the widget knows");
            return None;
        };
        if before.iter().any(|p| p.id == id) {
            self.push(&rec, "id", "listed twice");
        }
        if raw.step == 0 || before.iter().any(|p| p.step == raw.step) {
            self.push(&rec, "step", format!("{} is zero or used by another programme", raw.step));
        }
        let w = &raw.work;
        let situations = [
            ("regular", &w.regular),
            ("nonregular", &w.nonregular),
            ("seeking", &w.seeking),
            ("notseeking", &w.notseeking),
            ("withdrawn", &w.withdrawn),
        ];
        let work = situations.map(|(name, v)| match v.as_str() {
            "yes" => Fit::Yes,
            "maybe" => Fit::Maybe,
            "no" => Fit::No,
            other => {
                self.push(&rec, "work", format!("{name} = {other:?} is not yes, maybe or no"));
                Fit::No
            }
        });
        let started = raw.started.as_deref().map(|d| self.date(&rec, "started", d));
        let ended = raw.ended.as_deref().map(|d| self.date(&rec, "ended", d));

        let mut periods: Vec<Period> = Vec::new();
        for (i, p) in raw.period.into_iter().enumerate() {
            let prec = format!("{rec} period {}", i + 1);
            let period = self.period(&prec, p, known);
            if let Some(prev) = periods.last() {
                match prev.until {
                    Some(u) if u < period.from => {}
                    Some(_) => {
                        self.push(&prec, "from", "overlaps the period before (starts on or before its until)")
                    }
                    None => self.push(&prec, "from", "overlaps the period before (give that one an until)"),
                }
            }
            periods.push(period);
        }
        if periods.is_empty() {
            self.push(&rec, "period", "at least one is needed");
        }
        if let (Some(s), Some(first)) = (started, periods.first())
            && first.from < s
        {
            self.push(&rec, "started", "after the first period begins");
        }
        if let (Some(e), Some(last)) = (ended, periods.last())
            && last.until != Some(e)
        {
            self.push(&rec, "ended", "the last period must end on it");
        }
        Some(Programme { id, step: raw.step, work, started, ended, periods: leak_slice(periods) })
    }

    fn period(&mut self, prec: &str, p: RawPeriod, known: &impl Fn(&str) -> bool) -> Period {
        let from = self.date(prec, "from", &p.from);
        let until = p.until.as_deref().map(|d| self.date(prec, "until", d));
        if until.is_some_and(|u| u < from) {
            self.push(prec, "until", "before from");
        }
        let name = p.name.clone().check(|m| self.push(prec, "name", m));
        let note = p.note.clone().map(|n| n.check(|m| self.push(prec, "note", m)));
        if p.sources.is_empty() {
            self.push(prec, "sources", "missing: every version of a rule needs a source");
        }
        for s in &p.sources {
            self.source(prec, "sources", s, known);
        }
        if let Some([lo, hi]) = p.age
            && (lo > hi || hi > 120)
        {
            self.push(prec, "age", "not a sensible range");
        }
        let born = p.born.as_ref().map(|[a, b]| {
            let a = (!a.is_empty()).then(|| self.date(prec, "born", a));
            let b = (!b.is_empty()).then(|| self.date(prec, "born", b));
            (a, b)
        });
        if let Some((Some(a), Some(b))) = born
            && a > b
        {
            self.push(prec, "born", "the range is reversed");
        }
        if p.age_range_unknown && (p.age.is_some() || p.born.is_some()) {
            self.push(prec, "age_range_unknown", "cannot go with age or born");
        }
        if p.born_is_one_of_several && p.born.is_none() {
            self.push(prec, "born_is_one_of_several", "needs born");
        }
        let mut confirm: Vec<Confirm> = Vec::new();
        for key in &p.confirm {
            let mut need = |field: &'static str, v: Option<u32>| {
                v.unwrap_or_else(|| {
                    self.push(prec, field, format!("needed by the confirm item {key:?}"));
                    0
                })
            };
            let item = match key.as_str() {
                "past-5y-regular" => Confirm::Past5YearsRegular,
                "no-regular-1y" => Confirm::NoRegularPastYear,
                "hw-support" => Confirm::HelloWorkSupport,
                "hired-via-hw" => Confirm::HiredViaHelloWork,
                "income-self" => Confirm::IncomeSelf(need("income_self_max", p.income_self_max)),
                "income-household" => {
                    Confirm::IncomeHousehold(need("income_household_max", p.income_household_max))
                }
                "assets" => Confirm::Assets(need("assets_max", p.assets_max)),
                "attendance" => {
                    Confirm::Attendance(need("attendance_percent", p.attendance_percent.map(u32::from)) as u8)
                }
                "no-unemployment-benefit" => Confirm::NoUnemploymentBenefit,
                "no-other-training" => Confirm::NoOtherTraining,
                "living-difficulties" => Confirm::LivingDifficulties,
                "other-categories" => Confirm::OtherCategories,
                other => {
                    self.push(prec, "confirm", format!("{other:?} is not a known item"));
                    continue;
                }
            };
            confirm.push(item);
        }
        let mut amounts: Vec<Amount> = Vec::new();
        for a in p.amounts.clone() {
            let employer = match a.employer.as_str() {
                "sme" => Employer::Sme,
                "large" => Employer::Large,
                other => {
                    self.push(prec, "amounts", format!("employer {other:?} is not sme or large"));
                    continue;
                }
            };
            let case = match a.case.as_str() {
                "any" => AmountCase::Any,
                "priority-fixed" => AmountCase::PriorityFixedTerm,
                "priority-open" => AmountCase::PriorityOpenEnded,
                "other-fixed" => AmountCase::OtherFixedTerm,
                "other-open" => AmountCase::OtherOpenEnded,
                other => {
                    self.push(prec, "amounts", format!("case {other:?} is not known"));
                    continue;
                }
            };
            if a.yen == 0 {
                self.push(prec, "amounts", "an amount of 0 yen");
            }
            let split = a.split.map(|t| t.check(|m| self.push(prec, "amounts", format!("split: {m}"))));
            amounts.push(Amount { employer, case, yen: a.yen, split });
        }
        Period {
            name,
            from,
            until,
            age: p.age.map(|[a, b]| (a, b)),
            born,
            born_is_one_of_several: p.born_is_one_of_several,
            age_range_unknown: p.age_range_unknown,
            monthly_yen: p.monthly_yen,
            months: p.months,
            amounts: leak_slice(amounts),
            confirm: leak_slice(confirm),
            sources: leak_slice(p.sources.into_iter().map(leak).collect()),
            note,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REAL: &str = include_str!("../../assets/data/rules.toml");

    fn known(id: &str) -> bool {
        crate::directory::source(id).is_some()
    }

    /// The real rules with one text replaced (which must occur), checked.
    fn problems_after(find: &str, replace: &str) -> Vec<String> {
        assert!(REAL.contains(find), "the rules file no longer contains {find:?}: update the test");
        match load(&REAL.replacen(find, replace, 1), known) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(|p| p.to_string()).collect(),
        }
    }

    fn assert_one(problems: Vec<String>, want: &str) {
        assert!(problems.iter().any(|p| p == want), "expected {want:?} among {problems:#?}");
    }

    #[test]
    fn the_real_rules_load_and_match_what_was_compiled_in() {
        let r = load(REAL, known).unwrap_or_else(|p| panic!("{p:#?}"));
        assert_eq!(r.programmes.as_slice(), &super::super::PROGRAMMES[..]);
        assert_eq!(r.cohort, super::super::COHORT);
        assert_eq!(r.widening, super::super::WIDENING);
        assert_eq!(r.estimate, super::super::ESTIMATE);
    }

    #[test]
    fn overlapping_periods_are_refused() {
        // The hellowork-desk's first period ends on 2025-03-31; make it run on.
        assert_one(
            problems_after(
                "until = \"2025-03-31\"\n  sources = [\"seed-pf-2019\"]",
                "until = \"2025-04-01\"\n  sources = [\"seed-pf-2019\"]",
            ),
            "rules.toml programme hellowork-desk period 2: from: overlaps the period before (starts on or before its until)",
        );
    }

    #[test]
    fn an_until_before_its_from_is_refused() {
        assert_one(
            problems_after(
                "from = \"2019-10-31\"\n  until = \"2025-03-31\"",
                "from = \"2019-10-31\"\n  until = \"2019-10-30\"",
            ),
            "rules.toml programme hellowork-desk period 1: until: before from",
        );
    }

    #[test]
    fn an_unknown_confirm_key_is_refused() {
        let first = REAL.find("confirm = [\"").expect("a confirm list");
        let programme = REAL[..first].rsplit("id = \"").next().unwrap().split('"').next().unwrap();
        let problems = problems_after("confirm = [\"", "confirm = [\"be-nice\", \"");
        let p = problems.iter().find(|p| p.contains("be-nice")).expect("a problem naming the key");
        assert!(p.starts_with(&format!("rules.toml programme {programme} period ")), "{p}");
        assert!(p.ends_with(": confirm: \"be-nice\" is not a known item"), "{p}");
    }

    #[test]
    fn a_missing_or_unknown_source_is_refused() {
        assert_one(
            problems_after("  sources = [\"seed-pf-2019\"]", "  sources = []"),
            "rules.toml programme hellowork-desk period 1: sources: missing: every version of a rule needs a source",
        );
        assert_one(
            problems_after("  sources = [\"seed-pf-2019\"]", "  sources = [\"a-blog\"]"),
            "rules.toml programme hellowork-desk period 1: sources: unknown source \"a-blog\" (not in sources.toml)",
        );
        assert_one(
            problems_after("[cohort]\nsource = \"mhlw-hyogaki\"", "[cohort]\nsource = \"rumour\""),
            "rules.toml cohort: source: unknown source \"rumour\" (not in sources.toml)",
        );
    }

    #[test]
    fn a_work_fit_that_is_not_yes_maybe_or_no_is_refused() {
        assert_one(
            problems_after(
                "work = { regular = \"no\", nonregular = \"yes\"",
                "work = { regular = \"perhaps\", nonregular = \"yes\"",
            ),
            "rules.toml programme hellowork-desk: work: regular = \"perhaps\" is not yes, maybe or no",
        );
    }

    #[test]
    fn a_missing_programme_a_bad_date_and_an_unknown_field_are_refused() {
        assert_one(
            problems_after("id = \"hellowork-desk\"", "id = \"hellowork-desks\""),
            "rules.toml programme hellowork-desks: id: not one of the programme ids the widget knows",
        );
        assert!(problems_after("id = \"hellowork-desk\"", "id = \"hellowork-desks\"").contains(
            &"rules.toml programme hellowork-desk: id: missing: every programme needs its rules".to_string()
        ));
        assert_one(
            problems_after("from = \"2019-10-31\"", "from = \"2019-02-30\""),
            "rules.toml programme hellowork-desk period 1: from: \"2019-02-30\" is not a YYYY-MM-DD date",
        );
        let p = problems_after("step = 2\n", "step = 2\nsteps = 3\n");
        assert!(
            p.len() == 1 && p[0].starts_with("rules.toml (file): syntax: ") && p[0].contains("steps"),
            "{p:?}"
        );
    }
}
