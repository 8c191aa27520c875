//! Quantities: numbers in digits (Arabic-Indic too: the tokens' normal form folds them) and in
//! words (`ثلاثة آلاف`، `ألف`), percentages with `٪` or `%`, approximators before them (`نحو`،
//! `أكثر من`، `قرابة`), and the counted noun after them as the unit (`800 مقاتل`، `40 بلدا`).
//! Numbers inside a time expression (a day, a year) are not quantities.

use rustc_hash::FxHashMap;

use super::{data_lines, norm, norm_words, Attributor, View};
use crate::document::{EntityType, Quantity, TimeExpression, TokenKind};

const NUMBERS: &str = include_str!("../../../../data/attribution/numbers.tsv");

/// Words after a number that are not what it counts.
const NOT_UNITS: &[&str] = &[
    "من",
    "في",
    "و",
    "او",
    "الي",
    "علي",
    "عن",
    "مع",
    "ان",
    "الف",
    "الاف",
    "مليون",
    "مليار",
    "ملايين",
    "مليارات",
    "مليونا",
    "مليارا",
    "تريليون",
    "بشان",
    "حول",
    "ضد",
    "حتي",
    "منذ",
    "خلال",
    "بعد",
    "قبل",
    "لدي",
    "بين",
    "ثم",
    "كما",
    "الا",
    "ص",
    // Prepositional words the segmenter leaves whole (`بنسبة 29`، `2015 بواقع`، `3 بجروح`).
    "بنسبه",
    "بواقع",
    "بجروح",
    "بحسب",
    "بهدف",
    "لكره",
    // `ألف مبروك`: a congratulation, not a thousand of anything.
    "مبروك",
];

/// Function words and the commonest verbs, which follow a year or an identifier far more often
/// than a count (`موازنة 2015 حيث`، `2018 تم العثور`، `رؤية 2030 كانت`); after a number word
/// they end a count that names nothing (`وإصابة خمسة حيث وقع`).
const FUNCTION_WORDS: &[&str] = &[
    "حيث",
    "عندما",
    "بينما",
    "حين",
    "حينما",
    "فيما",
    "اذ",
    "اذا",
    "لكن",
    "امام",
    "تحت",
    "عبر",
    "مقابل",
    "مقارنه",
    "جراء",
    "نتيجه",
    "جميع",
    "نحو",
    "ما",
    "مما",
    "لا",
    "لم",
    "لن",
    "قد",
    "هو",
    "هي",
    "هم",
    "كان",
    "كانت",
    "تم",
    "يتم",
    "بلغ",
    "بلغت",
    "منها",
    "منه",
    "فقط",
    "تقريبا",
    "وسط",
    "فوق",
    "وفق",
    "وفقا",
    "اثر",
    "داخل",
    "خارج",
    "ضمن",
    "عند",
    "عقب",
    "اثناء",
];

/// Words that count without a number: vague amounts (`عشرات القتلى`، `مئات الآلاف`، `عدة مدن`).
const VAGUE: &[&str] = &[
    "عشرات",
    "مئات",
    "ميات",
    "الاف",
    "ملايين",
    "مليارات",
    "عده",
    "بضعه",
    "بضع",
    "العشرات",
    "الميات",
    "الالاف",
];

pub struct NumberLexicon {
    words: FxHashMap<String, f64>,
    /// Number words of more than one word (`أحد عشر`), longest first.
    phrases: Vec<(Vec<String>, f64)>,
    multipliers: FxHashMap<String, f64>,
    /// (words, relation): `about`, `over`, `under`.
    approximators: Vec<(Vec<String>, String)>,
}

impl NumberLexicon {
    pub fn embedded() -> Self {
        let mut lex = NumberLexicon {
            words: FxHashMap::default(),
            phrases: Vec::new(),
            multipliers: FxHashMap::default(),
            approximators: Vec::new(),
        };
        for c in data_lines(NUMBERS).filter(|c| c.len() >= 3) {
            for w in c[2].split('|') {
                match c[0] {
                    "number" => {
                        let v: f64 = c[1].parse().unwrap_or(0.0);
                        let n = norm(w);
                        if n.contains(' ') {
                            lex.phrases.push((norm_words(w), v));
                        } else {
                            lex.words.insert(n, v);
                        }
                    }
                    "multiplier" => {
                        lex.multipliers.insert(norm(w), c[1].parse().unwrap_or(1.0));
                    }
                    "approx" => lex.approximators.push((norm_words(w), c[1].to_string())),
                    _ => {}
                }
            }
        }
        lex.approximators
            .sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        lex.phrases.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        lex
    }

    /// The value of a number written in one word (`ثلاثة`، `عشرين`), normalised.
    pub(super) fn word(&self, w: &str) -> Option<f64> {
        self.words.get(w).copied()
    }

    /// One past an approximator (`نحو`، `أكثر من`) starting at token `i`, the longest listed.
    pub(super) fn approximator_end(&self, view: &View, i: usize) -> Option<usize> {
        self.approximators
            .iter()
            .find_map(|(w, _)| view.match_words(i, w))
    }

