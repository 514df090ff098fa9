//! Group commit: one task owns all submission writes and commits whatever has
//! queued up since its last commit in one transaction, so one fsync serves many
//! submissions. A caller's future resolves only after its batch has committed.

use crate::backend::Backend;
use crate::free_text::TextFinding;
use crate::{now_secs, on_pool, StoreError};
use domain::{Answer, Submission};
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
    findings: Vec<TextFinding>,
    done: oneshot::Sender<Result<SubmitOutcome, StoreError>>,
}

enum Msg {
    Submit(Job),
    /// Commit what came before, then stop.
    Stop,
}

#[derive(Clone)]
pub(crate) struct WriterHandle {
    tx: mpsc::Sender<Msg>,
    task: Arc<Mutex<Option<tokio::task::JoinHandle<()>>>>,
}

pub(crate) fn spawn(backend: Backend) -> WriterHandle {
    let (tx, rx) = mpsc::channel(QUEUE);
    let task = tokio::spawn(run(backend, rx));
    WriterHandle { tx, task: Arc::new(Mutex::new(Some(task))) }
}

impl WriterHandle {
    pub(crate) async fn submit(
        &self,
        submission: Submission,
        findings: Vec<TextFinding>,
    ) -> Result<SubmitOutcome, StoreError> {
        let (done, wait) = oneshot::channel();
        self.tx
            .send(Msg::Submit(Job { submission, findings, done }))
            .await
            .map_err(|_| StoreError::WriterGone)?;
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
    /// before is acknowledged again without writing anything.
    pub async fn submit(&self, submission: Submission) -> Result<SubmitOutcome, StoreError> {
        self.writer.submit(submission, Vec::new()).await
    }

    /// As [`Store::submit`], with what the theme engine found in the free texts
    /// (whose text in `submission` must already be redacted). The findings are
    /// stored in the same transaction, and every free text enters the
    /// moderation queue.
    pub async fn submit_analysed(
        &self,
        submission: Submission,
        findings: Vec<TextFinding>,
    ) -> Result<SubmitOutcome, StoreError> {
        self.writer.submit(submission, findings).await
    }
}

async fn run(backend: Backend, mut rx: mpsc::Receiver<Msg>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
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

async fn commit(backend: &Backend, jobs: Vec<Job>) {
    if jobs.is_empty() {
        return;
    }
    let subs: Vec<(&Submission, &[TextFinding])> =
        jobs.iter().map(|j| (&j.submission, j.findings.as_slice())).collect();
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
                let result = write_batch(backend, &[(&job.submission, job.findings.as_slice())])
                    .await
                    .map(|o| o[0]);
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
    subs: &[(&Submission, &[TextFinding])],
) -> Result<Vec<SubmitOutcome>, StoreError> {
    // Coarsened to the hour so the time cannot single out who answered when.
    let hour = now_secs() / 3600 * 3600;
    on_pool!(backend, pool => {
        let mut tx = pool.begin().await?;
        // Keys this batch newly stored; a key seen before (or twice in the batch)
        // is not returned by the insert and is acknowledged as already stored.
        let mut inserted: HashSet<String> = HashSet::with_capacity(subs.len());
        for chunk in subs.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO responses (idempotency_key, session_id, submitted_hour, lang, age_band, county) ",
            );
            q.push_values(chunk, |mut row, (s, _)| {
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
        // Free texts: (key, seq, session, finding) for the moderation queue.
        let mut texts: Vec<(&str, i64, i64, Option<&TextFinding>, &str)> = Vec::new();
        for (s, findings) in subs {
            if inserted.remove(s.key.as_str()) {
                outcomes.push(SubmitOutcome::Stored);
                stored_keys.push(s.key.as_str());
                let mut seq: i64 = 0;
                for (qid, answer) in &s.answers {
                    for row in answer_rows(answer) {
                        if row.body.is_some() {
                            let found = findings.iter().find(|f| f.question_id == *qid);
                            texts.push((s.key.as_str(), seq, s.session_id, found, s.lang.code()));
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
        // Every free text enters the moderation queue, with the engine's labels.
        let mut labels = Vec::new();
        for chunk in texts.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO text_reviews (response_key, seq, session_id, lang) ",
            );
            q.push_values(chunk, |mut b, (key, seq, session, found, chosen)| {
                b.push_bind(*key)
                    .push_bind(*seq)
                    .push_bind(*session)
                    .push_bind(found.map_or(*chosen, |f| f.lang.as_str()));
            });
            q.push(" RETURNING id, response_key, seq");
            for row in q.build().fetch_all(&mut *tx).await? {
                let (id, key, seq): (i64, String, i64) =
                    (row.try_get("id")?, row.try_get("response_key")?, row.try_get("seq")?);
                let found = chunk.iter().find(|t| t.0 == key && t.1 == seq).and_then(|t| t.3);
                for label in found.map(|f| f.labels.as_slice()).unwrap_or_default() {
                    labels.push((id, label));
                }
            }
        }
        for chunk in labels.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO text_labels (review_id, dimension, label, confidence, source) ",
            );
            q.push_values(chunk, |mut b, (id, l)| {
                b.push_bind(*id)
                    .push_bind(l.dimension.as_str())
                    .push_bind(l.label.as_str())
                    .push_bind(l.confidence)
                    .push_bind("auto");
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
