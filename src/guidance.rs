//! Pure: answers + rules + directory → what the result page shows. The view only renders this.

use crate::answers::{Answers, Who};
use crate::date::Date;
use crate::directory::{self, Municipality, Office, OfficeKind, PrefectureStats};
use crate::rules::{self, AgeEstimate, Assessment, CohortAssessment, ProgrammeId, Verdict};

/// A position on the map, in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLng {
    pub lat: f64,
    pub lng: f64,
}

/// Where distances are measured from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Origin {
    /// The town hall of the person's municipality (from the data).
    TownHall,
    /// The device's position, when the person asked for it (never stored, never sent).
    Device(LatLng),
}

/// An office in the result, with its relation to the person.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    pub office: &'static Office,
    /// The office serves the person's municipality.
    pub covers_person: bool,
    /// Straight-line distance from the origin, in whole kilometres (at least 1), when the
    /// office's position is known.
    pub distance_km: Option<u16>,
}

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
    /// Where distances were measured from.
    pub origin: Origin,
    /// Offices that serve the person's municipality, most useful first: one Saposte, a Hello
    /// Work entry, the self-reliance window and the hikikomori centre(s). Never empty.
    pub places: Vec<Place>,
    /// Offices elsewhere that the person may also use (the other Saposte), nearest first;
    /// those without a known position last.
    pub elsewhere: Vec<Place>,
    /// Kumamoto's and Japan's 35–44 figures ("you are not alone").
    pub not_alone: (&'static PrefectureStats, &'static PrefectureStats),
}

impl Guidance {
    pub fn assessment(&self, id: ProgrammeId) -> Option<&Assessment> {
        self.programmes.iter().find(|a| a.programme.id == id)
    }
}

/// The office kind where a programme is taken up.
fn office_kind(id: ProgrammeId) -> Option<OfficeKind> {
    match id {
        ProgrammeId::Saposte => Some(OfficeKind::Saposte),
        ProgrammeId::SelfReliance => Some(OfficeKind::SelfReliance),
        ProgrammeId::HikikomoriCenter => Some(OfficeKind::Hikikomori),
        ProgrammeId::HelloWorkDesk
        | ProgrammeId::JobTraining
        | ProgrammeId::JobseekerSupport
        | ProgrammeId::LimitedJobs
        | ProgrammeId::ShortQualification => Some(OfficeKind::HelloWork),
        ProgrammeId::SubsidyMidcareerHire | ProgrammeId::SubsidyCareerUp | ProgrammeId::SubsidyTrial => None,
    }
}

/// Rough kilometres, at least 1.
fn rough_km(from: LatLng, office: &Office) -> Option<u16> {
    let l = office.location?;
    let km = directory::distance_km((from.lat, from.lng), (l.lat, l.lng));
    Some(km.round().clamp(1.0, 9999.0) as u16)
}

/// The guidance for complete answers, measured from the town hall.
pub fn guidance(a: &Answers, asof: Date) -> Option<Guidance> {
    guidance_from(a, asof, Origin::TownHall)
}

