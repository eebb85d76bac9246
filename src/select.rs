//! Stage 4: choose the element that holds the article, and the siblings that
//! belong with it.
//!
//! The best-scoring candidate is the start. When several near-best
//! candidates share an ancestor, that ancestor is taken instead (the article
//! is split in parts); when the parent scores higher than the candidate, or
//! the candidate is an only child, the selection moves up. Finally the
//! siblings of the chosen element join it when they score well, share its
//! class, or are paragraphs of plain prose.

use std::collections::HashMap;

use html5ever::local_name;

use crate::clean::{Cleaning, PageContext, inner_text};
use crate::dom::{Dom, NodeId, Tag};
use crate::features::Features;
use crate::patterns::{self, ClassSignals};
use crate::score::{Scores, top_candidates};
use crate::signals::Signals;

/// How many near-best candidates must share an ancestor to select it.
const MIN_SHARED_CANDIDATES: usize = 3;

/// How far the article reaches around the best candidate, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Extent {
    /// The best candidate alone.
    Candidate,
    /// The best candidate and this many siblings that belong with it.
    WithSiblings(usize),
    /// The page's main region (`<main>`, `role="main"`) around it: the page
    /// is not a dated piece, or its best part holds little of the region.
    MainRegion,
    /// The comment thread around it: the best candidate is a comment.
    CommentThread,
    /// The thread of posts around it: the best candidate is one post of a
    /// run of sibling posts (a question and its answers, a topic's
    /// replies).
    PostThread,
    /// A container around it that scores nearly as high and holds much
    /// more prose: the page spreads its content over sections.
    Container,
    /// The `<article>` element around it, of which it holds only a part:
    /// a page builder wraps each section of the article on its own.
    ArticleElement,
    /// The whole body around it: the best candidate holds a sliver of the
    /// prose of a page that is not a dated piece.
    PageBody,
    /// No candidate stood out: the whole body.
    WholeBody,
    /// No candidate stood out: the page's main region (`<main>`,
    /// `role="main"`), rather than the body around its header and footer.
    WholeMainRegion,
}

impl Extent {
    /// A sentence for explanations.
    pub(crate) fn describe(self) -> String {
        match self {
            Extent::Candidate => "the best candidate".into(),
            Extent::WithSiblings(1) => "the best candidate and 1 sibling that belongs with it".into(),
            Extent::WithSiblings(n) => {
                format!("the best candidate and {n} siblings that belong with it")
            }
            Extent::MainRegion => {
                "the page's main region around the best candidate (a page that is not a dated piece, or whose best part holds little of the region)".into()
            }
            Extent::CommentThread => {
                "the comment thread around the best candidate (the page has nothing else to read)".into()
            }
            Extent::PostThread => {
                "the thread of posts around the best candidate, one post among posts of the same class".into()
            }
            Extent::Container => {
                "a container around the best candidate that scores nearly as high and holds far more of the page's prose".into()
            }
            Extent::ArticleElement => {
                "the article element around the best candidate, which holds only a part of its prose".into()
            }
            Extent::PageBody => {
                "the whole body around the best candidate, which holds a sliver of the page's prose (a page that is not a dated piece, its content spread over sections)".into()
            }
            Extent::WholeBody => "the whole body (no candidate stood out)".into(),
            Extent::WholeMainRegion => {
                "the page's main region (no candidate stood out)".into()
            }
        }
    }
}

/// Tags the output uses instead of the page's, by element. The output
/// looks up every element it writes here, so the map hashes with
/// foldhash, far cheaper than SipHash on a number.
pub(crate) type Renamed = HashMap<NodeId, Tag, foldhash::fast::RandomState>;

/// The part of the page chosen as the article.
pub(crate) struct Selection {
    /// The chosen element (the body when nothing better was found).
    pub top: NodeId,
    /// The elements that make up the article, in document order: `top` and
    /// the siblings that joined it. With `whole_body`, the body itself.
    pub roots: Vec<NodeId>,
    /// No candidate stood out: the article is the whole body.
    pub whole_body: bool,
    /// Tags the output uses instead of the page's (siblings become `div`).
    pub renamed: Renamed,
    /// Candidates in rank order, for explanations.
    pub ranking: Vec<NodeId>,
    /// How far the article reaches around `top`, for explanations.
    pub extent: Extent,
}

/// The element children of `id` that survived cleaning.
fn live_element_children<'a>(
    dom: &'a Dom,
    cleaning: &'a Cleaning,
    id: NodeId,
) -> impl Iterator<Item = NodeId> + 'a {
    dom.children(id)
        .filter(move |&c| dom.tag(c).is_element() && cleaning.alive[c])
}

