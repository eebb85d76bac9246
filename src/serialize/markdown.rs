//! GitHub-flavoured Markdown output.
//!
//! Blocks (paragraphs, headings, lists, quotes, code, tables, rules) are
//! built one at a time: the inline content of the current block collects in
//! a line buffer, and when the block ends it is written with the prefixes
//! of the blocks around it (`> ` for quotes, the item marker or its indent
//! for list items). Inline delimiters (`*`, `**`, `~~`, `[`) are written
//! only once their element has visible content, and closed right after the
//! last visible character, so white space never ends up inside them.
//!
//! Text is escaped only where Markdown would read it differently: `*`,
//! `` ` ``, `[` and `\` always, `_` and `~` at word edges, `<` and `&` when
//! they could start a tag or an entity, and block markers (`#`, `>`, `-`,
//! `1.`...) at the start of a line. Code keeps its text verbatim in fences
//! longer than any backtick run inside it.

use html5ever::local_name;

use super::media::image_urls;
use super::urls::{embed_src, safe_url};
use super::{Context, SpanGrid, Writer};
use crate::dom::{Dom, NodeId, Tag};
use crate::postprocess::Plan;
use crate::text::{is_invisible_run, is_space, split_spaces};

/// A block that prefixes the lines written inside it.
enum Container {
    /// `> ` on every line.
    Quote { started: bool },
    /// A list item: `marker` on its first line, as many spaces on the rest.
    Item { marker: String, started: bool },
}

struct List {
    ordered: bool,
    next: u32,
}

/// The separation owed before the next block.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Line,
    Blank,
}

/// An open inline element: its delimiters, written around its content.
struct Inline {
    open: &'static str,
    close: String,
    /// The opening delimiter is written (the element has shown content).
    written: bool,
}

/// A data table being collected.
#[derive(Default)]
struct Table {
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    caption: String,
    grid: SpanGrid,
    /// The open cell's place: columns skipped before it, columns it spans.
    place: (usize, usize),
}

/// What a table becomes in Markdown.
enum TableKind {
    /// A GFM pipe table.
    Data(Table),
    /// Page layout: its cells are written as ordinary blocks.
    Layout,
}

/// A code block being collected.
struct Code {
    text: String,
    lang: String,
}

/// Builds the Markdown of the article.
pub(crate) struct MarkdownWriter<'a> {
    context: &'a Context<'a>,
    /// What the article keeps: a table's shape is judged on that alone.
    plan: &'a Plan,
    out: String,
    max_bytes: usize,
    truncated: bool,
    containers: Vec<Container>,
    lists: Vec<List>,
    gap: Gap,
    /// Inline content of the block being built.
    line: String,
    /// A space is owed before the next visible content.
    space: bool,
    /// `<br>`s owed before the next visible content.
    breaks: u8,
    inlines: Vec<Inline>,
    /// Inline elements from this index on have not written their opening
    /// delimiter yet.
    pending_from: usize,
    /// The emphasis delimiter last closed and the line's length just after
    /// it: an opening written right there must not run into it.
    just_closed: Option<(usize, &'static str)>,
    /// Open links, whose text must escape `]`.
    links: usize,
    heading: Option<usize>,
    /// The open heading is short enough to be one line, blocks inside it
    /// or not (see [`super::is_one_line_heading`]).
    heading_one_line: bool,
    /// For each open `<dl>`, whether it is a list of names and values
    /// (see [`super::is_key_value_list`]), written "**name**: value".
    key_value_lists: Vec<bool>,
    /// Depth of terms of such a list: a term is one line, whatever blocks
    /// it wraps.
    key_terms: usize,
    /// Where the line stood when such a term closed: a value right after it
    /// joins it on its line.
    term_end: Option<usize>,
    /// Inline code being collected, and how many `code` elements are open.
    code: Option<String>,
    code_depth: usize,
    pre: Option<Code>,
    pre_depth: usize,
    /// Inside a formula written as its TeX: what the formula shows is
    /// left out.
    in_tex: bool,
    tables: Vec<TableKind>,
    /// Open cells (or caption) of the innermost data table.
    cells: usize,
}

impl<'a> MarkdownWriter<'a> {
    pub(crate) fn new(context: &'a Context<'a>, plan: &'a Plan, max_bytes: usize) -> Self {
        MarkdownWriter {
            context,
            plan,
            out: String::new(),
            max_bytes,
            truncated: false,
            containers: Vec::new(),
            lists: Vec::new(),
            gap: Gap::None,
            line: String::new(),
            space: false,
            breaks: 0,
            inlines: Vec::new(),
            pending_from: 0,
            just_closed: None,
            links: 0,
            heading: None,
            heading_one_line: false,
            key_value_lists: Vec::new(),
            key_terms: 0,
            term_end: None,
            code: None,
            code_depth: 0,
            pre: None,
            pre_depth: 0,
            in_tex: false,
            tables: Vec::new(),
            cells: 0,
        }
    }

    /// The finished Markdown.
    pub(crate) fn finish(mut self) -> String {
        self.flush_block();
        let trimmed = self.out.trim_end().len();
        self.out.truncate(trimmed);
        self.out
    }

    /// Whether a line break can be owed here: not in code, and not at a
    /// block's start.
    fn may_break(&self) -> bool {
        self.pre.is_none() && self.code.is_none() && !self.line.is_empty()
    }

    /// Owes a line break before the next visible content of the block, as
    /// a `<br>` does (several add up).
    fn break_line(&mut self) {
        if self.may_break() {
            self.breaks = self.breaks.saturating_add(1);
        }
    }

    /// Owes one line break (not one more: a `<br>` before the caption
    /// already owes it).
    fn caption_line(&mut self) {
        if self.may_break() {
            self.breaks = self.breaks.max(1);
        }
    }

