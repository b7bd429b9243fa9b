//! The widget's one state and the actions that change it, with the history entries and the
//! back-link rule. Plain Rust (no Yew here), so the flow is tested natively; `ui::app` wraps it
//! in `use_reducer` and does only what this module decides.
//!
//! Answers live only in this value, in memory. Nothing here writes to the URL, to history or to
//! storage: the view pushes history entries that carry a screen number and a depth, never an
//! answer.

use crate::answers::{self, Answers, Question, School, Work};
use crate::date::Date;
use crate::directory::MuniCode;
use crate::link::{self, LinkNotice};
use crate::settings::{Lang, Presets, Settings, Who};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    Question(Question),
    Check,
    Result,
    /// The data review page (`#review`): every record with its source, date and grade.
    Review,
    /// What the widget does and never does with answers, and how to check (`#privacy`).
    Privacy,
}

/// The fragment that opens the data review page.
pub const REVIEW_FRAGMENT: &str = "review";
/// The fragment that opens the privacy page.
pub const PRIVACY_FRAGMENT: &str = "privacy";

impl Screen {
    pub const ALL: [Screen; 8] = [
        Screen::Start,
        Screen::Question(Question::Schooling),
        Screen::Question(Question::Work),
        Screen::Question(Question::Municipality),
        Screen::Check,
        Screen::Result,
        Screen::Review,
        Screen::Privacy,
    ];

    /// A small number for history entries.
    pub fn index(self) -> u8 {
        Screen::ALL.iter().position(|&s| s == self).unwrap_or(0) as u8
    }

    pub fn from_index(i: u8) -> Option<Screen> {
        Screen::ALL.get(usize::from(i)).copied()
    }

    /// The screen the in-page back link leads to when there is no history entry to return to.
    pub fn previous(self) -> Screen {
        match self {
            Screen::Start | Screen::Question(Question::Schooling) => Screen::Start,
            Screen::Question(Question::Work) => Screen::Question(Question::Schooling),
            Screen::Question(Question::Municipality) => Screen::Question(Question::Work),
            Screen::Check => Screen::Question(Question::Municipality),
            Screen::Result => Screen::Check,
            Screen::Review | Screen::Privacy => Screen::Start,
        }
    }
}

/// What the widget keeps in a history entry (`history.state`): a screen and how many entries
/// of its own lie below, as one number. Never an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub screen: Screen,
    pub depth: u32,
}

impl Entry {
    /// Deeper than any real session; keeps the number exact as a JavaScript number.
    pub const MAX_DEPTH: u32 = 1 << 20;

    pub fn encode(self) -> f64 {
        f64::from(self.depth.min(Self::MAX_DEPTH)) * 16.0 + f64::from(self.screen.index())
    }

    /// Reads `history.state`: `None` for anything the widget did not write (another script's
    /// object, a string, `null`, a number out of range or not whole).
    pub fn decode(state: Option<f64>) -> Option<Entry> {
        let n = state?;
        if !(0.0..=f64::from(Self::MAX_DEPTH) * 16.0 + 15.0).contains(&n) || n.fract() != 0.0 {
            return None;
        }
        let n = n as u32;
        Some(Entry { screen: Screen::from_index((n % 16) as u8)?, depth: n / 16 })
    }
}

/// What the in-page back link does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Back {
    /// The entry below is ours: go back in history, so the link and the browser agree.
    History,
    /// Nothing of ours below (opened from a link, or after a reload): show this screen.
    Goto(Screen),
}

/// The back link's behaviour on `screen` with `depth` entries of ours below.
pub fn back(screen: Screen, depth: u32) -> Back {
    if depth > 0 { Back::History } else { Back::Goto(screen.previous()) }
}

