//! Chains of transmission: who relays whom.
//!
//! Three shapes make a chain longer than one link: the relay verb (`نقلت "رويترز" عن بالي
//! قوله` is رويترز then بالي), the relay phrase (`قالت الوكالة - نقلا عن وزارة الدفاع - إن`),
//! and the addressee outlet (`قال التحالف لرويترز`، `قال جيراسيموف لصحيفة (...)`، `أبلغ شاهد
//! وكالة رويترز`: the outlet carries the speaker's words, so it is the outer link). Attribution
//! phrases with no verb (`حسب "سي إن إن"`، `وفقا لوكالة ...`) make a one-link chain of their own.

use rustc_hash::FxHashSet;

use super::{data_lines, norm, norm_words, View};

const PHRASES: &str = include_str!("../../../../data/attribution/attribution-phrases.tsv");
/// Head nouns of outlets, and outlets the entity gazetteer does not list yet.
const MEDIA: &str = include_str!("../../../../data/attribution/media.tsv");
/// The entity gazetteer's outlets: one list of names for both stages.
const GAZETTEER_MEDIA: &str = include_str!("../../../../data/entities/media.tsv");

/// How an attribution phrase relates its source to the clause around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    /// `حسب X`: X is the source of the clause before or after.
    According,
    /// `نقلا عن X`: X is an inner link of the current chain.
    Relay,
    /// `على حد قوله`: the current speaker's own words.
    OwnWords,
}

#[derive(Debug, Clone)]
struct Phrase {
    words: Vec<String>,
    /// The phrase ends in the proclitic ل of the next word (`وفقا لـ`).
    proclitic_l: bool,
    kind: PhraseKind,
}

/// A phrase found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub kind: PhraseKind,
    /// First and one-past-last token of the phrase itself.
    pub first: usize,
    pub last: usize,
    /// Where the phrase's first word starts, its conjunction set aside (`حسب` in `وبحسب`).
    pub start: usize,
    /// Where the source's noun phrase begins: a token and the code point to start from.
    pub source_token: usize,
    pub source_start: usize,
}

/// Attribution phrases and news outlets.
pub struct PhraseLexicon {
    phrases: Vec<Phrase>,
    index: super::PhraseIndex,
    media_heads: FxHashSet<String>,
    outlets: Vec<Vec<String>>,
    quoted_outlets: Vec<Vec<String>>,
}

