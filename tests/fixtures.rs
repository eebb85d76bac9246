//! Data-driven extraction cases: one test per folder in `tests/fixtures/`.
//!
//! A folder holds `source.html` (the page), `expected.txt` (the article text
//! exactly as `Article::text` must read) and, optionally, `title.txt` (the
//! expected title) and `url.txt` (the page address). Adding a case adds no
//! code: create the folder and the files.
//!
//! `DISTIL_BLESS=1 cargo test --test fixtures` writes each `expected.txt`
//! from the library's current output instead of comparing (read the diff
//! before committing it): the text is `Article::text` exactly, which is not
//! the binary's text output (that one adds the title and byline lines).

mod cases;

use std::fs;
use std::path::{Path, PathBuf};

use libtest_mimic::Failed;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read_opt(dir: &Path, name: &str) -> Option<String> {
    fs::read_to_string(dir.join(name)).ok()
}

fn run_case(dir: &Path) -> Result<(), Failed> {
    let source = fs::read_to_string(dir.join("source.html"))
        .map_err(|e| format!("cannot read source.html: {e}"))?;
    let url = read_opt(dir, "url.txt")
        .map(|u| distil::Url::parse(u.trim()).map_err(|e| format!("bad url.txt: {e}")))
        .transpose()?;
    let article =
        distil::extract(&source, url.as_ref()).map_err(|e| format!("extraction failed: {e}"))?;
    let expected = read_opt(dir, "expected.txt");
    if blessing() {
        // Only a changed text is written, so blessing leaves the other
        // files (and their trailing blank lines) alone.
        if expected.as_deref().map(str::trim) != Some(article.text.trim()) {
            fs::write(
                dir.join("expected.txt"),
                format!("{}\n", article.text.trim()),
            )
            .map_err(|e| format!("cannot write expected.txt: {e}"))?;
        }
        return Ok(());
    }
    let expected = expected.ok_or("missing expected.txt")?;
    if article.text.trim() != expected.trim() {
        return Err(format!(
            "text differs\n--- expected\n{}\n--- got\n{}\n",
            expected.trim(),
            article.text.trim()
        )
        .into());
    }
    if let Some(title) = read_opt(dir, "title.txt") {
        if article.title() != Some(title.trim()) {
            return Err(format!(
                "title: expected {:?}, got {:?}",
                title.trim(),
                article.title()
            )
            .into());
        }
    }
    Ok(())
}

/// Whether this run rewrites the expected texts (`DISTIL_BLESS=1`).
fn blessing() -> bool {
    std::env::var_os("DISTIL_BLESS").is_some_and(|v| v == "1")
}

fn main() {
    cases::run_folders(&fixtures_dir(), run_case)
}
