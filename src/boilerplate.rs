//! Boilerplate inside the article: the promo, newsletter, related-content,
//! advertising, consent, share and author boxes that publishers place
//! between and after the paragraphs of a story.
//!
//! Two kinds of evidence are used, both from [`crate::patterns`]: the names
//! a block carries (`newsletter-signup`, `related-posts`, `author-bio`) and
//! the words it is made of ("Subscribe to ...", "Sign up for our
//! newsletter", "Related articles"). Text evidence only counts in short
//! blocks, and only where the phrase leads the block, so an article that
//! mentions a newsletter keeps its paragraph.

use std::collections::HashMap;
use std::hash::BuildHasher;

use crate::clean::{Removal, inner_text, inner_text_upto};
use crate::dom::{Dom, NodeId, Tag};
use crate::features::Features;
use crate::fixed_regex::MatchRegex;
use crate::metadata;
use crate::patterns::{self, ClassSignals, PhrasePattern};
use crate::postprocess::{Shape, for_each_article_node, has_shape, shape};
use crate::signals::Signals;
use crate::text;
use html5ever::local_name;
use once_cell::sync::Lazy;
use url::Url;

/// Blocks longer than this are never judged by their words.
const MAX_PHRASE_BLOCK_CHARS: u32 = 400;
/// Blocks named as boilerplate but longer than this are kept unless they
/// are mostly links (a mis-named article wrapper).
const MAX_NAMED_BLOCK_CHARS: u32 = 1000;
/// Text from which a block named only for ads, with hardly any links, is
/// prose: an ad slot in a saved page holds a label at most.
const MIN_PROSE_IN_AD_NAME_CHARS: u32 = 150;

/// Why a block was judged boilerplate, for explanations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Signal {
    /// Its class or id.
    Name,
    /// Its leading words, by phrase family.
    Phrase(&'static str),
    /// A short link-only block before or after the article's prose.
    Crumb,
    /// A paragraph that is one link to another page: a headline pointing
    /// elsewhere, inside the text.
    LoneLink,
    /// A caption already shown earlier in the article.
    Duplicate,
    /// A section repeating the one just before it word for word (a
    /// responsive page's second copy, a carousel's clone).
    RepeatedSection,
    /// A photo credit or gallery control.
    Credit,
    /// A dateline or byline before the article's prose.
    Dateline,
    /// An author's bio line after the article's prose.
    AuthorBio,
    /// Teasers for other stories or pages: a list of them, or a preview
    /// card set inside the text.
    Teasers,
    /// A card or a tooltip that pops up over a word of the text.
    HoverCard,
    /// A forum poster's profile facts beside a post ("Posts: 96",
    /// "Joined: Feb 2011").
    ProfileFacts,
    /// A press release's paragraph about the company that issued it.
    CompanyBoilerplate,
    /// A label announcing what follows it ("More on the outbreak:") left
    /// at the article's end with nothing after it.
    DanglingLabel,
    /// A strip of tab names that the tab panels repeat as headings.
    TabStrip,
    /// A row of a post's action links ("permalink", "save", "report",
    /// "reply").
    PostActions,
    /// A sponsor's message, announced as one ("Sponsored: ...").
    Sponsor,
}

/// A block of the article holding text of its own, in reading order.
struct TextBlock {
    id: NodeId,
    /// Its own text (nested blocks excluded), white space collapsed.
    text: String,
    /// The characters of `text`, counted once: every rule below asks.
    chars: usize,
}

/// Whether a block is only the number of the numbered-list item it sits
/// in (`<ol><li><div class=step-num>2</div><p>Boil the water...</p>`),
/// a few levels down.
fn is_step_number_badge(dom: &Dom, b: &TextBlock) -> bool {
    const MAX_LEVELS_TO_ITEM: usize = 3;
    // Items counted before the step, at most: a guide's steps are few.
    const MAX_ITEMS: usize = 100;
    if b.text.is_empty() || !b.text.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let Ok(number) = b.text.parse::<usize>() else {
        return false;
    };
    let Some(item) = dom.ancestor_within(b.id, Tag::Li, MAX_LEVELS_TO_ITEM) else {
        return false;
    };
    let Some(list) = dom.parent(item).filter(|&l| dom.tag(l) == Tag::Ol) else {
        return false;
    };
    let position = dom
        .children(list)
        .filter(|&c| dom.tag(c) == Tag::Li)
        .take(MAX_ITEMS)
        .position(|c| c == item);
    position.is_some_and(|p| p + 1 == number)
}

/// The blocks of the article that hold text directly.
fn text_blocks(dom: &Dom, removal: &[Removal], roots: &[NodeId]) -> Vec<TextBlock> {
    // Side tables indexed by node id: a lookup per node is an index, not
    // a hash.
    const NONE: u32 = u32::MAX;
    // The tables span the article's ids only, not the whole page's: every
    // node looked up is a root or inside one.
    let article = dom.span_of(roots);
    let (lo, span) = (article.start, article.len());
    let at = |id: NodeId| id.checked_sub(lo).filter(|&i| i < span);
    let mut block_of: Vec<u32> = vec![NONE; span];
    for_each_article_node(dom, removal, roots, |id, is_root| {
        let tag = dom.tag(id);
        let block = if tag.is_block() || is_root {
            id
        } else {
            dom.parent(id)
                .and_then(at)
                .map(|p| block_of[p])
                .filter(|&b| b != NONE)
                .map_or(id, |b| b as usize)
        };
        if let Some(i) = at(id) {
            block_of[i] = block as u32;
        }
        true
    });
    // Text nodes in document order (ids are in preorder), each added to the
    // block of its kept parent; `slot` is a block's place in `raw`.
    let mut slot: Vec<u32> = vec![NONE; span];
    // Each block's text, collapsed as it is gathered (the flag: a space is
    // owed before the next word, as each text node ends one).
    let mut raw: Vec<(NodeId, String, bool)> = Vec::new();
    for &root in roots {
        for id in root..dom.end(root) {
            let Some(t) = dom.text(id) else { continue };
            let Some(block) = dom
                .parent(id)
                .and_then(at)
                .map(|p| block_of[p])
                .filter(|&b| b != NONE)
            else {
                continue;
            };
            if text::trimmed(t).is_empty() {
                continue;
            }
            let block = block as usize;
            let Some(b) = at(block) else { continue };
            if slot[b] == NONE {
                slot[b] = raw.len() as u32;
                raw.push((block, String::new(), false));
            }
            let (_, gathered, gap) = &mut raw[slot[b] as usize];
            text::push_collapsed(gathered, t, gap);
            *gap = true;
        }
    }
    raw.into_iter()
        .map(|(id, text, _)| {
            let chars = text.chars().count();
            TextBlock { id, text, chars }
        })
        .collect()
}

/// "Read more: ..." — a related-content label followed by a colon.
fn related_label_then_colon(text: &str) -> bool {
    text.char_indices()
        .take(40)
        .any(|(_, c)| c == ':' || c == '：')
}

/// A label announcing other articles: a related-reading phrase and little
/// else ("Related", "Read more:", "Lesen Sie auch"), or a bare "More:".
fn is_related_label(text: &str) -> bool {
    const MAX_LABEL_CHARS: usize = 40;
    let chars = text.chars().count();
    if chars == 0 || chars > MAX_LABEL_CHARS {
        return false;
    }
    patterns::RELATED_TEXT.fills(text, 2) || patterns::MORE_LABEL.is_match(text)
}

/// Whether `id` sits in a small box named for the author ("post-author",
/// "author-bio"): the writer's portrait and bio under the article.
fn in_author_box(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    roots: &[NodeId],
    id: NodeId,
) -> bool {
    const MAX_BOX_CHARS: u32 = 800;
    std::iter::once(id)
        .chain(dom.ancestors(id))
        .take(4)
        .take_while(|a| !roots.contains(a))
        .any(|a| signals.either(a, ClassSignals::BYLINE) && features.len(a) <= MAX_BOX_CHARS)
}

/// The outermost element around `id` that holds nothing else (the list
/// and the item around a linked heading), so that dropping it leaves no
/// empty bullet behind. The selection's roots are never widened into.
fn sole_wrapper(dom: &Dom, features: &Features, roots: &[NodeId], id: NodeId) -> NodeId {
    let mut outer = id;
    while let Some(p) = dom.parent(outer) {
        let wraps = matches!(
            dom.tag(p),
            Tag::Li | Tag::Ul | Tag::Ol | Tag::Div | Tag::Section
        );
        if !wraps || roots.contains(&p) || features.len(p) != features.len(outer) {
            break;
        }
        outer = p;
    }
    outer
}

/// Whether the link `a` is a card: it holds two blocks or more with text
/// (a title and a summary, each in its own `div` or `p`), and some words.
fn is_link_card(dom: &Dom, features: &Features, a: NodeId) -> bool {
    const MIN_CARD_CHARS: u32 = 60;
    const MAX_CARD_CHARS: u32 = 600;
    let len = features.len(a);
    if !(MIN_CARD_CHARS..=MAX_CARD_CHARS).contains(&len) || !dom.is_addressed_link(a) {
        return false;
    }
    // Blocks with words of their own.
    let blocks = (a + 1..dom.end(a))
        .filter(|&d| {
            let tag = dom.tag(d);
            (matches!(tag, Tag::Div | Tag::P) || tag.is_heading())
                && dom
                    .children(d)
                    .any(|c| dom.tag(c) == Tag::Text && dom.text_measure(c).span.content)
        })
        .take(2)
        .count();
    blocks >= 2
}

/// The box of a preview of another page headed by `heading`: the heading
/// is all one link to another page, with a title's length, and the box
/// around it adds a short summary (and perhaps a label over it) whose
/// links, if any, lead to the same page. A box between boxes of its own
/// shape is one of a run (a listing, a round-up), judged elsewhere.
fn headed_card(
    dom: &Dom,
    features: &Features,
    roots: &[NodeId],
    heading: NodeId,
) -> Option<NodeId> {
    const MAX_CARD_CHARS: u32 = 500;
    // Wrappers around a card's title: a few levels, not the whole page.
    const MAX_LEVELS: usize = 12;
    if !crate::select::is_linked_title(dom, features, heading) {
        return None;
    }
    let title_len = features.len(heading);
    let link = (heading + 1..dom.end(heading)).find(|&n| dom.tag(n) == Tag::A)?;
    let href = dom.attr(link, &local_name!("href"))?;
    let target = linked_page(href)?;
    let mut card = None;
    for box_ in dom.ancestors(heading).take(MAX_LEVELS) {
        if roots.contains(&box_) || features.len(box_) > MAX_CARD_CHARS {
            break;
        }
        let same_page = (box_ + 1..dom.end(box_))
            .filter(|&n| dom.tag(n) == Tag::A)
            .all(|a| {
                dom.attr(a, &local_name!("href"))
                    .is_some_and(|h| linked_page(h) == Some(target))
            });
        if !same_page {
            break;
        }
        if features.len(box_) > title_len {
            card = Some(box_);
        }
    }
    let card = card?;
    // One of a run: beside the card, or beside a box a level or two around
    // it (a round-up's item holding the card and its picture), a box of
    // the same shape holding a card too: a heading that is all link (a
    // name may be short), in a box of a card's size. (Layout sections
    // share a shape with the one a lone card sits in.)
    const RUN_LEVELS: usize = 3;
    let holds_a_card = |s: NodeId| {
        features.len(s) <= MAX_CARD_CHARS
            && (s + 1..dom.end(s))
                .any(|d| dom.tag(d).is_heading() && crate::select::is_all_link(features, d))
    };
    let in_a_run = std::iter::once(card)
        .chain(dom.ancestors(card))
        .take(RUN_LEVELS)
        .take_while(|b| !roots.contains(b))
        .any(|b| {
            let shape = shape(dom, b);
            [dom.previous_element_sibling(b), dom.next_element_sibling(b)]
                .into_iter()
                .flatten()
                .any(|s| has_shape(dom, s, &shape) && holds_a_card(s))
        });
    (!in_a_run).then_some(card)
}

/// The page a link's address leads to, without a fragment or a closing
/// slash; `None` for an in-page anchor or an empty address.
fn linked_page(href: &str) -> Option<&str> {
    let page = href
        .trim()
        .split('#')
        .next()
        .unwrap_or("")
        .trim_end_matches('/');
    (!page.is_empty()).then_some(page)
}

/// [`sole_wrapper`], also through a figure that holds nothing else.
fn sole_wrapper_or_figure(dom: &Dom, features: &Features, roots: &[NodeId], id: NodeId) -> NodeId {
    let outer = sole_wrapper(dom, features, roots, id);
    match dom.parent(outer) {
        Some(p)
            if dom.tag(p) == Tag::Figure
                && !roots.contains(&p)
                && features.len(p) == features.len(outer) =>
        {
            sole_wrapper(dom, features, roots, p)
        }
        _ => outer,
    }
}

/// Whether a block's text reads as a kicker: a label of a word or three,
/// no sentence.
fn is_kicker_text(b: &TextBlock) -> bool {
    const MAX_CHARS: usize = 30;
    const MAX_WORDS: usize = 3;
    b.chars > 0
        && b.chars <= MAX_CHARS
        && b.text.split_whitespace().count() <= MAX_WORDS
        && !b.text.contains(['.', '!', '?'])
}

/// Whether `id` (holding a kicker's text) is a kicker: right before the
/// heading that repeats the title.
fn is_kicker(dom: &Dom, removal: &[Removal], id: NodeId) -> bool {
    !dom.tag(id).is_heading()
        && dom
            .next_element_sibling(id)
            .is_some_and(|h| dom.tag(h).is_heading() && removal[h] == Removal::TitleHeader)
}

/// A kicker written as an inline element loose in the article's header,
/// beside the headline (`<header><span class=kicker>Storm</span><h1>`):
/// the header is its block, and the label alone goes.
fn loose_kicker(
    dom: &Dom,
    features: &Features,
    removal: &[Removal],
    b: &TextBlock,
) -> Option<NodeId> {
    dom.children(b.id)
        .filter(|&c| dom.tag(c).is_element() && removal[c] == Removal::Kept)
        .find(|&c| features.len(c) > 0)
        .filter(|&c| {
            !dom.tag(c).is_block()
                && features.len(c) as usize >= b.chars
                && is_kicker(dom, removal, c)
        })
}

/// A short block that is a link and nothing else: a headline pointing
/// elsewhere.
fn is_link_line(features: &Features, block: &TextBlock) -> bool {
    let chars = block.chars;
    chars > 0 && chars <= 150 && features.link_density(block.id) >= 0.9
}

/// Whether a block is a few links in one paragraph, each with at most a
/// tag beside it (`<a>Headline</a> [VIDEO]<br><a>Headline</a> [INSIGHT]`):
/// several headlines set one to a line.
fn is_line_of_links(dom: &Dom, features: &Features, block: &TextBlock) -> bool {
    const MIN_LINK_DENSITY: f32 = 0.75;
    const MAX_CHARS_PER_LINK: usize = 150;
    // The measure first: most blocks are prose, and counting their
    // anchors would walk each of them for nothing.
    if features.link_density(block.id) < MIN_LINK_DENSITY {
        return false;
    }
    let links = (block.id + 1..dom.end(block.id))
        .filter(|&n| dom.tag(n) == Tag::A)
        .count();
    links >= 2 && block.chars <= links * MAX_CHARS_PER_LINK
}

/// Characters of an element read to tell whether it is a label.
const MAX_LABEL_READ_CHARS: usize = 64;

/// Whether the element just before a block (empty ones aside) is a
/// related-reading label that went for its phrase.
fn follows_dropped_related_label(dom: &Dom, removal: &[Removal], id: NodeId) -> bool {
    // Empty paragraphs a label and its links may be set apart by.
    const MAX_EMPTY_BETWEEN: usize = 3;
    let mut sibling = dom.previous_element_sibling(id);
    for _ in 0..=MAX_EMPTY_BETWEEN {
        let Some(s) = sibling else { return false };
        // A label is short: what is longer is read no further.
        let (text, whole) = inner_text_upto(dom, s, MAX_LABEL_READ_CHARS);
        if !text.trim().is_empty() {
            return whole && removal[s] == Removal::Boilerplate && is_related_label(text.trim());
        }
        sibling = dom.previous_element_sibling(s);
    }
    false
}

/// Characters of a call to action's lead over its button, at most.
const CALL_LEAD_MAX_CHARS: usize = 200;

/// Whether every word of `id` is set in bold (`<strong>`, `<b>`) inside it.
/// One pass in document order: a node is in bold when it is bold itself
/// or its parent (below `id`) is, so no text walks up to `id`.
fn is_all_bold(dom: &Dom, id: NodeId) -> bool {
    let start = id + 1;
    let mut in_bold = vec![false; dom.end(id) - start];
    let mut any = false;
    for n in start..dom.end(id) {
        let parent_bold = dom
            .parent(n)
            .filter(|&p| p > id)
            .is_some_and(|p| in_bold[p - start]);
        in_bold[n - start] = parent_bold || matches!(dom.tag(n), Tag::Strong | Tag::B);
        let Some(text) = dom.text(n) else { continue };
        if text.trim().is_empty() {
            continue;
        }
        if !parent_bold {
            return false;
        }
        any = true;
    }
    any
}

/// Whether the element right after `id` (empty ones passed over) is a
/// button that was dropped: a short box that is one link, to a page.
fn precedes_dropped_button(
    dom: &Dom,
    features: &Features,
    removal: &[Removal],
    id: NodeId,
) -> bool {
    const MAX_EMPTY_BETWEEN: usize = 3;
    const BUTTON_MAX_CHARS: u32 = 40;
    let mut sibling = dom.next_element_sibling(id);
    for _ in 0..=MAX_EMPTY_BETWEEN {
        let Some(s) = sibling else { return false };
        if features.len(s) > 0 {
            return removal[s] != Removal::Kept
                && features.len(s) <= BUTTON_MAX_CHARS
                && features.link_density(s) >= 0.9
                && {
                    let mut links = (s..dom.end(s)).filter(|&n| dom.tag(n) == Tag::A);
                    links.next().is_some_and(|a| leads_to_a_page(dom, a)) && links.next().is_none()
                };
        }
        sibling = dom.next_element_sibling(s);
    }
    false
}

