//! Emergent themes: groups similar inputs and names each group by its most telling
//! words, in the language(s) it was written in.
//!
//! Method, chosen to scale to a million texts on two cores: each text becomes a
//! hashed TF-IDF vector of stemmed content words (stop words of all four languages
//! removed, `data/stopwords.txt`); seeded k-means++ on a sample picks starting
//! centroids; spherical k-means runs a bounded number of iterations, assignments in
//! parallel over fixed chunks (so results do not depend on thread timing); a group
//! is named by the terms whose weight in its centroid most exceeds their average
//! weight over all groups, per language. Same input and seed → same themes.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::Serialize;

use crate::engine::Engine;
use crate::features::hash;
use crate::framework::{label_id, N_LABELS};
use crate::lang::Lang;
use crate::stem::Stemmers;
use crate::text::{fold, words};

const STOPWORDS: &str = include_str!("../data/stopwords.txt");
/// Hash buckets for theme terms; the last 32 are reserved for framework labels.
const DIMS: usize = 1 << 17;
/// First bucket of the framework-label part of a vector.
const LABEL0: usize = DIMS - 32;
/// Texts per parallel work unit.
const CHUNK: usize = 4096;
/// Members kept per theme as its representatives.
const REPRESENTATIVES: usize = 10;

/// One input to theming.
#[derive(Clone, Copy, Debug)]
pub struct Doc<'a> {
    pub text: &'a str,
    /// The language if known (e.g. from an earlier `analyse`); detected otherwise.
    pub lang: Option<Lang>,
}

/// Settings for [`themes`].
#[derive(Clone, Debug)]
pub struct ThemeOptions {
    /// Number of groups; `None` picks about √(n/2), between 2 and 40.
    pub k: Option<usize>,
    /// Seed for the k-means++ start; the same seed gives the same themes.
    pub seed: u64,
    /// Most k-means iterations (each is one pass over the texts).
    pub max_iter: usize,
    /// Terms per theme (and per language).
    pub top_terms: usize,
    /// Worker threads; `0` uses the available cores.
    pub threads: usize,
    /// Groups smaller than this are left out of the result.
    pub min_size: usize,
    /// Share (0..1) of each text vector given to its framework-label probabilities.
    /// Words differ between languages but labels do not, so this lets a bokmål and
    /// a Sámi text about the same bus group together; 0 turns it off (faster).
    pub label_weight: f32,
}

impl Default for ThemeOptions {
    fn default() -> Self {
        ThemeOptions {
            k: None,
            seed: 42,
            max_iter: 12,
            top_terms: 6,
            threads: 0,
            min_size: 2,
            label_weight: 0.4,
        }
    }
}

/// One emergent theme.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Theme {
    /// Stable within one run: themes are numbered by size, largest first.
    pub id: usize,
    /// Indices into the input slice.
    pub members: Vec<usize>,
    /// Up to ten members closest to the group's centre, closest first: the texts
    /// that show best what the group is about.
    pub representatives: Vec<usize>,
    /// The most telling terms over all members.
    pub top_terms: Vec<String>,
    /// Members per language, most first, with that language's telling terms.
    pub langs: Vec<LangTerms>,
    /// The framework labels (goal, arena or factor ids) most typical of the group.
    pub labels: Vec<&'static str>,
}

/// The telling terms of one theme in one language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LangTerms {
    pub lang: Lang,
    pub count: usize,
    pub terms: Vec<String>,
}

/// Progress of a theming run, reported to the caller's callback.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Texts turned into vectors so far, of the total.
    Vectorising { done: usize, total: usize },
    /// k-means iteration finished, of the maximum, and how many texts moved.
    Clustering { iteration: usize, max: usize, moved: usize },
    /// Naming the groups.
    Naming,
}

fn stopwords() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    S.get_or_init(|| {
        STOPWORDS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(|l| l.split_whitespace())
            .map(crate::text::fold)
            .collect()
    })
}

