//! Stage 2: decide which parts of the page cannot be the article, before
//! anything is scored.
//!
//! Nothing is deleted: the result is a [`Removal`] per node, and a removed
//! node takes its subtree with it. Hidden elements, modal dialogs, the
//! byline, a heading that repeats the title, "unlikely candidates" (names
//! such as `sidebar`, `comment`, `footer`) and empty containers go first.
//! Which rules apply depends on the [`Flags`] of the attempt; the extractor
//! retries with fewer rules when the first attempt finds too little.

use crate::dom::{Dom, NodeId, Tag};
use crate::features::Features;
use crate::patterns::{self, ClassSignals};
use crate::signals::{self, Signals};
use crate::text;
use std::collections::HashMap;
use std::ops::ControlFlow;

/// The rules of one extraction attempt (Readability's flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Flags {
    /// Remove "unlikely candidates" by class, id and role.
    pub strip_unlikely: bool,
    /// Let class and id names weigh on scores.
    pub weight_classes: bool,
    /// Remove link-heavy and content-poor blocks from the result.
    pub clean_conditionally: bool,
}

impl Flags {
    pub(crate) const ALL: Flags = Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean_conditionally: true,
    };

    /// The next, more lenient attempt, or `None` after the last.
    pub(crate) fn relaxed(self) -> Option<Flags> {
        if self.strip_unlikely {
            Some(Flags {
                strip_unlikely: false,
                ..self
            })
        } else if self.weight_classes {
            Some(Flags {
                weight_classes: false,
                ..self
            })
        } else if self.clean_conditionally {
            Some(Flags {
                clean_conditionally: false,
                ..self
            })
        } else {
            None
        }
    }
}

/// Why a node (with its subtree) is not part of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Removal {
    /// Not removed.
    Kept,
    /// Hidden with `hidden`, `aria-hidden`, inline CSS or a hiding class.
    Hidden,
    /// A cookie or consent banner, modal dialog, overlay or skip link; a
    /// mark that is a control or a permalink ("\[–\]", "¶").
    NeverContent,
    /// A form of inputs (sign-up, search, contact).
    Form,
    /// A modal dialog.
    Modal,
    /// The byline, reported as metadata instead.
    Byline,
    /// A heading that repeats the title.
    TitleHeader,
    /// Class or id names that mark page furniture.
    Unlikely,
    /// An ARIA role that marks page furniture.
    UnlikelyRole,
    /// A container with no content.
    Empty,
    /// Removed by tag after selection (forms, asides, footers, embeds...).
    Tag,
    /// A share bar inside the article.
    Share,
    /// A heading whose class or id marks it as furniture.
    Header,
    /// Failed the conditional checks (link density, images, inputs...).
    Conditional,
    /// A paragraph with nothing in it, or a separator ("|") left with
    /// nothing to separate.
    EmptyParagraph,
    /// A promo, newsletter, related-content, consent or author block
    /// (see [`crate::boilerplate`]).
    Boilerplate,
}

/// The outcome of cleaning for one attempt.
pub(crate) struct Cleaning {
    pub removal: Vec<Removal>,
    /// Whether each node survives (it and all its ancestors are kept).
    pub alive: Vec<bool>,
    /// The byline element found (and removed), if any.
    pub byline: Option<NodeId>,
}

/// What the cleaning does about the byline element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Byline {
    /// Look for it, and remove the first one found.
    Find,
    /// Remove this one, which an earlier attempt found, so that a relaxed
    /// attempt does not leave it in the text.
    Remove(NodeId),
    /// Neither look for one nor remove any.
    Ignore,
}

/// What the cleaning needs besides the tree.
pub(crate) struct PageContext<'a> {
    pub signals: &'a Signals,
    /// The article title, to drop a heading that repeats it.
    pub title: Option<&'a str>,
    /// What to do about the byline element.
    pub byline: Byline,
    /// The page declares a publication date: it is a dated piece (an
    /// article, a post), not a page of a site's standing content.
    pub dated: bool,
    /// The page declares itself a forum's thread: blocks named for
    /// comments or replies hold its posts (see
    /// `metadata::Facts::is_forum_thread`).
    pub forum_thread: bool,
    /// The host the page lives on, when known: links elsewhere are not
    /// teasers for the site's own stories.
    pub site_host: Option<&'a str>,
    /// The hidden sections of a paged article, by node (see
    /// [`paged_sections`]); empty when none were looked for.
    pub paged: &'a [bool],
}

/// What the cleaning has found so far on its walk down the page.
struct Progress {
    /// The byline element, once found: there is one.
    byline: Option<NodeId>,
    /// Whether a heading repeating the title may still be dropped.
    title_header_left: bool,
    /// The text of the heading dropped for repeating the title.
    title_header: Option<String>,
    /// Whether a paragraph of prose has been passed: a copy of the title
    /// heading after one heads a part of the article (a recipe card).
    prose_seen: bool,
    /// Elements named "menu" already weighed as menus of text (see
    /// [`is_menu_of_text`]): each of a menu's parts asks of the menu, and
    /// the answer is read once.
    menus_of_text: HashMap<NodeId, bool>,
}

/// Runs the pre-scoring rules of `flags` over the whole page; `raw` holds
/// the measures of the untouched page.
pub(crate) fn clean(dom: &Dom, page: &PageContext<'_>, raw: &Features, flags: Flags) -> Cleaning {
    let n = dom.len();
    let mut removal = vec![Removal::Kept; n];
    let mut alive = vec![false; n];
    let mut progress = Progress {
        byline: None,
        title_header_left: page.title.is_some(),
        title_header: None,
        prose_seen: false,
        menus_of_text: HashMap::new(),
    };
    let mut id = 0;
    while id < n {
        let tag = dom.tag(id);
        let parent_alive = dom.parent(id).is_none_or(|p| alive[p]);
        if !parent_alive {
            id = dom.end(id);
            continue;
        }
        if tag.is_element() && !tag.is_ignored() {
            // A hidden section of a paged article is judged as if shown.
            let paged = page.paged.get(id).copied().unwrap_or(false);
            let hidden = page.signals.has(id, signals::HIDDEN)
                && !paged
                && !signals::is_structural(tag)
                && !is_icon_words_of_cell(dom, page, raw, id)
                && !is_spoken_part_of_text(dom, page, id);
            let verdict = if hidden {
                Removal::Hidden
            } else {
                judge(dom, page, raw, flags, id, tag, &mut progress)
            };
            if verdict != Removal::Kept {
                removal[id] = verdict;
                id = dom.end(id);
                continue;
            }
        }
        alive[id] = !tag.is_ignored();
        id += 1;
    }
    // A byline's name linked inside its credit line ("Recipe by <a>Ollie
    // Trent</a> · First published 10 June 2022"): the line goes with it,
    // not the name alone out of the middle of its sentence.
    if let Some(line) = progress.byline.and_then(|b| credit_line_of(dom, raw, b)) {
        removal[line] = Removal::Byline;
        alive[line..dom.end(line)].fill(false);
    }
    Cleaning {
        removal,
        alive,
        byline: progress.byline,
    }
}

/// The short line around an inline byline that opens with a byline word,
/// if there is one.
fn credit_line_of(dom: &Dom, raw: &Features, byline: NodeId) -> Option<NodeId> {
    const MAX_LINE_CHARS: u32 = 150;
    if !matches!(dom.tag(byline), Tag::A | Tag::Span) {
        return None;
    }
    let line = dom.parent(byline)?;
    (matches!(dom.tag(line), Tag::P | Tag::Div)
        && raw.len(line) <= MAX_LINE_CHARS
        && patterns::BYLINE_PREFIX.is_match(inner_text(dom, line).trim_start()))
    .then_some(line)
}

/// Whether `id` holds, for screen readers only, words of the running text
/// around it: the first letter of a word whose drop cap is hidden from
/// them ("<span aria-hidden>T</span><span class=sr-only>T</span>he"), or
/// the unit after a number ("10<span class=sr-only> minutes</span>") whose
/// shown abbreviation is hidden from them. An icon's label stands apart
/// from text and still goes.
fn is_spoken_part_of_text(dom: &Dom, page: &PageContext<'_>, id: NodeId) -> bool {
    if !page.signals.has(id, signals::SCREEN_READER_ONLY) || dom.tag(id).is_block() {
        return false;
    }
    let Some(parent) = dom.parent(id) else {
        return false;
    };
    // The letters run on into the text after: one word.
    let next = dom.end(id);
    let completes_word = next < dom.end(parent)
        && dom
            .text(next)
            .is_some_and(|t| t.chars().next().is_some_and(char::is_alphabetic))
        && inner_text(dom, id)
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
    let follows_number = dom
        .previous_sibling(id)
        .and_then(|p| dom.text(p))
        .is_some_and(|t| t.chars().next_back().is_some_and(|c| c.is_ascii_digit()));
    completes_word || follows_number
}

