//! From tagger spans and gazetteer matches to mentions, and from mentions to canonical
//! entities: which span wins, clitics and quote marks off the edges, aliases (قسد =
//! قوات سوريا الديمقراطية), surnames resolved to the full name given earlier or later in the
//! same document (بالي → مصطفى بالي), direction + place compounds (شرق سوريا), and roles bound
//! to the person they introduce (المتحدث باسم وزارة الدفاع الأمريكية شون روبرتسون).
//!
//! Everything here works on token indices of one sentence or document; `entities::analyze`
//! turns the result into code-point spans of `body`.

use crate::document::{EntityType, TokenKind};
use crate::entities::features::WordForms;
use crate::entities::gazetteer::{GazKind, GazMatch, Gazetteer};
use crate::entities::tagger::spans;
use crate::text::{Normalizer, Segmenter};

/// Proclitics written as a word of their own (`لـ"قوات`: the seed's لـ with a kashida).
const DETACHED_PROCLITICS: [&str; 5] = ["ل", "ب", "و", "ك", "ف"];

/// Heads that make a place into a region of it (`شرق سوريا`, `ريف دير الزور`).
pub const REGION_HEADS: [&str; 11] = [
    "شرق",
    "غرب",
    "شمال",
    "جنوب",
    "وسط",
    "شمال شرق",
    "شمال غرب",
    "جنوب شرق",
    "جنوب غرب",
    "ريف",
    "صحراء",
];

/// Nouns that say what kind of outlet follows (`صحيفة Le Parisien`, `موقع "عنب بلدي"`),
/// normalised, in the construct state. `وكالة` is left out: `وكالة ناسا` is an agency, not an
/// outlet (the news agencies are listed by name).
const OUTLET_HEADS: [&str; 9] = [
    "صحيفه",
    "جريده",
    "قناه",
    "مجله",
    "اذاعه",
    "تلفزيون",
    "موقع",
    "شبكه",
    "راديو",
];

/// Words the tagger sometimes marks that are never a name on their own: pronouns after a
/// preposition, the honorific pronouns of Gulf news (`قال لي`، `وقال سموه`), and `لصالح`
/// ("in favour of", not a person called Saleh).
const NEVER_NAMES: [&str; 14] = [
    "لي",
    "له",
    "لها",
    "لنا",
    "لهم",
    "سموه",
    "سموها",
    "معاليه",
    "فخامته",
    "جلالته",
    "سيادته",
    "سماحته",
    "لصالح",
    // A head noun alone (`منظمة`), the tagger's start of a name it did not finish.
    "منظمه",
];

/// A month name next to a number or to another month name (`22 أبريل`، `فبراير (شباط)`) is part
/// of a date, not an organisation (`نيسان`) or a person.
fn in_date(words: &[&WordForms], i: usize) -> bool {
    if !crate::page::dates::is_month_name(&words[i].norm) {
        return false;
    }
    let lo = i.saturating_sub(2);
    let hi = (i + 3).min(words.len());
    (lo..hi).filter(|&j| j != i).any(|j| {
        words[j].kind() == TokenKind::Number
            || (words[j].kind() == TokenKind::Word
                && crate::page::dates::is_month_name(&words[j].norm))
    })
}

/// Particles inside European names (Le, De, Du, Da, Van, Von), normalised.
const NAME_PARTICLES: [&str; 6] = ["لو", "دي", "دو", "دا", "فان", "فون"];

/// Longest outlet name read after an outlet head, in tokens.
const OUTLET_NAME_MAX_TOKENS: usize = 5;

/// Words that may stay inside a role after its title (`وزير الدفاع الأمريكي بالوكالة`).
const ROLE_MODIFIERS: [&str; 9] = [
    "الوكاله",
    "السابق",
    "السابقه",
    "الحالي",
    "الجديد",
    "الرسمي",
    "العام",
    "الاعلامي",
    "الاعلي",
];

/// Words that open a clause: a name after them is not the one a role before them introduces.
const CLAUSE_OPENERS: [&str; 10] = [
    "ان", "بان", "لان", "فان", "وان", "انه", "قد", "لم", "لن", "حيث",
];

/// Nouns that make a following title their complement: the deputy, envoy or spokesman of
/// the office, masculine and feminine, without the article.
pub const DEPUTY_NOUNS: [&str; 18] = [
    "نايب",
    "نايبه",
    "وكيل",
    "وكيله",
    "مساعد",
    "مساعده",
    "مستشار",
    "مستشاره",
    "مبعوث",
    "مبعوثه",
    "ممثل",
    "ممثله",
    "منسق",
    "منسقه",
    "مندوب",
    "مندوبه",
    "متحدث",
    "متحدثه",
];

/// Whether a word, with or without its article, is one of [`DEPUTY_NOUNS`].
pub fn deputy_noun(w: &str) -> bool {
    DEPUTY_NOUNS.contains(&w.strip_prefix("ال").unwrap_or(w))
}

/// Tokens allowed between a role and the name it introduces (`..."قسد" المدعومة أمريكيا، مصطفى`).
pub const ROLE_GAP: usize = 5;

/// A single word seen more often than this in the lexicon (8.8 million words of news) is a
/// common word as well as a name (`صالح` "in favour of", `عمر` "age"): it is not resolved or
/// propagated as a name on its own. Chosen by reading the output on SaudiNewsNet articles.
pub const COMMON_WORD_COUNT: u32 = 1500;

/// A definite word in ي after a tagged person is his family name when the lexicon saw it at
/// most this often (`الشرفي`; `الحالي`، `الأمريكي` are far more common).
pub const FAMILY_NISBA_RARE: u32 = 100;

/// Words in ي rare enough to pass that describe rather than name (read over baly2018):
/// `الآتي من`، `اللذي` (a misspelt `الذي`), `المنتمي إلى`.
const NOT_FAMILY_NAMES: &[&str] = &[
    "الاتي",
    "اللذي",
    "المنتمي",
    "المثالي",
    "الحقوقي",
    "الاصلاحي",
    "البرلماني",
    "الوهمي",
    "الاخلاقي",
    "الاختصاصي",
];

/// An apposition's first word must be a listed given name or a word rarer than this.
pub const APPOSITION_RARE_COUNT: u32 = 100;

