//! Web archives (`.warc`, `.warc.gz`): the files crawlers write, one record
//! per fetch. Each HTML page the archive holds is a page of the run.
//!
//! A first pass lists the pages: every `response` record whose HTTP status
//! is 2xx and whose body is HTML (by its `Content-Type`, or by how it
//! starts when it has none), and every `resource` record of HTML, with the
//! address it was fetched from and its content type. A compressed archive
//! is a series of gzip members, usually one record each; a page is found
//! again by its member's offset in the file (and its place in the member),
//! so the workers read the pages in parallel, each decompressing one
//! member, and nothing is held in memory but the list.
//!
//! Reading a page undoes the transfer: a chunked body is joined, a gzip or
//! deflate body is decompressed, both under the input size limit.
//! Headers are read line by line under a size cap, so a broken archive
//! costs at most that much before it is reported.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use flate2::bufread::{DeflateDecoder, GzDecoder, ZlibDecoder};

/// The most bytes a record's WARC header, or its HTTP head, may take.
const MAX_HEAD_BYTES: u64 = 64 * 1024;

/// How much of an untyped body is read to tell whether it is HTML (white
/// space and a byte-order mark may come before the tag).
const SNIFF_BYTES: u64 = 512;

/// Where a page is in its archive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RecordAt {
    /// The offset of the record (in a compressed archive, of the gzip
    /// member holding it).
    pub offset: u64,
    /// The record's place among the records of its member (0 for the
    /// first; always 0 in an uncompressed archive).
    pub nth: u32,
    /// Whether the archive is gzip-compressed.
    pub gzip: bool,
}

impl RecordAt {
    /// The page's name after the archive's: `crawl.warc.gz#1234` (with
    /// `.2` for the third record of a member holding several).
    pub(crate) fn label(&self, archive: &str) -> String {
        match self.nth {
            0 => format!("{archive}#{}", self.offset),
            n => format!("{archive}#{}.{n}", self.offset),
        }
    }
}

/// An HTML page of an archive.
#[derive(Debug)]
pub(crate) struct Found {
    pub at: RecordAt,
    /// The address it was fetched from (`WARC-Target-URI`).
    pub url: Option<String>,
    /// The HTTP `Content-Type` it was served with.
    pub content_type: Option<String>,
}

