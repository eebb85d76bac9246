//! The output types: [`Article`] and the [`Metadata`] it contains.

/// An extracted article.
///
/// Produced by [`Extractor::extract`](crate::Extractor::extract) and
/// [`extract`](crate::extract). The facts about the article (title, authors,
/// dates...) are in [`Article::metadata`]; the shortcuts [`Article::title`],
/// [`Article::byline`] and [`Article::excerpt`] read from there.
///
/// # Examples
///
/// ```
/// let html = r#"<html><head><title>Rain at last</title></head><body>
///   <article><p>After three dry months, the rain came back on Tuesday, filling
///   reservoirs across the valley, raising rivers, and lifting the spirits of the
///   farmers who had watched their fields turn brown since the spring.</p>
///   <p>Forecasters expect showers to continue through the weekend, with heavier
///   bands arriving on Saturday night and easing by Monday morning.</p></article>
/// </body></html>"#;
/// let article = distil::extract(html, None)?;
/// assert_eq!(article.title(), Some("Rain at last"));
/// assert!(article.text.starts_with("After three dry months"));
/// assert!(article.text.contains("\n\nForecasters expect"));
/// assert_eq!(article.length, article.text.chars().count());
/// # Ok::<(), distil::Error>(())
/// ```
///
/// With the `serde` feature (on by default) an `Article` serialises as one
/// flat object: the [`Metadata`] fields (`title`, `byline`, ...) beside
/// `html`, `text`, `markdown` and `length`.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Article {
    /// The article as clean, safe HTML, wrapped in one `<div>`: only
    /// allow-listed tags and attributes, no script, styles or event
    /// handlers, links and images made absolute, lazy images resolved.
    /// Empty when [`Formats::HTML`](crate::Formats::HTML) was not asked for.
    pub html: String,
    /// The article as plain text: paragraphs separated by a blank line, list
    /// items and table rows on their own lines, code kept as it is.
    pub text: String,
    /// The article as GitHub-flavoured Markdown, when
    /// [`Formats::MARKDOWN`](crate::Formats::MARKDOWN) was asked for.
    pub markdown: Option<String>,
    /// The readers' comments under the article, in the same formats, when
    /// [`Config::with_comments`](crate::Config::with_comments) asked for
    /// them and the page has a comment section apart from the article.
    pub comments: Option<Comments>,
    /// Length of [`Article::text`] in characters.
    pub length: usize,
    /// Whether the page reads as an article at all (see
    /// [`Extractor::is_probably_readerable`](crate::Extractor::is_probably_readerable)):
    /// `false` flags a listing, a home page or a form that still yielded
    /// some text.
    pub readerable: bool,
    /// How far to trust this extraction, with the signals behind it.
    pub confidence: crate::Confidence,
    /// Facts about the article.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub metadata: Metadata,
    /// The character encoding the page was decoded from and how it was
    /// decided; `None` when the page was given as text
    /// ([`Extractor::extract`](crate::Extractor::extract)) rather than bytes
    /// ([`Extractor::extract_bytes`](crate::Extractor::extract_bytes)).
    pub encoding: Option<EncodingInfo>,
}

/// The readers' comments under an article ([`Article::comments`]), in the
/// formats the article was asked for, written as the article is.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Comments {
    /// The comment section as clean, safe HTML, like [`Article::html`];
    /// empty when [`Formats::HTML`](crate::Formats::HTML) was not asked for.
    pub html: String,
    /// The comments as plain text, laid out like [`Article::text`]: each
    /// comment's author line, then its paragraphs.
    pub text: String,
    /// The comments as Markdown, when
    /// [`Formats::MARKDOWN`](crate::Formats::MARKDOWN) was asked for.
    pub markdown: Option<String>,
}

impl Article {
    /// The headline.
    pub fn title(&self) -> Option<&str> {
        self.metadata.title.as_deref()
    }

    /// The authors, joined for display.
    pub fn byline(&self) -> Option<&str> {
        self.metadata.byline.as_deref()
    }

