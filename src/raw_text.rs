//! Before the parse: the bodies of scripts and style sheets, the drawings
//! inside inline SVG pictures, and the script data and event handlers of
//! plain elements, which nothing after the parse reads, found so that the
//! parser is not handed them.
//!
//! On real pages about half the bytes are inline scripts and style sheets
//! (bundles, JSON state, CSS), and the tokenizer walks raw text character
//! by character, where this scan jumps from one `<` to the next. It follows
//! the tokenizer's states wherever they decide what is raw text: tags and
//! their quoted attribute values, comments and declarations, the raw-text
//! and RCDATA elements (`<textarea>`, `<iframe>`, `<noscript>` when scripts
//! are on...), and the escaped states of script data, so a body ends where
//! the tokenizer would end it. An inline SVG picture of drawing elements
//! (icons, logos) is passed over to its end tag, and what is inside it
//! left out: the `<svg>` element stays, with its attributes, empty (an
//! extraction drops pictures, and never shows their titles as text; the
//! paths of an icon set are a few per cent of a page's bytes, each a tag
//! the tree builder would make an element of). Where the tree builder may
//! read `<script>` or `<style>` as something other than raw text (in SVG
//! with HTML inside, in MathML or a frameset, after `<plaintext>`), the
//! scan stops and the rest of the page goes to the parser whole. A body
//! something reads stays: a JSON-LD script (the metadata's structured
//! data), `<noscript>`.
//!
//! Left out, a body changes nothing but what is inside its element.
//!
//! Attributes are most of what is left: on real pages about two thirds of
//! the bytes the parser reads are attributes, and a tenth to a fifth are
//! `data-*` attributes, state for the page's own scripts (JSON, tracking
//! labels, framework bindings). The tokenizer reads a name a character at
//! a time and makes an attribute of each, the sink keeps it, and every
//! later pass over an element's attributes steps over it. On a plain
//! element, one whose attributes are read only by name (a `<div>`, a
//! `<p>`, a link, a table cell; see [`is_plain_element`]), the scan leaves
//! out every `data-*` attribute but the language of a code block's
//! wrapper (`data-lang`, `data-language`) and every event handler (`on*`):
//! no stage reads them, the HTML output never carries them, and the
//! parser is handed the tag around them. Pictures, players, frames,
//! embeds, code blocks and custom or unknown elements keep them all, as
//! what reads those (lazy-loading sources, video hosts, a player's id)
//! looks at every name. An attribute stays when the next name starts with
//! `=` (`<p a data-x =b>`): without it, `=b` would become the value of
//! `a`. A `<link>` the metadata does not read (a style sheet, an icon, a
//! preload; see [`is_unread_link`]) loses all its attributes, and stays an
//! empty element. The caller's selectors may name any attribute; when they test
//! attributes, none is left out, and neither for the explanation's copy of
//! the page.

use std::ops::Range;

use crate::parse::Scripting;

/// The byte ranges of `html`, in order and apart, that hold the body of a
/// `<script>` other than JSON-LD, of a `<style>` (with `styles`) or of an SVG
/// picture of drawing elements (the bytes between the start tag's `>` and
/// the `<` of the end tag that closes it), and, with `attributes`, the
/// unread attributes of plain elements (from the first byte of the name to
/// the last of the value). Every range starts and ends next to an ASCII
/// byte, so on a character boundary.
pub(crate) fn unread_parts(
    html: &str,
    scripting: Scripting,
    styles: bool,
    attributes: bool,
) -> Vec<Range<usize>> {
    let b = html.as_bytes();
    let mut parts = Vec::new();
    // The unread attributes of the tag being read.
    let mut unread_attributes = Vec::new();
    // Every attribute of the `<link>` being read.
    let mut link_attributes: Vec<Attribute> = Vec::new();
    let mut at = 0;
    while let Some(lt) = memchr::memchr(b'<', b.get(at..).unwrap_or_default()).map(|p| at + p) {
        let Some(opening) = opening(b, lt) else { break };
        let after = match opening {
            Opening::NoTag(end) => end,
            Opening::Text => Some(lt + 1),
            Opening::EndTag => tag_end(b, lt + 2).map(|t| t.after),
            Opening::StartTag => {
                // A `<link>`'s attributes are judged together, at its end.
                let is_link = attributes && names_link(b, lt + 1);
                let tag = tag_end_with(b, lt + 1, |attribute| {
                    if is_link {
                        link_attributes.push(attribute);
                    } else if attributes
                        && is_unread_attribute(b.get(attribute.name.clone()).unwrap_or_default())
                        && !is_followed_by_equals(b, attribute.written.end)
                    {
                        unread_attributes.push(attribute.written);
                    }
                });
                let Some(tag) = tag else { break };
                if is_link {
                    if is_unread_link(b, &link_attributes) {
                        parts.extend(link_attributes.iter().map(|a| a.written.clone()));
                    }
                    link_attributes.clear();
                }
                if !unread_attributes.is_empty() {
                    if is_plain_element(b.get(tag.name.clone()).unwrap_or_default()) {
                        parts.append(&mut unread_attributes);
                    } else {
                        unread_attributes.clear();
                    }
                }
                match content_of(&tag, b, scripting, styles) {
                    Content::Markup => Some(tag.after),
                    // `<svg/>` holds nothing.
                    Content::Svg if tag.self_closing => Some(tag.after),
                    Content::Svg => svg_end(b, tag.after).map(|(close, after)| {
                        if close > tag.after {
                            parts.push(tag.after..close);
                        }
                        after
                    }),
                    Content::Foreign => break,
                    // `None`: raw text to the end of the page.
                    Content::Raw { end_tag, unread } => {
                        let end = raw_text_end(b, tag.after, end_tag);
                        if let Some(end) = end.filter(|&end| unread && end > tag.after) {
                            parts.push(tag.after..end);
                        }
                        end
                    }
                }
            }
        };
        match after {
            Some(after) => at = after,
            None => break,
        }
    }
    parts
}

