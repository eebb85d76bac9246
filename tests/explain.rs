//! The explanation of an extraction: the outline names the signal behind
//! each drop, the annotated page parses and carries one labelled outline per
//! decision, and asking for an explanation never changes the article.

use std::path::{Path, PathBuf};

use distil::Extractor;
use distil::explain::{Decision, Explanation};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

fn read(path: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned()
}

fn sample_page() -> String {
    read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/pages/news-article.html"))
}

fn explain(html: &str) -> Explanation {
    let (article, why) = Extractor::default().explain(html, None);
    article.expect("an article");
    why
}

/// The dropped block whose path ends with `needle`, with its reason and signal.
#[track_caller]
fn dropped<'a>(why: &'a Explanation, needle: &str) -> (&'a str, &'a str) {
    let block = why
        .blocks
        .iter()
        .find(|b| b.path.ends_with(needle) || b.path.contains(&format!("{needle} ")))
        .unwrap_or_else(|| panic!("no block {needle} in\n{}", why.outline(false)));
    assert_eq!(
        block.decision,
        Decision::Dropped,
        "{needle}: {}",
        block.reason
    );
    (block.reason.as_str(), block.signal.as_deref().unwrap_or(""))
}

#[test]
fn sample_page_drops_name_their_signals() {
    let why = explain(&sample_page());
    let (_, signal) = dropped(&why, "div.newsletter-signup:nth-of-type(2)");
    assert!(signal.contains("newsletter"), "{signal}");
    let (reason, signal) = dropped(&why, "div.promo-box:nth-of-type(1)");
    assert!(
        reason.contains("negative") && signal.contains("promo"),
        "{reason} {signal}"
    );
    let (_, signal) = dropped(&why, "section.related-articles");
    assert!(signal.contains("related"), "{signal}");
    let (_, signal) = dropped(&why, "div.author-bio:nth-of-type(3)");
    assert!(signal.contains("author bio"), "{signal}");
    let (reason, signal) = dropped(&why, "div.cookie-banner:nth-of-type(2)");
    assert!(
        reason.contains("consent") && signal.contains("cookie"),
        "{reason} {signal}"
    );
}

#[test]
fn unnamed_boilerplate_is_named_by_its_words() {
    let html =
        read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/explain/unnamed-boilerplate.html"));
    let (article, why) = Extractor::default().explain(&html, None);
    let article = article.unwrap();
    assert!(article.text.contains("raft race alone drew forty crews"));
    for gone in [
        "weekly newsletter",
        "Related stories",
        "Lantern makers",
        "We use cookies",
    ] {
        assert!(!article.text.contains(gone), "{gone} kept");
    }
    let signals: Vec<&str> = why
        .blocks
        .iter()
        .filter(|b| b.decision == Decision::Dropped)
        .filter_map(|b| b.signal.as_deref())
        .collect();
    for family in ["subscribe", "related", "cookie consent"] {
        assert!(
            signals.iter().any(|s| s.starts_with(family)),
            "no {family} signal in {signals:?}\n{}",
            why.outline(false)
        );
    }
}

#[test]
fn a_repeated_section_is_named_as_a_copy() {
    let html = read(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/product-description-shown-twice/source.html"),
    );
    let why = explain(&html);
    let (_, signal) = dropped(&why, "div.product-details:nth-of-type(2)");
    assert!(
        signal.contains("a copy of the section just before it"),
        "{signal}"
    );
}

#[test]
fn outline_marks_every_block_once() {
    let why = explain(&sample_page());
    let outline = why.outline(false);
    let lines = outline
        .lines()
        .filter(|l| l.starts_with(['+', '-', ' ']))
        .count();
    assert_eq!(lines, why.blocks.len());
    assert!(outline.contains("attempt: strict"));
    let colored = why.outline(true);
    assert!(colored.contains("\u{1b}[32m") && colored.contains("\u{1b}[31m"));
}

fn elements(handle: &Handle, out: &mut Vec<Handle>) {
    let mut stack = vec![handle.clone()];
    while let Some(h) = stack.pop() {
        for c in h.children.borrow().iter().rev() {
            stack.push(c.clone());
        }
        if let NodeData::Element { .. } = h.data {
            out.push(h);
        }
    }
}

fn attr(h: &Handle, name: &str) -> Option<String> {
    match &h.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| &*a.name.local == name)
            .map(|a| a.value.to_string()),
        _ => None,
    }
}

