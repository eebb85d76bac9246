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

use html5ever::local_name;

use super::{RawData, RawDom, RawId, Tag};
use crate::text::{TextMeasure, TextSpan};

/// [`normalize_walked`] without an earlier walk.
#[cfg(test)]
pub(crate) fn normalize(dom: &mut RawDom) -> usize {
    normalize_walked(dom, None, true, &mut super::DroppedSpaces::default())
}

/// The nodes of a tree in document order, as [`RawDom::preorder`] lists
/// them, each with its tag and its parent's position: one walk of the tree
/// answers what the passes below ask of every node, so that they read these
/// arrays instead of visiting every node again (each visit of a node is a
/// likely cache miss on a large page). Handed on while it is still true of
/// the tree.
pub(crate) struct Walk {
    pub(super) nodes: Vec<RawId>,
    pub(super) tags: Vec<Tag>,
    /// The position of each node's parent in `nodes` ([`NO_PARENT`] for
    /// the root).
    pub(super) parents: Vec<u32>,
}

/// The root's parent in a [`Walk`].
pub(super) const NO_PARENT: u32 = u32::MAX;

impl Walk {
    /// Walks the document (template contents excluded).
    pub(super) fn of(dom: &RawDom) -> Walk {
        Walk::sized(dom, 0)
    }

    /// [`Walk::of`] a tree of about `expected` nodes, allocated once at
    /// that size rather than grown by doubling.
    pub(super) fn sized(dom: &RawDom, expected: usize) -> Walk {
        let mut walk = Walk {
            nodes: Vec::with_capacity(expected),
            tags: Vec::with_capacity(expected),
            parents: Vec::with_capacity(expected),
        };
        // The position of each node's parent is the position of the last
        // node walked that is still open: a stack of open positions.
        let mut open: Vec<(RawId, u32)> = Vec::new();
        dom.walk_preorder(RawDom::DOCUMENT, |node| {
            let parent = dom.parent(node);
            while let Some(&(top, _)) = open.last() {
                if Some(top) == parent {
                    break;
                }
                open.pop();
            }
            let at = walk.nodes.len() as u32;
            walk.parents
                .push(open.last().map_or(NO_PARENT, |&(_, p)| p));
            walk.tags.push(dom.tag(node));
            walk.nodes.push(node);
            open.push((node, at));
        });
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
    dom: &mut RawDom,
    walk: Option<Walk>,
    role_tables: bool,
    spaces: &mut super::DroppedSpaces,
) -> usize {
    // One walk serves every pass unless one changed the tree.
    let walk = walk.unwrap_or_else(|| Walk::of(dom));
    let walk = if super::shadow::attach_shadow_roots(dom, &walk) {
        Walk::of(dom)
    } else {
        walk
    };
    let walk = if super::amp::render_components(dom, &walk) {
        Walk::of(dom)
    } else {
        walk
    };
    let walk = if role_tables && super::aria::rewrite_role_tables(dom, &walk) {
        Walk::of(dom)
    } else {
        walk
    };
    let walk = if super::streamed::place_segments(dom, &walk) {
        Walk::of(dom)
    } else {
        walk
    };
    let walk = if replace_br_chains(dom, &walk) {
        Walk::of(dom)
    } else {
        walk
    };
    normalize_divs(dom, walk, spaces)
}

/// A page parsed as the passes here receive it, for their tests.
#[cfg(test)]
pub(super) fn parsed(html: &str) -> RawDom {
    crate::parse::parse_str(html)
}

/// The text nodes of a tree in document order, each followed by `|`, for
/// the tests of the passes here.
#[cfg(test)]
pub(super) fn texts_of(dom: &RawDom) -> String {
    let mut text = String::new();
    for node in dom.preorder(RawDom::DOCUMENT) {
        if let Some(contents) = dom.text(node) {
            text.push_str(contents);
            text.push('|');
        }
    }
    text
}

/// The parents of the nodes of `walk` that `picked` accepts, each once:
/// a pass that rewrites children rebuilds each parent's children in one
/// go, however many of them change.
pub(super) fn parents_of_picked(
    dom: &RawDom,
    walk: &Walk,
    mut picked: impl FnMut(Tag, RawId) -> bool,
) -> Vec<RawId> {
    let mut seen: std::collections::HashSet<RawId> = std::collections::HashSet::new();
    let mut parents = Vec::new();
    for (&node, &tag) in walk.nodes.iter().zip(&walk.tags) {
        if picked(tag, node) {
            if let Some(parent) = dom.parent(node) {
                if seen.insert(parent) {
                    parents.push(parent);
                }
            }
        }
    }
    parents
}

/// Whether `node` is text of white space alone.
pub(super) fn is_whitespace_text(dom: &RawDom, node: RawId) -> bool {
    dom.text(node).is_some_and(|t| crate::text::is_blank(t))
}

/// Readability's `_isWhitespace`: blank text or a `<br>`.
fn is_blank(dom: &RawDom, node: RawId) -> bool {
    is_whitespace_text(dom, node) || dom.tag(node) == Tag::Br
}

/// Whether a node is skipped when looking for the next meaningful sibling:
/// blank text and comments.
fn is_skippable(dom: &RawDom, node: RawId) -> bool {
    match dom.data(node) {
        RawData::Element(_) => false,
        RawData::Text(_) => is_whitespace_text(dom, node),
        _ => true,
    }
}

/// Readability's phrasing test; `a`, `del` and `ins` count when everything
/// inside them does. Iterative, with an early exit.
fn is_phrasing(dom: &RawDom, node: RawId) -> bool {
    // Most nodes answer by their tag alone: no stack for them.
    let tag = dom.tag(node);
    if tag.is_phrasing() {
        return true;
    }
    if !matches!(tag, Tag::A | Tag::Del | Tag::Ins) {
        return false;
    }
    // Most links hold text and inline elements only: their children
    // answer without a stack.
    let mut nested = false;
    for child in dom.children(node) {
        let tag = dom.tag(child);
        if matches!(tag, Tag::A | Tag::Del | Tag::Ins) {
            nested = true;
        } else if !tag.is_phrasing() {
            return false;
        }
    }
    if !nested {
        return true;
    }
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        let tag = dom.tag(n);
        if tag.is_phrasing() {
            continue;
        }
        if matches!(tag, Tag::A | Tag::Del | Tag::Ins) {
            stack.extend(dom.children(n));
            continue;
        }
        return false;
    }
    true
}

