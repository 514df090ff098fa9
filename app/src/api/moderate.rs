//! What the moderation queue needs: a session's free texts, already redacted, with
//! their framework labels and what has been decided about them. Only the
//! facilitators of the session's organisation see it.

use crate::api::respond::Text;
use domain::Dimension;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A label as moderators see it: its id, its name in the reader's language, and
/// whether a person confirmed it or the engine only suggests it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelView {
    pub dimension: Dimension,
    pub id: String,
    pub name: String,
    pub confirmed: bool,
    /// 0–100.
    pub percent: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextRow {
    pub id: i64,
    pub question: Text,
    pub title: Option<String>,
    pub body: String,
    /// `pending`, `approved` or `hidden`.
    pub status: String,
    pub reason: Option<String>,
    pub labels: Vec<LabelView>,
    /// Its writer was offered the help lines because of it (the distress screen,
    /// run again on the stored text). Approving it asks once more.
    pub help_offered: bool,
}

/// A group of similar texts in this session, named by its most telling words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeView {
    /// The telling words per language the group was written in, most texts first.
    pub terms: Vec<(domain::Lang, Vec<String>)>,
    pub size: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum TextsData {
    SignedOut,
    Forbidden,
    NotFound,
    Ready {
        csrf: String,
        code: String,
        title: Text,
        /// How many young people were shown the help lines (never who).
        help_offered: i64,
        items: Vec<TextRow>,
        /// Emergent themes among the texts not hidden.
        themes: Vec<ThemeView>,
        /// Every label id with its name, for the correction form.
        choices: Vec<(Dimension, Vec<(String, String)>)>,
    },
}

#[server(endpoint = "staff/texts")]
pub async fn load_texts(code: String) -> Result<TextsData, ServerFnError> {
    ssr::texts(&code).await
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use super::*;
    use crate::api::staff::ssr::{context, internal};
    use crate::auth::csrf;
    use crate::auth::signed_in::{facilitator_session, Denied, SessionAccess};
    use crate::i18n::{request_lang, tr};
    use domain::Lang;
    use store::ReviewStatus;

    pub async fn texts(code: &str) -> Result<TextsData, ServerFnError> {
        let (session, store) = context()?;
        let info = match facilitator_session(&session, &store, code).await.map_err(internal)? {
            SessionAccess::Denied(Denied::SignedOut) => return Ok(TextsData::SignedOut),
            SessionAccess::Denied(Denied::WrongRole) => return Ok(TextsData::Forbidden),
            SessionAccess::NotFound => return Ok(TextsData::NotFound),
            SessionAccess::Mine(_, info) => info,
        };
        let lang = request_lang();
        let mut items: Vec<TextRow> = store
            .session_texts(info.id, None)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|t| text_row(t, Some(&info.consultation), lang))
            .collect();
        // Waiting texts first, then in the order they came.
        items.sort_by_key(|t| (t.status != ReviewStatus::Pending.as_str(), t.id));
        let choices = label_choices(lang);
        let themes = session_themes(&items);
        let (tl, tt) = info.consultation.title.get(lang);
        Ok(TextsData::Ready {
            csrf: csrf::token(&session).await.map_err(internal)?,
            code: info.join_code.to_string(),
            title: Text { lang: tl, text: tt.to_string() },
            help_offered: store.help_offered(info.id).await.map_err(internal)?,
            items,
            themes,
            choices,
        })
    }

    fn label_name(lang: Lang, d: Dimension, id: &str) -> String {
        tr(lang, &format!("{}-{id}", d.as_str()))
    }

    /// Whether the distress screen offers help for this text, as it did to its
    /// writer (the same screen the server runs on every step).
    pub fn offers_help(title: Option<&str>, body: &str) -> bool {
        let engine = analysis::Engine::shared();
        match title {
            Some(title) => engine.screen(&format!("{title}. {body}")).tier().is_some(),
            None => engine.screen(body).tier().is_some(),
        }
    }

    /// A stored text as staff see it, its question's prompt taken from
    /// `consultation` (blank if the question is gone) and labels named in `lang`.
    pub(crate) fn text_row(
        t: store::TextItem,
        consultation: Option<&domain::Consultation>,
        lang: Lang,
    ) -> TextRow {
        let question = consultation
            .and_then(|c| c.questions.iter().find(|q| q.id == t.question_id))
            .map(|q| q.prompt.get(lang))
            .map(|(l, text)| Text { lang: l, text: text.to_string() })
            .unwrap_or_else(|| Text { lang, text: String::new() });
        let help_offered = offers_help(t.title.as_deref(), &t.body);
        TextRow {
            help_offered,
            id: t.id,
            question,
            title: t.title,
            body: t.body,
            status: t.status.as_str().to_string(),
            reason: t.hidden_reason,
            labels: t
                .labels
                .into_iter()
                .map(|l| LabelView {
                    name: label_name(lang, l.dimension, &l.label),
                    dimension: l.dimension,
                    id: l.label,
                    confirmed: l.confirmed,
                    percent: (l.confidence.clamp(0.0, 1.0) * 100.0).round() as u8,
                })
                .collect(),
        }
    }

    /// Every label id with its name in `lang`, for the correction form.
    pub(crate) fn label_choices(lang: Lang) -> Vec<(Dimension, Vec<(String, String)>)> {
        Dimension::ALL
            .into_iter()
            .map(|d| (d, d.ids().iter().map(|id| (id.clone(), label_name(lang, d, id))).collect()))
            .collect()
    }

    /// Groups the session's texts that are not hidden (a few hundred at most, so
    /// on the request: milliseconds).
    fn session_themes(items: &[TextRow]) -> Vec<ThemeView> {
        let texts: Vec<String> = items
            .iter()
            .filter(|t| t.status != ReviewStatus::Hidden.as_str())
            .map(|t| match &t.title {
                Some(title) => format!("{title}. {}", t.body),
                None => t.body.clone(),
            })
            .collect();
        let docs: Vec<analysis::Doc> =
            texts.iter().map(|text| analysis::Doc { text, lang: None }).collect();
        // Fewer, broader groups than the engine's default for a whole corpus: a
        // session is a few dozen texts, often on one topic.
        let k = ((docs.len() as f64 / 4.0).sqrt().round() as usize).clamp(1, 20);
        let options = analysis::ThemeOptions { threads: 1, k: Some(k), ..Default::default() };
        analysis::themes(&docs, &options)
            .into_iter()
            .map(|theme| ThemeView {
                size: theme.members.len(),
                terms: theme
                    .langs
                    .into_iter()
                    .filter_map(|l| domain::Lang::parse(l.lang.code()).map(|lang| (lang, l.terms)))
                    .collect(),
            })
            .collect()
    }
}
