//! The shape of the directory data: municipalities, offices and the sources behind them
//! (`assets/data/sources.toml`, `municipalities.csv`, `offices.toml`, `notices.toml`, …).

use crate::date::Date;
use crate::text::{Lang, Tr};
use crate::{keyed, record};

/// A 6-digit local-government code including its check digit (e.g. 432024 for 八代市).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MuniCode(pub u32);

impl MuniCode {
    /// True when the sixth digit is the check digit of the first five
    /// (weights 6,5,4,3,2; check = (11 - sum mod 11) mod 10).
    pub const fn has_valid_check_digit(self) -> bool {
        let c = self.0;
        if c < 10_000 || c > 999_999 {
            return false;
        }
        let digits = [c / 100_000, c / 10_000 % 10, c / 1_000 % 10, c / 100 % 10, c / 10 % 10];
        let weights = [6, 5, 4, 3, 2];
        let mut sum = 0;
        let mut i = 0;
        while i < 5 {
            sum += digits[i] * weights[i];
            i += 1;
        }
        (11 - sum % 11) % 10 == c % 10
    }
}

keyed! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum MuniKind {
        City = "city",
        Town = "town",
        Village = "village",
        /// A ward of 熊本市 (a designated city).
        Ward = "ward",
    }
}

record! {
/// One municipality (or ward) of Kumamoto Prefecture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Municipality {
    pub code: MuniCode,
    pub name: &'static str,
    /// Reading in hiragana, as published (e.g. "やつしろし").
    pub kana: &'static str,
    /// The 郡 for towns and villages; "" for cities and wards.
    pub gun: &'static str,
    /// The name as shown in each register: 八代市, {八代市|やつしろし}, Yatsushiro City (八代市).
    pub label: Tr,
    /// The 郡 as shown in each register; empty for cities and wards.
    pub gun_label: Tr,
    /// Its office, where `lat` and `lng` are: 八代市役所, 美里町役場, Yatsushiro City Office.
    pub hall: Tr,
    pub kind: MuniKind,
    /// Town-hall (or ward-office) position.
    pub lat: f64,
    pub lng: f64,
    pub url: &'static str,
    /// For wards, the city they belong to.
    pub parent: Option<MuniCode>,
    /// Source ids (see `Source`) for this row.
    pub sources: &'static [&'static str],
}
}

keyed! {
    /// How far a fact can be trusted, as graded in the project's fact sheet.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Grade {
        /// An official primary page (ministry, prefecture, city).
        A = "A",
        /// Several press or professional articles agreeing.
        BPlus = "BPlus",
        /// A press or professional article citing an official source.
        B = "B",
        /// A public dataset with its own source.
        C = "C",
        /// The 2019 seed documents of the Kumamoto platform.
        Seed = "Seed",
    }
}

record! {
/// Where a fact comes from (`sources.toml`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    /// The title as published: on the data review page.
    pub title: Tr,
    /// Who published it, in plain words: what a resident sees in a result's sources.
    pub publisher: Tr,
    /// Empty when the source is a document without a public address (the seed documents).
    /// The same in every register (written once in the file).
    pub url: Tr,
    /// The date the information describes (publication or "as of" date), when known.
    pub dated: Option<Date>,
    /// When someone on this project last checked it.
    pub checked: Date,
    pub grade: Grade,
}
}

impl Source {
    /// The date of the information: its own date when known, else when we checked it.
    pub fn info_date(&self) -> Date {
        self.dated.unwrap_or(self.checked)
    }

    /// The information is more than a year older than `today`: it may have changed since,
    /// and the widget says so next to it. The one rule for "old information".
    pub fn is_old(&self, today: Date) -> bool {
        self.info_date() < today.years_before(1)
    }
}

/// A value shown to a resident, with the id of the source that backs it. Written in the data
/// files as `{ value = "…", source = "…" }` (a phone number, an address: the same in every
/// register) or `{ ja = "…", easy = "…", en = "…", source = "…" }` (text).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sourced {
    /// The same in every register for numbers and addresses.
    pub value: Tr,
    pub source: &'static str,
}

keyed! {
    /// The kind of a place: the name used in `offices.toml`, in `rules.toml` (the kind of place
    /// that serves a programme) and in the `data-kind` attribute.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum OfficeKind {
        Saposte = "saposte",
        HelloWork = "hellowork",
        SelfReliance = "self-reliance",
        Hikikomori = "hikikomori",
        Other = "other",
    }
}

