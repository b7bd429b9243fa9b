//! What every component may use: the language, whom the answers are about, the device's date,
//! the way to dispatch actions, and the back-link rule's input. Provided by `app`, read with
//! `use_ctx`; components never import `app` itself.

use yew::prelude::*;

use crate::date::Date;
use crate::flow::{self, Action, Back, Screen};
use crate::i18n::Lang;
use crate::settings::Who;

#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub lang: Lang,
    pub who: Who,
    /// The device's date: how old a source is, for warnings.
    pub today: Date,
    pub dispatch: Callback<Action>,
    /// Entries this widget pushed below the current one (for the back link).
    pub depth: u32,
    /// A kiosk at a support counter: nothing leads out of the widget; links become QR codes.
    pub kiosk: bool,
}

impl Ctx {
    /// What the back link on `screen` does.
    pub fn back(&self, screen: Screen) -> Back {
        flow::back(screen, self.depth)
    }
}

/// Id of each screen's `<h1>`; focus moves there on every screen change.
pub const HEADING_ID: &str = "screen-heading";

#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("components are rendered inside App's ContextProvider")
}
