//! The tree sink: html5ever builds an [`RcDom`] through it, and it counts and
//! bounds what is built while the parse runs.
//!
//! html5ever itself caps nothing (see RELIABILITY notes in the README). This
//! sink counts nodes, tracks the depth of every element, re-parents content
//! nested deeper than the configured depth (as browsers do) and records the
//! first limit that fired. The parser driver checks [`LimitedSink::tripped`]
//! between input chunks and stops there.
//!
//! It also leaves out the white space that only lays out the source (the
//! indentation between blocks), noting where it stood so that the text
//! measures and text gathering still part words there
//! ([`DroppedSpaces`]).

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{Attribute, ExpandedName, QualName, local_name};
use markup5ever_rcdom::{Handle, Node, NodeData, RcDom};

use super::Tag;
use crate::error::Limit;
use crate::raw_text::{is_html_space, is_json_ld_type};

/// The name reported if the tree builder ever asks for the name of a
/// non-element.
static NOT_AN_ELEMENT: once_cell::sync::Lazy<QualName> = once_cell::sync::Lazy::new(|| {
    QualName::new(None, html5ever::ns!(html), html5ever::local_name!("span"))
});

/// Limits the sink enforces; `None` disables one.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SinkLimits {
    pub max_nodes: Option<usize>,
    pub max_depth: Option<usize>,
    pub max_open_depth: Option<usize>,
    pub max_attributes: Option<usize>,
}

/// Depth of an element: where it sits in the tree, and how many block
/// elements the parser meant to nest above it (the two differ once content
/// has been re-parented).
///
/// Only block nesting is bounded by the hard stop: html5ever's cost is
/// quadratic in it (every block start tag scans the open elements), while
/// deep inline nesting (`<b><b><b>...`) parses in linear time and is merely
/// flattened.
///
/// The depth record also carries whether the element or one of its
/// ancestors keeps white space as written (see [`Kind`]).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Depth {
    real: u32,
    blocks: u32,
    keeps_spaces: bool,
}

impl Depth {
    /// The depth of a child of this kind under an element of this depth.
    fn child(self, kind: Kind) -> Depth {
        Depth {
            real: self.real.saturating_add(1),
            blocks: self.blocks.saturating_add(u32::from(kind.block)),
            keeps_spaces: self.keeps_spaces || kind.keeps_spaces,
        }
    }
}

/// What the sink reads of a new element.
#[derive(Clone, Copy, Default)]
struct Kind {
    /// Counts towards the block nesting depth.
    block: bool,
    /// May keep the white space of its text as written: `<pre>` and its
    /// kin, or an inline style or a class that speaks of white space
    /// (`white-space: pre-wrap`, `whitespace-pre-line`; one that does not
    /// keep it, `white-space: nowrap`, only keeps what could have gone).
    keeps_spaces: bool,
}

/// What the sink reads of a new node (nothing for a non-element).
fn kind_of(node: &Handle) -> Kind {
    match &node.data {
        NodeData::Element { name, attrs, .. } => {
            let tag = Tag::of(&name.ns, &name.local);
            let keeps_spaces = matches!(tag, Tag::Pre | Tag::Textarea | Tag::Plaintext | Tag::Xmp)
                || name.local == local_name!("listing")
                || attrs.borrow().iter().any(|a| {
                    matches!(a.name.local, local_name!("class") | local_name!("style"))
                        && names_white_space(a.value.as_bytes())
                });
            Kind {
                block: tag.is_block() || tag == Tag::Other,
                keeps_spaces,
            }
        }
        _ => Kind::default(),
    }
}

