//! Why the article is what it is: a report of every keep and drop decision.
//!
//! The report is built after the fact from the side tables the pipeline
//! keeps anyway (removal reasons, scores, measures), so an extraction that
//! does not ask for it pays nothing. The `page` submodule draws the same decisions over
//! the page itself.

mod page;

pub(crate) use page::annotated_page;

use std::fmt::Write as _;

use html5ever::local_name;

use crate::boilerplate;
use crate::clean::{Flags, Removal, inner_text};
use crate::dom::{Dom, NodeId, Tag};
use crate::features::Features;
use crate::patterns::{self, ClassSignals};
use crate::postprocess::Plan;
use crate::score::Scores;
use crate::signals::Signals;

/// The decisions behind one extraction; see
/// [`Extractor::explain`](crate::Extractor::explain).
///
/// With the `serde` feature (on by default) the report serialises as one
/// object with these fields, so a pipeline can store why each block went
/// or stayed beside the article:
///
/// ```
/// let html = r#"<html><body><article>
///   <p>The harbour wall was rebuilt over the winter, stone by stone, by a
///   crew of eleven masons who worked through the storms of January.</p>
///   <p>Its new parapet is a metre higher than the old one.</p>
/// </article><div class="newsletter-signup">Subscribe to our newsletter</div>
/// </body></html>"#;
/// let (_, why) = distil::Extractor::default().explain(html, None);
/// # #[cfg(feature = "serde")] {
/// let json = serde_json::to_value(&why).unwrap();
/// let blocks = json["blocks"].as_array().unwrap();
/// assert!(blocks.iter().any(|b| b["decision"] == "dropped"));
/// assert!(json["attempt"].is_string());
/// # }
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Explanation {
    /// The blocks of the page in document order: every block that was
    /// scored, removed, or kept in the article.
    pub blocks: Vec<Block>,
    /// The best candidates for the article container, best first.
    pub candidates: Vec<Candidate>,
    /// Which rules the chosen attempt ran with (`"strict"` first, relaxed
    /// when the strict attempt found too little), or `"structured data: ..."`
    /// when the article was read from the page's schema.org `articleBody`
    /// because the markup held far less (the blocks then describe that
    /// body).
    pub attempt: String,
    /// How far the article reaches around the best candidate, and why: the
    /// candidate alone, with the siblings that belong with it, the page's
    /// main region, a container that scores nearly as high and holds far
    /// more prose, a comment thread, or the whole body. When the page was
    /// judged to hold no article, `"none: no article, ..."` with the reason,
    /// and every block the refused attempt would have kept is reported as
    /// dropped for that reason.
    pub extent: String,
    /// What the caller's selectors ([`Config::with_prune_selector`],
    /// [`Config::with_content_selector`]) did to the page before it was
    /// read: how many elements were pruned, how many matched as content, or
    /// that the content selector matched nothing and the page was read
    /// whole. Empty without selectors.
    ///
    /// [`Config::with_prune_selector`]: crate::Config::with_prune_selector
    /// [`Config::with_content_selector`]: crate::Config::with_content_selector
    pub selectors: String,
    /// The page itself as one self-contained HTML document, every kept block
    /// outlined in green and every dropped block in red, each with a hover
    /// label (score and reason), and a legend. The page's scripts, frames,
    /// event handlers and script URLs are removed, so it is safe to open.
    pub page: String,
}

/// One block of the page and what happened to it.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Block {
    /// A short CSS-like path, such as `body > div#main > p:nth-of-type(3)`.
    pub path: String,
    /// Element name.
    pub tag: String,
    /// Nesting level among the reported blocks (0 for the outermost).
    pub depth: usize,
    /// Characters of text (white space collapsed).
    pub text_len: usize,
    /// Share of the text that is link text.
    pub link_density: f32,
    /// Characters of text per descendant element plus one.
    pub text_density: f32,
    /// The content score, when the block was a candidate.
    pub score: Option<Score>,
    /// Kept in the article or dropped.
    pub decision: Decision,
    /// The rule behind the decision, in words.
    pub reason: String,
    /// The boilerplate signal that matched, with the matched words.
    pub signal: Option<String>,
    /// The node, for the annotated page view.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) node: NodeId,
}

