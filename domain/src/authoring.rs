//! What a facilitator may write in the consultation editor: how long each text may
//! be, how many questions and options there may be, and turning the per-language
//! fields of a form into [`LocalizedText`].
//!
//! Every limit counts characters, not bytes, so Sámi letters cost the same as
//! English ones. A choice question always has at least two options: it is created
//! with them, and the last two cannot be removed.

use crate::answer::clean_text;
use crate::consultation::QuestionKind;
use crate::lang::{Lang, LocalizedText};

/// A consultation's title, per language.
pub const MAX_CONSULTATION_TITLE_CHARS: usize = 200;
/// A consultation's introduction, per language.
pub const MAX_INTRO_CHARS: usize = 2000;
/// A question's prompt, per language.
pub const MAX_PROMPT_CHARS: usize = 500;
/// The help line under a question, per language.
pub const MAX_HELP_CHARS: usize = 500;
/// One option of a choice question, per language.
pub const MAX_OPTION_CHARS: usize = 200;
/// Options one choice question may have: more would not fit on a phone.
pub const MAX_OPTIONS: usize = 20;
/// Questions one consultation may have.
pub const MAX_QUESTIONS: usize = 50;
/// Options a choice question must keep.
pub const MIN_OPTIONS: usize = 2;

/// Why a post to the editor was refused. Each has a Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AuthoringError {
    #[error("the text is empty in every language")]
    Empty,
    #[error("a text is longer than {0} characters")]
    TooLong(usize),
    #[error("not a question kind")]
    UnknownKind,
    #[error("not a language")]
    UnknownLang,
    #[error("options given for a question that is not a choice question")]
    OptionsNotAllowed,
    #[error("a choice question needs at least two options")]
    TooFewOptions,
    #[error("too many options")]
    TooManyOptions,
    #[error("too many questions")]
    TooManyQuestions,
}

impl AuthoringError {
    pub fn message_id(self) -> &'static str {
        match self {
            AuthoringError::Empty => "staff-editor-error-empty",
            AuthoringError::TooLong(_) => "staff-editor-error-too-long",
            AuthoringError::UnknownKind | AuthoringError::UnknownLang => "error-malformed",
            AuthoringError::OptionsNotAllowed => "staff-editor-error-options-not-allowed",
            AuthoringError::TooFewOptions => "staff-editor-error-too-few-options",
            AuthoringError::TooManyOptions => "staff-editor-error-too-many-options",
            AuthoringError::TooManyQuestions => "staff-editor-error-too-many-questions",
        }
    }
}

/// One text from a form's four fields (`field(lang)`), each cleaned and at most
/// `max` characters. `Ok(None)` when every field is blank.
pub fn localized<'a>(
    field: impl Fn(Lang) -> Option<&'a str>,
    max: usize,
) -> Result<Option<LocalizedText>, AuthoringError> {
    let mut texts = Vec::new();
    for lang in Lang::ALL {
        let text = clean_text(field(lang).unwrap_or(""));
        if text.chars().count() > max {
            return Err(AuthoringError::TooLong(max));
        }
        texts.push((lang, text));
    }
    Ok(LocalizedText::new(texts).ok())
}

/// As [`localized`], but at least one language must have text.
pub fn required<'a>(
    field: impl Fn(Lang) -> Option<&'a str>,
    max: usize,
) -> Result<LocalizedText, AuthoringError> {
    localized(field, max)?.ok_or(AuthoringError::Empty)
}

/// One text in one language, as written in an "add" form.
pub fn single(lang: Lang, raw: &str, max: usize) -> Result<LocalizedText, AuthoringError> {
    required(|l| (l == lang).then_some(raw), max)
}

/// A new question from the "add a question" form: its kind, its prompt in one
/// language, and for a choice question its options, one per line, in the same
/// language.
pub fn new_question(
    kind: &str,
    lang: &str,
    prompt: &str,
    options: &str,
) -> Result<(QuestionKind, LocalizedText, Vec<LocalizedText>), AuthoringError> {
    let kind = QuestionKind::parse(kind).ok_or(AuthoringError::UnknownKind)?;
    let lang = Lang::parse(lang).filter(|l| l.code() == lang).ok_or(AuthoringError::UnknownLang)?;
    let prompt = single(lang, prompt, MAX_PROMPT_CHARS)?;
    let lines: Vec<&str> = options.lines().filter(|l| !clean_text(l).is_empty()).collect();
    if !kind.has_options() {
        if !lines.is_empty() {
            return Err(AuthoringError::OptionsNotAllowed);
        }
        return Ok((kind, prompt, Vec::new()));
    }
    if lines.len() < MIN_OPTIONS {
        return Err(AuthoringError::TooFewOptions);
    }
    if lines.len() > MAX_OPTIONS {
        return Err(AuthoringError::TooManyOptions);
    }
    let options =
        lines.into_iter().map(|l| single(lang, l, MAX_OPTION_CHARS)).collect::<Result<_, _>>()?;
    Ok((kind, prompt, options))
}

