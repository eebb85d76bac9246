//! Stage 5: clean the selected article.
//!
//! The selection is right about where the article is, but it still holds
//! furniture: forms, asides, share bars, embeds, and blocks that are mostly
//! links or hold nothing readable. These rules (Readability's
//! "prepArticle") decide, block by block, what stays. Data tables, figures
//! and code are protected from the conditional rules.

use std::collections::HashMap;

use html5ever::local_name;

use crate::boilerplate;
use crate::clean::{self, PageContext};
use crate::clean::{Cleaning, Flags, Removal, has_ancestor_within, inner_text};
use crate::dom::{Dom, NodeId, Tag};
use crate::features::Features;
use crate::patterns::{self, ClassSignals};
use crate::select::{Renamed, Selection};
use crate::signals::Signals;

/// Text length below which a share-named block inside the article goes.
const SHARE_MAX_CHARS: u32 = 500;
/// The longest paragraph (collapsed characters) tested for showing
/// nothing (see [`crate::text::is_invisible`]).
const MAX_INVISIBLE_CHARS: u32 = 8;
/// Characters of text per image above which a block with more images than
/// paragraphs is illustrated prose (a step-by-step list) rather than a
/// gallery.
const ILLUSTRATED_CHARS_PER_IMAGE: f32 = 50.0;

/// Calls `f` with each text of the subtree of `root` that `removal` keeps:
/// removed subtrees, and the raw text of ignored elements (scripts,
/// styles) below `root`, are passed over.
pub(crate) fn for_each_kept_text(
    dom: &Dom,
    removal: &[Removal],
    root: NodeId,
    mut f: impl FnMut(&str),
) {
    for_each_kept_node(dom, removal, root, |id| {
        if let Some(text) = dom.text(id) {
            f(text);
        }
    });
}

/// Calls `f` with each node of the subtree of `root` that `removal` keeps,
/// in document order, passing over what [`for_each_kept_text`] does.
pub(crate) fn for_each_kept_node(
    dom: &Dom,
    removal: &[Removal],
    root: NodeId,
    mut f: impl FnMut(NodeId),
) {
    let mut id = root;
    let end = dom.end(root);
    while id < end {
        if removal[id] != Removal::Kept || (id != root && dom.tag(id).is_ignored()) {
            id = dom.end(id);
            continue;
        }
        f(id);
        id += 1;
    }
}

/// The text of the subtree of `root` that `removal` keeps, collapsed, with
/// a space where a block or a line break starts, so that a heading's words
/// do not run into the paragraph after it ("Error 404" and "The page...",
/// not "404The") nor a line's into the next ("Lorem ipsum" and "dolor", not
/// "ipsumdolor").
pub(crate) fn kept_lines(dom: &Dom, removal: &[Removal], root: NodeId) -> String {
    let mut out = String::new();
    let mut gap = false;
    for_each_kept_node(dom, removal, root, |id| {
        let tag = dom.tag(id);
        gap |= tag.is_block() || tag == Tag::Br;
        if let Some(text) = dom.text(id) {
            crate::text::push_collapsed(&mut out, text, &mut gap);
        }
    });
    out
}

/// Text of separators only ("|", "·", "•", "/"): what stands between the
/// parts of a meta line, and nothing once they are gone.
fn is_separators_only(text: &str) -> bool {
    let mut any = false;
    for c in text.chars() {
        match c {
            '|' | '·' | '•' | '/' => any = true,
            c if c.is_whitespace() => {}
            _ => return false,
        }
    }
    any
}

/// The separators left at the start or the end of a block's words once
/// what they stood between went ("samstave on Dec 27 | |" after the
/// hidden "parent" and "next" links): each such text goes. A block of
/// separators alone is judged whole above.
fn drop_dangling_separators(dom: &Dom, removal: &mut [Removal], roots: &[NodeId]) {
    /// A block open at the walk's place: where it ends, whether words were
    /// met in it yet, and the separators met since the last words.
    struct Open {
        end: NodeId,
        words: bool,
        separators: Vec<NodeId>,
    }
    // Separators after the last words of a block, or before its first,
    // dangle; those between words stay.
    let close = |open: Open, removal: &mut [Removal]| {
        if open.words {
            drop_beside_removed(dom, removal, &open.separators);
        }
    };
    let mut stack: Vec<Open> = Vec::new();
    for &root in roots {
        let mut id = root;
        while id < dom.end(root) {
            if removal[id] != Removal::Kept || (id != root && dom.tag(id).is_ignored()) {
                id = dom.end(id);
                continue;
            }
            while stack.last().is_some_and(|o| o.end <= id) {
                if let Some(open) = stack.pop() {
                    close(open, removal);
                }
            }
            if id == root || dom.tag(id).is_block() {
                stack.push(Open {
                    end: dom.end(id),
                    words: false,
                    separators: Vec::new(),
                });
            }
            // Only text nodes have content (words or marks).
            let content = dom.text_measure(id).span.content;
            if let Some(open) = stack.last_mut().filter(|_| content) {
                if dom.text(id).is_some_and(is_separators_only) {
                    open.separators.push(id);
                } else {
                    if !open.words {
                        drop_beside_removed(dom, removal, &open.separators);
                    }
                    open.separators.clear();
                    open.words = true;
                }
            }
            id += 1;
        }
        while let Some(open) = stack.pop() {
            close(open, removal);
        }
    }
}

/// Drops each of the separator texts `ids` that stands beside a removed
/// element.
fn drop_beside_removed(dom: &Dom, removal: &mut [Removal], ids: &[NodeId]) {
    for &id in ids {
        if beside_a_removed_element(dom, removal, id) {
            removal[id] = Removal::EmptyParagraph;
        }
    }
}

/// Whether the element next to `id` on either side among its siblings
/// (white space passed over) was removed: what a separator stood beside
/// has gone. A bar of a formula or the slash ending an address stands
/// beside what stays.
fn beside_a_removed_element(dom: &Dom, removal: &[Removal], id: NodeId) -> bool {
    // White space and comments between are passed over, a few at most.
    const MAX_SKIPPED: usize = 8;
    let Some(parent) = dom.parent(id) else {
        return false;
    };
    let blank = |n: NodeId| !dom.tag(n).is_element() && !dom.text_measure(n).span.content;
    let removed = |n: NodeId| dom.tag(n).is_element() && removal[n] != Removal::Kept;
    let mut after = Some(dom.end(id)).filter(|&n| n < dom.end(parent));
    let mut before = dom.previous_sibling(id);
    for _ in 0..MAX_SKIPPED {
        after = after.filter(|&n| blank(n)).map_or(after, |n| {
            Some(dom.end(n)).filter(|&next| next < dom.end(parent))
        });
        before = before
            .filter(|&n| blank(n))
            .map_or(before, |n| dom.previous_sibling(n));
    }
    after.is_some_and(removed) || before.is_some_and(removed)
}

