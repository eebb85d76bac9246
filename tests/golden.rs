//! Golden tests for the Markdown and plain-text outputs: one test per
//! folder in `tests/golden/`.
//!
//! A folder holds `source.html` (the page), `expected.md` (the Markdown of
//! the article, exactly) and `expected.txt` (its plain text, exactly), and
//! optionally `url.txt` (the page address, for link resolution). Adding a
//! case adds no code.
//!
//! Beyond the exact comparison, every case checks that the Markdown, read
//! back by a CommonMark/GFM parser, shows the same words as the plain text
//! (escaping changed nothing a reader sees) and no raw HTML, and that the
//! HTML holds nothing outside the output allow-lists.
//!
//! After a deliberate change to a writer, `DISTIL_BLESS=1 cargo test --test
//! golden` rewrites the expected files from the current output; review the
//! diff before committing it.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use distil::{Config, Extractor, Formats};
use libtest_mimic::{Arguments, Failed, Trial};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn compare(dir: &Path, file: &str, got: &str, bless: bool) -> Result<(), String> {
    let path = dir.join(file);
    if bless {
        fs::write(&path, format!("{got}\n")).map_err(|e| format!("cannot write {file}: {e}"))?;
        return Ok(());
    }
    let expected = fs::read_to_string(&path).map_err(|e| format!("cannot read {file}: {e}"))?;
    if expected.trim_end() != got.trim_end() {
        return Err(format!(
            "{file} differs\n--- expected\n{}\n--- got\n{}\n",
            expected.trim_end(),
            got.trim_end()
        ));
    }
    Ok(())
}

fn run_case(dir: &Path, bless: bool) -> Result<(), Failed> {
    let source = fs::read_to_string(dir.join("source.html"))
        .map_err(|e| format!("cannot read source.html: {e}"))?;
    let url = fs::read_to_string(dir.join("url.txt"))
        .ok()
        .map(|u| distil::Url::parse(u.trim()).map_err(|e| format!("bad url.txt: {e}")))
        .transpose()?;
    let extractor = Extractor::new(Config::default().with_formats(Formats::ALL));
    let article = extractor
        .extract(&source, url.as_ref())
        .map_err(|e| format!("extraction failed: {e}"))?;
    let markdown = article.markdown.as_deref().ok_or("no Markdown produced")?;
    let mut errors = Vec::new();
    if let Err(e) = compare(dir, "expected.md", markdown, bless) {
        errors.push(e);
    }
    if let Err(e) = compare(dir, "expected.txt", &article.text, bless) {
        errors.push(e);
    }
    // Markdown keeps figure captions, the default text does not: compare
    // the words with a text that keeps them too.
    let with_captions = Extractor::new(Config::default().with_captions_in_text(true))
        .extract(&source, url.as_ref())
        .map_err(|e| format!("extraction with captions failed: {e}"))?;
    let read_back = common::markdown_words(markdown);
    let text_words = common::words(&with_captions.text);
    if read_back != text_words {
        let at = read_back
            .iter()
            .zip(&text_words)
            .position(|(a, b)| a != b)
            .unwrap_or(read_back.len().min(text_words.len()));
        errors.push(format!(
            "the Markdown reads differently from the text at word {at}: {:?} vs {:?}",
            read_back.get(at..(at + 8).min(read_back.len())),
            text_words.get(at..(at + 8).min(text_words.len())),
        ));
    }
    for problem in common::markdown_problems(markdown) {
        errors.push(format!("Markdown: {problem}"));
    }
    for problem in common::html_problems(&article.html) {
        errors.push(format!("HTML: {problem}"));
    }
    for problem in common::empty_elements(&article.html) {
        errors.push(format!("HTML: {problem}"));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let bless = std::env::var_os("DISTIL_BLESS").is_some();
    let mut dirs: Vec<PathBuf> = fs::read_dir(golden_dir())
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    assert!(!dirs.is_empty(), "no golden cases found");
    let trials = dirs
        .into_iter()
        .map(|dir| {
            let name = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            Trial::test(name, move || run_case(&dir, bless))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
