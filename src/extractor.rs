//! [`Extractor`]: runs the pipeline stages in order under one budget.

use std::borrow::Cow;
use std::panic::{self, AssertUnwindSafe};

use url::Url;

use crate::article::{Article, Comments, EncodingInfo, EncodingSource, Metadata};
use crate::budget::Budget;
use crate::clean::{self, Byline, Flags, PageContext, Removal};
use crate::comments;
use crate::confidence;
use crate::config::Config;
use crate::decode;
use crate::dom::{self, Dom, NodeId, SinkLimits, Tag, noscript};
use crate::error::{Error, ErrorKind, FileType};
use crate::explain::{self, Explanation};
use crate::features::Features;
use crate::metadata;
use crate::parse::{self, Scripting, Unread};
use crate::patterns;
use crate::postprocess::{self, Plan};
use crate::readerable;
use crate::recipe;
use crate::score::{self, Scores};
use crate::select;
use crate::serialize;
use crate::signals::Signals;
use crate::sniff;
use crate::structured;

/// A time budget below this is too short to hold the building of the
/// patterns as well as a page (see
/// [`Extractor::build_patterns_outside_a_tight_budget`]).
const TIGHT_BUDGET: std::time::Duration = std::time::Duration::from_secs(1);

/// A configured, reusable article extractor.
///
/// An `Extractor` holds only its [`Config`]: it is cheap to clone, `Send`
/// and `Sync`, and one instance can serve any number of threads.
///
/// # Examples
///
/// ```
/// use distil::{Config, Extractor};
///
/// let extractor = Extractor::new(Config::default().with_char_threshold(100));
/// let html = "<html><body><article><h1>Notes</h1><p>A short page, with just enough \
///             prose in it to pass a lowered threshold of one hundred characters.</p>\
///             </article></body></html>";
/// let article = extractor.extract(html, None)?;
/// assert!(article.text.contains("A short page"));
/// # Ok::<(), distil::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    config: Config,
}

/// The chosen attempt: its plan and the side tables behind it.
struct Attempt {
    flags: Flags,
    plan: Plan,
    scores: Scores,
    features: Features,
    ranking: Vec<NodeId>,
    top: NodeId,
    byline: Option<NodeId>,
    /// Read from the page's declared `articleBody`, not its markup.
    structured: bool,
}

/// What is known about the page before rendering: its declared metadata,
/// the byline element found while cleaning, the readerable verdict.
struct PageFacts {
    /// What the page declares, completed from the article when rendered.
    meta: metadata::Facts,
    /// The text of the byline element found while cleaning.
    byline: Option<String>,
    /// The `dir` declared around the article.
    dir: Option<crate::article::TextDirection>,
    readerable: bool,
}

/// Everything one run produced, for the article and for explanations.
struct Outcome {
    dom: Dom,
    signals: Signals,
    /// The chosen attempt, or the best one found when the page was judged
    /// to hold no article (then `rejected` says why).
    attempt: Option<Attempt>,
    rejected: Option<&'static str>,
    article: Result<Article, Error>,
}

/// A page as the caller hands it in.
#[derive(Clone, Copy)]
enum Input<'a> {
    /// Already decoded text.
    Text(&'a str),
    /// Raw bytes, with the transport's `Content-Type` or charset if known.
    Bytes {
        bytes: &'a [u8],
        content_type: Option<&'a str>,
    },
}

impl Input<'_> {
    fn len(&self) -> usize {
        match self {
            Input::Text(text) => text.len(),
            Input::Bytes { bytes, .. } => bytes.len(),
        }
    }
}

impl Extractor {
    /// An extractor with the given settings.
    pub fn new(config: Config) -> Self {
        Extractor { config }
    }

    /// The settings of this extractor.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Extracts the article from an HTML document.
    ///
    /// `base_url` is the address the page was fetched from; relative links
    /// and images in the output are resolved against it (and against the
    /// page's `<base href>`).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NoContent`] when the page holds no article;
    /// [`ErrorKind::NotHtml`] when the input is no page (a PDF, an image,
    /// JSON, a feed...); a limit or budget kind when one of the configured
    /// limits fired.
    pub fn extract(&self, html: &str, base_url: Option<&Url>) -> Result<Article, Error> {
        let input = Input::Text(html);
        self.guarded(input, |budget| {
            self.run(input, base_url, Unread::Unused, budget)?.article
        })
    }

