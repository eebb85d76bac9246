//! Metadata: the facts about an article (title, authors, dates, site,
//! language, direction, excerpt, lead image, canonical URL, tags, section,
//! page type, licence, next page) and the [`Source`] each one came from.
//!
//! Two steps, around the content extraction:
//!
//! 1. [`read`] gathers what the page declares, in one pass over the
//!    document ([`markup`]): `<meta>` tags ([`meta_tags`]), JSON-LD
//!    ([`jsonld`]), microdata, `<title>`, `<h1>`, `<time>`, `<html lang>`.
//!    The cleaning stage uses its title to drop a heading that repeats it.
//! 2. [`finish`] adds what only the visible page gives (the byline line,
//!    the first paragraph, the `dir` around the article) and picks each
//!    field from its best source: JSON-LD, then OpenGraph, Twitter cards,
//!    other `<meta>` tags, microdata, markup, page text, and the URL last.
//!
//! [`without_extraction`] runs both steps without scoring, for callers that
//! only need the facts. Every string is entity-decoded, white-space
//! collapsed and capped in length; URLs are resolved against `<base href>`
//! and the page URL, and only `http(s)` ones are kept.

mod authors;
mod dates;
mod jsonld;
mod lang;
mod markup;
mod meta_tags;
mod page_type;
mod title;

use std::borrow::Cow;

use url::Url;

use crate::article::{Metadata, PageType, Source, Sources, TextDirection};
use crate::clean::{self, Byline, Flags, PageContext, Removal};
use crate::dom::{Dom, Tag};
use crate::features::Features;
use crate::signals::Signals;
use crate::text;

use jsonld::JsonLd;
use markup::Markup;
use meta_tags::source_of;

pub(crate) use dates::build_tables as build_date_tables;

pub(crate) use lang::declared_direction as direction;

/// The most bytes of one raw value (a `<meta>` content, a JSON-LD string,
/// a heading) that are read; hostile pages carry megabyte titles.
const MAX_RAW_BYTES: usize = 64 * 1024;
/// The longest author name kept, in characters.
const MAX_NAME_CHARS: usize = 128;
/// The most authors kept.
const MAX_AUTHORS: usize = 16;
/// The longest site name, section or tag kept, in characters.
const MAX_LABEL_CHARS: usize = 256;
/// The most tags kept.
const MAX_TAGS: usize = 32;
/// The longest URL kept, in bytes; longer ones are dropped, not cut.
const MAX_URL_BYTES: usize = 4096;
/// The shortest paragraph that can stand as the excerpt when no article
/// was extracted.
const MIN_PARAGRAPH_CHARS: u32 = 80;

/// How finished values are shaped, from the [`Config`](crate::Config):
/// length limits and Unicode normalisation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Caps {
    pub title: usize,
    pub excerpt: usize,
    /// Text values in NFC (see [`text::nfc`]).
    pub nfc: bool,
}

/// What the page declares, read before extraction.
pub(crate) struct Facts {
    markup: Markup,
    ld: JsonLd,
    /// The page URL given by the caller.
    page_url: Option<Url>,
    /// `<base href>` resolved against the page URL, else the page URL.
    base: Option<Url>,
    title: Option<(String, Source)>,
}

impl Facts {
    /// The headline, for the cleaning stage.
    pub(crate) fn title(&self) -> Option<&str> {
        self.title.as_ref().map(|(t, _)| t.as_str())
    }

    /// The host the page lives on, without "www.": from the caller's
    /// address, else the canonical link or `og:url`.
    pub(crate) fn site_host(&self) -> Option<String> {
        page_urls(self)
            .into_iter()
            .flatten()
            .find_map(|url| bare_host(&url).map(str::to_owned))
    }

    /// The article's text as the page's structured data gives it
    /// (schema.org `articleBody`), for pages that draw their text by script.
    pub(crate) fn structured_body(&self) -> Option<&str> {
        self.ld.body.as_deref()
    }

    /// The ingredient lines of the recipe the page declares (schema.org
    /// `recipeIngredient`); empty for other pages.
    pub(crate) fn recipe_ingredients(&self) -> &[String] {
        &self.ld.ingredients
    }

    /// Whether the page declares itself a forum's thread (a
    /// `DiscussionForumPosting`, in JSON-LD or microdata): the replies,
    /// which such pages often name comments, are the page's text.
    pub(crate) fn is_forum_thread(&self) -> bool {
        self.ld.declares_forum_post
            || self
                .markup
                .micro
                .types
                .iter()
                .flat_map(|t| t.split_whitespace())
                .any(|t| page_type::schema_name(t) == "DiscussionForumPosting")
    }

    /// Whether the page declares itself a dated piece (an article, a
    /// post, a paper): a structured publication date, an article
    /// `og:type`, or a paper's date for citation (`citation_date`, the
    /// tags scholarly publishers write for indexers).
    ///
    /// An `og:type` of `article` and a JSON-LD date count only where the
    /// JSON-LD does not say the page is something else: SEO plugins write
    /// that `og:type` on every page of a site, its service and contact
    /// pages too, and describe those in JSON-LD as a plain `WebPage` (or a
    /// product), with no article.
    pub(crate) fn is_dated(&self) -> bool {
        // Their `WebPage` carries the page's dates too: those date a
        // revision, not a piece.
        let ld_says_otherwise = match self.ld.page_type {
            Some(kind) => matches!(
                kind,
                PageType::Product | PageType::Event | PageType::Profile | PageType::Listing
            ),
            None => self.ld.declares_web_page,
        };
        (self.ld.published.is_some() && !ld_says_otherwise)
            || self
                .markup
                .meta
                .first(&[
                    "article:published_time",
                    "citation_publication_date",
                    "citation_date",
                    "og:type",
                ])
                .is_some_and(|(k, v)| {
                    k != "og:type" || (v.eq_ignore_ascii_case("article") && !ld_says_otherwise)
                })
    }
}

/// What the visible page adds to the declared facts.
#[derive(Debug, Default)]
pub(crate) struct PageText {
    /// The text of the byline element, lines kept.
    pub byline: Option<String>,
    /// The article's first paragraph.
    pub first_paragraph: Option<String>,
    /// The `dir` declared around the article.
    pub dir: Option<TextDirection>,
}

/// Reads what the page declares; see the module docs.
pub(crate) fn read(dom: &Dom, signals: &Signals, page_url: Option<&Url>) -> Facts {
    let markup = markup::collect(dom, signals);
    let ld = jsonld::read(markup.json_ld.iter().map(String::as_str));
    let base = effective_base(markup.base_href.as_deref(), page_url);
    let mut facts = Facts {
        markup,
        ld,
        page_url: page_url.cloned(),
        base,
        title: None,
    };
    facts.title = choose_title(&facts);
    facts
}

