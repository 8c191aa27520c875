//! Reporting cues: the verbs that introduce a reported statement (قال، أضاف، نفى ...), in every
//! inflection the lexicon lists, with a conjunction proclitic or without (`وأضافت`, `فقال`).
//!
//! Each form carries the agreement it shows (masculine, feminine, plural), which the speaker
//! finder uses as a clue when the subject is dropped (`وأشارت` goes back to the last feminine
//! speaker, an outlet or a ministry; `وتابع` to the last masculine one), and whether it is a
//! finite verb (its subject follows or precedes it) or a circumstantial participle (`مشيرا`,
//! `مضيفة`: the subject is the main clause's).

use rustc_hash::{FxHashMap, FxHashSet};

use super::quotes::is_clause_opener;
use super::{data_lines, norm, View};
use crate::document::{EntityType, Stance};

/// Agreement shown by a cue form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Masculine,
    Feminine,
    Plural,
}

impl Gender {
    /// One masculine, the other feminine: agreement says they are not one subject (a plural
    /// agrees with either).
    pub fn clashes(self, other: Gender) -> bool {
        matches!(
            (self, other),
            (Gender::Masculine, Gender::Feminine) | (Gender::Feminine, Gender::Masculine)
        )
    }
}

/// `استبعد` ("ruled out"), a cue only under a negation (`لم يستبعد`: did not rule out), as
/// the lexicon writes its lemma.
pub const NOT_RULED_OUT: &str = "استبعد";

/// How a cue form relates to its subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueForm {
    /// A finite verb: the subject follows (VSO), precedes (SVO), or is dropped.
    Finite,
    /// A circumstantial participle (`مشيرا إلى أن`): the main clause's subject speaks.
    Participle,
}

/// What a cue verb takes as its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// An أن / إن clause or a quotation only.
    Clause,
    /// Also a noun object (`أعلن النصر`, `نفى وجود`).
    Object,
    /// A cue only before a claim noun (`رفضت اتهامات`).
    ClaimObject,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CueEntry {
    /// The lemma (past masculine, or the first listed form), as written in the lexicon.
    pub lemma: String,
    pub gender: Gender,
    pub form: CueForm,
    pub class: CueClass,
    pub stance: Stance,
    /// The verb itself hedges (`ألمح`, `رجّح`).
    pub hedging: bool,
    /// An asserting object cue whose noun object can be a reported proposition (`أفادت
    /// بمقتل`، `أعلنت سيطرتها`), against one whose object is always an act, a demand, a pledge
    /// or a feeling (`تعهد بـ`، `دعا إلى`، `أعرب عن`: class `act-object`, GUIDELINES §4.1).
    pub reports_object: bool,
    /// The transmission verb نقل: its subject relays `عن` another source.
    pub relay: bool,
    /// An imperfect form (`يقول`، `تتابع`): a report only at the head of its clause, since
    /// mid-clause it is more often a description (`لواء متقاعد يتابع الشأن السوري`).
    pub imperfect: bool,
}

impl CueEntry {
    /// A verb that only tells what happened: its noun object is never the act it performs
    /// (`أعلن بدء الهجوم` starts the attack; `أفاد ببدء الهجوم` reports it).
    /// The preposition a relaying verb's source follows: `نقل عن`، `علم من`.
    pub fn relays_with(&self) -> Option<&'static str> {
        match self.lemma.as_str() {
            _ if !self.relay => None,
            "علم" => Some("من"),
            _ => Some("عن"),
        }
    }

    /// A verb of forecast (`توقع`، `رجح`): whatever it expects or deems likely is a
    /// proposition, so any noun may head its object (`توقع زيادة الكميات`). (Not `استبعد`,
    /// as often "left out of the squad" as "ruled out".)
    pub fn forecasts(&self) -> bool {
        matches!(self.lemma.as_str(), "توقع" | "رجح")
    }

    /// A clause verb that also takes a noun object, a claim when it is a listed proposition
    /// (`وادعت القاعدة مقتل 25 من الحوثيين`) or any noun after a forecast.
    pub fn claims_by_noun(&self) -> bool {
        self.forecasts() || matches!(self.lemma.as_str(), "ادعى" | "زعم")
    }

    /// Whether a noun object may carry this cue's content: an object cue's, or a clause verb's
    /// that also takes one.
    pub fn takes_noun_object(&self) -> bool {
        matches!(self.class, CueClass::Object | CueClass::ClaimObject) || self.claims_by_noun()
    }

    /// A verb that puts something down to a cause (`أرجع`، `عزا`): its object and the `إلى`
    /// phrase after it are the claim (`أرجع ضعف الأداء إلى ضعف اللائحة`).
    pub fn attributes_cause(&self) -> bool {
        matches!(self.lemma.as_str(), "أرجع" | "عزا")
    }

    pub fn informs(&self) -> bool {
        matches!(self.lemma.as_str(), "ذكر" | "أفاد" | "كشف")
    }
}

