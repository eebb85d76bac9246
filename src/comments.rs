//! The readers' comments under an article, read apart from it
//! ([`Config::with_comments`](crate::Config::with_comments)), and on a
//! product page its customers' reviews, which are comments by another name.
//!
//! The article never holds the comments (they are set aside as page
//! furniture while it is looked for); a caller that wants them, to study
//! the discussion or to keep it with the story, gets them here, as a
//! second text. The comment section is found by the names sites give it
//! (`id="comments"`, `comment-list`, `comments-area`, `post-comments`...;
//! a single comment's parts, such as `comment-body` or `comment-meta`, do
//! not count; `product-reviews`, `reviews-list` and one `review-item`
//! likewise) or, failing that, as the element that holds every schema.org
//! `Comment` (or `Review`) of the page. Inside it, the comment form, the
//! "Reply" links, navigation and hidden parts are left out; each comment
//! keeps its author line and its text.

use html5ever::local_name;

use crate::clean::{self, Removal};
use crate::dom::{Dom, NodeId, Tag};
use crate::features::Features;
use crate::postprocess::Plan;
use crate::select::{Extent, Renamed};
use crate::signals::{self, Signals};

/// A comment section with less text than this is a title or an empty
/// widget ("0 comments", "Comments are closed").
const MIN_CHARS: u32 = 40;

/// The least text of an element named as a comment that counts as one.
const MIN_COMMENT_CHARS: u32 = 20;

/// Text under which an element named for replying is a control (a
/// "Reply" link), not a thread of replies.
const MAX_REPLY_CONTROL_CHARS: u32 = 40;

/// Names of a comment section, after an optional prefix such as
/// `article-` or `post-`.
const SECTION_NAMES: &[&str] = &[
    "comments",
    "commentlist",
    "comment-list",
    "comments-list",
    "comment-section",
    "comments-section",
    "comments-area",
    "comment-area",
    "comments-wrapper",
    "comment-wrapper",
    "comments-container",
    "comment-container",
    "comments-content",
    "comments-block",
    "comments-box",
    "comment-thread",
    "comments-thread",
    "comments-holder",
    "comment-tree",
    "comments-tree",
    "comment-box",
    // WordPress block themes: `div.wp-block-comments` around
    // `ol.wp-block-comment-template`.
    "block-comments",
    "block-comment-template",
    // Israeli news sites' name for readers' comments.
    "talkbacks",
    "talkback-list",
    "talkbacks-list",
    // The section's name in the page's language.
    "kommentare",
    "commentaires",
    "comentarios",
    "commenti",
    "kommentit",
    "komentarze",
    "reacties",
    // Customers' reviews under a product are its readers' comments.
    "reviews",
    "reviews-list",
    "review-list",
    "reviews-section",
    "reviews-container",
    "reviews-wrapper",
    "reviews-widget",
];

/// Prefixes a site may put before a section name.
const SECTION_PREFIXES: &[&str] = &[
    "",
    "article-",
    "post-",
    "entry-",
    "blog-",
    "story-",
    "page-",
    "user-",
    "reader-",
    "js-",
    "wp-",
    "product-",
    "customer-",
    // A design system's component prefix (`c-comments`).
    "c-",
];

/// Names of the parts of a section that are controls, not comments.
const CONTROL_NAMES: &[&str] = &[
    "respond",
    "comment-respond",
    "comment-form",
    "comments-form",
    "commentform",
    "reply-title",
    "comment-reply-title",
    "comment-navigation",
    "comments-navigation",
    "comment-nav",
    "comments-pagination",
    "comment-pagination",
];

/// Words in a `comment...` name that make it the section's furniture (a
/// notice, the count, the form, the rules), not a comment.
const NOT_ITEM_WORDS: &[&str] = &[
    "form",
    "note",
    "notice",
    "polic",
    "privacy",
    "delete",
    "action",
    "selector",
    "guideline",
    "rule",
    "login",
    "log-in",
    "sign",
    "respond",
    "closed",
    "count",
    "title",
    "header",
    "heading",
    "subscri",
    "status",
    "cta",
    "prompt",
    "btn",
    "button",
    "icon",
    "intro",
    "empty",
    "not-yet",
    "bar",
    "toggle",
    "container",
    "wrapper",
    "vote",
    "template",
    "write",
    "sort",
    "filter",
    "load",
    "more",
    "show",
];

