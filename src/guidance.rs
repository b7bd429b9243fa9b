//! Pure: answers + settings + rules + directory → the one decided result. Everything the result
//! shows is decided here, in language-neutral terms (ids, enums, dates, data): the summary a
//! tired person reads first, the steps, the places with the best way to reach each and how old
//! each contact detail is, the programmes grouped by verdict, the employer hints and what a
//! shared link carries. The result page, and later a print slip, a kiosk screen or a QR code,
//! only render this value; none of them decides anything.

use crate::answers::{Answers, Work};
use crate::date::Date;
use crate::directory::{
    self, MuniCode, Municipality, Notice, Office, OfficeKind, PrefectureStats, Source, Sourced, UrlKind,
};
use crate::link;
use crate::rules::{self, AgeEstimate, Assessment, Cohort, CohortAssessment, ProgrammeId, Verdict};
use crate::settings::{Settings, Who};
use crate::text::Tr;

/// The seed documents hold the MHLW plan quoted in the "not your fault" paragraph.
const PLAN_SOURCE: &str = "seed-pf-2019";
/// The 35–44 statistics of the "not alone" chart.
const STATS_SOURCE: &str = "seed-stats-2017";
/// The year of that survey (就業構造基本統計調査 2017), as its texts say it.
const STATS_SURVEY_YEAR: u16 = 2017;
/// The ages its figures are of, in that year.
const STATS_AGES: (u16, u16) = (35, 44);
/// Where to look when an office has no sourced phone, address or page of its own: 熊本労働局,
/// which runs Hello Work and contracts the Saposte, lists them.
const FALLBACK_SOURCE: &str = "kumamoto-roudoukyoku";

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

/// How current a shown detail is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freshness {
    Current,
    /// Its source gives information of this month, more than a year before today.
    Old {
        year: u16,
        month: u8,
    },
}

impl Freshness {
    fn of(s: &Source, today: Date) -> Freshness {
        let d = s.info_date();
        if s.is_old(today) { Freshness::Old { year: d.y, month: d.m } } else { Freshness::Current }
    }

    /// (year, month) of old information: the oldest is the least.
    fn old_month(self) -> Option<(u16, u8)> {
        match self {
            Freshness::Current => None,
            Freshness::Old { year, month } => Some((year, month)),
        }
    }
}

/// A detail shown to the person, with its source and how current it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detail {
    /// In each register (numbers and addresses read the same in all).
    pub value: crate::text::Tr,
    pub source: &'static Source,
    pub freshness: Freshness,
}

impl Detail {
    fn of(f: Option<Sourced>, today: Date) -> Option<Detail> {
        let f = f?;
        let source = directory::source(f.source)?;
        Some(Detail { value: f.value, source, freshness: Freshness::of(source, today) })
    }
}

/// The best way to reach a place, decided once for every view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reach {
    /// A sourced phone number: a `tel:` link (a QR code where links cannot leave).
    Phone(Detail),
    /// No sourced phone: the office's page, or the municipality's site, or a list of offices.
    Page { page: Detail, kind: UrlKind },
    /// Nothing of its own is sourced: 熊本労働局's page, which lists such offices.
    Fallback(Detail),
}

impl Reach {
    pub fn detail(&self) -> Detail {
        match *self {
            Reach::Phone(d) | Reach::Page { page: d, .. } | Reach::Fallback(d) => d,
        }
    }
}

/// The sources behind one card: shown as one short line that opens to the full list.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceLine {
    /// Each once, in the order first named.
    pub sources: Vec<&'static Source>,
}

impl SourceLine {
    fn of(ids: impl IntoIterator<Item = &'static str>) -> SourceLine {
        let mut sources: Vec<&'static Source> = Vec::new();
        for s in ids.into_iter().filter_map(directory::source) {
            if !sources.iter().any(|x| x.id == s.id) {
                sources.push(s);
            }
        }
        SourceLine { sources }
    }
}

/// What a place card says about old information: at most one warning per card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OldInfo {
    /// A shown phone number, address or hours come from information of this month.
    Contacts { year: u16, month: u8 },
    /// Other details of the record (who runs it, what it does) come from this year.
    Record { year: u16 },
}

