//! Publishing for the Innsatsgruppe's reviewers: the form that publishes one view of
//! the overview as "what we heard" (with the figures exactly as the public will see
//! them), and the list of publications, where "what we did" is added and a
//! publication is withdrawn from the public page or put back.

use super::Refused;
use crate::api::editor::EditText;
use crate::api::publish::{
    load_new_publication, load_publications, NewPublicationData, PublicationView, PublicationsData,
};
use crate::components::figures::Figures;
use crate::components::lang_fields::LangFields;
use crate::components::post_form::{posts_version, PostForm};
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::heard::Published;
use crate::pages::respond::{set_status, LoadFailed, Loading};
use domain::publication::{MAX_HEARD_CHARS, MAX_TITLE_CHARS, MAX_UPDATE_CHARS};
use domain::Lang;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

/// Four empty fields.
fn blank() -> EditText {
    EditText {
        values: Lang::ALL.iter().map(|l| (*l, String::new())).collect(),
        missing: Vec::new(),
    }
}

#[component]
pub fn PublicationsPage() -> impl IntoView {
    let data = Resource::new(posts_version, |_| load_publications());
    view! {
        <Title text=page_title(&t("publications-title")) />
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(PublicationsData::Ready { csrf, publications }) => view! {
                        <h1>{t("publications-title")}</h1>
                        <p class="lead">{t("publications-explain")}</p>
                        <p>
                            <a href="/staff/overview">{t("publications-from-overview")}</a>
                            " · "
                            <a href="/heard">{t("publications-public-page")}</a>
                        </p>
                        {publications.is_empty().then(|| view! { <p class="notice">{t("publications-none")}</p> })}
                        {publications
                            .into_iter()
                            .map(|p| view! { <Managed p csrf=csrf.clone() /> })
                            .collect_view()}
                    }
                    .into_any(),
                    Ok(PublicationsData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(PublicationsData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// A publication as the public sees it, with what a reviewer can do to it.
#[component]
fn Managed(p: PublicationView, csrf: String) -> impl IntoView {
    let id = p.id;
    let withdrawn = p.withdrawn;
    let (status, action, button) = if withdrawn {
        (t("publications-withdrawn"), "restore", t("publications-restore"))
    } else {
        (t("publications-public"), "withdraw", t("publications-withdraw"))
    };
    let update_csrf = csrf.clone();
    view! {
        <div class="managed-publication" class:withdrawn=withdrawn>
            <p class="status">{status}</p>
            <Published p />
            <PostForm action=format!("/staff/publications/{id}/updates") class="publication-update">
                <input type="hidden" name="csrf" value=update_csrf />
                <LangFields
                    legend=t("publications-update-legend")
                    name="body"
                    ids=format!("update-{id}")
                    text=blank()
                    max=MAX_UPDATE_CHARS
                    multiline=true
                />
                <div class="nav-buttons">
                    <button type="submit" class="button primary">{t("publications-update-button")}</button>
                </div>
            </PostForm>
            <PostForm action=format!("/staff/publications/{id}/{action}") class="publication-withdraw">
                <input type="hidden" name="csrf" value=csrf />
                <button type="submit" class="button">{button}</button>
            </PostForm>
        </div>
    }
}

#[component]
pub fn NewPublicationPage() -> impl IntoView {
    let location = use_location();
    let data = Resource::new(move || location.search.get(), load_new_publication);
    view! {
        <Title text=page_title(&t("publications-new-title")) />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(NewPublicationData::Ready { csrf, query, described, figures }) => {
                        let used = if described.is_empty() {
                            t("overview-no-filters")
                        } else {
                            described.join(" · ")
                        };
                        let back = if query.is_empty() {
                            "/staff/overview".to_string()
                        } else {
                            format!("/staff/overview?{query}")
                        };
                        view! {
                            <h1>{t("publications-new-title")}</h1>
                            <p class="lead">{t("publications-new-explain")}</p>
                            <p>{t_args("overview-showing", &[("filters", used.into())])}</p>
                            <p><a href=back>{t("publications-back-to-overview")}</a></p>
                            <section class="preview-figures" aria-labelledby="preview-heading">
                                <h2 id="preview-heading">{t("publications-preview-heading")}</h2>
                                <p class="hint">{t_args("publications-preview-explain", &[("k", figures.k.into())])}</p>
                                <Figures figures=*figures id="preview".to_string() />
                            </section>
                            <PostForm action="/staff/publications" class="publish">
                                <input type="hidden" name="csrf" value=csrf />
                                <input type="hidden" name="query" value=query />
                                <LangFields
                                    legend=t("publications-title-legend")
                                    name="title"
                                    ids="title".to_string()
                                    text=blank()
                                    max=MAX_TITLE_CHARS
                                    multiline=false
                                />
                                <LangFields
                                    legend=t("publications-heard-legend")
                                    name="heard"
                                    ids="heard".to_string()
                                    text=blank()
                                    max=MAX_HEARD_CHARS
                                    multiline=true
                                />
                                <div class="nav-buttons">
                                    <button type="submit" class="button primary">{t("publications-publish-button")}</button>
                                </div>
                            </PostForm>
                        }
                        .into_any()
                    }
                    Ok(NewPublicationData::BadFilter) => {
                        set_status(400);
                        view! {
                            <h1>{t("publications-new-title")}</h1>
                            <p class="notice">{t("overview-bad-filter")}</p>
                            <p><a href="/staff/overview">{t("overview-reset")}</a></p>
                        }
                        .into_any()
                    }
                    Ok(NewPublicationData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(NewPublicationData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
