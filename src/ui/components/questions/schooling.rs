//! Question 1: the last school, the year the person left it, and (optionally) birth year.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::focus;
use crate::answers::{self, Answers, Question, School, SchoolingErrors};
use crate::date::Date;
use crate::i18n::{t, Msg};
use crate::ui::components::common::{attr, use_ctx, BackLink, Heading, RadioGroup};
use crate::ui::state::{Action, Screen};

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
        let (school, grad, born, errors, today) = (school.clone(), grad.clone(), born.clone(), errors.clone(), p.today);
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

    let options = School::ALL.iter().map(|s| (AttrValue::from(s.key()), attr(l, Msg::School(*s)))).collect::<Vec<_>>();
    let wareki = answers::parse_year_text(&grad).ok().map(|y| t(l, Msg::WarekiOf(y)));
    let grad_error = errors.grad.map(|e| t(l, Msg::GradError(e)));
    let born_error = errors.born.map(|e| t(l, Msg::BornError(e)));
    let described = |ids: &[(&str, bool)]| -> AttrValue {
        ids.iter().filter(|(_, on)| *on).map(|(id, _)| *id).collect::<Vec<_>>().join(" ").into()
    };
    html! {
        <section class="screen">
            <BackLink to={Screen::Question(Question::Schooling).previous()} />
            <Heading text={attr(l, Msg::SchoolingTitle)} caption={attr(l, Msg::QuestionOf(Question::Schooling.number()))} />
            <form novalidate=true {onsubmit}>
                <RadioGroup name="school" legend={attr(l, Msg::SchoolLegend)} hint={attr(l, Msg::SchoolHint)}
                    {options} selected={school.map(|s| AttrValue::from(s.key()))} {onselect}
                    error={errors.school_missing.then(|| attr(l, Msg::SchoolMissing))} first_ref={school_ref} />

                <div class={classes!("field", grad_error.is_some().then_some("field-error"))}>
                    <label class="label" for="field-grad">{ t(l, Msg::GradLabel) }</label>
                    <p class="hint" id="field-grad-hint">{ t(l, Msg::GradHint) }</p>
                    if let Some(e) = &grad_error {
                        <p class="error-message" id="field-grad-error">
                            <span class="visually-hidden">{ t(l, Msg::ErrorPrefix) }</span>{ e.clone() }
                        </p>
                    }
                    <input id="field-grad" name="grad" type="text" inputmode="numeric" autocomplete="off"
                        class="input input-year" maxlength="12" value={(*grad).clone()} oninput={text_input(&grad)}
                        aria-invalid={grad_error.is_some().then_some("true")}
                        aria-describedby={described(&[("field-grad-hint", true), ("field-grad-error", grad_error.is_some()), ("field-grad-wareki", wareki.is_some())])}
                        ref={grad_ref} />
                    if let Some(w) = &wareki { <p class="support" id="field-grad-wareki">{ w.clone() }</p> }
                </div>

                <div class={classes!("field", born_error.is_some().then_some("field-error"))}>
                    <label class="label" for="field-born">{ t(l, Msg::BornLabel) }</label>
                    <p class="hint" id="field-born-hint">{ t(l, Msg::BornHint) }</p>
                    if let Some(e) = &born_error {
                        <p class="error-message" id="field-born-error">
                            <span class="visually-hidden">{ t(l, Msg::ErrorPrefix) }</span>{ e.clone() }
                        </p>
                    }
                    <input id="field-born" name="born" type="text" inputmode="numeric" autocomplete="off"
                        class="input input-year" maxlength="12" value={(*born).clone()} oninput={text_input(&born)}
                        aria-invalid={born_error.is_some().then_some("true")}
                        aria-describedby={described(&[("field-born-hint", true), ("field-born-error", born_error.is_some())])}
                        ref={born_ref} />
                </div>

                <button type="submit" class="button">{ t(l, Msg::Continue) }</button>
            </form>
        </section>
    }
}
