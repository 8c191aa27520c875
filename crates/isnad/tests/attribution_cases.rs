//! The attribution stage on short passages modelled on the baly2018 news texts (tokenised as
//! that corpus writes them: punctuation split off by spaces), one shape of report each.

use isnad::document::{DateEvidence, Document, QuoteKind, Source, Stance, Statement};

mod common;

fn analyze_with(body: &str, published: Option<&str>) -> Document {
    common::analyze_body_published(body, published)
}

fn analyze(body: &str) -> Document {
    common::analyze_body(body)
}

fn chain(s: &Statement) -> Vec<String> {
    s.chain.iter().map(|l| l.canonical.clone()).collect()
}

/// Each statement's whole chain (canonical, joined by ` > `) and its content.
fn chains_and_contents(doc: &Document) -> Vec<(String, &str)> {
    doc.statements
        .iter()
        .map(|s| (chain(s).join(" > "), s.content.text.as_str()))
        .collect()
}

/// Each statement's speaker (the chain's last link), canonical.
fn speakers(doc: &Document) -> Vec<String> {
    doc.statements
        .iter()
        .filter_map(|s| s.chain.last())
        .map(|l| l.canonical.clone())
        .collect()
}

#[test]
fn addressee_outlet_is_the_outer_link_and_continuations_keep_it() {
    let doc = analyze(
        "وقال سعد هادي , الضابط برتبة نقيب بشرطة تلعفر , في تصريح ل - \" الأناضول \" : إن \" داعش شن هجوما عنيفا على قرية الشرائع \" .\nوأضاف هادي أن \" 13 من داعش قتلوا جراء الهجوم \" .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["الأناضول", "سعد هادي"]);
    assert_eq!(doc.statements[0].quote, QuoteKind::Direct);
    assert_eq!(chain(&doc.statements[1]), ["الأناضول", "سعد هادي"]);
}

#[test]
fn trailing_according_phrase_is_the_outer_link_of_the_quote() {
    let doc = analyze(
        "قالت القيادية في حملة \" غضب الفرات \" روجدا فلات : \" انسحبت بعض القوات , لكن سنبقى موجودين في المدينة \" , بحسب وكالة الصحافة الفرنسية .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    let s = &doc.statements[0];
    assert_eq!(s.chain.len(), 2);
    // (`وكالة الصحافة الفرنسية` is AFP, canonically `فرانس برس`.)
    assert_eq!(s.chain[0].canonical, "فرانس برس");
    assert!(s.chain[0].text.contains("الصحافة الفرنسية"));
    assert!(s.chain[1].canonical.contains("روجدا فلات"));
    assert_eq!(s.quote, QuoteKind::Direct);
    assert!(s.content.text.starts_with("انسحبت"));
}

#[test]
fn nested_report_runs_to_the_inner_speaker() {
    let doc = analyze(
        "وقالت وكالة إنترفاكس للأنباء إن وزارة الدفاع الروسية نفت تنفيذ الطائرات الحربية الروسية ضربات جوية على قرية في محافظة دير الزور .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    let s = &doc.statements[0];
    assert_eq!(s.cue.text, "نفت");
    assert_eq!(s.stance, Stance::Deny);
    assert_eq!(s.chain.len(), 2);
    assert!(s.chain[1].canonical.contains("وزارة الدفاع"));
}

#[test]
fn relay_with_a_dash_and_a_participle() {
    let doc = analyze(
        "وقالت وكالة الإعلام الروسية - نقلا عن وزارة الدفاع - إن ست قاذفات روسية انطلقت من روسيا , مشيرة إلى أن الطائرات عادت إلى مطاراتها .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(
        chain(&doc.statements[0]),
        ["وكالة الإعلام الروسية", "وزارة الدفاع"]
    );
    assert_eq!(chain(&doc.statements[1]), chain(&doc.statements[0]));
}

/// A negated cue reports nothing, even before a claim noun (`لا تعلن مسؤوليتها`); the plain
/// announcement of a victory is a claim since GUIDELINES §4.1 was settled (gold-a baly-R-10-0).
#[test]
fn negated_and_narrative_verbs_report_nothing() {
    let doc = analyze(
        "وتقصف إسرائيل مواقع في سوريا , لكنها لا تعلن عادة مسؤوليتها عن هذه الضربات .\nوأعلن العراق تحقيق النصر النهائي على التنظيم .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].cue.text, "أعلن");
    assert!(doc.statements[0]
        .content
        .text
        .starts_with("تحقيق النصر النهائي"));
}

#[test]
fn plain_negation_asserts_and_denial_phrases_deny() {
    let doc = analyze(
        "في المقابل , قالت متحدثة باسم الجيش الإسرائيلي إنهم لا يعلقون على تقارير .\nوقال المتحدث إنه لا صحة للأنباء عن مقتله .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].stance, Stance::Assert);
    assert_eq!(doc.statements[1].stance, Stance::Deny);
}

#[test]
fn anaphoric_sources_take_their_antecedent() {
    let doc = analyze(
        "وبينت مصادر محلية في المنطقة لوكالة \" الأناضول \" التركية , أن صواريخ عدة استهدفت موقعا عسكريا .\nوأضافت المصادر ذاتها أن القصف استهدف كذلك الفوج 137 .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), chain(&doc.statements[1]));
    assert_eq!(doc.statements[1].chain[0].canonical, "الأناضول");
}

#[test]
fn hedges_and_times_and_quantities_in_a_report() {
    let doc = analyze_with(
        "وقال مصدر مخابراتي غربي إن إسرائيل شنت ضربة في 12 نوفمبر على قاعدة يعتقد على نطاق واسع أنها مجمع عسكري , وقتل نحو ثلاثة آلاف مقاتل منذ 15 رمضان 1440 .",
        Some("2019-06-01"),
    );
    let s = &doc.statements[0];
    assert!(s.hedged);
    assert_eq!(s.hedge.as_ref().map(|h| h.text.as_str()), Some("يعتقد"));
    let nov = doc
        .times
        .iter()
        .find(|t| t.text == "12 نوفمبر")
        .expect("12 نوفمبر");
    assert_eq!(nov.value.as_deref(), Some("2018-11-12"));
    let ramadan = doc
        .times
        .iter()
        .find(|t| t.text == "15 رمضان 1440")
        .expect("a Hijri date");
    assert_eq!(ramadan.value.as_deref(), Some("2019-05-20"));
    let q = doc
        .quantities
        .iter()
        .find(|q| q.value == Some(3000.0))
        .expect("ثلاثة آلاف");
    assert_eq!(q.unit.as_deref(), Some("مقاتل"));
    assert_eq!(q.approx.as_deref(), Some("نحو"));
}

#[test]
fn relative_times_resolve_on_the_publication_date_only() {
    let body = "وقصفت الطائرات المركز أمس الاثنين وقبل ثلاثة أسابيع والأسبوع الماضي , منذ عام 2014 , وقتل 15 في المئة من السكان .";
    let value = |doc: &Document, text: &str| {
        doc.times
            .iter()
            .find(|t| t.text == text)
            .unwrap_or_else(|| panic!("{text} in {:?}", doc.times))
            .value
            .clone()
    };
    let doc = analyze_with(body, Some("2017-12-27"));
    // 2017-12-27 is a Wednesday: the page went out a day after it was written, and the
    // weekday named beside `أمس` is the day meant.
    assert_eq!(value(&doc, "أمس الاثنين").as_deref(), Some("2017-12-25"));
    assert_eq!(
        value(&doc, "قبل ثلاثة أسابيع").as_deref(),
        Some("2017-12-06")
    );
    assert_eq!(
        value(&doc, "الأسبوع الماضي").as_deref(),
        Some("2017-W51"),
        "the ISO week before the week of 2017-12-27"
    );
    assert_eq!(value(&doc, "عام 2014").as_deref(), Some("2014"));
    let pct = doc
        .quantities
        .iter()
        .find(|q| q.value == Some(15.0))
        .expect("15 في المئة");
    assert_eq!(pct.unit.as_deref(), Some("%"));
    // Without a publication date nothing relative is anchored (a page's render date never is).
    let mut undated = Document::new("t", Source::default());
    undated.body = body.to_string();
    undated.page_date = Some(DateEvidence {
        date: "2024-04-23".to_string(),
        evidence: "chrome".to_string(),
        raw: None,
        confidence: 0.9,
    });
    common::pipeline().analyze_body(&mut undated);
    assert_eq!(value(&undated, "أمس الاثنين"), None);
    assert_eq!(value(&undated, "الأسبوع الماضي"), None);
    assert_eq!(value(&undated, "عام 2014").as_deref(), Some("2014"));
}

fn speaker(s: &Statement) -> &str {
    s.chain.last().map_or("", |l| l.canonical.as_str())
}

/// The speakers as written (the last link's text) of every statement.
fn speaker_texts(doc: &Document) -> Vec<String> {
    doc.statements
        .iter()
        .map(|s| s.chain.last().expect("a speaker").text.clone())
        .collect()
}

/// gold-c baly-R-595-4: `ي ذكر أن` (the corpus broke يُذكر) and `- يرجح أنه -` are the
/// narration's impersonal passives, not reports carried over from the last speaker.
#[test]
fn impersonal_passives_report_nothing() {
    let doc = analyze(
        "وقال المعلم إن أكراد سوريا ينافسون الجيش السوري . ي ذكر أن أكثر من ثمانين شخصا قتلوا خلال هجوم - يرجح أنه بغاز سام - على مدينة خان شيخون .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].cue.text, "قال");
}

/// gold-c baly-R-513-1: an attribution phrase that heads a reported clause is the outer link of
/// that clause's statement, not a statement whose content is the whole clause; the honorifics
/// of an apposition (`العميد الركن`) are not the name.
#[test]
fn leading_according_phrase_is_the_outer_link_of_the_clause_it_heads() {
    let doc = analyze(
        "وحسب الموقع الرسمي لوزارة الداخلية البحرينية , قال قائد خفر السواحل البحريني , العميد الركن علاء عبد الله , إن \" السلطات القطرية احتجزت 3 قوارب بحرينية \" مشيرا إلى أن احتجاز بعض هذه القوارب يعود إلى عام 2009 .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    for s in &doc.statements {
        assert_eq!(s.chain.len(), 2, "{:#?}", s.chain);
        assert!(s.chain[0].canonical.contains("وزارة الداخلية البحرينية"));
        assert_eq!(speaker(s), "علاء عبد الله");
    }
    assert_eq!(doc.statements[0].cue.text, "قال");
    assert!(doc.statements[0].content.text.starts_with("السلطات"));
}

/// gold-c baly-R-57-2: `نقلت عنه صحيفة X قوله`: the outlet follows the pronoun, which points
/// back to the subject that opens the sentence (`أما وزير الخارجية ...`).
#[test]
fn pronoun_source_of_a_relay_is_the_sentence_subject() {
    let doc = analyze(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستسعى لإجراء محادثات سلام .\nأما وزير الخارجية الفرنسي جان إيف لو دريان فكان أكثر حدة إذ نقلت عنه صحيفة لو فيجارو قوله \" لا يبدو أن السيد الأسد في وضع يسمح له باتخاذ موقف سياسي \" .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    let s = &doc.statements[1];
    assert_eq!(s.cue.text, "نقلت");
    assert_eq!(s.chain.len(), 2, "{:#?}", s.chain);
    assert!(s.chain[0].canonical.contains("فيجارو"), "{:#?}", s.chain);
    assert!(speaker(s).contains("دريان"), "{:#?}", s.chain);
}

/// gold-c baly-R-462-3: a bracketed outlet (`ونقلت ( رويترز ) عن`) is a name like a quoted one.
#[test]
fn bracketed_outlet_after_a_relay_verb() {
    let doc = analyze(
        "ونقلت ( رويترز ) عن بومبيو قوله : \" ما كنا نتحدث عنه في هذه الرسالة هو أننا سنحمله المسؤولية \" .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["رويترز", "بومبيو"]);
}

/// gold-c baly-R-68-0: an honorific (`الشيخ`) opens an apposition that names the speaker, even
/// when the title before it names someone else (ممثل السيستاني).
#[test]
fn honorific_apposition_names_the_speaker() {
    let doc = analyze(
        "وقال ممثل السيستاني , الشيخ عبد المهدي الكربلائي : \" إن النصر على داعش لا يمثل نهاية المعركة مع الإرهاب والإرهابيين \" , محذرا مما وصفها بالخلايا النائمة , وفق ما ذكرت وكالة رويترز .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["رويترز", "عبد المهدي الكربلائي"]);
}

/// gold-c baly-R-217-4: a title on its own names the holder written after another mention of
/// it; `حسب ما نقل عنه بيان ...` in mid-sentence is the outer link.
#[test]
fn title_alone_names_the_holder_written_elsewhere() {
    let doc = analyze(
        "وأعلن دي ميستورا في وقت لاحق خلال لقاء أجراه مع وزير الدفاع الروسي سيرغي شويغو أنه يأمل \" طي صفحة الماضي \" في سورية .\nوقال دي ميستورا , حسب ما نقل عنه بيان صادر عن وزارة الدفاع الروسية , أنه يأمل \" من الان حتى نهاية العام بان يتم توجيه اشارة واضحة الى الشعب السوري \" .\nمن جهته دعا وزير الدفاع الروسي الى \" اتخاذ اجراءات وايجاد حوافز اضافية لمواصلة الجهود الهادفة الى اقامة حوار بين المعارضة وسلطات دمشق \" .",
    );
    let call = doc
        .statements
        .iter()
        .find(|s| s.cue.text == "دعا")
        .expect("دعا with quoted words");
    assert_eq!(speaker(call), "سيرغي شويغو");
    let hope = doc
        .statements
        .iter()
        .find(|s| s.content.text.starts_with("يأمل \" من"))
        .expect("the statement relayed by the ministry");
    assert_eq!(hope.chain.len(), 2, "{:#?}", hope.chain);
    assert!(hope.chain[0].canonical.contains("بيان"));
    assert!(speaker(hope).contains("ميستورا"));
}

/// gold-c baly-R-595-4: a parenthetical between dashes sits between the speaker and أن; a
/// title-only subject that re-describes the last speaker is that speaker.
#[test]
fn dash_parenthetical_and_a_redescribed_speaker() {
    let doc = analyze(
        "وأكد وزير الخارجية الروسي سيرغي لافروف - خلال لقائه المعلم في منتجع سوتشي الروسي على البحر الأسود - أن بلاده \" ستمنع محاولات تسييس الملف الكيميائي \" .\nوقال وزير خارجية النظام وليد المعلم إن أكراد سوريا ينافسون \" الجيش السوري \" للسيطرة على المناطق المنتجة للنفط .\nواعتبر وزير النظام السوري أن الأكراد \" أسكرتهم نشوة المساعدة والدعم الأميركي , لكن يجب عليهم إدراك أن هذه المساعدة لن تستمر إلى الأبد \" .",
    );
    assert_eq!(doc.statements.len(), 3, "{:#?}", doc.statements);
    assert!(speaker(&doc.statements[0]).contains("لافروف"));
    assert!(doc.statements[0].content.text.starts_with("بلاده"));
    assert_eq!(
        speaker(&doc.statements[2]),
        speaker(&doc.statements[1]),
        "{:#?}",
        doc.statements
    );
}

/// gold-c baly-R-547-10: `ذكرت X أن Y , وهو ... , قال إن`: one nested report through an
/// apposition set off by commas.
#[test]
fn nested_report_through_an_apposition() {
    let doc = analyze(
        "وذكرت وكالة إنترفاكس للأنباء أن فرانز كلينتسفيتش عضو لجنة الأمن فى مجلس الاتحاد الروسي , وهو المجلس الأعلى للبرلمان , قال إن كييف ستعتبر إمدادات السلاح دعما لتصرفاتها .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    let s = &doc.statements[0];
    assert_eq!(s.cue.text, "قال");
    assert_eq!(s.chain.len(), 2, "{:#?}", s.chain);
    assert_eq!(s.chain[0].canonical, "إنترفاكس");
    assert!(speaker(s).contains("كلينتسفيتش"));
    assert!(s.content.text.starts_with("كييف"));
}

/// gold-c baly-R-62-0 and baly-R-93-10: an indefinite document heads its phrase as subject
/// (`وأفاد بيان ... بأن`); `حسب تصريحات ترجمت` names no source.
#[test]
fn indefinite_document_speaks_and_bare_statements_do_not() {
    let doc = analyze(
        "وقال مسؤول إسرائيلي إن جهاز الأمن الداخلي استجوب مدونة إيرانية . وأفاد بيان للشين بيت بأن ندى تواصلت بعد أن انتقلت إلى إسرائيل مع \" ممثلين إيرانيين \" .\nمن جهته , عبر الرئيس السوري لنظيره الروسي عن \" امتنان الشعب السوري \" للمساعدة التي قدمتها روسيا , حسب تصريحات ترجمت إلى الروسية .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert!(speaker(&doc.statements[1]).contains("بيان"));
}

/// baly R-241 article 3: a weekday in a future clause (`سيزور موسكو يوم الخميس`) is the next
/// such day after publication; the report's own `يوم الأربعاء` stays the last one on or before.
#[test]
fn weekdays_in_future_clauses_resolve_forward() {
    let doc = analyze_with(
        "قالت وكالة الإعلام الروسية يوم الأربعاء إن مبعوث الأمم المتحدة الخاص بشأن سوريا ستافان دي ميستورا سيزور موسكو يوم الخميس لإجراء محادثات بشأن الوضع في سوريا .",
        Some("2017-11-22"),
    );
    let value = |text: &str| {
        doc.times
            .iter()
            .find(|t| t.text == text)
            .unwrap_or_else(|| panic!("{text} in {:?}", doc.times))
            .value
            .clone()
    };
    assert_eq!(value("يوم الأربعاء").as_deref(), Some("2017-11-22"));
    assert_eq!(value("يوم الخميس").as_deref(), Some("2017-11-23"));
    // The same day in a past clause goes back.
    let past = analyze_with(
        "وقالت الوكالة إن دي ميستورا زار موسكو يوم الخميس .",
        Some("2017-11-22"),
    );
    let t = past
        .times
        .iter()
        .find(|t| t.text == "يوم الخميس")
        .expect("يوم الخميس");
    assert_eq!(t.value.as_deref(), Some("2017-11-16"));
}

/// Number words of several words: baly R-188 article 7 (`خمسة وعشرين ألف شهيد`, `مليوني سوري`),
/// R-104 article 5 (`ثلاثة عشر مليار دولار`), R-13 article 0 (`عشرة آلاف مسلح`).
#[test]
fn number_words_of_several_words() {
    let doc = analyze(
        "وسقوط أكثر من خمسة وعشرين ألف شهيد , وتهجير أكثر من مليوني سوري عن أماكن سكناهم . وكلفت ثلاثة عشر مليار دولار . تمكن ( التنظيم ) من تجنيد عشرة آلاف مسلح آخرين .",
    );
    let q = |v: f64| {
        doc.quantities
            .iter()
            .find(|q| q.value == Some(v))
            .unwrap_or_else(|| panic!("{v} in {:#?}", doc.quantities))
    };
    assert_eq!(q(25_000.0).unit.as_deref(), Some("شهيد"));
    assert_eq!(q(25_000.0).relation.as_deref(), Some("over"));
    assert_eq!(q(2_000_000.0).unit.as_deref(), Some("سوري"));
    assert_eq!(q(13_000_000_000.0).unit.as_deref(), Some("دولار"));
    assert_eq!(q(10_000.0).unit.as_deref(), Some("مسلح"));
}

/// A mid-sentence attribution phrase takes the clause it governs only: baly R-149 article 7
/// (`, بينما يتراوح , بحسب خبراء , بين ...`: the whole clause around the phrase, §4.13, and not
/// the clause before `بينما`) and R-109 article 0 (`, بينما برأت 21 متهما , بحسب المصدر نفسه`).
#[test]
fn mid_sentence_phrase_takes_only_its_clause() {
    let doc = analyze(
        "ويقدر عدد مقاتلي الحشد الشعبي , بحسب البرلمان العراقي , ب - 110 آلاف , بينما يتراوح , بحسب خبراء , بين 60 ألفا و 140 ألفا .",
    );
    let s = doc
        .statements
        .iter()
        .find(|s| speaker(s) == "خبراء")
        .unwrap_or_else(|| panic!("{:#?}", doc.statements));
    assert_eq!(
        s.content.text,
        "يتراوح , بحسب خبراء , بين 60 ألفا و 140 ألفا"
    );
    let doc = analyze(
        "قضت المحكمة كذلك بالمؤبد ( 25 عاما ) ل - 80 متهما والسجن 15 عاما ل - 34 متهما , بينما برأت 21 متهما , بحسب المصدر نفسه .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].content.text, "برأت 21 متهما");
}

/// gold-a baly-R-209-1: `حسب قولها` after a clause with its own subject (`وتمسكت المعارضة`) is
/// that subject's word, not the last speaker's (الحريري).
#[test]
fn own_words_phrase_takes_the_sentence_subject() {
    let doc = analyze(
        "وقال الحريري إن المعارضة ذاهبة إلى جنيف في 28 نوفمبر / تشرين الثاني لعقد محادثات مباشرة لهدف محدد هو الانتقال السياسي .\nوتمسكت المعارضة خلال الاجتماع بطلبها بألا يكون للرئيس بشار الأسد دور خلال مرحلة انتقالية حسب قولها , علما أن منصة موسكو التي شاركت في الاجتماع بصفة مراقب , اعربت عن احتجاجها على هذا الطلب .",
    );
    let s = doc
        .statements
        .iter()
        .find(|s| s.cue.text.contains("قولها"))
        .unwrap_or_else(|| panic!("{:#?}", doc.statements));
    assert!(speaker(s).contains("المعارضة"), "{:#?}", s.chain);
}

/// gold-a baly-R-307-6: `ولفت الجنرال الروسي` re-describes the Russian ministry's general named
/// just before (the adjective's gender aside); gold-a baly-R-207-7: `وفيما تصر X على أنها`.
#[test]
fn redescribed_general_and_an_imperfect_after_fima() {
    let doc = analyze(
        "وقال المتحدث باسم وزارة الدفاع الروسية الجنرال إيغور كوناشينكوف آنذاك إن \" الأمر الأهم الذي يمنع هزيمة تنظيم الدولة الإسلامية بشكل نهائي في سوريا , ليست القدرة العسكرية التي يملكها الإرهابيون \" . ولفت الجنرال الروسي إلى أن هجمات التنظيم على قوات النظام حدثت من منطقة لا تبعد سوى خمسين كيلومترا عن بلدة التنف .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert!(speaker(&doc.statements[1]).contains("كوناشينكوف"));
    let doc = analyze(
        "وفيما تصر ميليشيا الوحدات الكردية على أنها لا ترغب في أن تحذو حذو أكراد العراق , فإنها \" تأمل \" في مرحلة جديدة من المفاوضات تدعم حكمها الذاتي في شمال سوريا , على حد زعمها .",
    );
    let s = doc
        .statements
        .iter()
        .find(|s| s.cue.text == "تصر")
        .unwrap_or_else(|| panic!("{:#?}", doc.statements));
    assert!(speaker(s).contains("الوحدات الكردية"));
    assert!(s.content.text.starts_with("لا ترغب"));
}

/// Speakers `isnad analyze` got wrong over baly2018's article texts, in the corpus's own
/// shapes (sentences adapted from its articles).
#[test]
fn manner_and_addressee_words_are_not_speakers() {
    let doc = analyze(
        "وقال وزير الخارجية التركي مولود تشاووش أوغلو إن القوات التركية لن تنسحب .\n\
         وأضاف قائلا إن تركيا لن تتردد في الشروع بعملية أخرى .\n\
         وقال لي إن قوات النظام سوف تستعيد السيطرة على تدمر بعد عدة أشهر .",
    );
    assert_eq!(doc.statements.len(), 3, "{:?}", doc.statements);
    for s in &doc.statements[1..] {
        let speaker = s.chain.last().expect("a speaker").text.clone();
        assert!(
            !["قائلا", "لي"].contains(&speaker.as_str()),
            "{speaker} for {}",
            s.content.text
        );
    }
    assert!(doc.statements[1].content.text.starts_with("تركيا لن تتردد"));
    assert_eq!(
        chain(&doc.statements[1]).last(),
        chain(&doc.statements[0]).last()
    );
}

#[test]
fn a_relative_ma_leads_to_the_source_after_its_verb() {
    let doc = analyze(
        "وشاركت طائرات روسية في الغارات , وفقا لما جاء في بيان وزارة الدفاع الروسية .\n\
         وقاتل الأوزبك ضد أطراف غير النظام , وفقا لما يوضح عضو وفد المعارضة أيمن العاسمي .\n\
         ووفق ذلك أعلنت روسيا وقف إطلاق النار في المنطقة .",
    );
    let speakers = speaker_texts(&doc);
    assert!(speakers[0].contains("وزارة الدفاع الروسية"), "{speakers:?}");
    assert!(speakers[1].contains("أيمن العاسمي"), "{speakers:?}");
    assert!(
        !speakers
            .iter()
            .any(|s| ["ما", "ما جاء", "جاء", "ذلك"].contains(&s.as_str())),
        "{speakers:?}"
    );
}

#[test]
fn adverbs_and_cognate_objects_after_the_verb_are_not_speakers() {
    let doc = analyze(
        "ونفى الجيش السوري نفيا قاطعا أن يكون قد استخدم مواد كيماوية في خان شيخون .\n\
         وقال مسؤولون عراقيون إن القوات تقدمت نحو كركوك .\n\
         وأشاروا بشكل متطابق وضمنا إلى أن هناك ضوءا أخضر أميركيا للتحرك .\n\
         وقال لاحقا إن التحقيقات ستثبت ذلك , حسب تعبيره .",
    );
    let speakers = speaker_texts(&doc);
    assert!(speakers[0].contains("الجيش السوري"), "{speakers:?}");
    for bad in ["نفيا", "بشكل متطابق وضمنا", "لاحقا", "تعبيره"] {
        assert!(!speakers.iter().any(|s| s == bad), "{bad} in {speakers:?}");
    }
}

/// GUIDELINES rule 1 lists رأى among the cues; it reports only before أن/إن.
#[test]
fn raa_reports_an_opinion_only_before_an() {
    let doc = analyze(
        "ورأت تركيا أن من حقها الاستفادة من مصادر الطاقة في شرق المتوسط .\n\
         ورأى الجنود الدخان يتصاعد من المبنى .\n\
         ونقلت الوطن عن مصادر دبلوماسية أن دمشق ترى في بيان الرياض \" عودة إلى المربع الأول في المفاوضات \" .\n\
         كنت أسأل نفسي : ترى هل عاد عز الدين إلى سامية أم أنه مع غيرها .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(chains.len(), 2, "{chains:?}");
    assert_eq!(chains[0], ["تركيا"]);
    assert_eq!(
        chains[1].last().map(String::as_str),
        Some("مصادر دبلوماسية"),
        "{chains:?}"
    );
}

/// An imperfect cue after its subject reports in running text (`لكن تركيا ترى أن`), not in a
/// headline glued to the body (`إسرائيل تنفي سقوط ...`), nor after a relative (`التي يقولون`).
#[test]
fn an_imperfect_cue_after_its_subject_needs_a_discourse_particle() {
    let doc = analyze(
        "وتقول واشنطن إن الحملة مستمرة . لكن تركيا ترى أن هذا المسار أدى عمليا إلى تعويم الحزب .\n\
         إسرائيل تنفي سقوط أي من طائراتها خلال غارات على مواقع في سوريا .\n\
         وهذه هي المسائل التي يقولون إنها محسومة .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(
        chains,
        [vec!["واشنطن".to_string()], vec!["تركيا".to_string()]]
    );
}

/// A statement noun's adjuncts may quote a name before أن (`في تصريح خاص ب - " راديو سوا " أن`).
#[test]
fn a_quoted_name_inside_the_adjuncts_is_not_the_quotation() {
    let doc =
        analyze("وأكد خليل في تصريح خاص ب - \" راديو سوا \" أن الاشتباكات تجددت في ريف الحسكة .");
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    let s = &doc.statements[0];
    assert_eq!(s.quote, QuoteKind::Indirect);
    assert!(
        s.content.text.starts_with("الاشتباكات تجددت"),
        "{}",
        s.content.text
    );
    assert_eq!(chain(s).last().map(String::as_str), Some("خليل"));
}

/// `وفق` before rules, plans and resolutions means "in accordance with": no one is quoted.
#[test]
fn according_to_rules_and_plans_attributes_nothing() {
    let doc = analyze(
        "وقال إن بلاده سترد بالمثل ووفق قواعد الاشتباك على جميع النيران .\n\
         ويتم دمجهم في المجتمع وفق خطة متكاملة تشرف عليها الوزارة .\n\
         ووفق مخطط الحكومة , فمن المفترض أن ينشر الحرس الوطني في المحافظات .\n\
         وقتل ثلاثة مدنيين في القصف , وفق المرصد السوري لحقوق الإنسان .",
    );
    let speakers = speaker_texts(&doc);
    assert!(
        !speakers
            .iter()
            .any(|s| s.contains("قواعد") || s.contains("خطة")),
        "{speakers:?}"
    );
    assert!(
        speakers.iter().any(|s| s.contains("المرصد السوري")),
        "{speakers:?}"
    );
}

/// `في مقابلة مع X`: X is the outer link only when it is an outlet, not a meeting partner.
#[test]
fn an_interview_with_an_outlet_is_the_outer_link_a_meeting_is_not() {
    let doc = analyze(
        "وقال ولي العهد السعودي في مقابلة مع وكالة \" رويترز \" إن الوضع صعب .\n\
         وأكد وزير الدفاع الروسي سيرغي شويغو خلال لقاء مع الرئيس الروسي فلاديمير بوتين أن العملية انتهت .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(chains.len(), 2, "{chains:?}");
    assert_eq!(chains[0].len(), 2, "{chains:?}");
    assert!(chains[0][0].contains("رويترز"), "{chains:?}");
    assert_eq!(chains[1].len(), 1, "{chains:?}");
}

/// A title followed by its holder's name in apposition, past an affiliation, an honorific or
/// quotes: the name speaks, and a later description of him points back to him. Sentences from
/// baly2018 (R-387-1, V-486-5, V-253-1, R-475-2); a relative clause or a meeting partner between
/// title and name names someone else.
#[test]
fn a_name_in_apposition_after_a_title_and_its_affiliation_speaks() {
    let doc = analyze(
        "بدوره , قال الباحث في معهد واشنطن لدراسات الشرق الأدنى , بن فيشمان , إنه لا يمكن الفصل بين الأزمتين .\n\
         ويشير رئيس هيئة الأركان العامة في \" الجيش السوري الحر \" , العميد أحمد بري , إلى أن هناك تنسيقا واضحا .\n\
         وقال الخبير في الشؤون التركية \" غزوان المصري \" عبر صفحته في موقع فيسبوك إنه أجرى اتصالا بالخارجية التركية .\n\
         من جانبه , أشار الخبير الاستراتيجي العراقي , هاني عاشور , إلى أن الدعوة جاءت في توقيت مناسب .\n\
         وأضاف عاشور أنه لا بد من أن تفرض الحكومة سيادتها .\n\
         ولفت الاستراتيجي العراقي إلى أن الدعوة تتزامن مع حديث عن إعادة الإعمار , ما يعني , بحسب المتحدث نفسه , أن الاستقرار سيعود .",
    );
    let speakers = speakers(&doc);
    // (`, ما يعني , بحسب المتحدث نفسه , أن ...` is a statement of his own, as gold-n has it.)
    assert_eq!(speakers.len(), 7, "{speakers:?}");
    assert!(speakers[0].contains("فيشمان"), "{speakers:?}");
    assert!(speakers[1].contains("أحمد بري"), "{speakers:?}");
    assert!(speakers[2].contains("غزوان المصري"), "{speakers:?}");
    for s in &speakers[3..] {
        assert!(s.contains("عاشور"), "{speakers:?}");
    }
    // `بحسب المتحدث نفسه` inside his own account adds no second link.
    assert_eq!(
        doc.statements[5].chain.len(),
        1,
        "{:?}",
        doc.statements[5].chain
    );
    assert_eq!(doc.statements[6].content.text, "الاستقرار سيعود");
    // The link as written keeps the title.
    assert!(doc.statements[0].chain[0].text.starts_with("الباحث"));
}

#[test]
fn a_name_after_a_meeting_partner_or_a_relative_clause_is_not_the_speaker() {
    let doc = analyze(
        "وقال وزير الخارجية التركي في مؤتمر صحفي مع نظيره الروسي , سيرغي لافروف , إن المحادثات كانت مثمرة .\n\
         وقال المسؤول , بحسب \" رويترز \" , إن الضربة استهدفت دراجة نارية .",
    );
    for s in &doc.statements {
        let last = &s.chain.last().unwrap().canonical;
        assert!(
            !last.contains("لافروف") && !last.contains("بحسب"),
            "{:?}",
            s.chain
        );
    }
}

/// `وقالت الصحيفة` after the paper was named only as the subject of `نشرت` (no statement yet):
/// the paper written after that head noun. From baly2018 R-540-5 (Utro.ru, broken by the crawl).
#[test]
fn the_paper_points_to_the_outlet_named_after_that_head_noun() {
    let doc = analyze(
        "نشرت صحيفة \" لوفيغارو \" الفرنسية تقريرا عن الوجود الإيراني في سوريا .\n\
         وقالت الصحيفة , في تقريرها , إن إيران عززت وجودها في سوريا بعد التدخل الروسي .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["لوفيغارو"]);
}

/// `وشدد الخبير في الشأن الروسي` after `الدكتور محمد فراج أبو النور , الخبير في الشؤون الروسية`:
/// the definite trade noun names the one person the article introduced with it; an indefinite
/// one (`خبير أمريكي`) is someone new. From baly2018 R-282-9.
#[test]
fn a_definite_trade_noun_names_the_person_introduced_with_it() {
    let doc = analyze(
        "وأكد الدكتور محمد فراج أبو النور , الخبير في الشؤون الروسية , أن روسيا سترد على القصف .\n\
         من جانبه , أكد الدكتور نبيل رشوان , الباحث في الشؤون الروسية , إن الرد الروسي بدأ بالفعل .\n\
         وشدد الخبير في الشأن الروسي على أن روسيا ستبذل قصارى جهدها .\n\
         وقال خبير أمريكي إن الرد لن يكون عسكريا .",
    );
    let speakers = speakers(&doc);
    assert_eq!(speakers.len(), 4, "{speakers:?}");
    assert!(speakers[2].contains("أبو النور"), "{speakers:?}");
    assert!(
        !speakers[3].contains("أبو النور") && !speakers[3].contains("رشوان"),
        "{speakers:?}"
    );
}

/// Forms the tokenised corpus writes that the cue list spelled otherwise: a participle broken
/// before its tanween alef (`مشير ا`) ends the content before it and reports on its own; a dual
/// (`وأضافا`) continues two speakers; and `قد يعلن` inside a report is what someone may say, not
/// a nested report. From gold-e (baly2018 R-282-9, R-208-2).
#[test]
fn broken_participles_duals_and_modal_verbs() {
    let doc = analyze(
        "حيث أكد الدكتور محمد فراج أبو النور أن روسيا سترد على القصف الأمريكي , مشير ا إلى أن الرد لن يصل إلى اشتباك .\n\
         وقال المسئولان اللذان اشترطا عدم نشر اسميهما لوكالة رويترز إن البنتاجون قد يعلن يوم الإثنين أنه ينشر ألفي عسكري في سوريا .\n\
         وأضافا أنه يوجد احتمال دوما بحدوث تغييرات في الجداول .",
    );
    let cues: Vec<&str> = doc.statements.iter().map(|s| s.cue.text.as_str()).collect();
    assert_eq!(
        cues,
        ["أكد", "مشير ا", "قال", "أضافا"],
        "{:#?}",
        doc.statements
    );
    assert!(!doc.statements[0].content.text.contains("مشير"));
    assert!(doc.statements[2].content.text.starts_with("البنتاجون"));
    assert_eq!(chain(&doc.statements[3]), chain(&doc.statements[2]));
}

/// `نشرت صحيفة " لوفيغارو " الفرنسية تقريرا ... , وذكرت أن`: the publisher earlier in the
/// sentence, not the last speaker of an earlier sentence, drops out of `وذكرت`; the verb's object
/// (`تقريرا`، `اعترافات`) is no part of it. From gold-e (baly2018 R-392-12) and R-583-5.
#[test]
fn a_publishing_verbs_subject_speaks_for_a_dropped_subject_cue() {
    let doc = analyze(
        "وقالت وكالة رويترز إن القرار صدر أمس .\n\
         من جهتها نشرت صحيفة \" لوفيغارو \" الفرنسية تقريرا حول خسائر الحرس الثوري في سوريا , وذكرت أن إيران تقاتل هناك لمنع قيام قوة سنية .\n\
         وبث التلفزيون السوري اعترافات لأشخاص , وقال إنهم تلقوا المال من جهات خارجية .",
    );
    assert_eq!(doc.statements.len(), 3, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[1]), ["لوفيغارو"]);
    let tv = chain(&doc.statements[2]);
    assert!(
        tv.len() == 1 && tv[0].contains("التلفزيون") && !tv[0].contains("اعترافات"),
        "{tv:?}"
    );
}

/// Words after a title that describe rather than name (`مسؤول تركي كبير`، `مسؤول أمن محلي
/// وسكان`) stay with the title; an honorific still takes a name that looks like an adjective
/// (`الأمير تركي`), and `وفقا للمرجعية الدولية` cites a framework, not a source. From baly2018
/// R-91-7, R-428-7, R-88-3 and gold-e R-208-2.
#[test]
fn describing_words_after_a_title_are_no_name() {
    let doc = analyze(
        "وقال مسؤول تركي كبير لرويترز إن الحملة قد تفجر صراعا عرقيا .\n\
         قال مسؤول أمن محلي وسكان إن ثلاثة قتلوا في ضربة بطائرة بلا طيار .\n\
         قال الأمير تركي , أحد كبار أفراد الأسرة الحاكمة , إن القرار سيغذي العنف .\n\
         وفقا للمرجعية الدولية , اعتبر الحريري أن اقتراح روسيا لا يخدم العملية السياسية .",
    );
    let speakers = speakers(&doc);
    assert_eq!(speakers.len(), 4, "{speakers:?}");
    assert_eq!(speakers[0], "مسؤول تركي كبير");
    assert!(speakers[1].starts_with("مسؤول"), "{speakers:?}");
    assert_eq!(speakers[2], "تركي");
    assert!(speakers[3].contains("الحريري"), "{speakers:?}");
}

/// `نقل ا عن`: the attribution phrase `نقلا عن` broken before its alef still relays, rather
/// than making the lone `ا` a source. From gold-e (baly2018 V-253-1).
#[test]
fn a_broken_attribution_phrase_still_relays() {
    let doc = analyze(
        "وذكر الإعلامي السوري \" موسى العمر \" نقل ا عن \" دبلوماسي تركي \" أن الحكومة التركية تتجه لفرض تأشيرة دخول على السوريين .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["موسى العمر", "دبلوماسي تركي"]);
}

/// A sentence that opens on a name, with its description set off before `, قال`, has that
/// name as the subject; a subject after the verb still wins. From gold-e (baly2018 R-120-0)
/// and R-13-3.
#[test]
fn a_sentence_opening_name_is_the_subject_of_a_later_past_cue() {
    let doc = analyze(
        "خسرو كوران القيادي في الحزب الديموقراطي الكردستاني الذي يتزعمه رئيس كردستان مسعود بارزاني , قال في حديث مع \" موقع الحرة \" إن المسؤولين الأكراد كانوا يدعون دوما إلى الحوار .\n\
         وفي مقابلة خاصة مع بي بي سي , قال وزير الخارجية الروسي سيرغي لافروف إن الولايات المتحدة تحاول حماية الجماعات المسلحة .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert!(chain(&doc.statements[0])
        .last()
        .unwrap()
        .contains("خسرو كوران"));
    assert!(chain(&doc.statements[1]).last().unwrap().contains("لافروف"));
}

/// `المرجع الشيعي العراقي , علي السيستاني ,`: the name علي, which normalises like the
/// preposition على, starts the holder's name in apposition. From gold-c (baly2018 R-68-0).
#[test]
fn the_name_ali_in_apposition_is_a_name_not_a_preposition() {
    let doc = analyze(
        "وقال المرجع الشيعي العراقي , علي السيستاني , إن الفصائل الشيعية المسلحة يجب أن تصبح جزءا من الأجهزة الأمنية .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["علي السيستاني"]);
}

/// `لا يوجد أي تغيير` opening what was said refutes a report; the same words deep inside an
/// account assert (`... ولا توجد أي قوة أخرى`). From gold-e V-253-1 and gold-a R-297-0.
#[test]
fn no_change_at_all_denies_only_at_the_head_of_the_content() {
    let doc = analyze(
        "وأكد المصدر أنه لا يوجد أي تغيير في نظام دخول السوريين إلى تركيا .\n\
         وتابع العبادي أن الحكومة لا تسمح بتجريم من قاتل التنظيم , فمن قاتل على الأرض هم العراقيون أنفسهم ولا توجد أي قوة أخرى .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].stance, Stance::Deny);
    assert_eq!(doc.statements[1].stance, Stance::Assert);
}

/// A denial's object is no part of its subject: "any", a demonstrative, a report noun or a
/// claim noun opens it (`نفى وزير الخارجية السعودي هذه الاتهامات`، `ونفى أي اتفاق`). From
/// baly2018 R-583-11, R-276-1 and R-304-4.
#[test]
fn a_denied_object_is_not_part_of_the_subject() {
    let doc = analyze(
        "ونفى وزير الخارجية السعودي هذه الاتهامات جملة وتفصيلا .\n\
         ونفت المصادر المحلية التوصل إلى اتفاق بين السلفيين والحوثيين .\n\
         ونفى المتحدث باسم الوحدات الكردية أي اتفاق مع مسلحي التنظيم .",
    );
    let speakers = speakers(&doc);
    assert_eq!(speakers.len(), 3, "{speakers:?}");
    assert_eq!(speakers[0], "وزير الخارجية السعودي");
    assert_eq!(speakers[1], "المصادر المحلية");
    assert!(!speakers[2].contains("اتفاق"), "{speakers:?}");
    assert!(doc.statements.iter().all(|s| s.stance == Stance::Deny));
}

/// `وتابع بالقول إن` ("went on, saying") and `حسب وصفه` ("as he described it") name no new
/// source: the speaker carries on. From baly2018 R-506-4 and V-252-8.
#[test]
fn saying_and_as_he_described_it_name_no_source() {
    let doc = analyze(
        "وقال المتحدث باسم الوحدات ريدور خليل إن الهدوء الحالي إيجابي ليعود المدنيون إلى مساكنهم آمنين حسب وصفه .\n\
         وتابع بالقول إن الجيش أفشل مخططا لتوطين النازحين .",
    );
    let speakers = speakers(&doc);
    assert_eq!(speakers.len(), 2, "{:#?}", doc.statements);
    assert!(
        speakers.iter().all(|s| s.contains("ريدور خليل")),
        "{speakers:?}"
    );
    assert_eq!(
        doc.statements[0].chain.len(),
        1,
        "{:?}",
        doc.statements[0].chain
    );
}

// baly2018 V-253-1 (the nested report) and R-36-7 (the direct one): a prepositional phrase
// between the verb and its أن clause, with a relative clause of its own, is no noun object.
#[test]
fn long_prepositional_phrase_before_the_clause_keeps_the_report() {
    let doc = analyze(
        "وأوردت وكالة دويتشة فيله الألمانية أن رئيس الوزراء التركي أحمد داود أوغلو ذكر في وثيقة قدمها للقمة الأوروبية التي انعقدت في بروكسل منذ أسبوعين , أن تركيا ستفرض تأشيرة دخول على السوريين .\nوأكد رئيس وفد المعارضة نصر الحريري في مؤتمر صحافي عقده فور وصوله الى جنيف أن الانتقال السياسي يجب أن يبدأ .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    let inner = chain(&doc.statements[0]);
    assert_eq!(inner.len(), 2, "{inner:?}");
    // (The outlet's canonical name, however the article spells it.)
    assert!(inner[0].contains("دويتشه فيله"), "{inner:?}");
    assert!(inner[1].contains("أحمد داود أوغلو"), "{inner:?}");
    assert_eq!(doc.statements[0].cue.text, "ذكر");
    assert!(doc.statements[0].content.text.starts_with("تركيا ستفرض"));
    assert_eq!(speakers(&doc)[1], "نصر الحريري");
    assert!(doc.statements[1]
        .content
        .text
        .starts_with("الانتقال السياسي"));
}

// baly2018 R-170-2 (shortened): the narrator's `يذكر أن` opens a clause whose subject, set
// off by commas, is the speaker; it is not the previous speaker carried over.
#[test]
fn narrators_yudhkar_anna_opens_the_speakers_clause() {
    let doc = analyze(
        "وقال يحيى العريضي إن الوفد لن يذهب . يذكر أن المبعوث الأممي الخاص إلى سوريا ستافان دي مستورا , أعلن في مداخلة خلال جلسة عقدها مجلس الأمن من جنيف يوم أمس الإثنين , أن رسالة وصلته من الحكومة السورية تفيد بأن وفدها لن يسافر إلى جنيف اليوم .",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 2, "{:#?}", doc.statements);
    assert!(who[1].contains("دي مستورا"), "{who:?}");
}

// baly2018 V-421-7: after `يذكر أن X ,` a subject written after the verb is the speaker.
#[test]
fn subject_after_the_verb_wins_over_yudhkar_anna() {
    let doc = analyze(
        "يذكر أن التسجيل الذي تسرب بالتزامن مع توقيع الطرفين على اتفاق بوقف إطلاق النار , قال ناشطون إنه يأتي للضغط على الهيئة .",
    );
    assert_eq!(speakers(&doc), ["ناشطون"], "{:#?}", doc.statements);
}

// baly2018 R-202-1: `فيما قال` opens a clause of its own, so it ends the content before it.
#[test]
fn fima_qala_ends_the_previous_content() {
    let doc = analyze(
        "وأفاد مستشفى في لشكركاه تديره جماعة الإغاثة الإيطالية ( إيمرجنسي ) بأنه استقبل 19 مصابا فيما قال مستشفى بوست إنه استقبل 10 مصابين .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].content.text, "استقبل 19 مصابا");
    assert_eq!(speakers(&doc)[1], "مستشفى بوست");
}

// baly2018 R-13-3 and V-422-7: a demonstrative object before an unnamed source, and `أحد X`
// (one of a group) as a new source, not the group named before.
#[test]
fn demonstrative_object_and_partitive_source() {
    let doc = analyze(
        "أكد ذلك مصدر في وزارة الخارجية الروسية اليوم بأنه يتم التحضير للجولة .\nوأفاد زعماء قبليون وسكان محليون في العلم , أن المنازل دمرت . قال أحد زعماء المقاتلين المتطوعين ل - هيومن رايتس ووتش إن أعمال الهدم وقعت في منطقة مختلفة .",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 3, "{:#?}", doc.statements);
    assert!(who[0].starts_with("مصدر في وزارة الخارجية"), "{who:?}");
    assert!(who[2].starts_with("أحد زعماء المقاتلين"), "{who:?}");
}

// baly2018 R-533-1: the anonymity formula between commas after a relayed source.
#[test]
fn anonymity_formula_after_the_relayed_source() {
    let doc = analyze(
        "من جهتها نقلت وكالة \" الأناضول \" التركية , عن مسؤولين , رفضوا الكشف عن أسمائهم , أن وحدات من قوات \" الحشد الشعبي \" دخلت معبر برويزخان .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    let c = chain(&doc.statements[0]);
    assert!(c[0].contains("الأناضول"), "{c:?}");
    assert_eq!(c[1], "مسؤولين");
    assert!(doc.statements[0].content.text.starts_with("وحدات من قوات"));
}

// baly2018 V-5-0 and R-202-4: a date between the verb and its أن clause or noun object is an
// adjunct, however long.
#[test]
fn dates_before_the_content_are_adjuncts() {
    let doc = analyze(
        "وذكرت صحيفة \" الوطن \" المقربة من النظام السوري اليوم , الجمعة 6 تشرين الأول , أن عددا من نجوم كرة القدم في العالم أعلنوا تضامنهم .\nوكان العراق قد أعلن في 24 يناير / كانون الثاني الماضي , استعادة النصف الشرقي من المدينة كاملا , وتستعد قواته لبدء مرحلة جديدة .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc), ["الوطن", "العراق"]);
    assert!(doc.statements[0].content.text.starts_with("عددا من نجوم"));
    assert!(doc.statements[1]
        .content
        .text
        .starts_with("استعادة النصف الشرقي"));
}

// baly2018 R-120-0 and R-76-1: `أردف` continues the speaker, past a broken participle.
#[test]
fn ardafa_continues_past_a_broken_participle() {
    let doc = analyze(
        "وقال العقابي إن الإقليم يمر بأزمة . وأردف قائلا إنه \" لا توجد جهة رسمية شرعية \" . وأردف موضح ا : \" تمت محاربة التقرير \" .",
    );
    assert_eq!(
        speakers(&doc),
        ["العقابي", "العقابي", "العقابي"],
        "{:#?}",
        doc.statements
    );
}

// baly2018 R-527-8, R-57-2 and V-670-4: a titled subject after the verb wins over a clause
// opened by كانت; an object after قد does not; a place after a name is no part of it.
#[test]
fn subject_after_the_verb_and_names_that_stop() {
    let doc = analyze(
        "في خطوة متوقعة كانت تسعى إليها روسيا خلال الأشهر الأخيرة , أعلن سكرتير مجلس الأمن الروسي , نيكولاي باتروشيف , أن التحضير جار لسحب القوات الروسية .\nوكانت فرنسا قد اتهمت سوريا بأنها لا تفعل شيئا من أجل التوصل لاتفاق سلام .\nوفي مؤتمر صحفي عقده مع قداسته , دعا أبو مازن إسرائيل إلى إحلال السلام , ولكنه اتهمها بأن أعمالها هي التي هجرت العديد من الفلسطينيين .",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 3, "{:#?}", doc.statements);
    assert!(who[0].contains("باتروشيف"), "{who:?}");
    assert_eq!(who[1], "فرنسا");
    assert_eq!(who[2], "أبو مازن");
}

// baly2018 R-208-2: `وفقا للمرجعية الدولية` (after ل the article loses its alef) names a rule,
// not a source; a relative clause ends the subject, whose definite form points back to the
// indefinite source introduced before (`مسئولان أمريكيان` ... `المسئولان اللذان ...`).
#[test]
fn rule_after_wifqan_li_and_a_dual_anaphor() {
    let doc = analyze(
        "كما اعتبر الحريرى أن اقتراح روسيا لا يخدم العملية السياسية , داعيا المجتمع الدولى إلى تركيز كل الجهود من أجل خدمة العملية السياسية وفقا للمرجعية الدولية فى جنيف .\nإلى ذلك , كشف مسئولان أمريكيان , أمس , إنه من المرجح أن تعلن وزارة الدفاع الأمريكية أنه يوجد نحو ألفى عسكرى أمريكى فى سوريا . وقال المسئولان اللذان اشترطا عدم نشر اسميهما لوكالة رويترز إن البنتاجون قد يعلن يوم الإثنين نشر القوات .",
    );
    assert_eq!(doc.statements.len(), 3, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc)[0], "الحريرى");
    assert_eq!(chain(&doc.statements[2]), ["رويترز", "مسئولان أمريكيان"]);
}

// baly2018 R-241-1 and R-259-9: a participle that opens a sentence hangs on the speaker of
// the sentences before, or on the subject of the verb just before when that verb made no
// statement.
#[test]
fn participle_opening_a_sentence() {
    let doc = analyze(
        "وأشار أردوغان إلى أن العالم شاهد النتائج الإيجابية . واستذكر أردوغان لقاءه الأسبوع الماضي بنظيره الروسي في سوتشي . مبين ا أن لقاء اليوم جاء من أجل بحث الأزمة السورية .\nوقال بوتين إن العملية ناجحة . وأكد الأسد تأييده العملية السياسية . مشيرا إلى أن الحكومة السورية تعول على دعم روسيا .",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 4, "{:#?}", doc.statements);
    assert_eq!(who[1], who[0]);
    assert!(who[0].contains("أردوغان"), "{who:?}");
    assert!(who[3].contains("الأسد"), "{who:?}");
}

// baly2018 R-208-2 and R-93-11: a relative clause on the speaker runs to the comma before
// the content.
#[test]
fn relative_clause_on_the_speaker() {
    let doc = analyze(
        "وفى الرياض , أعلن نصر الحريرى الذى عين حديثا رئيسا لوفد التفاوض الرئيسى للمعارضة فى ساعة مبكرة من صباح أمس , إن الجولة المقبلة من محادثات السلام ستبدأ الثلاثاء المقبل .\nوقال بوتين , الذي استضاف الرئيس الإيراني حسن روحاني والرئيس التركي طيب إردوغان في منتجع سوتشي , إن الرئيسين اتفقا على دعم اقتراح روسي .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc)[0], "نصر الحريرى");
    assert!(doc.statements[0].content.text.starts_with("الجولة المقبلة"));
    assert!(speakers(&doc)[1].contains("بوتين"));
    assert!(doc.statements[1].content.text.starts_with("الرئيسين اتفقا"));
}

// baly2018 R-89-5, R-9-4 and R-397-1: an outlet is not the president described again; a time
// ends a name and is no subject; a month that is also a surname stays in the name.
#[test]
fn outlets_times_and_names() {
    let doc = analyze(
        "وقال الرئيس الروسي فلاديمير بوتين إن روسيا ستواصل محاربة الإرهاب .\nوذكر الرئيس الروسي أن السلطات الروسية منفتحة على الاتصالات .\nمن جهة اخرى نقلت وكالة الإعلام الروسية عن وزير الدفاع سيرجي شويجو قوله امس الثلاثاء إن روسيا بدأت التأسيس لوجود عسكري دائم .\nوقال وزير الدفاع الأميركي جيم ماتيس أول من أمس إنه يتوقع أن يتحول التركيز .\nوقالت بثينة شعبان مستشارة الرئيس السوري إن ما حدث يجب ألا يتكرر .",
    );
    assert_eq!(doc.statements.len(), 5, "{:#?}", doc.statements);
    let c = chain(&doc.statements[2]);
    assert_eq!(c, ["وكالة الإعلام الروسية", "سيرجي شويجو"]);
    assert_eq!(speakers(&doc)[3], "جيم ماتيس");
    assert!(
        speakers(&doc)[4].starts_with("بثينة شعبان"),
        "{:?}",
        speakers(&doc)
    );
}

// baly2018 R-207-7 and V-358-0: `, بحسب رويترز ,` between the speaker and the content names
// the outer link (it is no apposition); `بحسب المصادر` points back to the sources named in the
// chain: it names them, not `المصادر`.
#[test]
fn according_phrase_between_commas_is_the_outer_link() {
    let doc = analyze(
        "وقالت شعبان , بحسب رويترز , إن ما حدث في كردستان العراق يجب ألا يتكرر .\nونقلت رويترز عن مصادر رئاسية تركية أن أردوغان بحث الأزمة مع بوتين . وأشار أردوغان , بحسب المصادر , إلى أن تركيا تولي أهمية لقتال الجماعات الإرهابية .",
    );
    assert_eq!(doc.statements.len(), 3, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["رويترز", "شعبان"]);
    assert_eq!(chain(&doc.statements[2]), ["مصادر رئاسية تركية", "أردوغان"]);
}

// baly2018 R-208-2, R-13-11 and V-252-8: an attribution phrase after a closing quote closes
// the statements of its speaker in the sentence; its verb may carry an object pronoun
// (`بحسب ما نقلته`، `وفقا لما ذكرته`); a possessed noun (`حسب تقييمه`) names no new source,
// and `فحسب` is "merely".
#[test]
fn trailing_phrase_after_a_quote() {
    let doc = analyze(
        "وقال تشاووش أوغلو إن \" ترامب قدم هذه الضمانات خلال اتصال هاتفى مع أردوغان \" , مضيفا أن \" الرئيس الأمريكى أعطى تعليمات واضحة جدا \" بحسب ما نقلته وكالة الصحافة الفرنسية .\nوقال راتني إن الائتلاف يجب أن يتحدث مع الحزب , وحسب تقييمه فإن الأخير مستعد . وتتظاهر واشنطن فحسب بمكافحة الإرهاب .",
    );
    assert_eq!(doc.statements.len(), 3, "{:#?}", doc.statements);
    for s in &doc.statements[..2] {
        assert_eq!(chain(s), ["فرانس برس", "تشاووش أوغلو"]);
    }
    assert_eq!(
        doc.statements[1].content.text,
        "الرئيس الأمريكى أعطى تعليمات واضحة جدا"
    );
    assert!(
        speakers(&doc).iter().all(|s| s != "تقييمه"),
        "{:?}",
        speakers(&doc)
    );
}

// baly2018 R-241-1: a hope is no claim (GUIDELINES §4.1, attitudes); a belief is one.
#[test]
fn hope_is_no_statement_but_belief_is() {
    let doc = analyze(
        "وأعرب أردوغان عن أمله أن يتم التوصل إلى نتائج مهمة حول الأزمة السورية . وأعرب الوزير عن اعتقاده بأن الحل السياسي قريب .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("الحل السياسي"));
}

// baly2018 R-217-4: after a nested report, a dropped subject continues the reporter, not the
// one he reported (GUIDELINES §3, the three-link example).
#[test]
fn dropped_subject_after_a_nested_report_continues_the_reporter() {
    let doc = analyze(
        "وقال الوزير إن الرئيس الأميركي دونالد ترامب أبلغ نظيره التركي رجب طيب أردوغان بأنه أصدر تعليمات بعدم تزويد الوحدات بالأسلحة . وأضاف : \" عبرنا للسيد ترامب مرة أخرى عن استيائنا \" .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["الوزير", "دونالد ترامب"]);
    assert_eq!(chain(&doc.statements[1]), ["الوزير"]);
}

// baly2018 V-13-3: an attribution phrase that sources a demand (`دعا`) makes no statement of
// it.
#[test]
fn phrase_on_a_demand_is_no_statement() {
    let doc = analyze(
        "ودعا المعلم , بحسب وكالة \" الأناضول \" الرسمية , إلى حل التحالف الدولي الذي تقوده الولايات المتحدة . وقال المعلم \" إن هذا التحالف دمر كل شيء \" .",
    );
    assert_eq!(speakers(&doc), ["المعلم"], "{:#?}", doc.statements);
}

// baly2018 R-282-9 and R-578-5: `لم يستبعد` ("did not rule out") is a hedged report whose cue
// holds the negation; `استبعد أن` alone rules its clause out, a denial (gold-w, NOTES-w 25).
#[test]
fn not_ruled_out_is_a_hedged_report() {
    let doc = analyze(
        "وقال أبو النور إن روسيا سترد . إلا أنه لم يستبعد إمكانية وجود رد عسكري روسي بقصف بعض المناطق .\nوفي هذا الصدد لم يستبعد منور أن يكون السومة خائفا على حياته .\nواستبعد الوزير أن يتم الاتفاق .",
    );
    assert_eq!(doc.statements.len(), 4, "{:#?}", doc.statements);
    let s = &doc.statements[1];
    assert_eq!(s.cue.text, "لم يستبعد");
    assert_eq!(s.hedge.as_ref().map(|h| h.text.as_str()), Some("لم يستبعد"));
    assert_eq!(
        s.content.text,
        "إمكانية وجود رد عسكري روسي بقصف بعض المناطق"
    );
    assert_eq!(speakers(&doc)[1], "أبو النور");
    assert_eq!(speakers(&doc)[2], "منور");
    let ruled_out = &doc.statements[3];
    assert_eq!(
        (
            ruled_out.stance,
            ruled_out.hedged,
            ruled_out.content.text.as_str()
        ),
        (Stance::Deny, false, "يتم الاتفاق")
    );
}

// baly2018 V-284-0 and R-632-3: an adverb after a name (`نفيا`، `مجددا`) is no part of it.
#[test]
fn adverb_after_a_name_is_no_surname() {
    let doc = analyze(
        "نفى وزير الخارجية السوري وليد المعلم نفيا قاطعا تلقي بلاده أي دعم عسكري .\nيؤكد الرئيس مسعود بارزاني مجددا أن الاستفتاء على الاستقلال لن يتأخر .",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 2, "{:#?}", doc.statements);
    assert_eq!(who[0], "وليد المعلم");
    assert_eq!(who[1], "مسعود بارزاني");
}

// baly2018 V-24-1 style and SaudiNewsNet: `يدعى` (written with ى) is "is called", not
// "claims"; `يدعي أن` still claims.
#[test]
fn yud3a_is_called_but_yadda3i_claims() {
    let doc = analyze(
        "وقال ناشطون إن أحد عناصر النظام يدعى \" مياس جركس \" نشر صورا على حسابه . ويدعي النظام أن الصور مفبركة .",
    );
    let cues: Vec<&str> = doc.statements.iter().map(|s| s.cue.text.as_str()).collect();
    assert!(!cues.contains(&"يدعى"), "{cues:?}");
    assert!(cues.contains(&"يدعي"), "{cues:?}");
}

// baly2018 R-304-1, V-5-0, R-279-10 and R-102-12 (shortened): `كتب` / `نشر` report a post
// online, the platform adjuncts passed over; a byline, an inscription and a thing posted are
// no report.
#[test]
fn a_post_online_is_a_report_but_bylines_and_inscriptions_are_not() {
    let doc = analyze(
        "وكتب الإرياني في تغريدة عبر حسابه الرسمي على موقع \" تويتر \" : \" أنباء مؤكدة بمقتل 4 من الصحفيين \" .\nوأضافت \" الوطن \" أن زين الدين زيدان ثيو نشر عبر \" تويتر \" أيضا , \" عندما شاهدت أنا ووالدي المباراة كان متفاجئا \" .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc)[0], "الإرياني");
    assert_eq!(
        doc.statements[0].content.text,
        "أنباء مؤكدة بمقتل 4 من الصحفيين"
    );
    assert_eq!(doc.statements[1].cue.text, "نشر");
    assert!(doc.statements[1].content.text.starts_with("عندما شاهدت"));
    assert_eq!(chain(&doc.statements[1])[0], "الوطن");

    let doc = analyze(
        "سد النهضة كتب : محمد قاسم .\nورفع المشاركون لافتات كتب عليها \" القدس لنا \" .\nوقال ترامب إن لوبان هي الأقوى . وفي 21 إبريل , نشر ترامب تغريدة قال فيها : \" هجوم إرهابي آخر في باريس \" .\nونشرت وزارة الدفاع الروسية منظومة الدفاع الجوي \" أس 400 \" في قاعدة حميميم .",
    );
    let cues: Vec<&str> = doc.statements.iter().map(|s| s.cue.text.as_str()).collect();
    assert_eq!(cues, ["قال", "قال"], "{:#?}", doc.statements);
    assert_eq!(speakers(&doc), ["ترامب", "ترامب"]);
}

// baly2018 R-210-12 and SaudiNewsNet snn-1674 (shortened): a word with a possessive pronoun
// after a person's name (`حينها`، `حرصها`) is no part of it; an expressed keenness
// (`أكدت حرصها على أن`) is an attitude, like a hope, not a claim.
#[test]
fn possessed_word_after_a_name_ends_it() {
    let doc = analyze(
        "وقال ممثل هيئة الأركان المشتركة الأميركية كينيث ماكينزي حينها : إن \" عدد القوات الأميركية في سورية يبلغ نحو ألفي عسكري \" .\nلفتت رسومات الفنانة التشكيلية غادة الشمراني أنظار زوار المعرض . وأكدت الشمراني حرصها على أن تكون فكرة الرسم التشكيلي تحمل أسلوبا فنيا معاصرا .",
    );
    assert_eq!(speakers(&doc), ["كينيث ماكينزي"], "{:#?}", doc.statements);
}

// baly2018 R-428-7, V-171-2 and R-40-11 (shortened): a relative clause whose own subject
// follows its present-tense verb, then an opener, is a report (NOTES-d 7, NOTES-e 6); the
// narrator's `التي تعتبر` ("which is considered") and `ما يشير بالفعل إلى` are not.
#[test]
fn relative_clause_with_its_own_subject_reports() {
    let doc = analyze(
        "وهاجمت الولايات المتحدة القاعدة في إطار حملة ما يقول مسؤولون أمريكيون إنها لاستنزاف قدرة التنظيم .\nوأدرجت الوزارة المصرف العقاري الذي تقول الوزارة إنه يدير عمليات اقتراض للحكومة .\nجاءت متناغمة مع هيئة علماء المسلمين المؤسسة الدينية التي تعتبر أكبر فصيل معارض للعملية السياسية . وهو ما يشير بالفعل إلى أن الأمور ستبقى متأزمة .",
    );
    assert_eq!(
        speakers(&doc),
        ["مسؤولون أمريكيون", "الوزارة"],
        "{:#?}",
        doc.statements
    );
    assert_eq!(doc.statements[0].content.text, "لاستنزاف قدرة التنظيم");
    assert_eq!(doc.statements[1].cue.text, "تقول");
}

// baly2018 V-295-3 and R-117-7 (shortened): `فيه` / `فيها` after a verb ("in which") is no
// subject; the speech or article belongs to the subject of the verb that delivered it.
#[test]
fn in_which_is_no_speaker() {
    let doc = analyze(
        "ألقى الرئيس السوري كلمة أكد فيها على ضرورة مواكبة التطورات العالمية السريعة مشيرا إلى أن اللقاءات الأخيرة كانت مثمرة .\nنشرت نيوزويك مقالا للكاتب فردريك هوف أشار فيه إلى القصف المتواصل , وقال إن لا مبالاة أوباما أصبحت أمرا لا يطاق .",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 2, "{:#?}", doc.statements);
    assert_eq!(who[0], "الرئيس السوري");
    assert!(!who.iter().any(|w| w.starts_with("في")), "{who:?}");
}

// baly2018 R-57-1 and SaudiNewsNet snn-53 (shortened): a body headed by a common noun speaks,
// not the person named in its genitive.
#[test]
fn an_office_speaks_not_the_person_it_serves() {
    let doc = analyze(
        "قال مكتب الرئيس السوري بشار الأسد في بيان على الإنترنت إن الفصائل المدعومة من الولايات المتحدة خائنة .\nأكدت المقاومة الشعبية الموالية لحكومة الرئيس اليمني عبد ربه منصور هادي أمس الاثنين أنها بسطت سيطرتها على حي التواهي .",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 2, "{:#?}", doc.statements);
    assert!(who[0].starts_with("مكتب الرئيس السوري"), "{who:?}");
    assert!(who[1].starts_with("المقاومة الشعبية"), "{who:?}");
}

// baly2018 R-108-6 and R-428-7 (shortened): `وهو يقول` / `وهم يقولون إن` report; the pronoun
// points to the last man named (`هو`) or the last body named (`هم`), a sentence back if need be.
#[test]
fn pronoun_subject_points_back() {
    let doc = analyze(
        "وظهر الجنرال سيرغي رودسكوي المسؤول عن إدارة العمليات الرئيسية في لقطات على تلفزيون روسيا 24 وهو يقول \" كانت المرحلة الأخيرة من دحر الإرهابيين صعبة \" .\nوأطلق \" أنصار الله \" بدورهم صواريخ على مدن وقرى سعودية . وهم يقولون إن هجماتهم ردا على الضربات الجوية السعودية .",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 2, "{:#?}", doc.statements);
    assert_eq!(who[0], "سيرغي رودسكوي");
    assert_eq!(doc.statements[0].quote, QuoteKind::Direct);
    assert_eq!(doc.statements[1].chain[0].text, "أنصار الله");
}

// baly2018 R-392-12, R-16-2 and R-540-8 (shortened): `لاحظ` "observed" reports (gold-e);
// `لاحظ أن` heading a sentence with no subject is the imperative "note that", and `وي ذكر أن`
// (the corpus broke يُذكر in two) the narrator's impersonal passive.
#[test]
fn observed_reports_but_note_that_does_not() {
    let doc = analyze(
        "تجاوز عدد القتلى الأربعين هذا الشهر . ولاحظت الصحيفة أن إيران لم تعد تخفي خسائرها البشرية بسوريا .\nلاحظ أن الحرام أبدي شمولي .\nوي ذكر أن طيران الروسي يشن غارات جوية مكثفة على مدينة إدلب .",
    );
    let cues: Vec<&str> = doc.statements.iter().map(|s| s.cue.text.as_str()).collect();
    assert_eq!(cues, ["لاحظت"], "{:#?}", doc.statements);
    assert_eq!(
        doc.statements[0].content.text,
        "إيران لم تعد تخفي خسائرها البشرية بسوريا"
    );
}

// baly2018 R-367-6, R-411-3 and R-276-0 (shortened): after a dropped subject, `وصف` takes its
// object straight before the ب-phrase (`ووصف القرار بأنه`); `قال علينا أن` ("we must") has no
// subject either; `ات هم` (the corpus broke اتُّهم at its damma) is the passive.
#[test]
fn described_object_and_we_must_are_no_speakers() {
    let doc = analyze(
        "وسارع رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى الإشادة بالقرار , ووصف القرار بأنه \" حدث تاريخي \" .\nوقال الرئيس السوري إن الفجوة كبيرة . وقال علينا أن نؤسس شفافية مع المواطن .\nكما ات هم باساييف بقيادة الهجوم على المدرسة .",
    );
    assert_eq!(
        speakers(&doc),
        ["بنيامين نتنياهو", "الرئيس السوري", "الرئيس السوري"],
        "{:#?}",
        doc.statements
    );
}

// baly2018 R-491-1 and R-3-0 (shortened, gold-g): a bare `الصحيفة` points to the last outlet
// named even when no statement named it first; `وكالة الأنباء السورية` is SANA, and `الوكالة`
// after `الوكالة العربية السورية للأنباء` too.
#[test]
fn the_paper_is_the_last_outlet_named() {
    let doc = analyze(
        "شككت افتتاحية وول ستريت جورنال في سياسة الإدارة . وأشارت الصحيفة إلى أن الإدارة توقفت عن مساعدة المقاتلين .\nكسر الجيش السوري الحصار على دير الزور , حسب وكالة الأنباء السورية ( سانا ) .\nأفادت الوكالة العربية السورية للأنباء الاثنين بعثور الجيش على أسلحة . وأضافت الوكالة أن القوات عثرت على الأسلحة في حمص .",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 4, "{:#?}", doc.statements);
    assert_eq!(who[0], "وول ستريت جورنال");
    assert!(who[1..].iter().all(|w| w == "سانا"), "{who:?}");
}

// baly2018 R-65-3 and R-165-8 (shortened): `علي` written with ي after a title is the name Ali,
// not the preposition على; `إلى` after a title other than an envoy's belongs to the verb.
#[test]
fn ali_after_a_title_is_a_name() {
    let doc = analyze(
        "وقال رئيس الوزراء التركي بن علي يلدريم إن بلاده لن تسمح بإقامة ممر إرهابي .\nوقال رئيس الحكومة الليبية المؤقتة علي زيدان إن الانتخابات ستجري في موعدها .\nوأشار القيادي إلى أن الفراغ كبير .",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 3, "{:#?}", doc.statements);
    assert_eq!(who[0], "بن علي يلدريم");
    assert_eq!(who[1], "علي زيدان");
    assert_eq!(doc.statements[2].chain[0].text, "القيادي");
}

// baly2018 R-563-1 and V-101-0 (shortened): `بعثور` heads a reported event (proposition-nouns),
// reached over a time between commas.
#[test]
fn a_finding_is_reported_over_a_time_between_commas() {
    let doc = analyze(
        "أفادت الوكالة العربية السورية للأنباء \" سانا \" الاثنين بعثور الجيش السوري على أسلحة متنوعة في حمص .\nأفاد مصدر في الشرطة , أمس الثلاثاء , بعثور الشرطة على جثة رجل في منزله .",
    );
    let contents: Vec<&str> = doc
        .statements
        .iter()
        .map(|s| s.content.text.as_str())
        .collect();
    assert_eq!(contents.len(), 2, "{:#?}", doc.statements);
    assert!(
        contents
            .iter()
            .all(|c| c.trim_start_matches('ب').starts_with("عثور")),
        "{contents:?}"
    );
    assert_eq!(speakers(&doc)[0], "سانا");
}

// baly2018 V-306-6 (shortened, gold-g): `إن " حماس " ترى أن` is a nested report whose inner
// subject is a short quoted name; `إن " إعلان العراق يشير إلى ... "` (R-10-3) stays the
// speaker's own words.
#[test]
fn quoted_name_after_an_opens_a_nested_report() {
    let doc = analyze(
        "وقالت مصادر فلسطينية مطلعة إن \" حماس \" ترى أن الوضع الفلسطيني بات في حاجة ملحة لانتخابات عامة .\nوقالت الناطقة باسم وزارة الخارجية الأميركية هيذر ناورت إن \" إعلان العراق يشير إلى انتهاء آخر فلول التنظيم \" .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["مصادر فلسطينية مطلعة", "حماس"]);
    assert_eq!(doc.statements[0].cue.text, "ترى");
    assert_eq!(speakers(&doc)[1], "هيذر ناورت");
}

// baly2018 V-534-6 and R-563-9 (shortened): an adverb (`لاحقا`، `مرارا`) ends a subject.
#[test]
fn an_adverb_ends_the_subject() {
    let doc = analyze(
        "وقالت الشرطة التركية لاحقا إنها تعرفت على أربعة من عناصر التنظيم .\nوأكد مسئولون سوريون مرارا أن الحكومة لن تتخلى عن أي شبر من الأرض .",
    );
    assert_eq!(
        speakers(&doc),
        ["الشرطة التركية", "مسئولون سوريون"],
        "{:#?}",
        doc.statements
    );
}

// gold-g R-563-1 (shortened): `سانا` is no future verb (س + انا) once the entities layer knows
// the name; the phrase runs on to it.
#[test]
fn sana_is_no_future_verb() {
    let doc = analyze("قالت وكالة سانا إن الجيش تقدم في المدينة .");
    assert_eq!(speakers(&doc), ["سانا"], "{:#?}", doc.statements);
}

// gold-g R-3-0 (shortened): a dropped masculine subject heading a sentence continues the man
// the sentence before opened with, when that sentence reported nothing.
#[test]
fn dropped_subject_continues_the_previous_actor() {
    let doc = analyze(
        "وقالت وحدة الإعلام الحربي إن الجيش كسر الحصار . هنأ الرئيس السوري بشار الأسد الجيش على كسر الحصار على المدينة . وقال في مكالمة هاتفية مع قادة الجيش إن الدماء أثمرت نصرا مدويا .",
    );
    assert_eq!(speakers(&doc)[1], "بشار الأسد", "{:#?}", doc.statements);
}

// gold-g V-463-2 (shortened): the agency a source told (`وكالة انباء ( شينخوا )`, its name in
// brackets after a generic word) is the outer link, in an attribution phrase too.
#[test]
fn the_agency_the_source_told_is_the_outer_link() {
    let doc = analyze(
        "قتل ثمانية أشخاص في السويداء , بحسب ما أفاد مصدر طبي وكالة انباء ( شينخوا ) .\nوقال مصدر عسكري لوكالة انباء ( شينخوا ) إن الجيش تقدم في المنطقة .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["شينخوا", "مصدر طبي"]);
    assert_eq!(chain(&doc.statements[1])[0], "شينخوا");
}

// gold-g R-133-0 (shortened): the outlet of `وفقا لما ذكرته قناة X` between the cue and the
// content is the subject of the relative's verb, not `ما ذكرته`.
#[test]
fn a_relative_attribution_phrase_names_its_outlet() {
    let doc = analyze(
        "وقالت المصادر , وفقا لما ذكرته قناة ( روسيا اليوم ) , إن مجموعات مسلحة استهدفت مطحنة .",
    );
    assert_eq!(chain(&doc.statements[0]), ["روسيا اليوم", "المصادر"]);
}

// gold-g R-422-0 (shortened): a delegation is sent "to" a place, so إلى stays in the title;
// and a short quote after the comma that closes an attribution phrase is the speech, not a
// quoted name among the adjuncts.
#[test]
fn delegation_title_and_quote_after_an_attribution_phrase() {
    let doc = analyze(
        "وقال رئيس الوفد الحكومي الى أستانا السفير بشار الجعفري في ختام المحادثات , وفق ما نقلت وكالة الانباء الرسمية \" سانا \" , \" بالطبع نحن جاهزون للمشاركة فيه \" , موضحا أن بلاده اقترحت استضافة المؤتمر .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc), ["بشار الجعفري", "بشار الجعفري"]);
    assert_eq!(doc.statements[0].cue.text, "قال");
    assert_eq!(doc.statements[0].quote, QuoteKind::Direct);
    assert_eq!(
        doc.statements[0].content.text,
        "بالطبع نحن جاهزون للمشاركة فيه"
    );
}

// Corpus audit (R-304-2): `بان` before `كي مون` is the name, not بأن.
#[test]
fn ban_ki_moon_is_no_complementiser() {
    let doc = analyze("وقال الأمين العام بان كي مون إن تطبيق الاتفاق ضروري .");
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].content.text, "تطبيق الاتفاق ضروري");
}

// Corpus audit: a surname that is also a word (`راي`, the verb رأى) or an adjective of origin
// (`العراقي`) after a given name finishes the name.
#[test]
fn surnames_that_look_like_words_finish_the_name() {
    let doc = analyze(
        "وقال مدير مكتب التحقيقات الفيدرالي كريستوفر راي إن التحقيق مستمر .\nوقال الشاعر عبد الكريم العراقي إن القصيدة جديدة .",
    );
    assert_eq!(
        speakers(&doc),
        ["كريستوفر راي", "عبد الكريم العراقي"],
        "{:#?}",
        doc.statements
    );
}

// Corpus audit: `ل` + an outlet written with the article (`للجزيرة`) after the source is the
// outer link; `مجلس الأمن القومي` is not the UN Security Council.
#[test]
fn outlet_after_the_source_and_national_security_council() {
    let doc = analyze(
        "وقالت مصادر محلية للجزيرة إن القصف استمر .\nوقال مجلس الأمن القومي التركي إن العملية مستمرة .",
    );
    assert_eq!(chain(&doc.statements[0]), ["الجزيرة", "مصادر محلية"]);
    assert_eq!(speakers(&doc)[1], "مجلس الأمن القومي");
}

// Corpus audit (R-153-0, shortened): `لو` opening the phrase before a known surname is the
// French article, not the conditional.
#[test]
fn le_drian_after_the_verb() {
    let doc = analyze(
        "التقى وزير الخارجية الفرنسي جان إيف لو دريان نظيره الأمريكي . وقال ماكرون إن الحل سياسي . وقال لو دريان إن فرنسا مستعدة .",
    );
    assert_eq!(
        speakers(&doc).last().map(String::as_str),
        Some("جان إيف لو دريان"),
        "{:#?}",
        doc.statements
    );
}

// Corpus audit (R-9-2, V-666-1): `ل - " X "` after a bare title says whose commander he is;
// after a name it is whom he told.
#[test]
fn a_bare_l_after_a_title_is_no_addressee() {
    let doc = analyze(
        "وقال القائد العام ل - \" قوات حماية شمال سوريا \" إن القوات تقدمت .\nوقالت مديرة المركز الدكتورة ماجدة عدلي ل - \" المونيتور \" إن الوضع سيء .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].chain.len(), 1, "{:#?}", doc.statements[0]);
    assert!(doc.statements[0].chain[0]
        .text
        .contains("قوات حماية شمال سوريا"));
    assert_eq!(chain(&doc.statements[1]), ["المونيتور", "ماجدة عدلي"]);
}

// Corpus audit: a quantity of sources is the sources (`العديد من التقارير`), up to the
// adjectives of its noun; a source noun with the article takes its affiliation too.
#[test]
fn quantities_of_sources_and_definite_sources_keep_their_phrase() {
    let doc = analyze(
        "وقالت العديد من التقارير إن القصف استمر .\nويرى كثير من المراقبين العسكريين أن الحل بعيد .\nوقالت المصادر في النجف إن الزوار وصلوا .",
    );
    assert_eq!(
        speakers(&doc),
        [
            "العديد من التقارير",
            "كثير من المراقبين العسكريين",
            "المصادر في النجف"
        ],
        "{:#?}",
        doc.statements
    );
}

// gold-h R-94-2 and V-252-7 (shortened): `أمام X` and a participle of manner (`متوجها`) after
// the verb are no subject; the dropped subject continues the speaker.
#[test]
fn before_whom_and_how_are_no_subjects() {
    let doc = analyze(
        "وقال العبادي إن المعركة بدأت . وقال متوجها إلى سكان الموصل \" كانت هناك محاولة لتأخير التحرير \" . وقال أمام العسكريين : \" سننتصر قريبا \" .",
    );
    assert_eq!(
        speakers(&doc),
        ["العبادي", "العبادي", "العبادي"],
        "{:#?}",
        doc.statements
    );
}

// gold-h R-149-3 (shortened): a dropped subject after a sentence-heading verb with a named
// subject continues that subject, not the last speaker; a sentence opened by a preposition
// (`وفي بغداد`) has no subject there, and the issuer of the statement speaks.
#[test]
fn dropped_subjects_in_sentences_with_their_own_actor() {
    let doc = analyze(
        "وقال البيان إن الرئيس جدد تأكيده . ودعا ماكرون مجددا إلى حوار في العراق وأضاف أنه مقتنع بأن الحوار ممكن . وفي بغداد أصدر مكتب العبادي بيانا فيما بعد قال فيه إن العبادي تلقى اتصالا هاتفيا .",
    );
    assert_eq!(
        speakers(&doc),
        ["البيان", "ماكرون", "مكتب العبادي"],
        "{:#?}",
        doc.statements
    );
}

// Corpus audit (V-688-0, shortened): an accusation whose subject is a named body and whose
// object a definite noun phrase (`السلطات السورية`) no name marks.
#[test]
fn accusation_object_after_a_named_subject() {
    let doc = analyze("واتهمت منظمة هيومن رايتس ووتش السلطات السورية بارتكاب جرائم حرب .");
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(
        doc.statements[0].content.text,
        "السلطات السورية بارتكاب جرائم حرب"
    );
}

// Corpus audit: a relay phrase after the clause it sources makes a statement of its own, or,
// closing a statement, names whom the speaker had it from; heading a clause with its own cue,
// it is that statement's outer link. `وذلك` before the phrase is no content.
#[test]
fn relay_phrases_after_and_before_their_clause() {
    let doc = analyze(
        "وقتل خمسة أشخاص في الغارة , نقلا عن موقع \" شبيغل \" .\nوقال المتحدث إن خمسة أشخاص قتلوا , نقلا عن مصادر طبية .\nوقالت وزيرة الإعلام اليمنية \" إن الرئاسة تتعرض لقصف \" , ونقلا عن \" رويترز \" , أكد مسؤول يمني أن الرئيس بخير .\nقتل عشرة أشخاص في القصف وذلك بحسب المرصد السوري لحقوق الإنسان .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(
        chains,
        [
            vec!["شبيغل"],
            vec!["المتحدث", "مصادر طبية"],
            vec!["وزيرة الإعلام اليمنية"],
            vec!["رويترز", "مسؤول يمني"],
            vec!["المرصد السوري لحقوق الإنسان"],
        ],
        "{:#?}",
        doc.statements
    );
    assert_eq!(doc.statements[1].content.text, "خمسة أشخاص قتلوا");
    assert_eq!(doc.statements[4].content.text, "قتل عشرة أشخاص في القصف");
}

// Corpus diff (V-306-4, shortened): a country after a masculine verb with a dropped subject
// is its object, not the sentence's subject.
#[test]
fn a_country_after_a_masculine_verb_is_no_subject() {
    let doc = analyze(
        "وقال أردوغان إن القدس خط أحمر . كما اتهم إسرائيل بالتمييز ضد الفلسطينيين وأضاف أن الحصار على غزة لا مكان له .",
    );
    assert_eq!(
        speakers(&doc).last().map(String::as_str),
        Some("أردوغان"),
        "{:#?}",
        doc.statements
    );
}

// gold-h R-651-1 (shortened): an adjective of origin left over from the subject before an
// addressee (`مصدر محلي | عراقي , لمراسلة " سبوتنيك "`) is no noun object; a relative clause on
// the source of `حسب` is passed over; the anaphor keeps the outlet the source spoke to.
#[test]
fn source_told_an_outlet_then_referred_back_to() {
    let doc = analyze(
        "أفاد مصدر محلي عراقي , لمراسلة \" سبوتنيك \" , اليوم الثلاثاء , بإعدام عراقيين اثنين . وحسب المصدر الذي تحفظ الكشف عن اسمه , أن التنظيم أقدم على إعدام مواطنين . ولفت المصدر إلى أن الإعدام نفذ أمام المدنيين .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(chains.len(), 3, "{:#?}", doc.statements);
    for c in &chains {
        // (The correspondent the source told is the outlet as addressee, one link, as gold-h
        // writes these three and gold-a R-15-5 writes `لمراسل الأناضول`.)
        assert_eq!(c, &["سبوتنيك", "مصدر محلي"], "{:#?}", doc.statements);
    }
    assert_eq!(doc.statements[0].content.text, "إعدام عراقيين اثنين");
    assert_eq!(
        doc.statements[1].content.text,
        "التنظيم أقدم على إعدام مواطنين"
    );
}

// Corpus audit (R-89-0, R-89-2, V-207-3; shortened): whose statements an outlet relayed
// (`تصريحات أبو ردينة`) is the speaker; after the narrator's `جدير بالذكر أن` the subject
// stands before the verb; `به` after the verb of `وفق ما أفادت` is no source.
#[test]
fn relayed_statements_narrator_formula_and_pronoun_objects() {
    let doc = analyze(
        "ونقلت وكالة رويترز تصريحات محمود عباس التي قال فيها إنهم اتفقوا على المصالحة . قال بوتين إن الحرب انتهت . جدير بالذكر أن الولايات المتحدة أعلنت مؤخرا أنها لن تسحب قواتها . وقتل خمسة مدنيين وفق ما أفادت به مصادر المعارضة .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(
        chains,
        [
            vec!["رويترز", "محمود عباس"],
            vec!["بوتين"],
            vec!["الولايات المتحدة"],
            vec!["مصادر المعارضة"],
        ],
        "{:#?}",
        doc.statements
    );
}

// Corpus audits: words after a colon with no quotation mark are indirect (GUIDELINES rule 6);
// a name that looks like a future verb right after the verb is the subject (`ستورك`); `وفقا
// لها` points to the current speaker; a question fronted as the topic (`وعما إذا كان ...`) is
// no subject; `حسب حجم الطلبية` names no source.
#[test]
fn colon_quotes_future_looking_names_pronoun_sources_and_topics() {
    let doc = analyze(
        "وقال الجبير : لا يمكن السماح بذلك .\nوقال نديم حوري إن الوضع سيء . وقال ستورك إن الحكومة مسؤولة .\nوقالت الحكومة الإيرانية إن الاتفاق قائم . ووفقا لها , فإن المفاوضات مستمرة .\nوقال ترامب إن الاتفاق سيء . وعما إذا كان سيطلب استمرار الاتفاق أم سينسحب منه , قال \" سنرى \" .\nوتتراوح الأسعار بحسب حجم الطلبية بين مئة ومئتين .",
    );
    assert_eq!(doc.statements.len(), 7, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].quote, QuoteKind::Indirect);
    assert_eq!(doc.statements[0].content.text, "لا يمكن السماح بذلك");
    assert_eq!(doc.statements[2].chain[0].text, "ستورك");
    assert_eq!(speakers(&doc)[4], "الحكومة الإيرانية");
    assert_eq!(speakers(&doc)[6], "ترامب");
    assert_eq!(doc.statements[6].quote, QuoteKind::Direct);
}

// Corpus audits: the outlet spoken to, after `في حديث إلى`, after the source of an
// attribution phrase (`مصادر أهلية ل - " القدس العربي "`), or a body named without quotes
// after `ل -`; `تابعة ل -` says whose, not whom.
#[test]
fn outlets_spoken_to_in_more_shapes() {
    let doc = analyze(
        "وقال ظريف إن الحل قريب . وقال في حديث إلى قناة الجزيرة إن القصف استمر .\nوبحسب ما قالته مصادر أهلية ل - \" القدس العربي \" فإن القصف استمر .\nوقال أحد السكان ل - هيومن رايتس ووتش إن القصف استمر .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(
        chains,
        [
            vec!["ظريف"],
            vec!["الجزيرة", "ظريف"],
            vec!["القدس العربي", "مصادر أهلية"],
            vec!["هيومن رايتس ووتش", "أحد السكان"],
        ],
        "{:#?}",
        doc.statements
    );
    assert_eq!(doc.statements[2].content.text, "القصف استمر");
}

// Corpus audit (V-161-1, R-651-10; shortened): a cue the corpus broke after its conjunction
// (`وأ ضاف`), not a preposition after a broken word (`د فن في`); `السلطات` is a source.
#[test]
fn broken_conjoined_cues_and_authorities() {
    let doc = analyze(
        "وأ ضاف المصدر لمراسل سبوتنيك أن القصف استمر .\nالموثق أن ليول قد د فن في كنيسة القديس فرانسس .\nوقتل عشرة أشخاص في الهجوم , بحسب السلطات الاقليمية .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(
        chains,
        [vec!["سبوتنيك", "المصدر"], vec!["السلطات الاقليمية"]],
        "{:#?}",
        doc.statements
    );
}

// Corpus audit (V-453-2, R-188-4, R-320-4; shortened): a tally is no source; whoever announced
// it is, and with no one named the phrase reports nothing.
#[test]
fn a_tally_is_no_source() {
    let doc = analyze(
        "وقتل عشرة مدنيين , وفق حصيلة جديدة أعلنها المرصد السوري لحقوق الانسان الجمعة .\nوفي إيران , قتل ستة أشخاص , بحسب حصيلة أولية أوردها التلفزيون الرسمي الإيراني .\nوقتل خمسون مدنيا , بحسب حصيلة جديدة .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc)[0], "المرصد السوري لحقوق الإنسان");
    assert!(doc.statements[1].chain[0].text.starts_with("التلفزيون"));
}

// Corpus audit, sample 2 (V-30-0, V-207-8, V-440-0; shortened): a quoted source right after
// the verb and before `:` is the subject; a place inside an outlet's quoted name is not the
// outlet; the outlet a statement was given to may open the sentence.
#[test]
fn quoted_subjects_quoted_outlet_names_and_fronted_addressees() {
    let doc = analyze(
        "وأشارت الوكالة الألمانية إلى أن القصف استمر . وقال \" المرصد السوري \" : إن المعارك مستمرة .\nوقالت شبكة \" الرقة تذبح بصمت \" إن القصف استمر .\nوفي تصريح خاص لبلدي نيوز , قال أبو شادي العز إن القصف استمر .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(
        chains,
        [
            vec!["الوكالة الألمانية"],
            vec!["المرصد السوري"],
            vec!["الرقة تذبح بصمت"],
            vec!["بلدي نيوز", "أبو شادي العز"],
        ],
        "{:#?}",
        doc.statements
    );
}

// Corpus audit, sample 2 (V-30-0, shortened): content that starts right after an opening mark
// around one word (`أن " داعش " لا يزال`) is mostly unquoted: indirect.
#[test]
fn a_quoted_first_word_is_no_direct_quote() {
    let doc = analyze(
        "وقال المتحدث إن الجيش تقدم , موضحا أن \" داعش \" لا يزال يسيطر على أجزاء من المدينة .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(doc.statements[1].quote, QuoteKind::Indirect);
}

// Corpus diff (V-101-0, shortened): the sentence's own subject, a title with the name in
// apposition, speaks by the name.
#[test]
fn the_opening_subject_speaks_by_its_apposed_name() {
    let doc = analyze(
        "وقال مسؤول عسكري إن الوضع مستقر . وتحدث رئيس اللجنة الأمنية لقضاء الخالدية , إبراهيم الفهداوي , في مؤتمر صحفي عقد لهذا الغرض , وقال إنه منذ دخول التنظيم إلى المحافظة تدهور الوضع .",
    );
    assert_eq!(
        speakers(&doc).last().map(String::as_str),
        Some("إبراهيم الفهداوي"),
        "{:#?}",
        doc.statements
    );
}

// gold-e V-5-0 (shortened): what an outlet monitored (`بحسب ما رصدت عنب بلدي`) is attributed to
// it, and the outlets GUIDELINES cites are known by their full names.
#[test]
fn what_an_outlet_monitored() {
    let doc = analyze(
        "ولم يعلق اللاعب على مباراة المنتخب مطلقا , بحسب ما رصدت عنب بلدي .\nوقال المسؤول لوكالة الصحافة الفرنسية إن الفنيين أوقفوا الضخ .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(
        chains,
        [vec!["عنب بلدي"], vec!["فرانس برس", "المسؤول"]],
        "{:#?}",
        doc.statements
    );
}

// Corpus audit (R-608-4, shortened): a definite anaphor points to the nearest body of its head,
// even one named since the last speaker of that head and never a speaker itself.
#[test]
fn an_anaphor_takes_the_nearest_body_of_its_head() {
    let doc = analyze(
        "وقال زعيم حزب ديني إن الحكومة فاشلة . وأصدر حزب الله بيانا اليوم . وقال الحزب إن الحكومة ناجحة .",
    );
    assert_eq!(
        speakers(&doc),
        ["حزب ديني", "حزب الله"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_title_said_again_is_its_holder_and_a_participle_ends_a_name() {
    // baly2018 R-176-2 (arabyoum.com) and R-65-3, shortened.
    let doc = analyze(
        "وقال المتحدث باسم الحكومة التركية , بكير بوزداغ : \" أبلغنا جميع الأطراف المعنية \" .\nوعن اتهامات زعيم المعارضة التركية كمال قليجدار أوغلو , قال المتحدث باسم الحكومة , إن قليجدار \" فشل في إثبات ادعاءاته \" .\nوأضاف بوزداغ متحدثا للصحفيين , اليوم , إن العملية مستمرة .",
    );
    assert_eq!(
        speakers(&doc),
        ["بكير بوزداغ", "بكير بوزداغ", "بكير بوزداغ"],
        "{:#?}",
        doc.statements
    );
    assert_eq!(doc.statements[2].chain[0].text, "بوزداغ");
}

#[test]
fn outlets_named_with_a_number_or_glued_to_their_preposition() {
    // baly2018 R-176-2 (`وفق عربي 21`) and V-74-0 (`لمصراوي`), shortened.
    let doc = analyze(
        "وسبق أن أعلنت تركيا أنها قد توسع مهمتها العسكرية في سوريا , وفق عربي 21 .\nوأكد عبد الهادي لمصراوي , أن الحريق اندلع في الغابة .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["عربي 21", "تركيا"]);
    assert_eq!(chain(&doc.statements[1]), ["مصراوي", "عبد الهادي"]);
}

#[test]
fn a_cue_opened_by_fa_continues_with_the_person_just_named() {
    // baly2018 V-108-2 (the third audit) and R-305-2, shortened.
    let doc = analyze(
        "وقال منهل باريش إن الوضع صعب .\nهذا ما يوافق عليه الناشط الثوري أحمد جلل , فيقول لحكاية ما انحكت \" إن الفصائل لم تعد تملك القرار \" .\nأما أستاذ القانون نبيل حلمي فقال إن الفوضى مقصودة .\nوسئل باريش عن اغتيال أبو جهاد فقال إنه لا يعرف .",
    );
    assert_eq!(
        speakers(&doc),
        ["منهل باريش", "أحمد جلل", "نبيل حلمي", "منهل باريش"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn an_unnamed_source_keeps_its_head_before_its_affiliation() {
    // baly2018 R-280-3 (the third audit) and R-153-7, shortened.
    let doc = analyze(
        "وذكر مسؤول في لوكهيد أن الشركة ستسلم الطائرات .\nوقال مسؤول محلي في محافظة ديالى إن الطريق مغلق .",
    );
    assert_eq!(
        speakers(&doc),
        ["مسؤول في لوكهيد", "مسؤول محلي في محافظة ديالى"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_quotation_set_before_its_verb_is_the_verbs_content() {
    // baly2018 R-76-1 (the third audit): the English order, quotation first.
    let doc = analyze(
        "وقال مستشار كبير سابق لهيئة الأركان المشتركة إن السياسة فشلت .\n\" لم نكن عازمين على الانحراف عن سياسات أوباما المصرح عنها \" قال المستشار .\nوأضاف أن الحل كان صعبا .",
    );
    assert_eq!(doc.statements.len(), 3, "{:#?}", doc.statements);
    let s = &doc.statements[1];
    assert_eq!(s.quote, QuoteKind::Direct);
    assert_eq!(
        s.content.text,
        "لم نكن عازمين على الانحراف عن سياسات أوباما المصرح عنها"
    );
    assert_eq!(s.cue.text, "قال");
}

#[test]
fn a_bodys_own_unit_before_l_is_of_the_body_not_an_addressee() {
    // baly2018 R-341-11 (the third audit).
    let doc = analyze(
        "وأوضح الإعلام الحربي ل - \" حزب الله \" أن المقاتلين تقدموا .\nوقال مصدر عسكري ل - \" الأناضول \" إن الهجوم فشل .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].chain.len(), 1, "{:#?}", doc.statements[0]);
    assert!(doc.statements[0].chain[0].text.starts_with("الإعلام الحربي"));
    assert_eq!(chain(&doc.statements[1]), ["الأناضول", "مصدر عسكري"]);
}

#[test]
fn wali_is_a_governor_not_and_to() {
    // baly2018 V-170-0 (the third audit): `والي` (governor) normalises like `وإلى` (and to).
    let doc = analyze(
        "وأفاد والي الجهة , عبد اللطيف الميساوي بأن الحريق اندلع في المستودع , مشيرا الى أن فرق الإطفاء تدخلت .\nوإلى جانب ذلك قال مصدر أمني إن التحقيق بدأ .",
    );
    assert_eq!(
        speakers(&doc),
        ["عبد اللطيف الميساوي", "عبد اللطيف الميساوي", "مصدر أمني"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_participle_of_the_speakers_next_act_ends_the_content() {
    // baly2018 R-540-8 (the third audit found the same in R-47-4), shortened.
    let doc = analyze(
        "نفت وزارة الدفاع الروسية اليوم الجمعة , شن غارات جوية على مدينة إدلب , مستنكرة ادعاءات المعارضة .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(
        doc.statements[0].content.text,
        "شن غارات جوية على مدينة إدلب"
    );
    assert_eq!(doc.statements[0].stance, Stance::Deny);
}

#[test]
fn a_manner_adverb_after_a_name_is_not_part_of_it() {
    // baly2018 R-217-4 (gold-c) and R-565-1, shortened.
    let doc = analyze("وقال ترامب بوضوح إنه أصدر تعليمات بعدم تزويد الوحدات بالأسلحة .");
    assert_eq!(speakers(&doc), ["ترامب"], "{:#?}", doc.statements);
}

#[test]
fn a_listed_full_name_is_complete_but_takes_coordinated_names() {
    // baly2018 R-86-1 (gold-e) and R-241-12, shortened.
    let doc = analyze(
        "وكان الرئيس الروسي فلاديمير بوتين أمر الإثنين بسحب \" جزء كبير \" من القوات الروسية من سوريا وأعلن انتهاء عملها .\nوقال فلاديمير بوتين وروحاني وأردوغان في بيان إن القمة نجحت .",
    );
    assert_eq!(
        speakers(&doc),
        ["فلاديمير بوتين", "فلاديمير بوتين وروحاني وأردوغان"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_crash_or_a_defection_announced_is_reported_content() {
    // baly2018 R-326-0 (the third audit) and V-403-1, shortened.
    let doc = analyze(
        "أعلنت القيادة العامة للقوات المسلحة الإماراتية , الأحد , تحطم إحدى طائراتها العسكرية في اليمن .\nوأعلن القيادي في الهيئة انشقاقه عن التنظيم .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("تحطم"));
    assert!(doc.statements[1].content.text.starts_with("انشقاقه"));
}

#[test]
fn a_titles_seat_after_b_keeps_the_holders_name_in_the_phrase() {
    // baly2018 R-349-8 (the third audit).
    let doc = analyze(
        "وقالت مندوبة الولايات المتحدة بالأمم المتحدة سامنثا باور في بيان \" إن الهجوم مروع \" .",
    );
    assert_eq!(speakers(&doc), ["سامنثا باور"], "{:#?}", doc.statements);
}

#[test]
fn a_title_said_again_in_the_other_spelling_is_its_holder() {
    let doc = analyze(
        "وانتقد الرئيس الأمريكي دونالد ترامب الاتفاق النووي .\nووصف الرئيس الأميركي الاربعاء هذا الاتفاق بأنه \" الأسوأ على الإطلاق \" .",
    );
    assert_eq!(speakers(&doc), ["دونالد ترامب"], "{:#?}", doc.statements);
}

#[test]
fn ban_right_after_the_verb_is_a_name_and_a_pair_is_nobodys_full_name() {
    // baly2018 V-319-5 and R-338-1 (the fourth audit), shortened.
    let doc = analyze(
        "وقال يوري فيدوتوف إن الوضع صعب .\nقال بان كي مون الأمين العام للأمم المتحدة إن الاتجار بالأشخاص مشكلة عالمية .\nوأكد البيان المشترك لبوتين وترامب أن الحل سياسي .\nوقال فلاديمير بوتين وترامب في البيان إن الحرب انتهت .\nوأضاف بوتين أن العملية مستمرة .",
    );
    let names = speakers(&doc);
    assert_eq!(names[1], "بان كي مون", "{:#?}", doc.statements);
    assert_eq!(
        names.last().map(String::as_str),
        Some("فلاديمير بوتين"),
        "{names:?}"
    );
}

#[test]
fn the_narrators_note_on_what_was_left_unsaid_ends_the_content() {
    // baly2018 R-50-1 (the fourth audit) and R-176-1, shortened.
    let doc = analyze(
        "وصرحت المحامية إينيز فيسكي أن موكلها لن يتعاون من أجل تسليمه للمغرب ولم تذكر أي تفاصيل أخرى .\nوقال مصدر سوري مطلع إن الوفد سيعلن مواقفه من المحادثات من دون أن يذكر تفاصيل اضافية .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.ends_with("للمغرب"));
    assert!(doc.statements[1].content.text.ends_with("المحادثات"));
}

#[test]
fn a_quoted_noun_object_is_reported_content() {
    // baly2018 V-422-2 (the fourth audit).
    let doc = analyze(
        "أعلن رئيس الوزراء العراقي حيدر العبادي السبت \" انتهاء الحرب \" ضد تنظيم الدولة الاسلامية في العراق .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("انتهاء الحرب"));
    assert_eq!(speakers(&doc), ["حيدر العبادي"]);
}

#[test]
fn a_sentence_opening_on_a_name_before_its_verb_and_at_the_time_after_a_title() {
    // baly2018 R-170-6 and R-536-3 (the fourth audit), shortened.
    let doc = analyze(
        "ووصف الجيش السوري الهجوم بأنه إرهابي .\nباراك أوباما قال قبل يومين إن المحور لا بد من كسره .\nوصرح المتحدث الأمني لوزارة الداخلية حينها بأن المنفذين فروا .\nوأضاف المتحدث أنه قد اتضح تورط خلية .",
    );
    let names = speakers(&doc);
    assert_eq!(names[1], "باراك أوباما", "{:#?}", doc.statements);
    assert_eq!(names[2], "المتحدث الأمني لوزارة الداخلية");
    assert_eq!(names[3], "المتحدث الأمني لوزارة الداخلية");
}

#[test]
fn the_person_a_fronted_interview_was_held_with_speaks() {
    // baly2018 V-525-10 (the fourth audit), shortened; and R-383-7's `حديث له مع` (his own).
    let doc = analyze(
        "وقال مسؤول إن القافلة وصلت .\nوفي حديث ل - \" الصوت السوري \" مع مجاهد أبو البراء , عضو مركز حمص الإعلامي , قال \" إن الحصار مستمر \" .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(
        chain(&doc.statements[1]),
        ["الصوت السوري", "مجاهد أبو البراء"]
    );
}

#[test]
fn who_made_a_statement_said_what_is_in_it() {
    // baly2018 R-316-1 (the fourth audit) and R-16-5, shortened.
    let doc = analyze(
        "وقال الرئيس ميشال عون إن العلاقات جيدة .\nادلت السيدة برنيل دالر كارديل بتصريح قالت فيه : \" أشكر فخامة الرئيس على الاستقبال \" .",
    );
    assert_eq!(
        speakers(&doc),
        ["ميشال عون", "برنيل دالر كارديل"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_lead_office_is_held_by_the_man_the_next_sentence_names() {
    // baly2018 R-289-4 (gold-h) and R-536-3 (the fourth audit), shortened: the office in the
    // lead is the man named next, with only a rank; a name in what was said is nobody's office.
    let doc = analyze(
        "أبلغ رئيس هيئة الأركان العامة للجيش الإسرائيلي , صحيفة عربية , بأن إسرائيل مستعدة لتبادل المعلومات .\nوقال اللفتنانت جنرال جادي إيزنكوت لصحيفة \" إيلاف \" إن المصالح مشتركة .",
    );
    assert_eq!(
        speakers(&doc),
        ["جادي إيزنكوت", "جادي إيزنكوت"],
        "{:#?}",
        doc.statements
    );
    let doc = analyze(
        "صرح المتحدث الأمني لوزارة الداخلية , بأن الشقيقين خالد وصالح العريني فرا بعد الهجوم على والدتهما في المنزل .",
    );
    assert_eq!(speakers(&doc), ["المتحدث الأمني لوزارة الداخلية"]);
}

#[test]
fn a_report_in_the_next_paragraph_of_a_quotation_is_the_quoted_speakers() {
    // baly2018 R-217-4 (gold-c), shortened: the quotation a paragraph break cut runs on into
    // `وقال ترامب`, which Cavusoglu reports; `وتابع` after it is Cavusoglu again.
    let doc = analyze(
        "وقال وزير الخارجية التركي مولود تشاووش أوغلو إن الحكومة تأمل أن ترى الأوامر تنفذ .\nوأضاف : \" عبرنا للسيد ترامب عن استيائنا . . .\nوقال ترامب بوضوح إنه أصدر تعليمات بعدم تزويد الوحدات بالأسلحة \" .\nوتابع : \" نرحب بهذا الوعد \" .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(chains.len(), 4, "{:#?}", doc.statements);
    assert_eq!(chains[2], ["مولود تشاووش أوغلو", "ترامب"]);
    assert_eq!(chains[3], ["مولود تشاووش أوغلو"]);
    // A new paragraph that opens its own quotation is a new speaker's.
    let doc = analyze(
        "وقال نيك هيراس : \" إن الهدف تقييد إيران . . .\nوقال السناتور بن ساس : \" سيطرنا على مدن من قبل وفقدناها .\nهذا خطأ \" .",
    );
    let sasse = chain(&doc.statements[1]);
    assert!(
        sasse.len() == 1 && sasse[0].ends_with("بن ساس"),
        "{sasse:?}"
    );
}

#[test]
fn a_title_alone_is_the_listed_holder_the_article_names() {
    // baly2018 R-104-4 (the third audit), shortened: `الرئيس الفرنسي` after a sentence that
    // names `الرئيس إيمانويل ماكرون`, whose role is one word and so fits every president.
    let doc = analyze(
        "واستقبل الرئيس إيمانويل ماكرون الوفد في الإليزيه .\nأعلن الرئيس الفرنسي أنه لا يرى حاليا أي بديل للحل السياسي .",
    );
    assert_eq!(speakers(&doc), ["إيمانويل ماكرون"], "{:#?}", doc.statements);
    // Two holders named: the title stays.
    let doc = analyze(
        "وكان فرانسوا هولاند قد التقى إيمانويل ماكرون في الإليزيه .\nأعلن الرئيس الفرنسي أنه لا يرى حاليا أي بديل للحل السياسي .",
    );
    assert_eq!(speakers(&doc), ["الرئيس الفرنسي"], "{:#?}", doc.statements);
    // No holder named: the title stays.
    let doc = analyze("أعلن الرئيس الفرنسي أنه لا يرى حاليا أي بديل للحل السياسي .");
    assert_eq!(speakers(&doc), ["الرئيس الفرنسي"], "{:#?}", doc.statements);
}

#[test]
fn a_feminine_verb_goes_back_past_a_man_to_the_last_feminine_speaker() {
    // baly2018 R-387-1 and V-371-3 (shortened): `وأضافت` after a man's statement continues the
    // organisation or the sources before him.
    let doc = analyze(
        "وقالت منظمة العفو الدولية إن الانتهاكات مستمرة .\nوقال متحدث باسم الحكومة إن التقرير مسيس .\nوأضافت أن بعض تلك الانتهاكات تقع على يد القوات الحكومية .",
    );
    assert_eq!(
        speakers(&doc),
        [
            "منظمة العفو الدولية",
            "متحدث باسم الحكومة",
            "منظمة العفو الدولية"
        ],
        "{:#?}",
        doc.statements
    );
    // A masculine verb still continues the last speaker, whatever its gender.
    let doc = analyze("وقالت وزارة الخارجية إن الوفد وصل .\nوأضاف أن المحادثات تبدأ غدا .");
    assert_eq!(speakers(&doc), ["وزارة الخارجية", "وزارة الخارجية"]);
}

#[test]
fn a_sentence_opening_on_a_titled_name_or_a_body_before_its_verb() {
    // baly2018 R-188-8 (the third audit) and R-128-3, shortened.
    let doc = analyze(
        "وقال مسؤول إن الخطة جاهزة .\nالأستاذ الجامعي المرموق ستيفن وولت اعتبر أن الوثيقة تمرين ذهني .\nالجيش السوري نفى من جهته أن يكون استخدم مواد كيماوية .",
    );
    let names = speakers(&doc);
    assert_eq!(names.len(), 3, "{:#?}", doc.statements);
    assert_eq!(names[1], "ستيفن وولت");
    assert_eq!(names[2], "الجيش السوري");
}

#[test]
fn a_continuation_whose_subject_describes_a_person_re_describes_the_last_speaker() {
    // baly2018 R-180-0 and V-462-4, shortened: `وأشار الخبير القانوني` continues سلامة, but
    // `وأشار الصحفي عيد` names someone the tagger missed.
    let doc = analyze(
        "وقال أستاذ القانون الدولي أيمن سلامة إن الوساطة ممكنة .\nوأكد سلامة , أن الوساطة يمكن أن تقوم بها دولة .\nوأشار الخبير القانوني , إلى أن تلك الوساطة غير إلزامية .",
    );
    let names = speakers(&doc);
    assert_eq!(names.len(), 3, "{:#?}", doc.statements);
    assert_eq!(names[2], "أيمن سلامة");
    let doc = analyze(
        "وقال أستاذ القانون الدولي أيمن سلامة إن الوساطة ممكنة .\nوأشار الصحفي عيد إلى أن أكبر المشكلات هي العلاقة بين المواطن والمؤسسة .",
    );
    assert_ne!(speakers(&doc)[1], "أيمن سلامة", "{:#?}", doc.statements);
}

#[test]
fn choices_and_wishes_are_no_source_and_military_results_are_claims() {
    // baly2018 V-659-1 and R-326-7 (the fifth audit), shortened: `حسب اختيار الطالب` and `حسب
    // أهوائهم` attribute nothing.
    let doc = analyze(
        "وتشمل المواد اللغة العربية والرياضيات ولغة أجنبية حسب اختيار الطالب .\nمن أين لهم أن يقسموا الأرض حسب أهوائهم الاستعمارية .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
    // V-641-2 (the fifth audit): a repelled attack is what the group claims happened.
    let doc = analyze("أعلن \" فيلق الرحمن \" عن صد هجوم من قوات النظام على محور حي جوبر .");
    assert_eq!(speakers(&doc), ["فيلق الرحمن"], "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("صد هجوم"));
}

#[test]
fn a_second_cue_not_ruling_out_ends_the_first_content() {
    // baly2018 R-298-1 (the fifth audit), shortened: `, ولم يستبعد أن` is a second, hedged
    // statement, negation and all.
    let doc = analyze(
        "وشدد المسؤول العسكري الروسي على أن معظم المسلحين هربوا إلى ليبيا , ولم يستبعد أن بعض الإرهابيين تسللوا إلى أفغانستان .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(
        doc.statements[0].content.text,
        "معظم المسلحين هربوا إلى ليبيا"
    );
    assert_eq!(doc.statements[1].cue.text, "لم يستبعد");
    assert!(doc.statements[1].hedged);
}

#[test]
fn the_topic_amma_fronts_speaks_through_its_fa_verb() {
    // baly2018 R-233-2, R-546-8 and V-177-0 (the fifth audit), shortened.
    let doc = analyze(
        "وقال الرئيس الإيراني إن الحل قريب .\nأما حزب العمل الإسرائيلي الحاكم وقتذاك فقد رأى أن طهران تشكل خطرا .\nأما قناة العراقية فأكدت أن القوات دخلت المدينة .\nأما العودة فأوضح المعبر أنها ستبدأ في تشرين الثاني .",
    );
    let names = speakers(&doc);
    assert_eq!(names.len(), 4, "{:#?}", doc.statements);
    assert_eq!(names[1], "حزب العمل الإسرائيلي الحاكم");
    assert_eq!(names[2], "قناة العراقية");
    // The verb's own subject speaks, not the matter fronted.
    assert_eq!(names[3], "المعبر");
}

#[test]
fn a_dropped_subject_after_a_named_man_s_titled_verb_is_his() {
    // baly2018 V-521-1 and R-506-9 (the fifth audit), shortened: `واعرب الكرواتي داليبور
    // ستاركيفيتش عن سعادته , وقال` (a man named after his origin); and a lead title is not
    // held by the man a next sentence names under another title.
    let doc = analyze(
        "وقال رئيس النادي إن الفريق جاهز .\nواعرب الكرواتي داليبور ستاركيفيتش عن سعادته بالفوز , وقال : \" سعادتي لا توصف \" .",
    );
    assert_eq!(
        speakers(&doc),
        ["رئيس النادي", "داليبور ستاركيفيتش"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn an_agency_is_named_past_its_generic_word_and_never_by_a_state() {
    // baly2018 R-487-6 and R-480-0 (the fifth audit), shortened: `وكالة أنباء X` is X when X
    // is an outlet, the whole phrase when X is a state (Bahrain's agency is not Bahrain).
    let doc = analyze(
        "شنت مقاتلات تركية غارات على مواقع الحزب , بحسب ما ذكرت وكالة أنباء الأناضول .\nوقالت وكالة أنباء البحرين إن المحكمة أصدرت حكمها .\nوأضافت الوكالة أن المتهمين فروا .",
    );
    assert_eq!(
        speakers(&doc),
        ["الأناضول", "وكالة أنباء البحرين", "وكالة أنباء البحرين"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_minister_s_title_is_its_listed_holder_and_a_deputy_s_is_not() {
    // baly2018 V-625-12 (shortened): `وزير`, whose و is no conjunction, heads the office; the
    // deputy named before is not its holder.
    let doc = analyze(
        "قال نائب وزير الخارجية الروسي ميخائيل بوجدانوف إن الحوار مستمر .\nوكان سيرغي لافروف قد زار أنقرة .\nوأكد وزير الخارجية الروسي أن موسكو منفتحة على الحوار .",
    );
    assert_eq!(
        speakers(&doc),
        ["ميخائيل بوجدانوف", "سيرغي لافروف"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_minister_named_once_holds_his_title_later() {
    // baly2018 R-356-8 (shortened): the و of `وزير` is the root's, so the title binds to its
    // holder and a later `وزير المالية` is he.
    let doc = analyze(
        "وقال وزير المالية علي حسن خليل إن الموازنة جاهزة .\nوأكد وزير المالية أن العجز تراجع .",
    );
    assert_eq!(
        speakers(&doc),
        ["علي حسن خليل", "علي حسن خليل"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_description_between_commas_stands_between_a_title_and_its_name() {
    // baly2018 R-422-7 and R-422-0 (gold-a), shortened.
    let doc = analyze(
        "أكد وزير الدولة لشؤون الاتصال , الناطق الرسمي باسم الحكومة الأردنية , محمد المومني , أن الأردن يرفض القرار .\nوقال رئيس الدائرة الإعلامية في الائتلاف الوطني , أبرز مكونات المعارضة , أحمد رمضان , إن الائتلاف لن يشارك .",
    );
    assert_eq!(
        speakers(&doc),
        ["محمد المومني", "أحمد رمضان"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn an_anaphor_of_origin_points_only_to_a_source_of_that_origin() {
    // baly2018 R-207-6 (gold-a), shortened: `الرئيس التركي` is not the president last quoted
    // (`الرئيس ترامب`), whose title has no origin, but the Turkish one the article names.
    let doc = analyze(
        "وكان الرئيس التركي رجب طيب أردوغان قد أجرى اتصالا هاتفيا بنظيره الأمريكي .\nوقال الرئيس ترامب إن الاتصال كان جيدا .\nوكان الرئيس التركي قد وصف الاتصال ب - \" البناء \" .",
    );
    let names = speakers(&doc);
    assert_eq!(
        names.last().map(String::as_str),
        Some("رجب طيب أردوغان"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_verbal_noun_of_saying_with_its_speaker_and_a_clause_reports() {
    // baly2018 R-207-7 and R-208-1 (gold-a), shortened (GUIDELINES §4.1: `تصريح X بأنه`).
    let doc = analyze(
        "وجاء ذلك بعد تصريح الرئيس التركي رجب طيب أردوغان بأن الأوان آن لاستعادة السيطرة على عفرين .\nورحبت أنقرة بنفي الخارجية الأمريكية أن تكون قد أرسلت أسلحة جديدة .\nوحصل المقاتلون على تصريح دخول إلى المدينة .",
    );
    let got: Vec<(String, String, Stance)> = doc
        .statements
        .iter()
        .map(|s| {
            (
                s.cue.text.clone(),
                s.chain.last().unwrap().canonical.clone(),
                s.stance,
            )
        })
        .collect();
    assert_eq!(got.len(), 2, "{:#?}", doc.statements);
    assert_eq!(got[0].0, "تصريح");
    assert_eq!(got[0].1, "رجب طيب أردوغان");
    assert_eq!(got[1].0, "نفي");
    assert_eq!(got[1].2, Stance::Deny);
    // A body warns `من أن`; a document issued is no speaker.
    let doc = analyze(
        "وجاء ذلك وسط تحذير القوات العراقية من أن الاستعدادات لتحرير المدينة دخلت مراحلها الأخيرة .
سارع المجلس إلى إعلان بيان وصفه معارضو النظام بأنه بيان صادم .",
    );
    assert_eq!(
        speakers(&doc).first().map(String::as_str),
        Some("القوات العراقية"),
        "{:#?}",
        doc.statements
    );
    assert!(doc.statements.iter().all(|s| s.cue.text != "إعلان"));
}

#[test]
fn what_a_description_describes_is_part_of_its_content() {
    // baly2018 R-31-0 (gold-g), shortened: `وصف X Y بأنه Z` reports `Y بأنه Z`, and the
    // description ends before the narrator's `رغم`.
    let doc = analyze(
        "وصف مندوب سوريا بشار الجعفري وجود قوات تركية وأمريكية في سوريا بأنه عدوان سافر رغم اتفاق روسيا وإيران على أهمية دور أنقرة .",
    );
    assert_eq!(speakers(&doc), ["بشار الجعفري"], "{:#?}", doc.statements);
    assert_eq!(
        doc.statements[0].content.text,
        "وجود قوات تركية وأمريكية في سوريا بأنه عدوان سافر"
    );
}

#[test]
fn a_participle_right_after_a_quotation_continues_its_speaker() {
    // baly2018 R-349-3 (the fifth audit), shortened: the quotation ran over a sentence break,
    // so `, مشيرا` opens a sentence whose own words name no speaker.
    let doc = analyze(
        "وقال مدير المنتخب غابرييلي أوريالي : \" برأيي , كان يمكن أن نحصل على قرعة أفضل \" .\nوأضاف : \" السويد منتخب قوي جدا . لقد فاز على فرنسا وأقصى هولندا \" , مشيرا إلى أنها \" ليست قرعة جيدة ولكننا نتقبلها \" .",
    );
    assert_eq!(
        speakers(&doc),
        ["غابرييلي أوريالي", "غابرييلي أوريالي", "غابرييلي أوريالي"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn bayyana_before_an_anna_clause_is_a_cue_and_between_is_not() {
    // (R-202-4: the verb broken where its shadda was; V-342-6: the preposition between two
    // acts, each with its أن.)
    let doc = analyze(
        "وقال الضابط مظفر الشيخ إن الملعب اتخذ مركزا للتدريب .\nوبي ن أن \" الغارات أسفرت عن تدمير أجزاء واسعة منه \" .\nوبين أن القوات تقدمت .\nنعم لا فرق , بين أن تجبر فتاة على شيء , وبين أن تجبرها على غيره .",
    );
    assert_eq!(doc.statements.len(), 3, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc), ["مظفر الشيخ"; 3]);
    assert_eq!(doc.statements[1].quote, QuoteKind::Direct);
    assert!(doc.statements[2].content.text.starts_with("القوات تقدمت"));
}

#[test]
fn proposition_after_a_detached_ba_and_a_bracketed_day() {
    // (V-639-0: `ب` written apart, a day in brackets between the subject and it.)
    let doc = analyze(
        "أفادت وكالة الأناضول , ( الأحد ) ب دخول قوات الجيش السوري الحر إلى مدينة عفرين شمال حلب .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc), ["الأناضول"]);
    assert!(doc.statements[0].content.text.starts_with("دخول قوات"));
}

#[test]
fn a_quote_left_open_ends_where_the_narrator_names_the_speaker_again() {
    // (R-94-2: neither quotation is closed before the next verb of saying.)
    let doc = analyze(
        "وقال بوتين أمام العسكريين : \" آمر وزير الدفاع ببدء سحب القوات الروسية إلى نقاط مرابطتها الدائمة وأضاف بوتين : \" خلال عامين هزمت القوات الروسية أقوى الجماعات الإرهابية \" .\nمضيفا : \" نحن لن ننسى أبدا الضحايا وأكد بوتين أنه تمت تهيئة الظروف للتسوية السياسية في سوريا .\nثم تابع : \" بنى سليمان هيكله هناك , وقالت اليونسكو قبل عام أنه لا علاقة لنا به \" .",
    );
    let contents: Vec<&str> = doc
        .statements
        .iter()
        .map(|s| s.content.text.as_str())
        .collect();
    assert_eq!(contents.len(), 6, "{contents:#?}");
    assert!(contents[0].ends_with("مرابطتها الدائمة"), "{contents:#?}");
    assert!(contents[1].starts_with("خلال عامين"));
    assert!(contents[2].ends_with("الضحايا"));
    assert_eq!(contents[3], "تمت تهيئة الظروف للتسوية السياسية في سوريا");
    // A quote that closes after the named verb holds it (Netanyahu quoting UNESCO), and
    // UNESCO's words inside it are a statement of their own (GUIDELINES §4.17).
    assert!(contents[4].ends_with("لا علاقة لنا به"), "{contents:#?}");
    assert_eq!(contents[5], "لا علاقة لنا به");
    assert_eq!(speakers(&doc)[..4], ["بوتين"; 4]);
    assert_eq!(speakers(&doc)[5], "اليونسكو");
}

#[test]
fn participle_after_a_verb_that_reports_nothing_takes_the_opening_subject() {
    // (R-62-0: a time before the verb; R-651-11: a trade noun as the subject; R-547-3: `من
    // ناحيته` before `كان`.)
    let doc = analyze(
        "وفي أغسطس الماضي سمحت إسرائيل بدخول ندى أمين ( 33 عاما ) , التي كانت مقيمة في تركيا , لأسباب إنسانية , قائلة إنها تواجه الترحيل قسرا إلى إيران .\nومضى الناشط قائلا إن التوتر بين الطرفين استمر .\nمن ناحيته , كان وزير الخارجية الروسي شدد على ضرورة احترام سيادة سوريا , مؤكدا أن على واشنطن أن تتفادى الأعمال الأحادية هناك .",
    );
    let found: Vec<(&str, &str)> = doc
        .statements
        .iter()
        .map(|s| {
            (
                s.chain.last().map_or("", |l| l.text.as_str()),
                s.content.text.as_str(),
            )
        })
        .collect();
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(found[0].0, "إسرائيل");
    assert!(found[0].1.starts_with("تواجه الترحيل"));
    assert_eq!(found[1].0, "الناشط");
    assert_eq!(found[2].0, "وزير الخارجية الروسي");
}

#[test]
fn a_relative_clause_before_the_participle_names_its_speaker() {
    // (R-356-11: Trump praised Sisi, not Sisi himself.)
    let doc = analyze(
        "وفي أبريل , زار الرئيس عبد الفتاح السيسي واشنطن والتقى الرئيس دونالد ترامب الذي أشاد حينها بالسيسي , قائلا إنه يقوم بعمل رائع وسط ظروف صعبة .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc), ["دونالد ترامب"]);
}

#[test]
fn a_negated_opening_verb_and_a_broken_one_still_give_the_subject() {
    // (R-36-5: the object after a negated verb is not part of the subject; R-397-9: `بي ن`,
    // the verb broken where its shadda was.)
    let doc = analyze(
        "ولم يحدد المسؤول الكويتي موعدا لاستئناف الانتاج , مشيرا في الوقت نفسه الى ان عقودا عدة وقعت لهذا الغرض .\nفي اجتماع لمجلس الأمن القومي , بي ن الرئيس الأمريكي باراك أوباما أوجه الاختلاف بين ليبيا و سوريا , مشيرا إلى ان المعارك في ليبيا جرت في صحراء مفتوحة .",
    );
    let speakers: Vec<&str> = doc
        .statements
        .iter()
        .filter_map(|s| s.chain.last().map(|l| l.text.as_str()))
        .collect();
    assert_eq!(speakers.len(), 2, "{:#?}", doc.statements);
    assert_eq!(speakers[0], "المسؤول الكويتي");
    assert!(speakers[1].starts_with("الرئيس الأمريكي"), "{speakers:?}");
}

#[test]
fn a_speaker_named_again_after_others_keeps_the_outlet_he_talked_to() {
    // (gold-e's baly-R-120-0: Kurani's words in between do not end al-Uqabi's interview.)
    let doc = analyze(
        "لكن خبير القانون هاشم العقابي قال في حديث مع \" موقع الحرة \" إن الإقليم يمر بأزمة سياسية كبيرة .\nلكن القيادي في الحزب الديموقراطي الكردستاني خسرو كوران قال إن الاستفتاء لا يمكن إلغاؤه .\nوأوضح العقابي أن الاستفتاء أصبح ميتا .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(chains.len(), 3, "{chains:#?}");
    assert_eq!(chains[0].len(), 2, "{chains:#?}");
    assert_eq!(chains[1].len(), 1, "{chains:#?}");
    assert_eq!(chains[2].len(), 2, "{chains:#?}");
    assert_eq!(chains[2][0], chains[0][0]);
    assert!(chains[2][1].contains("العقابي"));
}

#[test]
fn an_outlets_correspondent_is_a_link_under_the_outlet() {
    // (gold-g's baly-R-563-1, gold-h's baly-V-639-0; a named correspondent is a person, not
    // split.)
    let doc = analyze(
        "وأفاد مراسل سانا في حمص بأن وحدات من الجيش دمرت أوكارا للإرهابيين .\nوذكرت مراسلة \" سبوتنيك \" نقلا عن مصدر محلي أن داعش أعدم أربعة مدنيين .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(chains.len(), 2, "{chains:#?}");
    assert_eq!(chains[0], ["سانا", "مراسل سانا"]);
    assert_eq!(chains[1].len(), 3, "{chains:#?}");
    assert_eq!(chains[1][1], format!("مراسلة {}", chains[1][0]));
    let outer = &doc.statements[0].chain[0];
    assert_eq!(
        &doc.body
            .chars()
            .skip(outer.start)
            .take(outer.end - outer.start)
            .collect::<String>(),
        &outer.text
    );
}

#[test]
fn an_according_phrase_with_wa_heads_the_report_after_it() {
    // (gold-a's baly-R-207-7: the phrase sources Cavusoglu's words, not the clause before.)
    let doc = analyze(
        "وقدمت واشنطن وأنقرة روايتين متباينتين لما دار بين ترمب وأردوغان , وبحسب صحيفة الحياة اللندنية , فقد قال وزير الخارجية التركي مولود جاويش أوغلو أول أمس أن الرئيس الأميركي وعد بعدم تزويد الوحدات الكردية بالأسلحة .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    let c = chain(&doc.statements[0]);
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(c[0].contains("الحياة"), "{c:?}");
    assert!(doc.statements[0].content.text.starts_with("الرئيس الأميركي"));
}

#[test]
fn a_contrasting_report_ends_the_content_and_a_broken_pronoun_is_the_openers() {
    // (Audit sample 5, item 30: `لكن الجماعة تنفي ذلك` is the narrator's next report;
    // R-10-3: `أن ه`، `لكن ه`, pronouns the corpus broke off where a shadda was.)
    let doc = analyze(
        "وتقول الحكومة إن حسم ذراع مسلحة لجماعة الإخوان المسلمين المحظورة لكن الجماعة تنفي ذلك .\nوأوضح التحالف أن أغلب مقاتلي التنظيم قتلوا , لافتا الى أن ه لن يخوض في تكهنات عامة , لكن ه قال إن ه يعمل من أجل الحيلولة دون ذلك .",
    );
    let found = chains_and_contents(&doc);
    assert_eq!(found[0].1, "حسم ذراع مسلحة لجماعة الإخوان المسلمين المحظورة");
    let coalition: Vec<&(String, &str)> = found.iter().filter(|f| f.0 == "التحالف").collect();
    assert_eq!(coalition.len(), 3, "{found:#?}");
    assert_eq!(coalition[1].1, "لن يخوض في تكهنات عامة");
    assert!(coalition[2].1.starts_with("يعمل"), "{found:#?}");
}

#[test]
fn a_named_subject_before_the_first_verb_speaks_for_the_coordinated_cue() {
    // (Audit sample 5, item 46: Moscow, not the Kurdish spokesman of the sentence before; an
    // outlet that talked to someone is not the subject of his `وقال`.)
    let doc = analyze(
        "وقال المتحدث باسم الوحدات الكردية إن القتال مستمر .\nموسكو تعرب عن قلقها من التصعيد في عفرين وتقول إنها تراقب الوضع باهتمام .",
    );
    assert_eq!(
        speakers(&doc),
        ["المتحدث باسم الوحدات الكردية", "موسكو"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn whoever_says_is_nobody_in_particular() {
    // (Audit sample 5, item 22: Lahham rebukes whoever called the officer a hero.)
    let doc = analyze(
        "وجه الفنان السوري دريد لحام رسالة انتقاد لكل من اعتبر أن الضابط التركي الذي قتل السفير الروسي بطل .\nهناك من قال إن أوباما ضعيف .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn a_place_phrase_between_the_subject_and_a_claim_noun_is_passed_over() {
    // (gold-h's baly-V-639-0; `قيادة شرطة محافظة ديالى` keeps its genitive, no `في` before it.)
    let doc = analyze(
        "أعلنت فصائل الجيش السوري الحر في مدينة مارع بريف حلب الشمالي انشقاق عدد من العناصر .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("انشقاق عدد"));
    assert!(chain(&doc.statements[0])[0].contains("فصائل الجيش السوري الحر"));
}

#[test]
fn the_sources_go_back_to_a_source_named_in_the_singular() {
    // (gold-g's baly-R-133-0.)
    let doc = analyze(
        "وقال مصدر عسكري سوري لوكالة سبوتنيك إن مجموعات مسلحة استهدفت مطحنة في حمص .\nوأشار وزير الإعلام إلى أن الحكومة ستعيد بناءها .\nولفتت المصادر إلى أن القصف تسبب بأضرار مادية كبيرة .",
    );
    let chains: Vec<Vec<String>> = doc.statements.iter().map(chain).collect();
    assert_eq!(chains.len(), 3, "{chains:#?}");
    assert_eq!(chains[2], chains[0], "{chains:#?}");
}

#[test]
fn a_named_groups_logic_or_a_named_treaty_is_no_source() {
    // (Audit sample 6, reader L, items 28 and 51.)
    let doc = analyze(
        "وقد أعدمت داعش عددا كبيرا من المقاتلين حسب منطق داعش .\nووفقا لاتفاقية كامب ديفيد استعادت مصر سيناء بشروط جعلتها منقوصة السيادة .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn the_body_a_mans_title_governs_is_not_the_man_again() {
    // (Audit sample 6, reader L, item 47: R-9-4.)
    let doc = analyze(
        "وشدد مدير المرصد السوري رامي عبد الرحمن على أن تنظيم داعش لا يزال يسيطر على قرى عدة .\nوذكر المرصد السوري أن 22 شخصا قتلوا أمس .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["رامي عبد الرحمن"]);
    assert!(
        chain(&doc.statements[1])[0].starts_with("المرصد"),
        "{:#?}",
        doc.statements[1]
    );
}

#[test]
fn a_quoted_claim_noun_after_a_long_subject_is_the_object() {
    // (Audit sample 6, reader K, item 9: R-524-1.)
    let doc = analyze(
        "وفي السابع من تموز / يوليو , اعلنت القوات الموالية للقائد العسكري المشير خليفة حفتر \" تحرير \" بنغازي ثاني اكبر مدن ليبيا من الجهاديين .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("تحرير"));
}

#[test]
fn the_verbal_noun_of_saying_before_the_words_is_a_cue() {
    // (Audit sample 6, reader K, item 8: R-341-12; the title's possessed object is no part of
    // the subject.)
    let doc = analyze(
        "وقال حجاب إن الهيئة بقيت متماسكة , قبل أن يخلص إلى القول : \" أجد نفسي اليوم مضطرا لإعلان استقالتي \" .\nوختم الوزير حديثه بالقول : \" لن نتراجع \" .",
    );
    let found = chains_and_contents(&doc);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(found[1].1, "أجد نفسي اليوم مضطرا لإعلان استقالتي");
    assert_eq!(found[2], ("الوزير".to_string(), "لن نتراجع"));
}

#[test]
fn ali_at_the_head_of_a_name_is_the_speaker_not_a_preposition() {
    // (R-361-0: `علي` written with ي and read into a person's name by the tagger.)
    let doc = analyze(
        "وقال علي ألفونه الخبير في شؤون الحرس الثوري في المجلس الأطلسي إن هذه المشروعات تخلق حالة من التبعية لإيران .\nواكد علي دعم واشنطن للحكومة العراقية في حربها .",
    );
    assert_eq!(speakers(&doc), ["علي ألفونه"], "{:#?}", doc.statements);
}

#[test]
fn an_according_phrase_names_the_source_before_fa_inna() {
    // (V-440-2, R-383-3: the tagger ran the name over `فإن`, the Dutch `van` in normal form.)
    let doc = analyze("وبحسب طعمة فإن الثوار يسيطرون على قرى بيت سابر وكفر حور منذ سنتين تقريبا .");
    assert_eq!(
        chains_and_contents(&doc),
        [(
            "طعمة".to_string(),
            "الثوار يسيطرون على قرى بيت سابر وكفر حور منذ سنتين تقريبا"
        )]
    );
}

#[test]
fn a_name_with_its_title_opening_the_sentence_is_the_subject_of_the_verb_after() {
    // (R-505-7, V-605-7: no comma between the title and the verb.)
    let doc = analyze(
        "وأعلنت قوات سوريا الديمقراطية السيطرة على المدينة .\nطلال سلو المتحدث باسم قوات سوريا الديمقراطية إلى ذلك أوضح أن القوات ستسلم الأمن داخل المدينة إلى قوات الأمن الداخلي .",
    );
    let last = doc.statements.last().expect("a statement");
    assert_eq!(chain(last), ["طلال سلو"], "{:#?}", doc.statements);
    assert!(last.content.text.starts_with("القوات ستسلم"));
}

#[test]
fn a_plural_after_the_verb_is_its_object_for_a_singular_participle() {
    // (R-505-7, R-198-4: `دعا كافة المنظمات` "called on all organisations", the subject
    // dropped.)
    let doc = analyze(
        "وقال طلال سلو إن المعركة انتهت في المدينة .\nكما دعا كافة المنظمات إلى المشاركة بإعادة إعمار الرقة , موضحا أن مجلس مدينة الرقة المدني سيتولى ملف إعادة إعمار المدينة .",
    );
    assert_eq!(
        speakers(&doc),
        ["طلال سلو", "طلال سلو"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn transport_after_a_vehicle_is_no_relay() {
    // (R-33-1, R-301-0, V-622-4: `نقل` is "transport" after the vehicle it qualifies.)
    let doc = analyze(
        "وستترك أستراليا طائرتين , هما طائرة مراقبة جوية , وطائرة نقل وإمداد في الجو من طراز \" كاي سي - 30 إيه \" .\nوفرضت ضرائب على مرور سيارات نقل البضائع التجارية المتوجهة إلى الداخل السوري من منطقة \" درع الفرات \" .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
    let doc = analyze("ونقل مراسل الجزيرة عن مصادر محلية أن القوات انسحبت من المدينة .");
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
}

#[test]
fn the_subject_of_an_issuing_verb_speaks_in_the_statement_it_issued() {
    // (R-487-3: the last comma-chunk before the cue opens on `أصدرت`, and is no name.)
    let doc = analyze(
        "وقال المرصد السوري إن مقاتلين من حركة نور الدين الزنكي ارتكبوا الإعدام . إلا أن الحركة , التي تشارك في قتال قوات النظام في شمال حلب , أصدرت بيانا قالت فيه إنها تدين الانتهاك .",
    );
    let last = doc.statements.last().expect("a statement");
    assert_eq!(last.content.text, "تدين الانتهاك");
    // The tagger does not find the group; the organisations list does, and `الحركة` then
    // resolves to it (gold-l's speaker).
    assert_eq!(
        chain(last).last().map(String::as_str),
        Some("حركة نور الدين الزنكي"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_title_over_a_country_names_the_person_the_article_gave_it() {
    // (gold-l V-613-1: `مفتي سوريا` is the office of أحمد حسون, named with it at the start.)
    let doc = analyze(
        "هدد مفتي سوريا أحمد حسون أوروبا وأمريكا بعمليات انتحارية .\nوقال حسون في مقطع فيديو \" سننطلق إلى أوروبا إن قصفت سوريا \" .\nوأضاف مفتي سوريا \" سنقول لكل عربي : لا تعتقدوا ذلك \" .",
    );
    assert_eq!(
        speakers(&doc),
        ["أحمد حسون", "أحمد حسون"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_man_relaying_a_clause_goes_on_speaking_after_it() {
    // (gold-l R-635-1: `ونقل المراسل عن وسائل إعلام ... أن`; with قوله the source goes on.)
    let doc = analyze(
        "ونقل المراسل عن وسائل إعلام تابعة للنظام أن طائراته هي التي قصفت تلك المواقع , مضيفا أن تنظيم الدولة يمنع الأهالي من الوصول إلى المستشفيات .\nوأضاف أن ريف دير الزور الشرقي يشهد أكبر حملة عسكرية منذ ثلاثة أيام .",
    );
    assert_eq!(
        speakers(&doc),
        ["وسائل إعلام تابعة للنظام", "المراسل", "المراسل"],
        "{:#?}",
        doc.statements
    );
    let doc = analyze(
        "ونقلت وكالة الإعلام الروسية عن وزير الدفاع سيرجي شويغو أن روسيا بدأت التأسيس لوجود دائم لها في سوريا .\nوأضاف أن رئيس الأركان اعتمد هيكل القاعدتين في طرطوس وحميميم .",
    );
    assert_eq!(
        speakers(&doc),
        ["سيرجي شويغو", "سيرجي شويغو"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn the_so_called_body_is_the_subject_and_a_demonstrative_points_back_to_it() {
    // (gold-l R-635-1: `أعلنت ما تعرف بقوات سوريا الديمقراطية أنها`, then `تلك القوات`.)
    let doc = analyze(
        "وقالت مصادر إن قوات النظام طردت تنظيم الدولة من ريف حماة .\nوفي شرقي سوريا أيضا , أعلنت ما تعرف بقوات سوريا الديمقراطية أنها تمكنت من محاصرة مقاتلي التنظيم في قرية الهرموشية .\nكما قالت تلك القوات إنها سيطرت على عشر مزارع في محور مدينة مركدة .",
    );
    assert_eq!(
        speakers(&doc),
        ["مصادر", "قوات سوريا الديمقراطية", "قوات سوريا الديمقراطية"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn evidence_inside_a_report_is_no_inner_speaker() {
    // (gold-l R-487-3, V-319-5: `المعلومات لديه تفيد بأن` is what the speaker reports.)
    let doc = analyze(
        "وقال ماهر العلي المتحدث باسم جبهة ثوار سوريا إن المعلومات لديه تفيد بأن الهجوم استهدف موقعا لحزب الله .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc), ["ماهر العلي"]);
    assert!(doc.statements[0]
        .content
        .text
        .starts_with("المعلومات لديه تفيد"));
}

#[test]
fn istadraka_qualifies_and_reports() {
    // (gold-l R-33-1: `واستدركت الوزيرة بأن`; R-356-10 `واستدرك فوكوياما بأن`.)
    let doc =
        analyze("واستدركت الوزيرة بأن أستراليا ستترك طائرتين في تصرف التحالف الدولي في العراق .");
    assert_eq!(speakers(&doc), ["الوزيرة"], "{:#?}", doc.statements);
}

#[test]
fn a_demonstrative_with_a_thing_after_the_verb_reports_nothing() {
    // (R-280-3: `يعتبر` is "is considered"; R-298-0: accusations are evidence, no speaker;
    // V-566-2: `نفى هذا الخبر` and R-304-3 `وصفت هذا الموقف بأنه` still report.)
    let doc = analyze(
        "وتعتبر هذه المقاتلة الأعلى سعرا في التاريخ , حيث أن التكلفة الحالية لتطويرها تبلغ تريليون دولار .\nوتؤكد تلك الاتهامات الرئاسية الروسية أن أردوغان ضلع بالفعل في مساعدة التنظيم .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
    let doc = analyze(
        "وقالت مصادر إن الحكومة لم تتلق أي طلب .\nإلا أن المحامي ابراهيم الحسن , عضو المجلس المدني لمحافظة الرقة , نفى هذا الخبر .\nوهي وصفت هذا الموقف بأنه يأتي انطلاقا من مسؤولياتها التاريخية .",
    );
    assert_eq!(doc.statements.len(), 3, "{:#?}", doc.statements);
    assert_eq!(doc.statements[1].stance, Stance::Deny);
}

#[test]
fn the_outlet_told_may_stand_between_the_verb_and_its_subject() {
    // (SaudiNewsNet style, 2015-07-21-2413 and others: `وأوضح لـ«عكاظ» المتحدث الرسمي ...`;
    // V-483-11: `وقال ل - " السفير " مصدر مقرب من التنظيم إن`.)
    let doc = analyze(
        "وأوضح لـ«عكاظ» المتحدث الرسمي لشرطة جدة العقيد عاطي القرشي أن الجهات الأمنية باشرت التحقيق في الحادثة .\nوقال ل - \" السفير \" مصدر مقرب من التنظيم إن الخطاب ليس مجرد تهديد .\nأوضح ذلك لـ\"عكاظ\" مصدر مسؤول في مكتب البعثة , مفيدا أنه تم الاتفاق على تحديد أربع دول .",
    );
    let chains: Vec<String> = doc
        .statements
        .iter()
        .map(|s| chain(s).join(" > "))
        .collect();
    assert_eq!(chains.len(), 3, "{:#?}", doc.statements);
    assert_eq!(chains[0], "عكاظ > عاطي القرشي");
    assert!(chains[1].starts_with("السفير > مصدر"), "{chains:?}");
    assert!(chains[2].starts_with("عكاظ > مصدر"), "{chains:?}");
}

#[test]
fn tabi_before_lam_is_belonging_not_going_on() {
    let doc = analyze(
        "واليوم قتل 47 شخصا بانفجار بالقرب من مكتب تابع لوكالة أنباء \" أعماق \" .\nوقصفت المقاتلات 108 أهداف من أصل 113 هدفا عسكريا تابعا لميليشيا حزب الاتحاد الديمقراطي .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn bayyana_opening_its_clause_with_a_subject_reports() {
    // (R-429-7, V-184-3: `وبين العميد عسيري أن`; the preposition stays one in `بينه وبين
    // الرئيس` and `وبين الرياض وواشنطن علاقات`.)
    let doc = analyze(
        "وبين العميد عسيري أن العمليات مستمرة بشكل مكثف في شمال اليمن .\nوبين الرياض وواشنطن علاقات قوية منذ عقود .\nوقد أقر خدام بوجود خلافات بينه وبين الرئيس السوري بشار الأسد منذ سنوات .",
    );
    assert_eq!(
        chains_and_contents(&doc)[0],
        (
            "عسيري".to_string(),
            "العمليات مستمرة بشكل مكثف في شمال اليمن"
        ),
        "{:#?}",
        doc.statements
    );
    assert!(
        doc.statements.iter().all(|s| s.cue.text != "وبين"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn ajaba_and_zada_report_and_increase_does_not() {
    // (R-276-0 `أجاب بأنه`، V-252-9 `وزاد أن`; R-117-7 `زاد من احتمال أن` is "increased".)
    let doc = analyze(
        "إلا أن مكتب وزير الخارجية البريطاني أجاب بأنه لا يستطيع التدخل في الشؤون الداخلية .\nوقال سورجي إن القوات انتشرت في المنطقة .\nوزاد أن القوات العراقية انتشرت في معظم الوحدات الإدارية .\nوقال مسؤولون أميركيون إن انهيار وقف إطلاق النار زاد من احتمال أن تتسلح الفصائل .",
    );
    let cues: Vec<&str> = doc.statements.iter().map(|s| s.cue.text.as_str()).collect();
    assert_eq!(cues, ["أجاب", "قال", "زاد", "قال"], "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[2]), ["سورجي"]);
}

#[test]
fn a_dropped_subject_in_mid_sentence_is_the_man_the_sentence_opened_with() {
    // (SaudiNewsNet 2015-07-21-993: no statement before it, and the verb that opens the
    // sentence reports nothing.)
    let doc = analyze(
        "وقد مثل ويب فعلا أمام المحكمة في نيويورك , وأكد أنه غير مذنب في التهم الموجهة إليه .",
    );
    assert_eq!(speakers(&doc), ["ويب"], "{:#?}", doc.statements);
}

#[test]
fn a_third_party_reported_inside_a_quotation_is_a_statement_of_its_own() {
    // (GUIDELINES §4.17, as gold-e, gold-h, gold-l and gold-m annotate; R-207-8.)
    let doc = analyze(
        "وقال بيسكوف \" لقد بحث الرئيسان الأزمة السورية , وشدد الرئيس بوتين على أن الحل سياسي فقط \" .\nوقال حسون \" سنقول لكل عربي إننا لن نتراجع , وقلت لهم إن الحرب لن تنتهي \" .",
    );
    let chains: Vec<(String, &str)> = chains_and_contents(&doc);
    assert!(
        chains.contains(&("بيسكوف > بوتين".to_string(), "الحل سياسي فقط")),
        "{chains:?}"
    );
    // (The speaker's own `قلت` stays inside his quotation.)
    assert_eq!(chains.len(), 3, "{chains:?}");
}

#[test]
fn an_honorific_pronoun_stands_for_the_titled_man_named_before_it() {
    // (SaudiNewsNet style: `وبين سموه أن` after `صاحب السمو الملكي الأمير ...`, not the last
    // speaker when he is no prince.)
    let doc = analyze(
        "رعى صاحب السمو الملكي الأمير مشاري بن سعود بن عبدالعزيز أمير منطقة الباحة حفل الأهالي .\nوأكد الدكتور عطية الزهراني أن الحفل يعبر عن فرحة الأهالي بالعيد .\nوبين سموه أن إقامة هذا الحفل تأتي احتفالا بعيد الفطر المبارك .",
    );
    let last = doc.statements.last().expect("a statement");
    assert_eq!(last.chain.last().map(|l| l.text.as_str()), Some("سموه"));
    assert!(
        chain(last).last().is_some_and(|c| c.contains("مشاري")),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn an_honorific_pronoun_reaches_past_a_long_office_and_never_to_the_king() {
    // (Written in the style of SaudiNewsNet's Gulf papers: `معالي` may stand a whole office
    // before the name, and a king thanked in between is never `معاليه`.)
    let doc = analyze(
        "استنكر معالي مساعد رئيس مجلس الشورى لشؤون اللجان الدكتور يحيى بن عبدالله الصمعان الحادث الإرهابي .\nورفع معاليه التعازي لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود .\nوأضاف معاليه أن هذا العمل لا يقره دين .",
    );
    let last = doc.statements.last().expect("a statement");
    assert!(
        chain(last).last().is_some_and(|c| c.contains("الصمعان")),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn an_honorific_pronoun_without_a_titled_name_is_the_last_person_who_spoke() {
    // (`معالي` for offices the title list does not hold: a league's secretary general.)
    let doc = analyze(
        "وأشار الدكتور عبدالله بن عبدالمحسن التركي إلى أن المملكة تخدم الحرمين الشريفين .\nوأكد معاليه أن هذه الحملات لن تنال من المملكة .",
    );
    let last = doc.statements.last().expect("a statement");
    assert_eq!(last.chain.last().map(|l| l.text.as_str()), Some("معاليه"));
    assert!(
        chain(last).last().is_some_and(|c| c.contains("التركي")),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn unquoted_words_after_a_colon_end_where_the_next_sentence_reports() {
    // (Written for this test in the style of SaudiNewsNet's long paragraphs: words after a
    // colon with no quotation mark ran on over the next speaker's report.)
    let doc = analyze(
        "وقال السيوطي: هذه الآية أصل في التجارة. كما وردت أحاديث عديدة في المعنى نفسه، قال رسول الله صلى الله عليه وسلم: \"ما أكل أحد طعاما قط خيرا من أن يأكل من عمل يده\". وحول الخطاب الإعلامي قال الخبير إبراهيم آل مرعي: الوزارة لها دور كبير. وفي السياق ذاته أكد أنه لا يمكن تحميل الخطاب المسؤولية.",
    );
    let chains: Vec<(String, &str)> = chains_and_contents(&doc);
    assert!(
        chains.contains(&("جلال الدين السيوطي".to_string(), "هذه الآية أصل في التجارة"))
            || chains.contains(&("السيوطي".to_string(), "هذه الآية أصل في التجارة")),
        "{chains:?}"
    );
    assert!(
        chains
            .iter()
            .any(|(c, t)| c == "النبي محمد" && t.starts_with("ما أكل")),
        "{chains:?}"
    );
    assert!(
        chains
            .iter()
            .any(|(c, t)| c.contains("آل مرعي") && *t == "الوزارة لها دور كبير"),
        "{chains:?}"
    );
    assert!(
        chains
            .iter()
            .any(|(c, t)| c.contains("آل مرعي") && t.starts_with("لا يمكن")),
        "{chains:?}"
    );
}

#[test]
fn a_verse_in_brackets_after_a_colon_is_the_content_and_god_has_one_name() {
    let doc = analyze(
        "وتبين الآيات فضل العمل، قال جل من قائل: (فإذا قضيت الصلاة فانتشروا في الأرض)، ويقول ابن كثير في تفسير الآية: مسافرون في الأرض يطلبون الرزق.",
    );
    let chains: Vec<(String, &str)> = chains_and_contents(&doc);
    assert!(
        chains.contains(&("الله".to_string(), "فإذا قضيت الصلاة فانتشروا في الأرض")),
        "{chains:?}"
    );
    assert!(
        chains
            .iter()
            .any(|(c, t)| c == "ابن كثير" && t.starts_with("مسافرون")),
        "{chains:?}"
    );
}

#[test]
fn there_being_no_room_for_talks_is_a_denial_and_ruling_out_a_clause_too() {
    // (Written for this test; gold-w reads both as `deny`, GUIDELINES rule 4. `لا بد من اتفاق`
    // and `لا توجد جهة ... يمكن التفاوض معها` deny nothing.)
    let doc = analyze(
        "وأضاف البيان أنه ليس هناك مجال للتفاوض أو القبول بوساطة خارجية. واستبعدت شرطة الولاية أن تكون هناك صلات إرهابية للحادث. ولم يستبعد المسؤول أن تتجدد المعارك. وقال الوزير إنه لا توجد جهة رسمية يمكن التفاوض معها. وقال إنه لا بد من اتفاق.",
    );
    let stances: Vec<(&str, Stance, bool)> = doc
        .statements
        .iter()
        .map(|s| (s.content.text.as_str(), s.stance, s.hedged))
        .collect();
    assert_eq!(
        stances,
        vec![
            (
                "ليس هناك مجال للتفاوض أو القبول بوساطة خارجية",
                Stance::Deny,
                false
            ),
            ("تكون هناك صلات إرهابية للحادث", Stance::Deny, false),
            ("تتجدد المعارك", Stance::Assert, true),
            ("لا توجد جهة رسمية يمكن التفاوض معها", Stance::Assert, false),
            ("لا بد من اتفاق", Stance::Assert, false),
        ]
    );
}

#[test]
fn figures_of_a_body_and_the_same_source_after_them_are_the_body() {
    // (Written for this test after gold-w's Suez Canal article: `وفق الارقام الرسمية لهيئة
    // القناة`, then `بحسب المصدر ذاته`, the source just cited.)
    let doc = analyze(
        "وخلال العام 2014، عبرت القناة نحو 17100 سفينة وفق الارقام الرسمية لهيئة القناة. وتأتي سفن الحاويات على رأس السفن التي عبرت القناة العام الفائت بحسب المصدر ذاته.",
    );
    assert_eq!(speakers(&doc), vec!["هيئة القناة", "هيئة القناة"]);
}

#[test]
fn scripture_speaks_after_an_imperfect_in_mid_clause() {
    let doc = analyze(
        "وقال تعالى: (هو الذي جعل لكم الأرض ذلولا فامشوا في مناكبها)، وفي آية أخرى يقول تعالى: (وآخرون يضربون في الأرض يبتغون من فضل الله).",
    );
    let chains: Vec<(String, &str)> = chains_and_contents(&doc);
    assert!(
        chains.contains(&(
            "الله".to_string(),
            "وآخرون يضربون في الأرض يبتغون من فضل الله"
        )),
        "{chains:?}"
    );
}

#[test]
fn a_quoted_title_among_the_adjuncts_is_no_quotation() {
    // (Written for this test in the style of Gulf papers, which put names and titles in
    // guillemets: the words begin after the title, at إن or the colon; a quoted word inside a
    // reported clause opens no nested report; a refusal to confirm or deny reports nothing.)
    let doc = analyze(
        "وقال المهندس جديع القحطاني، ردا على سؤال «عكاظ» حول مطالبة البعض بتأجيل مشاركة المرأة في الانتخابات البلدية كمرشحة وليس كناخبة: «هناك آراء تدعو إلى ذلك». وكشفت مصادر تركية رسمية، أن أنقرة أبلغت واشنطن موافقتها على تسليح طائرات «الدرون» من دون طيار. ورفضت المصادر التركية تأكيد أو نفي معلومات عن اتفاق الطرفين.",
    );
    let chains: Vec<(String, &str)> = chains_and_contents(&doc);
    assert_eq!(
        chains,
        vec![
            ("جديع القحطاني".to_string(), "هناك آراء تدعو إلى ذلك"),
            (
                "مصادر تركية رسمية".to_string(),
                "أنقرة أبلغت واشنطن موافقتها على تسليح طائرات «الدرون» من دون طيار"
            ),
        ]
    );
}

#[test]
fn a_paper_that_learned_from_sources_is_the_outer_link() {
    // (Gulf and Lebanese papers: `وعلمت «المدينة» من مصادر مطلعة أن` (gold-x), `وعلمت " النهار
    // " ان`; `علمت أن` alone is "I knew", and a decision that "confirms" is no speaker.)
    let doc = analyze(
        "وعلمت «المدينة» من مصادر مطلعة أن سداد قيمة البوليصة سيكون أحد متطلبات التأشيرة. وعلمت \" النهار \" ان اللقاء شكل قفزة نوعية. علمت أن الأمر صعب. وأوضح الوزير أن قرار فتح الأجواء لمطار عدن يؤكد على أن المدينة أصبحت آمنة.",
    );
    let chains: Vec<(String, &str)> = chains_and_contents(&doc);
    assert_eq!(
        chains,
        vec![
            (
                "المدينة > مصادر مطلعة".to_string(),
                "سداد قيمة البوليصة سيكون أحد متطلبات التأشيرة"
            ),
            ("النهار".to_string(), "اللقاء شكل قفزة نوعية"),
            (
                "الوزير".to_string(),
                "قرار فتح الأجواء لمطار عدن يؤكد على أن المدينة أصبحت آمنة"
            ),
        ]
    );
}

#[test]
fn findings_report_what_a_study_or_its_researchers_showed() {
    // (gold-x: `وجد الباحثون أن`، `أظهرت البيانات أن` are statements; written for this test.
    // `وجدت نفسي`، `وجد صداه في قلوب تعودت أن` and `توصل طهران لاتفاق` are not.)
    let doc = analyze(
        "وأظهرت دراسة جديدة أن الفقر يؤثر على مخ الأطفال. ووجد الباحثون في نتائج تلك الدراسة أن هناك زيادة سنوية. وجدت نفسي قادرة على السير دون أن أعكز عليه. وخلصت الأبحاث العلمية إلى أن السهر يؤثر على الصحة. وقد وجد صداه في قلوب تعودت أن تواجه الإبداع. ومنذ توصل طهران لاتفاق نووي والقلق من أن تؤثر المخاوف. لكن لما وجد أن الحل صعب تراجع.",
    );
    let chains: Vec<(String, &str)> = chains_and_contents(&doc);
    assert_eq!(
        chains,
        vec![
            ("دراسة جديدة".to_string(), "الفقر يؤثر على مخ الأطفال"),
            ("الباحثون".to_string(), "هناك زيادة سنوية"),
            ("الأبحاث العلمية".to_string(), "السهر يؤثر على الصحة"),
        ]
    );
}

#[test]
fn during_it_is_no_speaker_and_methods_are_no_source() {
    // (SaudiNewsNet style, written for this test: `خلاله` ("during it") points back to the
    // conference, and `وفق أحدث الأساليب` ("by the latest methods") sources nothing.)
    let doc = analyze(
        "وعقد الوزير مؤتمرا صحفيا أكد خلاله أن الحكومة مستمرة. وعقد الرئيس مؤتمرا صحفيا قال خلاله نتنياهو: \"أعطانا الرئيس الضوء الأخضر\". وحرصت الأمانة على تنفيذ المخططات وفق أحدث الأساليب الهندسية.",
    );
    assert_eq!(
        speakers(&doc),
        vec!["الوزير", "نتنياهو"],
        "{:#?}",
        doc.statements
    );
    // (gold-z: a one-word trade set off by commas before the name; procedures source nothing.)
    let doc = analyze(
        "وأوضح النوخذة، عيسى الصويتي، أن الصيد ما زال في أوله. ومنح التنظيم للهيئة الصلاحيات اللازمة وفقا للإجراءات النظامية.",
    );
    assert_eq!(
        speakers(&doc),
        vec!["عيسى الصويتي"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn mufidan_with_its_an_is_a_participle_of_reporting() {
    // (gold-z: `أشار إلى أن ...، مفيداً بأنه` makes two statements; `مفيدا للشباب` is
    // "useful".)
    let doc = analyze(
        "وأشار رئيس الغرفة إلى أن هناك خطة لإقامة عدد من المعارض، مفيداً بأنه يتم التواصل حالياً مع البرنامج الوطني. ويعد هذا البرنامج مفيدا للشباب.",
    );
    let chains: Vec<(String, &str)> = chains_and_contents(&doc);
    assert_eq!(
        chains,
        vec![
            ("رئيس الغرفة".to_string(), "هناك خطة لإقامة عدد من المعارض"),
            (
                "رئيس الغرفة".to_string(),
                "يتم التواصل حالياً مع البرنامج الوطني"
            ),
        ]
    );
}

#[test]
fn kull_min_leads_the_subjects_it_coordinates() {
    // (SaudiNewsNet style, written for this test: `كل من X و Y` is "both X and Y".)
    let doc = analyze(
        "وقال كل من الشيخ موسى هزازي وعبده سيبان إن الوضع على الحدود مطمئن. وشدد كل من مجلس الرقة المدني وقوات سوريا الديموقراطية على أنه لم يسمح للمقاتلين بالخروج.",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 2, "{:#?}", doc.statements);
    assert!(who[0].contains("هزازي"), "{who:?}");
    assert!(who[1].starts_with("مجلس الرقة"), "{who:?}");
}

#[test]
fn a_supervisor_over_something_is_the_person_named_after() {
    // (SaudiNewsNet style, written for this test: `المشرف العام على الملتقى الأستاذ ...`.)
    let doc = analyze(
        "وأشار المشرف العام على الملتقى الأستاذ غرم الله المالكي، أنه بدأ التخطيط لإقامة الملتقى منذ ثلاثة شهور.",
    );
    assert_eq!(
        speakers(&doc),
        vec!["غرم الله المالكي"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_long_office_runs_on_to_the_name_of_its_holder() {
    // (SaudiNewsNet style, written for this test: the speaker phrase stops at its length limit
    // inside the office; the holder named a few office words on speaks. An unnamed official in
    // a body, `قيادي بارز في حزب ...`, is not the body's leader named next.)
    let doc = analyze(
        "حذر مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية والإفتاء الشيخ عبدالعزيز بن عبدالله آل الشيخ، المسلمين من الفتن، مبينًا أن الإرهاب محرم.",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 1, "{:#?}", doc.statements);
    assert!(who[0].contains("آل الشيخ"), "{who:?}");
    let doc = analyze(
        "وقال قيادي بارز في حزب المؤتمر الشعبي العام الذي يتزعمه علي عبدالله صالح إن الحوثيين أوقفوا موكبه.",
    );
    assert!(
        speakers(&doc).iter().all(|w| !w.contains("صالح")),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn fadilatuh_is_the_imam_not_the_scholar_he_cites() {
    // (Written for this test in the style of Friday-sermon reports: `فضيلته` was read as `ف`
    // + `ضيلته` and resolved to nobody; the imam introduced with `فضيلة` is the one, not the
    // scholar his sermon quotes.)
    let doc = analyze(
        "وقال إمام وخطيب المسجد الحرام فضيلة الشيخ الدكتور أسامة خياط إن الشباب قلب الأمة. وقال الإمام ابن جرير الطبري إن الآية عامة. وأضاف فضيلته أن الإعلام أسهم في الخلل.",
    );
    let who = speakers(&doc);
    assert_eq!(who.len(), 3, "{:#?}", doc.statements);
    assert!(who[2].contains("خياط"), "{who:?}");
}

#[test]
fn bayyana_before_an_office_heading_a_construct_reports() {
    // (SaudiNewsNet 2015-07-21-1879 style: `وبين مدير عام ... بأن`.)
    let doc = analyze(
        "وبين مدير عام الشئون الصحية بمنطقة جازان الدكتور أحمد السهلي بأن إجمالي قيمة مشاريع تطوير البنية بلغ مليار ريال .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(chain(&doc.statements[0]).join(" ").contains("السهلي"));
}

#[test]
fn that_after_the_verb_is_its_object_and_the_subject_follows() {
    // (SaudiNewsNet 2015-08-09-971 style: `أوضح ذلك المتحدث الرسمي ... مبينا`.)
    let doc = analyze(
        "أوضح ذلك المتحدث الرسمي لشرطة منطقة مكة المكرمة العقيد عاطي القرشي مبينا بأنه تم القبض على المتهمين .",
    );
    assert_eq!(speakers(&doc), ["عاطي القرشي"], "{:#?}", doc.statements);
}

#[test]
fn an_abbreviated_title_opens_the_speaker_phrase() {
    // (SaudiNewsNet 2015-07-27-689: `وأقر د.إبراهيم ...`; the dropped subject after it goes on
    // with the man, not with `د`.)
    let doc = analyze(
        "وأقر د.إبراهيم بن عبدالله العثمان أستاذ التربية الخاصة بأن المراكز لا تكفي لسد الاحتياجات , مضيفاً أنه حالياً لا يوجد علاج شاف .\nوقال أ. د. محمد الغامدي إن البرنامج يبدأ الشهر المقبل .",
    );
    let names = speakers(&doc);
    assert_eq!(names.len(), 3, "{:#?}", doc.statements);
    assert!(
        names[..2].iter().all(|n| n.contains("العثمان")),
        "{names:?}"
    );
    assert!(names[2].contains("محمد الغامدي"), "{names:?}");
}

#[test]
fn drawing_attention_saying_and_each_of_are_no_speakers() {
    // (SaudiNewsNet: `ولفت النظر إلى أن`، `وأضاف يقول "`، `وقال كل من X وY`; R-429-7, R-662-7.)
    let doc = analyze(
        "وقال المدير إن العمل مستمر .\nولفت النظر إلى أن الألعاب الشعبية استطاعت البقاء .\nوأضاف يقول \" بالتغافل يلقم المرء حجرا \" .\nوقال كل من فيصل المعيقل وفهد الشثري إن الخطوات جيدة .",
    );
    let names = speakers(&doc);
    assert_eq!(
        names[..3],
        ["المدير", "المدير", "المدير"],
        "{:#?}",
        doc.statements
    );
    assert!(names[3].starts_with("فيصل المعيقل"), "{names:?}");
}

#[test]
fn calendars_designs_and_directives_are_no_sources() {
    // (SaudiNewsNet 2015-07-26-347, 2015-07-27-1286; R-133-6.)
    let doc = analyze(
        "ويوافق يوم الأحد المقبل بداية شهر شوال حسب تقويم أم القرى .\nوتعمل المحافظات وفق توجيهات ولاة الأمر على تطوير الخدمات .\nوترصد الوكالة الأحداث حسب تسلسلها الزمني .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn scripture_and_tradition_cited_as_speech_have_one_name_each() {
    // (SaudiNewsNet: `قال تعالى`، `قال الله عز وجل`، `قال صلى الله عليه وسلم`.)
    let doc = analyze(
        "وقال تعالى : \" إن الله يأمر بالعدل والإحسان \" .\nوقال الله عز وجل : \" ولا تقتلوا النفس \" .\nوقال صلى الله عليه وسلم : \" الدين النصيحة \" .\nوقال عبد الله إن المشروع اكتمل .",
    );
    assert_eq!(
        speakers(&doc),
        ["الله", "الله", "النبي محمد", "عبد الله"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn journalists_at_large_and_schedules_are_no_links() {
    // (R-150-2 `في تصريحات للصحافيين`; SaudiNewsNet `وفق ضوابط محددة`، `وفق جدول زمني`.)
    let doc = analyze(
        "وقال العريضي في تصريحات للصحافيين , إن وفد المعارضة لا يزال ملتزما بالانتقال السياسي .\nويتم القبول وفق ضوابط محددة وجدول زمني معين .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["العريضي"]);
}

#[test]
fn a_bodys_definite_noun_names_the_body_written_before() {
    // (R-128-3 `بيان نشرته وزارة الدفاع` … `ونقلت وكالة تاس عن الوزارة`; R-120-2
    // `حركة التغيير الكردية ( كوران )` … `وقالت الحركة`; R-109-5 `تنظيم داعش` … `التنظيم`.)
    let doc = analyze(
        "ذكرت أنباء روسية عن بيان نشرته وزارة الدفاع أن قاذفات ضربت أهدافا .\nونقلت وكالة تاس عن الوزارة قولها إن الطائرات قصفت مواقع .\nودعت حركة التغيير الكردية ( كوران ) إلى حل رئاسة الإقليم .\nوقالت الحركة إن الوضع خطير .\nوهاجم تنظيم داعش المدينة أمس .\nوقال التنظيم في بيان إن مقاتليه سيطروا على المدينة .",
    );
    assert_eq!(
        speakers(&doc),
        [
            "أنباء روسية",
            "وزارة الدفاع",
            "حركة التغيير الكردية",
            "داعش"
        ],
        "{:#?}",
        doc.statements
    );
    assert_eq!(chain(&doc.statements[1]), ["تاس", "وزارة الدفاع"]);
}

#[test]
fn a_body_of_another_origin_is_not_the_anaphor_before() {
    // (R-50-1: the Moroccan ministry, then the Dutch one; R-15-7-like `الجيش الروسي`.)
    let doc = analyze(
        "أعربت وزارة العدل المغربية عن ارتياحها للتفاعل .\nوقالت الوزارة في بلاغ إن هذه الأفعال خطيرة .\nوأكدت وزارة الأمن والعدل الهولندية أنه تم توقيف سعيد شعو .\nوقالت الوزارة الهولندية إن التسليم ممكن .",
    );
    assert_eq!(
        speakers(&doc)[..3],
        [
            "وزارة العدل المغربية",
            "وزارة الأمن والعدل الهولندية",
            "وزارة الأمن والعدل الهولندية"
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_written_body_stops_before_the_verbs_object() {
    // (SaudiNewsNet 2015-08-06-990 `وزارة الداخلية المواطنين`, 2015-08-06-372 `وزارة الخزانة
    // الأميركية الكواري`, 2015-07-22-1811 `تنظيم الدورات` is no body.)
    let doc = analyze(
        "ودعت وزارة الداخلية المواطنين إلى الحذر .\nوقالت الوزارة إن الطرق مغلقة .\nوتتهم وزارة الخزانة الأميركية الكواري بدعم متطرفين .\nوأكدت الوزارة أنها جمدت أصوله .\nويجري تنظيم الدورات كل عام .\nوقال التنظيم إن التسجيل مفتوح .",
    );
    let names = speakers(&doc);
    assert_eq!(
        names[..2],
        ["وزارة الداخلية", "وزارة الخزانة الأميركية"],
        "{names:?}"
    );
    assert_eq!(names[2], "التنظيم", "{names:?}");
}

#[test]
fn commas_between_place_and_medium_phrases_do_not_end_the_adjuncts() {
    // (gold-n R-475-2: the cleric's words through a representative, in a sermon, in a city.)
    let doc = analyze(
        "وأضاف السيستاني عبر أحد ممثليه , في رسالة وجهها خلال خطبة صلاة الجمعة , في مدينة كربلاء , أن المتطوعين يجب دمجهم في المؤسسات الرسمية .",
    );
    assert_eq!(
        chains_and_contents(&doc),
        [(
            "السيستاني".to_string(),
            "المتطوعين يجب دمجهم في المؤسسات الرسمية"
        )],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn commentators_after_a_contrast_report_in_the_present() {
    // (gold-n V-361-4; R-188-1 `غير أن خبراء يقولون إن`.) The contrast also ends the content
    // of the report before it.
    let doc = analyze(
        "وبحسب مصادر مقربة من رئيس الوزراء , سيتم قريبا الإعلان عن تحرير راوة إلا أن مراقبين يؤكدون أن التنظيم لا يزال يسيطر على مساحة كبيرة .\nوتجند داعش أتباعا لها في المنطقة , غير أن خبراء يقولون إن حجم قوتها غير واضح .",
    );
    assert_eq!(
        chains_and_contents(&doc)[1..],
        [
            (
                "مراقبين".to_string(),
                "التنظيم لا يزال يسيطر على مساحة كبيرة"
            ),
            ("خبراء".to_string(), "حجم قوتها غير واضح"),
        ],
        "{:#?}",
        doc.statements
    );
    assert_eq!(
        doc.statements[0].content.text,
        "سيتم قريبا الإعلان عن تحرير راوة"
    );
}

#[test]
fn the_un_official_is_the_un_spokesman_just_quoted() {
    // (gold-n R-90-5: `المسؤول الأممي` after `المتحدث باسم الأمين العام للأمم المتحدة`.)
    let doc = analyze(
        "قال نائب المتحدث باسم الأمين العام للأمم المتحدة , فرحان حق : إن المنظمة الدولية دعت مرارا إلى رفع الحصار عن اليمن .\nواعتبر المسؤول الأممي أن تجويع الشعب اليمني أمر مدان .",
    );
    assert_eq!(
        speakers(&doc),
        ["فرحان حق", "فرحان حق"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_dropped_subject_continues_the_man_after_an_opener_and_his_seated_title() {
    // (gold-n R-117-6: `ومن جهته , أكد نائب سفير المملكة المتحدة لدى الأمم المتحدة ...` made
    // no statement; SaudiNewsNet 2015-08-09-674 `بدوره، عبر X عن سعادته ... وقال:`.)
    let doc = analyze(
        "وقال فرحان حمد إن المسلحين هاجموا منزله .\nومن جهته , أكد نائب سفير المملكة المتحدة لدى الأمم المتحدة جوناثان ألين للصحافيين أهمية وجود قرار في هذا الصدد .\nوقال \" سنعمل مع العراقيين ومع شركائنا في مجلس الأمن \" .\nبدوره , عبر عبدالعزيز السويلم عن سعادته بالاختيار .\nوقال : \" لا شك أنكم أهل لهذه الثقة \" .",
    );
    let names = speakers(&doc);
    assert_eq!(names.len(), 3, "{:#?}", doc.statements);
    // (The tagger may end the name at `جوناثان`.)
    assert!(names[1].starts_with("جوناثان"), "{names:?}");
    assert!(names[2].ends_with("السويلم"), "{names:?}");
}

#[test]
fn the_outlet_words_went_out_through_is_the_outer_link_but_a_platform_is_not() {
    // (gold-n V-120-3 `عبر " المركزية "`; V-347-0 `عبر " النشرة "`; SaudiNewsNet 2015-08-04-191
    // `أعلنت الشرطة عبر «فيسبوك»`.)
    let doc = analyze(
        "أكد نائب رئيس الحزب سليم الصايغ عبر \" المركزية \" أن \" موقفنا ثابت \" .\nوأعلنت الشرطة عبر \" فيسبوك \" أنها تبحث عن أصحابه .",
    );
    assert_eq!(
        doc.statements.iter().map(chain).collect::<Vec<_>>(),
        [vec!["المركزية", "سليم الصايغ"], vec!["الشرطة"]],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn the_refugee_agency_is_one_body_however_shuun_is_spelled() {
    // (gold-n V-246-9 `لشئون`: the ل of the name was read as an addressee.)
    let doc = analyze(
        "أعلنت المفوضية السامية للأمم المتحدة لشئون اللاجئين اليوم الجمعة , عن وصول عدد اللاجئين السوريين إلى 9 ملايين .",
    );
    assert_eq!(
        doc.statements.iter().map(chain).collect::<Vec<_>>(),
        [vec!["مفوضية الأمم المتحدة لشؤون اللاجئين"]],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn the_outlet_that_received_the_statement_is_the_outer_link() {
    // (gold-n R-233-9 `في بيان صحافي حصلت " ايلاف " على نصه`; GUIDELINES §4.3.)
    let doc = analyze(
        "واشار مكتب النجيفي في بيان صحافي حصلت \" ايلاف \" على نصه الى انه \" تم الوصول إلى قناعات مشتركة \" .",
    );
    assert_eq!(
        doc.statements.iter().map(chain).collect::<Vec<_>>(),
        [vec!["إيلاف", "مكتب النجيفي"]],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_quoted_demand_after_ala_is_still_a_demand() {
    // (gold-n R-233-9; GUIDELINES §4.1: `شدد على ضرورة` is a demand, quoted or not.)
    let doc = analyze(
        "وقد شدد معصوم وعلاوي على \" ضرورة الابتعاد عن التشنجات والتوترات \" .\nوأكد على \" أهمية التدريب المتقدم \" .\nوقال الوزير إن \" الحوار هو الحل \" .",
    );
    assert_eq!(speakers(&doc), ["الوزير"], "{:#?}", doc.statements);
}

#[test]
fn a_transport_line_relays_nothing() {
    // (gold-n V-625-11: `على خط نقل الأموال ... إلى مسئولى " القاعدة "`.)
    let doc = analyze(
        "عملا على خط نقل الأموال - المقدرة بمئات آلاف الدولارات - من قطر إلى مسئولى \" القاعدة \" .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn a_verb_in_a_statement_speaks_for_the_statements_owner() {
    // (gold-n R-233-9: `ردا على تصريحات لبارزاني هذا الاسبوع قال فيها ان`, the sentence's
    // subject being Erdogan.)
    let doc = analyze(
        "وقال مسعود بارزاني إن الاستفتاء سيجري .\nوانتقد إردوغان إدراج مدينة كركوك في الاستفتاء وذلك ردا على تصريحات لبارزاني هذا الاسبوع قال فيها ان كركوك مدينة كردية .",
    );
    assert_eq!(
        speakers(&doc),
        ["مسعود بارزاني", "مسعود بارزاني"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_decimal_set_off_by_spaces_is_one_quantity() {
    // (baly2018 R-264-2 `ففر نحو 4 . 8 مليون شخص`, R-320-3 `بلغت 7 . 3 درجة`.)
    let doc = analyze("وقالت المفوضية إن نحو 4 . 8 مليون شخص فروا من سوريا .");
    assert_eq!(doc.quantities.len(), 1, "{:#?}", doc.quantities);
    let q = &doc.quantities[0];
    assert_eq!(q.value, Some(4_800_000.0));
    assert_eq!(q.unit.as_deref(), Some("شخص"));
    assert_eq!(doc.statements.len(), 1);
    assert_eq!(
        doc.statements[0].content.text,
        "نحو 4 . 8 مليون شخص فروا من سوريا"
    );
}

#[test]
fn casting_doubt_that_denies_but_doubting_a_thing_reports_nothing() {
    // (gold-h R-491-1 `شككت افتتاحية وول ستريت جورنال في أن`; R-82-2 `شككت وزارة الدفاع الأمريكية
    // بإعلان موسكو سحب " قسم كبير "`; SaudiNewsNet 2015-08-11-1485 `وشكك بإخلاصي`.)
    let doc = analyze(
        "وشكك مسؤول أميركي بارز في أن يكون الرئيس مطلعا على المعلومات .\nوشككت وزارة الدفاع الأمريكية بإعلان موسكو سحب \" قسم كبير \" من قواتها .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(doc.statements[0].stance, Stance::Deny);
    assert_eq!(
        doc.statements[0].content.text,
        "يكون الرئيس مطلعا على المعلومات"
    );
}

#[test]
fn a_prepositions_object_is_no_subject_for_a_later_participle() {
    // (SaudiNewsNet 2015-07-25-375 `صرّح بذلك المتحدث الرسمي ... , وأوضح أن`; 2015-08-08-1230
    // `ونوه ببادرة المواطنين ..., لافتاً إلى أن` has no speaker of its own.)
    let doc = analyze(
        "صرح بذلك المتحدث الرسمي للدفاع المدني بمنطقة الرياض الرائد محمد الحمادي , وأوضح أن الحالات تتلقى العلاج .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(
        !speakers(&doc)[0].starts_with("بذلك"),
        "{:?}",
        speakers(&doc)
    );
}

#[test]
fn what_a_text_says_is_reported_by_jaa_fi() {
    // (gold-l R-376-2 `وجاء في بيان صدر عن وزارة الدفاع الروسية أن`; R-536-5 `وجاء في بيان
    // وزارة الدفاع الروسية : "`; not `جاء في إطار`، `جاء في وقت سابق`, nor a thing that came
    // in a text, `ترحيب النظام جاء في بيان`.)
    let doc = analyze(
        "وجاء في بيان صدر عن وزارة الدفاع الروسية أن طائرة طبية قامت بإيصال 4 صحافيين .\nوجاء في البيان : \" لقي عسكريان روسيان حتفهما \" .\nوجاء في إطار الزيارة أن الوزير التقى الرئيس .\nوجاء في وقت سابق أن القوات تقدمت .\nواللافت أن ترحيب النظام جاء في بيان صادر عن الخارجية .",
    );
    assert_eq!(
        chains_and_contents(&doc),
        [
            (
                "وزارة الدفاع الروسية".to_string(),
                "طائرة طبية قامت بإيصال 4 صحافيين"
            ),
            ("البيان".to_string(), "لقي عسكريان روسيان حتفهما"),
        ],
        "{:#?}",
        doc.statements
    );
    assert_eq!(doc.statements[1].quote, QuoteKind::Direct);
}

#[test]
fn a_text_named_just_before_jaa_fih_speaks_for_its_owner_or_issuer() {
    // (R-202-7 `وأصدرت وزارة الخارجية القطرية بيانا جاء فيه أن`; R-276-1 `وكان التحالف الدولي
    // قد أصدر بيانا منذ يومين جاء فيه إن`; SaudiNewsNet 2015-07-21-1549 `تغريدة للناشط علي
    // النعيمي، جاء فيها "`.)
    let doc = analyze(
        "وأصدرت وزارة الخارجية القطرية بيانا جاء فيه أن القائم بالأعمال أصيب بجروح .\nوكان التحالف الدولي قد أصدر بيانا منذ يومين جاء فيه إن مجلس الرقة المدني يولي أهمية كبيرة .\nوأعاد الوزير نشر تغريدة للناشط علي النعيمي , جاء فيها \" اعلم أنك جمعت السيئتين \" .",
    );
    let names = speakers(&doc);
    assert_eq!(names.len(), 3, "{:#?}", doc.statements);
    assert_eq!(names[0], "وزارة الخارجية القطرية");
    assert_eq!(names[1], "التحالف الدولي");
    assert!(names[2].ends_with("النعيمي"), "{names:?}");
    assert_eq!(doc.statements[2].quote, QuoteKind::Direct);
}

#[test]
fn plural_verbal_nouns_and_an_anaphor_genitive_report_like_their_verbs() {
    // (gold-n R-47-3 `وسط تحذيرات الولايات المتحدة من أن`; V-699-5 `تشديد المعارضة على أن`;
    // GUIDELINES §4.1, last sentence.)
    let doc = analyze(
        "وتأتي الزيارة في تحد لتحذيرات الولايات المتحدة من أن تطوير الأسلحة البالستية قد يدفعها للانسحاب من الاتفاق .\nوجاء ذلك وسط تشديد المعارضة على أن الأسد لا دور له .\nوأسقطت القوات المنشورات لتحذير السكان بأن الاستعدادات دخلت مراحلها الأخيرة .",
    );
    assert_eq!(
        chains_and_contents(&doc),
        [
            (
                "الولايات المتحدة".to_string(),
                "تطوير الأسلحة البالستية قد يدفعها للانسحاب من الاتفاق"
            ),
            ("المعارضة".to_string(), "الأسد لا دور له"),
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn who_gives_a_speech_speaks_in_it_and_a_statements_genitive_owner_too() {
    // (SaudiNewsNet 2015-08-01-631 `بعد ذلك ألقى مدير الجامعة المكلف كلمة، أكد فيها أن`;
    // 2015-07-24-416 `في ثنايا حديث الأمين العام ... الدكتور أحمد بن سالم باهمام لوكالة الأنباء
    // السعودية الذي أوضح فيه أن`; V-358-7 `تصريحات الرئيس التركي رجب طيب أردوغان , الأربعاء ,
    // التي أشار فيها إلى أن`.)
    let doc = analyze(
        "عقب ذلك ألقى رئيس البلدية كلمة أوضح فيها أن المشاركة تتجدد .\nجاء ذلك في ثنايا حديث الأمين العام للهيئة العالمية للمساجد الدكتور أحمد بن سالم باهمام لوكالة الأنباء السعودية الذي أوضح فيه أن الهيئة شيدت مراكز .",
    );
    let names = speakers(&doc);
    assert_eq!(names.len(), 2, "{:#?}", doc.statements);
    assert_eq!(names[0], "رئيس البلدية");
    assert!(names[1].ends_with("باهمام"), "{names:?}");
}

#[test]
fn an_outlets_own_sources_are_sources() {
    // (gold-n V-625-11 `ذكرت فيه نقلا عن مصادرها أن`; GUIDELINES §4.6 names the noun.)
    let doc = analyze("وذكرت رويترز نقلا عن مصادرها أن مسؤولين اجتمعوا مع الجولاني .");
    assert_eq!(
        doc.statements.iter().map(chain).collect::<Vec<_>>(),
        [vec!["رويترز", "مصادر"]],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_past_verb_after_a_relative_has_its_antecedent_for_subject() {
    // (V-658-1 `الرئيس الفرنسي إيمانويل ماكرون الذي قال إنه سيستقبل الحريري`; not R-153-0's
    // `استبعد أي دور للأسد الذي قال إنه " قتل "`, whom the minister spoke of.)
    let doc = analyze(
        "وستكون له محطة في اللقاء مع الرئيس الفرنسي إيمانويل ماكرون الذي قال إنه سيستقبل الحريري .\nوالتقى الوزير بالسفير الأمريكي الذي قال إن بلاده تدعم الحكومة .\nوقال الوزير إن الاتفاق الذي قال إنه سيوقع غدا جاهز .",
    );
    assert_eq!(
        speakers(&doc),
        ["إيمانويل ماكرون", "السفير الأمريكي", "الوزير"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn moving_something_from_one_place_to_another_is_no_relay() {
    // (V-120-3 `ونقل لبنان من لعبة المحاور إلى الحياد`; R-147-12 `ونقل أسلحة وعتاد من سورية إلى
    // لبنان`: "moved to", not "relayed", while `نقلت رويترز عن` still relays.)
    let doc = analyze(
        "واعتبر الصايغ أن القوات يعتبرون الانخراط في الحكومة طريقة لتثبيت هذه الثوابت ونقل لبنان من لعبة المحاور إلى الحياد , غير أن بيان الحكومة أسقط هذا الرهان .\nوأكد ذلك , ونقل أسلحة وعتاد من سورية إلى لبنان , فهل فعلا في الأفق حرب جديدة .\nونقلت رويترز عن مصادر قولها إن الهجوم بدأ .",
    );
    assert_eq!(
        doc.statements.iter().map(chain).collect::<Vec<_>>(),
        [vec!["الصايغ"], vec!["رويترز", "مصادر"]],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_source_pointed_back_to_after_according_to_is_its_antecedent() {
    // baly-V-252-7 (gold-h): `ووفقا لتلك المصادر`; and with the article glued to ل.
    for phrase in ["ووفقا لتلك المصادر", "ووفقا للمصادر"] {
        let doc = analyze(&format!(
            "وبحسب مصادر عسكرية مطلعة , فإن عدد القوات التي ستشارك في عملية الموصل يبلغ ستين ألفا .\n{phrase} فإن محاور الهجوم هي أربعة ."
        ));
        assert_eq!(doc.statements.len(), 2, "{phrase}: {:#?}", doc.statements);
        assert_eq!(
            speakers(&doc),
            ["مصادر عسكرية مطلعة", "مصادر عسكرية مطلعة"],
            "{phrase}"
        );
        // The cue is the phrase, not the source glued to its ل.
        assert!(!doc.statements[1].cue.text.contains("مصادر"), "{phrase}");
    }
    // `وفقا لذلك` ("accordingly") names no source.
    let doc = analyze("وفقا لذلك فإن محاور الهجوم هي أربعة .");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn a_title_ending_in_a_word_glued_to_l_names_its_holder() {
    // baly-R-454-2 (gold-n): `للتفاوض` is the title's last word (ل + the article), not a name.
    let doc = analyze(
        "وقال فاتح حسون عضو وفد الهيئة العليا للتفاوض إن الدول المشاركة ستكون محايدة .\nوأكد عضو وفد الهيئة العليا للتفاوض أنه لم يكن هناك أي طرح لأسماء دول .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc), ["فاتح حسون", "فاتح حسون"]);
}

#[test]
fn the_outlet_told_after_according_to_is_the_outer_link_glued_or_not() {
    // baly-R-39-4 (gold-a): the spokesman `باسمها` speaks for the body named before him, and the
    // outlet he told, `لوكالة فرانس برس`, is the outer link with its ل glued.
    let doc = analyze(
        "وميدانيا , سيطرت \" قوات سوريا الديموقراطية \" الجمعة على المدينة القديمة في الرقة , وفق ما قال متحدث باسمها لوكالة فرانس برس .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(
        chain(&doc.statements[0]),
        ["فرانس برس", "متحدث باسم قوات سوريا الديمقراطية"]
    );
    let doc = analyze("سيطرت القوات على المدينة , بحسب ما قال مصدر عسكري لرويترز .");
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["رويترز", "مصدر عسكري"]);
    assert_eq!(doc.statements[0].content.text, "سيطرت القوات على المدينة");
}

#[test]
fn a_correspondent_speaks_under_his_outlet_and_one_told_is_the_outlet_alone() {
    // baly-R-635-1 (gold-l): `مراسل الجزيرة` whose canonical name begins with the title is still
    // `الجزيرة > مراسل الجزيرة`, and so is `المراسل` after him.
    let doc = analyze(
        "وأفاد مراسل الجزيرة في سوريا بأن من بين هؤلاء القتلى مئة وعشرين سقطوا في مناطق عدة من دير الزور .\nوأضاف المراسل أن الطائرات قصفت الجسور .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    for s in &doc.statements {
        assert_eq!(chain(s), ["الجزيرة", "مراسل الجزيرة"]);
    }
    // baly-R-15-5 (gold-a): the correspondent the speaker told is the addressee outlet, one link
    // (GUIDELINES §4.3).
    let doc = analyze(
        "وأفاد المتحدث باسم \" جيش إدلب الحر \" مصطفى الحسين لمراسل الأناضول بأن الطائرة من طراز L39 , وتم إسقاطها بمضادات أرضية .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    let c = chain(&doc.statements[0]);
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(c[0].contains("الأناضول") && c[1] == "مصطفى الحسين", "{c:?}");
}

#[test]
fn a_claim_object_after_a_subject_holding_a_quoted_name() {
    // baly-V-641-2 (gold-o): `تحرير` inside `هيئة تحرير الشام` is the name's, not the claim's
    // head, and the name's quotation marks are part of the subject.
    let doc = analyze(
        "وعلى صعيد آخر , كشفت مصادر مقربة من تنظيم \" هيئة تحرير الشام \" اليوم عن العثور على مقبرة جماعية تضم رفات اثنتين وستين جثة .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(doc.statements[0]
        .content
        .text
        .starts_with("العثور على مقبرة"));
    assert!(speakers(&doc)[0].starts_with("مصادر"));
}

#[test]
fn a_described_or_pointed_anaphor_goes_back_to_its_speaker() {
    // baly-V-279-0 (gold-o): `المنظمة الغير ربحية` is the organisation that just spoke; `غير`
    // makes `ربحية` a kind, not an origin the antecedent must share.
    let doc = analyze(
        "وأكدت منظمة \" ايروورز \" غير الحكومية أن عدد الضحايا يفوق ما يعلنه الجيش .\nوقالت المنظمة الغير ربحية في تقرير إن الجيش يعطي تقديرات منخفضة جدا .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert!(
        speakers(&doc).iter().all(|s| s.contains("ايروورز")),
        "{:?}",
        speakers(&doc)
    );
    // `تلك المنظمات`: a demonstrative points at the noun after it.
    let doc = analyze(
        "وأكدت منظمات حقوقية أن البنتاغون يخفي العدد الحقيقي .\nوأكدت تلك المنظمات أن العدد بالالاف .",
    );
    assert_eq!(speakers(&doc), ["منظمات حقوقية", "منظمات حقوقية"]);
    // A described noun that names a body of its own is no pointer to another body.
    let doc = analyze(
        "وقال مجلس الأمن الدولي في بيان إن الهدنة صامدة .\nواعتبر المجلس الوطني السوري المعارض أن المبادرة مخالفة لمبادئ تأسيس الائتلاف .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert!(!speakers(&doc)[1].contains("الأمن"), "{:?}", speakers(&doc));
}

#[test]
fn a_name_after_a_trade_or_a_feminine_honorific_is_the_speaker() {
    // SaudiNewsNet 2015-07-21 (audit of this round): `الدكتورة` heads a name as `الدكتور` does,
    // and the subject of a verb that reported nothing runs on past a trade and its adjective
    // to the name, for the participle or verb that follows.
    let doc = analyze(
        "وطالبت الدكتورة فوزية خان بالدعاء لرجال الأمن , قائلة : « لقد كانت فرحتنا بالعيد مضاعفة » .",
    );
    assert_eq!(speakers(&doc), ["فوزية خان"], "{:#?}", doc.statements);
    let doc = analyze(
        "كشف الباحث الفلكي سلمان آل رمضان عن بداية دخول الدر , وأضاف : برغم انتهاء موسم البوارح فلازال نشاط الرياح مستمرا .",
    );
    assert_eq!(speakers(&doc), ["سلمان آل رمضان"], "{:#?}", doc.statements);
}

#[test]
fn himself_and_a_joined_place_name_no_one_after_a_title() {
    // SaudiNewsNet 2015-08-02 and 2015-08-04 (audit of this round): `نفسه` after a title and
    // its adjective points back to the source, and `وينبع` joined to the title's last word is
    // part of the body's name, no person.
    let doc = analyze(
        "بحسب ما أكد دبلوماسي أميركي , فإن المخاوف قائمة . وبحسب الدبلوماسي الأميركي نفسه , فإن المباحثات مستمرة .",
    );
    let s = speakers(&doc);
    assert_eq!(s.len(), 2, "{:#?}", doc.statements);
    assert_eq!(s[0], s[1], "{s:?}");
    assert!(!s[1].contains("نفسه"), "{s:?}");
    let doc =
        analyze("وقال رئيس الهيئة الملكية للجبيل وينبع حينها : « السعودية تنعم بمقومات عدة » .");
    assert_eq!(speakers(&doc), ["رئيس الهيئة الملكية للجبيل وينبع"]);
}

#[test]
fn a_lone_name_before_the_charge_is_the_accused() {
    // baly-R-36-3 (gold-p): `واتهم الحوثيين بالتسبب` has a dropped subject; the one name before
    // the ب-charge is whom he accused. Two phrases there are subject and object.
    let doc =
        analyze("وأكد جميح أن المقاومة سيطرت على المطارات . واتهم الحوثيين بالتسبب في دمار عدن .");
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(speakers(&doc), ["جميح", "جميح"]);
    assert!(doc.statements[1].content.text.starts_with("الحوثيين"));
    let doc = analyze("واتهم لافروف واشنطن بالكذب .");
    assert_eq!(speakers(&doc), ["لافروف"], "{:#?}", doc.statements);
}

#[test]
fn a_family_name_of_origin_the_tagger_left_off_completes_the_name() {
    // baly-R-36-3 (gold-p): the tagger stops at `عبد الوهاب`; the rare `الشرفي` after it is his
    // family name, so `وبحسب الشرفي` later names him.
    let doc = analyze(
        "من جهته , خالف الكاتب والمحلل السياسي عبد الوهاب الشرفي ضيفي الحلقة في الرأي , وأكد أن ما حدث لا يمكن إرجاعه إلى تطور بأداء المقاومة .\nوبحسب الشرفي , فإن العملية تم الترتيب لها منذ أكثر من شهر .",
    );
    assert_eq!(
        speakers(&doc),
        ["عبد الوهاب الشرفي", "عبد الوهاب الشرفي"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_bare_correspondent_told_is_the_outlet_named_after_him() {
    // SaudiNewsNet 2015-07-21 (audit of this round): `لمراسل التلفزيون الأسترالي « إيه بي سي »`
    // is ABC as addressee, and its closing mark opens no speech.
    let doc = analyze(
        "وقالت اليزابيث أوسبورن في تصريحات لمراسل التلفزيون الأسترالي « إيه بي سي » : « قفزت من على الأريكة » .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(chain(&doc.statements[0]), ["إيه بي سي", "اليزابيث أوسبورن"]);
    assert_eq!(doc.statements[0].content.text, "قفزت من على الأريكة");
}

#[test]
fn a_commission_concluded_that() {
    // baly-R-305-7 (gold-p): `استنتجت` reports the finding of the commission.
    let doc = analyze(
        "وفي تقريرها النهائي استنتجت لجنة التحقيق من مصادر لبنانية أن عدد القتلى بلغ ما بين ( 700 و 800 ) نسمة .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(speakers(&doc)[0].contains("لجنة التحقيق"));
    assert!(doc.statements[0].content.text.starts_with("عدد القتلى"));
}

#[test]
fn a_generic_noun_for_an_official_redescribes_the_last_speaker() {
    // baly-R-298-0 (gold-p), shortened: `المسؤول العسكري الروسي الرفيع` is the general who just
    // spoke; `ذلك المسؤول` after `أحد المسؤولين` is that unnamed official, not the speaker.
    let doc = analyze(
        "وقال رئيس الأركان الروسي فاليري جيراسيموف إن التنظيم خسر كل المناطق .\nوشدد المسؤول العسكري الروسي الرفيع على أن معظم مسلحي داعش هربوا إلى ليبيا .",
    );
    assert_eq!(
        speakers(&doc),
        ["فاليري جيراسيموف", "فاليري جيراسيموف"],
        "{:#?}",
        doc.statements
    );
    let doc = analyze(
        "وقال رئيس الأركان الروسي فاليري جيراسيموف إن التنظيم خسر كل المناطق .\nإلا أن أحد المسؤولين في حزب الله أنكر ذلك . وقال ذلك المسؤول إن \" الحزب لا يتاجر بالمخدرات \" .",
    );
    let speakers = speakers(&doc);
    assert_eq!(speakers.len(), 2, "{:#?}", doc.statements);
    assert_ne!(speakers[1], "فاليري جيراسيموف", "{:#?}", doc.statements);
}

#[test]
fn a_time_preposition_ends_the_subject_and_its_phrase_is_passed_over() {
    // baly-R-662-1 (gold-r) and V-352-1: `عقب الاجتماع` and `اثر لقاءه ...` are when, not who.
    let doc = analyze(
        "إلا أن النتيجة لم تتضمن سوى تشكيل مجموعة عمل .\nالمبعوث الروسي إلى سوريا , ألكسندر لافرنتييف , أفاد عقب الاجتماع أن الدول الضامنة تنتظر القرارات .\nواعتبر المبعوث الروسي , في مؤتمر صحفي , أنه \" تم إنجاز الكثير \" .",
    );
    assert_eq!(
        speakers(&doc),
        ["ألكسندر لافرنتييف", "ألكسندر لافرنتييف"],
        "{:#?}",
        doc.statements
    );
    let doc = analyze(
        "أعلن الرئيس التركي رجب طيب اردوغان اثر لقاءه نظيره الروسي فلاديمير بوتين في انقرة مساء الاثنين ان مسؤولين من البلدين سيلتقون هذا الاسبوع .",
    );
    assert_eq!(speakers(&doc), ["رجب طيب اردوغان"], "{:#?}", doc.statements);
    assert!(doc.statements[0]
        .content
        .text
        .starts_with("مسؤولين من البلدين"));
}

#[test]
fn a_rank_written_before_an_apposed_name_points_back_to_him() {
    // baly-R-429-1 (gold-r): `ويتابع اللواء` is the retired general named after the expert's
    // description.
    let doc = analyze(
        "ويرى الخبير العسكري العراقي , اللواء الركن المتقاعد ماجد القيسي , في تصريحات لوكالة رويترز , أن الهدف استراتيجي .\nويتابع اللواء أن الحوثيين يلجؤون إلى إطلاق صواريخ بشكل منفرد .",
    );
    let speakers = speakers(&doc);
    assert_eq!(speakers.len(), 2, "{:#?}", doc.statements);
    assert_eq!(speakers[1], speakers[0], "{:#?}", doc.statements);
    assert!(speakers[1].contains("القيسي"), "{:#?}", doc.statements);
}

#[test]
fn a_relative_after_a_comma_has_the_name_before_it_for_subject() {
    // SaudiNewsNet and baly-R-39-8: `فراس الخالدي , الذي قال إن`; baly-R-429-1 (gold-r): a
    // title and a name the tagger missed, `العقيد الركن تركي المالي , الذي قال`.
    let doc = analyze(
        "تحدثت عنب بلدي إلى معارضين , ومنهم عضو \" منصة القاهرة \" , فراس الخالدي , الذي قال إن المنصة ترفض أي تحرك .",
    );
    assert_eq!(speakers(&doc), ["فراس الخالدي"], "{:#?}", doc.statements);
    let doc = analyze(
        "آخر فصول هذا الاتهام ما جاء على لسان المتحدث الرسمي باسم \" قوات تحالف دعم الشرعية في اليمن \" , العقيد الركن تركي المالي , الذي قال إن \" استمرار استهداف المدن دليل واضح \" .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(
        speakers(&doc)[0].contains("تركي المالي"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_name_whose_first_letter_looks_like_a_preposition_is_still_the_name() {
    // baly-V-433-5 (gold-r): the segmenter reads `بسام` as ب + سام; the tagged name keeps its
    // letter, so the title's phrase runs on to it.
    let doc = analyze(
        "وصرح السفير بسام راضي المتحدث الرسمي باسم رئاسة الجمهورية أنه تم خلال الاجتماع متابعة الموقف الاقتصادي الراهن .",
    );
    assert_eq!(speakers(&doc), ["بسام راضي"], "{:#?}", doc.statements);
}

#[test]
fn a_sentence_opening_on_a_definite_body_before_an_agreeing_verb_has_it_for_subject() {
    // baly-V-352-4, SaudiNewsNet: `القيادة المركزية الأميركية أكدت أن`, `المصدر نفى أن`; the verb
    // agrees with the noun (`الجيش قالت` is no subject and verb).
    let doc = analyze("الحكومة العراقية أعلنت أن المفاوضات فشلت .");
    assert_eq!(
        speakers(&doc),
        ["الحكومة العراقية"],
        "{:#?}",
        doc.statements
    );
    let doc = analyze("الجيش قالت إن المفاوضات فشلت .");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
    let doc = analyze("ألم نقل بأن الحديث عن هذا التغير موجع للغاية .");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn a_long_quoted_body_name_heads_the_subject() {
    // baly-V-407-2 (gold-r): a council and its front inside one pair of quotes, a dash between.
    let doc = analyze(
        "وتمت السيطرة على المباني . وأكد \" مجلس قيادة الثورة في ريف دمشق - جبهة جوبر \" أن الثوار حرروا ثلاثة أبنية في حي جوبر .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(
        speakers(&doc)[0].starts_with("مجلس قيادة الثورة"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn an_imperfect_cue_after_a_named_subject_joined_by_wa_reports() {
    // baly-V-483-0 (gold-o): `, ووزير خارجيته جون كيري يؤكد ... أن` is running text, not a
    // headline's `X يؤكد`.
    let doc = analyze(
        "الرئيس يدعو كل الأطراف في تركيا إلى دعم الحكومة المنتخبة ديمقراطيا , ووزير خارجيته جون كيري يؤكد في اتصال هاتفي مع نظيره التركي أن بلاده تدعم بشكل مطلق المؤسسات المنتخبة .",
    );
    assert_eq!(speakers(&doc), ["جون كيري"], "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("بلاده تدعم"));
    // (A sentence that opens on the name stays a headline.)
    let doc = analyze("جون كيري يؤكد أن بلاده تدعم المؤسسات المنتخبة");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn an_imperfect_verb_of_saying_continues_the_speaker_after_wa_or_idh() {
    // gold-o, gold-r: `ويقول إن` and `إذ يقول إن` continue the speaker (an impersonal `يذكر أن`
    // or `يشار إلى أن` still reports nothing).
    let doc = analyze("وأكد الخبير أن الأمر صعب . ويقول إن الوضع صعب جدا .");
    assert_eq!(
        speakers(&doc),
        ["الخبير", "الخبير"],
        "{:#?}",
        doc.statements
    );
    let doc = analyze(
        "غير أن الخبير يتساءل حول مدى حقيقة هذه الاتهامات , إذ يرى بعض السكان أن الوضع الأمني يسجل تحسنا .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(
        speakers(&doc)[0].contains("السكان"),
        "{:#?}",
        doc.statements
    );
    let doc = analyze("وأكد الخبير أن الأمر صعب . ويذكر أن الحرب اندلعت عام 2011 .");
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
}

#[test]
fn yablugh_amounts_to_and_reports_nothing() {
    // gold-p, SaudiNewsNet: `يبلغ عدد ...`، `تبلغ قيمتها` are `بلغ` "amounts to", never `أبلغ`
    // "informed", so they neither report nor name a speaker.
    let doc = analyze(
        "ويعيش في الفوعة 35 ألف نسمة بينما يبلغ عدد سكان بلدة كفريا 15 ألفا , أي أن مجموع عدد السكان 50 ألفا .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn the_imperfect_of_considered_reports_only_before_an_clause() {
    // SaudiNewsNet, baly-R-604-2: `ويعتبر X واحدا ...`، `وتعتبر الفتوى ... " مهمة "` are the
    // passive "is considered"; `وتعتبر مصادر مطلعة أنه` reports.
    let doc = analyze(
        "وتعتبر الفتوى الشرعية التي توصلت إليها هيئة كبار العلماء \" مهمة وغير مسبوقة \" لناحية تجريم الإرهاب .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
    let doc = analyze("بينما تعتبر مصادر مطلعة أنه من المتوقع أن تندلع الحرب .");
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
}

#[test]
fn the_participle_of_considered_reports_its_judgement_without_an() {
    // baly-V-358-5: `, معتبرا ذلك أكثر فائدة من العداء` is the speaker's judgement.
    let doc = analyze(
        "وقال ترامب خلال مؤتمر صحفي إنه يؤيد تعاون بلاده مع روسيا , معتبرا ذلك أكثر فائدة من العداء مع روسيا .",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(
        doc.statements[1].content.text,
        "ذلك أكثر فائدة من العداء مع روسيا"
    );
    assert_eq!(speakers(&doc)[1], speakers(&doc)[0]);
}

#[test]
fn a_verb_of_judging_with_a_pronoun_object_before_bianna_reports() {
    // baly-R-102-0, gold-p: `ورفض روحاني قرار ترمب ووصفه بأنه " خطأ "`; `وصفه للوضع` is a noun.
    let doc = analyze("وقال ترامب إن البرنامج مكلف . ووصفه بأنه خارج عن السيطرة .");
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(doc.statements[1].content.text, "خارج عن السيطرة");
    assert_eq!(speakers(&doc)[1], speakers(&doc)[0]);
    let doc = analyze("وقال ترامب إن البرنامج مكلف . وكان وصفه للوضع دقيقا .");
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
}

#[test]
fn a_dropped_subject_after_idh_is_the_named_actor_of_the_contrast() {
    // baly-R-429-1 (gold-r): `غير أن ماجد القيسي يتساءل ... , إذ يقول إن` is al-Qaisi, not the
    // spokesman quoted the sentence before.
    let doc = analyze(
        "وقال المتحدث باسم التحالف تركي المالي إن الصواريخ إيرانية .\nغير أن ماجد القيسي يتساءل حول مدى حقيقة هذه الاتهامات , إذ يقول إن هناك قوات عربية وأجنبية كثيرة حاضرة .",
    );
    let speakers = speakers(&doc);
    assert_eq!(speakers.len(), 2, "{:#?}", doc.statements);
    assert_eq!(speakers[1], "ماجد القيسي", "{:#?}", doc.statements);
}

#[test]
fn according_to_someones_words_names_their_owner() {
    // baly-V-422-1: `وحسب كلام مصدر سوري معارض , فإن`; `بحسب تصريحات صحافية` are no source.
    let doc = analyze(
        "وحسب كلام مصدر سوري معارض , فإن التنظيم تمدد في خواصر رخوة حين كانت القوات المتحاربة منشغلة .",
    );
    assert_eq!(speakers(&doc), ["مصدر سوري معارض"], "{:#?}", doc.statements);
}

#[test]
fn the_word_after_accused_before_its_charge_is_the_object_not_a_later_subject() {
    // gold-r (R-662-1), baly-R-308-4: SVO `X اتهمت Y بـ`، `X , وصف المعركة بأنها`.
    let doc = analyze("وزارة الخارجية الروسية اتهمت أمريكا بعرقلة جهود الحل .");
    assert_eq!(
        speakers(&doc),
        ["وزارة الخارجية الروسية"],
        "{:#?}",
        doc.statements
    );
    assert_eq!(doc.statements[0].content.text, "أمريكا بعرقلة جهود الحل");
}

#[test]
fn spoke_of_a_claim_reports_and_spoke_of_a_topic_is_no_cue() {
    // baly-R-347-3, R-540-9: `وتحدثت وسائل إعلام كردية عن انسحاب`; baly-R-356-7: `وتحدث رئيس
    // الجمهورية عن مستقبل الوضع , فأشار إلى أنها` (no claim, and the later cue keeps him).
    let doc = analyze("وتحدثت وسائل إعلام كردية عن انسحاب للبشمركة من مساحة 72 كيلومترا مربعا .");
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("انسحاب"));
    let doc =
        analyze("وتحدث رئيس الجمهورية عن مستقبل الوضع في سوريا , فأشار إلى أنها تتجه نحو اتفاق .");
    assert_eq!(speakers(&doc), ["رئيس الجمهورية"], "{:#?}", doc.statements);
    // (What earlier reports spoke of is background.)
    let doc = analyze("وتتناقض هذه الأرقام مع التقارير التي تحدثت عن وجود نصف مليون لاجئ .");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn explained_backed_and_concluded_report_only_with_their_words_after_them() {
    // gold-p (R-36-3), gold-o (R-397-4), gold-r (V-407-2): `وشرح المجلس أن`، `وختم مملوك
    // بالتأكيد أن`; `أيد القرار`، `اختتمت الدورة ... " أفلام السعودية "` report nothing.
    let doc = analyze("وشرح المجلس أن هذه الأبنية تبعد مئات الأمتار عن ساحة العباسيين .");
    assert_eq!(speakers(&doc), ["المجلس"], "{:#?}", doc.statements);
    let doc =
        analyze("وقال مملوك إن الحرب طويلة .\nوختم مملوك بالتأكيد أن وضع سوريا ميدانيا متين .");
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert_eq!(
        speakers(&doc)[1],
        speakers(&doc)[0],
        "{:#?}",
        doc.statements
    );
    let doc = analyze("وأيد البرلمان القرار بأغلبية كبيرة .");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
    let doc = analyze("إذن فقد اختتمت الدورة الثانية من مهرجان \" أفلام السعودية \" بنجاح كبير .");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn a_reported_event_is_a_claim_and_an_announced_one_is_the_act() {
    // gold-l (R-376-2): `وأفاد المرصد ... عن استمرار القتال`; an event a verb that only
    // reports tells is a claim, the same noun after `أعلن` is the act it performs.
    let doc = analyze(
        "وأفاد المرصد السوري لحقوق الإنسان عن استمرار القتال العنيف في أقصى شرق محافظة دير الزور .",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("استمرار القتال"));
    let doc = analyze("وكشفت مصادر محلية عن بدء انسحاب القوات من المدينة .");
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("بدء انسحاب"));
    let doc = analyze("وأعلن الجيش بدء الهجوم على المدينة .");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
    // (A name in quotes is no event: `جبهة " فتح الشام "`.)
    let doc =
        analyze("كشفت مصادر مطلعة عن رسالة سرية تلقتها جبهة \" فتح الشام \" من قيادة التنظيم .");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn pointing_to_a_proposition_reports_it() {
    // gold-p (V-279-0, V-422-3): `وتشير الإحصائيات إلى مقتل`، `تشير تقديرات غربية إلى وجود`;
    // not a stress (`أشار إلى أهمية`).
    let doc = analyze("وتشير تقديرات غربية إلى وجود ما بين خمسة آلاف وستة آلاف مسلح في الموصل .");
    assert_eq!(speakers(&doc), ["تقديرات غربية"], "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("وجود ما بين"));
    let doc = analyze("وأشار المرصد إلى سقوط عشرة قتلى في القصف .");
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("سقوط"));
    let doc = analyze("وأشار الوزير إلى أهمية التعاون بين البلدين .");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn a_relative_after_a_name_reports_through_an_an_clause() {
    // gold-p (R-298-0): `..., فاليرى جيراسيموف , الذى كشف عن أنه تم ...`.
    let doc = analyze("يجيب عن هذا السؤال رئيس هيئة الأركان العامة للقوات المسلحة الروسية فاليرى جيراسيموف , الذى كشف عن أنه تم خلال العامين الأخيرين القضاء على نحو 60 ألفا من مسلحى \" داعش \" بسوريا .");
    assert_eq!(
        speakers(&doc),
        ["فاليرى جيراسيموف"],
        "{:#?}",
        doc.statements
    );
    assert!(doc.statements[0].content.text.starts_with("تم خلال"));
}

#[test]
fn a_phrase_set_off_by_commas_inside_a_content_sources_its_own_clause() {
    // gold-n (R-475-2): `وأعلن العبادي ... انتصار القوات ... , ما يضع , بحسب مراقبين , الدولة
    // العراقية أمام تحدي ...`: the observers say what the victory means, not what he
    // announced; his statement ends before their clause, and they are no link of his.
    let doc = analyze("وأعلن العبادي , الأسبوع الماضي , انتصار القوات العراقية بشكل كامل على تنظيم \" الدولة \" المتشدد , ما يضع , بحسب مراقبين , الدولة العراقية أمام تحدي التعامل مع عشرات الميليشيات المسلحة .");
    assert_eq!(
        chains_and_contents(&doc),
        [
            (
                "العبادي".to_string(),
                "انتصار القوات العراقية بشكل كامل على تنظيم \" الدولة \" المتشدد"
            ),
            (
                "مراقبين".to_string(),
                "ما يضع , بحسب مراقبين , الدولة العراقية أمام تحدي التعامل مع عشرات الميليشيات المسلحة"
            ),
        ],
        "{:#?}",
        doc.statements
    );
    // (`, بحسب كارتر , من جهته قال يعالون`: a new report after it, the phrase closes its clause.)
    let doc = analyze("وصرح كارتر بأنهما ناقشا الأحداث في سوريا , التي تشكل مصدر قلق للولايات المتحدة , بحسب كارتر , من جهته قال يعالون إن حالة عدم الاستقرار ستستمر .");
    assert_eq!(
        speakers(&doc).last().map(String::as_str),
        Some("يعالون"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_one_word_object_after_a_described_name_is_no_part_of_the_subject() {
    // gold-p (R-346-2): `ووصف الرئيس الفرنسي إيمانويل ماكرون القرار ب - " المؤسف "`.
    let doc = analyze("ووصف الرئيس الفرنسي إيمانويل ماكرون القرار ب - \" المؤسف \" , ودعا إلى \" تجنب العنف بأي ثمن \" .");
    assert_eq!(speakers(&doc), ["إيمانويل ماكرون"], "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("القرار"));
}

#[test]
fn an_official_of_a_body_re_describes_the_last_person_speaker() {
    // gold-o (R-506-2): `وقال بدر ... . وفي تداعيات القرار الأخير رأى المسؤول في التنظيم
    // الفلسطيني أن ...`: the body's origin is no origin of his to check.
    let doc = analyze("وقال مسؤول الجبهة الشعبية في المخيم أركان بدر إن \" الوكالة تعتزم وقف الإغاثة \" .\nوفي تداعيات القرار الأخير رأى المسؤول في التنظيم الفلسطيني أن \" النتائج ستكون مأساوية \" .");
    let who = speakers(&doc);
    assert_eq!(who.len(), 2, "{:#?}", doc.statements);
    assert_eq!(who[1], who[0], "{:#?}", doc.statements);
}

#[test]
fn a_title_written_beside_a_speaker_s_name_is_that_speaker_again() {
    // gold-r (R-454-2): `أضاف فاتح حسون عضو وفد الفصائل المسلحة , ووفد الهيئة العليا للتفاوض
    // ... . وأكد عضو وفد الهيئة العليا للتفاوض أنه ...`.
    let doc = analyze("وقال فاتح حسون عضو وفد الفصائل المسلحة , ووفد الهيئة العليا للتفاوض , إن الدول المشاركة ستكون محايدة .\nوأكد عضو وفد الهيئة العليا للتفاوض أنه لم يكن هناك أي طرح لأسماء دول .");
    let who = speakers(&doc);
    assert_eq!(who.len(), 2, "{:#?}", doc.statements);
    assert_eq!(who[1], who[0], "{:#?}", doc.statements);
    // (Not a title another person's name stands nearer to, nor one of another origin.)
    let doc = analyze("وقال وزير الخارجية القطري خالد العطية ونظيره الأميركي جون كيري إن الاجتماع كان مثمرا .\nوأوضح وزير الخارجية الأميركي أن الاتفاقية ليست مبنية على توقعات .");
    assert_ne!(
        speakers(&doc).last().map(String::as_str),
        Some("خالد العطية"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_body_s_kind_noun_points_back_to_the_listed_body_of_that_kind() {
    // gold-h (V-306-6): `وترى الحركة` after `حماس`, which is listed as `حركة حماس` too.
    let doc = analyze("وقالت حماس في بيان إن الاتفاق خطوة مهمة .\nوترى الحركة أن المدخل لإنهاء الانقسام يكمن في تشكيل حكومة وحدة وطنية .");
    assert_eq!(speakers(&doc), ["حماس", "حماس"], "{:#?}", doc.statements);
    // (Not an army: `الجيش` is as often another country's.)
    let doc = analyze("وهاجم الجيش السوري الحر مواقع التنظيم في ريف حلب .\nوفي العراق , قال الجيش إن قواته طردت مقاتلي التنظيم .");
    assert_ne!(
        speakers(&doc).last().map(String::as_str),
        Some("الجيش السوري الحر"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_listed_foreign_surname_alone_names_its_person() {
    // gold-p (R-346-2): `والآن تصريح ترامب بأن القدس عاصمة للدولة الاسرائيلية`: the tagger,
    // trained on older news, does not know the name; the people list does.
    let doc = analyze(
        "ومنع المسلمين من إقامة صلاة الجمعة , والآن تصريح ترامب بأن القدس عاصمة للدولة الاسرائيلية .",
    );
    assert_eq!(speakers(&doc), ["ترامب"], "{:#?}", doc.statements);
    assert!(doc
        .entities
        .iter()
        .any(|e| e.text == "ترامب" && e.id.as_deref() == Some("gazetteer:person/donald-trump")));
}

#[test]
fn a_representative_or_adviser_of_a_named_person_is_not_that_person() {
    // SaudiNewsNet 2015-08-06-342, 2015-07-23-78 (shortened): `اتهم ممثل خامنئي في مدينة مشهد`;
    // `وتقول مستشارة أوباما لمكافحة الإرهاب ليزا موناكو`.
    let doc =
        analyze("واتهم ممثل خامنئي في مدينة مشهد فرنسا بالاحتيال على إيران في صناعة السيارات .");
    assert!(
        !speakers(&doc)
            .iter()
            .any(|s| s.contains("خامنئي") && !s.contains("ممثل")),
        "{:#?}",
        doc.statements
    );
    let doc = analyze("وتقول مستشارة أوباما لمكافحة الإرهاب ليزا موناكو في بيان إن أوباما لا يزال ملتزما بإغلاق السجن .");
    assert_eq!(speakers(&doc), ["ليزا موناكو"], "{:#?}", doc.statements);
}

#[test]
fn the_narrator_s_note_on_what_words_answered_ends_them_and_their_owner_speaks_after_min() {
    // gold-n (R-233-9): `... وإنهم غزاة في المنطقة وذلك ردا على تصريحات لبارزاني هذا الاسبوع
    // قال فيها ان كركوك مدينة كردية`; SaudiNewsNet 2015-08-09-620: `تصريحات من وزير الخارجية
    // القطري قال فيها إن`.
    let doc = analyze("وقال مسعود بارزاني إن الاستفتاء سيجري في موعده .\nوانتقد إردوغان إدراج مدينة كركوك في الاستفتاء قائلا إن الأكراد لا شرعية لهم هناك وإنهم غزاة في المنطقة وذلك ردا على تصريحات لبارزاني هذا الاسبوع قال فيها ان كركوك مدينة كردية .");
    assert_eq!(
        chains_and_contents(&doc)[1..],
        [
            (
                "إردوغان".to_string(),
                "الأكراد لا شرعية لهم هناك وإنهم غزاة في المنطقة"
            ),
            ("مسعود بارزاني".to_string(), "كركوك مدينة كردية"),
        ],
        "{:#?}",
        doc.statements
    );
    let doc = analyze("قالت مصر اليوم السبت إنها ترفض تدخل قطر في شؤونها الداخلية وذلك ردا على تصريحات من وزير الخارجية القطري قال فيها إن بلاده مستعدة للتوسط .");
    assert_eq!(
        speakers(&doc),
        ["مصر", "وزير الخارجية القطري"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_generic_official_s_origin_may_be_read_off_the_title_before_the_name() {
    // gold-p (R-298-0): `رئيس هيئة الأركان العامة للقوات المسلحة الروسية فاليرى جيراسيموف ,
    // الذى كشف عن أنه ... . وشدد المسؤول العسكرى الروسى الرفيع على أن ...`.
    let doc = analyze("يجيب عن هذا السؤال رئيس هيئة الأركان العامة للقوات المسلحة الروسية فاليرى جيراسيموف , الذى كشف عن أنه تم القضاء على نحو 60 ألفا من المسلحين .\nوشدد المسؤول العسكرى الروسى الرفيع على أن معظم المسلحين هربوا إلى ليبيا .");
    assert_eq!(
        speakers(&doc),
        ["فاليرى جيراسيموف", "فاليرى جيراسيموف"],
        "{:#?}",
        doc.statements
    );
    // (A title of another origin still keeps him out: `المسؤول العسكري الأمريكي`.)
    let doc = analyze("يجيب عن هذا السؤال رئيس هيئة الأركان العامة للقوات المسلحة الروسية فاليرى جيراسيموف , الذى كشف عن أنه تم القضاء على نحو 60 ألفا من المسلحين .\nوشدد المسؤول العسكري الأمريكي على أن معظم المسلحين هربوا إلى ليبيا .");
    assert_ne!(
        speakers(&doc).last().map(String::as_str),
        Some("فاليرى جيراسيموف"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_dropped_subject_after_when_is_the_subject_of_the_clause_it_hangs_on() {
    // gold-p (R-298-0): `... ما أعلنه الرئيس الروسى فلاديمير بوتين بعد واقعة إسقاط الطائرة ...
    // , حين قال إن أردوغان يساعد تنظيم داعش`, after another man's statements.
    let doc = analyze("وقال لافروف إن الوضع صعب .\nوتعيد الشهادة إلى الأذهان ما أعلنه الرئيس الروسي فلاديمير بوتين بعد إسقاط الطائرة الروسية يوم 24 نوفمبر 2015 , حين قال إن أردوغان يساعد التنظيم .");
    assert_eq!(
        speakers(&doc),
        ["لافروف", "فلاديمير بوتين"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_name_before_a_past_verb_of_its_own_or_a_bare_title_before_a_cue_is_the_subject() {
    // gold-o (V-483-0): `الكرملين عبر عن " قلق بالغ " من الأحداث في تركيا , وقال إنه ...`
    // (`عبر عن` "expressed", not "via"); `وزير الخارجية قال إن ...`.
    let doc = analyze("وقال جون كيري إن الوضع خطير .\nالكرملين عبر عن \" قلق بالغ \" من الأحداث في تركيا , وقال إنه وجه المسؤولين لمساعدة المواطنين .\nوزير الخارجية قال إن بلاده تؤكد دعمها للحكومة .");
    assert_eq!(
        speakers(&doc),
        ["جون كيري", "الكرملين", "وزير الخارجية"],
        "{:#?}",
        doc.statements
    );
    // (`عبر` before a noun is "via": no subject.)
    let doc = analyze("وقال جون كيري إن الوضع خطير .\nالرسائل عبر البريد وصلت , وقال إنه وجه المسؤولين لمساعدة المواطنين .");
    assert_eq!(
        speakers(&doc),
        ["جون كيري", "جون كيري"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_country_after_but_with_a_relative_clause_is_the_subject_of_the_verb_after_it() {
    // gold-p (R-280-3): `, الا ان اسرائيل التي تحصل على مساعدات ... , قالت انها ستكون ...`.
    let doc = analyze("وقال وزير الدفاع الاسرائيلي افيغدور ليبرمان في بيان ان \" الطائرات تشكل عنصرا اضافيا \" .\nوفي الوقت الذي تقدمت دول اخرى بطلب شراء هذه الطائرات , الا ان اسرائيل التي تحصل على مساعدات عسكرية أميركية تبلغ قيمتها اكثر من ثلاثة مليارات دولار سنويا , قالت انها ستكون اول دولة تحصل على سرب جاهز .");
    assert_eq!(speakers(&doc)[1], "إسرائيل", "{:#?}", doc.statements);
}

#[test]
fn a_relative_clause_that_keeps_a_source_anonymous_is_no_report_and_no_speaker() {
    // gold-p (R-305-7): `وأفاد ... روبرت فيسك أن أحد ضباط الميليشيا المارونية الذي رفض كشف
    // هويته قال إن ...`: a nested report past the relative clause; SaudiNewsNet 2015-07-21-2434:
    // `المسؤول العراقي الذي رفض ذكر اسمه قال إن`.
    let doc = analyze("وأفاد الصحافي البريطاني روبرت فيسك أن أحد ضباط الميليشيا المارونية الذي رفض كشف هويته قال إن أفراد الميليشيا قتلوا ( 2000 ) فلسطيني .");
    assert_eq!(
        chains_and_contents(&doc),
        [(
            "روبرت فيسك > أحد ضباط الميليشيا المارونية".to_string(),
            "أفراد الميليشيا قتلوا ( 2000 ) فلسطيني"
        )],
        "{:#?}",
        doc.statements
    );
    let doc =
        analyze("المسؤول العراقي الذي رفض ذكر اسمه قال إن رئيس الأركان طالب بالحفاظ على الالتزام .");
    assert_eq!(speakers(&doc), ["المسؤول العراقي"], "{:#?}", doc.statements);
}

#[test]
fn the_present_tense_after_a_quote_and_its_comma_names_the_speaker() {
    // gold-r (R-429-1): `... مما يجعل تهريب الأسلحة " أمرا بالغ الصعوبة ... لمنظومة المراقبة " ,
    // يقول الخبير العسكري .`; SaudiNewsNet 2015-07-22-46: `«...»، يقول إيلي داغر.`
    let doc = analyze("وتضاف لهذه المراقبة البحرية أخرى جوية , مما يجعل تهريب الأسلحة \" أمرا بالغ الصعوبة , ولو وقع هذا التهريب , فسيكون علامة فشل كبيرة لمنظومة المراقبة \" , يقول الخبير العسكري .\n\" لم أفكر في شريحة الناس التي أرغب في التوجه إليها \" , يقول إيلي داغر .");
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert!(doc.statements[0]
        .content
        .text
        .starts_with("وتضاف لهذه المراقبة"));
    assert_eq!(doc.statements[1].quote, QuoteKind::Direct);
    assert_eq!(
        doc.statements[1].content.text,
        "لم أفكر في شريحة الناس التي أرغب في التوجه إليها"
    );
    // (Not without the comma: `" ... " يقول` may be a headline's verb.)
    let doc = analyze("\" الوضع صعب جدا \" يقول الخبير العسكري .");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn a_present_tense_verb_of_saying_set_off_by_commas_sources_its_sentence() {
    // gold-r (R-429-1): `يمكن للحوثيين تطوير هذه الصواريخ محليا ... , لكن هذا التطوير , يردف
    // الخبير العسكري , يؤثر سلبا على الرأس الحربي ...`.
    let doc = analyze("يمكن للحوثيين تطوير هذه الصواريخ محليا حتى تتم الزيادة في مداها , لكن هذا التطوير , يردف الخبير العسكري , يؤثر سلبا على الرأس الحربي وعلى دقة الوصول إلى الأهداف .");
    assert_eq!(speakers(&doc), ["الخبير العسكري"], "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("يمكن للحوثيين"));
    assert!(doc.statements[0].content.text.ends_with("إلى الأهداف"));
    // (A past verb after an opener heads a plain report: `, قال X , في خطاب`.)
    let doc = analyze("وفي غضون ذلك وبعد ساعات , قال الرئيس اليمني عبد ربه منصور هادي , في خطاب ألقاه أمس , إن الحرب ستنتهي .");
    assert!(
        !doc.statements
            .iter()
            .any(|s| s.content.text.starts_with("وفي غضون")),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn when_and_a_manner_phrase_are_no_speakers() {
    // gold-t (R-387-0, V-250-2): `وهو ما اعترف به مؤخرا حين قال إنه " ... "`; `وكان العيساوي
    // يدعو بشكل متكرر لاستقالة رئيس الوزراء المالكي قائلا أنه ...`.
    let doc = analyze("وكان ترامب منتقدا للسعودية , إلا أن تفضيلاته لم تؤثر في السياسة , وهو ما اعترف به مؤخرا حين قال إنه \" لكن فيما يتعلق باللهجة فقط \" .");
    assert_eq!(speakers(&doc), ["ترامب"], "{:#?}", doc.statements);
    let doc = analyze("وكان العيساوي يدعو بشكل متكرر لاستقالة رئيس الوزراء المالكي قائلا أنه يحاول بناء نظام ديكتاتوري في البلاد .");
    assert_eq!(speakers(&doc), ["العيساوي"], "{:#?}", doc.statements);
}

#[test]
fn holding_someone_responsible_reports_and_carrying_does_not() {
    // gold-o (R-397-4), gold-t (V-44-4): `, محملا السعودية " المسؤولية الكاملة عن ... "`;
    // `وحمل جمال سليمان مسؤولية سقوط حلب الى الرهانات الخاطئة`.
    let doc = analyze("وقال مملوك إن التواصل بات يحتاج إلى وساطة , محملا السعودية \" المسؤولية الكاملة عن كل ما جرى في سوريا \" .\nوحمل جمال سليمان مسؤولية سقوط حلب الى الرهانات الخاطئة التي سارت وراءها القوى المسلحة .\nوحمّلت الحكومة اليمنية الحوثيين المسؤولية عن تدهور الأوضاع .");
    assert_eq!(
        chains_and_contents(&doc)[1..],
        [
            (
                "مملوك".to_string(),
                "السعودية \" المسؤولية الكاملة عن كل ما جرى في سوريا"
            ),
            (
                "جمال سليمان".to_string(),
                "مسؤولية سقوط حلب الى الرهانات الخاطئة التي سارت وراءها القوى المسلحة"
            ),
            (
                "الحكومة اليمنية".to_string(),
                "الحوثيين المسؤولية عن تدهور الأوضاع"
            ),
        ],
        "{:#?}",
        doc.statements
    );
    // (`حمل` is "carried" without a responsibility, or with one it bears itself.)
    let doc = analyze("وحمل المقاتلون أسلحة خفيفة في المدينة .\nوالهيئة التي حملت هذه المسؤولية تعمل لخدمة الوطن .");
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn a_sentence_where_the_narrator_reports_again_ends_the_quotation_before_it() {
    // (SaudiNewsNet, gold-w: the writer closed the quotation one sentence late, or never.)
    let doc = analyze(
        "وقالت المصادر لـ«الشرق الأوسط»، إن «اتفاقا كاملا جرى بين الطرفين حول كيفية معالجة الوضع في المنطقة الحدودية. وقالت المصادر إن الإرهاب لا يقتصر على «داعش»، بل يتعداه إلى جماعات أخرى»، في إشارة إلى جماعات مسلحة كردية.\nوقال النائب: «الأمن الخليجي مستقر ولله الحمد والمنة. وأضاف أن تلك المنظمات الإرهابية تسعى للنيل من أمن المملكة.",
    );
    let contents: Vec<(String, &str)> = chains_and_contents(&doc);
    assert_eq!(contents.len(), 4, "{contents:#?}");
    assert!(contents[0].1.ends_with("المنطقة الحدودية"), "{contents:#?}");
    assert!(contents[1].1.starts_with("الإرهاب لا يقتصر"), "{contents:#?}");
    assert!(
        contents[2].1.ends_with("ولله الحمد والمنة"),
        "{contents:#?}"
    );
    assert!(contents[3].1.starts_with("تلك المنظمات"), "{contents:#?}");
    assert_eq!(speakers(&doc)[2..], ["النائب", "النائب"]);
    // (A third party the speaker quotes after a comma stays inside his words.)
    let doc = analyze(
        "ثم تابع : \" بنى سليمان هيكله هناك , وقالت اليونسكو قبل عام أنه لا علاقة لنا به \" .",
    );
    assert!(
        doc.statements[0].content.text.ends_with("لا علاقة لنا به"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_belief_verb_or_a_time_adverb_after_the_cue_is_no_subject() {
    // (SaudiNewsNet: `وعن الأسعار قال أعتقد أنها`، `أعلنت أخيرا أن`.)
    let doc = analyze(
        "وقال المسؤول في أحد المطابخ إن الطلب ارتفع في العيد. وعن الأسعار قال أعتقد أنها مناسبة فليس هناك تغير.\nوكانت فيدريكا موغيريني قد أعلنت أخيرا أن الاتحاد الأوروبي مستعد لفرض عقوبات.",
    );
    assert_eq!(
        speakers(&doc),
        [
            "المسؤول في أحد المطابخ",
            "المسؤول في أحد المطابخ",
            "فيدريكا موغيريني"
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn what_a_thing_depends_on_or_a_belief_after_hasab_is_no_source() {
    // (SaudiNewsNet: `إلا بحسب قوة المعرض, وحسب موضوعها`، `بحسب قناعتهم`.)
    let doc = analyze(
        "وأضاف عبدالعزيز الزهراني أن هناك حضورا جيدا في المعارض, منوها بأن الإعلام لا يتفاعل معها إلا بحسب قوة المعرض, وحسب موضوعها مثل معرض \"روح القيادة\" الذي شارك فيه 25 فنانا.\nويقاتل هؤلاء بحسب قناعتهم دفاعا عن الدولة.",
    );
    for s in &doc.statements {
        assert_eq!(chain(s), ["عبدالعزيز الزهراني"], "{:#?}", doc.statements);
    }
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
}

#[test]
fn an_office_with_its_seat_and_rank_reaches_its_holders_name() {
    // (SaudiNewsNet, gold-ac: `بمنطقة جازان بالإنابة الرائد ...`، `بالمنطقة، المقدم ...`; a
    // king in a place's name is no holder.)
    let doc = analyze(
        "من جهة أخرى، أوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان بالإنابة الرائد محمد بن حسن آل صمغان أنه في تمام الساعة الثالثة باشرت الفرق بلاغا.\nوأوضح المتحدث الرسمي لمديرية الدفاع المدني بالمنطقة، المقدم علي عمير آل جرمان في تصريح صحفي، أنه عند الساعة العاشرة أطلقت الميليشيات قذائف.\nوأوضح مدير مستشفى النساء والولادة بمدينة الملك سعود الطبية، أن التخصصات الدقيقة تشمل وحدة جديدة.",
    );
    assert_eq!(
        speakers(&doc),
        [
            "محمد بن حسن آل صمغان",
            "علي عمير آل جرمان",
            "مدير مستشفى النساء والولادة"
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_definite_word_after_a_full_name_is_the_verbs_object() {
    // (SaudiNewsNet, gold-ac: `حذر آل جرمان الأهالي من التجمهر، مؤكدا`; a given name alone goes
    // on with the family name the tagger missed.)
    let doc = analyze(
        "وأوضح المقدم علي عمير آل جرمان أن القذائف سقطت في أرض فضاء.\nإلى ذلك، حذر آل جرمان الأهالي من التجمهر، مؤكدا أن الوضع مطمئن في المنطقة.",
    );
    let last = doc.statements.last().expect("a statement");
    assert_eq!(
        last.chain.last().map(|l| l.text.as_str()),
        Some("آل جرمان"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn abana_reports_and_ibbana_is_during() {
    // (SaudiNewsNet, gold-ab: `من جهته أبان ... أن`; `إبان` "during" is no cue.)
    let doc = analyze(
        "من جهته أبان وكيل الجامعة للتطوير الأكاديمي الدكتور راشد الحمالي أن جامعة حائل كانت سباقة في تأهيل خريجيها.\nوكان اللاعب قد رفض الخضوع لاختبار الكشف عن المخدرات إبان تواجده مع العميد حيث قال في تصريحات نقلتها الصحف البرازيلية : \" كنت على خلاف مع رئيس النادي \" .",
    );
    let found: Vec<(String, &str)> = doc
        .statements
        .iter()
        .map(|s| (chain(s).join(" > "), s.cue.text.as_str()))
        .collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0], ("راشد الحمالي".to_string(), "أبان"));
    assert_eq!(found[1].1, "قال");
}

#[test]
fn the_issuer_of_a_statement_in_a_relative_clause_says_what_follows_it() {
    // (SaudiNewsNet, gold-ab: `جاء ذلك في البيان الذي أصدره ... وقال فيه: إن`; `فيه` ends the
    // subject.)
    let doc = analyze(
        "جاء ذلك في البيان الذي أصدره الدكتور عبدالله التركي، الأمين العام للرابطة، وقال فيه: إن رابطة العالم الإسلامي تابعت بأسى التصريحات.\nوقال التركي فيه: إن الرابطة ترفض هذه الاتهامات.",
    );
    assert_eq!(
        speakers(&doc),
        ["عبدالله التركي", "عبدالله التركي"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn an_an_clause_still_opens_when_the_adjuncts_use_up_their_budget_on_its_comma() {
    // (SaudiNewsNet, gold-ab: a sermon's place and time between the verb and `، أن «`.)
    let doc = analyze(
        "وأضاف آل الشيخ خلال خطبة الجمعة التي ألقاها في جامع الإمام تركي بن عبد الله وسط الرياض أمس، أن «إصلاح الشباب من الأمور التي يجب التنافس عليها».",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert!(doc.statements[0].content.text.starts_with("إصلاح الشباب"));
}

#[test]
fn a_stalled_project_is_a_claim_object() {
    // (SaudiNewsNet, gold-ab: `وأكد تعثر مشروعين حيويين`.)
    let doc = analyze(
        "وقال المهندس عبدالعظيم الخاطر إن النتائج لم تكن بالمستوى المطلوب.\nوأكد تعثر مشروعين حيويين في المحافظة بسبب إشكاليات نزع الملكية.",
    );
    assert_eq!(doc.statements.len(), 2, "{:#?}", doc.statements);
    assert!(doc.statements[1].content.text.starts_with("تعثر مشروعين"));
}

#[test]
fn a_body_written_with_li_after_a_tally_or_statistics_is_the_source() {
    // (SaudiNewsNet, gold-ac: `بحسب الإحصائيات الرسمية لمجموعة العمل من أجل فلسطينيي سوريا`;
    // the name starts after the ل it is written with.)
    let doc = analyze(
        "وقتل خمسة مدنيين في القصف بحسب حصيلة للمرصد السوري لحقوق الإنسان .\nوقضت الطفلة فاطمة الحسين جراء الحصار ، وذلك بحسب الإحصائيات الرسمية لمجموعة العمل من أجل فلسطينيي سوريا .",
    );
    assert_eq!(
        doc.statements
            .iter()
            .map(|s| s.chain.last().map_or("", |l| l.canonical.as_str()))
            .collect::<Vec<_>>(),
        [
            "المرصد السوري لحقوق الإنسان",
            "مجموعة العمل من أجل فلسطينيي سوريا"
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_fa_inna_after_an_attribution_phrase_opens_what_it_sources() {
    // (SaudiNewsNet, gold-x: `..., ووفقا للوثيقة التي تم اعتمادها مؤخرا، وحصلت «المدينة» على
    // نسخة منها، فإنها تغطي`: the clause before is the paper's own news.)
    let doc = analyze(
        "اعتمد مجلس الضمان الصحي التعاوني وثيقة زائر للتأمين الطبي بحد أقصى يبلغ 100 ألف ريال، ووفقا للوثيقة التي تم اعتمادها مؤخرا، وحصلت «المدينة» على نسخة منها، فإنها تغطي جميع مصروفات الكشف الطبي.\nوتراجعت الأسعار ، ووفقا للفقرة (2) من أحكام المادة السادسة فإنه يجب على الشركة الالتزام بالتسعير.",
    );
    assert_eq!(doc.statements.len(), 1, "{:#?}", doc.statements);
    assert_eq!(
        doc.statements[0].content.text,
        "تغطي جميع مصروفات الكشف الطبي"
    );
    assert_eq!(chain(&doc.statements[0]), ["الوثيقة"]);
}

#[test]
fn a_paper_in_brackets_after_alima_is_the_outer_link() {
    // (SaudiNewsNet: `وعلمت (المدينة) من مصادر مطلعة أن`، `وعلمت (اليوم) أن`.)
    let doc = analyze(
        "وعلمت (المدينة) من مصادر مطلعة أن سداد قيمة بوليصة التأمين سيكون أحد متطلبات التأشيرة.\nوعلمت (اليوم) أن اللجنة ستجتمع غدا.",
    );
    assert_eq!(
        chains_and_contents(&doc)
            .into_iter()
            .map(|(c, _)| c)
            .collect::<Vec<_>>(),
        ["المدينة > مصادر مطلعة", "اليوم"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn the_preacher_goes_on_after_the_scripture_he_cites() {
    // (SaudiNewsNet sermons: `قال صلى الله عليه وسلم` after a clause with its own subject is
    // the Prophet; `وبين أن` after a verse is the preacher, never God.)
    let doc = analyze(
        "وأكد المفتي أن الرشوة مال حرام، قال تعالى: (ولا تأكلوا أموالكم بينكم بالباطل). وبين أن المؤمن يسيطر على نفسه أمام مغريات الدنيا، ولا يقبل الرشوة، قال صلى الله عليه وسلم :”لعن الله الراشي والمرتشي”.",
    );
    assert_eq!(
        speakers(&doc),
        ["المفتي", "الله", "المفتي", "النبي محمد"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn also_more_than_once_and_a_demonstrative_object_are_no_subject() {
    // (SaudiNewsNet: `وأضافت كذلك، أن`، `أعلنتا أكثر من مرة أنهما`، `وقد أكدت ذلك والدتها
    // وأفادت أن`.)
    let doc = analyze(
        "وقالت الممثلة نادين نجيم إن التعاون مهم. وأضافت كذلك، أن الشركة كانت تهدف إلى الربح.\nوقال مدير المستشفى إن الطفلة توفيت قبل حضورها.\nوقد أكدت ذلك والدتها وأفادت أن توقف التنفس حدث قبل نصف ساعة.",
    );
    assert_eq!(
        speakers(&doc),
        ["نادين نجيم", "نادين نجيم", "مدير المستشفى", "والدتها"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn the_one_who_had_already_said_is_the_object_of_sabaqa() {
    // (SaudiNewsNet: `وسبق لوسائل إعلام إسبانية أن ذكرت أن`، `وسبق لليفربول أن ألمح إلى`.)
    let doc = analyze(
        "وسبق لوزير الخارجية الروسي سيرغي لافروف أن قال إن موسكو لن تتدخل.\nوسبق لوسائل إعلام إسبانية أن ذكرت أن راموس يريد ترك ريال مدريد.\nوكان وزير الخارجية التركي قد سبق له أن قال إن أنقرة لن تتدخل.",
    );
    assert_eq!(
        speakers(&doc),
        ["سيرغي لافروف", "وسائل إعلام إسبانية", "وزير الخارجية التركي"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn as_someone_said_after_a_comma_sources_the_clause_before() {
    // (SaudiNewsNet, gold-w: `...، كما أبلغت مصادر محلية «الشرق الأوسط»، وهو ما`; wire copy:
    // `...، كما قال مسؤول أمني لرويترز.`)
    let doc = analyze(
        "اختبر تنظيم داعش الحدود بمهاجمته مركزا تركيا، مما أدى إلى رد تركي عنيف، كما أبلغت مصادر محلية «الشرق الأوسط»، وهو ما لم يعلنه الجيش التركي.\nوقتل ثلاثة جنود في هجوم على حاجز للجيش، كما قال مسؤول أمني لرويترز.\nوأبلغ مصدر أمني «عكاظ» أن التنظيم هاجم مركزا.",
    );
    let found = chains_and_contents(&doc);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(found[0].0, "الشرق الأوسط > مصادر محلية");
    assert!(found[0].1.starts_with("اختبر تنظيم داعش"));
    assert!(found[0].1.ends_with("رد تركي عنيف"));
    assert_eq!(found[1].0, "رويترز > مسؤول أمني");
    assert_eq!(found[2].0, "عكاظ > مصدر أمني");
}

#[test]
fn an_office_after_a_name_is_no_part_of_it() {
    // (SaudiNewsNet: `راشد بن عبدالله آل خليفة وزير الداخلية`، `محمد الحمادي رئيس تحرير
    // صحيفة «الاتحاد»`; `محمد رحيم أمين ،` ends on a name that is also a title.)
    let doc = analyze(
        "أكد الفريق الركن الشيخ راشد بن عبدالله آل خليفة وزير الداخلية بمملكة البحرين، أن التدخلات الإيرانية مرفوضة.\nوقال محمد رحيم أمين، حاكم منطقة بركي براك، أمس إن الهجوم وقع فجرا.",
    );
    assert_eq!(
        speakers(&doc),
        ["راشد بن عبدالله آل خليفة", "محمد رحيم أمين"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn the_holders_name_after_an_office_is_the_subject_a_later_cue_takes() {
    // (SaudiNewsNet: `صرح بذلك محافظ الطائف فهد بن معمر، وأكد أن`.)
    let doc = analyze("صرح بذلك محافظ الطائف فهد بن معمر، وأكد أن جميع الاستعدادات قد استكملت.");
    assert_eq!(speakers(&doc), ["فهد بن معمر"], "{:#?}", doc.statements);
}

#[test]
fn papers_of_a_country_are_not_the_official_of_that_country_again() {
    // (SaudiNewsNet wire copy: `وصرح مسؤول تركي ... لوكالة فرانس برس ... وأوردت الصحف التركية
    // أمس أن`.)
    let doc = analyze(
        "وصرح مسؤول تركي رفض الكشف عن هويته لوكالة فرانس برس إن منفذ الهجوم رجل في العشرين. وأوردت الصحف التركية أمس الأربعاء أن الشاب التحق بصفوف تنظيم داعش قبل شهرين فقط.",
    );
    assert_eq!(
        chains_and_contents(&doc)
            .into_iter()
            .map(|(c, _)| c)
            .collect::<Vec<_>>(),
        ["فرانس برس > مسؤول تركي", "الصحف التركية"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn this_paper_as_the_one_spoken_to_is_two_words() {
    // (SaudiNewsNet: `فقد أبان في حديث لهذه الصحيفة نشر الأحد الماضي، أنه`.)
    let doc = analyze(
        "أما المدرب الحالي للمنتخب فيصل البدين فقد أبان في حديث لهذه الصحيفة نشر الأحد الماضي، أنه لا مشكلة لديه.",
    );
    assert_eq!(
        doc.statements[0].chain.first().map(|l| l.text.as_str()),
        Some("هذه الصحيفة"),
        "{:#?}",
        doc.statements
    );
}

#[test]
fn the_topic_after_amma_speaks_and_what_amma_an_is_about_does_not() {
    // (SaudiNewsNet: `أما المحامية بيان زهران فبينت: أن`، `أما المدرب ... فيصل البدين فقد أبان`;
    // `أما عن الروماني سان مارتيان فقال` is the speaker before talking about him; the feminine of
    // a trade is no re-description of the man before, `المحامية` after `المحامي`.)
    let doc = analyze(
        "وقال المحامي محمد الديني إن العقوبات تخضع لاجتهاد القاضي. أما المحامية سارة زهران فبينت: أن عدم وضع قانون يعود إلى أسباب.\nوقال المتحدث إنهم سيتعاقدون مع مدرب. أما المدرب الحالي للمنتخب فيصل البدين فقد أبان أنه لا مشكلة لديه.\nوأكد منصور البلوي أنهم سيحضرون لاعبين، أما عن الروماني سان مارتيان فقال: «سننتظر حتى نجلب أفضل منه».",
    );
    assert_eq!(
        speakers(&doc),
        [
            "محمد الديني",
            "سارة زهران",
            "المتحدث",
            "فيصل البدين",
            "منصور البلوي",
            "منصور البلوي"
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn god_willing_is_no_part_of_the_speaker() {
    // (SaudiNewsNet weather reports: `توقعت الرئاسة العامة للأرصاد وحماية البيئة بمشيئة الله
    // تعالى, أن`.)
    let doc = analyze(
        "توقعت الرئاسة العامة للأرصاد وحماية البيئة بمشيئة الله تعالى, أن تكون الفرصة مهيأة لهطول أمطار رعدية.",
    );
    assert_eq!(
        speakers(&doc),
        ["الرئاسة العامة للأرصاد وحماية البيئة"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_verse_in_brackets_after_gods_name_is_his_and_its_own_reports_are_not_the_articles() {
    // (SaudiNewsNet, gold-ab: `حيث يقول تعالى (وقالوا ان نتبع الهدى ...) صدق الله العظيم`, no
    // colon; `قوله سبحانه (واذ قال ابراهيم رب ...)`: the report inside the verse is scripture.)
    let doc = analyze(
        "وذلك من فضل الله، حيث يقول تعالى (وقالوا ان نتبع الهدى معك نتخطف من أرضنا) صدق الله العظيم.\nفطوبى لمن كان مع قوله سبحانه (واذ قال ابراهيم رب اجعل هذا البلد آمنا واجنبني وبني أن نعبد الأصنام) صدق الله العظيم.",
    );
    assert_eq!(
        chains_and_contents(&doc),
        [(
            "الله".to_string(),
            "وقالوا ان نتبع الهدى معك نتخطف من أرضنا"
        )],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn peace_be_upon_him_after_the_verb_is_the_prophet() {
    // (SaudiNewsNet sermons: `قال عليه السلام "`، `يقول عليه الصلاة والسلام:`.)
    let doc = analyze(
        "وبين الشيخ أن المؤمن يصبر على المصائب، يقول عليه الصلاة والسلام: \"عجبا لأمر المؤمن\". وأضاف أن الصبر عبادة.",
    );
    assert_eq!(
        speakers(&doc),
        ["الشيخ", "النبي محمد", "الشيخ"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_dropped_subject_continues_the_office_holder_of_the_sentence_before() {
    // (Pattern of SaudiNewsNet sports and foreign news, written for the test: the office's
    // complement, `وزير الخارجية`, and the holder's own title after a body, `رئيس نادي النصر
    // الأمير`, stand between the verb and the name.)
    let doc = analyze(
        "التقى وزير الخارجية عادل الجبير نظيره الإيراني أمس. وقال إن المحادثات كانت صريحة.\nحث رئيس نادي النصر الأمير فيصل بن تركي لاعبي الفريق على الفوز. وقال: «أنا على ثقة كبيرة بكم».",
    );
    assert_eq!(
        speakers(&doc),
        ["عادل الجبير", "فيصل بن تركي"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn an_abbreviated_title_inside_the_subject_leads_to_the_name() {
    // (`د.` "Dr" and `م.` "Eng" between an office and its holder, as Saudi papers write them.)
    let doc = analyze(
        "وأوضح المتحدث الرسمي لوزارة الصحة د. خالد مرغلاني أنه تم استكمال التجهيزات. وقال أمين المنطقة م. عادل الملحم إن المشروع اكتمل.",
    );
    assert_eq!(
        speakers(&doc),
        ["خالد مرغلاني", "عادل الملحم"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_relative_clause_reports_for_the_name_before_it() {
    // (Written for the test after SaudiNewsNet business and culture news: a quoted company name
    // after its kind and a feminine adjective of origin, which the tagger misses; `الذي قال عن
    // X :` with whom he spoke of before the colon.)
    let doc = analyze(
        "وظهرت خطوات خفض أعمق هذا الأسبوع، ومنها شركة \"سايبم\" الإيطالية التي قالت إنها ستخفض 8800 وظيفة.\nوكان من أبرز المغردين الرئيس الأمريكي باراك أوباما، الذي قال عن ستيوارت: \"كنت هدية عظيمة للبلاد\".",
    );
    let got = speakers(&doc);
    assert_eq!(got.len(), 2, "{:#?}", doc.statements);
    assert!(got[0].contains("سايبم"), "{got:?}");
    assert_eq!(got[1], "باراك أوباما");
}

#[test]
fn the_owner_of_a_fronted_speech_is_the_dropped_subject() {
    // (`وفي كلمة X ...، شكر ...، وقال`: written for the test after a SaudiNewsNet obituary of a
    // television show.)
    let doc = analyze(
        "وفي كلمة ستيوارت الختامية في البرنامج، شكر زملاءه وجمهوره، وقال: \"لا شيء ينتهي، إنها استمرارية\".",
    );
    assert_eq!(speakers(&doc), ["ستيوارت"], "{:#?}", doc.statements);
}

#[test]
fn a_title_alone_goes_back_to_the_man_whose_apposition_it_headed() {
    // (`وأضاف المتحدث` after `X المتحدث باسم الوزارة`; a title inside the apposition's
    // construct, `نائب رئيس الوزراء`, is not its head. Written for the test after SaudiNewsNet
    // and baly2018 reports.)
    let doc = analyze(
        "وقال بدر عبد العاطي المتحدث باسم وزارة الخارجية إن الوزير وصل. وأضاف المتحدث أن الوزير تناول الملفات.\nوقال بكر بوزداغ نائب رئيس الوزراء إن الاتصال مهم. وأكد الرئيس أن العلاقات قوية.",
    );
    let got = speakers(&doc);
    assert_eq!(
        got[..2],
        ["بدر عبد العاطي", "بدر عبد العاطي"],
        "{:#?}",
        doc.statements
    );
    assert_eq!(got[2], "بكر بوزداغ");
    assert_ne!(
        got.get(3).map(String::as_str),
        Some("بكر بوزداغ"),
        "{got:?}"
    );
}

#[test]
fn a_relay_from_the_tongue_of_someone_names_him_inside_the_outlet() {
    // (`نقل X على لسان Y قوله`، written for the test after SaudiNewsNet and baly2018.)
    let doc = analyze("ونقلت وكالة رويترز على لسان مسؤول أمريكي قوله إن المحادثات فشلت.");
    assert_eq!(
        chains_and_contents(&doc),
        [("رويترز > مسؤول أمريكي".to_string(), "المحادثات فشلت")],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_statement_issued_by_a_body_the_tagger_missed_is_that_bodys() {
    // (`بياناً صادراً عن الفرقة 30 جاء فيه`: written for the test after a SaudiNewsNet report.)
    let doc = analyze(
        "وتناقلت المواقع بياناً صادراً عن الفرقة 30 جاء فيه: «استنكرت قيادة الفرقة خطف العقيد».",
    );
    let got = speakers(&doc);
    assert_eq!(got.len(), 1, "{:#?}", doc.statements);
    assert!(got[0].starts_with("الفرقة"), "{got:?}");
}

#[test]
fn counting_it_as_reports_and_the_dual_returned_does_not() {
    // (`عاداً X Y` "counting X as Y", like `معتبرا`; `عادا من` / `قد عادا أمس` "the two
    // returned". Written for the test after SaudiNewsNet.)
    let doc = analyze(
        "وأكد الوزير أن المملكة حريصة على علاقاتها، عاداً استمرار الأزمة مرده إلى التدخل الخارجي.\nوقال دبلوماسي إن الوزيرين \"عادا من الدوحة بقدر من المهام\". وكان اللاعبان قد عادا أمس إلى الرياض.",
    );
    assert_eq!(
        chains_and_contents(&doc),
        [
            ("الوزير".to_string(), "المملكة حريصة على علاقاتها"),
            (
                "الوزير".to_string(),
                "استمرار الأزمة مرده إلى التدخل الخارجي"
            ),
            (
                "دبلوماسي".to_string(),
                "الوزيرين \"عادا من الدوحة بقدر من المهام"
            ),
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn honorifics_before_the_title_lead_to_the_name() {
    // (`صاحب السمو الملكي الأمير`: written for the test after SaudiNewsNet sports news.)
    let doc = analyze(
        "حث رئيس نادي النصر صاحب السمو الملكي الأمير فيصل بن تركي لاعبي الفريق على الفوز. وقال: أنا على ثقة كبيرة بكم.",
    );
    assert_eq!(speakers(&doc), ["فيصل بن تركي"], "{:#?}", doc.statements);
}

#[test]
fn growth_is_a_claim_after_a_pointing_verb() {
    // (`ولفت التقرير إلى نمو الاستهلاك`: written for the test after a SaudiNewsNet report.)
    let doc = analyze("ولفت التقرير إلى نمو الاستهلاك المحلي للنفط بنسبة كبيرة.");
    assert_eq!(
        chains_and_contents(&doc),
        [(
            "التقرير".to_string(),
            "نمو الاستهلاك المحلي للنفط بنسبة كبيرة"
        )],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_paper_named_by_a_common_word_learned_from_its_sources() {
    // (`وعلمت المدينة، من مصادر مطلعة أن`: the Saudi paper al-Madina, unquoted. Written for the
    // test after SaudiNewsNet.)
    let doc = analyze("وعلمت المدينة، من مصادر مطلعة أن رسوم التأمين ستكون شرطا للتأشيرة.");
    assert_eq!(
        chains_and_contents(&doc),
        [(
            "المدينة > مصادر مطلعة".to_string(),
            "رسوم التأمين ستكون شرطا للتأشيرة"
        )],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn noting_that_is_the_narrators_aside() {
    // (`علما أن` "noting that" after a pledge: no clause of the verb before, baly2018 R-506.)
    let doc = analyze(
        "ورغم مخاوف الوكالة من تقلص مواردها , فإنها وعدت باستمرار مساعدة الأسر التي لم تتسلم بيوتها علما أن 319 أسرة فقط عادت إلى منازلها .",
    );
    assert!(doc.statements.is_empty(), "{:#?}", doc.statements);
}

#[test]
fn a_phrase_with_its_waw_between_commas_sources_the_clause_after_it() {
    // (`..., وحسب التقرير , طالبت السلطات ...`: baly2018 V-625; the clause before is the
    // writer's.)
    let doc = analyze(
        "عمل الشيخ محمد لفترة موظفا في الوزارة , وحسب التقرير , طالبت السلطات الأمريكية مرارا بتوقيفه .",
    );
    assert_eq!(
        chains_and_contents(&doc),
        [(
            "التقرير".to_string(),
            "طالبت السلطات الأمريكية مرارا بتوقيفه"
        )],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn whereby_opens_the_speakers_next_statement_outside_a_quote() {
    // (`، حيث أشارت إلى أن`: SaudiNewsNet gold-ag; inside words in quotation marks `حيث` goes
    // on with the speaker's account, baly2018 R-117.)
    let doc = analyze(
        "أعلنت الإمارات، أمس، وصول سفينة إغاثة إلى ميناء عدن، حيث أشارت إلى أن السفينة تحمل مواد غذائية.\nوقال المقدم فرحان حمد إن \" عدد المسلحين كانوا عشرين , حيث ادعوا في البداية انهم من قوات البيشمركة .",
    );
    assert_eq!(
        chains_and_contents(&doc),
        [
            ("الإمارات".to_string(), "وصول سفينة إغاثة إلى ميناء عدن"),
            ("الإمارات".to_string(), "السفينة تحمل مواد غذائية"),
            (
                "فرحان حمد".to_string(),
                "عدد المسلحين كانوا عشرين , حيث ادعوا في البداية انهم من قوات البيشمركة"
            ),
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_governors_office_leads_to_the_name_after_it() {
    // (`محافظ المؤسسة ... الدكتور علي الغفيص`: SaudiNewsNet gold-ag; `محافظ` is no listed
    // title.)
    let doc = analyze(
        "أكد محافظ المؤسسة العامة للتدريب التقني والمهني الدكتور علي الغفيص أن المؤسسة ستطرح المشروع.",
    );
    assert_eq!(speakers(&doc), ["علي الغفيص"], "{:#?}", doc.statements);
}

#[test]
fn what_a_supervisor_is_over_is_part_of_his_office() {
    // (`المشرف على المسابقة الدكتور X`: SaudiNewsNet culture pages, written for the test.)
    let doc = analyze(
        "وأوضح عضو مجلس الإدارة المشرف على البرنامج الدكتور عبدالرحمن السلمي أن البرنامج بدأ أمس.",
    );
    assert_eq!(
        speakers(&doc),
        ["عبدالرحمن السلمي"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn an_outlets_own_sources_report_through_the_outlet() {
    // (`مصادر «عكاظ» المطلعة`، `مصادر الجزيرة في مدينة القدس`: SaudiNewsNet gold-ag; a body's
    // sources, `مصادر «حماس»`, are its own people.)
    let doc = analyze(
        "وأكدت مصادر «عكاظ» المطلعة أن القرار صدر.\nوقالت مصادر الجزيرة في مدينة القدس: «إن المصلين تصدوا للمستوطنين».",
    );
    let body = analyze("وقالت مصادر \"حماس\" إن الحركة ترفض العرض.");
    assert_eq!(
        chains_and_contents(&doc)
            .into_iter()
            .map(|(c, _)| c)
            .collect::<Vec<_>>(),
        ["عكاظ > مصادر مطلعة", "الجزيرة > مصادر في مدينة القدس"],
        "{:#?}",
        doc.statements
    );
    assert_eq!(speakers(&body), ["مصادر حماس"], "{:#?}", body.statements);
}

#[test]
fn a_paper_named_by_an_everyday_word_needs_its_marks() {
    // (`«للمدينة»`، `لـ المدينة` name the paper al-Madina; `المحافظ الجديد للمدينة` is the
    // city's governor. SaudiNewsNet.)
    let doc = analyze(
        "وأضاف الأهالي «للمدينة» أن الحوادث كثيرة.\nوأوضح آل دغيم لـ المدينة، إنه لا توجد مشكلة.\nكشف المحافظ الجديد للمدينة، نايف صالح البكري، أن قيادات كبيرة باتت في الأسر.",
    );
    let chains: Vec<String> = chains_and_contents(&doc)
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    assert_eq!(chains.len(), 3, "{:#?}", doc.statements);
    assert!(chains[0].starts_with("المدينة > "), "{chains:?}");
    assert!(chains[1].starts_with("المدينة > "), "{chains:?}");
    assert_eq!(chains[2], "نايف صالح البكري");
}

#[test]
fn an_office_without_a_name_goes_back_to_the_one_speaker_who_held_it() {
    // (`وأوضح وزير الداخلية البحريني` after `راشد بن عبدالله آل خليفة وزير الداخلية بمملكة
    // البحرين`: SaudiNewsNet gold-ab; another country's minister is someone else.)
    let doc = analyze(
        "أكد الفريق الركن الشيخ راشد بن عبدالله آل خليفة وزير الداخلية بمملكة البحرين، أن التدخلات مرفوضة. وأوضح وزير الداخلية البحريني، أن الأولوية للاستنكار الوطني.\nوقال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد. وقال وزير الخارجية الإيراني إن الاتفاق متوازن.",
    );
    assert_eq!(
        speakers(&doc),
        [
            "راشد بن عبدالله آل خليفة",
            "راشد بن عبدالله آل خليفة",
            "جون كيري",
            "وزير الخارجية الإيراني"
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn by_the_saying_of_names_its_owner() {
    // (`بحسب قول أحد الخبراء`، `وبحسب قول الباحثين`: SaudiNewsNet gold-ac and others.)
    let doc = analyze(
        "وقد زار الرئيس كينيا مرتين، بحسب قول أحد الخبراء من جمهورية جنوب أفريقيا.\nوبحسب قول الباحثين، فإن الدراسة مستمرة.",
    );
    assert_eq!(
        speakers(&doc),
        ["أحد الخبراء", "الباحثين"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_change_or_state_of_the_world_is_a_claim_object() {
    // (`أشار إلى توسع التدريب`، `أكدت ... اكتمال`: SaudiNewsNet gold-ag and corpus reading;
    // sentences written for this test.)
    let doc = analyze(
        "وأشار المدير إلى توسع التدريب المهني في المحافظات.\nوأكدت اللجنة اكتمال الاستعدادات للانتخابات البلدية.\nوتحدث المحللون عن تباطؤ التجارة العالمية هذا العام.",
    );
    let got = chains_and_contents(&doc);
    assert_eq!(got.len(), 3, "{:#?}", doc.statements);
    assert!(got[0].1.starts_with("توسع التدريب"), "{got:?}");
    assert!(got[1].1.starts_with("اكتمال الاستعدادات"), "{got:?}");
    assert!(got[2].1.starts_with("تباطؤ التجارة"), "{got:?}");
}

#[test]
fn a_claim_noun_governed_by_a_preposition_is_passed_over() {
    // (`أعلن يوكيا أمانو بعد توافق فيينا على التوصل`: SaudiNewsNet, read in the corpus diff;
    // the sentence is written for this test.)
    let doc = analyze(
        "وأعلن المدير العام بعد توافق الأطراف على التوصل إلى خريطة طريق للحل.\nوأعلن الجيش بعد وصول التعزيزات عن مقتل عشرة مسلحين.",
    );
    let got = chains_and_contents(&doc);
    assert_eq!(got.len(), 2, "{:#?}", doc.statements);
    assert!(got[0].1.starts_with("التوصل إلى خريطة"), "{got:?}");
    assert!(got[1].1.starts_with("مقتل عشرة"), "{got:?}");
}

#[test]
fn the_provinces_council_is_not_its_governor_described_again() {
    // (`محافظة` "province" is no `محافظ` "governor": SaudiNewsNet, the audit of the eighteenth
    // round; sentences written for this test.)
    let doc = analyze(
        "أكد محافظ نينوى أثيل النجيفي أن التحقيق غير منصف.\nوقال عضو مجلس المحافظة إن المجلس طالب بالدعم.",
    );
    let got = speakers(&doc);
    assert_eq!(got.len(), 2, "{:#?}", doc.statements);
    assert!(got[0].contains("أثيل النجيفي"), "{got:?}");
    assert_eq!(got[1], "عضو مجلس المحافظة", "{:#?}", doc.statements);
}

#[test]
fn commenting_reassuring_and_warning_report_with_their_an() {
    // (`وعلقت بأن`، `طمأن إلى أن`، `نبه التقرير إلى أن`: baly2018 gold-g and gold-l, SaudiNewsNet;
    // sentences written for this test.)
    let doc = analyze(
        "وعلقت الصحيفة بأن هذا الأمر قد يكون منطقيا.\nوكان الحريري قد طمأن إلى أن هناك اتفاقا سياسيا كبيرا.\nونبه التقرير إلى أن المبيعات تراجعت.\nوعلقت الحكومة العمل بالقرار حتى إشعار آخر.",
    );
    assert_eq!(
        speakers(&doc),
        ["الصحيفة", "الحريري", "التقرير"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_forecasts_noun_object_is_its_claim() {
    // (`وتوقع القريني زيادة الكميات`: SaudiNewsNet gold-z; sentences written for this test.)
    let doc = analyze(
        "وتوقع وزير المالية محمد الجدعان ارتفاع الإيرادات في الأيام المقبلة.\nورجحت مصادر أمنية وجود ثلاثة مشتبه بهم في الهجوم.\nومن المقرر أن توقع إدارة المطار عقدا مع الشركة غدا.",
    );
    let got = chains_and_contents(&doc);
    assert_eq!(got.len(), 2, "{:#?}", doc.statements);
    assert_eq!(got[0].0, "محمد الجدعان");
    assert!(got[0].1.starts_with("ارتفاع الإيرادات"), "{got:?}");
    assert_eq!(got[1].0, "مصادر أمنية");
    assert!(got[1].1.starts_with("وجود ثلاثة"), "{got:?}");
}

#[test]
fn a_cause_put_down_with_its_ila_is_a_claim() {
    // (`مرجعا قراره إلى`، `وأرجع ضعف الأداء إلى`: baly2018 gold-g, SaudiNewsNet gold-ab;
    // sentences written for this test.)
    let doc = analyze(
        "وكشف رياض حجاب حيثيات الاستقالة، مرجعا قراره إلى محاولات خفض سقف الثورة.\nوعزا وزير الخارجية عادل الجبير تراجع التوتر إلى جهود الوساطة.\nويرجع ذلك إلى ارتفاع الأسعار.",
    );
    let got = chains_and_contents(&doc);
    assert_eq!(got.len(), 2, "{:#?}", doc.statements);
    assert_eq!(got[0].0, "رياض حجاب");
    assert!(got[0].1.starts_with("قراره إلى محاولات"), "{got:?}");
    assert_eq!(got[1].0, "عادل الجبير");
    assert!(got[1].1.starts_with("تراجع التوتر إلى"), "{got:?}");
}

#[test]
fn a_claim_documented_or_claimed_by_a_noun_object() {
    // (`وث ق المرصد ... مقتل`، `وادعت القاعدة ... مقتل`: baly2018 gold-r and gold-t; sentences
    // written for this test.)
    let doc = analyze(
        "ووثق المرصد السوري لحقوق الإنسان مقتل 18 شخصا بين نازحين.\nوادعت حركة طالبان مسؤوليتها عن الهجوم على الجنود.\nووثق الأب بابنه في كل الأمور.",
    );
    let got = chains_and_contents(&doc);
    assert_eq!(got.len(), 2, "{:#?}", doc.statements);
    assert!(got[0].1.starts_with("مقتل 18"), "{got:?}");
    assert!(got[1].0.contains("طالبان"), "{got:?}");
    assert!(got[1].1.starts_with("مسؤوليتها عن"), "{got:?}");
}

#[test]
fn visions_policies_and_penalties_are_no_sources() {
    // (`وفقاً للجزاءات المقررة نظاماً`، `وفق رؤية`، `وفق سياسات`: SaudiNewsNet gold-w and corpus
    // reading; sentences written for this test.)
    let doc = analyze(
        "وسيعاقب كل من ثبتت مسؤوليته وفقا للجزاءات المقررة نظاما.\nوتعمل الهيئة وفق رؤية واضحة لتطوير الخدمات.\nويستثمر الصندوق الفوائض وفق سياسات بعيدة المدى.\nووفق مصادر مطلعة، فإن الاجتماع تأجل إلى الأسبوع المقبل.",
    );
    assert_eq!(speakers(&doc), ["مصادر مطلعة"], "{:#?}", doc.statements);
}

#[test]
fn an_honorific_before_an_office_is_no_speaker_of_its_own() {
    // (`وأكد معالي أمين العاصمة المقدسة الدكتور ...`، `صرح بذلك معالي محافظ الطائف`:
    // SaudiNewsNet corpus reading; sentences written for this test.)
    let doc = analyze("وأكد معالي وزير التعليم الدكتور عزام الدخيل نجاح الخطة في عامها الأول.");
    assert_eq!(speakers(&doc), ["عزام الدخيل"], "{:#?}", doc.statements);
    let doc = analyze(
        "تستضيف الطائف الملتقى الأسبوع المقبل. صرح بذلك معالي محافظ الطائف فهد بن معمر، وأكد أن جميع الاستعدادات قد استكملت.",
    );
    let got = speakers(&doc);
    assert_eq!(got.len(), 1, "{:#?}", doc.statements);
    assert!(got[0] != "معالي" && got[0].contains("الطائف"), "{got:?}");
}

#[test]
fn a_cause_verbs_subject_ends_at_its_indefinite_object() {
    // (`وأرجع وزير الدفاع لويس كارلوس فيليجاس حادث التحطم إلى`: SaudiNewsNet audit; sentences
    // written for this test.)
    let doc = analyze(
        "وأرجع وزير الدفاع لويس كارلوس فيليجاس حادث التحطم إلى سوء الأحوال الجوية. وقال إن التحقيق مستمر.",
    );
    let got = chains_and_contents(&doc);
    assert_eq!(got.len(), 2, "{:#?}", doc.statements);
    assert_eq!(got[0].0, "لويس كارلوس فيليجاس");
    assert!(got[0].1.starts_with("حادث التحطم"), "{got:?}");
    assert_eq!(got[1].0, "لويس كارلوس فيليجاس");
}

#[test]
fn whom_a_source_told_is_no_part_of_the_source() {
    // (`أخبر المؤرخ ... الصحيفة`، `أبلغت السعودية مبعوثا إيرانيا`، `أبلغ الروس المسؤولين
    // الأمريكيين`، `أبلغ مسؤولون النادي الإيطالي`، `أبلغ المتحدث باسم فينيفست رويترز`:
    // SaudiNewsNet and baly2018 corpus reading; sentences written for this test.)
    let doc = analyze(
        "وأخبر المؤرخ العسكري جيمس هولاند الصحيفة أن الاتفاق قريب.\nوأبلغت السعودية مبعوثا إيرانيا أن الحوار ممكن.\nوأبلغ الروس المسؤولين الأمريكيين أن الهجوم وشيك.\nوأبلغ مسؤولون النادي الإيطالي أن العرض مرفوض.\nوأبلغ المتحدث باسم فينيفست رويترز أن البيع تم.",
    );
    let got: Vec<String> = doc
        .statements
        .iter()
        .map(|s| chain(s).join(" > "))
        .collect();
    assert_eq!(
        got,
        [
            "جيمس هولاند",
            "السعودية",
            "الروس",
            "مسؤولون",
            "رويترز > المتحدث باسم فينيفست"
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn the_paper_told_may_come_before_the_source() {
    // (`أبلغ "الاقتصادية" المهندس مسفر المالكي`، `أبلغت «الاقتصادية» مصادر`: SaudiNewsNet
    // gold-al and corpus reading; sentences written for this test.)
    let doc = analyze(
        "وأبلغ \"الاقتصادية\" المهندس سامي الحربي المتحدث باسم فرع الوزارة أن المرحلة الأولى اكتملت.\nوأبلغت «الاقتصادية» مصادر مطلعة أن العقد وقع أمس.",
    );
    let got: Vec<String> = doc
        .statements
        .iter()
        .map(|s| chain(s).join(" > "))
        .collect();
    assert_eq!(got.len(), 2, "{:#?}", doc.statements);
    assert!(
        got[0].starts_with("الاقتصادية > ") && got[0].contains("سامي الحربي"),
        "{got:?}"
    );
    assert_eq!(got[1], "الاقتصادية > مصادر مطلعة");
}

#[test]
fn an_outlet_in_brackets_after_la_is_told() {
    // (`لـ(الجزيرة)`، `وأكدت لـ(عكاظ) مصادر`: SaudiNewsNet gold-al and corpus reading;
    // sentences written for this test.)
    let doc = analyze(
        "وقال الدكتور أحمد الساعدي رئيس الكتلة النيابية لـ(الجزيرة) عبر الهاتف إن التصريحات لا تعبر عن موقف الحكومة. وأضاف الساعدي أن العلاقات متطورة.\nوأكدت لـ(عكاظ) مصادر مطلعة أن البرنامج شامل.",
    );
    let got: Vec<String> = doc
        .statements
        .iter()
        .map(|s| chain(s).join(" > "))
        .collect();
    assert_eq!(
        got,
        [
            "الجزيرة > أحمد الساعدي",
            "الجزيرة > أحمد الساعدي",
            "عكاظ > مصادر مطلعة"
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn an_office_after_an_honorific_names_its_holder() {
    // (`وأوضح معالي وزير الإسكان أن` after `بحضور معالي وزير الإسكان ماجد ...`: SaudiNewsNet
    // gold-al; sentences written for this test.)
    let doc = analyze(
        "أقامت الوزارة أمس حفل معايدة بحضور معالي وزير الإسكان خالد بن محمد الراشد. وأوضح معالي وزير الإسكان أن الوزارة تملك كفاءات مؤهلة.",
    );
    assert_eq!(
        speakers(&doc),
        ["خالد بن محمد الراشد"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn options_particulars_and_averages_are_no_sources() {
    // (`وفق خيارات عدة`، `وفقا للتفاصيل`، `وفقا للمزايا النسبية`، `وفق احتياج كل مدرسة`:
    // SaudiNewsNet gold-al and corpus reading; sentences written for this test.)
    let doc = analyze(
        "وتعمل الهيئة وفق خيارات عدة لتطوير القطاع.\nووفقا للتفاصيل فقد تقدم عدد من رؤساء الأقسام باستقالاتهم.\nوتتحدد الأسعار وفقا للمزايا النسبية في السوق.\nوتوزع الكتب وفق احتياج كل مدرسة.\nووفقا لمصادر مطلعة فإن الاجتماع تأجل.",
    );
    assert_eq!(speakers(&doc), ["مصادر مطلعة"], "{:#?}", doc.statements);
}

#[test]
fn explained_by_and_a_demonstrative_object() {
    // (`وفسر مراقبون هذه التصرفات بأن ...، مشيرين ... . وأضافوا`، `واعتبرت القوى الكبرى هذا
    // الاتفاق`: SaudiNewsNet gold-al and corpus reading; sentences written for this test.)
    let doc = analyze(
        "وأضافت المصادر أن المسلحين ينقلون المعدات. وفسر مراقبون هذه التصرفات بأن المسلحين يستعدون للانسحاب، مشيرين إلى أن معنويات الجنود منخفضة. وأضافوا أن التجاوزات كثيرة.\nوقال أصحاب هذه المبادرة إنها تهدف إلى المساندة.",
    );
    assert_eq!(
        speakers(&doc),
        [
            "المصادر",
            "مراقبون",
            "مراقبون",
            "مراقبون",
            "أصحاب هذه المبادرة"
        ],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_participle_speaks_for_the_last_verb_of_saying_even_without_content() {
    // (`حيث أكد حسين محمد إدهيم، من المنطقة الشرقية ...، موضحًا أن`: SaudiNewsNet gold-an;
    // sentences written for this test.)
    let doc = analyze(
        "وأكدت الزائرة نورة العتيبي أنها زارت المركز مرتين. في المقابل، تحدث عدد من حرفيي المركز، الذين أكدوا أنهم قدموا إبداعات حصرية، حيث أكد سالم عبدالله الدوسري، من المنطقة الشرقية ويبلغ من العمر 54 عاما، موضحا أن حرفته من أندر الحرف.",
    );
    let got = speakers(&doc);
    assert_eq!(
        got.first().map(String::as_str),
        Some("نورة العتيبي"),
        "{got:?}"
    );
    assert_eq!(
        got.last().map(String::as_str),
        Some("سالم عبدالله الدوسري"),
        "{got:?}"
    );
}

#[test]
fn a_dropped_subject_after_an_opener_and_a_verb_without_content() {
    // (`من جهة أخرى، أكد مفوض الشرطة ... الهجمات. وقال "..."`: SaudiNewsNet gold-am; sentences
    // written for this test.)
    let doc = analyze(
        "وقال علي حسن إن المسلحين أحرقوا المنازل. من جهة أخرى، أكد مفوض الشرطة في الولاية محمد إبراهيم الهجمات. وقال إن قوات الأمن تلاحق المهاجمين.",
    );
    assert_eq!(
        speakers(&doc),
        ["علي حسن", "محمد إبراهيم"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn ba_in_a_word_is_no_charge() {
    // (`واتهم المتحدث ... إبراهيم قالن بعض السياسيين ... باستغلال`: SaudiNewsNet corpus reading;
    // sentence written for this test.)
    let doc = analyze(
        "واتهم المتحدث باسم الرئاسة التركية إبراهيم قالن بعض السياسيين في البلاد باستغلال التفجير.",
    );
    let got = chains_and_contents(&doc);
    assert_eq!(got.len(), 1, "{:#?}", doc.statements);
    assert_eq!(got[0].0, "إبراهيم قالن");
    assert!(got[0].1.starts_with("بعض السياسيين"), "{got:?}");
}

#[test]
fn the_director_of_a_ministers_office_holds_no_ministry() {
    // (`ومدير مكتب معالي وزير الإسكان حمد الحبردي` later in the page left `معالي وزير الإسكان`
    // unresolved: SaudiNewsNet gold-al; sentences written for this test.)
    let doc = analyze(
        "أقامت الوزارة حفلا بحضور معالي وزير الإسكان خالد بن محمد الراشد. وأوضح معالي وزير الإسكان أن الوزارة تملك كفاءات مؤهلة. وحضر الحفل مدير مكتب معالي وزير الإسكان سعد العمري.",
    );
    assert_eq!(
        speakers(&doc),
        ["خالد بن محمد الراشد"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_dropped_subject_after_an_office_that_made_no_statement() {
    // (`وحثّ معاليه جميع الموظفين على ... . وقال في كلمة ألقاها «...»`، `فأجابه وزير الطاقة ب - "
    // ..." . وأضاف`: SaudiNewsNet gold-al, baly2018 corpus reading; sentences written for this
    // test.)
    let doc = analyze(
        "وحث مدير عام الهيئة جميع الموظفين على مواصلة العمل. وقال في كلمة ألقاها خلال الحفل «إن القطاع يحظى باهتمام كبير».",
    );
    let got = speakers(&doc);
    assert_eq!(got.len(), 1, "{:#?}", doc.statements);
    assert!(got[0].starts_with("مدير عام الهيئة"), "{got:?}");
}

#[test]
fn the_imperfect_of_naqal_relays_only_with_its_source_or_words() {
    // (`أن الانقلابيين ينقلون كميات كبيرة من تلك المواد`: SaudiNewsNet gold-al; `وتنقل وكالات
    // أنباء محايدة أن`: baly2018 corpus reading; sentences written for this test.)
    let doc = analyze(
        "وأضافت المصادر أن المسلحين ينقلون كميات كبيرة من تلك المعدات ويبيعونها في السوق، بعد أن نهبوها من مقر اللواء.\nوتنقل وكالات أنباء محايدة أن الخسائر كبيرة.",
    );
    assert_eq!(
        speakers(&doc),
        ["المصادر", "وكالات أنباء محايدة"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn meanwhile_and_a_verb_of_saying_open_the_next_report() {
    // (`أكدت "الوطن" صحة ما نشرته عن تلك الاستقالات في الوقت نفسه أكد قيادي`: SaudiNewsNet
    // gold-al; sentence written for this test.)
    let doc = analyze(
        "وأكدت الصحيفة صحة ما نشرته عن تلك الاستقالات في الوقت نفسه أكد قيادي في الوزارة حق الموظفين في التظلم.",
    );
    let got = chains_and_contents(&doc);
    assert_eq!(got[0].0, "الصحيفة", "{got:?}");
    assert!(got[0].1.ends_with("الاستقالات"), "{got:?}");
}

#[test]
fn i_or_we_after_the_verb_opens_the_speakers_words() {
    // (`وقال أنا على استعداد تام أن أقدم نفسي`: SaudiNewsNet gold-am; `وقالت آنا رينولدز`: the
    // name Anna; sentences written for this test.)
    let doc = analyze(
        "وأكد والد الشهيد أن استشهاد ابنه مصدر فخر، وقال أنا على استعداد تام أن أقدم نفسي فداء للوطن. وفي المعرض، قالت آنا رينولدز أمينة المجموعة إن المعرض يفتح غدا.",
    );
    let got = speakers(&doc);
    assert_eq!(got.len(), 3, "{:#?}", doc.statements);
    assert_eq!(got[0], got[1]);
    assert!(got[0].contains("والد الشهيد"), "{got:?}");
    assert!(got[2].contains("رينولدز"), "{got:?}");
}

#[test]
fn a_lead_is_not_named_by_a_speaker_of_the_other_gender() {
    // (`وقال والد الشهيد ...` resolved to the woman named in the next sentence: found while
    // writing the test above; sentences written for this test.)
    let doc = analyze(
        "وقال والد الشهيد إن ابنه بطل. وقالت هند رينولدز أمينة المجموعة إن المعرض يفتح غدا.",
    );
    assert_eq!(
        speakers(&doc),
        ["والد الشهيد", "هند رينولدز"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn another_relative_is_another_speaker() {
    // (`من جانبه أكد أشقاء الشهيد أن` after `والد الشهيد الجندي`: SaudiNewsNet corpus reading;
    // sentences written for this test.)
    let doc = analyze(
        "وقال والد الشهيد الجندي إن ابنه بطل. من جانبه أكد أشقاء الشهيد أن شقيقهم التحق مؤخرا بالقوات.",
    );
    assert_eq!(
        speakers(&doc),
        ["والد الشهيد الجندي", "أشقاء الشهيد"],
        "{:#?}",
        doc.statements
    );
}

#[test]
fn a_verb_of_saying_after_adam_or_dun_is_its_verbal_noun() {
    // (`حول الفائدة من عدم ذكر اسم المطعم:`، `دون ذكر مكان الصدور`: SaudiNewsNet gold-am and
    // corpus reading; `فضل عدم ذكر اسمه` still ends the source's phrase; sentences written for
    // this test.)
    let doc = analyze(
        "ويتساءل القارئ عن الفائدة من عدم ذكر اسم المطعم: لأنه قد يذهب إليه.\nوقال مسؤول مصرفي آخر، فضل عدم ذكر اسمه، إن القروض متعثرة.",
    );
    assert_eq!(speakers(&doc), ["مسؤول مصرفي آخر"], "{:#?}", doc.statements);
}

#[test]
fn a_long_office_runs_on_to_its_holders_name_before_an() {
    // (`وقال نائب الرئيس التنفيذي والمشرف العام على برامج خدمة المجتمع في بنك الرياض محمد بن
    // عبدالعزيز الربيعة، إن`: SaudiNewsNet gold-ac; not a place named for a king, `بمدينة الملك
    // سعود الطبية`; sentences written for this test.)
    let doc = analyze(
        "وقال نائب الرئيس التنفيذي والمشرف العام على برامج خدمة المجتمع في البنك الأهلي سالم بن محمد الحربي، إن الجائزة باتت من العناوين البارزة. وأوضح مدير مستشفى النساء والولادة بمدينة الملك سعود الطبية، أن الوحدة جاهزة.",
    );
    let got = speakers(&doc);
    assert_eq!(got.len(), 2, "{:#?}", doc.statements);
    assert_eq!(got[0], "سالم بن محمد الحربي");
    assert!(!got[1].contains("سعود"), "{got:?}");
}
