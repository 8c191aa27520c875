//! The seed page, against what `../shared/seed/EXPECTED.md` ("Page cleaning and metadata")
//! says an analyst reads off it. The expectations below are written from that list, line by
//! line, not copied from the program's output.

use isnad::document::InputFormat;
use isnad::page::{learn_site_chrome, read_page, read_page_with, PageSettings};
use isnad::{Document, RawInput};

const SEED: &str = include_str!("../../../tests/fixtures/seed.txt");

fn seed_doc() -> Document {
    read_page(&RawInput {
        id: "seed".into(),
        format: InputFormat::Text,
        bytes: SEED.as_bytes().to_vec(),
        ..Default::default()
    })
    .expect("the seed reads")
}

fn seed_line(n: usize) -> &'static str {
    SEED.lines().nth(n - 1).expect("seed line exists").trim()
}

fn removed_reason(doc: &Document, line: usize) -> Option<&str> {
    doc.removed
        .iter()
        .find(|r| r.line == Some(line))
        .map(|r| r.reason.as_str())
}

#[test]
fn headline_is_line_9() {
    let doc = seed_doc();
    assert_eq!(
        doc.title.as_deref(),
        Some(r#"اتفاق يقضي بخروج مسلحي داعش من "الباغوز".. و"قسد" تنفي"#)
    );
}

#[test]
fn body_is_lines_14_to_25_and_nothing_else() {
    let doc = seed_doc();
    let want: Vec<&str> = (14..=25).map(seed_line).collect();
    let got: Vec<&str> = doc.body.lines().collect();
    assert_eq!(got, want);
    assert!(doc.body.starts_with("ذكرت قناة \"الميادين\" اللبنانية"));
    assert!(doc.body.ends_with("حسب \"سي إن إن\"."));
}

#[test]
fn every_chrome_line_is_removed_with_its_reason() {
    let doc = seed_doc();
    // Line 1: the portal's "today" date.
    assert_eq!(removed_reason(&doc, 1), Some("date"));
    // Lines 2-5: the masthead, twice (مجلسى / مجلسي), with the editor's name.
    for l in 2..=5 {
        assert_eq!(removed_reason(&doc, l), Some("masthead"), "line {l}");
    }
    // Line 7: the section name.
    assert_eq!(removed_reason(&doc, 7), Some("section"));
    assert_eq!(doc.section.as_deref(), Some("بوابة العرب"));
    // Lines 11-12: tags / image caption, metadata and not body.
    assert_eq!(removed_reason(&doc, 11), Some("tags"));
    assert_eq!(removed_reason(&doc, 12), Some("tags"));
    // Line 13: the Google News promo.
    assert_eq!(removed_reason(&doc, 13), Some("promo"));
    for r in &doc.removed {
        let n = r.line.expect("scraped lines carry their number");
        assert_eq!(r.text, seed_line(n));
        assert!(!(14..=25).contains(&n), "a body line was removed: {n}");
    }
}

#[test]
fn tags_are_found() {
    let doc = seed_doc();
    assert!(doc.tags.iter().any(|t| t == "قوات سوريا الديمقراطية"));
    assert!(doc.tags.iter().any(|t| t == "قسد"));
}

#[test]
fn the_render_date_is_the_page_date_never_the_publication_date() {
    let doc = seed_doc();
    let page = doc.page_date.as_ref().expect("the page date is read");
    assert_eq!(page.date, "2024-04-23");
    assert_eq!(page.evidence, "chrome");
    // The text places the events in early 2019; a publication date, if any, is inferred from
    // the text with low confidence and is not the render date.
    if let Some(p) = &doc.published {
        assert!(!p.date.starts_with("2024"), "published {p:?}");
        assert_eq!(p.evidence, "text");
        assert!(p.confidence < 0.5);
        assert!(p.date.starts_with("2019"));
    }
    let flag = doc
        .flags
        .iter()
        .find(|f| f.code == "page_date_disagrees_with_text")
        .expect("the conflict between page date and text is flagged");
    assert!(flag.message.contains("2024-04-23"));
    assert!(flag.message.contains("شاناهان"));
}

#[test]
fn a_site_learnt_from_a_batch_drops_its_recurring_lines_even_where_they_look_like_tags() {
    // Two more pages of the seed's site, written for this test: same masthead, and the site's
    // name printed between headline and body, where a tag would stand.
    let other = |headline: &str, body: &str| {
        format!(
            "الأربعاء 24 أبريل 2024\nرئيس مجلسي الإدارة والتحرير\nعبدالرحيم علي\n\nبوابة العرب\n\n{headline}\n\nالبوابة نيوز\n{body}\n"
        )
    };
    let p1 = other(
        "وزير الخارجية يلتقي نظيره الأردني في القاهرة لبحث الأوضاع",
        "التقى وزير الخارجية نظيره الأردني في القاهرة اليوم، وبحث الجانبان الأوضاع في المنطقة وسبل التهدئة.",
    );
    let p2 = other(
        "ارتفاع أسعار الذهب في السوق المحلية مع بداية التعاملات",
        "ارتفعت أسعار الذهب في السوق المحلية مع بداية تعاملات اليوم، وسط توقعات باستمرار الصعود خلال الأسبوع.",
    );
    let seed = SEED.replace(
        "قوات سوريا الديمقراطية قسد\n",
        "قوات سوريا الديمقراطية قسد\nالبوابة نيوز\n",
    );
    let raw = |text: &str| RawInput {
        format: InputFormat::Text,
        bytes: text.as_bytes().to_vec(),
        ..Default::default()
    };
    let alone = read_page(&raw(&seed)).unwrap();
    assert!(alone.tags.iter().any(|t| t == "البوابة نيوز"));
    let settings = PageSettings::default();
    let chrome = learn_site_chrome(&[&seed, &p1, &p2], &settings.chrome);
    let doc = read_page_with(&raw(&seed), &settings, Some(&chrome)).unwrap();
    assert!(!doc.tags.iter().any(|t| t == "البوابة نيوز"));
    assert!(doc
        .removed
        .iter()
        .any(|r| r.text == "البوابة نيوز" && r.reason == "site-chrome"));
    // The masthead keeps its more telling reason, the section stays the section; the body
    // is unchanged.
    assert!(doc
        .removed
        .iter()
        .any(|r| r.line == Some(2) && r.reason == "masthead"));
    assert_eq!(doc.section.as_deref(), Some("بوابة العرب"));
    assert_eq!(doc.body, alone.body);
    assert_eq!(doc.title, alone.title);
}