/// Whom a Hello Work office serves, as its card says it (information of a dated dataset).
#[derive(Clone, Debug, PartialEq)]
pub struct Jurisdiction {
    /// The municipalities it serves in full, in code order.
    pub whole: Vec<&'static Municipality>,
    /// The parts of other municipalities it also serves.
    pub parts: Vec<(&'static Municipality, crate::text::Tr)>,
    /// It serves only this part of the person's municipality.
    pub only: Option<(&'static Municipality, crate::text::Tr)>,
    /// The parts of the person's municipality that other offices serve: the part and the office.
    pub not_here: Vec<(crate::text::Tr, &'static Office)>,
    /// The date of the information, and whether it is more than a year old.
    pub dated: Date,
    pub old: bool,
}

impl Jurisdiction {
    fn of(o: &'static Office, code: MuniCode, today: Date) -> Option<Jurisdiction> {
        if o.kind != OfficeKind::HelloWork {
            return None;
        }
        let source = directory::source(o.source)?;
        let not_here = if o.serves(code) {
            directory::OFFICES
                .iter()
                .filter(|x| x.kind == o.kind && x.id != o.id)
                .filter_map(|x| x.part_of(code).map(|p| (p.area, x)))
                .collect()
        } else {
            Vec::new()
        };
        Some(Jurisdiction {
            whole: o.covers.iter().filter_map(|c| directory::municipality(*c)).collect(),
            parts: o.parts.iter().filter_map(|p| Some((directory::municipality(p.muni)?, p.area))).collect(),
            only: o.part_of(code).and_then(|p| Some((directory::municipality(code)?, p.area))),
            not_here,
            dated: source.info_date(),
            old: source.is_old(today),
        })
    }
}

/// A notice for the person's municipality (an earthquake), with the official page to check
/// and the sources that justify it.
#[derive(Clone, Debug, PartialEq)]
pub struct NoticeCard {
    pub notice: &'static Notice,
    pub page: Detail,
    pub sources: SourceLine,
}

/// A place to consult, as every view shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub office: &'static Office,
    /// The office serves the person's municipality.
    pub covers_person: bool,
    /// Straight-line distance from the origin, in whole kilometres (at least 1), when the
    /// office's position is known.
    pub distance_km: Option<u16>,
    pub phone: Option<Detail>,
    pub address: Option<Detail>,
    pub hours: Option<Detail>,
    pub page: Option<Detail>,
    pub operator: Option<Detail>,
    pub eligibility: Option<Detail>,
    pub notice: Option<Detail>,
    pub reach: Reach,
    /// Neither a phone number nor an address could be sourced: the card says so.
    pub contacts_unknown: bool,
    /// A phone number but no address or hours: the card says what is not known.
    pub address_unknown: bool,
    /// An old phone number of an office without a page of its own: the page that lists the
    /// current details (熊本労働局's), beside the number.
    pub current_details: Option<Detail>,
    pub old: Option<OldInfo>,
    pub sources: SourceLine,
    /// For a Hello Work office: whom it serves, and which parts of the person's municipality
    /// another office serves.
    pub jurisdiction: Option<Jurisdiction>,
    /// The window is at the municipality's 社会福祉協議会: the card says what that is.
    pub council: bool,
}

/// One first step: a programme to take up (with its verdict, reasons and sources), and the
/// place (of `places`) where it is taken up.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub card: ProgrammeCard,
    /// The id of the place that offers it, when one of the places serving the person does.
    pub office: Option<&'static str>,
}

impl Step {
    pub fn programme(&self) -> ProgrammeId {
        self.card.id()
    }

    /// The programme's official name in the rules version applied.
    pub fn name(&self) -> crate::text::Tr {
        self.card.assessment.period.name
    }

    /// The plain heading above it.
    pub fn plain(&self) -> crate::text::Tr {
        self.card.plain()
    }
}

/// What the first screen says: what applies, what to do first, where to go and how.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub cohort: Cohort,
    /// The years that define the generation, said right under the headline.
    pub years: (u16, u16),
    /// The day national support widened to 中高年層, when the rules date is on or after it.
    pub widened: Option<Date>,
    pub first_step: Step,
    pub first_place: Place,
    /// The person reported no hardship (regular work): the first step is said as a place for
    /// when it is needed, not as a need.
    pub if_needed: bool,
}

/// The cohort verdict with its explanation.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortCard {
    pub assessment: CohortAssessment,
    /// "Not your fault": said to everyone the definition covers.
    pub not_your_fault: bool,
    pub sources: SourceLine,
}

/// A programme's card: its assessment, the sources of the rules version applied, and its words
/// in that version (Hello Work's desks and jobs took the name 中高年層（旧：就職氷河期世代） on
/// 2025-04-01: what the person is told to ask for uses the name of the rules date).
#[derive(Clone, Debug, PartialEq)]
pub struct ProgrammeCard {
    pub assessment: Assessment,
    pub sources: SourceLine,
    /// What it is.
    pub about: Tr,
    /// What to say at the counter (a step), for the person or, looking up for them, a family
    /// member.
    pub ask: Option<Tr>,
    /// What helps to bring (a step).
    pub bring: Option<Tr>,
    /// What to say to an employer (a hint).
    pub say: Option<Tr>,
    /// A monthly amount is shown: the date of the newest information it rests on.
    pub amount_as_of: Option<Date>,
}

impl ProgrammeCard {
    pub fn id(&self) -> ProgrammeId {
        self.assessment.programme.id
    }

    /// What it is in a few plain words, above its official name.
    pub fn plain(&self) -> Tr {
        self.assessment.period.plain(self.assessment.programme)
    }

    /// Its amounts are worth reading: not for a programme that does not seem to apply.
    pub fn shows_amounts(&self) -> bool {
        self.assessment.verdict != Verdict::Unlikely
    }

    /// Its note: a programme's note with amounts is about them, and goes with them. An ended
    /// programme says only that it ended.
    pub fn note(&self) -> Option<Tr> {
        let p = self.assessment.period;
        p.note.filter(|_| (p.amounts.is_empty() || self.shows_amounts()) && !self.has_ended())
    }

    /// The lowest and highest of its amounts, when it has more than two (shown as a range, the
    /// table one tap away).
    pub fn amount_range(&self) -> Option<(u32, u32)> {
        let a = self.assessment.period.amounts;
        let yen = || a.iter().map(|x| x.yen);
        (a.len() > 2).then(|| (yen().min().unwrap_or(0), yen().max().unwrap_or(0)))
    }

    /// The programme ended before the rules date.
    pub fn has_ended(&self) -> bool {
        self.assessment.findings.iter().any(|f| matches!(f, rules::Finding::Ended { .. }))
    }

    /// The reasons shown: of an ended programme, only that it ended (its other conditions
    /// no longer matter).
    pub fn reasons(&self) -> impl Iterator<Item = &rules::Finding> {
        let ended = self.has_ended();
        self.assessment.findings.iter().filter(move |f| !ended || matches!(f, rules::Finding::Ended { .. }))
    }

    /// What to confirm at the counter: nothing for a programme that ended.
    pub fn confirm(&self) -> &'static [rules::Confirm] {
        if self.has_ended() { &[] } else { self.assessment.period.confirm }
    }
}

