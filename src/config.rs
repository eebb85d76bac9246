//! [`Config`]: every knob of an [`Extractor`](crate::Extractor), each with a
//! documented default.

use std::ops::BitOr;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use crate::patterns;
use crate::selector::Selector;

/// Settings for an [`Extractor`](crate::Extractor).
///
/// Build one from [`Config::default()`] and the `with_*` setters; each setter
/// documents its default. A `Config` is cheap to clone and can be shared
/// between threads.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use distil::{Config, Extractor};
///
/// let config = Config::default()
///     .with_char_threshold(300)
///     .with_time_budget(Some(Duration::from_millis(500)));
/// let extractor = Extractor::new(config);
/// # let _ = extractor;
/// ```
#[derive(Clone, Debug)]
pub struct Config {
    pub(crate) char_threshold: usize,
    pub(crate) n_top_candidates: usize,
    pub(crate) max_input_bytes: usize,
    pub(crate) max_nodes: Option<usize>,
    pub(crate) max_depth: Option<usize>,
    pub(crate) max_open_depth: Option<usize>,
    pub(crate) max_attributes: Option<usize>,
    pub(crate) time_budget: Option<Duration>,
    pub(crate) cancel: Option<Arc<AtomicBool>>,
    pub(crate) keep_classes: bool,
    pub(crate) captions_in_text: bool,
    pub(crate) comments: bool,
    pub(crate) unicode_nfc: bool,
    pub(crate) max_title_chars: usize,
    pub(crate) max_excerpt_chars: usize,
    pub(crate) max_output_bytes: usize,
    pub(crate) formats: Formats,
    pub(crate) video_hosts: Arc<[String]>,
    pub(crate) prune_selector: Option<Selector>,
    pub(crate) content_selector: Option<Selector>,
    /// [`patterns::VideoPlayers`] of `video_hosts`, for the extraction stages.
    pub(crate) videos: patterns::VideoPlayers,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            char_threshold: 500,
            n_top_candidates: 5,
            max_input_bytes: 32 * 1024 * 1024,
            max_nodes: Some(200_000),
            max_depth: Some(512),
            max_open_depth: Some(4096),
            max_attributes: Some(1024),
            time_budget: Some(Duration::from_secs(1)),
            cancel: None,
            keep_classes: false,
            captions_in_text: false,
            comments: false,
            unicode_nfc: true,
            max_title_chars: 1024,
            max_excerpt_chars: 1024,
            max_output_bytes: 16 * 1024 * 1024,
            formats: Formats::default(),
            video_hosts: patterns::VIDEO_HOSTS
                .iter()
                .map(|h| h.to_string())
                .collect(),
            videos: patterns::VIDEOS.clone(),
            prune_selector: None,
            content_selector: None,
        }
    }
}

impl Config {
    /// The number of characters an article needs before the first, strictest
    /// attempt is accepted. Shorter results make the extractor retry with
    /// relaxed rules and keep the longest attempt.
    ///
    /// # Default
    ///
    /// 500 characters.
    #[must_use]
    pub fn with_char_threshold(mut self, chars: usize) -> Self {
        self.char_threshold = chars;
        self
    }

    /// How many top-scoring candidates are compared when looking for the
    /// element that holds the article.
    ///
    /// # Default
    ///
    /// 5.
    #[must_use]
    pub fn with_top_candidates(mut self, n: usize) -> Self {
        self.n_top_candidates = n.max(1);
        self
    }

