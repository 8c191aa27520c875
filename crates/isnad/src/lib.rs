//! Isnad: reads raw Arabic news pages and turns them into an auditable record of who reported
//! what, on whose authority, about whom, where and when.
//!
//! The pipeline runs in one direction, each stage in its own module and each filling its own
//! layer of the [`Document`]:
//!
//! - [`page`]: raw page (HTML or scraped text) in; headline, metadata, dates and a clean `body` out.
//! - [`text`]: normalisation, tokens with clitic segmentation, sentences over `body`.
//! - [`entities`]: people, organisations, places and outlets, with canonical names and roles.
//! - [`attribution`]: statements with their chains of transmission, stance and hedging,
//!   conflicts between them, time expressions and quantities.
//!
//! [`Pipeline`] runs the stages in order. The engine does no I/O beyond reading its own
//! embedded data files: callers hand it bytes in a [`RawInput`].

pub mod attribution;
pub mod document;
pub mod entities;
pub mod error;
pub mod eval;
pub mod page;
pub mod pipeline;
pub mod text;

pub use document::{Document, SCHEMA_VERSION};
pub use error::{Error, Result};
pub use pipeline::{Pipeline, RawInput};
