//! An organisation's own results as rows, one per stored answer, for its CSV and
//! XLSX exports. Free text is included only once approved, and then only as
//! stored: redacted before it was written.

use crate::{on_pool, ReviewStatus, Store, StoreError};
use domain::Dimension;
use sqlx::Row;
use std::collections::HashMap;
use tracing::instrument;

/// One answer row, as it leaves the organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRow {
    pub session_id: i64,
    /// Numbers the responses of one export 1, 2, 3…: the stored key never leaves.
    pub response: usize,
    pub submitted_hour: i64,
    pub lang: String,
    pub age_band: Option<String>,
    pub county: Option<String>,
    pub question_id: i64,
    pub option_id: Option<i64>,
    pub scale: Option<i64>,
    /// An idea's title and the text: only when approved.
    pub title: Option<String>,
    pub text: Option<String>,
    /// For free text: how moderation left it.
    pub review: Option<ReviewStatus>,
    /// For free text: its labels, with whether a person confirmed each.
    pub labels: Vec<(Dimension, String, bool)>,
}

impl Store {
    /// Every answer stored in these sessions, by response and then in answer order.
    #[instrument(skip_all)]
    pub async fn export_rows(&self, session_ids: &[i64]) -> Result<Vec<ExportRow>, StoreError> {
        let mut out = Vec::new();
        for &session_id in session_ids {
            out.extend(self.session_export(session_id).await?);
        }
        // Renumber responses across sessions so each export counts from 1.
        let mut numbers: HashMap<(i64, usize), usize> = HashMap::new();
        for row in &mut out {
            let next = numbers.len() + 1;
            row.response = *numbers.entry((row.session_id, row.response)).or_insert(next);
        }
        Ok(out)
    }

    async fn session_export(&self, session_id: i64) -> Result<Vec<ExportRow>, StoreError> {
        let rows = on_pool!(&self.backend, pool => {
            sqlx::query(
                "SELECT r.idempotency_key, r.submitted_hour, r.lang, r.age_band, r.county, \
                 a.question_id, a.option_id, a.scale, a.title, a.body, t.id AS review_id, t.status \
                 FROM responses r JOIN answers a ON a.response_key = r.idempotency_key \
                 LEFT JOIN text_reviews t ON t.response_key = a.response_key AND t.seq = a.seq \
                 WHERE r.session_id = $1 ORDER BY r.submitted_hour, r.idempotency_key, a.seq",
            )
            .bind(session_id)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| {
                Ok((
                    r.try_get::<String, _>("idempotency_key")?,
                    r.try_get::<Option<i64>, _>("review_id")?,
                    r.try_get::<Option<String>, _>("status")?,
                    ExportRow {
                        session_id,
                        response: 0,
                        submitted_hour: r.try_get("submitted_hour")?,
                        lang: r.try_get("lang")?,
                        age_band: r.try_get("age_band")?,
                        county: r.try_get("county")?,
                        question_id: r.try_get("question_id")?,
                        option_id: r.try_get("option_id")?,
                        scale: r.try_get("scale")?,
                        title: r.try_get("title")?,
                        text: r.try_get("body")?,
                        review: None,
                        labels: Vec::new(),
                    },
                ))
            })
            .collect::<Result<Vec<_>, StoreError>>()?
        });
        let labels = on_pool!(&self.backend, pool => {
            sqlx::query(
                "SELECT l.review_id, l.dimension, l.label, l.source FROM text_labels l \
                 JOIN text_reviews t ON t.id = l.review_id WHERE t.session_id = $1 \
                 ORDER BY l.review_id, l.dimension, l.label",
            )
            .bind(session_id)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| {
                Ok((
                    r.try_get::<i64, _>("review_id")?,
                    r.try_get::<String, _>("dimension")?,
                    r.try_get::<String, _>("label")?,
                    r.try_get::<String, _>("source")?,
                ))
            })
            .collect::<Result<Vec<_>, StoreError>>()?
        });
        let mut by_review: HashMap<i64, Vec<(Dimension, String, bool)>> = HashMap::new();
        for (id, dimension, label, source) in labels {
            if let Some(d) = Dimension::parse(&dimension) {
                by_review.entry(id).or_default().push((d, label, source == "confirmed"));
            }
        }
        let mut keys: HashMap<String, usize> = HashMap::new();
        Ok(rows
            .into_iter()
            .map(|(key, review_id, status, mut row)| {
                let next = keys.len() + 1;
                row.response = *keys.entry(key).or_insert(next);
                if let Some(id) = review_id {
                    let review = status.as_deref().and_then(ReviewStatus::parse);
                    if review != Some(ReviewStatus::Approved) {
                        row.title = None;
                        row.text = None;
                    }
                    row.review = review;
                    row.labels = by_review.remove(&id).unwrap_or_default();
                }
                row
            })
            .collect())
    }
}