/// Whether `id` holds, for screen readers only, all the text of the table
/// cell it sits in ("Included in Team" beside a tick): the words stand
/// for the cell's icon, and without them the row reads blank.
fn is_icon_words_of_cell(dom: &Dom, page: &PageContext<'_>, raw: &Features, id: NodeId) -> bool {
    const MAX_LEVELS: usize = 3;
    page.signals.has(id, signals::SCREEN_READER_ONLY)
        && raw.len(id) > 0
        && dom
            .ancestors(id)
            .take(MAX_LEVELS)
            .find(|&a| matches!(dom.tag(a), Tag::Td | Tag::Th))
            .is_some_and(|cell| raw.len(cell) == raw.len(id))
}

fn judge(
    dom: &Dom,
    page: &PageContext<'_>,
    raw: &Features,
    flags: Flags,
    id: NodeId,
    tag: Tag,
    progress: &mut Progress,
) -> Removal {
    let s = page.signals;
    if signals::is_structural(tag) {
        return Removal::Kept;
    }
    if s.has(id, signals::MODAL) {
        return Removal::Modal;
    }
    if tag.is_block()
        && s.either(id, ClassSignals::NEVER_CONTENT)
        && raw.len(id) < NEVER_CONTENT_MAX_CHARS
        && !(raw.counts[id].img > 0 && is_enlargeable_image(dom, id))
        && !is_caption_for_lightbox(dom, id)
    {
        return Removal::NeverContent;
    }
    if tag == Tag::A
        && (is_skip_link(dom, raw, id)
            || is_permalink_mark(dom, raw, id)
            || is_script_control_mark(dom, raw, id)
            || is_comment_count_link(dom, raw, id)
            || is_author_avatar(dom, raw, id))
    {
        return Removal::NeverContent;
    }
    if matches!(tag, Tag::A | Tag::Span | Tag::P) && is_section_edit_link(dom, raw, id, tag) {
        return Removal::NeverContent;
    }
    if tag == Tag::Form && is_input_form(raw, id) {
        return Removal::Form;
    }
    // Pygments numbers lines in a header cell (`th.linenos`), others in
    // a data cell.
    if matches!(tag, Tag::Td | Tag::Th) && is_line_number_gutter(dom, raw, id) {
        return Removal::NeverContent;
    }
    if tag == Tag::Span && is_inline_line_number(dom, raw, id) {
        return Removal::NeverContent;
    }
    if is_image_file_label(dom, raw, id, tag) || is_initials_picture(dom, raw, id) {
        return Removal::NeverContent;
    }
    let is_the_byline = match page.byline {
        Byline::Remove(found) => found == id,
        // A heading is never the byline: an author class on a site title
        // (`h1.vcard`) or "written-by" in a heading's slug id names the
        // heading, not a credit line. A commenter's or a reviewer's name,
        // or a sidebar's ("created by" a forum's founder), is not the
        // article's byline (a comment's author line sits a few levels
        // below its section; the walk is bounded, as every candidate may
        // ask).
        Byline::Find => {
            progress.byline.is_none()
                && (!tag.is_heading() || is_author_link_heading(dom, raw, id, tag))
                && is_byline(dom, page.signals, raw, id)
                && !dom
                    .ancestors(id)
                    .take(MAX_COMMENT_DEPTH)
                    .any(|a| crate::comments::names_section(dom, a) || names_sidebar(dom, a))
                && !is_quotation_attribution(dom, id)
        }
        Byline::Ignore => false,
    };
    if is_the_byline {
        progress.byline = Some(id);
        return Removal::Byline;
    }
    // A heading that repeats the title: the first `h1` or `h2` that does,
    // or a reply's "Re: <title>" over a post of a thread.
    let title_heading = progress.title_header_left && matches!(tag, Tag::H1 | Tag::H2);
    let reply_heading = tag.is_heading() && tag != Tag::H1;
    // A copy of the title heading, or of the title, in a second `h1` or
    // `h2`: the desktop and mobile headlines a template writes both of.
    const MIN_PROSE_CHARS: u32 = 80;
    progress.prose_seen |= tag == Tag::P && raw.len(id) >= MIN_PROSE_CHARS;
    let copy_heading =
        progress.title_header.is_some() && !progress.prose_seen && matches!(tag, Tag::H1 | Tag::H2);
    if let Some(title) = page
        .title
        .filter(|_| title_heading || reply_heading || copy_heading)
    {
        let heading = inner_text(dom, id);
        let repeats = |text: &str| title_similarity(title, text) > 0.75;
        if title_heading && repeats(&heading) {
            progress.title_header_left = false;
            progress.title_header = Some(heading);
            return Removal::TitleHeader;
        }
        if copy_heading
            && !heading.is_empty()
            && (progress.title_header.as_deref() == Some(heading.as_str())
                || heading.eq_ignore_ascii_case(title.trim()))
        {
            return Removal::TitleHeader;
        }
        if reply_heading && reply_subject(&heading).is_some_and(repeats) {
            return Removal::TitleHeader;
        }
    }
    if flags.strip_unlikely {
        if s.either(id, ClassSignals::UNLIKELY)
            && !s.either(id, ClassSignals::MAYBE_CANDIDATE)
            && !is_exempt_from_unlikely(dom, raw, id, tag, &mut progress.menus_of_text)
            && !is_thread_reply_block(dom, page, id)
        {
            return Removal::Unlikely;
        }
        if s.has(id, signals::UNLIKELY_ROLE) {
            return Removal::UnlikelyRole;
        }
    }
    if (tag.is_heading() || matches!(tag, Tag::Div | Tag::Section | Tag::Header))
        && is_without_content(dom, raw, id)
    {
        return Removal::Empty;
    }
    Removal::Kept
}

/// Elements an "unlikely" name does not condemn.
fn is_exempt_from_unlikely(
    dom: &Dom,
    raw: &Features,
    id: NodeId,
    tag: Tag,
    menus_of_text: &mut HashMap<NodeId, bool>,
) -> bool {
    tag == Tag::A
        || has_ancestor_within(dom, id, 3, |t| matches!(t, Tag::Table | Tag::Code))
        // A data table's class speaks of its presentation ("sticky-header",
        // "sidebar-table"), not of the page's furniture.
        || (tag == Tag::Table && raw.is_data_table(dom, id))
        || is_prose_under_header_name(dom, raw, id)
        || is_articles_own_header(dom, raw, id, tag)
        || is_section_heading_named_header(dom, raw, id, tag)
        || is_disclosure_label_named_header(dom, id, tag)
        || is_list_heading_named_header(dom, raw, id, tag)
        || is_inline_in_running_text(dom, raw, id, tag)
        || is_page_layout_wrapper(dom, raw, id)
        || is_part_of_kept_header(dom, raw, id)
        || is_entry_header(dom, raw, id, tag)
        || is_text_named_menu(dom, raw, id, menus_of_text)
}

/// On a forum's thread, a block whose only "unlikely" names are those of
/// comments and replies (`comment-tree`, `timeline-comment`, `replies`):
/// the thread's posts, which forum software often names so.
fn is_thread_reply_block(dom: &Dom, page: &PageContext<'_>, id: NodeId) -> bool {
    page.forum_thread && {
        let mut tokens = String::new();
        dom.name_tokens(id, &mut tokens);
        !patterns::class_signals_except(&tokens, |t| t.contains("comment") || t.contains("repl"))
            .has(ClassSignals::UNLIKELY)
    }
}

/// A block named "menu" that is text, not links: a restaurant's menu of
/// dishes and prices ("menu-block"), or a part of one ("menu-item-title")
/// a few levels inside. A navigation menu is links. Each element's answer
/// to [`is_menu_of_text`] is kept in `menus_of_text`: a menu's many parts
/// would otherwise each read the menu's whole subtree.
fn is_text_named_menu(
    dom: &Dom,
    raw: &Features,
    id: NodeId,
    menus_of_text: &mut HashMap<NodeId, bool>,
) -> bool {
    // Its parts sit a few levels inside it.
    const MAX_LEVELS_TO_MENU: usize = 8;
    let named = |n: NodeId| dom.names_hold(n, &MENU) && is_unlikely_only_as(dom, n, "menu");
    let mut of_text = |n: NodeId| {
        *menus_of_text
            .entry(n)
            .or_insert_with(|| is_menu_of_text(dom, raw, n))
    };
    named(id)
        && (of_text(id)
            || dom
                .ancestors(id)
                .take(MAX_LEVELS_TO_MENU)
                .any(|a| named(a) && of_text(a)))
}

/// Whether `id` holds text enough for a menu of dishes, with no links or
/// form fields, and buttons for a sliver of it at most.
fn is_menu_of_text(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    // Dishes with their descriptions, not a strip of tabs or settings.
    const MIN_CHARS: u32 = 300;
    // Its own tabs ("Dinner", "Dessert") may be buttons.
    const MAX_BUTTON_SHARE: f32 = 0.1;
    let len = raw.len(id);
    if len < MIN_CHARS || raw.counts[id].controls > 0 || raw.counts[id].input > 0 {
        return false;
    }
    let mut buttons = 0;
    for d in id + 1..dom.end(id) {
        match dom.tag(d) {
            Tag::A => return false,
            Tag::Button => buttons += raw.len(d),
            _ => {}
        }
    }
    buttons as f32 <= MAX_BUTTON_SHARE * len as f32
}

