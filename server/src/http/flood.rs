//! Flood control on the posts young people make (start, each question, send):
//! a post over the limits gets 429 with a page, in the reader's language, asking
//! to wait a moment, and a `Retry-After`. See [`crate::flood`].

use super::{client, page, AppState};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

/// A young person's post: `Some(None)` for starting, `Some(Some(token))` for a
/// post that belongs to one phone's survey; `None` for anything else.
fn young_post(path: &str) -> Option<Option<&str>> {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match parts.as_slice() {
        ["j", _, "start"] => Some(None),
        ["r", token, "q", _] | ["r", token, "submit"] => Some(Some(token)),
        _ => None,
    }
}

pub async fn limit(State(st): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let Some(phone) = young_post(req.uri().path()) else { return next.run(req).await };
    let address = client::address(st.client_header.as_ref(), req.headers(), req.extensions());
    let Err(slow) = st.flood.admit(address, phone) else { return next.run(req).await };
    let lang = page::lang(req.headers());
    // Back to where the post came from: the same address shows that page.
    let back = match phone {
        Some(_) if req.uri().path().ends_with("/submit") => {
            req.uri().path().replace("/submit", "/about")
        }
        Some(_) => req.uri().path().to_string(),
        None => "/".to_string(),
    };
    let mut res = page::refused(
        lang,
        StatusCode::TOO_MANY_REQUESTS,
        "too-fast-title",
        "too-fast-body",
        &back,
    );
    if let Ok(v) = HeaderValue::from_str(&slow.retry_after.as_secs().to_string()) {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::young_post;

    #[test]
    fn only_young_peoples_posts_are_counted() {
        assert_eq!(young_post("/j/SVAR25/start"), Some(None));
        assert_eq!(young_post("/r/abc/q/3"), Some(Some("abc")));
        assert_eq!(young_post("/r/abc/submit"), Some(Some("abc")));
        assert_eq!(young_post("/r/abc/offline"), None);
        assert_eq!(young_post("/staff/sign-in"), None);
        assert_eq!(young_post("/lang/nb"), None);
    }
}
