//! One linear pass over the markup before the parser sees it, so that hostile pages cost time
//! and memory in proportion to their text, not to their markup:
//!
//! - the contents of `<script>` and `<style>` are dropped (kept for JSON-LD, up to a size):
//!   inline bundles are most of a 50 MB page and none of its article;
//! - attribute values longer than [`MAX_ATTRIBUTE_BYTES`] are emptied (inline base64 images);
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

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
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
            i = match find_ci(&rest[4..], b"-->") {
                Some(e) => lt + 4 + e + 3,
                None => bytes.len(),
            };
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
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
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
            if no_depth(&name) {
                false
            } else if excess > 0 {
                excess -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if no_depth(&name) || self_closing {
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
        if !cuts.is_empty() {
            for (s, e) in cuts {
                flush(&mut out, html, &mut copied, s);
                stats.attribute_bytes_dropped += e - s;
                copied = e;
            }
        }
        i = tag_end;
        if !closing && (name == "script" || name == "style") {
            // Raw text: find its end tag; nothing inside is markup.
            let close = if name == "script" {
                &b"</script"[..]
            } else {
                &b"</style"[..]
            };
            let end = find_ci(&bytes[i..], close).map_or(bytes.len(), |e| i + e);
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

fn memchr_lt(hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == b'<')
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
    fn long_attributes_are_emptied() {
        let img = format!(
            "<img src=\"data:image/png;base64,{}\" alt=x><p>نص</p>",
            "A".repeat(10_000)
        );
        let (out, stats) = prepare(&img, 512, 1 << 20);
        assert_eq!(out, "<img src=\"\" alt=x><p>نص</p>");
        assert!(stats.attribute_bytes_dropped >= 10_000);
    }
}
