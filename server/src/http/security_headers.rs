//! Security headers on every response. The page shell sets its own
//! Content-Security-Policy with the response's nonce (Leptos puts it on the few
//! inline scripts it writes for hydration); every other response — plain message
//! pages, files, JSON, the service worker — gets the same policy without one.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::LazyLock;

/// The policy without a nonce: the same for every response, so made once.
static POLICY: LazyLock<Option<HeaderValue>> =
    LazyLock::new(|| HeaderValue::from_str(&app::security::content_security_policy(None)).ok());

const FIXED: [(header::HeaderName, &str); 5] = [
    // Addresses carry survey tokens and join codes: they are not passed on.
    (header::REFERRER_POLICY, "no-referrer"),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (
        header::HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=()",
    ),
    (header::HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
];

pub async fn add(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    if let Some(policy) = POLICY.as_ref() {
        headers.entry(header::CONTENT_SECURITY_POLICY).or_insert_with(|| policy.clone());
    }
    for (name, value) in FIXED {
        headers.entry(name).or_insert(HeaderValue::from_static(value));
    }
    res
}
