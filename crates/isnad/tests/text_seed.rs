//! Golden test of the text layer on the seed page (`tests/fixtures/seed.txt`, copied from
//! `shared/seed/000_2561de9a386ae7a3.txt`). Expectations are written by hand from
//! `shared/seed/EXPECTED.md` ("Mess that must not break anything", the masthead lines) and from
//! reading the article, not from the program's output.

use isnad::document::{InputFormat, MorphemeRole, TokenKind};
use isnad::text::{normalize, slice_chars};
use isnad::{Pipeline, RawInput};

const SEED: &str = include_str!("../../../tests/fixtures/seed.txt");

fn seed_lines() -> Vec<&'static str> {
    SEED.lines().collect()
}

/// The article body as the page layer cuts it: lines 14-25.
fn body_doc() -> isnad::Document {
    let body = seed_lines()[13..25].join("\n");
    let input = RawInput {
        id: "seed-body".into(),
        format: InputFormat::Text,
        bytes: body.into_bytes(),
        ..Default::default()
    };
    Pipeline::embedded()
        .analyze(&input)
        .expect("the seed body is valid UTF-8")
}

#[test]
fn masthead_lines_normalise_equal() {
    let lines = seed_lines();
    assert_ne!(lines[1], lines[3], "lines 2 and 4 differ as written");
    assert_eq!(normalize(lines[1]), normalize(lines[3]));
}

#[test]
fn twelve_body_lines_are_twelve_sentences() {
    let doc = body_doc();
    let lines = &seed_lines()[13..25];
    let got: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
    let want: Vec<&str> = lines.iter().map(|l| l.trim_end()).collect();
    assert_eq!(got, want);
}

#[test]
fn messy_spots_tokenise_right() {
    let doc = body_doc();
    let toks: Vec<(&str, TokenKind)> = doc
        .tokens
        .iter()
        .map(|t| (t.text.as_str(), t.kind))
        .collect();
    let has = |seq: &[(&str, TokenKind)]| toks.windows(seq.len()).any(|w| w == seq);
    use TokenKind::*;
    // Line 24: `من800` has no space.
    assert!(has(&[
        ("أكثر", Word),
        ("من", Word),
        ("800", Number),
        ("مقاتل", Word)
    ]));
    // Line 22: the Arabic percent sign and the Latin one, after a decimal number.
    assert!(has(&[("نحو", Word), ("99.5", Number), ("٪", Punct)]));
    assert!(has(&[("100", Number), ("%", Punct)]));
    // Line 20: a doubled opening quote.
    assert!(has(&[
        ("وتابع", Word),
        ("\"", Quote),
        ("\"", Quote),
        ("ثمة", Word)
    ]));
    // Line 17: لـ with a kashida glued to a quote.
    assert!(has(&[("لـ", Word), ("\"", Quote), ("قوات", Word)]));
    // Line 24: a colon glued to an opening quote.
    assert!(has(&[
        ("قوله", Word),
        (":", Punct),
        ("\"", Quote),
        ("إن", Word)
    ]));
    // Line 22 ends with a closing quote that was never opened, then the full stop.
    assert!(has(&[("التنظيم", Word), ("\"", Quote), (".", Punct)]));
}

#[test]
fn clitics_are_segmented_where_the_seed_has_them() {
    let doc = body_doc();
    let seg = |word: &str| -> Vec<String> {
        let t = doc
            .tokens
            .iter()
            .find(|t| t.text == word)
            .unwrap_or_else(|| panic!("{word} is in the seed"));
        if t.segments.is_empty() {
            vec![t.text.clone()]
        } else {
            t.segments.iter().map(|m| m.text.clone()).collect()
        }
    };
    assert_eq!(seg("ونقلت"), ["و", "نقلت"]);
    assert_eq!(seg("والتحالف"), ["و", "ال", "تحالف"]);
    assert_eq!(seg("مسلحيه"), ["مسلحي", "ه"]);
    assert_eq!(seg("للخروج"), ["لل", "خروج"]);
    assert_eq!(seg("عددهم"), ["عدد", "هم"]);
    assert_eq!(seg("وبدورها"), ["و", "ب", "دور", "ها"]);
    // Names and words that only look like clitic + word stay whole.
    assert_eq!(seg("بالي"), ["بالي"]);
    assert_eq!(seg("سوريا"), ["سوريا"]);
    assert_eq!(seg("وزارة"), ["وزارة"]);
    let t = doc
        .tokens
        .iter()
        .find(|t| t.text == "الباغوز")
        .expect("الباغوز is in the seed");
    assert_eq!(t.segments[0].role, MorphemeRole::Article);
}

#[test]
fn every_span_slices_the_body() {
    let input = RawInput {
        id: "seed".into(),
        format: InputFormat::Text,
        bytes: SEED.as_bytes().to_vec(),
        ..Default::default()
    };
    let doc = Pipeline::embedded()
        .analyze(&input)
        .expect("the seed is valid UTF-8");
    assert!(doc.tokens.len() > 400);
    for t in &doc.tokens {
        assert_eq!(slice_chars(&doc.body, t.start, t.end), t.text);
        for m in &t.segments {
            assert_eq!(slice_chars(&doc.body, m.start, m.end), m.text);
        }
    }
    for s in &doc.sentences {
        assert_eq!(slice_chars(&doc.body, s.start, s.end), s.text);
    }
    let json = serde_json::to_value(&doc).expect("documents serialise");
    for key in [
        "id",
        "source",
        "title",
        "section",
        "tags",
        "page_date",
        "published",
        "body",
        "removed",
        "sentences",
        "tokens",
        "entities",
        "statements",
        "times",
        "quantities",
        "conflicts",
    ] {
        assert!(
            json.get(key).is_some(),
            "contract field {key} is serialised"
        );
    }
}
