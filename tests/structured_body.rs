//! The page's declared schema.org `articleBody` as a second opinion: it
//! replaces what the markup yielded only when it holds far more text.

use distil::{Config, Extractor};

const PARAGRAPHS: [&str; 6] = [
    "The river authority opened the new weir on Tuesday, ending four years of works on the stretch below the old mill.",
    "Engineers lowered the first gate at dawn, and by noon the level upstream had risen by almost a metre, as the design intended.",
    "Anglers had feared for the trout that spawn below the mill; a fish pass beside the weir now lets them climb past it.",
    "The authority will publish its first readings of flow and fish counts in the spring, after a full winter of floods.",
    "Residents who walk the towpath will find it closed for another month while the banks are reseeded and fenced.",
    "The works cost less than forecast, the authority said, because the old mill race could be reused as a spillway.",
];

/// A page whose markup is a shell (a menu, a headline, a teaser) and whose
/// article sits only in its JSON-LD, as script-drawn pages ship it.
fn shell_page(body: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><title>New weir opens below the mill - Valley Courier</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"New weir opens below the mill","author":{{"@type":"Person","name":"Ann Lee"}},
"datePublished":"2024-03-05T08:00:00Z","articleBody":{body}}}</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><h1>New weir opens below the mill</h1><p>The river authority opened the new weir on Tuesday.</p>
<div id="app">Loading...</div></main><footer>© Valley Courier</footer></body></html>"#
    )
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            // As pages embed it: markup in a script must not close it.
            '<' => out.push_str("\\u003c"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[test]
fn a_shell_page_is_read_from_its_declared_body() {
    let html = shell_page(&json_string(&PARAGRAPHS.join("\n\n")));
    let article = distil::extract(&html, None).unwrap();
    assert_eq!(article.text, PARAGRAPHS.join("\n\n"));
    assert_eq!(article.html.matches("<p>").count(), PARAGRAPHS.len());
    // The metadata is still the page's.
    assert_eq!(article.title(), Some("New weir opens below the mill"));
    assert_eq!(article.metadata.authors, ["Ann Lee"]);
    assert_eq!(article.metadata.lang.as_deref(), Some("en"));
}

#[test]
fn the_explanation_says_where_the_text_came_from() {
    let html = shell_page(&json_string(&PARAGRAPHS.join("\n")));
    let (article, why) = Extractor::default().explain(&html, None);
    assert!(article.is_ok());
    assert!(
        why.attempt.starts_with("structured data"),
        "{}",
        why.attempt
    );
}

#[test]
fn a_declared_summary_never_replaces_the_article() {
    let article_html: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html = shell_page(&json_string(PARAGRAPHS[0])).replace(
        "<div id=\"app\">Loading...</div>",
        &format!("<article>{article_html}</article>"),
    );
    let article = distil::extract(&html, None).unwrap();
    assert!(article.text.contains(PARAGRAPHS[5]));
    let (_, why) = Extractor::default().explain(&html, None);
    assert_eq!(why.attempt, "strict");
}

#[test]
fn a_declared_body_in_html_is_sanitised_like_any_page() {
    let body = format!(
        "<p>{}</p><script>alert(1)</script><p onclick=\"x()\">{}</p><p>{}</p><p>{}</p><p>{}</p>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[3], PARAGRAPHS[4]
    );
    let html = shell_page(&json_string(&body));
    let article = distil::extract(&html, None).unwrap();
    assert!(article.text.contains(PARAGRAPHS[4]));
    assert!(!article.html.contains("script") && !article.html.contains("onclick"));
}

#[test]
fn a_short_declared_body_is_not_taken() {
    // Below the extractor's character threshold, the body is no article
    // either: the page's own reading stands.
    let body = PARAGRAPHS[..3].join("\n");
    let html = shell_page(&json_string(&body));
    let article = distil::extract(&html, None).unwrap();
    assert_eq!(
        article.text,
        "The river authority opened the new weir on Tuesday."
    );
    // With a lower threshold the same body wins.
    let lowered = Extractor::new(Config::default().with_char_threshold(200));
    assert_eq!(
        lowered.extract(&html, None).unwrap().text,
        PARAGRAPHS[..3].join("\n\n")
    );
}
