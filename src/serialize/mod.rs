//! Stage 6: render the cleaned article.
//!
//! One walk over the article drives every requested output (HTML, plain
//! text, Markdown) at once through the [`Writer`] trait, so the tree is read
//! once however many formats are wanted. The walk is iterative and never
//! slices text at computed offsets.
//!
//! What may appear in the output is decided here, by construction: each tag
//! is kept, unwrapped (its children are kept) or dropped with its subtree
//! ([`policy`]); anything not on the allow-lists is unwrapped or dropped.
//! An `<iframe>` is kept only when it plays from an allowed video host, and
//! its content (fallback markup the parser keeps as raw text) never is.
//! Addresses are resolved against the document's base and vetted in
//! [`urls`]; lazy images are resolved in [`media`].

pub(crate) mod front_matter;
pub(crate) mod html;
mod markdown;
mod media;
mod text;
pub(crate) mod urls;

use html5ever::local_name;
use url::Url;

use crate::config::{Config, Formats};
use crate::dom::{Dom, NodeId, Tag};
use crate::postprocess::Plan;
use html::HtmlWriter;
use markdown::MarkdownWriter;
use text::TextWriter;

/// Where a data table's cells fall once the `colspan` and `rowspan` of
/// the cells before and above them are counted, so that the Markdown and
/// text writers keep each value under its own header.
#[derive(Default)]
pub(crate) struct SpanGrid {
    /// For each column, the rows a cell still covers, the current one
    /// included: a column whose count is above zero when the row starts
    /// is taken by a cell above. (A cell of the current row sets its own
    /// columns only once the row has passed them.)
    rows: Vec<u32>,
    /// The next free column of the current row.
    column: usize,
}

/// The widest grid laid out: past it, spans count as one column, so a page
/// of huge `colspan`s cannot make every row of the output that wide.
const MAX_GRID_COLUMNS: usize = 256;

impl SpanGrid {
    /// A row starts: the cells above that reach into it take their columns.
    pub(crate) fn start_row(&mut self) {
        for rows in &mut self.rows {
            *rows = rows.saturating_sub(1);
        }
        self.column = 0;
    }

    /// Places the cell `id` in the current row: returns the columns skipped
    /// before it (taken by cells above) and the columns it spans.
    pub(crate) fn place(&mut self, dom: &Dom, id: NodeId) -> (usize, usize) {
        let start = self.column;
        while self.rows.get(self.column).is_some_and(|&rows| rows > 0) {
            self.column += 1;
        }
        let skipped = self.column - start;
        let mut colspan = crate::features::span_attr(dom, id, local_name!("colspan")) as usize;
        let mut rowspan = crate::features::span_attr(dom, id, local_name!("rowspan"));
        if self.column + colspan > MAX_GRID_COLUMNS {
            colspan = 1;
            rowspan = 1;
        }
        let end = self.column + colspan;
        if end <= MAX_GRID_COLUMNS {
            if self.rows.len() < end {
                self.rows.resize(end, 0);
            }
            for rows in &mut self.rows[self.column..end] {
                *rows = rowspan;
            }
        }
        self.column = end;
        (skipped, colspan)
    }
}

/// What the writers need to know about the page beyond its tree.
pub(crate) struct Context<'a> {
    /// The document's base URL (see [`urls::document_base`]).
    pub base: Option<Url>,
    /// Hosts whose players may be embedded.
    pub video_hosts: &'a [String],
    /// Text is written in NFC (see [`crate::text::nfc`]).
    pub nfc: bool,
}

/// The article in every format that was asked for.
pub(crate) struct Rendered {
    pub html: String,
    pub text: String,
    pub markdown: Option<String>,
}

