//! A small learned screen beside the cue rules: logistic regression over the
//! concepts the rules found (and their score) and over hashed letter sequences
//! of the words, trained on the tuning parts of the distress suite
//! (`suites/distress/tune*.jsonl`) and the label model's ordinary training texts
//! (as texts without risk) when the process starts.
//!
//! The rules know concepts; the letter sequences let wording the rules never
//! listed count by what it shares with texts that were risk ("voldt", "rømt",
//! "sulte" in new forms and compounds), and the near-misses it was trained on
//! teach it what does not. It runs in-process with no download: the weights are
//! learnt from text compiled into the binary, deterministically, in a few
//! milliseconds.

/// Hashed feature slots for letter sequences and words.
const BUCKETS: usize = 1 << 16;
/// Slots after the hashed ones: one per concept kind, then the rules' score.
pub(super) const CONCEPT_BASE: usize = BUCKETS;

/// A text's features: slot and value, each slot once.
pub(super) type Features = Vec<(u32, f32)>;

fn fnv(bytes: impl Iterator<Item = u8>, seed: u64) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h % BUCKETS as u64) as u32
}

/// The features of a text: `folded` is its normalised, typo-corrected form with
/// æ ø å spelled out; `levels` the strength of each concept the rules found.
pub(super) fn features(folded: &str, levels: &[f32], rule_score: f32) -> Features {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut slots: Vec<u32> = Vec::with_capacity(folded.len() * 3);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let mut chars: Vec<char> = Vec::with_capacity(32);
    for (i, w) in words.iter().enumerate() {
        slots.push(fnv(w.bytes(), 1));
        if let Some(next) = words.get(i + 1) {
            slots.push(fnv(w.bytes().chain([b' ']).chain(next.bytes()), 2));
        }
        // Letter sequences of three to five, the word's edges marked.
        chars.clear();
        chars.push('<');
        chars.extend(w.chars());
        chars.push('>');
        for start in 0..chars.len() {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ 3;
            for (n, &c) in chars[start..].iter().take(5).enumerate() {
                h = (h ^ u64::from(c)).wrapping_mul(PRIME);
                if n >= 2 {
                    slots.push((h % BUCKETS as u64) as u32);
                }
            }
        }
    }
    slots.sort_unstable();
    slots.dedup();
    // Long texts must not win by having more letters: the hashed part has unit length.
    let scale = 1.0 / (slots.len().max(1) as f32).sqrt();
    let mut out: Features = slots.into_iter().map(|s| (s, scale)).collect();
    for (k, &level) in levels.iter().enumerate() {
        if level > 0.0 {
            out.push(((CONCEPT_BASE + k) as u32, level.min(1.0)));
        }
    }
    out.push(((CONCEPT_BASE + levels.len()) as u32, rule_score.min(2.0) / 2.0));
    out
}

/// Logistic regression weights.
pub(super) struct Model {
    weights: Vec<f32>,
    bias: f32,
}

impl Model {
    /// Learns from `examples` (features, acute?) with AdaGrad, the classes
    /// weighted to count equally, in the given order: the same examples always
    /// give the same weights.
    pub(super) fn train(examples: &[(Features, bool)], n_slots: usize) -> Model {
        const EPOCHS: usize = 30;
        const RATE: f32 = 0.3;
        const L2: f32 = 1e-5;
        let positives = examples.iter().filter(|(_, y)| *y).count().max(1) as f32;
        let negatives = examples.iter().filter(|(_, y)| !*y).count().max(1) as f32;
        let total = positives + negatives;
        let mut weights = vec![0.0f32; n_slots];
        let mut sq = vec![1e-6f32; n_slots];
        let (mut bias, mut bias_sq) = (0.0f32, 1e-6f32);
        for _ in 0..EPOCHS {
            for (f, y) in examples {
                let p =
                    sigmoid(bias + f.iter().map(|&(s, v)| weights[s as usize] * v).sum::<f32>());
                let class_weight =
                    if *y { total / (2.0 * positives) } else { total / (2.0 * negatives) };
                let g = (p - if *y { 1.0 } else { 0.0 }) * class_weight;
                for &(s, v) in f {
                    let s = s as usize;
                    let grad = g * v + L2 * weights[s];
                    sq[s] += grad * grad;
                    weights[s] -= RATE * grad / sq[s].sqrt();
                }
                bias_sq += g * g;
                bias -= RATE * g / bias_sq.sqrt();
            }
        }
        Model { weights, bias }
    }

    /// The probability that a text with features `f` is acute risk.
    pub(super) fn probability(&self, f: &Features) -> f32 {
        sigmoid(
            self.bias
                + f.iter()
                    .map(|&(s, v)| self.weights.get(s as usize).map_or(0.0, |w| w * v))
                    .sum::<f32>(),
        )
    }
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Number of slots for `n_kinds` concept kinds.
pub(super) fn slots(n_kinds: usize) -> usize {
    CONCEPT_BASE + n_kinds + 1
}
