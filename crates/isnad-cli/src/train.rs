//! `isnad train ...`: rebuilds the data files under `data/` from `../shared/data`.
//! Every build is deterministic: the same data gives the same bytes.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use isnad::text::lexicon::WordCounts;

use crate::analyze::progress;

#[derive(clap::Subcommand)]
pub enum Command {
    /// The segmentation lexicon: word-form counts from ANERcorp and SaudiNewsNet.
    Lexicon {
        /// The shared data folder.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        /// Where to write the lexicon.
        #[arg(long, default_value = "data/lexicon/words.tsv")]
        out: PathBuf,
        /// Keep words seen at least this often.
        #[arg(long, default_value_t = 5)]
        min_count: u64,
    },
    /// The entity tagger: an averaged perceptron on ANERcorp train minus its last tenth (the
    /// dev set, used only to choose the epoch), written to data/entities/ner.model.
    Ner(crate::train_ner::NerArgs),
    /// Distributional word clusters from SaudiNewsNet and ANERcorp, written to
    /// data/entities/clusters.tsv.
    Clusters(crate::train_ner::ClusterArgs),
}

pub fn run(cmd: Command) -> Result<ExitCode> {
    match cmd {
        Command::Lexicon {
            data,
            out,
            min_count,
        } => lexicon(&data, &out, min_count),
        Command::Ner(args) => crate::train_ner::ner(args),
        Command::Clusters(args) => crate::train_ner::clusters(args),
    }
}

fn lexicon(data: &Path, out: &Path, min_count: u64) -> Result<ExitCode> {
    let mut counts = WordCounts::new();
    let aner = data.join("anercorp/ANERCorp_train.txt");
    let conll =
        std::fs::read_to_string(&aner).with_context(|| format!("reading {}", aner.display()))?;
    for line in conll.lines() {
        if let Some(word) = line.split_whitespace().next() {
            counts.add_word(word);
        }
    }
    let zips = saudinewsnet_zips(data)?;
    let bar = progress(zips.len() as u64);
    for z in &zips {
        for article in saudinewsnet_articles(z)? {
            counts.add_text(&article);
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    let header = format!(
        "Word-form counts (orthographic normal form) for clitic segmentation, min count {min_count}.\n\
         Built by `isnad train lexicon` from anercorp/ANERCorp_train.txt (CC BY-SA 4.0) and the\n\
         `content` of saudinewsnet/*.zip (CC BY-NC-SA 4.0: counts only, no text, research use)."
    );
    std::fs::write(out, counts.to_tsv(min_count, &header))
        .with_context(|| format!("writing {}", out.display()))?;
    eprintln!(
        "isnad: {} word forms counted; lexicon written to {}",
        counts.len(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// The SaudiNewsNet day files (`saudinewsnet/*.zip`) in name order.
pub fn saudinewsnet_zips(data: &Path) -> Result<Vec<PathBuf>> {
    let dir = data.join("saudinewsnet");
    let mut zips: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "zip"))
        .collect();
    zips.sort();
    Ok(zips)
}

/// The `content` of every article in one SaudiNewsNet zip (a JSON array per file).
pub fn saudinewsnet_articles(path: &Path) -> Result<Vec<String>> {
    Ok(saudinewsnet_day(path)?.into_iter().flatten().collect())
}

/// Every article's `content` in one SaudiNewsNet zip, in array order: the index is the
/// article's address within its day (stand-off gold sets refer to it).
pub fn saudinewsnet_day(path: &Path) -> Result<Vec<Option<String>>> {
    #[derive(serde::Deserialize)]
    struct Article {
        content: Option<String>,
    }
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut archive =
        zip::ZipArchive::new(file).with_context(|| format!("reading zip {}", path.display()))?;
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let mut json = String::new();
        entry
            .read_to_string(&mut json)
            .with_context(|| format!("{}: entry {}", path.display(), entry.name()))?;
        let articles: Vec<Article> = serde_json::from_str(&json)
            .with_context(|| format!("{}: {}", path.display(), entry.name()))?;
        out.extend(articles.into_iter().map(|a| a.content));
    }
    Ok(out)
}
