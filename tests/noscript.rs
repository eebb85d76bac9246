//! `<noscript>` content reaches the article only as ordinary nodes: the
//! real image behind a lazy-loading placeholder, or the whole article of a
//! page that has none without scripts. Its literal markup never does.

use distil::{Config, Extractor};

const PROSE: &str = "The council voted on Tuesday to approve a new budget for the public \
    library system, ending months of debate about opening hours, staffing levels and the \
    future of the branch network that serves more than two hundred thousand residents.";

fn extractor() -> Extractor {
    Extractor::new(Config::default().with_time_budget(None))
}

#[test]
fn an_article_only_in_noscript_is_recovered() {
    let html = format!(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\
         <div id='app'></div><noscript><article><h1>Budget</h1><p>{PROSE}</p><p>{PROSE}</p>\
         <p>{PROSE}</p></article></noscript></body></html>"
    );
    let article = extractor().extract(&html, None).expect("an article");
    assert!(article.text.contains("public library system"));
    assert!(!article.text.contains("<p>"), "{}", article.text);
    assert!(!article.text.contains("Home"), "{}", article.text);
    assert!(article.html.contains("<p>The council voted"));
}

#[test]
fn noscript_text_stays_out_of_a_real_article() {
    let html = format!(
        "<html><body><article><p>{PROSE}</p><noscript><p>Please enable JavaScript to \
         see the comments.</p></noscript><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    );
    let article = extractor().extract(&html, None).expect("an article");
    assert!(!article.text.contains("JavaScript"), "{}", article.text);
    assert!(!article.text.contains('<'));
}

#[test]
fn the_real_image_replaces_its_lazy_placeholder() {
    let html = format!(
        "<html><body><article><p>{PROSE}</p><figure><img class='lazy' \
         src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><noscript><img \
         src='https://example.org/photo.jpg' alt='The branch'></noscript>\
         <figcaption>The old branch</figcaption></figure><p>{PROSE}</p><p>{PROSE}</p>\
         </article></body></html>"
    );
    let article = extractor().extract(&html, None).expect("an article");
    assert!(
        article.html.contains("https://example.org/photo.jpg"),
        "{}",
        article.html
    );
    assert!(!article.text.contains("<img"));
}