/// Renders the article of `plan` in the formats `config` asks for, in one
/// walk. `page_url` is the address the page came from.
pub(crate) fn render_article(
    dom: &Dom,
    plan: &Plan,
    page_url: Option<&Url>,
    config: &Config,
) -> Rendered {
    let context = Context {
        base: urls::document_base(dom, page_url),
        video_hosts: &config.video_hosts,
        nfc: config.unicode_nfc,
    };
    let formats = config.formats;
    let max_bytes = config.max_output_bytes;
    // A gallery told in its captions: the captions are its text.
    let captions = config.captions_in_text || captions_hold_most(dom, plan);
    let mut text = TextWriter::new(max_bytes, captions);
    let mut html = formats
        .contains(Formats::HTML)
        .then(|| HtmlWriter::new(&context, config.keep_classes, max_bytes));
    let mut markdown = formats
        .contains(Formats::MARKDOWN)
        .then(|| MarkdownWriter::new(&context, plan, max_bytes));
    let mut writers: Vec<&mut dyn Writer> = vec![&mut text];
    if let Some(w) = html.as_mut() {
        writers.push(w);
    }
    if let Some(w) = markdown.as_mut() {
        writers.push(w);
    }
    render(dom, plan, &context, &mut writers);
    Rendered {
        html: html.map(HtmlWriter::finish).unwrap_or_default(),
        text: text.finish(),
        markdown: markdown.map(MarkdownWriter::finish),
    }
}

/// What the output does with an element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Policy {
    /// Rendered as itself.
    Keep,
    /// Its children are rendered, the element itself is not.
    Unwrap,
    /// Neither it nor anything inside it is rendered.
    Drop,
}

/// A `<cite>` that opens a quotation, before its first words ("jdoe
/// wrote: Sun Jan 12, 2025"): forums set it on a line of its own above
/// the quoted text, which would otherwise run on from it.
fn opens_quote(dom: &Dom, cite: NodeId) -> bool {
    const MAX_LEVELS: usize = 3;
    let Some(quote) = dom.ancestor_within(cite, Tag::Blockquote, MAX_LEVELS) else {
        return false;
    };
    let has_words = |range: std::ops::Range<NodeId>| {
        range.into_iter().any(|d| dom.text_measure(d).span.content)
    };
    !has_words(quote + 1..cite) && has_words(dom.end(cite)..dom.end(quote))
}

/// The output policy for a tag.
pub(crate) fn policy(tag: Tag) -> Policy {
    match tag {
        Tag::A
        | Tag::Abbr
        | Tag::Address
        | Tag::Article
        | Tag::B
        | Tag::Bdi
        | Tag::Bdo
        | Tag::Blockquote
        | Tag::Br
        | Tag::Caption
        | Tag::Cite
        | Tag::Code
        | Tag::Col
        | Tag::Colgroup
        | Tag::Dd
        | Tag::Del
        | Tag::Details
        | Tag::Dfn
        | Tag::Div
        | Tag::Dl
        | Tag::Dt
        | Tag::Em
        | Tag::Figcaption
        | Tag::Figure
        | Tag::H1
        | Tag::H2
        | Tag::H3
        | Tag::H4
        | Tag::H5
        | Tag::H6
        | Tag::Hr
        | Tag::I
        | Tag::Img
        | Tag::Ins
        | Tag::Kbd
        | Tag::Li
        | Tag::Mark
        | Tag::Ol
        | Tag::P
        | Tag::Picture
        | Tag::Pre
        | Tag::Q
        | Tag::Rp
        | Tag::Rt
        | Tag::Ruby
        | Tag::S
        | Tag::Samp
        | Tag::Section
        | Tag::Small
        | Tag::Source
        | Tag::Strike
        | Tag::Strong
        | Tag::Sub
        | Tag::Summary
        | Tag::Sup
        | Tag::Table
        | Tag::Tbody
        | Tag::Td
        | Tag::Tfoot
        | Tag::Th
        | Tag::Thead
        | Tag::Time
        | Tag::Tr
        | Tag::U
        | Tag::Ul
        | Tag::Var
        | Tag::Wbr
        | Tag::Audio
        | Tag::Video
        | Tag::Track
        | Tag::Iframe => Policy::Keep,
        Tag::Script
        | Tag::Style
        | Tag::Template
        | Tag::Noscript
        | Tag::Noframes
        | Tag::Noembed
        | Tag::Head
        | Tag::Title
        | Tag::Meta
        | Tag::Link
        | Tag::Base
        | Tag::Param
        | Tag::Input
        | Tag::Button
        | Tag::Select
        | Tag::Option
        | Tag::Optgroup
        | Tag::Datalist
        | Tag::Textarea
        | Tag::Object
        | Tag::Embed
        | Tag::Applet
        | Tag::Frame
        | Tag::Frameset
        | Tag::Canvas
        | Tag::Svg
        | Tag::Dialog
        | Tag::Map
        | Tag::Area
        | Tag::Slot
        | Tag::Comment
        | Tag::ForeignLabel
        | Tag::Document => Policy::Drop,
        // Forms themselves are unwrapped: some pages wrap whole threads of
        // posts in one; their controls are dropped above. MathML is
        // unwrapped to its text (elements inside `<svg>` never get here).
        _ => Policy::Unwrap,
    }
}