/// Every cue form, keyed on its normalised spelling.
pub struct CueLexicon {
    forms: FxHashMap<String, CueEntry>,
    /// Heads of a propositional noun object, each with the second word it needs (or none).
    propositions: FxHashMap<String, Vec<Option<String>>>,
    /// Heads of an object that is an act, demand, pledge or attitude (`بدء`، `ضرورة`).
    acts: FxHashSet<String>,
    /// The acts that are also events: announced (`أعلن بدء`) they are the act itself,
    /// reported (`أفاد ببدء`، `كشف عن استمرار`) they are a claim that it happened.
    events: FxHashSet<String>,
}

const REPORTING_VERBS: &str = include_str!("../../../../data/attribution/reporting-verbs.tsv");
const PROPOSITION_NOUNS: &str = include_str!("../../../../data/attribution/proposition-nouns.tsv");

/// Pronoun suffixes a verbal noun carries (`سيطرتها`، `اطلاعه`، `مسؤوليتهم`), longest first.
const POSSESSIVES: &[&str] = &["هما", "هم", "هن", "ها", "نا", "ه"];

impl CueLexicon {
    pub fn embedded() -> Self {
        Self::from_tsv(REPORTING_VERBS)
    }

    pub fn from_tsv(tsv: &str) -> Self {
        let mut forms = FxHashMap::default();
        for cols in data_lines(tsv) {
            if cols.len() < 8 {
                continue;
            }
            let lemma = cols[..6]
                .iter()
                .find(|c| **c != "-")
                .copied()
                .unwrap_or("-")
                .to_string();
            let reports_object = cols[6] != "act-object";
            let class = match cols[6] {
                "object" | "act-object" => CueClass::Object,
                "claim-object" => CueClass::ClaimObject,
                _ => CueClass::Clause,
            };
            let stance = if cols[7] == "deny" {
                Stance::Deny
            } else {
                Stance::Assert
            };
            let hedging = cols.get(8).is_some_and(|h| *h == "hedge");
            let relay = matches!(norm(&lemma).as_str(), "نقل" | "علم");
            let imperfect_forms = [norm(cols[2]), norm(cols[3])];
            let mut add = |form: &str, gender: Gender, kind: CueForm| {
                if form == "-" || form.is_empty() {
                    return;
                }
                let n = norm(form);
                let imperfect =
                    imperfect_forms.contains(&n) || n.ends_with("ون") && n.starts_with('ي');
                forms.entry(n).or_insert_with(|| CueEntry {
                    lemma: lemma.clone(),
                    gender,
                    form: kind,
                    class,
                    stance,
                    hedging,
                    reports_object,
                    relay,
                    imperfect,
                });
            };
            use CueForm::*;
            use Gender::*;
            add(cols[0], Masculine, Finite);
            add(cols[1], Feminine, Finite);
            add(cols[2], Masculine, Finite);
            add(cols[3], Feminine, Finite);
            add(cols[4], Masculine, Participle);
            add(cols[5], Feminine, Participle);
            // Plural past: قالوا، أضافوا، نفوا (a final ى or ا drops before وا).
            if cols[0] != "-" {
                let stem = cols[0].trim_end_matches(['ى', 'ا']);
                add(&format!("{stem}وا"), Plural, Finite);
            }
            // Dual past: قالا، أضافا، أكدتا (two officials). Only verbs whose masculine dual
            // spells no other word: `أقرا` is `اقرأ` ("read"), `ذكرا` and `كشفا` are nouns.
            const DUALS: &[&str] = &["قال", "أضاف", "أكد", "أوضح", "أشار", "أعلن", "صرح", "تابع"];
            if DUALS.contains(&cols[0]) {
                add(&format!("{}ا", cols[0]), Plural, Finite);
            }
            if cols[1] != "-" {
                add(&format!("{}ا", cols[1]), Feminine, Finite);
            }
            // Plural imperfect: يقولون، يؤكدون.
            if cols[2] != "-" {
                let stem = cols[2].trim_end_matches(['ي', 'و']);
                add(&format!("{stem}ون"), Plural, Finite);
            }
            // Plural participle: مشيرين، مضيفين.
            if cols[4] != "-" {
                if let Some(stem) = cols[4].strip_suffix('ا') {
                    add(&format!("{stem}ين"), Plural, Participle);
                }
            }
        }
        let mut propositions: FxHashMap<String, Vec<Option<String>>> = FxHashMap::default();
        let mut acts = FxHashSet::default();
        let mut events = FxHashSet::default();
        for cols in data_lines(PROPOSITION_NOUNS) {
            if cols.get(2) == Some(&"event") {
                events.insert(norm(cols[0]));
            }
            if matches!(cols.get(2), Some(&"act") | Some(&"event")) {
                acts.insert(norm(cols[0]));
                continue;
            }
            let second = cols.get(1).filter(|w| **w != "-").map(|w| norm(w));
            propositions.entry(norm(cols[0])).or_default().push(second);
        }
        CueLexicon {
            forms,
            propositions,
            acts,
            events,
        }
    }

    /// Whether token `i` heads a noun object that is a whole proposition (GUIDELINES §4.1):
    /// a listed verbal noun, bare or with the article, a ب proclitic or a possessive
    /// (`بمقتل`، `سيطرتها`، `الانتصار`), followed by the second word its entry needs.
    pub fn proposition_at(&self, view: &View, i: usize) -> bool {
        if i >= view.len() || !view.is_word(i) {
            return false;
        }
        let next = (i + 1 < view.len() && view.is_word(i + 1)).then(|| view.norm(i + 1));
        noun_stems(view.norm(i)).iter().any(|s| {
            self.propositions.get(s.as_str()).is_some_and(|needs| {
                needs.iter().any(|n| match n {
                    None => true,
                    Some(w) => next == Some(w.as_str()),
                })
            })
        })
    }

