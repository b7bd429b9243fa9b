//! Reads `assets/data/rules.toml` and checks it: the build refuses to build when one check
//! fails; the tests run it on broken copies. Every problem names the file, the programme (and
//! period) and the field, so whoever edits the rules can find what to fix without reading Rust.

use super::catalogue::placeholders;
use super::data::{load_all, parse, records};
use crate::directory::OfficeKind;
use crate::load::{At, Load, Problem, Table, Value, leak_slice};
use crate::rules::*;
use crate::text::Lang;

/// The file this module reads, as named in every problem.
pub const FILE: &str = "rules.toml";

/// Everything in the rules file, as the widget uses it.
#[derive(Debug)]
pub struct Rules {
    pub cohort: CohortRule,
    pub widening: Widening,
    pub estimate: Estimate,
    /// In the file's order.
    pub programmes: Vec<Programme>,
}

/// Reads and checks the rules. `known_source` says whether a source id exists in
/// `sources.toml`. Returns every problem at once.
pub fn load(text: &str, known_source: impl Fn(&str) -> bool) -> Result<Rules, Vec<Problem>> {
    let file = parse(FILE, text).map_err(|p| vec![p])?;
    let mut at = At::new(format!("{FILE} (file)"));
    at.only(&file, ["cohort", "widening", "estimate", "checklist", "programme"].into_iter());
    let one = |key: &str, at: &mut At| {
        at.record(format!("{FILE} {key}"));
        match file.get(key) {
            Some(v) => Some(v.clone()),
            None => {
                at.problem("missing");
                None
            }
        }
    };
    let cohort = one("cohort", &mut at).and_then(|v| CohortRule::load(&v, &mut at));
    let widening = one("widening", &mut at).and_then(|v| Widening::load(&v, &mut at));
    let estimate = one("estimate", &mut at).and_then(|v| Estimate::load(&v, &mut at));
    at.placeholders = &["yen", "percent"];
    let checklist: Vec<ChecklistItem> = load_all(FILE, &file, "checklist", &mut at);
    at.placeholders = &[];
    let mut check = Checker { at, known: &known_source };
    check.checklist(&checklist);
    let mut programmes: Vec<Programme> = Vec::new();
    for (label, t) in records(FILE, &file, "programme", &mut check.at) {
        let label = label.replacen(FILE, &format!("{FILE} programme"), 1);
        if let Some(p) = check.programme(&label, t, &checklist, &programmes) {
            programmes.push(p);
        }
    }
    if let (Some(c), Some(w), Some(e)) = (cohort, widening, estimate) {
        check.cohort(&c, &w, &e);
        check.programmes(&programmes);
        if check.at.problems.is_empty() {
            return Ok(Rules { cohort: c, widening: w, estimate: e, programmes });
        }
    }
    Err(check.at.problems)
}

struct Checker<'k, F: Fn(&str) -> bool> {
    at: At,
    known: &'k F,
}

