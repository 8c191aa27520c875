//! `isnad eval ...`: scores against gold files; the last line of output is one JSON object.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, Context, Result};
use isnad::eval::{segmentation, statements, times, GoldText};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Clitic segmentation against a gold list (word, segmentation).
    Segment {
        #[arg(default_value = "eval/segmentation/gold.tsv")]
        file: PathBuf,
        /// Print every wrong word.
        #[arg(long)]
        errors: bool,
        /// Override the segmenter's split penalty (for tuning on a development part).
        #[arg(long, allow_hyphen_values = true)]
        split_penalty: Option<f32>,
        /// Override the penalty for splitting the conjunctions و and ف.
        #[arg(long, allow_hyphen_values = true)]
        conjunction_penalty: Option<f32>,
        /// Score only every other entry: `even` (the tuning half) or `odd` (the held-out half).
        #[arg(long)]
        half: Option<Half>,
    },
    /// Reported statements (detection, speaker, chain, stance) against a gold set in the
    /// JSON Lines format of issue 6.
    Statements {
        file: PathBuf,
        /// Print every missed, spurious or wrong statement.
        #[arg(long)]
        errors: bool,
        /// The shared data folder, for stand-off articles whose text stays in the dataset.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
    },
    /// Time expressions (detection, exact span, resolved value) against a gold set in the
    /// format of `eval/times/GUIDELINES.md`.
    Times {
        file: PathBuf,
        /// Print every missed, spurious or wrongly resolved expression.
        #[arg(long)]
        errors: bool,
    },
    /// Quantities (detection, value, unit, approximator) against the same gold format.
    Quantities {
        file: PathBuf,
        /// Print every missed, spurious or wrong quantity.
        #[arg(long)]
        errors: bool,
    },
    /// Main-text extraction: token-shingle P/R/F1 against `ground-truth.json` (the
    /// article-extraction-benchmark) and trafilatura's with/without snippets (`evaldata.json`).
    Extract {
        /// Folders holding `ground-truth.json` + `html/*.html.gz`, or `evaldata.json` + pages.
        #[arg(default_values = ["../shared/data/article-extraction-benchmark", "../shared/data/trafilatura-eval-ar"])]
        dirs: Vec<PathBuf>,
        /// Score these predictions (JSON: page key or file name → text) instead of running
        /// Isnad: the same scorer for a peer's output.
        #[arg(long)]
        predictions: Option<PathBuf>,
        /// Print each page's scores.
        #[arg(long)]
        pages: bool,
        /// Times each page is extracted when measuring speed.
        #[arg(long, default_value_t = 1)]
        repeat: usize,
    },
    /// Publication dates against htmldate's gold (`eval_*.json`: URL → file, date).
    Dates {
        #[arg(default_value = "../shared/data/htmldate-mediacloud-ar")]
        dir: PathBuf,
        /// Print each page's verdict.
        #[arg(long)]
        pages: bool,
    },
    /// Named entities against a CoNLL file (`token tag` per line, BIO tags, blank line between
    /// sentences), scored on the file's own tokens, conlleval style.
    Ner(crate::train_ner::EvalNerArgs),
}