/// Words that make a `comment...` name furniture only as a whole part of
/// it (`comment-order`, not `comment-border`).
const NOT_ITEM_PARTS: &[&str] = &["order"];

/// Names of a sidebar or a teaser, whose comments (a "latest comments"
/// box) are the site's rather than the article's. Whole names only: a page
/// layout named `has-sidebar` or `right-sidebar`, a blog engine's `widget`
/// and the `<aside>` some themes put comments in hold this article's.
const SIDEBAR_NAMES: &[&str] = &["aside", "sidebar", "teaser"];

/// Names of a reply control (left out when short, see
/// [`MAX_REPLY_CONTROL_CHARS`]).
const REPLY_NAMES: &[&str] = &[
    "reply",
    "reply-link",
    "comment-reply-link",
    "reply-button",
    "comment-reply",
    "comment-reply-button",
];

/// The comment sections of the page, as a plan to render: `None` when the
/// page has none outside the `article` plan, or when each holds too little.
pub(crate) fn find(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    article: &Plan,
) -> Option<Plan> {
    let body = dom.find(Tag::Body)?;
    // A section the article shows, or one that holds the article, is not
    // apart from it. One the article's cleaning removed is.
    let in_article = |id: NodeId| {
        article.roots.iter().any(|&r| {
            dom.contains(id, r)
                || (dom.contains(r, id)
                    && !std::iter::once(id)
                        .chain(dom.ancestors(id).take_while(|&a| a != r))
                        .chain(std::iter::once(r))
                        .any(|a| article.is_removed(a)))
        })
    };
    // A sidebar's "latest comments" are the site's, not this article's.
    let in_sidebar = |id: NodeId| {
        std::iter::once(id)
            .chain(dom.ancestors(id))
            .any(|a| names_any(dom, a, |n| SIDEBAR_NAMES.contains(&n)))
    };
    let usable = |id: NodeId| {
        !signals.has(id, signals::HIDDEN)
            && !dom.ancestors(id).any(|a| signals.has(a, signals::HIDDEN))
            && !in_article(id)
            && !in_sidebar(id)
    };
    let named = named_sections(dom, body);
    let candidates: Vec<NodeId> = if named.is_empty() {
        comment_items_holder(dom, body).into_iter().collect()
    } else {
        named
    };
    // The candidates are disjoint, so measuring each is one pass over the
    // page at most. Every section that holds comments is read, in page
    // order: a thread split in two ("Top comments" and the rest, comments
    // and trackbacks, one list per page of a paged thread) is one
    // discussion.
    let sections: Vec<(u32, NodeId)> = candidates
        .into_iter()
        .filter(|&id| usable(id) && holds_a_comment(dom, signals, features, id))
        .map(|id| (read_section(dom, signals, features, id, |_, _| {}), id))
        .filter(|&(len, _)| len >= MIN_CHARS)
        .collect();
    if sections.is_empty() {
        return None;
    }
    let text_len = sections
        .iter()
        .fold(0u32, |sum, &(len, _)| sum.saturating_add(len));
    let roots: Vec<NodeId> = sections.iter().map(|&(_, id)| id).collect();
    let mut removal = vec![Removal::Kept; dom.len()];
    let mut renamed = Renamed::default();
    for &section in &roots {
        read_section(dom, signals, features, section, |id, verdict| {
            if verdict != Removal::Kept {
                removal[id] = verdict;
            } else if matches!(dom.tag(id), Tag::Ol | Tag::Ul) && is_comment_list(dom, id) {
                // A list of comments is not a list of points: each comment
                // is a block of its own, without a bullet or a number.
                renamed.insert(id, Tag::Div);
                for item in dom.children(id).filter(|&c| dom.tag(c) == Tag::Li) {
                    renamed.insert(item, Tag::Div);
                }
            }
        });
    }
    Some(Plan {
        roots,
        whole_body: false,
        removal,
        renamed,
        signals: Default::default(),
        failures: Default::default(),
        text_len,
        extent: Extent::CommentThread,
    })
}

