//! Site chrome learnt from a batch: lines that recur across several pages of one site
//! (mastheads, section menus, footers, promos) are the site's, not any article's.
//!
//! Lines are compared by a key that folds what sites vary without meaning to: the default
//! normalisation (so `مجلسى` and `مجلسي` are one line), whitespace runs, and punctuation.
//! Learning reads at most [`ChromeSettings::max_pages_per_site`] pages of a site and keeps
//! only each page's distinct short lines, so memory stays bounded on any batch.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::page::settings::ChromeSettings;
use crate::pipeline::RawInput;
use crate::text::Normalizer;

/// The comparison key of a line: normalised, punctuation dropped, whitespace collapsed.
pub fn line_key(line: &str) -> String {
    let n = Normalizer::default();
    let mut folded = String::with_capacity(line.len());
    n.normalize_into(line, &mut folded);
    let mut out = String::with_capacity(folded.len());
    for word in folded
        .split(|c: char| !(c.is_alphanumeric() || c == '%'))
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The recurring lines of one site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteChrome {
    keys: FxHashSet<String>,
}

impl SiteChrome {
    pub fn contains_line(&self, line: &str) -> bool {
        !self.keys.is_empty() && self.keys.contains(&line_key(line))
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The learnt line keys, sorted (for reports and tests).
    pub fn keys(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.keys.iter().map(String::as_str).collect();
        v.sort_unstable();
        v
    }
}

/// Learns the recurring lines of several pages of one site.
pub fn learn_site_chrome(pages: &[&str], settings: &ChromeSettings) -> SiteChrome {
    let mut learner = ChromeLearner::new(settings.clone());
    for page in pages {
        learner.add_page("", page);
    }
    learner.finish().sites.remove("").unwrap_or_default()
}

#[derive(Debug, Default)]
struct SiteCounts {
    pages: usize,
    counts: FxHashMap<String, usize>,
}

/// Accumulates pages site by site; [`ChromeLearner::finish`] gives each site's chrome.
#[derive(Debug)]
pub struct ChromeLearner {
    settings: ChromeSettings,
    sites: FxHashMap<String, SiteCounts>,
}

impl ChromeLearner {
    pub fn new(settings: ChromeSettings) -> Self {
        ChromeLearner {
            settings,
            sites: FxHashMap::default(),
        }
    }

    /// Reads one page of the site `site` (any key: a host name, a folder).
    pub fn add_page(&mut self, site: &str, text: &str) {
        let counts = self.sites.entry(site.to_string()).or_default();
        if counts.pages >= self.settings.max_pages_per_site {
            return;
        }
        counts.pages += 1;
        let mut seen = FxHashSet::default();
        for line in text.lines() {
            let key = line_key(line);
            if key.is_empty() || key.split(' ').count() > self.settings.max_words {
                continue;
            }
            if seen.insert(key.clone()) {
                *counts.counts.entry(key).or_insert(0) += 1;
            }
        }
    }

    pub fn finish(self) -> ChromeBook {
        let settings = self.settings;
        let sites = self
            .sites
            .into_iter()
            .map(|(site, c)| {
                let need = settings
                    .min_pages
                    .max((settings.min_share * c.pages as f32).ceil() as usize);
                let keys = c
                    .counts
                    .into_iter()
                    .filter(|&(_, n)| c.pages >= settings.min_pages && n >= need)
                    .map(|(k, _)| k)
                    .collect();
                (site, SiteChrome { keys })
            })
            .collect();
        ChromeBook { sites }
    }
}

/// The chrome of every site of a batch.
#[derive(Debug, Clone, Default)]
pub struct ChromeBook {
    pub sites: FxHashMap<String, SiteChrome>,
}

impl ChromeBook {
    pub fn for_site(&self, site: &str) -> Option<&SiteChrome> {
        self.sites.get(site).filter(|c| !c.is_empty())
    }
}

/// Which site a page belongs to, for learning: the URL's host when known, else the folder the
/// file sits in (crawlers save one site per folder), else one shared key.
pub fn site_key(input: &RawInput) -> String {
    if let Some(url) = &input.url {
        let rest = url.split_once("://").map_or(url.as_str(), |(_, r)| r);
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        let host = host.trim_start_matches("www.").to_ascii_lowercase();
        if !host.is_empty() {
            return format!("host:{host}");
        }
    }
    match input.path.as_deref().and_then(|p| {
        std::path::Path::new(p)
            .parent()
            .map(|d| d.display().to_string())
    }) {
        Some(dir) => format!("dir:{dir}"),
        None => "batch".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recurring_lines_are_learnt_with_yaa_folded() {
        let a =
            "الثلاثاء 23 أبريل 2024\nرئيس مجلسى الإدارة والتحرير\nعبدالرحيم علي\nخبر أول عن الاقتصاد";
        let b =
            "الأربعاء 24 أبريل 2024\nرئيس مجلسي الإدارة والتحرير\nعبدالرحيم علي\nخبر ثان عن السياسة";
        let c = "رئيس مجلسي الإدارة والتحرير\nعبدالرحيم علي\nخبر ثالث";
        let chrome = learn_site_chrome(&[a, b, c], &ChromeSettings::default());
        assert!(chrome.contains_line("رئيس مجلسى الإدارة والتحرير"));
        assert!(chrome.contains_line("عبدالرحيم علي"));
        assert!(!chrome.contains_line("خبر أول عن الاقتصاد"));
        assert!(!chrome.contains_line("الثلاثاء 23 أبريل 2024"));
    }

    #[test]
    fn one_page_learns_nothing() {
        let chrome = learn_site_chrome(&["سطر\nسطر آخر"], &ChromeSettings::default());
        assert!(chrome.is_empty());
    }

    #[test]
    fn site_keys() {
        let mut raw = RawInput {
            url: Some("https://www.albawabhnews.com/3512345".into()),
            ..Default::default()
        };
        assert_eq!(site_key(&raw), "host:albawabhnews.com");
        raw.url = None;
        raw.path = Some("crawl/site-a/1.txt".into());
        assert_eq!(site_key(&raw), "dir:crawl/site-a");
    }
}
