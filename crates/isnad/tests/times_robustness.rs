//! Times and quantities on hostile input: random sequences of calendar words, numbers, units,
//! approximators and punctuation (ending anywhere, with or without a publication date) never
//! panic, every span slices `body` exactly, and every value is an ISO date, week, range or
//! duration.

use isnad::document::Document;
use proptest::prelude::*;

mod common;

use common::analyze_body_published as analyze;

const WORDS: &[&str] = &[
    "منذ",
    "خلال",
    "قبل",
    "بعد",
    "لمدة",
    "طوال",
    "من",
    "إلى",
    "بين",
    "و",
    "أو",
    "في",
    "يوم",
    "اليوم",
    "أمس",
    "غدا",
    "للعام",
    "العام",
    "الشهر",
    "الأسبوع",
    "هذا",
    "مثل",
    "الماضي",
    "المقبل",
    "المقبلين",
    "الماضيين",
    "الأخيرة",
    "السبت",
    "الأحد",
    "الاثنين",
    "الجمعة",
    "خطبة",
    "مساء",
    "مطلع",
    "أواخر",
    "منتصف",
    "النصف",
    "الثاني",
    "العاشر",
    "يناير",
    "سبتمبر",
    "كانون",
    "الأول",
    "رمضان",
    "رجب",
    "شهر",
    "عام",
    "عامي",
    "سنوات",
    "أيام",
    "أسبوعين",
    "الأسبوعين",
    "شهرا",
    "ساعة",
    "دقائق",
    "نحو",
    "أكثر",
    "أقل",
    "يفوق",
    "ثلاثة",
    "آلاف",
    "مئات",
    "عشرات",
    "المئات",
    "عدة",
    "مليون",
    "مقاتل",
    "القتلى",
    "بالمئة",
    "المئة",
    "ه",
    "م",
    "ص",
    "جنيف",
    "سو",
    "حقوق",
    "محفوظة",
    "2011",
    "2018",
    "1439",
    "0400",
    "01",
    "1",
    "7",
    "12",
    "21",
    "31",
    "99.5",
    "800",
    "٣٠٠",
    ",",
    "،",
    "/",
    "-",
    ".",
    ":",
    "%",
    "٪",
    "\"",
    "(",
    ")",
    "©",
];

fn spans_and_values_hold(doc: &Document) {
    let body: Vec<char> = doc.body.chars().collect();
    let slice = |s: usize, e: usize| -> String { body[s..e].iter().collect() };
    for t in &doc.times {
        assert!(t.start < t.end && t.end <= body.len(), "{t:?}");
        assert_eq!(slice(t.start, t.end), t.text);
        if let Some(v) = &t.value {
            let ok = v.split('/').all(|part| {
                part == ".."
                    || part.starts_with('P')
                    || part
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '-' || c == 'W')
            });
            assert!(ok && !v.is_empty(), "{t:?}");
        }
    }
    for q in &doc.quantities {
        assert!(q.start < q.end && q.end <= body.len(), "{q:?}");
        assert_eq!(slice(q.start, q.end), q.text);
        assert!(q.value.map_or(true, f64::is_finite), "{q:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn times_and_quantities_hold_on_any_word_sequence(
        words in proptest::collection::vec(proptest::sample::select(WORDS), 0..24),
        published in proptest::option::of(proptest::sample::select(&["2017-11-21", "2016-02-29", "2018-12-31"][..])),
    ) {
        let body = words.join(" ");
        let doc = analyze(&body, published);
        spans_and_values_hold(&doc);
    }
}

#[test]
fn an_expression_may_end_the_text() {
    for body in [
        "الثلاثاء",
        "الأحد ,",
        "يوم السبت -",
        "منذ عام",
        "قبل",
        "عشرات",
        "12 :",
    ] {
        let doc = analyze(body, Some("2017-11-21"));
        spans_and_values_hold(&doc);
    }
    let doc = analyze("الثلاثاء", Some("2017-11-21"));
    assert_eq!(
        doc.times.first().and_then(|t| t.value.as_deref()),
        Some("2017-11-21"),
        "2017-11-21 was a Tuesday"
    );
}
