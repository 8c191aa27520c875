//! Time expressions and quantities as `eval/times/GUIDELINES.md` defines them, one case per
//! convention, on real news phrasing. Publication 2017-11-21 (a Tuesday) unless said.

use isnad::document::{Document, Quantity, TimeExpression};
use isnad::RawInput;

mod common;

use common::analyze_body_published as analyze;

const PUBLISHED: Option<&str> = Some("2017-11-21");

fn time<'d>(doc: &'d Document, text: &str) -> &'d TimeExpression {
    doc.times
        .iter()
        .find(|t| t.text == text)
        .unwrap_or_else(|| panic!("{text} in {:#?}", doc.times))
}

fn value(body: &str, text: &str) -> Option<String> {
    time(&analyze(body, PUBLISHED), text).value.clone()
}

fn quantity<'d>(doc: &'d Document, text: &str) -> &'d Quantity {
    doc.quantities
        .iter()
        .find(|q| q.text == text)
        .unwrap_or_else(|| panic!("{text} in {:#?}", doc.quantities))
}

#[test]
fn offsets_use_calendar_arithmetic_at_the_precision_of_their_unit() {
    assert_eq!(
        value("غادر قبل شهرين .", "قبل شهرين").as_deref(),
        Some("2017-09")
    );
    assert_eq!(
        value("حدث ذلك قبل عامين .", "قبل عامين").as_deref(),
        Some("2015")
    );
    assert_eq!(
        value("وصل قبل ثلاثة أيام .", "قبل ثلاثة أيام").as_deref(),
        Some("2017-11-18")
    );
    assert_eq!(
        value("إنه سيعود بعد شهر .", "بعد شهر").as_deref(),
        Some("2017-12")
    );
    assert_eq!(
        value("اندلعت المعارك منذ ثلاث سنوات .", "منذ ثلاث سنوات").as_deref(),
        Some("2014-11-21/2017-11-21"),
        "three calendar years, not 3 × 365 days"
    );
}

#[test]
fn durations_reach_to_or_from_publication_or_stand_alone() {
    assert_eq!(
        value(
            "ارتفع العدد خلال الأسبوعين الماضيين .",
            "خلال الأسبوعين الماضيين"
        )
        .as_deref(),
        Some("2017-11-07/2017-11-21")
    );
    assert_eq!(
        value(
            "خلال الشهرين المقبلين سيبدأ البناء .",
            "خلال الشهرين المقبلين"
        )
        .as_deref(),
        Some("2017-11-21/2018-01-21")
    );
    // Without a direction, `خلال` looks back in a past clause and forward in a future one.
    assert_eq!(
        value("قتل آلاف الأشخاص خلال 15 شهرا .", "خلال 15 شهرا").as_deref(),
        Some("2016-08-21/2017-11-21")
    );
    assert_eq!(
        value(
            "وخلال نحو أسبوعين , ستكون المناطق خالية .",
            "خلال نحو أسبوعين"
        )
        .as_deref(),
        Some("2017-11-21/2017-12-05")
    );
    assert_eq!(
        value("سجن لمدة ستة أشهر .", "لمدة ستة أشهر").as_deref(),
        Some("P6M")
    );
    assert_eq!(
        value("اقتحموا المنزل قبل ساعة من تفجيره .", "قبل ساعة").as_deref(),
        Some("PT1H"),
        "an offset from an event is a length, not a date"
    );
    let doc = analyze("وتضاعف العدد خلال الأيام الماضية .", PUBLISHED);
    assert_eq!(time(&doc, "خلال الأيام الماضية").value, None, "no count");
    let doc = analyze(
        "توفي عن عمر 30 عاما . وكان بيانكي ( 25 عاما ) يرقد . منتخب تحت 21 عاما .",
        PUBLISHED,
    );
    assert!(doc.times.is_empty(), "ages: {:?}", doc.times);
    assert!(
        doc.quantities.is_empty(),
        "an age is no count either: {:?}",
        doc.quantities
    );
}

