//! Plain-text output: paragraphs separated by one blank line, list items on
//! their own lines with a bullet or number (the blocks inside an item on
//! the following lines, indented under its text), table rows on their own
//! lines with tab-separated cells, preformatted text kept as it is. White
//! space in ordinary text is collapsed, and blocks always break lines, so
//! words from neighbouring elements are never glued together.

use super::{SpanGrid, Writer};
use crate::dom::{Dom, NodeId, Tag};
use crate::text::{is_invisible_run, split_spaces};

struct List {
    ordered: bool,
    next: u32,
}

/// An open list item.
struct OpenItem {
    /// Nesting depth of its list (0 for a top-level list).
    depth: usize,
    /// The text column where its further lines start.
    column: usize,
    /// Its marker, until the item has visible content: an item of images
    /// alone writes nothing, not a bare bullet.
    marker: Option<String>,
}

/// Builds the plain text of the article.
pub(crate) struct TextWriter {
    out: String,
    /// Line breaks owed before the next visible character (0, 1 or 2).
    breaks: u8,
    /// A space is owed before the next visible character.
    space: bool,
    lists: Vec<List>,
    /// A list item's marker was just written: blocks inside it start on
    /// the marker's line.
    item_start: bool,
    /// The open list items, outermost first. Writing an item's marker
    /// writes those of the items around it first, so the items whose
    /// marker is still owed are always the innermost ones.
    items: Vec<OpenItem>,
    /// Depth of table cells: blocks inside cells do not break lines.
    cells: usize,
    /// Depth of preformatted blocks.
    pres: usize,
    /// Depth of headings: a heading is one line, whatever blocks its
    /// markup holds.
    headings: usize,
    /// An open link is a footnote's mark, written in brackets.
    footnote_mark: bool,
    /// Inside a ruby reading set in brackets.
    ruby_reading: bool,
    /// The current row has had a cell.
    row_has_cell: bool,
    /// The open tables' grids, innermost last.
    grids: Vec<SpanGrid>,
    /// Columns the last cell spans beyond its own: their tabs are written
    /// before the next cell (trailing ones would only be trimmed).
    spanned: usize,
    max_bytes: usize,
    truncated: bool,
    /// Depth of elements being skipped (captions).
    skip: usize,
    /// Whether figure captions are written.
    captions: bool,
    /// Where the output stood when a `<dt>` term closed: in a list of names
    /// and values, the value right after it joins it on its line
    /// ("Weight: 58 lb.").
    term_end: Option<usize>,
    /// Depth of `<dt>` terms: a term is one line, whatever blocks it wraps.
    terms: usize,
    /// Where the output stood when the outermost open term opened: a term
    /// that wrote nothing (its words taken out) has no value to join.
    term_start: usize,
    /// For each open `<dl>`, whether it is a list of short terms and values
    /// (a specification table), whose pairs are written one per line.
    key_value_lists: Vec<bool>,
}

impl TextWriter {
    pub(crate) fn new(max_bytes: usize, captions: bool) -> Self {
        TextWriter {
            out: String::new(),
            breaks: 0,
            space: false,
            lists: Vec::new(),
            item_start: false,
            items: Vec::new(),
            cells: 0,
            headings: 0,
            footnote_mark: false,
            ruby_reading: false,
            row_has_cell: false,
            grids: Vec::new(),
            pres: 0,
            spanned: 0,
            max_bytes,
            truncated: false,
            skip: 0,
            captions,
            term_end: None,
            terms: 0,
            term_start: 0,
            key_value_lists: Vec::new(),
        }
    }

    /// The finished text.
    pub(crate) fn finish(mut self) -> String {
        // Breaks, indents and list markers are written before the words
        // they precede, so the last of them may pass the cap: cut there.
        if self.out.len() > self.max_bytes {
            let kept = crate::text::prefix_within(&self.out, self.max_bytes).len();
            self.out.truncate(kept);
        }
        let trimmed = self.out.trim_end().len();
        self.out.truncate(trimmed);
        self.out
    }

