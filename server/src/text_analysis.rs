//! The theme engine as the server uses it: screening a step's free text for
//! distress, redacting a submission's free texts before they are stored (so the
//! original is never written anywhere), and — off the submission's path — a
//! background labeller that gives every stored text its framework labels and
//! language. Corrections people make are taught back to the engine.

use analysis::Engine;
use domain::{Answer, Dimension, Lang, Submission};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;
use store::{FoundLabel, Store, TextLabels};
use tokio::sync::Notify;

/// Texts labelled per transaction.
const LABEL_BATCH: i64 = 100;

pub struct TextAnalysis {
    engine: RwLock<Arc<Engine>>,
    /// Wakes the labeller when new texts are stored or labels corrected.
    pending: Notify,
    /// A person corrected labels since the engine was last rebuilt.
    corrections_waiting: AtomicBool,
}

impl TextAnalysis {
    /// The engine, taught every correction stored so far.
    pub async fn load(store: &Store) -> anyhow::Result<TextAnalysis> {
        let engine = learned(store).await?;
        Ok(TextAnalysis {
            engine: RwLock::new(Arc::new(engine)),
            pending: Notify::new(),
            corrections_waiting: AtomicBool::new(false),
        })
    }

    fn engine(&self) -> Arc<Engine> {
        self.engine.read().map(|e| e.clone()).unwrap_or_else(|p| p.into_inner().clone())
    }

    /// A person corrected labels (already stored). The background labeller
    /// rebuilds the engine with every stored correction and relabels what the
    /// engine labelled before. A rebuild takes 0.1–0.25 s of a core
    /// (docs/PERFORMANCE.md), so it is not done on the reviewer's request, and
    /// corrections made in quick succession are learnt in one rebuild.
    pub fn corrected(&self) {
        self.corrections_waiting.store(true, Ordering::SeqCst);
        self.pending.notify_one();
    }

    /// Rebuilds the engine with the corrections stored now, off the async threads,
    /// and marks every text the engine labelled before to be labelled again by
    /// what it has learnt (a person's labels are never replaced).
    async fn relearn(&self, store: &Store) -> anyhow::Result<()> {
        let engine = learned(store).await?;
        match self.engine.write() {
            Ok(mut e) => *e = Arc::new(engine),
            Err(p) => *p.into_inner() = Arc::new(engine),
        }
        let marked = store.relabel_auto().await?;
        tracing::debug!(texts = marked, "texts to relabel after a correction");
        Ok(())
    }

    /// Whether the free text in `answer` signals that the young person needs help,
    /// and how surely (see [`analysis::Tier`]). Only the distress screen runs:
    /// this is on every step a phone posts.
    pub fn signals_distress(&self, answer: &Answer) -> Option<analysis::Tier> {
        match answer {
            Answer::Text { text } => self.offers_help(None, text),
            Answer::Idea { title, description } => self.offers_help(Some(title), description),
            _ => None,
        }
    }

    /// Whether a text (an idea's title and description, or a free text) leads to
    /// help being offered to its writer. Moderators are told of such texts, and
    /// approving one asks once more.
    pub fn offers_help(&self, title: Option<&str>, body: &str) -> Option<analysis::Tier> {
        let engine = self.engine();
        match title {
            Some(title) => engine.screen(&format!("{title}. {body}")).tier(),
            None => engine.screen(body).tier(),
        }
    }

    /// Replaces the personal data in every free text of the submission with markers.
    pub fn redact(&self, submission: &mut Submission) {
        let engine = self.engine();
        for answer in submission.answers.values_mut() {
            match answer {
                Answer::Text { text } => *text = engine.redact(text).0,
                Answer::Idea { title, description } => {
                    *title = engine.redact(title).0;
                    *description = engine.redact(description).0;
                }
                _ => {}
            }
        }
    }

    /// New texts are waiting for labels.
    pub fn texts_stored(&self) {
        self.pending.notify_one();
    }