/// Whether a link leads to a page: an address that is neither a place in
/// this page (`#...`) nor a script. (A site's root, `/`, is a page here,
/// which [`linked_page`] leaves out.)
fn leads_to_a_page(dom: &Dom, link: NodeId) -> bool {
    dom.attr(link, &local_name!("href")).is_some_and(|href| {
        let href = href.trim();
        !href.is_empty()
            && !href.starts_with('#')
            && crate::serialize::urls::url_scheme(href).is_none_or(|s| s == "http" || s == "https")
    })
}

/// Characters of a label of a player's controls, at most.
const PLAYER_LABEL_MAX_CHARS: usize = 40;
/// Labels a player's control bar shows at least ("Play", the time, "Mute",
/// "Fullscreen").
const MIN_PLAYER_LABELS: usize = 3;

/// Whether a box holds a slider (a seek bar or a volume control, as
/// `role="slider"` or `<input type="range">`): a player's controls do, a
/// page's hero over a looping video does not.
fn has_seek_bar(dom: &Dom, id: NodeId) -> bool {
    (id + 1..dom.end(id)).any(|n| {
        dom.tag(n).is_element()
            && (dom
                .attr(n, &html5ever::local_name!("role"))
                .is_some_and(|r| r.trim().eq_ignore_ascii_case("slider"))
                || (dom.tag(n) == Tag::Input
                    && dom
                        .attr(n, &html5ever::local_name!("type"))
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("range"))))
    })
}

/// The boxes around the article's players that hold nothing but the
/// player: for each `<video>` or `<audio>`, its farthest ancestor (a few
/// levels up) with little text, each paired with the player itself.
fn player_boxes(dom: &Dom, features: &Features, roots: &[NodeId]) -> Vec<(NodeId, NodeId)> {
    // Levels a player's controls sit above it, at most.
    const MAX_LEVELS: usize = 4;
    // Text of a box that is a player's and nothing else, at most.
    const MAX_BOX_CHARS: u32 = 300;
    // Players looked at: the boxes are few on any real page.
    const MAX_PLAYERS: usize = 64;
    let mut boxes = Vec::new();
    for &root in roots {
        for id in root..dom.end(root) {
            if !matches!(dom.tag(id), Tag::Video | Tag::Audio) {
                continue;
            }
            let player = dom
                .ancestors(id)
                .take(MAX_LEVELS)
                .take_while(|&a| !roots.contains(&a) && features.len(a) <= MAX_BOX_CHARS)
                .last();
            if let Some(player) = player {
                boxes.push((player, id));
                if boxes.len() >= MAX_PLAYERS {
                    return boxes;
                }
            }
        }
    }
    boxes
}

/// Whether a block is a list item or sits in one.
fn is_in_list(dom: &Dom, id: NodeId) -> bool {
    let listed = |t: Tag| matches!(t, Tag::Li | Tag::Ul | Tag::Ol);
    listed(dom.tag(id)) || dom.ancestors(id).take(2).any(|a| listed(dom.tag(a)))
}

/// Whether a block is an item of a list that a section heading of the
/// text introduces ("Mac Apps" over the apps' links): the article's own
/// list, not a strip of links at its edge. A heading naming other pages
/// ("Related", "More from us") or the page's own apparatus ("Tags",
/// "Share this") introduces links away from the text.
/// `headed` remembers the answer for each list, which its items share.
fn is_listed_under_section_heading(
    dom: &Dom,
    id: NodeId,
    headed: &mut HashMap<NodeId, bool>,
) -> bool {
    let Some(list) = std::iter::once(id)
        .chain(dom.ancestors(id).take(2))
        .find(|&a| matches!(dom.tag(a), Tag::Ul | Tag::Ol))
    else {
        return false;
    };
    *headed
        .entry(list)
        .or_insert_with(|| is_list_under_section_heading(dom, list))
}

/// [`is_listed_under_section_heading`] for the list itself.
fn is_list_under_section_heading(dom: &Dom, list: NodeId) -> bool {
    // A navigation's list under its screen-reader heading ("Breadcrumb
    // navigation") is the page's, not the text's.
    const NAV_LEVELS: usize = 3;
    if dom.ancestor_within(list, Tag::Nav, NAV_LEVELS).is_some() {
        return false;
    }
    dom.previous_element_sibling(list).is_some_and(|h| {
        // Not the page's title: a list under it is the header's.
        dom.tag(h).is_heading() && dom.tag(h) != Tag::H1 && {
            let text = inner_text(dom, h);
            !is_tail_heading(&text)
                && patterns::RELATED_TEXT.find(&text).is_none()
                && !patterns::TAIL_TEXT.leads(&text, 12)
        }
    })
}

/// "MIRA: <a>Headline</a>", "VEA TAMBIÉN: ...", "WATCH: ...": a label in
/// capitals and a colon before a link to another story. A label of three
/// letters or fewer ("PDF:") names the file a link points to instead.
fn capital_label_then_colon(text: &str) -> bool {
    const MAX_LABEL_CHARS: usize = 25;
    let mut letters = 0;
    for (i, c) in text.chars().enumerate() {
        if i > MAX_LABEL_CHARS {
            return false;
        }
        match c {
            ':' | '：' => return letters >= 4,
            ' ' | '\u{a0}' => {}
            c if c.is_uppercase() => letters += 1,
            _ => return false,
        }
    }
    false
}

/// A figure caption, by tag or by name.
fn is_caption(dom: &Dom, id: NodeId) -> bool {
    dom.tag(id) == Tag::Figcaption
        || dom
            .ancestors(id)
            .take(3)
            .any(|a| dom.tag(a) == Tag::Figcaption)
        || dom.class_names_caption(id)
}

/// A photo credit, or a caption written as a paragraph (a marked-up
/// caption is left to the output formats, which know what to do with it):
/// "Photo: Jane Doe", "The harbour at dawn. (jdoe / iStock.com)",
/// "Figure 2: ...".
fn is_credit(dom: &Dom, block: &TextBlock) -> bool {
    // A heading of one word names a section, even one called "Close" or
    // "Next" (an API reference's methods); a credit takes more words.
    let heading = dom.tag(block.id).is_heading();
    if heading && !block.text.trim().contains(char::is_whitespace) {
        return false;
    }
    // A marked-up caption longer than a credit alone says what the picture
    // shows ("The quay at dawn. FRED TANNEAU / AFP"): the formats keep it.
    const MAX_CREDIT_LINE_CHARS: usize = 80;
    const MAX_CAPTION_CREDIT_CHARS: usize = 40;
    let chars = block.chars;
    let marked_up_caption = || {
        is_caption(dom, block.id)
            || dom
                .ancestors(block.id)
                .take(4)
                .any(|a| dom.tag(a) == Tag::Figure)
    };
    let credit = (chars <= MAX_CREDIT_LINE_CHARS
        && patterns::CREDIT_LINE.is_match(&block.text)
        && (chars <= MAX_CAPTION_CREDIT_CHARS || !marked_up_caption()))
        || (chars <= 300
            && patterns::may_hold_caption_credit(&block.text)
            && (patterns::is_caption_credit(&block.text)
                // A heading led by a figure's label is the chart's title
                // ("Figure 1: Rates eased in February").
                || (!heading && patterns::CAPTION_LABEL.is_match(&block.text)))
            && !marked_up_caption());
    credit && !is_captioned_image(dom, block.id) && !follows_table(dom, block.id)
}

/// Whether the element right before `id` is a table, or ends with one: a
/// "Source: ..." line under a table names where its figures come from, not
/// who took a photo.
fn follows_table(dom: &Dom, id: NodeId) -> bool {
    const MAX_LEVELS: usize = 3;
    let Some(mut last) = dom.previous_element_sibling(id) else {
        return false;
    };
    for _ in 0..MAX_LEVELS {
        if dom.tag(last) == Tag::Table {
            return true;
        }
        match dom
            .children(last)
            .filter(|&c| dom.tag(c).is_element())
            .last()
        {
            Some(child) => last = child,
            None => return false,
        }
    }
    dom.tag(last) == Tag::Table
}

/// A block holding an image and its marked-up caption: a figure written
/// with a `div` and a `span class="caption"`. The formats treat its
/// caption as a figure's; dropping the block would lose the image.
fn is_captioned_image(dom: &Dom, id: NodeId) -> bool {
    let inside = id + 1..dom.end(id);
    inside
        .clone()
        .any(|d| matches!(dom.tag(d), Tag::Img | Tag::Picture))
        && inside.into_iter().any(|d| {
            let tag = dom.tag(d);
            tag == Tag::Figcaption || (tag.is_element() && dom.class_names_caption(d))
        })
}

/// A line sending readers to the publisher's channels: "Follow The Daily
/// on Twitter", "Join our Telegram channel", "Download our app". The call
/// leads, or the publisher speaks of itself; "join their Discord server"
/// in an article's last paragraph is the article. An app offered for
/// both phone platforms is always the publisher's.
fn is_promo_line(text: &str) -> bool {
    if patterns::APP_STORES.is_match(text) || patterns::PRINT_OFFER.is_match(text) {
        return true;
    }
    // A short exclamation may come first: "Stay tuned! Follow us on ...".
    const MAX_LEAD_IN_CHARS: usize = 40;
    let latin_platform = patterns::PROMO_CHANNEL.is_match(text);
    (latin_platform
        && patterns::CALL_TO_ACTION.find(text).is_some_and(|m| {
            let before = text[..m.start()].trim_end();
            before.chars().count() <= 3
                || (before.ends_with(['!', '¡', '?'])
                    && before.chars().count() <= MAX_LEAD_IN_CHARS)
                || patterns::PUBLISHER_VOICE.is_match(text)
        }))
        || (patterns::NATIVE_FOLLOW.is_match(text)
            && (latin_platform || patterns::NATIVE_PLATFORM.is_match(text)))
}

/// "Sie möchten nichts verpassen? Dann abonnieren Sie jetzt unseren
/// kostenlosen Newsletter.": a call to subscribe wherever it stands in the
/// line, told by two subscription words and an address to the reader.
/// (One word is not enough: "You can sign up for the consultation here"
/// closes a report.)
fn is_newsletter_call(text: &str) -> bool {
    patterns::SUBSCRIBE_TEXT.matches_at_least(text, 2) && patterns::READER_ADDRESS.is_match(text)
}

/// A heading made of a tail-section phrase and little else.
fn is_tail_heading(text: &str) -> bool {
    let chars = text.chars().count();
    chars <= 40 && patterns::TAIL_HEADING.fills(text, 4) && patterns::TAIL_HEADING.leads(text, 2)
}

/// Whether a block is the heading of an author card ("Written by Sam
/// Ortiz"): a heading, not a line, since a post may close on its credit.
fn is_author_card_heading(dom: &Dom, b: &TextBlock) -> bool {
    const MAX_CHARS: usize = 60;
    b.chars <= MAX_CHARS
        && dom.tag(b.id).is_heading()
        && patterns::AUTHOR_CARD_HEADING.is_match(&b.text)
}

/// Characters up to which a block holding a date is a dateline.
const DATE_LINE_MAX_CHARS: usize = 40;

/// Characters up to which a block holding a date and closing with a time
/// of day is a dateline ("sexta-feira, 22 de outubro de 2010 às 20:13").
const DATE_TIME_LINE_MAX_CHARS: usize = 60;

/// Whether a short block, not a heading, is a date with at most a label
/// or a reading time before it ("15 de marzo de 2025", "Опубликовано 15
/// марта 2025", "8 min read · Feb 2, 2025"): the date
/// reader knows the month names of every language the patterns do not.
fn is_date_line(dom: &Dom, b: &TextBlock) -> bool {
    if is_fields_of_dates(dom, b) {
        return true;
    }
    (b.chars <= DATE_LINE_MAX_CHARS
        || (b.chars <= DATE_TIME_LINE_MAX_CHARS && patterns::TIME_OF_DAY_AT_END.is_match(&b.text))
        || is_line_of_dates(b)
        || is_meta_fields(b)
        || is_row_of_fields(dom, b))
        && !dom.tag(b.id).is_heading()
        && !is_cjk_sentence(&b.text)
        && text_before_date(&b.text).is_some_and(|before| {
            is_date_label(before)
                || patterns::READING_TIME.is_match(before.trim_end_matches(is_meta_separator))
        })
}

/// The text before the first date in `text`, if it holds one.
fn text_before_date(text: &str) -> Option<&str> {
    metadata::find_date(text).and_then(|start| text.get(..start))
}

/// Whether the text before a date is at most a label ("Published",
/// "Aktualisiert am", "更新日時："): two words, or a few CJK characters.
fn is_date_label(before: &str) -> bool {
    const MAX_WORDS: usize = 2;
    before.split_whitespace().count() <= MAX_WORDS
        && crate::text::cjk_chars(before) <= MAX_CJK_LABEL_CHARS
}

/// A stamp and its update set apart by a bar or a dot, each field a date
/// with at most a label ("Published November 12, 2025 at 10:57 a.m. ET |
/// Updated November 12, 2025 at 1:05 p.m. ET"): two date lines on one
/// line, longer than one may be.
fn is_fields_of_dates(dom: &Dom, b: &TextBlock) -> bool {
    const MAX_CHARS: usize = 160;
    const MAX_FIELD_CHARS: usize = 60;
    if b.chars > MAX_CHARS || !b.text.contains(['|', '·', '•']) || dom.tag(b.id).is_heading() {
        return false;
    }
    let mut fields = 0;
    b.text
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .all(|field| {
            fields += 1;
            field.chars().count() <= MAX_FIELD_CHARS
                && !is_cjk_sentence(field)
                && text_before_date(field).is_some_and(is_date_label)
        })
        && fields >= 2
}

/// The most CJK characters a label before a date holds ("更新日時：",
/// "記者 山田太郎", "来源：新华社 作者：王芳"). CJK text has no spaces
/// between words, so words cannot be counted: a caption or a sentence
/// before its date ("仮設住宅の集会所で話す住民たち＝2025年7月15日")
/// runs longer.
const MAX_CJK_LABEL_CHARS: usize = 12;

/// Whether a short text is a CJK sentence: it holds an ideographic full
/// stop ("米政府は2025年7月18日、追加関税の発動を延期すると発表した。"),
/// which no date line has. Forty CJK characters make a sentence, short
/// enough to pass for a line by its length.
fn is_cjk_sentence(text: &str) -> bool {
    text.contains(['。', '．'])
}

/// A post's meta line of short fields set apart by dots or bars, its date
/// among them ("January 8, 2025 · 6 min · 1187 words · Arjun Nair |
/// Suggest Changes", as blog themes print under the title): fields, not
/// a sentence. The date's place is checked by [`is_date_line`].
fn is_meta_fields(b: &TextBlock) -> bool {
    b.chars <= META_FIELDS_MAX_CHARS
        && are_meta_fields(
            b.text
                .split(['·', '•', '|'])
                .map(|field| field.split_whitespace().count()),
        )
}

/// [`is_meta_fields`] set apart by elements rather than separators: a
/// row of three or more short fields, each its own element (an author's
/// link, a `<time>`, a reading time, a badge).
fn is_row_of_fields(dom: &Dom, b: &TextBlock) -> bool {
    b.chars <= META_FIELDS_MAX_CHARS
        && are_meta_fields(dom.children(b.id).map(|child| {
            if dom.tag(child) == Tag::Text {
                // Loose words between the fields make a sentence.
                if dom.text_measure(child).span.content {
                    usize::MAX
                } else {
                    0
                }
            } else {
                crate::clean::inner_text(dom, child)
                    .split_whitespace()
                    .count()
            }
        }))
}

/// The longest line of meta fields.
const META_FIELDS_MAX_CHARS: usize = 120;

/// Whether fields of these word counts (0 for an empty one) are a line of
/// meta fields: three or more, of four words at most each.
fn are_meta_fields(word_counts: impl Iterator<Item = usize>) -> bool {
    const MAX_FIELD_WORDS: usize = 4;
    const MIN_FIELDS: usize = 3;
    let mut fields = 0;
    for words in word_counts {
        if words > MAX_FIELD_WORDS {
            return false;
        }
        fields += usize::from(words > 0);
    }
    fields >= MIN_FIELDS
}

/// A longer line made of dates and times with at most four words
/// between them, a reading time aside: a publication stamp and its update
/// ("12 марта 2025, 13:00 Обновлено 12.03.2025 15:20", "27 Febbraio 2025
/// alle 12:03 aggiornato alle 19:26 3 minuti di lettura"), which is no
/// sentence. Numerals of any script count ("২৯"), and a bar or a dash is
/// no word.
fn is_line_of_dates(b: &TextBlock) -> bool {
    const MAX_CHARS: usize = 80;
    const MAX_WORDS: usize = 4;
    b.chars <= MAX_CHARS
        && without_reading_time(&b.text)
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_numeric))
            .filter(|w| !is_part_of_date(w))
            .take(MAX_WORDS + 1)
            .count()
            <= MAX_WORDS
}

/// Whether a word belongs to the dates around it rather than to a
/// sentence: a month's or a weekday's name, or a time zone's abbreviation
/// ("Mon 18 Nov 2019 18.54 GMT").
fn is_part_of_date(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let zone = (2..=5).contains(&word.len()) && word.bytes().all(|c| c.is_ascii_uppercase());
    zone || metadata::is_month_name(word) || patterns::WEEKDAY.is_match(word)
}

