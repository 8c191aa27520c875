//! Evaluations against gold data: each scorer takes parsed gold and the pipeline's output and
//! returns figures; the CLI reads the files and prints.

pub mod dates;
pub mod extract;
pub mod ner;
pub mod segmentation;
pub mod statements;
pub mod times;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::document::TokenKind;
use crate::text::tokenize;

/// What every JSON Lines gold article carries, whatever it annotates: its id, the text the
/// system reads as the body, the title if any and the publication date (the anchor for times).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldText {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
}

/// Parses a JSON Lines gold file, blank lines skipped: each record with its line number
/// (from 1); an error names the line.
pub(crate) fn parse_lines<T: DeserializeOwned>(jsonl: &str) -> Result<Vec<(usize, T)>, String> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map(|r| (i + 1, r))
                .map_err(|e| format!("line {}: {e}", i + 1))
        })
        .collect()
}

/// One disagreement between a gold file and the system, for `--errors`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Disagreement {
    pub article: String,
    /// `missed`, `spurious`, or the field that is wrong (`speaker`, `value`, `unit`, ...).
    pub kind: &'static str,
    pub gold: Option<String>,
    pub predicted: Option<String>,
}

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

/// Word-token index ranges: `[first, last)` over the word tokens of a text, so that spans
/// are compared in words whatever their punctuation and spacing.
pub(crate) struct WordIndex {
    /// Byte start and end of every word token.
    words: Vec<(usize, usize)>,
}

impl WordIndex {
    pub(crate) fn new(text: &str) -> Self {
        WordIndex {
            words: tokenize(text)
                .filter(|t| {
                    matches!(
                        t.kind,
                        TokenKind::Word | TokenKind::Number | TokenKind::Latin
                    )
                })
                .map(|t| (t.start, t.end))
                .collect(),
        }
    }

    /// The word tokens inside the byte range `[s, e)`, a token cut by either end included
    /// (a span may start after a glued clitic: `لعام المقبل` in `للعام المقبل`).
    pub(crate) fn range(&self, s: usize, e: usize) -> (usize, usize) {
        let a = self.words.partition_point(|w| w.1 <= s);
        let b = self.words.partition_point(|w| w.0 < e);
        (a, b.max(a))
    }

    /// The word tokens inside the character range `[s, e)` of `text`.
    pub(crate) fn char_range(&self, text: &str, s: usize, e: usize) -> (usize, usize) {
        self.range(
            crate::text::byte_offset(text, s),
            crate::text::byte_offset(text, e),
        )
    }
}

/// Pairs gold and predicted word ranges one to one, best overlap first: a pair counts when
/// the two overlap by at least half of the shorter. A gold span that could not be placed is
/// `None` and never matches. Returns `(gold, predicted)` index pairs.
pub(crate) fn match_spans(
    gold: &[Option<(usize, usize)>],
    predicted: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, gr) in gold.iter().enumerate() {
        let Some(gr) = gr else { continue };
        for (pi, pr) in predicted.iter().enumerate() {
            let overlap = gr.1.min(pr.1).saturating_sub(gr.0.max(pr.0));
            let shorter = (gr.1 - gr.0).min(pr.1 - pr.0);
            if overlap > 0 && 2 * overlap >= shorter {
                pairs.push((
                    overlap as f64 / shorter.max(1) as f64 + overlap as f64 * 1e-6,
                    gi,
                    pi,
                ));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; predicted.len()];
    let mut out = Vec::new();
    for (_, gi, pi) in pairs {
        if gold_used[gi] || pred_used[pi] {
            continue;
        }
        gold_used[gi] = true;
        pred_used[pi] = true;
        out.push((gi, pi));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{parse_lines, GoldText};

    #[test]
    fn gold_lines_keep_their_numbers_and_a_bad_one_is_named() {
        let ok = "{\"id\": \"a\", \"text\": \"قال\"}\n\n{\"id\": \"b\", \"text\": \"x\", \"published\": \"2017-11-21\"}\n";
        let read = parse_lines::<GoldText>(ok).expect("two articles");
        assert_eq!(read.len(), 2);
        assert_eq!((read[0].0, read[1].0), (1, 3), "a blank line still counts");
        assert_eq!(read[1].1.published.as_deref(), Some("2017-11-21"));
        assert!(read[0].1.title.is_none());
        let bad = format!("{ok}{{\"id\": \"c\"");
        let err = parse_lines::<GoldText>(&bad).expect_err("the last line is cut");
        assert!(err.starts_with("line 4: "), "{err}");
        let missing = parse_lines::<GoldText>("{\"id\": \"d\"}").expect_err("no text");
        assert!(
            missing.starts_with("line 1: ") && missing.contains("text"),
            "{missing}"
        );
    }
}
