//! Tables: a data table with its header row repeated on every page (`w:tblHeader`) and
//! shaded as the PDF shades it, and a key–value list as the two-column table the PDF sets.
//!
//! The cells are the document model's typed cells, so a figure is right-aligned and a date
//! printed as a committee writes it by the same rules as in the PDF (`Cell::align`,
//! `Cell::lines`); which cells are bold and how wide each column is come from the PDF's
//! layout too. Every cell holds at least one paragraph, as the schema requires.

use crate::palette;
use crate::report::document::{Align, Cell, KeyValues, Table};
use crate::report::layout::style::HEADER_FILL;
use crate::report::layout::{column_widths, is_bold, key_value_table};

use super::runs::{RunLook, run};
use super::styles::{DATA_TABLE, KEY_VALUES};
use super::xml::Xml;
use super::{CONTENT_WIDTH, hex, twips};

/// A data table: the header row, then the body rows, the total (if any) in bold.
pub(super) fn data(xml: &mut Xml, table: &Table) {
    if table.columns.is_empty() {
        return;
    }
    let widths = column_widths(table, false, CONTENT_WIDTH);
    start(xml, DATA_TABLE, &widths, true);
    xml.open("w:tr", &[]);
    xml.open("w:trPr", &[]);
    xml.empty("w:cantSplit", &[]);
    xml.empty("w:tblHeader", &[]);
    xml.close("w:trPr");
    for (column, width) in table.columns.iter().zip(&widths) {
        cell(
            xml,
            *width,
            Row::Header,
            &[column.header.as_str()],
            column.align,
            true,
        );
    }
    xml.close("w:tr");
    rows(xml, table, &widths, false);
    xml.close("w:tbl");
}

/// A key–value list: the keys in bold in the first column, no header row.
pub(super) fn key_values(xml: &mut Xml, pairs: &KeyValues) {
    let table = key_value_table(pairs);
    let widths = column_widths(&table, true, CONTENT_WIDTH);
    start(xml, KEY_VALUES, &widths, false);
    rows(xml, &table, &widths, true);
    xml.close("w:tbl");
}

/// Opens a table: its properties (style, width, fixed layout, which parts the style marks)
/// and its grid.
pub(super) fn start(xml: &mut Xml, style: &str, widths: &[f32], header: bool) {
    xml.open("w:tbl", &[]);
    xml.open("w:tblPr", &[]);
    xml.empty("w:tblStyle", &[("w:val", style)]);
    let total: f32 = widths.iter().sum();
    xml.empty("w:tblW", &[("w:w", &twips(total)), ("w:type", "dxa")]);
    xml.empty("w:tblLayout", &[("w:type", "fixed")]);
    // Which parts the style marks, as the hex mask every version of Word reads (the named
    // attributes came later; Word 2007's schema has only the mask): the header row when
    // there is one (0x0020), no banding (0x0200 rows, 0x0400 columns).
    let look = if header { "0620" } else { "0600" };
    xml.empty("w:tblLook", &[("w:val", look)]);
    xml.close("w:tblPr");
    xml.open("w:tblGrid", &[]);
    for width in widths {
        xml.empty("w:gridCol", &[("w:w", &twips(*width))]);
    }
    xml.close("w:tblGrid");
}

/// The body rows: each kept whole on a page where it fits, as in the PDF.
fn rows(xml: &mut Xml, table: &Table, widths: &[f32], key_values: bool) {
    for (index, row) in table.rows.iter().enumerate() {
        let total = table.is_total(index);
        xml.open("w:tr", &[]);
        xml.open("w:trPr", &[]);
        xml.empty("w:cantSplit", &[]);
        xml.close("w:trPr");
        for (column, (width, spec)) in widths.iter().zip(&table.columns).enumerate() {
            let empty = Cell::Text(String::new());
            let value = row.get(column).unwrap_or(&empty);
            let lines = value.lines();
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            let place = if total { Row::Total } else { Row::Body };
            cell(
                xml,
                *width,
                place,
                &lines,
                value.align(spec.align),
                is_bold(key_values, total, column),
            );
        }
        xml.close("w:tr");
    }
}

/// Where a cell sits: in the header row, a total row, or another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Header,
    Total,
    Body,
}

/// One cell: its width, rules and shading, then a paragraph a line (at least one).
fn cell(xml: &mut Xml, width: f32, row: Row, lines: &[&str], align: Align, bold: bool) {
    let header = row == Row::Header;
    xml.open("w:tc", &[]);
    xml.open("w:tcPr", &[]);
    xml.empty("w:tcW", &[("w:w", &twips(width)), ("w:type", "dxa")]);
    // The PDF's rules: in the heading colour under the header row, 0.75 pt; in the text
    // colour over a total row, 1 pt (Word measures borders in eighths of a point).
    let rule = match row {
        Row::Header => Some(("w:bottom", palette::HEADING, "6")),
        Row::Total => Some(("w:top", palette::TEXT, "8")),
        Row::Body => None,
    };
    if let Some((edge, color, size)) = rule {
        xml.open("w:tcBorders", &[]);
        xml.empty(
            edge,
            &[
                ("w:val", "single"),
                ("w:sz", size),
                ("w:space", "0"),
                ("w:color", &hex(color)),
            ],
        );
        xml.close("w:tcBorders");
    }
    if header {
        xml.empty(
            "w:shd",
            &[
                ("w:val", "clear"),
                ("w:color", "auto"),
                ("w:fill", &hex(HEADER_FILL)),
            ],
        );
    }
    xml.close("w:tcPr");
    let look = RunLook {
        bold,
        color: header.then_some(palette::TEXT),
        size: None,
    };
    let lines = if lines.is_empty() { &[""][..] } else { lines };
    for line in lines {
        xml.open("w:p", &[]);
        if align == Align::Right {
            xml.open("w:pPr", &[]);
            xml.empty("w:jc", &[("w:val", "right")]);
            xml.close("w:pPr");
        }
        if !line.is_empty() {
            run(xml, line, look);
        }
        xml.close("w:p");
    }
    xml.close("w:tc");
}
