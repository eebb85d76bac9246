//! Dates: reads the forms pages write dates in and normalises them to
//! ISO 8601.
//!
//! Three entry points share one small tokenizer and pattern set:
//! [`parse`] reads a value that should be a date (a `<meta>` content, a
//! JSON-LD `datePublished`, a `datetime` attribute), [`find`] looks for the
//! first date inside free text (a byline, a `<time>` element's text), and
//! [`from_url_path`] reads `/2015/07/10/` style paths.
//!
//! Understood: ISO 8601 (`2015-07-10`, `2015-07-10T09:53:00.000-04:00`,
//! `2015-07-10 09:53:00 -0400`, `20150710`), RFC 2822
//! (`Fri, 10 Jul 2015 09:53:00 GMT`), month names in English, German,
//! French, Spanish, Italian, Portuguese and Dutch, full or abbreviated
//! (`July 10, 2015`, `10 July 2015`, `10. Juli 2015`, `10 de julio de
//! 2015`), numeric dates (`2015/07/10`, `10.07.2015`, `07/10/2015`),
//! Chinese, Japanese and Korean dates (`2015年7月10日`) and Unix
//! timestamps. A time of day (`9:53 pm`, `10h55`) and an offset (`Z`,
//! `+02:00`, `GMT`, `EST`) are kept when they follow the date.
//!
//! Everything is bounded: inputs are cut to a fixed number of tokens, and
//! each pattern looks at a handful of tokens, so the cost is linear.

use std::collections::HashMap;
use std::fmt::Write;

/// The most tokens read from one input.
const MAX_TOKENS: usize = 512;

/// A calendar date, with the time of day and UTC offset when known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Date {
    year: u16,
    month: u8,
    day: u8,
    /// Hours, minutes, seconds.
    time: Option<(u8, u8, u8)>,
    /// Minutes east of UTC; only with a time.
    offset: Option<i16>,
}

impl Date {
    /// ISO 8601: `2015-07-10`, `2015-07-10T09:53:00`,
    /// `2015-07-10T09:53:00-04:00` or `2015-07-10T13:53:00Z`.
    pub(crate) fn iso(&self) -> String {
        let mut out = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        if let Some((h, m, s)) = self.time {
            let _ = write!(out, "T{h:02}:{m:02}:{s:02}");
            match self.offset {
                Some(0) => out.push('Z'),
                Some(off) => {
                    let sign = if off < 0 { '-' } else { '+' };
                    let abs = off.unsigned_abs();
                    let _ = write!(out, "{sign}{:02}:{:02}", abs / 60, abs % 60);
                }
                None => {}
            }
        }
        out
    }
}

impl Date {
    /// Whether the date has a time in UTC (`Z`, `+00:00`).
    pub(crate) fn is_utc(&self) -> bool {
        self.time.is_some() && self.offset == Some(0)
    }

    /// Seconds since 1970-01-01T00:00:00Z, when the time and offset are
    /// known.
    fn instant(&self) -> Option<i64> {
        let (h, m, s) = self.time?;
        let offset = i64::from(self.offset?);
        let days = days_from_civil(i64::from(self.year), self.month, self.day);
        let minutes = days * 24 * 60 + i64::from(h) * 60 + i64::from(m) - offset;
        Some(minutes * 60 + i64::from(s))
    }

    /// Days from 1970-01-01 to the date's day, whatever its time.
    pub(crate) fn day_number(&self) -> i64 {
        days_from_civil(i64::from(self.year), self.month, self.day)
    }

    /// Whether both name the same second, whatever their offsets.
    pub(crate) fn same_instant(&self, other: &Date) -> bool {
        self.instant().is_some() && self.instant() == other.instant()
    }
}

/// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Reads a value that holds a date at its start (after an optional
/// weekday), as `<meta>` contents and JSON-LD dates do.
pub(crate) fn parse(value: &str) -> Option<Date> {
    let value = value.trim();
    if let Some(date) = epoch(value) {
        return Some(date);
    }
    let toks = tokenize(value);
    let mut i = 0;
    // A leading weekday: "Fri, 10 Jul 2015", "Friday July 10, 2015".
    if matches!(toks.first(), Some(Tok::Word(w)) if month(w).is_none()) {
        i = 1;
        if matches!(toks.get(1), Some(Tok::Sep(','))) {
            i = 2;
        }
    }
    match date_at(&toks, i, true, YEARS_DECLARED, false) {
        Some((date, next)) => Some(with_time(date, &toks, next)),
        // "Published on July 10, 2015": a date later in the value.
        None => find(value).map(|(date, _)| date),
    }
}

/// Finds the first date written inside `text`; returns it with the byte
/// offset where it starts.
pub(crate) fn find(text: &str) -> Option<(Date, usize)> {
    find_ordered(text, false)
}

/// The order a time zone's abbreviation beside a date tells (`Some(true)`:
/// day first): "12/03/2025 14:30 EAT" is Kenyan, 12 March; "03/12/2025
/// 2:30 PM EST" American, 12 March. Pages of such sites often declare
/// English with no region, which reads the month first.
pub(crate) fn zone_order(text: &str) -> Option<bool> {
    const DAY_FIRST: &[&str] = &[
        "GMT", "BST", "IST", "WAT", "CAT", "EAT", "SAST", "PKT", "AEST", "AEDT", "ACST", "ACDT",
        "AWST", "NZST", "NZDT", "SGT", "MYT", "WIB", "WITA", "ICT", "CET", "CEST", "EET", "EEST",
        "WET", "WEST", "MSK", "HKT",
    ];
    const MONTH_FIRST: &[&str] = &[
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "ET", "PT",
        "CT", "MT", "PHT",
    ];
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()))
        .find_map(|w| {
            if DAY_FIRST.contains(&w) {
                Some(true)
            } else if MONTH_FIRST.contains(&w) {
                Some(false)
            } else {
                None
            }
        })
}

/// [`find`], reading a numeric date with slashes (`3/4/2025`) day first
/// when `day_first`, as the page's language writes it.
pub(crate) fn find_ordered(text: &str, day_first: bool) -> Option<(Date, usize)> {
    let toks = tokenize_with_offsets(text);
    let words: Vec<Tok<'_>> = toks.iter().map(|&(t, _)| t).collect();
    (0..words.len()).find_map(|i| {
        let (date, next) = date_at(&words, i, false, YEARS_IN_TEXT, day_first)?;
        Some((with_time(date, &words, next), toks[i].1))
    })
}

/// A date written as path segments: `/2015/07/10/`, `/2015-07-10-slug`.
pub(crate) fn from_url_path(path: &str) -> Option<Date> {
    let toks = tokenize(path);
    (1..toks.len()).find_map(|i| {
        if toks[i - 1] != Tok::Sep('/') {
            return None;
        }
        let (date, next) = year_month_day(&toks, i, &['/', '-'], YEARS_IN_TEXT)?;
        // The day must end its segment or its slug word.
        match toks.get(next) {
            None | Some(Tok::Sep('/' | '-' | '_' | '.')) => Some(date),
            _ => None,
        }
    })
}

/// Years accepted from markup values.
const YEARS_DECLARED: std::ops::RangeInclusive<u32> = 1000..=2999;
/// Years accepted from text and URLs, where numbers are more often not
/// dates.
const YEARS_IN_TEXT: std::ops::RangeInclusive<u32> = 1900..=2100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok<'a> {
    /// A run of ASCII digits: its value (saturating) and its length.
    Num(u64, usize),
    /// A run of letters.
    Word(&'a str),
    /// Any other character but white space.
    Sep(char),
}

fn tokenize(s: &str) -> Vec<Tok<'_>> {
    tokenize_with_offsets(s)
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

/// Whether `c` is the virama or the nukta of an Indic script (Devanagari
/// to Malayalam): marks inside a word ("मार्च", "अक्टूबर") that are not
/// alphabetic, and would otherwise cut it in two. Each script's block is
/// 128 characters wide and keeps them at the same offsets.
fn is_indic_joiner(c: char) -> bool {
    let code = u32::from(c);
    (0x0900..0x0D80).contains(&code) && matches!(code & 0x7F, 0x3C | 0x4D)
}

/// The value of a decimal digit in the scripts dates are written in:
/// ASCII, Arabic-Indic ("٢٠٢٥"), Persian ("۱۴۰۴"), Devanagari ("२०२५"),
/// Bengali, Thai and full-width ("２０２５年").
fn decimal_digit(c: char) -> Option<u8> {
    const ZEROS: [u32; 7] = [0x30, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10];
    let code = u32::from(c);
    ZEROS
        .iter()
        .find_map(|&zero| code.checked_sub(zero).filter(|&d| d <= 9))
        .and_then(|d| u8::try_from(d).ok())
}

