//! Structural clean-up of the parsed tree, done once before it is indexed.
//!
//! Pages mark paragraphs in many ways: `<p>`, a `<div>` holding only inline
//! content, text loose inside a container `<div>`, or runs of `<br><br>`.
//! Scoring works on paragraphs, so this pass rewrites the other forms into
//! `<p>` elements, the way Readability does:
//!
//! * a chain of two or more `<br>` starts a new `<p>` that gathers the inline
//!   content after it;
//! * inside a `<div>`, each run of inline content becomes a `<p>`;
//! * a `<div>` whose only content is one `<p>` (and that is not mostly links)
//!   becomes that paragraph, keeping the `<div>`'s attributes;
//! * a `<div>` with no block inside becomes a `<p>`.
//!
//! Before that, declarative shadow roots are put in the tree (see
//! `shadow`), AMP components become the elements they render (see `amp`),
//! and streamed page segments are moved into their placeholders
//! (see `streamed`). Nothing else changes, and nothing is removed but the
//! `<br>`s and white space that the new paragraphs replace, and the
//! "Loading..." fallbacks that streamed segments replace. The walk is
//! iterative.

use std::cell::RefCell;
use std::rc::Rc;

use html5ever::{QualName, local_name, ns};
use markup5ever_rcdom::{Handle, Node, NodeData, RcDom};

use super::{Tag, tag_of};
use crate::text::{TextMeasure, TextSpan};

/// [`normalize_walked`] without an earlier walk.
#[cfg(test)]
pub(crate) fn normalize(dom: &RcDom) -> usize {
    normalize_walked(dom, None, true, &mut super::DroppedSpaces::default())
}

/// The nodes of a tree in document order, as [`preorder`] lists them, each
/// with its tag and its parent's position: one walk of the tree answers
/// what the passes below ask of every node, so that they read these arrays
/// instead of visiting every node again (each visit of a node is a likely
/// cache miss on a large page). Handed on while it is still true of the
/// tree.
pub(crate) struct Walk {
    pub(super) nodes: Vec<Handle>,
    pub(super) tags: Vec<Tag>,
    /// The position of each node's parent in `nodes` ([`NO_PARENT`] for
    /// the root).
    pub(super) parents: Vec<u32>,
}

/// The root's parent in a [`Walk`].
pub(super) const NO_PARENT: u32 = u32::MAX;

impl Walk {
    /// Walks the tree under `root` (template contents excluded).
    pub(super) fn of(root: &Handle) -> Walk {
        Walk::sized(root, 0)
    }

    /// [`Walk::of`] a tree of about `expected` nodes, allocated once at
    /// that size rather than grown by doubling.
    pub(super) fn sized(root: &Handle, expected: usize) -> Walk {
        let mut walk = Walk {
            nodes: Vec::with_capacity(expected),
            tags: Vec::with_capacity(expected),
            parents: Vec::with_capacity(expected),
        };
        let mut stack = vec![(root.clone(), NO_PARENT)];
        while let Some((node, parent)) = stack.pop() {
            let at = walk.nodes.len() as u32;
            for child in node.children.borrow().iter().rev() {
                stack.push((child.clone(), at));
            }
            walk.tags.push(tag_of(&node));
            walk.parents.push(parent);
            walk.nodes.push(node);
        }
        walk
    }
}

/// Rewrites paragraph-like structures in `dom` into `<p>` elements, and
/// says how many nodes the tree had, for [`super::Dom::index_sized`].
/// `walk`, when an earlier pass made one, spares a walk of the tree;
/// `role_tables` says whether the parser saw a table drawn with ARIA roles;
/// `spaces`, where the parse left white space out, follows an element to
/// the `<p>` that takes its place.
pub(crate) fn normalize_walked(
    dom: &RcDom,
    walk: Option<Walk>,
    role_tables: bool,
    spaces: &mut super::DroppedSpaces,
) -> usize {
    // One walk serves every pass unless one changed the tree.
    let walk = walk.unwrap_or_else(|| Walk::of(&dom.document));
    let walk = if super::shadow::attach_shadow_roots(&walk) {
        Walk::of(&dom.document)
    } else {
        walk
    };
    let walk = if super::amp::render_components(&walk) {
        Walk::of(&dom.document)
    } else {
        walk
    };
    let walk = if role_tables && super::aria::rewrite_role_tables(&walk) {
        Walk::of(&dom.document)
    } else {
        walk
    };
    let walk = if super::streamed::place_segments(&walk) {
        Walk::of(&dom.document)
    } else {
        walk
    };
    let walk = if replace_br_chains(&walk) {
        Walk::of(&dom.document)
    } else {
        walk
    };
    normalize_divs(walk, spaces)
}