/// A tagged person's first word keeps letters the segmenter took for proclitics (و ف ب ل ك س)
/// when the whole word is a listed given name and the rest is not (`وليد` is not و + ل + يد,
/// `فيصل` not ف + يصل), or, when neither list decides, when the lexicon saw the whole word at
/// least this fraction as often as the word one letter shorter: a clitic on a name is rarely
/// written (`وبوتين` 9 against `بوتين` 291), a name that begins with such a letter is its own
/// word (`بيونغ` 21 against `يونغ` 57, `وجدي` 19 against `جدي` 72). Chosen by reading the
/// stripped first words of person mentions over baly2018 texts.
pub const NAME_WHOLE_RATIO: f64 = 0.2;

/// The counts decide only when the shorter form is no common word itself: `وزاد` ("and he
/// added", 362) against `زاد` (452) is a conjunction on a verb, whatever the ratio.
pub const NAME_REST_RARE: u32 = 300;

/// Words that begin or end no person's name, normalised: particles, prepositions with a
/// pronoun, demonstratives and a thanks (`شكرا لتفهمك` in a site's ad-blocker notice). The
/// tagger takes them in next to a name (`على أوتوستراد`, `لها غولن`, `هل البارزاني`).
const NON_NAME_WORDS: [&str; 39] = [
    "في",
    "عن",
    "من",
    "الي",
    "لن",
    "لم",
    "لا",
    "ما",
    "هل",
    "لو",
    "يا",
    "قد",
    "هو",
    "هي",
    "هما",
    "هم",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "له",
    "لها",
    "لهم",
    "لنا",
    "به",
    "بها",
    "فيه",
    "فيها",
    "عليه",
    "عليها",
    "عليهم",
    "حسب",
    "بشان",
    "دون",
    "ليس",
    "وليس",
    "عبر",
    "كل",
    "شكرا",
];

/// Particles told from names by their written form, as normal forms fold them into names:
/// `على` (`علي` is Ali), `أن`/`إن`/`فإن` (`آن` is Anne, `فان` a particle of Dutch names).
const NON_NAME_SURFACES: [&str; 4] = ["على", "أن", "إن", "فإن"];

/// Particles that open a clause, as written: never inside a person's name.
const CLAUSE_PARTICLES: [&str; 8] = ["أن", "إن", "فإن", "بأن", "وأن", "لأن", "وإن", "فأن"];

fn is_clause_particle(surface: &str) -> bool {
    let bare: String = surface
        .chars()
        .filter(|&c| !crate::text::normalize::is_diacritic(c))
        .collect();
    CLAUSE_PARTICLES.contains(&bare.as_str())
}

/// A particle or other [`NON_NAME_WORDS`] word, from code point `strip` of its surface on.
fn is_non_name(w: &WordForms, surface: &str, strip: usize) -> bool {
    let head = head_form(w, strip);
    let rest: String = surface
        .chars()
        .skip(strip)
        .filter(|&c| !crate::text::normalize::is_diacritic(c))
        .collect();
    NON_NAME_WORDS.contains(&head.as_str())
        || NON_NAME_WORDS.contains(&w.norm.as_str())
        || NON_NAME_SURFACES.contains(&rest.as_str())
}

/// Offices in construct that the tagger runs a name into (`راشد بن عبدالله آل خليفة وزير
/// الداخلية`): the name ends before them. Normalised.
/// (Not `أمين`، `قائد`، `مساعد`: given and family names too.)
const TRAILING_TITLES: [&str; 9] = [
    "وزير",
    "رييس",
    "مدير",
    "نايب",
    "سفير",
    "محافظ",
    "مستشار",
    "متحدث",
    "عضو",
];

/// Second halves of compound given names (`فتح الله`, `صلاح الدين`): a person mention the
/// tagger starts on one of them takes in the word before it when that is a first half.
const COMPOUND_SECONDS: [&str; 4] = ["الله", "الدين", "الرحمن", "العزيز"];

/// First halves of compound given names, normalised (`عبد`, `فتح الله`, `نور الدين`).
const COMPOUND_FIRSTS: [&str; 37] = [
    "عبد", "فتح", "نصر", "جار", "فضل", "عطا", "خير", "سعد", "حسب", "ضيف", "هبه", "نعمه", "عوض",
    "كرم", "ولي", "نور", "صلاح", "عز", "بدر", "شمس", "علاء", "سيف", "جمال", "كمال", "تاج", "محيي",
    "محي", "بهاء", "نجم", "ضياء", "فخر", "شهاب", "زين", "سراج", "عماد", "حسام", "شرف",
];

/// English words of page chrome the tagger reads as a person when they are capitalised
/// (`Powered by`, `Editor in Chief`, `Russian Federation`, `Filed under`), lower-cased. A
/// person's Latin name is capitalised words none of which is one of these.
const LATIN_CHROME: [&str; 40] = [
    "by",
    "powered",
    "search",
    "filed",
    "under",
    "published",
    "first",
    "total",
    "votes",
    "middle",
    "east",
    "federation",
    "chief",
    "editor",
    "mobile",
    "tablet",
    "tablate",
    "portrait",
    "landscape",
    "global",
    "media",
    "photo",
    "videos",
    "map",
    "news",
    "reports",
    "human",
    "the",
    "of",
    "and",
    "in",
    "for",
    "more",
    "share",
    "read",
    "ministry",
    "russian",
    "arabic",
    "official",
    "officials",
];

/// The surfaces of one sentence's tokens and the segmentation lexicon, for the decisions that
/// need more than normal forms: how a name's first word is cut ([`name_strip`]) and whether a
/// Latin word is capitalised.
pub struct Surfaces<'a> {
    pub tokens: &'a [&'a str],
    pub segmenter: &'a Segmenter,
    pub normalizer: &'a Normalizer,
}

impl Surfaces<'_> {
    /// How often the segmentation lexicon saw a surface form.
    fn count(&self, surface: &str) -> u32 {
        self.segmenter
            .count(&self.segmenter.normalizer().normalize(surface))
    }

    /// Where the name begins in token `i` (code points taken by proclitics): see
    /// [`NAME_WHOLE_RATIO`].
    pub fn name_strip(&self, gaz: &Gazetteer, i: usize, w: &WordForms) -> usize {
        let Some(surface) = self.tokens.get(i) else {
            return w.stem_start;
        };
        name_strip(gaz, self, surface, w)
    }
}

