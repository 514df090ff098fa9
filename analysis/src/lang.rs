//! Language detection for bokmål, nynorsk, Northern Sámi and English. Two signals:
//! character trigram profiles learnt at start from the training texts
//! (`data/train.jsonl`, whose every line carries its language) and marker words
//! (`data/lang-markers.txt`: eg/ikkje vs jeg/ikke, mun/lea/ii, the/and …). Sámi
//! letters (á č đ ŋ š ŧ ž) add weight, but Sámi typed without them is still found
//! through the markers and trigrams. The app's language choice is only a hint.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::text::{fold_char, normalize};

/// The four languages of Ungstemme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nb,
    Nn,
    Se,
    En,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Nb, Lang::Nn, Lang::Se, Lang::En];

    /// The code used in the API (`nb`, `nn`, `se`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::Se => "se",
            Lang::En => "en",
        }
    }

    /// Parses a code; `und`, empty or unknown codes give `None`. Accepts `no`
    /// (taken as bokmål) and `sme` (Northern Sámi).
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nb" | "no" | "nob" => Some(Lang::Nb),
            "nn" | "nno" => Some(Lang::Nn),
            "se" | "sme" => Some(Lang::Se),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    fn idx(self) -> usize {
        self as usize
    }
}

const BUCKETS: usize = 1 << 13;
const MARKERS: &str = include_str!("../data/lang-markers.txt");

/// Trigram profiles and marker words.
pub struct LangModel {
    /// log P(trigram bucket | language), per language.
    logp: Vec<[f32; 4]>,
    markers: HashMap<String, [f32; 4]>,
}

fn trigram_bucket(a: char, b: char, c: char) -> usize {
    let mut h: u32 = 2166136261;
    for ch in [a, b, c] {
        h ^= ch as u32;
        h = h.wrapping_mul(16777619);
    }
    (h as usize) & (BUCKETS - 1)
}

fn trigrams(text: &str, mut f: impl FnMut(usize)) {
    // Raw lower case (not folded) so á č đ ŋ š count for Sámi.
    let mut w = [' ', ' '];
    for ch in text.chars().map(|c| c.to_lowercase().next().unwrap_or(c)) {
        let c = if ch.is_alphabetic() { ch } else { ' ' };
        if !(c == ' ' && w[1] == ' ') {
            f(trigram_bucket(w[0], w[1], c));
        }
        w = [w[1], c];
    }
    if w[1] != ' ' {
        f(trigram_bucket(w[0], w[1], ' '));
    }
}

/// The result of detection: the language and a confidence in 0..1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detected {
    pub lang: Lang,
    pub confidence: f32,
}

impl LangModel {
    /// Learns trigram profiles from `(lang, text)` samples.
    pub fn train<'a>(samples: impl IntoIterator<Item = (Lang, &'a str)>) -> Self {
        let mut counts = vec![[1.0f32; 4]; BUCKETS];
        let mut totals = [BUCKETS as f32; 4];
        for (lang, text) in samples {
            trigrams(text, |b| {
                counts[b][lang.idx()] += 1.0;
                totals[lang.idx()] += 1.0;
            });
        }
        let logp = counts
            .iter()
            .map(|c| {
                let mut o = [0.0; 4];
                for l in 0..4 {
                    o[l] = (c[l] / totals[l]).ln();
                }
                o
            })
            .collect();
        let mut markers = HashMap::new();
        for line in MARKERS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let Some((head, words)) = line.split_once('\t') else { continue };
            let mut parts = head.split(':');
            let Some(lang) = parts.next().and_then(Lang::parse) else { continue };
            let weight: f32 = parts.next().and_then(|w| w.parse().ok()).unwrap_or(1.0);
            for w in words.split_whitespace() {
                let key: String = w.chars().map(fold_char).collect();
                markers.entry(key).or_insert([0.0; 4])[lang.idx()] += weight;
            }
        }
        LangModel { logp, markers }
    }

    /// Detects the language of `text`; `hint` (the app's language choice) tips the
    /// balance when the text itself says little.
    pub fn detect(&self, text: &str, hint: Option<Lang>) -> Detected {
        let mut tri = [0.0f32; 4];
        let mut n = 0usize;
        trigrams(text, |b| {
            n += 1;
            for (t, lp) in tri.iter_mut().zip(self.logp[b]) {
                *t += lp;
            }
        });
        let mut score = [0.0f32; 4];
        if n > 0 {
            // Per-trigram log-likelihood ratio against the mean, scaled so a typical
            // sentence gives a few units.
            let mean = tri.iter().sum::<f32>() / 4.0;
            for l in 0..4 {
                score[l] = (tri[l] - mean) / (n as f32).sqrt() * 0.9;
            }
        }
        let norm = normalize(text);
        for w in norm.split(' ').filter(|w| !w.is_empty()) {
            if let Some(m) = self.markers.get(w) {
                for l in 0..4 {
                    score[l] += m[l];
                }
            }
        }
        let sami_letters = text.chars().filter(|c| "áčđŋšŧžÁČĐŊŠŦŽ".contains(*c)).count();
        score[Lang::Se.idx()] += (sami_letters as f32 * 0.8).min(4.0);
        if let Some(h) = hint {
            score[h.idx()] += 1.2;
        }
        let mut best = 0;
        for l in 1..4 {
            if score[l] > score[best] {
                best = l;
            }
        }
        let mut sorted = score;
        sorted.sort_by(|a, b| b.total_cmp(a));
        let margin = sorted[0] - sorted[1];
        Detected { lang: Lang::ALL[best], confidence: 1.0 - (-margin).exp() * 0.5 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engine;

    fn d(t: &str) -> Lang {
        Engine::shared().detect_lang(t, None).lang
    }

    #[test]
    fn four_languages() {
        assert_eq!(d("Jeg vil ikke at de skal legge ned fritidsklubben hjemme hos oss"), Lang::Nb);
        assert_eq!(d("Eg vil ikkje at dei skal leggje ned fritidsklubben heime hjå oss"), Lang::Nn);
        assert_eq!(
            d("Mun háliidan ahte nuoraidklubba ii heaitte, dat lea buoremus sadji"),
            Lang::Se
        );
        assert_eq!(
            d("Mun haliidan ahte nuoraidklubba ii heaitte, dat lea buoremus sadji"),
            Lang::Se
        );
        assert_eq!(d("I really want the youth club to stay open on weekends"), Lang::En);
    }

    #[test]
    fn mixed_and_hinted() {
        // Norwegian with English slang is still Norwegian.
        assert_eq!(d("Jeg synes det er so random at bussen ikke går, helt cringe"), Lang::Nb);
        // A hint decides an empty or neutral text.
        assert_eq!(Engine::shared().detect_lang("ok 👍", Some(Lang::Se)).lang, Lang::Se);
        assert_eq!(Lang::parse("und"), None);
        assert_eq!(Lang::parse("NN"), Some(Lang::Nn));
    }
}
