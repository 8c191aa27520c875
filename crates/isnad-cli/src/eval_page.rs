//! `isnad eval extract` and `isnad eval dates`: read the gold folders, run the page layer (or
//! read a peer's predictions), hand both to the library's scorers, print a summary and one
//! JSON object as the last line.

use std::io::{Read, Write};

/// `println!` that stops quietly when stdout is closed (`isnad eval ... | head`).
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context, Result};
use isnad::document::InputFormat;
use isnad::eval::dates as date_eval;
use isnad::eval::extract::{metrics, shingle_matching, snippet_counts, SnippetCounts};
use isnad::RawInput;
use serde_json::{json, Map, Value};

fn read_json(path: &Path) -> Result<Value> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
}

fn read_page_bytes(path: &Path) -> Result<Vec<u8>> {
    let raw = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .with_context(|| format!("gunzipping {}", path.display()))?;
        Ok(out)
    } else {
        Ok(raw)
    }
}

/// Runs the page layer `repeat` times; returns the body and the time of one run.
fn isnad_body(id: &str, url: Option<&str>, bytes: Vec<u8>, repeat: usize) -> (String, Duration) {
    let raw = RawInput {
        id: id.to_string(),
        url: url.map(str::to_string),
        format: InputFormat::Html,
        bytes,
        ..Default::default()
    };
    let started = Instant::now();
    let mut body = String::new();
    for _ in 0..repeat.max(1) {
        body = match isnad::page::read_page(&raw) {
            Ok(doc) => doc.body,
            Err(e) => {
                eprintln!("isnad: {id}: {e}");
                String::new()
            }
        };
    }
    (body, started.elapsed() / repeat.max(1) as u32)
}

pub fn extract(
    dirs: &[PathBuf],
    predictions: Option<&Path>,
    show_pages: bool,
    repeat: usize,
) -> Result<ExitCode> {
    let preds = predictions.map(read_json).transpose()?;
    let mut summary = Map::new();
    let mut all_pages = 0usize;
    let mut all_time = Duration::ZERO;
    for dir in dirs {
        let name = dir.file_name().map_or_else(
            || dir.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        if dir.join("ground-truth.json").exists() {
            let gold = read_json(&dir.join("ground-truth.json"))?;
            let gold = gold
                .as_object()
                .ok_or_else(|| anyhow!("ground-truth.json is not an object"))?;
            let mut keys: Vec<&String> = gold.keys().collect();
            keys.sort();
            let mut scores = Vec::with_capacity(keys.len());
            let mut arabic = Vec::new();
            let mut time = Duration::ZERO;
            for key in keys {
                let entry = &gold[key];
                let gold_body = entry["articleBody"].as_str().unwrap_or("");
                let pred = match &preds {
                    Some(p) => p.get(key).and_then(Value::as_str).unwrap_or("").to_string(),
                    None => {
                        let path = dir.join("html").join(format!("{key}.html.gz"));
                        let (body, t) =
                            isnad_body(key, entry["url"].as_str(), read_page_bytes(&path)?, repeat);
                        time += t;
                        body
                    }
                };
                let s = shingle_matching(gold_body, &pred);
                if show_pages {
                    let m = metrics(&[s]);
                    say!(
                        "{name}\t{key}\tP {:.3}\tR {:.3}\tF1 {:.3}",
                        m.precision,
                        m.recall,
                        m.f1
                    );
                }
                let arabic_script = gold_body
                    .chars()
                    .filter(|&c| isnad::text::normalize::is_arabic_letter(c))
                    .count()
                    * 2
                    > gold_body.chars().filter(|c| c.is_alphabetic()).count();
                if arabic_script {
                    arabic.push(s);
                }
                scores.push(s);
            }
            let m = metrics(&scores);
            let pages = scores.len();
            all_pages += pages;
            all_time += time;
            say!(
                "{name}: {pages} pages  precision {:.3}  recall {:.3}  F1 {:.3}",
                m.precision,
                m.recall,
                m.f1
            );
            let a = metrics(&arabic);
            if !arabic.is_empty() {
                say!(
                    "{name} (Arabic-script gold, {} pages): precision {:.3}  recall {:.3}  F1 {:.3}",
                    arabic.len(), a.precision, a.recall, a.f1
                );
            }
            summary.insert(
                name,
                json!({"kind": "shingles", "pages": pages, "precision": m.precision, "recall": m.recall,
                       "f1": m.f1, "arabic_script": (!arabic.is_empty()).then_some(a),
                       "seconds": time.as_secs_f64()}),
            );
        } else if dir.join("evaldata.json").exists() {
            let gold = read_json(&dir.join("evaldata.json"))?;
            let gold = gold
                .as_object()
                .ok_or_else(|| anyhow!("evaldata.json is not an object"))?;
            let mut total = SnippetCounts::default();
            let mut time = Duration::ZERO;
            let mut pages = 0;
            for (url, entry) in gold {
                let file = entry["file"].as_str().unwrap_or("");
                let strings = |k: &str| -> Vec<String> {
                    entry[k]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|s| s.as_str().map(str::to_string))
                                .collect()
                        })
                        .unwrap_or_default()
                };
                let pred = match &preds {
                    Some(p) => p
                        .get(file)
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    None => {
                        let (body, t) =
                            isnad_body(file, Some(url), read_page_bytes(&dir.join(file))?, repeat);
                        time += t;
                        body
                    }
                };
                let c = snippet_counts(&pred, &strings("with"), &strings("without"));
                if show_pages {
                    say!("{name}\t{file}\t{c:?}");
                }
                total.add(c);
                pages += 1;
            }
            all_pages += pages;
            all_time += time;
            say!(
                "{name}: {pages} pages  snippets found {}/{}  boilerplate found {}/{}  precision {:.3}  recall {:.3}  F1 {:.3}  accuracy {:.3}",
                total.true_positives,
                total.true_positives + total.false_negatives,
                total.false_positives,
                total.false_positives + total.true_negatives,
                total.precision(),
                total.recall(),
                total.f1(),
                total.accuracy()
            );
            summary.insert(
                name,
                json!({"kind": "snippets", "pages": pages, "counts": total, "precision": total.precision(),
                       "recall": total.recall(), "f1": total.f1(), "accuracy": total.accuracy(),
                       "seconds": time.as_secs_f64()}),
            );
        } else {
            return Err(anyhow!(
                "{}: neither ground-truth.json nor evaldata.json is there",
                dir.display()
            ));
        }
    }
    if preds.is_none() && all_time > Duration::ZERO {
        let pps = all_pages as f64 / all_time.as_secs_f64();
        say!(
            "speed: {all_pages} pages in {:.3} s of extraction, {pps:.1} pages/s (one thread)",
            all_time.as_secs_f64()
        );
        summary.insert("pages_per_second".into(), json!(pps));
    }
    say!("{}", Value::Object(summary));
    Ok(ExitCode::SUCCESS)
}

