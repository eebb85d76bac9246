//! The document tree.
//!
//! The parser builds a [`RawDom`] (see `raw`): an arena of nodes linked by
//! position, which the passes before the index rearrange. After parsing
//! (and the structural clean-up of [`normalize_walked`]), the tree is
//! frozen and indexed: [`Dom`] holds every node in document order
//! (preorder), each with its [`Tag`], its parent and the end of its subtree.
//! A node's descendants are exactly the ids `id + 1 .. end(id)`, so every
//! later stage walks the tree with plain loops over index ranges: no
//! recursion, no pointer chasing, and per-node facts live in side tables
//! (`Vec`s indexed by [`NodeId`]), never in the tree.

mod amp;
pub(crate) mod aria;
mod normalize;
pub(crate) mod noscript;
mod raw;
pub(crate) mod selectors;
mod shadow;
mod sink;
mod streamed;
mod tag;

use html5ever::LocalName;

use crate::text::TextMeasure;

#[cfg(test)]
pub(crate) use normalize::normalize;
pub(crate) use normalize::normalize_walked;
pub(crate) use raw::{RawData, RawDom, RawElement, RawId};
pub(crate) use sink::{DroppedSpace, DroppedSpaces, LimitedSink, SinkLimits};
pub(crate) use streamed::segment_id_name;
pub(crate) use tag::Tag;
pub(crate) use tag::build_table as build_tag_table;

/// Index of a node in [`Dom`]'s document order.
pub(crate) type NodeId = usize;

/// Marks "no parent" for the document node.
const NO_PARENT: u32 = u32::MAX;

/// Where a node sits: its parent and the end of its subtree.
#[derive(Clone, Copy)]
struct Shape {
    parent: u32,
    end: u32,
}

/// A parsed, frozen, indexed document.
///
/// The index owns the nodes: indexing moves each node's content out of the
/// raw tree into the index, in document order (its parent and `end` say
/// all the shape there is), and the raw tree's arrays are freed. Nothing
/// is cloned to index a node.
pub(crate) struct Dom {
    // One array per fact rather than one array of records: most passes
    // read one fact of every node (the tags, the shape), and an array of
    // one-byte tags is read from a few cache lines where the records would
    // drag every node's content and measures through the cache.
    /// Each node's content (name and attributes, or text).
    data: Vec<RawData>,
    tags: Vec<Tag>,
    shapes: Vec<Shape>,
    /// The measures of each text node, taken once here (default otherwise).
    texts: Vec<TextMeasure>,
    /// Where the parse left layout white space out around each element.
    spaces: Vec<DroppedSpace>,
    /// What the caller's selectors did before the index was built.
    selectors: selectors::SelectorReport,
}

impl Dom {
    /// Indexes the tree in document order. Template contents, which the
    /// parser keeps outside the tree, are not part of the index.
    #[cfg(test)]
    pub(crate) fn index(raw: RawDom) -> Dom {
        Dom::index_sized(raw, 0, &DroppedSpaces::default())
    }

