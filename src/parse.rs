//! Stage 1: HTML text to a tree, fed in chunks so that limits and the time
//! budget are checked while the parser works, not after.

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{ParseOpts, parse_document};

use std::ops::Range;

use crate::budget::Budget;
use crate::dom::{DroppedSpaces, LimitedSink, RawDom, SinkLimits};
use crate::error::{Error, ErrorKind, Limit};
use crate::raw_text;

/// Bytes handed to the parser at a time. Small enough that one chunk of a
/// pathological page (quadratic nesting or attribute lists) costs little
/// past the deadline, large enough that the per-chunk overhead is noise.
const CHUNK: usize = 8 * 1024;

/// Whether the page is parsed as a browser with scripts enabled parses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scripting {
    /// `<noscript>` content is one raw text node, as browsers build it; the
    /// normal case.
    Enabled,
    /// `<noscript>` content is parsed as markup, as a browser without
    /// scripts builds it; for pages whose article is only there.
    Disabled,
}

/// A parsed page, with what the parser noticed on the way.
pub(crate) struct Parsed {
    pub(crate) dom: RawDom,
    /// How many nodes the parser built, so that the walks and tables over
    /// the tree are allocated once at their size.
    pub(crate) nodes: usize,
    /// Whether an element names a table with its ARIA role: only then is
    /// the tree searched for such tables.
    pub(crate) role_tables: bool,
    /// Where layout white space was left out of the tree.
    pub(crate) spaces: DroppedSpaces,
}

/// [`parse`] as extraction reads a page, without the bodies of scripts,
/// style sheets and drawings; for tests.
#[cfg(test)]
pub(crate) fn parse_page(
    html: &str,
    limits: SinkLimits,
    scripting: Scripting,
    budget: &Budget,
) -> Result<Parsed, Error> {
    parse(html, limits, scripting, budget, Unread::Unused)
}

/// What of the page the parser is not handed (see [`raw_text`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Unread {
    /// What nothing after the parse reads: the bodies of scripts and style
    /// sheets, the drawings inside SVG pictures, and the script data and
    /// event handlers of plain elements (see [`raw_text`]). The normal case.
    Unused,
    /// [`Unread::Unused`] but for the attributes, which all stay: the
    /// caller's selectors test attributes.
    UnusedButAttributes,
    /// Scripts and drawings: the page is to be shown again with its own
    /// style sheets and attributes (the explanation's annotated copy of
    /// it, which leaves out pictures).
    ScriptsAndDrawings,
    /// Nothing, as the tests that compare the readings do.
    #[cfg(test)]
    Nothing,
}

