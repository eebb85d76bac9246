//! Tables drawn with ARIA roles put in the tree as the table elements
//! their roles name.
//!
//! Script-built pages (documentation generators, web apps) draw tables
//! with `<div role="table">`, `role="row"` and `role="cell"` rather than
//! `<table>`, `<tr>` and `<td>`. Read as divisions, every cell becomes a
//! paragraph of its own and the rows are lost: the text output no longer
//! lines a row up, the Markdown output has no table. When the roles
//! describe a whole table (rows in the table or in its row groups, and
//! nothing but cells in each row), this pass rewrites each element as the
//! table element of its role; any other shape is left alone, since a
//! table the roles only half describe reads better as the divisions it is.
//! Interactive grids (`role="grid"`) are left alone too (see [`role_of_value`]).
//!
//! The parser's sink notes whether a `<div>` carries the role of a table,
//! so that pages without one (nearly all) are not searched.

use std::rc::Rc;

use html5ever::{LocalName, local_name};
use markup5ever_rcdom::{Handle, NodeData};

use super::normalize::{Walk, is_whitespace_text, new_element, parent_of};

/// The table-related ARIA roles, as this pass reads them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Table,
    RowGroup,
    Row,
    /// `cell` and `gridcell`.
    Cell,
    /// `columnheader` and `rowheader`.
    Header,
}

/// Whether an attribute is the `role` of a table: what the sink asks of
/// each attribute of a `<div>`.
pub(crate) fn is_table_role(name: &LocalName, value: &str) -> bool {
    *name == local_name!("role")
        && value
            .split_ascii_whitespace()
            .next()
            .is_some_and(|first| first.eq_ignore_ascii_case("table"))
}

fn role_of_value(value: &str) -> Option<Role> {
    // A role attribute may list fallbacks; the first is the one used.
    let first = value.split_ascii_whitespace().next()?;
    // Not `grid` or `treegrid`: those are interactive widgets (file
    // browsers, date pickers, spreadsheets), more often the page's tools
    // than its text, and left to be judged as the divisions they are.
    const ROLES: [(&str, Role); 7] = [
        ("table", Role::Table),
        ("rowgroup", Role::RowGroup),
        ("row", Role::Row),
        ("cell", Role::Cell),
        ("gridcell", Role::Cell),
        ("columnheader", Role::Header),
        ("rowheader", Role::Header),
    ];
    ROLES
        .iter()
        .find(|(name, _)| first.eq_ignore_ascii_case(name))
        .map(|&(_, role)| role)
}

fn role_of(node: &Handle) -> Option<Role> {
    let NodeData::Element { attrs, .. } = &node.data else {
        return None;
    };
    let attrs = attrs.borrow();
    let role = attrs.iter().find(|a| a.name.local == local_name!("role"))?;
    role_of_value(&role.value)
}

/// Rewrites every table the roles fully describe. Returns whether the
/// tree changed.
pub(super) fn rewrite_role_tables(walk: &Walk) -> bool {
    let mut changed = false;
    // Outer tables first (document order); a table inside a cell is asked
    // once the cell around it has been rewritten.
    for node in &walk.nodes {
        if role_of(node) == Some(Role::Table) && is_whole_table(node) {
            rewrite(node);
            changed = true;
        }
    }
    changed
}

/// The element children of `node`, or `None` if it holds text that is not
/// white space (text loose in a table or row is no cell's).
fn element_children(node: &Handle) -> Option<Vec<Handle>> {
    let mut elements = Vec::new();
    for child in node.children.borrow().iter() {
        match &child.data {
            NodeData::Element { .. } => elements.push(child.clone()),
            NodeData::Text { .. } if !is_whitespace_text(child) => return None,
            _ => {}
        }
    }
    Some(elements)
}

/// Whether `table` holds rows only, or row groups of rows only, and every
/// row holds cells only, at least one in all.
fn is_whole_table(table: &Handle) -> bool {
    let Some(children) = element_children(table) else {
        return false;
    };
    let grouped = children.iter().any(|c| role_of(c) == Some(Role::RowGroup));
    let mut rows = Vec::new();
    for child in children {
        match role_of(&child) {
            Some(Role::RowGroup) if grouped => match element_children(&child) {
                Some(group) => rows.extend(group),
                None => return false,
            },
            Some(Role::Row) if !grouped => rows.push(child),
            _ => return false,
        }
    }
    let mut cells = 0;
    for row in &rows {
        if role_of(row) != Some(Role::Row) {
            return false;
        }
        let Some(row_cells) = element_children(row) else {
            return false;
        };
        if !row_cells
            .iter()
            .all(|c| matches!(role_of(c), Some(Role::Cell | Role::Header)))
        {
            return false;
        }
        cells += row_cells.len();
    }
    cells > 0
}

