//! Any bytes through the byte entry point: the result is an article or a
//! typed error, never a panic, an abort or a hang.
//!
//! An input whose first line starts with `ct:` uses the rest of that line
//! as the transport hint, so the fuzzer also explores `Content-Type`
//! parsing.

#![no_main]

use distil::{Config, ErrorKind, Extractor};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;
use std::time::Duration;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    Extractor::new(
        Config::default()
            .with_char_threshold(100)
            .with_time_budget(Some(Duration::from_secs(2))),
    )
});

fuzz_target!(|data: &[u8]| {
    let (hint, page) = match data.strip_prefix(b"ct:") {
        Some(rest) => match rest.iter().position(|&b| b == b'\n') {
            Some(end) => (std::str::from_utf8(&rest[..end]).ok(), &rest[end + 1..]),
            None => (None, data),
        },
        None => (None, data),
    };
    let url = distil::Url::parse("https://example.ru/a").ok();
    match EXTRACTOR.extract_bytes(page, hint, url.as_ref()) {
        Ok(article) => {
            assert_eq!(article.length, article.text.chars().count());
            assert!(article.encoding.is_some());
        }
        Err(e) => assert_ne!(e.kind(), ErrorKind::Internal, "caught panic: {e}"),
    }
});
