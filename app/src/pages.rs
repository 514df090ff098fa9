//! Pages, grouped by whom they serve.

pub mod not_found;
pub mod respond;
pub mod staff;
