//! Pure: answers + rules + directory → what the result page shows. The view only renders this.

use crate::answers::{Answers, Who, Work};
use crate::date::Date;
use crate::directory::{self, Municipality, Office, OfficeKind};
use crate::rules::{self, AgeEstimate, Assessment, CohortAssessment, ProgrammeId, Verdict};

/// Everything the result page needs, in the order it shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Guidance {
    /// The date the rules were applied for.
    pub asof: Date,
    pub who: Who,
    pub municipality: &'static Municipality,
    pub cohort: CohortAssessment,
    /// The person's possible age on the rules date.
    pub age: Option<AgeEstimate>,
    /// Every programme: likely first, then maybe, then unlikely; by step within each.
    pub programmes: Vec<Assessment>,
    /// Where to start, in order: the likely programmes (subsidies excepted), or the "maybe"
    /// ones when none is likely.
    pub next_steps: Vec<ProgrammeId>,
    /// Subsidies an employer may receive for hiring or converting the person (likely or
    /// maybe), so they can mention them. Empty for people already in regular work.
    pub hints: Vec<ProgrammeId>,
    /// Places to consult, most useful first. Never empty.
    pub places: Vec<&'static Office>,
}

impl Guidance {
    pub fn assessment(&self, id: ProgrammeId) -> Option<&Assessment> {
        self.programmes.iter().find(|a| a.programme.id == id)
    }
}

/// The guidance for complete answers, or `None` while a question is unanswered.
pub fn guidance(a: &Answers, asof: Date) -> Option<Guidance> {
    let (grad, work, code) = (a.grad?, a.work?, a.muni?);
    a.school?;
    let municipality = directory::municipality(code)?;
    let cohort = rules::assess_cohort(grad, asof);

    let mut programmes = rules::assess_all(a, work, asof);
    programmes.sort_by_key(|x| (x.verdict, x.programme.step));
    let steps_with = |v: Verdict| -> Vec<ProgrammeId> {
        programmes
            .iter()
            .filter(|x| x.verdict == v && !x.programme.id.is_subsidy())
            .map(|x| x.programme.id)
            .collect()
    };
    let mut next_steps = steps_with(Verdict::Likely);
    if next_steps.is_empty() {
        next_steps = steps_with(Verdict::Maybe);
    }
    let hints = programmes
        .iter()
        .filter(|x| x.programme.id.is_subsidy() && x.verdict != Verdict::Unlikely)
        .map(|x| x.programme.id)
        .collect();

    // People who are not looking for work, or find going out hard, usually start best with
    // a Saposte (no job search needed, families welcome); everyone else with Hello Work.
    let order: [OfficeKind; 2] = match work {
        Work::NotSeeking | Work::Withdrawn => [OfficeKind::Saposte, OfficeKind::HelloWork],
        Work::Regular | Work::NonRegular | Work::Seeking => [OfficeKind::HelloWork, OfficeKind::Saposte],
    };
    let places: Vec<&'static Office> =
        order.iter().flat_map(|&kind| directory::covering(code, kind)).collect();
    Some(Guidance {
        asof,
        who: a.who,
        municipality,
        cohort,
        age: rules::age_on(a, asof),
        programmes,
        next_steps,
        hints,
        places,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::School;
    use crate::directory::MuniCode;
    use crate::rules::Cohort;

    fn answers(grad: u16, born: Option<u16>, work: Work, muni: u32) -> Answers {
        Answers {
            grad: Some(grad),
            school: Some(School::High),
            born,
            work: Some(work),
            muni: Some(MuniCode(muni)),
            ..Answers::default()
        }
    }

    fn today() -> Date {
        Date::parse("2026-11-21").unwrap()
    }

    #[test]
    fn incomplete_answers_give_no_guidance() {
        let mut a = answers(1998, None, Work::Seeking, 432024);
        a.school = None;
        assert!(guidance(&a, today()).is_none());
    }

    #[test]
    fn withdrawn_people_see_their_saposte_first() {
        let g = guidance(&answers(1998, None, Work::Withdrawn, 432024), today()).unwrap();
        assert_eq!(g.cohort.verdict, Cohort::Yes);
        assert_eq!(g.municipality.name, "八代市");
        assert_eq!(g.places[0].id, "saposte-yatsushiro");
        assert!(g.places.iter().any(|o| o.kind == OfficeKind::HelloWork));
        assert_eq!(g.next_steps.first(), Some(&ProgrammeId::HikikomoriCenter));
    }

    #[test]
    fn job_seekers_see_hello_work_first() {
        let g = guidance(&answers(2010, None, Work::Seeking, 432067), today()).unwrap();
        assert_eq!(g.cohort.verdict, Cohort::No);
        assert_eq!(g.places[0].kind, OfficeKind::HelloWork);
        assert_eq!(g.places[1].id, "saposte-tamana");
        assert_eq!(g.next_steps.first(), Some(&ProgrammeId::HelloWorkDesk));
    }

    #[test]
    fn programmes_are_all_there_and_ordered_by_verdict() {
        let g = guidance(&answers(1995, Some(1977), Work::NonRegular, 431001), today()).unwrap();
        assert_eq!(g.programmes.len(), ProgrammeId::ALL.len());
        assert!(g.programmes.windows(2).all(|w| w[0].verdict <= w[1].verdict));
        assert!(g.hints.contains(&ProgrammeId::SubsidyCareerUp));
        assert!(g.next_steps.iter().all(|id| !id.is_subsidy()));
    }

    #[test]
    fn regular_workers_get_no_hire_subsidy_hints() {
        let g = guidance(&answers(1995, Some(1977), Work::Regular, 431001), today()).unwrap();
        assert!(g.hints.is_empty(), "{:?}", g.hints);
        assert!(!g.next_steps.is_empty(), "never a dead end");
    }
}
