//! Logging. Nothing that identifies a person or repeats an answer is ever logged:
//! handlers log outcomes and errors, never form fields, and the access log has no
//! client addresses.

use tracing_subscriber::EnvFilter;

pub fn init(level: &str) {
    let filter = EnvFilter::try_new(level).unwrap_or_else(|_| EnvFilter::new("info"));
    // Logs go to standard error: `export` and `analyse` write their data to standard output.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_writer(std::io::stderr)
        .try_init();
}
