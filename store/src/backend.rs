//! Connecting to SQLite or PostgreSQL, and running the matching migrations.

use crate::error::StoreError;
use crate::writer::{self, WriterHandle};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

/// Opens a transaction that is going to write.
///
/// On SQLite it takes the write lock at the start (`BEGIN IMMEDIATE`). A deferred
/// transaction that reads first and writes later cannot upgrade its snapshot once
/// another connection has committed in between: SQLite then answers "database is
/// locked" at once instead of waiting out `busy_timeout`, and the request fails.
/// Taking the lock first makes it wait its turn. PostgreSQL needs nothing extra.
pub(crate) trait BeginWrite {
    type Db: sqlx::Database;
    fn begin_write(
        &self,
    ) -> impl std::future::Future<Output = Result<sqlx::Transaction<'static, Self::Db>, sqlx::Error>>
           + Send;
}

impl BeginWrite for SqlitePool {
    type Db = sqlx::Sqlite;
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
        self.begin_with("BEGIN IMMEDIATE").await
    }
}

impl BeginWrite for PgPool {
    type Db = sqlx::Postgres;
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, sqlx::Error> {
        self.begin().await
    }
}

#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// The store: cheap to clone, shared by every request.
#[derive(Clone)]
pub struct Store {
    pub(crate) backend: Backend,
    pub(crate) writer: WriterHandle,
    pub(crate) cache: Arc<crate::content::ConsultationCache>,
    pub(crate) sessions: Arc<crate::content::SessionCache>,
    /// The reviewers' overview's facts, counted in memory.
    pub(crate) overview_index: Arc<crate::overview_index::OverviewIndex>,
    /// Signals to and from other server processes on the same database.
    pub(crate) signals: Arc<crate::signals::Signals>,
}

impl Store {
    /// Connects by URL: `postgres://…` or `postgresql://…` for PostgreSQL, anything
    /// else (`sqlite://path`, `sqlite:path`) for SQLite. A SQLite file is created
    /// when missing.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        let backend = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            // A statement waiting on a lock gives up rather than holding a request
            // (and a writer batch) forever.
            let options = PgConnectOptions::from_str(url)?
                .options([("lock_timeout", "10s"), ("statement_timeout", "60s")]);
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await?;
            Backend::Postgres(pool)
        } else {
            // WAL lets readers go on while the writer commits; FULL makes every commit
            // reach the disk before it returns, which is what "acknowledged only after
            // it is durably committed" promises. Group commit pays for the fsync.
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await?;
            Backend::Sqlite(pool)
        };
        let writer = writer::spawn(backend.clone());
        Ok(Store {
            backend,
            writer,
            cache: Default::default(),
            sessions: Default::default(),
            overview_index: Default::default(),
            signals: Default::default(),
        })
    }

    pub async fn migrate(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(pool) => sqlx::migrate!("../migrations/sqlite").run(pool).await?,
            Backend::Postgres(pool) => sqlx::migrate!("../migrations/postgres").run(pool).await?,
        }
        Ok(())
    }

    pub fn backend(&self) -> &Backend {
        &self.backend
    }

    /// "sqlite" or "postgres", for logs and the health page.
    pub fn kind(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite(_) => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    /// Waits for queued submissions and closes the connections.
    pub async fn close(&self) {
        self.writer.shutdown().await;
        crate::on_pool!(&self.backend, pool => pool.close().await)
    }

    pub(crate) fn is_closed(&self) -> bool {
        crate::on_pool!(&self.backend, pool => pool.is_closed())
    }
}

impl Store {
    /// Writes a consistent copy of a SQLite database to `to` while others go on
    /// reading and writing (`VACUUM INTO` reads one snapshot). PostgreSQL has
    /// `pg_dump` for this.
    pub async fn backup_sqlite(&self, to: &std::path::Path) -> Result<(), StoreError> {
        let Backend::Sqlite(pool) = &self.backend else {
            return Err(StoreError::Conflict("use pg_dump to back up PostgreSQL".into()));
        };
        let to =
            to.to_str().ok_or_else(|| StoreError::Conflict("backup path is not UTF-8".into()))?;
        sqlx::query("VACUUM INTO $1").bind(to).execute(pool).await?;
        Ok(())
    }
}
