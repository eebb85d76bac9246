//! The tree as the parser builds it, before it is normalised and indexed.
//!
//! Every node lives in one array and names its relatives by position
//! (parent, first and last child, previous and next sibling), so building
//! the tree allocates no node of its own, moving a node is a few index
//! writes, and dropping the tree frees the arrays at once instead of node
//! by node. A node taken out of the tree stays in the arrays, unlinked.
//! Template contents are separate fragments, each under a document node of
//! its own that no other node links to.

use html5ever::tendril::StrTendril;
use html5ever::{Attribute, QualName};

use super::Tag;

/// A node's position in a [`RawDom`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct RawId(u32);

impl RawId {
    /// The position as an index into per-node arrays.
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }
}

/// Marks a missing relative.
const NONE: u32 = u32::MAX;

/// What a node is.
pub(crate) enum RawData {
    /// The document, or the fragment holding a template's contents.
    Document,
    Doctype,
    Text(StrTendril),
    Comment(StrTendril),
    ProcessingInstruction,
    Element(RawElement),
}

impl RawData {
    /// The element, for an element node.
    pub(crate) fn element(&self) -> Option<&RawElement> {
        match self {
            RawData::Element(element) => Some(element),
            _ => None,
        }
    }

    /// The attributes of an element (none for other nodes).
    pub(crate) fn attrs(&self) -> &[Attribute] {
        self.element().map_or(&[], |e| &e.attrs)
    }

    /// The value of an element's attribute, by its local name.
    pub(crate) fn attr(&self, name: &html5ever::LocalName) -> Option<&str> {
        self.attrs()
            .iter()
            .find(|a| a.name.local == *name)
            .map(|a| &*a.value)
    }
}

/// An element's name and attributes.
pub(crate) struct RawElement {
    pub(crate) name: QualName,
    /// The tag `name` reads as, looked up once when the element is made:
    /// the sink, the passes and the index ask for it again and again.
    pub(crate) tag: Tag,
    pub(crate) attrs: Vec<Attribute>,
    /// The fragment holding a `<template>`'s contents.
    pub(crate) template_contents: Option<RawId>,
    /// Whether a MathML `annotation-xml` holds HTML (the parser asks).
    pub(crate) mathml_annotation_xml_integration_point: bool,
}

/// Where a node sits among its relatives.
#[derive(Clone, Copy)]
struct Links {
    parent: u32,
    first_child: u32,
    last_child: u32,
    previous_sibling: u32,
    next_sibling: u32,
}

impl Links {
    const ALONE: Links = Links {
        parent: NONE,
        first_child: NONE,
        last_child: NONE,
        previous_sibling: NONE,
        next_sibling: NONE,
    };
}

fn some(link: u32) -> Option<RawId> {
    (link != NONE).then_some(RawId(link))
}

/// The parsed tree (see the module documentation).
pub(crate) struct RawDom {
    // The shape and the content apart: the walks read the links of every
    // node and the content of few.
    links: Vec<Links>,
    data: Vec<RawData>,
}

impl Default for RawDom {
    fn default() -> Self {
        RawDom::with_capacity(0)
    }
}

impl RawDom {
    /// The document node, root of the tree.
    pub(crate) const DOCUMENT: RawId = RawId(0);

    /// A tree holding only the document node, with room for about `nodes`
    /// nodes.
    pub(crate) fn with_capacity(nodes: usize) -> RawDom {
        let mut links = Vec::with_capacity(nodes.max(1));
        let mut data = Vec::with_capacity(nodes.max(1));
        links.push(Links::ALONE);
        data.push(RawData::Document);
        RawDom { links, data }
    }

    /// Adds a node, outside the tree until it is appended somewhere.
    pub(crate) fn create(&mut self, data: RawData) -> RawId {
        let id = RawId(self.data.len() as u32);
        self.links.push(Links::ALONE);
        self.data.push(data);
        id
    }

    /// A new HTML element with `attrs`, outside the tree.
    pub(crate) fn create_html_element(
        &mut self,
        local: html5ever::LocalName,
        attrs: Vec<Attribute>,
    ) -> RawId {
        let tag = Tag::of(&html5ever::ns!(html), &local);
        self.create(RawData::Element(RawElement {
            name: QualName::new(None, html5ever::ns!(html), local),
            tag,
            attrs,
            template_contents: None,
            mathml_annotation_xml_integration_point: false,
        }))
    }

