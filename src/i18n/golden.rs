//! Every message, with values that reach each of its wordings, under a stable name: the golden
//! file `tests/data/messages.tsv` holds what each says in each register. It was written from
//! the registers as Rust code, before the text catalogues; the catalogues must say exactly the
//! same. When a wording changes on purpose, `GOLDEN_WRITE=1 cargo test golden` writes the file
//! again, and its diff shows every sentence that changed.

use std::collections::BTreeMap;

use super::{Field, K, Msg, data, data_or_none, k, kp, t};
use crate::answers::{School, Work, YearError};
use crate::date::Date;
use crate::directory;
use crate::flow::Screen;
use crate::link::{LinkKey, LinkNotice};
use crate::rules::{self, AgeEstimate, Check, Finding, Fit, Programme};
use crate::settings::{Lang, Who};
use crate::text::Tr;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// What a line of the file holds: the message's words in every register.
type Words = [String; 3];

fn words(msg: Msg) -> Words {
    Lang::ALL.map(|l| t(l, msg).markup.into_owned())
}

fn words_of(tr: Option<Tr>) -> Words {
    Lang::ALL.map(|l| data_or_none(l, tr).markup.into_owned())
}

/// The programmes as the messages of old named them.
fn old_name(p: &Programme) -> String {
    p.id.key()
        .split('-')
        .map(|w| match w {
            "hellowork" => "HelloWork".to_string(),
            "midcareer" => "Midcareer".to_string(),
            "jobseeker" => "Jobseeker".to_string(),
            "center" => "Center".to_string(),
            w => w[..1].to_uppercase() + &w[1..],
        })
        .collect()
}

/// The checklist items as the messages of old named them.
const CHECKLIST: &[(&str, &str)] = &[
    ("past-5y-regular", "Past5YearsRegular"),
    ("no-regular-1y", "NoRegularPastYear"),
    ("hw-support", "HelloWorkSupport"),
    ("hired-via-hw", "HiredViaHelloWork"),
    ("income-self", "IncomeSelf"),
    ("income-household", "IncomeHousehold"),
    ("assets", "Assets"),
    ("attendance", "Attendance"),
    ("no-unemployment-benefit", "NoUnemploymentBenefit"),
    ("no-other-training", "NoOtherTraining"),
    ("living-difficulties", "LivingDifficulties"),
    ("other-categories", "OtherCategories"),
];

/// The messages of old that no code showed (issue 22 found them unused): gone with the Rust
/// registers. (The notice's link is now the notice's own, in notices.toml: compared below.)
const GONE: &[&str] = &["ResultLead", "PlacesElsewhereHeading", "SourceLine", "ListSeparator"];
/// Messages made since the file was first written: `GOLDEN_WRITE` adds their cases.
const NEW: &[&str] = &["PlacesLead", "AmountAsOf", "KioskNote", "CohortMeaning", "AmountRange"];

