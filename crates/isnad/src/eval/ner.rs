//! Named-entity scoring on CoNLL files, conlleval style: exact-match entity precision, recall
//! and F1, overall and per type.
//!
//! Input: one `token tag` per line (space or tab), a blank line between sentences, BIO tags
//! over the file's own classes. Class names are read as the shared data writes them: `PERS`
//! (ANERcorp) and `PER` (AQMAR) are one class, AQMAR's article-specific `MIS0`..`MIS3` (and
//! its `MIS`, `MIS-1` typos) are `MISC`; any other class is kept under its own name.

use std::collections::BTreeMap;

use serde::Serialize;

/// One sentence of a CoNLL file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllSentence {
    pub tokens: Vec<String>,
    pub tags: Vec<String>,
    /// 1-based line of the first token.
    pub line: usize,
}

/// A CoNLL file that does not parse, with the line that broke it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConllError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ConllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ConllError {}

/// Parses CoNLL text; a malformed line is an error naming it.
pub fn parse_conll(text: &str) -> Result<Vec<ConllSentence>, ConllError> {
    let mut out = Vec::new();
    let mut cur = ConllSentence::default();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let cols: Vec<&str> = l.split([' ', '\t']).filter(|c| !c.is_empty()).collect();
        if cols.len() != 2 {
            return Err(ConllError {
                line,
                message: format!(
                    "expected `token tag`, found {} field{}",
                    cols.len(),
                    if cols.len() == 1 { "" } else { "s" }
                ),
            });
        }
        let tag = normalize_tag(cols[1]).ok_or_else(|| ConllError {
            line,
            message: format!("`{}` is not a BIO tag (O, B-X or I-X)", cols[1]),
        })?;
        if cur.tokens.is_empty() {
            cur.line = line;
        }
        cur.tokens.push(cols[0].to_string());
        cur.tags.push(tag);
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// `O`, or `B-`/`I-` and a class, with the class names unified (see the module doc).
pub fn normalize_tag(tag: &str) -> Option<String> {
    if tag == "O" {
        return Some("O".to_string());
    }
    let (bio, class) = tag.split_once('-')?;
    if !matches!(bio, "B" | "I") || class.is_empty() {
        return None;
    }
    Some(format!("{bio}-{}", normalize_class(class)))
}

/// Unifies class names across the shared data sets.
pub fn normalize_class(class: &str) -> &str {
    match class {
        "PER" | "PERS" => "PERS",
        c if c.starts_with("MIS") => "MISC",
        c => c,
    }
}

/// Entity spans `(first, last, class)` of string BIO tags, conlleval's reading (an I- after O
/// or after another class starts an entity).
pub fn tag_spans(tags: &[String]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, t) in tags.iter().enumerate() {
        let (bio, class) = match t.split_once('-') {
            Some((b, c)) => (b, Some(c)),
            None => ("O", None),
        };
        let continues = bio == "I" && open.as_ref().map(|(_, c)| c.as_str()) == class;
        if continues {
            continue;
        }
        if let Some((s, c)) = open.take() {
            out.push((s, i - 1, c));
        }
        if let Some(c) = class {
            open = Some((i, c.to_string()));
        }
    }
    if let Some((s, c)) = open {
        out.push((s, tags.len() - 1, c));
    }
    out
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl Prf {
    fn from_counts(gold: usize, predicted: usize, correct: usize) -> Self {
        let (p, r, f1) = super::precision_recall_f1(correct, predicted, gold);
        Prf {
            precision: p,
            recall: r,
            f1,
            gold,
            predicted,
            correct,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct NerReport {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub per_type: BTreeMap<String, Prf>,
    pub tokens: usize,
    pub sentences: usize,
    /// Token accuracy of the tags (B/I and class).
    pub token_accuracy: f64,
}

/// Scores predicted tags against gold tags, sentence by sentence.
pub fn score(gold: &[Vec<String>], predicted: &[Vec<String>]) -> NerReport {
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let (mut tokens, mut right) = (0, 0);
    for (g, p) in gold.iter().zip(predicted) {
        tokens += g.len();
        right += g.iter().zip(p).filter(|(a, b)| a == b).count();
        let gs = tag_spans(g);
        let ps = tag_spans(p);
        for s in &gs {
            counts.entry(s.2.clone()).or_default().0 += 1;
        }
        for s in &ps {
            let c = counts.entry(s.2.clone()).or_default();
            c.1 += 1;
            if gs.contains(s) {
                c.2 += 1;
            }
        }
    }
    let (mut tg, mut tp, mut tc) = (0, 0, 0);
    let mut per_type = BTreeMap::new();
    for (k, &(g, p, c)) in &counts {
        tg += g;
        tp += p;
        tc += c;
        per_type.insert(k.clone(), Prf::from_counts(g, p, c));
    }
    let all = Prf::from_counts(tg, tp, tc);
    NerReport {
        precision: all.precision,
        recall: all.recall,
        f1: all.f1,
        per_type,
        tokens,
        sentences: gold.len(),
        token_accuracy: if tokens == 0 {
            0.0
        } else {
            right as f64 / tokens as f64
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_names_the_bad_line() {
        let ok = parse_conll("محمد B-PER\nقال O\n\n\nدمشق B-LOC\n").expect("valid");
        assert_eq!(ok.len(), 2);
        assert_eq!(ok[0].tags, vec!["B-PERS", "O"]);
        assert_eq!(ok[1].line, 5);
        let e = parse_conll("a O\nb\n").expect_err("missing tag");
        assert_eq!(e.line, 2);
        let e = parse_conll("a O\nb X-LOC\n").expect_err("bad tag");
        assert_eq!(e.line, 2);
        let e = parse_conll("a O\nb B-LOC extra\n").expect_err("extra field");
        assert_eq!(e.line, 2);
        assert!(parse_conll("").expect("empty is fine").is_empty());
    }

    #[test]
    fn aqmar_classes_unify() {
        assert_eq!(normalize_tag("B-MIS1").as_deref(), Some("B-MISC"));
        assert_eq!(normalize_tag("I-PER").as_deref(), Some("I-PERS"));
        assert_eq!(normalize_tag("B-SPANISH").as_deref(), Some("B-SPANISH"));
        assert_eq!(normalize_tag("B-"), None);
    }

    #[test]
    fn exact_match_scoring() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let gold = vec![s(&["B-PERS", "I-PERS", "O", "B-LOC"])];
        let pred = vec![s(&["B-PERS", "O", "O", "B-LOC"])];
        let r = score(&gold, &pred);
        assert_eq!(r.per_type["LOC"].correct, 1);
        assert_eq!(r.per_type["PERS"].correct, 0);
        assert!((r.f1 - 0.5).abs() < 1e-9);
    }
}
