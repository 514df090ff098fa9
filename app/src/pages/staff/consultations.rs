//! A facilitator's consultations and their sessions, and opening a new session.

use super::editor::NewConsultation;
use super::Refused;
use crate::api::staff::{load_consultations, ConsultationItem, ConsultationsData};
use crate::components::authored::Authored;
use crate::components::post_form::{posts_version, PostForm};
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::{LoadFailed, Loading};
use domain::SessionMode;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ConsultationsPage() -> impl IntoView {
    let data = Resource::new(posts_version, |_| load_consultations());
    view! {
        <Title text=page_title(&t("staff-consultations-title")) />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(ConsultationsData::Ready { csrf, items, templates }) => {
                        let empty = items.is_empty().then(|| view! { <p>{t("staff-consultations-none")}</p> });
                        let from_template = templates
                            .into_iter()
                            .map(|tpl| {
                                let csrf = csrf.clone();
                                view! {
                                    <li>
                                        <PostForm action="/staff/consultations">
                                            <input type="hidden" name="csrf" value=csrf />
                                            <input type="hidden" name="template" value=tpl.id.clone() />
                                            <Authored text=tpl.title />
                                            " ("{t_args("join-question-count", &[("count", tpl.questions.into())])}") "
                                            <button type="submit" class="button">{t("staff-template-use")}</button>
                                        </PostForm>
                                    </li>
                                }
                            })
                            .collect_view();
                        let list = items
                            .into_iter()
                            .map(|c| view! { <Consultation c csrf=csrf.clone() /> })
                            .collect_view();
                        view! {
                            <h1>{t("staff-consultations-title")}</h1>
                            {empty}
                            {list}
                            <h2>{t("staff-template-heading")}</h2>
                            <ul class="templates">{from_template}</ul>
                            <NewConsultation csrf=csrf.clone() />
                        }
                        .into_any()
                    }
                    Ok(ConsultationsData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(ConsultationsData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn mode_name(mode: SessionMode) -> String {
    match mode {
        SessionMode::Live => t("staff-session-mode-live"),
        SessionMode::Open => t("staff-session-mode-open"),
    }
}

#[component]
fn Consultation(c: ConsultationItem, csrf: String) -> impl IntoView {
    let sessions = c
        .sessions
        .into_iter()
        .map(|s| {
            let state = if s.accepting {
                t("staff-session-accepting")
            } else {
                t("staff-session-not-accepting")
            };
            view! {
                <li>
                    <a href=format!("/staff/sessions/{}", s.code)>{s.code.clone()}</a>
                    " · "{mode_name(s.mode)}" · "{state}" · "
                    {t_args("staff-session-responses", &[("count", s.responses.into())])}
                </li>
            }
        })
        .collect_view();
    let form_id = format!("new-session-{}", c.id);
    let tags = view! { <Tags id=c.id goals=c.goals arenas=c.arenas csrf=csrf.clone() /> };
    view! {
        <section class="consultation" aria-labelledby=format!("c-{}", c.id)>
            <h2 id=format!("c-{}", c.id)><Authored text=c.title /></h2>
            <p class="editor-links">
                <a href=format!("/staff/consultations/{}/edit", c.id)>{t("staff-editor-open")}</a>
                " · "
                <a href=format!("/staff/consultations/{}/preview/1", c.id)>{t("staff-editor-preview")}</a>
            </p>
            <ul>{sessions}</ul>
            {tags}
            <PostForm action="/staff/sessions" class="new-session">
                <input type="hidden" name="csrf" value=csrf />
                <input type="hidden" name="consultation" value=c.id.to_string() />
                <fieldset>
                    <legend>{t("staff-session-new")}</legend>
                    <ul class="choices">
                        <li>
                            <input type="radio" id=format!("{form_id}-live") name="mode" value="live" checked=true />
                            <label for=format!("{form_id}-live")>{t("staff-session-mode-live")}</label>
                        </li>
                        <li>
                            <input type="radio" id=format!("{form_id}-open") name="mode" value="open" />
                            <label for=format!("{form_id}-open")>{t("staff-session-mode-open")}</label>
                        </li>
                    </ul>
                    <label for=format!("{form_id}-opens")>{t("staff-session-opens")}</label>
                    <input type="date" id=format!("{form_id}-opens") name="opens" />
                    <label for=format!("{form_id}-closes")>{t("staff-session-closes")}</label>
                    <input type="date" id=format!("{form_id}-closes") name="closes" />
                    <p class="hint">{t("staff-session-dates-hint")}</p>
                </fieldset>
                <div class="nav-buttons">
                    <button type="submit" class="button primary">{t("staff-session-open-button")}</button>
                </div>
            </PostForm>
        </section>
    }
}

/// Tagging a consultation with the framework goals and arenas it is about.
#[component]
fn Tags(id: i64, goals: Vec<String>, arenas: Vec<String>, csrf: String) -> impl IntoView {
    let f = domain::framework::framework();
    let boxes = |kind: &'static str, all: &[String], chosen: Vec<String>| {
        all.iter()
            .map(|tag| {
                let input_id = format!("{kind}-{id}-{tag}");
                view! {
                    <li>
                        <input
                            type="checkbox"
                            id=input_id.clone()
                            name=kind
                            value=tag.clone()
                            checked=chosen.contains(tag)
                        />
                        <label for=input_id>{t(&format!("{kind}-{tag}"))}</label>
                    </li>
                }
            })
            .collect_view()
    };
    let goal_boxes = boxes("goal", &f.goals, goals);
    let arena_boxes = boxes("arena", &f.arenas, arenas);
    view! {
        <details class="tags">
            <summary>{t("staff-tags-legend")}</summary>
            <PostForm action=format!("/staff/consultations/{id}/tags")>
                <input type="hidden" name="csrf" value=csrf />
                <fieldset>
                    <legend>{t("framework-goals")}</legend>
                    <ul class="choices">{goal_boxes}</ul>
                </fieldset>
                <fieldset>
                    <legend>{t("framework-arenas")}</legend>
                    <ul class="choices">{arena_boxes}</ul>
                </fieldset>
                <div class="nav-buttons">
                    <button type="submit" class="button">{t("staff-tags-save")}</button>
                </div>
            </PostForm>
        </details>
    }
}
