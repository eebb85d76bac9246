//! Clean HTML output: allow-listed tags and attributes only, URLs made
//! absolute, and no way for script to ride along (no event handlers, no
//! `javascript:` or `data:` links, no styles).

use html5ever::{LocalName, local_name};
use url::Url;

use super::Writer;
use crate::dom::{Dom, NodeId, Tag};

/// Builds the article HTML.
pub(crate) struct HtmlWriter<'a> {
    out: String,
    base: Option<&'a Url>,
    keep_classes: bool,
    max_bytes: usize,
    /// Depth of elements opened after the output hit its size cap.
    skipped: usize,
}

impl<'a> HtmlWriter<'a> {
    pub(crate) fn new(base: Option<&'a Url>, keep_classes: bool, max_bytes: usize) -> Self {
        let mut out = String::with_capacity(16 * 1024);
        out.push_str("<div id=\"readability-page-1\" class=\"page\">");
        HtmlWriter {
            out,
            base,
            keep_classes,
            max_bytes,
            skipped: 0,
        }
    }

    pub(crate) fn finish(mut self) -> String {
        self.out.push_str("</div>");
        self.out
    }

    fn over_budget(&self) -> bool {
        self.out.len() >= self.max_bytes
    }

    fn attribute(&mut self, name: &str, value: &str) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        escape_into(&mut self.out, value, true);
        self.out.push('"');
    }
}

/// Attributes kept on every element.
fn is_global_attr(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("lang") | local_name!("dir") | local_name!("title")
    )
}

/// Attributes kept on specific elements (URL attributes are handled apart).
fn is_element_attr(tag: Tag, name: &LocalName) -> bool {
    match tag {
        Tag::Img => matches!(
            *name,
            local_name!("alt") | local_name!("width") | local_name!("height")
        ),
        Tag::Td | Tag::Th => matches!(
            *name,
            local_name!("colspan")
                | local_name!("rowspan")
                | local_name!("headers")
                | local_name!("scope")
        ),
        Tag::Ol => matches!(
            *name,
            local_name!("start") | local_name!("reversed") | local_name!("type")
        ),
        Tag::Time | Tag::Del | Tag::Ins => matches!(*name, local_name!("datetime")),
        Tag::Source => matches!(
            *name,
            local_name!("type") | local_name!("media") | local_name!("sizes")
        ),
        Tag::Video | Tag::Audio => matches!(
            *name,
            local_name!("controls") | local_name!("width") | local_name!("height")
        ),
        Tag::Iframe => matches!(
            *name,
            local_name!("width") | local_name!("height") | local_name!("allowfullscreen")
        ),
        Tag::Col | Tag::Colgroup => matches!(*name, local_name!("span")),
        _ => false,
    }
}

/// Attributes holding one URL, per element.
fn is_url_attr(tag: Tag, name: &LocalName) -> bool {
    match tag {
        Tag::A => *name == local_name!("href"),
        Tag::Img | Tag::Source | Tag::Video | Tag::Audio | Tag::Track | Tag::Iframe => {
            *name == local_name!("src") || (*name == local_name!("poster") && tag == Tag::Video)
        }
        Tag::Blockquote | Tag::Q | Tag::Del | Tag::Ins => *name == local_name!("cite"),
        _ => false,
    }
}

