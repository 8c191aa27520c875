//! Bytes to text: the charsets Arabic sites use (UTF-8, windows-1256, ISO-8859-6, and UTF-16
//! with a BOM), found from the BOM, the page's own `<meta charset>` / `http-equiv`
//! declaration, or by trying UTF-8 first.
//!
//! Decoding never fails on a bad byte: a page that declares UTF-8 but carries a stray
//! windows-1256 paragraph (mixed encodings, common in old CMS exports) is decoded with
//! replacement characters and flagged. Binary data is refused with an error naming the offset.

use std::borrow::Cow;
use std::str::Utf8Error;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1256};

use crate::error::{Error, Result};

/// How far into a page the charset declaration is looked for (the HTML standard says 1024
/// bytes; real pages put long `<head>`s first, so read further).
const PRESCAN_BYTES: usize = 8192;
/// Share of control bytes (other than tab, newline, carriage return, form feed, escape) in
/// the first bytes above which the input is binary.
const BINARY_CONTROL_SHARE: f32 = 0.05;
const BINARY_SNIFF_BYTES: usize = 4096;
/// Decoded text and how it was decoded.
#[derive(Debug)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// WHATWG name of the encoding used.
    pub encoding: &'static str,
    /// How the encoding was chosen: `bom`, `declared`, `utf-8`, `mixed` (UTF-8 with
    /// windows-1256 runs), `guessed`.
    pub how: &'static str,
    /// Bytes that did not decode were replaced by U+FFFD.
    pub had_errors: bool,
}

/// Decodes a page. `html` turns on the `<meta>` prescan.
pub fn decode(bytes: &[u8], html: bool) -> Result<Decoded<'_>> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(Decoded {
            text,
            encoding: enc.name(),
            how: "bom",
            had_errors,
        });
    }
    check_not_binary(bytes)?;
    // One validation serves every UTF-8 question below.
    let utf8 = std::str::from_utf8(bytes);
    check_not_truncated(bytes, utf8)?;
    let declared = if html { prescan_charset(bytes) } else { None };
    if let Some(enc) = declared.filter(|&e| e != UTF_8) {
        // A page that declares a legacy charset but is valid UTF-8 with non-ASCII text was
        // re-saved as UTF-8 by the crawler; believe the bytes.
        if let (false, Ok(text)) = (bytes.is_ascii(), utf8) {
            return Ok(borrowed_utf8(text, "utf-8"));
        }
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        return Ok(Decoded {
            text,
            encoding: enc.name(),
            how: "declared",
            had_errors,
        });
    }
    if let Ok(text) = utf8 {
        return Ok(borrowed_utf8(
            text,
            if declared.is_some() {
                "declared"
            } else {
                "utf-8"
            },
        ));
    }
    let (valid_multibyte, invalid) = utf8_stats(bytes);
    if valid_multibyte >= invalid {
        // Mixed encodings: UTF-8 with runs of single-byte Arabic (an old article pasted into
        // a new template). Each run is read in the charset it is in.
        return Ok(Decoded {
            text: Cow::Owned(decode_mixed(bytes)),
            encoding: UTF_8.name(),
            how: "mixed",
            had_errors: false,
        });
    }
    // Not UTF-8: Arabic single-byte pages are windows-1256 (a superset of ISO-8859-6's
    // letters in practice).
    let (text, had_errors) = WINDOWS_1256.decode_without_bom_handling(bytes);
    Ok(Decoded {
        text,
        encoding: WINDOWS_1256.name(),
        how: "guessed",
        had_errors,
    })
}

/// UTF-8 text that stops inside its last character was cut in transit (a partial download,
/// a file copied short): an error naming the offset, not a guess at another charset.
fn check_not_truncated(bytes: &[u8], utf8: std::result::Result<&str, Utf8Error>) -> Result<()> {
    if let Err(e) = utf8 {
        let valid = &bytes[..e.valid_up_to()];
        if e.error_len().is_none() && !valid.is_ascii() {
            return Err(Error::Truncated(format!(
                "UTF-8 text ends inside a character at byte {}",
                e.valid_up_to()
            )));
        }
    }
    Ok(())
}

/// Valid multi-byte UTF-8 sequences and invalid sequences in `bytes`.
fn utf8_stats(mut bytes: &[u8]) -> (usize, usize) {
    let (mut valid, mut invalid) = (0usize, 0usize);
    loop {
        let (ok, rest) = match std::str::from_utf8(bytes) {
            Ok(s) => (s, None),
            Err(e) => {
                let ok = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
                let skip = e.valid_up_to() + e.error_len().unwrap_or(bytes.len() - e.valid_up_to());
                (ok, Some(skip.min(bytes.len())))
            }
        };
        valid += ok.chars().filter(|c| !c.is_ascii()).count();
        match rest {
            None => return (valid, invalid),
            Some(skip) => {
                invalid += 1;
                bytes = &bytes[skip..];
            }
        }
    }
}

