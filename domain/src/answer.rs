//! Answers and the rules they follow. Everything a phone sends is checked here
//! before it reaches the store: an answer refers to questions and options by id,
//! never by text, and free text has an upper length.

use crate::consultation::{Consultation, Question, QuestionKind};
use crate::lang::Lang;
use crate::profile::{AgeBand, County};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest free text or idea description, in characters (not bytes).
pub const MAX_TEXT_CHARS: usize = 5000;
/// Longest idea title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Answer {
    Single { option: i64 },
    Multiple { options: Vec<i64> },
    Scale { value: u8 },
    Text { text: String },
    Idea { title: String, description: String },
}

/// Answers by question id. A question that was skipped has no entry.
pub type Answers = BTreeMap<i64, Answer>;

/// What went wrong with an answer. Each variant names the Fluent message that
/// explains it to the young person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("unknown question")]
    UnknownQuestion,
    #[error("answer does not fit the question")]
    WrongKind,
    #[error("unknown option")]
    UnknownOption,
    #[error("only one option may be chosen")]
    OneOptionOnly,
    #[error("scale value out of range")]
    ScaleOutOfRange,
    #[error("text too long")]
    TextTooLong,
    #[error("title too long")]
    TitleTooLong,
    #[error("malformed submission")]
    Malformed,
    #[error("unknown age band")]
    UnknownAgeBand,
    #[error("unknown county")]
    UnknownCounty,
}

impl AnswerError {
    /// The Fluent message id shown to the user.
    pub fn message_id(self) -> &'static str {
        match self {
            AnswerError::UnknownQuestion => "error-unknown-question",
            AnswerError::WrongKind | AnswerError::Malformed => "error-malformed",
            AnswerError::UnknownOption | AnswerError::OneOptionOnly => "error-unknown-option",
            AnswerError::ScaleOutOfRange => "error-scale-range",
            AnswerError::TextTooLong => "error-text-too-long",
            AnswerError::TitleTooLong => "error-title-too-long",
            AnswerError::UnknownAgeBand | AnswerError::UnknownCounty => "error-malformed",
        }
    }
}

/// The fields of one question's form, as typed strings. Empty means skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepFields {
    pub choice: Vec<String>,
    pub scale: Option<String>,
    pub text: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
}

