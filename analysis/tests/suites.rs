//! The distress screen and the redaction held to their targets on the tuning
//! parts of the suites (`analysis/suites/`), per language and per kind, and on
//! the development corpus when it is beside the workspace. The sealed parts are
//! never read here: they are measured by hand, before and after a change, with
//! the command in docs/THEMES.md.

use std::collections::BTreeMap;

use analysis::suite::{self, DistressItem, RedactionItem, Tally};
use analysis::Engine;

const DISTRESS_TUNING: [(&str, &str); 2] = [
    ("tune", include_str!("../suites/distress/tune.jsonl")),
    ("tune2", include_str!("../suites/distress/tune2.jsonl")),
];
const REDACTION_TUNING: [(&str, &str); 2] = [
    ("tune", include_str!("../suites/redaction/tune.jsonl")),
    ("tune2", include_str!("../suites/redaction/tune2.jsonl")),
];

fn tallies(items: &[DistressItem], by: impl Fn(&DistressItem) -> &str) -> BTreeMap<String, Tally> {
    let engine = Engine::shared();
    let mut out: BTreeMap<String, Tally> = BTreeMap::new();
    for item in items {
        out.entry(by(item).to_string())
            .or_default()
            .add(item.acute, suite::verdict(engine, &item.text));
    }
    out
}

#[test]
fn help_is_offered_in_every_language() {
    for (name, src) in DISTRESS_TUNING {
        let items = suite::parse::<DistressItem>(src);
        assert!(items.len() >= 400, "{name}: 100 texts per language");
        for (lang, t) in tallies(&items, |i| &i.lang) {
            assert!(t.recall() >= 0.95, "{name} {lang}: recall {t}");
            assert!(t.precision() >= 0.6, "{name} {lang}: precision {t}");
        }
    }
}

#[test]
fn help_is_offered_for_every_kind_of_risk() {
    let items: Vec<DistressItem> =
        DISTRESS_TUNING.iter().flat_map(|(_, src)| suite::parse::<DistressItem>(src)).collect();
    let kinds = tallies(&items, |i| &i.kind);
    for kind in [
        "self-harm",
        "passive-suicidal",
        "suicidal-plan",
        "goodbye",
        "sexual-violence",
        "threat-coercion",
        "grooming-sextortion",
        "violence-home",
        "neglect",
        "runaway",
        "not-eating",
    ] {
        let t = kinds.get(kind).unwrap_or_else(|| panic!("{kind} is in the suite"));
        assert!(t.acute >= 30, "{kind}: enough texts to say something ({t})");
        assert!(t.recall() >= 0.9, "{kind}: {t}");
    }
}

#[test]
fn what_identifies_a_writer_goes_and_nothing_harmless_does() {
    let engine = Engine::shared();
    for (name, src) in REDACTION_TUNING {
        let mut by_kind: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
        for item in suite::parse::<RedactionItem>(src) {
            let score = suite::redaction_score(engine, &item);
            let k = by_kind.entry(item.kind.clone()).or_default();
            k.0 += score.removed;
            k.1 += item.must_go.len();
            k.2 += score.harmed;
            assert_eq!(
                score.harmed,
                0,
                "{name} {}: {:?} harmed",
                item.id,
                engine.redact(&item.text).0
            );
        }
        for (kind, (removed, all, _)) in by_kind {
            assert!(removed * 100 >= all * 95, "{name} {kind}: {removed} of {all} removed");
        }
    }
}

/// The development corpus (shared/eval, beside the workspace in CI) stays at
/// recall 1.00 for help and for personal data.
#[test]
fn the_development_corpus_stays_whole() {
    let dir = std::env::var("SHARED_DIR").unwrap_or_else(|_| "../../shared".to_string());
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir).join("eval/themes-dev.jsonl");
    let Ok(src) = std::fs::read_to_string(&path) else {
        eprintln!("{} is not here: skipped", path.display());
        return;
    };
    let engine = Engine::shared();
    let mut checked = 0;
    for line in src.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("corpus line");
        let text = v["text"].as_str().unwrap();
        if v["distress"] == true {
            assert!(engine.screen(text).tier().is_some(), "no help for {}", v["id"]);
            checked += 1;
        }
        let (redacted, _) = engine.redact(text);
        for pii in v["pii"].as_array().unwrap() {
            let what = pii["text"].as_str().unwrap();
            assert!(!redacted.contains(what), "{} kept {what:?}", v["id"]);
        }
    }
    assert!(checked > 0, "the corpus has texts needing help");
}
