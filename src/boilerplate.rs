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

use crate::clean::inner_text;
use crate::dom::{Dom, NodeId, Tag};
use crate::features::Features;
use crate::patterns::{self, ClassSignals, PhrasePattern};
use crate::signals::Signals;

/// Blocks longer than this are never judged by their words.
const MAX_PHRASE_BLOCK_CHARS: u32 = 400;
/// Blocks named as boilerplate but longer than this are kept unless they
/// are mostly links (a mis-named article wrapper).
const MAX_NAMED_BLOCK_CHARS: u32 = 1000;

/// Why a block was judged boilerplate, for explanations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Signal {
    /// Its class or id.
    Name,
    /// Its leading words, by phrase family.
    Phrase(&'static str),
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
) -> Option<Signal> {
    if is_root {
        return None;
    }
    let len = features.len(id);
    if signals.either(id, ClassSignals::BOILERPLATE)
        && !signals.either(id, ClassSignals::POSITIVE)
        && (len < MAX_NAMED_BLOCK_CHARS || features.link_density(id) > 0.5)
    {
        return Some(Signal::Name);
    }
    if len == 0 || len > MAX_PHRASE_BLOCK_CHARS || !is_judged_block(tag) {
        return None;
    }
    let text = inner_text(dom, id);
    phrase_signal(&text, tag).map(Signal::Phrase)
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
    let mut cut = text.len().min(within);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    pattern.is_match(&text[..cut])
}

/// The phrase family that makes a short block boilerplate, if any.
fn phrase_signal(text: &str, tag: Tag) -> Option<&'static str> {
    let chars = text.chars().count();
    let heading_like = tag.is_heading() || chars <= 60;
    let lead = if tag == Tag::P { 24 } else { 48 };
    if leads(&patterns::SUBSCRIBE_TEXT, text, lead) && (chars <= 300 || tag != Tag::P) {
        return Some(patterns::SUBSCRIBE_TEXT.name);
    }
    if heading_like && leads(&patterns::RELATED_TEXT, text, 40) && chars <= 60 {
        return Some(patterns::RELATED_TEXT.name);
    }
    if chars <= 40 && patterns::AD_TEXT.is_match(text) {
        return Some(patterns::AD_TEXT.name);
    }
    if chars <= 40 && leads(&patterns::SHARE_TEXT, text, 24) {
        return Some(patterns::SHARE_TEXT.name);
    }
    if leads(&patterns::CONSENT_TEXT, text, 60) && tag != Tag::P {
        return Some(patterns::CONSENT_TEXT.name);
    }
    if leads(&patterns::AUTHOR_BIO_TEXT, text, 40) {
        return Some(patterns::AUTHOR_BIO_TEXT.name);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
