//! The command-line contract: JSON lines `{"id","text","lang"}` in, one JSON line per
//! input out: `{"id","goal","arena","factor","distress","redacted","lang",
//! "confidence"}`. A line that cannot be read gives `{"id"?, "error": "..."}`; the
//! run never panics on input. Used by `ungstemme analyse` and `examples/analyse.rs`.

use std::fmt;
use std::io::{BufRead, Write};

use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::engine::{Analysis, Engine};
use crate::lang::Lang;

/// Reading input or writing output failed (I/O only; bad lines are reported inline).
#[derive(Debug)]
pub struct JsonlError(pub std::io::Error);

impl fmt::Display for JsonlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "analyse: {}", self.0)
    }
}

impl std::error::Error for JsonlError {}

impl From<std::io::Error> for JsonlError {
    fn from(e: std::io::Error) -> Self {
        JsonlError(e)
    }
}

#[derive(Deserialize)]
struct Input {
    #[serde(default)]
    id: Value,
    text: String,
    #[serde(default)]
    lang: Option<String>,
}

/// The output object for one analysed input.
pub fn to_json(id: &Value, a: &Analysis) -> Value {
    let ids = |v: &[crate::engine::LabelScore]| v.iter().map(|l| l.id).collect::<Vec<_>>();
    let conf = |v: &[crate::engine::LabelScore]| {
        v.iter().map(|l| (l.id.to_string(), json!(round(l.confidence)))).collect::<Map<_, _>>()
    };
    let source = |v: &[crate::engine::LabelScore]| {
        v.iter().map(|l| (l.id.to_string(), json!(l.source))).collect::<Map<_, _>>()
    };
    let mut all_sources = source(&a.goals);
    all_sources.extend(source(&a.arenas));
    all_sources.extend(source(&a.factors));
    json!({
        "id": id,
        "goal": ids(&a.goals),
        "arena": ids(&a.arenas),
        "factor": ids(&a.factors),
        "distress": a.distress,
        "distress_tier": a.distress_tier,
        "redacted": a.redacted,
        "lang": a.lang.code(),
        "confidence": {
            "goal": conf(&a.goals),
            "arena": conf(&a.arenas),
            "factor": conf(&a.factors),
            "distress": round(a.distress_score),
            "lang": round(a.lang_confidence),
        },
        "source": all_sources,
    })
}

fn round(x: f32) -> f64 {
    (x as f64 * 1000.0).round() / 1000.0
}

/// Reads JSON lines from `input`, analyses each with `engine`, writes JSON lines.
pub fn run_jsonl_with(
    engine: &Engine,
    input: impl BufRead,
    mut output: impl Write,
) -> Result<(), JsonlError> {
    let mut input = input;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        // Invalid UTF-8 becomes U+FFFD rather than ending the run.
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            continue;
        }
        let out = match serde_json::from_str::<Input>(line) {
            Ok(inp) => {
                let hint = inp.lang.as_deref().and_then(Lang::parse);
                // A bug in the engine must cost one line, not the whole run.
                let analysed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    engine.analyse(&inp.text, hint)
                }));
                match analysed {
                    Ok(a) => to_json(&inp.id, &a),
                    Err(_) => {
                        json!({ "id": inp.id, "error": "internal error analysing this line" })
                    }
                }
            }
            Err(e) => {
                let id = serde_json::from_str::<Value>(line)
                    .ok()
                    .and_then(|v| v.get("id").cloned())
                    .unwrap_or(Value::Null);
                json!({ "id": id, "error": format!("bad input line: {e}") })
            }
        };
        serde_json::to_writer(&mut output, &out).map_err(std::io::Error::from)?;
        output.write_all(b"\n")?;
    }
    output.flush()?;
    Ok(())
}

/// [`run_jsonl_with`] using the process-wide shared engine.
pub fn run_jsonl(input: impl BufRead, output: impl Write) -> Result<(), JsonlError> {
    run_jsonl_with(Engine::shared(), input, output)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_and_bad_lines() {
        let input = concat!(
            "{\"id\":\"a\",\"text\":\"Bussen går aldri om kvelden\",\"lang\":\"nb\"}\n",
            "not json\n",
            "{\"id\":\"b\"}\n",
            "{\"id\":7,\"text\":\"hei\",\"lang\":\"und\"}\n",
        );
        let mut bytes = input.as_bytes().to_vec();
        bytes.extend_from_slice(
            b"{\"id\":\"bad\",\"text\":\"\xff\xfe ok\"}\n{\"id\":\"n\",\"text\":null}",
        );
        let mut out = Vec::new();
        run_jsonl(bytes.as_slice(), &mut out).unwrap();
        let lines: Vec<Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[4]["id"], "bad");
        assert!(lines[4]["redacted"].as_str().unwrap().contains("ok"));
        assert!(lines[5]["error"].is_string());
        assert_eq!(lines[0]["id"], "a");
        assert_eq!(lines[0]["lang"], "nb");
        assert!(lines[0]["factor"].as_array().unwrap().iter().any(|f| f == "transport"));
        assert!(lines[1]["error"].is_string());
        assert_eq!(lines[2]["id"], "b");
        assert!(lines[2]["error"].is_string());
        assert_eq!(lines[3]["id"], 7);
        assert_eq!(lines[3]["distress"], false);
    }
}
