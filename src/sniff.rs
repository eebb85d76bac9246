//! Stage 0, before anything is parsed: whether the input is a page at all,
//! and plain text made into one.
//!
//! A crawl's saved responses, a folder of downloads or a list of paths hold
//! PDFs, images, archives and compressed bodies beside the pages. Read as
//! text, their bytes make an "article" of noise that nothing downstream can
//! tell from prose, and that a dataset would keep; so do an API's JSON and
//! a site's feeds and sitemaps. They are refused with
//! [`ErrorKind::NotHtml`](crate::ErrorKind::NotHtml) instead, by three tests
//! on the first 4 KiB (the whole input, for JSON):
//!
//! 1. a file format's signature at the very start: the "magic numbers" of
//!    the WHATWG MIME Sniffing standard (images, audio and video, archives),
//!    and those of PDF, PostScript, compressed data and web fonts;
//! 2. else the share of the standard's *binary data bytes* (the control
//!    bytes 0x00–0x08, 0x0B, 0x0E–0x1A and 0x1C–0x1F, which no text
//!    encoding a page may use puts in text) among the characters: random or
//!    compressed data holds about one in eight, a page at most a stray few.
//!    The escape byte 0x1B is not one of them (ISO-2022-JP text is made of
//!    it), nor are tab, line feed, form feed and carriage return;
//! 3. else, for text, what it opens with: an XML root element that is no
//!    page's (a feed, a sitemap, an SVG picture, or anything but HTML after
//!    an XML declaration), or JSON, when the whole input parses as JSON.
//!
//! Text in UTF-16 is exempt from the last two tests: half its bytes are
//! NUL, and its markup is not ASCII.
//!
//! Text that passes and holds no markup at all (a `text/plain` body) is
//! made into paragraphs before the parse, by [`plain_text_as_html`].

use html5ever::{LocalName, ns};
use serde_json::value::RawValue;

use crate::decode::find;
use crate::dom::Tag;
use crate::error::FileType;

/// How much of the input the tests read.
const WINDOW: usize = 4096;

/// The fewest binary data bytes that make a verdict: a short input with a
/// stray NUL or two is read, not refused.
const MIN_BINARY_BYTES: usize = 32;

/// The share of binary data bytes, one in this many characters, at which
/// the input is binary data. Random bytes give one in seven or eight.
const BINARY_SHARE: usize = 20;

/// Signatures at offset 0 and the file type each names.
const SIGNATURES: [(&[u8], FileType); 22] = [
    (b"%PDF-", FileType::Pdf),
    (b"%!PS-Adobe-", FileType::PostScript),
    (b"\x89PNG\r\n\x1a\n", FileType::Image),
    (b"GIF87a", FileType::Image),
    (b"GIF89a", FileType::Image),
    (b"\xff\xd8\xff", FileType::Image),
    (b"\x00\x00\x01\x00", FileType::Image),
    (b"\x00\x00\x02\x00", FileType::Image),
    (b"OggS\x00", FileType::Media),
    (b"fLaC", FileType::Media),
    (b"\x1a\x45\xdf\xa3", FileType::Media),
    (b"\x1f\x8b\x08", FileType::Compressed),
    (b"PK\x03\x04", FileType::Compressed),
    (b"PK\x05\x06", FileType::Compressed),
    (b"Rar!\x1a\x07", FileType::Compressed),
    (b"7z\xbc\xaf\x27\x1c", FileType::Compressed),
    (b"\x28\xb5\x2f\xfd", FileType::Compressed),
    (b"\xfd7zXZ\x00", FileType::Compressed),
    (b"wOFF", FileType::Font),
    (b"wOF2", FileType::Font),
    (b"\x7fELF", FileType::Binary),
    (b"\x00asm", FileType::Binary),
];

/// Brands of the ISO media container (`....ftyp<brand>`) that hold still
/// images; the others hold audio or video.
const IMAGE_BRANDS: [&[u8; 4]; 5] = [b"avif", b"avis", b"heic", b"heix", b"mif1"];