/// Parses `html` under `limits` and `budget`, leaving out the parts
/// `unread` names.
pub(crate) fn parse(
    html: &str,
    limits: SinkLimits,
    scripting: Scripting,
    budget: &Budget,
    unread: Unread,
) -> Result<Parsed, Error> {
    let sink = LimitedSink::new(limits);
    sink.reserve_for(html.len());
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: scripting == Scripting::Enabled,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    let mut parser = parse_document(sink, opts);
    // The attribute guard (see [`AttributeGuard`]) starts only once a tag
    // may hold more names than [`unchecked_names`] allows. Over a run of
    // chunks in which the parser built nothing, the names a tag may have
    // gained are bounded by the bytes a name can follow (see
    // `may_precede_a_name`): a long value (an SVG path, a data URI) mostly
    // holds few of them.
    let mut guard: Option<AttributeGuard> = None;
    // Names the tag the parser is inside may hold, at most, from the chunks
    // it has stalled in so far.
    let mut stalled_names = 0usize;
    // The bodies of scripts, style sheets and drawings, and the attributes
    // nothing reads, are not handed to the parser (see [`raw_text`]): it
    // reads the page around them.
    let unread = match unread {
        Unread::Unused => raw_text::unread_parts(html, scripting, true, true),
        Unread::UnusedButAttributes => raw_text::unread_parts(html, scripting, true, false),
        Unread::ScriptsAndDrawings => raw_text::unread_parts(html, scripting, false, false),
        #[cfg(test)]
        Unread::Nothing => Vec::new(),
    };
    for span in read_spans(html.len(), &unread) {
        let mut start = span.start;
        while start < span.end {
            let mut cut = span.end.min(start + CHUNK);
            while !html.is_char_boundary(cut) {
                cut += 1;
            }
            let Some(chunk) = html.get(start..cut) else {
                break;
            };
            start = cut;
            if let Some(guard) = &mut guard {
                if guard.tag_too_long(chunk.as_bytes()) {
                    return Err(guard.exceeded());
                }
            }
            let built = parser.tokenizer.sink.sink.built();
            parser.process(StrTendril::from_slice(chunk));
            // The page's bytes up to here, skipped bodies included.
            let fed = cut;
            if let Some((limit, value)) = parser.tokenizer.sink.sink.tripped() {
                return Err(Error::new(ErrorKind::LimitExceeded { limit, value }));
            }
            if let (None, Some(max)) = (&guard, limits.max_attributes) {
                if parser.tokenizer.sink.sink.built() == built {
                    // Inside one tag, comment or value for a whole chunk. A
                    // name starts right after one of a few bytes, or at the
                    // chunk's start; the chunk before held at most half its
                    // bytes of names.
                    let starts = chunk.bytes().filter(|&b| may_precede_a_name(b)).count();
                    stalled_names = stalled_names.saturating_add(starts + 1);
                    let before = CHUNK / 2 + 2;
                    if before.saturating_add(stalled_names) > unchecked_names(max) {
                        // The guard reads the page so far, then every chunk
                        // before the parser does.
                        let mut started = AttributeGuard::new(max);
                        let seen = html.get(..fed).unwrap_or(html);
                        if started.tag_too_long(seen.as_bytes()) {
                            return Err(started.exceeded());
                        }
                        guard = Some(started);
                    }
                } else {
                    stalled_names = 0;
                }
            }
            budget.check()?;
        }
    }
    let sink = parser.finish();
    if let Some((limit, value)) = sink.tripped() {
        return Err(Error::new(ErrorKind::LimitExceeded { limit, value }));
    }
    let nodes = sink.nodes();
    let role_tables = sink.saw_role_tables();
    let (dom, spaces) = sink.into_parts();
    Ok(Parsed {
        nodes,
        role_tables,
        dom,
        spaces,
    })
}

/// The spans of a page of `len` bytes around the `unread` ones (in order
/// and apart): the bytes the parser is handed.
fn read_spans(len: usize, unread: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut spans = Vec::with_capacity(unread.len() + 1);
    let mut at = 0;
    for skip in unread {
        if skip.start > at {
            spans.push(at..skip.start);
        }
        at = at.max(skip.end);
    }
    if at < len {
        spans.push(at..len);
    }
    spans
}

/// The most attribute names a tag may gain, with an attribute limit of
/// `max`, before the parser is stopped. Until the parser goes a whole chunk
/// without building anything, no tag has spanned more than two chunks, so
/// none holds more names than a chunk has bytes (each takes two at least);
/// the sink counts them once the tag ends, and html5ever's quadratic check
/// of that many costs a few milliseconds. Past that, the guard fires at
/// twice the limit.
fn unchecked_names(max: usize) -> usize {
    max.saturating_mul(2).max(CHUNK)
}

