//! Accepting an invite: the invitee chooses a password and is signed in.

use crate::api::staff::{load_invite, InviteData};
use crate::components::post_form::PostForm;
use crate::i18n::{t, t_args};
use crate::page_title;
use crate::pages::respond::{set_status, LoadFailed, Loading};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn InvitePage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let data = Resource::new(token, load_invite);
    view! {
        <Title text=page_title(&t("staff-invite-heading")) />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(InviteData::Valid { name, email, csrf }) => view! {
                        <h1>{t_args("staff-invite-welcome", &[("name", name.into())])}</h1>
                        <p class="lead">{t("staff-invite-lead")}</p>
                        <PostForm action=format!("/staff/invite/{}", token()) class="accept-invite">
                            <input type="hidden" name="csrf" value=csrf />
                            <input type="hidden" name="username" value=email autocomplete="username" />
                            <label for="new">{t("staff-new-password-label")}</label>
                            <p id="new-hint" class="hint">{t("staff-new-password-hint")}</p>
                            <input id="new" name="password" type="password" required minlength="12" autocomplete="new-password" aria-describedby="new-hint" />
                            <div class="nav-buttons">
                                <button type="submit" class="button primary">{t("staff-invite-button")}</button>
                            </div>
                        </PostForm>
                    }.into_any(),
                    Ok(InviteData::Used) => {
                        set_status(410);
                        view! { <h1>{t("staff-invite-used-title")}</h1><p>{t("staff-invite-ask-again")}</p> }.into_any()
                    }
                    Ok(InviteData::Expired) => {
                        set_status(410);
                        view! { <h1>{t("staff-invite-expired-title")}</h1><p>{t("staff-invite-ask-again")}</p> }.into_any()
                    }
                    Ok(InviteData::Unknown) => {
                        set_status(404);
                        view! { <h1>{t("staff-invite-unknown-title")}</h1><p>{t("staff-invite-ask-again")}</p> }.into_any()
                    }
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
