//! Checks shared by the output tests: whether article HTML can run script
//! (read back with the same HTML parser a browser follows), and how a
//! CommonMark/GFM reader sees the Markdown output.

#![allow(dead_code)]

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, ns, parse_document};
use markup5ever_rcdom::{NodeData, RcDom};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Elements the article HTML may contain (plus the `html`, `head` and
/// `body` that parsing a fragment as a document adds).
const ELEMENTS: &[&str] = &[
    "html",
    "head",
    "body",
    "a",
    "abbr",
    "address",
    "article",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "section",
    "small",
    "source",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
    "audio",
    "video",
    "track",
    "iframe",
];

/// Attributes the article HTML may carry.
const ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "poster",
    "cite",
    "alt",
    "title",
    "width",
    "height",
    "sizes",
    "lang",
    "dir",
    "colspan",
    "rowspan",
    "headers",
    "scope",
    "start",
    "reversed",
    "type",
    "datetime",
    "media",
    "controls",
    "allowfullscreen",
    "span",
    "kind",
    "srclang",
    "label",
];

/// Hosts whose players may be embedded by default. Written out here rather
/// than taken from the library: the checker does not trust the code it checks.
const VIDEO_HOSTS: &[&str] = &[
    "dailymotion.com",
    "youtube.com",
    "youtube-nocookie.com",
    "player.vimeo.com",
    "v.qq.com",
    "bilibili.com",
    "live.bilibili.com",
    "archive.org",
    "upload.wikimedia.org",
    "player.twitch.tv",
];

/// The scheme of a URL as a browser reads it (white space and control
/// characters ignored, case folded); `None` when relative.
pub fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_control() && !c.is_whitespace())
        .collect();
    let (scheme, _) = cleaned.split_once(':')?;
    let valid = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Why a URL may not appear; `image` allows raster `data:` images.
pub fn url_problem(url: &str, image: bool) -> Option<String> {
    match scheme(url).as_deref() {
        None | Some("http" | "https" | "mailto" | "tel" | "ftp" | "sms") => None,
        Some("data") if image => {
            let lower: String = url
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            (!lower.starts_with("data:image/") || lower.starts_with("data:image/svg"))
                .then(|| format!("non-image data URL {url:?}"))
        }
        Some(other) => Some(format!("{other}: URL {url:?}")),
    }
}

fn host_allowed(src: &str) -> bool {
    let Ok(url) = distil::Url::parse(src) else {
        return false;
    };
    let Some(host) = url.host_str() else {
        return false;
    };
    matches!(url.scheme(), "http" | "https")
        && VIDEO_HOSTS
            .iter()
            .any(|h| host == *h || host.ends_with(&format!(".{h}")))
}

/// Everything in `html` that could run script or is not on the output
/// allow-lists; empty when the HTML is safe.
pub fn html_problems(html: &str) -> Vec<String> {
    let dom: RcDom = parse_document(RcDom::default(), ParseOpts::default())
        .from_utf8()
        .one(html.as_bytes());
    let mut problems = Vec::new();
    let mut stack = vec![dom.document.clone()];
    let mut wrapper_seen = false;
    while let Some(node) = stack.pop() {
        for child in node.children.borrow().iter() {
            stack.push(child.clone());
        }
        let NodeData::Element { name, attrs, .. } = &node.data else {
            continue;
        };
        let tag: &str = &name.local;
        if name.ns != ns!(html) {
            problems.push(format!("foreign element <{tag}>"));
            continue;
        }
        if !ELEMENTS.contains(&tag) {
            problems.push(format!("element <{tag}>"));
        }
        // The wrapper `<div id="readability-page-1" class="page">`.
        let is_wrapper = tag == "div"
            && !wrapper_seen
            && attrs
                .borrow()
                .iter()
                .any(|a| &*a.name.local == "id" && &*a.value == "readability-page-1");
        wrapper_seen |= is_wrapper;
        for attr in attrs.borrow().iter() {
            let attr_name: &str = &attr.name.local;
            let value: &str = &attr.value;
            if is_wrapper && matches!(attr_name, "id" | "class") {
                continue;
            }
            if attr_name.starts_with("on") || !ATTRIBUTES.contains(&attr_name) {
                problems.push(format!("attribute {attr_name}={value:?} on <{tag}>"));
                continue;
            }
            let image = matches!(tag, "img" | "source");
            match attr_name {
                "href" | "src" | "poster" | "cite" => {
                    if let Some(p) = url_problem(value, image) {
                        problems.push(format!("<{tag} {attr_name}>: {p}"));
                    }
                }
                "srcset" => {
                    for candidate in value.split(',') {
                        let url = candidate.split_whitespace().next().unwrap_or("");
                        if let Some(p) = url_problem(url, image) {
                            problems.push(format!("<{tag} srcset>: {p}"));
                        }
                    }
                }
                _ => {}
            }
        }
        if tag == "iframe" {
            let src = attrs
                .borrow()
                .iter()
                .find(|a| &*a.name.local == "src")
                .map(|a| a.value.to_string());
            if !src.as_deref().is_some_and(host_allowed) {
                problems.push(format!("iframe from {src:?}"));
            }
        }
    }
    problems
}

