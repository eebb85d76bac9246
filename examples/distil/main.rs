//! Extract articles from saved pages.
//!
//! ```text
//! cargo run --release --example distil -- PAGE.html [MORE.html ...]
//! ```
//!
//! Prints the article of each page as text (or HTML, or one JSON object per
//! line with `--format json`). A page that fails does not stop the others;
//! the exit code is non-zero when any failed.

use std::io::{self, Read, Write};
use std::process::ExitCode;

mod args;

use args::{Format, USAGE, parse_args};
use distil::{Config, ErrorKind, Extractor, Metadata, Source};
use serde_json::{Value, json};

fn read_input(path: &str) -> io::Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

/// One JSON value on one line. JSON allows U+0085, U+2028 and U+2029 raw
/// inside strings, but many line-oriented readers split lines on them, so
/// they are escaped.
fn json_line(value: &serde_json::Value) -> String {
    value
        .to_string()
        .replace('\u{85}', "\\u0085")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("distil: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut config = Config::default();
    if let Some(n) = opts.char_threshold {
        config = config.with_char_threshold(n);
    }
    let extractor = Extractor::new(config);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for path in &opts.inputs {
        let bytes = match read_input(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("distil: {path}: {e}");
                failed = true;
                if opts.format == Format::Json {
                    let line = json!({"path": path, "error": e.to_string()});
                    let _ = writeln!(out, "{}", json_line(&line));
                }
                continue;
            }
        };
        let html = String::from_utf8_lossy(&bytes);
        if opts.explain {
            let (result, why) = extractor.explain(&html, opts.url.as_ref());
            let color = io::IsTerminal::is_terminal(&io::stdout());
            let status = match &result {
                Ok(a) => format!("{} characters kept", a.length),
                Err(e) => e.to_string(),
            };
            failed |= result.is_err();
            if writeln!(out, "== {path}: {status}\n{}", why.outline(color)).is_err() {
                return ExitCode::FAILURE;
            }
            continue;
        }
        if opts.metadata_only {
            let result = extractor.metadata(&html, opts.url.as_ref());
            failed |= result.is_err();
            let written = match (&result, opts.format) {
                (Ok(m), Format::Json) => {
                    let mut line = metadata_json(m);
                    line["path"] = json!(path);
                    line["error"] = json!(null);
                    writeln!(out, "{}", json_line(&line))
                }
                (Ok(m), _) => writeln!(out, "{}", header(m)),
                (Err(e), Format::Json) => {
                    let line = json!({"path": path, "error": e.to_string()});
                    writeln!(out, "{}", json_line(&line))
                }
                (Err(e), _) => {
                    eprintln!("distil: {path}: {e}");
                    Ok(())
                }
            };
            if written.is_err() {
                return ExitCode::FAILURE;
            }
            continue;
        }
        let result = extractor.extract(&html, opts.url.as_ref());
        if result.is_err() {
            failed = true;
        }
        let written = match (opts.format, &result) {
            (Format::Json, Ok(a)) => {
                let mut line = metadata_json(&a.metadata);
                line["path"] = json!(path);
                line["text"] = json!(a.text);
                line["html"] = json!(a.html);
                line["length"] = json!(a.length);
                line["readerable"] = json!(a.readerable);
                line["confidence"] = json!(a.confidence.score);
                line["confidence_signals"] = json!({
                    "margin": a.confidence.margin,
                    "length": a.confidence.length,
                    "prose": a.confidence.prose,
                    "strictness": a.confidence.strictness,
                    "readerable": a.confidence.readerable,
                    "coverage": a.confidence.coverage,
                });
                line["error"] = json!(null);
                writeln!(out, "{}", json_line(&line))
            }
            (Format::Json, Err(e)) => {
                // A page without an article still has its facts.
                let metadata = (e.kind() == ErrorKind::NoContent)
                    .then(|| extractor.metadata(&html, opts.url.as_ref()).ok())
                    .flatten();
                let mut line = metadata.as_ref().map_or(json!({}), metadata_json);
                line["path"] = json!(path);
                line["error"] = json!(e.to_string());
                line["text"] = json!(null);
                line["readerable"] = json!(extractor.is_probably_readerable(&html));
                writeln!(out, "{}", json_line(&line))
            }
            (Format::Text, Ok(a)) => writeln!(out, "{}\n\n{}\n", header(&a.metadata), a.text),
            (Format::Html, Ok(a)) => writeln!(out, "{}", a.html),
            (_, Err(e)) => {
                eprintln!("distil: {path}: {e}");
                Ok(())
            }
        };
        if written.is_err() {
            // Standard output is gone (a closed pipe): nothing more to do.
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The metadata as a JSON object, with the source of each field.
fn metadata_json(m: &Metadata) -> Value {
    let src = |s: Option<Source>| s.map(Source::as_str);
    let s = &m.sources;
    json!({
        "title": m.title,
        "authors": m.authors,
        "byline": m.byline,
        "excerpt": m.excerpt,
        "site_name": m.site_name,
        "published": m.published,
        "modified": m.modified,
        "lang": m.lang,
        "dir": m.dir.map(|d| d.as_str()),
        "image": m.image,
        "canonical_url": m.canonical_url,
        "tags": m.tags,
        "section": m.section,
        "sources": {
            "title": src(s.title),
            "authors": src(s.authors),
            "excerpt": src(s.excerpt),
            "site_name": src(s.site_name),
            "published": src(s.published),
            "modified": src(s.modified),
            "lang": src(s.lang),
            "dir": src(s.dir),
            "image": src(s.image),
            "canonical_url": src(s.canonical_url),
            "tags": src(s.tags),
            "section": src(s.section),
        },
    })
}

/// A short text header: the title, then the byline and the date.
fn header(m: &Metadata) -> String {
    let mut out = m.title.clone().unwrap_or_default();
    let by = m.byline.as_deref().map(|b| format!("By {b}"));
    let date = m
        .published
        .as_deref()
        .map(|d| d.get(..10).unwrap_or(d).to_string());
    let line: Vec<String> = by.into_iter().chain(date).collect();
    if !line.is_empty() {
        out.push('\n');
        out.push_str(&line.join(" · "));
    }
    out
}
