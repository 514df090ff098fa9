//! A form that posts to a real server handler. Without JavaScript it is a plain
//! HTML form and the server answers with a redirect or an error page. Hydrated,
//! the router sends it with `fetch`, follows the redirect without a page load, and
//! an error is shown in place from the message id the server puts in a header.

use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::components::Form;
use std::sync::Arc;

/// Header naming the Fluent message that explains a refused post.
pub const ERROR_HEADER: &str = "x-ungstemme-error";

/// Set by the service worker when it kept a post for later (no network): the page
/// to go to, loaded whole so the worker can answer it from what it kept.
pub const OFFLINE_NEXT_HEADER: &str = "x-ungstemme-offline-next";

/// Counts posts answered so far in this page's life. A post can redirect back to
/// the page it came from; resources that read this refetch, as a page load would.
#[derive(Clone, Copy)]
pub struct Posts(pub RwSignal<usize>);

/// Tracks [`Posts`] in a resource's source, so its data is reloaded after a post.
pub fn posts_version() -> usize {
    use_context::<Posts>().map(|p| p.0.get()).unwrap_or(0)
}

#[component]
pub fn PostForm(
    #[prop(into)] action: String,
    #[prop(optional, into)] class: Option<String>,
    children: Children,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let posts = use_context::<Posts>();
    let on_response: Arc<dyn Fn(&web_sys::Response)> = Arc::new(move |resp: &web_sys::Response| {
        if let Some(next) = resp.headers().get(OFFLINE_NEXT_HEADER).ok().flatten() {
            if next.starts_with('/') {
                let _ = window().location().assign(&next);
                return;
            }
        }
        if let Some(Posts(n)) = posts {
            n.update(|n| *n += 1);
        }
        if resp.ok() {
            error.set(None);
        } else {
            let id = resp
                .headers()
                .get(ERROR_HEADER)
                .ok()
                .flatten()
                .unwrap_or_else(|| "error-generic".into());
            error.set(Some(id));
        }
    });
    let on_error: Arc<dyn Fn(&gloo_net::Error)> =
        Arc::new(move |_| error.set(Some("error-offline".into())));
    view! {
        <Form method="post" action=action on_response on_error>
            <div class=class>{children()}</div>
            <p class="form-error" role="alert">
                {move || error.get().map(|id| t(&id))}
            </p>
        </Form>
    }
}
