//! Reported statements against a gold set in the format fixed by issue 6: JSON Lines, one
//! article a line,
//! `{"id", "text", "published", "statements": [{"chain", "cue", "stance", "hedged", "quote",
//! "content"}]}` where `content` is an exact substring of `text`.
//!
//! A predicted statement matches a gold one when their contents overlap by at least half of
//! the shorter, counted in word tokens (pairs are matched one to one, best overlap first).
//! Detection counts matches; speaker, chain and stance count a match only when that part is
//! right too, so their precision is over all predicted statements and their recall over all
//! gold ones. The speaker (the chain's last link) is right when it names the same entity after
//! normalisation, a surname or other short form counting for the full name
//! ([`same_name`]); a chain is right when it has as many links as the gold's, each naming the
//! same entity.

use serde::{Deserialize, Serialize};

use super::{match_spans, parse_lines, Disagreement, GoldText, WordIndex};
use crate::attribution::speakers::{name_key, sacred_speaker, same_name};
use crate::document::{ChainLink, Document, Stance, Statement};

/// One gold article.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    #[serde(flatten)]
    pub article: GoldText,
    pub statements: Vec<GoldStatement>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldStatement {
    pub chain: Vec<String>,
    #[serde(default)]
    pub cue: String,
    pub stance: Stance,
    #[serde(default)]
    pub hedged: bool,
    #[serde(default)]
    pub quote: Option<String>,
    pub content: String,
    /// When the report was made (GUIDELINES Rule 10): absent when the file does not annotate
    /// it, `null` when the reporting clause has no time, else `{"text", "start"}`.
    #[serde(default, deserialize_with = "present")]
    pub time: Option<Option<GoldSpan>>,
}

/// A span of the article's text: its words and their code-point offset.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldSpan {
    pub text: String,
    pub start: usize,
}

/// Tells an absent field (`None`, by `default`) from an explicit `null` (`Some(None)`).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<GoldSpan>>, D::Error> {
    Option::<GoldSpan>::deserialize(d).map(Some)
}

