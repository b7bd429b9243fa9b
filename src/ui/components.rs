//! The screens and the small parts they share.

pub mod check;
pub mod common;
pub mod kiosk;
pub mod lang_switch;
pub mod not_alone;
pub mod notices;
pub mod office_card;
pub mod programme_card;
pub mod questions;
pub mod read_aloud;
pub mod result;
pub mod slip;
pub mod start;