/// Whether an element is styled to keep the line breaks of its text, as
/// `<pre>` does but with its lines wrapped (`white-space: pre-wrap` or
/// `pre-line` inline, or a utility class such as `whitespace-pre-line`):
/// a video's description or a post typed in a box shows its lines so.
fn keeps_line_breaks(dom: &Dom, id: NodeId) -> bool {
    const VALUES: [&str; 4] = ["pre", "pre-wrap", "pre-line", "break-spaces"];
    let mut keeps = false;
    dom.for_each_attr(id, |name, value| match *name {
        html5ever::local_name!("style") if value.contains("white-space") => {
            keeps |= crate::dom::style_declarations(value)
                .any(|(prop, v)| prop.eq_ignore_ascii_case("white-space") && VALUES.contains(&v));
        }
        html5ever::local_name!("class") if value.contains("pre") => {
            // `whitespace-pre-line`, `text--white-space-pre-wrap`.
            keeps |= value.split_ascii_whitespace().any(|token| {
                ["whitespace-", "white-space-"].iter().any(|mark| {
                    token
                        .rsplit_once(mark)
                        .is_some_and(|(_, v)| VALUES.contains(&v))
                })
            });
        }
        _ => {}
    });
    keeps
}

/// Whether a ruby reading (`<rt>`) has the brackets of `<rp>` before it,
/// which show it in brackets where ruby is not drawn.
pub(crate) fn is_bracketed_reading(dom: &Dom, rt: NodeId) -> bool {
    dom.previous_element_sibling(rt)
        .is_some_and(|p| dom.tag(p) == Tag::Rp)
}

/// Whether a list numbers its items: an `<ol>`, or a `<ul>` styled with
/// numbers inline (`style="list-style-type: decimal"`), on the list or
/// on its items, as some recipe plugins write their steps.
pub(crate) fn numbers_items(dom: &Dom, id: NodeId) -> bool {
    match dom.tag(id) {
        Tag::Ol => true,
        Tag::Ul => {
            is_styled_numbered(dom, id)
                || dom
                    .children(id)
                    .find(|&c| dom.tag(c) == Tag::Li)
                    .is_some_and(|li| is_styled_numbered(dom, li))
        }
        _ => false,
    }
}

/// Whether an element's inline style numbers list items.
fn is_styled_numbered(dom: &Dom, id: NodeId) -> bool {
    const NUMBERED: [&str; 4] = [
        "decimal",
        "decimal-leading-zero",
        "lower-roman",
        "upper-roman",
    ];
    dom.attr(id, &html5ever::local_name!("style"))
        .is_some_and(|style| {
            crate::dom::style_declarations(style).any(|(prop, value)| {
                (prop.eq_ignore_ascii_case("list-style-type")
                    || prop.eq_ignore_ascii_case("list-style"))
                    && value
                        .split_ascii_whitespace()
                        .any(|v| NUMBERED.iter().any(|n| v.eq_ignore_ascii_case(n)))
            })
        })
}

