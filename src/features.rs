//! Per-node measures, computed once, bottom-up, in one pass.
//!
//! Every later decision needs facts about a node's whole subtree: how much
//! text, how much of it is link text, how many paragraphs, images, list
//! items... Collecting them per question would make the extractor quadratic
//! in the page. Instead one backwards walk over the document order sees
//! every child before its parent and folds each child's measures into the
//! parent. Nodes marked removed contribute nothing, so the same pass gives
//! the measures of the page as it will be after cleaning.

use html5ever::local_name;

use crate::dom::{Dom, NodeId, Tag};
use crate::text::TextSpan;

/// Counts over the descendants of a node (the node itself excluded), used
/// by the conditional cleaning rules.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Counts {
    pub p: u32,
    pub img: u32,
    pub li: u32,
    pub input: u32,
    /// Form fields a visitor types into or picks from: text-like `input`s,
    /// `select` and `textarea` (not buttons, check boxes or hidden inputs).
    pub controls: u32,
    /// `object`, `embed` and `iframe` that are not allowed video players.
    pub embed: u32,
    /// Allowed video players (see [`Features::videos`]).
    pub video: u32,
    /// Text length inside headings, summed per heading.
    pub heading_len: u32,
    /// Text length inside "textish" elements (`span`, `li`, `td`, blocks),
    /// summed per element as Readability's text density does.
    pub textish_len: u32,
    /// Text length inside `ul` and `ol`, summed per list.
    pub list_len: u32,
    /// Text length inside `blockquote`, summed per quote.
    pub quote_len: u32,
    /// Table rows (`tr`, counting `rowspan`).
    pub rows: u32,
    /// Cells in the widest row.
    pub cols: u32,
    /// Cells (`td`, counting `colspan`) not yet assigned to a row.
    pub cells: u32,
    /// `table` elements.
    pub tables: u32,
    /// Elements that only data tables have (`th`, `thead`, `tfoot`, `col`,
    /// `colgroup`, a non-empty `caption`).
    pub table_markers: u32,
}

/// The measures of every node; see the module docs.
pub(crate) struct Features {
    /// Text of the subtree, node included.
    pub text: Vec<TextSpan>,
    /// Link text of the subtree (hash links weigh 0.3).
    pub link: Vec<f32>,
    /// Commas of every script.
    pub commas: Vec<u32>,
    /// ASCII commas only.
    pub ascii_commas: Vec<u32>,
    pub counts: Vec<Counts>,
    /// Tells allowed video players (see [`crate::patterns::VideoPlayers`]).
    pub videos: crate::patterns::VideoPlayers,
    /// The removal mask each node was last measured under, so that
    /// [`recompute_within`](Self::recompute_within) redoes only what changed.
    measured_removed: Vec<bool>,
    /// What refolding overwrote, when journaling (see
    /// [`start_journal`](Self::start_journal)).
    journal: Option<Journal>,
}

/// The measures of one node, as saved for [`Features::undo`].
type Saved = (TextSpan, f32, u32, u32, Counts);

/// Earlier values, in the order they were overwritten.
#[derive(Clone, Default)]
struct Journal {
    nodes: Vec<(NodeId, Saved)>,
    /// A root and the removal mask its subtree was measured under before.
    masks: Vec<(NodeId, Vec<bool>)>,
}

impl Clone for Features {
    fn clone(&self) -> Features {
        Features {
            text: self.text.clone(),
            link: self.link.clone(),
            commas: self.commas.clone(),
            ascii_commas: self.ascii_commas.clone(),
            counts: self.counts.clone(),
            videos: self.videos.clone(),
            measured_removed: self.measured_removed.clone(),
            journal: self.journal.clone(),
        }
    }

    /// Copies into the buffers `self` already holds: each extraction
    /// attempt starts from the page's measures, and reusing the previous
    /// attempt's buffers spares allocating them all again.
    fn clone_from(&mut self, source: &Features) {
        self.text.clone_from(&source.text);
        self.link.clone_from(&source.link);
        self.commas.clone_from(&source.commas);
        self.ascii_commas.clone_from(&source.ascii_commas);
        self.counts.clone_from(&source.counts);
        // Shared, not copied.
        self.videos.clone_from(&source.videos);
        self.measured_removed.clone_from(&source.measured_removed);
        self.journal.clone_from(&source.journal);
    }
}

