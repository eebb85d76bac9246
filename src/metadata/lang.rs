//! Language and writing direction.

use html5ever::local_name;

use crate::article::TextDirection;
use crate::dom::{Dom, NodeId};

/// The longest language tag accepted (BCP 47 tags in use are far shorter).
const MAX_TAG_LEN: usize = 35;

/// A language tag as declared, checked for the shape of BCP 47: a primary
/// language of two or three letters, then subtags of one to eight letters
/// or digits (`en_US`, as `og:locale` writes it, becomes `en-US`), in the
/// case BCP 47 writes it (`DE` and `de-de` become `de` and `de-DE`), so
/// that the same language is the same string.
pub(crate) fn normalize(tag: &str) -> Option<String> {
    let tag = tag.trim();
    if tag.len() > MAX_TAG_LEN * 4 {
        return None;
    }
    let tag = tag.replace('_', "-");
    // `content-language` may list several: the first one.
    let tag = tag.split([',', ';', ' ']).next().unwrap_or("");
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or("");
    let valid = tag.len() <= MAX_TAG_LEN
        && (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()));
    valid.then(|| canonical_case(tag))
}

/// BCP 47's case for a well-formed tag (RFC 5646, 2.1.1): a region (two
/// letters) in capitals, a script (four letters) with a capital, all else
/// in small letters, and everything after a singleton (`-x-`, `-u-`) too.
fn canonical_case(tag: &str) -> String {
    let mut out = String::with_capacity(tag.len());
    let mut after_singleton = false;
    for (i, subtag) in tag.split('-').enumerate() {
        if i > 0 {
            out.push('-');
        }
        let letters = subtag.chars().all(|c| c.is_ascii_alphabetic());
        match subtag.len() {
            2 if i > 0 && letters && !after_singleton => out.push_str(&subtag.to_ascii_uppercase()),
            4 if i > 0 && letters && !after_singleton => {
                let mut chars = subtag.chars();
                out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            }
            _ => out.push_str(&subtag.to_ascii_lowercase()),
        }
        after_singleton |= i > 0 && subtag.len() == 1;
    }
    out
}

/// Whether the language writes a numeric date day first (`12/3/2025` is
/// 12 March). English in the United States, and English with no region
/// (most often American), write the month first, as Filipino does; so
/// does a page whose language is unknown.
pub(crate) fn writes_day_first(tag: Option<&str>) -> bool {
    let Some(tag) = tag else { return false };
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or("");
    let region = subtags.find(|s| s.len() == 2 || s.len() == 3);
    match primary.to_ascii_lowercase().as_str() {
        "en" => region.is_some_and(|r| !r.eq_ignore_ascii_case("us")),
        "fil" | "tl" => false,
        _ => true,
    }
}

/// Primary language subtags written right to left.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "ha-arab", "he", "iw", "khw", "ks", "ku-arab", "ps", "sd",
    "syr", "ug", "ur", "yi",
];

/// The usual writing direction of a language.
pub(crate) fn direction_of(tag: &str) -> TextDirection {
    let tag = tag.to_ascii_lowercase();
    let primary = tag.split('-').next().unwrap_or("");
    let rtl = RTL_LANGUAGES
        .iter()
        .any(|l| *l == primary || (l.contains('-') && tag.starts_with(l)))
        || tag.contains("-arab")
        || tag.contains("-hebr");
    if rtl {
        TextDirection::Rtl
    } else {
        TextDirection::Ltr
    }
}

/// The writing direction declared by a `dir` attribute on `id` or its
/// nearest ancestor that has one.
pub(crate) fn declared_direction(dom: &Dom, id: NodeId) -> Option<TextDirection> {
    std::iter::once(id)
        .chain(dom.ancestors(id))
        .find_map(|a| {
            dom.attr(a, &local_name!("dir"))
                .map(|d| d.trim().to_ascii_lowercase())
        })
        .and_then(|d| match d.as_str() {
            "rtl" => Some(TextDirection::Rtl),
            "ltr" => Some(TextDirection::Ltr),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_date_order_by_language() {
        for tag in ["vi", "de-DE", "pt-BR", "en-GB", "en-IN", "sw"] {
            assert!(writes_day_first(Some(tag)), "{tag}");
        }
        for tag in ["en", "en-US", "EN-us", "fil", "tl-PH"] {
            assert!(!writes_day_first(Some(tag)), "{tag}");
        }
        assert!(!writes_day_first(None));
    }

    #[test]
    fn tags_are_checked_and_normalised() {
        assert_eq!(normalize(" en_US ").as_deref(), Some("en-US"));
        assert_eq!(normalize("pt-BR").as_deref(), Some("pt-BR"));
        assert_eq!(normalize("de, en").as_deref(), Some("de"));
        assert_eq!(normalize("<script>"), None);
        assert_eq!(normalize(""), None);
        assert_eq!(normalize(&"a".repeat(100)), None);
        assert_eq!(normalize("Headline Headline"), None);
        assert_eq!(normalize("zh-Hant-TW").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(normalize("en--US"), None);
        // One language, one string, whatever case the page wrote.
        assert_eq!(normalize("DE").as_deref(), Some("de"));
        assert_eq!(normalize("de-de").as_deref(), Some("de-DE"));
        assert_eq!(normalize("EN_gb").as_deref(), Some("en-GB"));
        assert_eq!(normalize("ZH-HANT-tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(normalize("es-419").as_deref(), Some("es-419"));
        assert_eq!(normalize("sl-ROZAJ").as_deref(), Some("sl-rozaj"));
        // Extensions and private use stay in small letters.
        assert_eq!(normalize("en-US-x-TWAIN").as_deref(), Some("en-US-x-twain"));
        assert_eq!(
            normalize("de-DE-u-CO-phonebk").as_deref(),
            Some("de-DE-u-co-phonebk")
        );
    }

    #[test]
    fn direction_follows_the_script() {
        assert_eq!(direction_of("ar"), TextDirection::Rtl);
        assert_eq!(direction_of("he-IL"), TextDirection::Rtl);
        assert_eq!(direction_of("fa"), TextDirection::Rtl);
        assert_eq!(direction_of("pa-Arab"), TextDirection::Rtl);
        assert_eq!(direction_of("en"), TextDirection::Ltr);
        assert_eq!(direction_of("az-Latn"), TextDirection::Ltr);
    }
}
