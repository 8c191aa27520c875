//! Content spans: where a reported statement's words begin and end, quoted or not.
//!
//! Indirect speech starts after `أن`/`إن` (and their pronoun forms `إنه`، `بأنها`) and runs to
//! the end of the clause: the sentence end, or the next clause-level cue (`، وأضاف أن`،
//! `مشيرا إلى`، `في حين قالت`), whichever comes first. Direct speech starts after an opening
//! quote (doubled quotes, as in the seed's `""ثمة`, count once) and ends at the next quote; a
//! quote left open (the seed's line 22 closes one it never opened) ends at the line's end.

use super::cues::{CueForm, NOT_RULED_OUT};
use super::{Attributor, View};

/// Forms of أن / إن that open indirect speech (normalised: alef folded).
const CLAUSE_OPENERS: &[&str] = &[
    "ان",
    "بان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "اننا",
    "انني",
    "انهن",
    "بانه",
    "بانها",
    "بانهم",
    "بانهما",
    "باننا",
];

/// Words that join a clause to the next one and do not belong to either's content.
const CONNECTORS: &[&str] = &[
    "و",
    "في",
    "حين",
    "بينما",
    "فيما",
    // (`، حيث أشارت إلى أن`: "whereby", the speaker's next statement.)
    "حيث",
    "كما",
    "لكن",
    "ولكن",
    "غير",
    "ثم",
    "لكنه",
    "لكنها",
    "ولكنه",
    "ولكنها",
    "لكنهم",
    "الا",
];

/// Words that open a contrasting clause with its own subject: the content before them ends.
const CONTRAST_OPENERS: &[&str] = &["لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم", "ولكنهم"];

/// Token `i` opens indirect speech.
pub fn is_clause_opener(view: &View, i: usize) -> bool {
    view.is_word(i)
        && CLAUSE_OPENERS.contains(&view.norm(i))
        // `الأمين العام بان كي مون`: a name, not بأن.
        && !(view.norm(i) == "بان" && i + 1 < view.len() && view.norm(i + 1) == "كي")
}

/// `لم`, with or without و: the negation `, ولم يستبعد` opens its own statement with.
fn past_negation(view: &View, k: usize) -> bool {
    matches!(view.norm(k), "لم" | "ولم")
}

/// Whether a cue at token `i` starts a new clause (so that it ends the content before it).
pub fn is_clause_level_cue(att: &Attributor, view: &View, i: usize) -> bool {
    // `, مشير ا إلى أن`: a participle the corpus broke in two ends the content too.
    let Some(cue) = att.cues.at(view, i).or_else(|| att.cues.broken_at(view, i)) else {
        return false;
    };
    if cue.form == CueForm::Participle {
        return true;
    }
    if view.conj[i] && att.cues.lookup(view.norm(i)).is_none() {
        return true;
    }
    if i > 0 && view.is_word(i - 1) && CONTRAST_OPENERS.contains(&view.norm(i - 1)) {
        return true;
    }
    // `... 19 مصابا فيما قال مستشفى بوست إنه`: a subordinator opens a clause, comma or not.
    if i > 0 && view.is_word(i - 1) && matches!(view.norm(i - 1), "فيما" | "بينما" | "حين")
    {
        return true;
    }
    // `، قال`، `في حين قالت`، `بينما أكد`، `, ولم يستبعد`
    let mut k = i;
    if i > 0 && cue.lemma == NOT_RULED_OUT && past_negation(view, i - 1) {
        k -= 1;
    }
    while k > 0 {
        k -= 1;
        if view.is_punct(k, &[",", "،", "-", ";"]) {
            return true;
        }
        if !(view.is_word(k) && CONNECTORS.contains(&view.norm(k))) {
            return false;
        }
    }
    false
}

/// Participles of what a speaker does besides reporting (normalised; the reporting ones are cues
/// and end a content already).
const SPEAKER_ACTS: &[&str] = &[
    "منتقدا",
    "منتقده",
    "داعيا",
    "مطالبا",
    "معربا",
    "معربه",
    "مستنكرا",
    "مستنكره",
    "مرحبا",
    "مرحبه",
    "مهددا",
    "متوعدا",
    "متسايلا",
    "مناشدا",
    "مطمينا",
];

/// What a narrator notes the speaker did not give (normalised): `ولم يذكر | أي تفاصيل`.
const UNSAID: &[&str] = &[
    "اي",
    "مزيدا",
    "المزيد",
    "تفاصيل",
    "التفاصيل",
    "عدد",
    "اسم",
    "اسماء",
    "هويه",
    "سبب",
    "اسباب",
    "مصدر",
    "موعدا",
    "موعد",
];

