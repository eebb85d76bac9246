//! A second opinion from the page's structured data.
//!
//! Some pages draw their text by script from data embedded in them: the
//! markup holds a shell (menus, a headline, a teaser) and the article
//! itself sits only in the schema.org `articleBody` of the page's JSON-LD.
//! When that declared body holds far more text than the markup yielded,
//! the article is read from it instead: the body becomes a small document
//! of its own, which runs through the same stages (so the output formats,
//! the explanation and the limits are the same as for any page).
//!
//! The declared body is only a second opinion. Most pages that declare one
//! give a summary or a truncated copy, so it wins only by a wide margin.

use crate::serialize::html::escape_into;

/// The declared body must hold at least this many times the text the
/// markup yielded. A copy of the same article (often shorter, sometimes
/// with its captions) never wins; a teaser in the markup and the whole
/// article in the data does.
const MIN_RATIO: usize = 3;

/// Whether the declared `body` is worth reading at all: its length, an
/// upper bound of its text, passes the bar before any parsing is spent.
pub(crate) fn may_prefer(body: &str, found_chars: usize, char_threshold: usize) -> bool {
    prefer(body.chars().count(), found_chars, char_threshold)
}

/// Whether an article of `body_chars` characters read from the declared
/// body replaces the `found_chars` the markup yielded.
pub(crate) fn prefer(body_chars: usize, found_chars: usize, char_threshold: usize) -> bool {
    body_chars >= char_threshold.max(1) && body_chars >= found_chars.saturating_mul(MIN_RATIO)
}

/// The declared body as a document whose only content is the article.
///
/// A body written in HTML (some sites declare their markup) is taken as
/// it is; it is parsed and sanitised like any page. Plain text becomes one
/// paragraph per line.
pub(crate) fn document(body: &str) -> String {
    let mut doc = String::with_capacity(body.len() + 64);
    doc.push_str("<!DOCTYPE html><html><body><article>");
    if looks_like_html(body) {
        doc.push_str(body);
    } else {
        for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
            doc.push_str("<p>");
            escape_into(&mut doc, line, false);
            doc.push_str("</p>");
        }
    }
    doc.push_str("</article></body></html>");
    doc
}

/// Paragraph or line-break markup in the body.
fn looks_like_html(body: &str) -> bool {
    const MARKERS: &[&str] = &["<p>", "<p ", "</p>", "<br", "<div", "<h2", "<ul", "<li>"];
    let lower = body.to_ascii_lowercase();
    MARKERS.iter().any(|m| lower.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wins_only_by_a_wide_margin() {
        assert!(prefer(3000, 400, 500));
        assert!(prefer(900, 0, 500));
        assert!(!prefer(3000, 1200, 500));
        assert!(!prefer(400, 0, 500));
        assert!(!prefer(0, 0, 0));
        // No overflow on absurd lengths.
        assert!(!prefer(usize::MAX / 2, usize::MAX / 4, 500));
        assert!(prefer(usize::MAX, usize::MAX, 500));
    }

    #[test]
    fn plain_text_becomes_escaped_paragraphs() {
        let doc = document("First line with <b> & more.\n\n  Second line.  \n");
        assert!(doc.contains("<p>First line with &lt;b&gt; &amp; more.</p><p>Second line.</p>"));
    }

    #[test]
    fn html_is_kept_as_markup() {
        let doc = document("<p>One.</p><p>Two.</p>");
        assert!(doc.contains("<article><p>One.</p><p>Two.</p></article>"));
    }
}
