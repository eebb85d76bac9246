//! Instruction counting under callgrind: the measure behind the README's
//! instruction table. Every page is read once to warm the patterns and
//! caches, then read again inside a function callgrind is told to count:
//!
//! ```text
//! cargo build --release --example icount
//! valgrind --tool=callgrind --toggle-collect='icount::measured_extract' \
//!     target/release/examples/icount extract PAGE.html...
//! valgrind --tool=callgrind --toggle-collect='icount::measured_parse' \
//!     target/release/examples/icount parse PAGE.html...
//! ```
//!
//! `extract` counts full extraction (text, HTML and metadata, no time
//! budget); `metadata` the metadata alone; `parse` counts the bare
//! html5ever + rcdom parse, the floor.

use std::hint::black_box;

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

/// The counted pass of full extraction.
#[inline(never)]
fn measured_extract(extractor: &distil::Extractor, pages: &[String]) -> usize {
    pages
        .iter()
        .filter_map(|page| extractor.extract(page, None).ok())
        .map(|article| article.text.len())
        .sum()
}

/// The counted pass of metadata alone.
#[inline(never)]
fn measured_metadata(extractor: &distil::Extractor, pages: &[String]) -> usize {
    pages
        .iter()
        .filter_map(|page| extractor.metadata(page, None).ok())
        .map(|meta| meta.title.map_or(0, |t| t.len()))
        .sum()
}

/// The counted pass of the bare parse.
#[inline(never)]
fn measured_parse(pages: &[String]) -> usize {
    pages.iter().map(|page| bare_parse(page)).sum()
}

fn bare_parse(page: &str) -> usize {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(page);
    dom.document.children.borrow().len()
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(mode), Some(paths)) = (args.get(1), args.get(2..)) else {
        eprintln!("usage: icount extract|metadata|parse PAGE.html...");
        return std::process::ExitCode::from(2);
    };
    let mut pages = Vec::new();
    for path in paths {
        match std::fs::read(path) {
            Ok(bytes) => pages.push(String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) => {
                eprintln!("icount: {path}: {e}");
                return std::process::ExitCode::FAILURE;
            }
        }
    }
    let extractor = distil::Extractor::new(distil::Config::default().with_time_budget(None));
    // The warm pass is written out here, not as a copy of the counted
    // function: the compiler merges identical functions, and callgrind
    // would then count both passes.
    let total = match mode.as_str() {
        "extract" => {
            for page in &pages {
                black_box(extractor.extract(black_box(page), None).ok());
            }
            measured_extract(&extractor, &pages)
        }
        "metadata" => {
            for page in &pages {
                black_box(extractor.metadata(black_box(page), None).ok());
            }
            measured_metadata(&extractor, &pages)
        }
        "parse" => {
            for page in &pages {
                black_box(bare_parse(black_box(page)));
            }
            measured_parse(&pages)
        }
        _ => {
            eprintln!("usage: icount extract|metadata|parse PAGE.html...");
            return std::process::ExitCode::from(2);
        }
    };
    println!("{total}");
    std::process::ExitCode::SUCCESS
}
