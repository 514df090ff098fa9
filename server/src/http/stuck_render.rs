//! A page that does not start answering is rendered again.
//!
//! About one server-side render in a couple of thousand under concurrent load
//! never finishes: the render's future waits for a wake-up that never comes, with
//! no CPU used, before the page's own components run (seen in `server/tests/staff.rs`
//! with six servers in one process, 1 run in ~25; traced to below our code, in the
//! Leptos render, with Leptos 0.8.23). Until that is found and fixed upstream, a GET
//! whose response has not begun after [`RETRY_AFTER`] is handled a second time and
//! whichever answers first is sent: GETs change nothing, so the second render is
//! safe, and the stuck one is dropped. Posts are never repeated.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use std::time::Duration;

/// Far above any page's normal render (tens of milliseconds; a few seconds for the
/// overview of a million texts), far below a browser's patience.
pub const RETRY_AFTER: Duration = Duration::from_secs(8);

/// The middleware, with the wait as its state (`RETRY_AFTER` in the server).
pub async fn retry(State(after): State<Duration>, req: Request, next: Next) -> Response {
    if req.method() != Method::GET {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let again = Request::from_parts(parts.clone(), Body::empty());
    let path = parts.uri.path().to_string();
    let first = next.clone().run(Request::from_parts(parts, body));
    tokio::pin!(first);
    tokio::select! {
        res = &mut first => res,
        _ = tokio::time::sleep(after) => {
            tracing::warn!(%path, ?after, "a page had not begun to answer; handling it again");
            tokio::select! {
                res = &mut first => res,
                res = next.run(again) => res,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::{get, post};
    use axum::Router;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use tower::ServiceExt;

    /// A handler whose first call never answers, like a stuck render.
    fn stuck_once(calls: Arc<AtomicUsize>) -> Router {
        let handler = move || {
            let calls = calls.clone();
            async move {
                if calls.fetch_add(1, Ordering::SeqCst) == 0 {
                    std::future::pending::<()>().await;
                }
                "answered"
            }
        };
        Router::new()
            .route("/page", get(handler.clone()))
            .route("/post", post(handler))
            .layer(axum::middleware::from_fn_with_state(Duration::from_millis(50), retry))
    }

    #[tokio::test]
    async fn a_stuck_get_is_answered_by_a_second_try() {
        let calls = Arc::new(AtomicUsize::new(0));
        let req = Request::get("/page").body(Body::empty()).unwrap();
        let res = stuck_once(calls.clone()).oneshot(req).await.unwrap();
        let body = axum::body::to_bytes(res.into_body(), 1024).await.unwrap();
        assert_eq!(&body[..], b"answered");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_post_is_never_sent_twice() {
        let calls = Arc::new(AtomicUsize::new(0));
        let req = Request::post("/post").body(Body::empty()).unwrap();
        let waited = tokio::time::timeout(
            Duration::from_millis(300),
            stuck_once(calls.clone()).oneshot(req),
        )
        .await;
        assert!(waited.is_err(), "the stuck post is left stuck, not repeated");
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }
}
