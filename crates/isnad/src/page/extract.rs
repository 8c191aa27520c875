//! Finding the main content of an HTML page among its text blocks.
//!
//! Two readings, as the strongest extractors combine them:
//! - **structure**: the page's own marking of its article (`itemprop="articleBody"`, the body
//!   classes of common CMSs, `<article>`);
//! - **density**: readability's scoring — every prose block (long enough, few links) scores
//!   its parent and, decayed, its grandparent; the best container wins, scaled by its own link
//!   density, and sibling containers that also score are taken with it.
//!
//! The winner's blocks are then filtered (boilerplate regions, link lists, "Share"/"Read
//! more" lines), and every block left out is reported with the reason.

use ego_tree::NodeId;
use rustc_hash::{FxHashMap, FxHashSet};
use scraper::Html;

use crate::page::html::Block;
use crate::page::scraped::chrome_phrase;
use crate::page::settings::ExtractSettings;

/// Class/id words that CMSs use for the article body.
const BODY_CLASS_WORDS: &[&str] = &[
    "articlebody",
    "article-body",
    "article__body",
    "article-content",
    "article__content",
    "article-text",
    "articletext",
    "story-body",
    "storybody",
    "story-content",
    "entry-content",
    "post-content",
    "post-body",
    "postbody",
    "post-entry",
    "field-name-body",
    "field--name-body",
    "td-post-content",
    "news-content",
    "news-body",
    "news-text",
    "newsdetails",
    "news-details",
    "article-details",
    "details-body",
    "content-body",
    "body-text",
    "main-content",
    "text-content",
];

/// The extraction: indices of the blocks kept, and of those dropped with the reason.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub kept: Vec<usize>,
    pub dropped: Vec<(usize, &'static str)>,
    /// How the main container was found: `structure`, `density`, `none`.
    pub method: &'static str,
}

fn is_structural_body(html: &Html, node: NodeId) -> bool {
    let Some(el) = html.tree.get(node).and_then(|n| n.value().as_element()) else {
        return false;
    };
    if el
        .attr("itemprop")
        .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
    {
        return true;
    }
    // The raw attributes: `Element::classes` interns every class name.
    el.attr("class")
        .unwrap_or("")
        .split_whitespace()
        .chain(el.attr("id"))
        .any(|w| BODY_CLASS_WORDS.iter().any(|b| b.eq_ignore_ascii_case(w)))
}

fn is_article_element(html: &Html, node: NodeId) -> bool {
    html.tree
        .get(node)
        .and_then(|n| {
            n.value()
                .as_element()
                .map(|e| e.name() == "article" || e.name() == "main")
        })
        .unwrap_or(false)
}

/// Whether a block's boilerplate mark stands: a mark on an element that holds most of the
/// page's prose (`<div id="page" class="has-share-bar">`) says nothing about that prose.
fn effective_boilerplate(
    b: &Block,
    marked_text: &FxHashMap<NodeId, usize>,
    total: usize,
) -> Option<&'static str> {
    let (reason, node) = b.boilerplate?;
    let inside = marked_text.get(&node).copied().unwrap_or(0);
    (inside * 2 <= total).then_some(reason)
}

