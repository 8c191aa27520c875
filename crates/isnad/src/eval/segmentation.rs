//! Clitic segmentation accuracy against a gold list (`eval/segmentation/gold.tsv`:
//! `word<TAB>segmentation<TAB>source<TAB>note`, surface letters joined by `+`).

use serde::Serialize;

use crate::text::{segment_surface, slice_chars, Segmenter};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldWord {
    pub word: String,
    pub segmentation: String,
    pub source: String,
    pub line: usize,
}

/// Parses the gold file; an error names the line.
pub fn parse_gold(tsv: &str) -> Result<Vec<GoldWord>, String> {
    let mut out = Vec::new();
    for (i, line) in tsv.lines().enumerate() {
        let lineno = i + 1;
        if line.trim().is_empty()
            || line.starts_with('#')
            || (lineno == 1 && line.starts_with("word\t"))
        {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 {
            return Err(format!("line {lineno}: expected word<TAB>segmentation"));
        }
        if cols[1].replace('+', "") != cols[0] {
            return Err(format!(
                "line {lineno}: segmentation {:?} does not spell {:?}",
                cols[1], cols[0]
            ));
        }
        out.push(GoldWord {
            word: cols[0].to_string(),
            segmentation: cols[1].to_string(),
            source: cols.get(2).unwrap_or(&"").to_string(),
            line: lineno,
        });
    }
    Ok(out)
}

/// The segmenter's answer for a surface word, rendered like the gold (`و+ال+تحرير`).
pub fn predict(segmenter: &Segmenter, word: &str) -> String {
    let parts = segment_surface(segmenter, word);
    if parts.is_empty() {
        return word.to_string();
    }
    parts
        .iter()
        .map(|&(s, e, _)| slice_chars(word, s, e))
        .collect::<Vec<_>>()
        .join("+")
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SegmentationReport {
    pub words: usize,
    /// Whole-word accuracy: the predicted segmentation equals the gold one.
    pub accuracy: f64,
    /// Over words the gold splits: how many the segmenter split exactly right.
    pub clitic_words: usize,
    pub clitic_words_right: usize,
    /// Over words the gold leaves whole: how many the segmenter wrongly split.
    pub whole_words: usize,
    pub whole_words_split: usize,
    /// Boundary precision, recall and F1 over all `+` positions.
    pub boundary_precision: f64,
    pub boundary_recall: f64,
    pub boundary_f1: f64,
    #[serde(skip)]
    pub errors: Vec<(GoldWord, String)>,
}

fn boundaries(seg: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = 0;
    for c in seg.chars() {
        if c == '+' {
            out.push(at);
        } else {
            at += 1;
        }
    }
    out
}

pub fn evaluate(segmenter: &Segmenter, gold: &[GoldWord]) -> SegmentationReport {
    let mut r = SegmentationReport {
        words: gold.len(),
        ..Default::default()
    };
    let (mut right, mut tp, mut npred, mut ngold) = (0usize, 0usize, 0usize, 0usize);
    for g in gold {
        let p = predict(segmenter, &g.word);
        let (pb, gb) = (boundaries(&p), boundaries(&g.segmentation));
        tp += pb.iter().filter(|b| gb.contains(b)).count();
        npred += pb.len();
        ngold += gb.len();
        let ok = p == g.segmentation;
        right += usize::from(ok);
        if gb.is_empty() {
            r.whole_words += 1;
            r.whole_words_split += usize::from(!pb.is_empty());
        } else {
            r.clitic_words += 1;
            r.clitic_words_right += usize::from(ok);
        }
        if !ok {
            r.errors.push((g.clone(), p));
        }
    }
    r.accuracy = super::precision_recall_f1(right, gold.len(), gold.len()).0;
    (r.boundary_precision, r.boundary_recall, r.boundary_f1) =
        super::precision_recall_f1(tp, npred, ngold);
    r
}
