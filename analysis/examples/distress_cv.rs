//! How the learned distress screen does on texts it did not learn from: trains
//! on some suite files and scores another, for a range of thresholds, beside the
//! rules alone. This is how `LEARNED_MAYBE`/`LEARNED_ACUTE` in `distress.rs`
//! were chosen (never on the sealed part):
//!
//! ```sh
//! cargo run --release -p ungstemme-analysis --example distress_cv -- \
//!   analysis/suites/distress/tune.jsonl -- analysis/suites/distress/tune2.jsonl
//! ```

use analysis::distress::Screener;
use analysis::suite::{parse, DistressItem};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let split = args.iter().position(|a| a == "--").unwrap_or_else(|| {
        eprintln!("usage: distress_cv TRAIN.jsonl... -- TEST.jsonl");
        std::process::exit(2);
    });
    let read =
        |p: &String| parse::<DistressItem>(&std::fs::read_to_string(p).expect("readable suite"));
    if args[split + 1..].iter().any(|p| p.contains("sealed")) {
        eprintln!("the sealed part is not for choosing thresholds");
        std::process::exit(2);
    }
    let train: Vec<(String, bool)> =
        args[..split].iter().flat_map(read).map(|i| (i.text, i.acute)).collect();
    let test: Vec<DistressItem> = args[split + 1..].iter().flat_map(read).collect();
    let screener = Screener::trained_on(&train);
    let screens: Vec<_> = test.iter().map(|i| (i.acute, screener.screen_text(&i.text))).collect();
    let report = |name: &str, offered: &dyn Fn(&analysis::Screen) -> bool| {
        let (mut tp, mut fp, mut pos) = (0, 0, 0);
        for (acute, s) in &screens {
            pos += usize::from(*acute);
            match (offered(s), acute) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                _ => {}
            }
        }
        println!(
            "{name:<28} recall {:.2}  precision {:.2}",
            tp as f64 / pos.max(1) as f64,
            tp as f64 / (tp + fp).max(1) as f64
        );
    };
    report("rules alone", &|s| s.score >= 0.5);
    for t in [0.3f32, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] {
        report(&format!("rules or learned >= {t}"), &|s| s.score >= 0.5 || s.learned >= t);
    }
    for t in [0.5f32, 0.7, 0.8, 0.9, 0.95] {
        report(&format!("acute: rules or learned >= {t}"), &|s| s.score >= 1.0 || s.learned >= t);
    }
}