    /// Extracts the article from a page given as bytes, as it came from the
    /// network or the disk, in any character encoding.
    ///
    /// The encoding is decided as browsers decide it: a byte-order mark;
    /// else `content_type`, the transport's `Content-Type` header value
    /// (`text/html; charset=windows-1251`) or a bare charset label
    /// (`Shift_JIS`); else a `<meta>` declaration in the first 1024 bytes;
    /// else the bytes themselves (valid UTF-8, or a statistical guess hinted
    /// by the top-level domain of `base_url`). A guess is revised once when
    /// the page declares its encoding further down. The result is in
    /// [`Article::encoding`].
    ///
    /// ```
    /// use distil::{EncodingSource, Extractor, Config};
    ///
    /// // "Café crème" in windows-1252, declared only by the HTTP header.
    /// let page = b"<html><body><article><p>Caf\xe9 cr\xe8me, served at the \
    ///     corner of the square every morning since the spring of 1962.</p></article></body></html>";
    /// let extractor = Extractor::new(Config::default().with_char_threshold(20));
    /// let article = extractor.extract_bytes(page, Some("text/html; charset=ISO-8859-1"), None)?;
    /// assert!(article.text.starts_with("Café crème"));
    /// let encoding = article.encoding.unwrap();
    /// assert_eq!((encoding.name, encoding.source), ("windows-1252", EncodingSource::Transport));
    /// # Ok::<(), distil::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`extract`](Self::extract); the input size limit applies to the
    /// bytes, before anything is decoded.
    pub fn extract_bytes(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
        base_url: Option<&Url>,
    ) -> Result<Article, Error> {
        let input = Input::Bytes {
            bytes,
            content_type,
        };
        self.guarded(input, |budget| {
            self.run(input, base_url, Unread::Unused, budget)?.article
        })
    }

    /// Reads the article's metadata without extracting its content: the
    /// page is parsed under the same limits and budget, but nothing is
    /// scored or selected, so the cost is little more than the parse
    /// (which is the larger part of [`extract`](Self::extract)).
    ///
    /// The fields are those of [`Article::metadata`], except that the
    /// excerpt and the byline read from the page text (when the page
    /// declares neither) come from the page as a whole rather than from the
    /// extracted article. `base_url` resolves relative image and canonical
    /// URLs, with the page's `<base href>`.
    ///
    /// ```
    /// use distil::{Extractor, Source};
    ///
    /// let html = r#"<html lang="fr"><head>
    ///   <meta property="og:title" content="La pluie revient">
    ///   <meta property="og:image" content="/img/pluie.jpg"></head>
    ///   <body><p class="byline">Par Jeanne Dupont, 10 juillet 2015</p></body></html>"#;
    /// let page = distil::Url::parse("https://example.org/meteo/pluie")?;
    /// let meta = Extractor::default().metadata(html, Some(&page))?;
    /// assert_eq!(meta.title.as_deref(), Some("La pluie revient"));
    /// assert_eq!(meta.authors, ["Jeanne Dupont"]);
    /// assert_eq!(meta.published.as_deref(), Some("2015-07-10"));
    /// assert_eq!(meta.sources.published, Some(Source::PageText));
    /// assert_eq!(meta.image.as_deref(), Some("https://example.org/img/pluie.jpg"));
    /// assert_eq!(meta.lang.as_deref(), Some("fr"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// A limit or budget kind when one of the configured limits fired;
    /// [`ErrorKind::NotHtml`] when the input is no page. A page without an
    /// article is not an error: its metadata is returned.
    pub fn metadata(&self, html: &str, base_url: Option<&Url>) -> Result<Metadata, Error> {
        self.metadata_input(Input::Text(html), base_url)
    }

    /// [`metadata`](Self::metadata) for a page given as bytes; the encoding
    /// is decided as in [`extract_bytes`](Self::extract_bytes).
    ///
    /// ```
    /// // "Новости" in windows-1251, declared by the page.
    /// let page = b"<html><head><meta charset=windows-1251><title>\xcd\xee\xe2\xee\xf1\xf2\xe8</title></head></html>";
    /// let meta = distil::Extractor::default().metadata_bytes(page, None, None)?;
    /// assert_eq!(meta.title.as_deref(), Some("Новости"));
    /// # Ok::<(), distil::Error>(())
    /// ```
    pub fn metadata_bytes(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
        base_url: Option<&Url>,
    ) -> Result<Metadata, Error> {
        let input = Input::Bytes {
            bytes,
            content_type,
        };
        self.metadata_input(input, base_url)
    }

    fn metadata_input(&self, input: Input<'_>, base_url: Option<&Url>) -> Result<Metadata, Error> {
        self.guarded(input, |budget| {
            let (_, _, dom) = self.load(input, base_url, Unread::Unused, budget)?;
            let signals = Signals::compute(&dom);
            budget.check()?;
            Ok(metadata::without_extraction(
                &dom,
                &signals,
                base_url,
                self.caps(),
                &self.config.videos,
            ))
        })
    }