/// Picks the article; `n_top` candidates are compared. Of the page, it
/// reads the signals and whether the page declares itself a dated piece
/// or a forum's thread.
pub(crate) fn select(
    dom: &Dom,
    page: &PageContext<'_>,
    features: &Features,
    scores: &mut Scores,
    cleaning: &Cleaning,
    n_top: usize,
) -> Option<Selection> {
    let (signals, dated, forum_thread) = (page.signals, page.dated, page.forum_thread);
    let body = dom.find(Tag::Body)?;
    let ranking = top_candidates(scores, n_top);
    let top = match ranking.first() {
        Some(&t) if dom.tag(t) != Tag::Body => t,
        _ => {
            let (top, extent) = match first_main_region(dom, signals, features, cleaning) {
                Some(main) => (main, Extent::WholeMainRegion),
                None => (body, Extent::WholeBody),
            };
            return Some(Selection {
                top,
                roots: vec![top],
                whole_body: true,
                renamed: Renamed::default(),
                ranking,
                extent,
            });
        }
    };
    // A row or row group is not a container: its table is.
    let top = if matches!(dom.tag(top), Tag::Tr | Tag::Tbody | Tag::Thead | Tag::Tfoot) {
        dom.ancestors(top)
            .find(|&a| dom.tag(a) == Tag::Table)
            .unwrap_or(top)
    } else {
        top
    };
    let top = climb(dom, features, scores, &ranking, top, body);
    let top = climb_only_children(dom, signals, cleaning, top, body);
    ensure_scored(scores, dom, top);
    let (mut roots, mut renamed) = gather_siblings(dom, signals, features, scores, cleaning, top);
    let mut extent = match roots.len() {
        1 => Extent::Candidate,
        n => Extent::WithSiblings(n - 1),
    };
    if let Some(thread) = comment_thread(dom, signals, features, top, body) {
        if holds_little_of(dom, features, &roots, thread) {
            roots = vec![thread];
            renamed.clear();
            extent = Extent::CommentThread;
        }
    }
    if let Some(main) = main_region(dom, signals, top, body) {
        // A page that is not a dated piece (a service, product or landing
        // page) is its main region; an article is widened only when its
        // best part is a fraction of the region.
        if (!dated && holds_more_than_teasers(dom, features, &roots, main))
            || holds_little_of(dom, features, &roots, main)
        {
            roots = vec![main];
            renamed.clear();
            extent = Extent::MainRegion;
        }
    }
    // Forum software without a main region: the posts around the best one.
    if matches!(extent, Extent::Candidate | Extent::WithSiblings(_)) {
        if let Some(thread) = post_thread(dom, signals, features, top, body, forum_thread) {
            // On a page that says it is a thread, the replies are what it
            // is for, however long the opening post.
            if forum_thread || holds_little_of(dom, features, &roots, thread) {
                roots = vec![thread];
                renamed.clear();
                extent = Extent::PostThread;
            }
        }
    }
    // The best part split off from the rest of its own `<article>` by a
    // page builder's wrappers (each section a widget of its own): the
    // article element is the article.
    if matches!(extent, Extent::Candidate | Extent::WithSiblings(_)) {
        if let Some(article) = article_element(dom, features, &roots, top, body) {
            roots = vec![article];
            renamed.clear();
            extent = Extent::ArticleElement;
        }
    }
    // A page that is not a dated piece and spreads its content over
    // sections: a container around the best part that scores nearly as
    // high (its links already weighed in its score) and holds far more
    // prose is the content.
    if !dated && matches!(extent, Extent::Candidate | Extent::WithSiblings(_)) {
        let top_score = scores.score[top];
        let rival = |c: NodeId| {
            c != top
                && c != body
                && top_score > 0.0
                && scores.score[c] >= NEAR_ANCESTOR_SHARE * top_score
                && dom.contains(c, top)
        };
        if let Some(container) = ranking.iter().copied().filter(|&c| rival(c)).find(|&c| {
            holds_share_below(
                dom,
                features,
                &roots,
                c,
                LITTLE_SHARE,
                CONTAINER_MAX_LINK_DENSITY,
            )
        }) {
            roots = vec![container];
            renamed.clear();
            extent = Extent::Container;
        }
    }
    // A page that is not a dated piece, with no main region and no near
    // rival around its best part, whose best part is a sliver of its prose
    // (a testimonial or a badge on a landing page whose sections each say
    // a little): the body is the content, cleaned like any other.
    if !dated
        && matches!(extent, Extent::Candidate | Extent::WithSiblings(_))
        && holds_share_below(
            dom,
            features,
            &roots,
            body,
            SLIVER_SHARE,
            REGION_MAX_LINK_DENSITY,
        )
    {
        roots = vec![body];
        renamed.clear();
        extent = Extent::PageBody;
    }
    Some(Selection {
        top,
        roots,
        whole_body: false,
        renamed,
        ranking,
        extent,
    })
}

/// An ancestor of the best candidate scoring at least this share of its
/// score is a rival for the article...
const NEAR_ANCESTOR_SHARE: f32 = 0.9;
/// ...when less than this share of its text is links: its own score has
/// already paid for its links.
const CONTAINER_MAX_LINK_DENSITY: f32 = 0.5;
/// The share of links under which a `<main>` region or a comment thread
/// may widen the selection (see [`holds_little_of`]).
const REGION_MAX_LINK_DENSITY: f32 = 0.4;
/// The share of a region's prose that the selection holds in the usual
/// case of a page spread over sections (see [`holds_little_of`])...
const LITTLE_SHARE: f32 = 0.6;
/// ...and the share under which the selection is only a sliver of the page.
const SLIVER_SHARE: f32 = 0.1;

