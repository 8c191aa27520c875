//! Scraped-text cleaning: a page saved as text, with the site's chrome still in it (the
//! seed's case). Each line is read for what it is — a date, a masthead, a promo, prose — and
//! the page is then read as a whole: the longest run of prose is the body, the longest short
//! line before it is the headline, short lines between headline and body are tags (or an
//! image caption), and a short line between the masthead and the headline is the section.
//!
//! Many scrapers glue the page's head into the first paragraph instead (`headline | site
//! headline first-sentence ...`, as in baly2018's crawl): a headline said twice within the
//! first lines marks where the chrome ends, and a wire dateline (`بغداد ( رويترز ) -`) near the
//! top marks where the article starts.
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
                    "social" | "footer" => return None,
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

/// Openings of a footer (`جميع الحقوق محفوظة`, `All rights reserved`): the `footer` entries
/// of `chrome-patterns.tsv`, as written, matched against the start of a line of any length.
fn footer_openings() -> &'static [String] {
    static OPENINGS: OnceLock<Vec<String>> = OnceLock::new();
    OPENINGS.get_or_init(|| {
        CHROME_PATTERNS_TSV
            .lines()
            .filter_map(|l| l.strip_prefix("footer\t"))
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
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
    // A footer that opens with the copyright notice is chrome however long the crawl glued
    // it (`جميع الحقوق محفوظة تسجيل البريد الإلكتروني : ... كلمة السر : أكد كلمة السر`).
    let t = line.trim_start();
    if footer_openings().iter().any(|f| t.starts_with(f.as_str())) {
        return Some("credit");
    }
    // Count before normalising: a long line is never chrome, and may be megabytes long.
    if line
        .split_whitespace()
        .nth(max_words.max(SHARE_ROW_MAX_WORDS))
        .is_some()
    {
        return None;
    }
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
    let raw: Vec<&str> = text.lines().collect();
    let glued = glued_head(&raw, s);
    let (mut lines, line_nos) = match &glued {
        Some(_) => (raw.clone(), (1..=raw.len()).collect()),
        None => split_title_line(&raw, s),
    };
    if let Some(g) = &glued {
        // The head is read already: blank it, keep the body's part of the resuming line.
        for l in &mut lines[..g.resume_line] {
            *l = "";
        }
        lines[g.resume_line] = &raw[g.resume_line][g.resume_at..];
    }
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
                    page.body_lines.push(line_nos[i]);
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
                line: Some(line_nos[i]),
            });
        }
    }
    if let Some(g) = glued {
        if page.title.is_none() {
            page.title = Some(g.title.trim().to_string());
        }
        page.removed.extend(g.removed);
    }
    strip_wire_head(&mut page, d);
    page.removed.sort_by_key(|r| r.line);
    page
}

/// A first line that scrapers saved as `headline | site name` (the `<title>`) becomes one
/// piece per field, with its 1-based line number; every other line stays whole.
fn split_title_line<'a>(raw: &[&'a str], s: &ScrapedSettings) -> (Vec<&'a str>, Vec<usize>) {
    let (mut lines, mut nos) = (Vec::new(), Vec::new());
    let mut first = true;
    for (i, &line) in raw.iter().enumerate() {
        let title_line = first
            && line.contains(" | ")
            && line
                .split_whitespace()
                .nth(s.headline_max_words + 2 * GLUED_SITE_MAX_WORDS)
                .is_none();
        if !line.trim().is_empty() {
            first = false;
        }
        if title_line {
            for piece in line.split(" | ").filter(|p| !p.trim().is_empty()) {
                lines.push(piece);
                nos.push(i + 1);
            }
        } else {
            lines.push(line);
            nos.push(i + 1);
        }
    }
    (lines, nos)
}

/// News-agency datelines that open wire copy: `بغداد ( رويترز ) -`, `(أ ف ب) -`.
fn agency_dateline() -> &'static regex::Regex {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?:^|\s)(?:[\p{Arabic}]+\s+)?\(\s*(?:رويترز|أ\s?ف\s?ب|ا\s?ف\s?ب|فرانس\s+برس|أ\s?ب|د\s?ب\s?أ|الأناضول|سانا|بترا|واس|وام|قنا|كونا|وفا|بنا|العمانية|الألمانية|شينخوا|سبوتنيك|الأناضول|إرنا|ارنا)\s*\)\s*[-–—:]",
        )
        .expect("agency dateline regex is valid")
    })
}