/// Rewrites a table [`is_whole_table`] accepted: the table, its row groups
/// (or one body for rows held directly), its rows and their cells.
fn rewrite(table: &Handle) {
    let grouped = table
        .children
        .borrow()
        .iter()
        .any(|c| role_of(c) == Some(Role::RowGroup));
    let element = replace(table, local_name!("table"));
    if grouped {
        for group in element_children(&element).unwrap_or_default() {
            let body = replace(&group, local_name!("tbody"));
            rewrite_rows(&body);
        }
    } else {
        // The parser always puts rows in a body; the later stages expect it.
        let rows = std::mem::take(&mut *element.children.borrow_mut());
        let body = new_element(local_name!("tbody"), Vec::new());
        adopt(&body, rows);
        adopt(&element, vec![body.clone()]);
        rewrite_rows(&body);
    }
}

fn rewrite_rows(body: &Handle) {
    for row in element_children(body).unwrap_or_default() {
        let row = replace(&row, local_name!("tr"));
        for cell in element_children(&row).unwrap_or_default() {
            let tag = match role_of(&cell) {
                Some(Role::Header) => local_name!("th"),
                _ => local_name!("td"),
            };
            replace(&cell, tag);
        }
    }
}

/// Puts a new `local` element where `node` is, with its attributes and
/// children, and returns it.
fn replace(node: &Handle, local: LocalName) -> Handle {
    let attrs = match &node.data {
        NodeData::Element { attrs, .. } => attrs.take(),
        _ => Vec::new(),
    };
    let element = new_element(local, attrs);
    let children = std::mem::take(&mut *node.children.borrow_mut());
    adopt(&element, children);
    if let Some(parent) = parent_of(node) {
        let mut siblings = parent.children.borrow_mut();
        if let Some(slot) = siblings.iter_mut().find(|s| Rc::ptr_eq(s, node)) {
            *slot = element.clone();
        }
        element.parent.set(Some(Rc::downgrade(&parent)));
    }
    node.parent.set(None);
    element
}

/// Makes `children` the children of `parent`, after any it has.
fn adopt(parent: &Handle, children: Vec<Handle>) {
    for child in &children {
        child.parent.set(Some(Rc::downgrade(parent)));
    }
    parent.children.borrow_mut().extend(children);
}

#[cfg(test)]
mod tests {
    use super::super::normalize::{Walk, parsed, preorder};
    use super::*;

    /// The tree under `<body>` in document order: each element's tag, and
    /// each text that is not blank in quotes.
    fn shape(html: &str) -> String {
        let dom = parsed(html);
        let walk = Walk::of(&dom.document);
        rewrite_role_tables(&walk);
        preorder(&dom.document)
            .iter()
            .filter_map(|n| match &n.data {
                NodeData::Element { name, .. } => Some(name.local.to_string()),
                NodeData::Text { contents } if !crate::text::is_blank(&contents.borrow()) => {
                    Some(format!("'{}'", contents.borrow()))
                }
                _ => None,
            })
            .skip_while(|t| t != "body")
            .skip(1)
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_table_drawn_with_roles_becomes_a_table() {
        let html = r#"<div role="table"><div role="rowgroup"><div role="row">
            <div role="columnheader">Name</div><div role="columnheader">Size</div></div></div>
            <div role="rowgroup"><div role="row"><span role="cell">a</span>
            <span role="gridcell"><b>1</b></span></div></div></div>"#;
        assert_eq!(
            shape(html),
            "table tbody tr th 'Name' th 'Size' tbody tr td 'a' td b '1'"
        );
    }

    #[test]
    fn rows_held_directly_get_a_body() {
        let html = r#"<p>x</p><div role="table"><div role="row"><div role="gridcell">a</div>
            </div><div role="row"><div role="rowheader">b</div></div></div><p>y</p>"#;
        assert_eq!(shape(html), "p 'x' table tbody tr td 'a' tr th 'b' p 'y'");
    }

    #[test]
    fn half_described_tables_are_left_alone() {
        // A wrapper between the row and its cells.
        let wrapped = r#"<div role="table"><div role="row"><div class="w">
            <div role="cell">a</div></div></div></div>"#;
        assert_eq!(shape(wrapped), "div div div div 'a'");
        // Text loose in a row.
        let loose = r#"<div role="table"><div role="row">note<div role="cell">a</div></div></div>"#;
        assert_eq!(shape(loose), "div div 'note' div 'a'");
        // An interactive grid.
        let grid = r#"<div role="grid"><div role="row"><div role="gridcell">a</div></div></div>"#;
        assert_eq!(shape(grid), "div div div 'a'");
        // Rows beside row groups, and a table without cells.
        let mixed = r#"<div role="table"><div role="rowgroup"><div role="row"><div role="cell">a</div></div></div><div role="row"><div role="cell">b</div></div></div>"#;
        assert!(shape(mixed).starts_with("div div div div 'a'"));
        assert_eq!(
            shape(r#"<div role="table"><div role="row"></div></div>"#),
            "div div"
        );
    }

    #[test]
    fn only_table_roles_are_noted_by_the_sink_test() {
        assert!(is_table_role(&local_name!("role"), "table"));
        assert!(!is_table_role(&local_name!("role"), "grid"));
        assert!(is_table_role(&local_name!("role"), "Table presentation"));
        assert!(!is_table_role(&local_name!("role"), "row"));
        assert!(!is_table_role(&local_name!("class"), "table"));
    }
}
