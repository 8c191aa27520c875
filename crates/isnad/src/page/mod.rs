//! The page layer: a raw page in, the article body, its metadata and honest dates out.
//!
//! - [`charset`]: bytes to text (BOM, `<meta charset>`, UTF-8, windows-1256, ISO-8859-6).
//! - [`html`], [`metadata`], [`extract`]: an HTML page parsed, read for what it says about
//!   itself, and reduced to its main content.
//! - [`scraped`]: a page saved as text with the site's chrome in it, cleaned line by line.
//! - [`chrome`]: a site's recurring lines learnt from a batch of its pages.
//! - [`dates`]: dates in every form Arabic pages write them; `page_date` (the chrome's date)
//!   kept apart from `published` (the article's, with its evidence).
//! - [`settings`]: every threshold, named.
//!
//! Everything dropped is listed in `removed` with the reason, so the cleaning can be audited.

pub mod charset;
pub mod chrome;
pub mod dates;
pub mod extract;
pub mod html;
pub mod metadata;
pub mod prepare;
pub mod scraped;
pub mod settings;

use crate::document::{DateEvidence, Document, Flag, InputFormat, Removed};
use crate::error::{Error, Result};
use crate::pipeline::RawInput;
pub use chrome::{learn_site_chrome, site_key, ChromeBook, ChromeLearner, SiteChrome};
use dates::Date;
pub use settings::PageSettings;

/// Decodes the input and fills the page layer of a new document (default settings, no
/// learnt chrome).
pub fn read_page(input: &RawInput) -> Result<Document> {
    read_page_with(input, &PageSettings::default(), None)
}

/// Reads a page with the given settings and, for scraped text, the site's learnt chrome.
pub fn read_page_with(
    input: &RawInput,
    settings: &PageSettings,
    chrome: Option<&SiteChrome>,
) -> Result<Document> {
    let mut doc = Document::new(input.id.clone(), input.source());
    let bytes = &input.bytes[..];
    let (bytes, truncated) = if bytes.len() > settings.limits.max_input_bytes {
        // Cut before a UTF-8 continuation byte so the cut itself is not a decoding error.
        let mut cut = settings.limits.max_input_bytes;
        while cut > 0 && (bytes[cut] & 0xC0) == 0x80 && settings.limits.max_input_bytes - cut < 3 {
            cut -= 1;
        }
        (&bytes[..cut], true)
    } else {
        (bytes, false)
    };
    let html = input.format == InputFormat::Html;
    let decoded = charset::decode(bytes, html)?;
    doc.source.encoding = Some(decoded.encoding.to_string());
    if truncated {
        flag(
            &mut doc,
            "input_truncated",
            format!(
                "input of {} bytes read only up to {} bytes",
                input.bytes.len(),
                settings.limits.max_input_bytes
            ),
        );
    }
    if decoded.how == "guessed" {
        flag(
            &mut doc,
            "encoding_guessed",
            format!(
                "no charset declared and not UTF-8; read as {}",
                decoded.encoding
            ),
        );
    }
    if decoded.how == "mixed" {
        flag(
            &mut doc,
            "mixed_encoding",
            "UTF-8 with runs of windows-1256 bytes; each run read in its own charset".into(),
        );
    }
    if decoded.had_errors {
        flag(
            &mut doc,
            "encoding_errors",
            format!(
                "bytes that are not valid {} were replaced (mixed encodings?)",
                decoded.encoding
            ),
        );
    }
    let text = decoded.text.as_ref();
    match input.format {
        InputFormat::Text => read_scraped(&mut doc, text, settings, chrome),
        InputFormat::Html => read_html(&mut doc, text, input.url.as_deref(), settings),
    }
    if doc.body.trim().is_empty() {
        flag(
            &mut doc,
            "no_article",
            "no article text was found on the page".into(),
        );
    }
    Ok(doc)
}

