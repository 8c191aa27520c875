//! Time expressions and quantities against a gold set (`eval/times/GUIDELINES.md`): JSON
//! Lines, one article a line, `{"id", "text", "published", "times": [{"text", "start",
//! "value"}], "quantities": [{"text", "start", "value", "approx", "unit"}]}` where `start` is
//! a code-point offset of `text`.
//!
//! Predicted and gold items are paired one to one when their spans overlap by at least half
//! of the shorter, in word tokens (as for statements). Detection counts pairs; `exact` counts
//! pairs with the same span; `value` (and for quantities `unit` and `approx`) a pair whose
//! field is right too, so each has its precision over all predicted items and its recall over
//! all gold ones.

use serde::{Deserialize, Serialize};

use super::statements::Prf;
use super::{match_spans, parse_lines, Disagreement, GoldText, WordIndex};
use crate::attribution::times::{since_range, Date};
use crate::document::{Document, Quantity};
use crate::text::normalize;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    #[serde(flatten)]
    pub article: GoldText,
    #[serde(default)]
    pub times: Vec<GoldTime>,
    #[serde(default)]
    pub quantities: Vec<GoldQuantity>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldTime {
    pub text: String,
    pub start: usize,
    pub value: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuantity {
    pub text: String,
    pub start: usize,
    /// `null` for a vague amount (`عشرات القتلى`).
    pub value: Option<f64>,
    #[serde(default)]
    pub approx: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
}

/// Parses a gold file; an error names the line, and the item whose `start` does not point
/// at its `text`.
pub fn parse_gold(jsonl: &str) -> Result<Vec<GoldArticle>, String> {
    let mut out = Vec::new();
    for (line, a) in parse_lines::<GoldArticle>(jsonl)? {
        let spans = a
            .times
            .iter()
            .map(|t| (&t.text, t.start))
            .chain(a.quantities.iter().map(|q| (&q.text, q.start)));
        for (text, start) in spans {
            let end = start + text.chars().count();
            if crate::text::slice_chars(&a.article.text, start, end) != text {
                return Err(format!(
                    "line {line}: article {}: {text:?} is not at offset {start}",
                    a.article.id
                ));
            }
        }
        out.push(a);
    }
    Ok(out)
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub detection: Prf,
    pub exact: Prf,
    pub value: Prf,
    /// Quantities only (zero for times).
    pub unit: Prf,
    pub approx: Prf,
    pub articles: usize,
    pub gold: usize,
    pub predicted: usize,
    /// Gold items with a null value (unanchored times, vague amounts).
    pub gold_null: usize,
    #[serde(skip)]
    pub errors: Vec<Disagreement>,
}

#[derive(Default)]
struct Counts {
    gold: usize,
    predicted: usize,
    gold_null: usize,
    detected: usize,
    exact: usize,
    value: usize,
    unit: usize,
    approx: usize,
}

impl Counts {
    fn report(self, articles: usize, errors: Vec<Disagreement>) -> Report {
        let prf = |right| Prf::new(right, self.predicted, self.gold);
        Report {
            detection: prf(self.detected),
            exact: prf(self.exact),
            value: prf(self.value),
            unit: prf(self.unit),
            approx: prf(self.approx),
            articles,
            gold: self.gold,
            predicted: self.predicted,
            gold_null: self.gold_null,
            errors,
        }
    }
}

/// One item of either kind, as the matcher sees it.
struct Item {
    start: usize,
    end: usize,
    /// How an error shows it: the text and the fields scored.
    shown: String,
}

/// The items of a list, each by its span and how an error shows it.
fn items<T>(
    list: &[T],
    span: impl Fn(&T) -> (usize, usize),
    shown: impl Fn(&T) -> String,
) -> Vec<Item> {
    list.iter()
        .map(|x| {
            let (start, end) = span(x);
            Item {
                start,
                end,
                shown: shown(x),
            }
        })
        .collect()
}

/// Pairs gold and predicted items of one article, counts detection and exact spans, and
/// records the unpaired ones as errors; returns the pairs.
fn pair(
    g: &GoldArticle,
    gold: &[Item],
    predicted: &[Item],
    counts: &mut Counts,
    errors: &mut Vec<Disagreement>,
) -> Vec<(usize, usize)> {
    let index = WordIndex::new(&g.article.text);
    let range = |it: &Item| Some(index.char_range(&g.article.text, it.start, it.end));
    let gold_ranges: Vec<_> = gold.iter().map(range).collect();
    let pred_ranges: Vec<_> = predicted.iter().filter_map(range).collect();
    let pairs = match_spans(&gold_ranges, &pred_ranges);
    counts.gold += gold.len();
    counts.predicted += predicted.len();
    counts.detected += pairs.len();
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; predicted.len()];
    for &(gi, pi) in &pairs {
        gold_used[gi] = true;
        pred_used[pi] = true;
        counts.exact +=
            usize::from(gold[gi].start == predicted[pi].start && gold[gi].end == predicted[pi].end);
    }
    for (_, it) in gold.iter().enumerate().filter(|(i, _)| !gold_used[*i]) {
        errors.push(Disagreement {
            article: g.article.id.clone(),
            kind: "missed",
            gold: Some(it.shown.clone()),
            predicted: None,
        });
    }
    for (_, it) in predicted.iter().enumerate().filter(|(i, _)| !pred_used[*i]) {
        errors.push(Disagreement {
            article: g.article.id.clone(),
            kind: "spurious",
            gold: None,
            predicted: Some(it.shown.clone()),
        });
    }
    pairs
}

