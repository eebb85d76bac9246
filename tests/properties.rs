//! Property test: whatever bytes come in, the extractor returns an article
//! or a typed error. It never panics (a caught panic would show as
//! `ErrorKind::Internal`), and what it returns is consistent.
//!
//! The inputs are HTML-ish: random tags (including raw-text, table, foreign
//! and `<noscript>` elements), nesting, attributes, entities, comments,
//! charset declarations, XML prologs, JSON and invalid bytes, so that they
//! reach deep into the sniffing, the decoder, the tree builder and every
//! stage after it.

use distil::{Config, ErrorKind, Extractor, Formats, Selector};
use proptest::prelude::*;

const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "b",
    "i",
    "a",
    "table",
    "tr",
    "td",
    "th",
    "ul",
    "li",
    "ol",
    "h1",
    "h2",
    "article",
    "section",
    "nav",
    "aside",
    "footer",
    "header",
    "main",
    "figure",
    "figcaption",
    "img",
    "br",
    "hr",
    "pre",
    "code",
    "blockquote",
    "font",
    "center",
    "select",
    "option",
    "noscript",
    "script",
    "style",
    "template",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "svg",
    "math",
    "foreignObject",
    "frameset",
    "frame",
    "noframes",
    "plaintext",
    "form",
    "button",
    "head",
    "body",
    "html",
    "meta",
    "base",
    "picture",
    "source",
    "video",
    "my-widget",
];

const ATTRS: &[&str] = &[
    "class",
    "id",
    "href",
    "src",
    "srcset",
    "data-src",
    "style",
    "hidden",
    "role",
    "itemprop",
    "charset",
    "http-equiv",
    "content",
    "lang",
    "dir",
    "rel",
    "name",
    "property",
    "alt",
];

const VALUES: &[&str] = &[
    "",
    "comment",
    "sidebar",
    "article-body entry-content",
    "display:none",
    "main",
    "author",
    "/x.jpg",
    "https://example.org/a b",
    "javascript:alert(1)",
    "data:image/gif;base64,R0l",
    "windows-1251",
    "text/html; charset=shift_jis",
    "utf-16",
    "rtl",
    "articleBody",
    "#top",
    "og:title",
    "x\u{0}y",
    "1x, 2x",
    "\u{202e}evil",
];

const TEXT: &[&str] = &[
    "The council voted on Tuesday to approve a new budget, ending months of debate.",
    "Sign up for our newsletter",
    "Городской совет утвердил бюджет.",
    "市議会は予算案を可決した。",
    "مرحبا بالعالم",
    ",,,,,",
    "   \n\t  ",
    "&amp; &lt;b&gt; &#x1F600; &#0; &#xD800; &#1114112; &bogus; &notin &",
    "<!-- a comment -->",
    "<!--",
    "<![CDATA[ x ]]>",
    "<!DOCTYPE html>",
    "</p></div></table>",
    "<?xml version='1.0'?>",
    // What the sniffing stage reads: a doctype's internal subset, a feed's
    // root, JSON, a signature.
    "<!DOCTYPE note [ <!ENTITY a \"b\"> ]>",
    "<rss version=\"2.0\">",
    "{\"a\": [1, 2]}",
    "[",
    "%PDF-1.4",
    "\u{0}",
    "\u{feff}",
];

/// One piece of an HTML-ish document, as bytes.
fn piece() -> impl Strategy<Value = Vec<u8>> {
    let open = (
        prop::sample::select(TAGS),
        prop::collection::vec(
            (prop::sample::select(ATTRS), prop::sample::select(VALUES)),
            0..4,
        ),
        any::<bool>(),
    )
        .prop_map(|(tag, attrs, quoted)| {
            let mut s = format!("<{tag}");
            for (name, value) in attrs {
                if quoted {
                    s.push_str(&format!(" {name}=\"{value}\""));
                } else {
                    s.push_str(&format!(" {name}={value}"));
                }
            }
            s.push('>');
            s.into_bytes()
        });
    let close = prop::sample::select(TAGS).prop_map(|t| format!("</{t}>").into_bytes());
    let text = prop::sample::select(TEXT).prop_map(|t| t.as_bytes().to_vec());
    let nest = (prop::sample::select(TAGS), 1usize..300)
        .prop_map(|(tag, n)| format!("<{tag}>").repeat(n).into_bytes());
    let raw = prop::collection::vec(any::<u8>(), 0..24);
    let invalid = prop::sample::select(vec![
        vec![0x80u8],
        vec![0xC0, 0xAF],
        vec![0xED, 0xA0, 0x80],
        vec![0xF0, 0x9F, 0x98],
        vec![0xFF, 0xFE],
        vec![0xFE, 0xFF],
        vec![0xEF, 0xBB, 0xBF],
    ]);
    prop_oneof![4 => open, 2 => close, 4 => text, 1 => nest, 1 => raw, 1 => invalid]
}