    /// A short summary: the page's description, else the first paragraph.
    pub fn excerpt(&self) -> Option<&str> {
        self.metadata.excerpt.as_deref()
    }

    /// A 64-bit fingerprint of the text for finding near duplicates: the
    /// same story on two sites, a page saved twice with different clutter
    /// around it, a copy with a paragraph added.
    ///
    /// It is a SimHash of the text's runs of three words (lower-cased;
    /// each CJK character counts as a word): texts that share most of
    /// their wording get fingerprints a few bits apart, unrelated texts
    /// about half of the 64. Count the differing bits with
    /// `(a ^ b).count_ones()`; for articles of a few hundred words or more,
    /// 10 bits or fewer marks a near duplicate. The function is fixed (no
    /// random seed), so the same text gives the same fingerprint on every
    /// platform and in every run, and fingerprints can be stored. Text
    /// without words gives 0.
    ///
    /// ```
    /// let story = "<article><p>After three dry months, the rain came back on Tuesday, \
    ///     filling reservoirs across the valley, raising rivers, and lifting the \
    ///     spirits of the farmers who had watched their fields turn brown.</p>\
    ///     <p>Forecasters expect showers to continue through the weekend, with \
    ///     heavier bands arriving on Saturday night and easing by Monday.</p></article>";
    /// let copy = story.replace("</article>", "<p>Share this story.</p></article>");
    /// let a = distil::extract(story, None)?.fingerprint();
    /// let b = distil::extract(&copy, None)?.fingerprint();
    /// assert!((a ^ b).count_ones() <= 10);
    /// # Ok::<(), distil::Error>(())
    /// ```
    pub fn fingerprint(&self) -> u64 {
        crate::text::simhash(&self.text)
    }
}

/// Facts about an article, from the page's markup and text.
///
/// Every field is read from the best source the page offers (JSON-LD first,
/// then OpenGraph, Twitter cards, other `<meta>` tags, microdata, the
/// markup and the visible text, and the URL last), and
/// [`Metadata::sources`] records which one each value came from, so that a
/// caller can trust it or override it.
///
/// Returned inside every [`Article`], and on its own by
/// [`Extractor::metadata`](crate::Extractor::metadata), which skips the
/// content extraction.
///
/// # Examples
///
/// ```
/// use distil::Source;
///
/// let html = r#"<html lang="en"><head>
///   <title>Rain returns to the valley | Daily Post</title>
///   <meta property="og:site_name" content="Daily Post">
///   <meta property="article:published_time" content="2015-07-10T09:53:00-04:00">
///   <script type="application/ld+json">{"@type": "NewsArticle",
///     "headline": "Rain returns to the valley",
///     "author": [{"@type": "Person", "name": "Jane Doe"}, {"name": "John Roe"}]}</script>
/// </head><body><p>Hello.</p></body></html>"#;
/// let meta = distil::metadata(html, None)?;
/// assert_eq!(meta.title.as_deref(), Some("Rain returns to the valley"));
/// assert_eq!(meta.authors, ["Jane Doe", "John Roe"]);
/// assert_eq!(meta.byline.as_deref(), Some("Jane Doe, John Roe"));
/// assert_eq!(meta.published.as_deref(), Some("2015-07-10T09:53:00-04:00"));
/// assert_eq!(meta.sources.authors, Some(Source::JsonLd));
/// assert_eq!(meta.sources.published, Some(Source::OpenGraph));
/// # Ok::<(), distil::Error>(())
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Metadata {
    /// The headline, without the site name that `<title>` often appends.
    pub title: Option<String>,
    /// The authors, one clean name each: no "By", no date, no job title.
    pub authors: Vec<String>,
    /// The authors joined for display (`"Jane Doe, John Roe"`).
    pub byline: Option<String>,
    /// A short summary: the page's description, else the article's first
    /// paragraph.
    pub excerpt: Option<String>,
    /// The name of the publication.
    pub site_name: Option<String>,
    /// When the article was first published, in ISO 8601: a date
    /// (`2015-07-10`), or a date and time with the UTC offset when the page
    /// gives them (`2015-07-10T09:53:00-04:00`).
    pub published: Option<String>,
    /// When the article was last modified, in the form of
    /// [`published`](Self::published).
    pub modified: Option<String>,
    /// Language tag of the page, as declared, in BCP 47's case (`en`,
    /// `pt-BR`, `zh-Hant-TW`: a page's `DE` or `de-de` reads `de` and
    /// `de-DE`).
    pub lang: Option<String>,
    /// Writing direction of the article.
    pub dir: Option<TextDirection>,
    /// The lead image, as an absolute `http(s)` URL.
    pub image: Option<String>,
    /// The page's canonical address, as an absolute `http(s)` URL.
    pub canonical_url: Option<String>,
    /// Tags and keywords, in the page's order, without repeats.
    pub tags: Vec<String>,
    /// The section of the publication the article belongs to.
    pub section: Option<String>,
    /// What kind of page this is, as the page declares it (its schema.org
    /// types and its OpenGraph `og:type`); `None` when it declares nothing
    /// more specific than a web page.
    pub page_type: Option<PageType>,
    /// The licence the content is published under: the address of its
    /// terms (`<link rel="license">`, `<a rel="license">`, schema.org
    /// `license`), or its name when the page gives only that.
    pub license: Option<String>,
    /// The next page of a paginated article or listing, as an absolute
    /// `http(s)` URL (`<link rel="next">`), for callers that join the pages.
    pub next_page: Option<String>,
    /// Where each field came from.
    pub sources: Sources,
}

