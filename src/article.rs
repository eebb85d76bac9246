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
}

/// Facts about an article, from the page's markup and text.
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// The authors, joined for display (`"Jane Doe, John Roe"`).
    pub byline: Option<String>,
    /// A short summary: the page's description, else the article's first
    /// paragraph.
    pub excerpt: Option<String>,
    /// The name of the publication.
    pub site_name: Option<String>,
    /// Publication date as given by the page (ISO 8601 when it is).
    pub published: Option<String>,
    /// Language tag of the page (`<html lang>`).
    pub lang: Option<String>,
    /// Writing direction of the article.
    pub dir: Option<TextDirection>,
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
    /// or a charset label).
    Transport,
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` declaration
    /// in the page: in its first 1024 bytes, or later in the page when the
    /// bytes had first been decoded by a guess.
    Meta,
    /// Nothing was declared, or only a `<meta>` that the bytes contradict
    /// (they are valid UTF-8 with non-ASCII text, which legacy text
    /// practically never is); the bytes told: valid UTF-8, or the guess of
    /// a statistical detector (Firefox's, hinted by the URL's domain).
    Detected,
    /// Nothing was declared and every byte is ASCII, which reads the same
    /// in UTF-8 and in every legacy web encoding: reported as UTF-8.
    Default,
}