    /// Whether token `i` heads an act, a demand, a pledge or an attitude (`بدء`، `ضرورة`،
    /// `دعمها`): an object no announcement of which is a claim.
    pub fn act_at(&self, view: &View, i: usize) -> bool {
        heads_one_of(&self.acts, view, i)
    }

    /// Whether token `i` heads an object that is a claim after `cue`: a proposition, or an
    /// event after a cue that only reports (`أفاد`، `ذكر`، `كشف`), never performs.
    pub fn claim_at(&self, view: &View, i: usize, cue: &CueEntry) -> bool {
        self.proposition_at(view, i) || (cue.informs() && self.event_at(view, i))
    }

    /// Whether token `i` heads an act no report of which by `cue` is a claim.
    pub fn act_for(&self, view: &View, i: usize, cue: &CueEntry) -> bool {
        self.act_at(view, i) && !(cue.informs() && self.event_at(view, i))
    }

    fn event_at(&self, view: &View, i: usize) -> bool {
        heads_one_of(&self.events, view, i)
    }

    /// The cue a normalised word form spells, with or without its conjunction.
    pub fn lookup(&self, norm_form: &str) -> Option<&CueEntry> {
        self.forms.get(norm_form)
    }

    /// A cue the tokenised corpus broke in two words (`أك دت`، `موضح ا`): the two tokens, one space
    /// apart, spell a cue that neither spells alone.
    pub fn broken_at(&self, view: &View, i: usize) -> Option<&CueEntry> {
        let j = i + 1;
        if !view.split_from_next(i) {
            return None;
        }
        if self.at(view, j).is_some() || view.norm(j).chars().count() > 3 {
            return None;
        }
        let joined = format!("{}{}", view.norm(i), view.norm(j));
        let bare = format!("{}{}", view.bare[i], view.norm(j));
        // (`ن شرت`، `ك تب`، `ات هم`: the break is where a damma was, the passive "was
        // published", "was accused".)
        // (`وأ ضاف`: the conjunction stays on the first part; `د فن في` is no `نفى`.)
        let unjoined = joined
            .strip_prefix('و')
            .or_else(|| joined.strip_prefix('ف'))
            .filter(|_| {
                !matches!(view.norm(j), "في" | "من" | "عن" | "علي" | "الي")
                    && view.norm(i).chars().count() == 2
            });
        self.lookup(&joined)
            .or_else(|| self.lookup(&bare))
            .or_else(|| unjoined.and_then(|u| self.lookup(u)))
            .filter(|e| {
                !matches!(e.lemma.as_str(), "كتب" | "نشر" | "اتهم")
                    // (A tanween broken off, `متهم ا`, is no damma.)
                    || view.norm(j) == "ا"
            })
            // (`عل م`: broken where a shadda was, "taught".)
            .filter(|e| e.lemma != "علم")
    }

    /// The cue at token `i` of `view`, if any. A word that only spells a cue once a و / ف is
    /// removed counts too (`وأضافت`).
    pub fn at(&self, view: &View, i: usize) -> Option<&CueEntry> {
        if !view.is_word(i) {
            return None;
        }
        if let Some(saying) = self.saying_noun(view, i) {
            return Some(saying);
        }
        self.listed_at(view, i)
            .or_else(|| self.with_object_pronoun(view, i))
            .filter(|e| {
                !accused_noun(view, i, e)
                    && !is_called(view, i, e)
                    && !offline(view, i, e)
                    && !not_saying(view, i, e)
                    && !preposition_bayna(view, i)
                    && !self.words_do_not_follow(view, i, e)
            })
    }

    /// An أن clause or a colon opens within a few words of token `i`, in its clause, or a
    /// quotation right after it: `وشرح المجلس أن`، `وختم حديثه بالقول : "`.
    fn opener_follows(&self, view: &View, i: usize) -> bool {
        const MAX_BEFORE_OPENER: usize = 5;
        let end = view.sentence_end(i).min(i + 1 + MAX_BEFORE_OPENER);
        (i + 1..end)
            .take_while(|&k| !view.is_punct(k, &[".", ",", "،", "؟", "?"]))
            // (A quotation mark further on may open a title: `اختتمت الدورة من مهرجان " أفلام
            // السعودية "`.)
            .any(|k| {
                is_clause_opener(view, k)
                    || view.is_punct(k, &[":"])
                    || (k == i + 1 && view.is_quote(k))
            })
    }