/// The word "menu" in class and id names.
const MENU: patterns::Needles = patterns::Needles::new(&["menu"]);

/// The `<header>` of one of several `<article>` entries in a row (a live
/// blog's posts, a thread's messages): the entry's heading and time, as
/// HTML writes them, not the page's masthead, which no article holds.
fn is_entry_header(dom: &Dom, raw: &Features, id: NodeId, tag: Tag) -> bool {
    const MAX_LINK_DENSITY: f32 = 0.5;
    const MAX_SIBLINGS: usize = 64;
    if tag != Tag::Header || raw.link_density(id) > MAX_LINK_DENSITY {
        return false;
    }
    let Some(entry) = dom.ancestors(id).find(|&a| dom.tag(a) == Tag::Article) else {
        return false;
    };
    let Some(list) = dom.parent(entry) else {
        return false;
    };
    (id + 1..dom.end(id)).any(|d| dom.tag(d).is_heading() || dom.tag(d) == Tag::Time)
        && dom
            .children(list)
            .take(MAX_SIBLINGS)
            .any(|c| c != entry && dom.tag(c) == Tag::Article)
        && names_header(dom, id)
        && is_unlikely_only_as_header(dom, id)
}

/// A part of a header-named block that was kept for what it holds
/// ("judgment-header__court" inside the kept "judgment-header", an
/// article's `story__header-title` inside its own header): the parts
/// share the block's name, and the verdict on the block stands for them.
/// (The clean-up reaches an element only when all its ancestors stay.)
fn is_part_of_kept_header(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    const MAX_LEVELS: usize = 3;
    // A block of text, not a masthead's line or two of branding.
    const MIN_BLOCK_CHARS: u32 = 300;
    const MAX_LINK_DENSITY: f32 = 0.25;
    names_header(dom, id)
        && is_unlikely_only_as_header(dom, id)
        && dom.ancestors(id).take(MAX_LEVELS).any(|a| {
            raw.len(a) >= MIN_BLOCK_CHARS
                && raw.link_density(a) <= MAX_LINK_DENSITY
                && names_header(dom, a)
                && is_unlikely_only_as_header(dom, a)
        })
}

/// A wrapper around most of the page that holds its headline: a layout
/// named for what it also holds ("container--with-sidebar",
/// "Layout--sidebarPosition-end", "page-header-and-content"), not the
/// furniture itself. Furniture is a part of a page, not most of it.
fn is_page_layout_wrapper(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    const MIN_SHARE: f32 = 0.6;
    const MAX_LINK_DENSITY: f32 = 0.35;
    if raw.counts[id].p < 3 || raw.link_density(id) > MAX_LINK_DENSITY {
        return false;
    }
    let Some(body) = dom.ancestors(id).find(|&a| dom.tag(a) == Tag::Body) else {
        return false;
    };
    raw.len(id) as f32 >= MIN_SHARE * raw.len(body) as f32
        && (id + 1..dom.end(id)).any(|d| dom.tag(d) == Tag::H1)
}

/// The label of a disclosure (`<summary><span class="item-title-header">
/// Can I grow garlic in pots?</span></summary>`): "header" names the
/// label's part of an accordion item, and the label goes with its panel.
fn is_disclosure_label_named_header(dom: &Dom, id: NodeId, tag: Tag) -> bool {
    const MAX_LEVELS_TO_SUMMARY: usize = 3;
    (tag == Tag::Summary
        || has_ancestor_within(dom, id, MAX_LEVELS_TO_SUMMARY, |t| t == Tag::Summary))
        && names_header(dom, id)
        && is_unlikely_only_as_header(dom, id)
}

/// A heading named "header" ("recipe-header", "header-anchor-post") over
/// a list that is not links (a recipe card's equipment, a guide's
/// materials) or over a code block, perhaps after a line that leads into
/// it ("The three shops still open have each found a way:"): a section
/// heading. A rail's heading opens a list of links. (Past a fifth of
/// links, the heading and list together would fail the conditional
/// checks that a list alone passes.)
fn is_list_heading_named_header(dom: &Dom, raw: &Features, id: NodeId, tag: Tag) -> bool {
    const MAX_LIST_LINK_DENSITY: f32 = 0.2;
    if !tag.is_heading() {
        return false;
    }
    let Some(parent) = dom.parent(id) else {
        return false;
    };
    let mut next = dom.next_element(dom.end(id), dom.end(parent));
    if let Some(line) = next.filter(|&n| is_lead_in_line(dom, raw, n)) {
        next = dom.next_element(dom.end(line), dom.end(parent));
    }
    next.is_some_and(|next| {
        matches!(dom.tag(next), Tag::Ul | Tag::Ol | Tag::Pre)
            && raw.len(next) > 0
            && raw.link_density(next) < MAX_LIST_LINK_DENSITY
    }) && names_header(dom, id)
        && is_unlikely_only_as_header(dom, id)
}

/// A paragraph of one short line, without links, that ends in a colon:
/// it leads into the list or the code after it.
fn is_lead_in_line(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    const MAX_CHARS: u32 = 200;
    dom.tag(id) == Tag::P
        && raw.len(id) > 0
        && raw.len(id) <= MAX_CHARS
        && raw.link_density(id) == 0.0
        && inner_text(dom, id).trim_end().ends_with([':', '：'])
}

/// An inline element inside a sentence: a span, an emphasis or a time
/// without links whose parent also holds words of its own ("<span
/// class=location>SAN FRANCISCO</span>, March 3 -- The company said...").
/// Whatever its class says, it is part of the sentence around it; taking
/// it out would leave a hole in the text. (A link inside, as in a
/// "- 9 Comments" counter after a teaser's date, is an item of its own.)
fn is_inline_in_running_text(dom: &Dom, raw: &Features, id: NodeId, tag: Tag) -> bool {
    // Words beside the element: more than a separator or a stray letter.
    const MIN_SIBLING_CHARS: u32 = 20;
    // Siblings looked at; a sentence's inline elements are few.
    const MAX_SIBLINGS: usize = 64;
    let inline = matches!(
        tag,
        Tag::Span
            | Tag::B
            | Tag::Strong
            | Tag::Em
            | Tag::I
            | Tag::Time
            | Tag::Abbr
            | Tag::Small
            | Tag::Cite
            | Tag::Font
            | Tag::Mark
            | Tag::Q
    );
    let Some(parent) = dom
        .parent(id)
        .filter(|_| inline && raw.link_density(id) == 0.0)
    else {
        return false;
    };
    let mut words = 0;
    for sibling in dom.children(parent).take(MAX_SIBLINGS) {
        if dom.tag(sibling) == Tag::Text {
            words += dom.text_measure(sibling).span.len;
            if words >= MIN_SIBLING_CHARS {
                return true;
            }
        }
    }
    false
}

/// A heading named "header" ("header-anchor-post", "section-header") that
/// opens prose (a paragraph, or a block with few links): the word names
/// what a heading is, not the page's masthead. Headings of rails and
/// widgets open lists and scores.
/// The same holds for the title of a card among like cards (an accordion's
/// `card-header` holding a question, before the panel with its answer):
/// short, without links, and followed by a panel of prose.
fn is_section_heading_named_header(dom: &Dom, raw: &Features, id: NodeId, tag: Tag) -> bool {
    const MIN_PARAGRAPH_CHARS: u32 = 80;
    const MIN_DESCRIPTION_CHARS: u32 = 40;
    const MAX_TITLE_CHARS: u32 = 200;
    const MAX_PANEL_LINK_DENSITY: f32 = 0.2;
    const MAX_SKIPPED: usize = 4;
    const MAX_SKIPPED_CHARS: u32 = 16;
    let repeated = in_repeated_card(dom, id);
    let titled = tag.is_heading()
        || wraps_one_heading(dom, raw, id)
        || (raw.len(id) > 0
            && raw.len(id) <= MAX_TITLE_CHARS
            && raw.link_density(id) == 0.0
            && repeated);
    if !titled {
        return false;
    }
    let Some(parent) = dom.parent(id) else {
        return false;
    };
    // The next element after the heading, among its siblings: its subtree
    // ends where the next sibling starts, and text between is skipped.
    let mut next = dom.next_element(dom.end(id), dom.end(parent));
    // A short paragraph that is a sentence opens a section as well ("Notes"
    // over "Focaccia keeps for two days wrapped in a cloth."); in a card
    // among like cards (an accordion's), a panel of one short sentence
    // does ("Your V5C logbook.").
    const MIN_PANEL_SENTENCE_CHARS: u32 = 12;
    let sentence = |next: NodeId| {
        let min = if repeated {
            MIN_PANEL_SENTENCE_CHARS
        } else {
            MIN_DESCRIPTION_CHARS
        };
        (dom.tag(next) == Tag::P || repeated)
            && raw.len(next) >= min
            && raw.len(next) <= MAX_TITLE_CHARS * 4
            && raw.link_density(next) == 0.0
            && patterns::has_sentence_end(&inner_text(dom, next))
    };
    // Nearly empty elements between (a placeholder a script fills, a
    // spacer, a row of "1x 2x" toggles) are passed over, a few at most;
    // not a gallery or a picture, which the heading may title.
    // In a card among like cards (a roundup's product cards), the title
    // may stand over the product's picture and its row of shop buttons
    // before the text: those are passed over too, but not the short
    // sentence of an accordion's panel.
    const MAX_BUTTON_ROW_CHARS: u32 = 80;
    let passed_over = |n: NodeId| {
        ((raw.len(n) <= MAX_SKIPPED_CHARS && (raw.counts[n].img == 0 || repeated))
            || (repeated && raw.len(n) <= MAX_BUTTON_ROW_CHARS && raw.link_density(n) >= 0.9))
            && !(repeated && sentence(n))
    };
    for _ in 0..MAX_SKIPPED {
        match next {
            Some(n) if passed_over(n) => next = dom.next_element(dom.end(n), dom.end(parent)),
            _ => break,
        }
    }
    let mut min_chars = MIN_PARAGRAPH_CHARS;
    // A heading whose box holds nothing after it but a short link (an API
    // reference's signature beside its "source" link) opens the block
    // after its box, a description of a sentence or two.
    // The box may itself be the only child of a toggle's summary
    // (`<details><summary><section>…<h4>`): the description follows the
    // nearest enclosing box that has a next element, a few levels up.
    if tag.is_heading() && next.is_none_or(|n| only_short_links_from(dom, raw, n, dom.end(parent)))
    {
        const MAX_BOXES_UP: usize = 3;
        next = None;
        let mut inner = parent;
        for outer in dom.ancestors(parent).take(MAX_BOXES_UP) {
            next = dom.next_element(dom.end(inner), dom.end(outer));
            if next.is_some() {
                break;
            }
            inner = outer;
        }
        min_chars = MIN_DESCRIPTION_CHARS;
    }
    next.is_some_and(|next| {
        ((dom.tag(next) == Tag::P || raw.link_density(next) < MAX_PANEL_LINK_DENSITY)
            && raw.len(next) >= min_chars)
            || sentence(next)
    }) && is_unlikely_only_as_header(dom, id)
}

