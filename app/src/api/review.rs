//! What the Innsatsgruppe's reviewers see of the theme engine's work across all
//! consultations: the latest theming run (or how far the current one has come),
//! its groups with their words and a few approved quotes, and the approved texts
//! behind a group or a label, whose labels they can correct. Groups and quotes
//! from fewer than the reviewers' threshold (k = 5 unless configured) are not shown.

use crate::api::moderate::TextRow;
use crate::api::respond::Text;
use domain::{Dimension, Lang};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How far a running theming run has come.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunProgress {
    /// `loading`, `vectorising`, `clustering`, `naming` or `saving`.
    pub phase: String,
    /// 1-based step of [`RUN_STEPS`].
    pub step: usize,
    pub done: i64,
    pub total: i64,
    /// Estimate over the whole run, 0–100.
    pub percent: u8,
    pub started: String,
}

/// Steps a run goes through, as shown to the reviewer.
pub const RUN_STEPS: usize = 5;

/// A group of similar texts from all consultations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrossTheme {
    pub no: i64,
    pub size: i64,
    /// Telling words per language, for languages with enough texts to show.
    pub terms: Vec<(Lang, Vec<String>)>,
    /// The framework labels most typical of the group, by name.
    pub labels: Vec<String>,
    /// Approved texts close to the group's centre.
    pub quotes: Vec<Text>,
}

/// The newest finished run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FinishedRun {
    pub id: i64,
    pub finished: String,
    pub texts: i64,
    pub themes: Vec<CrossTheme>,
    /// Groups left out because they are too small to show.
    pub small_hidden: usize,
    /// The smallest group shown.
    pub k: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ThemesData {
    SignedOut,
    Forbidden,
    Ready {
        csrf: String,
        running: Option<RunProgress>,
        /// The newest run failed or was cut off (a restart).
        last_failed: bool,
        finished: Option<FinishedRun>,
    },
}

#[server(endpoint = "staff/themes")]
pub async fn load_themes() -> Result<ThemesData, ServerFnError> {
    ssr::themes().await
}

/// Approved texts behind a group or label, a page at a time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ReviewTextsData {
    SignedOut,
    Forbidden,
    NotFound,
    Ready {
        csrf: String,
        /// What the list is filtered by, in words; `None` for all texts.
        filter: Option<String>,
        /// Fewer texts match than may be shown (`k`): none are listed.
        suppressed: bool,
        k: i64,
        total: i64,
        page: i64,
        pages: i64,
        items: Vec<TextRow>,
        choices: Vec<(Dimension, Vec<(String, String)>)>,
        /// This list's address, to come back to after a correction.
        here: String,
        /// The address of the same list, `page=` to be appended.
        base: String,
    },
}

/// Texts per page of the reviewers' list.
pub const TEXTS_PER_PAGE: i64 = 25;

#[server(endpoint = "staff/review-texts")]
pub async fn load_review_texts(
    theme: Option<String>,
    label: Option<String>,
    page: Option<String>,
) -> Result<ReviewTextsData, ServerFnError> {
    ssr::review_texts(theme, label, page).await
}

#[cfg(feature = "ssr")]
mod ssr {
    use super::*;
    use crate::api::moderate::ssr::{label_choices, text_row};
    use crate::api::staff::ssr::{context, internal};
    use crate::auth::csrf;
    use crate::auth::signed_in::{require, Denied};
    use crate::i18n::{request_lang, tr, tr_args};
    use domain::Role;
    use store::{RunPhase, RunState, TextFilter};

    /// Quotes shown per group.
    const QUOTES: usize = 3;