/// The languages a text lacks, each with the language a reader of it is shown
/// instead (see [`Lang::fallback_chain`]).
pub fn missing(text: &LocalizedText) -> Vec<(Lang, Lang)> {
    let have: Vec<Lang> = text.languages().collect();
    Lang::ALL.into_iter().filter(|l| !have.contains(l)).map(|l| (l, text.get(l).0)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_fields_become_one_text_and_blank_ones_are_missing() {
        let fields = |l: Lang| match l {
            Lang::Nb => Some(" Hei "),
            Lang::Se => Some("Bures"),
            _ => Some(""),
        };
        let t = required(fields, 10).unwrap();
        assert_eq!(t.get(Lang::Se), (Lang::Se, "Bures"));
        assert_eq!(missing(&t), vec![(Lang::Nn, Lang::Nb), (Lang::En, Lang::Nb)]);
        assert_eq!(required(|_| Some("  "), 10), Err(AuthoringError::Empty));
        assert_eq!(localized(|_| None, 10), Ok(None));
        assert_eq!(required(|_| Some("ááááá"), 4), Err(AuthoringError::TooLong(4)));
    }

    #[test]
    fn choice_questions_need_two_options_and_others_none() {
        let (kind, _, opts) =
            new_question("single_choice", "se", "Gažaldat?", "Juo\n\nIi\n").unwrap();
        assert_eq!((kind, opts.len()), (QuestionKind::SingleChoice, 2));
        assert_eq!(opts[1].get(Lang::Se).1, "Ii");
        assert_eq!(
            new_question("multiple_choice", "nb", "Hva?", "Bare én").unwrap_err(),
            AuthoringError::TooFewOptions
        );
        assert_eq!(
            new_question("scale", "nb", "Hvor bra?", "Ja\nNei").unwrap_err(),
            AuthoringError::OptionsNotAllowed
        );
        assert_eq!(
            new_question("essay", "nb", "Hva?", "").unwrap_err(),
            AuthoringError::UnknownKind
        );
        assert_eq!(
            new_question("idea", "de", "Was?", "").unwrap_err(),
            AuthoringError::UnknownLang
        );
        assert_eq!(new_question("idea", "en", " ", "").unwrap_err(), AuthoringError::Empty);
        assert!(new_question("free_text", "nn", "Kva?", "").is_ok());
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::hostile::nasty;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// The editor's "add a question" form: any fields are refused with a reason
        /// or give a question within every limit.
        #[test]
        fn new_questions_never_panic(
            kind in prop_oneof![nasty(), prop::sample::select(&["single_choice", "multiple_choice", "scale", "free_text", "idea"][..]).prop_map(str::to_string)],
            lang in prop_oneof![nasty(), prop::sample::select(&["nb", "nn", "se", "en", "NB", "nb-NO"][..]).prop_map(str::to_string)],
            prompt in nasty(),
            options in prop::collection::vec(nasty(), 0..25).prop_map(|o| o.join("\n")),
        ) {
            if let Ok((kind, prompt, options)) = new_question(&kind, &lang, &prompt, &options) {
                for l in Lang::ALL {
                    prop_assert!(prompt.get(l).1.chars().count() <= MAX_PROMPT_CHARS);
                }
                if kind.has_options() {
                    prop_assert!((MIN_OPTIONS..=MAX_OPTIONS).contains(&options.len()));
                } else {
                    prop_assert!(options.is_empty());
                }
            }
        }

        /// A publication form with any fields.
        #[test]
        fn publication_forms_never_panic(fields in prop::collection::vec((
            prop_oneof![
                nasty(),
                prop::sample::select(&["title_nb", "title_se", "heard_nn", "heard_en", "body_nb", "body_se"][..])
                    .prop_map(str::to_string),
            ],
            nasty(),
        ), 0..10)) {
            let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
            let _ = crate::publication::draft(field);
            let _ = crate::publication::update(field);
        }
    }
}