/// How many bytes of white space opening text appended to `parent` after
/// `last` (its current last child) are layout of the source that no reader
/// sees: the indentation at the start of a block or after a block inside
/// it (browsers drop white space at the start of a line), or any white
/// space in `<head>`. A fifth to a quarter of a page's nodes are text of
/// such white space alone; each would be allocated, indexed, walked by
/// every pass and freed. The opening white space of other text there goes
/// too, so that where the parser split a run of text (at the end of an
/// input chunk) makes no difference. White space before a block stays (the
/// next sibling is not known yet), and so does any inside preformatted
/// content, which the caller checks last.
fn layout_space_len(text: &str, parent: &Handle, last: Option<&Handle>) -> usize {
    let lead = text.bytes().take_while(|&b| is_html_space(b)).count();
    if lead == 0 {
        return 0;
    }
    let NodeData::Element { name, .. } = &parent.data else {
        return 0;
    };
    let tag = Tag::of(&name.ns, &name.local);
    let layout = matches!(tag, Tag::Head | Tag::Html)
        || is_layout_block(tag)
            && last.is_none_or(|node| match &node.data {
                NodeData::Element { name, .. } => is_layout_block(Tag::of(&name.ns, &name.local)),
                _ => false,
            });
    if layout { lead } else { 0 }
}

/// Whether `node` is a comment that stays out of the tree: nothing reads
/// one but the markers of streamed page segments (`<!--$?-->`,
/// `<!--/$-->`, see `streamed`), and a page's comments are many (one for
/// every ten text nodes over scrapinghub-dev) and split what a reader sees
/// as one run of text (`<a> <!-- -->the dashboard</a>`, as React writes
/// text, read as three paragraphs after a `<br><br>`).
fn is_dropped_comment(node: &Handle) -> bool {
    matches!(&node.data, NodeData::Comment { contents }
        if !contents.starts_with('$') && !contents.starts_with("/$"))
}

/// Whether `node` is a script that stays out of the tree: any but JSON-LD
/// (the metadata's structured data), whose body the parse skipped anyway.
fn is_dropped_script(node: &Handle) -> bool {
    let NodeData::Element { name, attrs, .. } = &node.data else {
        return false;
    };
    name.local == local_name!("script")
        && name.ns == html5ever::ns!(html)
        && !attrs
            .borrow()
            .iter()
            .any(|a| a.name.local == local_name!("type") && is_json_ld_type(a.value.as_bytes()))
}

/// Whether a class or style value speaks of white space (`white-space:
/// pre-wrap`, `whitespace-pre-line`, `text--white-space-pre`), in any case
/// of its first letter; one byte search for most values, which hold no
/// `w`.
fn names_white_space(value: &[u8]) -> bool {
    memchr::memchr2_iter(b'w', b'W', value).any(|at| {
        let rest = value.get(at + 1..).unwrap_or_default();
        rest.get(..10)
            .is_some_and(|r| r.eq_ignore_ascii_case(b"hite-space"))
            || rest
                .get(..9)
                .is_some_and(|r| r.eq_ignore_ascii_case(b"hitespace"))
    })
}

/// Blocks that start their content on a line of its own and end it there,
/// whatever the page's style sheet: not unknown elements (inline unless
/// styled), not embedded media, not preformatted blocks.
fn is_layout_block(tag: Tag) -> bool {
    tag.is_block() && !matches!(tag, Tag::Other | Tag::Pre) && !tag.is_embedded_block()
}

/// Hashes a node address; addresses are unique and already well spread
/// (and not chosen by the page).
#[derive(Default)]
pub(super) struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type DepthMap = HashMap<usize, Depth, BuildHasherDefault<AddressHasher>>;

/// Where the parse left white space out, by the element it followed or
/// opened (see [`layout_space_len`]).
#[derive(Default)]
pub(crate) struct DroppedSpaces {
    /// Marks by element address.
    marks: HashMap<usize, DroppedSpace, BuildHasherDefault<AddressHasher>>,
    /// The marked elements, held so that no address is freed and reused
    /// by another node while the marks are read.
    held: Vec<Handle>,
}

impl DroppedSpaces {
    /// The marks of `node`.
    pub(crate) fn of(&self, node: &Handle) -> DroppedSpace {
        if self.marks.is_empty() {
            return DroppedSpace::default();
        }
        self.marks.get(&key(node)).copied().unwrap_or_default()
    }