struct Vectors {
    offsets: Vec<usize>,
    idx: Vec<u32>,
    val: Vec<f32>,
    langs: Vec<Lang>,
    /// bucket → (surface word, count), the most frequent surface per bucket.
    surface: HashMap<u32, (String, u32)>,
}

impl Vectors {
    fn doc(&self, i: usize) -> (&[u32], &[f32]) {
        let r = self.offsets[i]..self.offsets[i + 1];
        (&self.idx[r.clone()], &self.val[r])
    }
}

/// Groups `docs` into themes. See [`themes_with_progress`].
pub fn themes(docs: &[Doc], opts: &ThemeOptions) -> Vec<Theme> {
    themes_with_progress(docs, opts, &mut |_| {})
}

/// Groups `docs` into themes, calling `progress` as the work advances.
pub fn themes_with_progress(
    docs: &[Doc],
    opts: &ThemeOptions,
    progress: &mut dyn FnMut(Progress),
) -> Vec<Theme> {
    if docs.is_empty() {
        return Vec::new();
    }
    let threads = if opts.threads == 0 {
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
    } else {
        opts.threads
    };
    let v = vectorise(docs, threads, opts.label_weight.clamp(0.0, 1.0), progress);
    let n = docs.len();
    let k = opts.k.unwrap_or(((n as f64 / 2.0).sqrt().round() as usize).clamp(2, 40)).clamp(1, n);
    let mut centroids = init_centroids(&v, n, k, opts.seed);
    let mut assign = vec![usize::MAX; n];
    for it in 0..opts.max_iter.max(1) {
        let new = assign_all(&v, n, &centroids, k, threads);
        let moved = new.iter().zip(&assign).filter(|(a, b)| a != b).count();
        assign = new;
        progress(Progress::Clustering { iteration: it + 1, max: opts.max_iter.max(1), moved });
        centroids = recompute(&v, &assign, k);
        if moved * 1000 <= n && it > 0 {
            break;
        }
    }
    progress(Progress::Naming);
    name(&v, &assign, &centroids, k, opts)
}

