//! Author names: from a byline written on the page ("By Jane Doe and John
//! Roe, July 10, 2015") or from a declared value (a `<meta name="author">`,
//! a JSON-LD `name`), each turned into a list of clean names.
//!
//! A clean name has no "By", no date or time, no job title, no handle and
//! no URL, and several names are split apart ("Jane Doe and John Roe",
//! "Jane Doe, John Roe"). The words these rules use live in
//! [`crate::patterns`].

use crate::patterns::{
    BYLINE_LABEL_END, BYLINE_LOWER_PREFIX, BYLINE_PREFIX, BYLINE_TAIL, BYLINE_TAIL_LOWER,
    NAME_CONJUNCTIONS, NOT_A_NAME, WEEKDAY,
};
use crate::text;

use super::dates;

/// The most words a name written in a byline may have.
const MAX_NAME_WORDS: usize = 5;
/// The most words a declared name may have (declared values are trusted
/// more: "Martin Untersinger (avec Damien Leloup)").
const MAX_DECLARED_WORDS: usize = 10;
/// The most lines or fields of a byline that are looked at.
const MAX_FIELDS: usize = 8;

/// The names in a byline as the page shows it. Lines (`\n`) and strong
/// separators (`|`, `•`, `·`, `»`, dashes) split it into fields; the first field
/// that holds names gives them.
pub(crate) fn from_byline(text: &str) -> Vec<String> {
    if let Some(name) = korean_byline_name(text) {
        return vec![name.to_owned()];
    }
    if let Some(names) = cjk_reporters(text) {
        return names;
    }
    // A byline in brackets ("（山田太郎）", "[田中一郎，ITmedia]").
    let text = without_brackets(text);
    // The label before the names goes first: its separator ("文/张伟")
    // would otherwise split it from them.
    let text = strip_prefix(text);
    // URLs hold slashes and dots that would read as separators.
    let text: String = text
        .split_inclusive(char::is_whitespace)
        .map(|w| if looks_like_url(w) { "\n" } else { w })
        .collect();
    for field in fields(&text).into_iter().take(MAX_FIELDS) {
        // "Insights from", "Posted on": a label whose name or date follows.
        if field
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|last| BYLINE_LABEL_END.contains(&last))
        {
            continue;
        }
        let field = strip_prefix(field);
        let field = cut_tail(field);
        if let Some(names) = chinese_names(field) {
            return names;
        }
        let names = names_in(field, MAX_NAME_WORDS, true);
        if !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}

/// The names in a byline of Chinese, Japanese or Korean names each
/// followed by the word for reporter, or all of them by one
/// ("山田太郎記者、佐藤花子記者", "김철수·이영희 기자"): the names, of two to
/// six characters, without the word.
fn cjk_reporters(text: &str) -> Option<Vec<String>> {
    const ROLES: [&str; 6] = ["記者", "记者", "特派員", "特派员", "기자", "특파원"];
    const SEPARATORS: [char; 6] = ['、', '，', ',', '・', '·', '･'];
    let text = text.trim();
    if !ROLES.iter().any(|r| text.ends_with(r)) {
        return None;
    }
    let mut names = Vec::new();
    for part in text.split(SEPARATORS) {
        let mut name = part.trim();
        if let Some(role) = ROLES.iter().find(|r| name.ends_with(*r)) {
            name = name.strip_suffix(role).unwrap_or(name).trim_end();
        }
        let chars = name.chars().count();
        if !(2..=6).contains(&chars) || !name.chars().all(text::is_cjk) {
            return None;
        }
        names.push(name.to_string());
        if names.len() > MAX_FIELDS {
            return None;
        }
    }
    Some(names)
}

/// The reporters a wire story names at the start of its lead paragraph
/// ("新华社北京3月4日电（记者张伟、李娜）", "(서울=연합뉴스) 김철수 기자 =",
/// "〔記者王小明／台北報導〕"),
/// each a name of two to four characters.
pub(crate) fn from_wire_lead(paragraph: &str) -> Option<Vec<String>> {
    let group = (1..=4).find_map(|i| crate::patterns::WIRE_LEAD_REPORTERS.group(paragraph, i))?;
    let names: Vec<String> = group
        .as_str()
        .split(['、', '，', ',', '·', ' '])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .take(MAX_FIELDS + 1)
        .map(str::to_string)
        .collect();
    let is_name = |n: &String| (2..=4).contains(&n.chars().count()) && n.chars().all(text::is_cjk);
    (!names.is_empty() && names.len() <= MAX_FIELDS && names.iter().all(is_name)).then_some(names)
}

