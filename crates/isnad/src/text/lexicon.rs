//! Word-form counts for the segmentation lexicon (`isnad train lexicon`).
//!
//! Counts are keyed in the orthographic normal form (alef forms, diacritics and tatweel folded;
//! ى/ي, ة/ه and hamza seats kept, because they tell words apart). Only counts are kept, never
//! text, so the lexicon may be built from corpora whose articles cannot ship.

use rustc_hash::FxHashMap;

use crate::document::TokenKind;
use crate::text::normalize::{NormalizeOptions, Normalizer};
use crate::text::tokenize::tokenize;

#[derive(Default)]
pub struct WordCounts {
    counts: FxHashMap<String, u64>,
    normalizer: Normalizer,
    buf: String,
}

impl WordCounts {
    pub fn new() -> Self {
        WordCounts {
            normalizer: Normalizer::new(NormalizeOptions::orthographic()),
            ..Default::default()
        }
    }

    /// Counts every Arabic word of `text`.
    pub fn add_text(&mut self, text: &str) {
        for t in tokenize(text) {
            if t.kind == TokenKind::Word {
                self.add_word(&text[t.start..t.end]);
            }
        }
    }

    pub fn add_word(&mut self, word: &str) {
        self.buf.clear();
        self.normalizer.normalize_into(word, &mut self.buf);
        if let Some(c) = self.counts.get_mut(self.buf.as_str()) {
            *c += 1;
        } else {
            self.counts.insert(self.buf.clone(), 1);
        }
    }

    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// `word<TAB>count` lines for words seen at least `min_count` times, most frequent first,
    /// ties in code-point order, so the file is the same on every run.
    pub fn to_tsv(&self, min_count: u64, header: &str) -> String {
        let mut rows: Vec<(&str, u64)> = self
            .counts
            .iter()
            .filter(|(_, &c)| c >= min_count)
            .map(|(w, &c)| (w.as_str(), c))
            .collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut out = String::with_capacity(rows.len() * 12);
        for line in header.lines() {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
        for (w, c) in rows {
            out.push_str(w);
            out.push('\t');
            out.push_str(&c.to_string());
            out.push('\n');
        }
        out
    }
}