    /// Extracts the article and explains every decision behind it.
    ///
    /// The article is exactly what [`extract`](Self::extract) returns for
    /// the same input. The explanation is empty when the page could not be
    /// parsed (a limit fired).
    ///
    /// ```
    /// use distil::{Extractor, explain::Decision};
    ///
    /// let html = r#"<body><div class="sidebar"><p>Popular links</p></div>
    ///   <article><p>A long enough paragraph of real prose, with commas, clauses, and
    ///   the kind of detail that readers come for, repeated to pass the threshold.
    ///   A long enough paragraph of real prose, with commas, clauses, and the kind of
    ///   detail that readers come for, repeated to pass the threshold. A long enough
    ///   paragraph of real prose, with commas, clauses, and the kind of detail that
    ///   readers come for, repeated to pass the threshold.</p></article></body>"#;
    /// let (article, why) = Extractor::default().explain(html, None);
    /// assert!(article.is_ok());
    /// let sidebar = why.blocks.iter().find(|b| b.path.contains("sidebar")).unwrap();
    /// assert_eq!(sidebar.decision, Decision::Dropped);
    /// assert!(sidebar.reason.contains("unlikely"));
    /// ```
    pub fn explain(
        &self,
        html: &str,
        base_url: Option<&Url>,
    ) -> (Result<Article, Error>, Explanation) {
        self.explain_input(Input::Text(html), base_url)
    }

    /// [`explain`](Self::explain) for a page given as bytes; the encoding is
    /// decided as in [`extract_bytes`](Self::extract_bytes).
    pub fn explain_bytes(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
        base_url: Option<&Url>,
    ) -> (Result<Article, Error>, Explanation) {
        let input = Input::Bytes {
            bytes,
            content_type,
        };
        self.explain_input(input, base_url)
    }

    fn explain_input(
        &self,
        input: Input<'_>,
        base_url: Option<&Url>,
    ) -> (Result<Article, Error>, Explanation) {
        let mut report = Explanation::default();
        let article = self.guarded(input, |budget| {
            // The annotated copy of the page keeps the page's own style
            // sheets, so that it looks as the page does.
            let outcome = self.run(input, base_url, Unread::ScriptsAndDrawings, budget)?;
            if let Some(a) = &outcome.attempt {
                report = explain::build(&explain::Inputs {
                    dom: &outcome.dom,
                    signals: &outcome.signals,
                    features: &a.features,
                    scores: &a.scores,
                    plan: &a.plan,
                    flags: a.flags,
                    ranking: &a.ranking,
                    structured: a.structured,
                    rejected: outcome.rejected,
                });
            }
            outcome.article
        });
        (article, report)
    }

    /// A quick check, without extraction, of whether a page probably holds
    /// an article: enough visible paragraphs, lists, tables or preformatted
    /// blocks of real length that are not named like page furniture
    /// (Readability's `isProbablyReaderable`, extended to lists and tables).
    /// The page is parsed under the same limits; a page that cannot be
    /// parsed within them is not readerable, nor is a file that is no page
    /// ([`ErrorKind::NotHtml`]).
    ///
    /// ```
    /// let story = format!("<article><p>{}</p></article>", "A line of plain prose. ".repeat(40));
    /// assert!(distil::is_probably_readerable(&story));
    /// assert!(!distil::is_probably_readerable("<nav><a href='/'>Home</a></nav>"));
    /// ```
    pub fn is_probably_readerable(&self, html: &str) -> bool {
        self.readerable(Input::Text(html), None)
    }

    /// [`is_probably_readerable`](Self::is_probably_readerable) for a page
    /// given as bytes; the encoding is decided as in
    /// [`extract_bytes`](Self::extract_bytes).
    ///
    /// ```
    /// let story = format!("<article><p>{}</p></article>", "A line of plain prose. ".repeat(40));
    /// let extractor = distil::Extractor::default();
    /// assert!(extractor.is_probably_readerable_bytes(story.as_bytes(), None, None));
    /// ```
    pub fn is_probably_readerable_bytes(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
        base_url: Option<&Url>,
    ) -> bool {
        let input = Input::Bytes {
            bytes,
            content_type,
        };
        self.readerable(input, base_url)
    }

    fn readerable(&self, input: Input<'_>, base_url: Option<&Url>) -> bool {
        if input.len() > self.config.max_input_bytes {
            return false;
        }
        self.build_patterns_outside_a_tight_budget();
        let budget = Budget::new(&self.config);
        panic::catch_unwind(AssertUnwindSafe(|| {
            let (_, _, dom) = self.load(input, base_url, Unread::Unused, &budget).ok()?;
            let signals = Signals::compute(&dom);
            let features =
                Features::compute_with(&dom, &vec![false; dom.len()], &self.config.videos);
            Some(readerable::is_readerable(&dom, &signals, &features))
        }))
        .ok()
        .flatten()
        .unwrap_or(false)
    }