/// Whether an attribute named `name` (as written, any case) is one
/// nothing after the parse reads on a [plain element](is_plain_element):
/// a script's data (`data-*`, but for the language of a code block,
/// `data-lang` and `data-language`) or an event handler (`on*`).
pub(crate) fn is_unread_attribute(name: &[u8]) -> bool {
    match name.first() {
        Some(b'd' | b'D') => {
            name.len() > 5
                && name[..5].eq_ignore_ascii_case(b"data-")
                && !name.eq_ignore_ascii_case(b"data-lang")
                && !name.eq_ignore_ascii_case(b"data-language")
        }
        Some(b'o' | b'O') => name.len() > 2 && name[1].eq_ignore_ascii_case(&b'n'),
        _ => false,
    }
}

/// Whether the start tag whose name starts at `from` is a `<link>`.
fn names_link(b: &[u8], from: usize) -> bool {
    b.get(from..from + 4)
        .is_some_and(|n| n.eq_ignore_ascii_case(b"link"))
        && b.get(from + 4).is_some_and(|&c| ends_tag_name(c))
}

/// The relations of a `<link>` that the metadata reads (see
/// `metadata::markup`); any other link (a style sheet, an icon, a
/// preload, an alternate version) is read by nothing.
const READ_LINK_RELATIONS: [&[u8]; 4] = [b"canonical", b"image_src", b"license", b"next"];

/// Whether a `<link>` with these attributes is one nothing reads, so that
/// all of them may be left out: its first `rel` names none of
/// [`READ_LINK_RELATIONS`] and it has no `itemprop` (microdata reads a
/// link's address). A `rel` holding a character reference is only known
/// once decoded: that link is read.
fn is_unread_link(b: &[u8], attributes: &[Attribute]) -> bool {
    let named = |a: &Attribute, wanted: &[u8]| {
        b.get(a.name.clone())
            .is_some_and(|n| n.eq_ignore_ascii_case(wanted))
    };
    if attributes.iter().any(|a| named(a, b"itemprop")) {
        return false;
    }
    let Some(rel) = attributes.iter().find(|a| named(a, b"rel")) else {
        return true;
    };
    let value = b.get(rel.value.clone()).unwrap_or_default();
    !value.contains(&b'&') && !names_read_relation(value)
}

/// Whether a `rel` value (its tokens apart by white space, any case)
/// names one of [`READ_LINK_RELATIONS`].
pub(crate) fn names_read_relation(rel: &[u8]) -> bool {
    rel.split(|&c| is_html_space(c)).any(|token| {
        READ_LINK_RELATIONS
            .iter()
            .any(|r| token.eq_ignore_ascii_case(r))
    })
}

/// Whether the first byte from `at` past white space is `=`: the start of
/// a name (`<p a data-x =b>` names `=b`) that would become the value of
/// the name before it (`a`) were the attribute between them left out.
fn is_followed_by_equals(b: &[u8], at: usize) -> bool {
    b.get(at..)
        .and_then(|rest| rest.iter().find(|&&c| !is_html_space(c)))
        == Some(&b'=')
}

/// Whether `name` (any case) is an HTML element whose attributes are only
/// ever read by name: text, sections, lists, tables, links, forms, the
/// head's tags. Pictures, players, frames, embeds, code blocks, templates,
/// custom elements and anything unknown have every attribute read.
pub(crate) fn is_plain_element(name: &[u8]) -> bool {
    // The longest names ("blockquote", "figcaption") have ten letters.
    let mut lower = [0u8; 10];
    let Some(name_lower) = lower.get_mut(..name.len()) else {
        return false;
    };
    name_lower.copy_from_slice(name);
    name_lower.make_ascii_lowercase();
    matches!(
        &*name_lower,
        b"a" | b"abbr"
            | b"address"
            | b"article"
            | b"aside"
            | b"b"
            | b"bdi"
            | b"bdo"
            | b"blockquote"
            | b"body"
            | b"br"
            | b"button"
            | b"caption"
            | b"center"
            | b"cite"
            | b"col"
            | b"colgroup"
            | b"dd"
            | b"del"
            | b"details"
            | b"dfn"
            | b"dialog"
            | b"div"
            | b"dl"
            | b"dt"
            | b"em"
            | b"fieldset"
            | b"figcaption"
            | b"figure"
            | b"font"
            | b"footer"
            | b"form"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"head"
            | b"header"
            | b"hgroup"
            | b"hr"
            | b"html"
            | b"i"
            | b"input"
            | b"ins"
            | b"kbd"
            | b"label"
            | b"legend"
            | b"li"
            | b"link"
            | b"main"
            | b"mark"
            | b"menu"
            | b"meta"
            | b"nav"
            | b"ol"
            | b"optgroup"
            | b"option"
            | b"p"
            | b"q"
            | b"s"
            | b"samp"
            | b"section"
            | b"select"
            | b"small"
            | b"span"
            | b"strong"
            | b"sub"
            | b"summary"
            | b"sup"
            | b"table"
            | b"tbody"
            | b"td"
            | b"tfoot"
            | b"th"
            | b"thead"
            | b"time"
            | b"tr"
            | b"u"
            | b"ul"
            | b"var"
            | b"wbr"
    )
}

/// What a `<` opens, as the tokenizer reads it.
enum Opening {
    /// A start tag, its name right after the `<`.
    StartTag,
    /// An end tag, its name right after the `</`.
    EndTag,
    /// Markup that is no tag (a comment, a declaration, a processing
    /// instruction, `</>`, a bogus end tag) and where it ends: the
    /// position after it, `None` at the end of the page.
    NoTag(Option<usize>),
    /// Nothing: the `<` is text.
    Text,
}

/// What the `<` at `lt` opens; `None` when the page ends before that is
/// known. (Inside SVG, [`svg_end`] reads CDATA sections before asking.)
fn opening(b: &[u8], lt: usize) -> Option<Opening> {
    Some(match *b.get(lt + 1)? {
        b'!' => Opening::NoTag(markup_declaration_end(b, lt + 2)),
        b'?' => Opening::NoTag(to_after_gt(b, lt + 2)),
        b'/' => match *b.get(lt + 2)? {
            c if c.is_ascii_alphabetic() => Opening::EndTag,
            b'>' => Opening::NoTag(Some(lt + 3)),
            _ => Opening::NoTag(to_after_gt(b, lt + 2)),
        },
        c if c.is_ascii_alphabetic() => Opening::StartTag,
        _ => Opening::Text,
    })
}

