//! The page for an address that does not exist.

use crate::i18n::t;
use crate::page_title;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
        resp.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=page_title(&t("not-found-title")) />
        <h1>{t("not-found-title")}</h1>
        <p>{t("not-found-body")}</p>
        <p>
            <a class="button" href="/">
                {t("back-to-start")}
            </a>
        </p>
    }
}