#[test]
fn weeks_are_iso_weeks_and_parts_of_a_year_its_thirds() {
    assert_eq!(
        value("زار المدينة الأسبوع الماضي .", "الأسبوع الماضي").as_deref(),
        Some("2017-W46")
    );
    assert_eq!(
        value("يقام المؤتمر هذا الأسبوع .", "هذا الأسبوع").as_deref(),
        Some("2017-W47")
    );
    assert_eq!(
        value("وصل في أواخر 2016 .", "أواخر 2016").as_deref(),
        Some("2016-09/2016-12")
    );
    assert_eq!(
        value("في مطلع العام المقبل .", "مطلع العام المقبل").as_deref(),
        Some("2018-01/2018-04")
    );
    assert_eq!(
        value(
            "في النصف الثاني من يناير المقبل .",
            "النصف الثاني من يناير المقبل"
        )
        .as_deref(),
        Some("2018-01-16/2018-01-31")
    );
    let doc = analyze("وارتفعت نتائج النصف الأول للشركة .", PUBLISHED);
    assert!(
        doc.times.is_empty(),
        "a company's half-year: {:?}",
        doc.times
    );
    assert_eq!(
        value("وقال إن الميزانية للعام المقبل كبيرة .", "لعام المقبل").as_deref(),
        Some("2018")
    );
}

#[test]
fn dates_in_numbers_month_first_and_with_their_weekday() {
    assert_eq!(
        value("بتاريخ 21/11/2017 أعلن .", "21/11/2017").as_deref(),
        Some("2017-11-21")
    );
    assert_eq!(
        value("نشر في 2018 / 01 / 19 ] أنقرة", "2018 / 01 / 19").as_deref(),
        Some("2018-01-19")
    );
    assert_eq!(
        value("حجم الخط 1439 / 3 / 23 ه - القوات", "1439 / 3 / 23 ه").as_deref(),
        Some("2017-12-12"),
        "a Hijri date in numbers, tabular calendar"
    );
    assert_eq!(
        value(
            "اليوم السابع الأحد , يناير 21 , 2018 09 : 46 ص",
            "الأحد , يناير 21 , 2018"
        )
        .as_deref(),
        Some("2018-01-21")
    );
    assert_eq!(
        value(
            "آخر تحديث : الثلاثاء 08 رجب 1433 ه - - 29 مايو 2012 م",
            "الثلاثاء 08 رجب 1433 ه"
        )
        .as_deref(),
        Some("2012-05-29")
    );
    assert_eq!(
        value("من 2011 إلى 2014 عمل هناك .", "من 2011 إلى 2014").as_deref(),
        Some("2011/2014")
    );
    let doc = analyze("تعرضتا لهجمات عامي 2014 و 2015 .", PUBLISHED);
    assert_eq!(time(&doc, "عامي 2014").value.as_deref(), Some("2014"));
    assert_eq!(
        time(&doc, "2015").value.as_deref(),
        Some("2015"),
        "two years, not a range"
    );
    assert_eq!(
        value("جميع الحقوق محفوظة لقناة العربية 2013", "2013").as_deref(),
        Some("2013")
    );
    assert_eq!(
        value(
            "بتهمة ارتكاب جرائم حرب .\n2009 - ميغيل انخيل موراتينوس يزور",
            "2009"
        )
        .as_deref(),
        Some("2009"),
        "a chronology's year"
    );
    let doc = analyze("وبلغ العدد 2000 - 3000 شخص .", PUBLISHED);
    assert!(doc.times.is_empty(), "{:?}", doc.times);
    assert_eq!(
        value("وفي عام 1391هـ استبدل مسماها", "عام 1391هـ").as_deref(),
        Some("1971-02-27/1972-02-15"),
        "a year of the Hijra is its Gregorian days"
    );
}