/// See [`NAME_WHOLE_RATIO`]. Letter by letter over the proclitics: a form is kept when it is a
/// given name and the form one letter shorter is not, or when the lexicon's counts say the
/// letter belongs to the word. The counts are not asked about `و` (it joins any word, and
/// names in و are listed: وليد، وجدي، وسام), nor about a word with an article after the letter
/// (`والإحسان`) or with an enclitic pronoun (`لصالحهم`); `لل` (ل + the article) is always a
/// clitic.
pub fn name_strip(gaz: &Gazetteer, surf: &Surfaces<'_>, surface: &str, w: &WordForms) -> usize {
    let stem_start = w.stem_start;
    let chars: Vec<char> = surface.chars().collect();
    let enclitic = w.bare_span.1 < chars.len();
    if stem_start == 0 || chars.len() < 3 {
        return stem_start;
    }
    let given = |s: &str| gaz.is_given(&surf.normalizer.normalize(s));
    for k in 0..stem_start.min(chars.len() - 2) {
        if chars[k] == 'ل' && chars.get(k + 1) == Some(&'ل') {
            return stem_start;
        }
        let form: String = chars[k..].iter().collect();
        let rest: String = chars[k + 1..].iter().collect();
        let (g_form, g_rest) = (given(&form), given(&rest));
        if g_form && !g_rest {
            return k;
        }
        if g_rest || chars[k] == 'و' || enclitic || rest.starts_with("ال") {
            continue;
        }
        let (cf, cr) = (surf.count(&form), surf.count(&rest));
        if cf > 0 && cr < NAME_REST_RARE && f64::from(cf) >= NAME_WHOLE_RATIO * f64::from(cr) {
            return k;
        }
    }
    stem_start
}

/// A word's normal form from code point `strip` of its surface on: the whole word, the word
/// after its proclitics, or (a cut between the two) the normal form less as many letters.
pub fn head_form(w: &WordForms, strip: usize) -> String {
    if strip == 0 {
        w.norm.clone()
    } else if strip == w.stem_start {
        w.after_proclitics.clone()
    } else {
        w.norm.chars().skip(strip).collect()
    }
}

/// A broken-up word's piece (`الس ياسي`, `د أبي خليل`): one letter, or the article and one letter
/// (`آل` alone is the family word).
fn is_fragment(w: &WordForms) -> bool {
    w.kind() == TokenKind::Word
        && (w.norm.chars().count() == 1
            || [&w.norm, &w.after_proclitics]
                .into_iter()
                .any(|f| f.chars().count() == 3 && f.starts_with("ال")))
}

/// A Latin word that may be part of a person's name: capitalised but not all capitals (`GMT`),
/// and no chrome word.
fn is_latin_name_word(surface: &str) -> bool {
    surface.chars().next().is_some_and(char::is_uppercase)
        && surface.chars().any(char::is_lowercase)
        && !LATIN_CHROME.contains(&surface.to_lowercase().as_str())
}

/// An indefinite accusative of a common noun after a name (`ديفيد هيرست متحدثا`,
/// `... انطلاقا`, `بندر رئيسا`): a word in ـا whose stem without it is a common word
/// (seen at least [`ACCUSATIVE_STEM_COUNT`] times) and that is no listed given name.
fn is_accusative_noun(gaz: &Gazetteer, surf: &Surfaces<'_>, w: &WordForms, surface: &str) -> bool {
    if w.kind() != TokenKind::Word || w.stem_start != 0 || !w.norm.ends_with('ا') {
        return false;
    }
    let chars: Vec<char> = surface.chars().collect();
    let Some(pos) = chars.iter().rposition(|&c| c == 'ا') else {
        return false;
    };
    let stem: String = chars[..pos].iter().collect();
    stem.chars().count() >= 3
        && !gaz.is_given(&w.norm)
        && surf.count(&stem) >= ACCUSATIVE_STEM_COUNT
}

/// See [`is_accusative_noun`]: `متحدث` 235, `انطلاق` 539, `رئيس` 10,884.
pub const ACCUSATIVE_STEM_COUNT: u32 = 200;

/// A tagged person span cleaned of what is not the name: the longest run of one script
/// (`By حسن منيمنة By` → `حسن منيمنة`), Latin chrome (`Powered by`), broken-word pieces,
/// particles at either end (`لها غولن`), an accusative noun at the end, and the first half of
/// a compound given name added before `الله`/`الدين` (`فتح الله غولن`). Returns the new
/// extent and the first word's strip, or `None` when no name is left.
#[allow(clippy::too_many_arguments)]
fn clean_person(
    gaz: &Gazetteer,
    words: &[&WordForms],
    surf: &Surfaces<'_>,
    tags: &[usize],
    taken: &[bool],
    mut s: usize,
    mut e: usize,
) -> Option<(usize, usize, usize)> {
    let surface = |i: usize| surf.tokens.get(i).copied().unwrap_or("");
    if (s..=e).any(|i| words[i].kind() == TokenKind::Latin) {
        let mut best = (s, s);
        let mut a = s;
        for i in s..=e {
            if i > a && words[i].kind() != words[a].kind() {
                a = i;
            }
            if i - a > best.1 - best.0 {
                best = (a, i);
            }
        }
        (s, e) = best;
        if words[s].kind() == TokenKind::Latin {
            if !(s..=e).all(|i| is_latin_name_word(surface(i))) {
                return None;
            }
            return Some((s, e, 0));
        }
        if words[s].kind() != TokenKind::Word {
            return None;
        }
    }
    let mut strip = surf.name_strip(gaz, s, words[s]);
    let before = s;
    while is_non_name(words[s], surface(s), strip) {
        if s == e {
            return None;
        }
        s += 1;
        strip = surf.name_strip(gaz, s, words[s]);
    }
    // What is left after a particle is no name when it begins with a clitic (`شكرا لتفهمك`).
    if s > before && strip > 0 {
        return None;
    }
    // `رئيس الوزراء التركي بن علي يلدريم`: the title's adjective of origin begins no name.
    while s < e && words[s].norm.starts_with("ال") && gaz.is_demonym(&words[s].norm) {
        s += 1;
        strip = surf.name_strip(gaz, s, words[s]);
    }
    while e > s
        && (is_non_name(words[e], surface(e), 0)
            || is_fragment(words[e])
            || is_accusative_noun(gaz, surf, words[e], surface(e))
            || TRAILING_TITLES.contains(&words[e].norm.as_str()))
    {
        e -= 1;
    }
    // A name ends before a subordinating particle the tagger ran over (`ووفق علي فإن الزيارات`).
    if let Some(k) = (s + 1..=e).find(|&k| is_clause_particle(surface(k))) {
        e = k - 1;
    }
    // The tagger stopped inside a compound given name (`عز` of `عز الدين`).
    if e + 1 < words.len()
        && !taken[e + 1]
        && COMPOUND_SECONDS.contains(&words[e + 1].norm.as_str())
        && COMPOUND_FIRSTS.contains(&head_form(words[e], if e == s { strip } else { 0 }).as_str())
    {
        e += 1;
    }
    let head = head_form(words[s], strip);
    // One or two letters alone are a broken word (`قو ة`, `وي قد ر`) unless a listed name (`عز`).
    if s == e && ((head.chars().count() <= 2 && !gaz.is_given(&head)) || is_fragment(words[s])) {
        return None;
    }
    if COMPOUND_SECONDS.contains(&head.as_str()) && strip == 0 && s > 0 {
        let p = s - 1;
        let first_half = [0, words[p].stem_start]
            .into_iter()
            .find(|&k| COMPOUND_FIRSTS.contains(&head_form(words[p], k).as_str()));
        if let Some(ps) =
            first_half.filter(|_| words[p].kind() == TokenKind::Word && tags[p] == 0 && !taken[p])
        {
            return Some((p, e, ps));
        }
    }
    Some((s, e, strip))
}

