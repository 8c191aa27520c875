//! The entities layer: people, organisations, places and media outlets in `body`, each with a
//! canonical identity.
//!
//! Reads the text layer's tokens (with their clitic segments) and sentences; writes
//! `entities`. A two-stage averaged-perceptron tagger ([`tagger`]) proposes spans from rich
//! features ([`features`], [`clusters`]), the gazetteers ([`gazetteer`]) add the names
//! they list, and [`canonical`] merges both, strips clitics and quote marks, resolves aliases
//! and surnames, and binds roles to people. The model and every list are compiled in.
//!
//! Mentions may nest: a region and its place (`شرق سوريا`, `سوريا`), a listed name and the
//! quoted name inside it (`المركز الإعلامي لـ"قوات سوريا الديمقراطية"`). `entities` is sorted
//! by start, the longer mention first; all mentions of one entity share `canonical` and `id`.

pub mod canonical;
pub mod clusters;
pub mod features;
pub mod gazetteer;
pub mod tagger;
pub mod training;

use rustc_hash::FxHashMap;

use crate::document::{Document, Entity, EntityType, MorphemeRole, TokenKind};
use crate::text::{normalize::is_diacritic, normalize::TATWEEL, Normalizer, Segmenter};
use canonical::Mention;
use clusters::Clusters;
use features::{group, FeatureSet, WordForms};
use gazetteer::{GazKind, Gazetteer};
use tagger::{Model, Tagger, TypeTable, CLASSES, TAGS};

const MODEL: &[u8] = include_bytes!("../../../../data/entities/ner.model");

/// Gazetteers, clusters and the tagger, loaded once; share across threads.
pub struct Recognizer {
    pub gazetteer: Gazetteer,
    pub clusters: Clusters,
    tagger: Option<Tagger>,
    /// The document-aware second stage, when the model has one.
    second: Option<Tagger>,
    groups: u32,
    second_groups: u32,
    normalizer: Normalizer,
    /// Identifies this recognizer's word-type cache (see [`analyze`]).
    id: u64,
}

/// Word types kept per thread across documents, so that a corpus is tagged at the warm speed;
/// cleared beyond this many types (a few tens of MB).
pub const TYPE_CACHE_LIMIT: usize = 200_000;

static NEXT_RECOGNIZER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

thread_local! {
    static TYPE_CACHE: std::cell::RefCell<(u64, TypeTable)> =
        std::cell::RefCell::new((0, TypeTable::new()));
}

impl Recognizer {
    /// Everything compiled into the binary. Without a model file (an empty
    /// `data/entities/ner.model`, while bootstrapping) only listed names are found.
    pub fn embedded() -> Self {
        let model = if MODEL.is_empty() {
            None
        } else {
            Some(
                Model::from_bytes(MODEL)
                    .expect("the embedded model is written by `isnad train ner`"),
            )
        };
        Self::new(Gazetteer::embedded(), Clusters::embedded(), model)
    }

    pub fn new(gazetteer: Gazetteer, clusters: Clusters, model: Option<Model>) -> Self {
        let groups = model.as_ref().map_or(group::DEFAULT, |m| m.groups);
        let second_groups = model
            .as_ref()
            .and_then(|m| m.second.as_ref())
            .map_or(0, |m| m.groups);
        let mut r = Recognizer {
            gazetteer,
            clusters,
            tagger: None,
            second: None,
            groups,
            second_groups,
            normalizer: Normalizer::default(),
            id: NEXT_RECOGNIZER.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        };
        if let Some(mut m) = model {
            if let Some(second) = m.second.take() {
                let t = Tagger::for_stage(*second, &r.features_of(second_groups), 1);
                r.second = Some(t);
            }
            let t = Tagger::new(m, &r.features());
            r.tagger = Some(t);
        }
        r
    }

