//! `isnad analyze`: inputs in, JSON Lines out (or one pretty document), errors as records.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use isnad::document::InputFormat;
use isnad::page::{site_key, ChromeBook, ChromeLearner, PageSettings};
use isnad::Pipeline;
use rayon::prelude::*;
use serde_json::json;

use crate::input::{self, Format, InputError};

#[derive(clap::Args)]
pub struct Args {
    /// Files or folders to read; `-` (the default) reads stdin.
    #[arg(default_value = "-")]
    paths: Vec<String>,
    /// Print indented JSON, for people.
    #[arg(long)]
    pretty: bool,
    /// Read every input as this format instead of guessing from the extension.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Do not learn each site's recurring lines (mastheads, menus) from the other pages of
    /// the batch; clean every scraped page on its own.
    #[arg(long)]
    no_site_chrome: bool,
    /// Leave these layers out of the output (comma-separated). `tokens` is most of a
    /// document's JSON; the spans elsewhere still point into `body`.
    #[arg(long, value_enum, value_delimiter = ',')]
    omit: Vec<Omit>,
}

/// Layers that can be left out of the output. An omitted layer's key is absent, not an
/// empty list, so a reader cannot mistake it for "nothing found".
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Omit {
    Tokens,
    Sentences,
    Removed,
}

impl Omit {
    fn key(self) -> &'static str {
        match self {
            Omit::Tokens => "tokens",
            Omit::Sentences => "sentences",
            Omit::Removed => "removed",
        }
    }
}

/// Documents analysed in parallel per batch; output keeps input order.
const BATCH: usize = 64;

pub fn run(args: Args) -> Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("starting the worker threads")?;
    }
    let pipeline = Pipeline::embedded();
    let paths = input::collect_paths(&args.paths)?;
    let chrome = if args.no_site_chrome {
        ChromeBook::default()
    } else {
        learn_chrome(&paths, args.format)
    };
    let bar = progress(paths.len() as u64);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut ok, mut failed) = (0usize, 0usize);
    for (path, format) in &paths {
        bar.set_message(path.clone());
        let items = input::read_items(path, *format, args.format);
        for batch in items.chunks(BATCH) {
            // Analysis and serialisation run on the workers; the writer only copies bytes,
            // in input order.
            let results: Vec<Result<(bool, Vec<u8>)>> = batch
                .par_iter()
                .map(|item| {
                    let analysed = item.as_ref().map_err(Clone::clone).and_then(|raw| {
                        let site_chrome = chrome.for_site(&site_key(raw));
                        // A bug in a stage must cost one document, not the batch: it becomes
                        // that document's error record.
                        guarded(|| pipeline.analyze_with_chrome(raw, site_chrome)).map_err(
                            |message| InputError {
                                path: path.clone(),
                                line: raw.line,
                                message,
                            },
                        )
                    });
                    let mut buf = Vec::with_capacity(4096);
                    match analysed {
                        Ok(doc) => write_document(&mut buf, doc, &args.omit, args.pretty)
                            .map(|()| (true, buf)),
                        Err(e) => write_record(&mut buf, &error_record(&e), args.pretty)
                            .map(|()| (false, buf)),
                    }
                })
                .collect();
            for result in results {
                let (success, bytes) = result?;
                if success {
                    ok += 1;
                } else {
                    failed += 1;
                }
                out.write_all(&bytes)?;
            }
        }
        bar.inc(1);
    }
    out.flush()?;
    bar.finish_and_clear();
    if failed > 0 || paths.len() > 1 {
        eprintln!("isnad: {ok} documents analysed, {failed} failed");
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs one document's analysis so that a bug in a stage costs that document, not the batch:
/// an error or a panic becomes the message of its error record.
fn guarded<T, E: std::fmt::Display>(
    run: impl FnOnce() -> std::result::Result<T, E>,
) -> std::result::Result<T, String> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(Ok(doc)) => Ok(doc),
        Ok(Err(e)) => Err(e.to_string()),
        Err(panic) => Err(format!(
            "internal error while analysing this document (please report it): {}",
            panic_message(&panic)
        )),
    }
}

