//! The example binary's batch mode end to end: folders walked in path
//! order, pages worked on in parallel but printed in input order, paths
//! read from standard input, failures (too large, timed out, not a page)
//! reported in their place while the other pages go on.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs the example binary with `args`, feeding it `stdin`.
fn distil(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "distil", "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cargo runs");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A folder of saved pages under the system's temporary directory:
/// `news.html` at the top, `blog/entry.HTM` and `blog/old/forum.html`
/// below, and files that are not pages beside them.
fn site(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("distil-batch-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("blog/old")).unwrap();
    let copy = |from: &str, to: &str| {
        std::fs::copy(root.join(from), dir.join(to)).unwrap();
    };
    copy("examples/pages/news-article.html", "news.html");
    copy(
        "tests/fixtures/blog-entry-content/source.html",
        "blog/entry.HTM",
    );
    copy(
        "tests/fixtures/forum-thread/source.html",
        "blog/old/forum.html",
    );
    std::fs::write(dir.join("notes.txt"), "not a page").unwrap();
    std::fs::write(dir.join("blog/style.css"), "p { }").unwrap();
    dir
}

fn paths(lines: &[serde_json::Value]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_folder_gives_one_line_per_page_in_path_order() {
    let dir = site("order");
    let out = distil(
        &["--jobs", "2", "--format", "json", dir.to_str().unwrap()],
        "",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    let expected: Vec<String> = ["blog/entry.HTM", "blog/old/forum.html", "news.html"]
        .iter()
        .map(|p| dir.join(p).display().to_string())
        .collect();
    assert_eq!(paths(&lines), expected);
    assert!(lines.iter().all(|l| l["error"].is_null()));
    assert!(
        lines[2]["text"]
            .as_str()
            .unwrap()
            .contains("Residents of Porthmere voted on Monday")
    );
    // Nothing but real errors on standard error when it is not a terminal.
    assert_eq!(stderr(&out), "");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_page_too_large_fails_in_its_place_and_the_others_print() {
    let dir = site("large");
    let big = format!("<p>{}</p>", "word ".repeat(20_000));
    std::fs::write(dir.join("blog/big.html"), big).unwrap();
    let out = distil(
        &[
            "--jobs",
            "2",
            "--format",
            "json",
            "--max-input-bytes",
            "50000",
            dir.to_str().unwrap(),
        ],
        "",
    );
    assert!(!out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 4);
    assert!(lines[0]["path"].as_str().unwrap().ends_with("big.html"));
    let error = lines[0]["error"].as_str().unwrap();
    assert!(
        error.contains("exceeds the limit of 50000 bytes"),
        "{error}"
    );
    assert!(stderr(&out).contains("big.html"), "{}", stderr(&out));
    for line in &lines[1..] {
        assert!(line["error"].is_null(), "{line}");
        assert!(!line["text"].as_str().unwrap().is_empty());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_that_is_no_page_is_named_for_what_it_is_and_the_others_print() {
    let dir = site("binary");
    // A PDF saved under a page's name, as a crawl stores what it fetched.
    let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    std::fs::write(dir.join("blog/report.html"), pdf).unwrap();
    let out = distil(&["--format", "json", dir.to_str().unwrap()], "");
    assert!(!out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 4);
    assert!(lines[2]["path"].as_str().unwrap().ends_with("report.html"));
    assert_eq!(
        lines[2]["error"].as_str(),
        Some("not a web page: the input is a PDF document")
    );
    // The same for a program: a kind to skip on, and what was found.
    assert_eq!(lines[2]["error_kind"].as_str(), Some("not-html"));
    assert_eq!(lines[2]["file_type"].as_str(), Some("pdf"));
    assert!(lines[2]["text"].is_null(), "{}", lines[2]);
    for line in [&lines[0], &lines[1], &lines[3]] {
        assert!(line["error"].is_null(), "{line}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_page_over_its_time_budget_times_out_and_the_batch_goes_on() {
    let dir = site("timeout");
    // Several megabytes of markup take far longer than a millisecond to
    // parse, whatever the machine.
    let slow = format!(
        "<article>{}</article>",
        "<div><p>Some words, and more words.</p></div>".repeat(100_000)
    );
    std::fs::write(dir.join("a-slow.html"), slow).unwrap();
    let fast = dir.join("news.html");
    let out = distil(
        &[
            "--format",
            "json",
            "--timeout-ms",
            "1",
            dir.join("a-slow.html").to_str().unwrap(),
            fast.to_str().unwrap(),
        ],
        "",
    );
    assert!(!out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    let error = lines[0]["error"].as_str().unwrap();
    assert!(error.contains("time budget of 1 ms"), "{error}");
    // The small page passes once the budget is lifted (0: none).
    let out = distil(
        &[
            "--format",
            "json",
            "--timeout-ms",
            "0",
            fast.to_str().unwrap(),
        ],
        "",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn stdin_list_reads_one_path_per_line() {
    let dir = site("list");
    let list = format!(
        "{}\n\n{}\r\n{}\n",
        dir.join("news.html").display(),
        dir.join("blog/old").display(),
        dir.join("missing.html").display(),
    );
    let out = distil(&["--stdin-list", "--jobs", "2", "--format", "json"], &list);
    // The missing page fails; the others are there, in the list's order.
    assert!(!out.status.success());
    let lines = json_lines(&out);
    let expected: Vec<String> = ["news.html", "blog/old/forum.html", "missing.html"]
        .iter()
        .map(|p| dir.join(p).display().to_string())
        .collect();
    assert_eq!(paths(&lines), expected);
    assert!(lines[0]["error"].is_null() && lines[1]["error"].is_null());
    assert!(lines[2]["error"].is_string());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn output_dir_gets_one_file_per_page_of_a_folder() {
    let dir = site("files");
    let target = dir.join("out");
    let out = distil(
        &[
            "--format",
            "markdown",
            "--jobs",
            "2",
            "--output",
            target.to_str().unwrap(),
            dir.to_str().unwrap(),
        ],
        "",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let mut files: Vec<String> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, ["entry.md", "forum.md", "news.md"]);
    let news = std::fs::read_to_string(target.join("news.md")).unwrap();
    assert!(news.contains("Residents of Porthmere voted on Monday"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_folder_without_pages_is_an_error() {
    let root = site("empty");
    let dir = root.join("blog/old/nothing-here");
    std::fs::create_dir_all(&dir).unwrap();
    let out = distil(&["--format", "json", dir.to_str().unwrap()], "");
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(
        stderr(&out).contains("no .html, .htm or .warc files"),
        "{}",
        stderr(&out)
    );
    let _ = std::fs::remove_dir_all(&root);
}