    pub fn features(&self) -> FeatureSet<'_> {
        self.features_of(self.groups)
    }

    fn features_of(&self, groups: u32) -> FeatureSet<'_> {
        FeatureSet {
            groups,
            gazetteer: &self.gazetteer,
            clusters: &self.clusters,
        }
    }

    /// Tags the sentences of one document: the first stage sentence by sentence, then, when
    /// the model has one, the second stage with the first stage's document-wide tags of each
    /// word as extra features.
    pub fn tag_document(
        &self,
        table: &mut TypeTable,
        sentences: &[Vec<u32>],
        bits: &[Vec<u32>],
    ) -> Vec<Vec<usize>> {
        let first: Vec<Vec<usize>> = sentences
            .iter()
            .zip(bits)
            .map(|(ids, b)| self.tag_ids(table, ids, b))
            .collect();
        let Some(second) = &self.second else {
            return first;
        };
        let doc = tagger::document_bits(table, sentences, &first);
        let fs = self.features_of(self.second_groups);
        sentences
            .iter()
            .zip(bits)
            .zip(&doc)
            .map(|((ids, b), d)| {
                let merged: Vec<u32> = b.iter().zip(d).map(|(x, y)| x | y).collect();
                second.tag(&fs, table, ids, &merged)
            })
            .collect()
    }

    pub fn has_tagger(&self) -> bool {
        self.tagger.is_some()
    }

    /// Tag indices for one sentence of interned word types.
    fn tag_ids(&self, table: &mut TypeTable, ids: &[u32], gaz_bits: &[u32]) -> Vec<usize> {
        match &self.tagger {
            Some(t) => t.tag(&self.features(), table, ids, gaz_bits),
            None => vec![0; ids.len()],
        }
    }

    /// Tags CoNLL sentences (their own tokens): the tagger alone (`system == false`) or the
    /// whole entity layer (listed names and surname resolution too), as BIO tags over the
    /// CoNLL classes (GPE → LOC, MEDIA → ORG).
    pub fn tag_conll(
        &self,
        sentences: &[Vec<String>],
        segmenter: &Segmenter,
        table: &mut TypeTable,
        system: bool,
    ) -> Vec<Vec<String>> {
        let fs = self.features();
        let mut out = Vec::with_capacity(sentences.len());
        // The file is read in runs of sentences, as documents (CoNLL files carry no document
        // breaks): the second stage and, in system mode, name propagation work per document.
        for run in sentences.chunks(CONLL_DOCUMENT_SENTENCES) {
            let mut ids = Vec::with_capacity(run.len());
            let mut matches = Vec::with_capacity(run.len());
            let mut bits = Vec::with_capacity(run.len());
            for s in run {
                let sent: Vec<u32> = s
                    .iter()
                    .map(|w| {
                        table.intern(w, &fs, || {
                            WordForms::segment(w, segmenter, &self.normalizer)
                        })
                    })
                    .collect();
                let words: Vec<&WordForms> = sent.iter().map(|&i| table.forms(i)).collect();
                let m = self.gazetteer.find(&words);
                bits.push(gaz_bits(&self.gazetteer, &fs, &m, &words));
                matches.push(m);
                ids.push(sent);
            }
            let tags = self.tag_document(table, &ids, &bits);
            if !system {
                out.extend(
                    tags.iter()
                        .map(|t| t.iter().map(|&t| TAGS[t].to_string()).collect()),
                );
                continue;
            }
            let chunk: Vec<(Vec<u32>, Vec<Mention>)> = ids
                .into_iter()
                .zip(run.iter().zip(tags.iter().zip(&matches)))
                .map(|(sent, (surface, (t, m)))| {
                    let words: Vec<&WordForms> = sent.iter().map(|&i| table.forms(i)).collect();
                    let tokens: Vec<&str> = surface.iter().map(String::as_str).collect();
                    let surf = canonical::Surfaces {
                        tokens: &tokens,
                        segmenter,
                        normalizer: &self.normalizer,
                    };
                    let mentions = canonical::merge(&self.gazetteer, &words, &surf, t, m);
                    (sent, mentions)
                })
                .collect();
            out.extend(self.resolve_chunk(table, chunk));
        }
        out
    }

    /// Document-level resolution over a run of CoNLL sentences; BIO tags per sentence.
    fn resolve_chunk(
        &self,
        table: &TypeTable,
        chunk: Vec<(Vec<u32>, Vec<Mention>)>,
    ) -> Vec<Vec<String>> {
        let mut words: Vec<&WordForms> = Vec::new();
        let mut starts = Vec::new();
        let mut mentions = Vec::new();
        for (ids, ms) in &chunk {
            let at = words.len();
            starts.push(at);
            words.extend(ids.iter().map(|&i| table.forms(i)));
            mentions.extend(ms.iter().cloned().map(|mut m| {
                m.first += at;
                m.last += at;
                m
            }));
        }
        canonical::resolve_surnames(&self.gazetteer, &words, &mut mentions, |_| String::new());
        canonical::propagate(&self.gazetteer, &words, &mut mentions, |_| String::new());
        let mut out = Vec::with_capacity(chunk.len());
        for (k, (ids, _)) in chunk.iter().enumerate() {
            let (a, b) = (starts[k], starts[k] + ids.len());
            let mut bio = vec!["O".to_string(); ids.len()];
            let mut taken = vec![false; ids.len()];
            for m in mentions.iter().filter(|m| m.first >= a && m.last < b) {
                let (f, l) = (m.first - a, m.last - a);
                if taken[f..=l].iter().any(|&t| t) {
                    continue;
                }
                let class = conll_class(m.kind);
                for t in f..=l {
                    taken[t] = true;
                    bio[t] = format!("{}-{class}", if t == f { "B" } else { "I" });
                }
            }
            out.push(bio);
        }
        out
    }
}

