//! Responses for form handlers: a redirect onward, or a page in the reader's
//! language saying why a post was refused.

use app::components::post_form::ERROR_HEADER;
use app::i18n::lang_from_headers;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;

pub fn lang(headers: &HeaderMap) -> Lang {
    let get = |h| headers.get(h).and_then(|v| v.to_str().ok());
    lang_from_headers(get(header::COOKIE), get(header::ACCEPT_LANGUAGE))
}

/// 303, so the browser (or the hydrated router) fetches the next page with GET.
pub fn onward(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// A refused post: the status, a page explaining `body_id`, and the id in a header
/// so a hydrated page can show the same message in place.
pub fn refused(
    lang: Lang,
    status: StatusCode,
    title_id: &str,
    body_id: &str,
    back: &str,
) -> Response {
    let label = if back == "/" { "back-to-start" } else { "back-button" };
    let html = app::render::message_page(lang, title_id, body_id, (back, label));
    let mut res =
        (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response();
    if let Ok(v) = HeaderValue::from_str(body_id) {
        res.headers_mut().insert(ERROR_HEADER, v);
    }
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// A store failure: logged with its cause, shown without it.
pub fn internal(lang: Lang, error: store::StoreError) -> Response {
    tracing::error!(%error, "store error while handling a form");
    refused(lang, StatusCode::SERVICE_UNAVAILABLE, "error-title", "error-generic", "/")
}
