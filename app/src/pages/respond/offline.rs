//! The two pages a phone shows without network: "you are offline" when a page was
//! never kept, and "your answers are saved on this phone" after sending with no
//! network. Both are kept by the service worker in the reader's language.

use super::thanks::Thanks;
use super::{LoadFailed, Loading};
use crate::api::respond::is_sent;
use crate::i18n::t;
use crate::page_title;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <Title text=page_title(&t("offline-title")) />
        <h1>{t("offline-title")}</h1>
        <p class="lead">{t("offline-body")}</p>
        <p>{t("offline-kept")}</p>
        <p>
            <a class="button" href="/">
                {t("back-to-start")}
            </a>
        </p>
    }
}

/// After "send" without network. The page's script listens for the service
/// worker's word that the answers went (then the thank-you page follows) or were
/// refused (then that paragraph shows).
#[component]
pub fn SavedPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let sent = Resource::new(token, is_sent);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match sent.await {
                    // Opened again after the answers arrived.
                    Ok(true) => view! { <Thanks /> }.into_any(),
                    Ok(false) => view! {
                        <div data-saved=token()>
                            <Title text=page_title(&t("saved-title")) />
                            <h1>{t("saved-title")}</h1>
                            <p class="lead">{t("saved-body")}</p>
                            <p>{t("saved-close")}</p>
                            <p class="form-error" data-refused hidden>
                                {t("saved-refused")}
                            </p>
                        </div>
                    }
                    .into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
