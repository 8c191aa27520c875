//! Training the tagger on CoNLL data: the dev split, the epoch loop with selection on dev, and
//! the ablation over feature groups. The CLI (`isnad train ner`) reads files and writes the
//! model; everything else is here.

use crate::entities::clusters::Clusters;
use crate::entities::features::{FeatureSet, WordForms};
use crate::entities::gazetteer::Gazetteer;
use crate::entities::tagger::{self, Model, TrainSentence, TypeTable};
use crate::entities::{gaz_bits, Recognizer};
use crate::eval::ner::{score, ConllSentence, NerReport};
use crate::text::{Normalizer, Segmenter};

/// Splits off the last `1/parts` of the sentences as the development set.
pub fn split_dev(
    sentences: Vec<ConllSentence>,
    parts: usize,
) -> (Vec<ConllSentence>, Vec<ConllSentence>) {
    let n = sentences.len();
    let cut = n - n / parts.max(1);
    let mut train = sentences;
    let dev = train.split_off(cut);
    (train, dev)
}

/// Settings of [`train_ner`].
#[derive(Debug, Clone)]
pub struct NerSettings {
    pub groups: u32,
    pub epochs: usize,
    pub seed: u64,
    pub min_count: u32,
}

/// What training did: dev F1 after each epoch and the epoch kept.
#[derive(Debug, Clone, Default)]
pub struct TrainLog {
    pub dev_f1: Vec<f64>,
    pub best_epoch: usize,
}

/// Trains on `train` and keeps the averaged model of the epoch with the best tagger F1 on
/// `dev` (the only tuning the dev set sees).
pub fn train_ner(
    gazetteer: &Gazetteer,
    clusters: &Clusters,
    segmenter: &Segmenter,
    train: &[ConllSentence],
    dev: &[ConllSentence],
    settings: &NerSettings,
    mut progress: impl FnMut(usize, f64),
) -> (Model, TrainLog) {
    let fs = FeatureSet {
        groups: settings.groups,
        gazetteer,
        clusters,
    };
    let normalizer = Normalizer::default();
    let mut table = TypeTable::new();
    let mut sentences = Vec::with_capacity(train.len());
    for s in train {
        let words: Vec<u32> = s
            .tokens
            .iter()
            .map(|w| table.intern(w, &fs, || WordForms::segment(w, segmenter, &normalizer)))
            .collect();
        let forms: Vec<&WordForms> = words.iter().map(|&i| table.forms(i)).collect();
        let matches = gazetteer.find(&forms);
        let gaz = gaz_bits(gazetteer, &fs, &matches, forms.len());
        let tags = s
            .tags
            .iter()
            .map(|t| tagger::tag_index(t).unwrap_or(0))
            .collect();
        sentences.push(TrainSentence { words, tags, gaz });
    }
    let mut log = TrainLog::default();
    let mut best: Option<(f64, Model)> = None;
    let dev_tokens: Vec<Vec<String>> = dev.iter().map(|s| s.tokens.clone()).collect();
    let dev_gold: Vec<Vec<String>> = dev.iter().map(|s| s.tags.clone()).collect();
    let ts = tagger::TrainSettings {
        epochs: settings.epochs,
        seed: settings.seed,
        min_count: settings.min_count,
    };
    tagger::train(&fs, &table, &sentences, &ts, |epoch, model| {
        let f1 = if dev.is_empty() {
            0.0
        } else {
            let r = Recognizer::new(gazetteer.clone(), clusters.clone(), Some(model.clone()));
            let pred = r.tag_conll(&dev_tokens, segmenter, &mut TypeTable::new(), false);
            score(&dev_gold, &pred).f1
        };
        progress(epoch, f1);
        log.dev_f1.push(f1);
        let better = match &best {
            Some((b, _)) => f1 > *b,
            None => true,
        };
        if better {
            best = Some((f1, model.clone()));
            log.best_epoch = epoch;
        }
    });
    let model = best.map(|(_, m)| m).unwrap_or_default();
    (model, log)
}

/// Scores a recognizer on CoNLL sentences (the tagger alone, or the whole entity layer).
pub fn evaluate(
    recognizer: &Recognizer,
    segmenter: &Segmenter,
    sentences: &[ConllSentence],
    system: bool,
) -> NerReport {
    let tokens: Vec<Vec<String>> = sentences.iter().map(|s| s.tokens.clone()).collect();
    let gold: Vec<Vec<String>> = sentences.iter().map(|s| s.tags.clone()).collect();
    let pred = recognizer.tag_conll(&tokens, segmenter, &mut TypeTable::new(), system);
    score(&gold, &pred)
}