fn document() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(piece(), 0..60).prop_map(|pieces| pieces.concat())
}

/// A transport hint, sometimes.
fn hint() -> impl Strategy<Value = Option<&'static str>> {
    prop::option::weighted(
        0.2,
        prop::sample::select(vec![
            "text/html; charset=windows-1251",
            "text/html;charset=\"utf-16le\"",
            "gbk",
            "iso-2022-kr",
            "text/plain",
            "charset=",
            "nonsense; charset",
        ]),
    )
}

/// Default limits, or small ones so that every limit gets to fire.
fn extractor(tight: bool) -> Extractor {
    let config = Config::default()
        .with_char_threshold(50)
        .with_formats(Formats::ALL);
    let config = if tight {
        config
            .with_max_nodes(Some(300))
            .with_max_depth(Some(8))
            .with_max_open_depth(Some(64))
            .with_max_attributes(Some(2))
            .with_max_input_bytes(3000)
            .with_max_title_chars(10)
            .with_max_output_bytes(200)
    } else {
        config
    };
    Extractor::new(config)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 3000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_input_gives_an_article_or_a_typed_error(
        page in document(),
        hint in hint(),
        tight in any::<bool>(),
    ) {
        let extractor = extractor(tight);
        match extractor.extract_bytes(&page, hint, None) {
            Ok(article) => {
                prop_assert!(!article.text.is_empty());
                prop_assert_eq!(article.length, article.text.chars().count());
                prop_assert!(article.encoding.is_some());
                if let Some(title) = article.title() {
                    let cap = if tight { 10 } else { 1024 };
                    prop_assert!(title.chars().count() <= cap);
                }
                if tight {
                    // The HTML may pass its cap by the wrapper and the end
                    // tags of the elements open at the cut (at most 8 deep).
                    prop_assert!(article.text.len() <= 200, "text of {} bytes", article.text.len());
                    prop_assert!(article.html.len() <= 200 + 8 * 16, "html of {} bytes", article.html.len());
                    let markdown = article.markdown.as_deref().unwrap_or_default();
                    prop_assert!(markdown.len() <= 200 + 8 * 16, "markdown of {} bytes", markdown.len());
                }
            }
            Err(e) => prop_assert_ne!(e.kind(), ErrorKind::Internal, "caught panic: {}", e),
        }
    }
}

/// Selector text: pieces of CSS, valid and not.
fn selector_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "div", "p", "*", ".", "#", "[", "]", "=", "~=", "^=", "|=", ">", " ", ",", "a", "id",
        "class", "\"", "'", "\\", "\\3A ", ":", "+", "é", "-", "x",
    ]);
    prop::collection::vec(piece, 0..16).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 500,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// A selector parses or is refused with a position inside it, and a
    /// page read with it as prune and content selector still gives an
    /// article or a typed error.
    #[test]
    fn any_selector_is_parsed_or_refused_and_never_breaks_extraction(
        source in selector_text(),
        page in document(),
    ) {
        match Selector::parse(&source) {
            Ok(selector) => {
                let config = Config::default()
                    .with_char_threshold(50)
                    .with_prune_selector(Some(selector.clone()))
                    .with_content_selector(Some(selector));
                if let Err(e) = Extractor::new(config).extract_bytes(&page, None, None) {
                    prop_assert_ne!(e.kind(), ErrorKind::Internal, "caught panic: {}", e);
                }
            }
            Err(e) => prop_assert!(e.position() <= source.len()),
        }
    }
}