/// Whether an element is a heading's box: one heading (`h2`-`h6`, short and
/// without links) holds its text, but for a few characters of controls
/// beside it ("1x 2x"). Block editors and recipe cards wrap each section
/// heading so (`div.notion-header-block > h2`).
fn wraps_one_heading(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    const MAX_TITLE_CHARS: u32 = 200;
    const MAX_OTHER_CHARS: u32 = 16;
    // A heading's box is small: a page header holding everything is
    // passed over without walking it.
    const MAX_NODES: usize = 64;
    if raw.len(id) > MAX_TITLE_CHARS + MAX_OTHER_CHARS || dom.end(id) - id > MAX_NODES {
        return false;
    }
    let mut heading = None;
    for n in id + 1..dom.end(id) {
        let tag = dom.tag(n);
        if tag == Tag::H1 {
            return false;
        }
        if tag.is_heading() {
            if heading.is_some() {
                return false;
            }
            heading = Some(n);
        }
    }
    heading.is_some_and(|h| {
        raw.len(h) > 0
            && raw.len(h) <= MAX_TITLE_CHARS
            && raw.link_density(h) == 0.0
            && raw.len(id) <= raw.len(h) + MAX_OTHER_CHARS
    })
}

/// Whether the siblings from `from` to `end` hold only a short text, all of
/// it in links ("source", "§").
fn only_short_links_from(dom: &Dom, raw: &Features, from: NodeId, end: NodeId) -> bool {
    const MAX_CHARS: u32 = 20;
    let mut chars = 0;
    let mut next = from;
    while next < end {
        let len = raw.len(next);
        if len > 0 && raw.link_density(next) < 1.0 {
            return false;
        }
        chars += len;
        next = dom.end(next);
    }
    chars <= MAX_CHARS
}

/// Whether the parent of `id` is one of a run of like elements (same tag
/// and class): the cards of an accordion or a FAQ, each a title and its
/// panel, rather than an article's one header and body.
fn in_repeated_card(dom: &Dom, id: NodeId) -> bool {
    // Siblings looked at, at most: enough to see a run of cards.
    const MAX_SIBLINGS: usize = 64;
    let Some(card) = dom.parent(id) else {
        return false;
    };
    let Some(list) = dom.parent(card) else {
        return false;
    };
    let class = dom.attr(card, &html5ever::local_name!("class"));
    let Some(class) = class.filter(|c| !c.trim().is_empty()) else {
        return false;
    };
    dom.children(list).take(MAX_SIBLINGS).any(|c| {
        c != card
            && dom.tag(c) == dom.tag(card)
            && dom.attr(c, &html5ever::local_name!("class")) == Some(class)
    })
}

/// A block whose only "unlikely" name is "header" but which holds real
/// prose: accordions put their panels inside the "card-header" or
/// "panel-heading" that opens them, and recipe cards name their
/// ingredients box a header. A page header holds links and a line or
/// two, not paragraphs of text.
fn is_prose_under_header_name(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    const MIN_PROSE_CHARS: u32 = 500;
    const MAX_LINK_DENSITY: f32 = 0.25;
    raw.len(id) >= MIN_PROSE_CHARS
        && raw.link_density(id) <= MAX_LINK_DENSITY
        && raw.counts[id].p >= 2
        && names_header(dom, id)
        && is_unlikely_only_as_header(dom, id)
}

/// An article's own `<header>` ("story__header"), holding its headline
/// and the standfirst under it: the name says what the element is, and
/// the page's masthead is no article's. The same holds for the header of
/// the page's main region (an "About us" page's headline and intro),
/// which the masthead sits outside of. Its date and byline lines are
/// dropped later, as anywhere before the text.
fn is_articles_own_header(dom: &Dom, raw: &Features, id: NodeId, tag: Tag) -> bool {
    const MAX_LINK_DENSITY: f32 = 0.25;
    matches!(tag, Tag::Header | Tag::Div | Tag::Section)
        && raw.link_density(id) <= MAX_LINK_DENSITY
        && names_header(dom, id)
        && (id + 1..dom.end(id)).any(|d| dom.tag(d) == Tag::H1)
        && (dom.is_articles_own(id) || dom.is_main_regions_own(id))
        && is_unlikely_only_as_header(dom, id)
}

/// Whether the class or id of `id` holds "header", in any case: the cheap
/// test before [`is_unlikely_only_as_header`].
fn names_header(dom: &Dom, id: NodeId) -> bool {
    const HEADER: patterns::Needles = patterns::Needles::new(&["header"]);
    dom.names_hold(id, &HEADER)
}

/// Whether "header" is the only "unlikely" name in the class and id of
/// `id`.
fn is_unlikely_only_as_header(dom: &Dom, id: NodeId) -> bool {
    is_unlikely_only_as(dom, id, "header")
}

/// Whether `word` is the only "unlikely" name in the class and id of `id`.
fn is_unlikely_only_as(dom: &Dom, id: NodeId, word: &str) -> bool {
    let mut tokens = String::new();
    dom.name_tokens(id, &mut tokens);
    !patterns::class_signals_without(&tokens, word).has(ClassSignals::UNLIKELY)
}

/// Sections of a paged article: sibling elements of one kind (same tag,
/// same classes once hiding and state classes are set aside), at least
/// three, of which the page shows one and hides the others until the
/// reader turns the page (a gallery, a listicle, step-by-step pages). The
/// hidden ones are marked: they are the article's text as much as the one
/// shown. Each parent is looked at once, so the cost stays linear.
/// A fact of the page, not of an attempt: computed once per page.
pub(crate) fn paged_sections(dom: &Dom, s: &Signals, raw: &Features) -> Vec<bool> {
    const MIN_SECTIONS: usize = 3;
    const MIN_SHOWN_CHARS: u32 = 100;
    let n = dom.len();
    let mut paged = vec![false; n];
    let mut parent_seen = vec![false; n];
    for id in 0..n {
        if !s.has(id, signals::HIDDEN) || raw.len(id) == 0 {
            continue;
        }
        let Some(parent) = dom.parent(id) else {
            continue;
        };
        if std::mem::replace(&mut parent_seen[parent], true) {
            continue;
        }
        let Some(kind) = section_kind(dom, id) else {
            continue;
        };
        let siblings: Vec<NodeId> = dom
            .children(parent)
            .filter(|&c| {
                dom.tag(c) == dom.tag(id) && section_kind(dom, c).as_deref() == Some(kind.as_str())
            })
            .collect();
        let shown = siblings
            .iter()
            .any(|&c| !s.has(c, signals::HIDDEN) && raw.len(c) >= MIN_SHOWN_CHARS);
        if siblings.len() >= MIN_SECTIONS && shown {
            for c in siblings {
                paged[c] = s.has(c, signals::HIDDEN);
            }
        }
    }
    paged
}

