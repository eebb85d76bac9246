//! `<meta>` tags: OpenGraph, Twitter cards, Dublin Core, Parse.ly,
//! `citation_*` and the plain `name="author"`-style tags, keyed the same
//! way whatever attribute names them.

use std::collections::HashMap;

use html5ever::local_name;

use crate::article::Source;
use crate::dom::{Dom, NodeId};

/// The most `<meta>` tags read from one page.
const MAX_TAGS: usize = 4096;

/// The page's `<meta>` values by key. A key is the lower-cased
/// `property`, `name` or `http-equiv` with white space removed and `.`
/// read as `:` (`DC.title` and `dc:title` are one key); each value is the
/// trimmed `content`, entity-decoded once more (see
/// [`super::unescape_entities`]).
///
/// Values named by `property` (as OpenGraph and RDFa write them) come
/// before values named by `name` for the same key, as in Readability.
#[derive(Debug, Default)]
pub(crate) struct MetaTags {
    by_property: ByKey,
    by_name: ByKey,
    count: usize,
}

/// Values by key. Metadata asks for dozens of keys per page, so the maps
/// hash with foldhash, far cheaper than SipHash on short keys.
type ByKey = HashMap<String, Vec<String>, foldhash::fast::RandomState>;

impl MetaTags {
    /// Records a `<meta>` element.
    pub(crate) fn add(&mut self, dom: &Dom, id: NodeId) {
        if self.count >= MAX_TAGS {
            return;
        }
        let Some(content) = dom
            .attr(id, &local_name!("content"))
            .map(super::clean_value)
        else {
            return;
        };
        if content.is_empty() {
            return;
        }
        self.count += 1;
        // `property` may list several names: "og:title dc:title".
        if let Some(property) = dom.attr(id, &local_name!("property")) {
            for k in property.split_whitespace().map(key) {
                push(&mut self.by_property, k, &content);
            }
        }
        if let Some(name) = dom.attr(id, &local_name!("name")) {
            push(&mut self.by_name, key(name), &content);
        }
        if let Some(name) = dom.attr(id, &local_name!("http-equiv")) {
            push(
                &mut self.by_name,
                format!("http-equiv:{}", key(name)),
                &content,
            );
        }
    }

    /// The first value of the first key present, with the key.
    pub(crate) fn first<'a>(&'a self, keys: &[&'a str]) -> Option<(&'a str, &'a str)> {
        keys.iter()
            .find_map(|k| self.all(k).first().map(|v| (*k, v.as_str())))
    }

    /// Every value of `key`, in document order: those named by `property`
    /// if there are any, else those named by `name`.
    pub(crate) fn all(&self, key: &str) -> &[String] {
        self.by_property
            .get(key)
            .or_else(|| self.by_name.get(key))
            .map_or(&[], Vec::as_slice)
    }
}

fn push(map: &mut ByKey, key: String, value: &str) {
    if !key.is_empty() {
        map.entry(key).or_default().push(value.to_string());
    }
}

/// The source a key belongs to.
pub(crate) fn source_of(key: &str) -> Source {
    if key.starts_with("og:") || key.starts_with("article:") {
        Source::OpenGraph
    } else if key.starts_with("twitter:") {
        Source::TwitterCard
    } else {
        Source::Meta
    }
}

fn key(name: &str) -> String {
    if name.is_ascii() {
        // The same key by bytes: ASCII white space is what `is_whitespace`
        // finds among ASCII characters.
        let mut key = String::with_capacity(name.len().min(64));
        let kept = name.bytes().filter(|&b| !crate::text::is_ascii_space(b));
        for b in kept.take(64) {
            key.push(if b == b'.' {
                ':'
            } else {
                char::from(b.to_ascii_lowercase())
            });
        }
        return key;
    }
    name.chars()
        .filter(|c| !c.is_whitespace())
        .take(64)
        .map(|c| {
            if c == '.' {
                ':'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::Tag;
    use crate::parse::parse_str;

    fn tags(html: &str) -> MetaTags {
        let dom = Dom::index(parse_str(html));
        let mut tags = MetaTags::default();
        for id in dom.find_all(Tag::Meta) {
            tags.add(&dom, id);
        }
        tags
    }

    #[test]
    fn keys_are_read_from_every_naming_attribute() {
        let t = tags(
            r#"<meta property="og:title dc:title" content=" Both ">
            <meta name="DC.Creator" content="Jane">
            <meta http-equiv="Content-Language" content="fr">
            <meta property="article:tag" content="a"><meta property="article:tag" content="b">
            <meta name="empty" content="  ">"#,
        );
        assert_eq!(t.first(&["og:title"]), Some(("og:title", "Both")));
        assert_eq!(t.first(&["dc:title"]), Some(("dc:title", "Both")));
        assert_eq!(
            t.first(&["nope", "dc:creator"]),
            Some(("dc:creator", "Jane"))
        );
        assert_eq!(
            t.first(&["http-equiv:content-language"]).map(|(_, v)| v),
            Some("fr")
        );
        assert_eq!(t.all("article:tag"), ["a", "b"]);
        assert_eq!(t.first(&["empty"]), None);
        let t = tags(
            r#"<meta name="dc.creator" content="By name"><meta property="dc:creator" content="By property">"#,
        );
        assert_eq!(t.all("dc:creator"), ["By property"]);
        assert_eq!(source_of("article:author"), Source::OpenGraph);
        assert_eq!(source_of("twitter:title"), Source::TwitterCard);
        assert_eq!(source_of("dc:title"), Source::Meta);
    }

    #[test]
    fn double_escaped_entities_are_decoded() {
        let t =
            tags(r#"<meta name="description" content="It&amp;#039;s &amp;quot;here&amp;quot;">"#);
        assert_eq!(
            t.first(&["description"]).map(|(_, v)| v),
            Some("It's \"here\"")
        );
    }
}