    /// A number written in words from token `i`: units, tens and hundreds joined by و
    /// (`خمسة وعشرين`), teens (`ثلاثة عشر`), and multipliers (`ثلاثة آلاف`، `مئتي ألف`،
    /// `ثلاث مئة ألف`). Returns the value and one past its last token.
    fn words_value(&self, view: &View, i: usize) -> Option<(f64, usize)> {
        let (mut total, mut group, mut j, mut started) = (0.0, 0.0, i, false);
        while j < view.len() && view.is_word(j) {
            if started && !view.conj[j] {
                if let Some(&m) = self.multipliers.get(view.norm(j)) {
                    let g = if group == 0.0 { 1.0 } else { group };
                    if m == 100.0 {
                        group = g * m;
                    } else {
                        total += g * m;
                        group = 0.0;
                    }
                    j += 1;
                    continue;
                }
                if (1.0..10.0).contains(&group) && matches!(view.norm(j), "عشر" | "عشره") {
                    group += 10.0;
                    j += 1;
                    continue;
                }
                break;
            }
            // The first word stands alone; each later one comes with و (`وعشرين`).
            let phrase = self
                .phrases
                .iter()
                .find_map(|(w, v)| view.match_words(j, w).map(|e| (*v, e)));
            let single = || {
                let key = if started { &view.bare[j] } else { view.norm(j) };
                self.words
                    .get(key)
                    .or_else(|| (!started).then(|| self.words.get(&view.bare[j])).flatten())
                    .map(|v| (*v, j + 1))
            };
            let Some((v, e)) = phrase.or_else(single) else {
                break;
            };
            group += v;
            started = true;
            j = e;
        }
        started.then_some((total + group, j))
    }
}

/// `18 : 11`، `09 : 46 ص`: a clock time is no quantity (nor a time expression here).
fn clock_time(view: &View, i: usize) -> bool {
    let two_digits = |k: usize| view.kind(k) == TokenKind::Number && view.norm(k).len() <= 2;
    two_digits(i)
        && (i + 2 < view.len() && view.is_punct(i + 1, &[":"]) && two_digits(i + 2)
            || i >= 2 && view.is_punct(i - 1, &[":"]) && two_digits(i - 2))
}

/// `جنيف 9`، `فرانس 24`، `سو - 35`، `إس 4`: a number that is part of a name (inside an entity,
/// or right after one, a Latin word or a model's letters) with nothing counted after it.
fn named(view: &View, i: usize) -> bool {
    let inside = |k: usize| {
        let t = &view.tokens[k];
        view.entities
            .iter()
            .any(|e| e.start <= t.start && t.end <= e.end)
    };
    let mut k = i;
    // (`margin: 0`، `Tel : 202`: a Latin label before a colon.)
    while k > 0 && view.is_punct(k - 1, &["-", "\"", ":"]) {
        k -= 1;
    }
    inside(i)
        || k > 0
            && (inside(k - 1)
                || view.kind(k - 1) == TokenKind::Latin
                || matches!(
                    view.norm(k - 1),
                    "اس" | "سو" | "اف" | "ميغ" | "تي" | "بي" | "جي"
                ))
}

/// Heads whose number is an ordinal or an identifier, not a count: `الدقيقة 36`، `القرار 2254`،
/// `رحلة رقم 301`.
const NUMBERED: &[&str] = &[
    "الدقيقه",
    "الجوله",
    "الماده",
    "ماده",
    "القرار",
    "قرار",
    "البند",
    "الفقره",
    "الصفحه",
    "رقم",
    "الرقم",
    "برقم",
    "بالرقم",
    "الفصل",
    "الحلقه",
    "النسخه",
    "الدوره",
    "الطبعه",
    "المرحله",
    "الشوط",
    "الطريق",
    "ص",
    "صفحه",
    "الصفحه",
    "مجموعه",
    // Units and ranks named by number (`اللواء 137`، `الفرقة 30`، `بالمرتبة الـ14`).
    "اللواء",
    "الفرقه",
    "للفرقه",
    "الفوج",
    "الكتيبه",
    "المرتبه",
    "بالمرتبه",
    "المركز",
    "بالمركز",
    // A clock (`الساعة 4`، `الساعة الـ 12 مساء`) and a date's day (`بتاريخ 28`، `الموافق 5`).
    "الساعه",
    "بتاريخ",
    "الموافق",
    // A model (`طراز 777`) and a score (`بنتيجة 2-1`، `بالتعادل 1-1`).
    "طراز",
    "بنتيجه",
    "بالتعادل",
    "الترجيح",
    // A step and a verse (`الخطوة 7`، `الآية 121`).
    "الخطوه",
    "الايه",
];

fn numbered(view: &View, i: usize) -> bool {
    if view.kind(i) != TokenKind::Number {
        return false;
    }
    // (`المادة ( 66 )`، `رقم ( 104 / 47 )`، `الساعة الـ 3 مساء`: the head stands before a
    // bracket or a detached article.)
    let mut k = i;
    while k > 0 && (view.is_punct(k - 1, &["(", "-"]) || view.norm(k - 1) == "ال") {
        k -= 1;
    }
    k > 0
        && view.is_word(k - 1)
        && (NUMBERED.contains(&view.bare[k - 1].as_str()) || NUMBERED.contains(&view.norm(k - 1)))
}

/// `بالمرتبة الـ14`، `التقرير الـ 51`، `للعام الـ ( 13 )`: a number after a detached article
/// that follows a definite noun is an ordinal. (`يفوق ال - 215 ألف معتقل`, after a verb,
/// is a count.)
fn detached_ordinal(view: &View, i: usize) -> bool {
    detached_head(view, i).is_some_and(|h| definite(view, h) && ordinal_head(view, h))
}