/// The text without a reading time closing it ("… aggiornato alle 19:26
/// 3 minuti di lettura"): a stamp line often ends with one.
fn without_reading_time(text: &str) -> &str {
    // "3 minuti di lettura", "· 4 min read": a few words. The starts of
    // the last ones (each after white space), the longest tail tried first.
    const MAX_WORDS: usize = 5;
    let mut starts = [0usize; MAX_WORDS];
    let mut found = 0;
    let mut end = text.len();
    while found < MAX_WORDS {
        let Some(space) = text[..end].trim_end().rfind(char::is_whitespace) else {
            break;
        };
        starts[found] = space + text[space..].chars().next().map_or(1, char::len_utf8);
        found += 1;
        end = space;
    }
    starts[..found]
        .iter()
        .rev()
        .find(|&&at| patterns::READING_TIME.is_match(&text[at..]))
        .map_or(text, |&at| text[..at].trim_end())
}

/// What separates the items of a line of post facts ("8 min read · Feb 2,
/// 2025"): a dot, a bar, a dash or white space.
fn is_meta_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '·' | '•' | '|' | '-' | '–' | '—' | ',')
}

/// Characters up to which a block can be a byline line.
const BYLINE_LINE_MAX_CHARS: usize = 80;

/// Whether a short block, not a heading, is a byline ("Автор: Иван
/// Петров", "Yazar: Ahmet Yılmaz", "作者：王芳").
fn is_byline_line(dom: &Dom, b: &TextBlock) -> bool {
    b.chars <= BYLINE_LINE_MAX_CHARS && !dom.tag(b.id).is_heading() && metadata::is_byline(&b.text)
}

/// The stamp and byline lines that open a thread's later posts, by their
/// element and first class name: a stamp line before the text of the same
/// element and class is the first post's header (`<p class="post-meta">`
/// over every reply), and stays as the thread's text as the others do.
struct PostHeads {
    /// For each element and class, the block index of the last line of
    /// that shape that opens a post after the text has begun.
    last: HashMap<Shape, usize>,
}

impl PostHeads {
    /// Looks, after block `first` (the text's first), for lines shaped as
    /// one of `lines` that open a post: a stamp or byline followed by a
    /// post's worth of text before the next line of its shape (a teaser's
    /// or a timeline's stamp is followed by a line or two). One pass, and
    /// each block's class read once, however many lines there are.
    fn find<'b>(
        dom: &Dom,
        blocks: &[TextBlock],
        first: usize,
        lines: impl Iterator<Item = &'b TextBlock>,
    ) -> PostHeads {
        const MIN_POST_CHARS: usize = 80;
        // The few shapes asked about (with a class), each with where it
        // occurs.
        let mut seen: Vec<(Shape, Vec<usize>)> = Vec::new();
        for b in lines {
            let line = shape(dom, b.id);
            if line.1.is_some() && !seen.iter().any(|(s, _)| *s == line) {
                seen.push((line, Vec::new()));
            }
        }
        let mut last = HashMap::new();
        if seen.is_empty() {
            return PostHeads { last };
        }
        // Characters of the blocks before each index, from `first` on.
        let mut before = Vec::with_capacity(blocks.len().saturating_sub(first) + 1);
        let mut sum = 0;
        for (j, b) in blocks.iter().enumerate().skip(first + 1) {
            before.push(sum);
            sum += b.chars;
            if let Some((_, at)) = seen.iter_mut().find(|(s, _)| has_shape(dom, b.id, s)) {
                at.push(j);
            }
        }
        before.push(sum);
        let chars_before = |j: usize| {
            j.checked_sub(first + 1)
                .and_then(|k| before.get(k))
                .copied()
                .unwrap_or(sum)
        };
        for (line, at) in seen {
            let mut heads = at.iter().enumerate().filter(|&(k, &j)| {
                let next = at.get(k + 1).map_or(blocks.len(), |&n| n);
                chars_before(next).saturating_sub(chars_before(j + 1)) >= MIN_POST_CHARS && {
                    let b = &blocks[j];
                    is_date_line(dom, b)
                        || is_byline_line(dom, b)
                        || patterns::DATELINE.is_match(&b.text)
                }
            });
            if let Some((_, &j)) = heads.next_back() {
                last.insert(line, j);
            }
        }
        PostHeads { last }
    }

    /// Whether the stamp line at block index `i` is a post's header: a
    /// line of its shape opens a post after it.
    fn opens_a_post(&self, dom: &Dom, line: &TextBlock, i: usize) -> bool {
        self.last.get(&shape(dom, line.id)).is_some_and(|&j| j > i)
    }
}

/// Whether a block is prose: long enough and not mostly links. CJK
/// characters count twice ([`crate::text::is_cjk`]): forty of them make
/// a sentence.
fn is_prose(features: &Features, block: &TextBlock) -> bool {
    const MIN_CHARS: usize = 80;
    crate::text::reaches_with_cjk_doubled(block.chars, MIN_CHARS, || {
        crate::text::cjk_chars(&block.text)
    }) && features.link_density(block.id) < 0.3
}

/// Whether `id` is a cell of a data table with header cells (see
/// [`Features::is_data_table`]): an infobox, a results table. Only the
/// cell itself (a list of links inside a cell is a navigation box's, not
/// a value), and only under headers: a row of links laid out in cells
/// ("Back", "Forward") has none.
fn is_data_table_cell(
    dom: &Dom,
    features: &Features,
    id: NodeId,
    headed_tables: &mut HashMap<NodeId, bool>,
) -> bool {
    if !matches!(dom.tag(id), Tag::Td | Tag::Th) {
        return false;
    }
    let Some(table) = dom.ancestors(id).find(|&n| dom.tag(n) == Tag::Table) else {
        return false;
    };
    // Once per table: a table's every cell may ask.
    *headed_tables.entry(table).or_insert_with(|| {
        (table + 1..dom.end(table)).any(|n| dom.tag(n) == Tag::Th)
            && features.is_data_table(dom, table)
    })
}

/// A short block made only of links: a category label, "back to" link or
/// tag list.
fn is_crumb(features: &Features, block: &TextBlock) -> bool {
    let len = features.len(block.id);
    len > 0 && len <= 40 && features.link_density(block.id) >= 0.9 && !is_exclamation(&block.text)
}

/// Whether a block is links to places in this page and nothing else
/// ("Back to top", an "On this page" list after the text). Link density
/// weighs such links lightly, as Readability does, so they are counted
/// here.
fn is_in_page_links(dom: &Dom, features: &Features, id: NodeId) -> bool {
    const MIN_SHARE: f32 = 0.9;
    in_page_links(dom, features, id).is_some_and(|(_, link_chars)| {
        link_chars > 0 && link_chars as f32 >= MIN_SHARE * features.len(id) as f32
    })
}

/// How many links a block holds and their characters, when every one of
/// them leads to a place in the same page (none if one leads elsewhere).
fn in_page_links(dom: &Dom, features: &Features, id: NodeId) -> Option<(usize, u32)> {
    let mut links = 0;
    let mut link_chars = 0;
    let mut n = id + 1;
    while n < dom.end(id) {
        if dom.tag(n) != Tag::A {
            n += 1;
            continue;
        }
        if !dom.is_in_page_link(n) {
            return None;
        }
        links += 1;
        link_chars += features.len(n);
        n = dom.end(n);
    }
    Some((links, link_chars))
}

/// A line of skip links written with their label outside the links
/// ("Jump to: navigation, search"): every link in it leads within the
/// page, and the line says where.
fn is_skip_line(dom: &Dom, features: &Features, b: &TextBlock) -> bool {
    const MAX_CHARS: usize = 60;
    b.chars <= MAX_CHARS
        && in_page_links(dom, features, b.id).is_some_and(|(links, _)| links > 0)
        && patterns::SKIP_LINK.is_match(&b.text)
}

/// A linked sentence that ends in "!" or "?" ("Here's our year in
/// review!"): a highlight, which a crumb or a category label never is.
fn is_exclamation(text: &str) -> bool {
    text.trim_end().ends_with(['!', '?']) && text.split_whitespace().count() >= 3
}

/// Drops runs of a forum poster's profile facts: two or more blocks in a
/// row, each one "Label: value" line, at least one of them about the
/// poster's activity (posts, joined, registered...), or one short block
/// holding two such facts, or two or more terms of a description list
/// that are such labels, with their values.
fn drop_profile_facts(dom: &Dom, blocks: &[TextBlock], drop: &mut impl FnMut(NodeId)) {
    const MAX_FACT_CHARS: usize = 60;
    const MAX_CARD_CHARS: usize = 200;
    const MAX_TERM_VALUE_CHARS: usize = 40;
    let is_fact =
        |b: &TextBlock| b.chars <= MAX_FACT_CHARS && patterns::PROFILE_FACT.is_match(&b.text);
    let is_term_pair = |pair: &[TextBlock]| {
        dom.tag(pair[0].id) == Tag::Dt
            && dom.tag(pair[1].id) == Tag::Dd
            && pair[0].chars <= MAX_FACT_CHARS
            && pair[1].chars <= MAX_TERM_VALUE_CHARS
            && patterns::PROFILE_ACTIVITY_TERM.is_match(&pair[0].text)
    };
    let mut i = 0;
    while i < blocks.len() {
        let pairs = blocks[i..]
            .chunks_exact(2)
            .take_while(|pair| is_term_pair(pair))
            .count();
        // A company's "Registered" and "Location" are a directory's facts;
        // a count of posts or a join date makes them a poster's.
        let posting = || {
            blocks[i..i + 2 * pairs]
                .iter()
                .step_by(2)
                .any(|term| patterns::POSTING_TERM.is_match(&term.text))
        };
        if pairs >= 2 && posting() {
            blocks[i..i + 2 * pairs].iter().for_each(|b| drop(b.id));
            i += 2 * pairs;
            continue;
        }
        let run = blocks[i..].iter().take_while(|b| is_fact(b)).count();
        if run >= 2
            && blocks[i..i + run]
                .iter()
                .any(|b| patterns::PROFILE_ACTIVITY.is_match(&b.text))
        {
            blocks[i..i + run].iter().for_each(|b| drop(b.id));
        } else if run <= 1
            && blocks[i].chars <= MAX_CARD_CHARS
            && patterns::PROFILE_ACTIVITY
                .find_iter(&blocks[i].text)
                .take(2)
                .count()
                == 2
        {
            drop(blocks[i].id);
        }
        i += run.max(1);
    }
}

/// Whether an element that holds a poster's profile facts is the poster's
/// card: short lines only (no list, table or quotation of a post, no
/// paragraph longer than a line), short in all.
fn is_poster_panel(dom: &Dom, features: &Features, id: NodeId) -> bool {
    const MAX_PANEL_CHARS: u32 = 200;
    const MAX_LINE_CHARS: u32 = 60;
    features.len(id) <= MAX_PANEL_CHARS
        && !crate::signals::is_structural(dom.tag(id))
        && (id + 1..dom.end(id)).all(|d| match dom.tag(d) {
            Tag::Pre | Tag::Blockquote | Tag::Table | Tag::Ul | Tag::Ol => false,
            // Lines in a card may be written as paragraphs; a post's
            // paragraph is longer.
            Tag::P => features.len(d) <= MAX_LINE_CHARS,
            _ => true,
        })
        && dom
            .children(id)
            .filter(|&c| dom.tag(c).is_element())
            .all(|c| features.len(c) <= MAX_LINE_CHARS)
}

/// Characters of a label standing alone (an advertising or loading
/// label, a fold control, a reaction count), at most.
const LABEL_MAX_CHARS: usize = 64;

/// Characters of a marketing call to action, at most.
const CALL_TO_ACTION_MAX_CHARS: usize = 160;

/// Characters of a shop's control or delivery line, at most.
const SHOP_LINE_MAX_CHARS: usize = 60;

/// Characters of a notice that part of the page needs script, at most.
const SCRIPT_NOTICE_MAX_CHARS: usize = 120;
/// A publication and an update stamp side by side stay under this.
const DATE_STAMP_MAX_CHARS: usize = 100;
/// A button or a box written as a shortcode; longer blocks are text that
/// merely holds one.
const SHORTCODE_MAX_CHARS: usize = 300;

/// Characters an affiliate or advertising disclosure is written in, at most.
const DISCLOSURE_MAX_CHARS: usize = 400;

/// A block as the rules of the "anywhere" pass see it.
struct BlockView<'a> {
    dom: &'a Dom,
    features: &'a Features,
    block: &'a TextBlock,
    /// Characters of the block's text.
    chars: usize,
}

impl BlockView<'_> {
    fn text(&self) -> &str {
        &self.block.text
    }

    /// A label standing alone ("Advert", "Loading...", "Show more",
    /// "2 Likes"): labels are short, so longer blocks are never tried
    /// against their patterns.
    fn is_label(&self) -> bool {
        self.chars <= LABEL_MAX_CHARS
    }
}

/// A rule of the "anywhere" pass: the signal to drop a block with, when
/// the block is what the rule looks for.
type BlockRule = fn(&BlockView<'_>) -> Option<Signal>;

/// The rules for blocks anywhere in the article, tried in this order; the
/// first that fires decides. Each caps the length it looks at, so long
/// prose that merely mentions a phrase is never dropped.
const ANYWHERE_RULES: &[BlockRule] = &[
    photo_credit,
    ad_or_loading_label,
    lone_label,
    forum_chrome,
    typo_report,
    call_to_action,
    call_button,
    shop_line,
    date_stamp,
    unrendered_shortcode,
    unrendered_data,
    script_notice,
    lone_link_paragraph,
    disclosure,
    related_line,
    teaser_label,
    vote_count,
    channel_call,
    media_duration,
];

/// A player's running time alone on its line ("02:47", "1:04:10") in an
/// element named for a video, a recording or its player: the length of a
/// clip the page shows as a picture, not text.
fn media_duration(v: &BlockView<'_>) -> Option<Signal> {
    const MAX_CHARS: usize = 10;
    const MEDIA_WORDS: [&str; 7] = [
        "video", "audio", "player", "duration", "movie", "media", "podcast",
    ];
    // "m:ss" or "h:mm:ss": one or two digits, then two per field.
    let mut fields = 0;
    let well_formed = v.text().trim().split(':').all(|field| {
        fields += 1;
        let digits = field.len();
        field.bytes().all(|b| b.is_ascii_digit())
            && if fields == 1 {
                (1..=2).contains(&digits)
            } else {
                digits == 2
            }
    });
    if v.chars > MAX_CHARS || !well_formed || !(2..=3).contains(&fields) {
        return None;
    }
    let mut tokens = String::new();
    let named = std::iter::once(v.block.id)
        .chain(v.dom.ancestors(v.block.id).take(2))
        .any(|id| {
            tokens.clear();
            v.dom.name_tokens(id, &mut tokens);
            MEDIA_WORDS.iter().any(|w| tokens.contains(w))
        });
    named.then_some(Signal::Phrase("media duration"))
}

/// A call opening a short line to follow the publisher on a platform,
/// between the article's paragraphs: "Join The Daily's WhatsApp channel
/// for the latest news", "Follow us on Telegram for breaking news alerts",
/// or a call in another script naming a platform anywhere in the line.
/// (After the article, [`is_promo_line`] reads more forms.)
fn channel_call(v: &BlockView<'_>) -> Option<Signal> {
    const MAX_CHARS: usize = 160;
    // Each call opens with one of a few letters ("Follow", "Join",
    // "Subscribe", "Siga", "Participe", "Únete", "Rejoignez", "Volg",
    // "Ikuti", "Gabung", "Bergabung", "Obserwuj", "Dołącz", "Theo dõi"):
    // other lines skip the pattern.
    let opens_with_call_letter = v
        .text()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with([
            'f', 'F', 'j', 'J', 's', 'S', 'p', 'P', 'u', 'U', 'ú', 'Ú', 'r', 'R', 'v', 'V', 'i',
            'I', 'g', 'G', 'b', 'B', 'o', 'O', 'd', 'D', 't', 'T',
        ]);
    // In other scripts the call may stand anywhere in the line ("카카오톡
    // 채널에서 ... 구독하세요", "تابعوا ... عبر Google News").
    // A Chinese or Japanese character says as much as a word's letters
    // do: such a line is read as twice its length ("关注" is also "pay
    // attention to", in prose that names a platform).
    // Only lines with a letter beyond the Latin scripts are looked at:
    // curly quotes and accents make most English and European lines
    // non-ASCII too.
    let beyond_latin = |t: &str| t.chars().any(|c| c >= '\u{0370}' && c.is_alphabetic());
    let native_call = || {
        beyond_latin(v.text())
            && v.chars + crate::text::cjk_chars(v.text()) <= MAX_CHARS
            && patterns::NATIVE_FOLLOW.is_match(v.text())
            && (patterns::PROMO_CHANNEL.is_match(v.text())
                || patterns::NATIVE_PLATFORM.is_match(v.text()))
    };
    (v.chars <= MAX_CHARS
        && ((opens_with_call_letter && patterns::CHANNEL_CALL.is_match(v.text())) || native_call()))
    .then_some(Signal::Phrase(patterns::SUBSCRIBE_TEXT.name))
}

/// What forum software writes around and under posts, alone on its line:
/// who is online, a printable-version link, a code box's "Code: Select
/// all", and an edit notice, which runs longer than a label ("Last edited
/// by hbrennan on Mon Nov 06, 2023 8:35 pm, edited 1 time in total.").
fn forum_chrome(v: &BlockView<'_>) -> Option<Signal> {
    const MAX_CHARS: usize = 160;
    (v.chars <= MAX_CHARS && patterns::FORUM_CHROME.is_match(v.text()))
        .then_some(Signal::Phrase("forum chrome"))
}

/// A notice asking readers to report typos with Ctrl+Enter, wherever the
/// page puts it (often between the article and its tags).
fn typo_report(v: &BlockView<'_>) -> Option<Signal> {
    const MAX_CHARS: usize = 200;
    // "Ctrl" in any case holds "trl" or "TRL": most blocks are spared the
    // pattern.
    let names_ctrl = |t: &str| t.contains("trl") || t.contains("TRL");
    (v.chars <= MAX_CHARS && names_ctrl(v.text()) && patterns::TYPO_REPORT.is_match(v.text()))
        .then_some(Signal::Phrase("typo report notice"))
}

/// A bare count in an element named for votes, scores, likes or ratings
/// (a Q&A answer's "12", a comment's score, a recipe's "4.7 (3,481)" or
/// "58 ratings"): the page's tally, not its text. A key figure in a
/// counter widget over its label ("74" over "clinics completed") is the
/// page's text.
fn vote_count(v: &BlockView<'_>) -> Option<Signal> {
    const MAX_CHARS: usize = 24;
    if v.chars > MAX_CHARS || !is_tally_text(v.text()) {
        return None;
    }
    let mut tokens = String::new();
    v.dom.name_tokens(v.block.id, &mut tokens);
    let term = patterns::TALLY.find(&tokens)?;
    let figure = matches!(term, "counter" | "statistic" | "statistics" | "stats");
    (!(figure && is_labelled_figure(v))).then_some(Signal::Phrase("reaction count"))
}

/// Whether a line is only counts: numbers (thousands grouped by commas,
/// dots, spaces or apostrophes; "1.2k"; signed; in brackets), perhaps
/// with what they count ("58 ratings").
fn is_tally_text(text: &str) -> bool {
    const COUNTED: [&str; 12] = [
        "rating", "ratings", "review", "reviews", "vote", "votes", "star", "stars", "like",
        "likes", "view", "views",
    ];
    let mut numbers = 0;
    for word in text.split_whitespace() {
        let word = word.trim_matches(['(', ')', '[', ']', '+', '-', '−']);
        if word.is_empty() {
            continue;
        }
        let is_number = word.bytes().any(|b| b.is_ascii_digit())
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k' | 'K' | '\''));
        if is_number {
            numbers += 1;
        } else if !COUNTED.iter().any(|c| word.eq_ignore_ascii_case(c)) {
            return false;
        }
    }
    numbers > 0
}

