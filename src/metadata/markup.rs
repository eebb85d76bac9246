//! One pass over the document that gathers what its elements declare:
//! `<title>`, `<meta>`, `<link>`, JSON-LD scripts, `<html lang>`, `dir`,
//! `<base href>`, visible `<h1>`s, `<time>`s, elements with a date class,
//! and microdata (`itemprop`).
//!
//! Headings, times, dates and microdata authors inside comments, sidebars,
//! navigation, footers and hidden elements are skipped: they describe
//! something else than the article.

use std::cell::RefCell;

use html5ever::{LocalName, local_name};

use crate::article::TextDirection;
use crate::clean::inner_text;
use crate::dom::{Dom, NodeId, Tag};
use crate::patterns::{self, ClassSignals, Needles};
use crate::signals::{self, Signals};

use super::meta_tags::MetaTags;
use super::{clean_value, lang};

/// How many of each kind of element are kept.
const MAX_KEPT: usize = 8;
/// How many of each kind are looked at (each look walks the ancestors).
const MAX_LOOKED_AT: usize = 64;
/// The most JSON-LD scripts kept.
const MAX_SCRIPTS: usize = 64;
/// The longest text taken from a date element; longer ones are containers.
const MAX_DATE_TEXT: usize = 200;
/// The longest microdata author name.
const MAX_AUTHOR_TEXT: usize = 200;

/// What the document's elements declare; see the module docs.
#[derive(Debug, Default)]
pub(crate) struct Markup {
    pub meta: MetaTags,
    /// The text of each JSON-LD script.
    pub json_ld: Vec<String>,
    /// The `<title>` text.
    pub title: Option<String>,
    /// The visible `<h1>` texts, in document order.
    pub h1s: Vec<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// `dir` on `<html>` or `<body>`.
    pub dir: Option<TextDirection>,
    pub base_href: Option<String>,
    /// `<link rel="canonical">`.
    pub canonical: Option<String>,
    /// `<link rel="image_src">`.
    pub image_src: Option<String>,
    /// `<link rel="license">`, else the first `<a rel="license">`.
    pub license: Option<String>,
    /// `<link rel="next">`.
    pub next_page: Option<String>,
    /// The `datetime` (else the text) of visible `<time>` elements.
    pub times: Vec<String>,
    /// The same of `<time>` elements labelled as a change date ("Last
    /// updated `<time>`"), which are not in [`Markup::times`].
    pub update_times: Vec<String>,
    /// The text of visible elements with a date class.
    pub dated: Vec<String>,
    /// Where each of [`Markup::dated`] is.
    pub dated_at: Vec<NodeId>,
    /// Where the first of [`Markup::h1s`] is.
    pub h1_at: Option<NodeId>,
    /// The text of a short element right after the main heading that
    /// holds a date.
    pub header_date: Option<String>,
    /// The text of a short element right after the main heading that
    /// opens with "By" (or its like in other languages): a byline without
    /// author markup.
    pub header_byline: Option<String>,
    /// The name on the first link to an author's profile page after the
    /// main heading (`/author/jane-doe`, `/@jane`), when it is a full name.
    pub header_profile: Option<String>,
    /// The text (lines kept) of the first short element outside secondary
    /// regions that is named or marked up as a byline, wherever it sits:
    /// cleaning may drop the header that holds it.
    pub author_line: Option<String>,
    /// The name set in the element after a label of its own ("Article
    /// by" over "Jane Doe").
    pub labelled_author: Option<String>,
    /// The name heading an author box over the author's bio, when the
    /// bio opens with it.
    pub author_box: Option<String>,
    /// The text of visible `<a rel="author">` links that sit together.
    pub rel_authors: Vec<String>,
    /// The texts of `rel="tag"` links outside secondary regions.
    pub rel_tags: Vec<String>,
    pub micro: Microdata,
}

/// Microdata properties of the article.
#[derive(Debug, Default)]
pub(crate) struct Microdata {
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub headline: Option<String>,
    pub image: Option<String>,
    pub description: Option<String>,
    /// The `itemtype` of the outermost items around the first properties.
    pub types: Vec<String>,
}

/// Per-kind counters of elements looked at, so hostile pages stay cheap.
#[derive(Default)]
struct Looked {
    h1: usize,
    time: usize,
    dated: usize,
    author: usize,
    /// The item the first author belongs to: later authors must share it
    /// (a thread's answers and replies have authors of their own).
    author_item: Option<Option<NodeId>>,
    rel_author: usize,
    author_line: usize,
    author_box: usize,
    /// The parent of the first `rel="author"` link: later ones must share
    /// it, as the names of one byline do.
    rel_author_parent: Option<Option<NodeId>>,
    /// Properties whose outermost item's type was looked up.
    item_type: usize,
}

