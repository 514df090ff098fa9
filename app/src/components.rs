//! Pieces shared by several pages.

pub mod authored;
pub mod chrome;
pub mod figures;
pub mod help_lines;
pub mod label_form;
pub mod lang_fields;
pub mod post_form;
pub mod results;
