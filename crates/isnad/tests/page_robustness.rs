//! Bad input: every page yields a document or a clear error, never a panic, in bounded time.

use std::time::{Duration, Instant};

use isnad::document::InputFormat;
use isnad::page::{read_page, read_page_with, PageSettings};
use isnad::{Error, Pipeline, RawInput};
use proptest::prelude::*;

/// One pipeline for every case: loading the segmenter's lexicon dominates a small page.
fn pipeline() -> &'static Pipeline {
    static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    PIPELINE.get_or_init(Pipeline::embedded)
}

fn html(bytes: impl Into<Vec<u8>>) -> RawInput {
    RawInput {
        id: "t".into(),
        format: InputFormat::Html,
        bytes: bytes.into(),
        ..Default::default()
    }
}

fn text(bytes: impl Into<Vec<u8>>) -> RawInput {
    RawInput {
        format: InputFormat::Text,
        ..html(bytes)
    }
}

#[test]
fn empty_input_is_an_empty_document_flagged_no_article() {
    for raw in [html(""), text(""), html("   \n "), text("\n\n")] {
        let doc = read_page(&raw).unwrap();
        assert!(doc.body.is_empty());
        assert!(doc.flags.iter().any(|f| f.code == "no_article"));
    }
}

#[test]
fn binary_input_is_a_clear_error() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec();
    let err = read_page(&html(png.clone())).unwrap_err();
    assert!(matches!(err, Error::Binary { offset: 8 }));
    assert!(err.to_string().contains("binary"));
    assert!(read_page(&text(png)).is_err());
}

#[test]
fn a_page_with_no_article_is_flagged_and_lists_what_it_dropped() {
    let doc = read_page(&html(
        "<html><body><nav><a href=/>الرئيسية</a> <a href=/x>أخبار</a></nav><footer>جميع الحقوق محفوظة</footer></body></html>",
    ))
    .unwrap();
    assert!(doc.body.is_empty());
    assert!(doc.flags.iter().any(|f| f.code == "no_article"));
    assert!(doc.removed.iter().any(|r| r.text.contains("الرئيسية")));
    assert!(doc.removed.iter().any(|r| r.reason == "footer"));
}

#[test]
fn deep_and_unclosed_markup_is_read_quickly() {
    let cases = [
        format!(
            "<html><body>{}نص عميق في الصفحة{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        ),
        format!("<body>{}نص", "<div><span><b><i><p>".repeat(20_000)),
        format!("<table><tr><td>{}x", "<table><tr><td>".repeat(10_000)),
        format!("<p>{}text", "<b><i>".repeat(50_000)),
    ];
    for page in cases {
        let started = Instant::now();
        let doc = read_page(&html(page)).unwrap();
        assert!(started.elapsed() < Duration::from_secs(60));
        let _ = doc.body;
    }
}

#[test]
fn windows_1256_and_mixed_encodings() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(
        "<html><head><meta charset=\"windows-1256\"></head><body><article><p>اتفاق يقضي بخروج مسلحي داعش من الباغوز، وقسد تنفي وجود أي مفاوضات مع مسلحي التنظيم في القرية.</p></article></body></html>",
    );
    let doc = read_page(&html(bytes.into_owned())).unwrap();
    assert!(doc.body.contains("مسلحي داعش"));
    assert_eq!(doc.source.encoding.as_deref(), Some("windows-1256"));

    let mut mixed = "<html><body><article><p>".as_bytes().to_vec();
    mixed.extend("نص بالترميز الموحد في هذه الفقرة. ".repeat(40).as_bytes());
    let (legacy, _, _) = encoding_rs::WINDOWS_1256.encode("نص بترميز ويندوز");
    mixed.extend_from_slice(&legacy);
    mixed.extend_from_slice(b"</p></article></body></html>");
    let doc = read_page(&html(mixed)).unwrap();
    assert!(doc.body.contains("نص بالترميز الموحد"));
    assert!(doc.body.contains("نص بترميز ويندوز"));
    assert!(doc.flags.iter().any(|f| f.code == "mixed_encoding"));
}

#[test]
fn oversized_pages_are_cut_and_flagged() {
    // The default limits (8 MB of markup, 400,000 body chars) scaled down so that the test is
    // quick in a debug build; the 50 MB case is measured in BENCHMARKS.md.
    let mut settings = PageSettings::default();
    settings.limits.max_parse_bytes = 1 << 20;
    settings.limits.max_body_chars = 20_000;
    let para = "<p>هذه فقرة من نص المقال، فيها كلمات كثيرة وتفاصيل عن الخبر.</p>\n";
    let script = format!("<script>{}</script>", "var x = 1;".repeat(100_000));
    let image = format!(
        "<img src=\"data:image/png;base64,{}\">",
        "A".repeat(1 << 20)
    );
    let page = format!(
        "<html><head>{script}</head><body>{image}<article>{}</article></body></html>",
        para.repeat(3 * (1 << 20) / para.len())
    );
    let doc = read_page_with(&html(page), &settings, None).unwrap();
    assert!(doc.flags.iter().any(|f| f.code == "markup_truncated"));
    assert!(doc.flags.iter().any(|f| f.code == "body_truncated"));
    assert!(doc.body.starts_with("هذه فقرة من نص المقال"));
    assert_eq!(doc.body.chars().count(), 20_000);
}

