//! Noun-object statements (GUIDELINES §4.1, settled): a cue whose noun object is a whole
//! proposition reports it (casualties, control, outcomes, accusations, characterisations);
//! an object that is an act, a demand, a pledge or a feeling does not. The sentences are
//! real, from the baly2018 development articles (gold-a, gold-c) and from SaudiNewsNet
//! (Alhagri 2015, 2015-08-10 and 2015-08-11), as noted on each test.

mod common;

use isnad::document::{Stance, Statement};

fn statements(body: &str) -> Vec<Statement> {
    common::analyze_body(body).statements
}

fn speaker(s: &Statement) -> String {
    s.chain.last().expect("a speaker").text.clone()
}

/// The one statement whose cue is `cue`, or a panic listing what was found.
fn by_cue<'a>(sts: &'a [Statement], cue: &str) -> &'a Statement {
    sts.iter()
        .find(|s| s.cue.text == cue)
        .unwrap_or_else(|| panic!("no statement with cue {cue}: {sts:#?}"))
}

fn no_cue(sts: &[Statement], cue: &str) {
    assert!(
        sts.iter().all(|s| s.cue.text != cue),
        "unexpected statement with cue {cue}: {sts:#?}"
    );
}

/// gold-a baly-R-128-0: `أفادت X بمقتل ...`: the content starts at the verbal noun, without
/// the ب (it runs on over `, كما قصفت ...`, which the gold cuts).
#[test]
fn casualty_report_with_a_b_object() {
    let sts = statements(
        "من جهة أخرى , أفادت وكالة مسار برس بمقتل ثلاثة أشخاص وجرح آخرين في غارات للطيران الروسي على قرية الحوايج ومدينة البوكمال وريفها , كما قصفت بالمدفعية مخيما للنازحين .",
    );
    let s = by_cue(&sts, "أفادت");
    assert!(
        s.content.text.starts_with("مقتل ثلاثة أشخاص"),
        "{}",
        s.content.text
    );
    assert!(s.content.text.contains("وريفها"), "{}", s.content.text);
    assert!(speaker(s).contains("مسار"), "{}", speaker(s));
    assert_eq!(s.stance, Stance::Assert);
}

/// gold-a baly-R-202-4: `كشف ضابط في قوات ... عن مقتل ...`, and a time adjunct between the
/// cue and the object (`أعلن في 24 يناير / كانون الثاني الماضي , استعادة ...`).
#[test]
fn objects_after_an_affiliation_or_a_date() {
    let sts = statements(
        "من جهته , كشف ضابط في قوات جهاز مكافحة الإرهاب عن مقتل طالب جامعي وإصابة 4 آخرين بجراح إثر هجوم شنه التنظيم على مقر جامعة الموصل .",
    );
    let s = by_cue(&sts, "كشف");
    assert!(
        s.content.text.starts_with("مقتل طالب"),
        "{}",
        s.content.text
    );
    assert_eq!(speaker(&s.clone()).split(' ').next(), Some("ضابط"));

    let sts = statements(
        "وكان العراق قد أعلن في 24 يناير / كانون الثاني الماضي , استعادة النصف الشرقي من المدينة كاملا .",
    );
    let s = by_cue(&sts, "أعلن");
    assert_eq!(s.content.text, "استعادة النصف الشرقي من المدينة كاملا");
    assert_eq!(speaker(s), "العراق");
}

/// gold-a baly-R-297-0: a claim noun after a titled name ends the subject
/// (`أعلن رئيس الوزراء العراقي حيدر العبادي | نهاية " داعش "`).
#[test]
fn claim_noun_ends_the_subject() {
    let sts = statements(
        "أعلن رئيس الوزراء العراقي حيدر العبادي نهاية \" داعش \" في العراق عسكريا , مجددا رفضه \" تجريم \" من قاتل التنظيم .",
    );
    let s = by_cue(&sts, "أعلن");
    assert!(s.content.text.starts_with("نهاية"), "{}", s.content.text);
    assert!(speaker(s).contains("العبادي"), "{}", speaker(s));
}

