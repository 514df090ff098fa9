//! Honest statuses for server-function calls that never reached the function.
//!
//! Leptos answers every server-function error with 500, including a request whose
//! arguments cannot be read: a missing or mistyped field (`n=abc` for a number),
//! a body that is not UTF-8, or one over the size limit. Those are the caller's
//! mistakes, not the server's, so this middleware gives them 400 (and 413 for a
//! body over the limit). Errors the functions themselves return stay 500 and keep
//! their (detail-free) text.

use axum::body::Body;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;

/// Longest error body read back; a decoding error's text is far shorter.
const MAX_ERROR_BYTES: usize = 16 * 1024;

/// The middleware: `.layer(axum::middleware::from_fn(statuses))` on the router,
/// inside the compression layer (it reads the error body, which must not be
/// compressed yet).
pub async fn statuses(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !res.headers().contains_key(SERVER_FN_ERROR_HEADER)
    {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_ERROR_BYTES).await else {
        return Response::from_parts(parts, Body::empty());
    };
    parts.status = status_for(&bytes);
    Response::from_parts(parts, Body::from(bytes))
}

/// The status a server-function error body (`Kind|detail`) deserves.
fn status_for(body: &[u8]) -> StatusCode {
    let kind = body.split(|b| *b == b'|').next().unwrap_or_default();
    let detail = &body[kind.len().min(body.len())..];
    match kind {
        // The arguments could not be read from the request.
        b"Args" | b"MissingArg" => StatusCode::BAD_REQUEST,
        // The body could not be read: over the limit, or not text.
        b"Deserialization" if contains(detail, b"length limit exceeded") => {
            StatusCode::PAYLOAD_TOO_LARGE
        }
        b"Deserialization" => StatusCode::BAD_REQUEST,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::extract::DefaultBodyLimit;
    use axum::routing::post;
    use axum::Router;
    use tower::ServiceExt;

    /// A real server function (`join_info`, which takes a `code`) behind the
    /// middleware: the error bodies are what Leptos writes today.
    async fn call(body: &'static [u8], limit: usize) -> StatusCode {
        // As in the router: inside the compression, which a browser asks for.
        let app = Router::new()
            .route("/api/{*name}", post(leptos_axum::handle_server_fns))
            .layer(axum::middleware::from_fn(statuses))
            .layer(DefaultBodyLimit::max(limit))
            .layer(tower_http::compression::CompressionLayer::new());
        let req = Request::post("/api/respond/join")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept-encoding", "gzip")
            .body(Body::from(body))
            .unwrap();
        app.oneshot(req).await.unwrap().status()
    }

    #[tokio::test]
    async fn unreadable_arguments_are_the_callers_mistake() {
        assert_eq!(call(b"", 1024).await, StatusCode::BAD_REQUEST, "missing");
        assert_eq!(call(b"code=a&code=b", 1024).await, StatusCode::BAD_REQUEST, "repeated");
        assert_eq!(call(b"code=\xff\xfe", 1024).await, StatusCode::BAD_REQUEST, "not UTF-8");
        assert_eq!(call(b"code=SVAR25SVAR25SVAR25", 8).await, StatusCode::PAYLOAD_TOO_LARGE);
    }

    #[test]
    fn callers_mistakes_are_4xx_and_the_servers_stay_500() {
        for (body, want) in [
            ("Args|invalid digit found in string", StatusCode::BAD_REQUEST),
            ("MissingArg|code", StatusCode::BAD_REQUEST),
            ("Deserialization|invalid utf-8 sequence", StatusCode::BAD_REQUEST),
            ("Deserialization|length limit exceeded", StatusCode::PAYLOAD_TOO_LARGE),
            ("ServerError|internal error", StatusCode::INTERNAL_SERVER_ERROR),
            ("Registration|x", StatusCode::INTERNAL_SERVER_ERROR),
            ("", StatusCode::INTERNAL_SERVER_ERROR),
        ] {
            assert_eq!(status_for(body.as_bytes()), want, "{body}");
        }
    }
}
