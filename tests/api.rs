//! The public API's promises: thread-safety of every public type, typed
//! errors, and what the confidence and readerable verdicts say.

use distil::{Article, Confidence, Config, Error, ErrorKind, Extractor, Metadata, Source, Sources};

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<Extractor>();
    assert_send_sync::<Config>();
    assert_send_sync::<Article>();
    assert_send_sync::<Metadata>();
    assert_send_sync::<Source>();
    assert_send_sync::<Sources>();
    assert_send_sync::<Confidence>();
    assert_send_sync::<Error>();
    assert_send_sync::<ErrorKind>();
    assert_send_sync::<distil::explain::Explanation>();
}

#[test]
fn one_extractor_serves_many_threads() {
    let extractor = Extractor::default();
    let page = format!(
        "<html><body><article><p>{}</p></article></body></html>",
        "A plain sentence of the story, with a clause or two. ".repeat(20)
    );
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                let a = extractor.extract(&page, None).unwrap();
                assert!(a.text.starts_with("A plain sentence"));
            });
        }
    });
}

fn story() -> String {
    let para = "The harbour board met on Monday to discuss the plan, which would rebuild the \
                sea wall, widen the quay and add a flood gate, at a cost the town can carry.";
    format!(
        "<html><head><title>Harbour plan</title></head><body>\
         <nav>{}</nav><article>{}</article><footer>About us</footer></body></html>",
        (0..10)
            .map(|i| format!("<a href=/s{i}>Section {i}</a>"))
            .collect::<String>(),
        (0..8).map(|_| format!("<p>{para}</p>")).collect::<String>()
    )
}

fn listing() -> String {
    let items: String = (0..40)
        .map(|i| format!("<li><a href=/story/{i}>A headline about topic number {i}</a> <span>2h ago, World</span></li>"))
        .collect();
    format!("<html><body><h1>Latest</h1><ul>{items}</ul></body></html>")
}

#[test]
fn a_clear_article_earns_more_confidence_than_a_listing() {
    let a = distil::extract(&story(), None).unwrap();
    assert!(a.readerable);
    assert!(a.confidence.score > 0.7, "{:?}", a.confidence);
    // Teasers with a little text of their own (their times and sections)
    // come back, flagged as no article to read.
    let l = distil::extract(&listing(), None).expect("the listing");
    assert!(l.text.contains("A headline about topic number 39"));
    assert!(!l.readerable);
    // (Below a fifth of prose, and with no paragraph, it would be no
    // article at all: see `a_header_of_menus_is_no_article...`.)
    assert!(l.confidence.prose < 0.35, "{:?}", l.confidence);
    assert!(
        l.confidence.score < a.confidence.score - 0.2,
        "{:?}",
        l.confidence
    );
}

#[test]
fn a_page_of_links_has_no_article() {
    let links: String = (0..200)
        .map(|i| format!("<li><a href=/section/{i}>Section {i} headlines</a></li>"))
        .collect();
    let page = format!("<html><body><nav><ul>{links}</ul></nav></body></html>");
    let err = distil::extract(&page, None).expect_err("a site map");
    assert_eq!(err.kind(), ErrorKind::NoContent);
    // Links and nothing else are no article wherever they stand.
    let page = format!("<html><body><main><ul>{links}</ul></main></body></html>");
    let err = distil::extract(&page, None).expect_err("a page of links");
    assert_eq!(err.kind(), ErrorKind::NoContent);
    // A page drawn by script leaves its footer: a few links are no article.
    let page = "<html><body><div id=app></div><div class=legal><ul>\
        <li><a href=/terms>Conditions of Use</a></li><li><a href=/privacy>Privacy Notice</a></li>\
        <li><a href=/ads>Your Ads Privacy Choices</a></li></ul></div></body></html>";
    let err = distil::extract(page, None).expect_err("a footer");
    assert_eq!(err.kind(), ErrorKind::NoContent);
    // One link around a short article is markup.
    let page = "<html><body><article><a href=/story><p>The ferry runs again on Monday after \
        three months of repairs in the dry dock.</p></a></article></body></html>";
    assert!(distil::extract(page, None).is_ok());
}

