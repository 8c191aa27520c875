//! Clitic segmentation of Arabic words: proclitics (و ف ب ل ك س, لل), the article ال, the
//! stem, and enclitic pronouns.
//!
//! Segmentation is conservative and lexicon-driven: a split is taken only when the stem it
//! leaves is a word of the language and is better attested than the unsplit word, so that
//! `والتحرير` is و+ال+تحرير while `ولاية` and the surname `بالي` stay whole. The lexicon
//! (`data/lexicon/words.tsv`, rebuilt by `isnad train lexicon`) holds word-form counts keyed in
//! the orthographic normalisation; `data/lexicon/segmentation-exceptions.tsv` fixes closed-class
//! words and names by hand.

use std::sync::RwLock;

use rustc_hash::FxHashMap;

use crate::document::MorphemeRole;
use crate::text::normalize::{NormalizeOptions, Normalizer};

const LEXICON_TSV: &str = include_str!("../../../../data/lexicon/words.tsv");
const EXCEPTIONS_TSV: &str = include_str!("../../../../data/lexicon/segmentation-exceptions.tsv");

/// Default cost of each clitic split, in natural-log count units: a split must leave a stem
/// about e^penalty times as frequent as the whole word (0: more frequent). Chosen on the even lines of
/// `eval/segmentation/gold.tsv` (the odd lines are held out; see BENCHMARKS.md).
pub const DEFAULT_SPLIT_PENALTY: f32 = 0.0;
/// The conjunctions و and ف are cheaper to split: news narrates in chains of `وقال ... وأضاف`,
/// so the conjoined form of a verb is often commoner than the bare one (وقال 12,376 times,
/// قال 5,922 in the lexicon). Negative: a split wins even when the stem is rarer than the
/// whole word, down to e^penalty times rarer.
pub const DEFAULT_CONJUNCTION_PENALTY: f32 = -1.0;
/// A stem seen fewer times than this is not trusted as a word.
const MIN_STEM_COUNT: u32 = 3;
/// Shortest stem, in letters.
const MIN_STEM_LETTERS: usize = 2;
/// An unknown word behind the article is split when the stem is at least this long
/// (`الباغوز` → ال+باغوز); shorter unknown words are left whole.
const MIN_UNKNOWN_ARTICLE_STEM: usize = 3;

/// A morpheme as a range of letters of the normalised word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub start: usize,
    pub end: usize,
    pub role: MorphemeRole,
}

/// The analysis of one word: its morphemes in order, as letter ranges of the word's
/// orthographic normal form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    pub parts: Vec<Part>,
}

impl Segmentation {
    pub fn is_whole(&self) -> bool {
        self.parts.len() <= 1
    }

    /// The segmentation as surface parts joined by `+` (`و+ال+تحرير`), given the word's
    /// normal form.
    pub fn render(&self, normal: &str) -> String {
        let chars: Vec<char> = normal.chars().collect();
        let pieces: Vec<String> = self
            .parts
            .iter()
            .map(|p| {
                chars[p.start.min(chars.len())..p.end.min(chars.len())]
                    .iter()
                    .collect()
            })
            .collect();
        pieces.join("+")
    }
}

const PROCLITIC_CONJUNCTIONS: [&str; 2] = ["و", "ف"];
/// Prepositions and the future particle; `لل` is ل with the article's alef elided.
const PROCLITIC_PARTICLES: [&str; 5] = ["لل", "ب", "ل", "ك", "س"];
const ENCLITICS: [&str; 10] = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه"];

/// The segmenter: a lexicon of word counts plus hand-written exceptions.
pub struct Segmenter {
    counts: FxHashMap<Box<str>, u32>,
    exceptions: FxHashMap<Box<str>, Vec<(usize, MorphemeRole)>>,
    normalizer: Normalizer,
    split_penalty: f32,
    conjunction_penalty: f32,
    /// Analyses already made, shared by every document and thread: word frequencies are
    /// Zipfian, so after a few hundred articles nearly every word is a hit.
    cache: RwLock<FxHashMap<Box<str>, Segmentation>>,
}

/// Bound on the analysis cache; when full it is emptied and refilled by what comes next.
const CACHE_CAPACITY: usize = 200_000;

impl Default for Segmenter {
    fn default() -> Self {
        Self::embedded()
    }
}