    fn request(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    /// Whether the innermost container is a list item with nothing written
    /// yet: its first block starts on the marker's line.
    fn item_unstarted(&self) -> bool {
        matches!(
            self.containers.last(),
            Some(Container::Item { started: false, .. })
        )
    }

    /// Inside a data table's cell, where blocks become spaces.
    fn in_cell(&self) -> bool {
        self.cells > 0
    }

    /// The prefix of the next line inside the containers; marks them
    /// started.
    fn line_prefix(&mut self) -> String {
        let mut prefix = String::new();
        for c in &mut self.containers {
            match c {
                Container::Quote { started } => {
                    prefix.push_str("> ");
                    *started = true;
                }
                Container::Item { marker, started } => {
                    if *started {
                        prefix.extend(std::iter::repeat_n(' ', marker.len()));
                    } else {
                        prefix.push_str(marker);
                        *started = true;
                    }
                }
            }
        }
        prefix
    }

    /// The prefix of a blank line between blocks: the containers already
    /// started, without trailing spaces.
    fn blank_prefix(&self) -> String {
        let mut prefix = String::new();
        for c in &self.containers {
            match c {
                Container::Quote { started: true } => prefix.push_str("> "),
                Container::Item {
                    marker,
                    started: true,
                } => prefix.extend(std::iter::repeat_n(' ', marker.len())),
                _ => break,
            }
        }
        prefix.trim_end().to_string()
    }

    /// Writes a finished block (one or more lines) with the owed gap and
    /// the containers' prefixes.
    fn emit(&mut self, block: &str) {
        if self.truncated {
            return;
        }
        if self.out.len() >= self.max_bytes {
            self.truncated = true;
            return;
        }
        if !self.out.is_empty() {
            self.out.push('\n');
            if self.gap == Gap::Blank {
                let blank = self.blank_prefix();
                self.out.push_str(&blank);
                self.out.push('\n');
            }
        }
        for (i, line) in block.split('\n').enumerate() {
            if i > 0 {
                self.out.push('\n');
            }
            let prefix = self.line_prefix();
            if line.is_empty() {
                self.out.push_str(prefix.trim_end());
            } else {
                self.out.push_str(&prefix);
                // One block can be as long as the page: the cap holds
                // within it too.
                let room = self.max_bytes.saturating_sub(self.out.len());
                let kept = crate::text::prefix_within(line, room);
                self.out.push_str(kept);
                if kept.len() < line.len() {
                    self.truncated = true;
                    break;
                }
            }
        }
        self.gap = Gap::None;
    }

    /// Closes the delimiters still open in the current line, so that they
    /// reopen in the next block.
    fn close_open_inlines(&mut self) {
        for inline in self.inlines.iter_mut().rev() {
            if inline.written {
                self.line.push_str(&inline.close);
                inline.written = false;
            }
        }
        self.pending_from = 0;
    }

    /// Ends the current block of inline content, writing it if it shows
    /// anything.
    fn flush_block(&mut self) {
        self.close_open_inlines();
        self.just_closed = None;
        self.space = false;
        self.breaks = 0;
        let content = std::mem::take(&mut self.line);
        let content = content.trim();
        if content.is_empty() {
            return;
        }
        match self.heading {
            Some(level) => {
                let mut text = content.replace('\n', " ");
                // A trailing `#` run would be read as the closing sequence.
                let hashes = text.chars().rev().take_while(|&c| c == '#').count();
                if hashes > 0 {
                    text = format!("{}\\{}", text.trim_end_matches('#'), "#".repeat(hashes));
                }
                let block = format!("{} {text}", "#".repeat(level));
                self.emit(&block);
            }
            None => self.emit(content),
        }
    }

    /// A block element starts or ends.
    fn block_boundary(&mut self) {
        // A heading is one line, whatever blocks its markup holds
        // (`<h3><div>Method 1</div><span>Using Boiling Water</span></h3>`).
        if self.in_cell() || (self.heading.is_some() && self.heading_one_line) || self.key_terms > 0
        {
            self.space = true;
            return;
        }
        self.flush_block();
        if !self.item_unstarted() {
            self.request(Gap::Blank);
        }
    }

    /// Writes what is owed before visible content: breaks, a space, and the
    /// opening delimiters of inline elements that had shown nothing yet.
    fn before_visible(&mut self) {
        if self.breaks > 0 && !self.line.is_empty() {
            if self.heading.is_some() || self.in_cell() {
                self.line.push(' ');
            } else if self.breaks >= 2 {
                // Two line breaks in a row end the paragraph.
                self.flush_block();
                self.request(Gap::Blank);
            } else {
                self.close_trailing_space();
                self.line.push_str("\\\n");
            }
        } else if self.space
            && matches!(self.line.as_bytes().last(), Some(b) if !matches!(b, b' ' | b'\n'))
        {
            self.line.push(' ');
        }
        self.breaks = 0;
        self.space = false;
        let from = self.pending_from.min(self.inlines.len());
        for inline in &mut self.inlines[from..] {
            match self.just_closed.take() {
                // `<em>a</em><em>b</em>`: one run, `*ab*`, not `*a**b*`.
                Some((at, closed)) if at == self.line.len() && closed == inline.open => {
                    self.line.truncate(at - closed.len());
                }
                // `<strong>a</strong><em>b</em>`: `**a**_b_`, as `**a***b*`
                // would not read as two runs.
                Some((at, closed)) if at == self.line.len() && is_star_run(closed) => {
                    if let Some(other) = underscore_form(inline.open) {
                        inline.open = other;
                        inline.close = other.to_string();
                    }
                    self.line.push_str(inline.open);
                }
                _ => self.line.push_str(inline.open),
            }
            inline.written = true;
        }
        self.just_closed = None;
        self.pending_from = self.inlines.len();
    }

    fn close_trailing_space(&mut self) {
        let trimmed = self.line.trim_end_matches(' ').len();
        self.line.truncate(trimmed);
    }

    fn push_inline(&mut self, open: &'static str, close: String) {
        self.inlines.push(Inline {
            open,
            close,
            written: false,
        });
    }

    fn pop_inline(&mut self) {
        if let Some(inline) = self.inlines.pop() {
            if inline.written {
                self.line.push_str(&inline.close);
                self.just_closed = (inline.close == inline.open
                    && matches!(inline.open, "*" | "**" | "_" | "__" | "~~"))
                .then_some((self.line.len(), inline.open));
            }
        }
        self.pending_from = self.pending_from.min(self.inlines.len());
    }

    fn open_list(&mut self, dom: &Dom, id: NodeId, ordered: bool) {
        if self.in_cell() {
            self.space = true;
            return;
        }
        // A list nested in an item follows the item's text on the next line.
        self.flush_block();
        let next = if ordered {
            dom.attr(id, &local_name!("start"))
                .and_then(|s| s.trim().parse::<u32>().ok())
                .unwrap_or(1)
        } else {
            1
        };
        let nested = self
            .containers
            .iter()
            .any(|c| matches!(c, Container::Item { .. }));
        // Only a list starting at 1 may follow a paragraph line directly.
        let gap = if nested && next == 1 {
            Gap::Line
        } else {
            Gap::Blank
        };
        self.request(gap);
        self.lists.push(List { ordered, next });
    }

    fn open_item(&mut self) {
        if self.in_cell() {
            self.space = true;
            return;
        }
        self.flush_block();
        let marker = match self.lists.last_mut() {
            Some(list) if list.ordered => {
                let m = format!("{}. ", list.next);
                list.next = list.next.saturating_add(1);
                m
            }
            _ => "- ".to_string(),
        };
        self.containers.push(Container::Item {
            marker,
            started: false,
        });
    }

    fn close_item(&mut self) {
        if self.in_cell() {
            self.space = true;
            return;
        }
        self.flush_block();
        if matches!(self.containers.last(), Some(Container::Item { .. })) {
            self.containers.pop();
        }
        self.gap = Gap::Line;
    }

    fn open_table(&mut self, dom: &Dom, id: NodeId) {
        self.block_boundary();
        let kind = if self.in_cell() || is_layout_table(dom, self.plan, id) {
            TableKind::Layout
        } else {
            TableKind::Data(Table::default())
        };
        self.tables.push(kind);
    }

    fn close_table(&mut self) {
        match self.tables.pop() {
            Some(TableKind::Data(mut table)) => {
                if !table.row.is_empty() {
                    table.rows.push(std::mem::take(&mut table.row));
                }
                self.flush_block();
                let caption = table.caption.trim().to_string();
                if !caption.is_empty() {
                    self.request(Gap::Blank);
                    self.emit(&caption);
                }
                if let Some(block) = pipe_table(&table.rows) {
                    self.request(Gap::Blank);
                    self.emit(&block);
                }
                self.request(Gap::Blank);
            }
            Some(TableKind::Layout) | None => self.block_boundary(),
        }
    }

    fn data_table(&mut self) -> Option<&mut Table> {
        match self.tables.last_mut() {
            Some(TableKind::Data(t)) => Some(t),
            _ => None,
        }
    }

    /// A cell (or caption) of a data table starts: its content collects in
    /// the line buffer.
    fn open_cell(&mut self, dom: &Dom, id: NodeId, tag: Tag) {
        if self.cells == 0 {
            self.flush_block();
            if tag != Tag::Caption {
                if let Some(table) = self.data_table() {
                    table.place = table.grid.place(dom, id);
                }
            }
        }
        self.cells += 1;
    }

    fn close_cell(&mut self, tag: Tag) {
        self.cells = self.cells.saturating_sub(1);
        if self.cells > 0 {
            return;
        }
        self.close_open_inlines();
        self.space = false;
        self.breaks = 0;
        let content = std::mem::take(&mut self.line);
        let content = content.trim().replace('\n', " ").replace('|', "\\|");
        if let Some(table) = self.data_table() {
            if tag == Tag::Caption {
                table.caption = content;
            } else {
                // Columns taken by cells above, this cell, then the
                // columns it spans: each value stays under its header.
                let (skipped, span) = table.place;
                table
                    .row
                    .extend(std::iter::repeat_n(String::new(), skipped));
                table.row.push(content);
                table
                    .row
                    .extend(std::iter::repeat_n(String::new(), span - 1));
            }
        }
    }

    fn end_row(&mut self) {
        if let Some(table) = self.data_table() {
            if !table.row.is_empty() {
                let row = std::mem::take(&mut table.row);
                table.rows.push(row);
            }
        }
    }

    fn start_row(&mut self) {
        self.end_row();
        if let Some(table) = self.data_table() {
            table.grid.start_row();
        }
    }

    fn write_image(&mut self, dom: &Dom, id: NodeId) {
        let base = self.context.base.as_ref();
        let Some(src) = image_urls(dom, id)
            .src
            .and_then(|s| safe_url(&s, base, true))
        else {
            return;
        };
        let alt = dom
            .attr(id, &local_name!("alt"))
            .map(escape_label)
            .unwrap_or_default();
        self.before_visible();
        self.line.push_str("![");
        self.line.push_str(&alt);
        self.line.push_str("](");
        self.line.push_str(&destination(&src));
        self.line.push(')');
    }

    fn write_embed(&mut self, dom: &Dom, id: NodeId) {
        let base = self.context.base.as_ref();
        let Some(src) = embed_src(dom, id, base, self.context.video_hosts) else {
            return;
        };
        let label = dom
            .attr(id, &local_name!("title"))
            .map(escape_label)
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| escape_label(&src));
        self.block_boundary();
        self.before_visible();
        self.line.push('[');
        self.line.push_str(&label);
        self.line.push_str("](");
        self.line.push_str(&destination(&src));
        self.line.push(')');
        self.block_boundary();
    }