    /// Moves the marks to `to`, which takes the place of `outer` and the
    /// content of `inner` (the same element, or the one child of `outer`
    /// whose content `to` takes).
    pub(crate) fn moved(&mut self, outer: &Handle, inner: &Handle, to: &Handle) {
        let mark =
            self.of(outer).0 & DroppedSpace::AFTER | self.of(inner).0 & DroppedSpace::AT_START;
        if mark != 0 {
            self.mark(to, mark);
        }
    }

    fn mark(&mut self, node: &Handle, mark: u8) {
        let entry = self.marks.entry(key(node)).or_insert_with(|| {
            self.held.push(node.clone());
            DroppedSpace::default()
        });
        entry.0 |= mark;
    }
}

/// Where the parse left white space out around an element: right after
/// it, or at the start of its content. The text measures count it where it
/// was, so that leaving it out changes no length: a block's words stay
/// apart from the next block's, as they were on the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DroppedSpace(u8);

impl DroppedSpace {
    const AFTER: u8 = 1;
    const AT_START: u8 = 2;

    /// White space followed the element.
    pub(crate) fn after(self) -> bool {
        self.0 & Self::AFTER != 0
    }

    /// White space opened the element's content.
    pub(crate) fn at_start(self) -> bool {
        self.0 & Self::AT_START != 0
    }
}

fn key(node: &Handle) -> usize {
    Rc::as_ptr(node) as usize
}

/// The depths recorded so far, keyed by node address.
///
/// The parent of a new element is nearly always the element the parser
/// most recently opened and has not closed, so the recent entries are kept
/// as a stack (`chain`, the elements last appended, each under the one
/// below it or under an element further down) and searched from the top:
/// when the parent is found there, the entries above it were closed and
/// move to `log` unindexed. Only a parent missing from the chain (template
/// contents, an element re-opened after it was closed) indexes everything
/// into `map`, each entry once. A key is in `chain` and `log` together at
/// most once, and every entry there is newer than the map's for its key:
/// each path that may record a node a second time indexes first.
#[derive(Default)]
struct Depths {
    chain: Vec<(usize, Depth)>,
    log: Vec<(usize, Depth)>,
    map: DepthMap,
}

impl Depths {
    /// The depth of `parent` (not the document), for a new child.
    #[inline]
    fn of_parent(&mut self, parent: usize) -> Depth {
        if let Some(i) = self.chain.iter().rposition(|&(k, _)| k == parent) {
            let depth = self.chain[i].1;
            if i + 1 < self.chain.len() {
                self.log.extend(self.chain.drain(i + 1..));
            }
            return depth;
        }
        self.missed(parent)
    }

    /// [`of_parent`](Self::of_parent) for a parent not on the chain: from
    /// the map, after indexing; the parent then starts the chain, so that
    /// its next children find it there.
    #[cold]
    #[inline(never)]
    fn missed(&mut self, parent: usize) -> Depth {
        self.index();
        match self.map.get(&parent) {
            Some(&depth) => {
                self.chain.push((parent, depth));
                depth
            }
            None => Depth::default(),
        }
    }

    /// Moves every entry into the map. Keys are unique outside the map and
    /// newer than the map's, so the order does not matter.
    #[cold]
    #[inline(never)]
    fn index(&mut self) {
        self.map.reserve(self.chain.len() + self.log.len());
        self.map.extend(self.log.drain(..));
        self.map.extend(self.chain.drain(..));
    }
}

/// An [`RcDom`] wrapped with counters and limits.
pub(crate) struct LimitedSink {
    dom: RcDom,
    limits: SinkLimits,
    nodes: Cell<usize>,
    depths: RefCell<Depths>,
    tripped: Cell<Option<(Limit, usize)>>,
    /// Calls that built or closed something: a node, text, an element
    /// popped. The parser makes none while it is inside one tag.
    built: Cell<u64>,
    /// Whether an element names a table with its ARIA role (see `aria`).
    role_tables: Cell<bool>,
    /// White space left out of the tree.
    spaces: RefCell<DroppedSpaces>,
    /// Every depth recorded, the plain way, to check [`Depths`] against.
    #[cfg(test)]
    reference: RefCell<DepthMap>,
}