impl Features {
    /// From now on, keeps what [`recompute_within`](Self::recompute_within)
    /// overwrites, so that [`undo`](Self::undo) can bring these measures
    /// back: an attempt then works on the page's measures themselves
    /// rather than on a copy of page-long arrays.
    pub(crate) fn start_journal(&mut self) {
        self.journal = Some(Journal::default());
    }

    /// Restores the measures as they were at
    /// [`start_journal`](Self::start_journal), and stops journaling.
    pub(crate) fn undo(&mut self) {
        let Some(journal) = self.journal.take() else {
            return;
        };
        // Newest first, so the oldest value of a node is the one left.
        for (root, mask) in journal.masks.into_iter().rev() {
            if let Some(dst) = self.measured_removed.get_mut(root..root + mask.len()) {
                dst.copy_from_slice(&mask);
            }
        }
        for (id, (text, link, commas, ascii_commas, counts)) in journal.nodes.into_iter().rev() {
            self.text[id] = text;
            self.link[id] = link;
            self.commas[id] = commas;
            self.ascii_commas[id] = ascii_commas;
            self.counts[id] = counts;
        }
    }

    /// A copy of these measures as they were at
    /// [`start_journal`](Self::start_journal).
    pub(crate) fn restored(&self) -> Features {
        let mut f = self.clone();
        f.undo();
        f
    }

    /// Readability's data-table test: a table of data (headers, a caption,
    /// many rows or columns) rather than one laid out for the page.
    pub(crate) fn is_data_table(&self, dom: &Dom, id: NodeId) -> bool {
        if dom.attr(id, &local_name!("role")) == Some("presentation") {
            return false;
        }
        if dom.attr(id, &html5ever::LocalName::from("datatable")) == Some("0") {
            return false;
        }
        if dom
            .attr(id, &local_name!("summary"))
            .is_some_and(|s| !s.is_empty())
        {
            return true;
        }
        let c = self.counts[id];
        if c.table_markers > 0 {
            return true;
        }
        if c.tables > 0 {
            return false;
        }
        if c.rows >= 10 || c.cols > 4 {
            return true;
        }
        c.rows * c.cols > 10
    }

    /// Measures every node of `dom`, skipping subtrees where `removed` is
    /// set, with the default video hosts (the extractor passes its own).
    #[cfg(test)]
    pub(crate) fn compute(dom: &Dom, removed: &[bool]) -> Features {
        Features::compute_with(dom, removed, &crate::patterns::VIDEOS)
    }

    /// Measures every node of `dom`, skipping subtrees where `removed` is
    /// set, telling video players by `videos`.
    pub(crate) fn compute_with(
        dom: &Dom,
        removed: &[bool],
        videos: &crate::patterns::VideoPlayers,
    ) -> Features {
        let n = dom.len();
        let mut f = Features {
            text: vec![TextSpan::default(); n],
            link: vec![0.0; n],
            commas: vec![0; n],
            ascii_commas: vec![0; n],
            counts: vec![Counts::default(); n],
            videos: videos.clone(),
            measured_removed: removed.to_vec(),
            journal: None,
        };
        f.measure_range(dom, removed, 0, n);
        f
    }

