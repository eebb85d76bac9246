//! Shows that low confidence marks the worst extractions: runs distil over
//! the shared evaluation corpora and prints the mean F1 of the pages in each
//! confidence band.
//!
//! ```text
//! cargo run --release --example confidence_bands [-- ../shared/corpus]
//! ```
//!
//! F1 is the word 4-gram overlap with the reference text (as in the
//! ScrapingHub article-extraction benchmark); for corpora that only list
//! snippets that must and must not appear, it is the F1 of those snippets.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use distil::{Config, Extractor};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use once_cell::sync::Lazy;
use regex::Regex;

static WORD: Lazy<Regex> = Lazy::new(|| Regex::new(r"\w+").expect("valid regex"));

/// Confidence bands, lower bound included.
const BANDS: [(f32, f32); 5] = [
    (0.0, 0.4),
    (0.4, 0.55),
    (0.55, 0.7),
    (0.7, 0.85),
    (0.85, 1.01),
];

/// What a page is judged against.
enum Truth {
    Text(String),
    Snippets {
        with: Vec<String>,
        without: Vec<String>,
    },
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let words: Vec<&str> = WORD.find_iter(text).map(|m| m.as_str()).collect();
    let mut out = HashMap::new();
    if words.is_empty() {
        return out;
    }
    let n = 4.min(words.len());
    for w in words.windows(n) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Shingle F1 of `got` against `want`.
fn text_f1(want: &str, got: &str) -> f64 {
    let (t, p) = (shingles(want), shingles(got));
    let common: usize = t.iter().map(|(k, &c)| c.min(*p.get(k).unwrap_or(&0))).sum();
    let (nt, np): (usize, usize) = (t.values().sum(), p.values().sum());
    if nt == 0 && np == 0 {
        return 1.0;
    }
    if common == 0 {
        return 0.0;
    }
    let (precision, recall) = (common as f64 / np as f64, common as f64 / nt as f64);
    2.0 * precision * recall / (precision + recall)
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// F1 of snippets that must (and must not) appear.
fn snippet_f1(with: &[String], without: &[String], got: &str) -> f64 {
    let got = squash(got);
    let tp = with.iter().filter(|w| got.contains(&squash(w))).count() as f64;
    let fn_ = with.len() as f64 - tp;
    let fp = without.iter().filter(|w| got.contains(&squash(w))).count() as f64;
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// The visible text of an HTML document (for expected.html files).
fn html_text(html: &str) -> String {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut out = String::new();
    let mut stack: Vec<Handle> = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        match &node.data {
            NodeData::Text { contents } => {
                out.push_str(&contents.borrow());
                out.push(' ');
            }
            NodeData::Element { name, .. } if matches!(&*name.local, "script" | "style") => {
                continue;
            }
            _ => {}
        }
        for c in node.children.borrow().iter().rev() {
            stack.push(c.clone());
        }
    }
    out
}

fn strings(v: Option<&serde_json::Value>) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Every page of a corpus with its truth.
fn load(dir: &Path) -> Vec<(PathBuf, Truth)> {
    let mut pages = Vec::new();
    if let Ok(raw) = std::fs::read_to_string(dir.join("truth.json")) {
        let Ok(serde_json::Value::Object(map)) = serde_json::from_str(&raw) else {
            return pages;
        };
        for (id, t) in map {
            let path = dir.join(format!("{id}.html"));
            let truth = match t.get("articleBody").and_then(|b| b.as_str()) {
                Some(body) => Truth::Text(body.to_string()),
                None => Truth::Snippets {
                    with: strings(t.get("with")),
                    without: strings(t.get("without")),
                },
            };
            pages.push((path, truth));
        }
    } else if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let page = e.path();
            if let Ok(expected) = std::fs::read_to_string(page.join("expected.html")) {
                pages.push((page.join("source.html"), Truth::Text(html_text(&expected))));
            }
        }
    }
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    pages
}

fn main() {
    let root = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpus"));
    let extractor = Extractor::new(Config::default());
    println!("mean F1 per confidence band (pages in brackets)\n");
    print!("{:18}", "corpus");
    for (lo, hi) in BANDS {
        print!(" {:>16}", format!("[{lo:.2}, {:.2})", hi.min(1.0)));
    }
    println!();
    for corpus in ["mozilla", "scrapinghub-dev", "traf-dev", "wcxb-dev"] {
        let pages = load(&root.join(corpus));
        if pages.is_empty() {
            continue;
        }
        let mut bands: Vec<Vec<f64>> = vec![Vec::new(); BANDS.len()];
        for (path, truth) in &pages {
            let Ok(bytes) = std::fs::read(path) else {
                continue;
            };
            let html = String::from_utf8_lossy(&bytes);
            let (text, confidence) = match extractor.extract(&html, None) {
                Ok(a) => (a.text, a.confidence.score),
                Err(_) => (String::new(), 0.0),
            };
            let f1 = match truth {
                Truth::Text(want) => text_f1(want, &text),
                Truth::Snippets { with, without } => snippet_f1(with, without, &text),
            };
            if let Some(b) = BANDS
                .iter()
                .position(|&(lo, hi)| confidence >= lo && confidence < hi)
            {
                bands[b].push(f1);
            }
        }
        print!("{corpus:18}");
        for b in &bands {
            if b.is_empty() {
                print!(" {:>16}", "-");
            } else {
                let mean = b.iter().sum::<f64>() / b.len() as f64;
                print!(" {:>16}", format!("{mean:.3} ({})", b.len()));
            }
        }
        println!();
    }
}
