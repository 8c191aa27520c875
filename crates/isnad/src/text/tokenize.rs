//! Tokenisation: words, numbers, Latin runs, quotes and punctuation, as byte spans.
//!
//! The tokeniser is an allocation-free iterator over `&str`; it never drops a visible char
//! (whitespace and invisible format controls are the only chars outside every token). Arabic
//! words keep their diacritics and tatweel inside the token; digits and letters never share a
//! token, so the seed's `من800` is `من` + `800`.

use crate::document::TokenKind;
use crate::text::normalize::{is_diacritic, is_format_control, TATWEEL};

/// A token as a byte range of the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawToken {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Arabic,
    Digit,
    Latin,
    Quote,
    Punct,
    Space,
    Other,
}

fn classify(c: char) -> Class {
    if c.is_ascii() {
        return match c {
            'a'..='z' | 'A'..='Z' => Class::Latin,
            '0'..='9' => Class::Digit,
            '"' | '\'' => Class::Quote,
            c if c.is_ascii_whitespace() => Class::Space,
            c if c.is_ascii_control() => Class::Space,
            _ => Class::Punct,
        };
    }
    match c {
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => Class::Digit,
        '\u{060C}'
        | '\u{061B}'
        | '\u{061F}'
        | '\u{066A}'..='\u{066D}'
        | '\u{06D4}'
        | '\u{060D}' => Class::Punct,
        '«' | '»' | '“' | '”' | '„' | '‟' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '＂' => {
            Class::Quote
        }
        c if is_format_control(c) => Class::Space,
        c if c.is_whitespace() => Class::Space,
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' => {
            Class::Arabic
        }
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => Class::Arabic,
        c if c.is_alphabetic() && (c as u32) < 0x0250 => Class::Latin,
        '\u{1E00}'..='\u{1EFF}' => Class::Latin,
        c if c.is_numeric() => Class::Digit,
        c if c.is_alphanumeric() => Class::Other,
        _ => Class::Punct,
    }
}

const TAA_MARBUTA: char = '\u{0629}';

/// Separators allowed inside a number when a digit follows: `99.5`, `1,200`, `٣٫٥`.
fn is_number_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}')
}

/// Iterator over the tokens of a text.
pub struct Tokenizer<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    pub fn new(text: &'a str) -> Self {
        Tokenizer { text, pos: 0 }
    }

    fn peek_from(&self, at: usize) -> Option<char> {
        self.text[at..].chars().next()
    }

    /// Byte end of the run that starts at `start` with class `class`.
    fn run_end(&self, start: usize, class: Class) -> usize {
        let mut end = start;
        let mut iter = self.text[start..].char_indices().peekable();
        // Whether the last letter was a taa marbuta, which only ends a word.
        let mut after_taa = false;
        while let Some((off, c)) = iter.next() {
            let at = start + off;
            let cls = classify(c);
            let letter = cls == Class::Arabic && !is_diacritic(c) && c != TATWEEL;
            // `الإسلاميةقال`، `مأساويةحالة`: a letter after ة begins a word that scraping glued on.
            if class == Class::Arabic && letter && after_taa {
                break;
            }
            if letter {
                after_taa = c == TAA_MARBUTA;
            }
            let keep = match class {
                // Marks and tatweel belong to the word; an invisible control between two
                // Arabic letters does too (it would otherwise split one word in two).
                Class::Arabic => {
                    cls == Class::Arabic
                        || is_diacritic(c)
                        || c == TATWEEL
                        || (is_format_control(c)
                            && iter
                                .peek()
                                .is_some_and(|&(_, n)| classify(n) == Class::Arabic))
                }
                Class::Digit => {
                    cls == Class::Digit
                        || (is_number_separator(c)
                            && at > start
                            && iter
                                .peek()
                                .is_some_and(|&(_, n)| classify(n) == Class::Digit))
                }
                Class::Latin => cls == Class::Latin || (cls == Class::Digit && at > start),
                Class::Other => cls == Class::Other,
                // A run of the same full stop or exclamation is one token (`..`, `...`, `!!`).
                Class::Punct => {
                    at == start
                        || (matches!(c, '.' | '!' | '?' | '؟') && self.peek_from(start) == Some(c))
                }
                Class::Quote | Class::Space => at == start,
            };
            if !keep {
                break;
            }
            end = at + c.len_utf8();
        }
        end
    }
}

