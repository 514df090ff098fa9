//! Changing a consultation after it was made: its texts, its questions and their
//! options, for the facilitator's editor.
//!
//! Every edit runs in one write transaction (see `BeginWrite`) whose first
//! statement touches the consultation's row. On PostgreSQL that row lock
//! serialises edits of one consultation (two facilitators saving at once cannot
//! break the order of questions); SQLite has one writer at a time anyway.
//!
//! Positions stay contiguous from 0. Because `(consultation_id, position)` is unique
//! and both databases check that row by row, rows are moved out of the way through
//! negative positions rather than shifted in place.
//!
//! Once a consultation has a stored response, its questions and options are fixed:
//! adding, removing or reordering them is refused with [`EditError::Locked`], so a
//! stored answer keeps meaning what it meant. Texts may still be corrected. Every
//! successful edit forgets the cached consultation and sessions, so phones get the
//! new text on their next page.

use crate::backend::BeginWrite;
use crate::{now_secs, on_pool, Store, StoreError};
use domain::authoring::{MAX_OPTIONS, MAX_QUESTIONS, MIN_OPTIONS};
use domain::{LocalizedText, QuestionKind};
use sqlx::Row;
use tracing::instrument;

/// Why an edit was not made.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    /// The consultation, question or option does not exist, or not where the
    /// caller said (a question of another consultation, an option of another question).
    #[error("not found")]
    NotFound,
    /// The consultation has responses: its questions and options are fixed.
    #[error("the consultation has responses")]
    Locked,
    /// Options belong to choice questions only.
    #[error("not a choice question")]
    NotChoice,
    /// Removing this option would leave a choice question with fewer than two.
    #[error("a choice question keeps at least two options")]
    TooFewOptions,
    #[error("too many options")]
    TooManyOptions,
    #[error("too many questions")]
    TooManyQuestions,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for EditError {
    fn from(e: sqlx::Error) -> Self {
        // A response committed between our check and our delete holds a reference
        // to the row: the database refuses, and so do we, for the same reason.
        if e.as_database_error().is_some_and(|d| d.is_foreign_key_violation()) {
            return EditError::Locked;
        }
        EditError::Store(e.into())
    }
}

impl From<serde_json::Error> for EditError {
    fn from(e: serde_json::Error) -> Self {
        EditError::Store(e.into())
    }
}

fn json(text: &LocalizedText) -> Result<String, EditError> {
    Ok(serde_json::to_string(text)?)
}

/// Statements shared by the edits, run inside their transaction. Written as a
/// macro because the same text must compile against both connection types.
macro_rules! claim {
    ($tx:expr, $cid:expr) => {{
        let done = sqlx::query("UPDATE consultations SET created_at = created_at WHERE id = $1")
            .bind($cid)
            .execute(&mut *$tx)
            .await?
            .rows_affected();
        if done == 0 {
            return Err(EditError::NotFound);
        }
    }};
}

macro_rules! refuse_if_answered {
    ($tx:expr, $cid:expr) => {{
        let answered = sqlx::query(
            "SELECT 1 AS one FROM responses r JOIN sessions s ON s.id = r.session_id \
             WHERE s.consultation_id = $1 LIMIT 1",
        )
        .bind($cid)
        .fetch_optional(&mut *$tx)
        .await?;
        if answered.is_some() {
            return Err(EditError::Locked);
        }
    }};
}

/// The question's position and kind, when it belongs to the consultation.
macro_rules! question_in {
    ($tx:expr, $cid:expr, $qid:expr) => {{
        match sqlx::query(
            "SELECT position, kind FROM questions WHERE id = $1 AND consultation_id = $2",
        )
        .bind($qid)
        .bind($cid)
        .fetch_optional(&mut *$tx)
        .await?
        {
            None => return Err(EditError::NotFound),
            Some(r) => {
                let raw: String = r.try_get("kind")?;
                let kind = QuestionKind::parse(&raw)
                    .ok_or_else(|| StoreError::Corrupt(format!("question kind {raw:?}")))?;
                (r.try_get::<i64, _>("position")?, kind)
            }
        }
    }};
}

