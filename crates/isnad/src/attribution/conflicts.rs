//! Conflicts inside one document: statements by different sources whose contents oppose.
//!
//! Two statements conflict when one denies and the other asserts something of the same topic
//! family (`topics.tsv`: a deal is reported, any negotiation is denied) and the two name the
//! same event (an entity or content words in common), or when the denial and the assertion
//! share most of their content words. Their speakers must differ: a source
//! repeating its own denial is not a conflict. A headline of the form `... و"X" تنفي` names the
//! denying side; a denial by X then conflicts with any assertion of the headline's topic.

use rustc_hash::FxHashSet;

use super::speakers::same_name;
use super::{data_lines, norm, Attributor, View};
use crate::document::{Conflict, Stance, Statement};

const TOPICS: &str = include_str!("../../../../data/attribution/topics.tsv");

/// Share of the shorter content's words two statements must have in common to be about the
/// same thing without a topic family.
const SHARED_WORDS_RATIO: f32 = 0.5;
/// And at least this many: three shared words were mostly place names and the like on the
/// baly2018 corpus.
const MIN_SHARED_WORDS: usize = 4;

pub struct TopicLexicon {
    /// (family, normalised stem)
    stems: Vec<(String, String)>,
}

impl TopicLexicon {
    pub fn embedded() -> Self {
        TopicLexicon {
            stems: data_lines(TOPICS)
                .filter(|c| c.len() >= 2)
                .map(|c| (c[0].to_string(), norm(c[1])))
                .collect(),
        }
    }

    /// The topic families a text touches, and the words that showed it.
    pub fn families(&self, text: &str) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for w in norm(text).split_whitespace() {
            let w = strip_clitics(w);
            for (fam, stem) in &self.stems {
                if w.starts_with(stem.as_str()) && !out.iter().any(|(f, _)| f == fam) {
                    out.push((fam.clone(), w.to_string()));
                }
            }
        }
        out
    }
}

/// و / ف / ب / ل and the article removed, for comparing content words.
fn strip_clitics(w: &str) -> &str {
    let w = w
        .strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    let w = w
        .strip_prefix('ب')
        .or_else(|| w.strip_prefix('ل'))
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(w);
    w.strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

fn content_words(text: &str) -> FxHashSet<String> {
    norm(text)
        .split_whitespace()
        .map(strip_clitics)
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .map(str::to_string)
        .collect()
}

/// The entities a statement's content names (canonical names).
fn named_in<'a>(view: &'a View, s: &Statement) -> FxHashSet<&'a str> {
    view.entities
        .iter()
        .filter(|e| e.start >= s.content.start && e.end <= s.content.end)
        .map(|e| e.canonical.as_str())
        .collect()
}

/// Two statements of one topic family are about the same event only when they share what
/// it is about: an entity, or two content words besides the family's own (`قصف دير الزور`
/// denied does not oppose `هجوم خان شيخون` asserted).
fn same_event(view: &View, a: &Statement, d: &Statement, family_words: &[&str]) -> bool {
    if named_in(view, a)
        .intersection(&named_in(view, d))
        .next()
        .is_some()
    {
        return true;
    }
    let (aw, dw) = (
        content_words(&a.content.text),
        content_words(&d.content.text),
    );
    aw.intersection(&dw)
        .filter(|w| !family_words.iter().any(|f| strip_clitics(f) == w.as_str()))
        .count()
        >= MIN_SHARED_EVENT_WORDS
}

/// Words of the denied focus the assertion must repeat for the shared-words rule.
const MIN_SHARED_FOCUS_WORDS: usize = 2;

/// Content words two statements of one topic family share when no entity ties them.
const MIN_SHARED_EVENT_WORDS: usize = 2;

fn speaker(s: &Statement) -> &str {
    s.chain.last().map_or("", |l| l.canonical.as_str())
}

/// The source a headline says denies: `... و"قسد" تنفي` → قسد.
pub fn headline_denier(att: &Attributor, title: &str) -> Option<String> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let last = words.last()?;
    let cue = att.cues.lookup(&norm(last))?;
    if cue.stance != Stance::Deny || words.len() < 2 {
        return None;
    }
    let name = words[words.len() - 2]
        .trim_start_matches(['و', '.'])
        .trim_matches(|c: char| !c.is_alphanumeric());
    (!name.is_empty()).then(|| name.to_string())
}

/// What a denial denies: the object of a denying verb (the content's first words), and the
/// words right after each negation (`لا مفاوضات معهم`), not the rest of what was said.
fn denied_focus(att: &Attributor, d: &Statement) -> String {
    const OBJECT_WORDS: usize = 6;
    const AFTER_NEGATION: usize = 2;
    let words: Vec<&str> = d.content.text.split_whitespace().collect();
    let mut focus: Vec<&str> = Vec::new();
    let cue = norm(&d.cue.text);
    let bare = cue.strip_prefix('و').unwrap_or(&cue);
    let deny_verb = att
        .cues
        .lookup(&cue)
        .or_else(|| att.cues.lookup(bare))
        .is_some_and(|c| c.stance == Stance::Deny);
    if deny_verb {
        focus.extend(words.iter().take(OBJECT_WORDS));
    }
    for (k, w) in words.iter().enumerate() {
        let n = norm(w);
        if n == "لا" || n == "ولا" {
            focus.extend(words.iter().skip(k + 1).take(AFTER_NEGATION));
        }
    }
    focus.join(" ")
}

