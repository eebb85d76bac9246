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
//! are opened too. Each host's children are rebuilt once, so a host of
//! many templates costs no more than its children.

use std::collections::HashSet;
use std::rc::Rc;

use html5ever::local_name;
use markup5ever_rcdom::{Handle, Node, NodeData};

use super::Tag;
use super::normalize::{Walk, parent_of, parents_of_picked, preorder};

/// Replaces every declarative shadow root template with its content.
/// Returns whether the tree changed.
pub(super) fn attach_shadow_roots(walk: &Walk) -> bool {
    // The hosts of the templates the walk saw.
    let mut hosts = parents_of_picked(walk, |tag, node| {
        tag == Tag::Template && is_shadow_root(node)
    });
    let changed = !hosts.is_empty();
    // Each host's children are rebuilt once, whatever number of templates
    // it holds; the hosts of templates found in placed content come next.
    let mut seen: HashSet<*const Node> = HashSet::new();
    while let Some(host) = hosts.pop() {
        if !seen.insert(Rc::as_ptr(&host)) {
            continue;
        }
        let old = std::mem::take(&mut *host.children.borrow_mut());
        let mut children = Vec::with_capacity(old.len());
        for child in old {
            if super::tag_of(&child) != Tag::Template || !is_shadow_root(&child) {
                children.push(child);
                continue;
            }
            child.parent.set(None);
            // A template at the top of the content opens in place too.
            let mut content: Vec<Handle> = take_content(&child).into_iter().rev().collect();
            while let Some(placed) = content.pop() {
                if super::tag_of(&placed) == Tag::Template && is_shadow_root(&placed) {
                    placed.parent.set(None);
                    content.extend(take_content(&placed).into_iter().rev());
                    continue;
                }
                placed.parent.set(Some(Rc::downgrade(&host)));
                // Templates inside the content, which the walk could not see.
                for node in preorder(&placed) {
                    if super::tag_of(&node) == Tag::Template && is_shadow_root(&node) {
                        if let Some(inner_host) = parent_of(&node) {
                            hosts.push(inner_host);
                        }
                    }
                }
                children.push(placed);
            }
        }
        *host.children.borrow_mut() = children;
    }
    changed
}

/// Whether a template declares a shadow root.
fn is_shadow_root(node: &Handle) -> bool {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs.borrow().iter().any(|a| {
            a.name.local == local_name!("shadowrootmode") || &*a.name.local == "shadowroot"
        }),
        _ => false,
    }
}

/// The children of a template's content fragment, taken out of it.
fn take_content(template: &Handle) -> Vec<Handle> {
    match &template.data {
        NodeData::Element {
            template_contents, ..
        } => template_contents
            .borrow()
            .as_ref()
            .map(|fragment| std::mem::take(&mut *fragment.children.borrow_mut()))
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::normalize::{parsed, texts_of};
    use super::*;

    fn texts(html: &str) -> String {
        let dom = parsed(html);
        attach_shadow_roots(&Walk::of(&dom.document));
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
