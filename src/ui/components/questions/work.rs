//! Question 2: the work situation.

use yew::prelude::*;

use super::focus;
use crate::answers::{Question, Work};
use crate::flow::{Action, Screen};
use crate::i18n::{Msg, k, t};
use crate::ui::components::common::{RadioGroupProps, back_link, radio_group, use_ctx};

#[derive(Properties, PartialEq)]
pub struct WorkProps {
    pub current: Option<Work>,
}

#[function_component]
pub fn WorkQuestion(p: &WorkProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    let selected = use_state(|| p.current);
    let error = use_state(|| false);
    let first = use_node_ref();

    let onselect = {
        let (selected, error) = (selected.clone(), error.clone());
        Callback::from(move |key: AttrValue| {
            selected.set(Work::from_key(&key));
            error.set(false);
        })
    };
    let onsubmit = {
        let (selected, error, first, dispatch) =
            (selected.clone(), error.clone(), first.clone(), ctx.dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match *selected {
                Some(w) => dispatch.emit(Action::AnswerWork(w)),
                None => {
                    error.set(true);
                    focus(&first);
                }
            }
        })
    };
    let options = Work::ALL.iter().map(|w| (AttrValue::from(w.key()), t(l, k::work(*w)))).collect::<Vec<_>>();
    html! {
        <section class="screen">
            { back_link(&ctx, Screen::Question(Question::Work), None) }
            <form novalidate=true {onsubmit}>
                { radio_group(l, RadioGroupProps {
                    name: "work".into(), legend: t(l, k::work_title(ctx.who)), legend_is_heading: true,
                    caption: Some(t(l, Msg::QuestionOf(Question::Work.number()))),
                    hint: Some(t(l, k::WORK_HINT)), options,
                    selected: selected.map(|w| AttrValue::from(w.key())), onselect,
                    error: error.then(|| t(l, k::WORK_MISSING)), first_ref: first,
                }) }
                <button type="submit" class="button" data-action="next">{ t(l, k::CONTINUE) }</button>
            </form>
        </section>
    }
}