/// Every opposing pair of statements.
/// The forms a short name takes in the document: itself, the canonical name the entities layer
/// gives it, and the long form it glosses in brackets (`"قوات سوريا الديمقراطية"(قسد)`).
fn name_forms(view: &View, short: &str) -> Vec<String> {
    let mut forms = vec![norm(short)];
    for e in view.entities {
        if norm(&e.text) == norm(short) {
            forms.push(norm(&e.canonical));
        }
    }
    let n = norm(short);
    for k in 0..view.len() {
        if view.norm(k) == n
            && k >= 1
            && view.is_punct(k - 1, &["("])
            && k + 1 < view.len()
            && view.is_punct(k + 1, &[")"])
        {
            // The words before the bracket, quotes dropped: up to four.
            let words: Vec<&str> = (k.saturating_sub(6)..k - 1)
                .filter(|&j| view.is_word(j))
                .map(|j| view.norm(j))
                .collect();
            let tail: Vec<&str> = words.iter().rev().take(4).rev().copied().collect();
            if tail.len() >= 2 {
                forms.push(tail.join(" "));
            }
        }
    }
    forms
}

pub fn find_conflicts(
    att: &Attributor,
    view: &View,
    statements: &[Statement],
    title: Option<&str>,
) -> Vec<Conflict> {
    let denier = title.and_then(|t| headline_denier(att, t));
    let denier_forms = denier
        .as_deref()
        .map(|x| name_forms(view, x))
        .unwrap_or_default();
    let headline_families = title.map(|t| att.topics.families(t)).unwrap_or_default();
    let mut out = Vec::new();
    for d in statements.iter().filter(|s| s.stance == Stance::Deny) {
        let focus = denied_focus(att, d);
        let d_fams = att.topics.families(&focus);
        let d_words = content_words(&d.content.text);
        let focus_words = content_words(&focus);
        for a in statements.iter().filter(|s| s.stance == Stance::Assert) {
            if same_name(speaker(a), speaker(d))
                || a.chain.iter().any(|l| same_name(&l.canonical, speaker(d)))
            {
                continue;
            }
            let a_fams = att.topics.families(&a.content.text);
            let shared_family = d_fams
                .iter()
                .find(|(f, _)| a_fams.iter().any(|(g, _)| g == f));
            let reason = if let Some((fam, dw)) = shared_family {
                let aw = a_fams
                    .iter()
                    .find(|(g, _)| g == fam)
                    .map_or("", |(_, w)| w.as_str());
                if !same_event(view, a, d, &[dw.as_str(), aw]) {
                    continue;
                }
                Some(format!(
                    "{} denies what {} reports ({fam}: `{dw}` denied, `{aw}` asserted)",
                    speaker(d),
                    speaker(a)
                ))
            } else if !d_fams.is_empty() {
                // What is denied is of a kind (`اتفاق` denied) the assertion does not touch: it
                // reports something else about the same parties (the fighting, not a deal).
                None
            } else {
                let a_words = content_words(&a.content.text);
                let shared = d_words.intersection(&a_words).count();
                let shorter = d_words.len().min(a_words.len()).max(1);
                // What is denied (the object, the words after لا) must itself be asserted, not
                // only the circumstances both mention.
                let on_focus = focus_words.intersection(&a_words).count();
                (shared >= MIN_SHARED_WORDS
                    && shared as f32 / shorter as f32 >= SHARED_WORDS_RATIO
                    && on_focus >= MIN_SHARED_FOCUS_WORDS)
                    .then(|| {
                        format!(
                            "{} denies what {} reports ({shared} content words shared)",
                            speaker(d),
                            speaker(a)
                        )
                    })
            };
            let Some(mut reason) = reason else { continue };
            if let Some(x) = &denier {
                let sentence = view
                    .sentences
                    .get(d.sentence)
                    .map(|s| norm(&s.text))
                    .unwrap_or_default();
                let by_denier = d
                    .chain
                    .iter()
                    .any(|l| same_name(&l.canonical, x) || same_name(&l.text, x))
                    || denier_forms.iter().any(|f| sentence.contains(f.as_str()));
                if by_denier && !headline_families.is_empty() {
                    reason.push_str(&format!("; the headline says \"{x}\" denies"));
                }
            }
            out.push(Conflict {
                a: a.id.clone(),
                b: d.id.clone(),
                reason,
            });
        }
    }
    out
}
