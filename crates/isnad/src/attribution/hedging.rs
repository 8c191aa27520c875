//! Hedging: words that mark a statement's content as uncertain (`من المرجح`، `ربما`،
//! `يُعتقد`، `ما زالت غامضة`). A hedge counts when it stands between the cue and the end of
//! the content; a hedging cue verb (`ألمح`، `رجّح`) hedges on its own, and so does `قد` before
//! an imperfect verb.

use super::{data_lines, norm_words, PhraseIndex, View};

const HEDGES: &str = include_str!("../../../../data/attribution/hedges.tsv");

pub struct HedgeLexicon {
    phrases: Vec<Vec<String>>,
    index: PhraseIndex,
}

impl HedgeLexicon {
    pub fn embedded() -> Self {
        let mut phrases: Vec<Vec<String>> = data_lines(HEDGES).map(|c| norm_words(c[0])).collect();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        phrases.dedup();
        let index = PhraseIndex::new(phrases.iter().map(Vec::as_slice));
        HedgeLexicon { phrases, index }
    }

    /// The first hedge in tokens `[from, to)`, as a token range. `قد` before an imperfect verb
    /// (`قد يسمح`) hedges; before a perfect one (`قد اتخذ`) it asserts (GUIDELINES rule 5).
    pub fn hedge_in(&self, view: &View, from: usize, to: usize) -> Option<(usize, usize)> {
        for i in from..to.min(view.len()) {
            if view.norm(i) == "قد" && i + 1 < to && view.is_word(i + 1) {
                let next = view.norm(i + 1);
                if next.chars().count() >= 4 && (next.starts_with('ي') || next.starts_with('ت')) {
                    return Some((i, i + 1));
                }
            }
            for k in self.index.candidates(view, i) {
                if let Some(end) = view.match_words(i, &self.phrases[k]) {
                    if end <= to {
                        return Some((i, end));
                    }
                }
            }
        }
        None
    }
}
