//! Clean HTML output: allow-listed tags and attributes only, URLs made
//! absolute, lazy images resolved, and no way for script to ride along (no
//! event handlers, no `javascript:` or `data:` links, no styles).

use html5ever::{LocalName, local_name};

use super::media::image_urls;
use super::urls::{embed_src, safe_srcset, safe_url};
use super::{Context, Writer};
use crate::dom::{Dom, NodeId, Tag};

/// Builds the article HTML.
pub(crate) struct HtmlWriter<'a> {
    out: String,
    context: &'a Context<'a>,
    keep_classes: bool,
    max_bytes: usize,
    /// Depth of elements opened after the output hit its size cap.
    skipped: usize,
    /// The elements written and not yet closed, innermost last.
    open: Vec<OpenElement>,
}

/// An element whose start tag is written, so that an element left empty
/// can be taken back out when it closes.
struct OpenElement {
    /// The tag name written, for its end tag.
    name: &'static str,
    /// The output's length before its start tag.
    start: usize,
    /// Whether text or media has been written inside it.
    holds_content: bool,
    /// Whether white space has been written inside it: taken out, the
    /// element leaves a space in its place, or the words on either side
    /// would run together.
    holds_space: bool,
}

/// Elements that say nothing without content: an emptied list item still
/// shows its bullet, an empty heading or paragraph its margins. Table
/// parts keep the grid; players and media are content themselves.
fn is_dropped_when_empty(tag: Tag) -> bool {
    tag.is_heading()
        || matches!(
            tag,
            Tag::A
                | Tag::Abbr
                | Tag::Article
                | Tag::Aside
                | Tag::B
                | Tag::Blockquote
                | Tag::Cite
                | Tag::Code
                | Tag::Dd
                | Tag::Details
                | Tag::Div
                | Tag::Dl
                | Tag::Dt
                | Tag::Em
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Header
                | Tag::I
                | Tag::Li
                | Tag::Main
                | Tag::Mark
                | Tag::Nav
                | Tag::Ol
                | Tag::P
                | Tag::Pre
                | Tag::Q
                | Tag::S
                | Tag::Section
                | Tag::Small
                | Tag::Span
                | Tag::Strong
                | Tag::Sub
                | Tag::Summary
                | Tag::Sup
                | Tag::Table
                | Tag::U
                | Tag::Ul
        )
}

impl<'a> HtmlWriter<'a> {
    pub(crate) fn new(context: &'a Context<'a>, keep_classes: bool, max_bytes: usize) -> Self {
        let mut out = String::with_capacity(16 * 1024);
        out.push_str("<div id=\"readability-page-1\" class=\"page\">");
        HtmlWriter {
            out,
            context,
            keep_classes,
            max_bytes,
            skipped: 0,
            open: Vec::new(),
        }
    }

    /// Marks the innermost open element as holding white space.
    fn space_written(&mut self) {
        if let Some(element) = self.open.last_mut() {
            element.holds_space = true;
        }
    }

    /// Marks the innermost open element as holding content.
    fn content_written(&mut self) {
        if let Some(element) = self.open.last_mut() {
            element.holds_content = true;
        }
    }

    pub(crate) fn finish(mut self) -> String {
        self.out.push_str("</div>");
        self.out
    }

    fn over_budget(&self) -> bool {
        self.out.len() >= self.max_bytes
    }

    /// Copies `text` while the output is under its cap, character by
    /// character only where the cap falls inside it (the last character
    /// may cross it, as with escaped text). `false` once over the cap.
    fn push_within_budget(&mut self, text: &str) -> bool {
        if self.out.len() + text.len() <= self.max_bytes {
            self.out.push_str(text);
            return true;
        }
        for c in text.chars() {
            if self.over_budget() {
                return false;
            }
            self.out.push(c);
        }
        !self.over_budget()
    }

    fn attribute(&mut self, name: &str, value: &str) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        escape_into(&mut self.out, value, true);
        self.out.push('"');
    }
}

/// Attributes kept on every element.
fn is_global_attr(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("lang") | local_name!("dir") | local_name!("title")
    )
}