    /// Labels every stored text that has none yet, in batches; returns how many.
    pub async fn label_pending(&self, store: &Store) -> anyhow::Result<usize> {
        let mut done = 0;
        loop {
            let texts = store.unlabelled_texts(LABEL_BATCH).await?;
            if texts.is_empty() {
                return Ok(done);
            }
            let engine = self.engine();
            let labelled = tokio::task::spawn_blocking(move || {
                texts
                    .into_iter()
                    .map(|t| {
                        let chosen = Lang::parse(&t.lang).map(hint);
                        let a = engine.analyse(&t.text, chosen);
                        TextLabels {
                            id: t.id,
                            lang: a.lang.code().to_string(),
                            labels: labels_of(&a),
                        }
                    })
                    .collect::<Vec<_>>()
            })
            .await?;
            done += labelled.len();
            store.store_labels(labelled).await?;
        }
    }

    /// The background labeller: labels what is waiting at start, then after new
    /// texts are stored or labels corrected (and every minute, in case a wake-up
    /// was missed), learning the corrections first. It works in lulls and small
    /// batches, and its writes go through the submission writer, which takes them
    /// only when no submission waits.
    pub fn spawn_labeller(self: &Arc<Self>, store: Store) {
        let this = self.clone();
        tokio::spawn(async move {
            loop {
                if this.corrections_waiting.swap(false, Ordering::SeqCst) {
                    if let Err(e) = this.relearn(&store).await {
                        // The corrections are stored: try again at the next wake-up.
                        this.corrections_waiting.store(true, Ordering::SeqCst);
                        tracing::warn!(error = %e, "could not retrain the theme engine");
                    }
                }
                match this.label_pending(&store).await {
                    Ok(n) if n > 0 => tracing::debug!(labelled = n, "texts labelled"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "labelling stored texts failed"),
                }
                let _ =
                    tokio::time::timeout(Duration::from_secs(60), this.pending.notified()).await;
                // Labels can wait for a lull: let a burst of submissions finish
                // (no new text for half a second, or ten seconds at most).
                let burst = std::time::Instant::now();
                while burst.elapsed() < Duration::from_secs(10)
                    && tokio::time::timeout(Duration::from_millis(500), this.pending.notified())
                        .await
                        .is_ok()
                {}
            }
        });
    }
}

async fn learned(store: &Store) -> anyhow::Result<Engine> {
    let corrections = store.label_corrections().await?;
    let corrections: Vec<analysis::Correction> = corrections
        .into_iter()
        .map(|c| analysis::Correction {
            text: c.text,
            lang: Lang::parse(&c.lang).map(hint),
            goal: ids(&c.labels, Dimension::Goal),
            arena: ids(&c.labels, Dimension::Arena),
            factor: ids(&c.labels, Dimension::Factor),
        })
        .collect();
    // Training takes a fraction of a second, but not on a request thread.
    Ok(tokio::task::spawn_blocking(move || Engine::shared().with_corrections(&corrections)).await?)
}

fn ids(labels: &[(Dimension, String)], dimension: Dimension) -> Vec<String> {
    labels.iter().filter(|(d, _)| *d == dimension).map(|(_, l)| l.clone()).collect()
}

fn hint(lang: Lang) -> analysis::Lang {
    match lang {
        Lang::Nb => analysis::Lang::Nb,
        Lang::Nn => analysis::Lang::Nn,
        Lang::Se => analysis::Lang::Se,
        Lang::En => analysis::Lang::En,
    }
}

fn labels_of(a: &analysis::Analysis) -> Vec<FoundLabel> {
    [(Dimension::Goal, &a.goals), (Dimension::Arena, &a.arenas), (Dimension::Factor, &a.factors)]
        .into_iter()
        .flat_map(|(dimension, labels)| {
            labels.iter().map(move |l| FoundLabel {
                dimension,
                label: l.id.to_string(),
                confidence: f64::from(l.confidence),
            })
        })
        .collect()
}