    pub(crate) fn data(&self, id: RawId) -> &RawData {
        &self.data[id.index()]
    }

    /// Takes a node's content out, leaving an empty document node: for the
    /// index, which moves every node's content once.
    pub(crate) fn take_data(&mut self, id: RawId) -> RawData {
        std::mem::replace(&mut self.data[id.index()], RawData::Document)
    }

    pub(crate) fn element(&self, id: RawId) -> Option<&RawElement> {
        self.data(id).element()
    }

    pub(crate) fn element_mut(&mut self, id: RawId) -> Option<&mut RawElement> {
        match &mut self.data[id.index()] {
            RawData::Element(element) => Some(element),
            _ => None,
        }
    }

    /// The attributes of an element (none for other nodes).
    pub(crate) fn attrs(&self, id: RawId) -> &[Attribute] {
        self.data(id).attrs()
    }

    /// The value of an element's attribute, by its local name.
    pub(crate) fn attr(&self, id: RawId, name: &html5ever::LocalName) -> Option<&str> {
        self.data(id).attr(name)
    }

    /// The content of a text node.
    pub(crate) fn text(&self, id: RawId) -> Option<&StrTendril> {
        match &self.data[id.index()] {
            RawData::Text(text) => Some(text),
            _ => None,
        }
    }