#[test]
fn a_since_date_keeps_the_date_and_its_relation() {
    let doc = analyze("منذ مارس 2011 يعيش في تركيا .", PUBLISHED);
    let t = time(&doc, "مارس 2011");
    assert_eq!(
        (t.value.as_deref(), t.relation.as_deref()),
        (Some("2011-03"), Some("since"))
    );
    let doc = analyze("وقال إنه هنا منذ يوم الخميس .", PUBLISHED);
    assert_eq!(
        time(&doc, "يوم الخميس").value.as_deref(),
        Some("2017-11-16")
    );
}

#[test]
fn weekdays_follow_tense_and_win_over_a_day_word() {
    assert_eq!(
        value(
            "حيث يتوقع أن يجري التصويت يوم الاثنين أو الثلاثاء المقبلين .",
            "يوم الاثنين"
        )
        .as_deref(),
        Some("2017-11-27"),
        "the qualifier after the second day holds for both, and يتوقع speaks of the future"
    );
    // A Friday's page that says "tomorrow, Friday" was written the day before.
    let doc = analyze("سيحضر المحادثات غدا الجمعة .", Some("2017-12-22"));
    assert_eq!(
        time(&doc, "غدا الجمعة").value.as_deref(),
        Some("2017-12-22")
    );
    // Reported speech after a day does not make the day future.
    assert_eq!(
        value("وأعلن بوتين , الخميس - أنه سيحضر محادثات السلام", "الخميس").as_deref(),
        Some("2017-11-16")
    );
    let doc = analyze(
        "قال للمصلين في خطبة الجمعة إن . نقلت اليوم السابع عن مصادر في مثل هذا اليوم .",
        PUBLISHED,
    );
    assert!(doc.times.is_empty(), "{:?}", doc.times);
}

#[test]
fn vague_amounts_and_numbers_after_their_noun() {
    let doc = analyze(
        "قتل مئات القتلى وشارك المئات في المظاهرة ونزح مئات الآلاف من المهاجرين إلى عدة مدن .",
        PUBLISHED,
    );
    let q = quantity(&doc, "مئات القتلى");
    assert_eq!((q.value, q.unit.as_deref()), (None, Some("القتلى")));
    assert_eq!(quantity(&doc, "المئات").unit, None, "المئات stands alone");
    assert_eq!(
        quantity(&doc, "مئات الآلاف من المهاجرين").unit.as_deref(),
        Some("المهاجرين")
    );
    assert_eq!(quantity(&doc, "عدة مدن").unit.as_deref(), Some("مدن"));
    let doc = analyze(
        "وتدعم الدول الخمس مشروع القرار . في الأيام الخمسة الماضية . للمرة الثانية .",
        PUBLISHED,
    );
    let five = quantity(&doc, "الدول الخمس");
    assert_eq!(
        (five.value, five.unit.as_deref()),
        (Some(5.0), Some("الدول"))
    );
    assert_eq!(
        doc.quantities.len(),
        1,
        "days are time, an ordinal no count: {:#?}",
        doc.quantities
    );
    let doc = analyze("وأصيب 11 من القادة وثلاثة آلاف مقاتل .", PUBLISHED);
    assert_eq!(
        quantity(&doc, "11 من القادة").unit.as_deref(),
        Some("القادة")
    );
    assert_eq!(
        quantity(&doc, "ثلاثة آلاف مقاتل").value,
        Some(3000.0),
        "no glued و"
    );
}

#[test]
fn bracketed_numbers_count_and_years_codes_and_list_markers_do_not() {
    let doc = analyze(
        "وكانت حصيلة الهجوم (12) قتيلا و( 29 ) مركزاً لأكثر من (36) ألف منزل .\n3- السادية الإجرامية في العام الحالي 2015 .\n(62) المرجع نفسه، ص 79 والرقم 1043869070 .",
        PUBLISHED,
    );
    let found: Vec<(&str, Option<f64>)> = doc
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.value))
        .collect();
    assert_eq!(
        found,
        [
            ("(12) قتيلا", Some(12.0)),
            ("( 29 ) مركزاً", Some(29.0)),
            ("(36) ألف منزل", Some(36000.0))
        ]
    );
}

