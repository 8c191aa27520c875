//! Sentence splitting for news Arabic.
//!
//! A sentence ends at a terminator (`.` `..` `...` `؟` `?` `!` `…` `۔`) or at a line break
//! (scraped news keeps one paragraph a line, and a headline has no full stop). Closing quotes
//! and brackets glued to the terminator stay with the sentence they close. Quotes are not
//! balanced across terminators: news text opens quotes it never closes (the seed's lines 20 and
//! 22), and trusting them would glue whole paragraphs together. A full stop after a single
//! letter (`د.` for Dr, `U.S.`) is an abbreviation, not an end.

use crate::document::TokenKind;
use crate::text::tokenize::RawToken;

fn is_terminator(tok: &str) -> bool {
    matches!(tok.chars().next(), Some('.' | '?' | '!' | '؟' | '…' | '۔'))
        && tok
            .chars()
            .all(|c| matches!(c, '.' | '?' | '!' | '؟' | '…' | '۔'))
}

fn is_closer(tok: &str) -> bool {
    matches!(tok, ")" | "]" | "}" | "»" | "”" | "’" | "\"" | "'")
}

/// Splits a token sequence into sentences; returns `[first, last + 1)` token index ranges.
/// `text` is the string the tokens index into.
pub fn split_sentences(text: &str, tokens: &[RawToken]) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let tok = &tokens[i];
        let s = &text[tok.start..tok.end];
        let mut end_here = false;
        if tok.kind == TokenKind::Punct
            && is_terminator(s)
            && !is_abbreviation(text, tokens, i)
            && !is_spaced_decimal(text, tokens, i)
        {
            // Glued closing quotes and brackets belong to the sentence that just ended.
            while i + 1 < tokens.len()
                && tokens[i + 1].start == tokens[i].end
                && is_closer(&text[tokens[i + 1].start..tokens[i + 1].end])
                && !opens_next(text, tokens, i + 1)
            {
                i += 1;
            }
            end_here = true;
        }
        if !end_here && i + 1 < tokens.len() {
            end_here = text[tokens[i].end..tokens[i + 1].start].contains('\n');
        }
        if end_here || i + 1 == tokens.len() {
            out.push([start, i + 1]);
            start = i + 1;
        }
        i += 1;
    }
    out
}

/// A quote glued to a terminator that is itself glued to the next word opens the next
/// sentence (`انتهى."بدأ`), so it is not a closer.
fn opens_next(text: &str, tokens: &[RawToken], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|n| n.start == tokens[i].end && !text[tokens[i].end..n.start].contains(' '))
        && tokens
            .get(i + 1)
            .is_some_and(|n| matches!(n.kind, TokenKind::Word | TokenKind::Latin))
}

/// `2 . 5 مليون`، `( 1 . 14 مليون )`: a decimal point that a tokenised corpus set off by
/// spaces, between two short numbers (a year before a full stop, `عام 2017 .`, has four
/// digits).
fn is_spaced_decimal(text: &str, tokens: &[RawToken], i: usize) -> bool {
    const MAX_DIGITS: usize = 3;
    if &text[tokens[i].start..tokens[i].end] != "." || i == 0 || i + 1 >= tokens.len() {
        return false;
    }
    let (prev, next) = (&tokens[i - 1], &tokens[i + 1]);
    let short = |t: &RawToken| {
        t.kind == TokenKind::Number && text[t.start..t.end].chars().count() <= MAX_DIGITS
    };
    short(prev)
        && short(next)
        && tokens[i].start - prev.end <= 1
        && next.start - tokens[i].end <= 1
        && !text[prev.end..next.start].contains('\n')
}