#[test]
fn a_page_whose_only_words_are_its_masthead_has_no_article() {
    // The masthead's greeting and a few links, and a script-drawn body:
    // not enough links to be a menu, but nothing outside the page's header.
    let page = "<html><body><div class=page><div class=global-header><header id=gh>\
        <span>Hi! <a href=/signin>Sign in</a> or <a href=/register>register</a></span>\
        <a href=/deals>Deals</a> <a href=/help>Help &amp; Contact</a> <span>Sell today</span>\
        </header></div><div id=app></div></div></body></html>";
    let err = distil::extract(page, None).expect_err("a masthead alone");
    assert_eq!(err.kind(), ErrorKind::NoContent);
    // A post that a page builder put in a `<header>` inside `<main>` is a
    // post all the same.
    let post = "<html><body><main><header class=post-content><p>The harbour trust met on \
        Thursday to decide how the restored lighthouse lens should be shown to visitors, \
        and agreed to open the tower once a month to small groups.</p></header></main>\
        </body></html>";
    assert!(distil::extract(post, None).is_ok());
}

#[test]
fn a_header_of_menus_is_no_article_but_prose_among_links_is() {
    // A page whose content is drawn by script: only the site header's
    // menus are in the markup (links with a few words between them).
    let menu: String = (0..12)
        .map(|i| format!("<li><a href=/account/{i}>Account page {i}</a></li>"))
        .collect();
    let header = format!(
        "<header><nav><p>Hi! <a href=/signin>Sign in</a> or <a href=/reg>register</a> \
         for deals and gift cards</p><ul>{menu}</ul><p>Loading...</p></nav></header>"
    );
    let page = format!("<html><body><div id=app>{header}</div></body></html>");
    let err = distil::extract(&page, None).expect_err("menus only");
    assert_eq!(err.kind(), ErrorKind::NoContent);
    // So are headlines with only their times beside them.
    let items: String = (0..40)
        .map(|i| format!("<li><a href=/story/{i}>A headline about topic number {i}</a> <span>2h ago</span></li>"))
        .collect();
    let page = format!("<html><body><h1>Latest</h1><ul>{items}</ul></body></html>");
    let err = distil::extract(&page, None).expect_err("headlines and times");
    assert_eq!(err.kind(), ErrorKind::NoContent);
    // The same share of links beside a paragraph of prose is a page with
    // something to read.
    let prose = "<p>The programme follows two families through a year of \
                 caring for a parent at home, and asks what help they were \
                 promised and what help arrived.</p>";
    let teasers: String = (0..12)
        .map(|i| {
            format!("<li><a href=/video/{i}>Another programme of the series, episode {i}</a></li>")
        })
        .collect();
    let page = format!("<html><body><div id=app>{prose}<ul>{teasers}</ul></div></body></html>");
    let a = distil::extract(&page, None).expect("prose among links");
    assert!(a.text.contains("caring for a parent"), "{}", a.text);
}

#[test]
fn confidence_signals_stay_in_range() {
    let a = distil::extract(&story(), None).unwrap();
    let c = a.confidence;
    for v in [
        c.score,
        c.margin,
        c.length,
        c.prose,
        c.strictness,
        c.readerable,
        c.coverage,
    ] {
        assert!((0.0..=1.0).contains(&v), "{c:?}");
    }
}

#[test]
fn a_fallback_to_the_whole_page_is_not_trusted_like_a_found_article() {
    // A landing page whose best part is one testimonial: the whole body is
    // returned, and the confidence says it was a fallback.
    let page = include_str!("fixtures/landing-page-sections/source.html");
    let a = distil::extract(page, None).unwrap();
    assert!(a.text.contains("How is the price set?"), "{}", a.text);
    let c = a.confidence;
    assert_eq!(c.strictness, 0.0, "{c:?}");
    assert!(c.coverage < 0.2, "{c:?}");
    assert!(c.score < 0.7, "{c:?}");
    // An article found by the strict rules keeps its full strictness.
    let story = distil::extract(&story(), None).unwrap();
    assert_eq!(story.confidence.strictness, 1.0, "{:?}", story.confidence);
}

