//! Reading dates: machine formats (`2020-08-24T10:00`, `24/08/2020`, URL paths) and the ways
//! Arabic pages write them (`الثلاثاء 23 أبريل 2024`, `3 كانون الثاني 2019`, `١٥ رمضان ١٤٤٠ هـ`,
//! Arabic-Indic digits), and inferring a time window from dated clues in the text.
//!
//! Month names are data (`data/page/months.tsv`), matched on normalised text so that spelling
//! variants (`أبريل`/`ابريل`, `ى`/`ي`) fold together. Hijri dates are converted with the
//! arithmetical (tabular) calendar, which can be a day or two off the observed calendar; such
//! dates carry a lower confidence.

use std::sync::OnceLock;

use regex::Regex;

use crate::text::normalize::{Normalizer, TATWEEL};

const MONTHS_TSV: &str = include_str!("../../../../data/page/months.tsv");
const CLUES_TSV: &str = include_str!("../../../../data/page/dated-clues.tsv");

/// A calendar date, possibly coarse (month or year only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Date {
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (1..=days_in_month(year, month))
            .contains(&day)
            .then_some(())?;
        Some(Date {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// ISO 8601 at the precision known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// Days since 1970-01-01 of the first day the date covers.
    pub fn days(&self) -> i64 {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.split('-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        Date::ymd(y, m, d)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Howard Hinnant's `days_from_civil`.
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

/// Tabular Islamic calendar (the common 30-year cycle, epoch 16 July 622 Julian) to Gregorian.
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<Date> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) || year < 1 {
        return None;
    }
    let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
    // Days since the Hijri epoch, then to Unix days (epoch = 622-07-19 Gregorian proleptic).
    let since_epoch = d + (295 * (m - 1) + 5) / 10 + 354 * (y - 1) + (3 + 11 * y) / 30 - 1;
    let epoch = days_from_civil(622, 7, 19);
    let (gy, gm, gd) = civil_from_days(epoch + since_epoch);
    Date::ymd(gy, gm, gd)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    Gregorian,
    Hijri,
}

/// A date found in a text, with its byte range in that text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    pub date: Date,
    pub start: usize,
    pub end: usize,
    pub calendar: Calendar,
}

struct Lexicon {
    months: Vec<(String, Calendar, u32)>,
    textual: Regex,
    numeric: Regex,
    weekdays: Regex,
}

fn normalizer() -> Normalizer {
    Normalizer::default()
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let n = normalizer();
        let mut months: Vec<(String, Calendar, u32)> = MONTHS_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut c = l.split('\t');
                let name = n.normalize(c.next()?.trim());
                let cal = match c.next()?.trim() {
                    "hijri" => Calendar::Hijri,
                    _ => Calendar::Gregorian,
                };
                let m = c.next()?.trim().parse().ok()?;
                Some((name, cal, m))
            })
            .collect();
        // Longest first, so that `كانون الثاني` wins over a shorter name inside it.
        months.sort_by_key(|(name, _, _)| std::cmp::Reverse(name.chars().count()));
        months.dedup_by(|a, b| a.0 == b.0);
        let alt = months
            .iter()
            .map(|(name, _, _)| regex::escape(name))
            .collect::<Vec<_>>()
            .join("|");
        // Day, month name, year (`23 ابريل 2024`, `العاشر`-style ordinals are not dates), with
        // the Levantine and Egyptian names side by side (`24 نيسان / أبريل 2020`), or English
        // `April 23, 2024`; an optional `هـ`/`م` marks the calendar.
        let textual = Regex::new(&format!(
            r"(?i)(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:من\s+)?(?:شهر\s+)?(?P<m1>{alt})\b(?:\s*/\s*(?:{alt})\b)?[\s,.\-/]*(?:(?:سنه|عام)\s+)?(?P<y1>\d{{4}})\b|\b(?P<m2>{alt})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s?,?\s+(?P<y2>\d{{4}})\b)(?:\s*(?P<era>ه\b|هـ|هجري|م\b|ميلادي))?"
        ))
        .expect("month alternation is a valid regex");
        let numeric = Regex::new(
            r"\b(?:(?P<y1>\d{4})(?:[-/.]| / )(?P<m1>\d{1,2})(?:[-/.]| / )(?P<d1>\d{1,2})|(?P<d2>\d{1,2})(?:[-/.]| / )(?P<m2>\d{1,2})(?:[-/.]| / )(?P<y2>\d{4}))\b",
        )
        .expect("numeric date regex is valid");
        let weekdays = Regex::new(
            r"(?i)\b(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b",
        )
        .expect("weekday regex is valid");
        Lexicon {
            months,
            textual,
            numeric,
            weekdays,
        }
    })
}