/// Sentences of a CoNLL file read as one document in system mode (ANERcorp articles run to
/// about a dozen sentences).
pub const CONLL_DOCUMENT_SENTENCES: usize = 12;

/// The CoNLL class an entity type is scored as: GPE counts as LOC and MEDIA as ORG, as in
/// ANERcorp, where countries are locations and outlets organisations.
pub fn conll_class(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Per => CLASSES[0],
        EntityType::Loc | EntityType::Gpe => CLASSES[1],
        EntityType::Org | EntityType::Media => CLASSES[2],
        EntityType::Misc => CLASSES[3],
    }
}

/// Per-token feature bits: gazetteer matches (bit `2k`: a listed name of kind `k` starts at the
/// token; bit `2k+1`: one continues through it) and quoted spans
/// ([`features::quote_bits`]).
pub fn gaz_bits(
    gaz: &Gazetteer,
    fs: &FeatureSet<'_>,
    matches: &[gazetteer::GazMatch],
    words: &[&WordForms],
) -> Vec<u32> {
    let mut out = vec![0u32; words.len()];
    if fs.groups & group::QUOTES != 0 {
        features::quote_bits(words, &mut out);
    }
    if fs.groups & group::GAZETTEER == 0 {
        return out;
    }
    for m in matches {
        let k = gaz.entry(m.entry).kind.feature_index();
        out[m.first] |= 1 << (2 * k);
        for slot in out.iter_mut().take(m.last + 1).skip(m.first + 1) {
            *slot |= 1 << (2 * k + 1);
        }
    }
    out
}

/// Fills `entities` of `doc` from its tokens and sentences.
///
/// Word types (their forms, features and score vectors) are cached per thread and per
/// recognizer across documents: a word's analysis depends only on its surface form.
pub fn analyze(doc: &mut Document, recognizer: &Recognizer, segmenter: &Segmenter) {
    TYPE_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.0 != recognizer.id || cache.1.types.len() > TYPE_CACHE_LIMIT {
            *cache = (recognizer.id, TypeTable::new());
        }
        analyze_with(doc, recognizer, segmenter, &mut cache.1);
    });
}

