//! Word forms and tagger features.
//!
//! A word is analysed once per distinct surface form ([`WordForms`]: its normal form, the form
//! after its proclitics, its bare stem), and its features are split by where they come from:
//! the word's own (`self`), and what it says about its neighbours when it stands one or two
//! places to their left or right. The tagger precomputes each group's score vector once per
//! word type, so that tagging a token is a handful of vector additions (see `tagger.rs`).
//! Training uses the same functions, so training and tagging can never disagree.

use crate::document::{MorphemeRole, TokenKind};
use crate::entities::clusters::Clusters;
use crate::entities::gazetteer::{GazKind, Gazetteer};
use crate::text::{segment_surface, Normalizer, Segmenter};

/// Feature groups, switchable for the ablation table.
pub mod group {
    /// The word itself: normal form and surface form.
    pub const WORD: u32 = 1;
    /// Prefixes, suffixes, shape and length.
    pub const AFFIX: u32 = 1 << 1;
    /// Clitic segmentation from the text layer: stem, bare stem, proclitic string.
    pub const SEGMENT: u32 = 1 << 2;
    /// Neighbouring words (±2) and word bigrams.
    pub const CONTEXT: u32 = 1 << 3;
    /// Gazetteer and lexicon membership (with the neighbours' membership).
    pub const GAZETTEER: u32 = 1 << 4;
    /// Distributional word clusters of the word and its neighbours.
    pub const CLUSTERS: u32 = 1 << 5;
    /// Word frequency and article use in the segmentation lexicon.
    pub const LEXICON: u32 = 1 << 6;
    /// A second stage that sees the first stage's tags for the same word elsewhere in the
    /// document.
    pub const DOCUMENT: u32 = 1 << 7;
    /// Clusters of the words two places away, and the coarse clusters of the next words.
    pub const WIDE_CLUSTERS: u32 = 1 << 8;
    /// Conjunctions of the clusters of adjacent words.
    pub const CLUSTER_BIGRAMS: u32 = 1 << 9;
    /// Whether the word stands inside a short quoted span (titles of films, programmes, models).
    pub const QUOTES: u32 = 1 << 10;
    pub const ALL: u32 = WORD
        | AFFIX
        | SEGMENT
        | CONTEXT
        | GAZETTEER
        | CLUSTERS
        | LEXICON
        | DOCUMENT
        | WIDE_CLUSTERS
        | CLUSTER_BIGRAMS
        | QUOTES;
    /// The groups the shipped model uses: all but the gazetteers, which cost the two-stage
    /// tagger nothing and the whole layer about 0.006 F1 on dev (mean over four seeds), and
    /// leaving them out lets the lists change without retraining.
    pub const DEFAULT: u32 = ALL & !GAZETTEER & !WIDE_CLUSTERS & !CLUSTER_BIGRAMS & !QUOTES;
    /// Names for reports.
    pub const NAMES: [(&str, u32); 11] = [
        ("word", WORD),
        ("affixes+shape", AFFIX),
        ("segmentation", SEGMENT),
        ("context", CONTEXT),
        ("gazetteers", GAZETTEER),
        ("clusters", CLUSTERS),
        ("lexicon", LEXICON),
        ("document", DOCUMENT),
        ("wide-clusters", WIDE_CLUSTERS),
        ("cluster-bigrams", CLUSTER_BIGRAMS),
        ("quotes", QUOTES),
    ];
}

/// The forms of one word that matching and features look at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordForms {
    pub kind: Option<TokenKind>,
    /// Default normal form of the whole token.
    pub norm: String,
    /// Code points of the surface token taken by proclitics (و ب ل ك ف س لل).
    pub stem_start: usize,
    /// Normal form after the proclitics, article kept; after لل the elided article is restored
    /// (`للتحالف` → `التحالف`).
    pub after_proclitics: String,
    /// Normal form of the stem alone: no proclitics, article or enclitics.
    pub bare: String,
    /// The proclitics and article, normalised and joined by `+` (`و+ال`), empty when none.
    pub prefix: String,
    /// Code points of the surface taken by the bare stem.
    pub bare_span: (usize, usize),
    /// How often the segmentation lexicon saw the form after the proclitics, and the bare stem
    /// with and without the article (see [`WordForms::count_in`]).
    pub counts: [u32; 3],
}