/// What `bytes` are when they are not text, or `None` when they may be a
/// page. `utf16` says they are to be read as UTF-16 (a byte-order mark, the
/// transport, or their shape said so).
pub(crate) fn file_type(bytes: &[u8], utf16: bool) -> Option<FileType> {
    let head = bytes.get(..WINDOW).unwrap_or(bytes);
    if let Some(found) = signature(head) {
        return Some(found);
    }
    if utf16 {
        return None;
    }
    if is_binary(head) {
        return Some(FileType::Binary);
    }
    let text = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let text = text.trim_ascii_start();
    match text.first() {
        // A page that opens with a stray picture or feed snippet (a sprite
        // sheet printed before the template) still has its `<html>` or
        // `<body>` further on.
        Some(b'<') => markup_root(text).filter(|_| !has_html_tag(bytes)),
        Some(b'{' | b'[') => is_json(bytes).then_some(FileType::Json),
        _ => None,
    }
}

/// Whether `head` holds binary data bytes in the share binary data does.
fn is_binary(head: &[u8]) -> bool {
    // Counted in bytes per block of 128, which never overflow and which the
    // compiler adds up many at a time.
    let binary: usize = head
        .chunks(128)
        .map(|block| {
            let in_block = block
                .iter()
                .fold(0u8, |n, &b| n + u8::from(is_binary_data_byte(b)));
            usize::from(in_block)
        })
        .sum();
    if binary < MIN_BINARY_BYTES {
        return false;
    }
    // Characters, not bytes: a UTF-8 continuation byte adds to the one
    // before it, so text in any script counts alike.
    let chars = head.iter().filter(|&&b| !(0x80..0xc0).contains(&b)).count();
    binary * BINARY_SHARE >= chars
}

/// An XML document that is not a page, told by its root element: a news
/// feed (`<rss>`, Atom's `<feed>`, RSS 1.0's `<rdf:RDF>`), a sitemap, an
/// SVG picture; or, after an XML declaration, any root that is not an
/// HTML element. Without a declaration, any other root is a page (or a
/// piece of one, which the parser completes). `text` starts with `<`.
fn markup_root(text: &[u8]) -> Option<FileType> {
    let mut rest = text;
    let mut declared_xml = false;
    // The prolog: the declaration, processing instructions, comments and
    // a doctype, in any order, with spaces between.
    loop {
        rest = rest.trim_ascii_start();
        let end = if rest.starts_with(b"<?") {
            declared_xml |= rest
                .get(2..5)
                .is_some_and(|n| n.eq_ignore_ascii_case(b"xml"));
            find(rest, b"?>")? + 2
        } else if rest.starts_with(b"<!--") {
            find(rest, b"-->")? + 3
        } else if rest.starts_with(b"<!") {
            // A doctype; one with an internal subset (`[...]`) ends at `]>`.
            let close = find(rest, b">")?;
            if rest.get(..close)?.contains(&b'[') {
                let bracket = find(rest, b"]")?;
                bracket + find(rest.get(bracket..)?, b">")? + 1
            } else {
                close + 1
            }
        } else {
            break;
        };
        rest = rest.get(end..)?;
    }
    let name_len = rest
        .iter()
        .skip(1)
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'-' | b'_' | b'.'))
        .count();
    let name = rest.get(1..1 + name_len)?.to_ascii_lowercase();
    match &name[..] {
        b"rss" | b"feed" | b"rdf:rdf" => Some(FileType::Feed),
        b"urlset" | b"sitemapindex" => Some(FileType::Xml),
        b"svg" => Some(FileType::Image),
        _ if declared_xml && !is_html_element(&name) => Some(FileType::Xml),
        _ => None,
    }
}

/// Whether a lower-case element name is an HTML element's: one this crate
/// knows, or a custom element (its name holds a hyphen).
fn is_html_element(name: &[u8]) -> bool {
    let Ok(name) = std::str::from_utf8(name) else {
        return false;
    };
    // An XHTML page may prefix its elements (`<h:html>`).
    let local = name.rsplit(':').next().unwrap_or(name);
    local.contains('-') || Tag::of(&ns!(html), &LocalName::from(local)) != Tag::Other
}

/// Whether `bytes` hold an `<html>` or `<body>` start tag, in any case.
fn has_html_tag(bytes: &[u8]) -> bool {
    any_after_lt(bytes, |rest| {
        let name = rest.get(..4);
        let after = rest.get(4).copied();
        name.is_some_and(|n| n.eq_ignore_ascii_case(b"html") || n.eq_ignore_ascii_case(b"body"))
            && after.is_none_or(|b| b.is_ascii_whitespace() || b == b'>' || b == b'/')
    })
}