    /// Checks the input size, runs the pipeline under the budget, and turns
    /// any panic into [`ErrorKind::Internal`] so that none crosses the API.
    fn guarded<T>(
        &self,
        input: Input<'_>,
        work: impl FnOnce(&Budget) -> Result<T, Error>,
    ) -> Result<T, Error> {
        if input.len() > self.config.max_input_bytes {
            return Err(Error::new(ErrorKind::InputTooLarge {
                size: input.len(),
                limit: self.config.max_input_bytes,
            }));
        }
        self.build_patterns_outside_a_tight_budget();
        let budget = Budget::new(&self.config);
        panic::catch_unwind(AssertUnwindSafe(|| work(&budget)))
            .unwrap_or_else(|_| Err(Error::new(ErrorKind::Internal)))
    }

    /// The patterns are built once per process, each when a page first
    /// needs it: a cold process's first page pays for the ones it uses
    /// (some 20 ms in a release build) inside its time budget, which a
    /// budget of a second or more has room for. A tighter budget would time
    /// that page out for work that is not its own, so under one every
    /// pattern is built first, outside the clock (60 to 80 ms, once).
    fn build_patterns_outside_a_tight_budget(&self) {
        if self
            .config
            .time_budget
            .is_some_and(|budget| budget < TIGHT_BUDGET)
        {
            patterns::ensure_built();
        }
    }

    fn limits(&self) -> SinkLimits {
        SinkLimits {
            max_nodes: self.config.max_nodes,
            max_depth: self.config.max_depth,
            max_open_depth: self.config.max_open_depth,
            max_attributes: self.config.max_attributes,
        }
    }

    fn caps(&self) -> metadata::Caps {
        metadata::Caps {
            title: self.config.max_title_chars,
            excerpt: self.config.max_excerpt_chars,
            nfc: self.config.unicode_nfc,
        }
    }

    /// The pipeline. `Err` only for errors that leave nothing to explain
    /// (limits, budget); "no article" is reported inside the outcome.
    fn run(
        &self,
        input: Input<'_>,
        base_url: Option<&Url>,
        unread: Unread,
        budget: &Budget,
    ) -> Result<Outcome, Error> {
        budget.check()?;
        let (html, encoding, dom) = self.load(input, base_url, unread, budget)?;
        let mut outcome = self.extract_dom(dom, base_url, budget)?;
        let found = match &outcome.article {
            Ok(article) => article.length,
            Err(e) if e.kind() == ErrorKind::NoContent => 0,
            Err(_) => usize::MAX,
        };
        if found < self.config.char_threshold && noscript::has_fallback(&outcome.dom) {
            // Too little content: the page may be one that only has it
            // without scripts. Read it as a browser with scripts off would,
            // and keep that reading only if it yields a real article.
            // A limit or the budget running out here leaves the first
            // reading as the answer.
            let retry = self
                .build_dom(&html, Scripting::Disabled, unread, budget)
                .and_then(|dom| self.extract_dom(dom, base_url, budget));
            if let Ok(retry) = retry {
                let threshold = self.config.char_threshold;
                if retry.article.as_ref().is_ok_and(|a| a.length >= threshold) {
                    outcome = retry;
                }
            }
        }
        if let Ok(article) = &mut outcome.article {
            article.encoding = encoding;
        }
        Ok(outcome)
    }

