//! Criterion benchmarks: `analyse` throughput (redact + distress + language +
//! labels), theming and relearning from corrections. Inputs are built from the
//! shipped training texts, so the benchmark needs no external corpus. Run:
//! `cargo bench -p ungstemme-analysis`.
//! The one-million-text theming figure comes from `examples/themes_1m.rs`.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use analysis::{themes, Correction, Doc, Engine, Lang, ThemeOptions};

const TRAIN: &str = include_str!("../data/train.jsonl");

fn texts() -> Vec<(String, Option<Lang>)> {
    TRAIN
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            (v["text"].as_str().unwrap_or("").to_string(), v["lang"].as_str().and_then(Lang::parse))
        })
        .collect()
}

/// `n` synthetic texts: halves of two training texts glued together, chosen by a
/// fixed xorshift sequence.
fn synthetic(n: usize) -> Vec<String> {
    let base = texts();
    let mut rng = 0x9e3779b97f4a7c15u64;
    (0..n)
        .map(|_| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let a = &base[(rng % base.len() as u64) as usize].0;
            let b = &base[((rng >> 20) % base.len() as u64) as usize].0;
            let cut_a = a.char_indices().nth(a.chars().count() / 2).map_or(a.len(), |(i, _)| i);
            let cut_b = b.char_indices().nth(b.chars().count() / 2).map_or(0, |(i, _)| i);
            format!("{}{}", &a[..cut_a], &b[cut_b..])
        })
        .collect()
}

fn bench_analyse(c: &mut Criterion) {
    let engine = Engine::shared();
    let inputs = texts();
    let mut g = c.benchmark_group("analyse");
    g.throughput(Throughput::Elements(inputs.len() as u64));
    g.bench_function("training_texts", |b| {
        b.iter(|| {
            for (t, l) in &inputs {
                black_box(engine.analyse(black_box(t), *l));
            }
        })
    });
    g.finish();
}

fn bench_themes(c: &mut Criterion) {
    let _ = Engine::shared(); // build outside the timing
    let mut g = c.benchmark_group("themes");
    g.sample_size(10);
    for n in [10_000usize, 100_000] {
        let texts = synthetic(n);
        let docs: Vec<Doc> = texts.iter().map(|t| Doc { text: t, lang: None }).collect();
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &docs, |b, docs| {
            b.iter(|| black_box(themes(docs, &ThemeOptions::default())))
        });
    }
    g.finish();
}

/// Teaching the engine what reviewers corrected: a rebuild with `n` corrections
/// (synthetic texts, each given one goal, arena and factor).
fn bench_relearn(c: &mut Criterion) {
    let engine = Engine::shared();
    let mut g = c.benchmark_group("with_corrections");
    g.sample_size(10);
    for n in [0usize, 100, 1_000] {
        let corrections: Vec<Correction> = synthetic(n)
            .into_iter()
            .enumerate()
            .map(|(i, text)| Correction {
                text,
                lang: None,
                goal: vec![["leisure", "mental-health", "school-completion"][i % 3].to_string()],
                arena: vec![["neighbourhood", "education"][i % 2].to_string()],
                factor: vec![["loneliness", "transport"][i % 2].to_string()],
            })
            .collect();
        g.bench_with_input(BenchmarkId::from_parameter(n), &corrections, |b, c| {
            b.iter(|| black_box(engine.with_corrections(c)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench_analyse, bench_themes, bench_relearn);
criterion_main!(benches);
