//! Stemming per language: Snowball (via `rust-stemmers`) for bokmål, nynorsk (the
//! Norwegian stemmer copes with most nynorsk endings) and English; for Northern Sámi
//! our own suffix stripping of case, number and common derivation endings, then
//! collapsing double consonants so that consonant gradation (skuvla / skuvlla /
//! skuvllas / skuvlii) lands on one stem. Char n-grams in [`crate::features`] absorb
//! what the rules miss.

use rust_stemmers::{Algorithm, Stemmer};

use crate::lang::Lang;

/// Stemmers for every language, built once per engine.
pub struct Stemmers {
    no: Stemmer,
    en: Stemmer,
}

/// Sámi endings, longest first (already folded: đ → d, á → a).
const SE_SUFFIXES: [&str; 44] = [
    "vuodaid", "vuodain", "vuodas", "vuohta", "vuoda", "iiguin", "eamis", "eapmi", "eami",
    "eaddji", "eaddjai", "laccat", "lacca", "iguin", "guin", "aide", "ide", "iid", "aid", "uid",
    "ain", "iin", "uin", "ii", "ai", "ui", "as", "is", "us", "es", "id", "in", "an", "at", "it",
    "ut", "et", "ot", "a", "i", "u", "e", "s", "t",
];

impl Stemmers {
    pub fn new() -> Self {
        Stemmers {
            no: Stemmer::create(Algorithm::Norwegian),
            en: Stemmer::create(Algorithm::English),
        }
    }

    /// The stem of a folded, lower-case word in `lang`.
    pub fn stem(&self, word: &str, lang: Lang) -> String {
        match lang {
            Lang::Nb | Lang::Nn => self.no.stem(word).into_owned(),
            Lang::En => self.en.stem(word).into_owned(),
            Lang::Se => stem_sami(word),
        }
    }
}

impl Default for Stemmers {
    fn default() -> Self {
        Self::new()
    }
}

/// Northern Sámi stem of a folded word: strip one ending (keeping at least three
/// letters), then collapse doubled consonants and a trailing `h`/`d` of a cluster.
pub fn stem_sami(word: &str) -> String {
    let n = word.chars().count();
    let mut base = word;
    if n > 4 {
        for suf in SE_SUFFIXES {
            if let Some(b) = word.strip_suffix(suf) {
                if b.chars().count() >= 3 {
                    base = b;
                    break;
                }
            }
        }
    }
    let mut out = String::with_capacity(base.len());
    let mut prev = '\0';
    for c in base.chars() {
        if c == prev && !"aeiou".contains(c) {
            continue; // gradation: ll/l, dd/d, kk/k ...
        }
        out.push(c);
        prev = c;
    }
    // trailing stem vowel left after a shorter ending
    while out.chars().count() > 3 && out.ends_with(['a', 'e', 'i', 'o', 'u']) {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sami_gradation_lands_on_one_stem() {
        let s = stem_sami("skuvla");
        for w in ["skuvlla", "skuvllas", "skuvlii", "skuvllain"] {
            assert_eq!(stem_sami(w), s, "{w}");
        }
        assert_eq!(stem_sami("ustibat"), stem_sami("ustibiin"));
    }

    #[test]
    fn norwegian_and_english() {
        let st = Stemmers::new();
        assert_eq!(st.stem("barnehagen", Lang::Nb), st.stem("barnehager", Lang::Nb));
        assert_eq!(st.stem("jobbene", Lang::Nn), st.stem("jobben", Lang::Nb));
        assert_eq!(st.stem("teachers", Lang::En), st.stem("teacher", Lang::En));
    }
}
