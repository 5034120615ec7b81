//! Blocks measured once, then drawn from what was measured.
//!
//! [`Measured::of`] wraps a block's text and sizes its parts for the content box; the
//! page-break decisions ([`lead_height`], and each kind's own "does this fit here?") and the
//! drawing both read the result, so the height the layout predicts for a block is the height
//! it draws (the layout's tests hold every block of the fixture papers to that).
//! Headings, paragraphs, lists and figures are measured and drawn here; tables in
//! [`super::tables`], the contents in [`super::contents`].

use std::sync::Arc;

use crate::fonts::Face;
use crate::palette;
use crate::report::charts;
use crate::report::document::{Block, Chart, Document, Figure, HeadingLevel, ParagraphStyle};
use crate::report::page::{Artifact, Bookmark, ContentBox, Item, Role, Rule};
use crate::report::structure::{Kind, Numbering};
use crate::report::text;

use super::contents::MeasuredContents;
use super::style::{
    BODY_SIZE, HeadingStyle, ITEM_GAP, LIST_INDENT, NUMBER_INDENT, PARAGRAPH_GAP, TABLE_SIZE,
    line_height, paragraph_style,
};
use super::tables::MeasuredTable;
use super::{Layouter, Pen};

/// The width of a chart beside its text equivalent (the Word writer draws its pictures at
/// the same size).
pub(crate) const CHART_WIDTH: f32 = 280.0;
/// The space between a chart and its text equivalent.
const CHART_GAP: f32 = 18.0;
/// The space below a figure's caption.
const CAPTION_GAP: f32 = 4.0;
/// The space below each line of a figure's text equivalent set beside the chart.
const DESCRIPTION_GAP: f32 = 3.0;