impl Segmenter {
    /// The segmenter with the lexicon compiled into the binary.
    pub fn embedded() -> Self {
        Self::from_tsv(LEXICON_TSV, EXCEPTIONS_TSV)
    }

    /// Builds a segmenter from a `word<TAB>count` lexicon and a `word<TAB>seg` exception list.
    /// Lines starting with `#` are comments; malformed lines are skipped (the files are ours and
    /// checked by tests).
    pub fn from_tsv(lexicon: &str, exceptions: &str) -> Self {
        let normalizer = Normalizer::new(NormalizeOptions::orthographic());
        let mut counts = FxHashMap::default();
        for line in lexicon.lines().filter(|l| !l.starts_with('#')) {
            if let Some((w, c)) = line.split_once('\t') {
                if let Ok(c) = c.trim().parse::<u32>() {
                    // `isnad train lexicon` writes keys already in orthographic normal form.
                    counts.insert(Box::from(w), c);
                }
            }
        }
        let mut exc = FxHashMap::default();
        for line in exceptions.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(w), Some(seg)) = (cols.next(), cols.next()) else {
                continue;
            };
            let parts = exception_parts(seg.trim());
            exc.insert(normalizer.normalize(w.trim()).into_boxed_str(), parts);
        }
        Segmenter {
            counts,
            exceptions: exc,
            normalizer,
            split_penalty: DEFAULT_SPLIT_PENALTY,
            conjunction_penalty: DEFAULT_CONJUNCTION_PENALTY,
            cache: RwLock::default(),
        }
    }

    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// How often the lexicon saw a word (in orthographic normal form).
    pub fn count(&self, normal: &str) -> u32 {
        self.counts.get(normal).copied().unwrap_or(0)
    }

    pub fn lexicon_len(&self) -> usize {
        self.counts.len()
    }

    /// Segments a word given in orthographic normal form (see [`NormalizeOptions::orthographic`]).
    pub fn segment_normal(&self, word: &str) -> Segmentation {
        if let Ok(cache) = self.cache.read() {
            if let Some(hit) = cache.get(word) {
                return hit.clone();
            }
        }
        let seg = self.analyse(word);
        if let Ok(mut cache) = self.cache.write() {
            if cache.len() >= CACHE_CAPACITY {
                cache.clear();
            }
            cache.insert(Box::from(word), seg.clone());
        }
        seg
    }

    /// Sets the split penalties (see [`DEFAULT_SPLIT_PENALTY`] and
    /// [`DEFAULT_CONJUNCTION_PENALTY`]); for tuning on a development set.
    pub fn with_penalties(mut self, split: f32, conjunction: f32) -> Self {
        self.split_penalty = split;
        self.conjunction_penalty = conjunction;
        self.cache = RwLock::default();
        self
    }

    fn analyse(&self, word: &str) -> Segmentation {
        let letters = word.chars().count();
        if let Some(parts) = self.exceptions.get(word) {
            let mut start = 0;
            let parts = parts
                .iter()
                .map(|&(len, role)| {
                    let p = Part {
                        start,
                        end: (start + len).min(letters),
                        role,
                    };
                    start += len;
                    p
                })
                .collect();
            return Segmentation { parts };
        }
        let whole = Segmentation {
            parts: vec![Part {
                start: 0,
                end: letters,
                role: MorphemeRole::Stem,
            }],
        };
        if letters < MIN_STEM_LETTERS + 1 || !word.chars().all(is_plain_letter) {
            return whole;
        }
        let whole_count = self.count(word);
        let mut best = whole;
        let mut best_score = log_count(whole_count);
        for cand in candidates(word) {
            let Some(score) = self.score(&cand) else {
                continue;
            };
            if score > best_score {
                best_score = score;
                best = cand.to_segmentation();
            }
        }
        self.split_article(word, best)
    }

    /// The article is decided apart from the other clitics, on the chosen stem: ال is the
    /// article unless the stem is a listed exception (الذي, ألمانيا) or itself takes the
    /// article in the lexicon (التزام, seen as الالتزام). A stem that is itself a listed
    /// closed-class word with a clitic (لهم = ل+هم) is expanded here too.
    fn split_article(&self, word: &str, mut seg: Segmentation) -> Segmentation {
        let Some(stem_at) = seg.parts.iter().position(|p| p.role == MorphemeRole::Stem) else {
            return seg;
        };
        let stem_part = seg.parts[stem_at];
        let stem = letters(word, stem_part.start, stem_part.end);
        if stem_at > 0 {
            // A stem that is itself a closed-class word with a clitic (و+لهم, ف+بها).
            if let Some(inner) = self.exceptions.get(stem) {
                if inner.len() > 1 {
                    let mut at = stem_part.start;
                    let parts: Vec<Part> = inner
                        .iter()
                        .map(|&(len, role)| {
                            let p = Part {
                                start: at,
                                end: at + len,
                                role,
                            };
                            at += len;
                            p
                        })
                        .collect();
                    seg.parts.splice(stem_at..=stem_at, parts);
                    return seg;
                }
            }
        }
        if stem_at > 0 && seg.parts[stem_at - 1].start + 2 == stem_part.start {
            // After لل the article is already part of the proclitic.
            let prev = letters(word, seg.parts[stem_at - 1].start, stem_part.start);
            if prev == "لل" {
                return seg;
            }
        }
        let Some(bare) = stem.strip_prefix("ال") else {
            return seg;
        };
        if self.exceptions.contains_key(stem) || bare.chars().count() < MIN_STEM_LETTERS {
            return seg;
        }
        // A word that itself takes the article (الالتزام) begins with radical letters, not the
        // article: التزام stays whole, while العراق (never الالعراق) is ال+عراق.
        let takes_article = self.count_definite(stem) >= MIN_STEM_COUNT.max(self.count(stem) / 100);
        if !takes_article {
            seg.parts[stem_at] = Part {
                start: stem_part.start + 2,
                ..stem_part
            };
            seg.parts.insert(
                stem_at,
                Part {
                    start: stem_part.start,
                    end: stem_part.start + 2,
                    role: MorphemeRole::Article,
                },
            );
        }
        seg
    }

    /// Segments a word as written (diacritics, tatweel and alef forms are folded first).
    pub fn segment(&self, word: &str) -> (String, Segmentation) {
        let normal = self.normalizer.normalize(word);
        let seg = self.segment_normal(&normal);
        (normal, seg)
    }

    fn score(&self, cand: &Candidate<'_>) -> Option<f32> {
        let stem = cand.stem;
        if stem.chars().count() < MIN_STEM_LETTERS {
            return None;
        }
        let mut stem_count = self.count(stem);
        if !cand.enclitic.is_empty() {
            // Before a pronoun, taa marbuta is written ت (مهمتها) and final alef maqsura ي (عليه).
            stem_count = stem_count.max(self.count_with_restored_ending(stem));
        }
        if cand.particle == "لل" {
            // لل swallows the article's alef: the stem is attested in its definite form.
            stem_count = stem_count.max(self.count_definite(stem));
        }
        if stem_count < MIN_STEM_COUNT {
            return self.score_unknown(cand);
        }
        let conj = usize::from(!cand.conj.is_empty()) as f32;
        let others = cand.clitic_count() as f32 - conj;
        Some(log_count(stem_count) - self.split_penalty * others - self.conjunction_penalty * conj)
    }

    /// An unknown stem behind a proclitic is trusted only when it carries the article and is
    /// long enough to be a noun (`والباغوز`): the article marks it as a word of the language.
    fn score_unknown(&self, cand: &Candidate<'_>) -> Option<f32> {
        let bare = cand.stem.strip_prefix("ال")?;
        let ok = cand.enclitic.is_empty()
            && !matches!(cand.particle, "س" | "لل")
            && cand.clitic_count() > 0
            && self.count(bare) == 0
            && bare.chars().count() >= MIN_UNKNOWN_ARTICLE_STEM;
        ok.then_some(0.5 - 0.01 * cand.clitic_count() as f32)
    }

    fn count_definite(&self, stem: &str) -> u32 {
        let mut buf = String::with_capacity(stem.len() + 4);
        buf.push_str("ال");
        buf.push_str(stem);
        self.count(&buf)
    }

    fn count_with_restored_ending(&self, stem: &str) -> u32 {
        let mut buf = String::with_capacity(stem.len() + 2);
        if let Some(base) = stem.strip_suffix('ت') {
            buf.push_str(base);
            buf.push('ة');
            return self.count(&buf);
        }
        if let Some(base) = stem.strip_suffix('ي') {
            buf.push_str(base);
            buf.push('ى');
            return self.count(&buf);
        }
        0
    }
}