/// How a candidate's score was made up.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Score {
    /// The final score.
    pub total: f32,
    /// Points for the tag (`div` +5, headings −5...).
    pub tag_weight: f32,
    /// Points for class and id names (±25 each).
    pub class_weight: f32,
    /// Points passed up from the paragraphs inside.
    pub content: f32,
    /// The share of the score removed for link density.
    pub link_penalty: f32,
}

/// What happened to a block; serialised as `"kept"`, `"dropped"` or
/// `"container"`.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Decision {
    /// Part of the article.
    Kept,
    /// Not part of the article.
    Dropped,
    /// Holds the article but is not part of it (an ancestor).
    Container,
}

/// A ranked candidate for the article container.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Candidate {
    /// Its path, as in [`Block::path`].
    pub path: String,
    /// Its score.
    pub score: f32,
}

/// Everything the report is built from.
pub(crate) struct Inputs<'a> {
    pub dom: &'a Dom,
    pub signals: &'a Signals,
    pub features: &'a Features,
    pub scores: &'a Scores,
    pub plan: &'a Plan,
    pub flags: Flags,
    pub ranking: &'a [NodeId],
    /// The article was read from the page's declared `articleBody`.
    pub structured: bool,
    /// Why the page was judged to hold no article, though the attempt
    /// found the blocks it reports.
    pub rejected: Option<&'a str>,
}

/// Tags reported even when nothing happened to them.
fn is_reported(tag: Tag) -> bool {
    tag.is_block() || matches!(tag, Tag::Td | Tag::Pre | Tag::Figure)
}

/// Builds the report.
pub(crate) fn build(i: &Inputs<'_>) -> Explanation {
    let dom = i.dom;
    let plan = i.plan;
    let n = dom.len();
    // Whether each node is inside the article, top-down.
    let mut in_article = vec![false; n];
    let mut holds_article = vec![false; n];
    for &root in &plan.roots {
        for a in dom.ancestors(root) {
            holds_article[a] = true;
        }
        in_article[root] = true;
    }
    // Elements below each node, bottom-up, for text density.
    let mut elements_below = vec![0usize; n];
    for id in (1..n).rev() {
        if let Some(p) = dom.parent(id) {
            elements_below[p] += elements_below[id] + usize::from(dom.tag(id).is_element());
        }
    }
    let mut blocks = Vec::new();
    let mut depth_of: Vec<usize> = vec![0; n];
    let mut reported = vec![false; n];
    let Some(body) = dom.find(Tag::Body) else {
        return Explanation::default();
    };
    let mut id = body;
    let end = dom.end(body);
    while id < end {
        let tag = dom.tag(id);
        if let Some(p) = dom.parent(id) {
            in_article[id] |= in_article[p];
        }
        if !tag.is_element() || tag.is_ignored() {
            id = if tag.is_element() {
                dom.end(id)
            } else {
                id + 1
            };
            continue;
        }
        let removal = plan.removal[id];
        let removed = removal != Removal::Kept;
        let candidate = i.scores.is_candidate[id];
        if removed || candidate || is_reported(tag) {
            let depth = dom
                .ancestors(id)
                .find(|&a| reported[a])
                .map_or(0, |a| depth_of[a] + 1);
            depth_of[id] = depth;
            reported[id] = true;
            let (decision, reason, signal) =
                decide(i, id, removal, in_article[id], holds_article[id]);
            let len = i.features.len(id);
            let elements = elements_below[id];
            blocks.push(Block {
                path: css_path(dom, id),
                tag: tag.name().unwrap_or("element").to_string(),
                depth,
                text_len: len as usize,
                link_density: i.features.link_density(id),
                text_density: len as f32 / (elements + 1) as f32,
                score: candidate.then(|| score_of(i, id)),
                decision,
                reason,
                signal,
                node: id,
            });
        }
        let outside = !removed && !in_article[id] && !holds_article[id];
        id = if removed || outside {
            dom.end(id)
        } else {
            id + 1
        };
    }
    let candidates = i
        .ranking
        .iter()
        .map(|&c| Candidate {
            path: css_path(dom, c),
            score: i.scores.score[c],
        })
        .collect();
    let attempt = if i.structured {
        "structured data: the page's markup held little text, its schema.org articleBody much more; the tree below is that body".to_string()
    } else if i.flags == Flags::ALL {
        "strict".to_string()
    } else {
        let mut off = Vec::new();
        if !i.flags.strip_unlikely {
            off.push("unlikely-candidate removal");
        }
        if !i.flags.weight_classes {
            off.push("class weights");
        }
        if !i.flags.clean_conditionally {
            off.push("conditional cleaning");
        }
        format!("relaxed: without {}", off.join(", "))
    };
    let mut extent = plan.extent.describe();
    if let Some(reason) = i.rejected {
        // Nothing is kept: what the attempt would have kept is shown as
        // dropped, for the reason the whole page was refused.
        extent = format!("none: no article, {reason}");
        for block in blocks.iter_mut().filter(|b| b.decision == Decision::Kept) {
            block.decision = Decision::Dropped;
            block.reason = format!("no article: {reason}");
        }
    }
    let mut why = Explanation {
        blocks,
        candidates,
        attempt,
        extent,
        selectors: dom.selector_report().describe(),
        page: String::new(),
    };
    why.page = annotated_page(dom, &why);
    why
}