/// Trims, unifies line breaks and drops control characters a keyboard never types.
pub fn clean_text(raw: &str) -> String {
    raw.replace("\r\n", "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect::<String>()
        .trim()
        .to_string()
}

fn checked(raw: Option<&str>, max: usize, err: AnswerError) -> Result<String, AnswerError> {
    let text = clean_text(raw.unwrap_or(""));
    if text.chars().count() > max {
        Err(err)
    } else {
        Ok(text)
    }
}

fn known_option(question: &Question, raw: &str) -> Result<i64, AnswerError> {
    let id: i64 = raw.trim().parse().map_err(|_| AnswerError::UnknownOption)?;
    if question.options.iter().any(|o| o.id == id) {
        Ok(id)
    } else {
        Err(AnswerError::UnknownOption)
    }
}

impl Answer {
    /// Reads one question's form. `Ok(None)` means the question was skipped.
    pub fn from_fields(question: &Question, f: &StepFields) -> Result<Option<Answer>, AnswerError> {
        let answer = match question.kind {
            QuestionKind::SingleChoice => match f.choice.as_slice() {
                [] => None,
                [one] => Some(Answer::Single { option: known_option(question, one)? }),
                _ => return Err(AnswerError::OneOptionOnly),
            },
            QuestionKind::MultipleChoice => {
                let mut options = f
                    .choice
                    .iter()
                    .map(|c| known_option(question, c))
                    .collect::<Result<Vec<_>, _>>()?;
                options.sort_unstable();
                options.dedup();
                (!options.is_empty()).then_some(Answer::Multiple { options })
            }
            QuestionKind::Scale => match f.scale.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(v) => {
                    let value: u8 = v.parse().map_err(|_| AnswerError::ScaleOutOfRange)?;
                    Some(Answer::Scale { value })
                }
            },
            QuestionKind::FreeText => {
                let text = checked(f.text.as_deref(), MAX_TEXT_CHARS, AnswerError::TextTooLong)?;
                (!text.is_empty()).then_some(Answer::Text { text })
            }
            QuestionKind::Idea => {
                let title =
                    checked(f.title.as_deref(), MAX_TITLE_CHARS, AnswerError::TitleTooLong)?;
                let description =
                    checked(f.description.as_deref(), MAX_TEXT_CHARS, AnswerError::TextTooLong)?;
                (!title.is_empty() || !description.is_empty())
                    .then_some(Answer::Idea { title, description })
            }
        };
        if let Some(a) = &answer {
            a.check(question)?;
        }
        Ok(answer)
    }

    /// The same answer with its texts cleaned as a typed step's are
    /// ([`clean_text`]). An answer that arrives already structured (the closing
    /// form's hidden field, an offline sync) may carry what no keyboard types —
    /// NUL, which PostgreSQL cannot store, or escape sequences.
    pub fn cleaned(self) -> Answer {
        match self {
            Answer::Text { text } => Answer::Text { text: clean_text(&text) },
            Answer::Idea { title, description } => {
                Answer::Idea { title: clean_text(&title), description: clean_text(&description) }
            }
            other => other,
        }
    }

    /// Checks an answer that arrived already structured (a submitted form's hidden
    /// field, an offline sync) against its question.
    pub fn check(&self, question: &Question) -> Result<(), AnswerError> {
        let has = |id: &i64| question.options.iter().any(|o| o.id == *id);
        match (self, question.kind) {
            (Answer::Single { option }, QuestionKind::SingleChoice) => {
                has(option).then_some(()).ok_or(AnswerError::UnknownOption)
            }
            (Answer::Multiple { options }, QuestionKind::MultipleChoice) => {
                if options.is_empty() {
                    return Err(AnswerError::Malformed);
                }
                let mut seen = options.clone();
                seen.sort_unstable();
                seen.dedup();
                if seen.len() != options.len() {
                    return Err(AnswerError::Malformed);
                }
                options.iter().all(has).then_some(()).ok_or(AnswerError::UnknownOption)
            }
            (Answer::Scale { value }, QuestionKind::Scale) => {
                (1..=5).contains(value).then_some(()).ok_or(AnswerError::ScaleOutOfRange)
            }
            (Answer::Text { text }, QuestionKind::FreeText) => {
                if text.chars().count() > MAX_TEXT_CHARS {
                    Err(AnswerError::TextTooLong)
                } else if text.trim().is_empty() {
                    Err(AnswerError::Malformed)
                } else {
                    Ok(())
                }
            }
            (Answer::Idea { title, description }, QuestionKind::Idea) => {
                if title.chars().count() > MAX_TITLE_CHARS {
                    Err(AnswerError::TitleTooLong)
                } else if description.chars().count() > MAX_TEXT_CHARS {
                    Err(AnswerError::TextTooLong)
                } else if title.trim().is_empty() && description.trim().is_empty() {
                    Err(AnswerError::Malformed)
                } else {
                    Ok(())
                }
            }
            _ => Err(AnswerError::WrongKind),
        }
    }
}

/// The idempotency key a submission carries: a random UUID, so a retried post is
/// stored once. It is the only value in a response that a phone made.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SubmissionKey(String);