#[test]
fn clocks_codes_names_and_times_are_no_quantities() {
    let doc = analyze(
        "الساعة 18 : 11 - GMT 15 : 11 الرمز 0400 . دي ميستورا : جنيف 9 بشأن السلام , وطائرات سو - 35 وقناة فرانس 24 . سجن لمدة ستة أشهر .",
        PUBLISHED,
    );
    assert!(doc.quantities.is_empty(), "{:#?}", doc.quantities);
    let doc = analyze("وصوت 12 وامتناع 3 وقتل 11 السعودية .", PUBLISHED);
    assert!(
        doc.quantities.iter().all(|q| q.unit.is_none()),
        "a verb or a definite word after a number is not what it counts: {:#?}",
        doc.quantities
    );
}

#[test]
fn a_records_publication_date_anchors_its_times() {
    let record = r#"{"id": "a", "text": "وقال المتحدث أمس إن 300 مقاتل وصلوا .", "published": "2017-11-21 10:31:00"}"#;
    let raw = RawInput::from_json_record(record, Some("crawl.jsonl"), 3).expect("a record");
    assert_eq!(raw.published.as_deref(), Some("2017-11-21"));
    let doc = common::pipeline().analyze(&raw).expect("analysed");
    assert_eq!(
        doc.published.as_ref().map(|p| p.evidence.as_str()),
        Some("input")
    );
    assert_eq!(time(&doc, "أمس").value.as_deref(), Some("2017-11-20"));
    let bad = record.replace("2017-11-21 10:31:00", "21/11/2017");
    let err = RawInput::from_json_record(&bad, Some("crawl.jsonl"), 3).expect_err("not a date");
    assert!(err.to_string().contains("`published`"), "{err}");
}

#[test]
fn a_statement_carries_the_time_of_its_reporting_clause() {
    // (The seed: `وأضافت "الميادين" على موقعها الإلكتروني، مساء السبت، أن`, and a participle
    // that adds to it at its time; `ونقلت "رويترز" عن
    // بالي، قوله، إن المعركة ... ستنطلق مساء السبت` speaks of the battle's time, not the
    // report's.)
    let doc = analyze(
        "وأضافت الميادين على موقعها , مساء السبت , أن التنظيم بدأ الخروج , مشيرة إلى أن المقاتلين غادروا .\nونقلت رويترز عن بالي قوله إن المعركة ستنطلق مساء السبت .\nوقالت رئيسة مجلس الأمن للشهر الحالي إن الاجتماع طارئ .\n\" لن نتفاوض مع التنظيم تحت أي ظرف مهما حدث \" , قال بالي للصحفيين أمس .",
        Some("2019-02-18"),
    );
    let times: Vec<Option<(&str, Option<&str>)>> = doc
        .statements
        .iter()
        .map(|s| {
            s.time
                .as_ref()
                .map(|t| (t.text.as_str(), t.value.as_deref()))
        })
        .collect();
    assert_eq!(
        times,
        [
            Some(("مساء السبت", Some("2019-02-16"))),
            Some(("مساء السبت", Some("2019-02-16"))),
            None,
            None,
            Some(("أمس", Some("2019-02-17"))),
        ],
        "{:#?}",
        doc.statements
    );
}

/// The quantities of `doc` as (text, value, unit).
fn quantities(doc: &Document) -> Vec<(&str, Option<f64>, Option<&str>)> {
    doc.quantities
        .iter()
        .map(|q| (q.text.as_str(), q.value, q.unit.as_deref()))
        .collect()
}