/// Completes the metadata with the page text and picks every field; see
/// the module docs.
pub(crate) fn finish(facts: Facts, page: PageText, caps: Caps) -> Metadata {
    let m = &facts.markup;
    let ld = &facts.ld;
    let mut meta = Metadata::default();
    let mut sources = Sources::default();

    if let Some((t, s)) = &facts.title {
        meta.title = Some(text::truncate_chars(t, caps.title));
        sources.title = Some(*s);
    }
    if let Some((names, s)) = choose_authors(
        &facts,
        page.byline.as_deref(),
        page.first_paragraph.as_deref(),
    ) {
        meta.authors = names;
        meta.byline = Some(meta.authors.join(", "));
        sources.authors = Some(s);
    }
    (meta.modified, sources.modified) = split(first_date([
        (ld.modified.as_deref(), Source::JsonLd),
        meta_value(
            m,
            &[
                "article:modified_time",
                "og:updated_time",
                "article:updated_time",
            ],
        ),
        meta_value(
            m,
            &[
                "dcterms:modified",
                "dc:date:modified",
                "last-modified",
                "http-equiv:last-modified",
                "modified",
            ],
        ),
        (m.micro.modified.as_deref(), Source::Microdata),
        (m.update_times.first().map(String::as_str), Source::Markup),
    ]));
    // A publisher that is a person names the site's owner: the site's own
    // name comes first.
    let (publisher, person) = if ld.publisher_is_person {
        (None, ld.publisher.as_deref())
    } else {
        (ld.publisher.as_deref(), None)
    };
    (meta.site_name, sources.site_name) = split(first_text(
        [
            (publisher, Source::JsonLd),
            meta_value(m, &["og:site_name"]),
            meta_value(m, &["application-name"]),
            (ld.website.as_deref(), Source::JsonLd),
            (person, Source::JsonLd),
            // The plain tag some CMSs write instead (`<meta name="SiteName">`).
            meta_value(m, &["sitename", "site_name", "site-name"]),
        ],
        MAX_LABEL_CHARS,
    ));
    if meta.site_name.is_none() {
        let cut = m.title.as_deref().zip(meta.title.as_deref());
        if let Some(site) = cut.and_then(|(full, headline)| title::cut_part(full, headline)) {
            meta.site_name = Some(site);
            sources.site_name = Some(Source::Markup);
        }
    }
    (meta.lang, sources.lang) = split(
        [
            (m.lang.as_deref(), Source::Markup),
            meta_value(
                m,
                &[
                    "http-equiv:content-language",
                    "content-language",
                    "language",
                    "dc:language",
                ],
            ),
            meta_value(m, &["og:locale"]),
            (ld.language.as_deref(), Source::JsonLd),
        ]
        .into_iter()
        .find_map(|(v, s)| Some((lang::normalize(v?)?, s))),
    );
    // A date written in the text is read in the page's language's order.
    let day_first = lang::writes_day_first(meta.lang.as_deref());
    (meta.published, sources.published) =
        split(choose_published(&facts, page.byline.as_deref(), day_first));
    // A date read from the page's text that falls after the day the page
    // declares it was last changed (a day's grace for time zones) is
    // another date on the page, a course's start or an event's, not when
    // it was published.
    let day = |d: &Option<String>| dates::parse(d.as_deref()?).map(|d| d.day_number());
    if sources.published == Some(Source::PageText)
        && day(&meta.published)
            .zip(day(&meta.modified))
            .is_some_and(|(published, modified)| published > modified + 1)
    {
        meta.published = None;
        sources.published = None;
    }
    (meta.dir, sources.dir) = match (page.dir.or(m.dir), &meta.lang) {
        (Some(d), _) => (Some(d), Some(Source::Markup)),
        (None, Some(l)) => (Some(lang::direction_of(l)), Some(Source::Inferred)),
        (None, None) => (None, None),
    };
    (meta.excerpt, sources.excerpt) = split(first_text(
        [
            (ld.description.as_deref(), Source::JsonLd),
            meta_value(
                m,
                &[
                    "dc:description",
                    "dcterm:description",
                    "dcterms:description",
                ],
            ),
            meta_value(m, &["og:description"]),
            meta_value(
                m,
                &[
                    "description",
                    "weibo:article:description",
                    "weibo:webpage:description",
                ],
            ),
            meta_value(m, &["twitter:description"]),
            (m.micro.description.as_deref(), Source::Microdata),
            (ld.item_description.as_deref(), Source::JsonLd),
            (page.first_paragraph.as_deref(), Source::PageText),
        ],
        caps.excerpt,
    ));
    (meta.image, sources.image) = split(first_url(
        &facts,
        [
            meta_value(m, &["og:image", "og:image:url", "og:image:secure_url"]),
            meta_value(m, &["twitter:image", "twitter:image:src"]),
            (ld.image.as_deref(), Source::JsonLd),
            (m.micro.image.as_deref(), Source::Microdata),
            (m.image_src.as_deref(), Source::Markup),
        ],
    ));
    (meta.canonical_url, sources.canonical_url) = split(first_url(
        &facts,
        [
            (m.canonical.as_deref(), Source::Markup),
            meta_value(m, &["og:url"]),
            (ld.url.as_deref(), Source::JsonLd),
        ],
    ));
    // A canonical address names a page, not a place in it.
    if let Some(url) = &mut meta.canonical_url {
        if let Some(hash) = url.find('#') {
            url.truncate(hash);
        }
    }
    if let Some((tags, s)) = choose_tags(&facts, meta.title.as_deref()) {
        meta.tags = tags;
        sources.tags = Some(s);
    }
    (meta.section, sources.section) = split(first_text(
        [
            meta_value(m, &["article:section"]),
            (ld.section.as_deref(), Source::JsonLd),
            meta_value(m, &["parsely-section", "section"]),
        ],
        MAX_LABEL_CHARS,
    ));
    (meta.page_type, sources.page_type) = split(choose_page_type(&facts));
    (meta.license, sources.license) = split(choose_license(&facts));
    let this_page = meta
        .canonical_url
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .or_else(|| facts.page_url.clone());
    (meta.next_page, sources.next_page) = split(
        first_url(&facts, [(m.next_page.as_deref(), Source::Markup)])
            .filter(|(next, _)| continues(this_page.as_ref(), next)),
    );
    meta.sources = sources;
    if caps.nfc {
        normalize_text_values(&mut meta);
    }
    meta
}

/// Puts the text values (not URLs, dates or codes) in NFC.
fn normalize_text_values(meta: &mut Metadata) {
    let Metadata {
        title,
        authors,
        byline,
        excerpt,
        site_name,
        tags,
        section,
        ..
    } = meta;
    for value in [title, byline, excerpt, site_name, section]
        .into_iter()
        .flatten()
    {
        text::nfc_in_place(value);
    }
    for value in authors.iter_mut().chain(tags.iter_mut()) {
        text::nfc_in_place(value);
    }
}

/// Reads the metadata without extracting the article: the byline element
/// and the first paragraph come from one cleaning pass instead of the
/// scored selection.
pub(crate) fn without_extraction(
    dom: &Dom,
    signals: &Signals,
    page_url: Option<&Url>,
    caps: Caps,
    videos: &crate::patterns::VideoPlayers,
) -> Metadata {
    let facts = read(dom, signals, page_url);
    let raw = Features::compute_with(dom, &vec![false; dom.len()], videos);
    let paged = clean::paged_sections(dom, signals, &raw);
    let context = PageContext {
        signals,
        title: facts.title(),
        byline: Byline::Find,
        dated: facts.is_dated(),
        forum_thread: facts.is_forum_thread(),
        // Only the edge trimming asks for the host, and it does not run here.
        site_host: None,
        paged: &paged,
    };
    let cleaning = clean::clean(dom, &context, &raw, Flags::ALL);
    let page = PageText {
        byline: cleaning.byline.map(|b| clean::byline_text(dom, signals, b)),
        first_paragraph: first_real_paragraph(dom, &cleaning.removal, &raw),
        dir: None,
    };
    finish(facts, page, caps)
}

/// Whether `text` is a byline: a byline word ("By", "Von", "Автор:",
/// "作者：") before full names only ([`authors::is_full_name`]), or a
/// Korean name before the word for reporter ("홍길동 기자").
pub(crate) fn is_byline(text: &str) -> bool {
    authors::opens_as_byline(text) && authors::all_full_names(&authors::from_byline(text))
}

pub(crate) use dates::is_month_name;

/// The byte offset at which the first date written in `text` starts, in
/// any language the date reader knows.
pub(crate) fn find_date(text: &str) -> Option<usize> {
    dates::find(text).map(|(_, start)| start)
}

/// The longest paragraph that is checked for being a byline or a
/// dateline rather than prose.
const MAX_BYLINE_PARAGRAPH_CHARS: usize = 80;

/// Whether a paragraph can stand as the excerpt: it has words, and is not
/// a short byline or dateline ("By Jane Doe", "10 July 2015").
pub(crate) fn is_excerpt(paragraph: &str) -> bool {
    // A price or a figure alone ("$129.00") says nothing about the page.
    if !paragraph.chars().any(char::is_alphabetic) {
        return false;
    }
    paragraph.chars().count() > MAX_BYLINE_PARAGRAPH_CHARS
        || !(crate::patterns::BYLINE_PREFIX.is_match(paragraph) || dates::find(paragraph).is_some())
}

/// The first paragraph of some length that cleaning kept and that is not
/// mostly links.
fn first_real_paragraph(dom: &Dom, removal: &[Removal], raw: &Features) -> Option<String> {
    let mut id = 0;
    while id < dom.len() {
        if removal[id] != Removal::Kept {
            id = dom.end(id);
            continue;
        }
        if dom.tag(id) == Tag::P && raw.len(id) >= MIN_PARAGRAPH_CHARS && raw.link_density(id) < 0.3
        {
            let text = crate::postprocess::kept_lines(dom, removal, id);
            if is_excerpt(&text) {
                return Some(text);
            }
        }
        id += 1;
    }
    None
}

fn split<T>(v: Option<(T, Source)>) -> (Option<T>, Option<Source>) {
    match v {
        Some((v, s)) => (Some(v), Some(s)),
        None => (None, None),
    }
}

/// The first value of the first `<meta>` key present, with its source.
fn meta_value<'a>(m: &'a Markup, keys: &[&'a str]) -> (Option<&'a str>, Source) {
    match m.meta.first(keys) {
        Some((k, v)) => (Some(v), source_of(k)),
        None => (None, Source::Meta),
    }
}

/// The first candidate that is non-empty once cleaned, capped at `max`
/// characters.
fn first_text<const N: usize>(
    candidates: [(Option<&str>, Source); N],
    max: usize,
) -> Option<(String, Source)> {
    candidates.into_iter().find_map(|(v, s)| {
        let mut v = clean_value(v?);
        // A declared value is a string, but some CMSs put the field's HTML
        // in it ("<p><strong>The lead</strong> ...").
        if matches!(
            s,
            Source::JsonLd | Source::OpenGraph | Source::TwitterCard | Source::Meta
        ) {
            v = text::collapse(&without_markup(&v));
        }
        (!v.is_empty()).then(|| (text::truncate_chars(&v, max), s))
    })
}

/// The tags [`without_markup`] takes out: the ones CMSs leave in declared
/// values. Other bracketed words are text (`"<The Palace>"`, a show's
/// title in Korean typography; `"<3"`).
const MARKUP_TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "big",
    "blockquote",
    "br",
    "cite",
    "code",
    "del",
    "div",
    "em",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "i",
    "img",
    "ins",
    "li",
    "mark",
    "ol",
    "p",
    "q",
    "s",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "sup",
    "u",
    "ul",
];

