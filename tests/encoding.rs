//! Pages in legacy encodings and UTF-16, declared in every way a page can
//! be, must come out as the exact text. The fixtures are bytes written by
//! `tests/encoding/gen.py` from the UTF-8 texts beside them.

use distil::{Config, EncodingSource, Extractor};

/// One fixture: the file, the transport hint, what must be decided.
struct Case {
    file: &'static str,
    transport: Option<&'static str>,
    language: &'static str,
    encoding: &'static str,
    source: EncodingSource,
}

const fn case(
    file: &'static str,
    transport: Option<&'static str>,
    language: &'static str,
    encoding: &'static str,
    source: EncodingSource,
) -> Case {
    Case {
        file,
        transport,
        language,
        encoding,
        source,
    }
}

use EncodingSource::{Bom, Detected, Meta, Transport};

const CASES: &[Case] = &[
    case(
        "ru-windows-1251-meta.html",
        None,
        "ru",
        "windows-1251",
        Meta,
    ),
    case(
        "ru-windows-1251-http-equiv.html",
        None,
        "ru",
        "windows-1251",
        Meta,
    ),
    case(
        "ru-windows-1251-bare.html",
        Some("text/html; charset=windows-1251"),
        "ru",
        "windows-1251",
        Transport,
    ),
    case(
        "ru-windows-1251-bare.html",
        None,
        "ru",
        "windows-1251",
        Detected,
    ),
    case("ja-shift_jis-meta.html", None, "ja", "Shift_JIS", Meta),
    case(
        "ja-shift_jis-http-equiv.html",
        None,
        "ja",
        "Shift_JIS",
        Meta,
    ),
    case(
        "ja-shift_jis-bare.html",
        Some("text/html;charset=\"Shift_JIS\""),
        "ja",
        "Shift_JIS",
        Transport,
    ),
    case("ja-shift_jis-bare.html", None, "ja", "Shift_JIS", Detected),
    case("zh-gbk-meta.html", None, "zh", "GBK", Meta),
    case("zh-gbk-http-equiv.html", None, "zh", "GBK", Meta),
    case("zh-gbk-bare.html", Some("gbk"), "zh", "GBK", Transport),
    case("zh-gbk-bare.html", None, "zh", "GBK", Detected),
    // ISO-8859-1 is a label of windows-1252, so 0x80 is "€".
    case("fr-iso-8859-1-meta.html", None, "fr", "windows-1252", Meta),
    case(
        "fr-iso-8859-1-http-equiv.html",
        None,
        "fr",
        "windows-1252",
        Meta,
    ),
    case(
        "fr-iso-8859-1-bare.html",
        Some("text/html; charset=ISO-8859-1"),
        "fr",
        "windows-1252",
        Transport,
    ),
    case(
        "fr-iso-8859-1-bare.html",
        None,
        "fr",
        "windows-1252",
        Detected,
    ),
    case("ru-utf-16le-bom.html", None, "ru", "UTF-16LE", Bom),
    // The byte-order mark wins over the transport, too.
    case(
        "ru-utf-16le-bom.html",
        Some("text/html; charset=koi8-r"),
        "ru",
        "UTF-16LE",
        Bom,
    ),
    case(
        "ru-utf-16le-transport.html",
        Some("utf-16le"),
        "ru",
        "UTF-16LE",
        Transport,
    ),
    case("ja-utf-16be-bom-meta.html", None, "ja", "UTF-16BE", Bom),
    // A <meta> past the prescan window overrules a guess: the detector
    // knows KOI8-U only, the page says KOI8-R.
    case("ru-koi8-r-late-meta.html", None, "ru", "KOI8-R", Meta),
];

fn read(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/encoding/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The title and the article text of a language's fixture.
fn expected(language: &str) -> (String, String) {
    let text = String::from_utf8(read(&format!("{language}.txt"))).expect("UTF-8");
    let (title, body) = text
        .trim_end()
        .split_once("\n\n")
        .expect("title, blank line, body");
    (title.to_string(), body.to_string())
}

#[test]
fn every_encoding_and_declaration_decodes_to_the_exact_text() {
    let extractor = Extractor::new(Config::default().with_char_threshold(100));
    let mut failures = Vec::new();
    for case in CASES {
        let (title, body) = expected(case.language);
        let article = match extractor.extract_bytes(&read(case.file), case.transport, None) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{}: {e}", case.file));
                continue;
            }
        };
        let encoding = article.encoding.expect("decoded from bytes");
        let got = (encoding.name, encoding.source);
        if got != (case.encoding, case.source) {
            failures.push(format!(
                "{} ({:?}): decided {got:?}",
                case.file, case.transport
            ));
        }
        if article.text != body {
            failures.push(format!(
                "{} ({:?}): text {:?}",
                case.file, case.transport, article.text
            ));
        }
        if article.title() != Some(title.as_str()) {
            failures.push(format!("{}: title {:?}", case.file, article.title()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_url_domain_hints_the_detector() {
    // A short page with few non-ASCII bytes: the domain tips the guess.
    let page = b"<html><body><article><p>\xc2\xf1\xe5\xec \xef\xf0\xe8\xe2\xe5\xf2 from the \
        newsroom, with a long enough English sentence to pass a small threshold.</p></article>\
        </body></html>";
    let extractor = Extractor::new(Config::default().with_char_threshold(20));
    let url = distil::Url::parse("https://news.example.ru/a").ok();
    let article = extractor
        .extract_bytes(page, None, url.as_ref())
        .expect("an article");
    assert_eq!(article.encoding.map(|e| e.name), Some("windows-1251"));
    assert!(article.text.starts_with("Всем привет"), "{}", article.text);
}

#[test]
fn text_input_reports_no_encoding() {
    let html = "<html><body><article><p>Plain text input, already decoded by the caller, \
        so there is no encoding to report at all here.</p></article></body></html>";
    let extractor = Extractor::new(Config::default().with_char_threshold(20));
    assert_eq!(
        extractor.extract(html, None).expect("an article").encoding,
        None
    );
}