/// A block left without words once its boilerplate went (some part of
/// it removed as boilerplate), holding pictures that are all links to
/// other pages, not to their own larger files: what is left of an author
/// box or a teaser card.
fn is_emptied_picture_link_box(
    dom: &Dom,
    features: &Features,
    removal: &[Removal],
    signals_found: &HashMap<NodeId, boilerplate::Signal>,
    id: NodeId,
) -> bool {
    use boilerplate::Signal;
    if !matches!(
        dom.tag(id),
        Tag::Div | Tag::Section | Tag::Li | Tag::Article
    ) || features.len(id) > 0
        || features.counts[id].img == 0
    {
        return false;
    }
    // Words that went for what they were (an author box, a teaser, a
    // promo), not a photo's credit: a picture stays without its credit.
    let furniture_went = (id + 1..dom.end(id)).any(|d| {
        removal[d] == Removal::Boilerplate
            && matches!(
                signals_found.get(&d),
                Some(Signal::Name | Signal::AuthorBio | Signal::Teasers | Signal::Phrase(_))
            )
    });
    let mut pictures = (id + 1..dom.end(id))
        .filter(|&d| dom.tag(d) == Tag::Img)
        .peekable();
    furniture_went
        && pictures.peek().is_some()
        && pictures.all(|img| {
            dom.ancestors(img)
                .take_while(|&a| a != id)
                .find(|&a| dom.tag(a) == Tag::A)
                .is_some_and(|a| is_link_to_another_page_of_the_site(dom, a))
        })
}

/// A link with a relative address ("/journal/victorian-bathroom",
/// "?author=5f2a") that is not to a picture's own file: a page of the same
/// site.
fn is_link_to_another_page_of_the_site(dom: &Dom, link: NodeId) -> bool {
    dom.attr(link, &local_name!("href")).is_some_and(|href| {
        let href = href.trim();
        !href.is_empty()
            && !href.starts_with('#')
            && !href.starts_with("//")
            && !href.contains(':')
            && !crate::clean::is_enlargeable_image(dom, link)
    })
}

/// An aside that is mostly code, with few links: an API reference's
/// panel of request and response samples beside the endpoint's text.
fn is_code_panel(dom: &Dom, features: &Features, id: NodeId) -> bool {
    const MIN_CODE_SHARE: f32 = 0.6;
    const MAX_LINK_DENSITY: f32 = 0.2;
    let len = features.len(id);
    if len == 0 || features.link_density(id) > MAX_LINK_DENSITY {
        return false;
    }
    let mut code = 0;
    let mut d = id + 1;
    while d < dom.end(id) {
        if dom.tag(d) == Tag::Pre {
            code += features.len(d);
            d = dom.end(d);
        } else {
            d += 1;
        }
    }
    code as f32 >= MIN_CODE_SHARE * len as f32
}

/// An aside that is a callout of the text: a note, tip or warning that
/// documentation sets beside a step (`<aside class="note">`, ARIA's
/// `role="note"`), or a news story's fact box (`<aside class="factbox">`),
/// prose rather than links.
fn is_callout(dom: &Dom, features: &Features, id: NodeId) -> bool {
    // A fact box set beside the text ("Key facts", "Quick guide"): the
    // article's own summary of its figures (a wiki's infobox is the
    // page's data card, and goes).
    const FACT_BOX_WORDS: &[&str] = &["fact", "facts", "factbox", "factfile", "explainer"];
    if features.len(id) == 0 || features.link_density(id) > MAX_CALLOUT_LINK_DENSITY {
        return false;
    }
    dom.attr(id, &local_name!("role")) == Some("note")
        || is_named(dom, id, |t| {
            NOTE_WORDS.contains(&t) || FACT_BOX_WORDS.contains(&t)
        })
}

/// The share of link text above which a callout is a list of links.
const MAX_CALLOUT_LINK_DENSITY: f32 = 0.5;

/// The names of a note, tip or warning set beside the text.
const NOTE_WORDS: &[&str] = &[
    "note",
    "tip",
    "warning",
    "caution",
    "important",
    "admonition",
    "callout",
];

/// Whether one of the canonical tokens of `id`'s class and id is a word
/// `is_word` accepts.
fn is_named(dom: &Dom, id: NodeId, is_word: impl Fn(&str) -> bool) -> bool {
    let mut tokens = String::new();
    dom.name_tokens(id, &mut tokens);
    tokens.split(' ').any(is_word)
}

/// A block named as a note, tip or warning (`div.box-tip`,
/// `div.admonition.warning`): the documentation's aside to a step, whose
/// links (the commands and pages it names) do not make it a link list.
/// By its name only: a wiki's `role="note"` is a hatnote ("For other
/// uses, see ..."), not a callout of the text.
fn is_named_callout(dom: &Dom, features: &Features, id: NodeId) -> bool {
    features.len(id) > 0
        && features.link_density(id) <= MAX_CALLOUT_LINK_DENSITY
        && is_named(dom, id, |t| NOTE_WORDS.contains(&t))
}

/// An aside that is mostly a blockquote: forum software sets a reply's
/// quotation of an earlier post in one (`<aside class="quote">` with the
/// quoted author's name and a `<blockquote>`), part of the reply's text.
fn is_quoted_post(features: &Features, id: NodeId) -> bool {
    const MIN_QUOTE_SHARE: f32 = 0.6;
    const MAX_LINK_DENSITY: f32 = 0.3;
    let len = features.len(id);
    len > 0
        && features.counts[id].quote_len as f32 >= MIN_QUOTE_SHARE * len as f32
        && features.link_density(id) <= MAX_LINK_DENSITY
}

/// Whether one of `headlines` (visible `<h1>`s, in document order) lies
/// inside `id`: a binary search, so nested asides cost no rescans.
fn holds_headline(dom: &Dom, headlines: &[NodeId], id: NodeId) -> bool {
    let first_after = headlines.partition_point(|&h| h <= id);
    headlines.get(first_after).is_some_and(|&h| h < dom.end(id))
}

/// A `<footer>` inside a `<blockquote>`: the HTML standard's way to name
/// who is quoted ("Gisela Maaß, Anwohnerin"), part of the quotation, not
/// the page's or a section's footer. Short: a name and a role.
fn is_quote_attribution(dom: &Dom, features: &Features, id: NodeId) -> bool {
    const MAX_CHARS: u32 = 200;
    features.len(id) <= MAX_CHARS
        && dom
            .parent(id)
            .is_some_and(|parent| dom.tag(parent) == Tag::Blockquote)
}

/// What the output stage renders: the article roots, with every removal.
pub(crate) struct Plan {
    pub roots: Vec<NodeId>,
    pub whole_body: bool,
    pub removal: Vec<Removal>,
    pub renamed: Renamed,
    /// The evidence behind each [`Removal::Boilerplate`].
    pub signals: HashMap<NodeId, boilerplate::Signal>,
    /// The check each [`Removal::Conditional`] failed.
    pub failures: HashMap<NodeId, Failed>,
    /// Characters of article text, white space collapsed.
    pub text_len: u32,
    /// How far the article reaches around the best candidate.
    pub extent: crate::select::Extent,
}

impl Plan {
    pub(crate) fn is_removed(&self, id: NodeId) -> bool {
        self.removal[id] != Removal::Kept
    }

    /// The tag to render for `id`.
    pub(crate) fn tag(&self, dom: &Dom, id: NodeId) -> Tag {
        self.renamed
            .get(&id)
            .copied()
            .unwrap_or_else(|| dom.tag(id))
    }

