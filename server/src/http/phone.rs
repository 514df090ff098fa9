//! What makes Ungstemme an app on a phone: the web app manifest in the reader's
//! language, the icons, the service worker, and the bundle's files with cache
//! lifetimes that suit how often each changes.

use super::page;
use axum::extract::Query;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Router;
use domain::Lang;
use serde::Deserialize;
use serde_json::json;
use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

/// `/pkg` (named by content hash: kept a year), `/icons` (a day) and `/sw.js`
/// (checked on every visit, so a new version is noticed at once).
pub fn static_files<S: Clone + Send + Sync + 'static>(site_root: impl AsRef<Path>) -> Router<S> {
    let root = site_root.as_ref();
    let cache = |value: &'static str| {
        SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static(value))
    };
    Router::new()
        .nest_service(
            "/pkg",
            tower::ServiceBuilder::new()
                .layer(cache("public, max-age=31536000, immutable"))
                // `scripts/build-site` leaves a .br and a .gz beside each file.
                .service(ServeDir::new(root.join("pkg")).precompressed_br().precompressed_gzip()),
        )
        .nest_service(
            "/icons",
            tower::ServiceBuilder::new()
                .layer(cache("public, max-age=86400"))
                .service(ServeDir::new(root.join("icons"))),
        )
        .route_service(
            "/sw.js",
            tower::ServiceBuilder::new()
                .layer(cache("no-cache"))
                .service(ServeFile::new(root.join("sw.js"))),
        )
}

#[derive(Deserialize)]
pub struct LangQuery {
    lang: Option<String>,
}

/// The web app manifest, named and described in the reader's language. One `id`
/// for all four, so changing language does not make it another app.
/// The shell links it with `?lang=`, as browsers fetch manifests without cookies.
pub async fn manifest(Query(query): Query<LangQuery>, headers: HeaderMap) -> Response {
    let lang = query.lang.as_deref().and_then(Lang::parse).unwrap_or_else(|| page::lang(&headers));
    let tr = |id: &str| app::i18n::tr(lang, id);
    let icon = |src: &str, size: &str, purpose: &str| json!({ "src": src, "sizes": size, "type": "image/png", "purpose": purpose });
    let body = json!({
        "id": "/",
        "name": tr("app-name"),
        "short_name": tr("app-name"),
        "description": tr("app-description"),
        "lang": lang.code(),
        "dir": "ltr",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "orientation": "any",
        "background_color": "#ffffff",
        "theme_color": app::THEME_COLOUR,
        "icons": [
            icon("/icons/icon-192.png", "192x192", "any"),
            icon("/icons/icon-512.png", "512x512", "any"),
            icon("/icons/maskable-512.png", "512x512", "maskable"),
        ],
    });
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("application/manifest+json")),
            (header::VARY, HeaderValue::from_static("cookie, accept-language")),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body.to_string(),
    )
        .into_response()
}
