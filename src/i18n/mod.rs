//! Every word a person sees, in three registers: 日本語 (`ja`), やさしい日本語 (`easy`, a reading
//! on every kanji) and English (`en`).
//!
//! The words are data: the text catalogues of `assets/text/` hold every message with its text in
//! each register (in the wasm they arrive in the register packs, `crate::pack`), and the build (`navi_model::build::catalogue`) checks them and compiles a
//! typed key per message into `k` (and `kp`, the static pages'): a `const` for a message, a
//! function of the case for a message that depends on a choice (`k::who(w)`), a function of the
//! register and the values for a message with placeholders (`k::question_of(l, &n)`). So the
//! code can only show a message that exists, in every register, and a message no code shows
//! fails the build (`dead_code`, denied on `k` in the wasm and on `kp`).
//!
//! What the code composes from several messages (a reason with its rule, its basis and its
//! outcome; an amount with its case and split) is written once, in `Msg`'s one `match`, for
//! every register. Data text (office names, what they help with, a programme's words, source
//! titles) is written in the data files and comes through `data()`.
//!
//! A message is a `Text`: markup (see `crate::text`) with its register, rendered as segments
//! by one component.

use std::borrow::Cow;
use std::fmt::Display;

use crate::answers::{Era, Question, School, Work, YearError, wareki};
use crate::date::Date;
use crate::directory::{GroupLabel, PrefectureStats, UrlKind};
use crate::flow::Screen;
use crate::link::{LinkKey, LinkNotice};
#[cfg(not(target_arch = "wasm32"))]
use crate::review::Status as ReviewStatus;
use crate::rules::{
    AgeEstimate, Amount, AmountCase, Check, Cohort, CohortAssessment, Confirm, Employer, Finding, Fit, Side,
    Verdict,
};
pub use crate::settings::Lang;
use crate::settings::Who;
use crate::text::{self, Seg, Tr};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod golden;

/// A message of the catalogues: its entry, the same in every register (in the wasm, entry `k`
/// of each register pack). Made only by the generated keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct K(u16);

impl K {
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

/// The widget's messages, by key (generated from `assets/text/`).
#[cfg_attr(target_arch = "wasm32", deny(dead_code))]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
// A message's function takes one argument per placeholder of its text.
#[allow(clippy::too_many_arguments)]
pub(crate) mod k {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/i18n_keys.rs"));
}

/// The static pages' messages (`scope = "pages"`): native only.
#[cfg(not(target_arch = "wasm32"))]
#[cfg_attr(not(test), deny(dead_code))]
pub(crate) mod kp {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/i18n_pages.rs"));
}

/// Natively, every register of every text (the packs' columns, and the pages' messages).
#[cfg(not(target_arch = "wasm32"))]
mod native {
    include!(concat!(env!("OUT_DIR"), "/i18n_native.rs"));
}

/// The text of a message in a register: in the wasm, from the register's pack.
#[inline(never)]
pub fn text(l: Lang, key: K) -> &'static str {
    #[cfg(target_arch = "wasm32")]
    return navi_model::text::pack::get(l.pack(), key.0);
    #[cfg(not(target_arch = "wasm32"))]
    native::ALL[l.pack()][key.index()]
}

/// A register's every text natively: the pack's (the widget's messages, the data's texts),
/// then the pages' messages.
#[cfg(not(target_arch = "wasm32"))]
pub fn pack_column(pack: usize) -> &'static [&'static str] {
    &native::ALL[pack]
}