/// `خلال الأشهر ال - 12 الأخيرة`، `في الأيام الـ 60 المقبلة`: a number after a detached article
/// that follows a unit of time counts time.
fn detached_time(att: &Attributor, view: &View, i: usize) -> bool {
    detached_head(view, i).is_some_and(|h| view.is_word(h) && of_time(att, &view.bare[h]))
}

/// The noun before the detached article (`ال - 12`، `الـ ( 13 )`) that number `i` follows.
fn detached_head(view: &View, i: usize) -> Option<usize> {
    let mut k = i;
    while k > 0 && view.is_punct(k - 1, &["(", "-"]) {
        k -= 1;
    }
    (k >= 2 && view.is_word(k - 1) && view.norm(k - 1) == "ال").then(|| k - 2)
}

/// A head that takes an ordinal: a feminine singular (`الدورة`، `بالمرتبة`), a nisba
/// (`المخيم الكشفي العالمي الـ 23`) or one of a few masculine nouns. A plural counts (`الدول
/// ال - 3`، `أعضاء المجلس ال - 15`).
fn ordinal_head(view: &View, k: usize) -> bool {
    let text = view.tokens[k]
        .text
        .trim_end_matches(|c: char| !c.is_alphabetic());
    text.ends_with('ة')
        || text.ends_with('ي')
        || matches!(
            view.bare[k].as_str(),
            "المركز"
                | "بالمركز"
                | "التقرير"
                | "القرن"
                | "اليوم"
                | "العام"
                | "للعام"
                | "الدور"
                | "الموتمر"
                | "الاجتماع"
                | "الاسبوع"
                | "الشهر"
                | "الموسم"
                | "المهرجان"
                | "الذكري"
                | "بالذكري"
        )
}

/// A word with the article, alone or after a preposition (`المرتبة`، `بالمرتبة`، `للعام`).
fn definite(view: &View, k: usize) -> bool {
    view.is_word(k)
        && (view.bare[k].starts_with("ال")
            || view.tokens[k]
                .segments
                .iter()
                .any(|m| m.role == crate::document::MorphemeRole::Article))
}

/// `09 / 11 / 17`، `( 1 / 0 )`، `5\3`، `4 / 4`، `16 / محرم / 1437`، `رقم م/ 59`، `5+1`، `+966`:
/// a number beside a slash, or joined to another by a plus, is a date, a score, a page counter,
/// a reference or a name, not a count (a rate's slash comes after its unit: `1900 كلم / ساعة`).
fn joined_by_slash(att: &Attributor, view: &View, i: usize) -> bool {
    let number = |k: usize| view.kind(k) == TokenKind::Number;
    let slash = |k: usize| view.is_punct(k, &["/", "\\"]);
    let before = i >= 1 && slash(i - 1) || i >= 2 && view.is_punct(i - 1, &["+"]) && number(i - 2);
    // (`ثمانين / دقيقة`، `1000 / دقيقة`: a rate per unit of time keeps its number.)
    // (`48/ عاما/`: an age between slashes is not a rate.)
    let rate = i + 2 < view.len()
        && view.is_word(i + 2)
        && of_time(att, view.norm(i + 2))
        && !(i + 3 < view.len() && slash(i + 3));
    let after = i + 1 < view.len() && slash(i + 1) && !rate
        || i + 2 < view.len() && view.is_punct(i + 1, &["+"]) && number(i + 2);
    let signed =
        i >= 1 && view.is_punct(i - 1, &["+"]) && view.tokens[i].start == view.tokens[i - 1].end;
    before || after || signed
}

/// `الساعة 4 مساء`، `٩.٣٠ مساء`، `18 ت غ`، `10 بتوقيت مكة`: a part of the day or a time zone
/// after a number makes it a clock time.
fn clock_after(view: &View, end: usize) -> bool {
    end < view.len()
        && view.is_word(end)
        && (matches!(
            view.norm(end),
            "مساء" | "صباحا" | "صباح" | "ظهرا" | "عصرا" | "فجرا" | "ليلا" | "بتوقيت"
        ) || view.norm(end) == "ت" && end + 1 < view.len() && view.norm(end + 1) == "غ")
}

/// `1436هـ`، `359 ه`، `476 ق . م`، `عام 1094م`: a number before an era's letter is a year
/// (`م` alone is also metres, so it marks a year only after `عام` / `سنة` or on a year-like
/// number).
fn era_year(view: &View, i: usize, end: usize) -> bool {
    // (`( 551 - 476 ق . م )`: the first year of a range takes the era after the second.)
    if end + 2 < view.len()
        && view.is_punct(end, &["-", "–"])
        && view.kind(end + 1) == TokenKind::Number
    {
        return era_year(view, end + 1, end + 2);
    }
    if end >= view.len() || !view.is_word(end) {
        return false;
    }
    let after_year_word = i > 0
        && matches!(
            view.bare[i - 1].as_str(),
            "عام" | "العام" | "سنه" | "السنه" | "عامي" | "لعام" | "بعام" | "منذ"
        );
    match view.norm(end) {
        "ه" => true,
        "ق" => end + 2 < view.len() && view.is_punct(end + 1, &["."]) && view.norm(end + 2) == "م",
        "م" => after_year_word || year_like(view, i),
        _ => false,
    }
}