impl LimitedSink {
    pub(crate) fn new(limits: SinkLimits) -> Self {
        LimitedSink {
            dom: RcDom::default(),
            limits,
            nodes: Cell::new(0),
            depths: RefCell::new(Depths::default()),
            tripped: Cell::new(None),
            built: Cell::new(0),
            role_tables: Cell::new(false),
            spaces: RefCell::new(DroppedSpaces::default()),
            #[cfg(test)]
            reference: RefCell::new(DepthMap::default()),
        }
    }

    /// Makes room for the elements of a page of `bytes` bytes (about one
    /// per 128 bytes on real pages), so that the table is not rebuilt as
    /// it grows.
    pub(crate) fn reserve_for(&self, bytes: usize) {
        let expected = bytes / 128;
        let expected = self
            .limits
            .max_nodes
            .map_or(expected, |max| expected.min(max));
        self.depths.borrow_mut().log.reserve(expected);
    }

    /// The first limit that fired, with its configured value.
    pub(crate) fn tripped(&self) -> Option<(Limit, usize)> {
        self.tripped.get()
    }

    /// How many times the parser has built or closed something so far;
    /// unchanged over a stretch of input means the tokenizer spent it
    /// inside one tag, comment or doctype (or on markup it ignores).
    pub(crate) fn built(&self) -> u64 {
        self.built.get()
    }

    fn build(&self) {
        self.built.set(self.built.get().wrapping_add(1));
    }

    /// The nodes built so far (elements, text, comments).
    pub(crate) fn nodes(&self) -> usize {
        self.nodes.get()
    }

    /// Whether an element names a table with its ARIA role, for
    /// `normalize_walked`.
    pub(crate) fn saw_role_tables(&self) -> bool {
        self.role_tables.get()
    }

    /// The finished tree.
    pub(crate) fn into_dom(self) -> RcDom {
        self.dom
    }

    /// The finished tree, and where white space was left out of it.
    pub(crate) fn into_parts(self) -> (RcDom, DroppedSpaces) {
        (self.dom, self.spaces.into_inner())
    }

    /// Records white space left out after `last`, or at the start of
    /// `parent` when it has no child yet.
    fn drop_space(&self, parent: &Handle, last: Option<&Handle>) {
        let mut spaces = self.spaces.borrow_mut();
        match last {
            Some(last) => spaces.mark(last, DroppedSpace::AFTER),
            None => spaces.mark(parent, DroppedSpace::AT_START),
        }
    }

    #[cold]
    #[inline(never)]
    fn trip(&self, limit: Limit, value: usize) {
        if self.tripped.get().is_none() {
            self.tripped.set(Some((limit, value)));
        }
    }

    fn count_node(&self) {
        let n = self.nodes.get() + 1;
        self.nodes.set(n);
        if let Some(max) = self.limits.max_nodes {
            if n > max {
                self.trip(Limit::Nodes, max);
            }
        }
    }