/// gold-a baly-R-13-5 and gold-c baly-R-471-0: accusations start at the accused; a subject
/// that ran on into the accused entity is cut before it. The participle `متهمة` reports too.
#[test]
fn accusations_start_at_the_accused() {
    let sts = statements(
        "اتهم رئيس هيئة الأركان الروسية العامة الولايات المتحدة بتدريب مقاتلين سابقين لتنظيم داعش في سوريا لمحاولة زعزعة استقرار البلاد .",
    );
    let s = by_cue(&sts, "اتهم");
    assert!(
        s.content.text.starts_with("الولايات المتحدة بتدريب"),
        "{}",
        s.content.text
    );
    assert!(!speaker(s).contains("الولايات"), "{}", speaker(s));

    let sts = statements(
        "وكانت السعودية والإمارات ومصر والبحرين قد أعلنت قطع علاقاتها مع قطر في حزيران / يونيو , متهمة حكومة الدوحة بدعم جماعات إرهابية وهو ما نفته الأخيرة .",
    );
    let s = by_cue(&sts, "متهمة");
    assert!(
        s.content.text.starts_with("حكومة الدوحة بدعم"),
        "{}",
        s.content.text
    );
    // `أعلنت قطع علاقاتها`: the announcement is the act itself.
    no_cue(&sts, "أعلنت");
}

/// SaudiNewsNet: `متهما`/`متهمين` as the noun "accused" report nothing and do not cut the
/// content of the statement they stand in.
#[test]
fn accused_as_a_noun_is_no_cue() {
    let sts =
        statements("وذكرت الصحيفة أن القضية تضم أكثر من 20 متهما من بينهم خيرت الشاطر نائب بديع .");
    assert_eq!(sts.len(), 1, "{sts:#?}");
    assert!(
        sts[0].content.text.ends_with("نائب بديع"),
        "{}",
        sts[0].content.text
    );
    let sts = statements(
        "وقالت الصحف إن المحكمة قضت في القضية نفسها بإعدام عشرة متهمين دينوا بتكوين تنظيم إرهابي .",
    );
    no_cue(&sts, "متهمين");
}

/// gold-a baly-R-207-6: `وصف X ب - " البناء "` is a characterisation; it ends at the comma.
#[test]
fn characterisation_with_b() {
    let sts = statements(
        "وكان الرئيس التركي قد وصف الاتصال الهاتفي مع الرئيس الأمريكي ب - \" البناء \" , وخلاله وعد ترامب بأن الولايات المتحدة لن تقدم أسلحة مستقبلا .",
    );
    let s = by_cue(&sts, "وصف");
    assert!(
        s.content.text.starts_with("الاتصال الهاتفي"),
        "{}",
        s.content.text
    );
    assert!(s.content.text.contains("البناء"), "{}", s.content.text);
    assert!(!s.content.text.contains("ترامب"), "{}", s.content.text);
    by_cue(&sts, "وعد");
}

/// gold-c baly-R-546-1: `وقد أكدت X وقوع ...` opens its own clause: the previous statement's
/// content stops before it, and the confirmation is a statement of its own.
#[test]
fn confirmation_after_wa_qad_is_its_own_statement() {
    let sts = statements(
        "لكن حكومة اقليم كردستان نفت تلك الأنباء وقالت إنه حدث تبادل بنيران المدفعية بين قوات البيشمركة الكردية وقوات الحشد الشعبي وقد أكدت وكالة الأنباء الفرنسية وقوع تبادل إطلاق النار .",
    );
    let said = by_cue(&sts, "قالت");
    assert!(
        said.content.text.ends_with("الحشد الشعبي"),
        "{}",
        said.content.text
    );
    let confirmed = by_cue(&sts, "أكدت");
    assert_eq!(confirmed.content.text, "وقوع تبادل إطلاق النار");
    assert_eq!(by_cue(&sts, "نفت").stance, Stance::Deny);
}

/// SaudiNewsNet 2015-08-10/11: announcements of deaths, arrests and case counts are claims.
#[test]
fn announced_facts_are_statements() {
    let sts = statements(
        "أعلنت وزارة الصحة اليوم الثلاثاء عن تسجيل 4 حالات إصابة جديدة بفايروس كورونا , وحالة شفاء واحدة .",
    );
    let s = by_cue(&sts, "أعلنت");
    assert!(
        s.content.text.starts_with("تسجيل 4 حالات"),
        "{}",
        s.content.text
    );
    let sts = statements(
        "وأعلنت حركة طالبان المسؤولية عن هجوم امس الاثنين الانتحاري في منطقة مزدحمة خارج نقطة تفتيش المطار .",
    );
    let s = by_cue(&sts, "أعلنت");
    assert!(
        s.content.text.starts_with("المسؤولية عن هجوم"),
        "{}",
        s.content.text
    );
}