/// A block measured for the content box.
pub(super) enum Measured<'a> {
    /// A heading and its lines.
    Heading(MeasuredHeading<'a>),
    /// A paragraph and its lines.
    Paragraph(MeasuredParagraph),
    /// A bulleted or numbered list.
    List(MeasuredList<'a>),
    /// A table or key–value list (shared with [`super::Memo`], which keeps it for the next
    /// layout).
    Table(Arc<MeasuredTable>),
    /// A chart with its caption and text equivalent.
    Figure(MeasuredFigure<'a>),
    /// The contents page.
    Contents(MeasuredContents),
    /// A page break.
    PageBreak,
}

impl<'a> Measured<'a> {
    /// Measures `block` of `document` for `area`; a table `remembered` from an earlier layout
    /// of the same block at the same width is taken as it is.
    pub(super) fn of(
        block: &'a Block,
        document: &'a Document,
        area: ContentBox,
        remembered: Option<Arc<MeasuredTable>>,
    ) -> Measured<'a> {
        let width = area.width();
        if let Some(table) = remembered {
            return Measured::Table(table);
        }
        match block {
            Block::Heading { level, text } => {
                Measured::Heading(MeasuredHeading::of(*level, text, width))
            }
            Block::Paragraph { style, text } => {
                Measured::Paragraph(MeasuredParagraph::of(*style, text, width))
            }
            Block::Bullets(items) => Measured::List(MeasuredList::of(
                items.iter().map(|item| ("•", item.as_str())),
                ListStyle::Bullets,
                width,
            )),
            Block::Numbered(items) => Measured::List(MeasuredList::of(
                items
                    .iter()
                    .map(|(number, item)| (number.as_str(), item.as_str())),
                ListStyle::Numbered,
                width,
            )),
            Block::Table(table) => Measured::Table(Arc::new(MeasuredTable::data(table, width))),
            Block::KeyValues(pairs) => {
                Measured::Table(Arc::new(MeasuredTable::key_values(pairs, width)))
            }
            Block::Figure(figure) => Measured::Figure(MeasuredFigure::of(figure, area)),
            Block::Contents => Measured::Contents(MeasuredContents::of(document, width)),
            Block::PageBreak => Measured::PageBreak,
        }
    }

    /// The height the block takes drawn whole from `at_top` (the top of a page) or further
    /// down: everything from where it starts to where the next block may start.
    pub(super) fn height(&self, at_top: bool) -> f32 {
        match self {
            Measured::Heading(heading) => heading.height(at_top),
            Measured::Paragraph(paragraph) => paragraph.height(),
            Measured::List(list) => list.height(),
            Measured::Table(table) => table.height(),
            Measured::Figure(figure) => figure.height(),
            Measured::Contents(contents) => contents.height(),
            Measured::PageBreak => 0.0,
        }
    }
}

/// The height the block at `index` needs at the minimum on the page a heading above it is
/// placed on: two lines of a paragraph (all of one of up to three), the first two lines of a
/// list, a table's header and first row, a whole figure, and for a heading or a one-line
/// label, itself and what it in turn needs. At most half a page, so a heading never waits for a page it cannot have.
pub(super) fn lead_height(blocks: &[Measured<'_>], index: usize, area: ContentBox) -> f32 {
    let Some(block) = blocks.get(index) else {
        return 0.0;
    };
    let height = match block {
        Measured::Heading(heading) => heading.height(false) + lead_height(blocks, index + 1, area),
        Measured::Paragraph(paragraph) => paragraph.label_height().map_or_else(
            || paragraph.lead_height(),
            |label| label + lead_height(blocks, index + 1, area),
        ),
        Measured::List(list) => list.lead_height(),
        Measured::Table(table) => table.lead_height(),
        Measured::Figure(figure) => figure.kept_height(),
        Measured::Contents(contents) => contents.lead_height(),
        Measured::PageBreak => 0.0,
    };
    height.min((area.bottom - area.top) / 2.0)
}

/// A heading's lines.
pub(super) struct MeasuredHeading<'a> {
    level: HeadingLevel,
    text: &'a str,
    style: HeadingStyle,
    lines: Vec<String>,
}

impl<'a> MeasuredHeading<'a> {
    fn of(level: HeadingLevel, text: &'a str, width: f32) -> MeasuredHeading<'a> {
        let style = HeadingStyle::of(level);
        MeasuredHeading {
            level,
            text,
            style,
            lines: text::wrap(text, Face::Bold, style.size, width),
        }
    }

    /// The heading's height with the space above it, which is left out at the top of a page.
    pub(super) fn height(&self, at_top: bool) -> f32 {
        let before = if at_top { 0.0 } else { self.style.space_before };
        before + self.lines.len() as f32 * line_height(self.style.size) + self.style.space_after
    }
}

/// A paragraph's lines, and how they are set.
pub(super) struct MeasuredParagraph {
    pen: Pen,
    lines: Vec<String>,
    /// Whether it is a one-line strong paragraph: a label for what follows ("Cumbria
    /// Constabulary, in cash prices" over its table), which the page keeps with it.
    label: bool,
}

impl MeasuredParagraph {
    fn of(style: ParagraphStyle, text: &str, width: f32) -> MeasuredParagraph {
        let (face, size, color) = paragraph_style(style);
        let lines = text::wrap(text, face, size, width);
        MeasuredParagraph {
            pen: Pen::new(face, size, color),
            label: style == ParagraphStyle::Strong && lines.len() == 1,
            lines,
        }
    }

    /// The height it needs before what follows, if it is a label kept with it.
    pub(super) fn label_height(&self) -> Option<f32> {
        self.label.then(|| self.height())
    }

    fn height(&self) -> f32 {
        if self.lines.is_empty() {
            return 0.0;
        }
        self.lines.len() as f32 * line_height(self.pen.size) + PARAGRAPH_GAP
    }

    /// The fewest lines the paragraph will set at the foot of a page (see [`lines_at_foot`]).
    fn lead_height(&self) -> f32 {
        let total = self.lines.len();
        let fewest = (1..=total)
            .find(|room| lines_at_foot(total, *room) > 0)
            .unwrap_or(0);
        fewest as f32 * line_height(self.pen.size)
    }
}

/// How many of a paragraph's `total` remaining lines go on a page with room for `room`
/// lines: as many as fit, but never one line alone at the foot (an orphan) nor one alone at
/// the top of the next page (a widow).
fn lines_at_foot(total: usize, room: usize) -> usize {
    let mut take = room.min(total);
    if take < total {
        if take == total - 1 && take >= 2 {
            take -= 1;
        }
        if take == 1 && total > 1 {
            take = 0;
        }
    }
    take
}

/// Whether a list is bulleted or numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListStyle {
    Bullets,
    Numbered,
}

impl ListStyle {
    /// How a reader is told the items are marked.
    fn numbering(self) -> Numbering {
        match self {
            ListStyle::Bullets => Numbering::Bullets,
            ListStyle::Numbered => Numbering::Numbers,
        }
    }

    /// Where an item's text starts, from the left of the content box.
    fn indent(self) -> f32 {
        match self {
            ListStyle::Bullets => LIST_INDENT,
            ListStyle::Numbered => NUMBER_INDENT,
        }
    }

    /// Where the bullet or number sits, from the left of the content box.
    fn marker_offset(self) -> f32 {
        match self {
            ListStyle::Bullets => 6.0,
            ListStyle::Numbered => 0.0,
        }
    }
}

/// A list's items: each marker and its lines.
pub(super) struct MeasuredList<'a> {
    style: ListStyle,
    items: Vec<(&'a str, Vec<String>)>,
}

impl<'a> MeasuredList<'a> {
    fn of(
        items: impl Iterator<Item = (&'a str, &'a str)>,
        style: ListStyle,
        width: f32,
    ) -> MeasuredList<'a> {
        MeasuredList {
            style,
            items: items
                .map(|(marker, item)| {
                    let lines = text::wrap(item, Face::Regular, BODY_SIZE, width - style.indent());
                    (marker, lines)
                })
                .collect(),
        }
    }

    fn height(&self) -> f32 {
        let items: f32 = self
            .items
            .iter()
            .map(|(_, lines)| lines.len() as f32 * line_height(BODY_SIZE) + ITEM_GAP)
            .sum();
        items + PARAGRAPH_GAP
    }

    /// The first item's first two lines.
    fn lead_height(&self) -> f32 {
        self.items.first().map_or(0.0, |(_, lines)| {
            lines.len().min(2) as f32 * line_height(BODY_SIZE)
        })
    }
}