fn score_of(i: &Inputs<'_>, id: NodeId) -> Score {
    let total = i.scores.score[id];
    let base = i.scores.base[id];
    let class_weight = if i.flags.weight_classes {
        i.signals.class_weight(id)
    } else {
        0.0
    };
    let density = i.features.link_density(id).clamp(0.0, 1.0);
    let before = if density < 1.0 {
        total / (1.0 - density)
    } else {
        0.0
    };
    Score {
        total,
        tag_weight: base - class_weight,
        class_weight,
        content: before - base,
        link_penalty: density,
    }
}

fn decide(
    i: &Inputs<'_>,
    id: NodeId,
    removal: Removal,
    in_article: bool,
    holds_article: bool,
) -> (Decision, String, Option<String>) {
    let dom = i.dom;
    let signal = match removal {
        Removal::Boilerplate => match i.plan.signals.get(&id) {
            Some(boilerplate::Signal::Name) => class_match(i, id, ClassSignals::BOILERPLATE),
            Some(boilerplate::Signal::Phrase(family)) => phrase_match(dom, id, family),
            Some(boilerplate::Signal::Duplicate) => Some("caption shown earlier".into()),
            Some(boilerplate::Signal::RepeatedSection) => {
                Some("a copy of the section just before it".into())
            }
            Some(boilerplate::Signal::Sponsor) => Some("a sponsor's message".into()),
            Some(boilerplate::Signal::Credit) => Some("photo credit or gallery control".into()),
            Some(boilerplate::Signal::Crumb) => Some("short link-only block at the edge".into()),
            Some(boilerplate::Signal::LoneLink) => {
                Some("a paragraph that is one link to another page".into())
            }
            Some(boilerplate::Signal::CompanyBoilerplate) => {
                Some("the issuing company's boilerplate after a press release".into())
            }
            Some(boilerplate::Signal::DanglingLabel) => {
                Some("a label ending the article with nothing after it".into())
            }
            Some(boilerplate::Signal::Dateline) => {
                Some("dateline or byline before the text".into())
            }
            Some(boilerplate::Signal::Teasers) => {
                Some("teasers for other pages (a list, or a preview card)".into())
            }
            Some(boilerplate::Signal::AuthorBio) => Some("author bio after the text".into()),
            Some(boilerplate::Signal::ProfileFacts) => Some("a poster's profile facts".into()),
            Some(boilerplate::Signal::PostActions) => Some("a row of a post's action links".into()),
            Some(boilerplate::Signal::TabStrip) => {
                Some("tab names that their panels repeat as headings".into())
            }
            Some(boilerplate::Signal::HoverCard) => {
                Some("a card or tooltip that pops up over the text".into())
            }
            None => None,
        },
        Removal::Unlikely => class_match(i, id, ClassSignals::UNLIKELY),
        Removal::NeverContent => class_match(i, id, ClassSignals::NEVER_CONTENT),
        Removal::Share => class_match(i, id, ClassSignals::SHARE),
        Removal::Byline => class_match(i, id, ClassSignals::BYLINE),
        Removal::Header => class_match(i, id, ClassSignals::NEGATIVE),
        Removal::Conditional => class_match(i, id, ClassSignals::NEGATIVE),
        Removal::Kept if !in_article && !holds_article => outside_signal(i, id),
        _ => None,
    };
    let (decision, reason) = match removal {
        Removal::Kept if in_article => (Decision::Kept, "part of the article".to_string()),
        Removal::Kept if holds_article => (Decision::Container, "contains the article".to_string()),
        Removal::Kept => (
            Decision::Dropped,
            "outside the selected article".to_string(),
        ),
        r => (Decision::Dropped, reason_text(i, id, r)),
    };
    (decision, reason, signal)
}

