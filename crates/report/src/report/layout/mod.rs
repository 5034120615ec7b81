//! Document → pages: where every line goes.
//!
//! The rules a committee paper needs, and nothing more: headings stay with what follows them
//! (never alone at the foot of a page); paragraphs flow line by line; tables wrap text in
//! their cells, move to the next page between rows and repeat their header row there (a row
//! taller than a whole page is split between lines); figures are kept whole.
//!
//! Every block is measured once (`blocks::Measured`: its lines wrapped, its rows and
//! columns sized) before anything is placed; the decisions about where a page breaks and the
//! drawing both read that measurement, so they cannot disagree. By concern: `blocks`
//! (headings, paragraphs, lists, figures), `tables`, `contents` (filled in with page numbers
//! at the end), `decorate` (marking, footer, DRAFT mark) and [`style`].
//!
//! As each block is drawn it also adds its nodes to the paper's [`Structure`] (a section
//! for each heading, a paragraph, a list's items, a table's rows and cells, a figure with
//! its text equivalent as alternative text) and gives every item it draws a [`Role`]: the
//! node it belongs to, or an artifact for rules, shading, repeated header rows and the
//! margins. The tags come from the kind of block, never from which section it is in.

use crate::fonts::Face;
use crate::palette::Rgb;

use crate::case::Anchor;

use std::sync::Arc;

use super::document::{Block, Document, HeadingLevel, Provenance};
use super::page::{Bookmark, ContentBox, Drawn, Item, Page, Pages, Region, Role, TextRun};
use super::structure::{Kind, NodeId, Rank, Structure};
use super::text;

mod blocks;
mod contents;
mod decorate;
pub mod style;
mod tables;

pub(crate) use blocks::CHART_WIDTH;
use blocks::{Measured, lead_height};
use contents::ContentsSlot;
pub use decorate::FOOTER_LIMIT;
pub(crate) use decorate::{
    DRAFT_ANGLE, DRAFT_LABEL, DRAFT_SIZE, MARKING_SIZE, PAGE_LABEL_WORDS, footer_text,
};
use style::baseline_in;
pub use style::{BODY_SIZE, SMALL_SIZE, TABLE_SIZE, TITLE_LIMIT};
use tables::MeasuredTable;
pub(crate) use tables::{is_bold, key_value_table, widths as column_widths};

/// Lays out a document into pages, with headers, footers, page numbers, contents and
/// bookmarks filled in.
pub fn lay_out(document: &Document) -> Pages {
    lay_out_with_placements(document, &mut Memo::default()).0
}

/// What one layout measured that the next layout of the same paper can use again: its tables.
/// After an edit (a word in a paragraph, a row of a register) nearly every table of the paper
/// is as it was, and measuring tables (wrapping every cell, sizing every column) is most of a
/// layout's work; the preview lays the paper out again after every pause in the typing.
#[derive(Default)]
pub struct Memo {
    /// The document last laid out.
    document: Option<Document>,
    /// Its tables as measured, by block index.
    tables: Vec<Option<Arc<MeasuredTable>>>,
    /// The width they were measured for.
    width: f32,
}

impl Memo {
    /// The measured table of `block`, the `index`th block of a document of `count` blocks, if
    /// the last document had the very same block at the same place counted from its start or
    /// from its end (a block added or removed moves the blocks after it), measured for `width`.
    fn table(
        &self,
        index: usize,
        count: usize,
        block: &Block,
        width: f32,
    ) -> Option<Arc<MeasuredTable>> {
        let last = self.document.as_ref()?;
        if self.width != width || !matches!(block, Block::Table(_) | Block::KeyValues(_)) {
            return None;
        }
        let from_end = (index + last.blocks.len()).checked_sub(count);
        [Some(index), from_end]
            .into_iter()
            .flatten()
            .find(|at| last.blocks.get(*at) == Some(block))
            .and_then(|at| self.tables.get(at).cloned().flatten())
    }
}

/// Lays out a document as [`lay_out`] does, measuring again only the tables that changed
/// since the layout `memo` remembers, which then remembers this one.
pub fn lay_out_remembering(document: Document, memo: &mut Memo) -> Pages {
    let (pages, _) = lay_out_with_placements(&document, memo);
    memo.document = Some(document);
    pages
}

