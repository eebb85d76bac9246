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

use html5ever::{LocalName, local_name};

use super::normalize::{Walk, is_whitespace_text};
use super::{RawData, RawDom, RawId};

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

/// The table role `node` carries, if any.
fn role_of(dom: &RawDom, node: RawId) -> Option<Role> {
    role_of_value(dom.attr(node, &local_name!("role"))?)
}

/// Rewrites every table the roles fully describe. Returns whether the
/// tree changed.
pub(super) fn rewrite_role_tables(dom: &mut RawDom, walk: &Walk) -> bool {
    let mut changed = false;
    // Outer tables first (document order); a table inside a cell is asked
    // once the cell around it has been rewritten.
    for &node in &walk.nodes {
        if role_of(dom, node) == Some(Role::Table) && is_whole_table(dom, node) {
            rewrite(dom, node);
            changed = true;
        }
    }
    changed
}

/// The element children of `node`, or `None` if it holds text that is not
/// white space (text loose in a table or row is no cell's).
fn element_children(dom: &RawDom, node: RawId) -> Option<Vec<RawId>> {
    let mut elements = Vec::new();
    for child in dom.children(node) {
        match dom.data(child) {
            RawData::Element(_) => elements.push(child),
            RawData::Text(_) if !is_whitespace_text(dom, child) => return None,
            _ => {}
        }
    }
    Some(elements)
}

/// Whether `table` holds rows only, or row groups of rows only, and every
/// row holds cells only, at least one in all.
fn is_whole_table(dom: &RawDom, table: RawId) -> bool {
    let Some(children) = element_children(dom, table) else {
        return false;
    };
    let grouped = children
        .iter()
        .any(|&c| role_of(dom, c) == Some(Role::RowGroup));
    let mut rows = Vec::new();
    for child in children {
        match role_of(dom, child) {
            Some(Role::RowGroup) if grouped => match element_children(dom, child) {
                Some(group) => rows.extend(group),
                None => return false,
            },
            Some(Role::Row) if !grouped => rows.push(child),
            _ => return false,
        }
    }
    let mut cells = 0;
    for &row in &rows {
        if role_of(dom, row) != Some(Role::Row) {
            return false;
        }
        let Some(row_cells) = element_children(dom, row) else {
            return false;
        };
        if !row_cells
            .iter()
            .all(|&c| matches!(role_of(dom, c), Some(Role::Cell | Role::Header)))
        {
            return false;
        }
        cells += row_cells.len();
    }
    cells > 0
}

/// Rewrites a table [`is_whole_table`] accepted: the table, its row groups
/// (or one body for rows held directly), its rows and their cells.
fn rewrite(dom: &mut RawDom, table: RawId) {
    let grouped = dom
        .children(table)
        .any(|c| role_of(dom, c) == Some(Role::RowGroup));
    let element = dom.rename(table, local_name!("table"));
    if grouped {
        for group in element_children(dom, element).unwrap_or_default() {
            let body = dom.rename(group, local_name!("tbody"));
            rewrite_rows(dom, body);
        }
    } else {
        // The parser always puts rows in a body; the later stages expect it.
        let body = dom.create_html_element(local_name!("tbody"), Vec::new());
        dom.move_children(element, body);
        dom.append(element, body);
        rewrite_rows(dom, body);
    }
}

/// Rewrites the rows of `body` as `<tr>`s and their cells as `<td>`s or,
/// for headers, `<th>`s.
fn rewrite_rows(dom: &mut RawDom, body: RawId) {
    for row in element_children(dom, body).unwrap_or_default() {
        let row = dom.rename(row, local_name!("tr"));
        for cell in element_children(dom, row).unwrap_or_default() {
            let tag = match role_of(dom, cell) {
                Some(Role::Header) => local_name!("th"),
                _ => local_name!("td"),
            };
            dom.rename(cell, tag);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::normalize::{Walk, parsed};
    use super::*;

    /// The tree under `<body>` in document order: each element's tag, and
    /// each text that is not blank in quotes.
    fn shape(html: &str) -> String {
        let mut dom = parsed(html);
        let walk = Walk::of(&dom);
        rewrite_role_tables(&mut dom, &walk);
        dom.preorder(RawDom::DOCUMENT)
            .into_iter()
            .filter_map(|n| match dom.data(n) {
                RawData::Element(element) => Some(element.name.local.to_string()),
                RawData::Text(contents) if !crate::text::is_blank(contents) => {
                    Some(format!("'{contents}'"))
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
