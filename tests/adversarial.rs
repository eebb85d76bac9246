//! Hostile inputs: deep nesting must never overflow the stack, and every
//! input ends in an article or a typed error.

use distil::{Config, ErrorKind, Extractor, Limit};

const PROSE: &str = "The council voted on Tuesday to approve a new budget for the public \
    library system, ending months of debate about opening hours, staffing levels and the \
    future of the branch network that serves more than two hundred thousand residents.";

fn article_in(open: &str, close: &str, depth: usize) -> String {
    let mut html = String::with_capacity(depth * (open.len() + close.len()) + 1000);
    html.push_str("<html><body>");
    for _ in 0..depth {
        html.push_str(open);
    }
    for _ in 0..3 {
        html.push_str("<p>");
        html.push_str(PROSE);
        html.push_str("</p>");
    }
    for _ in 0..depth {
        html.push_str(close);
    }
    html.push_str("</body></html>");
    html
}

/// Debug builds are slow; these tests are about the stack, not the clock.
fn no_clock() -> Extractor {
    Extractor::new(Config::default().with_time_budget(None))
}

#[test]
fn hundred_thousand_nested_b_extracts_in_the_default_test_thread() {
    let html = article_in("<b>", "</b>", 100_000);
    let article = no_clock().extract(&html, None).expect("an article");
    assert!(article.text.contains("public library system"));
}

#[test]
fn hundred_thousand_nested_div_is_refused_quickly() {
    let html = article_in("<div>", "</div>", 100_000);
    let err = no_clock().extract(&html, None).unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::LimitExceeded {
            limit: Limit::Depth,
            value: 4096
        }
    );
}

#[test]
fn hundred_thousand_nested_div_without_the_depth_stop_runs_out_of_time() {
    let extractor = Extractor::new(
        Config::default()
            .with_max_open_depth(None)
            .with_time_budget(Some(std::time::Duration::from_millis(300))),
    );
    let html = article_in("<div>", "</div>", 100_000);
    let err = extractor.extract(&html, None).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Timeout { .. }), "{err}");
}

#[test]
fn deep_div_below_the_hard_stop_keeps_its_content() {
    let html = article_in("<div>", "</div>", 2000);
    let article = no_clock().extract(&html, None).expect("an article");
    assert!(article.text.contains("public library system"));
}

#[test]
fn empty_and_blank_pages_have_no_article() {
    for html in [
        "",
        "   \n\t ",
        "<html></html>",
        "<html><body><div></div></body></html>",
    ] {
        let err = distil::extract(html, None).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NoContent, "{html:?}");
    }
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let extractor = Extractor::new(Config::default().with_max_input_bytes(1000));
    let html = format!("<p>{}</p>", PROSE.repeat(10));
    let err = extractor.extract(&html, None).unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::InputTooLarge { limit: 1000, .. }
    ));
}

/// Runs `f` on a thread with a deliberately small stack: any recursion on
/// the depth of the document would overflow it and abort the test binary.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .expect("spawn a thread")
        .join()
        .expect("no panic")
}

/// No depth limit, no node limit, no clock: the whole pipeline sees the
/// tree exactly as deep as the parser built it.
fn unbounded() -> Extractor {
    Extractor::new(
        Config::default()
            .with_max_depth(None)
            .with_max_open_depth(None)
            .with_max_nodes(None)
            .with_time_budget(None),
    )
}

#[test]
fn hundred_thousand_nested_tables_on_a_small_stack() {
    // table > tbody > tr > td per level: a tree 400,000 levels deep.
    let html = article_in("<table><tr><td>", "</td></tr></table>", 100_000);
    let article = on_small_stack(move || unbounded().extract(&html, None));
    assert!(
        article
            .expect("an article")
            .text
            .contains("public library system")
    );
}

#[test]
fn hundred_thousand_nested_font_on_a_small_stack() {
    let html = article_in("<font>", "</font>", 100_000);
    let article = on_small_stack(move || unbounded().extract(&html, None));
    assert!(
        article
            .expect("an article")
            .text
            .contains("public library system")
    );
}

#[test]
fn hundred_thousand_mixed_inline_levels_on_a_small_stack() {
    let tags = ["b", "i", "u", "em", "strong", "span", "code"];
    let mut html = String::from("<html><body><p>");
    for (i, tag) in tags.iter().cycle().take(100_000).enumerate() {
        html.push_str(&format!("<{tag}>w{i} "));
    }
    html.push_str(PROSE);
    for tag in tags
        .iter()
        .cycle()
        .take(100_000)
        .collect::<Vec<_>>()
        .iter()
        .rev()
    {
        html.push_str(&format!("</{tag}>"));
    }
    html.push_str("</p></body></html>");
    let article = on_small_stack(move || unbounded().extract(&html, None));
    let text = article.expect("an article").text;
    assert!(
        text.contains("w99999 The council voted"),
        "{}",
        text.chars().take(200).collect::<String>()
    );
}

