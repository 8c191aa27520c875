//! Training the tagger on CoNLL data: the dev split, the epoch loop with selection on dev, and
//! the ablation over feature groups. The CLI (`isnad train ner`) reads files and writes the
//! model; everything else is here.

use crate::entities::clusters::Clusters;
use crate::entities::features::{group, FeatureSet, WordForms};
use crate::entities::gazetteer::Gazetteer;
use crate::entities::tagger::{self, Model, Tagger, TrainSentence, TypeTable};
use crate::entities::{gaz_bits, Recognizer, CONLL_DOCUMENT_SENTENCES};
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
    /// Models averaged by [`train_ensemble`] (1: a single model).
    pub ensemble: usize,
}

/// What training did: dev F1 after each epoch and the epoch kept.
#[derive(Debug, Clone, Default)]
pub struct TrainLog {
    pub dev_f1: Vec<f64>,
    pub best_epoch: usize,
    /// The epoch kept for the second stage, if there is one.
    pub second_epoch: usize,
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
    // The first stage never sees document bits; the second stage adds them.
    let fs = FeatureSet {
        groups: settings.groups & !group::DOCUMENT,
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
        let gaz = gaz_bits(gazetteer, &fs, &matches, &forms);
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
    let mut model = best.map(|(_, m)| m).unwrap_or_default();
    if settings.groups & group::DOCUMENT != 0 {
        let fs2 = FeatureSet {
            groups: settings.groups,
            gazetteer,
            clusters,
        };
        let first_tags = jackknife(&fs, &mut table, &sentences, &ts, log.best_epoch);
        let stage2 = with_document_bits(&table, &sentences, &first_tags);
        let mut best: Option<(f64, Model)> = None;
        table.clear_scores();
        tagger::train(&fs2, &table, &stage2, &ts, |epoch, second| {
            let mut both = model.clone();
            both.second = Some(Box::new(second.clone()));
            let f1 = if dev.is_empty() {
                0.0
            } else {
                let r = Recognizer::new(gazetteer.clone(), clusters.clone(), Some(both));
                let pred = r.tag_conll(&dev_tokens, segmenter, &mut TypeTable::new(), false);
                score(&dev_gold, &pred).f1
            };
            progress(epoch, f1);
            let better = match &best {
                Some((b, _)) => f1 > *b,
                None => true,
            };
            if better {
                best = Some((f1, second.clone()));
                log.second_epoch = epoch;
            }
        });
        model.second = best.map(|(_, m)| Box::new(m));
    }
    (model, log)
}

/// First-stage tags of every training sentence from a model that did not see it: the
/// sentences are cut in two halves, each tagged by a model trained on the other for `epochs`.
fn jackknife(
    fs: &FeatureSet<'_>,
    table: &mut TypeTable,
    sentences: &[TrainSentence],
    ts: &tagger::TrainSettings,
    epochs: usize,
) -> Vec<Vec<usize>> {
    let half = sentences.len() / 2;
    let folds = [
        (0..half, half..sentences.len()),
        (half..sentences.len(), 0..half),
    ];
    let mut out = vec![Vec::new(); sentences.len()];
    let settings = tagger::TrainSettings {
        epochs: epochs.max(1),
        ..ts.clone()
    };
    for (train_on, tag) in folds {
        let model = tagger::train(fs, table, &sentences[train_on], &settings, |_, _| {});
        table.clear_scores();
        let t = Tagger::new(model, fs);
        for i in tag {
            out[i] = t.tag(fs, table, &sentences[i].words, &sentences[i].gaz);
        }
        table.clear_scores();
    }
    out
}

/// Training sentences with the document bits of `first_tags` added, documents being runs of
/// [`CONLL_DOCUMENT_SENTENCES`] as when a CoNLL file is tagged.
fn with_document_bits(
    table: &TypeTable,
    sentences: &[TrainSentence],
    first_tags: &[Vec<usize>],
) -> Vec<TrainSentence> {
    let mut out = Vec::with_capacity(sentences.len());
    for (run, tags) in sentences
        .chunks(CONLL_DOCUMENT_SENTENCES)
        .zip(first_tags.chunks(CONLL_DOCUMENT_SENTENCES))
    {
        let ids: Vec<Vec<u32>> = run.iter().map(|s| s.words.clone()).collect();
        let doc = tagger::document_bits(table, &ids, tags);
        for (s, d) in run.iter().zip(doc) {
            let gaz = s.gaz.iter().zip(&d).map(|(a, b)| a | b).collect();
            out.push(TrainSentence {
                words: s.words.clone(),
                tags: s.tags.clone(),
                gaz,
            });
        }
    }
    out
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

/// Trains `settings.ensemble` models with consecutive seeds (each keeping its best dev epoch) and
/// averages their weights: the average of linear models is one linear model, so tagging costs
/// the same, while the shuffling noise of a single run is smoothed out.
pub fn train_ensemble(
    gazetteer: &Gazetteer,
    clusters: &Clusters,
    segmenter: &Segmenter,
    train: &[ConllSentence],
    dev: &[ConllSentence],
    settings: &NerSettings,
    mut progress: impl FnMut(usize, f64),
) -> (Model, Vec<TrainLog>) {
    let mut models = Vec::new();
    let mut logs = Vec::new();
    for k in 0..settings.ensemble.max(1) {
        let s = NerSettings {
            seed: settings.seed.wrapping_add(k as u64),
            ..settings.clone()
        };
        let (m, log) = train_ner(
            gazetteer,
            clusters,
            segmenter,
            train,
            dev,
            &s,
            &mut progress,
        );
        models.push(m);
        logs.push(log);
    }
    (average(&models), logs)
}

/// The mean of models' weights and transitions (and of their second stages, when all have
/// one).
pub fn average(models: &[Model]) -> Model {
    if models.len() == 1 {
        return models[0].clone();
    }
    let seconds: Option<Vec<Model>> = models
        .iter()
        .map(|m| m.second.as_deref().cloned())
        .collect();
    let mut out = average_stage(models);
    out.second = seconds.map(|s| Box::new(average_stage(&s)));
    out
}

fn average_stage(models: &[Model]) -> Model {
    let n = models.len().max(1) as f32;
    let mut out = Model {
        groups: models.first().map_or(0, |m| m.groups),
        ..Default::default()
    };
    for m in models {
        for (k, w) in &m.weights {
            let acc = out.weights.entry(*k).or_insert([0.0; tagger::NTAGS]);
            for t in 0..tagger::NTAGS {
                acc[t] += w[t] / n;
            }
        }
        for (row, src) in out.transitions.iter_mut().zip(&m.transitions) {
            for (x, y) in row.iter_mut().zip(src) {
                *x += y / n;
            }
        }
    }
    out
}
