//! Addresses in the output: links, images, `srcset`s, posters and players
//! resolve against the page's `<base href>` (itself resolved against the
//! page URL) or the page URL; fragment-only links stay as they are; lazy
//! images get their real address; iframes only from allowed video hosts.

use distil::{Config, Extractor, Formats, Url};

const PROSE: &str = "The harbour trust met on Thursday evening to decide how the restored \
    lighthouse lens should be shown to visitors, and after a long discussion about insurance, \
    staffing and the weather, the members agreed to open the tower once a month to groups.";

fn extract_with(config: Config, head: &str, body: &str, page: Option<&str>) -> distil::Article {
    let html = format!(
        "<html><head><title>Lighthouse</title>{head}</head><body><article>\
         <p>{PROSE}</p>{body}<p>{PROSE}</p></article></body></html>"
    );
    let url = page.map(|u| Url::parse(u).unwrap());
    Extractor::new(config.with_formats(Formats::ALL))
        .extract(&html, url.as_ref())
        .unwrap()
}

fn extract(head: &str, body: &str, page: Option<&str>) -> distil::Article {
    extract_with(Config::default(), head, body, page)
}

const LINKS: &str = r##"<p>See <a href="plans/wall.html">the plans</a>,
    <a href="/about">about us</a>, <a href="#note-1">note 1</a>,
    <a href="//cdn.example.net/report.pdf">the report</a> and
    <a href="https://other.example/x">elsewhere</a>.</p>
    <p><img src="img/lens.jpg" srcset="img/lens-1x.jpg 1x, img/lens-2x.jpg 2x" alt="Lens">
    <img src="//cdn.example.net/tower.jpg" srcset="/w/480.jpg 480w, /w/1200.jpg 1200w" sizes="50vw" alt="Tower"></p>
    <video src="media/tour.mp4" poster="media/poster.jpg" controls></video>"##;

#[test]
fn without_any_base_urls_stay_as_written() {
    let a = extract("", LINKS, None);
    for expected in [
        r#"href="plans/wall.html""#,
        r#"href="/about""#,
        r##"href="#note-1""##,
        r#"href="//cdn.example.net/report.pdf""#,
        r#"src="img/lens.jpg""#,
        r#"srcset="img/lens-1x.jpg 1x, img/lens-2x.jpg 2x""#,
    ] {
        assert!(a.html.contains(expected), "{expected} in {}", a.html);
    }
}

#[test]
fn the_page_url_resolves_everything_but_fragments() {
    let a = extract("", LINKS, Some("https://news.example/2025/05/story.html"));
    for expected in [
        r#"href="https://news.example/2025/05/plans/wall.html""#,
        r#"href="https://news.example/about""#,
        r##"href="#note-1""##,
        r#"href="https://cdn.example.net/report.pdf""#,
        r#"href="https://other.example/x""#,
        r#"src="https://news.example/2025/05/img/lens.jpg""#,
        r#"srcset="https://news.example/2025/05/img/lens-1x.jpg 1x, https://news.example/2025/05/img/lens-2x.jpg 2x""#,
        r#"src="https://cdn.example.net/tower.jpg""#,
        r#"srcset="https://news.example/w/480.jpg 480w, https://news.example/w/1200.jpg 1200w""#,
        r#"sizes="50vw""#,
        r#"src="https://news.example/2025/05/media/tour.mp4""#,
        r#"poster="https://news.example/2025/05/media/poster.jpg""#,
    ] {
        assert!(a.html.contains(expected), "{expected} in {}", a.html);
    }
    let md = a.markdown.unwrap();
    assert!(
        md.contains("[the plans](https://news.example/2025/05/plans/wall.html)"),
        "{md}"
    );
    assert!(md.contains("[note 1](#note-1)"), "{md}");
    assert!(
        md.contains("![Lens](https://news.example/2025/05/img/lens.jpg)"),
        "{md}"
    );
}