    /// The descendants of `id` the article keeps, in document order: a
    /// removed node's subtree is passed over whole.
    pub(crate) fn kept_inside<'a>(
        &'a self,
        dom: &'a Dom,
        id: NodeId,
    ) -> impl Iterator<Item = NodeId> + 'a {
        let end = dom.end(id);
        let mut next = id + 1;
        std::iter::from_fn(move || {
            while next < end {
                let n = next;
                if self.is_removed(n) {
                    next = dom.end(n);
                    continue;
                }
                next += 1;
                return Some(n);
            }
            None
        })
    }
}

/// Cleans the article selected in one attempt.
pub(crate) fn prepare(
    dom: &Dom,
    page: &PageContext<'_>,
    features: &mut Features,
    cleaning: Cleaning,
    selection: Selection,
    flags: Flags,
) -> Plan {
    let signals = page.signals;
    let mut removal = cleaning.removal;
    let roots = selection.roots;
    // The best candidate and its ancestors are never removed by tag: the
    // article sometimes sits in an element that is usually furniture.
    let top = selection.top;
    let holds_top = |id: NodeId| dom.contains(id, top);
    let mut renamed = selection.renamed;
    // When the article is a thread of comments (a forum topic in
    // `#comments`), its posts share the comments' names, so negative names
    // say nothing inside it.
    let named_home = flags.weight_classes
        && std::iter::once(top)
            .chain(dom.ancestors(top))
            .any(|a| names_comments(dom, a));
    // On a page that declares itself a forum's thread, the blocks named
    // for comments or replies hold its posts.
    let thread_posts =
        |id: NodeId| page.forum_thread && (names_comments(dom, id) || names_replies(dom, id));
    let weight = |id: NodeId| {
        if !flags.weight_classes {
            0.0
        } else if named_home || thread_posts(id) {
            signals.class_weight(id).max(0.0)
        } else {
            signals.class_weight(id)
        }
    };
    // Siblings that joined as `div` are cleaned as `div`s.
    let tag_of =
        |renamed: &Renamed, id: NodeId| renamed.get(&id).copied().unwrap_or_else(|| dom.tag(id));

    let data_tables = mark_data_tables(dom, features, &removal, &roots);
    let headlines: Vec<NodeId> = roots
        .iter()
        .flat_map(|&root| root..dom.end(root))
        .filter(|&id| dom.tag(id) == Tag::H1 && !signals.has(id, crate::signals::HIDDEN))
        .collect();
    let mut failures = HashMap::new();

    for tag in [Tag::Form, Tag::Fieldset] {
        if flags.clean_conditionally {
            conditional_pass(
                dom,
                signals,
                features,
                &data_tables,
                &mut removal,
                &roots,
                &renamed,
                tag,
                &weight,
                &mut failures,
            );
        }
    }
    for_each_article_node_mut(dom, &mut removal, &roots, |removal, id, is_root| {
        if holds_top(id) {
            return true;
        }
        let tag = tag_of(&renamed, id);
        let verdict = match tag {
            Tag::Object | Tag::Embed | Tag::Iframe if !is_video(dom, id, &features.videos) => {
                Removal::Tag
            }
            // An aside that holds the page's headline is how some pages
            // wrap the article itself.
            Tag::Aside
                if !holds_headline(dom, &headlines, id)
                    && !is_callout(dom, features, id)
                    && !is_code_panel(dom, features, id)
                    && !is_quoted_post(features, id) =>
            {
                Removal::Tag
            }
            Tag::Footer if !is_quote_attribution(dom, features, id) => Removal::Tag,
            Tag::Link | Tag::Input | Tag::Textarea | Tag::Select | Tag::Button => Removal::Tag,
            Tag::H1 | Tag::H2 if weight(id) < 0.0 => Removal::Header,
            _ if !is_root
                && signals.either(id, ClassSignals::SHARE)
                && features.len(id) < SHARE_MAX_CHARS =>
            {
                Removal::Share
            }
            _ => Removal::Kept,
        };
        if verdict != Removal::Kept {
            removal[id] = verdict;
            return false;
        }
        true
    });
    if flags.clean_conditionally {
        for tag in [Tag::Table, Tag::Ul, Tag::Div, Tag::Section] {
            recompute(dom, features, &removal, &roots);
            conditional_pass(
                dom,
                signals,
                features,
                &data_tables,
                &mut removal,
                &roots,
                &renamed,
                tag,
                &weight,
                &mut failures,
            );
        }
        rescue_repeated_units(dom, features, &mut removal, &mut failures);
        rescue_heading_wrappers(dom, features, &mut removal, &mut failures);
    }
    recompute(dom, features, &removal, &roots);
    // Promo, newsletter, related and consent blocks inside the article.
    let mut signals_found = HashMap::new();
    for list in boilerplate::minor_teaser_lists(dom, features, &removal, &roots, page.site_host) {
        removal[list] = Removal::Boilerplate;
        signals_found.insert(list, boilerplate::Signal::Teasers);
    }
    let mut drop_next_list = false;
    let article_len: u32 = roots
        .iter()
        .filter(|&&r| removal[r] == Removal::Kept)
        .map(|&r| features.len(r))
        .sum();
    for_each_article_node(dom, &removal.clone(), &roots, |id, is_root| {
        // The element holding the best candidate is the article's home,
        // whatever its name says ("non-paywall", "content-promo").
        if holds_top(id) {
            drop_next_list = false;
            return true;
        }
        let tag = tag_of(&renamed, id);
        if std::mem::take(&mut drop_next_list)
            && matches!(tag, Tag::Ul | Tag::Ol | Tag::Div | Tag::Section)
            && features.link_density(id) > 0.3
        {
            removal[id] = Removal::Boilerplate;
            signals_found.insert(id, boilerplate::Signal::Phrase("related"));
            return false;
        }
        // Siblings that joined the best candidate are judged as any block
        // is (the candidate's own element returned above); a lone root is
        // the whole selection and stays.
        let spared = is_root && roots.len() == 1;
        let article = boilerplate::Article {
            len: article_len,
            dated: page.dated,
        };
        match boilerplate::judge(dom, signals, features, id, tag, spared, article) {
            Some(signal) => {
                removal[id] = Removal::Boilerplate;
                drop_next_list = signal == boilerplate::Signal::Phrase("related");
                signals_found.insert(id, signal);
                false
            }
            None => true,
        }
    });
    recompute(dom, features, &removal, &roots);
    boilerplate::trim_article(
        dom,
        signals,
        features,
        &mut removal,
        &roots,
        page.site_host,
        &mut signals_found,
    );
    if page.forum_thread || selection.extent == crate::select::Extent::PostThread {
        rescue_poster_names(dom, signals, features, &mut removal, &roots);
    }
    rescue_repeated_stamps(
        dom,
        signals,
        &mut signals_found,
        &mut removal,
        &mut failures,
        &roots,
    );
    recompute(dom, features, &removal, &roots);
    // One walk over what the trimming left. A box whose words all went as
    // boilerplate, left with pictures that link to other pages: an author
    // box's avatar, a teaser's thumbnail. Paragraphs left with nothing in
    // them, or nothing visible: page builders space paragraphs apart with
    // one zero-width joiner each.
    // The same walk gathers the headings that stay, for the outline below.
    let trimmed = removal.clone();
    let mut headings = Vec::new();
    let mut keeps_h1 = false;
    for_each_article_node(dom, &trimmed, &roots, |id, is_root| {
        if !is_root && is_emptied_picture_link_box(dom, features, &trimmed, &signals_found, id) {
            removal[id] = Removal::Boilerplate;
            return false;
        }
        if matches!(dom.tag(id), Tag::P | Tag::Div) {
            let c = features.counts[id];
            let text = features.text[id];
            let short = text.len <= MAX_INVISIBLE_CHARS;
            // A paragraph, or a line left with only the separators between
            // the links and names that went ("Jane Doe | Community | 12").
            let blank = (dom.tag(id) == Tag::P
                && (!text.content || (short && crate::text::is_invisible(&inner_text(dom, id)))))
                || (short && text.content && {
                    let mut kept = String::new();
                    for_each_kept_text(dom, &trimmed, id, |t| kept.push_str(t));
                    is_separators_only(&kept)
                });
            if c.img + c.embed + c.video == 0 && blank {
                removal[id] = Removal::EmptyParagraph;
                return false;
            }
        }
        let tag = tag_of(&renamed, id);
        if tag.is_heading() {
            keeps_h1 |= tag == Tag::H1;
            headings.push((id, tag));
        }
        true
    });
    drop_dangling_separators(dom, &mut removal, &roots);
    recompute(dom, features, &removal, &roots);
    // The page's title is the one first-level heading: an article that
    // keeps `<h1>`s of its own (sections set as h1, subsections as h2)
    // has each of its headings moved one level down, keeping its outline;
    // otherwise a stray `<h1>` becomes an `<h2>`.
    if keeps_h1 {
        for (id, tag) in headings {
            renamed.insert(id, one_level_down(tag));
        }
    }
    for id in dom.find_all(Tag::H1) {
        renamed.entry(id).or_insert(Tag::H2);
    }
    let text_len = roots
        .iter()
        .fold(crate::text::TextSpan::default(), |acc, &r| {
            if removal[r] == Removal::Kept {
                acc.then(features.text[r])
            } else {
                acc
            }
        })
        .len;
    Plan {
        roots,
        whole_body: selection.whole_body,
        removal,
        renamed,
        signals: signals_found,
        failures,
        text_len,
        extent: selection.extent,
    }
}

