//! Reading inputs: files, folders (recursively), stdin, and JSON Lines batches, each turned
//! into `RawInput`s or an error that names the file (and line).

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};
use isnad::document::InputFormat;
use isnad::RawInput;

/// An input the batch could not turn into a document.
#[derive(Debug, Clone)]
pub struct InputError {
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
}

/// A unit of work: a document to analyse, or an error to report in its place.
pub type Item = std::result::Result<RawInput, InputError>;

/// How to read a file, from its extension (or the `--format` flag).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Html,
    Jsonl,
}

pub fn format_of(path: &Path) -> Option<Format> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "txt" | "text" => Some(Format::Text),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        _ => None,
    }
}

/// Sniffs stdin or an unknown extension: JSON Lines if it starts with `{`, HTML if with `<`.
fn sniff(bytes: &[u8]) -> Format {
    let head = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(bytes)
        .iter()
        .find(|b| !b.is_ascii_whitespace());
    match head {
        Some(b'{') => Format::Jsonl,
        Some(b'<') => Format::Html,
        _ => Format::Text,
    }
}

/// Expands the command-line paths: folders are walked in name order; files whose extension
/// isn't one of ours are skipped inside folders but read (sniffed) when named directly.
pub fn collect_paths(args: &[String]) -> Result<Vec<(String, Option<Format>)>> {
    let mut out = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push((arg.clone(), None));
            continue;
        }
        let p = Path::new(arg);
        if p.is_dir() {
            for entry in walkdir::WalkDir::new(p).sort_by_file_name() {
                let entry = entry.with_context(|| format!("reading folder {arg}"))?;
                if entry.file_type().is_file() {
                    if let Some(f) = format_of(entry.path()) {
                        out.push((entry.path().display().to_string(), Some(f)));
                    }
                }
            }
        } else {
            out.push((arg.clone(), format_of(p)));
        }
    }
    Ok(out)
}

fn read_all(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().lock().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

fn id_of(path: &str) -> String {
    Path::new(path)
        .file_stem()
        .map_or_else(|| path.to_string(), |s| s.to_string_lossy().into_owned())
}

/// Reads one path into documents (several for JSON Lines), never failing the batch.
pub fn read_items(path: &str, format: Option<Format>, forced: Option<Format>) -> Vec<Item> {
    let bytes = match read_all(path) {
        Ok(b) => b,
        Err(e) => {
            return vec![Err(InputError {
                path: path.to_string(),
                line: None,
                message: e.to_string(),
            })]
        }
    };
    let format = forced.or(format).unwrap_or_else(|| sniff(&bytes));
    match format {
        Format::Text | Format::Html => vec![Ok(RawInput {
            id: id_of(path),
            path: Some(path.to_string()),
            line: None,
            url: None,
            format: if format == Format::Html {
                InputFormat::Html
            } else {
                InputFormat::Text
            },
            bytes,
            published: None,
        })],
        Format::Jsonl => jsonl_items(path, &bytes),
    }
}

fn jsonl_items(path: &str, bytes: &[u8]) -> Vec<Item> {
    let mut out = Vec::new();
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let lineno = i + 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let item = match isnad::page::decode_utf8(line) {
            Err(e) => Err(e),
            Ok(s) => RawInput::from_json_record(s, Some(path), lineno),
        };
        out.push(item.map_err(|e| InputError {
            path: path.to_string(),
            line: Some(lineno),
            message: e.to_string(),
        }));
    }
    out
}
