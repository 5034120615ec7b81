//! The document model: what the paper says, in order, before anyone decides where it goes.
//!
//! Composing (case → document) and laying out (document → pages) are separate so each can be
//! tested alone: compose tests ask "is every risk in the register?", layout tests ask "does a
//! table repeat its header after a page break?" with small hand-made documents.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::case::finance::financial_year_label;
use crate::case::risk::Rating;
use crate::case::{Anchor, Money, Percent};

/// A whole paper: what goes on the front sheet and in every page's margins, then the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The protective marking printed at the top and bottom of every page.
    pub marking: String,
    /// The footer's title: the short title, or the title.
    pub footer_title: String,
    /// The version shown in the footer.
    pub version: String,
    /// Whether each page carries the diagonal DRAFT mark.
    pub draft: bool,
    /// Title, author and the like for the PDF's document information.
    pub metadata: Metadata,
    /// The content, in reading order.
    pub blocks: Vec<Block>,
    /// Which field of the case each block, list item or table row came from.
    pub provenance: Provenance,
}

impl Document {
    /// The numbered section headings, in order: what the contents page lists and the
    /// bookmarks follow, so everything that asks "which sections does this paper have?"
    /// asks here.
    pub fn section_headings(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().filter_map(|block| match block {
            Block::Heading {
                level: HeadingLevel::Section,
                text,
            } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// What a PDF reader shows in its document properties and what search engines index.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Metadata {
    /// The report title.
    pub title: String,
    /// The report author.
    pub author: String,
    /// What the paper is, e.g. "Outline business case for the Joint Oversight Committee".
    pub subject: String,
    /// Search keywords: the function, the forces, the model.
    pub keywords: Vec<String>,
    /// The program that made it.
    pub creator: String,
    /// The report date, so the same case always gives the same file.
    pub date: Option<chrono::NaiveDate>,
}

/// The level of a heading: sections appear in the contents and the bookmarks, subsections
/// only in the bookmarks, nested under their section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingLevel {
    /// The document title on the front sheet.
    Title,
    /// A numbered section ("4. Options appraisal"): in the contents and the bookmarks.
    Section,
    /// A subsection inside a section.
    Subsection,
}

/// How a paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphStyle {
    /// 12 pt body text.
    Body,
    /// Body text in bold, for a lead-in line.
    Strong,
    /// A grey italic note, e.g. "Not yet provided." where the case is silent.
    Note,
    /// A large line on the front sheet (the protective marking, the committee).
    Display,
}

/// Which field of the case each part of the paper came from, so a page item can name its
/// field (a preview can go from the paper to the field; a test can find every field printed).
///
/// Kept beside the blocks rather than inside them, so a block is built as it always was and
/// its source is added by the composer's builder (`Paper::field`, `Paper::items_from`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Provenance {
    /// By block index, then the item (a list item, a table row, a key–value pair) or `None`
    /// for the block as a whole.
    anchors: BTreeMap<(usize, Option<usize>), Anchor>,
    /// By block index, row and column: a table cell that holds a field of its own (a force's
    /// budget, a risk's owner), where the row as a whole came from another.
    cells: BTreeMap<(usize, usize, usize), Anchor>,
}

impl Provenance {
    /// Records that block `block` (or its `item`, if given) came from `anchor`.
    pub fn set(&mut self, block: usize, item: Option<usize>, anchor: Anchor) {
        self.anchors.insert((block, item), anchor);
    }

    /// Where block `block`'s `item` came from: the item's own field, else the block's.
    pub fn of(&self, block: usize, item: Option<usize>) -> Option<Anchor> {
        item.and_then(|item| self.anchors.get(&(block, Some(item))))
            .or_else(|| self.anchors.get(&(block, None)))
            .copied()
    }

    /// Records that the cell in `column` of row `row` of table block `block` came from
    /// `anchor`.
    pub fn set_cell(&mut self, block: usize, row: usize, column: usize, anchor: Anchor) {
        self.cells.insert((block, row, column), anchor);
    }

    /// Where a table cell came from: the cell's own field, else its row's, else the block's.
    pub fn of_cell(&self, block: usize, row: usize, column: usize) -> Option<Anchor> {
        self.cells
            .get(&(block, row, column))
            .copied()
            .or_else(|| self.of(block, Some(row)))
    }