/// Whether the words after a figure label it: the next element beside
/// it, not a heading, reads as two words or more.
fn is_labelled_figure(v: &BlockView<'_>) -> bool {
    const MAX_LABEL_CHARS: usize = 80;
    let dom = v.dom;
    dom.next_element_sibling(v.block.id)
        .filter(|&label| !dom.tag(label).is_heading())
        .is_some_and(|label| {
            let text = crate::clean::inner_text(dom, label);
            let words = text
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            words >= 2 && text.chars().count() <= MAX_LABEL_CHARS
        })
}

fn photo_credit(v: &BlockView<'_>) -> Option<Signal> {
    is_credit(v.dom, v.block).then_some(Signal::Credit)
}

fn ad_or_loading_label(v: &BlockView<'_>) -> Option<Signal> {
    (v.is_label()
        && (patterns::AD_WORDS.is_match(v.text()) || patterns::LOADING_WORDS.is_match(v.text())))
    .then_some(Signal::Phrase(patterns::AD_TEXT.name))
}

/// Labels that alone on their line are furniture, each with the name it
/// is reported under; only short blocks are tried.
static LONE_LABELS: &[(&Lazy<MatchRegex>, &str)] = &[
    (&patterns::FOLD_CONTROL, "fold control"),
    (&patterns::COMMENT_CALL, "call to comment"),
    (&patterns::FEEDBACK_PROMPT, "feedback prompt"),
    (&patterns::PAGE_CONTROL, "page control"),
    (&patterns::UI_ERROR, "error message"),
    (&patterns::READING_TIME, "reading time"),
    (&patterns::CELL_PROMPT, "notebook prompt"),
    (&patterns::TRIAL_TERMS, "call to action"),
    (&patterns::AUDIO_PLAYER, "audio player"),
    (&patterns::QR_PROMPT, "qr code prompt"),
    (&patterns::CREDIT_LABEL, "credit label"),
    (&patterns::EMBED_PLACEHOLDER, "embed placeholder"),
    (&patterns::REACTION_COUNT, "reaction count"),
    (&patterns::REACTION_ROSTER, "reaction count"),
    (&patterns::RATING_LINE, "rating"),
    (&patterns::PAYWALL_BADGE, "paywall badge"),
    (&patterns::SPONSOR_LABEL, "advertisement"),
];

/// Every pattern of [`LONE_LABELS`] in one: most short blocks are none of
/// them, and one search says so where the list would take one each.
static ANY_LONE_LABEL: Lazy<MatchRegex> = Lazy::new(|| {
    let parts: Vec<&MatchRegex> = LONE_LABELS.iter().map(|(pattern, _)| &***pattern).collect();
    patterns::any_matcher(&parts)
});

/// Builds this module's tables now (see [`crate::warm_up`]).
pub(crate) fn build_tables() {
    Lazy::force(&ANY_LONE_LABEL);
}

fn lone_label(v: &BlockView<'_>) -> Option<Signal> {
    if !v.is_label() || !ANY_LONE_LABEL.is_match(v.text()) {
        return None;
    }
    LONE_LABELS
        .iter()
        .find(|(pattern, _)| pattern.is_match(v.text()))
        .map(|&(_, name)| Signal::Phrase(name))
}

fn call_to_action(v: &BlockView<'_>) -> Option<Signal> {
    (v.chars <= CALL_TO_ACTION_MAX_CHARS && patterns::QUESTION_THEN_CALL.is_match(v.text()))
        .then_some(Signal::Phrase("call to action"))
}

fn shop_line(v: &BlockView<'_>) -> Option<Signal> {
    (v.chars <= SHOP_LINE_MAX_CHARS && patterns::SHOP_TEXT.leads(v.text(), 3))
        .then_some(Signal::Phrase(patterns::SHOP_TEXT.name))
}

/// An update or publication stamp alone on its line; in a list it is an
/// item's data (a repository's last commit), so list items are spared.
fn date_stamp(v: &BlockView<'_>) -> Option<Signal> {
    (v.chars <= DATE_STAMP_MAX_CHARS
        && v.dom.tag(v.block.id) != Tag::Li
        && patterns::DATE_STAMP.is_match(v.text()))
    .then_some(Signal::Dateline)
}

fn unrendered_shortcode(v: &BlockView<'_>) -> Option<Signal> {
    (v.chars <= SHORTCODE_MAX_CHARS && patterns::SHORTCODE.is_match(v.text()))
        .then_some(Signal::Phrase("unrendered shortcode"))
}

/// A template placeholder or a data object standing where rendered text
/// should be: `{{ board.errors[42].message }}`, `{% trans %}`, or a JSON
/// object a widget was to read (`{"footerHtml":"","hideMobile":false,...}`).
/// Code samples show such text on purpose; no rule here reads blocks in
/// or holding code (see `trim_article`).
fn unrendered_data(v: &BlockView<'_>) -> Option<Signal> {
    is_unrendered_data(v.text()).then_some(Signal::Phrase("unrendered template or data"))
}

/// Whether `text` is one template expression or one JSON object and
/// nothing else.
fn is_unrendered_data(text: &str) -> bool {
    const MAX_TEMPLATE_CHARS: usize = 200;
    const MIN_JSON_KEYS: usize = 3;
    let t = text.trim();
    let template = |open: &str, close: &str| {
        t.len() <= MAX_TEMPLATE_CHARS
            && t.strip_prefix(open)
                .and_then(|rest| rest.strip_suffix(close))
                .is_some_and(|inner| {
                    !inner.contains(['{', '}']) && inner.bytes().any(|b| b.is_ascii_alphabetic())
                })
    };
    let json = (t.starts_with("{\"") || t.starts_with("[{\""))
        && (t.ends_with('}') || t.ends_with(']'))
        && t.matches("\":").nth(MIN_JSON_KEYS - 1).is_some();
    template("{{", "}}") || template("{%", "%}") || json
}

/// Whether a block is inside code or holds some. Code wraps its text in
/// a few levels at most (`pre > code > span`), so only the nearest
/// ancestors are asked.
fn touches_code(dom: &Dom, id: NodeId) -> bool {
    const MAX_CODE_DEPTH: usize = 4;
    let is_code = |t: Tag| matches!(t, Tag::Code | Tag::Pre | Tag::Kbd | Tag::Samp);
    is_code(dom.tag(id))
        || dom
            .ancestors(id)
            .take(MAX_CODE_DEPTH)
            .any(|a| is_code(dom.tag(a)))
        || (id + 1..dom.end(id)).any(|d| is_code(dom.tag(d)))
}

fn script_notice(v: &BlockView<'_>) -> Option<Signal> {
    // Every notice names JavaScript: an ASCII text without a `j` holds
    // none, and skips the regex (other text may fold a letter, so it is
    // searched).
    let text = v.text();
    (v.chars <= SCRIPT_NOTICE_MAX_CHARS
        && (!text.is_ascii() || memchr::memchr2(b'j', b'J', text.as_bytes()).is_some())
        && patterns::SCRIPT_NOTICE.is_match(text))
    .then_some(Signal::Phrase("script notice"))
}

/// A button's call ("Learn more", "Get started") as a link alone on its
/// line. In a list it is one of the list's links, and stays with them.
fn call_button(v: &BlockView<'_>) -> Option<Signal> {
    (v.is_label()
        && is_link_line(v.features, v.block)
        && !is_in_list(v.dom, v.block.id)
        && patterns::CALL_BUTTON.is_match(v.text()))
    .then_some(Signal::Phrase("call to action"))
}

/// A paragraph that is one link and nothing else: a headline pointing
/// elsewhere. (Under 20 characters it may be a link the prose needs,
/// "Download the report"; a link to a document, "Read the full report
/// (PDF)", is the article's attachment however it is worded. An anchor
/// without an address points nowhere: an accordion's question, a script's
/// control.)
fn lone_link_paragraph(v: &BlockView<'_>) -> Option<Signal> {
    const MIN_CHARS: usize = 20;
    let id = v.block.id;
    (v.dom.tag(id) == Tag::P
        && v.chars >= MIN_CHARS
        && is_link_line(v.features, v.block)
        && !v.dom.every_link(id, |a| !v.dom.is_addressed_link(a))
        && !links_to_documents(v.dom, id)
        && !is_item_of_plain_list(v.dom, v.features, id))
    .then_some(Signal::LoneLink)
}

/// Whether a block is the whole of an item of a list whose other items
/// are mostly plain words: a guide's materials ("Wood glue", "<a>Construction
/// adhesive</a>", "Clamps"), where a shop's link on one item makes it no
/// headline. A list of headlines is links throughout.
fn is_item_of_plain_list(dom: &Dom, features: &Features, id: NodeId) -> bool {
    // Items looked at: enough to tell a list of things.
    const MAX_ITEMS: usize = 64;
    let Some(item) = std::iter::once(id)
        .chain(dom.ancestors(id).take(2))
        .find(|&a| dom.tag(a) == Tag::Li)
    else {
        return false;
    };
    // The link is the item (an item with a description and a "Buy" or
    // "PubMed" link line under it keeps its words without the link).
    if features.len(item) > features.len(id) + 2 {
        return false;
    }
    let Some(list) = dom.parent(item) else {
        return false;
    };
    let (mut items, mut plain) = (0, 0);
    for other in dom
        .children(list)
        .filter(|&c| dom.tag(c) == Tag::Li)
        .take(MAX_ITEMS)
    {
        items += 1;
        if features.len(other) > 0 && features.link_density(other) < 0.5 {
            plain += 1;
        }
    }
    plain * 2 >= items
}

/// Whether every link in a block points to a document file (a PDF, an
/// office file, an archive), not to another page.
fn links_to_documents(dom: &Dom, id: NodeId) -> bool {
    const DOCUMENT_EXTENSIONS: &[&str] = &[
        "pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "csv", "ppt", "pptx", "odp",
        "epub", "zip",
    ];
    dom.every_link(id, |a| dom.links_to_file(a, DOCUMENT_EXTENSIONS))
}

/// An affiliate or advertising disclosure leading the block, or leading
/// one part of a line of parts ("Last update on 2022-02-02 / Affiliate
/// links / Images from the Product Advertising API", as shop widgets
/// write under each product box).
fn disclosure(v: &BlockView<'_>) -> Option<Signal> {
    (v.chars <= DISCLOSURE_MAX_CHARS && leads_with_disclosure(v.text()))
        .then_some(Signal::Phrase(patterns::DISCLOSURE_TEXT.name))
}

/// See [`disclosure`]: the text, or one of its first parts, opens with a
/// disclosure.
fn leads_with_disclosure(text: &str) -> bool {
    const MAX_PARTS: usize = 4;
    let leads = |t: &str| patterns::DISCLOSURE_TEXT.leads(t.trim_start(), 12);
    match patterns::DISCLOSURE_TEXT.leads_if_held(text.trim_start(), 12) {
        Some(true) => true,
        // A part is set off by white space, so a phrase in it is one of
        // the whole text: a text without one spares its parts the search.
        None => false,
        Some(false) => text.split(" / ").take(MAX_PARTS).skip(1).any(leads),
    }
}

/// The bare word "related" inside a heading's words rather than opening
/// them: part of a section's name ("Statutory Notes and Related
/// Subsidiaries"), not a rail's label ("Related", "Other related posts"
/// match a longer phrase).
fn is_related_word_inside_name(text: &str) -> bool {
    const MAX_LEAD_CHARS: usize = 3;
    patterns::RELATED_TEXT
        .find(text)
        .is_some_and(|phrase| phrase.eq_ignore_ascii_case("related"))
        && !leads(&patterns::RELATED_TEXT, text, MAX_LEAD_CHARS)
}

/// Whether a heading opens with a section number ("2 Related Work",
/// "2.1. Related approaches", "IV. Related studies"): a numbered section of
/// a paper or a report, not a rail's label.
fn is_numbered_section_title(text: &str) -> bool {
    let text = text.trim_start();
    let after_arabic = text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let after_roman = text
        .trim_start_matches(['I', 'V', 'X'])
        .strip_prefix('.')
        .filter(|_| text.starts_with(['I', 'V', 'X']));
    let rest = if text.starts_with(|c: char| c.is_ascii_digit()) {
        after_arabic
    } else if let Some(rest) = after_roman {
        rest
    } else {
        return false;
    };
    rest.starts_with(char::is_whitespace) && rest.trim_start().starts_with(char::is_uppercase)
}

/// "Related: <a>Headline</a>" and kin: a related label leading a line of
/// links, or a line where the label ends in a colon.
fn related_line(v: &BlockView<'_>) -> Option<Signal> {
    // The cheap tests first: most blocks have neither, and the phrase
    // search reads the whole text.
    if v.chars > 200 {
        return None;
    }
    let linked = v.features.link_density(v.block.id) >= 0.5;
    (((linked || related_label_then_colon(v.text())) && patterns::RELATED_TEXT.leads(v.text(), 3))
        || (linked && patterns::SEE_ALSO_LEAD.is_match(v.text())))
    .then_some(Signal::Phrase(patterns::RELATED_TEXT.name))
}

/// "MIRA: <a>Headline</a>": a capitalised label and a colon before a link.
fn teaser_label(v: &BlockView<'_>) -> Option<Signal> {
    (v.chars <= 200
        && v.features.link_density(v.block.id) >= 0.6
        && capital_label_then_colon(v.text()))
    .then_some(Signal::Teasers)
}

/// The shortest pull quote looked for in the text: a few words are
/// quoted in a quotation as in the text by chance.
const MIN_PULL_QUOTE_CHARS: usize = 40;

/// Marks around a pull quote's words.
const QUOTATION_MARKS: [char; 8] = ['"', '\'', '“', '”', '‘', '’', '«', '»'];

/// Whether a quotation, or a box a level or two around it, is named a
/// pull quote (`pullquote`, `pull-quote`, `PullQuote_root`): a forum
/// reply's quotation of an earlier post repeats it too, and is the
/// reply's text.
fn names_pull_quote(dom: &Dom, quote: NodeId) -> bool {
    let mut tokens = String::new();
    std::iter::once(quote)
        .chain(dom.ancestors(quote).take(2))
        .any(|a| {
            dom.name_tokens(a, &mut tokens);
            tokens.contains("pullquote") || tokens.contains("pull quote")
        })
}

