//! `<noscript>`: the fallback content of pages that build themselves with
//! scripts.
//!
//! The page is parsed as a browser with scripts parses it, so a
//! `<noscript>` holds its content as one raw text node, literal markup
//! included; that text is never output. Two kinds of fallback are worth
//! recovering, and both become ordinary nodes here, before the tree is
//! indexed, so that later stages and the output writers see nothing special:
//!
//! * **Images.** Lazy-loading pages put a placeholder `<img>` in the page and
//!   the real one in a `<noscript>` beside it ([`unwrap_images`], after
//!   Readability's `_unwrapNoscriptImages`).
//! * **Whole articles.** Some pages have no content at all without scripts
//!   but the `<noscript>` fallback. When nothing else is found, the page is
//!   parsed again with scripting off and [`unwrap_fallback`] turns each
//!   `<noscript>` into a plain `<div>`.

use std::collections::HashSet;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{Attribute, LocalName, QualName, local_name, ns};

use super::normalize::{NO_PARENT, Walk, is_whitespace_text};
use super::{Dom, LimitedSink, RawData, RawDom, RawId, SinkLimits, Tag};
use crate::budget::Budget;
use crate::error::Error;
use crate::patterns::IMAGE_FILE;

/// The longest `<noscript>` text parsed for an image. An image with its
/// wrapper fits in a few hundred bytes; longer fallbacks are not images.
const MAX_IMAGE_FALLBACK_BYTES: usize = 8 * 1024;

/// Replaces placeholder images with the real ones their `<noscript>`
/// siblings hold, and gives a `<figure>` without an image the image of its
/// `<noscript>`. The fallback markup is parsed under `limits` and `budget`.
///
/// Work is linear in the page: each parent's children are walked once,
/// each element is the previous sibling of at most one `<noscript>`, and
/// each figure is searched for an image at most once.
///
/// Returns the walk it made of the tree when it changed nothing, for the
/// structural clean-up to reuse.
pub(crate) fn unwrap_images(
    dom: &mut RawDom,
    nodes: usize,
    limits: SinkLimits,
    budget: &Budget,
) -> Result<Option<Walk>, Error> {
    let mut figures_with_images: HashSet<RawId> = HashSet::new();
    // The parser's nodes and the document node.
    let walk = Walk::sized(dom, nodes + 1);
    // Only parents of a `<noscript>` have children to look at. A parent's
    // children change only while it is the one looked at, so these marks
    // stay true through the loop.
    let mut has_noscript = vec![false; walk.nodes.len()];
    for (&tag, &parent) in walk.tags.iter().zip(&walk.parents) {
        if tag == Tag::Noscript && parent != NO_PARENT {
            has_noscript[parent as usize] = true;
        }
    }
    let mut changed = false;
    let parents = walk.nodes.iter().zip(&has_noscript);
    for &parent in parents.filter(|&(_, &has)| has).map(|(node, _)| node) {
        // A child is replaced only by a node put in its place, so the
        // sibling after the one looked at stays the next to look at.
        let mut next = dom.first_child(parent);
        while let Some(noscript) = next {
            next = dom.next_sibling(noscript);
            if !dom.is_html(noscript, &local_name!("noscript")) {
                continue;
            }
            let Some(markup) = image_markup(dom, noscript) else {
                continue;
            };
            budget.check()?;
            // A fallback that trips a limit is left alone, not the page.
            let Some(mut fragment) = parse_fragment(&markup, limits) else {
                continue;
            };
            let Some(top) = single_element_child(&fragment, RawDom::DOCUMENT)
                .and_then(|html| single_element_child(&fragment, html))
                .filter(|&top| single_image(&fragment, top).is_some())
            else {
                continue;
            };
            let previous = previous_element(dom, noscript);
            if let Some((previous, old_img)) =
                previous.and_then(|prev| Some((prev, single_image(dom, prev)?)))
            {
                // The fragment's top element without the `<html>` that
                // wraps it, copied into the page's tree.
                let new_top = dom.adopt(&mut fragment, top);
                if let Some(new_img) = single_image(dom, new_top) {
                    keep_old_sources(dom, old_img, new_img);
                }
                dom.replace(previous, new_top);
                changed = true;
            } else if let Some(figure) = enclosing_figure(dom, parent) {
                let has_image = figures_with_images.contains(&figure) || contains_img(dom, figure);
                figures_with_images.insert(figure);
                if !has_image {
                    let new_top = dom.adopt(&mut fragment, top);
                    dom.replace(noscript, new_top);
                    changed = true;
                }
            }
        }
    }
    Ok((!changed).then_some(walk))
}