pub fn dates(dir: &Path, show_pages: bool) -> Result<ExitCode> {
    let gold_path = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.extension().is_some_and(|e| e == "json")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("eval"))
        })
        .ok_or_else(|| anyhow!("{}: no eval_*.json gold file", dir.display()))?;
    let gold = read_json(&gold_path)?;
    let gold = gold
        .as_object()
        .ok_or_else(|| anyhow!("{} is not an object", gold_path.display()))?;
    let mut details = Vec::new();
    for (url, entry) in gold {
        let file = entry["file"].as_str().unwrap_or("").to_string();
        let want = entry["date"].as_str().unwrap_or("").to_string();
        let pages_dir = if dir.join("test_set").is_dir() {
            dir.join("test_set")
        } else {
            dir.to_path_buf()
        };
        let raw = RawInput {
            id: file.clone(),
            url: Some(url.clone()),
            format: InputFormat::Html,
            bytes: read_page_bytes(&pages_dir.join(&file))?,
            ..Default::default()
        };
        let (verdict, got, evidence) = match isnad::page::read_page(&raw) {
            Ok(doc) => date_eval::judge(&want, &doc),
            Err(e) => {
                eprintln!("isnad: {file}: {e}");
                ("missing", None, None)
            }
        };
        if show_pages {
            say!(
                "{file}\tgold {want}\tgot {}\t{}\t{verdict}",
                got.as_deref().unwrap_or("-"),
                evidence.as_deref().unwrap_or("-")
            );
        }
        details.push(date_eval::DatePage {
            file,
            url: url.clone(),
            gold: want,
            got,
            evidence,
            verdict,
        });
    }
    let r = date_eval::report(details);
    say!(
        "dates: {} pages  right {}  coarse {}  wrong {}  missing {}  accuracy {:.3}  precision {:.3}",
        r.pages, r.right, r.coarse, r.wrong, r.missing, r.accuracy, r.precision
    );
    say!("{}", serde_json::to_string(&r)?);
    Ok(ExitCode::SUCCESS)
}
