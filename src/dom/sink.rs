//! The tree sink: html5ever builds a [`RawDom`] through it, and it counts and
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
use std::cell::{Cell, Ref, RefCell};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{Attribute, QualName, local_name};

use super::Tag;
use super::raw::{RawData, RawDom, RawElement, RawId};
use crate::error::Limit;
use crate::raw_text::{is_html_space, is_json_ld_type};

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
fn kind_of(data: &RawData) -> Kind {
    match data {
        RawData::Element(RawElement {
            name, tag, attrs, ..
        }) => {
            let tag = *tag;
            let keeps_spaces = matches!(tag, Tag::Pre | Tag::Textarea | Tag::Plaintext | Tag::Xmp)
                || name.local == local_name!("listing")
                || attrs.iter().any(|a| {
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
/// such white space alone; each would be stored, indexed and walked by
/// every pass. The opening white space of other text there goes too, so
/// that where the parser split a run of text (at the end of an input
/// chunk) makes no difference. White space before a block stays (the next
/// sibling is not known yet), and so does any inside preformatted content,
/// which the caller checks last.
fn layout_space_len(text: &str, dom: &RawDom, parent: RawId, last: Option<RawId>) -> usize {
    let lead = text.bytes().take_while(|&b| is_html_space(b)).count();
    if lead == 0 {
        return 0;
    }
    let Some(parent) = dom.element(parent) else {
        return 0;
    };
    let tag = parent.tag;
    let layout = matches!(tag, Tag::Head | Tag::Html)
        || is_layout_block(tag)
            && last.is_none_or(|node| dom.element(node).is_some_and(|e| is_layout_block(e.tag)));
    if layout { lead } else { 0 }
}

/// Whether `node` is a comment that stays out of the tree: nothing reads
/// one but the markers of streamed page segments (`<!--$?-->`,
/// `<!--/$-->`, see `streamed`), and a page's comments are many (one for
/// every ten text nodes over scrapinghub-dev) and split what a reader sees
/// as one run of text (`<a> <!-- -->the dashboard</a>`, as React writes
/// text, read as three paragraphs after a `<br><br>`).
fn is_dropped_comment(data: &RawData) -> bool {
    matches!(data, RawData::Comment(contents)
        if !contents.starts_with('$') && !contents.starts_with("/$"))
}

/// Whether `node` is a script that stays out of the tree: any but JSON-LD
/// (the metadata's structured data), whose body the parse skipped anyway.
fn is_dropped_script(data: &RawData) -> bool {
    let RawData::Element(RawElement { name, attrs, .. }) = data else {
        return false;
    };
    name.local == local_name!("script")
        && name.ns == html5ever::ns!(html)
        && !attrs
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

/// Where the parse left white space out, by the element it followed or
/// opened (see [`layout_space_len`]).
#[derive(Default)]
pub(crate) struct DroppedSpaces {
    /// Marks by node position (none past the end).
    marks: Vec<DroppedSpace>,
}

impl DroppedSpaces {
    /// The marks of `node`.
    pub(crate) fn of(&self, node: RawId) -> DroppedSpace {
        self.marks.get(node.index()).copied().unwrap_or_default()
    }

    /// Moves the marks to `to`, which takes the place of `outer` and the
    /// content of `inner` (the same element, or the one child of `outer`
    /// whose content `to` takes).
    pub(crate) fn moved(&mut self, outer: RawId, inner: RawId, to: RawId) {
        let mark =
            self.of(outer).0 & DroppedSpace::AFTER | self.of(inner).0 & DroppedSpace::AT_START;
        if mark != 0 {
            self.mark(to, mark);
        }
    }

    fn mark(&mut self, node: RawId, mark: u8) {
        let at = node.index();
        if at >= self.marks.len() {
            self.marks.resize(at + 1, DroppedSpace::default());
        }
        self.marks[at].0 |= mark;
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

/// What the tree builder holds of a node: its position alone. The builder
/// copies its handles often (a scope check copies each open element's);
/// a plain number makes those copies free and keeps the builder's code,
/// monomorphised for this handle, small: a handle that carried the
/// element's name (an interned atom, with drop code at every copy) made
/// the tree builder twice as large in the instruction cache, which a page
/// paid for in misses. The name is read from the tree when asked for.
#[derive(Clone, Copy)]
pub(crate) struct SinkHandle {
    id: RawId,
}

impl SinkHandle {
    fn new(id: RawId) -> SinkHandle {
        SinkHandle { id }
    }
}

/// The name answered for a node that is not an element. The tree builder
/// only asks for names of elements; should that change, it reads a
/// harmless one.
static NOT_AN_ELEMENT: QualName = QualName {
    prefix: None,
    ns: html5ever::ns!(html),
    local: local_name!("span"),
};

/// A [`RawDom`] under construction, with counters and limits.
pub(crate) struct LimitedSink {
    dom: RefCell<RawDom>,
    limits: SinkLimits,
    nodes: Cell<usize>,
    /// The depth recorded for each node, by position (none past the end:
    /// the document and nodes not yet placed are at depth zero).
    depths: RefCell<Vec<Depth>>,
    tripped: Cell<Option<(Limit, usize)>>,
    /// Calls that built or closed something: a node, text, an element
    /// popped. The parser makes none while it is inside one tag.
    built: Cell<u64>,
    /// Whether an element names a table with its ARIA role (see `aria`).
    role_tables: Cell<bool>,
    /// White space left out of the tree.
    spaces: RefCell<DroppedSpaces>,
}

impl LimitedSink {
    pub(crate) fn new(limits: SinkLimits) -> Self {
        LimitedSink {
            dom: RefCell::new(RawDom::default()),
            limits,
            nodes: Cell::new(0),
            depths: RefCell::new(Vec::new()),
            tripped: Cell::new(None),
            built: Cell::new(0),
            role_tables: Cell::new(false),
            spaces: RefCell::new(DroppedSpaces::default()),
        }
    }

    /// Makes room for the nodes of a page of `bytes` bytes, so that the
    /// arrays are not copied as they grow: one node per 48 bytes, the
    /// dense end of real pages (most hold one per 100 to 250 bytes once
    /// scripts and style sheets are left out; reserving for fewer cost a
    /// small page 1% of its instructions in copies). Past 64K nodes they
    /// grow as needed: a page that large is rare, and a hostile one may
    /// hold a few nodes in many bytes.
    pub(crate) fn reserve_for(&self, bytes: usize) {
        const MAX_RESERVED: usize = 1 << 16;
        let expected = (bytes / 48).min(MAX_RESERVED);
        let expected = self
            .limits
            .max_nodes
            .map_or(expected, |max| expected.min(max));
        *self.dom.borrow_mut() = RawDom::with_capacity(expected);
        self.depths.borrow_mut().reserve(expected);
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
    pub(crate) fn into_dom(self) -> RawDom {
        self.dom.into_inner()
    }

    /// The finished tree, and where white space was left out of it.
    pub(crate) fn into_parts(self) -> (RawDom, DroppedSpaces) {
        (self.dom.into_inner(), self.spaces.into_inner())
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

    fn create(&self, data: RawData) -> RawId {
        self.dom.borrow_mut().create(data)
    }

    /// The depth recorded for `node`.
    fn depth_of(&self, node: RawId) -> Depth {
        self.depths
            .borrow()
            .get(node.index())
            .copied()
            .unwrap_or_default()
    }

    fn record_depth(&self, node: RawId, depth: Depth) {
        let mut depths = self.depths.borrow_mut();
        let at = node.index();
        if at >= depths.len() {
            depths.resize(at + 1, Depth::default());
        }
        depths[at] = depth;
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

    /// Where a new child of `parent` really goes: `parent` itself, or, when
    /// that would nest deeper than the depth limit, the nearest ancestor that
    /// keeps the child at the limit. Records the child's depth.
    #[inline]
    fn place(&self, dom: &RawDom, parent: RawId, child: RawId) -> RawId {
        let kind = kind_of(dom.data(child));
        let mut depth = self.child_depth(self.depth_of(parent), kind);
        let target = match self.limits.max_depth {
            Some(max) if depth.real > max.max(1) as u32 => {
                let (target, real) = lift(dom, parent, depth.real, max.max(1) as u32);
                depth.real = real;
                target
            }
            _ => parent,
        };
        self.record_depth(child, depth);
        target
    }

    /// Appends text to `parent`, to its last child when that is text.
    fn append_text(&self, parent: RawId, text: StrTendril) {
        let mut dom = self.dom.borrow_mut();
        let last = dom.last_child(parent);
        if let Some(contents) = last.and_then(|l| dom.text_mut(l)) {
            // Consecutive text is often one run of the input buffer, which
            // `push_tendril` extends without copying.
            contents.push_tendril(&text);
            return;
        }
        let mut text = text;
        let layout = layout_space_len(&text, &dom, parent, last);
        if layout > 0 && !self.depth_of(parent).keeps_spaces {
            let mut spaces = self.spaces.borrow_mut();
            match last {
                Some(last) => spaces.mark(last, DroppedSpace::AFTER),
                None => spaces.mark(parent, DroppedSpace::AT_START),
            }
            if layout == text.len() {
                return;
            }
            // Whole ASCII characters: the cut is at a boundary.
            text.pop_front(layout as u32);
        }
        self.count_node();
        let node = dom.create(RawData::Text(text));
        dom.append(parent, node);
    }
}

/// The ancestor of `parent` that takes a child at depth `real` up to
/// `max`, with the child's depth there.
#[cold]
#[inline(never)]
fn lift(dom: &RawDom, parent: RawId, mut real: u32, max: u32) -> (RawId, u32) {
    let mut target = parent;
    while real > max {
        match dom.parent(target) {
            Some(grand) => {
                target = grand;
                real -= 1;
            }
            None => break,
        }
    }
    (target, real)
}

impl TreeSink for LimitedSink {
    type Handle = SinkHandle;
    type Output = Self;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {
        // Parse errors are normal on real pages and never fatal; keeping
        // them would only cost memory.
    }

    fn get_document(&self) -> SinkHandle {
        SinkHandle::new(RawDom::DOCUMENT)
    }

    fn elem_name<'a>(&'a self, target: &'a SinkHandle) -> Ref<'a, QualName> {
        // The builder reads a name and lets it go before it changes the
        // tree, so this borrow never meets one of the sink's own.
        Ref::map(self.dom.borrow(), |dom| {
            dom.element(target.id)
                .map_or(&NOT_AN_ELEMENT, |element| &element.name)
        })
    }

    fn create_element(
        &self,
        name: QualName,
        mut attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> SinkHandle {
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
        let mut dom = self.dom.borrow_mut();
        let template_contents = flags.template.then(|| dom.create(RawData::Document));
        let tag = Tag::of(&name.ns, &name.local);
        let id = dom.create(RawData::Element(RawElement {
            name,
            tag,
            attrs,
            template_contents,
            mathml_annotation_xml_integration_point: flags.mathml_annotation_xml_integration_point,
        }));
        SinkHandle::new(id)
    }

    fn create_comment(&self, text: StrTendril) -> SinkHandle {
        self.build();
        self.count_node();
        SinkHandle::new(self.create(RawData::Comment(text)))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> SinkHandle {
        self.build();
        self.count_node();
        SinkHandle::new(self.create(RawData::ProcessingInstruction))
    }

    fn append(&self, parent: &SinkHandle, child: NodeOrText<SinkHandle>) {
        self.build();
        match child {
            NodeOrText::AppendNode(node) => {
                let mut dom = self.dom.borrow_mut();
                let data = dom.data(node.id);
                if is_dropped_comment(data) || is_dropped_script(data) {
                    return;
                }
                let target = self.place(&dom, parent.id, node.id);
                dom.append(target, node.id);
            }
            NodeOrText::AppendText(text) => self.append_text(parent.id, text),
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &SinkHandle,
        prev_element: &SinkHandle,
        child: NodeOrText<SinkHandle>,
    ) {
        let has_parent = self.dom.borrow().parent(element.id).is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public_id: StrTendril,
        _system_id: StrTendril,
    ) {
        let mut dom = self.dom.borrow_mut();
        let doctype = dom.create(RawData::Doctype);
        dom.append(RawDom::DOCUMENT, doctype);
    }

    fn get_template_contents(&self, target: &SinkHandle) -> SinkHandle {
        let mut dom = self.dom.borrow_mut();
        let contents = dom.element(target.id).and_then(|e| e.template_contents);
        // Only templates are asked for; a fresh fragment is a safe answer.
        SinkHandle::new(contents.unwrap_or_else(|| dom.create(RawData::Document)))
    }

    fn same_node(&self, x: &SinkHandle, y: &SinkHandle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {
        // Nothing reads the quirks mode.
    }

    fn append_before_sibling(&self, sibling: &SinkHandle, new_node: NodeOrText<SinkHandle>) {
        self.build();
        let mut dom = self.dom.borrow_mut();
        // The tree builder promises that the sibling has a parent; a
        // hostile page must not test that promise.
        let Some(parent) = dom.parent(sibling.id) else {
            return;
        };
        let node = match new_node {
            NodeOrText::AppendNode(node) => {
                let child_depth = self.depth_of(parent).child(kind_of(dom.data(node.id)));
                self.record_depth(node.id, child_depth);
                node.id
            }
            NodeOrText::AppendText(text) => {
                let previous = dom.previous_sibling(sibling.id);
                if let Some(contents) = previous.and_then(|p| dom.text_mut(p)) {
                    contents.push_tendril(&text);
                    return;
                }
                self.count_node();
                dom.create(RawData::Text(text))
            }
        };
        dom.insert_before(sibling.id, node);
    }

    fn add_attrs_if_missing(&self, target: &SinkHandle, attrs: Vec<Attribute>) {
        let mut dom = self.dom.borrow_mut();
        if let Some(element) = dom.element_mut(target.id) {
            // Only the names the element had before count: two of the new
            // attributes with one name are both added.
            let existing = element.attrs.len();
            for attr in attrs {
                if !element.attrs[..existing]
                    .iter()
                    .any(|a| a.name == attr.name)
                {
                    element.attrs.push(attr);
                }
            }
        }
    }

    fn pop(&self, _node: &SinkHandle) {
        self.build();
    }

    fn remove_from_parent(&self, target: &SinkHandle) {
        self.dom.borrow_mut().detach(target.id);
    }

    fn reparent_children(&self, node: &SinkHandle, new_parent: &SinkHandle) {
        let mut dom = self.dom.borrow_mut();
        let depth = self.depth_of(new_parent.id);
        while let Some(child) = dom.first_child(node.id) {
            let child_depth = depth.child(kind_of(dom.data(child)));
            self.record_depth(child, child_depth);
            dom.append(new_parent.id, child);
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &SinkHandle) -> bool {
        self.dom
            .borrow()
            .element(handle.id)
            .is_some_and(|e| e.mathml_annotation_xml_integration_point)
    }

    // `maybe_clone_an_option_into_selectedcontent` keeps its default (do
    // nothing): cloning the option's subtree would copy it once for every
    // option, whatever its size.
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::Budget;
    use crate::parse::{Scripting, parse_page};

    /// Tag soup that takes every path of the tree builder that moves or
    /// re-opens elements: foster parenting, misnested formatting
    /// (adoption agency), templates, content after `</head>` and
    /// `</body>`, under depth limits that re-parent content. The tree's
    /// links must stay consistent: every node listed once, under the
    /// parent it names.
    #[test]
    fn tag_soup_builds_consistent_trees() {
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
                    let Ok(parsed) = parse_page(&html, limits, scripting, &Budget::unlimited())
                    else {
                        continue;
                    };
                    let dom = &parsed.dom;
                    let nodes = dom.preorder(RawDom::DOCUMENT);
                    let mut seen = std::collections::HashSet::new();
                    for &node in &nodes {
                        assert!(seen.insert(node), "{html}");
                        for child in dom.children(node) {
                            assert_eq!(dom.parent(child), Some(node), "{html}");
                        }
                        // The tag looked up when the element was made is
                        // its name's, wherever the element went since.
                        if let Some(e) = dom.element(node) {
                            assert_eq!(e.tag, Tag::of(&e.name.ns, &e.name.local), "{html}");
                        }
                    }
                }
            }
        }
    }

    /// The children of the first `name` element of `html`'s tree: element
    /// names, and text quoted.
    fn children_of(html: &str, name: &str) -> Vec<String> {
        let dom = crate::parse::parse_str(html);
        for node in dom.preorder(RawDom::DOCUMENT) {
            if dom.element(node).is_some_and(|e| &*e.name.local == name) {
                return dom
                    .children(node)
                    .map(|c| match dom.data(c) {
                        RawData::Element(e) => format!("<{}>", e.name.local),
                        RawData::Text(contents) => format!("{:?}", &**contents),
                        _ => "?".to_string(),
                    })
                    .collect();
            }
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
