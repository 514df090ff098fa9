//! Group commit: one task owns all submission writes and commits whatever has
//! queued up since its last commit in one transaction, so one fsync serves many
//! submissions. A caller's future resolves only after its batch has committed.

use crate::backend::{Backend, BeginWrite};
use crate::free_text::{FoundLabel, TextLabels};
use crate::{now_secs, on_pool, StoreError};
use domain::{Answer, Dimension, Submission};
use sqlx::Row;
use std::collections::HashSet;
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot, Mutex};

/// Most submissions in one transaction; bounds how long the first waits for the last.
const MAX_BATCH: usize = 512;
/// Submissions waiting for the writer; beyond this, callers wait to enqueue (back-pressure).
const QUEUE: usize = 8192;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmitOutcome {
    /// Newly stored.
    Stored,
    /// A submission with this key was stored before; nothing new was written.
    AlreadyStored,
}

struct Job {
    submission: Submission,
    done: oneshot::Sender<Result<SubmitOutcome, StoreError>>,
}

/// The theme engine's labels for some stored texts: written by this task too, so
/// that on SQLite they never wait for (or hold up) the submissions' write lock,
/// but only when no submission is waiting.
struct LabelJob {
    batch: Vec<TextLabels>,
    done: oneshot::Sender<Result<(), StoreError>>,
}

enum Msg {
    Submit(Job),
    /// Commit what came before, then stop.
    Stop,
}

#[derive(Clone)]
pub(crate) struct WriterHandle {
    tx: mpsc::Sender<Msg>,
    labels: mpsc::Sender<LabelJob>,
    task: Arc<Mutex<Option<tokio::task::JoinHandle<()>>>>,
}

pub(crate) fn spawn(backend: Backend) -> WriterHandle {
    let (tx, rx) = mpsc::channel(QUEUE);
    let (labels, label_rx) = mpsc::channel(4);
    let task = tokio::spawn(run(backend, rx, label_rx));
    WriterHandle { tx, labels, task: Arc::new(Mutex::new(Some(task))) }
}

impl WriterHandle {
    pub(crate) async fn submit(&self, submission: Submission) -> Result<SubmitOutcome, StoreError> {
        let (done, wait) = oneshot::channel();
        self.tx
            .send(Msg::Submit(Job { submission, done }))
            .await
            .map_err(|_| StoreError::WriterGone)?;
        wait.await.map_err(|_| StoreError::WriterGone)?
    }

    pub(crate) async fn labels(&self, batch: Vec<TextLabels>) -> Result<(), StoreError> {
        let (done, wait) = oneshot::channel();
        self.labels.send(LabelJob { batch, done }).await.map_err(|_| StoreError::WriterGone)?;
        wait.await.map_err(|_| StoreError::WriterGone)?
    }

    /// Lets queued submissions commit, then stops the writer. Clones of the store
    /// that submit afterwards get [`StoreError::WriterGone`].
    pub(crate) async fn shutdown(&self) {
        let handle = self.task.lock().await.take();
        if let Some(handle) = handle {
            if self.tx.send(Msg::Stop).await.is_ok() {
                let _ = handle.await;
            }
        }
    }
}

impl crate::Store {
    /// Stores a checked submission durably. Returns after the commit; a key seen
    /// before is acknowledged again without writing anything. Free texts (already
    /// redacted) enter the moderation queue in the same transaction; the theme
    /// engine labels them afterwards, off this path.
    pub async fn submit(&self, submission: Submission) -> Result<SubmitOutcome, StoreError> {
        self.writer.submit(submission).await
    }
}

async fn run(backend: Backend, mut rx: mpsc::Receiver<Msg>, mut labels: mpsc::Receiver<LabelJob>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    loop {
        // Submissions first: labels are written only when none is waiting.
        let received = tokio::select! {
            biased;
            n = rx.recv_many(&mut batch, MAX_BATCH) => n,
            Some(job) = labels.recv() => {
                let _ = job.done.send(write_labels(&backend, &job.batch).await);
                continue;
            }
        };
        if received == 0 {
            return;
        }
        let mut stop = false;
        let mut jobs = Vec::with_capacity(batch.len());
        for msg in batch.drain(..) {
            match msg {
                Msg::Submit(job) if !stop => jobs.push(job),
                // Anything after Stop is dropped: its sender sees WriterGone, and
                // nothing unacknowledged counts as stored.
                Msg::Submit(_) => {}
                Msg::Stop => stop = true,
            }
        }
        commit(&backend, jobs).await;
        if stop {
            return;
        }
    }
}