impl PhraseLexicon {
    pub fn embedded() -> Self {
        let mut phrases: Vec<Phrase> = data_lines(PHRASES)
            .filter(|c| c.len() >= 2)
            .map(|c| {
                let mut words = norm_words(c[0]);
                let proclitic_l = words.last().is_some_and(|w| w == "ل");
                if proclitic_l {
                    words.pop();
                }
                let kind = match c[1] {
                    "relay" => PhraseKind::Relay,
                    "self" => PhraseKind::OwnWords,
                    _ => PhraseKind::According,
                };
                Phrase {
                    words,
                    proclitic_l,
                    kind,
                }
            })
            .collect();
        // Longest first, so that `حسبما قال` wins over `حسبما`.
        phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len() + usize::from(p.proclitic_l)));
        let mut media_heads = FxHashSet::default();
        let mut outlets = Vec::new();
        for c in data_lines(MEDIA).filter(|c| c.len() >= 2) {
            match c[0] {
                "head" => {
                    media_heads.insert(norm(c[1]));
                }
                _ => outlets.push(norm_words(c[1])),
            }
        }
        // (`quoted`: a name that is an everyday word, `المدينة` "the city", `اليوم` "today",
        // names the outlet only in quotation marks: `مصادر «المدينة»`, not `محافظ للمدينة`.)
        let mut quoted_outlets = Vec::new();
        for c in data_lines(GAZETTEER_MEDIA).filter(|c| c.len() >= 2 && c[1] == "MEDIA") {
            if c.iter().skip(4).any(|f| *f == "quoted") {
                quoted_outlets.push(norm_words(c[0]));
            } else {
                outlets.push(norm_words(c[0]));
            }
        }
        outlets.sort_by_key(|o| std::cmp::Reverse(o.len()));
        outlets.dedup();
        PhraseLexicon {
            index: super::PhraseIndex::new(phrases.iter().map(|p| p.words.as_slice())),
            phrases,
            media_heads,
            outlets,
            quoted_outlets,
        }
    }

    /// The attribution phrase starting at token `i`, if any.
    pub fn at(&self, view: &View, i: usize) -> Option<PhraseMatch> {
        for k in self.index.candidates(view, i) {
            let p = &self.phrases[k];
            let Some(mut end) = view.match_words(i, &p.words) else {
                continue;
            };
            // `وفق ا للتقارير`: the corpus broke `وفقا`; the ل-phrase reading applies.
            let broken_alef = end < view.len() && view.norm(end) == "ا";
            if broken_alef && !p.proclitic_l {
                continue;
            }
            if broken_alef {
                end += 1;
            }
            if !p.proclitic_l {
                return Some(PhraseMatch {
                    kind: p.kind,
                    first: i,
                    last: end,
                    start: view.start_as(i, &p.words[0]),
                    source_token: end,
                    source_start: view.tokens.get(end).map_or(0, |t| t.start),
                });
            }
            let (tok, start) = after_proclitic_l(view, end)?;
            return Some(PhraseMatch {
                kind: p.kind,
                first: i,
                last: end + 1,
                start: view.start_as(i, &p.words[0]),
                source_token: tok,
                source_start: start,
            });
        }
        None
    }

    pub fn is_media_head(&self, norm_word: &str) -> bool {
        self.media_heads.contains(norm_word)
    }

    /// One past the last token of a known outlet's name starting at token `i` (with `first`
    /// standing for the first word when it lost a proclitic).
    pub fn outlet_at(&self, view: &View, i: usize, first: &str) -> Option<usize> {
        let spelt = |o: &[String]| {
            i + o.len() <= view.len()
                && o.iter().enumerate().all(|(k, w)| {
                    let got = if k == 0 { first } else { view.norm(i + k) };
                    got == w
                })
        };
        // A name that is an everyday word counts in quotation marks or after a ل written apart
        // (`«المدينة»`، `لـ المدينة`).
        let marked = i > 0 && (view.is_quote(i - 1) || view.norm(i - 1) == "ل");
        let quoted = self.quoted_outlets.iter().filter(|_| marked);
        self.outlets
            .iter()
            .chain(quoted)
            .find(|o| spelt(o))
            .map(|o| i + o.len())
    }

    /// Token `i` addresses an outlet: `لرويترز`، `لوكالة`، `لصحيفة`، `لمراسل`، `لـ"الأناضول"`.
    /// Returns where the outlet's name begins (token, code point).
    pub fn addressee_at(&self, view: &View, i: usize) -> Option<(usize, usize)> {
        if !view.is_word(i) {
            return None;
        }
        let n = view.norm(i);
        // `أكد ... عبر " المركزية " أن`: the outlet the words went out through (not a platform,
        // `عبر " تويتر "`, nor an account, `عبر حسابه`).
        if n == "عبر" {
            const PLATFORMS: &[&str] = &[
                "تويتر",
                "فيسبوك",
                "فيس",
                "يوتيوب",
                "تلغرام",
                "تليغرام",
                "واتساب",
                "انستغرام",
                "انستجرام",
            ];
            let next = i + 1;
            let named = (next..(next + 2).min(view.len())).find(|&k| view.is_word(k));
            if named.is_some_and(|k| PLATFORMS.contains(&view.norm(k))) {
                return None;
            }
            let quoted = next + 2 < view.len()
                && view.is_quote(next)
                && view.is_word(next + 1)
                && (next + 2..(next + 5).min(view.len())).any(|k| view.is_quote(k));
            let media = view.entity_at(next).is_some_and(|e| {
                e.start == view.tokens[next].start && e.kind == crate::document::EntityType::Media
            });
            return (quoted || media).then(|| (next, view.tokens[next].start));
        }
        let rest = n.strip_prefix('ل')?;
        if rest.is_empty() {
            // `لـ` on its own (`ل - " الأناضول "` in tokenised text): the outlet follows.
            let mut next = i + 1;
            while next < view.len() && view.is_punct(next, &["-"]) {
                next += 1;
            }
            // (`لـ(الجزيرة)`: some papers bracket their own name.)
            if next + 2 < view.len()
                && view.is_punct(next, &["("])
                && (next + 2..(next + 5).min(view.len())).any(|k| view.is_punct(k, &[")"]))
                && (self
                    .outlet_at(view, next + 1, view.norm(next + 1))
                    .is_some()
                    || view.entity_at(next + 1).is_some_and(|e| {
                        e.start == view.tokens[next + 1].start
                            && e.kind == crate::document::EntityType::Media
                    }))
            {
                return Some((next + 1, view.tokens[next + 1].start));
            }
            // `مواقع تابعة ل - " قسد "`: whose they are, not whom they told.
            let w = if i > 0 { view.norm(i - 1) } else { "" };
            if matches!(
                w.strip_prefix("ال").unwrap_or(w),
                "تابع" | "تابعه" | "مقرب" | "مقربه" | "موالي" | "مواليه"
            ) {
                return None;
            }
            // (`ل - هيومن رايتس ووتش`: a body named without quotes.)
            let body = || {
                view.entity_at(next).is_some_and(|e| {
                    e.start == view.tokens[next].start
                        && matches!(
                            e.kind,
                            crate::document::EntityType::Org | crate::document::EntityType::Media
                        )
                })
            };
            if next < view.len()
                && (view.is_quote(next)
                    || self.outlet_at(view, next, view.norm(next)).is_some()
                    || body())
            {
                return Some((next, view.tokens[next].start));
            }
            return None;
        }
        // `لو` (the conditional, or the French article of `لو فيجارو`) is no ل + outlet.
        if rest.chars().count() < 2 {
            return None;
        }
        // `للتلفاز`: ل before the article drops its alef.
        let with_article = rest
            .strip_prefix('ل')
            .map(|r| format!("ال{r}"))
            .unwrap_or_default();
        if self.media_heads.contains(rest)
            || self.media_heads.contains(&with_article)
            || self.outlet_at(view, i, rest).is_some()
            // (`للجزيرة`)
            || (!with_article.is_empty() && self.outlet_at(view, i, &with_article).is_some())
        {
            let (_, start) = skip_l(view, i);
            return Some((i, start));
        }
        None
    }
}

