//! The presenter view of a live session: what the projector shows (code, QR code,
//! how many have joined, the current question and its results) as one snapshot.
//! The page renders a snapshot on the server; the server's event stream sends a
//! fresh one, as JSON, whenever something changes in the session.

use crate::api::respond::Text;
use crate::api::staff::QuestionResult;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Everything on the projector that changes while the room answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresenterSnapshot {
    /// Phones that have started: drafts in progress plus responses sent.
    pub joined: i64,
    /// Responses sent.
    pub sent: i64,
    pub accepting: bool,
    /// Phones follow the presenter to the current question.
    pub paced: bool,
    pub results_hidden: bool,
    /// The current question, 1-based, and how many there are.
    pub position: usize,
    pub total: usize,
    /// The current question with its counts, drafts included. With results hidden
    /// only its prompt is sent: no bars and no counts.
    pub question: Option<QuestionResult>,
    /// Free texts a moderator has approved for the projector, with their themes.
    pub approved: Vec<ApprovedText>,
}

/// An approved (and redacted) free text with the names of its framework labels,
/// in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovedText {
    pub text: Text,
    pub themes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PresenterData {
    SignedOut,
    Forbidden,
    NotFound,
    Ready {
        csrf: String,
        code: String,
        title: Text,
        join_url: String,
        qr_svg: String,
        snapshot: Box<PresenterSnapshot>,
    },
}

#[server(endpoint = "staff/presenter")]
pub async fn load_presenter(code: String) -> Result<PresenterData, ServerFnError> {
    ssr::presenter_page(&code).await
}

#[cfg(feature = "ssr")]
pub use ssr::{approved_texts, question_result, snapshot};

#[cfg(feature = "ssr")]
mod ssr {
    use super::*;
    use crate::api::staff::Bar;
    use crate::auth::csrf;
    use crate::auth::signed_in::{facilitator_session, Denied, SessionAccess};
    use axum::http::request::Parts;
    use domain::{Answer, Answers, Lang, Question, QuestionKind};
    use store::{SessionInfo, Store, StoreError};
    use tower_sessions::Session;

    fn internal(e: impl std::fmt::Display) -> ServerFnError {
        tracing::error!(error = %e, "presenter data failed");
        ServerFnError::new("internal error")
    }

    pub async fn presenter_page(code: &str) -> Result<PresenterData, ServerFnError> {
        let parts = use_context::<Parts>().ok_or_else(|| ServerFnError::new("no request"))?;
        let session = parts
            .extensions
            .get::<Session>()
            .cloned()
            .ok_or_else(|| ServerFnError::new("no session layer"))?;
        let store = use_context::<Store>().ok_or_else(|| ServerFnError::new("no store"))?;
        let info = match facilitator_session(&session, &store, code).await.map_err(internal)? {
            SessionAccess::Denied(Denied::SignedOut) => return Ok(PresenterData::SignedOut),
            SessionAccess::Denied(Denied::WrongRole) => return Ok(PresenterData::Forbidden),
            SessionAccess::NotFound => return Ok(PresenterData::NotFound),
            SessionAccess::Mine(_, info) => info,
        };
        let code = info.join_code.clone();
        let join_url = format!(
            "{}/j/{code}",
            crate::auth::origin(&parts, use_context::<crate::auth::SiteUrl>().as_ref())
        );
        let lang = crate::i18n::request_lang();
        let (l, text) = info.consultation.title.get(lang);
        let title = Text { lang: l, text: text.to_string() };
        // The session cache may be a second old; the room state is read fresh.
        let info = store.session_by_id(info.id).await.map_err(internal)?.unwrap_or(info);
        Ok(PresenterData::Ready {
            csrf: csrf::token(&session).await.map_err(internal)?,
            code: code.to_string(),
            title,
            qr_svg: crate::auth::qr_svg(&join_url).unwrap_or_default(),
            join_url,
            snapshot: Box::new(snapshot(&store, &info, lang).await.map_err(internal)?),
        })
    }