/// Walks the document once; see the module docs.
pub(crate) fn collect(dom: &Dom, signals: &Signals) -> Markup {
    let mut m = Markup::default();
    let mut looked = Looked::default();
    let regions = Regions::new(dom, signals);
    let mut tokens = String::new();
    for id in 0..dom.len() {
        let tag = dom.tag(id);
        if !tag.is_element() {
            continue;
        }
        match tag {
            Tag::Html => {
                if m.lang.is_none() {
                    m.lang = attr(dom, id, local_name!("lang")).and_then(|l| lang::normalize(&l));
                }
                m.dir = m.dir.or_else(|| lang::declared_direction(dom, id));
            }
            Tag::Body => m.dir = m.dir.or_else(|| lang::declared_direction(dom, id)),
            Tag::Title if m.title.is_none() => {
                m.title = Some(clean_value(&inner_text(dom, id))).filter(|t| !t.is_empty());
            }
            Tag::Base if m.base_href.is_none() => m.base_href = attr(dom, id, local_name!("href")),
            Tag::Meta => m.meta.add(dom, id),
            Tag::Link => read_link(dom, id, &mut m),
            Tag::A => {
                // One look at `rel` for both links a reader may follow.
                let (license, author, tag) =
                    dom.attr(id, &local_name!("rel"))
                        .map_or((false, false, false), |rel| {
                            (
                                lists(rel, "license"),
                                lists(rel, "author"),
                                lists(rel, "tag"),
                            )
                        });
                // A post's own tags (`rel="tag"`), not a sidebar's cloud.
                if tag && m.rel_tags.len() < MAX_KEPT && !regions.secondary(id) {
                    let text = clean_value(&inner_text(dom, id));
                    if !text.is_empty() && text.chars().count() <= MAX_AUTHOR_TEXT {
                        m.rel_tags.push(text);
                    }
                }
                if license && m.license.is_none() {
                    m.license = attr(dom, id, local_name!("href"));
                }
                if author && m.rel_authors.len() < MAX_KEPT && looked.rel_author < MAX_LOOKED_AT {
                    read_rel_author(&regions, id, &mut m.rel_authors, &mut looked);
                }
            }
            Tag::Script if m.json_ld.len() < MAX_SCRIPTS && is_json_ld(dom, id) => {
                m.json_ld.push(raw_text(dom, id));
            }
            Tag::H1 if m.h1s.len() < MAX_KEPT && looked.h1 < MAX_LOOKED_AT => {
                looked.h1 += 1;
                if !regions.secondary(id) {
                    let text = clean_value(&inner_text(dom, id));
                    if !text.is_empty() {
                        m.h1_at = m.h1_at.or(Some(id));
                        m.h1s.push(text);
                    }
                }
            }
            Tag::Time if m.times.len() < MAX_KEPT && looked.time < MAX_LOOKED_AT => {
                looked.time += 1;
                if !regions.secondary(id) {
                    if let Some(v) = item_value(dom, id) {
                        if is_labelled_as_update(dom, id) {
                            m.update_times.push(v);
                        } else {
                            m.times.push(v);
                        }
                    }
                }
            }
            // Any other element stamped with a machine-readable `title`
            // counts as a `<time>` (`<span class="age"
            // title="2023-12-26T23:14:12">3 hours ago</span>`).
            _ if signals.has(id, signals::STAMP_TITLE)
                && m.times.len() < MAX_KEPT
                && looked.time < MAX_LOOKED_AT =>
            {
                looked.time += 1;
                if !regions.secondary(id) && !is_labelled_as_update(dom, id) {
                    if let Some(title) = dom.attr(id, &local_name!("title")) {
                        let stamp = title.split_whitespace().next().unwrap_or_default();
                        m.times.push(stamp.to_string());
                    }
                }
            }
            _ => {}
        }
        if m.dated.len() < MAX_KEPT
            && looked.dated < MAX_LOOKED_AT
            && has_date_class(dom, signals, id, &mut tokens)
        {
            looked.dated += 1;
            // A larger element (a date followed by an "edited by" note)
            // counts by the text it opens with.
            let text = if dom.end(id) - id <= MAX_DATE_NODES {
                inner_text(dom, id)
            } else {
                dom.children(id)
                    .next()
                    .and_then(|c| dom.text(c))
                    .map(clean_value)
                    .filter(|t| super::dates::find(t).is_some())
                    .unwrap_or_default()
            };
            if !text.is_empty()
                && text.chars().count() <= MAX_DATE_TEXT
                && !regions.secondary(id)
                && !is_teaser_date(dom, id)
            {
                m.dated.push(text);
                m.dated_at.push(id);
            }
        }
        let author_markup =
            signals.has(id, signals::AUTHOR_MARKUP) || signals.either(id, ClassSignals::BYLINE);
        if m.author_line.is_none()
            && looked.author_line < MAX_LOOKED_AT
            && author_markup
            && !crate::clean::is_quotation_attribution(dom, id)
        {
            looked.author_line += 1;
            m.author_line = read_author_line(&regions, id);
        }
        if m.author_box.is_none() && looked.author_box < MAX_LOOKED_AT && author_markup {
            looked.author_box += 1;
            m.author_box = read_author_box(&regions, id);
        }
        if m.labelled_author.is_none() && dom.end(id) == id + 2 {
            m.labelled_author = labelled_author(&regions, id);
        }
        // Signals know which elements hold an `itemprop`, but not among
        // the head and raw-text elements, which they pass over.
        let itemprop = if tag.is_ignored() || signals.has(id, signals::HAS_ITEMPROP) {
            attr(dom, id, local_name!("itemprop"))
        } else {
            None
        };
        if let Some(itemprop) = itemprop {
            if looked.item_type < MAX_LOOKED_AT && m.micro.types.len() < MAX_KEPT {
                looked.item_type += 1;
                if let Some(t) = outermost_item_type(dom, id) {
                    if !m.micro.types.contains(&t) {
                        m.micro.types.push(t);
                    }
                }
            }
            read_itemprop(&regions, id, &itemprop, &mut m.micro, &mut looked);
        }
    }
    m.header_date = regions
        .main
        .and_then(|h| date_after(dom, h).or_else(|| date_just_before(dom, h)));
    m.header_byline = regions.main.and_then(|h| byline_after(dom, h));
    m.header_profile = regions.main.and_then(|h| profile_link_after(dom, h));
    m
}

/// The name on the first link after the heading `h` that leads to an
/// author's profile, by the paths sites give them (`/author/jane-doe`,
/// `/authors/`, `/profile/`, `/@jane`), when it reads as a full name: a
/// byline without a byline word or a byline class ("Sam Ortiz · Follow").
fn profile_link_after(dom: &Dom, h: NodeId) -> Option<String> {
    const MAX_NAME_CHARS: usize = 60;
    let start = dom.end(h);
    (start..dom.len().min(start + HEADER_WINDOW))
        .filter(|&id| dom.tag(id) == Tag::A)
        .find_map(|id| {
            let href = dom.attr(id, &html5ever::local_name!("href"))?;
            let slug = profile_slug(href)?;
            let text = inner_text(dom, id);
            let text = text.trim();
            (text.chars().count() <= MAX_NAME_CHARS
                && !text.chars().any(|c| c.is_ascii_digit())
                && super::authors::is_full_name(text)
                && names_slug(text, &slug))
            .then(|| text.to_string())
        })
}

/// Whether a link's text is the name its profile address spells: half its
/// words or more are in the address's name, as "Nishant Kumar" is in
/// `nishant-kumar-8861` (a column's title linked to its author, as
/// "Reflexiones de Fidel" to `fidel-castro-ruz`, is not). A name outside
/// ASCII is taken as it is: its address is a transliteration.
fn names_slug(name: &str, slug: &str) -> bool {
    if !name.is_ascii() {
        return true;
    }
    let slug = slug.to_ascii_lowercase();
    let tokens: Vec<&str> = slug
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    // A slug spells the name's words apart ("nishant-kumar"); a handle
    // runs them together ("samortiz").
    let in_slug = |w: &str| match tokens.as_slice() {
        [handle] => handle.contains(w),
        _ => tokens.contains(&w),
    };
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let found = words.iter().filter(|w| in_slug(w)).count();
    !words.is_empty() && 2 * found >= words.len()
}

/// The name part of a link's address when it is an author's profile page:
/// what follows a path segment `author`, `authors`, `profile`, `autor`,
/// `auteur` or `redakteur`, or a segment that is an `@handle`.
fn profile_slug(href: &str) -> Option<String> {
    const SEGMENTS: [&str; 8] = [
        "author",
        "authors",
        "profile",
        "profiles",
        "autor",
        "autoren",
        "auteur",
        "redakteur",
    ];
    let path = href.split_once("://").map_or(href, |(_, rest)| {
        rest.split_once('/').map_or("", |(_, p)| p)
    });
    let path = path.split(['?', '#']).next().unwrap_or("");
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    while let Some(segment) = segments.next() {
        if let Some(handle) = segment.strip_prefix('@').filter(|h| !h.is_empty()) {
            return Some(handle.to_string());
        }
        if SEGMENTS.iter().any(|s| segment.eq_ignore_ascii_case(s)) {
            return segments.next().map(str::to_string);
        }
    }
    None
}

