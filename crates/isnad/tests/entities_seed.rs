//! Golden test: the seed page's entities (`tests/fixtures/seed.txt`), written by hand from the
//! entity list of `../shared/seed/EXPECTED.md`. Runs on the page as scraped and on its body
//! lines (14-25) alone, which is what the page layer will hand over once it cuts the chrome.

use isnad::document::{Document, EntityType};
use isnad::text::normalize;
use isnad::{Pipeline, RawInput};

const SEED: &str = include_str!("../../../tests/fixtures/seed.txt");

fn analyze(text: &str) -> Document {
    let input = RawInput {
        id: "seed".into(),
        bytes: text.as_bytes().to_vec(),
        ..Default::default()
    };
    Pipeline::embedded()
        .analyze(&input)
        .expect("the seed analyses")
}

fn body_only() -> String {
    SEED.lines()
        .skip(13)
        .take(12)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Normal form without quote marks, as the seed checker compares.
fn key(s: &str) -> String {
    normalize(s).replace('"', "")
}

fn mentions<'a>(doc: &'a Document, surface: &str) -> Vec<&'a isnad::document::Entity> {
    doc.entities
        .iter()
        .filter(|e| key(&e.text) == key(surface))
        .collect()
}

fn check(doc: &Document) {
    let body: Vec<char> = doc.body.chars().collect();
    for e in &doc.entities {
        let slice: String = body[e.start..e.end].iter().collect();
        assert_eq!(slice, e.text, "span of {e:?}");
        assert!(!e.text.starts_with('"') && !e.text.ends_with('"'), "{e:?}");
    }
    // (surface, canonical, type) for every entity EXPECTED.md lists by name.
    let expected: [(&str, &str, EntityType); 18] = [
        (
            "قوات سوريا الديمقراطية",
            "قوات سوريا الديمقراطية",
            EntityType::Org,
        ),
        ("قسد", "قوات سوريا الديمقراطية", EntityType::Org),
        ("التحالف الدولي", "التحالف الدولي", EntityType::Org),
        ("داعش", "داعش", EntityType::Org),
        ("تنظيم داعش", "داعش", EntityType::Org),
        (
            "وزارة الدفاع الأمريكية",
            "وزارة الدفاع الأمريكية",
            EntityType::Org,
        ),
        ("الميادين", "الميادين", EntityType::Media),
        ("رويترز", "رويترز", EntityType::Media),
        ("سي إن إن", "سي إن إن", EntityType::Media),
        ("مصطفى بالي", "مصطفى بالي", EntityType::Per),
        ("بالي", "مصطفى بالي", EntityType::Per),
        ("بات شاناهان", "بات شاناهان", EntityType::Per),
        ("شون روبرتسون", "شون روبرتسون", EntityType::Per),
        ("الباغوز", "الباغوز", EntityType::Gpe),
        ("هجين", "هجين", EntityType::Gpe),
        ("السوسة", "السوسة", EntityType::Gpe),
        ("الولايات المتحدة", "الولايات المتحدة", EntityType::Gpe),
        ("تركيا", "تركيا", EntityType::Gpe),
    ];
    for (surface, canonical, kind) in expected {
        let found = mentions(doc, surface);
        assert!(!found.is_empty(), "no mention {surface}");
        for e in found {
            assert_eq!(key(&e.canonical), key(canonical), "canonical of {surface}");
            assert_eq!(e.kind, kind, "type of {surface}");
        }
    }
    for place in [
        "شرق الفرات",
        "صحراء الأنبار",
        "سوريا",
        "العراق",
        "شرق سوريا",
        "شمال سوريا",
    ] {
        assert!(!mentions(doc, place).is_empty(), "no place {place}");
    }
    assert!(doc
        .entities
        .iter()
        .any(|e| key(&e.text).contains(&key("دير الزور"))));
    // One entity id for the SDF across its names.
    let ids: std::collections::HashSet<_> = doc
        .entities
        .iter()
        .filter(|e| key(&e.canonical) == key("قوات سوريا الديمقراطية"))
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(ids.len(), 1);
    // The SDF media centre, with the SDF named inside it.
    let centre = doc
        .entities
        .iter()
        .find(|e| key(&e.canonical) == key("المركز الإعلامي لقوات سوريا الديمقراطية"))
        .expect("the SDF media centre");
    assert_eq!(centre.kind, EntityType::Org);
    assert!(doc.entities.iter().any(|e| e.start > centre.start
        && e.end == centre.end
        && key(&e.canonical) == key("قوات سوريا الديمقراطية")));
    // لـ"قوات سوريا الديمقراطية": the mention is the name, without لـ and quotes.
    assert!(doc.entities.iter().all(|e| !e.text.starts_with("لـ")));
    // Roles bound to people.
    let role = |name: &str| {
        mentions(doc, name)
            .first()
            .and_then(|e| e.role.clone())
            .map(|r| key(&r))
    };
    assert_eq!(
        role("مصطفى بالي"),
        Some(key("مدير المركز الإعلامي لقوات سوريا الديمقراطية"))
    );
    assert_eq!(
        role("بات شاناهان"),
        Some(key("وزير الدفاع الأمريكي بالوكالة"))
    );
    assert_eq!(
        role("شون روبرتسون"),
        Some(key("المتحدث باسم وزارة الدفاع الأمريكية"))
    );
    // Places carry coordinates when the gazetteer knows them.
    let baghuz = mentions(doc, "الباغوز")[0];
    let c = baghuz.coordinates.expect("الباغوز has coordinates");
    assert!((c.lat - 34.45).abs() < 0.1 && (c.lon - 40.95).abs() < 0.1);
}

#[test]
fn seed_page_entities() {
    check(&analyze(SEED));
}

#[test]
fn seed_body_entities() {
    check(&analyze(&body_only()));
}
