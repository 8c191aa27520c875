//! CoNLL scoring: a real ANERcorp sample (see `tests/fixtures/ner/SOURCE.md`) and malformed
//! input.

use isnad::entities::training::evaluate;
use isnad::entities::Recognizer;
use isnad::eval::ner::parse_conll;
use isnad::text::Segmenter;

const SAMPLE: &str = include_str!("../../../tests/fixtures/ner/anercorp-sample.conll");
const MALFORMED: &str = include_str!("../../../tests/fixtures/ner/malformed.conll");

#[test]
fn scores_an_anercorp_sample() {
    let sentences = parse_conll(SAMPLE).expect("the sample parses");
    assert_eq!(sentences.len(), 4);
    let r = Recognizer::embedded();
    let s = Segmenter::embedded();
    for system in [false, true] {
        let report = evaluate(&r, &s, &sentences, system);
        assert_eq!(
            report.tokens,
            sentences.iter().map(|x| x.tokens.len()).sum::<usize>()
        );
        // The sample is training data: the tagger should get most of it.
        assert!(report.f1 > 0.6, "F1 {} (system {system})", report.f1);
        assert!(report.per_type.contains_key("LOC"));
    }
}

#[test]
fn malformed_conll_names_the_line() {
    let e = parse_conll(MALFORMED).expect_err("line 3 has no tag");
    assert_eq!(e.line, 3);
    assert!(e.to_string().starts_with("line 3:"));
}

#[test]
fn empty_sentences_score_to_zero() {
    let sentences = parse_conll("\n\n\n").expect("blank lines parse");
    assert!(sentences.is_empty());
    let report = evaluate(
        &Recognizer::embedded(),
        &Segmenter::embedded(),
        &sentences,
        true,
    );
    assert_eq!(report.tokens, 0);
    assert_eq!(report.f1, 0.0);
}