    fn request_break(&mut self, n: u8) {
        if self.cells > 0 || self.headings > 0 {
            self.space = true;
            return;
        }
        if self.item_start {
            return;
        }
        // Blocks inside a list item stay with it, and blocks inside code
        // are its lines (expressive-code's `div.ec-line`): no blank lines.
        let n = if self.items.is_empty() && self.pres == 0 && self.terms == 0 {
            n
        } else {
            1
        };
        self.breaks = self.breaks.max(n);
    }

    /// Writes one word of a text run (nothing if it is empty); false once
    /// the output is cut.
    fn word(&mut self, word: &str) -> bool {
        if word.is_empty() {
            return true;
        }
        // One paragraph can be as long as the page: the cap holds
        // within it too (one byte spared for the space before).
        if self.out.len() + word.len() + 1 > self.max_bytes {
            self.truncated = true;
        }
        if !self.flush() {
            return false;
        }
        self.item_start = false;
        self.out.push_str(word);
        true
    }

    /// Writes owed breaks and spaces before visible content, and the
    /// indent of the list item a new line belongs to.
    fn flush(&mut self) -> bool {
        self.flush_with(true)
    }

    fn flush_with(&mut self, indent: bool) -> bool {
        if self.truncated {
            return false;
        }
        if self.items.last().is_some_and(|i| i.marker.is_some()) {
            return self.write_markers();
        }
        if self.breaks > 0 {
            if self.out.len() >= self.max_bytes {
                self.truncated = true;
                return false;
            }
            if !self.out.is_empty() {
                self.end_lines(self.breaks);
                if indent {
                    self.push_indent();
                }
            }
            self.breaks = 0;
            self.space = false;
        } else if self.space {
            // The last byte tells: these are ASCII, so never inside a character.
            if !matches!(
                self.out.as_bytes().last(),
                None | Some(b' ' | b'\n' | b'\t')
            ) {
                self.out.push(' ');
            }
            self.space = false;
        }
        true
    }

    /// Ends the current line (without its trailing spaces) so that `n`
    /// line breaks separate it from what comes next.
    fn end_lines(&mut self, n: u8) {
        while self.out.ends_with([' ', '\t']) {
            self.out.pop();
        }
        let have = self.out.chars().rev().take_while(|&c| c == '\n').count() as u8;
        for _ in have..n {
            self.out.push('\n');
        }
    }

    fn push_indent(&mut self) {
        let column = self.items.last().map_or(0, |i| i.column);
        self.out.extend(std::iter::repeat_n(' ', column));
    }

    /// Opens a list item; its marker waits for the item's first visible
    /// content.
    fn open_item(&mut self) {
        let depth = self.lists.len().saturating_sub(1);
        let marker = match self.lists.last_mut() {
            Some(list) if list.ordered => {
                let m = format!("{}. ", list.next);
                list.next = list.next.saturating_add(1);
                m
            }
            _ => "- ".to_string(),
        };
        self.items.push(OpenItem {
            depth,
            column: depth * 2 + marker.chars().count(),
            marker: Some(marker),
        });
    }

    /// Writes the markers of the open items that have none yet, each on
    /// its own line, before their first visible content; the content then
    /// starts on the innermost marker's line.
    fn write_markers(&mut self) -> bool {
        let owed = self
            .items
            .iter()
            .rev()
            .take_while(|i| i.marker.is_some())
            .count();
        let first = self.items.len() - owed;
        for i in first..self.items.len() {
            let depth = self.items[i].depth;
            let Some(marker) = self.items[i].marker.take() else {
                continue;
            };
            if self.out.len() >= self.max_bytes {
                self.truncated = true;
                return false;
            }
            if !self.out.is_empty() {
                self.end_lines(self.breaks.max(1));
            }
            for _ in 0..depth {
                self.out.push_str("  ");
            }
            self.out.push_str(&marker);
            self.breaks = 0;
        }
        self.space = false;
        self.item_start = true;
        true
    }
}