/// The programmes that are not steps, in the group their verdict puts them in. With the
/// steps, every programme is in exactly one place.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Programmes {
    /// Not subsidies, likely or maybe, and not among the steps: the "maybe" ones when the steps
    /// are the likely ones. In step order.
    pub more: Vec<ProgrammeCard>,
    /// Subsidies an employer may receive for hiring or converting the person (likely or
    /// maybe), so they can mention them. Empty for people already in regular work.
    pub hints: Vec<ProgrammeCard>,
    /// Unlikely, subsidies included: shown collapsed, still in the page.
    pub unlikely: Vec<ProgrammeCard>,
}

/// "You are not alone": Kumamoto's and Japan's 35–44 figures.
#[derive(Clone, Debug, PartialEq)]
pub struct NotAlone {
    pub kumamoto: PrefectureStats,
    pub japan: PrefectureStats,
    /// The ages those 35–44-year-olds of the survey are about now.
    pub ages_now: (u16, u16),
    pub sources: SourceLine,
}

/// The one decided result.
#[derive(Clone, Debug, PartialEq)]
pub struct Guidance {
    /// The date the rules were applied for.
    pub asof: Date,
    /// The device's date: how old each detail is, measured from it.
    pub today: Date,
    pub who: Who,
    pub municipality: &'static Municipality,
    /// Notices for the person's municipality (the July 2026 earthquake): shown with the places.
    pub notices: Vec<NoticeCard>,
    pub summary: Summary,
    /// For a family member: that some places take a family's consultation without the person.
    /// Not shown when the first step already says so (the Saposte and hikikomori centres).
    pub family_note: bool,
    pub cohort: CohortCard,
    /// The person's possible age on the rules date.
    pub age: Option<AgeEstimate>,
    /// Where to start, in order: the likely programmes (subsidies excepted), or the "maybe"
    /// ones when none is likely. Never empty; the first is the summary's.
    pub steps: Vec<Step>,
    /// Every other programme, grouped.
    pub programmes: Programmes,
    /// Where distances were measured from.
    pub origin: Origin,
    /// Offices that serve the person's municipality and offer a step or another programme that
    /// may fit, most useful first. Never empty: the first step's place is here.
    pub places: Vec<Place>,
    /// The other offices serving the municipality (every municipality has a Saposte, a Hello
    /// Work office, a self-reliance window and a hikikomori centre): what they offer looks
    /// unlikely to fit now, so they wait one tap away.
    pub other_places: Vec<Place>,
    /// Offices serving only a part of the municipality (熊本市's towns served by ハローワーク菊池
    /// and 宇城): shown one tap away, right after the card of the office serving the rest,
    /// which names those towns.
    pub part_places: Vec<Place>,
    /// Offices elsewhere that the person may also use (the other Saposte), nearest first;
    /// those without a known position last.
    pub elsewhere: Vec<Place>,
    /// Only for a person who reported hardship (any work situation but regular employment):
    /// to anyone else the figures would presume one.
    pub not_alone: Option<NotAlone>,
    /// The fragment of a link that reproduces this result (answers, whom they are about, the
    /// language, the rules date when one was set). Shown only when the person asks for it.
    pub share: String,
}

impl Guidance {
    /// Every programme, once: the steps, then the others by group.
    pub fn all_programmes(&self) -> impl Iterator<Item = &ProgrammeCard> {
        let p = &self.programmes;
        self.steps.iter().map(|s| &s.card).chain(&p.more).chain(&p.hints).chain(&p.unlikely)
    }

    pub fn assessment(&self, id: ProgrammeId) -> Option<&Assessment> {
        self.all_programmes().find(|c| c.id() == id).map(|c| &c.assessment)
    }

    /// What the printed slip carries besides the summary, the steps and the places: what to
    /// confirm at the counter for the steps (each once), and the official page worth a QR code
    /// (the first place's own page, else the page that lists such offices).
    pub fn slip(&self) -> Slip {
        let mut confirm: Vec<rules::Confirm> = Vec::new();
        for c in self.steps.iter().flat_map(|s| s.card.assessment.period.confirm.iter()) {
            if !confirm.contains(c) {
                confirm.push(*c);
            }
        }
        let first = &self.summary.first_place;
        let page = match first.reach {
            Reach::Fallback(d) => d,
            _ => first.page.unwrap_or_else(|| fallback(self.today)),
        };
        Slip { confirm, page }
    }
}

/// What the printed slip shows besides the summary and the steps (see `Guidance::slip`).
#[derive(Clone, Debug, PartialEq)]
pub struct Slip {
    pub confirm: Vec<rules::Confirm>,
    pub page: Detail,
}

/// Rough kilometres, at least 1.
fn rough_km(from: LatLng, office: &Office) -> Option<u16> {
    let l = office.location?;
    let km = directory::distance_km((from.lat, from.lng), (l.lat, l.lng));
    Some(km.round().clamp(1.0, 9999.0) as u16)
}

/// 熊本労働局's page, which lists the offices whose own details are not sourced.
fn fallback(today: Date) -> Detail {
    let s = directory::source(FALLBACK_SOURCE).expect("the build keeps the fallback source");
    Detail { value: s.url, source: s, freshness: Freshness::of(s, today) }
}

