//! Evaluations against gold data: each scorer takes parsed gold and the pipeline's output and
//! returns figures; the CLI reads the files and prints.

pub mod dates;
pub mod extract;
pub mod ner;
pub mod segmentation;
pub mod statements;
