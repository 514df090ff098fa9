//! The help lines a young person is shown when what they wrote signals distress,
//! and on request. Kept as data (`content/helplines.json`) so they can be checked
//! and changed before a release without touching code.

use crate::lang::LocalizedText;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Clone, Deserialize)]
pub struct HelpLine {
    /// As people read it aloud: "116 111".
    pub number: String,
    /// What the phone dials: "116111".
    pub tel: String,
    pub name: LocalizedText,
    pub about: LocalizedText,
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
    use super::help_lines;
    use crate::Lang;

    #[test]
    fn every_help_line_is_named_and_explained_in_all_four_languages() {
        let lines = help_lines();
        assert!(lines.iter().any(|l| l.number == "116 111"), "Alarmtelefonen is listed");
        for line in lines {
            assert!(line.tel.chars().all(|c| c.is_ascii_digit()), "{} dials digits", line.number);
            for lang in Lang::ALL {
                assert_eq!(line.name.get(lang).0, lang, "{} named in {lang:?}", line.number);
                assert_eq!(line.about.get(lang).0, lang, "{} explained in {lang:?}", line.number);
            }
        }
    }
}
