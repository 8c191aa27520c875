//! `isnad analyze` on a batch: pages of one site (one folder) teach it the site's chrome.

use std::path::Path;
use std::process::Command;

fn isnad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_isnad"))
}

const SEED: &str = include_str!("../../../tests/fixtures/seed.txt");

fn page(headline: &str, body: &str) -> String {
    format!(
        "الأربعاء 24 أبريل 2024\nرئيس مجلسي الإدارة والتحرير\nعبدالرحيم علي\n\nبوابة العرب\n\n{headline}\n\nالبوابة نيوز\n{body}\n"
    )
}

fn docs(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON document per line"))
        .collect()
}

#[test]
fn a_batch_of_one_site_learns_its_recurring_lines() {
    let dir = std::env::temp_dir().join(format!("isnad-batch-{}", std::process::id()));
    let site = dir.join("site");
    std::fs::create_dir_all(&site).unwrap();
    let seed = SEED.replace(
        "قوات سوريا الديمقراطية قسد\n",
        "قوات سوريا الديمقراطية قسد\nالبوابة نيوز\n",
    );
    std::fs::write(site.join("a.txt"), &seed).unwrap();
    std::fs::write(
        site.join("b.txt"),
        page(
            "وزير الخارجية يلتقي نظيره الأردني في القاهرة لبحث الأوضاع",
            "التقى وزير الخارجية نظيره الأردني في القاهرة اليوم، وبحث الجانبان الأوضاع في المنطقة وسبل التهدئة.",
        ),
    )
    .unwrap();
    std::fs::write(
        site.join("c.txt"),
        page(
            "ارتفاع أسعار الذهب في السوق المحلية مع بداية التعاملات",
            "ارتفعت أسعار الذهب في السوق المحلية مع بداية تعاملات اليوم، وسط توقعات باستمرار الصعود خلال الأسبوع.",
        ),
    )
    .unwrap();

    let learnt = isnad().arg("analyze").arg(&site).output().unwrap();
    assert!(
        learnt.status.success(),
        "{}",
        String::from_utf8_lossy(&learnt.stderr)
    );
    let learnt = docs(&learnt.stdout);
    assert_eq!(learnt.len(), 3);
    let a = &learnt[0];
    assert!(!a["tags"].to_string().contains("البوابة نيوز"));
    assert!(a["removed"].to_string().contains("site-chrome"));

    let alone = isnad()
        .args(["analyze", "--no-site-chrome"])
        .arg(site.join("a.txt"))
        .output()
        .unwrap();
    let alone = docs(&alone.stdout);
    assert!(alone[0]["tags"].to_string().contains("البوابة نيوز"));
    assert_eq!(alone[0]["body"], a["body"]);
    let _ = std::fs::remove_dir_all(Path::new(&dir));
}

#[test]
fn bad_inputs_are_reported_by_name_and_the_batch_goes_on() {
    let dir = std::env::temp_dir().join(format!("isnad-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("binary.html"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(dir.join("empty.html"), b"").unwrap();
    std::fs::write(dir.join("seed.txt"), SEED).unwrap();
    let out = isnad().arg("analyze").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("binary.html") && stderr.contains("binary data"),
        "{stderr}"
    );
    let docs = docs(&out.stdout);
    assert_eq!(docs.len(), 3);
    assert!(docs[0]["error"]["input"]
        .as_str()
        .unwrap()
        .ends_with("binary.html"));
    assert!(docs[1]["flags"].to_string().contains("no_article"));
    assert_eq!(docs[2]["page_date"]["date"], "2024-04-23");
    let _ = std::fs::remove_dir_all(&dir);
}