/// `value` without the HTML tags of [`MARKUP_TAGS`]; each becomes a space
/// (collapse afterwards).
pub(crate) fn without_markup(value: &str) -> Cow<'_, str> {
    if !value.contains('<') {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    // Every cut is just past an ASCII `<` or `>`: a character boundary.
    while let Some(open) = rest.find('<') {
        let (before, tail) = rest.split_at(open);
        out.push_str(before);
        let (replacement, len) = match markup_tag_len(tail) {
            Some(len) => (' ', len),
            None => ('<', 1),
        };
        out.push(replacement);
        rest = tail.get(len..).unwrap_or_default();
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The length in bytes of the [`MARKUP_TAGS`] tag that `s` starts with
/// (`<p>`, `</span>`, `<a href="...">`, `<br/>`), if it starts with one.
fn markup_tag_len(s: &str) -> Option<usize> {
    const MAX_TAG_BYTES: usize = 512;
    let body = s.strip_prefix('<')?;
    let body = body.strip_prefix('/').unwrap_or(body);
    let name_len = body
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    // ASCII name bytes: `name_len` is a character boundary.
    let name = body.get(..name_len)?;
    let after = body.get(name_len..)?.bytes().next()?;
    if !matches!(after, b'>' | b'/' | b' ' | b'\t' | b'\n')
        || !MARKUP_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name))
    {
        return None;
    }
    // The scan stops at the next `<` as well: no text is scanned twice, so
    // a value full of "<p <p <p" costs linear time.
    let close = s
        .bytes()
        .take(MAX_TAG_BYTES)
        .skip(1)
        .position(|b| b == b'>' || b == b'<')?
        + 1;
    (s.as_bytes().get(close) == Some(&b'>')).then_some(close + 1)
}

/// The first candidate that reads as a date, in ISO 8601.
fn first_date<const N: usize>(candidates: [(Option<&str>, Source); N]) -> Option<(String, Source)> {
    candidates
        .into_iter()
        .find_map(|(v, s)| Some((dates::parse(v?)?.iso(), s)))
}

/// The first candidate that resolves to an absolute `http(s)` URL.
fn first_url<const N: usize>(
    facts: &Facts,
    candidates: [(Option<&str>, Source); N],
) -> Option<(String, Source)> {
    candidates
        .into_iter()
        .find_map(|(v, s)| Some((resolve_url(v?, facts.base.as_ref())?, s)))
}

/// Whether `next` is a further page of `this` one: on the same host, with
/// a path under this page's (`/story/` then `/story/2/`, `/story/seite-2`)
/// or the same path with another query (`?page=2`).
/// Blogs also point `rel="next"` at the next post, which is another
/// article, not a page of this one; without this page's address there is
/// no telling them apart.
fn continues(this: Option<&Url>, next: &str) -> bool {
    let (Some(this), Ok(next)) = (this, Url::parse(next)) else {
        return false;
    };
    if this.host_str() != next.host_str() {
        return false;
    }
    let base = this.path().trim_end_matches('/');
    match next.path().strip_prefix(base) {
        Some("" | "/") => next.query().is_some() && next.query() != this.query(),
        Some(rest) => rest.starts_with('/'),
        None => false,
    }
}

/// The kind of page: the most specific of the kinds the page declares in
/// JSON-LD, in its microdata items and in `og:type`, the first source on a
/// tie. A product rating widget's microdata does not outrank an article's
/// `og:type`; a recipe's JSON-LD outranks it.
fn choose_page_type(facts: &Facts) -> Option<(PageType, Source)> {
    let m = &facts.markup;
    let micro = m
        .micro
        .types
        .iter()
        .flat_map(|t| t.split_whitespace())
        .filter_map(page_type::from_schema_type)
        .map(|kind| (kind, Source::Microdata));
    let (og, og_source) = meta_value(m, &["og:type"]);
    let og = og
        .and_then(page_type::from_og_type)
        .map(|kind| (kind, og_source));
    let declared = facts
        .ld
        .page_type
        .map(|kind| (kind, Source::JsonLd))
        .into_iter()
        .chain(micro)
        .chain(og);
    page_type::most_specific(declared, |&(kind, _)| kind)
}

/// The licence: schema.org `license`, else a `rel="license"` link, else a
/// Dublin Core `license` tag. An address is resolved and kept if it is
/// `http(s)`; anything else is a licence's name ("CC BY 4.0").
fn choose_license(facts: &Facts) -> Option<(String, Source)> {
    let m = &facts.markup;
    [
        (facts.ld.license.as_deref(), Source::JsonLd),
        (m.license.as_deref(), Source::Markup),
        meta_value(m, &["dcterms:license", "dc:license", "license"]),
    ]
    .into_iter()
    .find_map(|(value, source)| {
        let value = value?.trim();
        let lower = value.get(..8).unwrap_or(value).to_ascii_lowercase();
        let is_address = source == Source::Markup
            || lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("//");
        let kept = if is_address {
            resolve_url(value, facts.base.as_ref())?
        } else {
            let name = clean_value(value);
            (!name.is_empty()).then(|| text::truncate_chars(&name, MAX_LABEL_CHARS))?
        };
        Some((kept, source))
    })
}

fn choose_title(facts: &Facts) -> Option<(String, Source)> {
    let m = &facts.markup;
    // Readability's order of `<meta>` titles, with the title scholarly
    // pages declare for citation (`citation_title`) beside Dublin Core's.
    let declared: Vec<(String, Source)> = [
        meta_value(
            m,
            &[
                "dc:title",
                "dcterm:title",
                "dcterms:title",
                "citation_title",
            ],
        ),
        meta_value(m, &["og:title"]),
        meta_value(m, &["weibo:article:title", "weibo:webpage:title", "title"]),
        meta_value(m, &["twitter:title"]),
        meta_value(m, &["parsely-title", "sailthru:title"]),
        (m.micro.headline.as_deref(), Source::Microdata),
        (m.title.as_deref(), Source::Markup),
    ]
    .into_iter()
    .filter_map(|(v, s)| Some((clean_value(v?), s)))
    .filter(|(v, _)| !v.is_empty())
    .collect();
    let mut site_names: Vec<String> = [
        facts.ld.publisher.as_deref(),
        m.meta.first(&["og:site_name"]).map(|(_, v)| v),
        m.meta.first(&["application-name"]).map(|(_, v)| v),
        facts.ld.website.as_deref(),
        m.meta
            .first(&["sitename", "site_name", "site-name"])
            .map(|(_, v)| v),
    ]
    .into_iter()
    .flatten()
    .map(clean_value)
    .collect();
    site_names.extend(page_urls(facts).iter().flatten().filter_map(host_name));
    let choose = |candidates: Vec<(String, Source)>| {
        title::choose(&title::Inputs {
            candidates,
            site_names: &site_names,
            h1s: &m.h1s,
        })
    };
    let from_meta = choose(declared.clone());
    let json_ld = json_ld_title(facts, from_meta.as_ref().map(|(t, _)| t.as_str()));
    // A JSON-LD headline that is not the page's heading nor a wording of
    // it (a CMS label such as "Sample menus"), or that is cut short, yields
    // to a sharing title that repeats the heading word for word.
    let heading = m.h1s.first();
    let sharing_agrees = heading.is_some_and(|h| {
        from_meta.as_ref().is_some_and(|(t, s)| {
            matches!(s, Source::OpenGraph | Source::TwitterCard) && title::fold(t) == title::fold(h)
        })
    });
    let json_ld = json_ld.filter(|t| {
        // Cut at a length limit mid-headline: the other declared title
        // goes on with the same words ("... Solutions (Including" against
        // "... Solutions (Including One Trick) - Site").
        if from_meta
            .as_ref()
            .is_some_and(|(m, _)| continues_mid_sentence(m, t))
        {
            return false;
        }
        let Some(h) = heading.filter(|_| sharing_agrees) else {
            return true;
        };
        let (t_fold, h_fold) = (title::fold(t), title::fold(h));
        let cut_short = t_fold.len() < h_fold.len() && h_fold.starts_with(&t_fold);
        let unrelated = clean::title_similarity(t, h) < MIN_WORDING_SIMILARITY;
        !(cut_short || unrelated)
    });
    match json_ld {
        Some(t) => choose(
            std::iter::once((t, Source::JsonLd))
                .chain(declared)
                .collect(),
        ),
        None => from_meta,
    }
}

/// Whether `full` starts with `cut` and goes on within the same words:
/// `cut` is `full` cut short, not its headline before a separator and the
/// site's name.
fn continues_mid_sentence(full: &str, cut: &str) -> bool {
    const MIN_CUT_WORDS: usize = 4;
    let Some(rest) = full.strip_prefix(cut) else {
        return false;
    };
    // The next word is a word, not a separator ("| Site", "- Site").
    let continues = rest.starts_with(' ')
        && rest
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().any(char::is_alphanumeric));
    continues && cut.split_whitespace().count() >= MIN_CUT_WORDS
}

/// The least share of the heading's words a JSON-LD headline has when it
/// words the same headline differently.
const MIN_WORDING_SIMILARITY: f32 = 0.3;

