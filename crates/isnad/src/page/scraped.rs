//! Scraped-text cleaning: a page saved as text, with the site's chrome still in it (the
//! seed's case). Each line is read for what it is — a date, a masthead, a promo, prose — and
//! the page is then read as a whole: the longest run of prose is the body, the longest short
//! line before it is the headline, short lines between headline and body are tags (or an
//! image caption), and a short line between the masthead and the headline is the section.
//!
//! Nothing is dropped silently: every line that is not body is returned with the reason it
//! was dropped and its line number.

use std::sync::OnceLock;

use crate::document::Removed;
use crate::page::chrome::{line_key, SiteChrome};
use crate::page::dates::{self, FoundDate};
use crate::page::settings::{DateSettings, ScrapedSettings};

const CHROME_PATTERNS_TSV: &str = include_str!("../../../../data/page/chrome-patterns.tsv");

/// What a line is, read on its own or in its place on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Empty,
    /// A line the batch learnt as the site's own.
    SiteChrome,
    /// A line that is only a date.
    Date,
    /// Masthead, promo, related-article teaser, share button: from `chrome-patterns.tsv`.
    Phrase(&'static str),
    Prose,
    /// Anything else: short lines whose role depends on where they stand.
    Short,
}

/// The scraped page, read.
#[derive(Debug, Clone, Default)]
pub struct ScrapedPage {
    pub title: Option<String>,
    pub section: Option<String>,
    pub tags: Vec<String>,
    /// The first date line above the headline: the portal's own date, not the article's.
    pub page_date: Option<(FoundDate, String)>,
    /// A date line between the headline and the body: the article's own date line.
    pub dateline: Option<(FoundDate, String)>,
    /// The body lines, trimmed, in order.
    pub body: Vec<String>,
    /// 1-based line numbers of the body lines.
    pub body_lines: Vec<usize>,
    pub removed: Vec<Removed>,
}

struct ChromePattern {
    reason: &'static str,
    key: String,
    /// ` key `: matched against the padded line key, so only whole words match.
    padded: String,
    whole_line: bool,
}

fn chrome_patterns() -> &'static [ChromePattern] {
    static PATTERNS: OnceLock<Vec<ChromePattern>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        CHROME_PATTERNS_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (reason, phrase) = l.split_once('\t')?;
                let reason: &'static str = match reason.trim() {
                    "masthead" => "masthead",
                    "promo" => "promo",
                    "related" => "related",
                    "share" => "share",
                    "social" => return None,
                    _ => "boilerplate",
                };
                let phrase = phrase.trim();
                let (whole_line, phrase) = match phrase.strip_prefix('=') {
                    Some(p) => (true, p),
                    None => (false, phrase),
                };
                let key = line_key(phrase);
                Some(ChromePattern {
                    reason,
                    padded: format!(" {key} "),
                    key,
                    whole_line,
                })
            })
            .collect()
    })
}

/// Words of share rows (`طباعة Email فيسبوك تويتر`): the `social` entries of
/// `chrome-patterns.tsv`, normalised.
fn social_words() -> &'static rustc_hash::FxHashSet<String> {
    static WORDS: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        CHROME_PATTERNS_TSV
            .lines()
            .filter_map(|l| l.strip_prefix("social\t"))
            .flat_map(|p| {
                line_key(p.trim())
                    .split(' ')
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    })
}

/// A row of share buttons: mostly the names of networks, whatever its length.
fn share_row(key: &str) -> bool {
    let (mut words, mut social) = (0usize, 0usize);
    let mut lower = String::new();
    for w in key.split(' ') {
        words += 1;
        let w = if w.bytes().any(|b| b.is_ascii_uppercase()) {
            lower.clear();
            lower.push_str(w);
            lower.make_ascii_lowercase();
            lower.as_str()
        } else {
            w
        };
        social += usize::from(social_words().contains(w));
    }
    social >= 3 && social * 2 >= words
}

/// The chrome reason of a line from what it says, if any (`masthead`, `promo`, `share`,
/// `credit`, ...).
pub fn chrome_phrase(line: &str, max_words: usize) -> Option<&'static str> {
    // Count before normalising: a long line is never chrome, and may be megabytes long.
    if line
        .split_whitespace()
        .nth(max_words.max(SHARE_ROW_MAX_WORDS))
        .is_some()
    {
        return None;
    }
    let t = line.trim_start();
    if t.starts_with('©') && t.split_whitespace().nth(max_words).is_none() {
        return Some("credit");
    }
    let key = line_key(line);
    if share_row(&key) {
        return Some("share");
    }
    if key.is_empty() || key.split(' ').count() > max_words {
        return None;
    }
    let padded = format!(" {key} ");
    chrome_patterns()
        .iter()
        .find(|p| {
            if p.whole_line {
                key == p.key
            } else {
                padded.contains(&p.padded)
            }
        })
        .map(|p| p.reason)
}