    /// Decodes the input (bytes only) and builds its tree. A guessed
    /// encoding that the page contradicts with a `<meta>` past the prescan
    /// window is replaced by the declared one, and the page decoded and
    /// parsed once more.
    fn load<'a>(
        &self,
        input: Input<'a>,
        base_url: Option<&Url>,
        unread: Unread,
        budget: &Budget,
    ) -> Result<(Cow<'a, str>, Option<EncodingInfo>, Dom), Error> {
        let (bytes, content_type) = match input {
            Input::Text(text) => {
                refuse_other_files(sniff::file_type(text.as_bytes(), false))?;
                let text = as_page(Cow::Borrowed(text));
                let dom = self.build_dom(&text, Scripting::Enabled, unread, budget)?;
                return Ok((text, None, dom));
            }
            Input::Bytes {
                bytes,
                content_type,
            } => (bytes, content_type),
        };
        let decision = decode::decide(bytes, content_type, base_url);
        refuse_other_files(sniff::file_type(bytes, decision.is_utf16()))?;
        let mut decoded = decision.decode(bytes);
        decoded.text = as_page(decoded.text);
        budget.check()?;
        let dom = self.build_dom(&decoded.text, Scripting::Enabled, unread, budget)?;
        if decoded.tentative {
            if let Some(declared) = decode::late_declaration(&dom) {
                if declared.name() != decoded.info.name {
                    if bytes.is_ascii() && declared.is_ascii_compatible() {
                        // Same text either way: only the name changes.
                        let info = EncodingInfo {
                            name: declared.name(),
                            source: EncodingSource::Meta,
                        };
                        return Ok((decoded.text, Some(info), dom));
                    }
                    drop(dom);
                    let again = decode::decode_as(bytes, declared, EncodingSource::Meta);
                    budget.check()?;
                    let dom = self.build_dom(&again.text, Scripting::Enabled, unread, budget)?;
                    return Ok((again.text, Some(again.info), dom));
                }
            }
        }
        Ok((decoded.text, Some(decoded.info), dom))
    }

    /// The tree extraction reads for `html`, prepared as [`Self::build_dom`]
    /// prepares it; for tests of the stages that read it.
    #[cfg(test)]
    pub(crate) fn prepared(html: &str) -> Dom {
        Extractor::default()
            .build_dom(
                html,
                Scripting::Enabled,
                Unread::Unused,
                &Budget::unlimited(),
            )
            .expect("a small page within the default limits")
    }

    /// Parses `html` under the limits and budget and prepares the tree:
    /// `<noscript>` fallbacks, the caller's selectors, paragraph
    /// normalisation, index.
    fn build_dom(
        &self,
        html: &str,
        scripting: Scripting,
        unread: Unread,
        budget: &Budget,
    ) -> Result<Dom, Error> {
        budget.check()?;
        let parse::Parsed {
            dom: mut raw,
            nodes,
            role_tables,
            mut spaces,
        } = parse::parse(
            html,
            self.limits(),
            scripting,
            budget,
            self.adjusted_for_selectors(unread),
        )?;
        budget.check()?;
        let walk = match scripting {
            Scripting::Enabled => noscript::unwrap_images(&mut raw, nodes, self.limits(), budget)?,
            Scripting::Disabled => {
                noscript::unwrap_fallback(&mut raw);
                None
            }
        };
        let (walk, selected) = dom::selectors::apply(
            &mut raw,
            self.config.prune_selector.as_ref(),
            self.config.content_selector.as_ref(),
            walk,
        );
        let nodes = dom::normalize_walked(&mut raw, walk, role_tables, &mut spaces);
        let mut dom = Dom::index_sized(raw, nodes, &spaces);
        dom.set_selector_report(selected);
        budget.check()?;
        Ok(dom)
    }

    /// `unread`, keeping every attribute when the caller's selectors test
    /// attributes (the parse otherwise leaves out those nothing reads).
    fn adjusted_for_selectors(&self, unread: Unread) -> Unread {
        let tests_attributes = [&self.config.prune_selector, &self.config.content_selector]
            .into_iter()
            .flatten()
            .any(|s| s.tests_attributes());
        match unread {
            Unread::Unused if tests_attributes => Unread::UnusedButAttributes,
            other => other,
        }
    }

    /// Extraction proper, on a prepared tree: metadata, signals, then
    /// attempts with relaxing rules until one is long enough.
    fn extract_dom(
        &self,
        dom: Dom,
        base_url: Option<&Url>,
        budget: &Budget,
    ) -> Result<Outcome, Error> {
        let signals = Signals::compute(&dom);
        let facts = metadata::read(&dom, &signals, base_url);
        let videos = &self.config.videos;
        let raw_features = Features::compute_with(&dom, &vec![false; dom.len()], videos);
        let readerable = readerable::is_readerable(&dom, &signals, &raw_features);
        let site_host = facts.site_host();
        let paged = clean::paged_sections(&dom, &signals, &raw_features);
        let page = PageContext {
            signals: &signals,
            title: facts.title(),
            byline: Byline::Find,
            dated: facts.is_dated(),
            forum_thread: facts.is_forum_thread(),
            site_host: site_host.as_deref(),
            paged: &paged,
        };

        let mut flags = Flags::ALL;
        let mut best: Option<Attempt> = None;
        let mut dom_byline = None;
        // The page's measures, which an attempt takes and changes; the
        // attempt not kept undoes its changes and hands them to the next.
        // Only when the kept one holds them is a copy restored from it.
        let mut pristine = Some(raw_features);
        loop {
            budget.check()?;
            let page = PageContext {
                byline: dom_byline.map_or(Byline::Find, Byline::Remove),
                ..page
            };
            let mut work = pristine
                .take()
                .or_else(|| best.as_ref().map(|b| b.features.restored()));
            let mut good = false;
            if let Some(attempt) = self.attempt(&dom, &page, flags, &mut work) {
                if dom_byline.is_none() {
                    dom_byline = attempt.byline;
                }
                good = self.is_long_enough(&dom, &attempt.plan);
                let dropped = if best
                    .as_ref()
                    .is_none_or(|b| finds_more_article(attempt.plan.text_len, b.plan.text_len))
                {
                    best.replace(attempt)
                } else {
                    Some(attempt)
                };
                work = dropped.map(|a| a.features);
                if let Some(f) = work.as_mut() {
                    f.undo();
                }
            }
            pristine = work;
            if good {
                break;
            }
            match flags.relaxed() {
                Some(next) => flags = next,
                None => break,
            }
        }
        budget.check()?;
        // The best attempt may still hold nothing to read; it is kept aside
        // so an explanation can show what was found and why it was refused.
        let (mut best, rejected) = match best {
            Some(a) if a.plan.text_len == 0 => (None, Some((a, NO_TEXT))),
            Some(a) if is_link_list(&dom, &a) => (None, Some((a, LINK_LIST))),
            Some(a) if is_page_chrome_only(&dom, &a) => (None, Some((a, PAGE_CHROME))),
            Some(a) if is_error_notice(&dom, &a) => (None, Some((a, ERROR_NOTICE))),
            found => (found, None),
        };
        // The page's measures, restored from an attempt only when needed.
        let mut raw_features = pristine;
        if let Some(a) = best.as_mut() {
            let ingredients = facts.recipe_ingredients();
            // Fewer than two lines can never be included (see `recipe`).
            if ingredients.len() >= 2 {
                let raw = raw_features.get_or_insert_with(|| a.features.restored());
                recipe::include_ingredients(&dom, &signals, raw, &mut a.plan, ingredients);
            }
        }
        let byline = dom_byline.map(|b| clean::byline_text(&dom, &signals, b));
        let comments = match &best {
            Some(a) if self.config.comments => {
                let raw = raw_features.get_or_insert_with(|| a.features.restored());
                self.comments(&dom, &signals, raw, a, base_url)
            }
            _ => None,
        };
        let found = best.as_ref().map_or(0, |a| a.plan.text_len as usize);
        let threshold = self.config.char_threshold;
        let structured = match facts
            .structured_body()
            .filter(|b| structured::may_prefer(b, found, threshold))
        {
            Some(body) => self.structured_attempt(body, &page, found, budget)?,
            None => None,
        };
        // The article and the tree it was read from: the page's, or its
        // declared body's. `dir` is the page's own declaration either way.
        let (dom, signals, best, dir) = match structured {
            Some((sdom, ssignals, a)) => {
                let dir = dom
                    .find(Tag::Body)
                    .and_then(|b| metadata::direction(&dom, b));
                (sdom, ssignals, Some(a), dir)
            }
            None => {
                let dir = best.as_ref().and_then(|a| metadata::direction(&dom, a.top));
                (dom, signals, best, dir)
            }
        };
        let article = match &best {
            Some(a) => {
                let facts = PageFacts {
                    meta: facts,
                    byline,
                    dir,
                    readerable,
                };
                self.render(&dom, a, facts, base_url).map(|mut article| {
                    article.comments = comments;
                    article
                })
            }
            None => Err(Error::no_content()),
        };
        let (attempt, rejected) = match (best, rejected) {
            (Some(a), _) => (Some(a), None),
            (None, Some((a, why))) => (Some(a), Some(why)),
            (None, None) => (None, None),
        };
        Ok(Outcome {
            dom,
            signals,
            attempt,
            rejected,
            article,
        })
    }

    /// Whether an attempt found enough text to stop trying more relaxed
    /// rules. CJK characters count twice: a character there carries about
    /// what a short word does elsewhere, so a Chinese or Japanese article
    /// of 300 characters is no stub (and its relaxed readings keep the
    /// chrome the strict one removes).
    fn is_long_enough(&self, dom: &Dom, plan: &Plan) -> bool {
        crate::text::reaches_with_cjk_doubled(
            plan.text_len as usize,
            self.config.char_threshold,
            || postprocess::kept_cjk_chars(dom, &plan.removal, &plan.roots),
        )
    }

    /// The article read from the page's declared `articleBody` (see
    /// [`structured`]): its own small document, tree, signals and one
    /// strict attempt; `None` unless it holds far more than the `found`
    /// characters the markup gave.
    fn structured_attempt(
        &self,
        body: &str,
        page: &PageContext<'_>,
        found: usize,
        budget: &Budget,
    ) -> Result<Option<(Dom, Signals, Attempt)>, Error> {
        let doc = structured::document(body);
        let dom = self.build_dom(&doc, Scripting::Enabled, Unread::Unused, budget)?;
        let signals = Signals::compute(&dom);
        let raw = Features::compute_with(&dom, &vec![false; dom.len()], &self.config.videos);
        let paged = clean::paged_sections(&dom, &signals, &raw);
        let spage = PageContext {
            signals: &signals,
            byline: Byline::Ignore,
            paged: &paged,
            ..*page
        };
        let threshold = self.config.char_threshold;
        let attempt = self
            .attempt(&dom, &spage, Flags::ALL, &mut Some(raw))
            .filter(|a| structured::prefer(a.plan.text_len as usize, found, threshold));
        Ok(attempt.map(|a| {
            let a = Attempt {
                structured: true,
                ..a
            };
            (dom, signals, a)
        }))
    }

    /// One attempt with the given rules: clean, score, select, prepare.
    /// `work` holds the page's measures, unchanged; the attempt takes them,
    /// and one that selects nothing puts them back as they were.
    fn attempt(
        &self,
        dom: &Dom,
        page: &PageContext<'_>,
        flags: Flags,
        work: &mut Option<Features>,
    ) -> Option<Attempt> {
        let mut features = work.take()?;
        let cleaning = clean::clean(dom, page, &features, flags);
        let removed: Vec<bool> = cleaning
            .removal
            .iter()
            .map(|r| *r != Removal::Kept)
            .collect();
        // The page's measures, updated for what this attempt removed.
        features.start_journal();
        features.recompute_within(dom, &removed, &[0]);
        let mut scores = score::score(dom, &features, page.signals, &cleaning, flags);
        let selection = select::select(
            dom,
            page,
            &features,
            &mut scores,
            &cleaning,
            self.config.n_top_candidates,
        );
        let Some(mut selection) = selection else {
            features.undo();
            *work = Some(features);
            return None;
        };
        let top = selection.top;
        let ranking = std::mem::take(&mut selection.ranking);
        let byline = cleaning.byline;
        let plan = postprocess::prepare(dom, page, &mut features, cleaning, selection, flags);
        Some(Attempt {
            flags,
            plan,
            scores,
            features,
            ranking,
            top,
            byline,
            structured: false,
        })
    }

    /// The comment section apart from the article of `attempt`, in the
    /// article's formats.
    fn comments(
        &self,
        dom: &Dom,
        signals: &Signals,
        features: &Features,
        attempt: &Attempt,
        base_url: Option<&Url>,
    ) -> Option<Comments> {
        let plan = comments::find(dom, signals, features, &attempt.plan)?;
        let rendered = serialize::render_article(dom, &plan, base_url, &self.config);
        (!rendered.text.is_empty()).then_some(Comments {
            html: rendered.html,
            text: rendered.text,
            markdown: rendered.markdown,
        })
    }

    /// Renders the chosen attempt and completes the metadata.
    fn render(
        &self,
        dom: &Dom,
        attempt: &Attempt,
        facts: PageFacts,
        base_url: Option<&Url>,
    ) -> Result<Article, Error> {
        let PageFacts {
            meta,
            byline,
            dir,
            readerable,
        } = facts;
        let plan = &attempt.plan;
        let rendered = serialize::render_article(dom, plan, base_url, &self.config);
        let text_body = rendered.text;
        if text_body.is_empty() {
            return Err(Error::no_content());
        }
        let page = metadata::PageText {
            byline,
            first_paragraph: first_paragraph(dom, plan),
            dir,
        };
        let meta = metadata::finish(meta, page, self.caps());
        let length = text_body.chars().count();
        let confidence = confidence::assess(&confidence::Inputs {
            dom,
            scores: &attempt.scores,
            features: &attempt.features,
            plan,
            ranking: &attempt.ranking,
            top: attempt.top,
            flags: attempt.flags,
            readerable,
            text_chars: length,
            body: dom.find(Tag::Body),
        });
        Ok(Article {
            html: rendered.html,
            confidence,
            length,
            readerable,
            text: text_body,
            markdown: rendered.markdown,
            comments: None,
            metadata: meta,
            encoding: None,
        })
    }
}