impl Metadata {
    /// The metadata as a YAML front matter block, for Markdown notes and
    /// static-site pages: `---`, one `key: value` line for each field the
    /// page gave (under the names of the serialised [`Metadata`], sources
    /// left out), `---`. Every value is a double-quoted string or a list
    /// of them, escaped so that nothing a page writes can break out of its
    /// line or be read as another type; each value is valid JSON too.
    ///
    /// ```
    /// let html = r#"<html lang="en"><head><title>Tide tables | Harbour News</title>
    /// <meta property="og:title" content="Tide tables">
    /// <meta name="author" content="Jane Doe">
    /// <meta name="keywords" content="tides, 6&quot; gauges">
    /// <meta property="article:published_time" content="2024-03-05">
    /// </head><body><article><p>The tide tables for the spring were printed
    /// on Tuesday, with the highest water expected on the equinox, when the
    /// moon is full and the wind from the west.</p></article></body></html>"#;
    /// let article = distil::extract(html, None)?;
    /// let yaml = article.metadata.front_matter();
    /// assert!(yaml.starts_with("---\ntitle: \"Tide tables\"\nauthors: [\"Jane Doe\"]\n"));
    /// assert!(yaml.contains("\npublished: \"2024-03-05\"\n"));
    /// assert!(yaml.contains("\ntags: [\"tides\", \"6\\\" gauges\"]\n"));
    /// assert!(yaml.ends_with("\n---\n"));
    /// let note = format!("{yaml}\n{}", article.markdown.unwrap_or_default());
    /// # let _ = note;
    /// # Ok::<(), distil::Error>(())
    /// ```
    pub fn front_matter(&self) -> String {
        crate::serialize::front_matter::front_matter(self)
    }
}

/// Where a metadata value was found.
///
/// # Examples
///
/// ```
/// use distil::Source;
///
/// let html = r#"<head><meta name="author" content="Jane Doe"></head>"#;
/// let meta = distil::metadata(html, None)?;
/// assert_eq!(meta.sources.authors, Some(Source::Meta));
/// assert_eq!(Source::Meta.as_str(), "meta");
/// # Ok::<(), distil::Error>(())
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// A schema.org object in a `<script type="application/ld+json">`.
    JsonLd,
    /// An OpenGraph `<meta property="og:…">` or `article:…` tag.
    OpenGraph,
    /// A Twitter card `<meta name="twitter:…">` tag.
    TwitterCard,
    /// Another `<meta>` tag: `author`, `description`, Dublin Core,
    /// Parse.ly, `citation_*`, `content-language`...
    Meta,
    /// Microdata: an element with an `itemprop`.
    Microdata,
    /// Document markup: `<title>`, `<h1>`, `<html lang>`, `dir`,
    /// `<link rel="canonical">`, `<time datetime>`, `<a rel="author">`.
    Markup,
    /// The visible text: a byline line, a date written in the page, the
    /// first paragraph.
    PageText,
    /// The path of the page's URL (`/2015/07/10/...`).
    Url,
    /// Worked out from another field: the writing direction from the
    /// language.
    Inferred,
}

