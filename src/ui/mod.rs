//! The view: Yew function components around one reducer. No business logic here: components
//! render what `guidance` computed and dispatch `state::Action`s.
//!
//! `state` is plain Rust (tested natively); everything else needs a browser.

pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod app;
/// Public so component tests can render single components inside the app's context.
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
pub mod panic;

#[cfg(target_arch = "wasm32")]
pub use app::{App, start};
