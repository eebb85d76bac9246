//! How much to trust an extraction: one number from 0 to 1, with the
//! signals it was made from.

use crate::clean::Flags;
use crate::dom::{Dom, NodeId};
use crate::features::Features;
use crate::postprocess::Plan;
use crate::score::Scores;
use crate::select::Extent;

/// How far to trust an [`Article`](crate::Article), and why.
///
/// `score` is 0 to 1. Read it as a routing hint, not a probability:
///
/// * **0.7 and above**: a clear article; the text is almost always right.
/// * **0.4 to 0.7**: probably right, but the page was ambiguous (several
///   similar blocks, a short text, a relaxed attempt).
/// * **below 0.4**: the page is likely not an article (a listing, a home
///   page, a form) or the extraction fell back to the whole page; send it to
///   a second extractor or a person.
///
/// The other fields are the signals behind the score, each from 0 (bad) to
/// 1 (good), so a pipeline can apply its own rule.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Confidence {
    /// The overall confidence, 0 to 1.
    pub score: f32,
    /// How clearly the chosen container beat its best rival elsewhere on
    /// the page (1 when it had none).
    pub margin: f32,
    /// How much text was found, saturating at a few thousand characters.
    pub length: f32,
    /// One minus the link density of the result.
    pub prose: f32,
    /// One when the strict rules found the article; lower when the
    /// extractor had to relax them, and zero when it fell back to the whole
    /// page.
    pub strictness: f32,
    /// One when the page passed the readerable check.
    pub readerable: f32,
    /// The share of the page's remaining prose (text that is not links,
    /// after furniture is removed) that the article holds; after a
    /// fallback to the whole page, the share its best part held.
    pub coverage: f32,
}

/// Everything the confidence is computed from.
pub(crate) struct Inputs<'a> {
    pub dom: &'a Dom,
    pub scores: &'a Scores,
    pub features: &'a Features,
    pub plan: &'a Plan,
    pub ranking: &'a [NodeId],
    pub top: NodeId,
    pub flags: Flags,
    pub readerable: bool,
    pub text_chars: usize,
    pub body: Option<NodeId>,
}

/// Characters at which the length signal saturates.
const FULL_LENGTH: f32 = 3000.0;

pub(crate) fn assess(i: &Inputs<'_>) -> Confidence {
    let top_score = i.scores.score[i.top].max(0.0);
    // The best candidate that is neither inside nor around the selection.
    let rival = i
        .ranking
        .iter()
        .copied()
        .filter(|&c| !i.dom.contains(c, i.top) && !i.dom.contains(i.top, c))
        .filter(|&c| !i.plan.roots.iter().any(|&r| i.dom.contains(r, c)))
        .map(|c| i.scores.score[c].max(0.0))
        .fold(0.0f32, f32::max);
    let margin = if top_score <= 0.0 {
        0.0
    } else {
        ((top_score - rival) / top_score).clamp(0.0, 1.0)
    };
    let length = (i.text_chars as f32 / FULL_LENGTH).clamp(0.0, 1.0).sqrt();
    let link: f32 = i.plan.roots.iter().map(|&r| i.features.link[r]).sum();
    let chars: f32 = i.plan.roots.iter().map(|&r| i.features.len(r) as f32).sum();
    // Taking the whole body around a best part that held a sliver of the
    // page is a fallback: what the scoring found is that part.
    let fell_back = i.plan.whole_body || i.plan.extent == Extent::PageBody;
    let found = if i.plan.extent == Extent::PageBody {
        i.features.len(i.top) as f32 - i.features.link[i.top]
    } else {
        chars - link
    };
    let prose = if chars > 0.0 {
        (1.0 - link / chars).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let relaxed = [
        !i.flags.strip_unlikely,
        !i.flags.weight_classes,
        !i.flags.clean_conditionally,
    ]
    .iter()
    .filter(|&&off| off)
    .count();
    let strictness = if fell_back {
        0.0
    } else {
        1.0 - relaxed as f32 / 4.0
    };
    let readerable = if i.readerable { 1.0 } else { 0.0 };
    let page_prose = i
        .body
        .map_or(0.0, |b| i.features.len(b) as f32 - i.features.link[b])
        .max(1.0);
    let coverage = (found / page_prose).clamp(0.0, 1.0);
    // Weights fitted on the development corpora (least squares against
    // per-page F1): coverage and prose carry most of the evidence.
    let score = (0.40 * coverage
        + 0.25 * prose
        + 0.10 * length
        + 0.10 * strictness
        + 0.10 * readerable
        + 0.05 * margin)
        .clamp(0.0, 1.0);
    Confidence {
        score,
        margin,
        length,
        prose,
        strictness,
        readerable,
        coverage,
    }
}
