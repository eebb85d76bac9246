//! Data-driven extraction cases: one test per folder in `tests/fixtures/`.
//!
//! A folder holds `source.html` (the page), `expected.txt` (the article text
//! exactly as `Article::text` must read) and, optionally, `title.txt` (the
//! expected title) and `url.txt` (the page address). Adding a case adds no
//! code: create the folder and the files.

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
    let expected = read_opt(dir, "expected.txt").ok_or("missing expected.txt")?;
    let url = read_opt(dir, "url.txt")
        .map(|u| distil::Url::parse(u.trim()).map_err(|e| format!("bad url.txt: {e}")))
        .transpose()?;
    let article =
        distil::extract(&source, url.as_ref()).map_err(|e| format!("extraction failed: {e}"))?;
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

fn main() {
    cases::run_folders(&fixtures_dir(), run_case)
}
