//! The administrator's page: organisations, staff, and one-time invite links.

use super::role_name;
use crate::api::staff::{load_admin, AdminData};
use crate::components::post_form::{posts_version, PostForm};
use crate::i18n::t;
use crate::page_title;
use crate::pages::respond::{set_status, LoadFailed, Loading};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || (posts_version(), query.read().get("invite")),
        |(_, invite)| load_admin(invite),
    );
    view! {
        <Title text=page_title(&t("staff-admin-title")) />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(AdminData::Ready { csrf, organisations, staff, new_invite_link }) => {
                        view! { <Admin csrf organisations staff new_invite_link /> }.into_any()
                    }
                    Ok(AdminData::SignedOut) => {
                        set_status(401);
                        view! {
                            <h1>{t("staff-need-sign-in")}</h1>
                            <p><a class="button primary" href="/staff/sign-in">{t("staff-sign-in-button")}</a></p>
                        }.into_any()
                    }
                    Ok(AdminData::Forbidden) => {
                        set_status(403);
                        view! {
                            <h1>{t("staff-forbidden-title")}</h1>
                            <p>{t("staff-forbidden-body")}</p>
                        }.into_any()
                    }
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Admin(
    csrf: String,
    organisations: Vec<(i64, String)>,
    staff: Vec<crate::api::staff::StaffRow>,
    new_invite_link: Option<String>,
) -> impl IntoView {
    let org_options = organisations
        .iter()
        .map(|(id, name)| view! { <option value=id.to_string()>{name.clone()}</option> })
        .collect_view();
    let org_list =
        organisations.iter().map(|(_, name)| view! { <li>{name.clone()}</li> }).collect_view();
    let rows = staff
        .into_iter()
        .map(|s| {
            view! {
                <tr>
                    <td>{s.name}</td>
                    <td>{s.email}</td>
                    <td>{role_name(s.role)}</td>
                    <td>{s.organisation.unwrap_or_default()}</td>
                    <td>{if s.pending { t("staff-admin-pending") } else { t("staff-admin-active") }}</td>
                </tr>
            }
        })
        .collect_view();
    let link = new_invite_link.map(|link| {
        view! {
            <div class="notice" role="status">
                <p>{t("staff-admin-invite-link")}</p>
                <p><code class="invite-link">{link}</code></p>
            </div>
        }
    });
    let csrf_b = csrf.clone();
    view! {
        <h1>{t("staff-admin-title")}</h1>
        {link}
        <h2>{t("staff-admin-invite-heading")}</h2>
        <PostForm action="/staff/admin/invites" class="invite">
            <input type="hidden" name="csrf" value=csrf_b />
            <label for="invite-name">{t("staff-admin-invite-name-label")}</label>
            <input id="invite-name" name="name" type="text" required autocomplete="off" />
            <label for="invite-email">{t("staff-email-label")}</label>
            <input id="invite-email" name="email" type="email" required autocomplete="off" />
            <label for="invite-role">{t("staff-admin-invite-role-label")}</label>
            <select id="invite-role" name="role">
                <option value="facilitator">{t("staff-role-facilitator")}</option>
                <option value="reviewer">{t("staff-role-reviewer")}</option>
                <option value="admin">{t("staff-role-admin")}</option>
            </select>
            <label for="invite-org">{t("staff-admin-invite-org-label")}</label>
            <select id="invite-org" name="organisation">
                <option value="">{t("staff-admin-invite-org-none")}</option>
                {org_options}
            </select>
            <div class="nav-buttons">
                <button type="submit" class="button primary">{t("staff-admin-invite-button")}</button>
            </div>
        </PostForm>
        <h2>{t("staff-admin-organisations-heading")}</h2>
        <ul>{org_list}</ul>
        <PostForm action="/staff/admin/organisations" class="new-org">
            <input type="hidden" name="csrf" value=csrf />
            <label for="org-name">{t("staff-admin-org-name-label")}</label>
            <input id="org-name" name="name" type="text" required />
            <div class="nav-buttons">
                <button type="submit" class="button">{t("staff-admin-create-org-button")}</button>
            </div>
        </PostForm>
        <h2 id="staff-heading">{t("staff-admin-staff-heading")}</h2>
        // A wide table scrolls sideways on a phone; keyboard users must reach it.
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="staff-heading">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{t("staff-admin-invite-name-label")}</th>
                        <th scope="col">{t("staff-email-label")}</th>
                        <th scope="col">{t("staff-admin-invite-role-label")}</th>
                        <th scope="col">{t("staff-admin-invite-org-label")}</th>
                        <th scope="col">{t("staff-admin-status")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
