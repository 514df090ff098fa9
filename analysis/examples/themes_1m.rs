//! Times theming of one million synthetic texts (the 60-second target in the brief)
//! and prints progress, the time per stage and the largest themes:
//! `cargo run --release -p ungstemme-analysis --example themes_1m [N]`.
//! Texts are halves of two shipped training texts glued together (a fixed sequence),
//! languages left for the engine to detect. With `THEMES_INPUT=file.jsonl` it themes
//! the `text` fields of that file instead (to eyeball theme names on real text).

use std::time::Instant;

use analysis::{themes_with_progress, Doc, Engine, Progress, ThemeOptions};

const TRAIN: &str = include_str!("../data/train.jsonl");

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let base: Vec<String> = TRAIN
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["text"].as_str().unwrap_or("").to_string())
        .collect();
    let mut rng = 0x9e3779b97f4a7c15u64;
    let from_file: Option<Vec<String>> = std::env::var("THEMES_INPUT").ok().map(|path| {
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| v["text"].as_str().unwrap_or("").to_string())
            .collect()
    });
    let n = from_file.as_ref().map_or(n, Vec::len);
    let texts: Vec<String> = if let Some(t) = from_file {
        t
    } else {
        (0..n)
            .map(|_| {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                let a = &base[(rng % base.len() as u64) as usize];
                let b = &base[((rng >> 20) % base.len() as u64) as usize];
                let cut_a = a.char_indices().nth(a.chars().count() / 2).map_or(a.len(), |(i, _)| i);
                let cut_b = b.char_indices().nth(b.chars().count() / 2).map_or(0, |(i, _)| i);
                format!("{}{}", &a[..cut_a], &b[cut_b..])
            })
            .collect()
    };
    let t0 = Instant::now();
    let _ = Engine::shared();
    eprintln!("engine built in {:.2?}", t0.elapsed());
    let docs: Vec<Doc> = texts.iter().map(|t| Doc { text: t, lang: None }).collect();
    let start = Instant::now();
    let mut last = Instant::now();
    let themes = themes_with_progress(&docs, &ThemeOptions::default(), &mut |p| match p {
        Progress::Vectorising { done, total } if done == total || last.elapsed().as_secs() >= 2 => {
            eprintln!("[{:>6.1?}] vectorised {done}/{total}", start.elapsed());
            last = Instant::now();
        }
        Progress::Clustering { iteration, max, moved } => {
            eprintln!(
                "[{:>6.1?}] k-means iteration {iteration}/{max}, {moved} moved",
                start.elapsed()
            )
        }
        Progress::Naming => eprintln!("[{:>6.1?}] naming", start.elapsed()),
        _ => {}
    });
    let secs = start.elapsed().as_secs_f64();
    println!(
        "themed {n} texts into {} themes in {secs:.1} s ({:.0} texts/s)",
        themes.len(),
        n as f64 / secs
    );
    for t in themes.iter().take(8) {
        let langs: Vec<String> = t
            .langs
            .iter()
            .map(|l| format!("{}:{} [{}]", l.lang.code(), l.count, l.terms.join(", ")))
            .collect();
        println!(
            "#{} {} members: {} {:?} | {}",
            t.id,
            t.members.len(),
            t.top_terms.join(", "),
            t.labels,
            langs.join(" ")
        );
    }
}
