#![allow(missing_docs)] // criterion_group! generates undocumented public functions

//! Throughput of distil on saved pages, stage by stage, side by side with
//! the bare parse it cannot beat and with the peers it must beat.
//!
//! ```text
//! cargo bench --bench extract                  # everything
//! cargo bench --bench extract -- 'medium/'     # one page group
//! cargo bench --bench extract -- '/extract'    # one function on every group
//! ```
//!
//! Page groups: the three pages in `benches/pages/` (small, medium, large),
//! then every page of each corpus under `../shared/corpus/` when it is
//! present (one iteration extracts the whole corpus), and `corpus-small`,
//! the corpora's pages under 40 KB together. Functions in each
//! group, all reported as `Throughput::Bytes` of HTML:
//!
//! - `parse`: html5ever + rcdom alone, the tree built and dropped: the floor;
//! - `readerable`: parse, normalise, index, class/id signals and measures
//!   ([`distil::is_probably_readerable`]);
//! - `metadata`: the metadata alone, without choosing the article
//!   ([`distil::Extractor::metadata`]);
//! - `text`, `extract` (text + HTML + metadata, the default), `markdown`
//!   (text + Markdown) and `all` (every format): full extraction;
//! - `dom_smoothie` and `readability` (kumabook's): the peers, with their
//!   default settings.
//!
//! The three pages are assembled by `benches/pages/assemble.py` (a news
//! page as saved: a head full of meta tags, JSON-LD, inline CSS and
//! scripts; navigation, the article with figures, lists, tables and code,
//! sidebars, teasers, a newsletter box, comments and a footer), about 19 KB,
//! 100 KB and 420 KB. `benches/scaling.rs` checks that time per byte stays
//! flat as a page grows.

use std::hint::black_box;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use distil::{Config, Extractor, Formats};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

/// One timed function: a page in, something out that cannot be skipped.
type Run<'a> = dyn Fn(&str) -> usize + 'a;

/// A named set of pages timed together.
struct Group {
    name: String,
    pages: Vec<String>,
    /// Whole corpora take seconds per iteration: few, flat samples.
    corpus: bool,
}

impl Group {
    fn bytes(&self) -> u64 {
        self.pages.iter().map(|p| p.len() as u64).sum()
    }
}

fn read_page(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// The saved pages of `benches/pages/`.
fn own_pages() -> Vec<Group> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/pages");
    ["small", "medium", "large"]
        .iter()
        .filter_map(|name| {
            let page = read_page(&dir.join(format!("{name}.html")))?;
            Some(Group {
                name: name.to_string(),
                pages: vec![page],
                corpus: false,
            })
        })
        .collect()
}

/// Every page of every corpus beside the checkout, one group per corpus;
/// nothing when the corpora are absent.
fn corpus_pages() -> Vec<Group> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let Ok(entries) = std::fs::read_dir(&root) else {
        return Vec::new();
    };
    let mut corpora: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    corpora.sort();
    corpora
        .into_iter()
        .filter(|dir| dir.is_dir())
        .filter_map(|dir| {
            let mut files = Vec::new();
            for entry in std::fs::read_dir(&dir).ok()?.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    // The mozilla layout: one directory per page.
                    files.push(path.join("source.html"));
                } else if path.extension().is_some_and(|e| e == "html") {
                    files.push(path);
                }
            }
            files.sort();
            let pages: Vec<String> = files.iter().filter_map(|f| read_page(f)).collect();
            let name = dir.file_name()?.to_str()?.to_string();
            (!pages.is_empty()).then_some(Group {
                name,
                pages,
                corpus: true,
            })
        })
        .collect()
}

/// The corpora's small pages (under 40 KB) together: real pages of the
/// size where the work that does not shrink with a page weighs most,
/// beside the one small page of `benches/pages/`.
fn small_corpus_pages(corpora: &[Group]) -> Option<Group> {
    const SMALL_BYTES: usize = 40 * 1024;
    let pages: Vec<String> = corpora
        .iter()
        .flat_map(|g| g.pages.iter())
        .filter(|p| p.len() < SMALL_BYTES)
        .cloned()
        .collect();
    (!pages.is_empty()).then(|| Group {
        name: "corpus-small".to_string(),
        pages,
        corpus: true,
    })
}

/// The floor: the tree built (and dropped) by html5ever's own sink.
fn bare_parse(html: &str) -> usize {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    drop(black_box(dom));
    0
}

fn distil_with(formats: Formats) -> Extractor {
    Extractor::new(Config::default().with_formats(formats))
}

fn dom_smoothie(html: &str) -> usize {
    let run = || {
        let mut r = dom_smoothie::Readability::new(html, None, None).ok()?;
        r.parse().ok().map(|a| a.text_content.len())
    };
    panic::catch_unwind(AssertUnwindSafe(run))
        .ok()
        .flatten()
        .unwrap_or(0)
}

fn kumabook(html: &str) -> usize {
    let url = distil::Url::parse("https://example.com/").expect("static URL");
    let run = || {
        let mut input = html.as_bytes();
        readability::extractor::extract(&mut input, &url)
            .ok()
            .map(|p| p.text.len())
    };
    panic::catch_unwind(AssertUnwindSafe(run))
        .ok()
        .flatten()
        .unwrap_or(0)
}

fn pages(c: &mut Criterion) {
    let text = distil_with(Formats::TEXT);
    let default = Extractor::default();
    let markdown = distil_with(Formats::MARKDOWN);
    let all = distil_with(Formats::ALL);
    let extract = |e: &Extractor, html: &str| e.extract(html, None).map_or(0, |a| a.length);
    let functions: [(&str, &Run<'_>); 9] = [
        ("parse", &bare_parse),
        ("readerable", &|h| {
            usize::from(default.is_probably_readerable(h))
        }),
        ("metadata", &|h| {
            default
                .metadata(h, None)
                .map_or(0, |m| m.title.map_or(0, |t| t.len()))
        }),
        ("text", &|h| extract(&text, h)),
        ("extract", &|h| extract(&default, h)),
        ("markdown", &|h| extract(&markdown, h)),
        ("all", &|h| extract(&all, h)),
        ("dom_smoothie", &dom_smoothie),
        ("readability", &kumabook),
    ];
    // Quiet the peers' and the parser's panics messages, if any.
    panic::set_hook(Box::new(|_| {}));
    let corpora = corpus_pages();
    let small = small_corpus_pages(&corpora);
    for group in own_pages().into_iter().chain(corpora).chain(small) {
        let mut g = c.benchmark_group(&group.name);
        g.throughput(Throughput::Bytes(group.bytes()));
        if group.corpus {
            g.sampling_mode(SamplingMode::Flat)
                .sample_size(10)
                .warm_up_time(Duration::from_secs(1))
                .measurement_time(Duration::from_secs(10));
        }
        for (name, f) in functions {
            g.bench_function(name, |b| {
                b.iter(|| group.pages.iter().map(|p| f(black_box(p))).sum::<usize>())
            });
        }
        g.finish();
    }
}

criterion_group!(benches, pages);
criterion_main!(benches);
