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

/// A stand-off gold line (reference + CRC + code-point spans) scores exactly as the same gold
/// with its text written out, and a text that changed, a span outside it or a missing dataset
/// is an error naming the line.
#[test]
fn eval_statements_joins_stand_off_text_from_the_dataset() {
    // Written for this test; the tatweel and diacritics make code-point and byte offsets differ.
    let text = "وقـــال المتحدثُ باسم الوزارة إن الاجتماع سيعقد غدا في الرياض.\n\nونفى مسؤول آخر وجود أي خلاف بين الطرفين.";
    let contents = ["الاجتماع سيعقد غدا في الرياض", "وجود أي خلاف بين الطرفين"];
    let dir = scratch("standoff");
    std::fs::create_dir_all(dir.join("data/saudinewsnet")).unwrap();
    let day = std::fs::File::create(dir.join("data/saudinewsnet/2015-01-01.zip")).unwrap();
    let mut zip = zip::ZipWriter::new(day);
    zip.start_file("2015-01-01.json", zip::write::SimpleFileOptions::default())
        .unwrap();
    let articles = serde_json::json!([{"content": "مقال آخر"}, {"content": text}]);
    zip.write_all(articles.to_string().as_bytes()).unwrap();
    zip.finish().unwrap();

    let statement = |content: &str, chain: &str| {
        serde_json::json!({"chain": [chain], "cue": "قال", "stance": "assert", "hedged": false,
            "hedge": null, "quote": "indirect", "content": content})
    };
    let full = serde_json::json!({"id": "t", "text": text, "published": null, "statements":
        [statement(contents[0], "المتحدث باسم الوزارة"), statement(contents[1], "مسؤول")]});
    let char_at = |s: &str| text[..text.find(s).unwrap()].chars().count();
    let mut standoff = full.clone();
    let obj = standoff.as_object_mut().unwrap();
    obj.remove("text");
    obj.insert(
        "source".into(),
        serde_json::json!({"dataset": "saudinewsnet", "file": "2015-01-01.zip", "index": 1}),
    );
    obj.insert("text_chars".into(), text.chars().count().into());
    obj.insert("text_crc32".into(), crc32fast::hash(text.as_bytes()).into());
    for (s, c) in obj["statements"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .zip(contents)
    {
        let s = s.as_object_mut().unwrap();
        s.remove("content");
        let start = char_at(c);
        s.insert(
            "content_span".into(),
            serde_json::json!([start, start + c.chars().count()]),
        );
    }
    let run = |gold: &serde_json::Value, name: &str| {
        let path = dir.join(name);
        std::fs::write(&path, format!("{gold}\n")).unwrap();
        isnad()
            .args(["eval", "statements", "--data"])
            .arg(dir.join("data"))
            .arg(&path)
            .output()
            .unwrap()
    };
    let scores = |out: &std::process::Output| {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut last: serde_json::Value =
            serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().last().unwrap())
                .unwrap();
        last.as_object_mut().unwrap().remove("seconds");
        last
    };
    let from_full = scores(&run(&full, "full.jsonl"));
    assert_eq!(from_full["statements"], 2);
    assert_eq!(scores(&run(&standoff, "standoff.jsonl")), from_full);

    let mut changed = standoff.clone();
    changed["text_crc32"] = 7.into();
    let out = run(&changed, "changed.jsonl");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 1") && err.contains("not the text annotated"),
        "{err}"
    );

    let mut outside = standoff.clone();
    outside["statements"][1]["content_span"] = serde_json::json!([90, 500]);
    let err = String::from_utf8_lossy(&run(&outside, "outside.jsonl").stderr).into_owned();
    assert!(
        err.contains("statement 2") && err.contains("not inside the text"),
        "{err}"
    );

    let path = dir.join("standoff.jsonl");
    let out = isnad()
        .args(["eval", "statements", "--data", "/nonexistent/isnad-data"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs the dataset"));
}
