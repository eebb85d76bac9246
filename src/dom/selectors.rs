//! The caller's [`Selector`]s applied to the parsed page, before anything
//! reads it: pruned elements and, with a content selector, everything in
//! the body around the content are taken out of the tree, so every later
//! stage (metadata, scoring, cleaning, the output) sees the page as if it
//! had never held them.

use html5ever::Attribute;

use super::normalize::{NO_PARENT, Walk};
use super::{RawDom, RawId, Tag};
use crate::selector::{ElementView, Selector};

/// An element of the tree, as selector matching sees it.
struct View<'a> {
    name: &'a str,
    attrs: &'a [Attribute],
}

impl<'a> View<'a> {
    /// The view of `node`, if it is an element.
    fn of(dom: &'a RawDom, node: RawId) -> Option<View<'a>> {
        dom.element(node).map(|element| View {
            name: &element.name.local,
            attrs: &element.attrs,
        })
    }
}

impl ElementView for View<'_> {
    fn local_name(&self) -> &str {
        self.name
    }

    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.name.ns.is_empty() && (*a.name.local).eq_ignore_ascii_case(name))
            .map(|a| &*a.value)
    }
}

/// What the caller's selectors did to a page, for explanations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct SelectorReport {
    /// Elements the prune selector took out (its outermost matches);
    /// `None` without a prune selector.
    pub pruned: Option<usize>,
    /// Elements of the body the content selector matched (its outermost
    /// matches); `None` without a content selector. With none, the page
    /// was read whole.
    pub content: Option<usize>,
}

impl SelectorReport {
    /// A sentence for explanations; empty without selectors.
    pub(crate) fn describe(self) -> String {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let mut parts = Vec::new();
        if let Some(n) = self.pruned {
            parts.push(format!(
                "the prune selector took out {n} element{}",
                plural(n)
            ));
        }
        match self.content {
            Some(0) => parts.push(
                "the content selector matched nothing in the body, so the page was read whole"
                    .to_string(),
            ),
            Some(n) => parts.push(format!(
                "the content selector matched {n} element{} and the rest of the body was taken out",
                plural(n)
            )),
            None => {}
        }
        parts.join("; ")
    }
}

/// Applies `prune` and `content` to the tree. `walk`, when an earlier pass
/// made one, is reused; it is handed back when the tree did not change.
pub(crate) fn apply(
    dom: &mut RawDom,
    prune: Option<&Selector>,
    content: Option<&Selector>,
    walk: Option<Walk>,
) -> (Option<Walk>, SelectorReport) {
    let mut report = SelectorReport::default();
    if prune.is_none() && content.is_none() {
        return (walk, report);
    }
    let walk = walk.unwrap_or_else(|| Walk::of(dom));
    let mut changed = false;
    if let Some(prune) = prune {
        let pruned = remove_matches(dom, &walk, prune);
        report.pruned = Some(pruned);
        changed |= pruned > 0;
    }
    if let Some(content) = content {
        // Pruning may have taken nodes out of the tree: walk it again so
        // that a pruned element is not found as content.
        let fresh;
        let walk = if changed {
            fresh = Walk::of(dom);
            &fresh
        } else {
            &walk
        };
        let (matches, removed) = keep_only(dom, walk, content);
        report.content = Some(matches);
        changed |= removed;
    }
    ((!changed).then_some(walk), report)
}

/// Which nodes of `walk` match `selector`, outermost matches only (the
/// descendants of a match are not tested).
fn outermost_matches(dom: &RawDom, walk: &Walk, selector: &Selector) -> Vec<bool> {
    let n = walk.nodes.len();
    let mut matched = vec![false; n];
    // Whether a node is a match or inside one.
    let mut covered = vec![false; n];
    for i in 0..n {
        let parent = walk.parents[i];
        if parent != NO_PARENT && covered[parent as usize] {
            covered[i] = true;
            continue;
        }
        let Some(view) = View::of(dom, walk.nodes[i]) else {
            continue;
        };
        let mut ancestors = || {
            let mut out = Vec::new();
            let mut at = walk.parents[i];
            while at != NO_PARENT {
                out.extend(View::of(dom, walk.nodes[at as usize]));
                at = walk.parents[at as usize];
            }
            out
        };
        if selector.matches(&view, &mut ancestors) {
            matched[i] = true;
            covered[i] = true;
        }
    }
    matched
}

/// Takes every match of `prune` out of the tree. Returns how many (the
/// outermost matches) were.
fn remove_matches(dom: &mut RawDom, walk: &Walk, prune: &Selector) -> usize {
    let matched = outermost_matches(dom, walk, prune);
    remove_nodes(dom, walk, &matched);
    matched.iter().filter(|&&m| m).count()
}

/// Keeps of the body only the outermost matches of `content` and the
/// elements around them: every other node in the body goes. Nothing
/// changes when nothing in the body matches. Returns how many matches the
/// body holds, and whether anything was taken out.
fn keep_only(dom: &mut RawDom, walk: &Walk, content: &Selector) -> (usize, bool) {
    let n = walk.nodes.len();
    let Some(body) = (0..n).find(|&i| walk.tags[i] == Tag::Body) else {
        return (0, false);
    };
    let mut in_body = vec![false; n];
    in_body[body] = true;
    for i in body + 1..n {
        let parent = walk.parents[i];
        in_body[i] = parent != NO_PARENT && in_body[parent as usize];
    }
    let matched = outermost_matches(dom, walk, content);
    // The matches in the body and every node on the way down to them.
    let mut on_path = vec![false; n];
    let mut matches = 0;
    for i in (0..n).filter(|&i| matched[i] && in_body[i]) {
        matches += 1;
        let mut at = walk.parents[i];
        while at != NO_PARENT && !on_path[at as usize] {
            on_path[at as usize] = true;
            at = walk.parents[at as usize];
        }
    }
    if matches == 0 {
        return (0, false);
    }
    // A node goes when its parent is on a path in the body and it is
    // neither a match nor on a path itself.
    let doomed: Vec<bool> = (0..n)
        .map(|i| {
            let parent = walk.parents[i];
            parent != NO_PARENT
                && on_path[parent as usize]
                && in_body[parent as usize]
                && !on_path[i]
                && !matched[i]
        })
        .collect();
    (matches, remove_nodes(dom, walk, &doomed))
}

