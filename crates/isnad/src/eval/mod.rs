//! Evaluations against gold data: each scorer takes parsed gold and the pipeline's output and
//! returns figures; the CLI reads the files and prints.

pub mod dates;
pub mod extract;
pub mod ner;
pub mod segmentation;
pub mod statements;

/// Precision, recall and F1 from counts; 0 where a ratio has no denominator.
pub fn precision_recall_f1(correct: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(correct, predicted), ratio(correct, gold));
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f1)
}