/// Token `i` is a word the segmenter splits as ل + name (`لعنب بلدي`، `لسمارت`): right after a
/// reporting verb, where a subject cannot begin with a preposition, that is an addressee.
/// Pronouns (`له`، `لها`) and the press at large (`لوسائل الإعلام`) are not outlets.
pub fn clitic_addressee_at(view: &View, i: usize) -> Option<(usize, usize)> {
    const NOT_OUTLETS: &[&str] = &["وسايل", "صحفيين", "صحافيين", "اعلام", "مراسلين"];
    let t = view.tokens.get(i)?;
    let first = t.segments.first()?;
    if first.role != crate::document::MorphemeRole::Proclitic
        || !matches!(first.text.as_str(), "ل" | "لـ")
    {
        return None;
    }
    if t.segments.len() < 2
        || t.segments
            .iter()
            .any(|m| m.role == crate::document::MorphemeRole::Enclitic)
    {
        return None;
    }
    let rest = view.norm(i).strip_prefix('ل')?;
    if rest.chars().count() < 3 || NOT_OUTLETS.contains(&rest) {
        return None;
    }
    Some(skip_l(view, i))
}

/// The code point after a word's proclitic ل (and any tatweel after it).
fn skip_l(view: &View, i: usize) -> (usize, usize) {
    let t = &view.tokens[i];
    let mut start = t.start;
    for (k, c) in t.text.chars().enumerate() {
        if k == 0 || c == '\u{0640}' {
            start = t.start + k + 1;
        } else {
            break;
        }
    }
    (i, start)
}

/// After a phrase ending in ل: the next word starts with ل (`لوكالة`) or is `لـ` on its own.
fn after_proclitic_l(view: &View, i: usize) -> Option<(usize, usize)> {
    if i >= view.len() || !view.is_word(i) || !view.norm(i).starts_with('ل') {
        return None;
    }
    if view.norm(i) == "ل" {
        let next = i + 1;
        return (next < view.len()).then(|| (next, view.tokens[next].start));
    }
    Some(skip_l(view, i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Source};
    use crate::text::{self, Segmenter};

    fn doc(s: &str) -> Document {
        let mut d = Document::new("t", Source::default());
        d.body = s.to_string();
        text::analyze(&mut d, &Segmenter::embedded());
        d
    }

    #[test]
    fn phrases_and_addressees() {
        let lex = PhraseLexicon::embedded();
        let d = doc("وفقا لوكالة رويترز، حسب \"سي إن إن\" وقال لرويترز");
        let v = View::new(&d);
        let m = lex.at(&v, 0).expect("وفقا لـ");
        assert_eq!(m.kind, PhraseKind::According);
        assert_eq!(
            v.slice(m.source_start, v.tokens[m.source_token].end),
            "وكالة"
        );
        assert!(lex.at(&v, 4).is_some());
        let last = v.len() - 1;
        let (_, start) = lex.addressee_at(&v, last).expect("لرويترز");
        assert_eq!(v.slice(start, v.tokens[last].end), "رويترز");
    }
}