fn tokenize_with_offsets(s: &str) -> Vec<(Tok<'_>, usize)> {
    let mut toks = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if toks.len() >= MAX_TOKENS {
            break;
        }
        if c.is_whitespace() {
            continue;
        }
        if let Some(first) = decimal_digit(c) {
            let mut value = u64::from(first);
            let mut len = 1;
            while let Some(digit) = chars.peek().and_then(|&(_, d)| decimal_digit(d)) {
                value = value.saturating_mul(10).saturating_add(u64::from(digit));
                len += 1;
                chars.next();
            }
            toks.push((Tok::Num(value, len), start));
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            // CJK date characters stand alone, so "2015年7月" splits.
            if !is_cjk_date_char(c) {
                while let Some(&(i, d)) = chars.peek() {
                    if !(d.is_alphabetic() || is_indic_joiner(d)) || is_cjk_date_char(d) {
                        break;
                    }
                    end = i + d.len_utf8();
                    chars.next();
                }
            }
            toks.push((Tok::Word(&s[start..end]), start));
        } else {
            toks.push((Tok::Sep(c), start));
        }
    }
    toks
}

fn is_cjk_date_char(c: char) -> bool {
    matches!(c, '年' | '月' | '日' | '년' | '월' | '일')
}

/// A date starting at token `i`, and the index after it.
fn date_at(
    toks: &[Tok<'_>],
    i: usize,
    declared: bool,
    years: std::ops::RangeInclusive<u32>,
    day_first: bool,
) -> Option<(Date, usize)> {
    solar_hijri(toks, i, &years)
        .or_else(|| thai(toks, i, &years))
        .or_else(|| year_month_day(toks, i, &['-', '/', '.'], years.clone()))
        .or_else(|| compact(toks, i).filter(|_| declared))
        .or_else(|| year_month_name_day(toks, i, years.clone()).filter(|_| declared))
        .or_else(|| day_month_year_numeric(toks, i, years.clone(), day_first))
        .or_else(|| month_day_year(toks, i, years.clone()))
        .or_else(|| day_month_year(toks, i, years.clone()))
        .or_else(|| cjk(toks, i, years))
}

fn num(toks: &[Tok<'_>], i: usize, lens: std::ops::RangeInclusive<usize>) -> Option<u32> {
    match toks.get(i) {
        Some(&Tok::Num(v, len)) if lens.contains(&len) => u32::try_from(v).ok(),
        _ => None,
    }
}

fn sep(toks: &[Tok<'_>], i: usize) -> Option<char> {
    match toks.get(i) {
        Some(&Tok::Sep(c)) => Some(c),
        _ => None,
    }
}

fn word<'a>(toks: &[Tok<'a>], i: usize) -> Option<&'a str> {
    match toks.get(i) {
        Some(&Tok::Word(w)) => Some(w),
        _ => None,
    }
}

