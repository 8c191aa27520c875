//! The attribution stage: who said what, on whose authority, asserting or denying, and when.
//!
//! It runs last and reads every earlier layer of the [`Document`]: `tokens` (with their
//! normalised forms) and `sentences` from the text layer, `entities` from the entities layer
//! when present (for canonical names and types; the stage never fails without them), `title`
//! and `published` from the page layer. It fills `statements`, `conflicts`, `times` and
//! `quantities`. One concern a file:
//!
//! - [`cues`]: reporting verbs and their inflections, with gender and stance.
//! - [`speakers`]: the speaker's noun phrase (VSO, SVO, dropped subjects carried over,
//!   surname → full name) and its canonical name.
//! - [`chain`]: chains of transmission (`نقلت X عن Y قوله`, `قال X لوكالة Y`, `حسب X`).
//! - [`quotes`]: direct and indirect content spans, broken quotes included.
//! - [`stance`], [`hedging`]: denials and hedges.
//! - [`conflicts`]: statements inside one document that oppose.
//! - [`times`], [`quantities`]: time expressions (anchored only on `published`) and numbers.
//! - [`when`]: the time of each statement's reporting clause.
//!
//! Lexicons are data files under `data/attribution/`, compiled in.

pub mod chain;
pub mod conflicts;
pub mod cues;
pub mod hedging;
pub mod quantities;
pub mod quotes;
pub mod speakers;
pub mod stance;
pub mod times;
pub mod when;

use crate::document::{
    Document, Entity, EntityType, Sentence, TextSpan, TimeExpression, Token, TokenKind,
};
use crate::text::normalize::{is_diacritic, TATWEEL};
use crate::text::Normalizer;

/// Phrases indexed by their first word, so that a scan tries at each token only the phrases
/// that can start there (the lexicons hold hundreds; most tokens start none).
#[derive(Debug, Default)]
pub struct PhraseIndex {
    by_first: rustc_hash::FxHashMap<String, Vec<usize>>,
}

impl PhraseIndex {
    /// Indexes `phrases` (normalised words) by position in the slice.
    pub fn new<'a>(phrases: impl IntoIterator<Item = &'a [String]>) -> Self {
        let mut by_first: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        for (k, p) in phrases.into_iter().enumerate() {
            if let Some(first) = p.first() {
                by_first.entry(first.clone()).or_default().push(k);
            }
        }
        PhraseIndex { by_first }
    }

    /// Positions of the phrases that may start at token `i` (its normal form, or its bare
    /// form as [`View::match_words`] allows), in ascending order, without allocating.
    pub fn candidates<'s>(&'s self, view: &View, i: usize) -> impl Iterator<Item = usize> + 's {
        // Past the last token nothing starts (the content scanners ask one past the end).
        let norm = if i < view.len() {
            self.by_first
                .get(view.norm(i))
                .map_or(&[][..], Vec::as_slice)
        } else {
            &[][..]
        };
        let bare = if i < view.len() && view.bare[i] != view.norm(i) {
            self.by_first
                .get(view.bare[i].as_str())
                .map_or(&[][..], Vec::as_slice)
        } else {
            &[][..]
        };
        // `نقل ا عن`: a word the corpus broke before its tanween alef starts `نقلا عن`.
        let glued = if i < view.len() && view.glued_alef(i) {
            self.by_first
                .get(format!("{}ا", view.norm(i)).as_str())
                .map_or(&[][..], Vec::as_slice)
        } else {
            &[][..]
        };
        let mut heads = [
            norm.iter().peekable(),
            bare.iter().peekable(),
            glued.iter().peekable(),
        ];
        // A merge of three ascending lists, each position once.
        std::iter::from_fn(move || {
            let least = heads.iter_mut().filter_map(|h| h.peek().copied()).min()?;
            let least = *least;
            for h in heads.iter_mut() {
                if h.peek().is_some_and(|&&x| x == least) {
                    h.next();
                }
            }
            Some(least)
        })
    }
}

/// The loaded lexicons of the stage; build once, share across threads.
pub struct Attributor {
    pub cues: cues::CueLexicon,
    pub phrases: chain::PhraseLexicon,
    pub speaker_words: speakers::SpeakerWords,
    pub denials: stance::DenialLexicon,
    pub hedges: hedging::HedgeLexicon,
    pub topics: conflicts::TopicLexicon,
    pub calendar: times::Calendar,
    pub numbers: quantities::NumberLexicon,
}

