//! What a young person's pages show: a consultation's front page, one question,
//! the closing page, and the thank-you page. Every text is resolved to the
//! reader's language on the server, with the language it ended up in.

use domain::{Lang, QuestionKind};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Authored text in the language it is shown in (which may be a fallback).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub lang: Lang,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum JoinView {
    /// Not a code, or no session has it.
    Unknown,
    Closed,
    Open {
        code: String,
        title: Text,
        intro: Text,
        questions: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionView {
    pub id: i64,
    pub label: Text,
    pub checked: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionStep {
    pub n: usize,
    pub total: usize,
    pub kind: QuestionKind,
    pub prompt: Text,
    pub help: Option<Text>,
    pub options: Vec<OptionView>,
    pub scale: Option<u8>,
    pub text: String,
    pub title: String,
    pub description: String,
    /// The session is live: the page listens for the room's question.
    pub live: bool,
    /// The room is paced: phones follow the facilitator's question.
    pub paced: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepData {
    /// No draft under this token: never started, expired, or already sent.
    Missing {
        sent: bool,
    },
    Closed,
    Question(QuestionStep),
    /// A paced live session is on question `n`: go there.
    Elsewhere {
        n: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AboutData {
    Missing {
        sent: bool,
    },
    Closed,
    Ready {
        code: String,
        /// The answers so far, carried by the final form so the submission is whole
        /// in itself.
        answers_json: String,
        total: usize,
        answered: usize,
    },
}

#[server(endpoint = "respond/join")]
pub async fn join_info(code: String) -> Result<JoinView, ServerFnError> {
    ssr::join_info(&code).await
}

#[server(endpoint = "respond/step")]
pub async fn step_view(token: String, n: usize) -> Result<StepData, ServerFnError> {
    ssr::step_view(&token, n).await
}

#[server(endpoint = "respond/about")]
pub async fn about_view(token: String) -> Result<AboutData, ServerFnError> {
    ssr::about_view(&token).await
}

/// Whether a response with this key has been stored.
#[server(endpoint = "respond/sent")]
pub async fn is_sent(token: String) -> Result<bool, ServerFnError> {
    ssr::is_sent(&token).await
}

#[cfg(feature = "ssr")]
mod ssr {
    use super::*;
    use crate::i18n::request_lang;
    use domain::{Answer, JoinCode, LocalizedText, SubmissionKey};
    use store::Store;

    fn store() -> Result<Store, ServerFnError> {
        use_context::<Store>().ok_or_else(|| ServerFnError::new("store missing from context"))
    }

    /// Store failures are logged with their cause and reach the page without it.
    fn internal(e: store::StoreError) -> ServerFnError {
        tracing::error!(error = %e, "store error in a respondent page");
        ServerFnError::new("internal error")
    }

    fn text(t: &LocalizedText, lang: Lang) -> Text {
        let (lang, text) = t.get(lang);
        Text { lang, text: text.to_string() }
    }

    pub async fn join_info(code: &str) -> Result<JoinView, ServerFnError> {
        let Ok(code) = JoinCode::parse(code) else { return Ok(JoinView::Unknown) };
        let Some(session) = store()?.session_by_code(&code).await.map_err(internal)? else {
            return Ok(JoinView::Unknown);
        };
        if !session.takes_answers() {
            return Ok(JoinView::Closed);
        }
        let lang = request_lang();
        let c = &session.consultation;
        Ok(JoinView::Open {
            code: code.to_string(),
            title: text(&c.title, lang),
            intro: text(&c.intro, lang),
            questions: c.questions.len(),
        })
    }

    async fn sent(store: &Store, token: &str) -> Result<bool, ServerFnError> {
        if SubmissionKey::parse(token).is_err() {
            return Ok(false);
        }
        Ok(store.response(token).await.map_err(internal)?.is_some())
    }

    pub async fn is_sent(token: &str) -> Result<bool, ServerFnError> {
        sent(&store()?, token).await
    }

    pub async fn step_view(token: &str, n: usize) -> Result<StepData, ServerFnError> {
        let store = store()?;
        let draft = match SubmissionKey::parse(token) {
            Ok(_) => store.draft(token).await.map_err(internal)?,
            Err(_) => None,
        };
        let Some(draft) = draft else {
            return Ok(StepData::Missing { sent: sent(&store, token).await? });
        };
        let Some(session) = store.session_by_id(draft.session_id).await.map_err(internal)? else {
            return Ok(StepData::Missing { sent: false });
        };
        if !session.takes_answers() {
            return Ok(StepData::Closed);
        }
        let c = &session.consultation;
        let live = session.mode == domain::SessionMode::Live;
        let paced_at = match live {
            true => Some(store.live_state(session.id).await.map_err(internal)?),
            false => None,
        }
        .filter(|s| s.paced)
        .map(|s| usize::try_from(s.position).unwrap_or(1).clamp(1, c.questions.len().max(1)));
        if let Some(at) = paced_at.filter(|at| *at != n) {
            return Ok(StepData::Elsewhere { n: at });
        }
        let Some(q) = n.checked_sub(1).and_then(|i| c.questions.get(i)) else {
            return Ok(StepData::Missing { sent: false });
        };
        let lang = request_lang();
        let given = draft.answers.get(&q.id);
        let chosen: Vec<i64> = match given {
            Some(Answer::Single { option }) => vec![*option],
            Some(Answer::Multiple { options }) => options.clone(),
            _ => vec![],
        };
        let (text_value, title, description) = match given {
            Some(Answer::Text { text }) => (text.clone(), String::new(), String::new()),
            Some(Answer::Idea { title, description }) => {
                (String::new(), title.clone(), description.clone())
            }
            _ => Default::default(),
        };
        Ok(StepData::Question(QuestionStep {
            n,
            total: c.questions.len(),
            kind: q.kind,
            prompt: text(&q.prompt, lang),
            help: q.help.as_ref().map(|h| text(h, lang)),
            options: q
                .options
                .iter()
                .map(|o| OptionView {
                    id: o.id,
                    label: text(&o.label, lang),
                    checked: chosen.contains(&o.id),
                })
                .collect(),
            scale: match given {
                Some(Answer::Scale { value }) => Some(*value),
                _ => None,
            },
            text: text_value,
            title,
            description,
            live,
            paced: paced_at.is_some(),
        }))
    }

    pub async fn about_view(token: &str) -> Result<AboutData, ServerFnError> {
        let store = store()?;
        let draft = match SubmissionKey::parse(token) {
            Ok(_) => store.draft(token).await.map_err(internal)?,
            Err(_) => None,
        };
        let Some(draft) = draft else {
            return Ok(AboutData::Missing { sent: sent(&store, token).await? });
        };
        let Some(session) = store.session_by_id(draft.session_id).await.map_err(internal)? else {
            return Ok(AboutData::Missing { sent: false });
        };
        if !session.takes_answers() {
            return Ok(AboutData::Closed);
        }
        Ok(AboutData::Ready {
            code: session.join_code.to_string(),
            answers_json: serde_json::to_string(&draft.answers)?,
            total: session.consultation.questions.len(),
            answered: draft.answers.len(),
        })
    }
}