/// A place card for an office: every detail with its freshness, the best way to reach it,
/// and at most one warning about old information.
fn place(o: &'static Office, code: MuniCode, distance_km: Option<u16>, today: Date) -> Place {
    let covers_person = o.serves(code) || o.part_of(code).is_some();
    let jurisdiction = Jurisdiction::of(o, code, today);
    let d = |f| Detail::of(f, today);
    let (phone, address, hours, page) = (d(o.phone), d(o.address), d(o.hours), d(o.url));
    let reach = match (phone, page) {
        (Some(p), _) => Reach::Phone(p),
        (None, Some(page)) => Reach::Page { page, kind: o.url_kind },
        (None, None) => Reach::Fallback(fallback(today)),
    };
    // The record's own source first, then those of what the card shows, in the order shown.
    let shown = [o.phone, o.address, o.hours, o.url, o.eligibility, o.operator, o.notice];
    let sources = SourceLine::of(
        core::iter::once(o.source)
            .chain(shown.into_iter().flatten().map(|f| f.source))
            .chain(o.location.map(|l| l.source))
            .chain(
                (matches!(reach, Reach::Fallback(_))
                    || phone.is_some_and(|p| p.freshness != Freshness::Current && page.is_none()))
                .then_some(FALLBACK_SOURCE),
            ),
    );
    let oldest = |ds: &[Option<Detail>]| ds.iter().flatten().filter_map(|d| d.freshness.old_month()).min();
    let old = match oldest(&[phone, address, hours]) {
        Some((year, month)) => Some(OldInfo::Contacts { year, month }),
        // The jurisdiction line gives its own date: the card does not warn twice.
        None => sources
            .sources
            .iter()
            .filter(|s| s.is_old(today) && !(jurisdiction.is_some() && s.id == o.source))
            .map(|s| s.info_date().y)
            .min()
            .map(|year| OldInfo::Record { year }),
    };
    Place {
        office: o,
        covers_person,
        distance_km,
        phone,
        address,
        hours,
        page,
        operator: d(o.operator),
        eligibility: d(o.eligibility),
        notice: d(o.notice),
        reach,
        contacts_unknown: phone.is_none() && address.is_none(),
        address_unknown: phone.is_some() && address.is_none() && hours.is_none(),
        // The bureau's page lists Hello Work offices only.
        current_details: phone
            .filter(|p| {
                o.kind == OfficeKind::HelloWork && p.freshness != Freshness::Current && page.is_none()
            })
            .map(|_| fallback(today)),
        old,
        sources,
        jurisdiction,
        council: o.council,
    }
}

