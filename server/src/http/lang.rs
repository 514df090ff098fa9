//! Choosing a language: a plain link that sets a cookie and goes back where the
//! reader was, so it works on every phone.

use super::page;
use app::i18n::LANG_COOKIE;
use axum::extract::{Path, Query};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::Lang;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Back {
    to: Option<String>,
}

/// Only paths on this site: never `//elsewhere` or a full URL (no open redirect).
fn local(to: Option<String>) -> String {
    match to {
        Some(t) if t.starts_with('/') && !t.starts_with("//") && !t.contains('\\') => t,
        _ => "/".to_string(),
    }
}

pub async fn switch(
    Path(code): Path<String>,
    Query(back): Query<Back>,
    headers: HeaderMap,
) -> Response {
    let Some(lang) = Lang::parse(&code).filter(|l| l.code() == code) else {
        return page::refused(
            page::lang(&headers),
            StatusCode::NOT_FOUND,
            "not-found-title",
            "not-found-body",
            "/",
        );
    };
    let mut res = page::onward(&local(back.to));
    let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.code());
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res.into_response()
}

/// Says which language a page is in (`Content-Language`), for whoever keeps a
/// copy: the service worker fetches a survey's pages again when it changes.
pub async fn content_language(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let lang = page::lang(request.headers());
    let mut res = next.run(request).await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if html && !res.headers().contains_key(header::CONTENT_LANGUAGE) {
        res.headers_mut().insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
    }
    res
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(super::local(Some("/j?code=SVAR25".into())), "/j?code=SVAR25");
        assert_eq!(super::local(Some("//evil.example".into())), "/");
        assert_eq!(super::local(Some("https://evil.example".into())), "/");
        assert_eq!(super::local(Some("/\\evil".into())), "/");
        assert_eq!(super::local(None), "/");
    }
}