/// A wire dateline in the first body lines (`هذا المحتوى تم نشره ... بغداد ( رويترز ) -
/// قال`): what comes before it is the page's, not the article's, and is cut into `removed`.
fn strip_wire_head(page: &mut ScrapedPage, d: &DateSettings) {
    let head_lines = page.body.len().min(WIRE_HEAD_LINES);
    let total: usize = page.body.iter().map(String::len).sum();
    let mut seen = 0;
    for k in 0..head_lines {
        if let Some(m) = agency_dateline().find(&page.body[k]) {
            let at = m.start() + (m.as_str().len() - m.as_str().trim_start().len());
            // Already the first words, or so far in that it is not a head.
            if (at == 0 && k == 0) || 2 * (seen + at) > total {
                return;
            }
            let cut: Vec<String> = page.body[..k]
                .iter()
                .cloned()
                .chain((at > 0).then(|| page.body[k][..at].trim().to_string()))
                .collect();
            for (j, text) in cut.into_iter().enumerate() {
                // The credit before a dateline often states the publication date.
                if page.dateline.is_none() {
                    page.dateline =
                        dates::publication_date(&text, text.len(), d.min_year, d.max_year);
                }
                page.removed.push(Removed {
                    text,
                    reason: "before-dateline".into(),
                    line: page.body_lines.get(j.min(k)).copied(),
                });
            }
            page.body[k] = page.body[k][at..].to_string();
            page.body.drain(..k);
            page.body_lines.drain(..k);
            return;
        }
        seen += page.body[k].len();
    }
}

/// Body lines searched for a wire dateline; the cut never takes half the body.
const WIRE_HEAD_LINES: usize = 5;

/// A page head glued into the text: the headline, then the site's chrome, then the headline
/// again where the article starts.
struct GluedHead<'a> {
    title: &'a str,
    /// The body resumes in this line (0-based), at this byte.
    resume_line: usize,
    resume_at: usize,
    removed: Vec<Removed>,
}

/// Scrapers often save the `<title>` and the page's chrome on the article's first line:
/// `سوريا . . استئناف عمليات إجلاء المدن الأربع | أخبار سكاي نيوز عربية سوريا . . استئناف
/// عمليات إجلاء المدن الأربع استأنفت صباح الأربعاء ...`. The first words of the text that
/// recur a little later are the headline; what lies between is chrome.
fn glued_head<'a>(lines: &[&'a str], s: &ScrapedSettings) -> Option<GluedHead<'a>> {
    let f = lines.iter().position(|l| !l.trim().is_empty())?;
    let first = lines[f];
    // The headline opens the line, or follows a site-name field (`الميادين | ...`).
    let lead = first.len() - first.trim_start().len();
    let mut starts = vec![lead];
    starts.extend(
        first
            .match_indices(" | ")
            .map(|(i, _)| i + 3)
            .take_while(|&i| first[..i].split_whitespace().count() <= GLUED_SITE_MAX_WORDS)
            .take(2),
    );
    let (title_start, title_end, j, at) = starts
        .into_iter()
        .filter_map(|start| repeated_opening(lines, f, start, s))
        .max_by_key(|&(start, end, _, _)| (end - start, std::cmp::Reverse(start)))?;
    let title = &first[title_start..title_end];
    // The article itself must follow the second headline (some pages print it a third time).
    let (mut resume_line, mut resume_at) = (j, at + title.len());
    // 0-based lines of the headline's repeats after the first.
    let mut repeats = vec![j];
    if let Some(rest) = lines[j][resume_at..].trim_start().strip_prefix(title) {
        resume_at = lines[j].len() - rest.len();
        repeats.push(j);
    }
    if lines[j][resume_at..].split_whitespace().count() < GLUED_REST_MIN_WORDS {
        resume_line = j + 1;
        resume_at = 0;
        if resume_line >= lines.len() {
            return None;
        }
        if lines[resume_line].trim() == title.trim() && resume_line + 1 < lines.len() {
            repeats.push(resume_line);
            resume_line += 1;
        }
    }
    let mut removed = vec![Removed {
        text: title.trim().to_string(),
        reason: "headline".into(),
        line: Some(f + 1),
    }];
    let chrome = |removed: &mut Vec<Removed>, text: &str, line: usize| {
        let t = text.trim_matches(|c: char| c == '|' || c.is_whitespace());
        if !t.is_empty() {
            removed.push(Removed {
                text: t.to_string(),
                reason: "site-chrome".into(),
                line: Some(line + 1),
            });
        }
    };
    chrome(&mut removed, &first[..title_start], f);
    if j == f {
        chrome(&mut removed, &first[title_end..at], f);
    } else {
        chrome(&mut removed, &first[title_end..], f);
        for (k, l) in lines.iter().enumerate().take(j).skip(f + 1) {
            chrome(&mut removed, l, k);
        }
        chrome(&mut removed, &lines[j][..at], j);
    }
    for k in repeats {
        removed.push(Removed {
            text: title.trim().to_string(),
            reason: "headline".into(),
            line: Some(k + 1),
        });
    }
    if resume_line > j {
        let tail = lines[j][at + title.len()..].trim_start();
        let tail = tail.strip_prefix(title).unwrap_or(tail);
        chrome(&mut removed, tail, j);
    }
    Some(GluedHead {
        title,
        resume_line,
        resume_at,
        removed,
    })
}