/// With the `serde` feature, a source serialises as its
/// [`as_str`](Source::as_str) name.
#[cfg(feature = "serde")]
impl serde::Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Source {
    /// A short lower-case name (`"json-ld"`, `"opengraph"`, `"meta"`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Source::JsonLd => "json-ld",
            Source::OpenGraph => "opengraph",
            Source::TwitterCard => "twitter-card",
            Source::Meta => "meta",
            Source::Microdata => "microdata",
            Source::Markup => "markup",
            Source::PageText => "page-text",
            Source::Url => "url",
            Source::Inferred => "inferred",
        }
    }
}

/// The [`Source`] of each [`Metadata`] field; `None` where the field is
/// empty.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Sources {
    /// Source of [`Metadata::title`].
    pub title: Option<Source>,
    /// Source of [`Metadata::authors`] and [`Metadata::byline`].
    pub authors: Option<Source>,
    /// Source of [`Metadata::excerpt`].
    pub excerpt: Option<Source>,
    /// Source of [`Metadata::site_name`].
    pub site_name: Option<Source>,
    /// Source of [`Metadata::published`].
    pub published: Option<Source>,
    /// Source of [`Metadata::modified`].
    pub modified: Option<Source>,
    /// Source of [`Metadata::lang`].
    pub lang: Option<Source>,
    /// Source of [`Metadata::dir`].
    pub dir: Option<Source>,
    /// Source of [`Metadata::image`].
    pub image: Option<Source>,
    /// Source of [`Metadata::canonical_url`].
    pub canonical_url: Option<Source>,
    /// Source of [`Metadata::tags`].
    pub tags: Option<Source>,
    /// Source of [`Metadata::section`].
    pub section: Option<Source>,
    /// Source of [`Metadata::page_type`].
    pub page_type: Option<Source>,
    /// Source of [`Metadata::license`].
    pub license: Option<Source>,
    /// Source of [`Metadata::next_page`].
    pub next_page: Option<Source>,
}

/// Writing direction.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum TextDirection {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, Urdu...).
    Rtl,
}

impl TextDirection {
    /// `"ltr"` or `"rtl"`.
    pub fn as_str(self) -> &'static str {
        match self {
            TextDirection::Ltr => "ltr",
            TextDirection::Rtl => "rtl",
        }
    }
}