/// Trims the article's edges: crumbs and datelines before the prose, and
/// after it the tail of calls to comment, share, follow or subscribe,
/// author bios, and link lists. Anywhere: duplicated captions, photo
/// credits, lone links and disclosures.
pub(crate) fn trim_article(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    removal: &mut [Removal],
    roots: &[NodeId],
    site_host: Option<&str>,
    found: &mut HashMap<NodeId, Signal>,
) {
    let blocks = text_blocks(dom, removal, roots);
    // A block is dropped whole, so one whose element also holds other
    // blocks (a section with a stray date in it) is never dropped.
    let holds_others = |b: &TextBlock| {
        let own = b.chars as u32;
        features.len(b.id) > own + own / 5 + 10
    };
    // The selection is never dropped whole; of several roots (siblings
    // that joined the best candidate), each may go.
    let mut drop = |id: NodeId, signal: Signal, removal: &mut [Removal]| {
        if roots.len() > 1 || !roots.contains(&id) {
            removal[id] = Removal::Boilerplate;
            found.insert(id, signal);
        }
    };
    let mut facts = Vec::new();
    drop_profile_facts(dom, &blocks, &mut |id| {
        facts.push(id);
        drop(id, Signal::ProfileFacts, removal)
    });
    // The panel the facts sit in holds the rest of the poster's card: the
    // rank and the fields the forum adds ("Regular Member", "Bikes: ...").
    // The card may wrap the list of facts with the poster's title beside
    // it, a level or two up.
    const MAX_PANEL_LEVELS: usize = 2;
    let mut panels: Vec<NodeId> = facts
        .iter()
        .filter_map(|&f| dom.parent(f))
        .filter(|&p| is_poster_panel(dom, features, p))
        .map(|p| {
            dom.ancestors(p)
                .take(MAX_PANEL_LEVELS)
                .take_while(|&a| is_poster_panel(dom, features, a))
                .last()
                .unwrap_or(p)
        })
        .collect();
    panels.dedup();
    for panel in panels {
        drop(panel, Signal::ProfileFacts, removal);
    }
    // A button's call left loose beside a section's paragraphs ("<p>...</p>
    // <a class=button>Apply now</a>"), or an API reference's "source" link
    // beside each signature: the section's own text is the one link, and
    // the link goes, not the section.
    for b in blocks.iter().filter(|b| b.chars <= LABEL_MAX_CHARS) {
        // A source link goes beside any other text: a signature may be
        // as short as "impl Ledger".
        let holds_more = features.len(b.id) as usize > b.chars + 1;
        let source_link = holds_more && patterns::SOURCE_LINK.is_match(&b.text);
        let signal = if holds_others(b) && patterns::CALL_BUTTON.is_match(&b.text) {
            Signal::Phrase("call to action")
        } else if source_link {
            Signal::Phrase("source link")
        } else {
            continue;
        };
        // The link is all of the text, or (a source link beside a
        // heading's "§" anchor) says all of it.
        let button = dom.children(b.id).find(|&c| {
            dom.tag(c) == Tag::A
                && removal[c] == Removal::Kept
                && (features.len(c) as usize + 1 >= b.chars
                    || (source_link
                        && patterns::SOURCE_LINK.is_match(&crate::clean::inner_text(dom, c))))
        });
        if let Some(button) = button {
            drop(button, signal, removal);
        }
    }
    // Previews of other pages set inside the text, found in one walk: a
    // card that is one link around blocks of its own (a title, a summary,
    // a source), or a box whose title is a heading all one link over a
    // short summary whose own links (a "more") lead to the same page.
    // Where cards are most of the text, the page is a listing, which is
    // judged whole, not left as its few lines between cards.
    let mut cards = Vec::new();
    for &root in roots {
        let mut id = root + 1;
        while id < dom.end(root) {
            let card = if dom.tag(id) == Tag::A
                && removal[id] == Removal::Kept
                && is_link_card(dom, features, id)
            {
                Some(sole_wrapper_or_figure(dom, features, roots, id))
            } else if dom.tag(id).is_heading() {
                // The title may have gone already (a card's header box,
                // by its name) with its summary left standing.
                headed_card(dom, features, roots, id).filter(|&card| removal[card] == Removal::Kept)
            } else {
                None
            };
            match card {
                Some(card) => {
                    cards.push(card);
                    id = dom.end(card);
                }
                None => id += 1,
            }
        }
    }
    let card_chars: u32 = cards.iter().map(|&c| features.len(c)).sum();
    let all_chars: u32 = roots.iter().map(|&r| features.len(r)).sum();
    if card_chars * 4 < all_chars {
        for card in cards {
            drop(card, Signal::Teasers, removal);
        }
    }
    // A call to action's lead: a short line all in bold, the publisher
    // speaking of itself, set right before a button that went ("Stop
    // searching. Talk to our experts" over "Talk to us!"). A bold line
    // that heads a step or a section speaks of the subject, not of "us".
    for b in blocks.iter().filter(|b| b.chars <= CALL_LEAD_MAX_CHARS) {
        // The button first: few blocks have one after them.
        if removal[b.id] == Removal::Kept
            && !holds_others(b)
            && features.link_density(b.id) == 0.0
            && precedes_dropped_button(dom, features, removal, b.id)
            && is_all_bold(dom, b.id)
            && patterns::PUBLISHER_VOICE.is_match(&b.text)
        {
            drop(b.id, Signal::Phrase("call to action"), removal);
        }
    }
    // A pull quote: words of the text set again, large, beside it.
    for b in blocks.iter().filter(|b| b.chars >= MIN_PULL_QUOTE_CHARS) {
        let Some(quote) = std::iter::once(b.id)
            .chain(dom.ancestors(b.id).take(3))
            .find(|&a| dom.tag(a) == Tag::Blockquote)
        else {
            continue;
        };
        if removal[quote] != Removal::Kept || !names_pull_quote(dom, quote) {
            continue;
        }
        let words = b
            .text
            .trim_matches(|c: char| QUOTATION_MARKS.contains(&c) || c.is_whitespace());
        let repeated = blocks.iter().any(|o| {
            !dom.contains(quote, o.id) && removal[o.id] == Removal::Kept && o.text.contains(words)
        });
        if repeated {
            drop(
                sole_wrapper(dom, features, roots, quote),
                Signal::Phrase("pull quote repeating the text"),
                removal,
            );
        }
    }
    // A script player's own controls around its `<video>` ("Play",
    // "Current Time 0:00", "Fullscreen"): short labels in the player's box.
    // A box whose lines are all short and several is a control bar; a
    // headline and a price over a looping video are a page's own words.
    for (player, media) in player_boxes(dom, features, roots) {
        let inside: Vec<&TextBlock> = blocks
            .iter()
            .filter(|b| dom.contains(player, b.id) && !dom.contains(media, b.id))
            .collect();
        let controls = inside.len() >= MIN_PLAYER_LABELS
            && has_seek_bar(dom, player)
            && inside.iter().all(|b| {
                b.chars <= PLAYER_LABEL_MAX_CHARS && !holds_others(b) && !is_caption(dom, b.id)
            });
        if controls {
            for b in inside {
                drop(b.id, Signal::Phrase("player controls"), removal);
            }
        }
    }
    // A step's number drawn as a badge inside its item of a numbered
    // list: the list numbers the step already.
    for b in blocks.iter().filter(|b| b.chars <= 3 && !holds_others(b)) {
        if is_step_number_badge(dom, b) {
            drop(b.id, Signal::Phrase("step number"), removal);
        }
    }
    // Captions shown twice (a gallery and its lightbox, desktop and mobile
    // copies): the first stays.
    let mut captions_seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for b in blocks.iter().filter(|b| !holds_others(b)) {
        let chars = b.chars;
        if is_caption(dom, b.id) && !b.text.is_empty() && !captions_seen.insert(b.text.as_str()) {
            drop(b.id, Signal::Duplicate, removal);
            continue;
        }
        // Code is the article's own text whatever its words ("print",
        // "Subscribe", a date): no phrase rule reads it.
        if touches_code(dom, b.id) {
            continue;
        }
        let view = BlockView {
            dom,
            features,
            block: b,
            chars,
        };
        if let Some(signal) = ANYWHERE_RULES.iter().find_map(|rule| rule(&view)) {
            drop(b.id, signal, removal);
        }
    }
    // A table-of-contents label whose list is not there (script builds
    // it): a heading over nothing.
    for (i, b) in blocks.iter().enumerate() {
        if removal[b.id] != Removal::Kept
            || b.chars > LABEL_MAX_CHARS
            || holds_others(b)
            || !patterns::CONTENTS_LABEL.is_match(&b.text)
        {
            continue;
        }
        let next = blocks[i + 1..]
            .iter()
            .find(|n| removal[n.id] == Removal::Kept);
        if !next.is_some_and(|n| is_in_list(dom, n.id)) {
            drop(b.id, Signal::Phrase("contents label"), removal);
        }
    }
    // A "More:" or "Related" label over a run of link-only blocks: other
    // articles listed inside the text.
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        // A label gone already for its phrase ("DON'T MISS") is no block
        // any more: the links right after it are still under it.
        let label_gone = removal[b.id] == Removal::Kept
            && !holds_others(b)
            && is_line_of_links(dom, features, b)
            && follows_dropped_related_label(dom, removal, b.id);
        if label_gone {
            drop(
                sole_wrapper(dom, features, roots, b.id),
                Signal::Teasers,
                removal,
            );
            i += 1;
            continue;
        }
        if removal[b.id] == Removal::Kept && !holds_others(b) && is_related_label(&b.text) {
            let run = blocks[i + 1..]
                .iter()
                .take_while(|n| {
                    removal[n.id] == Removal::Kept
                        && !holds_others(n)
                        && (is_link_line(features, n) || is_line_of_links(dom, features, n))
                })
                .count();
            if run > 0 {
                for n in &blocks[i..=i + run] {
                    drop(
                        sole_wrapper(dom, features, roots, n.id),
                        Signal::Teasers,
                        removal,
                    );
                }
                i += run + 1;
                continue;
            }
        }
        i += 1;
    }
    // A kicker over the headline ("Reportage", "Analysis"): the section's
    // label, set apart from the title it sits on.
    for b in &blocks {
        if is_prose(features, b) {
            break;
        }
        if !is_kicker_text(b) {
            continue;
        }
        if is_kicker(dom, removal, b.id) && !holds_others(b) {
            drop(b.id, Signal::Phrase("kicker"), removal);
        } else if let Some(label) = loose_kicker(dom, features, removal, b) {
            drop(label, Signal::Phrase("kicker"), removal);
        }
    }
    // A stamp and its update on one line run as long as a sentence, and
    // are none.
    let Some(first) = blocks
        .iter()
        .position(|b| is_prose(features, b) && !is_fields_of_dates(dom, b))
    else {
        return;
    };
    // Before the prose: crumbs and datelines. A data table's cells are
    // its data (an infobox's "Founded" date, its linked founder), not a
    // crumb or a dateline of the page.
    // Sites also set the date and byline under the standfirst, before the
    // body's first paragraph: there only those go, not crumbs. Not under
    // a longer first block, nor when such lines recur further down: a
    // thread's replies each open with their author and date, which are
    // the thread's text. A picture's caption or credit ("Photo by Jane
    // Doe") is no stamp line, whatever its words.
    let is_stamp_line = |b: &TextBlock| {
        !holds_others(b)
            && !is_in_list(dom, b.id)
            && !matches!(dom.tag(b.id), Tag::Dd | Tag::Dt | Tag::Td | Tag::Th)
            && !is_caption(dom, b.id)
            && (is_date_line(dom, b) || is_byline_line(dom, b))
    };
    // A lead picture's caption between the standfirst and the stamp line
    // is not the body's first paragraph.
    let second = blocks[first + 1..]
        .iter()
        .position(|b| is_prose(features, b) && !is_caption(dom, b.id))
        .map_or(first + 1, |i| first + 1 + i);
    // A standfirst is a sentence or two; a first post runs longer.
    const MAX_STANDFIRST_CHARS: usize = 350;
    let second = if blocks[first].chars <= MAX_STANDFIRST_CHARS
        && blocks[first + 1..second].iter().any(is_stamp_line)
        && !blocks[second..].iter().any(is_stamp_line)
    {
        second
    } else {
        first
    };
    let mut headed_tables = HashMap::new();
    let mut headed_lists = HashMap::new();
    let mut datelines = Vec::new();
    for (i, b) in blocks[..second]
        .iter()
        .enumerate()
        .filter(|&(i, b)| i != first && !holds_others(b) && !touches_code(dom, b.id))
    {
        let signal = if i > first {
            // Under the standfirst: a stamp or byline line of its own, not
            // a list's item (a contents entry "3.7.1 NSS").
            if is_stamp_line(b) {
                Signal::Dateline
            } else {
                continue;
            }
        } else if (is_crumb(features, b)
            && !is_listed_under_section_heading(dom, b.id, &mut headed_lists))
            || is_skip_line(dom, features, b)
        {
            Signal::Crumb
        } else if !is_caption(dom, b.id)
            && ((b.chars <= 120
                && !is_cjk_sentence(&b.text)
                && patterns::DATELINE.is_match(&b.text)
                // A heading that opens with a number in dots is a section's
                // or a release's ("2.3.1 Installation", "3.2.0 Latest")
                // unless the number is a date.
                && (!dom.tag(b.id).is_heading()
                    || crate::metadata::find_date(&b.text).is_some()))
                || is_date_line(dom, b)
                || is_byline_line(dom, b))
        {
            // A caption dated with its photograph ("住民たち＝2025年7月15日、
            // 輪島市") stays a caption.
            Signal::Dateline
        } else {
            continue;
        };
        if signal == Signal::Dateline {
            // Judged together below: whether each opens a post.
            datelines.push(i);
        } else if !is_data_table_cell(dom, features, b.id, &mut headed_tables) {
            drop(b.id, signal, removal);
        }
    }
    let heads = PostHeads::find(dom, &blocks, first, datelines.iter().map(|&i| &blocks[i]));
    for i in datelines {
        let b = &blocks[i];
        if heads.opens_a_post(dom, b, i) {
            // Its poster's name, taken for the page's byline, stays in it
            // as in the other posts' headers.
            for r in &mut removal[b.id..dom.end(b.id)] {
                if *r == Removal::Byline {
                    *r = Removal::Kept;
                }
            }
        } else if !is_data_table_cell(dom, features, b.id, &mut headed_tables) {
            drop(b.id, Signal::Dateline, removal);
        }
    }
    // A closing section under its own heading ("About the author", "Zur
    // Person", "Further reading"), when what follows the heading is short
    // next to the article.
    let article: usize = blocks.iter().map(|b| b.chars).sum();
    let mut after = 0usize;
    let mut section_start = None;
    for (i, b) in blocks.iter().enumerate().skip(first + 1).rev() {
        let chars = b.chars;
        if after > 1500 || after * 4 > article {
            break;
        }
        if after > 0
            && (is_tail_heading(&b.text) || is_author_card_heading(dom, b))
            && !holds_others(b)
        {
            section_start = Some(i);
        }
        after += chars;
    }
    if let Some(start) = section_start {
        for b in &blocks[start..] {
            if !holds_others(b) {
                drop(b.id, Signal::Phrase(patterns::TAIL_HEADING.name), removal);
            }
        }
    }
    // The tail, walked from the end until a block that belongs. What it
    // finds is dropped once the walk has stopped: the block it stops at
    // may introduce the links under it.
    let mut tail: Vec<(NodeId, Signal)> = Vec::new();
    let mut stop = None;
    for (i, b) in blocks[first + 1..].iter().rev().enumerate() {
        // A closing section dropped above is already gone.
        if removal[b.id] == Removal::Boilerplate {
            continue;
        }
        let chars = b.chars;
        let signal = if holds_others(b) || touches_code(dom, b.id) {
            break;
        } else if i == 0
            && chars <= 100
            && b.text.ends_with([':', '：'])
            && !introduces_media(dom, removal, roots, b.id)
        {
            Signal::DanglingLabel
        } else if chars <= 100
            && dom.tag(b.id).is_heading()
            && !b.text.ends_with(['.', '?', '!', '…', '。', '？', '！'])
        {
            // Everything after it is gone (the walk stops at the first
            // block that stays): a heading over nothing. One written as a
            // sentence or a question (a pull quote, an FAQ entry whose
            // answer is folded away) says something itself.
            Signal::DanglingLabel
        } else if is_cited_address(&b.text, site_host) {
            stop = Some(b);
            break;
        } else if is_crumb(features, b) {
            Signal::Crumb
        } else if chars <= 200
            && (patterns::TAIL_TEXT.leads(&b.text, 12)
                || patterns::REPRINT_NOTICE.is_match(&b.text))
        {
            Signal::Phrase(patterns::TAIL_TEXT.name)
        } else if chars <= 200
            && (features.link_density(b.id) > 0.6 || is_in_page_links(dom, features, b.id))
        {
            Signal::Crumb
        } else if (chars <= 250 && (is_promo_line(&b.text) || is_newsletter_call(&b.text)))
            || (chars <= 600
                && (patterns::PAID_SUBSCRIPTION.is_match(&b.text)
                    || patterns::SUPPORT_APPEAL.is_match(&b.text)))
        {
            Signal::Phrase(patterns::SUBSCRIBE_TEXT.name)
        } else if chars <= 600
            && (patterns::AUTHOR_BIO_LINE.is_match(&b.text)
                || patterns::SELF_INTRODUCTION.is_match(&b.text)
                || in_author_box(dom, signals, features, roots, b.id))
        {
            Signal::AuthorBio
        } else if chars <= 800 && patterns::is_company_boilerplate(&b.text) {
            Signal::CompanyBoilerplate
        } else if chars <= 60 && patterns::RELATED_TEXT.leads(&b.text, 4) {
            Signal::Phrase(patterns::RELATED_TEXT.name)
        } else {
            stop = Some(b);
            break;
        };
        tail.push((b.id, signal));
    }
    // "Here are the tools I used:" over a list of links: the text's own
    // sentence announces the list, so its items are the article's, not
    // links left at its edge. (Found last to first, the items next to the
    // sentence are at the end.)
    if stop.is_some_and(|b| is_list_lead_in(dom, b)) {
        while let Some(&(id, Signal::Crumb)) = tail.last() {
            if !is_in_list(dom, id) {
                break;
            }
            tail.pop();
        }
    }
    for (id, signal) in tail {
        drop(id, signal, removal);
    }
    for id in repeated_sections(dom, removal, roots, &blocks) {
        drop(id, Signal::RepeatedSection, removal);
    }
}

/// Whether a block is the address of another site written out
/// (`https://nodejs.org/api/inspector.html`): a source the text cites,
/// listed under it. A link to another page of the site itself is the
/// site's own, as teasers are.
fn is_cited_address(text: &str, site_host: Option<&str>) -> bool {
    let text = text.trim();
    if text.contains(char::is_whitespace) {
        return false;
    }
    let address = if text.starts_with("https://") || text.starts_with("http://") {
        text.to_string()
    } else if text.starts_with("www.") {
        format!("http://{text}")
    } else {
        return false;
    };
    match (link_host(&address), site_host) {
        (Some(host), Some(site)) => !same_site(&host, site),
        (host, _) => host.is_some(),
    }
}