/// Any digit, ASCII or Arabic-Indic: a cheap test before date parsing.
fn has_digit(s: &str) -> bool {
    s.chars().any(|c| {
        c.is_ascii_digit()
            || ('\u{0660}'..='\u{0669}').contains(&c)
            || ('\u{06F0}'..='\u{06F9}').contains(&c)
    })
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Cuts the body to the configured length (before dates are inferred from it: the later
/// stages and the date scan cost memory per char).
fn cap_body(doc: &mut Document, max_chars: usize) {
    if let Some((cut, _)) = doc.body.char_indices().nth(max_chars) {
        doc.body.truncate(cut);
        flag(
            doc,
            "body_truncated",
            format!("the body was cut to {max_chars} chars"),
        );
    }
}

fn flag(doc: &mut Document, code: &str, message: String) {
    doc.flags.push(Flag {
        code: code.to_string(),
        message,
    });
}

fn read_scraped(doc: &mut Document, text: &str, s: &PageSettings, chrome: Option<&SiteChrome>) {
    let page = scraped::clean_scraped(text, chrome, &s.scraped, &s.dates);
    doc.title = page.title;
    doc.section = page.section;
    doc.tags = page.tags;
    doc.body = page.body.join("\n");
    doc.removed = page.removed;
    doc.page_date = page.page_date.map(|(f, line)| DateEvidence {
        date: f.date.iso(),
        evidence: "chrome".to_string(),
        raw: Some(line),
        confidence: s.dates.confidence_meta,
    });
    if let Some((f, line)) = page.dateline {
        doc.published = Some(DateEvidence {
            date: f.date.iso(),
            evidence: "dateline".to_string(),
            raw: Some(line),
            confidence: s.dates.confidence_dateline,
        });
    }
    cap_body(doc, s.limits.max_body_chars);
    doc.language = guess_language(&doc.body);
    settle_dates(doc, &s.dates);
}

fn read_html(doc: &mut Document, text: &str, url: Option<&str>, s: &PageSettings) {
    let (markup, stats) =
        prepare::prepare(text, s.limits.max_markup_depth, s.limits.max_json_ld_bytes);
    if stats.tags_flattened > 0 {
        flag(
            doc,
            "markup_flattened",
            format!(
                "{} tags nested deeper than {} were dropped (their text kept)",
                stats.tags_flattened, s.limits.max_markup_depth
            ),
        );
    }
    let markup = if markup.len() > s.limits.max_parse_bytes {
        flag(
            doc,
            "markup_truncated",
            format!(
                "{} bytes of markup (scripts and styles dropped) cut to {} before parsing",
                markup.len(),
                s.limits.max_parse_bytes
            ),
        );
        &markup[..floor_char_boundary(&markup, s.limits.max_parse_bytes)]
    } else {
        &markup[..]
    };
    let tree = html::parse(markup);
    let meta = metadata::read(&tree, &s.limits, &s.dates);
    let blocks = html::blocks(&tree, s.limits.max_depth);
    let title = meta.title.clone().or_else(|| meta.h1.clone());
    let ex = extract::extract(&tree, &blocks, title.as_deref(), &s.extract);
    let mut body_idx: Vec<usize> = ex.kept.clone();
    let mut dropped = ex.dropped.clone();
    // Blocks before the first paragraph that repeat the headline (the <title> may carry the
    // site's name around it) or carry only a date line are the headline and the article's
    // date line, not its text.
    let title_keys: Vec<String> = [title.as_deref(), meta.h1.as_deref()]
        .into_iter()
        .flatten()
        .map(chrome::line_key)
        .filter(|k| !k.is_empty())
        .collect();
    while let Some(&first) = body_idx.first() {
        let b = &blocks[first];
        let key = chrome::line_key(&b.text);
        let reason = if !key.is_empty()
            && title_keys
                .iter()
                .any(|t| *t == key || (t.contains(&key) && 2 * key.len() >= t.len()))
        {
            "headline"
        } else if b.text.split_whitespace().count() <= 12
            && has_digit(&b.text)
            && !dates::find_dates(&b.text, s.dates.min_year, s.dates.max_year).is_empty()
        {
            "dateline"
        } else {
            break;
        };
        body_idx.remove(0);
        dropped.push((first, reason));
        dropped.sort_unstable();
    }
    let body: Vec<&str> = body_idx.iter().map(|&i| blocks[i].text.as_str()).collect();
    let tree_chars: usize = body.iter().map(|b| b.chars().count()).sum();
    let mut body_text = body.join("\n");
    if let Some(ld) = &meta.json_ld_body {
        let ld_chars = ld.chars().count();
        if (tree_chars as f32) < s.extract.json_ld_body_fallback_share * ld_chars as f32 {
            body_text = ld.trim().to_string();
            // What the markup gave is dropped in favour of the JSON-LD text: list it too.
            dropped.extend(body_idx.iter().map(|&i| (i, "superseded-by-json-ld")));
            dropped.sort_unstable();
            flag(
                doc,
                "body_from_json_ld",
                "the page's JSON-LD articleBody was used: the markup held less text".into(),
            );
        }
    }
    doc.body = body_text;
    cap_body(doc, s.limits.max_body_chars);
    doc.removed = merge_removed(&blocks, &dropped);
    doc.title = title;
    doc.section = meta.section;
    // Some CMSs fill `keywords` with the headline: not a tag.
    let title_key = doc.title.as_deref().map(chrome::line_key);
    doc.tags = meta
        .tags
        .into_iter()
        .filter(|t| Some(chrome::line_key(t)) != title_key)
        .collect();
    doc.author = meta.author;
    doc.canonical_url = meta.canonical_url.clone();
    doc.language = meta.language.or_else(|| guess_language(&doc.body));

    // Dates. Markup first, then the URL, then a date line near the headline.
    let d = &s.dates;
    if let Some(p) = meta.published {
        doc.published = Some(DateEvidence {
            date: p.date.iso(),
            evidence: if p.evidence == "json-ld" {
                "json-ld".into()
            } else {
                "meta".into()
            },
            raw: Some(p.raw),
            confidence: match p.evidence {
                "json-ld" => d.confidence_json_ld,
                "meta" => d.confidence_meta,
                _ => d.confidence_time_element,
            },
        });
    }
    if doc.published.is_none() {
        let from_url = url
            .and_then(|u| dates::date_from_url(u, d.min_year, d.max_year).map(|x| (x, u)))
            .or_else(|| {
                meta.canonical_url
                    .as_deref()
                    .and_then(|u| dates::date_from_url(u, d.min_year, d.max_year).map(|x| (x, u)))
            });
        if let Some((date, u)) = from_url {
            doc.published = Some(DateEvidence {
                date: date.iso(),
                evidence: "url".into(),
                raw: Some(u.to_string()),
                confidence: d.confidence_url,
            });
        }
    }
    let first_kept = ex.kept.first().copied().unwrap_or(blocks.len());
    let h1_at = blocks
        .iter()
        .position(|b| b.tag == "h1")
        .unwrap_or(first_kept.saturating_sub(12))
        .min(first_kept);
    if doc.published.is_none() {
        // A date line between the headline and the body (or in the body's first blocks).
        let window = h1_at..(first_kept + 3).min(blocks.len());
        if let Some((i, f)) = window.clone().find_map(|i| {
            let b = &blocks[i];
            (has_digit(&b.text) && b.text.split_whitespace().count() <= 16)
                .then(|| dates::find_dates(&b.text, d.min_year, d.max_year))
                .and_then(|v| v.into_iter().next())
                .map(|f| (i, f))
        }) {
            doc.published = Some(DateEvidence {
                date: f.date.iso(),
                evidence: "dateline".into(),
                raw: Some(blocks[i].text.clone()),
                confidence: d.confidence_dateline,
            });
        }
    }
    // The portal's own date in its header: a date-only block above the headline (a date
    // under the headline is the article's).
    if let Some(b) = blocks[..h1_at.min(blocks.len())].iter().find(|b| {
        has_digit(&b.text)
            && b.text.split_whitespace().count() <= 8
            && dates::date_line(&b.text, d.min_year, d.max_year).is_some()
    }) {
        if let Some(f) = dates::date_line(&b.text, d.min_year, d.max_year) {
            doc.page_date = Some(DateEvidence {
                date: f.date.iso(),
                evidence: "chrome".into(),
                raw: Some(b.text.clone()),
                confidence: d.confidence_page_text,
            });
        }
    }
    settle_dates(doc, d);
}

/// Consecutive dropped blocks with one reason become one `removed` entry.
fn merge_removed(blocks: &[html::Block], dropped: &[(usize, &'static str)]) -> Vec<Removed> {
    let mut out: Vec<Removed> = Vec::new();
    let mut last: Option<(usize, &str)> = None;
    for &(i, reason) in dropped {
        let text = &blocks[i].text;
        match (last, out.last_mut()) {
            (Some((j, r)), Some(prev)) if r == reason && j + 1 == i => {
                prev.text.push('\n');
                prev.text.push_str(text);
            }
            _ => out.push(Removed {
                text: text.clone(),
                reason: reason.to_string(),
                line: None,
            }),
        }
        last = Some((i, reason));
    }
    out
}

/// How far into the body a publication phrase is looked for: the date line sits at the top.
const PUBLICATION_SCAN_BYTES: usize = 4000;

/// Infers `published` from dated clues in the text when nothing else gave it, and flags a
/// page date the text contradicts. The page's render date is never taken as `published`.
fn settle_dates(doc: &mut Document, d: &settings::DateSettings) {
    // Scrapers often glue the article's date line into the text (`هذا المحتوى تم نشره يوم
    // 27 ديسمبر , 2017`): stated, it beats any inference.
    if doc.published.is_none() {
        if let Some((f, raw)) =
            dates::publication_date(&doc.body, PUBLICATION_SCAN_BYTES, d.min_year, d.max_year)
        {
            doc.published = Some(DateEvidence {
                date: f.date.iso(),
                evidence: "dateline".to_string(),
                raw: Some(raw),
                confidence: d.confidence_dateline,
            });
        }
    }
    let window = dates::infer_window(&doc.body);
    if let Some(w) = &window {
        let evidence: Vec<String> = w
            .evidence
            .iter()
            .map(|(raw, note)| format!("«{raw}»: {note}"))
            .collect();
        if doc.published.is_none() {
            if let Some(date) = w.coarse_date() {
                doc.published = Some(DateEvidence {
                    date: date.iso(),
                    evidence: "text".to_string(),
                    raw: Some(evidence.join("; ")),
                    confidence: d.confidence_text_inferred,
                });
            }
        }
        if let Some(pd) = &doc.page_date {
            if let Some(page) = Date::parse_iso(&pd.date) {
                if page.days() > w.to.days() + d.disagreement_days {
                    flag(
                        doc,
                        "page_date_disagrees_with_text",
                        format!(
                            "the page date {} is long after the time the text describes ({} to {}): {}",
                            pd.date,
                            w.from.iso(),
                            w.to.iso(),
                            evidence.join("; ")
                        ),
                    );
                }
            }
        }
    }
    if doc.published.is_none() && doc.page_date.is_some() {
        flag(
            doc,
            "published_unknown",
            "the page shows only its own date; the article's publication date is unknown".into(),
        );
    }
}

/// `ar` when most letters are Arabic script, `en` when most are Latin; `None` for too little
/// text to tell.
fn guess_language(text: &str) -> Option<String> {
    let (mut arabic, mut latin) = (0usize, 0usize);
    for c in text.chars().take(20_000) {
        if crate::text::normalize::is_arabic_letter(c) {
            arabic += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if arabic + latin < 20 {
        None
    } else if arabic >= latin {
        Some("ar".into())
    } else {
        Some("en".into())
    }
}

/// Strict UTF-8 with a clear error: the byte offset of the first bad sequence, and whether the
/// input simply stops inside a character. Used for JSON Lines records, which must be UTF-8.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary { offset });
    }
    std::str::from_utf8(bytes).map_err(|e| match e.error_len() {
        None => Error::Truncated(format!(
            "ends inside a UTF-8 character at byte {}",
            e.valid_up_to()
        )),
        Some(_) => Error::Decode {
            encoding: "UTF-8",
            offset: e.valid_up_to(),
        },
    })
}
