//! The sequence tagger: an averaged structured perceptron (Collins 2002) over BIO tags with
//! first-order Viterbi decoding and hard BIO constraints, in two stages: the second sees, as
//! features, the tags the first gave the same word elsewhere in the document (stacking, in the
//! spirit of Ratinov & Roth 2009's non-local features).
//!
//! Tagging is lookups and additions: each distinct word type gets five score vectors once (its
//! own features, and its features as the left/right neighbour at distance one and two), so a
//! token costs five vector additions, two bigram lookups, its gazetteer bits and a 9×9 Viterbi
//! step. The model file (`data/entities/ner.model`) is little-endian binary: the magic
//! `ISNADNER`, a version, the feature-group mask, the scale of the quantised weights, the
//! transition scores, and the feature hashes (sorted) with nine `i16` weights each; the second
//! stage follows as a second block of the same layout.

use rustc_hash::FxHashMap;

use crate::entities::clusters::SplitMix;
use crate::entities::features::{boundary_atoms, Atoms, FeatureSet, WordForms, SLOTS};

/// The tag set of the training data (ANERcorp): O and B/I × PERS, LOC, ORG, MISC.
pub const TAGS: [&str; 9] = [
    "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
];
pub const NTAGS: usize = 9;
/// The entity classes, in the order of the tags.
pub const CLASSES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];

pub type Scores = [f32; NTAGS];

const MAGIC: &[u8; 8] = b"ISNADNER";
const VERSION: u32 = 1;

/// The tag index of a CoNLL tag in the training set, if it is one.
pub fn tag_index(tag: &str) -> Option<usize> {
    TAGS.iter().position(|t| *t == tag)
}

/// May tag `cur` follow tag `prev` (`None`: sentence start)? I-X only continues B-X or I-X.
pub fn allowed(prev: Option<usize>, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true;
    }
    matches!(prev, Some(p) if p != 0 && (p - 1) / 2 == (cur - 1) / 2)
}

#[derive(Debug)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad model file: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

/// Trained weights.
#[derive(Debug, Clone, Default)]
pub struct Model {
    pub groups: u32,
    pub weights: FxHashMap<u64, Scores>,
    /// `transitions[prev + 1][cur]`, row 0 for the sentence start.
    pub transitions: [[f32; NTAGS]; NTAGS + 1],
    /// The second stage, which also sees what the first found elsewhere in the document
    /// (written after the first in the same file).
    pub second: Option<Box<Model>>,
}