/// An element's classes without the ones that hide or mark the current
/// page, in order: what its siblings of the same kind share. `None` for an
/// element without classes (too common to say anything).
fn section_kind(dom: &Dom, id: NodeId) -> Option<String> {
    let class = dom.attr(id, &html5ever::local_name!("class"))?;
    let kept: Vec<&str> = class
        .split_ascii_whitespace()
        .filter(|t| {
            !crate::patterns::is_hiding_class(t)
                && !matches!(
                    *t,
                    "active"
                        | "current"
                        | "is-active"
                        | "is-current"
                        | "visible"
                        | "show"
                        | "shown"
                        | "selected"
                )
        })
        .collect();
    (!kept.is_empty()).then(|| kept.join(" "))
}

/// Blocks named as consent banners, modals or overlays longer than this are
/// kept: a page wrapper that merely mentions one in its classes.
const NEVER_CONTENT_MAX_CHARS: u32 = 2500;

/// Whether a link is a skip link: it leads to a part of a page (`#main`;
/// saved pages often spell out the page's address before it), says so
/// ([`patterns::SKIP_LINK`]) and has no words right beside it (a sentence
/// may well say "you can jump to the end"). Its class names vary too much
/// to tell it by ("plp-skip-to-product-list", "mw-jump-link"). A "Back to
/// top" link is one too, pointing the other way.
fn is_skip_link(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    const MAX_SKIP_LINK_CHARS: u32 = 60;
    // A text node has no descendants: the node before the link is its
    // previous sibling when they share a parent, and the node after its
    // subtree is its next sibling when they do.
    let parent = dom.parent(id);
    let words_at = |n: NodeId| {
        n < dom.len() && dom.parent(n) == parent && dom.text(n).is_some_and(|t| !text::is_blank(t))
    };
    raw.len(id) <= MAX_SKIP_LINK_CHARS
        && !id.checked_sub(1).is_some_and(words_at)
        && !words_at(dom.end(id))
        && dom
            .attr(id, &html5ever::local_name!("href"))
            .is_some_and(|h| h.contains('#'))
        && {
            let text = inner_text(dom, id);
            patterns::SKIP_LINK.is_match(&text) || patterns::PAGE_CONTROL.is_match(&text)
        }
}

/// A heading's permalink drawn as a mark: a link into the page whose text
/// is only "¶", "§" or "#" (documentation generators put one after every
/// heading, caption and signature). The mark is not a word of the heading.
/// A footnote's way back to its reference, "↩" (with or without the
/// emoji-style selector) or "↑", is no word of the note either.
fn is_permalink_mark(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    raw.len(id) <= 2
        && dom.is_in_page_link(id)
        && matches!(
            inner_text(dom, id).trim(),
            "¶" | "§" | "#" | "↩" | "↩\u{fe0e}" | "↩\u{fe0f}" | "↑"
        )
}

/// A picture drawn with letters: an element with `role="img"` that shows
/// a person's initials ("L") and names the person in `aria-label`, as
/// forum and comment software draws the avatar of someone without a
/// photo. A picture's letters are no words of the text.
fn is_initials_picture(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    const MAX_LETTERS: u32 = 2;
    let len = raw.len(id);
    (1..=MAX_LETTERS).contains(&len)
        && dom
            .attr(id, &html5ever::local_name!("role"))
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("img"))
        && dom
            .attr(id, &html5ever::local_name!("aria-label"))
            .is_some_and(|label| label.trim().chars().count() > len as usize)
        && inner_text(dom, id).trim().chars().all(char::is_alphabetic)
}

/// A control drawn as a mark: a link that runs a script
/// (`href="javascript:..."`) and whose few characters hold no letter or
/// digit: a thread's "\[–\]" to fold a reply, a "×" that closes a box, a
/// "▾" that opens one. It leads nowhere and says nothing. A picture in
/// the link (a script's gallery opener) keeps it.
fn is_script_control_mark(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    const MAX_CHARS: u32 = 6;
    let len = raw.len(id);
    len > 0
        && len <= MAX_CHARS
        && raw.counts[id].img == 0
        && dom
            .attr(id, &html5ever::local_name!("href"))
            .and_then(crate::serialize::urls::url_scheme)
            .is_some_and(|scheme| scheme == "javascript")
        && !inner_text(dom, id).chars().any(char::is_alphanumeric)
}

/// A link to the readers' comments further down the page, in the
/// article's tool bar or under its headline: "37 Comments", "תגובות: 37",
/// "Leave a comment" (`href="#comments"`, `#respond`, `#disqus_thread`).
/// A count, or a link standing alone; a link in a sentence stays.
fn is_comment_count_link(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    const MAX_CHARS: u32 = 40;
    if raw.len(id) == 0 || raw.len(id) > MAX_CHARS {
        return false;
    }
    // A link to a place in the page whose target is named for the
    // comments from its start: a footnote's
    // (`#cite_note-2013religiouscommentary-294`) is not.
    let to_comments = dom
        .attr(id, &html5ever::local_name!("href"))
        .is_some_and(|href| {
            href.strip_prefix('#').is_some_and(|target| {
                let target = target.to_ascii_lowercase();
                ["comment", "respond", "disqus", "talkback", "replies"]
                    .iter()
                    .any(|name| target.starts_with(name))
            })
        });
    to_comments
        && (inner_text(dom, id).chars().any(|c| c.is_ascii_digit())
            || dom.parent(id).is_some_and(|p| raw.len(p) == raw.len(id)))
}

/// A wiki's link to edit the section under a heading ("\[edit\]", "\[Bearbeiten
/// | Quelltext bearbeiten\]"), in the heading or beside it in the heading's
/// wrapper: its address asks for the page's edit action (`action=edit`,
/// the query every wiki engine of the MediaWiki family, and others, uses).
/// The link goes with its brackets; the heading stays a heading.
fn is_section_edit_link(dom: &Dom, raw: &Features, id: NodeId, tag: Tag) -> bool {
    const MAX_CHARS: u32 = 48;
    // A wrapper holds brackets and a link or two: a few nodes.
    const MAX_WRAPPER_NODES: usize = 16;
    // Siblings looked at for the heading beside the link.
    const MAX_SIBLINGS: usize = 8;
    if raw.len(id) == 0 || raw.len(id) > MAX_CHARS {
        return false;
    }
    // By a heading first: a few tags read, where most short elements end.
    let by_heading = dom.parent(id).is_some_and(|parent| {
        dom.tag(parent).is_heading()
            || dom
                .children(parent)
                .take(MAX_SIBLINGS)
                .any(|c| dom.tag(c).is_heading())
    });
    if !by_heading {
        return false;
    }
    let is_edit_link = |a: NodeId| {
        dom.attr(a, &html5ever::local_name!("href"))
            .is_some_and(|href| {
                href.split(['?', '&', ';']).skip(1).any(|param| {
                    param.eq_ignore_ascii_case("action=edit")
                        || param.eq_ignore_ascii_case("veaction=edit")
                })
            })
    };
    if tag == Tag::A {
        return is_edit_link(id);
    }
    // A wrapper: its words are all in edit links, beside brackets and
    // bars.
    let end = dom.end(id);
    if end - id > MAX_WRAPPER_NODES {
        return false;
    }
    let links: Vec<NodeId> = (id + 1..end).filter(|&d| dom.tag(d) == Tag::A).collect();
    let letters = |n: NodeId| {
        inner_text(dom, n)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count()
    };
    !links.is_empty()
        && links.iter().all(|&a| is_edit_link(a))
        && letters(id) <= links.iter().map(|&a| letters(a)).sum::<usize>()
}

/// The gutter of a code listing laid out as a table (Pygments'
/// `td.linenos`, Hugo's `td.lntd`): a cell of preformatted line numbers
/// before a cell holding the code. The numbers are no part of the code.
fn is_line_number_gutter(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    const MAX_GUTTER_CHARS: u32 = 20_000;
    let holds_code = |cell: NodeId| {
        (cell + 1..dom.end(cell)).any(|d| matches!(dom.tag(d), Tag::Pre | Tag::Code))
    };
    if raw.len(id) == 0 || raw.len(id) > MAX_GUTTER_CHARS || !holds_code(id) {
        return false;
    }
    let Some(code_cell) = dom.parent(id).and_then(|row| {
        dom.children(row)
            .skip_while(|&c| c != id)
            .skip(1)
            .find(|&c| dom.tag(c) == Tag::Td)
    }) else {
        return false;
    };
    let numbers = inner_text(dom, id);
    let mut lines = 0;
    for word in numbers.split_whitespace() {
        if !word.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        lines += 1;
    }
    lines >= 2 && holds_code(code_cell)
}

/// A picture without words that links to an author's page: the author's
/// avatar beside the byline.
fn is_author_avatar(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    raw.len(id) == 0
        && raw.counts[id].img > 0
        && links_to_author_page(dom, id)
        // A link to the photo's own file (`/author/photo.jpg`) shows the
        // picture larger: the picture is the content.
        && !links_to_image_file(dom, id)
}