/// A whole number of four digits from 1900 to 2035: a year when nothing says otherwise.
fn year_like(view: &View, i: usize) -> bool {
    let n = view.norm(i);
    view.kind(i) == TokenKind::Number
        && n.len() == 4
        && n.chars().all(|c| c.is_ascii_digit())
        && n.parse::<u32>().is_ok_and(|y| (1900..=2035).contains(&y))
}

/// A bare number that is a year (`العام الحالي 2015`، `(1943 - 1955)`), an identifier of seven
/// digits or more, or a list's item number at the start of a line (`3- السادية`، `(62) المرجع`).
fn bare_code(view: &View, i: usize) -> bool {
    if view.kind(i) != TokenKind::Number {
        return false;
    }
    let n = view.norm(i);
    let whole = n.chars().all(|c| c.is_ascii_digit());
    let year = whole && n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1900..=2035).contains(&y));
    let code = whole && n.len() >= 7;
    let mut k = i;
    if k > 0 && view.is_punct(k - 1, &["("]) {
        k -= 1;
    }
    let line_start = k == 0 || view.line_break_after(k - 1);
    let marker = line_start && i + 1 < view.len() && view.is_punct(i + 1, &["-", ")", ".", "–"]);
    // (`، 6 - لا هوادة 1942`، `: 1 - أن التنظيم`، `" 7 - قانون الملكية`: an item's number inside
    // a line, after punctuation and before a dash and a word.)
    let inline_marker = k > 0
        && (view.is_punct(k - 1, &[",", "،", ":", ".", "؛"]) || view.is_quote(k - 1))
        && i + 2 < view.len()
        && view.is_punct(i + 1, &["-", "–"])
        && view.is_word(i + 2);
    // (`[ 1 ] يقصد ابن خلدون`: a note's number in square brackets.)
    let note =
        i > 0 && i + 1 < view.len() && view.is_punct(i - 1, &["["]) && view.is_punct(i + 1, &["]"]);
    year || code || marker || inline_marker || note
}

/// `01`، `0400`: a number written with a leading zero is a code or a clock, not a count.
fn leading_zero(view: &View, i: usize) -> bool {
    let n = view.norm(i);
    view.kind(i) == TokenKind::Number && n.len() > 1 && n.starts_with('0') && !n.contains('.')
}

/// Whether the word after a number can be what it counts: not a definite word (`11
/// السعودية`), nor a word with a conjunction glued to it (`41 وأوضحت`) or a pronoun suffix.
fn counted_noun(view: &View, k: usize) -> bool {
    let n = view.norm(k);
    // (The segmenter's call, not a bare first letter: `3 فلسطينيين` counts Palestinians.)
    let glued_conjunction = view.conj[k]
        && view.bare[k] != n
        && (view.has_proclitic(k, "و") || view.has_proclitic(k, "ف"));
    // `التقرير الـ 51 لمؤسسة النقد`، `1 بوزارة`: a preposition glued to the word after a
    // number starts a phrase of its own. (Not ك, which the segmenter finds in `كلم`; and not
    // before an accusative ending, which no preposition takes, nor a nisba, which it finds in
    // `لبناني`: `16 بحارا`، `92 ألف لبناني`.)
    // (`" 777 " للخطوط الجوية`: a definite word after a preposition neither.)
    let definite_after_preposition = ["بال", "لل", "كال"].iter().any(|p| n.starts_with(p))
        && view.tokens[k]
            .segments
            .iter()
            .any(|m| m.role == crate::document::MorphemeRole::Proclitic);
    let glued_preposition = ["ب", "ل"].iter().any(|p| view.has_proclitic(k, p))
        && !["ا", "ي", "يين", "يون"].iter().any(|e| n.ends_with(e));
    // `2018 بروسيا`، `738303 زين`: a known name is not what a number counts. (The gazetteer's
    // only: the tagger also takes currencies for names, `678 مليون بيزو`.)
    // (The name may start after a glued preposition: `بروسيا`.)
    let t = &view.tokens[k];
    let name = view.entities.iter().any(|e| {
        e.start < t.end
            && t.start < e.end
            && e.origin == "gazetteer"
            && matches!(
                e.kind,
                EntityType::Per | EntityType::Org | EntityType::Gpe | EntityType::Loc
            )
    });
    // `5ر`، `18 ت غ`، `476 ق . م`: one letter is an abbreviation or a broken word; only `م`
    // (metres) counts.
    let letter = n.chars().count() == 1 && n != "م";
    let suffixed = pronoun_suffix(view, k);
    !n.starts_with("ال")
        && !glued_conjunction
        && !glued_preposition
        && !definite_after_preposition
        && !letter
        && !suffixed
        && !name
}

/// (`193 تضمها`: a pronoun suffix marks a verb or a possessed noun, not a count.)
/// (Third-person suffixes only: `نا` is also the accusative ending after ن, `40 لونا`.)
fn pronoun_suffix(view: &View, k: usize) -> bool {
    view.tokens[k].segments.iter().any(|m| {
        m.role == crate::document::MorphemeRole::Enclitic
            && matches!(m.text.as_str(), "ه" | "ها" | "هم" | "هما" | "هن")
    })
}

/// Whether the normalised word `w`, with or without its article, is a unit of time
/// (`سنوات`، `السنين`، `الساعات`).
fn of_time(att: &Attributor, w: &str) -> bool {
    att.calendar.is_time_unit(w)
        || w.strip_prefix("ال")
            .is_some_and(|b| att.calendar.is_time_unit(b))
}