/// How one block of a document was placed: what the layout measured for it, against what it
/// drew, so the tests can hold the two to each other.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Placement {
    /// The height the layout measured for the block before placing it, in points.
    predicted: f32,
    /// The height the block took: the room it used on each page it reached, added up, less
    /// what breaking it between pages added (a table's header row repeated on the next page,
    /// the padding of a row split between pages).
    drawn: f32,
    /// The page the block starts on, counting from 0.
    first_page: usize,
    /// The page the block ends on.
    last_page: usize,
}

fn lay_out_with_placements(document: &Document, memo: &mut Memo) -> (Pages, Vec<Placement>) {
    let mut layouter = Layouter::new(ContentBox::A4, document.provenance.clone());
    let width = layouter.area.width();
    let count = document.blocks.len();
    let measured: Vec<Measured<'_>> = document
        .blocks
        .iter()
        .enumerate()
        .map(|(index, block)| {
            let remembered = memo.table(index, count, block, width);
            Measured::of(block, document, layouter.area, remembered)
        })
        .collect();
    memo.tables = measured
        .iter()
        .map(|measured| match measured {
            Measured::Table(table) => Some(Arc::clone(table)),
            _ => None,
        })
        .collect();
    memo.width = width;
    // The marking at the top of the first page is read once, before the title; everywhere
    // else the marking is a running header, skipped.
    let marking = layouter
        .structure
        .add(layouter.structure.root(), Kind::Paragraph);
    let placements = (0..measured.len())
        .map(|index| layouter.block(&measured, index))
        .collect();
    layouter.fill_in_contents();
    let total = layouter.pages.len();
    let mut pages = layouter.pages;
    for (index, page) in pages.iter_mut().enumerate() {
        let read = (index == 0).then_some(marking);
        decorate::decorate(page, document, index, total, read);
    }
    let pages = Pages {
        pages,
        bookmarks: layouter.bookmarks,
        structure: layouter.structure,
    };
    (pages, placements)
}

/// The state of the layout: the pages so far and where the cursor is.
struct Layouter {
    area: ContentBox,
    pages: Vec<Page>,
    y: f32,
    group: u32,
    /// The page each section heading landed on, in order.
    section_pages: Vec<usize>,
    bookmarks: Vec<Bookmark>,
    /// Whether the last bookmark is a section's, so a subsection's nests under it.
    in_section_bookmark: bool,
    /// The logical structure so far.
    structure: Structure,
    /// The open section (from a section heading or another part at that rank), if any.
    part: Option<NodeId>,
    /// The open subsection inside it, if any.
    subpart: Option<NodeId>,
    /// Whether the document's title has been placed: the first title-level heading is the
    /// title; any later one heads a top-level part (the contents).
    titled: bool,
    /// The contents entries, in section order.
    contents: Vec<ContentsSlot>,
    /// Where the block being placed started on the current page.
    part_top: f32,
    /// The room the block being placed used on the pages before the current one.
    used_before: f32,
    /// The room page breaks have added to the block being placed (see [`Placement::drawn`]).
    break_overhead: f32,
    /// Which field of the case each block and item came from.
    provenance: Provenance,
    /// The index of the block being placed.
    block_index: usize,
    /// The field what is being drawn came from, which every item drawn names.
    source: Option<Anchor>,
}

impl Layouter {
    fn new(area: ContentBox, provenance: Provenance) -> Layouter {
        Layouter {
            area,
            pages: vec![Page::default()],
            y: area.top,
            group: 0,
            section_pages: Vec::new(),
            bookmarks: Vec::new(),
            in_section_bookmark: false,
            structure: Structure::new(),
            part: None,
            subpart: None,
            titled: false,
            contents: Vec::new(),
            part_top: area.top,
            used_before: 0.0,
            break_overhead: 0.0,
            provenance,
            block_index: 0,
            source: None,
        }
    }

