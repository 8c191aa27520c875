//! Reporting cues: the verbs that introduce a reported statement (قال، أضاف، نفى ...), in every
//! inflection the lexicon lists, with a conjunction proclitic or without (`وأضافت`, `فقال`).
//!
//! Each form carries the agreement it shows (masculine, feminine, plural), which the speaker
//! finder uses as a clue when the subject is dropped (`وأشارت` goes back to the last feminine
//! speaker, an outlet or a ministry; `وتابع` to the last masculine one), and whether it is a
//! finite verb (its subject follows or precedes it) or a circumstantial participle (`مشيرا`,
//! `مضيفة`: the subject is the main clause's).

use rustc_hash::FxHashMap;

use super::{data_lines, norm, View};
use crate::document::Stance;

/// Agreement shown by a cue form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Masculine,
    Feminine,
    Plural,
}

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
    /// The transmission verb نقل: its subject relays `عن` another source.
    pub relay: bool,
    /// An imperfect form (`يقول`، `تتابع`): a report only at the head of its clause, since
    /// mid-clause it is more often a description (`لواء متقاعد يتابع الشأن السوري`).
    pub imperfect: bool,
}

/// Every cue form, keyed on its normalised spelling.
pub struct CueLexicon {
    forms: FxHashMap<String, CueEntry>,
}

const REPORTING_VERBS: &str = include_str!("../../../../data/attribution/reporting-verbs.tsv");

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
            let class = match cols[6] {
                "object" => CueClass::Object,
                "claim-object" => CueClass::ClaimObject,
                _ => CueClass::Clause,
            };
            let stance = if cols[7] == "deny" {
                Stance::Deny
            } else {
                Stance::Assert
            };
            let hedging = cols.get(8).is_some_and(|h| *h == "hedge");
            let relay = norm(&lemma) == "نقل";
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
        CueLexicon { forms }
    }

    /// The cue a normalised word form spells, with or without its conjunction.
    pub fn lookup(&self, norm_form: &str) -> Option<&CueEntry> {
        self.forms.get(norm_form)
    }

    /// The cue at token `i` of `view`, if any. A word that only spells a cue once a و / ف is
    /// removed counts too (`وأضافت`).
    pub fn at(&self, view: &View, i: usize) -> Option<&CueEntry> {
        if !view.is_word(i) {
            return None;
        }
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
        // `بين` is the preposition far more often than the verb.
        assert!(lex.lookup("بين").is_none());
    }
}