    /// A MathML formula with its TeX source (as KaTeX and MathJax write
    /// it, in an `<annotation encoding="application/x-tex">`) is written
    /// as that TeX between dollar signs, doubled for a displayed formula;
    /// without one, what it shows is written as text.
    fn write_tex(&mut self, dom: &Dom, id: NodeId) {
        let Some(tex) = tex_source(dom, id) else {
            return;
        };
        let tex = tex.split_whitespace().collect::<Vec<_>>().join(" ");
        if tex.is_empty() {
            return;
        }
        let display = dom
            .attr(id, &local_name!("display"))
            .is_some_and(|d| d.trim().eq_ignore_ascii_case("block"));
        let fence = if display { "$$" } else { "$" };
        self.before_visible();
        self.line.push_str(fence);
        self.line.push_str(&tex);
        self.line.push_str(fence);
        self.in_tex = true;
    }

    fn close_pre(&mut self) {
        let Some(code) = self.pre.take() else {
            return;
        };
        let text = code.text.trim_start_matches(['\n', '\r']).trim_end();
        let fence = "`".repeat(longest_run(text, '`').max(2) + 1);
        let block = format!("{fence}{}\n{text}\n{fence}", code.lang);
        self.emit(&block);
        self.request(Gap::Blank);
    }
}