    /// Places the block at `index` and says where it went.
    fn block(&mut self, blocks: &[Measured<'_>], index: usize) -> Placement {
        let block = &blocks[index];
        let kept = match block {
            Measured::Heading(heading) => Some(heading.height(false)),
            Measured::Paragraph(paragraph) => paragraph.label_height(),
            _ => None,
        };
        if let Some(height) = kept {
            // Keep with what follows: never leave a heading, or a one-line label over a
            // table, alone at the foot of a page.
            self.ensure(height + lead_height(blocks, index + 1, self.area));
        }
        let first_page = self.pages.len() - 1;
        self.block_index = index;
        self.source = self.provenance.of(index, None);
        let predicted = block.height(self.page_is_fresh());
        self.part_top = self.y;
        self.used_before = 0.0;
        self.break_overhead = 0.0;
        match block {
            Measured::Heading(heading) => self.heading(heading),
            Measured::Paragraph(paragraph) => self.paragraph(paragraph),
            Measured::List(list) => self.list(list),
            Measured::Table(table) => self.table(table),
            Measured::Figure(figure) => self.figure(figure),
            Measured::Contents(contents) => self.contents(contents),
            Measured::PageBreak => {
                if !self.page_is_fresh() {
                    self.new_page();
                }
            }
        }
        let drawn = if matches!(block, Measured::PageBreak) {
            0.0
        } else {
            self.used_before + (self.y - self.part_top) - self.break_overhead
        };
        Placement {
            predicted,
            drawn,
            first_page,
            last_page: self.pages.len() - 1,
        }
    }

    fn page_is_fresh(&self) -> bool {
        self.y <= self.area.top + 0.01
    }

    fn room(&self) -> f32 {
        self.area.bottom - self.y
    }

    fn new_page(&mut self) {
        self.used_before += self.y - self.part_top;
        self.pages.push(Page::default());
        self.y = self.area.top;
        self.part_top = self.y;
    }

    /// Starts a new page unless `height` fits below the cursor (or the page is empty, where
    /// moving on would not help).
    fn ensure(&mut self, height: f32) {
        if height > self.room() && !self.page_is_fresh() {
            self.new_page();
        }
    }

    fn push(&mut self, item: Item, role: Role) {
        debug_assert!(
            match role {
                Role::Content(node) => self.structure.node(node).kind.holds_content(),
                Role::Artifact(_) => true,
            },
            "content drawn for a container node"
        );
        self.pages
            .last_mut()
            .expect("there is always a page")
            .items
            .push(Drawn {
                item,
                role,
                source: self.source,
            });
    }

    /// The node new blocks go in: the open subsection, the open section or the document.
    fn container(&self) -> NodeId {
        self.subpart
            .or(self.part)
            .unwrap_or_else(|| self.structure.root())
    }

    /// Adds a node of `kind` to the open part of the paper.
    fn node(&mut self, kind: Kind) -> NodeId {
        let parent = self.container();
        self.structure.add(parent, kind)
    }

    /// Opens the part of the structure a heading at `level` starts and returns the heading's
    /// node: the first title-level heading is the document's title, read first; a section
    /// heading (or a later title-level one, such as "Contents") starts a section, closing
    /// the one before; a subsection heading starts a section inside it.
    fn open_part(&mut self, level: HeadingLevel) -> NodeId {
        let root = self.structure.root();
        let rank = match level {
            HeadingLevel::Title if !self.titled => Rank::Title,
            HeadingLevel::Title | HeadingLevel::Section => Rank::Part,
            HeadingLevel::Subsection => Rank::Subpart,
        };
        match rank {
            Rank::Title => {
                self.titled = true;
                self.part = None;
                self.subpart = None;
            }
            Rank::Part => {
                self.part = Some(self.structure.add(root, Kind::Section));
                self.subpart = None;
            }
            Rank::Subpart => {
                let parent = self.part.unwrap_or(root);
                self.subpart = Some(self.structure.add(parent, Kind::Section));
            }
        }
        self.node(Kind::Heading(rank))
    }

    fn next_group(&mut self) -> u32 {
        self.group += 1;
        self.group
    }

    /// Draws one line of body text at `x` on the cursor's line and moves the cursor below it.
    fn line_at(&mut self, x: f32, text: &str, pen: Pen, group: u32, role: Role) {
        self.run_at(x, self.y, text, pen, group, role);
        self.y += style::line_height(pen.size);
    }

    /// A line of body text whose line box starts at `top`.
    fn run_at(&mut self, x: f32, top: f32, text: &str, pen: Pen, group: u32, role: Role) {
        let width = text::width(pen.face, pen.size, text);
        let run = Item::Text(TextRun {
            x,
            baseline: baseline_in(top, pen.size),
            text: text.to_owned(),
            face: pen.face,
            size: pen.size,
            color: pen.color,
            width,
            region: Region::Body,
            group,
            angle: 0.0,
        });
        self.push(run, role);
    }
}

/// How a line of text is set: its face, size and colour.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pen {
    face: Face,
    size: f32,
    color: Rgb,
}