/// Whether what comes right after `id` in the article, before any text,
/// is a video, a frame or another embed the article keeps: a line ending
/// in a colon there introduces it ("To see it in action, check out the
/// footage below:"), and is not a label left over nothing. A picture
/// does not count: rating stars and a teaser's thumbnail follow labels
/// ("Your rating:", "Read next:").
fn introduces_media(dom: &Dom, removal: &[Removal], roots: &[NodeId], id: NodeId) -> bool {
    // Wrappers and empty paragraphs between the line and the embed, at
    // most.
    const MAX_NODES: usize = 24;
    // Only what the article holds: a frame in the page's sidebar follows
    // nothing of the text.
    let Some(end) = roots
        .iter()
        .find(|&&r| dom.contains(r, id))
        .map(|&r| dom.end(r))
    else {
        return false;
    };
    let mut n = dom.end(id);
    let mut looked = 0;
    while n < end && looked < MAX_NODES {
        looked += 1;
        if removal[n] != Removal::Kept {
            n = dom.end(n).max(n + 1);
            continue;
        }
        let tag = dom.tag(n);
        if tag.is_embedded_block() {
            return true;
        }
        if dom.text(n).is_some_and(|t| !text::trimmed(t).is_empty()) {
            return false;
        }
        n += 1;
    }
    false
}

/// Sections of the article that repeat an earlier one word for word:
/// responsive pages carry a part twice (one copy for narrow screens, one
/// for wide, the other hidden by a style sheet a saved page cannot
/// apply), and carousels clone their slides. A reader sees one copy; the
/// first stays. A section here is an element holding two blocks of text
/// or more; a paragraph said twice (a refrain, a repeated instruction) is
/// the author's, and so are quotations (a reply quoting the post above
/// it) and code.
fn repeated_sections(
    dom: &Dom,
    removal: &[Removal],
    roots: &[NodeId],
    blocks: &[TextBlock],
) -> Vec<NodeId> {
    const MIN_BLOCKS: usize = 2;
    const MIN_CHARS: usize = 60;
    // A section of labels alone ("Efficient service", "Careful
    // handling") is a set of marks a page may give every item it lists;
    // a copy of one holds a sentence at least.
    const MIN_SENTENCE_CHARS: usize = 50;
    // One fixed hasher for the call: texts are compared whole wherever two
    // hashes agree.
    let hasher = foldhash::fast::FixedState::default();
    let text_hash = |text: &str| hasher.hash_one(text);
    // Every section repeated holds a sentence repeated: most pages hold
    // none, and are done with here.
    let hashes: Vec<u64> = blocks.iter().map(|b| text_hash(&b.text)).collect();
    let mut sentence_hashes: Vec<u64> = blocks
        .iter()
        .zip(&hashes)
        .filter(|(b, _)| b.chars >= MIN_SENTENCE_CHARS)
        .map(|(_, &h)| h)
        .collect();
    sentence_hashes.sort_unstable();
    if !sentence_hashes.windows(2).any(|w| w[0] == w[1]) {
        return Vec::new();
    }
    let span = dom.span_of(roots);
    let mut alive = vec![false; span.len()];
    for_each_article_node(dom, removal, roots, |id, _| {
        if let Some(slot) = id.checked_sub(span.start).and_then(|i| alive.get_mut(i)) {
            *slot = true;
        }
        true
    });
    let is_alive = |id: NodeId| {
        id.checked_sub(span.start)
            .and_then(|i| alive.get(i))
            .copied()
            .unwrap_or(false)
    };
    let mut kept: Vec<(&TextBlock, u64)> = blocks
        .iter()
        .zip(hashes)
        .filter(|(b, _)| b.chars > 0 && is_alive(b.id))
        .collect();
    if kept.len() < 2 * MIN_BLOCKS {
        return Vec::new();
    }
    kept.sort_by_key(|(b, _)| b.id);
    // Prefix hashes, lengths and sentence counts over the blocks in
    // document order: the blocks of an element are a run of them, each
    // measured and compared in constant time.
    const BASE: u64 = 0x100_0000_01b3;
    let mut prefix = Vec::with_capacity(kept.len() + 1);
    let mut powers = Vec::with_capacity(kept.len() + 1);
    let mut chars = Vec::with_capacity(kept.len() + 1);
    let mut sentences = Vec::with_capacity(kept.len() + 1);
    let (mut hash, mut power, mut length, mut count) = (0u64, 1u64, 0usize, 0usize);
    for block in std::iter::once(None).chain(kept.iter().map(Some)) {
        if let Some(&(b, text)) = block {
            hash = hash.wrapping_mul(BASE).wrapping_add(text);
            power = power.wrapping_mul(BASE);
            length += b.chars;
            count += usize::from(b.chars >= MIN_SENTENCE_CHARS);
        }
        prefix.push(hash);
        powers.push(power);
        chars.push(length);
        sentences.push(count);
    }
    let run_hash =
        |i: usize, j: usize| prefix[j].wrapping_sub(prefix[i].wrapping_mul(powers[j - i]));
    let same_run = |(i, j): (usize, usize), (k, l): (usize, usize)| {
        j - i == l - k
            && kept[i..j]
                .iter()
                .zip(&kept[k..l])
                .all(|((a, _), (b, _))| a.text == b.text)
    };
    // The latest run seen of each text: the nearest earlier copy is the
    // only one that may be close enough, and keeping one run a text keeps
    // the pass linear however often a page repeats itself.
    let mut latest: HashMap<u64, (usize, usize), foldhash::fast::RandomState> = HashMap::default();
    let mut repeated = Vec::new();
    for &root in roots {
        let mut id = root;
        while id < dom.end(root) {
            let tag = dom.tag(id);
            // Quotations and code repeat text by right; a removed subtree
            // holds nothing to compare.
            if !is_alive(id) || matches!(tag, Tag::Blockquote | Tag::Pre | Tag::Code) {
                id = dom.end(id).max(id + 1);
                continue;
            }
            if !tag.is_element() {
                id += 1;
                continue;
            }
            let first = kept.partition_point(|(b, _)| b.id < id);
            let last = kept.partition_point(|(b, _)| b.id < dom.end(id));
            if last - first < MIN_BLOCKS
                || chars[last] - chars[first] < MIN_CHARS
                || sentences[last] == sentences[first]
            {
                id += 1;
                continue;
            }
            // A copy of its own: the earlier run ends before this one
            // starts, with less text between the two than the copy holds.
            // Parts of a document repeated further apart (a module
            // listed under two courses, the same note in two sections)
            // are the document's own.
            let copy = chars[last] - chars[first];
            let run = (first, last);
            let earlier = latest.insert(run_hash(first, last), run);
            if let Some((i, j)) = earlier.filter(|&(_, j)| j <= first) {
                // Each copy is compared with the one before it: a carousel's
                // clones follow one another.
                if chars[first] - chars[j] <= copy && same_run((i, j), run) {
                    repeated.push(id);
                    id = dom.end(id).max(id + 1);
                    continue;
                }
            }
            id += 1;
        }
    }
    repeated
}

/// Whether a block is a sentence of the text announcing what follows
/// ("Here are the tools I used:", "Die Quellen im Überblick:"): it ends in
/// a colon and says more than a label. A label ("Read more:", "Related
/// stories:", "MORE:") names other pages, not the text's own list.
fn is_list_lead_in(dom: &Dom, b: &TextBlock) -> bool {
    const MIN_WORDS: usize = 4;
    const MAX_CHARS: usize = 300;
    b.chars <= MAX_CHARS
        && b.text.ends_with([':', '：'])
        && !dom.tag(b.id).is_heading()
        && b.text.split_whitespace().count() >= MIN_WORDS
        && patterns::RELATED_TEXT.find(&b.text).is_none()
        && !patterns::TAIL_TEXT.leads(&b.text, 12)
        && !capital_label_then_colon(&b.text)
}

/// What [`judge`] knows of the article a block sits in.
#[derive(Clone, Copy)]
pub(crate) struct Article {
    /// The text length of the article's elements.
    pub len: u32,
    /// The page declares a publication date: a story or a post, not a
    /// service or landing page.
    pub dated: bool,
}

/// Judges one element of the article. `is_root` elements (the selection
/// itself) are never removed here.
pub(crate) fn judge(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    id: NodeId,
    tag: Tag,
    is_root: bool,
    article: Article,
) -> Option<Signal> {
    let article_len = article.len;
    if is_root {
        return None;
    }
    if is_hover_card(dom, features, id, tag) || is_tooltip(dom, features, id, tag) {
        return Some(Signal::HoverCard);
    }
    if is_tab_strip(dom, features, id) {
        return Some(Signal::TabStrip);
    }
    if is_post_action_row(dom, features, id) || is_post_counter(dom, features, id) {
        return Some(Signal::PostActions);
    }
    let len = features.len(id);
    let embedded_post = len > 0 && features.counts[id].quote_len as f32 >= 0.6 * len as f32;
    // A block holding most of the article is the article, whatever its
    // name ("non-paywall", "promo-story").
    let holds_most = u64::from(len) * 5 >= u64::from(article_len) * 3;
    if signals.either(id, ClassSignals::BOILERPLATE)
        && !(signals.either(id, ClassSignals::POSITIVE) && names_article_itself(dom, id))
        && !embedded_post
        && ((len < MAX_NAMED_BLOCK_CHARS && !holds_most) || features.link_density(id) > 0.5)
        && !is_prose_named_for_ads(dom, features, id)
        && (article.dated || !is_named_only_for_action(dom, id))
        && !is_article_part_named_for_subscribers(dom, features, id)
        && !is_code_signature(dom, features, id)
    {
        return Some(Signal::Name);
    }
    if len == 0 || len > MAX_PHRASE_BLOCK_CHARS || !is_judged_block(tag) {
        return None;
    }
    // A code sample is program text, not the page speaking: it may well
    // set "cookies" or call "subscribe". (The scan is no longer than the
    // text gathering below.)
    if (id + 1..dom.end(id)).any(|n| matches!(dom.tag(n), Tag::Pre | Tag::Code)) {
        return None;
    }
    // A longer text can only be judged by a phrase leading it: its first
    // characters say whether the whole is worth gathering.
    let (text, whole) = inner_text_upto(dom, id, PHRASE_PREFIX_CHARS);
    // A sponsor's message says so first ("Sponsored: ...").
    if patterns::SPONSOR_LEAD.is_match(&text) {
        return Some(Signal::Sponsor);
    }
    if !whole && !may_lead_with_phrase(&text) {
        return None;
    }
    let text = if whole { text } else { inner_text(dom, id) };
    phrase_signal(&text, tag)
        .filter(|&phrase| phrase != patterns::RELATED_TEXT.name || !is_field_name(dom, id))
        .map(Signal::Phrase)
}

/// Whether a block is, or sits in, the name of a field: a term of a
/// description list or a table's header cell ("Recommended Daily Usage"
/// over its value in a product's specifications). A rail's "Recommended"
/// or "Related" label is a heading of its own, never such a name.
fn is_field_name(dom: &Dom, id: NodeId) -> bool {
    std::iter::once(id)
        .chain(dom.ancestors(id).take(2))
        .any(|a| matches!(dom.tag(a), Tag::Dt | Tag::Th))
}

/// Characters of a block's text that [`may_lead_with_phrase`] reads: the
/// furthest a leading phrase may start ([`CONSENT_LEAD`], the widest
/// window), the longest phrase, and a character on each side of it.
/// Collapsed text has no runs of white space, so a phrase's match is no
/// longer than the phrase.
const PHRASE_PREFIX_CHARS: usize = CONSENT_LEAD + MAX_LEADING_PHRASE_CHARS + 2;

/// Characters within which a phrase must start to lead a block, by family
/// (see [`phrase_signal`]): a subscription call in prose or a list, and
/// in any other block; a consent notice; an author box.
const SUBSCRIBE_LEAD_IN_PROSE: usize = 24;
const SUBSCRIBE_LEAD: usize = 48;
const CONSENT_LEAD: usize = 60;
const AUTHOR_BIO_LEAD: usize = 40;
const _: () = assert!(CONSENT_LEAD >= SUBSCRIBE_LEAD && CONSENT_LEAD >= AUTHOR_BIO_LEAD);

/// Characters in the longest phrase [`may_lead_with_phrase`] looks for.
const MAX_LEADING_PHRASE_CHARS: usize = 40;

/// Whether a text of more than 60 characters, of which `prefix` is at
/// least the first [`PHRASE_PREFIX_CHARS`], may be boilerplate by
/// [`phrase_signal`]: past 60 characters only its leading phrases count,
/// and a phrase leading the whole text leads the prefix as well (the
/// prefix holds its match whole, and an earlier match in the prefix is
/// one in the text). A false hope costs only the whole text's gathering.
fn may_lead_with_phrase(prefix: &str) -> bool {
    patterns::may_hold_block_phrase(prefix)
        && (leads(&patterns::SUBSCRIBE_TEXT, prefix, SUBSCRIBE_LEAD)
            || leads(&patterns::CONSENT_TEXT, prefix, CONSENT_LEAD)
            || leads(&patterns::AUTHOR_BIO_TEXT, prefix, AUTHOR_BIO_LEAD))
}

/// Whether the class or id of `id` names the article itself, not only as
/// the owner of a boilerplate block (see [`patterns::names_article_itself`]).
fn names_article_itself(dom: &Dom, id: NodeId) -> bool {
    let class = dom.attr(id, &html5ever::local_name!("class"));
    let ident = dom.attr(id, &html5ever::local_name!("id"));
    patterns::names_article_itself(class.unwrap_or(""), ident.unwrap_or(""))
}

/// Whether a block named only for a "signature" is an API reference's
/// declaration (`member-signature`, `type-signature`: "public static int
/// max(int a, int b)"), not a forum poster's signature under a post.
fn is_code_signature(dom: &Dom, features: &Features, id: NodeId) -> bool {
    // A declaration is a line or two.
    const MAX_CHARS: u32 = 300;
    if features.len(id) > MAX_CHARS {
        return false;
    }
    let mut tokens = String::new();
    dom.name_tokens(id, &mut tokens);
    if patterns::class_signals_without(&tokens, "signature").has(ClassSignals::BOILERPLATE) {
        return false;
    }
    let text = inner_text(dom, id);
    !text.trim_end().ends_with('.') && patterns::DECLARATION.is_match(&text)
}

/// Whether a block is prose whose only boilerplate name is "ad" or "ads":
/// a section that carries ad slots between its paragraphs
/// (`Section--Ads`), or a mail client's class on pasted text. An ad slot
/// itself holds no prose of its own.
fn is_prose_named_for_ads(dom: &Dom, features: &Features, id: NodeId) -> bool {
    const MAX_LINK_DENSITY: f32 = 0.2;
    if features.len(id) < MIN_PROSE_IN_AD_NAME_CHARS
        || features.link_density(id) >= MAX_LINK_DENSITY
    {
        return false;
    }
    let mut tokens = String::new();
    dom.name_tokens(id, &mut tokens);
    !patterns::class_signals_without_words(&tokens, &["ad", "ads"]).has(ClassSignals::BOILERPLATE)
}

/// Whether a block whose only boilerplate name is a subscription's
/// (`subscriber-preview`, `subscriber-only`, `paywall`) is a part of the
/// article that the site shows to some readers only: paragraphs of prose,
/// without links, form or buttons, where an offer to subscribe holds a
/// sentence or two and a way to act on it.
fn is_article_part_named_for_subscribers(dom: &Dom, features: &Features, id: NodeId) -> bool {
    const MIN_CHARS: u32 = 300;
    const MIN_PARAGRAPH_CHARS: u32 = 80;
    const MIN_PARAGRAPHS: usize = 2;
    const MAX_LINK_DENSITY: f32 = 0.2;
    if features.len(id) < MIN_CHARS || features.link_density(id) >= MAX_LINK_DENSITY {
        return false;
    }
    let inside = id + 1..dom.end(id);
    if inside.clone().any(|n| {
        matches!(
            dom.tag(n),
            Tag::Form | Tag::Input | Tag::Button | Tag::Select | Tag::Textarea
        )
    }) {
        return false;
    }
    let paragraphs = inside
        .filter(|&n| dom.tag(n) == Tag::P && features.len(n) >= MIN_PARAGRAPH_CHARS)
        .take(MIN_PARAGRAPHS)
        .count();
    if paragraphs < MIN_PARAGRAPHS {
        return false;
    }
    let mut tokens = String::new();
    dom.name_tokens(id, &mut tokens);
    !patterns::class_signals_except(&tokens, |token| {
        token.starts_with("subscri") || token == "paywall"
    })
    .has(ClassSignals::BOILERPLATE)
}

/// Whether a block's only boilerplate name is a call to action (`cta`):
/// a box asking the reader to act, boilerplate inside a story, but on a
/// service or landing page (not a dated piece) one of the sections that
/// make up the page.
fn is_named_only_for_action(dom: &Dom, id: NodeId) -> bool {
    let mut tokens = String::new();
    dom.name_tokens(id, &mut tokens);
    let without = tokens
        .replace(" call to action ", " ")
        .replace(" calltoaction ", " ");
    let named = without.len() < tokens.len() || without.split(' ').any(|t| t == "cta");
    named
        && !patterns::class_signals_without_words(&without, &["cta"]).has(ClassSignals::BOILERPLATE)
}