/// The guidance for complete answers (a preset municipality standing in when they name none),
/// or `None` while a question is unanswered.
pub fn guidance(a: &Answers, s: &Settings, today: Date, origin: Origin) -> Option<Guidance> {
    let a = a.or_muni(s.presets.muni);
    let (grad, work, code) = (a.grad?, a.work?, a.muni?);
    a.school?;
    let asof = s.rules_date(today);
    let age = rules::age_on(&a, asof);
    let regular = work == Work::Regular;
    let municipality = directory::municipality(code)?;
    let cohort = rules::assess_cohort(grad, asof);

    let mut assessed = rules::assess_all(&a, work, asof);
    crate::order::sort_by_key(&mut assessed, |x| (x.verdict, x.programme.step));

    // The offices serving the municipality, in the order of the programmes they offer (most
    // fitting first); within a kind, the most local office first.
    let mut kinds: Vec<OfficeKind> = Vec::new();
    for k in assessed.iter().filter_map(|x| x.programme.place).chain(OfficeKind::ALL) {
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    let from = match origin {
        Origin::TownHall => LatLng { lat: municipality.lat, lng: municipality.lng },
        Origin::Device(p) => p,
    };
    let (mut places, mut elsewhere): (Vec<Place>, Vec<Place>) =
        (Vec::with_capacity(6), Vec::with_capacity(2));
    for o in directory::OFFICES.iter() {
        let covers = o.serves(code) || o.part_of(code).is_some();
        if covers || o.kind == OfficeKind::Saposte {
            let p = place(o, code, rough_km(from, o), today);
            if covers { places.push(p) } else { elsewhere.push(p) }
        }
    }
    let rank = |k: OfficeKind| kinds.iter().position(|&x| x == k).unwrap_or(usize::MAX);
    // Within a kind: the office serving the whole municipality before one serving a part of
    // it (熊本市: ハローワーク熊本, then 菊池 and 宇城), then the most local.
    crate::order::sort_by_key(&mut places, |p| {
        (rank(p.office.kind), !p.office.serves(code), p.office.covers.len())
    });
    crate::order::sort_by_key(&mut elsewhere, |p| p.distance_km.unwrap_or(u16::MAX));

    // Steps: the likely programmes that are not subsidies, or the "maybe" ones when none is;
    // each with the place that offers it. The rest go to their groups.
    let office_for = |c: &ProgrammeCard| {
        let kind = c.assessment.programme.place;
        kind.and_then(|k| places.iter().find(|p| p.office.kind == k)).map(|p| p.office.id)
    };
    let step_verdict = if assessed.iter().any(|x| x.verdict == Verdict::Likely && !x.programme.is_hint()) {
        Verdict::Likely
    } else {
        Verdict::Maybe
    };
    let mut steps: Vec<Step> = Vec::new();
    let mut programmes = Programmes::default();
    for x in assessed {
        let (p, period) = (x.programme, x.period);
        let sources = SourceLine::of(period.sources.iter().copied());
        let card = ProgrammeCard {
            amount_as_of: period.monthly_yen.and(sources.sources.iter().map(|s| s.info_date()).max()),
            sources,
            about: period.about(p),
            ask: period.ask(p, s.who == Who::Family),
            bring: p.bring,
            say: p.say,
            assessment: x,
        };
        match (card.assessment.verdict, p.is_hint()) {
            (Verdict::Unlikely, _) => programmes.unlikely.push(card),
            (_, true) => programmes.hints.push(card),
            (v, false) if v == step_verdict => steps.push(Step { office: office_for(&card), card }),
            (_, false) => programmes.more.push(card),
        }
    }
    if steps.is_empty() {
        // Never a dead end: the self-reliance window takes every kind of trouble.
        let i = programmes.unlikely.iter().position(|c| c.assessment.programme.fallback)?;
        let card = programmes.unlikely.remove(i);
        steps.push(Step { office: office_for(&card), card });
    }
    // An office serving only some towns of the municipality waits one tap away, after the
    // office serving the rest, whose card names those towns: nobody is asked their town.
    let part_places: Vec<Place>;
    (part_places, places) = places.into_iter().partition(|p| !p.office.serves(code));
    // The places that offer something that may fit come first; the others wait.
    let fits: Vec<OfficeKind> = steps
        .iter()
        .map(|s| &s.card)
        .chain(&programmes.more)
        .filter_map(|c| c.assessment.programme.place)
        .collect();
    let other_places: Vec<Place>;
    (places, other_places) = places.into_iter().partition(|p| fits.contains(&p.office.kind));
    let first_step = steps[0].clone();
    let first_place = first_step
        .office
        .and_then(|id| places.iter().find(|p| p.office.id == id))
        .unwrap_or(&places[0])
        .clone();

    let notices = directory::notices_for(code, today)
        .filter_map(|n| {
            Some(NoticeCard {
                notice: n,
                page: Detail::of(Some(n.url), today)?,
                sources: SourceLine::of(n.sources.iter().copied().chain([n.url.source])),
            })
        })
        .collect();

    let (kumamoto, japan) = directory::not_alone();
    Some(Guidance {
        notices,
        asof,
        today,
        who: s.who,
        municipality,
        family_note: s.who == Who::Family && !first_step.card.assessment.programme.family_alone,
        summary: Summary {
            cohort: cohort.verdict,
            years: (cohort.rule.core_from, cohort.rule.core_to),
            widened: cohort.widened.then_some(cohort.widening.from),
            first_step,
            first_place,
            if_needed: regular,
        },
        cohort: CohortCard {
            assessment: cohort,
            not_your_fault: cohort.verdict == Cohort::Yes,
            sources: SourceLine::of([cohort.rule.source, cohort.widening.source, PLAN_SOURCE]),
        },
        age,
        steps,
        programmes,
        origin,
        places,
        other_places,
        part_places,
        elsewhere,
        // Only for hardship, and only when the survey's people, as old as they are now, could
        // be the person: figures of people of another age would not be "you".
        not_alone: (!regular)
            .then(|| {
                let since = today.y.saturating_sub(STATS_SURVEY_YEAR);
                (STATS_AGES.0 + since, STATS_AGES.1 + since)
            })
            .filter(|&(lo, hi)| !age.is_some_and(|e| e.hi < lo || e.lo > hi))
            .map(|ages_now| NotAlone {
                kumamoto: *kumamoto,
                japan: *japan,
                ages_now,
                sources: SourceLine::of([STATS_SOURCE]),
            }),
        share: link::to_fragment(&a, s),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::School;
    use crate::directory::MuniCode;
    use crate::settings::{Lang, parse_query};

    fn answers(grad: u16, born: Option<u16>, work: Work, muni: u32) -> Answers {
        Answers {
            grad: Some(grad),
            school: Some(School::High),
            born,
            work: Some(work),
            muni: Some(MuniCode(muni)),
        }
    }

    fn today() -> Date {
        Date::parse("2026-11-21").unwrap()
    }

    fn decide(a: &Answers) -> Guidance {
        guidance(a, &Settings::default(), today(), Origin::TownHall).expect("complete answers")
    }

    fn ids(places: &[Place]) -> Vec<&str> {
        places.iter().map(|p| p.office.id).collect()
    }

    /// Every office serving the municipality, in the order shown.
    fn local(g: &Guidance) -> Vec<&str> {
        g.places.iter().chain(&g.other_places).map(|p| p.office.id).collect()
    }

    #[test]
    fn not_alone_only_for_a_person_who_reported_hardship() {
        for work in Work::ALL {
            let g = decide(&answers(1998, None, work, 432024));
            assert_eq!(g.not_alone.is_some(), work != Work::Regular, "{work:?}");
        }
        // The survey's 35–44-year-olds (2017) are about nine years older on 2026-11-21.
        let g = decide(&answers(1998, None, Work::Seeking, 432024));
        assert_eq!(g.not_alone.unwrap().ages_now, (44, 53));
        // Someone of about 36–39 is not among them: their figures are not said to be "you".
        assert!(decide(&answers(2007, None, Work::Seeking, 432024)).not_alone.is_none());
        assert!(decide(&answers(1998, Some(1980), Work::Seeking, 432024)).not_alone.is_some());
    }

    #[test]
    fn amounts_are_shown_only_for_a_programme_that_may_apply() {
        // A regular employee: the career-up subsidy (for converting to regular) is unlikely.
        let g = decide(&answers(1998, None, Work::Regular, 432024));
        let unlikely = g.programmes.unlikely.iter().find(|c| c.id().key() == "subsidy-career-up").unwrap();
        assert!(!unlikely.assessment.period.amounts.is_empty() && !unlikely.shows_amounts());
        let g = decide(&answers(1998, None, Work::NonRegular, 432024));
        let hint = g.programmes.hints.iter().find(|c| c.id().key() == "subsidy-career-up").unwrap();
        assert!(hint.shows_amounts());
    }

    #[test]
    fn every_programme_has_a_plain_heading_apart_from_its_official_name() {
        let g = decide(&answers(1998, None, Work::Seeking, 432024));
        for s in &g.steps {
            for l in Lang::ALL {
                assert!(!s.plain().get(l).is_empty());
                assert_ne!(s.plain().get(l), s.name().get(l), "{:?}", s.programme());
            }
        }
        assert!(!g.steps.iter().any(|s| s.plain().ja().contains("困窮")));
    }

    #[test]
    fn an_ended_programme_says_only_that_it_ended() {
        let g = decide(&answers(1998, None, Work::Seeking, 432024));
        let all = || g.programmes.unlikely.iter().chain(&g.programmes.more).chain(&g.programmes.hints);
        let ended = all().find(|c| c.id().key() == "short-qualification").unwrap();
        assert!(ended.has_ended() && ended.assessment.findings.len() > 1);
        assert!(ended.reasons().all(|f| matches!(f, rules::Finding::Ended { .. })));
        assert!(ended.confirm().is_empty() && !ended.assessment.period.confirm.is_empty());
        assert!(ended.note().is_none());
        // One still running keeps every reason and its checklist.
        let running = all()
            .chain(g.steps.iter().map(|s| &s.card))
            .find(|c| c.id().key() == "jobseeker-support")
            .unwrap();
        assert!(!running.has_ended() && running.reasons().count() == running.assessment.findings.len());
        assert_eq!(running.confirm(), running.assessment.period.confirm);
    }

    #[test]
    fn many_amounts_are_summed_up_as_their_range() {
        let g = decide(&answers(1998, None, Work::NonRegular, 432024));
        let career = g.programmes.hints.iter().find(|c| c.id().key() == "subsidy-career-up").unwrap();
        let yen: Vec<u32> = career.assessment.period.amounts.iter().map(|a| a.yen).collect();
        assert!(yen.len() > 2);
        assert_eq!(career.amount_range(), Some((*yen.iter().min().unwrap(), *yen.iter().max().unwrap())));
        let hire = g.programmes.hints.iter().find(|c| c.id().key() == "subsidy-midcareer-hire").unwrap();
        assert_eq!(hire.assessment.period.amounts.len(), 2);
        assert_eq!(hire.amount_range(), None);
    }

    #[test]
    fn a_regular_employee_is_told_the_first_step_is_there_if_needed() {
        for work in Work::ALL {
            assert_eq!(decide(&answers(1988, None, work, 431001)).summary.if_needed, work == Work::Regular);
        }
    }

    #[test]
    fn incomplete_answers_give_no_guidance() {
        let mut a = answers(1998, None, Work::Seeking, 432024);
        a.school = None;
        assert!(guidance(&a, &Settings::default(), today(), Origin::TownHall).is_none());
    }

    #[test]
    fn a_preset_municipality_stands_in_only_when_the_answers_name_none() {
        let preset = Settings::from_presets(parse_query("muni=432067"));
        let mut a = answers(1998, None, Work::Seeking, 432024);
        assert_eq!(guidance(&a, &preset, today(), Origin::TownHall).unwrap().municipality.name, "八代市");
        a.muni = None;
        assert_eq!(guidance(&a, &preset, today(), Origin::TownHall).unwrap().municipality.name, "玉名市");
        assert!(guidance(&a, &Settings::default(), today(), Origin::TownHall).is_none());
    }

    #[test]
    fn withdrawn_people_see_the_hikikomori_centre_first_and_can_call_it() {
        let g = decide(&answers(1998, None, Work::Withdrawn, 432024));
        assert_eq!(g.summary.cohort, Cohort::Yes);
        assert_eq!(g.municipality.name, "八代市");
        assert_eq!(
            local(&g),
            ["hikikomori-yurukoko", "saposte-yatsushiro", "self-reliance-432024", "hellowork-yatsushiro"]
        );
        // Hello Work's desk is a "maybe" for someone who finds going out hard: still shown.
        assert_eq!(g.places.len(), 4);
        assert_eq!(g.summary.first_step.programme().key(), "hikikomori-center");
        assert_eq!(g.summary.first_place.office.id, "hikikomori-yurukoko");
        // ゆるここ's phone number comes from a 2015 page: callable, and flagged as old.
        match g.summary.first_place.reach {
            Reach::Phone(d) => {
                assert_eq!(d.value.ja(), "096-386-1177");
                assert_eq!(d.freshness, Freshness::Old { year: 2015, month: 5 });
            }
            other => panic!("expected a phone, got {other:?}"),
        }
    }

    #[test]
    fn job_seekers_see_hello_work_first_and_its_list_of_offices() {
        let g = decide(&answers(2010, None, Work::Seeking, 432067));
        assert_eq!(g.summary.cohort, Cohort::No);
        assert_eq!(g.places[0].office.kind, OfficeKind::HelloWork);
        assert_eq!(g.places[1].office.id, "saposte-tamana");
        assert_eq!(g.summary.first_step.programme().key(), "hellowork-desk");
        assert_eq!(g.summary.first_step.office, Some("hellowork-tamana"), "玉名市's own office");
        // Its phone, from the bureau's list of May 2017: callable, dated, with the bureau's page
        // for the current details beside it; its address and hours are not known.
        let first = &g.summary.first_place;
        match first.reach {
            Reach::Phone(d) => {
                assert_eq!(d.value.ja(), "0968-72-8609");
                assert_eq!(d.freshness, Freshness::Old { year: 2017, month: 5 });
            }
            other => panic!("expected a phone, got {other:?}"),
        }
        assert!(
            matches!(first.current_details, Some(d) if d.value.ja().starts_with("https://jsite.mhlw.go.jp/"))
        );
        assert!(first.address_unknown && !first.contacts_unknown);
        assert_eq!(first.old, Some(OldInfo::Contacts { year: 2017, month: 5 }));
    }

    #[test]
    fn only_a_hello_work_card_points_to_the_bureau_for_current_details() {
        // 益城町, withdrawn: the prefecture's ひきこもり centre has a 2015 phone and no page of its
        // own; the Labour Bureau's page does not list it.
        let g = decide(&answers(2002, None, Work::Withdrawn, 434434));
        let centre = g.places.iter().find(|p| p.office.kind == OfficeKind::Hikikomori).unwrap();
        assert!(matches!(centre.phone, Some(d) if d.freshness != Freshness::Current));
        assert!(centre.current_details.is_none());
        for p in g.places.iter().chain(&g.other_places) {
            assert!(p.current_details.is_none() || p.office.kind == OfficeKind::HelloWork, "{}", p.office.id);
        }
    }

    #[test]
    fn an_office_with_nothing_of_its_own_falls_back_to_the_labour_bureau() {
        // 若者サポートステーションやつしろ: no sourced phone, address or page.
        let g = decide(&answers(1998, None, Work::NotSeeking, 432024));
        let p = g.places.iter().find(|p| p.office.id == "saposte-yatsushiro").unwrap();
        assert!(p.contacts_unknown);
        assert!(matches!(p.reach, Reach::Fallback(d) if d.source.id == "kumamoto-roudoukyoku"));
    }

    #[test]
    fn old_information_is_flagged_once_per_detail_and_once_per_card() {
        // たまなサポステ: phone, address and hours from the 2019 seed documents.
        let g = decide(&answers(2000, None, Work::Seeking, 432067));
        let p = g.places.iter().find(|p| p.office.id == "saposte-tamana").unwrap();
        for d in [p.phone, p.address, p.hours].into_iter().flatten() {
            assert_eq!(d.freshness, Freshness::Old { year: 2019, month: 10 });
        }
        assert_eq!(p.old, Some(OldInfo::Contacts { year: 2019, month: 10 }));
        // Its sources: the record's own first, each once.
        let ids: Vec<&str> = p.sources.sources.iter().map(|s| s.id).collect();
        assert_eq!(ids, ["seed-pf-2019", "saposte-age", "japanese-addresses"]);
        // くまもとサポステ: no contact shown; the record rests on the 2019 documents.
        let g = decide(&answers(2000, None, Work::Seeking, 431001));
        let p = g.places.iter().find(|p| p.office.id == "saposte-kumamoto").unwrap();
        assert_eq!(p.old, Some(OldInfo::Record { year: 2019 }));
        // 熊本市生活自立支援センター: a current page, nothing old.
        let p = g.places.iter().find(|p| p.office.id == "self-reliance-431001").unwrap();
        assert_eq!(p.phone.map(|d| d.freshness), Some(Freshness::Current));
        assert_eq!(p.old, None);
        // A year later, the same page is old.
        let later = Date::parse("2027-11-22").unwrap();
        let g = guidance(
            &answers(2000, None, Work::Seeking, 431001),
            &Settings::default(),
            later,
            Origin::TownHall,
        )
        .unwrap();
        let p = g.places.iter().find(|p| p.office.id == "self-reliance-431001").unwrap();
        assert!(matches!(p.old, Some(OldInfo::Contacts { .. })), "{:?}", p.old);
    }

    #[test]
    fn every_programme_is_in_exactly_one_place() {
        let g = decide(&answers(1995, Some(1977), Work::NonRegular, 431001));
        let mut all: Vec<ProgrammeId> = g.all_programmes().map(|c| c.id()).collect();
        all.sort();
        let mut every: Vec<ProgrammeId> = rules::PROGRAMMES.iter().map(|p| p.id).collect();
        every.sort();
        assert_eq!(all, every);
        let v = |c: &ProgrammeCard| c.assessment.verdict;
        assert!(
            g.steps.iter().all(|s| v(&s.card) == Verdict::Likely && !s.card.assessment.programme.is_hint())
        );
        assert!(
            g.programmes.more.iter().all(|c| v(c) == Verdict::Maybe && !c.assessment.programme.is_hint())
        );
        assert!(g.programmes.unlikely.iter().all(|c| v(c) == Verdict::Unlikely));
        assert!(
            g.programmes.hints.iter().all(|c| c.assessment.programme.is_hint() && v(c) != Verdict::Unlikely)
        );
        assert!(g.programmes.hints.iter().any(|c| c.id().key() == "subsidy-career-up"));
        // Steps follow the data's step order, and each names where it is taken up.
        let order: Vec<u8> = g.steps.iter().map(|s| s.card.assessment.programme.step).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        assert!(g.steps.iter().all(|s| s.office.is_some()));
    }

    #[test]
    fn with_nothing_likely_the_maybe_programmes_are_the_steps() {
        // 正社員: nothing likely; the self-reliance window is a "maybe".
        let g = decide(&answers(2002, Some(1984), Work::Regular, 431001));
        assert!(g.steps.iter().all(|s| s.card.assessment.verdict == Verdict::Maybe), "{:?}", g.steps);
        assert!(g.programmes.more.is_empty());
        assert_eq!(g.summary.first_step.programme().key(), "self-reliance");
        assert_eq!(g.summary.first_place.office.id, "self-reliance-431001");
    }

    #[test]
    fn other_saposte_come_nearest_first_from_the_town_hall_or_the_device() {
        // 荒尾市 is served by たまな; the other two Saposte have no known position yet.
        let a = answers(2000, None, Work::Seeking, 432041);
        let g = decide(&a);
        assert!(g.elsewhere.iter().all(|p| !p.covers_person && p.office.kind == OfficeKind::Saposte));
        assert_eq!(g.elsewhere.len(), 2);
        let tamana = g.places.iter().find(|p| p.office.id == "saposte-tamana").unwrap();
        assert!(matches!(tamana.distance_km, Some(10..=16)), "荒尾市役所–玉名市中: {:?}", tamana.distance_km);
        // From a position next to the Tamana Saposte, it is about 1 km away.
        let near = LatLng { lat: 32.9262, lng: 130.5466 };
        let g = guidance(&a, &Settings::default(), today(), Origin::Device(near)).unwrap();
        let tamana = g.places.iter().find(|p| p.office.id == "saposte-tamana").unwrap();
        assert_eq!(tamana.distance_km, Some(1));
        // For 八代市, たまな is elsewhere and has the only known distance, so it comes first.
        let g = decide(&answers(2000, None, Work::Seeking, 432024));
        assert_eq!(g.elsewhere[0].office.id, "saposte-tamana");
        assert!(g.elsewhere[0].distance_km.is_some() && g.elsewhere[1].distance_km.is_none());
    }

    #[test]
    fn the_local_hikikomori_station_comes_before_the_prefectural_centre() {
        let g = decide(&answers(2000, None, Work::Withdrawn, 432164));
        assert_eq!(&ids(&g.places)[..2], ["hikikomori-koshi", "hikikomori-yurukoko"]);
        // A job seeker there: the hikikomori doors wait one tap away.
        let g = decide(&answers(2000, None, Work::Seeking, 432164));
        assert_eq!(ids(&g.other_places), ["hikikomori-koshi", "hikikomori-yurukoko"]);
        assert_eq!(local(&g).len(), 5);
    }

    #[test]
    fn regular_workers_get_no_hire_subsidy_hints_and_still_a_step() {
        let g = decide(&answers(1995, Some(1977), Work::Regular, 431001));
        assert!(g.programmes.hints.is_empty(), "{:?}", g.programmes.hints);
        assert!(!g.steps.is_empty(), "never a dead end");
    }

    #[test]
    fn a_family_member_hears_of_family_consultation_once() {
        let family = Settings::from_presets(parse_query("for=family"));
        let g =
            |work| guidance(&answers(1998, None, work, 431001), &family, today(), Origin::TownHall).unwrap();
        // Withdrawn: the first step (the hikikomori centre) already says the family can call.
        assert_eq!(g(Work::Withdrawn).summary.first_step.programme().key(), "hikikomori-center");
        assert!(!g(Work::Withdrawn).family_note);
        // Looking for work: Hello Work first, so the note says it.
        assert!(g(Work::Seeking).family_note);
        assert!(!decide(&answers(1998, None, Work::Seeking, 431001)).family_note, "not for oneself");
    }

    #[test]
    fn not_your_fault_is_said_to_the_cohort() {
        assert!(decide(&answers(1998, None, Work::Seeking, 431001)).cohort.not_your_fault);
        assert!(!decide(&answers(2015, None, Work::Seeking, 431001)).cohort.not_your_fault);
    }

    /// The register changes words only: for every municipality, work situation and a spread of
    /// school-leaving years, the decided result (verdicts, steps, places and their order) is the
    /// same in 日本語, やさしい日本語 and English, but for the `lang` its share link carries.
    #[test]
    fn the_register_changes_no_verdict_step_or_place() {
        let mut compared = 0;
        for m in crate::directory::municipalities() {
            for work in Work::ALL {
                for grad in [1985, 1992, 1993, 1998, 2004, 2005, 2012] {
                    let a = answers(grad, None, work, m.code.0);
                    let decide_in = |lang| {
                        let s = Settings { lang, ..Settings::default() };
                        let mut g = guidance(&a, &s, today(), Origin::TownHall).unwrap();
                        let suffix = format!("&lang={}", lang.key());
                        assert!(g.share.ends_with(&suffix), "{}", g.share);
                        g.share.truncate(g.share.len() - suffix.len());
                        g
                    };
                    let ja = decide_in(Lang::Ja);
                    assert_eq!(ja, decide_in(Lang::Easy), "{grad} {work:?} {}", m.name);
                    assert_eq!(ja, decide_in(Lang::En), "{grad} {work:?} {}", m.name);
                    compared += 1;
                }
            }
        }
        assert!(compared >= 45 * 5 * 7, "{compared}");
    }

    /// The slip always has an official page for its QR code (two Saposte sites are still plain
    /// http), the first place's own when it has one; its checklist has every step's points,
    /// each once.
    #[test]
    fn the_slip_has_an_official_page_and_every_steps_checklist_once() {
        for m in crate::directory::municipalities() {
            for work in Work::ALL {
                for grad in [1985, 1998, 2004, 2012] {
                    let g = decide(&answers(grad, None, work, m.code.0));
                    let slip = g.slip();
                    if let Some(own) = g.summary.first_place.page {
                        assert_eq!(slip.page, own);
                    }
                    let url = slip.page.value.ja();
                    assert!(url.starts_with("https://") || url.starts_with("http://"), "{url}");
                    for (i, c) in slip.confirm.iter().enumerate() {
                        assert!(!slip.confirm[..i].contains(c));
                    }
                    let all: Vec<_> = g.steps.iter().flat_map(|s| s.card.assessment.period.confirm).collect();
                    assert!(all.iter().all(|c| slip.confirm.contains(c)));
                }
            }
        }
    }

    #[test]
    fn the_share_link_carries_answers_language_and_whom_they_are_about() {
        let mut s = Settings::from_presets(parse_query("for=family&muni=432067"));
        s.lang = Lang::Ja;
        let mut a = answers(1998, None, Work::Seeking, 432024);
        a.muni = None;
        let g = guidance(&a, &s, today(), Origin::TownHall).unwrap();
        assert_eq!(g.share, "for=family&grad=1998&school=hs&work=seeking&muni=432067&lang=ja");
        s.asof = Date::parse("2025-03-31");
        let g = guidance(&a, &s, today(), Origin::TownHall).unwrap();
        assert!(g.share.contains("&asof=2025-03-31&"), "{}", g.share);
        assert_eq!(g.asof, Date::parse("2025-03-31").unwrap());
    }
}