    /// Moves every recorded depth into the map, before a path that may
    /// record a node a second time or look one up off the chain.
    #[cold]
    #[inline(never)]
    fn index_depths(&self) -> std::cell::RefMut<'_, Depths> {
        let mut depths = self.depths.borrow_mut();
        depths.index();
        depths
    }

    /// The depth of `node` once indexed (see [`Self::index_depths`]).
    fn indexed_depth_of(&self, depths: &Depths, node: &Handle) -> Depth {
        if Rc::ptr_eq(node, &self.dom.document) {
            return Depth::default();
        }
        let depth = depths.map.get(&key(node)).copied().unwrap_or_default();
        #[cfg(test)]
        assert_eq!(depth, self.reference_depth(node), "indexed depth");
        depth
    }

    /// The depth of `node` as a plain map of every depth recorded says.
    #[cfg(test)]
    fn reference_depth(&self, node: &Handle) -> Depth {
        if Rc::ptr_eq(node, &self.dom.document) {
            return Depth::default();
        }
        let reference = self.reference.borrow();
        reference.get(&key(node)).copied().unwrap_or_default()
    }

    /// The depth of a new child of `parent` (`kind` says what the child
    /// is), checked against the open depth limit.
    #[inline]
    fn child_depth(&self, parent: Depth, kind: Kind) -> Depth {
        let depth = parent.child(kind);
        if let Some(max) = self.limits.max_open_depth {
            if depth.blocks as usize > max {
                self.trip(Limit::Depth, max);
            }
        }
        depth
    }

    /// Whether `parent` or one of its ancestors keeps white space as
    /// written (see [`Kind`]).
    fn keeps_spaces(&self, parent: &Handle) -> bool {
        if Rc::ptr_eq(parent, &self.dom.document) {
            return false;
        }
        let keeps = self.depths.borrow_mut().of_parent(key(parent)).keeps_spaces;
        #[cfg(test)]
        assert_eq!(
            keeps,
            self.reference_depth(parent).keeps_spaces,
            "keeps spaces"
        );
        keeps
    }

    /// Where a new child of `parent` really goes: `parent` itself, or, when
    /// that would nest deeper than the depth limit, the nearest ancestor that
    /// keeps the child at the limit. Records the child's depth.
    #[inline]
    fn place(&self, parent: &Handle, child: &Handle) -> Handle {
        let kind = kind_of(child);
        // A node that has been in the tree may have a depth recorded:
        // indexing keeps the new one from sitting next to the old.
        let moved = {
            let up = child.parent.take();
            let moved = up.is_some();
            child.parent.set(up);
            moved
        };
        let mut depths = if moved {
            self.index_depths()
        } else {
            self.depths.borrow_mut()
        };
        let parent_depth = if Rc::ptr_eq(parent, &self.dom.document) {
            Depth::default()
        } else {
            depths.of_parent(key(parent))
        };
        let mut depth = self.child_depth(parent_depth, kind);
        let target = match self.limits.max_depth {
            Some(max) if depth.real > max.max(1) as u32 => {
                let (target, real) = lift(parent, depth.real, max.max(1) as u32);
                depth.real = real;
                target
            }
            _ => parent.clone(),
        };
        #[cfg(test)]
        {
            let reference = self.reference_depth(parent);
            assert_eq!(parent_depth, reference, "parent depth");
            self.reference.borrow_mut().insert(key(child), depth);
        }
        depths.chain.push((key(child), depth));
        target
    }
}

/// The ancestor of `parent` that takes a child at depth `real` up to
/// `max`, with the child's depth there.
#[cold]
#[inline(never)]
fn lift(parent: &Handle, mut real: u32, max: u32) -> (Handle, u32) {
    let mut target = parent.clone();
    while real > max {
        let up = target.parent.take();
        target.parent.set(up.clone());
        match up.and_then(|weak| weak.upgrade()) {
            Some(grand) => {
                target = grand;
                real -= 1;
            }
            None => break,
        }
    }
    (target, real)
}

/// Takes `node` out of its parent's children, if it has a live parent that
/// lists it; clears its parent pointer in every case.
#[inline]
fn detach(node: &Handle) {
    let parent = node.parent.take().and_then(|weak| weak.upgrade());
    if let Some(parent) = parent {
        parent
            .children
            .borrow_mut()
            .retain(|c| !Rc::ptr_eq(c, node));
    }
}

impl TreeSink for LimitedSink {
    type Handle = Handle;
    type Output = Self;
    type ElemName<'a> = ExpandedName<'a>;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {
        // Parse errors are normal on real pages and never fatal; keeping
        // them would only cost memory.
    }

    fn get_document(&self) -> Handle {
        self.dom.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> ExpandedName<'a> {
        match target.data {
            NodeData::Element { ref name, .. } => name.expanded(),
            // The tree builder only asks for names of elements; answer
            // something harmless rather than panic if that ever changes.
            _ => NOT_AN_ELEMENT.expanded(),
        }
    }