pub fn cases() -> BTreeMap<String, Words> {
    let mut m: BTreeMap<String, Words> = BTreeMap::new();
    // Every message without values, by its name (and case).
    let renamed = |name: &str| match name {
        "NotAloneArea(true)" => "NotAloneArea { japan: true }".to_string(),
        "NotAloneArea(false)" => "NotAloneArea { japan: false }".to_string(),
        n => n.replace("Question::", ""),
    };
    for (name, i) in k::NAMED.iter().chain(kp::NAMED) {
        m.insert(renamed(name), words(Msg::Key(K(*i))));
    }
    m.insert("LangName".into(), words(Msg::LangName));
    m.insert("NoticeLink".into(), Lang::ALL.map(|l| data(l, directory::NOTICES[0].link).markup.into_owned()));
    for p in [
        super::PrivacyPart::Does,
        super::PrivacyPart::Never,
        super::PrivacyPart::How,
        super::PrivacyPart::Check,
        super::PrivacyPart::Links,
        super::PrivacyPart::Modes,
    ] {
        let points = kp::privacy_points(p);
        for n in 0..8 {
            let w = Lang::ALL
                .map(|l| points.get(n).map_or(String::new(), |&key| super::text(l, key).to_string()));
            m.insert(format!("PrivacyPoint({p:?}, {n})"), w);
        }
    }
    let mut add = |msg: Msg| {
        m.insert(format!("{msg:?}"), words(msg));
    };
    let today = d("2026-11-21");
    let mut dates: Vec<Date> =
        (1..=12u8).map(|m| Date { y: 2025, m, d: if m % 2 == 0 { 1 } else { 31 } }).collect();
    dates.extend([
        d("2019-10-31"),
        today,
        d("2003-02-09"),
        d("2025-03-31"),
        d("2025-04-01"),
        d("2021-04-01"),
    ]);
    dates.extend([d("2022-12-11")]);
    for date in dates {
        for msg in [
            Msg::DataAsOf(date),
            Msg::KioskDataStale(date),
            Msg::SlipPrinted(date),
            Msg::SlipRulesDate(date),
            Msg::RulesAsOf(date),
            Msg::Widened(date),
            Msg::SourceDated(date),
            Msg::SourceChecked(date),
            Msg::RuleVersion { from: date, until: None },
            Msg::RuleVersion { from: d("2020-04-01"), until: Some(date) },
            Msg::RuleVersion { from: d("2021-04-01"), until: Some(date) },
            Msg::AreaAsOf { date, old: true },
            Msg::AreaAsOf { date, old: false },
            Msg::Finding(Finding::NotStarted { from: date }),
            Msg::Finding(Finding::Ended { until: date }),
            Msg::Finding(Finding::DateNotCovered { from: date, until: None }),
            Msg::Finding(Finding::DateNotCovered { from: d("2020-04-01"), until: Some(date) }),
        ] {
            add(msg);
        }
    }
    for y in [1920, 1925, 1926, 1927, 1960, 1988, 1989, 1990, 1998, 2000, 2018, 2019, 2020, 2024, 2026, 2030]
    {
        add(Msg::WarekiOf(y));
        add(Msg::YearWithWareki(y));
    }
    for n in [0u16, 1, 2, 3, 4, 5, 9, 10, 45, 1000, 2015, 2019] {
        for msg in [
            Msg::MuniMatchCount(n),
            Msg::SourcesSummary(n),
            Msg::ElsewhereSummary(n),
            Msg::OtherPlacesSummary(n),
            Msg::PartPlacesSummary(n),
            Msg::MoreProgrammesSummary(n),
            Msg::UnlikelySummary(n),
            Msg::HintsSummary(n),
            Msg::ReviewGapNoContact(n),
            Msg::DetailAge(n, 5),
            Msg::DetailAge(2000 + n, 10),
            Msg::OldInfoWarning(n),
            Msg::OldInfoWarning(2000 + n),
            Msg::ContactAgeWarning(n, 5, hall(432164)),
            Msg::ContactAgeWarning(2000 + n, 10, hall(434418)),
            Msg::AmountAsOf(Date { y: 2000 + n, m: 4, d: 1 }),
            Msg::Percent(n),
            Msg::Percent(32),
            Msg::OfficeDistance(n),
        ] {
            add(msg);
        }
    }
    for hall in [None, Some(hall(432164)), Some(hall(433489)), Some(hall(431001))] {
        add(Msg::PlacesLead(hall));
    }
    for n in [1u8, 2, 3] {
        add(Msg::QuestionOf(n));
    }
    for n in [0u32, 1, 59, 60, 120] {
        add(Msg::IdleBody(n));
    }
    for n in [1u32, 3] {
        add(Msg::KioskNote(n));
    }
    add(Msg::CohortMeaning(1993, 2004));
    add(Msg::AmountRange { lo: 150_000, hi: 800_000 });
    for yen in [1u32, 999, 10_000, 12_345, 80_000, 100_000, 250_000, 300_000, 600_000, 1_234_567, 3_000_000] {
        add(Msg::Monthly { yen, months: None });
        add(Msg::Monthly { yen, months: Some(6) });
        for employer in rules::Employer::ALL {
            for case in rules::AmountCase::ALL {
                add(Msg::Amount(rules::Amount { employer, case, yen, split: None }));
            }
        }
    }
    for e in [
        YearError::Empty,
        YearError::NotAYear,
        YearError::OutOfRange { min: 1930, max: 2026 },
        YearError::OutOfRange { min: 1910, max: 2011 },
        YearError::Inconsistent,
    ] {
        add(Msg::GradError(e));
        add(Msg::BornError(e));
    }
    for s in Screen::ALL {
        add(Msg::DocumentTitle(s));
    }
    for f in [Field::School, Field::Grad, Field::Born, Field::Work, Field::Muni] {
        add(Msg::ChangeWhat(f));
    }
    for key in LinkKey::ALL {
        add(Msg::LinkNotice(LinkNotice::Invalid(key)));
    }
    add(Msg::LinkNotice(LinkNotice::BornInconsistent));
    add(Msg::LinkNotice(LinkNotice::TooLong));
    add(Msg::ReviewCounts {
        sources: 20,
        old: 5,
        offices: 50,
        no_contact: 40,
        municipalities: 45,
        periods: 15,
    });
    let (kumamoto, japan) = directory::not_alone();
    add(Msg::NotAloneText { kumamoto: *kumamoto, japan: *japan, ages_now: (44, 53) });
    // Findings: every shape.
    let checks = [Check::Met, Check::NotMet, Check::Unknown];
    for work in Work::ALL {
        for fit in Fit::ALL {
            add(Msg::Finding(Finding::Work { work, fit, employer: false }));
            add(Msg::Finding(Finding::Work { work, fit, employer: true }));
        }
    }
    let mut ests: Vec<Option<AgeEstimate>> = vec![None];
    for (lo, hi) in
        [(45, 45), (44, 47), (50, 50), (24, 28), (27, 31), (30, 34), (31, 35), (36, 37), (39, 40), (41, 45)]
    {
        for from_birth_year in [false, true] {
            ests.push(Some(AgeEstimate { lo, hi, from_birth_year }));
        }
    }
    for (lo, hi) in
        [(42, 43), (43, 44), (44, 48), (45, 46), (47, 51), (48, 49), (48, 52), (49, 50), (49, 53), (52, 56)]
    {
        for from_birth_year in [false, true] {
            ests.push(Some(AgeEstimate { lo, hi, from_birth_year }));
        }
    }
    for (lo, hi) in [(55, 59), (56, 60)] {
        ests.push(Some(AgeEstimate { lo, hi, from_birth_year: false }));
    }
    for est in ests {
        for (min, max) in [(35, 54), (15, 39), (15, 49), (35, 59)] {
            for at_hiring in [false, true] {
                for check in checks {
                    add(Msg::Finding(Finding::Age { min, max, est, at_hiring, check }));
                }
            }
        }
        if let Some(e) = est {
            add(Msg::AgeEstimateLine(e));
        }
    }
    add(Msg::Finding(Finding::AgeRangeUnknown));
    for (from, to) in [
        (Some(d("1968-04-02")), Some(d("1988-04-01"))),
        (Some(d("1968-04-02")), None),
        (None, Some(d("1988-04-01"))),
        (None, None),
    ] {
        let mut years =
            vec![None, Some((1976, 1976, true)), Some((1975, 1978, false)), Some((1980, 1980, false))];
        for lo in 1960..2000 {
            years.push(Some((lo, lo + 3, false)));
            years.push(Some((lo, lo, true)));
            years.push(Some((lo, lo + 1, true)));
        }
        for years in years {
            for one_of_several in [false, true] {
                for check in checks {
                    add(Msg::Finding(Finding::Born { from, to, years, one_of_several, check }));
                }
            }
        }
    }
    for grad in [1985, 1989, 1990, 1991, 1992, 1993, 1998, 2004, 2005, 2006, 2007, 2008, 2015] {
        for asof in [d("2024-01-01"), today] {
            for w in Who::ALL {
                add(Msg::CohortReason(rules::assess_cohort(grad, asof), w));
            }
        }
    }
    // Every finding, checklist item, amount and age estimate the rules give over a spread of
    // answers and dates.
    for p in rules::PROGRAMMES.iter() {
        for q in p.periods {
            for a in q.amounts {
                add(Msg::Amount(*a));
            }
        }
    }
    for asof in ["2019-04-01", "2022-06-01", "2025-04-01", "2026-11-21"] {
        for work in Work::ALL {
            for (grad, born) in
                [(1990, None), (1998, None), (1998, Some(1976)), (2004, Some(1982)), (2015, None)]
            {
                let a = crate::answers::Answers {
                    grad: Some(grad),
                    school: Some(School::University),
                    born,
                    ..Default::default()
                };
                for x in rules::assess_all(&a, work, d(asof)) {
                    for f in x.findings {
                        add(Msg::Finding(f));
                    }
                }
                if let Some(e) = rules::age_on(&a, d(asof)) {
                    add(Msg::AgeEstimateLine(e));
                }
            }
        }
    }
    // The messages that carry data texts, named by their records.
    for g in directory::groups() {
        let id = match g.label {
            directory::GroupLabel::Cities => "MuniGroup(Cities)".to_string(),
            directory::GroupLabel::Gun(tr) => format!("MuniGroup(Gun {})", tr.ja()),
        };
        m.insert(id, words(Msg::MuniGroup(g.label)));
    }
    for x in directory::municipalities() {
        m.insert(format!("SelectedMuni({})", x.code.0), words(Msg::SelectedMuni(x.label)));
    }
    for o in directory::OFFICES.iter() {
        for p in o.parts {
            let muni = directory::municipality(p.muni).unwrap();
            let tag = format!("{} {} {}", o.id, p.muni.0, p.area.ja());
            m.insert(format!("PartOf({tag})"), words(Msg::PartOf { muni: muni.label, area: p.area }));
            m.insert(format!("OnlyPart({tag})"), words(Msg::OnlyPart { muni: muni.label, area: p.area }));
            m.insert(
                format!("PartElsewhere({tag})"),
                words(Msg::PartElsewhere { area: p.area, office: o.name }),
            );
        }
    }
    for g in crate::review::rule_gaps(today) {
        let id = match g {
            crate::review::RuleGap::AgeRangeUnknown { name } => {
                format!("ReviewGapRule(AgeRangeUnknown {})", name.ja())
            }
            crate::review::RuleGap::NotCoveredSince { name, until } => {
                format!("ReviewGapRule(NotCoveredSince {} {until})", name.ja())
            }
        };
        m.insert(id, words(Msg::ReviewGapRule(g)));
    }
    // The programmes' words, now in rules.toml: as the messages of old named them.
    for p in rules::PROGRAMMES.iter() {
        let name = old_name(p);
        for renamed in [false, true] {
            let widening = rules::WIDENING.from;
            let period = p
                .periods
                .iter()
                .rev()
                .find(|q| (q.from >= widening) == renamed)
                .or(p.periods.last())
                .unwrap();
            m.insert(
                format!("ProgrammeAbout {{ id: {name}, renamed: {renamed} }}"),
                words_of(Some(period.about(p))),
            );
            if !p.is_hint() {
                for w in Who::ALL {
                    let ask = period.ask(p, w == Who::Family);
                    m.insert(
                        format!("NextStepAsk {{ id: {name}, who: {w:?}, renamed: {renamed} }}"),
                        words_of(ask),
                    );
                }
            }
        }
        if p.is_hint() {
            m.insert(format!("HintSay({name})"), words_of(p.say));
        } else {
            m.insert(format!("NextStepBring({name})"), words_of(p.bring));
        }
        for q in p.periods {
            for a in q.amounts {
                let split = a.split.map_or(String::new(), |s| s.ja().to_string());
                let id = format!("Amount({name} {:?} {:?} {} {split})", a.employer, a.case, a.yen);
                m.insert(id, words(Msg::Amount(*a)));
            }
        }
    }
    // The checklist, now in rules.toml, with the values the messages of old were tried with.
    let items = checklist();
    for (id, old) in CHECKLIST {
        let text = items[*id];
        let values: &[u32] = match *old {
            "IncomeSelf" | "IncomeHousehold" | "Assets" => {
                &[1, 999, 10_000, 12_345, 80_000, 100_000, 250_000, 300_000, 600_000, 1_234_567, 3_000_000]
            }
            "Attendance" => &[80],
            _ => &[],
        };
        if values.is_empty() {
            m.insert(format!("Confirm({old})"), words(Msg::Confirm(rules::Confirm { text, value: None })));
        }
        for &v in values {
            m.insert(
                format!("Confirm({old}({v}))"),
                words(Msg::Confirm(rules::Confirm { text, value: Some(v) })),
            );
        }
    }
    m
}

