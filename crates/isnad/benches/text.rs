//! Throughput of the text layer: normalise, tokenise, split sentences, and the whole layer as
//! the pipeline runs it (tokens with clitic segmentation materialised into the document).
//!
//! Input: the seed article (`tests/fixtures/seed.txt`) repeated to about 1 MB, or, when
//! `ISNAD_BENCH_TEXT` names a UTF-8 file, that file (BENCHMARKS.md uses 1,000 SaudiNewsNet
//! articles; see `bench/text-corpus.sh`). Run: `cargo bench -p isnad --bench text`.

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use isnad::document::{Document, Source};
use isnad::text::{self, split_sentences, tokenize, Normalizer, RawToken, Segmenter};

fn main() {
    divan::main();
}

fn corpus() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        if let Ok(path) = std::env::var("ISNAD_BENCH_TEXT") {
            if let Ok(t) = std::fs::read_to_string(&path) {
                return t;
            }
        }
        let seed = include_str!("../../../tests/fixtures/seed.txt");
        seed.repeat(1_000_000 / seed.len() + 1)
    })
}

fn segmenter() -> &'static Segmenter {
    static S: std::sync::OnceLock<Segmenter> = std::sync::OnceLock::new();
    S.get_or_init(Segmenter::embedded)
}

#[divan::bench]
fn normalize(b: Bencher) {
    let text = corpus();
    let n = Normalizer::default();
    let mut out = String::with_capacity(text.len());
    b.counter(BytesCount::of_str(text)).bench_local(|| {
        out.clear();
        n.normalize_into(black_box(text), &mut out);
        out.len()
    });
}

#[divan::bench]
fn tokenize_only(b: Bencher) {
    let text = corpus();
    b.counter(BytesCount::of_str(text))
        .bench_local(|| tokenize(black_box(text)).count());
}

/// Normalise + tokenise + split: the figure the issue asks for (segmentation excluded).
#[divan::bench]
fn normalize_tokenize_split(b: Bencher) {
    let text = corpus();
    let n = Normalizer::default();
    let mut norm = String::with_capacity(64);
    let mut toks: Vec<RawToken> = Vec::with_capacity(text.len() / 4);
    b.counter(BytesCount::of_str(text)).bench_local(|| {
        toks.clear();
        toks.extend(tokenize(black_box(text)));
        let mut total = 0;
        for t in &toks {
            norm.clear();
            n.normalize_into(&text[t.start..t.end], &mut norm);
            total += norm.len();
        }
        total + split_sentences(text, &toks).len()
    });
}

/// The whole text layer as the pipeline runs it: owned tokens with normal forms, clitic
/// segmentation, sentences.
#[divan::bench]
fn text_layer_full(b: Bencher) {
    let text = corpus();
    let seg = segmenter();
    b.counter(BytesCount::of_str(text)).bench_local(|| {
        let mut doc = Document::new("bench", Source::default());
        doc.body = text.to_string();
        text::analyze(&mut doc, seg);
        doc.tokens.len()
    });
}

#[divan::bench]
fn load_segmenter() -> Segmenter {
    Segmenter::embedded()
}