impl OfficeKind {
    /// The prefix every id of this kind starts with (part of the DOM contract).
    pub const fn id_prefix(self) -> &'static str {
        match self {
            OfficeKind::Saposte => "saposte-",
            OfficeKind::HelloWork => "hellowork-",
            OfficeKind::SelfReliance => "self-reliance-",
            OfficeKind::Hikikomori => "hikikomori-",
            OfficeKind::Other => "",
        }
    }
}

keyed! {
    /// What an office's link leads to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum UrlKind {
        /// The office's own page.
        Official = "official",
        /// The municipality's site (the window's own page is not known).
        MunicipalSite = "municipal-site",
        /// A page that lists offices (e.g. 熊本労働局's list of Hello Work offices).
        Guide = "guide",
    }
}

record! {
/// Where an office is, for rough distances only.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Location {
    pub lat: f64,
    pub lng: f64,
    pub source: &'static str,
    /// The representative point of the district (町字), not the building.
    pub approximate: bool,
}
}

record! {
/// A place a person can go to or call (`offices.toml`; the Hello Work offices' areas from
/// `hellowork_jurisdiction.csv`, the self-reliance windows from `self_reliance.csv`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Office {
    /// Stable id, part of the public DOM contract (`data-office`).
    pub id: &'static str,
    pub kind: OfficeKind,
    pub name: Tr,
    pub operator: Option<Sourced>,
    /// What they help with, in plain words.
    pub helps: Tr,
    /// Municipalities this office serves.
    pub covers: &'static [MuniCode],
    /// Who may use it (e.g. "熊本市にお住まいの方"), when that is narrower than `covers`.
    pub eligibility: Option<Sourced>,
    pub address: Option<Sourced>,
    pub phone: Option<Sourced>,
    pub hours: Option<Sourced>,
    pub url: Option<Sourced>,
    pub url_kind: UrlKind,
    pub location: Option<Location>,
    /// A temporary notice (closure, move), shown prominently when set.
    pub notice: Option<Sourced>,
    /// The source for the record itself: that the office exists and whom it covers.
    pub source: &'static str,
    /// Parts of other municipalities it also serves (a Hello Work office serving a town of
    /// 熊本市 that another office serves otherwise). Not in `covers`.
    pub parts: &'static [Part] = computed,
    /// The window is at the municipality's 社会福祉協議会 (a self-reliance window): the card
    /// says in plain words what that is.
    pub council: bool = computed,
}
}

record! {
/// A part of a municipality that an office serves while another office serves the rest.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Part {
    pub muni: MuniCode,
    /// The part, in each register (e.g. 北区植木町).
    pub area: Tr,
    pub source: &'static str,
}
}

impl Office {
    /// The name in a register.
    pub fn name_in(&self, lang: Lang) -> &'static str {
        self.name.get(lang)
    }

    /// What it helps with in a register.
    pub fn helps_in(&self, lang: Lang) -> &'static str {
        self.helps.get(lang)
    }

    /// Serves this municipality in full (not only a part of it).
    pub fn serves(&self, code: MuniCode) -> bool {
        self.covers.contains(&code)
    }

    /// The part of this municipality it serves, when it serves only a part.
    pub fn part_of(&self, code: MuniCode) -> Option<&'static Part> {
        self.parts.iter().find(|p| p.muni == code)
    }
}

record! {
/// A temporary notice for the people of some municipalities (an earthquake, heavy rain, a
/// closure), kept in `notices.toml` so staff can add, change or end one without touching code:
/// it carries every word it shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Notice {
    /// Stable id, part of the DOM contract (`data-notice`).
    pub id: &'static str,
    pub text: Tr,
    /// The words of the link to the official page.
    pub link: Tr,
    /// The official page to check.
    pub url: Sourced,
    pub municipalities: &'static [MuniCode],
    /// Why the notice is justified.
    pub sources: &'static [&'static str],
    pub from: Date,
    /// The last day it is shown; `None` while it has no end.
    pub until: Option<Date>,
}
}

impl Notice {
    /// Shown on `today` for this municipality.
    pub fn applies(&self, code: MuniCode, today: Date) -> bool {
        self.municipalities.contains(&code) && self.from <= today && self.until.is_none_or(|u| today <= u)
    }
}

record! {
/// 35–44-year-olds of one prefecture (code 0 = all Japan) and the two groups the national plan
/// addresses, from the seed documents' table (2017 survey). Rates in tenths of a percent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrefectureStats {
    pub code: u8,
    pub name: &'static str,
    pub population: u32,
    /// 不安定な就労状態にある方
    pub unstable: u32,
    pub unstable_permille: u16,
    /// 長期にわたり無業の状態にある方
    pub jobless: u32,
    pub jobless_permille: u16,
}
}