#[test]
fn a_picture_linked_to_its_larger_file_stays_in_the_article() {
    // A forum post's image in a lightbox wrapper, linked to its original
    // file with the file's name and size as the link's words: the picture
    // is the post's, neither an overlay nor a link out.
    let page = include_str!("fixtures/lightbox-images/source.html");
    let a = distil::extract(page, None).unwrap();
    assert!(
        a.html.contains("disk-forecast-panel_690x388.png"),
        "{}",
        a.html
    );
    assert!(a.text.contains("The dashed line is the alert threshold"));
    assert!(!a.text.contains("Close"), "{}", a.text);
    // The file's name and size are the link's label, not the post's words.
    assert!(!a.text.contains("95.2 KB"), "{}", a.text);
}

#[test]
fn a_caption_ending_in_its_credit_stays_with_its_picture() {
    // A gallery's captions each end with the agency's credit; a credit
    // alone is furniture, a caption that says what the picture shows is
    // the article's (the formats keep captions, the text does on request).
    let para = "The scallop season opened at dawn on Monday, and by noon the boats \
        had landed more than the whole of last winter's first week. ";
    let page = format!(
        "<html><body><article><h1>Scallop season opens</h1><p>{}</p>\
         <figure><img src=\"/a.jpg\" alt=\"\"><figcaption>The catch landed at dawn \
         in the old port. <span class=\"credit\">FRED TANNEAU / AFP</span></figcaption></figure>\
         <p>{}</p><p class=\"credit\">Photo: Jane Doe / AFP</p><p>{}</p></article></body></html>",
        para.repeat(3),
        para.repeat(3),
        para.repeat(2)
    );
    let a = Extractor::new(Config::default().with_captions_in_text(true))
        .extract(&page, None)
        .unwrap();
    assert!(a.html.contains("The catch landed at dawn"), "{}", a.html);
    assert!(a.text.contains("The catch landed at dawn"), "{}", a.text);
    assert!(!a.text.contains("Jane Doe"), "{}", a.text);
}

#[test]
fn a_note_set_in_a_pictures_figure_is_a_caption() {
    // A credit written beside the caption (or in place of one) inside the
    // picture's figure is no more the article's text than the caption; the
    // HTML keeps the figure whole. A figure of a quote holds its content.
    let para = "The harbour board met on Monday to discuss the plan, which would rebuild the \
                sea wall, widen the quay and add a flood gate, at a cost the town can carry.";
    let page = format!(
        "<html><body><article><h1>Harbour plan</h1><p>{para}</p>\
         <figure><div><img src=\"/a.jpg\" alt=\"\"><figcaption>The quay at dawn</figcaption></div>\
         <span class=\"description\">Jane Doe / Harbour Times</span></figure><p>{para}</p>\
         <figure><img src=\"/b.jpg\" alt=\"\"><div>Image: Harbour Board</div></figure><p>{para}</p>\
         <figure><blockquote><p>We will build it.</p></blockquote><figcaption>The mayor</figcaption></figure>\
         <p>{para}</p><figure><img src=\"/c.jpg\" alt=\"\"><p>The new gate, drawn by the \
         engineers: two steel leaves that swing shut across the harbour mouth when a surge \
         is forecast, and open flat into the quay wall.</p></figure><p>{para}</p></article></body></html>"
    );
    let a = distil::extract(&page, None).unwrap();
    assert!(!a.text.contains("Jane Doe"), "{}", a.text);
    assert!(!a.text.contains("Harbour Board"), "{}", a.text);
    assert!(a.text.contains("We will build it."), "{}", a.text);
    // Longer text in a picture's figure is the figure's own content.
    assert!(a.text.contains("two steel leaves"), "{}", a.text);
    assert!(a.html.contains("Jane Doe"), "{}", a.html);
    let with_captions = Extractor::new(Config::default().with_captions_in_text(true))
        .extract(&page, None)
        .unwrap();
    assert!(
        with_captions.text.contains("Jane Doe"),
        "{}",
        with_captions.text
    );
}

#[test]
fn the_lead_picture_between_headline_and_body_stays() {
    // A news page sets its standfirst (as an <h2>) and its lead picture
    // between the headline and the body's container; neither scores, and
    // both belong to the article.
    let page = include_str!("fixtures/standfirst-heading-and-lead-picture/source.html");
    let a = distil::extract(page, None).unwrap();
    assert!(a.html.contains("presa-valle-de-bravo.jpg"), "{}", a.html);
    assert!(
        a.text.contains("Las lluvias de septiembre elevaron"),
        "{}",
        a.text
    );
}