/// Letters `[start, end)` of a word in normal form (Arabic letters are 2 bytes each, but the
/// slicing goes by chars so that any input is safe).
fn letters(word: &str, start: usize, end: usize) -> &str {
    crate::text::slice_chars(word, start, end)
}

fn log_count(c: u32) -> f32 {
    ((c as f32) + 1.0).ln()
}

fn is_plain_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

/// Parses `و+لل+مرة` into letter lengths with roles.
fn exception_parts(seg: &str) -> Vec<(usize, MorphemeRole)> {
    let pieces: Vec<&str> = seg.split('+').collect();
    let stem_at = pieces
        .iter()
        .rposition(|p| !ENCLITICS.contains(p) && !matches!(*p, "ي" | "ك"))
        .unwrap_or(0);
    pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let role = if i == stem_at {
                MorphemeRole::Stem
            } else if i > stem_at {
                MorphemeRole::Enclitic
            } else if *p == "ال" {
                MorphemeRole::Article
            } else {
                MorphemeRole::Proclitic
            };
            (p.chars().count(), role)
        })
        .collect()
}

/// One way of cutting a word: conjunction, particle, stem, enclitic (the article is decided
/// afterwards, on the stem).
struct Candidate<'a> {
    conj: &'a str,
    particle: &'a str,
    stem: &'a str,
    enclitic: &'a str,
}

