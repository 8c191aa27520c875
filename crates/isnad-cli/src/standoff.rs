//! Stand-off gold sets. An article whose licence keeps its text out of the repository
//! (SaudiNewsNet is CC BY-NC-SA) is stored as a reference to the dataset plus character
//! offsets, and joined with the dataset when scored:
//!
//! `{"id", "source": {"dataset": "saudinewsnet", "file": "2015-08-08.zip", "index": 641, ...},
//!   "text_chars": n, "text_crc32": c, "published", "statements": [{..., "content_span": [s, e]}]}`
//!
//! `text_chars` (code points) and `text_crc32` (CRC-32 of the UTF-8 bytes) make sure the text
//! found is the one annotated; `content_span` is `[start, end)` in code points. Lines that
//! carry their own `text` pass through unchanged, so one reader serves both kinds of file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{Map, Value};

/// Returns `jsonl` with every stand-off line joined to its text from `data`; an error names
/// the file and line.
pub fn resolve(file: &Path, jsonl: &str, data: &Path) -> Result<String> {
    let mut days = Days::new(data);
    let mut out = String::with_capacity(jsonl.len());
    for (i, line) in jsonl.lines().enumerate() {
        let place = || format!("{}: line {}", file.display(), i + 1);
        if line.trim().is_empty() || !line.contains("\"text_crc32\"") {
            out.push_str(line);
        } else {
            let mut article: Map<String, Value> = serde_json::from_str(line).with_context(place)?;
            join(&mut article, &mut days).with_context(place)?;
            out.push_str(&serde_json::to_string(&article)?);
        }
        out.push('\n');
    }
    Ok(out)
}

fn join(article: &mut Map<String, Value>, days: &mut Days) -> Result<()> {
    let source = article.get("source").cloned().unwrap_or(Value::Null);
    let field = |key: &str| {
        source
            .get(key)
            .ok_or_else(|| anyhow!("source has no `{key}`"))
    };
    if field("dataset")?.as_str() != Some("saudinewsnet") {
        bail!(
            "stand-off text only from `saudinewsnet`, not {}",
            field("dataset")?
        );
    }
    let day = field("file")?
        .as_str()
        .ok_or_else(|| anyhow!("`source.file` is not a string"))?;
    let index = field("index")?
        .as_u64()
        .ok_or_else(|| anyhow!("`source.index` is not a number"))?;
    let text = days.article(day, index as usize)?;
    let chars = text.chars().count();
    let crc = crc32fast::hash(text.as_bytes());
    let want = |key: &str| article.get(key).cloned().unwrap_or(Value::Null);
    if want("text_chars") != chars || want("text_crc32") != crc {
        bail!(
            "{day} article {index} is not the text annotated ({chars} characters, CRC-32 {crc}; \
             the gold says {} and {})",
            want("text_chars"),
            want("text_crc32")
        );
    }
    // Code-point offset → byte offset, with the end of the text as the last entry.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    for (k, statement) in article
        .get_mut("statements")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| anyhow!("no `statements` list"))?
        .iter_mut()
        .enumerate()
    {
        let statement = statement
            .as_object_mut()
            .ok_or_else(|| anyhow!("statement {} is not an object", k + 1))?;
        let span = statement
            .remove("content_span")
            .and_then(|v| serde_json::from_value::<[usize; 2]>(v).ok())
            .ok_or_else(|| anyhow!("statement {}: no `content_span` [start, end]", k + 1))?;
        if span[0] >= span[1] || span[1] > chars {
            bail!(
                "statement {}: `content_span` {span:?} is not inside the text ({chars} characters)",
                k + 1
            );
        }
        let content = &text[bytes[span[0]]..bytes[span[1]]];
        statement.insert("content".into(), Value::String(content.to_string()));
    }
    article.insert("text".into(), Value::String(text.to_string()));
    Ok(())
}

/// SaudiNewsNet day files, each read once.
struct Days {
    dir: PathBuf,
    read: HashMap<String, Vec<Option<String>>>,
}

impl Days {
    fn new(data: &Path) -> Self {
        Days {
            dir: data.join("saudinewsnet"),
            read: HashMap::new(),
        }
    }

    fn article(&mut self, day: &str, index: usize) -> Result<&str> {
        if day.contains(['/', '\\']) {
            bail!("`source.file` {day:?} is not a file name");
        }
        if !self.read.contains_key(day) {
            let path = self.dir.join(day);
            let articles = crate::train::saudinewsnet_day(&path).with_context(|| {
                format!("the stand-off text needs the dataset ({})", path.display())
            })?;
            self.read.insert(day.to_string(), articles);
        }
        match self.read[day].get(index) {
            Some(Some(text)) => Ok(text),
            Some(None) => bail!("{day} article {index} has no content"),
            None => bail!("{day} has no article {index}"),
        }
    }
}