    /// The largest input accepted, in bytes. Larger inputs are refused with
    /// [`ErrorKind::InputTooLarge`](crate::ErrorKind::InputTooLarge) before
    /// any decoding or parsing.
    ///
    /// # Default
    ///
    /// 32 MiB (33,554,432 bytes): well above real saved pages (the largest
    /// of the shared corpora is 4.9 MB), and enough for a bloated page of
    /// 20 MB (megabytes of class names, say) still to give its article; the
    /// node, depth and attribute limits and the time budget bound the rest.
    #[must_use]
    pub fn with_max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = bytes;
        self
    }

    /// The largest input accepted, in bytes (see
    /// [`with_max_input_bytes`](Self::with_max_input_bytes)). A caller that
    /// reads pages from files or streams can stop reading past it.
    ///
    /// ```
    /// use distil::Config;
    ///
    /// let config = Config::default().with_max_input_bytes(1 << 20);
    /// assert_eq!(config.max_input_bytes(), 1 << 20);
    /// ```
    pub fn max_input_bytes(&self) -> usize {
        self.max_input_bytes
    }

    /// The most nodes (elements, text runs, comments) the parser may create.
    /// The count is checked while parsing, so a page that would build a huge
    /// tree is stopped early with
    /// [`ErrorKind::LimitExceeded`](crate::ErrorKind::LimitExceeded).
    /// `None` removes the limit.
    ///
    /// # Default
    ///
    /// `Some(200_000)`, roughly 40–60 MB of tree.
    #[must_use]
    pub fn with_max_nodes(mut self, nodes: Option<usize>) -> Self {
        self.max_nodes = nodes;
        self
    }

    /// The deepest the document tree may grow. Content nested deeper is kept
    /// but attached at this depth, as browsers do, so that no content is lost
    /// and no later stage sees a deeper tree. `None` keeps the tree exactly as
    /// the parser built it.
    ///
    /// # Default
    ///
    /// `Some(512)`, the depth at which browsers re-parent.
    #[must_use]
    pub fn with_max_depth(mut self, depth: Option<usize>) -> Self {
        self.max_depth = depth;
        self
    }

    /// The deepest nesting of block elements (`div`, `li`, `table`...) the
    /// parser may be asked to build before the parse is stopped with
    /// [`ErrorKind::LimitExceeded`](crate::ErrorKind::LimitExceeded). This is
    /// the hard stop behind [`with_max_depth`](Self::with_max_depth): the HTML
    /// parser's work grows with the square of this nesting, so pages nested
    /// thousands of blocks deep are refused rather than parsed slowly. Deep
    /// inline nesting (`<b><b><b>...`) parses in linear time and is only
    /// flattened. `None` removes the limit (the time budget still applies).
    ///
    /// # Default
    ///
    /// `Some(4096)`.
    #[must_use]
    pub fn with_max_open_depth(mut self, depth: Option<usize>) -> Self {
        self.max_open_depth = depth;
        self
    }

    /// The most attributes a single element may carry; a page with an
    /// element that has more is refused with
    /// [`ErrorKind::LimitExceeded`](crate::ErrorKind::LimitExceeded). The
    /// HTML parser's work on an element grows with the square of its
    /// attributes, so this limit bounds the parse time of a page made of
    /// such elements. `None` removes the limit (the time budget still
    /// applies). The attributes nothing reads on elements such as `<div>`
    /// or `<a>` (script data, `data-*`, and event handlers, `on*`) are left
    /// out before the parse and do not count.
    ///
    /// # Default
    ///
    /// `Some(1024)`: real elements carry a few dozen, broken quoting can
    /// turn every word of a long value into an attribute.
    #[must_use]
    pub fn with_max_attributes(mut self, attributes: Option<usize>) -> Self {
        self.max_attributes = attributes;
        self
    }

    /// The wall-clock budget for one whole extraction (decoding, parsing,
    /// scoring and output). It is checked while the page is parsed and
    /// between stages; when it runs out the call returns
    /// [`ErrorKind::Timeout`](crate::ErrorKind::Timeout). `None` removes the
    /// budget.
    ///
    /// The patterns the extractor matches text against are built once per
    /// process (see [`warm_up`](crate::warm_up)). Under a budget shorter
    /// than a second, the first call of a process builds them all before
    /// its clock starts (60 to 80 ms in a release build), so that the
    /// budget measures the page alone; under a longer one, each is built
    /// when a page first needs it, inside that page's budget.
    ///
    /// WebAssembly without WASI (`wasm32-unknown-unknown`, as in browsers)
    /// has no clock to measure it by: there the budget is not applied and
    /// the size limits alone bound the work (cancellation still works).
    ///
    /// # Default
    ///
    /// `Some(1 second)`.
    #[must_use]
    pub fn with_time_budget(mut self, budget: Option<Duration>) -> Self {
        self.time_budget = budget;
        self
    }

    /// A flag another thread can raise to stop an extraction in progress;
    /// the call then returns [`ErrorKind::Cancelled`](crate::ErrorKind::Cancelled).
    ///
    /// # Default
    ///
    /// None.
    ///
    /// ```
    /// use std::sync::{Arc, atomic::{AtomicBool, Ordering}};
    /// use distil::{Config, Extractor, ErrorKind};
    ///
    /// let flag = Arc::new(AtomicBool::new(false));
    /// let extractor = Extractor::new(Config::default().with_cancel_flag(Some(flag.clone())));
    /// flag.store(true, Ordering::Relaxed);
    /// let err = extractor.extract("<p>anything</p>", None).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Cancelled);
    /// ```
    #[must_use]
    pub fn with_cancel_flag(mut self, flag: Option<Arc<AtomicBool>>) -> Self {
        self.cancel = flag;
        self
    }

    /// Keep `class` attributes in the article HTML.
    ///
    /// # Default
    ///
    /// `false`: classes belong to the page's style sheets, which the article
    /// leaves behind.
    #[must_use]
    pub fn with_keep_classes(mut self, keep: bool) -> Self {
        self.keep_classes = keep;
        self
    }

    /// Write figure captions (and the photo credits in them) into the plain
    /// text. The HTML and Markdown outputs always keep figures with their
    /// captions; the plain text is the article's prose, which readers and
    /// text pipelines take without the captions. Where the captions hold
    /// most of the article's text (a gallery told slide by slide), they are
    /// its prose and are written whatever this setting says.
    ///
    /// # Default
    ///
    /// `false`.
    ///
    /// ```
    /// use distil::{Config, Extractor};
    ///
    /// let para = "A paragraph of the story that is long enough to count as prose. ".repeat(10);
    /// let html = format!(
    ///     "<article><p>{para}</p><figure><img src='a.jpg'><figcaption>The harbour at dawn.\
    ///      </figcaption></figure><p>{para}</p></article>"
    /// );
    /// let plain = distil::extract(&html, None)?;
    /// assert!(!plain.text.contains("harbour at dawn"));
    /// assert!(plain.html.contains("harbour at dawn"));
    /// let with = Extractor::new(Config::default().with_captions_in_text(true)).extract(&html, None)?;
    /// assert!(with.text.contains("harbour at dawn"));
    /// # Ok::<(), distil::Error>(())
    /// ```
    #[must_use]
    pub fn with_captions_in_text(mut self, captions: bool) -> Self {
        self.captions_in_text = captions;
        self
    }

    /// Whether the text returned (the article in every format, and the
    /// title, authors, excerpt, site name, section and tags) is put in
    /// Unicode normalisation form C. Pages write the same letter either
    /// precomposed or as a base letter and a combining mark ("é" as one
    /// code point or two; Bengali "য়" likewise); in NFC, text that reads
    /// the same is the same string, which search, deduplication and
    /// comparison need. Turn it off to keep the page's code points as
    /// written. Text that is all ASCII is never touched.
    ///
    /// # Default
    ///
    /// `true`.
    ///
    /// ```
    /// use distil::{Config, Extractor};
    ///
    /// // "Café" with the accent as a combining mark (U+0301).
    /// let para = "Cafe\u{301} owners met, talked, and agreed on a plan for the square. ".repeat(10);
    /// let html = format!("<article><p>{para}</p></article>");
    /// let nfc = distil::extract(&html, None)?;
    /// assert!(nfc.text.contains("Caf\u{e9} owners"));
    /// let raw = Extractor::new(Config::default().with_unicode_nfc(false)).extract(&html, None)?;
    /// assert!(raw.text.contains("Cafe\u{301} owners"));
    /// # Ok::<(), distil::Error>(())
    /// ```
    #[must_use]
    pub fn with_unicode_nfc(mut self, nfc: bool) -> Self {
        self.unicode_nfc = nfc;
        self
    }

    /// The longest title returned, in characters; longer titles are cut at a
    /// word boundary. The byline, site name, date and language, which come
    /// from attributes of any length too, get the same cap.
    ///
    /// # Default
    ///
    /// 1024 characters.
    #[must_use]
    pub fn with_max_title_chars(mut self, chars: usize) -> Self {
        self.max_title_chars = chars;
        self
    }

    /// The longest excerpt returned, in characters.
    ///
    /// # Default
    ///
    /// 1024 characters.
    #[must_use]
    pub fn with_max_excerpt_chars(mut self, chars: usize) -> Self {
        self.max_excerpt_chars = chars;
        self
    }

    /// The largest article body returned, in bytes, for each output format.
    /// Longer output is cut at a block boundary.
    ///
    /// # Default
    ///
    /// 16 MiB.
    #[must_use]
    pub fn with_max_output_bytes(mut self, bytes: usize) -> Self {
        self.max_output_bytes = bytes;
        self
    }

    /// Which renderings of the article to produce, besides the plain text
    /// that is always there. All of them come from the same single walk
    /// over the article; a format that is not asked for costs nothing.
    ///
    /// # Default
    ///
    /// [`Formats::HTML`]: plain text and clean HTML, no Markdown.
    ///
    /// ```
    /// use distil::{Config, Extractor, Formats};
    ///
    /// let html = "<article><h1>Notes</h1><p>Plain <em>and</em> simple prose, long enough \
    ///             to be an article once the threshold is lowered a little.</p></article>";
    /// let extractor = Extractor::new(
    ///     Config::default()
    ///         .with_char_threshold(20)
    ///         .with_formats(Formats::HTML | Formats::MARKDOWN),
    /// );
    /// let article = extractor.extract(html, None)?;
    /// let markdown = article.markdown.as_deref().unwrap_or_default();
    /// assert!(markdown.ends_with("Plain *and* simple prose, long enough to be an article once the threshold is lowered a little."));
    /// # Ok::<(), distil::Error>(())
    /// ```
    #[must_use]
    pub fn with_formats(mut self, formats: Formats) -> Self {
        self.formats = formats;
        self
    }

    /// The hosts whose `<iframe>` players belong in the article. Embeds
    /// from these hosts are kept while the article is chosen (others count
    /// against the block holding them, as in Readability), and an iframe
    /// reaches the output only when its address, made absolute, is `http` or
    /// `https` on one of these hosts or a subdomain of one (`youtube.com`
    /// allows `www.youtube.com`). An empty list drops all iframes.
    ///
    /// # Default
    ///
    /// Readability's list of video players: `dailymotion.com`,
    /// `youtube.com`, `youtube-nocookie.com`, `player.vimeo.com`, `v.qq.com`,
    /// `bilibili.com`, `live.bilibili.com`, `archive.org`,
    /// `upload.wikimedia.org` and `player.twitch.tv`.
    ///
    /// ```
    /// use distil::Config;
    ///
    /// let config = Config::default().with_video_hosts(["youtube-nocookie.com", "player.vimeo.com"]);
    /// # let _ = config;
    /// ```
    #[must_use]
    pub fn with_video_hosts<I>(mut self, hosts: I) -> Self
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        self.video_hosts = hosts
            .into_iter()
            .map(|h| h.as_ref().trim().trim_matches('.').to_ascii_lowercase())
            .filter(|h| !h.is_empty())
            .collect();
        self.videos = patterns::VideoPlayers::new(&self.video_hosts);
        self
    }

    /// Whether to read the readers' comments under the article into
    /// [`Article::comments`](crate::Article::comments), in the same formats
    /// as the article. The article itself
    /// never holds them; the comment section is found by the names sites
    /// give it (`id="comments"`, `comment-list`, `comments-area`...) or as
    /// the element that holds the page's schema.org `Comment`s, and read
    /// without its form, its "Reply" links and its navigation. On a
    /// product page, the customers' reviews (`product-reviews`,
    /// schema.org `Review`s) are read the same way.
    ///
    /// # Default
    ///
    /// `false`: comments are not looked for.
    ///
    /// ```
    /// use distil::{Config, Extractor};
    ///
    /// let story = "<p>The council met on Monday, and after a long debate, voted to rebuild the harbour wall.</p>";
    /// let html = format!(
    ///     "<article>{}</article><section id=\"comments\"><ol class=\"comment-list\">\
    ///      <li class=\"comment\"><p>About time too: the old wall has been crumbling for years.</p>\
    ///      <a class=\"comment-reply-link\" href=\"#\">Reply</a></li></ol>\
    ///      <form><textarea></textarea><button>Post comment</button></form></section>",
    ///     story.repeat(6)
    /// );
    /// let extractor = Extractor::new(Config::default().with_comments(true));
    /// let article = extractor.extract(&html, None).unwrap();
    /// assert!(!article.text.contains("About time"));
    /// let comments = article.comments.unwrap();
    /// assert_eq!(comments.text, "About time too: the old wall has been crumbling for years.");
    /// assert!(comments.html.contains("<p>About time too"));
    /// ```
    #[must_use]
    pub fn with_comments(mut self, comments: bool) -> Self {
        self.comments = comments;
        self
    }

    /// Elements to take out of every page before it is read, for the
    /// boilerplate of the sites the caller knows (a related-stories rail,
    /// a promo box the general rules keep). A pruned element is gone for
    /// every stage: it is never the article, never in the output and never
    /// a source of metadata.
    ///
    /// # Default
    ///
    /// `None`: nothing is pruned.
    ///
    /// ```
    /// use distil::{Config, Extractor, Selector};
    ///
    /// let story = "<p>The council met on Monday, and after a long debate, voted to rebuild the harbour wall.</p>";
    /// let html = format!(
    ///     "<article>{}<div class=\"guide\"><p>Our autumn guide, with twelve walks along the coast, is out now.</p></div>{}</article>",
    ///     story.repeat(4),
    ///     story.repeat(4)
    /// );
    /// let article = Extractor::default().extract(&html, None).unwrap();
    /// assert!(article.text.contains("twelve walks"));
    ///
    /// let prune = Selector::parse("aside.related, .guide").unwrap();
    /// let extractor = Extractor::new(Config::default().with_prune_selector(Some(prune)));
    /// let article = extractor.extract(&html, None).unwrap();
    /// assert!(article.text.contains("harbour wall"));
    /// assert!(!article.text.contains("twelve walks"));
    /// ```
    #[must_use]
    pub fn with_prune_selector(mut self, selector: Option<Selector>) -> Self {
        self.prune_selector = selector;
        self
    }

    /// Where the content is, for the sites the caller knows: when an
    /// element of a page's body matches, everything in the body outside
    /// the matches (and the elements that hold them) is taken out before
    /// the page is read, and the article is looked for in what is left.
    /// The general rules still clean it: boilerplate inside the matched
    /// element is removed as on any page. A page where nothing matches is
    /// read whole, as without the selector.
    ///
    /// Applied after [`Config::with_prune_selector`], so a pruned element
    /// is never the content.
    ///
    /// # Default
    ///
    /// `None`: the extractor finds the content itself.
    ///
    /// ```
    /// use distil::{Config, Extractor, Selector};
    ///
    /// let html = "<div class=\"teasers\"><p>A long teaser about another story, with commas, clauses, and more words than the story itself has.</p></div>\
    ///             <div class=\"story-body\"><p>The harbour wall will be rebuilt.</p></div>";
    /// let whole = Extractor::default().extract(html, None).unwrap();
    /// assert!(whole.text.contains("teaser"));
    ///
    /// let content = Selector::parse("div.story-body").unwrap();
    /// let extractor = Extractor::new(Config::default().with_content_selector(Some(content)));
    /// let article = extractor.extract(html, None).unwrap();
    /// assert_eq!(article.text, "The harbour wall will be rebuilt.");
    /// ```
    #[must_use]
    pub fn with_content_selector(mut self, selector: Option<Selector>) -> Self {
        self.content_selector = selector;
        self
    }
}