/// `من القادة` after a number: the definite plural it is a part of. Returns its token.
fn of_plural(view: &View, k: usize) -> Option<usize> {
    (k + 1 < view.len()
        && view.norm(k) == "من"
        && view.is_word(k + 1)
        && view.norm(k + 1).starts_with("ال")
        && !matches!(view.norm(k + 1), "الاصل" | "اصل"))
    .then_some(k + 1)
}

/// `الدول الخمس`، `الأطراف الثلاثة`: a definite number word after the definite plural it
/// counts (3 to 10, so that `الثاني` and the like stay ordinals). Starts at the noun, token `i`.
fn counted_after(att: &Attributor, view: &View, i: usize) -> Option<(Quantity, usize)> {
    let k = i + 1;
    if k >= view.len() || !view.is_word(i) || !view.is_word(k) {
        return None;
    }
    let noun = view.norm(i);
    let number = view.norm(k).strip_prefix("ال")?;
    let &value = att.numbers.words.get(number)?;
    if !noun.starts_with("ال")
        || !(3.0..=10.0).contains(&value)
        || att.calendar.is_time_unit(&noun["ال".len()..])
        || att.calendar.is_time_unit(noun)
        || view.entity_at(i).is_some()
    {
        return None;
    }
    let mut q = quantity(view, i, k + 1, Some(value), None);
    q.unit = Some(view.slice(q.start, view.tokens[i].end).to_string());
    Some((q, k + 1))
}

/// A vague amount from token `i`: `عشرات القتلى`، `مئات الآلاف من المهاجرين`، `العشرات`،
/// `عدة مدن`. Its value is null; the unit is the counted noun, after `من` when there is one.
fn vague_amount(att: &Attributor, view: &View, i: usize) -> Option<(Quantity, usize)> {
    let vague = |k: usize| VAGUE.contains(&view.bare[k].as_str()) || VAGUE.contains(&view.norm(k));
    if !view.is_word(i) || !vague(i) {
        return None;
    }
    // `ثلاثة آلاف` is a number (the caller reads it); only a first word counts here.
    if i > 0 && view.is_word(i - 1) && view.kind(i - 1) == TokenKind::Number {
        return None;
    }
    // `لسنوات عدة مطلب المعارضة`، `بعد محاولات عدة أجابه`: `عدة` after a plural in ـات
    // follows what it counts, and the word after it is none of it. (Not after an adjective in
    // ـية, which may end a name before it: `قناة CBC المصرية عدة حلقات`.)
    if matches!(view.bare[i].as_str(), "عده" | "بضعه" | "بضع") && i > 0 && !view.conj[i] {
        let before = view.norm(i - 1);
        if view.is_word(i - 1) && before.chars().count() >= 5 && before.ends_with("ات") {
            return None;
        }
    }
    let mut end = i + 1;
    // `مئات الآلاف`، `بضعة مليارات`
    let doubled = end < view.len() && vague(end);
    if doubled {
        end += 1;
    }
    let unit = if let Some(k) = of_plural(view, end) {
        end = k + 1;
        Some(k)
    } else if end < view.len()
        && view.is_word(end)
        && !NOT_UNITS.contains(&view.norm(end))
        && !FUNCTION_WORDS.contains(&view.norm(end))
        && !view.tokens[end]
            .segments
            .iter()
            .any(|m| m.role == crate::document::MorphemeRole::Proclitic)
        // (`محاولات عدة أجابه الموظف`: `عدة` after its noun, and a verb after it.)
        && !pronoun_suffix(view, end)
        // `مئات القتلى` (a definite genitive), `عدة مدن` (an indefinite plural); `المئات`
        // stands alone (`المئات شاركوا`).
        && if matches!(view.norm(i), "العشرات" | "الميات" | "الالاف") {
            false
        } else if matches!(view.bare[i].as_str(), "عده" | "بضعه" | "بضع") {
            !view.norm(end).starts_with("ال")
        } else {
            view.norm(end).starts_with("ال")
        }
    {
        end += 1;
        Some(end - 1)
    } else {
        None
    };
    // `عدة` and `بضعة` without what they count are other words (`عدة` is also a tool).
    if unit.is_none() && !doubled && matches!(view.bare[i].as_str(), "عده" | "بضعه" | "بضع")
    {
        return None;
    }
    // `منذ عدة سنوات`، `بعد بضع ساعات`، `مئات السنين`: an amount of time is a time
    // expression, and `في الـ 35 من العمر` an age.
    if unit.is_some_and(|k| of_time(att, view.norm(k)) || view.norm(k) == "العمر") {
        return None;
    }
    let mut q = quantity(view, i, end, None, None);
    q.unit = unit.map(|k| view.tokens[k].text.clone());
    Some((q, end))
}

/// The quantity over tokens `[first, end)`, without a conjunction glued to its first word
/// (`وثلاثة آلاف`); its unit is the caller's to set.
fn quantity(
    view: &View,
    first: usize,
    end: usize,
    value: Option<f64>,
    approx: Option<(String, String)>,
) -> Quantity {
    let start = view.start_as(first, &view.bare[first]);
    let stop = view.tokens[end - 1].end;
    Quantity {
        text: view.slice(start, stop).to_string(),
        start,
        end: stop,
        value,
        approx: approx.as_ref().map(|(text, _)| text.clone()),
        relation: approx.map(|(_, rel)| rel),
        unit: None,
    }
}

