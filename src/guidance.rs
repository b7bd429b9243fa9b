//! Pure: answers + rules + directory → what the result page shows. The view only renders this.

use crate::answers::{Answers, Work};
use crate::date::Date;
use crate::directory::{self, Municipality, Office, OfficeKind};
use crate::rules::{self, CohortAssessment};

/// Everything the result page needs, in the order it shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Guidance {
    /// The date the rules were applied for.
    pub asof: Date,
    pub municipality: &'static Municipality,
    pub cohort: CohortAssessment,
    /// Places to consult, most useful first. Never empty.
    pub places: Vec<&'static Office>,
}

/// The guidance for complete answers, or `None` while a question is unanswered.
pub fn guidance(a: &Answers, asof: Date) -> Option<Guidance> {
    let (grad, work, code) = (a.grad?, a.work?, a.muni?);
    a.school?;
    let municipality = directory::municipality(code)?;
    let cohort = rules::assess_cohort(grad, asof);

    // People who are not looking for work, or find going out hard, usually start best with
    // a Saposte (no job search needed, families welcome); everyone else with Hello Work.
    let order: [OfficeKind; 2] = match work {
        Work::NotSeeking | Work::Withdrawn => [OfficeKind::Saposte, OfficeKind::HelloWork],
        Work::Regular | Work::NonRegular | Work::Seeking => [OfficeKind::HelloWork, OfficeKind::Saposte],
    };
    let places: Vec<&'static Office> =
        order.iter().flat_map(|&kind| directory::covering(code, kind)).collect();
    Some(Guidance { asof, municipality, cohort, places })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::School;
    use crate::directory::MuniCode;
    use crate::rules::Cohort;

    fn answers(grad: u16, work: Work, muni: u32) -> Answers {
        Answers { grad: Some(grad), school: Some(School::High), born: None, work: Some(work), muni: Some(MuniCode(muni)) }
    }

    #[test]
    fn incomplete_answers_give_no_guidance() {
        let asof = Date::parse("2026-11-21").unwrap();
        let mut a = answers(1998, Work::Seeking, 432024);
        a.school = None;
        assert!(guidance(&a, asof).is_none());
    }

    #[test]
    fn withdrawn_people_see_their_saposte_first() {
        let asof = Date::parse("2026-11-21").unwrap();
        let g = guidance(&answers(1998, Work::Withdrawn, 432024), asof).unwrap();
        assert_eq!(g.cohort.verdict, Cohort::Yes);
        assert_eq!(g.municipality.name, "八代市");
        assert_eq!(g.places[0].id, "saposte-yatsushiro");
        assert!(g.places.iter().any(|o| o.kind == OfficeKind::HelloWork));
    }

    #[test]
    fn job_seekers_see_hello_work_first() {
        let asof = Date::parse("2026-11-21").unwrap();
        let g = guidance(&answers(2010, Work::Seeking, 432067), asof).unwrap();
        assert_eq!(g.cohort.verdict, Cohort::No);
        assert_eq!(g.places[0].kind, OfficeKind::HelloWork);
        assert_eq!(g.places[1].id, "saposte-tamana");
    }
}