/// A set of output formats, for [`Config::with_formats`].
///
/// Plain text ([`Article::text`](crate::Article::text)) is always produced:
/// it measures the article and decides whether there is one. Combine the
/// others with `|`.
///
/// ```
/// use distil::Formats;
///
/// let both = Formats::HTML | Formats::MARKDOWN;
/// assert!(both.contains(Formats::MARKDOWN));
/// assert!(!Formats::TEXT.contains(Formats::HTML));
/// assert_eq!(both, Formats::ALL);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Formats(u8);

impl Formats {
    /// Plain text only.
    pub const TEXT: Formats = Formats(0);
    /// Clean HTML ([`Article::html`](crate::Article::html)).
    pub const HTML: Formats = Formats(1);
    /// GitHub-flavoured Markdown ([`Article::markdown`](crate::Article::markdown)).
    pub const MARKDOWN: Formats = Formats(2);
    /// Every format.
    pub const ALL: Formats = Formats(3);

    /// Whether every format of `other` is in `self`.
    pub const fn contains(self, other: Formats) -> bool {
        self.0 & other.0 == other.0
    }
}

impl Default for Formats {
    /// Text and HTML.
    fn default() -> Self {
        Formats::HTML
    }
}

impl BitOr for Formats {
    type Output = Formats;

    fn bitor(self, other: Formats) -> Formats {
        Formats(self.0 | other.0)
    }
}