/// A page parsed as the passes here receive it, for their tests.
#[cfg(test)]
pub(super) fn parsed(html: &str) -> RcDom {
    use html5ever::tendril::TendrilSink;
    html5ever::parse_document(RcDom::default(), Default::default()).one(html)
}

/// The text nodes of a tree in document order, each followed by `|`, for
/// the tests of the passes here.
#[cfg(test)]
pub(super) fn texts_of(dom: &RcDom) -> String {
    let mut text = String::new();
    for node in preorder(&dom.document) {
        if let NodeData::Text { contents } = &node.data {
            text.push_str(&contents.borrow());
            text.push('|');
        }
    }
    text
}

/// All nodes under `root` in document order (template contents excluded).
pub(super) fn preorder(root: &Handle) -> Vec<Handle> {
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        for child in node.children.borrow().iter().rev() {
            stack.push(child.clone());
        }
        out.push(node);
    }
    out
}

/// The parents of the nodes of `walk` that `picked` accepts, each once:
/// a pass that rewrites children rebuilds each parent's children in one
/// go, however many of them change (one splice each would search the
/// siblings every time).
pub(super) fn parents_of_picked(
    walk: &Walk,
    mut picked: impl FnMut(Tag, &Handle) -> bool,
) -> Vec<Handle> {
    let mut seen: std::collections::HashSet<*const Node> = std::collections::HashSet::new();
    let mut parents = Vec::new();
    for (node, &tag) in walk.nodes.iter().zip(&walk.tags) {
        if picked(tag, node) {
            if let Some(parent) = parent_of(node) {
                if seen.insert(Rc::as_ptr(&parent)) {
                    parents.push(parent);
                }
            }
        }
    }
    parents
}

pub(super) fn parent_of(node: &Handle) -> Option<Handle> {
    let weak = node.parent.take();
    node.parent.set(weak.clone());
    weak.and_then(|w| w.upgrade())
}

pub(super) fn new_element(local: html5ever::LocalName, attrs: Vec<html5ever::Attribute>) -> Handle {
    Node::new(NodeData::Element {
        name: QualName::new(None, ns!(html), local),
        attrs: RefCell::new(attrs),
        template_contents: RefCell::new(None),
        mathml_annotation_xml_integration_point: false,
    })
}

fn attrs_of(node: &Handle) -> Vec<html5ever::Attribute> {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs.borrow().clone(),
        _ => Vec::new(),
    }
}

/// The attributes of `node`, taken rather than copied, for a node that
/// is leaving the tree in favour of a new element.
fn take_attrs(node: &Handle) -> Vec<html5ever::Attribute> {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs.take(),
        _ => Vec::new(),
    }
}

pub(super) fn is_whitespace_text(node: &Handle) -> bool {
    match &node.data {
        NodeData::Text { contents } => crate::text::is_blank(&contents.borrow()),
        _ => false,
    }
}

/// Readability's `_isWhitespace`: blank text or a `<br>`.
fn is_blank(node: &Handle) -> bool {
    is_whitespace_text(node) || tag_of(node) == Tag::Br
}

/// Whether a node is skipped when looking for the next meaningful sibling:
/// blank text and comments.
fn is_skippable(node: &Handle) -> bool {
    match &node.data {
        NodeData::Element { .. } => false,
        NodeData::Text { .. } => is_whitespace_text(node),
        _ => true,
    }
}

