//! `ungstemme analyse`: the stable command-line contract the theme engine is
//! evaluated through — JSON lines in, one JSON line out per input, in order.

use std::io::Write;
use std::process::{Command, Stdio};

fn analyse(input: &str) -> Vec<serde_json::Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ungstemme"))
        .arg("analyse")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

#[test]
fn every_input_line_gets_its_analysis_in_order() {
    let input = [
        r#"{"id":"a","text":"Ring meg på 912 34 567, jeg heter Ola Nordmann","lang":"nb"}"#,
        r#"{"id":"b","text":"I can't go on, I have saved up pills to end it tonight","lang":"und"}"#,
        r#"{"id":"c","text":"Busen går berre to gonger om dagen, så eg kjem meg ikkje på trening","lang":"und"}"#,
        "not json",
    ]
    .join("\n");
    let out = analyse(&input);
    assert_eq!(out.len(), 4, "{out:?}");
    assert_eq!(out[0]["id"], "a");
    let redacted = out[0]["redacted"].as_str().unwrap();
    assert!(!redacted.contains("912 34 567") && !redacted.contains("Nordmann"), "{redacted}");
    for field in ["goal", "arena", "factor"] {
        assert!(out[0][field].is_array(), "{field} is a list");
    }
    assert_eq!(out[1]["distress"], true);
    assert_eq!(out[0]["distress"], false);
    assert_eq!(out[2]["lang"], "nn", "the language is detected, not taken from the hint");
    assert!(out[3].get("error").is_some(), "a bad line is answered, not fatal: {:?}", out[3]);
}