/// How the last screen change came about, so the view knows whether to add a history entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    /// The first screen after start-up (nothing to push; focus stays where the browser put it).
    Initial,
    /// A step forward or sideways: push a history entry and move focus to the heading.
    Push,
    /// The browser's Back/Forward brought us here: the entry exists already; move focus.
    Restore,
    /// The fragment changed: the browser made a new entry; record our screen in it, move focus.
    Replace,
    /// A step forward where the widget keeps no history of its own (in a frame, on a kiosk):
    /// this entry is reused, and focus moves to the heading.
    Swap,
    /// Something on the same screen changed (the day): no history entry, no focus move.
    Stay,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub settings: Settings,
    /// The device's date, read again at every new session and when the day changes.
    pub today: Date,
    /// What the person answered. The host's preset municipality is not in here: see `answers()`.
    pub answers: Answers,
    pub screen: Screen,
    /// What could not be read from the last deep link.
    pub notices: Vec<LinkNotice>,
    /// Increases on every screen change: the view's cue to move focus and update history.
    pub nav_seq: u32,
    pub nav: Nav,
    /// How many history entries this widget has pushed below the current one.
    pub depth: u32,
}

/// What the static start screen recorded before the widget started (see `State::resume`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Boot {
    pub lang: Option<Lang>,
    pub who: Option<Who>,
    pub begin: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Leave the start screen, saying whom the answers are about. A new session: `today` is
    /// the device's date now.
    Begin {
        who: Who,
        today: Date,
    },
    AnswerSchooling {
        school: School,
        grad: u16,
        born: Option<u16>,
    },
    AnswerWork(Work),
    AnswerMuni(MuniCode),
    /// Go to a screen (change links, the in-page back link without history).
    Goto(Screen),
    /// The browser moved through history to an entry: ours, or one we did not write (`None`).
    Restore(Option<Entry>),
    /// A URL fragment to read: at start-up, or after `hashchange`.
    LoadLink {
        fragment: String,
        initial: bool,
    },
    /// Forget the answers (settings stay) and start again: a new session.
    StartOver {
        today: Date,
    },
    /// A kiosk's end of session ("おわる", or the idle countdown): everything of the last
    /// person goes, their language and whom they asked about included; the host's presets stay.
    Wipe {
        today: Date,
    },
    /// The device's date now (sent when the day may have changed).
    Today(Date),
    SetLang(Lang),
    DismissNotices,
}

impl State {
    /// A fresh state for a visitor of a page with these presets.
    pub fn new(today: Date, presets: Presets) -> State {
        State {
            settings: Settings::from_presets(presets),
            today,
            answers: Answers::default(),
            screen: Screen::Start,
            notices: Vec::new(),
            nav_seq: 0,
            nav: Nav::Initial,
            depth: 0,
        }
    }

    /// The state at start-up for the page's query (the host's presets) and fragment (a link).
    pub fn initial(today: Date, query: &str, fragment: &str) -> State {
        let s = State::new(today, crate::settings::parse_query(query));
        s.apply(Action::LoadLink { fragment: fragment.to_string(), initial: true }).unwrap_or(s)
    }

    /// The same, for a widget running in a frame of another page.
    pub fn framed(mut self, framed: bool) -> State {
        self.settings.framed = framed;
        self
    }

    /// Carries over what the person did on the static start screen of `index.html` before the
    /// widget started: the register they switched to, whom they chose, and whether they
    /// already pressed はじめる. Only when the widget opens on the start screen too (the page
    /// shows no static screen otherwise).
    pub fn resume(self, boot: Boot) -> State {
        if self.screen != Screen::Start {
            return self;
        }
        let today = self.today;
        let mut s = self;
        if let Some(lang) = boot.lang {
            s.settings.lang = lang;
        }
        if let Some(who) = boot.who {
            s.settings.who = who;
        }
        if boot.begin {
            let who = s.settings.who;
            s = s.apply(Action::Begin { who, today }).unwrap_or(s);
        }
        s
    }

    /// Nothing of a person in it: what a kiosk shows between two people.
    pub fn is_pristine(&self) -> bool {
        self.answers == Answers::default()
            && self.screen == Screen::Start
            && self.settings.lang == self.settings.presets.lang.unwrap_or_default()
            && self.settings.who == self.settings.presets.who.unwrap_or_default()
            && self.settings.asof.is_none()
    }

    /// The answers in force: the person's, with the host's preset municipality standing in when
    /// they name none.
    pub fn answers(&self) -> Answers {
        self.answers.or_muni(self.settings.presets.muni)
    }

    /// The date the rules are applied for.
    pub fn rules_date(&self) -> Date {
        self.settings.rules_date(self.today)
    }

