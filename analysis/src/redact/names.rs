//! Names of private persons. A shipped name list (`data/names/*.txt`: Norwegian,
//! Sámi and immigrant first names and surnames) plus context cues: titles and
//! relations (trener, rektor, lærer, coach, naboen, kjæresten, oahpaheaddji …) and
//! "heter X" / "my name is X" / "mu namma lea X". Place and organisation names and
//! first names that are also ordinary words (`ambiguous.txt`: Liv, Dag, Per, Will …)
//! need stronger evidence, which keeps public names and sentence starts intact.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::{Redaction, RedactionKind};
use crate::text::{fold, word_spans};

const FIRST: &str = include_str!("../../data/names/first.txt");
const SURNAMES: &str = include_str!("../../data/names/surnames.txt");
const AMBIGUOUS: &str = include_str!("../../data/names/ambiguous.txt");
const STOP: &str = include_str!("../../data/names/not-names.txt");
const CUES: &str = include_str!("../../data/names/cues.txt");

/// Words that may sit between a cue and the name ("naboen vår Per", "my coach Kari").
const FILLERS: [&str; 18] = [
    "min", "mi", "mitt", "mine", "vår", "vårt", "vår", "my", "our", "his", "her", "sin", "si",
    "mu", "min", "hennar", "hennes", "the",
];

/// The name list and cue words, loaded once.
pub struct NameModel {
    first: HashSet<String>,
    surnames: HashSet<String>,
    ambiguous: HashSet<String>,
    stop: HashSet<String>,
    /// Cue words that introduce a name; matched as whole words or word endings
    /// ("fotballtreneren" ends with "treneren").
    cues: Vec<String>,
    /// Cues after which the next word is a name even when typed in lower case.
    naming: Vec<Vec<String>>,
}

fn list(src: &str) -> HashSet<String> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|l| l.split(',').map(|w| fold(w.trim())).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect()
}

impl NameModel {
    /// Builds the model from the shipped data files.
    pub fn new() -> Self {
        let mut cues = Vec::new();
        let mut naming = Vec::new();
        for l in CUES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            if let Some(p) = l.strip_prefix("naming:") {
                naming.push(p.split_whitespace().map(fold).collect());
            } else {
                cues.push(fold(l));
            }
        }
        NameModel {
            first: list(FIRST),
            surnames: list(SURNAMES),
            ambiguous: list(AMBIGUOUS),
            stop: list(STOP),
            cues,
            naming,
        }
    }

    /// The model built from the shipped data, shared by every engine.
    pub fn shared() -> &'static NameModel {
        static M: OnceLock<NameModel> = OnceLock::new();
        M.get_or_init(NameModel::new)
    }

    /// Number of first names and surnames in the list.
    pub fn size(&self) -> usize {
        self.first.len() + self.surnames.len()
    }

    fn is_first(&self, key: &str) -> bool {
        self.first.contains(key)
            || (key.len() > 3 && key.ends_with('s') && self.first.contains(&key[..key.len() - 1]))
    }

    fn is_cue(&self, key: &str) -> bool {
        self.cues.iter().any(|c| key == c || (c.chars().count() >= 5 && key.ends_with(c.as_str())))
    }

    /// Adds every private person's name in `text` to `found`.
    pub fn find(&self, text: &str, found: &mut Vec<Redaction>) {
        let spans = word_spans(text);
        let toks: Vec<Tok> = spans
            .iter()
            .enumerate()
            .map(|(i, &(s, e))| {
                let w = &text[s..e];
                let mut cs = w.chars();
                let first_upper = cs.next().is_some_and(char::is_uppercase);
                let all_upper = w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase());
                let gap = if i == 0 { &text[..s] } else { &text[spans[i - 1].1..s] };
                let initial = i == 0 || {
                    let g = gap.trim();
                    g.ends_with(['.', '!', '?', ':', ';', '\n', ')', '»', '"'])
                        || gap.contains('\n')
                        || (!g.is_empty() && !g.chars().all(|c| c.is_ascii_punctuation()))
                };
                Tok {
                    s,
                    e,
                    key: fold(w),
                    cap: first_upper && !all_upper && !w.chars().any(|c| c.is_ascii_digit()),
                    initial,
                    gap_ws: gap.chars().all(|c| c.is_whitespace() || c == '-'),
                    gap: gap.trim().to_string(),
                }
            })
            .collect();
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            // 1. "heter X", "my name is X": the next word is a name, whatever its case.
            if let Some(n) = self.naming_cue_at(&toks, i) {
                let j = i + n;
                if j < toks.len() && matches!(toks[j].gap.as_str(), "" | ":" | "," | "-") {
                    let n = &toks[j];
                    let known = self.first.contains(&n.key) || self.surnames.contains(&n.key);
                    let end = self.extend(&toks, j, true);
                    if (n.cap || known) && !self.stop.contains(&n.key) {
                        push(found, toks[j].s, toks[end - 1].e);
                        i = end;
                        continue;
                    }
                }
            }
            // 2. A title or relation, then (fillers and) a name.
            if self.is_cue(&t.key) {
                let mut j = i + 1;
                while j < toks.len() && toks[j].gap_ws && FILLERS.contains(&toks[j].key.as_str()) {
                    j += 1;
                }
                if j < toks.len() && (toks[j].gap_ws || toks[j].gap == ".") {
                    let lower_name = !toks[j].cap
                        && self.first.contains(&toks[j].key)
                        && !self.ambiguous.contains(&toks[j].key);
                    if (toks[j].cap && !self.stop.contains(&toks[j].key)) || lower_name {
                        let end = self.extend(&toks, j, lower_name);
                        push(found, toks[j].s, toks[end - 1].e);
                        i = end;
                        continue;
                    }
                }
            }
            // 3. A capitalised first name from the list (plus following surnames).
            if t.cap && self.is_first(&t.key) && !self.stop.contains(&t.key) {
                let end = self.extend(&toks, i, false);
                let ambiguous = self.ambiguous.contains(&t.key);
                let followed = end > i + 1;
                if !ambiguous || followed || !t.initial {
                    push(found, t.s, toks[end - 1].e);
                    i = end;
                    continue;
                }
            }
            // 4. A capitalised first name that is also a place/word, followed by a
            // known surname ("August Nilsen").
            if t.cap && self.first.contains(&t.key) && i + 1 < toks.len() {
                let n = &toks[i + 1];
                if n.cap && n.gap_ws && self.surnames.contains(&n.key) {
                    push(found, t.s, n.e);
                    i += 2;
                    continue;
                }
            }
            i += 1;
        }
    }

    fn naming_cue_at(&self, toks: &[Tok], i: usize) -> Option<usize> {
        self.naming.iter().find_map(|cue| {
            let fits = cue
                .iter()
                .enumerate()
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| &t.key == w && (k == 0 || t.gap_ws)));
            fits.then_some(cue.len())
        })
    }

    /// From token `j` (taken as a name), extends over following capitalised name-like
    /// words joined by spaces or hyphens, at most four words in all. Returns the end
    /// index (exclusive). With `lower`, lower-case known names also extend.
    fn extend(&self, toks: &[Tok], j: usize, lower: bool) -> usize {
        let mut end = j + 1;
        while end < toks.len() && end < j + 4 {
            let n = &toks[end];
            let namey = (n.cap && !self.stop.contains(&n.key) && !self.is_cue(&n.key))
                || (lower && (self.first.contains(&n.key) || self.surnames.contains(&n.key)));
            if n.gap_ws && namey {
                end += 1;
            } else {
                break;
            }
        }
        end
    }
}