impl Writer for MarkdownWriter<'_> {
    fn open(&mut self, dom: &Dom, id: NodeId, tag: Tag) {
        if self.in_tex {
            return;
        }
        if let Some(code) = self.pre.as_mut() {
            match tag {
                Tag::Pre => self.pre_depth += 1,
                Tag::Br => self.text("\n", true, true),
                // A block inside code is a line of it (expressive-code's
                // `div.ec-line`).
                _ if tag.is_block() && !code.text.is_empty() && !code.text.ends_with('\n') => {
                    code.text.push('\n')
                }
                _ => {}
            }
            return;
        }
        if self.code.is_some() {
            match tag {
                Tag::Code | Tag::Kbd | Tag::Samp => self.code_depth += 1,
                Tag::Br => self.text(" ", false, true),
                _ => {}
            }
            return;
        }
        match tag {
            // Emphasis inside emphasis (Ghost's `<i><em>`) adds no marks:
            // `**` would read as bold.
            Tag::Em | Tag::I if self.inlines.iter().any(|i| i.open == "*") => {
                self.push_inline("", String::new())
            }
            Tag::Em | Tag::I => self.push_inline("*", "*".into()),
            // A reading over its characters, without the brackets `<rp>`
            // gives readers whose browser shows no ruby.
            Tag::Rt if !super::is_bracketed_reading(dom, id) => self.push_inline("(", ")".into()),
            Tag::Rt => self.push_inline("", String::new()),
            // Bold inside bold (a `<b>` in a term) adds no marks: `**a
            // **b** c**` would end the first run early.
            Tag::Strong | Tag::B if self.inlines.iter().any(|i| i.open == "**") => {
                self.push_inline("", String::new())
            }
            Tag::Strong | Tag::B => self.push_inline("**", "**".into()),
            // A description list's term, in bold on its own line over its
            // description: Markdown has no description lists.
            Tag::Dt => {
                self.block_boundary();
                if !self.in_cell() {
                    self.push_inline("**", "**".into());
                }
                if self.key_value_lists.last() == Some(&true) {
                    self.key_terms += 1;
                }
            }
            Tag::Dl => {
                self.block_boundary();
                let plain = !self.in_cell() && self.heading.is_none();
                self.key_value_lists
                    .push(plain && super::is_key_value_list(dom, id));
            }
            // A value after its name, on the name's line (as the text has
            // it).
            Tag::Dd
                if self.term_end == Some(self.line.len())
                    && self.key_value_lists.last() == Some(&true) =>
            {
                if !self.line.trim_end_matches('*').ends_with([':', '：']) {
                    self.line.push(':');
                }
                self.space = true;
            }
            Tag::Del | Tag::S | Tag::Strike => self.push_inline("~~", "~~".into()),
            Tag::A => {
                let base = self.context.base.as_ref();
                let href = dom
                    .attr(id, &local_name!("href"))
                    // A heading's link to an anchor on the page is its
                    // permalink (`<h2><a href="#the-fix">The fix</a></h2>`,
                    // as autolinking themes wrap every heading): the
                    // heading's words are the heading, not a link.
                    .filter(|h| self.heading.is_none() || !h.trim_start().starts_with('#'))
                    .and_then(|h| safe_url(h, base, false));
                match href {
                    Some(url) => {
                        self.links += 1;
                        self.push_inline("[", format!("]({})", destination(&url)));
                    }
                    None => self.push_inline("", String::new()),
                }
            }
            Tag::Code | Tag::Kbd | Tag::Samp => {
                self.code = Some(String::new());
                self.code_depth = 1;
            }
            Tag::Br => self.break_line(),
            Tag::Img => self.write_image(dom, id),
            Tag::Iframe => self.write_embed(dom, id),
            Tag::Hr => {
                self.block_boundary();
                if !self.in_cell() {
                    self.request(Gap::Blank);
                    self.emit("---");
                    self.request(Gap::Blank);
                }
            }
            Tag::Pre => {
                self.block_boundary();
                if self.in_cell() {
                    // Code in a table cell stays inline.
                    self.code = Some(String::new());
                    self.code_depth = 1;
                    return;
                }
                self.pre = Some(Code {
                    text: String::new(),
                    lang: code_language(dom, id),
                });
                self.pre_depth = 1;
            }
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 => {
                self.block_boundary();
                if !self.in_cell() {
                    self.heading = Some(heading_level(tag));
                    self.heading_one_line = super::is_one_line_heading(dom, id);
                }
            }
            Tag::Blockquote => {
                self.block_boundary();
                if !self.in_cell() {
                    self.containers.push(Container::Quote { started: false });
                }
            }
            Tag::Ul | Tag::Ol => self.open_list(dom, id, super::numbers_items(dom, id)),
            Tag::Li => self.open_item(),
            Tag::Table => self.open_table(dom, id),
            Tag::Td | Tag::Th | Tag::Caption if self.data_table().is_some() => {
                self.open_cell(dom, id, tag)
            }
            Tag::Tr if self.data_table().is_some() => self.start_row(),
            _ if tag.is_block() => self.block_boundary(),
            _ => {}
        }
    }

    fn text(&mut self, text: &str, _pre: bool, _blank: bool) {
        if self.in_tex {
            return;
        }
        // The writer tracks code blocks itself (`self.pre`).
        if let Some(code) = self.pre.as_mut() {
            code.text.push_str(text);
            return;
        }
        if let Some(code) = self.code.as_mut() {
            // White space collapses in inline code as in any inline text.
            for (i, word) in split_spaces(text).enumerate() {
                if i > 0 && !code.ends_with(' ') {
                    code.push(' ');
                }
                code.push_str(word);
            }
            return;
        }
        if is_invisible_run(text) {
            // Nothing a reader sees: no word, and no line of its own.
            return;
        }
        // Past the last character Markdown could misread, the rest of the
        // run can go in whole (found once: a test of the rest at each
        // word would read a long run again for every word in it).
        let plain_from = text
            .as_bytes()
            .iter()
            .rposition(may_need_escape)
            .map_or(0, |at| at + 1);
        let mut words = split_spaces(text);
        let mut first = true;
        while let Some(word) = words.next() {
            if !first {
                self.space = true;
            }
            first = false;
            if word.is_empty() {
                continue;
            }
            self.before_visible();
            let line_start = self.line.is_empty() || self.line.ends_with('\n');
            let rest = words.remainder();
            escape_word(
                word,
                line_start,
                self.links > 0,
                rest.is_none(),
                &mut self.line,
            );
            // Once a word is out, what is owed before it is written and the
            // next words start no line: a rest holding nothing Markdown
            // could misread is words after single spaces, which go in whole.
            if let Some(rest) = rest.filter(|r| text.len().saturating_sub(r.len()) >= plain_from) {
                let mut gap = true;
                crate::text::push_collapsed(&mut self.line, rest, &mut gap);
                self.space = gap;
                return;
            }
        }
    }

    /// A caption written in a `span` goes on its own line, as a figure's
    /// caption would, not glued to its image.
    fn enter_caption(&mut self) {
        self.caption_line();
    }

    fn enter_formula(&mut self, dom: &Dom, id: NodeId) {
        if self.pre.is_none() && self.code.is_none() {
            self.write_tex(dom, id);
        }
    }

    fn leave_formula(&mut self) {
        self.in_tex = false;
    }

    fn leave_caption(&mut self) {
        self.caption_line();
    }

    fn close(&mut self, _dom: &Dom, _id: NodeId, tag: Tag) {
        if self.in_tex {
            return;
        }
        if self.pre.is_some() {
            if tag == Tag::Pre {
                self.pre_depth = self.pre_depth.saturating_sub(1);
                if self.pre_depth == 0 {
                    self.close_pre();
                }
            }
            return;
        }
        if self.code.is_some() {
            if matches!(tag, Tag::Code | Tag::Kbd | Tag::Samp | Tag::Pre) {
                self.code_depth = self.code_depth.saturating_sub(1);
                if self.code_depth == 0 {
                    let code = self.code.take().unwrap_or_default();
                    let code = code.trim();
                    if !code.is_empty() {
                        self.before_visible();
                        push_code_span(code, &mut self.line);
                    }
                    if tag == Tag::Pre {
                        self.block_boundary();
                    }
                }
            }
            return;
        }
        match tag {
            Tag::Em | Tag::I | Tag::Strong | Tag::B | Tag::Del | Tag::S | Tag::Strike | Tag::Rt => {
                self.pop_inline();
            }
            Tag::Dt => {
                if !self.in_cell() {
                    self.pop_inline();
                }
                if self.key_terms > 0 {
                    self.key_terms -= 1;
                    let written = !self.line.trim().is_empty();
                    self.term_end = written.then_some(self.line.len());
                } else {
                    self.block_boundary();
                }
            }
            Tag::Dl => {
                self.key_value_lists.pop();
                self.block_boundary();
            }
            Tag::A => {
                if self.inlines.last().is_some_and(|i| i.open == "[") {
                    self.links = self.links.saturating_sub(1);
                }
                self.pop_inline();
            }
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 => {
                if self.in_cell() {
                    self.space = true;
                } else {
                    self.flush_block();
                    self.heading = None;
                    self.request(Gap::Blank);
                }
            }
            Tag::Blockquote => {
                self.block_boundary();
                if !self.in_cell()
                    && matches!(self.containers.last(), Some(Container::Quote { .. }))
                {
                    self.containers.pop();
                    self.request(Gap::Blank);
                }
            }
            Tag::Ul | Tag::Ol => {
                self.block_boundary();
                if !self.in_cell() {
                    self.lists.pop();
                    self.request(Gap::Blank);
                }
            }
            Tag::Li => self.close_item(),
            Tag::Table => self.close_table(),
            // The same test as the opening: a cell of a layout table nested
            // in a data cell opened nothing, and closing it would take (and
            // lose) the outer cell's content.
            Tag::Td | Tag::Th | Tag::Caption if self.data_table().is_some() && self.cells > 0 => {
                self.close_cell(tag)
            }
            Tag::Tr if self.data_table().is_some() => self.end_row(),
            Tag::Iframe => {}
            _ if tag.is_block() => self.block_boundary(),
            _ => {}
        }
    }
}

