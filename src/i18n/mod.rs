//! Every word a person sees, keyed by `Msg`, in three registers: 日本語 (`ja`), やさしい日本語
//! (`easy`, a reading on every kanji) and English (`en`). Each register is one exhaustive
//! `match`, so a message missing in any of them is a compile error.
//!
//! A message is a `Text`: markup (see `crate::text`) with its register, rendered as segments
//! by one component. Data text (office names, what they help with, source titles) is written
//! in the three registers in the data files and comes through `data()`.

// Natively, the registers as written. In the wasm, the same code with its words in the register
// packs (`crate::pack`, written by build.rs); the tests compare the two.
#[cfg(not(target_arch = "wasm32"))]
mod easy;
#[cfg(not(target_arch = "wasm32"))]
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod ja;
#[cfg(any(target_arch = "wasm32", test))]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[allow(unused_imports)] // of the types only the shared arms named
mod easy_packed {
    include!(concat!(env!("OUT_DIR"), "/i18n_easy.rs"));
}
#[cfg(any(target_arch = "wasm32", test))]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[allow(unused_imports)] // of the types only the shared arms named
mod en_packed {
    include!(concat!(env!("OUT_DIR"), "/i18n_en.rs"));
}
#[cfg(any(target_arch = "wasm32", test))]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[allow(unused_imports)] // of the types only the shared arms named
mod ja_shared {
    include!(concat!(env!("OUT_DIR"), "/i18n_ja.rs"));
}
#[cfg(target_arch = "wasm32")]
use {easy_packed as easy, en_packed as en, ja_shared as ja};
// The messages both registers write as a literal, numbered: the packed registers look them up
// by number rather than each matching them again.
#[cfg(any(target_arch = "wasm32", test))]
include!(concat!(env!("OUT_DIR"), "/i18n_simple.rs"));
#[cfg(all(test, not(target_arch = "wasm32")))]
mod samples;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod golden;

use std::borrow::Cow;

use crate::answers::{School, Work, YearError};
use crate::date::Date;
use crate::directory::{GroupLabel, PrefectureStats, UrlKind};
use crate::flow::Screen;
use crate::link::{LinkKey, LinkNotice};
#[cfg(not(target_arch = "wasm32"))]
use crate::review::Status as ReviewStatus;
use crate::rules::{
    AgeEstimate, Amount, Check, Cohort, CohortAssessment, Confirm, Finding, ProgrammeId, Verdict,
};
pub use crate::settings::Lang;
use crate::settings::Who;
use crate::text::{self, Seg, Tr};