/// The JSON-LD title: `headline`, unless `name` differs and is the one
/// that agrees with the page's other titles or its heading (some sites put
/// a summary or a description in `headline`).
fn json_ld_title(facts: &Facts, other: Option<&str>) -> Option<String> {
    let ld = &facts.ld;
    let headline = ld
        .headline
        .as_deref()
        .map(clean_value)
        .filter(|h| !h.is_empty());
    let name = ld
        .name
        .as_deref()
        .map(clean_value)
        .filter(|n| !n.is_empty());
    // Agreeing means sharing most words with the other declared title, or
    // being what the page's heading says.
    let heading = facts.markup.h1s.first().map(|h| title::fold(h));
    let agrees = |t: &str| {
        other.is_some_and(|o| clean::title_similarity(t, o) > 0.75)
            || heading.as_deref() == Some(title::fold(t).as_str())
    };
    match (headline, name) {
        (Some(h), Some(n)) if h != n => {
            if agrees(&n) && !agrees(&h) {
                Some(n)
            } else {
                Some(h)
            }
        }
        (Some(h), _) => Some(h),
        (None, n) => n,
    }
}

/// A URL's host without a leading "www." (a parsed host is lower-case).
pub(crate) fn bare_host(url: &Url) -> Option<&str> {
    url.host_str().map(|h| h.trim_start_matches("www."))
}

/// The name a host goes by: `en.wikipedia.org` gives `wikipedia`,
/// `www.bbc.co.uk` gives `bbc`.
fn host_name(url: &Url) -> Option<String> {
    let host = url.host_str()?;
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let mut n = labels.len().checked_sub(1)?;
    // A second-level public suffix: "co.uk", "com.au".
    if n >= 2 && labels[n].len() == 2 && labels[n - 1].len() <= 3 {
        n -= 1;
    }
    labels.get(n.checked_sub(1)?).map(|l| l.to_string())
}

/// Names read from one source, and the source.
type Candidate = (Vec<String>, Source);

fn choose_authors(
    facts: &Facts,
    byline: Option<&str>,
    first_paragraph: Option<&str>,
) -> Option<Candidate> {
    let m = &facts.markup;
    // The names in declared values; those in `whole` name an organisation,
    // one name commas and all.
    let declared_with = |values: &[String], whole: &[String]| -> Vec<String> {
        values
            .iter()
            .flat_map(|v| {
                if whole.contains(v) {
                    authors::organization(&clean_value(v)).into_iter().collect()
                } else {
                    authors::from_declared(&clean_value(v))
                }
            })
            .collect()
    };
    let declared = |values: &[String]| declared_with(values, &[]);
    // Citation tags name one author each, often surname first.
    let cited = |values: &[String]| -> Vec<String> {
        values
            .iter()
            .flat_map(|v| authors::from_citation(&clean_value(v)))
            .collect()
    };
    // A declared value that credits a team or a role ("Editorial Team",
    // "Staff Clinician") rather than a person; a weak candidate.
    let credit = |values: &[String]| -> Vec<String> {
        values
            .iter()
            .filter_map(|v| authors::credit(&clean_value(v)))
            .collect()
    };
    let meta_names = |keys: &[&str], read: &dyn Fn(&[String]) -> Vec<String>| {
        keys.iter().find_map(|k| {
            let names = read(m.meta.all(k));
            (!names.is_empty()).then(|| (names, source_of(k)))
        })
    };
    // Then `citation_author`, read by `cited`.
    const AUTHOR_KEYS: [&str; 6] = [
        "dc:creator",
        "dcterm:creator",
        "dcterms:creator",
        "author",
        "parsely-author",
        "sailthru:author",
    ];
    const OG_AUTHOR_KEYS: [&str; 2] = ["article:author", "og:article:author"];
    // Each source is read only when the ones before it gave no answer: most
    // pages settle on the first or second.
    let candidates: [&dyn Fn() -> Option<Candidate>; 11] = [
        &|| {
            let ld = &facts.ld;
            Some((
                declared_with(&ld.authors, &ld.organization_authors),
                Source::JsonLd,
            ))
        },
        &|| {
            meta_names(&AUTHOR_KEYS, &declared).or_else(|| meta_names(&["citation_author"], &cited))
        },
        &|| meta_names(&OG_AUTHOR_KEYS, &declared),
        &|| Some((declared(&m.micro.authors), Source::Microdata)),
        &|| {
            Some((
                m.rel_authors
                    .iter()
                    .flat_map(|a| authors::from_byline(a))
                    .collect(),
                Source::Markup,
            ))
        },
        &|| byline.map(|b| (authors::from_byline(b), Source::PageText)),
        &|| {
            m.header_byline
                .as_deref()
                .map(|b| (authors::from_byline(b), Source::PageText))
        },
        &|| {
            m.header_profile
                .as_deref()
                .map(|name| (vec![name.to_string()], Source::PageText))
        },
        // Read anywhere on the page, a byline element only counts for full
        // names ("Shauna Mitchell", not "Stand" or "S.").
        &|| {
            m.author_line.as_deref().map(|b| {
                let names = authors::from_byline(b);
                let full = authors::all_full_names(&names);
                (if full { names } else { Vec::new() }, Source::PageText)
            })
        },
        // A name set apart: under a writer's label, or over an author
        // box's bio that opens with it.
        &|| {
            m.labelled_author
                .as_deref()
                .or(m.author_box.as_deref())
                .map(|name| (vec![name.to_string()], Source::PageText))
        },
        // A wire story names its reporters in its lead.
        &|| {
            first_paragraph
                .and_then(authors::from_wire_lead)
                .map(|names| (names, Source::PageText))
        },
    ];
    let page_credit = |text: Option<&str>| {
        text.and_then(authors::byline_credit)
            .map(|c| (vec![c], Source::PageText))
    };
    let credits: [&dyn Fn() -> Option<Candidate>; 5] = [
        &|| Some((credit(&facts.ld.authors), Source::JsonLd)),
        &|| meta_names(&AUTHOR_KEYS, &credit).or_else(|| meta_names(&["citation_author"], &credit)),
        &|| page_credit(byline),
        &|| page_credit(m.header_byline.as_deref()),
        &|| page_credit(m.author_line.as_deref()),
    ];
    let sites = site_keys(facts);
    // The site or its publisher credited as the author ("Acme" on acme.com)
    // is what a page declares when it names no one: a person named
    // anywhere else is the better answer.
    let is_the_site = |names: &[String]| {
        names
            .first()
            .is_some_and(|n| sites.contains(&title::fold(n)))
    };
    // A user name ("KatieS", "jdoe") is what a publishing system declares
    // for the account that posted; the byline may show the writer's name.
    let is_handle = |names: &[String]| names.len() == 1 && authors::is_handle(&names[0]);
    // An organisation declared as the author (a news agency, the paper's
    // group) is what a publishing system fills in by default as well: a
    // person named on the page wrote it.
    let organizations = &facts.ld.organization_authors;
    let is_organization = |names: &[String], s: Source| {
        s == Source::JsonLd
            && names
                .iter()
                .all(|n| organizations.iter().any(|o| o.eq_ignore_ascii_case(n)))
    };
    let mut fallback = None;
    let names_then_credits = candidates
        .into_iter()
        .map(|c| (c, false))
        .chain(credits.into_iter().map(|c| (c, true)));
    for (read, is_credit) in names_then_credits {
        let Some((names, s)) = read() else {
            continue;
        };
        let mut kept: Vec<String> = Vec::new();
        for n in names {
            let n = text::truncate_chars(without_site(&n, &sites), MAX_NAME_CHARS);
            if kept.len() < MAX_AUTHORS
                && !kept.iter().any(|k| k.to_lowercase() == n.to_lowercase())
            {
                kept.push(n);
            }
        }
        if kept.is_empty() {
            continue;
        }
        if !(is_credit || is_the_site(&kept) || is_handle(&kept) || is_organization(&kept, s)) {
            return Some((kept, s));
        }
        fallback.get_or_insert((kept, s));
    }
    fallback
}

/// A name without the site's name run on after it ("Jane Doe USA Today",
/// where the byline's credit line joined the name's).
fn without_site<'a>(name: &'a str, sites: &[String]) -> &'a str {
    let starts: Vec<usize> = name
        .char_indices()
        .filter(|&(i, c)| i > 0 && c.is_whitespace())
        .map(|(i, _)| i)
        .collect();
    starts
        .into_iter()
        .find(|&i| {
            let (head, tail) = name.split_at(i);
            // "Recipe by Acme" is no name followed by the site's.
            let label = head
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| crate::patterns::BYLINE_LABEL_END.contains(&w));
            head.split_whitespace().count() >= 2 && !label && sites.contains(&title::fold(tail))
        })
        .map_or(name, |i| name[..i].trim_end())
}

