//! Free text after it is stored: the moderation queue an organisation works
//! through, the theme engine's labels (added off the submission's path),
//! corrections of labels (kept for good, and taught back to the engine), and how
//! often help was offered.
//!
//! The text in `answers` is already redacted when it arrives here; moderators can
//! hide more of it, never see more.

use crate::backend::BeginWrite;
use crate::{now_secs, on_pool, Store, StoreError};
use domain::Dimension;
use sqlx::Row;
use tracing::instrument;

/// One label the engine gave a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundLabel {
    pub dimension: Dimension,
    pub label: String,
    pub confidence: f64,
}

/// A free text as the theme engine reads it, redacted: an idea's title and
/// description together, or the answer.
#[derive(Debug, Clone, PartialEq)]
pub struct PlainText {
    pub id: i64,
    pub text: String,
    /// The language the engine detected, or the one the young person chose (a hint
    /// for the engine) until the labeller has run.
    pub lang: String,
}

/// Selects what [`plain_from`] reads; callers add `WHERE …`.
pub(crate) const PLAIN_SELECT: &str = "SELECT t.id, t.lang, a.title, a.body FROM text_reviews t \
     JOIN answers a ON a.response_key = t.response_key AND a.seq = t.seq";

/// What the engine made of one text: its language and labels.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLabels {
    pub id: i64,
    pub lang: String,
    pub labels: Vec<FoundLabel>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewStatus {
    Pending,
    Approved,
    Hidden,
}

impl ReviewStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Pending => "pending",
            ReviewStatus::Approved => "approved",
            ReviewStatus::Hidden => "hidden",
        }
    }

    pub fn parse(s: &str) -> Option<ReviewStatus> {
        [ReviewStatus::Pending, ReviewStatus::Approved, ReviewStatus::Hidden]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// A stored label; `confirmed` when a person set or kept it, else the engine's.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredLabel {
    pub dimension: Dimension,
    pub label: String,
    pub confidence: f64,
    pub confirmed: bool,
}

/// A free text as moderators see it: redacted, with its labels and status.
#[derive(Debug, Clone, PartialEq)]
pub struct TextItem {
    pub id: i64,
    pub session_id: i64,
    pub question_id: i64,
    /// An idea's title; `None` for a plain free-text answer.
    pub title: Option<String>,
    pub body: String,
    pub lang: String,
    pub status: ReviewStatus,
    pub hidden_reason: Option<String>,
    pub labels: Vec<StoredLabel>,
}

/// A correction as the engine learns from it: the (redacted) text and the labels a
/// person chose for it.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelCorrection {
    pub text: String,
    pub lang: String,
    pub labels: Vec<(Dimension, String)>,
}

/// A correction as it was recorded: who, when, and the labels before and after
/// (JSON).
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionRecord {
    pub review_id: i64,
    pub staff_id: i64,
    pub corrected_at: i64,
    pub before: String,
    pub after: String,
}

/// Which approved texts a reviewer looks at.
#[derive(Debug, Clone, PartialEq)]
pub enum TextFilter {
    All,
    /// The texts of one group of a theming run.
    Theme {
        run_id: i64,
        theme_no: i64,
    },
    /// The texts with this label, the engine's or a person's.
    Label(Dimension, String),
}

const ITEM_SELECT: &str =
    "t.id, t.session_id, t.lang, t.status, t.hidden_reason, a.question_id, a.title, a.body";
const ITEM_FROM: &str =
    "FROM text_reviews t JOIN answers a ON a.response_key = t.response_key AND a.seq = t.seq";