/// Single-letter proclitics tried when the segmenter left a word whole but the rest of it is a
/// name the gazetteer knows (`لقسد`, `وقسد`): names are rare in the segmentation lexicon.
pub const LOOSE_PROCLITICS: [char; 5] = ['و', 'ب', 'ل', 'ك', 'ف'];

impl WordForms {
    /// Builds the forms from a surface token and its clitic parts (code-point ranges relative to
    /// the token, as the text layer's `segments` give them; empty for a whole word).
    pub fn new(
        surface: &str,
        kind: TokenKind,
        parts: &[(usize, usize, MorphemeRole)],
        normalizer: &Normalizer,
    ) -> Self {
        let norm = normalizer.normalize(surface);
        let mut stem_start = 0;
        let mut bare_range = (0, usize::MAX);
        let mut prefix = String::new();
        let mut elided_article = false;
        for &(s, e, role) in parts {
            match role {
                MorphemeRole::Proclitic | MorphemeRole::Article => {
                    let piece = normalizer.normalize(slice(surface, s, e));
                    if role == MorphemeRole::Proclitic {
                        stem_start = e;
                        elided_article |= piece == "لل";
                    }
                    if !prefix.is_empty() {
                        prefix.push('+');
                    }
                    prefix.push_str(&piece);
                    bare_range.0 = e;
                }
                MorphemeRole::Stem => bare_range = (s, e),
                MorphemeRole::Enclitic => {}
            }
        }
        let mut after_proclitics = String::new();
        if elided_article {
            after_proclitics.push_str("ال");
        }
        normalizer.normalize_into(
            slice(surface, stem_start, usize::MAX),
            &mut after_proclitics,
        );
        let bare = normalizer.normalize(slice(surface, bare_range.0, bare_range.1));
        WordForms {
            kind: Some(kind),
            norm,
            stem_start,
            after_proclitics,
            bare,
            prefix,
            bare_span: bare_range,
            counts: [0; 3],
        }
    }

    /// Looks the word up in the segmentation lexicon (word counts of 8.8 million words of
    /// news): names are rare words that seldom take the article.
    pub fn count_in(&mut self, surface: &str, segmenter: &Segmenter) {
        if self.kind() != TokenKind::Word {
            return;
        }
        let orth = segmenter.normalizer();
        let after = orth.normalize(slice(surface, self.stem_start, usize::MAX));
        let bare = orth.normalize(slice(surface, self.bare_span.0, self.bare_span.1));
        self.counts = [
            segmenter.count(&after),
            segmenter.count(&bare),
            segmenter.count(&format!("ال{bare}")),
        ];
    }

    /// Segments a bare surface word with the text layer's segmenter (for CoNLL input, which has
    /// no `segments`), then builds the forms.
    pub fn segment(surface: &str, segmenter: &Segmenter, normalizer: &Normalizer) -> Self {
        let kind = token_kind(surface);
        let parts = if kind == TokenKind::Word {
            segment_surface(segmenter, surface)
        } else {
            Vec::new()
        };
        let mut forms = WordForms::new(surface, kind, &parts, normalizer);
        forms.count_in(surface, segmenter);
        forms
    }

    pub fn kind(&self) -> TokenKind {
        self.kind.unwrap_or(TokenKind::Symbol)
    }
}

/// The kind of a token given alone (CoNLL tokens come without the text layer's kinds).
pub fn token_kind(surface: &str) -> TokenKind {
    crate::text::tokenize(surface)
        .next()
        .map_or(TokenKind::Symbol, |t| t.kind)
}

