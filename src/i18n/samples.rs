//! Every message with values that reach each of its wordings, for the tests of the three
//! registers: markup, ふりがな, English, sentence length.

use super::{Field, Msg, PrivacyPart, ReviewCol, ReviewStatus};
use crate::answers::{Answers, School, Work, YearError};
use crate::date::Date;
use crate::directory::{self, UrlKind};
use crate::flow::Screen;
use crate::link::{LinkKey, LinkNotice};
use crate::rules::{self, Check, Cohort, ProgrammeId, Verdict};
use crate::settings::Who;

pub fn all() -> Vec<Msg> {
    let d = |s: &str| Date::parse(s).unwrap();
    let today = d("2026-11-21");
    let mut m = vec![
        Msg::AppName,
        Msg::LangName,
        Msg::LangSwitch,
        Msg::ReadAloud,
        Msg::ReadAloudStop,
        Msg::AppTagline,
        Msg::PrivacyShort,
        Msg::Disclaimer,
        Msg::StartTitle,
        Msg::StartLead,
        Msg::StartPrivacy,
        Msg::StartFamily,
        Msg::StartButton,
        Msg::WhoLegend,
        Msg::Back,
        Msg::Continue,
        Msg::ErrorPrefix,
        Msg::SchoolLegend,
        Msg::SchoolHint,
        Msg::GradLabel,
        Msg::GradHint,
        Msg::BornLabel,
        Msg::BornHint,
        Msg::SchoolMissing,
        Msg::WorkHint,
        Msg::WorkMissing,
        Msg::MuniFilterLabel,
        Msg::MuniFilterHint,
        Msg::MuniNoMatch,
        Msg::MuniMissing,
        Msg::CheckTitle,
        Msg::CheckLead,
        Msg::CheckBornEmpty,
        Msg::Change,
        Msg::SeeResult,
        Msg::ResultLead,
        Msg::FamilyNote,
        Msg::CohortHeading,
        Msg::CohortNotYourFault,
        Msg::NotYetWidened,
        Msg::AnyoneCanConsult,
        Msg::PlacesHeading,
        Msg::PlacesLead,
        Msg::ChangeAnswers,
        Msg::StartOver,
        Msg::FirstStepHeading,
        Msg::PlaceLabel,
        Msg::Call,
        Msg::OpenFallback,
        Msg::ContactsUnknownShort,
        Msg::ProgrammeDetails,
        Msg::OtherPlacesLead,
        Msg::NextStepsHeading,
        Msg::AskLabel,
        Msg::BringLabel,
        Msg::ConfirmHeading,
        Msg::AmountsHeading,
        Msg::OfficeMap,
        Msg::PlacesElsewhereHeading,
        Msg::PlacesElsewhereLead,
        Msg::NearestButton,
        Msg::NearestPrivacy,
        Msg::NearestAsking,
        Msg::NearestFailed,
        Msg::NearestDone,
        Msg::NotAloneUnstable,
        Msg::NotAloneJobless,
        Msg::NotAloneChartTitle,
        Msg::NotAloneArea { japan: false },
        Msg::NotAloneArea { japan: true },
        Msg::ReviewLink,
        Msg::LoadFailed,
        Msg::ReviewTitle,
        Msg::ReviewLead,
        Msg::ReviewBack,
        Msg::ReviewSourcesHeading,
        Msg::ReviewOfficesHeading,
        Msg::ReviewMunicipalitiesHeading,
        Msg::ReviewProgrammesHeading,
        Msg::ReviewGapsHeading,
        Msg::ReviewGapHelloWork,
        Msg::ReviewMissing,
        Msg::OfficeOperator,
        Msg::OfficeEligibility,
        Msg::OfficeAddress,
        Msg::OfficePhone,
        Msg::OfficeHours,
        Msg::OfficeNotice,
        Msg::ServesLabel,
        Msg::AreaSeparator,
        Msg::CouncilNote,
        Msg::NoticeLink,
        Msg::OfficeMore,
        Msg::SourceLine,
        Msg::ListSeparator,
        Msg::OpensNewTab,
        Msg::PanicTitle,
        Msg::PanicBody,
        Msg::PanicRestart,
        Msg::ClearAnswers,
        Msg::ShareButton,
        Msg::ShareWarning,
        Msg::ShareLabel,
        Msg::Print,
        Msg::DataAsOf(today),
        Msg::KioskDataStale(today),
        Msg::KioskEnd,
        Msg::KioskNote,
        Msg::IdleTitle,
        Msg::IdleBody(60),
        Msg::IdleBody(1),
        Msg::IdleContinue,
        Msg::QrOpens,
        Msg::QrCalls,
        Msg::KioskPhone,
        Msg::KioskPhoneLabel,
        Msg::SlipTitle,
        Msg::SlipPrinted(today),
        Msg::SlipRulesDate(d("2025-03-31")),
        Msg::SlipConfirm,
        Msg::SlipQr,
        Msg::PrivacyLink,
        Msg::PrivacyTitle,
        Msg::PrivacyLead,
        Msg::NoticeHeading,
        Msg::DismissNotices,
        Msg::QuestionOf(1),
        Msg::MuniMatchCount(9),
        Msg::SourcesSummary(2),
        Msg::ElsewhereSummary(2),
        Msg::OtherPlacesSummary(3),
        Msg::PartPlacesSummary(2),
        Msg::MoreProgrammesSummary(4),
        Msg::UnlikelySummary(5),
        Msg::HintsSummary(3),
        Msg::DetailAge(2015),
        Msg::ReviewGapNoContact(3),
        Msg::OldInfoWarning(2019),
        Msg::ContactAgeWarning(2019),
        Msg::Percent(32),
        Msg::RulesAsOf(today),
        Msg::Widened(d("2025-04-01")),
        Msg::SourceDated(d("2019-10-31")),
        Msg::SourceChecked(today),
        Msg::Monthly { yen: 100_000, months: None },
        Msg::Monthly { yen: 100_000, months: Some(6) },
        Msg::RuleVersion { from: d("2025-04-01"), until: None },
        Msg::RuleVersion { from: d("2021-04-01"), until: Some(d("2025-03-31")) },
        Msg::OfficeDistance { km: 12, from_device: false },
        Msg::OfficeDistance { km: 3, from_device: true },
        Msg::ReviewCounts {
            sources: 20,
            old: 5,
            offices: 50,
            no_contact: 40,
            municipalities: 45,
            periods: 15,
        },
        Msg::NoticeHeading,
    ];
    {
        let kumamoto = directory::municipality(directory::MuniCode(431001)).unwrap();
        let kikuchi = directory::office("hellowork-kikuchi").unwrap();
        let part = kikuchi.parts[0];
        m.push(Msg::PartOf { muni: kumamoto.label, area: part.area });
        m.push(Msg::OnlyPart { muni: kumamoto.label, area: part.area });
        m.push(Msg::PartElsewhere { area: part.area, office: kikuchi.name });
        for old in [true, false] {
            m.push(Msg::AreaAsOf { date: d("2022-12-11"), old });
        }
    }
    let (kumamoto, japan) = directory::not_alone();
    m.push(Msg::NotAloneText { kumamoto: *kumamoto, japan: *japan });
    m.extend(Screen::ALL.map(Msg::DocumentTitle));
    for w in Who::ALL {
        m.extend([
            Msg::Who(w),
            Msg::SchoolingTitle(w),
            Msg::WorkTitle(w),
            Msg::MuniTitle(w),
            Msg::ResultTitle(w),
            Msg::HintsLead(w),
            Msg::NotAloneHeading(w),
        ]);
        for grad in [1985, 1991, 1998, 2006, 2015] {
            m.push(Msg::CohortReason(rules::assess_cohort(grad, today), w));
        }
        for id in ProgrammeId::ALL {
            for renamed in [false, true] {
                if !id.is_subsidy() {
                    m.push(Msg::NextStepAsk { id, who: w, renamed });
                }
            }
        }
    }
    m.extend(School::ALL.map(Msg::School));
    m.extend(Work::ALL.map(Msg::Work));
    for y in [1926, 1960, 1989, 1998, 2019, 2024] {
        m.extend([Msg::WarekiOf(y), Msg::YearWithWareki(y)]);
    }
    for e in [
        YearError::Empty,
        YearError::NotAYear,
        YearError::OutOfRange { min: 1930, max: 2026 },
        YearError::Inconsistent,
    ] {
        m.extend([Msg::GradError(e), Msg::BornError(e)]);
    }
    m.extend(directory::groups().into_iter().map(|g| Msg::MuniGroup(g.label)));
    m.extend(directory::municipalities().map(|x| Msg::SelectedMuni(x.label)));
    for f in [Field::School, Field::Grad, Field::Born, Field::Work, Field::Muni] {
        m.extend([Msg::CheckLabel(f), Msg::ChangeWhat(f)]);
    }
    m.extend([Cohort::Yes, Cohort::Near, Cohort::No].map(Msg::CohortHeadline));
    for k in [UrlKind::Official, UrlKind::MunicipalSite, UrlKind::Guide] {
        m.extend([Msg::OpenPage(k), Msg::UrlLabel(k)]);
    }
    for v in Verdict::ALL {
        m.extend([Msg::StepWhy(v), Msg::VerdictLabel(v)]);
    }
    for c in [Check::Met, Check::NotMet, Check::Unknown] {
        m.extend([Msg::CheckMark(c), Msg::CheckSymbol(c)]);
    }
    for id in ProgrammeId::ALL {
        m.extend([Msg::ProgrammeAbout { id, renamed: false }, Msg::ProgrammeAbout { id, renamed: true }]);
        if !id.is_subsidy() {
            m.push(Msg::NextStepBring(id));
        } else {
            m.push(Msg::HintSay(id));
        }
    }
    // Every finding, checklist item, amount and age estimate the rules give over a spread of
    // answers and dates.
    for p in rules::PROGRAMMES.iter() {
        for q in p.periods {
            m.extend(q.confirm.iter().map(|c| Msg::Confirm(*c)));
            m.extend(q.amounts.iter().map(|a| Msg::Amount(*a)));
        }
    }
    for asof in ["2019-04-01", "2022-06-01", "2025-04-01", "2026-11-21"] {
        for work in Work::ALL {
            for (grad, born) in
                [(1990, None), (1998, None), (1998, Some(1976)), (2004, Some(1982)), (2015, None)]
            {
                let a = Answers {
                    grad: Some(grad),
                    school: Some(School::University),
                    born,
                    ..Default::default()
                };
                for x in rules::assess_all(&a, work, d(asof)) {
                    m.extend(x.findings.iter().map(|f| Msg::Finding(*f)));
                }
                if let Some(e) = rules::age_on(&a, d(asof)) {
                    m.push(Msg::AgeEstimateLine(e));
                }
            }
        }
    }
    m.extend(crate::review::rule_gaps(today).into_iter().map(Msg::ReviewGapRule));
    m.extend(
        [
            ReviewCol::Id,
            ReviewCol::Title,
            ReviewCol::Name,
            ReviewCol::Kind,
            ReviewCol::Dated,
            ReviewCol::Checked,
            ReviewCol::Grade,
            ReviewCol::UsedBy,
            ReviewCol::Status,
            ReviewCol::Covers,
            ReviewCol::Contacts,
            ReviewCol::Code,
            ReviewCol::Gun,
            ReviewCol::Position,
            ReviewCol::Saposte,
            ReviewCol::Period,
            ReviewCol::Sources,
        ]
        .map(Msg::ReviewCol),
    );
    m.extend(
        [ReviewStatus::NoContact, ReviewStatus::Old, ReviewStatus::Recheck, ReviewStatus::Ok]
            .map(Msg::ReviewStatus),
    );
    for p in PrivacyPart::ALL {
        m.push(Msg::PrivacyHeading(p));
        m.extend((0..5).map(|n| Msg::PrivacyPoint(p, n)));
    }
    m.extend(LinkKey::ALL.map(|k| Msg::LinkNotice(LinkNotice::Invalid(k))));
    m.extend([Msg::LinkNotice(LinkNotice::BornInconsistent), Msg::LinkNotice(LinkNotice::TooLong)]);
    m
}
