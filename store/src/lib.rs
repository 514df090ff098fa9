//! Ungstemme's durable store: one API over SQLite (the embedded default) and
//! PostgreSQL (the scale-out path), chosen once from the database URL.
//!
//! SQL is written once with `$1` binds wherever both dialects agree; the
//! [`on_pool!`] macro runs the same statement on whichever pool is in use, so each
//! backend keeps its native types. Submissions go through the group-commit
//! [`writer`], which acknowledges a submission only after its transaction has
//! committed.

mod backend;
mod content;
mod drafts;
mod editing;
mod error;
mod export;
mod free_text;
mod live;
mod overview;
mod overview_index;
mod publications;
mod responses;
mod signals;
mod staff;
mod theme_runs;
pub mod writer;

pub use backend::{Backend, Store};
pub use content::{ConsultationSummary, SessionInfo, SessionSummary};
pub use drafts::Draft;
pub use editing::EditError;
pub use error::StoreError;
pub use export::ExportRow;
pub use free_text::{
    CorrectionRecord, FoundLabel, LabelCorrection, PlainText, ReviewStatus, StoredLabel,
    TextFilter, TextItem, TextLabels,
};
pub use live::LiveState;
pub use overview::{CompareBy, Overview, OverviewFilter, Tally};
pub use publications::{Described, NewPublication, Publication, PublicationUpdate};
pub use responses::{AnswerCount, StoredAnswer, StoredResponse};
pub use staff::{InviteState, NewStaff, Organisation, StaffRecord};
pub use theme_runs::{RunPhase, RunState, RunTheme, ThemeRun, RUN_STALE_SECS};
pub use writer::SubmitOutcome;

/// Runs `$body` with `$pool` bound to the SQLite or the PostgreSQL pool.
macro_rules! on_pool {
    ($backend:expr, $pool:ident => $body:expr) => {
        match $backend {
            $crate::backend::Backend::Sqlite($pool) => $body,
            $crate::backend::Backend::Postgres($pool) => $body,
        }
    };
}
pub(crate) use on_pool;

/// A value that can be bound to a query on either backend.
pub(crate) trait BindBoth:
    for<'q> sqlx::Encode<'q, sqlx::Sqlite>
    + sqlx::Type<sqlx::Sqlite>
    + for<'q> sqlx::Encode<'q, sqlx::Postgres>
    + sqlx::Type<sqlx::Postgres>
    + Send
    + 'static
{
}

impl<T> BindBoth for T where
    T: for<'q> sqlx::Encode<'q, sqlx::Sqlite>
        + sqlx::Type<sqlx::Sqlite>
        + for<'q> sqlx::Encode<'q, sqlx::Postgres>
        + sqlx::Type<sqlx::Postgres>
        + Send
        + 'static
{
}

/// Seconds since the Unix epoch.
pub(crate) fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
