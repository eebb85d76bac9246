//! Readers' comments read apart from the article
//! (`Config::with_comments`).

use distil::{Config, Extractor};

fn extract(html: &str) -> distil::Article {
    Extractor::new(Config::default().with_comments(true))
        .extract(html, None)
        .expect("an article")
}

fn story() -> String {
    "<p>The council met on Monday and, after a long and often heated debate, voted \
     to rebuild the harbour wall before the winter storms return.</p>"
        .repeat(5)
}

/// The shape most blog engines print: a titled list of comments, each with
/// its author, its date, its text and a reply link, then the form.
const BLOG_COMMENTS: &str = r##"
<div id="comments" class="comments-area">
  <h2 class="comments-title">2 thoughts on “The wall”</h2>
  <ol class="comment-list">
    <li id="comment-1" class="comment even">
      <article class="comment-body">
        <footer class="comment-meta">
          <div class="comment-author vcard"><img class="avatar" src="a.png" alt="">
            <b class="fn">Anna</b> <span class="says">says:</span></div>
          <div class="comment-metadata"><a href="#comment-1"><time>2 May 2024 at 9:14</time></a></div>
        </footer>
        <div class="comment-content"><p>About time too: the old wall has been crumbling for years.</p></div>
        <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
      </article>
      <ol class="children">
        <li id="comment-2" class="comment odd">
          <article class="comment-body">
            <footer class="comment-meta"><b class="fn">Ben</b> <span class="says">says:</span></footer>
            <div class="comment-content"><p>And the cost? Nobody has said who pays for it.</p></div>
            <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
          </article>
        </li>
      </ol>
    </li>
  </ol>
  <div id="respond" class="comment-respond">
    <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
    <form id="commentform"><p class="comment-notes">Your email address will not be published.</p>
      <label>Comment</label><textarea name="comment"></textarea><button>Post Comment</button></form>
  </div>
</div>"##;

#[test]
fn a_blog_comment_list_is_read_without_its_form_and_reply_links() {
    let html = format!(
        "<html><body><article class=\"post\"><h1>The wall</h1>{}</article>{BLOG_COMMENTS}</body></html>",
        story()
    );
    let article = extract(&html);
    assert!(article.text.contains("harbour wall"));
    assert!(!article.text.contains("About time"), "{}", article.text);
    let comments = article.comments.expect("comments");
    assert_eq!(
        comments.text,
        "2 thoughts on “The wall”\n\n\
         Anna says:\n\n2 May 2024 at 9:14\n\n\
         About time too: the old wall has been crumbling for years.\n\n\
         Ben says:\n\n\
         And the cost? Nobody has said who pays for it."
    );
}

#[test]
fn comments_are_only_read_when_asked_for() {
    let html = format!(
        "<html><body><article>{}</article>{BLOG_COMMENTS}</body></html>",
        story()
    );
    let article = Extractor::default().extract(&html, None).unwrap();
    assert_eq!(article.comments, None);
}

#[test]
fn schema_org_comments_without_a_named_section_are_found() {
    let comment = |who: &str, text: &str| {
        format!(
            "<div itemscope itemtype=\"https://schema.org/Comment\">\
             <span itemprop=\"author\">{who}</span><p itemprop=\"text\">{text}</p></div>"
        )
    };
    let html = format!(
        "<html><body><article>{}</article><div class=\"discussion\">{}{}</div></body></html>",
        story(),
        comment("Anna", "About time too, the old wall has been crumbling."),
        comment("Ben", "Who pays for it, though? Nobody has said.")
    );
    let comments = extract(&html).comments.expect("comments").text;
    assert!(comments.contains("Anna"));
    assert!(comments.contains("Who pays for it"));
}

#[test]
fn a_section_with_only_a_form_or_a_notice_has_no_comments() {
    for section in [
        "<div id=\"comments\"><h3>Leave a Reply</h3><form><textarea></textarea>\
         <button>Post Comment</button></form><p class=\"comment-notes\">This site \
         moderates comments before they appear, and keeps your email address private.</p></div>",
        "<section class=\"comments-section\"><div class=\"comments-login-prompt\">You must \
         log in or create an account to join the discussion.</div></section>",
        // Commenting is for subscribers: the band that says so is no comment.
        "<section id=\"comments\"><h3>Comments</h3><div class=\"comment-band\">Commenting \
         on our stories is for subscribers. Subscribe to join the conversation.</div></section>",
        // An empty thread: a sort control, a hidden confirmation dialog, a
        // privacy note and a count.
        "<div class=\"comments\"><h3>Discussion</h3><div class=\"comment-order\">Newest \
         first Oldest first Most liked</div><div class=\"comment-delete hide\">Are you sure \
         you want to delete this comment?</div><a class=\"comment-privacy\">Everything about \
         how we keep your data is in our privacy statement.</a><p>0 comments</p></div>",
    ] {
        let html = format!(
            "<html><body><article>{}</article>{section}</body></html>",
            story()
        );
        assert_eq!(extract(&html).comments, None, "{section}");
    }
}