impl Attributor {
    /// The stage with every lexicon embedded in the binary.
    pub fn embedded() -> Self {
        Attributor {
            cues: cues::CueLexicon::embedded(),
            phrases: chain::PhraseLexicon::embedded(),
            speaker_words: speakers::SpeakerWords::embedded(),
            denials: stance::DenialLexicon::embedded(),
            hedges: hedging::HedgeLexicon::embedded(),
            topics: conflicts::TopicLexicon::embedded(),
            calendar: times::Calendar::embedded(),
            numbers: quantities::NumberLexicon::embedded(),
        }
    }

    /// Fills `statements`, `conflicts`, `times` and `quantities` of `doc`.
    pub fn analyze(&self, doc: &mut Document) {
        let mut view = View::new(doc);
        let published = doc.published.as_ref().map(|p| p.date.clone());
        let times = times::find_times(self, &view, published.as_deref());
        view.mark_times(&times);
        let mut statements = speakers::find_statements(self, &view);
        when::attach_times(self, &view, &mut statements, &times);
        let conflicts = conflicts::find_conflicts(self, &view, &statements, doc.title.as_deref());
        let quantities = quantities::find_quantities(self, &view, &times);
        doc.statements = statements;
        doc.conflicts = conflicts;
        doc.times = times;
        doc.quantities = quantities;
    }
}

/// Reads a lexicon file: lines without `#` comments and blank lines, tab-split.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// The normalised form every lexicon is keyed on: the tokens' own `norm`.
pub(crate) fn norm(s: &str) -> String {
    Normalizer::default().normalize(s)
}

/// A phrase of the lexicon as a list of normalised words.
pub(crate) fn norm_words(s: &str) -> Vec<String> {
    norm(s).split_whitespace().map(str::to_string).collect()
}

/// Speaker heads whose first letter, و or ف, is the root's (normalised): no conjunction is
/// stripped from them.
const ROOT_INITIAL: &[&str] = &[
    "فصايل",
    "فصيل",
    "فريق",
    "فرقه",
    "فيلق",
    "فرع",
    // (`وشدد فضيلته`، `فخامة الرئيس`: honorifics.)
    "فضيلته",
    "فضيله",
    "فخامته",
    "فخامه",
    "وحده",
    "وزير",
    "وزيره",
    "وزراء",
    "وزاره",
    "وزارات",
    "وكيل",
    "وكيله",
    "وكاله",
    "وكالات",
    "وفد",
    "وفود",
    "وحدات",
    "وسايل",
    "وسيط",
];

/// Months that are also personal names or words (normalised).
const MONTH_NAMES: &[&str] = &["شعبان", "رمضان", "رجب", "صفر", "محرم", "ماي", "جمادي"];

/// The document as the attribution stage reads it: tokens with their normalised forms, the
/// same forms with a conjunction proclitic removed, and each token's sentence.
pub struct View<'a> {
    pub body: &'a str,
    /// Byte offset of every char of `body`, and the byte length at the end.
    byte_at: Vec<usize>,
    pub tokens: &'a [Token],
    /// `norm` without a leading و / ف (when at least two letters remain).
    pub bare: Vec<String>,
    /// Whether the token carries a conjunction proclitic (و / ف).
    pub conj: Vec<bool>,
    /// Sentence index of each token.
    pub sentence_of: Vec<usize>,
    pub sentences: &'a [Sentence],
    pub entities: &'a [Entity],
    /// Whether a person's name begins with the token's first letter (`بسام راضي`): the letter
    /// the segmenter took for a proclitic is the name's own.
    named_from_start: Vec<bool>,
    /// Whether the token lies inside a time expression (`الجمعة 6 تشرين الأول`): set by
    /// [`View::mark_times`], so that the speaker reader can pass over it as an adjunct.
    pub in_time: Vec<bool>,
}