impl<F: Fn(&str) -> bool> Checker<'_, F> {
    fn source(&mut self, field: &str, id: &str) {
        if !(self.known)(id) {
            self.at.problem_in(field, format!("unknown source {id:?} (not in sources.toml)"));
        }
    }

    fn cohort(&mut self, c: &CohortRule, w: &Widening, e: &Estimate) {
        self.at.record(format!("{FILE} cohort"));
        self.source("source", c.source);
        if c.core_from > c.core_to || c.near_margin > 10 || c.core_from < 1950 {
            self.at.problem_in("core_from/core_to/near_margin", "not a sensible range");
        }
        self.at.record(format!("{FILE} estimate"));
        if e.older_years > 5 || e.younger_years > 5 {
            self.at.problem_in("older_years/younger_years", "at most 5");
        }
        self.at.record(format!("{FILE} widening"));
        self.source("source", w.source);
    }

    /// Each item's text has at most one placeholder, `<yen>` or `<percent>`, in every register.
    fn checklist(&mut self, items: &[ChecklistItem]) {
        for (i, item) in items.iter().enumerate() {
            self.at.record(format!("{FILE} checklist {}", item.id));
            if items[..i].iter().any(|o| o.id == item.id) {
                self.at.problem_in("id", "listed twice");
            }
            let mut used: Option<Vec<&str>> = None;
            for lang in Lang::ALL {
                match placeholders(item.text.get(lang)) {
                    Err(e) => self.at.problem_in("text", format!("{}: {e}", lang.key())),
                    Ok(p) => {
                        if p.len() > 1 || p.iter().any(|x| *x != "yen" && *x != "percent") {
                            self.at.problem_in(
                                "text",
                                format!("{}: at most one placeholder, <yen> or <percent>", lang.key()),
                            );
                        }
                        match &used {
                            Some(u) if *u != p => self.at.problem_in(
                                "text",
                                format!("{}: uses {p:?}, another register {u:?}", lang.key()),
                            ),
                            _ => used = Some(p),
                        }
                    }
                }
            }
        }
    }

    fn programme(
        &mut self,
        label: &str,
        t: &Table,
        checklist: &[ChecklistItem],
        before: &[Programme],
    ) -> Option<Programme> {
        self.at.record(label);
        let mut t = t.clone();
        let raw_periods = t.remove("periods");
        t.insert("periods".into(), Value::Array(Vec::new()));
        let programme = Programme::load(&Value::Table(t), &mut self.at);
        let mut periods: Vec<Period> = Vec::new();
        let items = raw_periods.as_ref().and_then(Value::as_array).cloned().unwrap_or_default();
        if items.is_empty() {
            self.at.record(label);
            self.at.problem_in("periods", "at least one is needed: [[programme.periods]]");
        }
        for (i, v) in items.iter().enumerate() {
            self.at.record(format!("{label} period {}", i + 1));
            if let Some(p) = self.period(v, checklist) {
                periods.push(p);
            }
        }
        let mut p = programme?;
        p.periods = leak_slice(periods);
        self.at.record(label);
        self.programme_checks(&p, before);
        Some(p)
    }

    fn period(&mut self, v: &Value, checklist: &[ChecklistItem]) -> Option<Period> {
        let mut t = self.at.table(v)?.clone();
        let ids = t.remove("confirm");
        let values = t.remove("values");
        let mut period = Period::load(&Value::Table(t), &mut self.at)?;
        let values = match values {
            None => Table::new(),
            Some(Value::Table(v)) => v,
            Some(other) => {
                self.at.problem_in(
                    "values",
                    format!("expected a table {{ item = value }}, found {}", crate::load::shown(&other)),
                );
                Table::new()
            }
        };
        let mut confirm = Vec::new();
        let mut used = Vec::new();
        for id in ids.as_ref().and_then(Value::as_array).into_iter().flatten() {
            let Some(id) = id.as_str() else {
                self.at.problem_in(
                    "confirm",
                    format!("expected checklist ids in quotes, found {}", crate::load::shown(id)),
                );
                continue;
            };
            let Some(item) = checklist.iter().find(|c| c.id == id) else {
                self.at
                    .problem_in("confirm", format!("{id:?} is not a known item (rules.toml [[checklist]])"));
                continue;
            };
            let needs = placeholders(item.text.ja()).map(|p| !p.is_empty()).unwrap_or(false);
            let value = values.get(id).and_then(Value::as_integer).and_then(|v| u32::try_from(v).ok());
            match (needs, value) {
                (true, None) => {
                    self.at.problem_in("values", format!("{id}: needed by the confirm item {id:?}"))
                }
                (false, Some(_)) => self.at.problem_in("values", format!("{id}: the item shows no value")),
                _ => {}
            }
            used.push(id.to_string());
            confirm.push(Confirm { text: item.text, value });
        }
        for k in values.keys().filter(|k| !used.contains(k)) {
            self.at.problem_in("values", format!("{k}: not in confirm"));
        }
        period.confirm = leak_slice(confirm);
        self.period_checks(&period);
        Some(period)
    }

    fn period_checks(&mut self, p: &Period) {
        if p.until.is_some_and(|u| u < p.from) {
            self.at.problem_in("until", "before from");
        }
        if p.sources.is_empty() {
            self.at.problem_in("sources", "missing: every version of a rule needs a source");
        }
        for s in p.sources {
            self.source("sources", s);
        }
        if let Some((lo, hi)) = p.age
            && (lo > hi || hi > 120)
        {
            self.at.problem_in("age", "not a sensible range");
        }
        if let Some((Some(a), Some(b))) = p.born
            && a > b
        {
            self.at.problem_in("born", "the range is reversed");
        }
        if p.age_range_unknown && (p.age.is_some() || p.born.is_some()) {
            self.at.problem_in("age_range_unknown", "cannot go with age or born");
        }
        if p.born_is_one_of_several && p.born.is_none() {
            self.at.problem_in("born_is_one_of_several", "needs born");
        }
        for a in p.amounts {
            if a.yen == 0 {
                self.at.problem_in("amounts", "an amount of 0 yen");
            }
        }
    }

    fn programme_checks(&mut self, p: &Programme, before: &[Programme]) {
        let id = p.id.key();
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            self.at.problem_in("id", "use lower-case letters, digits and '-' only");
        }
        if before.iter().any(|o| o.id == p.id) {
            self.at.problem_in("id", "listed twice");
        }
        if p.step == 0 || before.iter().any(|o| o.step == p.step) {
            self.at.problem_in("step", format!("{} is zero or used by another programme", p.step));
        }
        match p.shown {
            Shown::Step => {
                for (field, v) in [("ask", p.ask), ("bring", p.bring)] {
                    if v.is_none() {
                        self.at.problem_in(field, "missing: a step says what to say and bring");
                    }
                }
                if p.place.is_none() {
                    self.at.problem_in("place", "missing: a step is taken up at a kind of place");
                }
                if p.say.is_some() {
                    self.at
                        .problem_in("say", "only a hint (shown = \"hint\") has a sentence for an employer");
                }
            }
            Shown::Hint => {
                if p.say.is_none() {
                    self.at.problem_in("say", "missing: a hint gives the sentence to say to an employer");
                }
                for (field, set) in [
                    ("ask", p.ask.is_some()),
                    ("bring", p.bring.is_some()),
                    ("place", p.place.is_some()),
                    ("fallback", p.fallback),
                ] {
                    if set {
                        self.at.problem_in(field, "a hint is not a step: leave it out");
                    }
                }
            }
        }
        for (i, q) in p.periods.iter().enumerate().skip(1) {
            let prev = &p.periods[i - 1];
            let at = format!("period {}", i + 1);
            match prev.until {
                Some(u) if u < q.from => {}
                Some(_) => self
                    .at
                    .problem_in(&at, "from: overlaps the period before (starts on or before its until)"),
                None => self.at.problem_in(&at, "from: overlaps the period before (give that one an until)"),
            }
        }
        // A plain heading that names an age names the period's oldest: "up to age 49" must not
        // outlive a rule that changes it.
        for (i, q) in p.periods.iter().enumerate() {
            let at = format!("period {}", i + 1);
            for lang in Lang::ALL {
                let numbers = numbers_in(&crate::text::base_text(q.plain(p).get(lang)));
                match q.age {
                    _ if numbers.is_empty() => {}
                    Some((_, hi)) if numbers == [u32::from(hi)] => {}
                    Some((_, hi)) => self.at.problem_in(
                        &at,
                        format!(
                            "plain ({}): names {numbers:?}, but this period's age ends at {hi}",
                            lang.key()
                        ),
                    ),
                    None => self.at.problem_in(
                        &at,
                        format!(
                            "plain ({}): names an age {numbers:?}, but this period has no age",
                            lang.key()
                        ),
                    ),
                }
            }
        }
        if let (Some(s), Some(first)) = (p.started, p.periods.first())
            && first.from < s
        {
            self.at.problem_in("started", "after the first period begins");
        }
        if let (Some(e), Some(last)) = (p.ended, p.periods.last())
            && last.until != Some(e)
        {
            self.at.problem_in("ended", "the last period must end on it");
        }
    }

    /// Across programmes: exactly one step of last resort, taken up at a place.
    fn programmes(&mut self, all: &[Programme]) {
        self.at.record(format!("{FILE} (file)"));
        let fallbacks: Vec<&str> = all.iter().filter(|p| p.fallback).map(|p| p.id.key()).collect();
        if fallbacks.len() != 1 {
            self.at.problem_in(
                "fallback",
                format!("exactly one programme is the step of last resort, not {fallbacks:?}"),
            );
        }
        if all.is_empty() {
            self.at.problem_in("programme", "no programme");
        }
        let _ = OfficeKind::ALL;
    }
}

