//! The document model: what the paper says, in order, before anyone decides where it goes.
//!
//! Composing (case → document) and laying out (document → pages) are separate so each can be
//! tested alone: compose tests ask "is every risk in the register?", layout tests ask "does a
//! table repeat its header after a page break?" with small hand-made documents.

use crate::case::risk::Rating;

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
    pub rows: Vec<Vec<String>>,
    /// Whether the last row is a total, set in bold above a rule.
    pub total_row: bool,
}

impl Table {
    /// Whether row `index` is the total row: the last one, in a table that has one.
    pub fn is_total(&self, index: usize) -> bool {
        self.total_row && index + 1 == self.rows.len()
    }
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
        /// The rating of each score on the case's bands, indexed by score (0 unused), so
        /// each cell is shaded as the register rates a risk that lands in it.
        rating_of_score: Vec<Rating>,
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
