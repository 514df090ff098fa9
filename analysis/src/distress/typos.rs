//! Mistyped cue words: one letter wrong, missing, extra or swapped in a long cue
//! word ("selmord", "voldatt", "nakenblider") is read as the cue word, and the
//! same at the start of a word for cues that match word beginnings ("iešosrbmema"
//! for `iessorbm*`), so a typo does not hide a risk.
//!
//! Care is taken not to read a real word as a cue: only words of six letters or
//! more, with the first letter right, edits before the last two letters (where
//! words inflect: "misbruk" is a word of its own, not a mistyped "misbrukt"), and
//! never a word the engine knows from its other data files ("better" is not a
//! mistyped "letter").

use std::collections::{HashMap, HashSet};

const STOPWORDS: &str = include_str!("../../data/stopwords.txt");
const MARKERS: &str = include_str!("../../data/lang-markers.txt");
const LEXICONS: [&str; 4] = [
    include_str!("../../data/lexicon/nb.txt"),
    include_str!("../../data/lexicon/nn.txt"),
    include_str!("../../data/lexicon/se.txt"),
    include_str!("../../data/lexicon/en.txt"),
];

/// Words the engine knows from its data files, folded: never taken for typos.
fn known_words() -> HashSet<String> {
    let plain = |w: &&str| w.chars().all(char::is_alphabetic);
    let mut known: HashSet<String> = HashSet::new();
    for line in STOPWORDS.lines().chain(MARKERS.lines()).filter(|l| !l.starts_with('#')) {
        let words = line.split_once('\t').map_or(line, |(_, w)| w);
        known.extend(words.split_whitespace().filter(plain).map(crate::text::fold));
    }
    for line in LEXICONS.iter().flat_map(|l| l.lines()).filter(|l| !l.starts_with('#')) {
        let pattern = line.split('\t').next().unwrap_or("");
        known.extend(pattern.split_whitespace().filter(plain).map(crate::text::fold));
    }
    known
}

/// The cue words and their one-letter-less forms, for finding what a typo meant.
pub(super) struct Typos {
    /// Each cue word, and each of it with one letter left out, to the cue word.
    index: HashMap<String, Vec<String>>,
    words: HashSet<String>,
    /// The same for the beginnings cues match (`kutte*`, `*iessorbm*`).
    stem_index: HashMap<String, Vec<String>>,
    stems: HashSet<String>,
    stem_lengths: Vec<usize>,
    known: HashSet<String>,
}

/// Shortest word beginning taken for a typo of a cue's beginning.
const STEM_MIN_CHARS: usize = 5;

const TYPO_MIN_CHARS: usize = 6;
/// Longer words are no cue word's typo (and would cost a deletion each).
const TYPO_MAX_CHARS: usize = 24;

fn deletions(word: &[char]) -> impl Iterator<Item = String> + '_ {
    (0..word.len())
        .map(move |i| word.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, c)| c).collect())
}

/// True when `a` becomes `b` by one edit (a letter changed, added, removed, or
/// two neighbours swapped) that is not in `b`'s last two letters.
fn one_edit_inside(a: &[char], b: &[char]) -> bool {
    one_edit(a, b, 2)
}

/// True when `a` becomes `b` by one edit that keeps the first letter and is not
/// in `b`'s last `kept_end` letters.
fn one_edit(a: &[char], b: &[char], kept_end: usize) -> bool {
    if a.first() != b.first() {
        return false;
    }
    let stem = b.len().saturating_sub(kept_end);
    let first = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if first >= stem {
        return false;
    }
    let (ra, rb) = (&a[first..], &b[first..]);
    match ra.len() as isize - rb.len() as isize {
        0 => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        1 => ra[1..] == *rb,
        -1 => *ra == rb[1..],
        _ => false,
    }
}

