//! Consultations, their questions and options, and the sessions that open them.

use crate::backend::BeginWrite;
use crate::{now_secs, on_pool, Store, StoreError};
use domain::{
    ChoiceOption, Consultation, ConsultationDef, JoinCode, LocalizedText, Question, QuestionKind,
    SessionMode, SessionStatus,
};
use sqlx::Row;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tracing::instrument;

/// A joinable session and the consultation it opens.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub id: i64,
    pub join_code: JoinCode,
    pub status: SessionStatus,
    pub mode: SessionMode,
    pub opens_at: Option<i64>,
    pub closes_at: Option<i64>,
    /// The organisation that owns the consultation (none for content loaded
    /// outside any organisation).
    pub organisation_id: Option<i64>,
    pub consultation: Arc<Consultation>,
}

impl SessionInfo {
    /// Whether young people can answer right now.
    pub fn takes_answers(&self) -> bool {
        domain::takes_answers(self.status, self.opens_at, self.closes_at, now_secs())
    }
}

/// A consultation in an organisation's list, with its sessions.
#[derive(Debug, Clone)]
pub struct ConsultationSummary {
    pub id: i64,
    pub title: LocalizedText,
    pub sessions: Vec<SessionSummary>,
    /// Framework goal ids the consultation is tagged with.
    pub goals: Vec<String>,
    /// Framework arena ids the consultation is tagged with.
    pub arenas: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct SessionSummary {
    pub join_code: String,
    pub mode: SessionMode,
    pub status: SessionStatus,
    pub opens_at: Option<i64>,
    pub closes_at: Option<i64>,
    pub responses: i64,
}

/// Consultations are read on every screen and every submission but change rarely,
/// so they are kept in memory once loaded. Whoever edits one must call
/// [`Store::forget_consultation`].
#[derive(Default)]
pub(crate) struct ConsultationCache(RwLock<HashMap<i64, Arc<Consultation>>>);

/// Every submission looks its session up by join code. Remembering the answer for
/// a moment saves a database read per submission; closing a session through this
/// store forgets it at once, and another server process sees the change within
/// [`SESSION_TTL`].
#[derive(Default)]
pub(crate) struct SessionCache(RwLock<HashMap<String, (Instant, SessionInfo)>>);

pub const SESSION_TTL: Duration = Duration::from_secs(1);

fn text(raw: &str) -> Result<LocalizedText, StoreError> {
    Ok(serde_json::from_str(raw)?)
}

fn status(raw: &str) -> Result<SessionStatus, StoreError> {
    match raw {
        "open" => Ok(SessionStatus::Open),
        "closed" => Ok(SessionStatus::Closed),
        other => Err(StoreError::Corrupt(format!("session status {other:?}"))),
    }
}

impl Store {
    /// Stores a consultation from a content file or a template, owned by the
    /// organisation when one is given, in one transaction. Loading the same slug
    /// again returns the consultation already there (unchanged), so loading demo
    /// content is idempotent.
    #[instrument(skip_all, fields(slug = %def.slug))]
    pub async fn insert_consultation(
        &self,
        def: &ConsultationDef,
        organisation: Option<i64>,
    ) -> Result<i64, StoreError> {
        def.check().map_err(|e| StoreError::Conflict(e.to_string()))?;
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            let existing = sqlx::query("SELECT id FROM consultations WHERE slug = $1")
                .bind(&def.slug)
                .fetch_optional(&mut *tx)
                .await?;
            if let Some(row) = existing {
                return Ok(row.try_get::<i64, _>("id")?);
            }
            let id: i64 = sqlx::query(
                "INSERT INTO consultations (slug, title, intro, created_at, organisation_id) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(&def.slug)
            .bind(serde_json::to_string(&def.title)?)
            .bind(serde_json::to_string(&def.intro)?)
            .bind(now_secs())
            .bind(organisation)
            .fetch_one(&mut *tx)
            .await?
            .try_get("id")?;
            for (qpos, q) in def.questions.iter().enumerate() {
                let help = q.help.as_ref().map(serde_json::to_string).transpose()?;
                let qid: i64 = sqlx::query(
                    "INSERT INTO questions (consultation_id, position, kind, prompt, help) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(id)
                .bind(qpos as i64)
                .bind(q.kind.id())
                .bind(serde_json::to_string(&q.prompt)?)
                .bind(help)
                .fetch_one(&mut *tx)
                .await?
                .try_get("id")?;
                for (opos, label) in q.options.iter().enumerate() {
                    sqlx::query("INSERT INTO options (question_id, position, label) VALUES ($1, $2, $3)")
                        .bind(qid)
                        .bind(opos as i64)
                        .bind(serde_json::to_string(label)?)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Opens an open-mode session without dates under a join code (demo content).
    /// Opening the same code for the same consultation again returns the session.
    #[instrument(skip_all)]
    pub async fn open_session(
        &self,
        consultation_id: i64,
        code: &JoinCode,
    ) -> Result<i64, StoreError> {
        self.create_session(consultation_id, code, SessionMode::Open, None, None).await
    }

    /// Opens a session. A code already used by another consultation is a conflict;
    /// the same code for the same consultation returns the existing session.
    #[instrument(skip_all)]
    pub async fn create_session(
        &self,
        consultation_id: i64,
        code: &JoinCode,
        mode: SessionMode,
        opens_at: Option<i64>,
        closes_at: Option<i64>,
    ) -> Result<i64, StoreError> {
        on_pool!(&self.backend, pool => {
            let existing = sqlx::query("SELECT id, consultation_id FROM sessions WHERE join_code = $1")
                .bind(code.as_str())
                .fetch_optional(pool)
                .await?;
            if let Some(row) = existing {
                if row.try_get::<i64, _>("consultation_id")? != consultation_id {
                    return Err(StoreError::Conflict(format!("join code {code} is taken")));
                }
                return Ok(row.try_get::<i64, _>("id")?);
            }
            let id: i64 = sqlx::query(
                "INSERT INTO sessions (consultation_id, join_code, status, created_at, mode, opens_at, closes_at) \
                 VALUES ($1, $2, 'open', $3, $4, $5, $6) RETURNING id",
            )
            .bind(consultation_id)
            .bind(code.as_str())
            .bind(now_secs())
            .bind(mode.id())
            .bind(opens_at)
            .bind(closes_at)
            .fetch_one(pool)
            .await?
            .try_get("id")?;
            Ok(id)
        })
    }

    /// Replaces a consultation's framework tags. The caller checks the ids against
    /// the framework.
    #[instrument(skip_all)]
    pub async fn set_consultation_tags(
        &self,
        consultation_id: i64,
        goals: &[String],
        arenas: &[String],
    ) -> Result<(), StoreError> {
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query("DELETE FROM consultation_tags WHERE consultation_id = $1")
                .bind(consultation_id)
                .execute(&mut *tx)
                .await?;
            for (kind, ids) in [("goal", goals), ("arena", arenas)] {
                for tag in ids {
                    sqlx::query("INSERT INTO consultation_tags (consultation_id, kind, tag) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                        .bind(consultation_id)
                        .bind(kind)
                        .bind(tag)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Every consultation's id, title and organisation, newest first (for filters).
    #[instrument(skip_all)]
    pub async fn consultation_titles(
        &self,
    ) -> Result<Vec<(i64, LocalizedText, Option<i64>)>, StoreError> {
        on_pool!(&self.backend, pool => {
            sqlx::query("SELECT id, title, organisation_id FROM consultations ORDER BY id DESC")
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| {
                    Ok((
                        r.try_get("id")?,
                        text(&r.try_get::<String, _>("title")?)?,
                        r.try_get("organisation_id")?,
                    ))
                })
                .collect()
        })
    }

    /// An organisation's consultations, newest first, each with its sessions and
    /// how many responses each has.
    #[instrument(skip_all)]
    pub async fn consultations_of(
        &self,
        organisation_id: i64,
    ) -> Result<Vec<ConsultationSummary>, StoreError> {
        let rows = on_pool!(&self.backend, pool => {
            let heads = sqlx::query("SELECT id, title FROM consultations WHERE organisation_id = $1 ORDER BY id DESC")
                .bind(organisation_id)
                .fetch_all(pool)
                .await?;
            let sessions = sqlx::query(
                "SELECT s.consultation_id, s.join_code, s.mode, s.status, s.opens_at, s.closes_at, \
                 (SELECT COUNT(*) FROM responses r WHERE r.session_id = s.id) AS responses \
                 FROM sessions s JOIN consultations c ON c.id = s.consultation_id \
                 WHERE c.organisation_id = $1 ORDER BY s.id DESC",
            )
            .bind(organisation_id)
            .fetch_all(pool)
            .await?;
            let mut out = Vec::with_capacity(heads.len());
            for h in &heads {
                let id: i64 = h.try_get("id")?;
                let mut list = Vec::new();
                for r in sessions.iter() {
                    if r.try_get::<i64, _>("consultation_id")? != id {
                        continue;
                    }
                    let raw_mode: String = r.try_get("mode")?;
                    list.push(SessionSummary {
                        join_code: r.try_get("join_code")?,
                        mode: SessionMode::parse(&raw_mode)
                            .ok_or_else(|| StoreError::Corrupt(format!("session mode {raw_mode:?}")))?,
                        status: status(&r.try_get::<String, _>("status")?)?,
                        opens_at: r.try_get("opens_at")?,
                        closes_at: r.try_get("closes_at")?,
                        responses: r.try_get("responses")?,
                    });
                }
                let tags = sqlx::query("SELECT kind, tag FROM consultation_tags WHERE consultation_id = $1 ORDER BY tag")
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                let of = |kind: &str| -> Result<Vec<String>, sqlx::Error> {
                    let mut v = Vec::new();
                    for t in &tags {
                        if t.try_get::<String, _>("kind")? == kind {
                            v.push(t.try_get::<String, _>("tag")?);
                        }
                    }
                    Ok(v)
                };
                out.push(ConsultationSummary {
                    id,
                    title: text(&h.try_get::<String, _>("title")?)?,
                    sessions: list,
                    goals: of("goal")?,
                    arenas: of("arena")?,
                });
            }
            out
        });
        Ok(rows)
    }

    #[instrument(skip_all)]
    pub async fn set_session_status(
        &self,
        session_id: i64,
        status: SessionStatus,
    ) -> Result<(), StoreError> {
        let value = match status {
            SessionStatus::Open => "open",
            SessionStatus::Closed => "closed",
        };
        if let Ok(mut map) = self.sessions.0.write() {
            map.clear();
        }
        let done = on_pool!(&self.backend, pool => sqlx::query("UPDATE sessions SET status = $1 WHERE id = $2")
            .bind(value)
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

    #[instrument(skip_all)]
    pub async fn session_by_code(
        &self,
        code: &JoinCode,
    ) -> Result<Option<SessionInfo>, StoreError> {
        let cached = self.sessions.0.read().ok().and_then(|m| m.get(code.as_str()).cloned());
        if let Some((at, info)) = cached {
            if at.elapsed() < SESSION_TTL {
                return Ok(Some(info));
            }
        }
        let found = self.session_where("join_code = $1", code.as_str().to_string()).await?;
        if let (Some(info), Ok(mut map)) = (&found, self.sessions.0.write()) {
            map.insert(code.as_str().to_string(), (Instant::now(), info.clone()));
        }
        Ok(found)
    }

    #[instrument(skip_all)]
    pub async fn session_by_id(&self, id: i64) -> Result<Option<SessionInfo>, StoreError> {
        self.session_where("id = $1", id).await
    }

    async fn session_where<T: crate::BindBoth>(
        &self,
        condition: &str,
        value: T,
    ) -> Result<Option<SessionInfo>, StoreError> {
        let sql = format!(
            "SELECT s.id, s.consultation_id, s.join_code, s.status, s.mode, s.opens_at, s.closes_at, \
             c.organisation_id FROM sessions s JOIN consultations c ON c.id = s.consultation_id WHERE s.{condition}"
        );
        let row = on_pool!(&self.backend, pool => {
            match sqlx::query(&sql).bind(value).fetch_optional(pool).await? {
                None => None,
                Some(r) => Some((
                    (
                        r.try_get::<i64, _>("id")?,
                        r.try_get::<i64, _>("consultation_id")?,
                        r.try_get::<String, _>("join_code")?,
                        r.try_get::<String, _>("status")?,
                    ),
                    (
                        r.try_get::<String, _>("mode")?,
                        r.try_get::<Option<i64>, _>("opens_at")?,
                        r.try_get::<Option<i64>, _>("closes_at")?,
                        r.try_get::<Option<i64>, _>("organisation_id")?,
                    ),
                )),
            }
        });
        let Some((
            (id, consultation_id, code, raw_status),
            (raw_mode, opens_at, closes_at, organisation_id),
        )) = row
        else {
            return Ok(None);
        };
        let mode = SessionMode::parse(&raw_mode)
            .ok_or_else(|| StoreError::Corrupt(format!("session mode {raw_mode:?}")))?;
        let join_code = JoinCode::parse(&code)
            .map_err(|_| StoreError::Corrupt(format!("join code {code:?}")))?;
        let consultation = self.consultation(consultation_id).await?.ok_or(StoreError::NotFound)?;
        Ok(Some(SessionInfo {
            id,
            join_code,
            status: status(&raw_status)?,
            mode,
            opens_at,
            closes_at,
            organisation_id,
            consultation,
        }))
    }

    /// A consultation with its questions and options, from memory when possible.
    #[instrument(skip_all)]
    pub async fn consultation(&self, id: i64) -> Result<Option<Arc<Consultation>>, StoreError> {
        if let Some(c) = self.cache.0.read().ok().and_then(|m| m.get(&id).cloned()) {
            return Ok(Some(c));
        }
        let loaded = self.load_consultation(id).await?;
        if let (Some(c), Ok(mut map)) = (&loaded, self.cache.0.write()) {
            map.insert(id, c.clone());
        }
        Ok(loaded)
    }

    /// Forgets a consultation that was edited, here and in the other server
    /// processes.
    pub fn forget_consultation(&self, id: i64) {
        self.forget_consultation_here(id);
        self.signal_edited(id);
    }

    pub(crate) fn forget_consultation_here(&self, id: i64) {
        if let Ok(mut map) = self.cache.0.write() {
            map.remove(&id);
        }
    }

    /// Forgets every remembered session, whose consultation may have changed.
    pub(crate) fn forget_sessions(&self) {
        if let Ok(mut map) = self.sessions.0.write() {
            map.clear();
        }
    }

    async fn load_consultation(&self, id: i64) -> Result<Option<Arc<Consultation>>, StoreError> {
        on_pool!(&self.backend, pool => {
            let Some(head) = sqlx::query("SELECT title, intro FROM consultations WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?
            else {
                return Ok(None);
            };
            let qrows = sqlx::query(
                "SELECT id, kind, prompt, help FROM questions WHERE consultation_id = $1 ORDER BY position",
            )
            .bind(id)
            .fetch_all(pool)
            .await?;
            let orows = sqlx::query(
                "SELECT o.id, o.question_id, o.label FROM options o JOIN questions q ON q.id = o.question_id \
                 WHERE q.consultation_id = $1 ORDER BY o.question_id, o.position",
            )
            .bind(id)
            .fetch_all(pool)
            .await?;
            let mut options: HashMap<i64, Vec<ChoiceOption>> = HashMap::new();
            for r in orows {
                options.entry(r.try_get("question_id")?).or_default().push(ChoiceOption {
                    id: r.try_get("id")?,
                    label: text(&r.try_get::<String, _>("label")?)?,
                });
            }
            let mut questions = Vec::with_capacity(qrows.len());
            for r in qrows {
                let qid: i64 = r.try_get("id")?;
                let kind_raw: String = r.try_get("kind")?;
                let kind = QuestionKind::parse(&kind_raw)
                    .ok_or_else(|| StoreError::Corrupt(format!("question kind {kind_raw:?}")))?;
                let help: Option<String> = r.try_get("help")?;
                questions.push(Question {
                    id: qid,
                    kind,
                    prompt: text(&r.try_get::<String, _>("prompt")?)?,
                    help: help.as_deref().map(text).transpose()?,
                    options: options.remove(&qid).unwrap_or_default(),
                });
            }
            Ok(Some(Arc::new(Consultation {
                id,
                title: text(&head.try_get::<String, _>("title")?)?,
                intro: text(&head.try_get::<String, _>("intro")?)?,
                questions,
            })))
        })
    }
}
