//! What a consultation is: ordered questions, each with its text in several
//! languages, and the sessions through which young people reach it.

use crate::lang::LocalizedText;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    SingleChoice,
    MultipleChoice,
    /// 1 to 5, shown as smileys with words.
    Scale,
    FreeText,
    /// A title and a description.
    Idea,
}

impl QuestionKind {
    /// Every kind, in the order an editor offers them.
    pub const ALL: [QuestionKind; 5] = [
        QuestionKind::SingleChoice,
        QuestionKind::MultipleChoice,
        QuestionKind::Scale,
        QuestionKind::FreeText,
        QuestionKind::Idea,
    ];

    /// True for the kinds answered in the young person's own words.
    pub fn is_free_text(self) -> bool {
        matches!(self, QuestionKind::FreeText | QuestionKind::Idea)
    }

    pub fn id(self) -> &'static str {
        match self {
            QuestionKind::SingleChoice => "single_choice",
            QuestionKind::MultipleChoice => "multiple_choice",
            QuestionKind::Scale => "scale",
            QuestionKind::FreeText => "free_text",
            QuestionKind::Idea => "idea",
        }
    }

    pub fn parse(id: &str) -> Option<QuestionKind> {
        [
            QuestionKind::SingleChoice,
            QuestionKind::MultipleChoice,
            QuestionKind::Scale,
            QuestionKind::FreeText,
            QuestionKind::Idea,
        ]
        .into_iter()
        .find(|k| k.id() == id)
    }

    pub fn has_options(self) -> bool {
        matches!(self, QuestionKind::SingleChoice | QuestionKind::MultipleChoice)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub id: i64,
    pub label: LocalizedText,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: i64,
    pub kind: QuestionKind,
    pub prompt: LocalizedText,
    /// A line under the question that helps answering it.
    pub help: Option<LocalizedText>,
    pub options: Vec<ChoiceOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consultation {
    pub id: i64,
    pub title: LocalizedText,
    pub intro: LocalizedText,
    pub questions: Vec<Question>,
}

impl Consultation {
    pub fn question(&self, id: i64) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// How a session is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SessionMode {
    /// A room, now: a facilitator leads and shows results on a projector.
    Live,
    /// A link that is open between a start and an end.
    Open,
}

impl SessionMode {
    pub fn id(self) -> &'static str {
        match self {
            SessionMode::Live => "live",
            SessionMode::Open => "open",
        }
    }

    pub fn parse(id: &str) -> Option<SessionMode> {
        [SessionMode::Live, SessionMode::Open].into_iter().find(|m| m.id() == id)
    }
}

/// Whether a session takes answers at `now` (seconds since the epoch): it must not
/// be closed, and an open session only between its start and end.
pub fn takes_answers(
    status: SessionStatus,
    opens_at: Option<i64>,
    closes_at: Option<i64>,
    now: i64,
) -> bool {
    status == SessionStatus::Open
        && opens_at.is_none_or(|t| now >= t)
        && closes_at.is_none_or(|t| now < t)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SessionStatus {
    Open,
    Closed,
}

/// A consultation as written in a content file (a template or the demo), before it
/// has ids in a database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsultationDef {
    /// Stable name, so loading the same file twice does not create a copy.
    pub slug: String,
    pub title: LocalizedText,
    pub intro: LocalizedText,
    pub questions: Vec<QuestionDef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionDef {
    pub kind: QuestionKind,
    pub prompt: LocalizedText,
    #[serde(default)]
    pub help: Option<LocalizedText>,
    #[serde(default)]
    pub options: Vec<LocalizedText>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DefError {
    #[error("question {0} is a choice question without at least two options")]
    TooFewOptions(usize),
    #[error("question {0} has options but is not a choice question")]
    UnexpectedOptions(usize),
    #[error("a consultation needs at least one question")]
    NoQuestions,
}

impl ConsultationDef {
    pub fn check(&self) -> Result<(), DefError> {
        if self.questions.is_empty() {
            return Err(DefError::NoQuestions);
        }
        for (i, q) in self.questions.iter().enumerate() {
            let n = i + 1;
            if q.kind.has_options() && q.options.len() < 2 {
                return Err(DefError::TooFewOptions(n));
            }
            if !q.kind.has_options() && !q.options.is_empty() {
                return Err(DefError::UnexpectedOptions(n));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_take_answers_only_while_open_and_inside_their_window() {
        let open = SessionStatus::Open;
        assert!(takes_answers(open, None, None, 100));
        assert!(takes_answers(open, Some(100), Some(200), 100));
        assert!(!takes_answers(open, Some(100), Some(200), 99), "not yet");
        assert!(!takes_answers(open, Some(100), Some(200), 200), "over");
        assert!(!takes_answers(SessionStatus::Closed, None, None, 100), "ended by the facilitator");
        assert_eq!(SessionMode::parse("live"), Some(SessionMode::Live));
        assert_eq!(SessionMode::parse("room"), None);
    }
}