    pub(crate) fn text_mut(&mut self, id: RawId) -> Option<&mut StrTendril> {
        match &mut self.data[id.index()] {
            RawData::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The tag of a node (see [`Tag`]).
    pub(crate) fn tag(&self, id: RawId) -> Tag {
        super::tag_of(self.data(id))
    }

    /// Whether `id` is the HTML element `local`: one name compare instead
    /// of a tag lookup, for walks that look for a single tag.
    pub(crate) fn is_html(&self, id: RawId, local: &html5ever::LocalName) -> bool {
        self.element(id)
            .is_some_and(|e| e.name.ns == html5ever::ns!(html) && e.name.local == *local)
    }

    pub(crate) fn parent(&self, id: RawId) -> Option<RawId> {
        some(self.links[id.index()].parent)
    }

    pub(crate) fn first_child(&self, id: RawId) -> Option<RawId> {
        some(self.links[id.index()].first_child)
    }

    pub(crate) fn last_child(&self, id: RawId) -> Option<RawId> {
        some(self.links[id.index()].last_child)
    }

    pub(crate) fn next_sibling(&self, id: RawId) -> Option<RawId> {
        some(self.links[id.index()].next_sibling)
    }

    pub(crate) fn previous_sibling(&self, id: RawId) -> Option<RawId> {
        some(self.links[id.index()].previous_sibling)
    }

    /// The children of `id`, first to last.
    pub(crate) fn children(&self, id: RawId) -> Children<'_> {
        Children {
            dom: self,
            next: self.links[id.index()].first_child,
        }
    }

    /// The children of `id` as a list, for a pass that changes them while
    /// it looks.
    pub(crate) fn child_list(&self, id: RawId) -> Vec<RawId> {
        self.children(id).collect()
    }

    /// Takes `id` out of its parent's children (nothing if it has no
    /// parent); its own children stay with it.
    pub(crate) fn detach(&mut self, id: RawId) {
        let Links {
            parent,
            previous_sibling,
            next_sibling,
            ..
        } = self.links[id.index()];
        if parent == NONE {
            return;
        }
        match previous_sibling {
            NONE => self.links[parent as usize].first_child = next_sibling,
            p => self.links[p as usize].next_sibling = next_sibling,
        }
        match next_sibling {
            NONE => self.links[parent as usize].last_child = previous_sibling,
            n => self.links[n as usize].previous_sibling = previous_sibling,
        }
        let links = &mut self.links[id.index()];
        links.parent = NONE;
        links.previous_sibling = NONE;
        links.next_sibling = NONE;
    }

    /// Moves `child` to the end of `parent`'s children.
    pub(crate) fn append(&mut self, parent: RawId, child: RawId) {
        self.detach(child);
        let last = self.links[parent.index()].last_child;
        {
            let links = &mut self.links[child.index()];
            links.parent = parent.0;
            links.previous_sibling = last;
        }
        match last {
            NONE => self.links[parent.index()].first_child = child.0,
            l => self.links[l as usize].next_sibling = child.0,
        }
        self.links[parent.index()].last_child = child.0;
    }

    /// Moves `node` right before `sibling`, under `sibling`'s parent;
    /// nothing happens when `sibling` has no parent.
    pub(crate) fn insert_before(&mut self, sibling: RawId, node: RawId) {
        if node == sibling || self.parent(sibling).is_none() {
            return;
        }
        self.detach(node);
        let Links {
            parent,
            previous_sibling,
            ..
        } = self.links[sibling.index()];
        {
            let links = &mut self.links[node.index()];
            links.parent = parent;
            links.previous_sibling = previous_sibling;
            links.next_sibling = sibling.0;
        }
        self.links[sibling.index()].previous_sibling = node.0;
        match previous_sibling {
            NONE => self.links[parent as usize].first_child = node.0,
            p => self.links[p as usize].next_sibling = node.0,
        }
    }

    /// Puts `new` where `old` is, taking `old` out of the tree; nothing
    /// happens when `old` has no parent.
    pub(crate) fn replace(&mut self, old: RawId, new: RawId) {
        if old == new || self.parent(old).is_none() {
            return;
        }
        self.insert_before(old, new);
        self.detach(old);
    }

    /// Takes the attributes of an element (none for other nodes), for a
    /// node that leaves the tree in favour of a new element.
    pub(crate) fn take_attrs(&mut self, id: RawId) -> Vec<Attribute> {
        self.element_mut(id)
            .map(|e| std::mem::take(&mut e.attrs))
            .unwrap_or_default()
    }

    /// Puts a new HTML element `local` where `node` is, with `node`'s
    /// attributes and children, and returns it; `node` leaves the tree.
    pub(crate) fn rename(&mut self, node: RawId, local: html5ever::LocalName) -> RawId {
        let attrs = self.take_attrs(node);
        let element = self.create_html_element(local, attrs);
        self.move_children(node, element);
        self.replace(node, element);
        element
    }

    /// Moves every child of `from` to the end of `to`'s children.
    pub(crate) fn move_children(&mut self, from: RawId, to: RawId) {
        while let Some(child) = self.first_child(from) {
            self.append(to, child);
        }
    }

    /// The nodes under `root`, `root` first, in document order (template
    /// contents left out). The walk follows the links: no stack, however
    /// deep the tree.
    pub(crate) fn preorder(&self, root: RawId) -> Vec<RawId> {
        let mut out = Vec::new();
        self.walk_preorder(root, |id| out.push(id));
        out
    }

    /// Calls `visit` with each node under `root`, `root` first, in
    /// document order.
    pub(crate) fn walk_preorder(&self, root: RawId, mut visit: impl FnMut(RawId)) {
        let mut node = root;
        loop {
            visit(node);
            if let Some(child) = self.first_child(node) {
                node = child;
                continue;
            }
            loop {
                if node == root {
                    return;
                }
                if let Some(next) = self.next_sibling(node) {
                    node = next;
                    break;
                }
                match self.parent(node) {
                    Some(parent) => node = parent,
                    None => return,
                }
            }
        }
    }

    /// Copies the subtree of `root` in `other` into this tree, outside it
    /// until appended; the copy's root is returned. The content moves out
    /// of `other`.
    pub(crate) fn adopt(&mut self, other: &mut RawDom, root: RawId) -> RawId {
        let nodes = other.preorder(root);
        let mut copies: std::collections::HashMap<RawId, RawId> =
            std::collections::HashMap::with_capacity(nodes.len());
        for &node in &nodes {
            let data = match other.take_data(node) {
                // A template's contents stay behind: the copy is inert.
                RawData::Element(mut element) => {
                    element.template_contents = None;
                    RawData::Element(element)
                }
                data => data,
            };
            let copy = self.create(data);
            copies.insert(node, copy);
            if node != root {
                if let Some(parent) = other.parent(node).and_then(|p| copies.get(&p)) {
                    self.append(*parent, copy);
                }
            }
        }
        copies.get(&root).copied().unwrap_or(RawDom::DOCUMENT)
    }
}

/// Iterator over the children of a node; see [`RawDom::children`].
pub(crate) struct Children<'a> {
    dom: &'a RawDom,
    next: u32,
}