impl Store {
    /// Who owns a consultation: `None` when there is no such consultation,
    /// `Some(None)` for content outside any organisation.
    #[instrument(skip_all)]
    pub async fn consultation_organisation(
        &self,
        id: i64,
    ) -> Result<Option<Option<i64>>, StoreError> {
        let row = on_pool!(&self.backend, pool => {
            match sqlx::query("SELECT organisation_id FROM consultations WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?
            {
                Some(r) => Some(r.try_get::<Option<i64>, _>("organisation_id")?),
                None => None,
            }
        });
        Ok(row)
    }

    /// Whether any session of the consultation has a stored response.
    #[instrument(skip_all)]
    pub async fn consultation_has_responses(&self, id: i64) -> Result<bool, StoreError> {
        Ok(on_pool!(&self.backend, pool => sqlx::query(
            "SELECT 1 AS one FROM responses r JOIN sessions s ON s.id = r.session_id \
             WHERE s.consultation_id = $1 LIMIT 1",
        )
        .bind(id)
        .fetch_optional(pool)
        .await?
        .is_some()))
    }

    /// A consultation without questions, for an organisation.
    #[instrument(skip_all)]
    pub async fn create_blank_consultation(
        &self,
        organisation_id: i64,
        title: &LocalizedText,
        intro: &LocalizedText,
    ) -> Result<i64, StoreError> {
        let slug = format!("org{organisation_id}-{}", uuid::Uuid::new_v4().simple());
        let (title, intro) = (serde_json::to_string(title)?, serde_json::to_string(intro)?);
        Ok(on_pool!(&self.backend, pool => sqlx::query(
            "INSERT INTO consultations (slug, title, intro, created_at, organisation_id) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(slug)
        .bind(title)
        .bind(intro)
        .bind(now_secs())
        .bind(organisation_id)
        .fetch_one(pool)
        .await?
        .try_get::<i64, _>("id")?))
    }

    fn edited(&self, consultation_id: i64) {
        self.forget_consultation(consultation_id);
        self.forget_sessions();
    }

    /// Replaces a consultation's title and introduction (allowed after responses).
    #[instrument(skip_all)]
    pub async fn set_consultation_texts(
        &self,
        id: i64,
        title: &LocalizedText,
        intro: &LocalizedText,
    ) -> Result<(), EditError> {
        let (title, intro) = (json(title)?, json(intro)?);
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            claim!(tx, id);
            sqlx::query("UPDATE consultations SET title = $1, intro = $2 WHERE id = $3")
                .bind(title)
                .bind(intro)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        self.edited(id);
        Ok(())
    }

    /// Adds a question at the end; a choice question with its options.
    #[instrument(skip_all)]
    pub async fn add_question(
        &self,
        consultation_id: i64,
        kind: QuestionKind,
        prompt: &LocalizedText,
        options: &[LocalizedText],
    ) -> Result<i64, EditError> {
        match (kind.has_options(), options.len()) {
            (false, 0) => {}
            (false, _) => return Err(EditError::NotChoice),
            (true, n) if n < MIN_OPTIONS => return Err(EditError::TooFewOptions),
            (true, n) if n > MAX_OPTIONS => return Err(EditError::TooManyOptions),
            (true, _) => {}
        }
        let prompt = json(prompt)?;
        let labels = options.iter().map(json).collect::<Result<Vec<_>, _>>()?;
        let qid = on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            claim!(tx, consultation_id);
            refuse_if_answered!(tx, consultation_id);
            let count: i64 = sqlx::query("SELECT COUNT(*) AS n FROM questions WHERE consultation_id = $1")
                .bind(consultation_id)
                .fetch_one(&mut *tx)
                .await?
                .try_get("n")?;
            if count >= MAX_QUESTIONS as i64 {
                return Err(EditError::TooManyQuestions);
            }
            let qid: i64 = sqlx::query(
                "INSERT INTO questions (consultation_id, position, kind, prompt, help) \
                 VALUES ($1, $2, $3, $4, NULL) RETURNING id",
            )
            .bind(consultation_id)
            .bind(count)
            .bind(kind.id())
            .bind(prompt)
            .fetch_one(&mut *tx)
            .await?
            .try_get("id")?;
            for (pos, label) in labels.into_iter().enumerate() {
                sqlx::query("INSERT INTO options (question_id, position, label) VALUES ($1, $2, $3)")
                    .bind(qid)
                    .bind(pos as i64)
                    .bind(label)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            qid
        });
        self.edited(consultation_id);
        Ok(qid)
    }

    /// Replaces a question's prompt and help line (allowed after responses).
    #[instrument(skip_all)]
    pub async fn set_question_texts(
        &self,
        consultation_id: i64,
        question_id: i64,
        prompt: &LocalizedText,
        help: Option<&LocalizedText>,
    ) -> Result<(), EditError> {
        let prompt = json(prompt)?;
        let help = help.map(json).transpose()?;
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            claim!(tx, consultation_id);
            let _ = question_in!(tx, consultation_id, question_id);
            sqlx::query("UPDATE questions SET prompt = $1, help = $2 WHERE id = $3")
                .bind(prompt)
                .bind(help)
                .bind(question_id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        self.edited(consultation_id);
        Ok(())
    }

    /// Swaps a question with the one before (`up`) or after it. Moving the first
    /// up or the last down changes nothing.
    #[instrument(skip_all)]
    pub async fn move_question(
        &self,
        consultation_id: i64,
        question_id: i64,
        up: bool,
    ) -> Result<(), EditError> {
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            claim!(tx, consultation_id);
            let (pos, _) = question_in!(tx, consultation_id, question_id);
            refuse_if_answered!(tx, consultation_id);
            let other_pos = if up { pos - 1 } else { pos + 1 };
            let other = sqlx::query("SELECT id FROM questions WHERE consultation_id = $1 AND position = $2")
                .bind(consultation_id)
                .bind(other_pos)
                .fetch_optional(&mut *tx)
                .await?;
            if let Some(other) = other {
                let other_id: i64 = other.try_get("id")?;
                for (id, to) in [(question_id, -1), (other_id, pos), (question_id, other_pos)] {
                    sqlx::query("UPDATE questions SET position = $1 WHERE id = $2")
                        .bind(to)
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
        });
        self.edited(consultation_id);
        Ok(())
    }

    /// Deletes a question and its options; the ones after it move up.
    #[instrument(skip_all)]
    pub async fn delete_question(
        &self,
        consultation_id: i64,
        question_id: i64,
    ) -> Result<(), EditError> {
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            claim!(tx, consultation_id);
            let (pos, _) = question_in!(tx, consultation_id, question_id);
            refuse_if_answered!(tx, consultation_id);
            sqlx::query("DELETE FROM options WHERE question_id = $1")
                .bind(question_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM questions WHERE id = $1")
                .bind(question_id)
                .execute(&mut *tx)
                .await?;
            // Out of the way first, then back one place lower.
            sqlx::query("UPDATE questions SET position = -position WHERE consultation_id = $1 AND position > $2")
                .bind(consultation_id)
                .bind(pos)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE questions SET position = -position - 1 WHERE consultation_id = $1 AND position < 0")
                .bind(consultation_id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        self.edited(consultation_id);
        Ok(())
    }

    /// Adds an option at the end of a choice question.
    #[instrument(skip_all)]
    pub async fn add_option(
        &self,
        consultation_id: i64,
        question_id: i64,
        label: &LocalizedText,
    ) -> Result<i64, EditError> {
        let label = json(label)?;
        let id = on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            claim!(tx, consultation_id);
            let (_, kind) = question_in!(tx, consultation_id, question_id);
            if !kind.has_options() {
                return Err(EditError::NotChoice);
            }
            refuse_if_answered!(tx, consultation_id);
            let count: i64 = sqlx::query("SELECT COUNT(*) AS n FROM options WHERE question_id = $1")
                .bind(question_id)
                .fetch_one(&mut *tx)
                .await?
                .try_get("n")?;
            if count >= MAX_OPTIONS as i64 {
                return Err(EditError::TooManyOptions);
            }
            let id: i64 = sqlx::query(
                "INSERT INTO options (question_id, position, label) VALUES ($1, $2, $3) RETURNING id",
            )
            .bind(question_id)
            .bind(count)
            .bind(label)
            .fetch_one(&mut *tx)
            .await?
            .try_get("id")?;
            tx.commit().await?;
            id
        });
        self.edited(consultation_id);
        Ok(id)
    }

    /// Replaces an option's label (allowed after responses).
    #[instrument(skip_all)]
    pub async fn set_option_label(
        &self,
        consultation_id: i64,
        question_id: i64,
        option_id: i64,
        label: &LocalizedText,
    ) -> Result<(), EditError> {
        let label = json(label)?;
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            claim!(tx, consultation_id);
            let _ = question_in!(tx, consultation_id, question_id);
            let done = sqlx::query("UPDATE options SET label = $1 WHERE id = $2 AND question_id = $3")
                .bind(label)
                .bind(option_id)
                .bind(question_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if done == 0 {
                return Err(EditError::NotFound);
            }
            tx.commit().await?;
        });
        self.edited(consultation_id);
        Ok(())
    }

    /// Removes an option; a choice question keeps at least two.
    #[instrument(skip_all)]
    pub async fn delete_option(
        &self,
        consultation_id: i64,
        question_id: i64,
        option_id: i64,
    ) -> Result<(), EditError> {
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            claim!(tx, consultation_id);
            let _ = question_in!(tx, consultation_id, question_id);
            let Some(row) = sqlx::query("SELECT position FROM options WHERE id = $1 AND question_id = $2")
                .bind(option_id)
                .bind(question_id)
                .fetch_optional(&mut *tx)
                .await?
            else {
                return Err(EditError::NotFound);
            };
            let pos: i64 = row.try_get("position")?;
            refuse_if_answered!(tx, consultation_id);
            let count: i64 = sqlx::query("SELECT COUNT(*) AS n FROM options WHERE question_id = $1")
                .bind(question_id)
                .fetch_one(&mut *tx)
                .await?
                .try_get("n")?;
            if count <= MIN_OPTIONS as i64 {
                return Err(EditError::TooFewOptions);
            }
            sqlx::query("DELETE FROM options WHERE id = $1")
                .bind(option_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE options SET position = -position WHERE question_id = $1 AND position > $2")
                .bind(question_id)
                .bind(pos)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE options SET position = -position - 1 WHERE question_id = $1 AND position < 0")
                .bind(question_id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        self.edited(consultation_id);
        Ok(())
    }
}