/// Parses a gold file; an error names the line.
pub fn parse_gold(jsonl: &str) -> Result<Vec<GoldArticle>, String> {
    Ok(parse_lines(jsonl)?.into_iter().map(|(_, a)| a).collect())
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub(crate) fn new(right: usize, predicted: usize, gold: usize) -> Prf {
        let (precision, recall, f1) = super::precision_recall_f1(right, predicted, gold);
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    pub detected: usize,
    pub speaker: usize,
    pub chain: usize,
    pub stance: usize,
    /// Matched statements whose `hedged` flag agrees with the gold.
    pub hedged: usize,
    /// Matched statements whose `quote` kind agrees with the gold.
    pub quote: usize,
    /// Matched statements whose gold says when (Rule 10), those with a gold time, those given
    /// a time, and those whose time is right (both none, or overlapping spans).
    pub time_annotated: usize,
    pub time_gold: usize,
    pub time_predicted: usize,
    pub time_right: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub detection: Prf,
    pub speaker: Prf,
    pub chain: Prf,
    pub stance: Prf,
    /// Hedging and quote kind, scored like stance (not part of the fixed last line).
    pub hedged: Prf,
    pub quote: Prf,
    /// The statement's time, over matched statements whose gold annotates it: precision over
    /// those given a time, recall over those with a gold time (`null` ones count only when the
    /// system gives a time it should not).
    pub time: Prf,
    pub time_annotated: usize,
    pub articles: usize,
    pub statements: usize,
    pub predicted: usize,
    #[serde(skip)]
    pub errors: Vec<Disagreement>,
}

/// Scores predicted documents (in the order of `gold`) against the gold articles.
pub fn evaluate(gold: &[GoldArticle], predicted: &[Document]) -> Report {
    let mut counts = Counts::default();
    let mut errors = Vec::new();
    for (g, doc) in gold.iter().zip(predicted) {
        score_article(g, &doc.statements, &mut counts, &mut errors);
    }
    Report {
        detection: Prf::new(counts.detected, counts.predicted, counts.gold),
        speaker: Prf::new(counts.speaker, counts.predicted, counts.gold),
        chain: Prf::new(counts.chain, counts.predicted, counts.gold),
        stance: Prf::new(counts.stance, counts.predicted, counts.gold),
        hedged: Prf::new(counts.hedged, counts.predicted, counts.gold),
        quote: Prf::new(counts.quote, counts.predicted, counts.gold),
        time: Prf::new(counts.time_right, counts.time_predicted, counts.time_gold),
        time_annotated: counts.time_annotated,
        articles: gold.len(),
        statements: counts.gold,
        predicted: counts.predicted,
        errors,
    }
}

fn score_article(
    g: &GoldArticle,
    predicted: &[Statement],
    counts: &mut Counts,
    errors: &mut Vec<Disagreement>,
) {
    let index = WordIndex::new(&g.article.text);
    let mut from = 0;
    let gold_ranges: Vec<Option<(usize, usize)>> = g
        .statements
        .iter()
        .map(|s| {
            let at = g.article.text[from..]
                .find(&s.content)
                .map(|k| k + from)
                .or_else(|| g.article.text.find(&s.content))?;
            from = at;
            Some(index.range(at, at + s.content.len()))
        })
        .collect();
    let pred_ranges: Vec<(usize, usize)> = predicted
        .iter()
        .map(|p| index.char_range(&g.article.text, p.content.start, p.content.end))
        .collect();
    let mut gold_used = vec![false; g.statements.len()];
    let mut pred_used = vec![false; predicted.len()];
    counts.gold += g.statements.len();
    counts.predicted += predicted.len();
    for (gi, pi) in match_spans(&gold_ranges, &pred_ranges) {
        gold_used[gi] = true;
        pred_used[pi] = true;
        counts.detected += 1;
        let gs = &g.statements[gi];
        let ps = &predicted[pi];
        let speaker_ok = match (gs.chain.last(), ps.chain.last()) {
            (Some(gl), Some(pl)) => link_matches(gl, pl),
            (None, None) => true,
            _ => false,
        };
        let chain_ok = gs.chain.len() == ps.chain.len()
            && gs
                .chain
                .iter()
                .zip(&ps.chain)
                .all(|(gl, pl)| link_matches(gl, pl));
        let stance_ok = gs.stance == ps.stance;
        counts.speaker += usize::from(speaker_ok);
        counts.chain += usize::from(chain_ok);
        counts.stance += usize::from(stance_ok);
        counts.hedged += usize::from(gs.hedged == ps.hedged);
        let quote = match ps.quote {
            crate::document::QuoteKind::Direct => "direct",
            crate::document::QuoteKind::Indirect => "indirect",
        };
        counts.quote += usize::from(gs.quote.as_deref().map_or(true, |q| q == quote));
        if let Some(gold_time) = &gs.time {
            counts.time_annotated += 1;
            counts.time_gold += usize::from(gold_time.is_some());
            counts.time_predicted += usize::from(ps.time.is_some());
            if let (Some(g), Some(p)) = (gold_time, &ps.time) {
                let g_end = g.start + g.text.chars().count();
                counts.time_right += usize::from(g.start < p.end && p.start < g_end);
            }
        }
        for (ok, kind) in [
            (speaker_ok, "speaker"),
            (chain_ok, "chain"),
            (stance_ok, "stance"),
        ] {
            if !ok {
                errors.push(Disagreement {
                    article: g.article.id.clone(),
                    kind,
                    gold: Some(describe_gold(gs)),
                    predicted: Some(describe(ps)),
                });
            }
        }
    }
    for (gi, used) in gold_used.iter().enumerate() {
        if !used {
            errors.push(Disagreement {
                article: g.article.id.clone(),
                kind: "missed",
                gold: Some(describe_gold(&g.statements[gi])),
                predicted: None,
            });
        }
    }
    for (pi, used) in pred_used.iter().enumerate() {
        if !used {
            errors.push(Disagreement {
                article: g.article.id.clone(),
                kind: "spurious",
                gold: None,
                predicted: Some(describe(&predicted[pi])),
            });
        }
    }
}

/// A gold link names the same entity as a predicted one, by its canonical name or as written,
/// the definite article aside when the whole name is written alike (`البيان` is `بيان`, `الإحصاء`
/// is `إحصاء`; `الرئيس` is still not `رئيس الوزراء`), or by one of the epithets of God or the
/// Prophet (`رسول الله` is `النبي محمد`, `جل من قائل` is `الله`).
fn link_matches(gold: &str, predicted: &ChainLink) -> bool {
    let gold_bare = name_key(&without_article(gold));
    let gold_sacred = sacred_speaker(gold);
    [&predicted.canonical, &predicted.text].iter().any(|p| {
        match (gold_sacred, sacred_speaker(p)) {
            // (`الله` is a word of `رسول الله` and still not him.)
            (Some(g), Some(q)) => g == q,
            _ => {
                same_name(gold, p)
                    || (!gold_bare.is_empty() && gold_bare == name_key(&without_article(p)))
            }
        }
    })
}

/// Each word without a leading `ال` (or `أل`, `إل` as some texts write it).
fn without_article(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            ["ال", "أل", "إل"]
                .iter()
                .find_map(|a| w.strip_prefix(a).filter(|r| r.chars().count() >= 2))
                .unwrap_or(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn describe_gold(s: &GoldStatement) -> String {
    format!(
        "{} | {} | {:?} | {}",
        s.chain.join(" > "),
        s.cue,
        s.stance,
        s.content
    )
}

fn describe(s: &Statement) -> String {
    format!(
        "{} | {} | {:?} | {}",
        s.chain
            .iter()
            .map(|l| l.canonical.as_str())
            .collect::<Vec<_>>()
            .join(" > "),
        s.cue.text,
        s.stance,
        s.content.text
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_of_nothing_is_zero() {
        assert_eq!(Prf::new(0, 0, 0).f1, 0.0);
        let p = Prf::new(1, 2, 4);
        assert!((p.f1 - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn a_statements_time_is_absent_null_or_a_span() {
        let line = |time: &str| {
            format!(
                r#"{{"id": "x", "text": "وقال أمس إن", "statements": [{{"chain": ["س"], "stance": "assert", "content": "إن"{time}}}]}}"#
            )
        };
        let parse = |l: String| {
            parse_gold(&l).expect("parses")[0].statements[0]
                .time
                .clone()
        };
        assert!(parse(line("")).is_none());
        assert!(matches!(parse(line(r#", "time": null"#)), Some(None)));
        let span = parse(line(r#", "time": {"text": "أمس", "start": 5}"#));
        assert!(
            matches!(span, Some(Some(GoldSpan { start: 5, .. }))),
            "{span:?}"
        );
    }

    #[test]
    fn word_ranges_skip_punctuation() {
        let idx = WordIndex::new("قال ، إن الوضع صعب .");
        let s = "قال ، إن الوضع صعب .".find("الوضع").expect("present");
        assert_eq!(idx.range(s, s + "الوضع صعب".len()), (2, 4));
    }

    #[test]
    fn links_match_with_or_without_the_article_only_when_whole() {
        let link = |canonical: &str| ChainLink {
            text: canonical.to_string(),
            canonical: canonical.to_string(),
            start: 0,
            end: 0,
            entity: None,
        };
        assert!(link_matches("البيان", &link("بيان")));
        assert!(link_matches("الإحصاء", &link("إحصاء")));
        assert!(link_matches("مصطفى بالي", &link("بالي")));
        assert!(!link_matches("رئيس الوزراء", &link("الرئيس")));
        assert!(!link_matches("مصادر محلية", &link("المصادر")));
        // (The epithets of God and the Prophet name one speaker each.)
        assert!(link_matches("رسول الله", &link("النبي محمد")));
        assert!(link_matches("الله", &link("جل من قائل")));
        assert!(!link_matches("رسول الله", &link("الله")));
    }
}