/// A figure caption, by tag or by class name (`wp-caption-text`,
/// `image-caption`...), or a picture's figure whose other text is a note
/// ([`is_picture_figure`]). A table's `<caption class="table__caption">`
/// is not one: it is the table's title ("Buy it if...").
pub(crate) fn is_caption(dom: &Dom, id: NodeId, tag: Tag) -> bool {
    tag == Tag::Figcaption
        || (tag != Tag::Caption && dom.class_names_caption(id))
        || is_picture_figure(dom, id, tag)
        || is_picture_credit(dom, id, tag)
}

/// A picture's credit set beside it without a `<figure>`: a block whose
/// class names a credit (`image-credit`, `photo-credit`) in a small box
/// with the image ("Al Goldis, Associated Press" under the photograph).
fn is_picture_credit(dom: &Dom, id: NodeId, tag: Tag) -> bool {
    tag.is_block() && dom.class_holds(id, b"credit") && dom.is_beside_an_image(id)
}

/// A picture's `<figure>` whose text outside its `<figcaption>` is a note
/// at most: the photographer's credit ("Image: WSig"), a line under the
/// image, set beside the caption or in place of one. Its text is the
/// caption's kind. A figure that holds a quote, a table, code or a list,
/// or longer text, holds the article's content.
fn is_picture_figure(dom: &Dom, id: NodeId, tag: Tag) -> bool {
    const MAX_NOTE_CHARS: u32 = 120;
    // A picture and its caption take a few dozen nodes; the bound keeps
    // the walk below linear on figures nested without end.
    const MAX_FIGURE_NODES: usize = 256;
    if tag != Tag::Figure || dom.end(id) - id > MAX_FIGURE_NODES {
        return false;
    }
    let (mut picture, mut note_chars) = (false, 0);
    let mut d = id + 1;
    while d < dom.end(id) {
        match dom.tag(d) {
            Tag::Img | Tag::Picture | Tag::Video => picture = true,
            Tag::Table | Tag::Pre | Tag::Blockquote | Tag::Ul | Tag::Ol => return false,
            // The caption is one whatever its length.
            Tag::Figcaption => {
                d = dom.end(d);
                continue;
            }
            _ => {
                note_chars += dom.text_measure(d).span.len;
                if note_chars > MAX_NOTE_CHARS {
                    return false;
                }
            }
        }
        d += 1;
    }
    picture
}

/// A table cell used for page layout rather than data: it holds blocks
/// (paragraphs, lists, other tables), so it is written as blocks too.
/// One paragraph is not layout: documentation generators wrap every data
/// cell's value in a `<p>`.
fn is_layout_cell(dom: &Dom, id: NodeId) -> bool {
    let mut paragraphs = 0;
    dom.children(id).any(|c| match dom.tag(c) {
        Tag::P => {
            paragraphs += 1;
            paragraphs > 1
        }
        t => t != Tag::Td && t != Tag::Th && t.is_block(),
    })
}