/// Slices by code points, clamping.
fn slice(s: &str, start: usize, end: usize) -> &str {
    crate::text::slice_chars(s, start, end.min(s.chars().count()))
}

// ---- hashing -------------------------------------------------------------------------------

/// FNV-1a over bytes: stable across platforms and crate versions, since hashes are stored in
/// the model file.
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Combines a template id with an atom (splitmix64 finaliser).
pub fn mix(template: u64, atom: u64) -> u64 {
    let mut z = atom ^ template.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

// Template ids. Never renumber: they are baked into the model file.
const T_BIAS: u64 = 1;
const T_WORD: u64 = 2;
const T_SURFACE: u64 = 3;
const T_PRE1: u64 = 4;
const T_PRE2: u64 = 5;
const T_PRE3: u64 = 6;
const T_SUF1: u64 = 7;
const T_SUF2: u64 = 8;
const T_SUF3: u64 = 9;
const T_SHAPE: u64 = 10;
const T_AFTER: u64 = 11;
const T_BARE: u64 = 12;
const T_PREFIX: u64 = 13;
const T_CLUSTER: [u64; 3] = [14, 15, 16];
const T_GAZ: u64 = 17;
// Neighbour templates: position offset folded into the template id.
const T_NB_WORD: [u64; 4] = [20, 21, 22, 23];
const T_NB_BARE: [u64; 2] = [24, 25];
const T_NB_CLUSTER: [u64; 2] = [26, 27];
const T_NB_SHAPE: [u64; 2] = [28, 29];
const T_NB_GAZ: [u64; 2] = [30, 31];
const T_BIGRAM: [u64; 2] = [32, 33];
const T_NB_PREFIX: [u64; 2] = [34, 35];
const T_BARE_AFFIX: [u64; 4] = [36, 37, 38, 39];
const T_PREFIX_CLUSTER: u64 = 40;
const T_NB_CLUSTER_FINE: [u64; 2] = [41, 42];
const T_FREQ: u64 = 43;
const T_DEFINITE: u64 = 44;
const T_NB_FREQ: [u64; 2] = [45, 46];
const T_DOC: u64 = 47;
const T_NB_DOC: [u64; 2] = [48, 49];
const T_NB_CLUSTER_FAR: [u64; 2] = [50, 51];
const T_NB_CLUSTER_COARSE: [u64; 2] = [52, 53];
const T_CLUSTER_BIGRAM: [u64; 3] = [54, 55, 56];
const T_QUOTE: u64 = 57;

/// Where a word stands relative to the token being tagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Left2 = 0,
    Left1 = 1,
    Right1 = 2,
    Right2 = 3,
}

pub const SLOTS: [Slot; 4] = [Slot::Left2, Slot::Left1, Slot::Right1, Slot::Right2];

/// Hashed atoms of one word type, computed once.
#[derive(Debug, Clone, Default)]
pub struct Atoms {
    pub word: u64,
    pub surface: u64,
    pub affixes: [u64; 6],
    pub shape: u64,
    pub after: u64,
    pub bare: u64,
    pub prefix: u64,
    pub clusters: [u64; 3],
    /// First two and last two letters of the bare stem, and the first and last three.
    pub bare_affixes: [u64; 4],
    /// Frequency bucket of the word in the lexicon, and how it takes the article.
    pub freq: u64,
    pub definite: u64,
}

/// Pseudo-word atoms for the positions before the first and after the last token.
pub fn boundary_atoms(before: bool) -> Atoms {
    let h = hash_str(if before { "<s>" } else { "</s>" });
    Atoms {
        word: h,
        surface: h,
        affixes: [h; 6],
        shape: h,
        after: h,
        bare: h,
        prefix: h,
        clusters: [h; 3],
        bare_affixes: [h; 4],
        freq: h,
        definite: h,
    }
}

