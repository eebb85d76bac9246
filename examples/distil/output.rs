//! What the example binary prints for each page, and where: standard
//! output, or one file per page under `--output DIR`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use distil::explain::{Block, Candidate, Explanation};
use distil::{Article, Error, ErrorKind, Metadata};
use serde::Serialize;

use crate::args::Format;

/// Which page an output is for: its path as printed, and for a page of a
/// web archive the address it was fetched from.
#[derive(Clone, Copy)]
pub(crate) struct Named<'a> {
    pub path: &'a str,
    pub url: Option<&'a str>,
}

/// One JSON object per page: the path (and the address of an archive's
/// page), the article (metadata and content, flattened) or the error.
#[derive(Serialize)]
struct JsonPage<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(flatten)]
    article: Option<&'a Article>,
    /// The article's [`Article::fingerprint`], in hexadecimal: JSON numbers
    /// above 2^53 lose digits in many readers.
    #[serde(skip_serializing_if = "Option::is_none")]
    fingerprint: Option<String>,
    /// The metadata of a page without an article (or read alone).
    #[serde(flatten)]
    metadata: Option<&'a Metadata>,
    /// Keeps `"text": null` on failures, for readers that expect the key.
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<()>,
    /// On failures, whether the page reads as an article at all (the
    /// article carries its own verdict).
    #[serde(skip_serializing_if = "Option::is_none")]
    readerable: Option<bool>,
    error: Option<String>,
    /// The library's [`ErrorKind`](distil::ErrorKind) name for the error
    /// (`"no-content"`, `"not-html"`...); absent when the page could not be
    /// read at all.
    #[serde(skip_serializing_if = "Option::is_none")]
    error_kind: Option<&'static str>,
    /// For `"not-html"`, what the input is instead (`"pdf"`, `"json"`...).
    #[serde(skip_serializing_if = "Option::is_none")]
    file_type: Option<&'static str>,
}

/// The JSON object of `--explain --format json` for one page: the outcome
/// and every decision, without the annotated copy of the page (which
/// `--explain-html` writes).
#[derive(Serialize)]
struct ExplainPage<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    /// The article's length in characters, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    length: Option<usize>,
    error: Option<String>,
    /// As in the extraction's JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    error_kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file_type: Option<&'static str>,
    attempt: &'a str,
    extent: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    selectors: &'a str,
    candidates: &'a [Candidate],
    blocks: &'a [Block],
}

/// The explanation of one page as one JSON line (see [`ExplainPage`]).
pub(crate) fn explain_json(
    page: Named<'_>,
    result: &Result<Article, Error>,
    why: &Explanation,
) -> String {
    json_line(&ExplainPage {
        path: page.path,
        url: page.url,
        length: result.as_ref().ok().map(|a| a.length),
        error: result.as_ref().err().map(ToString::to_string),
        error_kind: result.as_ref().err().map(|e| e.kind().as_str()),
        file_type: result.as_ref().err().and_then(|e| file_type(e.kind())),
        attempt: &why.attempt,
        extent: &why.extent,
        selectors: &why.selectors,
        candidates: &why.candidates,
        blocks: &why.blocks,
    })
}