/// Share rows can list a dozen networks.
const SHARE_ROW_MAX_WORDS: usize = 24;

fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

fn ends_like_a_sentence(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '؟' | '?' | '!' | '"' | '»' | '”' | ':' | '،' | ')'))
}

fn classify(
    line: &str,
    chrome: Option<&SiteChrome>,
    s: &ScrapedSettings,
    d: &DateSettings,
) -> (LineKind, Option<FoundDate>) {
    let t = line.trim();
    if t.is_empty() {
        return (LineKind::Empty, None);
    }
    let words = word_count(t);
    let prose = words >= s.prose_min_words
        || (t.chars().count() >= s.prose_min_chars && ends_like_a_sentence(t));
    if !prose {
        if let Some(f) = dates::date_line(t, d.min_year, d.max_year) {
            return (LineKind::Date, Some(f));
        }
    }
    // What a line says (masthead, promo) is a more telling reason than that it recurs.
    if let Some(reason) = chrome_phrase(t, s.chrome_line_max_words) {
        return (LineKind::Phrase(reason), None);
    }
    if !prose && chrome.is_some_and(|c| c.contains_line(t)) {
        return (LineKind::SiteChrome, None);
    }
    if prose {
        (LineKind::Prose, None)
    } else {
        (LineKind::Short, None)
    }
}

/// Reads a scraped page. `chrome` is the site's learnt chrome when the batch had several
/// pages of the site.
pub fn clean_scraped(
    text: &str,
    chrome: Option<&SiteChrome>,
    s: &ScrapedSettings,
    d: &DateSettings,
) -> ScrapedPage {
    let lines: Vec<&str> = text.lines().collect();
    let mut kinds: Vec<LineKind> = Vec::with_capacity(lines.len());
    let mut found: Vec<Option<FoundDate>> = Vec::with_capacity(lines.len());
    for line in &lines {
        let (k, f) = classify(line, chrome, s, d);
        kinds.push(k);
        found.push(f);
    }
    // A short line right under a masthead title is the name it introduces (`عبدالرحيم علي`
    // under `رئيس مجلس الإدارة`).
    for i in 1..lines.len() {
        if kinds[i] == LineKind::Short
            && kinds[i - 1] == LineKind::Phrase("masthead")
            && word_count(lines[i]) <= s.masthead_name_max_words
        {
            kinds[i] = LineKind::Phrase("masthead");
        }
    }

    let (body_start, body_end) = match main_prose_run(&kinds, &lines) {
        (Some(a), Some(b)) => (Some(a), Some(b)),
        // No run of prose: a snippet or a one-paragraph item. Its sentence-like lines are the
        // body rather than a headline over nothing; a page of menus alone still has none.
        _ => sentence_lines(&kinds, &lines, s.headline_min_words.max(5)),
    };
    let mut page = ScrapedPage::default();
    let mut reasons: Vec<Option<&'static str>> = vec![None; lines.len()];

    // The head: everything above the body.
    let head_end = body_start.unwrap_or(lines.len());
    let headline = (0..head_end)
        .filter(|&i| kinds[i] == LineKind::Short || kinds[i] == LineKind::Prose)
        .filter(|&i| {
            let w = word_count(lines[i]);
            (s.headline_min_words..=s.headline_max_words).contains(&w)
        })
        .max_by_key(|&i| (lines[i].trim().chars().count(), std::cmp::Reverse(i)));
    if let Some(h) = headline {
        page.title = Some(lines[h].trim().to_string());
        reasons[h] = Some("headline");
    }
    let headline_at = headline.unwrap_or(0);
    for i in 0..head_end {
        if reasons[i].is_some() {
            continue;
        }
        reasons[i] = Some(match kinds[i] {
            LineKind::Empty => continue,
            LineKind::SiteChrome if headline.is_some_and(|h| i > h) => "site-chrome",
            LineKind::Phrase(r) => r,
            LineKind::Date => {
                let f = found[i].clone().expect("date lines carry their date");
                if headline.is_some_and(|h| i > h) {
                    page.dateline
                        .get_or_insert((f, lines[i].trim().to_string()));
                    "dateline"
                } else {
                    page.page_date
                        .get_or_insert((f, lines[i].trim().to_string()));
                    "date"
                }
            }
            LineKind::Short | LineKind::Prose if headline.is_some_and(|h| i > h) => {
                if word_count(lines[i]) <= s.tag_line_max_words {
                    push_tag(&mut page.tags, lines[i].trim());
                    "tags"
                } else {
                    "caption"
                }
            }
            // A recurring short line above the headline may be the section label: sections
            // recur across a site's pages like the rest of its chrome.
            LineKind::Short | LineKind::Prose | LineKind::SiteChrome => {
                if i < headline_at && word_count(lines[i]) <= s.section_max_words {
                    "section"
                } else if kinds[i] == LineKind::SiteChrome {
                    "site-chrome"
                } else {
                    "navigation"
                }
            }
        });
    }
    // The section label is the last short line above the headline (menus come first).
    if let Some(i) = (0..headline_at)
        .rev()
        .find(|&i| reasons[i] == Some("section"))
    {
        page.section = Some(lines[i].trim().to_string());
        for (j, r) in reasons.iter_mut().enumerate().take(i) {
            if *r == Some("section") {
                *r = Some(if kinds[j] == LineKind::SiteChrome {
                    "site-chrome"
                } else {
                    "navigation"
                });
            }
        }
    }

    // The body and the tail.
    if let (Some(a), Some(b)) = (body_start, body_end) {
        for i in a..=b {
            match kinds[i] {
                LineKind::Empty => {}
                LineKind::Prose | LineKind::Short => {
                    page.body.push(lines[i].trim().to_string());
                    page.body_lines.push(i + 1);
                }
                LineKind::SiteChrome => reasons[i] = Some("site-chrome"),
                LineKind::Phrase(r) => reasons[i] = Some(r),
                LineKind::Date => reasons[i] = Some("date"),
            }
        }
        for i in b + 1..lines.len() {
            reasons[i] = match kinds[i] {
                LineKind::Empty => None,
                LineKind::SiteChrome => Some("site-chrome"),
                LineKind::Phrase(r) => Some(r),
                LineKind::Date => Some("date"),
                LineKind::Short | LineKind::Prose => Some("trailer"),
            };
        }
    }
    for (i, r) in reasons.iter().enumerate() {
        if let Some(reason) = r {
            page.removed.push(Removed {
                text: lines[i].trim().to_string(),
                reason: (*reason).to_string(),
                line: Some(i + 1),
            });
        }
    }
    page
}