impl Writer for TextWriter {
    fn open(&mut self, dom: &Dom, id: NodeId, tag: Tag) {
        if self.skip > 0 {
            self.skip += 1;
            return;
        }
        if !self.captions && is_caption(dom, id, tag) {
            self.skip = 1;
            return;
        }
        match tag {
            // "home.1" reads as one word: a footnote's mark is set apart.
            Tag::A if is_footnote_mark(dom, id) => self.footnote_mark = self.word("["),
            // A reading over its characters ("杜氏" read "とうじ") is set in
            // brackets, as `<rp>` sets it for browsers without ruby.
            Tag::Rt if !super::is_bracketed_reading(dom, id) => {
                self.ruby_reading = self.word("(");
            }
            Tag::Li => {
                self.item_start = false;
                self.open_item();
            }
            Tag::Ul | Tag::Ol => {
                let start = if tag == Tag::Ol {
                    dom.attr(id, &html5ever::local_name!("start"))
                        .and_then(|s| s.trim().parse::<u32>().ok())
                        .unwrap_or(1)
                } else {
                    1
                };
                let nested = !self.lists.is_empty();
                self.lists.push(List {
                    ordered: super::numbers_items(dom, id),
                    next: start,
                });
                if nested {
                    self.item_start = false;
                    self.request_break(1);
                } else {
                    self.request_break(2);
                }
            }
            Tag::Tr => {
                self.row_has_cell = false;
                self.spanned = 0;
                if let Some(grid) = self.grids.last_mut() {
                    grid.start_row();
                }
                self.request_break(1);
            }
            Tag::Td | Tag::Th if is_layout_cell(dom, id) => self.request_break(2),
            Tag::Td | Tag::Th => {
                // The tab separates the cells; a space owed by the end of
                // a block in the cell before would only pad it.
                if self.row_has_cell {
                    self.space = false;
                }
                let (skipped, span) = self
                    .grids
                    .last_mut()
                    .map_or((0, 1), |grid| grid.place(dom, id));
                let tabs = usize::from(self.row_has_cell) + self.spanned + skipped;
                if tabs > 0 && self.flush() {
                    self.out.extend(std::iter::repeat_n('\t', tabs));
                }
                self.spanned = span - 1;
                self.row_has_cell = true;
                self.cells += 1;
            }
            Tag::Thead | Tag::Tbody | Tag::Tfoot => self.request_break(1),
            Tag::Br => {
                if self.cells > 0 {
                    self.space = true;
                } else {
                    self.item_start = false;
                    // A break still owed is a `<br>` just before (a blank
                    // line in code, where `<br><br>` stays as written).
                    let owed = self.breaks > 0;
                    self.breaks = self.breaks.max(1);
                    if owed || self.out.ends_with('\n') || self.out.is_empty() {
                        // Consecutive breaks add up to one blank line at most.
                        self.breaks = 2;
                    }
                }
            }
            Tag::Dl => {
                let plain = self.cells == 0 && self.headings == 0;
                self.key_value_lists
                    .push(plain && super::is_key_value_list(dom, id));
                self.request_break(2);
            }
            Tag::Dd
                if self.term_end == Some(self.out.len())
                    && self.key_value_lists.last() == Some(&true) =>
            {
                // Only the term's own breaks are owed: the value goes on
                // its line, after a colon the term may already end with.
                self.breaks = 0;
                if !self.out.ends_with([':', '：']) {
                    self.out.push(':');
                }
                self.space = true;
            }
            Tag::Dt => {
                self.request_break(1);
                if self.terms == 0 {
                    self.term_start = self.out.len();
                }
                self.terms += 1;
            }
            Tag::Dd | Tag::Figcaption | Tag::Caption => self.request_break(1),
            Tag::Table => {
                self.grids.push(SpanGrid::default());
                self.request_break(2);
            }
            _ if tag.is_heading() => {
                self.request_break(2);
                if super::is_one_line_heading(dom, id) {
                    self.headings += 1;
                }
            }
            Tag::Pre => {
                self.request_break(2);
                self.pres += 1;
            }
            _ if tag.is_block() => self.request_break(2),
            _ => {}
        }
    }

