//! くまもと支援ナビ: answers → rules → guidance → view, one way.
//!
//! The modules form layers, each using only those above it (`tests/layers.rs` enforces it):
//!
//! 1. `date`, `order`, `pack`, `text`: a calendar date, small stable sorts, the register packs
//!    (the words of やさしい日本語 and English, fetched after start) and text helpers, depending
//!    on nothing; `qr`: QR codes drawn as SVG paths (the one dependency, `qrcodegen`); `frame`:
//!    the height a framed widget reports to its host.
//! 2. `directory`: the reference data (municipalities, offices, sources) every answer is
//!    checked against.
//! 3. `answers`, `settings`, `link`: what the person told us; how the widget speaks and runs,
//!    with the host's presets; the link contract that carries both.
//! 4. `rules`: dated, sourced programme rules → verdicts with reasons.
//! 5. `review`: how each record of the data stands (for the data review page).
//! 6. `guidance`: everything the result shows, decided once, language-neutral.
//! 7. `flow`: the screens, the one state and its actions, history entries.
//! 8. `i18n`: every visible word, per register; `speech`: which on-device voice may read it.
//! 9. `pages`: the static pages made at build time (the data review page; native only).
//! 10. `ui`: Yew components that render and dispatch (wasm only).
//!
//! Layers 1–8 use no browser crate (on the host those crates are not even dependencies) and
//! carry most tests.

pub mod date;
pub mod order;
pub mod pack;
pub mod text;
pub mod qr;
pub mod frame;

pub mod directory;

pub mod answers;
pub mod link;
pub mod settings;

pub mod rules;

pub mod review;

pub mod guidance;

pub mod flow;

pub mod i18n;
pub mod speech;

pub mod pages;

pub mod ui;
