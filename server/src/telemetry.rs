//! Logging. Nothing that identifies a person or repeats an answer is ever logged:
//! handlers log outcomes and errors, never form fields, and the access log has no
//! client addresses.

use tracing_subscriber::EnvFilter;

pub fn init(level: &str) {
    let filter = EnvFilter::try_new(level).unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_target(false).try_init();
}