/// Whether a file is a web archive: its name ends in `.warc` or
/// `.warc.gz`, in any case.
pub(crate) fn is_warc(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// The HTML pages of the archive at `path`, and the problem that ended the
/// listing early, if any (the pages before it are kept).
pub(crate) fn index(path: &Path) -> (Vec<Found>, Option<String>) {
    let mut found = Vec::new();
    let gzip = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let listed = File::open(path).and_then(|file| {
        let mut reader = BufReader::new(file);
        if gzip {
            index_members(&mut reader, &mut found)
        } else {
            index_plain(&mut reader, &mut found)
        }
    });
    let problem = listed.err().map(|e| format!("{}: {e}", path.display()));
    (found, problem)
}

/// Lists an uncompressed archive: each record at its byte offset.
fn index_plain(reader: &mut BufReader<File>, found: &mut Vec<Found>) -> io::Result<()> {
    loop {
        skip_blank_lines(reader)?;
        let offset = reader.stream_position()?;
        let Some(header) = read_warc_header(reader)? else {
            return Ok(());
        };
        let at = RecordAt {
            offset,
            nth: 0,
            gzip: false,
        };
        note_page(reader, &header, at, found)?;
    }
}

/// Lists a compressed archive, one gzip member after another.
fn index_members(reader: &mut BufReader<File>, found: &mut Vec<Found>) -> io::Result<()> {
    loop {
        let offset = reader.stream_position()?;
        if reader.fill_buf()?.is_empty() {
            return Ok(());
        }
        // The decoder stops at the member's end, leaving the file there.
        let mut member = BufReader::new(GzDecoder::new(&mut *reader));
        let mut nth = 0u32;
        loop {
            skip_blank_lines(&mut member)?;
            let Some(header) = read_warc_header(&mut member)? else {
                break;
            };
            let at = RecordAt {
                offset,
                nth,
                gzip: true,
            };
            note_page(&mut member, &header, at, found)?;
            nth = nth.saturating_add(1);
        }
    }
}

/// Reads the block of the record `header` opens, noting it in `found` when
/// it is an HTML page.
fn note_page(
    reader: &mut impl BufRead,
    header: &WarcHeader,
    at: RecordAt,
    found: &mut Vec<Found>,
) -> io::Result<()> {
    let mut block = reader.take(header.length);
    let page = match header.kind() {
        Kind::Response => {
            let head = read_http_head(&mut block)?;
            head.filter(|h| (200..300).contains(&h.status))
                .and_then(|head| {
                    let content_type = head.field("content-type").map(str::to_string);
                    let html = match content_type.as_deref() {
                        Some(t) => is_html_type(t),
                        None => {
                            // The body's start, whatever the buffer holds.
                            let mut start = Vec::new();
                            let _ = (&mut block).take(SNIFF_BYTES).read_to_end(&mut start);
                            starts_like_html(&start)
                        }
                    };
                    html.then_some(content_type)
                })
        }
        Kind::Resource => {
            let content_type = header.field("content-type").map(str::to_string);
            content_type
                .as_deref()
                .is_some_and(is_html_type)
                .then_some(content_type)
        }
        Kind::Other => None,
    };
    // The rest of the block: a record cut short is not listed.
    io::copy(&mut block, &mut io::sink())?;
    if block.limit() > 0 {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "the archive ends inside a record",
        ));
    }
    if let Some(content_type) = page {
        found.push(Found {
            at,
            url: header.target(),
            content_type,
        });
    }
    Ok(())
}

/// Reads the page at `at` in the archive at `path`: the HTTP body as the
/// server meant it (joined, decompressed), at most `limit` bytes.
pub(crate) fn read(path: &Path, at: RecordAt, limit: usize) -> Result<Vec<u8>, String> {
    let mut file = File::open(path).map_err(|e| e.to_string())?;
    file.seek(SeekFrom::Start(at.offset))
        .map_err(|e| e.to_string())?;
    let reader = BufReader::new(file);
    if at.gzip {
        read_nth(&mut BufReader::new(GzDecoder::new(reader)), at.nth, limit)
    } else {
        let mut reader = reader;
        read_nth(&mut reader, 0, limit)
    }
}

/// Reads the `nth` record from `reader` as a page.
fn read_nth(reader: &mut impl BufRead, nth: u32, limit: usize) -> Result<Vec<u8>, String> {
    let fail = |e: io::Error| e.to_string();
    let next_header = |reader: &mut _| -> Result<WarcHeader, String> {
        skip_blank_lines(reader).map_err(fail)?;
        read_warc_header(reader)
            .map_err(fail)?
            .ok_or_else(|| "the record is missing".to_string())
    };
    let mut header = next_header(reader)?;
    for _ in 0..nth {
        io::copy(&mut reader.take(header.length), &mut io::sink()).map_err(fail)?;
        header = next_header(reader)?;
    }
    let mut block = reader.take(header.length);
    if header.kind() != Kind::Response {
        return read_capped(&mut block, limit);
    }
    let head = read_http_head(&mut block)
        .map_err(fail)?
        .ok_or("the record holds no HTTP response")?;
    let chunked = head
        .field("transfer-encoding")
        .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        dechunk(&mut block, limit)?
    } else {
        read_capped(&mut block, limit)?
    };
    match head
        .field("content-encoding")
        .map(|e| e.trim().to_ascii_lowercase())
        .as_deref()
    {
        None | Some("" | "identity") => Ok(body),
        Some("gzip" | "x-gzip") => read_capped(&mut GzDecoder::new(body.as_slice()), limit),
        // "deflate" is zlib-wrapped by the standard, raw by some servers.
        Some("deflate") => read_capped(&mut ZlibDecoder::new(body.as_slice()), limit)
            .or_else(|_| read_capped(&mut DeflateDecoder::new(body.as_slice()), limit)),
        Some(other) => Err(format!("content encoding `{other}` is not supported")),
    }
}