/// A look-ahead for start tags with too many attributes.
///
/// html5ever checks each new attribute against all the previous ones of
/// its tag, so one tag with 100,000 attributes costs seconds, and the sink
/// sees the attributes only once the tag is complete: too late. This scan
/// runs over each chunk before the parser does and counts the attribute
/// names inside the current tag. It is approximate (the tokenizer's corner
/// cases are not all followed), so it fires at twice the limit; tags that
/// get through are held to the exact limit by the sink. The content of
/// `<script>` and `<style>` and comments are skipped, so that code is not
/// mistaken for attributes.
///
/// It costs a pass over every tag, so [`parse`] starts it only when a tag
/// may hold too many names: after chunks in which the parser built nothing
/// and that hold enough bytes a name can follow. It then reads the page
/// from the start, as if it had run all along.
struct AttributeGuard {
    limit: usize,
    state: GuardState,
    /// Attribute names seen in the current tag.
    words: usize,
    /// Inside an attribute name of the current tag.
    in_word: bool,
    /// The current start tag's name, lower-cased, up to 6 bytes.
    name: Vec<u8>,
    /// How much of the raw-text element's end tag has been matched.
    matched: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum GuardState {
    Data,
    /// Just after `<`.
    TagOpen,
    TagName,
    InTag,
    /// After `=`: the value, which is no attribute of its own.
    BeforeValue,
    Value,
    Quoted(u8),
    /// `<!...>`, `<?...>`: skipped to the next `>`.
    Skip,
    /// Inside `<script>` or `<style>`, waiting for its end tag.
    RawText(&'static [u8]),
}

impl AttributeGuard {
    fn new(limit: usize) -> Self {
        AttributeGuard {
            limit,
            state: GuardState::Data,
            words: 0,
            in_word: false,
            name: Vec::new(),
            matched: 0,
        }
    }

    /// Scans the next chunk; `true` when a tag has far too many attributes.
    fn tag_too_long(&mut self, chunk: &[u8]) -> bool {
        let max_words = self.limit.saturating_mul(2);
        let mut i = 0;
        while let Some(&b) = chunk.get(i) {
            if self.in_attributes() {
                match self.attributes(chunk, i, max_words) {
                    Some(next) => {
                        i = next;
                        continue;
                    }
                    None => return true,
                }
            }
            if self.state == GuardState::TagName && !ends_tag_name(b) {
                // Only the first six bytes of a tag name matter.
                let rest = chunk.get(i..).unwrap_or_default();
                let len = rest.iter().position(|&b| ends_tag_name(b));
                let len = len.unwrap_or(rest.len());
                let room = 6usize.saturating_sub(self.name.len());
                let kept = rest.iter().take(len.min(room));
                self.name.extend(kept.map(u8::to_ascii_lowercase));
                i += len;
                continue;
            }
            i += 1;
            // Text and raw text are long: jump to the byte that can end
            // them.
            let skip_to = match self.state {
                GuardState::Data => Some(b'<'),
                GuardState::RawText(_) if self.matched == 0 => Some(b'<'),
                GuardState::Skip => Some(b'>'),
                _ => None,
            };
            if let Some(stop) = skip_to.filter(|&stop| b != stop) {
                let rest = chunk.get(i..).unwrap_or_default();
                i = memchr::memchr(stop, rest).map_or(chunk.len(), |p| i + p);
                continue;
            }
            self.state = match self.state {
                GuardState::Data => {
                    if b == b'<' {
                        GuardState::TagOpen
                    } else {
                        GuardState::Data
                    }
                }
                GuardState::TagOpen if b.is_ascii_alphabetic() => {
                    self.name.clear();
                    self.name.push(b.to_ascii_lowercase());
                    GuardState::TagName
                }
                // End tags carry attributes too, and cost the same.
                GuardState::TagOpen if b == b'/' => {
                    self.name.clear();
                    self.name.push(b'/');
                    GuardState::TagName
                }
                GuardState::TagOpen if matches!(b, b'!' | b'?') => GuardState::Skip,
                GuardState::TagOpen if b == b'<' => GuardState::TagOpen,
                GuardState::TagOpen => GuardState::Data,
                GuardState::TagName if b.is_ascii_whitespace() || b == b'/' => {
                    self.words = 0;
                    self.in_word = false;
                    GuardState::InTag
                }
                GuardState::TagName if b == b'>' => self.end_of_tag(),
                // Name bytes are taken above.
                GuardState::TagName => GuardState::TagName,
                GuardState::Skip if b == b'>' => GuardState::Data,
                GuardState::Skip => GuardState::Skip,
                GuardState::RawText(end) => {
                    let next = end.get(self.matched).copied();
                    if next.is_some_and(|e| e == b.to_ascii_lowercase()) {
                        self.matched += 1;
                    } else {
                        self.matched = usize::from(b == b'<');
                    }
                    if self.matched == end.len() {
                        self.matched = 0;
                        GuardState::Skip
                    } else {
                        GuardState::RawText(end)
                    }
                }
                // Handled by `attributes` above.
                state @ (GuardState::InTag
                | GuardState::BeforeValue
                | GuardState::Value
                | GuardState::Quoted(_)) => state,
            };
        }
        false
    }

    /// Inside a tag, after its name: where nearly all of a tag's bytes
    /// are, so these states have their own loop.
    fn in_attributes(&self) -> bool {
        matches!(
            self.state,
            GuardState::InTag | GuardState::BeforeValue | GuardState::Value | GuardState::Quoted(_)
        )
    }

    /// Runs the states of [`in_attributes`](Self::in_attributes) from byte
    /// `i` until the tag ends (the state after its `>` is set) or the chunk
    /// does; returns where it stopped, or `None` when the tag has more than
    /// `max_words` attribute names. Names, unquoted and quoted values are
    /// passed over to the byte that ends them.
    fn attributes(&mut self, chunk: &[u8], mut i: usize, max_words: usize) -> Option<usize> {
        while let Some(&b) = chunk.get(i) {
            let rest = chunk.get(i + 1..).unwrap_or_default();
            match self.state {
                GuardState::InTag => match b {
                    b'>' => {
                        self.state = self.end_of_tag();
                        return Some(i + 1);
                    }
                    b'=' => self.state = GuardState::BeforeValue,
                    _ if b == b'/' || b.is_ascii_whitespace() => self.in_word = false,
                    _ => {
                        if !self.in_word {
                            self.words += 1;
                            if self.words > max_words {
                                return None;
                            }
                        }
                        self.in_word = true;
                        let end = rest.iter().position(ends_name);
                        i = end.map_or(chunk.len(), |p| i + 1 + p);
                        continue;
                    }
                },
                GuardState::BeforeValue => match b {
                    b'>' => {
                        self.state = self.end_of_tag();
                        return Some(i + 1);
                    }
                    b'"' | b'\'' => self.state = GuardState::Quoted(b),
                    _ if b.is_ascii_whitespace() => {}
                    _ => self.state = GuardState::Value,
                },
                GuardState::Value => match b {
                    b'>' => {
                        self.state = self.end_of_tag();
                        return Some(i + 1);
                    }
                    _ if b.is_ascii_whitespace() => {
                        self.in_word = false;
                        self.state = GuardState::InTag;
                    }
                    // '/' and '=' belong to an unquoted value.
                    _ => {
                        let end = rest
                            .iter()
                            .position(|b| b.is_ascii_whitespace() || *b == b'>');
                        i = end.map_or(chunk.len(), |p| i + 1 + p);
                        continue;
                    }
                },
                GuardState::Quoted(q) => {
                    if b == q {
                        self.in_word = false;
                        self.state = GuardState::InTag;
                    } else {
                        i = memchr::memchr(q, rest).map_or(chunk.len(), |p| i + 1 + p);
                        continue;
                    }
                }
                _ => return Some(i),
            }
            i += 1;
        }
        Some(i)
    }

    /// The error for a tag with too many attributes.
    fn exceeded(&self) -> Error {
        Error::new(ErrorKind::LimitExceeded {
            limit: Limit::Attributes,
            value: self.limit,
        })
    }

    /// The state after a start tag's `>`.
    fn end_of_tag(&mut self) -> GuardState {
        self.matched = 0;
        match self.name.as_slice() {
            b"script" => GuardState::RawText(b"</script"),
            b"style" => GuardState::RawText(b"</style"),
            _ => GuardState::Data,
        }
    }
}

/// Whether an attribute name can start right after this byte. In the
/// tokenizer, a name starts after white space, after a `/` that does not
/// close the tag, or right after a quoted value's closing quote, and
/// nowhere else; vertical tab is counted too, to stay on the safe side.
fn may_precede_a_name(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r' | b'/' | b'"' | b'\'')
}

/// Whether a byte ends a tag name.
fn ends_tag_name(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b'>' | b'/')
}

/// Whether a byte ends an attribute name.
fn ends_name(b: &u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b'>' | b'/' | b'=')
}