    /// The screen to show after an answer: the next unanswered question, else the check page.
    fn next_screen(&self) -> Screen {
        self.answers().first_missing().map_or(Screen::Check, Screen::Question)
    }

    /// A screen can only be shown when what it needs has been answered.
    fn allowed(&self, screen: Screen) -> Screen {
        match screen {
            Screen::Check | Screen::Result if !self.answers().is_complete() => self.next_screen(),
            s => s,
        }
    }

    fn go(mut self, screen: Screen, nav: Nav) -> State {
        self.screen = self.allowed(screen);
        let nav = if nav == Nav::Push && !self.settings.keeps_history() { Nav::Swap } else { nav };
        self.nav = nav;
        self.nav_seq = self.nav_seq.wrapping_add(1);
        if matches!(nav, Nav::Push | Nav::Replace) {
            self.depth = self.depth.saturating_add(1).min(Entry::MAX_DEPTH);
        }
        self
    }

    /// The history entry for the screen shown now.
    pub fn entry(&self) -> Entry {
        Entry { screen: self.screen, depth: self.depth }
    }

    /// The state after `action`, or `None` when nothing changes (so nothing re-renders).
    pub fn apply(&self, action: Action) -> Option<State> {
        let mut s = self.clone();
        let next = match action {
            Action::Begin { who, today } => {
                s.settings.who = who;
                s.today = today;
                let to = s.next_screen();
                s.go(to, Nav::Push)
            }
            Action::AnswerSchooling { school, grad, born } => {
                s.answers.school = Some(school);
                s.answers.grad = Some(grad);
                s.answers.born = born.filter(|&b| answers::plausible_birth_for_grad(b, grad));
                let to = s.next_screen();
                s.go(to, Nav::Push)
            }
            Action::AnswerWork(w) => {
                s.answers.work = Some(w);
                let to = s.next_screen();
                s.go(to, Nav::Push)
            }
            Action::AnswerMuni(m) => {
                s.answers.muni = Some(m);
                let to = s.next_screen();
                s.go(to, Nav::Push)
            }
            Action::Goto(screen) => s.go(screen, Nav::Push),
            Action::Restore(entry) => {
                s.depth = entry.map_or(0, |e| e.depth);
                let to = match entry {
                    // An entry of a screen whose answers were forgotten since (Back after
                    // "start over"): the start screen, never a half-empty result.
                    Some(e)
                        if matches!(e.screen, Screen::Check | Screen::Result)
                            && s.answers == Answers::default() =>
                    {
                        Screen::Start
                    }
                    Some(e) => e.screen,
                    None if s.answers().is_complete() => Screen::Result,
                    None => Screen::Start,
                };
                s.go(to, Nav::Restore)
            }
            Action::LoadLink { fragment, initial } => {
                // The review and privacy pages are places, not deep links: the answers stay. A
                // `&lang=` after the place chooses the register (`#privacy&lang=en`).
                let body = fragment.strip_prefix('#').unwrap_or(&fragment);
                let (first, rest) = body.split_once('&').unwrap_or((body, ""));
                let place = match first {
                    // Not on a kiosk: the review page is outside the widget.
                    REVIEW_FRAGMENT if !s.settings.kiosk() => Some(Screen::Review),
                    PRIVACY_FRAGMENT => Some(Screen::Privacy),
                    _ => None,
                };
                if let Some(screen) = place {
                    if let Some(lang) = crate::text::pairs(rest)
                        .find(|(k, _)| k == "lang")
                        .and_then(|(_, v)| Lang::from_key(v))
                    {
                        s.settings.lang = lang;
                    }
                    return Some(s.go(screen, if initial { Nav::Initial } else { Nav::Replace }));
                }
                let l = link::parse_fragment(&fragment, s.today);
                if !l.has_contract_keys {
                    // A fragment that is not a deep link (e.g. an in-page anchor): ignore it.
                    return None;
                }
                // A link describes a situation: its answers replace the old ones; whom they are
                // about and the rules date come from it (else the presets); the language the
                // reader chose stays unless the link names one.
                let presets = &s.settings.presets;
                s.answers = l.answers;
                s.settings.asof = l.asof;
                s.settings.who = l.who.or(presets.who).unwrap_or_default();
                s.settings.lang = l.lang.unwrap_or(s.settings.lang);
                s.notices = l.notices;
                let to = if s.answers == Answers::default() {
                    Screen::Start
                } else if s.answers().is_complete() {
                    Screen::Result
                } else {
                    s.next_screen()
                };
                s.go(to, if initial { Nav::Initial } else { Nav::Replace })
            }
            Action::StartOver { today } => {
                s.answers = Answers::default();
                s.notices.clear();
                s.today = today;
                s.go(Screen::Start, Nav::Push)
            }
            Action::Wipe { today } => {
                let next = State::new(today, s.settings.presets.clone()).framed(s.settings.framed);
                State { nav_seq: s.nav_seq, ..next }.go(Screen::Start, Nav::Swap)
            }
            Action::Today(today) => {
                if today == s.today {
                    return None;
                }
                s.today = today;
                s.nav = Nav::Stay;
                s
            }
            Action::SetLang(lang) => {
                if lang == s.settings.lang {
                    return None;
                }
                s.settings.lang = lang;
                s.nav = Nav::Stay;
                s
            }
            Action::DismissNotices => {
                if s.notices.is_empty() {
                    return None;
                }
                s.notices.clear();
                s.nav = Nav::Stay;
                s
            }
        };
        Some(next)
    }
}

