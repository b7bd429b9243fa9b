//! English. Plain, warm, never judging: many readers have been told for years that unstable
//! work was their own fault, and many read English as a second language. Short sentences,
//! everyday words. Official Japanese names stay next to the English (the person will say them
//! at the counter); runs of Japanese are marked `lang="ja"` by the renderer, so they need no
//! markup here. Dates are "1 April 2025", money "600,000 yen".

use std::borrow::Cow;
use std::borrow::Cow::{Borrowed as B, Owned as O};

#[cfg(not(target_arch = "wasm32"))]
use super::PrivacyPart;
use super::{Field, Msg};
#[cfg(not(target_arch = "wasm32"))]
use super::{ReviewCol, ReviewStatus};
use crate::answers::{Era, Question, School, Work, YearError, wareki};
use crate::date::Date;
use crate::directory::{GroupLabel, UrlKind};
use crate::flow::Screen;
use crate::link::{LinkKey, LinkNotice};
use crate::rules::{
    AgeEstimate, AmountCase, Check, Cohort, Confirm, Employer, Finding, ProgrammeId, Side, Verdict,
};
use crate::settings::Who;
use crate::text::Lang;

/// The register's name, on its switch on every screen: a `const`, so it stays in the wasm
/// (the rest of this register's words arrive in its pack, after start).
const NAME: &str = "English";

