//! [`Extractor`]: runs the pipeline stages in order under one budget.

use std::panic::{self, AssertUnwindSafe};

use url::Url;

use crate::article::Article;
use crate::budget::Budget;
use crate::clean::{self, Flags, PageContext, Removal};
use crate::confidence;
use crate::config::Config;
use crate::dom::{self, Dom, NodeId, SinkLimits, Tag};
use crate::error::{Error, ErrorKind};
use crate::explain::{self, Explanation};
use crate::features::Features;
use crate::metadata;
use crate::parse;
use crate::postprocess::{self, Plan};
use crate::readerable;
use crate::score::{self, Scores};
use crate::select;
use crate::serialize;
use crate::signals::Signals;
use crate::text;

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
}

/// What is known about the page before rendering: its declared metadata,
/// the byline element found while cleaning, the readerable verdict.
struct PageFacts {
    meta: crate::Metadata,
    dom_byline: Option<NodeId>,
    readerable: bool,
}

/// Everything one run produced, for the article and for explanations.
struct Outcome {
    dom: Dom,
    signals: Signals,
    attempt: Option<Attempt>,
    article: Result<Article, Error>,
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
    /// [`ErrorKind::NoContent`] when the page holds no article; a limit or
    /// budget kind when one of the configured limits fired.
    pub fn extract(&self, html: &str, base_url: Option<&Url>) -> Result<Article, Error> {
        self.guarded(html, base_url, |outcome| outcome.article)
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
        let mut report = Explanation::default();
        let article = self.guarded(html, base_url, |outcome| {
            if let Some(a) = &outcome.attempt {
                report = explain::build(&explain::Inputs {
                    dom: &outcome.dom,
                    signals: &outcome.signals,
                    features: &a.features,
                    scores: &a.scores,
                    plan: &a.plan,
                    flags: a.flags,
                    ranking: &a.ranking,
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
    /// parsed within them is not readerable.
    ///
    /// ```
    /// let story = format!("<article><p>{}</p></article>", "A line of plain prose. ".repeat(40));
    /// assert!(distil::is_probably_readerable(&story));
    /// assert!(!distil::is_probably_readerable("<nav><a href='/'>Home</a></nav>"));
    /// ```
    pub fn is_probably_readerable(&self, html: &str) -> bool {
        if html.len() > self.config.max_input_bytes {
            return false;
        }
        let budget = Budget::new(&self.config);
        panic::catch_unwind(AssertUnwindSafe(|| {
            let raw = parse::parse(html, self.limits(), &budget).ok()?;
            dom::normalize(&raw);
            let dom = Dom::index(raw);
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
        html: &str,
        base_url: Option<&Url>,
        finish: impl FnOnce(Outcome) -> Result<T, Error>,
    ) -> Result<T, Error> {
        if html.len() > self.config.max_input_bytes {
            return Err(Error::new(ErrorKind::InputTooLarge {
                size: html.len(),
                limit: self.config.max_input_bytes,
            }));
        }
        let budget = Budget::new(&self.config);
        panic::catch_unwind(AssertUnwindSafe(|| {
            let outcome = self.run(html, base_url, &budget)?;
            finish(outcome)
        }))
        .unwrap_or_else(|_| Err(Error::new(ErrorKind::Internal)))
    }

    fn limits(&self) -> SinkLimits {
        SinkLimits {
            max_nodes: self.config.max_nodes,
            max_depth: self.config.max_depth,
            max_open_depth: self.config.max_open_depth,
            max_attributes: self.config.max_attributes,
        }
    }

    /// The pipeline. `Err` only for errors that leave nothing to explain
    /// (limits, budget); "no article" is reported inside the outcome.
    fn run(&self, html: &str, base_url: Option<&Url>, budget: &Budget) -> Result<Outcome, Error> {
        budget.check()?;
        let raw = parse::parse(html, self.limits(), budget)?;
        budget.check()?;
        dom::normalize(&raw);
        let dom = Dom::index(raw);
        budget.check()?;
        let meta = metadata::read(&dom);
        let signals = Signals::compute(&dom);
        let videos = &self.config.videos;
        let raw_features = Features::compute_with(&dom, &vec![false; dom.len()], videos);
        let readerable = readerable::is_readerable(&dom, &signals, &raw_features);
        let page = PageContext {
            signals: &signals,
            raw: &raw_features,
            title: meta.title.as_deref(),
            find_byline: true,
        };

        let mut flags = Flags::ALL;
        let mut best: Option<Attempt> = None;
        let mut dom_byline = None;
        loop {
            budget.check()?;
            let page = PageContext {
                find_byline: dom_byline.is_none(),
                ..page
            };
            if let Some(attempt) = self.attempt(&dom, &page, flags) {
                if dom_byline.is_none() {
                    dom_byline = attempt.byline;
                }
                let good = attempt.plan.text_len as usize >= self.config.char_threshold;
                if best
                    .as_ref()
                    .is_none_or(|b| attempt.plan.text_len > b.plan.text_len)
                {
                    best = Some(attempt);
                }
                if good {
                    break;
                }
            }
            match flags.relaxed() {
                Some(next) => flags = next,
                None => break,
            }
        }
        budget.check()?;
        let best = best.filter(|a| a.plan.text_len > 0);
        let article = match &best {
            Some(a) => {
                let facts = PageFacts {
                    meta,
                    dom_byline,
                    readerable,
                };
                self.render(&dom, &signals, a, facts, base_url)
            }
            None => Err(Error::no_content()),
        };
        Ok(Outcome {
            dom,
            signals,
            attempt: best,
            article,
        })
    }

    /// One attempt with the given rules: clean, score, select, prepare.
    fn attempt(&self, dom: &Dom, page: &PageContext<'_>, flags: Flags) -> Option<Attempt> {
        let cleaning = clean::clean(dom, page, flags);
        let removed: Vec<bool> = cleaning
            .removal
            .iter()
            .map(|r| *r != Removal::Kept)
            .collect();
        // The page's measures, updated for what this attempt removed.
        let mut features = page.raw.clone();
        features.recompute_within(dom, &removed, &[0]);
        let mut scores = score::score(dom, &features, page.signals, &cleaning, flags);
        let mut selection = select::select(
            dom,
            page.signals,
            &features,
            &mut scores,
            &cleaning,
            self.config.n_top_candidates,
        )?;
        let top = selection.top;
        let ranking = std::mem::take(&mut selection.ranking);
        let byline = cleaning.byline;
        let plan =
            postprocess::prepare(dom, page.signals, &mut features, cleaning, selection, flags);
        Some(Attempt {
            flags,
            plan,
            scores,
            features,
            ranking,
            top,
            byline,
        })
    }

    /// Renders the chosen attempt and completes the metadata.
    fn render(
        &self,
        dom: &Dom,
        signals: &Signals,
        attempt: &Attempt,
        facts: PageFacts,
        base_url: Option<&Url>,
    ) -> Result<Article, Error> {
        let PageFacts {
            mut meta,
            dom_byline,
            readerable,
        } = facts;
        let plan = &attempt.plan;
        let rendered = serialize::render_article(dom, plan, base_url, &self.config);
        let text_body = rendered.text;
        if text_body.is_empty() {
            return Err(Error::no_content());
        }
        if meta.byline.is_none() {
            meta.byline = dom_byline
                .map(|b| clean::byline_text(dom, signals, b))
                .filter(|b| !b.is_empty());
        }
        if meta.excerpt.is_none() {
            meta.excerpt = first_paragraph(dom, plan);
        }
        meta.dir = metadata::direction(dom, attempt.top);
        meta.title = meta
            .title
            .map(|t| text::truncate_chars(&t, self.config.max_title_chars));
        meta.excerpt = meta
            .excerpt
            .map(|e| text::truncate_chars(&e, self.config.max_excerpt_chars));
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
            metadata: meta,
        })
    }
}

/// The text of the first paragraph of the article.
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
                let t = clean::inner_text(dom, id);
                return (!t.is_empty()).then_some(t);
            }
            id += 1;
        }
    }
    None
}
