//! Data-driven metadata cases: one test per folder in `tests/metadata/`.
//!
//! A folder holds `source.html` (the page), `expected.json` (every field of
//! the `Metadata` that `distil::metadata` must return, with the sources,
//! exactly; absent values are `null` or `[]`) and, optionally, `url.txt`
//! (the page address). When the page also holds an article, `extract` must
//! agree with `metadata` on every field the page declares (the fields read
//! from the page text may differ: the article's first paragraph is not the
//! page's). Adding a case adds no code.

mod cases;

use std::fs;
use std::path::{Path, PathBuf};

use distil::{Metadata, Source};
use libtest_mimic::Failed;
use serde_json::{Value, json};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/metadata")
}

/// The metadata as JSON, in the shape of `expected.json`.
fn to_json(m: &Metadata) -> Value {
    let src = |s: Option<Source>| s.map(Source::as_str);
    let s = &m.sources;
    json!({
        "title": m.title,
        "authors": m.authors,
        "byline": m.byline,
        "excerpt": m.excerpt,
        "site_name": m.site_name,
        "published": m.published,
        "modified": m.modified,
        "lang": m.lang,
        "dir": m.dir.map(|d| d.as_str()),
        "image": m.image,
        "canonical_url": m.canonical_url,
        "tags": m.tags,
        "section": m.section,
        "page_type": m.page_type.map(|t| t.as_str()),
        "license": m.license,
        "next_page": m.next_page,
        "sources": {
            "title": src(s.title),
            "authors": src(s.authors),
            "excerpt": src(s.excerpt),
            "site_name": src(s.site_name),
            "published": src(s.published),
            "modified": src(s.modified),
            "lang": src(s.lang),
            "dir": src(s.dir),
            "image": src(s.image),
            "canonical_url": src(s.canonical_url),
            "tags": src(s.tags),
            "section": src(s.section),
            "page_type": src(s.page_type),
            "license": src(s.license),
            "next_page": src(s.next_page),
        },
    })
}

/// The fields whose value differs between `want` and `got`, listed.
fn differences(want: &Value, got: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let keys = want
        .as_object()
        .into_iter()
        .chain(got.as_object())
        .flat_map(|o| o.keys().cloned());
    let mut seen = Vec::new();
    for key in keys {
        if seen.contains(&key) {
            continue;
        }
        seen.push(key.clone());
        match (want.get(&key), got.get(&key)) {
            (Some(w @ Value::Object(_)), Some(g @ Value::Object(_))) => {
                out.extend(differences(w, g).into_iter().map(|d| format!("{key}.{d}")));
            }
            (w, g) if w != g => out.push(format!(
                "{key}: expected {}, got {}",
                w.unwrap_or(&Value::Null),
                g.unwrap_or(&Value::Null)
            )),
            _ => {}
        }
    }
    out
}

fn run_case(dir: &Path) -> Result<(), Failed> {
    let source = fs::read_to_string(dir.join("source.html"))
        .map_err(|e| format!("cannot read source.html: {e}"))?;
    let expected: Value = serde_json::from_str(
        &fs::read_to_string(dir.join("expected.json"))
            .map_err(|e| format!("cannot read expected.json: {e}"))?,
    )
    .map_err(|e| format!("bad expected.json: {e}"))?;
    let url = fs::read_to_string(dir.join("url.txt"))
        .ok()
        .map(|u| distil::Url::parse(u.trim()).map_err(|e| format!("bad url.txt: {e}")))
        .transpose()?;

    let meta = distil::metadata(&source, url.as_ref()).map_err(|e| format!("metadata: {e}"))?;
    let got = to_json(&meta);
    let diff = differences(&expected, &got);
    if !diff.is_empty() {
        return Err(format!("metadata differs:\n  {}\ngot: {got:#}", diff.join("\n  ")).into());
    }

    if let Ok(article) = distil::extract(&source, url.as_ref()) {
        let from_article = to_json(&article.metadata);
        let declared: Vec<&str> = got["sources"]
            .as_object()
            .map(|o| {
                o.iter()
                    .filter(|(_, s)| s.as_str().is_some_and(|s| s != "page-text"))
                    .map(|(k, _)| k.as_str())
                    .collect()
            })
            .unwrap_or_default();
        for field in declared {
            if got[field] != from_article[field] {
                return Err(format!(
                    "extract disagrees on {field}: metadata gives {}, extract gives {}",
                    got[field], from_article[field]
                )
                .into());
            }
        }
    }
    Ok(())
}

fn main() {
    cases::run_folders(&cases_dir(), run_case)
}