/// What follows a start tag, as the tokenizer will read it.
enum Content {
    /// Markup: the scan goes on.
    Markup,
    /// Raw text or RCDATA up to `</end_tag`; `unread` when nothing after
    /// the parse reads it.
    Raw {
        end_tag: &'static [u8],
        unread: bool,
    },
    /// An inline SVG picture: followed while it holds only drawing
    /// elements (see [`svg_end`]).
    Svg,
    /// Content the scan does not follow: it stops here.
    Foreign,
}

/// How the content after the start tag `tag` is read; a style sheet's
/// body is unread with `styles`.
fn content_of(tag: &Tag, b: &[u8], scripting: Scripting, styles: bool) -> Content {
    let raw = |end_tag, unread| Content::Raw { end_tag, unread };
    let name = b.get(tag.name.clone()).unwrap_or_default();
    // Most tags are none of these: their length rules most of them out.
    if !(3..=9).contains(&name.len()) {
        return Content::Markup;
    }
    let is = |n: &[u8]| name.eq_ignore_ascii_case(n);
    if is(b"script") {
        let read = tag
            .type_value
            .clone()
            .is_some_and(|v| may_be_json_ld_type(b.get(v).unwrap_or_default()));
        raw(b"script", !read)
    } else if is(b"style") {
        raw(b"style", styles)
    } else if is(b"svg") {
        Content::Svg
    } else {
        const READ_AS_TEXT: &[&[u8]] = &[
            b"title",
            b"textarea",
            b"xmp",
            b"iframe",
            b"noembed",
            b"noframes",
        ];
        if let Some(&end_tag) = READ_AS_TEXT.iter().find(|n| is(n)) {
            raw(end_tag, false)
        } else if is(b"noscript") && scripting == Scripting::Enabled {
            raw(b"noscript", false)
        } else if is(b"math") || is(b"frameset") || is(b"plaintext") {
            Content::Foreign
        } else {
            Content::Markup
        }
    }
}

/// Whether a `<script type>` value, as written, may name JSON-LD, the
/// one kind of script whose text is read after the parse (the metadata's
/// structured data, found by a type holding `ld+json` in any case). A
/// value with a character reference (`ld&#43;json`) is taken to: it is
/// only known once decoded. Any other script's text, JavaScript, JSON
/// state for the page's own code, templates, nothing reads.
fn may_be_json_ld_type(value: &[u8]) -> bool {
    value.contains(&b'&') || is_json_ld_type(value)
}

/// Whether a script's decoded `type` names JSON-LD (`application/ld+json`,
/// in any case): the only scripts anything reads.
pub(crate) fn is_json_ld_type(value: &[u8]) -> bool {
    value.windows(7).any(|w| w.eq_ignore_ascii_case(b"ld+json"))
}

/// Whether `c` ends a tag's name: white space, `/` or `>`.
fn ends_tag_name(c: u8) -> bool {
    is_html_space(c) || c == b'/' || c == b'>'
}

/// HTML's white space, as the tokenizer reads it (a carriage return
/// becomes a line feed before it reads).
pub(crate) fn is_html_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// The position after the next `>` from `from`, if any.
fn to_after_gt(b: &[u8], from: usize) -> Option<usize> {
    memchr::memchr(b'>', b.get(from..)?).map(|p| from + p + 1)
}

/// The end of a markup declaration whose `<!` ends at `from`: a comment,
/// a doctype or a bogus comment (a CDATA section is one in HTML content;
/// inside SVG, [`svg_end`] reads CDATA sections before asking).
fn markup_declaration_end(b: &[u8], from: usize) -> Option<usize> {
    if b.get(from..from + 2) == Some(b"--") {
        comment_end(b, from + 2)
    } else {
        to_after_gt(b, from)
    }
}

/// The position after a comment whose `<!--` ends at `from`. A comment
/// ends at `>` after two dashes or more, or at `--!>`; `<!-->` and
/// `<!--->` end at once.
fn comment_end(b: &[u8], from: usize) -> Option<usize> {
    match b.get(from) {
        Some(b'>') => return Some(from + 1),
        Some(b'-') if b.get(from + 1) == Some(&b'>') => return Some(from + 2),
        _ => {}
    }
    let mut at = from;
    loop {
        let dash = at + memchr::memchr(b'-', b.get(at..)?)?;
        if b.get(dash + 1) != Some(&b'-') {
            at = dash + 1;
            continue;
        }
        let mut after = dash + 2;
        while b.get(after) == Some(&b'-') {
            after += 1;
        }
        match b.get(after) {
            Some(b'>') => return Some(after + 1),
            Some(b'!') if b.get(after + 1) == Some(&b'>') => return Some(after + 2),
            // After `--!`, one more dash makes `--` again with the next.
            Some(b'!') => at = after + 1,
            Some(_) => at = after,
            None => return None,
        }
    }
}

/// An attribute as the tag reader finds it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Attribute {
    /// Where it is written: its name, and its value if it has one (with
    /// the quotes).
    written: Range<usize>,
    /// Its name, as written.
    name: Range<usize>,
    /// Its value, without the quotes; empty, at the name's end, if it has
    /// none.
    value: Range<usize>,
}

impl Attribute {
    /// An attribute written as its name alone.
    fn bare(name: &Range<usize>) -> Attribute {
        Attribute {
            written: name.clone(),
            name: name.clone(),
            value: name.end..name.end,
        }
    }

    /// An attribute whose value is at `value`, written up to `end`.
    fn valued(name: &Range<usize>, value: Range<usize>, end: usize) -> Attribute {
        Attribute {
            written: name.start..end,
            name: name.clone(),
            value,
        }
    }
}

