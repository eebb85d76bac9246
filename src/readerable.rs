//! A quick verdict on whether a page holds an article at all, without
//! running the extraction: Readability's `isProbablyReaderable`, extended to
//! count lists, tables and preformatted blocks as well as paragraphs.
//!
//! Every visible paragraph-like block of at least 140 characters that is not
//! named like page furniture adds the square root of its extra length; the
//! page is readerable once the sum passes 20. A page with one long
//! paragraph (about 540 characters) or several medium ones passes; a page of
//! links, short teasers and navigation does not.

use crate::dom::{Dom, NodeId, Tag};
use crate::features::Features;
use crate::patterns::ClassSignals;
use crate::signals::{self, Signals};

/// Blocks shorter than this add nothing.
const MIN_BLOCK_CHARS: u32 = 140;
/// The sum a page needs.
const MIN_SCORE: f32 = 20.0;

/// Whether the blocks of `dom` add up to an article. Chinese, Japanese
/// and Korean say in one character what takes a word's letters elsewhere:
/// a page that falls short counting characters is weighed again with each
/// of those characters counted twice.
pub(crate) fn is_readerable(dom: &Dom, signals: &Signals, raw: &Features) -> bool {
    adds_up(dom, signals, raw, |_, len| len) || {
        let doubled = |id: NodeId, len: u32| {
            let cjk = crate::text::cjk_chars(&crate::clean::inner_text(dom, id));
            len.saturating_add(u32::try_from(cjk).unwrap_or(u32::MAX))
        };
        adds_up(dom, signals, raw, doubled)
    }
}

/// Whether the blocks add up to an article, each measured by `length`
/// from its id and its length in characters (at most twice that length).
fn adds_up(
    dom: &Dom,
    signals: &Signals,
    raw: &Features,
    length: impl Fn(NodeId, u32) -> u32,
) -> bool {
    let mut score = 0.0f32;
    for id in 0..dom.len() {
        if !counts(dom, id) || !signals_allow(signals, id) || inside_list_item(dom, id) {
            continue;
        }
        // `length` at most doubles a length: shorter blocks add nothing.
        let raw_len = raw.len(id);
        if raw_len.saturating_mul(2) < MIN_BLOCK_CHARS {
            continue;
        }
        // Lists of links (menus, teaser lists) are not prose.
        if raw.link_density(id) > 0.5 {
            continue;
        }
        let len = length(id, raw_len);
        if len < MIN_BLOCK_CHARS {
            continue;
        }
        score += ((len - MIN_BLOCK_CHARS) as f32).sqrt();
        if score > MIN_SCORE {
            return true;
        }
    }
    false
}

/// The blocks that count: paragraphs, preformatted text, articles, lists
/// and tables.
fn counts(dom: &Dom, id: NodeId) -> bool {
    matches!(
        dom.tag(id),
        Tag::P | Tag::Pre | Tag::Article | Tag::Ul | Tag::Ol | Tag::Table
    )
}

/// Visible and not named like furniture.
fn signals_allow(signals: &Signals, id: NodeId) -> bool {
    let furniture = signals.either(id, ClassSignals::UNLIKELY)
        && !signals.either(id, ClassSignals::MAYBE_CANDIDATE);
    !signals.has(id, signals::HIDDEN) && !furniture
}

/// A paragraph inside a list item is counted with its list.
fn inside_list_item(dom: &Dom, id: NodeId) -> bool {
    dom.tag(id) == Tag::P && dom.ancestors(id).any(|a| dom.tag(a) == Tag::Li)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_str;

    fn readerable(html: &str) -> bool {
        let mut raw = parse_str(html);
        crate::dom::normalize(&mut raw);
        let dom = Dom::index(raw);
        let signals = Signals::compute(&dom);
        let features = Features::compute(&dom, &vec![false; dom.len()]);
        is_readerable(&dom, &signals, &features)
    }

    #[test]
    fn one_long_paragraph_is_enough() {
        let p = "A sentence of plain prose that goes on for a while. ".repeat(12);
        assert!(readerable(&format!("<article><p>{p}</p></article>")));
    }

    #[test]
    fn navigation_and_short_teasers_are_not() {
        let links: String = (0..200)
            .map(|i| format!("<li><a href=/{i}>Story {i}</a></li>"))
            .collect();
        assert!(!readerable(&format!(
            "<nav><ul>{links}</ul></nav><p>Short teaser.</p>"
        )));
    }

    #[test]
    fn hidden_and_furniture_blocks_do_not_count() {
        let p = "A sentence of plain prose that goes on for a while. ".repeat(12);
        assert!(!readerable(&format!(
            "<p hidden>{p}</p><div class=sidebar><p>{p}</p></div>"
        )));
    }

    #[test]
    fn chinese_paragraphs_count_each_character_twice() {
        // Four paragraphs of 110 characters: short of 140 each counted
        // once, an article at twice.
        let p = "记者从有关部门获悉，今年以来全市新建改建公园绿地一百二十多处，居民出行五分钟即可到达身边的绿色空间。".repeat(2);
        assert!(p.chars().count() < 140);
        let page = format!("<article><p>{p}</p><p>{p}</p><p>{p}</p><p>{p}</p></article>");
        assert!(readerable(&page));
        // The same lengths in Latin letters stay short.
        let latin = "a".repeat(p.chars().count());
        let page =
            format!("<article><p>{latin}</p><p>{latin}</p><p>{latin}</p><p>{latin}</p></article>");
        assert!(!readerable(&page));
    }

    #[test]
    fn a_long_list_counts() {
        let items: String = (0..12)
            .map(|i| {
                format!(
                    "<li>Step {i}: mix the flour and the water slowly, then rest the dough.</li>"
                )
            })
            .collect();
        assert!(readerable(&format!("<ol>{items}</ol>")));
    }
}