    /// Indexes the tree in document order, its arrays allocated once for
    /// about `nodes` nodes. Template contents, which the parser keeps
    /// outside the tree, are not part of the index. Text nodes are
    /// measured here, each once. `spaces` says where the parse left white
    /// space out (see [`DroppedSpace`]).
    pub(crate) fn index_sized(mut raw: RawDom, nodes: usize, spaces: &DroppedSpaces) -> Dom {
        let capacity = nodes + nodes / 8;
        let mut data: Vec<RawData> = Vec::with_capacity(capacity);
        let mut tags: Vec<Tag> = Vec::with_capacity(capacity);
        let mut shapes: Vec<Shape> = Vec::with_capacity(capacity);
        let mut texts: Vec<TextMeasure> = Vec::with_capacity(capacity);
        let mut dropped: Vec<DroppedSpace> = Vec::with_capacity(capacity);
        // The raw tree's links give document order: down to the first
        // child, else on to the next sibling of the nearest node that has
        // one, closing each node passed on the way up. `open` holds the
        // ids of the nodes whose `end` is not yet known (the ancestors).
        let mut open: Vec<usize> = Vec::new();
        let mut node = RawDom::DOCUMENT;
        loop {
            let id = data.len();
            let parent = open.last().map_or(NO_PARENT, |&p| p as u32);
            let content = raw.take_data(node);
            let tag = tag_of(&content);
            // Script, style and other raw text never reaches the article:
            // it is often most of the page's bytes, so it is not measured.
            let text = match &content {
                RawData::Text(contents) if !parent_ignored(&tags, parent) => {
                    TextMeasure::of(contents)
                }
                _ => TextMeasure::default(),
            };
            let space = match &content {
                RawData::Element(_) => spaces.of(node),
                _ => DroppedSpace::default(),
            };
            data.push(content);
            tags.push(tag);
            shapes.push(Shape { parent, end: 0 });
            texts.push(text);
            dropped.push(space);
            if let Some(child) = raw.first_child(node) {
                open.push(id);
                node = child;
                continue;
            }
            // A leaf: its subtree ends right after it.
            shapes[id].end = id as u32 + 1;
            let next = loop {
                if let Some(next) = raw.next_sibling(node) {
                    break Some(next);
                }
                match (raw.parent(node), open.pop()) {
                    (Some(parent), Some(closed)) => {
                        shapes[closed].end = data.len() as u32;
                        node = parent;
                    }
                    _ => break None,
                }
            };
            match next {
                Some(next) if !open.is_empty() => node = next,
                _ => break,
            }
        }
        let total = data.len() as u32;
        for id in open {
            shapes[id].end = total;
        }
        let mut dom = Dom {
            data,
            tags,
            shapes,
            texts,
            spaces: dropped,
            selectors: selectors::SelectorReport::default(),
        };
        dom.unmask_question_buttons();
        dom
    }

    /// Reads a button that asks a question as text: the title of an FAQ
    /// entry, which accessible accordions write as a `<button>` that opens
    /// the answer. A button that is all of a heading's text is a section's
    /// title the same way (the ARIA accordion, `<h3><button>Fees</button>`).
    /// Other buttons are controls and stay out of the article.
    fn unmask_question_buttons(&mut self) {
        const MIN_WORDS: usize = 3;
        const MAX_CHARS: usize = 300;
        for id in 0..self.tags.len() {
            if self.tags[id] != Tag::Button {
                continue;
            }
            let end = self.end(id);
            let mut text = String::new();
            for n in id + 1..end {
                if let Some(t) = self.text(n) {
                    text.push_str(t);
                    text.push(' ');
                }
                if text.len() > MAX_CHARS {
                    break;
                }
            }
            let text = text.trim();
            let asks = text.ends_with('?') || text.ends_with('？');
            if (asks && text.len() <= MAX_CHARS && text.split_whitespace().count() >= MIN_WORDS)
                || (!text.is_empty() && self.is_all_of_heading(id))
            {
                self.tags[id] = Tag::Span;
            }
        }
    }

    /// Whether `id`'s parent is a heading whose text is all inside `id`.
    fn is_all_of_heading(&self, id: NodeId) -> bool {
        let Some(heading) = self.parent(id).filter(|&p| self.tags[p].is_heading()) else {
            return false;
        };
        (heading + 1..self.end(heading))
            .filter(|&n| n < id || n >= self.end(id))
            .all(|n| self.text(n).is_none_or(|t| t.trim().is_empty()))
    }

    /// Records what the caller's selectors did to the tree.
    pub(crate) fn set_selector_report(&mut self, report: selectors::SelectorReport) {
        self.selectors = report;
    }

    /// What the caller's selectors did to the tree.
    pub(crate) fn selector_report(&self) -> selectors::SelectorReport {
        self.selectors
    }

    /// Where the parse left layout white space out around `id`.
    pub(crate) fn dropped_space(&self, id: NodeId) -> DroppedSpace {
        self.spaces[id]
    }

    /// Number of nodes, the document node included.
    pub(crate) fn len(&self) -> usize {
        self.tags.len()
    }

    pub(crate) fn tag(&self, id: NodeId) -> Tag {
        self.tags[id]
    }

    pub(crate) fn parent(&self, id: NodeId) -> Option<NodeId> {
        let p = self.shapes[id].parent;
        (p != NO_PARENT).then_some(p as usize)
    }

    /// One past the last descendant of `id`.
    pub(crate) fn end(&self, id: NodeId) -> NodeId {
        self.shapes[id].end as usize
    }

