//! Themes across all consultations: the record of each background theming run —
//! its progress while it works, the groups it found and which text fell into which
//! group — and the texts it reads.
//!
//! One run at a time: a partial unique index allows a single `running` row, and a
//! run whose heartbeat has stopped (its process died) is marked failed when the
//! next one starts.

use crate::backend::BeginWrite;
use crate::free_text::{plain_from, PlainText, PLAIN_SELECT};
use crate::{now_secs, on_pool, Store, StoreError};
use sqlx::Row;
use tracing::instrument;

/// A run whose heartbeat is older than this is taken to be dead.
pub const RUN_STALE_SECS: i64 = 60;
/// Members written per statement (three binds each, below both backends' limits).
const MEMBER_CHUNK: usize = 8_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RunState {
    Running,
    Done,
    Failed,
}

impl RunState {
    fn parse(s: &str) -> RunState {
        match s {
            "running" => RunState::Running,
            "done" => RunState::Done,
            _ => RunState::Failed,
        }
    }
}

/// What a run is doing, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RunPhase {
    /// Reading the texts from the database.
    Loading,
    /// Turning texts into word vectors: `done` of `total` texts.
    Vectorising,
    /// Grouping: pass `done` of at most `total`.
    Clustering,
    /// Naming the groups.
    Naming,
    /// Writing the result: `done` of `total` texts.
    Saving,
}

impl RunPhase {
    pub const ALL: [RunPhase; 5] = [
        RunPhase::Loading,
        RunPhase::Vectorising,
        RunPhase::Clustering,
        RunPhase::Naming,
        RunPhase::Saving,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RunPhase::Loading => "loading",
            RunPhase::Vectorising => "vectorising",
            RunPhase::Clustering => "clustering",
            RunPhase::Naming => "naming",
            RunPhase::Saving => "saving",
        }
    }

    fn parse(s: &str) -> RunPhase {
        RunPhase::ALL.into_iter().find(|p| p.as_str() == s).unwrap_or(RunPhase::Loading)
    }
}

/// A theming run as its record stands.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeRun {
    pub id: i64,
    pub started_at: i64,
    pub heartbeat_at: i64,
    pub finished_at: Option<i64>,
    pub state: RunState,
    pub phase: RunPhase,
    pub done: i64,
    pub total: i64,
    /// Texts the run grouped.
    pub texts: i64,
}

impl ThemeRun {
    /// Running, and its process still alive as far as anyone can tell.
    pub fn is_alive(&self, now: i64) -> bool {
        self.state == RunState::Running && now - self.heartbeat_at <= RUN_STALE_SECS
    }
}

/// One group a run found.
#[derive(Debug, Clone, PartialEq)]
pub struct RunTheme {
    /// 0 for the largest group, then by size.
    pub theme_no: i64,
    pub size: i64,
    /// Telling words per language (code), the language with most texts first.
    pub terms: Vec<(String, Vec<String>, i64)>,
    /// Framework ids most typical of the group.
    pub labels: Vec<String>,
    /// Review ids closest to the group's centre, closest first.
    pub representatives: Vec<i64>,
}

const RUN_COLUMNS: &str =
    "id, started_at, heartbeat_at, finished_at, state, phase, done, total, texts FROM theme_runs";

