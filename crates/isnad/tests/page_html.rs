//! HTML pages end to end: real benchmark pages (MIT, scored as the benchmark scores them) and
//! two Arabic pages written for these tests (see `tests/fixtures/page/ar/SOURCE.md`).

use std::io::Read;
use std::path::Path;

use isnad::document::InputFormat;
use isnad::eval::extract::{metrics, shingle_matching};
use isnad::page::read_page;
use isnad::{Document, RawInput};

fn fixture(rel: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/page")
        .join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read_html(bytes: Vec<u8>, url: Option<&str>) -> Document {
    read_page(&RawInput {
        id: "t".into(),
        url: url.map(str::to_string),
        format: InputFormat::Html,
        bytes,
        ..Default::default()
    })
    .expect("the page reads")
}

#[test]
fn benchmark_pages_score_well() {
    let gold: serde_json::Value =
        serde_json::from_slice(&fixture("aeb/ground-truth.json")).expect("gold parses");
    let mut scores = Vec::new();
    for (key, entry) in gold.as_object().expect("gold is an object") {
        let mut html = Vec::new();
        gunzip(&fixture(&format!("aeb/{key}.html.gz")), &mut html);
        let doc = read_html(html, entry["url"].as_str());
        let s = shingle_matching(entry["articleBody"].as_str().unwrap_or(""), &doc.body);
        let m = metrics(&[s]);
        // The Portuguese page is a known weakness: a "you may also like" box of teaser
        // articles beside the article is taken with it (F1 0.33, BENCHMARKS.md).
        let floor = if key.starts_with("b3c19dd5") {
            0.3
        } else {
            0.9
        };
        assert!(m.f1 > floor, "{key}: F1 {:.3}", m.f1);
        scores.push(s);
    }
    assert!(metrics(&scores).f1 > 0.75);
}

fn gunzip(gz: &[u8], out: &mut Vec<u8>) {
    flate2::read::GzDecoder::new(gz)
        .read_to_end(out)
        .expect("the fixture gunzips");
}

#[test]
fn modern_arabic_page_with_json_ld() {
    let doc = read_html(fixture("ar/news-jsonld.html"), None);
    assert_eq!(
        doc.title.as_deref(),
        Some("وزير الري يتفقد محطات الرفع في الدلتا")
    );
    let paras: Vec<&str> = doc.body.lines().collect();
    assert_eq!(paras.len(), 5, "{paras:#?}");
    assert!(paras[0].starts_with("تفقد وزير الموارد المائية والري"));
    assert_eq!(paras[3], "شكاوى المزارعين");
    assert!(paras[4].ends_with("بحسب البيان."));
    for noise in [
        "ملفات تعريف الارتباط",
        "الرئيسية",
        "فيسبوك",
        "أخبار ذات صلة",
        "شكرا للوزير",
        "جميع الحقوق محفوظة",
        "إضافة تعليق",
    ] {
        assert!(!doc.body.contains(noise), "{noise} in body");
    }
    let removed = |t: &str| {
        doc.removed
            .iter()
            .find(|r| r.text.contains(t))
            .map(|r| r.reason.as_str())
    };
    assert_eq!(removed("ملفات تعريف الارتباط"), Some("cookie-banner"));
    assert_eq!(removed("شكرا للوزير"), Some("comments"));
    assert_eq!(removed("محافظ الدقهلية"), Some("related"));
    assert_eq!(removed("فيسبوك"), Some("share"));
    let p = doc.published.as_ref().expect("published");
    assert_eq!(
        (p.date.as_str(), p.evidence.as_str()),
        ("2020-08-24", "json-ld")
    );
    assert!(p.confidence > 0.9);
    // The header's "today" date, in Arabic-Indic digits, is the page date.
    assert_eq!(
        doc.page_date.as_ref().map(|d| d.date.as_str()),
        Some("2020-08-24")
    );
    assert_eq!(doc.author.as_deref(), Some("سارة حسن"));
    assert_eq!(doc.section.as_deref(), Some("محافظات"));
    assert_eq!(doc.tags, vec!["وزارة الري", "محطات الرفع", "الدلتا"]);
    assert_eq!(doc.language.as_deref(), Some("ar"));
    assert_eq!(
        doc.canonical_url.as_deref(),
        Some("https://nile.example/news/2020/8/24/irrigation-minister/4943459")
    );
}

#[test]
fn legacy_windows_1256_table_page() {
    let doc = read_html(fixture("ar/legacy-windows-1256.html"), None);
    assert_eq!(doc.source.encoding.as_deref(), Some("windows-1256"));
    assert_eq!(
        doc.title.as_deref(),
        Some("الجامعة العربية تدعو إلى وقف إطلاق النار في ليبيا")
    );
    let paras: Vec<&str> = doc.body.lines().collect();
    assert_eq!(paras.len(), 4, "{paras:#?}");
    assert!(paras[0].starts_with("دعت جامعة الدول العربية"));
    assert!(paras[3].starts_with("ونقلت وكالة الأنباء الرسمية"));
    for noise in [
        "الأكثر قراءة",
        "ارتفاع أسعار النفط",
        "شارك الخبر",
        "مساحة إعلانية",
        "جميع الحقوق",
    ] {
        assert!(!doc.body.contains(noise), "{noise} in body");
    }
    // The date under the headline is the article's; the top bar's is the portal's.
    let p = doc.published.as_ref().expect("published");
    assert_eq!(
        (p.date.as_str(), p.evidence.as_str()),
        ("2019-01-03", "dateline")
    );
    let pd = doc.page_date.as_ref().expect("page date");
    assert_eq!(
        (pd.date.as_str(), pd.evidence.as_str()),
        ("2024-05-05", "chrome")
    );
}

#[test]
fn url_dates_when_the_markup_has_none() {
    let page = "<html><body><article><h1>خبر</h1><p>نص الخبر الأول، وهو فقرة طويلة بما يكفي لتكون جزءا من المقال وتحمل تفاصيله.</p></article></body></html>";
    let doc = read_html(
        page.as_bytes().to_vec(),
        Some("https://www.youm7.com/story/2020/8/24/x/4943459"),
    );
    let p = doc.published.expect("published from the URL");
    assert_eq!(
        (p.date.as_str(), p.evidence.as_str()),
        ("2020-08-24", "url")
    );
}

#[test]
fn a_site_prefixed_title_and_a_long_date_line_stay_out_of_the_body() {
    // The shape of almadenahnews.com's page in htmldate's MediaCloud sample: the <title>
    // carries the site's name, the headline and a date line open the article container.
    let page = "<html><head><title>المدينة نيوز - أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا</title></head>\
        <body><article><div>أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا</div>\
        <div>تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div>\
        <p>بلغت حصيلة الوفيات الناجمة عن فيروس كورونا المستجد في الولايات المتحدة 50 ألفا مساء الخميس، وذلك بعدما حصد الوباء خلال الساعات الماضية أرواح 3176 مصابا.</p>\
        <p>وفي بيانات نشرها مركز الجامعة، حصد فيروس كورونا لغاية ليل الخميس أرواح 49 ألفا و759 مصابا في الولايات المتحدة.</p>\
        <div>طباعة Email فيسبوك تويتر لينكدين Pin Interest Whats App</div></article></body></html>";
    let doc = read_html(page.as_bytes().to_vec(), None);
    assert!(doc.body.starts_with("بلغت حصيلة"), "{}", doc.body);
    assert!(!doc.body.contains("فيسبوك"), "{}", doc.body);
    let reasons: Vec<&str> = doc.removed.iter().map(|r| r.reason.as_str()).collect();
    for r in ["headline", "dateline", "share"] {
        assert!(reasons.contains(&r), "{r} not in {reasons:?}");
    }
    assert_eq!(
        doc.published.as_ref().map(|p| p.date.as_str()),
        Some("2020-04-24")
    );
}