    /// Whether a cue that reports only with its words after it lacks them at token `i`.
    /// `تحدث` "spoke" reports only what it spoke of as a claim (`تحدثت عن مقتل عشرات`، `تحدث
    /// عن أن`); `تحدث عن مستقبل الوضع`، `تحدث إلى الصحفيين` report nothing, and then the verb
    /// is no cue at all, so that it ends no speaker's phrase. (`تحدث` is also "happens".)
    /// Likewise `شرح`، `أيد`، `ختم`، `اختتم` ("explained", "backed", "concluded") are cues only
    /// with their words right after them (`شرح الدرس`، `أيد القرار`، `ختم زيارته` are not).
    fn words_do_not_follow(&self, view: &View, i: usize, e: &CueEntry) -> bool {
        const MAX_BEFORE_AN: usize = 8;
        // (The lemma as the lexicon writes it: this runs on every cue lookup.)
        if matches!(e.lemma.as_str(), "شرح" | "أيد" | "ختم" | "اختتم") {
            return !self.opener_follows(view, i);
        }
        if e.lemma == "حمل" {
            return responsibility_after(view, i).is_none();
        }
        if matches!(e.lemma.as_str(), "أظهر" | "وجد" | "خلص" | "توصل") {
            return !finding_follows(view, i, e);
        }
        if e.lemma == "أفاد" && e.form == CueForm::Participle {
            // (`أوضح ذلك لـ"عكاظ" مصدر مسؤول , مفيدا أنه`: the words of the verb that said
            // "that"; the participle only introduces them.)
            let said_that = (view.sentence_start(i)..i).any(|k| {
                k + 1 < i
                    && matches!(view.norm(k + 1), "ذلك" | "هذا" | "بذلك")
                    && self
                        .listed_at(view, k)
                        .is_some_and(|c| c.form == CueForm::Finite)
            });
            return said_that || !self.opener_follows(view, i);
        }
        if e.lemma == "علم" {
            // (Its أن may come past the source, `من مصادر أمنية سعودية ، أن`.)
            const MAX_BEFORE_AN: usize = 12;
            let end = view.sentence_end(i).min(i + 1 + MAX_BEFORE_AN);
            return !(outlet_after(view, i) && (i + 1..end).any(|k| is_clause_opener(view, k)));
        }
        if e.lemma != "تحدث" {
            return false;
        }
        // (`التقارير التي تحدثت عن وجود`: what earlier reports spoke of is background.)
        if i > 0 && matches!(view.norm(i - 1), "التي" | "الذي" | "الذين") {
            return true;
        }
        let end = view.sentence_end(i).min(i + 1 + MAX_BEFORE_AN);
        let about = (i + 1..end)
            .take_while(|&k| !view.is_punct(k, &[".", ",", "،", ":", "؟", "?"]))
            .find(|&k| view.norm(k) == "عن");
        !about.is_some_and(|k| {
            k + 1 < view.len()
                && (self.proposition_at(view, k + 1) || is_clause_opener(view, k + 1))
        })
    }

    /// `ووصفه بأنه " خارج عن السيطرة "`، `واعتبرها بأنها`: a verb of judging with its object
    /// a pronoun suffix, right before `بأن`: the cue of its bare form. (Only before `بأن`:
    /// `وصفه للوضع` is "his description".)
    fn with_object_pronoun(&self, view: &View, i: usize) -> Option<&CueEntry> {
        let w = view.bare[i].as_str();
        let stem = ["هم", "ها", "ه"].iter().find_map(|p| w.strip_suffix(p))?;
        let e = self.forms.get(stem)?;
        let judging = matches!(e.lemma.as_str(), "وصف" | "اعتبر");
        let before_an =
            i + 1 < view.len() && matches!(view.norm(i + 1), "بانه" | "بانها" | "بانهم" | "بان");
        (judging && e.form == CueForm::Finite && before_an).then_some(e)
    }

    /// `قبل أن يخلص إلى القول : "`، `وختم حديثه بالقول : "`: the verbal noun of قال after a verb
    /// that reports nothing, right before the words (a colon, a quotation mark or إن), is a cue
    /// like `قائلا`: the clause's subject speaks.
    fn saying_noun(&self, view: &View, i: usize) -> Option<&CueEntry> {
        let noun = view.norm(i) == "بالقول"
            || (view.norm(i) == "القول" && i > 0 && view.norm(i - 1) == "الي");
        let opens = i + 1 < view.len()
            && (view.is_punct(i + 1, &[":"])
                || view.is_quote(i + 1)
                || is_clause_opener(view, i + 1));
        if !(noun && opens) {
            return None;
        }
        self.lookup(&norm("قائلا"))
    }

    /// The entry token `i` is listed under, as written or without its conjunction, before any
    /// of [`CueLexicon::at`]'s conditions.
    fn listed_at(&self, view: &View, i: usize) -> Option<&CueEntry> {
        self.forms
            .get(view.norm(i))
            .or_else(|| self.forms.get(view.bare[i].as_str()))
    }

    /// The form token `i` is listed under: the token itself, or its bare form after a
    /// conjunction (as [`CueLexicon::at`] looks them up).
    pub fn matched_form<'v>(&self, view: &'v View, i: usize) -> &'v str {
        if self.forms.contains_key(view.norm(i)) {
            view.norm(i)
        } else {
            view.bare[i].as_str()
        }
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

