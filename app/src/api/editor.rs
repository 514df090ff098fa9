//! What the consultation editor and its preview need: every authored text in all
//! four languages (with which are missing and what readers see instead), and one
//! question as a young person would see it.

use crate::api::respond::{QuestionStep, Text};
use domain::{Lang, QuestionKind};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One authored text as the editor shows it: a value per language (empty when
/// missing), in [`Lang::ALL`] order, and for each missing language the language
/// its readers get instead.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditText {
    pub values: Vec<(Lang, String)>,
    pub missing: Vec<(Lang, Lang)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditOption {
    pub id: i64,
    pub label: EditText,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditQuestion {
    pub id: i64,
    pub kind: QuestionKind,
    pub prompt: EditText,
    /// Optional: missing languages are only reported when some language has help.
    pub help: EditText,
    pub options: Vec<EditOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum EditorData {
    SignedOut,
    Forbidden,
    NotFound,
    Ready {
        csrf: String,
        id: i64,
        /// The title in the reader's language, for the heading.
        heading: Text,
        title: EditText,
        intro: EditText,
        questions: Vec<EditQuestion>,
        /// The consultation has responses: questions and options are fixed.
        locked: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PreviewData {
    SignedOut,
    Forbidden,
    NotFound,
    /// The consultation has no questions yet.
    Empty {
        id: i64,
    },
    Ready {
        id: i64,
        /// The language the question is shown in.
        lang: Lang,
        /// Whether the address named the language (kept in the step links).
        chosen: bool,
        step: QuestionStep,
    },
}

#[server(endpoint = "staff/editor")]
pub async fn load_editor(id: String) -> Result<EditorData, ServerFnError> {
    ssr::editor(&id).await
}

#[server(endpoint = "staff/preview")]
pub async fn load_preview(
    id: String,
    n: usize,
    lang: Option<String>,
) -> Result<PreviewData, ServerFnError> {
    ssr::preview(&id, n, lang.as_deref()).await
}

#[cfg(feature = "ssr")]
mod ssr {
    use super::*;
    use crate::api::respond::OptionView;
    use crate::api::staff::ssr::{context, internal};
    use crate::auth::{csrf, signed_in};
    use domain::{Consultation, LocalizedText, Role};
    use std::sync::Arc;
    use tower_sessions::Session;

    enum Access {
        SignedOut,
        Forbidden,
        NotFound,
        Mine(Session, store::Store, Arc<Consultation>),
    }

    /// The consultation, when a facilitator of its organisation asks. Another
    /// organisation's consultation is reported as missing, so ids reveal nothing.
    async fn access(raw_id: &str) -> Result<Access, ServerFnError> {
        let (session, store) = context()?;
        let who = match signed_in::require(&session, &store, &[Role::Facilitator]).await {
            Err(signed_in::Denied::SignedOut) => return Ok(Access::SignedOut),
            Err(signed_in::Denied::WrongRole) => return Ok(Access::Forbidden),
            Ok(w) => w,
        };
        let Ok(id) = raw_id.parse::<i64>() else { return Ok(Access::NotFound) };
        match store.consultation_organisation(id).await.map_err(internal)? {
            Some(Some(org)) if Some(org) == who.organisation_id => {}
            _ => return Ok(Access::NotFound),
        }
        match store.consultation(id).await.map_err(internal)? {
            Some(c) => Ok(Access::Mine(session, store, c)),
            None => Ok(Access::NotFound),
        }
    }

    fn edit_text(text: Option<&LocalizedText>) -> EditText {
        let Some(text) = text else {
            return EditText {
                values: Lang::ALL.iter().map(|l| (*l, String::new())).collect(),
                missing: vec![],
            };
        };
        let have: Vec<Lang> = text.languages().collect();
        EditText {
            values: Lang::ALL
                .iter()
                .map(|l| {
                    let value =
                        if have.contains(l) { text.get(*l).1.to_string() } else { String::new() };
                    (*l, value)
                })
                .collect(),
            missing: domain::authoring::missing(text),
        }
    }

    fn shown(text: &LocalizedText, lang: Lang) -> Text {
        let (lang, text) = text.get(lang);
        Text { lang, text: text.to_string() }
    }

    pub async fn editor(raw_id: &str) -> Result<EditorData, ServerFnError> {
        let (session, store, c) = match access(raw_id).await? {
            Access::SignedOut => return Ok(EditorData::SignedOut),
            Access::Forbidden => return Ok(EditorData::Forbidden),
            Access::NotFound => return Ok(EditorData::NotFound),
            Access::Mine(s, st, c) => (s, st, c),
        };
        let locked = store.consultation_has_responses(c.id).await.map_err(internal)?;
        let questions = c
            .questions
            .iter()
            .map(|q| EditQuestion {
                id: q.id,
                kind: q.kind,
                prompt: edit_text(Some(&q.prompt)),
                help: edit_text(q.help.as_ref()),
                options: q
                    .options
                    .iter()
                    .map(|o| EditOption { id: o.id, label: edit_text(Some(&o.label)) })
                    .collect(),
            })
            .collect();
        Ok(EditorData::Ready {
            csrf: csrf::token(&session).await.map_err(internal)?,
            id: c.id,
            heading: shown(&c.title, crate::i18n::request_lang()),
            title: edit_text(Some(&c.title)),
            intro: edit_text(Some(&c.intro)),
            questions,
            locked,
        })
    }

    pub async fn preview(
        raw_id: &str,
        n: usize,
        lang: Option<&str>,
    ) -> Result<PreviewData, ServerFnError> {
        let c = match access(raw_id).await? {
            Access::SignedOut => return Ok(PreviewData::SignedOut),
            Access::Forbidden => return Ok(PreviewData::Forbidden),
            Access::NotFound => return Ok(PreviewData::NotFound),
            Access::Mine(_, _, c) => c,
        };
        if c.questions.is_empty() {
            return Ok(PreviewData::Empty { id: c.id });
        }
        let Some(q) = n.checked_sub(1).and_then(|i| c.questions.get(i)) else {
            return Ok(PreviewData::NotFound);
        };
        let chosen = lang.and_then(Lang::parse);
        let lang = chosen.unwrap_or_else(crate::i18n::request_lang);
        Ok(PreviewData::Ready {
            id: c.id,
            lang,
            chosen: chosen.is_some(),
            step: QuestionStep {
                n,
                total: c.questions.len(),
                kind: q.kind,
                prompt: shown(&q.prompt, lang),
                help: q.help.as_ref().map(|h| shown(h, lang)),
                options: q
                    .options
                    .iter()
                    .map(|o| OptionView { id: o.id, label: shown(&o.label, lang), checked: false })
                    .collect(),
                scale: None,
                text: String::new(),
                title: String::new(),
                description: String::new(),
                live: false,
                paced: false,
            },
        })
    }
}