/// Excluded objects (GUIDELINES §4.1): demands (gold-a baly-R-207-6 `شدد على ضرورة`, gold-c
/// baly-R-513-1 `أشار إلى ضرورة`), pledges (gold-a baly-R-207-7 `تعهد ... بعدم`), feelings
/// (gold-a baly-R-209-1 `اعربت عن احتجاجها`), a pronoun object (gold-a baly-R-198-1 `أعلنت
/// موسكو ذلك`), an attitude (gold-c baly-R-317-9 `مؤكدا دعم فرنسا`) and present-tense
/// background (gold-c baly-R-547-10 `وتتهم كييف موسكو`).
#[test]
fn acts_demands_pledges_and_feelings_are_not_statements() {
    for (body, cue) in [
        (
            "من جانبه , شدد بكر بوزداغ نائب رئيس الوزراء التركي على ضرورة استعادة الولايات المتحدة الأمريكية الأسلحة التي منحتها لميليشيا وحدات حماية الشعب الكردية في سوريا .",
            "شدد",
        ),
        (
            "وأشار عبد الله إلى ضرورة الالتزام باتخاذ الإجراءات القانونية المقررة في هذا الشأن .",
            "أشار",
        ),
        (
            "الرئيس دونالد ترمب وفي اتصال مفاجئ عقب قمة سوتشي الأسبوع الماضي , تعهد لنظيره التركي رجب طيب أردوغان , بعدم تسليح ميليشيا وحدات حماية الشعب الكردية .",
            "تعهد",
        ),
        (
            "علما أن منصة موسكو التي شاركت في الاجتماع بصفة مراقب , اعربت عن احتجاجها على هذا الطلب .",
            "اعربت",
        ),
        (
            "وأعلنت موسكو ذلك بعدما قصفت الطائرات قرية الشعفة بشرقي سوريا .",
            "أعلنت",
        ),
        (
            "وذكر البيان أن الرئيس الفرنسي سيستقبل وزير الخارجية اللبناني , مؤكدا دعم فرنسا للبنان وشعبه .",
            "مؤكدا",
        ),
        (
            "وتتهم كييف موسكو بإرسال قوات وأسلحة ثقيلة إلى شرق البلاد وهو ما تنفيه روسيا .",
            "تتهم",
        ),
    ] {
        no_cue(&statements(body), cue);
    }
}

/// SaudiNewsNet 2015-08-11: `أكدوا خطورتها، خاصة إذا أقدم أحد بارتكاب`: a claim noun reached
/// across a comma and a conditional is not the object; neither is a noun after a preposition
/// (`أدلة قطعية أكدت تسببه في الإصابة`, 2015-08-10).
#[test]
fn claim_nouns_out_of_the_objects_reach() {
    let sts = statements(
        "فيما سخر كثيرون من القضية , إلا أنهم أكدوا خطورتها، خاصة إذا أقدم أحد بارتكاب حماقات لا تحمد عقباها .",
    );
    no_cue(&sts, "أكدوا");
    let sts = statements(
        "وتم تصنيف المبيدات الحشرية ضمن المجموعة بناء على أدلة قطعية أكدت تسببه في الإصابة بسرطان الغدة الليمفاوية .",
    );
    no_cue(&sts, "أكدت");
}

/// baly2018 V-641-7 and R-289-1: `ونفى وجود أي نية ...` has a dropped subject; the claim noun
/// right after the verb opens the object (the denied content), never the speaker, unless a
/// name begins there (`قال نصر الحريري`).
#[test]
fn a_claim_noun_right_after_the_verb_is_the_object() {
    let sts = statements(
        "وقال وزير الدفاع الإيراني حسين دهقان إن بلاده لا تمنح قواعد عسكرية لأحد . ونفى وجود أي نية لإيران في منح روسيا قاعدة عسكرية .\n\
         وقال نصر الحريري إن المعارضة ذاهبة إلى الجولة المقبلة .",
    );
    let denial = by_cue(&sts, "نفى");
    assert!(denial.content.text.starts_with("وجود"), "{denial:#?}");
    assert!(speaker(denial).contains("دهقان"), "{denial:#?}");
    assert!(
        sts.iter().any(|s| speaker(s).contains("نصر الحريري")),
        "{sts:#?}"
    );
}
