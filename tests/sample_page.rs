//! The sample page in `examples/pages/`: the example binary prints the title
//! and exactly the article's paragraphs, and none of the promo, newsletter,
//! author-bio or teaser lines around them.

use std::process::Command;

const PAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/pages/news-article.html"
);

/// The article as a reader sees it: headline, standfirst, six paragraphs.
const ARTICLE: [&str; 8] = [
    "Harbour town votes to rebuild its flood wall",
    "Residents of Porthmere backed a plan to rebuild the sea wall after two winters of flooding.",
    "Residents of Porthmere voted on Monday to rebuild the crumbling sea wall",
    "The plan, which passed by 1,412 votes to 988 in a local referendum",
    "\"People here have pumped water out of their kitchens twice in two winters,\"",
    "The wall will cost an estimated £14.6 million.",
    "Opponents, led by a group of fishermen who work from the harbour",
    "Construction is due to begin in the autumn and to take about two years.",
];

/// Lines of the page that are not the article.
const BOILERPLATE: [&str; 12] = [
    "Subscribe to The Morning Ledger",
    "Escape the noise",
    "Sign up for The Morning Ledger's Free Newsletters",
    "delivered straight to your inbox",
    "Sign up for Today's Best Articles",
    "Share this article",
    "coastal affairs correspondent",
    "More from The Morning Ledger",
    "Ferry timetable cut for the winter",
    "By Dan Pascoe Published",
    "We use cookies",
    "UK news",
];

#[test]
fn prints_the_title_and_exactly_the_paragraphs() {
    let html = std::fs::read_to_string(PAGE).unwrap();
    let article = distil::extract(&html, None).unwrap();
    let printed = format!("{}\n\n{}", article.title().unwrap_or(""), article.text);
    let blocks: Vec<&str> = printed.split("\n\n").collect();
    assert_eq!(blocks.len(), ARTICLE.len(), "blocks printed:\n{printed}");
    for (block, expected) in blocks.iter().zip(ARTICLE) {
        assert!(
            block.starts_with(expected),
            "expected {expected:?}, got {block:?}"
        );
    }
}

#[test]
fn prints_none_of_the_boilerplate() {
    let html = std::fs::read_to_string(PAGE).unwrap();
    let article = distil::extract(&html, None).unwrap();
    for line in BOILERPLATE {
        assert!(!article.text.contains(line), "boilerplate kept: {line:?}");
    }
}

#[test]
fn the_example_binary_prints_the_same() {
    let out = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "distil", "--", PAGE])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    for expected in ARTICLE {
        assert!(
            stdout.contains(expected),
            "missing {expected:?} in:\n{stdout}"
        );
    }
    for line in BOILERPLATE {
        assert!(!stdout.contains(line), "boilerplate printed: {line:?}");
    }
}