    /// The presenter's view of a session now, in `lang`.
    pub async fn snapshot(
        store: &Store,
        info: &SessionInfo,
        lang: Lang,
    ) -> Result<PresenterSnapshot, StoreError> {
        let live = store.live_state(info.id).await?;
        let questions = &info.consultation.questions;
        let total = questions.len();
        let position = usize::try_from(live.position).unwrap_or(1).clamp(1, total.max(1));
        let drafts = store.session_draft_answers(info.id).await?;
        let sent = store.count_responses(info.id).await?;
        let question = match questions.get(position - 1) {
            None => None,
            Some(q) if live.results_hidden => {
                Some(QuestionResult { prompt: text(&q.prompt, lang), bars: vec![], written: None })
            }
            Some(q) => {
                let stored = store.session_counts(info.id).await?;
                let count = |o: Option<i64>, sc: Option<i64>| {
                    let kept = stored
                        .iter()
                        .find(|c| c.question_id == q.id && c.option_id == o && c.scale == sc)
                        .map_or(0, |c| c.count);
                    kept + drafts.iter().filter(|a| draft_has(a, q, o, sc)).count() as i64
                };
                Some(question_result(q, lang, count))
            }
        };
        let approved = match questions.get(position - 1) {
            Some(q) if !live.results_hidden => approved_texts(store, info.id, q.id, lang).await?,
            _ => vec![],
        };
        Ok(PresenterSnapshot {
            joined: sent + drafts.len() as i64,
            sent,
            accepting: info.takes_answers(),
            paced: live.paced,
            results_hidden: live.results_hidden,
            position,
            total,
            question,
            approved,
        })
    }

    /// Free texts and ideas for `question_id` that a moderator has approved for the
    /// projector, in the order they came. Nothing pending or hidden is ever shown.
    pub async fn approved_texts(
        store: &Store,
        session_id: i64,
        question_id: i64,
        lang: Lang,
    ) -> Result<Vec<ApprovedText>, StoreError> {
        let texts = store.session_texts(session_id, Some(store::ReviewStatus::Approved)).await?;
        Ok(texts
            .into_iter()
            .filter(|t| t.question_id == question_id)
            .map(|t| ApprovedText {
                text: Text {
                    lang: Lang::parse(&t.lang).unwrap_or(lang),
                    text: match t.title {
                        Some(title) => format!("{title}: {}", t.body),
                        None => t.body,
                    },
                },
                // Marked as a person's or the machine's, as everywhere labels appear.
                themes: t
                    .labels
                    .iter()
                    .map(|l| {
                        let name =
                            crate::i18n::tr(lang, &format!("{}-{}", l.dimension.as_str(), l.label));
                        if l.confirmed {
                            crate::i18n::tr_args(
                                lang,
                                "staff-label-confirmed",
                                &[("name", name.into())],
                            )
                        } else {
                            let percent = (l.confidence.clamp(0.0, 1.0) * 100.0).round() as u8;
                            crate::i18n::tr_args(
                                lang,
                                "staff-label-suggested",
                                &[("name", name.into()), ("percent", percent.into())],
                            )
                        }
                    })
                    .collect(),
            })
            .collect())
    }

    fn text(t: &domain::LocalizedText, lang: Lang) -> Text {
        let (l, s) = t.get(lang);
        Text { lang: l, text: s.to_string() }
    }

    /// Whether a draft's answer counts for this option (`o`), scale point (`sc`),
    /// or, with neither, as a written text or idea.
    fn draft_has(answers: &Answers, q: &Question, o: Option<i64>, sc: Option<i64>) -> bool {
        match (answers.get(&q.id), o, sc) {
            (Some(Answer::Single { option }), Some(o), None) => *option == o,
            (Some(Answer::Multiple { options }), Some(o), None) => options.contains(&o),
            (Some(Answer::Scale { value }), None, Some(sc)) => i64::from(*value) == sc,
            (Some(Answer::Text { .. } | Answer::Idea { .. }), None, None) => true,
            _ => false,
        }
    }

    /// A question's bars (or written count) from a counting function.
    /// A question's bars (choices, scale points) or count of texts, from `count`,
    /// which is asked per option or scale point (both `None` for written answers).
    pub fn question_result(
        q: &Question,
        lang: Lang,
        count: impl Fn(Option<i64>, Option<i64>) -> i64,
    ) -> QuestionResult {
        let prompt = text(&q.prompt, lang);
        match q.kind {
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => QuestionResult {
                prompt,
                bars: q
                    .options
                    .iter()
                    .map(|o| Bar {
                        label: o.label.get(lang).1.to_string(),
                        count: count(Some(o.id), None),
                    })
                    .collect(),
                written: None,
            },
            QuestionKind::Scale => QuestionResult {
                prompt,
                bars: (1..=5)
                    .map(|v| Bar {
                        label: crate::i18n::tr(lang, &format!("scale-{v}")),
                        count: count(None, Some(v)),
                    })
                    .collect(),
                written: None,
            },
            QuestionKind::FreeText | QuestionKind::Idea => {
                QuestionResult { prompt, bars: vec![], written: Some(count(None, None)) }
            }
        }
    }
}