#[test]
fn dates_scores_ranks_clocks_and_eras_are_no_quantities() {
    // (baly R-62-3, SaudiNewsNet 2015-07-24-1888 and 2015-07-21-125: a date, a score, the
    // P5+1; baly R-3-0 and R-475-5: units named by number; SaudiNewsNet 2015-08-03-94 and
    // 2015-07-23-964: ranks after a detached article.)
    let doc = analyze(
        "وإسترجاع البيانات 09 / 11 / 17 في هذا الدرس .\nخسر الاتحاد أمام ليماسول بنتيجة (1/0) مساء أمس .\nالاتفاق بين إيران ومجموعة 5+1 بشأن البرنامج النووي .\nوصلت إلى قاعدة اللواء 137 على الأطراف الغربية . ثوار الفرقة 30 عبروا الحدود .\nتعيين محمد مهناء بالمرتبة الـ14 . وأوضح التقرير الـ 51 لمؤسسة النقد العربي .",
        PUBLISHED,
    );
    assert!(doc.quantities.is_empty(), "{:#?}", quantities(&doc));
    // (baly R-133-9: clock times; baly V-357-1, R-308-7, SaudiNewsNet 2015-07-21-486: years
    // with their era's letter.)
    let doc = analyze(
        "سوف يفتح المعبر من الساعة 8 صباحا حتى 4 مساء .\nبنيت منذ عهد الأمير سابق بن محمود بن مرداس عام 472 ه .\nعاش في عصر الممالك المتحاربة ( 551 - 476 ق . م ) .\nقرار مجلس الشورى وتاريخ 26 - 5 - 1436هـ قرر المجلس .",
        PUBLISHED,
    );
    assert!(doc.quantities.is_empty(), "{:#?}", quantities(&doc));
}

#[test]
fn a_year_or_a_name_is_not_what_a_number_counts() {
    // (SaudiNewsNet 2015-07-23-131, 2015-07-21-193, 2015-07-21-592: a budget's year, a World
    // Cup's host, a film's year before the next line; baly R-658-1: a congratulation.)
    let doc = analyze(
        "ستقلص الجزائر نفقاتها في موازنة 2015 بواقع 1.35 بالمئة .\nخلال سحب قرعة نهائيات كأس العالم 2018 بروسيا المقررة السبت .\nدراما اجتماعية / رومانيا ـ 2015\nدان شيسو من بين مخرجي السينما .\nأن يسعدهما ويرزقهما بالذرية الصالحة ألف مبروك .",
        PUBLISHED,
    );
    assert_eq!(
        quantities(&doc),
        [("1.35 بالمئة", Some(1.35), Some("%"))],
        "{:#?}",
        doc.quantities
    );
    // (SaudiNewsNet 2015-08-09-323; baly R-188-4: nouns whose first letter is و or ف.)
    let doc = analyze(
        "لشغل 4 وظائف كمصممة وسكرتيرة . اعتقلت قوات الاحتلال اليوم ثلاثة فلسطينيين من قرية وادي فوكين .",
        PUBLISHED,
    );
    assert_eq!(
        quantities(&doc),
        [
            ("4 وظائف", Some(4.0), Some("وظائف")),
            ("ثلاثة فلسطينيين", Some(3.0), Some("فلسطينيين"))
        ]
    );
}

#[test]
fn vague_amounts_of_time_are_times() {
    // (baly R-165-8.)
    let doc = analyze(
        "شنت القوات هجوما بعد محاصرة دامت عدة ساعات على أمل أن يستسلم الخاطفون , وقتل عشرات المسلحين .",
        PUBLISHED,
    );
    assert_eq!(
        quantities(&doc),
        [("عشرات المسلحين", None, Some("المسلحين"))]
    );
}

#[test]
fn decimals_and_groups_in_agency_and_tokenised_copy() {
    // (SaudiNewsNet 2015-07-31-673: AFP's `ر`; baly V-319-5 and R-349-4: a thousands group
    // and a decimal comma set off by spaces; SaudiNewsNet 2015-08-06-1153 and 2015-07-25-494:
    // hundreds in words, trillions.)
    let doc = analyze(
        "ارتفعت الأرباح بنسبة 6ر19 بالمئة إلى 186 مليار ين (5ر1 مليار دولار) مقارنة بالعام الماضي .\nمما أدى إلى تهجير 1 , 593 فلسطينيا وأجبروا أكثر من 2 , 6 مليون آخرين على الفرار .\nبقيمة اسمية تبلغ ثلاثة مليارات وتسعمائة مليون ريال سعودي .\nخصصت الحكومة أكثر من 2.5 تريليون روبل لهذا الغرض .",
        PUBLISHED,
    );
    assert_eq!(
        quantities(&doc),
        [
            ("6ر19 بالمئة", Some(19.6), Some("%")),
            ("186 مليار ين", Some(186e9), Some("ين")),
            ("5ر1 مليار دولار", Some(1.5e9), Some("دولار")),
            ("1 , 593 فلسطينيا", Some(1593.0), Some("فلسطينيا")),
            ("أكثر من 2 , 6 مليون آخرين", Some(2.6e6), Some("آخرين")),
            (
                "ثلاثة مليارات وتسعمائة مليون ريال",
                Some(3.9e9),
                Some("ريال")
            ),
            ("أكثر من 2.5 تريليون روبل", Some(2.5e12), Some("روبل")),
        ]
    );
}

