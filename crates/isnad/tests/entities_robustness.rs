//! The entity layer on hostile input: unknown scripts, very long tokens, empty and
//! punctuation-only sentences; every span slices `body` exactly.

use isnad::document::Document;
use proptest::prelude::*;

mod common;

use common::analyze_body as analyze;

fn spans_hold(doc: &Document) {
    let body: Vec<char> = doc.body.chars().collect();
    for e in &doc.entities {
        assert!(e.start < e.end && e.end <= body.len(), "{e:?}");
        let slice: String = body[e.start..e.end].iter().collect();
        assert_eq!(slice, e.text);
    }
}

#[test]
fn unknown_scripts_and_symbols() {
    for text in [
        "北京 قال الرئيس Владимир Путин в Москве 🙂 ونقلت \"رويترز\" עברית",
        "ᚠᚢᚦ 𓀀𓀁 ❤️‍🔥 \u{200F}\u{202E}قسد\u{202C}",
        "ﻗﺴﺪ ﺭﻭﻳﺘﺮﺯ",
    ] {
        let doc = analyze(text);
        spans_hold(&doc);
    }
    let doc = analyze("北京 ونقلت \"رويترز\" عن مصدر");
    assert!(doc.entities.iter().any(|e| e.text == "رويترز"));
}

#[test]
fn very_long_tokens() {
    let long = "ب".repeat(100_000);
    let doc = analyze(&format!("قال {long} في دمشق {}", "x".repeat(50_000)));
    spans_hold(&doc);
    assert!(doc.entities.iter().any(|e| e.text == "دمشق"));
}

#[test]
fn empty_and_punctuation_only() {
    for text in [
        "",
        " ",
        "\n\n\n",
        ".",
        "،،، ... !!! ؟",
        "\"\"\"",
        "لـ\"\"",
        "و",
    ] {
        let doc = analyze(text);
        spans_hold(&doc);
    }
}

#[test]
fn clitics_and_kashida_are_not_in_the_span() {
    let doc = analyze("قال المتحدث لـقسد ولـ\"قسد\" وللتحالف الدولي إن");
    spans_hold(&doc);
    let texts: Vec<&str> = doc.entities.iter().map(|e| e.text.as_str()).collect();
    assert!(
        texts.iter().filter(|t| **t == "قسد").count() == 2,
        "{texts:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn spans_always_slice_the_body(s in "[ \\u{0621}-\\u{064A}\\u{0640}\\u{064B}-\\u{0652}\"«»،.a-zA-Z0-9\\n]{0,200}") {
        let doc = analyze(&s);
        spans_hold(&doc);
    }
}
