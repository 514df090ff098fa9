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
use std::hash::{BuildHasherDefault, Hasher};

/// The keys here are hashes already: no need to hash them again.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashedMap<V> = HashMap<u64, V, BuildHasherDefault<Prehashed>>;
type HashedSet = HashSet<u64, BuildHasherDefault<Prehashed>>;

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

/// Hash of a run of letters, with the letter at `skip` left out (none: `usize::MAX`).
fn hash(chars: &[char], skip: usize) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, &c) in chars.iter().enumerate() {
        if i != skip {
            h ^= u64::from(c);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Words, and a lookup from the hashes of each word and of it with one letter
/// left out to the words: what a typo may have meant, found without building
/// a string per guess.
#[derive(Default)]
struct Index {
    words: Vec<Vec<char>>,
    lookup: HashedMap<Vec<u32>>,
    /// Hashes of the words themselves, for "is it already right".
    exact: HashedSet,
    /// The letters words start with: a word starting otherwise is no typo of one.
    firsts: HashSet<char>,
    /// The lengths there are, for trying word beginnings of each.
    lengths: Vec<usize>,
}

impl Index {
    fn new(items: impl Iterator<Item = String>, min: usize) -> Index {
        let mut index = Index::default();
        for w in items {
            let chars: Vec<char> = w.chars().collect();
            if chars.len() < min || !index.exact.insert(hash(&chars, usize::MAX)) {
                continue;
            }
            let id = index.words.len() as u32;
            for skip in (0..chars.len()).chain([usize::MAX]) {
                index.lookup.entry(hash(&chars, skip)).or_default().push(id);
            }
            index.lengths.push(chars.len());
            index.firsts.insert(chars[0]);
            index.words.push(chars);
        }
        index.lengths.sort_unstable();
        index.lengths.dedup();
        index
    }

    fn contains(&self, chars: &[char]) -> bool {
        self.exact.contains(&hash(chars, usize::MAX))
    }

    /// A word one edit from `chars` (as `fits` judges), if there is one.
    fn near(&self, chars: &[char], fits: impl Fn(&[char]) -> bool) -> Option<&[char]> {
        if !chars.first().is_some_and(|c| self.firsts.contains(c)) {
            return None;
        }
        (0..chars.len()).chain([usize::MAX]).find_map(|skip| {
            self.lookup
                .get(&hash(chars, skip))?
                .iter()
                .map(|&id| self.words[id as usize].as_slice())
                .find(|w| fits(w))
        })
    }
}

/// The cue words and the beginnings cues match, for finding what a typo meant.
pub(super) struct Typos {
    words: Index,
    /// The beginnings cues match (`kutte*`, `*iessorbm*`).
    stems: Index,
    known: HashSet<String>,
}

/// Shortest word beginning taken for a typo of a cue's beginning.
const STEM_MIN_CHARS: usize = 5;

const TYPO_MIN_CHARS: usize = 6;
/// Longer words are no cue word's typo (and would cost a deletion each).
const TYPO_MAX_CHARS: usize = 24;

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
        Typos {
            words: Index::new(cue_words, TYPO_MIN_CHARS),
            stems: Index::new(cue_stems, STEM_MIN_CHARS),
            known: known_words(),
        }
    }

    /// The word meant by `chars` if it is a slip of a whole cue word.
    fn whole(&self, chars: &[char]) -> Option<String> {
        self.words.near(chars, |cue| one_edit_inside(chars, cue)).map(|c| c.iter().collect())
    }

    /// The word with its beginning set right if that is a slip of a cue's beginning.
    fn beginning(&self, chars: &[char]) -> Option<String> {
        if !chars.first().is_some_and(|c| self.stems.firsts.contains(c)) {
            return None;
        }
        let lengths = &self.stems.lengths;
        if lengths.iter().any(|&n| n <= chars.len() && self.stems.contains(&chars[..n])) {
            return None;
        }
        for &n in lengths {
            for m in [n, n + 1, n.saturating_sub(1)] {
                if m < STEM_MIN_CHARS - 1 || m > chars.len() {
                    continue;
                }
                let head = &chars[..m];
                if let Some(stem) = self.stems.near(head, |s| s.len() == n && one_edit(head, s, 0))
                {
                    let mut fixed: String = stem.iter().collect();
                    fixed.extend(&chars[m..]);
                    return Some(fixed);
                }
            }
        }
        None
    }

    /// `normalized` with mistyped cue words set right, or `None` when none was.
    pub(super) fn correct(&self, normalized: &str) -> Option<String> {
        let mut out: Option<String> = None;
        for (i, word) in normalized.split(' ').enumerate() {
            let n = word.chars().count();
            let fixed =
                if n + 1 >= TYPO_MIN_CHARS && n <= TYPO_MAX_CHARS && !self.known.contains(word) {
                    let chars: Vec<char> = word.chars().collect();
                    if self.words.contains(&chars) {
                        None
                    } else {
                        self.whole(&chars).or_else(|| self.beginning(&chars))
                    }
                } else {
                    None
                };
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