    /// Measures the subtrees of `roots` again under a new removal mask, as
    /// if measured from scratch; measures outside the subtrees are left as
    /// they were. A root's whole subtree from the document node measures
    /// the whole page under the new mask.
    ///
    /// Only what changed is redone: a node whose removal changed alters
    /// the measures of its ancestors alone, so each of those is folded
    /// again from its children, deepest first. A cleaning pass removes a
    /// handful of blocks, so this touches a few chains of ancestors rather
    /// than the whole article.
    pub(crate) fn recompute_within(&mut self, dom: &Dom, removed: &[bool], roots: &[NodeId]) {
        // Masks compare this many nodes at a time, as memory: a pass
        // changes a few nodes, and only a chunk holding one is walked.
        const CHUNK: usize = 64;
        // Marks over the roots' ids only: the article's passes call this
        // several times per attempt, and a page-long buffer each time adds up.
        let article = dom.span_of(roots);
        let lo = article.start;
        let mut dirty = vec![false; article.len()];
        // The nodes marked dirty, to refold without walking the subtree.
        let mut marked: Vec<NodeId> = Vec::new();
        let mut children = Vec::new();
        for &root in roots {
            let end = dom.end(root);
            marked.clear();
            let now = removed[root + 1..end].chunks(CHUNK);
            let before = self.measured_removed[root + 1..end].chunks(CHUNK);
            for (c, (now, before)) in now.zip(before).enumerate() {
                if now == before {
                    continue;
                }
                let changed = now.iter().zip(before).enumerate();
                for (i, _) in changed.filter(|(_, (a, b))| a != b) {
                    let id = root + 1 + c * CHUNK + i;
                    // Mark the ancestors up to the root, stopping at one
                    // that is already marked (its own ancestors are, too).
                    let mut up = dom.parent(id);
                    while let Some(a) = up.filter(|&a| a >= root && !dirty[a - lo]) {
                        dirty[a - lo] = true;
                        marked.push(a);
                        up = if a == root { None } else { dom.parent(a) };
                    }
                }
            }
            // Children come after their parent in document order: going
            // backwards finishes every child before its parent.
            marked.sort_unstable_by(|a, b| b.cmp(a));
            for &id in &marked {
                dirty[id - lo] = false;
                self.refold(dom, removed, id, &mut children);
            }
            if let Some(journal) = &mut self.journal {
                let before = self.measured_removed[root..end].to_vec();
                journal.masks.push((root, before));
            }
            self.measured_removed[root..end].copy_from_slice(&removed[root..end]);
        }
    }

    /// Measures `id` again from its children's measures, exactly as
    /// [`measure_range`](Self::measure_range) does: children folded last
    /// first, then the node's own measure.
    fn refold(&mut self, dom: &Dom, removed: &[bool], id: NodeId, children: &mut Vec<NodeId>) {
        if let Some(journal) = &mut self.journal {
            let saved = (
                self.text[id],
                self.link[id],
                self.commas[id],
                self.ascii_commas[id],
                self.counts[id],
            );
            journal.nodes.push((id, saved));
        }
        self.text[id] = TextSpan::default();
        self.link[id] = 0.0;
        self.commas[id] = 0;
        self.ascii_commas[id] = 0;
        self.counts[id] = Counts::default();
        children.clear();
        children.extend(dom.children(id));
        for &child in children.iter().rev() {
            let tag = dom.tag(child);
            if !removed[child] && !tag.is_ignored() {
                self.fold_into(dom, child, tag, id);
            }
        }
        self.measure_own(dom, id, dom.tag(id));
    }

    /// Measures `start..end`, a whole subtree (or the whole document), folding
    /// each node into its parent unless the node is `start`.
    fn measure_range(&mut self, dom: &Dom, removed: &[bool], start: NodeId, end: NodeId) {
        for id in (start..end).rev() {
            let tag = dom.tag(id);
            self.measure_own(dom, id, tag);
            if id == start || removed[id] || tag.is_ignored() {
                continue;
            }
            if let Some(parent) = dom.parent(id) {
                self.fold_into(dom, id, tag, parent);
            }
        }
    }

    /// The node's own share, once its children are folded in: a text
    /// node's measures, a link's link text. Inlined: it runs for every
    /// node of the page, and most do nothing here.
    #[inline(always)]
    fn measure_own(&mut self, dom: &Dom, id: NodeId, tag: Tag) {
        if tag == Tag::Text {
            let m = dom.text_measure(id);
            self.text[id] = m.span;
            self.commas[id] = m.commas;
            self.ascii_commas[id] = m.ascii_commas;
            return;
        }
        if dom.dropped_space(id).at_start() {
            self.text[id] = TextSpan::SPACE.then(self.text[id]);
        }
        if tag == Tag::A {
            let hash = dom.is_in_page_link(id);
            self.link[id] = self.text[id].len as f32 * if hash { 0.3 } else { 1.0 };
        }
    }