/// The share of its `<article>` element's prose under which the
/// selection is only a part of it (see [`article_element`]).
const ARTICLE_PART_SHARE: f32 = 0.7;
/// The share of links above which an `<article>` element is a feed or a
/// card grid rather than one article.
const ARTICLE_MAX_LINK_DENSITY: f32 = 0.2;

/// The nearest `<article>` element around `top` when the selection holds
/// less than [`ARTICLE_PART_SHARE`] of its prose: the element is one
/// article (no other `<article>` inside it, few links), and the rest of
/// its prose is more sections of the same text.
fn article_element(
    dom: &Dom,
    features: &Features,
    roots: &[NodeId],
    top: NodeId,
    body: NodeId,
) -> Option<NodeId> {
    let article = dom
        .ancestors(top)
        .take_while(|&a| a != body)
        .find(|&a| dom.tag(a) == Tag::Article)?;
    if roots.iter().any(|&r| dom.contains(r, article)) {
        return None;
    }
    let holds_one_article = (article + 1..dom.end(article)).all(|id| dom.tag(id) != Tag::Article);
    (holds_one_article
        && holds_share_below(
            dom,
            features,
            roots,
            article,
            ARTICLE_PART_SHARE,
            ARTICLE_MAX_LINK_DENSITY,
        ))
    .then_some(article)
}

/// The outermost comment block around `top` (named for comments, and so
/// set aside as "unlikely" while the article is looked for): when the best
/// candidate is a comment, the page has nothing else to read, and the whole
/// thread is its content.
fn comment_thread(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    top: NodeId,
    body: NodeId,
) -> Option<NodeId> {
    const MAX_LINK_DENSITY: f32 = 0.3;
    const COMMENT: patterns::Needles = patterns::Needles::new(&["comment"]);
    let is_comment_block = |id: NodeId| {
        signals.either(id, ClassSignals::UNLIKELY)
            && !signals.either(id, ClassSignals::MAYBE_CANDIDATE)
            && dom.names_hold(id, &COMMENT)
    };
    std::iter::once(top)
        .chain(dom.ancestors(top))
        .take_while(|&a| a != body)
        .filter(|&a| is_comment_block(a) && features.link_density(a) < MAX_LINK_DENSITY)
        .last()
}

/// The container of a thread of posts around `top`: `top` lies in a post
/// (an element whose first class names a post, a message, an answer or a
/// reply) among sibling posts of the same first class, at least one other
/// of which holds prose of its own. Forum and Q&A software writes each
/// post in such a wrapper; when the best candidate is the body of one, the
/// thread is the page's content (with the question's post, when the
/// answers have a container of their own beside it, or the opening post
/// sits in wrappers of its own beside the replies' box). A sibling holding a
/// linked heading or an `<h1>` is a teaser or another article (a blog's
/// index, an endless page of stories), and stops the widening; on a page
/// that declares itself a thread (`forum_thread`), a short linked heading
/// is the poster's name over the post, and does not.
fn post_thread(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    top: NodeId,
    body: NodeId,
    forum_thread: bool,
) -> Option<NodeId> {
    const MAX_LEVELS: usize = 9;
    const MIN_POST_PROSE: f32 = 100.0;
    const MAX_POST_LINK_DENSITY: f32 = 0.25;
    const MAX_THREAD_LINK_DENSITY: f32 = 0.3;
    // Levels above the post where the replies' box may sit beside it.
    const MAX_COUSIN_LEVELS: usize = 3;
    // A poster's name, at most.
    const MAX_NAME_CHARS: u32 = 40;
    const POST_WORDS: patterns::Needles =
        patterns::Needles::new(&["post", "message", "msg", "answer", "reply", "entry"]);
    const QUESTION_WORDS: patterns::Needles = patterns::Needles::new(&["question", "topic"]);
    let first_class = |id: NodeId| -> Option<String> {
        let class = dom.attr(id, &local_name!("class"))?;
        class.split_ascii_whitespace().next().map(str::to_owned)
    };
    let has_first_class = |id: NodeId, first: &str| {
        dom.attr(id, &local_name!("class"))
            .is_some_and(|c| c.split_ascii_whitespace().next() == Some(first))
    };
    // On a page that says it is a thread, a short heading all link is a
    // poster's name over each post, not a teaser's title.
    let is_posters_name = |n: NodeId| forum_thread && features.len(n) <= MAX_NAME_CHARS;
    let stops_widening = |id: NodeId| {
        (id + 1..dom.end(id)).any(|n| {
            let tag = dom.tag(n);
            tag == Tag::H1
                || (tag.is_heading() && features.link_density(n) > 0.5 && !is_posters_name(n))
        })
    };
    let holds_prose = |id: NodeId| {
        prose_len(features, id) >= MIN_POST_PROSE
            && features.link_density(id) <= MAX_POST_LINK_DENSITY
            && !is_furniture_or_hidden(signals, id)
    };
    // The question's post holds the thread's title.
    let is_post = |id: NodeId| holds_prose(id) && !stops_widening(id);
    let mut cousin_thread = None;
    for post in std::iter::once(top)
        .chain(dom.ancestors(top))
        .take(MAX_LEVELS)
    {
        let Some(thread) = dom.parent(post) else {
            break;
        };
        if post == body || thread == body {
            break;
        }
        let Some(class) = first_class(post) else {
            continue;
        };
        if !patterns::holds_ignoring_ascii_case(&class, &POST_WORDS) {
            continue;
        }
        let mut others = 0;
        let mut teaser = false;
        for sibling in dom.children(thread) {
            if sibling == post || !has_first_class(sibling, &class) {
                continue;
            }
            if stops_widening(sibling) {
                teaser = true;
                break;
            }
            if is_post(sibling) {
                others += 1;
            }
        }
        if teaser {
            continue;
        }
        if others == 0 {
            // The opening post in wrappers of its own, the replies in a
            // box beside them ("topic > wrap > msg" and "replies > msg"):
            // the thread is the box around both. Posts among siblings
            // higher up are the likelier thread (a Q&A page's answers,
            // each with its `post-body` beside its votes), so this is the
            // answer only when none are found.
            if cousin_thread.is_some() {
                continue;
            }
            cousin_thread = dom
                .ancestors(post)
                .take(MAX_COUSIN_LEVELS)
                .take_while(|&a| a != body)
                .find(|&outer| {
                    features.link_density(outer) < MAX_THREAD_LINK_DENSITY
                        && replies_beside(dom, outer, post, |d| {
                            if !has_first_class(d, &class) {
                                return Reply::No;
                            }
                            if stops_widening(d) {
                                Reply::Teaser
                            } else if is_post(d) {
                                Reply::Post
                            } else {
                                Reply::No
                            }
                        })
                });
            continue;
        }
        if features.link_density(thread) >= MAX_THREAD_LINK_DENSITY {
            continue;
        }
        // Answers in a container of their own, beside the question's post:
        // the thread is their parent.
        let beside_question = dom.parent(thread).filter(|&outer| {
            outer != body
                && features.link_density(outer) < MAX_THREAD_LINK_DENSITY
                && dom.children(outer).any(|c| {
                    c != thread
                        && first_class(c).is_some_and(|c| {
                            patterns::holds_ignoring_ascii_case(&c, &QUESTION_WORDS)
                        })
                        && holds_prose(c)
                })
        });
        return Some(beside_question.unwrap_or(thread));
    }
    cousin_thread
}