/// A tag as far as the scan needs it.
struct Tag {
    /// Its name, as written.
    name: Range<usize>,
    /// The value of its first `type` attribute, unquoted.
    type_value: Option<Range<usize>>,
    /// The position after its closing `>`.
    after: usize,
    /// Written `<name ... />`.
    self_closing: bool,
}

/// The value of a script's first `type` attribute, as a tag's attributes
/// are read (only a script's type is asked for).
struct ScriptType<'a> {
    page: &'a [u8],
    wanted: bool,
    value: Option<Range<usize>>,
}

impl<'a> ScriptType<'a> {
    /// For the tag named by `name` in `page`.
    fn of(page: &'a [u8], name: &Range<usize>) -> Self {
        ScriptType {
            page,
            wanted: page
                .get(name.clone())
                .is_some_and(|n| n.eq_ignore_ascii_case(b"script")),
            value: None,
        }
    }

    /// Notes the value read for the attribute named `attr`.
    fn read(&mut self, attr: &Range<usize>, value: Range<usize>) {
        if self.wanted
            && self.value.is_none()
            && self
                .page
                .get(attr.clone())
                .is_some_and(|n| n.eq_ignore_ascii_case(b"type"))
        {
            self.value = Some(value);
        }
    }
}

/// Reads the tag whose name starts at `from` (right after `<` or `</`),
/// following the tokenizer's attribute states so that a `>` inside a quoted
/// value does not end it. `None` when the page ends inside the tag. Names
/// and values are passed over in runs, not a state change per byte.
///
/// The states are places in the code rather than a value switched on: a
/// jump on a state variable, taken at every attribute of every tag of the
/// page, is one the processor keeps guessing wrong. `after_name` is the
/// one distinction left: whether `=` starts a value (after an attribute's
/// name) or a name (anywhere else).
fn tag_end(b: &[u8], from: usize) -> Option<Tag> {
    tag_end_with(b, from, |_| {})
}

/// [`tag_end`], handing `attribute` each attribute the tag holds.
fn tag_end_with(b: &[u8], from: usize, mut attribute: impl FnMut(Attribute)) -> Option<Tag> {
    let ends_attr_name = |c: u8| ends_tag_name(c) || c == b'=';
    let mut i = run_end(b, from, ends_tag_name)?;
    let name = from..i;
    let mut script_type = ScriptType::of(b, &name);
    let mut attr_name = i..i;
    // White space after the tag's name leads to a new name (where `=`
    // starts one); `/` and `>` are read alike either way.
    let mut after_name = !is_html_space(*b.get(i)?);
    let mut self_closing = false;
    // An attribute whose name was read and whose value may still follow.
    let mut named = false;
    loop {
        let c = *b.get(i)?;
        if is_html_space(c) {
            i += 1;
            continue;
        }
        match c {
            b'>' => {
                if named {
                    attribute(Attribute::bare(&attr_name));
                }
                break;
            }
            b'/' => {
                if std::mem::take(&mut named) {
                    attribute(Attribute::bare(&attr_name));
                }
                // `/` then `>` closes the tag itself; anything else is
                // read again as where a name may start.
                i += 1;
                if *b.get(i)? == b'>' {
                    self_closing = true;
                    break;
                }
                after_name = false;
            }
            b'=' if after_name => {
                i += 1;
                while is_html_space(*b.get(i)?) {
                    i += 1;
                }
                let v = *b.get(i)?;
                match v {
                    b'"' | b'\'' => {
                        let close = i + 1 + memchr::memchr(v, b.get(i + 1..)?)?;
                        script_type.read(&attr_name, i + 1..close);
                        attribute(Attribute::valued(&attr_name, i + 1..close, close + 1));
                        i = close + 1;
                        // Right after the closing quote: `/` and `>` are
                        // read as usual, white space is passed, anything
                        // else starts a name at once.
                        if is_html_space(*b.get(i)?) {
                            i += 1;
                        }
                    }
                    b'>' => {
                        script_type.read(&attr_name, i..i);
                        attribute(Attribute::valued(&attr_name, i..i, i));
                        break;
                    }
                    _ => {
                        // Unquoted, to white space or `>`.
                        let end = run_end(b, i + 1, |c| is_html_space(c) || c == b'>')?;
                        script_type.read(&attr_name, i..end);
                        attribute(Attribute::valued(&attr_name, i..end, end));
                        i = end;
                    }
                }
                named = false;
                after_name = false;
            }
            _ => {
                if named {
                    attribute(Attribute::bare(&attr_name));
                }
                // A name, which may start with `=` where no name stood.
                let end = run_end(b, i + 1, ends_attr_name)?;
                attr_name = i..end;
                i = end;
                named = true;
                after_name = true;
            }
        }
    }
    Some(Tag {
        name,
        type_value: script_type.value,
        after: i + 1,
        self_closing,
    })
}

/// The first position from `from` whose byte ends a run, if any.
fn run_end(b: &[u8], from: usize, ends: impl Fn(u8) -> bool) -> Option<usize> {
    b.get(from..)?
        .iter()
        .position(|&c| ends(c))
        .map(|p| from + p)
}