/// The TeX source of a MathML formula: the text of its
/// `<annotation encoding="application/x-tex">`.
fn tex_source(dom: &Dom, math: NodeId) -> Option<String> {
    (math + 1..dom.end(math))
        .filter(|&n| dom.tag(n) == Tag::ForeignLabel)
        .find(|&n| {
            dom.attr(n, &local_name!("encoding"))
                .is_some_and(|e| e.trim().eq_ignore_ascii_case("application/x-tex"))
        })
        .map(|n| crate::clean::inner_text(dom, n))
}

fn heading_level(tag: Tag) -> usize {
    match tag {
        Tag::H1 => 1,
        Tag::H2 => 2,
        Tag::H3 => 3,
        Tag::H4 => 4,
        Tag::H5 => 5,
        _ => 6,
    }
}

/// The language of a code block: a `language-*` or `lang-*` class or a
/// `data-lang` on the `pre` or on the `code` inside it, or on a wrapper of
/// that one block up to two levels out (`div.language-python > pre`, as
/// MkDocs writes it), where highlighters also write `highlight-source-*`
/// and `highlight-*` (GitHub, Sphinx).
fn code_language(dom: &Dom, pre: NodeId) -> String {
    const MAX_WRAPPER_LEVELS: usize = 2;
    const MAX_CELL_LEVELS: usize = 3;
    let code = dom.children(pre).find(|&c| dom.tag(c) == Tag::Code);
    // A listing with numbered lines is a table of two cells, the numbers'
    // and the code's: the wrappers are the table's.
    let table = dom
        .ancestors(pre)
        .take(MAX_CELL_LEVELS)
        .find(|&a| matches!(dom.tag(a), Tag::Td | Tag::Th))
        .and_then(|cell| dom.ancestor_within(cell, Tag::Table, MAX_CELL_LEVELS));
    // The scan stops at a second block (line numbers are none).
    let only_block = |wrapper: NodeId| {
        (wrapper + 1..dom.end(wrapper))
            .filter(|&d| dom.tag(d) == Tag::Pre && !is_line_numbers(dom, d))
            .nth(1)
            .is_none()
    };
    let wrappers = table
        .into_iter()
        .chain(dom.ancestors(table.unwrap_or(pre)).take(MAX_WRAPPER_LEVELS))
        .take_while(|&w| only_block(w));
    for (id, wrapper) in std::iter::once(pre)
        .chain(code)
        .map(|id| (id, false))
        .chain(wrappers.map(|w| (w, true)))
    {
        let mut data_lang = None;
        dom.for_each_attr(id, |name, value| {
            if matches!(&**name, "data-lang" | "data-language") {
                data_lang = language_name(value);
            }
        });
        if let Some(lang) = data_lang {
            return lang;
        }
        let Some(class) = dom.attr(id, &local_name!("class")) else {
            continue;
        };
        // Rouge and Pygments write the language as a bare word beside
        // "highlight" (`pre.highlight.rust`).
        let highlighted = class.split_ascii_whitespace().any(|t| t == "highlight");
        if let Some(lang) = class
            .split_ascii_whitespace()
            .filter(|_| highlighted)
            .find(|t| BARE_LANGUAGE_NAMES.contains(&t.to_ascii_lowercase().as_str()))
        {
            return lang.to_ascii_lowercase();
        }
        for token in class.split_ascii_whitespace() {
            let named = token
                .strip_prefix("language-")
                .or_else(|| token.strip_prefix("lang-"))
                // Highlighters name the language on the wrapper only.
                .or_else(|| highlighter_language(token).filter(|_| wrapper));
            if let Some(lang) = named.and_then(language_name) {
                return lang;
            }
        }
    }
    String::new()
}