/// What an element is to a thread: a post of it, a teaser that shows the
/// page is a listing, or neither.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reply {
    Post,
    Teaser,
    No,
}

/// Whether a child of `outer` other than the one holding `post` holds a
/// post of the thread (as `judge` tells), and no teaser. The search is
/// bounded: a thread's posts sit near its top.
fn replies_beside(
    dom: &Dom,
    outer: NodeId,
    post: NodeId,
    mut judge: impl FnMut(NodeId) -> Reply,
) -> bool {
    const MAX_NODES: usize = 5_000;
    let mut seen = 0;
    let mut posts = 0;
    for child in dom.children(outer) {
        if (child..dom.end(child)).contains(&post) {
            continue;
        }
        for d in child..dom.end(child) {
            seen += 1;
            if seen > MAX_NODES {
                return false;
            }
            match judge(d) {
                Reply::Teaser => return false,
                Reply::Post => posts += 1,
                Reply::No => {}
            }
        }
    }
    posts > 0
}

/// The page's main region (`<main>` or `role="main"`) around `top`.
fn main_region(dom: &Dom, signals: &Signals, top: NodeId, body: NodeId) -> Option<NodeId> {
    dom.ancestors(top)
        .take_while(|&a| a != body)
        .find(|&a| dom.tag(a) == Tag::Main || signals.has(a, crate::signals::ROLE_MAIN))
}

/// The first main region of the page (`<main>`, `role="main"`) that
/// cleaning left and that holds text.
fn first_main_region(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    cleaning: &Cleaning,
) -> Option<NodeId> {
    (0..dom.len()).find(|&id| {
        (dom.tag(id) == Tag::Main || signals.has(id, crate::signals::ROLE_MAIN))
            && cleaning.alive[id]
            && features.len(id) > 0
    })
}

/// Text that is not link text.
fn prose_len(features: &Features, id: NodeId) -> f32 {
    (features.len(id) as f32 - features.link[id]).max(0.0)
}

/// Whether the selection holds little of the prose of `region`: the page
/// spreads its content over sections, and the best one is only a part.
fn holds_little_of(dom: &Dom, features: &Features, roots: &[NodeId], region: NodeId) -> bool {
    holds_share_below(
        dom,
        features,
        roots,
        region,
        LITTLE_SHARE,
        REGION_MAX_LINK_DENSITY,
    )
}

/// Whether the selection holds less than `share` of the prose of `region`,
/// a region of at most `max_link_density`.
/// Teasers of other pages ([`is_teaser`]) are not counted as the region's
/// prose: a post above a grid of "latest posts" is the whole article.
fn holds_share_below(
    dom: &Dom,
    features: &Features,
    roots: &[NodeId],
    region: NodeId,
    share: f32,
    max_link_density: f32,
) -> bool {
    let selected: f32 = roots.iter().map(|&r| prose_len(features, r)).sum();
    let total = prose_len(features, region);
    let below = |total: f32| total > 0.0 && selected < share * total;
    // The teasers are only looked for when they could change the answer.
    below(total)
        && features.link_density(region) < max_link_density
        && below(total - teaser_prose(dom, features, roots, region))
}