fn reason_text(i: &Inputs<'_>, id: NodeId, r: Removal) -> String {
    let f = i.features;
    match r {
        Removal::Kept => String::new(),
        Removal::Hidden => "hidden (hidden, aria-hidden, display:none or a hiding class)".into(),
        Removal::NeverContent => {
            "consent banner, modal or overlay by class/id, a skip or back-to-top link, a mark that is a control or a permalink, or a block marked not content".into()
        }
        Removal::Form => "a form of inputs".into(),
        Removal::Modal => "modal dialog".into(),
        Removal::Byline => "byline (reported as metadata)".into(),
        Removal::TitleHeader => "heading repeats the title".into(),
        Removal::Unlikely => "unlikely candidate by class/id".into(),
        Removal::UnlikelyRole => "ARIA role of page furniture".into(),
        Removal::Empty => "empty container".into(),
        Removal::Tag => format!(
            "<{}> is never article content",
            i.dom.tag(id).name().unwrap_or("element")
        ),
        Removal::Share => "share bar by class/id".into(),
        Removal::Header => "heading with a negative class/id".into(),
        Removal::Conditional => format!(
            "failed the conditional checks: {} (link density {:.2}, {} p, {} img, {} li)",
            i.plan
                .failures
                .get(&id)
                .map_or("unknown check", |f| f.describe()),
            f.link_density(id),
            f.counts[id].p,
            f.counts[id].img,
            f.counts[id].li
        ),
        Removal::EmptyParagraph => "empty paragraph".into(),
        Removal::Boilerplate => "boilerplate block".into(),
    }
}

fn class_match(i: &Inputs<'_>, id: NodeId, bit: u8) -> Option<String> {
    let pattern = patterns::CLASS_PATTERNS
        .iter()
        .enumerate()
        .find(|(k, _)| 1u8 << k == bit)
        .map(|(_, p)| *p)?;
    let mut tokens = String::new();
    i.dom.name_tokens(id, &mut tokens);
    pattern
        .find(&tokens)
        .map(|m| format!("{} name \"{m}\"", pattern.name))
}

