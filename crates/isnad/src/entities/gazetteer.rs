//! Gazetteers and lexicons: listed names of outlets, organisations, places, titles, demonyms
//! and given names (`data/entities/*.tsv`, see its `SOURCE.md`), matched over token sequences.
//!
//! Matching is a multi-pattern dictionary match over normalised tokens rather than over raw
//! characters: a name must start at a token (or right after the token's proclitics: `لقسد`,
//! `والتحالف`) and end at a token end; punctuation and quote marks break it (the writer's
//! quotes delimit a name: `قناة "الميادين"` is the outlet `الميادين`). The index maps a name's first word to
//! its entries, longest first, so a match costs one hash lookup per token and candidate form.

use rustc_hash::FxHashMap;

use crate::document::{Coordinates, EntityType, TokenKind};
use crate::entities::features::{WordForms, LOOSE_PROCLITICS};
use crate::text::Normalizer;

/// The files compiled in, in order of precedence (an earlier file wins a tie).
const FILES: [(&str, &str); 11] = [
    ("media", include_str!("../../../../data/entities/media.tsv")),
    (
        "organisations",
        include_str!("../../../../data/entities/organisations.tsv"),
    ),
    (
        "places",
        include_str!("../../../../data/entities/places.tsv"),
    ),
    (
        "countries",
        include_str!("../../../../data/entities/countries.tsv"),
    ),
    (
        "people",
        include_str!("../../../../data/entities/people.tsv"),
    ),
    (
        "cities",
        include_str!("../../../../data/entities/cities.tsv"),
    ),
    (
        "titles",
        include_str!("../../../../data/entities/titles.tsv"),
    ),
    (
        "demonyms",
        include_str!("../../../../data/entities/demonyms.tsv"),
    ),
    (
        "given-names",
        include_str!("../../../../data/entities/given-names.tsv"),
    ),
    (
        "person-names",
        include_str!("../../../../data/entities/person-names.tsv"),
    ),
    (
        "ambiguous",
        include_str!("../../../../data/entities/ambiguous.tsv"),
    ),
];

/// Files whose every entry is weak: GeoNames' alternate names include many common words.
const WEAK_FILES: [&str; 1] = ["cities"];

/// What a listed name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GazKind {
    Entity(EntityType),
    /// A title or role that introduces a person (`المتحدث باسم`).
    Role,
    /// A nationality adjective (`الأمريكية`); its canonical is the state.
    Demonym,
    /// A given name: tagger evidence only.
    Given,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub kind: GazKind,
    /// The name as listed.
    pub name: String,
    pub canonical: String,
    pub id: Option<String>,
    pub coordinates: Option<Coordinates>,
    /// Only types and canonicalises a mention found otherwise.
    pub weak: bool,
    /// Normalised words.
    pub words: Vec<String>,
    /// Index of the file it came from (lower wins).
    pub rank: u8,
}

/// One match: tokens `first..=last` of the sequence matched, the first one from code point
/// `strip` of its surface on (after proclitics).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazMatch {
    pub first: usize,
    pub last: usize,
    pub strip: usize,
    pub entry: u32,
}

#[derive(Debug, Clone)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_first: FxHashMap<String, Vec<u32>>,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::embedded()
    }
}

impl Gazetteer {
    /// The gazetteers compiled into the binary.
    pub fn embedded() -> Self {
        Self::from_files(&FILES)
    }

