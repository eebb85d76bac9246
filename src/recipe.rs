//! A recipe's ingredients, kept with its method.
//!
//! Recipe pages often set the ingredients apart from the method: a table
//! of quantities or a checklist in a box of its own, named like page
//! furniture (`recipe-header`, `sidebar-ingredients`), with less prose than
//! the method beside it. The method alone then wins, and the recipe comes
//! out without what goes in it. When the page declares a schema.org
//! `Recipe` whose `recipeIngredient` lines the chosen article mostly lacks,
//! the smallest element outside the article that holds most of them joins
//! the article, in document order.

use crate::clean::{self, Removal};
use crate::dom::{Dom, NodeId, Tag};
use crate::features::Features;
use crate::postprocess::Plan;
use crate::signals::{self, Signals};
use crate::text;

/// Ingredient lines shorter than this without their spaces ("1", "Salz")
/// say too little to find them by.
const MIN_LINE_CHARS: usize = 5;

/// The share of the declared lines an element must hold to be the
/// ingredients box.
const MIN_SHARE: f32 = 0.6;

/// Elements with more text than this are a whole page or column, not an
/// ingredients box.
const MAX_BOX_CHARS: u32 = 20_000;

/// A bound on the text read while looking, so that a page with many large
/// nested elements costs a bounded amount.
const MAX_CHARS_READ: usize = 4_000_000;

/// Adds the ingredients box to `plan` when the article lacks most of the
/// declared `ingredients`.
pub(crate) fn include_ingredients(
    dom: &Dom,
    signals: &Signals,
    features: &Features,
    plan: &mut Plan,
    ingredients: &[String],
) {
    let lines: Vec<String> = ingredients
        .iter()
        .map(|l| fold(l))
        .filter(|l| l.chars().count() >= MIN_LINE_CHARS)
        .collect();
    if lines.len() < 2 || plan.whole_body {
        return;
    }
    let needed = ((lines.len() as f32 * MIN_SHARE).ceil() as usize).max(2);
    let held = |text: &str| lines.iter().filter(|l| text.contains(l.as_str())).count();
    if held(&fold(&kept_text(dom, plan))) * 2 >= lines.len() {
        return;
    }
    let Some(body) = dom.find(Tag::Body) else {
        return;
    };
    let apart = |id: NodeId| {
        plan.roots
            .iter()
            .all(|&r| !dom.contains(r, id) && !dom.contains(id, r))
    };
    let mut best: Option<(u32, NodeId)> = None;
    let mut read = 0usize;
    for id in body + 1..dom.end(body) {
        let len = features.len(id);
        if !is_box_tag(dom.tag(id))
            || len > MAX_BOX_CHARS
            || best.is_some_and(|(l, _)| len >= l)
            || !apart(id)
            || signals.has(id, signals::HIDDEN)
        {
            continue;
        }
        read += len as usize;
        if read > MAX_CHARS_READ {
            break;
        }
        if held(&fold(&clean::inner_text(dom, id))) >= needed {
            best = Some((len, id));
        }
    }
    let Some((len, found)) = best else {
        return;
    };
    if dom
        .ancestors(found)
        .any(|a| signals.has(a, signals::HIDDEN))
    {
        return;
    }
    keep_box(dom, signals, plan, found);
    let at = plan.roots.partition_point(|&r| r < found);
    plan.roots.insert(at, found);
    plan.text_len = plan.text_len.saturating_add(len);
}

/// Tags an ingredients box is made of.
fn is_box_tag(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Table
            | Tag::Ul
            | Tag::Ol
            | Tag::Dl
            | Tag::Div
            | Tag::Section
            | Tag::Article
            | Tag::Aside
    )
}

/// Marks the box kept, without its controls (a servings form, buttons)
/// and hidden parts.
fn keep_box(dom: &Dom, signals: &Signals, plan: &mut Plan, root: NodeId) {
    plan.removal[root] = Removal::Kept;
    let mut id = root + 1;
    while id < dom.end(root) {
        let verdict = clean::region_removal(dom, signals, id);
        plan.removal[id] = verdict;
        id = if verdict == Removal::Kept {
            id + 1
        } else {
            dom.end(id)
        };
    }
}

/// The text the article keeps, its removed parts left out.
fn kept_text(dom: &Dom, plan: &Plan) -> String {
    let mut out = String::new();
    for &root in &plan.roots {
        crate::postprocess::for_each_kept_text(dom, &plan.removal, root, |t| {
            out.push(' ');
            out.push_str(t);
        });
    }
    out
}

/// Lower case without white space, so that a line split over table cells
/// ("125 g" | "Mehl") or spaced otherwise than declared ("Schmand , je ca.")
/// reads the same.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|&c| !text::is_space(c))
        .flat_map(char::to_lowercase)
        .collect()
}