/// Token `i` is a short whole number, then `.` and a short number, each one space apart.
fn spaced_decimal(view: &View, i: usize) -> bool {
    const MAX_DIGITS: usize = 3;
    let short = |k: usize| {
        view.kind(k) == TokenKind::Number
            && view.norm(k).chars().count() <= MAX_DIGITS
            && view.norm(k).chars().all(|c| c.is_ascii_digit())
    };
    i + 2 < view.len()
        && short(i)
        && view.is_punct(i + 1, &["."])
        && short(i + 2)
        && view.tokens[i + 1].start - view.tokens[i].end <= 1
        && view.tokens[i + 2].start - view.tokens[i + 1].end <= 1
}

/// Token `k` is a number written in ASCII digits alone.
fn digits(view: &View, k: usize) -> bool {
    view.kind(k) == TokenKind::Number && view.norm(k).chars().all(|c| c.is_ascii_digit())
}

/// Token `i` is a number, glued to a lone `ر` and another number (`6ر19`).
fn afp_decimal(view: &View, i: usize) -> bool {
    let digits = |k: usize| digits(view, k);
    i + 2 < view.len()
        && digits(i)
        && view.norm(i + 1) == "ر"
        && digits(i + 2)
        && view.tokens[i + 1].start == view.tokens[i].end
        && view.tokens[i + 2].start == view.tokens[i + 1].end
}

/// A number set apart by a comma: `1 , 593 فلسطينيا` (a thousands group of three digits
/// after a short number) or `2 , 6 مليون` (a decimal before a multiplier), as tokenised copy
/// writes them; `(0،46 دولارا)` glued. Returns the value and one past its last token.
fn spaced_comma(view: &View, i: usize) -> Option<(f64, usize)> {
    let digits = |k: usize| digits(view, k);
    if i + 2 >= view.len() || !digits(i) || !view.is_punct(i + 1, &[",", "،"]) || !digits(i + 2) {
        return None;
    }
    let gap = |a: usize, b: usize| view.tokens[b].start - view.tokens[a].end;
    let (int, frac) = (view.norm(i), view.norm(i + 2));
    if gap(i, i + 1) > 1 || gap(i + 1, i + 2) > 1 || int.len() > 3 {
        return None;
    }
    let glued = gap(i, i + 1) == 0 && gap(i + 1, i + 2) == 0;
    let multiplier = i + 3 < view.len()
        && matches!(
            view.norm(i + 3),
            "الف" | "الاف" | "مليون" | "ملايين" | "مليار" | "مليارات" | "تريليون"
        );
    if frac.len() == 3 && !glued && !multiplier {
        let v: f64 = format!("{int}{frac}").parse().ok()?;
        return Some((v, i + 3));
    }
    if frac.len() <= 2 && (multiplier || glued && int == "0") {
        let v: f64 = format!("{int}.{frac}").parse().ok()?;
        return Some((v, i + 3));
    }
    None
}

/// Digits with their separators: a comma before groups of three is a thousands separator
/// (`1,500`), before one or two digits a decimal comma (`11,9`، `20,5%`).
fn parse_digits(s: &str) -> Option<f64> {
    let groups: Vec<&str> = s.split(',').collect();
    let thousands = groups[1..].iter().all(|g| g.len() == 3);
    let cleaned = match groups.as_slice() {
        [int, frac] if !thousands && (1..=2).contains(&frac.len()) => format!("{int}.{frac}"),
        _ => s.replace(',', ""),
    };
    cleaned.parse().ok()
}