/// A message key. Variants carry the values their text needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Msg {
    AppName,
    /// The register's own name, shown on its switch in that register.
    LangName,
    /// The accessible name of the register switch.
    LangSwitch,
    /// The read-aloud button, and the same button while it reads.
    ReadAloud,
    ReadAloudStop,
    AppTagline,
    PrivacyShort,
    Disclaimer,
    DocumentTitle(Screen),

    StartTitle,
    StartLead,
    StartPrivacy,
    StartFamily,
    StartButton,
    WhoLegend,
    Who(Who),

    QuestionOf(u8),
    Back,
    Continue,
    ErrorPrefix,

    SchoolingTitle(Who),
    SchoolLegend,
    SchoolHint,
    School(School),
    GradLabel,
    GradHint,
    /// Live support text under the year field: "1998年は平成10年です".
    WarekiOf(u16),
    /// A year with its 和暦 in brackets: "1998年（平成10年）".
    YearWithWareki(u16),
    BornLabel,
    BornHint,
    SchoolMissing,
    GradError(YearError),
    BornError(YearError),

    WorkTitle(Who),
    WorkHint,
    Work(Work),
    WorkMissing,

    MuniTitle(Who),
    MuniFilterLabel,
    MuniFilterHint,
    MuniMatchCount(u16),
    MuniNoMatch,
    MuniGroup(GroupLabel),
    MuniMissing,
    /// Shown above the list while the chosen municipality may be filtered out of view.
    SelectedMuni(Tr),

    CheckTitle,
    CheckLead,
    CheckLabel(Field),
    CheckBornEmpty,
    Change,
    /// Hidden context after "変更" for screen readers: "（学校を離れた年）".
    ChangeWhat(Field),
    SeeResult,

    ResultTitle(Who),
    ResultLead,
    FamilyNote,
    CohortHeading,
    CohortHeadline(Cohort),
    CohortReason(CohortAssessment, Who),
    CohortNotYourFault,
    NotYetWidened,
    AnyoneCanConsult,
    RulesAsOf(Date),
    PlacesHeading,
    PlacesLead,
    ChangeAnswers,
    StartOver,

    /// The summary's heading over the first step and place.
    FirstStepHeading,
    PlaceLabel,
    /// A `tel:` link's text, before the number.
    Call,
    /// A link to a place's page when no phone number is sourced.
    OpenPage(UrlKind),
    /// A link to 熊本労働局's page when nothing of the office's own is sourced.
    OpenFallback,
    /// Under a contact detail from information over a year old.
    DetailAge(u16),
    /// The summary's one line on the 2025-04-01 widening.
    Widened(Date),
    ContactsUnknownShort,
    /// The line that opens a programme's reasons, checklist and amounts.
    ProgrammeDetails,
    /// The short source line of a card, opening to the list: how many sources.
    SourcesSummary(u16),
    ElsewhereSummary(u16),
    /// The collapsed group of the municipality's other doors.
    OtherPlacesSummary(u16),
    OtherPlacesLead,
    /// The line that opens the offices serving only some towns of the municipality.
    PartPlacesSummary(u16),
    /// The collapsed group of the programmes that are not steps ("maybe" ones).
    MoreProgrammesSummary(u16),
    NextStepsHeading,
    /// What opens a step's reasons: "why it fits", by its verdict.
    StepWhy(Verdict),
    /// What to say at the counter; `renamed`: the desks' 2025 names apply.
    NextStepAsk {
        id: ProgrammeId,
        who: Who,
        renamed: bool,
    },
    NextStepBring(ProgrammeId),
    AskLabel,
    BringLabel,
    ProgrammeAbout {
        id: ProgrammeId,
        renamed: bool,
    },
    VerdictLabel(Verdict),
    CheckMark(Check),
    /// The visible mark before a reason (○ × △), hidden from screen readers.
    CheckSymbol(Check),
    Finding(Finding),
    ConfirmHeading,
    Confirm(Confirm),
    AmountsHeading,
    Amount(Amount),
    Monthly {
        yen: u32,
        months: Option<u8>,
    },
    RuleVersion {
        from: Date,
        until: Option<Date>,
    },
    UnlikelySummary(u16),
    /// The collapsed group of employer subsidies, with how many.
    HintsSummary(u16),
    HintsLead(Who),
    HintSay(ProgrammeId),
    AgeEstimateLine(AgeEstimate),

    OfficeMap,
    /// Rough straight-line distance: from the town hall, or from the device.
    OfficeDistance {
        km: u16,
        from_device: bool,
    },
    UrlLabel(UrlKind),
    PlacesElsewhereHeading,
    PlacesElsewhereLead,
    NearestButton,
    NearestPrivacy,
    NearestAsking,
    NearestFailed,
    NearestDone,
    NotAloneHeading(Who),
    NotAloneUnstable,
    NotAloneJobless,
    NotAloneText {
        kumamoto: PrefectureStats,
        japan: PrefectureStats,
    },
    NotAloneChartTitle,
    /// A bar's label in the chart: Kumamoto Prefecture, or all Japan.
    NotAloneArea {
        japan: bool,
    },
    Percent(u16),
    ReviewLink,
    /// On the static start screen of index.html, when the widget could not be loaded.
    #[cfg(not(target_arch = "wasm32"))]
    LoadFailed,
    #[cfg(not(target_arch = "wasm32"))]
    ReviewTitle,
    #[cfg(not(target_arch = "wasm32"))]
    ReviewLead,
    ReviewBack,
    #[cfg(not(target_arch = "wasm32"))]
    ReviewCounts {
        sources: u16,
        old: u16,
        offices: u16,
        no_contact: u16,
        municipalities: u16,
        periods: u16,
    },
    #[cfg(not(target_arch = "wasm32"))]
    ReviewSourcesHeading,
    #[cfg(not(target_arch = "wasm32"))]
    ReviewOfficesHeading,
    #[cfg(not(target_arch = "wasm32"))]
    ReviewMunicipalitiesHeading,
    #[cfg(not(target_arch = "wasm32"))]
    ReviewProgrammesHeading,
    #[cfg(not(target_arch = "wasm32"))]
    ReviewGapsHeading,
    #[cfg(not(target_arch = "wasm32"))]
    ReviewGapHelloWork,
    #[cfg(not(target_arch = "wasm32"))]
    ReviewGapRule(crate::review::RuleGap),
    #[cfg(not(target_arch = "wasm32"))]
    ReviewGapNoContact(u16),
    #[cfg(not(target_arch = "wasm32"))]
    ReviewCol(ReviewCol),
    #[cfg(not(target_arch = "wasm32"))]
    ReviewStatus(ReviewStatus),
    #[cfg(not(target_arch = "wasm32"))]
    ReviewMissing,
    #[cfg(not(target_arch = "wasm32"))]
    ReviewNoticesHeading,
    OfficeOperator,
    OfficeEligibility,
    OfficeAddress,
    OfficePhone,
    OfficeHours,
    OfficeNotice,
    /// Before the list of the municipalities a Hello Work office serves.
    ServesLabel,
    /// Between two names in a list of municipalities.
    AreaSeparator,
    /// A part of a municipality, as named in a list: 熊本市北区植木町.
    PartOf {
        muni: Tr,
        area: Tr,
    },
    /// After the area served: the month of the information, and that it may have changed when old.
    AreaAsOf {
        date: Date,
        old: bool,
    },
    /// The office serves only this part of the person's municipality.
    OnlyPart {
        muni: Tr,
        area: Tr,
    },
    /// Another office serves this part of the person's municipality.
    PartElsewhere {
        area: Tr,
        office: Tr,
    },
    /// What a 社会福祉協議会 is, in plain words.
    CouncilNote,
    /// A notice's link to the official page.
    NoticeLink,
    /// The line that opens what a place does, for whom and who runs it.
    OfficeMore,
    SourceLine,
    SourceDated(Date),
    SourceChecked(Date),
    ListSeparator,
    /// Some detail comes from information of this year, over a year old.
    OldInfoWarning(u16),
    /// The contact details shown come from information of this year, over a year old.
    ContactAgeWarning(u16),
    OpensNewTab,

    PanicTitle,
    PanicBody,
    PanicRestart,
    ClearAnswers,
    ShareButton,
    ShareWarning,
    ShareLabel,
    /// The print button, where the browser can print.
    Print,

    /// The footer: the date of the data ("この案内は YYYY-MM-DD 時点の情報です").
    DataAsOf(Date),
    /// A kiosk whose data is more than 90 days old: a notice for the staff to update it.
    KioskDataStale(Date),
    /// A kiosk: the button that ends the session and wipes it.
    KioskEnd,
    /// On a kiosk's start screen: that the screen is shared and how it forgets.
    KioskNote,
    IdleTitle,
    /// The idle warning with the seconds left.
    IdleBody(u32),
    IdleContinue,
    /// Under a QR code of a page: scan it to open it on your phone.
    QrOpens,
    /// Under a QR code of a phone number.
    QrCalls,
    /// On a kiosk: show the result's link as a QR code for the person's phone.
    KioskPhone,
    KioskPhoneLabel,

    /// The printed slip.
    SlipTitle,
    SlipPrinted(Date),
    SlipRulesDate(Date),
    SlipConfirm,
    SlipQr,
    PrivacyLink,
    #[cfg(not(target_arch = "wasm32"))]
    PrivacyTitle,
    #[cfg(not(target_arch = "wasm32"))]
    PrivacyLead,
    #[cfg(not(target_arch = "wasm32"))]
    PrivacyHeading(PrivacyPart),
    #[cfg(not(target_arch = "wasm32"))]
    PrivacyPoint(PrivacyPart, u8),

    NoticeHeading,
    DismissNotices,
    LinkNotice(LinkNotice),
}