/// Computes features from word forms, the gazetteer and the clusters.
pub struct FeatureSet<'a> {
    pub groups: u32,
    pub gazetteer: &'a Gazetteer,
    pub clusters: &'a Clusters,
}

impl FeatureSet<'_> {
    pub fn atoms(&self, surface: &str, forms: &WordForms) -> Atoms {
        let chars: Vec<char> = forms.after_proclitics.chars().collect();
        let n = chars.len();
        let pre = |k: usize| -> u64 {
            if n > k {
                hash_str(&chars[..k].iter().collect::<String>())
            } else {
                0
            }
        };
        let norm: Vec<char> = forms.norm.chars().collect();
        let m = norm.len();
        let suf = |k: usize| -> u64 {
            if m > k {
                hash_str(&norm[m - k..].iter().collect::<String>())
            } else {
                0
            }
        };
        let bare: Vec<char> = forms.bare.chars().collect();
        let b = bare.len();
        let bare_pre = |k: usize| -> u64 {
            if b > k {
                hash_str(&bare[..k].iter().collect::<String>())
            } else {
                0
            }
        };
        let bare_suf = |k: usize| -> u64 {
            if b > k {
                hash_str(&bare[b - k..].iter().collect::<String>())
            } else {
                0
            }
        };
        let cl = self.clusters.get(&forms.bare);
        let cluster = |k: usize| cl.map_or(u64::MAX, |c| u64::from(c[k]));
        Atoms {
            word: hash_str(&forms.norm),
            surface: hash_str(surface),
            affixes: [pre(1), pre(2), pre(3), suf(1), suf(2), suf(3)],
            shape: hash_str(&shape(forms)),
            after: hash_str(&forms.after_proclitics),
            bare: hash_str(&forms.bare),
            prefix: hash_str(&forms.prefix),
            clusters: [cluster(0), cluster(1), cluster(2)],
            bare_affixes: [bare_pre(2), bare_suf(2), bare_pre(3), bare_suf(3)],
            freq: u64::from(32 - forms.counts[0].leading_zeros()),
            definite: definite_bucket(forms.counts[1], forms.counts[2]),
        }
    }

    /// Features of the word itself.
    pub fn self_features(&self, a: &Atoms, out: &mut Vec<u64>) {
        out.push(mix(T_BIAS, 0));
        let g = self.groups;
        if g & group::WORD != 0 {
            out.push(mix(T_WORD, a.word));
            out.push(mix(T_SURFACE, a.surface));
        }
        if g & group::AFFIX != 0 {
            let t = [T_PRE1, T_PRE2, T_PRE3, T_SUF1, T_SUF2, T_SUF3];
            for (k, &atom) in a.affixes.iter().enumerate() {
                if atom != 0 {
                    out.push(mix(t[k], atom));
                }
            }
            out.push(mix(T_SHAPE, a.shape));
            if g & group::SEGMENT != 0 {
                for (t, &atom) in T_BARE_AFFIX.iter().zip(&a.bare_affixes) {
                    if atom != 0 {
                        out.push(mix(*t, atom));
                    }
                }
            }
        }
        if g & group::SEGMENT != 0 {
            out.push(mix(T_AFTER, a.after));
            out.push(mix(T_BARE, a.bare));
            out.push(mix(T_PREFIX, a.prefix));
        }
        if g & group::LEXICON != 0 {
            out.push(mix(T_FREQ, a.freq));
            out.push(mix(T_DEFINITE, a.definite));
            out.push(mix(T_FREQ, mix(a.freq, a.shape)));
        }
        if g & group::CLUSTERS != 0 {
            for (t, c) in T_CLUSTER.iter().zip(a.clusters) {
                out.push(mix(*t, c));
            }
            if g & group::SEGMENT != 0 {
                out.push(mix(T_PREFIX_CLUSTER, mix(a.prefix, a.clusters[1])));
            }
        }
    }

    /// Features a word contributes to the token it stands beside.
    pub fn neighbour_features(&self, a: &Atoms, slot: Slot, out: &mut Vec<u64>) {
        let g = self.groups;
        let s = slot as usize;
        let near = match slot {
            Slot::Left1 => Some(0),
            Slot::Right1 => Some(1),
            _ => None,
        };
        if g & group::CONTEXT != 0 {
            out.push(mix(T_NB_WORD[s], a.word));
            if let Some(k) = near {
                if g & group::SEGMENT != 0 {
                    out.push(mix(T_NB_BARE[k], a.bare));
                    out.push(mix(T_NB_PREFIX[k], a.prefix));
                }
                if g & group::AFFIX != 0 {
                    out.push(mix(T_NB_SHAPE[k], a.shape));
                }
            }
        }
        if g & group::LEXICON != 0 {
            if let Some(k) = near {
                out.push(mix(T_NB_FREQ[k], a.freq));
            }
        }
        if g & group::CLUSTERS != 0 {
            if let Some(k) = near {
                out.push(mix(T_NB_CLUSTER[k], a.clusters[1]));
                out.push(mix(T_NB_CLUSTER_FINE[k], a.clusters[2]));
                if g & group::WIDE_CLUSTERS != 0 {
                    out.push(mix(T_NB_CLUSTER_COARSE[k], a.clusters[0]));
                }
            } else if g & group::WIDE_CLUSTERS != 0 {
                out.push(mix(T_NB_CLUSTER_FAR[s / 2], a.clusters[1]));
            }
        }
    }

    /// Bigram features of a token given it and its neighbours: word bigrams, and cluster
    /// bigrams and the cluster trigram.
    pub fn bigram_features(&self, left: &Atoms, this: &Atoms, right: &Atoms, out: &mut Vec<u64>) {
        if self.groups & group::CONTEXT != 0 {
            out.push(mix(T_BIGRAM[0], mix(left.word, this.word)));
            out.push(mix(T_BIGRAM[1], mix(this.word, right.word)));
        }
        if self.groups & group::CLUSTER_BIGRAMS != 0 && self.groups & group::CLUSTERS != 0 {
            let (l, t, r) = (left.clusters[1], this.clusters[1], right.clusters[1]);
            out.push(mix(T_CLUSTER_BIGRAM[0], mix(l, t)));
            out.push(mix(T_CLUSTER_BIGRAM[1], mix(t, r)));
            out.push(mix(T_CLUSTER_BIGRAM[2], mix(mix(l, t), r)));
        }
    }

    /// Gazetteer features of a token given the membership bits of it and its neighbours.
    pub fn gazetteer_features(&self, this: u32, left: u32, right: u32, out: &mut Vec<u64>) {
        // One bit per non-O tag.
        let doc_mask = 0xFFu32 << crate::entities::tagger::DOC_SHIFT;
        if self.groups & group::DOCUMENT != 0 {
            for bit in bits(this & doc_mask) {
                out.push(mix(T_DOC, u64::from(bit)));
            }
            for bit in bits(left & doc_mask) {
                out.push(mix(T_NB_DOC[0], u64::from(bit)));
            }
            for bit in bits(right & doc_mask) {
                out.push(mix(T_NB_DOC[1], u64::from(bit)));
            }
        }
        let quote_mask = 3u32 << QUOTE_SHIFT;
        if self.groups & group::QUOTES != 0 {
            for bit in bits(this & quote_mask) {
                out.push(mix(T_QUOTE, u64::from(bit)));
            }
        }
        let keep = !doc_mask & !quote_mask;
        let (this, left, right) = (this & keep, left & keep, right & keep);
        if self.groups & group::GAZETTEER == 0 {
            return;
        }
        for bit in bits(this) {
            out.push(mix(T_GAZ, u64::from(bit)));
        }
        for bit in bits(left) {
            out.push(mix(T_NB_GAZ[0], u64::from(bit)));
        }
        for bit in bits(right) {
            out.push(mix(T_NB_GAZ[1], u64::from(bit)));
        }
    }
}

