//! URLs in the output: made absolute against the document's base, and
//! vetted so that no link, image or player can run script.
//!
//! Schemes are read the way a browser reads them (control characters and
//! white space ignored, case folded), so no spelling of `javascript:` gets
//! through. Only `http`, `https`, `mailto`, `tel`, `ftp` and `sms` links are
//! kept, plus `data:image/*` (not SVG) for images.

use html5ever::local_name;
use url::Url;

use crate::dom::{Dom, NodeId, Tag};

/// The base URL of the document: its first `<base href>` resolved against
/// the page address, else the page address. A `<base>` that is not `http`
/// or `https` once resolved (`javascript:`, `data:`...) is ignored.
pub(crate) fn document_base(dom: &Dom, page: Option<&Url>) -> Option<Url> {
    // Browsers use the first `<base>` that has an `href`, wherever it is.
    let href = dom
        .find_all(Tag::Base)
        .find_map(|id| dom.attr(id, &local_name!("href")).map(|h| h.to_string()));
    let declared = href.and_then(|href| {
        let href = href.trim_matches(|c: char| c.is_ascii_control() || c.is_whitespace());
        match page {
            Some(page) => page.join(href).ok(),
            None => Url::parse(href).ok(),
        }
    });
    declared
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .or_else(|| page.cloned())
}

/// The scheme of a URL as a browser reads it: control characters and white
/// space ignored, case folded. `None` for relative URLs.
pub(crate) fn url_scheme(value: &str) -> Option<String> {
    let kept = |c: &char| !c.is_ascii_control() && !c.is_whitespace();
    // Checked before anything is copied: most addresses are relative and
    // fail at their first character (a colon is never filtered out, so
    // the scheme ends at the value's first colon).
    let mut colon = false;
    for (i, c) in value.chars().filter(kept).enumerate() {
        if c == ':' {
            colon = i > 0;
            break;
        }
        let valid = if i == 0 {
            c.is_ascii_alphabetic()
        } else {
            c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')
        };
        if !valid {
            return None;
        }
    }
    colon.then(|| {
        let mut scheme: String = value
            .chars()
            .filter(kept)
            .take_while(|&c| c != ':')
            .collect();
        scheme.make_ascii_lowercase();
        scheme
    })
}

/// Resolves and vets one URL; `None` drops it. `image` allows
/// `data:image/*` URLs (except SVG, which can hold script).
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
            let lower: String = candidate
                .chars()
                .filter(|c| !c.is_ascii_control() && !c.is_whitespace())
                .take(16)
                .collect::<String>()
                .to_ascii_lowercase();
            (lower.starts_with("data:image/") && !lower.starts_with("data:image/svg"))
                .then(|| candidate.to_string())
        }
        _ => None,
    }
}

/// One candidate of a `srcset`: a URL and its descriptor (`2x`, `640w`,
/// or empty).
#[derive(Debug, PartialEq)]
pub(crate) struct Candidate<'a> {
    pub url: &'a str,
    pub descriptor: &'a str,
}

/// Splits a `srcset` the way the HTML standard does: a URL runs to the next
/// white space (so it may hold commas), then descriptors run to the next
/// comma.
pub(crate) fn srcset_candidates(value: &str) -> Vec<Candidate<'_>> {
    let mut out = Vec::new();
    let mut rest = value;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            break;
        }
        let (url, after) = rest
            .split_once(|c: char| c.is_ascii_whitespace())
            .unwrap_or((rest, ""));
        if url.ends_with(',') || after.trim().is_empty() {
            let url = url.trim_end_matches(',');
            if !url.is_empty() {
                out.push(Candidate {
                    url,
                    descriptor: "",
                });
            }
            rest = after;
            continue;
        }
        let (descriptor, after) = after.split_once(',').unwrap_or((after, ""));
        out.push(Candidate {
            url,
            descriptor: descriptor.trim(),
        });
        rest = after;
    }
    out
}

/// Whether a descriptor is one a browser accepts: `<number>x`, `<int>w` or
/// `<int>h`, possibly several separated by spaces.
fn is_valid_descriptor(descriptor: &str) -> bool {
    descriptor.split_ascii_whitespace().all(|d| {
        let Some(kind) = d.chars().last() else {
            return true;
        };
        let number = d.trim_end_matches(kind);
        match kind {
            'x' => number
                .parse::<f32>()
                .is_ok_and(|n| n.is_finite() && n > 0.0),
            'w' | 'h' => number.parse::<u32>().is_ok_and(|n| n > 0),
            _ => false,
        }
    })
}