impl Default for NameModel {
    fn default() -> Self {
        Self::new()
    }
}

struct Tok {
    s: usize,
    e: usize,
    key: String,
    cap: bool,
    initial: bool,
    gap_ws: bool,
    gap: String,
}

/// Adds a name even where another finder took part of it ("Ola Nordmann_A" is a
/// name and a handle): [`super::redact`] joins overlapping findings into one, so
/// what is redacted does not depend on which finder ran first.
fn push(found: &mut Vec<Redaction>, start: usize, end: usize) {
    found.push(Redaction { kind: RedactionKind::Name, start, end });
}

#[cfg(test)]
mod tests {
    use super::super::redact;
    use super::*;

    fn r(t: &str) -> String {
        redact(t, NameModel::shared()).0
    }

    #[test]
    fn list_is_substantial() {
        assert!(NameModel::shared().size() > 800, "{}", NameModel::shared().size());
    }

    #[test]
    fn names_are_redacted() {
        for (t, want) in [
            ("Ola Nordmann i 9B mobber meg", "[navn] i 9B mobber meg"),
            ("treneren Kari sier vi må løpe mer", "treneren [navn] sier vi må løpe mer"),
            ("rektor Hansen hører ikke på oss", "rektor [navn] hører ikke på oss"),
            ("Eg og kjærasten min Jonas vil flytte", "Eg og kjærasten min [navn] vil flytte"),
            ("Naboen vår Per Olav Strand har en låve", "Naboen vår [navn] har en låve"),
            ("hei jeg heter kari og er 14", "hei jeg heter [navn] og er 14"),
            ("hi my name is Aleksander Berg", "hi my name is [navn]"),
            ("Mu namma lea Sunna Márjá Labba.", "Mu namma lea [navn]."),
            ("Oahpaheaddji Jon Mikkel Bongo gáibida", "Oahpaheaddji [navn] gáibida"),
            ("the coach Tommy Larsen laughs", "the coach [navn] laughs"),
            ("Fotballtreneren Morten Lie sier", "Fotballtreneren [navn] sier"),
            ("Ahmed og Fatima i klassen min", "[navn] og [navn] i klassen min"),
        ] {
            assert_eq!(r(t), want, "{t}");
        }
    }

    #[test]
    fn places_and_sentence_starts_stay() {
        for t in [
            "Jeg bor i Tromsø og går på skole i Oslo.",
            "NAV og BUP må snakke sammen.",
            "Liv og helse er viktig. Dag for dag blir det bedre.",
            "Mun orun Kárášjogas ja vázzán skuvlla Áltás.",
            "Will there be a bus in May?",
            "Røde Kors og Kirkens SOS har chat.",
            "Rektor sier nei til alt.",
        ] {
            assert_eq!(r(t), t);
        }
    }
}