pub fn extract(
    html: &Html,
    blocks: &[Block],
    title: Option<&str>,
    s: &ExtractSettings,
) -> Extraction {
    let mut ex = Extraction {
        method: "none",
        ..Default::default()
    };
    if blocks.is_empty() {
        return ex;
    }
    // Text under each boilerplate-marking element, to veto marks on page-wide wrappers.
    let total: usize = blocks.iter().map(|b| b.chars - b.link_chars).sum();
    let mut marked_text: FxHashMap<NodeId, usize> = FxHashMap::default();
    for b in blocks {
        if let Some((_, node)) = b.boilerplate {
            *marked_text.entry(node).or_insert(0) += b.chars - b.link_chars;
        }
    }
    let boiler: Vec<Option<&'static str>> = blocks
        .iter()
        .map(|b| effective_boilerplate(b, &marked_text, total))
        .collect();

    // Density scoring.
    let mut score: FxHashMap<NodeId, f32> = FxHashMap::default();
    let mut text_in: FxHashMap<NodeId, (usize, usize)> = FxHashMap::default();
    // Document order of each element (the first block under it): ties go to the earlier one.
    let mut order: FxHashMap<NodeId, usize> = FxHashMap::default();
    for (i, b) in blocks.iter().enumerate() {
        for &a in b.ancestors.iter().chain(std::iter::once(&b.node)) {
            order.entry(a).or_insert(i);
            let e = text_in.entry(a).or_insert((0, 0));
            e.0 += b.chars;
            e.1 += b.link_chars;
        }
        if boiler[i].is_some()
            || b.chars < s.min_scored_block_chars
            || b.link_density() > s.max_link_density
            || b.is_heading()
        {
            continue;
        }
        let commas = b.text.matches([',', '،']).count() as f32;
        let points = 1.0 + commas + (b.chars as f32 / 100.0).min(3.0);
        // A block that is its own container (a `<div>` with text) scores itself and up.
        let targets: Vec<NodeId> =
            if b.tag == "p" || b.tag == "li" || b.tag == "blockquote" || b.tag == "pre" {
                b.ancestors.iter().take(2).copied().collect()
            } else {
                std::iter::once(b.node)
                    .chain(b.ancestors.iter().take(1).copied())
                    .collect()
            };
        let mut w = 1.0;
        for t in targets {
            *score.entry(t).or_insert(0.0) += points * w;
            w *= s.parent_decay;
        }
    }
    let scaled = |node: NodeId, sc: f32| {
        let (chars, links) = text_in.get(&node).copied().unwrap_or((0, 0));
        let ld = if chars == 0 {
            0.0
        } else {
            links as f32 / chars as f32
        };
        sc * (1.0 - ld)
    };
    let best = score
        .iter()
        .map(|(&n, &sc)| (n, scaled(n, sc)))
        .max_by(|a, b| {
            a.1.total_cmp(&b.1)
                .then_with(|| order.get(&b.0).cmp(&order.get(&a.0)))
        });

    // Structural candidates: the block ancestors the page marks as its article body.
    let mut structural: FxHashMap<NodeId, usize> = FxHashMap::default();
    let mut article_els: FxHashMap<NodeId, usize> = FxHashMap::default();
    let mut checked: FxHashMap<NodeId, (bool, bool)> = FxHashMap::default();
    for (i, b) in blocks.iter().enumerate() {
        if boiler[i].is_some() {
            continue;
        }
        let prose = b.chars.saturating_sub(b.link_chars);
        for &a in std::iter::once(&b.node).chain(b.ancestors.iter()) {
            let (is_body, is_article) = *checked
                .entry(a)
                .or_insert_with(|| (is_structural_body(html, a), is_article_element(html, a)));
            if is_body {
                *structural.entry(a).or_insert(0) += prose;
            }
            if is_article {
                *article_els.entry(a).or_insert(0) += prose;
            }
        }
    }
    let best_text = best
        .map(|(n, _)| text_in.get(&n).map_or(0, |t| t.0 - t.1))
        .unwrap_or(0);
    let pick_structural = |cands: &FxHashMap<NodeId, usize>| {
        cands
            .iter()
            .filter(|&(_, &t)| t >= s.structural_min_chars)
            .max_by(|a, b| {
                a.1.cmp(b.1)
                    .then_with(|| order.get(b.0).cmp(&order.get(a.0)))
            })
            .map(|(&n, &t)| (n, t))
    };
    let mut containers: Vec<NodeId> = Vec::new();
    if let Some((n, t)) = pick_structural(&structural) {
        if t as f32 >= s.structural_min_share * best_text as f32 {
            containers.push(n);
            ex.method = "structure";
        }
    }
    if containers.is_empty() {
        if let Some((n, sc)) = best {
            containers.push(n);
            ex.method = "density";
            // Readability's sibling pass: containers next to the winner that also score.
            if let Some(parent) = html.tree.get(n).and_then(|x| x.parent()) {
                for sib in parent.children() {
                    if sib.id() == n {
                        continue;
                    }
                    if let Some(&ssc) = score.get(&sib.id()) {
                        if scaled(sib.id(), ssc) >= s.sibling_score_share * sc {
                            containers.push(sib.id());
                        }
                    }
                }
            }
            // The density winner inside an `<article>` that holds little more prose: take the
            // article (it keeps the lead paragraph and subheadings the scoring missed).
            let enclosing = html.tree.get(n).and_then(|x| {
                x.ancestors()
                    .find(|a| article_els.contains_key(&a.id()))
                    .map(|a| a.id())
            });
            if let Some(a) = enclosing {
                let t = article_els.get(&a).copied().unwrap_or(0);
                if (t as f32) <= 1.3 * best_text as f32 {
                    containers = vec![a];
                    ex.method = "structure";
                }
            }
        }
    }
    if containers.is_empty() {
        ex.dropped = (0..blocks.len())
            .map(|i| (i, blocks[i].boilerplate.map_or("no-article", |b| b.0)))
            .collect();
        return ex;
    }
    let set: FxHashSet<NodeId> = containers.iter().copied().collect();
    let title_key = title.map(crate::page::chrome::line_key);
    for (i, b) in blocks.iter().enumerate() {
        let inside = set.contains(&b.node) || b.ancestors.iter().any(|a| set.contains(a));
        let reason = if !inside {
            Some(boiler[i].unwrap_or("outside-article"))
        } else if let Some(r) = boiler[i] {
            Some(r)
        } else if b.link_density() > s.max_link_density
            || (b.chars < s.short_block_chars && b.link_density() > s.max_link_density_short)
        {
            Some("links")
        } else if let Some(r) = chrome_phrase(&b.text, s.boilerplate_block_max_words) {
            Some(r)
        } else if b.is_heading()
            && title_key
                .as_deref()
                .is_some_and(|t| crate::page::chrome::line_key(&b.text) == t)
        {
            Some("headline")
        } else {
            None
        };
        match reason {
            Some(r) => ex.dropped.push((i, r)),
            None => ex.kept.push(i),
        }
    }
    ex
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::html::{blocks, parse};

    #[test]
    fn density_finds_the_article_among_menus() {
        let para =
            "هذه فقرة طويلة من نص الخبر، تتحدث عن الاتفاق والمفاوضات، وتذكر المصادر والتفاصيل.";
        let page = format!(
            "<body><div id=menu><a href=/1>الرئيسية</a> <a href=/2>أخبار</a></div>\
             <div class=wrap><div id=story><h1>العنوان</h1><p>{para}</p><p>{para}</p><p>{para}</p>\
             <p><a href=/s>شارك</a></p></div><div class=x><ul><li><a href=/r>خبر آخر ذو صلة</a></li></ul></div></div>\
             <footer>جميع الحقوق محفوظة</footer></body>"
        );
        let html = parse(&page);
        let bl = blocks(&html, 256);
        let ex = extract(&html, &bl, Some("العنوان"), &ExtractSettings::default());
        let kept: Vec<&str> = ex.kept.iter().map(|&i| bl[i].text.as_str()).collect();
        assert_eq!(kept, vec![para, para, para]);
        assert!(ex
            .dropped
            .iter()
            .any(|&(i, r)| bl[i].text == "جميع الحقوق محفوظة" && r == "footer"));
    }

    #[test]
    fn item_prop_article_body_wins() {
        let para = "A long paragraph of the article body, with commas, clauses, and enough words to score.";
        let page = format!(
            "<body><div class=teasers><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p></div>\
             <div itemprop=articleBody><p>{para} One.</p><p>{para} Two.</p><p>{para} Three.</p></div></body>"
        );
        let html = parse(&page);
        let bl = blocks(&html, 256);
        let ex = extract(&html, &bl, None, &ExtractSettings::default());
        assert_eq!(ex.method, "structure");
        assert_eq!(ex.kept.len(), 3);
        assert!(bl[ex.kept[0]].text.ends_with("One."));
    }
}