/// Levels above a dropped block searched for the unit that repeats (a
/// post inside a thread, a section inside a page).
const UNIT_LEVELS: usize = 3;
/// Characters of text outside links a block needs before it can be given
/// back as one of a run of units: a reply's sentence, not a teaser's label.
const UNIT_MIN_PROSE: f32 = 80.0;
/// Link density above which a block is links whatever its neighbours are.
const UNIT_MAX_LINK_DENSITY: f32 = 0.5;

/// Element children of one container, or of one unit, looked at when
/// counting units: enough to see a pattern, and a bound on hostile pages
/// with thousands of siblings.
const UNIT_SCAN: usize = 256;

/// Tag and first class name: what repeated units share (their ids and
/// alternating classes differ).
pub(crate) type Shape = (Tag, Option<String>);

/// Gives back blocks that failed the link checks only for being short, when
/// they are one of a run of same-shaped units (`div.post > div.inner`) whose
/// counterparts often stayed: a thread's one-line replies, whose author and
/// "Re:" links weigh heavily in so little text, are posts like the long
/// ones beside them. Link-only furniture repeated in every unit fails in
/// every unit, so it stays dropped.
fn rescue_repeated_units(
    dom: &Dom,
    features: &Features,
    removal: &mut [Removal],
    failures: &mut HashMap<NodeId, Failed>,
) {
    let mut dropped: Vec<NodeId> = failures
        .iter()
        .filter(|(_, why)| matches!(why, Failed::LinkHeavy | Failed::ShortWithLinks))
        .map(|(&id, _)| id)
        .filter(|&id| {
            let density = features.link_density(id);
            let prose = features.len(id) as f32 * (1.0 - density);
            density <= UNIT_MAX_LINK_DENSITY && prose >= UNIT_MIN_PROSE
        })
        .collect();
    if dropped.is_empty() {
        return;
    }
    dropped.sort_unstable();
    // Decided against the removals as they stand, so the order of the
    // rescues does not matter; runs are counted once per container.
    let mut runs = HashMap::new();
    let rescued: Vec<NodeId> = dropped
        .into_iter()
        .filter(|&id| has_kept_counterparts(dom, removal, id, &mut runs))
        .collect();
    for id in rescued {
        removal[id] = Removal::Kept;
        failures.remove(&id);
    }
}

/// Gives back the blocks that failed for holding no text when their text
/// is a heading with its permalink beside it, or with empty elements
/// beside it (an icon font's `<span class="icon">` by an accordion's
/// title), and what follows them stayed: a README's or a docs page's
/// heading (`div.markdown-heading`) heads the section after it. A heading
/// over a block that went (a teaser rail's "More stories"), or one with
/// other things beside it, stays dropped.
fn rescue_heading_wrappers(
    dom: &Dom,
    features: &Features,
    removal: &mut [Removal],
    failures: &mut HashMap<NodeId, Failed>,
) {
    const MIN_SECTION_CHARS: u32 = 50;
    const MAX_SECTION_LINK_DENSITY: f32 = 0.25;
    let is_heading = |id: NodeId| is_heading_block(features, id);
    let mut rescued: Vec<NodeId> = failures
        .iter()
        .filter(|&(&id, &why)| why == Failed::NoText && is_heading(id))
        .map(|(&id, _)| id)
        .filter(|&id| {
            let permalink = has_permalink(dom, id);
            (permalink || is_heading_beside_nothing(dom, features, id))
                && dom.next_element_sibling(id).is_some_and(|next| {
                    removal[next] == Removal::Kept
                        && features.len(next) > 0
                        && !is_heading(next)
                        // Beside nothing, the heading is taken at its word
                        // only over text: a teaser rail's links and a
                        // teaser's date line go with it.
                        && (permalink
                            || (features.len(next) >= MIN_SECTION_CHARS
                                && features.link_density(next) < MAX_SECTION_LINK_DENSITY))
                })
        })
        .collect();
    rescued.sort_unstable();
    for id in rescued {
        removal[id] = Removal::Kept;
        failures.remove(&id);
    }
}

/// Whether nine tenths or more of a block's text is heading text: a
/// heading with its wrapper, not a block of the page's text.
fn is_heading_block(features: &Features, id: NodeId) -> bool {
    const MIN_HEADING_SHARE: f32 = 0.9;
    let len = features.len(id);
    len > 0 && features.counts[id].heading_len as f32 / len as f32 >= MIN_HEADING_SHARE
}