/// Where the `</svg>` that closes an SVG picture whose start tag ends at
/// `from` starts, and the position after it, when the picture holds only
/// drawing elements, comments and CDATA sections, and its titles and
/// descriptions only text.
/// Inside SVG, `<script>` and `<style>` are no raw text, and some HTML
/// tags (`<div>`, `<p>`, `</a>`...) or an HTML island (`<foreignObject>`)
/// take the tree builder out of it where only the tree says; with any of
/// them, `None`: the scan stops.
fn svg_end(b: &[u8], from: usize) -> Option<(usize, usize)> {
    // The elements open inside the picture, innermost last, the picture
    // first. An end tag closes the nearest open one of its name, as the
    // tree builder closes it; one that closes none of them would close an
    // HTML element around the picture (`<g><svg></g>`), which only the
    // tree says, and the scan stops.
    let mut open: Vec<&[u8]> = vec![b"svg"];
    let mut at = from;
    loop {
        let lt = at + memchr::memchr(b'<', b.get(at..)?)?;
        if b.get(lt + 1..lt + 9) == Some(b"![CDATA[") {
            let rest = b.get(lt + 9..)?;
            at = lt + 9 + memchr::memmem::find(rest, b"]]>")? + 3;
            continue;
        }
        at = match opening(b, lt)? {
            Opening::NoTag(end) => end?,
            Opening::Text => lt + 1,
            Opening::EndTag => {
                let tag = tag_end(b, lt + 2)?;
                let name = b.get(tag.name.clone())?;
                if !name.eq_ignore_ascii_case(b"svg") && !is_drawing_element(name) {
                    return None;
                }
                let closed = open.iter().rposition(|n| n.eq_ignore_ascii_case(name))?;
                open.truncate(closed);
                if open.is_empty() {
                    return Some((lt, tag.after));
                }
                tag.after
            }
            Opening::StartTag => {
                let tag = tag_end(b, lt + 1)?;
                let name = b.get(tag.name.clone())?;
                let is_label =
                    name.eq_ignore_ascii_case(b"title") || name.eq_ignore_ascii_case(b"desc");
                if !name.eq_ignore_ascii_case(b"svg") && !is_drawing_element(name) {
                    return None;
                }
                if !tag.self_closing {
                    open.push(name);
                }
                if is_label && !tag.self_closing {
                    // Text only, up to its end tag: inside, HTML tags
                    // would be HTML.
                    let end = tag.after + memchr::memchr(b'<', b.get(tag.after..)?)?;
                    let label: &[u8] = if name.eq_ignore_ascii_case(b"title") {
                        b"title"
                    } else {
                        b"desc"
                    };
                    if !closes(b, end, label) {
                        return None;
                    }
                    end
                } else {
                    tag.after
                }
            }
        };
    }
}

/// Whether `name` (any case) is an SVG element that draws or defines
/// something and takes the tree builder out of SVG neither as a start tag
/// nor as an end tag: an SVG name, or `style`, whose sheet SVG reads as
/// plain text (no HTML `<style>` can be open around a picture, its content
/// being raw text). Titles and descriptions, which may hold HTML, are left
/// to [`svg_end`].
fn is_drawing_element(name: &[u8]) -> bool {
    const NAMES: &[&[u8]] = &[
        b"style",
        b"g",
        b"path",
        b"circle",
        b"rect",
        b"line",
        b"polyline",
        b"polygon",
        b"ellipse",
        b"defs",
        b"use",
        b"symbol",
        b"clippath",
        b"mask",
        b"lineargradient",
        b"radialgradient",
        b"stop",
        b"pattern",
        b"filter",
        b"marker",
        b"image",
        b"text",
        b"tspan",
        b"textpath",
        b"view",
        b"switch",
        b"metadata",
        b"animate",
        b"animatemotion",
        b"animatetransform",
        b"set",
        b"mpath",
        b"title",
        b"desc",
        b"fegaussianblur",
        b"feoffset",
        b"feblend",
        b"fecolormatrix",
        b"feflood",
        b"fecomposite",
        b"femerge",
        b"femergenode",
        b"femorphology",
        b"fedropshadow",
        b"feturbulence",
        b"fedisplacementmap",
        b"fecomponenttransfer",
        b"fefunca",
        b"fefuncr",
        b"fefuncg",
        b"fefuncb",
        b"feimage",
        b"fetile",
    ];
    NAMES.iter().any(|n| name.eq_ignore_ascii_case(n))
}

/// Where raw text that starts at `from` ends: the `<` of the first
/// `</end_tag` followed by white space, `/` or `>` (script data with its
/// escapes for `script`). `None` when it runs to the end of the page.
fn raw_text_end(b: &[u8], from: usize, end_tag: &[u8]) -> Option<usize> {
    if end_tag == b"script" {
        return script_data_end(b, from);
    }
    let mut at = from;
    loop {
        let lt = at + memchr::memchr(b'<', b.get(at..)?)?;
        if closes(b, lt, end_tag) {
            return Some(lt);
        }
        at = lt + 1;
    }
}

/// Whether `</name` followed by white space, `/` or `>` starts at `lt`
/// (the name in any case): the end tag that ends raw text.
fn closes(b: &[u8], lt: usize, name: &[u8]) -> bool {
    let start = lt + 2;
    b.get(lt + 1) == Some(&b'/')
        && b.get(start..start + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        && b.get(start + name.len()).is_some_and(|&c| ends_tag_name(c))
}

/// The ASCII letters from `from`, as the tokenizer collects a tag name in
/// script data: their end.
fn letters_end(b: &[u8], from: usize) -> usize {
    let rest = b.get(from..).unwrap_or_default();
    from + rest
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len())
}

/// Reads the letters from `from` as the double-escape states of script
/// data do: where reading goes on, and whether they spell `script` ended
/// by white space, `/` or `>` (a byte taken as text); any other byte ends
/// them to be read again.
fn escape_name(b: &[u8], from: usize) -> (usize, bool) {
    let end = letters_end(b, from);
    match b.get(end) {
        Some(&t) if ends_tag_name(t) => {
            let name = b.get(from..end).unwrap_or_default();
            (end + 1, name.eq_ignore_ascii_case(b"script"))
        }
        _ => (end, false),
    }
}

