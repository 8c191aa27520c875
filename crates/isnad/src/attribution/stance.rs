//! Stance: does a statement assert its content or deny it?
//!
//! A denial is marked by the cue verb (نفى، نفت، كذّب: see `reporting-verbs.tsv`) or inside
//! the content: a denial phrase (`لا صحة`، `عار عن الصحة`) or لا النافية للجنس before a claim
//! noun (`لا مفاوضات معهم`). Plain negation is not denial: `لا يعلقون على تقارير` asserts a
//! refusal to comment, so لا before a verb does not count.

use rustc_hash::FxHashSet;

use super::{data_lines, norm, norm_words, PhraseIndex, View};
use crate::document::Stance;

const DENIALS: &str = include_str!("../../../../data/attribution/denials.tsv");
const CLAIM_NOUNS: &str = include_str!("../../../../data/attribution/claim-nouns.tsv");

pub struct DenialLexicon {
    phrases: Vec<Vec<String>>,
    /// Whether each phrase denies only at the head of the content.
    leading: Vec<bool>,
    index: PhraseIndex,
    negated_nouns: FxHashSet<String>,
    claim_nouns: FxHashSet<String>,
}

impl DenialLexicon {
    pub fn embedded() -> Self {
        let mut phrases = Vec::new();
        let mut leading = Vec::new();
        let mut negated_nouns = FxHashSet::default();
        for c in data_lines(DENIALS).filter(|c| c.len() >= 2) {
            if c[1] == "negated-noun" {
                negated_nouns.insert(norm(c[0]));
            } else {
                phrases.push(norm_words(c[0]));
                leading.push(c[1] == "leading");
            }
        }
        let claim_nouns = data_lines(CLAIM_NOUNS).map(|c| norm(c[0])).collect();
        DenialLexicon {
            index: PhraseIndex::new(phrases.iter().map(Vec::as_slice)),
            phrases,
            leading,
            negated_nouns,
            claim_nouns,
        }
    }

    /// A claim noun (`اتهامات`، `أنباء`) at token `i`, with or without its conjunction.
    pub fn is_claim_noun(&self, view: &View, i: usize) -> bool {
        view.is_word(i)
            && (self.claim_nouns.contains(view.norm(i))
                || self.claim_nouns.contains(view.bare[i].as_str()))
    }

    /// The first denial marker in tokens `[from, to)`, as a token range.
    pub fn marker_in(&self, view: &View, from: usize, to: usize) -> Option<(usize, usize)> {
        for i in from..to.min(view.len()) {
            for k in self.index.candidates(view, i) {
                if self.leading[k] && i > from {
                    continue;
                }
                if let Some(end) = view.match_words(i, &self.phrases[k]) {
                    if end <= to {
                        return Some((i, end));
                    }
                }
            }
            if (view.norm(i) == "لا" || view.bare[i] == "لا") && i + 1 < to {
                let next = view.norm(i + 1);
                let next = next.strip_prefix("ال").unwrap_or(next);
                if self.negated_nouns.contains(next) {
                    return Some((i, i + 2));
                }
            }
            // `ليس هناك مجال للتفاوض`، `لا يوجد أي اتفاق`: there being none of the claim.
            if let Some(k) = self.none_of_claim(view, i, to) {
                return Some((i, k + 1));
            }
        }
        None
    }

    /// An existential negation at token `i` (`ليس هناك`، `لا يوجد`) with a negated noun
    /// within a few words (`مجال للتفاوض`): the noun's token.
    fn none_of_claim(&self, view: &View, i: usize, to: usize) -> Option<usize> {
        const NEAR: usize = 3;
        let two =
            |a: &str, b: &[&str]| view.norm(i) == a && i + 1 < to && b.contains(&view.norm(i + 1));
        if !(two("ليس", &["هناك", "ثمه"])
            || two("ليست", &["هناك", "ثمه"])
            || two("لا", &["يوجد", "توجد"]))
        {
            return None;
        }
        (i + 2..(i + 2 + NEAR).min(to)).find(|&k| {
            let w = view.norm(k);
            ["لل", "ال", "ل"]
                .iter()
                .find_map(|p| w.strip_prefix(p))
                .into_iter()
                .chain([w])
                .any(|w| self.negated_nouns.contains(w))
        })
    }

    /// The stance of a statement whose cue says `cue_stance` and whose content is `[from, to)`.
    pub fn stance(&self, view: &View, cue_stance: Stance, from: usize, to: usize) -> Stance {
        if cue_stance == Stance::Deny || self.marker_in(view, from, to).is_some() {
            Stance::Deny
        } else {
            Stance::Assert
        }
    }
}
