//! Stage 0: bytes to text. Decides the character encoding of a page the way
//! browsers do (the WHATWG "encoding sniffing algorithm") and decodes it.
//!
//! The order, first match wins:
//!
//! 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//! 2. the transport's charset (an HTTP `Content-Type` value or a bare label);
//! 3. UTF-16 without a byte-order mark, told by where its NUL bytes fall
//!    (browsers do not look for it, and show such a page as noise);
//! 4. the standard prescan of the first 1024 bytes for `<meta charset>` or
//!    `<meta http-equiv="content-type" content="...charset=...">`, unless
//!    the bytes are valid UTF-8 with non-ASCII text while it names a legacy
//!    encoding (a page re-saved as UTF-8 that kept its old declaration);
//! 5. the bytes themselves: valid UTF-8 with non-ASCII content is UTF-8,
//!    anything else goes to chardetng, Firefox's detector, with the top-level
//!    domain of the page URL as a hint (its last resort is windows-1252 on
//!    generic domains); a page with no non-ASCII byte at all reads the same
//!    in every candidate and is reported as UTF-8, the default.
//!
//! Labels are resolved with encoding_rs's WHATWG table, so `ISO-8859-1` is
//! windows-1252. Decoding never fails: malformed sequences become U+FFFD.
//! The result of step 5 is tentative: a `<meta charset>` found later in the
//! parsed page may overrule it ([`declared_by_meta`]), and the page is then
//! decoded once more, as a browser's "change the encoding" step does.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, REPLACEMENT, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, X_USER_DEFINED};
use url::Url;

use crate::article::{EncodingInfo, EncodingSource};
use crate::dom::{Dom, Tag};

/// How many bytes the `<meta>` prescan looks at, as the standard says.
const PRESCAN_BYTES: usize = 1024;

/// A decoded page.
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub info: EncodingInfo,
    /// The encoding was guessed (step 5), so a late `<meta>` may overrule it.
    pub tentative: bool,
}

/// The encoding a page is to be read in, and how that was decided.
pub(crate) struct Decision {
    encoding: &'static Encoding,
    source: EncodingSource,
    /// Length of the byte-order mark to skip.
    bom_len: usize,
    /// The encoding was guessed (step 5), so a late `<meta>` may overrule it.
    tentative: bool,
}

impl Decision {
    fn new(encoding: &'static Encoding, source: EncodingSource, tentative: bool) -> Self {
        Decision {
            encoding,
            source,
            bom_len: 0,
            tentative,
        }
    }

    /// Whether the page is read as UTF-16, whose text is half NUL bytes.
    pub(crate) fn is_utf16(&self) -> bool {
        is_utf16(self.encoding)
    }

    /// Decodes `bytes`, the bytes the decision was made on.
    pub(crate) fn decode<'a>(&self, bytes: &'a [u8]) -> Decoded<'a> {
        let body = bytes.get(self.bom_len..).unwrap_or_default();
        finish(body, self.encoding, self.source, self.tentative)
    }
}

/// Decides the encoding of `bytes` and decodes them, for the tests.
#[cfg(test)]
pub(crate) fn decode<'a>(
    bytes: &'a [u8],
    transport: Option<&str>,
    url: Option<&Url>,
) -> Decoded<'a> {
    decide(bytes, transport, url).decode(bytes)
}

