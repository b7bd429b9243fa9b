//! The view: Yew function components around the one reducer of `crate::flow`. No business
//! logic here: components render what `guidance` decided and dispatch `flow::Action`s.
//!
//! Inside, the layers run one way too: `dom` (the few browser facts), `rich` (visible text as
//! DOM) and `ctx` (what every component may use) → `components` → `app` (the root, which wires
//! the browser's events).
#![cfg(target_arch = "wasm32")]

pub mod app;
/// Public so component tests can render single components inside the app's context.
pub mod components;
pub mod ctx;
mod dom;
mod packs;
pub mod panic;
pub mod rich;

pub use app::{App, start};