/// Bits (of the per-token feature bits) for a token inside a quoted span: short (1-3 tokens)
/// or longer (4-8). Short quoted spans are mostly titles of films, programmes and car models
/// (MISC in ANERcorp); long ones are speech.
pub const QUOTE_SHIFT: u32 = 28;

/// Quote bits of a sentence's tokens: quote marks pair in order (the first opens, the next
/// closes), and spans of more than 8 tokens are not titles.
pub fn quote_bits(words: &[&WordForms], out: &mut [u32]) {
    let quotes: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].kind() == TokenKind::Quote)
        .collect();
    for pair in quotes.chunks_exact(2) {
        let (open, close) = (pair[0], pair[1]);
        let len = close - open - 1;
        if len == 0 || len > 8 {
            continue;
        }
        let bit = if len <= 3 { 1 } else { 2 } << QUOTE_SHIFT;
        for slot in &mut out[open + 1..close] {
            *slot |= bit;
        }
    }
}

/// How a stem takes the article in the lexicon: unseen, never, rarely, mostly, always.
fn definite_bucket(bare: u32, definite: u32) -> u64 {
    let total = u64::from(bare) + u64::from(definite);
    if total == 0 {
        return 0;
    }
    let share = u64::from(definite) * 4 / total;
    1 + share
}

