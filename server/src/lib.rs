//! The `ungstemme` binary's parts: configuration, the HTTP server, the form
//! handlers young people post to, and the command-line tools.

pub mod auth;
pub mod cli;
pub mod config;
pub mod flood;
pub mod http;
pub mod serve;
pub mod telemetry;
pub mod text_analysis;
pub mod theme_job;