/// The outermost elements under `body` named as a comment section.
fn named_sections(dom: &Dom, body: NodeId) -> Vec<NodeId> {
    let mut found = Vec::new();
    let mut id = body + 1;
    while id < dom.end(body) {
        if dom.tag(id).is_element() && names_any(dom, id, is_section_name) {
            found.push(id);
            id = dom.end(id);
        } else {
            id += 1;
        }
    }
    found
}

/// The nearest element holding every schema.org `Comment` of the page,
/// when there are at least two.
fn comment_items_holder(dom: &Dom, body: NodeId) -> Option<NodeId> {
    let items: Vec<NodeId> = (body + 1..dom.end(body))
        .filter(|&id| is_comment_item(dom, id))
        .collect();
    let (&first, rest) = items.split_first()?;
    if rest.is_empty() {
        return None;
    }
    let last = *rest.last()?;
    dom.ancestors(first)
        .take_while(|&a| a != body)
        .find(|&a| dom.contains(a, last))
}

/// Whether a section holds at least one comment: an element named as one
/// (`comment`, `comment-body`, `comment-text`...; not the section's own
/// names, its form or its controls) with some text, or a schema.org
/// `Comment`. A section of only a form, a sign-in prompt or a spam-filter
/// notice holds none.
fn holds_a_comment(dom: &Dom, signals: &Signals, features: &Features, section: NodeId) -> bool {
    let is_item_name = |n: &str| {
        let n = bem_element(n);
        // A component prefix (`c-comment`) and the Israeli name
        // (`talkback-item`) name a comment too.
        let n = n.strip_prefix("c-").unwrap_or(n);
        let talkback = n.starts_with("talkback") && !n.starts_with("talkbacks");
        // One comment is named in the singular (`comment`, `comment-body`,
        // `review-item`); `comments-...` names the section's own parts.
        ((n.starts_with("comment") && !n.starts_with("comments"))
            || (n.starts_with("review") && !n.starts_with("reviews"))
            || talkback)
            && !is_section_name(n)
            && !REPLY_NAMES.contains(&n)
            && !NOT_ITEM_WORDS.iter().any(|w| n.contains(w))
            && !n
                .split(['-', '_'])
                .any(|part| NOT_ITEM_PARTS.contains(&part))
    };
    let mut id = section + 1;
    while id < dom.end(section) {
        let tag = dom.tag(id);
        if !tag.is_element() {
            id += 1;
            continue;
        }
        // The form and the controls hold notices, not comments; a hidden
        // part (a template, a confirmation dialog) is not shown at all.
        if tag == Tag::Form
            || signals.has(id, signals::HIDDEN)
            || names_any(dom, id, |n| CONTROL_NAMES.contains(&n))
        {
            id = dom.end(id);
            continue;
        }
        if is_comment_item(dom, id)
            || (features.len(id) >= MIN_COMMENT_CHARS
                && names_any(dom, id, is_item_name)
                && !is_gate_notice(dom, features, id))
        {
            return true;
        }
        id += 1;
    }
    false
}

/// Notices that commenting is for subscribers, in the main languages
/// (lower case): a section that shows one in place of comments holds none.
const GATE_NOTICES: &[&str] = &[
    "for subscribers",
    "subscribers only",
    "only subscribers",
    "für abonnenten",
    "nur abonnenten",
    "réservé aux abonnés",
    "para suscriptores",
    "exclusivo para suscriptores",
    "solo para suscriptores",
    "riservato agli abbonati",
    "para assinantes",
    "voor abonnees",
];

/// The longest element read as a subscribers-only notice.
const MAX_GATE_NOTICE_CHARS: u32 = 300;

/// Whether the element is a short notice that only subscribers may
/// comment.
fn is_gate_notice(dom: &Dom, features: &Features, id: NodeId) -> bool {
    features.len(id) <= MAX_GATE_NOTICE_CHARS && {
        let text = clean::inner_text(dom, id).to_lowercase();
        GATE_NOTICES.iter().any(|n| text.contains(n))
    }
}

/// A schema.org `Comment` (or `Review`) item.
fn is_comment_item(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, &local_name!("itemtype")).is_some_and(|t| {
        let t = t.trim_end_matches('/');
        t.ends_with("schema.org/Comment") || t.ends_with("schema.org/Review")
    })
}

