//! Main-text extraction scored two ways, each as its benchmark scores itself:
//!
//! - **article-extraction-benchmark** (`ground-truth.json`: `articleBody` per page): token
//!   4-gram shingles of gold and prediction are compared as multisets; each page's TP/FP/FN
//!   are normalised to sum to one; precision and recall are the means over pages (pages with
//!   nothing predicted are left out of precision, pages with nothing gold out of recall), F1
//!   is their harmonic mean. Tokens are `\w+` runs, as the benchmark's `evaluate.py`.
//! - **trafilatura's evaluation** (`evaldata.json`: `with` / `without` snippets per page): a
//!   `with` snippet found in the whitespace-trimmed extraction is a true positive, missing a
//!   false negative; a `without` snippet found is a false positive, absent a true negative.

use rustc_hash::FxHashMap;
use serde::Serialize;

/// One page's normalised (true positive, false positive, false negative).
pub type TpFpFn = (f64, f64, f64);

fn tokens(text: &str) -> Vec<&str> {
    // Python's `\w`: alphanumerics and the underscore.
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str, n: usize) -> FxHashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out: FxHashMap<Vec<&str>, usize> = FxHashMap::default();
    if toks.is_empty() {
        return out;
    }
    let count = toks.len().saturating_sub(n - 1).max(1);
    for i in 0..count {
        let end = (i + n).min(toks.len());
        *out.entry(toks[i..end].to_vec()).or_insert(0) += 1;
    }
    out
}

/// The benchmark's `string_shingle_matching` with 4-grams.
pub fn shingle_matching(gold: &str, pred: &str) -> TpFpFn {
    let g = shingles(gold, 4);
    let p = shingles(pred, 4);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += gc.min(pc) as f64;
        fn_ += gc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        let gc = g.get(k).copied().unwrap_or(0);
        fp += pc.saturating_sub(gc) as f64;
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        (tp / s, fp / s, fn_ / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

fn precision_score((tp, fp, fn_): TpFpFn) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

fn recall_score((tp, fp, fn_): TpFpFn) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fn_ == 0.0 {
        0.0
    } else {
        tp / (tp + fn_)
    }
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub pages: usize,
}

/// The benchmark's `metrics_from_tp_fp_fns`.
pub fn metrics(pages: &[TpFpFn]) -> Prf {
    let mean = |v: Vec<f64>| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let precision = mean(
        pages
            .iter()
            .filter(|p| p.0 + p.1 > 0.0)
            .map(|&p| precision_score(p))
            .collect(),
    );
    let recall = mean(
        pages
            .iter()
            .filter(|p| p.0 + p.2 > 0.0)
            .map(|&p| recall_score(p))
            .collect(),
    );
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Prf {
        precision,
        recall,
        f1,
        pages: pages.len(),
    }
}

/// Snippet counts of trafilatura's evaluation.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct SnippetCounts {
    pub true_positives: usize,
    pub false_negatives: usize,
    pub false_positives: usize,
    pub true_negatives: usize,
}

impl SnippetCounts {
    pub fn add(&mut self, o: SnippetCounts) {
        self.true_positives += o.true_positives;
        self.false_negatives += o.false_negatives;
        self.false_positives += o.false_positives;
        self.true_negatives += o.true_negatives;
    }

    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    pub fn accuracy(&self) -> f64 {
        ratio(
            self.true_positives + self.true_negatives,
            self.true_positives + self.true_negatives + self.false_positives + self.false_negatives,
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// trafilatura's `evaluate_result`: snippets searched in the whitespace-trimmed text.
pub fn snippet_counts(text: &str, with: &[String], without: &[String]) -> SnippetCounts {
    let trimmed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut c = SnippetCounts::default();
    for s in with {
        if trimmed.contains(s.as_str()) {
            c.true_positives += 1;
        } else {
            c.false_negatives += 1;
        }
    }
    for s in without {
        if trimmed.contains(s.as_str()) {
            c.false_positives += 1;
        } else {
            c.true_negatives += 1;
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one_and_empty_prediction_zero() {
        let gold = "one two three four five six";
        assert_eq!(shingle_matching(gold, gold), (1.0, 0.0, 0.0));
        let m = metrics(&[shingle_matching(gold, gold), shingle_matching(gold, "")]);
        // The empty prediction is left out of precision, counts as 0 in recall.
        assert_eq!(m.precision, 1.0);
        assert_eq!(m.recall, 0.5);
    }

    #[test]
    fn shingles_are_multisets_of_four_grams() {
        // gold: 3 shingles; pred repeats gold and adds two words: 5 shingles, 3 shared.
        let (tp, fp, fn_) = shingle_matching("a b c d e f", "a b c d e f g h");
        assert!((tp - 3.0 / 5.0).abs() < 1e-9 && (fp - 2.0 / 5.0).abs() < 1e-9 && fn_ == 0.0);
        // Short texts are one shingle of their tokens.
        assert_eq!(shingle_matching("a b", "a b"), (1.0, 0.0, 0.0));
    }

    #[test]
    fn snippets() {
        let c = snippet_counts(
            "منذ  بدء الاحتجاجات\nفي كل المجالات",
            &["منذ بدء".into(), "كل المجالات".into(), "غائب".into()],
            &["غائم جزئيا".into()],
        );
        assert_eq!(
            (
                c.true_positives,
                c.false_negatives,
                c.false_positives,
                c.true_negatives
            ),
            (2, 1, 0, 1)
        );
    }
}