    /// Adds a finished child (its subtree and itself) to its parent.
    /// Inlined: it runs for nearly every node of the page.
    #[inline(always)]
    fn fold_into(&mut self, dom: &Dom, child: NodeId, tag: Tag, parent: NodeId) {
        let len = self.text[child].len;
        let mut span = self.text[child];
        if dom.dropped_space(child).after() {
            span = span.then(TextSpan::SPACE);
        }
        self.text[parent] = span.then(self.text[parent]);
        self.link[parent] += self.link[child];
        self.commas[parent] += self.commas[child];
        self.ascii_commas[parent] += self.ascii_commas[child];
        if !tag.is_element() {
            // Text and comments have no counts (their own stay at zero, and
            // they have no children): nothing below would change.
            return;
        }
        let c = self.counts[child];
        // Most elements count nothing of their own and hold nothing
        // counted: folding them would add zeros to all sixteen fields.
        if c == Counts::default() && !counts_itself(tag) {
            return;
        }
        let p = &mut self.counts[parent];
        p.p += c.p + u32::from(tag == Tag::P);
        p.img += c.img + u32::from(tag == Tag::Img);
        p.li += c.li + u32::from(tag == Tag::Li);
        p.input += c.input + u32::from(tag == Tag::Input);
        let control = match tag {
            Tag::Select | Tag::Textarea => true,
            Tag::Input => is_entry_field(dom, child),
            _ => false,
        };
        p.controls += c.controls + u32::from(control);
        p.embed += c.embed;
        p.video += c.video;
        // Summed per element, these grow with depth times text length: a
        // deeply nested page can exceed any integer, so they saturate.
        let own = |counted: bool| if counted { len } else { 0 };
        p.heading_len = (p.heading_len)
            .saturating_add(c.heading_len)
            .saturating_add(own(tag.is_heading()));
        let textish = matches!(tag, Tag::Span | Tag::Li | Tag::Td) || tag.is_div_block();
        p.textish_len = (p.textish_len)
            .saturating_add(c.textish_len)
            .saturating_add(own(textish));
        let list = matches!(tag, Tag::Ul | Tag::Ol);
        p.list_len = (p.list_len)
            .saturating_add(c.list_len)
            .saturating_add(own(list));
        p.quote_len = (p.quote_len)
            .saturating_add(c.quote_len)
            .saturating_add(own(tag == Tag::Blockquote));
        p.tables += c.tables + u32::from(tag == Tag::Table);
        p.table_markers += c.table_markers;
        p.rows = p.rows.saturating_add(c.rows);
        p.cols = p.cols.max(c.cols);
        match tag {
            Tag::Tr => {
                p.rows = p
                    .rows
                    .saturating_add(span_attr(dom, child, local_name!("rowspan")));
                p.cols = p.cols.max(c.cells);
            }
            Tag::Td => {
                let span = span_attr(dom, child, local_name!("colspan"));
                p.cells = p.cells.saturating_add(c.cells).saturating_add(span);
            }
            _ => p.cells = p.cells.saturating_add(c.cells),
        }
        match tag {
            Tag::Object | Tag::Embed | Tag::Iframe => {
                let mut video = false;
                dom.for_each_attr(child, |_, v| video |= self.videos.is_match(v));
                if video {
                    p.video += 1;
                } else {
                    p.embed += 1;
                }
            }
            Tag::Caption if dom.children(child).next().is_some() => p.table_markers += 1,
            Tag::Th | Tag::Thead | Tag::Tfoot | Tag::Col | Tag::Colgroup => p.table_markers += 1,
            _ => {}
        }
    }

    /// Trimmed, collapsed text length of a node.
    pub(crate) fn len(&self, id: NodeId) -> u32 {
        self.text[id].len
    }

    /// Share of a node's text that is link text (hash links count 30%).
    pub(crate) fn link_density(&self, id: NodeId) -> f32 {
        let len = self.text[id].len;
        if len == 0 {
            0.0
        } else {
            self.link[id] / len as f32
        }
    }
}

/// Tags that add to their parent's [`Counts`] by themselves, beyond the
/// counts of their subtree (every tag `fold_into` tests for).
fn counts_itself(tag: Tag) -> bool {
    tag.is_heading()
        || tag.is_div_block()
        || matches!(
            tag,
            Tag::P
                | Tag::Img
                | Tag::Li
                | Tag::Input
                | Tag::Select
                | Tag::Textarea
                | Tag::Span
                | Tag::Td
                | Tag::Ul
                | Tag::Ol
                | Tag::Blockquote
                | Tag::Table
                | Tag::Tr
                | Tag::Object
                | Tag::Embed
                | Tag::Iframe
                | Tag::Caption
                | Tag::Th
                | Tag::Thead
                | Tag::Tfoot
                | Tag::Col
                | Tag::Colgroup
        )
}