    /// The ids the subtrees of `roots` cover, from the first root to the
    /// end of the last (empty without roots): the range a side table over
    /// an article needs, rather than the whole page's.
    pub(crate) fn span_of(&self, roots: &[NodeId]) -> std::ops::Range<NodeId> {
        let lo = roots.iter().copied().min().unwrap_or(0);
        let hi = roots.iter().map(|&r| self.end(r)).max().unwrap_or(lo);
        lo..hi.max(lo)
    }

    /// Writes the canonical name tokens of the element's class and id into
    /// `out` (see [`crate::patterns::class_tokens`]), borrowing the values
    /// rather than copying them.
    pub(crate) fn name_tokens(&self, id: NodeId, out: &mut String) {
        let class = self.attr(id, &html5ever::local_name!("class"));
        let ident = self.attr(id, &html5ever::local_name!("id"));
        crate::patterns::class_tokens(class.unwrap_or(""), ident.unwrap_or(""), out);
    }

    /// Whether the element's class or id holds one of `words`, ignoring
    /// ASCII case: the cheap test before its tokens are read.
    pub(crate) fn names_hold(&self, id: NodeId, words: &crate::patterns::Needles) -> bool {
        [
            html5ever::local_name!("class"),
            html5ever::local_name!("id"),
        ]
        .iter()
        .any(|name| {
            self.attr(id, name)
                .is_some_and(|v| crate::patterns::holds_ignoring_ascii_case(v, words))
        })
    }

    /// Whether `id` is part of an article: inside an `<article>` or an
    /// element typed as a schema.org article (`itemtype=".../NewsArticle"`,
    /// `BlogPosting`), with no aside, navigation or main region between
    /// (the article's sections are its parts). An article's own `<header>`
    /// and `<footer>` hold its headline, date and author; the page's hold
    /// the site's.
    pub(crate) fn is_articles_own(&self, id: NodeId) -> bool {
        self.nearest_landmark(id)
            .is_some_and(|a| self.tag(a) == Tag::Article || self.is_typed_article(a))
    }

    /// Whether `id` is part of the page's main region: its nearest
    /// landmark is a `<main>` or an element with `role="main"`.
    pub(crate) fn is_main_regions_own(&self, id: NodeId) -> bool {
        self.nearest_landmark(id)
            .is_some_and(|a| self.tag(a) == Tag::Main || self.is_role_main(a))
    }

    /// The nearest ancestor of `id` that is a landmark: an article (by tag
    /// or schema.org type), an aside, a navigation, the main region (by
    /// tag or role) or the body.
    fn nearest_landmark(&self, id: NodeId) -> Option<NodeId> {
        self.ancestors(id).find(|&a| {
            matches!(
                self.tag(a),
                Tag::Article | Tag::Aside | Tag::Nav | Tag::Main | Tag::Body
            ) || self.is_typed_article(a)
                || self.is_role_main(a)
        })
    }

    fn is_role_main(&self, id: NodeId) -> bool {
        self.tag(id).is_element()
            && self
                .attr(id, &html5ever::local_name!("role"))
                .is_some_and(|r| r.trim().eq_ignore_ascii_case("main"))
    }

    /// Whether the element's microdata type is a schema.org article
    /// (`Article`, `NewsArticle`, `TechArticle`, `BlogPosting`...).
    fn is_typed_article(&self, id: NodeId) -> bool {
        self.tag(id).is_element()
            && self
                .attr(id, &html5ever::local_name!("itemtype"))
                .is_some_and(|types| {
                    types.split_ascii_whitespace().any(|t| {
                        let name = t.trim_end_matches('/').rsplit('/').next().unwrap_or("");
                        name.ends_with("Article") || name == "BlogPosting"
                    })
                })
    }

    /// Whether `node` is `ancestor` or one of its descendants.
    pub(crate) fn contains(&self, ancestor: NodeId, node: NodeId) -> bool {
        node >= ancestor && node < self.end(ancestor)
    }

    /// The first element among the siblings from `from` on, before `end`
    /// (the end of their parent): text between elements is skipped.
    pub(crate) fn next_element(&self, from: NodeId, end: NodeId) -> Option<NodeId> {
        let mut next = from;
        while next < end && !self.tag(next).is_element() {
            next = self.end(next);
        }
        (next < end).then_some(next)
    }

    /// The element after `id` under the same parent.
    pub(crate) fn next_element_sibling(&self, id: NodeId) -> Option<NodeId> {
        self.next_element(self.end(id), self.end(self.parent(id)?))
    }

