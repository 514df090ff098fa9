//! The theme engine as the server uses it: screening a step's free text for
//! distress, and redacting and labelling a submission's free texts before they
//! are stored (so the original text is never written anywhere). Corrections
//! people make are taught back to the engine.

use analysis::Engine;
use domain::{Answer, Dimension, Lang, Submission};
use std::sync::{Arc, RwLock};
use store::{FoundLabel, Store, TextFinding};

pub struct TextAnalysis {
    engine: RwLock<Arc<Engine>>,
}

impl TextAnalysis {
    /// The engine, taught every correction stored so far.
    pub async fn load(store: &Store) -> anyhow::Result<TextAnalysis> {
        let engine = learned(store).await?;
        Ok(TextAnalysis { engine: RwLock::new(Arc::new(engine)) })
    }

    fn engine(&self) -> Arc<Engine> {
        self.engine.read().map(|e| e.clone()).unwrap_or_else(|p| p.into_inner().clone())
    }

    /// Rebuilds the engine with the corrections stored now, off the async threads.
    pub async fn relearn(&self, store: &Store) -> anyhow::Result<()> {
        let engine = learned(store).await?;
        match self.engine.write() {
            Ok(mut e) => *e = Arc::new(engine),
            Err(p) => *p.into_inner() = Arc::new(engine),
        }
        Ok(())
    }

    /// Whether the free text in `answer` signals that the young person needs help now.
    pub fn signals_distress(&self, answer: &Answer, chosen: Lang) -> bool {
        let engine = self.engine();
        texts(answer).iter().any(|t| engine.analyse(t, Some(hint(chosen))).distress)
    }

    /// Redacts every free text in the submission in place and returns what the
    /// engine found in each (labelled from the text as written, which tells more).
    pub fn prepare(&self, submission: &mut Submission) -> Vec<TextFinding> {
        let engine = self.engine();
        let chosen = hint(submission.lang);
        let mut findings = Vec::new();
        for (question_id, answer) in submission.answers.iter_mut() {
            let (lang, labels) = match answer {
                Answer::Text { text } => {
                    let a = engine.analyse(text, Some(chosen));
                    *text = a.redacted.clone();
                    (a.lang, labels_of(&a))
                }
                Answer::Idea { title, description } => {
                    // Labelled as one text; each part redacted on its own (redaction
                    // alone is a fraction of the cost of a full analysis).
                    let whole = engine.analyse(&format!("{title}. {description}"), Some(chosen));
                    *title = engine.redact(title).0;
                    *description = engine.redact(description).0;
                    (whole.lang, labels_of(&whole))
                }
                _ => continue,
            };
            findings.push(TextFinding {
                question_id: *question_id,
                lang: lang.code().to_string(),
                labels,
            });
        }
        findings
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

fn texts(answer: &Answer) -> Vec<&str> {
    match answer {
        Answer::Text { text } => vec![text],
        Answer::Idea { title, description } => vec![title, description],
        _ => vec![],
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