#[test]
fn a_byline_with_the_writers_role_reads_the_name() {
    // The byline box holds the name, in an element named for it, and the
    // writer's role beside it: the byline is the name alone.
    let para = "The harbour board met on Monday to discuss the plan, which would rebuild the \
                sea wall, widen the quay and add a flood gate, at a cost the town can carry.";
    let page = format!(
        "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>\
         <div class=article__author><span class=article__author-name><a href=/authors/jk>Jan \
         Kowalski</a></span> <span class=article__author-role>Business desk, Harbour \
         Times</span></div>{}</article></body></html>",
        (0..8).map(|_| format!("<p>{para}</p>")).collect::<String>()
    );
    let a = distil::extract(&page, None).unwrap();
    assert_eq!(a.metadata.byline.as_deref(), Some("Jan Kowalski"));
    assert!(!a.text.contains("Business desk"), "{}", a.text);
}

#[test]
fn a_list_numbered_by_its_style_is_an_ordered_list_in_the_html() {
    // The output keeps no inline style, so a `<ul>` whose items are
    // numbered by `list-style-type: decimal` is written as the `<ol>` a
    // reader saw; a list styled with bullets stays a `<ul>`.
    let page = include_str!("fixtures/steps-numbered-by-style/source.html");
    let a = distil::extract(page, None).unwrap();
    let steps = a.html.find("Preheat the oven").expect("steps kept");
    let notes = a.html.find("keeps for three days").expect("notes kept");
    let opened_before = |at: usize, tag: &str| a.html[..at].rfind(tag);
    assert!(
        opened_before(steps, "<ol") > opened_before(steps, "<ul"),
        "{}",
        a.html
    );
    assert!(
        opened_before(notes, "<ul") > opened_before(notes, "<ol"),
        "{}",
        a.html
    );
    assert_eq!(
        a.html.matches("<ol").count(),
        a.html.matches("</ol>").count()
    );
}

#[test]
fn a_ruby_reading_is_bracketed_once_in_text_and_markdown() {
    // A reading without `<rp>` is set in brackets, as `<rp>` sets one; a
    // reading with `<rp>` keeps its own brackets, not two pairs.
    let page = include_str!("fixtures/ruby-readings/source.html");
    let e = distil::Extractor::new(distil::Config::default().with_formats(distil::Formats::ALL));
    let a = e.extract(page, None).unwrap();
    for out in [&a.text, a.markdown.as_ref().unwrap()] {
        assert!(out.contains("杜氏(とうじ)が"), "{out}");
        assert!(out.contains("杜(と)氏(うじ)の"), "{out}");
    }
}

/// The parse leaves out attributes nothing reads (script data, event
/// handlers), but a caller's selector may test any attribute: then every
/// one is kept, and the selector finds what it names.
#[test]
fn selectors_find_the_data_attributes_they_name() {
    use distil::Selector;
    let para = "The harbour board met on Monday to discuss the plan, which would rebuild \
                the old quay and dredge the channel before the winter storms arrive. ";
    let page = format!(
        "<html><body><article data-section=\"news\">\
         <p>{}</p><div data-ad=\"slot-3\"><p>{}</p></div><p>{}</p>\
         </article></body></html>",
        para.repeat(3),
        "Sponsored words about a cruise package that sails every week. ".repeat(4),
        para.repeat(2)
    );
    let with = |config: Config| Extractor::new(config).extract(&page, None).unwrap().text;
    assert!(with(Config::default()).contains("Sponsored words"));
    let prune = Selector::parse("[data-ad]").unwrap();
    let pruned = with(Config::default().with_prune_selector(Some(prune)));
    assert!(!pruned.contains("Sponsored words"), "{pruned}");
    assert!(pruned.contains("harbour board"));
    let content = Selector::parse("div[data-ad^=slot]").unwrap();
    let chosen = with(Config::default().with_content_selector(Some(content)));
    assert!(chosen.contains("Sponsored words"), "{chosen}");
    assert!(!chosen.contains("harbour board"), "{chosen}");
}

/// Bytes that look random (a fixed xorshift stream), as compressed or
/// encrypted data does.
fn noise(len: usize) -> Vec<u8> {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect()
}

