//! Question 1: the last school, the year the person left it, and (optionally) birth year.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::focus;
use crate::answers::{self, Answers, Question, School, SchoolingErrors};
use crate::date::Date;
use crate::flow::{Action, Screen};
use crate::i18n::{Msg, t};
use crate::ui::components::common::{BackLink, ErrorMessage, Heading, RadioGroup, attr, use_ctx};

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
        School::ALL.iter().map(|s| (AttrValue::from(s.key()), attr(l, Msg::School(*s)))).collect::<Vec<_>>();
    let wareki = answers::parse_year_text(&grad).ok().map(|y| attr(l, Msg::WarekiOf(y)));
    let grad_error = errors.grad.map(|e| attr(l, Msg::GradError(e)));
    let born_error = errors.born.map(|e| attr(l, Msg::BornError(e)));
    html! {
        <section class="screen">
            <BackLink on={Screen::Question(Question::Schooling)} />
            <Heading text={attr(l, Msg::SchoolingTitle(ctx.who))} caption={attr(l, Msg::QuestionOf(Question::Schooling.number()))} />
            <form novalidate=true {onsubmit}>
                <RadioGroup name="school" legend={attr(l, Msg::SchoolLegend)} hint={attr(l, Msg::SchoolHint)}
                    {options} selected={school.map(|s| AttrValue::from(s.key()))} {onselect}
                    error={errors.school_missing.then(|| attr(l, Msg::SchoolMissing))} first_ref={school_ref} />

                <YearField name="grad" label={attr(l, Msg::GradLabel)} hint={attr(l, Msg::GradHint)}
                    value={AttrValue::from((*grad).clone())} oninput={text_input(&grad)} error={grad_error} support={wareki}
                    node_ref={grad_ref} />
                <YearField name="born" label={attr(l, Msg::BornLabel)} hint={attr(l, Msg::BornHint)}
                    value={AttrValue::from((*born).clone())} oninput={text_input(&born)} error={born_error} node_ref={born_ref} />

                <button type="submit" class="button">{ t(l, Msg::Continue) }</button>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct YearFieldProps {
    /// Field name; the input's id is `field-<name>`.
    name: &'static str,
    label: AttrValue,
    hint: AttrValue,
    value: AttrValue,
    oninput: Callback<InputEvent>,
    error: Option<AttrValue>,
    /// Feedback under the field (the 和暦 of what was typed).
    #[prop_or_default]
    support: Option<AttrValue>,
    node_ref: NodeRef,
}

/// A year typed as text (西暦 or 和暦), with its hint, error and support text tied to it.
#[function_component]
fn YearField(p: &YearFieldProps) -> Html {
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
            if let Some(e) = &p.error { <ErrorMessage id={error_id} text={e.clone()} /> }
            <input {id} name={p.name} type="text" inputmode="numeric" autocomplete="off" class="input input-year"
                maxlength="12" value={p.value.clone()} oninput={p.oninput.clone()}
                aria-invalid={p.error.is_some().then_some("true")} aria-describedby={described.join(" ")}
                ref={p.node_ref.clone()} />
            if let Some(s) = &p.support { <p class="support" id={support_id}>{ s.clone() }</p> }
        </div>
    }
}