impl SubmissionKey {
    /// Accepts the canonical 8-4-4-4-12 lowercase hex form only, so the same key
    /// cannot arrive in two spellings and be stored twice.
    pub fn parse(s: &str) -> Result<SubmissionKey, AnswerError> {
        let ok = s.len() == 36
            && s.char_indices().all(|(i, c)| match i {
                8 | 13 | 18 | 23 => c == '-',
                _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
            });
        if ok {
            Ok(SubmissionKey(s.to_string()))
        } else {
            Err(AnswerError::Malformed)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SubmissionKey {
    type Error = AnswerError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        SubmissionKey::parse(&s)
    }
}

impl From<SubmissionKey> for String {
    fn from(k: SubmissionKey) -> String {
        k.0
    }
}

/// A whole, checked response, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    pub key: SubmissionKey,
    pub session_id: i64,
    pub lang: Lang,
    pub age_band: Option<AgeBand>,
    pub county: Option<County>,
    pub answers: Answers,
}

impl Submission {
    /// Checks every answer against the consultation it claims to answer.
    pub fn check(&self, consultation: &Consultation) -> Result<(), AnswerError> {
        for (qid, answer) in &self.answers {
            let q = consultation.question(*qid).ok_or(AnswerError::UnknownQuestion)?;
            answer.check(q)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultation::ChoiceOption;
    use crate::lang::LocalizedText;

    fn text(s: &str) -> LocalizedText {
        LocalizedText::new([(Lang::Nb, s.to_string())]).unwrap()
    }

    /// A question of `kind`; choice questions get options 10 and 11.
    pub(super) fn question(id: i64, kind: QuestionKind) -> Question {
        let options = if kind.has_options() {
            vec![
                ChoiceOption { id: 10, label: text("A") },
                ChoiceOption { id: 11, label: text("B") },
            ]
        } else {
            vec![]
        };
        Question { id, kind, prompt: text("?"), help: None, options }
    }

    fn fields() -> StepFields {
        StepFields::default()
    }

    #[test]
    fn empty_fields_mean_skipped() {
        for kind in [
            QuestionKind::SingleChoice,
            QuestionKind::MultipleChoice,
            QuestionKind::Scale,
            QuestionKind::FreeText,
            QuestionKind::Idea,
        ] {
            let f = StepFields { text: Some("  ".into()), scale: Some(String::new()), ..fields() };
            assert_eq!(Answer::from_fields(&question(1, kind), &f), Ok(None), "{kind:?}");
        }
    }

    #[test]
    fn choices_must_be_known_options() {
        let q = question(1, QuestionKind::SingleChoice);
        let f = StepFields { choice: vec!["11".into()], ..fields() };
        assert_eq!(Answer::from_fields(&q, &f), Ok(Some(Answer::Single { option: 11 })));
        let f = StepFields { choice: vec!["12".into()], ..fields() };
        assert_eq!(Answer::from_fields(&q, &f), Err(AnswerError::UnknownOption));
        let f = StepFields { choice: vec!["A".into()], ..fields() };
        assert_eq!(Answer::from_fields(&q, &f), Err(AnswerError::UnknownOption));
        let f = StepFields { choice: vec!["10".into(), "11".into()], ..fields() };
        assert_eq!(Answer::from_fields(&q, &f), Err(AnswerError::OneOptionOnly));

        let q = question(2, QuestionKind::MultipleChoice);
        let f = StepFields { choice: vec!["11".into(), "10".into(), "11".into()], ..fields() };
        assert_eq!(
            Answer::from_fields(&q, &f),
            Ok(Some(Answer::Multiple { options: vec![10, 11] }))
        );
    }

    #[test]
    fn scale_is_one_to_five() {
        let q = question(1, QuestionKind::Scale);
        for (raw, want) in [
            ("1", Ok(Some(Answer::Scale { value: 1 }))),
            ("5", Ok(Some(Answer::Scale { value: 5 }))),
            ("0", Err(AnswerError::ScaleOutOfRange)),
            ("6", Err(AnswerError::ScaleOutOfRange)),
            ("-1", Err(AnswerError::ScaleOutOfRange)),
            ("three", Err(AnswerError::ScaleOutOfRange)),
        ] {
            let f = StepFields { scale: Some(raw.into()), ..fields() };
            assert_eq!(Answer::from_fields(&q, &f), want, "{raw}");
        }
    }

    #[test]
    fn text_is_limited_in_characters_not_bytes() {
        let q = question(1, QuestionKind::FreeText);
        let sami = "á".repeat(MAX_TEXT_CHARS);
        let f = StepFields { text: Some(sami.clone()), ..fields() };
        assert_eq!(Answer::from_fields(&q, &f), Ok(Some(Answer::Text { text: sami })));
        let f = StepFields { text: Some("a".repeat(MAX_TEXT_CHARS + 1)), ..fields() };
        assert_eq!(Answer::from_fields(&q, &f), Err(AnswerError::TextTooLong));
        let f = StepFields { text: Some(" hei\r\nder\u{0} ".into()), ..fields() };
        assert_eq!(Answer::from_fields(&q, &f), Ok(Some(Answer::Text { text: "hei\nder".into() })));
    }

    #[test]
    fn idea_needs_a_title_or_a_description() {
        let q = question(1, QuestionKind::Idea);
        let f = StepFields { title: Some("Mer lys".into()), ..fields() };
        assert_eq!(
            Answer::from_fields(&q, &f),
            Ok(Some(Answer::Idea { title: "Mer lys".into(), description: String::new() }))
        );
        let f = StepFields { title: Some("x".repeat(MAX_TITLE_CHARS + 1)), ..fields() };
        assert_eq!(Answer::from_fields(&q, &f), Err(AnswerError::TitleTooLong));
    }

    #[test]
    fn structured_answers_are_checked_against_their_question() {
        let c = Consultation {
            id: 1,
            title: text("t"),
            intro: text("i"),
            questions: vec![
                question(1, QuestionKind::SingleChoice),
                question(2, QuestionKind::Scale),
            ],
        };
        let mut s = Submission {
            key: SubmissionKey::parse("123e4567-e89b-42d3-a456-426614174000").unwrap(),
            session_id: 1,
            lang: Lang::Nb,
            age_band: None,
            county: None,
            answers: Answers::new(),
        };
        s.answers.insert(1, Answer::Single { option: 10 });
        s.answers.insert(2, Answer::Scale { value: 3 });
        assert_eq!(s.check(&c), Ok(()));
        s.answers.insert(2, Answer::Single { option: 10 });
        assert_eq!(s.check(&c), Err(AnswerError::WrongKind));
        s.answers.remove(&2);
        s.answers.insert(3, Answer::Scale { value: 3 });
        assert_eq!(s.check(&c), Err(AnswerError::UnknownQuestion));
    }

    #[test]
    fn structured_text_is_cleaned_like_typed_text() {
        let a = Answer::Text { text: " a\0b\r\n\u{1b}[2J ".into() }.cleaned();
        assert_eq!(a, Answer::Text { text: "ab\n[2J".into() });
        let q = question(1, QuestionKind::FreeText);
        assert_eq!(
            Answer::Text { text: "\0\0".into() }.cleaned().check(&q),
            Err(AnswerError::Malformed)
        );
        let idea = Answer::Idea { title: "\0Tittel".into(), description: "\t".into() }.cleaned();
        assert_eq!(idea, Answer::Idea { title: "Tittel".into(), description: String::new() });
        assert_eq!(Answer::Scale { value: 3 }.cleaned(), Answer::Scale { value: 3 });
    }

    #[test]
    fn keys_have_one_spelling() {
        assert!(SubmissionKey::parse("123e4567-e89b-42d3-a456-426614174000").is_ok());
        assert!(SubmissionKey::parse("123E4567-E89B-42D3-A456-426614174000").is_err());
        assert!(SubmissionKey::parse("123e4567e89b42d3a456426614174000").is_err());
        assert!(SubmissionKey::parse("'; drop table responses; --").is_err());
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::hostile::nasty;
    use crate::lang::LocalizedText;
    use proptest::prelude::*;

    const KINDS: [QuestionKind; 5] = QuestionKind::ALL;

    fn question(kind: QuestionKind) -> Question {
        super::tests::question(1, kind)
    }

    /// A form field: hostile text, a number in some spelling, or a real option id.
    fn field() -> impl Strategy<Value = String> {
        prop_oneof![
            nasty(),
            any::<i64>().prop_map(|n| n.to_string()),
            any::<u64>().prop_map(|n| format!(" {n} ")),
            prop::sample::select(&["10", "11", "1", "5", "0", "6", "+3", "03", "3.0"][..])
                .prop_map(str::to_string),
        ]
    }

    fn step_fields() -> impl Strategy<Value = StepFields> {
        (
            prop::collection::vec(field(), 0..4),
            prop::option::of(field()),
            prop::option::of(prop_oneof![nasty(), "\\PC{4990,5010}"]),
            prop::option::of(prop_oneof![nasty(), "\\PC{195,205}"]),
            prop::option::of(nasty()),
        )
            .prop_map(|(choice, scale, text, title, description)| StepFields {
                choice,
                scale,
                text,
                title,
                description,
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever a step form carries, reading it answers; what it accepts passes
        /// the structured check, holds no control characters but line breaks and
        /// tabs, keeps within the limits and round-trips through the submission's JSON.
        #[test]
        fn step_forms_never_panic(kind in prop::sample::select(&KINDS[..]), f in step_fields()) {
            let q = question(kind);
            if let Ok(Some(answer)) = Answer::from_fields(&q, &f) {
                prop_assert_eq!(answer.check(&q), Ok(()));
                let texts: Vec<&String> = match &answer {
                    Answer::Text { text } => vec![text],
                    Answer::Idea { title, description } => vec![title, description],
                    _ => vec![],
                };
                for t in texts {
                    prop_assert!(t.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'));
                    prop_assert_eq!(t.as_str(), t.trim());
                    prop_assert!(t.chars().count() <= MAX_TEXT_CHARS);
                }
                let answers = Answers::from([(q.id, answer)]);
                let json = serde_json::to_string(&answers).unwrap();
                prop_assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), answers);
            }
        }

        /// The hidden `answers` field of the closing form is parsed as JSON: any
        /// text, and any well-formed JSON of the wrong shape, is refused or checked.
        #[test]
        fn submitted_answers_json_never_panics(raw in prop_oneof![
            nasty(),
            (any::<i64>(), nasty(), any::<i64>()).prop_map(|(q, kind, v)| {
                format!(r#"{{"{q}":{{"kind":{},"value":{v},"option":{v},"options":[{v}],"text":{}}}}}"#,
                    serde_json::to_string(&kind).unwrap(), serde_json::to_string(&kind).unwrap())
            }),
        ]) {
            if let Ok(answers) = serde_json::from_str::<Answers>(&raw) {
                let c = Consultation {
                    id: 1,
                    title: LocalizedText::new([(Lang::Nb, "t".to_string())]).unwrap(),
                    intro: LocalizedText::new([(Lang::Nb, "i".to_string())]).unwrap(),
                    questions: KINDS.iter().map(|&k| question(k)).collect(),
                };
                let s = Submission {
                    key: SubmissionKey::parse("123e4567-e89b-42d3-a456-426614174000").unwrap(),
                    session_id: 1,
                    lang: Lang::Nb,
                    age_band: None,
                    county: None,
                    answers,
                };
                let _ = s.check(&c);
            }
        }

        /// A structured text answer, once cleaned, is what a typed one would be.
        #[test]
        fn structured_answers_clean_like_typed_ones(text in nasty()) {
            let q = question(QuestionKind::FreeText);
            let typed = Answer::from_fields(&q, &StepFields { text: Some(text.clone()), ..Default::default() });
            let structured = Answer::Text { text }.cleaned();
            match typed {
                Ok(Some(a)) => prop_assert_eq!(a, structured),
                Ok(None) => prop_assert_eq!(structured.check(&q), Err(AnswerError::Malformed)),
                Err(e) => prop_assert_eq!(structured.check(&q), Err(e)),
            }
        }

        /// Keys: anything is refused or accepted in the one canonical spelling.
        #[test]
        fn submission_keys_have_one_spelling(raw in prop_oneof![
            nasty(),
            "[0-9a-fA-F-]{30,40}",
            any::<u128>().prop_map(|n| {
                let h = format!("{n:032x}");
                format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..])
            }),
        ]) {
            match SubmissionKey::parse(&raw) {
                Ok(key) => {
                    prop_assert_eq!(key.as_str(), raw.as_str());
                    prop_assert_eq!(raw.len(), 36);
                    prop_assert!(SubmissionKey::parse(&raw.to_uppercase()).is_err()
                        || raw == raw.to_uppercase());
                    let json = serde_json::to_string(&key).unwrap();
                    prop_assert_eq!(serde_json::from_str::<SubmissionKey>(&json).unwrap(), key);
                }
                Err(e) => prop_assert_eq!(e, AnswerError::Malformed),
            }
        }

        #[test]
        fn cleaned_text_is_clean_and_stable(raw in nasty()) {
            let once = clean_text(&raw);
            prop_assert_eq!(clean_text(&once), once.clone());
            prop_assert!(!once.contains('\r'));
            prop_assert!(once.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'));
        }
    }
}