/// Whether `bytes` hold a tag of any kind (see [`opens_tag`]).
fn has_tag(bytes: &[u8]) -> bool {
    any_after_lt(bytes, |rest| rest.first().copied().is_some_and(opens_tag))
}

/// Whether a `<` followed by `byte` opens a tag, as the tokenizer reads
/// one: a letter, `/`, `!` or `?`.
pub(crate) fn opens_tag(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || matches!(byte, b'/' | b'!' | b'?')
}

/// Whether `test` holds for what follows any `<` in `bytes`.
fn any_after_lt(bytes: &[u8], test: impl Fn(&[u8]) -> bool) -> bool {
    memchr::memchr_iter(b'<', bytes).any(|at| test(bytes.get(at + 1..).unwrap_or_default()))
}

/// Whether `bytes` are JSON: one value or more (a JSON Lines file), and
/// nothing else. Tried only on input that starts with `{` or `[`.
fn is_json(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    // Each value is checked and borrowed, not built.
    let mut values = serde_json::Deserializer::from_slice(bytes).into_iter::<&RawValue>();
    values.next().is_some_and(|v| v.is_ok()) && values.all(|v| v.is_ok())
}

/// The file type whose signature `head` starts with.
fn signature(head: &[u8]) -> Option<FileType> {
    if let Some(&(_, found)) = SIGNATURES.iter().find(|(sig, _)| head.starts_with(sig)) {
        return Some(found);
    }
    // RIFF containers: a four-byte size, then the form type.
    if head.starts_with(b"RIFF") {
        return match head.get(8..12) {
            Some(b"WEBP") => Some(FileType::Image),
            Some(b"WAVE" | b"AVI ") => Some(FileType::Media),
            _ => None,
        };
    }
    // The ISO media container: a box size, `ftyp`, the major brand.
    if head.get(4..8) == Some(b"ftyp") {
        let brand = head.get(8..12)?;
        return Some(if IMAGE_BRANDS.iter().any(|b| &b[..] == brand) {
            FileType::Image
        } else {
            FileType::Media
        });
    }
    // ID3-tagged audio: `ID3`, a major version of 2 to 4, a minor of 0.
    if head.starts_with(b"ID3") && matches!(head.get(3..5), Some([2..=4, 0])) {
        return Some(FileType::Media);
    }
    // bzip2: `BZh`, a block size digit, then the block magic (the digits of pi).
    if head.starts_with(b"BZh")
        && head.get(3).is_some_and(|d| (b'1'..=b'9').contains(d))
        && head.get(4..10) == Some(b"1AY&SY")
    {
        return Some(FileType::Compressed);
    }
    None
}

/// Text without markup (a `text/plain` body, a `.txt` file) as the page
/// a reader sees in it: each run of lines between blank lines a paragraph,
/// its lines joined as one (the soft wraps of a text file), escaped as
/// the HTML output escapes text so that nothing in it is read as markup. The parser would
/// otherwise make one text node of it all, and its paragraphs would run
/// together. `None` when the text holds a tag (a `<` before a letter, `/`,
/// `!` or `?`), or nothing but white space.
pub(crate) fn plain_text_as_html(text: &str) -> Option<String> {
    if has_tag(text.as_bytes()) || text.trim().is_empty() {
        return None;
    }
    let mut html = String::with_capacity(text.len() + text.len() / 16 + 16);
    html.push_str("<body>");
    let mut open = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if open {
                html.push_str("</p>");
                open = false;
            }
            continue;
        }
        html.push_str(if open { " " } else { "<p>" });
        open = true;
        crate::serialize::html::escape_into(&mut html, line, false);
    }
    if open {
        html.push_str("</p>");
    }
    html.push_str("</body>");
    Some(html)
}

