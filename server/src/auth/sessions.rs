//! Staff sessions in the same database as everything else, through
//! tower-sessions: HttpOnly, SameSite=Lax, Secure when served over TLS, ending after
//! 30 idle minutes (and after 12 hours whatever happens, see `signed_in`).

use async_trait::async_trait;
use store::{Backend, Store};
use tower_sessions::cookie::SameSite;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};
use tower_sessions::{Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

pub const COOKIE_NAME: &str = "ungstemme_staff";
pub const IDLE_MINUTES: i64 = 30;

/// The session store for whichever database the server uses.
#[derive(Debug, Clone)]
pub enum SessionBackend {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl SessionBackend {
    pub async fn new(store: &Store) -> Result<SessionBackend, sqlx::Error> {
        let backend = match store.backend() {
            Backend::Sqlite(pool) => SessionBackend::Sqlite(SqliteStore::new(pool.clone())),
            Backend::Postgres(pool) => SessionBackend::Postgres(PostgresStore::new(pool.clone())),
        };
        match &backend {
            SessionBackend::Sqlite(s) => s.migrate().await?,
            SessionBackend::Postgres(s) => s.migrate().await?,
        }
        Ok(backend)
    }

    pub fn layer(&self, secure: bool) -> SessionManagerLayer<SessionBackend> {
        SessionManagerLayer::new(self.clone())
            .with_name(COOKIE_NAME)
            .with_http_only(true)
            .with_same_site(SameSite::Lax)
            .with_secure(secure)
            .with_expiry(Expiry::OnInactivity(time::Duration::minutes(IDLE_MINUTES)))
    }
}

#[async_trait]
impl SessionStore for SessionBackend {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            SessionBackend::Sqlite(s) => s.create(record).await,
            SessionBackend::Postgres(s) => s.create(record).await,
        }
    }
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            SessionBackend::Sqlite(s) => s.save(record).await,
            SessionBackend::Postgres(s) => s.save(record).await,
        }
    }
    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            SessionBackend::Sqlite(s) => s.load(id).await,
            SessionBackend::Postgres(s) => s.load(id).await,
        }
    }
    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            SessionBackend::Sqlite(s) => s.delete(id).await,
            SessionBackend::Postgres(s) => s.delete(id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for SessionBackend {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            SessionBackend::Sqlite(s) => s.delete_expired().await,
            SessionBackend::Postgres(s) => s.delete_expired().await,
        }
    }
}
