//! The floor for the example binary's memory and time: reads one page and
//! parses it with html5ever into an rcdom tree, as distil does, and nothing
//! else. Compare its peak memory with the binary's on the same page:
//!
//! ```text
//! cargo build --release --example parse_only --example distil
//! /usr/bin/time -v target/release/examples/parse_only PAGE.html
//! /usr/bin/time -v target/release/examples/distil --format json PAGE.html
//! ```

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse_only PAGE.html");
        return std::process::ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("parse_only: {path}: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let html = String::from_utf8_lossy(&bytes);
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html.as_ref());
    // Count the nodes (with an explicit stack) so the tree is used.
    let mut nodes = 0usize;
    let mut stack = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        nodes += 1;
        stack.extend(node.children.borrow().iter().cloned());
    }
    println!("{nodes} nodes");
    std::process::ExitCode::SUCCESS
}
