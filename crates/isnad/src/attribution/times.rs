//! Time expressions: dates in both Gregorian month systems (`سبتمبر` and `أيلول`), Hijri
//! dates, weekdays with a part of the day (`مساء السبت`), parts of a month (`مطلع فبراير`),
//! relative days (`أمس`، `اليوم`), relative months and years (`سبتمبر الماضي`، `الشهر الجاري`),
//! and durations (`خلال نحو أسبوعين`، `قبل ثلاثة أسابيع`، `منذ عام 2014`).
//!
//! Each is resolved to an ISO date, month, year or range **only** against the document's
//! `published` date, when it is a full date. A page's render date (`page_date`) is never an
//! anchor: the seed page was rendered in 2024 about events of early 2019, and anchoring on
//! the render date would date them five years late. Without an anchor, relative expressions
//! keep a null value; absolute ones (`27 ديسمبر 2017`) resolve on their own.

use rustc_hash::FxHashMap;

use super::{data_lines, norm_words, Attributor, View};
use crate::document::{TimeExpression, TokenKind};

const CALENDAR: &str = include_str!("../../../../data/attribution/calendar.tsv");
const NUMBERS: &str = include_str!("../../../../data/attribution/numbers.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MonthSystem {
    Gregorian,
    Hijri,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Early,
    Mid,
    Late,
    FirstHalf,
    SecondHalf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
    Hour,
    Minute,
    Second,
}

impl Unit {
    /// An ISO 8601 duration of `n` units: `P3D`، `P2W`، `PT5H`.
    fn iso_duration(self, n: i64) -> String {
        match self {
            Unit::Day => format!("P{n}D"),
            Unit::Week => format!("P{n}W"),
            Unit::Month => format!("P{n}M"),
            Unit::Year => format!("P{n}Y"),
            Unit::Hour => format!("PT{n}H"),
            Unit::Minute => format!("PT{n}M"),
            Unit::Second => format!("PT{n}S"),
        }
    }
}

/// Calendar words, keyed on normalised word sequences.
pub struct Calendar {
    months: Vec<(Vec<String>, MonthSystem, u32, bool)>,
    weekdays: FxHashMap<String, u32>,
    dayparts: Vec<Vec<String>>,
    monthparts: Vec<(Vec<String>, Part)>,
    ordinals: Vec<(Vec<String>, u32)>,
    relative_days: Vec<(Vec<String>, i64)>,
    units: FxHashMap<String, (Unit, u32)>,
}

fn longest_first<T>(v: &mut [(Vec<String>, T)]) {
    v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
}

impl Calendar {
    /// Whether the normalised word `w` names a month or a weekday (`يناير`، `كانون`، `الأحد`).
    pub fn is_calendar_word(&self, w: &str) -> bool {
        self.weekdays.contains_key(w)
            || self
                .months
                .iter()
                .any(|(words, _, _, ambiguous)| !ambiguous && words.iter().any(|x| x == w))
    }

    /// Whether the normalised word `w` is a unit of time (`عاما`، `أيام`، `ساعتين`).
    pub fn is_time_unit(&self, w: &str) -> bool {
        self.units.contains_key(w)
    }

    pub fn embedded() -> Self {
        let mut c = Calendar {
            months: Vec::new(),
            weekdays: FxHashMap::default(),
            dayparts: Vec::new(),
            monthparts: Vec::new(),
            ordinals: Vec::new(),
            relative_days: Vec::new(),
            units: FxHashMap::default(),
        };
        for cols in data_lines(CALENDAR).filter(|c| c.len() >= 3) {
            let value: i64 = cols[1].parse().unwrap_or(0);
            for w in cols[2].split('|') {
                let words = norm_words(w);
                match cols[0] {
                    "month" | "month-ambiguous" => c.months.push((
                        words,
                        MonthSystem::Gregorian,
                        value as u32,
                        cols[0].ends_with("ambiguous"),
                    )),
                    "hijri" | "hijri-ambiguous" => c.months.push((
                        words,
                        MonthSystem::Hijri,
                        value as u32,
                        cols[0].ends_with("ambiguous"),
                    )),
                    "weekday" => {
                        c.weekdays.insert(words.join(" "), value as u32);
                    }
                    "daypart" => c.dayparts.push(words),
                    "monthpart" => {
                        let part = match cols[1] {
                            "early" => Part::Early,
                            "mid" => Part::Mid,
                            "half1" => Part::FirstHalf,
                            "half2" => Part::SecondHalf,
                            _ => Part::Late,
                        };
                        c.monthparts.push((words, part));
                    }
                    "ordinal" => c.ordinals.push((words, value as u32)),
                    "relative" => c.relative_days.push((words, value)),
                    _ => {}
                }
            }
        }
        for cols in data_lines(NUMBERS).filter(|c| c.len() >= 3) {
            for w in cols[2].split('|') {
                let words = norm_words(w);
                match cols[0] {
                    "unit" | "units" => {
                        let unit = match cols[1] {
                            "day" => Unit::Day,
                            "week" => Unit::Week,
                            "month" => Unit::Month,
                            "year" => Unit::Year,
                            "minute" => Unit::Minute,
                            "second" => Unit::Second,
                            _ => Unit::Hour,
                        };
                        // A dual (أسبوعين) counts two of its unit, a singular one, a plural
                        // none of its own (0).
                        let n = words.join(" ");
                        let count = if cols[0] == "units" {
                            0
                        } else if n.ends_with("ين") || n.ends_with("ان") {
                            2
                        } else {
                            1
                        };
                        c.units.insert(n, (unit, count));
                    }
                    _ => {}
                }
            }
        }
        longest_first(&mut c.ordinals);
        longest_first(&mut c.relative_days);
        longest_first(&mut c.monthparts);
        c.months.sort_by_key(|m| std::cmp::Reverse(m.0.len()));
        c.dayparts.sort_by_key(|w| std::cmp::Reverse(w.len()));
        c
    }
}

