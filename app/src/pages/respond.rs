//! What young people see: join, answer one question at a time, say (if they like)
//! their age band and county, send, and read what happens next.

pub mod about;
pub mod accessibility;
pub mod heard;
pub mod join;
pub mod offline;
pub mod question;
pub mod thanks;
pub mod welcome;

use crate::i18n::t;
use leptos::prelude::*;

/// Sets the HTTP status of the page being rendered on the server. Routes that use
/// it render in `SsrMode::Async`, so the status is set before headers go out.
pub(crate) fn set_status(_code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(resp), Ok(status)) =
        (use_context::<leptos_axum::ResponseOptions>(), axum::http::StatusCode::from_u16(_code))
    {
        resp.set_status(status);
    }
}

/// Shown while a page's data loads after a client-side navigation.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" aria-live="polite">{t("loading")}</p> }
}

/// Shown when a page's data could not be loaded at all.
#[component]
pub fn LoadFailed() -> impl IntoView {
    set_status(500);
    reload_if_navigated();
    view! {
        <h1>{t("error-title")}</h1>
        <p>{t("error-generic")}</p>
    }
}

/// After a client-side move the page's data comes from the server alone; when that
/// fails (no network), the same address is loaded as a whole page instead, which
/// the service worker can answer from what it kept. A page that was loaded whole
/// and still failed stays as it is, so this never loops.
fn reload_if_navigated() {
    #[cfg(feature = "hydrate")]
    {
        let location = leptos_router::hooks::use_location();
        Effect::new(move || {
            let here = crate::path_and_query(
                &location.pathname.get_untracked(),
                &location.search.get_untracked(),
            );
            if crate::loaded_at().is_some_and(|loaded| loaded != here) {
                let _ = window().location().assign(&here);
            }
        });
    }
}

/// A draft that is gone: either its answers were sent, or it expired.
#[component]
pub fn DraftMissing(sent: bool) -> impl IntoView {
    set_status(if sent { 200 } else { 404 });
    let (title, body) = if sent {
        (t("already-sent-title"), t("already-sent-body"))
    } else {
        (t("draft-missing-title"), t("draft-missing-body"))
    };
    view! {
        <h1>{title}</h1>
        <p>{body}</p>
        <p>
            <a class="button" href="/">
                {t("back-to-start")}
            </a>
        </p>
    }
}

#[component]
pub fn SessionClosed() -> impl IntoView {
    set_status(410);
    view! {
        <h1>{t("closed-title")}</h1>
        <p>{t("closed-body")}</p>
        <p>
            <a class="button" href="/">
                {t("back-to-start")}
            </a>
        </p>
    }
}
