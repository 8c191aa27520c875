//! Any bytes read as a scraped text page: a document or an error, never a panic.
#![no_main]

use isnad::document::InputFormat;
use isnad::RawInput;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = RawInput {
        format: InputFormat::Text,
        bytes: data.to_vec(),
        ..Default::default()
    };
    let _ = isnad::page::read_page(&raw);
});