/// A short subject of plain words from token `s`, then a finite reporting verb within three
/// words (`لكن | الجماعة تنفي`، `إلا أن | مراقبين يؤكدون`).
fn reports_next(att: &Attributor, view: &View, s: usize, end: usize) -> bool {
    (s + 1..(s + 4).min(end)).any(|k| {
        att.cues
            .at(view, k)
            .is_some_and(|c| c.form == CueForm::Finite)
            && (s..k).all(|t| view.is_word(t) && !is_clause_opener(view, t))
    })
}

/// One past the last token of indirect content starting at `from`.
pub fn indirect_end(att: &Attributor, view: &View, from: usize) -> usize {
    let end = view.sentence_end(from.min(view.len().saturating_sub(1)));
    // (`إن " عدد المسلحين كانوا عشرين , حيث ادعوا أنهم ...`: inside words the speaker is quoted
    // in, `حيث` goes on with his own account.)
    let quoted = marked_quote(view, from);
    let mut j = from;
    while j < end {
        if j > from && is_clause_level_cue(att, view, j) && !(quoted && view.norm(j - 1) == "حيث")
        {
            // (`, ولم يستبعد`: the negation is the next statement's.)
            if j > from + 1 && past_negation(view, j - 1) {
                j -= 1;
            }
            break;
        }
        // `... وقد أكدت وكالة الأنباء الفرنسية وقوع ...`: و/ف with قد opens a clause of its own.
        if j > from
            && j + 1 < end
            && matches!(view.norm(j), "وقد" | "فقد")
            && att
                .cues
                .at(view, j + 1)
                .is_some_and(|c| c.form == CueForm::Finite)
        {
            break;
        }
        // `... صحة ما نشرته في الوقت نفسه أكد قيادي`: "meanwhile" and a verb of saying open
        // the next report (the paper left out the full stop).
        if j > from
            && j + 3 < end
            && matches!(view.norm(j), "في" | "وفي")
            && view.norm(j + 1) == "الوقت"
            && matches!(view.norm(j + 2), "نفسه" | "ذاته")
        {
            let v = if view.is_punct(j + 3, &[",", "،"]) {
                j + 4
            } else {
                j + 3
            };
            if att
                .cues
                .at(view, v)
                .is_some_and(|c| c.form == CueForm::Finite)
            {
                break;
            }
        }
        // `... تقدمت لكن الجماعة تنفي ذلك`: a contrasting clause whose subject reports in turn.
        if j > from && matches!(view.norm(j), "لكن" | "ولكن") && reports_next(att, view, j + 1, end)
        {
            break;
        }
        // `..., إلا أن مكتب صالح نفى`: a contrasting clause with its own subject; without the
        // comma when a reporting verb follows its subject (`... على الإرهاب إلا أن مراقبين
        // يؤكدون أن`).
        if j > from
            && j + 1 < end
            && matches!(view.bare[j].as_str(), "الا" | "غير")
            && matches!(view.norm(j + 1), "ان" | "انه" | "انها")
            && (view.is_punct(j - 1, &[",", "،"]) || reports_next(att, view, j + 2, end))
        {
            break;
        }
        // `... تسليمه للمغرب ولم تذكر أي تفاصيل`، `دون أن يوضح`: the narrator's note on what the
        // speaker left unsaid.
        if j > from && j + 3 < end {
            let verb = if matches!(view.norm(j), "ولم" | "ولا") {
                Some(j + 1)
            } else if matches!(view.bare[j].as_str(), "دون" | "بدون") && view.norm(j + 1) == "ان"
            {
                Some(j + 2)
            } else {
                None
            };
            // (Only before what was left out, `أي تفاصيل`: `ولم يذكر الشهادتين` may be said.)
            if verb.is_some_and(|v| {
                att.cues.at(view, v).is_some() && UNSAID.contains(&view.bare[v + 1].as_str())
            }) {
                // (`من دون أن`: the preposition goes too.)
                let at = if j > from + 1 && view.norm(j - 1) == "من" {
                    j - 1
                } else {
                    j
                };
                return trim_end(view, from, at);
            }
        }
        // `... وإنهم غزاة في المنطقة وذلك ردا على تصريحات لبارزاني`: the narrator says what the
        // words answered.
        if j > from
            && j + 1 < end
            && matches!(view.norm(j), "وذلك" | "وهذا")
            && matches!(view.bare[j + 1].as_str(), "ردا" | "تعليقا")
        {
            break;
        }
        // `..." الأسوأ على الإطلاق " , منتقدا " ضعف إدارة " أوباما`: after a comma, a
        // participle of the speaker's own stance (criticising, calling for, welcoming) opens
        // his next act, not more of what he said.
        if j > from
            && view.is_punct(j - 1, &[",", "،"])
            && SPEAKER_ACTS.contains(&view.bare[j].as_str())
        {
            break;
        }
        // `, بحسب ...` or `" بحسب ما نقلته ...` after a closing quote: the attribution of
        // what came before, not part of it (`, نقلا عن مصادر طبية` too: whom the speaker had
        // it from).
        if (view.is_punct(j, &[",", "،"]) || (j > from && view.is_quote(j)))
            && att.phrases.at(view, j + 1).is_some()
        {
            break;
        }
        j += 1;
    }
    trim_end(view, from, j)
}