#[test]
fn spans_slice_the_body_on_html_pages() {
    let page = "<html><body><article><h1>العنوان</h1><p>قال المتحدث باسم الوزارة، في بيان، إن الاجتماع انتهى دون اتفاق.</p><p>وأضاف أن الجولة المقبلة ستعقد الشهر المقبل في القاهرة.</p></article></body></html>";
    let doc = pipeline().analyze(&html(page)).unwrap();
    for t in &doc.tokens {
        assert_eq!(isnad::text::slice_chars(&doc.body, t.start, t.end), t.text);
    }
    assert_eq!(doc.title.as_deref(), Some("العنوان"));
    assert!(!doc.body.contains("العنوان"));
}

fn htmlish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<div>".to_string()),
        Just("</div>".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<a href=x>".to_string()),
        Just("</a>".to_string()),
        Just("<script>".to_string()),
        Just("</script>".to_string()),
        Just("<article class=\"post share\">".to_string()),
        Just("<meta charset=windows-1256>".to_string()),
        Just("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-02-3".to_string()),
        Just("<nav>".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("<!--".to_string()),
        Just("&amp;&#x0;&#99999999;".to_string()),
        "[ -~]{0,12}",
        "[\u{0600}-\u{06FF} ]{0,20}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Scraped text with the shapes that glue a page's head to its body: ` | ` fields, a
/// headline said twice, wire datelines, date lines, chrome phrases.
fn scrapedish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" | ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("عاجل استئناف عمليات إجلاء المدن الأربع ".to_string()),
        Just("بغداد ( رويترز ) - ".to_string()),
        Just("تم نشره يوم 27 ديسمبر , 2017 ".to_string()),
        Just("اقرأ أيضا ".to_string()),
        Just("طباعة فيسبوك تويتر واتساب ".to_string()),
        Just("وقال المتحدث باسم الوزارة إن المفاوضات مستمرة منذ أسابيع دون نتيجة . ".to_string()),
        "[\u{0621}-\u{064A} ]{0,30}",
        "[ -~]{0,8}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Reported speech cut anywhere: cues, openers, phrases, quotes and names in any order, the
/// text ending wherever the generator stops (the attribution scanners read to the end).
fn reportish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("وقال ".to_string()),
        Just("المتحدث باسم الوزارة ".to_string()),
        Just("إن ".to_string()),
        Just("أن ".to_string()),
        Just("\" ".to_string()),
        Just("حسب ".to_string()),
        Just("وفقا لما جاء في ".to_string()),
        Just("نقلت رويترز عن ".to_string()),
        Just("لكن تركيا ترى ".to_string()),
        Just("ونفى ".to_string()),
        Just(", ".to_string()),
        Just(" . ".to_string()),
        Just("\n".to_string()),
        Just("قائلا ".to_string()),
        Just("في تصريح لـ ".to_string()),
        "[\u{0621}-\u{064A} ]{0,12}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn reported_speech_cut_anywhere_never_panics(text in reportish()) {
        let mut doc = isnad::Document::new("t", isnad::document::Source::default());
        doc.body = text;
        pipeline().analyze_body(&mut doc);
        for s in &doc.statements {
            prop_assert!(s.content.start <= s.content.end);
        }
    }

    /// Nothing is lost silently: every word of a scraped page is in the body, the title or
    /// an entry of `removed` (field separators such as `|` aside).
    #[test]
    fn scraped_words_are_kept_or_listed(page in scrapedish()) {
        let doc = read_page(&text(page.clone().into_bytes())).expect("UTF-8 text reads");
        // A `|` glued to a word (`|Aعاجل`) is still a field separator: words compare without it.
        let bare = |w: &str| w.replace('|', "");
        let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
        seen.extend(doc.body.split_whitespace().map(bare));
        seen.extend(doc.title.iter().flat_map(|t| t.split_whitespace()).map(bare));
        seen.extend(doc.removed.iter().flat_map(|r| r.text.split_whitespace()).map(bare));
        for w in page.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)) {
            prop_assert!(seen.contains(&bare(w)), "{:?} lost from {:?}", w, page);
        }
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read_page(&html(bytes.clone()));
        let _ = read_page(&text(bytes));
    }

    #[test]
    fn random_html_never_panics_and_spans_hold(page in htmlish()) {
        let doc = pipeline().analyze(&html(page.clone()));
        if let Ok(doc) = doc {
            for t in &doc.tokens {
                prop_assert_eq!(isnad::text::slice_chars(&doc.body, t.start, t.end), t.text.as_str());
            }
        }
        let _ = read_page(&text(page));
    }
}