/// Whether `region` holds prose beyond the selection other than teasers
/// of other pages ([`is_teaser`]): a service page spread over sections,
/// not one section above a grid of "latest posts".
fn holds_more_than_teasers(
    dom: &Dom,
    features: &Features,
    roots: &[NodeId],
    region: NodeId,
) -> bool {
    const SHARE: f32 = 0.95;
    // A selection that is itself a teaser is one card of a listing.
    if roots.iter().any(|&r| is_teaser(dom, features, r)) {
        return true;
    }
    let selected: f32 = roots.iter().map(|&r| prose_len(features, r)).sum();
    let total = prose_len(features, region);
    let teasers = teaser_prose(dom, features, roots, region);
    teasers == 0.0 || selected < SHARE * (total - teasers)
}

/// The prose of the teasers in `region` outside the selection.
fn teaser_prose(dom: &Dom, features: &Features, roots: &[NodeId], region: NodeId) -> f32 {
    let mut prose = 0.0;
    let end = dom.end(region);
    let mut id = region + 1;
    while id < end {
        // The selection is skipped whole; what holds it is looked into.
        if roots.iter().any(|&r| dom.contains(r, id)) {
            id = dom.end(id);
        } else if !roots.iter().any(|&r| dom.contains(id, r))
            && dom.tag(id).is_element()
            && is_teaser(dom, features, id)
        {
            prose += prose_len(features, id);
            id = dom.end(id);
        } else {
            id += 1;
        }
    }
    prose
}

/// The share of the best score from which an ancestor of the best
/// candidate that holds another near-best candidate is the article.
const SPLIT_ARTICLE_SHARE: f32 = 0.9;

/// Moves the selection up the tree where the evidence says the article is
/// larger than the best candidate.
fn climb(
    dom: &Dom,
    features: &Features,
    scores: &mut Scores,
    ranking: &[NodeId],
    mut top: NodeId,
    body: NodeId,
) -> NodeId {
    let top_score = scores.score[top];
    // Several near-best candidates under one ancestor: take the ancestor.
    // A teaser of another page scores like a short article but is no
    // evidence that the article is larger, nor is a block inside the best
    // candidate: it is part of what was found, not another part beside it
    // (and it would vote for every ancestor up to the page's layout
    // columns).
    let alternatives: Vec<NodeId> = ranking[1..]
        .iter()
        .copied()
        .filter(|&c| top_score > 0.0 && scores.score[c] / top_score >= 0.75)
        .filter(|&c| !is_teaser(dom, features, c))
        .filter(|&c| !dom.contains(top, c))
        .collect();
    if alternatives.len() >= MIN_SHARED_CANDIDATES {
        let mut parent = dom.parent(top);
        while let Some(p) = parent {
            if p == body || !dom.tag(p).is_element() {
                break;
            }
            let containing = alternatives
                .iter()
                .filter(|&&c| c != p && dom.contains(p, c))
                .count();
            if containing >= MIN_SHARED_CANDIDATES {
                top = p;
                break;
            }
            parent = dom.parent(p);
        }
    } else if let Some(&whole) = alternatives.iter().find(|&&a| {
        // An ancestor scoring nearly as high as the best, around another
        // near-best candidate: an article split into parts (a post's
        // sections, each in its own wrapper) under one container.
        scores.score[a] >= SPLIT_ARTICLE_SHARE * top_score
            && dom.contains(a, top)
            && alternatives.iter().any(|&c| {
                c != a && dom.contains(a, c) && !dom.contains(top, c) && !dom.contains(c, top)
            })
    }) {
        top = whole;
    }
    ensure_scored(scores, dom, top);
    // A parent scoring higher than the last step up holds more content.
    let mut last = scores.score[top];
    let threshold = last / 3.0;
    let mut parent = dom.parent(top);
    while let Some(p) = parent {
        if p == body || !dom.tag(p).is_element() {
            break;
        }
        // Rows and row groups are not containers: going up into one would
        // pull in the neighbouring cells of a layout table.
        if matches!(dom.tag(p), Tag::Tr | Tag::Tbody | Tag::Thead | Tag::Tfoot) {
            parent = dom.parent(p);
            continue;
        }
        if let Some(s) = scores.get(p) {
            if s < threshold {
                break;
            }
            if s > last {
                top = p;
                break;
            }
            last = s;
        }
        parent = dom.parent(p);
    }
    top
}

/// An only child: its parent gives the sibling search more to work with,
/// unless the parent is named as furniture (a layout wrapper called
/// "container--with-sidebar" whose sidebar has gone), which the clean-up
/// would then take away with the article in it.
fn climb_only_children(
    dom: &Dom,
    signals: &Signals,
    cleaning: &Cleaning,
    mut top: NodeId,
    body: NodeId,
) -> NodeId {
    while let Some(p) = dom.parent(top) {
        if p == body || !dom.tag(p).is_element() || signals.class_weight(p) < 0.0 {
            break;
        }
        if live_element_children(dom, cleaning, p).count() != 1 {
            break;
        }
        top = p;
    }
    top
}

/// Characters up to which a block opened by a linked title is a teaser:
/// a title, a date and an excerpt of another page.
const TEASER_MAX_CHARS: u32 = 1000;