impl Iterator for Tokenizer<'_> {
    type Item = RawToken;

    fn next(&mut self) -> Option<RawToken> {
        loop {
            let c = self.peek_from(self.pos)?;
            let class = classify(c);
            if class == Class::Space {
                self.pos += c.len_utf8();
                continue;
            }
            let start = self.pos;
            let end = self.run_end(start, class);
            self.pos = end;
            let kind = match class {
                Class::Arabic => {
                    // A run of only marks or tatweel (a stray kashida) is a symbol, not a word.
                    if self.text[start..end]
                        .chars()
                        .any(|c| !is_diacritic(c) && c != TATWEEL)
                    {
                        TokenKind::Word
                    } else {
                        TokenKind::Symbol
                    }
                }
                Class::Digit => TokenKind::Number,
                Class::Latin => TokenKind::Latin,
                Class::Quote => TokenKind::Quote,
                Class::Punct => TokenKind::Punct,
                Class::Other | Class::Space => TokenKind::Symbol,
            };
            return Some(RawToken { start, end, kind });
        }
    }
}

/// All tokens of `text`.
pub fn tokenize(text: &str) -> Tokenizer<'_> {
    Tokenizer::new(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).map(|t| (&s[t.start..t.end], t.kind)).collect()
    }

    #[test]
    fn a_word_glued_after_taa_marbuta_is_a_word_of_its_own() {
        // baly-V-407-2: a heading scraped onto the lead, `الدولة الاسلاميةقال نشطاء`.
        let words: Vec<&str> = toks("الدولة الاسلاميةقال نشطاء مأساويةًحالة")
            .into_iter()
            .map(|(w, _)| w)
            .collect();
        assert_eq!(
            words,
            ["الدولة", "الاسلامية", "قال", "نشطاء", "مأساويةً", "حالة"]
        );
    }

    #[test]
    fn splits_digits_from_letters_and_percent_from_numbers() {
        use TokenKind::*;
        assert_eq!(
            toks("أكثر من800 مقاتل"),
            vec![
                ("أكثر", Word),
                ("من", Word),
                ("800", Number),
                ("مقاتل", Word)
            ]
        );
        assert_eq!(
            toks("نحو 99.5٪ و100%"),
            vec![
                ("نحو", Word),
                ("99.5", Number),
                ("٪", Punct),
                ("و", Word),
                ("100", Number),
                ("%", Punct)
            ]
        );
        assert_eq!(toks("٩٩٫٥"), vec![("٩٩٫٥", Number)]);
    }

    #[test]
    fn quotes_are_tokens_even_when_doubled_or_glued() {
        use TokenKind::*;
        assert_eq!(
            toks("وتابع \"\"ثمة"),
            vec![("وتابع", Word), ("\"", Quote), ("\"", Quote), ("ثمة", Word)]
        );
        assert_eq!(
            toks("لـ\"قوات"),
            vec![("لـ", Word), ("\"", Quote), ("قوات", Word)]
        );
        assert_eq!(
            toks("قوله:\"إن"),
            vec![("قوله", Word), (":", Punct), ("\"", Quote), ("إن", Word)]
        );
    }

    #[test]
    fn latin_inside_arabic_and_ellipsis() {
        use TokenKind::*;
        assert_eq!(
            toks("عبر تطبيق google news.."),
            vec![
                ("عبر", Word),
                ("تطبيق", Word),
                ("google", Latin),
                ("news", Latin),
                ("..", Punct)
            ]
        );
    }

    #[test]
    fn keeps_diacritics_and_tatweel_inside_words() {
        use TokenKind::*;
        assert_eq!(toks("مُحَمَّـد"), vec![("مُحَمَّـد", Word)]);
        assert_eq!(toks("ـ"), vec![("ـ", Symbol)]);
    }
}