/// An `input` a visitor types into (text, e-mail, search...), as opposed to
/// check boxes, radio buttons, buttons and hidden inputs.
fn is_entry_field(dom: &Dom, id: NodeId) -> bool {
    match dom.attr(id, &local_name!("type")) {
        None => true,
        Some(t) => matches!(
            t.trim().to_ascii_lowercase().as_str(),
            "" | "text" | "email" | "search" | "password" | "tel" | "url" | "number" | "date"
        ),
    }
}

/// A positive `rowspan`/`colspan`, capped, or 1.
pub(crate) fn span_attr(dom: &Dom, id: NodeId, name: html5ever::LocalName) -> u32 {
    dom.attr(id, &name)
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|&v| v > 0)
        .map_or(1, |v| v.min(1000))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_str;

    #[test]
    fn measures_fold_up_the_tree() {
        let dom = Dom::index(parse_str(
            "<div id=x><p>Hello, <a href='/a'>world</a>!</p><p>Second <a href='#n'>note</a></p><img></div>",
        ));
        let removed = vec![false; dom.len()];
        let f = Features::compute(&dom, &removed);
        let div = dom.find(Tag::Div).unwrap();
        assert_eq!(f.len(div), "Hello, world!Second note".len() as u32);
        assert_eq!(f.commas[div], 1);
        assert_eq!(f.counts[div].p, 2);
        assert_eq!(f.counts[div].img, 1);
        let expected = (5.0 + 4.0 * 0.3) / 24.0;
        assert!((f.link_density(div) - expected).abs() < 1e-6);
    }

    #[test]
    fn white_space_left_out_of_the_tree_still_parts_words() {
        // Indented blocks: the parse leaves the indentation out, and the
        // measures count it where it was ("aaa bbb ccc").
        let html = "<div>\n  <p>aaa</p>\n  <p>bbb</p>\n  <div>ccc</div>\n</div>";
        let dom = crate::extractor::Extractor::prepared(html);
        let removed = vec![false; dom.len()];
        let f = Features::compute(&dom, &removed);
        let div = dom.find(Tag::Div).unwrap();
        assert!((div + 1..dom.end(div)).all(|n| dom.text(n).is_none_or(|t| !t.trim().is_empty())));
        assert_eq!(f.len(div), 11);
        // The same blocks written without white space measure as one word
        // across each boundary, as they always have.
        let dom =
            crate::extractor::Extractor::prepared("<div><p>aaa</p><p>bbb</p><div>ccc</div></div>");
        let f = Features::compute(&dom, &vec![false; dom.len()]);
        assert_eq!(f.len(dom.find(Tag::Div).unwrap()), 9);
    }

    #[test]
    fn removed_subtrees_count_for_nothing() {
        let dom = Dom::index(parse_str("<div><p>keep this</p><p>drop this</p></div>"));
        let mut removed = vec![false; dom.len()];
        let second = (0..dom.len())
            .filter(|&i| dom.tag(i) == Tag::P)
            .nth(1)
            .unwrap();
        removed[second] = true;
        let mut f = Features::compute(&dom, &removed);
        let div = dom.find(Tag::Div).unwrap();
        assert_eq!(f.len(div), 9);
        assert_eq!(f.counts[div].p, 1);
        let first = dom.children(div).next().unwrap();
        removed[first] = true;
        f.recompute_within(&dom, &removed, &[div]);
        assert_eq!(f.len(div), 0);
    }

    #[test]
    fn updating_measures_equals_measuring_again() {
        let dom = Dom::index(parse_str(
            "<div id=a><p>One, two <a href='/x'>link</a> and <a href='#n'>note</a>.</p>\
             <ul><li>item <b>bold</b></li><li><a href=/y>all link</a></li></ul>\
             <table><tr><td colspan=2>a, b</td><th>h</th></tr><tr><td>c</td></tr></table>\
             <form><input type=text><select></select><input type=checkbox></form>\
             <div><h2>Title</h2><blockquote>quoted, text</blockquote><img>\
             <iframe src='https://www.youtube.com/embed/x'></iframe><iframe src=/ad></iframe>\
             <script>var x = 'a, b';</script><p>  spaced   words  </p></div></div>\
             <section><p>Elsewhere, more</p></section>",
        ));
        let n = dom.len();
        let body = dom.find(Tag::Body).unwrap();
        let div = dom.find(Tag::Div).unwrap();
        let mut removed = vec![false; n];
        let mut f = Features::compute(&dom, &removed);
        // A fixed pseudo-random walk over removal masks, each checked
        // against measuring the page from scratch.
        let mut seed = 7u32;
        for round in 0..60 {
            for _ in 0..3 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let id = (seed >> 8) as usize % n;
                removed[id] = !removed[id];
            }
            let root = [0, body, div][round % 3];
            f.recompute_within(&dom, &removed, &[root]);
            let fresh = Features::compute(&dom, &removed);
            for id in root..dom.end(root) {
                assert_eq!(f.text[id], fresh.text[id], "text of {id}, round {round}");
                assert_eq!(
                    f.link[id].to_bits(),
                    fresh.link[id].to_bits(),
                    "link of {id}"
                );
                assert_eq!(f.commas[id], fresh.commas[id], "commas of {id}");
                assert_eq!(f.ascii_commas[id], fresh.ascii_commas[id]);
                assert_eq!(f.counts[id], fresh.counts[id], "counts of {id}");
            }
            // Outside the root, nothing may change until it is measured.
            if root != 0 {
                f.recompute_within(&dom, &removed, &[0]);
            }
        }
    }

    #[test]
    fn tags_outside_counts_itself_add_nothing_of_their_own() {
        // The fold returns early for a tag `counts_itself` leaves out whose
        // subtree counted nothing; folded in full, with one paragraph below
        // so that it cannot return early, such a tag must add only that.
        let dom = Dom::index(parse_str("<div><span>some words here</span></div>"));
        let (div, span) = (dom.find(Tag::Div).unwrap(), dom.find(Tag::Span).unwrap());
        let below = Counts {
            p: 1,
            ..Counts::default()
        };
        let outside: Vec<Tag> = Tag::NAMED
            .iter()
            .copied()
            .filter(|&t| !counts_itself(t))
            .collect();
        assert!(outside.contains(&Tag::A) && !outside.contains(&Tag::P));
        for tag in outside {
            let mut f = Features::compute(&dom, &vec![false; dom.len()]);
            f.counts[span] = below;
            f.counts[div] = Counts::default();
            f.fold_into(&dom, span, tag, div);
            assert_eq!(f.counts[div], below, "{tag:?} adds to its parent's counts");
        }
    }

    #[test]
    fn undo_restores_the_measures_before_the_journal() {
        let dom = Dom::index(parse_str(
            "<div><p>keep, this <a href=/x>link</a></p><ul><li>drop this</li></ul></div>",
        ));
        let mut removed = vec![false; dom.len()];
        let mut f = Features::compute(&dom, &removed);
        let before = f.clone();
        f.start_journal();
        removed[dom.find(Tag::Ul).unwrap()] = true;
        f.recompute_within(&dom, &removed, &[0]);
        removed[dom.find(Tag::A).unwrap()] = true;
        f.recompute_within(&dom, &removed, &[dom.find(Tag::Div).unwrap()]);
        assert_ne!(f.text, before.text);
        let copy = f.restored();
        f.undo();
        for g in [&f, &copy] {
            assert_eq!(g.text, before.text);
            assert_eq!(g.counts, before.counts);
            assert_eq!(g.commas, before.commas);
            assert_eq!(g.measured_removed, before.measured_removed);
            let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&g.link), bits(&before.link));
        }
    }

    #[test]
    fn table_shape() {
        let dom = Dom::index(parse_str(
            "<table><tr><td>a</td><td colspan=2>b</td></tr><tr><td>c</td></tr></table>",
        ));
        let removed = vec![false; dom.len()];
        let f = Features::compute(&dom, &removed);
        let t = dom.find(Tag::Table).unwrap();
        assert_eq!(f.counts[t].rows, 2);
        assert_eq!(f.counts[t].cols, 3);
        assert_eq!(f.counts[t].tables, 0);
    }
}
