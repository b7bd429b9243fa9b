//! Pure: how each record stands, for the data review page the secretariat opens before each
//! platform meeting. Unverified and old records are the ones to check first.

use crate::date::Date;
use crate::directory::{self, Grade, Office, Source};
use crate::rules;

/// How a record stands. Ordered worst first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// No phone number or address could be sourced.
    NoContact,
    /// Rests on information more than a year old.
    Old,
    /// From the seed documents or a dataset: to confirm with the office itself.
    Recheck,
    Ok,
}

impl Status {
    pub const fn key(self) -> &'static str {
        match self {
            Status::NoContact => "no-contact",
            Status::Old => "old",
            Status::Recheck => "recheck",
            Status::Ok => "ok",
        }
    }
}

pub fn source_status(s: &Source, today: Date) -> Status {
    if s.is_old(today) {
        Status::Old
    } else if matches!(s.grade, Grade::Seed | Grade::C) {
        Status::Recheck
    } else {
        Status::Ok
    }
}

/// Every source id an office record rests on.
pub fn office_sources(o: &Office) -> Vec<&'static str> {
    let mut ids = vec![o.source];
    for f in [o.operator, o.eligibility, o.address, o.phone, o.hours, o.url, o.notice].into_iter().flatten() {
        ids.push(f.source);
    }
    if let Some(l) = o.location {
        ids.push(l.source);
    }
    crate::order::sort_by_key(&mut ids, |s| *s);
    ids.dedup();
    ids
}

/// An office's status: no sourced contact first, then the worst of its sources.
pub fn office_status(o: &Office, today: Date) -> Status {
    if o.phone.is_none() && o.address.is_none() {
        return Status::NoContact;
    }
    office_sources(o)
        .iter()
        .filter_map(|id| directory::source(id))
        .map(|s| source_status(s, today))
        .min()
        .unwrap_or(Status::Ok)
}

/// The oldest information an office record rests on (the date its sources describe), and the
/// least sure grade among them: what the review page shows beside each record.
pub fn office_info(o: &Office) -> Option<(Date, Grade)> {
    let sources: Vec<&'static Source> =
        office_sources(o).iter().filter_map(|id| directory::source(id)).collect();
    let date = sources.iter().map(|s| s.info_date()).min()?;
    let grade = sources.iter().map(|s| s.grade).max()?;
    Some((date, grade))
}

/// The record rests on information more than a year old: highlighted for a staff check.
pub fn office_is_old(o: &Office, today: Date) -> bool {
    office_sources(o).iter().filter_map(|id| directory::source(id)).any(|s| s.is_old(today))
}

/// How many records (offices, municipality rows, rule versions) use a source.
pub fn usage(id: &str) -> u16 {
    let offices = directory::OFFICES.iter().filter(|o| office_sources(o).contains(&id)).count();
    let munis = directory::ALL_ROWS.iter().filter(|m| m.sources.contains(&id)).count();
    let periods =
        rules::PROGRAMMES.iter().flat_map(|p| p.periods).filter(|p| p.sources.contains(&id)).count();
    let other = [rules::COHORT.source, rules::WIDENING.source].iter().filter(|s| **s == id).count();
    let notices = directory::NOTICES.iter().filter(|n| n.sources.contains(&id) || n.url.source == id).count();
    let parts = directory::OFFICES.iter().flat_map(|o| o.parts).filter(|p| p.source == id).count();
    (offices + munis + periods + other + notices + parts) as u16
}

/// A rule the data cannot give for `today`: for the review page's list of what to check.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RuleGap {
    /// The version in force has an age range no source gives.
    AgeRangeUnknown { name: crate::text::Tr },
    /// The programme has not ended, but no version is sourced after this date.
    NotCoveredSince { name: crate::text::Tr, until: Date },
}

pub fn rule_gaps(today: Date) -> Vec<RuleGap> {
    let mut gaps = Vec::new();
    for p in rules::PROGRAMMES.iter() {
        match p.period_at(today) {
            Some(q) if q.age_range_unknown => gaps.push(RuleGap::AgeRangeUnknown { name: q.name }),
            Some(_) => {}
            None if p.ended.is_some() => {}
            None => {
                if let Some(last) = p.periods.last()
                    && let Some(until) = last.until
                    && until < today
                {
                    gaps.push(RuleGap::NotCoveredSince { name: last.name, until });
                }
            }
        }
    }
    gaps
}