/// Whether the parts of `id` are a heading and elements without text or
/// pictures.
fn is_heading_beside_nothing(dom: &Dom, features: &Features, id: NodeId) -> bool {
    let mut parts = dom.children(id).filter(|&c| dom.tag(c).is_element());
    let is_empty = |c: NodeId| features.len(c) == 0 && features.counts[c].img == 0;
    parts.clone().any(|c| dom.tag(c).is_heading())
        && parts.all(|c| dom.tag(c).is_heading() || is_empty(c))
}

/// Whether a link to a place in this page sits inside `id`: the anchor
/// renderers put beside each heading.
fn has_permalink(dom: &Dom, id: NodeId) -> bool {
    (id + 1..dom.end(id)).any(|n| dom.tag(n) == Tag::A && dom.is_in_page_link(n))
}

pub(crate) fn shape(dom: &Dom, id: NodeId) -> Shape {
    let class = dom
        .attr(id, &local_name!("class"))
        .and_then(|c| c.split_ascii_whitespace().next().map(str::to_owned));
    (dom.tag(id), class)
}

/// Whether `id` has `shape`, without building its own (this runs for every
/// sibling and every step of a path).
pub(crate) fn has_shape(dom: &Dom, id: NodeId, shape: &Shape) -> bool {
    dom.tag(id) == shape.0
        && dom
            .attr(id, &local_name!("class"))
            .and_then(|c| {
                c.split_ascii_whitespace()
                    .next()
                    .map(|first| Some(first) == shape.1.as_deref())
            })
            .unwrap_or(shape.1.is_none())
}

/// Whether `id`, seen as the same place inside one of several same-shaped
/// sibling units, has kept counterparts in at least a third of the others.
/// `runs` memoises, per container and path, how many units there are and
/// in how many the counterpart stayed.
fn has_kept_counterparts(
    dom: &Dom,
    removal: &[Removal],
    id: NodeId,
    runs: &mut HashMap<(NodeId, Vec<Shape>), (usize, usize)>,
) -> bool {
    // The shapes from the unit down to `id`.
    let mut path = vec![shape(dom, id)];
    let mut unit = id;
    for _ in 0..UNIT_LEVELS {
        // Items of a list are the shape of teaser rails; a thread's posts
        // and a page's sections are not list items.
        if dom.tag(unit) == Tag::Li {
            return false;
        }
        let Some(container) = dom.parent(unit) else {
            return false;
        };
        let key = (container, path.clone());
        let (units, kept) = *runs.entry(key).or_insert_with(|| {
            let mut units = 0;
            let mut kept = 0;
            for sibling in dom
                .children(container)
                .filter(|&c| dom.tag(c).is_element())
                .take(UNIT_SCAN)
            {
                if has_shape(dom, sibling, &path[0]) {
                    units += 1;
                    kept += usize::from(counterpart_kept(dom, removal, sibling, &path[1..]));
                }
            }
            (units, kept)
        });
        // The unit itself is among those counted.
        let others = units.saturating_sub(1);
        let own = counterpart_kept(dom, removal, unit, &path[1..]);
        let kept = kept.saturating_sub(usize::from(own));
        if others >= 2 {
            return kept > 0 && kept * 3 >= others;
        }
        path.insert(0, shape(dom, container));
        unit = container;
    }
    false
}

/// Follows `path` (shapes, outermost first) down from `unit` and reports
/// whether every element on the way, and the one at its end, stayed.
fn counterpart_kept(dom: &Dom, removal: &[Removal], unit: NodeId, path: &[Shape]) -> bool {
    let mut at = unit;
    if removal[at] != Removal::Kept {
        return false;
    }
    for step in path {
        let next = dom
            .children(at)
            .filter(|&c| dom.tag(c).is_element())
            .take(UNIT_SCAN)
            .find(|&c| has_shape(dom, c, step));
        match next {
            Some(c) if removal[c] == Removal::Kept => at = c,
            _ => return false,
        }
    }
    true
}

/// Gives back the stamp lines that head a run of kept blocks: a short
/// element holding a date, dropped for its shortness or its name, right
/// before a block that stays, at least [`MIN_HEADED_UNITS`] times in one
/// shape (`<div class="post-head">` over every post of a thread, a
/// "Released: ..." line over every book of a list). Each unit's text
/// stays, so its date and poster do too, as they do where the line ran
/// long enough to stay. What inside them the page hides stays out.
fn rescue_repeated_stamps(
    dom: &Dom,
    signals: &crate::signals::Signals,
    signals_found: &mut HashMap<NodeId, boilerplate::Signal>,
    removal: &mut [Removal],
    failures: &mut HashMap<NodeId, Failed>,
    roots: &[NodeId],
) {
    const MAX_STAMP_CHARS: usize = 150;
    const MIN_HEADED_CHARS: usize = 40;
    // Each stamp, and whether it went as a post counter's head.
    let mut stamps: HashMap<Shape, Vec<(NodeId, bool)>> = HashMap::new();
    for &root in roots {
        let mut id = root + 1;
        while id < dom.end(root) {
            if removal[id] == Removal::Kept || !dom.tag(id).is_element() {
                id += 1;
                continue;
            }
            // A post's head that went for the post's number beside its date
            // ("Mar 3, 2025 #2"), once its linked date went for its links.
            let post_number = removal[id] == Removal::Boilerplate
                && signals_found.get(&id) == Some(&boilerplate::Signal::PostActions);
            if (post_number || matches!(removal[id], Removal::Conditional | Removal::Unlikely))
                && heads_kept_block(dom, removal, id, MIN_HEADED_CHARS)
            {
                let (text, whole) = crate::clean::inner_text_upto(dom, id, MAX_STAMP_CHARS + 1);
                if whole
                    && !text.is_empty()
                    && text.chars().count() <= MAX_STAMP_CHARS
                    && crate::metadata::find_date(&text).is_some()
                {
                    stamps
                        .entry(shape(dom, id))
                        .or_default()
                        .push((id, post_number));
                }
            }
            id = dom.end(id);
        }
    }
    for ids in stamps
        .into_values()
        .filter(|ids| ids.len() >= MIN_HEADED_UNITS)
    {
        for (id, post_number) in ids {
            // A post counter's head keeps its date alone: the rest beside
            // the number is more of the post's controls and badges ("Thread
            // starter", a share button).
            removal[id] = Removal::Kept;
            failures.remove(&id);
            if post_number {
                for part in dom.children(id).filter(|&c| dom.tag(c).is_element()) {
                    let (text, _) = crate::clean::inner_text_upto(dom, part, MAX_STAMP_CHARS);
                    if crate::metadata::find_date(&text).is_none() {
                        removal[part] = Removal::Boilerplate;
                        signals_found.insert(part, boilerplate::Signal::PostActions);
                    }
                }
            }
            // Never judged while dropped whole: what the page hides in it
            // is marked now, and its links without a word (a post's
            // number "#2", a fold's "[–]") go as they do elsewhere.
            let mut n = id + 1;
            while n < dom.end(id) {
                if removal[n] == Removal::Boilerplate {
                    n = dom.end(n);
                } else if signals.has(n, crate::signals::HIDDEN) {
                    removal[n] = Removal::Hidden;
                    n = dom.end(n);
                } else if dom.tag(n) == Tag::A && !holds_a_letter(dom, n) {
                    removal[n] = Removal::Conditional;
                    failures.insert(n, Failed::NoText);
                    n = dom.end(n);
                } else {
                    // A part dropped for its links (the linked date) is the
                    // stamp's too.
                    if removal[n] == Removal::Conditional {
                        removal[n] = Removal::Kept;
                        failures.remove(&n);
                    }
                    n += 1;
                }
            }
        }
    }
}