impl Pen {
    fn new(face: Face, size: f32, color: Rgb) -> Pen {
        Pen { face, size, color }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures;
    use crate::report::compose::compose;
    use crate::report::document::{
        Block, Column, HeadingLevel, Metadata, ParagraphStyle, Table, row,
    };

    fn document(blocks: Vec<Block>) -> Document {
        Document {
            marking: "OFFICIAL".into(),
            footer_title: "Test".into(),
            version: "1.0".into(),
            draft: false,
            metadata: Metadata::default(),
            blocks,
            provenance: Provenance::default(),
        }
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            style: ParagraphStyle::Body,
            text: text.into(),
        }
    }

    /// Every block of `document` drew exactly the height the layout measured for it; returns
    /// how many blocks reached more than one page.
    fn assert_drawn_as_measured(document: &Document) -> usize {
        let (_, placements) = lay_out_with_placements(document, &mut Memo::default());
        assert_eq!(placements.len(), document.blocks.len());
        for (index, (block, placement)) in document.blocks.iter().zip(&placements).enumerate() {
            let block: String = format!("{block:?}").chars().take(120).collect();
            assert!(
                (placement.predicted - placement.drawn).abs() < 0.01,
                "block {index} on pages {}–{}: measured {} but drew {}: {block}…",
                placement.first_page + 1,
                placement.last_page + 1,
                placement.predicted,
                placement.drawn
            );
        }
        placements
            .iter()
            .filter(|placement| placement.last_page > placement.first_page)
            .count()
    }

    #[test]
    fn every_block_of_the_sample_papers_is_drawn_as_tall_as_it_was_measured() {
        for case in [fixtures::realistic_case(), fixtures::large_case()] {
            let split = assert_drawn_as_measured(&compose(&case));
            assert!(split > 0, "some blocks should break between pages");
        }
    }

    #[test]
    fn blocks_broken_between_pages_are_drawn_as_tall_as_they_were_measured() {
        let rows = (1..=120)
            .map(|i| row([format!("Row {i}"), format!("Value {i}")]))
            .collect();
        let long_row = vec![
            "Only".to_owned(),
            "This cell has a great deal to say. ".repeat(400),
        ];
        let columns = vec![Column::text("Reference", 1.0), Column::text("Detail", 3.0)];
        let blocks = vec![
            Block::Heading {
                level: HeadingLevel::Section,
                text: "1. Register".into(),
            },
            Block::Table(Table::new(columns.clone(), rows)),
            paragraph(&"A long paragraph that runs on. ".repeat(300)),
            Block::Bullets(vec!["An item that says a good deal. ".repeat(40); 12]),
            Block::Table(Table {
                columns,
                rows: vec![row(long_row)],
                total_row: false,
            }),
        ];
        assert_eq!(assert_drawn_as_measured(&document(blocks)), 4);
    }

    #[test]
    fn a_short_document_is_one_page_with_margins() {
        let pages = lay_out(&document(vec![paragraph("Hello committee.")]));
        assert_eq!(pages.pages.len(), 1);
        let texts: Vec<&str> = pages.pages[0]
            .text_runs()
            .map(|r| r.text.as_str())
            .collect();
        assert!(texts.contains(&"Page 1 of 1"));
        assert_eq!(texts.iter().filter(|t| **t == "OFFICIAL").count(), 2);
    }
}