#[test]
fn files_that_are_not_pages_are_refused_by_every_entry_point() {
    use distil::FileType;

    let extractor = Extractor::default();
    let not_html = |found| ErrorKind::NotHtml { found };
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec();
    png.extend(noise(5000));
    let mut gzip = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03".to_vec();
    gzip.extend(noise(5000));
    for (bytes, found) in [
        (png, FileType::Image),
        (gzip, FileType::Compressed),
        (noise(20_000), FileType::Binary),
    ] {
        let kind = |e: Error| e.kind();
        let extracted = extractor.extract_bytes(&bytes, None, None).map_err(kind);
        assert_eq!(extracted.err(), Some(not_html(found)));
        let metadata = extractor.metadata_bytes(&bytes, None, None).map_err(kind);
        assert_eq!(metadata.err(), Some(not_html(found)));
        let (explained, _) = extractor.explain_bytes(&bytes, None, None);
        assert_eq!(explained.err().map(kind), Some(not_html(found)));
        assert!(!extractor.is_probably_readerable_bytes(&bytes, None, None));
        // Read into a string by the caller, lossily, they are refused too
        // (a signature with bytes that are not UTF-8 is lost on the way,
        // and the control bytes tell binary data).
        let text = String::from_utf8_lossy(&bytes);
        let extracted = extractor.extract(&text, None).map_err(kind);
        assert!(
            matches!(extracted, Err(ErrorKind::NotHtml { .. })),
            "{extracted:?}"
        );
    }
    // An API's JSON and a site's feed are text, but no page either.
    let story = "A plain sentence of the story, with a clause or two. ".repeat(20);
    let json = format!(r#"{{"items": [{{"title": "A story", "body": "<p>{story}</p>"}}]}}"#);
    let err = extractor.extract(&json, None).unwrap_err();
    assert_eq!(err.kind(), not_html(FileType::Json));
    let feed = format!(
        r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
        <item><title>A story</title><description>{story}</description></item></channel></rss>"#
    );
    let err = extractor
        .extract_bytes(feed.as_bytes(), None, None)
        .unwrap_err();
    assert_eq!(err.kind(), not_html(FileType::Feed));
    assert_eq!(
        err.to_string(),
        "not a web page: the input is a news feed (RSS or Atom)"
    );
    // Even a PDF that reads as text for its first lines.
    let pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".repeat(50);
    let err = extractor.extract(&pdf, None).unwrap_err();
    assert_eq!(err.kind(), not_html(FileType::Pdf));
    assert_eq!(
        err.to_string(),
        "not a web page: the input is a PDF document"
    );
}

#[test]
fn a_page_with_stray_nul_bytes_or_in_utf16_without_a_bom_is_read() {
    let story = "A plain sentence of the story, with a clause or two. ".repeat(20);
    let page =
        format!("<html><body><article><p>{story}\0</p><p>\0{story}</p></article></body></html>");
    let article = distil::extract(&page, None).expect("two NULs make no binary file");
    assert!(article.text.starts_with("A plain sentence"));
    let utf16: Vec<u8> = page.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let article = distil::extract_bytes(&utf16, None, None).expect("UTF-16LE is text");
    assert!(article.text.starts_with("A plain sentence"));
    let encoding = article.encoding.expect("bytes report their encoding");
    assert_eq!(encoding.name, "UTF-16LE");
}

#[test]
fn a_not_found_page_or_a_bot_check_has_no_article() {
    let page = |title: &str, body: &str| {
        format!(
            "<html><head><title>{title}</title></head><body><header><nav>\
             <a href=/>Home</a> <a href=/news>News</a></nav></header>\
             <main>{body}</main><footer>© 2025 The Post</footer></body></html>"
        )
    };
    for (title, body) in [
        (
            "Page not found | The Post",
            "<h1>Page not found</h1><p>Sorry, the page you were looking for could not be \
             found. It may have been moved or deleted.</p><p>Try the <a href=/>home page</a>.</p>",
        ),
        (
            "Just a moment...",
            "<h1>www.example.com</h1><h2>Checking if the site connection is secure</h2>\
             <p>www.example.com needs to review the security of your connection before \
             proceeding.</p>",
        ),
        (
            "example-domain.com",
            "<h1>example-domain.com</h1><p>This domain is for sale! Make an offer today \
             and own this premium name.</p><p><a href=/buy>Buy this domain</a></p>",
        ),
        (
            "Sign in | The Post",
            "<h1>Sign in to continue</h1><p>You must be logged in to view this page. \
             Please sign in with your account, or create one for free.</p>\
             <form action=/login><input name=email><button>Sign in</button></form>",
        ),
        (
            "Redirecting…",
            "<h1>Redirecting…</h1><a href=https://example.org/new/>Click here if you \
             are not redirected.</a>",
        ),
        (
            "Nothing found | The Post",
            "<h1>Oops! That page can’t be found.</h1><p>It looks like nothing was found \
             at this location. Maybe try a search?</p><form><input name=s></form>",
        ),
        (
            "Oops | The Post",
            "<h1>Oops! That page can’t be found.</h1><p>Maybe try one of the links \
             below, or a search?</p>",
        ),
        (
            "Seite nicht gefunden",
            "<h1>Fehler 404</h1><p>Die gesuchte Seite gibt es leider nicht mehr. Vielleicht \
             hilft Ihnen die Suche weiter.</p>",
        ),
    ] {
        let err = distil::extract(&page(title, body), None).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NoContent, "{title}");
    }
    // An article about such pages is longer than the notice, and a brief
    // that says something was not found is no notice.
    let story = "<h1>Why a page goes missing</h1>".to_string()
        + &"<p>When a site is rebuilt, old addresses often show a page not found \
            notice instead of the story, and readers who followed a link are lost, \
            which is why archives keep redirects for years.</p>"
            .repeat(4);
    let article = distil::extract(&page("Why a page goes missing", &story), None)
        .expect("an article about missing pages");
    assert!(article.text.contains("page not found"));
    let brief = "<p>The missing hiker was not found on Tuesday, and the search \
                 resumes at dawn with two helicopters and a team of volunteers.</p>";
    let extractor = Extractor::new(Config::default().with_char_threshold(50));
    assert!(
        extractor
            .extract(&page("Search resumes", brief), None)
            .is_ok()
    );
}