/// The text inside the brackets that wrap all of it, if they do.
fn without_brackets(text: &str) -> &str {
    const PAIRS: [(char, char); 4] = [('(', ')'), ('（', '）'), ('[', ']'), ('【', '】')];
    let trimmed = text.trim();
    PAIRS
        .iter()
        .find_map(|&(open, close)| {
            let inner = trimmed.strip_prefix(open)?.strip_suffix(close)?;
            // "(a) and (b)" is not one bracketed text.
            (!inner.contains([open, close])).then_some(inner)
        })
        .unwrap_or(text)
}

/// The names in a Chinese byline's field, set apart by spaces and by the
/// words for their roles ("周雯 实习生 李子涵": a reporter, then an
/// intern): each of two to four Han characters. `None` for any other
/// field.
fn chinese_names(field: &str) -> Option<Vec<String>> {
    const ROLES: [&str; 8] = [
        "记者",
        "記者",
        "实习生",
        "實習生",
        "通讯员",
        "通訊員",
        "编辑",
        "編輯",
    ];
    let words: Vec<&str> = field.split_whitespace().collect();
    if words.len() < 2 || !words.iter().any(|w| ROLES.contains(w)) {
        return None;
    }
    let names: Vec<String> = words
        .iter()
        .filter(|w| !ROLES.contains(w))
        .map(|w| w.to_string())
        .collect();
    let is_name =
        |w: &String| (2..=4).contains(&w.chars().count()) && w.chars().all(crate::text::is_cjk);
    (!names.is_empty() && names.iter().all(is_name)).then_some(names)
}

/// The names in a declared author value. URLs are not names; a single
/// "Last, First" pair stays one name.
pub(crate) fn from_declared(value: &str) -> Vec<String> {
    // Some CMSs write the author's profile link into the JSON-LD name
    // (`<a href="/authors/jane">Jane Doe</a>`).
    let value = super::without_markup(value);
    // A rights notice filled in as the creator names a company, not who
    // wrote the piece.
    if is_rights_notice(&value) {
        return Vec::new();
    }
    // "Jane Doe (https://example.org/jane)": the name without the URL.
    let value: String = text::collapse(&value)
        .split_inclusive(char::is_whitespace)
        .filter(|w| !looks_like_url(w.trim_start_matches(['(', '<', '['])))
        .collect();
    let value = strip_prefix(&value);
    // "Jane Doe | Daily Post": the name before a strong separator.
    let value = value.split(" | ").next().unwrap_or(value);
    let value = cut_at_date(value);
    let names = names_in(value, MAX_DECLARED_WORDS, false);
    // "Doe, Jane" and "Mac & i" are one name, not two.
    let split_a_word = names
        .iter()
        .any(|n| n.chars().filter(|c| c.is_alphabetic()).count() < 2);
    if let Some((last, first)) = surname_first(value, 1) {
        // "Lee, Min-jun", as catalogues and citation tags write a name:
        // given name first, as everywhere else ("Smith, Jr." stays).
        let turned = format!("{first} {last}");
        let value = if is_name_suffix(first) {
            value
        } else {
            &turned
        };
        return name(value, MAX_DECLARED_WORDS, false).into_iter().collect();
    }
    // "Immigration, Refugees and Citizenship Canada", "Bundesministerium
    // für Bildung und Forschung": an organisation's name, cut at its
    // commas and "and" into parts of which some are one word. People
    // named together are named in full.
    let split_a_name = names.len() >= 2 && names.iter().any(|n| n.split_whitespace().count() < 2);
    if split_a_word || split_a_name {
        return name(value, MAX_DECLARED_WORDS, false).into_iter().collect();
    }
    names
}

/// The name in a citation tag's value (`citation_author`), which names one
/// author: "Fuentes Ortega, Camila" is Camila Fuentes Ortega, whatever the
/// length of the surname; other values are read as [`from_declared`]
/// reads them.
pub(crate) fn from_citation(value: &str) -> Vec<String> {
    const MAX_SURNAME_WORDS: usize = 3;
    let value = text::collapse(&super::without_markup(value));
    match surname_first(&value, MAX_SURNAME_WORDS).filter(|&(_, first)| !is_name_suffix(first)) {
        Some((last, first)) => name(&format!("{first} {last}"), MAX_DECLARED_WORDS, false)
            .into_iter()
            .collect(),
        None => from_declared(&value),
    }
}

/// The name of an organisation declared as the author: the whole value,
/// commas and ampersands included ("Department for Environment, Food &
/// Rural Affairs"); nothing for a rights notice or an empty value.
pub(crate) fn organization(value: &str) -> Option<String> {
    let value = text::collapse(&super::without_markup(value));
    (!value.is_empty() && !is_rights_notice(&value) && !looks_like_url(&value)).then_some(value)
}

