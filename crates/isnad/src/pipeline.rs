//! The stages in order: a [`RawInput`] in, a filled [`Document`] out.

use crate::attribution::Attributor;
use crate::document::{Document, InputFormat, Source};
use crate::entities::{self, Recognizer};
use crate::error::Result;
use crate::page;
use crate::text::{self, Segmenter};

/// One document as the caller read it: bytes and where they came from.
#[derive(Debug, Clone, Default)]
pub struct RawInput {
    pub id: String,
    pub path: Option<String>,
    /// 1-based line of a JSON Lines input.
    pub line: Option<usize>,
    pub url: Option<String>,
    pub format: InputFormat,
    pub bytes: Vec<u8>,
    /// The publication date the caller knows (`YYYY-MM-DD`, a JSON Lines record's
    /// `published`): it overrides what the page layer reads off the page and anchors times.
    pub published: Option<String>,
}

impl RawInput {
    pub fn source(&self) -> Source {
        Source {
            path: self.path.clone(),
            line: self.line,
            url: self.url.clone(),
            format: self.format,
            encoding: None,
        }
    }
}

/// The loaded models and lexicons; build once, share across threads.
pub struct Pipeline {
    segmenter: Segmenter,
    attributor: Attributor,
    recognizer: Recognizer,
}

impl Pipeline {
    /// The pipeline with every model and lexicon embedded in the binary.
    pub fn embedded() -> Self {
        Pipeline {
            segmenter: Segmenter::embedded(),
            attributor: Attributor::embedded(),
            recognizer: Recognizer::embedded(),
        }
    }

    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    pub fn recognizer(&self) -> &Recognizer {
        &self.recognizer
    }

    pub fn analyze(&self, input: &RawInput) -> Result<Document> {
        self.analyze_with_chrome(input, None)
    }

    /// As [`Pipeline::analyze`], with the chrome learnt from other pages of the input's site
    /// (see [`page::ChromeLearner`]).
    pub fn analyze_with_chrome(
        &self,
        input: &RawInput,
        chrome: Option<&page::SiteChrome>,
    ) -> Result<Document> {
        let mut doc = page::read_page_with(input, &page::PageSettings::default(), chrome)?;
        if let Some(date) = &input.published {
            doc.published = Some(crate::document::DateEvidence::given(date));
        }
        self.analyze_body(&mut doc);
        Ok(doc)
    }

    /// Runs every stage after the page layer on a document whose `body` (and, when known,
    /// `title` and `published`) is already set: how gold sets whose text is the article body
    /// are analysed.
    pub fn analyze_body(&self, doc: &mut Document) {
        text::analyze(doc, &self.segmenter);
        entities::analyze(doc, &self.recognizer, &self.segmenter);
        self.attributor.analyze(doc);
    }
}

/// One record of a JSON Lines input: `id`, `url`, either `html` or `text`, and optionally
/// `published` (a date, or a date and time whose date part is kept: `2015-07-21 10:31:00`).
#[derive(serde::Deserialize)]
struct JsonRecord {
    id: Option<serde_json::Value>,
    url: Option<String>,
    html: Option<String>,
    text: Option<String>,
    published: Option<String>,
}

impl RawInput {
    /// Parses one line of a JSON Lines input. `path` and `line` name it in errors and in the
    /// document's `source`.
    pub fn from_json_record(record: &str, path: Option<&str>, line: usize) -> Result<RawInput> {
        let rec: JsonRecord = serde_json::from_str(record).map_err(|e| {
            if e.is_eof() {
                crate::Error::Truncated(format!("record ends early at column {}", e.column()))
            } else {
                crate::Error::Record(e.to_string())
            }
        })?;
        let (format, body) = match (rec.html, rec.text) {
            (Some(h), _) => (InputFormat::Html, h),
            (None, Some(t)) => (InputFormat::Text, t),
            (None, None) => {
                return Err(crate::Error::Record(
                    "neither `html` nor `text` is present".to_string(),
                ))
            }
        };
        let published = match rec.published.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(p) => {
                let date = p.get(..10).filter(|d| {
                    crate::attribution::times::Date::parse(d).is_some()
                        && p[10..]
                            .chars()
                            .next()
                            .map_or(true, |c| c == ' ' || c == 'T')
                });
                match date {
                    Some(d) => Some(d.to_string()),
                    None => {
                        return Err(crate::Error::Record(format!(
                            "`published` is not a date (YYYY-MM-DD): {p:?}"
                        )))
                    }
                }
            }
        };
        let id = match rec.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v) if !v.is_null() => v.to_string(),
            _ => format!("{}:{line}", path.unwrap_or("-")),
        };
        Ok(RawInput {
            id,
            path: path.map(str::to_string),
            line: Some(line),
            url: rec.url,
            format,
            bytes: body.into_bytes(),
            published,
        })
    }
}
