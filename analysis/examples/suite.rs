//! Scores the distress screen or the redaction on one of the suites in
//! `analysis/suites/` (see its README): recall and precision per language and
//! per kind, as docs/THEMES.md reports them.
//!
//! ```sh
//! cargo run --release -p ungstemme-analysis --example suite -- distress analysis/suites/distress/sealed.jsonl
//! cargo run --release -p ungstemme-analysis --example suite -- redaction analysis/suites/redaction/sealed.jsonl
//! ```
//! `--rules` scores the cue rules alone, without the learned screen (which has
//! learnt from the tuning parts, so its figures on them say little).
//! `--misses` also prints the texts it got wrong. Never use it on a sealed file:
//! reading the sealed texts would make them texts the screen was tuned on.

use std::collections::BTreeMap;

use analysis::distress::Screener;
use analysis::suite::{self, DistressItem, RedactionItem, Tally};
use analysis::Engine;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    let rules_only = args.iter().any(|a| a == "--rules");
    let rest: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [what, path] = rest.as_slice() else {
        eprintln!("usage: suite distress|redaction FILE [--misses]");
        std::process::exit(2);
    };
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    if path.contains("sealed") && misses {
        eprintln!("--misses is not for a sealed file: its texts must stay unread");
        std::process::exit(2);
    }
    let engine = Engine::shared();
    match what.as_str() {
        "distress" => {
            let screener = if rules_only { Screener::rules() } else { Screener::new() };
            distress(engine, &screener, &suite::parse::<DistressItem>(&src), misses)
        }
        "redaction" => redaction(engine, &suite::parse::<RedactionItem>(&src), misses),
        _ => {
            eprintln!("usage: suite distress|redaction FILE [--misses]");
            std::process::exit(2);
        }
    }
}

fn distress(engine: &Engine, screener: &Screener, items: &[DistressItem], misses: bool) {
    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    for item in items {
        let s = screener.screen_text(&item.text);
        let verdict = suite::Verdict { acute: s.flagged, maybe: s.maybe };
        for t in [
            by_lang.entry(item.lang.clone()).or_default(),
            by_kind.entry(item.kind.clone()).or_default(),
            &mut all,
        ] {
            t.add(item.acute, verdict);
        }
        if misses && item.acute != verdict.any() {
            let what = if item.acute { "MISSED" } else { "FALSE" };
            println!("{what}\t{}\t{}\t{}", item.lang, item.kind, item.text);
            for cue in engine.explain_distress(&item.text) {
                println!("\t\t{cue}");
            }
        }
    }
    println!("{:<22} {}", "", Tally::header());
    for (name, t) in by_lang.iter().chain(by_kind.iter()) {
        println!("{name:<22} {t}");
    }
    println!("{:<22} {all}", "all");
}

fn redaction(engine: &Engine, items: &[RedactionItem], misses: bool) {
    let mut by: BTreeMap<String, (usize, usize, usize, usize)> = BTreeMap::new();
    let mut total = (0, 0, 0, 0);
    for item in items {
        let score = suite::redaction_score(engine, item);
        let add = |t: &mut (usize, usize, usize, usize)| {
            t.0 += score.removed;
            t.1 += item.must_go.len();
            t.2 += score.harmed;
            t.3 += item.must_stay.len();
        };
        add(by.entry(item.kind.clone()).or_default());
        add(by.entry(item.lang.clone()).or_default());
        add(&mut total);
        if misses && (score.removed < item.must_go.len() || score.harmed > 0) {
            println!(
                "{}\t{}\t{}\n\t→ {}",
                item.lang,
                item.kind,
                item.text,
                engine.redact(&item.text).0
            );
        }
    }
    println!("{:<14} {:>16} {:>20}", "", "recall", "over-redacted");
    for (name, t) in by.iter().chain([(&"all".to_string(), &total)]) {
        let recall = if t.1 == 0 { 1.0 } else { t.0 as f64 / t.1 as f64 };
        println!("{name:<14} {:>5}/{:<4} {recall:>5.2} {:>8}/{:<4} harmed", t.0, t.1, t.2, t.3);
    }
}
