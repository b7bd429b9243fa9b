//! Question 1: the last school, the year the person left it, and (optionally) birth year.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::focus;
use crate::answers::{self, Answers, Question, School, SchoolingErrors};
use crate::date::Date;
use crate::flow::{Action, Screen};
use crate::i18n::{Lang, Msg, Text, k, t};
use crate::ui::components::common::{
    RadioGroupProps, back_link, error_message, heading, radio_group, use_ctx,
};

#[derive(Properties, PartialEq)]
pub struct SchoolingProps {
    pub answers: Answers,
    pub today: Date,
}

#[function_component]
pub fn Schooling(p: &SchoolingProps) -> Html {
    let ctx = use_ctx();
    let l = ctx.lang;
    let school = use_state(|| p.answers.school);
    let grad = use_state(|| p.answers.grad.map(|g| g.to_string()).unwrap_or_default());
    let born = use_state(|| p.answers.born.map(|b| b.to_string()).unwrap_or_default());
    let errors = use_state(SchoolingErrors::default);
    let (school_ref, grad_ref, born_ref) = (use_node_ref(), use_node_ref(), use_node_ref());

    let onselect = {
        let (school, errors) = (school.clone(), errors.clone());
        Callback::from(move |key: AttrValue| {
            school.set(School::from_key(&key));
            errors.set(SchoolingErrors { school_missing: false, ..*errors });
        })
    };
    let text_input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| state.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let onsubmit = {
        let (school, grad, born, errors, today) =
            (school.clone(), grad.clone(), born.clone(), errors.clone(), p.today);
        let (school_ref, grad_ref, born_ref, dispatch) =
            (school_ref.clone(), grad_ref.clone(), born_ref.clone(), ctx.dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match answers::check_schooling(*school, &grad, &born, today) {
                Ok((school, grad, born)) => dispatch.emit(Action::AnswerSchooling { school, grad, born }),
                Err(errs) => {
                    errors.set(errs);
                    let target = if errs.school_missing {
                        &school_ref
                    } else if errs.grad.is_some() {
                        &grad_ref
                    } else {
                        &born_ref
                    };
                    focus(target);
                }
            }
        })
    };

    let options =
        School::ALL.iter().map(|s| (AttrValue::from(s.key()), t(l, k::school(*s)))).collect::<Vec<_>>();
    // The 和暦 only of a year the question accepts: none for one it refuses (3000, 1900).
    let wareki = answers::grad_year(&grad, p.today).ok().map(|y| t(l, Msg::WarekiOf(y)));
    let grad_error = errors.grad.map(|e| t(l, Msg::GradError(e)));
    let born_error = errors.born.map(|e| t(l, Msg::BornError(e)));
    html! {
        <section class="screen">
            { back_link(&ctx, Screen::Question(Question::Schooling), None) }
            { heading(t(l, k::schooling_title(ctx.who)), Some(t(l, Msg::QuestionOf(Question::Schooling.number())))) }
            <form novalidate=true {onsubmit}>
                { radio_group(l, RadioGroupProps {
                    name: "school".into(), legend: t(l, k::SCHOOL_LEGEND), legend_is_heading: false, caption: None,
                    hint: Some(t(l, k::SCHOOL_HINT)), options, selected: school.map(|s| AttrValue::from(s.key())),
                    onselect, error: errors.school_missing.then(|| t(l, k::SCHOOL_MISSING)), first_ref: school_ref,
                }) }

                { year_field(l, YearFieldProps {
                    name: "grad", label: t(l, k::GRAD_LABEL), hint: t(l, k::GRAD_HINT),
                    value: AttrValue::from((*grad).clone()), oninput: text_input(&grad), error: grad_error, support: wareki,
                    node_ref: grad_ref,
                }) }
                { year_field(l, YearFieldProps {
                    name: "born", label: t(l, k::BORN_LABEL), hint: t(l, k::BORN_HINT),
                    value: AttrValue::from((*born).clone()), oninput: text_input(&born), error: born_error, support: None,
                    node_ref: born_ref,
                }) }

                <button type="submit" class="button" data-action="next">{ t(l, k::CONTINUE) }</button>
            </form>
        </section>
    }
}

struct YearFieldProps {
    /// Field name; the input's id is `field-<name>`.
    name: &'static str,
    label: Text,
    hint: Text,
    value: AttrValue,
    oninput: Callback<InputEvent>,
    error: Option<Text>,
    /// Feedback under the field (the 和暦 of what was typed).
    support: Option<Text>,
    node_ref: NodeRef,
}

/// A year typed as text (西暦 or 和暦), with its hint, error and support text tied to it.
fn year_field(l: Lang, p: YearFieldProps) -> Html {
    let id = format!("field-{}", p.name);
    let (hint_id, error_id, support_id) =
        (format!("{id}-hint"), format!("{id}-error"), format!("{id}-support"));
    let mut described = vec![hint_id.clone()];
    if p.error.is_some() {
        described.push(error_id.clone());
    }
    if p.support.is_some() {
        described.push(support_id.clone());
    }
    html! {
        <div class={classes!("field", p.error.is_some().then_some("field-error"))}>
            <label class="label" for={id.clone()}>{ p.label.clone() }</label>
            <p class="hint" id={hint_id}>{ p.hint.clone() }</p>
            if let Some(e) = &p.error { { error_message(l, error_id, e.clone()) } }
            <input {id} name={p.name} type="text" inputmode="numeric" autocomplete="off" class="input input-year"
                maxlength="12" value={p.value.clone()} oninput={p.oninput.clone()}
                aria-invalid={p.error.is_some().then_some("true")} aria-describedby={described.join(" ")}
                ref={p.node_ref.clone()} />
            if let Some(s) = &p.support { <p class="support" id={support_id}>{ s.clone() }</p> }
        </div>
    }
}