/// Whether any text under `id` holds a letter.
fn holds_a_letter(dom: &Dom, id: NodeId) -> bool {
    (id + 1..dom.end(id)).any(|n| {
        dom.text(n)
            .is_some_and(|t| t.chars().any(char::is_alphabetic))
    })
}

/// Units a stamp line must head before the run is given back: a pair may
/// be a byline over a standfirst and a teaser.
const MIN_HEADED_UNITS: usize = 3;

/// Whether the element after `id` among its siblings stays and holds at
/// least `min_chars` characters of text.
fn heads_kept_block(dom: &Dom, removal: &[Removal], id: NodeId, min_chars: usize) -> bool {
    let Some(parent) = dom.parent(id) else {
        return false;
    };
    let mut next = dom.end(id);
    while next < dom.end(parent) && (!dom.tag(next).is_element() || dom.tag(next) == Tag::Br) {
        next = dom.end(next);
    }
    next < dom.end(parent)
        && removal[next] == Removal::Kept
        && crate::clean::inner_text_upto(dom, next, min_chars)
            .0
            .chars()
            .count()
            >= min_chars
}

/// Whether an element's class or id names comments.
fn names_comments(dom: &Dom, id: NodeId) -> bool {
    names_hold(dom, id, "comment")
}

/// A thread reads as who said what: each post's poster name, which went
/// with the poster's card (the rank, join date and post count beside it)
/// or with the post's header, comes back alone on its line. Only what
/// went as page furniture or for its links is brought back, never what
/// the page hides.
fn rescue_poster_names(
    dom: &Dom,
    signals: &crate::signals::Signals,
    features: &Features,
    removal: &mut [Removal],
    roots: &[NodeId],
) {
    let restorable = |r: Removal| {
        matches!(
            r,
            Removal::Conditional | Removal::Boilerplate | Removal::Unlikely | Removal::Byline
        )
    };
    for &root in roots {
        let mut id = root + 1;
        while id < dom.end(root) {
            if dom.tag(id) != Tag::A || !is_poster_name(dom, signals, features, id) {
                id += 1;
                continue;
            }
            // The removed ancestors between the name and the article; a
            // card sits a few levels above its name, and a hostile page's
            // depth is not walked for each link.
            const MAX_LEVELS: usize = 16;
            let chain: Vec<NodeId> = std::iter::once(id)
                .chain(
                    dom.ancestors(id)
                        .take_while(|&a| a != root)
                        .take(MAX_LEVELS),
                )
                .collect();
            let removed: Vec<NodeId> = chain
                .iter()
                .copied()
                .filter(|&a| removal[a] != Removal::Kept)
                .collect();
            if !removed.is_empty() && removed.iter().all(|&a| restorable(removal[a])) {
                let outer = *removed.last().unwrap_or(&id);
                for &a in &chain {
                    if dom.contains(outer, a) {
                        removal[a] = Removal::Kept;
                    }
                }
                // Of the restored boxes, only the path down to the name.
                for &a in chain.iter().skip(1) {
                    if !dom.contains(outer, a) {
                        break;
                    }
                    for c in dom.children(a) {
                        if !dom.contains(c, id) && removal[c] == Removal::Kept {
                            removal[c] = Removal::Boilerplate;
                        }
                    }
                }
            }
            id = dom.end(id);
        }
    }
}

/// Whether the link `id` is a poster's name: a few words linked to the
/// poster's profile, named as a user, author or poster by its class or a
/// near ancestor's, or marked as the author.
fn is_poster_name(
    dom: &Dom,
    signals: &crate::signals::Signals,
    features: &Features,
    id: NodeId,
) -> bool {
    const MAX_NAME_CHARS: u32 = 40;
    const MAX_NAME_WORDS: usize = 4;
    const NAMING_LEVELS: usize = 3;
    let len = features.len(id);
    if !(2..=MAX_NAME_CHARS).contains(&len) || !dom.is_addressed_link(id) {
        return false;
    }
    // A post's stamp is linked to the post ("Posted <time>...</time>").
    if (id + 1..dom.end(id)).any(|d| dom.tag(d) == Tag::Time) {
        return false;
    }
    let text = inner_text(dom, id);
    if text.split_whitespace().count() > MAX_NAME_WORDS || !text.chars().any(char::is_alphabetic) {
        return false;
    }
    signals.has(id, crate::signals::AUTHOR_MARKUP)
        || std::iter::once(id)
            .chain(dom.ancestors(id).take(NAMING_LEVELS))
            .any(|a| dom.names_hold(a, &crate::patterns::POSTER_NAME_WORDS))
}

/// Whether the class or id of `id` names replies ("replies", "reply-list").
fn names_replies(dom: &Dom, id: NodeId) -> bool {
    names_hold(dom, id, "repl")
}

/// Whether the class or id of `id` holds `word` (lower case), in any case.
fn names_hold(dom: &Dom, id: NodeId, word: &str) -> bool {
    [local_name!("class"), local_name!("id")]
        .iter()
        .any(|name| {
            dom.attr(id, name)
                .is_some_and(|v| v.to_ascii_lowercase().contains(word))
        })
}

fn recompute(dom: &Dom, features: &mut Features, removal: &[Removal], roots: &[NodeId]) {
    let removed: Vec<bool> = removal.iter().map(|r| *r != Removal::Kept).collect();
    features.recompute_within(dom, &removed, roots);
}

/// [`for_each_article_node`] over a removal `visit` may change: it may
/// mark the node it visits (read already, and its subtree is skipped when
/// `visit` returns `false`), which spares walking a copy of the removals.
fn for_each_article_node_mut(
    dom: &Dom,
    removal: &mut [Removal],
    roots: &[NodeId],
    mut visit: impl FnMut(&mut [Removal], NodeId, bool) -> bool,
) {
    let mut removal = removal;
    walk_article(dom, &mut removal, roots, |r, id, is_root| {
        visit(r, id, is_root)
    });
}

/// The heading tag one level below `tag` (`h6` stays `h6`).
fn one_level_down(tag: Tag) -> Tag {
    match tag {
        Tag::H1 => Tag::H2,
        Tag::H2 => Tag::H3,
        Tag::H3 => Tag::H4,
        Tag::H4 => Tag::H5,
        _ => Tag::H6,
    }
}

/// Calls `visit(id, is_root)` for each kept element of the article in
/// document order; when `visit` returns `false` the subtree is skipped.
pub(crate) fn for_each_article_node(
    dom: &Dom,
    removal: &[Removal],
    roots: &[NodeId],
    mut visit: impl FnMut(NodeId, bool) -> bool,
) {
    let mut removal = removal;
    walk_article(dom, &mut removal, roots, |_, id, is_root| {
        visit(id, is_root)
    });
}