/// "Copyright Example Media GmbH", "© 2024 Example": a rights notice.
fn is_rights_notice(value: &str) -> bool {
    let value = value.trim_start();
    value.starts_with('©')
        || value
            .get(..9)
            .is_some_and(|head| head.eq_ignore_ascii_case("copyright"))
}

/// A declared value that credits a team or a role instead of a person
/// ("Great Day Editorial Team", "Staff Clinician"): the whole value, when
/// it has no names in it ([`from_declared`] finds none), two to
/// [`MAX_DECLARED_WORDS`] words, and no URL, address, digit or list. One
/// word ("Admin", "Editor") says nothing about who wrote the piece.
pub(crate) fn credit(value: &str) -> Option<String> {
    let value = strip_prefix(value.trim());
    let words = value.split_whitespace().count();
    let plain = !value
        .contains(|c: char| c.is_ascii_digit() || matches!(c, '@' | ',' | ';' | '&' | '/' | '|'));
    (plain
        && !is_rights_notice(value)
        && (2..=MAX_DECLARED_WORDS).contains(&words)
        && !looks_like_url(value)
        && NOT_A_NAME.is_match(value)
        && from_declared(value).is_empty())
    .then(|| value.to_string())
}

/// A team or role credited in a byline that says so ("By The Currency
/// editors", "By Staff Reports"): its first field, when it opens with a
/// byline word and is a [`credit`].
pub(crate) fn byline_credit(text: &str) -> Option<String> {
    let field = fields(text).into_iter().next()?;
    if !BYLINE_PREFIX.is_match(field) {
        return None;
    }
    credit(cut_tail(strip_prefix(field)))
}

/// Whether a line opens as a byline: with a byline word ("By", "Von",
/// "Автор:", "作者："), or as a Korean byline ("홍길동 기자").
pub(crate) fn opens_as_byline(text: &str) -> bool {
    BYLINE_PREFIX.is_match(text) || korean_byline_name(text).is_some()
}

/// The name in a Korean byline ("홍길동 기자": the name, then the word for
/// reporter).
pub(crate) fn korean_byline_name(text: &str) -> Option<&str> {
    crate::patterns::KOREAN_BYLINE
        .group(text, 1)
        .map(|m| m.as_str())
}

/// Whether a name is written in full: given and family names ("Jane
/// Doe"), or two to six CJK characters, which hold both without a space
/// ("王芳", "山田太郎", "홍길동").
pub(crate) fn is_full_name(name: &str) -> bool {
    const CJK_NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=6;
    name.split_whitespace().count() >= 2
        || (name.chars().all(crate::text::is_cjk) && CJK_NAME_CHARS.contains(&name.chars().count()))
}

/// Whether a byline's names are all full names, and there is one at least.
pub(crate) fn all_full_names(names: &[String]) -> bool {
    !names.is_empty() && names.iter().all(|n| is_full_name(n))
}

/// Whether a name is written as user names are: one word with a digit,
/// all in lower case, or with a capital inside ("user42", "jdoe",
/// "KatieS").
pub(crate) fn is_handle(name: &str) -> bool {
    if name.contains(char::is_whitespace) || !name.chars().any(char::is_alphabetic) {
        return false;
    }
    let digit = name.chars().any(|c| c.is_ascii_digit());
    let lower = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_lowercase);
    let inner_capital = name
        .chars()
        .zip(name.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    digit || lower || inner_capital
}

/// Splits a byline into fields at line breaks and strong separators.
fn fields(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.split(['\n', '|', '•', '·', '—', '–', '/', '／', '»']) {
        for part in line.split(" - ") {
            let part = part.trim();
            if !part.is_empty() {
                out.push(part);
            }
        }
    }
    out
}

fn strip_prefix(s: &str) -> &str {
    let mut s = s.trim();
    // "Text: von Jane Doe" has two.
    for _ in 0..2 {
        let before = s.len();
        if let Some(m) = BYLINE_PREFIX.find(s) {
            s = &s[m.end()..];
        }
        if let Some(m) = BYLINE_LOWER_PREFIX.find(s) {
            s = &s[m.end()..];
        }
        s = s.trim_start_matches(|c: char| c == ':' || c.is_whitespace());
        if s.len() == before {
            break;
        }
    }
    s
}

