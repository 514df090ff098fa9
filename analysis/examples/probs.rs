//! Dumps every label probability and the distress screen per input line, for tuning
//! the decision thresholds in `engine.rs` (`Thresholds`) against a labelled corpus:
//! `probs < corpus.jsonl > probs.jsonl`. Not part of the contract.

use std::io::BufRead;

use analysis::{Engine, Lang};

fn main() {
    let e = Engine::shared();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let text = v["text"].as_str().unwrap_or("");
        let hint = v["lang"].as_str().and_then(Lang::parse);
        let lang = e.detect_lang(text, hint).lang;
        let s = e.screen(text);
        let out = serde_json::json!({
            "id": v["id"], "probs": e.label_probs(text, lang).to_vec(),
            "distress": s.flagged, "abuse": s.abuse, "cues": e.explain_distress(text),
        });
        println!("{out}");
    }
}