    /// Every field the paper names, each once, in no particular order.
    pub fn anchors(&self) -> impl Iterator<Item = Anchor> + '_ {
        self.anchors.values().chain(self.cells.values()).copied()
    }
}

/// One cell of a table, typed, so that every writer formats and aligns it alike: the PDF
/// and a Word table print the same words, and a workbook can keep the number.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Words, set left (or as the column is set, for a mark like "—" among figures).
    Text(String),
    /// An amount, kept exact in pence until printed in whole pounds.
    Money(Money),
    /// A percentage.
    Percentage(Percent),
    /// A date, printed as a committee writes it ("4 March 2026").
    Date(NaiveDate),
    /// A financial year, by the calendar year it starts in ("2026/27").
    Year(i64),
    /// A count of things (officers, a rank).
    Count(u64),
    /// Several short entries, one a line (the forces, a board's members).
    List(Vec<String>),
}

impl Cell {
    /// A date, or "Not set" where there is none.
    pub fn date(date: Option<NaiveDate>) -> Cell {
        date.map_or_else(|| Cell::Text(NOT_SET.to_owned()), Cell::Date)
    }

    /// The cell's lines as printed: one for most cells, one an entry for a list (a text
    /// cell's own line breaks are kept by whoever wraps it).
    pub fn lines(&self) -> Vec<String> {
        match self {
            Cell::List(entries) => entries.clone(),
            other => vec![other.to_string()],
        }
    }

    /// How the cell is aligned: figures flush right so the digits line up; dates, years and
    /// lists to the left; text as its column is.
    pub fn align(&self, column: Align) -> Align {
        match self {
            Cell::Money(_) | Cell::Percentage(_) | Cell::Count(_) => Align::Right,
            Cell::Date(_) | Cell::Year(_) | Cell::List(_) => Align::Left,
            Cell::Text(_) => column,
        }
    }
}

impl std::fmt::Display for Cell {
    /// The cell as one string; a list's entries one a line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cell::Text(text) => f.write_str(text),
            Cell::Money(money) => f.write_str(&money.whole_pounds()),
            Cell::Percentage(percent) => write!(f, "{percent}"),
            Cell::Date(date) => f.write_str(&long_date(*date)),
            Cell::Year(start) => f.write_str(&financial_year_label(*start)),
            Cell::Count(count) => write!(f, "{count}"),
            Cell::List(entries) => f.write_str(&entries.join("\n")),
        }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_owned())
    }
}

impl From<Money> for Cell {
    fn from(money: Money) -> Cell {
        Cell::Money(money)
    }
}

impl From<Percent> for Cell {
    fn from(percent: Percent) -> Cell {
        Cell::Percentage(percent)
    }
}

/// What a missing date prints as.
pub const NOT_SET: &str = "Not set";

/// A date as a committee writes it, "4 March 2026": the one way the paper prints a date.
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// The alignment of a table column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Words: left aligned, as accessibility guidance asks.
    Left,
    /// Figures: right aligned so the digits line up.
    Right,
}

/// One column of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The header text.
    pub header: String,
    /// The column's share of the table width, relative to the other columns.
    pub weight: f32,
    /// How the column's cells are aligned.
    pub align: Align,
}

impl Column {
    /// A left-aligned column.
    pub fn text(header: &str, weight: f32) -> Column {
        Column {
            header: header.to_owned(),
            weight,
            align: Align::Left,
        }
    }

    /// A right-aligned column for figures.
    pub fn figure(header: &str, weight: f32) -> Column {
        Column {
            header: header.to_owned(),
            weight,
            align: Align::Right,
        }
    }
}

/// A table of data. Rows never split between pages unless a single row is taller than a
/// page; the header row repeats on every page the table reaches.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// The body rows; each has one cell per column.
    pub rows: Vec<Vec<Cell>>,
    /// Whether the last row is a total, set in bold above a rule.
    pub total_row: bool,
}

impl Table {
    /// A table of `rows` under `columns`, without a total row; each row is cells or plain
    /// strings.
    pub fn new<R: IntoIterator<Item = C>, C: Into<Cell>>(
        columns: Vec<Column>,
        rows: Vec<R>,
    ) -> Table {
        Table {
            columns,
            rows: rows.into_iter().map(row).collect(),
            total_row: false,
        }
    }

    /// The same table with its last row set as the total.
    pub fn with_total(self) -> Table {
        Table {
            total_row: true,
            ..self
        }
    }

