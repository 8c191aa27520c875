//! Conflicts inside one document: a denial and an assertion of the same event by different
//! sources, and not merely of the same kind of event. Sentences adapted from baly2018
//! articles (Baly et al., NAACL 2018): V-252 (Deir ez-Zor, Khan Shaykhun) and the seed's
//! pattern of a deal reported and negotiations denied.

mod common;

use common::analyze_body as analyze;

#[test]
fn a_denied_strike_on_one_town_does_not_oppose_an_attack_on_another() {
    let doc = analyze(
        "ونفى التحالف الدولي مسؤوليته عن قصف مدينة دير الزور في شرق سوريا.\n\
         وقال المندوب الروسي فاسيلي نيبينزيا إن اللجنة ستحدد الجهة المسؤولة عن هجوم خان شيخون.",
    );
    assert_eq!(doc.statements.len(), 2, "{:?}", doc.statements);
    assert!(doc.conflicts.is_empty(), "{:?}", doc.conflicts);
}

#[test]
fn a_denied_strike_opposes_a_reported_strike_on_the_same_town() {
    let doc = analyze(
        "ونفى التحالف الدولي مسؤوليته عن قصف مدينة دير الزور في شرق سوريا.\n\
         وقال مصدر حكومي سوري إن طائرات التحالف شنت غارات على مدينة دير الزور وقتلت العشرات.",
    );
    assert_eq!(doc.statements.len(), 2, "{:?}", doc.statements);
    assert_eq!(doc.conflicts.len(), 1, "{:?}", doc.conflicts);
    assert!(
        doc.conflicts[0].reason.contains("attack"),
        "{}",
        doc.conflicts[0].reason
    );
}

/// baly2018 V-253 and R-169: sharing words is not enough; the denied thing itself must be
/// asserted.
#[test]
fn a_denial_opposes_an_assertion_of_what_it_denies_not_of_its_circumstances() {
    let visa = analyze(
        "إلا أن المتحدث باسم وزارة الخارجية التركية نفى رد الحكومة التركية بفرض تأشيرة دخول على السوريين وفق ا لمبدأ المعاملة بالمثل .\n\
         وقال دبلوماسي تركي إن الحكومة التركية تتجه لفرض تأشيرة دخول على السوريين , دون أن يحدد تاريخ سريان القرار .",
    );
    assert_eq!(visa.conflicts.len(), 1, "{:?}", visa.conflicts);
    let haftar = analyze(
        "نفت روسيا , على لسان سفيرها لدى ليبيا إيفان مولوتكوف , دعمها لقائد \" الجيش \" في شرق البلاد اللواء المتقاعد خليفة حفتر .\n\
         أعلن المتحدث باسم القوات التي يقودها اللواء المتقاعد خليفة حفتر , الأربعاء , رسميا , قبولهم ودعمهم للانتخابات البرلمانية والرئاسية المزمع إجراؤها وفق خارطة طريق أممية .",
    );
    assert!(haftar.conflicts.is_empty(), "{:?}", haftar.conflicts);
}

/// A denied deal does not oppose a report of the fighting between the same parties, however
/// many words the two share (baly2018 R-276-1).
#[test]
fn a_denied_deal_does_not_oppose_a_report_of_the_fighting() {
    let doc = analyze(
        "ونفى المتحدث باسم وحدات الحماية الكردية أي اتفاق بين قوات سوريا الديمقراطية ومسلحي داعش لخروجهم من مدينة الرقة.\n\
         وقال نوري محمد إن مسلحي داعش في مدينة الرقة على وشك الانهيار أمام قوات سوريا الديمقراطية.",
    );
    assert_eq!(doc.statements.len(), 2, "{:?}", doc.statements);
    assert!(doc.conflicts.is_empty(), "{:?}", doc.conflicts);
}