impl<'a> View<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let mut byte_at: Vec<usize> = doc.body.char_indices().map(|(b, _)| b).collect();
        byte_at.push(doc.body.len());
        let mut bare = Vec::with_capacity(doc.tokens.len());
        let mut conj = Vec::with_capacity(doc.tokens.len());
        for t in &doc.tokens {
            let n = t.norm.as_str();
            // `والي` with a final ي is the governor (`والي الجهة`), not و + إلى, which news
            // writes `وإلى` / `والى`.
            let governor = matches!(t.text.as_str(), "والي" | "الوالي");
            // Nouns whose first letter is the root's, never a conjunction before what is left
            // (`وزير`، `وكالة`، `فصائل`).
            let radical = ROOT_INITIAL.contains(&n);
            let stripped =
                if t.kind == TokenKind::Word && n.chars().count() >= 3 && !governor && !radical {
                    n.strip_prefix('و').or_else(|| n.strip_prefix('ف'))
                } else {
                    None
                };
            conj.push(stripped.is_some());
            bare.push(stripped.unwrap_or(n).to_string());
        }
        let mut sentence_of = vec![0; doc.tokens.len()];
        for (k, s) in doc.sentences.iter().enumerate() {
            for slot in sentence_of
                .iter_mut()
                .take(s.tokens[1].min(doc.tokens.len()))
                .skip(s.tokens[0])
            {
                *slot = k;
            }
        }
        let starts: rustc_hash::FxHashSet<usize> = doc
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Per)
            .map(|e| e.start)
            .collect();
        let named_from_start = doc
            .tokens
            .iter()
            .map(|t| starts.contains(&t.start))
            .collect();
        View {
            body: &doc.body,
            byte_at,
            tokens: &doc.tokens,
            bare,
            conj,
            named_from_start,
            sentence_of,
            sentences: &doc.sentences,
            entities: &doc.entities,
            in_time: vec![false; doc.tokens.len()],
        }
    }

    /// Marks the tokens that the time expressions cover, except those inside a name (the
    /// month in `بثينة شعبان`، `تيريزا ماي`, the day in `روسيا اليوم`).
    pub fn mark_times(&mut self, times: &[TimeExpression]) {
        for t in times {
            let first = self.tokens.partition_point(|tok| tok.start < t.start);
            for k in first..self.tokens.len() {
                let tok = &self.tokens[k];
                if tok.end > t.end {
                    break;
                }
                let named = self.entity_at(k).is_some()
                    // A month alone that is also a name (`أحمد رمضان`، `تيريزا ماي`).
                    || (t.end - t.start == tok.end - tok.start
                        && MONTH_NAMES.contains(&tok.norm.as_str()));
                self.in_time[k] = !named;
            }
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Where the word of token `i` starts when it was matched as `form`: after its leading
    /// conjunction (and any marks on it) when only the bare form is `form` (`أضافت` in
    /// `وأضافت`), else at the token, so a cue's span is the reporting word itself, as
    /// GUIDELINES.md writes cues. `وصف`, matched whole, keeps its و.
    pub fn start_as(&self, i: usize, form: &str) -> usize {
        let t = &self.tokens[i];
        if self.norm(i) == form || self.bare[i] != form {
            return t.start;
        }
        let marks = t
            .text
            .chars()
            .skip(1)
            .take_while(|&c| is_diacritic(c) || c == TATWEEL)
            .count();
        (t.start + 1 + marks).min(t.end)
    }

    /// `body[start..end]` in code points.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let n = self.byte_at.len() - 1;
        let (s, e) = (start.min(n), end.min(n).max(start.min(n)));
        &self.body[self.byte_at[s]..self.byte_at[e]]
    }

    pub fn span(&self, start: usize, end: usize) -> TextSpan {
        TextSpan {
            text: self.slice(start, end).to_string(),
            start,
            end,
        }
    }

    /// The normalised form of token `i`.
    pub fn norm(&self, i: usize) -> &str {
        &self.tokens[i].norm
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.tokens[i].kind
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
    }

    /// Token `i` is punctuation whose normal form is one of `chars`.
    pub fn is_punct(&self, i: usize, chars: &[&str]) -> bool {
        matches!(self.tokens[i].kind, TokenKind::Punct) && chars.contains(&self.norm(i))
    }

    /// A quotation mark. Single straight quotes are not: news text writes `' داعش '` around
    /// names, never around reported words.
    pub fn is_quote(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Quote && self.tokens[i].norm != "'"
    }

    /// The token containing code point `pos` (or the first after it).
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens
            .partition_point(|t| t.end <= pos)
            .min(self.len().saturating_sub(1))
    }

    /// One past the last token of a span that ends at code point `end` (an entity, a link).
    pub fn token_after(&self, end: usize) -> usize {
        self.token_at(end.saturating_sub(1)) + 1
    }

    /// One past the last token of the sentence of token `i`.
    pub fn sentence_end(&self, i: usize) -> usize {
        self.sentences
            .get(self.sentence_of[i])
            .map_or(self.len(), |s| s.tokens[1])
    }

    pub fn sentence_start(&self, i: usize) -> usize {
        self.sentences
            .get(self.sentence_of[i])
            .map_or(0, |s| s.tokens[0])
    }

    /// Whether a line break separates tokens `i` and `i + 1`.
    pub fn line_break_after(&self, i: usize) -> bool {
        i + 1 < self.len()
            && self
                .slice(self.tokens[i].end, self.tokens[i + 1].start)
                .contains('\n')
    }

    /// Matches the words `phrase` from token `i` (the first word may carry و / ف). Returns one
    /// past the last matched token.
    pub fn match_words(&self, i: usize, phrase: &[String]) -> Option<usize> {
        if phrase.is_empty() || i + phrase.len() > self.len() {
            return None;
        }
        let mut j = i;
        for (k, w) in phrase.iter().enumerate() {
            if j >= self.len() {
                return None;
            }
            if self.norm(j) == w || (k == 0 && self.bare[j] == *w) {
                j += 1;
            } else if self.glued_alef(j)
                && w.strip_suffix('ا')
                    .is_some_and(|stem| self.norm(j) == stem || (k == 0 && self.bare[j] == stem))
            {
                // `نقل ا` for `نقلا`: the corpus broke the word before its tanween alef.
                j += 2;
            } else {
                return None;
            }
        }
        Some(j)
    }

    /// The entity mentions that begin within token `k`: at its start, or after a proclitic the
    /// name is written with (`للمرصد السوري`، `لبارزاني`).
    pub fn entities_starting_in(&self, k: usize) -> impl Iterator<Item = &'a Entity> + 'a {
        let (start, end) = (self.tokens[k].start, self.tokens[k].end);
        self.entities
            .iter()
            .filter(move |e| e.start >= start && e.start < end)
    }

    /// The entity mention that covers token `k`, if any.
    pub fn entity_at(&self, k: usize) -> Option<&'a Entity> {
        let tok = &self.tokens[k];
        self.entities
            .iter()
            .find(|e| e.start <= tok.start && tok.end <= e.end)
    }

    /// Tokens `i` and `i + 1` are words one space apart: perhaps one word the tokenised corpus
    /// broke in two (`أك دت`، `موضح ا`).
    pub fn split_from_next(&self, i: usize) -> bool {
        i + 1 < self.len()
            && self.is_word(i)
            && self.is_word(i + 1)
            && self.tokens[i + 1].start == self.tokens[i].end + 1
    }

    /// Token `i + 1` is a pronoun suffix the tokenised corpus broke off word `i` where a shadda
    /// was (`أن ه`، `لكن ها`، `بأن هم`): one space on, a lone `ه`، `ها`، `هم` ...
    pub fn split_pronoun(&self, i: usize) -> bool {
        self.split_from_next(i)
            && matches!(
                self.norm(i + 1),
                "ه" | "ها" | "هم" | "هما" | "هن" | "نا" | "ني"
            )
    }

    /// Token `i` is a word the tokenised corpus broke before its tanween alef: the next token
    /// is a lone `ا` one space on (`نقل ا عن`، `وفق ا ل`).
    pub fn glued_alef(&self, i: usize) -> bool {
        self.split_from_next(i) && self.norm(i + 1) == "ا"
    }

    /// Whether the segmenter split proclitic `p` off token `j` (`بوضوح` = ب + وضوح: a
    /// prepositional phrase, not part of a name).
    pub fn has_proclitic(&self, j: usize, p: &str) -> bool {
        let segments = &self.tokens[j].segments;
        !self.named_from_start[j]
            && segments.len() > 1
            && segments
                .first()
                .is_some_and(|m| m.role == crate::document::MorphemeRole::Proclitic && m.text == p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Source;
    use crate::text::{self, Segmenter};

    #[test]
    fn phrase_index_offers_phrases_by_normal_or_bare_first_word_in_order() {
        let mut doc = Document::new("t", Source::default());
        doc.body = "وبحسب مصادر ، لا صحة".to_string();
        text::analyze(&mut doc, &Segmenter::embedded());
        let v = View::new(&doc);
        let phrases: Vec<Vec<String>> = [vec!["بحسب", "ما"], vec!["لا", "صحه"], vec!["بحسب"]]
            .iter()
            .map(|p| p.iter().map(|w| w.to_string()).collect())
            .collect();
        let index = PhraseIndex::new(phrases.iter().map(Vec::as_slice));
        // `وبحسب` starts the phrases of `بحسب` through its bare form, in lexicon order.
        assert_eq!(index.candidates(&v, 0).collect::<Vec<_>>(), vec![0, 2]);
        assert_eq!(index.candidates(&v, 1).count(), 0);
        let la = (0..v.len()).find(|&i| v.norm(i) == "لا").unwrap();
        assert_eq!(index.candidates(&v, la).collect::<Vec<_>>(), vec![1]);
        // One past the end, as the content scanners ask, is no panic.
        assert_eq!(index.candidates(&v, v.len()).count(), 0);
    }

    #[test]
    fn view_slices_by_code_points_and_strips_conjunctions() {
        let mut doc = Document::new("t", Source::default());
        doc.body = "وأضافت \"الميادين\" أن".to_string();
        text::analyze(&mut doc, &Segmenter::embedded());
        let v = View::new(&doc);
        assert_eq!(v.bare[0], "اضافت");
        assert!(v.conj[0]);
        let t = &doc.tokens[2];
        assert_eq!(v.slice(t.start, t.end), "الميادين");
    }
}