/// The WHATWG MIME Sniffing standard's binary data bytes.
fn is_binary_data_byte(b: u8) -> bool {
    // The controls but tab, line feed, form feed, carriage return and
    // escape; written as comparisons, which the compiler runs on many
    // bytes at once (a range pattern becomes a bit test that it does not).
    b < 0x20 && b != b'\t' && b != b'\n' && b != 0x0c && b != b'\r' && b != 0x1b
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bytes that look random, as compressed or encrypted data does.
    fn noise(len: usize) -> Vec<u8> {
        let every_byte: [u8; 256] = std::array::from_fn(|i| i as u8);
        let mut rng = crate::testing::Xorshift::new(0x2545_f491);
        (0..len).map(|_| rng.pick(&every_byte)).collect()
    }

    #[test]
    fn signatures_name_the_format() {
        let cases: [(&[u8], FileType); 12] = [
            (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", FileType::Pdf),
            (b"%!PS-Adobe-3.0\n%%Title: poster", FileType::PostScript),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", FileType::Image),
            (b"GIF89a\x01\x00\x01\x00", FileType::Image),
            (b"\xff\xd8\xff\xe0\x00\x10JFIF", FileType::Image),
            (b"RIFF\x24\x00\x00\x00WEBPVP8 ", FileType::Image),
            (b"\x00\x00\x00\x1cftypavif\x00\x00", FileType::Image),
            (b"\x00\x00\x00\x18ftypmp42\x00\x00", FileType::Media),
            (b"ID3\x04\x00\x00\x00\x00\x00\x21", FileType::Media),
            (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", FileType::Compressed),
            (b"BZh91AY&SY\x12\x34", FileType::Compressed),
            (b"wOF2\x00\x01\x00\x00", FileType::Font),
        ];
        for (bytes, want) in cases {
            assert_eq!(file_type(bytes, false), Some(want), "{bytes:?}");
        }
    }

    /// Asserts that `text` passes the sniffing as a possible page.
    fn assert_read_as_page(text: &str) {
        assert_eq!(file_type(text.as_bytes(), false), None, "{text}");
    }

    #[test]
    fn text_that_starts_like_a_signature_is_text() {
        for text in [
            "ID3 tags, explained: <p>A guide.</p>",
            "BZh, a bank code, <p>and more.</p>",
            "RIFF raffs of the season <p>and more.</p>",
            "PK, a penalty kick: <p>the rules.</p>",
        ] {
            assert_read_as_page(text);
        }
    }

    #[test]
    fn noise_is_binary_and_pages_with_stray_controls_are_not() {
        assert_eq!(file_type(&noise(100_000), false), Some(FileType::Binary));
        assert_eq!(
            file_type(&noise(100_000), true),
            None,
            "UTF-16 is exempt from the share test"
        );
        // A page with a stray control in every paragraph is read.
        let page = format!(
            "<html><body>{}</body></html>",
            "<p>A paragraph of prose that a broken template left a NUL\u{0} in, \
             as some do, and a backspace\u{8} in the next.</p>"
                .repeat(100)
        );
        assert_eq!(file_type(page.as_bytes(), false), None);
        // So is a short input of nothing but controls: too few to judge.
        assert_eq!(file_type(&[0u8; 31], false), None);
        assert_eq!(file_type(&[0u8; 32], false), Some(FileType::Binary));
    }

    #[test]
    fn the_binary_data_bytes_are_the_standards() {
        for b in 0..=u8::MAX {
            let listed = matches!(b, 0x00..=0x08 | 0x0b | 0x0e..=0x1a | 0x1c..=0x1f);
            assert_eq!(is_binary_data_byte(b), listed, "{b:#04x}");
        }
        // Counted across the blocks the count is made in: 33 controls
        // over the whole window, none of them in a block of their own.
        let mut head = vec![b'a'; WINDOW];
        for at in (0..33).map(|i| i * 120 + 7) {
            head[at] = 0;
        }
        assert!(!is_binary(&head), "one byte in 124 is not binary data");
        let mut dense = vec![b'a'; 33 * 19];
        for at in (0..33).map(|i| i * 19) {
            dense[at] = 0x1f;
        }
        assert!(is_binary(&dense), "one byte in 19 is");
    }

    #[test]
    fn characters_count_not_bytes() {
        // One control in fifteen characters is binary data in any script;
        // counted by bytes, the Japanese line (43 of them) would pass.
        let text = "日本語の文章です。とても長い\u{1}".repeat(400);
        assert_eq!(file_type(text.as_bytes(), false), Some(FileType::Binary));
        let fewer = "日本語の文章です。とても長い".repeat(30) + "\u{1}";
        assert_eq!(file_type(fewer.repeat(40).as_bytes(), false), None);
    }

    #[test]
    fn feeds_sitemaps_and_other_xml_are_not_pages() {
        let cases: [(&str, Option<FileType>); 14] = [
            (
                r#"<?xml version="1.0"?><rss version="2.0"><channel>"#,
                Some(FileType::Feed),
            ),
            (
                "\u{feff}<?xml version='1.0'?>\n<!-- generator -->\n\
                 <feed xmlns=\"http://www.w3.org/2005/Atom\">",
                Some(FileType::Feed),
            ),
            (
                r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">"#,
                Some(FileType::Feed),
            ),
            (
                r#"<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/">"#,
                Some(FileType::Xml),
            ),
            (
                "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \
                 \"x.dtd\" [ <!ENTITY ns \"x\"> ]><svg><text>Hi</text></svg>",
                Some(FileType::Image),
            ),
            (
                r#"<?xml version="1.0"?><catalog><book>A title</book></catalog>"#,
                Some(FileType::Xml),
            ),
            // XHTML, with and without its declaration, is a page.
            (
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \
                 \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\">\n<html xmlns=\"x\">",
                None,
            ),
            (r#"<?xml version="1.0"?><h:html xmlns:h="x">"#, None),
            // So is a page after a declaration that leaves out `<html>`,
            // or one made of a custom element.
            (r#"<?xml version="1.0"?><head><title>T</title>"#, None),
            (r#"<?xml version="1.0"?><my-app><p>Text</p>"#, None),
            // Without a declaration an unknown root is a piece of a page.
            ("<catalog><p>A paragraph.</p></catalog>", None),
            // A picture or feed printed before the page's own markup.
            (
                "<svg style=\"display:none\"><symbol id=\"i\"/></svg>\n\
                 <!DOCTYPE html><HTML lang=\"en\"><p>Text</p>",
                None,
            ),
            ("<rss><item>x</item></rss><body><p>Text</p></body>", None),
            // A prolog that does not close within the window decides nothing.
            ("<?xml version=\"1.0\"", None),
        ];
        for (text, want) in cases {
            assert_eq!(file_type(text.as_bytes(), false), want, "{text}");
        }
    }

    #[test]
    fn json_is_not_a_page_but_a_page_opening_with_a_brace_is() {
        let api = r#"{"articles": [{"title": "A story", "body": "<p>Text</p>"}]}"#;
        assert_eq!(file_type(api.as_bytes(), false), Some(FileType::Json));
        let lines = "[1, 2]\n{\"a\": null}\n  \"text\"\n";
        assert_eq!(file_type(lines.as_bytes(), false), Some(FileType::Json));
        let with_bom = format!("\u{feff}{api}");
        assert_eq!(file_type(with_bom.as_bytes(), false), Some(FileType::Json));
        // A template's braces left before the markup, or a script's object
        // at the top of a fragment.
        for text in [
            "{{ header }}<html><body><p>Text</p></body></html>",
            "{}<p>Text after an object.</p>",
            "[an aside] <p>Text</p>",
            "{",
        ] {
            assert_read_as_page(text);
        }
        // Nesting as deep as the input allows is checked without
        // recursion (values are skipped, not built), so the stack holds.
        let deep = "[".repeat(1_000_000) + &"]".repeat(1_000_000);
        assert_eq!(file_type(deep.as_bytes(), false), Some(FileType::Json));
        let unclosed = "[".repeat(1_000_000);
        assert_eq!(file_type(unclosed.as_bytes(), false), None);
    }

    #[test]
    fn plain_text_keeps_its_paragraphs() {
        let text = "A title\r\n\r\nThe first paragraph,\nwrapped at its width,\n\
                    with AT&T and 1 < 2 in it.\n\n\n  The second.  \n";
        assert_eq!(
            plain_text_as_html(text).as_deref(),
            Some(
                "<body><p>A title</p><p>The first paragraph, wrapped at its width, with \
                 AT&amp;T and 1 &lt; 2 in it.</p><p>The second.</p></body>"
            )
        );
        // Markup, even a fragment, is a page's; white space is nothing.
        for text in [
            "<p>A paragraph</p>",
            "a <b>bold</b> word",
            "</p> left over",
            "<!-- x -->",
            " \n\t ",
        ] {
            assert_eq!(plain_text_as_html(text), None, "{text}");
        }
    }

    #[test]
    fn escape_and_whitespace_controls_are_text() {
        // ISO-2022-JP switches character sets with ESC sequences.
        let iso_2022_jp = b"\x1b$B$3$s$K$A$O\x1b(B, \t\r\n\x0c".repeat(500);
        assert_eq!(file_type(&iso_2022_jp, false), None);
    }
}