/// Whether the indexed page has `<noscript>` fallback text in its body that
/// a parse with scripting off would turn into content.
///
/// Only markup with words between its tags counts: the usual `<noscript>`
/// of a page holds a tracking pixel or a tag manager's frame, which a
/// second reading would turn into no text at all, and that reading costs
/// as much as the first.
pub(crate) fn has_fallback(dom: &Dom) -> bool {
    dom.find_all(Tag::Noscript).any(|id| {
        !dom.ancestors(id).any(|a| dom.tag(a) == Tag::Head)
            && dom
                .children(id)
                .any(|c| dom.text(c).is_some_and(has_text_between_tags))
    })
}

/// Whether `markup` is markup, a tag at least, with a letter or digit
/// outside its tags. Text without a tag ("Please enable JavaScript") is
/// the notice a reading with scripts off would add, not a fallback. A `<`
/// starts a tag (or comment, or declaration) only when a letter, `/` or
/// `!` follows, as in the tokenizer; a `>` inside a quoted attribute value
/// ends the tag early here, which can only make more text count.
fn has_text_between_tags(markup: &str) -> bool {
    let mut in_tag = false;
    let mut tags = false;
    let mut words = false;
    let mut chars = markup.chars().peekable();
    while let Some(c) = chars.next() {
        if in_tag {
            in_tag = c != '>';
        } else if c == '<' {
            in_tag = chars
                .peek()
                .is_some_and(|&n| n.is_ascii_alphabetic() || n == '/' || n == '!');
            tags |= in_tag;
        } else {
            words |= c.is_alphanumeric();
        }
        if tags && words {
            return true;
        }
    }
    false
}

/// Turns every `<noscript>` of a page parsed with scripting off into a
/// `<div>` holding the same content.
pub(crate) fn unwrap_fallback(dom: &mut RawDom) {
    for node in dom.preorder(RawDom::DOCUMENT) {
        if dom.tag(node) == Tag::Noscript && dom.parent(node).is_some() {
            let div = dom.create_html_element(local_name!("div"), Vec::new());
            dom.move_children(node, div);
            dom.replace(node, div);
        }
    }
}

/// The text of a `<noscript>` when it may hold an image: short, and with an
/// `<img` tag in it.
fn image_markup(dom: &RawDom, noscript: RawId) -> Option<StrTendril> {
    let mut children = dom.children(noscript);
    let (Some(child), None) = (children.next(), children.next()) else {
        return None;
    };
    let text = dom.text(child)?;
    let bytes = text.as_bytes();
    let has_img = bytes.windows(4).any(|w| w.eq_ignore_ascii_case(b"<img"));
    (bytes.len() <= MAX_IMAGE_FALLBACK_BYTES && has_img).then(|| text.clone())
}

/// Parses `markup` as the content of a `<div>`; `None` when a limit fired.
fn parse_fragment(markup: &StrTendril, limits: SinkLimits) -> Option<RawDom> {
    let context = QualName::new(None, ns!(html), local_name!("div"));
    let parser = html5ever::parse_fragment(
        LimitedSink::new(limits),
        html5ever::ParseOpts::default(),
        context,
        Vec::new(),
        false,
    );
    let sink = parser.one(markup.clone());
    sink.tripped().is_none().then(|| sink.into_dom())
}

/// The only element child of `node`, when it has no other content than
/// white space and comments.
fn single_element_child(dom: &RawDom, node: RawId) -> Option<RawId> {
    let mut found = None;
    for child in dom.children(node) {
        match dom.data(child) {
            RawData::Element(_) => {
                if found.is_some() {
                    return None;
                }
                found = Some(child);
            }
            RawData::Text(_) if !is_whitespace_text(dom, child) => return None,
            _ => {}
        }
    }
    found
}

