//! Text analysis for Ungstemme: redaction, distress screening, language detection,
//! framework labels and emergent themes. No I/O, no web.
//!
//! Build one [`Engine`] at start-up (it loads the data files compiled into the binary
//! and trains the label model in well under a second) and call [`Engine::analyse`]
//! for every free-text input. [`run_jsonl`] is the command-line contract used for
//! evaluation; [`themes()`] groups many texts into emergent themes.
//!
//! Module map: [`text`] (normalising and tokenising), [`cues`] (phrase matching shared
//! by lexicons), [`stem`], [`lang`], [`redact`], [`distress`], [`labels`],
//! [`features`], [`themes`], [`jsonl`].

pub mod cues;
pub mod distress;
pub mod engine;
pub mod features;
pub mod framework;
pub mod jsonl;
pub mod labels;
pub mod lang;
pub mod redact;
pub mod stem;
pub mod suite;
pub mod text;
pub mod themes;

pub use distress::{Screen, Tier};
pub use engine::{Analysis, Correction, Engine, LabelScore, LabelSource, Thresholds};
pub use framework::{Dimension, ARENAS, FACTORS, GOALS};
pub use jsonl::{run_jsonl, run_jsonl_with, JsonlError};
pub use lang::Lang;
pub use redact::{Redaction, RedactionKind};
pub use themes::{themes, themes_with_progress, Doc, LangTerms, Progress, Theme, ThemeOptions};