/// A minor heading that is only links to the authors' pages
/// (`<h4 class="author-name"><a href="/author/jane/">Jane Doe</a></h4>`,
/// as blog themes set the name under the headline): a byline, not a
/// section's title.
fn is_author_link_heading(dom: &Dom, raw: &Features, id: NodeId, tag: Tag) -> bool {
    const MAX_CHARS: u32 = 80;
    // Two names are set apart by a comma or "and".
    const MIN_LINK_DENSITY: f32 = 0.8;
    if !matches!(tag, Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6)
        || raw.len(id) == 0
        || raw.len(id) > MAX_CHARS
        || raw.link_density(id) < MIN_LINK_DENSITY
    {
        return false;
    }
    let mut links = (id + 1..dom.end(id))
        .filter(|&d| dom.tag(d) == Tag::A)
        .peekable();
    links.peek().is_some() && links.all(|a| links_to_author_page(dom, a))
}

/// Whether the link `a` leads to an author's page (`/author/jane/`,
/// `/authors/jane`).
fn links_to_author_page(dom: &Dom, a: NodeId) -> bool {
    dom.attr(a, &html5ever::local_name!("href"))
        .is_some_and(|href| href.contains("/author/") || href.contains("/authors/"))
}

/// A line's number written at the start of the line inside the code
/// (Sphinx's `span.linenos`, Chroma's `span.ln`, `span.lineno`): no part
/// of the code, which would read "1from x import y".
fn is_inline_line_number(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    const MAX_CHARS: u32 = 8;
    const MAX_LEVELS: usize = 6;
    if raw.len(id) == 0 || raw.len(id) > MAX_CHARS {
        return false;
    }
    let named = dom
        .attr(id, &html5ever::local_name!("class"))
        .is_some_and(|class| {
            class.split_ascii_whitespace().any(|name| {
                matches!(
                    name,
                    "linenos" | "ln" | "lineno" | "line-number" | "linenumber" | "line-no"
                )
            })
        });
    named
        && inner_text(dom, id)
            .trim()
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b' ')
        && dom
            .ancestors(id)
            .take(MAX_LEVELS)
            .any(|a| dom.tag(a) == Tag::Pre)
}

/// A picture's caption named for the lightbox that shows it larger
/// (`p.lightbox-caption` under a gallery thumbnail): the caption, not the
/// overlay, which holds the caption's copy and goes by its own name.
fn is_caption_for_lightbox(dom: &Dom, id: NodeId) -> bool {
    dom.class_names_caption(id) && dom.is_beside_an_image(id)
}

/// An image wrapped in a link to its own larger file: what a lightbox
/// script opens (`div.lightbox-wrapper > a.lightbox > img`), not the
/// lightbox itself, and the article's picture.
pub(crate) fn is_enlargeable_image(dom: &Dom, id: NodeId) -> bool {
    let inside = id..dom.end(id);
    inside.clone().any(|d| dom.tag(d) == Tag::Img)
        && inside.into_iter().any(|d| links_to_image_file(dom, d))
}

/// Whether `id` is a link to an image file.
fn links_to_image_file(dom: &Dom, id: NodeId) -> bool {
    const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "gif", "webp", "avif"];
    dom.links_to_file(id, IMAGE_EXTENSIONS)
}

/// The words a link to a picture's larger file shows beside the picture:
/// the file's name and size ("disk-forecast-panel 1380×776 95.2 KB"), a
/// label of the file, not of the article.
fn is_image_file_label(dom: &Dom, raw: &Features, id: NodeId, tag: Tag) -> bool {
    matches!(tag, Tag::Div | Tag::P | Tag::Span)
        && raw.counts[id].img == 0
        && raw.len(id) > 0
        && dom.parent(id).is_some_and(|link| {
            // The counts first: most links hold no picture.
            dom.tag(link) == Tag::A && raw.counts[link].img > 0 && links_to_image_file(dom, link)
        })
}

/// A form made of controls rather than prose: sign-up, search, contact and
/// configurator forms. (Some sites wrap the whole page in a form; those hold
/// far more text per control.)
fn is_input_form(raw: &Features, id: NodeId) -> bool {
    let controls = raw.counts[id].controls;
    controls >= 2 && raw.len(id) < 200 * controls
}

/// How far above a byline candidate a comments or reviews section is
/// looked for.
const MAX_COMMENT_DEPTH: usize = 12;

/// Whether the class or id of `id` names a sidebar (`sidebar`,
/// `sidebar-right`, or `side` alone). Not the body's: page templates name
/// their layout there ("one-sidebar sidebar-second").
fn names_sidebar(dom: &Dom, id: NodeId) -> bool {
    !matches!(dom.tag(id), Tag::Body | Tag::Html)
        && crate::comments::names_any(dom, id, |n| n == "side" || n.starts_with("sidebar"))
}

/// Readability's byline test: author markup or a byline class, with a
/// short text that does not introduce its author in the first person
/// ("Hi, I'm Hannah! I bake every weekend...": an author box).
fn is_byline(dom: &Dom, s: &Signals, raw: &Features, id: NodeId) -> bool {
    if !(s.has(id, signals::AUTHOR_MARKUP) || s.either(id, ClassSignals::BYLINE)) {
        return false;
    }
    let len = raw.len(id);
    len > 0 && len < 100 && !patterns::SELF_INTRODUCTION.is_match(&inner_text(dom, id))
}

/// An author line that credits a quotation, not the article: inside a
/// `blockquote` (or a `figure` holding one), or in a box named for a
/// testimonial, a quote or a review ("Lena Okafor, Operations Lead" under
/// a customer's words on a product page).
pub(crate) fn is_quotation_attribution(dom: &Dom, id: NodeId) -> bool {
    // Levels looked up: an attribution sits close to its quote.
    const MAX_LEVELS: usize = 4;
    let mut tokens = String::new();
    std::iter::once(id)
        .chain(dom.ancestors(id))
        .take(MAX_LEVELS)
        .any(|a| {
            let tag = dom.tag(a);
            if matches!(tag, Tag::Blockquote | Tag::Q)
                || (tag == Tag::Figure && dom.children(a).any(|c| dom.tag(c) == Tag::Blockquote))
            {
                return true;
            }
            dom.name_tokens(a, &mut tokens);
            tokens
                .split(' ')
                .any(|t| t.starts_with("testimonial") || t == "quote" || t == "review")
        })
}

/// The text of the byline element: its `itemprop="name"` descendant when it
/// has one, else its own text, one line per block (so that a name and a
/// job title in separate blocks do not run together).
pub(crate) fn byline_text(dom: &Dom, signals: &Signals, id: NodeId) -> String {
    // The name's own element, where the byline marks it: an `itemprop`
    // name, an hCard's `fn`, or a class naming the name ("author-name",
    // "byline__name"), beside a role or a title the byline also holds
    // ("Jan Kowalski / Senior Reporter").
    let named = (id + 1..dom.end(id))
        .find(|&d| signals.has(d, signals::ITEMPROP_NAME))
        .or_else(|| (id + 1..dom.end(id)).find(|&d| class_names_a_name(dom, d)));
    // Text hidden for screen readers only ("Post", "Author:") is not part
    // of the name a reader sees.
    visible_text_lines(dom, named.unwrap_or(id), |d| {
        signals.has(d, signals::HIDDEN)
    })
}

/// Whether the class of `id` names a person's name: an hCard's `fn`, or a
/// token ending in "name" ("author-name", "article__author-name",
/// "authorName"), but not a user name or a screen name, nor a field named
/// after what it holds ("field-name-author").
fn class_names_a_name(dom: &Dom, id: NodeId) -> bool {
    dom.tag(id).is_element()
        && dom
            .attr(id, &html5ever::local_name!("class"))
            .is_some_and(|class| {
                class.split_ascii_whitespace().any(|token| {
                    let token = token.to_ascii_lowercase();
                    token == "fn"
                        || (token.ends_with("name")
                            && !token.ends_with("username")
                            && !token.ends_with("screenname"))
                })
            })
}

/// The text of a subtree with a line break at each block and `<br>`,
/// white space collapsed within lines (scripts, styles and the subtrees
/// `hidden` names excluded).
fn visible_text_lines(dom: &Dom, id: NodeId, hidden: impl Fn(NodeId) -> bool) -> String {
    let mut out = String::new();
    let end = dom.end(id);
    // Blocks whose end is still ahead, innermost last.
    let mut open: Vec<NodeId> = Vec::new();
    let mut d = id;
    while d < end {
        while open.last().is_some_and(|&b| d >= dom.end(b)) {
            open.pop();
            out.push('\n');
        }
        let tag = dom.tag(d);
        if (tag.is_ignored() || hidden(d)) && d != id {
            d = dom.end(d);
            continue;
        }
        if tag == Tag::Br {
            out.push('\n');
        } else if tag.is_block() && d != id {
            out.push('\n');
            open.push(d);
        } else if let Some(t) = dom.text(d) {
            // A line break in the source is white space, not a new line.
            out.extend(
                t.chars()
                    .map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }),
            );
        }
        d += 1;
    }
    out.lines()
        .map(text::collapse)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether an ancestor within `levels` steps has a tag matching `pred`.
pub(crate) fn has_ancestor_within(
    dom: &Dom,
    id: NodeId,
    levels: usize,
    pred: impl Fn(Tag) -> bool,
) -> bool {
    dom.ancestors(id).take(levels).any(|a| pred(dom.tag(a)))
}