/// The kind of page, as the page declares it: see [`Metadata::page_type`].
///
/// Read from the page's schema.org types (JSON-LD and microdata) and its
/// OpenGraph `og:type`. When a page declares several kinds, the most
/// specific wins: a page that declares itself a collection is a
/// [`PageType::Listing`] whatever it lists, a recipe told in a blog post is
/// a [`PageType::Recipe`], while a product reviewed in an article, or a
/// video shown in it, leaves it a [`PageType::Article`].
///
/// # Examples
///
/// ```
/// use distil::{PageType, Source};
///
/// let html = r#"<head><script type="application/ld+json">{"@graph": [
///   {"@type": "WebPage", "name": "Lemon tart"},
///   {"@type": "BlogPosting", "headline": "Lemon tart"},
///   {"@type": "Recipe", "name": "Lemon tart", "recipeIngredient": ["3 lemons"]}
/// ]}</script></head>"#;
/// let meta = distil::metadata(html, None)?;
/// assert_eq!(meta.page_type, Some(PageType::Recipe));
/// assert_eq!(meta.sources.page_type, Some(Source::JsonLd));
/// assert_eq!(PageType::Recipe.as_str(), "recipe");
/// # Ok::<(), distil::Error>(())
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum PageType {
    /// A news story, blog post, report or other piece of writing
    /// (schema.org `Article` and its kinds, `og:type` `article`).
    Article,
    /// Technical documentation or instructions (`TechArticle`,
    /// `APIReference`, `HowTo`).
    Documentation,
    /// A question and its answers, or a forum thread (`QAPage`,
    /// `DiscussionForumPosting`).
    Discussion,
    /// A product for sale (`Product` and its kinds, `og:type` `product`).
    Product,
    /// A recipe (`Recipe`).
    Recipe,
    /// An event (`Event` and its kinds).
    Event,
    /// A video (`VideoObject`, `og:type` `video.*`).
    Video,
    /// A page about a person or an organisation (`ProfilePage`,
    /// `AboutPage`, `og:type` `profile`).
    Profile,
    /// A page of other pages: a category, a search result, a collection
    /// (`CollectionPage`, `SearchResultsPage`).
    Listing,
}

impl PageType {
    /// A short lower-case name (`"article"`, `"recipe"`, `"listing"`...).
    pub fn as_str(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Documentation => "documentation",
            PageType::Discussion => "discussion",
            PageType::Product => "product",
            PageType::Recipe => "recipe",
            PageType::Event => "event",
            PageType::Video => "video",
            PageType::Profile => "profile",
            PageType::Listing => "listing",
        }
    }
}

/// The character encoding of a page given as bytes, and how it was found.
///
/// ```
/// use distil::EncodingSource;
///
/// let page = b"<html><head><meta charset=\"windows-1251\"><title>\xcd\xee\xe2\xee\xf1\xf2\xe8</title></head>\
///     <body><article><p>\xc3\xee\xf0\xee\xe4\xf1\xea\xee\xe9 \xf1\xee\xe2\xe5\xf2.</p></article></body></html>";
/// let article = distil::Extractor::new(distil::Config::default().with_char_threshold(0))
///     .extract_bytes(page, None, None)?;
/// let encoding = article.encoding.expect("decoded from bytes");
/// assert_eq!(encoding.name, "windows-1251");
/// assert_eq!(encoding.source, EncodingSource::Meta);
/// assert_eq!(article.title(), Some("Новости"));
/// # Ok::<(), distil::Error>(())
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EncodingInfo {
    /// The encoding's canonical WHATWG name (`"UTF-8"`, `"windows-1251"`,
    /// `"Shift_JIS"`, `"UTF-16LE"`...). Labels are resolved as browsers
    /// resolve them, so a page declaring `ISO-8859-1` reports
    /// `"windows-1252"`.
    pub name: &'static str,
    /// How the encoding was decided.
    pub source: EncodingSource,
}

/// How the encoding of a page was decided, in the order the steps are tried.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum EncodingSource {
    /// A byte-order mark at the start of the bytes; it wins over any
    /// declaration.
    Bom,
    /// The transport hint given by the caller (an HTTP `Content-Type` value
    /// or a charset label). A UTF-16 label is set aside when the bytes are
    /// markup written in single bytes (no NUL byte among the first 1024, a
    /// tag at the start), which no UTF-16 text is.
    Transport,
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` declaration
    /// in the page: in its first 1024 bytes, or later in the page when the
    /// bytes had first been decoded by a guess.
    Meta,
    /// Nothing was declared, or only a `<meta>` that the bytes contradict
    /// (they are valid UTF-8 with non-ASCII text, which legacy text
    /// practically never is); the bytes told: UTF-16 by where its NUL
    /// bytes fall, valid UTF-8, or the guess of a statistical detector
    /// (Firefox's, hinted by the URL's domain).
    Detected,
    /// Nothing was declared and every byte is ASCII, which reads the same
    /// in UTF-8 and in every legacy web encoding: reported as UTF-8.
    Default,
}