/// A civil date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`; coarser dates (`YYYY-MM`) are no anchor for days.
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.get(..10)?.split('-');
        let year = it.next()?.parse().ok()?;
        let month = it.next()?.parse().ok()?;
        let day = it.next()?.parse().ok()?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Hinnant's `days_from_civil`).
    pub fn days(self) -> i64 {
        let y = if self.month <= 2 {
            self.year - 1
        } else {
            self.year
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date { year, month, day }
    }

    /// 0 = Sunday (الأحد) ... 6 = Saturday (السبت).
    pub fn weekday(self) -> u32 {
        (self.days() + 4).rem_euclid(7) as u32
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The ISO 8601 week of the date (`2017-W47`): weeks run Monday to Sunday and belong to
    /// the year of their Thursday.
    pub fn iso_week(self) -> String {
        let from_monday = (self.weekday() + 6) % 7;
        let thursday = self.add_days(3 - from_monday as i64);
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        format!("{:04}-W{week:02}", thursday.year)
    }

    /// The date `n` units later (earlier when negative), in calendar arithmetic: a month
    /// after 31 January is the last day of February.
    fn shift(self, unit: Unit, n: i64) -> Date {
        match unit {
            Unit::Day => self.add_days(n),
            Unit::Week => self.add_days(7 * n),
            Unit::Hour | Unit::Minute | Unit::Second => self,
            Unit::Month | Unit::Year => {
                let months = if unit == Unit::Year { 12 * n } else { n };
                let (year, month) = shift_month(self.year, self.month, months);
                Date {
                    year,
                    month,
                    day: self.day.min(days_in_month(year, month)),
                }
            }
        }
    }

    /// The date written at the precision of `unit`: `قبل شهرين` is a month, `قبل عامين` a
    /// year, `قبل ثلاثة أيام` a day.
    fn at_precision(self, unit: Unit) -> String {
        match unit {
            Unit::Month => month_iso(self.year, self.month),
            Unit::Year => format!("{:04}", self.year),
            _ => self.iso(),
        }
    }

    /// The tabular Islamic calendar date `(year, month, day)` of a Hijri date, as a civil date.
    pub fn from_hijri(year: i64, month: u32, day: u32) -> Date {
        let (m, d) = (month as i64, day as i64);
        let jdn = (11 * year + 3) / 30 + 354 * year + 30 * m - (m - 1) / 2 + d + 1948440 - 385;
        Date::from_days(jdn - 2440588)
    }

    /// The Hijri year of a civil date (tabular calendar).
    pub fn hijri_year(self) -> i64 {
        let jd = self.days() + 2440588;
        let l = jd - 1948440 + 10632;
        let n = (l - 1) / 10631;
        let l = l - 10631 * n + 354;
        let j = ((10985 - l) / 5316) * ((50 * l) / 17719) + (l / 5670) * ((43 * l) / 15238);
        30 * n + j - 30
    }
}

fn days_in_month(year: i64, month: u32) -> u32 {
    let next = if month == 12 {
        Date {
            year: year + 1,
            month: 1,
            day: 1,
        }
    } else {
        Date {
            year,
            month: month + 1,
            day: 1,
        }
    };
    (next.days()
        - Date {
            year,
            month,
            day: 1,
        }
        .days()) as u32
}

fn month_iso(year: i64, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

/// Which occurrence of a month (or month and day) a bare mention means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    /// `سبتمبر الماضي`: the last one strictly before the anchor's month.
    Last,
    /// `سبتمبر المقبل`: the next one after.
    Next,
    /// `الشهر الجاري`: the anchor's own.
    Current,
    /// No qualifier: the latest on or before the anchor.
    Nearest,
}

struct Parsed {
    end: usize,
    value: Option<String>,
    kind: &'static str,
}

/// Every time expression of the document, resolved against `published` when it is known.
pub fn find_times(att: &Attributor, view: &View, published: Option<&str>) -> Vec<TimeExpression> {
    let cal = &att.calendar;
    let anchor = published.and_then(Date::parse);
    let mut out = Vec::new();
    let mut i = 0;
    while i < view.len() {
        let (relation, start) = match first_word(view, i) {
            "منذ" => (Some("since"), i + 1),
            "خلال" => (Some("within"), i + 1),
            "قبل" => (Some("before"), i + 1),
            "بعد" => (Some("after"), i + 1),
            "لمده" | "طوال" | "طيله" => (Some("for"), i + 1),
            _ => (None, i),
        };
        if start >= view.len() {
            break;
        }
        // A duration keeps its preposition in its text: `خلال نحو أسبوعين`.
        if let Some(p) = duration(att, view, start, relation, anchor) {
            let end = p.end;
            out.push(expression(view, i, p, relation));
            i = end;
            continue;
        }
        if let Some(mut p) = expression_at(cal, view, start, anchor) {
            // `منذ مارس 2011` keeps the date as its value and `since` as its relation (the
            // range up to publication follows from both: [`since_range`]).
            let mut first = start;
            if let Some((from, q)) = range_end(cal, view, start, &p, anchor) {
                first = first.min(from);
                p.value = match (p.value, q.value) {
                    (Some(a), Some(b)) => Some(format!(
                        "{}/{}",
                        a.split('/').next().unwrap_or(&a),
                        b.rsplit('/').next().unwrap_or(&b)
                    )),
                    _ => None,
                };
                p.end = q.end;
            }
            // `1433 ه`، `2012 م`: the era letter after a year; a year of the Hijra is the range
            // of its Gregorian days (`عام 1391هـ`).
            if p.end < view.len()
                && view.kind(p.end - 1) == TokenKind::Number
                && matches!(view.norm(p.end), "م" | "ه")
            {
                if view.norm(p.end) == "ه" {
                    if let Some(y) = p.value.as_deref().filter(|v| v.len() == 4) {
                        p.value = y.parse().ok().map(hijri_year_range);
                    }
                }
                p.end += 1;
            }
            let end = p.end;
            out.push(expression(view, first, p, relation));
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

/// The Gregorian days of a Hijri year, as a range.
fn hijri_year_range(year: i64) -> String {
    let first = Date::from_hijri(year, 1, 1);
    let last = Date::from_hijri(year + 1, 1, 1).add_days(-1);
    format!("{}/{}", first.iso(), last.iso())
}

/// The second half of a range after the expression `p` that starts at token `start`:
/// `من 2011 إلى 2014`، `بين 2011 و2014`. Returns the range's first token (its `من` or
/// `بين`) and the second expression.
fn range_end(
    cal: &Calendar,
    view: &View,
    start: usize,
    p: &Parsed,
    anchor: Option<Date>,
) -> Option<(usize, Parsed)> {
    let k = p.end;
    let opener = start.checked_sub(1).filter(|&b| view.is_word(b));
    let opened_by = |w: &str| opener.is_some_and(|b| view.bare[b] == w || view.norm(b) == w);
    let linked = k + 1 < view.len()
        && match view.norm(k) {
            "الي" | "حتي" | "لغايه" | "وحتي" => true,
            "و" => opened_by("بين"),
            _ => false,
        };
    if !linked {
        return None;
    }
    let q = expression_at(cal, view, k + 1, anchor)?;
    let from = if opened_by("من") || opened_by("بين") {
        opener.unwrap_or(start)
    } else {
        start
    };
    Some((from, q))
}

/// `منذ` before a date: the range from the date's first day to the anchor (open, `..`,
/// without one).
pub fn since_range(value: &str, anchor: Option<Date>) -> String {
    let first = value.split('/').next().unwrap_or(value);
    let first = match first.len() {
        4 => format!("{first}-01-01"),
        7 => format!("{first}-01"),
        _ => first.to_string(),
    };
    let end = anchor.map_or_else(|| "..".to_string(), Date::iso);
    format!("{first}/{end}")
}

fn expression(view: &View, first: usize, p: Parsed, relation: Option<&str>) -> TimeExpression {
    // A conjunction glued to the first word is not part of the expression (`وخلال`), nor a
    // preposition before the article (`للعام المقبل` → `لعام المقبل`, `بالأمس` → `الأمس`).
    let preposition = ["لل", "بال"]
        .iter()
        .any(|p| view.bare[first].starts_with(p) && view.bare[first].len() > p.len() + 4);
    let start = view.start_as(first, &view.bare[first]) + usize::from(preposition);
    let end = view.tokens[p.end - 1].end;
    TimeExpression {
        text: view.slice(start, end).to_string(),
        start,
        end,
        value: p.value,
        kind: p.kind.to_string(),
        relation: relation.map(str::to_string),
    }
}

fn first_word<'v>(view: &'v View, i: usize) -> &'v str {
    if i >= view.len() || !view.is_word(i) {
        return "";
    }
    let n = view.norm(i);
    if matches!(n, "منذ" | "خلال" | "قبل" | "بعد" | "لمده" | "طوال" | "طيله")
    {
        n
    } else {
        view.bare[i].as_str()
    }
}

fn match_any<T: Copy>(view: &View, i: usize, table: &[(Vec<String>, T)]) -> Option<(usize, T)> {
    table
        .iter()
        .find_map(|(w, v)| view.match_words(i, w).map(|e| (e, *v)))
}

fn number_at(view: &View, i: usize) -> Option<i64> {
    if i < view.len() && view.kind(i) == TokenKind::Number {
        view.norm(i).parse().ok()
    } else {
        None
    }
}

fn year_at(view: &View, i: usize) -> Option<i64> {
    number_at(view, i).filter(|y| (1300..=2100).contains(y))
}

fn month_at(cal: &Calendar, view: &View, i: usize) -> Option<(usize, MonthSystem, u32, bool)> {
    cal.months
        .iter()
        .find_map(|(w, sys, m, amb)| view.match_words(i, w).map(|e| (e, *sys, *m, *amb)))
        .map(|(mut e, sys, m, amb)| {
            // Both systems side by side: `ديسمبر كانون الأول`، `أبريل / نيسان`.
            let k = if e < view.len() && view.is_punct(e, &["/", "-", "("]) {
                e + 1
            } else {
                e
            };
            if let Some((e2, s2, m2, _)) = cal
                .months
                .iter()
                .find_map(|(w, s, m, a)| view.match_words(k, w).map(|e| (e, *s, *m, *a)))
            {
                if s2 == sys && m2 == m {
                    e = if e2 < view.len() && view.is_punct(e2, &[")"]) {
                        e2 + 1
                    } else {
                        e2
                    };
                }
            }
            (e, sys, m, amb)
        })
}

fn which_at(view: &View, i: usize) -> Option<(usize, Which)> {
    if i >= view.len() {
        return None;
    }
    match view.norm(i) {
        "الماضي" | "الماضيه" | "المنصرم" | "المنصرمه" | "الفايت" | "الماضيين" => {
            Some((i + 1, Which::Last))
        }
        "المقبل" | "المقبله" | "القادم" | "القادمه" | "المقبلين" | "القادمين" => {
            Some((i + 1, Which::Next))
        }
        "الجاري" | "الحالي" | "الحاليه" | "نفسه" => {
            Some((i + 1, Which::Current))
        }
        _ => None,
    }
}

/// The year a month (and day) without a year falls in, seen from `anchor`.
fn year_for(anchor: Date, month: u32, day: u32, which: Which) -> i64 {
    let before_or_on = (month, day) <= (anchor.month, anchor.day);
    match which {
        Which::Current => anchor.year,
        Which::Nearest => {
            if before_or_on {
                anchor.year
            } else {
                anchor.year - 1
            }
        }
        Which::Last => {
            if month < anchor.month {
                anchor.year
            } else {
                anchor.year - 1
            }
        }
        Which::Next => {
            if month > anchor.month {
                anchor.year
            } else {
                anchor.year + 1
            }
        }
    }
}

fn expression_at(cal: &Calendar, view: &View, i: usize, anchor: Option<Date>) -> Option<Parsed> {
    numeric_date(view, i)
        .or_else(|| weekday(cal, view, i, anchor))
        .or_else(|| day_month(cal, view, i, anchor))
        .or_else(|| month_part(cal, view, i, anchor))
        .or_else(|| month_alone(cal, view, i, anchor))
        .or_else(|| year_alone(view, i))
        .or_else(|| relative(cal, view, i, anchor))
}

/// `مساء السبت`، `يوم الأربعاء`، `اليوم الاثنين`، `فجر السبت الماضي`.
fn weekday(cal: &Calendar, view: &View, i: usize, anchor: Option<Date>) -> Option<Parsed> {
    let mut j = i;
    let mut today = false;
    if let Some(e) = cal.dayparts.iter().find_map(|w| view.match_words(j, w)) {
        j = e;
    } else if view.bare[j] == "اليوم" {
        today = true;
        j += 1;
    }
    if j < view.len() && view.norm(j) == "يوم" {
        j += 1;
    }
    let wd = *cal
        .weekdays
        .get(view.norm(j.min(view.len() - 1)))
        .filter(|_| j < view.len())?;
    // `خطبة الجمعة`، `صلاة الجمعة`: Friday's prayer, not a date.
    if j == i && i > 0 && matches!(view.bare[i - 1].as_str(), "خطبه" | "صلاه" | "خطب") {
        return None;
    }
    if j == i && !view.conj[i] && view.bare[i] != view.norm(i) {
        return None;
    }
    let mut end = j + 1;
    let which = match which_at(view, end) {
        Some((e, w)) => {
            end = e;
            w
        }
        // `يوم الاثنين أو الثلاثاء المقبلين`: the qualifier after the second day holds for both.
        None if end + 2 < view.len()
            && matches!(view.norm(end), "او" | "و")
            && cal.weekdays.contains_key(view.norm(end + 1)) =>
        {
            which_at(view, end + 2).map_or(Which::Nearest, |(_, w)| w)
        }
        None => Which::Nearest,
    };
    // `الثلاثاء 29 مايو 2012`، `اليوم الأحد , 21 يناير 2018`: the date names the day.
    if which == Which::Nearest {
        let k = if end < view.len() && view.is_punct(end, &[",", "،", "-"]) {
            end + 1
        } else {
            end
        };
        let month_first = || {
            month_alone(cal, view, k, anchor)
                .filter(|d| d.value.as_ref().is_some_and(|v| v.len() == 10))
        };
        if let Some(d) = numeric_date(view, k)
            .or_else(|| day_month(cal, view, k, anchor))
            .or_else(month_first)
        {
            return Some(d);
        }
    }
    // Only the words before a day tell its tense: in `الخميس - أنه سيحضر` the future is
    // what was said on Thursday.
    let future = which == Which::Nearest && future_clause(view, i, None);
    let value = anchor.map(|a| {
        let back = (a.weekday() + 7 - wd) % 7;
        let d = match which {
            // `سيعقد الاجتماع يوم الأحد`: a future verb looks forward, to the first such day
            // after publication (or that very day when it is `اليوم`).
            Which::Nearest if future => {
                let ahead = (wd + 7 - a.weekday()) % 7;
                a.add_days(if ahead == 0 && !today {
                    7
                } else {
                    ahead as i64
                })
            }
            Which::Next => a.add_days(
                ((wd + 7 - a.weekday()) % 7).max(1) as i64 + if wd == a.weekday() { 6 } else { 0 },
            ),
            Which::Last if back == 0 => a.add_days(-7),
            _ => a.add_days(-(back as i64)),
        };
        d.iso()
    });
    Some(Parsed {
        end,
        value,
        kind: "relative",
    })
}

/// Whether the clause around an expression at tokens `[i, end)` speaks of the future: a verb
/// with the future proclitic (`سيعقد`، `ستكون`) or a word of expectation (`سوف`، `يتوقع`،
/// `المقرر`), back to the start of the sentence, or (given `end`) in the few words after the
/// expression (`وخلال نحو أسبوعين , ستكون`).
fn future_clause(view: &View, i: usize, end: Option<usize>) -> bool {
    const AFTER: usize = 4;
    let future_word = |k: usize| {
        matches!(
            view.bare[k].as_str(),
            "سوف"
                | "يتوقع"
                | "المتوقع"
                | "متوقع"
                | "المقرر"
                | "مقرر"
                | "يعتزم"
                | "تعتزم"
        ) || view.tokens[k]
            .segments
            .iter()
            .any(|m| m.role == crate::document::MorphemeRole::Proclitic && m.text == "س")
    };
    let after = end.map_or(0..0, |e| e..(e + AFTER).min(view.len()));
    let after = after.take_while(|&k| !view.is_punct(k, &["."]));
    (view.sentence_start(i)..i).rev().any(future_word) || after.into_iter().any(future_word)
}

fn day_number(cal: &Calendar, view: &View, i: usize) -> Option<(usize, u32)> {
    if let Some(n) = number_at(view, i).filter(|n| (1..=31).contains(n)) {
        return Some((i + 1, n as u32));
    }
    match_any(view, i, &cal.ordinals)
}

/// `27 ديسمبر , 2017`، `العاشر من سبتمبر الماضي`، `الخامس من ديسمبر كانون الأول`،
/// `29 و 30 يناير 2018`، `11 من الشهر الجاري`، `15 رمضان 1440`.
fn day_month(cal: &Calendar, view: &View, i: usize, anchor: Option<Date>) -> Option<Parsed> {
    let (mut j, day) = day_number(cal, view, i)?;
    let mut day_to = None;
    if j + 1 < view.len() && matches!(view.norm(j), "و" | "-") {
        if let Some((e, d2)) = day_number(cal, view, j + 1) {
            day_to = Some(d2);
            j = e;
        }
    }
    if j < view.len() && view.norm(j) == "من" {
        j += 1;
    }
    // `11 من الشهر الجاري`
    if j < view.len() && view.norm(j) == "الشهر" {
        let (end, which) = which_at(view, j + 1)?;
        let value = anchor.map(|a| {
            let (y, m) = shift_month(
                a.year,
                a.month,
                if which == Which::Last {
                    -1
                } else if which == Which::Next {
                    1
                } else {
                    0
                },
            );
            Date {
                year: y,
                month: m,
                day,
            }
            .iso()
        });
        return Some(Parsed {
            end,
            value,
            kind: "relative",
        });
    }
    let (mut end, sys, month, _) = month_at(cal, view, j)?;
    let mut k = end;
    if k < view.len() && view.is_punct(k, &[",", "،"]) {
        k += 1;
    }
    let (year, which) = if let Some(y) = year_at(view, k) {
        end = k + 1;
        (Some(y), Which::Nearest)
    } else if let Some((e, w)) = which_at(view, end) {
        end = e;
        (None, w)
    } else {
        (None, Which::Nearest)
    };
    let kind = if year.is_some() {
        "absolute"
    } else {
        "relative"
    };
    let value = match sys {
        MonthSystem::Gregorian => {
            let y = year.or_else(|| anchor.map(|a| year_for(a, month, day, which)));
            y.map(|y| {
                let d = Date {
                    year: y,
                    month,
                    day: day.min(days_in_month(y, month)),
                };
                match day_to {
                    Some(d2) => format!(
                        "{}/{}",
                        d.iso(),
                        Date {
                            day: d2.min(days_in_month(y, month)),
                            ..d
                        }
                        .iso()
                    ),
                    None => d.iso(),
                }
            })
        }
        MonthSystem::Hijri => {
            let y = year.or_else(|| {
                anchor.map(|a| {
                    let hy = a.hijri_year();
                    if Date::from_hijri(hy, month, day) <= a {
                        hy
                    } else {
                        hy - 1
                    }
                })
            });
            y.map(|y| Date::from_hijri(y, month, day).iso())
        }
    };
    Some(Parsed { end, value, kind })
}

fn shift_month(year: i64, month: u32, by: i64) -> (i64, u32) {
    let m0 = year * 12 + month as i64 - 1 + by;
    (m0.div_euclid(12), (m0.rem_euclid(12) + 1) as u32)
}

fn part_range(year: i64, month: u32, part: Part) -> String {
    let last = days_in_month(year, month);
    let (a, b) = match part {
        Part::Early => (1, 10),
        Part::Mid => (11, 20),
        Part::Late => (21, last),
        Part::FirstHalf => (1, 15),
        Part::SecondHalf => (16, last),
    };
    format!(
        "{}/{}",
        Date {
            year,
            month,
            day: a
        }
        .iso(),
        Date {
            year,
            month,
            day: b
        }
        .iso()
    )
}

/// `مطلع فبراير`، `منتصف الشهر الماضي`، `أواخر العام الماضي`، `بداية عام 2018`.
fn month_part(cal: &Calendar, view: &View, i: usize, anchor: Option<Date>) -> Option<Parsed> {
    let (mut j, part) = match_any(view, i, &cal.monthparts)?;
    // `النصف الأول من العام`; `نتائج النصف الأول` is a company's half-year.
    if matches!(part, Part::FirstHalf | Part::SecondHalf) {
        if j < view.len() && view.norm(j) == "من" {
            j += 1;
        } else {
            return None;
        }
    }
    if j < view.len() && view.norm(j) == "شهر" {
        j += 1;
    }
    if j < view.len() && view.norm(j) == "الشهر" {
        let (end, which) = which_at(view, j + 1)?;
        let by = match which {
            Which::Last => -1,
            Which::Next => 1,
            _ => 0,
        };
        let value = anchor.map(|a| {
            let (y, m) = shift_month(a.year, a.month, by);
            part_range(y, m, part)
        });
        return Some(Parsed {
            end,
            value,
            kind: "vague",
        });
    }
    // `أواخر عام 2016`، `أواخر 2016`، `مطلع العام المقبل`.
    let bare_year = year_at(view, j).filter(|_| view.norm(j).len() == 4);
    if bare_year.is_some() || j < view.len() && matches!(view.norm(j), "العام" | "السنه" | "عام")
    {
        let (end, year) = if let Some(y) = bare_year {
            (j + 1, Some(y))
        } else if let Some(y) = year_at(view, j + 1) {
            (j + 2, Some(y))
        } else {
            let (end, which) = which_at(view, j + 1)?;
            let by = match which {
                Which::Last => -1,
                Which::Next => 1,
                _ => 0,
            };
            (end, anchor.map(|a| a.year + by))
        };
        let value = year.map(|y| {
            let (a, b) = match part {
                Part::Early => (1, 4),
                Part::Mid => (5, 8),
                Part::Late => (9, 12),
                Part::FirstHalf => (1, 6),
                Part::SecondHalf => (7, 12),
            };
            format!("{}/{}", month_iso(y, a), month_iso(y, b))
        });
        return Some(Parsed {
            end,
            value,
            kind: "vague",
        });
    }
    let (mut end, sys, month, _) = month_at(cal, view, j)?;
    if sys == MonthSystem::Hijri {
        return Some(Parsed {
            end,
            value: None,
            kind: "vague",
        });
    }
    let year = if let Some(y) = year_at(view, end) {
        end += 1;
        Some(y)
    } else {
        let which = match which_at(view, end) {
            Some((e, w)) => {
                end = e;
                w
            }
            None => Which::Nearest,
        };
        anchor.map(|a| year_for(a, month, 1, which))
    };
    let value = year.map(|y| part_range(y, month, part));
    Some(Parsed {
        end,
        value,
        kind: "vague",
    })
}

/// `سبتمبر الماضي`، `أبريل / نيسان 2013`، `شهر رمضان`، `في فبراير`.
fn month_alone(cal: &Calendar, view: &View, i: usize, anchor: Option<Date>) -> Option<Parsed> {
    if i >= view.len() {
        return None;
    }
    let with_shahr = view.bare[i] == "شهر";
    let j = if with_shahr { i + 1 } else { i };
    let (mut end, sys, month, ambiguous) = month_at(cal, view, j)?;
    // `يناير 21 , 2018`: the month before the day, as English-language sites write it.
    if sys == MonthSystem::Gregorian {
        if let Some(day) = number_at(view, end).filter(|d| (1..=31).contains(d)) {
            let k = if end + 1 < view.len() && view.is_punct(end + 1, &[",", "،"]) {
                end + 2
            } else {
                end + 1
            };
            if let Some(y) = year_at(view, k) {
                let day = (day as u32).min(days_in_month(y, month));
                return Some(Parsed {
                    end: k + 1,
                    value: Some(
                        Date {
                            year: y,
                            month,
                            day,
                        }
                        .iso(),
                    ),
                    kind: "absolute",
                });
            }
        }
    }
    let year = year_at(view, end);
    let which = which_at(view, end);
    if ambiguous && !with_shahr && year.is_none() && which.is_none() {
        return None;
    }
    let kind = if year.is_some() {
        "absolute"
    } else {
        "relative"
    };
    let value = match (sys, year, which) {
        (MonthSystem::Gregorian, Some(y), _) => {
            end += 1;
            Some(month_iso(y, month))
        }
        (MonthSystem::Gregorian, None, w) => {
            let which = match w {
                Some((e, w)) => {
                    end = e;
                    w
                }
                None => Which::Nearest,
            };
            anchor.map(|a| month_iso(year_for(a, month, 1, which), month))
        }
        (MonthSystem::Hijri, Some(y), _) => {
            end += 1;
            let a = Date::from_hijri(y, month, 1);
            let (ny, nm) = if month == 12 {
                (y + 1, 1)
            } else {
                (y, month + 1)
            };
            let b = Date::from_hijri(ny, nm, 1).add_days(-1);
            Some(format!("{}/{}", a.iso(), b.iso()))
        }
        (MonthSystem::Hijri, None, _) => None,
    };
    Some(Parsed { end, value, kind })
}

/// `عام 2014`، `العام 2013`، `سنة 2011`، `بين عامي 2011`، and a bare year after a preposition
/// of time (`في 2011`، `منذ 2014`، `إلى 2014`).
fn year_alone(view: &View, i: usize) -> Option<Parsed> {
    let (at, end) = if matches!(
        view.bare[i].as_str(),
        "عام"
            | "العام"
            | "سنه"
            | "السنه"
            | "عامي"
            | "لعام"
            | "للعام"
            | "بالعام"
            | "لسنه"
            | "للسنه"
    ) {
        (i + 1, i + 2)
    } else if bare_year_context(view, i) {
        (i, i + 1)
    } else {
        return None;
    };
    let y = year_at(view, at)?;
    Some(Parsed {
        end,
        value: Some(format!("{y:04}")),
        kind: "absolute",
    })
}

/// A four-digit number is a year after a preposition of time (`في 2011`، `منذ 2014`), or at
/// the head of a range of years (`من 2011 إلى 2014`، `بين 2011 و2014`).
fn bare_year_context(view: &View, i: usize) -> bool {
    let range_head = i > 0
        && i + 2 < view.len()
        && matches!(view.norm(i - 1), "من" | "بين")
        && matches!(view.norm(i + 1), "الي" | "حتي" | "و")
        && year_at(view, i + 2).is_some();
    // `جميع الحقوق محفوظة 2018`، `© 2013`: a page's copyright year.
    let copyright = (i.saturating_sub(4)..(i + 4).min(view.len())).any(|k| {
        matches!(view.bare[k].as_str(), "محفوظه" | "حقوق" | "الحقوق")
            || view.norm(k) == "©"
            || view.norm(k).eq_ignore_ascii_case("copyright")
    });
    // `عامي 2014 و 2015`: the second of two years.
    let second = i >= 2 && view.norm(i - 1) == "و" && year_at(view, i - 2).is_some();
    // `2016م`، `1436هـ`: a year with its era letter.
    let era = i + 1 < view.len() && matches!(view.norm(i + 1), "م" | "ه");
    // `2009 - ميغيل أنخيل موراتينوس ...`: a chronology's year opening its line or sentence.
    let heading = (i == 0 || view.line_break_after(i - 1) || view.is_punct(i - 1, &["."]))
        && i + 1 < view.len()
        && view.is_punct(i + 1, &["-", ":"]);
    // `في 2011`، `منذ 2014`، `مطلع 2018`: after a preposition of time or a part of a year.
    let after_preposition = i > 0
        && view.is_word(i - 1)
        && [view.norm(i - 1), view.bare[i - 1].as_str()]
            .iter()
            .any(|w| {
                matches!(
                    *w,
                    "في" | "منذ"
                        | "حتي"
                        | "الي"
                        | "خلال"
                        | "قبل"
                        | "بعد"
                        | "مطلع"
                        | "اواخر"
                        | "منتصف"
                )
            });
    view.norm(i).len() == 4
        && (range_head || copyright || second || era || heading || after_preposition)
}

/// `21/11/2017`، `2017-11-21`، `21 . 11 . 2017`: day, month and year as numbers (day first
/// as written in the Arab world, or the ISO order).
fn numeric_date(view: &View, i: usize) -> Option<Parsed> {
    if i + 4 >= view.len() || view.kind(i) != TokenKind::Number {
        return None;
    }
    let sep = ["/", "-", "."];
    let same_sep = view.is_punct(i + 1, &sep)
        && view.is_punct(i + 3, &sep)
        && view.norm(i + 1) == view.norm(i + 3);
    if !same_sep {
        return None;
    }
    let (a, b, c) = (
        number_at(view, i)?,
        number_at(view, i + 2)?,
        number_at(view, i + 4)?,
    );
    let (year, month, day) = if a > 31 { (a, b, c) } else { (c, b, a) };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let (month, day) = (month as u32, day as u32);
    // `1439 / 3 / 23 ه`: a Hijri year, with or without its era letter.
    let hijri = (1300..1500).contains(&year);
    let date = if hijri {
        Date::from_hijri(year, month, day)
    } else if (1900..=2100).contains(&year) && day <= days_in_month(year, month) {
        Date { year, month, day }
    } else {
        return None;
    };
    Some(Parsed {
        end: i + 5,
        value: Some(date.iso()),
        kind: "absolute",
    })
}

/// `أمس`، `اليوم`، `غدا`، `الأسبوع الماضي`، `الشهر الجاري`، `العام الماضي`، `هذا الشهر`.
fn relative(cal: &Calendar, view: &View, i: usize, anchor: Option<Date>) -> Option<Parsed> {
    // `اليوم السابع` is a newspaper; `في مثل هذا اليوم` any year's day.
    let not_today = view.bare[i] == "اليوم"
        && (i + 1 < view.len() && view.bare[i + 1] == "السابع"
            || i >= 2 && view.bare[i - 1] == "هذا" && view.bare[i - 2] == "مثل");
    if not_today {
        return None;
    }
    if let Some((mut end, offset)) = match_any(view, i, &cal.relative_days) {
        // `أمس الاثنين`: the weekday names the same day, and wins when a page's date is a
        // day off (`غدا الجمعة` on a Friday's page is that Friday).
        let mut named = None;
        if end < view.len() {
            if let Some(&wd) = cal.weekdays.get(view.norm(end)) {
                named = Some(wd);
                end += 1;
            }
        }
        let value = anchor.map(|a| {
            let d = a.add_days(offset);
            let shift = named.map_or(0, |wd| {
                (wd as i64 - d.weekday() as i64 + 10).rem_euclid(7) - 3
            });
            d.add_days(shift).iso()
        });
        return Some(Parsed {
            end,
            value,
            kind: "relative",
        });
    }
    let (j, which) = if matches!(view.bare[i].as_str(), "هذا" | "هذه") {
        (i + 1, Which::Current)
    } else {
        (i, Which::Nearest)
    };
    if j >= view.len() {
        return None;
    }
    // `للعام المقبل`: ل before the article leaves one lam.
    let with_lam = view
        .norm(j)
        .strip_prefix("لل")
        .map(|rest| format!("ال{rest}"));
    let unit = match if let Some(w) = with_lam.as_deref().filter(|_| j == i) {
        w
    } else if j == i {
        view.bare[j].as_str()
    } else {
        view.norm(j)
    } {
        "الاسبوع" => Unit::Week,
        "الشهر" => Unit::Month,
        "العام" | "السنه" => Unit::Year,
        _ => return None,
    };
    let (end, which) = match which {
        Which::Current => (j + 1, Which::Current),
        _ => which_at(view, j + 1)?,
    };
    let by = match which {
        Which::Last => -1,
        Which::Next => 1,
        _ => 0,
    };
    let value = anchor.map(|a| match unit {
        Unit::Week => a.add_days(7 * by).iso_week(),
        Unit::Month => {
            let (y, m) = shift_month(a.year, a.month, by);
            month_iso(y, m)
        }
        _ => format!("{:04}", a.year + by),
    });
    Some(Parsed {
        end,
        value,
        kind: "relative",
    })
}

/// Whether the clause is past or future after a plural or dual unit: `الماضيين`، `الأخيرة`،
/// `المقبلة`. Returns one past the word and whether it looks back.
fn direction_at(view: &View, i: usize) -> Option<(usize, bool)> {
    if i >= view.len() {
        return None;
    }
    let n = view.norm(i);
    ["ين", "ه", ""]
        .iter()
        .find_map(|e| match n.strip_suffix(e)? {
            "الماضي" | "الاخير" | "المنصرم" | "الفايت" => {
                Some((i + 1, true))
            }
            "المقبل" | "القادم" => Some((i + 1, false)),
            _ => None,
        })
}

/// Words before a count of years that make it an age, not a time (`البالغ من العمر 30 عاما`).
/// (`بيانكي ( 25 عاما )` in parentheses, `تحت 21 عاما` a team's age limit.)
fn is_age(view: &View, i: usize) -> bool {
    let in_parentheses =
        i > 0 && view.is_punct(i - 1, &["("]) && i + 2 < view.len() && view.is_punct(i + 2, &[")"]);
    in_parentheses
        || (i.saturating_sub(4)..i).any(|k| {
            let b = view.bare[k].as_str();
            b.starts_with("عمر")
                || matches!(
                    b,
                    "العمر" | "بعمر" | "البالغ" | "سن" | "يبلغ" | "تبلغ" | "تحت"
                )
        })
}

/// A length of time, with or without the preposition that relates it to the anchor:
/// `خلال نحو أسبوعين`، `قبل ثلاثة أسابيع`، `منذ يومين`، `بعد شهر`، `خلال الأسبوعين
/// الماضيين`، `خلال الأيام الماضية` (no count: no value)، `لمدة ستة أشهر`، `سبع سنوات`.
///
/// `before` and `after` give the day (month, year) that far from the anchor; `since` and a
/// past `within` the range up to the anchor, a future `within` the range from it; `for` and a
/// bare count the ISO duration. An offset from an event (`قبل يومين من الانتخابات`) has no
/// value: the anchor is not publication.
fn duration(
    att: &Attributor,
    view: &View,
    i: usize,
    relation: Option<&str>,
    anchor: Option<Date>,
) -> Option<Parsed> {
    let (cal, numbers) = (&att.calendar, &att.numbers);
    let mut j = i;
    if let Some(e) = numbers.approximator_end(view, j) {
        j = e;
    }
    let number = |k: usize| -> Option<i64> {
        number_at(view, k).or_else(|| {
            numbers
                .word(view.norm(k))
                .or_else(|| numbers.word(&view.bare[k]))
                .map(|n| n as i64)
        })
    };
    let mut count = None;
    if j < view.len() {
        if let Some(n) = number(j) {
            count = Some(n);
            j += 1;
        }
    }
    if j >= view.len() || !view.is_word(j) {
        return None;
    }
    // `الأسبوعين الماضيين`، `السنوات الثلاث الأخيرة`: a definite unit wants a direction.
    let definite = count.is_none() && view.norm(j).starts_with("ال");
    let key = if definite {
        &view.norm(j)["ال".len()..]
    } else {
        view.norm(j)
    };
    let &(unit, own) = cal.units.get(key)?;
    let mut end = j + 1;
    // (`السنوات الثلاث الأخيرة`: a definite unit has no count before it, maybe one after.)
    if definite && end < view.len() {
        if let Some(n) = number(end) {
            count = Some(n);
            end += 1;
        }
    }
    // `الأسبوع الماضي`، `الشهر المقبل` name a calendar week or month (see `relative`).
    if definite && count.is_none() && own == 1 {
        return None;
    }
    let direction = direction_at(view, end);
    if let Some((e, _)) = direction {
        end = e;
    } else if definite {
        return None;
    }
    let explicit = count.is_some();
    let count = count.or((own > 0).then_some(own as i64));
    if relation.is_none() && direction.is_none() && (!explicit && own != 2 || is_age(view, i)) {
        // A bare unit word is no time (`عام 2014` is a year, `شهر رمضان` a month), nor an age.
        return None;
    }
    // `منذ عام 2014`، `خلال شهر رمضان`، `منذ يوم الخميس`: the unit word heads a date.
    if !explicit
        && own == 1
        && end < view.len()
        && (year_at(view, end).is_some()
            || month_at(cal, view, end).is_some()
            || cal.weekdays.contains_key(view.norm(end)))
    {
        return None;
    }
    if relation.is_none() && unit == Unit::Year && count.is_some_and(|n| n > 200) {
        return None;
    }
    let from_event = direction.is_none()
        && end + 1 < view.len()
        && matches!(view.norm(end), "من" | "علي")
        && matches!(relation, Some("before" | "after"));
    // `خلال 15 شهرا` looks back unless the clause speaks of the future.
    let past = direction.map_or(
        relation != Some("after")
            && !(relation == Some("within") && future_clause(view, i, Some(end))),
        |(_, back)| back,
    );
    let value = match (count, anchor) {
        (Some(n), _)
            if (matches!(relation, None | Some("for")) || from_event) && direction.is_none() =>
        {
            Some(unit.iso_duration(n))
        }
        (Some(n), Some(a)) if !from_event => Some(match relation {
            Some("before") => a.shift(unit, -n).at_precision(unit),
            Some("after") => a.shift(unit, n).at_precision(unit),
            _ if past => format!("{}/{}", a.shift(unit, -n).iso(), a.iso()),
            _ => format!("{}/{}", a.iso(), a.shift(unit, n).iso()),
        }),
        _ => None,
    };
    let kind = if matches!(relation, Some("before" | "after")) {
        "relative"
    } else {
        "duration"
    };
    Some(Parsed { end, value, kind })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_and_hijri_dates() {
        let d = Date::parse("2019-02-23").expect("a date");
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(d.weekday(), 6, "2019-02-23 was a Saturday");
        assert_eq!(Date::from_hijri(1440, 9, 1).iso(), "2019-05-06");
        assert_eq!(d.hijri_year(), 1440);
        assert_eq!(days_in_month(2020, 2), 29);
    }
}
