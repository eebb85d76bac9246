//! The metadata as a YAML front matter block, the header that Markdown
//! notes and static-site pages open with (see
//! [`Metadata::front_matter`](crate::Metadata::front_matter)).
//!
//! Every value is a double-quoted string, or a flow sequence of them: no
//! value can be taken for a number, a date, a boolean, a comment or the end
//! of the block, whatever the page put in it, and each stays on its line.
//! Both are JSON as well, so a reader without YAML can parse each line.

use crate::article::Metadata;

/// The block, `---` lines included, with the fields the page gave, in the
/// order and under the names of the JSON output (the sources left out).
pub(crate) fn front_matter(meta: &Metadata) -> String {
    let one = |value: Option<&str>| value.filter(|v| !v.is_empty()).map(quoted);
    let fields = [
        ("title", one(meta.title.as_deref())),
        ("authors", list(&meta.authors)),
        ("excerpt", one(meta.excerpt.as_deref())),
        ("site_name", one(meta.site_name.as_deref())),
        ("published", one(meta.published.as_deref())),
        ("modified", one(meta.modified.as_deref())),
        ("lang", one(meta.lang.as_deref())),
        ("dir", one(meta.dir.map(|d| d.as_str()))),
        ("image", one(meta.image.as_deref())),
        ("canonical_url", one(meta.canonical_url.as_deref())),
        ("tags", list(&meta.tags)),
        ("section", one(meta.section.as_deref())),
        ("page_type", one(meta.page_type.map(|t| t.as_str()))),
        ("license", one(meta.license.as_deref())),
        ("next_page", one(meta.next_page.as_deref())),
    ];
    let mut out = String::from("---\n");
    for (key, value) in fields {
        if let Some(value) = value {
            out.push_str(key);
            out.push_str(": ");
            out.push_str(&value);
            out.push('\n');
        }
    }
    out.push_str("---\n");
    out
}

/// `items` as a flow sequence of quoted strings; `None` when empty.
fn list(items: &[String]) -> Option<String> {
    if items.is_empty() {
        return None;
    }
    let values: Vec<String> = items.iter().map(|i| quoted(i)).collect();
    Some(format!("[{}]", values.join(", ")))
}

/// `value` as a double-quoted scalar: `"` and `\` escaped, and every
/// character YAML does not allow unescaped (controls, DEL, the C1 range,
/// U+FFFE and U+FFFF) or that some readers take for a line break (U+0085,
/// U+2028, U+2029) or a byte-order mark (U+FEFF) written as `\uXXXX`.
/// The result is a JSON string too.
fn quoted(value: &str) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{feff}'
            | '\u{fffe}'
            | '\u{ffff}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{PageType, TextDirection};
    use crate::testing::Xorshift;

    /// The block's fields: each line's key and its value read back as JSON
    /// (which each value also is).
    fn fields(block: &str) -> Vec<(String, serde_json::Value)> {
        let inner = block
            .strip_prefix("---\n")
            .and_then(|b| b.strip_suffix("---\n"))
            .unwrap_or_else(|| panic!("not a block: {block:?}"));
        inner
            .lines()
            .map(|line| {
                let (key, value) = line.split_once(": ").expect("key: value");
                let value = serde_json::from_str(value)
                    .unwrap_or_else(|e| panic!("{value:?} is not a quoted value: {e}"));
                (key.to_string(), value)
            })
            .collect()
    }

    #[test]
    fn no_metadata_is_an_empty_block() {
        assert_eq!(front_matter(&Metadata::default()), "---\n---\n");
    }

    #[test]
    fn every_field_the_page_gave_in_the_json_order() {
        let meta = Metadata {
            title: Some("Tide tables".into()),
            authors: vec!["Jane Doe".into(), "John Roe".into()],
            excerpt: Some("When the water comes.".into()),
            published: Some("2024-03-05".into()),
            dir: Some(TextDirection::Rtl),
            tags: vec!["tides".into()],
            page_type: Some(PageType::Article),
            section: Some(String::new()),
            ..Metadata::default()
        };
        let block = front_matter(&meta);
        let got = fields(&block);
        let keys: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
        // An empty value is no value.
        assert_eq!(
            keys,
            [
                "title",
                "authors",
                "excerpt",
                "published",
                "dir",
                "tags",
                "page_type"
            ]
        );
        assert_eq!(got[1].1, serde_json::json!(["Jane Doe", "John Roe"]));
        assert_eq!(got[4].1, "rtl");
        assert_eq!(got[6].1, "article");
    }

    /// Whatever a page writes stays inside its value, on its line: quotes,
    /// a closing `---`, comments, line breaks of every kind, controls.
    #[test]
    fn hostile_values_stay_on_their_line() {
        const PIECES: &[&str] = &[
            "a",
            " ",
            "\"",
            "\\",
            "\n",
            "\r\n",
            "\t",
            "---",
            "\n---\n",
            ": ",
            "# ",
            "'",
            "[",
            "]",
            "{",
            "}",
            ",",
            "&",
            "*",
            "!",
            "|",
            ">",
            "%",
            "@",
            "`",
            "\u{0}",
            "\u{1b}",
            "\u{7f}",
            "\u{85}",
            "\u{9f}",
            "\u{a0}",
            "\u{2028}",
            "\u{2029}",
            "\u{feff}",
            "\u{fffe}",
            "\u{ffff}",
            "é",
            "漢",
            "🌊",
            "null",
            "true",
            "2024-03-05",
            "0x1F",
            "~",
        ];
        let mut rng = Xorshift::new(0x5eed_f00d);
        for _ in 0..500 {
            let mut value = || {
                let n = rng.pick(&[0usize, 1, 2, 3, 5, 8]);
                (0..n).map(|_| rng.pick(PIECES)).collect::<String>()
            };
            let meta = Metadata {
                title: Some(value()),
                authors: vec![value(), value()],
                site_name: Some(value()),
                tags: vec![value()],
                ..Metadata::default()
            };
            let block = front_matter(&meta);
            // Only the block's own line breaks.
            for c in ['\r', '\u{85}', '\u{2028}', '\u{2029}', '\u{feff}', '\u{0}'] {
                assert!(!block.contains(c), "{c:?} in {block:?}");
            }
            let got = fields(&block);
            for (key, value) in &got {
                match key.as_str() {
                    "title" => assert_eq!(Some(value.as_str().unwrap()), meta.title.as_deref()),
                    "site_name" => {
                        assert_eq!(Some(value.as_str().unwrap()), meta.site_name.as_deref())
                    }
                    "authors" => assert_eq!(value, &serde_json::json!(meta.authors)),
                    "tags" => assert_eq!(value, &serde_json::json!(meta.tags)),
                    other => panic!("unexpected key {other}"),
                }
            }
            let expected = usize::from(meta.title.as_deref().is_some_and(|t| !t.is_empty()))
                + usize::from(meta.site_name.as_deref().is_some_and(|t| !t.is_empty()))
                + 2;
            assert_eq!(got.len(), expected, "{block:?}");
        }
    }
}