/// The text a panic carried, if it was a string.
fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> &str {
    panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("no message")
}

fn write_record(out: &mut impl Write, record: &impl serde::Serialize, pretty: bool) -> Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, record)?;
    } else {
        serde_json::to_writer(&mut *out, record)?;
    }
    out.write_all(b"\n")?;
    Ok(())
}

fn write_document(
    out: &mut impl Write,
    mut doc: isnad::Document,
    omit: &[Omit],
    pretty: bool,
) -> Result<()> {
    if omit.is_empty() {
        return write_record(out, &doc, pretty);
    }
    // Emptied first, so the detour through a JSON value costs only what is kept. The detour
    // goes through bytes: `to_value` would widen f32 confidences (0.9 → 0.8999999761581421).
    for layer in omit {
        match layer {
            Omit::Tokens => doc.tokens = Vec::new(),
            Omit::Sentences => doc.sentences = Vec::new(),
            Omit::Removed => doc.removed = Vec::new(),
        }
    }
    let mut value: serde_json::Value = serde_json::from_slice(&serde_json::to_vec(&doc)?)?;
    if let Some(map) = value.as_object_mut() {
        for layer in omit {
            map.shift_remove(layer.key());
        }
    }
    write_record(out, &value, pretty)
}

/// First pass over a batch: each site's recurring lines, from the scraped-text pages of
/// that site (stdin cannot be read twice and is left out).
fn learn_chrome(paths: &[(String, Option<Format>)], forced: Option<Format>) -> ChromeBook {
    let mut learner = ChromeLearner::new(PageSettings::default().chrome);
    let mut pages = 0usize;
    // HTML files are not read twice: learning is for scraped text.
    let html = |f: &Option<Format>| forced.or(*f) == Some(Format::Html);
    for (path, format) in paths.iter().filter(|(p, f)| p != "-" && !html(f)) {
        for raw in input::read_items(path, *format, forced)
            .into_iter()
            .flatten()
        {
            if raw.format != InputFormat::Text {
                continue;
            }
            if let Ok(d) = isnad::page::charset::decode(&raw.bytes, false) {
                learner.add_page(&site_key(&raw), &d.text);
                pages += 1;
            }
        }
    }
    if pages < 2 {
        return ChromeBook::default();
    }
    learner.finish()
}

/// An error in the output stream, in place of the document it stands for, and on stderr.
fn error_record(e: &InputError) -> serde_json::Value {
    match e.line {
        Some(l) => eprintln!("isnad: {}:{}: {}", e.path, l, e.message),
        None => eprintln!("isnad: {}: {}", e.path, e.message),
    }
    json!({"error": {"input": e.path, "line": e.line, "message": e.message}})
}

/// A progress bar on a terminal; hidden when stderr is a pipe or a file.
pub fn progress(len: u64) -> ProgressBar {
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} {elapsed} {wide_msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

#[cfg(test)]
mod tests {
    use super::guarded;

    #[test]
    fn a_panicking_stage_becomes_an_error_message() {
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let index = 3;
        let tokens: Vec<u32> = vec![1, 2];
        let out: Result<u32, String> = guarded(|| Ok::<u32, std::io::Error>(tokens[index.min(9)]));
        let formatted: Result<u32, String> =
            guarded(|| -> Result<u32, std::io::Error> { panic!("stage {} failed", "attribution") });
        std::panic::set_hook(hook);
        let message = out.expect_err("an index past the end panics");
        assert!(message.starts_with("internal error while analysing this document"));
        assert!(message.contains("index out of bounds"), "{message}");
        assert!(formatted
            .expect_err("panics")
            .ends_with("stage attribution failed"));
        let ok: Result<u32, String> = guarded(|| Ok::<u32, std::io::Error>(7));
        assert_eq!(ok, Ok(7));
        let err: Result<u32, String> =
            guarded(|| Err::<u32, _>(std::io::Error::other("bad bytes")));
        assert_eq!(err, Err("bad bytes".to_string()));
    }
}