/// Readability's `_isSingleImage`: the `<img>` that `node` is, or that it
/// wraps through a chain of single children.
fn single_image(dom: &RawDom, node: RawId) -> Option<RawId> {
    let mut current = node;
    loop {
        if dom.tag(current) == Tag::Img {
            return Some(current);
        }
        current = single_element_child(dom, current)?;
    }
}

/// The element sibling just before `node`.
fn previous_element(dom: &RawDom, node: RawId) -> Option<RawId> {
    let mut sibling = dom.previous_sibling(node);
    while let Some(node) = sibling {
        if dom.element(node).is_some() {
            return Some(node);
        }
        sibling = dom.previous_sibling(node);
    }
    None
}

/// The `<figure>` that is `parent` or its parent.
fn enclosing_figure(dom: &RawDom, parent: RawId) -> Option<RawId> {
    if dom.tag(parent) == Tag::Figure {
        return Some(parent);
    }
    dom.parent(parent)
        .filter(|&grand| dom.tag(grand) == Tag::Figure)
}

/// Whether `node` has an `<img>` inside; stops at the first.
fn contains_img(dom: &RawDom, node: RawId) -> bool {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if dom.tag(n) == Tag::Img {
            return true;
        }
        stack.extend(dom.children(n));
    }
    false
}