/// Scores the `times` of predicted documents (in the order of `gold`).
pub fn evaluate_times(gold: &[GoldArticle], predicted: &[Document]) -> Report {
    let mut counts = Counts::default();
    let mut errors = Vec::new();
    for (g, doc) in gold.iter().zip(predicted) {
        let shown = |text: &str, value: &Option<String>| format!("{text} = {}", show(value));
        let gold_items = items(
            &g.times,
            |t| (t.start, t.start + t.text.chars().count()),
            |t| shown(&t.text, &t.value),
        );
        let pred_items = items(
            &doc.times,
            |t| (t.start, t.end),
            |t| shown(&t.text, &t.value),
        );
        counts.gold_null += g.times.iter().filter(|t| t.value.is_none()).count();
        let pairs = pair(g, &gold_items, &pred_items, &mut counts, &mut errors);
        for (gi, pi) in pairs {
            let (gt, pt) = (&g.times[gi], &doc.times[pi]);
            // A date after `منذ` means the range from it to publication (the guidelines'
            // value); Isnad writes the date and the relation apart.
            let value = match (&pt.value, pt.relation.as_deref()) {
                (Some(v), Some("since")) if pt.kind != "duration" => Some(since_range(
                    v,
                    g.article.published.as_deref().and_then(Date::parse),
                )),
                _ => pt.value.clone(),
            };
            if gt.value == value {
                counts.value += 1;
            } else {
                errors.push(Disagreement {
                    article: g.article.id.clone(),
                    kind: "value",
                    gold: Some(format!("{} = {}", gt.text, show(&gt.value))),
                    predicted: Some(format!("{} = {}", pt.text, show(&value))),
                });
            }
        }
    }
    counts.report(gold.len(), errors)
}

fn show<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref().map_or_else(|| "null".to_string(), T::to_string)
}