/// The whole numbers written in a text, in order.
fn numbers_in(s: &str) -> Vec<u32> {
    s.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const REAL: &str = include_str!("../../../../assets/data/rules.toml");
    const SOURCES: &str = include_str!("../../../../assets/data/sources.toml");

    fn known(id: &str) -> bool {
        SOURCES.contains(&format!("id = \"{id}\""))
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
    fn the_real_rules_load() {
        let r = load(REAL, known).unwrap_or_else(|p| panic!("{p:#?}"));
        assert!(r.programmes.len() >= 11);
        assert_eq!(r.cohort.core_from, 1993);
    }

    #[test]
    fn overlapping_periods_are_refused() {
        // The hellowork-desk's first period ends on 2025-03-31; make it run on.
        assert_one(
            problems_after(
                "until = \"2025-03-31\"\n  sources = [\"seed-pf-2019\"]",
                "until = \"2025-04-01\"\n  sources = [\"seed-pf-2019\"]",
            ),
            "rules.toml programme hellowork-desk: period 2: from: overlaps the period before (starts on or before its until)",
        );
    }

    #[test]
    fn a_plain_heading_must_name_its_periods_age() {
        // Saposte's heading says "up to age 49"; a rule that moves the age must move the words.
        let p = problems_after("age = [15, 49]", "age = [15, 54]");
        for lang in ["ja", "easy", "en"] {
            let want = format!(
                "rules.toml programme saposte: period 2: plain ({lang}): names [49], but this period's age ends at 54"
            );
            assert!(p.contains(&want), "expected {want:?} among {p:#?}");
        }
        assert!(problems_after("age = [15, 49]", "age = [15, 49]").is_empty());
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
        let first = REAL.find("\n  confirm = [\"").expect("a confirm list");
        let programme = REAL[..first].rsplit("\nid = \"").next().unwrap().split('"').next().unwrap();
        let problems = problems_after("\n  confirm = [\"", "\n  confirm = [\"be-nice\", \"");
        let p = problems.iter().find(|p| p.contains("be-nice")).expect("a problem naming the key");
        assert!(p.starts_with(&format!("rules.toml programme {programme} period ")), "{p}");
        assert!(p.ends_with(": confirm: \"be-nice\" is not a known item (rules.toml [[checklist]])"), "{p}");
    }

    #[test]
    fn a_value_the_checklist_needs_is_required() {
        let p = problems_after("income-self = 80000, ", "");
        assert!(
            p.iter().any(|p| p.ends_with("values: income-self: needed by the confirm item \"income-self\"")),
            "{p:#?}"
        );
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
            "rules.toml programme hellowork-desk: work.regular: \"perhaps\" is not one of yes, maybe, no",
        );
    }

    #[test]
    fn a_bad_date_an_unknown_field_and_a_missing_register_are_refused() {
        assert_one(
            problems_after("from = \"2019-10-31\"", "from = \"2019-02-30\""),
            "rules.toml programme hellowork-desk period 1: from: \"2019-02-30\" is not a YYYY-MM-DD date",
        );
        let p = problems_after("step = 2\n", "step = 2\nsteps = 3\n");
        assert!(
            p.iter().any(|p| p.starts_with("rules.toml programme hellowork-desk: steps: unknown field")),
            "{p:?}"
        );
        let p = problems_after("ja = \"ハローワークは、仕事を探す方", "jp = \"ハローワークは、仕事を探す方");
        assert!(
            p.iter()
                .any(|p| p.starts_with("rules.toml programme hellowork-desk: about: ")
                    && p.contains("missing ja")),
            "{p:#?}"
        );
    }

    #[test]
    fn a_hint_without_its_sentence_and_a_second_fallback_are_refused() {
        let p = problems_after("say = {", "said = {");
        assert!(
            p.iter().any(|p| p.ends_with(": say: missing: a hint gives the sentence to say to an employer")),
            "{p:#?}"
        );
        let p = problems_after("fallback = true", "fallback = false");
        assert!(p.iter().any(|p| p.contains("fallback: exactly one programme")), "{p:#?}");
    }
}