fn bits(mut x: u32) -> impl Iterator<Item = u32> {
    std::iter::from_fn(move || {
        if x == 0 {
            None
        } else {
            let b = x.trailing_zeros();
            x &= x - 1;
            Some(b)
        }
    })
}

/// A coarse shape: token kind, length bucket, and whether the word carries the article or a
/// Latin capital.
fn shape(forms: &WordForms) -> String {
    let n = forms.bare.chars().count();
    let len = match n {
        0..=2 => "s",
        3..=4 => "m",
        5..=7 => "l",
        _ => "x",
    };
    let kind = match forms.kind() {
        TokenKind::Word => "w",
        TokenKind::Number => "n",
        TokenKind::Latin => "a",
        TokenKind::Quote => "q",
        TokenKind::Punct => "p",
        TokenKind::Symbol => "y",
    };
    let art = if forms.prefix.ends_with("ال") {
        "d"
    } else {
        ""
    };
    format!("{kind}{len}{art}")
}

impl GazKind {
    /// Index of the kind in gazetteer feature bits.
    pub fn feature_index(self) -> u32 {
        use crate::document::EntityType as E;
        match self {
            GazKind::Entity(E::Per) => 0,
            GazKind::Entity(E::Org) => 1,
            GazKind::Entity(E::Loc) => 2,
            GazKind::Entity(E::Gpe) => 3,
            GazKind::Entity(E::Media) => 4,
            GazKind::Entity(E::Misc) => 5,
            GazKind::Role => 6,
            GazKind::Demonym => 7,
            GazKind::Given => 8,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_strip_proclitics_and_restore_elided_article() {
        let n = Normalizer::default();
        let s = Segmenter::embedded();
        let f = WordForms::segment("والتحالف", &s, &n);
        assert_eq!(f.after_proclitics, "التحالف");
        assert_eq!(f.bare, "تحالف");
        assert_eq!(f.stem_start, 1);
        assert_eq!(f.prefix, "و+ال");
        let f = WordForms::segment("للتحالف", &s, &n);
        assert_eq!(f.after_proclitics, "التحالف");
        let f = WordForms::segment("بالي", &s, &n);
        assert_eq!(f.after_proclitics, "بالي");
    }

    #[test]
    fn hashes_are_stable() {
        // Baked into the model file: must never change.
        assert_eq!(hash_str(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash_str("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