/// Takes the nodes `doomed` marks (by position in `walk`) out of the
/// tree, each unlinked in one step however many siblings it has. Returns
/// whether any node was removed.
fn remove_nodes(dom: &mut RawDom, walk: &Walk, doomed: &[bool]) -> bool {
    let mut removed = false;
    for (&node, &doomed) in walk.nodes.iter().zip(doomed) {
        if doomed {
            dom.detach(node);
            removed = true;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::Dom;
    use crate::parse::parse_str;

    /// The body's text after applying the selectors, block by block.
    fn text_after(html: &str, prune: Option<&str>, content: Option<&str>) -> (String, bool) {
        let mut raw = parse_str(html);
        let prune = prune.map(|s| Selector::parse(s).unwrap());
        let content = content.map(|s| Selector::parse(s).unwrap());
        let unchanged = apply(&mut raw, prune.as_ref(), content.as_ref(), None)
            .0
            .is_some();
        let dom = Dom::index(raw);
        let text: Vec<String> = (0..dom.len())
            .filter(|&i| dom.tag(i) == Tag::Text)
            .filter(|&i| !dom.ancestors(i).any(|a| dom.tag(a).is_ignored()))
            .filter_map(|i| dom.text(i).map(|t| t.trim().to_owned()))
            .filter(|t| !t.is_empty())
            .collect();
        (text.join("|"), unchanged)
    }

    const PAGE: &str = "<html><head><title>T</title></head><body>\
        <nav>Menu</nav>\
        <div class=\"wrap\">lead\
          <article><p>One</p><aside class=\"promo\">Buy</aside><p>Two</p></article>\
          <div class=\"related\"><p>Other story</p></div>\
        </div>\
        <footer>Foot</footer></body></html>";

    #[test]
    fn pruned_elements_leave_the_tree() {
        let (text, unchanged) = text_after(PAGE, Some("nav, .promo, footer"), None);
        assert_eq!(text, "lead|One|Two|Other story");
        assert!(!unchanged);
    }

    #[test]
    fn content_keeps_the_matches_and_their_ancestors_only() {
        let (text, _) = text_after(PAGE, None, Some("article"));
        assert_eq!(text, "One|Buy|Two");
        // The head is not the body: its title stays.
        let mut raw = parse_str(PAGE);
        let content = Selector::parse("article").unwrap();
        apply(&mut raw, None, Some(&content), None);
        let dom = Dom::index(raw);
        assert!(dom.find(Tag::Title).is_some());
    }

    #[test]
    fn several_content_matches_stay_in_order() {
        let (text, _) = text_after(PAGE, None, Some(".related, nav"));
        assert_eq!(text, "Menu|Other story");
    }

    #[test]
    fn prune_then_content() {
        let (text, _) = text_after(PAGE, Some(".promo"), Some("article"));
        assert_eq!(text, "One|Two");
        // A pruned element is not found as content.
        let (text, unchanged) = text_after(PAGE, Some("article"), Some("article"));
        assert_eq!(text, "Menu|lead|Other story|Foot");
        assert!(!unchanged);
    }

    #[test]
    fn the_report_counts_what_the_selectors_did() {
        let report = |prune: Option<&str>, content: Option<&str>| {
            let mut raw = parse_str(PAGE);
            let prune = prune.map(|s| Selector::parse(s).unwrap());
            let content = content.map(|s| Selector::parse(s).unwrap());
            apply(&mut raw, prune.as_ref(), content.as_ref(), None).1
        };
        assert_eq!(report(None, None), SelectorReport::default());
        assert_eq!(report(None, None).describe(), "");
        let r = report(Some("nav, .promo, footer"), Some("#absent"));
        assert_eq!((r.pruned, r.content), (Some(3), Some(0)));
        assert_eq!(
            r.describe(),
            "the prune selector took out 3 elements; the content selector matched nothing in the body, so the page was read whole"
        );
        let r = report(None, Some(".related, nav"));
        assert_eq!((r.pruned, r.content), (None, Some(2)));
        assert!(
            r.describe()
                .starts_with("the content selector matched 2 elements")
        );
    }

    #[test]
    fn no_match_changes_nothing() {
        let (text, unchanged) = text_after(PAGE, Some(".absent"), Some("#absent"));
        assert_eq!(text, "Menu|lead|One|Buy|Two|Other story|Foot");
        assert!(unchanged);
        // Content only in the head does not empty the body.
        let (text, unchanged) = text_after(PAGE, None, Some("title"));
        assert_eq!(text, "Menu|lead|One|Buy|Two|Other story|Foot");
        assert!(unchanged);
    }

    #[test]
    fn many_siblings_and_deep_nesting_are_handled_in_one_pass() {
        let mut html = String::from("<body>");
        for i in 0..20_000 {
            html.push_str(&format!("<p class=\"x{}\">{i}</p>", i % 2));
        }
        html.push_str(&"<div>".repeat(2000));
        html.push_str("<span class=\"deep\">deep</span>");
        let (text, _) = text_after(&html, Some(".x1"), None);
        assert_eq!(text.split('|').count(), 10_001);
        let (text, _) = text_after(&html, None, Some("div > span.deep"));
        assert_eq!(text, "deep");
    }
}