#[test]
fn plain_text_comes_out_in_its_paragraphs() {
    let para = |n: &str| {
        format!(
            "The {n} paragraph of a text file, wrapped\nat its width as text files are, \
             with AT&T and 1 < 2 in it, and words enough to be read as prose."
        )
    };
    let text = format!(
        "{}\n\n{}\n\n{}\n",
        para("first"),
        para("second"),
        para("third")
    );
    let extractor = Extractor::new(Config::default().with_char_threshold(100));
    let article = extractor
        .extract_bytes(text.as_bytes(), Some("text/plain; charset=utf-8"), None)
        .expect("plain text is read");
    let paragraphs: Vec<&str> = article.text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 3, "{:?}", article.text);
    assert!(paragraphs[0].starts_with("The first paragraph of a text file, wrapped at its"));
    assert!(paragraphs[1].contains("with AT&T and 1 < 2 in it"));
    assert_eq!(article.html.matches("<p>").count(), 3, "{}", article.html);
}

#[test]
fn an_excerpt_from_the_first_paragraph_keeps_its_line_breaks_as_spaces() {
    let para = "The harbour board met on Monday to discuss the plan, which would rebuild the \
                sea wall, widen the quay and add a flood gate, at a cost the town can carry.";
    let page = format!(
        "<html><body><article><p>Lorem ipsum<br>dolor sit amet, the board said on \
         <b>Monday</b><br><i>after</i> the vote on the sea wall and the new quay.</p>{}</article></body></html>",
        format!("<p>{para}</p>").repeat(6)
    );
    let extractor = Extractor::default();
    let article = extractor.extract(&page, None).expect("an article");
    let metadata = extractor.metadata(&page, None).expect("metadata");
    // Both ways to the metadata read the paragraph alike.
    for excerpt in [article.excerpt(), metadata.excerpt.as_deref()] {
        let excerpt = excerpt.expect("an excerpt from the first paragraph");
        assert!(
            excerpt.starts_with(
                "Lorem ipsum dolor sit amet, the board said on Monday after the vote on the"
            ),
            "{excerpt:?}"
        );
    }
}
