//! What the example binary prints for each page, and where: standard
//! output, or one file per page under `--output DIR`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use distil::{Article, Error};
use serde::Serialize;

use crate::args::Format;

/// One JSON object per page: the path, the article (metadata and content,
/// flattened) or the error.
#[derive(Serialize)]
struct JsonPage<'a> {
    path: &'a str,
    #[serde(flatten)]
    article: Option<&'a Article>,
    /// Keeps `"text": null` on failures, for readers that expect the key.
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<()>,
    /// On failures, whether the page reads as an article at all (the
    /// article carries its own verdict).
    #[serde(skip_serializing_if = "Option::is_none")]
    readerable: Option<bool>,
    error: Option<String>,
}

/// One JSON object on one line. JSON allows U+0085, U+2028 and U+2029 raw
/// inside strings, but many line-oriented readers split lines on them, so
/// they are escaped.
fn json_line(page: &JsonPage<'_>) -> String {
    serde_json::to_string(page)
        .unwrap_or_default()
        .replace('\u{85}', "\\u0085")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// The JSON object of a page that failed before or during extraction.
pub(crate) fn json_error(path: &str, error: &str, readerable: Option<bool>) -> String {
    json_line(&JsonPage {
        path,
        article: None,
        text: Some(()),
        readerable,
        error: Some(error.to_string()),
    })
}

/// The output for one page, with its trailing newline; `None` when the
/// format prints nothing for a failure (it goes to standard error).
/// `readerable` is the verdict on a page that failed, for JSON.
pub(crate) fn render(
    format: Format,
    path: &str,
    result: &Result<Article, Error>,
    readerable: Option<bool>,
) -> Option<String> {
    match (format, result) {
        (Format::Json, Ok(article)) => {
            let page = JsonPage {
                path,
                article: Some(article),
                text: None,
                readerable: None,
                error: None,
            };
            Some(json_line(&page) + "\n")
        }
        (Format::Json, Err(e)) => Some(json_error(path, &e.to_string(), readerable) + "\n"),
        (Format::Text, Ok(a)) => Some(format!("{}\n\n{}\n\n", a.title().unwrap_or(""), a.text)),
        (Format::Html, Ok(a)) => Some(format!("{}\n", a.html)),
        (Format::Markdown, Ok(a)) => {
            let body = a.markdown.as_deref().unwrap_or("");
            Some(match a.title() {
                Some(title) => format!("# {}\n\n{body}\n", escape_title(title)),
                None => format!("{body}\n"),
            })
        }
        (_, Err(_)) => None,
    }
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
/// standard input is `stdin`.
pub(crate) fn file_names(inputs: &[String], dir: &Path, format: Format) -> Vec<PathBuf> {
    let stem = |input: &str| -> String {
        if input == "-" {
            return "stdin".to_string();
        }
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
        *counts.entry(stem(input)).or_default() += 1;
    }
    let mut used: HashMap<String, usize> = HashMap::new();
    inputs
        .iter()
        .map(|input| {
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
    fn names_follow_the_inputs_and_never_collide() {
        let inputs: Vec<String> = [
            "pages/story.html",
            "a/source.html",
            "b/source.html",
            "-",
            "b/source.html",
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
                "out/b-source-2.md"
            ]
        );
    }
}
