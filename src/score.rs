//! Stage 3: score the containers of the page by the paragraphs they hold.
//!
//! Every paragraph-like element with at least 25 characters earns points for
//! its length and its commas, and passes them up to its ancestors (all of it
//! to the parent, half to the grandparent, a third or less further up).
//! Each container starts from a base that depends on its tag and its class
//! and id names, and its total is then cut by its link density: a block of
//! links scores little however long it is. The best-scoring containers are
//! the candidates for the article.

use crate::clean::{Cleaning, Flags};
use crate::dom::{Dom, NodeId, Tag};
use crate::features::Features;
use crate::signals::Signals;

/// How far up a paragraph's points travel.
const ANCESTOR_LEVELS: usize = 5;
/// Paragraphs shorter than this (in characters) earn nothing.
const MIN_PARAGRAPH_CHARS: u32 = 25;

/// Scores of one attempt.
pub(crate) struct Scores {
    /// Content score per node; meaningful where `is_candidate`.
    pub score: Vec<f32>,
    pub is_candidate: Vec<bool>,
    /// Candidates in the order they were first scored.
    pub candidates: Vec<NodeId>,
    /// Base score (tag and class weight) of each candidate, for explanations.
    pub base: Vec<f32>,
}

impl Scores {
    /// The score of a node, if it is a candidate.
    pub(crate) fn get(&self, id: NodeId) -> Option<f32> {
        self.is_candidate[id].then(|| self.score[id])
    }
}

/// Tags whose text is scored as a paragraph.
fn is_scored(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Section
            | Tag::H2
            | Tag::H3
            | Tag::H4
            | Tag::H5
            | Tag::H6
            | Tag::P
            | Tag::Td
            | Tag::Pre
    )
}

/// The base score of a container by its tag.
fn tag_weight(tag: Tag) -> f32 {
    match tag {
        Tag::Div => 5.0,
        Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
        Tag::Address | Tag::Ol | Tag::Ul | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form => {
            -3.0
        }
        Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 | Tag::Th => -5.0,
        // Complementary content by definition: a sidebar whatever its
        // class names say, as a negative class would.
        Tag::Aside => -25.0,
        _ => 0.0,
    }
}

/// Points a paragraph earns: one, plus one per comma-separated piece, plus
/// one per hundred characters (at most three).
pub(crate) fn paragraph_points(len: u32, commas: u32) -> f32 {
    1.0 + (commas + 1) as f32 + (len / 100).min(3) as f32
}

/// The base score of a candidate: tag weight plus class weight.
pub(crate) fn base_score(dom: &Dom, signals: &Signals, flags: Flags, id: NodeId) -> f32 {
    let class = if flags.weight_classes {
        signals.class_weight(id)
    } else {
        0.0
    };
    tag_weight(dom.tag(id)) + class
}