/// Whether a heading is written on one line, blocks inside it or not: a
/// heading's words, not a run of teasers a template wrapped in one.
pub(crate) fn is_one_line_heading(dom: &Dom, id: NodeId) -> bool {
    const MAX_CHARS: usize = 200;
    let mut chars = 0;
    for n in id + 1..dom.end(id) {
        chars += dom.text_measure(n).span.len as usize;
        if chars > MAX_CHARS {
            return false;
        }
    }
    true
}

/// Whether the node, taken out of the article, parted what surrounds it:
/// a block does, and so does an inline element or a text that holds white
/// space and nothing else (a footnote marker, `" [1]"`, does not: the words
/// around it were not apart).
fn separates_words(dom: &Dom, id: NodeId) -> bool {
    if dom.tag(id).is_block() {
        return true;
    }
    let mut space = false;
    for n in id..dom.end(id) {
        if let Some(t) = dom.text(n) {
            if !crate::text::is_blank(t) {
                return false;
            }
            space |= !t.is_empty();
        }
    }
    space
}

/// A side note set inline where it is marked (tufte-css's `span.sidenote`
/// and `span.marginnote`, shown in the margin): words of its own, apart
/// from the sentence around it ("I didn't.The keyboard alone...").
fn is_side_note(dom: &Dom, id: NodeId, tag: Tag) -> bool {
    tag == Tag::Span
        && dom.attr(id, &local_name!("class")).is_some_and(|class| {
            class
                .split_ascii_whitespace()
                .any(|name| name == "sidenote" || name == "marginnote")
        })
}

/// Whether the inline element `id` is a field of its own set right after
/// another with no space between: a label after a label, or two named
/// fields (a class each) where a number meets a word: "Avi from Tiberias"
/// then "14.02.2025", "Total Time" then "30 minutes", a rank "1" then
/// "Best overall". The page's style sets them apart, and run together
/// they read as one word ("Time30").
fn is_separate_field(dom: &Dom, plan: &Plan, id: NodeId, tag: Tag) -> bool {
    const MAX_FIELD_NODES: usize = 16;
    // Labels side by side name different controls (a set of tabs' names,
    // "pip" and "conda"): never one word.
    if tag == Tag::Label {
        return dom
            .previous_sibling(id)
            .is_some_and(|b| !plan.is_removed(b) && plan.tag(dom, b) == Tag::Label);
    }
    let is_field = |n: NodeId, tag: Tag| {
        matches!(
            tag,
            Tag::Span | Tag::Time | Tag::Small | Tag::Strong | Tag::B | Tag::Em
        ) && dom.end(n) - n <= MAX_FIELD_NODES
            && dom
                .attr(n, &local_name!("class"))
                .is_some_and(|c| !c.trim().is_empty())
    };
    if !is_field(id, tag) {
        return false;
    }
    let Some(before) = dom.previous_sibling(id) else {
        return false;
    };
    if plan.is_removed(before) || !is_field(before, plan.tag(dom, before)) {
        return false;
    }
    let last = (before..dom.end(before))
        .rev()
        .filter_map(|n| dom.text(n))
        .find_map(|t| t.trim_end().chars().last());
    let first = (id..dom.end(id))
        .filter_map(|n| dom.text(n))
        .find_map(|t| t.trim_start().chars().next());
    match (last, first) {
        (Some(a), Some(b)) => {
            a.is_alphanumeric()
                && b.is_alphanumeric()
                && (a.is_numeric() != b.is_numeric())
                && !dom
                    .text(id - 1)
                    .is_some_and(|t| t.ends_with(char::is_whitespace))
        }
        _ => false,
    }
}

/// Whether link `next` starts right where link `last` ends, with no node
/// between, and leads elsewhere: a separate pill or button (tags, menus,
/// "Crossref" "PubMed"), which the page's style shows apart however the
/// markup runs them together. Editors also split one link into pieces
/// with the same address inside a word ("onlin" "e"); those stay joined.
fn is_separate_link(dom: &Dom, last: NodeId, next: NodeId) -> bool {
    let href = html5ever::local_name!("href");
    dom.end(last) == next && dom.attr(last, &href) != dom.attr(next, &href)
}