    /// The node right before `id` under the same parent, found from the
    /// node before it in document order (the sibling itself or its last
    /// descendant) in as many steps as the tree is deep there.
    pub(crate) fn previous_sibling(&self, id: NodeId) -> Option<NodeId> {
        let parent = self.parent(id)?;
        let mut node = id.checked_sub(1)?;
        while node != parent {
            match self.parent(node) {
                Some(p) if p == parent => return Some(node),
                Some(p) => node = p,
                None => return None,
            }
        }
        None
    }

    /// The element before `id` under the same parent, passing over at most
    /// a few text and comment nodes between.
    pub(crate) fn previous_element_sibling(&self, id: NodeId) -> Option<NodeId> {
        const MAX_SKIPPED: usize = 8;
        let mut node = self.previous_sibling(id)?;
        for _ in 0..MAX_SKIPPED {
            if self.tag(node).is_element() {
                return Some(node);
            }
            node = self.previous_sibling(node)?;
        }
        None
    }

    /// The direct children of `id`, in document order.
    pub(crate) fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: id + 1,
            end: self.end(id),
        }
    }

    /// Ancestors of `id`, nearest first, without `id` itself.
    pub(crate) fn ancestors(&self, id: NodeId) -> Ancestors<'_> {
        Ancestors {
            dom: self,
            next: self.parent(id),
        }
    }

    /// The nearest ancestor of `id` with `tag`, at most `levels` up: what
    /// wraps an element nearby, found without walking a hostile page's
    /// depth.
    pub(crate) fn ancestor_within(&self, id: NodeId, tag: Tag, levels: usize) -> Option<NodeId> {
        self.ancestors(id)
            .take(levels)
            .find(|&a| self.tag(a) == tag)
    }

    /// Whether the class of `id` names a caption (`wp-caption-text`,
    /// `image-caption`...), in any case.
    pub(crate) fn class_names_caption(&self, id: NodeId) -> bool {
        self.class_holds(id, b"caption")
    }

    /// Whether the class of `id` holds `word` anywhere (ASCII, any case):
    /// `image-credit` and `photoCredit` hold "credit". A class name that
    /// negates the word (`no-caption`, `no_caption`, `hasNoCaption`,
    /// `without-credit`) says the element is not one, as the class
    /// tokens' own negations do.
    pub(crate) fn class_holds(&self, id: NodeId, word: &[u8]) -> bool {
        self.attr(id, &html5ever::local_name!("class"))
            .is_some_and(|c| {
                let bytes = c.as_bytes();
                bytes
                    .windows(word.len())
                    .enumerate()
                    .any(|(at, w)| w.eq_ignore_ascii_case(word) && !is_negated_at(bytes, at))
            })
    }

    /// Whether an element sits in a small box with an image, as a caption
    /// written in a `span` does. Design systems also call small print with
    /// no image near a "caption" (`stat-caption` under a figure, a rating's
    /// caption); blocks so named are captions by the text writer's
    /// `is_caption` alone.
    pub(crate) fn is_beside_an_image(&self, id: NodeId) -> bool {
        const MAX_BOX_NODES: usize = 64;
        self.ancestors(id).take(2).any(|a| {
            let end = self.end(a);
            end - a <= MAX_BOX_NODES
                && (a + 1..end).any(|d| matches!(self.tag(d), Tag::Img | Tag::Picture | Tag::Video))
        })
    }

    /// The value of an attribute, by its local name. The script data and
    /// event handlers of plain elements (`data-*`, `on*`) are not in the
    /// tree (see `raw_text`): a stage that reads one adds it there.
    pub(crate) fn attr(&self, id: NodeId, name: &LocalName) -> Option<&str> {
        self.data[id].attr(name)
    }

    /// The name of a custom element (`related-articles`, `cookie-banner`):
    /// an HTML element whose name holds a hyphen.
    pub(crate) fn custom_element_name(&self, id: NodeId) -> Option<&str> {
        match &self.data[id] {
            RawData::Element(RawElement { name, .. })
                if name.ns == html5ever::ns!(html) && name.local.contains('-') =>
            {
                Some(&name.local)
            }
            _ => None,
        }
    }

    /// Whether `id` is a link (`<a>`) with an address: an anchor without
    /// one is a script's control or an accordion's title, leading nowhere.
    pub(crate) fn is_addressed_link(&self, id: NodeId) -> bool {
        self.tags[id] == Tag::A && self.attr(id, &html5ever::local_name!("href")).is_some()
    }

    /// Whether `id` holds links (`<a>`) and every one of them is `ok`.
    pub(crate) fn every_link(&self, id: NodeId, ok: impl Fn(NodeId) -> bool) -> bool {
        let mut links = (id + 1..self.end(id))
            .filter(|&d| self.tags[d] == Tag::A)
            .peekable();
        links.peek().is_some() && links.all(ok)
    }

    /// Whether `id` is a link whose address names a file with one of
    /// `extensions`, ASCII case ignored (`/files/Report.PDF?dl=1`).
    pub(crate) fn links_to_file(&self, id: NodeId, extensions: &[&str]) -> bool {
        self.tags[id] == Tag::A
            && self
                .attr(id, &html5ever::local_name!("href"))
                .is_some_and(|href| {
                    let path = href.split(['?', '#']).next().unwrap_or("");
                    let file = path.rsplit('/').next().unwrap_or("");
                    file.rsplit_once('.').is_some_and(|(stem, ext)| {
                        !stem.is_empty() && extensions.iter().any(|e| ext.eq_ignore_ascii_case(e))
                    })
                })
    }

    /// Whether `id` is a link to a place in this page (`href="#notes"`).
    pub(crate) fn is_in_page_link(&self, id: NodeId) -> bool {
        self.attr(id, &html5ever::local_name!("href"))
            .is_some_and(|h| h.len() > 1 && h.starts_with('#'))
    }

    /// Calls `f` with each attribute's local name and value (but those the
    /// parse left out; see [`Dom::attr`]).
    pub(crate) fn for_each_attr(&self, id: NodeId, mut f: impl FnMut(&LocalName, &str)) {
        for a in self.data[id].attrs() {
            f(&a.name.local, &a.value);
        }
    }

    /// The content of a text node (`None` for other nodes).
    pub(crate) fn text(&self, id: NodeId) -> Option<&str> {
        match &self.data[id] {
            RawData::Text(contents) => Some(contents),
            _ => None,
        }
    }

    /// The measures of a text node, taken when the tree was indexed (all
    /// zero for other nodes and for the raw text of ignored elements such
    /// as `script`, see [`Tag::is_ignored`]).
    pub(crate) fn text_measure(&self, id: NodeId) -> TextMeasure {
        self.texts[id]
    }

    /// Every element with `tag`, in document order.
    pub(crate) fn find_all(&self, tag: Tag) -> impl Iterator<Item = NodeId> + '_ {
        (0..self.len()).filter(move |&id| self.tag(id) == tag)
    }

    /// The first element with `tag` in document order.
    pub(crate) fn find(&self, tag: Tag) -> Option<NodeId> {
        (0..self.len()).find(|&id| self.tag(id) == tag)
    }
}