/// The text of a byline element, when it is short and in the article's
/// regions.
fn read_author_line(regions: &Regions<'_>, id: NodeId) -> Option<String> {
    let dom = regions.dom;
    if dom.end(id) - id > MAX_AUTHOR_LINE_NODES || regions.secondary(id) {
        return None;
    }
    let text = crate::clean::byline_text(dom, regions.signals, id);
    (!text.is_empty() && text.chars().count() <= MAX_HEADER_BYLINE_TEXT).then_some(text)
}

/// The name heading an author box: an element named for the author
/// whose first line is a full name and whose next line, the bio, opens
/// with it ("Jane Doe" over "Jane Doe is a reporter covering..."), whole
/// or by the first name.
fn read_author_box(regions: &Regions<'_>, id: NodeId) -> Option<String> {
    let dom = regions.dom;
    if dom.end(id) - id > MAX_AUTHOR_BOX_NODES || regions.secondary(id) {
        return None;
    }
    // The box's first two texts, read straight from its text nodes: most
    // elements named for the author are no such box, and are told so
    // without gathering their text.
    let hidden =
        |a: NodeId| dom.tag(a).is_ignored() || regions.signals.has(a, crate::signals::HIDDEN);
    let mut texts = (id + 1..dom.end(id)).filter_map(|t| {
        let text = dom.text(t).map(str::trim).filter(|text| !text.is_empty())?;
        let shown = !dom.ancestors(t).take_while(|&a| a != id).any(hidden);
        shown.then_some(text)
    });
    let name = texts.next()?;
    if name.len() > MAX_HEADER_BYLINE_TEXT || !ends_capitalised(name) {
        return None;
    }
    let bio = texts.next()?;
    let first_name = name.split_whitespace().next()?;
    let opens_with = |lead: &str| {
        bio.strip_prefix(lead)
            .is_some_and(|rest| rest.starts_with([' ', ',', '\'', '’']))
    };
    let name = crate::text::collapse(name);
    ((opens_with(&name) || opens_with(first_name))
        && super::authors::all_full_names(&super::authors::from_byline(&name)))
    .then_some(name)
}

/// Labels set apart over the author's name, in the element before it
/// ("Article by" / "Jane Doe"), compared in lower case without a final
/// colon. Only labels that name the writer of the text: "Posted by" may
/// head a commenter, "Powered by" a software's name, a bare "Author" a
/// book's.
const AUTHOR_LABELS: &[&str] = &[
    "article by",
    "written by",
    "words by",
    "story by",
    "text by",
    "about the author",
    "geschrieben von",
    "verfasst von",
    "écrit par",
    "escrito por",
    "scritto da",
];

/// The last words of [`AUTHOR_LABELS`].
const AUTHOR_LABEL_ENDS: &[&str] = &["by", "author", "von", "par", "por", "da"];

/// The name after an author label: `label` is an element holding one text
/// node, a label of [`AUTHOR_LABELS`], and the element after it holds a
/// full name and nothing else.
fn labelled_author(regions: &Regions<'_>, label: NodeId) -> Option<String> {
    const MAX_LABEL_BYTES: usize = 40;
    let dom = regions.dom;
    let text = dom.text(label + 1)?.trim();
    if text.len() > MAX_LABEL_BYTES {
        return None;
    }
    let text = text.trim_end_matches([':', '：']).trim_end();
    // Most short texts end in none of the labels' last words: they are
    // told apart without a lower-cased copy.
    let last = text.rsplit(char::is_whitespace).next().unwrap_or(text);
    if !AUTHOR_LABEL_ENDS
        .iter()
        .any(|end| last.eq_ignore_ascii_case(end))
        || !AUTHOR_LABELS.contains(&text.to_lowercase().as_str())
        || regions.secondary(label)
    {
        return None;
    }
    let next = dom.next_element_sibling(label)?;
    if dom.end(next) - next > MAX_LABELLED_NAME_NODES {
        return None;
    }
    let name = clean_value(&inner_text(dom, next));
    // A name is a few words; a sentence under the label is the bio.
    if name.len() > MAX_HEADER_BYLINE_TEXT
        || name.split_whitespace().count() > MAX_LABELLED_NAME_WORDS
        || !ends_capitalised(&name)
    {
        return None;
    }
    let names = super::authors::from_byline(&name);
    (names.len() == 1 && names[0] == name && super::authors::is_full_name(&name)).then_some(name)
}

/// The most words of a labelled name ("Juan Carlos de la Fuente").
const MAX_LABELLED_NAME_WORDS: usize = 6;

/// The most nodes the element holding a labelled name may have: the name,
/// perhaps in a link.
const MAX_LABELLED_NAME_NODES: usize = 4;

/// Whether the last word of a name is capitalised ("Ursula von der
/// Leyen"), or in a script without case; a label's need not be ("About
/// the author", "the newsroom").
fn ends_capitalised(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .and_then(|w| w.chars().next())
        .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
}

/// The most nodes an author box (a name, a picture, a bio and its links)
/// may have.
const MAX_AUTHOR_BOX_NODES: usize = 64;

/// The most nodes a byline element read anywhere on the page may have.
const MAX_AUTHOR_LINE_NODES: usize = 32;

/// The longest text of an element that shows a byline by the headline.
const MAX_HEADER_BYLINE_TEXT: usize = 100;