#[test]
fn ranges_share_their_noun_and_counts_end_before_function_words() {
    // (SaudiNewsNet 2015-07-21-37 and 2015-08-08-54, baly R-536-2: ranges; SaudiNewsNet
    // 2015-07-27-1314 and 2015-07-21-125: number words before a function word; SaudiNewsNet
    // 2015-07-23-220: an approximator with a glued و.)
    let doc = analyze(
        "أشار مسؤول تركي إلى تعرض ما بين 20 و25 شخصا لإصابات .\nيتراوح عددهم بين 10 و15 ألف شخص .\nحيث كان هناك ما يقارب 230 - 250 جندي منها .\nما أدى إلى مقتل ثلاثة أشخاص وإصابة خمسة حيث وقع الانفجار .\nعدد الذين أعدموا في عهده بينهم أربعة آلاف تم التعرف عليهم .\nتمكنت من أن تحشد نحو 420 ألفا من مشتركي تويتر، ونحو 30 ألف مشترك .",
        PUBLISHED,
    );
    assert_eq!(
        quantities(&doc),
        [
            ("20", Some(20.0), Some("شخصا")),
            ("25 شخصا", Some(25.0), Some("شخصا")),
            ("10", Some(10000.0), Some("شخص")),
            ("15 ألف شخص", Some(15000.0), Some("شخص")),
            ("ما يقارب 230", Some(230.0), Some("جندي")),
            ("250 جندي", Some(250.0), Some("جندي")),
            ("ثلاثة أشخاص", Some(3.0), Some("أشخاص")),
            ("خمسة", Some(5.0), None),
            ("أربعة آلاف", Some(4000.0), None),
            ("نحو 420 ألفا", Some(420000.0), None),
            ("نحو 30 ألف مشترك", Some(30000.0), Some("مشترك")),
        ]
    );
    let approx: Vec<Option<&str>> = doc.quantities.iter().map(|q| q.approx.as_deref()).collect();
    assert_eq!(approx.last(), Some(&Some("نحو")), "without its و");
}

#[test]
fn scores_references_time_ranges_and_labels_are_no_counts() {
    // (SaudiNewsNet 2015-08-08-451: a score; 2015-07-24-703: a royal decree's number;
    // 2015-07-31-570 and 2015-07-23-673: ranges of days and of weeks; 2015-07-21-1393: a style
    // sheet.)
    let doc = analyze(
        "وخسر العين أمام الهلال السعودي 1-2 في مباراة ودية .\nالصادرة بالمرسوم الملكي رقم م/ 59 في 4/ 11/ 1426 هـ .\nتقام فعالياته خلال الفترة من 20 إلى 29 يوليو 2015م .\nوسيبتعد عن الملاعب لفترة تتراوح ما بين 4 إلى 6 أسابيع .\n.box_vote ul { margin: 0; padding: 0; }",
        PUBLISHED,
    );
    assert!(doc.quantities.is_empty(), "{:#?}", quantities(&doc));
    // (baly R-93-11: `عدة` after its plural; SaudiNewsNet 2015-07-26-1088: a definite word
    // after a preposition.)
    let doc = analyze(
        "وساندت دول غربية وعربية لسنوات عدة مطلب المعارضة . وتضم 64 مركزا انتخابيا بجدة و44 للمحافظات التابعة لها .",
        PUBLISHED,
    );
    assert_eq!(
        quantities(&doc),
        [
            ("64 مركزا", Some(64.0), Some("مركزا")),
            ("44", Some(44.0), None)
        ]
    );
}

