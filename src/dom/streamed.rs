//! Streamed page segments put where they belong, as the page's script would.
//!
//! A page rendered in streamed parts (React's streaming server rendering,
//! used by Next.js and others) sends its shell first, with a placeholder
//! for each part still being rendered, and the parts later, at the end of
//! the body, each in a hidden `<div id="S:n">`. A small script then moves
//! every part into its placeholder:
//!
//! * `<template id="B:n">` marks a boundary: the template and its fallback
//!   content (a "Loading..." skeleton, up to the closing `<!--/$-->`
//!   comment) are replaced by the children of `S:n`;
//! * `<template id="P:n">` marks a plain placeholder, replaced the same
//!   way, with no fallback.
//!
//! Without this, a page's main text sits after its footer and its body is
//! a row of skeletons. A segment without a placeholder stays where it is.

use std::collections::HashMap;

use html5ever::local_name;

use super::normalize::Walk;
use super::{RawData, RawDom, RawId, Tag};

/// Moves each streamed segment into its placeholder, in document order.
/// Returns whether the tree changed.
pub(super) fn place_segments(dom: &mut RawDom, walk: &Walk) -> bool {
    // Placeholders by segment name, with whether each is a boundary.
    let mut placeholders: HashMap<String, (RawId, bool)> = HashMap::new();
    let mut segments: Vec<(String, RawId)> = Vec::new();
    for (&node, &tag) in walk.nodes.iter().zip(&walk.tags) {
        match tag {
            Tag::Template => {
                let named = with_id(dom, node, |id| {
                    let (rest, boundary) = match id.strip_prefix("B:") {
                        Some(rest) => (rest, true),
                        None => (id.strip_prefix("P:")?, false),
                    };
                    is_segment_name(rest).then(|| (rest.to_owned(), boundary))
                });
                if let Some((name, boundary)) = named {
                    placeholders.entry(name).or_insert((node, boundary));
                }
            }
            Tag::Div => {
                if let Some(name) = with_id(dom, node, |id| segment_id_name(id).map(str::to_owned))
                {
                    segments.push((name, node));
                }
            }
            _ => {}
        }
    }
    let mut changed = false;
    for (name, segment) in segments {
        let Some((placeholder, boundary)) = placeholders.remove(&name) else {
            continue;
        };
        // A segment cannot go inside itself.
        if is_inside(dom, placeholder, segment) {
            continue;
        }
        put_in_place(dom, placeholder, segment, boundary);
        changed = true;
    }
    changed
}

/// What `f` makes of an element's `id`, read in place (most ids name no
/// streamed part, and are not copied).
fn with_id<T>(dom: &RawDom, node: RawId, f: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    dom.attr(node, &local_name!("id")).and_then(f)
}

/// The segment name in a streamed part's id: "S:3" is segment "3".
pub(crate) fn segment_id_name(id: &str) -> Option<&str> {
    id.strip_prefix("S:").filter(|rest| is_segment_name(rest))
}

fn is_segment_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Whether `node` is `ancestor` or lies under it.
fn is_inside(dom: &RawDom, node: RawId, ancestor: RawId) -> bool {
    let mut current = Some(node);
    while let Some(n) = current {
        if n == ancestor {
            return true;
        }
        current = dom.parent(n);
    }
    false
}

/// Whether `node` is the comment that closes a boundary's fallback.
fn closes_boundary(dom: &RawDom, node: RawId) -> bool {
    matches!(dom.data(node), RawData::Comment(contents) if contents.trim() == "/$")
}

/// Replaces `placeholder` (and, for a boundary, its fallback up to the
/// closing comment when there is one) with the children of `segment`.
/// The emptied segment stays where it is.
fn put_in_place(dom: &mut RawDom, placeholder: RawId, segment: RawId, is_boundary: bool) {
    if dom.parent(placeholder).is_none() {
        return;
    }
    let close = if is_boundary {
        std::iter::successors(dom.next_sibling(placeholder), |&n| dom.next_sibling(n))
            .find(|&n| closes_boundary(dom, n))
    } else {
        None
    };
    for child in dom.child_list(segment) {
        dom.insert_before(placeholder, child);
    }
    // The fallback goes, up to the closing comment, which stays.
    if let Some(close) = close {
        while let Some(next) = dom.next_sibling(placeholder).filter(|&n| n != close) {
            dom.detach(next);
        }
    }
    dom.detach(placeholder);
}

#[cfg(test)]
mod tests {
    use super::super::normalize::{Walk, parsed, texts_of};
    use super::*;

    fn placed(html: &str) -> String {
        let mut dom = parsed(html);
        let walk = Walk::of(&dom);
        place_segments(&mut dom, &walk);
        texts_of(&dom)
    }

    #[test]
    fn a_segment_replaces_its_boundary_and_fallback() {
        let html = "<main><p>intro</p><!--$?--><template id=\"B:0\"></template>\
                    <div>Loading...</div><!--/$--><p>after</p></main>\
                    <footer>foot</footer><div hidden id=\"S:0\"><p>body</p></div>";
        assert_eq!(placed(html), "intro|body|after|foot|");
    }

    #[test]
    fn a_segment_fills_a_plain_placeholder() {
        let html = "<ul><li>one</li><template id=\"P:5\"></template></ul>\
                    <div hidden id=\"S:5\"><li>two</li></div>";
        assert_eq!(placed(html), "one|two|");
    }

    #[test]
    fn a_segment_without_placeholder_stays() {
        let html = "<p>a</p><div hidden id=\"S:1\"><p>b</p></div>\
                    <template id=\"B:x-y\"></template><div id=\"S:x-y\">c</div>";
        assert_eq!(placed(html), "a|b|c|");
    }

    #[test]
    fn a_segment_never_goes_inside_itself() {
        let html = "<div hidden id=\"S:1\"><p>a</p><template id=\"B:1\"></template></div>";
        assert_eq!(placed(html), "a|");
    }
}
