//! What a page says about itself: JSON-LD (`NewsArticle` and kin), OpenGraph and `<meta>`
//! tags, `<link rel=canonical>`, `<html lang>`, `<time>` elements, `<title>` and `<h1>`.
//!
//! Each value keeps where it came from, so that dates can carry their evidence.

use ego_tree::iter::Edge;
use scraper::{Html, Node};
use serde_json::Value;

use crate::page::dates::{self, Date};
use crate::page::settings::{DateSettings, Limits};

/// A date read from the page's own markup.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkedDate {
    pub date: Date,
    /// `json-ld`, `meta`, `time`.
    pub evidence: &'static str,
    /// The attribute or property and its value, e.g. `article:published_time=2020-08-24T10:00`.
    pub raw: String,
}

#[derive(Debug, Clone, Default)]
pub struct Metadata {
    pub title: Option<String>,
    pub h1: Option<String>,
    pub site_name: Option<String>,
    pub section: Option<String>,
    pub tags: Vec<String>,
    pub author: Option<String>,
    pub canonical_url: Option<String>,
    pub language: Option<String>,
    pub description: Option<String>,
    pub published: Option<MarkedDate>,
    pub modified: Option<MarkedDate>,
    /// `articleBody` of a JSON-LD article, when the page carries one.
    pub json_ld_body: Option<String>,
}

/// JSON-LD types that describe an article.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "WebPage",
];

/// `<meta>` names and properties that carry the publication date, best first.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "dc.date.created",
    "date",
    "created",
    "article.published",
    "originalpublicationdate",
];
const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
];

