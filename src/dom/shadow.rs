//! Declarative shadow roots put in the tree, as a browser shows them.
//!
//! A web component rendered on the server writes its content in a
//! `<template shadowrootmode="open">` (or the older `shadowroot`
//! attribute) inside its host element. A browser attaches that content
//! as the host's shadow root and shows it; to the parser it is a
//! template, whose content is set apart from the tree and never shown.
//! Without this pass a page built of such components reads as empty.
//!
//! Each such template is replaced by its content, in place. The host's
//! own children stay after it (a browser would show them in the shadow
//! root's slots, whose places this pass does not look for). Templates
//! inside the content are found as it is placed, so nested components
//! are opened too. Each host's children are gone through once, so a host
//! of many templates costs no more than its children.

use std::collections::HashSet;

use html5ever::local_name;

use super::normalize::{Walk, parents_of_picked};
use super::{RawDom, RawId, Tag};

/// Replaces every declarative shadow root template with its content.
/// Returns whether the tree changed.
pub(super) fn attach_shadow_roots(dom: &mut RawDom, walk: &Walk) -> bool {
    // The hosts of the templates the walk saw.
    let mut hosts = parents_of_picked(dom, walk, |tag, node| {
        tag == Tag::Template && is_shadow_root(dom, node)
    });
    let changed = !hosts.is_empty();
    // Each host's children are gone through once, whatever number of
    // templates it holds; the hosts of templates found in placed content
    // come next.
    let mut seen: HashSet<RawId> = HashSet::new();
    while let Some(host) = hosts.pop() {
        if !seen.insert(host) {
            continue;
        }
        for child in dom.child_list(host) {
            if dom.tag(child) != Tag::Template || !is_shadow_root(dom, child) {
                continue;
            }
            // A template at the top of the content opens in place too.
            let mut content: Vec<RawId> = content_of(dom, child).into_iter().rev().collect();
            while let Some(placed) = content.pop() {
                if dom.tag(placed) == Tag::Template && is_shadow_root(dom, placed) {
                    dom.detach(placed);
                    content.extend(content_of(dom, placed).into_iter().rev());
                    continue;
                }
                dom.insert_before(child, placed);
                // Templates inside the content, which the walk could not see.
                for node in dom.preorder(placed) {
                    if dom.tag(node) == Tag::Template && is_shadow_root(dom, node) {
                        if let Some(inner_host) = dom.parent(node) {
                            hosts.push(inner_host);
                        }
                    }
                }
            }
            dom.detach(child);
        }
    }
    changed
}

/// Whether a template declares a shadow root.
fn is_shadow_root(dom: &RawDom, node: RawId) -> bool {
    dom.attrs(node)
        .iter()
        .any(|a| a.name.local == local_name!("shadowrootmode") || &*a.name.local == "shadowroot")
}

/// The children of a template's content fragment (each leaves the
/// fragment as it is placed or dropped).
fn content_of(dom: &RawDom, template: RawId) -> Vec<RawId> {
    dom.element(template)
        .and_then(|e| e.template_contents)
        .map(|fragment| dom.child_list(fragment))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::normalize::{parsed, texts_of};
    use super::*;

    fn texts(html: &str) -> String {
        let mut dom = parsed(html);
        let walk = Walk::of(&dom);
        attach_shadow_roots(&mut dom, &walk);
        texts_of(&dom)
    }

    #[test]
    fn shadow_roots_are_shown_in_place_and_nested_ones_too() {
        assert_eq!(
            texts(
                "<p>a</p><x-card><template shadowrootmode=open><p>b</p>\
                 <x-inner><template shadowroot=closed><p>c</p></template></x-inner>\
                 </template><span>light</span></x-card><p>d</p>"
            ),
            "a|b|c|light|d|"
        );
        // A shadow root template at the top of another's content.
        assert_eq!(
            texts(
                "<x-a><template shadowrootmode=open>\
                 <template shadowrootmode=open><p>inner</p></template><p>outer</p>\
                 </template></x-a>"
            ),
            "inner|outer|"
        );
    }

    #[test]
    fn other_templates_stay_unseen() {
        assert_eq!(
            texts("<p>a</p><template id=row><p>never shown</p></template><p>b</p>"),
            "a|b|"
        );
    }
}
