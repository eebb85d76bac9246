//! MathML formulas: the text shows what a reader sees, the Markdown keeps
//! the TeX source that KaTeX and MathJax write beside it.

use distil::{Config, Extractor, Formats};

const PAGE: &str = include_str!("formulas/source.html");

fn extract() -> distil::Article {
    Extractor::new(Config::default().with_formats(Formats::ALL))
        .extract(PAGE, None)
        .expect("an article")
}

#[test]
fn the_text_shows_a_formula_once_without_its_source() {
    let text = extract().text;
    assert!(
        text.contains("logits z∈RK for an input, and one scalar T>0 that"),
        "{text}"
    );
    assert!(!text.contains("mathbb"), "{text}");
    assert!(!text.contains("\\frac"), "{text}");
}

#[test]
fn the_markdown_writes_a_formula_as_its_tex() {
    let markdown = extract().markdown.expect("markdown");
    assert!(
        markdown
            .contains("logits $z \\in \\mathbb{R}^K$ for an input, and one scalar $T > 0$ that"),
        "{markdown}"
    );
    // A displayed formula is set apart with doubled dollar signs.
    assert!(
        markdown.contains("\n$$\\hat{p}_i = \\frac{\\exp(z_i / T)}{\\sum_j \\exp(z_j / T)}$$\n"),
        "{markdown}"
    );
    // The KaTeX rendering beside the formula (hidden from screen readers)
    // is not written as well.
    assert!(!markdown.contains("z∈R"), "{markdown}");
    // Without a TeX source, the formula is written as what it shows.
    assert!(markdown.contains("what it shows: n+1 items"), "{markdown}");
}