/// Why a page's best candidate was refused, in words, for explanations.
const NO_TEXT: &str = "the best candidate holds no text worth keeping";
const LINK_LIST: &str =
    "the best candidate is a list of links and little else (a menu, a site map, a page of teasers)";

const PAGE_CHROME: &str = "all the text found is in the page's header, navigation or footer";

const ERROR_NOTICE: &str =
    "the text found is an error or bot-check notice in place of the page (\"page not found\")";

/// Articles longer than this are read as articles whatever they say.
const ERROR_NOTICE_MAX_CHARS: u32 = 500;

/// Whether all the attempt found is a short notice standing in for the
/// page: a "not found" page, a bot check or an access refusal, served as
/// an ordinary page ("Sorry, the page you were looking for could not be
/// found", "Checking if the site connection is secure"). A crawl holds
/// many; an article about such errors is longer than a notice.
fn is_error_notice(dom: &Dom, attempt: &Attempt) -> bool {
    let plan = &attempt.plan;
    plan.text_len <= ERROR_NOTICE_MAX_CHARS
        && plan
            .roots
            .iter()
            .filter(|&&root| !plan.is_removed(root))
            .any(|&root| {
                let text = postprocess::kept_lines(dom, &plan.removal, root);
                patterns::ERROR_NOTICE_TEXT.is_match(&text)
            })
}

