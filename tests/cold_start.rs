//! The first extraction in a process builds the patterns; that one-time
//! work must not count against the page's time budget. This file holds one
//! test so that its process starts cold.

use std::time::Duration;

use distil::{Config, Extractor};

#[test]
fn the_first_page_of_a_process_is_not_timed_out_by_building_the_patterns() {
    let para = "The harbour board met on Monday to discuss the plan, which would rebuild the \
                sea wall, widen the quay and add a flood gate, at a cost the town can carry.";
    let page = format!(
        "<html><head><title>Harbour plan</title><meta name=author content=\"Jane Doe\">\
         </head><body><article><h1>Harbour plan</h1><p>By Jane Doe, 3 May 2024</p>{}\
         </article><aside>Subscribe to our newsletter</aside></body></html>",
        format!("<p>{para}</p>").repeat(8)
    );
    let budget = Duration::from_millis(40);
    let extractor = Extractor::new(Config::default().with_time_budget(Some(budget)));
    let started = std::time::Instant::now();
    let first = extractor.extract(&page, None);
    let took = started.elapsed();
    assert!(first.is_ok(), "{first:?} after {took:?}");
}
