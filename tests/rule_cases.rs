//! The programme rules against the table in `tests/data/rule_cases.csv` (a plain file anyone
//! can extend), and an exhaustive sweep over every answer the widget accepts.

use std::time::Instant;

use kumamoto_shien_navi::answers::{Answers, School, Work};
use kumamoto_shien_navi::date::Date;
use kumamoto_shien_navi::directory::{self, MuniCode};
use kumamoto_shien_navi::guidance::{Guidance, Origin, guidance};
use kumamoto_shien_navi::rules::{self, ProgrammeId, Verdict};
use kumamoto_shien_navi::settings::Settings;

struct Case {
    line: usize,
    name: String,
    answers: Answers,
    asof: Date,
    /// The age range the rules take (lo, hi).
    age: (u16, u16),
    /// Per programme: the verdict and the first day of the rules version applied.
    expected: Vec<(ProgrammeId, Verdict, Date)>,
}

/// The guidance on a rules date (today is the rules date: nothing in this table depends on it).
fn decide(a: &Answers, asof: Date) -> Guidance {
    let s = Settings { asof: Some(asof), ..Settings::default() };
    guidance(a, &s, asof, Origin::TownHall).expect("complete answers")
}

fn cases() -> Vec<Case> {
    let text = include_str!("data/rule_cases.csv");
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
    let (_, header) = lines.next().expect("header");
    let columns: Vec<&str> = header.split(',').collect();
    assert_eq!(&columns[..7], ["case", "grad", "school", "born", "work", "asof", "age"]);
    let programmes: Vec<ProgrammeId> = columns[7..]
        .iter()
        .map(|c| rules::programme(c).unwrap_or_else(|| panic!("unknown programme column {c:?}")).id)
        .collect();
    // A programme added to rules.toml needs its column here: its verdicts, tested.
    for p in rules::PROGRAMMES.iter() {
        assert!(programmes.contains(&p.id), "rule_cases.csv has no column for {:?}", p.id.key());
    }
    lines
        .map(|(i, line)| {
            let f: Vec<&str> = line.split(',').collect();
            let at = |msg: &str| format!("rule_cases.csv line {}: {msg}", i + 1);
            assert_eq!(f.len(), columns.len(), "{}", at("wrong number of fields"));
            let answers = Answers {
                grad: Some(f[1].parse().unwrap_or_else(|_| panic!("{}", at("grad")))),
                school: Some(School::from_key(f[2]).unwrap_or_else(|| panic!("{}", at("school")))),
                born: (!f[3].is_empty()).then(|| f[3].parse().unwrap_or_else(|_| panic!("{}", at("born")))),
                work: Some(Work::from_key(f[4]).unwrap_or_else(|| panic!("{}", at("work")))),
                muni: Some(MuniCode(431001)),
            };
            let age = {
                let (lo, hi) = f[6].split_once('-').unwrap_or((f[6], f[6]));
                let n = |s: &str| s.parse::<u16>().unwrap_or_else(|_| panic!("{}", at("age")));
                (n(lo), n(hi))
            };
            let expected = programmes
                .iter()
                .zip(&f[7..])
                .filter(|(_, v)| !v.is_empty())
                .map(|(p, v)| {
                    let (verdict, period) =
                        v.split_once('@').unwrap_or_else(|| panic!("{}", at("verdict@YYYY-MM-DD")));
                    (
                        *p,
                        Verdict::from_key(verdict).unwrap_or_else(|| panic!("{}", at(verdict))),
                        Date::parse(period).unwrap_or_else(|| panic!("{}", at(period))),
                    )
                })
                .collect();
            Case {
                line: i + 1,
                name: f[0].to_string(),
                answers,
                asof: Date::parse(f[5]).unwrap_or_else(|| panic!("{}", at("asof"))),
                age,
                expected,
            }
        })
        .collect()
}

#[test]
fn every_case_in_the_table() {
    let cases = cases();
    assert!(cases.len() >= 30);
    let mut failures = Vec::new();
    for c in &cases {
        let g = decide(&c.answers, c.asof);
        let age = g.age.map(|e| (e.lo, e.hi));
        if age != Some(c.age) {
            failures.push(format!("line {} {}: age expected {:?}, got {age:?}", c.line, c.name, c.age));
        }
        for (id, want, period) in &c.expected {
            let got = g.assessment(*id).expect("every programme is assessed");
            if got.verdict != *want || got.period.from != *period {
                failures.push(format!(
                    "line {} {}: {} expected {}@{period}, got {}@{} ({:?})",
                    c.line,
                    c.name,
                    id.key(),
                    want.key(),
                    got.verdict.key(),
                    got.period.from,
                    got.findings
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_table_covers_every_boundary_the_issue_names() {
    let cases = cases();
    for d in ["2023-03-31", "2023-04-01", "2025-03-31", "2025-04-01"] {
        assert!(cases.iter().any(|c| c.asof.to_string() == d), "no case on {d}");
    }
    for name in ["33-34", "34-35", "35-36", "48-49", "49-50", "50-51", "58-59", "59-60", "60-61"] {
        assert!(cases.iter().any(|c| c.name.contains(name)), "no case for ages {name}");
    }
}

/// Every school × work × municipality × leaving year 1960–2025 × rules date: no panic, every
/// programme assessed, at least one place to consult and one next step. A benchmark, not a
/// timed assertion: the time is printed.
#[test]
fn exhaustive_sweep_never_dead_ends() {
    let dates = [
        "2010-01-01",
        "2020-03-31",
        "2020-04-01",
        "2023-03-31",
        "2023-04-01",
        "2025-03-31",
        "2025-04-01",
        "2026-11-21",
        "2031-01-01",
    ]
    .map(|d| Date::parse(d).unwrap());
    let munis: Vec<MuniCode> = directory::municipalities().map(|m| m.code).collect();
    let start = Instant::now();
    let mut count: u64 = 0;
    for school in School::ALL {
        for work in Work::ALL {
            for &muni in &munis {
                for grad in 1960..=2025u16 {
                    for &asof in &dates {
                        let a = Answers {
                            grad: Some(grad),
                            school: Some(school),
                            work: Some(work),
                            muni: Some(muni),
                            born: None,
                        };
                        let g = decide(&a, asof);
                        assert_eq!(g.all_programmes().count(), rules::PROGRAMMES.len());
                        assert!(!g.places.is_empty(), "{a:?} on {asof}: no place to consult");
                        assert!(!g.steps.is_empty(), "{a:?} on {asof}: no next step");
                        count += 1;
                    }
                }
            }
        }
    }
    let elapsed = start.elapsed();
    println!(
        "sweep: {count} answer sets in {:.0} ms ({:.2} µs each; opt-level 3, overflow checks and debug assertions {})",
        elapsed.as_secs_f64() * 1000.0,
        elapsed.as_secs_f64() * 1e6 / count as f64,
        if cfg!(debug_assertions) { "on" } else { "off" }
    );
}