impl Model {
    /// Reads a model file: one model, optionally followed by its second stage.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        let mut first = Self::read_block(&mut r)?;
        if r.at < bytes.len() {
            let second = Self::read_block(&mut r)?;
            first.second = Some(Box::new(second));
        }
        if r.at != bytes.len() {
            return Err(ModelError("trailing bytes".into()));
        }
        Ok(first)
    }

    fn read_block(r: &mut Reader<'_>) -> Result<Self, ModelError> {
        if r.take(8)? != MAGIC {
            return Err(ModelError("not an isnad tagger model".into()));
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(ModelError(format!("version {version}, expected {VERSION}")));
        }
        let groups = r.u32()?;
        let scale = r.f32()?;
        let mut transitions = [[0f32; NTAGS]; NTAGS + 1];
        for row in transitions.iter_mut() {
            for x in row.iter_mut() {
                *x = r.f32()?;
            }
        }
        let n = r.u32()? as usize;
        let mut weights = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let key = r.u64()?;
            let mut s = [0f32; NTAGS];
            for x in s.iter_mut() {
                *x = f32::from(r.i16()?) * scale;
            }
            weights.insert(key, s);
        }
        Ok(Model {
            groups,
            weights,
            transitions,
            second: None,
        })
    }

    /// Writes the model, dropping features whose largest weight is below `prune` (in units
    /// of the largest weight) and quantising the rest to 16 bits. Deterministic.
    pub fn to_bytes(&self, prune: f32) -> Vec<u8> {
        let mut out = Vec::new();
        self.write_block(prune, &mut out);
        if let Some(second) = &self.second {
            second.write_block(prune, &mut out);
        }
        out
    }

    fn write_block(&self, prune: f32, out: &mut Vec<u8>) {
        let max = self
            .weights
            .values()
            .flat_map(|s| s.iter())
            .fold(0f32, |m, &x| m.max(x.abs()))
            .max(1e-9);
        let scale = max / f32::from(i16::MAX);
        let mut keys: Vec<(&u64, &Scores)> = self
            .weights
            .iter()
            .filter(|(_, s)| s.iter().any(|&x| x.abs() >= prune * max))
            .filter(|(_, s)| s.iter().any(|&x| (x / scale).round() != 0.0))
            .collect();
        keys.sort_by_key(|(k, _)| **k);
        out.reserve(64 + keys.len() * 26);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&self.groups.to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for row in &self.transitions {
            for x in row {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for (k, s) in keys {
            out.extend_from_slice(&k.to_le_bytes());
            for &x in s {
                let q = (x / scale)
                    .round()
                    .clamp(f32::from(i16::MIN), f32::from(i16::MAX));
                out.extend_from_slice(&(q as i16).to_le_bytes());
            }
        }
    }

    fn add_into(&self, features: &[u64], acc: &mut Scores) {
        for f in features {
            if let Some(w) = self.weights.get(f) {
                for t in 0..NTAGS {
                    acc[t] += w[t];
                }
            }
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], ModelError> {
        let end = self.at + n;
        let s = self
            .bytes
            .get(self.at..end)
            .ok_or_else(|| ModelError("truncated".into()))?;
        self.at = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn u64(&mut self) -> Result<u64, ModelError> {
        let lo = u64::from(self.u32()?);
        let hi = u64::from(self.u32()?);
        Ok(lo | (hi << 32))
    }
    fn i16(&mut self) -> Result<i16, ModelError> {
        let b = self.take(2)?;
        Ok(i16::from_le_bytes([b[0], b[1]]))
    }
}

/// One word type seen while tagging: its forms, atoms and (lazily) its score vectors.
#[derive(Debug, Clone)]
pub struct WordType {
    pub forms: WordForms,
    pub atoms: Atoms,
    /// Own scores, then as left-2, left-1, right-1, right-2 neighbour; one set per stage.
    scores: [Option<[Scores; 5]>; 2],
}

/// Word types by surface form: build one per document or per evaluation run.
#[derive(Debug, Default)]
pub struct TypeTable {
    ids: FxHashMap<String, u32>,
    pub types: Vec<WordType>,
}

impl TypeTable {
    pub fn new() -> Self {
        Self::default()
    }

    /// The id of a surface form, computing its forms with `make` on first sight.
    pub fn intern(
        &mut self,
        surface: &str,
        features: &FeatureSet<'_>,
        make: impl FnOnce() -> WordForms,
    ) -> u32 {
        if let Some(&id) = self.ids.get(surface) {
            return id;
        }
        let forms = make();
        let atoms = features.atoms(surface, &forms);
        let id = self.types.len() as u32;
        self.types.push(WordType {
            forms,
            atoms,
            scores: [None, None],
        });
        self.ids.insert(surface.to_string(), id);
        id
    }

    pub fn forms(&self, id: u32) -> &WordForms {
        &self.types[id as usize].forms
    }

    /// Forgets the cached score vectors (after the model they came from changed).
    pub fn clear_scores(&mut self) {
        for t in &mut self.types {
            t.scores = [None, None];
        }
    }
}

/// Every feature of token `i` of a sentence of word types, for training.
pub fn token_features(
    fs: &FeatureSet<'_>,
    table: &TypeTable,
    sentence: &[u32],
    gaz: &[u32],
    i: usize,
    out: &mut Vec<u64>,
) {
    out.clear();
    let bos = boundary_atoms(true);
    let eos = boundary_atoms(false);
    let at = |j: isize| -> &Atoms {
        if j < 0 {
            &bos
        } else if j as usize >= sentence.len() {
            &eos
        } else {
            &table.types[sentence[j as usize] as usize].atoms
        }
    };
    let ii = i as isize;
    fs.self_features(at(ii), out);
    for (slot, off) in SLOTS.iter().zip([-2isize, -1, 1, 2]) {
        fs.neighbour_features(at(ii + off), *slot, out);
    }
    fs.bigram_features(at(ii - 1), at(ii), at(ii + 1), out);
    let g = |j: isize| -> u32 {
        if j < 0 {
            0
        } else {
            gaz.get(j as usize).copied().unwrap_or(0)
        }
    };
    fs.gazetteer_features(g(ii), g(ii - 1), g(ii + 1), out);
}

/// The tagger: a model plus the feature set it was trained with.
pub struct Tagger {
    pub model: Model,
    bos: [Scores; 5],
    eos: [Scores; 5],
    /// Which of a word type's cached score sets is this tagger's (0: first stage, 1: second).
    stage: usize,
}

impl Tagger {
    pub fn new(model: Model, fs: &FeatureSet<'_>) -> Self {
        Self::for_stage(model, fs, 0)
    }

    pub fn for_stage(model: Model, fs: &FeatureSet<'_>, stage: usize) -> Self {
        let bos = type_scores(&model, fs, &boundary_atoms(true));
        let eos = type_scores(&model, fs, &boundary_atoms(false));
        Tagger {
            model,
            bos,
            eos,
            stage: stage.min(1),
        }
    }

    /// Tags one sentence of word types; returns tag indices into [`TAGS`].
    pub fn tag(
        &self,
        fs: &FeatureSet<'_>,
        table: &mut TypeTable,
        sentence: &[u32],
        gaz: &[u32],
    ) -> Vec<usize> {
        for &id in sentence {
            let t = &mut table.types[id as usize];
            if t.scores[self.stage].is_none() {
                t.scores[self.stage] = Some(type_scores(&self.model, fs, &t.atoms));
            }
        }
        let n = sentence.len();
        let mut emissions = Vec::with_capacity(n);
        let mut buf = Vec::with_capacity(16);
        let (bos_atoms, eos_atoms) = (boundary_atoms(true), boundary_atoms(false));
        for i in 0..n {
            let scores = |j: isize| -> &[Scores; 5] {
                if j < 0 {
                    &self.bos
                } else if j as usize >= n {
                    &self.eos
                } else {
                    table.types[sentence[j as usize] as usize].scores[self.stage]
                        .as_ref()
                        .expect("scores were filled above for every type of the sentence")
                }
            };
            let ii = i as isize;
            let mut e = scores(ii)[0];
            // Slot k of a neighbour: its features as left-2, left-1, right-1, right-2.
            for (k, off) in [-2isize, -1, 1, 2].into_iter().enumerate() {
                let s = &scores(ii + off)[k + 1];
                for t in 0..NTAGS {
                    e[t] += s[t];
                }
            }
            buf.clear();
            let l = if i == 0 {
                &bos_atoms
            } else {
                &table.types[sentence[i - 1] as usize].atoms
            };
            let r = if i + 1 == n {
                &eos_atoms
            } else {
                &table.types[sentence[i + 1] as usize].atoms
            };
            fs.bigram_features(l, &table.types[sentence[i] as usize].atoms, r, &mut buf);
            let g = |j: usize| gaz.get(j).copied().unwrap_or(0);
            fs.gazetteer_features(g(i), if i == 0 { 0 } else { g(i - 1) }, g(i + 1), &mut buf);
            self.model.add_into(&buf, &mut e);
            emissions.push(e);
        }
        viterbi(&self.model.transitions, &emissions)
    }
}

fn type_scores(model: &Model, fs: &FeatureSet<'_>, atoms: &Atoms) -> [Scores; 5] {
    let mut out = [[0f32; NTAGS]; 5];
    let mut buf = Vec::with_capacity(24);
    fs.self_features(atoms, &mut buf);
    model.add_into(&buf, &mut out[0]);
    for (k, slot) in SLOTS.iter().enumerate() {
        buf.clear();
        fs.neighbour_features(atoms, *slot, &mut buf);
        model.add_into(&buf, &mut out[k + 1]);
    }
    out
}

/// Best tag sequence under BIO constraints.
pub fn viterbi(trans: &[[f32; NTAGS]; NTAGS + 1], emissions: &[Scores]) -> Vec<usize> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut score = vec![[f32::NEG_INFINITY; NTAGS]; n];
    let mut back = vec![[0u8; NTAGS]; n];
    for t in 0..NTAGS {
        if allowed(None, t) {
            score[0][t] = emissions[0][t] + trans[0][t];
        }
    }
    for i in 1..n {
        for t in 0..NTAGS {
            let mut best = (f32::NEG_INFINITY, 0u8);
            for p in 0..NTAGS {
                if !allowed(Some(p), t) {
                    continue;
                }
                let s = score[i - 1][p] + trans[p + 1][t];
                if s > best.0 {
                    best = (s, p as u8);
                }
            }
            score[i][t] = best.0 + emissions[i][t];
            back[i][t] = best.1;
        }
    }
    let mut t = (0..NTAGS)
        .max_by(|&a, &b| score[n - 1][a].total_cmp(&score[n - 1][b]))
        .unwrap_or(0);
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = back[i][t] as usize;
    }
    out
}

/// One training sentence: word-type ids and gold tags.
#[derive(Debug, Clone)]
pub struct TrainSentence {
    pub words: Vec<u32>,
    pub tags: Vec<usize>,
    pub gaz: Vec<u32>,
}

/// Settings of [`train`].
#[derive(Debug, Clone)]
pub struct TrainSettings {
    pub epochs: usize,
    pub seed: u64,
    /// Fewest occurrences in the training data for a feature to be learnt.
    pub min_count: u32,
}

/// Trains an averaged perceptron. `on_epoch` sees each epoch's averaged model (for choosing
/// the number of epochs on a development set).
pub fn train(
    fs: &FeatureSet<'_>,
    table: &TypeTable,
    sentences: &[TrainSentence],
    settings: &TrainSettings,
    mut on_epoch: impl FnMut(usize, &Model),
) -> Model {
    // Precompute each token's features once.
    let mut feats: Vec<Vec<Vec<u64>>> = Vec::with_capacity(sentences.len());
    let mut buf = Vec::new();
    for s in sentences {
        let mut fs_s = Vec::with_capacity(s.words.len());
        for i in 0..s.words.len() {
            token_features(fs, table, &s.words, &s.gaz, i, &mut buf);
            fs_s.push(buf.clone());
        }
        feats.push(fs_s);
    }
    // Features seen fewer than `min_count` times are dropped: they fit noise (measured on dev).
    if settings.min_count > 1 {
        let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
        for f in feats.iter().flatten().flatten() {
            *counts.entry(*f).or_insert(0) += 1;
        }
        for tok in feats.iter_mut().flatten() {
            tok.retain(|f| counts[f] >= settings.min_count);
        }
    }
    // w and the running sum u of c·Δw (averaging trick: avg = w - u/c).
    let mut w: FxHashMap<u64, [Scores; 2]> = FxHashMap::default();
    let mut trans = [[[0f32; NTAGS]; NTAGS + 1]; 2];
    let mut c: f32 = 1.0;
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = SplitMix(settings.seed);
    let mut last = Model::default();
    for epoch in 0..settings.epochs {
        // Fisher-Yates with the fixed seed.
        for i in (1..order.len()).rev() {
            let j = (rng.next_u64() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &si in &order {
            let s = &sentences[si];
            let emissions: Vec<Scores> = feats[si]
                .iter()
                .map(|fv| {
                    let mut e = [0f32; NTAGS];
                    for f in fv {
                        if let Some(x) = w.get(f) {
                            for t in 0..NTAGS {
                                e[t] += x[0][t];
                            }
                        }
                    }
                    e
                })
                .collect();
            let pred = viterbi(&trans[0], &emissions);
            if pred != s.tags {
                for i in 0..s.tags.len() {
                    let (g, p) = (s.tags[i], pred[i]);
                    let (gp, pp) = if i == 0 {
                        (0, 0)
                    } else {
                        (s.tags[i - 1] + 1, pred[i - 1] + 1)
                    };
                    if g != p {
                        for f in &feats[si][i] {
                            let x = w.entry(*f).or_insert([[0f32; NTAGS]; 2]);
                            x[0][g] += 1.0;
                            x[1][g] += c;
                            x[0][p] -= 1.0;
                            x[1][p] -= c;
                        }
                    }
                    if g != p || gp != pp {
                        trans[0][gp][g] += 1.0;
                        trans[1][gp][g] += c;
                        trans[0][pp][p] -= 1.0;
                        trans[1][pp][p] -= c;
                    }
                }
            }
            c += 1.0;
        }
        last = averaged(&w, &trans, c, fs.groups);
        on_epoch(epoch + 1, &last);
    }
    last
}

fn averaged(
    w: &FxHashMap<u64, [Scores; 2]>,
    trans: &[[[f32; NTAGS]; NTAGS + 1]; 2],
    c: f32,
    groups: u32,
) -> Model {
    let mut weights = FxHashMap::with_capacity_and_hasher(w.len(), Default::default());
    for (k, x) in w {
        let mut s = [0f32; NTAGS];
        for t in 0..NTAGS {
            s[t] = x[0][t] - x[1][t] / c;
        }
        if s.iter().any(|&v| v != 0.0) {
            weights.insert(*k, s);
        }
    }
    let mut transitions = [[0f32; NTAGS]; NTAGS + 1];
    for p in 0..=NTAGS {
        for t in 0..NTAGS {
            transitions[p][t] = trans[0][p][t] - trans[1][p][t] / c;
        }
    }
    Model {
        groups,
        weights,
        transitions,
        second: None,
    }
}

/// Where the document bits sit in a token's feature bits (above the gazetteer's).
pub const DOC_SHIFT: u32 = 20;

/// For each token of a document (a run of sentences), the tags the first stage gave its bare
/// stem anywhere in the document, as bits `DOC_SHIFT + tag - 1` (the O tag is left out).
pub fn document_bits(
    table: &TypeTable,
    sentences: &[Vec<u32>],
    tags: &[Vec<usize>],
) -> Vec<Vec<u32>> {
    let mut seen: FxHashMap<u64, u32> = FxHashMap::default();
    let key = |id: u32| {
        let t = &table.types[id as usize];
        matches!(
            t.forms.kind(),
            crate::document::TokenKind::Word | crate::document::TokenKind::Latin
        )
        .then_some(t.atoms.bare)
    };
    for (ids, ts) in sentences.iter().zip(tags) {
        for (&id, &t) in ids.iter().zip(ts) {
            if let (Some(k), true) = (key(id), t != 0) {
                *seen.entry(k).or_insert(0) |= 1 << (DOC_SHIFT + t as u32 - 1);
            }
        }
    }
    sentences
        .iter()
        .map(|ids| {
            ids.iter()
                .map(|&id| key(id).and_then(|k| seen.get(&k).copied()).unwrap_or(0))
                .collect()
        })
        .collect()
}

/// Entity spans `(first, last, class)` of a BIO tag sequence (class indexes [`CLASSES`]). An
/// I- without its B- starts a span (conlleval's reading).
pub fn spans(tags: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let class = if t == 0 { None } else { Some((t - 1) / 2) };
        let begins = t % 2 == 1;
        let continues = !begins && matches!((open, class), (Some((_, c)), Some(k)) if c == k);
        if continues {
            continue;
        }
        if let Some((s, c)) = open.take() {
            out.push((s, i - 1, c));
        }
        if let Some(k) = class {
            open = Some((i, k));
        }
    }
    if let Some((s, c)) = open {
        out.push((s, tags.len() - 1, c));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_constraints() {
        assert!(allowed(None, 1));
        assert!(!allowed(None, 2));
        assert!(allowed(Some(1), 2));
        assert!(allowed(Some(2), 2));
        assert!(!allowed(Some(3), 2));
        assert!(!allowed(Some(0), 4));
    }

    #[test]
    fn spans_read_bio() {
        // B-PERS I-PERS O B-LOC B-LOC I-ORG
        assert_eq!(
            spans(&[1, 2, 0, 3, 3, 6]),
            vec![(0, 1, 0), (3, 3, 1), (4, 4, 1), (5, 5, 2)]
        );
    }

    #[test]
    fn model_round_trips() {
        let mut m = Model {
            groups: 3,
            ..Default::default()
        };
        m.weights
            .insert(42, [1.0, -2.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0]);
        m.transitions[0][1] = 0.25;
        let bytes = m.to_bytes(0.0);
        let back = Model::from_bytes(&bytes).expect("a model we just wrote");
        assert_eq!(back.groups, 3);
        assert!((back.weights[&42][8] - 3.0).abs() < 1e-3);
        assert!((back.weights[&42][1] + 2.0).abs() < 1e-3);
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Model::from_bytes(b"nonsense").is_err());
    }
}