/// Where a mention came from (the `origin` field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Tagger,
    Gazetteer,
    Coreference,
    Rule,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Tagger => "tagger",
            Origin::Gazetteer => "gazetteer",
            Origin::Coreference => "coreference",
            Origin::Rule => "rule",
        }
    }
}

/// A mention as token indices: tokens `first..=last`, the first one from code point `strip`
/// of its surface on.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub first: usize,
    pub last: usize,
    pub strip: usize,
    pub kind: EntityType,
    /// The gazetteer entry that names it, if any.
    pub entry: Option<u32>,
    pub origin: Origin,
    /// Canonical name when a rule decided it (coreference, compounds).
    pub canonical: Option<String>,
    pub role: Option<(usize, usize, usize)>,
}

impl Mention {
    /// A mention made by a gazetteer match.
    fn listed(m: &GazMatch, kind: EntityType) -> Self {
        Mention {
            first: m.first,
            last: m.last,
            strip: m.strip,
            kind,
            entry: Some(m.entry),
            origin: Origin::Gazetteer,
            canonical: None,
            role: None,
        }
    }
}

/// The entity type of a tagger class index (PERS, LOC, ORG, MISC).
pub fn class_type(class: usize) -> EntityType {
    match class {
        0 => EntityType::Per,
        1 => EntityType::Loc,
        2 => EntityType::Org,
        _ => EntityType::Misc,
    }
}

