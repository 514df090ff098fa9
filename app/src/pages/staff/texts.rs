//! The moderation queue of one session: every free text and idea, already
//! redacted, waiting first. The facilitator approves, hides with a reason, hides
//! part of a text, or corrects its framework labels. Nothing unapproved is shown
//! on the presenter view or leaves the organisation.

use super::Refused;
use crate::api::moderate::{load_texts, TextRow, TextsData, ThemeView};
use crate::components::authored::Authored;
use crate::components::label_form::{Choices, LabelForm, LabelList};
use crate::components::post_form::{posts_version, PostForm};
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::{set_status, LoadFailed, Loading};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn TextsPage() -> impl IntoView {
    let params = use_params_map();
    let code = move || params.read().get("code").unwrap_or_default();
    let data = Resource::new(move || (code(), posts_version()), |(c, _)| load_texts(c));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(TextsData::Ready { csrf, code, title, help_offered, items, themes, choices }) => {
                        let waiting = items.iter().filter(|i| i.status == "pending").count();
                        let list = items
                            .into_iter()
                            .map(|item| view! { <TextCard item csrf=csrf.clone() choices=choices.clone() /> })
                            .collect_view();
                        view! {
                            <Title text=page_title(&format!("{} – {}", t("staff-moderate-title"), title.text)) />
                            <h1>{t("staff-moderate-title")}</h1>
                            <p class="lead"><Authored text=title />" · "{code.clone()}</p>
                            <p>{t_args("staff-moderate-waiting", &[("count", waiting.into())])}</p>
                            <p>{t_args("staff-help-offered", &[("count", help_offered.into())])}</p>
                            <p class="hint">{t("staff-moderate-explain")}</p>
                            <Themes themes />
                            <ol class="texts">{list}</ol>
                            <p><a href=format!("/staff/sessions/{code}")>{t("staff-moderate-back")}</a></p>
                        }
                        .into_any()
                    }
                    Ok(TextsData::NotFound) => {
                        set_status(404);
                        view! { <h1>{t("not-found-title")}</h1> }.into_any()
                    }
                    Ok(TextsData::SignedOut) => view! { <Refused signed_out=true /> }.into_any(),
                    Ok(TextsData::Forbidden) => view! { <Refused signed_out=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The groups the theme engine found, each named by its words in the languages it
/// was written in.
#[component]
fn Themes(themes: Vec<ThemeView>) -> impl IntoView {
    let body = if themes.is_empty() {
        view! { <p>{t("staff-themes-none")}</p> }.into_any()
    } else {
        let list = themes
            .into_iter()
            .map(|theme| {
                let words = theme
                    .terms
                    .into_iter()
                    .map(|(lang, terms)| view! { <span lang=lang.code()>{terms.join(", ")}</span> })
                    .collect_view();
                view! {
                    <li>
                        <span class="theme-words">{words}</span>
                        " "
                        <span class="hint">{t_args("staff-themes-size", &[("count", theme.size.into())])}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="themes">{list}</ul> }.into_any()
    };
    view! {
        <section aria-labelledby="themes-heading">
            <h2 id="themes-heading">{t("staff-themes-heading")}</h2>
            <p class="hint">{t("staff-themes-explain")}</p>
            {body}
        </section>
    }
}

fn status_name(status: &str) -> String {
    match status {
        "approved" => t("staff-moderate-status-approved"),
        "hidden" => t("staff-moderate-status-hidden"),
        _ => t("staff-moderate-status-pending"),
    }
}

#[component]
fn TextCard(item: TextRow, csrf: String, choices: Choices) -> impl IntoView {
    let id = item.id;
    let heading_id = format!("text-{id}");
    let labelled_by = heading_id.clone();
    let reason = item.reason.clone().map(|r| {
        view! { <p class="hint">{t_args("staff-moderate-reason-shown", &[("reason", r.into())])}</p> }
    });
    let title = item.title.clone().map(|title| view! { <strong>{title}</strong><br /> });
    let approve_csrf = csrf.clone();
    let help_offered = item.help_offered;
    let confirm_id = format!("confirm-{id}");
    let approve = (item.status != "approved").then(move || {
        // A text that led to help being offered is approved only on purpose: the
        // box must be ticked (the server refuses the post without it too).
        let confirm = help_offered.then(|| {
            view! {
                <p class="confirm">
                    <input type="checkbox" id=confirm_id.clone() name="confirm" value="1" required=true />
                    <label for=confirm_id.clone()>{t("staff-moderate-help-confirm")}</label>
                </p>
            }
        });
        view! {
            <PostForm action=format!("/staff/texts/{id}/approve")>
                <input type="hidden" name="csrf" value=approve_csrf />
                {confirm}
                <button type="submit" class="button primary">{t("staff-moderate-approve")}</button>
            </PostForm>
        }
    });
    let help_mark = item.help_offered.then(|| {
        view! { <p class="help-mark">{t("staff-moderate-help-offered")}</p> }
    });
    let (hide_csrf, redact_csrf) = (csrf.clone(), csrf.clone());
    let reason_id = format!("reason-{id}");
    let part_id = format!("part-{id}");
    view! {
        <li class=format!("text-card {}", item.status) aria-labelledby=labelled_by>
            <h2 id=heading_id class="text-question"><Authored text=item.question.clone() /></h2>
            <p class="status">{status_name(&item.status)}</p>
            {help_mark}
            <blockquote>{title}{item.body.clone()}</blockquote>
            {reason}
            <LabelList labels=item.labels.clone() />
            <div class="moderate-actions">
                {approve}
                <PostForm action=format!("/staff/texts/{id}/hide")>
                    <input type="hidden" name="csrf" value=hide_csrf />
                    <label for=reason_id.clone()>{t("staff-moderate-reason-label")}</label>
                    <input type="text" id=reason_id name="reason" maxlength="300" required=true />
                    <button type="submit" class="button">{t("staff-moderate-hide")}</button>
                </PostForm>
                <PostForm action=format!("/staff/texts/{id}/redact")>
                    <input type="hidden" name="csrf" value=redact_csrf />
                    <label for=part_id.clone()>{t("staff-moderate-part-label")}</label>
                    <input type="text" id=part_id name="part" required=true />
                    <button type="submit" class="button">{t("staff-moderate-redact")}</button>
                </PostForm>
                <LabelForm item=item.clone() csrf=csrf choices />
            </div>
        </li>
    }
}
