//! Golden test of the attribution stage on the seed article (`tests/fixtures/seed.txt`, lines
//! 14-25 as the body and line 9 as the headline), written by hand from the seed's EXPECTED.md:
//! its 11 statements with chain, stance and hedging, the conflict between statement 1 and
//! statements 4 and 7, and its times and quantities.

use isnad::document::{DateEvidence, Document, QuoteKind, Source, Stance, Statement};
use isnad::eval::statements::{evaluate, parse_gold};
use isnad::Pipeline;

const BODY: &str = include_str!("../../../tests/fixtures/attribution/seed-body.txt");
const GOLD: &str = include_str!("../../../tests/fixtures/attribution/seed-gold.jsonl");
const TITLE: &str = "اتفاق يقضي بخروج مسلحي داعش من \"الباغوز\".. و\"قسد\" تنفي";

fn seed(published: Option<&str>) -> Document {
    let mut doc = Document::new("seed", Source::default());
    doc.body = BODY.trim_end().to_string();
    doc.title = Some(TITLE.to_string());
    doc.published = published.map(DateEvidence::given);
    Pipeline::embedded().analyze_body(&mut doc);
    doc
}

fn speaker(s: &Statement) -> &str {
    s.chain.last().map_or("", |l| l.canonical.as_str())
}

fn chain(s: &Statement) -> Vec<&str> {
    s.chain.iter().map(|l| l.canonical.as_str()).collect()
}

#[test]
fn the_eleven_statements_of_the_seed() {
    let doc = seed(None);
    let st = &doc.statements;
    assert_eq!(
        st.len(),
        11,
        "{:#?}",
        st.iter()
            .map(|s| (chain(s), &s.cue.text))
            .collect::<Vec<_>>()
    );
    let expected: [(&[&str], &str, Stance, bool, QuoteKind); 11] = [
        (
            &["الميادين"],
            "ذكرت",
            Stance::Assert,
            false,
            QuoteKind::Indirect,
        ),
        (
            &["الميادين"],
            "أضافت",
            Stance::Assert,
            false,
            QuoteKind::Indirect,
        ),
        (
            &["الميادين"],
            "أشارت",
            Stance::Assert,
            true,
            QuoteKind::Indirect,
        ),
        (
            &["مصطفى بالي"],
            "نفى",
            Stance::Deny,
            false,
            QuoteKind::Indirect,
        ),
        (
            &["رويترز", "مصطفى بالي"],
            "نقلت",
            Stance::Assert,
            false,
            QuoteKind::Indirect,
        ),
        (
            &["رويترز", "مصطفى بالي"],
            "أوضح",
            Stance::Assert,
            false,
            QuoteKind::Indirect,
        ),
        (
            &["رويترز", "مصطفى بالي"],
            "تابع",
            Stance::Deny,
            false,
            QuoteKind::Direct,
        ),
        (
            &["بات شاناهان"],
            "قال",
            Stance::Assert,
            false,
            QuoteKind::Indirect,
        ),
        (
            &["وزارة الدفاع الأمريكية"],
            "قالت",
            Stance::Assert,
            false,
            QuoteKind::Indirect,
        ),
        (
            &["سي إن إن", "شون روبرتسون"],
            "نقلت",
            Stance::Assert,
            false,
            QuoteKind::Direct,
        ),
        // `ما قد يسمح بفرارهم`: قد before an imperfect verb hedges (GUIDELINES rule 5).
        (
            &["سي إن إن"],
            "حسب",
            Stance::Assert,
            true,
            QuoteKind::Indirect,
        ),
    ];
    for (k, (s, (want_chain, cue, stance, hedged, quote))) in st.iter().zip(expected).enumerate() {
        assert_eq!(chain(s), want_chain, "statement {}", k + 1);
        assert_eq!(s.cue.text, cue, "statement {}", k + 1);
        assert_eq!(s.stance, stance, "statement {}", k + 1);
        assert_eq!(s.hedged, hedged, "statement {}", k + 1);
        assert_eq!(s.quote, quote, "statement {}", k + 1);
        assert!(!s.content.text.is_empty());
    }
    // The dropped subject of وتابع is carried over, and its direct quote survives `""ثمة`.
    assert!(st[6].content.text.starts_with("ثمة ممر آمن"));
    assert!(st[6].content.text.ends_with("ولا حتى نية في المفاوضات"));
    assert_eq!(st[2].hedge.as_ref().map(|h| h.text.as_str()), Some("غامضة"));
    assert_eq!(st[0].chain[0].text, "قناة \"الميادين\" اللبنانية");
    assert_eq!(
        speaker(&st[5]),
        "مصطفى بالي",
        "بالي resolves to the full name"
    );
}