/// Block tags whose unwrapping needs no separation: the document's own
/// containers and custom elements.
fn is_transparent_block(tag: Tag) -> bool {
    matches!(tag, Tag::Html | Tag::Body | Tag::Other)
}

/// Receives the article as it is walked; one writer per output format.
pub(crate) trait Writer {
    /// An element starts. `tag` is the tag to render (after renames).
    fn open(&mut self, dom: &Dom, id: NodeId, tag: Tag);
    /// Text content; `pre` is true inside preformatted blocks, `blank`
    /// when it is white space only ([`crate::text::is_blank`], found once
    /// for all the writers).
    fn text(&mut self, text: &str, pre: bool, blank: bool);
    /// An element ends.
    fn close(&mut self, dom: &Dom, id: NodeId, tag: Tag);
    /// An element that is not rendered as itself (a `span`) but whose
    /// class names a caption starts: its content is a caption. Formats
    /// that keep captions need do nothing.
    fn enter_caption(&mut self) {}
    /// The element of the last unmatched [`Writer::enter_caption`] ends.
    fn leave_caption(&mut self) {}
    /// A MathML `<math>` formula starts; it is not rendered as itself, and
    /// formats that write formulas their own way may skip what follows
    /// until [`Writer::leave_formula`].
    fn enter_formula(&mut self, _dom: &Dom, _id: NodeId) {}
    /// The formula of the last [`Writer::enter_formula`] ends.
    fn leave_formula(&mut self) {}
}

/// Whether figure captions hold most of the article's text (counted in
/// bytes of trimmed text nodes): a slideshow or gallery whose every slide
/// is told in its caption, where leaving the captions out of the plain text
/// would leave almost nothing.
fn captions_hold_most(dom: &Dom, plan: &Plan) -> bool {
    let (mut in_captions, mut all) = (0usize, 0usize);
    for &root in &plan.roots {
        // The end of the caption being walked through, if any.
        let mut caption_end = 0;
        let mut id = root;
        let end = dom.end(root);
        while id < end {
            let tag = plan.tag(dom, id);
            let dropped = tag != Tag::Text && matches!(policy(tag), Policy::Drop);
            if plan.is_removed(id) || dropped {
                id = dom.end(id);
                continue;
            }
            if id >= caption_end && tag.is_element() && text::is_caption(dom, id, tag) {
                caption_end = dom.end(id);
            }
            if let Some(t) = dom.text(id) {
                let n = crate::text::trimmed(t).len();
                all += n;
                if id < caption_end {
                    in_captions += n;
                }
            }
            id += 1;
        }
    }
    in_captions * 2 > all
}

/// Tells every writer of a space between words (folded into any spacing
/// already owed).
fn space(writers: &mut [&mut dyn Writer]) {
    for w in writers.iter_mut() {
        w.text(" ", false, true);
    }
}

/// Tells every writer of a line break, as a `<br>` after `id` would.
fn line_break(writers: &mut [&mut dyn Writer], dom: &Dom, id: NodeId) {
    for w in writers.iter_mut() {
        w.open(dom, id, Tag::Br);
        w.close(dom, id, Tag::Br);
    }
}