/// Decides the encoding of `bytes`, which [`Decision::decode`] then reads
/// them in (the two are apart so that what the bytes are can be checked in
/// between, see [`crate::sniff`]).
///
/// `transport` is an HTTP `Content-Type` header value
/// (`text/html; charset=windows-1251`) or a bare charset label (`koi8-r`).
/// `url` is where the page came from; its top-level domain tells the
/// detector which legacy encodings are likely.
pub(crate) fn decide(bytes: &[u8], transport: Option<&str>, url: Option<&Url>) -> Decision {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Decision {
            bom_len,
            ..Decision::new(encoding, EncodingSource::Bom, false)
        };
    }
    if let Some(encoding) = transport
        .and_then(transport_encoding)
        .filter(|&encoding| !is_mislabelled_utf16(encoding, bytes))
    {
        return Decision::new(encoding, EncodingSource::Transport, false);
    }
    if let Some(encoding) = utf16_by_shape(bytes) {
        return Decision::new(encoding, EncodingSource::Detected, false);
    }
    let declared = prescan(bytes);
    // A page re-saved as UTF-8 often keeps its old declaration; legacy
    // text with non-ASCII content is practically never valid UTF-8, so the
    // bytes win over a contradicting <meta>.
    let utf8 = !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok();
    if let Some(encoding) = declared.filter(|&e| e == UTF_8 || !utf8) {
        return Decision::new(encoding, EncodingSource::Meta, false);
    }
    if bytes.is_ascii() {
        // ASCII reads the same in UTF-8 and every legacy web encoding; a
        // late `<meta>` may still name the page's encoding.
        return Decision::new(UTF_8, EncodingSource::Default, true);
    }
    if utf8 {
        // Legacy text that happens to be valid UTF-8 is vanishingly rare
        // once it holds non-ASCII bytes, so this guess is treated as certain.
        return Decision::new(UTF_8, EncodingSource::Detected, false);
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(top_level_domain(url).as_deref(), Utf8Detection::Allow);
    Decision::new(guess, EncodingSource::Detected, true)
}

/// Whether `encoding` is UTF-16, either way round: the web's encodings
/// that are not ASCII-compatible in their markup.
fn is_utf16(encoding: &Encoding) -> bool {
    encoding == UTF_16LE || encoding == UTF_16BE
}

/// Whether a transport label of UTF-16 is given to bytes that cannot be
/// UTF-16: not a NUL byte among the first 1024, where markup in UTF-16 has
/// one in every other byte, and a tag at the start written in single
/// bytes (`<!DOCTYPE`, `<html`). A server that labels every page UTF-16
/// gets such pages; read as the label says, each pair of letters becomes
/// one CJK character and the page comes out as noise. (A `<meta>` naming
/// UTF-16 is read as UTF-8 for the same reason, by the standard.)
fn is_mislabelled_utf16(encoding: &'static Encoding, bytes: &[u8]) -> bool {
    if !is_utf16(encoding) {
        return false;
    }
    let head = bytes.get(..PRESCAN_BYTES).unwrap_or(bytes);
    let opens_with_tag = match head.trim_ascii_start() {
        [b'<', next, ..] => crate::sniff::opens_tag(*next),
        _ => false,
    };
    opens_with_tag && !head.contains(&0)
}

/// UTF-16 without a byte-order mark, told by where its NUL bytes fall in
/// the first 1024: markup and Latin text leave the high byte of most code
/// units NUL, and the low byte of almost none, so one side of the pairs
/// holds a quarter or more NULs and the other an eighth as many at most;
/// and a `<` is among the code units. Browsers read such a page as a
/// legacy encoding, NULs and all, and show noise; some tools save text so.
fn utf16_by_shape(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..PRESCAN_BYTES).unwrap_or(bytes);
    let units = head.len() / 2;
    if units < 8 {
        return None;
    }
    let (mut first_nul, mut second_nul) = (0, 0);
    let (mut le_tag, mut be_tag) = (false, false);
    for pair in head.chunks_exact(2) {
        if let [first, second] = *pair {
            first_nul += usize::from(first == 0);
            second_nul += usize::from(second == 0);
            le_tag |= (first, second) == (b'<', 0);
            be_tag |= (first, second) == (0, b'<');
        }
    }
    let one_sided = |nul: usize, other: usize| nul * 4 >= units && other * 8 <= nul;
    if one_sided(second_nul, first_nul) && le_tag {
        Some(UTF_16LE)
    } else if one_sided(first_nul, second_nul) && be_tag {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Decodes `bytes` (without a BOM) as `encoding`, found by `source`.
pub(crate) fn decode_as<'a>(
    bytes: &'a [u8],
    encoding: &'static Encoding,
    source: EncodingSource,
) -> Decoded<'a> {
    let body = match Encoding::for_bom(bytes) {
        Some((_, bom_len)) => bytes.get(bom_len..).unwrap_or_default(),
        None => bytes,
    };
    finish(body, encoding, source, false)
}

fn finish<'a>(
    bytes: &'a [u8],
    encoding: &'static Encoding,
    source: EncodingSource,
    tentative: bool,
) -> Decoded<'a> {
    let (text, _had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text,
        info: EncodingInfo {
            name: encoding.name(),
            source,
        },
        tentative,
    }
}

