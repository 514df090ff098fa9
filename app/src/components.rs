//! Pieces shared by several pages.

pub mod authored;
pub mod chrome;
pub mod post_form;