/// No text, and no children but `br` and `hr`.
fn is_without_content(dom: &Dom, raw: &Features, id: NodeId) -> bool {
    raw.len(id) == 0
        && dom
            .children(id)
            .filter(|&c| dom.tag(c).is_element())
            .all(|c| matches!(dom.tag(c), Tag::Br | Tag::Hr))
}

/// How a part of the page read apart from the article (the comment
/// section, a recipe's ingredients box) treats its element `id`: hidden
/// parts and controls (forms, inputs, buttons, navigation) go, with their
/// contents; the rest is kept.
pub(crate) fn region_removal(dom: &Dom, signals: &Signals, id: NodeId) -> Removal {
    let tag = dom.tag(id);
    if !tag.is_element() || tag.is_ignored() {
        Removal::Kept
    } else if signals.has(id, signals::HIDDEN) {
        Removal::Hidden
    } else if matches!(
        tag,
        Tag::Form | Tag::Textarea | Tag::Input | Tag::Button | Tag::Select | Tag::Nav
    ) {
        Removal::Form
    } else {
        Removal::Kept
    }
}

/// What [`walk_text`] finds at a node of the subtree.
enum Piece<'a> {
    /// A text node of white space only: at most a space between words.
    Space,
    /// A text node's text.
    Text(&'a str),
    /// An element, or the root of a skipped script or style.
    Other,
}

/// Hands `visit` each node of `id`'s subtree in document order, scripts
/// and styles skipped whole, until it breaks; says whether it ran to the
/// end. The one walk behind [`inner_text`] and [`inner_text_upto`].
fn walk_text(
    dom: &Dom,
    id: NodeId,
    mut visit: impl FnMut(Piece<'_>) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let mut d = id;
    let end = dom.end(id);
    // Where white space the parse left out after an element stood: the
    // ends of the open elements marked so (see `DroppedSpace`).
    let mut spaces_at: Vec<NodeId> = Vec::new();
    while d < end {
        while spaces_at.last().is_some_and(|&at| at <= d) {
            spaces_at.pop();
            visit(Piece::Space)?;
        }
        if dom.tag(d).is_ignored() && d != id {
            visit(Piece::Other)?;
            d = dom.end(d);
            continue;
        }
        if dom.text_measure(d).span.is_white_space() {
            visit(Piece::Space)?;
        } else if let Some(t) = dom.text(d) {
            visit(Piece::Text(t))?;
        } else {
            let space = dom.dropped_space(d);
            if space.at_start() {
                visit(Piece::Space)?;
            }
            if space.after() && d != id {
                spaces_at.push(dom.end(d));
            }
            visit(Piece::Other)?;
        }
        d += 1;
    }
    ControlFlow::Continue(())
}

/// The collapsed text of a subtree (scripts and styles excluded).
pub(crate) fn inner_text(dom: &Dom, id: NodeId) -> String {
    // Collapsed as it is gathered: no uncollapsed copy to cut afterwards.
    let mut out = String::new();
    let mut gap = false;
    let _ = walk_text(dom, id, |piece| {
        match piece {
            // A run of white space is one space between words.
            Piece::Space => gap = true,
            Piece::Text(t) => text::push_collapsed(&mut out, t, &mut gap),
            Piece::Other => {}
        }
        ControlFlow::Continue(())
    });
    out
}

/// [`inner_text`] until it holds `min_chars` characters or more: a prefix
/// of the whole text, and whether it is the whole.
pub(crate) fn inner_text_upto(dom: &Dom, id: NodeId, min_chars: usize) -> (String, bool) {
    // Room for the prefix at once (a character is four bytes at most, and
    // one part may end a word past it): no growth on the way.
    let mut out = String::with_capacity(4 * min_chars + 8);
    let mut chars = 0;
    let mut gap = false;
    let walked = walk_text(dom, id, |piece| {
        if chars >= min_chars {
            return ControlFlow::Break(());
        }
        match piece {
            Piece::Space => gap = true,
            Piece::Text(t) => {
                // A long node goes in by parts, up to what is still wanted:
                // pieces pushed one after another collapse as their whole.
                let mut rest = t;
                while !rest.is_empty() {
                    if chars >= min_chars {
                        return ControlFlow::Break(());
                    }
                    // Each character is a byte or more, and the text
                    // collapses to no more characters; four bytes hold any
                    // character.
                    let part = text::prefix_within(rest, (min_chars - chars).max(4));
                    rest = rest.get(part.len()..).unwrap_or_default();
                    let before = out.len();
                    text::push_collapsed(&mut out, part, &mut gap);
                    // What was pushed starts where the text ended: a boundary.
                    chars += out.get(before..).map_or(0, |s| s.chars().count());
                }
            }
            Piece::Other => {}
        }
        ControlFlow::Continue(())
    });
    (out, walked.is_continue())
}

/// The subject a reply's heading repeats, without its reply prefix: a
/// thread's posts are headed "Re: <the thread's title>" (also "AW:",
/// "SV:", "Odp:"), which says nothing the page title does not.
fn reply_subject(heading: &str) -> Option<&str> {
    const PREFIXES: [&str; 6] = ["re:", "aw:", "sv:", "antw:", "odp:", "ynt:"];
    let heading = heading.trim_start();
    let (word, rest) = heading.split_once(':')?;
    let prefix = heading.get(..word.len() + 1)?;
    PREFIXES
        .iter()
        .any(|p| prefix.eq_ignore_ascii_case(p))
        .then(|| rest.trim())
        .filter(|rest| !rest.is_empty())
}

/// Readability's title similarity: the share of `b`'s words (by length)
/// that also appear in `a`, words compared lower-cased.
pub(crate) fn title_similarity(a: &str, b: &str) -> f32 {
    let words_a = TitleWord::all(a);
    let words_b = TitleWord::all(b);
    if words_a.is_empty() || words_b.is_empty() {
        return 0.0;
    }
    // The length of the words joined by single spaces.
    let joined_len = |words: &mut dyn Iterator<Item = &TitleWord<'_>>| {
        let (chars, count) = words.fold((0, 0), |(chars, count), w| (chars + w.chars(), count + 1));
        chars + usize::saturating_sub(count, 1)
    };
    let unique = joined_len(
        &mut words_b
            .iter()
            .filter(|w| !words_a.iter().any(|x| x.same(w))),
    );
    let all = joined_len(&mut words_b.iter());
    let distance = unique as f32 / all as f32;
    1.0 - distance
}

/// A word of a title for [`title_similarity`]: split at characters other
/// than letters, digits and `_`. Only a word outside ASCII is lower-cased
/// into a string of its own; an ASCII one is compared in place, which
/// answers the same.
struct TitleWord<'a> {
    word: &'a str,
    /// The lower-cased word, for one outside ASCII.
    lower: Option<String>,
}