/// Mentions of one sentence: listed names (strong gazetteer entries) first, leftmost-longest;
/// then tagger spans that overlap none of them, typed and canonicalised by a listed name of
/// exactly their extent when one fits.
pub fn merge(
    gaz: &Gazetteer,
    words: &[&WordForms],
    surf: &Surfaces<'_>,
    tags: &[usize],
    matches: &[GazMatch],
) -> Vec<Mention> {
    let mut taken = vec![false; words.len()];
    let mut out = Vec::new();
    let mut strong: Vec<&GazMatch> = matches
        .iter()
        .filter(|m| {
            let e = gaz.entry(m.entry);
            !e.weak && matches!(e.kind, GazKind::Entity(_))
        })
        .collect();
    strong.sort_by_key(|m| {
        (
            m.first,
            std::cmp::Reverse(m.last - m.first),
            gaz.entry(m.entry).rank,
        )
    });
    let tagged_spans = spans(tags);
    for m in strong {
        if taken[m.first..=m.last].iter().any(|&t| t) {
            continue;
        }
        let GazKind::Entity(kind) = gaz.entry(m.entry).kind else {
            continue;
        };
        // A listed person inside a longer tagged name is part of someone else's name
        // (`أحمد علي عبدالله صالح`, the son of `علي عبدالله صالح`).
        if kind == EntityType::Per
            && tagged_spans.iter().any(|&(s, e, class)| {
                class_type(class) == EntityType::Per
                    && s <= m.first
                    && m.last <= e
                    && e - s > m.last - m.first
            })
        {
            continue;
        }
        if kind == EntityType::Gpe
            && m.strip == 0
            && is_nisba_adjective(gaz, words, m.first, m.last)
        {
            continue;
        }
        taken[m.first..=m.last].iter_mut().for_each(|t| *t = true);
        out.push(Mention::listed(m, kind));
    }
    // A weakly listed place of several words that the tagger found too, whatever its class
    // or however it cut it (`خان شيخون` as two LOC spans, or as PERS), is that place.
    let mut places: Vec<&GazMatch> = matches
        .iter()
        .filter(|m| {
            let e = gaz.entry(m.entry);
            e.weak
                && m.last > m.first
                && matches!(e.kind, GazKind::Entity(EntityType::Gpe | EntityType::Loc))
                && (m.first..=m.last).all(|i| tags[i] != 0 && !taken[i])
                && tagged_spans
                    .iter()
                    .filter(|(s, e, _)| *s <= m.last && m.first <= *e)
                    .all(|(s, e, _)| m.first <= *s && *e <= m.last)
        })
        .collect();
    places.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last), gaz.entry(m.entry).rank));
    for m in places {
        if taken[m.first..=m.last].iter().any(|&t| t) {
            continue;
        }
        let GazKind::Entity(kind) = gaz.entry(m.entry).kind else {
            continue;
        };
        taken[m.first..=m.last].iter_mut().for_each(|t| *t = true);
        out.push(Mention::listed(m, kind));
    }
    // A quoted name inside a listed name is a mention of its own
    // (`المركز الإعلامي لـ"قوات سوريا الديمقراطية"` names the SDF too).
    let mut nested = Vec::new();
    for m in matches {
        let e = gaz.entry(m.entry);
        let GazKind::Entity(kind) = e.kind else {
            continue;
        };
        if e.weak || m.first == 0 || words[m.first - 1].kind() != TokenKind::Quote {
            continue;
        }
        let inside = out
            .iter()
            .any(|o: &Mention| o.first < m.first && m.last <= o.last);
        if inside && !nested.iter().any(|n: &Mention| n.first == m.first) {
            nested.push(Mention::listed(m, kind));
        }
    }
    for (mut s, mut e, class) in tagged_spans {
        while s <= e && (is_edge_noise(words[s]) || is_detached_proclitic(words[s])) {
            s += 1;
        }
        while e > s && is_edge_noise(words[e]) {
            e -= 1;
        }
        if s > e || is_edge_noise(words[s]) || taken[s..=e].iter().any(|&t| t) {
            continue;
        }
        // A span that starts inside a word the text broke up (`الس ياسي`, `الن ظم`) is no name.
        if is_fragment(words[s]) {
            continue;
        }
        let mut strip = words[s].stem_start;
        if class_type(class) == EntityType::Per {
            match clean_person(gaz, words, surf, tags, &taken, s, e) {
                Some((a, b, k)) => (s, e, strip) = (a, b, k),
                None => continue,
            }
        }
        // `العاصمة السورية`: an adjective, whatever the training data's convention.
        if matches!(class_type(class), EntityType::Loc) && is_nisba_adjective(gaz, words, s, e) {
            continue;
        }
        if s == e && (NEVER_NAMES.contains(&words[s].norm.as_str()) || in_date(words, s)) {
            continue;
        }
        // A region head alone (`بريف`, `الريف`) is not a name.
        if s == e
            && (REGION_HEADS.contains(&words[s].after_proclitics.as_str())
                || REGION_HEADS.contains(&words[s].bare.as_str()))
        {
            continue;
        }
        // A European name runs on past its particle (`جان إيف لو دريان`, `ستافان دي ميستورا`):
        // the tagger tends to stop at `لو` ("if") or `دي`, common words elsewhere.
        if class_type(class) == EntityType::Per {
            while e + 2 < words.len()
                && NAME_PARTICLES.contains(&words[e + 1].norm.as_str())
                && !is_clause_particle(surf.tokens.get(e + 1).copied().unwrap_or(""))
                && tags[e + 1] == 0
                && words[e + 2].kind() == TokenKind::Word
                && matches!(tags[e + 2], 0 | 1)
                && words[e + 2].counts[0] <= COMMON_WORD_COUNT
                && !taken[e + 1..=e + 2].iter().any(|&t| t)
            {
                e += 2;
                while e + 1 < words.len() && tags[e + 1] == 2 && !taken[e + 1] {
                    e += 1;
                }
            }
        }
        // A family name of origin the tagger left off (`عبد الوهاب | الشرفي`): a rare definite
        // word written with ي right after the name, no listed nationality (`السوري`) nor a
        // common adjective (`الحالي`).
        if class_type(class) == EntityType::Per
            && e + 1 < words.len()
            && tags[e + 1] == 0
            && !taken[e + 1]
            && words[e + 1].kind() == TokenKind::Word
            && words[e + 1].norm.starts_with("ال")
            && words[e + 1].norm.chars().count() >= 5
            && surf.tokens.get(e + 1).is_some_and(|t| t.ends_with('ي'))
            && words[e + 1].counts[0] <= FAMILY_NISBA_RARE
            && !gaz.is_demonym(&words[e + 1].norm)
            && !NOT_FAMILY_NAMES.contains(&words[e + 1].norm.as_str())
        {
            e += 1;
        }
        let mut kind = class_type(class);
        let mut entry = None;
        // The best-ranked listed name of exactly this extent whose type fits the tag
        // (`الرياض` tagged LOC is the city, not the newspaper).
        let exact = matches
            .iter()
            .filter(|m| m.first == s && m.last == e)
            .filter_map(|m| match gaz.entry(m.entry).kind {
                GazKind::Entity(k) => refine(kind, k).map(|k| (m, k)),
                _ => None,
            })
            .min_by_key(|(m, _)| gaz.entry(m.entry).rank);
        if let Some((m, k)) = exact {
            kind = k;
            entry = Some(m.entry);
        }
        taken[s..=e].iter_mut().for_each(|t| *t = true);
        out.push(Mention {
            first: s,
            last: e,
            strip,
            kind,
            entry,
            origin: Origin::Tagger,
            canonical: None,
            role: None,
        });
    }
    out.extend(nested);
    outlets_after_heads(words, &mut out, &mut taken);
    out.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
    out
}

/// What follows an outlet head is an outlet: a tagged organisation, person or other name
/// there becomes MEDIA (`صحيفة "الوطن"`), and an untagged Latin name or quoted name there is
/// added as one (`صحيفة Le Parisien الفرنسية`, `موقع Middle East Eye`). Places stay places
/// (`قناة السويس` is the canal).
fn outlets_after_heads(words: &[&WordForms], out: &mut Vec<Mention>, taken: &mut [bool]) {
    for h in 0..words.len().saturating_sub(1) {
        if words[h].kind() != TokenKind::Word
            || !OUTLET_HEADS.contains(&words[h].after_proclitics.as_str())
        {
            continue;
        }
        let quoted = words[h + 1].kind() == TokenKind::Quote;
        let s = h + 1 + usize::from(quoted);
        if s >= words.len() {
            continue;
        }
        if let Some(m) = out.iter_mut().find(|m| m.first == s && m.entry.is_none()) {
            if matches!(m.kind, EntityType::Org | EntityType::Per | EntityType::Misc) {
                m.kind = EntityType::Media;
            }
            continue;
        }
        let limit = (s + OUTLET_NAME_MAX_TOKENS).min(words.len());
        let e = if quoted {
            // The name is the quoted stretch, closed within a few tokens.
            match (s..limit).find(|&i| words[i].kind() == TokenKind::Quote) {
                Some(close) if close > s => close - 1,
                _ => continue,
            }
        } else {
            let run = (s..limit)
                .take_while(|&i| words[i].kind() == TokenKind::Latin)
                .count();
            if run == 0 {
                continue;
            }
            s + run - 1
        };
        if (s..=e).any(|i| taken[i] || is_edge_noise(words[i])) {
            continue;
        }
        taken[s..=e].iter_mut().for_each(|t| *t = true);
        out.push(Mention {
            first: s,
            last: e,
            strip: 0,
            kind: EntityType::Media,
            entry: None,
            origin: Origin::Rule,
            canonical: None,
            role: None,
        });
    }
}

