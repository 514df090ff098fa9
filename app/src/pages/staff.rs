//! What staff see: signing in, and their own account.

pub mod admin;
pub mod consultations;
pub mod editor;
pub mod home;
pub mod invite;
pub mod overview;
pub mod presenter;
pub mod publications;
pub mod review_texts;
pub mod session;
pub mod sign_in;
pub mod texts;
pub mod themes;

use crate::i18n::t;
use domain::Role;

pub fn role_name(role: Role) -> String {
    match role {
        Role::Admin => t("staff-role-admin"),
        Role::Facilitator => t("staff-role-facilitator"),
        Role::Reviewer => t("staff-role-reviewer"),
    }
}

/// The page for a signed-out visitor or a role that may not see this page.
#[leptos::component]
pub fn Refused(signed_out: bool) -> impl leptos::IntoView {
    use crate::pages::respond::set_status;
    use leptos::prelude::*;
    if signed_out {
        set_status(401);
        view! {
            <h1>{t("staff-need-sign-in")}</h1>
            <p><a class="button primary" href="/staff/sign-in">{t("staff-sign-in-button")}</a></p>
        }
        .into_any()
    } else {
        set_status(403);
        view! {
            <h1>{t("staff-forbidden-title")}</h1>
            <p>{t("staff-forbidden-body")}</p>
        }
        .into_any()
    }
}