/// Whether a preformatted block holds line numbers only.
fn is_line_numbers(dom: &Dom, pre: NodeId) -> bool {
    (pre + 1..dom.end(pre)).all(|n| {
        dom.text(n)
            .is_none_or(|t| t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()))
    })
}

/// The language a highlighter's class names (`highlight-source-shell`,
/// `highlight-python`).
fn highlighter_language(token: &str) -> Option<&str> {
    token
        .strip_prefix("highlight-source-")
        .or_else(|| token.strip_prefix("highlight-"))
}

/// Languages a highlighter may name with a bare class word beside
/// "highlight": the common ones, so that no other class is taken for one.
const BARE_LANGUAGE_NAMES: [&str; 40] = [
    "bash",
    "c",
    "clojure",
    "console",
    "cpp",
    "csharp",
    "css",
    "dart",
    "diff",
    "dockerfile",
    "elixir",
    "erlang",
    "go",
    "haskell",
    "html",
    "ini",
    "java",
    "javascript",
    "js",
    "json",
    "jsx",
    "kotlin",
    "lua",
    "makefile",
    "perl",
    "php",
    "python",
    "ruby",
    "rust",
    "scala",
    "scss",
    "shell",
    "sql",
    "swift",
    "toml",
    "ts",
    "tsx",
    "typescript",
    "xml",
    "yaml",
];

/// A language's name as a fence writes it, from what a class or attribute
/// says: at most 32 of the characters names use; none for the names a
/// highlighter gives a block it does not colour (`highlight-default`).
fn language_name(said: &str) -> Option<String> {
    const NO_LANGUAGE: [&str; 2] = ["default", "none"];
    let lang: String = said
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '#' | '.' | '_'))
        .take(32)
        .collect();
    (!lang.is_empty() && !NO_LANGUAGE.contains(&lang.to_ascii_lowercase().as_str())).then_some(lang)
}

