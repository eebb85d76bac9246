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
//! are opened too; each node is visited once.

use html5ever::local_name;
use markup5ever_rcdom::{Handle, NodeData};

use super::Tag;
use super::normalize::{Walk, parent_of, preorder};

/// Replaces every declarative shadow root template with its content.
/// Returns whether the tree changed.
pub(super) fn attach_shadow_roots(walk: &Walk) -> bool {
    let mut pending: Vec<Handle> = walk
        .nodes
        .iter()
        .zip(&walk.tags)
        .filter(|&(node, &tag)| tag == Tag::Template && is_shadow_root(node))
        .map(|(node, _)| node.clone())
        .collect();
    let changed = !pending.is_empty();
    while let Some(template) = pending.pop() {
        let content = take_content(&template);
        // Templates inside the content, which the walk could not see.
        for node in content.iter().flat_map(preorder) {
            if super::tag_of(&node) == Tag::Template && is_shadow_root(&node) {
                pending.push(node);
            }
        }
        replace(&template, content);
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

/// Puts `content` where `template` is, and takes the template out.
fn replace(template: &Handle, content: Vec<Handle>) {
    let Some(parent) = parent_of(template) else {
        return;
    };
    for child in &content {
        child.parent.set(Some(std::rc::Rc::downgrade(&parent)));
    }
    let mut children = parent.children.borrow_mut();
    let Some(at) = children
        .iter()
        .position(|c| std::rc::Rc::ptr_eq(c, template))
    else {
        return;
    };
    for removed in children.splice(at..=at, content) {
        removed.parent.set(None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use html5ever::tendril::TendrilSink;

    fn texts(html: &str) -> String {
        let dom =
            html5ever::parse_document(markup5ever_rcdom::RcDom::default(), Default::default())
                .one(html);
        attach_shadow_roots(&Walk::of(&dom.document));
        let mut text = String::new();
        for node in preorder(&dom.document) {
            if let NodeData::Text { contents } = &node.data {
                text.push_str(&contents.borrow());
                text.push('|');
            }
        }
        text
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
    }

    #[test]
    fn other_templates_stay_unseen() {
        assert_eq!(
            texts("<p>a</p><template id=row><p>never shown</p></template><p>b</p>"),
            "a|b|"
        );
    }
}