/// Every quantity of the document outside the time expressions `times`.
pub fn find_quantities(att: &Attributor, view: &View, times: &[TimeExpression]) -> Vec<Quantity> {
    let lex = &att.numbers;
    let in_time = |i: usize| {
        let t = &view.tokens[i];
        // (`ما يقارب 1400 إلى 1500 هكتار`: a lone number read as a year outside the years news
        // speaks of, before a noun, is a count.)
        // (Tested only for a time that is the number alone: `counted_noun` reads the entities.)
        let counted = || {
            view.kind(i) == TokenKind::Number
                && !year_like(view, i)
                && i + 1 < view.len()
                && view.is_word(i + 1)
                && !NOT_UNITS.contains(&view.norm(i + 1))
                && !FUNCTION_WORDS.contains(&view.norm(i + 1))
                && !att.calendar.is_time_unit(view.norm(i + 1))
                && counted_noun(view, i + 1)
        };
        times.iter().any(|x| {
            x.start <= t.start
                && t.end <= x.end
                && !(x.start == t.start && x.end == t.end && counted())
        })
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < view.len() {
        if in_time(i) || clock_time(view, i) || leading_zero(view, i) {
            i += 1;
            continue;
        }
        if let Some(q) = vague_amount(att, view, i).or_else(|| counted_after(att, view, i)) {
            i = q.1;
            out.push(q.0);
            continue;
        }
        let afp = afp_decimal(view, i)
            .then(|| {
                format!("{}.{}", view.norm(i + 2), view.norm(i))
                    .parse()
                    .ok()
            })
            .flatten();
        let (value, mut end) = if let Some(v) = afp {
            // `6ر19 بالمئة`، `(5ر1 مليار دولار)`: agency copy writes a decimal with ر, the
            // fraction first in the text's order (19.6, 1.5).
            (v, i + 3)
        } else if let Some(spaced) = spaced_comma(view, i) {
            spaced
        } else if view.kind(i) == TokenKind::Number {
            match parse_digits(view.norm(i)) {
                // `4 . 8 مليون`: a decimal point set off by spaces (the sentence splitter reads
                // it so too).
                Some(v) if spaced_decimal(view, i) => {
                    let fraction = view.norm(i + 2);
                    let v = format!("{v}.{fraction}").parse().unwrap_or(v);
                    (v, i + 3)
                }
                Some(v) => (v, i + 1),
                None => {
                    i += 1;
                    continue;
                }
            }
        } else if let Some((v, e)) = lex.words_value(view, i) {
            (v, e)
        } else {
            i += 1;
            continue;
        };
        let mut value: f64 = value;
        // `(36) ألف منزل`، `( 29 ) مركزاً`، `"28" أسرة`: a number set in brackets or quotation
        // marks before what it counts (Saudi papers write them so).
        let mut opened = None;
        if view.kind(i) == TokenKind::Number && i > 0 && end + 1 < view.len() {
            let brackets = view.is_punct(i - 1, &["("]) && view.is_punct(end, &[")"]);
            let quoted = view.is_quote(i - 1) && view.is_quote(end) && view.is_word(end + 1);
            // (`(12) انظر ...` at a line's start is a note's number.)
            let note = brackets && (i == 1 || view.line_break_after(i - 2));
            if note {
                i = end + 1;
                continue;
            }
            if brackets || quoted {
                opened = Some(i - 1);
                end += 1;
            }
        }
        // `2 مليون` (number words take their multipliers themselves)
        let mut multiplied = false;
        if view.kind(i) == TokenKind::Number && end < view.len() && view.is_word(end) {
            if let Some(m) = lex.multipliers.get(view.norm(end)) {
                if value < *m {
                    value *= m;
                    end += 1;
                    multiplied = true;
                }
            }
        }
        // A lone number word that is not a count (`ست قاذفات` is; `واحد` alone is rarely).
        let mut first = opened.unwrap_or(i);
        let mut approx = None;
        for (w, rel) in &lex.approximators {
            if w.len() <= first {
                let s = first - w.len();
                if view.match_words(s, w) == Some(first) {
                    // (`ونحو 30 شخصا`: the approximator as written, without its و.)
                    approx = Some((
                        view.slice(view.start_as(s, &w[0]), view.tokens[first - 1].end)
                            .to_string(),
                        rel.clone(),
                    ));
                    first = s;
                    break;
                }
            }
        }
        let number_end = end;
        let per_cent = end + 1 < view.len()
            && matches!(view.norm(end), "في" | "ب")
            && matches!(view.norm(end + 1), "الميه" | "المايه");
        let unit = if end < view.len() && view.is_punct(end, &["%"]) {
            end += 1;
            Some("%".to_string())
        } else if per_cent {
            // `15 في المئة`
            end += 2;
            Some("%".to_string())
        } else if end < view.len() && matches!(view.norm(end), "بالميه" | "بالمايه") {
            end += 1;
            Some("%".to_string())
        } else if end < view.len()
            && view.is_word(end)
            // (`2015 ⏎ دان شيسو`: a line break parts a number from the next line's words.)
            && !view.line_break_after(end - 1)
            && !NOT_UNITS.contains(&view.norm(end))
            && !FUNCTION_WORDS.contains(&view.norm(end))
            && !in_time(end)
            && counted_noun(view, end)
        {
            let u = view.tokens[end].text.clone();
            end += 1;
            Some(u)
        } else if let Some(k) = of_plural(view, end) {
            // `11 من القادة`
            let u = view.tokens[k].text.clone();
            end = k + 1;
            Some(u)
        } else {
            None
        };
        // A bracketed number with nothing counted after it is a bare number (`(12)`).
        if opened.is_some() && unit.is_none() && !multiplied {
            end = i + 1;
            if approx.is_none() {
                first = i;
            }
        }
        // An amount of time is a time expression, and an age neither (`( 25 عاما )`).
        let of_time = unit.is_some() && of_time(att, view.norm(end - 1));
        // `موازنة 2015 بواقع`، `رؤية 2030 تخص`: a year-like number before a word is a year,
        // unless that word has the accusative ending of a counted noun (`2014 شخصا`) or the
        // number is round (`2000 ليرة`).
        let year = unit.as_deref().is_some_and(|u| u != "%")
            && year_like(view, i)
            && value % 100.0 != 0.0
            && approx.is_none()
            && !multiplied
            && !view.norm(end - 1).ends_with('ا');
        // `واحدة`، `أحد أهم`: "one (of)" is no count.
        let one = view.kind(i) != TokenKind::Number && value == 1.0;
        // `سبعة منهم`: a number word counting "of them" is a count with nothing named.
        let of_them =
            end < view.len() && matches!(view.norm(end), "منهم" | "منها" | "منهن" | "منهما");
        // `أربعة آلاف تم التعرف عليهم`، `وإصابة خمسة حيث`: a number word with a multiplier or
        // before a function word counts what the sentence has named (not `عشر` alone, the
        // end of an ordinal: `القرن السادس عشر قد`).
        let ends_count = multiplied
            || number_end - i >= 2 && value >= 1000.0
            || value >= 3.0
                && end < view.len()
                && FUNCTION_WORDS.contains(&view.norm(end))
                && !matches!(view.bare[i].as_str(), "عشر" | "عشره");
        // `تو - 22 نفذت`، `إف - 16 بلوك`: a model's letters joined by a dash name it whatever
        // follows.
        let model = i >= 2
            && view.is_punct(i - 1, &["-"])
            && matches!(
                view.norm(i - 2),
                "اس" | "سو" | "اف" | "ميغ" | "تي" | "بي" | "جي" | "تو" | "ام"
            );
        if view.kind(i) != TokenKind::Number && unit.is_none() && !of_them && !ends_count
            || model
            || unit.is_none() && approx.is_none() && !multiplied && named(view, i)
            || of_time
            || year
            || era_year(view, i, number_end)
            || clock_after(view, number_end)
            || view.kind(i) == TokenKind::Number && joined_by_slash(att, view, i)
            || unit.is_none() && !multiplied && detached_ordinal(view, i)
            || unit.is_none() && !multiplied && detached_time(att, view, i)
            || unit.is_none() && time_range(att, view, in_time, number_end)
            || one
            || numbered(view, i)
            || unit.is_none() && approx.is_none() && !multiplied && bare_code(view, i)
        {
            i = end.max(i + 1);
            continue;
        }
        let mut q = quantity(view, first, end, Some(value), approx);
        q.unit = unit;
        out.push(q);
        i = end;
    }
    drop_scores(view, &mut out);
    share_range_units(lex, view, &mut out);
    out
}

/// `خسر أمام الهلال 1-2`، `مباراة انتهت 3 - 3`، `بنتيجة 7-5 و7-5`: two short whole numbers in
/// digits joined by a hyphen, with nothing counted after them and no `من` / `بين` before them,
/// are a score.
fn drop_scores(view: &View, out: &mut Vec<Quantity>) {
    let short = |q: &Quantity| {
        q.unit.is_none()
            && q.approx.is_none()
            && q.text.chars().all(char::is_numeric)
            && q.value.is_some_and(|v| v < 100.0)
    };
    let mut score = vec![false; out.len()];
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if short(a)
            && short(b)
            && matches!(view.slice(a.end, b.start).trim(), "-" | "–")
            && !range_opened(view, a)
        {
            score[k - 1] = true;
            score[k] = true;
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !score[k - 1]
    });
}