/// Where a figure's text equivalent goes.
enum Description {
    /// Beside the chart, one wrapped line of the description each.
    Beside(Vec<Vec<String>>),
    /// Below the chart as body paragraphs, when it is too long to sit beside it on one page.
    Below(Vec<MeasuredParagraph>),
}

/// A figure's caption, chart and text equivalent.
pub(super) struct MeasuredFigure<'a> {
    caption: Vec<String>,
    /// The text equivalent as one text, for a reader who hears the chart rather than sees it.
    alt: String,
    chart: &'a Chart,
    chart_height: f32,
    description: Description,
}

impl<'a> MeasuredFigure<'a> {
    fn of(figure: &'a Figure, area: ContentBox) -> MeasuredFigure<'a> {
        let width = area.width();
        let caption = text::wrap(&figure.caption, Face::Bold, TABLE_SIZE, width);
        let text_width = width - CHART_WIDTH - CHART_GAP;
        let beside: Vec<Vec<String>> = figure
            .description
            .iter()
            .map(|line| text::wrap(line, Face::Regular, TABLE_SIZE, text_width))
            .collect();
        let full_page = area.bottom - area.top;
        let fits_beside = described_height(&beside) <= full_page - caption_height(&caption);
        let description = if fits_beside {
            Description::Beside(beside)
        } else {
            Description::Below(
                figure
                    .description
                    .iter()
                    .map(|line| MeasuredParagraph::of(ParagraphStyle::Body, line, width))
                    .collect(),
            )
        };
        MeasuredFigure {
            caption,
            alt: figure.alternative_text(),
            chart: &figure.chart,
            chart_height: charts::height(&figure.chart),
            description,
        }
    }

    /// The part kept whole on one page: the caption, the chart and a description beside it.
    fn kept_height(&self) -> f32 {
        caption_height(&self.caption) + self.body_height()
    }

    /// The chart, or the chart with the description beside it if that is taller.
    fn body_height(&self) -> f32 {
        match &self.description {
            Description::Beside(lines) => self.chart_height.max(described_height(lines)),
            Description::Below(_) => self.chart_height,
        }
    }

    fn height(&self) -> f32 {
        let below: f32 = match &self.description {
            Description::Beside(_) => 0.0,
            Description::Below(paragraphs) => {
                paragraphs.iter().map(MeasuredParagraph::height).sum()
            }
        };
        self.kept_height() + PARAGRAPH_GAP + below
    }
}

fn caption_height(caption: &[String]) -> f32 {
    caption.len() as f32 * line_height(TABLE_SIZE) + CAPTION_GAP
}

/// The height of a description set beside a chart.
fn described_height(lines: &[Vec<String>]) -> f32 {
    lines
        .iter()
        .map(|lines| lines.len() as f32 * line_height(TABLE_SIZE) + DESCRIPTION_GAP)
        .sum()
}

impl Layouter {
    /// Draws a heading where the cursor is (the caller has kept it with what follows), and
    /// opens the part of the structure it heads.
    pub(super) fn heading(&mut self, heading: &MeasuredHeading<'_>) {
        let style = heading.style;
        if !self.page_is_fresh() {
            self.y += style.space_before;
        }
        let page = self.pages.len() - 1;
        self.bookmark(heading, page);
        let node = self.open_part(heading.level);
        let group = self.next_group();
        let pen = Pen::new(Face::Bold, style.size, palette::HEADING);
        for line in &heading.lines {
            // A heading taller than the room left (a title of hundreds of words) goes on
            // over the page rather than over the footer.
            self.ensure(line_height(style.size));
            self.line_at(self.area.left, line, pen, group, Role::Content(node));
        }
        if heading.level == HeadingLevel::Section {
            self.push(
                Item::Rule(Rule {
                    from: (self.area.left, self.y + 1.0),
                    to: (self.area.right, self.y + 1.0),
                    width: 0.75,
                    color: palette::HEADING,
                }),
                Role::Artifact(Artifact::Layout),
            );
        }
        self.y += style.space_after;
    }

