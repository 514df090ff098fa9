//! Pieces shared by several pages.

pub mod authored;
pub mod chrome;
pub mod help_lines;
pub mod label_form;
pub mod post_form;
pub mod results;