/// Walks the article of `plan`, feeding every writer.
fn render(dom: &Dom, plan: &Plan, context: &Context<'_>, writers: &mut [&mut dyn Writer]) {
    enum Step {
        /// Visit a node; `until` is where its run of siblings ends.
        Enter {
            id: NodeId,
            until: NodeId,
        },
        Leave(NodeId, Tag),
        /// The end of an unwrapped element whose class names a caption.
        LeaveCaption,
        /// The end of a MathML formula.
        LeaveFormula,
        /// The end of an element that keeps its text's line breaks.
        LeaveLines,
        /// The end of a side note: a space parts it from what follows.
        LeaveSideNote,
    }
    let mut stack: Vec<Step> = Vec::new();
    let mut pre_depth = 0usize;
    // Open elements styled to keep their text's line breaks
    // (`white-space: pre-wrap`), outside `<pre>`.
    let mut lines_depth = 0usize;
    // The link closed last (see `is_separate_link`).
    let mut last_link: Option<NodeId> = None;
    for &root in plan.roots.iter().rev() {
        stack.push(Step::Enter {
            id: root,
            until: dom.end(root),
        });
    }
    while let Some(step) = stack.pop() {
        let (id, until) = match step {
            Step::Enter { id, until } => (id, until),
            Step::Leave(id, tag) => {
                if tag == Tag::Pre {
                    pre_depth = pre_depth.saturating_sub(1);
                }
                if tag == Tag::A {
                    last_link = Some(id);
                }
                for w in writers.iter_mut() {
                    w.close(dom, id, tag);
                }
                if tag == Tag::Cite && opens_quote(dom, id) {
                    line_break(writers, dom, id);
                }
                continue;
            }
            Step::LeaveCaption => {
                for w in writers.iter_mut() {
                    w.leave_caption();
                }
                continue;
            }
            Step::LeaveFormula => {
                for w in writers.iter_mut() {
                    w.leave_formula();
                }
                continue;
            }
            Step::LeaveLines => {
                lines_depth = lines_depth.saturating_sub(1);
                continue;
            }
            Step::LeaveSideNote => {
                space(writers);
                continue;
            }
        };
        // The next sibling runs after this node's subtree.
        let next = dom.end(id);
        if next < until {
            stack.push(Step::Enter { id: next, until });
        }
        if plan.is_removed(id) {
            // What is taken out may have held the only space between two
            // words ("stopped.<span class=ad> </span>Staff"); a space
            // stands in for it (the writers fold it into their spacing).
            // (Hidden content never showed, so it parted nothing.)
            if pre_depth == 0
                && plan.removal[id] != crate::clean::Removal::Hidden
                && separates_words(dom, id)
            {
                space(writers);
            }
            continue;
        }
        let tag = plan.tag(dom, id);
        if tag == Tag::Img && media::is_spacer(dom, id) {
            continue;
        }
        if tag == Tag::Text {
            if let Some(t) = dom.text(id) {
                let t = if context.nfc {
                    crate::text::nfc(t)
                } else {
                    std::borrow::Cow::Borrowed(t)
                };
                let blank = crate::text::is_blank(&t);
                if lines_depth > 0 && pre_depth == 0 && !blank && t.contains('\n') {
                    // Each line break is written as a `<br>` would be.
                    for (i, line) in t.split('\n').enumerate() {
                        if i > 0 {
                            line_break(writers, dom, id);
                        }
                        let blank = crate::text::is_blank(line);
                        for w in writers.iter_mut() {
                            w.text(line, false, blank);
                        }
                    }
                    continue;
                }
                for w in writers.iter_mut() {
                    w.text(&t, pre_depth > 0, blank);
                }
            }
            continue;
        }
        if keeps_line_breaks(dom, id) {
            lines_depth += 1;
            stack.push(Step::LeaveLines);
        }
        let side_note = pre_depth == 0 && is_side_note(dom, id, tag);
        if side_note {
            stack.push(Step::LeaveSideNote);
        }
        if pre_depth == 0
            && ((tag == Tag::A && last_link.is_some_and(|l| is_separate_link(dom, l, id)))
                || is_separate_field(dom, plan, id, tag)
                || side_note)
        {
            space(writers);
        }
        let is_body_root = plan.whole_body && plan.roots.first() == Some(&id);
        let policy = if is_body_root {
            Policy::Unwrap
        } else if tag == Tag::Iframe {
            // Only players from the allowed hosts, and never their content.
            let base = context.base.as_ref();
            if urls::embed_src(dom, id, base, context.video_hosts).is_some() {
                for w in writers.iter_mut() {
                    w.open(dom, id, tag);
                    w.close(dom, id, tag);
                }
            }
            continue;
        } else {
            policy(tag)
        };
        // A block that is not rendered as itself (`header`, `center`,
        // `fieldset`...) still separates its content from its neighbours,
        // so it is rendered as a `div`; custom elements stay inline, as
        // browsers show them.
        let (policy, tag) = match policy {
            Policy::Unwrap if !is_body_root && tag.is_block() && !is_transparent_block(tag) => {
                (Policy::Keep, Tag::Div)
            }
            _ => (policy, tag),
        };
        match policy {
            Policy::Drop => continue,
            Policy::Keep => {
                if tag == Tag::Pre {
                    pre_depth += 1;
                }
                for w in writers.iter_mut() {
                    w.open(dom, id, tag);
                }
                stack.push(Step::Leave(id, tag));
                if matches!(tag, Tag::Video | Tag::Audio) {
                    // What a player holds besides its sources and tracks
                    // is what browsers without players show instead ("Your
                    // browser does not support the video tag"): no reader
                    // sees it, so no format writes it.
                    let media: Vec<NodeId> = dom
                        .children(id)
                        .filter(|&c| matches!(dom.tag(c), Tag::Source | Tag::Track))
                        .collect();
                    for &c in media.iter().rev() {
                        stack.push(Step::Enter {
                            id: c,
                            until: dom.end(c),
                        });
                    }
                    continue;
                }
            }
            // A caption marked up as a `span class="caption"` is still a
            // caption, though the tag itself is not written.
            Policy::Unwrap
                if !is_body_root && dom.class_names_caption(id) && dom.is_beside_an_image(id) =>
            {
                for w in writers.iter_mut() {
                    w.enter_caption();
                }
                stack.push(Step::LeaveCaption);
            }
            Policy::Unwrap if tag == Tag::Math => {
                for w in writers.iter_mut() {
                    w.enter_formula(dom, id);
                }
                stack.push(Step::LeaveFormula);
            }
            Policy::Unwrap => {}
        }
        if id + 1 < next {
            stack.push(Step::Enter {
                id: id + 1,
                until: next,
            });
        }
    }
}

