//! The consultation editor: titles, introductions, questions and options in each
//! of the four languages, with the missing ones named; adding, moving and removing
//! questions and options until the first response is stored; and a preview that
//! shows each question exactly as a phone does. Every change is a plain form post.

use super::Refused;
use crate::api::editor::{
    load_editor, load_preview, EditOption, EditQuestion, EditText, EditorData, PreviewData,
};
use crate::components::authored::Authored;
use crate::components::lang_fields::LangFields;
use crate::components::post_form::{posts_version, PostForm};
use crate::i18n::{t, t_args, use_lang, Locale};
use crate::page_title;
use crate::pages::respond::question::{Progress, QuestionFields};
use crate::pages::respond::{set_status, LoadFailed, Loading};
use domain::authoring::{
    MAX_CONSULTATION_TITLE_CHARS, MAX_HELP_CHARS, MAX_INTRO_CHARS, MAX_OPTION_CHARS,
    MAX_PROMPT_CHARS,
};
use domain::{Lang, QuestionKind};
use leptos::context::Provider;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

pub fn kind_name(kind: QuestionKind) -> String {
    t(&format!("staff-kind-{}", kind.id().replace('_', "-")))
}

fn base(id: i64) -> String {
    format!("/staff/consultations/{id}")
}

fn not_found() -> AnyView {
    set_status(404);
    view! {
        <h1>{t("not-found-title")}</h1>
        <p><a href="/staff/consultations">{t("staff-consultations-title")}</a></p>
    }
    .into_any()
}