/// `.` after a lone letter glued to it: `د.`, `أ.`, `U.S.`, `J.`; or inside an initialism
/// spelt out in syllables, glued to short words on both sides: `بي.بي.سي`، `إف.بي.آي`، `أ.ف.ب`.
fn is_abbreviation(text: &str, tokens: &[RawToken], i: usize) -> bool {
    const MAX_SYLLABLE: usize = 3;
    if &text[tokens[i].start..tokens[i].end] != "." || i == 0 {
        return false;
    }
    let prev = &tokens[i - 1];
    if prev.end != tokens[i].start {
        return false;
    }
    let letters_of = |t: &RawToken| {
        text[t.start..t.end]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
    };
    let syllable = |t: &RawToken| {
        matches!(t.kind, TokenKind::Word | TokenKind::Latin) && letters_of(t) <= MAX_SYLLABLE
    };
    if tokens
        .get(i + 1)
        .is_some_and(|n| n.start == tokens[i].end && syllable(n) && syllable(prev))
    {
        return true;
    }
    let word = &text[prev.start..prev.end];
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let next_on_same_line = tokens
        .get(i + 1)
        .is_some_and(|n| !text[tokens[i].end..n.start].contains('\n'));
    matches!(prev.kind, TokenKind::Word | TokenKind::Latin) && letters == 1 && next_on_same_line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize::tokenize;

    fn sentences(s: &str) -> Vec<String> {
        let toks: Vec<RawToken> = tokenize(s).collect();
        split_sentences(s, &toks)
            .into_iter()
            .map(|[a, b]| s[toks[a].start..toks[b - 1].end].to_string())
            .collect()
    }

    #[test]
    fn numbers_do_not_end_sentences() {
        assert_eq!(
            sentences("قال إن نحو 99.5٪ أعيدت. وخلال أسبوعين انتهى"),
            vec!["قال إن نحو 99.5٪ أعيدت.", "وخلال أسبوعين انتهى"]
        );
    }

    #[test]
    fn a_decimal_point_set_off_by_spaces_does_not_end_a_sentence() {
        // (baly2018 V-246-9: `( 1 . 14 مليون )`; a year does end one.)
        assert_eq!(
            sentences("يحتل لبنان الكثافة الأعلى ( 1 . 14 مليون ) , مشيرا إلى ذلك . وقال في عام 2017 . 15 شخصا"),
            vec![
                "يحتل لبنان الكثافة الأعلى ( 1 . 14 مليون ) , مشيرا إلى ذلك .",
                "وقال في عام 2017 .",
                "15 شخصا"
            ]
        );
    }

    #[test]
    fn closing_quote_with_no_opening_stays_with_its_sentence() {
        // Seed line 22 ends with `التنظيم".` and line 24 with `بلدا".`
        assert_eq!(
            sentences("ستكون المناطق خالية من التنظيم\". وبدورها قالت"),
            vec!["ستكون المناطق خالية من التنظيم\".", "وبدورها قالت"]
        );
        assert_eq!(
            sentences("قال: \"انتهى.\" ثم غادر"),
            vec!["قال: \"انتهى.\"", "ثم غادر"]
        );
    }

    #[test]
    fn line_breaks_questions_and_double_stops() {
        assert_eq!(
            sentences("من \"الباغوز\".. و\"قسد\" تنفي\nهل انتهت؟ نعم!"),
            vec!["من \"الباغوز\"..", "و\"قسد\" تنفي", "هل انتهت؟", "نعم!"]
        );
    }

    #[test]
    fn initialisms_spelt_in_syllables() {
        assert_eq!(
            sentences("غير ان اوباما وفي مقابلة مع بي.بي.سي قال انه مستعد. وقال مسؤول في إف.بي.آي إن التحقيق مستمر."),
            vec![
                "غير ان اوباما وفي مقابلة مع بي.بي.سي قال انه مستعد.",
                "وقال مسؤول في إف.بي.آي إن التحقيق مستمر."
            ]
        );
        // Two sentences run together past a longer word still split.
        assert_eq!(
            sentences("انتهى الاجتماع.بدأ"),
            vec!["انتهى الاجتماع.", "بدأ"]
        );
    }

    #[test]
    fn single_letter_abbreviations() {
        assert_eq!(
            sentences("قال د. محمد إن الوضع صعب. ثم غادر"),
            vec!["قال د. محمد إن الوضع صعب.", "ثم غادر"]
        );
    }
}