/// The text of the first short element after the heading `h` that opens
/// with a byline word ("By", "Par", "Von"...), outside headings (a section
/// titled "By car" is no byline). Its words must read as names: a name of
/// one word only counts when it is a link (a profile), as in "by
/// <a>amanda</a>".
fn byline_after(dom: &Dom, h: NodeId) -> Option<String> {
    let start = dom.end(h);
    (start..dom.len().min(start + HEADER_WINDOW)).find_map(|id| {
        let t = dom.text(id)?;
        let t = t.trim_start();
        // A Chinese or Japanese article's facts line names the author
        // after its date and source: "2025-01-08 来源：新华社 作者：李明".
        if let Some(at) = cjk_author_label(t) {
            let line = author_field(t.get(at..)?);
            let line = line.as_str();
            return (line.chars().count() <= MAX_HEADER_BYLINE_TEXT
                && super::authors::all_full_names(&super::authors::from_byline(line)))
            .then(|| line.to_string());
        }
        // "Photo by", "via Wikimedia Commons": credits for a picture or a
        // source, not the article's byline.
        let first = t.split_whitespace().next().unwrap_or("");
        let credit = patterns::CREDIT_LEADS
            .iter()
            .any(|lead| crate::text::lowercases_to(first, lead));
        if credit || !super::authors::opens_as_byline(t) {
            return None;
        }
        let parent = dom.parent(id)?;
        let tag = dom.tag(parent);
        if dom.end(parent) - parent > MAX_DATE_NODES || tag.is_ignored() || tag.is_heading() {
            return None;
        }
        let text = inner_text(dom, parent);
        if text.chars().count() > MAX_HEADER_BYLINE_TEXT {
            return None;
        }
        let names = super::authors::from_byline(&text);
        let is_link = |n: &str| {
            (parent + 1..dom.end(parent)).any(|d| dom.tag(d) == Tag::A && inner_text(dom, d) == n)
        };
        (!names.is_empty()
            && names
                .iter()
                .all(|n| super::authors::is_full_name(n) || is_link(n)))
        .then_some(text)
    })
}

/// Where a CJK author label ("作者：", "记者：", "文／") starts inside a
/// line of article facts, when it does not open the line.
fn cjk_author_label(line: &str) -> Option<usize> {
    const LABELS: [&str; 4] = ["作者", "记者", "記者", "撰文"];
    // Most lines read here are ASCII: no label there, and no searches.
    if line.is_ascii() {
        return None;
    }
    LABELS
        .iter()
        .filter_map(|label| {
            let at = line.find(label)?;
            let after = line.get(at + label.len()..)?;
            (at > 0 && after.starts_with(['：', ':'])).then_some(at)
        })
        .min()
}

/// The author field that opens `line`, without the fields after it: its
/// label and the words up to the next labelled field ("作者：李明 编辑：王强"
/// gives "作者：李明").
fn author_field(line: &str) -> String {
    let mut words = line.split_whitespace();
    let mut field: Vec<&str> = words.next().into_iter().collect();
    field.extend(words.take_while(|w| !w.contains(['：', ':'])));
    field.join(" ")
}

/// How many nodes after the main heading are searched for its date.
const HEADER_WINDOW: usize = 60;
/// The most nodes an element showing a date may have.
const MAX_DATE_NODES: usize = 8;

/// Whether a dated element sits in a link that also holds a headline: the
/// date of the teaser the link opens (a ticker's or a rail's item), not
/// the page's. A link holding only its date is a post's permalink, and
/// its date is the post's.
fn is_teaser_date(dom: &Dom, id: NodeId) -> bool {
    const MAX_LINK_NODES: usize = 64;
    const MIN_HEADLINE_CHARS: u32 = 20;
    // A teaser's link wraps its date a few levels up; a hostile page's
    // depth is not walked for every date.
    const MAX_LINK_LEVELS: usize = 16;
    let Some(link) = dom.ancestor_within(id, Tag::A, MAX_LINK_LEVELS) else {
        return false;
    };
    if dom.attr(link, &local_name!("href")).is_none() {
        return false;
    }
    let end = dom.end(link);
    if end - link > MAX_LINK_NODES {
        return true;
    }
    let (date_start, date_end) = (id, dom.end(id));
    let outside: u32 = (link + 1..end)
        .filter(|&n| n < date_start || n >= date_end)
        .map(|n| dom.text_measure(n).span.len)
        .sum();
    outside >= MIN_HEADLINE_CHARS
}
/// The longest text of an element that shows the date by the headline.
const MAX_HEADER_DATE_TEXT: usize = 80;

/// The date on a meta line right above the main heading ("Remote work ·
/// Apr 22, 2025 · 7 min read" over the headline): a short date text among
/// the few nodes before the heading, within the heading's own box. A
/// masthead's date sits further up, outside it.
fn date_just_before(dom: &Dom, h: NodeId) -> Option<String> {
    const WINDOW: usize = 12;
    let container = dom.parent(h)?;
    let box_start = dom.parent(container).unwrap_or(container);
    (box_start + 1..h)
        .rev()
        .take(WINDOW)
        .find_map(|id| date_line_at(dom, id))
}

/// The text of the first short element after the heading `h` that holds
/// a date: article headers show the date right by the headline.
fn date_after(dom: &Dom, h: NodeId) -> Option<String> {
    let start = dom.end(h);
    (start..dom.len().min(start + HEADER_WINDOW)).find_map(|id| date_line_at(dom, id))
}

/// The text of the element holding the text node `id`, when it is a short
/// line with a date in it: small, not code, not a labelled table cell.
fn date_line_at(dom: &Dom, id: NodeId) -> Option<String> {
    if dom.text(id)?.trim().is_empty() {
        return None;
    }
    let parent = dom.parent(id)?;
    // A date in code is a value of the code (an API version, a timestamp
    // in a sample), not the page's.
    if dom.end(parent) - parent > MAX_DATE_NODES
        || dom.tag(parent).is_ignored()
        || matches!(dom.tag(parent), Tag::Code | Tag::Pre | Tag::Kbd | Tag::Samp)
        || is_labelled_cell(dom, id)
    {
        return None;
    }
    let text = inner_text(dom, parent);
    (text.chars().count() <= MAX_HEADER_DATE_TEXT && super::dates::find(&text).is_some())
        .then_some(text)
}

/// Whether the text node `id` is a value in a table row that a header cell
/// labels ("Opened | 12 May 1874" in an infobox): a fact about the subject,
/// not the page's date.
fn is_labelled_cell(dom: &Dom, id: NodeId) -> bool {
    let Some(cell) = dom.ancestors(id).find(|&a| dom.tag(a) == Tag::Td) else {
        return false;
    };
    dom.parent(cell)
        .is_some_and(|row| dom.children(row).any(|c| dom.tag(c) == Tag::Th))
}

/// Whether the element's class or id names a date (see
/// [`patterns::DATE_CLASS`]).
fn has_date_class(dom: &Dom, signals: &Signals, id: NodeId, tokens: &mut String) -> bool {
    // The signal is the word test itself, read with the other name words.
    if !signals.has(id, signals::DATE_WORD) {
        return false;
    }
    dom.name_tokens(id, tokens);
    patterns::DATE_CLASS.find(tokens).is_some()
}

/// A word every [`patterns::SECONDARY`] term holds ("navigation" holds
/// "nav", "most read" holds "most").
static SECONDARY_WORDS: Needles = Needles::new(&[
    "comment",
    "review",
    "replies",
    "disqus",
    "sidebar",
    "related",
    "footer",
    "promo",
    "teaser",
    "newsletter",
    "recommended",
    "stories",
    "next",
    "trending",
    "popular",
    "most",
    "nav",
    "menu",
]);