/// The names a site goes by, folded ([`title::fold`]): its declared names
/// (publisher, `og:site_name`, application name, JSON-LD `WebSite`) and
/// its host ("example.org").
fn site_keys(facts: &Facts) -> Vec<String> {
    let m = &facts.markup;
    let declared = [
        facts.ld.publisher.as_deref(),
        m.meta.first(&["og:site_name"]).map(|(_, v)| v),
        m.meta.first(&["application-name"]).map(|(_, v)| v),
        facts.ld.website.as_deref(),
        m.meta
            .first(&["sitename", "site_name", "site-name"])
            .map(|(_, v)| v),
    ];
    let mut keys: Vec<String> = Vec::new();
    for name in declared.into_iter().flatten().map(clean_value) {
        // "Acme News | Tagline" goes by "Acme News" too.
        if let Some((head, _)) = name.split_once(" | ") {
            keys.push(title::fold(head));
        }
        keys.push(title::fold(&name));
    }
    for url in page_urls(facts).iter().flatten() {
        // The whole host only: a personal site's bare host ("janedoe")
        // folds like its owner's name.
        if let Some(host) = bare_host(url) {
            keys.push(title::fold(host));
        }
    }
    keys.retain(|k| k.chars().count() >= 2);
    keys
}

/// The addresses the page gives for itself: the caller's, the canonical
/// link and `og:url`.
fn page_urls(facts: &Facts) -> [Option<Url>; 3] {
    let m = &facts.markup;
    [
        facts.page_url.clone(),
        m.canonical.as_deref().and_then(|c| Url::parse(c).ok()),
        m.meta
            .first(&["og:url"])
            .and_then(|(_, v)| Url::parse(v).ok()),
    ]
}

fn choose_published(
    facts: &Facts,
    byline: Option<&str>,
    day_first: bool,
) -> Option<(String, Source)> {
    let m = &facts.markup;
    let declared = first_date([
        (facts.ld.published.as_deref(), Source::JsonLd),
        meta_value(
            m,
            &[
                "article:published_time",
                "og:published_time",
                "article:published",
            ],
        ),
        meta_value(
            m,
            &[
                "parsely-pub-date",
                "sailthru:date",
                "dc:date",
                "dc:date:issued",
                "dcterms:created",
                "dcterms:issued",
                "dcterms:date",
                "citation_publication_date",
                "citation_date",
                "citation_online_date",
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "publication_date",
                "date",
            ],
        ),
        (facts.ld.created.as_deref(), Source::JsonLd),
        (m.micro.published.as_deref(), Source::Microdata),
    ]);
    if let Some((iso, source)) = declared {
        return Some((shown_form(m, &iso).unwrap_or(iso), source));
    }
    if let Some(d) = m.times.iter().find_map(|t| Some(dates::parse(t)?.iso())) {
        return Some((d, Source::Markup));
    }
    // Of the elements named as dates, the one nearest the headline is the
    // article's: a masthead's "today" strip comes first on the page.
    let mut dated: Vec<(usize, &str)> = m
        .dated
        .iter()
        .zip(&m.dated_at)
        .map(|(text, &at)| (m.h1_at.map_or(0, |h1| h1.abs_diff(at)), text.as_str()))
        .collect();
    dated.sort_by_key(|&(distance, _)| distance);
    let written = dated
        .into_iter()
        .map(|(_, text)| text)
        .chain(byline)
        .chain(m.header_date.as_deref());
    if let Some(d) = written.into_iter().find_map(|t| {
        let day_first = dates::zone_order(t).unwrap_or(day_first);
        Some(dates::find_ordered(t, day_first)?.0.iso())
    }) {
        return Some((d, Source::PageText));
    }
    let paths = [
        facts.page_url.clone(),
        m.canonical
            .as_deref()
            .and_then(|c| resolve_url(c, facts.base.as_ref()))
            .and_then(|c| Url::parse(&c).ok()),
        m.meta
            .first(&["og:url"])
            .and_then(|(_, v)| Url::parse(v).ok()),
    ];
    paths
        .iter()
        .flatten()
        .find_map(|u| dates::from_url_path(u.path()))
        .map(|d| (d.iso(), Source::Url))
}

/// The declared publication date in the offset the page shows it in: a
/// page that declares UTC ("2025-12-19T03:05:00Z") and shows its readers
/// a `<time>` of the same second in its own offset
/// ("2025-12-18T19:05:00-08:00") was published on the 18th where it
/// appeared.
fn shown_form(m: &Markup, declared: &str) -> Option<String> {
    let date = dates::parse(declared)?;
    if !date.is_utc() {
        return None;
    }
    m.times
        .iter()
        .filter_map(|t| dates::parse(t))
        .find(|t| !t.is_utc() && t.same_instant(&date))
        .map(|t| t.iso())
}

/// The page's tags: the first source that declares any, lists split at
/// their separators, repeats and what is no label left out (see
/// [`is_label`]).
fn choose_tags(facts: &Facts, title: Option<&str>) -> Option<(Vec<String>, Source)> {
    let m = &facts.markup;
    let split_lists = |values: &[String]| -> Vec<String> {
        values
            .iter()
            .flat_map(|v| v.split(TAG_SEPARATORS).map(str::to_string))
            .collect()
    };
    // One tag a `<meta>`; but one alone may pack the whole list
    // ("Oceans,New Zealand,Environment").
    let one_a_meta = |values: &[String]| -> Vec<String> {
        match values {
            [_] => split_lists(values),
            _ => values.to_vec(),
        }
    };
    let candidates = [
        (one_a_meta(m.meta.all("article:tag")), Source::OpenGraph),
        // Forum software writes the OpenGraph tags with the prefix.
        (one_a_meta(m.meta.all("og:article:tag")), Source::OpenGraph),
        (facts.ld.keywords.clone(), Source::JsonLd),
        (split_lists(m.meta.all("news_keywords")), Source::Meta),
        (split_lists(m.meta.all("keywords")), Source::Meta),
        (split_lists(m.meta.all("parsely-tags")), Source::Meta),
        (m.rel_tags.clone(), Source::Markup),
    ];
    // Only a headline's worth of title: a one-word title ("Pressemitteilungen")
    // may well be a tag of the page too.
    let folded_titles: Vec<String> = [title, facts.title()]
        .into_iter()
        .flatten()
        .filter(|t| is_headline(t))
        .map(title::fold)
        .collect();
    candidates.into_iter().find_map(|(values, s)| {
        let mut tags: Vec<String> = Vec::new();
        // The kept tags in lower case, each lowered once, not at every
        // comparison.
        let mut lowered: Vec<String> = Vec::new();
        for v in values {
            let v = clean_value(&v);
            let v = v.trim_matches(TAG_QUOTES).trim();
            if !is_label(v, &folded_titles) || tags.len() >= MAX_TAGS {
                continue;
            }
            let v = text::truncate_chars(v, MAX_LABEL_CHARS);
            let lower = v.to_lowercase();
            if !lowered.contains(&lower) {
                tags.push(v);
                lowered.push(lower);
            }
        }
        (!tags.is_empty()).then_some((tags, s))
    })
}

/// What separates the items of a keyword list: commas and semicolons, in
/// their Latin, CJK and Arabic forms, and the CJK enumeration comma.
const TAG_SEPARATORS: [char; 6] = [',', ';', '，', '；', '、', '،'];

/// Quotation marks a tag may be left wrapped in when a list was split
/// ("«Headline,Kultur»").
const TAG_QUOTES: [char; 9] = ['"', '\'', '«', '»', '“', '”', '„', '‘', '’'];

/// Whether a keyword reads as a tag: not empty, a few words rather than a
/// sentence, and not the page's headline (CMSs put it among the keywords:
/// "investing, Markets slide as ... - CNN"); `folded_headlines` are the
/// titles that read as headlines, as [`title::fold`] gives them.
fn is_label(tag: &str, folded_headlines: &[String]) -> bool {
    const MAX_WORDS: usize = 10;
    let words = tag
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    if words == 0 || words > MAX_WORDS {
        return false;
    }
    let folded = title::fold(tag);
    !folded_headlines
        .iter()
        .any(|t| !t.is_empty() && folded.contains(t.as_str()))
}

/// Whether a title is a headline rather than a label: four words or more,
/// or ten CJK characters (which run without spaces).
fn is_headline(title: &str) -> bool {
    const MIN_WORDS: usize = 4;
    const MIN_CJK_CHARS: usize = 10;
    title.split_whitespace().count() >= MIN_WORDS
        || title.chars().filter(|&c| text::is_cjk(c)).count() >= MIN_CJK_CHARS
}

/// `<base href>` resolved against the page URL (or standing alone when
/// absolute), else the page URL. Only `http(s)` bases count.
fn effective_base(base_href: Option<&str>, page_url: Option<&Url>) -> Option<Url> {
    let from_base = base_href.and_then(|href| match page_url {
        Some(page) => page.join(href).ok(),
        None => Url::parse(href).ok(),
    });
    from_base
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .or_else(|| page_url.cloned())
}

/// An absolute `http(s)` URL for `value`, resolved against `base`.
fn resolve_url(value: &str, base: Option<&Url>) -> Option<String> {
    let value = value.trim();
    if value.is_empty() || value.len() > MAX_URL_BYTES {
        return None;
    }
    let url = match base {
        Some(base) => base.join(value).ok()?,
        // A scheme-relative URL without a base: assume https.
        None if value.starts_with("//") => Url::parse(&format!("https:{value}")).ok()?,
        None => Url::parse(value).ok()?,
    };
    let url = String::from(url);
    (matches!(url_scheme(&url), "http" | "https") && url.len() <= MAX_URL_BYTES).then_some(url)
}

fn url_scheme(url: &str) -> &str {
    url.split(':').next().unwrap_or("")
}