    fn text(&mut self, text: &str, pre: bool, blank: bool) {
        if self.skip > 0 {
            return;
        }
        if pre {
            if text.is_empty() || !self.flush() {
                return;
            }
            self.item_start = false;
            // Code in a list item keeps its lines under the item's text;
            // one block can be as long as the page, so the cap holds
            // within it.
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    self.out.push('\n');
                    if !line.is_empty() {
                        self.push_indent();
                    }
                }
                let room = self.max_bytes.saturating_sub(self.out.len());
                let kept = crate::text::prefix_within(line, room);
                self.out.push_str(kept);
                if kept.len() < line.len() {
                    self.truncated = true;
                    return;
                }
            }
            return;
        }
        if blank {
            // Only a gap between words (indentation, mostly): what the
            // loop below would make of it, without cutting it up.
            self.space |= !text.is_empty();
            return;
        }
        if is_invisible_run(text) {
            // Nothing a reader sees: no word, and no line of its own.
            return;
        }
        let mut words = split_spaces(text);
        while let Some(word) = words.next() {
            if !self.word(word) {
                return;
            }
            // The last word has no space after it.
            let Some(rest) = words.remainder() else {
                return;
            };
            self.space = true;
            // Once a word is out, owed breaks and markers are written: the
            // rest is words after single spaces, which go in whole runs
            // when no word of it can reach the cap (collapsing only
            // shortens it, to a space and the rest at most).
            if !word.is_empty() && self.out.len() + 1 + rest.len() < self.max_bytes {
                let mut gap = true;
                crate::text::push_collapsed(&mut self.out, rest, &mut gap);
                self.space = gap;
                return;
            }
        }
    }

    fn enter_caption(&mut self) {
        if self.skip > 0 || !self.captions {
            self.skip += 1;
        }
    }

    fn leave_caption(&mut self) {
        // `enter_caption` raised the count whenever it could be above zero
        // now: with captions written it stays at zero throughout.
        self.skip = self.skip.saturating_sub(1);
    }

    fn close(&mut self, dom: &Dom, id: NodeId, tag: Tag) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        match tag {
            Tag::A if self.footnote_mark => {
                self.footnote_mark = false;
                self.out.push(']');
            }
            Tag::Rt if self.ruby_reading => {
                self.ruby_reading = false;
                self.out.push(')');
            }
            Tag::Li => {
                self.item_start = false;
                self.items.pop();
                self.request_break(1);
            }
            Tag::Ul | Tag::Ol => {
                self.lists.pop();
                self.item_start = false;
                let n = if self.lists.is_empty() { 2 } else { 1 };
                self.request_break(n);
            }
            Tag::Td | Tag::Th if is_layout_cell(dom, id) => self.request_break(2),
            Tag::Td | Tag::Th => self.cells = self.cells.saturating_sub(1),
            Tag::Thead | Tag::Tbody | Tag::Tfoot => self.request_break(1),
            Tag::Tr => self.request_break(1),
            Tag::Table => {
                self.grids.pop();
                self.item_start = false;
                self.request_break(2);
            }
            Tag::Dt => {
                self.terms = self.terms.saturating_sub(1);
                self.request_break(1);
                let written = self.out.len() > self.term_start && !self.out.ends_with('\n');
                self.term_end = written.then_some(self.out.len());
            }
            Tag::Dl => {
                self.key_value_lists.pop();
                self.item_start = false;
                self.request_break(2);
            }
            Tag::Dd | Tag::Figcaption | Tag::Caption => self.request_break(1),
            Tag::Pre => {
                self.pres = self.pres.saturating_sub(1);
                self.item_start = false;
                self.request_break(2);
            }
            _ if tag.is_heading() => {
                if super::is_one_line_heading(dom, id) {
                    self.headings = self.headings.saturating_sub(1);
                }
                self.item_start = false;
                self.request_break(2);
            }
            _ if tag.is_block() => {
                self.item_start = false;
                self.request_break(2);
            }
            _ => {}
        }
    }
}

/// Whether a link is a footnote's mark: it leads to a place in the page
/// and its text is a number of one to three digits ("1", not "\[1\]",
/// which is bracketed already).
fn is_footnote_mark(dom: &Dom, id: NodeId) -> bool {
    const MAX_NODES: usize = 4;
    if dom.end(id) - id > MAX_NODES || !dom.is_in_page_link(id) {
        return false;
    }
    let mut digits = 0;
    for n in id + 1..dom.end(id) {
        if let Some(text) = dom.text(n) {
            for c in text.chars().filter(|c| !c.is_whitespace()) {
                if !c.is_ascii_digit() {
                    return false;
                }
                digits += 1;
            }
        }
    }
    (1..=3).contains(&digits)
}