#[component]
pub fn EditorPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let data = Resource::new(move || (id(), posts_version()), |(id, _)| load_editor(id));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(EditorData::Ready { csrf, id, heading, title, intro, questions, locked }) => {
                        view! { <Editor csrf id heading title intro questions locked /> }.into_any()
                    }
                    Ok(EditorData::NotFound) => not_found(),
                    Ok(EditorData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(EditorData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Editor(
    csrf: String,
    id: i64,
    heading: crate::api::respond::Text,
    title: EditText,
    intro: EditText,
    questions: Vec<EditQuestion>,
    locked: bool,
) -> impl IntoView {
    let total = questions.len();
    let preview = (total > 0).then(|| {
        view! {
            " · "
            <a href=format!("{}/preview/1", base(id))>{t("staff-editor-preview")}</a>
        }
    });
    let lock_note =
        locked.then(|| view! { <p class="notice" role="note">{t("staff-editor-locked")}</p> });
    let list = questions
        .into_iter()
        .enumerate()
        .map(|(i, q)| view! { <QuestionEditor csrf=csrf.clone() cid=id n=i + 1 total q locked /> })
        .collect_view();
    let empty = (total == 0).then(|| view! { <p>{t("staff-editor-no-questions")}</p> });
    let add = (!locked).then(|| view! { <AddQuestion csrf=csrf.clone() cid=id /> });
    view! {
        <Title text=page_title(&format!("{} – {}", t("staff-editor-title"), heading.text)) />
        <h1>{t("staff-editor-title")}": "<Authored text=heading /></h1>
        <p>
            <a href="/staff/consultations">{t("staff-consultations-title")}</a>
            {preview}
        </p>
        <p class="hint">{t("staff-editor-fallback-explain")}</p>
        {lock_note}
        <section id="texts" aria-labelledby="texts-heading">
            <h2 id="texts-heading">{t("staff-editor-texts-heading")}</h2>
            <PostForm action=format!("{}/texts", base(id))>
                <input type="hidden" name="csrf" value=csrf.clone() />
                <LangFields
                    legend=t("staff-editor-title-legend")
                    name="title"
                    ids="title".to_string()
                    text=title
                    max=MAX_CONSULTATION_TITLE_CHARS
                    multiline=false
                />
                <LangFields
                    legend=t("staff-editor-intro-legend")
                    name="intro"
                    ids="intro".to_string()
                    text=intro
                    max=MAX_INTRO_CHARS
                    multiline=true
                />
                <div class="nav-buttons">
                    <button type="submit" class="button primary">{t("staff-editor-save-texts")}</button>
                </div>
            </PostForm>
        </section>
        <section id="questions" aria-labelledby="questions-heading">
            <h2 id="questions-heading">{t("staff-editor-questions-heading")}</h2>
            {empty}
            <ol class="editor-questions">{list}</ol>
        </section>
        {add}
    }
    .into_any()
}

/// A select of the four languages, the page's own chosen.
#[component]
fn LangSelect(id: String) -> impl IntoView {
    let current = use_lang();
    let options = Lang::ALL
        .into_iter()
        .map(|l| view! { <option value=l.code() selected=l == current>{l.endonym()}</option> })
        .collect_view();
    view! {
        <label for=id.clone()>{t("staff-editor-language-label")}</label>
        <select id=id name="lang">{options}</select>
    }
}

#[component]
fn QuestionEditor(
    csrf: String,
    cid: i64,
    n: usize,
    total: usize,
    q: EditQuestion,
    locked: bool,
) -> impl IntoView {
    let qid = q.id;
    let action = format!("{}/questions/{qid}", base(cid));
    let (options_csrf, structure_csrf) = (csrf.clone(), csrf.clone());
    let options = q.kind.has_options().then(|| {
        let csrf = options_csrf;
        let count = q.options.len();
        let items = q
            .options
            .into_iter()
            .map(|o| {
                let removable = !locked && count > domain::authoring::MIN_OPTIONS;
                view! {
                    <OptionEditor
                        csrf=csrf.clone()
                        action=format!("{action}/options/{}", o.id)
                        o
                        removable
                    />
                }
            })
            .collect_view();
        let add = (!locked).then(|| {
            let input_id = format!("q{qid}-new-option");
            view! {
                <PostForm action=format!("{action}/options") class="add-option">
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <LangSelect id=format!("{input_id}-lang") />
                    <label for=input_id.clone()>{t("staff-editor-option-new-label")}</label>
                    <input type="text" id=input_id name="label" maxlength=MAX_OPTION_CHARS.to_string() />
                    <button type="submit" class="button">{t("staff-editor-option-add")}</button>
                </PostForm>
            }
        });
        view! {
            <h4>{t("staff-editor-options-heading")}</h4>
            <ul class="editor-options">{items}</ul>
            {add}
        }
    });
    let structure = (!locked).then(|| {
        let csrf = structure_csrf;
        let up = (n > 1).then(|| view! { <MoveButton csrf=csrf.clone() action=action.clone() n up=true /> });
        let down = (n < total).then(|| view! { <MoveButton csrf=csrf.clone() action=action.clone() n up=false /> });
        view! {
            <div class="question-actions">
                {up}
                {down}
                <details class="delete-question">
                    <summary>{t_args("staff-editor-delete-question", &[("n", n.into())])}</summary>
                    <PostForm action=format!("{action}/delete")>
                        <input type="hidden" name="csrf" value=csrf.clone() />
                        <p>{t("staff-editor-delete-warning")}</p>
                        <button type="submit" class="button">{t_args("staff-editor-delete-confirm", &[("n", n.into())])}</button>
                    </PostForm>
                </details>
            </div>
        }
    });
    view! {
        <li id=format!("q-{qid}") class="editor-question">
            <section aria-labelledby=format!("q-{qid}-heading")>
                <h3 id=format!("q-{qid}-heading")>
                    {t_args("staff-editor-question-heading", &[("n", n.into()), ("kind", kind_name(q.kind).into())])}
                </h3>
                <PostForm action=action.clone()>
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <LangFields
                        legend=t("staff-editor-prompt-legend")
                        name="prompt"
                        ids=format!("q{qid}-prompt")
                        text=q.prompt
                        max=MAX_PROMPT_CHARS
                        multiline=true
                    />
                    <LangFields
                        legend=t("staff-editor-help-legend")
                        name="help"
                        ids=format!("q{qid}-help")
                        text=q.help
                        max=MAX_HELP_CHARS
                        multiline=false
                    />
                    <div class="nav-buttons">
                        <button type="submit" class="button primary">
                            {t_args("staff-editor-save-question", &[("n", n.into())])}
                        </button>
                    </div>
                </PostForm>
                {options}
                {structure}
                <p><a href=format!("{}/preview/{n}", base(cid))>{t_args("staff-editor-preview-question", &[("n", n.into())])}</a></p>
            </section>
        </li>
    }
    .into_any()
}

#[component]
fn MoveButton(csrf: String, action: String, n: usize, up: bool) -> impl IntoView {
    let (direction, label) = if up {
        ("up", t_args("staff-editor-move-up", &[("n", n.into())]))
    } else {
        ("down", t_args("staff-editor-move-down", &[("n", n.into())]))
    };
    view! {
        <PostForm action=format!("{action}/move") class="move">
            <input type="hidden" name="csrf" value=csrf />
            <input type="hidden" name="direction" value=direction />
            <button type="submit" class="button subtle">{label}</button>
        </PostForm>
    }
}

#[component]
fn OptionEditor(csrf: String, action: String, o: EditOption, removable: bool) -> impl IntoView {
    let oid = o.id;
    let remove_csrf = csrf.clone();
    let remove = removable.then(|| {
        view! {
            <PostForm action=format!("{action}/delete") class="remove-option">
                <input type="hidden" name="csrf" value=remove_csrf />
                <button type="submit" class="button subtle">{t("staff-editor-option-remove")}</button>
            </PostForm>
        }
    });
    view! {
        <li id=format!("o-{oid}")>
            <PostForm action=action.clone()>
                <input type="hidden" name="csrf" value=csrf.clone() />
                <LangFields
                    legend=t("staff-editor-option-legend")
                    name="label"
                    ids=format!("o{oid}")
                    text=o.label
                    max=MAX_OPTION_CHARS
                    multiline=false
                />
                <button type="submit" class="button">{t("staff-editor-option-save")}</button>
            </PostForm>
            {remove}
        </li>
    }
    .into_any()
}

#[component]
fn AddQuestion(csrf: String, cid: i64) -> impl IntoView {
    let kinds = QuestionKind::ALL
        .into_iter()
        .map(|k| view! { <option value=k.id()>{kind_name(k)}</option> })
        .collect_view();
    view! {
        <section id="add-question" aria-labelledby="add-question-heading">
            <h2 id="add-question-heading">{t("staff-editor-add-heading")}</h2>
            <PostForm action=format!("{}/questions", base(cid))>
                <input type="hidden" name="csrf" value=csrf />
                <label for="new-q-kind">{t("staff-editor-kind-label")}</label>
                <select id="new-q-kind" name="kind">{kinds}</select>
                <LangSelect id="new-q-lang".to_string() />
                <label for="new-q-prompt">{t("staff-editor-prompt-legend")}</label>
                <textarea id="new-q-prompt" name="prompt" rows="3" maxlength=MAX_PROMPT_CHARS.to_string()></textarea>
                <label for="new-q-options">{t("staff-editor-options-label")}</label>
                <textarea id="new-q-options" name="options" rows="4" aria-describedby="new-q-options-hint"></textarea>
                <p class="hint" id="new-q-options-hint">{t("staff-editor-options-hint")}</p>
                <div class="nav-buttons">
                    <button type="submit" class="button primary">{t("staff-editor-add-button")}</button>
                </div>
            </PostForm>
        </section>
    }
    .into_any()
}

/// Starting a consultation from nothing but a title, beside the templates.
#[component]
pub fn NewConsultation(csrf: String) -> impl IntoView {
    view! {
        <section class="new-consultation" aria-labelledby="new-consultation-heading">
            <h2 id="new-consultation-heading">{t("staff-new-heading")}</h2>
            <PostForm action="/staff/consultations/new">
                <input type="hidden" name="csrf" value=csrf />
                <LangSelect id="new-c-lang".to_string() />
                <label for="new-c-title">{t("staff-editor-title-legend")}</label>
                <input type="text" id="new-c-title" name="title" maxlength=MAX_CONSULTATION_TITLE_CHARS.to_string() />
                <label for="new-c-intro">{t("staff-new-intro-label")}</label>
                <textarea id="new-c-intro" name="intro" rows="3" maxlength=MAX_INTRO_CHARS.to_string() aria-describedby="new-c-intro-hint"></textarea>
                <p class="hint" id="new-c-intro-hint">{t("staff-new-intro-hint")}</p>
                <div class="nav-buttons">
                    <button type="submit" class="button">{t("staff-new-button")}</button>
                </div>
            </PostForm>
        </section>
    }
}

#[component]
pub fn PreviewPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let p = params.read();
        let n = p.get("n").and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
        (p.get("id").unwrap_or_default(), n, query.read().get("lang"))
    };
    let data = Resource::new(key, |(id, n, lang)| load_preview(id, n, lang));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(PreviewData::Ready { id, lang, chosen, step }) => {
                        view! { <Preview id lang chosen step /> }.into_any()
                    }
                    Ok(PreviewData::Empty { id }) => view! {
                        <Title text=page_title(&t("staff-preview-title")) />
                        <h1>{t("staff-preview-title")}</h1>
                        <p>{t("staff-editor-no-questions")}</p>
                        <p><a href=format!("{}/edit", base(id))>{t("staff-preview-back")}</a></p>
                    }
                    .into_any(),
                    Ok(PreviewData::NotFound) => not_found(),
                    Ok(PreviewData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(PreviewData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Preview(
    id: i64,
    lang: Lang,
    chosen: bool,
    step: crate::api::respond::QuestionStep,
) -> impl IntoView {
    let (n, total) = (step.n, step.total);
    let query = if chosen { format!("?lang={}", lang.code()) } else { String::new() };
    let at = move |m: usize| format!("{}/preview/{m}{query}", base(id));
    let page_lang = use_lang();
    let langs = Lang::ALL
        .into_iter()
        .map(|l| {
            let href = format!("{}/preview/{n}?lang={}", base(id), l.code());
            let current = (l == lang).then_some("page");
            view! { <li><a href=href hreflang=l.code() lang=l.code() aria-current=current>{l.endonym()}</a></li> }
        })
        .collect_view();
    let title = page_title(&format!("{} {n}/{total}", t("staff-preview-title")));
    let next = (n < total).then(|| at(n + 1));
    let back = (n > 1).then(|| at(n - 1));
    let shown_lang = (lang != page_lang).then(|| lang.code());
    view! {
        <Title text=title />
        <div class="preview-banner" role="note">
            <p>{t("staff-preview-note")}</p>
            <p><a href=format!("{}/edit#questions", base(id))>{t("staff-preview-back")}</a></p>
            <nav aria-label=t("staff-preview-langs")>
                <ul class="preview-langs">{langs}</ul>
            </nav>
        </div>
        // The question in the previewed language, with its own interface words,
        // as a phone set to that language shows it. Nothing here is a form: the
        // buttons are links to the next and previous previews.
        <div lang=shown_lang class="preview">
            <Provider value=Locale(lang)>
                <PreviewStep step next back />
            </Provider>
        </div>
    }
    .into_any()
}

#[component]
fn PreviewStep(
    step: crate::api::respond::QuestionStep,
    next: Option<String>,
    back: Option<String>,
) -> impl IntoView {
    let (n, total) = (step.n, step.total);
    let forward = next.map(|href| {
        view! {
            <a href=href.clone() class="button primary">{t("next-button")}</a>
            <a href=href class="button">{t("skip-button")}</a>
        }
    });
    let back = back.map(|href| view! { <a href=href class="button subtle">{t("back-button")}</a> });
    view! {
        <Progress n total />
        <div class="question">
            <QuestionFields q=step />
            <div class="nav-buttons">{forward}{back}</div>
        </div>
    }
    .into_any()
}