/// The scheme of a URL as a browser reads it: control characters and white
/// space ignored, case folded. `None` for relative URLs.
pub(crate) fn url_scheme(value: &str) -> Option<String> {
    let cleaned: String = value
        .chars()
        .filter(|c| !c.is_ascii_control() && !c.is_whitespace())
        .collect();
    let colon = cleaned.find(':')?;
    let scheme = &cleaned[..colon];
    let valid = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Resolves and vets a URL for `tag`; `None` drops the attribute.
pub(crate) fn safe_url(value: &str, base: Option<&Url>, image: bool) -> Option<String> {
    let trimmed = value.trim_matches(|c: char| c.is_ascii_control() || c.is_whitespace());
    if trimmed.is_empty() {
        return None;
    }
    if trimmed.starts_with('#') {
        return Some(trimmed.to_string());
    }
    let resolved = match base {
        Some(base) => base.join(trimmed).ok().map(String::from),
        None => None,
    };
    let candidate = resolved.as_deref().unwrap_or(trimmed);
    match url_scheme(candidate).as_deref() {
        None => Some(candidate.to_string()),
        Some("http" | "https" | "mailto" | "tel" | "ftp" | "sms") => Some(candidate.to_string()),
        Some("data") if image => {
            let lower = candidate.to_ascii_lowercase();
            (lower.starts_with("data:image/") && !lower.starts_with("data:image/svg"))
                .then(|| candidate.to_string())
        }
        _ => None,
    }
}

/// Resolves each URL of a `srcset`, dropping unsafe candidates.
fn safe_srcset(value: &str, base: Option<&Url>) -> Option<String> {
    let mut parts = Vec::new();
    for candidate in value.split(',') {
        let candidate = candidate.trim();
        let mut pieces = candidate.splitn(2, char::is_whitespace);
        let Some(url) = pieces.next().filter(|u| !u.is_empty()) else {
            continue;
        };
        let descriptor = pieces.next().unwrap_or("").trim();
        if let Some(url) = safe_url(url, base, true) {
            if descriptor.is_empty() {
                parts.push(url);
            } else {
                parts.push(format!("{url} {descriptor}"));
            }
        }
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Escapes text (and, in attributes, quotes) for HTML.
pub(crate) fn escape_into(out: &mut String, s: &str, attr: bool) {
    for c in s.chars() {
        escape_char(out, c, attr);
    }
}

fn escape_char(out: &mut String, c: char, attr: bool) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' if attr => out.push_str("&quot;"),
        '\u{a0}' => out.push_str("&nbsp;"),
        _ => out.push(c),
    }
}

impl Writer for HtmlWriter<'_> {
    fn open(&mut self, dom: &Dom, id: NodeId, tag: Tag) {
        if self.skipped > 0 || self.over_budget() {
            if !tag.is_void() {
                self.skipped += 1;
            }
            return;
        }
        let Some(name) = tag.name() else {
            return;
        };
        self.out.push('<');
        self.out.push_str(name);
        let mut attrs: Vec<(String, String)> = Vec::new();
        let base = self.base;
        let keep_classes = self.keep_classes;
        dom.for_each_attr(id, |attr, value| {
            let out_value = if is_url_attr(tag, attr) {
                safe_url(value, base, tag != Tag::A)
            } else if *attr == local_name!("srcset") && matches!(tag, Tag::Img | Tag::Source) {
                safe_srcset(value, base)
            } else if is_global_attr(attr)
                || is_element_attr(tag, attr)
                || (keep_classes && *attr == local_name!("class"))
            {
                Some(value.to_string())
            } else {
                None
            };
            if let Some(v) = out_value {
                attrs.push((attr.to_string(), v));
            }
        });
        for (k, v) in attrs {
            self.attribute(&k, &v);
        }
        self.out.push('>');
    }

    fn text(&mut self, text: &str, _pre: bool) {
        if self.skipped > 0 || self.over_budget() {
            return;
        }
        // One text run can be as long as the page: stop at the cap.
        for c in text.chars() {
            if self.over_budget() {
                break;
            }
            escape_char(&mut self.out, c, false);
        }
    }

    fn close(&mut self, _dom: &Dom, _id: NodeId, tag: Tag) {
        if tag.is_void() {
            return;
        }
        if self.skipped > 0 {
            self.skipped -= 1;
            return;
        }
        if let Some(name) = tag.name() {
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push('>');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_are_read_like_a_browser() {
        assert_eq!(
            url_scheme("JaVa\tScript:alert(1)").as_deref(),
            Some("javascript")
        );
        assert_eq!(
            url_scheme(" \u{1}javascript:x").as_deref(),
            Some("javascript")
        );
        assert_eq!(url_scheme("/path:with:colons"), None);
        assert_eq!(url_scheme("page.html"), None);
    }

    #[test]
    fn unsafe_urls_are_dropped() {
        assert_eq!(safe_url("javascript:alert(1)", None, false), None);
        assert_eq!(safe_url("data:text/html,<script>", None, true), None);
        assert!(safe_url("data:image/png;base64,AAAA", None, true).is_some());
        assert_eq!(safe_url("data:image/png;base64,AAAA", None, false), None);
    }

    #[test]
    fn relative_urls_resolve_against_the_base() {
        let base = Url::parse("https://example.org/a/b.html").unwrap();
        assert_eq!(
            safe_url("../c.png", Some(&base), true).as_deref(),
            Some("https://example.org/c.png")
        );
        assert_eq!(
            safe_url("#note", Some(&base), false).as_deref(),
            Some("#note")
        );
        assert_eq!(
            safe_srcset("a.png 1x, b.png 2x", Some(&base)).as_deref(),
            Some("https://example.org/a/a.png 1x, https://example.org/a/b.png 2x")
        );
    }
}