/// `وجد الباحثون في نتائج الدراسة أن`، `خلصت الدراسة إلى أن`، `أظهر مسح أجرته «إديسون» أن`:
/// a finding's أن a few words after the verb at `i` (after `إلى` for خلص and توصل), with no
/// comma, full stop or other verb of the kind between. `وجد` takes a definite subject or none
/// (`ووجد أن`), never a reflexive or an object (`وجدت نفسي`، `وجد صداه`); none of them reports
/// after `متى ما`، `إذا`، `لما` (`متى ما وجدوا أن`، `لكن لما وجد أن`: when, not that).
fn finding_follows(view: &View, i: usize, e: &CueEntry) -> bool {
    const MAX_BEFORE_AN: usize = 10;
    if i + 1 >= view.len()
        || i > 0
            && matches!(
                view.norm(i - 1),
                "ما" | "اذا" | "لو" | "عندما" | "حين" | "حينما" | "متي" | "لما" | "كلما"
            )
    {
        return false;
    }
    let to = matches!(e.lemma.as_str(), "خلص" | "توصل");
    if e.lemma == "وجد" {
        let next = view.norm(i + 1);
        if !(next.starts_with("ال") && !next.starts_with("الي") || is_clause_opener(view, i + 1))
        {
            return false;
        }
    }
    let end = view.sentence_end(i).min(i + 1 + MAX_BEFORE_AN);
    (i + 1..end)
        .take_while(|&k| view.is_word(k) || view.is_quote(k))
        .any(|k| is_clause_opener(view, k) && (!to || matches!(view.norm(k - 1), "الي" | "علي")))
}

/// `وعلمت «الوطن»`، `علمت " عكاظ "`: an outlet right after token `i`, a name the entities
/// layer calls one or a short name in quotation marks (papers quote their own names, and
/// `الوطن`, `المدينة` are words and places too).
fn outlet_after(view: &View, i: usize) -> bool {
    const LONGEST: usize = 3;
    let k = i + 1;
    if k >= view.len() {
        return false;
    }
    // (`علمت (المدينة)`: brackets serve some papers as quotation marks.)
    let bracket = view.is_punct(k, &["("]);
    if view.is_quote(k) || bracket {
        return (k + 2..(k + 2 + LONGEST).min(view.len()))
            .find(|&t| !view.is_word(t))
            .is_some_and(|t| {
                (if bracket {
                    view.is_punct(t, &[")"])
                } else {
                    view.is_quote(t)
                }) && (k + 1..t).all(|w| view.is_word(w))
            });
    }
    // (`وعلمت المدينة، من مصادر مطلعة أن`: a paper named by a common word, `المدينة`,
    // `الرياض`, `اليوم`, which the one word before `من` its source follows shows to be one.)
    let learned_from = view.is_word(k)
        && view.bare[k].starts_with("ال")
        && (k + 1..view.len().min(k + 3))
            .find(|&t| !view.is_punct(t, &[",", "،"]))
            .is_some_and(|t| view.norm(t) == "من");
    learned_from
        || view.entity_at(k).is_some_and(|e| {
            e.kind == crate::document::EntityType::Media && e.start == view.tokens[k].start
        })
}

/// `بين` is the preposition "between" unless an أن clause follows at once (`وبين أن`, he
/// showed that). Between two acts it takes أن too (`لا فرق بين أن تجبر فتاة ... وبين أن`،
/// `بين أن تكون ثورة أو`): a second بين in the sentence, or كان / أتى after أن, says so. The
/// verb broken where its shadda was (`وبي ن`) is found by [`CueLexicon::broken_at`], which
/// does not come here.
fn preposition_bayna(view: &View, i: usize) -> bool {
    if view.bare[i] != "بين" {
        return false;
    }
    let clause = i + 1 < view.len() && matches!(view.norm(i + 1), "ان" | "بان" | "انه" | "انها");
    let act = i + 2 < view.len() && matches!(view.norm(i + 2), "تكون" | "يكون" | "تاتي" | "ياتي");
    let paired = (view.sentence_start(i)..view.sentence_end(i)).any(|k| {
        k != i
            && view.is_word(k)
            && matches!(
                view.bare[k].as_str(),
                "بين" | "بينه" | "بينها" | "بينهم" | "بيننا" | "بينهما"
            )
    });
    !(clause || shown_by_subject(view, i)) || act || paired
}

/// `وبين مدير عام الشؤون الصحية بمنطقة جازان الدكتور أحمد السهلي أن`، `بدوره , بين المشرف على
/// البرامج ... أن`: opening its clause (after و or a comma) with a subject and then أن, `بين`
/// is the verb. The preposition opens no clause so (`بين الرياض وواشنطن`: its second term
/// follows after و, and ends the check).
fn shown_by_subject(view: &View, i: usize) -> bool {
    const WINDOW: usize = 20;
    let opens =
        view.conj[i] || i == view.sentence_start(i) || i > 0 && view.is_punct(i - 1, &[",", "،"]);
    if !opens || i + 2 >= view.len() || !view.is_word(i + 1) {
        return false;
    }
    // The subject: a name, an honorific (`سموه`، `معاليه`) or a definite noun that is no
    // plural of people or things (`بين الإيرانيين`، `بين المحافظات`).
    let next = view.bare[i + 1].as_str();
    let named = view.entity_at(i + 1).is_some_and(|e| {
        e.start == view.tokens[i + 1].start
            && matches!(
                e.kind,
                EntityType::Per | EntityType::Org | EntityType::Media
            )
    });
    let definite = next.starts_with("ال") && !next.ends_with("ين") && !next.ends_with("ات");
    // (`وبين مدير عام الشؤون الصحية ... أن`: an office heading a construct.)
    let office = matches!(
        next,
        "مدير"
            | "رييس"
            | "وزير"
            | "امين"
            | "نايب"
            | "مساعد"
            | "وكيل"
            | "محافظ"
            | "قايد"
            | "عضو"
            | "مستشار"
            | "متحدث"
            | "مسوول"
            | "عميد"
            | "مشرف"
            | "امير"
            | "سفير"
    );
    if !(named || definite || office || matches!(next, "سموه" | "معاليه" | "سماحته" | "فضيلته"))
    {
        return false;
    }
    let end = view.sentence_end(i).min(i + 1 + WINDOW);
    for k in i + 1..end {
        if view.is_word(k)
            && matches!(
                view.norm(k),
                "ان" | "بان" | "انه" | "انها" | "بانه" | "بانها"
            )
        {
            return k > i + 1;
        }
        // (`وبين الرياض وواشنطن`، `بين 10 و20`: the second term of "between".)
        if view.conj[k] && k <= i + 4 || view.is_quote(k) || view.is_punct(k, &[":"]) {
            return false;
        }
    }
    false
}