/// Where script data from `from` ends: the `<` of the `</script` that the
/// tokenizer takes as its end tag. Inside `<!--`, a `<script` starts a
/// stretch in which `</script` does not end the script (the "double
/// escaped" states), and `-->` leaves the escape.
fn script_data_end(b: &[u8], from: usize) -> Option<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let mut state = State::Data;
    // Dashes just read in an escaped state, up to two.
    let mut dashes = 0u8;
    let mut i = from;
    loop {
        if state == State::Data {
            i += memchr::memchr(b'<', b.get(i..)?)?;
        }
        let &c = b.get(i)?;
        match (state, c) {
            (State::Data, _) => {
                // `c` is a `<`.
                if closes(b, i, b"script") {
                    return Some(i);
                }
                if b.get(i + 1..i + 4) == Some(b"!--") {
                    // `<!--` leaves the state after two dashes: `<!-->`
                    // returns at once.
                    state = State::Escaped;
                    dashes = 2;
                    i += 4;
                } else {
                    i += 1;
                }
            }
            (_, b'-') => {
                dashes = (dashes + 1).min(2);
                i += 1;
            }
            (_, b'>') if dashes == 2 => {
                state = State::Data;
                dashes = 0;
                i += 1;
            }
            (State::Escaped, b'<') => {
                dashes = 0;
                match b.get(i + 1) {
                    Some(b'/') => {
                        let end = letters_end(b, i + 2);
                        if closes(b, i, b"script") {
                            return Some(i);
                        }
                        // The letters are text; the byte after them is
                        // read again in the escaped state.
                        i = end;
                    }
                    Some(c) if c.is_ascii_alphabetic() => {
                        let (next, script) = escape_name(b, i + 1);
                        if script {
                            state = State::DoubleEscaped;
                        }
                        i = next;
                    }
                    _ => i += 1,
                }
            }
            (State::DoubleEscaped, b'<') => {
                dashes = 0;
                if b.get(i + 1) == Some(&b'/') {
                    let (next, script) = escape_name(b, i + 2);
                    if script {
                        state = State::Escaped;
                    }
                    i = next;
                } else {
                    i += 1;
                }
            }
            _ => {
                dashes = 0;
                i += 1;
            }
        }
    }
}