#[test]
fn an_absolute_base_wins_over_the_page_url() {
    let head = r#"<base href="https://static.example/assets/">"#;
    for page in [None, Some("https://news.example/2025/05/story.html")] {
        let a = extract(head, LINKS, page);
        assert!(
            a.html
                .contains(r#"href="https://static.example/assets/plans/wall.html""#),
            "{}",
            a.html
        );
        assert!(a.html.contains(r#"href="https://static.example/about""#));
        assert!(a.html.contains(r##"href="#note-1""##));
        assert!(
            a.html
                .contains(r#"src="https://static.example/assets/img/lens.jpg""#),
            "{}",
            a.html
        );
    }
}

#[test]
fn a_relative_base_resolves_against_the_page_url() {
    let a = extract(
        r#"<base href="../media/">"#,
        LINKS,
        Some("https://news.example/2025/05/story.html"),
    );
    assert!(
        a.html
            .contains(r#"src="https://news.example/2025/media/img/lens.jpg""#),
        "{}",
        a.html
    );
    assert!(a.html.contains(r#"href="https://news.example/about""#));
    // Without a page URL a relative base cannot be resolved: links stay.
    let a = extract(r#"<base href="../media/">"#, LINKS, None);
    assert!(a.html.contains(r#"href="plans/wall.html""#), "{}", a.html);
}

#[test]
fn an_unsafe_base_is_ignored() {
    let a = extract(
        r#"<base href="javascript:alert(1)//">"#,
        LINKS,
        Some("https://news.example/story.html"),
    );
    assert!(
        a.html
            .contains(r#"href="https://news.example/plans/wall.html""#),
        "{}",
        a.html
    );
    assert!(!a.html.contains("javascript"));
}

#[test]
fn lazy_images_get_their_real_address() {
    let body = r#"<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
        data-src="/photos/lens.jpg" data-srcset="/photos/lens-800.jpg 800w, /photos/lens-1600.jpg 1600w"
        alt="The lens"><figcaption>The lens.</figcaption></figure>
        <p><img class="lazyload" src="/img/placeholder.png" data-original="/photos/tower.jpg" alt="Tower"></p>
        <picture><source data-srcset="/photos/keeper.webp 1x, /photos/keeper@2x.webp 2x" type="image/webp">
        <img alt="The keeper"></picture>"#;
    let a = extract("", body, Some("https://news.example/story.html"));
    for expected in [
        r#"src="https://news.example/photos/lens.jpg""#,
        r#"srcset="https://news.example/photos/lens-800.jpg 800w, https://news.example/photos/lens-1600.jpg 1600w""#,
        r#"src="https://news.example/photos/tower.jpg""#,
        r#"srcset="https://news.example/photos/keeper.webp 1x, https://news.example/photos/keeper@2x.webp 2x""#,
        r#"src="https://news.example/photos/keeper@2x.webp""#,
    ] {
        assert!(a.html.contains(expected), "{expected} in {}", a.html);
    }
    assert!(!a.html.contains("data:image/gif"), "{}", a.html);
    assert!(!a.html.contains("placeholder.png"), "{}", a.html);
    let md = a.markdown.unwrap();
    assert!(
        md.contains("![The lens](https://news.example/photos/lens.jpg)"),
        "{md}"
    );
    assert!(
        md.contains("![The keeper](https://news.example/photos/keeper@2x.webp)"),
        "{md}"
    );
}

const PLAYERS: &str = r#"<p><iframe src="https://www.youtube.com/embed/abc" width="560" height="315" allowfullscreen></iframe></p>
    <p><iframe src="//player.vimeo.com/video/123"></iframe></p>
    <p><iframe src="https://ads.example/frame"></iframe></p>"#;

#[test]
fn only_players_from_allowed_hosts_are_embedded() {
    let a = extract("", PLAYERS, Some("https://news.example/story.html"));
    assert!(
        a.html.contains(r#"<iframe src="https://www.youtube.com/embed/abc" width="560" height="315" allowfullscreen="">"#),
        "{}",
        a.html
    );
    assert!(
        a.html
            .contains(r#"src="https://player.vimeo.com/video/123""#)
    );
    assert!(!a.html.contains("ads.example"), "{}", a.html);
    let md = a.markdown.unwrap();
    assert!(md.contains("(https://www.youtube.com/embed/abc)"), "{md}");
}

#[test]
fn the_video_host_list_is_configurable() {
    let only_vimeo = Config::default().with_video_hosts(["player.vimeo.com"]);
    let a = extract_with(
        only_vimeo,
        "",
        PLAYERS,
        Some("https://news.example/story.html"),
    );
    assert!(!a.html.contains("youtube"), "{}", a.html);
    assert!(a.html.contains("player.vimeo.com"), "{}", a.html);
    let none = Config::default().with_video_hosts(Vec::<String>::new());
    let a = extract_with(none, "", PLAYERS, Some("https://news.example/story.html"));
    assert!(!a.html.contains("<iframe"), "{}", a.html);
}

#[test]
fn classes_are_kept_only_on_request() {
    let body = r#"<p class="lede" style="color:red" align="center">A styled paragraph.</p>"#;
    let a = extract("", body, None);
    assert!(a.html.contains("<p>A styled paragraph.</p>"), "{}", a.html);
    let a = extract_with(Config::default().with_keep_classes(true), "", body, None);
    assert!(
        a.html
            .contains(r#"<p class="lede">A styled paragraph.</p>"#),
        "{}",
        a.html
    );
}

#[test]
fn added_video_hosts_are_embedded() {
    let body = r#"<div><iframe src="https://videos.example/embed/42"></iframe></div>"#;
    let a = extract("", body, Some("https://news.example/story.html"));
    assert!(!a.html.contains("videos.example"), "{}", a.html);
    let config = Config::default().with_video_hosts(["youtube.com", "videos.example"]);
    let a = extract_with(config, "", body, Some("https://news.example/story.html"));
    assert!(
        a.html
            .contains(r#"<iframe src="https://videos.example/embed/42">"#),
        "{}",
        a.html
    );
}

#[test]
fn a_players_fallback_text_is_never_written() {
    let a = extract(
        "",
        r#"<video src="media/tour.mp4" controls>Your browser does not support the video tag.</video>
        <audio controls><source src="media/talk.mp3" type="audio/mpeg"><track kind="captions" src="media/talk.vtt">
        <p>Your browser cannot play this recording.</p></audio>"#,
        Some("https://news.example/story.html"),
    );
    for format in [&a.text, &a.html, a.markdown.as_ref().unwrap()] {
        assert!(!format.contains("browser"), "{format}");
    }
    // The players themselves, with their sources and tracks, stay.
    for kept in [
        r#"src="https://news.example/media/tour.mp4""#,
        r#"src="https://news.example/media/talk.mp3""#,
        r#"src="https://news.example/media/talk.vtt""#,
    ] {
        assert!(a.html.contains(kept), "{kept} in {}", a.html);
    }
}