/// A table holds page layout rather than data when a cell holds blocks
/// that a pipe table cannot (lists, code, quotes, headings, tables), at
/// any depth, or when it has a single column. Only what the article keeps
/// counts: a list the clean-up took out of a cell leaves a data table.
fn is_layout_table(dom: &Dom, plan: &Plan, table: NodeId) -> bool {
    let kept = |id: &NodeId| !plan.is_removed(*id);
    let rows = dom
        .children(table)
        .filter(kept)
        .flat_map(|c| match plan.tag(dom, c) {
            Tag::Tr => vec![c],
            Tag::Thead | Tag::Tbody | Tag::Tfoot => dom
                .children(c)
                .filter(|&r| kept(&r) && plan.tag(dom, r) == Tag::Tr)
                .collect(),
            _ => Vec::new(),
        });
    let mut widest = 0;
    for row in rows {
        let mut cells = 0;
        for cell in dom.children(row).filter(kept) {
            if !matches!(plan.tag(dom, cell), Tag::Td | Tag::Th) {
                continue;
            }
            cells += 1;
            if holds_blocks(dom, plan, cell) {
                return true;
            }
        }
        widest = widest.max(cells);
    }
    widest <= 1
}

/// Whether a kept element inside `cell`, at any depth (page builders wrap a
/// cell's blocks in divs), is a block a pipe table cannot hold and holds
/// text.
fn holds_blocks(dom: &Dom, plan: &Plan, cell: NodeId) -> bool {
    let mut id = cell + 1;
    let end = dom.end(cell);
    while id < end {
        if plan.is_removed(id) {
            id = dom.end(id);
            continue;
        }
        let tag = plan.tag(dom, id);
        // A heading that is all of its cell is the cell's label, set in
        // larger type ("<th><h3>Amount</h3></th>").
        let whole_cell_heading = tag.is_heading() && is_all_kept_text_of(dom, plan, id, cell);
        if (tag.is_heading() && !whole_cell_heading)
            || matches!(
                tag,
                Tag::Table | Tag::Ul | Tag::Ol | Tag::Dl | Tag::Pre | Tag::Blockquote | Tag::Figure
            )
        {
            // A list emptied by the clean-up leaves nothing to lay out.
            if holds_kept_text(dom, plan, id) {
                return true;
            }
            id = dom.end(id);
            continue;
        }
        id += 1;
    }
    false
}

/// Whether `part` holds all the text the article keeps of `whole`.
fn is_all_kept_text_of(dom: &Dom, plan: &Plan, part: NodeId, whole: NodeId) -> bool {
    let end = dom.end(part);
    plan.kept_inside(dom, whole)
        .filter(|&n| n < part || n >= end)
        .all(|n| {
            dom.text(n)
                .is_none_or(|t| crate::text::trimmed(t).is_empty())
        })
}

/// Whether some text the article keeps lies inside `id`.
fn holds_kept_text(dom: &Dom, plan: &Plan, id: NodeId) -> bool {
    plan.kept_inside(dom, id).any(|n| {
        dom.text(n)
            .is_some_and(|t| !crate::text::trimmed(t).is_empty())
    })
}

/// A GFM pipe table; the first row is the header.
fn pipe_table(rows: &[Vec<String>]) -> Option<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    if columns == 0 || rows.iter().all(|r| r.iter().all(String::is_empty)) {
        return None;
    }
    let mut out = String::new();
    let write_row = |out: &mut String, row: &[String]| {
        out.push('|');
        for i in 0..columns {
            let cell = row.get(i).map(String::as_str).unwrap_or("");
            out.push(' ');
            out.push_str(cell);
            if !cell.is_empty() {
                out.push(' ');
            }
            out.push('|');
        }
    };
    write_row(&mut out, &rows[0]);
    out.push_str("\n|");
    for _ in 0..columns {
        out.push_str(" --- |");
    }
    for row in &rows[1..] {
        out.push('\n');
        write_row(&mut out, row);
    }
    Some(out)
}

/// An emphasis delimiter of asterisks.
fn is_star_run(delimiter: &str) -> bool {
    matches!(delimiter, "*" | "**")
}

/// The same emphasis written with underscores, for one of asterisks.
fn underscore_form(delimiter: &str) -> Option<&'static str> {
    match delimiter {
        "*" => Some("_"),
        "**" => Some("__"),
        _ => None,
    }
}

