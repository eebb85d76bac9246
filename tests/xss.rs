//! The XSS suite: every vector of `tests/xss/vectors.txt`, placed inside a
//! real article (within a paragraph, and as a block between paragraphs),
//! must stay out of the output: the article HTML, read back with the HTML
//! parser, holds only allow-listed elements and attributes and no URL that
//! runs script; the Markdown holds no raw HTML and no such link. The
//! article's paragraphs around the vector must survive, so each vector was
//! really inside the extracted content.

mod common;

use std::fs;
use std::path::Path;

use distil::{Config, Extractor, Formats};
use libtest_mimic::{Arguments, Failed, Trial};

const BEFORE: &str = "The harbour trust met on Thursday evening to decide how the restored \
    lighthouse lens should be shown to visitors, and after a long discussion about insurance, \
    staffing and the weather, the members agreed to open the tower once a month.";
const AFTER: &str = "Volunteers will guide groups of no more than eight people up the spiral \
    stairs, and the trust hopes that the small entrance fee will pay for the next round of \
    repairs to the gallery railings, which have rusted badly since the winter storms.";

fn page(vector: &str, inline: bool) -> String {
    let middle = if inline {
        format!("<p>The keeper added, in a short note, {vector} before signing off.</p>")
    } else {
        format!("<div>{vector}</div>")
    };
    format!(
        "<!DOCTYPE html><html><head><title>Lighthouse opens to visitors</title></head><body>\
         <nav><a href=\"/\">Home</a></nav><article><h1>Lighthouse opens to visitors</h1>\
         <p>{BEFORE}</p>{middle}<p>{AFTER}</p></article></body></html>"
    )
}

fn check(vector: &str, inline: bool) -> Result<(), Failed> {
    let extractor = Extractor::new(
        Config::default()
            .with_formats(Formats::ALL)
            .with_char_threshold(200),
    );
    let url = distil::Url::parse("https://news.example/harbour/lighthouse.html").ok();
    let article = extractor
        .extract(&page(vector, inline), url.as_ref())
        .map_err(|e| format!("extraction failed: {e}"))?;
    let mut problems = Vec::new();
    for sentence in [BEFORE, AFTER] {
        let start: String = sentence
            .split_whitespace()
            .take(8)
            .collect::<Vec<_>>()
            .join(" ");
        if !article.text.contains(&start) {
            problems.push(format!("the article text lost {start:?}"));
        }
    }
    problems.extend(
        common::html_problems(&article.html)
            .into_iter()
            .map(|p| format!("HTML: {p}")),
    );
    let markdown = article.markdown.as_deref().unwrap_or("");
    problems.extend(
        common::markdown_problems(markdown)
            .into_iter()
            .map(|p| format!("Markdown: {p}")),
    );
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n--- html\n{}\n", problems.join("\n"), article.html).into())
    }
}

/// The checks themselves flag executable output, so a pass means something.
fn checks_can_fail() -> Result<(), Failed> {
    let bad_html = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\" JAVASCRIPT:alert(1)\">x</a>",
        "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
        "<a href=\"data:image/png;base64,AAAA\">x</a>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<p style=\"x:expression(alert(1))\">x</p>",
        "<svg><a>x</a></svg>",
        "<base href=\"https://evil.example/\">",
        "<img srcset=\"a.png 1x, javascript:alert(1) 2x\">",
    ];
    for html in bad_html {
        if common::html_problems(html).is_empty() {
            return Err(format!("the HTML check missed {html:?}").into());
        }
    }
    let bad_markdown = [
        "<script>alert(1)</script>",
        "a <img src=x onerror=alert(1)> b",
        "[x](javascript:alert(1))",
        "![x](data:text/html,x)",
    ];
    for md in bad_markdown {
        if common::markdown_problems(md).is_empty() {
            return Err(format!("the Markdown check missed {md:?}").into());
        }
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/xss/vectors.txt");
    let list = fs::read_to_string(&path).expect("tests/xss/vectors.txt is readable");
    let vectors: Vec<(usize, String)> = list
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect();
    assert!(vectors.len() >= 100, "the suite needs at least 100 vectors");
    let mut trials = Vec::new();
    for (line, vector) in vectors {
        for inline in [true, false] {
            let name = format!("line-{line:03}-{}", if inline { "inline" } else { "block" });
            let vector = vector.clone();
            trials.push(Trial::test(name, move || check(&vector, inline)));
        }
    }
    trials.push(Trial::test(
        "the-checks-catch-executable-output",
        checks_can_fail,
    ));
    libtest_mimic::run(&args, trials).exit();
}