fn attr(dom: &Dom, id: NodeId, name: LocalName) -> Option<String> {
    dom.attr(id, &name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn read_link(dom: &Dom, id: NodeId, m: &mut Markup) {
    // Borrowed: only its tokens are compared (blank splits into none).
    let Some(rel) = dom.attr(id, &local_name!("rel")) else {
        return;
    };
    for token in rel.split_whitespace() {
        let slot = if token.eq_ignore_ascii_case("canonical") {
            &mut m.canonical
        } else if token.eq_ignore_ascii_case("image_src") {
            &mut m.image_src
        } else if token.eq_ignore_ascii_case("license") {
            // A `<link>` speaks for the page, and wins over a link in
            // the text that was seen first.
            if let Some(href) = attr(dom, id, local_name!("href")) {
                m.license = Some(href);
            }
            continue;
        } else if token.eq_ignore_ascii_case("next") {
            &mut m.next_page
        } else {
            continue;
        };
        if slot.is_none() {
            *slot = attr(dom, id, local_name!("href"));
        }
    }
}

/// Whether a space-separated list of tokens (a `rel`) holds `token`,
/// ignoring ASCII case.
fn lists(tokens: &str, token: &str) -> bool {
    tokens
        .split_whitespace()
        .any(|t| t.eq_ignore_ascii_case(token))
}

/// The `itemtype` of the outermost item around `id`, itself included: the
/// page's own item, not the author or the offer inside it.
fn outermost_item_type(dom: &Dom, id: NodeId) -> Option<String> {
    std::iter::once(id)
        .chain(dom.ancestors(id))
        .filter(|&a| dom.attr(a, &local_name!("itemscope")).is_some())
        .last()
        .and_then(|item| attr(dom, item, local_name!("itemtype")))
}

fn is_json_ld(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, &local_name!("type"))
        .is_some_and(|t| crate::raw_text::is_json_ld_type(t.as_bytes()))
}

/// The text inside an element as written (no white space collapsing).
fn raw_text(dom: &Dom, id: NodeId) -> String {
    let mut out = String::new();
    for child in dom.children(id) {
        if let Some(t) = dom.text(child) {
            out.push_str(t);
        }
    }
    out
}

/// The value of a microdata property, as the HTML standard defines it per
/// element (`content`, `src`, `href`, `datetime`, else the text).
fn item_value(dom: &Dom, id: NodeId) -> Option<String> {
    let by_attr = match dom.tag(id) {
        Tag::Meta => Some(local_name!("content")),
        Tag::Img
        | Tag::Audio
        | Tag::Video
        | Tag::Source
        | Tag::Iframe
        | Tag::Embed
        | Tag::Track => Some(local_name!("src")),
        Tag::A | Tag::Area | Tag::Link => Some(local_name!("href")),
        Tag::Object => Some(local_name!("data")),
        Tag::Data | Tag::Meter => Some(local_name!("value")),
        Tag::Time => Some(local_name!("datetime")),
        // The microformats' abbreviation pattern: the machine-readable
        // value in the title (`<abbr itemprop="datePublished"
        // title="2025-02-16T19:42:00Z">February 16</abbr>`).
        Tag::Abbr => Some(local_name!("title")),
        _ => None,
    };
    by_attr
        .and_then(|a| attr(dom, id, a))
        .or_else(|| attr(dom, id, local_name!("content")))
        .or_else(|| Some(clean_value(&inner_text(dom, id))))
        .filter(|v| !v.is_empty())
}

/// Whether the text right before `id` in its parent labels a change
/// date: "Last updated `<time>`", "Aktualisiert am `<time>`".
fn is_labelled_as_update(dom: &Dom, id: NodeId) -> bool {
    // A label is a few words; a sentence before a date is no label.
    const MAX_LABEL_BYTES: usize = 48;
    const MAX_SIBLINGS: usize = 64;
    let Some(parent) = dom.parent(id) else {
        return false;
    };
    // The last words before the element (white space and comments, as
    // in "Last updated<!-- --> <time>", are passed over); an element in
    // between ends the label.
    let mut labelled = false;
    for child in dom.children(parent).take(MAX_SIBLINGS) {
        if child == id {
            break;
        }
        match dom.tag(child) {
            Tag::Comment => {}
            Tag::Text => {
                if let Some(text) = dom.text(child).filter(|t| !t.trim().is_empty()) {
                    labelled =
                        text.len() <= MAX_LABEL_BYTES && patterns::UPDATE_LABEL.is_match(text);
                }
            }
            _ => labelled = false,
        }
    }
    labelled
}

/// Reads an `<a rel="author">` link's text.
fn read_rel_author(regions: &Regions<'_>, id: NodeId, out: &mut Vec<String>, looked: &mut Looked) {
    let dom = regions.dom;
    looked.rel_author += 1;
    let parent = dom.parent(id);
    if regions.secondary(id) || looked.rel_author_parent.is_some_and(|p| p != parent) {
        return;
    }
    looked.rel_author_parent = Some(parent);
    let text = clean_value(&inner_text(dom, id));
    if !text.is_empty() && text.chars().count() <= MAX_AUTHOR_TEXT {
        out.push(text);
    }
}

/// The value of a textual property (a name, a headline): the `content` of
/// a `<meta>`, else the text, even of a link (whose microdata value would
/// be its address).
fn text_value(dom: &Dom, id: NodeId) -> Option<String> {
    attr(dom, id, local_name!("content"))
        .or_else(|| Some(clean_value(&inner_text(dom, id))))
        .filter(|v| !v.is_empty())
}

fn read_itemprop(
    regions: &Regions<'_>,
    id: NodeId,
    itemprop: &str,
    micro: &mut Microdata,
    looked: &mut Looked,
) {
    let dom = regions.dom;
    for prop in itemprop.split_whitespace() {
        match prop {
            "author" | "creator" => {
                if micro.authors.len() >= MAX_KEPT || looked.author >= MAX_LOOKED_AT {
                    continue;
                }
                looked.author += 1;
                let item = enclosing_item(dom, id);
                if regions.secondary(id)
                    || is_other_kind(dom, item)
                    || looked.author_item.is_some_and(|first| first != item)
                {
                    continue;
                }
                looked.author_item = Some(item);
                let named = if dom.attr(id, &local_name!("itemscope")).is_some() {
                    named_descendant(dom, id)
                } else {
                    None
                };
                let name = text_value(dom, named.unwrap_or(id));
                if let Some(name) = name.filter(|n| n.chars().count() <= MAX_AUTHOR_TEXT) {
                    micro.authors.push(clean_value(&name));
                }
            }
            "datePublished" | "dateCreated"
                if micro.published.is_none() && !regions.secondary(id) =>
            {
                micro.published = item_value(dom, id);
            }
            "dateModified" if micro.modified.is_none() => micro.modified = item_value(dom, id),
            "headline" if micro.headline.is_none() => {
                micro.headline = text_value(dom, id).map(|h| clean_value(&h));
            }
            "description" if micro.description.is_none() => {
                micro.description = text_value(dom, id).map(|d| clean_value(&d));
            }
            "image" | "thumbnailUrl" if micro.image.is_none() => {
                let target = if dom.attr(id, &local_name!("itemscope")).is_some() {
                    url_descendant(dom, id)
                } else {
                    Some(id)
                };
                micro.image = target.and_then(|t| item_value(dom, t));
            }
            _ => {}
        }
    }
}

/// The first descendant whose `itemprop` says `name`.
fn named_descendant(dom: &Dom, id: NodeId) -> Option<NodeId> {
    (id + 1..dom.end(id)).find(|&d| {
        dom.attr(d, &local_name!("itemprop"))
            .is_some_and(|p| p.split_whitespace().any(|t| t == "name"))
    })
}

/// The first descendant whose `itemprop` is `url` or `contentUrl`.
fn url_descendant(dom: &Dom, id: NodeId) -> Option<NodeId> {
    (id + 1..dom.end(id)).find(|&d| {
        dom.attr(d, &local_name!("itemprop")).is_some_and(|p| {
            p.split_whitespace()
                .any(|t| t == "url" || t == "contentUrl")
        })
    })
}

/// The nearest item (`itemscope` element) around `id`.
fn enclosing_item(dom: &Dom, id: NodeId) -> Option<NodeId> {
    dom.ancestors(id)
        .find(|&a| dom.attr(a, &local_name!("itemscope")).is_some())
}

/// Whether the item is a comment, a review or an answer, whose author is
/// not the article's.
fn is_other_kind(dom: &Dom, item: Option<NodeId>) -> bool {
    item.and_then(|a| dom.attr(a, &local_name!("itemtype")).map(|t| t.to_string()))
        .is_some_and(|t| t.contains("Comment") || t.contains("Review") || t.contains("Answer"))
}

/// Tells the article's regions from the secondary ones (navigation,
/// asides, footers, hidden elements, and regions named like comments,
/// sidebars or teasers), whose dates, headings and authors belong to
/// something else.
struct Regions<'a> {
    dom: &'a Dom,
    signals: &'a Signals,
    /// The page's main heading: the first `<h1>` outside navigation,
    /// asides, footers and hidden elements. A region around it is the
    /// article's, whatever its class says ("story-sidebar-mode").
    main: Option<NodeId>,
    /// What [`Regions::secondary`] found per node (`None` not asked yet):
    /// the elements it is asked about share most of their ancestors, and a
    /// node's answer is its parent's unless the node itself is secondary.
    /// Sized on first use.
    known: RefCell<Vec<Option<bool>>>,
}

