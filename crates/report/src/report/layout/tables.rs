//! Tables and key–value lists: column widths from the columns' weights and longest words,
//! every cell wrapped once in the face it is drawn in, rows that move to the next page whole
//! (or split between lines when taller than a page) and header rows repeated there.

use crate::fonts::Face;
use crate::palette;
use crate::report::document::{Align, Cell, Column, KeyValues, Table};
use crate::report::page::{Artifact, FilledBox, Item, Role, Rule};
use crate::report::structure::{Kind, NodeId, Scope};
use crate::report::text;

use super::style::{self, CELL_PAD_X, CELL_PAD_Y, PARAGRAPH_GAP, TABLE_SIZE, line_height};
use super::{Layouter, Pen};

/// Whether a table is a data table (a header row, every cell regular) or a key–value list
/// (no header row, the keys in bold).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TableKind {
    Data,
    KeyValues,
}

/// The face a cell is set in: bold for a key and for the cells of a total row.
fn cell_face(kind: TableKind, total: bool, column: usize) -> Face {
    if total || (kind == TableKind::KeyValues && column == 0) {
        Face::Bold
    } else {
        Face::Regular
    }
}

/// A key–value list as the two-column table every writer sets it as: keys in the narrower
/// first column, no header row.
pub(crate) fn key_value_table(pairs: &KeyValues) -> Table {
    Table::new(
        vec![Column::text("", 0.36), Column::text("", 0.64)],
        pairs
            .pairs
            .iter()
            .map(|(key, value)| vec![Cell::from(key.as_str()), Cell::from(value.as_str())])
            .collect(),
    )
}

/// Whether a cell is set in bold: a key of a key–value list, or a cell of a total row.
pub(crate) fn is_bold(key_values: bool, total: bool, column: usize) -> bool {
    let kind = if key_values {
        TableKind::KeyValues
    } else {
        TableKind::Data
    };
    cell_face(kind, total, column) == Face::Bold
}

/// A table's column widths in points across `width`, as the PDF sets them (for a key–value
/// list when `key_values`), so a Word table's grid matches the paper's.
pub(crate) fn widths(table: &Table, key_values: bool, width: f32) -> Vec<f32> {
    let kind = if key_values {
        TableKind::KeyValues
    } else {
        TableKind::Data
    };
    if table.columns.is_empty() {
        Vec::new()
    } else {
        column_widths(table, kind, width)
    }
}

/// One body row, its cells wrapped to their columns.
#[derive(Debug, Clone)]
struct MeasuredRow {
    /// Each cell's lines.
    cells: Vec<Vec<String>>,
    /// How each cell is aligned, from its type (and its column, for text).
    aligns: Vec<Align>,
    /// Whether it is the total row (bold, with a rule above).
    total: bool,
}

impl MeasuredRow {
    /// The most lines any of its cells has (at least one).
    fn line_count(&self) -> usize {
        line_count(&self.cells)
    }

    fn height(&self) -> f32 {
        row_height(&self.cells)
    }
}

/// A table measured for the content box: its column widths and every cell's lines.
#[derive(Debug, Clone)]
pub(super) struct MeasuredTable {
    kind: TableKind,
    aligns: Vec<Align>,
    widths: Vec<f32>,
    /// The header row's cells; `None` for a key–value list.
    header: Option<Vec<Vec<String>>>,
    rows: Vec<MeasuredRow>,
}

/// The most rows a table may have and still be kept whole on one page: a reader compares a
/// few rows with each other (four options side by side, six scenarios), and a split that
/// leaves one or two of them on the next page breaks that up. Longer tables break between rows.
pub(super) const KEPT_ROWS: usize = 8;

impl MeasuredTable {
    /// A data table, measured for `width` points.
    pub(super) fn data(table: &Table, width: f32) -> MeasuredTable {
        MeasuredTable::measure(table, TableKind::Data, width)
    }

    /// A key–value list, set as a two-column table without a header, measured for `width`.
    pub(super) fn key_values(pairs: &KeyValues, width: f32) -> MeasuredTable {
        MeasuredTable::measure(&key_value_table(pairs), TableKind::KeyValues, width)
    }

    fn measure(table: &Table, kind: TableKind, width: f32) -> MeasuredTable {
        let widths = if table.columns.is_empty() {
            Vec::new()
        } else {
            column_widths(table, kind, width)
        };
        let header = (kind == TableKind::Data).then(|| {
            wrap_row(
                table
                    .columns
                    .iter()
                    .map(|column| vec![column.header.clone()]),
                &widths,
                |_| Face::Bold,
            )
        });
        let rows = table
            .rows
            .iter()
            .enumerate()
            .map(|(index, row)| {
                let total = table.is_total(index);
                MeasuredRow {
                    cells: wrap_row(row.iter().map(Cell::lines), &widths, |column| {
                        cell_face(kind, total, column)
                    }),
                    aligns: row
                        .iter()
                        .zip(&table.columns)
                        .map(|(cell, column)| cell.align(column.align))
                        .collect(),
                    total,
                }
            })
            .collect();
        MeasuredTable {
            kind,
            aligns: table.columns.iter().map(|column| column.align).collect(),
            widths,
            header,
            rows,
        }
    }

