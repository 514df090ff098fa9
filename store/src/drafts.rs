//! Answers in progress. A draft lets a phone without JavaScript go forward and back
//! one question per page; it is deleted in the same transaction that stores the
//! response, and expires unused after a day.

use crate::{now_secs, on_pool, Store, StoreError};
use domain::Answers;
use sqlx::Row;
use tracing::instrument;

/// How long an untouched draft is kept, in seconds.
pub const DRAFT_TTL_SECS: i64 = 24 * 3600;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub session_id: i64,
    pub answers: Answers,
}

impl Store {
    #[instrument(skip_all)]
    pub async fn create_draft(&self, token: &str, session_id: i64) -> Result<(), StoreError> {
        on_pool!(&self.backend, pool => sqlx::query(
            "INSERT INTO drafts (token, session_id, answers, expires_at) VALUES ($1, $2, '{}', $3)",
        )
        .bind(token)
        .bind(session_id)
        .bind(now_secs() + DRAFT_TTL_SECS)
        .execute(pool)
        .await
        .map(|_| ())?);
        Ok(())
    }

    #[instrument(skip_all)]
    pub async fn draft(&self, token: &str) -> Result<Option<Draft>, StoreError> {
        let row = on_pool!(&self.backend, pool => {
            match sqlx::query("SELECT session_id, answers FROM drafts WHERE token = $1 AND expires_at > $2")
                .bind(token)
                .bind(now_secs())
                .fetch_optional(pool)
                .await?
            {
                None => None,
                Some(r) => Some((r.try_get::<i64, _>("session_id")?, r.try_get::<String, _>("answers")?)),
            }
        });
        match row {
            None => Ok(None),
            Some((session_id, raw)) => {
                Ok(Some(Draft { session_id, answers: serde_json::from_str(&raw)? }))
            }
        }
    }

    /// Replaces a draft's answers and gives it another day.
    #[instrument(skip_all)]
    pub async fn save_draft(&self, token: &str, answers: &Answers) -> Result<(), StoreError> {
        let raw = serde_json::to_string(answers)?;
        let changed = on_pool!(&self.backend, pool => sqlx::query(
            "UPDATE drafts SET answers = $1, expires_at = $2 WHERE token = $3",
        )
        .bind(raw)
        .bind(now_secs() + DRAFT_TTL_SECS)
        .bind(token)
        .execute(pool)
        .await?
        .rows_affected());
        if changed == 0 {
            Err(StoreError::NotFound)
        } else {
            Ok(())
        }
    }

    /// Deletes drafts nobody finished. Returns how many went.
    #[instrument(skip_all)]
    pub async fn purge_expired_drafts(&self) -> Result<u64, StoreError> {
        Ok(on_pool!(&self.backend, pool => sqlx::query("DELETE FROM drafts WHERE expires_at <= $1")
            .bind(now_secs())
            .execute(pool)
            .await?
            .rows_affected()))
    }
}
