//! Framework labels (goals, arenas, factors): a one-vs-rest logistic regression over
//! hashed features ([`crate::features`]) trained at start from the hand-written
//! examples in `data/train.jsonl`, plus keyword cues per language from
//! `data/lexicon/*.txt`, whose score enters each label's logit with a learnt weight.
//! Training is seeded and single-threaded, so the same data gives the same model.

use crate::cues::{parse_lines, CueSet};
use crate::features::DIM;
use crate::framework::{label_index, N_LABELS};

const LEXICON: [&str; 4] = [
    include_str!("../data/lexicon/nb.txt"),
    include_str!("../data/lexicon/nn.txt"),
    include_str!("../data/lexicon/se.txt"),
    include_str!("../data/lexicon/en.txt"),
];

/// Keyword cues: each pattern adds weight to one or more labels.
pub struct Lexicon {
    cues: CueSet<Vec<(usize, f32)>>,
}

impl Lexicon {
    /// Compiles the shipped lexicon files. Lines: `pattern<TAB>label[:weight] …`.
    pub fn new() -> Self {
        let mut entries = Vec::new();
        for src in LEXICON {
            for (pat, rest) in parse_lines(src) {
                let labels: Vec<(usize, f32)> = rest
                    .split_whitespace()
                    .filter_map(|t| {
                        let (id, w) = t.split_once(':').unwrap_or((t, "1"));
                        Some((label_index(id)?, w.parse().unwrap_or(1.0)))
                    })
                    .collect();
                if !labels.is_empty() {
                    entries.push((pat, labels));
                }
            }
        }
        Lexicon { cues: CueSet::new(entries) }
    }

    /// Number of cue patterns.
    pub fn len(&self) -> usize {
        self.cues.len()
    }

    /// True when there are no cues.
    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// Summed cue weight per label for `normalized` text, each capped at 2.
    pub fn scores(&self, normalized: &str) -> [f32; N_LABELS] {
        let mut s = [0.0f32; N_LABELS];
        self.cues.for_each_hit(normalized, |_, labels, _| {
            for &(l, w) in labels {
                s[l] += w;
            }
        });
        for v in &mut s {
            *v = v.clamp(-2.0, 2.0);
        }
        s
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

/// One training example: feature buckets, lexicon scores, gold labels, weight.
#[derive(Clone)]
pub struct Example {
    pub features: Vec<u32>,
    pub lex: [f32; N_LABELS],
    pub labels: [bool; N_LABELS],
    pub weight: f32,
}

/// The one-vs-rest logistic model.
#[derive(Clone)]
pub struct Model {
    /// Feature-major: `w[f * N_LABELS + l]`, so one feature's weights are adjacent.
    w: Vec<f32>,
    bias: [f32; N_LABELS],
    lex_w: [f32; N_LABELS],
}

/// Training settings (fixed; listed so the docs can name them).
const EPOCHS: usize = 25;
const RATE: f32 = 0.3;
const L2: f32 = 1e-6;
const LEX_RATE: f32 = 0.3;
const LEX_INIT: f32 = 1.5;
/// Added to each learnt lexicon weight after training. The examples were written
/// with the lexicon at hand, so training alone under-trusts cues for wording the
/// examples never used; this lifts them (tuned on the dev corpus).
pub const LEX_EXTRA: f32 = 1.0;

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

fn scale(n: usize) -> f32 {
    1.0 / (n.max(1) as f32).sqrt()
}

impl Model {
    /// Trains on `examples` with seeded shuffling (deterministic).
    pub fn train(examples: &[Example], seed: u64) -> Self {
        let mut m = Model {
            w: vec![0.0; DIM * N_LABELS],
            bias: [-2.0; N_LABELS],
            lex_w: [LEX_INIT; N_LABELS],
        };
        if examples.is_empty() {
            return m;
        }
        // Positive examples of rare labels count more, so they are not drowned.
        let mut pos = [0.0f32; N_LABELS];
        for e in examples {
            for (l, &y) in e.labels.iter().enumerate() {
                if y {
                    pos[l] += 1.0;
                }
            }
        }
        let n = examples.len() as f32;
        let pos_w: Vec<f32> =
            pos.iter().map(|&p| ((n - p) / p.max(1.0)).sqrt().clamp(1.0, 4.0)).collect();
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng = seed | 1;
        for epoch in 0..EPOCHS {
            // xorshift Fisher–Yates
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            let rate = RATE / (1.0 + epoch as f32 * 0.3);
            for &i in &order {
                let e = &examples[i];
                let s = scale(e.features.len());
                let logits = m.logits(&e.features, &e.lex);
                let mut grad = [0.0f32; N_LABELS];
                for l in 0..N_LABELS {
                    let y = if e.labels[l] { 1.0 } else { 0.0 };
                    let cw = if e.labels[l] { pos_w[l] } else { 1.0 };
                    grad[l] = (sigmoid(logits[l]) - y) * cw * e.weight * rate;
                    m.bias[l] -= grad[l] * 0.5;
                    m.lex_w[l] -= grad[l] * e.lex[l] * LEX_RATE;
                }
                for &f in &e.features {
                    let row = &mut m.w[f as usize * N_LABELS..(f as usize + 1) * N_LABELS];
                    for l in 0..N_LABELS {
                        row[l] -= grad[l] * s + L2 * row[l];
                    }
                }
            }
        }
        for w in &mut m.lex_w {
            *w += LEX_EXTRA;
        }
        m
    }

    /// The logit of every label.
    pub fn logits(&self, features: &[u32], lex: &[f32; N_LABELS]) -> [f32; N_LABELS] {
        let s = scale(features.len());
        let mut z = self.bias;
        for &f in features {
            let row = &self.w[f as usize * N_LABELS..(f as usize + 1) * N_LABELS];
            for l in 0..N_LABELS {
                z[l] += row[l] * s;
            }
        }
        for l in 0..N_LABELS {
            z[l] += self.lex_w[l] * lex[l];
        }
        z
    }

    /// The probability of every label.
    pub fn probs(&self, features: &[u32], lex: &[f32; N_LABELS]) -> [f32; N_LABELS] {
        let mut z = self.logits(features, lex);
        for v in &mut z {
            *v = sigmoid(*v);
        }
        z
    }
}