/// The type of a tagged span that a listed name of exactly its extent confirms: the list is
/// finer (GPE, MEDIA) where the training data's classes are coarse.
fn refine(tagged: EntityType, listed: EntityType) -> Option<EntityType> {
    use EntityType::*;
    match (tagged, listed) {
        (Loc, Gpe | Loc) | (Org, Org | Media) | (Per, Per) | (Misc, Misc) => Some(listed),
        _ => None,
    }
}

/// A one-word nisba adjective taken for a place: any after a definite noun (`الطائرة السعودية`
/// is "the Saudi plane", `العاصمة السورية` "the Syrian capital"); anywhere else only a listed
/// nationality (`حلب السورية`، `" الوطن " السورية`، `والسورية`), since `اللاذقية`, `الإسكندرية`
/// and `الزبداني` look like adjectives and are places. The training data never tags a lone
/// nationality adjective as a place either.
fn is_nisba_adjective(gaz: &Gazetteer, words: &[&WordForms], first: usize, last: usize) -> bool {
    if first != last || first == 0 {
        return false;
    }
    let (prev, w) = (words[first - 1], words[first]);
    let nisba = w.norm.starts_with("ال") && (w.norm.ends_with("يه") || w.norm.ends_with('ي'));
    let definite_before = prev.kind() == TokenKind::Word && prev.prefix.ends_with("ال");
    let bare = w
        .norm
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(&w.norm);
    nisba && (definite_before || gaz.is_demonym(bare))
}

fn is_edge_noise(w: &WordForms) -> bool {
    matches!(
        w.kind(),
        TokenKind::Quote | TokenKind::Punct | TokenKind::Symbol
    )
}

fn is_detached_proclitic(w: &WordForms) -> bool {
    w.kind() == TokenKind::Word && DETACHED_PROCLITICS.contains(&w.norm.as_str())
}

/// Single-token mentions of a person's surname anywhere in the document, resolved to the full
/// name: for every person named with two or more words, the last word. Tokens already inside
/// a mention are left alone; single-word person mentions take the full name's canonical.
pub fn resolve_surnames(
    gaz: &Gazetteer,
    words: &[&WordForms],
    mentions: &mut Vec<Mention>,
    canonical_of: impl Fn(&Mention) -> String,
) {
    if split_surname_pairs(gaz, words, mentions, &canonical_of) {
        mentions.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
    }
    let mut surnames: Vec<(String, String)> = Vec::new();
    for m in mentions.iter() {
        if m.kind == EntityType::Per && m.last > m.first {
            let s = words[m.last].norm.clone();
            if s.chars().count() >= 3
                && words[m.last].counts[0] <= COMMON_WORD_COUNT
                && !surnames.iter().any(|(x, _)| *x == s)
            {
                surnames.push((s, canonical_of(m)));
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    // A shorter form of a longer name: same first and last word (`إبراهيم الكشي` is
    // `إبراهيم بن سلمان الكشي`).
    let full: Vec<(String, String, usize, String)> = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Per && m.last > m.first)
        .map(|m| {
            (
                head_form(words[m.first], m.strip),
                words[m.last].norm.clone(),
                m.last - m.first,
                canonical_of(m),
            )
        })
        .collect();
    for m in mentions.iter_mut() {
        if m.kind != EntityType::Per || m.last == m.first {
            continue;
        }
        let (f, l) = (head_form(words[m.first], m.strip), &words[m.last].norm);
        if let Some((.., c)) = full
            .iter()
            .filter(|(ff, ll, n, _)| *ff == f && ll == l && *n > m.last - m.first)
            .max_by_key(|(.., n, _)| *n)
        {
            m.canonical = Some(c.clone());
        }
    }
    let mut covered = vec![false; words.len()];
    for m in mentions.iter_mut() {
        covered[m.first..=m.last].iter_mut().for_each(|c| *c = true);
        if m.kind == EntityType::Per && m.first == m.last {
            let f = words[m.first];
            if let Some((_, c)) = surnames
                .iter()
                .find(|(s, _)| *s == f.after_proclitics || *s == f.norm)
            {
                m.canonical = Some(c.clone());
            }
        }
    }
    for (i, w) in words.iter().enumerate() {
        if covered[i] || w.kind() != TokenKind::Word {
            continue;
        }
        // Only the bare surname or و + surname: a preposition on it is more often the common
        // word (`لصالح` "in favour of").
        let conj = w.norm.strip_prefix('و');
        let hit = surnames.iter().find_map(|(s, c)| {
            if *s == w.norm {
                Some((0, c))
            } else if conj == Some(s.as_str()) {
                Some((1, c))
            } else {
                None
            }
        });
        if let Some((strip, c)) = hit {
            mentions.push(Mention {
                first: i,
                last: i,
                strip,
                kind: EntityType::Per,
                entry: None,
                origin: Origin::Coreference,
                canonical: Some(c.clone()),
                role: None,
            });
        }
    }
    mentions.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
}

/// Words before a family name (`بن سلمان`, `آل سعود`): a name ending so is no surname a person
/// is called by alone, normalised.
const FAMILY_MARKERS: [&str; 6] = ["بن", "ابن", "بنت", "ال", "ابو", "عبد"];

/// Two surnames side by side are two people (`وعندما التقى بوتين ترامب`: Putin met Trump): a
/// tagged two-word person whose first word is no given name and whose words are the surnames
/// of two other, different people named in full in the document is split into two one-word
/// mentions (their canonicals follow).
fn split_surname_pairs(
    gaz: &Gazetteer,
    words: &[&WordForms],
    mentions: &mut Vec<Mention>,
    canonical_of: &impl Fn(&Mention) -> String,
) -> bool {
    let full: Vec<(usize, &str, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.kind == EntityType::Per
                && m.last > m.first
                && !FAMILY_MARKERS.contains(&words[m.last - 1].norm.as_str())
        })
        .map(|(k, m)| (k, words[m.last].norm.as_str(), canonical_of(m)))
        .collect();
    let mut split = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        if m.kind != EntityType::Per || m.origin != Origin::Tagger || m.last != m.first + 1 {
            continue;
        }
        let (a, b) = (words[m.first], words[m.last]);
        let of = |w: &str| {
            full.iter()
                .find(|(j, s, _)| *j != k && *s == w)
                .map(|(.., c)| c.as_str())
        };
        // A given name first is one person's given name and surname (`احمد غريب`).
        if a.norm.starts_with("ال")
            || gaz.is_given(&a.norm)
            || gaz.is_given(&a.after_proclitics)
            || COMPOUND_SECONDS.contains(&b.norm.as_str())
        {
            continue;
        }
        let first = of(&a.norm).or_else(|| of(&a.after_proclitics));
        if let (Some(ca), Some(cb)) = (first, of(&b.norm)) {
            // Two different people: their full names share no word.
            if !ca
                .split_whitespace()
                .any(|w| cb.split_whitespace().any(|x| x == w))
            {
                split.push(k);
            }
        }
    }
    for &k in &split {
        let m = &mut mentions[k];
        m.last = m.first;
        let second = Mention {
            first: m.first + 1,
            last: m.first + 1,
            strip: 0,
            ..m.clone()
        };
        mentions.push(second);
    }
    !split.is_empty()
}

