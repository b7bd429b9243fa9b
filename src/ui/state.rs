//! The widget's one state and the actions that change it. Plain Rust (no Yew here), so the
//! flow is tested natively; `ui::app` wraps it in `use_reducer`.
//!
//! Answers live only in this value, in memory. Nothing here writes to the URL, to history
//! or to storage: the view pushes history entries that carry a screen number and a depth,
//! never an answer.

use crate::answers::{self, Answers, LinkNotice, Question, School, Who, Work};
use crate::date::Date;
use crate::directory::MuniCode;
use crate::i18n::Lang;

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
    /// A small number for history entries (`history.state`).
    pub const fn index(self) -> u8 {
        match self {
            Screen::Start => 0,
            Screen::Question(Question::Schooling) => 1,
            Screen::Question(Question::Work) => 2,
            Screen::Question(Question::Municipality) => 3,
            Screen::Check => 4,
            Screen::Result => 5,
            Screen::Review => 6,
            Screen::Privacy => 7,
        }
    }

    pub fn from_index(i: u8) -> Option<Screen> {
        Some(match i {
            0 => Screen::Start,
            1 => Screen::Question(Question::Schooling),
            2 => Screen::Question(Question::Work),
            3 => Screen::Question(Question::Municipality),
            4 => Screen::Check,
            5 => Screen::Result,
            6 => Screen::Review,
            7 => Screen::Privacy,
            _ => return None,
        })
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
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// The device's date at start-up.
    pub today: Date,
    /// The rules date from a deep link (`asof`), if any.
    pub asof: Option<Date>,
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

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Leave the start screen, saying whom the answers are about.
    Begin {
        who: Who,
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
    /// The browser moved through history to an entry of ours (or to the first one: `None`).
    Restore {
        screen: Option<Screen>,
        depth: u32,
    },
    /// A URL fragment to read: at start-up, or after `hashchange`.
    LoadLink {
        fragment: String,
        initial: bool,
    },
    /// Forget every answer and start again.
    StartOver,
    DismissNotices,
}

impl State {
    pub fn new(today: Date) -> State {
        State {
            lang: Lang::Ja,
            today,
            asof: None,
            answers: Answers::default(),
            screen: Screen::Start,
            notices: Vec::new(),
            nav_seq: 0,
            nav: Nav::Initial,
            depth: 0,
        }
    }

    /// The state at start-up for the page's URL fragment.
    pub fn initial(today: Date, fragment: &str) -> State {
        let s = State::new(today);
        s.apply(Action::LoadLink { fragment: fragment.to_string(), initial: true }).unwrap_or(s)
    }

    /// The date the rules are applied for.
    pub fn rules_date(&self) -> Date {
        self.asof.unwrap_or(self.today)
    }

    /// The screen to show after an answer: the next unanswered question, else the check page.
    fn next_screen(a: &Answers) -> Screen {
        a.first_missing().map_or(Screen::Check, Screen::Question)
    }

    /// A screen can only be shown when what it needs has been answered.
    fn allowed(&self, screen: Screen) -> Screen {
        match screen {
            Screen::Check | Screen::Result if !self.answers.is_complete() => Self::next_screen(&self.answers),
            s => s,
        }
    }

    fn go(mut self, screen: Screen, nav: Nav) -> State {
        self.screen = self.allowed(screen);
        self.nav = nav;
        self.nav_seq = self.nav_seq.wrapping_add(1);
        if matches!(nav, Nav::Push | Nav::Replace) {
            self.depth += 1;
        }
        self
    }

    /// The state after `action`, or `None` when nothing changes (so nothing re-renders).
    pub fn apply(&self, action: Action) -> Option<State> {
        let mut s = self.clone();
        let next = match action {
            Action::Begin { who } => {
                s.answers.who = who;
                let to = Self::next_screen(&s.answers);
                s.go(to, Nav::Push)
            }
            Action::AnswerSchooling { school, grad, born } => {
                s.answers.school = Some(school);
                s.answers.grad = Some(grad);
                s.answers.born = born.filter(|&b| answers::plausible_birth_for_grad(b, grad));
                let to = Self::next_screen(&s.answers);
                s.go(to, Nav::Push)
            }
            Action::AnswerWork(w) => {
                s.answers.work = Some(w);
                let to = Self::next_screen(&s.answers);
                s.go(to, Nav::Push)
            }
            Action::AnswerMuni(m) => {
                s.answers.muni = Some(m);
                let to = Self::next_screen(&s.answers);
                s.go(to, Nav::Push)
            }
            Action::Goto(screen) => s.go(screen, Nav::Push),
            Action::Restore { screen, depth } => {
                s.depth = depth;
                let to =
                    screen.unwrap_or(if s.answers.is_complete() { Screen::Result } else { Screen::Start });
                s.go(to, Nav::Restore)
            }
            Action::LoadLink { fragment, initial } => {
                // The review and privacy pages are places, not deep links: the answers stay.
                let place = match fragment.strip_prefix('#').unwrap_or(&fragment) {
                    REVIEW_FRAGMENT => Some(Screen::Review),
                    PRIVACY_FRAGMENT => Some(Screen::Privacy),
                    _ => None,
                };
                if let Some(screen) = place {
                    return Some(s.go(screen, if initial { Nav::Initial } else { Nav::Replace }));
                }
                let link = answers::parse_fragment(&fragment, s.today);
                if !link.has_contract_keys {
                    // A fragment that is not a deep link (e.g. an in-page anchor): ignore it.
                    return None;
                }
                s.answers = link.answers;
                s.asof = link.asof;
                s.lang = link.lang.unwrap_or(s.lang);
                s.notices = link.notices;
                let to = if s.answers == Answers::default() {
                    Screen::Start
                } else if s.answers.is_complete() {
                    Screen::Result
                } else {
                    Self::next_screen(&s.answers)
                };
                s.go(to, if initial { Nav::Initial } else { Nav::Replace })
            }
            Action::StartOver => {
                let depth = s.depth;
                let mut fresh = State::new(s.today);
                fresh.nav_seq = s.nav_seq;
                fresh.depth = depth;
                fresh.go(Screen::Start, Nav::Push)
            }
            Action::DismissNotices => {
                if s.notices.is_empty() {
                    return None;
                }
                s.notices.clear();
                s
            }
        };
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::LinkKey;

    fn today() -> Date {
        Date::parse("2026-11-21").unwrap()
    }

    fn step(s: &State, a: Action) -> State {
        s.apply(a).expect("action changes the state")
    }

    #[test]
    fn the_linear_flow_ends_on_the_check_page_then_the_result() {
        let s = State::initial(today(), "");
        assert_eq!(s.screen, Screen::Start);
        let s = step(&s, Action::Begin { who: Who::Family });
        assert_eq!(s.screen, Screen::Question(Question::Schooling));
        assert_eq!(s.answers.who, Who::Family);
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
        let s = State::initial(today(), "grad=1999&school=hs&work=seeking&muni=432024");
        assert_eq!(s.screen, Screen::Result);
        assert_eq!(s.nav, Nav::Initial);
        let s = step(&s, Action::Goto(Screen::Question(Question::Work)));
        let s = step(&s, Action::AnswerWork(Work::Withdrawn));
        assert_eq!(s.screen, Screen::Check);
        assert_eq!(s.answers.work, Some(Work::Withdrawn));
    }

    #[test]
    fn the_result_cannot_be_reached_with_missing_answers() {
        let s = State::initial(today(), "");
        let s = step(&s, Action::Goto(Screen::Result));
        assert_eq!(s.screen, Screen::Question(Question::Schooling));
        let s = step(&s, Action::Restore { screen: Some(Screen::Check), depth: 0 });
        assert_eq!(s.screen, Screen::Question(Question::Schooling));
    }

    #[test]
    fn a_partial_link_asks_the_first_missing_question_with_notices() {
        let s = State::initial(today(), "grad=1999&school=hs&work=nope&muni=432024");
        assert_eq!(s.screen, Screen::Question(Question::Work));
        assert_eq!(s.notices, vec![LinkNotice::Invalid(LinkKey::Work)]);
        let s = step(&s, Action::DismissNotices);
        assert!(s.notices.is_empty());
        assert_eq!(s.apply(Action::DismissNotices), None);
    }

    #[test]
    fn fragments_without_contract_keys_are_ignored_after_start() {
        let s = State::initial(today(), "grad=1999&school=hs&work=seeking&muni=432024");
        assert_eq!(s.apply(Action::LoadLink { fragment: "#main".into(), initial: false }), None);
        let s2 = step(&s, Action::LoadLink { fragment: "#work=regular".into(), initial: false });
        assert_eq!(s2.answers.grad, None, "a new deep link replaces the answers");
        assert_eq!(s2.screen, Screen::Question(Question::Schooling));
    }

    #[test]
    fn the_review_page_is_a_place_that_keeps_the_answers() {
        let s = State::initial(today(), "#review");
        assert_eq!(s.screen, Screen::Review);
        assert_eq!(State::initial(today(), "#privacy").screen, Screen::Privacy);
        let s = State::initial(today(), "grad=1999&school=hs&work=seeking&muni=432024");
        let s = step(&s, Action::LoadLink { fragment: "#review".into(), initial: false });
        assert_eq!(s.screen, Screen::Review);
        assert!(s.answers.is_complete());
        let s = step(&s, Action::Restore { screen: Some(Screen::Result), depth: 0 });
        assert_eq!(s.screen, Screen::Result);
    }

    #[test]
    fn start_over_forgets_everything() {
        let s = State::initial(today(), "grad=1999&school=hs&work=seeking&muni=432024&asof=2025-01-01");
        let s = step(&s, Action::StartOver);
        assert_eq!(s.answers, Answers::default());
        assert_eq!(s.asof, None);
        assert_eq!(s.screen, Screen::Start);
        assert_eq!(s.rules_date(), today());
    }

    #[test]
    fn screen_indexes_round_trip() {
        for i in 0..=7 {
            assert_eq!(Screen::from_index(i).map(Screen::index), Some(i));
        }
        assert_eq!(Screen::from_index(8), None);
    }
}