impl Candidate<'_> {
    fn clitic_count(&self) -> usize {
        usize::from(!self.conj.is_empty())
            + usize::from(!self.particle.is_empty())
            + usize::from(!self.enclitic.is_empty())
    }

    fn to_segmentation(&self) -> Segmentation {
        let mut parts = Vec::with_capacity(5);
        let mut at = 0;
        let mut push = |len: usize, role| {
            if len > 0 {
                parts.push(Part {
                    start: at,
                    end: at + len,
                    role,
                });
                at += len;
            }
        };
        push(self.conj.chars().count(), MorphemeRole::Proclitic);
        push(self.particle.chars().count(), MorphemeRole::Proclitic);
        push(self.stem.chars().count(), MorphemeRole::Stem);
        push(self.enclitic.chars().count(), MorphemeRole::Enclitic);
        Segmentation { parts }
    }
}

/// Every well-formed cut of `word` with at least one clitic.
fn candidates(word: &str) -> Vec<Candidate<'_>> {
    let mut out = Vec::new();
    for conj in std::iter::once("").chain(PROCLITIC_CONJUNCTIONS) {
        let Some(after_conj) = word.strip_prefix(conj) else {
            continue;
        };
        for particle in std::iter::once("").chain(PROCLITIC_PARTICLES) {
            let Some(after_particle) = after_conj.strip_prefix(particle) else {
                continue;
            };
            // The future particle only stands before an imperfect verb.
            if particle == "س" && !after_particle.starts_with(['ي', 'ت', 'ن', 'ا']) {
                continue;
            }
            for enclitic in std::iter::once("").chain(ENCLITICS) {
                let Some(stem) = after_particle.strip_suffix(enclitic) else {
                    continue;
                };
                // A pronoun never follows the article.
                if !enclitic.is_empty() && stem.starts_with("ال") && stem.chars().count() > 3 {
                    continue;
                }
                let cand = Candidate {
                    conj,
                    particle,
                    stem,
                    enclitic,
                };
                if cand.clitic_count() > 0 && !stem.is_empty() {
                    out.push(cand);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(word: &str) -> String {
        let s = Segmenter::embedded();
        let (normal, sg) = s.segment(word);
        sg.render(&normal)
    }

    #[test]
    fn issue_examples() {
        assert_eq!(seg("والتحرير"), "و+ال+تحرير");
        assert_eq!(seg("ولاية"), "ولاية");
        assert_eq!(seg("بالي"), "بالي");
    }

    #[test]
    fn pronouns_and_restored_taa_marbuta() {
        assert_eq!(seg("مسلحيه"), "مسلحي+ه");
        assert_eq!(seg("عددهم"), "عدد+هم");
        assert_eq!(seg("للخروج"), "لل+خروج");
    }

    #[test]
    fn closed_class_words_stay_whole() {
        for w in ["كان", "كما", "لكن", "الذي", "التي", "بين", "الله"] {
            assert_eq!(seg(w), w, "{w}");
        }
    }

    #[test]
    fn unknown_proper_noun_behind_article() {
        assert_eq!(seg("الباغوز"), "ال+باغوز");
    }
}
