//! The three questions, one per screen.

mod municipality;
mod schooling;
mod work;

pub use municipality::Municipality;
pub use schooling::Schooling;
pub use work::WorkQuestion;

use web_sys::HtmlElement;
use yew::NodeRef;

/// Moves focus to a field after a failed submit, so its error is read out with it.
fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}
