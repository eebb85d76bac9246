//! Metadata: the title, byline, excerpt and other facts from the page's
//! `<meta>` tags and markup.

use std::collections::HashMap;

use html5ever::local_name;

use crate::article::{Metadata, TextDirection};
use crate::clean::inner_text;
use crate::dom::{Dom, Tag};
use crate::text;

/// Reads the metadata that the page declares (before any extraction).
pub(crate) fn read(dom: &Dom) -> Metadata {
    let values = meta_values(dom);
    let get = |keys: &[&str]| -> Option<String> {
        keys.iter()
            .find_map(|k| values.get(*k))
            .map(|v| text::collapse(v))
            .filter(|v| !v.is_empty())
    };
    let title = get(&[
        "dc:title",
        "dcterm:title",
        "og:title",
        "weibo:article:title",
        "weibo:webpage:title",
        "title",
        "twitter:title",
        "parsely-title",
    ])
    .or_else(|| article_title(dom));
    let article_author = values
        .get("article:author")
        .filter(|v| !v.starts_with("http://") && !v.starts_with("https://"))
        .cloned();
    let byline =
        get(&["dc:creator", "dcterm:creator", "author", "parsely-author"]).or(article_author);
    let excerpt = get(&[
        "dc:description",
        "dcterm:description",
        "og:description",
        "weibo:article:description",
        "weibo:webpage:description",
        "description",
        "twitter:description",
    ]);
    let site_name = get(&["og:site_name"]);
    let published = get(&["article:published_time", "parsely-pub-date"]);
    let lang = dom
        .find(Tag::Html)
        .and_then(|h| {
            dom.attr(h, &local_name!("lang"))
                .map(|l| l.trim().to_string())
        })
        .filter(|l| !l.is_empty());
    Metadata {
        title,
        byline,
        excerpt,
        site_name,
        published,
        lang,
        dir: None,
    }
}

/// `<meta>` values keyed like Readability: `property` matches of
/// `article|dc|dcterm|og|twitter : author|creator|description|published_time|title|site_name`,
/// and `name` values such as `author`, `dc.title`, `twitter:description`.
fn meta_values(dom: &Dom) -> HashMap<String, String> {
    let mut values = HashMap::new();
    for id in dom.find_all(Tag::Meta) {
        let Some(content) = dom
            .attr(id, &local_name!("content"))
            .map(|c| c.trim().to_string())
        else {
            continue;
        };
        if content.is_empty() {
            continue;
        }
        let mut matched = false;
        if let Some(property) = dom.attr(id, &local_name!("property")) {
            for p in property.split_whitespace() {
                let p = p.to_ascii_lowercase();
                if let Some((prefix, name)) = p.split_once(':') {
                    if matches!(prefix, "article" | "dc" | "dcterm" | "og" | "twitter")
                        && matches!(
                            name,
                            "author"
                                | "creator"
                                | "description"
                                | "published_time"
                                | "title"
                                | "site_name"
                        )
                    {
                        values.insert(p.clone(), content.clone());
                        matched = true;
                    }
                }
            }
        }
        if matched {
            continue;
        }
        if let Some(name) = dom.attr(id, &local_name!("name")) {
            let key: String = name
                .trim()
                .to_ascii_lowercase()
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| if c == '.' { ':' } else { c })
                .collect();
            let base = key.rsplit([':', '-']).next().unwrap_or(&key);
            if matches!(
                base,
                "author" | "creator" | "date" | "description" | "title" | "site_name"
            ) || key == "parsely-pub-date"
            {
                values.insert(key, content);
            }
        }
    }
    values
}

/// The separators that join a site name to a headline in `<title>`.
const SEPARATORS: [char; 7] = ['|', '-', '–', '—', '\\', '/', '>'];

fn word_count(s: &str) -> usize {
    s.split_whitespace().count().max(1)
}

/// Readability's title logic: `<title>` with the site name cut off.
fn article_title(dom: &Dom) -> Option<String> {
    let title_el = dom.find(Tag::Title)?;
    let original = inner_text(dom, title_el);
    if original.is_empty() {
        return None;
    }
    let mut title = original.clone();
    let mut hierarchical = false;
    let separator_positions: Vec<usize> = original
        .char_indices()
        .filter(|&(i, c)| {
            (SEPARATORS.contains(&c) || c == '»')
                && original[..i].ends_with(' ')
                && original[i + c.len_utf8()..].starts_with(' ')
        })
        .map(|(i, _)| i)
        .collect();
    if let Some(&last) = separator_positions.last() {
        hierarchical = separator_positions.iter().any(|&i| {
            original[i..]
                .chars()
                .next()
                .is_some_and(|c| matches!(c, '\\' | '/' | '>' | '»'))
        });
        title = original[..last].trim_end().to_string();
        if word_count(&title) < 3 {
            let first = separator_positions[0];
            let c_len = original[first..].chars().next().map_or(1, char::len_utf8);
            title = original[first + c_len..].trim().to_string();
        }
    } else if original.contains(": ") {
        let matches_heading = dom
            .find_all(Tag::H1)
            .chain(dom.find_all(Tag::H2))
            .any(|h| inner_text(dom, h) == original);
        if !matches_heading {
            if let Some(i) = original.rfind(':') {
                title = original[i + 1..].trim().to_string();
            }
            if word_count(&title) < 3 {
                if let Some(i) = original.find(':') {
                    title = original[i + 1..].trim().to_string();
                }
            } else if let Some(i) = original.find(':') {
                if word_count(&original[..i]) > 5 {
                    title = original.clone();
                }
            }
        }
    } else if original.chars().count() > 150 || original.chars().count() < 15 {
        let h1s: Vec<_> = dom.find_all(Tag::H1).collect();
        if h1s.len() == 1 {
            title = inner_text(dom, h1s[0]);
        }
    }
    let title = text::collapse(&title);
    let words = word_count(&title);
    let without_separators = original
        .split(|c: char| SEPARATORS.contains(&c) || c == '»')
        .collect::<Vec<_>>()
        .join(" ");
    if words <= 4 && (!hierarchical || words != word_count(&without_separators) - 1) {
        return Some(original);
    }
    Some(title)
}

/// The writing direction declared on the article or its ancestors.
pub(crate) fn direction(dom: &Dom, top: usize) -> Option<TextDirection> {
    std::iter::once(top)
        .chain(dom.ancestors(top))
        .find_map(|id| {
            dom.attr(id, &local_name!("dir"))
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
    use crate::parse::parse_str;

    fn meta(html: &str) -> Metadata {
        read(&Dom::index(parse_str(html)))
    }

    #[test]
    fn meta_tags_win_over_the_title_element() {
        let m = meta(
            r#"<head><title>Page | Site</title><meta property="og:title" content="Headline">
            <meta name="author" content="Jane Doe"><meta name="description" content="About it.">
            <meta property="og:site_name" content="Site"></head>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Headline"));
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.excerpt.as_deref(), Some("About it."));
        assert_eq!(m.site_name.as_deref(), Some("Site"));
    }

    #[test]
    fn site_name_is_cut_from_the_title() {
        let m = meta("<title>The council votes on the library budget | Daily News</title>");
        assert_eq!(
            m.title.as_deref(),
            Some("The council votes on the library budget")
        );
    }
}