/// One JSON object on one line. JSON allows U+0085, U+2028 and U+2029 raw
/// inside strings, but many line-oriented readers split lines on them, so
/// they are escaped.
fn json_line(page: &impl Serialize) -> String {
    serde_json::to_string(page)
        .unwrap_or_default()
        .replace('\u{85}', "\\u0085")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// The JSON object of a page that could not be read.
pub(crate) fn json_read_error(page: Named<'_>, error: &str) -> String {
    failure_line(page, Failed::Read(error), None, None)
}

/// Why a page has no article: it could not be read, or the library said.
#[derive(Clone, Copy)]
enum Failed<'a> {
    Read(&'a str),
    Extraction(&'a Error),
}

fn failure_line(
    page: Named<'_>,
    failed: Failed<'_>,
    readerable: Option<bool>,
    metadata: Option<&Metadata>,
) -> String {
    let (error, kind) = match failed {
        Failed::Read(message) => (message.to_string(), None),
        Failed::Extraction(e) => (e.to_string(), Some(e.kind())),
    };
    json_line(&JsonPage {
        path: page.path,
        url: page.url,
        article: None,
        fingerprint: None,
        metadata,
        text: Some(()),
        readerable,
        error: Some(error),
        error_kind: kind.map(ErrorKind::as_str),
        file_type: kind.and_then(file_type),
    })
}

/// What an input refused as no page is (`"pdf"`, `"json"`...).
fn file_type(kind: ErrorKind) -> Option<&'static str> {
    match kind {
        ErrorKind::NotHtml { found } => Some(found.as_str()),
        _ => None,
    }
}

/// What the JSON line of a page whose extraction failed adds: whether the
/// page reads as an article, and its metadata when it has no article.
pub(crate) struct Failure {
    pub readerable: bool,
    pub metadata: Option<Metadata>,
}

/// The output for one page, with its trailing newline; `None` when the
/// format prints nothing for a failure (it goes to standard error).
/// `failure` adds to the JSON of a page that failed; `front_matter` opens
/// Markdown with the metadata as YAML.
pub(crate) fn render(
    format: Format,
    front_matter: bool,
    named: Named<'_>,
    result: &Result<Article, Error>,
    failure: Option<&Failure>,
) -> Option<String> {
    match (format, result) {
        (Format::Json, Ok(article)) => {
            let page = JsonPage {
                path: named.path,
                url: named.url,
                article: Some(article),
                fingerprint: Some(format!("{:016x}", article.fingerprint())),
                metadata: None,
                text: None,
                readerable: None,
                error: None,
                error_kind: None,
                file_type: None,
            };
            Some(json_line(&page) + "\n")
        }
        (Format::Json, Err(e)) => {
            let readerable = failure.map(|f| f.readerable);
            let metadata = failure.and_then(|f| f.metadata.as_ref());
            Some(failure_line(named, Failed::Extraction(e), readerable, metadata) + "\n")
        }
        (Format::Text, Ok(a)) => {
            let mut out = format!("{}\n\n{}\n\n", header(&a.metadata), a.text);
            if let Some(comments) = &a.comments {
                out.push_str(&format!("Comments\n--------\n\n{}\n\n", comments.text));
            }
            Some(out)
        }
        (Format::Html, Ok(a)) => {
            let mut out = format!("{}\n", a.html);
            if let Some(comments) = &a.comments {
                out.push_str(&format!(
                    "<section class=\"comments\">{}</section>\n",
                    comments.html
                ));
            }
            Some(out)
        }
        (Format::Markdown, Ok(a)) => {
            let body = a.markdown.as_deref().unwrap_or("");
            let mut out = match (front_matter, a.title()) {
                (true, _) => format!("{}\n{body}\n", a.metadata.front_matter()),
                (false, Some(title)) => format!("# {}\n\n{body}\n", escape_title(title)),
                (false, None) => format!("{body}\n"),
            };
            if let Some(comments) = a.comments.as_ref().and_then(|c| c.markdown.as_deref()) {
                out.push_str(&format!("\n## Comments\n\n{comments}\n"));
            }
            Some(out)
        }
        (_, Err(_)) => None,
    }
}

/// The output of `--metadata-only` for one page: the metadata as one JSON
/// object, or the text header in the other formats.
pub(crate) fn render_metadata(
    format: Format,
    named: Named<'_>,
    result: &Result<Metadata, Error>,
) -> Option<String> {
    match (format, result) {
        (Format::Json, Ok(metadata)) => {
            let page = JsonPage {
                path: named.path,
                url: named.url,
                article: None,
                fingerprint: None,
                metadata: Some(metadata),
                text: None,
                readerable: None,
                error: None,
                error_kind: None,
                file_type: None,
            };
            Some(json_line(&page) + "\n")
        }
        (Format::Json, Err(e)) => {
            Some(failure_line(named, Failed::Extraction(e), None, None) + "\n")
        }
        (_, Ok(metadata)) => Some(header(metadata) + "\n"),
        (_, Err(_)) => None,
    }
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

/// A title made safe for a Markdown heading: punctuation Markdown would
/// read as markup is escaped.
fn escape_title(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    for c in title.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '#' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The file extension of a format.
pub(crate) fn extension(format: Format) -> &'static str {
    match format {
        Format::Text => "txt",
        Format::Html => "html",
        Format::Json => "json",
        Format::Markdown => "md",
    }
}

/// One output file per input, in `dir`: the input's file name with the
/// format's extension (`story.html` → `story.md`). Inputs whose names
/// collide (`a/source.html`, `b/source.html`) take their folder's name as
/// a prefix (`a-source.md`), then a number if they still collide;
/// standard input is `stdin`, and `story.html.gz` is named like
/// `story.html`.
pub(crate) fn file_names<S: AsRef<str>>(inputs: &[S], dir: &Path, format: Format) -> Vec<PathBuf> {
    let stem = |input: &str| -> String {
        if input == "-" {
            return "stdin".to_string();
        }
        // A web archive's page: the archive's name and the record's place.
        if let Some((archive, record)) = input.rsplit_once('#') {
            if crate::warc::is_warc(Path::new(archive)) {
                let name = Path::new(archive)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let lower = name.to_ascii_lowercase();
                let cut = lower
                    .strip_suffix(".warc.gz")
                    .or_else(|| lower.strip_suffix(".warc"))
                    .map_or(name.len(), str::len);
                return format!("{}-{record}", name.get(..cut).unwrap_or("archive"));
            }
        }
        let gzip = Path::new(input)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
        let input = match gzip {
            true => input.get(..input.len() - ".gz".len()).unwrap_or(input),
            false => input,
        };
        Path::new(input)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "page".to_string())
    };
    let folder = |input: &str| -> Option<String> {
        Path::new(input)
            .parent()?
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for input in inputs {
        *counts.entry(stem(input.as_ref())).or_default() += 1;
    }
    let mut used: HashMap<String, usize> = HashMap::new();
    inputs
        .iter()
        .map(|input| {
            let input = input.as_ref();
            let mut name = stem(input);
            if counts[&name] > 1 {
                if let Some(folder) = folder(input) {
                    name = format!("{folder}-{name}");
                }
            }
            let seen = used.entry(name.clone()).or_default();
            *seen += 1;
            if *seen > 1 {
                name = format!("{name}-{seen}");
            }
            dir.join(format!("{name}.{}", extension(format)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_header_has_title_byline_and_date() {
        let html = r#"<head><title>Rain returns</title><meta name="author" content="Jane Doe">
            <meta property="article:published_time" content="2015-07-10T09:53:00Z"></head>"#;
        let m = distil::metadata(html, None).unwrap();
        assert_eq!(header(&m), "Rain returns\nBy Jane Doe · 2015-07-10");
        let json = render_metadata(
            Format::Json,
            Named {
                path: "p.html",
                url: None,
            },
            &Ok(m),
        )
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["authors"][0], "Jane Doe");
        assert_eq!(v["sources"]["published"], "opengraph");
        assert_eq!(v["path"], "p.html");
    }

    #[test]
    fn names_follow_the_inputs_and_never_collide() {
        let inputs: Vec<String> = [
            "pages/story.html",
            "a/source.html",
            "b/source.html",
            "-",
            "b/source.html",
            "feed/item.html.gz",
            "crawls/CC-1.warc.gz#1234",
            "crawls/CC-1.warc.gz#0.2",
            "x.WARC#5",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let names = file_names(&inputs, Path::new("out"), Format::Markdown);
        let names: Vec<String> = names.iter().map(|p| p.display().to_string()).collect();
        assert_eq!(
            names,
            [
                "out/story.md",
                "out/a-source.md",
                "out/b-source.md",
                "out/stdin.md",
                "out/b-source-2.md",
                "out/item.md",
                "out/CC-1-1234.md",
                "out/CC-1-0.2.md",
                "out/x-5.md"
            ]
        );
    }
}