/// A kiosk's idle guard: seconds without input before the warning.
pub const IDLE_SECS: u32 = 120;
/// Seconds the warning counts down before the wipe (WCAG 2.2.1 asks for at least 20).
pub const COUNTDOWN_SECS: u32 = 60;

/// What a kiosk's idle guard does, from the time since the last input on the wall clock (the
/// clock runs on while timers stop, as when the machine sleeps: the whole gap counts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    /// Keep going.
    Active,
    /// Warn: this many whole seconds are left.
    Warn(u32),
    /// Wipe now.
    Wipe,
}

impl Idle {
    /// `idle_ms`: milliseconds since the last input.
    pub fn after(idle_ms: f64) -> Idle {
        let total = f64::from(IDLE_SECS + COUNTDOWN_SECS) * 1000.0;
        if idle_ms >= total {
            Idle::Wipe
        } else if idle_ms >= f64::from(IDLE_SECS) * 1000.0 {
            Idle::Warn(((total - idle_ms) / 1000.0).ceil() as u32)
        } else {
            Idle::Active
        }
    }
}

/// How often a kiosk nobody is using asks whether a newer build is published (its offline
/// worker asks the server; the page itself cannot reach the network).
pub const UPDATE_CHECK_SECS: u32 = 3600;
/// A newer build published that this kiosk has not taken up after this long: staff are told
/// (its worker could not install it: `sw.js` not deployed with it, or a file that does not
/// match its hash).
pub const UPDATE_BLOCKED_SECS: u32 = 15 * 60;
/// Unable to ask for this long: staff are told.
pub const UPDATE_UNREACHABLE_SECS: u32 = 24 * 3600;

/// What a kiosk's worker answered when asked about the published build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuildCheck {
    /// The published build is the one running.
    Current,
    /// Another build is published.
    Newer,
    /// The server could not be reached.
    Unreachable,
}

/// What staff are told about this kiosk's build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateNotice {
    /// A newer build is published and this kiosk cannot take it up.
    Blocked,
    /// The server has not been reached for a day.
    Unreachable,
}

/// A kiosk's watch over its own build, on the wall clock (milliseconds): when to ask, and what
/// to tell staff from the answers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UpdateWatch {
    reached: f64,
    asked: Option<f64>,
    newer_since: Option<f64>,
}

impl UpdateWatch {
    pub fn new(now: f64) -> UpdateWatch {
        UpdateWatch { reached: now, asked: None, newer_since: None }
    }

    /// Whether to ask now: at once the first time, then every `UPDATE_CHECK_SECS` (and at
    /// once after the clock was set back).
    pub fn due(&self, now: f64) -> bool {
        self.asked.is_none_or(|t| now < t || now - t >= f64::from(UPDATE_CHECK_SECS) * 1000.0)
    }

    pub fn asked(&mut self, now: f64) {
        self.asked = Some(now);
    }