/// The encoding named by a label, as a page may use it. `None` for unknown
/// labels and for the labels that the standard maps to the "replacement"
/// encoding (ISO-2022-KR, HZ...): decoding a page to a single U+FFFD
/// protects browsers from script injection but leaves nothing to extract,
/// so such a label is ignored and the bytes decide.
fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes()).filter(|e| *e != REPLACEMENT)
}

/// The encoding named by a transport hint: a `Content-Type` value with a
/// `charset` parameter, or a bare label.
fn transport_encoding(hint: &str) -> Option<&'static Encoding> {
    if hint.contains('/') || hint.contains(';') || hint.contains('=') {
        return content_type_charset(hint);
    }
    encoding_for_label(hint)
}

/// The `charset` parameter of a `Content-Type` value, e.g.
/// `text/html; charset="utf-8"`.
fn content_type_charset(value: &str) -> Option<&'static Encoding> {
    value.split(';').skip(1).find_map(|param| {
        let (name, label) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let label = label.trim();
        let label = label
            .strip_prefix('"')
            .and_then(|l| l.split('"').next())
            .unwrap_or(label);
        encoding_for_label(label)
    })
}

/// The lower-case ASCII top-level domain of `url`'s host, as the detector
/// wants it; `None` for IP addresses and hosts that are not plain labels.
fn top_level_domain(url: Option<&Url>) -> Option<Vec<u8>> {
    let host = match url?.host()? {
        url::Host::Domain(d) => d,
        _ => return None,
    };
    let label = host.trim_end_matches('.').rsplit('.').next()?;
    let ok = !label.is_empty()
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then(|| label.to_ascii_lowercase().into_bytes())
}

/// The encoding declared by the first `<meta>` of a parsed page that
/// declares one, wherever it sits (the browser's "change the encoding" step
/// looks at every `<meta>` the parser meets, past the prescan window too).
pub(crate) fn late_declaration(dom: &Dom) -> Option<&'static Encoding> {
    dom.find_all(Tag::Meta).find_map(|id| {
        declared_by_meta(
            dom.attr(id, &html5ever::local_name!("charset")),
            dom.attr(id, &html5ever::local_name!("http-equiv")),
            dom.attr(id, &html5ever::local_name!("content")),
        )
    })
}

/// What a `<meta>` element declares, from its `charset`, `http-equiv` and
/// `content` attributes, as the prescan and the parser read it: `charset`
/// wins; otherwise `content` counts only beside
/// `http-equiv="content-type"`. UTF-16 labels mean UTF-8 (a page that can
/// be read this far as ASCII is not UTF-16) and `x-user-defined` means
/// windows-1252.
pub(crate) fn declared_by_meta(
    charset: Option<&str>,
    http_equiv: Option<&str>,
    content: Option<&str>,
) -> Option<&'static Encoding> {
    let found = match charset {
        Some(label) => encoding_for_label(label),
        None => {
            let pragma = http_equiv.is_some_and(|h| h.trim().eq_ignore_ascii_case("content-type"));
            if !pragma {
                return None;
            }
            charset_in_meta_content(content?.as_bytes())
                .and_then(|label| std::str::from_utf8(label).ok())
                .and_then(encoding_for_label)
        }
    }?;
    Some(meta_override(found))
}

fn meta_override(encoding: &'static Encoding) -> &'static Encoding {
    if is_utf16(encoding) {
        UTF_8
    } else if encoding == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        encoding
    }
}

/// The standard's "extract a character encoding from a meta element":
/// the label after `charset=` in a `content` value.
fn charset_in_meta_content(s: &[u8]) -> Option<&[u8]> {
    let mut pos = 0;
    loop {
        let at = find_ignore_case(s.get(pos..)?, b"charset")?;
        pos += at + b"charset".len();
        pos = skip_space(s, pos);
        if s.get(pos) != Some(&b'=') {
            continue;
        }
        pos = skip_space(s, pos + 1);
        let rest = s.get(pos..)?;
        return match rest.first()? {
            &q @ (b'"' | b'\'') => {
                let body = rest.get(1..)?;
                let close = body.iter().position(|&b| b == q)?;
                body.get(..close)
            }
            _ => {
                let end = rest
                    .iter()
                    .position(|&b| is_space(b) || b == b';')
                    .unwrap_or(rest.len());
                rest.get(..end)
            }
        };
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0C | b'\r' | b' ')
}