/// Characters of the kept text that are CJK ideographs, kana or Hangul
/// syllables ([`crate::text::is_cjk`]): each says as much as a short
/// word, so a length threshold counts them twice.
pub(crate) fn kept_cjk_chars(dom: &Dom, removal: &[Removal], roots: &[NodeId]) -> usize {
    let mut count = 0;
    for_each_article_node(dom, removal, roots, |id, _| {
        for child in dom.children(id) {
            if let Some(text) = dom.text(child) {
                count += crate::text::cjk_chars(text);
            }
        }
        true
    });
    count
}

/// The walk of both: `removal` is read before each node is visited, and
/// handed to `visit`, which may change it.
fn walk_article<R: AsRef<[Removal]>>(
    dom: &Dom,
    removal: &mut R,
    roots: &[NodeId],
    mut visit: impl FnMut(&mut R, NodeId, bool) -> bool,
) {
    for &root in roots {
        let end = dom.end(root);
        let mut id = root;
        while id < end {
            let tag = dom.tag(id);
            if removal.as_ref()[id] != Removal::Kept || tag.is_ignored() {
                id = dom.end(id);
                continue;
            }
            if tag.is_element() && !visit(removal, id, id == root) {
                id = dom.end(id);
                continue;
            }
            id += 1;
        }
    }
}

/// An `object`, `embed` or `iframe` from an allowed video host.
fn is_video(dom: &Dom, id: NodeId, videos: &crate::patterns::VideoPlayers) -> bool {
    let mut video = false;
    dom.for_each_attr(id, |_, v| video |= videos.is_match(v));
    video
}

/// The data tables of the article: which tables hold data rather than
/// layout, and how many sit below each node.
struct DataTables {
    is_data: Vec<bool>,
    below: Vec<u32>,
}

fn mark_data_tables(
    dom: &Dom,
    features: &Features,
    removal: &[Removal],
    roots: &[NodeId],
) -> DataTables {
    let mut is_data = vec![false; dom.len()];
    for_each_article_node(dom, removal, roots, |id, _| {
        if dom.tag(id) == Tag::Table {
            is_data[id] = features.is_data_table(dom, id);
        }
        true
    });
    let mut below = vec![0u32; dom.len()];
    for &root in roots {
        for id in (root + 1..dom.end(root)).rev() {
            if let Some(p) = dom.parent(id) {
                below[p] += below[id] + u32::from(is_data[id]);
            }
        }
    }
    DataTables { is_data, below }
}

/// One conditional cleaning pass over the elements with `tag`.
#[allow(clippy::too_many_arguments)]
fn conditional_pass(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    data_tables: &DataTables,
    removal: &mut [Removal],
    roots: &[NodeId],
    renamed: &Renamed,
    tag: Tag,
    weight: &dyn Fn(NodeId) -> f32,
    failures: &mut HashMap<NodeId, Failed>,
) {
    // Whether each node sits inside a data table, top-down, over the
    // article's ids only (a page-long buffer per pass cost more than the
    // walk); ids outside, the roots' parents, are in none.
    let article = dom.span_of(roots);
    let lo = article.start;
    let mut in_data_table = vec![false; article.len()];
    for_each_article_node_mut(dom, removal, roots, |removal, id, _| {
        let mut inside = false;
        if let Some(p) = dom.parent(id) {
            let parent_inside = p >= lo && in_data_table.get(p - lo).copied().unwrap_or(false);
            inside = parent_inside || data_tables.is_data[p];
            if let Some(slot) = in_data_table.get_mut(id - lo) {
                *slot = inside;
            }
        }
        let t = renamed.get(&id).copied().unwrap_or_else(|| dom.tag(id));
        // Sections are judged like divisions, but only short ones that are
        // not a heading's box: a long section is a part of the page whose
        // blocks are judged on their own (a thread's replies in
        // `section#comments` are a forum page's text), and a heading's
        // section is left to the heading rules (a reference's signature,
        // its type names linked).
        if t != tag
            || (t == Tag::Section
                && (features.len(id) > MAX_JUDGED_SECTION_CHARS
                    || features.counts[id].heading_len * 2 >= features.len(id)))
        {
            return true;
        }
        if let Some(why) = should_remove(dom, signals, features, data_tables, inside, id, t, weight)
        {
            if why == Failed::NoText && is_heading_box(dom, features, removal, id) {
                return true;
            }
            removal[id] = Removal::Conditional;
            failures.insert(id, why);
            return false;
        }
        true
    });
}

/// A heading's box that held nothing else but controls, gone now (a
/// wiki's `div.mw-heading > h2` beside its "\[edit\]" link): the heading's
/// words are its text. A box whose other parts went for what they were
/// (a rail's list of links under "Other People Are Reading") is no
/// heading's box.
fn is_heading_box(dom: &Dom, features: &Features, removal: &[Removal], id: NodeId) -> bool {
    let mut parts = dom.children(id).filter(|&c| dom.tag(c).is_element());
    is_heading_block(features, id)
        && parts.clone().any(|c| dom.tag(c).is_heading())
        && parts.all(|c| dom.tag(c).is_heading() || removal[c] == Removal::NeverContent)
}

/// The longest `<section>` the conditional checks judge whole.
const MAX_JUDGED_SECTION_CHARS: u32 = 500;

/// Which conditional check an element failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Failed {
    /// Its class or id weighs negative (`promo`, `widget`, `comment`...).
    NegativeName,
    /// Its whole text is an advertising or loading label.
    Label,
    /// More images than paragraphs can account for.
    Images,
    /// List items outside a list.
    ListItems,
    /// Form inputs among few paragraphs.
    Inputs,
    /// Very short and partly links.
    ShortWithLinks,
    /// Too much of its text is link text.
    LinkHeavy,
    /// An embedded player or widget with little text.
    Embeds,
    /// No text worth the name.
    NoText,
}

impl Failed {
    /// The check in words, for explanations.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Failed::NegativeName => "class/id names weigh negative",
            Failed::Label => "only an advertising or loading label",
            Failed::Images => "more images than its paragraphs explain",
            Failed::ListItems => "list items outside a list",
            Failed::Inputs => "form inputs among few paragraphs",
            Failed::ShortWithLinks => "very short and partly links",
            Failed::LinkHeavy => "too much link text",
            Failed::Embeds => "an embed with little text",
            Failed::NoText => "no text worth keeping",
        }
    }
}