/// Attributes kept on specific elements (URL attributes are handled apart).
fn is_element_attr(tag: Tag, name: &LocalName) -> bool {
    match tag {
        Tag::Img => matches!(
            *name,
            local_name!("alt")
                | local_name!("width")
                | local_name!("height")
                | local_name!("sizes")
        ),
        Tag::Td | Tag::Th => matches!(
            *name,
            local_name!("colspan")
                | local_name!("rowspan")
                | local_name!("headers")
                | local_name!("scope")
        ),
        Tag::Ol => matches!(
            *name,
            local_name!("start") | local_name!("reversed") | local_name!("type")
        ),
        Tag::Time | Tag::Del | Tag::Ins => matches!(*name, local_name!("datetime")),
        Tag::Source => matches!(
            *name,
            local_name!("type") | local_name!("media") | local_name!("sizes")
        ),
        Tag::Video | Tag::Audio => matches!(
            *name,
            local_name!("controls") | local_name!("width") | local_name!("height")
        ),
        Tag::Iframe => matches!(
            *name,
            local_name!("width") | local_name!("height") | local_name!("allowfullscreen")
        ),
        Tag::Track => matches!(
            *name,
            local_name!("kind") | local_name!("srclang") | local_name!("label")
        ),
        Tag::Col | Tag::Colgroup => matches!(*name, local_name!("span")),
        _ => false,
    }
}

/// Attributes holding one URL, per element (the addresses of images,
/// `<source>`s and players are handled apart).
fn is_url_attr(tag: Tag, name: &LocalName) -> bool {
    match tag {
        Tag::A => *name == local_name!("href"),
        Tag::Video | Tag::Audio | Tag::Track => {
            *name == local_name!("src") || (*name == local_name!("poster") && tag == Tag::Video)
        }
        Tag::Blockquote | Tag::Q | Tag::Del | Tag::Ins => *name == local_name!("cite"),
        _ => false,
    }
}

/// Escapes text (and, in attributes, quotes) for HTML.
pub(crate) fn escape_into(out: &mut String, s: &str, attr: bool) {
    let mut rest = s;
    while let Some((safe, special, tail)) = split_at_special(rest, attr) {
        out.push_str(safe);
        escape_char(out, special, attr);
        rest = tail;
    }
    out.push_str(rest);
}

/// Splits `s` at its first character that [`escape_char`] rewrites: the
/// run before it (copied as it is, in one go), that character and the
/// rest. `None` when nothing in `s` needs escaping.
fn split_at_special(s: &str, attr: bool) -> Option<(&str, char, &str)> {
    // Every rewritten character is ASCII but the no-break space, whose
    // UTF-8 form starts with 0xC2 (as do other characters: checked below).
    // Without a branch on `attr` (the quote stands in for a byte already
    // tested when it is not special), so that the blocks are vectorised.
    let quote = if attr { b'"' } else { b'&' };
    let special = |&b: &u8| (b == b'&') | (b == b'<') | (b == b'>') | (b == 0xC2) | (b == quote);
    let mut from = 0;
    loop {
        let bytes = s.as_bytes().get(from..)?;
        // Plain text is passed in whole blocks.
        let skipped = crate::text::passed_in_blocks(bytes, |b| !special(b));
        let at = from + skipped + bytes.get(skipped..)?.iter().position(special)?;
        let c = s.get(at..)?.chars().next()?;
        if c.is_ascii() || c == '\u{a0}' {
            return Some((s.get(..at)?, c, s.get(at + c.len_utf8()..)?));
        }
        from = at + c.len_utf8();
    }
}

fn escape_char(out: &mut String, c: char, attr: bool) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' if attr => out.push_str("&quot;"),
        '\u{a0}' => out.push_str("&nbsp;"),
        _ => out.push(c),
    }
}