/// Readability's phrasing test; `a`, `del` and `ins` count when everything
/// inside them does. Iterative, with an early exit.
fn is_phrasing(node: &Handle) -> bool {
    // Most nodes answer by their tag alone: no stack for them.
    let tag = tag_of(node);
    if tag.is_phrasing() {
        return true;
    }
    if !matches!(tag, Tag::A | Tag::Del | Tag::Ins) {
        return false;
    }
    // Most links hold text and inline elements only: their children
    // answer without a stack.
    let mut nested = false;
    for child in node.children.borrow().iter() {
        let tag = tag_of(child);
        if matches!(tag, Tag::A | Tag::Del | Tag::Ins) {
            nested = true;
        } else if !tag.is_phrasing() {
            return false;
        }
    }
    if !nested {
        return true;
    }
    let mut stack = vec![node.clone()];
    while let Some(n) = stack.pop() {
        let tag = tag_of(&n);
        if tag.is_phrasing() {
            continue;
        }
        if matches!(tag, Tag::A | Tag::Del | Tag::Ins) {
            stack.extend(n.children.borrow().iter().cloned());
            continue;
        }
        return false;
    }
    true
}

/// Moves `child` (detached) to the end of `parent`'s children.
fn append(parent: &Handle, child: Handle) {
    child.parent.set(Some(Rc::downgrade(parent)));
    parent.children.borrow_mut().push(child);
}

/// Detaches `node` from its parent.
pub(super) fn detach(node: &Handle) {
    if let Some(parent) = parent_of(node) {
        parent
            .children
            .borrow_mut()
            .retain(|c| !Rc::ptr_eq(c, node));
    }
    node.parent.set(None);
}

/// Puts `new` where `old` is in `old`'s parent, detaching `old`.
pub(super) fn replace(old: &Handle, new: &Handle) {
    let Some(parent) = parent_of(old) else {
        return;
    };
    {
        let mut children = parent.children.borrow_mut();
        if let Some(slot) = children.iter_mut().find(|c| Rc::ptr_eq(c, old)) {
            *slot = new.clone();
        }
    }
    new.parent.set(Some(Rc::downgrade(&parent)));
    old.parent.set(None);
}

/// Moves all children of `from` to the end of `to`.
pub(super) fn move_children(from: &Handle, to: &Handle) {
    let children = std::mem::take(&mut *from.children.borrow_mut());
    for child in &children {
        child.parent.set(Some(Rc::downgrade(to)));
    }
    let mut target = to.children.borrow_mut();
    if target.is_empty() {
        // Most often a new element: the list itself moves, uncopied.
        *target = children;
    } else {
        target.extend(children);
    }
}

/// A copy of `node` as a `<p>` with the same attributes and children.
fn rename_to_p(node: &Handle) -> Handle {
    let p = new_element(local_name!("p"), take_attrs(node));
    move_children(node, &p);
    replace(node, &p);
    p
}