/// One past the last token of direct content starting at `from` (the token after the opening
/// quote), and the index of the closing quote if there is one.
pub fn direct_end(att: &Attributor, view: &View, from: usize) -> (usize, Option<usize>) {
    let unmarked = !marked_quote(view, from);
    let mut j = from;
    while j < view.len() {
        if view.is_quote(j) && j > from {
            return (j, Some(j));
        }
        // `قال السيوطي : هذه الآية أصل في التجارة . كما وردت أحاديث , قال رسول الله : "`:
        // words after a colon with no quotation mark end with their sentence when the next
        // one brings its own speaker.
        if unmarked && j > from && view.is_punct(j, &["."]) && report_opens(att, view, j + 1) {
            return (trim_end(view, from, j), None);
        }
        // `" آمر ... الدائمة وأضاف بوتين : "`: a quote left open ends where the narrator
        // takes over again, a verb of saying with the speaker named after it. (Not when a
        // quote still closes this one: `" ... , وقالت اليونسكو قبل عام أنه ... "` is quoted.)
        if j > from && narrator_resumes(att, view, j) && !closes_later(view, j) {
            return (trim_end(view, from, j), None);
        }
        // `«اتفاقا كاملا جرى ... تركيا. وقالت المصادر إن الإرهاب ...»`، `«... والمنة. وأضاف أن
        // ...`: a sentence that opens with the narrator's past verb of saying and its words is
        // his, though a quote mark closes later (one the writer moved or never opened).
        if j > from && ends_sentence(view, j) && narrator_opens(att, view, j + 1) {
            return (trim_end(view, from, j), None);
        }
        if view.line_break_after(j) {
            return (trim_end(view, from, j + 1), None);
        }
        j += 1;
    }
    (trim_end(view, from, j), None)
}

/// A quotation mark opens the words at `from` (`: " ...`، `: " إن ...`).
pub fn marked_quote(view: &View, from: usize) -> bool {
    let mut p = from;
    if p > 0 && is_clause_opener(view, p - 1) {
        p -= 1;
    }
    p > 0 && view.is_quote(p - 1)
}

/// Words opening with brackets after a colon (`: ( فإذا قضيت الصلاة ... )`، `: (( ربنا ... ))`)
/// that close on the same line before punctuation: the first word inside and the first
/// closing bracket. (`: " ( وحدات الحماية ) مسلحة`: inside a quotation they are the
/// speaker's own.)
pub fn bracketed(view: &View, from: usize) -> Option<(usize, usize)> {
    if from == 0 || !view.is_punct(from - 1, &[":"]) {
        return None;
    }
    verse_in_brackets(view, from)
}

/// `يقول تعالى (وقالوا ...) صدق الله العظيم`: the same, the bracket opening at `from` right
/// after God's name with no colon.
pub fn bracketed_after_god(view: &View, from: usize) -> Option<(usize, usize)> {
    let after_god =
        from > 0 && view.is_punct(from, &["("]) && super::speakers::gods_name_at(view, from - 1);
    after_god.then(|| verse_in_brackets(view, from)).flatten()
}