impl Iterator for Children<'_> {
    type Item = RawId;
    fn next(&mut self) -> Option<RawId> {
        let id = some(self.next)?;
        self.next = self.dom.links[id.index()].next_sibling;
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(dom: &mut RawDom, s: &str) -> RawId {
        dom.create(RawData::Text(StrTendril::from_slice(s)))
    }

    fn texts(dom: &RawDom, parent: RawId) -> String {
        dom.children(parent)
            .map(|c| dom.text(c).map_or("?".to_string(), |t| t.to_string()))
            .collect()
    }

    #[test]
    fn links_stay_consistent_through_moves() {
        let mut dom = RawDom::default();
        let div = dom.create_html_element(html5ever::local_name!("div"), Vec::new());
        dom.append(RawDom::DOCUMENT, div);
        let (a, b, c) = (
            text(&mut dom, "a"),
            text(&mut dom, "b"),
            text(&mut dom, "c"),
        );
        dom.append(div, a);
        dom.append(div, c);
        dom.insert_before(c, b);
        assert_eq!(texts(&dom, div), "abc");
        dom.detach(b);
        assert_eq!(texts(&dom, div), "ac");
        assert_eq!(dom.parent(b), None);
        dom.replace(a, b);
        assert_eq!(texts(&dom, div), "bc");
        assert_eq!(dom.previous_sibling(c), Some(b));
        let p = dom.create_html_element(html5ever::local_name!("p"), Vec::new());
        dom.append(RawDom::DOCUMENT, p);
        dom.move_children(div, p);
        assert_eq!(dom.first_child(div), None);
        assert_eq!(texts(&dom, p), "bc");
        assert_eq!(dom.last_child(p), Some(c));
        assert_eq!(
            dom.preorder(RawDom::DOCUMENT),
            vec![RawDom::DOCUMENT, div, p, b, c]
        );
    }

    #[test]
    fn moves_around_a_node_without_parent_change_nothing() {
        let mut dom = RawDom::default();
        let (a, b) = (text(&mut dom, "a"), text(&mut dom, "b"));
        // Neither is in the tree: nothing to put `b` beside or in place of.
        dom.insert_before(a, b);
        dom.replace(a, b);
        assert_eq!((dom.parent(a), dom.parent(b)), (None, None));
        assert_eq!(dom.next_sibling(b), None);
        // A node put before itself stays where it is.
        dom.append(RawDom::DOCUMENT, a);
        dom.insert_before(a, a);
        assert_eq!(dom.child_list(RawDom::DOCUMENT), vec![a]);
    }

    #[test]
    fn adopted_subtrees_keep_their_content_and_order() {
        let mut other = RawDom::default();
        let attrs = vec![Attribute {
            name: QualName::new(None, html5ever::ns!(), html5ever::local_name!("src")),
            value: StrTendril::from_slice("x.jpg"),
        }];
        let figure = other.create_html_element(html5ever::local_name!("figure"), Vec::new());
        let img = other.create_html_element(html5ever::local_name!("img"), attrs);
        let caption = text(&mut other, "caption");
        other.append(RawDom::DOCUMENT, figure);
        other.append(figure, img);
        other.append(figure, caption);
        let mut dom = RawDom::default();
        let copy = dom.adopt(&mut other, figure);
        assert_eq!(dom.parent(copy), None);
        let kids = dom.child_list(copy);
        assert_eq!(kids.len(), 2);
        assert_eq!(
            dom.attr(kids[0], &html5ever::local_name!("src")),
            Some("x.jpg")
        );
        assert_eq!(dom.text(kids[1]).map(|t| &**t), Some("caption"));
        assert!(dom.is_html(copy, &html5ever::local_name!("figure")));
    }

    #[test]
    fn deep_trees_walk_without_recursion() {
        let mut dom = RawDom::default();
        let mut parent = RawDom::DOCUMENT;
        for _ in 0..200_000 {
            let b = dom.create_html_element(html5ever::local_name!("b"), Vec::new());
            dom.append(parent, b);
            parent = b;
        }
        assert_eq!(dom.preorder(RawDom::DOCUMENT).len(), 200_001);
        let mut other = RawDom::default();
        let copy = other.adopt(&mut dom, RawId(1));
        assert_eq!(other.preorder(copy).len(), 200_000);
    }
}