impl<'a> TitleWord<'a> {
    fn all(text: &'a str) -> Vec<TitleWord<'a>> {
        text.split(|c: char| !c.is_alphanumeric() && c != '_')
            .filter(|w| !w.is_empty())
            .map(|word| TitleWord {
                word,
                lower: (!word.is_ascii()).then(|| word.to_lowercase()),
            })
            .collect()
    }

    /// The characters of the lower-cased word.
    fn chars(&self) -> usize {
        self.lower
            .as_ref()
            .map_or(self.word.len(), |l| l.chars().count())
    }

    /// Whether the two lower-case to the same string: an ASCII word,
    /// folded, against the other's lower-cased form (a letter outside
    /// ASCII, such as the Kelvin sign, may lower-case into ASCII, and a
    /// lower-cased form holds no ASCII capital to fold).
    fn same(&self, other: &TitleWord<'_>) -> bool {
        self.lowered().eq_ignore_ascii_case(other.lowered())
    }

    /// The lower-cased word, or the ASCII word as written.
    fn lowered(&self) -> &str {
        self.lower.as_deref().unwrap_or(self.word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_str;

    #[test]
    fn inner_text_parts_blocks_where_the_page_did() {
        // The parse leaves the indentation between blocks out of the tree;
        // the text still reads as the page wrote it. The inner `<div>`s
        // become paragraphs on the way, and keep their marks.
        let dom = crate::extractor::Extractor::prepared(
            "<section>\n  <h2>Title</h2>\n  <div>aaa</div>\n  <div>bbb</div>\n</section>",
        );
        let section = dom.find(Tag::Section).unwrap();
        assert_eq!(inner_text(&dom, section), "Title aaa bbb");
        assert_eq!(inner_text_upto(&dom, section, 8).0, "Title aaa");
        // Without white space between them, blocks read as they are written.
        let dom = crate::extractor::Extractor::prepared(
            "<section><h2>Title</h2><div>aaa</div></section>",
        );
        assert_eq!(
            inner_text(&dom, dom.find(Tag::Section).unwrap()),
            "Titleaaa"
        );
    }

    fn run(html: &str, title: Option<&str>) -> (Dom, Cleaning) {
        let dom = Dom::index(parse_str(html));
        let signals = Signals::compute(&dom);
        let raw = Features::compute(&dom, &vec![false; dom.len()]);
        let page = PageContext {
            signals: &signals,
            title,
            byline: Byline::Find,
            dated: false,
            forum_thread: false,
            site_host: None,
            paged: &[],
        };
        let c = clean(&dom, &page, &raw, Flags::ALL);
        (dom, c)
    }

    #[test]
    fn removes_furniture_and_keeps_content() {
        let (dom, c) = run(
            "<div class=sidebar><p>side</p></div><div class='sidebar article'><p>kept</p></div>\
             <div style='display:none'><p>hidden</p></div><div></div><p>text</p>",
            None,
        );
        let divs: Vec<_> = (0..dom.len()).filter(|&i| dom.tag(i) == Tag::Div).collect();
        assert_eq!(c.removal[divs[0]], Removal::Unlikely);
        assert_eq!(c.removal[divs[1]], Removal::Kept);
        assert_eq!(c.removal[divs[2]], Removal::Hidden);
        assert_eq!(c.removal[divs[3]], Removal::Empty);
        let p = (0..dom.len()).rfind(|&i| dom.tag(i) == Tag::P).unwrap();
        assert!(c.alive[p]);
    }

    #[test]
    fn inline_elements_of_a_sentence_stay_whatever_their_class() {
        let (dom, c) = run(
            "<p><span class=legendSpanClass>SAN FRANCISCO</span>, March 3 -- The company \
             said today that it would ship in spring.</p>\
             <p>10 Hours Ago - Kernel<span class=comments> - <a href=/c>2 Comments</a></span></p>\
             <p><span class=sidebar-note>Alone</span></p>",
            None,
        );
        let spans: Vec<_> = (0..dom.len())
            .filter(|&i| dom.tag(i) == Tag::Span)
            .collect();
        assert_eq!(c.removal[spans[0]], Removal::Kept);
        // A link inside is an item of its own; with no words beside it the
        // class decides.
        assert_eq!(c.removal[spans[1]], Removal::Unlikely);
        assert_eq!(c.removal[spans[2]], Removal::Unlikely);
    }

    #[test]
    fn pictures_drawn_with_letters_and_script_marks_go() {
        let (dom, c) = run(
            "<p><a href=/u/lou><span role=img aria-label=LondonAussie>L</span></a> LondonAussie</p>\
             <p><span role=img aria-label='grinning face'>\u{1F600}</span> great</p>\
             <p><span role=img>AB</span> label-less</p>\
             <p>on May 2 | <a href='javascript:void(0)'>[\u{2013}]</a> \
             <a href='javascript:openNote(3)'>see note</a><a href='javascript:cite(1)'>[1]</a></p>",
            None,
        );
        let spans: Vec<_> = (0..dom.len())
            .filter(|&i| dom.tag(i) == Tag::Span)
            .collect();
        assert_eq!(c.removal[spans[0]], Removal::NeverContent);
        // An emoji is no letter; a picture with no name is not a person's.
        assert_eq!(c.removal[spans[1]], Removal::Kept);
        assert_eq!(c.removal[spans[2]], Removal::Kept);
        let links: Vec<_> = (0..dom.len()).filter(|&i| dom.tag(i) == Tag::A).collect();
        assert_eq!(c.removal[links[1]], Removal::NeverContent);
        // Words, or a footnote's number, say something.
        assert_eq!(c.removal[links[2]], Removal::Kept);
        assert_eq!(c.removal[links[3]], Removal::Kept);
    }

    #[test]
    fn finds_the_byline_and_the_title_heading() {
        let (dom, c) = run(
            "<h1>The Big Story Of Today</h1><p class=byline>By Jane Doe</p><p>text</p>",
            Some("The Big Story of Today | Site"),
        );
        assert_eq!(c.removal[dom.find(Tag::H1).unwrap()], Removal::TitleHeader);
        let by = c.byline.unwrap();
        assert_eq!(
            byline_text(&dom, &Signals::compute(&dom), by),
            "By Jane Doe"
        );
    }

    #[test]
    fn a_commenter_or_a_reviewer_is_never_the_byline() {
        let (dom, c) = run(
            "<p>text</p><ol class=comment-list><li><p class=byline>By Peter</p></li></ol>             <div class=product-reviews><p class=author>Sam K.</p></div>             <p class=byline>By Jane Doe</p>",
            None,
        );
        assert_eq!(c.byline, dom.find_all(Tag::P).nth(3));
    }

    #[test]
    fn a_heading_is_never_the_byline() {
        let (dom, c) = run(
            "<h3 id=premiums-written-by-insurers>Premiums written by insurers</h3>\
             <p>text</p><p class=byline>By Jane Doe</p>",
            None,
        );
        assert_eq!(c.removal[dom.find(Tag::H3).unwrap()], Removal::Kept);
        assert_eq!(c.byline, dom.find_all(Tag::P).nth(1));
    }

    #[test]
    fn byline_text_keeps_blocks_apart() {
        let dom = Dom::index(parse_str(
            "<div class=byline><div>Ben  Silverman</div><div>Games Editor<br>Today</div>\
             <script>x</script></div><p class=byline><span>Post</span>\n  by <b>jdoe</b></p>",
        ));
        let by = dom.find(Tag::Div).unwrap();
        assert_eq!(
            byline_text(&dom, &Signals::compute(&dom), by),
            "Ben Silverman\nGames Editor\nToday"
        );
        // A line break in the source is only white space.
        let p = dom.find(Tag::P).unwrap();
        assert_eq!(
            byline_text(&dom, &Signals::compute(&dom), p),
            "Post by jdoe"
        );
    }

    #[test]
    fn byline_text_leaves_out_screen_reader_text() {
        let dom = Dom::index(parse_str(
            "<p class=author><a href='#p1'><span class=sr-only>Post</span></a> \
             by <a href='/u/7'>galitsyn</a></p>",
        ));
        let by = dom.find(Tag::P).unwrap();
        assert_eq!(
            byline_text(&dom, &Signals::compute(&dom), by),
            "by galitsyn"
        );
    }

    /// The similarity as first written, every word lower-cased into a
    /// string: the reference for [`title_similarity`].
    fn similarity_by_strings(a: &str, b: &str) -> f32 {
        fn tokens(s: &str) -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric() && c != '_')
                .filter(|t| !t.is_empty())
                .map(str::to_lowercase)
                .collect()
        }
        let (ta, tb) = (tokens(a), tokens(b));
        if ta.is_empty() || tb.is_empty() {
            return 0.0;
        }
        let unique: Vec<&String> = tb.iter().filter(|t| !ta.contains(t)).collect();
        let joined_len = |v: &[&String]| -> usize {
            v.iter().map(|t| t.chars().count()).sum::<usize>() + v.len().saturating_sub(1)
        };
        let all: Vec<&String> = tb.iter().collect();
        1.0 - joined_len(&unique) as f32 / joined_len(&all) as f32
    }

    #[test]
    fn similarity_answers_as_lower_cased_strings_do() {
        let pieces = [
            "Hello",
            "hello",
            "WORLD",
            "\u{212a}ilo",
            "kilo",
            "KILO",
            "İstanbul",
            "istanbul",
            "ΟΔΟΣ",
            "οδος",
            "Straße",
            "STRASSE",
            "東京",
            "_x_",
            "42",
            " ",
            " - ",
            "|",
            "é",
            "É",
        ];
        let mut rng = crate::testing::Xorshift::new(0x7175);
        for _ in 0..4000 {
            let mut make = || {
                let mut s = String::new();
                for _ in 0..1 + rng.pick(&[0, 1, 2, 3, 4, 5]) {
                    s.push_str(rng.pick(&pieces));
                    s.push(' ');
                }
                s
            };
            let (a, b) = (make(), make());
            assert_eq!(
                title_similarity(&a, &b),
                similarity_by_strings(&a, &b),
                "{a:?} {b:?}"
            );
        }
    }

    #[test]
    fn reply_subjects_lose_their_prefix() {
        assert_eq!(
            reply_subject("Re: Storing a starter"),
            Some("Storing a starter")
        );
        assert_eq!(
            reply_subject("  AW:  Frage zum Sauerteig"),
            Some("Frage zum Sauerteig")
        );
        assert_eq!(reply_subject("Re:"), None);
        assert_eq!(reply_subject("Result: a draw"), None);
        assert_eq!(reply_subject("Über: ein Titel"), None);
    }

    #[test]
    fn similarity() {
        assert!(title_similarity("Hello World", "hello world") > 0.99);
        assert!(title_similarity("Hello World", "Something else") < 0.1);
        // Words outside ASCII are lower-cased as a whole: the Kelvin sign
        // is a "k", "İ" becomes two characters.
        assert!(title_similarity("\u{212a}ilo Price", "kilo price") > 0.99);
        assert!(title_similarity("KILO", "\u{212a}ilo") > 0.99);
        assert!((title_similarity("x", "İstanbul x") - 2.0 / 11.0).abs() < 1e-6);
    }

    #[test]
    fn relaxing_flags_runs_out() {
        let mut f = Flags::ALL;
        let mut steps = 0;
        while let Some(next) = f.relaxed() {
            f = next;
            steps += 1;
        }
        assert_eq!(steps, 3);
    }
}
