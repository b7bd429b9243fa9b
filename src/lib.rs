//! くまもと支援ナビ: answers → rules → guidance → view, one way.
//!
//! The pure modules (`answers`, `rules`, `directory`, `guidance`, `i18n`, `date`) use no
//! browser crate — on the host those crates are not even dependencies — and carry most tests.
//! `ui` holds the Yew components around one reducer (`ui::state`).

pub mod answers;
pub mod date;
pub mod directory;
pub mod guidance;
pub mod i18n;
pub mod rules;
pub mod ui;
