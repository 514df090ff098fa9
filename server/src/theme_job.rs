//! Themes across all consultations, as a background job: read every stored free
//! text that is not hidden, group them with the theme engine, store the groups and
//! which text fell into which. Progress is written to the run's record about twice
//! a second, so the reviewers' page (in any process) shows how far it has come.
//!
//! A reviewer starts a run; one also starts by itself when the last finished run is
//! a day old and texts have come in since.

use analysis::{Doc, Progress, ThemeOptions};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use store::{RunPhase, RunTheme, Store};

/// How often progress (and the heartbeat) is written while a run works.
const PROGRESS_EVERY: Duration = Duration::from_millis(500);
/// A finished run older than this is redone by itself.
const REDO_AFTER_SECS: i64 = 24 * 3600;
/// How often the scheduler looks whether a run is due.
const SCHEDULE_EVERY: Duration = Duration::from_secs(3600);
/// The seed of every run: the same texts give the same themes.
const SEED: u64 = 2025;

/// Where a run is, shared between the engine's thread and the progress writer.
#[derive(Clone, Copy)]
struct Now {
    phase: RunPhase,
    done: i64,
    total: i64,
}

/// Starts a run unless one is under way; returns its id, or `None` if another run
/// is still working.
pub async fn start(
    store: &Store,
    started_by: Option<i64>,
) -> Result<Option<i64>, store::StoreError> {
    let Some(id) = store.start_theme_run(started_by).await? else { return Ok(None) };
    let store = store.clone();
    tokio::spawn(async move {
        if let Err(e) = run(&store, id).await {
            tracing::error!(error = %e, run = id, "theming all texts failed");
            if let Err(e) = store.fail_theme_run(id).await {
                tracing::error!(error = %e, run = id, "could not mark the theme run failed");
            }
        }
    });
    Ok(Some(id))
}

/// Does the work of run `id` and records it done.
pub async fn run(store: &Store, id: i64) -> anyhow::Result<()> {
    let now = Arc::new(Mutex::new(Now { phase: RunPhase::Loading, done: 0, total: 0 }));
    let heartbeat = tokio::spawn(write_progress(store.clone(), id, now.clone()));
    let result = work(store, id, &now).await;
    heartbeat.abort();
    result
}

async fn work(store: &Store, id: i64, now: &Arc<Mutex<Now>>) -> anyhow::Result<()> {
    let texts = store.texts_for_theming().await?;
    let shared = now.clone();
    let (texts, themes) = tokio::task::spawn_blocking(move || {
        let docs: Vec<Doc> = texts
            .iter()
            .map(|t| Doc { text: &t.text, lang: analysis::Lang::parse(&t.lang) })
            .collect();
        let options = ThemeOptions { seed: SEED, ..Default::default() };
        let themes = analysis::themes_with_progress(&docs, &options, &mut |p| {
            set(&shared, progress_of(p));
        });
        (texts, themes)
    })
    .await?;
    let mut members: Vec<(i64, i64)> = Vec::with_capacity(texts.len());
    let found: Vec<RunTheme> = themes
        .iter()
        .map(|theme| {
            let no = theme.id as i64;
            members.extend(theme.members.iter().map(|&m| (texts[m].id, no)));
            RunTheme {
                theme_no: no,
                size: theme.members.len() as i64,
                terms: theme
                    .langs
                    .iter()
                    .map(|l| (l.lang.code().to_string(), l.terms.clone(), l.count as i64))
                    .collect(),
                labels: theme.labels.iter().map(|l| l.to_string()).collect(),
                representatives: theme.representatives.iter().map(|&m| texts[m].id).collect(),
            }
        })
        .collect();
    let total = members.len() as i64;
    set(now, Now { phase: RunPhase::Saving, done: 0, total });
    store
        .finish_theme_run(id, texts.len() as i64, &found, &members, |written| {
            set(now, Now { phase: RunPhase::Saving, done: written as i64, total })
        })
        .await?;
    tracing::info!(run = id, texts = texts.len(), themes = found.len(), "themes across all texts");
    Ok(())
}

fn set(now: &Mutex<Now>, value: Now) {
    match now.lock() {
        Ok(mut n) => *n = value,
        Err(p) => *p.into_inner() = value,
    }
}

fn progress_of(p: Progress) -> Now {
    match p {
        Progress::Vectorising { done, total } => {
            Now { phase: RunPhase::Vectorising, done: done as i64, total: total as i64 }
        }
        Progress::Clustering { iteration, max, .. } => {
            Now { phase: RunPhase::Clustering, done: iteration as i64, total: max as i64 }
        }
        Progress::Naming => Now { phase: RunPhase::Naming, done: 0, total: 0 },
    }
}

async fn write_progress(store: Store, id: i64, now: Arc<Mutex<Now>>) {
    loop {
        let n = match now.lock() {
            Ok(n) => *n,
            Err(p) => *p.into_inner(),
        };
        if let Err(e) = store.theme_run_progress(id, n.phase, n.done, n.total).await {
            tracing::warn!(error = %e, run = id, "could not record the theme run's progress");
        }
        tokio::time::sleep(PROGRESS_EVERY).await;
    }
}

/// Starts a run by itself once a day when texts have come in since the last one.
pub fn spawn_schedule(store: Store) {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(SCHEDULE_EVERY).await;
            match due(&store).await {
                Ok(true) => {
                    if let Err(e) = start(&store, None).await {
                        tracing::warn!(error = %e, "could not start the daily theme run");
                    }
                }
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e, "could not check whether themes are due"),
            }
        }
    });
}

async fn due(store: &Store) -> anyhow::Result<bool> {
    let (latest, done) = store.theme_runs_latest().await?;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() as i64;
    if latest.is_some_and(|r| r.is_alive(now)) {
        return Ok(false);
    }
    Ok(match done {
        None => store.has_texts_beyond_run(None).await?,
        Some(r) => {
            now - r.started_at >= REDO_AFTER_SECS && store.has_texts_beyond_run(Some(r.id)).await?
        }
    })
}