fn skip_space(s: &[u8], mut pos: usize) -> usize {
    while s.get(pos).is_some_and(|&b| is_space(b)) {
        pos += 1;
    }
    pos
}

fn find_ignore_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// Where `needle` first occurs in `hay`.
pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

/// The standard's prescan over the first 1024 bytes: the encoding declared
/// by the first `<meta>` that declares one, skipping comments and the
/// attributes of other tags.
fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let s = bytes.get(..PRESCAN_BYTES).unwrap_or(bytes);
    let mut pos = 0;
    while pos < s.len() {
        let rest = s.get(pos..)?;
        if rest.starts_with(b"<!--") {
            // The comment ends at the first "-->" after "<!", so "<!-->"
            // is a whole comment.
            pos += 2 + find(rest.get(2..)?, b"-->")? + 3;
        } else if rest.len() > 5
            && rest.get(..5)?.eq_ignore_ascii_case(b"<meta")
            && (is_space(rest[5]) || rest[5] == b'/')
        {
            pos += 5;
            if let Some(encoding) = meta_attributes(s, &mut pos) {
                return Some(encoding);
            }
        } else if rest.len() > 2
            && (rest[1].is_ascii_alphabetic() || (rest[1] == b'/' && rest[2].is_ascii_alphabetic()))
            && rest[0] == b'<'
        {
            // Any other tag: skip its name and attributes, so that a
            // `>` or `<meta` inside an attribute value is not misread.
            pos += rest
                .iter()
                .position(|&b| is_space(b) || b == b'>')
                .unwrap_or(rest.len());
            while attribute(s, &mut pos).is_some() {}
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            pos += rest.iter().position(|&b| b == b'>')? + 1;
        } else {
            pos += 1;
        }
    }
    None
}

/// Reads the attributes of a `<meta>` tag and returns what it declares.
fn meta_attributes(s: &[u8], pos: &mut usize) -> Option<&'static Encoding> {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut charset: Option<Vec<u8>> = None;
    let mut http_equiv: Option<Vec<u8>> = None;
    let mut content: Option<Vec<u8>> = None;
    while let Some((name, value)) = attribute(s, pos) {
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"charset" => charset = Some(value),
            b"http-equiv" => http_equiv = Some(value),
            b"content" => content = Some(value),
            _ => {}
        }
        seen.push(name);
    }
    let charset = charset.as_deref().map(String::from_utf8_lossy);
    let http_equiv = http_equiv.as_deref().map(String::from_utf8_lossy);
    let content = content.as_deref().map(String::from_utf8_lossy);
    declared_by_meta(
        charset.as_deref(),
        http_equiv.as_deref(),
        content.as_deref(),
    )
}

