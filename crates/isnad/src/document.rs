//! The document every stage fills in, and its serialised schema.
//!
//! Field names here are a contract shared with tests, the store, the Python side and outside
//! tools: rename nothing, add freely. Every span is a pair of Unicode code-point offsets into
//! `body` (`body[start:end]` in Python is the span's text). `docs/schema.md` documents the
//! schema; bump [`SCHEMA_VERSION`] on any change that is not a pure addition.

use serde::{Deserialize, Serialize};

/// Version of the serialised document; written into every record as `schema`.
pub const SCHEMA_VERSION: &str = "isnad/1.0";

/// One analysed article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub schema: String,
    pub id: String,
    pub source: Source,
    pub title: Option<String>,
    pub section: Option<String>,
    pub tags: Vec<String>,
    /// The date printed in the page's chrome (often the day the page was rendered).
    pub page_date: Option<DateEvidence>,
    /// The article's own publication date, with its evidence; null when nothing supports one.
    pub published: Option<DateEvidence>,
    pub body: String,
    /// Lines or blocks dropped as site chrome, so that the cleaning can be audited.
    pub removed: Vec<Removed>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub entities: Vec<Entity>,
    pub statements: Vec<Statement>,
    pub times: Vec<TimeExpression>,
    pub quantities: Vec<Quantity>,
    pub conflicts: Vec<Conflict>,
    /// Warnings about the document itself (e.g. `page_date_disagrees_with_text`).
    pub flags: Vec<Flag>,
    /// The article's author(s) as the page names them (JSON-LD, `<meta name=author>`).
    #[serde(default)]
    pub author: Option<String>,
    /// The page's canonical URL (`<link rel=canonical>`, `og:url`).
    #[serde(default)]
    pub canonical_url: Option<String>,
    /// Primary language subtag (`ar`, `en`): declared by the page, else guessed from the script.
    #[serde(default)]
    pub language: Option<String>,
}

impl Document {
    /// An empty document with the schema stamped in.
    pub fn new(id: impl Into<String>, source: Source) -> Self {
        Document {
            schema: SCHEMA_VERSION.to_string(),
            id: id.into(),
            source,
            ..Default::default()
        }
    }
}

/// Where a document came from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// File path as given on the command line, or `-` for stdin.
    pub path: Option<String>,
    /// 1-based line number inside a JSON Lines input.
    pub line: Option<usize>,
    pub url: Option<String>,
    pub format: InputFormat,
    /// The charset the input was decoded from (WHATWG name: `UTF-8`, `windows-1256`, ...).
    #[serde(default)]
    pub encoding: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Scraped text, chrome and all.
    #[default]
    Text,
    Html,
}

/// A date with the evidence it was read from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateEvidence {
    /// ISO 8601 date (`YYYY-MM-DD`), or a coarser `YYYY-MM` / `YYYY` when only that is known.
    pub date: String,
    /// Where it came from: `chrome`, `meta`, `json-ld`, `url`, `dateline`, `text`, `input`.
    pub evidence: String,
    /// The text the date was read from, as it appears in the input.
    pub raw: Option<String>,
    /// 0..1: how sure the reading is.
    pub confidence: f32,
}

impl DateEvidence {
    /// A date the caller gave (a JSON Lines record's `published`, a gold set's): evidence
    /// `input`, certain.
    pub fn given(date: &str) -> Self {
        DateEvidence {
            date: date.to_string(),
            evidence: "input".to_string(),
            raw: None,
            confidence: 1.0,
        }
    }
}

/// Something the page layer dropped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Removed {
    pub text: String,
    /// Why: `masthead`, `date`, `section`, `headline`, `tags`, `promo`, `navigation`, `boilerplate`, ...
    pub reason: String,
    /// 1-based line in the input, for scraped text.
    pub line: Option<usize>,
}

/// A span of `body` in code points.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Index of the first token of the sentence in `tokens`, and one past its last.
    pub tokens: [usize; 2],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Arabic-script word.
    Word,
    /// Digits in any script, with their decimal and group separators.
    Number,
    /// A run of Latin letters (and digits after a letter).
    Latin,
    /// A quotation mark of any style.
    Quote,
    Punct,
    /// Anything else (symbols, other scripts).
    Symbol,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Token {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// The normalised form used for matching (see `text::normalize`).
    pub norm: String,
    /// Clitic segmentation of Arabic words; absent for other kinds and for bare stems.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Morpheme>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MorphemeRole {
    /// و ف ب ل ك س, or لل (ل with the article's alef elided).
    Proclitic,
    /// The definite article ال.
    Article,
    Stem,
    /// Pronoun suffixes: ه ها هم هما هن ك كم كما كن ي ني نا.
    Enclitic,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Morpheme {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub role: MorphemeRole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Per,
    Org,
    Loc,
    Gpe,
    Media,
    Misc,
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The name all mentions of one entity share.
    pub canonical: String,
    /// Stable identifier of the entity, e.g. `gazetteer:org/sdf` or `doc:per/1`.
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// A role bound to a person mention (`مدير المركز الإعلامي ...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
    /// `tagger`, `gazetteer`, `alias`, `coreference` (a surname or a name found again), `rule`
    /// (a region compound such as `شرق سوريا`, or a name set off by commas after a role).
    pub origin: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Assert,
    Deny,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

/// One link in a chain of transmission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChainLink {
    /// The mention as written.
    pub text: String,
    pub canonical: String,
    pub start: usize,
    pub end: usize,
    /// Index into `entities` when the link is an entity mention.
    pub entity: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A reported statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    /// From the outermost reporter to the speaker.
    pub chain: Vec<ChainLink>,
    pub cue: TextSpan,
    pub stance: Stance,
    pub hedged: bool,
    pub hedge: Option<TextSpan>,
    pub quote: QuoteKind,
    pub content: TextSpan,
    /// Index into `sentences`.
    pub sentence: usize,
    /// When it was said: the time expression of the reporting clause (`وقال أمس`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeExpression>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// Statement ids.
    pub a: String,
    pub b: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpression {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// An ISO date or range (`2019-02-01/2019-02-10`), or null when it cannot be anchored.
    pub value: Option<String>,
    /// How the expression relates to the anchor: `absolute`, `relative`, `vague`, `duration`.
    pub kind: String,
    /// The preposition that relates the event to the expression: `since` (منذ), `within`
    /// (خلال), `before` (قبل), `after` (بعد).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The number, multipliers applied; null for a vague amount (`عشرات القتلى`، `مئات`).
    pub value: Option<f64>,
    /// The approximator as written (`نحو`, `أكثر من`).
    pub approx: Option<String>,
    /// What the approximator says of the value: `about`, `over`, `under`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
    /// What is counted: the noun after the number (`مقاتل`, `بلدا`), or `%`.
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flag {
    pub code: String,
    pub message: String,
}
