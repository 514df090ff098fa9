//! Server functions: the data each page needs, fetched during server rendering and,
//! after hydration, over HTTP when the browser navigates on its own.

pub mod editor;
pub mod moderate;
pub mod overview;
pub mod presenter;
pub mod respond;
pub mod review;
pub mod staff;