/// Whether every word the attempt keeps sits in a page-level `<header>`,
/// `<nav>` or `<footer>` (one outside any `<main>` or `<article>`, where
/// some page builders put the whole post): a page whose only text left is
/// its masthead's greeting and links ("Hi! Sign in or register") has no
/// article.
fn is_page_chrome_only(dom: &Dom, attempt: &Attempt) -> bool {
    let plan = &attempt.plan;
    let is_landmark = |id: NodeId| matches!(dom.tag(id), Tag::Main | Tag::Article);
    let mut any_text = false;
    for &root in &plan.roots {
        // Inside a landmark (the root's own ancestors first), no header is
        // the page's.
        let mut landmark_until = if dom.ancestors(root).any(is_landmark) {
            dom.end(root)
        } else {
            0
        };
        let mut chrome_until = 0;
        let mut id = root;
        while id < dom.end(root) {
            if plan.is_removed(id) {
                id = dom.end(id);
                continue;
            }
            if is_landmark(id) {
                landmark_until = landmark_until.max(dom.end(id));
            } else if id >= landmark_until
                && matches!(plan.tag(dom, id), Tag::Header | Tag::Nav | Tag::Footer)
            {
                chrome_until = chrome_until.max(dom.end(id));
            } else if dom.text_measure(id).span.content {
                if id >= chrome_until {
                    return false;
                }
                any_text = true;
            }
            id += 1;
        }
    }
    any_text
}