/// The first and last lines that read as sentences: short or prose lines that end in a stop
/// or have at least `min_words` words.
fn sentence_lines(
    kinds: &[LineKind],
    lines: &[&str],
    min_words: usize,
) -> (Option<usize>, Option<usize>) {
    let is_sentence = |i: &usize| {
        matches!(kinds[*i], LineKind::Short | LineKind::Prose)
            && (ends_like_a_sentence(lines[*i]) || word_count(lines[*i]) >= min_words)
    };
    let first = (0..lines.len()).find(is_sentence);
    let last = (0..lines.len()).rev().find(is_sentence);
    (first, last)
}

/// Adds a tag line: a line that repeats an earlier tag and adds words
/// (`قوات سوريا الديمقراطية قسد` after `قوات سوريا الديمقراطية`) contributes the new words.
fn push_tag(tags: &mut Vec<String>, line: &str) {
    let key = line_key(line);
    for t in tags.iter() {
        let tk = line_key(t);
        if key == tk {
            return;
        }
        if let Some(rest) = key.strip_prefix(&format!("{tk} ")) {
            let n = rest.split(' ').count();
            let words: Vec<&str> = line.split_whitespace().collect();
            let extra = words[words.len().saturating_sub(n)..].join(" ");
            if !tags.iter().any(|t| line_key(t) == line_key(&extra)) {
                tags.push(extra);
            }
            return;
        }
    }
    tags.push(line.to_string());
}