/// A page whose every metadata source is hostile: megabyte values, deep
/// and huge JSON-LD, thousands of authors, tags and dated elements.
fn hostile_metadata_page() -> String {
    let huge = "Headline ".repeat(120_000);
    let deep = "[".repeat(50_000) + &"]".repeat(50_000);
    let authors: Vec<String> = (0..5_000)
        .map(|i| format!(r#"{{"@type": "Person", "name": "Author {i}"}}"#))
        .collect();
    let mut html = format!(
        r#"<html lang="{huge}"><head><title>{huge}</title>
        <meta property="og:title" content="{huge}">
        <meta name="author" content="{huge}">
        <meta name="keywords" content="{keywords}">
        <meta property="og:image" content="https://example.org/{huge}">
        <meta name="description" content="{tags}">
        <script type="application/ld+json">{{"@type": "Person", "name": "{tags}"}}</script>
        <script type="application/ld+json">{deep}</script>
        <script type="application/ld+json">{{"@type": "NewsArticle", "author": [{authors}]}}</script>
        </head><body>"#,
        keywords = "tag,".repeat(100_000),
        // Unclosed tag openings, for the markup removal in declared values.
        tags = "&lt;p &lt;span ".repeat(50_000),
        authors = authors.join(","),
    );
    for _ in 0..5_000 {
        html.push_str(r#"<div class="comment"><span itemprop="author">x</span><time datetime="2001-01-01">x</time></div>"#);
    }
    html.push_str(&format!(
        "<article><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    ));
    html
}

#[test]
fn hostile_metadata_is_capped_and_nothing_else_is_lost() {
    let html = hostile_metadata_page();
    let article = no_clock().extract(&html, None).expect("an article");
    assert!(article.text.contains("public library system"));
    let m = &article.metadata;
    assert!(m.title.as_ref().is_some_and(|t| t.chars().count() <= 1025));
    assert!(m.authors.len() <= 16, "{} authors", m.authors.len());
    assert!(m.authors.iter().all(|a| a.chars().count() <= 129));
    assert!(m.tags.len() <= 32);
    assert_eq!(m.lang, None, "a megabyte language tag is not a language");
    assert_eq!(m.image, None, "a megabyte URL is dropped, not cut");
    assert_eq!(m.published, None, "dates in comments are not the article's");
    let alone = no_clock().metadata(&html, None).expect("metadata");
    assert_eq!(alone.authors, m.authors);
    assert_eq!(alone.title, m.title);
}

#[test]
fn metadata_only_calls_obey_the_same_limits() {
    let extractor = Extractor::new(Config::default().with_max_nodes(Some(1000)));
    let html = "<p>x</p>".repeat(5000);
    let err = extractor.metadata(&html, None).unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::LimitExceeded {
            limit: Limit::Nodes,
            value: 1000
        }
    );
    let extractor = Extractor::new(Config::default().with_max_input_bytes(100));
    let err = extractor.metadata(&"x".repeat(200), None).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::InputTooLarge { .. }));
    // A page without an article still has its metadata.
    let meta = distil::metadata("<title>Only a title</title>", None).expect("metadata");
    assert_eq!(meta.title.as_deref(), Some("Only a title"));
}

#[test]
fn output_caps_hold_at_every_size() {
    let item = "<li>Ordered steps keep their numbers <ol><li>nested step one</li><li>nested step two</li></ol></li>";
    let page = format!(
        "<html><body><article><h1>Caps</h1><p>{}</p><ul>{}</ul><pre>line one\n    line two\n\n\nline three</pre><p>{}</p></article></body></html>",
        "A paragraph that is long enough to be the article on its own. ".repeat(6),
        item.repeat(5),
        "Closing words after the list and the code block. ".repeat(4),
    );
    for cap in 0..400 {
        let config = Config::default()
            .with_char_threshold(0)
            .with_formats(distil::Formats::ALL)
            .with_max_output_bytes(cap);
        let Ok(article) = Extractor::new(config).extract(&page, None) else {
            continue;
        };
        assert!(
            article.text.len() <= cap,
            "cap {cap}: text of {} bytes",
            article.text.len()
        );
        assert_eq!(article.length, article.text.chars().count());
    }
}

/// Thousands of dated lines of one class before the text and after it,
/// each after the text followed by a short note: whether the lines before
/// open posts is found in one pass over the blocks, not one per line.
#[test]
fn thousands_of_stamp_lines_of_one_class_stay_within_the_time_budget() {
    const LINES: usize = 8000;
    let mut html = String::from("<html><body><article><h1>A page of stamps</h1>");
    html.push_str(&"<p class=\"meta\">March 3, 2024</p>".repeat(LINES));
    html.push_str(&format!("<p>{PROSE}</p>"));
    html.push_str(&"<p class=\"meta\">March 4, 2024</p><p>A short note.</p>".repeat(LINES));
    html.push_str("</article></body></html>");
    // One pass takes a fifth of a second in a debug build; a pass per
    // line took half a minute.
    let extractor =
        Extractor::new(Config::default().with_time_budget(Some(std::time::Duration::from_secs(5))));
    let article = extractor.extract(&html, None).expect("an article");
    assert!(article.text.contains("public library system"));
}

#[test]
fn a_long_run_of_separators_beside_hidden_links_stays_within_the_time_budget() {
    const PAIRS: usize = 50_000;
    let mut html = String::from("<html><body><article><h1>A page of separators</h1>");
    html.push_str(&format!("<p>{PROSE}</p><p><b>Words first</b>"));
    html.push_str(&" | <a href=\"#\" aria-hidden=\"true\">x</a>".repeat(PAIRS));
    html.push_str(&format!("</p><p>{PROSE}</p></article></body></html>"));
    // Each dangling separator looks at its two neighbours only; reading
    // all its siblings for each would be 50,000 times 100,000 steps.
    let extractor =
        Extractor::new(Config::default().with_time_budget(Some(std::time::Duration::from_secs(5))));
    let article = extractor.extract(&html, None).expect("an article");
    assert!(article.text.contains("Words first"), "{}", article.text);
    assert!(
        !article.text.contains("Words first |"),
        "the dangling separators go"
    );
}