    /// Whether row `index` is the total row: the last one, in a table that has one.
    pub fn is_total(&self, index: usize) -> bool {
        self.total_row && index + 1 == self.rows.len()
    }
}

/// A row of cells from anything that gives cells (strings, amounts, cells).
pub fn row<C: Into<Cell>>(cells: impl IntoIterator<Item = C>) -> Vec<Cell> {
    cells.into_iter().map(Into::into).collect()
}

/// A key–value list: front-sheet details, finance headlines.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyValues {
    /// The pairs, in order.
    pub pairs: Vec<(String, String)>,
}

/// A chart drawn as vector graphics, always with a text equivalent beside it.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    /// Options placed by strategic fit (across) and practicality (up), 1–5 each, with the
    /// tier regions shaded.
    OptionsMatrix {
        /// Each scored option: its short label and its scores.
        points: Vec<MatrixPoint>,
        /// Tier 1 needs at least this fit…
        tier1_min_fit: u8,
        /// …and this practicality.
        tier1_min_practicality: u8,
        /// Tier 2 needs at least this fit.
        tier2_min_fit: u8,
    },
    /// Costs and savings by financial year, as paired bars.
    CostsSavings {
        /// One entry per year: label, costs and savings in pounds.
        years: Vec<(String, f64, f64)>,
    },
    /// Each option's net present value against business as usual, as horizontal bars either
    /// side of zero.
    NetPresentValues {
        /// One entry per option, in the order of the economic case's table.
        bars: Vec<NpvBar>,
    },
    /// The risk heat map: counts of risks in each likelihood × impact cell.
    HeatMap {
        /// `cells[likelihood - 1][impact - 1]`.
        cells: Vec<Vec<usize>>,
        /// Each cell's rating on the case's bands, indexed as `cells`, so each cell is
        /// shaded as the register rates a risk that lands in it.
        ratings: Vec<Vec<Rating>>,
    },
}

/// One option's bar on the net present value chart.
#[derive(Debug, Clone, PartialEq)]
pub struct NpvBar {
    /// The option's name.
    pub label: String,
    /// Its net present value in pounds.
    pub pounds: f64,
    /// Whether it is the preferred option (drawn in the preferred option's colour).
    pub preferred: bool,
}

/// One option on the options matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixPoint {
    /// The key shown on the chart ("A", "B", …), explained in the text equivalent.
    pub key: String,
    /// Strategic fit, 1–5.
    pub fit: u8,
    /// Practicality, 1–5.
    pub practicality: u8,
    /// Whether this is the preferred option (drawn filled).
    pub preferred: bool,
}

/// A figure: a chart, its caption and the text that says the same in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// "Figure 1: …", printed above the chart.
    pub caption: String,
    /// The chart.
    pub chart: Chart,
    /// The text equivalent, one line each, printed beside the chart.
    pub description: Vec<String>,
}

impl Figure {
    /// The text equivalent as one passage, for a reader who hears the chart rather than
    /// sees it: its lines in order, each ended as a sentence so a screen reader pauses
    /// between them. The PDF's figure tag and the Word picture's description both say this.
    pub fn alternative_text(&self) -> String {
        let sentences: Vec<String> = self
            .description
            .iter()
            .map(|line| line.trim())
            .filter(|line| !line.is_empty())
            .map(|line| {
                if line.ends_with(['.', '!', '?', ':', ';']) {
                    line.to_owned()
                } else {
                    format!("{line}.")
                }
            })
            .collect();
        sentences.join(" ")
    }
}

/// One piece of the body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading; section headings carry their number in the text ("4. Options appraisal").
    Heading {
        /// Its level.
        level: HeadingLevel,
        /// Its text.
        text: String,
    },
    /// A paragraph.
    Paragraph {
        /// How it is set.
        style: ParagraphStyle,
        /// The words.
        text: String,
    },
    /// A bulleted list.
    Bullets(Vec<String>),
    /// A numbered list; the numbers are given ("2.1") so the committee can minute them.
    Numbered(Vec<(String, String)>),
    /// A table.
    Table(Table),
    /// A key–value list.
    KeyValues(KeyValues),
    /// A chart with its text equivalent.
    Figure(Figure),
    /// The table of contents: the section headings with their page numbers, filled in by
    /// the layout.
    Contents,
    /// Start a new page.
    PageBreak,
}