    pub fn heard(&mut self, now: f64, answer: BuildCheck) {
        match answer {
            BuildCheck::Current => {
                self.reached = now;
                self.newer_since = None;
            }
            BuildCheck::Newer => {
                self.reached = now;
                self.newer_since.get_or_insert(now);
            }
            BuildCheck::Unreachable => {}
        }
    }

    pub fn notice(&self, now: f64) -> Option<UpdateNotice> {
        let past = |since: f64, secs: u32| now - since >= f64::from(secs) * 1000.0;
        if self.newer_since.is_some_and(|t| past(t, UPDATE_BLOCKED_SECS)) {
            Some(UpdateNotice::Blocked)
        } else if past(self.reached, UPDATE_UNREACHABLE_SECS) {
            Some(UpdateNotice::Unreachable)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::LinkKey;
    use crate::settings::Mode;

    fn today() -> Date {
        Date::parse("2026-11-21").unwrap()
    }

    fn step(s: &State, a: Action) -> State {
        s.apply(a).expect("action changes the state")
    }

    const FULL: &str = "grad=1999&school=hs&work=seeking&muni=432024";

    #[test]
    fn what_the_static_start_screen_recorded_carries_over_to_the_widget() {
        let fresh = || State::initial(today(), "", "");
        // Nothing done before the start: the same state.
        assert_eq!(fresh().resume(Boot::default()), fresh());
        // A register and a person chosen, はじめる not pressed: still the start screen.
        let s = fresh().resume(Boot { lang: Some(Lang::Easy), who: Some(Who::Family), begin: false });
        assert_eq!((s.screen, s.settings.lang, s.settings.who), (Screen::Start, Lang::Easy, Who::Family));
        assert_eq!(s.nav, Nav::Initial);
        // はじめる pressed: the first question, as if pressed in the widget.
        let s = fresh().resume(Boot { lang: Some(Lang::En), who: Some(Who::Family), begin: true });
        let pressed = step(
            &State { settings: Settings { lang: Lang::En, ..fresh().settings }, ..fresh() },
            Action::Begin { who: Who::Family, today: today() },
        );
        assert_eq!(s, pressed);
        assert_eq!(s.screen, Screen::Question(Question::Schooling));
        // A link that opens on a question or the result showed no start screen: nothing applies.
        let linked = State::initial(today(), "", FULL);
        assert_eq!(linked.clone().resume(Boot { lang: Some(Lang::En), who: None, begin: true }), linked);
    }

    #[test]
    fn the_linear_flow_ends_on_the_check_page_then_the_result() {
        let s = State::initial(today(), "", "");
        assert_eq!(s.screen, Screen::Start);
        let s = step(&s, Action::Begin { who: Who::Family, today: today() });
        assert_eq!(s.screen, Screen::Question(Question::Schooling));
        assert_eq!(s.settings.who, Who::Family);
        let s = step(&s, Action::AnswerSchooling { school: School::High, grad: 1999, born: None });
        assert_eq!(s.screen, Screen::Question(Question::Work));
        let s = step(&s, Action::AnswerWork(Work::Seeking));
        assert_eq!(s.screen, Screen::Question(Question::Municipality));
        let s = step(&s, Action::AnswerMuni(MuniCode(432024)));
        assert_eq!(s.screen, Screen::Check);
        let s = step(&s, Action::Goto(Screen::Result));
        assert_eq!(s.screen, Screen::Result);
        assert_eq!(s.depth, 5);
        assert_eq!(s.nav, Nav::Push);
    }

    #[test]
    fn a_change_link_returns_to_the_check_page() {
        let s = State::initial(today(), "", FULL);
        assert_eq!(s.screen, Screen::Result);
        assert_eq!(s.nav, Nav::Initial);
        let s = step(&s, Action::Goto(Screen::Question(Question::Work)));
        let s = step(&s, Action::AnswerWork(Work::Withdrawn));
        assert_eq!(s.screen, Screen::Check);
        assert_eq!(s.answers.work, Some(Work::Withdrawn));
    }

    #[test]
    fn the_result_cannot_be_reached_with_missing_answers() {
        let s = State::initial(today(), "", "");
        let s = step(&s, Action::Goto(Screen::Result));
        assert_eq!(s.screen, Screen::Question(Question::Schooling));
        let s = step(&s, Action::AnswerSchooling { school: School::High, grad: 1999, born: None });
        let s = step(&s, Action::Restore(Some(Entry { screen: Screen::Check, depth: 0 })));
        assert_eq!(s.screen, Screen::Question(Question::Work));
    }

    #[test]
    fn a_partial_link_asks_the_first_missing_question_with_notices() {
        let s = State::initial(today(), "", "grad=1999&school=hs&work=nope&muni=432024");
        assert_eq!(s.screen, Screen::Question(Question::Work));
        assert_eq!(s.notices, vec![LinkNotice::Invalid(LinkKey::Work)]);
        let s = step(&s, Action::DismissNotices);
        assert!(s.notices.is_empty());
        assert_eq!(s.apply(Action::DismissNotices), None);
    }

    #[test]
    fn fragments_without_contract_keys_are_ignored_after_start() {
        let s = State::initial(today(), "", FULL);
        assert_eq!(s.apply(Action::LoadLink { fragment: "#main".into(), initial: false }), None);
        let s2 = step(&s, Action::LoadLink { fragment: "#work=regular".into(), initial: false });
        assert_eq!(s2.answers.grad, None, "a new deep link replaces the answers");
        assert_eq!(s2.screen, Screen::Question(Question::Schooling));
    }

    #[test]
    fn the_review_page_is_a_place_that_keeps_the_answers() {
        let s = State::initial(today(), "", "#review");
        assert_eq!(s.screen, Screen::Review);
        assert_eq!(State::initial(today(), "", "#privacy").screen, Screen::Privacy);
        let en = State::initial(today(), "", "#privacy&lang=en");
        assert_eq!((en.screen, en.settings.lang), (Screen::Privacy, Lang::En));
        let junk = State::initial(today(), "", "#review&lang=xx");
        assert_eq!(
            (junk.screen, junk.settings.lang),
            (Screen::Review, Lang::Ja),
            "an unknown register is ignored"
        );
        let s = State::initial(today(), "", FULL);
        let s = step(&s, Action::LoadLink { fragment: "#review".into(), initial: false });
        assert_eq!(s.screen, Screen::Review);
        assert!(s.answers.is_complete());
        let s = step(&s, Action::Restore(Some(Entry { screen: Screen::Result, depth: 0 })));
        assert_eq!(s.screen, Screen::Result);
    }

    #[test]
    fn start_over_clears_answers_only_and_reads_the_date_again() {
        let s = State::initial(today(), "", &format!("{FULL}&asof=2025-01-01&for=family&lang=ja"));
        let tomorrow = Date::parse("2026-11-22").unwrap();
        let s = step(&s, Action::StartOver { today: tomorrow });
        assert_eq!(s.answers, Answers::default());
        assert_eq!(s.screen, Screen::Start);
        assert_eq!(s.today, tomorrow);
        assert_eq!(s.settings.asof, Date::parse("2025-01-01"), "settings stay");
        assert_eq!((s.settings.who, s.settings.lang), (Who::Family, Lang::Ja));
        assert!(s.notices.is_empty());
    }

    #[test]
    fn the_host_presets_survive_start_over_and_a_preset_municipality_stands_in() {
        let s = State::initial(today(), "?mode=kiosk&muni=432067&for=family", "");
        assert_eq!(s.settings.presets.mode, Mode::Kiosk);
        assert_eq!(s.settings.who, Who::Family);
        let s = step(&s, Action::Begin { who: Who::Family, today: today() });
        let s = step(&s, Action::AnswerSchooling { school: School::High, grad: 1999, born: None });
        let s = step(&s, Action::AnswerWork(Work::Seeking));
        assert_eq!(s.screen, Screen::Check, "the municipality is answered by the preset");
        assert_eq!(s.answers.muni, None, "…which is a setting, not an answer");
        assert_eq!(s.answers().muni, Some(MuniCode(432067)));
        let s = step(&s, Action::Goto(Screen::Question(Question::Municipality)));
        let s = step(&s, Action::AnswerMuni(MuniCode(432024)));
        assert_eq!(s.answers().muni, Some(MuniCode(432024)), "still changeable");
        let s = step(&s, Action::StartOver { today: today() });
        assert_eq!(s.answers().muni, Some(MuniCode(432067)), "the preset is back after start over");
        assert_eq!(s.settings.presets.mode, Mode::Kiosk);
    }

    #[test]
    fn in_a_frame_or_on_a_kiosk_screens_add_no_history_and_the_back_link_still_works() {
        for s in [State::initial(today(), "", "").framed(true), State::initial(today(), "?mode=kiosk", "")] {
            let s = step(&s, Action::Begin { who: Who::Myself, today: today() });
            let s = step(&s, Action::AnswerSchooling { school: School::High, grad: 1999, born: None });
            assert_eq!((s.nav, s.depth), (Nav::Swap, 0));
            assert_eq!(back(s.screen, s.depth), Back::Goto(Screen::Question(Question::Schooling)));
        }
    }

    #[test]
    fn a_kiosk_wipe_forgets_the_person_and_keeps_the_hosts_presets() {
        let s = State::initial(
            today(),
            "?mode=kiosk&muni=432067&lang=easy",
            &format!("{FULL}&lang=en&for=family&asof=2025-01-01"),
        );
        assert_eq!((s.screen, s.settings.lang), (Screen::Result, Lang::En));
        assert!(!s.is_pristine());
        let tomorrow = Date::parse("2026-11-22").unwrap();
        let w = step(&s, Action::Wipe { today: tomorrow });
        assert!(w.is_pristine());
        assert_eq!(
            (w.screen, w.answers.clone(), w.settings.lang, w.settings.who),
            (Screen::Start, Answers::default(), Lang::Easy, Who::Myself)
        );
        assert_eq!((w.settings.asof, w.today, w.depth, w.nav), (None, tomorrow, 0, Nav::Swap));
        assert_eq!(w.settings.presets, s.settings.presets);
        assert_ne!(w.nav_seq, s.nav_seq, "a screen change: focus moves");
        assert_eq!(w.answers().muni, Some(MuniCode(432067)), "the preset municipality is a setting");
        assert!(w.notices.is_empty());
    }

    #[test]
    fn a_link_sets_whom_and_when_and_keeps_the_readers_language_unless_it_names_one() {
        let s = State::initial(today(), "?for=family", &format!("{FULL}&for=self&asof=2025-03-31"));
        assert_eq!(s.settings.who, Who::Myself, "the link wins over the preset");
        assert_eq!(s.rules_date(), Date::parse("2025-03-31").unwrap());
        let s = step(&s, Action::LoadLink { fragment: FULL.into(), initial: false });
        assert_eq!(s.settings.who, Who::Family, "a link without `for` falls back to the preset");
        assert_eq!(s.rules_date(), today(), "a link without `asof` means today");
        assert_eq!(s.apply(Action::SetLang(s.settings.lang)), None, "the same language changes nothing");
    }

    #[test]
    fn today_stays_today() {
        let s = State::initial(today(), "", FULL);
        assert_eq!(s.apply(Action::Today(today())), None, "the same day: no re-render");
        let next_day = Date::parse("2026-11-22").unwrap();
        let s2 = step(&s, Action::Today(next_day));
        assert_eq!((s2.today, s2.screen, s2.nav, s2.depth), (next_day, Screen::Result, Nav::Stay, s.depth));
        assert_eq!(s2.rules_date(), next_day);
        let s3 = step(&s2, Action::Begin { who: Who::Myself, today: Date::parse("2026-11-23").unwrap() });
        assert_eq!(s3.today, Date::parse("2026-11-23").unwrap(), "a new session reads the date again");
    }

    #[test]
    fn back_after_start_over_never_brings_the_result_back() {
        let s = State::initial(today(), "", "");
        let s = step(&s, Action::Begin { who: Who::Myself, today: today() });
        let s = step(&s, Action::AnswerSchooling { school: School::High, grad: 1999, born: None });
        let s = step(&s, Action::AnswerWork(Work::Seeking));
        let s = step(&s, Action::AnswerMuni(MuniCode(432024)));
        let s = step(&s, Action::Goto(Screen::Result));
        let result_entry = s.entry();
        let s = step(&s, Action::StartOver { today: today() });
        assert_eq!(s.depth, result_entry.depth + 1);
        // The browser's Back lands on the result's entry: the answers are gone, so Start.
        let s = step(&s, Action::Restore(Some(result_entry)));
        assert_eq!((s.screen, s.depth), (Screen::Start, result_entry.depth));
        let s = step(&s, Action::Restore(Some(Entry { screen: Screen::Check, depth: 4 })));
        assert_eq!(s.screen, Screen::Start);
        // An earlier question's entry shows that question, empty.
        let s = step(&s, Action::Restore(Some(Entry { screen: Screen::Question(Question::Work), depth: 2 })));
        assert_eq!(s.screen, Screen::Question(Question::Work));
        assert_eq!(s.answers, Answers::default());
        assert_eq!(back(s.screen, s.depth), Back::History);
    }

    #[test]
    fn a_history_state_the_widget_did_not_write_is_read_as_nothing() {
        for junk in [
            None,
            Some(f64::NAN),
            Some(f64::INFINITY),
            Some(-16.0),
            Some(0.5),
            Some(16.0 * f64::from(Entry::MAX_DEPTH) + 16.0),
            Some(1e300),
            Some(8.0),  // screen index 8 does not exist
            Some(31.0), // depth 1, screen 15
        ] {
            assert_eq!(Entry::decode(junk), None, "{junk:?}");
        }
        // Restoring it shows the result when the answers allow, else the start screen.
        let s = State::initial(today(), "", FULL);
        let s = step(&s, Action::Goto(Screen::Privacy));
        let s2 = step(&s, Action::Restore(Entry::decode(None)));
        assert_eq!((s2.screen, s2.depth), (Screen::Result, 0));
        let s = State::initial(today(), "", "");
        assert_eq!(step(&s, Action::Restore(None)).screen, Screen::Start);
    }

    #[test]
    fn entries_round_trip_and_the_back_link_agrees_with_history() {
        for screen in Screen::ALL {
            for depth in [0, 1, 7, Entry::MAX_DEPTH] {
                let e = Entry { screen, depth };
                assert_eq!(Entry::decode(Some(e.encode())), Some(e));
            }
            assert_eq!(back(screen, 0), Back::Goto(screen.previous()));
            assert_eq!(back(screen, 3), Back::History);
        }
        assert_eq!(Screen::from_index(8), None);
    }

    #[test]
    fn a_kiosk_idle_for_the_whole_gap_warns_with_the_time_really_left_then_wipes() {
        assert_eq!(Idle::after(0.0), Idle::Active);
        assert_eq!(Idle::after(119_999.0), Idle::Active);
        assert_eq!(Idle::after(120_000.0), Idle::Warn(60));
        // 150 s asleep: the warning with 30 s left, not 60.
        assert_eq!(Idle::after(150_000.0), Idle::Warn(30));
        assert_eq!(Idle::after(179_001.0), Idle::Warn(1));
        assert_eq!(Idle::after(180_000.0), Idle::Wipe);
        // Ten minutes asleep: the wipe at once.
        assert_eq!(Idle::after(600_000.0), Idle::Wipe);
    }

    #[test]
    fn a_kiosk_asks_hourly_about_its_build_and_tells_staff_only_what_lasts() {
        let h = 3_600_000.0;
        let mut w = UpdateWatch::new(0.0);
        assert!(w.due(0.0), "at once the first time");
        w.asked(0.0);
        assert!(!w.due(h - 1.0));
        assert!(w.due(h));
        assert!(w.due(-1.0), "a clock set back");
        // Unreachable: staff hear of it after a day without an answer, not before.
        w.heard(h, BuildCheck::Unreachable);
        assert_eq!(w.notice(23.0 * h), None);
        assert_eq!(w.notice(24.0 * h), Some(UpdateNotice::Unreachable));
        w.heard(24.0 * h, BuildCheck::Current);
        assert_eq!(w.notice(25.0 * h), None);
        // A newer build that is not taken up within 15 minutes.
        w.heard(25.0 * h, BuildCheck::Newer);
        assert_eq!(w.notice(25.0 * h + 899_999.0), None);
        w.heard(25.0 * h + 600_000.0, BuildCheck::Newer);
        assert_eq!(
            w.notice(25.0 * h + 900_000.0),
            Some(UpdateNotice::Blocked),
            "counted from the first answer"
        );
        w.heard(26.0 * h, BuildCheck::Current);
        assert_eq!(w.notice(26.0 * h), None);
    }
}