/// Longest name propagated to its other occurrences in the document, in tokens.
pub const PROPAGATE_MAX_TOKENS: usize = 4;

/// A name found once is the same name where it recurs: every tagged or listed mention is
/// looked for at the document's other, uncovered tokens (with or without proclitics), and each
/// occurrence becomes a mention of the same entity (`origin` coreference).
pub fn propagate(
    gaz: &Gazetteer,
    words: &[&WordForms],
    mentions: &mut Vec<Mention>,
    canonical_of: impl Fn(&Mention) -> String,
) {
    let mut names: Vec<(Vec<String>, usize)> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        if m.last - m.first >= PROPAGATE_MAX_TOKENS
            || !matches!(m.origin, Origin::Tagger | Origin::Gazetteer)
        {
            continue;
        }
        let first = words[m.first];
        let head = head_form(first, m.strip);
        if m.first == m.last
            && (head.chars().count() < 3
                || (m.origin == Origin::Tagger && first.counts[0] > COMMON_WORD_COUNT))
        {
            continue;
        }
        let mut key = vec![head];
        key.extend((m.first + 1..=m.last).map(|j| words[j].norm.clone()));
        if !names.iter().any(|(n, _)| *n == key) {
            names.push((key, k));
        }
    }
    if names.is_empty() {
        return;
    }
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    let mut covered = vec![false; words.len()];
    for m in mentions.iter() {
        covered[m.first..=m.last].iter_mut().for_each(|c| *c = true);
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if covered[i] || w.kind() != TokenKind::Word && w.kind() != TokenKind::Latin {
            i += 1;
            continue;
        }
        let loose = crate::entities::features::LOOSE_PROCLITICS
            .iter()
            .find_map(|&p| w.norm.strip_prefix(p));
        let mut hit = None;
        for (key, k) in &names {
            let n = key.len();
            if i + n > words.len() || covered[i..i + n].iter().any(|&c| c) {
                continue;
            }
            let strip = if key[0] == w.norm {
                0
            } else if key[0] == w.after_proclitics && w.stem_start > 0 {
                w.stem_start
            } else if loose == Some(key[0].as_str()) && key[0].chars().count() >= 4 {
                1
            } else {
                continue;
            };
            let adjective = n == 1
                && strip == 0
                && matches!(mentions[*k].kind, EntityType::Gpe | EntityType::Loc)
                && is_nisba_adjective(gaz, words, i, i);
            if !adjective && (1..n).all(|j| words[i + j].norm == key[j]) {
                hit = Some((n, strip, *k));
                break;
            }
        }
        match hit {
            Some((n, strip, k)) => {
                let src = &mentions[k];
                added.push(Mention {
                    first: i,
                    last: i + n - 1,
                    strip,
                    kind: src.kind,
                    entry: src.entry,
                    origin: Origin::Coreference,
                    canonical: Some(src.canonical.clone().unwrap_or_else(|| canonical_of(src))),
                    role: None,
                });
                covered[i..i + n].iter_mut().for_each(|c| *c = true);
                i += n;
            }
            None => i += 1,
        }
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
}

/// Regions named by a head and a place (`شرق سوريا`, `ريف دير الزور`): a LOC mention over
/// both, added beside the place's own mention.
pub fn region_compounds(words: &[&WordForms], mentions: &[Mention]) -> Vec<Mention> {
    let mut out = Vec::new();
    for m in mentions {
        if !matches!(m.kind, EntityType::Gpe | EntityType::Loc) || m.first == 0 || m.strip != 0 {
            continue;
        }
        let head = words[m.first - 1];
        if head.kind() == TokenKind::Word && REGION_HEADS.contains(&head.after_proclitics.as_str())
        {
            // Not when the compound is itself a listed name (شرق الفرات is one already).
            if mentions
                .iter()
                .any(|o| o.first == m.first - 1 && o.last >= m.last)
            {
                continue;
            }
            out.push(Mention {
                first: m.first - 1,
                last: m.last,
                strip: head.stem_start,
                kind: EntityType::Loc,
                entry: None,
                origin: Origin::Rule,
                canonical: None,
                role: None,
            });
        }
    }
    out
}