/// Whether `normal` (a word in the default normal form) names a month of either system or the
/// Hijri calendar (`شباط`، `أبريل`، `رمضان`).
pub fn is_month_name(normal: &str) -> bool {
    month_of(normal).is_some()
}

fn month_of(name: &str) -> Option<(Calendar, u32)> {
    let lower = name.to_lowercase();
    lexicon()
        .months
        .iter()
        .find(|(n, _, _)| *n == lower)
        .map(|&(_, c, m)| (c, m))
}

/// Normalises for date matching: the default folds (digits to ASCII, alef, yaa ...) with the
/// byte offset in `text` of every char of the result, so matches map back to the input.
fn normalize_with_offsets(text: &str) -> (String, Vec<usize>) {
    let n = normalizer();
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (b, c) in text.char_indices() {
        if c == TATWEEL {
            // `هـ` (the Hijri era mark) is written with a tatweel; keep it visible as `هـ`.
            out.push(c);
            origin.extend(std::iter::repeat(b).take(c.len_utf8()));
            continue;
        }
        n.fold_char(c, &mut |f| {
            out.push(f);
            origin.extend(std::iter::repeat(b).take(f.len_utf8()));
        });
    }
    origin.push(text.len());
    (out, origin)
}

/// Every full date (day, month, year) written in `text`, in order.
pub fn find_dates(text: &str, min_year: i32, max_year: i32) -> Vec<FoundDate> {
    let (norm, origin) = normalize_with_offsets(text);
    let lex = lexicon();
    let mut out = Vec::new();
    let map_end = |e: usize| {
        // The byte after the last matched char in the input.
        let last = origin[e.saturating_sub(1)];
        last + text[last..].chars().next().map_or(0, char::len_utf8)
    };
    for cap in lex.textual.captures_iter(&norm) {
        let whole = cap.get(0).expect("group 0 always matches");
        let (d, m, y) = match (cap.name("d1"), cap.name("m1"), cap.name("y1")) {
            (Some(d), Some(m), Some(y)) => (d, m, y),
            _ => match (cap.name("d2"), cap.name("m2"), cap.name("y2")) {
                (Some(d), Some(m), Some(y)) => (d, m, y),
                _ => continue,
            },
        };
        let Some((cal, month)) = month_of(m.as_str()) else {
            continue;
        };
        let (Ok(day), Ok(year)) = (d.as_str().parse::<u32>(), y.as_str().parse::<i32>()) else {
            continue;
        };
        let era_hijri = cap.name("era").is_some_and(|e| e.as_str().starts_with('ه'));
        let date = if cal == Calendar::Hijri || era_hijri && year < 1600 {
            hijri_to_gregorian(year, month, day)
        } else {
            Date::ymd(year, month, day)
        };
        if let Some(date) = date.filter(|d| (min_year..=max_year).contains(&d.year)) {
            out.push(FoundDate {
                date,
                start: origin[whole.start()],
                end: map_end(whole.end()),
                calendar: if cal == Calendar::Hijri || era_hijri {
                    Calendar::Hijri
                } else {
                    Calendar::Gregorian
                },
            });
        }
    }
    for cap in lex.numeric.captures_iter(&norm) {
        let whole = cap.get(0).expect("group 0 always matches");
        let parts = match (cap.name("y1"), cap.name("m1"), cap.name("d1")) {
            (Some(y), Some(m), Some(d)) => (y, m, d),
            _ => match (cap.name("y2"), cap.name("m2"), cap.name("d2")) {
                (Some(y), Some(m), Some(d)) => (y, m, d),
                _ => continue,
            },
        };
        let (Ok(y), Ok(m), Ok(d)) = (
            parts.0.as_str().parse::<i32>(),
            parts.1.as_str().parse::<u32>(),
            parts.2.as_str().parse::<u32>(),
        ) else {
            continue;
        };
        // Arab and European pages write day/month/year; fall back to month/day for US pages
        // only when the day-first reading is impossible.
        let date = Date::ymd(y, m, d).or_else(|| Date::ymd(y, d, m));
        if let Some(date) = date.filter(|d| (min_year..=max_year).contains(&d.year)) {
            let start = origin[whole.start()];
            if out
                .iter()
                .any(|f: &FoundDate| f.start <= start && start < f.end)
            {
                continue;
            }
            out.push(FoundDate {
                date,
                start,
                end: map_end(whole.end()),
                calendar: Calendar::Gregorian,
            });
        }
    }
    out.sort_by_key(|f| f.start);
    out
}