/// The longest run of words from `start` in line `f` (the headline's bounds in words) that
/// recurs, as whole words, later in that line or the next: `(start, end, line, byte)` of
/// the run and of its repeat. A run that is still repeating at the headline's longest is a
/// duplicated paragraph, and a date line is no headline.
fn repeated_opening(
    lines: &[&str],
    f: usize,
    start: usize,
    s: &ScrapedSettings,
) -> Option<(usize, usize, usize, usize)> {
    let first = lines[f];
    let rest = &first[start..];
    let mut ends = Vec::new();
    for w in rest.split_whitespace() {
        if w == "|" || ends.len() > s.headline_max_words {
            break;
        }
        let at = start + (w.as_ptr() as usize - rest.as_ptr() as usize);
        ends.push(at + w.len());
    }
    let area_end = (f + 2).min(lines.len());
    let mut best = None;
    let mut words = 0;
    for (n, &end) in ends.iter().enumerate() {
        words = n + 1;
        if words < s.headline_min_words.max(GLUED_TITLE_MIN_WORDS) {
            continue;
        }
        let title = &first[start..end];
        let hit = (f..area_end).find_map(|j| {
            let from = if j == f { end } else { 0 };
            let mut to = (from + GLUED_SEARCH_BYTES).min(lines[j].len());
            while !lines[j].is_char_boundary(to) {
                to -= 1;
            }
            lines[j][from..to]
                .match_indices(title)
                .map(|(i, _)| from + i)
                .find(|&i| word_bounds(lines[j], i, i + title.len()))
                .map(|i| (j, i))
        });
        match hit {
            Some((j, i)) => best = Some((start, end, j, i)),
            None => {
                words = 0;
                break;
            }
        }
    }
    let found = best?;
    if words > s.headline_max_words {
        return None;
    }
    let title = &first[found.0..found.1];
    let lettered = title
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    if lettered < GLUED_TITLE_MIN_WORDS || !dates::find_dates(title, 1, 9999).is_empty() {
        return None;
    }
    Some(found)
}

/// `line[start..end]` is whole words.
fn word_bounds(line: &str, start: usize, end: usize) -> bool {
    line[..start]
        .chars()
        .next_back()
        .map_or(true, char::is_whitespace)
        && line[end..].chars().next().map_or(true, char::is_whitespace)
}

