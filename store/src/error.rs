//! The store's one error type. Callers decide what a user sees; the cause of an
//! `Other` is logged by whoever turns it into a 500, never shown.

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(String),
    /// Stored data that no longer parses (should never happen; logged loudly).
    #[error("corrupt stored data: {0}")]
    Corrupt(String),
    #[error("the submission writer has stopped")]
    WriterGone,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::Corrupt(e.to_string())
    }
}