/// UTF-8 where valid, windows-1256 for the bytes that are not.
fn decode_mixed(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&bytes[..good]).unwrap_or(""));
                let bad_len = e.error_len().unwrap_or(bytes.len() - good);
                let (legacy, _) =
                    WINDOWS_1256.decode_without_bom_handling(&bytes[good..good + bad_len]);
                out.push_str(&legacy);
                bytes = &bytes[good + bad_len..];
            }
        }
    }
}

/// Text already validated as UTF-8, borrowed as it is.
fn borrowed_utf8<'a>(text: &'a str, how: &'static str) -> Decoded<'a> {
    Decoded {
        text: Cow::Borrowed(text),
        encoding: UTF_8.name(),
        how,
        had_errors: false,
    }
}

/// Refuses input that is not text: NUL bytes or many control bytes near the start.
fn check_not_binary(bytes: &[u8]) -> Result<()> {
    let head = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    if let Some(offset) = head.iter().position(|&b| b == 0) {
        return Err(Error::Binary { offset });
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    if !head.is_empty() && controls as f32 > BINARY_CONTROL_SHARE * head.len() as f32 {
        let offset = head
            .iter()
            .position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
            .unwrap_or(0);
        return Err(Error::Binary { offset });
    }
    Ok(())
}

/// Finds `charset=NAME` in the page head: `<meta charset="...">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=...">` (and the XML
/// declaration's `encoding="..."`). Case-insensitive, on bytes, before any decoding.
pub fn prescan_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset"[..], &b"encoding"[..]] {
        let mut from = 0;
        while let Some(i) = find(&lower[from..], key) {
            let at = from + i + key.len();
            from = at;
            let rest = &lower[at..];
            let rest = skip_ws(rest);
            let Some(rest) = rest.strip_prefix(b"=") else {
                continue;
            };
            let rest = skip_ws(rest);
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let end = rest
                .iter()
                .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'>' | b' ' | b'/' | b'\n'))
                .unwrap_or(rest.len());
            if let Some(enc) = Encoding::for_label(&rest[..end]) {
                // The standard maps a declared UTF-16 in a byte-oriented page to UTF-8.
                if enc.name().starts_with("UTF-16") {
                    return Some(UTF_8);
                }
                return Some(enc);
            }
        }
    }
    None
}

fn skip_ws(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_cut_inside_its_last_letter_is_truncated() {
        let mut bytes = "قال الوزير".as_bytes().to_vec();
        bytes.pop();
        assert!(matches!(decode(&bytes, false), Err(Error::Truncated(_))));
        // A legacy single-byte page is not mistaken for cut UTF-8.
        let cp1256 = [0xE3u8, 0xD1, 0xCD, 0xC8, 0xC7];
        assert!(decode(&cp1256, false).is_ok());
    }

    #[test]
    fn windows_1256_declared_in_meta() {
        let (bytes, _, _) = WINDOWS_1256.encode("<p>قسد تنفي</p>");
        let mut page = b"<html><head><meta charset=\"windows-1256\"></head><body>".to_vec();
        page.extend_from_slice(&bytes);
        let d = decode(&page, true).unwrap();
        assert_eq!(d.encoding, "windows-1256");
        assert_eq!(d.how, "declared");
        assert!(d.text.contains("قسد تنفي"));
    }

    #[test]
    fn iso_8859_6_via_http_equiv() {
        let enc = Encoding::for_label(b"iso-8859-6").unwrap();
        let (bytes, _, _) = enc.encode("داعش");
        let mut page =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">"
                .to_vec();
        page.extend_from_slice(&bytes);
        let d = decode(&page, true).unwrap();
        assert_eq!(d.encoding, "ISO-8859-6");
        assert!(d.text.contains("داعش"));
    }

    #[test]
    fn undeclared_legacy_bytes_are_read_as_windows_1256() {
        let (bytes, _, _) = WINDOWS_1256.encode("الباغوز في شرق سوريا");
        let d = decode(&bytes, false).unwrap();
        assert_eq!(d.how, "guessed");
        assert_eq!(d.text, "الباغوز في شرق سوريا");
    }

    #[test]
    fn mixed_utf8_and_windows_1256_read_each_in_its_charset() {
        let mut page = "نص عربي طويل ".repeat(5).into_bytes();
        let (legacy, _, _) = WINDOWS_1256.encode("فقرة قديمة");
        page.extend_from_slice(&legacy);
        page.extend_from_slice(" بعده".as_bytes());
        let d = decode(&page, false).unwrap();
        assert_eq!(d.how, "mixed");
        assert!(d.text.ends_with("نص عربي طويل فقرة قديمة بعده"));
    }

    #[test]
    fn utf16_with_bom_and_binary_refused() {
        let mut page = vec![0xFF, 0xFE];
        for u in "قسد".encode_utf16() {
            page.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&page, false).unwrap().text, "قسد");
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", false),
            Err(Error::Binary { .. })
        ));
    }
}