/// The run of prose lines with the most text, allowing short lines (subheadings, one-line
/// paragraphs) and in-article teasers inside it, but not dates, mastheads or site chrome. Returns its first and last prose line (0-based).
fn main_prose_run(kinds: &[LineKind], lines: &[&str]) -> (Option<usize>, Option<usize>) {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut cur: Option<(usize, usize, usize)> = None;
    for (i, k) in kinds.iter().enumerate() {
        match k {
            LineKind::Prose => {
                let len = lines[i].len();
                cur = Some(match cur {
                    Some((a, _, n)) => (a, i, n + len),
                    None => (i, i, len),
                });
            }
            // A "read also" teaser or a share line inside the article is cut out of it, but
            // does not end it.
            LineKind::Empty
            | LineKind::Short
            | LineKind::Phrase("related")
            | LineKind::Phrase("share")
            | LineKind::Phrase("promo") => {}
            _ => {
                if let Some(c) = cur.take() {
                    if best.map_or(true, |b| c.2 > b.2) {
                        best = Some(c);
                    }
                }
            }
        }
    }
    if let Some(c) = cur {
        if best.map_or(true, |b| c.2 > b.2) {
            best = Some(c);
        }
    }
    match best {
        Some((a, b, _)) => (Some(a), Some(b)),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_sentence_is_the_body_not_a_headline() {
        let s = ScrapedSettings::default();
        let d = DateSettings::default();
        let line = "تحطمت الطائرة السعودية في بريطانيا، وأعلنت السعودية الحداد.";
        let page = clean_scraped(line, None, &s, &d);
        assert_eq!(page.body, vec![line.to_string()]);
        assert_eq!(page.title, None);
        // A page of menu words alone still has no article.
        let menu = clean_scraped("الرئيسية\nأخبار\nرياضة", None, &s, &d);
        assert!(menu.body.is_empty());
    }

    #[test]
    fn chrome_phrases_need_short_lines() {
        assert_eq!(
            chrome_phrase("تابع أحدث الأخبار عبر تطبيق google news", 10),
            Some("promo")
        );
        assert_eq!(
            chrome_phrase("رئيس مجلسى الإدارة والتحرير", 10),
            Some("masthead")
        );
        assert_eq!(chrome_phrase("شارك", 10), Some("share"));
        // albayan.ae's share row (htmldate's MediaCloud sample): longer than a phrase line.
        assert_eq!(
            chrome_phrase("طباعة Email فيسبوك تويتر لينكدين Pin Interest Whats App", 8),
            Some("share")
        );
        assert_eq!(
            chrome_phrase("نشر على فيسبوك وتويتر صورا للاجتماع مع الوزير", 8),
            None,
            "prose naming networks is not a share row"
        );
        assert_eq!(
            chrome_phrase("© REUTERS / SHOKRY HUSSIEN", 8),
            Some("credit")
        );
        assert_eq!(chrome_phrase("شارك الوزير في الاجتماع", 10), None);
    }

    #[test]
    fn tag_lines_that_extend_a_tag_add_the_new_words() {
        let mut tags = Vec::new();
        push_tag(&mut tags, "قوات سوريا الديمقراطية");
        push_tag(&mut tags, "قوات سوريا الديمقراطية قسد");
        assert_eq!(tags, vec!["قوات سوريا الديمقراطية", "قسد"]);
    }

    fn read(text: &str) -> ScrapedPage {
        clean_scraped(
            text,
            None,
            &ScrapedSettings::default(),
            &DateSettings::default(),
        )
    }

    #[test]
    fn a_date_line_under_the_headline_is_the_article_date() {
        let page = "الرئيسية\nأخبار مصر\n\nالحكومة تعلن خطة جديدة لدعم صغار المزارعين في الصعيد\nالسبت ١٥ رمضان ١٤٤٠ هـ - 18 مايو 2019\nأعلنت الحكومة، اليوم السبت، خطة جديدة لدعم صغار المزارعين في محافظات الصعيد، تشمل قروضا ميسرة وتوزيع بذور محسنة.\nاقرأ أيضا: وزير الزراعة يتفقد الحقول\nوقال المتحدث باسم مجلس الوزراء إن الخطة تبدأ الشهر المقبل، وتستمر ثلاث سنوات، بتمويل من موازنة الدولة وشركاء التنمية.\nشارك\nكلمات دالة\nالزراعة\n";
        let p = read(page);
        assert_eq!(
            p.title.as_deref(),
            Some("الحكومة تعلن خطة جديدة لدعم صغار المزارعين في الصعيد")
        );
        assert_eq!(p.section.as_deref(), Some("أخبار مصر"));
        let (date, _) = p.dateline.expect("the date line under the headline");
        // Hijri and Gregorian on one line: the first reading is the Hijri one (tabular).
        assert_eq!(date.date.year, 2019);
        assert!(p.page_date.is_none());
        assert_eq!(p.body.len(), 2);
        assert!(p.body[0].starts_with("أعلنت الحكومة"));
        assert!(p.body[1].starts_with("وقال المتحدث"));
        let reason = |t: &str| {
            p.removed
                .iter()
                .find(|r| r.text == t)
                .map(|r| r.reason.as_str())
        };
        assert_eq!(
            reason("اقرأ أيضا: وزير الزراعة يتفقد الحقول"),
            Some("related")
        );
        assert_eq!(reason("شارك"), Some("share"));
        assert_eq!(reason("الزراعة"), Some("trailer"));
        assert_eq!(reason("الرئيسية"), Some("navigation"));
    }

    #[test]
    fn text_with_no_prose_has_no_body_and_drops_everything_with_reasons() {
        let p = read("الرئيسية\nسياسة\nاقتصاد\n");
        assert!(p.body.is_empty());
        assert_eq!(p.removed.len(), 3);
    }
}
