//! Server functions: the data each page needs, fetched during server rendering and,
//! after hydration, over HTTP when the browser navigates on its own.

pub mod editor;
pub mod moderate;
pub mod overview;
pub mod presenter;
pub mod publish;
pub mod respond;
pub mod review;
pub mod staff;

/// The small-number thresholds the server runs with (the defaults when none were
/// given), for server functions that count.
#[cfg(feature = "ssr")]
pub fn thresholds() -> domain::privacy::Thresholds {
    leptos::prelude::use_context().unwrap_or_default()
}