/// A card that pops up over a name or a term in the text (a person's
/// latest stories, a topic's links): an inline element inside a paragraph
/// holding a picture and several links, and hardly any other text. In the
/// page it is hidden until hovered; in the text it splits a sentence.
fn is_hover_card(dom: &Dom, features: &Features, id: NodeId, tag: Tag) -> bool {
    // A card is a handful of elements; the bound keeps the anchor count
    // below from rescanning long chains of nested spans.
    const MAX_CARD_NODES: usize = 64;
    let looks_like_card = |id: NodeId| {
        const MIN_LINKS: usize = 2;
        dom.tag(id) == Tag::Span
            && dom.end(id) - id <= MAX_CARD_NODES
            && features.counts[id].img > 0
            && features.link_density(id) >= 0.8
            && (id + 1..dom.end(id))
                .filter(|&d| dom.tag(d) == Tag::A)
                .take(MIN_LINKS)
                .count()
                >= MIN_LINKS
    };
    // The card itself, not the span that wraps it with the linked name.
    tag == Tag::Span
        && looks_like_card(id)
        && !dom.children(id).any(looks_like_card)
        && dom
            .ancestors(id)
            .find(|&a| dom.tag(a).is_block())
            .is_some_and(|a| dom.tag(a) == Tag::P)
}

/// A tooltip's bubble inside a sentence: an inline element named a
/// tooltip (or `role="tooltip"`) in a paragraph, holding a definition of
/// the term before it. In the page it shows on hover; in the text it
/// splits the sentence ("search engineSearch Engine A search engine
/// is..."). Only the innermost such element goes: a trigger wraps its
/// term and the bubble, and a lone short one is the term itself.
fn is_tooltip(dom: &Dom, features: &Features, id: NodeId, tag: Tag) -> bool {
    const MAX_TOOLTIP_NODES: usize = 64;
    const MIN_TOOLTIP_CHARS: u32 = 20;
    const MAX_TOOLTIP_CHARS: u32 = 600;
    const TOOLTIP: patterns::Needles = patterns::Needles::new(&["tooltip"]);
    let named_tooltip = |n: NodeId| {
        [local_name!("class"), local_name!("id"), local_name!("role")]
            .iter()
            .any(|name| {
                dom.attr(n, name)
                    .is_some_and(|v| patterns::holds_ignoring_ascii_case(v, &TOOLTIP))
            })
    };
    let len = features.len(id);
    !tag.is_block()
        && (MIN_TOOLTIP_CHARS..=MAX_TOOLTIP_CHARS).contains(&len)
        && dom.end(id) - id <= MAX_TOOLTIP_NODES
        && named_tooltip(id)
        && !(id + 1..dom.end(id)).any(named_tooltip)
        && dom
            .ancestors(id)
            .find(|&a| dom.tag(a).is_block())
            .is_some_and(|a| dom.tag(a) == Tag::P)
}

/// Whether `id` is the strip of tab names over tab panels (`role="tablist"`,
/// Bootstrap's `nav-tabs`) that open with the same names as headings
/// (a shop's "Description" and "Additional information"): each name is a
/// control that shows its panel, and the panel's heading says it again.
/// Tabs whose names are said nowhere else are the panels' only titles.
fn is_tab_strip(dom: &Dom, features: &Features, id: NodeId) -> bool {
    const MAX_TAB_CHARS: u32 = 40;
    const MAX_STRIP_CHARS: u32 = 240;
    let named = || {
        dom.attr(id, &local_name!("role"))
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("tablist"))
            || dom
                .attr(id, &local_name!("class"))
                .is_some_and(|c| c.split_ascii_whitespace().any(|n| n == "nav-tabs"))
    };
    let len = features.len(id);
    matches!(dom.tag(id), Tag::Ul | Tag::Ol | Tag::Div | Tag::Nav)
        && len > 0
        && len <= MAX_STRIP_CHARS
        && named()
        && {
            let mut tabs = 0;
            dom.children(id)
                .filter(|&c| dom.tag(c).is_element())
                .all(|c| {
                    tabs += 1;
                    features.len(c) <= MAX_TAB_CHARS
                })
                && tabs >= 2
        }
        && tab_names_repeat_as_headings(dom, id)
}

/// Whether `id` is a list of a post's action links and nothing else
/// ("permalink · save · report · reply", "Quote", "4 comments"), as
/// forums and link aggregators set under every post and reply, or a row
/// of such labels in elements of their own ("<span>Reply</span>
/// <span>Share</span>", which a script makes buttons): controls, which
/// sit inside the thread, not at its edge.
fn is_post_action_row(dom: &Dom, features: &Features, id: NodeId) -> bool {
    const MAX_ROW_CHARS: u32 = 100;
    const ACTIONS: [&str; 25] = [
        "award",
        "permalink",
        "link",
        "embed",
        "save",
        "unsave",
        "report",
        "reply",
        "quote",
        "share",
        "edit",
        "delete",
        "flag",
        "like",
        "upvote",
        "downvote",
        "vote",
        "hide",
        "context",
        "parent",
        "source",
        "comment",
        "comments",
        "antworten",
        "zitieren",
    ];
    let len = features.len(id);
    if len == 0 || len > MAX_ROW_CHARS {
        return false;
    }
    let list = matches!(dom.tag(id), Tag::Ul | Tag::Ol);
    // Outside a list, the labels are all the row holds: no words between.
    let labels_alone = || {
        dom.children(id)
            .all(|c| dom.text(c).is_none_or(|t| t.trim().is_empty()))
    };
    if !list && !labels_alone() {
        return false;
    }
    let elements = || dom.children(id).filter(|&c| dom.tag(c).is_element());
    if elements().nth(1).is_none() {
        return false;
    }
    // The longest action with a count beside it ("downvote (1234)").
    const MAX_ITEM_CHARS: u32 = 24;
    elements().all(|item| {
        // "4 comments", "reply (3)": a count beside the action. The label
        // is read last: most rows fail on length or links first.
        features.len(item) <= MAX_ITEM_CHARS
            && (!list || features.link_density(item) > 0.9)
            && ACTIONS.contains(&label_without_count(dom, item).as_str())
    })
}

/// Whether `id` is a post's number in its thread, linked to the post
/// ("#2"), perhaps after the post's date ("03-14-2025, 10:12 PM #2"), as
/// forums write it in each post's corner: a block of its own, linked
/// within the site (a changelog's "#2240" links to another site's pull
/// request, and sits in its sentence).
fn is_post_counter(dom: &Dom, features: &Features, id: NodeId) -> bool {
    const MAX_CHARS: u32 = 48;
    const MAX_DIGITS: usize = 7;
    let len = features.len(id);
    if len == 0 || len > MAX_CHARS || features.link_density(id) == 0.0 || !dom.tag(id).is_block() {
        return false;
    }
    let within_site = |a: NodeId| {
        dom.attr(a, &html5ever::local_name!("href"))
            .is_none_or(|href| !href.trim_start().contains("//"))
    };
    let text = crate::clean::inner_text(dom, id);
    let text = text.trim();
    let Some((before, number)) = text.rsplit_once('#') else {
        return false;
    };
    let is_number =
        |n: &str| (1..=MAX_DIGITS).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit());
    let mark = format!("#{number}");
    is_number(number)
        && (before.trim().is_empty() || crate::metadata::find_date(before).is_some())
        && (id..dom.end(id)).any(|a| {
            dom.tag(a) == Tag::A
                && within_site(a)
                && crate::clean::inner_text(dom, a).trim() == mark
        })
}

/// The text of a control or a heading, lower-cased and collapsed, without
/// a count at either end ("Reviews (3)", "14 comments").
fn label_without_count(dom: &Dom, id: NodeId) -> String {
    let text = crate::clean::inner_text(dom, id).to_lowercase();
    text.trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || "()".contains(c))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether most tabs of a strip (two at least) are named again by a
/// heading after it. A count beside a name ("Reviews (3)") is left out.
fn tab_names_repeat_as_headings(dom: &Dom, strip: NodeId) -> bool {
    const MAX_HEADINGS: usize = 64;
    let name_of = |n: NodeId| label_without_count(dom, n);
    let headings: Vec<String> = (dom.end(strip)..dom.len())
        .filter(|&n| dom.tag(n).is_heading())
        .take(MAX_HEADINGS)
        .map(name_of)
        .collect();
    let (mut tabs, mut repeated) = (0, 0);
    for tab in dom.children(strip).filter(|&c| dom.tag(c).is_element()) {
        let name = name_of(tab);
        tabs += 1;
        repeated += usize::from(!name.is_empty() && headings.contains(&name));
    }
    repeated >= 2 && repeated * 2 >= tabs
}

/// The lists of teasers inside the article, when they are a minor part of
/// it (a listing page is made of teasers; there they are the content).
pub(crate) fn minor_teaser_lists(
    dom: &Dom,
    features: &Features,
    removal: &[Removal],
    roots: &[NodeId],
    site_host: Option<&str>,
) -> Vec<NodeId> {
    let mut lists = Vec::new();
    for_each_article_node(dom, removal, roots, |id, is_root| {
        if !is_root
            && is_teaser_list(dom, features, id, dom.tag(id))
            && !links_mostly_elsewhere(dom, id, site_host)
        {
            lists.push(id);
            return false;
        }
        true
    });
    let article: u32 = roots.iter().map(|&r| features.len(r)).sum();
    let teasers: u32 = lists.iter().map(|&l| features.len(l)).sum();
    if 5 * teasers > 2 * article {
        lists.clear();
    }
    lists
}

/// Whether most links under `id` lead to another site than the page's:
/// a list of references (bug reports, sources, documents elsewhere), not
/// teasers for the site's own stories. Relative links stay on the site;
/// without a known host, every link is taken to.
fn links_mostly_elsewhere(dom: &Dom, id: NodeId, site_host: Option<&str>) -> bool {
    let Some(site) = site_host else {
        return false;
    };
    let (mut here, mut elsewhere) = (0usize, 0usize);
    for a in (id + 1..dom.end(id)).filter(|&n| dom.tag(n) == Tag::A) {
        let Some(href) = dom.attr(a, &html5ever::local_name!("href")) else {
            continue;
        };
        match link_host(href) {
            Some(host) if !same_site(&host, site) => elsewhere += 1,
            _ => here += 1,
        }
    }
    elsewhere > here
}

/// The host of an absolute or protocol-relative link (see
/// [`metadata::bare_host`]); `None` for a relative link or one without a
/// host (`mailto:`).
fn link_host(href: &str) -> Option<String> {
    let href = href.trim();
    // A protocol-relative link takes the page's scheme; any names its host.
    let url = match href.strip_prefix("//") {
        Some(rest) => Url::parse(&format!("http://{rest}")),
        None => Url::parse(href),
    }
    .ok()?;
    metadata::bare_host(&url).map(str::to_owned)
}

/// Two hosts of one site: the same, or one a subdomain of the other.
fn same_site(a: &str, b: &str) -> bool {
    let sub = |long: &str, short: &str| {
        long.strip_suffix(short)
            .is_some_and(|head| head.ends_with('.'))
    };
    a == b || sub(a, b) || sub(b, a)
}

/// A run of teasers: at least three items, most of them a short block led
/// by a link (a headline) and either mostly link text or carrying a
/// "By ..., Published" / date line.
fn is_teaser_list(dom: &Dom, features: &Features, id: NodeId, tag: Tag) -> bool {
    if !matches!(tag, Tag::Ul | Tag::Ol | Tag::Div | Tag::Section) {
        return false;
    }
    let items: Vec<NodeId> = dom
        .children(id)
        .filter(|&c| dom.tag(c).is_element() && features.len(c) > 0)
        .collect();
    if items.len() < 3 {
        return false;
    }
    let teasers = items
        .iter()
        .filter(|&&item| {
            let len = features.len(item);
            len <= 300
                && features.link[item] >= 15.0
                && (features.link_density(item) >= 0.5
                    || (features.link_density(item) >= 0.2
                        && patterns::TEASER_META.is_match(&inner_text(dom, item))))
        })
        .count();
    teasers * 10 >= items.len() * 7
}

fn is_judged_block(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Div
            | Tag::Section
            | Tag::P
            | Tag::Ul
            | Tag::Ol
            | Tag::H2
            | Tag::H3
            | Tag::H4
            | Tag::H5
            | Tag::H6
            | Tag::Header
            | Tag::Aside
            | Tag::Form
    )
}

/// Whether `pattern` matches in the first words of `text`.
fn leads(pattern: &PhrasePattern, text: &str, within: usize) -> bool {
    pattern.leads(text, within)
}

/// Characters an advertising label heading may hold beyond its word ("—
/// Advertisement —").
const AD_HEADING_SLACK: usize = 4;

/// A share bar's label: the word leads ("Share", "Share on Facebook"), or
/// follows a short lead-in that is not the start of a sentence ("Enjoyed
/// it? Share it", "Social Share"). After a lower-case word the word is a
/// verb in a sentence ("Limits and retries share the bucket"), and a
/// heading that runs on for more than a platform's name names a section
/// ("Share one bucket across queues").
fn is_share_label(text: &str, tag: Tag) -> bool {
    const MAX_LEAD_IN_CHARS: usize = 24;
    const MAX_HEADING_WORDS_AFTER: usize = 2;
    let Some(m) = patterns::SHARE_TEXT.first(text) else {
        return false;
    };
    let lead_in = &text[..m.start()];
    if lead_in.chars().count() > MAX_LEAD_IN_CHARS {
        return false;
    }
    // "Enjoyed it? Share it": the lead-in is a sentence of its own.
    let mid_sentence = lead_in.trim_end().ends_with(char::is_alphanumeric)
        && lead_in
            .split_whitespace()
            .next_back()
            .and_then(|word| word.chars().next())
            .is_some_and(char::is_lowercase);
    let runs_on = || text[m.end()..].split_whitespace().count() > MAX_HEADING_WORDS_AFTER;
    !mid_sentence && (!tag.is_heading() || !runs_on())
}

/// Whether a short text is a sentence rather than a label: five words or
/// more ending in a full stop or a question mark ("Which native ad units
/// are the most popular?", "You can read more about it here."). Labels
/// of rails stop short or end in a colon.
fn is_sentence(text: &str) -> bool {
    const MIN_WORDS: usize = 5;
    let text = text.trim_end();
    (text.ends_with('.') || text.ends_with('?')) && text.split_whitespace().count() >= MIN_WORDS
}

/// Characters up to which a paragraph leading with a call to subscribe is
/// a label ("Readers can sign up for alerts"), whatever else it says;
/// longer ones must read as a call ([`is_call_to_subscribe`]).
const SUBSCRIBE_LABEL_MAX_CHARS: usize = 60;

/// Whether a paragraph that mentions subscribing is a call to do it: the
/// call opens it or one of its sentences ("Subscribe to ...", "Want more?
/// Sign up"), or it speaks to the reader or for the publisher. "Customers
/// who subscribe to the premium tier pay more" reports on subscribing.
fn is_call_to_subscribe(text: &str) -> bool {
    patterns::SUBSCRIBE_TEXT.opens_sentence(text) || patterns::READER_ADDRESS.is_match(text)
}