/// Elements of `html` that show nothing (no text, image or player inside)
/// among those that should then not be there: list items, headings,
/// paragraphs, lists, quotes, figures and sectioning blocks.
pub fn empty_elements(html: &str) -> Vec<String> {
    const CHECKED: &[&str] = &[
        "li",
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "blockquote",
        "figure",
        "section",
        "article",
        "a",
        "strong",
        "em",
        "span",
    ];
    const SHOWN: &[&str] = &["img", "iframe", "video", "audio", "hr", "picture"];
    let dom: RcDom = parse_document(RcDom::default(), ParseOpts::default())
        .from_utf8()
        .one(html.as_bytes());
    let mut empty = Vec::new();
    let mut stack = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        stack.extend(node.children.borrow().iter().cloned());
        let NodeData::Element { name, .. } = &node.data else {
            continue;
        };
        if !CHECKED.contains(&&*name.local) {
            continue;
        }
        let mut inside = vec![node.clone()];
        let mut shows = false;
        while let Some(n) = inside.pop() {
            match &n.data {
                NodeData::Text { contents } => shows |= !contents.borrow().trim().is_empty(),
                NodeData::Element { name, .. } => shows |= SHOWN.contains(&&*name.local),
                _ => {}
            }
            inside.extend(n.children.borrow().iter().cloned());
        }
        if !shows {
            empty.push(format!("empty <{}>", name.local));
        }
    }
    empty
}

fn markdown_parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
}

/// Raw HTML or unsafe link destinations a Markdown renderer would produce
/// from `markdown`; empty when it is safe.
pub fn markdown_problems(markdown: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for event in markdown_parser(markdown) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => problems.push(format!("raw HTML {h:?}")),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(p) = url_problem(&dest_url, false) {
                    problems.push(format!("link: {p}"));
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                if let Some(p) = url_problem(&dest_url, true) {
                    problems.push(format!("image: {p}"));
                }
            }
            _ => {}
        }
    }
    problems
}

/// The words a reader of the rendered Markdown sees, image alt text left
/// out (plain text has no images).
pub fn markdown_words(markdown: &str) -> Vec<String> {
    let mut text = String::new();
    let mut in_image = 0usize;
    // Numbering of the open lists (`None` for bullets), to write markers
    // the way the plain text does: an item's marker only once it has
    // words, so an item of images alone leaves nothing.
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut markers: Vec<Option<String>> = Vec::new();
    for event in markdown_parser(markdown) {
        match event {
            Event::Start(Tag::List(start)) => lists.push(start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                text.push(' ');
            }
            Event::Start(Tag::Item) => {
                let marker = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!(" {}. ", *n - 1)
                    }
                    _ => " - ".to_string(),
                };
                markers.push(Some(marker));
            }
            Event::End(TagEnd::Item) => {
                markers.pop();
                text.push(' ');
            }
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if in_image == 0 => {
                if !t.trim().is_empty() {
                    for marker in markers.iter_mut().filter_map(Option::take) {
                        text.push_str(&marker);
                    }
                }
                text.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            // Inline elements join their words; blocks separate them.
            Event::End(
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link,
            ) => {}
            Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    words(&text)
}

/// The white-space separated words of a text.
pub fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}