    /// Builds from `(name, tsv)` pairs; see `data/entities/SOURCE.md` for the columns.
    /// Malformed lines are skipped (the files are ours and checked by tests).
    pub fn from_files(files: &[(&str, &str)]) -> Self {
        let normalizer = Normalizer::default();
        let mut entries = Vec::new();
        let mut ambiguous: Vec<String> = Vec::new();
        for (rank, &(file, tsv)) in files.iter().enumerate() {
            for line in tsv.lines() {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
                if file == "ambiguous" {
                    ambiguous.push(normalizer.normalize(cols[0]));
                    continue;
                }
                let Some(kind) = cols.get(1).and_then(|t| parse_kind(t)) else {
                    continue;
                };
                let name = cols[0];
                let col = |i: usize| {
                    cols.get(i)
                        .copied()
                        .filter(|c| !c.is_empty() && *c != "weak")
                };
                let canonical = col(2).unwrap_or(name).to_string();
                let id = col(3).map(|s| format!("gazetteer:{s}"));
                let coordinates = match (
                    col(4).and_then(|s| s.parse::<f64>().ok()),
                    col(5).and_then(|s| s.parse::<f64>().ok()),
                ) {
                    (Some(lat), Some(lon)) => Some(Coordinates { lat, lon }),
                    _ => None,
                };
                // The flag may follow empty or omitted coordinate columns.
                let weak = cols[2..].contains(&"weak") || WEAK_FILES.contains(&file);
                let names = if kind == GazKind::Demonym {
                    demonym_forms(name)
                } else {
                    vec![name.to_string()]
                };
                for n in names {
                    let words: Vec<String> = normalizer
                        .normalize(&n)
                        .split_whitespace()
                        .map(str::to_string)
                        .collect();
                    if words.is_empty() {
                        continue;
                    }
                    entries.push(Entry {
                        kind,
                        name: n,
                        canonical: canonical.clone(),
                        id: id.clone(),
                        coordinates,
                        weak,
                        words,
                        rank: rank as u8,
                    });
                }
            }
        }
        for e in &mut entries {
            if e.words.len() == 1 && ambiguous.contains(&e.words[0]) {
                e.weak = true;
            }
        }
        let mut by_first: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        for (i, e) in entries.iter().enumerate() {
            by_first
                .entry(e.words[0].clone())
                .or_default()
                .push(i as u32);
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|&i| {
                let e = &entries[i as usize];
                (std::cmp::Reverse(e.words.len()), e.rank, i)
            });
        }
        Gazetteer { entries, by_first }
    }

    pub fn entry(&self, i: u32) -> &Entry {
        &self.entries[i as usize]
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether a normalised single word is a listed given name (`given-names.tsv`,
    /// `person-names.tsv`).
    pub fn is_given(&self, norm: &str) -> bool {
        self.by_first.get(norm).is_some_and(|list| {
            list.iter().any(|&i| {
                let e = &self.entries[i as usize];
                e.kind == GazKind::Given && e.words.len() == 1
            })
        })
    }

    /// Whether a normalised single word is a listed nationality adjective (`السورية`) and not
    /// also a listed state of one word (`السعودية` is the country as often as the adjective).
    pub fn is_demonym(&self, norm: &str) -> bool {
        let one_word = |kind: fn(GazKind) -> bool| {
            self.by_first.get(norm).is_some_and(|list| {
                list.iter().any(|&i| {
                    let e = &self.entries[i as usize];
                    kind(e.kind) && e.words.len() == 1
                })
            })
        };
        one_word(|k| k == GazKind::Demonym) && !one_word(|k| k == GazKind::Entity(EntityType::Gpe))
    }

    /// Every listed name in `words`, at every start position and candidate form.
    pub fn find(&self, words: &[&WordForms]) -> Vec<GazMatch> {
        let mut out = Vec::new();
        for i in 0..words.len() {
            let w = words[i];
            if matches!(w.kind(), TokenKind::Quote | TokenKind::Punct) {
                continue;
            }
            let mut tried: [Option<&str>; 3] = [None; 3];
            let loose = loose_strip(w);
            let candidates = [
                (w.norm.as_str(), 0usize),
                (w.after_proclitics.as_str(), w.stem_start),
                (loose.map_or("", |(s, _)| s), loose.map_or(0, |(_, k)| k)),
            ];
            for (k, &(form, strip)) in candidates.iter().enumerate() {
                if form.is_empty() || tried.contains(&Some(form)) {
                    continue;
                }
                tried[k] = Some(form);
                let Some(list) = self.by_first.get(form) else {
                    continue;
                };
                for &id in list {
                    let e = &self.entries[id as usize];
                    // A loosely stripped short place name is too often a word with a clitic
                    // (`وجده` "found it" is not و + جدة).
                    if k == 2
                        && matches!(e.kind, GazKind::Entity(EntityType::Gpe | EntityType::Loc))
                        && form.chars().count() < 4
                    {
                        continue;
                    }
                    if let Some(last) = self.match_rest(words, i, e) {
                        out.push(GazMatch {
                            first: i,
                            last,
                            strip,
                            entry: id,
                        });
                    }
                }
            }
        }
        out
    }

    /// Matches words 2.. of `e` after token `i`; returns the index of the last token.
    fn match_rest(&self, words: &[&WordForms], i: usize, e: &Entry) -> Option<usize> {
        let mut j = i;
        for want in &e.words[1..] {
            j += 1;
            let w = words.get(j)?;
            if w.norm == *want {
                continue;
            }
            // A preposition written apart and a quoted name inside a listed name:
            // `المركز الإعلامي لـ"قوات سوريا الديمقراطية"` is `... لقوات سوريا ...`.
            let rest = want.strip_prefix(w.norm.as_str()).filter(|_| {
                w.kind() == TokenKind::Word
                    && LOOSE_PROCLITICS.iter().any(|c| w.norm == c.to_string())
            })?;
            j += 1;
            while words.get(j)?.kind() == TokenKind::Quote {
                j += 1;
            }
            if words[j].norm != rest {
                return None;
            }
        }
        Some(j)
    }
}

/// A single-letter proclitic the segmenter did not split off (names are rare in its lexicon).
fn loose_strip(w: &WordForms) -> Option<(&str, usize)> {
    if w.stem_start != 0 || w.kind() != TokenKind::Word {
        return None;
    }
    let mut chars = w.norm.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    (LOOSE_PROCLITICS.contains(&first) && rest.chars().count() >= 3).then_some((rest, 1))
}

fn parse_kind(s: &str) -> Option<GazKind> {
    Some(match s {
        "PER" => GazKind::Entity(EntityType::Per),
        "ORG" => GazKind::Entity(EntityType::Org),
        "LOC" => GazKind::Entity(EntityType::Loc),
        "GPE" => GazKind::Entity(EntityType::Gpe),
        "MEDIA" => GazKind::Entity(EntityType::Media),
        "MISC" => GazKind::Entity(EntityType::Misc),
        "ROLE" => GazKind::Role,
        "DEMONYM" => GazKind::Demonym,
        "GIVEN" => GazKind::Given,
        _ => return None,
    })
}

/// A nisba stem's forms: with and without the article, masculine and feminine, and the adverb
/// in ـا (`أمريكيا`, "by America").
fn demonym_forms(stem: &str) -> Vec<String> {
    vec![
        stem.to_string(),
        format!("{stem}ة"),
        format!("ال{stem}"),
        format!("ال{stem}ة"),
        format!("{stem}ا"),
        format!("{stem}ون"),
        format!("{stem}ين"),
        format!("ال{stem}ون"),
        format!("ال{stem}ين"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Segmenter;

    fn forms(text: &str) -> Vec<WordForms> {
        let s = Segmenter::embedded();
        let n = Normalizer::default();
        crate::text::tokenize(text)
            .map(|t| WordForms::segment(&text[t.start..t.end], &s, &n))
            .collect()
    }

    #[test]
    fn names_match_through_clitics_and_quotes() {
        let g = Gazetteer::embedded();
        let f = forms("وتنظيم \"داعش\" و\"قسد\" لقسد والتحالف الدولي");
        let refs: Vec<&WordForms> = f.iter().collect();
        let found: Vec<(String, usize, usize)> = g
            .find(&refs)
            .iter()
            .map(|m| (g.entry(m.entry).canonical.clone(), m.first, m.last))
            .collect();
        assert!(found.contains(&("داعش".to_string(), 2, 2)), "{found:?}");
        assert!(found.contains(&("قوات سوريا الديمقراطية".to_string(), 6, 6)));
        assert!(found.contains(&("قوات سوريا الديمقراطية".to_string(), 8, 8)));
        assert!(found.contains(&("التحالف الدولي".to_string(), 9, 10)));
    }

    #[test]
    fn every_file_loads() {
        let g = Gazetteer::embedded();
        assert!(g.len() > 1500);
        let kinds: std::collections::HashSet<GazKind> = g.entries.iter().map(|e| e.kind).collect();
        assert!(kinds.contains(&GazKind::Role) && kinds.contains(&GazKind::Given));
    }
}