/// A site-name field before the headline is a few words.
const GLUED_SITE_MAX_WORDS: usize = 6;
/// A repeated opening shorter than this is a coincidence, not a headline.
const GLUED_TITLE_MIN_WORDS: usize = 5;
/// How far into a line the repeated headline is looked for.
const GLUED_SEARCH_BYTES: usize = 4000;
/// The body left after the cut must still be text.
const GLUED_REST_MIN_WORDS: usize = 8;

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

    fn removed<'a>(page: &'a ScrapedPage, reason: &str) -> Vec<(&'a str, Option<usize>)> {
        page.removed
            .iter()
            .filter(|r| r.reason == reason)
            .map(|r| (r.text.as_str(), r.line))
            .collect()
    }

    // The texts below are shortened from baly2018-unifiedfc articles (Baly et al., NAACL
    // 2018; tokenised as the dataset has them): V-73, R-270 and R-10.

    #[test]
    fn a_headline_glued_to_the_site_name_and_said_again_is_cut() {
        let text = "سوريا . . استئناف عمليات إجلاء المدن الأربع | أخبار سكاي نيوز عربية سوريا . . استئناف عمليات إجلاء المدن الأربع استأنفت صباح الأربعاء , عمليات إجلاء سكان أربع بلدات سورية , بعد أن تعثرت إثر التفجير الانتحاري .\nوأفادت مصادر ل - \" سكاي نيوز عربية \" بخروج أربع حافلات .";
        let page = read(text);
        assert_eq!(
            page.title.as_deref(),
            Some("سوريا . . استئناف عمليات إجلاء المدن الأربع")
        );
        assert!(
            page.body[0].starts_with("استأنفت صباح الأربعاء"),
            "{:?}",
            page.body
        );
        assert_eq!(page.body.len(), 2);
        assert_eq!(
            removed(&page, "site-chrome"),
            vec![("أخبار سكاي نيوز عربية", Some(1))]
        );
        assert_eq!(removed(&page, "headline").len(), 2);
        assert_eq!(page.body_lines, vec![1, 2]);
    }

    #[test]
    fn empty_fields_between_pipes_leave_no_trace() {
        let text = "فيتو روسي \" عاشر \" في مجلس الأمن بشأن سوريا | قناة 218 | | | فيتو روسي \" عاشر \" في مجلس الأمن بشأن سوريا فيتو روسياستخدمت روسيا الخميس حق النقض ( الفيتو ) العاشر ضد تحرك من مجلس الأمن الدولي بشأن سوريا .";
        let page = read(text);
        assert_eq!(removed(&page, "site-chrome"), vec![("قناة 218", Some(1))]);
        assert!(
            page.body[0].starts_with("فيتو روسياستخدمت"),
            "{:?}",
            page.body
        );
    }

    #[test]
    fn a_wire_dateline_starts_the_article_and_its_credit_dates_it() {
        let text = "تصف ح تخطي شريط التصفح وظائف رئيسية وظيفة البحث بحث الوظيفةمثال نتيجة البحث بحث عن أو تعبير أو كلمة محددة .\nلا ي مكننا أن نضمن عرض هذا المحتوى دون حواجز .\nهذا المحتوى تم نشره يوم 27 ديسمبر , 2017 01 : 13 م بغداد ( رويترز ) - قال التحالف الدولي لمحاربة تنظيم الدولة الإسلامية بقيادة الولايات المتحدة يوم الأربعاء إنه لم يتبق في العراق وسوريا سوى أقل من ألف من مقاتلي التنظيم .\nوكان العراق وسوريا أعلنا النصر على التنظيم في الأسابيع الأخيرة بعد عام استطاع فيه جيشاهما ومجموعة من الحلفاء إخراج مقاتليه من كافة المدن .";
        let page = read(text);
        assert!(
            page.body[0].starts_with("بغداد ( رويترز ) - قال"),
            "{:?}",
            page.body
        );
        assert_eq!(page.body_lines, vec![3, 4]);
        let cut = removed(&page, "before-dateline");
        assert_eq!(cut.len(), 3, "{cut:?}");
        assert_eq!(
            cut[2],
            (
                "هذا المحتوى تم نشره يوم 27 ديسمبر , 2017 01 : 13 م",
                Some(3)
            )
        );
        let (date, raw) = page.dateline.expect("the credit's date");
        assert_eq!(date.date.iso(), "2017-12-27");
        assert_eq!(raw, "تم نشره يوم 27 ديسمبر , 2017");
        // A wire dateline that already opens the body changes nothing.
        let plain = read(&text[text.find("بغداد").unwrap()..]);
        assert!(plain.removed.is_empty(), "{:?}", plain.removed);
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
        // Sputnik Arabic's footer in baly2018: the copyright notice glued to a sign-up form.
        assert_eq!(
            chrome_phrase(
                "جميع الحقوق محفوظة تسجيلالبريد الإلكتروني : : الاسم المستعاركلمة السر : أكد كلمة السر : أدخل الرمز الذي في الصورةضغطك على زر \" تسجيل \" يعني موافقتك على معالجة بياناتك الشخصية",
                8
            ),
            Some("credit")
        );
        assert_eq!(
            chrome_phrase(
                "وقال إن جميع الحقوق محفوظة للمتضررين بموجب القانون الدولي",
                8
            ),
            None
        );
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
