//! Every message, with values that reach each of its wordings, under a stable name: the golden
//! file `tests/data/messages.tsv` holds what each says in each register. Written from the
//! registers as they were before the catalogues (`GOLDEN_WRITE=1`), compared ever since.

use super::{Field, Msg, PrivacyPart, ReviewCol, ReviewStatus, t};
use crate::answers::{School, Work, YearError};
use crate::date::Date;
use crate::directory::{self, UrlKind};
use crate::flow::Screen;
use crate::link::{LinkKey, LinkNotice};
use crate::rules::{self, AgeEstimate, Check, Cohort, Finding, Fit, ProgrammeId, Verdict};
use crate::settings::{Lang, Who};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn dates() -> Vec<Date> {
    let mut v = Vec::new();
    for m in 1..=12u8 {
        v.push(Date { y: 2025, m, d: if m % 2 == 0 { 1 } else { 31 } });
    }
    v.extend([d("2019-10-31"), d("2026-11-21"), d("2003-02-09")]);
    v
}

fn programme_name(id: ProgrammeId) -> String {
    format!("{id:?}")
}

pub fn cases() -> Vec<(String, Msg)> {
    let mut m: Vec<(String, Msg)> = Vec::new();
    let mut add = |msg: Msg| m.push((format!("{msg:?}"), msg));
    for msg in super::samples::all() {
        let id = format!("{msg:?}");
        if id.contains("Tr {") {
            continue; // named below, without the packs' numbering
        }
        add(msg);
    }
    for date in dates() {
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
    for y in [1920, 1925, 1926, 1927, 1988, 1989, 1990, 1998, 2000, 2018, 2019, 2020, 2026, 2030] {
        add(Msg::WarekiOf(y));
        add(Msg::YearWithWareki(y));
    }
    for n in [0u16, 1, 2, 10, 45, 1000] {
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
            Msg::DetailAge(2000 + n),
            Msg::OldInfoWarning(2000 + n),
            Msg::ContactAgeWarning(2000 + n),
            Msg::Percent(n),
            Msg::OfficeDistance { km: n, from_device: false },
            Msg::OfficeDistance { km: n, from_device: true },
        ] {
            add(msg);
        }
    }
    for n in [1u8, 2, 3] {
        add(Msg::QuestionOf(n));
    }
    for n in [0u32, 1, 59, 60, 120] {
        add(Msg::IdleBody(n));
    }
    for yen in [1u32, 999, 10_000, 12_345, 80_000, 100_000, 250_000, 600_000, 1_234_567, 3_000_000] {
        add(Msg::Monthly { yen, months: None });
        add(Msg::Monthly { yen, months: Some(6) });
        for c in [
            rules::Confirm::IncomeSelf(yen),
            rules::Confirm::IncomeHousehold(yen),
            rules::Confirm::Assets(yen),
        ] {
            add(Msg::Confirm(c));
        }
        for employer in [rules::Employer::Sme, rules::Employer::Large] {
            for case in [
                rules::AmountCase::Any,
                rules::AmountCase::PriorityFixedTerm,
                rules::AmountCase::PriorityOpenEnded,
                rules::AmountCase::OtherFixedTerm,
                rules::AmountCase::OtherOpenEnded,
            ] {
                add(Msg::Amount(rules::Amount { employer, case, yen, split: None }));
            }
        }
    }
    add(Msg::Confirm(rules::Confirm::Attendance(80)));
    for e in [YearError::OutOfRange { min: 1910, max: 2011 }] {
        add(Msg::GradError(e));
        add(Msg::BornError(e));
    }
    // Findings: every shape.
    let ests = [
        None,
        Some(AgeEstimate { lo: 45, hi: 45, from_birth_year: true }),
        Some(AgeEstimate { lo: 44, hi: 47, from_birth_year: false }),
        Some(AgeEstimate { lo: 50, hi: 50, from_birth_year: false }),
    ];
    let checks = [Check::Met, Check::NotMet, Check::Unknown];
    for work in Work::ALL {
        for fit in [Fit::Yes, Fit::Maybe, Fit::No] {
            add(Msg::Finding(Finding::Work { work, fit }));
        }
    }
    for est in ests {
        for at_hiring in [false, true] {
            for check in checks {
                add(Msg::Finding(Finding::Age { min: 35, max: 54, est, at_hiring, check }));
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
        for years in [None, Some((1976, 1976, true)), Some((1975, 1978, false)), Some((1980, 1980, false))] {
            for one_of_several in [false, true] {
                for check in checks {
                    add(Msg::Finding(Finding::Born { from, to, years, one_of_several, check }));
                }
            }
        }
    }
    for grad in [1985, 1989, 1990, 1991, 1992, 1993, 1998, 2004, 2005, 2006, 2007, 2008, 2015] {
        for asof in [d("2024-01-01"), d("2026-11-21")] {
            for w in Who::ALL {
                add(Msg::CohortReason(rules::assess_cohort(grad, asof), w));
            }
        }
    }
    for p in PrivacyPart::ALL {
        for n in 0..8 {
            add(Msg::PrivacyPoint(p, n));
        }
    }
    add(Msg::ReviewCol(ReviewCol::HelloWork));
    add(Msg::ReviewCol(ReviewCol::Areas));
    add(Msg::ReviewNoticesHeading);
    let _ = (Field::Born, ReviewStatus::Ok, LinkNotice::TooLong, LinkKey::Grad, UrlKind::Guide);
    let _ = (School::High, Screen::Start, Verdict::Likely, Cohort::Yes);
    // The messages that carry data texts, named by their records.
    let mut named: Vec<(String, Msg)> = Vec::new();
    for g in directory::groups() {
        let id = match g.label {
            directory::GroupLabel::Cities => "MuniGroup(Cities)".to_string(),
            directory::GroupLabel::Gun(tr) => format!("MuniGroup(Gun {})", tr.ja),
        };
        named.push((id, Msg::MuniGroup(g.label)));
    }
    for x in directory::municipalities() {
        named.push((format!("SelectedMuni({})", x.code.0), Msg::SelectedMuni(x.label)));
    }
    for o in directory::OFFICES.iter() {
        for p in o.parts {
            let muni = directory::municipality(p.muni).unwrap();
            let tag = format!("{} {} {}", o.id, p.muni.0, p.area.ja);
            named.push((format!("PartOf({tag})"), Msg::PartOf { muni: muni.label, area: p.area }));
            named.push((format!("OnlyPart({tag})"), Msg::OnlyPart { muni: muni.label, area: p.area }));
            named.push((format!("PartElsewhere({tag})"), Msg::PartElsewhere { area: p.area, office: o.name }));
        }
    }
    for g in crate::review::rule_gaps(d("2026-11-21")) {
        let id = match g {
            crate::review::RuleGap::AgeRangeUnknown { name } => format!("ReviewGapRule(AgeRangeUnknown {})", name.ja),
            crate::review::RuleGap::NotCoveredSince { name, until } => {
                format!("ReviewGapRule(NotCoveredSince {} {until})", name.ja)
            }
        };
        named.push((id, Msg::ReviewGapRule(g)));
    }
    for p in rules::PROGRAMMES.iter() {
        for q in p.periods {
            for a in q.amounts {
                let split = a.split.map_or(String::new(), |s| s.ja.to_string());
                let id = format!("Amount({} {:?} {:?} {} {split})", programme_name(p.id), a.employer, a.case, a.yen);
                named.push((id, Msg::Amount(*a)));
            }
        }
    }
    m.extend(named);
    m.sort_by(|a, b| a.0.cmp(&b.0));
    m.dedup_by(|a, b| a.0 == b.0);
    m
}

/// One line per message and register: `name \t register \t text`.
pub fn render() -> String {
    let mut out = String::new();
    for (id, msg) in cases() {
        for lang in Lang::ALL {
            let text = t(lang, msg).markup;
            assert!(!text.contains('\t') && !text.contains('\n'), "{id}");
            out.push_str(&format!("{id}\t{}\t{text}\n", lang.key()));
        }
    }
    out
}

#[test]
fn every_message_reads_as_it_did() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/messages.tsv");
    let now = render();
    if std::env::var_os("GOLDEN_WRITE").is_some() {
        std::fs::write(path, &now).unwrap();
    }
    let before = std::fs::read_to_string(path).unwrap();
    let (b, n): (Vec<&str>, Vec<&str>) = (before.lines().collect(), now.lines().collect());
    let missing: Vec<&&str> = b.iter().filter(|l| !n.contains(l)).take(20).collect();
    let extra: Vec<&&str> = n.iter().filter(|l| !b.contains(l)).take(20).collect();
    assert!(missing.is_empty() && extra.is_empty(), "differs:\n- {missing:#?}\n+ {extra:#?}");
    println!("{} messages in 3 registers read as before", b.len() / 3);
}
