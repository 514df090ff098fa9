//! After sending: thanks, what happens with the answer, and that nobody can tell
//! who wrote it.

use super::{DraftMissing, LoadFailed, Loading};
use crate::api::respond::is_sent;
use crate::i18n::t;
use crate::page_title;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ThanksPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let sent = Resource::new(token, is_sent);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match sent.await {
                    Ok(true) => view! { <Thanks /> }.into_any(),
                    Ok(false) => view! { <DraftMissing sent=false /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Thanks, what happens with the answer, and that nobody can tell who wrote it:
/// also what the "saved on this phone" page turns into once the answers arrived.
#[component]
pub fn Thanks() -> impl IntoView {
    view! {
        <Title text=page_title(&t("thanks-title")) />
        <h1>{t("thanks-title")}</h1>
        <p class="lead">{t("thanks-stored")}</p>
        <h2>{t("thanks-next-heading")}</h2>
        <p>{t("thanks-next-body")}</p>
        <h2>{t("thanks-anonymous-heading")}</h2>
        <p>{t("thanks-anonymous-body")}</p>
        <p>
            <a class="button" href="/">
                {t("back-to-start")}
            </a>
        </p>
    }
}
