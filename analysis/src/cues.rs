//! Phrase cues: patterns from the data files matched over [`crate::text::normalize`]d
//! text with one Aho–Corasick automaton, so hundreds of cues cost one pass.
//!
//! Pattern syntax (folded like the text): `word` matches the whole word, `word*` a
//! word starting with it, `*word` a word ending with it, `*word*` anywhere (catches
//! Norwegian compounds: `*jobb*` in "sommerjobbene"). Several words match in
//! sequence: `orker ikke mer`.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::text::fold;

/// A set of cue patterns, each carrying a payload `P`.
pub struct CueSet<P> {
    ac: AhoCorasick,
    payloads: Vec<P>,
}

/// Converts the data-file pattern syntax into the literal searched in normalised text.
pub fn compile_pattern(pattern: &str) -> String {
    let p = pattern.trim();
    let (lead, p) = match p.strip_prefix('*') {
        Some(rest) => (false, rest),
        None => (true, p),
    };
    let (trail, p) = match p.strip_suffix('*') {
        Some(rest) => (false, rest),
        None => (true, p),
    };
    let body: Vec<String> = p.split_whitespace().map(fold).collect();
    let mut s = String::new();
    if lead {
        s.push(' ');
    }
    s.push_str(&body.join(" "));
    if trail {
        s.push(' ');
    }
    s
}

impl<P> CueSet<P> {
    /// Builds the automaton; patterns are in data-file syntax.
    pub fn new(entries: Vec<(String, P)>) -> Self {
        let (pats, payloads): (Vec<String>, Vec<P>) =
            entries.into_iter().map(|(p, x)| (compile_pattern(&p), x)).unzip();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&pats)
            .unwrap_or_else(|e| panic!("cue patterns must compile: {e}"));
        CueSet { ac, payloads }
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.payloads.len()
    }

    /// True when there are no patterns.
    pub fn is_empty(&self) -> bool {
        self.payloads.is_empty()
    }

    /// Calls `f` once per distinct pattern found in `normalized` (the output of
    /// [`crate::text::normalize`]), with the pattern index and byte offset.
    pub fn for_each_hit(&self, normalized: &str, mut f: impl FnMut(usize, &P, usize)) {
        let mut seen: Vec<usize> = Vec::new();
        for m in self.ac.find_overlapping_iter(normalized) {
            let id = m.pattern().as_usize();
            if !seen.contains(&id) {
                seen.push(id);
                f(id, &self.payloads[id], m.start());
            }
        }
    }
}

/// Parses a cue file: one `pattern<TAB>payload` per line, `#` comments, blank lines
/// ignored. Returns `(pattern, payload text)` pairs.
pub fn parse_lines(src: &str) -> Vec<(String, String)> {
    src.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let mut it = l.splitn(2, '\t');
            let pat = it.next()?.trim();
            let rest = it.next().unwrap_or("").trim();
            (!pat.is_empty()).then(|| (pat.to_string(), rest.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    #[test]
    fn pattern_syntax() {
        let set = CueSet::new(vec![
            ("jobb*".to_string(), 0),
            ("*jobb*".to_string(), 1),
            ("nav".to_string(), 2),
            ("orker ikke mer".to_string(), 3),
        ]);
        let mut hits = Vec::new();
        set.for_each_hit(&normalize("Sommerjobbene i NAV-systemet, orker ikke mer"), |i, _, _| {
            hits.push(i)
        });
        hits.sort();
        assert_eq!(hits, [1, 2, 3]);
    }
}
