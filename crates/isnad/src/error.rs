//! Errors the engine reports about its input. Each names what was wrong and where, so that a
//! batch can report one bad document and go on.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    /// Bytes that are not valid in the input's encoding.
    #[error("not valid {encoding} at byte {offset}")]
    Decode {
        encoding: &'static str,
        offset: usize,
    },
    /// The input ends in the middle of a multi-byte character or a record.
    #[error("truncated input: {0}")]
    Truncated(String),
    /// A record of a JSON Lines input that does not parse or lacks a field.
    #[error("bad record: {0}")]
    Record(String),
    /// Binary data where text or HTML was expected.
    #[error("binary data, not text (NUL byte at {offset})")]
    Binary { offset: usize },
}

pub type Result<T> = std::result::Result<T, Error>;
