//! The `isnad` command end to end: inputs of every kind, error records that name the input,
//! the batch going on past bad documents, and exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const SEED: &str = include_str!("../../../tests/fixtures/seed.txt");

fn isnad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_isnad"))
}

/// A fresh folder under the system temp dir for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("isnad-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    dir
}

fn records(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(stdout.to_vec())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is one JSON object"))
        .collect()
}

#[test]
fn analyze_the_seed_file() {
    let dir = scratch("seed");
    let path = dir.join("seed.txt");
    std::fs::write(&path, SEED).unwrap();
    let out = isnad().arg("analyze").arg(&path).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = records(&out.stdout);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["schema"], isnad::SCHEMA_VERSION);
    assert_eq!(doc["id"], "seed");
    assert!(doc["tokens"].as_array().unwrap().len() > 100);
    assert!(doc["sentences"].as_array().unwrap().len() >= 12);
}

#[test]
fn omitted_layers_are_absent_and_the_rest_is_unchanged() {
    let dir = scratch("omit");
    let path = dir.join("seed.txt");
    std::fs::write(&path, SEED).unwrap();
    let full = records(&isnad().arg("analyze").arg(&path).output().unwrap().stdout);
    let out = isnad()
        .args(["analyze", "--omit", "tokens,removed"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let slim = records(&out.stdout);
    let (full, slim) = (full[0].as_object().unwrap(), slim[0].as_object().unwrap());
    assert!(!slim.contains_key("tokens") && !slim.contains_key("removed"));
    let kept: Vec<&String> = full
        .keys()
        .filter(|k| *k != "tokens" && *k != "removed")
        .collect();
    assert_eq!(slim.keys().collect::<Vec<_>>(), kept, "field order is kept");
    for key in kept {
        assert_eq!(slim[key], full[key], "{key} differs");
    }
    let bad = isnad()
        .args(["analyze", "--omit", "entities"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        !bad.status.success(),
        "only optional layers can be left out"
    );
}

#[test]
fn analyze_reads_stdin_and_pretty_prints() {
    let mut child = isnad()
        .args(["analyze", "--pretty", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("ونقلت \"رويترز\" عن بالي قوله إن المعركة ستبدأ.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() > 10, "pretty output spans lines");
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["sentences"].as_array().unwrap().len(), 1);
}

#[test]
fn a_batch_reports_bad_documents_and_goes_on() {
    let dir = scratch("batch");
    std::fs::write(dir.join("a.txt"), "قال الوزير إن الاجتماع انتهى.").unwrap();
    std::fs::write(
        dir.join("b.html"),
        "<html><body><p>ذكرت الوكالة أن الوفد وصل.</p></body></html>",
    )
    .unwrap();
    // Binary data in a .txt file.
    std::fs::write(dir.join("c.txt"), b"PK\x03\x04\x00\x00binary").unwrap();
    // A file that stops inside a two-byte Arabic letter.
    let mut cut = "قال".as_bytes().to_vec();
    cut.pop();
    std::fs::write(dir.join("d.txt"), &cut).unwrap();
    std::fs::write(
        dir.join("e.jsonl"),
        concat!(
            "{\"id\": \"one\", \"url\": \"https://example.com/1\", \"text\": \"قال المتحدث إن الهدنة صامدة.\"}\n",
            "{\"id\": \"two\", \"text\": \n",
            "{\"id\": \"three\", \"url\": \"https://example.com/3\"}\n",
            "{\"id\": \"four\", \"html\": \"<p>نفت الوزارة الخبر.</p>\"}\n",
        ),
    )
    .unwrap();
    std::fs::write(dir.join("ignored.bin"), [0u8, 1, 2]).unwrap();
    let out = isnad().arg("analyze").arg(&dir).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "any failure makes the exit code 1"
    );
    let recs = records(&out.stdout);
    let ids: Vec<&str> = recs.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids, ["a", "b", "one", "four"]);
    let errors: Vec<&serde_json::Value> = recs.iter().filter_map(|r| r.get("error")).collect();
    assert_eq!(errors.len(), 4);
    let named = |file: &str, line: Option<u64>| {
        errors
            .iter()
            .any(|e| e["input"].as_str().unwrap().ends_with(file) && e["line"].as_u64() == line)
    };
    assert!(named("c.txt", None));
    assert!(named("d.txt", None));
    assert!(named("e.jsonl", Some(2)));
    assert!(named("e.jsonl", Some(3)));
    let c = errors
        .iter()
        .find(|e| e["input"].as_str().unwrap().ends_with("c.txt"))
        .unwrap();
    assert!(
        c["message"].as_str().unwrap().contains("NUL byte at 4"),
        "{c}"
    );
    let d = errors
        .iter()
        .find(|e| e["input"].as_str().unwrap().ends_with("d.txt"))
        .unwrap();
    assert!(d["message"].as_str().unwrap().contains("truncated"), "{d}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("4 documents analysed, 4 failed"),
        "{stderr}"
    );
    // The JSON Lines document keeps its URL and line.
    let one = recs.iter().find(|r| r["id"] == "one").unwrap();
    assert_eq!(one["source"]["url"], "https://example.com/1");
    assert_eq!(one["source"]["line"], 1);
}

#[test]
fn a_missing_file_is_an_error_record_not_a_crash() {
    let out = isnad()
        .args(["analyze", "/nonexistent/isnad/page.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["error"]["input"], "/nonexistent/isnad/page.txt");
}

#[test]
fn eval_segment_scores_a_gold_file_and_names_bad_lines() {
    let dir = scratch("segment");
    let gold = dir.join("gold.tsv");
    std::fs::write(
        &gold,
        "word\tsegmentation\tsource\tnote\nوالتحرير\tو+ال+تحرير\tseed\t\nولاية\tولاية\tseed\t\n",
    )
    .unwrap();
    let out = isnad()
        .args(["eval", "segment"])
        .arg(&gold)
        .output()
        .unwrap();
    assert!(out.status.success());
    let last: serde_json::Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .last()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(last["words"], 2);
    assert_eq!(last["accuracy"], 1.0);
    std::fs::write(&gold, "word\tsegmentation\nوالتحرير\tو+ال+تحريز\n").unwrap();
    let out = isnad()
        .args(["eval", "segment"])
        .arg(&gold)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("line 2"));
}
