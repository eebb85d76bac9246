//! Stage 0, before anything is decoded or parsed: whether the input is text
//! at all.
//!
//! A crawl's saved responses, a folder of downloads or a list of paths hold
//! PDFs, images, archives and compressed bodies beside the pages. Read as
//! text, their bytes make an "article" of noise that nothing downstream can
//! tell from prose, and that a dataset would keep. They are refused with
//! [`ErrorKind::NotHtml`](crate::ErrorKind::NotHtml) instead, by two tests on
//! the first 4 KiB:
//!
//! 1. a file format's signature at the very start: the "magic numbers" of
//!    the WHATWG MIME Sniffing standard (images, audio and video, archives),
//!    and those of PDF, PostScript, compressed data and web fonts;
//! 2. else the share of the standard's *binary data bytes* (the control
//!    bytes 0x00–0x08, 0x0B, 0x0E–0x1A and 0x1C–0x1F, which no text
//!    encoding a page may use puts in text) among the characters: random or
//!    compressed data holds about one in eight, a page at most a stray few.
//!    The escape byte 0x1B is not one of them (ISO-2022-JP text is made of
//!    it), nor are tab, line feed, form feed and carriage return.
//!
//! Text in UTF-16 is exempt from the second test: half its bytes are NUL.

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
    let binary = head.iter().filter(|&&b| is_binary_data_byte(b)).count();
    if binary < MIN_BINARY_BYTES {
        return None;
    }
    // Characters, not bytes: a UTF-8 continuation byte adds to the one
    // before it, so text in any script counts alike.
    let chars = head.iter().filter(|&&b| !(0x80..0xc0).contains(&b)).count();
    (binary * BINARY_SHARE >= chars).then_some(FileType::Binary)
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

/// The WHATWG MIME Sniffing standard's binary data bytes.
fn is_binary_data_byte(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0b | 0x0e..=0x1a | 0x1c..=0x1f)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bytes that look random (a fixed xorshift stream), as compressed or
    /// encrypted data does.
    fn noise(len: usize) -> Vec<u8> {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state.to_le_bytes()[0]
            })
            .collect()
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

    #[test]
    fn text_that_starts_like_a_signature_is_text() {
        for text in [
            "ID3 tags, explained: <p>A guide.</p>",
            "BZh, a bank code, <p>and more.</p>",
            "RIFF raffs of the season <p>and more.</p>",
            "PK, a penalty kick: <p>the rules.</p>",
        ] {
            assert_eq!(file_type(text.as_bytes(), false), None, "{text}");
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
    fn characters_count_not_bytes() {
        // One control in fifteen characters is binary data in any script;
        // counted by bytes, the Japanese line (43 of them) would pass.
        let text = "日本語の文章です。とても長い\u{1}".repeat(400);
        assert_eq!(file_type(text.as_bytes(), false), Some(FileType::Binary));
        let fewer = "日本語の文章です。とても長い".repeat(30) + "\u{1}";
        assert_eq!(file_type(fewer.repeat(40).as_bytes(), false), None);
    }

    #[test]
    fn escape_and_whitespace_controls_are_text() {
        // ISO-2022-JP switches character sets with ESC sequences.
        let iso_2022_jp = b"\x1b$B$3$s$K$A$O\x1b(B, \t\r\n\x0c".repeat(500);
        assert_eq!(file_type(&iso_2022_jp, false), None);
    }
}