/// Copies the image sources of a replaced placeholder onto the image that
/// replaces it, renaming clashes to `data-old-*`, as Readability does.
fn keep_old_sources(dom: &mut RawDom, old: RawId, new: RawId) {
    // A copy: both elements are in the same tree, and the placeholder's
    // few attributes are read while the new image's grow.
    let old = dom.attrs(old).to_vec();
    let Some(new) = dom.element_mut(new) else {
        return;
    };
    let new = &mut new.attrs;
    for attr in &old {
        let value = &*attr.value;
        let is_source = matches!(attr.name.local, local_name!("src") | local_name!("srcset"))
            || IMAGE_FILE.is_match(value);
        if value.is_empty() || !is_source {
            continue;
        }
        let same = new.iter().find(|a| a.name == attr.name);
        if same.is_some_and(|a| a.value == attr.value) {
            continue;
        }
        let name = if same.is_some() {
            LocalName::from(format!("data-old-{}", attr.name.local))
        } else {
            attr.name.local.clone()
        };
        new.push(Attribute {
            name: QualName::new(None, ns!(), name),
            value: attr.value.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{Scripting, parse_page, parse_str};

    fn no_limits() -> SinkLimits {
        SinkLimits {
            max_nodes: None,
            max_depth: None,
            max_open_depth: None,
            max_attributes: None,
        }
    }

    fn images(html: &str) -> Vec<String> {
        let mut raw = parse_str(html);
        unwrap_images(&mut raw, 0, no_limits(), &Budget::unlimited()).unwrap();
        let dom = Dom::index(raw);
        dom.find_all(Tag::Img)
            .map(|id| {
                let mut attrs = Vec::new();
                dom.for_each_attr(id, |name, value| attrs.push(format!("{name}={value}")));
                attrs.join(" ")
            })
            .collect()
    }

    #[test]
    fn the_walk_is_handed_on_only_when_the_tree_is_unchanged() {
        let mut kept = parse_str("<p>a<noscript><p>not an image</p></noscript></p><div>b</div>");
        let walk = unwrap_images(&mut kept, 0, no_limits(), &Budget::unlimited()).unwrap();
        let walked = walk.expect("nothing changed").nodes;
        let now = kept.preorder(RawDom::DOCUMENT);
        assert_eq!(walked, now);

        let mut changed = parse_str(
            r#"<p><img src="data:image/gif;base64,R0l"><noscript><img src="/real.jpg"></noscript></p>"#,
        );
        let walk = unwrap_images(&mut changed, 0, no_limits(), &Budget::unlimited()).unwrap();
        assert!(walk.is_none());
    }

    #[test]
    fn a_placeholder_is_replaced_by_its_noscript_image() {
        let found = images(
            r#"<p><img src="data:image/gif;base64,R0l" class="lazy"><noscript><img src="/real.jpg" alt="A"></noscript></p>"#,
        );
        assert_eq!(
            found,
            ["src=/real.jpg alt=A data-old-src=data:image/gif;base64,R0l"]
        );
    }

    #[test]
    fn a_wrapped_placeholder_is_replaced_whole() {
        let found = images(
            r#"<div><span><img data-src="/a.png"></span><noscript><picture><img src="/a.png"></picture></noscript></div>"#,
        );
        assert_eq!(found, ["src=/a.png data-src=/a.png"]);
    }

    #[test]
    fn a_figure_without_an_image_gets_the_noscript_image() {
        let found = images(
            r#"<figure><noscript><img src="/fig.webp"></noscript><figcaption>Cap</figcaption></figure>"#,
        );
        assert_eq!(found, ["src=/fig.webp"]);
    }

    #[test]
    fn other_noscript_content_stays_hidden() {
        assert!(
            images(r#"<p>x</p><noscript><p>Enable JS</p><img src="/t.gif"></noscript>"#).is_empty()
        );
        assert!(images(r#"<p>x</p><noscript><img src="/pixel.gif"></noscript>"#).is_empty());
    }

    #[test]
    fn fallback_articles_become_divs() {
        let html =
            "<body><div id=app></div><noscript><article><p>Only here.</p></article></noscript>";
        assert!(has_fallback(&Dom::index(parse_str(html))));
        let limits = no_limits();
        let mut raw = parse_page(html, limits, Scripting::Disabled, &Budget::unlimited())
            .unwrap()
            .dom;
        unwrap_fallback(&mut raw);
        let dom = Dom::index(raw);
        assert_eq!(dom.find(Tag::Noscript), None);
        let p = dom.find(Tag::P).unwrap();
        assert!(dom.ancestors(p).any(|a| dom.tag(a) == Tag::Div));
    }

    #[test]
    fn markup_without_words_is_no_fallback() {
        let pixel =
            r#"<body><p>x</p><noscript><img height="1" src="/tr?id=1&amp;ev=PageView"></noscript>"#;
        assert!(!has_fallback(&Dom::index(parse_str(pixel))));
        let frame = r#"<body><p>x</p><noscript><iframe src="/ns.html?id=1" style="display:none"></iframe> </noscript>"#;
        assert!(!has_fallback(&Dom::index(parse_str(frame))));
        let comment = "<body><p>x</p><noscript><!-- pixel --><img src=/p.gif></noscript>";
        assert!(!has_fallback(&Dom::index(parse_str(comment))));
        let notice = "<body><p>x</p><noscript>Please enable JavaScript.</noscript>";
        assert!(!has_fallback(&Dom::index(parse_str(notice))));
    }

    #[test]
    fn words_between_tags_are_fallback_text() {
        assert!(has_text_between_tags("<div><p>Only here.</p></div>"));
        assert!(has_text_between_tags("<b>x</b>"));
        assert!(has_text_between_tags("<p>日本語</p>"));
        assert!(has_text_between_tags(
            "Enable scripts, or read <a href=/text>the text</a>"
        ));
        assert!(has_text_between_tags("Words first <br>"));
        // Text without a tag is no fallback: a notice, or escaped markup.
        assert!(!has_text_between_tags("Please enable JavaScript"));
        assert!(!has_text_between_tags("&lt;span&gt;146&lt;/span&gt;"));
        assert!(
            !has_text_between_tags("a < b"),
            "a `<` before a space starts no tag"
        );
        assert!(!has_text_between_tags(
            "<img src=\"a.png\" alt=\"Words in an attribute\">"
        ));
        assert!(!has_text_between_tags(
            "<img src=x>\n  <iframe src=y></iframe>\n"
        ));
        assert!(!has_text_between_tags(""));
    }

    #[test]
    fn head_noscript_styles_are_no_fallback() {
        let html = "<head><noscript><style>.lazy{display:none}</style></noscript></head><body><p>x";
        assert!(!has_fallback(&Dom::index(parse_str(html))));
    }
}