/// Readability's `_cleanConditionally` test for one element.
#[allow(clippy::too_many_arguments)]
fn should_remove(
    dom: &Dom,
    _signals: &Signals,
    features: &Features,
    data_tables: &DataTables,
    in_data_table: bool,
    id: NodeId,
    tag: Tag,
    weight: &dyn Fn(NodeId) -> f32,
) -> Option<Failed> {
    let c = features.counts[id];
    let len = features.len(id);
    let mut is_list = matches!(tag, Tag::Ul | Tag::Ol);
    if !is_list {
        is_list = if len == 0 {
            c.list_len > 0
        } else {
            c.list_len as f32 / len as f32 > 0.9
        };
    }
    if tag == Tag::Table && data_tables.is_data[id] {
        return None;
    }
    if in_data_table {
        return None;
    }
    if has_ancestor_within(dom, id, 3, |t| t == Tag::Code) {
        return None;
    }
    if data_tables.below[id] > 0 {
        return None;
    }
    // An embedded post (a tweet, a quoted message) is a quote in a wrapper:
    // part of the story however its wrapper is named.
    if len > 0 && c.quote_len as f32 >= 0.6 * len as f32 {
        return None;
    }
    // Nor is a part of one: the lines of a quoted post are its text.
    if has_ancestor_within(dom, id, 3, |t| t == Tag::Blockquote) {
        return None;
    }
    let w = weight(id);
    if w < 0.0 && !is_picture_named_media(dom, features, id) {
        return Some(Failed::NegativeName);
    }
    // A picture linked to its own larger file, with at most its file's
    // name and size for words: the link is the picture's, not a way out.
    const MAX_ENLARGEABLE_CHARS: u32 = 100;
    if c.img > 0 && len <= MAX_ENLARGEABLE_CHARS && clean::is_enlargeable_image(dom, id) {
        return None;
    }
    if features.ascii_commas[id] >= 10 {
        return None;
    }
    if c.video > 0 {
        return None;
    }
    let p = c.p as f32;
    let img = c.img as f32;
    let li = c.li as f32 - 100.0;
    let input = c.input as f32;
    let ratio = |part: u32| {
        if len == 0 {
            0.0
        } else {
            part as f32 / len as f32
        }
    };
    if len < 64 {
        let text = inner_text(dom, id);
        if patterns::AD_WORDS.is_match(&text) || patterns::LOADING_WORDS.is_match(&text) {
            return Some(Failed::Label);
        }
    }
    // A line that is all anchors without an address (an accordion's
    // question) leads nowhere: its text is its own. A script's widget
    // link inside a sentence ("Like it? <a>Add to basket</a>") and a
    // control's word ("Show") still count.
    const MIN_NOWHERE_LINE_CHARS: u32 = 20;
    let link_density = match features.link_density(id) {
        d if d >= 0.9
            && len >= MIN_NOWHERE_LINE_CHARS
            && dom.every_link(id, |a| !dom.is_addressed_link(a)) =>
        {
            0.0
        }
        d => d,
    };
    let text_density = ratio(c.textish_len);
    let is_figure_child = has_ancestor_within(dom, id, 3, |t| t == Tag::Figure);
    let embeds = c.embed;
    // Steps or items each told in words beside their picture are prose
    // with illustrations, not a gallery.
    let illustrated = link_density < 0.2 && len as f32 >= ILLUSTRATED_CHARS_PER_IMAGE * img;
    let failed = if !is_figure_child && img > 1.0 && p / img < 0.5 && !illustrated {
        Some(Failed::Images)
    } else if !is_list && li > p {
        Some(Failed::ListItems)
    } else if input > (p / 3.0).floor() {
        Some(Failed::Inputs)
    } else if !is_list
        && !is_figure_child
        && !is_heading_block(features, id)
        && len < 25
        && (img == 0.0 || img > 2.0)
        && link_density > 0.0
    {
        Some(Failed::ShortWithLinks)
    } else if ((!is_list && w < 25.0 && link_density > 0.2) || (w >= 25.0 && link_density > 0.5))
        && !is_prose_citing_one_link(dom, features, id, link_density)
        && !is_named_callout(dom, features, id)
    {
        Some(Failed::LinkHeavy)
    } else if (embeds == 1 && len < 75) || embeds > 1 {
        Some(Failed::Embeds)
    } else if img == 0.0 && text_density == 0.0 {
        Some(Failed::NoText)
    } else {
        None
    };
    if is_list && failed.is_some() {
        // A plain list of images may stay.
        for child in dom.children(id).filter(|&ch| dom.tag(ch).is_element()) {
            if dom
                .children(child)
                .filter(|&g| dom.tag(g).is_element())
                .count()
                > 1
            {
                return failed;
            }
        }
        if c.img == c.li {
            return None;
        }
    }
    // Code whose names link to their definitions (an API's declaration,
    // `func Retry(ctx <a>context</a>.<a>Context</a>)`) is code, however
    // many of its words are links.
    if matches!(failed, Some(Failed::LinkHeavy | Failed::ShortWithLinks))
        && is_mostly_preformatted(dom, features, id, len)
    {
        return None;
    }
    failed
}

/// Prose that names one document in full as a link ("complete the
/// <a>Statutory Declaration Concerning a Lost Passport (PPTC 203)</a>,
/// then ..."): the link's words are many, but it is one reference inside
/// the text, not a list of ways out.
fn is_prose_citing_one_link(dom: &Dom, features: &Features, id: NodeId, link_density: f32) -> bool {
    const MAX_LINK_DENSITY: f32 = 0.4;
    const MIN_OTHER_CHARS: f32 = 150.0;
    // The link sits inside a sentence: its block has words of its own.
    const MIN_SENTENCE_CHARS: u32 = 20;
    let len = features.len(id) as f32;
    if link_density > MAX_LINK_DENSITY || len * (1.0 - link_density) < MIN_OTHER_CHARS {
        return false;
    }
    let mut links = (id + 1..dom.end(id)).filter(|&d| dom.tag(d) == Tag::A);
    match (links.next(), links.next()) {
        (Some(link), None) => dom.parent(link).is_some_and(|p| {
            !dom.tag(p).is_heading() && features.len(p) >= features.len(link) + MIN_SENTENCE_CHARS
        }),
        _ => false,
    }
}

/// A picture's box whose only negative name is "media" (a CMS's
/// `div.media--type-image` around an article's lead photo): the word
/// names what the box holds, not a player or a social bar. It holds a
/// picture, a caption's words at most, and no links, headings or buttons.
pub(crate) fn is_picture_named_media(dom: &Dom, features: &Features, id: NodeId) -> bool {
    const MAX_CAPTION_CHARS: u32 = 300;
    // A glyph alone ("×", "›") is a lightbox's or a slider's control.
    const MIN_CAPTION_CHARS: u32 = 3;
    let c = features.counts[id];
    let len = features.len(id);
    if c.img == 0 || c.embed > 0 || len > MAX_CAPTION_CHARS || (len > 0 && len < MIN_CAPTION_CHARS)
    {
        return false;
    }
    // No links, headings or controls: a card's title or a lightbox's
    // close button says the box is more than a picture.
    if (id + 1..dom.end(id)).any(|d| {
        let tag = dom.tag(d);
        tag == Tag::A || tag == Tag::Button || tag.is_heading()
    }) {
        return false;
    }
    let mut tokens = String::new();
    dom.name_tokens(id, &mut tokens);
    tokens.contains("media")
        && !patterns::class_signals_without(&tokens, "media").has(ClassSignals::NEGATIVE)
}

/// Whether nine tenths or more of `id`'s text lies in one `<pre>`.
fn is_mostly_preformatted(dom: &Dom, features: &Features, id: NodeId, len: u32) -> bool {
    len > 0
        && (id + 1..dom.end(id))
            .find(|&d| dom.tag(d) == Tag::Pre)
            .is_some_and(|pre| features.len(pre) as f32 >= 0.9 * len as f32)
}