/// Walks the section `root`, telling `visit` the verdict on each element
/// (its controls, forms and hidden parts go, with their contents; the
/// rest is kept), and returns the length of the text it keeps.
fn read_section(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    root: NodeId,
    mut visit: impl FnMut(NodeId, Removal),
) -> u32 {
    let mut text_len: u32 = 0;
    let mut id = root + 1;
    while id < dom.end(root) {
        let tag = dom.tag(id);
        if tag == Tag::Text {
            text_len = text_len.saturating_add(dom.text_measure(id).span.len);
            id += 1;
            continue;
        }
        let verdict = match clean::region_removal(dom, signals, id) {
            Removal::Kept
                if tag.is_element()
                    && !tag.is_ignored()
                    && (names_any(dom, id, |n| CONTROL_NAMES.contains(&n))
                        || (features.len(id) < MAX_REPLY_CONTROL_CHARS
                            && names_any(dom, id, |n| REPLY_NAMES.contains(&n)))) =>
            {
                Removal::Boilerplate
            }
            verdict => verdict,
        };
        if tag.is_element() {
            visit(id, verdict);
        }
        id = if verdict == Removal::Kept {
            id + 1
        } else {
            dom.end(id)
        };
    }
    text_len
}

/// Whether a list holds comments: it is named as a comment section, or
/// one of its items is a comment (a class named `comment...`, or a
/// schema.org `Comment`).
fn is_comment_list(dom: &Dom, list: NodeId) -> bool {
    names_any(dom, list, is_section_name)
        || dom.children(list).any(|item| {
            dom.tag(item) == Tag::Li
                && (names_any(dom, item, |n| bem_element(n).starts_with("comment"))
                    || is_comment_item(dom, item))
        })
}

/// Whether a class name or the id of `id`, lower-cased with `_` read as
/// `-`, passes `test`.
pub(crate) fn names_any(dom: &Dom, id: NodeId, test: impl Fn(&str) -> bool) -> bool {
    let passes = |name: &str| {
        // Most names are written that way already: copy only the others.
        if name.bytes().any(|b| b.is_ascii_uppercase() || b == b'_') {
            test(&name.to_ascii_lowercase().replace('_', "-"))
        } else {
            test(name)
        }
    };
    dom.attr(id, &local_name!("id"))
        .is_some_and(|v| !v.is_empty() && passes(v.trim()))
        || dom
            .attr(id, &local_name!("class"))
            .is_some_and(|v| v.split_ascii_whitespace().any(passes))
}

/// Whether the class or id of `id` names a section of readers' comments
/// or customers' reviews (`comments`, `post-comments`, `product-reviews`).
pub(crate) fn names_section(dom: &Dom, id: NodeId) -> bool {
    names_any(dom, id, is_section_name)
}

fn is_section_name(name: &str) -> bool {
    let named = |name: &str| {
        SECTION_PREFIXES.iter().any(|prefix| {
            name.strip_prefix(prefix)
                .is_some_and(|rest| SECTION_NAMES.contains(&rest))
        })
    };
    named(name) || named(bem_element(name))
}

/// A BEM element's own name (`site__comments`, read with '_' as '-', is
/// `comments`): what follows its block's name. Other names are returned
/// whole.
fn bem_element(name: &str) -> &str {
    name.rsplit_once("--").map_or(name, |(_, element)| element)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_names() {
        for yes in [
            "comments",
            "comment-list",
            "commentlist",
            "comments-area",
            "post-comments",
            "article-comments-section",
            "js-comments",
            "comment-tree",
            "site--comments",
            "kommentit",
            "wp-block-comments",
            "wp-block-comment-template",
            "talkbacks",
            "c-comments",
        ] {
            assert!(is_section_name(yes), "{yes}");
        }
        for no in [
            "comment",
            "comment-body",
            "comment-meta",
            "comments-link",
            "comment-count",
            "no-comments",
            "commenter",
            "comments-closed",
            "comment--count",
            "site--comments-link",
        ] {
            assert!(!is_section_name(no), "{no}");
        }
    }
}