/// [`tag_end`] written state by state, as the tokenizer's specification
/// names the attribute states: the reference its tests compare it with.
#[cfg(test)]
fn tag_end_by_states(b: &[u8], from: usize, mut attribute: impl FnMut(Attribute)) -> Option<Tag> {
    #[derive(Clone, Copy)]
    enum State {
        BeforeAttrName,
        // After a name, which ends at white space, `/`, `=` or `>`: all
        // four are read in this state.
        AfterAttrName,
        BeforeValue,
        AfterQuoted,
        SelfClosing,
    }
    let ends_attr_name = |c: u8| ends_tag_name(c) || c == b'=';
    let mut i = run_end(b, from, ends_tag_name)?;
    let name = from..i;
    let mut script_type = ScriptType::of(b, &name);
    let mut attr_name = i..i;
    // White space after the name leads to a new name (where `=` starts
    // one); `/` and `>` are read as after a name.
    let mut state = if is_html_space(*b.get(i)?) {
        State::BeforeAttrName
    } else {
        State::AfterAttrName
    };
    let mut self_closing = false;
    // An attribute whose name was read and whose value may still follow.
    let mut named = false;
    loop {
        let c = *b.get(i)?;
        match state {
            State::BeforeAttrName => {
                if is_html_space(c) {
                    i += 1;
                } else if c == b'/' || c == b'>' {
                    state = State::AfterAttrName;
                } else {
                    // A name may start with `=`.
                    let end = run_end(b, i + 1, ends_attr_name)?;
                    attr_name = i..end;
                    i = end;
                    named = true;
                    state = State::AfterAttrName;
                }
            }
            State::AfterAttrName => match c {
                b'/' => {
                    if std::mem::take(&mut named) {
                        attribute(Attribute::bare(&attr_name));
                    }
                    i += 1;
                    state = State::SelfClosing;
                }
                b'=' => {
                    i += 1;
                    state = State::BeforeValue;
                }
                b'>' => {
                    if named {
                        attribute(Attribute::bare(&attr_name));
                    }
                    break;
                }
                _ if is_html_space(c) => i += 1,
                _ => {
                    if named {
                        attribute(Attribute::bare(&attr_name));
                    }
                    let end = run_end(b, i + 1, ends_attr_name)?;
                    attr_name = i..end;
                    i = end;
                    named = true;
                }
            },
            State::BeforeValue => match c {
                b'"' | b'\'' => {
                    let close = i + 1 + memchr::memchr(c, b.get(i + 1..)?)?;
                    script_type.read(&attr_name, i + 1..close);
                    attribute(Attribute::valued(&attr_name, i + 1..close, close + 1));
                    named = false;
                    i = close + 1;
                    state = State::AfterQuoted;
                }
                b'>' => {
                    script_type.read(&attr_name, i..i);
                    attribute(Attribute::valued(&attr_name, i..i, i));
                    break;
                }
                _ if is_html_space(c) => i += 1,
                _ => {
                    // Unquoted, to white space or `>`, read again before
                    // the next name.
                    let end = run_end(b, i + 1, |c| is_html_space(c) || c == b'>')?;
                    script_type.read(&attr_name, i..end);
                    attribute(Attribute::valued(&attr_name, i..end, end));
                    named = false;
                    i = end;
                    state = State::BeforeAttrName;
                }
            },
            State::AfterQuoted => match c {
                b'/' => {
                    i += 1;
                    state = State::SelfClosing;
                }
                b'>' => break,
                _ if is_html_space(c) => {
                    i += 1;
                    state = State::BeforeAttrName;
                }
                _ => state = State::BeforeAttrName,
            },
            State::SelfClosing => {
                if c == b'>' {
                    self_closing = true;
                    break;
                }
                state = State::BeforeAttrName;
            }
        }
    }
    Some(Tag {
        name,
        type_value: script_type.value,
        after: i + 1,
        self_closing,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bodies found in `html`, as text.
    fn found(html: &str, scripting: Scripting, styles: bool) -> Vec<&str> {
        unread_parts(html, scripting, styles, false)
            .into_iter()
            .map(|r| html.get(r).unwrap_or("<not a boundary>"))
            .collect()
    }

    fn bodies(html: &str) -> Vec<&str> {
        found(html, Scripting::Enabled, true)
    }

    /// Every tag tail of up to six pieces, made of the bytes the attribute
    /// states switch on, reads as it does state by state: the same end,
    /// self-closing flag, script type and attributes (where each is
    /// written, its name and its value).
    #[test]
    fn tags_end_where_the_attribute_states_end_them() {
        const PIECES: [&str; 9] = [" ", "\t", "=", "\"", "'", "/", ">", " x", "type"];
        let mut tails = vec![String::new()];
        let mut checked = 0;
        for _ in 0..6 {
            let mut longer = Vec::with_capacity(tails.len() * PIECES.len());
            for tail in &tails {
                for piece in PIECES {
                    longer.push(format!("{tail}{piece}"));
                }
            }
            for tail in &longer {
                for name in ["p", "script"] {
                    let tag = format!("{name}{tail}");
                    let read = |t: Tag| (t.name, t.type_value, t.after, t.self_closing);
                    let (mut got_attributes, mut want_attributes) = (Vec::new(), Vec::new());
                    let got = tag_end_with(tag.as_bytes(), 0, |a| got_attributes.push(a)).map(read);
                    let want =
                        tag_end_by_states(tag.as_bytes(), 0, |a| want_attributes.push(a)).map(read);
                    assert_eq!(got, want, "{tag:?}");
                    if got.is_some() {
                        assert_eq!(got_attributes, want_attributes, "{tag:?}");
                    }
                    checked += 1;
                }
            }
            tails = longer;
        }
        assert!(checked > 1_000_000);
    }

    #[test]
    fn scripts_and_style_sheets_are_found() {
        let html = "<head><style>p{}</style><script>var a = \"</p>\";</script></head>\
                    <body><p>x</p><script src=a.js></script></body>";
        assert_eq!(bodies(html), ["p{}", "var a = \"</p>\";"]);
    }

    #[test]
    fn style_sheets_stay_when_asked() {
        let html = "<style>p{}</style><script>j()</script>";
        assert_eq!(found(html, Scripting::Enabled, false), ["j()"]);
    }

    #[test]
    fn json_ld_is_read_and_other_scripts_are_not() {
        let html = "<script type=\"application/ld+json\">{\"a\": 1}</script>\
                    <script type=text/template><p>x</p></script>\
                    <script type=\" Module \">m()</script>\
                    <script TYPE='text/javascript; charset=utf-8'>j()</script>\
                    <script type=\"\">e()</script>\
                    <script type=application/json>{\"state\": 1}</script>\
                    <script type=APPLICATION/LD+JSON>{}</script>\
                    <script type=\"application/ld&#43;json\">{}</script>";
        assert_eq!(
            bodies(html),
            ["<p>x</p>", "m()", "j()", "e()", "{\"state\": 1}"]
        );
    }

    #[test]
    fn the_first_type_attribute_counts() {
        let html = "<script type=module type=application/ld+json>{}</script>\
                    <script type=application/ld+json type=module>{}</script><script>a</script>";
        assert_eq!(bodies(html), ["{}", "a"]);
    }

    #[test]
    fn an_end_tag_needs_its_whole_name() {
        assert_eq!(bodies("<script>a</scripts>b</script >c"), ["a</scripts>b"]);
        assert_eq!(bodies("<SCRIPT>x</ScRiPt>"), ["x"]);
        assert_eq!(bodies("<style>a</styles></style/>"), ["a</styles>"]);
    }

    #[test]
    fn script_escapes_are_followed() {
        // `<!--` then `<script>`: the next `</script>` leaves only the
        // inner stretch, and `-->` the escape.
        assert_eq!(
            bodies("<script><!--<script>a</script>b--></script>c"),
            ["<!--<script>a</script>b-->"]
        );
        // Escaped without a nested `<script>`: `</script>` ends it.
        assert_eq!(bodies("<script><!--</script>x"), ["<!--"]);
        // `-->` in the double-escaped stretch returns to plain script data.
        assert_eq!(
            bodies("<script><!-- <script> --></script>x</script>"),
            ["<!-- <script> -->"]
        );
        // `<!-->` leaves the escape at once.
        assert_eq!(bodies("<script><!--> </script>"), ["<!--> "]);
        // A name that only starts with "script" does not escape twice.
        assert_eq!(bodies("<script><!--<scripts></script>"), ["<!--<scripts>"]);
    }

    #[test]
    fn comments_and_declarations_hide_tags() {
        assert_eq!(bodies("<!-- <script>x --> <style>y</style>"), ["y"]);
        assert_eq!(bodies("<!--> <script>z</script>"), ["z"]);
        assert_eq!(bodies("<!---> <script>z</script>"), ["z"]);
        assert_eq!(bodies("<!-- a --!> <script>z</script>"), ["z"]);
        assert_eq!(
            bodies("<!-- a --!- <script>x</script> --> <script>z</script>"),
            ["z"]
        );
        assert_eq!(
            bodies("<!doctype html><?php echo 1 ?><script>z</script>"),
            ["z"]
        );
    }

    /// The parts of `html` left unread with attributes, as text.
    fn unread_with_attributes(html: &str) -> Vec<&str> {
        unread_parts(html, Scripting::Enabled, true, true)
            .into_iter()
            .map(|r| html.get(r).unwrap_or("<not a boundary>"))
            .collect()
    }

    #[test]
    fn script_data_and_handlers_of_plain_elements_are_unread() {
        assert_eq!(
            unread_with_attributes(
                "<div class=a data-id=\"7\" onclick='go(\">\")' DATA-X = 1 data-lang=py>\
                 <P Data-Y onMouseOver=f/><span data-z=>t</span><script>s</script>"
            ),
            [
                "data-id=\"7\"",
                "onclick='go(\">\")'",
                "DATA-X = 1",
                "Data-Y",
                "onMouseOver=f/",
                "data-z=",
                "s"
            ]
        );
        // Pictures, players, frames, code, custom and unknown elements
        // keep theirs: what reads them reads every name.
        for html in [
            "<img data-src=a.jpg onload=f()>",
            "<iframe data-src=v></iframe>",
            "<video data-poster=p></video>",
            "<pre data-x=1></pre>",
            "<lite-youtube data-videoid=v></lite-youtube>",
            "<widget data-x=1></widget>",
        ] {
            assert!(unread_with_attributes(html).is_empty(), "{html}");
        }
        // A link nothing reads goes whole; one the metadata reads stays.
        assert_eq!(
            unread_with_attributes(
                "<link rel=stylesheet href=a.css integrity='sha-1'>\
                 <LINK Rel=\"Canonical\" href=c><link href=n rel='alternate next'>\
                 <link itemprop=url href=u rel=icon><link rel=\"&#99;anonical\" href=x>\
                 <link rel=icon rel=canonical href=i><link href=bare>"
            ),
            [
                "rel=stylesheet",
                "href=a.css",
                "integrity='sha-1'",
                "rel=icon",
                "rel=canonical",
                "href=i",
                "href=bare"
            ]
        );
        // Element names in any case; nothing longer than the longest.
        assert!(is_plain_element(b"DIV") && is_plain_element(b"BlockQuote"));
        assert!(!is_plain_element(b"blockquotes") && !is_plain_element(b"img"));
        // Names that only look alike, end tags, and a tag the page ends in.
        assert!(unread_with_attributes("<p dat-a=1 data=2 o=3 on=4 id=data-x>").is_empty());
        assert!(unread_with_attributes("</p data-x=1><div data-y=2").is_empty());
        // Left out, it would hand the name before it a value.
        assert!(unread_with_attributes("<p a data-x=1 =b>").is_empty());
        assert!(unread_with_attributes("<p a data-x=\"1\"=b>").is_empty());
    }

    #[test]
    fn quoted_values_hide_tags() {
        let html = "<div title=\"<script>\" data-a='>' data-b=\"'\"><script>a</script></div>";
        assert_eq!(bodies(html), ["a"]);
        // A quote inside a name is no quote.
        assert_eq!(bodies("<div a\"b><script>a</script>"), ["a"]);
        // A name may start with `=`, and a quote in a name opens nothing.
        assert_eq!(bodies("<div =\"a><script>x</script>\">"), ["x"]);
        assert_eq!(bodies("<div a=\"v\"=\"><script>y</script>\">"), ["y"]);
        assert_eq!(bodies("<div a = 'v>w'><script>z</script>"), ["z"]);
        // End tags have attributes too.
        assert_eq!(bodies("</div title='<script>'><script>a</script>"), ["a"]);
    }

    #[test]
    fn raw_text_elements_hide_tags() {
        assert_eq!(
            bodies("<textarea><script>a</textarea><script>b</script>"),
            ["b"]
        );
        assert_eq!(bodies("<title><style></title><style>s</style>"), ["s"]);
        assert_eq!(
            bodies("<iframe><script>a</iframe><xmp><style></xmp>"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn noscript_is_raw_text_only_with_scripts_on() {
        let html = "<noscript><script>a</script></noscript><script>b</script>";
        assert_eq!(found(html, Scripting::Enabled, true), ["b"]);
        assert_eq!(found(html, Scripting::Disabled, true), ["a", "b"]);
    }

    #[test]
    fn drawings_are_passed_over() {
        let html = "<svg viewBox=\"0 0 1 1\"><title>Search</title><path d=\"M0 0\"/>\
                    <g><circle r=1></circle></g></svg><script>c</script>";
        assert_eq!(
            bodies(html),
            [
                "<title>Search</title><path d=\"M0 0\"/><g><circle r=1></circle></g>",
                "c"
            ]
        );
        // Nothing inside, nothing left out.
        assert_eq!(bodies("<svg/><script>c</script>"), ["c"]);
        // An end tag that closes nothing inside the picture closes an HTML
        // element around it: the scan stops there.
        assert!(bodies("<g><svg><path></g></svg><script>c</script>").is_empty());
        assert_eq!(
            bodies("<svg><g><path></g><path/></svg><script>c</script>"),
            ["<g><path></g><path/>", "c"]
        );
        assert_eq!(bodies("<svg></svg><script>c</script>"), ["c"]);
        // The outermost picture is left out whole.
        assert_eq!(
            bodies("<svg><svg><path/></svg><path/></svg><style>s</style>"),
            ["<svg><path/></svg><path/>", "s"]
        );
        assert_eq!(
            bodies("<svg><![CDATA[</svg><script>x</script>]]></svg><script>c</script>"),
            ["<![CDATA[</svg><script>x</script>]]>", "c"]
        );
        assert_eq!(
            bodies("<SVG><Path/></Svg><script>c</script>"),
            ["<Path/>", "c"]
        );
        // A style sheet inside SVG is plain text: a `<` in it opens a tag.
        assert_eq!(
            bodies("<svg><style>.a{fill:red}</style><path/></svg><style>s</style>"),
            ["<style>.a{fill:red}</style><path/>", "s"]
        );
        assert_eq!(
            bodies("<svg><style>a<b>c</style></svg><style>s</style>"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn drawings_with_html_inside_stop_the_scan() {
        for html in [
            "<svg><foreignObject><div>x</div></foreignObject></svg><script>c</script>",
            "<svg><title>a <b>b</b></title></svg><script>c</script>",
            "<svg><p>x</p></svg><script>c</script>",
            "<svg><a href=x><path/></a></svg><script>c</script>",
            "<svg><path/>",
        ] {
            assert!(bodies(html).is_empty(), "{html}");
        }
    }

    #[test]
    fn foreign_content_stops_the_scan() {
        let html = "<script>a</script><svg><script>b</script></svg><script>c</script>";
        assert_eq!(bodies(html), ["a"]);
        assert_eq!(bodies("<math></math><style>s</style>"), Vec::<&str>::new());
        assert_eq!(bodies("<plaintext><script>a</script>"), Vec::<&str>::new());
    }

    #[test]
    fn the_page_ending_early_stops_the_scan() {
        for html in [
            "<script>a",
            "<script>a</script",
            "<style>a</style",
            "<div title=\"x><script>a</script>",
            "<!-- <script>a</script>",
            "<script",
            "<",
            "</",
            "",
        ] {
            assert!(bodies(html).is_empty(), "{html}");
        }
    }

    #[test]
    fn bodies_sit_on_character_boundaries() {
        let html = "<p>é</p><script>ü = \"ß\";</script><style>.ñ{}</style>";
        assert_eq!(bodies(html), ["ü = \"ß\";", ".ñ{}"]);
    }
}