impl<'a> Regions<'a> {
    fn new(dom: &'a Dom, signals: &'a Signals) -> Self {
        let mut regions = Regions {
            dom,
            signals,
            main: None,
            known: RefCell::new(Vec::new()),
        };
        regions.main = dom.find_all(Tag::H1).take(MAX_LOOKED_AT).find(|&h| {
            !std::iter::once(h)
                .chain(dom.ancestors(h))
                .any(|a| regions.aside(a))
                && !inner_text(dom, h).is_empty()
        });
        regions
    }

    /// Navigation, an aside, a footer (not an article's own), or hidden.
    fn aside(&self, id: NodeId) -> bool {
        let tag = self.dom.tag(id);
        matches!(tag, Tag::Nav | Tag::Aside)
            // A post's footer holds its date and author ("Posted November
            // 20, 2023 by ..."); the page's footer holds the site's.
            || (tag == Tag::Footer && !self.dom.is_articles_own(id))
            || self
                .signals
                .has(id, signals::HIDDEN | signals::UNLIKELY_ROLE)
    }

    /// Whether `id` sits in a secondary region: it or an ancestor is one.
    fn secondary(&self, id: NodeId) -> bool {
        let dom = self.dom;
        let mut known = self.known.borrow_mut();
        if known.len() != dom.len() {
            *known = vec![None; dom.len()];
        }
        let mut tokens = String::new();
        // Up to the first node whose answer is known, or that is itself
        // secondary: every node passed on the way shares that answer.
        let (mut at, mut stop, mut found) = (Some(id), None, false);
        while let Some(a) = at {
            if let Some(&Some(answer)) = known.get(a) {
                (stop, found) = (Some(a), answer);
                break;
            }
            if self.is_secondary_itself(a, &mut tokens) {
                (stop, found) = (dom.parent(a), true);
                break;
            }
            at = dom.parent(a);
        }
        let mut at = Some(id);
        while at != stop {
            let Some(a) = at else { break };
            if let Some(k) = known.get_mut(a) {
                *k = Some(found);
            }
            at = dom.parent(a);
        }
        found
    }

