//! Tagging speed: `cargo bench -p isnad --bench entities`.
//!
//! `tag_conll_warm`: the tagger over ANERcorp sample sentences with word types already seen
//! (the steady state of a long run: tagging is lookups and additions); `tag_conll_cold`: the
//! same with a fresh type table each time (segmentation and feature hashing included);
//! `entities_layer_seed`: the whole entity layer on the seed document, word types cached from
//! earlier documents (the steady state over a corpus); `entities_layer_seed_cold`: the same
//! with an empty word-type cache.

use divan::counter::ItemsCount;
use divan::Bencher;
use isnad::document::{Document, Source};
use isnad::entities::tagger::TypeTable;
use isnad::entities::{analyze, analyze_with, Recognizer};
use isnad::eval::ner::parse_conll;
use isnad::text::Segmenter;

const SAMPLE: &str = include_str!("../../../tests/fixtures/ner/anercorp-sample.conll");
const SEED: &str = include_str!("../../../tests/fixtures/seed.txt");

fn main() {
    divan::main();
}

fn sentences() -> Vec<Vec<String>> {
    parse_conll(SAMPLE)
        .expect("the sample parses")
        .into_iter()
        .map(|s| s.tokens)
        .collect()
}

#[divan::bench]
fn tag_conll_warm(bencher: Bencher) {
    let r = Recognizer::embedded();
    let seg = Segmenter::embedded();
    let s = sentences();
    let n: usize = s.iter().map(Vec::len).sum();
    let mut table = TypeTable::new();
    r.tag_conll(&s, &seg, &mut table, false);
    bencher
        .counter(ItemsCount::new(n))
        .bench_local(|| r.tag_conll(&s, &seg, &mut table, false));
}

#[divan::bench]
fn tag_conll_cold(bencher: Bencher) {
    let r = Recognizer::embedded();
    let seg = Segmenter::embedded();
    let s = sentences();
    let n: usize = s.iter().map(Vec::len).sum();
    bencher
        .counter(ItemsCount::new(n))
        .bench_local(|| r.tag_conll(&s, &seg, &mut TypeTable::new(), false));
}

#[divan::bench]
fn entities_layer_seed(bencher: Bencher) {
    let r = Recognizer::embedded();
    let seg = Segmenter::embedded();
    let mut doc = Document::new("seed", Source::default());
    doc.body = SEED.to_string();
    isnad::text::analyze(&mut doc, &seg);
    let n = doc.tokens.len();
    bencher
        .counter(ItemsCount::new(n))
        .bench_local(|| analyze(&mut doc, &r, &seg));
}

#[divan::bench]
fn entities_layer_seed_cold(bencher: Bencher) {
    let r = Recognizer::embedded();
    let seg = Segmenter::embedded();
    let mut doc = Document::new("seed", Source::default());
    doc.body = SEED.to_string();
    isnad::text::analyze(&mut doc, &seg);
    let n = doc.tokens.len();
    bencher
        .counter(ItemsCount::new(n))
        .bench_local(|| analyze_with(&mut doc, &r, &seg, &mut TypeTable::new()));
}

#[divan::bench]
fn load_recognizer() -> Recognizer {
    Recognizer::embedded()
}