/// The next sibling of `node` that is not blank text or a comment.
fn next_meaningful(dom: &RawDom, siblings: &[RawId], mut i: usize) -> Option<usize> {
    while i < siblings.len() {
        if !is_skippable(dom, siblings[i]) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Readability's `_replaceBrs`: `a<br><br>b` becomes `a<p>b</p>`.
/// Returns whether anything changed.
fn replace_br_chains(dom: &mut RawDom, walk: &Walk) -> bool {
    let brs: Vec<RawId> = (walk.nodes.iter().zip(&walk.tags))
        .filter(|&(_, &tag)| tag == Tag::Br)
        .map(|(&node, _)| node)
        .collect();
    let mut changed = false;
    for br in brs {
        let Some(parent) = dom.parent(br) else {
            continue; // removed as part of an earlier chain
        };
        // Most `<br>`s stand alone: no chain, nothing to copy.
        let starts_chain = {
            let mut next = dom.next_sibling(br);
            while let Some(n) = next.filter(|&n| is_skippable(dom, n)) {
                next = dom.next_sibling(n);
            }
            next.is_some_and(|n| dom.tag(n) == Tag::Br)
        };
        // Inside preformatted text a blank line is part of the code
        // (`import os<br><br>def main():`), not a paragraph break.
        if !starts_chain || is_preformatted(dom, parent) {
            continue;
        }
        let siblings = dom.child_list(parent);
        let Some(pos) = siblings.iter().position(|&c| c == br) else {
            continue;
        };
        // Remove the rest of the chain.
        let mut replaced = false;
        let mut i = pos + 1;
        while let Some(next) = next_meaningful(dom, &siblings, i) {
            if dom.tag(siblings[next]) != Tag::Br {
                break;
            }
            replaced = true;
            dom.detach(siblings[next]);
            i = next + 1;
        }
        if !replaced {
            continue;
        }
        changed = true;
        let p = dom.create_html_element(local_name!("p"), Vec::new());
        dom.replace(br, p);
        // The paragraph gathers the phrasing content after it, up to the
        // next chain of `<br>`s.
        let mut next = dom.next_sibling(p);
        while let Some(node) = next {
            let after = dom.next_sibling(node);
            if dom.tag(node) == Tag::Br {
                let mut k = after;
                while let Some(n) = k.filter(|&n| is_skippable(dom, n)) {
                    k = dom.next_sibling(n);
                }
                if k.is_some_and(|k| dom.tag(k) == Tag::Br) {
                    break;
                }
            }
            if !is_phrasing(dom, node) {
                break;
            }
            dom.append(p, node);
            next = after;
        }
        trim_trailing_blanks(dom, p);
        if dom.tag(parent) == Tag::P {
            let div = dom.create_html_element(local_name!("div"), dom.attrs(parent).to_vec());
            dom.move_children(parent, div);
            dom.replace(parent, div);
        }
    }
    changed
}

/// Whether `node` is a `<pre>` or `<textarea>`, or inside
/// one: the walk up is paid only for the rare chains of `<br>`s.
fn is_preformatted(dom: &RawDom, node: RawId) -> bool {
    let mut at = Some(node);
    while let Some(node) = at {
        if matches!(dom.tag(node), Tag::Pre | Tag::Textarea) {
            return true;
        }
        at = dom.parent(node);
    }
    false
}

fn trim_trailing_blanks(dom: &mut RawDom, p: RawId) {
    while let Some(last) = dom.last_child(p).filter(|&l| is_blank(dom, l)) {
        dom.detach(last);
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
    nodes: Vec<RawId>,
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
    fn link_density(&mut self, dom: &RawDom, i: usize) -> f32 {
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
        self.fold(dom, i);
        let text = self.text[i];
        if text.len == 0 {
            0.0
        } else {
            self.link[i] / text.len as f32
        }
    }

    /// Folds the subtree of `i` bottom-up (children last first), unless
    /// a subtree holding it was folded before.
    fn fold(&mut self, dom: &RawDom, i: usize) {
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
                if let (Some(contents), false) = (dom.text(self.nodes[j]), ignored) {
                    self.text[j] = TextMeasure::of(contents).span;
                }
            }
            if tag == Tag::A {
                let weight = if is_hash_link(dom, self.nodes[j]) {
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

fn is_hash_link(dom: &RawDom, node: RawId) -> bool {
    dom.attrs(node).iter().any(|a| {
        a.name.local == local_name!("href") && a.value.starts_with('#') && a.value.len() > 1
    })
}

/// Readability's `div` handling, applied top-down in document order to
/// the tree `walk` walked.
fn normalize_divs(dom: &mut RawDom, walk: Walk, spaces: &mut super::DroppedSpaces) -> usize {
    let mut facts = Facts::new(walk);
    for i in 0..facts.nodes.len() {
        if facts.tags[i] != Tag::Div {
            continue;
        }
        let div = facts.nodes[i];
        if dom.parent(div).is_none() {
            continue;
        }
        space_glued_labels(dom, div);
        let wrapped = wrap_inline_runs(dom, div);
        if let Some(only_p) = single_p_child(dom, div) {
            if facts.link_density(dom, i) < 0.25 {
                // The div becomes its paragraph, keeping the div's identity.
                let attrs = dom.take_attrs(div);
                let p = dom.create_html_element(local_name!("p"), attrs);
                dom.move_children(only_p, p);
                dom.replace(div, p);
                spaces.moved(div, only_p, p);
                continue;
            }
        }
        if !wrapped && !facts.has_block(i) {
            let p = dom.rename(div, local_name!("p"));
            spaces.moved(div, div, p);
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
fn space_glued_labels(dom: &mut RawDom, div: RawId) {
    // Rows of labels are short; a div of many inline children is a
    // paragraph written without `<p>`, whose spans may split words.
    const MAX_CHILDREN: usize = 12;
    let mut children = Vec::new();
    for child in dom.children(div) {
        if children.len() == MAX_CHILDREN {
            return;
        }
        children.push(child);
    }
    if children.len() < 2 {
        return;
    }
    let is_text = |n: RawId| matches!(dom.data(n), RawData::Text(_));
    let mut glued = Vec::new();
    for pair in children.windows(2) {
        let (left, right) = (pair[0], pair[1]);
        let is_element = |n: RawId| matches!(dom.data(n), RawData::Element(_));
        let is_label = |n: RawId| {
            let tag = dom.tag(n);
            tag.is_phrasing() && !tag.is_ignored() && !matches!(tag, Tag::Br | Tag::Img | Tag::Wbr)
        };
        // Loose text among the children: a paragraph, not a row.
        if is_text(left) && !is_whitespace_text(dom, left) {
            return;
        }
        // Elements side by side first (most pairs hold a text node), then
        // their tags. A drop cap ("<span>S</span><span>unshine</span>") is
        // one letter set apart from the rest of its word.
        if is_element(left)
            && is_element(right)
            && is_label(left)
            && is_label(right)
            && last_char(dom, left).is_some_and(ends_word)
            && first_char(dom, right).is_some_and(starts_word)
            && !is_one_letter(dom, left)
        {
            glued.push(right);
        }
    }
    if children
        .last()
        .is_some_and(|&n| is_text(n) && !is_whitespace_text(dom, n))
    {
        return;
    }
    for right in glued {
        let space = dom.create(RawData::Text(html5ever::tendril::StrTendril::from_slice(
            " ",
        )));
        dom.insert_before(right, space);
    }
}

/// Whether the text under `node` (a label, a few nodes deep) is one
/// character.
fn is_one_letter(dom: &RawDom, node: RawId) -> bool {
    const MAX_NODES: usize = 16;
    let mut chars = 0;
    let mut stack = vec![node];
    let mut seen = 0;
    while let Some(n) = stack.pop() {
        seen += 1;
        if seen > MAX_NODES {
            return false;
        }
        if let Some(contents) = dom.text(n) {
            chars += contents.trim().chars().count();
            if chars > 1 {
                return false;
            }
        }
        stack.extend(dom.children(n));
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
fn first_char(dom: &RawDom, node: RawId) -> Option<char> {
    edge_char(dom, node, true)
}

/// The last character of the text under `node`, looking a few nodes deep.
fn last_char(dom: &RawDom, node: RawId) -> Option<char> {
    edge_char(dom, node, false)
}

fn edge_char(dom: &RawDom, node: RawId, first: bool) -> Option<char> {
    // Labels are shallow; a deep subtree is not one.
    const MAX_DEPTH: usize = 6;
    let mut current = node;
    for _ in 0..MAX_DEPTH {
        // A script's or a style sheet's text is not shown.
        let shown = |c: &RawId| !is_skippable(dom, *c) && !ignorable(dom, *c);
        let child = if first {
            dom.children(current).find(shown)
        } else {
            dom.children(current).filter(shown).last()
        };
        match child {
            None => return None,
            Some(c) => match dom.data(c) {
                RawData::Text(text) => {
                    let mut chars = text.chars();
                    let edge = if first {
                        chars.next()
                    } else {
                        chars.next_back()
                    };
                    // A space at the edge: the row is spaced already.
                    return edge.filter(|c| !c.is_whitespace());
                }
                RawData::Element(_) => current = c,
                _ => return None,
            },
        }
    }
    None
}

/// Wraps each run of inline children of `div` in a new `<p>`. Returns
/// whether any paragraph was made.
fn wrap_inline_runs(dom: &mut RawDom, div: RawId) -> bool {
    // Exactly the children that start a run below; most divs have none,
    // and are left without copying their children.
    let starts_run =
        |child: RawId| is_phrasing(dom, child) && !is_blank(dom, child) && !ignorable(dom, child);
    if !dom.children(div).any(starts_run) {
        return false;
    }
    // Each child stays where it is or moves into a new paragraph put in
    // its place.
    let mut current: Option<RawId> = None;
    let mut made = false;
    for child in dom.child_list(div) {
        if is_phrasing(dom, child) || ignorable(dom, child) {
            if let Some(p) = current {
                dom.append(p, child);
            } else if !is_blank(dom, child) && !ignorable(dom, child) {
                let p = dom.create_html_element(local_name!("p"), Vec::new());
                dom.insert_before(child, p);
                dom.append(p, child);
                current = Some(p);
                made = true;
            }
        } else if let Some(p) = current.take() {
            trim_trailing_blanks(dom, p);
        }
    }
    made
}

/// Comments and elements whose content is never shown: they neither start
/// nor break a run of inline content.
fn ignorable(dom: &RawDom, node: RawId) -> bool {
    match dom.data(node) {
        RawData::Element(_) => dom.tag(node).is_ignored(),
        RawData::Text(_) => false,
        _ => true,
    }
}

/// The only `<p>` child of `div` when it has no other element child and no
/// loose text.
fn single_p_child(dom: &RawDom, div: RawId) -> Option<RawId> {
    let mut found: Option<RawId> = None;
    for child in dom.children(div) {
        match dom.data(child) {
            RawData::Element(_) if dom.tag(child).is_ignored() => {}
            RawData::Element(_) => {
                if found.is_some() || dom.tag(child) != Tag::P {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_str;

    fn shape(html: &str) -> String {
        let mut dom = parse_str(html);
        normalize(&mut dom);
        let mut out = String::new();
        let body = dom
            .preorder(RawDom::DOCUMENT)
            .into_iter()
            .find(|&n| dom.tag(n) == Tag::Body)
            .unwrap();
        // Print the element structure of body.
        let mut stack: Vec<(RawId, bool)> = vec![(body, false)];
        while let Some((node, closing)) = stack.pop() {
            match dom.data(node) {
                RawData::Element(element) => {
                    if closing {
                        if dom.tag(node) != Tag::Br {
                            out.push_str(&format!("</{}>", element.name.local));
                        }
                    } else {
                        out.push_str(&format!("<{}>", element.name.local));
                        stack.push((node, true));
                        let children = dom.child_list(node);
                        for &c in children.iter().rev() {
                            stack.push((c, false));
                        }
                    }
                }
                RawData::Text(contents) => out.push_str(contents),
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