impl Store {
    /// Starts a run unless a live one is under way; returns the new run's id, or
    /// `None` when another run is still working.
    #[instrument(skip_all)]
    pub async fn start_theme_run(
        &self,
        started_by: Option<i64>,
    ) -> Result<Option<i64>, StoreError> {
        let now = now_secs();
        on_pool!(&self.backend, pool => {
            sqlx::query(
                "UPDATE theme_runs SET state = 'failed', finished_at = $1 \
                 WHERE state = 'running' AND heartbeat_at < $2",
            )
            .bind(now)
            .bind(now - RUN_STALE_SECS)
            .execute(pool)
            .await?;
            let inserted = sqlx::query(
                "INSERT INTO theme_runs (started_by, started_at, heartbeat_at) VALUES ($1, $2, $2) \
                 RETURNING id",
            )
            .bind(started_by)
            .bind(now)
            .fetch_one(pool)
            .await;
            match inserted {
                Ok(row) => Ok(Some(row.try_get::<i64, _>("id")?)),
                // The one-running-run index: another run is under way.
                Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(None),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Records how far a run has come; also its heartbeat.
    #[instrument(skip_all)]
    pub async fn theme_run_progress(
        &self,
        id: i64,
        phase: RunPhase,
        done: i64,
        total: i64,
    ) -> Result<(), StoreError> {
        on_pool!(&self.backend, pool => {
            sqlx::query(
                "UPDATE theme_runs SET phase = $1, done = $2, total = $3, heartbeat_at = $4 \
                 WHERE id = $5 AND state = 'running'",
            )
            .bind(phase.as_str())
            .bind(done)
            .bind(total)
            .bind(now_secs())
            .bind(id)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Every stored free text that is not hidden, oldest first.
    #[instrument(skip_all)]
    pub async fn texts_for_theming(&self) -> Result<Vec<PlainText>, StoreError> {
        let sql = format!("{PLAIN_SELECT} WHERE t.status <> 'hidden' ORDER BY t.id");
        on_pool!(&self.backend, pool => {
            sqlx::query(&sql).fetch_all(pool).await?.iter().map(plain_from).collect()
        })
    }

    /// Stores what a run found in `texts` texts and marks it done; the groups of earlier runs stay,
    /// their members are dropped (only the latest run's are kept). `members` holds
    /// (review id, theme number). Members are written in chunks, each its own
    /// transaction, so submissions are never held up for long; the run counts as
    /// done only once everything is written.
    #[instrument(skip_all)]
    pub async fn finish_theme_run(
        &self,
        id: i64,
        texts: i64,
        themes: &[RunTheme],
        members: &[(i64, i64)],
        mut saved: impl FnMut(usize),
    ) -> Result<(), StoreError> {
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            for t in themes {
                let terms = serde_json::to_string(&t.terms)?;
                let labels = serde_json::to_string(&t.labels)?;
                let reps = serde_json::to_string(&t.representatives)?;
                sqlx::query(
                    "INSERT INTO run_themes (run_id, theme_no, size, terms, labels, representatives) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(t.theme_no)
                .bind(t.size)
                .bind(terms)
                .bind(labels)
                .bind(reps)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            let mut written = 0;
            for chunk in members.chunks(MEMBER_CHUNK) {
                let mut q = sqlx::QueryBuilder::new(
                    "INSERT INTO theme_members (run_id, review_id, theme_no) ",
                );
                q.push_values(chunk, |mut b, (review, theme)| {
                    b.push_bind(id).push_bind(*review).push_bind(*theme);
                });
                q.build().execute(pool).await?;
                written += chunk.len();
                saved(written);
            }
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "UPDATE theme_runs SET state = 'done', phase = 'saving', finished_at = $1, \
                 heartbeat_at = $1, texts = $2, done = $3, total = $3 WHERE id = $4",
            )
            .bind(now_secs())
            .bind(texts)
            .bind(members.len() as i64)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM theme_members WHERE run_id <> $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Marks a run failed (what it had written of its members is dropped).
    #[instrument(skip_all)]
    pub async fn fail_theme_run(&self, id: i64) -> Result<(), StoreError> {
        on_pool!(&self.backend, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query("UPDATE theme_runs SET state = 'failed', finished_at = $1 WHERE id = $2")
                .bind(now_secs())
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM theme_members WHERE run_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The newest run of any state, and the newest finished one.
    #[instrument(skip_all)]
    pub async fn theme_runs_latest(
        &self,
    ) -> Result<(Option<ThemeRun>, Option<ThemeRun>), StoreError> {
        let latest = format!("SELECT {RUN_COLUMNS} ORDER BY id DESC LIMIT 1");
        let done = format!("SELECT {RUN_COLUMNS} WHERE state = 'done' ORDER BY id DESC LIMIT 1");
        on_pool!(&self.backend, pool => {
            let latest = sqlx::query(&latest).fetch_optional(pool).await?;
            let done = sqlx::query(&done).fetch_optional(pool).await?;
            Ok((latest.as_ref().map(run_from).transpose()?, done.as_ref().map(run_from).transpose()?))
        })
    }

    /// The groups a run found, largest first.
    #[instrument(skip_all)]
    pub async fn run_themes(&self, run_id: i64) -> Result<Vec<RunTheme>, StoreError> {
        on_pool!(&self.backend, pool => {
            sqlx::query(
                "SELECT theme_no, size, terms, labels, representatives FROM run_themes \
                 WHERE run_id = $1 ORDER BY theme_no",
            )
            .bind(run_id)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| {
                Ok(RunTheme {
                    theme_no: r.try_get("theme_no")?,
                    size: r.try_get("size")?,
                    terms: serde_json::from_str(r.try_get("terms")?)?,
                    labels: serde_json::from_str(r.try_get("labels")?)?,
                    representatives: serde_json::from_str(r.try_get("representatives")?)?,
                })
            })
            .collect()
        })
    }

    /// Whether a text not hidden has been stored after the newest text of run `run`
    /// (with `None`: whether there is any).
    #[instrument(skip_all)]
    pub async fn has_texts_beyond_run(&self, run: Option<i64>) -> Result<bool, StoreError> {
        let n: i64 = on_pool!(&self.backend, pool => {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM text_reviews WHERE status <> 'hidden' AND id >                  COALESCE((SELECT MAX(review_id) FROM theme_members WHERE run_id = $1), 0)",
            )
            .bind(run.unwrap_or(0))
            .fetch_one(pool)
            .await?
        });
        Ok(n > 0)
    }

    /// Of these texts, the approved ones, in the order given.
    #[instrument(skip_all)]
    pub async fn approved_quotes(&self, ids: &[i64]) -> Result<Vec<PlainText>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = ids.iter().map(|id| id.to_string()).collect::<Vec<_>>().join(",");
        let sql = format!("{PLAIN_SELECT} WHERE t.status = 'approved' AND t.id IN ({list})");
        let mut quotes: Vec<PlainText> = on_pool!(&self.backend, pool => {
            sqlx::query(&sql)
                .fetch_all(pool)
                .await?
                .iter()
                .map(plain_from)
                .collect::<Result<Vec<_>, StoreError>>()?
        });
        quotes.sort_by_key(|q| ids.iter().position(|id| *id == q.id));
        Ok(quotes)
    }
}

fn run_from<R: Row>(r: &R) -> Result<ThemeRun, StoreError>
where
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    for<'a> i64: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> Option<i64>: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
    for<'a> String: sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    let state: String = r.try_get("state")?;
    let phase: String = r.try_get("phase")?;
    Ok(ThemeRun {
        id: r.try_get("id")?,
        started_at: r.try_get("started_at")?,
        heartbeat_at: r.try_get("heartbeat_at")?,
        finished_at: r.try_get("finished_at")?,
        state: RunState::parse(&state),
        phase: RunPhase::parse(&phase),
        done: r.try_get("done")?,
        total: r.try_get("total")?,
        texts: r.try_get("texts")?,
    })
}