/// The phrase family that makes a short block boilerplate, if any.
fn phrase_signal(text: &str, tag: Tag) -> Option<&'static str> {
    // One scan for all the families below: most blocks hold none.
    if !patterns::may_hold_block_phrase(text) {
        return None;
    }
    let chars = text.chars().count();
    let heading_like = tag.is_heading() || chars <= 60;
    // In prose and lists the phrase must open the text (the first item);
    // a box may put a short label before it.
    let lead = if matches!(tag, Tag::P | Tag::Ul | Tag::Ol) {
        SUBSCRIBE_LEAD_IN_PROSE
    } else {
        SUBSCRIBE_LEAD
    };
    if leads(&patterns::SUBSCRIBE_TEXT, text, lead)
        && (chars <= 300 || tag != Tag::P)
        && (tag != Tag::P || chars <= SUBSCRIBE_LABEL_MAX_CHARS || is_call_to_subscribe(text))
    {
        return Some(patterns::SUBSCRIBE_TEXT.name);
    }
    if heading_like
        && leads(&patterns::RELATED_TEXT, text, 40)
        && chars <= 60
        && !is_sentence(text)
        && !is_related_word_inside_name(text)
        && !is_numbered_section_title(text)
    {
        return Some(patterns::RELATED_TEXT.name);
    }
    // A heading about advertising ("Advertising analytics for ecommerce")
    // is a label only when the word is all it says.
    if chars <= 40
        && patterns::AD_TEXT.is_match(text)
        && (!tag.is_heading() || patterns::AD_TEXT.fills(text, AD_HEADING_SLACK))
    {
        return Some(patterns::AD_TEXT.name);
    }
    if chars <= 40 && is_share_label(text, tag) {
        return Some(patterns::SHARE_TEXT.name);
    }
    if leads(&patterns::CONSENT_TEXT, text, CONSENT_LEAD) && tag != Tag::P {
        return Some(patterns::CONSENT_TEXT.name);
    }
    if leads(&patterns::AUTHOR_BIO_TEXT, text, AUTHOR_BIO_LEAD) {
        return Some(patterns::AUTHOR_BIO_TEXT.name);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cited_addresses_are_other_sites_written_out() {
        let site = Some("fieldnotes.example.org");
        assert!(is_cited_address(
            "https://nodejs.org/api/inspector.html",
            site
        ));
        assert!(is_cited_address(
            "www.npmjs.com/package/inspector-api",
            site
        ));
        assert!(is_cited_address(" http://example.com/a ", None));
        // The site's own pages, and a subdomain of it, are not sources.
        assert!(!is_cited_address(
            "https://fieldnotes.example.org/posts/2",
            site
        ));
        assert!(!is_cited_address(
            "https://blog.fieldnotes.example.org/x",
            site
        ));
        // A title, or an address inside a sentence, is not an address.
        assert!(!is_cited_address("Node.js inspector documentation", site));
        assert!(!is_cited_address("See https://nodejs.org for more", site));
        assert!(!is_cited_address("nodejs.org/api", site));
    }

    /// The one search for every lone label answers as the list does.
    #[test]
    fn lone_labels_are_found_by_the_joined_search_as_by_the_list() {
        let texts = [
            "Show more",
            "Click to expand...",
            "2 Likes",
            "1.2k points",
            "Did this answer your question?",
            "Sorry!",
            "Failed to load latest commit information.",
            "There was a problem with the brakes.",
            "5 min read",
            "In [3]:",
            "No credit card required",
            "Members only",
            "Listen to this article",
            "Rated 4.5 out of 5",
            "Just a line of ordinary prose.",
            "",
        ];
        let mut found = 0;
        for text in texts {
            let by_list = LONE_LABELS
                .iter()
                .any(|(pattern, _)| pattern.is_match(text));
            found += usize::from(by_list);
            assert_eq!(ANY_LONE_LABEL.is_match(text), by_list, "{text:?}");
        }
        assert!(found >= 10, "the texts try the patterns: {found} matched");
    }

    #[test]
    fn unrendered_templates_and_data_objects_are_told_from_text() {
        assert!(is_unrendered_data(
            "{{ DiscussionBoard.errors[11793116].message }}"
        ));
        assert!(is_unrendered_data(" {% trans 'Read more' %} "));
        assert!(is_unrendered_data(
            r#"{"statementLink":"","footerHtml":"","hideMobile":false,"language":"en"}"#
        ));
        assert!(!is_unrendered_data("{{ }}"));
        assert!(!is_unrendered_data("Write {{name}} where the name goes."));
        assert!(!is_unrendered_data(r#"{"a": 1}"#));
        assert!(!is_unrendered_data("{Braces} are fine in prose {too}"));
    }

    #[test]
    fn leading_phrases_fit_the_prefix_judged() {
        for family in [
            &patterns::SUBSCRIBE_TEXT,
            &patterns::CONSENT_TEXT,
            &patterns::AUTHOR_BIO_TEXT,
        ] {
            assert!(family.longest_phrase_chars() <= MAX_LEADING_PHRASE_CHARS);
        }
    }

    #[test]
    fn links_to_documents_are_told_from_links_to_pages() {
        let dom = Dom::index(crate::parse::parse_str(concat!(
            r#"<p><a href="/files/plan.pdf">The plan</a></p>"#,
            r#"<p><a href="https://example.org/t/Tables.XLSX?v=2#s1">Tables</a></p>"#,
            r#"<p><a href="/a.pdf">A</a> and <a href="/b.docx">B</a></p>"#,
            r#"<p><a href="/news/story">A story</a></p>"#,
            r#"<p><a href="/files/plan.pdf">The plan</a> <a href="/story">A story</a></p>"#,
            r#"<p><a href="/topics/pdf">PDF news</a></p>"#,
            r#"<p><a href="/files/.pdf">Hidden</a></p>"#,
            r#"<p><a>No address</a></p>"#,
            r#"<p>No link at all</p>"#,
        )));
        let found: Vec<bool> = dom
            .find_all(Tag::P)
            .map(|p| links_to_documents(&dom, p))
            .collect();
        assert_eq!(
            found,
            [true, true, true, false, false, false, false, false, false]
        );
    }

    #[test]
    fn a_line_is_all_bold_only_when_every_word_is() {
        let dom = Dom::index(crate::parse::parse_str(
            "<p><strong>Stop searching. <em>Talk</em> to us</strong></p>\
             <p><b>Bold</b> then plain</p><p><span> </span><b><i>deep</i></b></p><p></p>",
        ));
        let ps: Vec<NodeId> = dom.find_all(Tag::P).collect();
        assert!(is_all_bold(&dom, ps[0]));
        assert!(!is_all_bold(&dom, ps[1]));
        // White space outside the bold counts for nothing; an empty line
        // is not a bold one.
        assert!(is_all_bold(&dom, ps[2]));
        assert!(!is_all_bold(&dom, ps[3]));
    }

    #[test]
    fn template_text_in_code_is_a_sample() {
        let dom = Dom::index(crate::parse::parse_str(
            "<p><code>{{ .Title }}</code></p><pre>{{ .Body }}</pre><p>{{ page.title }}</p>",
        ));
        let mut ps = dom.find_all(Tag::P);
        let (code_p, plain_p) = (ps.next().unwrap(), ps.next().unwrap());
        assert!(touches_code(&dom, code_p));
        assert!(touches_code(&dom, dom.find(Tag::Pre).unwrap()));
        assert!(!touches_code(&dom, plain_p));
    }

    #[test]
    fn a_heading_about_advertising_is_not_an_ad_label() {
        assert_eq!(
            phrase_signal("Advertisement", Tag::H3),
            Some("advertisement")
        );
        assert_eq!(phrase_signal("Sponsored", Tag::P), Some("advertisement"));
        assert_eq!(
            phrase_signal("Advertising analytics for ecommerce", Tag::H3),
            None
        );
    }

    #[test]
    fn a_sentence_is_not_a_rail_label() {
        assert_eq!(phrase_signal("Related articles", Tag::H3), Some("related"));
        assert_eq!(phrase_signal("Related", Tag::H3), Some("related"));
        assert_eq!(
            phrase_signal("Other related posts", Tag::H3),
            Some("related")
        );
        assert_eq!(
            phrase_signal("Explore related questions", Tag::H2),
            Some("related")
        );
        assert_eq!(
            phrase_signal("Statutory Notes and Related Subsidiaries", Tag::H4),
            None
        );
        // A consent dialog, not a paper's ethics statement.
        assert_eq!(
            phrase_signal("Manage your consent preferences", Tag::Div),
            Some("cookie consent")
        );
        assert_eq!(
            phrase_signal(
                "Ethics declarations Ethics approval and consent to participate Approved by the board.",
                Tag::Section
            ),
            None
        );
        assert_eq!(phrase_signal("Most popular", Tag::H2), Some("related"));
        assert_eq!(
            phrase_signal("Which native ad units are the most popular?", Tag::H2),
            None
        );
        assert_eq!(
            phrase_signal("You can read more about the findings here.", Tag::P),
            None
        );
    }

    #[test]
    fn a_newsletter_call_is_told_wherever_it_stands() {
        assert!(is_newsletter_call(
            "Sie möchten keine Nachrichten aus Ihrer Stadt verpassen? Dann abonnieren Sie jetzt unseren kostenlosen Newsletter."
        ));
        assert!(is_newsletter_call(
            "Never miss a story: you can sign up for our free newsletter here."
        ));
        assert!(!is_newsletter_call(
            "If you want to sign up for the consultation, you can do so at the town hall."
        ));
        assert!(!is_newsletter_call(
            "The council's newsletter said residents could sign up for the consultation."
        ));
    }

    #[test]
    fn a_report_on_subscribing_is_not_a_call_to_subscribe() {
        for call in [
            "Subscribe to the channel for all of the latest videos, reviews, and more!",
            "Then sign up for our email newsletter to get the latest updates straight to your inbox.",
            "WANT MORE RECIPES? Subscribe to the newsletter and follow along for the latest updates.",
            "+++ Abonnieren Sie jetzt den Newsletter der Redaktion mit allen Themen der Woche +++",
            "Inscrivez-vous à la lettre d'information pour recevoir chaque semaine notre sélection.",
        ] {
            assert_eq!(phrase_signal(call, Tag::P), Some("subscribe"), "{call}");
        }
        for report in [
            "Residents can sign up for the public consultation on the council website until the end of the month.",
            "Customers who subscribe to the premium tier will pay twice as much from March, the company said.",
            "Die Mitglieder können sich ab Montag für die Kurse anmelden, teilte der Verein mit.",
        ] {
            assert_eq!(phrase_signal(report, Tag::P), None, "{report}");
        }
        // A short line is a label whatever its words.
        assert_eq!(
            phrase_signal("Readers can sign up for alerts", Tag::P),
            Some("subscribe")
        );
    }

    #[test]
    fn promo_phrases_lead_short_blocks() {
        assert_eq!(
            phrase_signal("Subscribe to The Morning Ledger", Tag::Div),
            Some("subscribe")
        );
        assert_eq!(
            phrase_signal(
                "Sign up for our free newsletters and get the news first.",
                Tag::P
            ),
            Some("subscribe")
        );
        assert_eq!(phrase_signal("Related Articles", Tag::H2), Some("related"));
        assert_eq!(
            phrase_signal("Advertisement", Tag::Div),
            Some("advertisement")
        );
        assert_eq!(phrase_signal("Share this article", Tag::Div), Some("share"));
    }

    #[test]
    fn lines_of_dates_count_words_of_letters_without_numerals() {
        let block = |text: &str| TextBlock {
            id: 0,
            text: text.to_string(),
            chars: text.chars().count(),
        };
        // Bengali numerals are numerals; bars are no words.
        assert!(is_line_of_dates(&block(
            "| শনিবার, আগস্ট ২৯, ২০২০ | ১০:৪৬ পূর্বাহ্ণ"
        )));
        assert!(is_line_of_dates(&block(
            "12 марта 2025, 13:00 Обновлено 12.03.2025 15:20"
        )));
        assert!(!is_line_of_dates(&block(
            "On 12 March 2025 the council voted to close the bridge"
        )));
        // Months, weekdays and zones are the dates' own words.
        assert!(is_line_of_dates(&block(
            "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT"
        )));
        assert!(!is_line_of_dates(&block(
            "On Monday 18 November the NASA panel met to review the launch"
        )));
    }

    #[test]
    fn a_closing_reading_time_is_set_aside() {
        assert_eq!(
            without_reading_time("27 Febbraio 2025 alle 12:03 3 minuti di lettura"),
            "27 Febbraio 2025 alle 12:03"
        );
        assert_eq!(
            without_reading_time("Updated 5 May · 4 min read"),
            "Updated 5 May"
        );
        assert_eq!(
            without_reading_time("It took 5 minutes"),
            "It took 5 minutes"
        );
    }

    #[test]
    fn share_is_a_label_not_a_verb_in_a_sentence() {
        let share = Some("share");
        assert_eq!(phrase_signal("Partager sur Facebook", Tag::H4), share);
        assert_eq!(phrase_signal("Social Share", Tag::H3), share);
        assert_eq!(phrase_signal("Enjoyed it? Share it", Tag::P), share);
        assert_eq!(
            phrase_signal("Möchten Sie den Artikel teilen?", Tag::P),
            share
        );
        assert_eq!(
            phrase_signal("Limits and retries share the bucket", Tag::P),
            None
        );
        assert_eq!(
            phrase_signal("Share one bucket across queues", Tag::H2),
            None
        );
        // Portuguese "dela" ("hers") is Swedish "share".
        assert_eq!(phrase_signal("A casa dela", Tag::P), None);
    }

    #[test]
    fn links_are_placed_by_host() {
        assert_eq!(
            link_host("https://www.Example.org/a?b").as_deref(),
            Some("example.org")
        );
        assert_eq!(
            link_host("//cdn.example.org:8080/x").as_deref(),
            Some("cdn.example.org")
        );
        assert_eq!(link_host("/2024/01/post"), None);
        assert_eq!(link_host("post.html?u=http://x.org"), None);
        assert!(same_site("blog.example.org", "example.org"));
        assert!(same_site("example.org", "news.example.org"));
        assert!(!same_site("tracker.example.net", "blog.example.org"));
        assert!(!same_site("badexample.org", "example.org"));
    }

    #[test]
    fn a_capital_label_and_colon_introduces_a_teaser() {
        assert!(capital_label_then_colon(
            "MIRA: Madre se acerca a la policía"
        ));
        assert!(capital_label_then_colon(
            "VEA TAMBIÉN:\u{a0}Entre heces y guaricha"
        ));
        assert!(capital_label_then_colon("SEE MORE: Hong Kong protests"));
        // A file label, a sentence, and a label in mixed case are not.
        assert!(!capital_label_then_colon("PDF: Frühlingsprogramm"));
        assert!(!capital_label_then_colon("Mira: la policía detuvo a tres"));
        assert!(!capital_label_then_colon(
            "The NATO SUMMIT ended: leaders left"
        ));
        assert!(!capital_label_then_colon(
            "THE LONGEST LABEL ANYONE WROTE: x"
        ));
    }

    #[test]
    fn in_lists_the_phrase_must_open_the_first_item() {
        assert_eq!(
            phrase_signal("Subscribe to our podcast Listen on the web", Tag::Ul),
            Some("subscribe")
        );
        assert_eq!(
            phrase_signal(
                "Newtab stories in two more countries New signup call-to-action in the menu",
                Tag::Ul
            ),
            None
        );
    }

    #[test]
    fn promo_lines_send_readers_to_the_publishers_channels() {
        assert!(is_promo_line(
            "Follow The Daily Ledger on Twitter and Instagram @DailyLedger."
        ));
        assert!(is_promo_line(
            "Did you know we have a Telegram channel? Join from your phone here."
        ));
        assert!(is_promo_line(
            "¡Mira lo que tiene nuestro canal de YouTube!"
        ));
        assert!(!is_promo_line(
            "After that, I suggest you read the docs and join their Discord server."
        ));
        assert!(!is_promo_line(
            "The company said it would appeal, a Facebook spokesperson said."
        ));
        assert!(is_promo_line(
            "For the latest stories download the Island News apps for iOS and Android."
        ));
        assert!(is_promo_line(
            "Get the latest news straight to your phone with the Island News app."
        ));
        assert!(!is_promo_line(
            "The update reaches Android phones in May, a company spokesperson said."
        ));
        // Where the verb closes the call, with the platform named.
        assert!(is_promo_line(
            "ताजा खबरों के लिए हमें फेसबुक और ट्विटर पर फॉलो करें।"
        ));
        assert!(is_promo_line("关注我们的微信公众号"));
        // After a short exclamation; in Turkish and Polish names of Google
        // News; in Arabic.
        assert!(is_promo_line(
            "Bądź na bieżąco! Obserwuj nas w Wiadomościach Google i dołącz do fanów na Facebooku."
        ));
        assert!(is_promo_line(
            "Gündem Postası'nı Google Haberler üzerinden takip edin, son dakika gelişmelerinden haberdar olun."
        ));
        assert!(is_promo_line(
            "📲 تابعوا آخر الأخبار الاقتصادية عبر قناة الأفق نيوز على واتساب"
        ));
        assert!(!is_promo_line(
            "The town council finally approved the budget on Tuesday! Follow the money, critics wrote on Facebook."
        ));
        assert!(is_promo_line("最新情報は公式Xをフォローしてください"));
        assert!(is_promo_line("Gelişmeleri Twitter'da takip edin."));
        assert!(!is_promo_line("此事引起了社会各界的广泛关注。"));
        assert!(!is_promo_line("Yatırımcılar faiz kararını takip etti."));
        assert!(is_promo_line(
            "Ha kíváncsi a legfrissebb híreinkre, kövesse oldalunkat a Facebookon és az Instagramon!"
        ));
        assert!(is_promo_line(
            "Ακολουθήστε την Ημερήσια Ενημέρωση στο Google News"
        ));
        assert!(is_promo_line(
            "ติดตามข่าวสารล่าสุดได้ที่ LINE @khaosod และเพจ Facebook กดติดตามเพื่อไม่พลาดทุกสถานการณ์"
        ));
        assert!(!is_promo_line(
            "A miniszter szerint a Facebookon terjedő hírek nem igazak."
        ));
    }

    #[test]
    fn tail_headings_are_short_and_led_by_the_phrase() {
        assert!(is_tail_heading("About the author"));
        assert!(is_tail_heading("Zur Person"));
        assert!(is_tail_heading("Weitere Beiträge aus der Kolumne:"));
        assert!(is_tail_heading("Kontakt:"));
        assert!(is_tail_heading("Media contact"));
        assert!(!is_tail_heading("Contact lenses and dry eyes"));
        assert!(!is_tail_heading(
            "The author of the report, a former judge, disagreed"
        ));
        assert!(!is_tail_heading("Why the author left"));
    }

    #[test]
    fn disclosures_lead_their_block() {
        let leads = |t: &str| patterns::DISCLOSURE_TEXT.leads(t, 12);
        assert!(leads(
            "This post may contain affiliate links. Please see my policy."
        ));
        assert!(leads(
            "*Werbung. Dieser Beitrag enthält Werbung für eine Marke."
        ));
        assert!(leads(
            "Disclosure: we may earn a commission from links on this page."
        ));
        assert!(!leads(
            "Regulators said the affiliate disclosure rules would change next year."
        ));
        // A shop widget's line of parts, the disclosure in the second.
        assert!(leads_with_disclosure(
            "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API"
        ));
        assert!(leads_with_disclosure(
            "* Links mit Sternchen sind sogenannte Affiliate-Links: Wenn du darauf klickst, erhalte ich einen Anteil."
        ));
        // A slash in prose does not make its second half a disclosure.
        assert!(!leads_with_disclosure(
            "Sales rose 4% / the report says affiliate disclosure rules tightened."
        ));
    }

    #[test]
    fn prose_that_mentions_the_words_is_kept() {
        assert_eq!(
            phrase_signal(
                "The council said that residents who wish to subscribe to flood alerts can do so online.",
                Tag::P
            ),
            None
        );
        assert_eq!(
            phrase_signal(
                "Related research from 2019 found the same effect in mice and rats.",
                Tag::P
            ),
            None
        );
    }

    #[test]
    fn numbered_section_titles() {
        for title in [
            "2 Related Work",
            "2. Related work",
            "2.1 Related approaches",
            "IV. Related Studies",
        ] {
            assert!(is_numbered_section_title(title), "{title}");
        }
        for text in [
            "Related stories",
            "5 related articles",
            "2024",
            "II Related",
            "X.",
        ] {
            assert!(!is_numbered_section_title(text), "{text}");
        }
    }
}