    /// Whether there is nothing to draw: a table without columns.
    fn is_empty(&self) -> bool {
        self.widths.is_empty()
    }

    /// The header row's height, or 0 for a key–value list.
    fn header_height(&self) -> f32 {
        self.header.as_ref().map_or(0.0, |cells| row_height(cells))
    }

    fn first_row_height(&self) -> f32 {
        self.rows.first().map_or(0.0, MeasuredRow::height)
    }

    /// What must share a page with a heading above the table: its header and first row,
    /// or the whole of a small table, which is never split ([`KEPT_ROWS`]).
    pub(super) fn lead_height(&self) -> f32 {
        if self.is_empty() {
            return 0.0;
        }
        if self.rows.len() <= KEPT_ROWS {
            return self.rows.iter().map(MeasuredRow::height).sum::<f32>() + self.header_height();
        }
        self.header_height() + self.first_row_height()
    }

    /// The height of the whole table drawn on one page, with the space below it.
    pub(super) fn height(&self) -> f32 {
        if self.is_empty() {
            return 0.0;
        }
        let rows: f32 = self.rows.iter().map(MeasuredRow::height).sum();
        self.header_height() + rows + PARAGRAPH_GAP + 4.0
    }

    /// Where a line of a cell in `column` starts: at `x` and the padding for words, flush
    /// right for figures.
    fn line_x(&self, align: Align, column: usize, x: f32, face: Face, line: &str) -> f32 {
        match align {
            Align::Left => x + CELL_PAD_X,
            Align::Right => {
                x + self.widths[column] - CELL_PAD_X - text::width(face, TABLE_SIZE, line)
            }
        }
    }
}

impl Layouter {
    /// Draws a measured table. It starts on a new page unless its header and first row fit
    /// here; between rows it moves on when the next row does not fit, repeating the header.
    ///
    /// However many pages it reaches, it is one table to a reader: the header row once (the
    /// repeats are artifacts), then every row, each cell one node even when its lines are
    /// split between pages. A key–value list is a table whose keys head their rows.
    pub(super) fn table(&mut self, table: &MeasuredTable) {
        if table.is_empty() {
            return;
        }
        if table.header.is_none() && table.rows.is_empty() {
            // A key–value list with no pairs: nothing to draw or read, only its space.
            self.y += table.height();
            return;
        }
        let lh = line_height(TABLE_SIZE);
        let header_height = table.header_height();
        let page = self.area.bottom - self.area.top;
        // A small table that fits on a page starts on a new one rather than split; a longer
        // one, or one taller than a page, needs only its header and first row here.
        let lead = table.lead_height();
        self.ensure(if lead <= page {
            lead
        } else {
            header_height + table.first_row_height().min(page - header_height)
        });
        let node = self.node(Kind::Table);
        if table.header.is_some() {
            let head = self.structure.add(node, Kind::TableHead);
            let row = self.structure.add(head, Kind::TableRow);
            let cells: Vec<Role> = (0..table.widths.len())
                .map(|_| Role::Content(self.structure.add(row, Kind::HeaderCell(Scope::Column))))
                .collect();
            self.table_header(table, &cells, Role::Artifact(Artifact::Layout));
        }
        let body = self.structure.add(node, Kind::TableBody);
        let mut rows_on_page = 0;
        for (index, row) in table.rows.iter().enumerate() {
            self.source = self.provenance.of(self.block_index, Some(index));
            if row.height() > self.room() && rows_on_page > 0 {
                self.new_page();
                rows_on_page = 0;
                self.repeat_table_header(table);
            }
            let cells = self.row_cells(table, body);
            let groups: Vec<u32> = row.cells.iter().map(|_| self.next_group()).collect();
            // Draw the row, splitting between lines if it is taller than what is left.
            let mut offset = 0;
            let line_count = row.line_count();
            loop {
                let capacity = (((self.room() - 2.0 * CELL_PAD_Y) / lh).floor() as usize).max(1);
                let take = capacity.min(line_count - offset);
                let top = self.y;
                if row.total {
                    self.push(
                        Item::Rule(Rule {
                            from: (self.area.left, top),
                            to: (self.area.right, top),
                            width: 1.0,
                            color: palette::TEXT,
                        }),
                        Role::Artifact(Artifact::Layout),
                    );
                }
                let mut x = self.area.left;
                for (column, lines) in row.cells.iter().enumerate() {
                    self.source = self.provenance.of_cell(self.block_index, index, column);
                    let face = cell_face(table.kind, row.total, column);
                    let pen = Pen::new(face, TABLE_SIZE, palette::TEXT);
                    for (i, line) in lines.iter().skip(offset).take(take).enumerate() {
                        let line_top = top + CELL_PAD_Y + i as f32 * lh;
                        let line_x = table.line_x(row.aligns[column], column, x, face, line);
                        self.run_at(line_x, line_top, line, pen, groups[column], cells[column]);
                    }
                    x += table.widths[column];
                }
                self.source = self.provenance.of(self.block_index, Some(index));
                self.y = top + take as f32 * lh + 2.0 * CELL_PAD_Y;
                self.push(
                    Item::Rule(Rule {
                        from: (self.area.left, self.y),
                        to: (self.area.right, self.y),
                        width: 0.5,
                        color: style::RULE,
                    }),
                    Role::Artifact(Artifact::Layout),
                );
                rows_on_page += 1;
                offset += take;
                if offset >= line_count {
                    break;
                }
                self.new_page();
                // Each part of a split row has its own padding above and below.
                self.break_overhead += 2.0 * CELL_PAD_Y;
                self.repeat_table_header(table);
            }
        }
        self.y += PARAGRAPH_GAP + 4.0;
    }