/// Whether the node `parent` (an index into `tags`) is an element whose
/// content is ignored.
fn parent_ignored(tags: &[Tag], parent: u32) -> bool {
    tags.get(parent as usize).is_some_and(|t| t.is_ignored())
}

/// The declarations of an inline `style`: each property and its value,
/// trimmed, with an `!important` mark taken off the value.
pub(crate) fn style_declarations(style: &str) -> impl Iterator<Item = (&str, &str)> {
    style.split(';').filter_map(|declaration| {
        let (property, value) = declaration.split_once(':')?;
        Some((
            property.trim(),
            value.trim().trim_end_matches("!important").trim(),
        ))
    })
}

/// The tag of a raw node.
pub(crate) fn tag_of(data: &RawData) -> Tag {
    match data {
        RawData::Element(element) => element.tag,
        RawData::Text(_) => Tag::Text,
        RawData::Document => Tag::Document,
        _ => Tag::Comment,
    }
}

/// Iterator over the children of a node; see [`Dom::children`].
#[derive(Clone)]
pub(crate) struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
    end: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next >= self.end {
            return None;
        }
        let id = self.next;
        self.next = self.dom.end(id);
        Some(id)
    }
}

/// Iterator over the ancestors of a node; see [`Dom::ancestors`].
pub(crate) struct Ancestors<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Ancestors<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = self.dom.parent(id);
        Some(id)
    }
}