/// [`analyze`] with the caller's word-type table (fresh or kept from earlier documents of the
/// same recognizer).
pub fn analyze_with(
    doc: &mut Document,
    recognizer: &Recognizer,
    segmenter: &Segmenter,
    table: &mut TypeTable,
) {
    let fs = recognizer.features();
    let ids: Vec<u32> = doc
        .tokens
        .iter()
        .map(|t| {
            table.intern(&t.text, &fs, || {
                let parts: Vec<(usize, usize, MorphemeRole)> = t
                    .segments
                    .iter()
                    .map(|m| (m.start - t.start, m.end - t.start, m.role))
                    .collect();
                let mut forms = WordForms::new(&t.text, t.kind, &parts, &recognizer.normalizer);
                forms.count_in(&t.text, segmenter);
                forms
            })
        })
        .collect();
    // Mentions over document token indices, with their sentence's role bindings.
    let mut mentions: Vec<Mention> = Vec::new();
    let ranges: Vec<(usize, usize)> = doc
        .sentences
        .iter()
        .map(|s| (s.tokens[0].min(ids.len()), s.tokens[1].min(ids.len())))
        .filter(|(a, b)| a < b)
        .collect();
    let sentences: Vec<Vec<u32>> = ranges.iter().map(|&(a, b)| ids[a..b].to_vec()).collect();
    let mut all_matches = Vec::with_capacity(sentences.len());
    let mut bits = Vec::with_capacity(sentences.len());
    for sent in &sentences {
        let words: Vec<&WordForms> = sent.iter().map(|&i| table.forms(i)).collect();
        let matches = recognizer.gazetteer.find(&words);
        bits.push(gaz_bits(&recognizer.gazetteer, &fs, &matches, &words));
        all_matches.push(matches);
    }
    let tags = recognizer.tag_document(table, &sentences, &bits);
    for (k, &(a, b)) in ranges.iter().enumerate() {
        let words: Vec<&WordForms> = sentences[k].iter().map(|&i| table.forms(i)).collect();
        let matches = &all_matches[k];
        let tokens: Vec<&str> = doc.tokens[a..b].iter().map(|t| t.text.as_str()).collect();
        let surf = canonical::Surfaces {
            tokens: &tokens,
            segmenter,
            normalizer: &recognizer.normalizer,
        };
        let mut ms = canonical::merge(&recognizer.gazetteer, &words, &surf, &tags[k], matches);
        let regions = canonical::region_compounds(&words, &ms);
        ms.extend(regions);
        canonical::bind_roles(&recognizer.gazetteer, &words, matches, &mut ms);
        for mut m in ms {
            m.first += a;
            m.last += a;
            if let Some(r) = m.role.as_mut() {
                r.0 += a;
                r.1 += a;
            }
            mentions.push(m);
        }
    }
    let words: Vec<&WordForms> = ids.iter().map(|&i| table.forms(i)).collect();
    let body_chars: Vec<char> = doc.body.chars().collect();
    let span_of = |m: &Mention| -> (usize, usize) {
        let mut start = doc.tokens[m.first].start + m.strip;
        let end = doc.tokens[m.last].end;
        // A kashida or mark left after a stripped proclitic (لـقسد) is not part of the name.
        while start < end && (body_chars[start] == TATWEEL || is_diacritic(body_chars[start])) {
            start += 1;
        }
        (start, end)
    };
    let display = |m: &Mention| -> String {
        let (s, e) = span_of(m);
        clean_name(&body_chars[s..e])
    };
    let gaz = &recognizer.gazetteer;
    // A listed person keeps the article's spelling (`بكر بوزداغ`, not the list's `بكير بوزداغ`:
    // links are written as their article writes them); the list's id joins the spellings.
    let listed = |e: u32| {
        let entry = gaz.entry(e);
        (entry.kind != GazKind::Entity(EntityType::Per)).then(|| entry.canonical.clone())
    };
    let canonical_of = |m: &Mention| m.entry.and_then(listed).unwrap_or_else(|| display(m));
    canonical::resolve_surnames(gaz, &words, &mut mentions, canonical_of);
    canonical::propagate(gaz, &words, &mut mentions, canonical_of);
    // Canonical names, unified by normal form: the first spelling seen is the one shown.
    let mut shown: FxHashMap<String, String> = FxHashMap::default();
    let mut ids_of: FxHashMap<String, String> = FxHashMap::default();
    let mut counters: FxHashMap<&'static str, usize> = FxHashMap::default();
    let mut entities = Vec::with_capacity(mentions.len());
    for m in &mentions {
        let (start, end) = span_of(m);
        if start >= end {
            continue;
        }
        let entry = m.entry.map(|e| gaz.entry(e));
        let raw_canonical = m
            .canonical
            .clone()
            .or_else(|| m.entry.and_then(listed))
            .unwrap_or_else(|| display(m));
        let key = format!(
            "{:?}:{}",
            m.kind,
            recognizer.normalizer.normalize(&raw_canonical)
        );
        let canonical = shown.entry(key.clone()).or_insert(raw_canonical).clone();
        let id = match entry.and_then(|e| e.id.clone()) {
            Some(id) => id,
            None => ids_of
                .entry(key)
                .or_insert_with(|| {
                    let t = type_slug(m.kind);
                    let n = counters.entry(t).or_insert(0);
                    *n += 1;
                    format!("doc:{t}/{n}")
                })
                .clone(),
        };
        let role = m.role.map(|(f, l, strip)| {
            let s = doc.tokens[f].start + strip;
            let e = doc.tokens[l].end;
            clean_name(&body_chars[s..e])
        });
        entities.push(Entity {
            text: body_chars[start..end].iter().collect(),
            start,
            end,
            kind: m.kind,
            canonical,
            id: Some(id),
            aliases: Vec::new(),
            role,
            coordinates: entry.and_then(|e| e.coordinates),
            origin: m.origin.as_str().to_string(),
        });
    }
    // Aliases: the other spellings of each entity in this document.
    let mut by_id: FxHashMap<String, Vec<String>> = FxHashMap::default();
    for e in &entities {
        let list = by_id.entry(e.id.clone().unwrap_or_default()).or_default();
        let t = clean_name(&e.text.chars().collect::<Vec<_>>());
        if t != e.canonical && !list.contains(&t) {
            list.push(t);
        }
    }
    for e in &mut entities {
        if let Some(list) = by_id.get(e.id.as_deref().unwrap_or_default()) {
            e.aliases = list.clone();
        }
    }
    // A role bound to one mention belongs to the person: give it to the other mentions.
    let mut roles: FxHashMap<String, String> = FxHashMap::default();
    for e in &entities {
        if let (Some(r), Some(id)) = (&e.role, &e.id) {
            roles.entry(id.clone()).or_insert_with(|| r.clone());
        }
    }
    for e in &mut entities {
        if e.role.is_none() {
            if let Some(r) = e.id.as_ref().and_then(|id| roles.get(id)) {
                e.role = Some(r.clone());
            }
        }
    }
    entities.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
    doc.entities = entities;
}

fn type_slug(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Per => "per",
        EntityType::Org => "org",
        EntityType::Loc => "loc",
        EntityType::Gpe => "gpe",
        EntityType::Media => "media",
        EntityType::Misc => "misc",
    }
}

/// A name as shown: quote marks, kashida and diacritics dropped, spaces collapsed
/// (`لـ"قوات سوريا الديمقراطية"` → `لقوات سوريا الديمقراطية`).
pub fn clean_name(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len() * 2);
    let mut space = false;
    for &c in chars {
        if c == TATWEEL
            || is_diacritic(c)
            || crate::entities::features::token_kind(c.encode_utf8(&mut [0; 4])) == TokenKind::Quote
        {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}