/// `أحد عناصر النظام يدعى " مياس جركس "`: written with ى, the imperfect is يُدعى ("is
/// called"), not يدّعي ("claims"); normalisation folds the two together.
fn is_called(view: &View, i: usize, e: &CueEntry) -> bool {
    e.imperfect && e.lemma == "ادعى" && view.tokens[i].text.ends_with('ى')
}

/// `كتب` and `نشر` report a post online only: a platform or a post must be named among the
/// words before the content (`كتب ترامب في تغريدة على تويتر أنه`، `نشر عبر " تويتر "`), and
/// nothing posted may stand there as the object (`نشر ترامب تغريدة قال فيها`، `نشر على " تويتر "
/// صورا`). Elsewhere `كتب` is a byline (`كتب : سعيد`، `كتب بواسطة`), an inscription (`لافتات
/// كتب عليها`) or "books", and `نشر` is publishing a report or deploying troops.
fn offline(view: &View, i: usize, e: &CueEntry) -> bool {
    const WINDOW: usize = 12;
    const PASSIVE_AFTER: &[&str] = &[
        "التي",
        "الذي",
        "بيان",
        "تصريح",
        "تصريحات",
        "تغريده",
        "مقال",
        "تقرير",
        "رساله",
        "مقابله",
    ];
    const POSTED: &[&str] = &[
        "تغريده",
        "تغريدات",
        "منشور",
        "صور",
        "صوره",
        "فيديو",
        "مقطع",
        "مقاطع",
        "شريط",
        "بيان",
        "خبر",
        "نعي",
        "رساله",
        "تقرير",
        "رسم",
        "دعوات",
    ];
    if !matches!(e.lemma.as_str(), "كتب" | "نشر") {
        return false;
    }
    if i + 1 < view.len()
        && (view.is_punct(i + 1, &[":"])
            || matches!(view.norm(i + 1), "بواسطه" | "عليه" | "عليها" | "عليهم"))
    {
        return true;
    }
    // `في بيان نشر على صفحته`، `التي نشرت عام 1988`: the passive, "was published".
    if i > 0 && !view.conj[i] && PASSIVE_AFTER.contains(&view.norm(i - 1)) {
        return true;
    }
    let end = view.sentence_end(i).min(i + 1 + WINDOW);
    let mut platform = false;
    for k in i + 1..end {
        if is_clause_opener(view, k) || view.is_punct(k, &[":"]) {
            break;
        }
        if view.is_quote(k) {
            // `على " تويتر "`: a quoted platform is no quotation.
            if k + 1 < end && is_platform(view, k + 1) {
                continue;
            }
            break;
        }
        let governed = matches!(view.norm(k - 1), "في" | "عبر" | "علي" | "من" | "عن")
            || view.has_proclitic(k, "ب");
        if view.is_word(k) && !governed && POSTED.iter().any(|p| view.bare[k].starts_with(p)) {
            return true;
        }
        platform |= is_platform(view, k);
    }
    !platform
}

/// A social platform or a post on one (`تويتر`، `بفيسبوك`، `تغريدة`، `صفحته`).
pub(crate) fn is_platform(view: &View, k: usize) -> bool {
    const PLATFORMS: &[&str] = &[
        "تويتر",
        "فيسبوك",
        "فيس",
        "فايسبوك",
        "انستغرام",
        "انستجرام",
        "انستقرام",
        "تلغرام",
        "تلجرام",
        "يوتيوب",
        "تغريده",
        "تغريدات",
        "منشور",
        "التواصل",
        "صفحته",
        "صفحتها",
        "حسابه",
        "حسابها",
    ];
    view.is_word(k) && {
        let w = view.bare[k].as_str();
        let w = w
            .strip_prefix('ب')
            .filter(|_| !PLATFORMS.contains(&w))
            .unwrap_or(w);
        PLATFORMS.iter().any(|p| w.starts_with(p))
    }
}

/// Verbs of `فضل عدم ذكر اسمه` ("asked not to be named"), as the corpus writes them bare.
const ANONYMITY: &[&str] = &[
    "فضل",
    "فضلت",
    "طلب",
    "طلبت",
    "اشترط",
    "اشترطت",
    "رفض",
    "رفضت",
    "مفضلا",
    "طالبا",
];