/// Whether the class name holding `value[at..]` negates what follows:
/// the name's part before it ends with "no", "non", "not" or "without"
/// as a word of its own (`no-`, `no_`, `no`, `hasNo`), not as the end of
/// a longer word (`piano-`).
fn is_negated_at(value: &[u8], at: usize) -> bool {
    let name_start = value[..at]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |i| i + 1);
    let mut head = &value[name_start..at];
    while let [rest @ .., b'-' | b'_'] = head {
        head = rest;
    }
    [&b"no"[..], b"non", b"not", b"without"].iter().any(|neg| {
        let Some(start) = head.len().checked_sub(neg.len()) else {
            return false;
        };
        head[start..].eq_ignore_ascii_case(neg)
            && (start == 0
                || matches!(head[start - 1], b'-' | b'_')
                || (head[start].is_ascii_uppercase() && head[start - 1].is_ascii_lowercase()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_str;

    fn dom(html: &str) -> Dom {
        Dom::index(parse_str(html))
    }

    #[test]
    fn preorder_with_subtree_ranges() {
        let d = dom("<div><p>a<b>b</b></p><p>c</p></div>");
        let div = d.find(Tag::Div).unwrap();
        let ps: Vec<_> = d.children(div).collect();
        assert_eq!(ps.len(), 2);
        assert!(ps.iter().all(|&p| d.tag(p) == Tag::P));
        let b = d.find(Tag::B).unwrap();
        assert!(d.contains(ps[0], b));
        assert!(!d.contains(ps[1], b));
        assert_eq!(d.ancestors(b).next(), Some(ps[0]));
        assert_eq!(d.end(0), d.len());
    }

    #[test]
    fn a_class_name_that_negates_a_word_does_not_hold_it() {
        let holds = |class: &str| {
            let d = dom(&format!(r#"<div class="{class}">x</div>"#));
            d.class_holds(d.find(Tag::Div).unwrap(), b"caption")
        };
        for class in [
            "wp-caption-text",
            "imageCaption",
            "CAPTION",
            "piano-caption",
            "x no_caption caption",
        ] {
            assert!(holds(class), "{class}");
        }
        for class in [
            "no_caption",
            "no-caption",
            "nocaption",
            "item hasNoCaption",
            "without-caption",
            "img--non-caption",
        ] {
            assert!(!holds(class), "{class}");
        }
    }

    #[test]
    fn previous_siblings_are_found_from_the_node_before() {
        // (The tree keeps only the comments that mark streamed segments.)
        let d = dom("<div><p>a<b>b<i>c</i></b></p>text<!--$--><span>d</span><em>e</em></div>");
        let div = d.find(Tag::Div).unwrap();
        let kids: Vec<_> = d.children(div).collect();
        let (p, text, span, em) = (kids[0], kids[1], kids[3], kids[4]);
        assert_eq!(d.previous_sibling(p), None);
        assert_eq!(d.previous_sibling(text), Some(p));
        assert_eq!(d.previous_sibling(em), Some(span));
        // The text and the comment between are passed over.
        assert_eq!(d.previous_element_sibling(span), Some(p));
        assert_eq!(d.previous_element_sibling(p), None);
    }

    #[test]
    fn buttons_that_title_an_accordion_read_as_text() {
        let d = dom(concat!(
            "<h3><button aria-expanded=false><span></span>Fees and funding</button></h3>",
            "<button>How do I apply for a place?</button>",
            "<h2>Entry requirements <button>?</button></h2><button>Close</button>",
        ));
        let buttons = (0..d.len()).filter(|&i| d.tag(i) == Tag::Button).count();
        // The heading's button and the question are text; the tooltip
        // control beside a heading's words and the bare control are not.
        assert_eq!(buttons, 2);
        assert_eq!((0..d.len()).filter(|&i| d.tag(i) == Tag::Span).count(), 3);
    }

    #[test]
    fn deep_trees_index_without_recursion() {
        let html = "<b>".repeat(100_000) + "x";
        let d = dom(&html);
        assert!(d.len() > 100_000);
        let text = (0..d.len()).find(|&i| d.tag(i) == Tag::Text).unwrap();
        assert_eq!(d.text(text).unwrap(), "x");
        assert!(d.ancestors(text).count() > 100_000);
    }
}
