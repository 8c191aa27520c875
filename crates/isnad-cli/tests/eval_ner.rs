//! `isnad eval ner` as a command: the JSON last line, and the error for a malformed file.

use std::process::Command;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/ner");

#[test]
fn prints_json_last_line() {
    let out = Command::new(env!("CARGO_BIN_EXE_isnad"))
        .args(["eval", "ner", &format!("{FIXTURES}/anercorp-sample.conll")])
        .output()
        .expect("isnad runs");
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let last = stdout.lines().last().expect("some output");
    let v: serde_json::Value = serde_json::from_str(last).expect("JSON last line");
    for k in ["precision", "recall", "f1", "per_type", "tokens", "seconds"] {
        assert!(v.get(k).is_some(), "missing {k}");
    }
}

#[test]
fn malformed_file_names_the_line() {
    let out = Command::new(env!("CARGO_BIN_EXE_isnad"))
        .args(["eval", "ner", &format!("{FIXTURES}/malformed.conll")])
        .output()
        .expect("isnad runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).expect("UTF-8 output");
    assert!(stderr.contains("line 3"), "{stderr}");
}