/// Cuts what follows the names: a date, a time, a handle, a URL, or a word
/// like "Posted" or "on".
fn cut_tail(s: &str) -> &str {
    let s = cut_at_date(s);
    let mut end = s.len();
    for (at, word) in word_starts(s) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        // A digit may be part of a user name, so only after the first word;
        // a name glued to what follows ("Nolan22 Dec") is cut at the digit.
        let digit = word.find(|c: char| c.is_ascii_digit());
        let stop = BYLINE_TAIL.is_match(bare)
            || (at > 0 && (BYLINE_TAIL_LOWER.contains(&bare) || digit == Some(0)));
        if stop || word.starts_with("http") || word.starts_with("www.") || is_email(word) {
            end = at;
            break;
        }
        if let Some(d) = digit.filter(|_| at > 0) {
            end = at + d;
            break;
        }
    }
    let s = &s[..end];
    // A handle glued to the name: "Alissa Wilkinson@alissamarie".
    let s = s.split('@').next().unwrap_or(s);
    s.trim()
}

/// Whether a word is an e-mail address ("jane.doe@example.com"), which a
/// byline may print after the name: not a handle glued to one
/// ("Wilkinson@alissamarie"), whose part after the `@` has no dot.
fn is_email(word: &str) -> bool {
    word.split_once('@').is_some_and(|(user, domain)| {
        !user.is_empty() && domain.trim_end_matches(['.', ',', ')', '>']).contains('.')
    })
}

/// What comes before a date ("Jane Doe Monday, May 4, 2015" gives "Jane
/// Doe": the weekday goes with the date).
fn cut_at_date(s: &str) -> &str {
    let Some((_, at)) = dates::find(s) else {
        return s.trim();
    };
    let head = s.get(..at).unwrap_or(s).trim_end();
    let bare = head.trim_end_matches([',', ' ']);
    match bare.rsplit_once(char::is_whitespace) {
        Some((before, last)) if WEEKDAY.is_match(last) => before.trim(),
        None if WEEKDAY.is_match(bare) => "",
        _ => head.trim(),
    }
}

/// Each word with its byte offset.
fn word_starts(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// The names in a field, split at commas, semicolons and conjunctions
/// (never inside brackets). Names are taken up to the first piece that is
/// not one ("Jane Doe, Senior Editor, Daily Post" gives "Jane Doe").
fn names_in(field: &str, max_words: usize, strict: bool) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for piece in pieces(field) {
        // "Harvest Lane Foods, Inc.": the company's form is part of its name.
        if let Some(last) = names.last_mut().filter(|_| is_company_form(&piece)) {
            last.push_str(", ");
            last.push_str(piece.trim());
            continue;
        }
        // "Jane Doe, PhD": a degree after a name is not another name.
        if !names.is_empty() && is_credential(&piece) {
            continue;
        }
        match name(&piece, max_words, strict) {
            // "By Jane Doe, Reuters", "Jane Doe, Dietitian": in a byline,
            // one word after a full name is an affiliation, a place or a
            // job, not another author.
            Some(n) if strict && !is_full_name(&n) && names.iter().any(|m| is_full_name(m)) => {
                break;
            }
            Some(n) => {
                if !names.iter().any(|m| m.to_lowercase() == n.to_lowercase()) {
                    names.push(n);
                }
            }
            None if piece.trim().is_empty() => {}
            None => break,
        }
    }
    names
}

/// An academic or professional title written after a name ("PhD",
/// "M.D.", "MBA"): one short word in capitals, dots allowed.
fn is_credential(piece: &str) -> bool {
    let piece = piece.trim().trim_end_matches(['.', '®']);
    let letters: Vec<char> = piece.chars().filter(|c| c.is_alphabetic()).collect();
    !piece.contains(char::is_whitespace)
        && (2..=5).contains(&letters.len())
        && piece
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-')
        && letters.iter().filter(|c| c.is_uppercase()).count() * 2 > letters.len()
        && letters.first().is_some_and(|c| c.is_uppercase())
}

/// The legal form written after a company's name ("Inc.", "LLC", "GmbH").
fn is_company_form(piece: &str) -> bool {
    const FORMS: [&str; 16] = [
        "inc", "llc", "ltd", "llp", "lp", "plc", "corp", "co", "gmbh", "ag", "sa", "s.a", "nv",
        "bv", "srl", "pty ltd",
    ];
    let bare = piece.trim().trim_end_matches('.').to_ascii_lowercase();
    FORMS.contains(&bare.as_str())
}

/// Splits at `,`, `;` (and their Arabic and CJK forms) and conjunction
/// words outside brackets.
fn pieces(field: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    for word in field.split_inclusive(char::is_whitespace) {
        let bare = word.trim();
        if depth == 0 && NAME_CONJUNCTIONS.contains(&bare.to_lowercase().as_str()) {
            out.push(std::mem::take(&mut current));
            continue;
        }
        for c in word.chars() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth == 0 && matches!(c, ',' | ';' | '&' | '+' | '،' | '、' | '，' | '؛') {
                out.push(std::mem::take(&mut current));
            } else {
                current.push(c);
            }
        }
    }
    out.push(current);
    out
}