/// A raw value made ready for use: capped, entity-decoded once more (pages
/// often escape twice: `&amp;quot;`), white space collapsed.
pub(crate) fn clean_value(raw: &str) -> String {
    let mut cut = raw.len().min(MAX_RAW_BYTES);
    while !raw.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut decoded = unescape_entities(&raw[..cut]);
    // CMSs often encode a value twice ("&amp;iacute;"), and a description
    // written as HTML three times ("&amp;amp;nbsp;" in JSON-LD): a
    // reference left after a pass that changed something is decoded again,
    // up to three passes in all.
    for _ in 0..2 {
        match decoded {
            Cow::Owned(ref value) if value.contains('&') => {
                let again = unescape_entities(value);
                if let Cow::Owned(changed) = again {
                    decoded = Cow::Owned(changed);
                    continue;
                }
            }
            _ => {}
        }
        break;
    }
    let collapsed = text::collapse(&decoded);
    // A direction mark at either end (`<title>&lrm;Tidepool`) shows
    // nothing, and would keep the value from matching its copies.
    let trimmed = collapsed.trim_matches(|c: char| is_direction_mark(c) || c.is_whitespace());
    if trimmed.len() == collapsed.len() {
        collapsed
    } else {
        trimmed.to_string()
    }
}

/// The invisible marks that set the direction of text: LRM, RLM, ALM and
/// the embedding and isolate controls.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Decodes HTML character references, named (`&amp;`, `&oacute;`) and
/// numeric; an invalid code point becomes U+FFFD. Anything else is left
/// as written.
pub(crate) fn unescape_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        match entity(tail) {
            Some((chars, len)) => {
                out.extend(chars.into_iter().filter(|&c| c != '\0'));
                rest = &tail[len..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The characters a reference at the start of `s` stands for (a named
/// reference may stand for two), and its length in bytes.
fn entity(s: &str) -> Option<([char; 2], usize)> {
    let semi = s.bytes().take(40).position(|b| b == b';')?;
    // `&` and `;` are ASCII, so both ends are character boundaries.
    let body = s.get(1..semi)?;
    let Some(num) = body.strip_prefix('#') else {
        // Every HTML named reference ("&oacute;" in a CMS's JSON-LD), from
        // the parser's own table, keyed with the semicolon.
        // (The table also lists each name's prefixes, mapped to 0.)
        let &(first, second) = html5ever::data::NAMED_ENTITIES.get(s.get(1..=semi)?)?;
        let first = char::from_u32(first).filter(|&c| c != '\0')?;
        return Some(([first, char::from_u32(second).unwrap_or('\0')], semi + 1));
    };
    let (digits, radix) = match num.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16),
        None => (num, 10),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let c = u32::from_str_radix(digits, radix)
        .ok()
        .filter(|&code| code != 0)
        .and_then(char::from_u32)
        .unwrap_or('\u{fffd}');
    Some(([c, '\0'], semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_str;

    fn caps() -> Caps {
        Caps {
            title: 1024,
            excerpt: 1024,
            nfc: true,
        }
    }

    fn is_dated(html: &str) -> bool {
        let dom = Dom::index(parse_str(html));
        let signals = Signals::compute(&dom);
        read(&dom, &signals, None).is_dated()
    }

    #[test]
    fn a_page_is_dated_by_a_publication_or_citation_date() {
        assert!(is_dated(
            r#"<meta property="article:published_time" content="2025-02-14">"#
        ));
        assert!(is_dated(r#"<meta property="og:type" content="article">"#));
        assert!(is_dated(
            r#"<meta name="citation_title" content="A paper"><meta name="citation_date" content="2025/02/14">"#
        ));
        assert!(is_dated(
            r#"<meta name="citation_publication_date" content="2024">"#
        ));
        assert!(!is_dated(r#"<meta property="og:type" content="website">"#));
        // An SEO plugin's page: og:type article on every page, and a plain
        // WebPage (with its dates) in the JSON-LD.
        let web_page = r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2021-04-12"},{"@type":"WebSite","name":"Site"}]}</script>"#;
        assert!(!is_dated(&format!(
            r#"<meta property="og:type" content="article">{web_page}"#
        )));
        // Its posts add an Article.
        assert!(is_dated(&format!(
            r#"<meta property="og:type" content="article">{}"#,
            web_page.replace(
                r#"{"@type":"WebSite""#,
                r#"{"@type":"Article","headline":"A post"},{"@type":"WebSite""#
            )
        )));
        assert!(!is_dated(
            r#"<script type="application/ld+json">{"@type":"Product","name":"Kettle","datePublished":"2024-01-02"}</script>"#
        ));
        assert!(!is_dated(
            r#"<meta name="citation_title" content="A paper">"#
        ));
    }

    fn meta_at(html: &str, url: Option<&str>) -> Metadata {
        let dom = Dom::index(parse_str(html));
        let signals = Signals::compute(&dom);
        let url = url.map(|u| Url::parse(u).unwrap());
        without_extraction(
            &dom,
            &signals,
            url.as_ref(),
            caps(),
            &crate::patterns::VIDEOS,
        )
    }

    #[test]
    fn a_next_page_continues_this_page() {
        let this = Url::parse("https://example.org/2024/story/").ok();
        let next = |n: &str| continues(this.as_ref(), n);
        assert!(next("https://example.org/2024/story/2/"));
        assert!(next("https://example.org/2024/story/seite-2"));
        assert!(next("https://example.org/2024/story/?page=2"));
        assert!(!next("https://example.org/2024/other-story/"));
        assert!(!next("https://example.org/2024/story-two/"));
        assert!(!next("https://example.org/2024/story/"));
        assert!(!next("https://elsewhere.example/2024/story/2/"));
        assert!(!continues(None, "https://example.org/2024/story/2/"));
    }

    #[test]
    fn a_licence_link_in_the_text_counts_when_the_head_has_none() {
        let m = meta_at(
            r#"<body><p>Text and photos:
            <a rel="license" href="/by-sa/">CC BY-SA</a></p></body>"#,
            Some("https://example.org/a/"),
        );
        assert_eq!(m.license.as_deref(), Some("https://example.org/by-sa/"));
        assert_eq!(m.sources.license, Some(Source::Markup));
        let m = meta(r#"<head><meta name="DC.license" content="CC0 1.0"></head>"#);
        assert_eq!(m.license.as_deref(), Some("CC0 1.0"));
        assert_eq!(m.sources.license, Some(Source::Meta));
    }

    #[test]
    fn the_most_specific_declared_kind_wins_across_sources() {
        // A rating widget's product microdata beside an article's og:type.
        let m = meta(
            r#"<head><meta property="og:type" content="article"></head><body>
            <div itemscope itemtype="https://schema.org/Product">
            <span itemprop="name">Snow shovel</span></div></body>"#,
        );
        assert_eq!(m.page_type, Some(PageType::Article));
        assert_eq!(m.sources.page_type, Some(Source::OpenGraph));
        // A section front with a site-wide og:type of article.
        let m = meta(
            r#"<head><meta property="og:type" content="article">
            <script type="application/ld+json">{"@type": "CollectionPage",
            "name": "World news"}</script></head>"#,
        );
        assert_eq!(m.page_type, Some(PageType::Listing));
        assert_eq!(m.sources.page_type, Some(Source::JsonLd));
    }

    #[test]
    fn microdata_gives_the_kind_of_its_outermost_item() {
        let m = meta(
            r#"<body><div itemscope itemtype="https://schema.org/Product">
            <h1 itemprop="name">Lamp</h1>
            <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
            <span itemprop="price">40</span></div></div></body>"#,
        );
        assert_eq!(m.page_type, Some(PageType::Product));
        assert_eq!(m.sources.page_type, Some(Source::Microdata));
    }

    fn meta(html: &str) -> Metadata {
        meta_at(html, None)
    }

    #[test]
    fn text_values_are_put_in_nfc() {
        let m = meta_at(
            "<html><head><title>Cafe\u{301} de Flore</title>\
             <meta name=author content='Jose\u{301} Marti\u{301}'></head></html>",
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Caf\u{e9} de Flore"));
        assert_eq!(m.authors, vec!["Jos\u{e9} Mart\u{ed}".to_string()]);
    }

    #[test]
    fn meta_tags_win_over_the_title_element() {
        let m = meta(
            r#"<head><title>Page | Site</title><meta property="og:title" content="Headline">
            <meta name="author" content="Jane Doe"><meta name="description" content="About it.">
            <meta property="og:site_name" content="Site"></head>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Headline"));
        assert_eq!(m.sources.title, Some(Source::OpenGraph));
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.sources.authors, Some(Source::Meta));
        assert_eq!(m.excerpt.as_deref(), Some("About it."));
        assert_eq!(m.site_name.as_deref(), Some("Site"));
    }

    #[test]
    fn a_person_named_on_the_page_beats_the_site_as_author() {
        let head = r#"<head><script type="application/ld+json">{"@type": "BlogPosting",
            "headline": "Rain", "author": {"@type": "Organization", "name": "Acme"},
            "publisher": {"@type": "Organization", "name": "Acme"}}</script></head>"#;
        let m = meta(&format!(
            r#"{head}<body><h1>Rain</h1><div class="post-author">Jane Doe</div>
            <p>Text.</p></body>"#
        ));
        assert_eq!(m.authors, ["Jane Doe"]);
        assert_eq!(m.sources.authors, Some(Source::PageText));
        // Named by no one else, the site stays the author.
        let m = meta(&format!("{head}<body><h1>Rain</h1><p>Text.</p></body>"));
        assert_eq!(m.authors, ["Acme"]);
        assert_eq!(m.sources.authors, Some(Source::JsonLd));
        let m = meta(&format!(
            r#"{head}<body><h1>Rain</h1><span class="author">Recipe by Acme</span></body>"#
        ));
        assert_eq!(m.authors, ["Acme"]);
        assert_eq!(m.sources.authors, Some(Source::JsonLd));
        // The host counts as a site name; a credit line run on is cut.
        let m = meta_at(
            r#"<head><meta name="author" content="acme.org"></head><body><h1>Rain</h1>
            <span class="byline">Jane Doe Acme.org</span><p>Text.</p></body>"#,
            Some("https://www.acme.org/rain"),
        );
        assert_eq!(m.authors, ["Jane Doe"]);
    }

    #[test]
    fn tags_written_with_the_opengraph_prefix_count() {
        let m = meta(
            r#"<head><meta property="og:article:tag" content="homelab">
            <meta property="og:article:tag" content="dns"></head><body><p>Text.</p></body>"#,
        );
        assert_eq!(m.tags, ["homelab", "dns"]);
        // Links marked as the post's tags, when nothing is declared; a
        // sidebar's tag cloud is not the post's.
        let m = meta(
            r#"<body><article><p>Text.</p><p>Tagged <a rel="tag" href="/t/dns">dns</a>,
            <a rel="tag" href="/t/pihole">pihole</a></p></article>
            <aside class="sidebar"><a rel="tag" href="/t/cats">cats</a></aside></body>"#,
        );
        assert_eq!(m.tags, ["dns", "pihole"]);
    }

    #[test]
    fn tags_are_labels_split_from_their_lists() {
        // One `article:tag` packing the whole list.
        let m = meta(
            r#"<head><meta property="article:tag" content="Oceans,New Zealand, Whales">
            </head><body><p>Text.</p></body>"#,
        );
        assert_eq!(m.tags, ["Oceans", "New Zealand", "Whales"]);
        // Several stay as they are, commas and all.
        let m = meta(
            r#"<head><meta property="article:tag" content="Paris, France">
            <meta property="article:tag" content="Travel"></head><body><p>Text.</p></body>"#,
        );
        assert_eq!(m.tags, ["Paris, France", "Travel"]);
        // Keywords split at semicolons and CJK commas too; the headline
        // among them, and quotes left by the split, go.
        let m = meta(
            r#"<head><title>Markets slide as trade talks stall - Daily Post</title>
            <meta name="keywords" content="investing; «Markets slide as trade talks stall - Daily Post, trade»">
            </head><body><p>Text.</p></body>"#,
        );
        assert_eq!(m.tags, ["investing", "trade"]);
        let m = meta(
            r#"<head><meta name="keywords" content="两会、知识产权，出国"></head><body><p>Text.</p></body>"#,
        );
        assert_eq!(m.tags, ["两会", "知识产权", "出国"]);
        // A one-word title may be a tag too; a sentence is not one.
        let m = meta(
            r#"<head><title>Pressemitteilungen</title>
            <meta name="keywords" content="Pressemitteilungen, Verlage"></head>
            <body><a rel="tag" href="/t">x</a><p>Text.</p></body>"#,
        );
        assert_eq!(m.tags, ["Pressemitteilungen", "Verlage"]);
        let m = meta(
            r#"<body><article><p>Text.</p><a rel="tag" href="/a">Read more about eight tips
            to recharge your social battery after a long week</a>
            <a rel="tag" href="/b">Self-care</a></article></body>"#,
        );
        assert_eq!(m.tags, ["Self-care"]);
    }

    #[test]
    fn a_plain_site_name_tag_names_the_site() {
        let m = meta(
            r#"<head><title>全国两会今天开幕_新华网</title>
            <meta name="SiteName" content="新华网"></head><body><p>Text.</p></body>"#,
        );
        assert_eq!(m.site_name.as_deref(), Some("新华网"));
        assert_eq!(m.title.as_deref(), Some("全国两会今天开幕"));
    }

    #[test]
    fn a_person_named_on_the_page_beats_a_declared_organisation() {
        // The author declared is an organisation other than the site (an
        // agency, the paper's group): a reporter named on the page wins;
        // named by no one else, the organisation stays.
        let head = r#"<head><script type="application/ld+json">{"@type": "NewsArticle",
            "headline": "Rain", "author": {"@type": "Organization", "name": "Daily Media Group"},
            "publisher": {"@type": "Organization", "name": "Daily Paper"}}</script></head>"#;
        let m = meta(&format!(
            r#"{head}<body><h1>Rain</h1><div class="byline">By John Smith</div>
            <p>Text.</p></body>"#
        ));
        assert_eq!(m.authors, ["John Smith"]);
        assert_eq!(m.sources.authors, Some(Source::PageText));
        let m = meta(&format!("{head}<body><h1>Rain</h1><p>Text.</p></body>"));
        assert_eq!(m.authors, ["Daily Media Group"]);
        assert_eq!(m.sources.authors, Some(Source::JsonLd));
    }

    #[test]
    fn a_name_shown_under_the_headline_beats_a_declared_user_name() {
        let page = |byline: &str| {
            meta(&format!(
                r#"<head><script type="application/ld+json">{{"@type": "Article",
                "headline": "Rain", "author": {{"name": "KatieS"}}}}</script></head>
                <body><h1>Rain</h1><p>by <a href="/authors/jane">{byline}</a></p><p>Text.</p></body>"#
            ))
        };
        assert_eq!(page("Jane Doe").authors, ["Jane Doe"]);
        // The same user name on the page: the declared one stays.
        let m = page("KatieS");
        assert_eq!(m.authors, ["KatieS"]);
        assert_eq!(m.sources.authors, Some(Source::JsonLd));
    }

    #[test]
    fn a_team_credit_is_kept_when_no_one_is_named() {
        let m = meta(r#"<head><meta name="author" content="Great Day Editorial Team"></head>"#);
        assert_eq!(m.authors, ["Great Day Editorial Team"]);
        let m =
            meta(r#"<body><h1>Taxes</h1><h4 class="author-name">By The Money editors</h4></body>"#);
        assert_eq!(m.authors, ["The Money editors"]);
        assert_eq!(m.sources.authors, Some(Source::PageText));
        let m = meta(
            r#"<head><meta name="author" content="Great Day Editorial Team"></head>
            <body><h1>Rain</h1><p class="byline">By Jane Doe</p><p>Text.</p></body>"#,
        );
        assert_eq!(m.authors, ["Jane Doe"]);
    }

    #[test]
    fn the_heading_settles_which_declared_title_is_the_headline() {
        // JSON-LD's headline is a section label; OpenGraph repeats the
        // heading.
        let m = meta(
            r#"<head><meta property="og:title" content="A week of cheap healthy meals">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Sample menus"}
            </script></head><body><h1>A week of cheap healthy meals</h1></body>"#,
        );
        assert_eq!(m.title.as_deref(), Some("A week of cheap healthy meals"));
        assert_eq!(m.sources.title, Some(Source::OpenGraph));
        // JSON-LD's name is the heading, its headline a description.
        let m = meta(
            r#"<head><meta property="og:title" content="List of rivers of Europe - The Free Online Atlas">
            <script type="application/ld+json">{"@type": "Article", "name": "List of rivers of Europe",
            "headline": "Atlas list article"}</script></head>
            <body><h1>List of rivers of Europe</h1></body>"#,
        );
        assert_eq!(m.title.as_deref(), Some("List of rivers of Europe"));
        assert_eq!(m.sources.title, Some(Source::JsonLd));
        // Cut short, it yields too.
        let m = meta(
            r#"<head><meta property="og:title" content="Rain returns to the valley after three months">
            <script type="application/ld+json">{"@type": "NewsArticle",
            "headline": "Rain returns to the valley after"}</script></head>
            <body><h1>Rain returns to the valley after three months</h1></body>"#,
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Rain returns to the valley after three months")
        );
        // Another wording of the heading stays, as does a headline that
        // differs from a heading no other title repeats.
        let m = meta(
            r#"<head><meta property="og:title" content="The 21 best movies of 2017">
            <script type="application/ld+json">{"@type": "Article",
            "headline": "How to watch the 21 best films of 2017"}</script></head>
            <body><h1>The 21 best movies of 2017</h1></body>"#,
        );
        assert_eq!(
            m.title.as_deref(),
            Some("How to watch the 21 best films of 2017")
        );
        let m = meta(
            r#"<head><meta property="og:title" content="Rates guide">
            <script type="application/ld+json">{"@type": "Article", "headline": "Plumbing rates in 2025"}
            </script></head><body><h1>Plumbing rates in 2025 explained</h1></body>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Plumbing rates in 2025"));
    }

    #[test]
    fn a_headline_cut_at_a_length_limit_yields_to_the_full_title() {
        // No heading to compare with: the sharing title goes on with the
        // same words, so the headline was cut.
        let m = meta(
            r#"<head><title>Storm names announced for the season ahead (and one retired) - Weather Desk</title>
            <meta property="og:title" content="Storm names announced for the season ahead (and one retired) - Weather Desk">
            <script type="application/ld+json">{"@type": "NewsArticle",
            "headline": "Storm names announced for the season ahead (and"}</script></head><body></body>"#,
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Storm names announced for the season ahead (and one retired) - Weather Desk")
        );
        // A headline followed by a separator and the site's name is whole.
        let m = meta(
            r#"<head><meta property="og:title" content="Storm names announced for the season ahead - Weather Desk">
            <script type="application/ld+json">{"@type": "NewsArticle",
            "headline": "Storm names announced for the season ahead"}</script></head><body></body>"#,
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Storm names announced for the season ahead")
        );
        assert!(!continues_mid_sentence("Rain: more | Site", "Rain:"));
        assert!(continues_mid_sentence(
            "Four words are here and more",
            "Four words are here"
        ));
    }

    #[test]
    fn site_name_is_cut_from_the_title() {
        let m = meta("<title>The council votes on the library budget | Daily News</title>");
        assert_eq!(
            m.title.as_deref(),
            Some("The council votes on the library budget")
        );
        assert_eq!(m.sources.title, Some(Source::Markup));
    }

    #[test]
    fn entities_are_decoded_like_readability() {
        assert_eq!(
            unescape_entities("&#xg; &#x1F62D; &#128557; &#xFFFFFFFF; &#x0; &amp;amp; &bogus;"),
            "&#xg; 😭 😭 \u{fffd} \u{fffd} &amp; &bogus;"
        );
        assert_eq!(unescape_entities("&#99999999999999999999;"), "\u{fffd}");
        assert_eq!(unescape_entities("&"), "&");
        assert_eq!(unescape_entities("é&"), "é&");
        // Every named reference, as CMSs write them into JSON-LD; a name
        // may stand for two characters; a prefix of a name is none.
        assert_eq!(
            unescape_entities("Redacci&oacute;n &bdquo;Haus&ldquo;"),
            "Redacción „Haus“"
        );
        assert_eq!(unescape_entities("&NotEqualTilde;"), "\u{2242}\u{338}");
        assert_eq!(unescape_entities("&oacu; &g;"), "&oacu; &g;");
        // Encoded twice, as CMSs often do.
        assert_eq!(
            clean_value("Polic&amp;iacute;a &amp;amp; co"),
            "Policía & co"
        );
        // A description written as HTML, then encoded twice more.
        assert_eq!(
            clean_value("a.&amp;amp;nbsp;MIRA: &amp;lt;b&amp;gt;"),
            "a. MIRA: <b>"
        );
        // Three passes at most.
        assert_eq!(clean_value("&amp;amp;amp;lt;"), "&lt;");
        // Direction marks at the ends show nothing; inside, they stay.
        assert_eq!(
            clean_value("&lrm;Tidepool: Surf \u{200f}"),
            "Tidepool: Surf"
        );
        assert_eq!(clean_value("a\u{200e}b"), "a\u{200e}b");
    }

    #[test]
    fn markup_left_in_declared_values_is_taken_out() {
        assert_eq!(
            text::collapse(&without_markup(
                r#"<p><strong>The lead</strong> of the story [<a class="more" href="/x">more</a>]</p>"#
            )),
            "The lead of the story [ more ]"
        );
        // Bracketed words that are no HTML tag are text.
        for text in [
            "watch <The Palace: Tale of Jang Noksu> now",
            "I <3 it",
            "a < b > c",
            "<",
        ] {
            assert_eq!(without_markup(text), text);
        }
        let m = meta_at(
            r#"<html><head><meta name="description" content="&lt;p&gt;Lead &lt;em&gt;text&lt;/em&gt;&lt;/p&gt;"></head><body></body></html>"#,
            None,
        );
        assert_eq!(m.excerpt.as_deref(), Some("Lead text"));
    }

    #[test]
    fn bylines_and_datelines_are_not_excerpts() {
        assert!(is_excerpt("Lorem ipsum dolor sit amet."));
        assert!(!is_excerpt("By Jane Doe"));
        assert!(!is_excerpt("By 10 July"));
        assert!(!is_excerpt("July 10, 2015 at 9:53 am"));
        assert!(!is_excerpt(""));
        assert!(!is_excerpt("$129.00"));
        assert!(is_excerpt("Lead"));
        assert!(is_excerpt(
            &"On July 10, 2015 the rain came back to the valley. ".repeat(3)
        ));
    }

    #[test]
    fn urls_resolve_against_base_and_page() {
        let page = Url::parse("https://example.org/news/story").unwrap();
        let base = effective_base(Some("/static/"), Some(&page));
        assert_eq!(
            resolve_url("img/a.png", base.as_ref()).as_deref(),
            Some("https://example.org/static/img/a.png")
        );
        assert_eq!(
            resolve_url("//cdn.example.org/a.png", None).as_deref(),
            Some("https://cdn.example.org/a.png")
        );
        assert_eq!(resolve_url("a.png", None), None);
        assert_eq!(resolve_url("javascript:alert(1)", base.as_ref()), None);
        assert_eq!(
            resolve_url("data:image/png;base64,AAAA", base.as_ref()),
            None
        );
        // An unsafe <base> is ignored.
        assert_eq!(
            effective_base(Some("javascript:x"), Some(&page)),
            Some(page)
        );
    }

    #[test]
    fn host_names() {
        let h = |u: &str| host_name(&Url::parse(u).unwrap());
        assert_eq!(
            h("https://en.wikipedia.org/wiki/X").as_deref(),
            Some("wikipedia")
        );
        assert_eq!(h("https://www.bbc.co.uk/news").as_deref(), Some("bbc"));
        assert_eq!(h("https://blog.gitlab.com/").as_deref(), Some("gitlab"));
        assert_eq!(h("http://localhost/").as_deref(), None);
    }

    #[test]
    fn dates_fall_back_to_time_text_byline_and_url() {
        let m = meta(r#"<body><time datetime="2015-07-10T09:53:00+02:00">Friday</time></body>"#);
        assert_eq!(m.published.as_deref(), Some("2015-07-10T09:53:00+02:00"));
        assert_eq!(m.sources.published, Some(Source::Markup));
        let m = meta(r#"<body><span class="entry-date">10 juillet 2015</span></body>"#);
        assert_eq!(m.published.as_deref(), Some("2015-07-10"));
        assert_eq!(m.sources.published, Some(Source::PageText));
        let m = meta_at(
            "<body><p>x</p></body>",
            Some("https://ex.org/2015/07/10/rain"),
        );
        assert_eq!(m.published.as_deref(), Some("2015-07-10"));
        assert_eq!(m.sources.published, Some(Source::Url));
    }

    #[test]
    fn the_date_by_the_headline_beats_the_mastheads_today() {
        let m = meta(
            r#"<body><div class="top-bar"><span class="top-bar__date">Wednesday 12 March 2025</span>
            <ul><li><a href="/a">Facebook</a></li><li><a href="/b">X</a></li></ul></div>
            <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <main><h1>Rain returns to the coast</h1>
            <div class="meta"><span class="post-date">10 March 2025</span></div>
            <p>The rain came back on Monday.</p></main></body>"#,
        );
        assert_eq!(m.published.as_deref(), Some("2025-03-10"));
    }

    #[test]
    fn a_utc_date_takes_the_offset_the_page_shows() {
        let html = |time: &str| {
            format!(
                r#"<head><meta property="article:published_time" content="2025-12-19T03:05:00+00:00">
                </head><body><h1>Rain</h1><time datetime="{time}">December 18, 2025</time></body>"#
            )
        };
        let m = meta(&html("2025-12-18T19:05:00-08:00"));
        assert_eq!(m.published.as_deref(), Some("2025-12-18T19:05:00-08:00"));
        assert_eq!(m.sources.published, Some(Source::OpenGraph));
        // Another instant is another date: the declared one stays.
        let m = meta(&html("2025-12-18T19:06:00-08:00"));
        assert_eq!(m.published.as_deref(), Some("2025-12-19T03:05:00Z"));
    }

    #[test]
    fn direction_comes_from_markup_or_language() {
        let m = meta(r#"<html lang="ar"><body><p>نص</p></body></html>"#);
        assert_eq!(m.dir, Some(TextDirection::Rtl));
        assert_eq!(m.sources.dir, Some(Source::Inferred));
        let m = meta(r#"<html lang="ar" dir="ltr"><body><p>x</p></body></html>"#);
        assert_eq!(m.dir, Some(TextDirection::Ltr));
        assert_eq!(m.sources.dir, Some(Source::Markup));
    }

    #[test]
    fn hostile_values_are_capped() {
        let title = "word ".repeat(300_000);
        let html = format!(
            r#"<head><meta property="og:title" content="{title}"><meta name="author" content="{title}">
            <meta name="keywords" content="{}"></head>"#,
            "k,".repeat(100_000)
        );
        let m = meta(&html);
        assert!(m.title.unwrap().chars().count() <= 1025);
        assert!(m.authors.is_empty());
        assert!(m.tags.len() <= MAX_TAGS);
    }
}