/// Quantity `q` opens a range: `من` or `بين` just before it (`من 5 إلى 10`، `بين 20 و25`).
fn range_opened(view: &View, q: &Quantity) -> bool {
    let before = view.slice(q.start.saturating_sub(8), q.start).trim_end();
    before.ends_with("بين") || before.ends_with("من")
}

/// `من 27 إلى 29 يوليو`، `ما بين 4 إلى 6 أسابيع`، `من 800 إلى مليون سنة`: the first number of a
/// range whose second is a time (or an amount of time) is a time too.
fn time_range(att: &Attributor, view: &View, in_time: impl Fn(usize) -> bool, end: usize) -> bool {
    let k = end + 1;
    k < view.len()
        && (view.is_punct(end, &["-", "–", "ـ"]) || matches!(view.norm(end), "الي" | "حتي"))
        && (view.kind(k) == TokenKind::Number || view.is_word(k))
        // (The time must reach past the number: `1400 إلى 1500 هكتار` is no range of years.)
        && (in_time(k) && k + 1 < view.len() && in_time(k + 1)
            || (k + 1..(k + 3).min(view.len()))
                .any(|j| view.is_word(j) && of_time(att, view.norm(j))))
}

/// `بين 20 و25 إرهابياً`، `230 - 250 جندي`، `من 5 إلى 10 أشخاص`: two numbers joined in a range
/// are two quantities, each with the noun counted after the second (GUIDELINES.md), and with
/// its multiplier (`100 إلى 150 ألف ساكن`: 100000).
fn share_range_units(lex: &NumberLexicon, view: &View, out: &mut [Quantity]) {
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &tail[0]);
        if a.unit.is_some() || b.unit.is_none() || a.value.is_none() || b.value.is_none() {
            continue;
        }
        let joiner = view.slice(a.end, b.start).trim();
        // (`إلى` and `و` join a range only after `من` / `بين` or an approximator: `زادت بنسبة
        // 9.3 إلى 7 تريليونات ين` is a rise to a sum.)
        let between = view
            .slice(a.start.saturating_sub(8), a.start)
            .trim_end()
            .ends_with("بين");
        let opened = a.approx.is_some() || range_opened(view, a);
        let joined = matches!(joiner, "-" | "–" | "ـ" | "ــ" | "أو" | "او")
            || matches!(joiner, "إلى" | "الى" | "حتى") && opened
            || joiner == "و" && between;
        if joined {
            a.unit = b.unit.clone();
            let t = view.token_at(b.start);
            let multiplier =
                (b.approx.is_none() && view.kind(t) == TokenKind::Number && t + 1 < view.len())
                    .then(|| lex.multipliers.get(view.norm(t + 1)))
                    .flatten();
            if let (Some(&m), Some(v)) = (multiplier, a.value) {
                if v < m {
                    a.value = Some(v * m);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_digits;

    #[test]
    fn separators_tell_thousands_from_decimals() {
        assert_eq!(parse_digits("1,500"), Some(1500.0));
        assert_eq!(parse_digits("1,500,000"), Some(1_500_000.0));
        assert_eq!(parse_digits("11,9"), Some(11.9));
        assert_eq!(parse_digits("20,55"), Some(20.55));
        assert_eq!(parse_digits("300"), Some(300.0));
    }
}