/// The checklist items of rules.toml, by id (read as the build reads them).
fn checklist() -> BTreeMap<&'static str, Tr> {
    let text = include_str!("../../assets/data/rules.toml");
    let file = navi_model::build::data::parse("rules.toml", text).unwrap();
    let mut at = navi_model::load::At::default();
    at.placeholders = &["yen", "percent"];
    let items: Vec<rules::ChecklistItem> =
        navi_model::build::data::load_all("rules.toml", &file, "checklist", &mut at);
    items.into_iter().map(|i| (i.id, i.text)).collect()
}

/// One line per message and register: `name \t register \t text`.
fn render(cases: &BTreeMap<String, Words>) -> String {
    let mut out = String::new();
    for (id, words) in cases {
        for (lang, text) in Lang::ALL.iter().zip(words) {
            assert!(!text.contains('\t') && !text.contains('\n'), "{id}");
            out.push_str(&format!("{id}\t{}\t{text}\n", lang.key()));
        }
    }
    out
}

#[test]
fn every_message_reads_as_it_did() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/messages.tsv");
    let now = cases();
    let before = std::fs::read_to_string(path).unwrap();
    let mut compared = 0;
    let mut problems = Vec::new();
    let mut written: BTreeMap<String, Words> = BTreeMap::new();
    for line in before.lines() {
        let mut f = line.splitn(3, '\t');
        let (id, lang, text) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap_or(""));
        if GONE.contains(&id) {
            continue;
        }
        let i = Lang::ALL.iter().position(|l| l.key() == lang).unwrap();
        match now.get(id) {
            None => problems.push(format!("{id}: no longer made")),
            Some(w) => {
                if w[i] != text {
                    problems.push(format!("{id} {lang}:\n  was {text:?}\n  now {:?}", w[i]));
                }
                compared += 1;
                written.insert(id.to_string(), w.clone());
            }
        }
    }
    // The same messages, with what they say now: the file's diff is every change of wording.
    // A message whose arguments changed (none of its cases is made any more), or one of `NEW`:
    // its cases made now are written. A case no longer made (a date of the data) is dropped.
    if std::env::var_os("GOLDEN_WRITE").is_some() {
        let name = |id: &str| id.split('(').next().unwrap_or(id).to_string();
        let ids: Vec<&str> = before.lines().filter_map(|l| l.split('\t').next()).collect();
        let changed = |n: &str| {
            NEW.contains(&n)
                || ids.iter().any(|id| name(id) == n)
                    && ids.iter().all(|id| name(id) != n || !now.contains_key(*id))
        };
        written
            .extend(now.iter().filter(|(id, _)| changed(&name(id))).map(|(id, w)| (id.clone(), w.clone())));
        std::fs::write(path, render(&written)).unwrap();
        return;
    }
    problems.truncate(30);
    assert!(problems.is_empty(), "{} differences:\n{}", problems.len(), problems.join("\n"));
    assert!(compared > 3000, "{compared}");
    println!("{} messages read as before in 3 registers ({compared} texts)", written.len());
}

/// A municipality's office, by its code.
fn hall(code: u32) -> Tr {
    directory::municipality(directory::MuniCode(code)).expect("a municipality").hall
}
