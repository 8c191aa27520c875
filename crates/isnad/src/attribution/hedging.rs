//! Hedging: words that mark a statement's content as uncertain (`من المرجح`، `ربما`،
//! `يُعتقد`، `ما زالت غامضة`). A hedge counts when it stands between the cue and the end of
//! the content; a hedging cue verb (`ألمح`، `رجّح`) hedges on its own.

use super::{data_lines, norm_words, View};

const HEDGES: &str = include_str!("../../../../data/attribution/hedges.tsv");

pub struct HedgeLexicon {
    phrases: Vec<Vec<String>>,
}

impl HedgeLexicon {
    pub fn embedded() -> Self {
        let mut phrases: Vec<Vec<String>> = data_lines(HEDGES).map(|c| norm_words(c[0])).collect();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        phrases.dedup();
        HedgeLexicon { phrases }
    }

    /// The first hedge in tokens `[from, to)`, as a token range.
    pub fn hedge_in(&self, view: &View, from: usize, to: usize) -> Option<(usize, usize)> {
        for i in from..to.min(view.len()) {
            for p in &self.phrases {
                if let Some(end) = view.match_words(i, p) {
                    if end <= to {
                        return Some((i, end));
                    }
                }
            }
        }
        None
    }
}