/// The piece as a clean name, or `None` when it is not one. `strict` (for
/// bylines written on the page) also wants a capital letter and no digits
/// unless the name is one word (a user name).
fn name(piece: &str, max_words: usize, strict: bool) -> Option<String> {
    let collapsed = text::collapse(piece);
    let mut piece = collapsed.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ':' | ';' | '-' | '–' | '—' | '"' | '“' | '”' | '\'' | '*'
            )
    });
    // A place or a role in brackets after a name shown on the page
    // ("Jane Doe (Berlin)", "Claire Roussel (envoyée spéciale)") is not
    // part of it.
    if strict && piece.ends_with(')') {
        if let Some((name, _)) = piece.split_once(" (") {
            piece = name.trim_end();
        }
    }
    // A final period ends a sentence, not an initial ("John C.").
    if let Some(head) = piece.strip_suffix('.') {
        let last_word = head.rsplit(char::is_whitespace).next().unwrap_or(head);
        if last_word.chars().count() > 1 {
            piece = head.trim_end();
        }
    }
    let words: Vec<&str> = piece.split_whitespace().collect();
    if words.is_empty() || words.len() > max_words {
        return None;
    }
    if looks_like_url(piece)
        || piece.contains('@')
        || is_placeholder(piece)
        || NOT_A_NAME.is_match(piece)
    {
        return None;
    }
    if strict {
        let first = words[0].chars().next()?;
        let one_word = words.len() == 1;
        if first.is_lowercase() && !one_word {
            return None;
        }
        if piece.chars().any(|c| c.is_ascii_digit()) && !one_word {
            return None;
        }
        if !piece.chars().any(char::is_alphabetic) {
            return None;
        }
        // One Chinese or Japanese character is a label ("文"), not a name.
        if piece.chars().count() < 2 && piece.chars().all(text::is_cjk) {
            return None;
        }
    }
    Some(piece.to_string())
}

/// "Doe, Jane": one word, a comma, and one to three words, nothing else.
/// What a template writes where a value is missing ("undefined", "null",
/// "[object Object]"): no one's name.
fn is_placeholder(piece: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &[
        "undefined",
        "null",
        "none",
        "nan",
        "n/a",
        "[object object]",
        "unknown",
        "author",
        "tbd",
    ];
    PLACEHOLDERS.iter().any(|p| piece.eq_ignore_ascii_case(p))
}

/// The surname and the given names of a value written "Last, First" (a
/// surname of at most `max_surname_words` words, one to three given
/// names, no conjunction joining two people), trimmed.
fn surname_first(value: &str, max_surname_words: usize) -> Option<(&str, &str)> {
    let mut parts = value.split(',');
    let (Some(last), Some(first), None) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    let (last, first) = (last.trim(), first.trim());
    let first_words = first.split_whitespace().count();
    ((1..=max_surname_words).contains(&last.split_whitespace().count())
        && (1..=3).contains(&first_words)
        && !first
            .split_whitespace()
            .any(|w| NAME_CONJUNCTIONS.contains(&w.to_lowercase().as_str())))
    .then_some((last, first))
}