impl Store {
    /// A session's free texts, oldest first; only those with `status` when given.
    #[instrument(skip_all)]
    pub async fn session_texts(
        &self,
        session_id: i64,
        status: Option<ReviewStatus>,
    ) -> Result<Vec<TextItem>, StoreError> {
        let filter = status.map_or(String::new(), |s| format!(" AND t.status = '{}'", s.as_str()));
        let sql = format!(
            "SELECT {ITEM_SELECT} {ITEM_FROM} WHERE t.session_id = $1{filter} ORDER BY t.id"
        );
        let mut items = on_pool!(&self.backend, pool => {
            sqlx::query(&sql)
                .bind(session_id)
                .fetch_all(pool)
                .await?
                .iter()
                .map(item_from)
                .collect::<Result<Vec<_>, StoreError>>()?
        });
        let sql = format!(
            "SELECT l.review_id, l.dimension, l.label, l.confidence, l.source FROM text_labels l \
             JOIN text_reviews t ON t.id = l.review_id WHERE t.session_id = $1{filter} \
             ORDER BY l.review_id, l.dimension, l.confidence DESC, l.label"
        );
        let labels = on_pool!(&self.backend, pool => {
            sqlx::query(&sql)
            .bind(session_id)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get::<i64, _>("review_id")?, label_from(r)?)))
            .collect::<Result<Vec<_>, StoreError>>()?
        });
        attach_labels(&mut items, labels);
        Ok(items)
    }

    /// One free text by its review id.
    #[instrument(skip_all)]
    pub async fn text_item(&self, id: i64) -> Result<Option<TextItem>, StoreError> {
        let sql = format!("SELECT {ITEM_SELECT} {ITEM_FROM} WHERE t.id = $1");
        let item = on_pool!(&self.backend, pool => {
            match sqlx::query(&sql).bind(id).fetch_optional(pool).await? {
                Some(r) => Some(item_from(&r)?),
                None => None,
            }
        });
        let Some(mut item) = item else { return Ok(None) };
        item.labels = on_pool!(&self.backend, pool => {
            sqlx::query(
                "SELECT dimension, label, confidence, source FROM text_labels WHERE review_id = $1 \
                 ORDER BY dimension, confidence DESC, label",
            )
            .bind(id)
            .fetch_all(pool)
            .await?
            .iter()
            .map(label_from)
            .collect::<Result<Vec<_>, StoreError>>()?
            .into_iter()
            .flatten()
            .collect()
        });
        Ok(Some(item))
    }

    /// Approved texts of every organisation matching `filter`, newest first: up to
    /// `limit` from `offset`, and how many match in all.
    #[instrument(skip_all)]
    pub async fn approved_texts(
        &self,
        filter: &TextFilter,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<TextItem>, i64), StoreError> {
        let (mut items, total) = on_pool!(&self.backend, pool => {
            // Every review has its answer: the count needs no join with answers.
            let mut total = sqlx::QueryBuilder::new("SELECT COUNT(*) FROM text_reviews t");
            let mut page = sqlx::QueryBuilder::new(format!("SELECT {ITEM_SELECT} {ITEM_FROM}"));
            for q in [&mut total, &mut page] {
                match filter {
                    TextFilter::All => {}
                    TextFilter::Theme { run_id, theme_no } => {
                        q.push(" JOIN theme_members m ON m.review_id = t.id AND m.run_id = ")
                            .push_bind(*run_id)
                            .push(" AND m.theme_no = ")
                            .push_bind(*theme_no);
                    }
                    TextFilter::Label(..) => {}
                }
                q.push(" WHERE t.status = 'approved'");
                if let TextFilter::Label(d, label) = filter {
                    q.push(" AND EXISTS (SELECT 1 FROM text_labels l WHERE l.review_id = t.id AND l.dimension = ")
                        .push_bind(d.as_str())
                        .push(" AND l.label = ")
                        .push_bind(label.clone())
                        .push(")");
                }
            }
            page.push(" ORDER BY t.id DESC LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(offset);
            let total: i64 = total.build_query_scalar().fetch_one(pool).await?;
            let items = page
                .build()
                .fetch_all(pool)
                .await?
                .iter()
                .map(item_from)
                .collect::<Result<Vec<_>, StoreError>>()?;
            (items, total)
        });
        if items.is_empty() {
            return Ok((items, total));
        }
        let ids = items.iter().map(|i| i.id.to_string()).collect::<Vec<_>>().join(",");
        let sql = format!(
            "SELECT review_id, dimension, label, confidence, source FROM text_labels \
             WHERE review_id IN ({ids}) ORDER BY review_id, dimension, confidence DESC, label"
        );
        let labels = on_pool!(&self.backend, pool => {
            sqlx::query(&sql)
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| Ok((r.try_get::<i64, _>("review_id")?, label_from(r)?)))
                .collect::<Result<Vec<_>, StoreError>>()?
        });
        attach_labels(&mut items, labels);
        Ok((items, total))
    }

    /// Up to `limit` texts the engine has not labelled yet, oldest first.
    #[instrument(skip_all)]
    pub async fn unlabelled_texts(&self, limit: i64) -> Result<Vec<PlainText>, StoreError> {
        let sql = format!("{PLAIN_SELECT} WHERE t.labelled = 0 ORDER BY t.id LIMIT $1");
        on_pool!(&self.backend, pool => {
            sqlx::query(&sql).bind(limit).fetch_all(pool).await?.iter().map(plain_from).collect()
        })
    }

    /// Stores the engine's labels for a batch of texts, through the writer task
    /// and only while no submission waits. A text a person has labelled meanwhile
    /// keeps that person's labels.
    pub async fn store_labels(&self, batch: Vec<TextLabels>) -> Result<(), StoreError> {
        self.writer.labels(batch).await
    }

    /// Marks every text the engine labelled (not those a person labelled) to be
    /// labelled again, after the engine has learnt from a correction. Returns how
    /// many; the background labeller replaces their labels in lulls.
    #[instrument(skip_all)]
    pub async fn relabel_auto(&self) -> Result<u64, StoreError> {
        Ok(on_pool!(&self.backend, pool => {
            sqlx::query("UPDATE text_reviews SET labelled = 0 WHERE labelled = 1")
                .execute(pool)
                .await?
                .rows_affected()
        }))
    }

    /// Approves or hides a text (with the reason shown to other moderators).
    #[instrument(skip_all)]
    pub async fn decide_text(
        &self,
        id: i64,
        status: ReviewStatus,
        reason: Option<&str>,
        staff_id: i64,
    ) -> Result<(), StoreError> {
        let changed = on_pool!(&self.backend, pool => sqlx::query(
            "UPDATE text_reviews SET status = $1, hidden_reason = $2, decided_by = $3, decided_at = $4 WHERE id = $5",
        )
        .bind(status.as_str())
        .bind(reason)
        .bind(staff_id)
        .bind(now_secs())
        .bind(id)
        .execute(pool)
        .await?
        .rows_affected());
        if changed == 0 {
            Err(StoreError::NotFound)
        } else {
            Ok(())
        }
    }

    /// Replaces every occurrence of `part` in the text (and an idea's title) with
    /// `marker`. Returns whether anything was replaced. The text before is not kept.
    #[instrument(skip_all)]
    pub async fn redact_text_part(
        &self,
        id: i64,
        part: &str,
        marker: &str,
        staff_id: i64,
    ) -> Result<bool, StoreError> {
        let Some(item) = self.text_item(id).await? else { return Err(StoreError::NotFound) };
        if part.is_empty()
            || !(item.body.contains(part)
                || item.title.as_deref().is_some_and(|t| t.contains(part)))
        {
            return Ok(false);
        }
        let body = item.body.replace(part, marker);
        let title = item.title.map(|t| t.replace(part, marker));
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "UPDATE answers SET body = $1, title = $2 WHERE (response_key, seq) IN \
                 (SELECT response_key, seq FROM text_reviews WHERE id = $3)",
            )
            .bind(&body)
            .bind(&title)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE text_reviews SET decided_by = $1, decided_at = $2 WHERE id = $3")
                .bind(staff_id)
                .bind(now_secs())
                .bind(id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        Ok(true)
    }

    /// Sets a text's labels to what a person chose. The labels before and after,
    /// who and when are kept in `label_corrections` for good.
    #[instrument(skip_all)]
    pub async fn correct_labels(
        &self,
        id: i64,
        staff_id: i64,
        after: &[(Dimension, String)],
    ) -> Result<(), StoreError> {
        let Some(item) = self.text_item(id).await? else { return Err(StoreError::NotFound) };
        let before: Vec<(Dimension, &str, bool)> =
            item.labels.iter().map(|l| (l.dimension, l.label.as_str(), l.confirmed)).collect();
        let before = serde_json::to_string(&before)?;
        let after_json = serde_json::to_string(after)?;
        let text = match &item.title {
            Some(t) => format!("{t}. {}", item.body),
            None => item.body.clone(),
        };
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query("DELETE FROM text_labels WHERE review_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            // A person's labels stand: the engine will not label this text again.
            let main = |d: Dimension| after.iter().find(|(ad, _)| *ad == d).map(|(_, l)| l.as_str());
            sqlx::query(
                "UPDATE text_reviews SET labelled = 2, main_goal = $1, main_arena = $2 WHERE id = $3",
            )
            .bind(main(Dimension::Goal))
            .bind(main(Dimension::Arena))
            .bind(id)
                .execute(&mut *tx)
                .await?;
            for (dimension, label) in after {
                sqlx::query(
                    "INSERT INTO text_labels (review_id, dimension, label, confidence, source) \
                     VALUES ($1, $2, $3, 1.0, 'confirmed')",
                )
                .bind(id)
                .bind(dimension.as_str())
                .bind(label)
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query(
                "INSERT INTO label_corrections (review_id, staff_id, corrected_at, text, lang, before_labels, after_labels) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(staff_id)
            .bind(now_secs())
            .bind(&text)
            .bind(&item.lang)
            .bind(&before)
            .bind(&after_json)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Every correction ever made, oldest first; the latest for a text wins when the
    /// engine learns from them.
    #[instrument(skip_all)]
    pub async fn label_corrections(&self) -> Result<Vec<LabelCorrection>, StoreError> {
        let rows: Vec<(String, String, String)> = on_pool!(&self.backend, pool => {
            sqlx::query("SELECT text, lang, after_labels FROM label_corrections ORDER BY id")
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| Ok((r.try_get("text")?, r.try_get("lang")?, r.try_get("after_labels")?)))
                .collect::<Result<Vec<_>, StoreError>>()?
        });
        rows.into_iter()
            .map(|(text, lang, after)| {
                Ok(LabelCorrection { text, lang, labels: serde_json::from_str(&after)? })
            })
            .collect()
    }

    /// Every correction with who made it and when, oldest first.
    #[instrument(skip_all)]
    pub async fn correction_log(&self) -> Result<Vec<CorrectionRecord>, StoreError> {
        on_pool!(&self.backend, pool => {
            sqlx::query(
                "SELECT review_id, staff_id, corrected_at, before_labels, after_labels \
                 FROM label_corrections ORDER BY id",
            )
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| {
                Ok(CorrectionRecord {
                    review_id: r.try_get("review_id")?,
                    staff_id: r.try_get("staff_id")?,
                    corrected_at: r.try_get("corrected_at")?,
                    before: r.try_get("before_labels")?,
                    after: r.try_get("after_labels")?,
                })
            })
            .collect()
        })
    }

    /// Counts the help lines shown to the young person answering under this draft's
    /// token: once per draft, into the session's total. Returns whether it counted.
    #[instrument(skip_all)]
    pub async fn offer_help(&self, token: &str) -> Result<bool, StoreError> {
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            let first = sqlx::query("UPDATE drafts SET help_offered = 1 WHERE token = $1 AND help_offered = 0")
                .bind(token)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                == 1;
            if first {
                sqlx::query(
                    "UPDATE sessions SET help_offered = help_offered + 1 \
                     WHERE id = (SELECT session_id FROM drafts WHERE token = $1)",
                )
                .bind(token)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(first)
        })
    }

    /// How many young people in a session were shown the help lines.
    #[instrument(skip_all)]
    pub async fn help_offered(&self, session_id: i64) -> Result<i64, StoreError> {
        on_pool!(&self.backend, pool => Ok(sqlx::query("SELECT help_offered FROM sessions WHERE id = $1")
            .bind(session_id)
            .fetch_optional(pool)
            .await?
            .map(|r| r.try_get::<i64, _>("help_offered"))
            .transpose()?
            .unwrap_or(0)))
    }
}

