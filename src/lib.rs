//! くまもと支援ナビ: answers → rules → guidance → view, one way.
//!
//! The modules form layers, each using only those above it (`tests/layers.rs` enforces it):
//!
//! 1. `date`, `text` (from `navi-model`, the data model declared once for the widget, the build
//!    and the tests), `order`: a calendar date, text markup and helpers, small stable sorts;
//!    `qr`: QR codes drawn as SVG paths (`qrcodegen`); `frame`: the height a framed widget
//!    reports to its host.
//! 2. `directory`: the reference data (municipalities, offices, sources) every answer is
//!    checked against.
//! 3. `answers`, `settings`, `link`: what the person told us; how the widget speaks and runs,
//!    with the host's presets; the link contract that carries both.
//! 4. `rules`: dated, sourced programme rules → verdicts with reasons.
//! 5. `review`: how each record of the data stands (for the data review page).
//! 6. `guidance`: everything the result shows, decided once, language-neutral.
//! 7. `flow`: the screens, the one state and its actions, history entries.
//! 8. `i18n`: every visible word, from the text catalogues, by typed key; `pack`: the register
//!    packs (the words of やさしい日本語 and English, fetched after start); `speech`: which
//!    on-device voice may read it.
//! 9. `pages`: the static pages made at build time (the data review page; native only).
//! 10. `ui`: Yew components that render and dispatch (wasm only).
//!
//! Layers 1–8 use no browser crate (on the host those crates are not even dependencies) and
//! carry most tests.

pub use navi_model::{date, text};
pub mod frame;
pub mod order;
pub mod qr;

pub mod directory;

pub mod answers;
pub mod link;
pub mod settings;

pub mod rules;

pub mod review;

pub mod guidance;

pub mod flow;

pub mod i18n;
pub mod pack;
pub mod speech;

pub mod pages;

pub mod ui;