    /// A body row's node in `body` and one cell node per column: a data cell each, but the
    /// key of a key–value row heads its row.
    fn row_cells(&mut self, table: &MeasuredTable, body: NodeId) -> Vec<Role> {
        let row = self.structure.add(body, Kind::TableRow);
        (0..table.widths.len())
            .map(|column| {
                let kind = if table.kind == TableKind::KeyValues && column == 0 {
                    Kind::HeaderCell(Scope::Row)
                } else {
                    Kind::DataCell
                };
                Role::Content(self.structure.add(row, kind))
            })
            .collect()
    }

    /// The header row again at the top of a page the table has moved on to: room the break
    /// adds to the table, not part of its measured height, and for a reader a repeat of the
    /// header already read.
    fn repeat_table_header(&mut self, table: &MeasuredTable) {
        self.break_overhead += table.header_height();
        let repeated = Role::Artifact(Artifact::Repeated);
        self.table_header(table, &vec![repeated; table.widths.len()], repeated);
    }

    /// The shaded header row, if the table has one, with a rule in the heading colour below:
    /// each column's text with its role in `cells`, the shading and rule as `decoration`.
    fn table_header(&mut self, table: &MeasuredTable, cells: &[Role], decoration: Role) {
        let Some(header) = &table.header else {
            return;
        };
        let height = row_height(header);
        let top = self.y;
        self.push(
            Item::Box(FilledBox {
                x: self.area.left,
                y: top,
                width: self.area.width(),
                height,
                color: style::HEADER_FILL,
            }),
            decoration,
        );
        let pen = Pen::new(Face::Bold, TABLE_SIZE, palette::TEXT);
        let mut x = self.area.left;
        for (column, lines) in header.iter().enumerate() {
            let group = self.next_group();
            for (i, line) in lines.iter().enumerate() {
                let line_x = table.line_x(table.aligns[column], column, x, Face::Bold, line);
                let line_top = top + CELL_PAD_Y + i as f32 * line_height(TABLE_SIZE);
                self.run_at(line_x, line_top, line, pen, group, cells[column]);
            }
            x += table.widths[column];
        }
        self.y = top + height;
        self.push(
            Item::Rule(Rule {
                from: (self.area.left, self.y),
                to: (self.area.right, self.y),
                width: 0.75,
                color: palette::HEADING,
            }),
            decoration,
        );
    }
}

/// Column widths in points: shares of `width` by weight, then widened where a column's
/// longest word (or its header's) would otherwise be cut mid-word, taking the room from
/// columns that have some to spare. A single word wider than a third of the table is still
/// cut, so one long reference cannot squeeze every other column.
fn column_widths(table: &Table, kind: TableKind, width: f32) -> Vec<f32> {
    let total: f32 = table.columns.iter().map(|c| c.weight.max(0.01)).sum();
    let mut widths: Vec<f32> = table
        .columns
        .iter()
        .map(|c| width * c.weight.max(0.01) / total)
        .collect();
    let floor = 28.0_f32.min(width / widths.len() as f32);
    let minimums: Vec<f32> = (0..table.columns.len())
        .map(|column| {
            min_content_width(table, kind, column)
                .min(width / 3.0)
                .max(floor)
        })
        .collect();
    let deficit: f32 = widths
        .iter()
        .zip(&minimums)
        .map(|(w, min)| (min - w).max(0.0))
        .sum();
    let slack: f32 = widths
        .iter()
        .zip(&minimums)
        .map(|(w, min)| (w - min).max(0.0))
        .sum();
    if deficit > 0.0 && slack > 0.0 {
        let take = (deficit / slack).min(1.0);
        for (w, min) in widths.iter_mut().zip(&minimums) {
            *w = if *w < *min {
                *min
            } else {
                *w - (*w - min) * take
            };
        }
    }
    let sum: f32 = widths.iter().sum();
    if sum > width {
        for w in &mut widths {
            *w *= width / sum;
        }
    }
    widths
}

