//! Invariants of the text layer on arbitrary input: offsets always slice `body` on code-point
//! boundaries and give back each span's text, normalisation is idempotent, and no input of
//! arbitrary bytes makes the pipeline panic.

use isnad::document::InputFormat;
use isnad::text::{normalize, slice_chars, NormalizeOptions, Normalizer};
use isnad::{Pipeline, RawInput};
use proptest::prelude::*;

/// Arabic-heavy text with the seed's troubles: diacritics, tatweel, both percent signs,
/// Arabic-Indic digits, broken quotes, Latin runs, presentation forms, bidi controls.
fn messy_arabic() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قال",
        "والتحرير",
        "بالي",
        "ولاية",
        "مُحَمَّد",
        "لـ",
        "\"",
        "\"\"",
        "«",
        "»",
        ".",
        "..",
        "،",
        "؟",
        "٪",
        "%",
        "99.5",
        "٩٩٫٥",
        "من800",
        "google",
        "News",
        "ﻻ",
        "\u{200F}",
        "\u{200C}",
        "ـ",
        "\n",
        " ",
        "  ",
        "د.",
        "U.S.",
        "؛",
        "!",
        "ة",
        "ى",
        "أ",
        "إ",
        "آ",
        "ٱ",
        "\u{0670}",
        "\u{FEFF}",
        "١٢",
        "۳",
        "x",
        "(",
        ")",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

/// One pipeline for every case: building it parses the embedded lexicon.
fn pipeline() -> &'static Pipeline {
    static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    PIPELINE.get_or_init(Pipeline::embedded)
}

fn text_input(s: &str) -> RawInput {
    RawInput {
        id: "p".into(),
        format: InputFormat::Text,
        bytes: s.as_bytes().to_vec(),
        ..Default::default()
    }
}

fn check_offsets(pipeline: &Pipeline, body: &str) {
    let Ok(doc) = pipeline.analyze(&text_input(body)) else {
        // Only NUL bytes are refused in valid UTF-8 (as binary); nothing to check then.
        assert!(body.contains('\0'));
        return;
    };
    let n = doc.body.chars().count();
    for t in &doc.tokens {
        assert!(t.start < t.end && t.end <= n);
        assert_eq!(slice_chars(&doc.body, t.start, t.end), t.text);
        for m in &t.segments {
            assert!(t.start <= m.start && m.end <= t.end);
            assert_eq!(slice_chars(&doc.body, m.start, m.end), m.text);
        }
        let joined: String = t.segments.iter().map(|m| m.text.as_str()).collect();
        assert!(t.segments.is_empty() || joined == t.text);
    }
    let mut last_end = 0;
    for s in &doc.sentences {
        assert!(s.start >= last_end && s.start < s.end);
        assert_eq!(slice_chars(&doc.body, s.start, s.end), s.text);
        last_end = s.end;
    }
    // Sentences cover every token exactly once, in order.
    let covered: usize = doc
        .sentences
        .iter()
        .map(|s| s.tokens[1] - s.tokens[0])
        .sum();
    assert_eq!(covered, doc.tokens.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn offsets_slice_the_body_messy_arabic(s in messy_arabic()) {
        check_offsets(pipeline(), &s);
    }

    #[test]
    fn offsets_slice_the_body_any_string(s in any::<String>()) {
        check_offsets(pipeline(), &s);
    }

    #[test]
    fn normalisation_is_idempotent(s in messy_arabic()) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once.clone());
        let ortho = Normalizer::new(NormalizeOptions::orthographic());
        let o = ortho.normalize(&s);
        prop_assert_eq!(ortho.normalize(&o), o);
    }

    #[test]
    fn normalisation_is_idempotent_any_string(s in any::<String>()) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once);
    }

    #[test]
    fn alignment_points_into_the_input(s in messy_arabic()) {
        let a = Normalizer::default().normalize_aligned(&s);
        prop_assert_eq!(a.origin.len(), a.text.chars().count());
        prop_assert!(a.origin.windows(2).all(|w| w[0] <= w[1]));
        prop_assert!(a.origin.iter().all(|&i| i < a.input_chars));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), html in any::<bool>()) {
        let input = RawInput {
            id: "b".into(),
            format: if html { InputFormat::Html } else { InputFormat::Text },
            bytes,
            ..Default::default()
        };
        let _ = pipeline().analyze(&input);
    }

    #[test]
    fn arbitrary_json_records_never_panic(line in any::<String>()) {
        let _ = RawInput::from_json_record(&line, Some("x.jsonl"), 1);
    }
}
