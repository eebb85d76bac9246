//! # distil
//!
//! Takes a saved web page and returns its main article, with the clutter
//! stripped: navigation, promo and newsletter blocks, teaser lists, share
//! bars, cookie notices, author boxes and comments.
//!
//! ```
//! let html = r#"<html><head><title>Rain returns to the valley | Daily Post</title></head>
//! <body>
//!   <nav><a href="/">Home</a> <a href="/news">News</a></nav>
//!   <article>
//!     <h1>Rain returns to the valley</h1>
//!     <p>After three dry months, the rain came back on Tuesday, filling reservoirs
//!     across the valley, raising rivers, and lifting the spirits of farmers who had
//!     watched their fields turn brown since the spring.</p>
//!     <p>Forecasters expect showers to continue through the weekend, with heavier
//!     bands arriving on Saturday night and easing by Monday morning, they said.</p>
//!   </article>
//!   <div class="newsletter"><p>Sign up for our free newsletter!</p></div>
//! </body></html>"#;
//!
//! let article = distil::extract(html, None)?;
//! assert_eq!(article.title(), Some("Rain returns to the valley"));
//! assert!(article.text.starts_with("After three dry months"));
//! assert!(!article.text.contains("newsletter"));
//! # Ok::<(), distil::Error>(())
//! ```
//!
//! ## How it works
//!
//! The page goes through one stage per module: **decode** (bytes to text,
//! for [`extract_bytes`]: the encoding decided as browsers decide it),
//! **sniff** (a file that is no page refused, plain text made into
//! paragraphs), **parse** (html5ever, fed in
//! chunks under the configured limits), **clean** (mark what cannot be the
//! article: hidden elements, navigation, boilerplate by name), **score**
//! (paragraphs pass points to their containers, cut by link density),
//! **select** (the best container and the siblings that belong with it),
//! **post-process** (remove link-heavy and content-poor blocks from the
//! selection) and **serialise** (clean HTML, plain text and Markdown in one
//! walk, see [`Formats`]).
//! Per-node facts live in side tables indexed by node; no stage recurses on
//! the depth of the document.
//!
//! Alongside the text, [`Metadata`] gives the article's facts (title,
//! authors, dates, site, language, direction, excerpt, lead image, canonical
//! URL, tags, section, page type, licence, next page), each with its
//! [`Source`]; [`metadata()`] reads them alone, without the extraction.
//!
//! ## Untrusted input
//!
//! Every page is assumed hostile. No input makes the extractor panic, recurse
//! deeply, or run past its [`Config`] limits: input size, node count, tree
//! depth, attributes per element and a time budget are all checked while the
//! page is parsed, and a limit that fires returns a typed [`Error`].
//! Content nested deeper than the depth limit is kept, attached higher up,
//! as browsers do. Pages in any encoding are decoded by [`extract_bytes`],
//! which reports what it decided in [`Article::encoding`]. A file that is
//! not a page at all (a PDF, an image, compressed data, JSON, a feed) is
//! refused with [`ErrorKind::NotHtml`] before it is parsed.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod article;
mod boilerplate;
mod budget;
mod clean;
mod comments;
mod confidence;
mod config;
mod decode;
mod dom;
mod error;
pub mod explain;
mod extractor;
mod features;
mod fixed_regex;
mod metadata;
mod parse;
mod patterns;
mod postprocess;
mod raw_text;
mod readerable;
mod recipe;
mod score;
mod select;
mod selector;
mod serialize;
mod signals;
mod sniff;
mod structured;
#[cfg(test)]
mod testing;
mod text;

pub use article::{
    Article, Comments, EncodingInfo, EncodingSource, Metadata, PageType, Source, Sources,
    TextDirection,
};
pub use confidence::Confidence;
pub use config::{Config, Formats};
pub use error::{Error, ErrorKind, FileType, Limit};
pub use extractor::Extractor;
pub use selector::{Selector, SelectorError};
pub use url::{self, Url};

use once_cell::sync::Lazy;

/// The README's examples are compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

static DEFAULT: Lazy<Extractor> = Lazy::new(Extractor::default);

/// Whether `html` probably holds an article, with the default [`Config`]; see
/// [`Extractor::is_probably_readerable`].
pub fn is_probably_readerable(html: &str) -> bool {
    DEFAULT.is_probably_readerable(html)
}

/// Extracts the article from `html` with the default [`Config`].
///
/// See [`Extractor::extract`] for the meaning of `base_url` and the errors.
pub fn extract(html: &str, base_url: Option<&Url>) -> Result<Article, Error> {
    DEFAULT.extract(html, base_url)
}

/// Extracts the article from a page given as bytes, in any character
/// encoding, with the default [`Config`].
///
/// `content_type` is the transport's `Content-Type` header value or charset
/// label, if known. See [`Extractor::extract_bytes`] for how the encoding is
/// decided.
///
/// ```
/// // Shift_JIS bytes, declared by the page itself.
/// let mut page = b"<html><head><meta charset=Shift_JIS></head><body><article><p>".to_vec();
/// page.extend_from_slice(&[0x93, 0x8c, 0x8b, 0x9e]); // 東京
/// page.extend_from_slice(b"</p></article></body></html>");
/// let article = distil::extract_bytes(&page, None, None)?;
/// assert_eq!(article.text, "東京");
/// assert_eq!(article.encoding.map(|e| e.name), Some("Shift_JIS"));
/// # Ok::<(), distil::Error>(())
/// ```
pub fn extract_bytes(
    bytes: &[u8],
    content_type: Option<&str>,
    base_url: Option<&Url>,
) -> Result<Article, Error> {
    DEFAULT.extract_bytes(bytes, content_type, base_url)
}

/// Reads the article's metadata from `html` with the default [`Config`],
/// without extracting its content.
///
/// See [`Extractor::metadata`] for the meaning of `base_url` and the errors.
pub fn metadata(html: &str, base_url: Option<&Url>) -> Result<Metadata, Error> {
    DEFAULT.metadata(html, base_url)
}

/// Builds every pattern the extractor uses now, sharing the work over
/// `threads` threads, instead of when a page first needs each one.
///
/// The patterns are built once per process: about a tenth of a second of
/// CPU in all, which the first pages otherwise pay. A service that wants its
/// first request as quick as the next, or a batch about to start several
/// workers (which would wait on one another for the same patterns), can pay
/// it up front. The calling thread takes part; `threads` 0 or 1 builds
/// everything on it, as it does the share of threads that cannot be
/// started (on WebAssembly without threads, for one). Once built, calling
/// again costs next to nothing.
///
/// ```
/// distil::warm_up(2);
/// let article = distil::extract("<article><p>Warm.</p></article>", None);
/// assert!(article.is_ok());
/// ```
pub fn warm_up(threads: usize) {
    Lazy::force(&DEFAULT);
    patterns::warm_up(threads);
}