/// Reads all of `reader`, at most `limit` bytes (an error past it, worded
/// as the library words a page over the limit).
fn read_capped(reader: impl Read, limit: usize) -> Result<Vec<u8>, String> {
    crate::inputs::read_capped(reader, limit, "input", 0)
}

/// Joins a chunked body (`Transfer-Encoding: chunked`), at most `limit`
/// bytes; a body cut short keeps what arrived.
fn dechunk(reader: &mut impl BufRead, limit: usize) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = read_line_capped(reader, &mut line).map_err(|e| e.to_string())?;
        if read == 0 {
            return Ok(body);
        }
        let text = String::from_utf8_lossy(&line);
        let size_text = text.split(';').next().unwrap_or_default().trim();
        if size_text.is_empty() {
            continue;
        }
        let size = u64::from_str_radix(size_text, 16)
            .map_err(|_| format!("bad chunk size `{size_text}`"))?;
        if size == 0 {
            return Ok(body);
        }
        if (body.len() as u64).saturating_add(size) > limit as u64 {
            return Err(format!("input exceeds the limit of {limit} bytes"));
        }
        reader
            .take(size)
            .read_to_end(&mut body)
            .map_err(|e| e.to_string())?;
    }
}

/// What a record is, for this reader.
#[derive(PartialEq, Eq)]
enum Kind {
    /// An HTTP response: status, headers, body.
    Response,
    /// A document stored as it is.
    Resource,
    /// Anything else (requests, metadata, the archive's own `warcinfo`).
    Other,
}

/// A record's WARC header.
struct WarcHeader {
    /// The fields, names lower-cased.
    fields: Vec<(String, String)>,
    /// The block's length (`Content-Length`).
    length: u64,
}

impl WarcHeader {
    fn field(&self, name: &str) -> Option<&str> {
        field(&self.fields, name)
    }

    fn kind(&self) -> Kind {
        match self
            .field("warc-type")
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("response")
                if self
                    .field("content-type")
                    .is_some_and(|t| t.to_ascii_lowercase().contains("application/http")) =>
            {
                Kind::Response
            }
            Some("resource") => Kind::Resource,
            _ => Kind::Other,
        }
    }

    /// The target address, without the angle brackets an early version of
    /// the format put around it.
    fn target(&self) -> Option<String> {
        let uri = self.field("warc-target-uri")?.trim();
        let uri = uri
            .strip_prefix('<')
            .and_then(|u| u.strip_suffix('>'))
            .unwrap_or(uri);
        (!uri.is_empty()).then(|| uri.to_string())
    }
}

/// The value of the first field named `name` (lower case).
fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// Passes the blank lines between records.
fn skip_blank_lines(reader: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        match buf.first() {
            Some(b'\r' | b'\n') => reader.consume(1),
            _ => return Ok(()),
        }
    }
}

/// Reads a record's WARC header; `None` at the end of the input.
fn read_warc_header(reader: &mut impl BufRead) -> io::Result<Option<WarcHeader>> {
    let mut line = Vec::new();
    if read_line_capped(reader, &mut line)? == 0 {
        return Ok(None);
    }
    if !line.starts_with(b"WARC/") {
        return Err(invalid("a record that does not start with `WARC/`"));
    }
    let fields = read_fields(reader)?;
    let length = field(&fields, "content-length")
        .and_then(|v| v.trim().parse::<u64>().ok())
        .ok_or_else(|| invalid("a record without a valid Content-Length"))?;
    Ok(Some(WarcHeader { fields, length }))
}

/// An HTTP response's status and headers.
struct HttpHead {
    status: u16,
    fields: Vec<(String, String)>,
}

impl HttpHead {
    fn field(&self, name: &str) -> Option<&str> {
        field(&self.fields, name)
    }
}