// Not inlined into `i18n::t`: the browser compiles a function of the wasm on its first call,
// so a person reading one register never waits for the other two to compile.
#[inline(never)]
pub(super) fn text(msg: Msg) -> Cow<'static, str> {
    match msg {
        Msg::AppName => B("Kumamoto Support Navi"),
        Msg::LangName => B(NAME),
        Msg::LangSwitch => B("Display language"),
        Msg::ReadAloud => B("Read aloud"),
        Msg::ReadAloudStop => B("Stop reading aloud"),
        Msg::AppTagline => B("Find help with work and daily life, without giving your name"),
        Msg::PrivacyShort => B("Your answers stay on this device. Nothing is sent or saved."),
        Msg::Disclaimer => B(
            "This is only a guide. Each office makes the final decision on whether you can use a program.",
        ),
        Msg::DocumentTitle(s) => O(format!("{} - Kumamoto Support Navi", screen_name(s))),

        Msg::StartTitle => B("Let's find support that fits you, and where to ask"),
        Msg::StartLead => B(
            "Answer 3 questions to see which national and Kumamoto Prefecture support may fit, and where to ask for help in your area. It takes about a minute.",
        ),
        Msg::StartPrivacy => B(
            "We don't ask for your name or contact details. Your answers are used only on this device. They are never sent anywhere or saved.",
        ),
        Msg::StartFamily => B(
            "If you are looking this up for a family member or someone you know, answer for their situation. Some places also welcome questions from family.",
        ),
        Msg::StartButton => B("Start"),
        Msg::WhoLegend => B("Who are you looking this up for?"),
        Msg::Who(w) => B(match w {
            Who::Myself => "Myself",
            Who::Family => "A family member or someone I know",
        }),

        Msg::QuestionOf(n) => O(format!("Question {n} of 3")),
        Msg::Back => B("Back"),
        Msg::Continue => B("Next"),
        Msg::ErrorPrefix => B("Error: "),

        Msg::SchoolingTitle(w) => B(subject(
            w,
            "What was the last school you went to, and in what year did you leave it?",
            "What was the last school the person went to, and in what year did they leave it?",
        )),
        Msg::SchoolLegend => B("Last school attended"),
        Msg::SchoolHint => B("It's fine if it was not finished. Choose the last school attended."),
        Msg::School(s) => B(match s {
            School::JuniorHigh => "Junior high school",
            School::High => "High school",
            School::Vocational => "Vocational school",
            School::JuniorCollege => "Junior college or technical college",
            School::University => "University",
            School::Graduate => "Graduate school",
        }),
        Msg::GradLabel => B("Year of leaving that school"),
        Msg::GradHint => B("You can type the year as 1998 or as a Japanese era year (平成10年)."),
        Msg::WarekiOf(y) => match wareki(y) {
            Some((era, n)) => {
                // The first year of an era is also the last of the one before.
                let also = match (era, n) {
                    (Era::Heisei, 1) => ", which is also Showa 64 (昭和64年)",
                    (Era::Reiwa, 1) => ", which is also Heisei 31 (平成31年)",
                    _ => "",
                };
                O(format!("{y} is {} {n} ({}{}){also}", era_name(era), era_ja(era), era_year(n)))
            }
            None => O(y.to_string()),
        },
        Msg::YearWithWareki(y) => match wareki(y) {
            Some((era, n)) => O(format!("{y} ({} {n})", era_name(era))),
            None => O(y.to_string()),
        },
        Msg::BornLabel => B("Year of birth (optional)"),
        Msg::BornHint => B(
            "With it, the age conditions can be checked more exactly. Without it, the age is estimated from the year of leaving school.",
        ),
        Msg::SchoolMissing => B("Please choose the last school attended"),
        Msg::GradError(e) => year_error("the year of leaving school", e),
        Msg::BornError(e) => year_error("the year of birth", e),

        Msg::WorkTitle(w) => B(subject(
            w,
            "Which is closest to your work situation now?",
            "Which is closest to the person's work situation now?",
        )),
        Msg::WorkHint => B("There is no wrong answer. If more than one fits, choose the closest one."),
        Msg::Work(w) => B(match w {
            Work::Regular => "Working as a regular employee (正社員)",
            Work::NonRegular => {
                "Working, but not as a regular employee (part-time, temp agency, contract and so on)"
            }
            Work::Seeking => "Looking for work",
            Work::NotSeeking => "Not working, and not looking for work right now",
            Work::Withdrawn => "Finding it hard to go out or be with people (hikikomori)",
        }),
        Msg::WorkMissing => B("Please choose the closest one"),

        Msg::MuniTitle(w) => B(subject(
            w,
            "Which city, town or village do you live in?",
            "Which city, town or village does the person live in?",
        )),
        Msg::MuniFilterLabel => B("Search by name"),
        Msg::MuniFilterHint => B(
            "You can type in kanji, hiragana, katakana or romaji (for example \"yatsushiro\" or \"球磨\").",
        ),
        Msg::MuniMatchCount(n) => O(if n == 1 { "1 place found".to_string() } else { format!("{n} places found") }),
        Msg::MuniNoMatch => B("Nothing found. Please try another spelling (for example \"hitoyoshi\")."),
        Msg::MuniGroup(g) => match g {
            GroupLabel::Cities => B("Cities"),
            GroupLabel::Gun(name) => B(name.get(Lang::En)),
        },
        Msg::MuniMissing => B("Please choose a city, town or village"),

        Msg::CheckTitle => B("Check your answers"),
        Msg::CheckLead => B("Your results will be based on these answers. To fix anything, tap \"Change\"."),
        Msg::CheckLabel(f) => B(field_label(f)),
        Msg::CheckBornEmpty => B("Not entered"),
        Msg::Change => B("Change"),
        Msg::ChangeWhat(f) => O(format!(" ({})", field_label(f))),
        Msg::SeeResult => B("See results"),

        Msg::ResultTitle(w) => B(match w {
            Who::Myself => "Your results",
            Who::Family => "For the person you help",
        }),
        Msg::ResultLead => B("Thank you for answering. Here is what we found, and where you can ask for help."),
        Msg::CohortHeading => B("About the 'employment ice age' generation (就職氷河期世代)"),
        Msg::CohortHeadline(c) => B(match c {
            Cohort::Yes => "Part of the 'employment ice age' generation (就職氷河期世代)",
            Cohort::Near => "Close to the 'employment ice age' generation (就職氷河期世代)",
            Cohort::No => "Outside the years of the 'employment ice age' generation (就職氷河期世代)",
        }),
        Msg::FamilyNote => B(
            "If it is hard for the person to go out or talk, some places let family members come and talk on their own first.",
        ),
        Msg::CohortReason(a, w) => {
            let (from, to, g) = (a.rule.core_from, a.rule.core_to, a.grad);
            let def = format!(
                "People who were job-hunting around {from} to {to} are called the 'employment ice age' generation (就職氷河期世代)."
            );
            O(match (a.verdict, a.side) {
                (Cohort::Yes, _) => {
                    format!("{def} Leaving school in {g} puts {} within this period.", person(w))
                }
                (Cohort::Near, side) => format!(
                    "{def} {g} is {} this period. As \"around\" suggests, there is no sharp dividing line.",
                    if side == Side::Before { "just before" } else { "just after" }
                ),
                (Cohort::No, _) => format!("{def} {g} is some way outside this period."),
            })
        }
        Msg::CohortNotYourFault => B(
            "This generation was job-hunting in the hard years after Japan's bubble economy burst. The government itself says many ended up in unstable work or without work \"through no choice of their own\". Asking for help is nothing to be ashamed of.",
        ),
        Msg::NotYetWidened => B("Whether or not this generation applies, you can ask for help at the places below."),
        Msg::AnyoneCanConsult => B(
            "Asking for help is free. It's fine if you can't explain things well, or if you just want someone to listen.",
        ),
        Msg::RulesAsOf(d) => O(format!("Based on the rules as of {}.", date(d))),
        Msg::PlacesHeading => B("Where to get help"),
        Msg::PlacesLead => B("Places for the area chosen, best fit first. Distances are in a straight line."),
        Msg::ChangeAnswers => B("Change answers"),
        Msg::StartOver => B("Start again"),

        Msg::FirstStepHeading => B("Start here"),
        Msg::PlaceLabel => B("Where"),
        Msg::Call => B("Call"),
        Msg::OpenPage(k) => B(match k {
            UrlKind::Official => "See the address and contacts on the official page",
            UrlKind::MunicipalSite => "Find the desk on the municipal website",
            UrlKind::Guide => "See addresses and contacts in the list of desks",
        }),
        Msg::OpenFallback => B("Find contacts on the Labor Bureau page (熊本労働局)"),
        Msg::DetailAge(y) => O(format!("This information is from {y}. It may have changed.")),
        Msg::Widened(d) => O(format!(
            "Since {}, support also covers middle-aged people (中高年層). Anyone can ask.",
            date(d)
        )),
        Msg::ContactsUnknownShort => B("Address and phone not confirmed yet."),
        Msg::ProgrammeDetails => B("Why, and what to check at the desk"),
        Msg::SourcesSummary(n) => O(format!("Sources ({n})")),
        Msg::ElsewhereSummary(n) => O(format!("Saposte (サポステ) elsewhere ({n})")),
        Msg::OtherPlacesSummary(n) => O(format!("Other places in the area ({n})")),
        Msg::PartPlacesSummary(n) => O(format!("Hello Work for some towns ({n})")),
        Msg::OtherPlacesLead => B(
            "From your answers, these places may have less to offer right now. You can still ask them if things change or you are unsure.",
        ),
        Msg::MoreProgrammesSummary(n) => O(format!("May also apply, on conditions ({n})")),
        Msg::NextStepsHeading => B("First steps"),
        Msg::StepWhy(v) => B(match v {
            Verdict::Likely => "Why this may fit",
            Verdict::Maybe => "What it depends on",
            Verdict::Unlikely => "Why, and what to check at the desk",
        }),
        Msg::NextStepAsk { id, who, renamed } => O(next_step_ask(id, who, renamed)),
        Msg::NextStepBring(id) => B(next_step_bring(id)),
        Msg::AskLabel => B("What to say"),
        Msg::BringLabel => B("Bring"),
        Msg::ProgrammeAbout { id, renamed } => B(programme_about(id, renamed)),
        Msg::VerdictLabel(v) => B(match v {
            Verdict::Likely => "Likely to qualify",
            Verdict::Maybe => "May qualify, depending on conditions",
            Verdict::Unlikely => "Does not seem to apply right now",
        }),
        Msg::CheckMark(c) => B(match c {
            Check::Met => "Fits: ",
            Check::NotMet => "Does not fit: ",
            Check::Unknown => "Not sure: ",
        }),
        Msg::CheckSymbol(c) => B(match c {
            Check::Met => "✓",
            Check::NotMet => "✗",
            Check::Unknown => "?",
        }),
        Msg::Finding(f) => O(finding(f)),
        Msg::ConfirmHeading => B("To check at the desk"),
        Msg::Confirm(c) => O(confirm(c)),
        Msg::AmountsHeading => B("Amounts"),
        Msg::Amount(a) => {
            let who = match a.employer {
                Employer::Sme => "Small and medium-sized companies",
                Employer::Large => "Large companies",
            };
            let case = match a.case {
                AmountCase::Any => "",
                AmountCase::PriorityFixedTerm => " (priority group, fixed-term contract to regular employee)",
                AmountCase::PriorityOpenEnded => " (priority group, open-ended contract to regular employee)",
                AmountCase::OtherFixedTerm => " (others, fixed-term contract to regular employee)",
                AmountCase::OtherOpenEnded => " (others, open-ended contract to regular employee)",
            };
            let split = a.split.map_or(String::new(), |s| format!(" ({})", s.get(Lang::En)));
            O(format!("{who}{case}: up to {}{split}", yen(a.yen)))
        }
        Msg::Monthly { yen: y, months } => O(match months {
            Some(m) => format!("Up to {} a month per person, for up to {m} months", yen(y)),
            None => format!("{} a month", yen(y)),
        }),
        Msg::RuleVersion { from, until } => O(match until {
            Some(u) => format!("Rules from {} to {}", date(from), date(u)),
            None => format!("Rules from {}", date(from)),
        }),
        Msg::UnlikelySummary(n) => O(format!("Not likely to apply now ({n})")),
        Msg::HintsSummary(n) => O(format!("Subsidies for an employer ({n})")),
        Msg::HintsLead(w) => O(format!(
            "A company that hires {0} or makes {0} a regular employee may be able to get a government subsidy. {1}",
            person(w),
            match w {
                Who::Myself => "At an interview, or when talking it over, try saying this:",
                Who::Family => "You could suggest they say this:",
            }
        )),
        Msg::HintSay(id) => B(match id {
            ProgrammeId::SubsidyMidcareerHire => {
                "\"I understand that if you hire me as a regular employee through Hello Work (ハローワーク), the company may be able to get the Specified Job Seekers Employment Development Subsidy (特定求職者雇用開発助成金).\""
            }
            ProgrammeId::SubsidyCareerUp => {
                "\"I understand that if you make me a regular employee here, the company may be able to get the Career Up Subsidy (キャリアアップ助成金).\""
            }
            ProgrammeId::SubsidyTrial => {
                "\"I understand that if you take me on for a trial period through Hello Work (ハローワーク), the company may be able to get the Trial Employment Subsidy (トライアル雇用助成金).\""
            }
            _ => "",
        }),
        Msg::AgeEstimateLine(e) => O(if e.from_birth_year {
            format!("We took the age to be {}, from the year of birth.", ages(e))
        } else {
            format!(
                "We estimated the age as {} from the year of leaving school (entering the year of birth makes this more exact).",
                ages(e)
            )
        }),

        Msg::OfficeMap => B("Map (Google Maps)"),
        Msg::OfficeDistance { km, from_device } => O(format!(
            "About {km} km from {}",
            if from_device { "where you are" } else { "the town hall" }
        )),
        Msg::UrlLabel(k) => B(match k {
            UrlKind::Official => "Official page",
            UrlKind::MunicipalSite => "City, town or village website",
            UrlKind::Guide => "List of desks",
        }),
        Msg::PlacesElsewhereHeading => B("Youth Support Stations (サポステ) in other areas"),
        Msg::PlacesElsewhereLead => {
            B("They do not cover this area, but if one is nearby, ask whether you can talk to them.")
        }
        Msg::NearestButton => B("Show distances from where I am"),
        Msg::NearestPrivacy => B("Your location is never sent or saved."),
        Msg::NearestAsking => B("Finding your location…"),
        Msg::NearestFailed => B("Could not find your location. Showing distances from the municipal office."),
        Msg::NearestDone => B("Showing distances from where you are."),
        Msg::NotAloneHeading(w) => B(match w {
            Who::Myself => "You are not alone",
            Who::Family => "They are not alone",
        }),
        Msg::NotAloneUnstable => B("In non-regular work, not by choice"),
        Msg::NotAloneJobless => B("Out of work for a long time"),
        Msg::NotAloneText { kumamoto: k, japan: j } => O(format!(
            "Among people aged 35–44 in Kumamoto Prefecture, an estimated {1} people ({2}) are {0} (all of Japan: {3}), and about {5} ({6}) have been {4} (all of Japan: {7}). From a 2017 survey.",
            "in non-regular work not by their own choice",
            count(k.unstable),
            pct(k.unstable_permille),
            pct(j.unstable_permille),
            "out of work for a long time",
            count(k.jobless),
            pct(k.jobless_permille),
            pct(j.jobless_permille),
        )),
        Msg::NotAloneArea { japan } => B(if japan { "All Japan" } else { "Kumamoto" }),
        Msg::NotAloneChartTitle => B("Share of people aged 35–44: Kumamoto Prefecture and all of Japan"),
        Msg::Percent(p) => O(pct(p)),
        Msg::ReviewLink => B("Where this guide's information comes from (data list)"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::LoadFailed => B("The guide could not be loaded. Please check that you are online, then open this page again. None of your answers have been sent anywhere."),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewTitle => B("Data check (list of sources)"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewLead => B(
            "Everything this guide shows, with its source, date and how reliable it is. Items not yet confirmed, or based on information over a year old, are marked in color.",
        ),
        Msg::ReviewBack => B("Back to the guide"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewCounts { sources, old, offices, no_contact, municipalities, periods } => O(format!(
            "Sources: {sources} ({old} with information over a year old) / Places: {offices} ({no_contact} without a confirmed address and phone) / Municipalities: {municipalities} / Program rules: {periods}"
        )),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewSourcesHeading => B("Sources"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewOfficesHeading => B("Places"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewMunicipalitiesHeading => B("Municipalities"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewProgrammesHeading => B("Program rules"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapsHeading => B("Not yet confirmed"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapHelloWork => B(
            "The address, phone and opening hours of each Hello Work (ハローワーク) office, and where the specialist desks for middle-aged people are. Which office serves which municipality comes from a December 2022 dataset, so it is several years old. Check them in the Kumamoto Labour Bureau's list of offices and areas (所在地・管轄一覧) and update offices.toml and hellowork_jurisdiction.csv where needed.",
        ),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapRule(g) => O(match g {
            crate::review::RuleGap::AgeRangeUnknown { name } => {
                format!("The age range of \"{}\" (no source found yet).", name.get(Lang::En))
            }
            crate::review::RuleGap::NotCoveredSince { name, until } => {
                format!("What \"{}\" covers after {} (no source).", name.get(Lang::En), date(until))
            }
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapNoContact(n) => O(format!(
            "{n} places without a confirmed address and phone (\"Contacts not confirmed\" in the table below)."
        )),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewCol(c) => B(match c {
            ReviewCol::Id => "ID",
            ReviewCol::Title => "Title",
            ReviewCol::Name => "Name",
            ReviewCol::Kind => "Type",
            ReviewCol::Dated => "Date of information",
            ReviewCol::Checked => "Checked on",
            ReviewCol::Grade => "Reliability",
            ReviewCol::UsedBy => "Times used",
            ReviewCol::Status => "Status",
            ReviewCol::Covers => "Municipalities covered",
            ReviewCol::Contacts => "Contacts",
            ReviewCol::Code => "Local government code",
            ReviewCol::Gun => "District",
            ReviewCol::Position => "Office location",
            ReviewCol::Saposte => "Saposte",
            ReviewCol::HelloWork => "Hello Work",
            ReviewCol::Areas => "Municipalities",
            ReviewCol::Period => "Period",
            ReviewCol::Sources => "Sources",
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewStatus(st) => B(match st {
            ReviewStatus::NoContact => "Contacts not confirmed",
            ReviewStatus::Old => "Over a year old",
            ReviewStatus::Recheck => "Needs rechecking",
            ReviewStatus::Ok => "Confirmed",
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewNoticesHeading => B("Notices by area"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewMissing => B("None"),
        Msg::OfficeOperator => B("Run by"),
        Msg::OfficeEligibility => B("Who it is for"),
        Msg::OfficeAddress => B("Address"),
        Msg::OfficePhone => B("Phone"),
        Msg::OfficeHours => B("Hours"),
        Msg::OfficeNotice => B("Notice"),
        Msg::ServesLabel => B("Area served: "),
        Msg::AreaSeparator => B(", "),
        Msg::PartOf { muni, area } => O(format!("part of {}: {}", muni.get(Lang::En), area.get(Lang::En))),
        Msg::AreaAsOf { date: d, old } => O(format!(
            " (as of {} {}{})",
            &MONTHS[usize::from(d.m.clamp(1, 12)) - 1][..3],
            d.y,
            if old { "; may have changed" } else { "" }
        )),
        Msg::OnlyPart { muni, area } => O(format!("In {}, it serves only {}.", muni.get(Lang::En), area.get(Lang::En))),
        Msg::PartElsewhere { area, office } => O(format!("{}: served by {}.", area.get(Lang::En), office.get(Lang::En))),
        Msg::CouncilNote => B(
            "The Council of Social Welfare (社会福祉協議会) is a non-profit welfare body, separate from the city or town office.",
        ),
        Msg::NoticeLink => B("Prefecture’s earthquake page"),
        Msg::OfficeMore => B("More details"),
        Msg::SourceLine => B("Source: "),
        Msg::SourceDated(d) => O(format!(" (information from {})", date(d))),
        Msg::SourceChecked(d) => O(format!(" (checked on {})", date(d))),
        Msg::ListSeparator => B(" / "),
        Msg::DismissNotices => B("Close this notice"),
        Msg::SelectedMuni(name) => O(format!("Selected: {}", name.get(Lang::En))),
        Msg::ContactAgeWarning(y) => O(format!(
            "From {y} information. If it fails, ask your town hall."
        )),
        Msg::OldInfoWarning(y) => {
            O(format!("Partly from {y} information: it may have changed."))
        }
        Msg::OpensNewTab => B(" (opens in a new tab)"),

        Msg::PanicTitle => B("Sorry, the guide stopped working properly"),
        Msg::PanicBody => B("Your answers have not been sent anywhere. Please try again from the start."),
        Msg::PanicRestart => B("Start again"),
        Msg::ClearAnswers => B("Clear answers"),
        Msg::ShareButton => B("Make a link to this result"),
        Msg::ShareWarning => B(
            "This link contains your answers. Anyone who has the link can see the same result. Use it only to keep the result on your own device, or to show it to someone helping you.",
        ),
        Msg::ShareLabel => B("Link to this result (press and hold, or right-click, to copy)"),
        Msg::Print => B("Print"),
        Msg::DataAsOf(d) => O(format!("This guide uses information as of {d}.")),
        Msg::KioskDataStale(d) => O(format!("For staff: this guide's information is from {d}, more than 90 days ago. Please update it to the latest version.")),
        Msg::KioskEnd => B("Finish"),
        Msg::KioskNote => B(
            "This screen is shared. When you are done, press \"Finish\": all your answers are erased. They are also erased after a while without use.",
        ),
        Msg::IdleTitle => B("Are you still there?"),
        Msg::IdleBody(n) => O(format!("In {n} seconds, your answers will be erased and the first screen will show again. To keep going, press the button below.")),
        Msg::IdleContinue => B("Continue"),
        Msg::QrOpens => B("Scan with your phone's camera to open"),
        Msg::QrCalls => B("Scan with your phone to call this number"),
        Msg::KioskPhone => B("Continue on your phone"),
        Msg::KioskPhoneLabel => B("QR code to open this result on your phone"),
        Msg::SlipTitle => B("Notes for your visit"),
        Msg::SlipPrinted(d) => O(format!("Printed on {}", date(d))),
        Msg::SlipRulesDate(d) => O(format!("Rules as of {}", date(d))),
        Msg::SlipConfirm => B("Ask at the desk"),
        Msg::SlipQr => B("More information (official page)"),
        Msg::PrivacyLink => B("About privacy"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyTitle => B("This guide and your privacy"),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyLead => B(
            "This guide never sends your answers anywhere and never keeps them. Here is what it does to make sure, and how you can check.",
        ),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyHeading(p) => B(match p {
            PrivacyPart::Does => "What this guide does",
            PrivacyPart::Never => "What this guide never does",
            PrivacyPart::How => "How your answers are protected",
            PrivacyPart::Check => "How to check for yourself",
            PrivacyPart::Links => "About links and history",
            PrivacyPart::Modes => "Embedded pages, kiosks and printing",
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::PrivacyPoint(p, n) => B(privacy_point(p, n)),

        Msg::NoticeHeading => B("Part of the link could not be read"),
        Msg::LinkNotice(n) => O(match n {
            LinkNotice::Invalid(LinkKey::AsOf) => {
                "The \"reference date\" in the link could not be read, so today's date is used.".to_string()
            }
            LinkNotice::Invalid(LinkKey::Lang) => {
                "The \"display language\" in the link could not be read, so the page opened in Japanese."
                    .to_string()
            }
            LinkNotice::Invalid(k) => format!(
                "The \"{}\" in the link could not be read, so we will ask that question again.",
                link_key_label(k)
            ),
            LinkNotice::BornInconsistent => {
                "The \"year of birth\" in the link did not fit the year of leaving school, so it was not used."
                    .to_string()
            }
            LinkNotice::TooLong => {
                "The link was too long, so what it contained was not used. Please answer the questions."
                    .to_string()
            }
        }),
    }
}

pub(super) fn link_key_label(k: LinkKey) -> &'static str {
    match k {
        LinkKey::Grad => "year of leaving school",
        LinkKey::School => "last school attended",
        LinkKey::Born => "year of birth",
        LinkKey::Work => "current work",
        LinkKey::Muni => "city, town or village",
        LinkKey::AsOf => "reference date",
        LinkKey::Lang => "display language",
        LinkKey::For => "who this is for",
    }
}

fn field_label(f: Field) -> &'static str {
    match f {
        Field::School => "Last school attended",
        Field::Grad => "Year of leaving school",
        Field::Born => "Year of birth",
        Field::Work => "Current work",
        Field::Muni => "City, town or village",
    }
}

fn screen_name(s: Screen) -> &'static str {
    match s {
        Screen::Start => "Start",
        Screen::Question(Question::Schooling) => "Question 1: Leaving school",
        Screen::Question(Question::Work) => "Question 2: Current work",
        Screen::Question(Question::Municipality) => "Question 3: Where you live",
        Screen::Check => "Check your answers",
        Screen::Result => "Results",
        Screen::Review => "Data check",
        Screen::Privacy => "About privacy",
    }
}

fn year_error(what: &str, e: YearError) -> Cow<'static, str> {
    O(match e {
        YearError::Empty => format!("Please enter {what}"),
        YearError::NotAYear => format!("Please enter {what} like \"1998\" or \"平成10年\""),
        YearError::OutOfRange { min, max } => format!("Please enter {what} between {min} and {max}"),
        YearError::Inconsistent => {
            "Please check the year of birth and the year of leaving school together".to_string()
        }
    })
}

/// "you" or "the person", as the object of a sentence.
fn person(w: Who) -> &'static str {
    match w {
        Who::Myself => "you",
        Who::Family => "the person",
    }
}

/// The wording for the person themselves, or for someone asking about a family member.
fn subject(w: Who, myself: &'static str, family: &'static str) -> &'static str {
    match w {
        Who::Myself => myself,
        Who::Family => family,
    }
}

/// 6900 → "6,900".
fn count(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// 32 (tenths of a percent) → "3.2%".
fn pct(permille: u16) -> String {
    format!("{}.{}%", permille / 10, permille % 10)
}

/// 45 → "45"; 45 to 47 → "45–47".
fn ages(e: AgeEstimate) -> String {
    if e.lo == e.hi { e.lo.to_string() } else { format!("{}–{}", e.lo, e.hi) }
}

/// 600000 → "600,000 yen", 12345 → "12,345 yen".
fn yen(y: u32) -> String {
    format!("{} yen", count(y))
}

/// A work situation, as it follows "people who are".
fn work_short(w: Work) -> &'static str {
    match w {
        Work::Regular => "working as regular employees",
        Work::NonRegular => "working in non-regular jobs",
        Work::Seeking => "looking for work",
        Work::NotSeeking => "not looking for work right now",
        Work::Withdrawn => "finding it hard to go out or be with people",
    }
}

/// Birth dates, as they follow "people".
fn born_range(from: Option<Date>, to: Option<Date>) -> String {
    match (from, to) {
        (Some(f), Some(t)) => format!("born from {} to {}", date(f), date(t)),
        (Some(f), None) => format!("born on or after {}", date(f)),
        (None, Some(t)) => format!("born on or before {}", date(t)),
        (None, None) => "of any date of birth".to_string(),
    }
}

fn finding(f: Finding) -> String {
    match f {
        Finding::NotStarted { from } => {
            format!("This started on {}. It did not exist yet on the reference date.", date(from))
        }
        Finding::Ended { until } => format!("This ran until {} and has ended.", date(until)),
        Finding::DateNotCovered { from, until } => format!(
            "This guide could not confirm the rules for the reference date, so it used the {}.",
            match until {
                Some(u) => format!("rules from {} to {}", date(from), date(u)),
                None => format!("rules from {}", date(from)),
            }
        ),
        Finding::Work { work, fit } => {
            let w = work_short(work);
            match fit {
                crate::rules::Fit::Yes => format!("This covers people who are {w}."),
                crate::rules::Fit::Maybe => {
                    format!("People who are {w} may be covered, depending on their situation.")
                }
                crate::rules::Fit::No => format!("People who are {w} are usually not covered."),
            }
        }
        Finding::Age { min, max, est, at_hiring, check } => {
            let rule = if at_hiring {
                format!("For people who are {min}–{max} years old on the day they are hired.")
            } else {
                format!("For people who are {min}–{max} years old.")
            };
            let Some(e) = est else {
                return format!("{rule} The age is not known, so this could not be checked.");
            };
            let basis = if e.from_birth_year {
                "The year of birth gives an age of"
            } else {
                "The year of leaving school gives an age of roughly"
            };
            let result = match check {
                Check::Met => "this fits.",
                Check::NotMet => "this does not fit.",
                Check::Unknown => "this is right at the age limit. It depends on the exact birthday.",
            };
            format!("{rule} {basis} {}, so {result}", ages(e))
        }
        Finding::AgeRangeUnknown => "This guide has not been able to confirm the age range.".to_string(),
        Finding::Born { from, to, years, one_of_several, check } => {
            let rule = format!("For people {}.", born_range(from, to));
            let Some((lo, hi, given)) = years else {
                return format!("{rule} The year of birth is not known, so this could not be checked.");
            };
            let basis = match (given, lo == hi) {
                (true, _) | (false, true) => format!("The year of birth is {lo}"),
                (false, false) => {
                    format!("The year of leaving school suggests a birth year of roughly {lo}–{hi}")
                }
            };
            let result = match check {
                Check::Met => "this fits.",
                Check::NotMet => "this does not fit.",
                Check::Unknown if one_of_several => {
                    "this may not fit, but meeting one of the other conditions is enough."
                }
                Check::Unknown => "it depends on the exact date of birth.",
            };
            format!("{rule} {basis}, so {result}")
        }
    }
}

fn confirm(c: Confirm) -> String {
    match c {
        Confirm::Past5YearsRegular => {
            "In the past 5 years, 1 year or less in total working as a regular employee".to_string()
        }
        Confirm::NoRegularPastYear => "No work as a regular employee in the past year".to_string(),
        Confirm::HelloWorkSupport => {
            "Getting one-to-one support, with an assigned staff member, at Hello Work (ハローワーク) or a similar office"
                .to_string()
        }
        Confirm::HiredViaHelloWork => {
            "Being hired as a regular employee through a referral from Hello Work (ハローワーク) or a similar office"
                .to_string()
        }
        Confirm::IncomeSelf(y) => format!("Own income of {} a month or less", yen(y)),
        Confirm::IncomeHousehold(y) => format!("Whole household's income of {} a month or less", yen(y)),
        Confirm::Assets(y) => {
            format!("Whole household's savings and other financial assets of {} or less", yen(y))
        }
        Confirm::Attendance(p) => format!("Attending at least {p}% of the training"),
        Confirm::NoUnemploymentBenefit => {
            "Not able to get unemployment benefits from employment insurance (雇用保険)".to_string()
        }
        Confirm::NoOtherTraining => "Not taking (or planning to take) other public job training".to_string(),
        Confirm::LivingDifficulties => "Having difficulties with daily life, money or work".to_string(),
        Confirm::OtherCategories => {
            "Others also qualify, such as people out of work for more than 1 year, or who left or changed jobs 2 or more times within 2 years".to_string()
        }
    }
}

/// `renamed`: on or after 2025-04-01, when the desks and jobs took the name 中高年層.
fn programme_about(id: ProgrammeId, renamed: bool) -> &'static str {
    match id {
        ProgrammeId::HelloWorkDesk if renamed => {
            "Hello Work (ハローワーク) gives advice on finding work and introduces job openings. At the dedicated desk for middle-aged and older people (中高年層（ミドルシニア）（旧：就職氷河期世代）専門窓口), a team of staff supports you."
        }
        ProgrammeId::HelloWorkDesk => {
            "Hello Work (ハローワーク) gives advice on finding work and introduces job openings. At the dedicated desk for the 'employment ice age' generation (就職氷河期世代専門窓口), a team of staff supports you."
        }
        ProgrammeId::Saposte => {
            "A place to talk for people who want to take a step toward working. Career advice, counseling, work experience and more, all free."
        }
        ProgrammeId::JobTraining => {
            "Free job training from the national government, to learn the knowledge and skills a job needs."
        }
        ProgrammeId::JobseekerSupport => {
            "For people who cannot get employment insurance benefits: free job training, with a monthly payment while training if conditions are met (you pay for textbooks and similar)."
        }
        ProgrammeId::SelfReliance => {
            "One place to talk about any problems with daily life and work. Staff make a support plan with you, to fit your needs."
        }
        ProgrammeId::HikikomoriCenter => {
            "A place to talk for people who are withdrawn from social life (hikikomori), and for their families."
        }
        ProgrammeId::SubsidyMidcareerHire => {
            "A subsidy for companies that hire middle-aged and older people as regular employees through Hello Work (ハローワーク) or a similar office."
        }
        ProgrammeId::SubsidyCareerUp => {
            "A subsidy for companies that make part-time, contract or similar workers into regular employees."
        }
        ProgrammeId::SubsidyTrial => {
            "A subsidy for companies that take someone on for a trial period through Hello Work (ハローワーク) or a similar office, for example someone who has found it hard to get work."
        }
        ProgrammeId::LimitedJobs => {
            "Job openings only for, or especially welcoming, people of this generation and others. You can find them at Hello Work (ハローワーク)."
        }
        ProgrammeId::ShortQualification => {
            "This was training to gain a qualification in a short time and, together with workplace practice, aim for a job as a regular employee."
        }
    }
}

fn next_step_ask(id: ProgrammeId, w: Who, renamed: bool) -> String {
    match id {
        ProgrammeId::HelloWorkDesk if renamed => {
            "「中高年層（旧：就職氷河期世代）の専門窓口で相談したい」 (\"I'd like to talk to the desk for middle-aged people\")"
                .to_string()
        }
        ProgrammeId::HelloWorkDesk => {
            "「就職氷河期世代の専門窓口で相談したい」 (\"I'd like to talk to the desk for the ice-age generation\")"
                .to_string()
        }
        ProgrammeId::Saposte => match w {
            Who::Myself => {
                "Call: 「働くことについて相談したい」 (\"I'd like to talk about working\"), then set a day."
                    .to_string()
            }
            Who::Family => {
                "Call: 「家族のことで相談したい」 (\"I'd like to talk about my family member\"), then set a day. Family can come on their own."
                    .to_string()
            }
        },
        ProgrammeId::JobTraining => {
            "At Hello Work: 「職業訓練を受けたい」 (\"I'd like job training\")"
                .to_string()
        }
        ProgrammeId::JobseekerSupport => {
            "At Hello Work: 「求職者支援制度を使えるか知りたい」 (\"Can I use the Job Seeker Support System?\")"
                .to_string()
        }
        ProgrammeId::SelfReliance => {
            "At your town hall: 「暮らしや仕事のことで相談したい」 (\"I'd like to talk about daily life and work\")"
                .to_string()
        }
        ProgrammeId::HikikomoriCenter => match w {
            Who::Myself => {
                "Just call: 「話を聞いてほしい」 (\"Please listen to me\") is enough."
                    .to_string()
            }
            Who::Family => {
                "Even if the person cannot go out, family members can call and talk first.".to_string()
            }
        },
        ProgrammeId::LimitedJobs if renamed => {
            "At Hello Work: 「中高年層（旧：就職氷河期世代）限定・歓迎求人を見たい」 (\"I'd like to see jobs for middle-aged people\")"
                .to_string()
        }
        ProgrammeId::LimitedJobs => {
            "At Hello Work: 「就職氷河期世代限定求人を見たい」 (\"I'd like to see jobs for the ice-age generation\")"
                .to_string()
        }
        ProgrammeId::ShortQualification => {
            "At Hello Work (ハローワーク), ask about the 「短期資格等習得コース」 (short-term qualification course)."
                .to_string()
        }
        ProgrammeId::SubsidyMidcareerHire | ProgrammeId::SubsidyCareerUp | ProgrammeId::SubsidyTrial => {
            String::new()
        }
    }
}

fn next_step_bring(id: ProgrammeId) -> &'static str {
    match id {
        ProgrammeId::HelloWorkDesk | ProgrammeId::LimitedJobs | ProgrammeId::ShortQualification => {
            "ID, and a note of past jobs (when, where, what)"
        }
        ProgrammeId::Saposte | ProgrammeId::HikikomoriCenter => {
            "A note of what to talk about (rough is fine)"
        }
        ProgrammeId::JobTraining => "A note of work or skills you are interested in",
        ProgrammeId::JobseekerSupport => "A note of rough income and savings (conditions depend on them)",
        ProgrammeId::SelfReliance => "A note of what is hard now (money, housing, work, health…)",
        ProgrammeId::SubsidyMidcareerHire | ProgrammeId::SubsidyCareerUp | ProgrammeId::SubsidyTrial => "",
    }
}

/// The points of each part of the privacy page; an empty string ends a part.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn privacy_point(p: PrivacyPart, n: u8) -> &'static str {
    match (p, n) {
        (PrivacyPart::Does, 0) => {
            "Your answers are used only in the memory of the device showing this page, to work out the result. The working out happens on the device too."
        }
        (PrivacyPart::Does, 1) => {
            "Your answers are erased when you close the page or press \"Clear answers\"."
        }
        (PrivacyPart::Never, 0) => {
            "It does not send your answers. This guide has no server that could receive them."
        }
        (PrivacyPart::Never, 1) => {
            "It does not save your answers. It uses nothing that stays on your device, such as cookies or local storage."
        }
        (PrivacyPart::Never, 2) => {
            "It has no analytics or advertising, and it loads no files from other sites."
        }
        (PrivacyPart::Never, 3) => {
            "It asks your browser for your location only when you press \"Show distances from where I am\", and uses it only to work out distances on your device."
        }
        (PrivacyPart::How, 0) => {
            "A browser feature (Content Security Policy) lets the page load only this site's own files. Once the guide has started and loaded its language files (Easy Japanese and English, the same for everyone), the browser itself blocks any sending."
        }
        (PrivacyPart::How, 1) => {
            "Each file it loads carries a check against tampering (Subresource Integrity). If a file differs even slightly, the browser will not load it."
        }
        (PrivacyPart::How, 2) => {
            "With every change, automated tests check that the guide makes no network requests once it has started and loaded its language files, loads the same files whichever language you choose, leaves nothing on the device, and that the browser blocks any attempt to send."
        }
        (PrivacyPart::Check, 0) => {
            "On a computer, open your browser's developer tools and watch the \"Network\" tab while you use this guide. After the first files load, nothing more appears."
        }
        (PrivacyPart::Links, 0) => {
            "Links to official pages and maps open only when you tap them. They carry none of your answers (a map link carries only the desk's address)."
        }
        (PrivacyPart::Links, 1) => {
            "This guide does not write your answers into the page address or your browsing history. It makes a link with your answers only when you press \"Make a link to this result\"."
        }
        (PrivacyPart::Links, 2) => {
            "If you open this page from a link with answers in it, that link stays in your browser history."
        }
        (PrivacyPart::Modes, 0) => {
            "When the guide is embedded in a municipal page, it tells that page only its own height (one number). It does not tell your answers, and it adds nothing to your browsing history."
        }
        (PrivacyPart::Modes, 1) => {
            "On a kiosk at a support counter, after 2 minutes without use a message appears; 60 seconds later your answers, the language you chose and the screen are all erased. Pressing \"Finish\" does the same. Back does not bring them back."
        }
        (PrivacyPart::Modes, 2) => {
            "A kiosk has no links to other pages or phone numbers. Official pages, maps and phone numbers are QR codes to scan with your own phone. Only \"Continue on your phone\" makes a QR code with your answers in it."
        }
        (PrivacyPart::Modes, 3) => {
            "Your answers and result are printed only when you press \"Print\". A counter's printer may keep a record of what it printed."
        }
        (PrivacyPart::Modes, 4) => {
            "Only on a kiosk does the guide keep its own files on the device (its screens, program and data, the same for everyone), so that it keeps working when the network is down. It never keeps answers. A new version replaces those files at the next start, and the old ones are deleted. On your own phone or computer, and when embedded in another site, nothing is kept."
        }
        _ => "",
    }
}

fn era_name(e: Era) -> &'static str {
    match e {
        Era::Showa => "Showa",
        Era::Heisei => "Heisei",
        Era::Reiwa => "Reiwa",
    }
}

/// The era's name as written in Japanese, for the 和暦 in brackets.
fn era_ja(e: Era) -> &'static str {
    match e {
        Era::Showa => "昭和",
        Era::Heisei => "平成",
        Era::Reiwa => "令和",
    }
}

/// The year within an era as written in Japanese: 1 → "元年", 10 → "10年".
fn era_year(n: u16) -> String {
    if n == 1 { "元年".to_string() } else { format!("{n}年") }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// 2025-04-01 → "1 April 2025".
fn date(d: Date) -> String {
    let month = MONTHS.get(usize::from(d.m).wrapping_sub(1)).copied().unwrap_or("?");
    format!("{} {month} {}", d.d, d.y)
}
