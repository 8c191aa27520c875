//! Arabic normalisation for matching and search.
//!
//! Normalisation never alters what is shown: it produces a separate string (with an alignment
//! back to the original when asked) that lexicons, gazetteers and the search index compare on.
//! Each folding rule is a switch in [`NormalizeOptions`]; the default set (all rules on) is the
//! one every stage uses, so that indexing and querying can never disagree.

use unicode_normalization::char::decompose_compatible;

/// Which foldings to apply. `Default` turns every rule on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NormalizeOptions {
    /// أ إ آ ٱ ٲ ٳ → ا
    pub alef: bool,
    /// ى → ي (Egyptian sites write final yaa as alef maqsura: the seed's `مجلسى`/`مجلسي`).
    pub alef_maqsura: bool,
    /// ة → ه. For matching only: the two are distinct letters but are confused in practice.
    pub taa_marbuta: bool,
    /// Hamza on a seat: ؤ → و, ئ → ي. A bare ء is kept.
    pub hamza: bool,
    /// Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks removed.
    pub diacritics: bool,
    /// Tatweel (kashida, ـ) removed.
    pub tatweel: bool,
    /// Arabic-Indic and Persian digits to ASCII; ٫ → `.` and ٬ → `,`.
    pub digits: bool,
    /// ، ؛ ؟ ٪ ۔ to their Latin counterparts; « » “ ” „ to `"`, ‘ ’ to `'`.
    pub punctuation: bool,
    /// Zero-width, bidi and other invisible format controls dropped; no-break and other spaces
    /// to a plain space.
    pub controls: bool,
    /// Presentation forms (ﻻ ﷲ ﺍ ...) unfolded to the letters they stand for (NFKC).
    pub presentation_forms: bool,
    /// Persian/Urdu look-alike letters (ی ک ە) to their Arabic counterparts (ي ك ه).
    pub persian_letters: bool,
    /// Latin letters lower-cased.
    pub latin_case: bool,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions {
            alef: true,
            alef_maqsura: true,
            taa_marbuta: true,
            hamza: true,
            diacritics: true,
            tatweel: true,
            digits: true,
            punctuation: true,
            controls: true,
            presentation_forms: true,
            persian_letters: true,
            latin_case: true,
        }
    }
}

impl NormalizeOptions {
    /// No rule on: the identity.
    pub fn none() -> Self {
        NormalizeOptions {
            alef: false,
            alef_maqsura: false,
            taa_marbuta: false,
            hamza: false,
            diacritics: false,
            tatweel: false,
            digits: false,
            punctuation: false,
            controls: false,
            presentation_forms: false,
            persian_letters: false,
            latin_case: false,
        }
    }

    /// The profile the segmentation lexicon is keyed on: orthographic noise removed but the
    /// letters that tell words apart (ى/ي, ة/ه, hamza seats) kept.
    pub fn orthographic() -> Self {
        NormalizeOptions {
            alef_maqsura: false,
            taa_marbuta: false,
            hamza: false,
            ..Self::default()
        }
    }
}

/// A normalised string with, for each of its chars, the index (in chars) of the input char it
/// came from. `origin.len() == text.chars().count()`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aligned {
    pub text: String,
    pub origin: Vec<usize>,
    /// Char length of the input, so that an end offset past the last char maps too.
    pub input_chars: usize,
}

impl Aligned {
    /// Maps a char range of the normalised text back to a char range of the input. The range
    /// covers every input char that produced part of it, so that dropped chars (diacritics,
    /// tatweel) inside the range are included.
    pub fn input_span(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.origin.get(start).copied().unwrap_or(self.input_chars);
        let e = if end == 0 || start >= end {
            s
        } else {
            self.origin
                .get(end - 1)
                .map_or(self.input_chars, |&last| last + 1)
        };
        (s, e.max(s))
    }
}

/// Applies a fixed set of foldings. Cheap to copy; build once and reuse.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Normalizer {
    pub options: NormalizeOptions,
}

impl Normalizer {
    pub fn new(options: NormalizeOptions) -> Self {
        Normalizer { options }
    }

    pub fn normalize(&self, input: &str) -> String {
        let mut out = String::with_capacity(input.len());
        self.normalize_into(input, &mut out);
        out
    }

    /// Appends the normalised form of `input` to `out` (no allocation when `out` has room).
    pub fn normalize_into(&self, input: &str, out: &mut String) {
        for c in input.chars() {
            self.fold_char(c, &mut |f| out.push(f));
        }
    }

    /// Normalises and records where every output char came from.
    pub fn normalize_aligned(&self, input: &str) -> Aligned {
        let mut aligned = Aligned {
            text: String::with_capacity(input.len()),
            origin: Vec::with_capacity(input.len() / 2),
            input_chars: 0,
        };
        for (i, c) in input.chars().enumerate() {
            self.fold_char(c, &mut |f| {
                aligned.text.push(f);
                aligned.origin.push(i);
            });
            aligned.input_chars = i + 1;
        }
        aligned
    }

    /// Emits the folded form of one char: nothing, itself, another char, or (for presentation
    /// forms and ligatures) several.
    pub fn fold_char(&self, c: char, emit: &mut impl FnMut(char)) {
        let o = &self.options;
        // ASCII is the common case in mixed text and folds only by case.
        if c.is_ascii() {
            emit(if o.latin_case {
                c.to_ascii_lowercase()
            } else {
                c
            });
            return;
        }
        if o.controls && is_format_control(c) {
            return;
        }
        if o.presentation_forms && is_presentation_form(c) {
            let mut parts = [' '; 8];
            let mut n = 0;
            decompose_compatible(c, |d| {
                if n < parts.len() {
                    parts[n] = d;
                    n += 1;
                }
            });
            for &d in &parts[..n] {
                self.fold_simple(d, emit);
            }
            return;
        }
        self.fold_simple(c, emit);
    }