/// The guidance for complete answers, or `None` while a question is unanswered.
pub fn guidance_from(a: &Answers, asof: Date, origin: Origin) -> Option<Guidance> {
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

    // The offices serving the municipality, in the order of the programmes they offer (most
    // fitting first); within a kind, the most local office first.
    let mut kinds: Vec<OfficeKind> = Vec::new();
    for k in programmes.iter().filter_map(|x| office_kind(x.programme.id)).chain(OfficeKind::ALL) {
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    let from = match origin {
        Origin::TownHall => LatLng { lat: municipality.lat, lng: municipality.lng },
        Origin::Device(p) => p,
    };
    let place = |o: &'static Office| Place {
        office: o,
        covers_person: o.covers.contains(&code),
        distance_km: rough_km(from, o),
    };
    // One pass over the offices: those serving the municipality, and the other Saposte.
    let (mut places, mut elsewhere): (Vec<Place>, Vec<Place>) =
        (Vec::with_capacity(6), Vec::with_capacity(2));
    for o in directory::OFFICES.iter() {
        let p = place(o);
        if p.covers_person {
            places.push(p);
        } else if o.kind == OfficeKind::Saposte {
            elsewhere.push(p);
        }
    }
    let rank = |k: OfficeKind| kinds.iter().position(|&x| x == k).unwrap_or(usize::MAX);
    places.sort_by_key(|p| (rank(p.office.kind), p.office.covers.len()));
    elsewhere.sort_by_key(|p| p.distance_km.unwrap_or(u16::MAX));
    Some(Guidance {
        asof,
        who: a.who,
        municipality,
        cohort,
        age: rules::age_on(a, asof),
        programmes,
        next_steps,
        hints,
        origin,
        places,
        elsewhere,
        not_alone: directory::not_alone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{School, Work};
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
    fn withdrawn_people_see_the_hikikomori_centre_first() {
        let g = guidance(&answers(1998, None, Work::Withdrawn, 432024), today()).unwrap();
        assert_eq!(g.cohort.verdict, Cohort::Yes);
        assert_eq!(g.municipality.name, "八代市");
        let ids: Vec<&str> = g.places.iter().map(|p| p.office.id).collect();
        assert_eq!(
            ids,
            [
                "hikikomori-yurukoko",
                "saposte-yatsushiro",
                "self-reliance-432024",
                "hellowork-kumamoto-roudoukyoku"
            ]
        );
        assert_eq!(g.next_steps.first(), Some(&ProgrammeId::HikikomoriCenter));
    }

    #[test]
    fn job_seekers_see_hello_work_first() {
        let g = guidance(&answers(2010, None, Work::Seeking, 432067), today()).unwrap();
        assert_eq!(g.cohort.verdict, Cohort::No);
        assert_eq!(g.places[0].office.kind, OfficeKind::HelloWork);
        assert_eq!(g.places[1].office.id, "saposte-tamana");
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
    fn other_saposte_come_nearest_first_from_the_town_hall_or_the_device() {
        // 荒尾市 is served by たまな; the other two Saposte have no known position yet.
        let g = guidance(&answers(2000, None, Work::Seeking, 432041), today()).unwrap();
        assert!(g.elsewhere.iter().all(|p| !p.covers_person && p.office.kind == OfficeKind::Saposte));
        assert_eq!(g.elsewhere.len(), 2);
        let tamana = g.places.iter().find(|p| p.office.id == "saposte-tamana").unwrap();
        assert!(matches!(tamana.distance_km, Some(10..=16)), "荒尾市役所–玉名市中: {:?}", tamana.distance_km);
        // From a position next to the Tamana Saposte, it is about 1 km away.
        let near = LatLng { lat: 32.9262, lng: 130.5466 };
        let g = guidance_from(&answers(2000, None, Work::Seeking, 432041), today(), Origin::Device(near))
            .unwrap();
        let tamana = g.places.iter().find(|p| p.office.id == "saposte-tamana").unwrap();
        assert_eq!(tamana.distance_km, Some(1));
        // For 八代市, たまな is elsewhere and has the only known distance, so it comes first.
        let g = guidance(&answers(2000, None, Work::Seeking, 432024), today()).unwrap();
        assert_eq!(g.elsewhere[0].office.id, "saposte-tamana");
        assert!(g.elsewhere[0].distance_km.is_some() && g.elsewhere[1].distance_km.is_none());
    }

    #[test]
    fn the_local_hikikomori_station_comes_before_the_prefectural_centre() {
        let g = guidance(&answers(2000, None, Work::Withdrawn, 432164), today()).unwrap();
        let ids: Vec<&str> = g.places.iter().map(|p| p.office.id).collect();
        assert_eq!(&ids[..2], ["hikikomori-koshi", "hikikomori-yurukoko"]);
    }

    #[test]
    fn regular_workers_get_no_hire_subsidy_hints() {
        let g = guidance(&answers(1995, Some(1977), Work::Regular, 431001), today()).unwrap();
        assert!(g.hints.is_empty(), "{:?}", g.hints);
        assert!(!g.next_steps.is_empty(), "never a dead end");
    }
}