#[test]
fn annotated_page_parses_with_one_labelled_outline_per_decision() {
    let why = explain(&sample_page());
    let dom =
        html5ever::parse_document(RcDom::default(), Default::default()).one(why.page.as_str());
    let mut all = Vec::new();
    elements(&dom.document, &mut all);
    let marked: Vec<&Handle> = all
        .iter()
        .filter(|h| attr(h, "data-distil").is_some())
        .collect();
    assert_eq!(marked.len(), why.blocks.len());
    for h in &marked {
        let label = attr(h, "title").unwrap_or_default();
        let kind = attr(h, "data-distil").unwrap();
        assert!(label.starts_with(&kind), "{kind}: {label}");
    }
    assert!(
        all.iter()
            .any(|h| attr(h, "id").as_deref() == Some("distil-legend"))
    );
    // Safe to open: no scripts, no handlers.
    for h in &all {
        if let NodeData::Element { name, attrs, .. } = &h.data {
            assert_ne!(&*name.local, "script");
            assert!(
                attrs
                    .borrow()
                    .iter()
                    .all(|a| !a.name.local.starts_with("on"))
            );
        }
    }
}

#[test]
fn annotated_page_keeps_the_pages_own_style_sheets() {
    let prose = "A long paragraph of plain prose, with commas, clauses and detail. ".repeat(12);
    let html = format!(
        "<html><head><style>.lead {{ color: #123456 }}</style>\
         <script>var tracker = 'not shown';</script></head>\
         <body><article><p class=lead>{prose}</p></article></body></html>"
    );
    let why = explain(&html);
    assert!(
        why.page.contains(".lead { color: #123456 }"),
        "{}",
        why.page
    );
    assert!(!why.page.contains("not shown"));
}

/// Every saved page of the shared corpora, when they are present.
fn corpus_pages() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut pages = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "html")
                && !path.ends_with("expected.html")
            {
                pages.push(path);
            }
        }
    }
    pages.sort();
    pages
}

#[test]
fn explaining_never_changes_the_article_and_names_every_check() {
    let pages = corpus_pages();
    if pages.is_empty() {
        eprintln!("../shared/corpus is not here; nothing to compare");
        return;
    }
    // No clock: a loaded machine must not turn one of the two runs into a
    // timeout; the comparison is about the decisions.
    let extractor = Extractor::new(distil::Config::default().with_time_budget(None));
    let chunks: Vec<&[PathBuf]> = pages.chunks(pages.len().div_ceil(2)).collect();
    std::thread::scope(|s| {
        for chunk in chunks {
            let extractor = &extractor;
            s.spawn(move || {
                for page in chunk {
                    let html = read(page);
                    let plain = extractor.extract(&html, None);
                    let (explained, why) = extractor.explain(&html, None);
                    assert_eq!(plain, explained, "{}", page.display());
                    // Every conditional drop names the check it failed.
                    let silent = why
                        .blocks
                        .iter()
                        .find(|b| b.reason.contains("unknown check"));
                    assert!(silent.is_none(), "{}: {silent:?}", page.display());
                }
            });
        }
    });
}

#[test]
fn the_extent_says_how_far_the_article_reaches() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let thread = explain(&read(&fixtures.join("comment-thread-page/source.html")));
    assert!(thread.outline(false).contains("extent: the comment thread"));
    let fixture = |name: &str| read(&fixtures.join(name).join("source.html"));
    for (page, extent) in [
        (fixture("comment-thread-page"), "the comment thread"),
        (sample_page(), "the best candidate"),
        (fixture("product-tabs"), "the page's main region"),
        (
            fixture("service-page-sections"),
            "a container around the best candidate",
        ),
        (
            fixture("landing-page-sections"),
            "the whole body around the best candidate",
        ),
    ] {
        let explained = explain(&page);
        assert!(explained.extent.starts_with(extent), "{}", explained.extent);
    }
    let post = explain(&fixture("author-box-tail"));
    assert_eq!(
        post.extent,
        "the best candidate and 1 sibling that belongs with it"
    );
}

#[test]
fn a_page_without_an_article_says_why_and_keeps_nothing() {
    let teaser = |i: usize| {
        format!(
            "<li><a href=\"/story/{i}\"><h3>Story number {i} of the week</h3>\
             <p>A short teaser for story {i}, wrapped whole in its link.</p></a></li>"
        )
    };
    let items: String = (0..30).map(teaser).collect();
    let html = format!(
        "<html><head><title>Latest stories</title></head><body>\
         <main><h1>Latest stories</h1><ul class=\"stories\">{items}</ul></main></body></html>"
    );
    let (article, why) = Extractor::default().explain(&html, None);
    let err = article.expect_err("a page of teasers holds no article");
    assert_eq!(err.kind(), distil::ErrorKind::NoContent);
    assert!(
        why.extent.starts_with("none: no article") && why.extent.contains("list of links"),
        "{}",
        why.extent
    );
    assert!(!why.blocks.is_empty(), "the refused attempt is still shown");
    assert!(
        why.blocks.iter().all(|b| b.decision != Decision::Kept),
        "{}",
        why.outline(false)
    );
    assert!(
        why.blocks.iter().any(|b| b
            .reason
            .starts_with("no article: the best candidate is a list of links")),
        "{}",
        why.outline(false)
    );
}

