//! The distress and redaction suites in `analysis/suites/` (see its README): their
//! items, and how one is scored. Shared by the scoring example and the tests, so
//! the figures in docs/THEMES.md and the tests count the same way.

use serde::Deserialize;

use crate::text::is_word_char;
use crate::Engine;

/// One text of the distress suite.
#[derive(Debug, Clone, Deserialize)]
pub struct DistressItem {
    pub id: String,
    pub lang: String,
    /// True for acute risk (help now); false for a near-miss.
    pub acute: bool,
    /// The kind of risk, or for a near-miss the kind it resembles.
    pub kind: String,
    #[serde(default)]
    pub style: String,
    pub text: String,
}

/// One text of the redaction suite.
#[derive(Debug, Clone, Deserialize)]
pub struct RedactionItem {
    pub id: String,
    pub lang: String,
    pub kind: String,
    pub text: String,
    /// Exact substrings that identify someone and must be removed.
    #[serde(default)]
    pub must_go: Vec<String>,
    /// Exact substrings that are harmless and must stay.
    #[serde(default)]
    pub must_stay: Vec<String>,
}

/// Parses a suite file (JSON lines; blank lines skipped). A line that does not
/// parse is a defect of the suite, so it panics with the line number.
pub fn parse<T: for<'de> Deserialize<'de>>(src: &str) -> Vec<T> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("suite line {}: {e}", i + 1))
        })
        .collect()
}

/// What the screen said of one text: help now, the gentler offer, or nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Verdict {
    pub acute: bool,
    pub maybe: bool,
}

impl Verdict {
    /// Help was offered in either tier.
    pub fn any(self) -> bool {
        self.acute || self.maybe
    }
}

/// The screen's verdict on `text`.
pub fn verdict(engine: &Engine, text: &str) -> Verdict {
    let s = engine.screen(text);
    Verdict { acute: s.flagged, maybe: s.maybe }
}

/// Counts for recall and precision of both tiers.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    pub acute: usize,
    pub near: usize,
    /// Acute texts given the acute tier / either tier.
    pub found_acute: usize,
    pub found_any: usize,
    /// Near-misses given the acute tier / either tier.
    pub false_acute: usize,
    pub false_any: usize,
}

impl Tally {
    pub fn add(&mut self, acute: bool, v: Verdict) {
        if acute {
            self.acute += 1;
            self.found_acute += usize::from(v.acute);
            self.found_any += usize::from(v.any());
        } else {
            self.near += 1;
            self.false_acute += usize::from(v.acute);
            self.false_any += usize::from(v.any());
        }
    }

    /// Share of acute texts offered help in either tier.
    pub fn recall(&self) -> f64 {
        ratio(self.found_any, self.acute)
    }

    /// Share of texts offered help (either tier) that were acute.
    pub fn precision(&self) -> f64 {
        ratio(self.found_any, self.found_any + self.false_any)
    }

    pub fn header() -> &'static str {
        "  n acute/near   recall (acute tier)  precision (acute tier)"
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:>5}/{:<5} {:>7.2} ({:.2})         {:>7.2} ({:.2})",
            self.acute,
            self.near,
            self.recall(),
            ratio(self.found_acute, self.acute),
            self.precision(),
            ratio(self.found_acute, self.found_acute + self.false_acute),
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// How one redaction item fared.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RedactionScore {
    /// `must_go` strings of which at least 80 % of the letters and digits were
    /// redacted, and whose text no longer appears whole.
    pub removed: usize,
    /// `must_stay` strings of which any letter or digit was redacted.
    pub harmed: usize,
}

/// Redacts the item's text and scores it against what must go and what must stay.
pub fn redaction_score(engine: &Engine, item: &RedactionItem) -> RedactionScore {
    let (out, spans) = engine.redact(&item.text);
    let covered = |at: usize| spans.iter().any(|r| r.start <= at && at < r.end);
    let word_chars = |s: &str, from: usize| -> (usize, usize) {
        let (mut all, mut hit) = (0, 0);
        for (i, c) in s.char_indices() {
            if is_word_char(c) {
                all += 1;
                hit += usize::from(covered(from + i));
            }
        }
        (all, hit)
    };
    let mut score = RedactionScore::default();
    for go in &item.must_go {
        let gone = item.text.match_indices(go.as_str()).all(|(at, _)| {
            let (all, hit) = word_chars(go, at);
            hit * 5 >= all * 4
        }) && !out.contains(go.as_str());
        score.removed += usize::from(gone);
    }
    for stay in &item.must_stay {
        let harmed =
            item.text.match_indices(stay.as_str()).any(|(at, _)| word_chars(stay, at).1 > 0);
        score.harmed += usize::from(harmed);
    }
    score
}