/// Resolves each URL of a `srcset`, dropping unsafe candidates and
/// candidates with descriptors a browser would reject.
pub(crate) fn safe_srcset(value: &str, base: Option<&Url>) -> Option<String> {
    let mut parts = Vec::new();
    for Candidate { url, descriptor } in srcset_candidates(value) {
        if !is_valid_descriptor(descriptor) {
            continue;
        }
        if let Some(url) = safe_url(url, base, true) {
            // A comma ending a URL would end the candidate when re-read.
            if url.ends_with(',') {
                continue;
            }
            if descriptor.is_empty() {
                parts.push(url);
            } else {
                parts.push(format!("{url} {descriptor}"));
            }
        }
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The largest image of a `srcset` (by width, else by density), as written.
pub(crate) fn best_candidate(value: &str) -> Option<&str> {
    let size = |d: &str| -> f64 {
        d.split_ascii_whitespace()
            .find_map(|p| {
                let kind = p.chars().last()?;
                let n: f64 = p.trim_end_matches(kind).parse().ok()?;
                match kind {
                    // Widths outrank densities: 1 px of width counts 1.
                    'w' => Some(n),
                    'x' => Some(n / 1e6),
                    _ => None,
                }
            })
            .unwrap_or(1.0 / 1e6)
    };
    srcset_candidates(value)
        .into_iter()
        .filter(|c| is_valid_descriptor(c.descriptor))
        .max_by(|a, b| size(a.descriptor).total_cmp(&size(b.descriptor)))
        .map(|c| c.url)
}

/// The address of an allowed video player: the `src` of an `iframe`
/// (or its lazy `data-src`) made absolute, `http` or `https`, on one of
/// `hosts` or a subdomain of one. `None` for every other iframe.
pub(crate) fn embed_src(
    dom: &Dom,
    id: NodeId,
    base: Option<&Url>,
    hosts: &[String],
) -> Option<String> {
    let src = ["src", "data-src", "data-lazy-src"]
        .into_iter()
        .find_map(|name| {
            let v = dom.attr(id, &html5ever::LocalName::from(name))?;
            let v = v.trim();
            (!v.is_empty() && v != "about:blank").then(|| v.to_string())
        })?;
    let src = src.trim_matches(|c: char| c.is_ascii_control() || c.is_whitespace());
    // Protocol-relative players are common; without a base, assume https.
    let url = match base {
        Some(base) => base.join(src).ok()?,
        None if src.starts_with("//") => Url::parse(&format!("https:{src}")).ok()?,
        None => Url::parse(src).ok()?,
    };
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?.to_ascii_lowercase();
    let allowed = hosts.iter().any(|h| {
        host == *h
            || host
                .strip_suffix(h.as_str())
                .is_some_and(|sub| sub.ends_with('.'))
    });
    allowed.then(|| url.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_str;

    fn base() -> Url {
        Url::parse("https://example.org/a/b.html").unwrap()
    }

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
        assert_eq!(safe_url("data:image/svg+xml,<svg>", None, true), None);
        assert_eq!(safe_url(" DATA:image/SVG+xml,<svg>", None, true), None);
        assert!(safe_url("data:image/png;base64,AAAA", None, true).is_some());
        assert_eq!(safe_url("data:image/png;base64,AAAA", None, false), None);
        assert_eq!(
            safe_url("java\nscript:alert(1)", Some(&base()), false),
            None
        );
    }

    #[test]
    fn relative_urls_resolve_against_the_base() {
        let base = base();
        assert_eq!(
            safe_url("../c.png", Some(&base), true).as_deref(),
            Some("https://example.org/c.png")
        );
        assert_eq!(
            safe_url("//cdn.example.net/x.png", Some(&base), true).as_deref(),
            Some("https://cdn.example.net/x.png")
        );
        assert_eq!(
            safe_url("#note", Some(&base), false).as_deref(),
            Some("#note")
        );
        assert_eq!(
            safe_url("c.png", None, true).as_deref(),
            Some("c.png"),
            "without a base, relative URLs stay relative"
        );
    }

    #[test]
    fn srcsets_split_like_the_standard() {
        assert_eq!(
            srcset_candidates("a.png 1x, b.png 2x"),
            vec![
                Candidate {
                    url: "a.png",
                    descriptor: "1x"
                },
                Candidate {
                    url: "b.png",
                    descriptor: "2x"
                }
            ]
        );
        let cdn = srcset_candidates(
            "https://cdn.example/c_fill,w_300/a.jpg 300w,https://cdn.example/c_fill,w_600/a.jpg 600w",
        );
        assert_eq!(cdn.len(), 2);
        assert_eq!(cdn[1].url, "https://cdn.example/c_fill,w_600/a.jpg");
        assert_eq!(cdn[1].descriptor, "600w");
        let bare = srcset_candidates("a.png, b.png");
        assert_eq!(bare.len(), 2);
        assert_eq!(bare[0].url, "a.png");
        assert_eq!(bare[0].descriptor, "");
    }

    #[test]
    fn srcsets_resolve_and_drop_unsafe_candidates() {
        let base = base();
        assert_eq!(
            safe_srcset("a.png 1x, b.png 2x", Some(&base)).as_deref(),
            Some("https://example.org/a/a.png 1x, https://example.org/a/b.png 2x")
        );
        assert_eq!(
            safe_srcset(
                "small.jpg 480w, javascript:alert(1) 800w, big.jpg 1200w",
                None
            )
            .as_deref(),
            Some("small.jpg 480w, big.jpg 1200w")
        );
        assert_eq!(safe_srcset("a.png onerror=alert(1)", None), None);
        assert_eq!(safe_srcset("javascript:alert(1)", None), None);
        assert_eq!(
            best_candidate("s.jpg 480w, l.jpg 1200w, m.jpg 800w"),
            Some("l.jpg")
        );
        assert_eq!(best_candidate("a.jpg, b.jpg 2x"), Some("b.jpg"));
    }

    #[test]
    fn the_base_element_is_resolved_and_vetted() {
        let page = Url::parse("https://example.org/news/story.html").unwrap();
        let dom = |html: &str| Dom::index(parse_str(html));
        let d = dom(r#"<head><base href="/static/"></head><p>x</p>"#);
        assert_eq!(
            document_base(&d, Some(&page)).map(String::from).as_deref(),
            Some("https://example.org/static/")
        );
        let d = dom(r#"<head><base href="https://cdn.example.net/"></head>"#);
        assert_eq!(
            document_base(&d, None).map(String::from).as_deref(),
            Some("https://cdn.example.net/")
        );
        let d = dom(r#"<head><base href="javascript:alert(1)//"></head>"#);
        assert_eq!(document_base(&d, Some(&page)), Some(page.clone()));
        let d = dom(r#"<head><base target="_blank"><base href="other/"></head>"#);
        assert_eq!(
            document_base(&d, Some(&page)).map(String::from).as_deref(),
            Some("https://example.org/news/other/")
        );
        let d = dom(r#"<head><base href="relative/"></head>"#);
        assert_eq!(document_base(&d, None), None);
    }

    #[test]
    fn only_listed_players_are_embedded() {
        let hosts: Vec<String> = ["youtube.com", "player.vimeo.com"]
            .iter()
            .map(|h| h.to_string())
            .collect();
        let d = Dom::index(parse_str(
            r#"<iframe src="https://www.youtube.com/embed/x"></iframe>
               <iframe src="//player.vimeo.com/video/1"></iframe>
               <iframe src="https://www.youtube.com.evil.example/embed"></iframe>
               <iframe src="https://notyoutube.com/embed"></iframe>
               <iframe src="javascript:alert(1)"></iframe>
               <iframe srcdoc="<script>alert(1)</script>"></iframe>
               <iframe src="about:blank" data-src="https://youtube.com/embed/lazy"></iframe>"#,
        ));
        let got: Vec<Option<String>> = d
            .find_all(Tag::Iframe)
            .map(|id| embed_src(&d, id, None, &hosts))
            .collect();
        assert_eq!(
            got,
            vec![
                Some("https://www.youtube.com/embed/x".to_string()),
                Some("https://player.vimeo.com/video/1".to_string()),
                None,
                None,
                None,
                None,
                Some("https://youtube.com/embed/lazy".to_string()),
            ]
        );
    }
}