/// Puts each (review id, label) row on its item; rows of unknown labels are skipped.
fn attach_labels(items: &mut [TextItem], labels: Vec<(i64, Option<StoredLabel>)>) {
    let at: std::collections::HashMap<i64, usize> =
        items.iter().enumerate().map(|(i, item)| (item.id, i)).collect();
    for (id, label) in labels.into_iter().flat_map(|(id, l)| l.map(|l| (id, l))) {
        if let Some(&i) = at.get(&id) {
            items[i].labels.push(label);
        }
    }
}

pub(crate) fn plain_from<R: Row>(r: &R) -> Result<PlainText, StoreError>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> Option<String>: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    let body: Option<String> = r.try_get("body")?;
    let title: Option<String> = r.try_get("title")?;
    let body = body.unwrap_or_default();
    Ok(PlainText {
        id: r.try_get("id")?,
        text: match title {
            Some(t) => format!("{t}. {body}"),
            None => body,
        },
        lang: r.try_get("lang")?,
    })
}

fn item_from<R: Row>(r: &R) -> Result<TextItem, StoreError>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> Option<String>: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    let status: String = r.try_get("status")?;
    Ok(TextItem {
        id: r.try_get("id")?,
        session_id: r.try_get("session_id")?,
        question_id: r.try_get("question_id")?,
        title: r.try_get("title")?,
        body: r.try_get::<Option<String>, _>("body")?.unwrap_or_default(),
        lang: r.try_get("lang")?,
        status: ReviewStatus::parse(&status).unwrap_or(ReviewStatus::Pending),
        hidden_reason: r.try_get("hidden_reason")?,
        labels: Vec::new(),
    })
}

/// A label row; `None` for a dimension this version does not know (skipped).
fn label_from<R: Row>(r: &R) -> Result<Option<StoredLabel>, StoreError>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> f64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    let dimension: String = r.try_get("dimension")?;
    let source: String = r.try_get("source")?;
    Dimension::parse(&dimension)
        .map(|dimension| -> Result<StoredLabel, StoreError> {
            Ok(StoredLabel {
                dimension,
                label: r.try_get("label")?,
                confidence: r.try_get("confidence")?,
                confirmed: source == "confirmed",
            })
        })
        .transpose()
}
