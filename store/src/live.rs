//! A live session's room state (which question the presenter view shows, whether
//! phones follow it, whether results are hidden) and what the presenter counts:
//! phones that have joined, and answers still in drafts.

use crate::{now_secs, on_pool, Store, StoreError};
use domain::Answers;
use sqlx::Row;
use tracing::instrument;

/// Where a live session's room is. New sessions are on question 1, self-paced,
/// with results shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LiveState {
    /// The question on the projector, 1-based.
    pub position: i64,
    /// Phones follow the presenter to `position`.
    pub paced: bool,
    pub results_hidden: bool,
}

impl Default for LiveState {
    fn default() -> Self {
        LiveState { position: 1, paced: false, results_hidden: false }
    }
}

impl Store {
    #[instrument(skip_all)]
    pub async fn live_state(&self, session_id: i64) -> Result<LiveState, StoreError> {
        let row = on_pool!(&self.backend, pool => {
            match sqlx::query(
                "SELECT live_position, live_paced, live_results_hidden FROM sessions WHERE id = $1",
            )
            .bind(session_id)
            .fetch_optional(pool)
            .await?
            {
                None => None,
                Some(r) => Some((
                    r.try_get::<i64, _>("live_position")?,
                    r.try_get::<i64, _>("live_paced")?,
                    r.try_get::<i64, _>("live_results_hidden")?,
                )),
            }
        });
        let (position, paced, hidden) = row.ok_or(StoreError::NotFound)?;
        Ok(LiveState { position, paced: paced != 0, results_hidden: hidden != 0 })
    }

    #[instrument(skip_all)]
    pub async fn set_live_state(
        &self,
        session_id: i64,
        state: LiveState,
    ) -> Result<(), StoreError> {
        let done = on_pool!(&self.backend, pool => sqlx::query(
            "UPDATE sessions SET live_position = $1, live_paced = $2, live_results_hidden = $3 WHERE id = $4",
        )
        .bind(state.position)
        .bind(i64::from(state.paced))
        .bind(i64::from(state.results_hidden))
        .bind(session_id)
        .execute(pool)
        .await?
        .rows_affected());
        if done == 0 {
            Err(StoreError::NotFound)
        } else {
            Ok(())
        }
    }

    /// The answers of every unexpired draft in a session: phones that have joined
    /// and not sent yet. Each draft is deleted when its response is stored, so a
    /// phone is never counted in both.
    #[instrument(skip_all)]
    pub async fn session_draft_answers(&self, session_id: i64) -> Result<Vec<Answers>, StoreError> {
        let raws: Vec<String> = on_pool!(&self.backend, pool => {
            sqlx::query("SELECT answers FROM drafts WHERE session_id = $1 AND expires_at > $2")
                .bind(session_id)
                .bind(now_secs())
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| r.try_get::<String, _>("answers"))
                .collect::<Result<Vec<_>, _>>()?
        });
        raws.iter().map(|raw| Ok(serde_json::from_str(raw)?)).collect()
    }
}