/// The words in brackets from token `from` (the brackets skipped), when they close on the same
/// line before punctuation or `صدق الله`.
fn verse_in_brackets(view: &View, from: usize) -> Option<(usize, usize)> {
    const LONGEST: usize = 150;
    const SHORTEST: usize = 3;
    let first = (from..view.len())
        .take(2)
        .take_while(|&k| view.is_punct(k, &["("]))
        .last()?
        + 1;
    let mut k = first;
    while k < view.len() && k < first + LONGEST {
        if view.is_punct(k, &[")"]) {
            let words = (first..k).filter(|&t| view.is_word(t)).count();
            let mut after = k + 1;
            while after < view.len() && view.is_punct(after, &[")"]) {
                after += 1;
            }
            // (`... ) صدق الله العظيم`: the formula that closes a recitation.)
            let closes = after >= view.len()
                || view.line_break_after(after - 1)
                || matches!(
                    view.kind(after),
                    crate::document::TokenKind::Punct | crate::document::TokenKind::Quote
                )
                || view.norm(after) == "صدق";
            return (words >= SHORTEST && closes).then_some((first, k));
        }
        if view.is_punct(k, &["("]) || view.line_break_after(k) {
            return None;
        }
        k += 1;
    }
    None
}

/// The sentence from token `s` soon has a finite verb of saying: the narrator's
/// (`كما وردت أحاديث عديدة , قال رسول الله صلى الله عليه وسلم :`، `وفي ذات السياق أكد أنه`).
fn report_opens(att: &Attributor, view: &View, s: usize) -> bool {
    const WITHIN: usize = 14;
    let end = view
        .sentence_end(s.min(view.len().saturating_sub(1)))
        .min(s + WITHIN);
    (s..end).any(|k| {
        att.cues
            .at(view, k)
            .is_some_and(|c| c.form == CueForm::Finite)
    })
}

/// Token `i` is `و` + a past verb of saying whose subject, a name or a colon, follows
/// (`وأضاف بوتين :`، `وأكد بوتين أنه`): the narrator's words, never the speaker's own.
fn narrator_resumes(att: &Attributor, view: &View, i: usize) -> bool {
    i + 2 < view.len()
        && narrator_verb(att, view, i)
        && view
            .entity_at(i + 1)
            .is_some_and(|e| view.tokens[i + 1].start == e.start)
        && (i + 2..view.len().min(i + 6))
            .any(|k| view.is_punct(k, &[":"]) || is_clause_opener(view, k))
}

/// Token `i` is `و` + a past verb of saying: how the narrator takes over from a speaker.
fn narrator_verb(att: &Attributor, view: &View, i: usize) -> bool {
    view.conj[i]
        && att
            .cues
            .at(view, i)
            .is_some_and(|c| c.form == CueForm::Finite && !c.imperfect)
}

/// Token `j` ends a sentence: a full stop (one or more), `!` or `؟`.
fn ends_sentence(view: &View, j: usize) -> bool {
    view.is_punct(j, &[".", "..", "...", "…", "!", "؟", "?"])
}

/// Token `k` is `و` + a past verb of saying whose words open within a few words, after a
/// colon, a quote mark or أن (`وقالت المصادر إن`، `وأضاف سموه :`، `وأضاف أن`).
fn narrator_opens(att: &Attributor, view: &View, k: usize) -> bool {
    const SUBJECT: usize = 4;
    k + 1 < view.len()
        && narrator_verb(att, view, k)
        && (k + 1..view.len().min(k + 2 + SUBJECT))
            .find(|&t| !view.is_word(t) || is_clause_opener(view, t))
            .is_some_and(|t| {
                view.is_punct(t, &[":"]) || view.is_quote(t) || is_clause_opener(view, t)
            })
}

/// The next quote mark on the line after token `i` closes a quotation: it is not the
/// opening one right after the colon of the narrator's `وأضاف بوتين : "`.
fn closes_later(view: &View, i: usize) -> bool {
    let mut k = i;
    while k < view.len() {
        if view.is_quote(k) {
            return !view.is_punct(k - 1, &[":"]);
        }
        if view.line_break_after(k) {
            return false;
        }
        k += 1;
    }
    false
}

/// Drops trailing punctuation, quotes and connectors.
pub fn trim_end(view: &View, from: usize, mut end: usize) -> usize {
    while end > from {
        let k = end - 1;
        let drop = matches!(
            view.kind(k),
            crate::document::TokenKind::Punct | crate::document::TokenKind::Quote
        ) || (view.is_word(k) && CONNECTORS.contains(&view.norm(k)));
        if !drop {
            break;
        }
        end = k;
    }
    end
}

/// Skips opening quotes (`""ثمة`) from `i`.
pub fn skip_quotes(view: &View, mut i: usize) -> usize {
    while i < view.len() && view.is_quote(i) {
        i += 1;
    }
    i
}