/// Scores all candidates of one attempt.
pub(crate) fn score(
    dom: &Dom,
    features: &Features,
    signals: &Signals,
    cleaning: &Cleaning,
    flags: Flags,
) -> Scores {
    let n = dom.len();
    let mut scores = Scores {
        score: vec![0.0; n],
        is_candidate: vec![false; n],
        candidates: Vec::new(),
        base: vec![0.0; n],
    };
    for id in 0..n {
        if !cleaning.alive[id] || !is_scored(dom.tag(id)) {
            continue;
        }
        let len = features.len(id);
        // Furniture is tested last, up the ancestors of the few paragraphs
        // left: a page-wide mask per attempt cost more than these walks.
        if len < MIN_PARAGRAPH_CHARS || in_furniture(dom, signals, id) {
            continue;
        }
        let points = paragraph_points(len, features.commas[id]);
        for (level, ancestor) in dom.ancestors(id).take(ANCESTOR_LEVELS).enumerate() {
            // Stop at the root element: `html` (whose parent is the
            // document) and the document are never candidates.
            let Some(parent) = dom.parent(ancestor) else {
                break;
            };
            if !dom.tag(ancestor).is_element() || !dom.tag(parent).is_element() {
                break;
            }
            if !scores.is_candidate[ancestor] {
                let base = base_score(dom, signals, flags, ancestor);
                scores.is_candidate[ancestor] = true;
                scores.score[ancestor] = base;
                scores.base[ancestor] = base;
                scores.candidates.push(ancestor);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            scores.score[ancestor] += points / divider;
        }
    }
    for &c in &scores.candidates {
        scores.score[c] *= 1.0 - features.link_density(c);
    }
    scores
}

/// Whether `id` sits inside a `<footer>`, a `<nav>` or a list of
/// references. What a footer holds speaks about the page or the article
/// (its author, its tags, its licence), so its paragraphs earn no points:
/// a long author box under a short post must not become the article. A
/// navigation block's text (a menu's blurbs, its stock ticker and
/// copyright line) is never the article, nor is a bibliography, however
/// long and free of links (a paper behind a paywall shows its abstract and
/// its references). They stay in the article they belong to.
fn in_furniture(dom: &Dom, signals: &Signals, id: NodeId) -> bool {
    dom.ancestors(id).any(|p| {
        matches!(dom.tag(p), Tag::Footer | Tag::Nav)
            || signals.has(p, crate::signals::REFERENCE_LIST)
    })
}

/// The best `n` candidates, best first; ties keep the earlier candidate.
pub(crate) fn top_candidates(scores: &Scores, n: usize) -> Vec<NodeId> {
    let mut top: Vec<NodeId> = Vec::with_capacity(n + 1);
    for &c in &scores.candidates {
        let s = scores.score[c];
        let pos = top
            .iter()
            .position(|&t| s > scores.score[t])
            .unwrap_or(top.len());
        if pos < n {
            top.insert(pos, c);
            top.truncate(n);
        }
    }
    top
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::{Byline, PageContext, clean};
    use crate::parse::parse_str;

    /// The element whose `id` is `name`.
    fn by_id(dom: &Dom, name: &str) -> NodeId {
        (0..dom.len())
            .find(|&i| dom.attr(i, &html5ever::local_name!("id")) == Some(name))
            .unwrap()
    }

    /// Cleans and scores `html` with every flag on.
    fn scored(html: &str) -> (Dom, Scores) {
        let dom = Dom::index(parse_str(html));
        let signals = Signals::compute(&dom);
        let raw = Features::compute(&dom, &vec![false; dom.len()]);
        let page = PageContext {
            signals: &signals,
            title: None,
            byline: Byline::Ignore,
            dated: false,
            forum_thread: false,
            site_host: None,
            paged: &[],
        };
        let c = clean(&dom, &page, &raw, Flags::ALL);
        let f = Features::compute(
            &dom,
            &c.removal
                .iter()
                .map(|r| *r != crate::clean::Removal::Kept)
                .collect::<Vec<_>>(),
        );
        let s = score(&dom, &f, &signals, &c, Flags::ALL);
        (dom, s)
    }

    #[test]
    fn the_container_of_the_paragraphs_wins() {
        let para =
            "This is a long paragraph of text, with commas, that should score well. ".repeat(3);
        let html = format!(
            "<div id=nav><a href=/>Home</a></div><div id=story><p>{para}</p><p>{para}</p><p>{para}</p></div>"
        );
        let (dom, s) = scored(&html);
        let top = top_candidates(&s, 5);
        let story = (0..dom.len())
            .filter(|&i| dom.tag(i) == Tag::Div)
            .nth(1)
            .unwrap();
        assert_eq!(top[0], story);
        assert!(s.get(story).unwrap() > 5.0);
    }

    #[test]
    fn a_footer_author_box_earns_no_points() {
        let post = "A short post, with a few words, about the meeting we held last week.";
        let bio = "Jane writes about knowledge management, teams and learning, and has run workshops for twenty years, in many countries, for companies, schools and public bodies. ";
        let html = format!(
            "<article><div id=post><p>{post}</p></div><footer><div id=bio><p>{bio}</p><p>{bio}</p></div></footer></article>"
        );
        let (dom, s) = scored(&html);
        assert!(s.get(by_id(&dom, "bio")).is_none());
        assert_eq!(top_candidates(&s, 1), vec![by_id(&dom, "post")]);
    }

    #[test]
    fn navigation_text_earns_no_points() {
        let blurb = "Our team covers phones, tablets, laptops and headphones, with reviews, guides, deals and news every day of the week. ";
        let post =
            "The new model keeps last year's battery, adds a brighter screen, and costs the same.";
        let html = format!(
            "<nav><ul><li><div id=blurbs><p>{blurb}</p><p>{blurb}</p></div></li></ul></nav><div id=post><p>{post}</p></div>"
        );
        let (dom, s) = scored(&html);
        assert!(s.get(by_id(&dom, "blurbs")).is_none());
        assert_eq!(top_candidates(&s, 1), vec![by_id(&dom, "post")]);
    }

    #[test]
    fn a_reference_list_earns_no_points() {
        let abstract_ = "We review reports of severe skin reactions to common drugs, and how often, in whom, and after how long they appeared.";
        let reference = "Smith J, Jones K (2019) Severe cutaneous adverse reactions: a review of cases, causes, and outcomes. J Derm 12(3):45-67. ";
        let html = format!(
            "<div id=abstract><p>{abstract_}</p></div><div class=c-article-references><ol><li><p>{reference}</p></li><li><p>{reference}</p></li><li><p>{reference}</p></li></ol></div>"
        );
        let (dom, s) = scored(&html);
        assert_eq!(top_candidates(&s, 1), vec![by_id(&dom, "abstract")]);
    }

    #[test]
    fn points() {
        assert_eq!(paragraph_points(250, 2), 1.0 + 3.0 + 2.0);
        assert_eq!(paragraph_points(1000, 0), 1.0 + 1.0 + 3.0);
    }
}
