//! When a statement was made: the time expression of its reporting clause (`وقال المتحدث
//! أمس إن`، `وأعلنت الوزارة , الأحد , أن`، `" ... " , قال بوتين مساء السبت`), not a time inside
//! what was said, in the speaker's title (`رئيسة المجلس للشهر الحالي`) or a length of time.

use super::cues::CueForm;
use super::{norm, Attributor, View};
use crate::document::{Statement, TimeExpression};

/// Words (outside the chain's mentions) that may stand between the cue and its time.
const MAX_WORDS_BETWEEN: usize = 5;

/// Sets each statement's `time` from `times` (both in document order).
pub fn attach_times(
    att: &Attributor,
    view: &View,
    statements: &mut [Statement],
    times: &[TimeExpression],
) {
    // A circumstantial participle cue (`مضيفا`، `مشيرة`، `قائلا`), as the cue lexicon has it,
    // the corpus's broken words joined (`مشير ا`).
    let participle = |cue: &str| {
        att.cues
            .lookup(&norm(&cue.replace(' ', "")))
            .is_some_and(|e| e.form == CueForm::Participle)
    };
    let contents: Vec<(usize, usize)> = statements
        .iter()
        .map(|s| (s.content.start, s.content.end))
        .collect();
    for k in 0..statements.len() {
        // `وقال أمس إن ... , مضيفا أن`: a participle adds to the verb it hangs on, at its time.
        if k > 0
            && statements[k - 1].sentence == statements[k].sentence
            && statements[k - 1].time.is_some()
            && participle(&statements[k].cue.text)
        {
            statements[k].time = statements[k - 1].time.clone();
            continue;
        }
        let s = &mut statements[k];
        let Some(sentence) = view.sentences.get(s.sentence) else {
            continue;
        };
        let cue = (s.cue.start, s.cue.end);
        let links: Vec<(usize, usize)> = s.chain.iter().map(|l| (l.start, l.end)).collect();
        let outside = |a: usize, b: usize, spans: &[(usize, usize)]| {
            spans.iter().all(|&(x, y)| b <= x || a >= y)
        };
        // The clause on the cue's side of the content: before it when the content follows the
        // cue, after it when a quotation comes first.
        let (from, to) = if s.content.start >= cue.1 {
            (sentence.start, s.content.start)
        } else {
            (s.content.end, sentence.end)
        };
        // The words between a time and the cue, the chain's mentions aside: a few of them
        // (`في تصريح صحفي أمس`), and no relative clause (`الذي شارك في محاولة في مايو`).
        let near = |t: &TimeExpression| {
            let (a, b) = if t.end <= cue.0 {
                (t.end, cue.0)
            } else {
                (cue.1, t.start)
            };
            let first = view.tokens.partition_point(|tok| tok.start < a);
            let last = view.tokens.partition_point(|tok| tok.end <= b).max(first);
            let between: Vec<usize> = (first..last)
                .filter(|&k| view.is_word(k))
                .filter(|&k| outside(view.tokens[k].start, view.tokens[k].end, &links))
                .collect();
            // Before the cue, a comma and words after it start another clause (`عام 2005 ,
            // حيث قالت`، `الأسبوع الماضي , فصفعت الخادمة وقالت`).
            let new_clause = t.end <= cue.0
                && !between.is_empty()
                && (first..last).any(|k| view.is_punct(k, &[",", "،", ";", "؛"]));
            between.len() <= MAX_WORDS_BETWEEN
                && !new_clause
                && !between.iter().any(|&k| {
                    matches!(
                        view.bare[k].as_str(),
                        "الذي" | "التي" | "الذين" | "اللذين" | "حيث" | "عندما" | "بينما"
                    )
                })
        };
        s.time = times
            .iter()
            .filter(|t| {
                t.start >= from
                    && t.end <= to
                    && t.kind != "duration"
                    && t.relation.is_none()
                    && outside(t.start, t.end, &contents)
                    && outside(t.start, t.end, &links)
                    && near(t)
            })
            .min_by_key(|t| {
                if t.end <= cue.0 {
                    cue.0 - t.end
                } else {
                    t.start.saturating_sub(cue.1)
                }
            })
            .cloned();
    }
}