async fn commit(backend: &Backend, mut jobs: Vec<Job>) {
    if jobs.is_empty() {
        return;
    }
    // Every writer takes its keys' locks in the same order. Two server processes
    // that get the same key at once (a retry sent to the other one) then wait for
    // each other instead of deadlocking, which PostgreSQL only resolves after a
    // second, failing one batch (seen with two processes under load).
    jobs.sort_by(|a, b| a.submission.key.as_str().cmp(b.submission.key.as_str()));
    let subs: Vec<&Submission> = jobs.iter().map(|j| &j.submission).collect();
    match write_batch(backend, &subs).await {
        Ok(outcomes) => {
            for (job, outcome) in jobs.into_iter().zip(outcomes) {
                let _ = job.done.send(Ok(outcome));
            }
        }
        Err(e) => {
            // One bad submission must not fail the others: retry each alone.
            tracing::warn!(error = %e, size = jobs.len(), "batch failed; retrying one by one");
            for job in jobs {
                let result = write_batch(backend, &[&job.submission]).await.map(|o| o[0]);
                let _ = job.done.send(result);
            }
        }
    }
}

/// Rows per multi-row INSERT: well under SQLite's and PostgreSQL's bind limits.
const ROWS_PER_STATEMENT: usize = 100;

/// Writes a batch in one transaction with a handful of multi-row statements, so
/// the cost per submission is a few bound values rather than a round trip per row.
async fn write_batch(
    backend: &Backend,
    subs: &[&Submission],
) -> Result<Vec<SubmitOutcome>, StoreError> {
    // Coarsened to the hour so the time cannot single out who answered when:
    // hours since 1970 (UTC), as the overview and the publications count them.
    let hour = now_secs() / 3600;
    on_pool!(backend, pool => {
        let mut tx = pool.begin_write().await?;
        // Keys this batch newly stored; a key seen before (or twice in the batch)
        // is not returned by the insert and is acknowledged as already stored.
        let mut inserted: HashSet<String> = HashSet::with_capacity(subs.len());
        for chunk in subs.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO responses (idempotency_key, session_id, submitted_hour, lang, age_band, county) ",
            );
            q.push_values(chunk, |mut row, s| {
                row.push_bind(s.key.as_str())
                    .push_bind(s.session_id)
                    .push_bind(hour)
                    .push_bind(s.lang.code())
                    .push_bind(s.age_band.map(|a| a.id()))
                    .push_bind(s.county.map(|c| c.id()));
            });
            q.push(" ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key");
            for row in q.build().fetch_all(&mut *tx).await? {
                inserted.insert(row.try_get::<String, _>("idempotency_key")?);
            }
        }
        let mut outcomes = Vec::with_capacity(subs.len());
        let mut rows = Vec::new();
        let mut stored_keys = Vec::new();
        // Free texts, for the moderation queue: (key, seq, session, language).
        let mut texts: Vec<(&str, i64, i64, &str)> = Vec::new();
        for s in subs {
            if inserted.remove(s.key.as_str()) {
                outcomes.push(SubmitOutcome::Stored);
                stored_keys.push(s.key.as_str());
                let mut seq: i64 = 0;
                for (qid, answer) in &s.answers {
                    for row in answer_rows(answer) {
                        if row.body.is_some() {
                            texts.push((s.key.as_str(), seq, s.session_id, s.lang.code()));
                        }
                        rows.push((s.key.as_str(), seq, *qid, row));
                        seq += 1;
                    }
                }
            } else {
                outcomes.push(SubmitOutcome::AlreadyStored);
            }
        }
        for chunk in rows.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO answers (response_key, seq, question_id, option_id, scale, title, body) ",
            );
            q.push_values(chunk, |mut b, (key, seq, qid, row)| {
                b.push_bind(*key)
                    .push_bind(*seq)
                    .push_bind(*qid)
                    .push_bind(row.option)
                    .push_bind(row.scale)
                    .push_bind(row.title)
                    .push_bind(row.body);
            });
            q.build().execute(&mut *tx).await?;
        }
        // Every free text enters the moderation queue.
        for chunk in texts.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO text_reviews (response_key, seq, session_id, lang) ",
            );
            q.push_values(chunk, |mut b, (key, seq, session, lang)| {
                b.push_bind(*key).push_bind(*seq).push_bind(*session).push_bind(*lang);
            });
            q.build().execute(&mut *tx).await?;
        }
        for chunk in stored_keys.chunks(ROWS_PER_STATEMENT * 5) {
            let mut q = sqlx::QueryBuilder::new("DELETE FROM drafts WHERE token IN (");
            let mut list = q.separated(", ");
            for key in chunk {
                list.push_bind(*key);
            }
            q.push(")");
            q.build().execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(outcomes)
    })
}