/// The next sibling of `node` that is not blank text or a comment.
fn next_meaningful(siblings: &[Handle], mut i: usize) -> Option<usize> {
    while i < siblings.len() {
        if !is_skippable(&siblings[i]) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Readability's `_replaceBrs`: `a<br><br>b` becomes `a<p>b</p>`.
/// Returns whether anything changed.
fn replace_br_chains(walk: &Walk) -> bool {
    let brs: Vec<&Handle> = (walk.nodes.iter().zip(&walk.tags))
        .filter(|&(_, &tag)| tag == Tag::Br)
        .map(|(node, _)| node)
        .collect();
    let mut changed = false;
    for br in brs {
        let Some(parent) = parent_of(br) else {
            continue; // removed as part of an earlier chain
        };
        // Most `<br>`s stand alone: no chain, nothing to copy.
        let (siblings, pos) = {
            let siblings = parent.children.borrow();
            let Some(pos) = siblings.iter().position(|c| Rc::ptr_eq(c, br)) else {
                continue;
            };
            let starts_chain = next_meaningful(&siblings, pos + 1)
                .is_some_and(|next| tag_of(&siblings[next]) == Tag::Br);
            // Inside preformatted text a blank line is part of the code
            // (`import os<br><br>def main():`), not a paragraph break.
            if !starts_chain || is_preformatted(&parent) {
                continue;
            }
            (siblings.clone(), pos)
        };
        // Remove the rest of the chain.
        let mut replaced = false;
        let mut i = pos + 1;
        while let Some(next) = next_meaningful(&siblings, i) {
            if tag_of(&siblings[next]) != Tag::Br {
                break;
            }
            replaced = true;
            detach(&siblings[next]);
            i = next + 1;
        }
        if !replaced {
            continue;
        }
        changed = true;
        let p = new_element(local_name!("p"), Vec::new());
        replace(br, &p);
        let siblings: Vec<Handle> = parent.children.borrow().clone();
        let Some(p_pos) = siblings.iter().position(|c| Rc::ptr_eq(c, &p)) else {
            continue;
        };
        let mut j = p_pos + 1;
        while j < siblings.len() {
            let next = &siblings[j];
            if tag_of(next) == Tag::Br {
                if let Some(k) = next_meaningful(&siblings, j + 1) {
                    if tag_of(&siblings[k]) == Tag::Br {
                        break;
                    }
                }
            }
            if !is_phrasing(next) {
                break;
            }
            detach(next);
            append(&p, next.clone());
            j += 1;
        }
        trim_trailing_blanks(&p);
        if tag_of(&parent) == Tag::P {
            let div = new_element(local_name!("div"), attrs_of(&parent));
            move_children(&parent, &div);
            replace(&parent, &div);
        }
    }
    changed
}

/// Whether `node` is a `<pre>` or `<textarea>`, or inside
/// one: the walk up is paid only for the rare chains of `<br>`s.
fn is_preformatted(node: &Handle) -> bool {
    let mut at = Some(node.clone());
    while let Some(node) = at {
        if matches!(tag_of(&node), Tag::Pre | Tag::Textarea) {
            return true;
        }
        at = parent_of(&node);
    }
    false
}

fn trim_trailing_blanks(p: &Handle) {
    loop {
        let last = p.children.borrow().last().cloned();
        match last {
            Some(last) if is_blank(&last) => detach(&last),
            _ => break,
        }
    }
}

/// Facts about the tree before the `div` pass, by preorder index, worked
/// out only for the divs that ask: the link density of a div with a single
/// paragraph, whether a div holds a block. Folding every node of the page
/// bottom-up for them cost more than the few subtrees asked about; the text
/// in those is measured twice (here and by the index), which costs less than
/// handing every text node's measure over to the index.
///
/// The divs ask in document order, so a subtree asked about is either
/// inside one folded (or found to hold no link) before, and already known,
/// or after it: every node is folded or searched for a link once at most.
/// A block search stops at the first block it meets and so never enters
/// another div (a div is a block): no two searches read the same nodes.
/// All read the arrays of the walk, never the tree the pass is changing, so
/// the answers are those of the tree before the pass.
struct Facts {
    nodes: Vec<Handle>,
    tags: Vec<Tag>,
    parents: Vec<u32>,
    /// The end of each node's subtree in preorder.
    ends: Vec<u32>,
    /// Subtree text and link text, for the nodes of the folded subtrees
    /// (empty until a div asks).
    text: Vec<TextSpan>,
    link: Vec<f32>,
    folded: Vec<bool>,
    /// The end of the last subtree found to hold no link: the subtrees
    /// inside it hold none either.
    linkless_until: usize,
}

impl Facts {
    fn new(walk: Walk) -> Facts {
        let Walk {
            nodes,
            tags,
            parents,
        } = walk;
        let n = nodes.len();
        // A node's subtree ends where its last descendant's does: children
        // come after their parent, so one backward pass settles them all.
        let mut ends: Vec<u32> = (1..=n as u32).collect();
        for i in (1..n).rev() {
            let p = parents[i];
            if p != NO_PARENT {
                let p = p as usize;
                ends[p] = ends[p].max(ends[i]);
            }
        }
        Facts {
            nodes,
            tags,
            parents,
            ends,
            text: Vec::new(),
            link: Vec::new(),
            folded: Vec::new(),
            linkless_until: 0,
        }
    }

    /// The link density of node `i`'s subtree: link text (hash links
    /// weigh 0.3) over text, with script and style text left out.
    fn link_density(&mut self, i: usize) -> f32 {
        let known = self.folded.get(i).is_some_and(|&f| f);
        if !known {
            // A subtree without a link has none, whatever its text: most
            // paragraphs need no text measured here.
            if i < self.linkless_until {
                return 0.0;
            }
            let end = self.ends[i] as usize;
            let inside = self.tags.get(i + 1..end).unwrap_or_default();
            if !inside.contains(&Tag::A) {
                self.linkless_until = end;
                return 0.0;
            }
        }
        self.fold(i);
        let text = self.text[i];
        if text.len == 0 {
            0.0
        } else {
            self.link[i] / text.len as f32
        }
    }

    /// Folds the subtree of `i` bottom-up (children last first), unless
    /// a subtree holding it was folded before.
    fn fold(&mut self, i: usize) {
        let n = self.nodes.len();
        if self.folded.is_empty() {
            self.text = vec![TextSpan::default(); n];
            self.link = vec![0f32; n];
            self.folded = vec![false; n];
        }
        if self.folded[i] {
            return;
        }
        let end = self.ends[i] as usize;
        for j in (i..end).rev() {
            self.folded[j] = true;
            let tag = self.tags[j];
            let p = self.parents[j];
            if tag == Tag::Text {
                // Raw text of scripts and styles never counts.
                let ignored = self.tags.get(p as usize).is_some_and(|t| t.is_ignored());
                if let (NodeData::Text { contents }, false) = (&self.nodes[j].data, ignored) {
                    self.text[j] = TextMeasure::of(&contents.borrow()).span;
                }
            }
            if tag == Tag::A {
                let weight = if is_hash_link(&self.nodes[j]) {
                    0.3
                } else {
                    1.0
                };
                self.link[j] = self.text[j].len as f32 * weight;
            }
            if j != i && p != NO_PARENT && !tag.is_ignored() {
                let p = p as usize;
                self.text[p] = self.text[j].then(self.text[p]);
                self.link[p] += self.link[j];
            }
        }
    }

    /// Whether the subtree of `i` holds a block ([`Tag::is_div_block`])
    /// outside script, style and other unshown elements.
    fn has_block(&self, i: usize) -> bool {
        let end = self.ends[i] as usize;
        let mut j = i + 1;
        while j < end {
            let tag = self.tags[j];
            if tag.is_ignored() {
                j = self.ends[j] as usize;
                continue;
            }
            if tag.is_div_block() {
                return true;
            }
            j += 1;
        }
        false
    }
}

fn is_hash_link(node: &Handle) -> bool {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs.borrow().iter().any(|a| {
            a.name.local == local_name!("href") && a.value.starts_with('#') && a.value.len() > 1
        }),
        _ => false,
    }
}

/// Readability's `div` handling, applied top-down in document order to
/// the tree `walk` walked.
fn normalize_divs(walk: Walk, spaces: &mut super::DroppedSpaces) -> usize {
    let mut facts = Facts::new(walk);
    for i in 0..facts.nodes.len() {
        if facts.tags[i] != Tag::Div {
            continue;
        }
        let div = facts.nodes[i].clone();
        if parent_of(&div).is_none() {
            continue;
        }
        space_glued_labels(&div);
        let wrapped = wrap_inline_runs(&div);
        if let Some(only_p) = single_p_child(&div) {
            if facts.link_density(i) < 0.25 {
                // The div becomes its paragraph, keeping the div's identity.
                let p = new_element(local_name!("p"), take_attrs(&div));
                move_children(&only_p, &p);
                replace(&div, &p);
                spaces.moved(&div, &only_p, &p);
                continue;
            }
        }
        if !wrapped && !facts.has_block(i) {
            let p = rename_to_p(&div);
            spaces.moved(&div, &div, &p);
        }
    }
    facts.nodes.len()
}

/// Puts a space between inline elements that a `<div>` lays side by side
/// with nothing between them: a row of labels that the page's CSS spaces
/// (`<code>amount</code><span>integer</span><span>Required</span>`, a
/// product's name and price), which would otherwise read as one word
/// ("amountintegerRequired"). Only where a word would run into a word: a
/// price split into spans ("$" "29" ".99") and CJK text, written without
/// spaces, stay as they are.
fn space_glued_labels(div: &Handle) {
    // Rows of labels are short; a div of many inline children is a
    // paragraph written without `<p>`, whose spans may split words.
    const MAX_CHILDREN: usize = 12;
    let children = div.children.borrow();
    if children.len() < 2 || children.len() > MAX_CHILDREN {
        return;
    }
    let mut glued = Vec::new();
    for (i, pair) in children.windows(2).enumerate() {
        let (left, right) = (&pair[0], &pair[1]);
        let is_element = |n: &Handle| matches!(n.data, NodeData::Element { .. });
        let is_label = |n: &Handle| {
            let tag = tag_of(n);
            tag.is_phrasing() && !tag.is_ignored() && !matches!(tag, Tag::Br | Tag::Img | Tag::Wbr)
        };
        // Loose text among the children: a paragraph, not a row.
        if matches!(&left.data, NodeData::Text { .. }) && !is_whitespace_text(left) {
            return;
        }
        // Elements side by side first (most pairs hold a text node), then
        // their tags. A drop cap ("<span>S</span><span>unshine</span>") is
        // one letter set apart from the rest of its word.
        if is_element(left)
            && is_element(right)
            && is_label(left)
            && is_label(right)
            && last_char(left).is_some_and(ends_word)
            && first_char(right).is_some_and(starts_word)
            && !is_one_letter(left)
        {
            glued.push(i + 1);
        }
    }
    if children
        .last()
        .is_some_and(|n| matches!(&n.data, NodeData::Text { .. }) && !is_whitespace_text(n))
    {
        return;
    }
    drop(children);
    for at in glued.into_iter().rev() {
        let space = Node::new(NodeData::Text {
            contents: RefCell::new(html5ever::tendril::StrTendril::from_slice(" ")),
        });
        space.parent.set(Some(Rc::downgrade(div)));
        div.children.borrow_mut().insert(at, space);
    }
}

/// Whether the text under `node` (a label, a few nodes deep) is one
/// character.
fn is_one_letter(node: &Handle) -> bool {
    const MAX_NODES: usize = 16;
    let mut chars = 0;
    let mut stack = vec![node.clone()];
    let mut seen = 0;
    while let Some(n) = stack.pop() {
        seen += 1;
        if seen > MAX_NODES {
            return false;
        }
        if let NodeData::Text { contents } = &n.data {
            chars += contents.borrow().trim().chars().count();
            if chars > 1 {
                return false;
            }
        }
        stack.extend(n.children.borrow().iter().cloned());
    }
    chars == 1
}

/// Whether a word may end in `c`: a letter or digit of a script written
/// with spaces (Latin, Greek, Cyrillic and their like, not CJK).
fn ends_word(c: char) -> bool {
    c.is_alphanumeric() && (c as u32) < 0x2E80
}

/// Whether a word, or a price, may start with `c`.
fn starts_word(c: char) -> bool {
    ends_word(c) || matches!(c, '$' | '€' | '£' | '¥')
}

/// The first character of the text under `node`, looking a few nodes deep.
fn first_char(node: &Handle) -> Option<char> {
    edge_char(node, true)
}

/// The last character of the text under `node`, looking a few nodes deep.
fn last_char(node: &Handle) -> Option<char> {
    edge_char(node, false)
}

fn edge_char(node: &Handle, first: bool) -> Option<char> {
    // Labels are shallow; a deep subtree is not one.
    const MAX_DEPTH: usize = 6;
    let mut current = node.clone();
    for _ in 0..MAX_DEPTH {
        let next = {
            let children = current.children.borrow();
            // A script's or a style sheet's text is not shown.
            let mut texts = children
                .iter()
                .filter(|c| !is_skippable(c) && !ignorable(c));
            let child = if first {
                texts.next()
            } else {
                texts.next_back()
            };
            match child {
                None => return None,
                Some(c) => match &c.data {
                    NodeData::Text { contents } => {
                        let text = contents.borrow();
                        let mut chars = text.chars();
                        let edge = if first {
                            chars.next()
                        } else {
                            chars.next_back()
                        };
                        // A space at the edge: the row is spaced already.
                        return edge.filter(|c| !c.is_whitespace());
                    }
                    NodeData::Element { .. } => c.clone(),
                    _ => return None,
                },
            }
        };
        current = next;
    }
    None
}

/// Wraps each run of inline children of `div` in a new `<p>`. Returns
/// whether any paragraph was made.
fn wrap_inline_runs(div: &Handle) -> bool {
    // Exactly the children that start a run below; most divs have none,
    // and are left without copying their children.
    let starts_run = |child: &Handle| is_phrasing(child) && !is_blank(child) && !ignorable(child);
    if !div.children.borrow().iter().any(starts_run) {
        return false;
    }
    // The children move to `out`, in order, each as it is or inside a new
    // paragraph, and `out` becomes the div's children: taken, not copied.
    let children = std::mem::take(&mut *div.children.borrow_mut());
    let mut out: Vec<Handle> = Vec::with_capacity(children.len());
    let mut current: Option<Handle> = None;
    let mut made = false;
    for child in children {
        if is_phrasing(&child) || ignorable(&child) {
            if let Some(p) = &current {
                child.parent.set(Some(Rc::downgrade(p)));
                p.children.borrow_mut().push(child);
            } else if !is_blank(&child) && !ignorable(&child) {
                let p = new_element(local_name!("p"), Vec::new());
                p.parent.set(Some(Rc::downgrade(div)));
                child.parent.set(Some(Rc::downgrade(&p)));
                p.children.borrow_mut().push(child);
                out.push(p.clone());
                current = Some(p);
                made = true;
            } else {
                out.push(child);
            }
        } else {
            if let Some(p) = current.take() {
                trim_trailing_blanks(&p);
            }
            out.push(child);
        }
    }
    *div.children.borrow_mut() = out;
    made
}

/// Comments and elements whose content is never shown: they neither start
/// nor break a run of inline content.
fn ignorable(node: &Handle) -> bool {
    match &node.data {
        NodeData::Element { .. } => tag_of(node).is_ignored(),
        NodeData::Text { .. } => false,
        _ => true,
    }
}

/// The only `<p>` child of `div` when it has no other element child and no
/// loose text.
fn single_p_child(div: &Handle) -> Option<Handle> {
    let children = div.children.borrow();
    let mut found: Option<Handle> = None;
    for child in children.iter() {
        match &child.data {
            NodeData::Element { .. } if tag_of(child).is_ignored() => {}
            NodeData::Element { .. } => {
                if found.is_some() || tag_of(child) != Tag::P {
                    return None;
                }
                found = Some(child.clone());
            }
            NodeData::Text { .. } if !is_whitespace_text(child) => return None,
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_str;

    fn shape(html: &str) -> String {
        let dom = parse_str(html);
        normalize(&dom);
        let mut out = String::new();
        let body = preorder(&dom.document)
            .into_iter()
            .find(|n| tag_of(n) == Tag::Body)
            .unwrap();
        // Print the element structure of body.
        let mut stack: Vec<(Handle, bool)> = vec![(body, false)];
        while let Some((node, closing)) = stack.pop() {
            match &node.data {
                NodeData::Element { name, .. } => {
                    if closing {
                        if tag_of(&node) != Tag::Br {
                            out.push_str(&format!("</{}>", name.local));
                        }
                    } else {
                        out.push_str(&format!("<{}>", name.local));
                        stack.push((node.clone(), true));
                        for c in node.children.borrow().iter().rev() {
                            stack.push((c.clone(), false));
                        }
                    }
                }
                NodeData::Text { contents } => out.push_str(&contents.borrow()),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn inline_div_becomes_p() {
        assert_eq!(
            shape("<div>Hello <b>world</b></div>"),
            "<body><p>Hello <b>world</b></p></body>"
        );
    }

    #[test]
    fn glued_labels_in_a_row_get_a_space() {
        assert_eq!(
            shape("<div><code>amount</code><span>integer</span><span>Required</span></div>"),
            "<body><p><code>amount</code> <span>integer</span> <span>Required</span></p></body>"
        );
        assert_eq!(
            shape("<div><span>Atelier Sofa</span><span>$4,345.00</span></div>"),
            "<body><p><span>Atelier Sofa</span> <span>$4,345.00</span></p></body>"
        );
    }

    #[test]
    fn labels_are_read_by_their_shown_text() {
        // The script's text is not shown: the label ends with "Name".
        let html = "<div><span>Name<script>f()</script></span><span>Value</span></div>";
        assert_eq!(
            shape(html).matches("</span> <span>").count(),
            1,
            "{}",
            shape(html)
        );
        // A script is no label of its own.
        let html = "<div><span>(1)</span><script>var x</script><span>Value</span></div>";
        assert_eq!(shape(html).matches("> <").count(), 0, "{}", shape(html));
    }

    #[test]
    fn rows_that_read_as_one_word_stay_glued() {
        for html in [
            // A drop cap, a price in parts, CJK text, spaced labels, prose.
            "<div><span>S</span><span>unshine</span></div>",
            "<div><span>$</span><span>29</span><span>.99</span></div>",
            "<div><span>東京</span><span>大阪</span></div>",
            "<div><span>Yes </span><span>No</span></div>",
            "<div>Read <b>this</b><i>now</i></div>",
        ] {
            let spaced = shape(html).matches("> <").count();
            assert_eq!(spaced, 0, "{html}");
        }
    }

    #[test]
    fn loose_text_in_container_div_is_wrapped() {
        assert_eq!(
            shape("<div>intro<p>para</p>tail</div>"),
            "<body><div><p>intro</p><p>para</p><p>tail</p></div></body>"
        );
    }

    #[test]
    fn div_with_single_p_takes_its_place() {
        assert_eq!(
            shape("<div> <p>text</p> </div>"),
            "<body><p>text</p></body>"
        );
    }

    #[test]
    fn nested_divs_are_handled_top_down() {
        assert_eq!(
            shape("<div><div>text</div></div>"),
            "<body><div><p>text</p></div></body>"
        );
    }

    #[test]
    fn br_chains_become_paragraphs() {
        assert_eq!(
            shape("<section>foo<br>bar<br> <br><br>abc</section>"),
            "<body><section>foo<br>bar<p> abc</p></section></body>"
        );
    }

    #[test]
    fn blocks_inside_unshown_elements_leave_a_div_a_paragraph() {
        assert_eq!(
            shape("<div><datalist><p>x</p></datalist></div><div><p>a</p><p>b</p></div>"),
            "<body><p><datalist><p>x</p></datalist></p><div><p>a</p><p>b</p></div></body>"
        );
    }

    #[test]
    fn single_p_divs_inside_one_already_measured_are_measured_alike() {
        // A button is a scope boundary: the inner div and paragraph stay
        // inside the outer paragraph, in the subtree its div folded.
        assert_eq!(
            shape("<div><p><button><div><p>x</p></div></button></p></div>"),
            "<body><p><button><p>x</p></button></p></body>"
        );
        assert_eq!(
            shape(
                "<div><p>a <button><div><p><a href='/x'>all link text</a></p></div></button></p></div>"
            ),
            "<body><div><p>a <button><div><p><a>all link text</a></p></div></button></p></div></body>"
        );
    }

    #[test]
    fn link_heavy_single_p_div_stays_a_container() {
        assert_eq!(
            shape("<div><p><a href='/x'>all link text</a></p></div>"),
            "<body><div><p><a>all link text</a></p></div></body>"
        );
    }
}