/// `نقل` as the noun "transport" after the vehicle or means it qualifies (`طائرة نقل وإمداد`،
/// `وسائل النقل`), not the verb "relayed"; `استدرك` with an object it puts right; `تابع`
/// meaning "belonging to" and `زاد` meaning "increased".
fn not_saying(view: &View, i: usize, e: &CueEntry) -> bool {
    // (`حول الفائدة من عدم ذكر اسم المطعم`، `دون ذكر مكان الصدور`: after `عدم` or `دون` the
    // word is the verbal noun. Not after `بعد`, also the adverb "yet", `لم يحددها بعد ذكر`.)
    if i > 0
        && !view.conj[i]
        && e.form == CueForm::Finite
        && !e.imperfect
        && matches!(view.bare[i - 1].as_str(), "عدم" | "دون" | "بدون")
        // (`مسؤول ... فضل عدم ذكر اسمه، إن`: the formula of anonymity stays where it ends
        // the source's phrase.)
        // (`فضل` loses its ف as a conjunction in `bare`.)
        && !(i > 1
            && (ANONYMITY.contains(&view.bare[i - 2].as_str())
                || ANONYMITY.contains(&view.norm(i - 2))))
    {
        return true;
    }
    const CARRIERS: &[&str] = &[
        "طائرة",
        "طائرات",
        "طائرتي",
        "طائرتا",
        "سيارة",
        "سيارات",
        "شاحنة",
        "شاحنات",
        "حافلة",
        "حافلات",
        "مركبة",
        "مركبات",
        "سفينة",
        "سفن",
        "وسائل",
        "وسيلة",
        "خطوط",
        "خط",
        "شبكة",
        "قطاع",
        "تكاليف",
        "اجور",
    ];
    // `إبان تواجده`، `إبان عمل الأمير`: "during", which only the hamza tells from `أبان`
    // "showed".
    if e.lemma == "أبان" && view.tokens[i].text.contains('إ') {
        return true;
    }
    // `عادا من الدوحة`، `قد عادا أمس إلى`: the dual of `عاد` "returned", spelt like the
    // participle `عاداً` "counting it as", which opens no clause with a preposition or a time.
    if e.lemma == "عادا" {
        let next = (i + 1 < view.len()).then(|| view.norm(i + 1));
        let returned = matches!(next, Some("من" | "الي" | "امس" | "اليوم" | "بعد" | "ل"))
            || next.is_some_and(|w| {
                w.starts_with("ل") && !w.starts_with("لل")
                    || w.starts_with('ب') && !w.starts_with("بان")
            })
            || (i > 0 && matches!(view.norm(i - 1), "قد" | "وقد" | "ثم"));
        if returned {
            return true;
        }
    }
    // `وزاد : "`، `وزاد أن`، `وزاد الهاشمي أنه`: "he added", only so; elsewhere "increased"
    // (`زاد من احتمال أن`، `ما زاد التساؤلات`).
    if e.lemma == "زاد" {
        let next = i + 1;
        let added = view.conj[i]
            && next < view.len()
            && (view.is_punct(next, &[":"])
                || view.is_quote(next)
                || matches!(view.norm(next), "ان" | "بان" | "انه" | "انها")
                || view.entity_at(next).is_some_and(|e| {
                    e.kind == EntityType::Per && e.start == view.tokens[next].start
                }));
        return !added;
    }
    // (`مكتب تابع لوكالة`، `هدفا تابعا لميليشيا`: "belonging to", an adjective after a noun,
    // not the verb `وتابع لصحيفة «بيلد»: «`.)
    if e.lemma == "تابع" {
        return !view.conj[i]
            && i > 0
            && view.is_word(i - 1)
            && matches!(view.bare[i].as_str(), "تابع" | "تابعا" | "تابعه")
            && i + 1 < view.len()
            && (view.has_proclitic(i + 1, "ل") || matches!(view.norm(i + 1), "ل" | "له" | "لها"));
    }
    // (`استدرك الأمر`، `استدركت نفسها`: "put right", an object, not a qualifying remark.)
    if e.lemma == "استدرك" {
        return i + 1 < view.len()
            && matches!(
                view.norm(i + 1),
                "الامر" | "امره" | "امرها" | "نفسه" | "نفسها" | "الموقف" | "الخطا"
            );
    }
    // (`ونقل لبنان من لعبة المحاور إلى الحياد`: "moved from ... to", not "relayed", when
    // `إلى` comes before any source (`عن`), clause or quotation.)
    if e.lemma == "نقل" {
        let moved = (i + 1..(i + 9).min(view.len()))
            .take_while(|&k| {
                !(view.is_quote(k)
                    || view.is_punct(k, &[":", "."])
                    || matches!(
                        view.norm(k),
                        "عن" | "عنه"
                            | "عنها"
                            | "عنهم"
                            | "ان"
                            | "انه"
                            | "انها"
                            | "قوله"
                            | "قولها"
                    ))
            })
            .any(|k| view.norm(k) == "الي");
        if moved {
            return true;
        }
        // (`أن الانقلابيين ينقلون كميات كبيرة من تلك المواد`: the imperfect relays only with
        // its `عن`, `على لسان`, or the words it relays; without them, it carries.)
        let relays = (i + 1..(i + 9).min(view.len()))
            .take_while(|&k| !view.is_punct(k, &[".", "،", ","]))
            .any(|k| {
                view.is_quote(k)
                    || view.is_punct(k, &[":"])
                    || matches!(
                        view.norm(k),
                        "عن" | "عنه"
                            | "عنها"
                            | "عنهم"
                            | "قوله"
                            | "قولها"
                            | "لسان"
                            | "ان"
                            | "انه"
                            | "انها"
                    )
            });
        if e.imperfect && !relays {
            return true;
        }
    }
    // (Normalised once: `at` runs on every token.)
    static CARRIER_FORMS: std::sync::OnceLock<FxHashSet<String>> = std::sync::OnceLock::new();
    e.lemma == "نقل"
        && i > 0
        && !view.conj[i]
        && CARRIER_FORMS
            .get_or_init(|| CARRIERS.iter().map(|w| norm(w)).collect())
            .contains(&view.bare[i - 1])
}