    fn fold_simple(&self, c: char, emit: &mut impl FnMut(char)) {
        let o = &self.options;
        if c.is_ascii() {
            emit(if o.latin_case {
                c.to_ascii_lowercase()
            } else {
                c
            });
            return;
        }
        if o.controls && is_format_control(c) {
            return;
        }
        if o.diacritics && is_diacritic(c) {
            return;
        }
        if o.tatweel && c == TATWEEL {
            return;
        }
        let folded = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' if o.alef => 'ا',
            'ى' if o.alef_maqsura => 'ي',
            'ة' if o.taa_marbuta => 'ه',
            'ؤ' if o.hamza => 'و',
            'ئ' if o.hamza => 'ي',
            'ی' | 'ې' if o.persian_letters => {
                if o.alef_maqsura {
                    'ي'
                } else {
                    'ى'
                }
            }
            'ک' if o.persian_letters => 'ك',
            'ە' if o.persian_letters => 'ه',
            '٠'..='٩' if o.digits => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '۰'..='۹' if o.digits => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '٫' if o.digits => '.',
            '٬' if o.digits => ',',
            '،' if o.punctuation => ',',
            '؛' if o.punctuation => ';',
            '؟' if o.punctuation => '?',
            '٪' if o.punctuation => '%',
            '۔' if o.punctuation => '.',
            '«' | '»' | '“' | '”' | '„' | '‟' if o.punctuation => '"',
            '‘' | '’' | '‚' | '‛' if o.punctuation => '\'',
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
                if o.controls =>
            {
                ' '
            }
            // The Arabic blocks have no case; skipping them spares a Unicode table lookup per letter.
            _ if o.latin_case && !('\u{0600}'..='\u{08FF}').contains(&c) && c.is_uppercase() => {
                // Multi-char lower-case forms are rare (İ); keep the first, which is the base letter.
                c.to_lowercase().next().unwrap_or(c)
            }
            _ => c,
        };
        emit(folded);
    }
}

pub const TATWEEL: char = '\u{0640}';

/// Harakat, tanwin, shadda, sukun, maddah/hamza marks above and below, superscript alef,
/// and the Quranic annotation marks.
pub fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}')
}

/// Invisible chars that only steer rendering: zero-width joiners, bidi marks, embeddings and
/// isolates, the byte-order mark, soft hyphen.
pub fn is_format_control(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}')
}

/// Arabic Presentation Forms-A and -B.
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// Letters of the Arabic script (not digits, punctuation or marks).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}')
}

/// Normalises with the default rules.
pub fn normalize(input: &str) -> String {
    Normalizer::default().normalize(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_masthead_lines_normalise_equal() {
        // Seed lines 2 and 4: the same masthead once with ى, once with ي.
        assert_eq!(
            normalize("رئيس مجلسى الإدارة والتحرير"),
            normalize("رئيس مجلسي الإدارة والتحرير")
        );
    }

    #[test]
    fn each_rule_folds_what_it_names() {
        let n = normalize;
        assert_eq!(n("أإآٱ"), "اااا");
        assert_eq!(n("مدرسة"), "مدرسه");
        assert_eq!(n("مسؤول شئون"), "مسوول شيون");
        assert_eq!(n("مُحَمَّدٌ"), "محمد");
        assert_eq!(n("لـ\"قوات"), "ل\"قوات");
        assert_eq!(n("٩٩٫٥٪ ۱۲۳"), "99.5% 123");
        assert_eq!(n("نعم، لا؛ ماذا؟"), "نعم, لا; ماذا?");
        assert_eq!(n("\u{200F}سوريا\u{200C}"), "سوريا");
        assert_eq!(n("ﻻ ﷲ"), "لا الله");
        assert_eq!(n("Google NEWS"), "google news");
        assert_eq!(n("«قسد»"), "\"قسد\"");
    }

    #[test]
    fn rules_switch_off_one_by_one() {
        let keep_taa = Normalizer::new(NormalizeOptions {
            taa_marbuta: false,
            ..Default::default()
        });
        assert_eq!(keep_taa.normalize("مدرسة"), "مدرسة");
        let none = Normalizer::new(NormalizeOptions::none());
        let s = "أُسْـرة ٣ ﻻ";
        assert_eq!(none.normalize(s), s);
        let ortho = Normalizer::new(NormalizeOptions::orthographic());
        assert_eq!(ortho.normalize("إلى مدرسةٍ"), "الى مدرسة");
    }

    #[test]
    fn alignment_maps_back_over_dropped_chars() {
        let input = "قالـ مُحَمَّد";
        let a = Normalizer::default().normalize_aligned(input);
        assert_eq!(a.text, "قال محمد");
        // "محمد" is chars 4..8 of the normalised text; in the input it spans the diacritics too.
        let (s, e) = a.input_span(4, 8);
        let orig: String = input.chars().skip(s).take(e - s).collect();
        assert_eq!(orig, "مُحَمَّد");
    }

    #[test]
    fn ligature_expands_with_both_chars_pointing_to_it() {
        let a = Normalizer::default().normalize_aligned("ﻻ");
        assert_eq!(a.text, "لا");
        assert_eq!(a.origin, vec![0, 0]);
        assert_eq!(a.input_span(0, 2), (0, 1));
    }
}
