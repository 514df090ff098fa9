//! The help lines a young person is shown when what they wrote signals distress,
//! and on request. Kept as data (`content/helplines.json`, sources in
//! docs/HELP-LINES.md) so they can be checked and changed before a release
//! without touching code. Chat and message services come first, for those who
//! will not call.

use crate::lang::{Lang, LocalizedText};
use serde::Deserialize;
use std::sync::OnceLock;

/// How a young person reaches a help line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reach {
    /// A chat that answers while you write.
    Chat,
    /// A message answered later.
    Text,
    /// A phone call.
    Call,
}

#[derive(Debug, Clone, Deserialize)]
pub struct HelpLine {
    #[serde(rename = "kind")]
    pub reach: Reach,
    /// Shown first on the help card; the others fold away.
    #[serde(default)]
    pub top: bool,
    /// As people read it aloud: "116 111". None for chat and message services.
    #[serde(default)]
    pub number: Option<String>,
    /// What the phone dials: "116111".
    #[serde(default)]
    pub tel: Option<String>,
    /// The service's own page (where its chat or message form is).
    #[serde(default)]
    pub href: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    pub name: LocalizedText,
    pub about: LocalizedText,
    /// When it answers, in words.
    pub open: LocalizedText,
    /// The languages the service itself answers in.
    #[serde(default)]
    pub langs: Vec<String>,
}

impl HelpLine {
    /// True when the service answers in `lang` (Sámi speakers look for this).
    pub fn speaks(&self, lang: Lang) -> bool {
        self.langs.iter().any(|l| l == lang.code())
    }
}

#[derive(Deserialize)]
struct File {
    lines: Vec<HelpLine>,
}

pub fn help_lines() -> &'static [HelpLine] {
    static LINES: OnceLock<Vec<HelpLine>> = OnceLock::new();
    LINES.get_or_init(|| {
        // Compiled in and checked by a test; a broken file is a build defect.
        serde_json::from_str::<File>(include_str!("../../content/helplines.json"))
            .expect("content/helplines.json parses")
            .lines
    })
}

#[cfg(test)]
mod tests {
    use super::{help_lines, Reach};
    use crate::Lang;

    #[test]
    fn every_help_line_is_named_explained_and_reachable_in_all_four_languages() {
        let lines = help_lines();
        assert!(lines.iter().any(|l| l.number.as_deref() == Some("116 111")), "Alarmtelefonen");
        for line in lines {
            let name = line.name.get(Lang::Nb).1;
            match line.reach {
                Reach::Call => {
                    let tel = line.tel.as_deref().unwrap_or("");
                    assert!(
                        !tel.is_empty() && tel.chars().all(|c| c.is_ascii_digit()),
                        "{name} dials digits"
                    );
                    assert!(line.number.is_some(), "{name} shows its number");
                }
                Reach::Chat | Reach::Text => {
                    let href = line.href.as_deref().unwrap_or("");
                    assert!(href.starts_with("https://"), "{name} links to its chat");
                }
            }
            for lang in Lang::ALL {
                assert_eq!(line.name.get(lang).0, lang, "{name} named in {lang:?}");
                assert_eq!(line.about.get(lang).0, lang, "{name} explained in {lang:?}");
                assert_eq!(line.open.get(lang).0, lang, "{name}: when it answers, in {lang:?}");
            }
        }
    }

    #[test]
    fn chat_and_messages_come_before_calls_and_a_sami_speaker_finds_one() {
        let lines = help_lines();
        let first_call = lines.iter().position(|l| l.reach == Reach::Call).unwrap();
        assert!(first_call > 0, "a chat first");
        assert!(lines[first_call..].iter().all(|l| l.reach == Reach::Call));
        assert!(lines.iter().any(|l| l.speaks(Lang::Se)), "a service that answers in Sámi");
        let top: Vec<Reach> = lines.iter().filter(|l| l.top).map(|l| l.reach).collect();
        assert!(
            top.contains(&Reach::Chat) && top.contains(&Reach::Call),
            "a chat and a call first"
        );
    }
}