#[test]
fn list_items_notes_steps_and_models_are_no_counts() {
    // (baly R-662-5: an item's number inside a line; V-495-2: an issue number in square
    // brackets; V-478-11: a step; R-108-11: a bomber's model before a verb.)
    let doc = analyze(
        "الى مشروع يتضمن أربعة شروط اساسية , هي : 1 - قدرة الدولة على التمويل .\n19 ديسمبر 2017 م - رقم العدد [ 14266 ] الرائد جميل الصالح .\nإعدادات الأمان في فيسبوك . الخطوة 11 , انقر على القائمة .\nوأضاف : \" قاذفات تو - 22 نفذت في غضون شهر 84 طلعة \" .",
        PUBLISHED,
    );
    assert_eq!(
        quantities(&doc),
        [
            ("أربعة شروط", Some(4.0), Some("شروط")),
            ("84 طلعة", Some(84.0), Some("طلعة"))
        ]
    );
    // (baly V-433-3: a count that ends before a preposition; SaudiNewsNet 2015-07-24-885 and
    // 2015-08-10-174: the accusative مليونا multiplies, a lone مليارا is a dual.)
    let doc = analyze(
        "مقتل شخص وإصابة سبعة إثر إطلاق نار في مركز تجاري .\nرفعت الشركة صافي ربحها إلى 337 مليونا بعد أن كان 189 مليونا .\nاستفاد الأردن من قرض قيمته مليارا دولار .",
        PUBLISHED,
    );
    assert_eq!(
        quantities(&doc),
        [
            ("سبعة", Some(7.0), None),
            ("337 مليونا", Some(337e6), None),
            ("189 مليونا", Some(189e6), None)
        ]
    );
}

#[test]
fn a_detached_article_makes_an_ordinal_after_a_singular_and_a_count_after_a_plural() {
    // (SaudiNewsNet 2015-07-27-1153: an ordinal after a nisba; baly R-241-12: a count after a
    // plural; V-495-2: an amount of time; V-531-7: a range whose second number the times
    // stage reads as a year; R-209-4: a rate per minute.)
    let doc = analyze(
        "للانضمام لفريق الخدمة في المخيم الكشفي العالمي الـ 23 الذي تستضيفه اليابان .\nوأعربت الدول ال - 3 عن دعمها لعقد مؤتمر الحوار .\nطالت ريف حماة الشمالي خلال الساعات ال - 24 الماضية .\nيخسر لبنان كل عام ما يقارب 1400 إلى 1500 هكتار من مساحاته .\nأما قلب الطائر فعدد ضرباته 1000 / دقيقة .",
        PUBLISHED,
    );
    assert_eq!(
        quantities(&doc),
        [
            ("3", Some(3.0), None),
            ("ما يقارب 1400", Some(1400.0), Some("هكتار")),
            ("1500 هكتار", Some(1500.0), Some("هكتار")),
            ("1000", Some(1000.0), None)
        ]
    );
}

#[test]
fn vague_billions_and_millions_after_a_name_count() {
    // (SaudiNewsNet 2015-08-11-298: `بضعة مليارات` is a vague amount; 2015-07-31-539: a club's
    // name before `23 مليونا` does not make it part of a name.)
    let doc = analyze(
        "من خلال منح أثينا قرضا مرحليا جديدا بقيمة بضعة مليارات اليورو لتسديد استحقاق .\nومنه إلى أياكس مقابل 5 ملايين، ثم ليفربول 23 مليونا، وأخيرا إلى برشلونة .",
        PUBLISHED,
    );
    assert_eq!(
        quantities(&doc),
        [
            ("بضعة مليارات", None, None),
            ("5 ملايين", Some(5e6), None),
            ("23 مليونا", Some(23e6), None)
        ]
    );
}
