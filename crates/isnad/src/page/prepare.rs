//! One linear pass over the markup before the parser sees it, so that hostile pages cost time
//! and memory in proportion to their text, not to their markup:
//!
//! - the contents of `<script>`, `<style>` and `<svg>` and comments are dropped (JSON-LD
//!   scripts are kept, up to a size): inline bundles and icons are most of a 50 MB page and
//!   none of its article;
//! - attributes no later stage reads (`data-*`, `srcset`, `onclick`, link targets) are dropped
//!   and values longer than [`MAX_ATTRIBUTE_BYTES`] emptied (inline base64 images): attribute
//!   handling is a large share of the tokenizer's time on modern pages;
//! - elements nested deeper than the cap lose their tags (their text stays): html5ever's tree
//!   builder scans its stack of open elements for many tags, which is quadratic on 100,000
//!   nested `<div>`s.
//!
//! Nothing is allocated when the page needs none of this.

use std::borrow::Cow;

/// Longest attribute value kept.
pub const MAX_ATTRIBUTE_BYTES: usize = 4096;

/// What the pass changed, for flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prepared {
    pub script_bytes_dropped: usize,
    pub attribute_bytes_dropped: usize,
    pub tags_flattened: usize,
}

/// Elements that close themselves or are closed by the next sibling: they do not deepen the
/// tree in the count.
fn no_depth(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "option"
            | "tr"
            | "td"
            | "th"
            | "html"
            | "head"
            | "body"
    )
}

/// First `</name` (any case) in `hay`.
fn find_end_tag(hay: &[u8], name: &[u8]) -> Option<usize> {
    memchr::memmem::find_iter(hay, b"</").find(|&i| {
        hay.get(i + 2..i + 2 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
    })
}

/// Cleans `html` as described in the module doc.
pub fn prepare(html: &str, max_depth: usize, max_json_ld: usize) -> (Cow<'_, str>, Prepared) {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut stats = Prepared::default();
    // `copied` is how far `bytes` has been copied into `out` (when `out` exists).
    let mut copied = 0usize;
    let mut depth = 0usize;
    let mut excess = 0usize;
    let mut kept = String::new();
    let mut i = 0usize;
    // Copy bytes[copied..upto] to out, creating it on first use.
    fn flush(out: &mut Option<String>, html: &str, copied: &mut usize, upto: usize) {
        let o = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
        o.push_str(&html[*copied..upto]);
        *copied = upto;
    }
    while let Some(off) = memchr_lt(&bytes[i..]) {
        let lt = i + off;
        let rest = &bytes[lt..];
        if rest.starts_with(b"<!--") {
            // Comments are dropped: conditional-comment blocks and commented-out templates
            // are large on some CMSs and never text.
            let end = match memchr::memmem::find(&rest[4..], b"-->") {
                Some(e) => lt + 4 + e + 3,
                None => bytes.len(),
            };
            flush(&mut out, html, &mut copied, lt);
            stats.script_bytes_dropped += end - lt;
            copied = end;
            i = end;
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            i = lt + 1;
            continue;
        }
        // Tag names are ASCII and short: lower-case them on the stack.
        let mut name_buf = [0u8; 16];
        let name_len_kept = name_len.min(name_buf.len());
        name_buf[..name_len_kept].copy_from_slice(&bytes[name_start..name_start + name_len_kept]);
        name_buf[..name_len_kept].make_ascii_lowercase();
        let name = std::str::from_utf8(&name_buf[..name_len_kept]).unwrap_or("");
        // The end of the tag, outside quoted attribute values; long values are emptied.
        let mut j = name_start + name_len;
        let mut quote: Option<(u8, usize)> = None;
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        while j < bytes.len() {
            let b = bytes[j];
            match quote {
                Some((q, start)) if b == q => {
                    if j - start > MAX_ATTRIBUTE_BYTES {
                        cuts.push((start, j));
                    }
                    quote = None;
                }
                Some(_) => {}
                None if b == b'"' || b == b'\'' => quote = Some((b, j + 1)),
                None if b == b'>' => break,
                None => {}
            }
            j += 1;
        }
        let tag_end = (j + 1).min(bytes.len());
        let self_closing = tag_end >= 2 && bytes[tag_end.saturating_sub(2)] == b'/';
        let flatten = if closing {
            if no_depth(name) {
                false
            } else if excess > 0 {
                excess -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if no_depth(name) || self_closing {
            false
        } else if depth >= max_depth {
            excess += 1;
            true
        } else {
            depth += 1;
            false
        };
        if flatten {
            flush(&mut out, html, &mut copied, lt);
            copied = tag_end;
            stats.tags_flattened += 1;
            i = tag_end;
            continue;
        }
        let attrs_start = name_start + name_len;
        let attrs_end = if self_closing {
            tag_end - 2
        } else {
            j.min(bytes.len())
        };
        if !closing && attrs_start < attrs_end {
            let inner = &html[attrs_start..attrs_end];
            kept.clear();
            let dropped = keep_attributes(inner, name, &mut kept);
            if dropped > 0 {
                flush(&mut out, html, &mut copied, attrs_start);
                let o = out.as_mut().expect("flush created the output");
                o.push_str(&kept);
                stats.attribute_bytes_dropped += dropped;
                copied = attrs_end;
            }
        } else if !cuts.is_empty() {
            for (s, e) in cuts {
                flush(&mut out, html, &mut copied, s);
                stats.attribute_bytes_dropped += e - s;
                copied = e;
            }
        }
        i = tag_end;
        if !closing && (name == "script" || name == "style" || name == "svg") {
            // Raw text: find its end tag; nothing inside is markup.
            let end = find_end_tag(&bytes[i..], name.as_bytes()).map_or(bytes.len(), |e| i + e);
            let tag = &html[lt..tag_end.min(html.len())].to_ascii_lowercase();
            let keep = name == "script" && tag.contains("ld+json") && end - i <= max_json_ld;
            if !keep && end > i {
                flush(&mut out, html, &mut copied, i);
                stats.script_bytes_dropped += end - i;
                copied = end;
            }
            i = end;
        }
    }
    match out {
        None => (Cow::Borrowed(html), stats),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            (Cow::Owned(o), stats)
        }
    }
}

/// Attributes any later stage reads; the rest (`data-*`, `srcset`, `onclick`, link targets)
/// only cost the parser time.
fn is_kept_attribute(name: &str, tag: &str) -> bool {
    // Attribute names are ASCII; lower-case without allocating for the common short ones.
    let mut buf = [0u8; 16];
    if name.len() > buf.len() {
        return false;
    }
    buf[..name.len()].copy_from_slice(name.as_bytes());
    buf[..name.len()].make_ascii_lowercase();
    let Ok(name) = std::str::from_utf8(&buf[..name.len()]) else {
        return false;
    };
    matches!(
        name,
        "class"
            | "id"
            | "itemprop"
            | "itemtype"
            | "role"
            | "hidden"
            | "aria-hidden"
            | "style"
            | "lang"
            | "xml:lang"
            | "content"
            | "name"
            | "property"
            | "http-equiv"
            | "charset"
            | "rel"
            | "datetime"
            | "pubdate"
            | "type"
    ) || (name == "href" && (tag == "link" || tag == "base"))
}

/// Writes the kept attributes of a tag (the text between its name and `>`) to `out`, with
/// values longer than [`MAX_ATTRIBUTE_BYTES`] emptied; returns the bytes dropped.
fn keep_attributes(inner: &str, tag: &str, out: &mut String) -> usize {
    let b = inner.as_bytes();
    let mut i = 0;
    let mut dropped = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let name_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        if i == name_start {
            break;
        }
        let name_end = i;
        let mut j = i;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        let (mut value_start, mut value_end) = (j, j);
        let has_value = j < b.len() && b[j] == b'=';
        if has_value {
            j += 1;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                let q = b[j];
                value_start = j + 1;
                value_end =
                    memchr::memchr(q, &b[value_start..]).map_or(b.len(), |e| value_start + e);
                j = (value_end + 1).min(b.len());
            } else {
                value_start = j;
                while j < b.len() && !b[j].is_ascii_whitespace() {
                    j += 1;
                }
                value_end = j;
            }
            i = j;
        }
        let raw_name = &inner[name_start..name_end];
        if is_kept_attribute(raw_name, tag) {
            out.push(' ');
            out.push_str(raw_name);
            if has_value {
                let value = &inner[value_start..value_end];
                out.push_str("=\"");
                if value.len() > MAX_ATTRIBUTE_BYTES {
                    dropped += value.len();
                } else {
                    if value.contains('"') {
                        out.push_str(&value.replace('"', "&quot;"));
                    } else {
                        out.push_str(value);
                    }
                }
                out.push('"');
            }
        } else {
            dropped += i.max(name_end) - name_start + 1;
        }
        if i < name_end {
            i = name_end;
        }
    }
    dropped
}

