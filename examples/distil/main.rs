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
use distil::{Config, Extractor};
use serde_json::json;

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

/// Where the annotated page of `input` goes: `target` itself for a single
/// input, else `target` with the input's name added.
fn page_file(target: &std::path::Path, input: &str, several: bool) -> std::path::PathBuf {
    if !several {
        return target.to_path_buf();
    }
    let stem = target
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("explain");
    let name = std::path::Path::new(input)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("stdin");
    target.with_file_name(format!("{stem}-{name}.html"))
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
        if let Some(target) = &opts.explain_html {
            let (result, why) = extractor.explain(&html, opts.url.as_ref());
            failed |= result.is_err();
            let file = page_file(target, path, opts.inputs.len() > 1);
            match std::fs::write(&file, why.page.as_bytes()) {
                Ok(()) => eprintln!(
                    "distil: {path}: annotated page written to {}",
                    file.display()
                ),
                Err(e) => {
                    eprintln!("distil: {}: {e}", file.display());
                    failed = true;
                }
            }
            if !opts.explain {
                continue;
            }
        }
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
        let result = extractor.extract(&html, opts.url.as_ref());
        if result.is_err() {
            failed = true;
        }
        let written = match (opts.format, &result) {
            (Format::Json, Ok(a)) => {
                let m = &a.metadata;
                let line = json!({
                    "path": path,
                    "title": m.title,
                    "byline": m.byline,
                    "excerpt": m.excerpt,
                    "site_name": m.site_name,
                    "published": m.published,
                    "lang": m.lang,
                    "dir": m.dir.map(|d| d.as_str()),
                    "text": a.text,
                    "html": a.html,
                    "length": a.length,
                    "readerable": a.readerable,
                    "confidence": a.confidence.score,
                    "confidence_signals": {
                        "margin": a.confidence.margin,
                        "length": a.confidence.length,
                        "prose": a.confidence.prose,
                        "strictness": a.confidence.strictness,
                        "readerable": a.confidence.readerable,
                        "coverage": a.confidence.coverage,
                    },
                    "error": null,
                });
                writeln!(out, "{}", json_line(&line))
            }
            (Format::Json, Err(e)) => {
                let readerable = extractor.is_probably_readerable(&html);
                let line = json!({"path": path, "error": e.to_string(), "text": null, "readerable": readerable});
                writeln!(out, "{}", json_line(&line))
            }
            (Format::Text, Ok(a)) => {
                let title = a.title().unwrap_or("");
                writeln!(out, "{title}\n\n{}\n", a.text)
            }
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
