//! The text layer: normalisation, tokenisation, clitic segmentation and sentences over a
//! document's `body`.
//!
//! Work happens on byte offsets (cheap to slice); spans are converted to code points once, on
//! the way into the [`Document`], by a monotone [`CharOffsets`] cursor.

pub mod lexicon;
pub mod normalize;
pub mod segment;
pub mod sentences;
pub mod tokenize;

use rustc_hash::FxHashMap;

use crate::document::{Document, Morpheme, MorphemeRole, Sentence, Token, TokenKind};
pub use normalize::{normalize, Aligned, NormalizeOptions, Normalizer};
pub use segment::{Segmentation, Segmenter};
pub use sentences::split_sentences;
pub use tokenize::{tokenize, RawToken, Tokenizer};

/// Converts increasing byte offsets of one string to code-point offsets in a single pass.
pub struct CharOffsets<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point offset of byte offset `byte` (a char boundary). Rewinds when asked for
    /// an earlier offset, so any order is correct; increasing order is linear overall.
    pub fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// Converts a code-point offset of `text` to a byte offset (clamped to the end).
pub fn byte_offset(text: &str, char_offset: usize) -> usize {
    text.char_indices()
        .nth(char_offset)
        .map_or(text.len(), |(b, _)| b)
}

/// Slices `text` by code-point offsets, clamping out-of-range values.
pub fn slice_chars(text: &str, start: usize, end: usize) -> &str {
    let s = byte_offset(text, start);
    let e = byte_offset(text, end.max(start));
    &text[s..e]
}

/// Maps the segmentation of a normalised word back to char ranges of the surface word.
/// Returns `None` when a cut falls inside one surface char (a ligature such as ﻻ).
pub fn surface_parts(
    aligned: &Aligned,
    seg: &Segmentation,
) -> Option<Vec<(usize, usize, MorphemeRole)>> {
    let mut out = Vec::with_capacity(seg.parts.len());
    for (k, p) in seg.parts.iter().enumerate() {
        let start = if k == 0 {
            0
        } else {
            *aligned.origin.get(p.start)?
        };
        let end = if k + 1 == seg.parts.len() {
            aligned.input_chars
        } else {
            *aligned.origin.get(p.end)?
        };
        if end <= start {
            return None;
        }
        out.push((start, end, p.role));
    }
    Some(out)
}

/// The clitic segmentation of a surface word as char ranges of that word with their roles;
/// empty for a word that stays whole (or whose cut falls inside a ligature).
pub fn segment_surface(segmenter: &Segmenter, word: &str) -> Vec<(usize, usize, MorphemeRole)> {
    let aligned = segmenter.normalizer().normalize_aligned(word);
    let seg = segmenter.segment_normal(&aligned.text);
    if seg.is_whole() {
        Vec::new()
    } else {
        surface_parts(&aligned, &seg).unwrap_or_default()
    }
}

/// Fills `tokens` and `sentences` of `doc` from its `body`.
pub fn analyze(doc: &mut Document, segmenter: &Segmenter) {
    let body = doc.body.as_str();
    let raw: Vec<RawToken> = tokenize(body).collect();
    let normalizer = Normalizer::default();
    let mut offsets = CharOffsets::new(body);
    // News text repeats its words; segment each distinct form once.
    let mut cache: FxHashMap<&str, Vec<(usize, usize, MorphemeRole)>> = FxHashMap::default();
    let mut tokens = Vec::with_capacity(raw.len());
    for t in &raw {
        let text = &body[t.start..t.end];
        let start = offsets.at(t.start);
        let end = offsets.at(t.end);
        let segments = if t.kind == TokenKind::Word {
            let parts = cache
                .entry(text)
                .or_insert_with(|| segment_surface(segmenter, text));
            parts
                .iter()
                .map(|&(s, e, role)| Morpheme {
                    text: slice_chars(text, s, e).to_string(),
                    start: start + s,
                    end: start + e,
                    role,
                })
                .collect()
        } else {
            Vec::new()
        };
        tokens.push(Token {
            text: text.to_string(),
            start,
            end,
            kind: t.kind,
            norm: normalizer.normalize(text),
            segments,
        });
    }
    let sentences = split_sentences(body, &raw)
        .into_iter()
        .map(|[a, b]| {
            let (start, end) = (tokens[a].start, tokens[b - 1].end);
            Sentence {
                text: body[raw[a].start..raw[b - 1].end].to_string(),
                start,
                end,
                tokens: [a, b],
            }
        })
        .collect();
    doc.tokens = tokens;
    doc.sentences = sentences;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Source;

    #[test]
    fn spans_slice_the_body_by_code_points() {
        let mut doc = Document::new("t", Source::default());
        doc.body = "وتابع \"\"ثمة ممر آمن. أكثر من800 مقاتل، google news".to_string();
        analyze(&mut doc, &Segmenter::embedded());
        for t in &doc.tokens {
            assert_eq!(slice_chars(&doc.body, t.start, t.end), t.text);
            for m in &t.segments {
                assert_eq!(slice_chars(&doc.body, m.start, m.end), m.text);
            }
        }
        for s in &doc.sentences {
            assert_eq!(slice_chars(&doc.body, s.start, s.end), s.text);
        }
        assert_eq!(doc.sentences.len(), 2);
        let texts: Vec<&str> = doc.tokens.iter().map(|t| t.text.as_str()).collect();
        assert!(texts.windows(2).any(|w| w == ["من", "800"]));
    }

    #[test]
    fn segments_of_a_word_with_diacritics_cover_the_surface() {
        let mut doc = Document::new("t", Source::default());
        doc.body = "والتَّحرير".to_string();
        analyze(&mut doc, &Segmenter::embedded());
        let segs: Vec<&str> = doc.tokens[0]
            .segments
            .iter()
            .map(|m| m.text.as_str())
            .collect();
        assert_eq!(segs, vec!["و", "ال", "تَّحرير"]);
    }
}
