//! Ungstemme's Leptos application: the HTML shell, the routes, the pages and the
//! server functions that feed them. Compiled twice: with `ssr` into the server, with
//! `hydrate` into the browser's WebAssembly.
//!
//! Every page works as plain server-rendered HTML with real form posts; hydration
//! only turns page loads into client-side navigation.

pub mod api;
#[cfg(feature = "ssr")]
pub mod auth;
pub mod components;
pub mod i18n;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod render;
pub mod security;
#[cfg(feature = "ssr")]
pub mod templates;

use components::chrome::Chrome;
use domain::Lang;
use i18n::{t, Locale};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path, SsrMode,
};
use pages::not_found::NotFound;
use pages::respond::{
    about::AboutPage,
    accessibility::AccessibilityPage,
    heard::HeardPage,
    join::JoinPage,
    offline::{OfflinePage, SavedPage},
    question::QuestionPage,
    thanks::ThanksPage,
    welcome::WelcomePage,
};
use pages::staff::{
    admin::AdminPage,
    consultations::ConsultationsPage,
    editor::{EditorPage, PreviewPage},
    home::StaffHomePage,
    invite::InvitePage,
    overview::OverviewPage,
    presenter::PresenterPage,
    publications::{NewPublicationPage, PublicationsPage},
    review_texts::ReviewTextsPage,
    session::{PosterPage, SessionPage},
    sign_in::SignInPage,
    texts::TextsPage,
    themes::ThemesPage,
};

/// Where the stylesheet, script and WebAssembly are served from.
pub const PKG_PATH: &str = "/pkg";
/// The accent colour of the stylesheet: the browser's bar and the installed
/// app's title bar.
pub const THEME_COLOUR: &str = "#4b2bb3";

/// Base name of the built browser bundle (`ungstemme.js`, `ungstemme_bg.wasm`).
pub const OUTPUT_NAME: &str = "ungstemme";

/// The whole HTML document, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = i18n::request_lang();
    let bundle = options.output_name.to_string();
    #[cfg(feature = "ssr")]
    set_content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <meta name="theme-color" content=THEME_COLOUR />
                <link rel="stylesheet" href=format!("{PKG_PATH}/{bundle}.css") />
                // The manifest is fetched without cookies: the language goes in its address.
                <link rel="manifest" href=format!("/manifest.webmanifest?lang={}", lang.code()) />
                <link rel="icon" type="image/png" href="/icons/icon-192.png" />
                <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" />
                // Small and plain: starts the hydration after the page has loaded (the
                // pages work as plain forms until then), the service worker, the
                // outbox's news and read-aloud.
                <script src=format!("{PKG_PATH}/{bundle}.page.js") defer=true></script>
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The page's policy names the nonce Leptos gives the inline scripts it writes
/// for hydration; no other inline script can run.
#[cfg(feature = "ssr")]
fn set_content_security_policy() {
    use axum::http::{header, HeaderValue};
    let (Some(nonce), Some(res)) =
        (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>())
    else {
        return;
    };
    if let Ok(v) = HeaderValue::from_str(&security::content_security_policy(Some(&nonce))) {
        res.insert_header(header::CONTENT_SECURITY_POLICY, v);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let lang: Lang = i18n::request_lang();
    provide_context(Locale(lang));
    provide_context(components::post_form::Posts(RwSignal::new(0)));

    view! {
        <Router>
            <AppChrome>
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=WelcomePage />
                    <Route path=path!("/heard") view=HeardPage ssr=SsrMode::Async />
                    <Route path=path!("/tilgjengelighet") view=AccessibilityPage />
                    <Route path=path!("/j") view=JoinPage ssr=SsrMode::Async />
                    <Route path=path!("/j/:code") view=JoinPage ssr=SsrMode::Async />
                    <Route path=path!("/r/:token/q/:n") view=QuestionPage ssr=SsrMode::Async />
                    <Route path=path!("/r/:token/about") view=AboutPage ssr=SsrMode::Async />
                    <Route path=path!("/r/:token/thanks") view=ThanksPage ssr=SsrMode::Async />
                    <Route path=path!("/r/:token/saved") view=SavedPage ssr=SsrMode::Async />
                    <Route path=path!("/offline") view=OfflinePage />
                    <Route path=path!("/staff/sign-in") view=SignInPage ssr=SsrMode::Async />
                    <Route path=path!("/staff") view=StaffHomePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/admin") view=AdminPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/consultations") view=ConsultationsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/consultations/:id/edit") view=EditorPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/consultations/:id/preview/:n") view=PreviewPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/sessions/:code") view=SessionPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/sessions/:code/poster") view=PosterPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/sessions/:code/texts") view=TextsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/sessions/:code/present") view=PresenterPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/invite/:token") view=InvitePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/themes") view=ThemesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/overview") view=OverviewPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/review/texts") view=ReviewTextsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/publications") view=PublicationsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/publications/new") view=NewPublicationPage ssr=SsrMode::Async />
                </Routes>
            </AppChrome>
        </Router>
    }
}

/// The page frame around every route, with language links that come back here.
#[component]
fn AppChrome(children: Children) -> impl IntoView {
    let location = use_location();
    let here =
        Signal::derive(move || path_and_query(&location.pathname.get(), &location.search.get()));
    // After a client-side navigation, move focus to the new page's main region,
    // as a full page load would, so screen readers announce the new question.
    // Effects run only in the browser; the first run is the hydrated page itself.
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            if let Some(main) = document().get_element_by_id("main") {
                use wasm_bindgen::JsCast;
                if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = main.focus();
                }
            }
        }
        path
    });
    view! { <Chrome here>{children()}</Chrome> }
}

/// A local address as the router knows it: the path, and `?query` when there is one.
pub fn path_and_query(path: &str, search: &str) -> String {
    match search.trim_start_matches('?') {
        "" => path.to_string(),
        query => format!("{path}?{query}"),
    }
}

/// The address this document was loaded at (path and query), set once before
/// hydration; later addresses were reached by client-side navigation.
#[cfg(feature = "hydrate")]
static LOADED_AT: std::sync::OnceLock<String> = std::sync::OnceLock::new();

#[cfg(feature = "hydrate")]
pub fn remember_loaded_at() {
    let location = window().location();
    let here = path_and_query(
        &location.pathname().unwrap_or_default(),
        &location.search().unwrap_or_default(),
    );
    let _ = LOADED_AT.set(here);
}

#[cfg(feature = "hydrate")]
pub fn loaded_at() -> Option<&'static str> {
    LOADED_AT.get().map(String::as_str)
}

/// The heading every page title ends with.
pub fn page_title(part: &str) -> String {
    format!("{part} – {}", t("app-name"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn path_and_query_has_one_question_mark_or_none() {
        assert_eq!(super::path_and_query("/j", ""), "/j");
        assert_eq!(super::path_and_query("/r/t/q/1", "help=1"), "/r/t/q/1?help=1");
        assert_eq!(super::path_and_query("/r/t/q/1", "?help=1"), "/r/t/q/1?help=1");
    }
}
