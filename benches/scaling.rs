//! Extraction time must grow linearly with the page. The same page (the
//! sample news page, sixteen times over: about 115 KB, a large real page)
//! is concatenated 1, 2, 4 and 8 times; the throughput should stay flat.
//! So must it as one paragraph grows, in every output format: a text run
//! of 25,000 to 200,000 words ending in a character Markdown escapes (a
//! writer that looked ahead along the run at each word would be quadratic
//! in it).
//!
//! ```text
//! cargo bench --bench scaling
//! ```

// criterion_group! generates an undocumented function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use distil::{Config, Extractor, Formats};

const SAMPLE: &str = include_str!("../examples/pages/news-article.html");

fn scaling(c: &mut Criterion) {
    // Limits off: the point is the cost curve, not where a limit fires.
    let extractor = Extractor::new(
        Config::default()
            .with_time_budget(None)
            .with_max_nodes(None),
    );
    let unit = SAMPLE.repeat(16);
    let mut group = c.benchmark_group("concatenated");
    group.measurement_time(Duration::from_secs(3));
    for copies in [1usize, 2, 4, 8] {
        let page = unit.repeat(copies);
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(copies), &page, |b, page| {
            b.iter(|| black_box(extractor.extract_bytes(page.as_bytes(), None, None)))
        });
    }
    group.finish();
}

fn long_paragraph(c: &mut Criterion) {
    let extractor = Extractor::new(
        Config::default()
            .with_time_budget(None)
            .with_max_nodes(None)
            .with_formats(Formats::ALL),
    );
    let mut group = c.benchmark_group("one_paragraph");
    group.measurement_time(Duration::from_secs(3));
    group.sample_size(10);
    for copies in [1usize, 2, 4, 8] {
        let words = "word ".repeat(25_000 * copies);
        let page = format!(
            "<html><body><article><h1>A long paragraph</h1><p>{words}AT&amp;T</p></article></body></html>"
        );
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(copies), &page, |b, page| {
            b.iter(|| black_box(extractor.extract(page, None)))
        });
    }
    group.finish();
}

criterion_group!(benches, scaling, long_paragraph);
criterion_main!(benches);