fn memchr_lt(hay: &[u8]) -> Option<usize> {
    memchr::memchr(b'<', hay)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_borrowed() {
        let page = "<html><body><div><p>نص</p></div></body></html>";
        let (out, stats) = prepare(page, 512, 1 << 20);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(stats, Prepared::default());
    }

    #[test]
    fn scripts_are_emptied_but_json_ld_kept() {
        let page = "<script>var a = '<div>';</script><script type=\"application/ld+json\">{\"a\":1}</script><p>x</p>";
        let (out, stats) = prepare(page, 512, 1 << 20);
        assert_eq!(
            out,
            "<script></script><script type=\"application/ld+json\">{\"a\":1}</script><p>x</p>"
        );
        assert_eq!(stats.script_bytes_dropped, "var a = '<div>';".len());
    }

    #[test]
    fn deep_nesting_is_flattened_and_text_kept() {
        let page = format!("{}نص{}", "<div>".repeat(10), "</div>".repeat(10));
        let (out, stats) = prepare(&page, 4, 1 << 20);
        assert_eq!(
            out,
            format!("{}نص{}", "<div>".repeat(4), "</div>".repeat(4))
        );
        assert_eq!(stats.tags_flattened, 12);
    }

    #[test]
    fn unread_attributes_are_dropped_and_long_values_emptied() {
        let page = format!(
            "<div class=\"x\" data-src='{}' style=\"{}\" hidden><p>نص</p>",
            "A".repeat(100),
            "A".repeat(10_000)
        );
        let (out, stats) = prepare(&page, 512, 1 << 20);
        assert_eq!(out, "<div class=\"x\" style=\"\" hidden><p>نص</p>");
        assert!(stats.attribute_bytes_dropped >= 10_100);
    }
}