    /// Whether the element `a` itself (not its ancestors) is secondary.
    fn is_secondary_itself(&self, a: NodeId, tokens: &mut String) -> bool {
        let (dom, signals) = (self.dom, self.signals);
        if self.aside(a) {
            return true;
        }
        // A wrapper whose name also says "article" or "content"
        // ("story-page sidebar-mode") is layout, as in Readability.
        if !signals.has(a, signals::HAS_CLASS | signals::HAS_ID)
            || self.main.is_some_and(|h| dom.contains(a, h))
            || signals.either(a, ClassSignals::POSITIVE)
            || signals.either(a, ClassSignals::MAYBE_CANDIDATE)
            || !dom.names_hold(a, &SECONDARY_WORDS)
        {
            return false;
        }
        dom.name_tokens(a, tokens);
        // An article's own footer ("post-footer") is named for what it is;
        // only its other names may set it aside.
        if dom.tag(a) == Tag::Footer {
            let other_names = tokens.replace("footer", " ");
            return patterns::SECONDARY.find(&other_names).is_some();
        }
        patterns::SECONDARY.find(tokens).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_author_labels_inside_a_facts_line() {
        let line = "2025-01-08 09:15 来源：新华社 作者：李明";
        assert_eq!(
            line.get(cjk_author_label(line).unwrap()..),
            Some("作者：李明")
        );
        assert_eq!(cjk_author_label("作者：李明"), None);
        assert_eq!(author_field("作者：李明 编辑：王强"), "作者：李明");
        assert_eq!(
            author_field("作者： John Smith 来源：新华社"),
            "作者： John Smith"
        );
        assert_eq!(cjk_author_label("本报记者在现场看到"), None);
    }

    #[test]
    fn profile_links_spell_the_name() {
        assert_eq!(
            profile_slug("https://example.com/author/nishant-kumar-8861/").as_deref(),
            Some("nishant-kumar-8861")
        );
        assert_eq!(
            profile_slug("/@samortiz?source=post").as_deref(),
            Some("samortiz")
        );
        assert_eq!(profile_slug("/authors/").as_deref(), None);
        assert_eq!(profile_slug("/news/2025/rain").as_deref(), None);
        assert!(names_slug("Nishant Kumar", "nishant-kumar-8861"));
        assert!(names_slug("Sam Ortiz", "samortiz"));
        assert!(!names_slug("Reflexiones de Fidel", "fidel-castro-ruz"));
        assert!(names_slug("王芳", "wang-fang"));
    }
    use crate::parse::parse_str;

    #[test]
    fn prefilter_words_cover_every_term() {
        // A term the words miss would be ruled out before its regex runs.
        for term in patterns::SECONDARY.terms() {
            assert!(
                patterns::holds_ignoring_ascii_case(term, &SECONDARY_WORDS),
                "secondary: {term}"
            );
        }
        for term in patterns::DATE_CLASS.terms() {
            let word = term.trim_start_matches(['=', '^']);
            assert!(patterns::name_words(word).date, "date: {term}");
        }
    }

    fn collect_from(html: &str) -> Markup {
        let dom = Dom::index(parse_str(html));
        let signals = Signals::compute(&dom);
        collect(&dom, &signals)
    }

    #[test]
    fn a_time_labelled_as_a_change_date_is_kept_apart() {
        let m = collect_from(
            r#"<body><h1>Guide</h1><p>Posted <time datetime="2024-01-02">Jan 2</time></p>
            <p>Last updated<!-- --> <time datetime="2024-06-18">3 months ago</time></p>
            <p>Aktualisiert am: <time datetime="2024-07-01">1. Juli</time></p>
            <p>We updated the guide after <b>feedback</b> <time datetime="2024-08-01">then</time></p>
            </body>"#,
        );
        assert_eq!(m.times, ["2024-01-02", "2024-08-01"]);
        assert_eq!(m.update_times, ["2024-06-18", "2024-07-01"]);
    }

    #[test]
    fn a_teasers_date_is_not_the_pages() {
        // A ticker's item: its link holds the headline and the date.
        let m = collect_from(
            r#"<body><h1>Cabinet talks stall</h1><p>Body text of the article.</p>
            <a href="/other-story"><span>Parties blame each other for the stalemate</span>
            <ul class="ticker-date"><li>By Staff</li><li>11/20/2019 01:14 PM</li></ul></a></body>"#,
        );
        assert!(m.dated.is_empty(), "{:?}", m.dated);
        // A post's permalink holds only its date: the post's.
        let m = collect_from(
            r#"<body><h1>Notes on tide tables</h1>
            <a href="/2024/01/notes" rel="bookmark"><span class="post-date">January 5, 2024</span></a>
            <p>Body text of the post.</p></body>"#,
        );
        assert_eq!(m.dated, ["January 5, 2024"]);
    }

    #[test]
    fn a_date_on_the_line_above_the_headline_is_the_headers() {
        let m = collect_from(
            r#"<body><div class="masthead">Wednesday, 2 December 2026</div>
            <div class="hero"><div class="meta"><a href="/c/remote">Remote work</a>
            <div class="text-block-23">Apr 22, 2025</div><div>7 min read</div></div>
            <h1>Async standups that work</h1></div>
            <p>Body text that is long enough to be the article, and then some.</p></body>"#,
        );
        assert_eq!(m.header_date.as_deref(), Some("Apr 22, 2025"));
    }

    #[test]
    fn a_machine_readable_title_stamps_its_element_as_a_time_would() {
        let m = collect_from(
            r#"<body><h1>Show the tile server</h1>
            <span class="age" title="2023-12-26T23:14:12 1703632452"><a href="?id=1">3 hours ago</a></span>
            <p title="2023-12-30 report">Not a stamp: a date without a time.</p>
            <div class="comments"><span title="2023-12-27T02:08:14">later</span></div>
            </body>"#,
        );
        assert_eq!(m.times, ["2023-12-26T23:14:12"]);
    }

    #[test]
    fn gathers_the_head_and_the_visible_markup() {
        let m = collect_from(
            r#"<html lang="en-GB" dir="ltr"><head><title> A  title </title>
            <base href="/base/"><link rel="canonical" href="/c"><link rel="image_src" href="i.png">
            <script type="application/ld+json">{"a": 1}</script></head><body>
            <nav><h1>Menu</h1><time datetime="2001-01-01">old</time></nav>
            <h1>Headline</h1><span class="post-date">July 10, 2015</span>
            <p>By <a rel="author" href="/jane">Jane Doe</a> and <a rel="author">John Roe</a></p>
            <div class="comments"><a rel="author">Commenter</a></div>
            <p><a rel="author">Elsewhere</a></p>
            <time datetime="2015-07-10T10:00:00Z">today</time>
            <div class="comments"><time datetime="2016-01-01">later</time></div>
            <svg><title>icon</title></svg></body></html>"#,
        );
        assert_eq!(m.lang.as_deref(), Some("en-GB"));
        assert_eq!(m.dir, Some(TextDirection::Ltr));
        assert_eq!(m.title.as_deref(), Some("A title"));
        assert_eq!(m.base_href.as_deref(), Some("/base/"));
        assert_eq!(m.canonical.as_deref(), Some("/c"));
        assert_eq!(m.image_src.as_deref(), Some("i.png"));
        assert_eq!(m.json_ld, [r#"{"a": 1}"#]);
        assert_eq!(m.h1s, ["Headline"]);
        assert_eq!(m.times, ["2015-07-10T10:00:00Z"]);
        assert_eq!(m.rel_authors, ["Jane Doe", "John Roe"]);
        assert_eq!(m.dated, ["July 10, 2015"]);
    }

    #[test]
    fn a_region_around_the_main_heading_is_the_articles() {
        let m = collect_from(
            r#"<div class="story-page sidebar-mode"><h1>Rain returns</h1>
            <div><span>By Jane Doe</span></div><p><!-- -->May 31, 2024</p>
            <p>Body text that is long enough to be the article.</p>
            <span class="date">May 31, 2024</span></div>
            <div class="sidebar"><span class="date">June 1, 2024</span></div>"#,
        );
        assert_eq!(m.dated, ["May 31, 2024"]);
        assert_eq!(m.header_date.as_deref(), Some("May 31, 2024"));
    }

    #[test]
    fn a_byline_element_is_read_wherever_it_sits() {
        let m = collect_from(
            r#"<aside><span class="author">Sidebar Person</span></aside>
            <header class="site-header"><h1>Rain</h1><div class="meta">
            <div class="text__author">Jane Doe</div><div>May 3, 2024</div></div></header>
            <div class="author-bio">John Roe writes about weather.</div>"#,
        );
        assert_eq!(m.author_line.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn a_reviewer_or_a_commenter_is_no_author_line() {
        let m = collect_from(
            r#"<h1>Trail Runner 3</h1><p>A light trail shoe.</p>
            <section class="product-reviews"><p class="author">Sam K.</p><p>Great grip.</p></section>
            <div id="comments"><span class="comment-author">Peter</span></div>"#,
        );
        assert_eq!(m.author_line, None);
    }

    #[test]
    fn every_author_label_ends_in_a_listed_word() {
        for label in AUTHOR_LABELS {
            let last = label.rsplit(' ').next().unwrap_or(label);
            assert!(AUTHOR_LABEL_ENDS.contains(&last), "{label:?}");
        }
    }

    #[test]
    fn a_name_set_under_an_author_label_is_read() {
        let page = |label: &str, name: &str| {
            collect_from(&format!(
                r#"<h1>Rain</h1><p>Rain fell all week.</p>
                <section><h2>{label}</h2><div class="lead">{name}</div></section>"#
            ))
            .labelled_author
        };
        assert_eq!(
            page("Article by", "Matias Heikkilä").as_deref(),
            Some("Matias Heikkilä")
        );
        assert_eq!(
            page("Geschrieben von:", "<a href=\"/a/jd\">Jana Dorn</a>").as_deref(),
            Some("Jana Dorn")
        );
        assert_eq!(page("Powered by", "Open Press"), None);
        assert_eq!(page("Author", "Toni Morrison"), None);
        assert_eq!(page("Article by", "the newsroom"), None);
        assert_eq!(
            page(
                "Article by",
                "Jana Dorn and the desk, with reporting from Oslo"
            ),
            None
        );
    }

    #[test]
    fn an_author_box_gives_the_name_its_bio_opens_with() {
        let page = |box_html: &str| {
            collect_from(&format!(
                r#"<h1>Rain</h1><p>Rain fell all week.</p>
                <div class="post-date author-meta">May 3, 2024 · 5 min read</div>
                <div class="blog_author-box">{box_html}</div>"#
            ))
        };
        let named = page(
            r#"<img alt=""><div class="small">Lauren Vetter</div>
            <p>Lauren Vetter is a marketer writing about clinics and the software they run on.</p>"#,
        );
        assert_eq!(named.author_box.as_deref(), Some("Lauren Vetter"));
        let by_first_name = page(
            r#"<div>Lauren Vetter</div><p>Lauren writes about clinics and the software they run on.</p>"#,
        );
        assert_eq!(by_first_name.author_box.as_deref(), Some("Lauren Vetter"));
        // A box whose bio is about someone else, or whose first line is
        // no name, names no author.
        let other = page(
            r#"<div>Lauren Vetter</div><p>Our team writes about clinics and the software they run on.</p>"#,
        );
        assert_eq!(other.author_box, None);
        let label = page(
            r#"<div>About the author</div><p>About the author: a marketer who writes about clinics.</p>"#,
        );
        assert_eq!(label.author_box, None);
        // Text the box hides is not its first line.
        let hidden = page(
            r#"<div hidden><span>Share This Post</span></div><div>Lauren Vetter</div>
            <p>Lauren Vetter is a marketer writing about clinics.</p>"#,
        );
        assert_eq!(hidden.author_box.as_deref(), Some("Lauren Vetter"));
    }

    #[test]
    fn a_date_element_with_a_note_counts_by_its_opening_text() {
        let m = collect_from(
            r#"<span class="post_date">2019-02-23, 09:14 PM <span class="edit">(last modified:
            2024-01-05, 03:27 AM by <a href="/u/1">someone</a>. Edited <b>1</b> time.)</span></span>
            <span class="post_date">2019-02-24, 02:31 AM</span>"#,
        );
        assert_eq!(m.dated, ["2019-02-23, 09:14 PM", "2019-02-24, 02:31 AM"]);
    }

    #[test]
    fn a_by_line_under_the_headline_without_author_markup() {
        let m = collect_from(
            r#"<h1>Rain returns</h1><p>A dek about the rain that came back.</p>
            <div><p>By <!-- -->Jane Doe</p><p>Weather desk</p></div><p>Body.</p>"#,
        );
        assert_eq!(m.header_byline.as_deref(), Some("By Jane Doe"));
        let m = collect_from(
            r#"<h1>Rain</h1><div><p>by <a href="/u/amanda">amanda</a> · May 3, 2024</p></div>"#,
        );
        assert_eq!(m.header_byline.as_deref(), Some("by amanda · May 3, 2024"));
        // A heading, a photo credit, or a lone word that is no link, is not
        // a byline.
        let m = collect_from(
            r#"<h1>Rain</h1><p>By submitting, you accept the <a href=/t>terms</a>.</p>"#,
        );
        assert_eq!(m.header_byline, None);
        let m = collect_from(
            r#"<h1>Rain</h1><figure><img src=a.jpg><figcaption>Photo by <a href=/p>Jo Roe</a>
            </figcaption></figure>"#,
        );
        assert_eq!(m.header_byline, None);
        let m = collect_from(
            r#"<h1>Emden</h1><p>Foto: Jo Roe, <a href="/f">via Image Commons</a></p>"#,
        );
        assert_eq!(m.header_byline, None);
        let m = collect_from(
            "<h1>Getting here</h1><h2>By Car</h2><p>Park by the gate.</p><p>By Train</p>",
        );
        assert_eq!(m.header_byline, None);
    }

    #[test]
    fn date_names_are_prechecked_cheaply() {
        assert!(patterns::name_words("entry-DATE").date);
        assert!(patterns::name_words("PostedOn").date);
        assert!(patterns::name_words("timestamp").date);
        assert!(!patterns::name_words("m_0 fw_medium fs_[0.8rem]").date);
        assert!(!patterns::name_words("da").date);
    }

    #[test]
    fn microdata_of_the_article_not_of_its_comments() {
        let m = collect_from(
            r#"<article itemscope itemtype="https://schema.org/BlogPosting">
            <h2 itemprop="headline">Hello</h2>
            <span itemprop="author" itemscope><a itemprop="name">Jane Doe</a></span>
            <meta itemprop="datePublished" content="2015-07-10">
            <img itemprop="image" src="/a.jpg">
            <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
              <span itemprop="author">Troll</span></div></article>
            <div itemscope itemtype="https://schema.org/DiscussionForumPosting">
              <span itemprop="author">Other poster</span></div>"#,
        );
        assert_eq!(m.micro.headline.as_deref(), Some("Hello"));
        assert_eq!(m.micro.authors, ["Jane Doe"]);
        assert_eq!(m.micro.published.as_deref(), Some("2015-07-10"));
        assert_eq!(m.micro.image.as_deref(), Some("/a.jpg"));
    }
}
