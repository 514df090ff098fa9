//! Ungstemme's domain core: what a consultation is, what a young person may answer,
//! and the rules an answer must follow before anything is stored.
//!
//! Nothing here knows about HTTP, HTML or a database, so the same types are used on
//! the server, in the browser (compiled to wasm) and in the store.

pub mod answer;
pub mod authoring;
pub mod clock;
pub mod consultation;
pub mod framework;
pub mod help_lines;
#[cfg(test)]
pub(crate) mod hostile;
pub mod join_code;
pub mod lang;
pub mod privacy;
pub mod profile;
pub mod publication;
pub mod staff;

pub use answer::{
    clean_text, Answer, AnswerError, Answers, StepFields, Submission, SubmissionKey,
    MAX_TEXT_CHARS, MAX_TITLE_CHARS,
};
pub use consultation::{
    takes_answers, ChoiceOption, Consultation, ConsultationDef, DefError, Question, QuestionDef,
    QuestionKind, SessionMode, SessionStatus,
};
pub use framework::Dimension;
pub use help_lines::{help_lines, HelpLine, Reach};
pub use join_code::JoinCode;
pub use lang::{Lang, LocalizedText};
pub use profile::{AgeBand, County};
pub use staff::{Email, Role, StaffError};