/// Scores the `quantities` of predicted documents (in the order of `gold`).
pub fn evaluate_quantities(gold: &[GoldArticle], predicted: &[Document]) -> Report {
    let mut counts = Counts::default();
    let mut errors = Vec::new();
    for (g, doc) in gold.iter().zip(predicted) {
        let gold_items = items(
            &g.quantities,
            |q| (q.start, q.start + q.text.chars().count()),
            describe_gold,
        );
        let pred_items = items(&doc.quantities, |q| (q.start, q.end), describe);
        counts.gold_null += g.quantities.iter().filter(|q| q.value.is_none()).count();
        let pairs = pair(g, &gold_items, &pred_items, &mut counts, &mut errors);
        for (gi, pi) in pairs {
            let (gq, pq) = (&g.quantities[gi], &doc.quantities[pi]);
            let checks = [
                ("value", same_number(gq.value, pq.value)),
                ("unit", same_words(gq.unit.as_deref(), pq.unit.as_deref())),
                (
                    "approx",
                    same_words(gq.approx.as_deref(), pq.approx.as_deref()),
                ),
            ];
            for (kind, ok) in checks {
                match kind {
                    "value" => counts.value += usize::from(ok),
                    "unit" => counts.unit += usize::from(ok),
                    _ => counts.approx += usize::from(ok),
                }
                if !ok {
                    errors.push(Disagreement {
                        article: g.article.id.clone(),
                        kind,
                        gold: Some(describe_gold(gq)),
                        predicted: Some(describe(pq)),
                    });
                }
            }
        }
    }
    counts.report(gold.len(), errors)
}

/// Two values agree: both null (a vague amount), or equal numbers.
fn same_number(gold: Option<f64>, predicted: Option<f64>) -> bool {
    match (gold, predicted) {
        (None, None) => true,
        (Some(g), Some(p)) => (g - p).abs() <= 1e-6 * g.abs().max(1.0),
        _ => false,
    }
}

/// Two words (a unit, an approximator) agree after normalisation, the article and a glued
/// preposition aside: `بلدا` is `البلدان`'s unit only if written alike, `٪` is `%`.
fn same_words(gold: Option<&str>, predicted: Option<&str>) -> bool {
    fn key(s: &str) -> String {
        let n = normalize(s.trim()).replace('٪', "%");
        let n = if matches!(n.as_str(), "بالميه" | "بالمايه" | "في الميه" | "في المايه")
        {
            "%".to_string()
        } else {
            n
        };
        ["ال", "بال", "لل"]
            .iter()
            .find_map(|a| n.strip_prefix(a).filter(|r| r.chars().count() >= 2))
            .unwrap_or(&n)
            .to_string()
    }
    match (gold, predicted) {
        (None, None) => true,
        (Some(g), Some(p)) => key(g) == key(p),
        _ => false,
    }
}

fn describe_gold(q: &GoldQuantity) -> String {
    shown_quantity(&q.text, q.value, &q.approx, &q.unit)
}

fn describe(q: &Quantity) -> String {
    shown_quantity(&q.text, q.value, &q.approx, &q.unit)
}

fn shown_quantity(
    text: &str,
    value: Option<f64>,
    approx: &Option<String>,
    unit: &Option<String>,
) -> String {
    format!(
        "{text} = {} | {} | {}",
        show(&value),
        show(approx),
        show(unit)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misplaced_start_names_the_line_and_the_item() {
        let ok = r#"{"id": "x", "text": "وصل أمس", "times": [{"text": "أمس", "start": 4, "value": null}]}"#;
        assert_eq!(parse_gold(ok).map(|g| g.len()), Ok(1));
        let bad = format!("\n{}", ok.replace("\"start\": 4", "\"start\": 3"));
        let err = parse_gold(&bad).expect_err("offset 3 is a space");
        assert!(err.starts_with("line 2: article x:"), "{err}");
    }

    #[test]
    fn units_agree_after_normalisation_only_when_written_alike() {
        assert!(same_words(Some("٪"), Some("%")));
        assert!(same_words(Some("في المئة"), Some("%")));
        assert!(same_words(Some("القتلى"), Some("قتلى")));
        assert!(!same_words(Some("بلدا"), Some("دولة")));
        assert!(!same_words(None, Some("مقاتل")));
        assert!(same_number(Some(1_500_000.0), Some(1_500_000.0)));
        assert!(same_number(None, None));
        assert!(!same_number(None, Some(10.0)));
    }
}