/// Whether `id` is a teaser: a short block whose text opens with a
/// heading that is all link (the title of the page it leads to).
fn is_teaser(dom: &Dom, features: &Features, id: NodeId) -> bool {
    // Pictures, icons and empty wrappers may come before the title; a
    // block whose first words lie further in is not read as a card.
    const MAX_NODES_BEFORE_TEXT: usize = 200;
    let len = features.len(id);
    if len == 0 || len > TEASER_MAX_CHARS {
        return false;
    }
    let end = dom.end(id).min(id + MAX_NODES_BEFORE_TEXT);
    let Some(first_text) = (id + 1..end).find(|&n| dom.text_measure(n).span.content) else {
        return false;
    };
    dom.ancestors(first_text)
        .take_while(|&a| a != id)
        .find(|&a| dom.tag(a).is_heading())
        .is_some_and(|h| is_linked_title(dom, features, h))
}

/// Whether a heading is the title of another page: all link, and long
/// enough for a title (see [`is_title_length`]).
pub(crate) fn is_linked_title(dom: &Dom, features: &Features, heading: NodeId) -> bool {
    is_all_link(features, heading) && is_title_length(dom, features, heading)
}

/// Whether an element has text and all of it (nine tenths) is link text.
pub(crate) fn is_all_link(features: &Features, id: NodeId) -> bool {
    const MIN_LINK_DENSITY: f32 = 0.9;
    features.len(id) > 0 && features.link_density(id) >= MIN_LINK_DENSITY
}

/// Whether a heading is long enough to be the title of a page rather than
/// a name: a forum post opens with its author's name, linked to the
/// profile, in a heading of its own. CJK characters count twice.
fn is_title_length(dom: &Dom, features: &Features, heading: NodeId) -> bool {
    const MIN_TITLE_CHARS: usize = 20;
    crate::text::reaches_with_cjk_doubled(features.len(heading) as usize, MIN_TITLE_CHARS, || {
        crate::text::cjk_chars(&crate::clean::inner_text(dom, heading))
    })
}

/// Makes `id` a candidate with its base score if it is not one yet.
fn ensure_scored(scores: &mut Scores, _dom: &Dom, id: NodeId) {
    if !scores.is_candidate[id] {
        scores.is_candidate[id] = true;
        scores.score[id] = scores.base[id];
        scores.candidates.push(id);
    }
}

