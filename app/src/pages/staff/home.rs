//! A staff member's own page: who they are signed in as, changing the password,
//! signing out here or everywhere.

use super::role_name;
use crate::api::staff::staff_page;
use crate::components::post_form::{posts_version, PostForm};
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::{set_status, LoadFailed, Loading};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn StaffHomePage() -> impl IntoView {
    let page = Resource::new(posts_version, |_| staff_page());
    let query = use_query_map();
    let changed = move || query.read().get("changed").is_some();
    view! {
        <Title text=page_title(&t("staff-home-title")) />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => match p.me {
                        None => {
                            set_status(401);
                            view! {
                                <h1>{t("staff-need-sign-in")}</h1>
                                <p><a class="button primary" href="/staff/sign-in">{t("staff-sign-in-button")}</a></p>
                            }.into_any()
                        }
                        Some(me) => {
                            let (csrf_a, csrf_b, csrf_c) = (p.csrf.clone(), p.csrf.clone(), p.csrf);
                            view! {
                                <h1>{t_args("staff-hello", &[("name", me.name.clone().into())])}</h1>
                                <p>{t_args("staff-role-line", &[("role", role_name(me.role).into())])}</p>
                                {changed().then(|| view! { <p class="notice" role="status">{t("staff-password-changed")}</p> })}
                                <StaffLinks role=me.role />
                                <h2>{t("staff-change-password-heading")}</h2>
                                <PostForm action="/staff/password" class="change-password">
                                    <input type="hidden" name="csrf" value=csrf_a />
                                    <label for="current">{t("staff-current-password-label")}</label>
                                    <input id="current" name="current" type="password" required autocomplete="current-password" />
                                    <label for="new">{t("staff-new-password-label")}</label>
                                    <p id="new-hint" class="hint">{t("staff-new-password-hint")}</p>
                                    <input id="new" name="new" type="password" required minlength="12" autocomplete="new-password" aria-describedby="new-hint" />
                                    <div class="nav-buttons">
                                        <button type="submit" class="button">{t("staff-change-password-button")}</button>
                                    </div>
                                </PostForm>
                                <h2>{t("staff-sign-out-heading")}</h2>
                                <PostForm action="/staff/sign-out">
                                    <input type="hidden" name="csrf" value=csrf_b />
                                    <button type="submit" class="button">{t("staff-sign-out-button")}</button>
                                </PostForm>
                                <p class="hint">{t("staff-sign-out-everywhere-hint")}</p>
                                <PostForm action="/staff/sign-out-everywhere">
                                    <input type="hidden" name="csrf" value=csrf_c />
                                    <button type="submit" class="button">{t("staff-sign-out-everywhere-button")}</button>
                                </PostForm>
                            }.into_any()
                        }
                    },
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Where each role goes from its own page.
#[component]
fn StaffLinks(role: domain::Role) -> impl IntoView {
    let links = match role {
        domain::Role::Admin => vec![("/staff/admin", t("staff-admin-title"))],
        domain::Role::Facilitator => vec![("/staff/consultations", t("staff-consultations-title"))],
        domain::Role::Reviewer => vec![
            ("/staff/overview", t("overview-title")),
            ("/staff/themes", t("staff-cross-themes-title")),
            ("/staff/review/texts", t("staff-review-texts-title")),
            ("/staff/publications", t("publications-title")),
        ],
    };
    links
        .into_iter()
        .map(|(href, label)| view! { <p><a class="button primary" href=href>{label}</a></p> })
        .collect_view()
}