/// What marks a block outside the article as furniture, if anything does:
/// its names first, then its leading words.
fn outside_signal(i: &Inputs<'_>, id: NodeId) -> Option<String> {
    for bit in [
        ClassSignals::NEVER_CONTENT,
        ClassSignals::BOILERPLATE,
        ClassSignals::UNLIKELY,
        ClassSignals::SHARE,
        ClassSignals::NEGATIVE,
    ] {
        if i.signals.either(id, bit) {
            if let Some(m) = class_match(i, id, bit) {
                return Some(m);
            }
        }
    }
    if i.features.len(id) <= 400 {
        let text = inner_text(i.dom, id);
        for p in patterns::PHRASE_PATTERNS {
            if p.leads(&text, 40) {
                return phrase_match(i.dom, id, p.name);
            }
        }
    }
    None
}

fn phrase_match(dom: &Dom, id: NodeId, family: &str) -> Option<String> {
    let text = inner_text(dom, id);
    let pattern = patterns::PHRASE_PATTERNS
        .iter()
        .find(|p| p.name == family)?;
    pattern
        .find(&text)
        .map(|m| format!("{} phrase \"{m}\"", pattern.name))
}

/// `body > div#main > article.post > p:nth-of-type(3)`.
pub(crate) fn css_path(dom: &Dom, id: NodeId) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut cur = Some(id);
    while let Some(node) = cur {
        let tag = dom.tag(node);
        if !tag.is_element() || tag == Tag::Html {
            break;
        }
        let custom = dom.custom_element_name(node);
        let mut part = tag.name().or(custom).unwrap_or("*").to_string();
        if let Some(v) = dom.attr(node, &local_name!("id")) {
            if let Some(first) = v.split_whitespace().next() {
                let _ = write!(part, "#{first}");
            }
        }
        if let Some(v) = dom.attr(node, &local_name!("class")) {
            if let Some(first) = v.split_whitespace().next() {
                let _ = write!(part, ".{first}");
            }
        }
        if let Some(parent) = dom.parent(node) {
            let same: Vec<NodeId> = dom
                .children(parent)
                .filter(|&c| dom.tag(c) == tag && dom.custom_element_name(c) == custom)
                .collect();
            if same.len() > 1 {
                if let Some(pos) = same.iter().position(|&c| c == node) {
                    let _ = write!(part, ":nth-of-type({})", pos + 1);
                }
            }
        }
        parts.push(part);
        if tag == Tag::Body {
            break;
        }
        cur = dom.parent(node);
    }
    parts.reverse();
    parts.join(" > ")
}

impl Explanation {
    /// The report as an indented outline, one block per line: score,
    /// decision and reason. With `color`, kept blocks are green and dropped
    /// blocks red (ANSI escapes).
    pub fn outline(&self, color: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "attempt: {}", self.attempt);
        let _ = writeln!(out, "extent: {}", self.extent);
        if !self.selectors.is_empty() {
            let _ = writeln!(out, "selectors: {}", self.selectors);
        }
        for (rank, c) in self.candidates.iter().enumerate() {
            let _ = writeln!(out, "candidate #{}: {:.1}  {}", rank + 1, c.score, c.path);
        }
        for b in &self.blocks {
            let (mark, paint) = match b.decision {
                Decision::Kept => ("+", "\x1b[32m"),
                Decision::Dropped => ("-", "\x1b[31m"),
                Decision::Container => (" ", "\x1b[2m"),
            };
            let indent = "  ".repeat(b.depth.min(40));
            let score = b
                .score
                .map(|s| format!(" score={:.1}", s.total))
                .unwrap_or_default();
            let signal = b
                .signal
                .as_deref()
                .map(|s| format!(" [{s}]"))
                .unwrap_or_default();
            let line = format!(
                "{mark} {indent}{} ({} chars, links {:.0}%){score}: {}{signal}",
                b.path.rsplit(" > ").next().unwrap_or(&b.path),
                b.text_len,
                b.link_density * 100.0,
                b.reason,
            );
            if color {
                let _ = writeln!(out, "{paint}{line}\x1b[0m");
            } else {
                let _ = writeln!(out, "{line}");
            }
        }
        out
    }
}
