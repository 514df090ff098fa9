//! Reading stored responses back: what the thank-you page, tests and (later) the
//! results pages need.

use crate::{on_pool, Store, StoreError};
use sqlx::Row;
use tracing::instrument;

/// A stored response exactly as its row holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub session_id: i64,
    pub submitted_hour: i64,
    pub lang: String,
    pub age_band: Option<String>,
    pub county: Option<String>,
    pub answers: Vec<StoredAnswer>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAnswer {
    pub question_id: i64,
    pub option_id: Option<i64>,
    pub scale: Option<i64>,
    pub title: Option<String>,
    pub body: Option<String>,
}

impl Store {
    #[instrument(skip_all)]
    pub async fn response(&self, key: &str) -> Result<Option<StoredResponse>, StoreError> {
        on_pool!(&self.backend, pool => {
            let Some(head) = sqlx::query(
                "SELECT session_id, submitted_hour, lang, age_band, county FROM responses WHERE idempotency_key = $1",
            )
            .bind(key)
            .fetch_optional(pool)
            .await?
            else {
                return Ok(None);
            };
            let rows = sqlx::query(
                "SELECT question_id, option_id, scale, title, body FROM answers WHERE response_key = $1 ORDER BY seq",
            )
            .bind(key)
            .fetch_all(pool)
            .await?;
            let answers = rows
                .iter()
                .map(|r| -> Result<StoredAnswer, StoreError> {
                    Ok(StoredAnswer {
                        question_id: r.try_get("question_id")?,
                        option_id: r.try_get("option_id")?,
                        scale: r.try_get("scale")?,
                        title: r.try_get("title")?,
                        body: r.try_get("body")?,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Some(StoredResponse {
                session_id: head.try_get("session_id")?,
                submitted_hour: head.try_get("submitted_hour")?,
                lang: head.try_get("lang")?,
                age_band: head.try_get("age_band")?,
                county: head.try_get("county")?,
                answers,
            }))
        })
    }

    /// Every stored response of a session, in no meaningful order (keys are random).
    #[instrument(skip_all)]
    pub async fn session_responses(
        &self,
        session_id: i64,
    ) -> Result<Vec<StoredResponse>, StoreError> {
        let keys: Vec<String> = on_pool!(&self.backend, pool => {
            sqlx::query("SELECT idempotency_key FROM responses WHERE session_id = $1 ORDER BY idempotency_key")
                .bind(session_id)
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| r.try_get::<String, _>("idempotency_key"))
                .collect::<Result<Vec<_>, _>>()?
        });
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            if let Some(r) = self.response(&key).await? {
                out.push(r);
            }
        }
        Ok(out)
    }

    #[instrument(skip_all)]
    pub async fn count_responses(&self, session_id: i64) -> Result<i64, StoreError> {
        on_pool!(&self.backend, pool => Ok(sqlx::query("SELECT COUNT(*) AS n FROM responses WHERE session_id = $1")
            .bind(session_id)
            .fetch_one(pool)
            .await?
            .try_get::<i64, _>("n")?))
    }
}

/// How many answers a session has per question and option or scale point. Free
/// text and ideas are counted per question (option and scale both `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerCount {
    pub question_id: i64,
    pub option_id: Option<i64>,
    pub scale: Option<i64>,
    pub count: i64,
}

impl Store {
    #[instrument(skip_all)]
    pub async fn session_counts(&self, session_id: i64) -> Result<Vec<AnswerCount>, StoreError> {
        on_pool!(&self.backend, pool => {
            sqlx::query(
                "SELECT a.question_id, a.option_id, a.scale, COUNT(*) AS n FROM answers a \
                 JOIN responses r ON r.idempotency_key = a.response_key WHERE r.session_id = $1 \
                 GROUP BY a.question_id, a.option_id, a.scale",
            )
            .bind(session_id)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| {
                Ok(AnswerCount {
                    question_id: r.try_get("question_id")?,
                    option_id: r.try_get("option_id")?,
                    scale: r.try_get("scale")?,
                    count: r.try_get("n")?,
                })
            })
            .collect()
        })
    }
}