/// Parses without limits; for tests and internal fragments.
#[cfg(test)]
pub(crate) fn parse_str(html: &str) -> RawDom {
    let limits = SinkLimits {
        max_nodes: None,
        max_depth: None,
        max_open_depth: None,
        max_attributes: None,
    };
    match parse_page(html, limits, Scripting::Enabled, &Budget::unlimited()) {
        Ok(parsed) => parsed.dom,
        Err(e) => panic!("unlimited parse failed: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Limit;

    fn limits() -> SinkLimits {
        SinkLimits {
            max_nodes: Some(1000),
            max_depth: Some(16),
            max_open_depth: Some(100),
            max_attributes: Some(8),
        }
    }

    #[test]
    fn node_limit_fires_during_the_parse() {
        let html = "<p>x</p>".repeat(5000);
        let err = parse_page(&html, limits(), Scripting::Enabled, &Budget::unlimited())
            .err()
            .unwrap();
        assert_eq!(
            err.kind(),
            ErrorKind::LimitExceeded {
                limit: Limit::Nodes,
                value: 1000
            }
        );
    }

    #[test]
    fn deep_content_is_kept_at_the_depth_limit() {
        let html = "<div>".repeat(50) + "deep text";
        let mut l = limits();
        l.max_open_depth = None;
        let dom = parse_page(&html, l, Scripting::Enabled, &Budget::unlimited())
            .unwrap()
            .dom;
        let d = crate::dom::Dom::index(dom);
        let text = (0..d.len())
            .find(|&i| d.tag(i) == crate::dom::Tag::Text)
            .unwrap();
        assert_eq!(d.text(text).unwrap(), "deep text");
        assert!(d.ancestors(text).count() <= 18);
    }

    #[test]
    fn open_depth_is_a_hard_stop() {
        let html = "<div>".repeat(500);
        let err = parse_page(&html, limits(), Scripting::Enabled, &Budget::unlimited())
            .err()
            .unwrap();
        assert_eq!(
            err.kind(),
            ErrorKind::LimitExceeded {
                limit: Limit::Depth,
                value: 100
            }
        );
    }

    #[test]
    fn a_tag_with_endless_attributes_is_stopped_within_a_chunk() {
        let attrs: String = (0..200_000).map(|i| format!(" a{i}=\"\"")).collect();
        let html = format!("<div{attrs}>x</div>");
        let started = std::time::Instant::now();
        let err = parse_page(&html, limits(), Scripting::Enabled, &Budget::unlimited())
            .err()
            .unwrap();
        assert_eq!(
            err.kind(),
            ErrorKind::LimitExceeded {
                limit: Limit::Attributes,
                value: 8
            }
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn a_tag_with_endless_attributes_after_ordinary_markup_is_stopped() {
        // The guard starts late, when the tag stalls the parser, and reads
        // the page from its start: scripts and long values on the way are
        // no attributes.
        let page = "<p class=\"a b c\">text <b>bold</b></p><script>if (a <b c d) {}</script>"
            .repeat(2_000);
        let attrs: String = (0..200_000).map(|i| format!(" a{i}")).collect();
        let html = format!("{page}<div{attrs}>x</div>");
        let mut l = limits();
        l.max_nodes = None;
        let started = std::time::Instant::now();
        let err = parse_page(&html, l, Scripting::Enabled, &Budget::unlimited()).err();
        assert!(matches!(
            err.map(|e| e.kind()),
            Some(ErrorKind::LimitExceeded {
                limit: Limit::Attributes,
                value: 8
            })
        ));
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        let long_value = format!(
            "<img src=\"data:image/png;base64,{}\">",
            "A".repeat(100_000)
        );
        let html = format!("{page}{long_value}{page}");
        assert!(parse_page(&html, l, Scripting::Enabled, &Budget::unlimited()).is_ok());
    }

    /// The tokenizer starts an attribute name only after the bytes
    /// `may_precede_a_name` names: a tag never has more names than its
    /// body has such bytes, plus one.
    #[test]
    fn names_start_only_after_the_bytes_counted() {
        // Few separators in the second alphabet: names after quotes.
        const ALPHABETS: [&[u8]; 2] = [b"ab=\"'/ \t\n<>&;#x0-", b"ab==\"'"];
        let mut rng = crate::testing::Xorshift::new(0x9e37_79b9);
        for case in 0..6000 {
            let alphabet = ALPHABETS[case % 2];
            let body: String = (0..1 + case % 40)
                .map(|_| char::from(rng.pick(alphabet)))
                .collect();
            let body = format!(" {body}");
            let dom = crate::dom::Dom::index(parse_str(&format!("<p{body}>")));
            let Some(p) = dom.find(crate::dom::Tag::P) else {
                continue;
            };
            let mut names = 0;
            dom.for_each_attr(p, |_, _| names += 1);
            let starts = body.bytes().filter(|&b| may_precede_a_name(b)).count();
            assert!(names <= starts + 1, "{body:?}: {names} names");
        }
    }

    #[test]
    fn values_are_not_counted_as_attributes() {
        let mut guard = AttributeGuard::new(8);
        let tag = "<p a = b c='d e f g' h=\"i j\" k=l m n o p>";
        assert!(!guard.tag_too_long(tag.as_bytes()));
        assert_eq!(guard.words, 8);
        let mut guard = AttributeGuard::new(4);
        assert!(guard.tag_too_long(b"<p a b c d e f g h i>"));
    }

    #[test]
    fn stray_quotes_do_not_hide_the_end_of_a_tag() {
        // An unescaped quote in a value: the tokenizer makes each word an
        // attribute name, quotes included, and the tag ends at its `>`.
        let mut guard = AttributeGuard::new(8);
        let tag = "<a title=\"\" don't do it\">text</a><p class=x>";
        assert!(!guard.tag_too_long(tag.as_bytes()));
        assert_eq!(guard.words, 1);
    }

    fn trips_attribute_limit(html: &str) -> bool {
        let err = parse_page(html, limits(), Scripting::Enabled, &Budget::unlimited()).err();
        matches!(
            err.map(|e| e.kind()),
            Some(ErrorKind::LimitExceeded {
                limit: Limit::Attributes,
                ..
            })
        )
    }

    /// The guard passes over runs of bytes that cannot change its state;
    /// fed one byte at a time it cannot, so that is the reference.
    #[test]
    fn passing_over_runs_counts_as_byte_by_byte() {
        const ALPHABET: &[u8] = b"<>/=' \"\nabcdeiprstly!-?";
        let mut rng = crate::testing::Xorshift::new(0x2545_f491);
        for case in 0..2000 {
            let len = 1 + case % 300;
            let page: Vec<u8> = (0..len).map(|_| rng.pick(ALPHABET)).collect();
            for limit in [1, 2, 5] {
                let mut whole = AttributeGuard::new(limit);
                let mut bytes = AttributeGuard::new(limit);
                let tripped = whole.tag_too_long(&page);
                let reference = page.chunks(1).any(|b| bytes.tag_too_long(b));
                assert_eq!(tripped, reference, "{:?}", String::from_utf8_lossy(&page));
                if !tripped {
                    assert_eq!(whole.words, bytes.words);
                    assert_eq!(whole.in_word, bytes.in_word);
                    assert!(whole.state == bytes.state);
                }
            }
        }
    }

    #[test]
    fn end_tags_are_guarded_too() {
        let attrs: String = (0..200_000).map(|i| format!(" a{i}")).collect();
        let html = format!("<p>x</p{attrs}>");
        assert!(trips_attribute_limit(&html));
    }

    #[test]
    fn words_in_scripts_styles_and_quotes_are_not_attributes() {
        let words = "w ".repeat(1000);
        let html = format!(
            "<script>if (a <b {words}) {{}}</script><style>p <i {words}</style>\
             <p title=\"{words}\" class=x>text</p><!-- <b {words} -->"
        );
        let mut l = limits();
        l.max_nodes = None;
        assert!(parse_page(&html, l, Scripting::Enabled, &Budget::unlimited()).is_ok());
    }

    #[test]
    fn attribute_limit() {
        let attrs: String = (0..20).map(|i| format!(" a{i}=x")).collect();
        let html = format!("<p{attrs}>x</p>");
        assert!(trips_attribute_limit(&html));
    }

    /// The tree as lines (elements with their attributes, text, comments),
    /// leaving out what is inside scripts and style sheets, and inside SVG
    /// pictures that hold nothing but SVG elements (a picture with HTML in
    /// it is listed whole, so a scan that left that out shows).
    fn tree_lines(dom: &RawDom) -> Vec<String> {
        tree_lines_with(dom, true)
    }

    /// [`tree_lines`], without the attributes the scan may leave unread
    /// (those of `raw_text::is_unread_attribute` on plain HTML elements)
    /// unless `all_attributes`.
    fn tree_lines_with(dom: &RawDom, all_attributes: bool) -> Vec<String> {
        use crate::dom::{RawData, RawId};
        use html5ever::ns;
        // Whether every element under `node` is an SVG one.
        let only_svg_inside = |node: RawId| {
            dom.preorder(node)
                .into_iter()
                .filter_map(|n| dom.element(n))
                .skip(1)
                .all(|e| e.name.ns == ns!(svg))
        };
        let mut lines = Vec::new();
        let mut stack = vec![(RawDom::DOCUMENT, 0usize)];
        while let Some((node, depth)) = stack.pop() {
            let pad = " ".repeat(depth);
            let mut raw = false;
            lines.push(match dom.data(node) {
                RawData::Element(element) => {
                    let (name, attrs) = (&element.name, &element.attrs);
                    raw = matches!(&*name.local, "script" | "style")
                        || (name.ns == ns!(svg) && &*name.local == "svg" && only_svg_inside(node));
                    let plain =
                        name.ns == ns!(html) && raw_text::is_plain_element(name.local.as_bytes());
                    // A link nothing reads (as `raw_text::is_unread_link`
                    // judges it, from its decoded attributes).
                    let unread_link = name.ns == ns!(html)
                        && &*name.local == "link"
                        && !attrs.iter().any(|a| {
                            &*a.name.local == "itemprop"
                                || (&*a.name.local == "rel"
                                    && raw_text::names_read_relation(a.value.as_bytes()))
                        });
                    let attrs: Vec<String> = attrs
                        .iter()
                        .filter(|a| {
                            all_attributes
                                || !(unread_link
                                    || plain
                                        && raw_text::is_unread_attribute(a.name.local.as_bytes()))
                        })
                        .map(|a| format!("{}={:?}", a.name.local, &*a.value))
                        .collect();
                    format!("{pad}<{:?} {}>", name.ns, name.local) + &attrs.join(" ")
                }
                RawData::Text(contents) => format!("{pad}{:?}", &**contents),
                RawData::Comment(contents) => format!("{pad}<!--{:?}-->", &**contents),
                RawData::Doctype => format!("{pad}<!doctype>"),
                _ => format!("{pad}?"),
            });
            if !raw {
                let children = dom.child_list(node);
                for &child in children.iter().rev() {
                    stack.push((child, depth + 1));
                }
            }
        }
        lines
    }

    /// Layout white space left out of the tree (see `dom::sink`) goes
    /// however the input chunks cut it: a run that straddles a chunk's end
    /// reaches the sink as two texts, and the tree is the same.
    #[test]
    fn layout_white_space_goes_wherever_a_chunk_ends() {
        let trees: Vec<Vec<String>> = (0..48)
            .map(|pad| {
                // The comment shifts the chunk's end through the run.
                let html = format!(
                    "<!--{}--><div><p>{}</p>{}<p>{}b</p></div>",
                    "x".repeat(pad),
                    "a".repeat(CHUNK - 60),
                    " \n\t ".repeat(6),
                    " ".repeat(16)
                );
                tree_lines(&parse_str(&html))
                    .into_iter()
                    .filter(|line| !line.contains("<!--"))
                    .collect()
            })
            .collect();
        assert!(trees.iter().all(|t| *t == trees[0]));
        assert!(
            trees[0].iter().any(|line| line.ends_with("\"b\"")),
            "{:?}",
            trees[0]
        );
    }

    /// Parses `html` with and without the bodies of scripts, style sheets
    /// and drawings and the unread attributes, under both scripting modes,
    /// and checks that the trees are the same around them: the same nodes,
    /// with the same attributes but the unread ones of plain elements.
    fn assert_same_tree(html: &str) {
        let unlimited = SinkLimits {
            max_nodes: None,
            max_depth: None,
            max_open_depth: None,
            max_attributes: None,
        };
        for scripting in [Scripting::Enabled, Scripting::Disabled] {
            let tree = |bodies| {
                let parsed = parse(html, unlimited, scripting, &Budget::unlimited(), bodies);
                tree_lines_with(&parsed.expect("unlimited parse").dom, false)
            };
            let read = tree(Unread::Nothing);
            for skipped in [
                tree(Unread::Unused),
                tree(Unread::UnusedButAttributes),
                tree(Unread::ScriptsAndDrawings),
            ] {
                if skipped == read {
                    continue;
                }
                let at = skipped.iter().zip(&read).position(|(a, b)| a != b);
                let at = at.unwrap_or(skipped.len().min(read.len()));
                let near = |t: &[String]| t[at.saturating_sub(3)..(at + 3).min(t.len())].join("\n");
                let page: String = html.chars().take(200).collect();
                panic!(
                    "trees differ at line {at} for {page:?}:\n{}\n-- read --\n{}",
                    near(&skipped),
                    near(&read)
                );
            }
        }
    }

    #[test]
    fn script_data_and_handlers_stay_out_of_plain_elements() {
        let html = "<div class=a data-track=\"x\" onclick=go() data-lang=py>t</div>\
                    <img src=a.jpg data-src=b.jpg>";
        let lines = |unread| {
            let limits = SinkLimits {
                max_nodes: None,
                max_depth: None,
                max_open_depth: None,
                max_attributes: None,
            };
            let parsed = parse(
                html,
                limits,
                Scripting::Enabled,
                &Budget::unlimited(),
                unread,
            );
            tree_lines(&parsed.expect("parse").dom).join("\n")
        };
        let unused = lines(Unread::Unused);
        assert!(
            unused.contains("div>class=\"a\" data-lang=\"py\"\n"),
            "{unused}"
        );
        assert!(
            unused.contains("src=\"a.jpg\" data-src=\"b.jpg\""),
            "{unused}"
        );
        for all in [Unread::UnusedButAttributes, Unread::ScriptsAndDrawings] {
            let kept = lines(all);
            assert!(kept.contains("data-track=\"x\" onclick=\"go()\""), "{kept}");
        }
    }

    #[test]
    fn skipped_bodies_leave_the_tree_alone() {
        for html in [
            "<html><head><style>p{}</style><script>if (a < b) document.write('<p>');</script></head><body><p>x</p></body></html>",
            "<p>a<script><!--<script>x</script>y--></script>b</p>",
            "<table><tr><script>t()</script><td>c</td></tr></table><style>x</style>",
            "<select><option>a<script>s()</script></select><style>s</style>",
            "<template><script>t</script><p>in</p></template>",
            "<noscript><script>n()</script><p>fallback</p></noscript><script>m()</script>",
            "<svg><style>svg{}</style><script>a<b</script></svg><script>c</script>",
            "<svg><title>t</title><path d='M0 0'/><g></g></svg><script>c</script><p>x</p>",
            "<p><svg><![CDATA[</svg><script>]]></svg><style>s</style>y</p>",
            "<svg><g></svg><script>s</script>",
            "<g><svg><path></g></svg><p>x</p><script>s</script>",
            "<svg><g><path></g><path/></svg><p>x</p><script>s</script>",
            "<frameset><script>f</script></frameset>",
            "<textarea><script>a</textarea><p>after</p><script>b</script>",
            "<div title='<script>'><script>x</script></div>",
            "<!-- <script> --><script>x</script><p>y</p>",
            "<script>unterminated <p>not a tag",
            "<p>é<script>ü</script>ß</p>",
        ] {
            assert_same_tree(html);
        }
    }

    #[test]
    fn skipped_bodies_leave_generated_trees_alone() {
        // Pieces that move the tokenizer between its states.
        const PIECES: &[&str] = &[
            "<script>",
            "</script>",
            "<SCRIPT >",
            "</script ",
            "<script type=module>",
            "<script type='application/ld+json'>",
            "<style>",
            "</style>",
            "<!--",
            "-->",
            "--!>",
            "<!-->",
            "-",
            ">",
            "<",
            "/",
            "'",
            "\"",
            "=",
            "<p>",
            "</p>",
            "<div title=\"",
            "<div a=",
            "<textarea>",
            "</textarea>",
            "<title>",
            "</title>",
            "<noscript>",
            "</noscript>",
            "<iframe>",
            "</iframe>",
            "<svg>",
            "</svg>",
            "<math>",
            "<table>",
            "<td>",
            "<template>",
            "</template>",
            "<select>",
            "<![CDATA[",
            "]]>",
            "<!doctype html>",
            "<?x?>",
            "</>",
            "x",
            " ",
            "é",
            "<plaintext>",
            "<xmp>",
            "</xmp>",
            "<svg viewBox='0 0 1 1'>",
            "<svg/>",
            "<path d='M0 0'/>",
            "<g>",
            "</g>",
            "<desc>",
            "</desc>",
            "<foreignObject>",
            "</foreignObject>",
            "<div>",
            "</div>",
            "<a>",
            "</a>",
            "<font color=red>",
            "<circle r=1>",
            "</circle>",
            "<image href=x>",
            "<div =",
            " =\"",
            "<p a='>'",
            "<div data-x=1",
            " data-y='>'",
            " onclick=\"a\"",
            " DATA-Z",
            " data-lang=rust",
            "<span class=c data-w=\"<script>\">",
            "<img data-src=i.jpg onerror=e>",
            "<html data-h=1>",
            "<body onload=l>",
            "<link rel=stylesheet href=s.css>",
            "<link rel=canonical href=c",
            "<link itemprop=url href=u rel=icon>",
            " rel=next",
        ];
        let mut pick = crate::testing::Xorshift::new(0x5eed_cafe);
        let lengths: Vec<usize> = (1..40).collect();
        for _ in 0..20_000 {
            let n = pick.pick(&lengths);
            let html: String = (0..n).map(|_| pick.pick(PIECES)).collect();
            assert_same_tree(&html);
        }
    }

    #[test]
    fn skipped_bodies_leave_the_fixture_pages_alone() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut pages = 0;
        for entry in std::fs::read_dir(root).expect("fixtures") {
            let path = entry.expect("entry").path().join("source.html");
            if let Ok(bytes) = std::fs::read(&path) {
                assert_same_tree(&String::from_utf8_lossy(&bytes));
                pages += 1;
            }
        }
        assert!(pages > 100, "only {pages} fixture pages");
    }
}
