//! Server functions: the data each page needs, fetched during server rendering and,
//! after hydration, over HTTP when the browser navigates on its own.

pub mod respond;
pub mod staff;