impl Writer for HtmlWriter<'_> {
    fn open(&mut self, dom: &Dom, id: NodeId, tag: Tag) {
        if self.skipped > 0 || self.over_budget() {
            if !tag.is_void() {
                self.skipped += 1;
            }
            return;
        }
        let Some(mut name) = tag.name() else {
            return;
        };
        // A paragraph holding blocks (a `div` turned paragraph around
        // `<center>` lines) is written as a `div`: a `<p>` ends where a block
        // starts, and a reader of the output would find empty paragraphs.
        if tag == Tag::P && dom.children(id).any(|c| dom.tag(c).is_block()) {
            name = "div";
        }
        // A `<ul>` numbered by its inline style would lose its numbers with
        // the style, which the output does not keep: it is written as the
        // `<ol>` it shows as.
        if tag == Tag::Ul && super::numbers_items(dom, id) {
            name = "ol";
        }
        let base = self.context.base.as_ref();
        let mut attrs: Vec<(&str, String)> = Vec::new();
        // Images, sources and players: addresses from their own rules.
        match tag {
            Tag::Img | Tag::Source => {
                let urls = image_urls(dom, id);
                if let Some(src) = urls.src.and_then(|u| safe_url(&u, base, true)) {
                    attrs.push(("src", src));
                }
                if let Some(srcset) = urls.srcset.and_then(|s| safe_srcset(&s, base)) {
                    attrs.push(("srcset", srcset));
                }
                if attrs.is_empty() {
                    // An image with nowhere to load from shows nothing.
                    return;
                }
            }
            Tag::Iframe => {
                // The walker keeps only allowed players.
                let Some(src) = embed_src(dom, id, base, self.context.video_hosts) else {
                    self.skipped += 1;
                    return;
                };
                attrs.push(("src", src));
            }
            _ => {}
        }
        let keep_classes = self.keep_classes;
        let start = self.out.len();
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.attribute(k, &v);
        }
        // The element's own attributes go straight out, not gathered first.
        dom.for_each_attr(id, |attr, value| {
            if is_url_attr(tag, attr) {
                if let Some(url) = safe_url(value, base, tag != Tag::A) {
                    self.attribute(attr, &url);
                }
            } else if is_global_attr(attr)
                || is_element_attr(tag, attr)
                || (keep_classes && *attr == local_name!("class"))
            {
                self.attribute(attr, value);
            }
        });
        self.out.push('>');
        if tag.is_void() {
            // An image, a rule or a player shows something; a line break
            // alone does not.
            if !matches!(tag, Tag::Br | Tag::Wbr) {
                self.content_written();
            }
        } else {
            self.open.push(OpenElement {
                name,
                start,
                // Players and other media show something whatever is
                // inside them.
                holds_content: matches!(
                    tag,
                    Tag::Audio
                        | Tag::Canvas
                        | Tag::Iframe
                        | Tag::Math
                        | Tag::Object
                        | Tag::Picture
                        | Tag::Svg
                        | Tag::Video
                ),
                holds_space: false,
            });
        }
    }

    fn text(&mut self, text: &str, _pre: bool, blank: bool) {
        if self.skipped > 0 || self.over_budget() {
            return;
        }
        if !blank {
            self.content_written();
        } else if !text.is_empty() {
            self.space_written();
        }
        // One text run can be as long as the page: stop at the cap.
        let mut rest = text;
        loop {
            let (safe, special, tail) = match split_at_special(rest, false) {
                Some((safe, c, tail)) => (safe, Some(c), tail),
                None => (rest, None, ""),
            };
            if !self.push_within_budget(safe) {
                return;
            }
            let Some(c) = special else { return };
            if self.over_budget() {
                return;
            }
            escape_char(&mut self.out, c, false);
            rest = tail;
        }
    }

    fn close(&mut self, _dom: &Dom, _id: NodeId, tag: Tag) {
        if tag.is_void() {
            return;
        }
        if self.skipped > 0 {
            self.skipped -= 1;
            return;
        }
        if tag.name().is_none() {
            return;
        }
        let Some(element) = self.open.pop() else {
            return;
        };
        if !element.holds_content && is_dropped_when_empty(tag) {
            // Taken back out (the start is a length the output had, a
            // character boundary); a block still parts its neighbours.
            self.out.truncate(element.start);
            if tag.is_block() {
                self.out.push('\n');
            } else if element.holds_space {
                self.out.push(' ');
            }
            if element.holds_space {
                self.space_written();
            }
            return;
        }
        if element.holds_content {
            self.content_written();
        }
        self.out.push_str("</");
        self.out.push_str(element.name);
        self.out.push('>');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Character by character: the reference for the run-wise escaping.
    fn escape_chars(s: &str, attr: bool) -> String {
        let mut out = String::new();
        for c in s.chars() {
            escape_char(&mut out, c, attr);
        }
        out
    }

    #[test]
    fn text_stops_at_the_cap_as_escaping_by_characters_does() {
        let context = Context {
            base: None,
            video_hosts: &[],
            nfc: true,
        };
        let text = "Caf\u{e9} & \u{a0}bar <b> \u{6771}\u{4eac} \u{a0}";
        let prefix = HtmlWriter::new(&context, false, usize::MAX).out.len();
        for cap in prefix..prefix + 60 {
            let mut writer = HtmlWriter::new(&context, false, cap);
            let blank = crate::text::is_blank(text);
            writer.text(text, false, blank);
            writer.text(text, false, blank);
            // The reference: check the cap before every character.
            let mut expected = HtmlWriter::new(&context, false, cap).out;
            for c in text.chars().chain(text.chars()) {
                if expected.len() >= cap {
                    break;
                }
                escape_char(&mut expected, c, false);
            }
            assert_eq!(writer.out, expected, "cap {cap}");
        }
    }

    #[test]
    fn escaping_by_runs_matches_escaping_by_characters() {
        let samples = [
            "",
            "plain",
            "a < b && c > \"d\"",
            "non\u{a0}breaking \u{a2}cent \u{c2}\u{bf} \u{a0}",
            "\u{a0}",
            "<<>>&&",
            "été — 東京 \"quoted\" 'single'",
        ];
        for s in samples {
            for attr in [false, true] {
                let mut out = String::new();
                escape_into(&mut out, s, attr);
                assert_eq!(out, escape_chars(s, attr), "{s:?} attr={attr}");
            }
        }
    }
}
