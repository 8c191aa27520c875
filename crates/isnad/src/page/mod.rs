//! The page layer: a raw page in, the article body and its metadata out.
//!
//! Scraped text is taken as it comes; HTML is reduced to its text. The page-layer work (chrome
//! removal, headline, tags, honest dates) builds on this entry point.

use crate::document::{Document, InputFormat};
use crate::error::{Error, Result};
use crate::pipeline::RawInput;

/// Decodes the input and fills `body` (and the metadata the input itself carries).
pub fn read_page(input: &RawInput) -> Result<Document> {
    let text = decode_utf8(&input.bytes)?;
    let mut doc = Document::new(input.id.clone(), input.source());
    doc.body = match input.format {
        InputFormat::Text => text.trim_end().to_string(),
        InputFormat::Html => html_text(text),
    };
    Ok(doc)
}

/// Strict UTF-8 with a clear error: the byte offset of the first bad sequence, and whether the
/// input simply stops inside a character.
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

/// The text of an HTML page: markup, scripts and styles dropped, block elements on lines.
fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let lower: String = after
            .chars()
            .take(8)
            .collect::<String>()
            .to_ascii_lowercase();
        let skip_to = if lower.starts_with("<script") {
            after.to_ascii_lowercase().find("</script").map(|i| i + 9)
        } else if lower.starts_with("<style") {
            after.to_ascii_lowercase().find("</style").map(|i| i + 8)
        } else {
            None
        };
        let cut = skip_to.unwrap_or(0)
            + after[skip_to.unwrap_or(0)..]
                .find('>')
                .map_or(after.len() - skip_to.unwrap_or(0), |i| i + 1);
        if lower.starts_with("<p")
            || lower.starts_with("<br")
            || lower.starts_with("<div")
            || lower.starts_with("</p")
            || lower.starts_with("<h")
            || lower.starts_with("<li")
        {
            out.push('\n');
        }
        rest = &after[cut.min(after.len())..];
    }
    out.push_str(rest);
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    decoded
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