/// Phrases that introduce the article's own publication date in running text (`تم نشره
/// يوم 27 ديسمبر 2017`, `نشر في : نوفمبر 14 , 2017`), normalised. Update dates
/// (`آخر تحديث`) are left out: scrapers often save the render time there.
const PUBLICATION_PHRASES: &[&str] = &[
    "تم نشره",
    "تم النشر",
    "نشر في",
    "نشر بتاريخ",
    "نشر يوم",
    "تاريخ النشر",
    "published on",
    "posted on",
];

/// The date a publication phrase introduces, within the first `scan_bytes` of `text`: the
/// date and the text from the phrase to the end of the date.
pub fn publication_date(
    text: &str,
    scan_bytes: usize,
    min_year: i32,
    max_year: i32,
) -> Option<(FoundDate, String)> {
    let mut end = scan_bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let (norm, origin) = normalize_with_offsets(head);
    let lower = norm.to_lowercase();
    // The phrase must start a word and the date follow within a few words.
    let (at, len) = PUBLICATION_PHRASES
        .iter()
        .filter_map(|p| {
            lower
                .match_indices(p)
                .find(|(i, _)| {
                    lower[..*i]
                        .chars()
                        .next_back()
                        .map_or(true, |c| !c.is_alphanumeric())
                })
                .map(|(i, _)| (i, p.len()))
        })
        .min_by_key(|&(i, _)| i)?;
    let from = origin[at];
    let after = origin[(at + len).min(origin.len() - 1)];
    let mut window_end = (after + 80).min(text.len());
    while !text.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let found = find_dates(&text[after..window_end], min_year, max_year)
        .into_iter()
        .next()?;
    // Only separators and a weekday may stand between the phrase and the date.
    let gap = &text[after..after + found.start];
    if gap
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
        > 2
    {
        return None;
    }
    let found = FoundDate {
        start: after + found.start,
        end: after + found.end,
        ..found
    };
    let raw = text[from..found.end].to_string();
    Some((found, raw))
}

/// A line that is a date and nothing else (a weekday, the date, separators): the portal's
/// "today" line or an article's date line.
pub fn date_line(line: &str, min_year: i32, max_year: i32) -> Option<FoundDate> {
    let found = find_dates(line, min_year, max_year);
    let first = found.first()?.clone();
    let rest = format!("{} {}", &line[..first.start], &line[first.end..]);
    let rest = normalizer().normalize(&rest);
    let rest = lexicon().weekdays.replace_all(&rest, " ");
    let leftover_words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.chars().any(char::is_alphabetic))
        .count();
    (leftover_words <= 1).then_some(first)
}

/// Parses a machine-written date: ISO 8601 (`2020-08-24`, `2020-08-24T10:00:00+02:00`),
/// `2020/08/24`, `24/08/2020`, `20200824`, RFC 2822 (`Mon, 24 Aug 2020 10:00:00 GMT`) and the
/// textual forms [`find_dates`] knows.
pub fn parse_machine_date(s: &str, min_year: i32, max_year: i32) -> Option<Date> {
    let s = s.trim();
    let bytes = s.as_bytes();
    if bytes.len() >= 10 && bytes[4] == b'-' && bytes[7] == b'-' {
        if let (Ok(y), Ok(m), Ok(d)) = (s[..4].parse(), s[5..7].parse(), s[8..10].parse()) {
            if let Some(date) = Date::ymd(y, m, d) {
                return (min_year..=max_year).contains(&y).then_some(date);
            }
        }
    }
    if bytes.len() >= 8 && bytes[..8].iter().all(u8::is_ascii_digit) {
        let y = s[..4].parse().ok()?;
        let m = s[4..6].parse().ok()?;
        let d = s[6..8].parse().ok()?;
        if let Some(date) = Date::ymd(y, m, d) {
            return (min_year..=max_year).contains(&y).then_some(date);
        }
    }
    find_dates(s, min_year, max_year).first().map(|f| f.date)
}