pub fn run(cmd: Command) -> Result<ExitCode> {
    match cmd {
        Command::Segment {
            file,
            errors,
            split_penalty,
            conjunction_penalty,
            half,
        } => segment(file, errors, (split_penalty, conjunction_penalty), half),
        Command::Statements { file, errors, data } => statements_eval(file, errors, &data),
        Command::Times { file, errors } => times_eval(file, errors, Items::Times),
        Command::Quantities { file, errors } => times_eval(file, errors, Items::Quantities),
        Command::Extract {
            dirs,
            predictions,
            pages,
            repeat,
        } => crate::eval_page::extract(&dirs, predictions.as_deref(), pages, repeat),
        Command::Dates { dir, pages } => crate::eval_page::dates(&dir, pages),
        Command::Ner(args) => crate::train_ner::eval(args),
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Half {
    Even,
    Odd,
}

fn segment(
    file: PathBuf,
    show_errors: bool,
    penalties: (Option<f32>, Option<f32>),
    half: Option<Half>,
) -> Result<ExitCode> {
    let started = Instant::now();
    let mut gold = read_gold(&file, segmentation::parse_gold)?;
    if let Some(h) = half {
        let keep = if h == Half::Even { 0 } else { 1 };
        gold = gold
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % 2 == keep)
            .map(|(_, g)| g)
            .collect();
    }
    use isnad::text::segment::{DEFAULT_CONJUNCTION_PENALTY, DEFAULT_SPLIT_PENALTY};
    let segmenter = isnad::text::Segmenter::embedded().with_penalties(
        penalties.0.unwrap_or(DEFAULT_SPLIT_PENALTY),
        penalties.1.unwrap_or(DEFAULT_CONJUNCTION_PENALTY),
    );
    let report = segmentation::evaluate(&segmenter, &gold);
    if show_errors {
        for (g, p) in &report.errors {
            println!(
                "{}:{}\tgold {}\tgot {}",
                file.display(),
                g.line,
                g.segmentation,
                p
            );
        }
    }
    println!(
        "words {}  accuracy {:.3}  split right {}/{}  whole wrongly split {}/{}  boundary P {:.3} R {:.3} F1 {:.3}",
        report.words,
        report.accuracy,
        report.clitic_words_right,
        report.clitic_words,
        report.whole_words_split,
        report.whole_words,
        report.boundary_precision,
        report.boundary_recall,
        report.boundary_f1
    );
    let mut v = serde_json::to_value(&report)?;
    v["seconds"] = serde_json::json!(started.elapsed().as_secs_f64());
    println!("{v}");
    Ok(ExitCode::SUCCESS)
}

fn statements_eval(file: PathBuf, show_errors: bool, data: &Path) -> Result<ExitCode> {
    let started = Instant::now();
    let text =
        std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
    let text = crate::standoff::resolve(&file, &text, data)?;
    let gold = statements::parse_gold(&text).map_err(|e| anyhow!("{}: {e}", file.display()))?;
    let docs = analyse_bodies(gold.iter().map(|g| &g.article));
    let report = statements::evaluate(&gold, &docs);
    if show_errors {
        print_disagreements(&report.errors);
    }
    println!(
        "articles {}  gold statements {}  predicted {}",
        report.articles, report.statements, report.predicted
    );
    for (name, p) in [
        ("detection", report.detection),
        ("speaker", report.speaker),
        ("chain", report.chain),
        ("stance", report.stance),
        ("hedged", report.hedged),
        ("quote", report.quote),
        ("time", report.time),
    ] {
        if name == "time" && report.time_annotated == 0 {
            continue;
        }
        print_row(name, p);
    }
    // Keys in the order issue 6 fixes, spaced as Python's `json.dumps` writes them.
    let prf = |p: statements::Prf| {
        format!(
            "{{\"precision\": {}, \"recall\": {}, \"f1\": {}}}",
            p.precision, p.recall, p.f1
        )
    };
    println!(
        "{{\"detection\": {}, \"speaker\": {}, \"chain\": {}, \"stance\": {}, \"articles\": {}, \"statements\": {}, \"seconds\": {}}}",
        prf(report.detection),
        prf(report.speaker),
        prf(report.chain),
        prf(report.stance),
        report.articles,
        report.statements,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// Analyses each gold article's text as a body, with its title and its publication date as
/// the anchor for times.
fn analyse_bodies<'a>(articles: impl Iterator<Item = &'a GoldText>) -> Vec<isnad::Document> {
    let pipeline = isnad::Pipeline::embedded();
    articles
        .map(|a| {
            let mut doc = isnad::Document::new(a.id.clone(), isnad::document::Source::default());
            doc.body = a.text.clone();
            doc.title = a.title.clone();
            doc.published = a
                .published
                .as_ref()
                .map(|d| isnad::document::DateEvidence::given(d));
            pipeline.analyze_body(&mut doc);
            doc
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Items {
    Times,
    Quantities,
}

fn times_eval(file: PathBuf, show_errors: bool, items: Items) -> Result<ExitCode> {
    let started = Instant::now();
    let gold = read_gold(&file, times::parse_gold)?;
    let docs = analyse_bodies(gold.iter().map(|g| &g.article));
    let (report, name) = match items {
        Items::Times => (times::evaluate_times(&gold, &docs), "times"),
        Items::Quantities => (times::evaluate_quantities(&gold, &docs), "quantities"),
    };
    if show_errors {
        print_disagreements(&report.errors);
    }
    println!(
        "articles {}  gold {name} {} ({} with a null value)  predicted {}",
        report.articles, report.gold, report.gold_null, report.predicted
    );
    let mut rows = vec![
        ("detection", report.detection),
        ("exact", report.exact),
        ("value", report.value),
    ];
    if items == Items::Quantities {
        rows.extend([("unit", report.unit), ("approx", report.approx)]);
    }
    let mut last = serde_json::Map::new();
    for (row, p) in rows {
        print_row(row, p);
        last.insert(row.to_string(), serde_json::to_value(p)?);
    }
    last.insert("articles".into(), report.articles.into());
    last.insert(name.into(), report.gold.into());
    last.insert("seconds".into(), started.elapsed().as_secs_f64().into());
    println!("{}", serde_json::Value::Object(last));
    Ok(ExitCode::SUCCESS)
}

/// `--errors`: one disagreement a line, tab-separated.
fn print_disagreements(errors: &[isnad::eval::Disagreement]) {
    for e in errors {
        println!(
            "{}\t{}\tgold: {}\tgot: {}",
            e.article,
            e.kind,
            e.gold.as_deref().unwrap_or("-"),
            e.predicted.as_deref().unwrap_or("-")
        );
    }
}

/// Reads and parses a gold file; an error names the file (and the parser, the line).
fn read_gold<T>(file: &Path, parse: impl Fn(&str) -> Result<T, String>) -> Result<T> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    parse(&text).map_err(|e| anyhow!("{}: {e}", file.display()))
}

/// One figure's precision, recall and F1, aligned under the others.
fn print_row(name: &str, p: statements::Prf) {
    println!(
        "{name:<10} P {:.3}  R {:.3}  F1 {:.3}",
        p.precision, p.recall, p.f1
    );
}