    /// Records a section heading for the contents and the outline, and a subsection heading
    /// in the outline under its section.
    fn bookmark(&mut self, heading: &MeasuredHeading<'_>, page: usize) {
        let bookmark = Bookmark {
            title: heading.text.to_owned(),
            page,
            children: Vec::new(),
        };
        match heading.level {
            HeadingLevel::Title => self.in_section_bookmark = false,
            HeadingLevel::Section => {
                self.section_pages.push(page);
                self.bookmarks.push(bookmark);
                self.in_section_bookmark = true;
            }
            HeadingLevel::Subsection => match self.bookmarks.last_mut() {
                Some(section) if self.in_section_bookmark => section.children.push(bookmark),
                _ => self.bookmarks.push(bookmark),
            },
        }
    }

    /// Draws a paragraph line by line, moving to a new page where the next line does not
    /// fit, under the widow and orphan rule of [`lines_at_foot`].
    pub(super) fn paragraph(&mut self, paragraph: &MeasuredParagraph) {
        let lines = &paragraph.lines;
        if lines.is_empty() {
            return;
        }
        let role = Role::Content(self.node(Kind::Paragraph));
        let group = self.next_group();
        let lh = line_height(paragraph.pen.size);
        let mut rest = &lines[..];
        while !rest.is_empty() {
            let room = ((self.room() + 0.01) / lh).floor().max(0.0) as usize;
            let mut take = lines_at_foot(rest.len(), room);
            if take == 0 {
                if self.page_is_fresh() {
                    take = 1;
                } else {
                    self.new_page();
                    continue;
                }
            }
            for line in &rest[..take] {
                self.line_at(self.area.left, line, paragraph.pen, group, role);
            }
            rest = &rest[take..];
            if !rest.is_empty() {
                self.new_page();
            }
        }
        self.y += PARAGRAPH_GAP;
    }

    /// Draws a list; an item may break between its lines.
    pub(super) fn list(&mut self, list: &MeasuredList<'_>) {
        let pen = Pen::new(Face::Regular, BODY_SIZE, palette::TEXT);
        let indent = list.style.indent();
        let node = self.node(Kind::List(list.style.numbering()));
        for (index, (marker, lines)) in list.items.iter().enumerate() {
            self.source = self.provenance.of(self.block_index, Some(index));
            let item = self.structure.add(node, Kind::ListItem);
            let label = Role::Content(self.structure.add(item, Kind::Label));
            let body = Role::Content(self.structure.add(item, Kind::ListBody));
            let group = self.next_group();
            for (i, line) in lines.iter().enumerate() {
                self.ensure(line_height(pen.size));
                if i == 0 {
                    let x = self.area.left + list.style.marker_offset();
                    self.run_at(x, self.y, marker, pen, group, label);
                }
                self.line_at(self.area.left + indent, line, pen, group, body);
            }
            self.y += ITEM_GAP;
        }
        self.y += PARAGRAPH_GAP;
    }

    /// Draws a figure, kept whole: on a new page unless the caption, the chart and a
    /// description beside it fit here. The caption is read first, then the chart as its
    /// alternative text, then the description as paragraphs.
    pub(super) fn figure(&mut self, figure: &MeasuredFigure<'_>) {
        self.ensure(figure.kept_height());
        let caption = Role::Content(self.node(Kind::Paragraph));
        let group = self.next_group();
        let pen = Pen::new(Face::Bold, TABLE_SIZE, palette::TEXT);
        for line in &figure.caption {
            self.line_at(self.area.left, line, pen, group, caption);
        }
        self.y += CAPTION_GAP;
        let top = self.y;
        let group = self.next_group();
        let chart = Role::Content(self.node(Kind::Figure {
            alt: figure.alt.clone(),
        }));
        let chart_items = charts::draw(
            figure.chart,
            self.area.left,
            top,
            CHART_WIDTH,
            figure.chart_height,
        );
        for mut item in chart_items {
            if let Item::Text(run) = &mut item {
                run.group = group;
            }
            self.push(item, chart);
        }
        self.y = top + figure.body_height() + PARAGRAPH_GAP;
        match &figure.description {
            Description::Beside(described) => {
                let x = self.area.left + CHART_WIDTH + CHART_GAP;
                let pen = Pen::new(Face::Regular, TABLE_SIZE, palette::TEXT);
                let mut y = top;
                for lines in described {
                    let role = Role::Content(self.node(Kind::Paragraph));
                    let group = self.next_group();
                    for line in lines {
                        self.run_at(x, y, line, pen, group, role);
                        y += line_height(TABLE_SIZE);
                    }
                    y += DESCRIPTION_GAP;
                }
            }
            Description::Below(paragraphs) => {
                for paragraph in paragraphs {
                    self.paragraph(paragraph);
                }
            }
        }
    }
}