#[test]
fn the_deal_conflicts_with_both_denials() {
    let doc = seed(None);
    let pairs: Vec<(&str, &str)> = doc
        .conflicts
        .iter()
        .map(|c| (c.a.as_str(), c.b.as_str()))
        .collect();
    assert!(pairs.contains(&("s1", "s4")), "{pairs:?}");
    assert!(pairs.contains(&("s1", "s7")), "{pairs:?}");
    let reason = &doc.conflicts[0].reason;
    assert!(
        reason.contains("قسد"),
        "the headline hint is cited: {reason}"
    );
    for c in &doc.conflicts {
        assert_ne!(
            c.a, "s11",
            "a denial of talks does not oppose a report of fears"
        );
    }
}

#[test]
fn times_stay_relative_without_a_publication_date() {
    let doc = seed(None);
    let texts: Vec<&str> = doc.times.iter().map(|t| t.text.as_str()).collect();
    for want in [
        "مساء السبت",
        "العاشر من سبتمبر الماضي",
        "مطلع فبراير",
        "خلال نحو أسبوعين",
    ] {
        assert!(texts.contains(&want), "{want} in {texts:?}");
    }
    assert!(
        doc.times.iter().all(|t| t.value.is_none()),
        "{:?}",
        doc.times
    );
}

#[test]
fn times_resolve_against_a_known_publication_date() {
    let doc = seed(Some("2019-02-20"));
    let value = |text: &str| {
        doc.times
            .iter()
            .find(|t| t.text == text)
            .and_then(|t| t.value.clone())
    };
    assert_eq!(
        value("العاشر من سبتمبر الماضي").as_deref(),
        Some("2018-09-10")
    );
    assert_eq!(
        value("مطلع فبراير").as_deref(),
        Some("2019-02-01/2019-02-10")
    );
    assert_eq!(value("مساء السبت").as_deref(), Some("2019-02-16"));
    assert_eq!(
        value("خلال نحو أسبوعين").as_deref(),
        Some("2019-02-20/2019-03-06")
    );
    let since = doc
        .times
        .iter()
        .find(|t| t.text == "العاشر من سبتمبر الماضي")
        .and_then(|t| t.relation.as_deref());
    assert_eq!(since, Some("since"));
}

#[test]
fn quantities_with_units_and_approximators() {
    let doc = seed(None);
    let q = |value: f64, unit: &str| {
        doc.quantities
            .iter()
            .find(|q| q.value == Some(value) && q.unit.as_deref() == Some(unit))
    };
    let pct = q(99.5, "%").expect("99.5٪");
    assert_eq!(pct.approx.as_deref(), Some("نحو"));
    assert!(q(100.0, "%").is_some());
    let over = doc
        .quantities
        .iter()
        .find(|q| q.text == "أكثر من800 مقاتل")
        .expect("أكثر من800 مقاتل");
    assert_eq!(
        (over.value, over.unit.as_deref()),
        (Some(800.0), Some("مقاتل"))
    );
    assert_eq!(over.relation.as_deref(), Some("over"));
    assert!(q(40.0, "بلدا").is_some_and(|q| q.approx.as_deref() == Some("أكثر من")));
}

#[test]
fn every_span_slices_the_body() {
    let doc = seed(Some("2019-02-20"));
    let slice = |s: usize, e: usize| doc.body.chars().skip(s).take(e - s).collect::<String>();
    for s in &doc.statements {
        assert_eq!(slice(s.content.start, s.content.end), s.content.text);
        assert_eq!(slice(s.cue.start, s.cue.end), s.cue.text);
        for l in &s.chain {
            assert_eq!(slice(l.start, l.end), l.text);
        }
        if let Some(h) = &s.hedge {
            assert_eq!(slice(h.start, h.end), h.text);
        }
    }
    for t in &doc.times {
        assert_eq!(slice(t.start, t.end), t.text);
    }
    for q in &doc.quantities {
        assert_eq!(slice(q.start, q.end), q.text);
    }
}

#[test]
fn the_scorer_on_the_seed_gold() {
    let gold = parse_gold(GOLD).expect("the fixture parses");
    let docs: Vec<Document> = gold
        .iter()
        .map(|g| {
            let mut doc = Document::new(g.article.id.clone(), Source::default());
            doc.body = g.article.text.clone();
            Pipeline::embedded().analyze_body(&mut doc);
            doc
        })
        .collect();
    let report = evaluate(&gold, &docs);
    assert_eq!(report.statements, 11);
    assert_eq!(report.detection.f1, 1.0, "{:?}", report.errors);
    assert_eq!(report.speaker.f1, 1.0, "{:?}", report.errors);
    assert_eq!(report.stance.f1, 1.0, "{:?}", report.errors);
    assert_eq!(report.chain.f1, 1.0, "{:?}", report.errors);
    // Nothing predicted: recall and F1 are zero, not NaN.
    let empty: Vec<Document> = gold
        .iter()
        .map(|g| {
            let mut d = Document::new(g.article.id.clone(), Source::default());
            d.body = g.article.text.clone();
            d
        })
        .collect();
    let r = evaluate(&gold, &empty);
    assert_eq!((r.detection.recall, r.detection.f1), (0.0, 0.0));
}