pub fn read(html: &Html, limits: &Limits, d: &DateSettings) -> Metadata {
    let mut meta = Metadata::default();
    let mut metas: Vec<(String, String)> = Vec::new();
    let mut json_ld: Vec<String> = Vec::new();
    let mut title_el: Option<String> = None;
    let mut time_el: Option<(String, String)> = None;
    let mut in_title = false;
    let mut in_h1 = false;
    let mut h1 = String::new();
    let mut in_json_ld = false;
    let mut ld_buf = String::new();
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => match el.name() {
                    "html" => {
                        if let Some(l) = el.attr("lang").or_else(|| el.attr("xml:lang")) {
                            meta.language.get_or_insert_with(|| primary_lang(l));
                        }
                    }
                    "meta" => {
                        let key = el
                            .attr("property")
                            .or_else(|| el.attr("name"))
                            .or_else(|| el.attr("itemprop"))
                            .or_else(|| el.attr("http-equiv"));
                        if let (Some(k), Some(v)) = (key, el.attr("content")) {
                            metas.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
                        }
                    }
                    "link" => {
                        let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
                        if rel.split_whitespace().any(|r| r == "canonical") {
                            if let Some(h) = el.attr("href") {
                                meta.canonical_url
                                    .get_or_insert_with(|| h.trim().to_string());
                            }
                        }
                    }
                    "title" => in_title = title_el.is_none(),
                    "h1" => in_h1 = h1.is_empty(),
                    "time" if time_el.is_none() => {
                        if let Some(dt) = el.attr("datetime") {
                            let tag = el
                                .attr("itemprop")
                                .or_else(|| el.attr("pubdate").map(|_| "pubdate"))
                                .unwrap_or("time");
                            time_el = Some((tag.to_string(), dt.to_string()));
                        }
                    }
                    "script" => {
                        let t = el.attr("type").unwrap_or("").to_ascii_lowercase();
                        in_json_ld =
                            t.contains("ld+json") && json_ld.len() < limits.max_json_ld_scripts;
                        ld_buf.clear();
                    }
                    _ => {}
                },
                Node::Text(t) => {
                    if in_title {
                        title_el.get_or_insert_with(String::new).push_str(t);
                    }
                    if in_h1 {
                        h1.push_str(t);
                    }
                    if in_json_ld && ld_buf.len() + t.len() <= limits.max_json_ld_bytes {
                        ld_buf.push_str(t);
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    match el.name() {
                        "title" => in_title = false,
                        "h1" => in_h1 = false,
                        "script" if in_json_ld => {
                            in_json_ld = false;
                            json_ld.push(std::mem::take(&mut ld_buf));
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    let get = |k: &str| {
        metas
            .iter()
            .find(|(key, v)| key == k && !v.is_empty())
            .map(|(_, v)| v.clone())
    };
    // JSON-LD first: it is the publisher's own structured statement.
    for src in &json_ld {
        if let Ok(v) = serde_json::from_str::<Value>(src.trim()) {
            let mut found = Vec::new();
            collect_articles(&v, &mut found, 0);
            for a in found {
                read_json_ld_article(a, &mut meta, d);
            }
        }
    }
    let og_title = get("og:title").or_else(|| get("twitter:title"));
    meta.site_name = get("og:site_name").or_else(|| get("application-name"));
    if meta.title.is_none() {
        meta.title = og_title.or_else(|| title_el.as_deref().map(clean_ws));
    }
    meta.title = meta
        .title
        .take()
        .map(|t| strip_site_name(&clean_ws(&t), meta.site_name.as_deref()));
    let h1 = clean_ws(&h1);
    if !h1.is_empty() {
        meta.h1 = Some(h1);
    }
    if meta.section.is_none() {
        meta.section = get("article:section").or_else(|| get("section"));
    }
    if meta.tags.is_empty() {
        let mut tags: Vec<String> = metas
            .iter()
            .filter(|(k, _)| k == "article:tag")
            .map(|(_, v)| v.clone())
            .collect();
        if tags.is_empty() {
            if let Some(k) = get("news_keywords").or_else(|| get("keywords")) {
                tags = split_keywords(&k);
            }
        }
        meta.tags = tags;
    }
    if meta.author.is_none() {
        meta.author = get("author")
            .or_else(|| get("article:author"))
            .or_else(|| get("dc.creator"))
            .or_else(|| get("byl"))
            .filter(|a| !a.starts_with("http"));
    }
    if meta.canonical_url.is_none() {
        meta.canonical_url = get("og:url");
    }
    if meta.language.is_none() {
        meta.language = get("content-language")
            .or_else(|| get("og:locale"))
            .or_else(|| get("language"))
            .map(|l| primary_lang(&l));
    }
    meta.description = get("description").or_else(|| get("og:description"));
    if meta.published.is_none() {
        meta.published = PUBLISHED_META.iter().find_map(|k| {
            let v = get(k)?;
            Some(MarkedDate {
                date: dates::parse_machine_date(&v, d.min_year, d.max_year)?,
                evidence: "meta",
                raw: format!("{k}={v}"),
            })
        });
    }
    if meta.published.is_none() {
        if let Some((tag, v)) = time_el {
            if let Some(date) = dates::parse_machine_date(&v, d.min_year, d.max_year) {
                meta.published = Some(MarkedDate {
                    date,
                    evidence: "time",
                    raw: format!("<time {tag} datetime={v}>"),
                });
            }
        }
    }
    if meta.modified.is_none() {
        meta.modified = MODIFIED_META.iter().find_map(|k| {
            let v = get(k)?;
            Some(MarkedDate {
                date: dates::parse_machine_date(&v, d.min_year, d.max_year)?,
                evidence: "meta",
                raw: format!("{k}={v}"),
            })
        });
    }
    meta
}

/// Finds article objects in a JSON-LD value: top level, arrays, `@graph`, nested
/// `mainEntity`. Depth-capped: JSON-LD nests only a few levels in practice.
fn collect_articles<'a>(v: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(items) => {
            for i in items {
                collect_articles(i, out, depth + 1);
            }
        }
        Value::Object(map) => {
            let is_article = match map.get("@type") {
                Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Value::Array(ts)) => ts
                    .iter()
                    .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                _ => false,
            };
            if is_article {
                out.push(v);
            }
            for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                if let Some(inner) = map.get(key) {
                    collect_articles(inner, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn read_json_ld_article(a: &Value, meta: &mut Metadata, d: &DateSettings) {
    let is_webpage = a.get("@type").and_then(Value::as_str) == Some("WebPage");
    let text = |k: &str| -> Option<String> {
        match a.get(k)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Array(items) => {
                let v: Vec<String> = items
                    .iter()
                    .filter_map(|i| i.as_str().map(str::to_string))
                    .collect();
                (!v.is_empty()).then(|| v.join(", "))
            }
            _ => None,
        }
    };
    if !is_webpage {
        if meta.title.is_none() {
            meta.title = text("headline").or_else(|| text("name"));
        }
        if meta.json_ld_body.is_none() {
            meta.json_ld_body = text("articleBody");
        }
        if meta.section.is_none() {
            meta.section = text("articleSection");
        }
        if meta.tags.is_empty() {
            if let Some(k) = text("keywords") {
                meta.tags = split_keywords(&k);
            }
        }
        if meta.author.is_none() {
            meta.author = person_names(a.get("author"));
        }
    }
    if meta.published.is_none() {
        if let Some(v) = text("datePublished").or_else(|| text("dateCreated")) {
            if let Some(date) = dates::parse_machine_date(&v, d.min_year, d.max_year) {
                meta.published = Some(MarkedDate {
                    date,
                    evidence: "json-ld",
                    raw: format!("datePublished={v}"),
                });
            }
        }
    }
    if meta.modified.is_none() {
        if let Some(v) = text("dateModified") {
            if let Some(date) = dates::parse_machine_date(&v, d.min_year, d.max_year) {
                meta.modified = Some(MarkedDate {
                    date,
                    evidence: "json-ld",
                    raw: format!("dateModified={v}"),
                });
            }
        }
    }
}

fn person_names(v: Option<&Value>) -> Option<String> {
    let names: Vec<String> = match v? {
        Value::String(s) => vec![s.clone()],
        Value::Object(o) => o
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_string)
            .into_iter()
            .collect(),
        Value::Array(items) => items
            .iter()
            .filter_map(|i| match i {
                Value::String(s) => Some(s.clone()),
                Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let names: Vec<String> = names
        .into_iter()
        .map(|n| clean_ws(&n))
        .filter(|n| !n.is_empty())
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

fn split_keywords(k: &str) -> Vec<String> {
    k.split([',', '،', ';', '|'])
        .map(clean_ws)
        .filter(|t| !t.is_empty())
        .collect()
}

pub fn clean_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn primary_lang(l: &str) -> String {
    l.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Drops a site name glued to a title (`Headline | Site`, `Site - Headline`): the part that is
/// the site name, or the shorter part when it is at most three words.
pub fn strip_site_name(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] {
        if let Some((a, b)) = title.rsplit_once(sep) {
            let (a, b) = (a.trim(), b.trim());
            if let Some(site) = site {
                let s = site.trim().to_lowercase();
                if b.to_lowercase() == s {
                    return a.to_string();
                }
                if a.to_lowercase() == s {
                    return b.to_string();
                }
            }
            let (aw, bw) = (a.split_whitespace().count(), b.split_whitespace().count());
            if bw <= 3 && aw > bw {
                return a.to_string();
            }
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::html::parse;

    #[test]
    fn json_ld_og_and_meta() {
        let page = r#"<html lang="ar-EG"><head><title>عنوان | الموقع</title>
            <meta property="og:site_name" content="الموقع">
            <meta property="article:section" content="عربي ودولي">
            <meta name="keywords" content="داعش، قسد، الباغوز">
            <link rel="canonical" href="https://example.com/a/1">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"اتفاق يقضي بخروج مسلحي داعش","datePublished":"2019-02-17T10:00:00+02:00","author":{"@type":"Person","name":"محرر"}}]}</script>
            </head><body><h1>اتفاق</h1></body></html>"#;
        let m = read(&parse(page), &Limits::default(), &DateSettings::default());
        assert_eq!(m.title.as_deref(), Some("اتفاق يقضي بخروج مسلحي داعش"));
        assert_eq!(m.language.as_deref(), Some("ar"));
        assert_eq!(m.section.as_deref(), Some("عربي ودولي"));
        assert_eq!(m.tags, vec!["داعش", "قسد", "الباغوز"]);
        assert_eq!(m.author.as_deref(), Some("محرر"));
        assert_eq!(m.canonical_url.as_deref(), Some("https://example.com/a/1"));
        let p = m.published.unwrap();
        assert_eq!(
            (p.date.iso().as_str(), p.evidence),
            ("2019-02-17", "json-ld")
        );
    }

    #[test]
    fn site_names_are_stripped() {
        assert_eq!(
            strip_site_name("Headline words here | The Site", None),
            "Headline words here"
        );
        assert_eq!(
            strip_site_name("الموقع - عنوان الخبر الطويل", Some("الموقع")),
            "عنوان الخبر الطويل"
        );
    }
}