/// The narrowest a column can be without cutting a word: its widest word, each measured in
/// the face it is drawn in (words may break after a hyphen or slash), plus the cell padding.
fn min_content_width(table: &Table, kind: TableKind, column: usize) -> f32 {
    let widest = |face: Face, text: &str| -> f32 {
        text.split_whitespace()
            .flat_map(|word| word.split_inclusive(['-', '/']))
            .map(|part| text::width(face, TABLE_SIZE, part))
            .fold(0.0, f32::max)
    };
    let header = match kind {
        TableKind::Data => widest(Face::Bold, &table.columns[column].header),
        TableKind::KeyValues => 0.0,
    };
    let cells = table
        .rows
        .iter()
        .enumerate()
        .filter_map(|(index, row)| {
            let total = table.is_total(index);
            row.get(column).map(|cell| {
                let face = cell_face(kind, total, column);
                cell.lines()
                    .iter()
                    .map(|line| widest(face, line))
                    .fold(0.0, f32::max)
            })
        })
        .fold(0.0, f32::max);
    header.max(cells) + 2.0 * CELL_PAD_X
}

/// Each cell of a row (its lines as printed) wrapped to its column, in the face
/// `face_of(column)` gives; each line wraps on its own.
fn wrap_row(
    cells: impl Iterator<Item = Vec<String>>,
    widths: &[f32],
    face_of: impl Fn(usize) -> Face,
) -> Vec<Vec<String>> {
    cells
        .zip(widths)
        .enumerate()
        .map(|(column, (lines, width))| {
            lines
                .iter()
                .flat_map(|line| {
                    text::wrap(line, face_of(column), TABLE_SIZE, width - 2.0 * CELL_PAD_X)
                })
                .collect()
        })
        .collect()
}

/// The most lines any cell of a row has, and at least one: an empty row still takes a line.
fn line_count(cells: &[Vec<String>]) -> usize {
    cells.iter().map(Vec::len).max().unwrap_or(0).max(1)
}

fn row_height(cells: &[Vec<String>]) -> f32 {
    line_count(cells) as f32 * line_height(TABLE_SIZE) + 2.0 * CELL_PAD_Y
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_widths_fill_the_table() {
        let table = Table::new(
            vec![Column::text("A", 1.0), Column::text("B", 3.0)],
            Vec::<Vec<Cell>>::new(),
        );
        let widths = column_widths(&table, TableKind::Data, 400.0);
        assert!((widths.iter().sum::<f32>() - 400.0).abs() < 0.01);
        assert!((widths[1] - 300.0).abs() < 0.01);
    }

    #[test]
    fn a_narrow_column_widens_to_fit_its_longest_word() {
        let word = "Outsourcing";
        let table = Table::new(
            vec![Column::text("Option", 0.5), Column::text("Rationale", 6.0)],
            vec![vec![word, "Some long rationale text."]],
        );
        let widths = column_widths(&table, TableKind::Data, 400.0);
        let needed = text::width(Face::Regular, TABLE_SIZE, word) + 2.0 * CELL_PAD_X;
        assert!(widths[0] >= needed - 0.01, "{widths:?} < {needed}");
        assert!((widths.iter().sum::<f32>() - 400.0).abs() < 0.01);
        let lines = text::wrap(
            word,
            Face::Regular,
            TABLE_SIZE,
            widths[0] - 2.0 * CELL_PAD_X,
        );
        assert_eq!(lines, vec![word.to_string()]);
    }

    #[test]
    fn keys_are_wrapped_in_the_bold_they_are_drawn_in() {
        // A key that fits its column in regular but not in bold must wrap as the bold
        // drawing needs, or the drawn line would run out of its cell.
        let width = 300.0;
        let key_room = width * 0.36 - 2.0 * CELL_PAD_X;
        let mut key = String::from("K");
        while text::width(Face::Bold, TABLE_SIZE, &key) <= key_room {
            key.push('n');
        }
        assert!(text::width(Face::Regular, TABLE_SIZE, &key) <= key_room);
        let measured = MeasuredTable::key_values(
            &KeyValues {
                pairs: vec![(key, "Value".into())],
            },
            width,
        );
        let lines = &measured.rows[0].cells[0];
        assert_eq!(lines.len(), 2, "{lines:?}");
        for line in lines {
            assert!(
                text::width(Face::Bold, TABLE_SIZE, line) <= key_room,
                "{line}"
            );
        }
    }
}