/// A date in a URL path: `/2020/8/24/`, `/2020-06-03-1.38`, `/20200317104489`, `/2020/11/`.
pub fn date_from_url(url: &str, min_year: i32, max_year: i32) -> Option<Date> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"/(?P<y>(?:19|20)\d{2})[/\-_](?P<m>\d{1,2})(?:[/\-_](?P<d>\d{1,2}))?(?:[/\-_.]|$)|/(?P<y2>(?:19|20)\d{2})(?P<m2>[01]\d)(?P<d2>[0-3]\d)",
        )
        .expect("URL date regex is valid")
    });
    let path_start = url.find("://").map_or(0, |i| i + 3);
    let path = &url[path_start..];
    let path = &path[path.find('/').unwrap_or(path.len())..];
    let cap = re.captures(path)?;
    let (y, m, d) = match (cap.name("y"), cap.name("m")) {
        (Some(y), Some(m)) => (y.as_str(), m.as_str(), cap.name("d").map(|d| d.as_str())),
        _ => (
            cap.name("y2")?.as_str(),
            cap.name("m2")?.as_str(),
            cap.name("d2").map(|d| d.as_str()),
        ),
    };
    let y: i32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    if !(min_year..=max_year).contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    match d.and_then(|d| d.parse::<u32>().ok()) {
        Some(d) => Date::ymd(y, m, d),
        None => Some(Date {
            year: y,
            month: Some(m),
            day: None,
        }),
    }
}

/// A phrase that places a text in a time window.
#[derive(Debug, Clone)]
pub struct DatedClue {
    pub phrase: String,
    pub from: Date,
    pub to: Date,
    pub note: String,
}

/// Clues found in a text and the window they agree on.
#[derive(Debug, Clone)]
pub struct TimeWindow {
    pub from: Date,
    pub to: Date,
    /// The clue phrases as written in the text, and what each is.
    pub evidence: Vec<(String, String)>,
}

impl TimeWindow {
    /// The window as the coarsest ISO date that covers it: a day, a month or a year; `None`
    /// when it spans several years.
    pub fn coarse_date(&self) -> Option<Date> {
        if self.from.year != self.to.year {
            return None;
        }
        if self.from.month == self.to.month {
            if self.from.day == self.to.day {
                return Some(self.from);
            }
            return Some(Date {
                day: None,
                ..self.from
            });
        }
        Some(Date {
            year: self.from.year,
            month: None,
            day: None,
        })
    }
}

