//! Helpers shared by the integration tests: one embedded pipeline per test binary, and a text
//! analysed as an article body (the page layer skipped, as `isnad eval statements` does), so
//! a one-line passage is not read as a headline over an empty body.

// Each test binary uses its own subset of these.
#![allow(dead_code)]

use isnad::document::{DateEvidence, Document, Source};
use isnad::Pipeline;

/// The embedded pipeline, loaded once per test binary.
pub fn pipeline() -> &'static Pipeline {
    static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    PIPELINE.get_or_init(Pipeline::embedded)
}

/// `body` analysed as an article's text: text layer, entities, attribution.
pub fn analyze_body(body: &str) -> Document {
    analyze_body_published(body, None)
}

/// [`analyze_body`] with a known publication date (`YYYY-MM-DD`) to anchor times.
pub fn analyze_body_published(body: &str, published: Option<&str>) -> Document {
    let mut doc = Document::new("t", Source::default());
    doc.body = body.to_string();
    doc.published = published.map(DateEvidence::given);
    pipeline().analyze_body(&mut doc);
    doc
}