/// What follows a surname after a comma without being a given name:
/// "Smith, Jr.", "Doe, PhD".
fn is_name_suffix(word: &str) -> bool {
    const SUFFIXES: [&str; 9] = ["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "dr"];
    let bare = word.trim_end_matches('.').to_ascii_lowercase();
    SUFFIXES.contains(&bare.as_str())
}

fn looks_like_url(s: &str) -> bool {
    let lower = s.trim_start().to_ascii_lowercase();
    lower.starts_with("http:")
        || lower.starts_with("https:")
        || lower.starts_with("www.")
        || s.contains("://")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn byline(text: &str) -> Vec<String> {
        from_byline(text)
    }

    #[test]
    fn several_authors_and_a_date() {
        assert_eq!(
            byline("By Jane Doe and John Roe, July 10, 2015"),
            ["Jane Doe", "John Roe"]
        );
        assert_eq!(
            byline("Par Alexandre Hervaud et Jérémy Piette"),
            ["Alexandre Hervaud", "Jérémy Piette"]
        );
        assert_eq!(
            byline("By Stella Kim, Jennifer Jett & Ana Li"),
            ["Stella Kim", "Jennifer Jett", "Ana Li"]
        );
    }

    #[test]
    fn chinese_and_japanese_byline_prefixes_go() {
        assert_eq!(byline("记者 王芳"), ["王芳"]);
        // The outlet before the word for reporter, and an intern after.
        assert_eq!(byline("本报记者 王强"), ["王强"]);
        assert_eq!(
            byline("澎湃新闻记者 周雯 实习生 李子涵"),
            ["周雯", "李子涵"]
        );
        assert_eq!(byline("Автор: Иван Петров"), ["Иван Петров"]);
        assert_eq!(byline("홍길동 기자"), ["홍길동"]);
        assert_eq!(byline("김민수 특파원 minsu@example.com"), ["김민수"]);
        assert_eq!(korean_byline_name("기자회견이 열렸다"), None);
        assert_eq!(byline("執筆者：山田太郎"), ["山田太郎"]);
        assert_eq!(byline("ライター: 佐藤花子"), ["佐藤花子"]);
        assert_eq!(byline("بقلم: أحمد علي"), ["أحمد علي"]);
        assert_eq!(byline("كتب: محمود الشريف"), ["محمود الشريف"]);
        assert_eq!(byline("Yazar: Ahmet Yılmaz"), ["Ahmet Yılmaz"]);
        assert_eq!(byline("Oleh Budi Santoso"), ["Budi Santoso"]);
        assert_eq!(byline("Της Μαρίας Νικολάου"), ["Μαρίας Νικολάου"]);
        assert_eq!(byline("Από τον Γιώργο Παππά"), ["Γιώργο Παππά"]);
        assert_eq!(byline("Yazan: Elif Şahin"), ["Elif Şahin"]);
        assert_eq!(byline("oprac. Anna Nowak"), ["Anna Nowak"]);
        assert_eq!(byline("گزارش از: مریم احمدی"), ["مریم احمدی"]);
        assert_eq!(byline("Av Anna Svensson"), ["Anna Svensson"]);
        assert!(is_full_name("王芳") && is_full_name("Jane Doe"));
        assert!(
            !is_full_name("Jane") && !is_full_name("王") && !is_full_name("中华人民共和国外交部")
        );
        assert_eq!(byline("作者：李明"), ["李明"]);
        assert_eq!(byline("文／山田太郎"), ["山田太郎"]);
        // The reporters a wire story's lead names.
        let lead = |t: &str| from_wire_lead(t).unwrap_or_default();
        assert_eq!(
            lead("新华社北京3月4日电（记者张伟、李娜）全国两会今天开幕。"),
            ["张伟", "李娜"]
        );
        assert_eq!(lead("(서울=연합뉴스) 김철수 기자 = 정부는 4일"), ["김철수"]);
        assert_eq!(
            lead("[부산일보=김철수·이영희 기자] 부산시는"),
            ["김철수", "이영희"]
        );
        assert_eq!(lead("〔記者王小明／台北報導〕行政院今天通過"), ["王小明"]);
        assert!(lead("新华社北京3月4日电 全国两会今天开幕。").is_empty());
        assert!(lead("The council met on Tuesday (記者 unknown).").is_empty());
        assert_eq!(byline("文/张伟"), ["张伟"]);
        assert_eq!(byline("取材・文／山田太郎"), ["山田太郎"]);
        // Names each followed by the word for reporter, or all by one.
        assert_eq!(byline("山田太郎記者"), ["山田太郎"]);
        assert_eq!(
            byline("山田太郎記者、佐藤花子記者"),
            ["山田太郎", "佐藤花子"]
        );
        assert_eq!(byline("김철수·이영희 기자"), ["김철수", "이영희"]);
        // The place after the name, brackets around the byline, and the
        // outlet after the name.
        assert_eq!(byline("記者王小明／台北報導"), ["王小明"]);
        assert_eq!(byline("（山田太郎）"), ["山田太郎"]);
        assert_eq!(byline("[田中一郎，ITmedia]"), ["田中一郎"]);
        // Persian and Urdu labels, with a colon or a comma.
        assert_eq!(byline("خبرنگار: علی رضایی"), ["علی رضایی"]);
        assert_eq!(byline("مصنف, محمد زبیر خان"), ["محمد زبیر خان"]);
        // A name that begins with the character for "text" keeps it.
        assert_eq!(byline("文在寅"), ["文在寅"]);
    }

    #[test]
    fn template_placeholders_are_nobody() {
        assert!(from_declared("undefined").is_empty());
        assert!(from_declared("null").is_empty());
        assert!(from_declared("[object Object]").is_empty());
        assert_eq!(from_declared("Jane Doe, undefined"), ["Jane Doe"]);
        assert!(byline("By undefined").is_empty());
        assert_eq!(from_declared("Nancy Null"), ["Nancy Null"]);
    }

    #[test]
    fn job_titles_times_and_handles_are_cut() {
        assert_eq!(
            byline(
                "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project"
            ),
            ["Daniel Kahn Gillmor"]
        );
        assert_eq!(byline("Sarah Archer 1:39 PM ET"), ["Sarah Archer"]);
        assert_eq!(
            byline("Joe Wee Monday, February 29, 2016 @ 11:00"),
            ["Joe Wee"]
        );
        assert_eq!(byline("Eingestellt von Jane Doe um 10:00"), ["Jane Doe"]);
        assert!(byline("Stand: 12.03.2022").is_empty());
        assert_eq!(
            byline("By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT"),
            ["Alissa Wilkinson"]
        );
        assert_eq!(byline("James Akinaka • 8h"), ["James Akinaka"]);
        assert_eq!(byline("by Lucas Nolan22 Dec 2016651"), ["Lucas Nolan"]);
        assert_eq!(byline("Ben Silverman\nGames Editor"), ["Ben Silverman"]);
        assert_eq!(
            byline("Posted by BeauHD on Friday December 19, 2025 @08:00PM from the dept."),
            ["BeauHD"]
        );
        assert_eq!(
            byline("By Chris Radich,public sector CTO and VP, UiPath"),
            ["Chris Radich"]
        );
        assert_eq!(byline("Written by\nBlock Renovation"), ["Block Renovation"]);
        assert_eq!(
            byline("Insights from\nJane Doe\nMarketing Director"),
            ["Jane Doe"]
        );
        assert_eq!(
            byline("via scvalex 1 year ago | caches | 12 comments"),
            ["scvalex"]
        );
        assert_eq!(
            byline("Post by galitsyn » 11. Sep 2024, 18:36"),
            ["galitsyn"]
        );
        // An address after the name, and a place or role in brackets.
        assert_eq!(byline("By Jane Doe jane.doe@example.com"), ["Jane Doe"]);
        assert_eq!(byline("By Jane Doe (Berlin)"), ["Jane Doe"]);
        // Job titles of other trades than news.
        assert_eq!(
            byline("By Daniel Hartwell, Founding Partner"),
            ["Daniel Hartwell"]
        );
        assert_eq!(byline("Maria Lopez, Registered Dietitian"), ["Maria Lopez"]);
        assert_eq!(byline("Sam Ortiz, Master Plumber"), ["Sam Ortiz"]);
        assert_eq!(
            byline("Par Claire Roussel (Crest (Drôme), envoyée spéciale)"),
            ["Claire Roussel"]
        );
    }

    #[test]
    fn things_that_are_not_names() {
        assert!(byline("21.dez.2018 às 10h55").is_empty());
        assert!(byline("Last Updated: January 7, 2025").is_empty());
        assert!(byline("https://example.org/authors/jane").is_empty());
        assert!(byline("Administrator").is_empty());
        assert!(byline("").is_empty());
    }

    #[test]
    fn credentials_are_not_names() {
        assert_eq!(
            byline("By Brenda Goodman, MA\nWebMD Health News"),
            ["Brenda Goodman"]
        );
        assert_eq!(byline("Genevieve Carlton, Ph.D."), ["Genevieve Carlton"]);
        assert_eq!(
            from_declared("Jane Roe, MD, and John Doe, PhD"),
            ["Jane Roe", "John Doe"]
        );
        // Alone, a short name in capitals is a name.
        assert_eq!(byline("AFP"), ["AFP"]);
        assert_eq!(byline("Jane Doe and Li Wu"), ["Jane Doe", "Li Wu"]);
        // One word after a full name is where or what the author is.
        assert_eq!(byline("By Jane Doe, Reuters"), ["Jane Doe"]);
        assert_eq!(byline("Tracy Parker, Dietitian"), ["Tracy Parker"]);
        assert_eq!(byline("By jdoe, Li Wu"), ["jdoe", "Li Wu"]);
    }

    #[test]
    fn name_particles_stay() {
        assert_eq!(byline("di Mario Rossi"), ["Mario Rossi"]);
        assert_eq!(byline("By Ludwig van Beethoven"), ["Ludwig van Beethoven"]);
        assert_eq!(byline("Ursula Le Guin"), ["Ursula Le Guin"]);
        assert_eq!(byline("JOE HILDEBRAND"), ["JOE HILDEBRAND"]);
        assert_eq!(byline("John C. Welch"), ["John C. Welch"]);
    }

    #[test]
    fn organisations_are_one_name() {
        assert_eq!(
            organization(" Food,  Farming & Fisheries <b>Ltd</b> ").as_deref(),
            Some("Food, Farming & Fisheries Ltd")
        );
        assert_eq!(organization("© 2025 Example Media"), None);
        assert_eq!(organization("https://example.org/"), None);
        assert_eq!(organization("  "), None);
    }

    #[test]
    fn declared_values() {
        assert_eq!(from_declared("Jane Doe"), ["Jane Doe"]);
        assert_eq!(
            from_declared("Jane Doe, John Roe"),
            ["Jane Doe", "John Roe"]
        );
        assert_eq!(from_declared("Jong, Michiel de"), ["Michiel de Jong"]);
        assert_eq!(from_declared("Lee, Min-jun"), ["Min-jun Lee"]);
        assert_eq!(from_declared("Smith, Jr."), ["Smith, Jr"]);
        assert_eq!(
            from_declared("Martin Untersinger (avec Damien Leloup et Morgane Tual)"),
            ["Martin Untersinger (avec Damien Leloup et Morgane Tual)"]
        );
        assert!(from_declared("https://www.facebook.com/jane").is_empty());
        assert_eq!(from_declared("user447274"), ["user447274"]);
        assert_eq!(from_declared("BBC News"), ["BBC News"]);
        assert_eq!(
            from_declared("Immigration, Refugees and Citizenship Canada"),
            ["Immigration, Refugees and Citizenship Canada"]
        );
        assert_eq!(
            from_declared("Bundesministerium für Bildung und Forschung"),
            ["Bundesministerium für Bildung und Forschung"]
        );
        assert_eq!(
            from_declared("Jane Doe and John Roe"),
            ["Jane Doe", "John Roe"]
        );
        assert_eq!(from_declared("Mac & i"), ["Mac & i"]);
        assert_eq!(
            from_declared("Harvest Lane Foods, Inc."),
            ["Harvest Lane Foods, Inc."]
        );
        assert_eq!(
            from_declared("Alder Ridge Capital, LLC"),
            ["Alder Ridge Capital, LLC"]
        );
        assert_eq!(
            from_declared("سلمى الحسيني، أحمد العمري"),
            ["سلمى الحسيني", "أحمد العمري"]
        );
        assert_eq!(
            from_declared("سلمى الحسيني و أحمد العمري"),
            ["سلمى الحسيني", "أحمد العمري"]
        );
        assert_eq!(
            from_declared("Иван Петров и Анна Смирнова"),
            ["Иван Петров", "Анна Смирнова"]
        );
        assert_eq!(
            from_declared("Jane Doe | Daily Post Media for Post.com"),
            ["Jane Doe"]
        );
        assert_eq!(
            from_declared("Bradley M. Kuhn (http://ebb.org/bkuhn/)"),
            ["Bradley M. Kuhn"]
        );
        // A profile link written into the name, and a rights notice.
        assert_eq!(
            from_declared(r#"<a href="/experts/jane-doe" hreflang="en">Jane Doe</a>"#),
            ["Jane Doe"]
        );
        assert_eq!(from_declared("Jane <3 Doe"), ["Jane <3 Doe"]);
        assert!(from_declared("Copyright Example Media GmbH - all rights reserved").is_empty());
        assert!(from_declared("© 2024 Example Media").is_empty());
        assert_eq!(credit("Copyright Example Media"), None);
    }

    #[test]
    fn user_names() {
        assert!(is_handle("KatieS"));
        assert!(is_handle("jdoe"));
        assert!(is_handle("user447274"));
        assert!(!is_handle("Amanda"));
        assert!(!is_handle("AFP"));
        assert!(!is_handle("Jane Doe"));
        assert!(!is_handle("42"));
    }

    #[test]
    fn credits_of_a_team_or_a_role() {
        assert_eq!(
            credit("Great Day Editorial Team").as_deref(),
            Some("Great Day Editorial Team")
        );
        assert_eq!(
            credit("By Staff Clinician").as_deref(),
            Some("Staff Clinician")
        );
        // A name is not a credit, nor is one word, a list or an address.
        assert_eq!(credit("Jane Doe"), None);
        assert_eq!(credit("Editor"), None);
        assert_eq!(credit("Jane Doe, Senior Editor"), None);
        assert_eq!(credit("https://example.org/editors"), None);
        assert_eq!(credit("Staff Writer 2"), None);
        assert_eq!(
            byline_credit("By The Currency editors\nMay 3, 2024").as_deref(),
            Some("The Currency editors")
        );
        // Without "By", a line of roles is no credit of the article.
        assert_eq!(byline_credit("Senior Editor\nMay 3, 2024"), None);
        assert_eq!(byline_credit("By Jane Doe"), None);
    }

    #[test]
    fn hostile_bylines_are_bounded() {
        let long = "Jane Doe and ".repeat(50_000);
        let names = from_byline(&long);
        assert_eq!(names, ["Jane Doe"]);
        let _ = from_declared(&"(".repeat(100_000));
        let _ = from_byline(&"é, ".repeat(100_000));
    }
}