    fn create_element(
        &self,
        name: QualName,
        mut attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> Handle {
        self.build();
        self.count_node();
        if let Some(max) = self.limits.max_attributes {
            if attrs.len() > max {
                self.trip(Limit::Attributes, max);
                attrs.truncate(max);
            }
        }
        // Tables drawn with roles are drawn with divisions: other
        // elements are not asked.
        if name.local == local_name!("div")
            && !self.role_tables.get()
            && attrs
                .iter()
                .any(|a| super::aria::is_table_role(&a.name.local, &a.value))
        {
            self.role_tables.set(true);
        }
        self.dom.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> Handle {
        self.build();
        self.count_node();
        self.dom.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Handle {
        self.build();
        self.count_node();
        self.dom.create_pi(target, data)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.build();
        match child {
            NodeOrText::AppendNode(node) => {
                if is_dropped_comment(&node) || is_dropped_script(&node) {
                    return;
                }
                let target = self.place(parent, &node);
                // rcdom asserts that the node has no parent yet; detach it
                // instead, so that no tree shape can reach that assertion.
                detach(&node);
                node.parent.set(Some(Rc::downgrade(&target)));
                target.children.borrow_mut().push(node);
            }
            NodeOrText::AppendText(text) => {
                // What rcdom does, with one look at the last child instead
                // of two (one here to count, one in rcdom).
                let mut children = parent.children.borrow_mut();
                if let Some(NodeData::Text { contents }) = children.last().map(|n| &n.data) {
                    // Consecutive text is often one run of the input buffer,
                    // which `push_tendril` extends without copying.
                    contents.borrow_mut().push_tendril(&text);
                    return;
                }
                let mut text = text;
                let layout = layout_space_len(&text, parent, children.last());
                if layout > 0 && !self.keeps_spaces(parent) {
                    self.drop_space(parent, children.last());
                    if layout == text.len() {
                        return;
                    }
                    // Whole ASCII characters: the cut is at a boundary.
                    text.pop_front(layout as u32);
                }
                self.count_node();
                let node = Node::new(NodeData::Text {
                    contents: RefCell::new(text),
                });
                node.parent.set(Some(Rc::downgrade(parent)));
                children.push(node);
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let parent = element.parent.take();
        let has_parent = parent.is_some();
        element.parent.set(parent);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.dom
            .append_doctype_to_document(name, public_id, system_id);
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        if let NodeData::Element {
            ref template_contents,
            ..
        } = target.data
        {
            if let Some(contents) = template_contents.borrow().as_ref() {
                return contents.clone();
            }
        }
        // Only templates are asked for; a fresh fragment is a safe answer.
        Node::new(NodeData::Document)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        Rc::ptr_eq(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.dom.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        self.build();
        // rcdom panics when the sibling has no live parent, or the parent
        // does not list it; the tree builder promises neither happens, but a
        // hostile page must not test that promise. So this is done here.
        let parent = sibling.parent.take();
        sibling.parent.set(parent.clone());
        let Some(parent) = parent.and_then(|weak| weak.upgrade()) else {
            return;
        };
        // Foster-parented content goes before a table that is usually the
        // last child, so search from the end.
        let position = |parent: &Handle| {
            parent
                .children
                .borrow()
                .iter()
                .rposition(|c| Rc::ptr_eq(c, sibling))
        };
        let node = match new_node {
            NodeOrText::AppendNode(node) => {
                let mut depths = self.index_depths();
                let depth = self.indexed_depth_of(&depths, &parent);
                let child_depth = depth.child(kind_of(&node));
                depths.map.insert(key(&node), child_depth);
                #[cfg(test)]
                self.reference.borrow_mut().insert(key(&node), child_depth);
                drop(depths);
                detach(&node);
                node
            }
            NodeOrText::AppendText(text) => {
                let Some(i) = position(&parent) else { return };
                let children = parent.children.borrow();
                if let Some(NodeData::Text { contents }) = i
                    .checked_sub(1)
                    .and_then(|p| children.get(p))
                    .map(|n| &n.data)
                {
                    contents.borrow_mut().push_tendril(&text);
                    return;
                }
                self.count_node();
                Node::new(NodeData::Text {
                    contents: RefCell::new(text),
                })
            }
        };
        let Some(i) = position(&parent) else { return };
        node.parent.set(Some(Rc::downgrade(&parent)));
        parent.children.borrow_mut().insert(i, node);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        if let NodeData::Element { .. } = target.data {
            self.dom.add_attrs_if_missing(target, attrs);
        }
    }

    fn pop(&self, _node: &Handle) {
        self.build();
    }

    fn remove_from_parent(&self, target: &Handle) {
        // Re-appended later as a fresh node would be; see `place`.
        drop(self.index_depths());
        // rcdom panics on a parent that is gone or that does not list the
        // node; detaching checks both.
        detach(target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut depths = self.index_depths();
        let depth = self.indexed_depth_of(&depths, new_parent);
        let children = std::mem::take(&mut *node.children.borrow_mut());
        let mut new_children = new_parent.children.borrow_mut();
        for child in children {
            let child_depth = depth.child(kind_of(&child));
            depths.map.insert(key(&child), child_depth);
            #[cfg(test)]
            self.reference.borrow_mut().insert(key(&child), child_depth);
            // rcdom asserts on the old parent pointer; it is simply replaced.
            child.parent.set(Some(Rc::downgrade(new_parent)));
            new_children.push(child);
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        match handle.data {
            NodeData::Element {
                mathml_annotation_xml_integration_point,
                ..
            } => mathml_annotation_xml_integration_point,
            _ => false,
        }
    }

    // `maybe_clone_an_option_into_selectedcontent` keeps its default (do
    // nothing): rcdom's version clones the option's subtree recursively,
    // which a deeply nested option would turn into a stack overflow.
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::Budget;
    use crate::parse::{Scripting, parse_page};

    /// Tag soup that takes every path of the tree builder that moves or
    /// re-opens elements: foster parenting, misnested formatting
    /// (adoption agency), templates, content after `</head>` and
    /// `</body>`. `place` and the indexed paths check each depth they read
    /// against a plain map of every depth recorded.
    #[test]
    fn depths_agree_with_a_plain_map() {
        const PIECES: &[&str] = &[
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<b>",
            "</b>",
            "<i>",
            "</i>",
            "<a href=x>",
            "</a>",
            "<table>",
            "</table>",
            "<tr>",
            "<td>",
            "</td>",
            "<template>",
            "</template>",
            "</head>",
            "<meta charset=x>",
            "<body>",
            "</body>",
            "</html>",
            "<!--c-->",
            "text",
            "<span>",
            "</span>",
            "<ul><li>",
            "<select><option>",
            "<svg><g>",
            "</svg>",
            "<br>",
            "<frameset>",
            "<noscript>",
            "</noscript>",
            "<h1>",
            "<form>",
            "</form>",
            "<nobr>",
            // White space (left out after blocks, kept in preformatted
            // content, whose depth record is read for it).
            " ",
            "\n  ",
            "<pre>",
            "</pre>",
            "<div style=white-space:pre-wrap>",
        ];
        let mut rng = crate::testing::Xorshift::new(0x1234_5678);
        for case in 0..3000 {
            let html: String = (0..1 + case % 80).map(|_| rng.pick(PIECES)).collect();
            for max_depth in [Some(3), Some(8), None] {
                let limits = SinkLimits {
                    max_nodes: None,
                    max_depth,
                    max_open_depth: Some(12),
                    max_attributes: None,
                };
                for scripting in [Scripting::Enabled, Scripting::Disabled] {
                    let _ = parse_page(&html, limits, scripting, &Budget::unlimited());
                }
            }
        }
    }

    /// The children of the first `name` element of `html`'s tree: element
    /// names, and text quoted.
    fn children_of(html: &str, name: &str) -> Vec<String> {
        let dom = crate::parse::parse_str(html);
        let mut stack = vec![dom.document.clone()];
        while let Some(node) = stack.pop() {
            if matches!(&node.data, NodeData::Element { name: n, .. } if &*n.local == name) {
                return node
                    .children
                    .borrow()
                    .iter()
                    .map(|c| match &c.data {
                        NodeData::Element { name, .. } => format!("<{}>", name.local),
                        NodeData::Text { contents } => format!("{:?}", &**contents.borrow()),
                        _ => "?".to_string(),
                    })
                    .collect();
            }
            stack.extend(node.children.borrow().iter().rev().cloned());
        }
        panic!("no <{name}> in {html}");
    }

    #[test]
    fn layout_white_space_is_left_out_of_the_tree() {
        // Indentation around blocks, and at the start of one.
        assert_eq!(
            children_of("<div>\n  <p>a</p>\n  <p>b</p>\n</div>", "div"),
            ["<p>", "<p>"]
        );
        // Text after a block loses only its indentation.
        assert_eq!(
            children_of("<div><p>a</p>\n   b <i>c</i></div>", "div"),
            ["<p>", "\"b \"", "<i>"]
        );
        assert_eq!(children_of("<li>\n  <a>x</a></li>", "li"), ["<a>"]);
        // Between inline elements white space parts two words.
        assert_eq!(
            children_of("<p><b>a</b> <i>b</i></p>", "p"),
            ["<b>", "\" \"", "<i>"]
        );
        // Before a block it stays: the next sibling is not known yet.
        assert_eq!(
            children_of("<div><span>a</span>\n<p>b</p></div>", "div"),
            ["<span>", "\"\\n\"", "<p>"]
        );
        // An unknown element is inline unless the page styles it.
        assert_eq!(
            children_of("<div><x-card>a</x-card>\n<x-card>b</x-card></div>", "div"),
            ["<x-card>", "\"\\n\"", "<x-card>"]
        );
        // A class that only happens to hold "pre" says nothing of it.
        assert_eq!(
            children_of(
                "<div class=\"presentation\"><p>a</p>\n<p>b</p></div>",
                "div"
            ),
            ["<p>", "<p>"]
        );
        // The head's white space goes whole.
        assert_eq!(
            children_of(
                "<html><head>\n  <title>t</title>\n  <meta charset=utf-8>\n</head></html>",
                "head"
            ),
            ["<title>", "<meta>"]
        );
    }

    #[test]
    fn scripts_stay_out_of_the_tree_but_json_ld() {
        let kids = children_of(
            "<div><script>track()</script><script type=\"application/LD+JSON\">{}</script><p>a</p></div>",
            "div",
        );
        assert_eq!(kids, ["<script>", "<p>"]);
        let kept = children_of(
            "<div><script type=\"application/ld+json\">{\"@type\": \"Article\"}</script></div>",
            "script",
        );
        assert_eq!(kept, ["\"{\\\"@type\\\": \\\"Article\\\"}\""]);
    }

    #[test]
    fn comments_stay_out_of_the_tree_but_streaming_markers() {
        assert_eq!(
            children_of(
                "<p>on <a href=x> <!-- -->the dashboard</a><!-- c --></p>",
                "a"
            ),
            ["\" the dashboard\""]
        );
        let streamed = children_of(
            "<div><!--$?--><template id=B:0></template><!--/$--></div>",
            "div",
        );
        assert_eq!(streamed, ["?", "<template>", "?"]);
    }

    #[test]
    fn preformatted_content_keeps_its_white_space() {
        assert_eq!(
            children_of("<pre><div>a</div>\n<div>b</div></pre>", "pre"),
            ["<div>", "\"\\n\"", "<div>"]
        );
        // Also in a block deeper inside.
        assert_eq!(
            children_of("<pre><code><div>\n  a</div></code></pre>", "div"),
            ["\"\\n  a\""]
        );
        // And in elements styled to keep it, inline or by a utility class.
        assert_eq!(
            children_of(
                "<div style=\"white-space: pre-wrap\"><p>a</p>\n  b</div>",
                "div"
            ),
            ["<p>", "\"\\n  b\""]
        );
        assert_eq!(
            children_of("<div class=\"whitespace-pre-line\"><p>a</p>\n</div>", "div"),
            ["<p>", "\"\\n\""]
        );
        assert_eq!(
            children_of("<textarea>\n\n  x</textarea>", "textarea"),
            ["\"\\n  x\""]
        );
    }
}