impl Typos {
    /// From whole cue words and the beginnings cues match, both folded.
    pub(super) fn new(
        cue_words: impl Iterator<Item = String>,
        cue_stems: impl Iterator<Item = String>,
    ) -> Typos {
        fn indexed(
            items: impl Iterator<Item = String>,
            min: usize,
        ) -> (HashMap<String, Vec<String>>, HashSet<String>) {
            let mut index: HashMap<String, Vec<String>> = Default::default();
            let mut all = HashSet::new();
            for w in items {
                let chars: Vec<char> = w.chars().collect();
                if chars.len() < min || !all.insert(w.clone()) {
                    continue;
                }
                for key in deletions(&chars).chain([w.clone()]) {
                    index.entry(key).or_default().push(w.clone());
                }
            }
            (index, all)
        }
        let (index, words) = indexed(cue_words, TYPO_MIN_CHARS);
        let (stem_index, stems) = indexed(cue_stems, STEM_MIN_CHARS);
        let mut stem_lengths: Vec<usize> = stems.iter().map(|s| s.chars().count()).collect();
        stem_lengths.sort_unstable();
        stem_lengths.dedup();
        Typos { index, words, stem_index, stems, stem_lengths, known: known_words() }
    }

    /// The word meant by `chars` if it is a slip of a whole cue word.
    fn whole(&self, chars: &[char], word: &str) -> Option<String> {
        deletions(chars)
            .chain([word.to_string()])
            .find_map(|key| {
                self.index.get(&key)?.iter().find(|cue| {
                    let c: Vec<char> = cue.chars().collect();
                    one_edit_inside(chars, &c)
                })
            })
            .cloned()
    }

    /// The word with its beginning set right if that is a slip of a cue's beginning.
    fn beginning(&self, chars: &[char]) -> Option<String> {
        let starts = |n: usize| {
            n <= chars.len() && self.stems.contains(&chars[..n].iter().collect::<String>())
        };
        if self.stem_lengths.iter().any(|&n| starts(n)) {
            return None;
        }
        for &n in &self.stem_lengths {
            for m in [n, n + 1, n.saturating_sub(1)] {
                if m < STEM_MIN_CHARS - 1 || m > chars.len() {
                    continue;
                }
                let head = &chars[..m];
                let fixed = deletions(head).chain([head.iter().collect()]).find_map(|key| {
                    self.stem_index.get(&key)?.iter().find(|stem| {
                        let s: Vec<char> = stem.chars().collect();
                        s.len() == n && one_edit(head, &s, 0)
                    })
                });
                if let Some(stem) = fixed {
                    return Some(format!("{stem}{}", chars[m..].iter().collect::<String>()));
                }
            }
        }
        None
    }

    /// `normalized` with mistyped cue words set right, or `None` when none was.
    pub(super) fn correct(&self, normalized: &str) -> Option<String> {
        let mut out: Option<String> = None;
        for (i, word) in normalized.split(' ').enumerate() {
            let chars: Vec<char> = word.chars().collect();
            let fixed = (chars.len() + 1 >= TYPO_MIN_CHARS
                && chars.len() <= TYPO_MAX_CHARS
                && !self.words.contains(word)
                && !self.known.contains(word))
            .then(|| self.whole(&chars, word).or_else(|| self.beginning(&chars)))
            .flatten();
            if fixed.is_some() && out.is_none() {
                out = Some(normalized.split(' ').take(i).collect::<Vec<_>>().join(" "));
            }
            if let Some(o) = out.as_mut() {
                if i > 0 {
                    o.push(' ');
                }
                o.push_str(fixed.as_deref().unwrap_or(word));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typos() -> Typos {
        Typos::new(
            ["selvmord", "voldtatt", "nakenbilder", "letter", "misbrukt"]
                .map(String::from)
                .into_iter(),
            ["iessorbm", "selvskad"].map(String::from).into_iter(),
        )
    }

    #[test]
    fn one_slip_inside_a_cue_word_is_read_as_it() {
        let t = typos();
        assert_eq!(t.correct(" tenker på selmord ").as_deref(), Some(" tenker på selvmord "));
        assert_eq!(t.correct(" ble voldatt ").as_deref(), Some(" ble voldtatt "));
        assert_eq!(t.correct(" sendte nakenblider ").as_deref(), Some(" sendte nakenbilder "));
        assert_eq!(t.correct(" birra iesosrbmema ").as_deref(), Some(" birra iessorbmema "));
        assert_eq!(t.correct(" om selvksading ").as_deref(), Some(" om selvskading "));
    }

    #[test]
    fn real_words_and_endings_stay() {
        let t = typos();
        assert_eq!(t.correct(" better off "), None, "another first letter");
        assert_eq!(t.correct(" misbruk av rus "), None, "an ending, not a typo");
        assert_eq!(t.correct(" selvmordet "), None, "too far off");
        assert_eq!(t.correct(" selvskading "), None, "already right");
    }
}