/// The chosen element and the siblings that join it.
fn gather_siblings(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    scores: &Scores,
    cleaning: &Cleaning,
    top: NodeId,
) -> (Vec<NodeId>, Renamed) {
    let mut renamed = Renamed::default();
    let Some(parent) = dom.parent(top) else {
        return (vec![top], renamed);
    };
    let top_score = scores.score[top];
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = dom.attr(top, &local_name!("class")).map(|c| c.to_string());
    let mut roots = Vec::new();
    let siblings: Vec<NodeId> = live_element_children(dom, cleaning, parent).collect();
    let mut joined = vec![false; siblings.len()];
    for (i, &sibling) in siblings.iter().enumerate() {
        joined[i] = sibling == top || {
            let like_top = top_class
                .as_deref()
                .filter(|c| !c.trim().is_empty())
                .is_some_and(|tc| dom.attr(sibling, &local_name!("class")) == Some(tc));
            let bonus = if like_top { top_score * 0.2 } else { 0.0 };
            match scores.get(sibling) {
                Some(s) if s + bonus >= threshold => true,
                // A page builder writes a post as a row of like blocks
                // (`div.sqs-block` after `div.sqs-block`), one per
                // paragraph run, quote or picture: a block of prose like
                // the best one is the article's, however it scored.
                _ if like_top && is_prose_paragraph(dom, features, sibling) => {
                    !signals.either(sibling, ClassSignals::BOILERPLATE)
                }
                // A paragraph named for a promo, a newsletter or a share
                // bar is not the article's prose, however it reads.
                _ if dom.tag(sibling) == Tag::P => {
                    !signals.either(sibling, ClassSignals::BOILERPLATE)
                        && is_prose_paragraph(dom, features, sibling)
                }
                _ => false,
            }
        };
    }
    // A figure between two joined siblings illustrates the text around it
    // (an article split into several text blocks around its photos); a
    // quotation or a table there is part of the text (a page assembled
    // from components: text, a pull quote, text, a table, text).
    if let (Some(first), Some(last)) = (
        joined.iter().position(|&j| j),
        joined.iter().rposition(|&j| j),
    ) {
        for i in first + 1..last {
            if !joined[i]
                && (is_media_block(dom, signals, features, siblings[i])
                    || is_quote_or_table_block(dom, signals, features, siblings[i]))
            {
                joined[i] = true;
            }
        }
    }
    // A document written as sections that each open with a heading of
    // one level (a reference page's "Synopsis", "Description",
    // "Parameters"): when the best block is one of them, the like sections
    // next to the joined ones are the same document's, however they scored.
    if let Some(level) = opening_heading(dom, top) {
        let is_section = |id: NodeId| {
            matches!(dom.tag(id), Tag::Div | Tag::Section)
                && opening_heading(dom, id) == Some(level)
                && features.link_density(id) < MAX_SECTION_LINK_DENSITY
                && !is_furniture_or_hidden(signals, id)
        };
        if let (Some(first), Some(last)) = (
            joined.iter().position(|&j| j),
            joined.iter().rposition(|&j| j),
        ) {
            for i in (0..first).rev() {
                if !is_section(siblings[i]) {
                    break;
                }
                joined[i] = true;
            }
            // Between the joined ones any like section joins; after them,
            // the run of like sections does.
            for i in first + 1..siblings.len() {
                if joined[i] {
                    continue;
                }
                if is_section(siblings[i]) {
                    joined[i] = true;
                } else if i > last {
                    break;
                }
            }
        }
    }
    // After the body: the notes its references point to (`<sup><a
    // href="#fn-1">`), in a section of their own beside it.
    if let Some(last) = joined.iter().rposition(|&j| j) {
        let roots = siblings.iter().zip(&joined).filter(|(_, j)| **j);
        let targets = note_targets(dom, roots.map(|(&s, _)| s));
        if !targets.is_empty() {
            for i in last + 1..siblings.len() {
                joined[i] = holds_notes(dom, signals, features, siblings[i], &targets);
            }
        }
    }
    // Between the headline and the body: the standfirst written as a
    // heading ("h2.subtitle") and the lead picture, which score nothing.
    // (The headline itself may be gone already, set aside as the title.)
    let headline = (parent + 1..top).rev().find(|&d| dom.tag(d) == Tag::H1);
    // The standfirst in the article's header around the headline (a
    // "summary" paragraph under the headline, beside its kicker and date
    // list): the paragraph alone joins, not the header.
    let mut standfirst: Option<(usize, NodeId)> = None;
    if let Some(headline) = headline {
        if let Some(i) = siblings.iter().position(|&s| dom.contains(s, headline)) {
            let header = siblings[i];
            if header != headline && !joined[i] && !is_furniture_or_hidden(signals, header) {
                standfirst = (dom.end(headline)..dom.end(header))
                    .find(|&d| {
                        dom.tag(d) == Tag::P
                            && cleaning.alive[d]
                            && is_standfirst_paragraph(signals, features, d)
                    })
                    .map(|p| (i, p));
            }
        }
        for (i, &sibling) in siblings.iter().enumerate() {
            if sibling > headline
                && sibling < top
                && !joined[i]
                && (is_media_block(dom, signals, features, sibling)
                    || is_standfirst_heading(dom, signals, features, sibling))
            {
                joined[i] = true;
            }
        }
    }
    // The heading over the best block ("Preparation" over a recipe's
    // steps, a section's title over its text), with at most a short line
    // of its own between (the recipe's times): the block's title, which
    // scores nothing.
    if let Some(at) = siblings.iter().position(|&s| s == top) {
        if let Some(heading) = heading_over(dom, signals, features, &siblings[..at]) {
            for j in joined.iter_mut().take(at).skip(heading) {
                *j = true;
            }
        }
    }
    for (i, &sibling) in siblings.iter().enumerate() {
        if !joined[i] {
            if let Some((_, paragraph)) = standfirst.filter(|&(at, _)| at == i) {
                roots.push(paragraph);
            }
            continue;
        }
        let tag = dom.tag(sibling);
        if !matches!(
            tag,
            Tag::Div
                | Tag::Article
                | Tag::Section
                | Tag::H2
                | Tag::P
                | Tag::Ol
                | Tag::Ul
                | Tag::Figure
                | Tag::Picture
                | Tag::Img
                | Tag::Video
        ) {
            renamed.insert(sibling, Tag::Div);
        }
        roots.push(sibling);
    }
    (roots, renamed)
}

/// Most links a section may hold to join as one of the document's.
const MAX_SECTION_LINK_DENSITY: f32 = 0.25;

/// The tag of the heading that opens `id` (its first element child), when
/// that is an `<h2>` to `<h6>`. The heading counts even when cleaning set
/// it aside: the one that repeats the page's title still opens its section.
fn opening_heading(dom: &Dom, id: NodeId) -> Option<Tag> {
    let first = dom.children(id).find(|&c| dom.tag(c).is_element())?;
    let tag = dom.tag(first);
    (tag.is_heading() && tag != Tag::H1).then_some(tag)
}

/// The index, in `before` (the siblings before the best block), of a
/// section heading right over the block: an `<h2>` to `<h6>` of a few
/// words and no link, with at most one short line of plain words between
/// it and the block, none of them named as page furniture.
fn heading_over(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    before: &[NodeId],
) -> Option<usize> {
    const MAX_HEADING_CHARS: u32 = 80;
    const MAX_LINE_CHARS: u32 = 200;
    const MAX_LINES_BETWEEN: usize = 1;
    let plain = |id: NodeId, max: u32| {
        let len = features.len(id);
        len > 0
            && len <= max
            && features.link_density(id) == 0.0
            && !is_furniture_or_hidden(signals, id)
    };
    for (back, i) in (0..before.len()).rev().enumerate() {
        let id = before[i];
        let tag = dom.tag(id);
        if tag.is_heading() && tag != Tag::H1 {
            return plain(id, MAX_HEADING_CHARS).then_some(i);
        }
        if back >= MAX_LINES_BETWEEN || !plain(id, MAX_LINE_CHARS) {
            return None;
        }
    }
    None
}