/// The longest run of `c` in `s`.
fn longest_run(s: &str, c: char) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for ch in s.chars() {
        if ch == c {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

/// An inline code span: backticks longer than any run inside, padded
/// when the code starts or ends with a backtick.
fn push_code_span(code: &str, out: &mut String) {
    let ticks = "`".repeat(longest_run(code, '`') + 1);
    let pad = code.starts_with('`') || code.ends_with('`');
    out.push_str(&ticks);
    if pad {
        out.push(' ');
    }
    out.push_str(code);
    if pad {
        out.push(' ');
    }
    out.push_str(&ticks);
}

/// A link destination: characters that would end or break it encoded.
fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Text for the inside of `[...]` (alt text, labels): one line, brackets
/// and backslashes escaped.
fn escape_label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if matches!(c, '[' | ']' | '\\' | '`' | '*' | '_') {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Whether `b` is one of the characters Markdown may read as markup
/// anywhere in a line (the rules of [`escape_word`] decide whether it is
/// escaped where it stands).
#[inline]
fn may_need_escape(b: &u8) -> bool {
    // One table lookup a byte: text runs are scanned for these whole.
    const TABLE: [bool; 256] = {
        let mut table = [false; 256];
        let mut i = 0;
        let marks = b"\\`*[]_~<&";
        while i < marks.len() {
            table[marks[i] as usize] = true;
            i += 1;
        }
        table
    };
    TABLE[usize::from(*b)]
}

/// Writes one word of text, escaped so that Markdown reads it as text.
/// `line_start`: the word begins a line; `in_link`: inside link text;
/// `last`: nothing of this text run follows the word.
fn escape_word(word: &str, line_start: bool, in_link: bool, last: bool, out: &mut String) {
    let bytes = word.as_bytes();
    // An ordered-list marker (`1.`, `12)`) as a whole word opening a line.
    // (Digits are ASCII, so bytes count its characters.)
    let list_number = line_start
        && (2..=10).contains(&bytes.len())
        && bytes[..bytes.len() - 1].iter().all(u8::is_ascii_digit)
        && matches!(bytes.last(), Some(b'.' | b')'));
    let opens_block = line_start && matches!(bytes.first(), Some(b'#' | b'>' | b'-' | b'+' | b'='));
    // Most words hold nothing Markdown could misread: copied whole.
    if !list_number && !opens_block && !bytes.iter().any(may_need_escape) {
        out.push_str(word);
        return;
    }
    let mut chars = word.chars().peekable();
    let (mut prev, mut first) = (None, true);
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let inside_word =
            prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        let escape = match c {
            '\\' | '`' | '*' | '[' => true,
            ']' => in_link,
            '_' | '~' => !inside_word,
            '<' => next.map_or(last, |n| {
                n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')
            }),
            '&' => next.map_or(last, |n| n.is_ascii_alphanumeric() || n == '#'),
            '#' | '>' | '-' | '+' | '=' if first => line_start,
            '.' | ')' if next.is_none() => list_number,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        prev = Some(c);
        first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(word: &str, line_start: bool) -> String {
        let mut out = String::new();
        escape_word(word, line_start, false, false, &mut out);
        out
    }

    /// The escaping written out character by character over a collected
    /// word, as it first was: what the fast path must agree with.
    fn escape_word_by_chars(word: &str, line_start: bool, in_link: bool, last: bool) -> String {
        let chars: Vec<char> = word.chars().collect();
        let list_number = line_start
            && (2..=10).contains(&chars.len())
            && chars[..chars.len() - 1].iter().all(char::is_ascii_digit)
            && matches!(chars.last(), Some('.' | ')'));
        let mut out = String::new();
        for (i, &c) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
            let next = chars.get(i + 1).copied();
            let inside_word =
                prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            let escape = match c {
                '\\' | '`' | '*' | '[' => true,
                ']' => in_link,
                '_' | '~' => !inside_word,
                '<' => next.map_or(last, |n| {
                    n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')
                }),
                '&' => next.map_or(last, |n| n.is_ascii_alphanumeric() || n == '#'),
                '#' | '>' | '-' | '+' | '=' if i == 0 => line_start,
                '.' | ')' if i + 1 == chars.len() => list_number,
                _ => false,
            };
            if escape {
                out.push('\\');
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn escaping_agrees_with_the_character_walk() {
        // Every word of up to three characters over an alphabet of the
        // characters the rules read, and some longer ones, in every context.
        let alphabet = [
            'a', '1', '_', '*', '.', ')', '#', '-', '<', '&', ']', '/', 'é', '字', '\\', '`', '[',
            '~', '+',
        ];
        let mut words: Vec<String> = vec![String::new()];
        for len in 1..=3 {
            let mut n = alphabet.len().pow(len);
            let mut picks = Vec::new();
            while n > 0 {
                n -= 1;
                let (mut k, mut w) = (n, String::new());
                for _ in 0..len {
                    w.push(alphabet[k % alphabet.len()]);
                    k /= alphabet.len();
                }
                picks.push(w);
            }
            words.extend(picks);
        }
        words.extend(
            [
                "1986.",
                "12)",
                "1234567890.",
                "12345678901.",
                "snake_case",
                "a<b>",
                "x&#1;",
            ]
            .map(String::from),
        );
        for w in &words {
            for flags in 0..8 {
                let (line_start, in_link, last) = (flags & 1 != 0, flags & 2 != 0, flags & 4 != 0);
                let mut out = String::new();
                escape_word(w, line_start, in_link, last, &mut out);
                assert_eq!(
                    out,
                    escape_word_by_chars(w, line_start, in_link, last),
                    "{w:?} {flags}"
                );
            }
        }
    }

    #[test]
    fn only_what_markdown_would_misread_is_escaped() {
        assert_eq!(escaped("snake_case", false), "snake_case");
        assert_eq!(escaped("_init_", false), "\\_init\\_");
        assert_eq!(escaped("*", false), "\\*");
        assert_eq!(escaped("a<b", false), "a\\<b");
        assert_eq!(escaped("<", true), "<");
        assert_eq!(escaped("AT&T", false), "AT\\&T");
        assert_eq!(escaped("R&D", false), "R\\&D");
        assert_eq!(escaped("&", false), "&");
        assert_eq!(escaped("#1", true), "\\#1");
        assert_eq!(escaped("#1", false), "#1");
        assert_eq!(escaped("1986.", true), "1986\\.");
        assert_eq!(escaped("1986.", false), "1986.");
        assert_eq!(escaped("3.5", true), "3.5");
        assert_eq!(escaped("-", true), "\\-");
        assert_eq!(escaped("[1]", false), "\\[1]");
    }

    #[test]
    fn code_fences_outgrow_the_code() {
        assert_eq!(longest_run("a ``` b ` c", '`'), 3);
        let mut out = String::new();
        push_code_span("a`b", &mut out);
        assert_eq!(out, "``a`b``");
        out.clear();
        push_code_span("`x", &mut out);
        assert_eq!(out, "`` `x ``");
    }

    #[test]
    fn pipe_tables_pad_short_rows() {
        let rows = vec![
            vec!["A".to_string(), "B".to_string()],
            vec!["1".to_string()],
        ];
        assert_eq!(
            pipe_table(&rows).as_deref(),
            Some("| A | B |\n| --- | --- |\n| 1 | |")
        );
    }

    #[test]
    fn destinations_cannot_break_out() {
        assert_eq!(destination("a b(c)"), "a%20b%28c%29");
    }
}