/// `متهما`/`متهمة` read as the noun "accused" (`20 متهما من بينهم`، `امرأة متهمة بالسرقة`،
/// `ضبط 18 متهما وتحرير`; `متهمين` always), not the participle `متهما إياها بدعم`، `متهمة حكومة الدوحة`: a
/// number before it, or anything but a bare word (the accused) after it.
fn accused_noun(view: &View, i: usize, e: &CueEntry) -> bool {
    if e.form != CueForm::Participle || e.lemma != "اتهم" {
        return false;
    }
    // `بإعدام عشرة متهمين دينوا`: the plural is the noun.
    if e.gender == Gender::Plural {
        return true;
    }
    let after_number = i > 0 && view.kind(i - 1) == crate::document::TokenKind::Number;
    let object = i + 1 < view.len()
        && view.is_word(i + 1)
        && !view.conj[i + 1]
        && !matches!(view.norm(i + 1), "من" | "في" | "عن" | "علي" | "الي" | "ب")
        && !view.has_proclitic(i + 1, "ب");
    after_number || !object
}

/// `حمّل X المسؤولية`: the token of `المسؤولية` within a few words after the verb at `i`, in its
/// clause (the object may come before it, or `إلى` and the one blamed after it).
pub fn responsibility_after(view: &View, i: usize) -> Option<usize> {
    const MAX_OBJECT: usize = 5;
    let end = view.sentence_end(i).min(i + 2 + MAX_OBJECT);
    (i + 1..end)
        .take_while(|&k| !view.is_punct(k, &[".", ",", "،", ":", "?", "؟"]))
        .find(|&k| {
            let w = view.norm(k);
            w.strip_prefix("ال").unwrap_or(w).starts_with("مسووليه")
        })
}

/// Whether token `i` is a word one of whose noun forms ([`noun_stems`]) is in `heads`.
fn heads_one_of(heads: &FxHashSet<String>, view: &View, i: usize) -> bool {
    i < view.len()
        && view.is_word(i)
        && noun_stems(view.norm(i))
            .iter()
            .any(|s| heads.contains(s.as_str()))
}

/// The forms a noun object's head may be listed under: as written, without a ب proclitic,
/// without the article, and without a possessive (`سيطرتها` → `سيطره`).
fn noun_stems(w: &str) -> Vec<String> {
    let mut stems = vec![w.to_string()];
    if let Some(s) = w.strip_prefix('ب').filter(|s| s.chars().count() >= 3) {
        stems.push(s.to_string());
    }
    for s in stems.clone() {
        if let Some(d) = s.strip_prefix("ال").filter(|d| d.chars().count() >= 3) {
            stems.push(d.to_string());
        }
    }
    for s in stems.clone() {
        for p in POSSESSIVES {
            if let Some(stem) = s.strip_suffix(p).filter(|t| t.chars().count() >= 3) {
                stems.push(stem.to_string());
                // The taa marbuta opens before a suffix.
                if let Some(t) = stem.strip_suffix('ت') {
                    stems.push(format!("{t}ه"));
                }
            }
        }
    }
    stems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_and_agreement() {
        let lex = CueLexicon::embedded();
        let e = lex.lookup(&norm("أضافت")).expect("أضافت is listed");
        assert_eq!(e.gender, Gender::Feminine);
        assert_eq!(e.form, CueForm::Finite);
        assert_eq!(
            lex.lookup(&norm("قالوا")).map(|e| e.gender),
            Some(Gender::Plural)
        );
        assert_eq!(
            lex.lookup(&norm("نفوا")).map(|e| e.stance),
            Some(Stance::Deny)
        );
        assert_eq!(
            lex.lookup(&norm("مشيرين")).map(|e| e.form),
            Some(CueForm::Participle)
        );
        assert!(lex.lookup(&norm("نقلت")).is_some_and(|e| e.relay));
        assert!(lex.lookup(&norm("ألمح")).is_some_and(|e| e.hedging));
        // `بين` is the preposition far more often than the verb: the lexicon lists the verb,
        // and `at` takes it only before an أن clause.
        assert_eq!(lex.lookup("بين").map(|e| e.lemma.as_str()), Some("بين"));
    }
}