#[test]
fn the_explanation_says_what_the_selectors_did() {
    use distil::{Config, Selector};
    let page = sample_page();
    let plain = explain(&page);
    assert_eq!(plain.selectors, "");
    assert!(!plain.outline(false).contains("selectors:"));
    let config = Config::default()
        .with_prune_selector(Some(Selector::parse("nav, footer").unwrap()))
        .with_content_selector(Some(Selector::parse("div.no-such-thing").unwrap()));
    let (article, why) = Extractor::new(config).explain(&page, None);
    article.expect("the page is read whole");
    assert!(
        why.selectors.contains("prune selector took out"),
        "{}",
        why.selectors
    );
    assert!(
        why.selectors
            .contains("matched nothing in the body, so the page was read whole"),
        "{}",
        why.selectors
    );
    assert!(why.outline(false).contains("selectors: the prune selector"));
    let config = Config::default().with_content_selector(Some(Selector::parse("article").unwrap()));
    let (_, why) = Extractor::new(config).explain(&page, None);
    assert!(
        why.selectors
            .starts_with("the content selector matched 1 element"),
        "{}",
        why.selectors
    );
}

#[test]
fn every_conditional_drop_names_its_check() {
    // Post heads given back as a run of stamps drop their bare "#n" links;
    // like every other conditional drop, each says which check it failed.
    let post = |i: usize| {
        format!(
            "<div class=\"post\"><div class=\"post_head\"><div class=\"float_right\"></div>\
             <span class=\"post_date\"><a href=\"#p{i}\">#{i}</a> 2019-02-2{i}, 09:14 PM</span>\
             </div><br><div class=\"post_body\">Reply number {i} to the question, with enough \
             words in it to count as a post of its own in this thread.</div></div>"
        )
    };
    let posts: String = (1..=4).map(post).collect();
    let html = format!(
        "<html><head><title>A thread</title></head><body>\
         <div id=\"posts\">{posts}</div></body></html>"
    );
    let why = explain(&html);
    let conditional: Vec<_> = why
        .blocks
        .iter()
        .filter(|b| b.reason.starts_with("failed the conditional checks"))
        .collect();
    assert!(!conditional.is_empty(), "{}", why.outline(false));
    for block in conditional {
        assert!(
            !block.reason.contains("unknown check"),
            "{}: {}",
            block.path,
            block.reason
        );
    }
}

#[test]
fn a_preview_card_inside_the_text_is_named_a_teaser() {
    let html = read(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/headed-teaser-box-in-text/source.html"),
    );
    let why = explain(&html);
    let (reason, signal) = dropped(&why, "div.contentbox:nth-of-type(1)");
    assert!(reason.contains("boilerplate"), "{reason}");
    assert!(signal.contains("preview card"), "{signal}");
}

/// The report serialises whole, each decision by name, so a pipeline can
/// keep why each block went beside the article.
#[cfg(feature = "serde")]
#[test]
fn the_explanation_serialises_every_decision() {
    let why = explain(&sample_page());
    let json = serde_json::to_value(&why).unwrap();
    let blocks = json["blocks"].as_array().expect("blocks");
    assert_eq!(blocks.len(), why.blocks.len());
    for (value, block) in blocks.iter().zip(&why.blocks) {
        let name = match block.decision {
            Decision::Kept => "kept",
            Decision::Dropped => "dropped",
            Decision::Container => "container",
            other => panic!("a decision without a name: {other:?}"),
        };
        assert_eq!(value["decision"], name, "{}", block.path);
        assert_eq!(value["path"], block.path.as_str());
        assert_eq!(value["reason"], block.reason.as_str());
        assert_eq!(value["text_len"], block.text_len);
        assert!(value.get("node").is_none(), "the tree is private");
    }
    let (_, signal) = dropped(&why, "div.newsletter-signup:nth-of-type(2)");
    assert!(
        blocks.iter().any(|b| b["signal"] == signal),
        "the signals travel: {signal}"
    );
    let candidates = json["candidates"].as_array().expect("candidates");
    assert_eq!(candidates.len(), why.candidates.len());
    assert_eq!(candidates[0]["path"], why.candidates[0].path.as_str());
    assert!(candidates[0]["score"].as_f64().is_some_and(|s| s > 0.0));
    assert_eq!(json["attempt"], why.attempt.as_str());
    assert_eq!(json["page"], why.page.as_str());
}
