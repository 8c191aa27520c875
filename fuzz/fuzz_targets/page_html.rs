//! Any bytes read as an HTML page: a document or an error, never a panic; and the body's
//! spans (tokens, sentences) slice it by code points.
#![no_main]

use isnad::document::InputFormat;
use isnad::{Pipeline, RawInput};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = RawInput {
        id: "fuzz".into(),
        format: InputFormat::Html,
        bytes: data.to_vec(),
        ..Default::default()
    };
    if let Ok(doc) = Pipeline::embedded().analyze(&raw) {
        for t in &doc.tokens {
            assert_eq!(isnad::text::slice_chars(&doc.body, t.start, t.end), t.text);
        }
    }
});