/// Reads the status line and headers of an HTTP response; `None` when the
/// block does not start with one.
fn read_http_head(reader: &mut impl BufRead) -> io::Result<Option<HttpHead>> {
    let mut line = Vec::new();
    read_line_capped(reader, &mut line)?;
    let status_line = String::from_utf8_lossy(&line);
    let mut parts = status_line.split_whitespace();
    let (Some(version), Some(code)) = (parts.next(), parts.next()) else {
        return Ok(None);
    };
    let Ok(status) = code.parse::<u16>() else {
        return Ok(None);
    };
    if !version.starts_with("HTTP/") {
        return Ok(None);
    }
    let fields = read_fields(reader)?;
    Ok(Some(HttpHead { status, fields }))
}

/// Reads `Name: value` lines up to a blank line (or the end), names
/// lower-cased, continuation lines joined, under [`MAX_HEAD_BYTES`].
fn read_fields(reader: &mut impl BufRead) -> io::Result<Vec<(String, String)>> {
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut total = 0u64;
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = read_line_capped(reader, &mut line)?;
        total += read as u64;
        if total > MAX_HEAD_BYTES {
            return Err(invalid("a header over 64 KiB"));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if read == 0 || text.is_empty() {
            return Ok(fields);
        }
        if text.starts_with([' ', '\t']) {
            if let Some((_, value)) = fields.last_mut() {
                value.push(' ');
                value.push_str(text.trim());
            }
            continue;
        }
        if let Some((name, value)) = text.split_once(':') {
            fields.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
}

/// Reads one line (to `\n`, kept) into `line`, at most [`MAX_HEAD_BYTES`]
/// of it; returns the bytes read.
fn read_line_capped(reader: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<usize> {
    let read = reader.take(MAX_HEAD_BYTES + 1).read_until(b'\n', line)?;
    if read as u64 > MAX_HEAD_BYTES {
        return Err(invalid("a header line over 64 KiB"));
    }
    Ok(read)
}

fn invalid(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("not a readable WARC file: {what}"),
    )
}

/// Whether a `Content-Type` names HTML.
fn is_html_type(content_type: &str) -> bool {
    let media = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    media == "text/html" || media == "application/xhtml+xml"
}

/// Whether a body without a declared type starts as an HTML page does.
fn starts_like_html(body: &[u8]) -> bool {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(body.len());
    let head: Vec<u8> = body
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take(14)
        .map(u8::to_ascii_lowercase)
        .collect();
    head.starts_with(b"<!doctype html") || head.starts_with(b"<html")
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::Compression;
    use flate2::write::GzEncoder;
    use std::io::Write;

    const PAGE: &str = "<!DOCTYPE html><html><head><title>Tides</title></head>\
        <body><p>The tide tables for the spring were printed on Tuesday.</p></body></html>";

    fn record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
             Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn response(uri: &str, status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
        let mut http = format!("HTTP/1.1 {status}\r\n");
        for (name, value) in headers {
            http.push_str(&format!("{name}: {value}\r\n"));
        }
        http.push_str("\r\n");
        let mut block = http.into_bytes();
        block.extend_from_slice(body);
        record(
            "response",
            uri,
            "application/http; msgtype=response",
            &block,
        )
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    fn chunked(body: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        for chunk in body.chunks(40) {
            out.extend_from_slice(format!("{:x};name=value\r\n", chunk.len()).as_bytes());
            out.extend_from_slice(chunk);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"0\r\n\r\n");
        out
    }

    /// The records of a small crawl: one of each kind a reader meets.
    fn crawl() -> Vec<Vec<u8>> {
        vec![
            record(
                "warcinfo",
                "",
                "application/warc-fields",
                b"software: test\r\n",
            ),
            record(
                "request",
                "https://example.org/a",
                "application/http; msgtype=request",
                b"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n",
            ),
            response(
                "https://example.org/a",
                "200 OK",
                &[
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Transfer-Encoding", "chunked"),
                    ("Content-Encoding", "gzip"),
                ],
                &chunked(&gzip(PAGE.as_bytes())),
            ),
            response(
                "https://example.org/gone",
                "404 Not Found",
                &[("Content-Type", "text/html")],
                b"<html>gone</html>",
            ),
            response(
                "https://example.org/logo.png",
                "200 OK",
                &[("Content-Type", "image/png")],
                b"\x89PNG",
            ),
            record(
                "resource",
                "https://example.org/b",
                "text/html",
                PAGE.as_bytes(),
            ),
            // No type: read as HTML by how it starts; an old-style address.
            response("<https://example.org/c>", "200 OK", &[], PAGE.as_bytes()),
        ]
    }

    fn write(name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("distil-warc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn urls(found: &[Found]) -> Vec<&str> {
        found.iter().filter_map(|f| f.url.as_deref()).collect()
    }

    #[test]
    fn the_html_pages_of_a_compressed_archive_are_read_as_served() {
        let bytes: Vec<u8> = crawl().iter().flat_map(|r| gzip(r)).collect();
        let path = write("crawl.warc.gz", &bytes);
        let (found, problem) = index(&path);
        assert_eq!(problem, None);
        assert_eq!(
            urls(&found),
            [
                "https://example.org/a",
                "https://example.org/b",
                "https://example.org/c"
            ]
        );
        assert_eq!(
            found[0].content_type.as_deref(),
            Some("text/html; charset=utf-8")
        );
        assert_eq!(found[1].content_type.as_deref(), Some("text/html"));
        assert_eq!(found[2].content_type, None);
        for page in &found {
            assert!(page.at.gzip && page.at.nth == 0);
            // Unchunked and decompressed.
            assert_eq!(read(&path, page.at, 1 << 20).unwrap(), PAGE.as_bytes());
        }
        // Offsets are the members' own.
        let sizes: Vec<u64> = crawl().iter().map(|r| gzip(r).len() as u64).collect();
        assert_eq!(found[0].at.offset, sizes[..2].iter().sum::<u64>());
    }

    #[test]
    fn an_uncompressed_archive_and_a_member_of_several_records() {
        let plain: Vec<u8> = crawl().concat();
        let path = write("crawl.warc", &plain);
        let (found, problem) = index(&path);
        assert_eq!(problem, None);
        assert_eq!(found.len(), 3);
        for page in &found {
            assert!(!page.at.gzip);
            assert_eq!(read(&path, page.at, 1 << 20).unwrap(), PAGE.as_bytes());
        }
        let one_member = gzip(&plain);
        let path = write("one-member.warc.gz", &one_member);
        let (found, problem) = index(&path);
        assert_eq!(problem, None);
        let places: Vec<(u64, u32)> = found.iter().map(|f| (f.at.offset, f.at.nth)).collect();
        assert_eq!(places, [(0, 2), (0, 5), (0, 6)]);
        assert_eq!(found[1].at.label("x.warc.gz"), "x.warc.gz#0.5");
        for page in &found {
            assert_eq!(read(&path, page.at, 1 << 20).unwrap(), PAGE.as_bytes());
        }
    }

    #[test]
    fn a_broken_archive_keeps_the_pages_before_the_break() {
        // Cut inside the last record's text (a record complete but for its
        // member's checksum is still read whole).
        let mut bytes: Vec<u8> = crawl().iter().flat_map(|r| gzip(r)).collect();
        bytes.truncate(bytes.len() - 60);
        let (found, problem) = index(&write("cut.warc.gz", &bytes));
        assert_eq!(
            urls(&found),
            ["https://example.org/a", "https://example.org/b"]
        );
        assert!(problem.is_some_and(|p| p.contains("cut.warc.gz")));

        let (found, problem) = index(&write("not.warc", b"<html>a page</html>"));
        assert!(found.is_empty());
        assert!(problem.is_some_and(|p| p.contains("not a readable WARC file")));

        let mut plain = crawl().concat();
        plain.truncate(plain.len() - 30);
        let (found, problem) = index(&write("cut.warc", &plain));
        assert_eq!(
            urls(&found),
            ["https://example.org/a", "https://example.org/b"]
        );
        assert!(problem.is_some());
    }

    /// An untyped body is judged by its start even when the reader's
    /// buffer ends two bytes into it.
    #[test]
    fn an_untyped_body_is_sniffed_across_a_buffer_end() {
        let build = |pad: usize| {
            let head = format!("HTTP/1.1 200 OK\r\nX-Pad: {}\r\n\r\n", "p".repeat(pad));
            let mut block = head.into_bytes();
            block.extend_from_slice(PAGE.as_bytes());
            record(
                "response",
                "https://example.org/pad",
                "application/http",
                &block,
            )
        };
        // The padding that puts the body two bytes before the end of an
        // 8 KiB buffer (the length field's digits move it too).
        let body_at = |bytes: &[u8]| bytes.len() - PAGE.len() - "\r\n\r\n".len();
        let estimate = 8 * 1024 - 2 - body_at(&build(0));
        let bytes = (estimate - 8..estimate + 8)
            .map(build)
            .find(|b| body_at(b) == 8 * 1024 - 2)
            .expect("a padding that fits");
        let (found, problem) = index(&write("padded.warc", &bytes));
        assert_eq!(problem, None);
        assert_eq!(urls(&found), ["https://example.org/pad"]);
    }

    /// Archives cut and bytes flipped at random: listed and read without a
    /// panic, whatever the damage.
    #[test]
    fn damaged_archives_never_panic() {
        let plain = crawl().concat();
        let packed: Vec<u8> = crawl().iter().flat_map(|r| gzip(r)).collect();
        let mut state = 0x2545_f491_u32;
        let mut next = |below: usize| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as usize % below.max(1)
        };
        for round in 0..300 {
            let (name, mut bytes) = match round % 2 {
                0 => ("damaged.warc", plain.clone()),
                _ => ("damaged.warc.gz", packed.clone()),
            };
            for _ in 0..1 + next(4) {
                let at = next(bytes.len());
                bytes[at] = match next(4) {
                    0 => b'\n',
                    1 => b'0',
                    2 => b'f',
                    _ => next(256) as u8,
                };
            }
            if next(3) == 0 {
                bytes.truncate(next(bytes.len()));
            }
            let path = write(name, &bytes);
            let (found, _) = index(&path);
            for page in found {
                let _ = read(&path, page.at, 1 << 16);
            }
        }
    }

    #[test]
    fn a_body_is_read_under_the_limit_and_in_known_encodings_only() {
        let big = response(
            "https://example.org/big",
            "200 OK",
            &[
                ("Content-Type", "text/html"),
                ("Transfer-Encoding", "chunked"),
            ],
            &chunked(PAGE.repeat(10).as_bytes()),
        );
        let brotli = response(
            "https://example.org/br",
            "200 OK",
            &[("Content-Type", "text/html"), ("Content-Encoding", "br")],
            b"\x1b\x00",
        );
        let bomb = response(
            "https://example.org/bomb",
            "200 OK",
            &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            &gzip(&vec![b' '; 1 << 20]),
        );
        let path = write("limits.warc", &[big, brotli, bomb].concat());
        let (found, problem) = index(&path);
        assert_eq!(problem, None);
        assert_eq!(found.len(), 3);
        let limit = PAGE.len() * 2;
        let errors: Vec<String> = found
            .iter()
            .map(|f| read(&path, f.at, limit).unwrap_err())
            .collect();
        assert!(errors[0].contains("exceeds the limit"), "{}", errors[0]);
        assert!(errors[1].contains("`br` is not supported"), "{}", errors[1]);
        assert!(errors[2].contains("exceeds the limit"), "{}", errors[2]);
        assert_eq!(
            read(&path, found[0].at, 1 << 20).unwrap(),
            PAGE.repeat(10).as_bytes()
        );
    }
}
