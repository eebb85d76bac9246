//! Extract articles from saved pages.
//!
//! ```text
//! cargo run --release --example distil -- PAGE.html [MORE.html ...]
//! ```
//!
//! Prints the article of each page as text (or HTML, Markdown, or one JSON
//! object per line with `--format json`), or writes one file per page with
//! `--output DIR`. A page that fails does not stop the others; the exit code
//! is non-zero when any failed.

use std::io::{self, Read, Write};
use std::process::ExitCode;

mod args;
mod output;

use args::{Format, USAGE, parse_args};
use distil::{Config, ErrorKind, Extractor, Formats};

fn read_input(path: &str) -> io::Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
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
    let formats = match opts.format {
        Format::Text => Formats::TEXT,
        Format::Html => Formats::HTML,
        Format::Markdown => Formats::MARKDOWN,
        Format::Json => Formats::ALL,
    };
    let mut config = Config::default().with_formats(formats);
    if let Some(n) = opts.char_threshold {
        config = config.with_char_threshold(n);
    }
    if let Some(n) = opts.max_input_bytes {
        config = config.with_max_input_bytes(n);
    }
    let extractor = Extractor::new(config);
    let content_type = opts.content_type.as_deref();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    let files = match &opts.output {
        Some(dir) => match std::fs::create_dir_all(dir) {
            Ok(()) => Some(output::file_names(&opts.inputs, dir, opts.format)),
            Err(e) => {
                eprintln!("distil: {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
        },
        None => None,
    };
    for (i, path) in opts.inputs.iter().enumerate() {
        let file = files.as_ref().and_then(|f| f.get(i));
        let bytes = match read_input(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("distil: {path}: {e}");
                failed = true;
                if opts.format == Format::Json && file.is_none() {
                    let _ = writeln!(out, "{}", output::json_error(path, &e.to_string(), None));
                }
                continue;
            }
        };
        if let Some(target) = &opts.explain_html {
            let (result, why) = extractor.explain_bytes(&bytes, content_type, opts.url.as_ref());
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
            let (result, why) = extractor.explain_bytes(&bytes, content_type, opts.url.as_ref());
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
        let url = opts.url.as_ref();
        let (rendered, error) = if opts.metadata_only {
            let result = extractor.metadata_bytes(&bytes, content_type, url);
            let rendered = output::render_metadata(opts.format, path, &result);
            (rendered, result.err())
        } else {
            let result = extractor.extract_bytes(&bytes, content_type, url);
            // A page without an article still says whether it reads as one,
            // and still has its facts; a page that tripped a limit is not
            // parsed a second time for them.
            let failure = match (&result, opts.format) {
                (Err(e), Format::Json) => {
                    let no_content = e.kind() == ErrorKind::NoContent;
                    Some(output::Failure {
                        readerable: no_content
                            && extractor.is_probably_readerable_bytes(&bytes, content_type, url),
                        metadata: no_content
                            .then(|| extractor.metadata_bytes(&bytes, content_type, url).ok())
                            .flatten(),
                    })
                }
                _ => None,
            };
            let rendered = output::render(opts.format, path, &result, failure.as_ref());
            (rendered, result.err())
        };
        if let Some(e) = &error {
            failed = true;
            if opts.format != Format::Json || file.is_some() {
                eprintln!("distil: {path}: {e}");
            }
        }
        let written = match (rendered, file) {
            (Some(text), Some(file)) => {
                if let Err(e) = std::fs::write(file, text) {
                    eprintln!("distil: {}: {e}", file.display());
                    failed = true;
                }
                Ok(())
            }
            (Some(text), None) => out.write_all(text.as_bytes()),
            (None, _) => Ok(()),
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