#[test]
fn comments_that_are_the_article_are_not_repeated() {
    // A page whose only content is its comment thread: the thread is the
    // article, and there is nothing apart from it.
    let post = |who: &str| {
        format!(
            "<li class=\"comment\"><div class=\"comment-body\"><b>{who}</b><p>I have had the \
             same trouble with the harbour wall permit, and after three letters, two phone \
             calls and a visit, the office finally answered, so keep trying.</p></div></li>"
        )
    };
    let html = format!(
        "<html><body><div id=\"comments\"><ol class=\"comment-list\">{}{}{}</ol></div></body></html>",
        post("Anna"),
        post("Ben"),
        post("Cleo")
    );
    let article = extract(&html);
    assert!(article.text.contains("three letters"));
    assert_eq!(article.comments, None);
}

#[test]
fn a_sidebar_of_latest_comments_is_not_the_articles() {
    let latest = "<div class=\"sidebar\"><div class=\"comments\"><h3>Latest comments</h3><ul>\
        <li class=\"comment-item\">Anna on <a href=\"/other\">Another story entirely</a>: \
        what a read that was</li></ul></div></div>";
    let html = format!(
        "<html><body><article>{}</article>{latest}</body></html>",
        story()
    );
    assert_eq!(extract(&html).comments, None);
    // The same list in an <aside> named as the comments is this article's:
    // some themes put the comment section in one.
    let own = "<aside id=\"comments\"><ol class=\"comment-list\"><li class=\"comment\">\
        <p>Anna: about time the wall was mended, it has been crumbling for years.</p>\
        </li></ol></aside>";
    let html = format!(
        "<html><body><article>{}</article>{own}</body></html>",
        story()
    );
    assert!(
        extract(&html)
            .comments
            .expect("comments")
            .text
            .contains("about time")
    );
}

#[test]
fn comments_come_in_the_formats_of_the_article() {
    let html = format!(
        "<html><body><article>{}</article>{BLOG_COMMENTS}</body></html>",
        story()
    );
    let extractor = Extractor::new(
        Config::default()
            .with_comments(true)
            .with_formats(distil::Formats::ALL),
    );
    let comments = extractor.extract(&html, None).unwrap().comments.unwrap();
    // Sanitised like the article: no form, no reply link, lists as blocks.
    assert!(
        comments.html.contains("<p>About time too"),
        "{}",
        comments.html
    );
    for gone in ["<form", "<textarea", "Reply</a>", "<ol", "<li"] {
        assert!(!comments.html.contains(gone), "{gone} in {}", comments.html);
    }
    let markdown = comments.markdown.expect("markdown");
    assert!(markdown.contains("And the cost? Nobody has said who pays for it."));
    assert!(!markdown.contains("Leave a Reply"));
    // Without HTML asked for, the HTML is empty, as the article's is.
    let text_only = Extractor::new(
        Config::default()
            .with_comments(true)
            .with_formats(distil::Formats::TEXT),
    );
    let comments = text_only.extract(&html, None).unwrap().comments.unwrap();
    assert!(comments.html.is_empty());
    assert!(comments.markdown.is_none());
}