fn vectorise(
    docs: &[Doc],
    threads: usize,
    label_weight: f32,
    progress: &mut dyn FnMut(Progress),
) -> Vectors {
    let engine = Engine::shared();
    let stop = stopwords();
    let chunks: Vec<&[Doc]> = docs.chunks(CHUNK).collect();
    type Part = (Vec<Vec<(u32, f32)>>, Vec<Lang>, HashMap<u32, HashMap<String, u32>>);
    let mut parts: Vec<Option<Part>> = (0..chunks.len()).map(|_| None).collect();
    let mut done = 0;
    for batch in (0..chunks.len()).collect::<Vec<_>>().chunks(threads.max(1) * 4) {
        let results: Vec<(usize, Part)> = std::thread::scope(|s| {
            let per = batch.len().div_ceil(threads.max(1));
            let handles: Vec<_> = batch
                .chunks(per.max(1))
                .map(|ids| {
                    let chunks = &chunks;
                    s.spawn(move || {
                        let stemmers = Stemmers::new();
                        ids.iter()
                            .map(|&c| {
                                let mut vecs = Vec::with_capacity(chunks[c].len());
                                let mut langs = Vec::with_capacity(chunks[c].len());
                                let mut surf: HashMap<u32, HashMap<String, u32>> = HashMap::new();
                                for d in chunks[c] {
                                    let lang = d
                                        .lang
                                        .unwrap_or_else(|| engine.detect_lang(d.text, None).lang);
                                    let mut terms: Vec<(u32, f32)> = Vec::new();
                                    for word in words(d.text) {
                                        // Fold for matching and stemming; keep the
                                        // lower-cased original (with Sámi letters) to
                                        // name the theme in the writers' own spelling.
                                        let w = fold(word);
                                        if w.chars().count() < 3
                                            || stop.contains(&w)
                                            || w.chars().any(|c| c.is_ascii_digit())
                                        {
                                            continue;
                                        }
                                        let st = stemmers.stem(&w, lang);
                                        let b = hash(b't', &st) % LABEL0 as u32;
                                        *surf
                                            .entry(b)
                                            .or_default()
                                            .entry(word.to_lowercase())
                                            .or_insert(0) += 1;
                                        match terms.iter_mut().find(|(x, _)| *x == b) {
                                            Some((_, c)) => *c += 1.0,
                                            None => terms.push((b, 1.0)),
                                        }
                                    }
                                    if label_weight > 0.0 {
                                        let probs = engine.label_probs(d.text, lang);
                                        for (l, &p) in probs.iter().enumerate() {
                                            if p >= 0.3 {
                                                terms.push(((LABEL0 + l) as u32, p));
                                            }
                                        }
                                    }
                                    terms.sort_unstable_by_key(|t| t.0);
                                    vecs.push(terms);
                                    langs.push(lang);
                                }
                                (c, (vecs, langs, surf))
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
        });
        for (c, p) in results {
            done += p.0.len();
            parts[c] = Some(p);
        }
        progress(Progress::Vectorising { done, total: docs.len() });
    }
    // Document frequencies, then TF-IDF with sublinear tf, L2-normalised.
    let mut df = vec![0u32; DIMS];
    let mut surface_counts: HashMap<u32, HashMap<String, u32>> = HashMap::new();
    for p in parts.iter().flatten() {
        for terms in &p.0 {
            for &(b, _) in terms {
                df[b as usize] += 1;
            }
        }
    }
    let n = docs.len() as f32;
    let mut v = Vectors {
        offsets: vec![0],
        idx: Vec::new(),
        val: Vec::new(),
        langs: Vec::new(),
        surface: HashMap::new(),
    };
    for p in parts.into_iter().flatten() {
        let (vecs, langs, surf) = p;
        for (b, m) in surf {
            let e = surface_counts.entry(b).or_default();
            for (w, c) in m {
                *e.entry(w).or_insert(0) += c;
            }
        }
        for terms in vecs {
            let (labels, words): (Vec<Term>, Vec<Term>) =
                terms.into_iter().partition(|&(b, _)| b as usize >= LABEL0);
            let mut row: Vec<(u32, f32)> = words
                .into_iter()
                .filter(|&(b, _)| df[b as usize] >= 2 || n < 50.0)
                // Smoothed idf: a word most texts share (the topic of a session
                // where everyone writes about the bus) keeps some weight.
                .map(|(b, tf)| (b, (1.0 + tf.ln()) * (1.0 + n / df[b as usize] as f32).ln()))
                .collect();
            // Words and labels are normalised apart, then weighted so the whole
            // vector has unit length.
            let share = if labels.is_empty() { 0.0 } else { label_weight };
            let share = if row.is_empty() && !labels.is_empty() { 1.0 } else { share };
            scale_to(&mut row, (1.0 - share).sqrt());
            let mut labels = labels;
            scale_to(&mut labels, share.sqrt());
            row.extend(labels);
            for (b, x) in row {
                v.idx.push(b);
                v.val.push(x);
            }
            v.offsets.push(v.idx.len());
        }
        v.langs.extend(langs);
    }
    v.surface = surface_counts
        .into_iter()
        .map(|(b, m)| {
            let best = m
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                .unwrap_or_default();
            (b, best)
        })
        .collect();
    v
}

/// A bucket and its weight in a sparse vector.
type Term = (u32, f32);

/// Scales `row` to Euclidean length `len` (no-op for an all-zero row).
fn scale_to(row: &mut [(u32, f32)], len: f32) {
    let norm = row.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, x) in row.iter_mut() {
            *x *= len / norm;
        }
    }
}

/// Centroids are stored term-major (`c[b * k + j]`) so one term's weights for all
/// groups sit together: one cache line or two per term when assigning.
fn init_centroids(v: &Vectors, n: usize, k: usize, seed: u64) -> Vec<f32> {
    let mut rng = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407) | 1;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let sample: Vec<usize> = if n <= 20_000 {
        (0..n).collect()
    } else {
        let step = n / 20_000;
        (0..20_000).map(|i| i * step + (next() as usize % step.max(1))).collect()
    };
    let mut chosen: Vec<usize> = vec![sample[next() as usize % sample.len()]];
    let mut best = vec![f32::MAX; sample.len()];
    while chosen.len() < k {
        let last = chosen[chosen.len() - 1];
        let (li, lv) = v.doc(last);
        let mut total = 0.0f64;
        for (s, &d) in sample.iter().enumerate() {
            let (di, dv) = v.doc(d);
            let dist = 1.0 - sparse_dot(li, lv, di, dv);
            best[s] = best[s].min(dist.max(0.0));
            total += (best[s] * best[s]) as f64;
        }
        if total <= 0.0 {
            break; // fewer distinct texts than k
        }
        let mut target = (next() % 1_000_000) as f64 / 1_000_000.0 * total;
        let mut pick = sample[sample.len() - 1];
        for (s, &d) in sample.iter().enumerate() {
            target -= (best[s] * best[s]) as f64;
            if target <= 0.0 {
                pick = d;
                break;
            }
        }
        chosen.push(pick);
    }
    let k_real = k;
    let mut c = vec![0.0f32; DIMS * k_real];
    for (j, &d) in chosen.iter().enumerate() {
        let (di, dv) = v.doc(d);
        for (&b, &x) in di.iter().zip(dv) {
            c[b as usize * k_real + j] = x;
        }
    }
    c
}

fn sparse_dot(ai: &[u32], av: &[f32], bi: &[u32], bv: &[f32]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < ai.len() && j < bi.len() {
        match ai[i].cmp(&bi[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += av[i] * bv[j];
                i += 1;
                j += 1;
            }
        }
    }
    s
}

fn assign_all(v: &Vectors, n: usize, c: &[f32], k: usize, threads: usize) -> Vec<usize> {
    let ranges: Vec<(usize, usize)> =
        (0..n).step_by(CHUNK).map(|s| (s, (s + CHUNK).min(n))).collect();
    let per = ranges.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = ranges
            .chunks(per)
            .map(|rs| {
                s.spawn(move || {
                    let mut out = Vec::new();
                    let mut scores = vec![0.0f32; k];
                    for &(a, b) in rs {
                        for d in a..b {
                            scores.iter_mut().for_each(|x| *x = 0.0);
                            let (di, dv) = v.doc(d);
                            for (&t, &x) in di.iter().zip(dv) {
                                let row = &c[t as usize * k..(t as usize + 1) * k];
                                for (sc, w) in scores.iter_mut().zip(row) {
                                    *sc += x * w;
                                }
                            }
                            let mut best = 0;
                            for j in 1..k {
                                if scores[j] > scores[best] {
                                    best = j;
                                }
                            }
                            out.push(best);
                        }
                    }
                    out
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    })
}

fn recompute(v: &Vectors, assign: &[usize], k: usize) -> Vec<f32> {
    let mut c = vec![0.0f32; DIMS * k];
    for (d, &j) in assign.iter().enumerate() {
        let (di, dv) = v.doc(d);
        for (&b, &x) in di.iter().zip(dv) {
            c[b as usize * k + j] += x;
        }
    }
    let mut norms = vec![0.0f32; k];
    for b in 0..DIMS {
        for j in 0..k {
            norms[j] += c[b * k + j] * c[b * k + j];
        }
    }
    for b in 0..DIMS {
        for j in 0..k {
            if norms[j] > 0.0 {
                c[b * k + j] /= norms[j].sqrt();
            }
        }
    }
    c
}

/// The terms that weigh more in this group than in the others on average (with a
/// single group, simply the heaviest).
fn top_terms(
    weights: &HashMap<u32, f32>,
    mean: &[f32],
    k: usize,
    v: &Vectors,
    n: usize,
) -> Vec<String> {
    let others = |b: u32, w: f32| {
        if k > 1 {
            (mean[b as usize] * k as f32 - w) / (k - 1) as f32
        } else {
            0.0
        }
    };
    let mut scored: Vec<(u32, f32)> =
        weights.iter().map(|(&b, &w)| (b, w - others(b, w))).filter(|&(_, s)| s > 0.0).collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut out: Vec<String> = Vec::new();
    for (b, _) in scored {
        if let Some((w, _)) = v.surface.get(&b) {
            if !out.contains(w) {
                out.push(w.clone());
            }
        }
        if out.len() >= n {
            break;
        }
    }
    out
}

fn name(v: &Vectors, assign: &[usize], c: &[f32], k: usize, opts: &ThemeOptions) -> Vec<Theme> {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); k];
    for (d, &j) in assign.iter().enumerate() {
        members[j].push(d);
    }
    // Mean centroid weight per term over the groups: what is common everywhere.
    let mut mean = vec![0.0f32; DIMS];
    for b in 0..DIMS {
        mean[b] = c[b * k..(b + 1) * k].iter().sum::<f32>() / k as f32;
    }
    let mut themes: Vec<Theme> = Vec::new();
    for (j, m) in members.into_iter().enumerate() {
        if m.len() < opts.min_size.max(1) {
            continue;
        }
        let overall: HashMap<u32, f32> =
            (0..DIMS).filter(|&b| c[b * k + j] > 0.0).map(|b| (b as u32, c[b * k + j])).collect();
        let mut per_lang: Vec<LangTerms> = Vec::new();
        for lang in Lang::ALL {
            let docs: Vec<usize> = m.iter().copied().filter(|&d| v.langs[d] == lang).collect();
            if docs.is_empty() {
                continue;
            }
            let mut w: HashMap<u32, f32> = HashMap::new();
            for &d in &docs {
                let (di, dv) = v.doc(d);
                for (&b, &x) in di.iter().zip(dv) {
                    *w.entry(b).or_insert(0.0) += x / docs.len() as f32;
                }
            }
            per_lang.push(LangTerms {
                lang,
                count: docs.len(),
                terms: top_terms(&w, &mean, k, v, opts.top_terms),
            });
        }
        per_lang.sort_by(|a, b| b.count.cmp(&a.count).then(a.lang.cmp(&b.lang)));
        let mut labels: Vec<(usize, f32)> =
            (0..N_LABELS).map(|l| (l, c[(LABEL0 + l) * k + j])).filter(|&(_, w)| w > 0.0).collect();
        labels.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let strongest = labels.first().map_or(0.0, |l| l.1);
        let labels: Vec<&'static str> = labels
            .into_iter()
            .filter(|&(_, w)| w >= strongest * 0.5)
            .take(3)
            .map(|(l, _)| label_id(l))
            .collect();
        let mut closest: Vec<(usize, f32)> = m
            .iter()
            .map(|&d| {
                let (di, dv) = v.doc(d);
                (d, di.iter().zip(dv).map(|(&b, &x)| x * c[b as usize * k + j]).sum::<f32>())
            })
            .collect();
        closest.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        themes.push(Theme {
            labels,
            id: 0,
            representatives: closest.into_iter().take(REPRESENTATIVES).map(|(d, _)| d).collect(),
            top_terms: top_terms(&overall, &mean, k, v, opts.top_terms),
            members: m,
            langs: per_lang,
        });
    }
    themes.sort_by(|a, b| {
        b.members.len().cmp(&a.members.len()).then(a.members[0].cmp(&b.members[0]))
    });
    for (i, t) in themes.iter_mut().enumerate() {
        t.id = i;
    }
    themes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Vec<(&'static str, Lang)> {
        vec![
            ("Bussen går for sjelden fra bygda, vi trenger flere bussavganger", Lang::Nb),
            ("Bussen kommer aldri i tide, bussavganger om kvelden mangler", Lang::Nb),
            ("Det går ingen buss etter klokka seks, bussen er for dyr", Lang::Nb),
            ("Bussen til byen er alltid full og bussen går sjelden", Lang::Nb),
            ("Fotballbanen trenger nytt kunstgress og lys, fotballbanen er mørk", Lang::Nb),
            ("Vi vil ha lys på fotballbanen og nye mål på fotballbanen", Lang::Nb),
            ("Fotballbanen er stengt om vinteren, fotballbanen burde vært åpen", Lang::Nb),
            ("Busse ii vuolgge go lea garra dálki, busse lea menddo hárve", Lang::Se),
            ("The bus never comes on time and the bus is too expensive", Lang::En),
            ("We need a new football pitch with lights, the football pitch is dark", Lang::En),
        ]
    }

    #[test]
    fn groups_similar_texts_deterministically() {
        let c = corpus();
        let docs: Vec<Doc> = c.iter().map(|(t, l)| Doc { text: t, lang: Some(*l) }).collect();
        let opts = ThemeOptions { k: Some(2), min_size: 1, ..Default::default() };
        let a = themes(&docs, &opts);
        let b = themes(&docs, &opts);
        assert_eq!(a, b, "same input and seed give the same themes");
        let bus = a.iter().find(|t| t.members.contains(&0)).unwrap();
        assert!(bus.members.contains(&1) && bus.members.contains(&3), "{a:?}");
        assert!(!bus.members.contains(&4));
        assert!(bus.top_terms.iter().any(|t| t.starts_with("buss")), "{:?}", bus.top_terms);
        assert!(!bus.representatives.is_empty());
        assert!(bus.representatives.iter().all(|r| bus.members.contains(r)), "{bus:?}");
        let mut seen = Vec::new();
        let _ = themes_with_progress(&docs, &opts, &mut |p| seen.push(p));
        assert!(matches!(seen[0], Progress::Vectorising { .. }));
        assert_eq!(seen.last(), Some(&Progress::Naming));
    }

    #[test]
    fn names_in_the_members_languages() {
        let c = corpus();
        let docs: Vec<Doc> = c.iter().map(|(t, l)| Doc { text: t, lang: Some(*l) }).collect();
        let opts = ThemeOptions { k: Some(2), min_size: 1, ..Default::default() };
        for t in themes(&docs, &opts) {
            for lt in &t.langs {
                assert!(!lt.terms.is_empty() || lt.count > 0);
            }
        }
        assert!(themes(&[], &opts).is_empty());
    }

    #[test]
    fn labels_bridge_languages() {
        let texts = [
            ("Bussen går for sjelden, vi kommer oss ikke hjem fra trening", Lang::Nb),
            ("Busse ii mana eahkedis, mun in beasa ruoktot hárjehallamis", Lang::Se),
            ("The last bus leaves too early, I can't get home from practice", Lang::En),
            ("Jeg blir mobbet i friminuttene og lærerne gjør ingenting", Lang::Nb),
            ("Mun givssiduvvon boddus, ja oahpaheaddjit eai daga maidege", Lang::Se),
            ("I get bullied at break and the teachers do nothing", Lang::En),
        ];
        let docs: Vec<Doc> = texts.iter().map(|(t, l)| Doc { text: t, lang: Some(*l) }).collect();
        let opts =
            ThemeOptions { k: Some(2), min_size: 1, label_weight: 0.7, ..Default::default() };
        let out = themes(&docs, &opts);
        let of = |i: usize| out.iter().position(|t| t.members.contains(&i)).unwrap();
        assert_eq!(of(0), of(1), "{out:?}");
        assert_eq!(of(0), of(2), "{out:?}");
        assert_eq!(of(3), of(4), "{out:?}");
        assert_ne!(of(0), of(3), "{out:?}");
        assert!(out[of(0)].labels.contains(&"transport"), "{out:?}");
    }
}