/// Longest term, in characters, that a value joins on its line.
const MAX_TERM_CHARS: usize = 60;
/// Longest value, in characters, that joins its term's line.
const MAX_VALUE_CHARS: usize = 80;

/// Whether a `<dl>` reads as a table of names and values (a product's
/// specifications, a company's facts): every term a short label, every
/// description a few words with no block and no label of its own (a
/// poster's "Posts: 138" is not a value). Such a list is written one
/// "name: value" pair per line; a glossary, where any description is a
/// sentence or more, keeps each term over its description, all alike.
pub(crate) fn is_key_value_list(dom: &Dom, id: NodeId) -> bool {
    let end = dom.end(id);
    let mut values = 0;
    let mut n = id + 1;
    while n < end {
        let fits = match dom.tag(n) {
            Tag::Dl => false,
            Tag::Dt => text_chars_within(dom, n, MAX_TERM_CHARS, false).is_some_and(|c| c > 0),
            Tag::Dd => {
                values += 1;
                text_chars_within(dom, n, MAX_VALUE_CHARS, true).is_some_and(|c| c > 0)
            }
            _ => {
                n += 1;
                continue;
            }
        };
        if !fits {
            return false;
        }
        n = dom.end(n);
    }
    values > 0
}

/// The characters of a node's text when there are at most `max`, with no
/// list of its own inside, and, for a `value`, no block inside and no
/// colon (a label of its own). Stopping at a nested list keeps the walk
/// linear: each node is read for its nearest list only, however deeply a
/// hostile page nests them.
fn text_chars_within(dom: &Dom, id: NodeId, max: usize, value: bool) -> Option<usize> {
    let mut chars = 0;
    for n in id + 1..dom.end(id) {
        let tag = dom.tag(n);
        if tag == Tag::Dl || value && tag.is_block() {
            return None;
        }
        chars += dom.text_measure(n).span.len as usize;
        if chars > max || value && dom.text(n).is_some_and(|t| t.contains([':', '：'])) {
            return None;
        }
    }
    Some(chars)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_str;

    /// The places of the cells of `html`'s table, row by row.
    fn places(html: &str) -> Vec<Vec<(usize, usize)>> {
        let dom = Dom::index(parse_str(html));
        let mut grid = SpanGrid::default();
        let mut rows: Vec<Vec<(usize, usize)>> = Vec::new();
        for id in 0..dom.len() {
            match dom.tag(id) {
                Tag::Tr => {
                    grid.start_row();
                    rows.push(Vec::new());
                }
                Tag::Td | Tag::Th => {
                    if let Some(row) = rows.last_mut() {
                        row.push(grid.place(&dom, id));
                    }
                }
                _ => {}
            }
        }
        rows
    }

    #[test]
    fn a_credit_is_a_caption_only_beside_a_picture() {
        let credit_of = |html: &str| {
            let dom = Dom::index(parse_str(html));
            let credit = (0..dom.len()).rfind(|&i| dom.tag(i) == Tag::Div);
            credit.is_some_and(|c| text::is_caption(&dom, c, Tag::Div))
        };
        assert!(credit_of(
            "<div><img src=a.jpg><div class=image-credit>Jane Doe, Wire Agency</div></div>"
        ));
        assert!(!credit_of(
            "<div><p>Rates rose again.</p><div class=credit-offer>Apply for our card</div></div>"
        ));
    }

    #[test]
    fn cells_skip_the_columns_spanned_from_above() {
        let rows = places(
            "<table><tr><th rowspan=2>a</th><th colspan=2>b</th></tr>\
             <tr><td>c</td><td>d</td></tr><tr><td>e</td><td>f</td></tr></table>",
        );
        assert_eq!(rows[0], vec![(0, 1), (0, 2)]);
        assert_eq!(rows[1], vec![(1, 1), (0, 1)]);
        assert_eq!(rows[2], vec![(0, 1), (0, 1)]);
    }

    #[test]
    fn huge_spans_count_as_one_column() {
        let rows = places(
            "<table><tr><td colspan=1000>a</td><td rowspan=1000 colspan=1000>b</td></tr>\
             <tr><td>c</td></tr></table>",
        );
        assert_eq!(rows[0], vec![(0, 1), (0, 1)]);
        assert_eq!(rows[1], vec![(0, 1)]);
    }

    /// Whether the first `<dl>` of `html` is a list of names and values.
    fn first_list_is_key_value(html: &str) -> bool {
        let dom = Dom::index(parse_str(html));
        dom.find(Tag::Dl)
            .is_some_and(|dl| is_key_value_list(&dom, dl))
    }

    #[test]
    fn short_names_and_values_make_a_key_value_list() {
        assert!(first_list_is_key_value(
            "<dl><dt>Weight</dt><dd>58 lb.</dd><dt><div>Colour</div></dt><dd>Oak</dd></dl>"
        ));
        // A sentence, a block or a label of its own in any value: a glossary.
        assert!(!first_list_is_key_value(
            "<dl><dt>Weight</dt><dd>58 lb.</dd><dt>Care</dt><dd>Wipe the top with a soft, dry cloth, \
             and never leave water standing on the oiled finish.</dd></dl>"
        ));
        assert!(!first_list_is_key_value(
            "<dl><dt>Weight</dt><dd><p>58 lb.</p></dd></dl>"
        ));
        assert!(!first_list_is_key_value(
            "<dl><dt>galitsyn</dt><dd>Posts: 138</dd></dl>"
        ));
        // A list nested in a term is not a name.
        assert!(!first_list_is_key_value(
            "<dl><dt>Size<dl><dt>a</dt><dd>b</dd></dl></dt><dd>Large</dd></dl>"
        ));
    }
}