fn clues() -> &'static [DatedClue] {
    static CLUES: OnceLock<Vec<DatedClue>> = OnceLock::new();
    CLUES.get_or_init(|| {
        let n = normalizer();
        CLUES_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                Some(DatedClue {
                    phrase: collapse_ws(&n.normalize(c.first()?.trim())),
                    from: Date::parse_iso(c.get(1)?.trim())?,
                    to: Date::parse_iso(c.get(2)?.trim())?,
                    note: c.get(3).unwrap_or(&"").trim().to_string(),
                })
            })
            .collect()
    })
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Intersects the windows of every dated clue found in `text`. `None` when there is no clue
/// or the clues contradict each other (an article about the past cites several eras).
pub fn infer_window(text: &str) -> Option<TimeWindow> {
    let (norm, origin) = normalize_with_offsets(text);
    let norm_ws = collapse_ws(&norm);
    let mut window: Option<TimeWindow> = None;
    for clue in clues() {
        let Some(at) = norm_ws.find(&clue.phrase) else {
            continue;
        };
        // Recover the phrase as written: find it in the un-collapsed normalised text when the
        // whitespace agrees; otherwise report the normalised phrase.
        let raw = norm
            .find(&clue.phrase)
            .map(|i| {
                let s = origin[i];
                let e = origin[(i + clue.phrase.len()).min(origin.len() - 1)];
                text[s..e.max(s)].to_string()
            })
            .unwrap_or_else(|| norm_ws[at..at + clue.phrase.len()].to_string());
        let w = window.get_or_insert(TimeWindow {
            from: clue.from,
            to: clue.to,
            evidence: Vec::new(),
        });
        w.from = w.from.max(clue.from);
        w.to = w.to.min(clue.to);
        if w.evidence.iter().all(|(_, n)| *n != clue.note) {
            w.evidence.push((raw, clue.note.clone()));
        }
    }
    window.filter(|w| w.from <= w.to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_month_names_in_both_systems_and_digits() {
        let f = find_dates("الثلاثاء 23 أبريل 2024", 1990, 2100);
        assert_eq!(f[0].date.iso(), "2024-04-23");
        let f = find_dates("دمشق في ٣ كانون الثاني ٢٠١٩", 1990, 2100);
        assert_eq!(f[0].date.iso(), "2019-01-03");
        let f = find_dates(
            "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً",
            1990,
            2100,
        );
        assert_eq!(f[0].date.iso(), "2020-04-24");
        let f = find_dates("تونس 15 جانفي 2020", 1990, 2100);
        assert_eq!(f[0].date.iso(), "2020-01-15");
        let f = find_dates("published April 23, 2024 by", 1990, 2100);
        assert_eq!(f[0].date.iso(), "2024-04-23");
        let f = find_dates("نشر في 24/08/2020 الساعة", 1990, 2100);
        assert_eq!(f[0].date.iso(), "2020-08-24");
    }

    #[test]
    fn hijri_dates_convert() {
        // 1 Ramadan 1440 AH was 6 May 2019 (tabular calendar).
        assert_eq!(hijri_to_gregorian(1440, 9, 1).unwrap().iso(), "2019-05-06");
        let f = find_dates("الموافق ١ رمضان ١٤٤٠ هـ", 1990, 2100);
        assert_eq!(f[0].calendar, Calendar::Hijri);
        assert_eq!(f[0].date.iso(), "2019-05-06");
    }

    #[test]
    fn date_lines_and_offsets() {
        let line = "الثلاثاء 23 أبريل 2024";
        let f = date_line(line, 1990, 2100).unwrap();
        assert_eq!(&line[f.start..f.end], "23 أبريل 2024");
        assert!(date_line("قال في 23 أبريل 2024 إن الاتفاق قائم", 1990, 2100).is_none());
    }

    #[test]
    fn publication_phrases_in_scraped_text() {
        // baly2018 (swissinfo's Reuters copy, Step News): tokenised, the date line glued in.
        let t = "محتويات خارجية . هذا المحتوى تم نشره يوم 27 ديسمبر , 2017 01 : 13 م بغداد ( رويترز ) - قال التحالف";
        let (f, raw) = publication_date(t, 4000, 1990, 2030).expect("a stated date");
        assert_eq!(f.date.iso(), "2017-12-27");
        assert_eq!(raw, "تم نشره يوم 27 ديسمبر , 2017");
        assert_eq!(&t[f.start..f.end], "27 ديسمبر , 2017");
        let t = "ملخص حلب اليومي نشر في : نوفمبر 14 , 2017 9 : 59 م تعرضت بلدة";
        let (f, _) = publication_date(t, 4000, 1990, 2030).expect("month-first date");
        assert_eq!(f.date.iso(), "2017-11-14");
        // A date a few words on is not the phrase's, nor is an update (render) date.
        let t = "نشر في صحيفة الشرق الأوسط مقال عن اجتماع 12 مايو 2017";
        assert!(publication_date(t, 4000, 1990, 2030).is_none());
        let t = "آخر تحديث 21 يناير 2018";
        assert!(publication_date(t, 4000, 1990, 2030).is_none());
        assert!(
            publication_date("تم نشره", 3, 1990, 2030).is_none(),
            "cut mid-char"
        );
    }

    #[test]
    fn url_dates() {
        let d = |u| date_from_url(u, 1990, 2100).map(|d| d.iso());
        assert_eq!(
            d("https://www.youm7.com/story/2020/8/24/x/4943459"),
            Some("2020-08-24".into())
        );
        assert_eq!(
            d("https://www.albayan.ae/a/b/2020-06-03-1.3874341"),
            Some("2020-06-03".into())
        );
        assert_eq!(
            d("https://arabic.sputniknews.com/arab_world/202003171044893040-x/"),
            Some("2020-03-17".into())
        );
        assert_eq!(
            d("https://www.beirutobserver.com/2020/11/2338761/"),
            Some("2020-11".into())
        );
        assert_eq!(d("https://example.com/article/164913/x"), None);
    }

    #[test]
    fn machine_dates() {
        let p = |s| parse_machine_date(s, 1990, 2100).map(|d| d.iso());
        assert_eq!(p("2020-08-24T10:00:00+02:00"), Some("2020-08-24".into()));
        assert_eq!(
            p("Mon, 24 Aug 2020 10:00:00 GMT"),
            Some("2020-08-24".into())
        );
        assert_eq!(p("20200824"), Some("2020-08-24".into()));
    }
}