/// Binds roles to people in one sentence: a listed title, extended over the organisations,
/// places, demonyms and modifiers that complete it, and followed within [`ROLE_GAP`] tokens by
/// a person mention. Sets `role` to `(first token, last token, strip)` of the role phrase.
pub fn bind_roles(
    gaz: &Gazetteer,
    words: &[&WordForms],
    matches: &[GazMatch],
    mentions: &mut Vec<Mention>,
) {
    let mut titles: Vec<&GazMatch> = matches
        .iter()
        .filter(|m| gaz.entry(m.entry).kind == GazKind::Role)
        .collect();
    titles.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
    titles.dedup_by_key(|m| m.first);
    let demonym_at = |j: usize| {
        matches
            .iter()
            .any(|m| m.first == j && m.last == j && gaz.entry(m.entry).kind == GazKind::Demonym)
    };
    for t in titles {
        if mentions
            .iter()
            .any(|m| m.first <= t.first && t.first <= m.last)
        {
            continue;
        }
        // A person the tagger began on the title's last word starts after it (`العميد ركن
        // أحمد عسيري`: ركن qualifies the rank).
        for m in mentions.iter_mut().filter(|m| {
            m.kind == EntityType::Per && t.first < m.first && m.first <= t.last && m.last > t.last
        }) {
            m.first = t.last + 1;
            m.strip = 0;
        }
        // A name that begins inside the title runs the role on (`مدير` + `المركز الإعلامي
        // لقوات سوريا الديمقراطية`).
        let mut end = mentions
            .iter()
            .filter(|m| m.kind != EntityType::Per && t.first < m.first && m.first <= t.last)
            .map(|m| m.last)
            .fold(t.last, usize::max);
        let mut j = end + 1;
        while j < words.len() {
            let w = words[j];
            if let Some(m) = mentions
                .iter()
                .find(|m| m.first == j && m.kind != EntityType::Per)
            {
                end = m.last;
                j = m.last + 1;
            } else if w.kind() == TokenKind::Quote || is_detached_proclitic(w) {
                j += 1;
            } else if demonym_at(j) || ROLE_MODIFIERS.contains(&w.after_proclitics.as_str()) {
                end = j;
                j += 1;
            } else {
                break;
            }
        }
        let mut person = mentions
            .iter()
            .position(|m| m.kind == EntityType::Per && m.first > end && m.first <= end + ROLE_GAP);
        // A name set off by commas after the role is the whole name, even when the tagger
        // found only part of it (`، نيد برايس،` with برايس tagged as رايس after a clitic).
        match (
            person,
            appositive_name(gaz, words, matches, mentions, end, person),
        ) {
            (None, Some(m)) => {
                mentions.push(m);
                person = Some(mentions.len() - 1);
            }
            (Some(p), Some(m)) if m.first <= mentions[p].first && mentions[p].last <= m.last => {
                mentions[p].first = m.first;
                mentions[p].last = m.last;
                mentions[p].strip = 0;
            }
            _ => {}
        }
        // A name does not start with a preposition (`الأمين العام للأمم المتحدة بشدة قتل`).
        // (A listed name may: `بان كي مون`.)
        let person = person.filter(|&p| {
            mentions[p].entry.is_some()
                || !matches!(
                    words[mentions[p].first].prefix.chars().next(),
                    Some('ب' | 'ل' | 'ك')
                )
        });
        let Some(p) = person else { continue };
        // A given name between the role and the tagged surname belongs to the name
        // (`وزير الدفاع الأمريكي بالوكالة، بات شاناهان`: بات is also the verb "became").
        while mentions[p].first > end + 1 && mentions[p].strip == 0 {
            let k = mentions[p].first - 1;
            let given = matches.iter().any(|m| {
                m.first == k
                    && m.last == k
                    && m.strip == 0
                    && gaz.entry(m.entry).kind == GazKind::Given
            });
            if !given {
                break;
            }
            mentions[p].first = k;
        }
        // Nothing that could be its own clause between the role and the name (`قال المتحدث
        // باسم الحكومة , إن قليجدار`: the name is the content's subject).
        let is_comma = |k: usize| matches!(words[k].norm.as_str(), "," | "،");
        let between_ok = (end + 1..mentions[p].first).all(|k| {
            let w = words[k];
            if w.kind() == TokenKind::Punct {
                is_comma(k)
            } else {
                !CLAUSE_OPENERS.contains(&w.norm.as_str())
            }
        });
        // Plain words running straight into the name, or up to the comma before it, complete
        // the title (`رئيس البلدية خالد الحميدان`, `المتحدث باسم الحكومة التركية , بكير بوزداغ`).
        let mut run_end = mentions[p].first;
        while run_end > end + 1 && is_comma(run_end - 1) {
            run_end -= 1;
        }
        let run = end + 1..run_end;
        if run.len() <= ROLE_GAP && run.clone().all(|k| words[k].kind() == TokenKind::Word) {
            end = run_end - 1;
        }
        // A title governed by a deputy's noun is part of the deputy's role (`وكيلة الأمين العام
        // للشؤون الإنسانية , فاليري آموس`, `الممثل الخاص للأمين العام`), not the office itself.
        let mut first = (t.first, t.strip);
        let mut k = t.first;
        while k > 0 && words[k - 1].kind() == TokenKind::Word {
            let w = words[k - 1];
            let noun = w
                .after_proclitics
                .strip_prefix("ال")
                .unwrap_or(&w.after_proclitics);
            if deputy_noun(noun) {
                first = (k - 1, w.stem_start);
                k -= 1;
            } else if matches!(noun, "خاص" | "خاصه") && k >= 2 {
                k -= 1;
            } else {
                break;
            }
        }
        if between_ok && mentions[p].role.is_none() {
            mentions[p].role = Some((first.0, end, first.1));
        }
    }
}

/// Longest name taken from an apposition: `TITLE ...، NAME،` — a name set off by commas right
/// after a role is a person even when the tagger missed it (`وزير الدفاع الأمريكي بالوكالة،
/// بات شاناهان، قال`).
const APPOSITION_MAX_WORDS: usize = 4;

/// The person named between the first comma after a role (within [`ROLE_GAP`] tokens of
/// `end`) and the next comma, when that stretch is 1..=4 plain words that no mention covers.
fn appositive_name(
    gaz: &Gazetteer,
    words: &[&WordForms],
    matches: &[GazMatch],
    mentions: &[Mention],
    end: usize,
    ignore: Option<usize>,
) -> Option<Mention> {
    let is_comma = |w: &WordForms| w.kind() == TokenKind::Punct && w.norm == ",";
    let comma = (end + 1..(end + 1 + ROLE_GAP).min(words.len())).find(|&k| is_comma(words[k]))?;
    let first = comma + 1;
    let mut last = first;
    while last < words.len() && words[last].kind() == TokenKind::Word {
        last += 1;
    }
    let n = last - first;
    if n == 0 || n > APPOSITION_MAX_WORDS || last >= words.len() || !is_comma(words[last]) {
        return None;
    }
    let last = last - 1;
    if words[first].stem_start != 0
        || words[first].prefix.ends_with("ال")
        || mentions
            .iter()
            .enumerate()
            .any(|(k, m)| Some(k) != ignore && m.first <= last && first <= m.last)
    {
        return None;
    }
    // `، خلال اللقاء،` is not a name: the first word must be a given name or a rare word.
    let given = matches
        .iter()
        .any(|m| m.first == first && m.last == first && gaz.entry(m.entry).kind == GazKind::Given);
    if !given && words[first].counts[0] >= APPOSITION_RARE_COUNT {
        return None;
    }
    Some(Mention {
        first,
        last,
        strip: 0,
        kind: EntityType::Per,
        entry: None,
        origin: Origin::Rule,
        canonical: None,
        role: None,
    })
}