struct AnswerRow<'a> {
    option: Option<i64>,
    scale: Option<i64>,
    title: Option<&'a str>,
    body: Option<&'a str>,
}

fn answer_rows(answer: &Answer) -> Vec<AnswerRow<'_>> {
    let empty = AnswerRow { option: None, scale: None, title: None, body: None };
    match answer {
        Answer::Single { option } => vec![AnswerRow { option: Some(*option), ..empty }],
        Answer::Multiple { options } => options
            .iter()
            .map(|o| AnswerRow { option: Some(*o), scale: None, title: None, body: None })
            .collect(),
        Answer::Scale { value } => vec![AnswerRow { scale: Some(i64::from(*value)), ..empty }],
        Answer::Text { text } => vec![AnswerRow { body: Some(text), ..empty }],
        Answer::Idea { title, description } => {
            vec![AnswerRow { title: Some(title), body: Some(description), ..empty }]
        }
    }
}

/// The most confident label of `dimension` (the first of equals by id).
fn main_label(labels: &[FoundLabel], dimension: Dimension) -> Option<&str> {
    labels
        .iter()
        .filter(|l| l.dimension == dimension)
        .max_by(|a, b| a.confidence.total_cmp(&b.confidence).then(b.label.cmp(&a.label)))
        .map(|l| l.label.as_str())
}

/// Stores the engine's labels for a batch of texts in one transaction. A text a
/// person has labelled meanwhile keeps that person's labels.
async fn write_labels(backend: &Backend, batch: &[TextLabels]) -> Result<(), StoreError> {
    on_pool!(backend, pool => {
        let mut tx = pool.begin_write().await?;
        for t in batch {
            let claimed = sqlx::query(
                "UPDATE text_reviews SET labelled = 1, lang = $1, main_goal = $2, main_arena = $3 \
                 WHERE id = $4 AND labelled = 0",
            )
            .bind(&t.lang)
            .bind(main_label(&t.labels, Dimension::Goal))
            .bind(main_label(&t.labels, Dimension::Arena))
            .bind(t.id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if !claimed {
                continue;
            }
            // Relabelling replaces the engine's earlier labels (a person's never
            // reach here: their texts are not claimed).
            sqlx::query("DELETE FROM text_labels WHERE review_id = $1 AND source = 'auto'")
                .bind(t.id)
                .execute(&mut *tx)
                .await?;
            if t.labels.is_empty() {
                continue;
            }
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO text_labels (review_id, dimension, label, confidence, source) ",
            );
            q.push_values(&t.labels, |mut b, l| {
                b.push_bind(t.id)
                    .push_bind(l.dimension.as_str())
                    .push_bind(l.label.as_str())
                    .push_bind(l.confidence)
                    .push_bind("auto");
            });
            q.build().execute(&mut *tx).await?;
        }
        tx.commit().await?;
    });
    Ok(())
}