#[test]
fn many_comment_sections_share_one_plan() {
    // Hostile markup: thousands of disjoint "comments" sections. Each is
    // measured in one pass and all go into one plan (a plan per section
    // would cost the page's size for each of them).
    let sections: String = (0..5000)
        .map(|i| {
            format!(
                "<div class=\"comments\"><div class=\"comment-body\">Comment number {i} \
                 is here, with a few more words.</div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><article>{}</article>{sections}</body></html>",
        story()
    );
    let comments = extract(&html).comments.expect("comments").text;
    assert!(comments.starts_with("Comment number 0 "), "{comments}");
    assert_eq!(comments.matches("Comment number").count(), 5000);
}

#[test]
fn a_comment_named_for_its_style_is_still_a_comment() {
    // `comment-bordered` holds the word "order" but is no sort control.
    let html = format!(
        "<html><body><article>{}</article><div id=\"comments\"><h3>2 comments</h3>\
         <div class=\"comment-bordered\"><b>Anna</b><p>The permit office answered my third \
         letter within a week, so it is worth writing again.</p></div></div></body></html>",
        story()
    );
    let comments = extract(&html).comments.expect("the comment is read");
    assert!(comments.text.contains("third letter"), "{}", comments.text);
}

#[test]
fn a_products_customer_reviews_are_read_as_its_comments() {
    let html = format!(
        r#"<main><div class="product-description"><h1>Trail Kettle</h1>{}</div>
        <section class="product-reviews"><h2>Customer reviews</h2>
          <div class="review-item"><p>Marta K.</p><p>Took it across the whole ridge walk and it never let me down.</p></div>
          <div class="review-item"><p>Dev P.</p><p>Great kettle, though I wish the lid had a small vent.</p></div>
          <button>Write a review</button>
        </section></main>"#,
        story()
    );
    let article = extract(&html);
    assert!(!article.text.contains("ridge walk"));
    let reviews = article.comments.expect("the reviews, read as comments");
    assert!(reviews.text.contains("Took it across the whole ridge walk"));
    assert!(reviews.text.contains("I wish the lid had a small vent"));
    assert!(!reviews.text.contains("Write a review"));
}

#[test]
fn schema_org_reviews_without_a_named_section_are_found() {
    let review = |who: &str, text: &str| {
        format!(
            "<div itemscope itemtype=\"https://schema.org/Review\">\
             <span itemprop=\"author\">{who}</span><p itemprop=\"reviewBody\">{text}</p></div>"
        )
    };
    let html = format!(
        "<html><body><article>{}</article><div class=\"feedback\">{}{}</div></body></html>",
        story(),
        review("Anna", "Boils fast on my little stove."),
        review("Ben", "Handle stays cool. Lid rattles.")
    );
    let reviews = extract(&html).comments.expect("the reviews").text;
    assert!(reviews.contains("Boils fast"));
    assert!(reviews.contains("Handle stays cool"));
}

#[test]
fn a_comment_tree_table_is_read_as_the_comments() {
    // A link aggregator's replies: one table row per comment, nested by
    // an indent cell, under `table.comment-tree`.
    let row = |who: &str, text: &str| {
        format!(
            "<tr class=\"athing comtr\"><td><table><tr><td class=\"ind\"></td><td>\
             <span class=\"comhead\"><a href=\"user?id={who}\">{who}</a> 2 hours ago</span>\
             <div class=\"comment\"><div class=\"commtext\">{text}</div></div>\
             </td></tr></table></td></tr>"
        )
    };
    let html = format!(
        "<html><body><article>{}</article><table class=\"comment-tree\">{}{}</table></body></html>",
        story(),
        row(
            "anna",
            "About time too, the old wall has been crumbling for years."
        ),
        row(
            "ben",
            "Who pays for it, though? Nobody has said where the money comes from."
        )
    );
    let comments = extract(&html).comments.expect("comments").text;
    assert!(comments.contains("the old wall has been crumbling"));
    assert!(comments.contains("Who pays for it"));
}

#[test]
fn comment_sections_named_in_bem_or_in_the_pages_language_are_found() {
    let section = |section_names: &str, item_class: &str| {
        format!(
            "<html><body><article>{}</article>\
             <section {section_names}><h2>Kommentit (2)</h2><ul>\
             <li class=\"{item_class}\"><span>Pirjo K.</span><p>Pesukone päällä nyt, kiitos vinkistä! \
             Sähkö on yöllä halvempaa kuin päivällä.</p></li>\
             <li class=\"{item_class}\"><span>Matti</span><p>Siirtomaksu on nykyään suurempi kuin \
             itse sähkö, siinä se ongelma on.</p></li></ul></section></body></html>",
            story()
        )
    };
    for html in [
        section("class=\"yle__comments\"", "yle__comment"),
        section("id=\"kommentit\"", "comment"),
        // An Israeli news site's talkbacks, and a design system's prefix.
        section("class=\"talkbacks\"", "talkback-item"),
        section("class=\"c-Comments\"", "c-Comment"),
    ] {
        let comments = extract(&html).comments.expect("comments").text;
        assert!(comments.contains("Pesukone"), "{comments}");
        assert!(comments.contains("Siirtomaksu"), "{comments}");
    }
}

#[test]
fn a_thread_in_two_sections_is_read_whole() {
    // Featured comments above, the rest below, each its own named section.
    let section = |name: &str, who: &str, text: &str| {
        format!(
            "<section class=\"{name}\"><ol class=\"comment-list\"><li class=\"comment\">\
             <div class=\"comment-body\"><b>{who}</b><p>{text}</p></div></li></ol></section>"
        )
    };
    let html = format!(
        "<html><body><article>{}</article>{}<p>Advertisement</p>{}</body></html>",
        story(),
        section(
            "comments-section featured",
            "Anna",
            "About time too: the old wall has been crumbling for years."
        ),
        section(
            "comments-section",
            "Ben",
            "And the cost? Nobody has said who pays for it, or when."
        )
    );
    let comments = extract(&html).comments.expect("comments").text;
    let anna = comments.find("crumbling").expect("the first section");
    let ben = comments.find("who pays").expect("the second section");
    assert!(anna < ben, "{comments}");
    assert!(!comments.contains("Advertisement"), "{comments}");
}