/// Link text above this share of an article makes it a list of links,
/// or above the lower share when no paragraph of prose stands among the
/// links (a header's menus chosen on a page that holds nothing else)...
const LINK_LIST_DENSITY: f32 = 0.9;
const LINK_LIST_DENSITY_WITHOUT_PROSE: f32 = 0.8;
/// ...when it has at least this many links (one link around a whole
/// article is markup, not a menu)...
const LINK_LIST_MIN_LINKS: usize = 5;
/// ...or two links or more in fewer characters than this: a footer's
/// "Conditions of Use" and "Privacy Notice" are no article either.
const SHORT_LINK_LIST_CHARS: f32 = 200.0;

/// `text` as a page: itself, or plain text made into paragraphs (see
/// [`sniff::plain_text_as_html`]).
fn as_page(text: Cow<'_, str>) -> Cow<'_, str> {
    match sniff::plain_text_as_html(&text) {
        Some(html) => Cow::Owned(html),
        None => text,
    }
}

/// Stops a file that is not a web page (see [`sniff`]) before it is parsed.
fn refuse_other_files(found: Option<FileType>) -> Result<(), Error> {
    match found {
        Some(found) => Err(Error::new(ErrorKind::NotHtml { found })),
        None => Ok(()),
    }
}

/// Whether a more relaxed attempt, which found `relaxed` characters, read
/// more of the article than the stricter one's `strict`: it must find a
/// tenth more. A few characters more are the furniture the stricter rules
/// took out (a breadcrumb trail, a rating line, a "Go to" link), not
/// missed paragraphs; the stricter reading of a short page is the cleaner.
fn finds_more_article(relaxed: u32, strict: u32) -> bool {
    u64::from(relaxed) * 10 > u64::from(strict) * 11
}

/// Whether the chosen article is links and little else (a site map, a
/// menu, a page of teasers): nothing in it is there to be read, and the
/// caller is told so rather than handed the links.
fn is_link_list(dom: &Dom, attempt: &Attempt) -> bool {
    let plan = &attempt.plan;
    let roots = || plan.roots.iter().filter(|&&root| !plan.is_removed(root));
    let (text, links) = roots().fold((0.0f32, 0.0f32), |(text, links), &root| {
        let f = &attempt.features;
        (text + f.len(root) as f32, links + f.link[root])
    });
    if text == 0.0 || links / text <= LINK_LIST_DENSITY_WITHOUT_PROSE {
        return false;
    }
    let kept = || {
        roots()
            .flat_map(|&root| root..dom.end(root))
            .filter(|&id| !plan.is_removed(id))
    };
    let anchors = kept()
        .filter(|&id| dom.tag(id) == Tag::A)
        .take(LINK_LIST_MIN_LINKS)
        .count();
    if anchors < LINK_LIST_MIN_LINKS && !(anchors >= 2 && text < SHORT_LINK_LIST_CHARS) {
        return false;
    }
    links / text > LINK_LIST_DENSITY
        || !kept().any(|id| {
            let f = &attempt.features;
            plan.tag(dom, id) == Tag::P && f.len(id) >= 80 && f.link_density(id) < 0.3
        })
}

/// The text of the first paragraph of the article that is not a byline
/// or a dateline.
fn first_paragraph(dom: &Dom, plan: &Plan) -> Option<String> {
    for &root in &plan.roots {
        let mut id = root;
        let end = dom.end(root);
        while id < end {
            if plan.is_removed(id) {
                id = dom.end(id);
                continue;
            }
            if plan.tag(dom, id) == Tag::P {
                let t = postprocess::kept_lines(dom, &plan.removal, id);
                if metadata::is_excerpt(&t) {
                    return Some(t);
                }
            }
            id += 1;
        }
    }
    None
}