    fn now() -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0)
    }

    fn label_name(lang: Lang, id: &str) -> Option<(Dimension, String)> {
        Dimension::ALL
            .into_iter()
            .find(|d| d.knows(id))
            .map(|d| (d, tr(lang, &format!("{}-{id}", d.as_str()))))
    }

    fn progress(run: &store::ThemeRun) -> RunProgress {
        let step = RunPhase::ALL.iter().position(|p| *p == run.phase).unwrap_or(0);
        let part = if run.total > 0 { run.done as f64 / run.total as f64 } else { 0.0 };
        // Where each step starts and ends in the whole run, from timing 1 000 000
        // texts (docs/PERFORMANCE.md): the grouping passes take most of it.
        let (from, to) = match run.phase {
            RunPhase::Loading => (0.0, 10.0),
            RunPhase::Vectorising => (10.0, 40.0),
            RunPhase::Clustering => (40.0, 80.0),
            RunPhase::Naming => (80.0, 85.0),
            RunPhase::Saving => (85.0, 100.0),
        };
        RunProgress {
            phase: run.phase.as_str().to_string(),
            step: step + 1,
            done: run.done,
            total: run.total,
            percent: (from + (to - from) * part.clamp(0.0, 1.0)).round() as u8,
            started: domain::clock::norway_local(run.started_at),
        }
    }

    pub async fn themes() -> Result<ThemesData, ServerFnError> {
        let (session, store) = context()?;
        match require(&session, &store, &[Role::Reviewer]).await {
            Err(Denied::SignedOut) => return Ok(ThemesData::SignedOut),
            Err(Denied::WrongRole) => return Ok(ThemesData::Forbidden),
            Ok(_) => {}
        }
        let lang = request_lang();
        let (latest, done) = store.theme_runs_latest().await.map_err(internal)?;
        let now = now();
        let running = latest.as_ref().filter(|r| r.is_alive(now)).map(progress);
        let last_failed =
            running.is_none() && latest.as_ref().is_some_and(|r| r.state != RunState::Done);
        let finished = match done {
            None => None,
            Some(run) => {
                let stored = store.run_themes(run.id).await.map_err(internal)?;
                let mut themes = Vec::new();
                let k = crate::api::thresholds();
                let mut small_hidden = 0;
                for t in stored {
                    if !k.shown_to_reviewer(t.size) {
                        small_hidden += 1;
                        continue;
                    }
                    let quotes = store
                        .approved_quotes(&t.representatives)
                        .await
                        .map_err(internal)?
                        .into_iter()
                        .take(QUOTES)
                        .map(|q| Text { lang: Lang::parse(&q.lang).unwrap_or(lang), text: q.text })
                        .collect();
                    themes.push(CrossTheme {
                        no: t.theme_no,
                        size: t.size,
                        terms: t
                            .terms
                            .into_iter()
                            .filter(|(_, _, count)| k.shown_to_reviewer(*count))
                            .filter_map(|(code, terms, _)| Lang::parse(&code).map(|l| (l, terms)))
                            .collect(),
                        labels: t
                            .labels
                            .iter()
                            .filter_map(|id| label_name(lang, id).map(|(_, name)| name))
                            .collect(),
                        quotes,
                    });
                }
                Some(FinishedRun {
                    id: run.id,
                    finished: domain::clock::norway_local(
                        run.finished_at.unwrap_or(run.started_at),
                    ),
                    texts: run.texts,
                    themes,
                    small_hidden,
                    k: k.reviewer,
                })
            }
        };
        Ok(ThemesData::Ready {
            csrf: csrf::token(&session).await.map_err(internal)?,
            running,
            last_failed,
            finished,
        })
    }

    pub async fn review_texts(
        theme: Option<String>,
        label: Option<String>,
        page: Option<String>,
    ) -> Result<ReviewTextsData, ServerFnError> {
        let (session, store) = context()?;
        match require(&session, &store, &[Role::Reviewer]).await {
            Err(Denied::SignedOut) => return Ok(ReviewTextsData::SignedOut),
            Err(Denied::WrongRole) => return Ok(ReviewTextsData::Forbidden),
            Ok(_) => {}
        }
        let lang = request_lang();
        let name = |d: Dimension, id: &str| tr(lang, &format!("{}-{id}", d.as_str()));
        let theme = theme.filter(|t| !t.is_empty());
        let label = label.filter(|l| !l.is_empty());
        let (filter, described, query) = match (&theme, &label) {
            (Some(t), None) => {
                let Ok(no) = t.parse::<i64>() else { return Ok(ReviewTextsData::NotFound) };
                let (_, done) = store.theme_runs_latest().await.map_err(internal)?;
                let Some(run) = done else { return Ok(ReviewTextsData::NotFound) };
                let themes = store.run_themes(run.id).await.map_err(internal)?;
                let Some(found) = themes.iter().find(|x| x.theme_no == no) else {
                    return Ok(ReviewTextsData::NotFound);
                };
                let words = found.terms.first().map(|(_, w, _)| w.join(", ")).unwrap_or_default();
                (
                    TextFilter::Theme { run_id: run.id, theme_no: no },
                    Some(tr_args(lang, "staff-review-filter-theme", &[("words", words.into())])),
                    format!("theme={no}"),
                )
            }
            (None, Some(l)) => {
                let parsed = l.split_once(':').and_then(|(d, id)| {
                    Dimension::parse(d).filter(|d| d.knows(id)).map(|d| (d, id))
                });
                let Some((d, id)) = parsed else { return Ok(ReviewTextsData::NotFound) };
                (
                    TextFilter::Label(d, id.to_string()),
                    Some(name(d, id)),
                    format!("label={}:{id}", d.as_str()),
                )
            }
            (None, None) => (TextFilter::All, None, String::new()),
            (Some(_), Some(_)) => return Ok(ReviewTextsData::NotFound),
        };
        let page = match page.as_deref().filter(|p| !p.is_empty()) {
            None => 1,
            Some(p) => match p.parse::<i64>() {
                Ok(n) if n >= 1 => n,
                _ => return Ok(ReviewTextsData::NotFound),
            },
        };
        // A page far past the end (`page=9223372036854775807`) once overflowed here.
        let Some(offset) = (page - 1).checked_mul(TEXTS_PER_PAGE) else {
            return Ok(ReviewTextsData::NotFound);
        };
        let (items, total) =
            store.approved_texts(&filter, TEXTS_PER_PAGE, offset).await.map_err(internal)?;
        let k = crate::api::thresholds();
        let suppressed = !k.shown_to_reviewer(total);
        // Neither the texts nor their number leave the server for a small group.
        let (items, total) = if suppressed { (Vec::new(), 0) } else { (items, total) };
        let mut consultations = std::collections::HashMap::new();
        let mut rows = Vec::with_capacity(items.len());
        for t in items {
            if let std::collections::hash_map::Entry::Vacant(e) = consultations.entry(t.session_id)
            {
                e.insert(store.session_by_id(t.session_id).await.map_err(internal)?);
            }
            let consultation = consultations.get(&t.session_id).and_then(|i| i.as_ref());
            rows.push(text_row(t, consultation.map(|i| &*i.consultation), lang));
        }
        let choices = label_choices(lang);
        let base = if query.is_empty() {
            "/staff/review/texts?".to_string()
        } else {
            format!("/staff/review/texts?{query}&")
        };
        Ok(ReviewTextsData::Ready {
            csrf: csrf::token(&session).await.map_err(internal)?,
            filter: described,
            suppressed,
            k: k.reviewer,
            total,
            page,
            pages: (total + TEXTS_PER_PAGE - 1) / TEXTS_PER_PAGE,
            items: rows,
            choices,
            here: format!("{base}page={page}"),
            base,
        })
    }
}