fn is_word(toks: &[Tok<'_>], i: usize, options: &[&str]) -> bool {
    word(toks, i).is_some_and(|w| options.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

/// `2015-07-10`, `2015/7/10`, `2015.07.10`.
fn year_month_day(
    toks: &[Tok<'_>],
    i: usize,
    seps: &[char],
    years: std::ops::RangeInclusive<u32>,
) -> Option<(Date, usize)> {
    let y = num(toks, i, 4..=4)?;
    let s = sep(toks, i + 1).filter(|s| seps.contains(s))?;
    let m = num(toks, i + 2, 1..=2)?;
    (sep(toks, i + 3) == Some(s)).then_some(())?;
    let d = num(toks, i + 4, 1..=2)?;
    Some((date(y, m, d, &years)?, i + 5))
}

/// `2024 Nov 18`, `2024 November 18`: the year first, as the National
/// Library of Medicine writes dates in citations (and journal pages in
/// their `citation_publication_date`).
fn year_month_name_day(
    toks: &[Tok<'_>],
    i: usize,
    years: std::ops::RangeInclusive<u32>,
) -> Option<(Date, usize)> {
    let y = num(toks, i, 4..=4)?;
    let m = month(word(toks, i + 1)?)?;
    let d = num(toks, i + 2, 1..=2)?;
    Some((date(y, m, d, &years)?, i + 3))
}

/// `20150710`, as some `<meta>` tags give it.
fn compact(toks: &[Tok<'_>], i: usize) -> Option<(Date, usize)> {
    let v = num(toks, i, 8..=8)?;
    Some((
        date(v / 10_000, v / 100 % 100, v % 100, &YEARS_DECLARED)?,
        i + 1,
    ))
}

/// `10.07.2015`, `10-07-2015` (day first) and `07/10/2015` (month first,
/// unless the first number cannot be a month, or the page's language
/// writes the day first: `day_first`).
fn day_month_year_numeric(
    toks: &[Tok<'_>],
    i: usize,
    years: std::ops::RangeInclusive<u32>,
    day_first: bool,
) -> Option<(Date, usize)> {
    let a = num(toks, i, 1..=2)?;
    let s = sep(toks, i + 1).filter(|s| matches!(s, '.' | '/' | '-'))?;
    let b = num(toks, i + 2, 1..=2)?;
    (sep(toks, i + 3) == Some(s)).then_some(())?;
    let y = num(toks, i + 4, 4..=4).or_else(|| two_digit_year(toks, i, s))?;
    let month_first = if a > 12 {
        false
    } else if b > 12 {
        true
    } else {
        s == '/' && !day_first
    };
    let (m, d) = if month_first { (a, b) } else { (b, a) };
    Some((date(y, m, d, &years)?, i + 5))
}

/// The year of a stamp written with two digits for each part and a time
/// after it ("11.03.25, 18:42", "11/18/19 11:04 PM"), as news sites print
/// them: 2000 and on. Alone, such a triple is as likely a version number
/// or a score.
fn two_digit_year(toks: &[Tok<'_>], i: usize, s: char) -> Option<u32> {
    num(toks, i, 2..=2)?;
    num(toks, i + 2, 2..=2)?;
    let y = num(toks, i + 4, 2..=2)?;
    (s != '-' && time_at(toks, i + 5).is_some()).then_some(2000 + y)
}

/// `July 10, 2015`, `Jul. 10th 2015`.
fn month_day_year(
    toks: &[Tok<'_>],
    i: usize,
    years: std::ops::RangeInclusive<u32>,
) -> Option<(Date, usize)> {
    let m = month(word(toks, i)?)?;
    let mut j = i + 1;
    if sep(toks, j) == Some('.') {
        j += 1;
    }
    let d = num(toks, j, 1..=2)?;
    j += 1;
    if is_word(toks, j, &["st", "nd", "rd", "th"]) {
        j += 1;
    }
    if sep(toks, j) == Some(',') {
        j += 1;
    }
    let y = num(toks, j, 4..=4)?;
    Some((date(y, m, d, &years)?, j + 1))
}

/// `10 July 2015`, `10. Juli 2015`, `1er juillet 2015`, `10 de julio de
/// 2015`, `10-Jul-2015`.
fn day_month_year(
    toks: &[Tok<'_>],
    i: usize,
    years: std::ops::RangeInclusive<u32>,
) -> Option<(Date, usize)> {
    let d = num(toks, i, 1..=2)?;
    let mut j = i + 1;
    if matches!(sep(toks, j), Some('.' | '-'))
        || is_word(toks, j, &["st", "nd", "rd", "th", "er", "º"])
    {
        j += 1;
    }
    if is_word(toks, j, &["de"]) {
        j += 1;
    }
    let m = if let Some(m) = levantine_month(toks, j) {
        j += 1;
        m
    } else if is_word(toks, j, &["tháng"]) {
        // Vietnamese: "1 tháng 8, 2024", "ngày 1 tháng 8 năm 2024".
        j += 1;
        num(toks, j, 1..=2).filter(|m| (1..=12).contains(m))?
    } else {
        month(word(toks, j)?)?
    };
    j += 1;
    // The month's other name in brackets: "9 آب (أغسطس) 2024".
    if sep(toks, j) == Some('(') && word(toks, j + 1).is_some() && sep(toks, j + 2) == Some(')') {
        j += 3;
    }
    if matches!(sep(toks, j), Some('.' | ',' | '-')) {
        j += 1;
    }
    if is_word(toks, j, &["de", "del", "năm"]) {
        j += 1;
    }
    let y = num(toks, j, 4..=4)?;
    Some((date(y, m, d, &years)?, j + 1))
}

/// The Levantine months of two words at `i`: "كانون الثاني" (January),
/// "تشرين الأول" (October), "تشرين الثاني" (November), "كانون الأول"
/// (December).
fn levantine_month(toks: &[Tok<'_>], i: usize) -> Option<u32> {
    let first = word(toks, i)?;
    let second = word(toks, i + 1)?;
    let later = match second {
        "الثاني" => true,
        "الأول" | "الاول" => false,
        _ => return None,
    };
    match first {
        "كانون" => Some(if later { 1 } else { 12 }),
        "تشرين" => Some(if later { 11 } else { 10 }),
        _ => None,
    }
}

/// The years of the Solar Hijri calendar (Iran's and Afghanistan's) that
/// web pages are dated in: 1921 to 2052. No page is dated in those years
/// of the Gregorian calendar.
const SOLAR_HIJRI_YEARS: std::ops::RangeInclusive<u32> = 1300..=1430;

/// The names of the Solar Hijri months, Farvardin to Esfand: Iran's, then
/// Afghanistan's (Dari: Hamal to Hut).
const SOLAR_HIJRI_MONTHS: [[&str; 2]; 12] = [
    ["فروردین", "حمل"],
    ["اردیبهشت", "ثور"],
    ["خرداد", "جوزا"],
    ["تیر", "سرطان"],
    ["مرداد", "اسد"],
    ["شهریور", "سنبله"],
    ["مهر", "میزان"],
    ["آبان", "عقرب"],
    ["آذر", "قوس"],
    ["دی", "جدی"],
    ["بهمن", "دلو"],
    ["اسفند", "حوت"],
];

/// A Solar Hijri date, as its Gregorian day: `1404/01/15`, `۱۴۰۴-۰۱-۱۵`,
/// `۱۵ فروردین ۱۴۰۴` (all 2025-04-04).
fn solar_hijri(
    toks: &[Tok<'_>],
    i: usize,
    years: &std::ops::RangeInclusive<u32>,
) -> Option<(Date, usize)> {
    let numeric = || {
        let y = num(toks, i, 4..=4).filter(|y| SOLAR_HIJRI_YEARS.contains(y))?;
        let s = sep(toks, i + 1).filter(|s| matches!(s, '/' | '-' | '.'))?;
        let m = num(toks, i + 2, 1..=2)?;
        (sep(toks, i + 3) == Some(s)).then_some(())?;
        Some((y, m, num(toks, i + 4, 1..=2)?, i + 5))
    };
    let named = || {
        let d = num(toks, i, 1..=2)?;
        let name = word(toks, i + 1)?;
        let m = SOLAR_HIJRI_MONTHS
            .iter()
            .position(|names| names.contains(&name))?;
        let y = num(toks, i + 2, 4..=4).filter(|y| SOLAR_HIJRI_YEARS.contains(y))?;
        Some((y, u32::try_from(m).ok()? + 1, d, i + 3))
    };
    let (y, m, d, next) = numeric().or_else(named)?;
    let (gy, gm, gd) = gregorian_from_solar_hijri(y, m, d)?;
    Some((date(gy, gm, gd, years)?, next))
}

/// The Thai months, January to December: in full (กุมภาพันธ์'s final
/// mark is no letter, so the word ends before it), and abbreviated as
/// two letters with dots ("มี.ค."), read here without the dots.
const THAI_MONTHS: [[&str; 2]; 12] = [
    ["มกราคม", "มค"],
    ["กุมภาพันธ", "กพ"],
    ["มีนาคม", "มีค"],
    ["เมษายน", "เมย"],
    ["พฤษภาคม", "พค"],
    ["มิถุนายน", "มิย"],
    ["กรกฎาคม", "กค"],
    ["สิงหาคม", "สค"],
    ["กันยายน", "กย"],
    ["ตุลาคม", "ตค"],
    ["พฤศจิกายน", "พย"],
    ["ธันวาคม", "ธค"],
];

/// The Buddhist era's years are the Gregorian ones plus 543: Thai pages
/// date in either, and no page is dated after 2400 in the Gregorian one.
const BUDDHIST_ERA_OFFSET: u32 = 543;

/// A Thai date: "14 มีนาคม 2568", "14 มี.ค. 2568", "14 มี.ค. 2025" (all
/// 2025-03-14), its year in the Buddhist era or the Gregorian one.
fn thai(
    toks: &[Tok<'_>],
    i: usize,
    years: &std::ops::RangeInclusive<u32>,
) -> Option<(Date, usize)> {
    const BUDDHIST_YEARS: std::ops::RangeInclusive<u32> = 2400..=2700;
    let d = num(toks, i, 1..=2)?;
    let first = word(toks, i + 1)?;
    // Most words are no Thai month: one test of the first letter.
    if !first.starts_with(|c: char| ('\u{0E01}'..='\u{0E5B}').contains(&c)) {
        return None;
    }
    // The index after token `j`, and after the mark `c` if it follows.
    let past = |j: usize, c: char| if sep(toks, j) == Some(c) { j + 1 } else { j };
    let (m, mut j) = match THAI_MONTHS.iter().position(|names| names[0] == first) {
        // กุมภาพันธ์'s closing mark.
        Some(m) => (m, past(i + 2, '\u{0E4C}')),
        None => {
            (sep(toks, i + 2) == Some('.')).then_some(())?;
            let short = format!("{first}{}", word(toks, i + 3)?);
            let m = THAI_MONTHS.iter().position(|names| names[1] == short)?;
            (m, past(i + 4, '.'))
        }
    };
    j = past(j, ',');
    let mut y = num(toks, j, 4..=4)?;
    if BUDDHIST_YEARS.contains(&y) {
        y -= BUDDHIST_ERA_OFFSET;
    }
    Some((date(y, u32::try_from(m).ok()? + 1, d, years)?, j + 1))
}

/// The Gregorian day of a Solar Hijri date (the arithmetic of the
/// calendar's 33-year cycles).
fn gregorian_from_solar_hijri(year: u32, month: u32, day: u32) -> Option<(u32, u32, u32)> {
    // Farvardin to Shahrivar have 31 days, Mehr to Bahman 30, Esfand 29
    // or 30.
    let month_days = if month <= 6 { 31 } else { 30 };
    if !(1..=12).contains(&month) || day < 1 || day > month_days {
        return None;
    }
    let (jy, jm, jd) = (i64::from(year) + 1595, i64::from(month), i64::from(day));
    let before_month = if jm < 7 {
        (jm - 1) * 31
    } else {
        (jm - 7) * 30 + 186
    };
    let mut days = -355_668 + 365 * jy + (jy / 33) * 8 + ((jy % 33) + 3) / 4 + jd + before_month;
    let mut gy = 400 * (days / 146_097);
    days %= 146_097;
    if days > 36_524 {
        days -= 1;
        gy += 100 * (days / 36_524);
        days %= 36_524;
        if days >= 365 {
            days += 1;
        }
    }
    gy += 4 * (days / 1_461);
    days %= 1_461;
    if days > 365 {
        gy += (days - 1) / 365;
        days = (days - 1) % 365;
    }
    let gy = u32::try_from(gy).ok()?;
    let mut gd = u32::try_from(days + 1).ok()?;
    let mut gm = 1;
    while gm < 12 && gd > days_in_month(gy, gm) {
        gd -= days_in_month(gy, gm);
        gm += 1;
    }
    Some((gy, gm, gd))
}

/// `2015年7月10日`, `2015년 7월 10일`, and the years counted from an era
/// or a republic's founding (`令和7年3月4日`, `民國114年3月4日`).
fn cjk(toks: &[Tok<'_>], i: usize, years: std::ops::RangeInclusive<u32>) -> Option<(Date, usize)> {
    let (y, i) = match word(toks, i).and_then(era_year) {
        // "令和元年": the era's first year, written as a word.
        Some((before, true)) => (before + 1, i),
        Some((before, false)) => (before + num(toks, i + 1, 1..=3)?, i + 1),
        None => (num(toks, i, 4..=4)?, i),
    };
    is_word(toks, i + 1, &["年", "년"]).then_some(())?;
    let m = num(toks, i + 2, 1..=2)?;
    is_word(toks, i + 3, &["月", "월"]).then_some(())?;
    let d = num(toks, i + 4, 1..=2)?;
    let next = if is_word(toks, i + 5, &["日", "일"]) {
        i + 6
    } else {
        i + 5
    };
    Some((date(y, m, d, &years)?, next))
}

/// The Gregorian year before the first of the era a word ends with (the
/// Japanese eras since 1926, and the Republic of China's years), and
/// whether the word goes on to name the era's first year ("令和元"). In
/// running text the era's name ends a longer word ("本日は令和").
fn era_year(w: &str) -> Option<(u32, bool)> {
    const ERAS: [(&str, u32); 5] = [
        ("令和", 2018),
        ("平成", 1988),
        ("昭和", 1925),
        ("民國", 1911),
        ("民国", 1911),
    ];
    ERAS.iter().find_map(|&(era, before)| {
        if w.ends_with(era) {
            Some((before, false))
        } else {
            w.strip_suffix('元')
                .is_some_and(|w| w.ends_with(era))
                .then_some((before, true))
        }
    })
}

/// A valid calendar date.
fn date(y: u32, m: u32, d: u32, years: &std::ops::RangeInclusive<u32>) -> Option<Date> {
    if !years.contains(&y) || !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return None;
    }
    Some(Date {
        year: y as u16,
        month: m as u8,
        day: d as u8,
        time: None,
        offset: None,
    })
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Adds the time of day (and offset) that follows the date at token `i`,
/// when there is one.
fn with_time(mut date: Date, toks: &[Tok<'_>], i: usize) -> Date {
    if let Some((time, offset)) = time_at(toks, i) {
        date.time = Some(time);
        date.offset = offset;
    }
    date
}

type TimeOfDay = ((u8, u8, u8), Option<i16>);

/// The longest word [`time_at`] passes over between a date and its time.
const MAX_WORD_BEFORE_TIME: usize = 12;

fn time_at(toks: &[Tok<'_>], mut i: usize) -> Option<TimeOfDay> {
    // Words and marks between a date and its time.
    if matches!(sep(toks, i), Some(',' | '-' | '|' | '@' | '·' | '/')) {
        i += 1;
    }
    // A weekday in brackets ("2025年3月4日（火）14:30").
    if matches!(sep(toks, i), Some('(' | '（'))
        && word(toks, i + 1).is_some_and(|w| w.chars().count() <= MAX_WORD_BEFORE_TIME)
        && matches!(sep(toks, i + 2), Some(')' | '）'))
    {
        i += 3;
    }
    // Chinese, Japanese and Korean name the half of the day before the
    // time ("오후 2:30", "下午2:30").
    let meridiem_before = match word(toks, i) {
        Some("午前" | "上午" | "오전") => Some(false),
        Some("午後" | "下午" | "오후") => Some(true),
        _ => None,
    };
    if meridiem_before.is_some()
        || is_word(
            toks,
            i,
            &["t", "at", "um", "à", "às", "a", "alle", "om", "kl", "le"],
        )
    {
        i += 1;
    } else if word(toks, i).is_some_and(|w| w.chars().count() <= MAX_WORD_BEFORE_TIME)
        && num(toks, i + 1, 1..=2).is_some()
        && sep(toks, i + 2) == Some(':')
    {
        // One other word, then a time written with a colon: the weekday
        // ("12 Mart 2025 Çarşamba 14:22") or the word for time ("12
        // มีนาคม 2568 เวลา 14:25 น.").
        i += 1;
    }
    let h = num(toks, i, 1..=2)?;
    // "9:53", "09.53", "10h55", "14時30分" or "14시 30분".
    let hour_word = is_word(toks, i + 1, &["時", "时", "시"]);
    let joint_ok =
        matches!(sep(toks, i + 1), Some(':')) || is_word(toks, i + 1, &["h"]) || hour_word;
    if !joint_ok {
        return None;
    }
    let min = num(toks, i + 2, 1..=2)
        .filter(|_| hour_word)
        .or_else(|| num(toks, i + 2, 2..=2))?;
    let mut j = i + 3;
    if hour_word && is_word(toks, j, &["分", "분"]) {
        j += 1;
    }
    let mut s = 0;
    if sep(toks, j) == Some(':') {
        if let Some(sec) = num(toks, j + 1, 2..=2) {
            s = sec;
            j += 2;
            // Fractions of a second are dropped.
            if matches!(sep(toks, j), Some('.' | ',')) && num(toks, j + 1, 1..=9).is_some() {
                j += 2;
            }
        }
    }
    let mut h = h;
    if let Some(pm) = meridiem_before.or_else(|| meridiem(toks, &mut j)) {
        if !(1..=12).contains(&h) {
            return None;
        }
        h = match (pm, h) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    }
    if h > 23 || min > 59 || s > 60 {
        return None;
    }
    let offset = offset_at(toks, j);
    Some(((h as u8, min as u8, s.min(59) as u8), offset))
}

/// `am`/`pm`/`a.m.`/`p.m.` at token `*j`: `Some(true)` for pm.
fn meridiem(toks: &[Tok<'_>], j: &mut usize) -> Option<bool> {
    let w = word(toks, *j)?.to_ascii_lowercase();
    let pm = match w.as_str() {
        // Malay and Indonesian name the part of the day: "6:45 petang".
        "am" | "pagi" => false,
        "pm" | "petang" | "sore" => true,
        // Arabic: "٠٢:٣٥ م" (masāʾan), "ص" (ṣabāḥan), or the words whole.
        "ص" | "صباحا" | "صباحًا" | "صباحاً" => false,
        "م" | "مساء" | "مساءً" | "مساءا" => true,
        "a" | "p" if sep(toks, *j + 1) == Some('.') && is_word(toks, *j + 2, &["m"]) => {
            *j += 2;
            if sep(toks, *j + 1) == Some('.') {
                *j += 1;
            }
            w == "p"
        }
        _ => return None,
    };
    *j += 1;
    Some(pm)
}

/// A UTC offset at token `i`: `Z`, `+02:00`, `-0400`, `GMT`, `UTC+1`, `EST`,
/// perhaps in brackets (`(GMT+7)`).
fn offset_at(toks: &[Tok<'_>], mut i: usize) -> Option<i16> {
    if sep(toks, i) == Some('(') {
        i += 1;
    }
    if let Some(w) = word(toks, i) {
        let named = match w.to_ascii_uppercase().as_str() {
            "Z" | "UTC" | "GMT" => 0,
            "EST" => -5 * 60,
            "EDT" => -4 * 60,
            "CST" => -6 * 60,
            "CDT" => -5 * 60,
            "MST" => -7 * 60,
            "MDT" => -6 * 60,
            "PST" => -8 * 60,
            "PDT" => -7 * 60,
            "CET" | "BST" => 60,
            "CEST" | "EET" => 2 * 60,
            "EEST" => 3 * 60,
            // Indonesia's three zones and Indochina's.
            "WIB" | "ICT" => 7 * 60,
            "WITA" => 8 * 60,
            "WIT" => 9 * 60,
            _ => return None,
        };
        // "GMT+0200": the numeric offset wins.
        return Some(numeric_offset(toks, i + 1).unwrap_or(named));
    }
    numeric_offset(toks, i)
}

fn numeric_offset(toks: &[Tok<'_>], i: usize) -> Option<i16> {
    let sign: i16 = match sep(toks, i)? {
        '+' => 1,
        '-' | '−' => -1,
        _ => return None,
    };
    let (h, m) = match toks.get(i + 1) {
        Some(&Tok::Num(v, 4)) => (v / 100, v % 100),
        Some(&Tok::Num(v, 1..=2)) => {
            let m = if sep(toks, i + 2) == Some(':') {
                match toks.get(i + 3) {
                    Some(&Tok::Num(m, 2)) => m,
                    _ => return None,
                }
            } else {
                0
            };
            (v, m)
        }
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    Some(sign * (h as i16 * 60 + m as i16))
}

/// Month names in the languages whose dates are often abbreviated: full
/// names, and any prefix of three or more letters that only one month
/// starts with.
const MONTHS: [[&str; 12]; 8] = [
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    // Common spellings without diacritics, and the "Sept" abbreviation.
    [
        "jan", "feb", "maerz", "apr", "may", "jun", "jul", "aout", "sept", "oct", "nov", "decembre",
    ],
];

/// Month names of more languages, matched in full only: their prefixes
/// would make words months ("Pro" of "prosince" in "iPhone 15 Pro 2023").
const MONTHS_IN_FULL: [[&str; 12]; 38] = [
    // Urdu.
    [
        "جنوری",
        "فروری",
        "مارچ",
        "اپریل",
        "مئی",
        "جون",
        "جولائی",
        "اگست",
        "ستمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ],
    // Greek: the genitive of dates ("11 Μαρτίου 2025"), with and without
    // its accents (capitals drop them), the nominative, and the short
    // forms ("11 Μαρ 2025").
    [
        "ιανουαρίου",
        "φεβρουαρίου",
        "μαρτίου",
        "απριλίου",
        "μαΐου",
        "ιουνίου",
        "ιουλίου",
        "αυγούστου",
        "σεπτεμβρίου",
        "οκτωβρίου",
        "νοεμβρίου",
        "δεκεμβρίου",
    ],
    [
        "ιανουαριου",
        "φεβρουαριου",
        "μαρτιου",
        "απριλιου",
        "μαιου",
        "ιουνιου",
        "ιουλιου",
        "αυγουστου",
        "σεπτεμβριου",
        "οκτωβριου",
        "νοεμβριου",
        "δεκεμβριου",
    ],
    [
        "ιανουάριος",
        "φεβρουάριος",
        "μάρτιος",
        "απρίλιος",
        "μάιος",
        "ιούνιος",
        "ιούλιος",
        "αύγουστος",
        "σεπτέμβριος",
        "οκτώβριος",
        "νοέμβριος",
        "δεκέμβριος",
    ],
    [
        "ιαν", "φεβ", "μαρ", "απρ", "μαΐ", "ιουν", "ιουλ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ",
    ],
    // Hebrew, alone and after the preposition ("14 בינואר 2025"), with
    // the second spelling of March.
    [
        "ינואר",
        "פברואר",
        "מרץ",
        "אפריל",
        "מאי",
        "יוני",
        "יולי",
        "אוגוסט",
        "ספטמבר",
        "אוקטובר",
        "נובמבר",
        "דצמבר",
    ],
    [
        "בינואר",
        "בפברואר",
        "במרץ",
        "באפריל",
        "במאי",
        "ביוני",
        "ביולי",
        "באוגוסט",
        "בספטמבר",
        "באוקטובר",
        "בנובמבר",
        "בדצמבר",
    ],
    ["", "", "מרס", "", "", "", "", "", "", "", "", ""],
    ["", "", "במרס", "", "", "", "", "", "", "", "", ""],
    // Arabic, as written in the Levant and Iraq (the two-word months,
    // "كانون الثاني", are read by [`levantine_month`]); in Algeria and
    // Tunisia; in Morocco; and the Egyptian names without their hamza.
    [
        "",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "",
        "",
        "",
    ],
    [
        "جانفي",
        "فيفري",
        "مارس",
        "أفريل",
        "ماي",
        "جوان",
        "جويلية",
        "أوت",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    [
        "",
        "",
        "",
        "ابريل",
        "",
        "",
        "يوليوز",
        "غشت",
        "شتنبر",
        "اكتوبر",
        "نونبر",
        "دجنبر",
    ],
    ["", "", "", "إبريل", "", "", "", "اغسطس", "", "", "", ""],
    // Swedish; Danish and Norwegian.
    [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    // Polish and Czech, in the genitive a date takes ("15 marca").
    [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    [
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ],
    // Romanian, Turkish, Indonesian.
    [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
    [
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
        "kasım", "aralık",
    ],
    // Indonesian, and the abbreviations of its own ("16 Des 2024").
    [
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    ["", "", "", "", "", "", "", "agu", "", "", "", "des"],
    ["", "", "", "", "", "", "", "agt", "", "", "", ""],
    // Russian and Ukrainian, in the genitive.
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    // Hindi, in its two common spellings.
    [
        "जनवरी",
        "फ़रवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर",
        "अक्टूबर",
        "नवंबर",
        "दिसंबर",
    ],
    [
        "जनवरी",
        "फरवरी",
        "मार्च",
        "अप्रेल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितम्बर",
        "अक्तूबर",
        "नवम्बर",
        "दिसम्बर",
    ],
    // Arabic, as written in Egypt and the Gulf.
    [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    // Croatian, in the genitive a date takes ("21. siječnja 2025."). Its
    // October, "listopada", is Polish for November and stays Polish: a
    // slot left empty names no month.
    [
        "siječnja",
        "veljače",
        "ožujka",
        "travnja",
        "svibnja",
        "lipnja",
        "srpnja",
        "kolovoza",
        "rujna",
        "",
        "studenoga",
        "prosinca",
    ],
    // Serbian and Bosnian, in Latin letters.
    [
        "januar",
        "februar",
        "mart",
        "april",
        "maj",
        "jun",
        "jul",
        "avgust",
        "septembar",
        "oktobar",
        "novembar",
        "decembar",
    ],
    // Slovak and Slovene, in the genitive.
    [
        "januára",
        "februára",
        "marca",
        "apríla",
        "mája",
        "júna",
        "júla",
        "augusta",
        "septembra",
        "októbra",
        "novembra",
        "decembra",
    ],
    [
        "januarja",
        "februarja",
        "marca",
        "aprila",
        "maja",
        "junija",
        "julija",
        "avgusta",
        "septembra",
        "oktobra",
        "novembra",
        "decembra",
    ],
    // Bulgarian.
    [
        "януари",
        "февруари",
        "март",
        "април",
        "май",
        "юни",
        "юли",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    ],
    // Swahili.
    [
        "januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba",
        "oktoba", "novemba", "desemba",
    ],
    // Bengali, with the spellings of January and February that pages
    // use (a composed or a decomposed "য়", a short or a long final vowel;
    // the last row's August is the older spelling).
    [
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ],
    [
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ],
    [
        "জানুয়ারী",
        "ফেব্রুয়ারী",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ],
    [
        "জানুয়ারী",
        "ফেব্রুয়ারী",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগষ্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ],
    // Filipino.
    [
        "enero",
        "pebrero",
        "marso",
        "abril",
        "mayo",
        "hunyo",
        "hulyo",
        "agosto",
        "setyembre",
        "oktubre",
        "nobyembre",
        "disyembre",
    ],
];

/// The first letters of the names in [`MONTHS`] and [`MONTHS_IN_FULL`]
/// written in ASCII...
const MONTH_INITIALS: [char; 22] = [
    'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't',
    'v', 'w', 'z',
];
/// ...and the others.
const MONTH_INITIALS_BEYOND_ASCII: [char; 69] = [
    'ι', 'φ', 'μ', 'α', 'σ', 'ο', 'ν', 'δ', 'ú', 'č', 'ř', 'ş', 'а', 'б', 'в', 'г', 'д', 'ж', 'и',
    'к', 'л', 'м', 'н', 'о', 'с', 'т', 'ф', 'ч', 'ю', 'я', 'أ', 'د', 'س', 'ف', 'م', 'ن', 'ي', 'ज',
    'फ', 'म', 'अ', 'स', 'न', 'द', 'জ', 'ফ', 'ম', 'এ', 'আ', 'স', 'অ', 'ন', 'ড', 'ش', 'آ', 'ح', 'ت',
    'ج', 'ا', 'غ', 'إ', 'י', 'פ', 'מ', 'א', 'ס', 'נ', 'ד', 'ב',
];

/// Whether some month name starts with `c` (lower case).
fn is_month_initial(c: char) -> bool {
    MONTH_INITIALS.contains(&c) || (!c.is_ascii() && MONTH_INITIALS_BEYOND_ASCII.contains(&c))
}

/// Every ASCII word that names a month or could (every ASCII prefix of
/// every month name), with what [`month_by_scan`] answers for it: an
/// ASCII word that is none of them names no month. One hash lookup in
/// place of a scan of the 450-odd names, for the words that get past
/// the first letter's test. Built by following the scan for all the
/// words at once, name by name, rather than scanning for each.
static ASCII_MONTH_WORDS: once_cell::sync::Lazy<MonthWords<Option<u32>>> =
    once_cell::sync::Lazy::new(ascii_month_words);

/// Builds this module's tables now (see [`crate::warm_up`]).
pub(crate) fn build_tables() {
    once_cell::sync::Lazy::force(&ASCII_MONTH_WORDS);
}

/// Short words to what is known of them, hashed by foldhash (SipHash
/// would cost more than the scan it spares).
type MonthWords<T> = HashMap<&'static str, T, foldhash::fast::FixedState>;

/// Builds [`ASCII_MONTH_WORDS`].
fn ascii_month_words() -> MonthWords<Option<u32>> {
    /// Where the scan stands for one word.
    enum Scan {
        /// Still reading; the month of the names it starts, if one.
        Reading(Option<u32>),
        /// Answered.
        Done(Option<u32>),
    }
    let ascii_prefixes = |name: &'static str| {
        (1..=name.len())
            .filter_map(move |end| name.get(..end))
            .filter(|word| word.is_ascii())
    };
    let mut words: MonthWords<Scan> = MonthWords::default();
    for word in MONTHS
        .iter()
        .chain(&MONTHS_IN_FULL)
        .flatten()
        .flat_map(|n| ascii_prefixes(n))
    {
        // Two ASCII letters or fewer name no month but in full.
        let start = if word.len() < 3 {
            Scan::Done(None)
        } else {
            Scan::Reading(None)
        };
        words.entry(word).or_insert(start);
    }
    // The scan's second part: the names in order, each deciding for the
    // words it equals or starts with.
    for names in &MONTHS {
        for (m, name) in (1u32..).zip(names.iter()) {
            for word in ascii_prefixes(name) {
                let Some(scan) = words.get_mut(word) else {
                    continue;
                };
                *scan = match *scan {
                    Scan::Done(answer) => Scan::Done(answer),
                    _ if word == *name => Scan::Done(Some(m)),
                    Scan::Reading(None) => Scan::Reading(Some(m)),
                    Scan::Reading(Some(f)) if f == m => Scan::Reading(Some(f)),
                    Scan::Reading(Some(_)) => Scan::Done(None),
                };
            }
        }
    }
    let mut answers: MonthWords<Option<u32>> = words
        .into_iter()
        .map(|(word, scan)| match scan {
            Scan::Reading(found) | Scan::Done(found) => (word, found),
        })
        .collect();
    // Its first part, which comes before: a name in full, in the first
    // language that has it.
    let mut in_full: MonthWords<u32> = MonthWords::default();
    for names in &MONTHS_IN_FULL {
        for (m, name) in (1u32..).zip(names.iter()) {
            if name.is_ascii() && name.len() >= 3 {
                in_full.entry(name).or_insert(m);
            }
        }
    }
    for (word, m) in in_full {
        answers.insert(word, Some(m));
    }
    answers
}

/// The longest word, in bytes, that [`month`] reads as a month's name.
const MAX_MONTH_BYTES: usize = 36;

/// The month (1–12) a word names, if it names exactly one.
/// Whether a word is a month's name or abbreviation, in any language the
/// date reader knows ("Nov", "novembre", "listopada").
pub(crate) fn is_month_name(w: &str) -> bool {
    month(w).is_some()
}

fn month(w: &str) -> Option<u32> {
    if w.is_ascii() && w.len() <= MAX_MONTH_BYTES {
        let mut buffer = [0u8; MAX_MONTH_BYTES];
        let lower = ascii_lowercase_in(w, &mut buffer)?;
        return ASCII_MONTH_WORDS.get(lower).copied().flatten();
    }
    month_by_scan(w)
}

/// An ASCII word of at most [`MAX_MONTH_BYTES`] lower-cased into `buffer`
/// (as `to_lowercase` would, without a string of its own).
fn ascii_lowercase_in<'a>(w: &str, buffer: &'a mut [u8; MAX_MONTH_BYTES]) -> Option<&'a str> {
    let lower = buffer.get_mut(..w.len())?;
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// [`month`] by comparing the word with every name.
fn month_by_scan(w: &str) -> Option<u32> {
    // Two letters name a month only in full and outside ASCII (Hindi
    // "मई"); an ASCII word that short is an abbreviation of anything.
    let letters = w.chars().count();
    let short = letters < 3;
    if letters < 2 || (short && w.is_ascii()) || w.len() > MAX_MONTH_BYTES {
        return None;
    }
    // Most words are not months: turn them away on their first letter,
    // before lower-casing a copy and comparing it with every name.
    let first = w.chars().next()?.to_lowercase().next()?;
    if !is_month_initial(first) {
        return None;
    }
    // An ASCII word is lower-cased on the stack; another into a string of
    // its own.
    let mut buffer = [0u8; MAX_MONTH_BYTES];
    let owned;
    let w: &str = if w.is_ascii() {
        ascii_lowercase_in(w, &mut buffer)?
    } else {
        owned = w.to_lowercase();
        &owned
    };
    let first_byte = *w.as_bytes().first()?;
    for names in &MONTHS_IN_FULL {
        if let Some(m) = names.iter().position(|name| *name == w) {
            return Some(m as u32 + 1);
        }
    }
    if short {
        return None;
    }
    let mut found = None;
    for names in &MONTHS {
        for (m, name) in names.iter().enumerate() {
            // A name equal to the word, or starting with it, starts with
            // its first byte.
            if name.as_bytes().first() != Some(&first_byte) {
                continue;
            }
            let m = m as u32 + 1;
            if *name == w {
                return Some(m);
            }
            if name.starts_with(w) {
                match found {
                    None => found = Some(m),
                    Some(f) if f == m => {}
                    Some(_) => return None,
                }
            }
        }
    }
    found
}

/// A Unix timestamp in seconds (10 digits) or milliseconds (13 digits).
fn epoch(value: &str) -> Option<Date> {
    if !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = value.parse().ok()?;
    let secs = match value.len() {
        10 => n,
        13 => n / 1000,
        _ => return None,
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let mut date = date(u32::try_from(y).ok()?, m, d, &YEARS_IN_TEXT)?;
    date.time = Some(((rem / 3600) as u8, (rem / 60 % 60) as u8, (rem % 60) as u8));
    date.offset = Some(0);
    Some(date)
}

/// The proleptic Gregorian date of a day count since 1970-01-01
/// (H. Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`month`] as first written: every word lower-cased into a string
    /// and compared with every name.
    fn month_by_strings(w: &str) -> Option<u32> {
        let letters = w.chars().count();
        if letters < 2 || (letters < 3 && w.is_ascii()) || w.len() > 36 {
            return None;
        }
        let w = w.to_lowercase();
        for names in &MONTHS_IN_FULL {
            if let Some(m) = names.iter().position(|name| *name == w) {
                return Some(m as u32 + 1);
            }
        }
        if letters < 3 {
            return None;
        }
        let mut found = None;
        for names in &MONTHS {
            for (m, name) in names.iter().enumerate() {
                let m = m as u32 + 1;
                if *name == w {
                    return Some(m);
                }
                if name.starts_with(w.as_str()) {
                    match found {
                        None => found = Some(m),
                        Some(f) if f == m => {}
                        Some(_) => return None,
                    }
                }
            }
        }
        found
    }

    #[test]
    fn month_answers_as_lower_cased_strings_do() {
        let all = || MONTHS.iter().chain(&MONTHS_IN_FULL).flatten();
        let mut words: Vec<String> = all().map(|n| n.to_string()).collect();
        for name in all() {
            words.push(name.to_uppercase());
            words.push(name.chars().take(3).collect());
            words.push(name.chars().take(4).collect::<String>().to_uppercase());
            words.push(format!("{name}x"));
        }
        words.extend(
            [
                "Ma",
                "Mar",
                "MÄRZ",
                "Ju",
                "Jun",
                "Juli",
                "AOÛT",
                "Août",
                "Déc",
                "DÉCEMBRE",
                "\u{212a}ilo",
                "Sept",
                "SEPTEMBER",
                "season",
                "Monday",
                "ÁBRIL",
                "éclair",
                "abcdefghijklmnopqrstuvwxy",
                "MAIO",
                "Mei",
                "ſeptember",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(month(w), month_by_strings(w), "{w}");
        }
    }

    #[test]
    fn month_words_looked_up_read_as_scanned() {
        let mut words: Vec<String> = Vec::new();
        for name in MONTHS.iter().chain(&MONTHS_IN_FULL).flatten() {
            for end in (1..=name.len()).filter(|&end| name.is_char_boundary(end)) {
                let prefix = &name[..end];
                words.push(prefix.to_string());
                words.push(prefix.to_uppercase());
                words.push(format!("{prefix}x"));
            }
        }
        words.extend(["", "x", "Sept.", "jUnE", "monday", "decembre"].map(String::from));
        for w in &words {
            assert_eq!(month(w), month_by_scan(w), "{w}");
        }
        // The lookup answers for words the scan would name a month.
        assert_eq!(month("SEPT"), Some(9));
        assert_eq!(month("Jan"), Some(1));
    }

    #[test]
    fn every_month_name_starts_with_a_listed_initial() {
        for name in MONTHS.iter().chain(&MONTHS_IN_FULL).flatten() {
            // An empty slot names no month (see Croatian).
            if let Some(first) = name.chars().next() {
                assert!(is_month_initial(first), "{name}");
            }
        }
        assert_eq!(month("Juli"), Some(7));
        assert_eq!(month("Report"), None);
    }

    fn iso(value: &str) -> Option<String> {
        parse(value).map(|d| d.iso())
    }

    fn found(text: &str) -> Option<String> {
        find(text).map(|(d, _)| d.iso())
    }

    #[test]
    fn a_weekday_or_a_word_for_time_between_date_and_time() {
        assert_eq!(
            found("12 Mart 2025 Çarşamba 14:22").as_deref(),
            Some("2025-03-12T14:22:00")
        );
        assert_eq!(
            found("12 มีนาคม 2568 เวลา 14:25 น.").as_deref(),
            Some("2025-03-12T14:25:00")
        );
        assert_eq!(
            found("12.03.2025, 14:25 (GMT+7)").as_deref(),
            Some("2025-03-12T14:25:00+07:00")
        );
        assert_eq!(
            found("Rabu, 12 Maret 2025 10:15 WIB").as_deref(),
            Some("2025-03-12T10:15:00+07:00")
        );
        // A number without a colon after the word is no time.
        assert_eq!(
            found("12 March 2025 Page 14").as_deref(),
            Some("2025-03-12")
        );
    }

    #[test]
    fn greek_months_in_every_case_and_short() {
        for text in [
            "Τρίτη, 11 Μαρτίου 2025, 10:45",
            "11 ΜΑΡΤΙΟΥ 2025 10:45",
            "Μάρτιος 11, 2025 10:45",
            "11 Μαρ 2025 10:45",
        ] {
            assert_eq!(
                found(text).as_deref(),
                Some("2025-03-11T10:45:00"),
                "{text}"
            );
        }
        assert_eq!(found("5 Αυγούστου 2024").as_deref(), Some("2024-08-05"));
    }

    #[test]
    fn iso_8601_variants() {
        assert_eq!(iso("2015-07-10").as_deref(), Some("2015-07-10"));
        assert_eq!(
            iso("2015-07-10T09:53:00-04:00").as_deref(),
            Some("2015-07-10T09:53:00-04:00")
        );
        assert_eq!(
            iso("2015-10-15T02:19:15.607Z").as_deref(),
            Some("2015-10-15T02:19:15Z")
        );
        assert_eq!(
            iso("2015-07-10 09:53:00 -0400").as_deref(),
            Some("2015-07-10T09:53:00-04:00")
        );
        assert_eq!(
            iso("2017-11-03 03:01:00.000000").as_deref(),
            Some("2017-11-03T03:01:00")
        );
        assert_eq!(
            iso("2018-04-05T06:00").as_deref(),
            Some("2018-04-05T06:00:00")
        );
        assert_eq!(
            iso("2020-07-10T14:15:42+05:30").as_deref(),
            Some("2020-07-10T14:15:42+05:30")
        );
        assert_eq!(iso("20150710").as_deref(), Some("2015-07-10"));
    }

    #[test]
    fn year_first_with_the_month_named_in_declared_values() {
        assert_eq!(iso("2024 Nov 18").as_deref(), Some("2024-11-18"));
        assert_eq!(iso("2024 November 18").as_deref(), Some("2024-11-18"));
        // In running text the year and a month may well meet by chance.
        assert_eq!(found("In 2024 May 3 teams entered."), None);
    }

    #[test]
    fn rfc_2822() {
        assert_eq!(
            iso("Fri, 10 Jul 2015 09:53:00 GMT").as_deref(),
            Some("2015-07-10T09:53:00Z")
        );
        assert_eq!(
            iso("Fri, 10 Jul 2015 09:53:00 +0200").as_deref(),
            Some("2015-07-10T09:53:00+02:00")
        );
        assert_eq!(
            iso("10 Jul 2015 09:53 EST").as_deref(),
            Some("2015-07-10T09:53:00-05:00")
        );
    }

    #[test]
    fn hebrew_levantine_maghrebi_vietnamese_and_indonesian_dates() {
        for (text, want) in [
            ("14 בינואר 2025", "2025-01-14"),
            ("2 במרץ 2025", "2025-03-02"),
            ("14 ינואר 2025", "2025-01-14"),
            ("9 آب 2024", "2024-08-09"),
            ("14 كانون الثاني 2025", "2025-01-14"),
            ("3 تشرين الأول 2024", "2024-10-03"),
            ("9 آب (أغسطس) 2024", "2024-08-09"),
            ("9 غشت 2024", "2024-08-09"),
            ("9 أوت 2024", "2024-08-09"),
            ("12 جانفي 2025", "2025-01-12"),
            ("1 tháng 8, 2024", "2024-08-01"),
            ("ngày 1 tháng 8 năm 2024", "2024-08-01"),
            ("Senin, 16 Des 2024 14:30 WIB", "2024-12-16T14:30:00+07:00"),
            ("5 Agu 2024", "2024-08-05"),
        ] {
            assert_eq!(iso(text).as_deref(), Some(want), "{text}");
        }
        assert_eq!(iso("1 tháng 13, 2024"), None);
        assert_eq!(iso("14 كانون 2025"), None);
    }

    #[test]
    fn month_names_in_several_languages() {
        for text in [
            "July 10, 2015",
            "Jul 10th, 2015",
            "Friday, July 10, 2015",
            "10 July 2015",
            "10. Juli 2015",
            "10 juillet 2015",
            "10 de julio de 2015",
            "10 luglio 2015",
            "10 de julho de 2015",
            "10 juli 2015",
            "10-Jul-2015",
            "2015年7月10日",
            "2015년 7월 10일",
            "10 juli 2015",
            "10 lipca 2015",
            "10. července 2015",
            "10 iulie 2015",
            "10 Temmuz 2015",
            "10 Juli 2015",
            "10 июля 2015",
            "10 липня 2015 року",
            "10 يوليو 2015",
        ] {
            assert_eq!(iso(text).as_deref(), Some("2015-07-10"), "{text}");
        }
        assert_eq!(iso("1er décembre 2018").as_deref(), Some("2018-12-01"));
        assert_eq!(iso("3. März 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(iso("Sept. 4, 2025").as_deref(), Some("2025-09-04"));
        assert_eq!(iso("15 марта 2025 г.").as_deref(), Some("2025-03-15"));
        assert_eq!(iso("2 października 2024").as_deref(), Some("2024-10-02"));
        // Hindi: words with a virama or a nukta are whole, and May has two
        // letters.
        assert_eq!(iso("12 जुलाई 2025").as_deref(), Some("2025-07-12"));
        assert_eq!(iso("अपडेटेड: 5 अक्टूबर 2023").as_deref(), Some("2023-10-05"));
        assert_eq!(iso("1 सितम्बर 2022").as_deref(), Some("2022-09-01"));
        assert_eq!(iso("3 मई 2024").as_deref(), Some("2024-05-03"));
        assert_eq!(iso("7 फ़रवरी 2021").as_deref(), Some("2021-02-07"));
        // Digits of other scripts count as theirs.
        assert_eq!(iso("١٢ يوليو ٢٠٢٥").as_deref(), Some("2025-07-12"));
        assert_eq!(iso("१२ जुलाई २०२५").as_deref(), Some("2025-07-12"));
        assert_eq!(iso("２０２５年３月６日").as_deref(), Some("2025-03-06"));
        // Urdu, in its own digits or ASCII ones.
        assert_eq!(found("۴ مارچ ۲۰۲۵").as_deref(), Some("2025-03-04"));
        assert_eq!(found("شائع 12 جولائی 2025").as_deref(), Some("2025-07-12"));
        // Years of an era, or of the Republic of China.
        assert_eq!(found("令和7年3月4日").as_deref(), Some("2025-03-04"));
        assert_eq!(
            found("公開日は令和元年5月1日").as_deref(),
            Some("2019-05-01")
        );
        assert_eq!(found("平成31年4月30日").as_deref(), Some("2019-04-30"));
        assert_eq!(found("民國114年3月4日").as_deref(), Some("2025-03-04"));
        assert_eq!(found("令和7年"), None);
        assert_eq!(iso("2025-٠٣-06").as_deref(), Some("2025-03-06"));
        // Solar Hijri dates, numeric or with the Persian month's name.
        for (text, day) in [
            ("1404/01/15", "2025-04-04"),
            ("۱۴۰۴/۰۱/۰۱", "2025-03-21"),
            ("۱۵ فروردین ۱۴۰۴", "2025-04-04"),
            ("شنبه ۳۰ اسفند ۱۴۰۳", "2025-03-20"),
            ("1399-10-11", "2020-12-31"),
            ("۳۱ شهریور ۱۴۰۲", "2023-09-22"),
            ("۱۵ حمل ۱۴۰۴", "2025-04-04"),
        ] {
            assert_eq!(found(text).as_deref(), Some(day), "{text}");
        }
        assert_eq!(found("۳۱ مهر ۱۴۰۲"), None);
        // Two ASCII letters name no month.
        assert_eq!(found("Issue 12 ma 2024"), None);
        // The names matched in full lend no prefixes: "Pro" is no month.
        assert_eq!(found("the iPhone 15 Pro 2023 model"), None);
        assert_eq!(iso("15 Mar 2025").as_deref(), Some("2025-03-15"));
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(iso("2015/07/10").as_deref(), Some("2015-07-10"));
        assert_eq!(iso("2015.7.10").as_deref(), Some("2015-07-10"));
        assert_eq!(iso("10.07.2015").as_deref(), Some("2015-07-10"));
        assert_eq!(iso("07/10/2015").as_deref(), Some("2015-07-10"));
        assert_eq!(iso("25/12/2015").as_deref(), Some("2015-12-25"));
        assert_eq!(
            found("نُشر في: الأربعاء، ١٢ مارس ٢٠٢٥ - ٠٢:٣٥ م").as_deref(),
            Some("2025-03-12T14:35:00")
        );
        assert_eq!(
            found("١٢ مارس ٢٠٢٥ ٠٩:١٠ ص").as_deref(),
            Some("2025-03-12T09:10:00")
        );
        // Two-digit years in stamps with a time, not alone.
        assert_eq!(
            found("פורסם: 11.03.25, 18:42").as_deref(),
            Some("2025-03-11T18:42:00")
        );
        assert_eq!(
            found("By J. Doe - 11/18/19 11:04 PM").as_deref(),
            Some("2019-11-18T23:04:00")
        );
        assert_eq!(found("Python 3.11.12 is out"), None);
        assert_eq!(found("won 21.10.19 at home"), None);
    }

    #[test]
    fn times_of_day() {
        assert_eq!(
            iso("July 10, 2015 at 9:53 pm").as_deref(),
            Some("2015-07-10T21:53:00")
        );
        assert_eq!(
            iso("April 28, 2019 at 6:01 a.m.").as_deref(),
            Some("2019-04-28T06:01:00")
        );
        assert_eq!(
            iso("21.12.2018 às 10h55").as_deref(),
            Some("2018-12-21T10:55:00")
        );
        assert_eq!(
            iso("July 10, 2015 12:30 am").as_deref(),
            Some("2015-07-10T00:30:00")
        );
        // The words for hour and minute, a weekday in brackets, and the
        // half of the day named before the time.
        for (text, stamp) in [
            ("2025年3月4日 14時30分", "2025-03-04T14:30:00"),
            ("2025年3月4日（火）14:30", "2025-03-04T14:30:00"),
            ("2025년 3월 4일 오후 2:30", "2025-03-04T14:30:00"),
            ("2025년 3월 4일 14시 5분", "2025-03-04T14:05:00"),
            ("2025年3月4日 上午9:05", "2025-03-04T09:05:00"),
        ] {
            assert_eq!(found(text).as_deref(), Some(stamp), "{text}");
        }
    }

    #[test]
    fn timestamps() {
        assert_eq!(iso("1436536380").as_deref(), Some("2015-07-10T13:53:00Z"));
        assert_eq!(
            iso("1436536380000").as_deref(),
            Some("2015-07-10T13:53:00Z")
        );
        assert_eq!(iso("0").as_deref(), None);
    }

    #[test]
    fn invalid_dates_are_refused() {
        for text in [
            "",
            "2015-13-01",
            "2015-02-29",
            "31 April 2015",
            "yesterday",
            "10 may",
            "May 2015",
            "Jun 10, 15",
        ] {
            assert_eq!(iso(text), None, "{text}");
        }
        // An impossible time is dropped, the date kept.
        assert_eq!(iso("2015-07-10T25:00").as_deref(), Some("2015-07-10"));
        assert_eq!(iso("2016-02-29").as_deref(), Some("2016-02-29"));
    }

    #[test]
    fn ambiguous_month_prefixes_are_not_months() {
        assert_eq!(month("jui"), None);
        assert_eq!(month("juil"), Some(7));
        assert_eq!(month("Mär"), Some(3));
        assert_eq!(month("mar"), Some(3));
        assert_eq!(month("de"), None);
    }

    #[test]
    fn dates_inside_text() {
        assert_eq!(
            found("By Jane Doe and John Roe, July 10, 2015").as_deref(),
            Some("2015-07-10")
        );
        let text = "Posted by BeauHD on Friday December 19, 2025 @08:00PM from the dept.";
        assert_eq!(found(text).as_deref(), Some("2025-12-19T20:00:00"));
        assert_eq!(found("Updated 3 hours ago"), None);
        let (_, at) = find("Sarah Archer 12 May 2019").unwrap();
        assert_eq!(at, "Sarah Archer ".len());
        // Numbers that are not dates.
        assert_eq!(found("Call 2015-99-10 or 555-1234"), None);
    }

    #[test]
    fn dates_in_url_paths() {
        let d = |p: &str| from_url_path(p).map(|d| d.iso());
        assert_eq!(d("/2015/07/10/rain-returns").as_deref(), Some("2015-07-10"));
        assert_eq!(d("/news/2015-07-10-rain").as_deref(), Some("2015-07-10"));
        assert_eq!(d("/2015/07/rain"), None);
        assert_eq!(d("/best-movies-2017-streaming"), None);
        assert_eq!(d("/item/20150710"), None);
    }

    #[test]
    fn hostile_input_is_cheap_and_safe() {
        let long = "1-".repeat(100_000);
        assert_eq!(iso(&long), None);
        assert_eq!(found(&"July ".repeat(50_000)), None);
        assert_eq!(iso("9999999999999999999999999"), None);
        assert_eq!(
            iso("July 10, 2015 99:99 +99:99").as_deref(),
            Some("2015-07-10")
        );
        assert_eq!(found("é€ 2015年7月10日 ü").as_deref(), Some("2015-07-10"));
    }

    #[test]
    fn month_names_of_south_slavic_bulgarian_and_filipino_dates() {
        assert_eq!(found("21. siječnja 2025."), Some("2025-01-21".into()));
        assert_eq!(found("14 февруари 2025"), Some("2025-02-14".into()));
        assert_eq!(found("Marso 14, 2025"), Some("2025-03-14".into()));
        assert_eq!(found("12. decembra 2024"), Some("2024-12-12".into()));
        assert_eq!(found("5. oktobar 2024"), Some("2024-10-05".into()));
        // Polish November is not taken for Croatian October.
        assert_eq!(found("3 listopada 2024"), Some("2024-11-03".into()));
        assert_eq!(
            found("12 November 2024 6:45 petang"),
            Some("2024-11-12T18:45:00".into())
        );
    }

    #[test]
    fn bengali_month_names_and_digits() {
        assert_eq!(found("শনিবার, আগস্ট ২৯, ২০২০"), Some("2020-08-29".into()));
        assert_eq!(found("১৫ মার্চ ২০২৫"), Some("2025-03-15".into()));
        assert_eq!(found("২ সেপ্টেম্বর ২০২৪"), Some("2024-09-02".into()));
        // January in its composed and decomposed spellings.
        assert_eq!(found("৩ জানু\u{9df}ারি ২০২৫"), Some("2025-01-03".into()));
        assert_eq!(
            found("৩ জানু\u{9af}\u{9bc}ারী ২০২৫"),
            Some("2025-01-03".into())
        );
    }

    #[test]
    fn thai_dates_in_either_era() {
        assert_eq!(found("14 มีนาคม 2568"), Some("2025-03-14".into()));
        assert_eq!(
            found("14 มี.ค. 2568 09:45 น."),
            Some("2025-03-14T09:45:00".into())
        );
        assert_eq!(found("๒ กุมภาพันธ์ ๒๕๖๘"), Some("2025-02-02".into()));
        assert_eq!(found("1 ธ.ค. 2024"), Some("2024-12-01".into()));
        // Two letters that abbreviate no month, and a Buddhist year
        // without a month.
        assert_eq!(found("14 นน. 2568"), None);
        assert_eq!(found("ปี 2568"), None);
    }

    #[test]
    fn slashed_dates_follow_the_pages_order() {
        let day_first = |t: &str| find_ordered(t, true).map(|(d, _)| d.iso());
        assert_eq!(found("5/3/2025"), Some("2025-05-03".into()));
        assert_eq!(day_first("Thứ tư, 5/3/2025"), Some("2025-03-05".into()));
        // A first number over twelve is a day in either order, and dots
        // and dashes are read day first in both.
        assert_eq!(found("25/3/2025"), Some("2025-03-25".into()));
        assert_eq!(day_first("3/25/2025"), Some("2025-03-25".into()));
        assert_eq!(day_first("05.03.2025"), Some("2025-03-05".into()));
    }

    #[test]
    fn time_zones_tell_the_order() {
        assert_eq!(zone_order("12/03/2025 14:30 EAT"), Some(true));
        assert_eq!(zone_order("Updated: 12 Mar 2025, 09:45 AM IST"), Some(true));
        assert_eq!(zone_order("03/12/2025 2:30 PM EST"), Some(false));
        assert_eq!(zone_order("03/12/2025 14:30"), None);
        // Only capitals: "et" and "mt" are words of other languages.
        assert_eq!(zone_order("12/03/2025 et 14:30"), None);
    }

    #[test]
    fn swahili_month_names() {
        assert_eq!(found("Jumatano, Machi 12, 2025"), Some("2025-03-12".into()));
        assert_eq!(found("3 Desemba 2024"), Some("2024-12-03".into()));
    }

    #[test]
    fn instants_compare_across_offsets() {
        let a = parse("2025-12-19T03:05:00+00:00").unwrap();
        let b = parse("2025-12-18T19:05:00-08:00").unwrap();
        assert!(a.same_instant(&b));
        assert!(!a.same_instant(&parse("2025-12-18T19:05:00Z").unwrap()));
        // Without an offset or a time there is no instant.
        assert!(!a.same_instant(&parse("2025-12-19").unwrap()));
        assert!(!parse("2025-12-19T03:05:00").unwrap().same_instant(&a));
        assert!(!a.same_instant(&parse("2025-12-19T03:05:01Z").unwrap()));
        assert!(a.is_utc() && !b.is_utc());
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }
}