/// The standard's "get an attribute": the next attribute of the tag at
/// `pos`, name lower-cased, or `None` at the tag's end (or the window's).
fn attribute(s: &[u8], pos: &mut usize) -> Option<(Vec<u8>, Vec<u8>)> {
    while s.get(*pos).is_some_and(|&b| is_space(b) || b == b'/') {
        *pos += 1;
    }
    if *s.get(*pos)? == b'>' {
        return None;
    }
    let mut name = Vec::new();
    let mut value = Vec::new();
    // The name.
    loop {
        let b = *s.get(*pos)?;
        if b == b'=' && !name.is_empty() {
            *pos += 1;
            break;
        }
        if is_space(b) {
            *pos = skip_space(s, *pos);
            if s.get(*pos) != Some(&b'=') {
                return Some((name, value));
            }
            *pos += 1;
            break;
        }
        if b == b'/' || b == b'>' {
            return Some((name, value));
        }
        name.push(b.to_ascii_lowercase());
        *pos += 1;
    }
    // The value.
    *pos = skip_space(s, *pos);
    let b = *s.get(*pos)?;
    if b == b'"' || b == b'\'' {
        *pos += 1;
        loop {
            let c = *s.get(*pos)?;
            *pos += 1;
            if c == b {
                return Some((name, value));
            }
            value.push(c.to_ascii_lowercase());
        }
    }
    if b == b'>' {
        return Some((name, value));
    }
    loop {
        let c = *s.get(*pos)?;
        if is_space(c) || c == b'>' {
            return Some((name, value));
        }
        value.push(c.to_ascii_lowercase());
        *pos += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sniff(bytes: &[u8], transport: Option<&str>) -> (String, &'static str, EncodingSource) {
        let d = decode(bytes, transport, None);
        (d.text.into_owned(), d.info.name, d.info.source)
    }

    fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|unit| {
                if little_endian {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn utf16_without_a_bom_is_told_by_its_nul_bytes() {
        // Markup around Japanese text: the tags' code units are ASCII, the
        // text's have no NUL byte.
        let page = "<html><head><title>図書館の予算</title></head><body><p>市議会は火曜日、\
                    公共図書館の新しい予算案を可決した。</p></body></html>";
        for (little_endian, name) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
            let bytes = utf16(page, little_endian);
            let (text, found, source) = sniff(&bytes, None);
            assert_eq!(
                (text.as_str(), found, source),
                (page, name, EncodingSource::Detected)
            );
            assert!(decide(&bytes, None, None).is_utf16());
        }
        // The transport still wins, as it does over a <meta>.
        let bytes = utf16(page, true);
        assert_eq!(sniff(&bytes, Some("windows-1252")).1, "windows-1252");
    }

    #[test]
    fn a_utf16_label_on_single_byte_markup_is_set_aside() {
        let page = "<!DOCTYPE html><html><head><meta charset=utf-8><title>Café</title>\
                    </head><body><p>Le café a rouvert ses portes.</p></body></html>";
        for label in ["text/html; charset=utf-16", "utf-16le", "UTF-16BE"] {
            let (text, name, source) = sniff(page.as_bytes(), Some(label));
            assert_eq!(text, page, "{label}");
            assert_eq!((name, source), ("UTF-8", EncodingSource::Meta), "{label}");
        }
        // Bytes that are UTF-16 keep the label, with or without markup first.
        let bytes = utf16(page, true);
        let (text, name, source) = sniff(&bytes, Some("text/html; charset=utf-16"));
        assert_eq!(
            (text.as_str(), name, source),
            (page, "UTF-16LE", EncodingSource::Transport)
        );
        let prose = utf16(
            "市議会は火曜日、公共図書館の新しい予算案を可決した。",
            false,
        );
        assert_eq!(sniff(&prose, Some("utf-16be")).1, "UTF-16BE");
        // Other labels are not second-guessed.
        assert_eq!(sniff(page.as_bytes(), Some("koi8-r")).1, "KOI8-R");
    }

    #[test]
    fn nul_bytes_on_both_sides_or_without_markup_are_not_utf16() {
        // An image-like run of zeros and small numbers.
        let zeros: Vec<u8> = (0..512u16).flat_map(|i| [0, (i % 7) as u8]).collect();
        assert_eq!(utf16_by_shape(&zeros), None, "no `<` among the units");
        let both: Vec<u8> = (0..512u16).flat_map(|_| [0, b'<', b'<', 0]).collect();
        assert_eq!(utf16_by_shape(&both), None, "NULs on both sides");
        // Too short to judge.
        assert_eq!(utf16_by_shape(&utf16("<p>a</p>", true)[..14]), None);
        // A page with a few stray NULs is no UTF-16.
        let page = b"<html><body><p>A\0line of prose\0, with NULs.</p></body></html>";
        assert_eq!(utf16_by_shape(page), None);
    }

    #[test]
    fn bom_wins_over_everything() {
        let mut page = b"\xEF\xBB\xBF<meta charset=windows-1251>".to_vec();
        page.extend_from_slice("é".as_bytes());
        let (text, name, source) = sniff(&page, Some("text/html; charset=koi8-r"));
        assert_eq!((name, source), ("UTF-8", EncodingSource::Bom));
        assert!(text.ends_with('é') && !text.starts_with('\u{FEFF}'));
    }

    #[test]
    fn transport_charset_beats_meta() {
        let (text, name, source) = sniff(
            b"<meta charset=utf-8>\xE9",
            Some("text/html;charset=\"ISO-8859-1\""),
        );
        assert_eq!((name, source), ("windows-1252", EncodingSource::Transport));
        assert!(text.ends_with('é'));
        let (_, name, _) = sniff(b"x", Some("windows-1251"));
        assert_eq!(name, "windows-1251");
    }

    #[test]
    fn meta_charset_and_http_equiv_are_found() {
        let (_, name, source) = sniff(b"<html><head><meta charset='koi8-r'>", None);
        assert_eq!((name, source), ("KOI8-R", EncodingSource::Meta));
        let page = b"<meta content=\"text/html; charset=Shift_JIS\" http-equiv=Content-Type>";
        assert_eq!(sniff(page, None).1, "Shift_JIS");
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_legacy_meta() {
        let page = "<meta charset=gb2312><p>市议会通过图书馆预算</p>".as_bytes();
        let (text, name, source) = sniff(page, None);
        assert_eq!((name, source), ("UTF-8", EncodingSource::Detected));
        assert!(text.contains("市议会"));
        // The transport is the caller's word, and is kept.
        assert_eq!(sniff(page, Some("gbk")).1, "GBK");
    }

    #[test]
    fn content_without_http_equiv_declares_nothing() {
        let page = b"<meta name=description content=\"charset=gbk\">\xE9t\xE9";
        assert_ne!(sniff(page, None).1, "GBK");
    }

    #[test]
    fn comments_and_attribute_values_are_skipped() {
        let page = b"<!-- <meta charset=koi8-r> --><div title='<meta charset=gbk>'><meta charset=windows-1250>";
        assert_eq!(sniff(page, None).1, "windows-1250");
        assert_eq!(sniff(b"<!--><meta charset=koi8-r>", None).1, "KOI8-R");
    }

    #[test]
    fn utf16_in_meta_means_utf8() {
        let (text, name, _) = sniff("<meta charset=utf-16><p>café".as_bytes(), None);
        assert_eq!(name, "UTF-8");
        assert!(text.ends_with("café"));
    }

    #[test]
    fn meta_after_the_prescan_window_is_not_seen() {
        let mut page = vec![b' '; PRESCAN_BYTES];
        page.extend_from_slice(b"<meta charset=koi8-r>");
        assert_ne!(sniff(&page, None).1, "KOI8-R");
    }

    #[test]
    fn undeclared_pages_are_detected() {
        let (_, name, source) = sniff("<p>naïve café</p>".as_bytes(), None);
        assert_eq!((name, source), ("UTF-8", EncodingSource::Detected));
        let (_, name, source) = sniff(b"<p>plain</p>", None);
        assert_eq!((name, source), ("UTF-8", EncodingSource::Default));
        let (russian, _, _) = encoding_rs::WINDOWS_1251
            .encode("Городской совет во вторник утвердил новый бюджет публичных библиотек.");
        let (text, name, source) = sniff(&russian, None);
        assert_eq!((name, source), ("windows-1251", EncodingSource::Detected));
        assert!(text.contains("бюджет"));
    }

    #[test]
    fn the_url_domain_guides_the_detector() {
        let url = Url::parse("http://example.RU./page").ok();
        assert_eq!(top_level_domain(url.as_ref()).as_deref(), Some(&b"ru"[..]));
        let ip = Url::parse("http://127.0.0.1/").ok();
        assert_eq!(top_level_domain(ip.as_ref()), None);
    }

    #[test]
    fn replacement_labels_are_ignored() {
        let (_, name, source) = sniff(b"<meta charset=iso-2022-kr>abc", None);
        assert_eq!((name, source), ("UTF-8", EncodingSource::Default));
    }

    #[test]
    fn truncated_declarations_do_not_panic() {
        for page in [
            &b"<meta"[..],
            b"<meta ",
            b"<meta charset",
            b"<meta charset='",
            b"<meta http-equiv=content-type content='charset=",
            b"<!--",
            b"<a b='",
            b"</",
            b"<",
        ] {
            let _ = sniff(page, None);
        }
        assert_eq!(charset_in_meta_content(b"charset = 'x"), None);
        assert_eq!(
            charset_in_meta_content(b"a;charset=utf-8;b"),
            Some(&b"utf-8"[..])
        );
    }
}
