//! The one place visible text becomes DOM: segments of `i18n::Text` as text nodes, `<ruby>`
//! with its reading, `<strong>`, and `lang="ja"` around Japanese inside English. Nothing is
//! ever inserted as HTML.

use yew::html::IntoPropValue;
use yew::prelude::*;

use crate::i18n::Text;
use crate::text::{Piece, Seg};

impl From<Text> for Html {
    fn from(t: Text) -> Html {
        render(&t)
    }
}

// `{ text }` in `html!` takes its children through this conversion.
impl IntoPropValue<Html> for Text {
    fn into_prop_value(self) -> Html {
        render(&self)
    }
}

impl IntoPropValue<Html> for &Text {
    fn into_prop_value(self) -> Html {
        render(self)
    }
}

pub fn render(t: &Text) -> Html {
    let segs = t.segments();
    match segs.as_slice() {
        [Seg { piece: Piece::Text(s), strong: false, ja: false }] => Html::from(s.to_string()),
        _ => segs.into_iter().map(segment).collect::<Html>(),
    }
}

fn segment(s: Seg<'_>) -> Html {
    let inner = match s.piece {
        Piece::Text(x) => Html::from(x.to_string()),
        // The reading is for the eye: assistive technology gets the base text once (a speech
        // engine reads kanji in context), and a control's accessible name is its visible
        // label's base text, as voice control expects. The base itself is never hidden. No
        // <rp>: every browser of our readers shows ruby, and two elements fewer per word halve
        // a やさしい日本語 page's elements; copying takes the base text alone (`rt` cannot be
        // selected: style.css).
        Piece::Ruby { base, reading } => html! {
            <ruby>{ base.to_string() }<rt aria-hidden="true">{ reading.to_string() }</rt></ruby>
        },
    };
    let inner = if s.ja {
        html! { <span lang="ja">{ inner }</span> }
    } else {
        inner
    };
    if s.strong {
        html! { <strong>{ inner }</strong> }
    } else {
        inner
    }
}
