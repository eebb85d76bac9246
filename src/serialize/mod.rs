//! Stage 6: render the cleaned article.
//!
//! One walk over the article drives every requested output (HTML, plain
//! text, Markdown) at once through the [`Writer`] trait, so the tree is read
//! once however many formats are wanted. The walk is iterative and never
//! slices text at computed offsets.
//!
//! What may appear in the output is decided here, by construction: each tag
//! is kept, unwrapped (its children are kept) or dropped with its subtree
//! ([`policy`]); anything not on the allow-lists is unwrapped or dropped.

mod html;
mod text;

pub(crate) use html::HtmlWriter;
pub(crate) use text::TextWriter;

use crate::dom::{Dom, NodeId, Tag};
use crate::postprocess::Plan;

/// What the output does with an element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Policy {
    /// Rendered as itself.
    Keep,
    /// Its children are rendered, the element itself is not.
    Unwrap,
    /// Neither it nor anything inside it is rendered.
    Drop,
}

/// The output policy for a tag.
pub(crate) fn policy(tag: Tag) -> Policy {
    match tag {
        Tag::A
        | Tag::Abbr
        | Tag::Address
        | Tag::Article
        | Tag::B
        | Tag::Bdi
        | Tag::Bdo
        | Tag::Blockquote
        | Tag::Br
        | Tag::Caption
        | Tag::Cite
        | Tag::Code
        | Tag::Col
        | Tag::Colgroup
        | Tag::Dd
        | Tag::Del
        | Tag::Details
        | Tag::Dfn
        | Tag::Div
        | Tag::Dl
        | Tag::Dt
        | Tag::Em
        | Tag::Figcaption
        | Tag::Figure
        | Tag::H1
        | Tag::H2
        | Tag::H3
        | Tag::H4
        | Tag::H5
        | Tag::H6
        | Tag::Hr
        | Tag::I
        | Tag::Img
        | Tag::Ins
        | Tag::Kbd
        | Tag::Li
        | Tag::Mark
        | Tag::Ol
        | Tag::P
        | Tag::Picture
        | Tag::Pre
        | Tag::Q
        | Tag::Rp
        | Tag::Rt
        | Tag::Ruby
        | Tag::S
        | Tag::Samp
        | Tag::Section
        | Tag::Small
        | Tag::Source
        | Tag::Strike
        | Tag::Strong
        | Tag::Sub
        | Tag::Summary
        | Tag::Sup
        | Tag::Table
        | Tag::Tbody
        | Tag::Td
        | Tag::Tfoot
        | Tag::Th
        | Tag::Thead
        | Tag::Time
        | Tag::Tr
        | Tag::U
        | Tag::Ul
        | Tag::Var
        | Tag::Wbr
        | Tag::Audio
        | Tag::Video
        | Tag::Track
        | Tag::Iframe => Policy::Keep,
        Tag::Script
        | Tag::Style
        | Tag::Template
        | Tag::Noscript
        | Tag::Noframes
        | Tag::Noembed
        | Tag::Head
        | Tag::Title
        | Tag::Meta
        | Tag::Link
        | Tag::Base
        | Tag::Param
        | Tag::Input
        | Tag::Button
        | Tag::Select
        | Tag::Option
        | Tag::Optgroup
        | Tag::Datalist
        | Tag::Textarea
        | Tag::Object
        | Tag::Embed
        | Tag::Applet
        | Tag::Frame
        | Tag::Frameset
        | Tag::Canvas
        | Tag::Svg
        | Tag::Dialog
        | Tag::Map
        | Tag::Area
        | Tag::Slot
        | Tag::Comment
        | Tag::Document => Policy::Drop,
        // Forms themselves are unwrapped: some pages wrap whole threads of
        // posts in one; their controls are dropped above. MathML is
        // unwrapped to its text (elements inside `<svg>` never get here).
        _ => Policy::Unwrap,
    }
}

/// Receives the article as it is walked; one writer per output format.
pub(crate) trait Writer {
    /// An element starts. `tag` is the tag to render (after renames).
    fn open(&mut self, dom: &Dom, id: NodeId, tag: Tag);
    /// Text content; `pre` is true inside preformatted blocks.
    fn text(&mut self, text: &str, pre: bool);
    /// An element ends.
    fn close(&mut self, dom: &Dom, id: NodeId, tag: Tag);
}

/// Walks the article of `plan`, feeding every writer.
pub(crate) fn render(dom: &Dom, plan: &Plan, writers: &mut [&mut dyn Writer]) {
    enum Step {
        /// Visit a node; `until` is where its run of siblings ends.
        Enter {
            id: NodeId,
            until: NodeId,
        },
        Leave(NodeId, Tag),
    }
    let mut stack: Vec<Step> = Vec::new();
    let mut pre_depth = 0usize;
    for &root in plan.roots.iter().rev() {
        stack.push(Step::Enter {
            id: root,
            until: dom.end(root),
        });
    }
    while let Some(step) = stack.pop() {
        let (id, until) = match step {
            Step::Enter { id, until } => (id, until),
            Step::Leave(id, tag) => {
                if tag == Tag::Pre {
                    pre_depth = pre_depth.saturating_sub(1);
                }
                for w in writers.iter_mut() {
                    w.close(dom, id, tag);
                }
                continue;
            }
        };
        // The next sibling runs after this node's subtree.
        let next = dom.end(id);
        if next < until {
            stack.push(Step::Enter { id: next, until });
        }
        if plan.is_removed(id) {
            continue;
        }
        let tag = plan.tag(dom, id);
        if tag == Tag::Text {
            if let Some(t) = dom.text(id) {
                for w in writers.iter_mut() {
                    w.text(&t, pre_depth > 0);
                }
            }
            continue;
        }
        let is_body_root = plan.whole_body && plan.roots.first() == Some(&id);
        let policy = if is_body_root {
            Policy::Unwrap
        } else {
            policy(tag)
        };
        match policy {
            Policy::Drop => continue,
            Policy::Keep => {
                if tag == Tag::Pre {
                    pre_depth += 1;
                }
                for w in writers.iter_mut() {
                    w.open(dom, id, tag);
                }
                stack.push(Step::Leave(id, tag));
            }
            Policy::Unwrap => {}
        }
        if id + 1 < next {
            stack.push(Step::Enter {
                id: id + 1,
                until: next,
            });
        }
    }
}