/// The fragments the in-page links of the joined blocks name (`#fn-1`),
/// a bounded number of them.
fn note_targets(
    dom: &Dom,
    joined: impl Iterator<Item = NodeId>,
) -> std::collections::HashSet<String> {
    const MAX_TARGETS: usize = 500;
    let mut targets = std::collections::HashSet::new();
    for root in joined {
        for a in (root..dom.end(root)).filter(|&d| dom.tag(d) == Tag::A) {
            if targets.len() >= MAX_TARGETS {
                return targets;
            }
            if let Some(href) = dom.attr(a, &local_name!("href")) {
                if let Some(fragment) = href.trim().strip_prefix('#').filter(|f| !f.is_empty()) {
                    targets.insert(fragment.to_string());
                }
            }
        }
    }
    targets
}

/// Whether a block after the article holds the notes its references
/// point to: an element in it bears one of the `targets` ids, and it is
/// text rather than links, and not named as page furniture.
fn holds_notes(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    id: NodeId,
    targets: &std::collections::HashSet<String>,
) -> bool {
    const MAX_LINK_DENSITY: f32 = 0.5;
    features.len(id) > 0
        && features.link_density(id) < MAX_LINK_DENSITY
        && !is_furniture_or_hidden(signals, id)
        && (id..dom.end(id)).any(|d| {
            dom.tag(d).is_element()
                && dom
                    .attr(d, &local_name!("id"))
                    .is_some_and(|v| targets.contains(v.trim()))
        })
}

/// A figure, a picture or a video, or a small block around one image (a
/// photo and its caption), not named as page furniture.
fn is_media_block(dom: &Dom, signals: &Signals, features: &Features, id: NodeId) -> bool {
    const MAX_CAPTION_CHARS: u32 = 300;
    let media = match dom.tag(id) {
        Tag::Figure | Tag::Picture | Tag::Img | Tag::Video => true,
        Tag::Div | Tag::P => {
            features.counts[id].img >= 1
                && features.len(id) <= MAX_CAPTION_CHARS
                && features.link_density(id) < 0.5
        }
        _ => false,
    };
    // A lead photo's box named for the media it holds ("c-media-item") is
    // no furniture for that name alone.
    media
        && (!is_furniture_or_hidden(signals, id)
            || (!signals.either(id, ClassSignals::BOILERPLATE)
                && !signals.has(id, crate::signals::HIDDEN)
                && crate::postprocess::is_picture_named_media(dom, features, id)))
}

/// A block that is mostly one quotation or one table, with few links and
/// not named as page furniture: a component of the text between others.
fn is_quote_or_table_block(dom: &Dom, signals: &Signals, features: &Features, id: NodeId) -> bool {
    // Wrappers before the quotation or table: a few levels of boxes.
    const MAX_NODES_BEFORE: usize = 24;
    const MAX_CHARS: u32 = 3000;
    const MAX_LINK_DENSITY: f32 = 0.25;
    let len = features.len(id);
    if len == 0 || len > MAX_CHARS || features.link_density(id) > MAX_LINK_DENSITY {
        return false;
    }
    if is_furniture_or_hidden(signals, id) {
        return false;
    }
    let end = dom.end(id).min(id + MAX_NODES_BEFORE);
    (id..end)
        .find(|&d| matches!(dom.tag(d), Tag::Blockquote | Tag::Table))
        .is_some_and(|block| {
            features.len(block) * 10 >= len * 7 && !is_furniture_or_hidden(signals, block)
        })
}

/// Whether the element is named as page furniture (boilerplate or
/// negative) or hidden.
fn is_furniture_or_hidden(signals: &Signals, id: NodeId) -> bool {
    signals.either(id, ClassSignals::BOILERPLATE)
        || signals.either(id, ClassSignals::NEGATIVE)
        || signals.has(id, crate::signals::HIDDEN)
}

/// A standfirst set as a heading under the headline: an `<h2>` of a
/// sentence or two, no links, not named as page furniture.
fn is_standfirst_heading(dom: &Dom, signals: &Signals, features: &Features, id: NodeId) -> bool {
    const MIN_CHARS: u32 = 60;
    const MAX_CHARS: u32 = 400;
    dom.tag(id) == Tag::H2
        && (MIN_CHARS..=MAX_CHARS).contains(&features.len(id))
        && features.link_density(id) == 0.0
        && !is_furniture_or_hidden(signals, id)
}

/// A standfirst paragraph: a sentence or a few, under a quarter links,
/// not named as page furniture, shown.
fn is_standfirst_paragraph(signals: &Signals, features: &Features, id: NodeId) -> bool {
    const MIN_CHARS: u32 = 80;
    const MAX_CHARS: u32 = 600;
    (MIN_CHARS..=MAX_CHARS).contains(&features.len(id))
        && features.link_density(id) < 0.25
        && !is_furniture_or_hidden(signals, id)
}

/// A paragraph of prose: long with few links, or short with none and a
/// sentence end.
fn is_prose_paragraph(dom: &Dom, features: &Features, id: NodeId) -> bool {
    let len = features.len(id);
    let density = features.link_density(id);
    if len > 80 && density < 0.25 {
        return true;
    }
    len < 80 && len > 0 && density == 0.0 && patterns::has_sentence_end(&inner_text(dom, id))
}
