//! Publication dates against gold (htmldate's evaluation files: URL → `file`, `date`).
//!
//! A page is right when `published` is the gold day; a coarser `published` (a month, a year)
//! that contains the gold day counts as `coarse`, not as right; a page with no `published`
//! counts as `missing`. htmldate reports accuracy over pages as we do here.

use serde::Serialize;

use crate::document::Document;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DatePage {
    pub file: String,
    pub url: String,
    pub gold: String,
    pub got: Option<String>,
    pub evidence: Option<String>,
    /// `right`, `coarse`, `wrong`, `missing`.
    pub verdict: &'static str,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct DateReport {
    pub pages: usize,
    pub right: usize,
    pub coarse: usize,
    pub wrong: usize,
    pub missing: usize,
    pub accuracy: f64,
    /// Right among the pages where a date was given.
    pub precision: f64,
    pub details: Vec<DatePage>,
}

pub fn judge(gold: &str, doc: &Document) -> (&'static str, Option<String>, Option<String>) {
    match &doc.published {
        None => ("missing", None, None),
        Some(p) => {
            let verdict = if p.date == gold {
                "right"
            } else if p.date.len() < 10 && gold.starts_with(&p.date) {
                "coarse"
            } else {
                "wrong"
            };
            (verdict, Some(p.date.clone()), Some(p.evidence.clone()))
        }
    }
}

pub fn report(details: Vec<DatePage>) -> DateReport {
    let count = |v: &str| details.iter().filter(|d| d.verdict == v).count();
    let (right, coarse, wrong, missing) = (
        count("right"),
        count("coarse"),
        count("wrong"),
        count("missing"),
    );
    let pages = details.len();
    DateReport {
        pages,
        right,
        coarse,
        wrong,
        missing,
        accuracy: if pages == 0 {
            0.0
        } else {
            right as f64 / pages as f64
        },
        precision: if right + coarse + wrong == 0 {
            0.0
        } else {
            right as f64 / (right + coarse + wrong) as f64
        },
        details,
    }
}