/// The parts of the privacy page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrivacyPart {
    Does,
    Never,
    How,
    Check,
    Links,
    /// Embedded in a municipal page, on a kiosk, on paper.
    Modes,
}

impl PrivacyPart {
    pub const ALL: [PrivacyPart; 6] = [
        PrivacyPart::Does,
        PrivacyPart::Never,
        PrivacyPart::How,
        PrivacyPart::Check,
        PrivacyPart::Links,
        PrivacyPart::Modes,
    ];
}

/// Column headings of the data review tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReviewCol {
    Id,
    Title,
    Name,
    Kind,
    Dated,
    Checked,
    Grade,
    UsedBy,
    Status,
    Covers,
    Contacts,
    Code,
    Gun,
    Position,
    Saposte,
    HelloWork,
    Areas,
    Period,
    Sources,
}

/// The answers as listed on the check-your-answers screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    School,
    Grad,
    Born,
    Work,
    Muni,
}

/// Visible text in a register: markup to render as segments, or to read as plain base text.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub lang: Lang,
    pub markup: Cow<'static, str>,
}

impl Text {
    pub fn segments(&self) -> Vec<Seg<'_>> {
        text::segments(&self.markup, self.lang)
    }

    /// Kana where the text has ruby: for SVG text, which cannot hold ruby.
    pub fn reading(&self) -> String {
        text::reading_text(&self.markup)
    }

    /// The base text, without readings or markup: for accessible names, titles and speech.
    pub fn plain(&self) -> String {
        text::base_text(&self.markup)
    }

    pub fn is_empty(&self) -> bool {
        self.markup.is_empty()
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.markup == *other
    }
}

