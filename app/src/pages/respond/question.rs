//! One question per screen, with "3 of 7", back, skip and next. Every kind of
//! question is a plain form field, so it works the same with and without JavaScript.

use super::{DraftMissing, LoadFailed, Loading, SessionClosed};
use crate::api::respond::{step_view, QuestionStep, StepData};
use crate::components::authored::{lang_attr, Authored};
use crate::components::post_form::PostForm;
use crate::i18n::{t, t_args};
use crate::page_title;
use domain::{QuestionKind, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn QuestionPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let n = move || params.read().get("n").and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
    // Keyed by question, so moving on builds fresh inputs instead of patching the
    // previous question's: a patched checkbox would keep what was ticked before.
    view! {
        <For each=move || std::iter::once((token(), n())) key=|k| k.clone() let:key>
            <QuestionLoader token=key.0 n=key.1 />
        </For>
    }
}

#[component]
fn QuestionLoader(token: String, n: usize) -> impl IntoView {
    let action_token = token.clone();
    let step = Resource::new(move || (token.clone(), n), |(token, n)| step_view(token, n));
    view! {
        <Suspense fallback=Loading>
            {move || {
                let token = action_token.clone();
                Suspend::new(async move {
                match step.await {
                    Ok(StepData::Question(q)) => view! { <Step token q /> }.into_any(),
                    Ok(StepData::Missing { sent }) => view! { <DraftMissing sent /> }.into_any(),
                    Ok(StepData::Closed) => view! { <SessionClosed /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })
            }}
        </Suspense>
    }
}

/// The smiley for each point of the 1–5 scale. Decorative: the words are the label.
const SMILEYS: [&str; 5] = ["😞", "🙁", "😐", "🙂", "😄"];

#[component]
fn Step(token: String, q: QuestionStep) -> impl IntoView {
    let progress = t_args("progress", &[("n", q.n.into()), ("total", q.total.into())]);
    let title = page_title(&format!("{progress}: {}", q.prompt.text));
    let help = q.help.clone().map(|h| {
        let lang = lang_attr(&h);
        view! {
            <p id="q-help" class="hint" lang=lang>
                {h.text}
            </p>
        }
    });
    let described = q.help.is_some().then_some("q-help");
    let prompt_lang = lang_attr(&q.prompt);
    let field = match q.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
            let multiple = q.kind == QuestionKind::MultipleChoice;
            let input_type = if multiple { "checkbox" } else { "radio" };
            let options = q
                .options
                .into_iter()
                .map(|o| {
                    let id = format!("opt-{}", o.id);
                    view! {
                        <li>
                            <input
                                type=input_type
                                id=id.clone()
                                name="choice"
                                value=o.id.to_string()
                                checked=o.checked
                            />
                            <label for=id>
                                <Authored text=o.label />
                            </label>
                        </li>
                    }
                })
                .collect_view();
            let hint = multiple.then(|| view! { <p class="hint">{t("choose-any")}</p> });
            view! {
                <fieldset aria-describedby=described>
                    <legend>
                        <h1 lang=prompt_lang>{q.prompt.text.clone()}</h1>
                    </legend>
                    {help}
                    {hint}
                    <ul class="choices">{options}</ul>
                </fieldset>
            }
            .into_any()
        }
        QuestionKind::Scale => {
            let points = (1u8..=5)
                .map(|v| {
                    let id = format!("scale-{v}");
                    view! {
                        <li>
                            <input
                                type="radio"
                                id=id.clone()
                                name="scale"
                                value=v.to_string()
                                checked=q.scale == Some(v)
                            />
                            <label for=id>
                                <span class="smiley" aria-hidden="true">
                                    {SMILEYS[usize::from(v - 1)]}
                                </span>
                                <span>{t(&format!("scale-{v}"))}</span>
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset aria-describedby=described>
                    <legend>
                        <h1 lang=prompt_lang>{q.prompt.text.clone()}</h1>
                    </legend>
                    {help}
                    <ul class="scale">{points}</ul>
                </fieldset>
            }
            .into_any()
        }
        QuestionKind::FreeText => view! {
            <h1>
                <label for="answer-text" lang=prompt_lang>
                    {q.prompt.text.clone()}
                </label>
            </h1>
            {help}
            <textarea
                id="answer-text"
                name="text"
                rows="6"
                maxlength=MAX_TEXT_CHARS.to_string()
                aria-describedby=described
            >
                {q.text}
            </textarea>
            <p class="hint">{t("text-privacy-hint")}</p>
        }
        .into_any(),
        QuestionKind::Idea => view! {
            <h1 lang=prompt_lang>{q.prompt.text.clone()}</h1>
            {help}
            <label for="idea-title">{t("idea-title-label")}</label>
            <input
                id="idea-title"
                name="title"
                type="text"
                value=q.title
                maxlength=MAX_TITLE_CHARS.to_string()
                aria-describedby=described
            />
            <label for="idea-description">{t("idea-description-label")}</label>
            <textarea
                id="idea-description"
                name="description"
                rows="6"
                maxlength=MAX_TEXT_CHARS.to_string()
            >
                {q.description}
            </textarea>
            <p class="hint">{t("text-privacy-hint")}</p>
        }
        .into_any(),
    };
    view! {
        <Title text=title />
        <p class="progress-text" id="progress-text">
            {progress}
        </p>
        <progress max=q.total.to_string() value=q.n.to_string() aria-labelledby="progress-text">
            {format!("{}/{}", q.n, q.total)}
        </progress>
        <PostForm action=format!("/r/{token}/q/{}", q.n) class="question">
            {field}
            // "Next" comes first so Enter in a field moves forward; the order on
            // screen is the order in the page.
            <div class="nav-buttons">
                <button type="submit" name="nav" value="next" class="button primary">
                    {t("next-button")}
                </button>
                <button type="submit" name="nav" value="skip" class="button">
                    {t("skip-button")}
                </button>
                <button type="submit" name="nav" value="back" class="button subtle">
                    {t("back-button")}
                </button>
            </div>
        </PostForm>
    }
}
