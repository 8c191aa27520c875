//! The attribution stage on short passages modelled on the baly2018 news texts (tokenised as
//! that corpus writes them: punctuation split off by spaces), one shape of report each.

use isnad::document::{DateEvidence, Document, QuoteKind, Source, Stance, Statement};
use isnad::Pipeline;

fn shared() -> &'static Pipeline {
    static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    PIPELINE.get_or_init(Pipeline::embedded)
}

fn analyze_with(body: &str, published: Option<&str>) -> Document {
    let mut doc = Document::new("t", Source::default());
    doc.body = body.to_string();
    doc.published = published.map(|d| DateEvidence {
        date: d.to_string(),
        evidence: "input".to_string(),
        raw: None,
        confidence: 1.0,
    });
    shared().analyze_body(&mut doc);
    doc
}

fn analyze(body: &str) -> Document {
    analyze_with(body, None)
}

fn chain(s: &Statement) -> Vec<String> {
    s.chain.iter().map(|l| l.canonical.clone()).collect()
}

#[test]
fn addressee_outlet_is_the_outer_link_and_continuations_keep_it() {
    let doc = analyze(
        "وقال سعد هادي , الضابط برتبة نقيب بشرطة تلعفر , في تصريح ل - \" الأناضول \" : إن \" داعش شن هجوما عنيفا على قرية الشرائع \" .\nوأضاف هادي أن \" 13 من داعش قتلوا جراء الهجوم \" .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["الأناضول", "سعد هادي"]);
    assert_eq!(doc.statements[0].quote, QuoteKind::Direct);
    assert_eq!(chain(&doc.statements[1]), ["الأناضول", "سعد هادي"]);
}

#[test]
fn trailing_according_phrase_is_the_outer_link_of_the_quote() {
    let doc = analyze(
        "قالت القيادية في حملة \" غضب الفرات \" روجدا فلات : \" انسحبت بعض القوات , لكن سنبقى موجودين في المدينة \" , بحسب وكالة الصحافة الفرنسية .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    let s = &doc.statements[0];
    assert_eq!(s.chain.len(), 2);
    assert!(s.chain[0].canonical.contains("الصحافة الفرنسية"));
    assert!(s.chain[1].canonical.contains("روجدا فلات"));
    assert_eq!(s.quote, QuoteKind::Direct);
    assert!(s.content.text.starts_with("انسحبت"));
}

#[test]
fn nested_report_runs_to_the_inner_speaker() {
    let doc = analyze(
        "وقالت وكالة إنترفاكس للأنباء إن وزارة الدفاع الروسية نفت تنفيذ الطائرات الحربية الروسية ضربات جوية على قرية في محافظة دير الزور .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    let s = &doc.statements[0];
    assert_eq!(s.cue.text, "نفت");
    assert_eq!(s.stance, Stance::Deny);
    assert_eq!(s.chain.len(), 2);
    assert!(s.chain[1].canonical.contains("وزارة الدفاع"));
}

#[test]
fn relay_with_a_dash_and_a_participle() {
    let doc = analyze(
        "وقالت وكالة الإعلام الروسية - نقلا عن وزارة الدفاع - إن ست قاذفات روسية انطلقت من روسيا , مشيرة إلى أن الطائرات عادت إلى مطاراتها .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(
        chain(&doc.statements[0]),
        ["وكالة الإعلام الروسية", "وزارة الدفاع"]
    );
    assert_eq!(chain(&doc.statements[1]), chain(&doc.statements[0]));
}

#[test]
fn negated_and_narrative_verbs_report_nothing() {
    let doc = analyze(
        "وتقصف إسرائيل مواقع في سوريا , لكنها لا تعلن عادة مسؤوليتها عن هذه الضربات .\nوأعلن العراق تحقيق النصر النهائي على التنظيم .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn plain_negation_asserts_and_denial_phrases_deny() {
    let doc = analyze(
        "في المقابل , قالت متحدثة باسم الجيش الإسرائيلي إنهم لا يعلقون على تقارير .\nوقال المتحدث إنه لا صحة للأنباء عن مقتله .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].stance, Stance::Assert);
    assert_eq!(doc.statements[1].stance, Stance::Deny);
}

#[test]
fn anaphoric_sources_take_their_antecedent() {
    let doc = analyze(
        "وبينت مصادر محلية في المنطقة لوكالة \" الأناضول \" التركية , أن صواريخ عدة استهدفت موقعا عسكريا .\nوأضافت المصادر ذاتها أن القصف استهدف كذلك الفوج 137 .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), chain(&doc.statements[1]));
    assert_eq!(doc.statements[1].chain[0].canonical, "الأناضول");
}

#[test]
fn hedges_and_times_and_quantities_in_a_report() {
    let doc = analyze_with(
        "وقال مصدر مخابراتي غربي إن إسرائيل شنت ضربة في 12 نوفمبر على قاعدة يعتقد على نطاق واسع أنها مجمع عسكري , وقتل نحو ثلاثة آلاف مقاتل منذ 15 رمضان 1440 .",
        Some("2019-06-01"),
    );
    let s = &doc.statements[0];
    assert!(s.hedged);
    assert_eq!(s.hedge.as_ref().map(|h| h.text.as_str()), Some("يعتقد"));
    let nov = doc
        .times
        .iter()
        .find(|t| t.text == "12 نوفمبر")
        .expect("12 نوفمبر");
    assert_eq!(nov.value.as_deref(), Some("2018-11-12"));
    let ramadan = doc
        .times
        .iter()
        .find(|t| t.text == "15 رمضان 1440")
        .expect("a Hijri date");
    assert_eq!(ramadan.value.as_deref(), Some("2019-05-20"));
    let q = doc
        .quantities
        .iter()
        .find(|q| q.value == 3000.0)
        .expect("ثلاثة آلاف");
    assert_eq!(q.unit.as_deref(), Some("مقاتل"));
    assert_eq!(q.approx.as_deref(), Some("نحو"));
}

#[test]
fn relative_times_resolve_on_the_publication_date_only() {
    let body = "وقصفت الطائرات المركز أمس الاثنين وقبل ثلاثة أسابيع والأسبوع الماضي , منذ عام 2014 , وقتل 15 في المئة من السكان .";
    let value = |doc: &Document, text: &str| {
        doc.times
            .iter()
            .find(|t| t.text == text)
            .unwrap_or_else(|| panic!("{text} in {:?}", doc.times))
            .value
            .clone()
    };
    let doc = analyze_with(body, Some("2017-12-27"));
    assert_eq!(value(&doc, "أمس الاثنين").as_deref(), Some("2017-12-26"));
    assert_eq!(
        value(&doc, "قبل ثلاثة أسابيع").as_deref(),
        Some("2017-12-06")
    );
    assert_eq!(
        value(&doc, "الأسبوع الماضي").as_deref(),
        Some("2017-12-16/2017-12-22")
    );
    assert_eq!(value(&doc, "عام 2014").as_deref(), Some("2014"));
    let pct = doc
        .quantities
        .iter()
        .find(|q| q.value == 15.0)
        .expect("15 في المئة");
    assert_eq!(pct.unit.as_deref(), Some("%"));
    // Without a publication date nothing relative is anchored (a page's render date never is).
    let mut undated = Document::new("t", Source::default());
    undated.body = body.to_string();
    undated.page_date = Some(DateEvidence {
        date: "2024-04-23".to_string(),
        evidence: "chrome".to_string(),
        raw: None,
        confidence: 0.9,
    });
    shared().analyze_body(&mut undated);
    assert_eq!(value(&undated, "أمس الاثنين"), None);
    assert_eq!(value(&undated, "الأسبوع الماضي"), None);
    assert_eq!(value(&undated, "عام 2014").as_deref(), Some("2014"));
}