/// A template with each `<name>` replaced by its value (the build checked every name).
#[inline(never)]
pub(crate) fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    use core::fmt::Write as _;
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut rest = template;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        match tail.split_once('>').and_then(|(name, after)| Some((args.iter().find(|a| a.0 == name)?, after)))
        {
            Some(((_, value), after)) => {
                let _ = write!(out, "{value}");
                rest = after;
            }
            None => {
                out.push('<');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A message, with the values its text needs. `Key` is every message that needs none (a
/// `k::` constant, or the key a choice gives: `k::who(w)`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Msg {
    Key(K),
    /// The register's own name, on its switch (in the wasm in every register).
    LangName,
    DocumentTitle(Screen),
    QuestionOf(u8),
    /// Live support text under the year field: "1998年は平成10年です".
    WarekiOf(u16),
    /// A year with its 和暦 in brackets: "1998年（平成10年）".
    YearWithWareki(u16),
    GradError(YearError),
    BornError(YearError),
    MuniMatchCount(u16),
    MuniGroup(GroupLabel),
    /// Shown above the list while the chosen municipality may be filtered out of view.
    SelectedMuni(Tr),
    /// Hidden context after "変更" for screen readers: "（学校を離れた年）".
    ChangeWhat(Field),
    CohortReason(CohortAssessment, Who),
    /// Under the headline: the years that define the generation.
    CohortMeaning(u16, u16),
    RulesAsOf(Date),
    /// Under a contact detail from information over a year old.
    /// Year and month of the information.
    DetailAge(u16, u8),
    /// The summary's one line on the 2025-04-01 widening.
    Widened(Date),
    /// The short source line of a card, opening to the list: how many sources.
    SourcesSummary(u16),
    ElsewhereSummary(u16),
    /// The collapsed group of the municipality's other doors.
    OtherPlacesSummary(u16),
    /// The line that opens the offices serving only some towns of the municipality.
    PartPlacesSummary(u16),
    /// The collapsed group of the programmes that are not steps ("maybe" ones).
    MoreProgrammesSummary(u16),
    UnlikelySummary(u16),
    /// The collapsed group of employer subsidies, with how many.
    HintsSummary(u16),
    Finding(Finding),
    /// An item to confirm at the counter, with its value.
    Confirm(Confirm),
    Amount(Amount),
    Monthly {
        yen: u32,
        months: Option<u8>,
    },
    RuleVersion {
        from: Date,
        until: Option<Date>,
    },
    AgeEstimateLine(AgeEstimate),
    /// A card's rough distance.
    OfficeDistance(u16),
    /// The places' lead: their order, and where the distances are measured from: the person's
    /// town hall (its name), or the device (`None`).
    PlacesLead(Option<Tr>),
    NotAloneText {
        kumamoto: PrefectureStats,
        japan: PrefectureStats,
        /// The ages the surveyed people are about now.
        ages_now: (u16, u16),
    },
    Percent(u16),
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
    SourceDated(Date),
    SourceChecked(Date),
    /// Some detail comes from information of this year, over a year old.
    OldInfoWarning(u16),
    /// The contact details shown come from information of this year, over a year old.
    /// Year and month of the information.
    ContactAgeWarning(u16, u8, Tr),
    /// After an amount: the date of the information it rests on.
    AmountAsOf(Date),
    /// The range of a subsidy's amounts (its table one tap away).
    AmountRange {
        lo: u32,
        hi: u32,
    },
    /// The footer: the date of the data ("この案内は YYYY-MM-DD 時点の情報です").
    DataAsOf(Date),
    /// A kiosk whose data is more than 90 days old: a notice for the staff to update it.
    KioskDataStale(Date),
    /// The idle warning with the seconds left.
    IdleBody(u32),
    /// On a kiosk's start screen: the minutes untouched after which the answers are erased.
    KioskNote(u32),
    SlipPrinted(Date),
    SlipRulesDate(Date),
    LinkNotice(LinkNotice),
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
    ReviewGapRule(crate::review::RuleGap),
    #[cfg(not(target_arch = "wasm32"))]
    ReviewGapNoContact(u16),
}

impl From<K> for Msg {
    fn from(k: K) -> Msg {
        Msg::Key(k)
    }
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

    /// Kana where the text has ruby, its words spaced: for SVG text, which cannot hold ruby.
    pub fn reading(&self) -> String {
        text::reading_spaced(&self.markup)
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
pub fn t(lang: Lang, msg: impl Into<Msg>) -> Text {
    Text { lang, markup: words(lang, msg.into()) }
}

/// A text of the data in a register.
pub fn data(lang: Lang, tr: Tr) -> Text {
    Text { lang, markup: Cow::Borrowed(tr.get(lang)) }
}

/// A text of the data that a record may leave out, in a register (nothing when left out).
pub fn data_or_none(lang: Lang, tr: Option<Tr>) -> Text {
    tr.map_or(Text { lang, markup: Cow::Borrowed("") }, |tr| data(lang, tr))
}

/// An office's name in a register.
pub fn office_name(lang: Lang, o: &crate::directory::Office) -> Text {
    data(lang, o.name)
}

/// What an office helps with, in a register.
pub fn office_helps(lang: Lang, o: &crate::directory::Office) -> Text {
    data(lang, o.helps)
}

/// The label of a deep-link key, for notices.
pub fn link_key_label(lang: Lang, key: LinkKey) -> &'static str {
    text(lang, k::link_key(key))
}

// ---------------------------------------------------------------------------------------------
// Numbers, dates and years, as each register writes them (the words from formats.toml)

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

fn month(l: Lang, m: u8, list: &'static [K]) -> &'static str {
    list.get(usize::from(m).wrapping_sub(1)).map_or("?", |&key| text(l, key))
}

fn date(l: Lang, d: Date) -> String {
    k::date(l, &d.y, &month(l, d.m, k::MONTH_NAME), &d.d)
}

/// 600000 → "60万円" / "600,000 yen".
fn yen(l: Lang, y: u32) -> String {
    if y >= 10_000 && y.is_multiple_of(10_000) {
        k::yen_man(l, &(y / 10_000), &count(y))
    } else {
        k::yen(l, &count(y))
    }
}

fn ages(l: Lang, e: AgeEstimate) -> String {
    if e.lo == e.hi { k::age(l, &e.lo) } else { k::age_range(l, &e.lo, &e.hi) }
}

/// An era's year: 平成10年, 平成元年.
fn wareki_text(l: Lang, era: Era, n: u16) -> String {
    let year: Cow<str> =
        if n == 1 { Cow::Borrowed(text(l, k::ERA_FIRST_YEAR)) } else { Cow::Owned(k::era_year(l, &n)) };
    format!("{}{year}", text(l, k::era(era)))
}

// ---------------------------------------------------------------------------------------------
// The one match: each message's words, composed once for every register

fn words(l: Lang, msg: Msg) -> Cow<'static, str> {
    use Cow::{Borrowed as B, Owned as O};
    let tx = |key: K| text(l, key);
    match msg {
        Msg::Key(key) => B(tx(key)),
        Msg::LangName => B(k::lang_name(l)),
        Msg::DocumentTitle(s) => O(k::document_title(l, &tx(k::screen_name(s)))),
        Msg::QuestionOf(n) => O(k::question_of(l, &n)),
        Msg::WarekiOf(y) => O(match wareki(y) {
            Some((era, n)) => {
                // The first year of an era is also the last of the one before.
                let before = match (era, n) {
                    (Era::Heisei, 1) => Some((Era::Showa, 64)),
                    (Era::Reiwa, 1) => Some((Era::Heisei, 31)),
                    _ => None,
                };
                let also = before.map_or(String::new(), |(e, m)| {
                    k::wareki_also(l, &wareki_text(l, e, m), &tx(k::era(e)), &m, &wareki_text(Lang::Ja, e, m))
                });
                k::wareki_of(
                    l,
                    &y,
                    &wareki_text(l, era, n),
                    &tx(k::era(era)),
                    &n,
                    &wareki_text(Lang::Ja, era, n),
                    &also,
                )
            }
            None => k::year_plain(l, &y),
        }),
        Msg::YearWithWareki(y) => O(match wareki(y) {
            Some((era, n)) => k::year_with_wareki(l, &y, &wareki_text(l, era, n), &tx(k::era(era)), &n),
            None => k::year_plain(l, &y),
        }),
        Msg::GradError(e) => year_error(l, true, e),
        Msg::BornError(e) => year_error(l, false, e),
        Msg::MuniMatchCount(n) => O(k::muni_match_count(l, n == 1, &n)),
        Msg::MuniGroup(g) => match g {
            GroupLabel::Cities => B(tx(k::MUNI_GROUP_CITIES)),
            GroupLabel::Gun(name) => B(name.get(l)),
        },
        Msg::SelectedMuni(name) => O(k::selected_muni(l, &name.get(l))),
        Msg::ChangeWhat(f) => O(k::change_what(l, &tx(k::check_label(f)))),
        Msg::CohortMeaning(from, to) => O(k::cohort_meaning(l, &from, &to)),
        Msg::CohortReason(a, w) => {
            let definition = k::cohort_definition(l, &a.rule.core_from, &a.rule.core_to);
            O(match a.verdict {
                Cohort::Yes => k::cohort_yes(l, w, &definition, &a.grad),
                Cohort::Near => k::cohort_near(l, a.side == Side::Before, &definition, &a.grad),
                Cohort::No => k::cohort_no(l, &definition, &a.grad),
            })
        }
        Msg::RulesAsOf(d) => O(k::rules_as_of(l, &date(l, d))),
        Msg::DetailAge(y, m) => O(k::detail_age(l, &month(l, m, k::MONTH_NAME), &y)),
        Msg::Widened(d) => O(k::widened(l, &date(l, d))),
        Msg::SourcesSummary(n) => O(k::sources_summary(l, &n)),
        Msg::ElsewhereSummary(n) => O(k::elsewhere_summary(l, &n)),
        Msg::OtherPlacesSummary(n) => O(k::other_places_summary(l, &n)),
        Msg::PartPlacesSummary(n) => O(k::part_places_summary(l, &n)),
        Msg::MoreProgrammesSummary(n) => O(k::more_programmes_summary(l, &n)),
        Msg::UnlikelySummary(n) => O(k::unlikely_summary(l, &n)),
        Msg::HintsSummary(n) => O(k::hints_summary(l, &n)),
        Msg::Finding(f) => O(finding(l, f)),
        Msg::Confirm(c) => {
            let v = c.value.unwrap_or(0);
            O(fill(c.text.get(l), &[("yen", &yen(l, v)), ("percent", &v)]))
        }
        Msg::Amount(a) => {
            let split = a.split.map_or(String::new(), |s| k::amount_split(l, &s.get(l)));
            O(k::amount(l, &tx(k::amount_case(a.case)), &tx(k::employer(a.employer)), &yen(l, a.yen), &split))
        }
        Msg::Monthly { yen: y, months } => O(match months {
            Some(m) => k::monthly_for(l, &yen(l, y), &m),
            None => k::monthly(l, &yen(l, y)),
        }),
        Msg::RuleVersion { from, until } => O(match until {
            Some(u) => k::rule_version_until(l, &date(l, from), &date(l, u)),
            None => k::rule_version(l, &date(l, from)),
        }),
        Msg::AgeEstimateLine(e) => O(k::age_estimate_line(l, e.from_birth_year, &ages(l, e))),
        Msg::OfficeDistance(km) => O(k::office_distance(l, &km)),
        Msg::PlacesLead(None) => B(tx(k::PLACES_LEAD_HERE)),
        Msg::PlacesLead(Some(h)) => O(k::places_lead(l, &h.get(l))),
        // "About" goes with a rounded figure: to the hundred.
        Msg::NotAloneText { kumamoto: kk, japan: j, ages_now: (lo, hi) } => O(k::not_alone_text(
            l,
            &count((kk.unstable + 50) / 100 * 100),
            &pct(kk.unstable_permille),
            &pct(j.unstable_permille),
            &count((kk.jobless + 50) / 100 * 100),
            &pct(kk.jobless_permille),
            &pct(j.jobless_permille),
            &lo,
            &hi,
        )),
        Msg::Percent(p) => O(pct(p)),
        Msg::PartOf { muni, area } => O(k::part_of(l, &muni.get(l), &area.get(l))),
        Msg::AreaAsOf { date: d, old } => O(k::area_as_of(l, old, &month(l, d.m, k::MONTH_NAME), &d.y)),
        Msg::OnlyPart { muni, area } => O(k::only_part(l, &muni.get(l), &area.get(l))),
        Msg::PartElsewhere { area, office } => O(k::part_elsewhere(l, &area.get(l), &office.get(l))),
        Msg::SourceDated(d) => O(k::source_dated(l, &date(l, d))),
        Msg::SourceChecked(d) => O(k::source_checked(l, &date(l, d))),
        Msg::OldInfoWarning(y) => O(k::old_info_warning(l, &y)),
        Msg::AmountRange { lo, hi } => O(k::amount_range(l, &yen(l, lo), &yen(l, hi))),
        Msg::AmountAsOf(d) => O(k::amount_as_of(l, &month(l, d.m, k::MONTH_NAME), &d.y)),
        Msg::ContactAgeWarning(y, m, hall) => {
            O(k::contact_age_warning(l, &month(l, m, k::MONTH_NAME), &y, &hall.get(l)))
        }
        Msg::DataAsOf(d) => O(k::data_as_of(l, &date(l, d))),
        Msg::KioskDataStale(d) => O(k::kiosk_data_stale(l, &d)),
        Msg::IdleBody(n) => O(k::idle_body(l, &n)),
        Msg::KioskNote(n) => O(k::kiosk_note(l, &n)),
        Msg::SlipPrinted(d) => O(k::slip_printed(l, &date(l, d))),
        Msg::SlipRulesDate(d) => O(k::slip_rules_date(l, &date(l, d))),
        Msg::LinkNotice(n) => match n {
            LinkNotice::Invalid(LinkKey::AsOf) => B(tx(k::LINK_NOTICE_ASOF)),
            LinkNotice::Invalid(LinkKey::Lang) => B(tx(k::LINK_NOTICE_LANG)),
            LinkNotice::Invalid(key) => O(k::link_notice_invalid(l, &tx(k::link_key(key)))),
            LinkNotice::BornInconsistent => B(tx(k::LINK_NOTICE_BORN)),
            LinkNotice::TooLong => B(tx(k::LINK_NOTICE_TOO_LONG)),
        },
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewCounts { sources, old, offices, no_contact, municipalities, periods } => {
            O(kp::review_counts(l, &sources, &old, &offices, &no_contact, &municipalities, &periods))
        }
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapRule(g) => O(match g {
            crate::review::RuleGap::AgeRangeUnknown { name } => kp::review_gap_age(l, &name.get(l)),
            crate::review::RuleGap::NotCoveredSince { name, until } => {
                kp::review_gap_not_covered(l, &name.get(l), &date(l, until))
            }
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Msg::ReviewGapNoContact(n) => O(kp::review_gap_no_contact(l, &n)),
    }
}

fn year_error(l: Lang, grad: bool, e: YearError) -> Cow<'static, str> {
    let what = text(l, k::year_what(grad));
    Cow::Owned(match e {
        YearError::Empty => k::year_empty(l, &what),
        YearError::NotAYear => k::year_not_a_year(l, &what),
        YearError::OutOfRange { min, max } => k::year_out_of_range(l, &what, &min, &max),
        YearError::Inconsistent => return Cow::Borrowed(text(l, k::YEAR_INCONSISTENT)),
    })
}

fn finding(l: Lang, f: Finding) -> String {
    let tx = |key: K| text(l, key);
    let rules = |from: Date, until: Option<Date>| match until {
        Some(u) => k::finding_rules_until(l, &date(l, from), &date(l, u)),
        None => k::finding_rules(l, &date(l, from)),
    };
    match f {
        Finding::NotStarted { from } => k::finding_not_started(l, &date(l, from)),
        Finding::Ended { until } => k::finding_ended(l, &date(l, until)),
        Finding::DateNotCovered { from, until } => k::finding_date_not_covered(l, &rules(from, until)),
        Finding::Work { work, fit, employer: false } => k::finding_work(l, fit, &tx(k::work_short(work))),
        Finding::Work { work, fit, employer: true } => {
            k::finding_work_employer(l, fit, &tx(k::work_short(work)))
        }
        Finding::Age { min, max, est, at_hiring, check } => {
            let rule = k::finding_age_rule(l, at_hiring, &min, &max);
            match est {
                None => k::finding_age_unknown(l, &rule),
                Some(e) => k::finding_age(
                    l,
                    &rule,
                    &tx(k::finding_age_basis(e.from_birth_year)),
                    &ages(l, e),
                    &tx(k::finding_age_result(check)),
                ),
            }
        }
        Finding::AgeRangeUnknown => tx(k::FINDING_AGE_RANGE_UNKNOWN).to_string(),
        Finding::Born { from, to, years, one_of_several, check } => {
            let born = match (from, to) {
                (Some(f), Some(t)) => k::born_range(l, &date(l, f), &date(l, t)),
                (Some(f), None) => k::born_from(l, &date(l, f)),
                (None, Some(t)) => k::born_to(l, &date(l, t)),
                (None, None) => tx(k::BORN_ANY).to_string(),
            };
            let rule = k::finding_born_rule(l, &born);
            let Some((lo, hi, given)) = years else { return k::finding_born_unknown(l, &rule) };
            let basis = if given || lo == hi {
                k::finding_born_year(l, &lo)
            } else {
                k::finding_born_years(l, &lo, &hi)
            };
            let result = if check == Check::Unknown && one_of_several {
                tx(k::FINDING_BORN_ONE_OF_SEVERAL)
            } else {
                tx(k::finding_born_result(check))
            };
            k::finding_born(l, &rule, &basis, &result)
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn dates_and_eras_read_naturally() {
        let d = Date::parse("2025-04-01").unwrap();
        assert_eq!(t(Lang::Ja, Msg::RulesAsOf(d)), "2025年4月1日に当てはまるルールで調べています。");
        assert_eq!(t(Lang::En, Msg::RulesAsOf(d)), "Checked against the rules that apply on 1 April 2025.");
        assert_eq!(t(Lang::Ja, Msg::WarekiOf(1998)), "1998年は平成10年です");
        assert_eq!(t(Lang::Ja, Msg::WarekiOf(1989)), "1989年は平成元年（昭和64年）です");
        assert_eq!(t(Lang::Ja, Msg::WarekiOf(2019)), "2019年は令和元年（平成31年）です");
        assert_eq!(
            t(Lang::En, Msg::WarekiOf(2019)),
            "2019 is Reiwa 1 (令和元年), which is also Heisei 31 (平成31年)"
        );
        assert_eq!(t(Lang::Ja, Msg::YearWithWareki(1976)), "1976年（昭和51年）");
        assert_eq!(t(Lang::Easy, Msg::YearWithWareki(1920)), "1920{年|ねん}");
    }

    #[test]
    fn year_errors_name_the_allowed_range() {
        let m = t(Lang::Ja, Msg::GradError(YearError::OutOfRange { min: 1930, max: 2026 })).markup;
        assert!(m.contains("1930") && m.contains("2026") && m.contains("学校を離れた年"), "{m}");
        assert!(t(Lang::En, Msg::BornError(YearError::Empty)).markup.contains("year of birth"));
    }

    #[test]
    fn cohort_reasons_mention_the_year_and_the_definition() {
        let asof = Date::parse("2026-11-21").unwrap();
        for grad in [1991, 1998, 2006, 2015] {
            let a = crate::rules::assess_cohort(grad, asof);
            for l in Lang::ALL {
                let m = t(l, Msg::CohortReason(a, Who::Myself)).markup;
                assert!(m.contains(&grad.to_string()) && m.contains("1993") && m.contains("2004"), "{m}");
            }
        }
    }

    #[test]
    fn family_wording_speaks_of_the_person_not_you() {
        let a = crate::rules::assess_cohort(1998, Date::parse("2026-11-21").unwrap());
        assert!(t(Lang::Ja, Msg::CohortReason(a, Who::Myself)).markup.contains("あなた"));
        let family = t(Lang::Ja, Msg::CohortReason(a, Who::Family)).markup;
        assert!(family.contains("ご本人") && !family.contains("あなた"), "{family}");
        assert!(t(Lang::Ja, k::work_title(Who::Family)).markup.starts_with("ご本人の"));
        assert!(!t(Lang::Ja, k::work_title(Who::Myself)).markup.contains("ご本人"));
    }

    #[test]
    fn amounts_read_as_people_write_them() {
        let a = Amount {
            employer: Employer::Sme,
            case: AmountCase::Any,
            yen: 600_000,
            split: Some(Tr::same("30万円×2期")),
        };
        assert_eq!(t(Lang::Ja, Msg::Amount(a)), "中小企業 最大60万円（30万円×2期）");
        assert_eq!(
            t(Lang::En, Msg::Amount(a)),
            "Small and medium-sized companies: up to 600,000 yen (30万円×2期)"
        );
        assert_eq!(t(Lang::Ja, Msg::Monthly { yen: 100_000, months: None }), "月10万円");
        assert_eq!(t(Lang::Ja, Msg::Monthly { yen: 1_234_567, months: None }), "月1,234,567円");
        let assets =
            Tr::new("金融資産が<yen>以下", "お{金|かね}が<yen>{以下|いか}", "assets of <yen> or less");
        let c = Confirm { text: assets, value: Some(3_000_000) };
        assert_eq!(t(Lang::Ja, Msg::Confirm(c)), "金融資産が300万円以下");
        assert_eq!(t(Lang::Easy, Msg::Confirm(c)), "お{金|かね}が300{万円|まんえん}{以下|いか}");
        assert_eq!(t(Lang::En, Msg::Confirm(c)), "assets of 3,000,000 yen or less");
    }

    #[test]
    fn a_template_fills_its_placeholders_and_leaves_the_markup() {
        assert_eq!(fill("<n> of <m>", &[("n", &1), ("m", &"three")]), "1 of three");
        assert_eq!(fill("{漢字|かんじ}は<x>です", &[("x", &"x")]), "{漢字|かんじ}はxです");
        assert_eq!(fill("none", &[]), "none");
        assert_eq!(fill("a <b", &[]), "a <b", "an unknown placeholder stays as written");
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
                    for f in x.findings {
                        for l in Lang::ALL {
                            assert!(t(l, Msg::Finding(f)).markup.chars().count() > 10, "{f:?}");
                        }
                    }
                }
            }
        }
    }

    /// Every message as composed (the catalogues' parts put together, the values filled in), in
    /// every register: well-formed markup; in やさしい日本語 a reading on every kanji; in English,
    /// English words (Japanese only as names); nothing blank where Japanese has text.
    #[test]
    fn every_composed_message_reads_in_every_register() {
        let mut problems = Vec::new();
        for (id, words) in golden::cases() {
            let [ja, _, en] = &words;
            for (lang, text) in Lang::ALL.iter().zip(&words) {
                if text.is_empty() != ja.is_empty() {
                    problems.push(format!("{lang:?} {id}: blank in one register only"));
                    continue;
                }
                if text.is_empty() {
                    continue;
                }
                if let Err(e) = text::check_markup(text, *lang) {
                    problems.push(format!("{lang:?} {id}: {e}"));
                }
            }
            if navi_model::build::catalogue::untranslated(en) {
                problems.push(format!("En {id}: no English in {en:?}"));
            }
        }
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    }

    /// やさしい日本語, measured as a reader reads it: the kana of each sentence with every
    /// kanji word replaced by its reading (`reading_text`). At least 80% of the distinct
    /// sentences at 40 kana or fewer, and none over 60. Official names (a programme's, an
    /// office's) are shown on a line of their own and are not sentences: they are listed, not
    /// counted. Prints the distribution and every sentence over 40.
    #[test]
    fn easy_sentences_are_short() {
        // Each distinct sentence once, however many messages repeat it.
        let mut seen = std::collections::BTreeSet::new();
        let mut add = |markup: &str| {
            for s in text::sentences(&text::reading_text(markup)) {
                seen.insert(s.to_string());
            }
        };
        for (_, words) in golden::cases() {
            add(&words[1]);
        }
        for o in crate::directory::OFFICES.iter() {
            add(o.helps.get(Lang::Easy));
        }
        for s in crate::directory::SOURCES.iter() {
            add(s.publisher.get(Lang::Easy));
        }
        for p in crate::rules::PROGRAMMES.iter() {
            for tr in
                [Some(p.plain), Some(p.about), p.ask, p.ask_family, p.bring, p.say].into_iter().flatten()
            {
                add(tr.get(Lang::Easy));
            }
            for q in p.periods {
                for tr in [q.plain, q.note, q.about, q.ask, q.ask_family].into_iter().flatten() {
                    add(tr.get(Lang::Easy));
                }
            }
        }
        let names: std::collections::BTreeSet<String> = crate::rules::PROGRAMMES
            .iter()
            .flat_map(|p| p.periods.iter().map(|q| q.name))
            .chain(crate::directory::OFFICES.iter().map(|o| o.name))
            .map(|n| text::reading_text(n.get(Lang::Easy)))
            .collect();
        seen.retain(|s| !names.contains(s));
        let lengths: Vec<usize> = seen.iter().map(|s| s.chars().count()).collect();
        let total = lengths.len();
        let short = lengths.iter().filter(|n| **n <= 40).count();
        let buckets = [(0, 20), (21, 30), (31, 40), (41, 50), (51, 60), (61, usize::MAX)];
        println!(
            "やさしい日本語: {total} sentences, {short} at most 40 kana ({}%)",
            short * 100 / total.max(1)
        );
        for (lo, hi) in buckets {
            let n = lengths.iter().filter(|x| (lo..=hi).contains(*x)).count();
            let label = if hi == usize::MAX { format!("{lo}+") } else { format!("{lo}-{hi}") };
            println!("  {label:>6} kana: {n:4} {}", "#".repeat(n * 60 / total.max(1)));
        }
        for s in seen.iter().filter(|s| s.chars().count() > 40) {
            println!("  long: {}: {s}", s.chars().count());
        }
        for n in names.iter().filter(|s| s.chars().count() > 40) {
            println!("  name on its own line: {}: {n}", n.chars().count());
        }
        let over: Vec<_> = seen.iter().filter(|s| s.chars().count() > 60).collect();
        assert!(over.is_empty(), "{} sentences over 60 kana: {over:#?}", over.len());
        assert!(short * 100 >= total * 80, "only {short} of {total} sentences are at most 40 kana");
    }
}