/// The text of a message in a register.
pub fn t(lang: Lang, msg: Msg) -> Text {
    let markup = match lang {
        Lang::Ja => ja::text(msg),
        Lang::Easy => easy::text(msg),
        Lang::En => en::text(msg),
    };
    Text { lang, markup }
}

/// A text of the data in a register.
pub fn data(lang: Lang, tr: Tr) -> Text {
    Text { lang, markup: Cow::Borrowed(tr.get(lang)) }
}

/// An office's name in a register.
pub fn office_name(lang: Lang, o: &crate::directory::Office) -> Text {
    Text { lang, markup: Cow::Borrowed(o.name_in(lang)) }
}

/// What an office helps with, in a register.
pub fn office_helps(lang: Lang, o: &crate::directory::Office) -> Text {
    Text { lang, markup: Cow::Borrowed(o.helps_in(lang)) }
}

/// The label of a deep-link key, for notices.
pub fn link_key_label(lang: Lang, key: LinkKey) -> &'static str {
    match lang {
        Lang::Ja => ja::link_key_label(key),
        Lang::Easy => easy::link_key_label(key),
        Lang::En => en::link_key_label(key),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn dates_and_eras_read_naturally() {
        let d = Date::parse("2025-04-01").unwrap();
        assert_eq!(t(Lang::Ja, Msg::RulesAsOf(d)), "2025年4月1日時点のルールで案内しています。");
        assert_eq!(t(Lang::Ja, Msg::WarekiOf(1998)), "1998年は平成10年です");
        assert_eq!(t(Lang::Ja, Msg::WarekiOf(1989)), "1989年は平成元年（昭和64年）です");
        assert_eq!(t(Lang::Ja, Msg::WarekiOf(2019)), "2019年は令和元年（平成31年）です");
        assert_eq!(t(Lang::Ja, Msg::YearWithWareki(1976)), "1976年（昭和51年）");
    }

    #[test]
    fn year_errors_name_the_allowed_range() {
        let m = t(Lang::Ja, Msg::GradError(YearError::OutOfRange { min: 1930, max: 2026 })).markup;
        assert!(m.contains("1930") && m.contains("2026"), "{m}");
    }

    #[test]
    fn cohort_reasons_mention_the_year_and_the_definition() {
        let asof = Date::parse("2026-11-21").unwrap();
        for grad in [1991, 1998, 2006, 2015] {
            let a = crate::rules::assess_cohort(grad, asof);
            let m = t(Lang::Ja, Msg::CohortReason(a, Who::Myself)).markup;
            assert!(m.contains(&grad.to_string()) && m.contains("1993") && m.contains("2004"), "{m}");
        }
    }

    #[test]
    fn family_wording_speaks_of_the_person_not_you() {
        let a = crate::rules::assess_cohort(1998, Date::parse("2026-11-21").unwrap());
        assert!(t(Lang::Ja, Msg::CohortReason(a, Who::Myself)).markup.contains("あなた"));
        let family = t(Lang::Ja, Msg::CohortReason(a, Who::Family)).markup;
        assert!(family.contains("ご本人") && !family.contains("あなた"), "{family}");
        assert!(t(Lang::Ja, Msg::WorkTitle(Who::Family)).markup.starts_with("ご本人の"));
        assert!(!t(Lang::Ja, Msg::WorkTitle(Who::Myself)).markup.contains("ご本人"));
    }

    #[test]
    fn amounts_read_as_people_write_them() {
        use crate::rules::{Amount, AmountCase, Employer};
        let a = Amount {
            employer: Employer::Sme,
            case: AmountCase::Any,
            yen: 600_000,
            split: Some(Tr::same("30万円×2期")),
        };
        assert_eq!(t(Lang::Ja, Msg::Amount(a)), "中小企業 最大60万円（30万円×2期）");
        assert_eq!(t(Lang::Ja, Msg::Monthly { yen: 100_000, months: None }), "月10万円");
        assert_eq!(t(Lang::Ja, Msg::Monthly { yen: 1_234_567, months: None }), "月1,234,567円");
        assert_eq!(
            t(Lang::Ja, Msg::Confirm(Confirm::Assets(3_000_000))),
            "世帯全体の預貯金などの金融資産が300万円以下であること"
        );
    }

    #[test]
    fn every_finding_of_every_programme_has_text() {
        // Every verdict the sweep can produce must be explainable: no empty reason.
        let d = Date::parse("2026-11-21").unwrap();
        for work in Work::ALL {
            for born in [None, Some(1966), Some(1976), Some(1990)] {
                let a = crate::answers::Answers {
                    grad: Some(1998),
                    school: Some(School::High),
                    born,
                    ..Default::default()
                };
                for x in crate::rules::assess_all(&a, work, d) {
                    for renamed in [false, true] {
                        let id = x.programme.id;
                        assert!(!t(Lang::Ja, Msg::ProgrammeAbout { id, renamed }).is_empty());
                    }
                    for f in x.findings {
                        assert!(t(Lang::Ja, Msg::Finding(f)).markup.chars().count() > 10, "{f:?}");
                    }
                }
            }
        }
    }

    /// Every message in every register: well-formed markup; in やさしい日本語 a reading on every
    /// kanji; in English, English words (Japanese only as names, marked by script); nothing
    /// blank where Japanese has text.
    #[test]
    fn every_message_reads_in_every_register() {
        let mut problems = Vec::new();
        for msg in samples::all() {
            let ja = t(Lang::Ja, msg);
            for lang in Lang::ALL {
                let text = t(lang, msg);
                if text.is_empty() != ja.is_empty() {
                    problems.push(format!("{lang:?} {msg:?}: blank in one register only"));
                    continue;
                }
                if text.is_empty() {
                    continue;
                }
                if let Err(e) = text::check_markup(&text.markup, lang) {
                    problems.push(format!("{lang:?} {msg:?}: {e}"));
                }
                let symbols_only = !ja.markup.chars().any(|c| c.is_alphabetic());
                if lang == Lang::En && !symbols_only && !text::has_english(&text.markup) {
                    problems.push(format!("En {msg:?}: no English in {:?}", text.markup));
                }
            }
        }
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    }

    /// The wasm's messages, their words read from the register packs, say exactly what the
    /// registers as written say: every message, every deep-link key.
    #[test]
    fn the_packed_registers_read_as_written() {
        let mut compared = 0;
        for msg in samples::all() {
            assert_eq!(easy_packed::text(msg), easy::text(msg), "{msg:?}");
            assert_eq!(en_packed::text(msg), en::text(msg), "{msg:?}");
            assert_eq!(ja_shared::text(msg), ja::text(msg), "{msg:?}");
            compared += 1;
        }
        for key in LinkKey::ALL {
            assert_eq!(easy_packed::link_key_label(key), easy::link_key_label(key));
            assert_eq!(en_packed::link_key_label(key), en::link_key_label(key));
        }
        assert!(compared > 400, "{compared}");
        // And the code compared is not the code as written: its words come from the packs.
        let code = include_str!(concat!(env!("OUT_DIR"), "/i18n_en.rs"));
        assert!(!code.contains("\"Kumamoto Support Navi\"") && code.contains("crate::pack::en("));
    }

    /// やさしい日本語: most sentences at 40 characters or fewer (base text). Prints the
    /// distribution, messages and data together.
    #[test]
    fn easy_sentences_are_short() {
        // Each distinct sentence once, however many messages repeat it.
        let mut seen = std::collections::BTreeSet::new();
        let mut add = |markup: &str| {
            for s in text::sentences(&text::base_text(markup)) {
                seen.insert(s.to_string());
            }
        };
        for msg in samples::all() {
            add(&t(Lang::Easy, msg).markup);
        }
        for o in crate::directory::OFFICES.iter() {
            add(o.helps_in(Lang::Easy));
            add(o.name_in(Lang::Easy));
        }
        for p in crate::rules::PROGRAMMES.iter() {
            for q in p.periods {
                add(q.name.get(Lang::Easy));
                if let Some(n) = q.note {
                    add(n.get(Lang::Easy));
                }
            }
        }
        let lengths: Vec<usize> = seen.iter().map(|s| s.chars().count()).collect();
        let long: Vec<String> = seen
            .iter()
            .filter(|s| s.chars().count() > 40)
            .map(|s| format!("{}: {s}", s.chars().count()))
            .collect();
        let total = lengths.len();
        let short = lengths.iter().filter(|n| **n <= 40).count();
        let buckets = [(0, 20), (21, 30), (31, 40), (41, 50), (51, 60), (61, usize::MAX)];
        println!(
            "やさしい日本語: {total} sentences, {short} at most 40 characters ({}%)",
            short * 100 / total.max(1)
        );
        for (lo, hi) in buckets {
            let n = lengths.iter().filter(|x| (lo..=hi).contains(*x)).count();
            let label = if hi == usize::MAX { format!("{lo}+") } else { format!("{lo}-{hi}") };
            println!("  {label:>6} chars: {n:4} {}", "#".repeat(n * 60 / total.max(1)));
        }
        for l in &long {
            println!("  long: {l}");
        }
        assert!(short * 100 >= total * 85, "only {short} of {total} sentences are at most 40 characters");
    }
}
