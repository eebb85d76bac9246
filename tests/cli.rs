//! The example binary end to end: `--output DIR` writes one file per page in
//! the chosen format, and failures are reported per page.

use std::path::Path;
use std::process::Command;

fn distil(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "distil", "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs")
}

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/pages/news-article.html"
);
const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/blog-entry-content/source.html"
);

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("distil-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// A paragraph of the small test stories below.
const STORY: &str = "<p>The harbour wall was rebuilt over the winter, stone by stone, \
    by a crew of eleven masons who worked through the storms.</p>";

/// Writes `html` as `page.html` in a fresh temporary folder; returns the
/// folder (to remove) and the page's path.
fn page_file(name: &str, html: &str) -> (std::path::PathBuf, String) {
    let dir = temp_dir(name);
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("page.html");
    std::fs::write(&page, html).unwrap();
    let page = page.to_str().unwrap().to_owned();
    (dir, page)
}

#[test]
fn output_dir_gets_one_markdown_file_per_page() {
    let dir = temp_dir("md");
    let out = distil(&[
        "--format",
        "markdown",
        "--output",
        dir.to_str().unwrap(),
        SAMPLE,
        FIXTURE,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files.iter().all(|f| f.ends_with(".md")), "{files:?}");
    let news = std::fs::read_to_string(dir.join("news-article.md")).unwrap();
    assert!(news.contains("Residents of Porthmere voted on Monday"));
    assert!(!news.contains("Subscribe to The Morning Ledger"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn output_dir_gets_one_json_object_per_page() {
    let dir = temp_dir("json");
    let out = distil(&[
        "--format",
        "json",
        "--output",
        dir.to_str().unwrap(),
        SAMPLE,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let raw = std::fs::read_to_string(dir.join("news-article.json")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(
        value["title"],
        "Harbour town votes to rebuild its flood wall"
    );
    assert!(value["error"].is_null());
    // The fingerprint is written in hexadecimal: a JSON number would lose
    // digits above 2^53 in many readers.
    let fingerprint = value["fingerprint"].as_str().unwrap_or_default();
    assert_eq!(fingerprint.len(), 16, "{fingerprint:?}");
    assert!(u64::from_str_radix(fingerprint, 16).is_ok_and(|f| f != 0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_file_is_reported_and_the_batch_goes_on() {
    let missing = "/nonexistent/page.html";
    let out = distil(&["--format", "json", missing, SAMPLE]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(missing), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["error"].is_string());
    // Read failures carry no library kind.
    assert!(lines[0].get("error_kind").is_none(), "{}", lines[0]);
    assert_eq!(lines[1]["path"], SAMPLE);
    assert!(lines[1]["error"].is_null());
    assert!(lines[1].get("error_kind").is_none(), "{}", lines[1]);
    assert!(Path::new(SAMPLE).exists());
}

#[test]
fn captions_reach_the_plain_text_only_when_asked() {
    let html = format!(
        "<html><body><article>{}<figure><img src=\"wall.jpg\">\
         <figcaption>The new wall at low tide.</figcaption></figure>{}</article></body></html>",
        STORY.repeat(4),
        STORY.repeat(4)
    );
    let (dir, page) = page_file("captions", &html);
    let page = page.as_str();

    let plain = distil(&[page]);
    assert!(plain.status.success());
    let plain = String::from_utf8_lossy(&plain.stdout);
    assert!(plain.contains("masons"), "{plain}");
    assert!(!plain.contains("The new wall at low tide."), "{plain}");

    let with = distil(&["--captions", page]);
    assert!(with.status.success());
    let with = String::from_utf8_lossy(&with.stdout);
    assert!(with.contains("The new wall at low tide."), "{with}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn selectors_steer_the_extraction_and_bad_ones_are_refused() {
    let other = "<p>Elsewhere in the county, a long report on the new ferry timetable, \
        with its many changes, delays, and the reasons the operator gave for them.</p>";
    let html = format!(
        "<html><body><div class=\"story\">{}<div class=\"promo\"><p>Masons wanted: \
         apply by Friday, with references, to the harbour office.</p></div></div>\
         <div class=\"elsewhere\">{}</div></body></html>",
        STORY.repeat(3),
        other.repeat(6)
    );
    let (dir, page) = page_file("selectors", &html);
    let page = page.as_str();

    // Left to itself, the extractor takes the longer block.
    let plain = distil(&[page]);
    assert!(String::from_utf8_lossy(&plain.stdout).contains("ferry"));

    let steered = distil(&["--content", "div.story", "--prune", ".promo", page]);
    assert!(steered.status.success());
    let steered = String::from_utf8_lossy(&steered.stdout);
    assert!(steered.contains("eleven masons"), "{steered}");
    assert!(!steered.contains("ferry"), "{steered}");
    assert!(!steered.contains("Masons wanted"), "{steered}");

    let bad = distil(&["--prune", "p:first-child", page]);
    assert_eq!(bad.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.contains("pseudo-classes are not supported"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn comments_follow_the_article_when_asked_for() {
    let html = format!(
        "<html><body><article>{}</article><div id=\"comments\"><ol class=\"comment-list\">\
         <li class=\"comment\"><div class=\"comment-content\"><p>Lovely work by the masons, \
         the wall looks better than ever.</p></div></li></ol></div></body></html>",
        STORY.repeat(4)
    );
    let (dir, page) = page_file("comments", &html);
    let page = page.as_str();

    let plain = String::from_utf8_lossy(&distil(&[page]).stdout).into_owned();
    assert!(!plain.contains("Lovely work"), "{plain}");

    let text = String::from_utf8_lossy(&distil(&["--comments", page]).stdout).into_owned();
    let (article, comments) = text
        .split_once("Comments\n--------\n")
        .expect("a comments part");
    assert!(article.contains("eleven masons"));
    assert!(comments.contains("Lovely work by the masons"), "{comments}");

    let json = distil(&["--comments", "--format", "json", page]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(
        v["comments"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Lovely work")
    );
    assert!(
        v["comments"]["html"]
            .as_str()
            .unwrap()
            .contains("<p>Lovely work")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn explain_in_json_gives_one_object_per_page_with_every_decision() {
    let (dir, teasers) = page_file(
        "explain-json",
        &format!(
            "<html><body><main><ul>{}</ul></main></body></html>",
            (0..30)
                .map(|i| format!("<li><a href=\"/s/{i}\">Story number {i} of the week</a></li>"))
                .collect::<String>()
        ),
    );
    let out = distil(&[
        "--explain",
        "--format",
        "json",
        "--jobs",
        "2",
        SAMPLE,
        &teasers,
    ]);
    assert!(!out.status.success(), "the page of teasers has no article");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    let (article, refused) = (&lines[0], &lines[1]);
    assert_eq!(article["path"], SAMPLE);
    assert!(article["length"].as_u64().is_some_and(|n| n > 500));
    assert!(article["error"].is_null());
    assert_eq!(article["attempt"], "strict");
    let blocks = article["blocks"].as_array().unwrap();
    assert!(blocks.iter().any(|b| b["decision"] == "kept"));
    assert!(
        blocks
            .iter()
            .any(|b| b["decision"] == "dropped" && b["signal"].is_string())
    );
    assert!(
        article.get("page").is_none(),
        "the annotated page is --explain-html's"
    );
    assert_eq!(refused["path"], teasers.as_str());
    assert!(refused.get("length").is_none());
    assert!(refused["error"].as_str().is_some_and(|e| !e.is_empty()));
    assert_eq!(refused["error_kind"], "no-content");
    assert!(refused.get("file_type").is_none());
    assert!(article.get("error_kind").is_none());
    assert!(
        refused["extent"]
            .as_str()
            .is_some_and(|e| e.starts_with("none"))
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn markdown_opens_with_front_matter_when_asked() {
    let out = distil(&["--format", "markdown", "--front-matter", SAMPLE]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let block = stdout
        .strip_prefix("---\n")
        .expect("the block opens the page");
    let (fields, body) = block.split_once("\n---\n").expect("the block closes");
    let fields: Vec<(&str, serde_json::Value)> = fields
        .lines()
        .map(|l| {
            let (key, value) = l.split_once(": ").unwrap();
            (key, serde_json::from_str(value).unwrap())
        })
        .collect();
    assert_eq!(fields[0].0, "title");
    assert_eq!(fields[0].1, "Harbour town votes to rebuild its flood wall");
    assert!(fields.iter().any(|(k, v)| *k == "authors" && v.is_array()));
    // The title is the block's: the body opens with the article.
    assert!(!body.contains("# Harbour town votes"), "{body}");
    assert!(body.contains("rebuild the sea wall"), "{body}");
    // Other formats have no front matter.
    let out = distil(&["--format", "text", "--front-matter", SAMPLE]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--front-matter"));
}

/// One WARC record; `block` as stored.
fn warc_record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn a_web_archive_gives_one_result_per_html_page_with_its_address() {
    let story = std::fs::read(SAMPLE).unwrap();
    let mut served = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\
        Content-Encoding: gzip\r\n\r\n"
        .to_vec();
    served.extend_from_slice(&gzip(&story));
    let http = "application/http; msgtype=response";
    let records = [
        warc_record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: test\r\n",
        ),
        warc_record("response", "https://news.example/2025/wall", http, &served),
        warc_record(
            "response",
            "https://news.example/logo.png",
            http,
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        ),
        warc_record(
            "resource",
            "https://mirror.example/wall",
            "text/html",
            &story,
        ),
    ];
    let archive: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    let dir = temp_dir("warc");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("crawl.warc.gz");
    std::fs::write(&path, &archive).unwrap();
    let path = path.to_str().unwrap();

    let out = distil(&["--format", "json", "--jobs", "2", path, SAMPLE]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "two pages of the archive, then the file");
    let offset = gzip(&records[0]).len();
    assert_eq!(lines[0]["path"], format!("{path}#{offset}"));
    assert_eq!(lines[0]["url"], "https://news.example/2025/wall");
    assert_eq!(lines[1]["url"], "https://mirror.example/wall");
    for page in &lines[..2] {
        assert_eq!(
            page["title"],
            "Harbour town votes to rebuild its flood wall"
        );
        assert!(page["error"].is_null());
    }
    // Links resolve against the address each page was fetched from.
    let html = lines[0]["html"].as_str().unwrap();
    assert!(
        html.contains("src=\"https://news.example/images/porthmere-harbour.jpg\""),
        "{html}"
    );
    assert!(
        lines[1]["html"]
            .as_str()
            .unwrap()
            .contains("src=\"https://mirror.example/images/porthmere-harbour.jpg\"")
    );
    assert_eq!(lines[2]["path"], SAMPLE);
    assert!(lines[2].get("url").is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_tight_time_budget_times_out_no_page_for_the_building_of_the_patterns() {
    // A fresh process builds its patterns on the first page: that is not
    // the page's work, and a budget that the page's own work fits in lets
    // it through.
    let out = distil(&["--timeout-ms", "25", SAMPLE]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("\n\n"));
}
