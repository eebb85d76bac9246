//! The annotated page: the page itself, with every kept block outlined in
//! green and every dropped block in red, a hover label on each, and a
//! legend. Self-contained (the styling is inline, nothing needs a script)
//! and safe to open: the page's scripts, frames, event handlers, refreshes
//! and script URLs are removed.

use std::collections::HashMap;
use std::fmt::Write as _;

use html5ever::local_name;

use super::{Decision, Explanation};
use crate::dom::{Dom, NodeId, Tag};
use crate::serialize::html::escape_into;
use crate::serialize::urls::url_scheme;

const STYLE: &str = "\
[data-distil]{outline-offset:-3px !important}\
[data-distil=kept]{outline:3px solid #1a9c3a !important}\
[data-distil=dropped]{outline:3px solid #d8232a !important;background-color:rgba(216,35,42,.07) !important}\
[data-distil=container]{outline:1px dashed #888 !important}\
[data-distil]:hover{outline-width:5px !important}\
#distil-legend{position:fixed;z-index:2147483647;right:12px;bottom:12px;max-width:360px;\
padding:12px 14px;background:#fff;color:#222;border:1px solid #999;border-radius:8px;\
box-shadow:0 4px 16px rgba(0,0,0,.25);font:13px/1.45 system-ui,sans-serif;text-align:left}\
#distil-legend b{font-weight:600}\
#distil-legend .k{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-1px}\
#distil-legend p{margin:4px 0}";

/// Writes the annotated page for `why`.
pub(crate) fn annotated_page(dom: &Dom, why: &Explanation) -> String {
    let mut marks: HashMap<NodeId, (&'static str, String)> = HashMap::new();
    for b in &why.blocks {
        let kind = match b.decision {
            Decision::Kept => "kept",
            Decision::Dropped => "dropped",
            Decision::Container => "container",
        };
        let mut label = format!(
            "{kind} · {} chars · links {:.0}%",
            b.text_len,
            b.link_density * 100.0
        );
        if let Some(s) = b.score {
            let _ = write!(label, " · score {:.1}", s.total);
        }
        let _ = write!(label, " · {}", b.reason);
        if let Some(sig) = &b.signal {
            let _ = write!(label, " [{sig}]");
        }
        marks.insert(b.node, (kind, label));
    }
    let kept = why
        .blocks
        .iter()
        .filter(|b| b.decision == Decision::Kept)
        .count();
    let dropped = why
        .blocks
        .iter()
        .filter(|b| b.decision == Decision::Dropped)
        .count();

    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n");
    enum Step {
        Enter(NodeId),
        Leave(Tag),
    }
    let mut stack = vec![Step::Enter(0)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Leave(tag) => {
                if tag == Tag::Body {
                    legend(&mut out, why, kept, dropped);
                }
                if let Some(name) = tag.name() {
                    if !tag.is_void() {
                        let _ = write!(out, "</{name}>");
                    }
                }
            }
            Step::Enter(id) => {
                let tag = dom.tag(id);
                if let Some(text) = dom.text(id) {
                    escape_into(&mut out, text, false);
                    continue;
                }
                if !tag.is_element() {
                    // The document: its children in order.
                    let children: Vec<NodeId> = dom.children(id).collect();
                    for &c in children.iter().rev() {
                        stack.push(Step::Enter(c));
                    }
                    continue;
                }
                if is_unsafe(dom, id, tag) {
                    continue;
                }
                let Some(name) = tag.name() else {
                    // Unknown and foreign elements: their content only.
                    let children: Vec<NodeId> = dom.children(id).collect();
                    for &c in children.iter().rev() {
                        stack.push(Step::Enter(c));
                    }
                    continue;
                };
                let _ = write!(out, "<{name}");
                write_safe_attrs(&mut out, dom, id);
                if let Some((kind, label)) = marks.get(&id) {
                    let _ = write!(out, " data-distil=\"{kind}\" title=\"");
                    escape_into(&mut out, label, true);
                    out.push('"');
                }
                out.push('>');
                if tag == Tag::Head {
                    out.push_str("<meta charset=\"utf-8\"><style>");
                    out.push_str(STYLE);
                    out.push_str("</style>");
                }
                stack.push(Step::Leave(tag));
                let children: Vec<NodeId> = dom.children(id).collect();
                for &c in children.iter().rev() {
                    stack.push(Step::Enter(c));
                }
            }
        }
    }
    out
}

/// Elements that could run code, load a page inside the page, or redirect.
fn is_unsafe(dom: &Dom, id: NodeId, tag: Tag) -> bool {
    match tag {
        Tag::Script
        | Tag::Noscript
        | Tag::Template
        | Tag::Iframe
        | Tag::Frame
        | Tag::Frameset
        | Tag::Object
        | Tag::Embed
        | Tag::Applet
        | Tag::Base
        | Tag::Svg
        | Tag::Math => true,
        Tag::Meta => dom.attr(id, &local_name!("http-equiv")).is_some(),
        Tag::Link => !dom
            .attr(id, &local_name!("rel"))
            .is_some_and(|r| r.eq_ignore_ascii_case("stylesheet")),
        _ => false,
    }
}

/// Copies the attributes that cannot run code: no event handlers, no
/// `srcdoc`, no form targets, no script or non-image data URLs.
fn write_safe_attrs(out: &mut String, dom: &Dom, id: NodeId) {
    dom.for_each_attr(id, |name, value| {
        let n: &str = name;
        if n.starts_with("on")
            || matches!(n, "srcdoc" | "action" | "formaction" | "data-distil")
            || !n
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ':')
        {
            return;
        }
        if matches!(
            n,
            "href" | "src" | "srcset" | "poster" | "xlink:href" | "background" | "cite" | "data"
        ) {
            match url_scheme(value).as_deref() {
                None | Some("http" | "https" | "mailto" | "tel") => {}
                Some("data")
                    if value
                        .trim_start()
                        .to_ascii_lowercase()
                        .starts_with("data:image/")
                        && n != "href" => {}
                _ => return,
            }
        }
        let _ = write!(out, " {n}=\"");
        escape_into(out, value, true);
        out.push('"');
    });
}

fn legend(out: &mut String, why: &Explanation, kept: usize, dropped: usize) {
    out.push_str("<div id=\"distil-legend\"><p><b>distil</b> · ");
    escape_into(out, &why.attempt, false);
    let _ = write!(
        out,
        "</p><p><span class=\"k\" style=\"background:#1a9c3a\"></span>kept ({kept} blocks)</p>\
         <p><span class=\"k\" style=\"background:#d8232a\"></span>dropped ({dropped} blocks)</p>\
         <p><span class=\"k\" style=\"border:1px dashed #888\"></span>holds the article</p>\
         <p>Hover a block for its score and the rule behind the decision.</p>"
    );
    if let Some(best) = why.candidates.first() {
        out.push_str("<p>Best candidate: ");
        escape_into(out, &best.path, false);
        let _ = write!(out, " ({:.1})</p>", best.score);
    }
    out.push_str("</div>");
}