/// The figures at the top of the review page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    pub sources: u16,
    pub old_sources: u16,
    pub offices: u16,
    pub offices_without_contact: u16,
    pub municipalities: u16,
    pub rule_versions: u16,
}

pub fn counts(today: Date) -> Counts {
    Counts {
        sources: directory::SOURCES.len() as u16,
        old_sources: directory::SOURCES.iter().filter(|s| s.is_old(today)).count() as u16,
        offices: directory::OFFICES.len() as u16,
        offices_without_contact: directory::OFFICES
            .iter()
            .filter(|o| office_status(o, today) == Status::NoContact)
            .count() as u16,
        municipalities: directory::municipalities().count() as u16,
        rule_versions: rules::PROGRAMMES.iter().map(|p| p.periods.len()).sum::<usize>() as u16,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory;

    fn today() -> Date {
        Date::parse("2026-11-21").unwrap()
    }

    #[test]
    fn old_and_unverified_records_are_flagged() {
        let seed = directory::source("seed-pf-2019").unwrap();
        assert_eq!(source_status(seed, today()), Status::Old);
        let mhlw = directory::source("mhlw-hyogaki").unwrap();
        assert_eq!(source_status(mhlw, today()), Status::Ok);
        let dataset = directory::source("localgovjp").unwrap();
        assert_eq!(source_status(dataset, today()), Status::Recheck);
        // A year later the 2026 check itself is old.
        assert_eq!(source_status(mhlw, Date::parse("2027-11-22").unwrap()), Status::Old);
    }

    #[test]
    fn offices_without_a_sourced_phone_or_address_say_so() {
        let o = |id| directory::office(id).unwrap();
        assert_eq!(office_status(o("saposte-yatsushiro"), today()), Status::NoContact);
        assert_eq!(office_status(o("hellowork-minamata"), today()), Status::Old, "its phone, from 2017");
        assert_eq!(office_status(o("self-reliance-432059"), today()), Status::Recheck, "a dataset of 2026");
        assert_eq!(office_status(o("saposte-tamana"), today()), Status::Old, "2019 seed details");
        assert_eq!(office_status(o("hikikomori-link"), today()), Status::Old, "operator from a 2015 article");
        assert_eq!(office_status(o("hikikomori-koshi"), today()), Status::Old, "広報こうし 2025年4月号");
        assert_eq!(office_status(o("self-reliance-431001"), today()), Status::Recheck, "a dataset's copy");
    }

    #[test]
    fn rule_gaps_name_what_no_source_gives_today() {
        let gaps = rule_gaps(today());
        assert!(
            gaps.iter().any(
                |g| matches!(g, RuleGap::AgeRangeUnknown { name } if name.ja().contains("限定・歓迎求人"))
            )
        );
        assert!(
            gaps.iter().any(
                |g| matches!(g, RuleGap::NotCoveredSince { name, .. } if name.ja().contains("トライアル"))
            )
        );
        // The short qualification course ended: not a gap.
        assert!(
            !gaps.iter().any(
                |g| matches!(g, RuleGap::NotCoveredSince { name, .. } if name.ja().contains("短期資格"))
            )
        );
        // In June 2025 the trial subsidy was covered.
        assert!(
            !rule_gaps(Date::parse("2025-06-01").unwrap())
                .iter()
                .any(|g| matches!(g, RuleGap::NotCoveredSince { .. }))
        );
    }

    #[test]
    fn the_hello_work_jurisdiction_is_highlighted_as_old() {
        let kuma = directory::office("hellowork-kuma").unwrap();
        assert!(office_is_old(kuma, today()));
        // Its oldest information, the phone number from the bureau's own list of May 2017, and
        // its weakest grade, the jurisdiction dataset's.
        assert_eq!(office_info(kuma), Some((Date::parse("2017-05-01").unwrap(), Grade::C)));
        let window = directory::office("self-reliance-432059").unwrap();
        assert!(!office_is_old(window, today()));
        assert_eq!(office_info(window), Some((Date::parse("2026-07-27").unwrap(), Grade::C)));
        assert_eq!(usage("r8-earthquake-cao"), 1);
    }

    #[test]
    fn counts_add_up() {
        let c = counts(today());
        assert_eq!(c.municipalities, 45);
        assert_eq!(c.offices as usize, directory::OFFICES.len());
        assert_eq!(
            c.offices_without_contact, 2,
            "2 Saposte (the 10 Hello Work offices have their 2017 phones)"
        );
        assert!(usage("seed-pf-2019") > 10);
        assert_eq!(usage("no-such-source"), 0);
    }
}
