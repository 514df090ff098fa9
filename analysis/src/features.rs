//! Hashed features for the label model and for theming: folded words, their stems
//! and character 4-grams of each word (which carry Norwegian compounds and Sámi
//! consonant gradation: "sommerjobb" shares grams with "jobb", "skuvlla" with
//! "skuvla"). Hashing keeps memory fixed and needs no vocabulary.

use crate::lang::Lang;
use crate::stem::Stemmers;

/// Number of hash buckets for label features.
pub const DIM: usize = 1 << 17;

/// FNV-1a over a kind byte and the string bytes.
pub fn hash(kind: u8, s: &str) -> u32 {
    let mut h: u32 = 2166136261 ^ kind as u32;
    h = h.wrapping_mul(16777619);
    for b in s.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(16777619);
    }
    h
}

/// True for words that carry no topic (pure digits, one letter).
fn skip(word: &str) -> bool {
    word.chars().count() < 2 || word.chars().all(|c| c.is_ascii_digit())
}

/// Appends the feature buckets of `normalized` text to `out` (cleared first).
pub fn extract(normalized: &str, lang: Lang, stemmers: &Stemmers, out: &mut Vec<u32>) {
    out.clear();
    let mut cs: Vec<char> = Vec::with_capacity(32);
    for w in normalized.split(' ').filter(|w| !skip(w)) {
        out.push(hash(b'w', w) % DIM as u32);
        let st = stemmers.stem(w, lang);
        if st != w {
            out.push(hash(b's', &st) % DIM as u32);
        }
        cs.clear();
        cs.push('<');
        cs.extend(w.chars());
        cs.push('>');
        if cs.len() >= 6 {
            for g in cs.windows(4) {
                out.push(hash_chars(g) % DIM as u32);
            }
        }
    }
}

/// FNV-1a over a character window (char 4-grams, kind `c`).
fn hash_chars(g: &[char]) -> u32 {
    let mut h: u32 = (2166136261u32 ^ b'c' as u32).wrapping_mul(16777619);
    for &c in g {
        h ^= c as u32;
        h = h.wrapping_mul(16777619);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    #[test]
    fn compounds_share_grams() {
        let st = Stemmers::new();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        extract(&normalize("sommerjobbene"), Lang::Nb, &st, &mut a);
        extract(&normalize("jobb"), Lang::Nb, &st, &mut b);
        assert!(b.iter().any(|x| a.contains(x)));
        extract(&normalize("123 a"), Lang::Nb, &st, &mut a);
        assert!(a.is_empty());
    }
}
