//! One question per screen, with "3 of 7", back, skip and next. Every kind of
//! question is a plain form field, so it works the same with and without JavaScript.

use super::{DraftMissing, LoadFailed, Loading, SessionClosed};
use crate::api::respond::{step_view, QuestionStep, StepData};
use crate::components::authored::{lang_attr, Authored};
use crate::components::help_lines::HelpIfAsked;
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
                    Ok(StepData::Elsewhere { n }) => {
                        let path = format!("/r/{token}/q/{n}");
                        view! { <leptos_router::components::Redirect path /> }.into_any()
                    }
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
    #[cfg(feature = "hydrate")]
    if q.live {
        follow_room(&token, q.n);
    } else {
        keep_for_offline(&token);
    }
    let paced = q.paced.then(|| view! { <p class="hint paced-hint">{t("paced-hint")}</p> });
    let (n, total) = (q.n, q.total);
    let read_lang = q.prompt.lang.code();
    view! {
        <Title text=title />
        <HelpIfAsked />
        <Progress n total />
        {paced}
        // Shown by the page's script only when the phone has a voice for the
        // question's language.
        <button type="button" class="button subtle read-aloud" data-read-aloud data-lang=read_lang>
            <span aria-hidden="true">"🔊 "</span>
            {t("read-aloud")}
        </button>
        <PostForm action=format!("/r/{token}/q/{n}") class="question">
            <QuestionFields q />
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

/// "Question 3 of 7", as text and as a bar.
#[component]
pub fn Progress(n: usize, total: usize) -> impl IntoView {
    let progress = t_args("progress", &[("n", n.into()), ("total", total.into())]);
    view! {
        <p class="progress-text" id="progress-text">
            {progress}
        </p>
        <progress max=total.to_string() value=n.to_string() aria-labelledby="progress-text">
            {format!("{n}/{total}")}
        </progress>
    }
}

/// A question's prompt, help line and answer field: what a young person reads and
/// fills in. Shared by the respondent's page and the facilitator's preview, so
/// the preview cannot drift from what phones show.
#[component]
pub fn QuestionFields(q: QuestionStep) -> impl IntoView {
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
    match q.kind {
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
    }
}

/// Asks the service worker to keep this survey's pages, so it can be finished
/// without network. A page loaded whole is noticed by the worker itself; one
/// reached by a client-side move is not, hence this word from the page.
#[cfg(feature = "hydrate")]
fn keep_for_offline(token: &str) {
    let Some(worker) = window().navigator().service_worker().controller() else { return };
    let _ = worker.post_message(&wasm_bindgen::JsValue::from_str(&format!("prepare:{token}")));
}

/// In a live session, moves to the room's question whenever the facilitator moves
/// on in paced mode. The stream says only a question number; without scripts the
/// phone gets there on its next page load instead.
#[cfg(feature = "hydrate")]
fn follow_room(token: &str, n: usize) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let navigate = leptos_router::hooks::use_navigate();
    let Ok(source) = web_sys::EventSource::new(&format!("/r/{token}/events")) else { return };
    let token = token.to_string();
    let on_current =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let at = e.data().as_string().and_then(|d| d.parse::<usize>().ok());
            if let Some(at) = at.filter(|at| *at != n) {
                navigate(&format!("/r/{token}/q/{at}"), Default::default());
            }
        });
    let _ = source.add_event_listener_with_callback("current", on_current.as_ref().unchecked_ref());
    let held = send_wrapper::SendWrapper::new((source, on_current));
    on_cleanup(move || held.0.close());
}
