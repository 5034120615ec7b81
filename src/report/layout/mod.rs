//! Document → pages: where every line goes.
//!
//! The rules a committee paper needs, and nothing more: headings stay with what follows them
//! (never alone at the foot of a page); paragraphs flow line by line; tables wrap text in
//! their cells, move to the next page between rows and repeat their header row there (a row
//! taller than a whole page is split between lines); figures are kept whole. The contents
//! need page numbers that only the layout knows: the contents take the same room whatever
//! the numbers are, so they are laid out with blank numbers and filled in at the end.

use crate::fonts::Face;
use crate::palette::{self, Rgb};

use super::charts;
use super::document::{
    Align, Block, Document, Figure, HeadingLevel, KeyValues, ParagraphStyle, Table,
};
use super::page::{
    Bookmark, ContentBox, FilledBox, Item, LinkArea, PAGE_HEIGHT, PAGE_WIDTH, Page, Pages, Region,
    Rule, TextRun,
};
use super::text;

pub mod style;

/// Body text size: 12 pt, the public-sector accessibility norm.
pub const BODY_SIZE: f32 = 12.0;
/// Table text size.
pub const TABLE_SIZE: f32 = 11.0;
/// Header, footer and chart label size.
pub const SMALL_SIZE: f32 = 9.5;

const LEADING: f32 = 1.35;
const CELL_PAD_X: f32 = 4.0;
const CELL_PAD_Y: f32 = 3.0;
const PARAGRAPH_GAP: f32 = 8.0;
const LIST_INDENT: f32 = 22.0;
const NUMBER_INDENT: f32 = 34.0;
const CHART_WIDTH: f32 = 280.0;
const CHART_GAP: f32 = 18.0;

fn line_height(size: f32) -> f32 {
    size * LEADING
}

/// Where the baseline sits in a line box starting at `top`: the glyphs' full height
/// (ascent + descent, 1.117 em for Liberation Sans) centred in the box.
fn baseline_in(top: f32, size: f32) -> f32 {
    top + (line_height(size) - 1.117 * size) / 2.0 + 0.905 * size
}

/// Lays out a document into pages, with headers, footers, page numbers, contents and
/// bookmarks filled in.
pub fn lay_out(document: &Document) -> Pages {
    let mut result = Layouter::run(document);
    result.fill_in_contents();
    let total = result.pages.len();
    let mut pages = result.pages;
    for (index, page) in pages.iter_mut().enumerate() {
        decorate(page, document, index, total);
    }
    Pages {
        pages,
        bookmarks: result.bookmarks,
    }
}

/// Adds the protective marking, footer, page number and DRAFT mark to a page.
fn decorate(page: &mut Page, document: &Document, index: usize, total: usize) {
    let mut margin = Vec::new();
    let marking = document.marking.as_str();
    let size = 10.0;
    let centred = |text: &str, baseline: f32, face: Face, size: f32| {
        let width = text::width(face, size, text);
        Item::Text(TextRun {
            x: (PAGE_WIDTH - width) / 2.0,
            baseline,
            text: text.to_owned(),
            face,
            size,
            color: palette::TEXT,
            width,
            region: Region::Margin,
            group: u32::MAX,
            angle: 0.0,
        })
    };
    let area = ContentBox::A4;
    margin.push(centred(marking, 36.0, Face::Bold, size));
    margin.push(centred(marking, PAGE_HEIGHT - 24.0, Face::Bold, size));
    margin.push(Item::Rule(Rule {
        from: (area.left, 48.0),
        to: (area.right, 48.0),
        width: 0.5,
        color: style::RULE,
    }));
    let footer_y = PAGE_HEIGHT - 50.0;
    margin.push(Item::Rule(Rule {
        from: (area.left, footer_y - 14.0),
        to: (area.right, footer_y - 14.0),
        width: 0.5,
        color: style::RULE,
    }));
    let page_label = format!("Page {} of {}", index + 1, total);
    let page_width = text::width(Face::Regular, SMALL_SIZE, &page_label);
    let version = if document.version.trim().is_empty() {
        String::new()
    } else {
        format!(" · Version {}", document.version.trim())
    };
    let room = area.width() - page_width - 24.0;
    let footer = fit_one_line(
        &format!("{}{version}", document.footer_title.trim()),
        Face::Regular,
        SMALL_SIZE,
        room,
    );
    let footer_width = text::width(Face::Regular, SMALL_SIZE, &footer);
    for (text, x, width) in [
        (footer, area.left, footer_width),
        (page_label, area.right - page_width, page_width),
    ] {
        margin.push(Item::Text(TextRun {
            x,
            baseline: footer_y,
            text,
            face: Face::Regular,
            size: SMALL_SIZE,
            color: palette::MUTED,
            width,
            region: Region::Margin,
            group: u32::MAX,
            angle: 0.0,
        }));
    }
    let mut items = Vec::with_capacity(page.items.len() + margin.len() + 1);
    if document.draft {
        items.push(draft_mark());
    }
    items.append(&mut page.items);
    items.append(&mut margin);
    page.items = items;
}

/// Shortens a one-line text with an ellipsis so it fits `width`.
fn fit_one_line(text: &str, face: Face, size: f32, width: f32) -> String {
    if text::width(face, size, text) <= width {
        return text.to_owned();
    }
    let mut shortened: String = String::new();
    for c in text.chars() {
        shortened.push(c);
        if text::width(face, size, &shortened) + text::width(face, size, "…") > width {
            shortened.pop();
            break;
        }
    }
    format!("{}…", shortened.trim_end())
}

/// The light diagonal DRAFT mark, drawn first so the text sits on top of it.
fn draft_mark() -> Item {
    let size = 120.0;
    let label = "DRAFT";
    let width = text::width(Face::Bold, size, label);
    let angle: f32 = 45.0;
    let (sin, cos) = angle.to_radians().sin_cos();
    let (cx, cy) = (PAGE_WIDTH / 2.0, PAGE_HEIGHT / 2.0);
    // Centre the word on the page: back half its width along the baseline, and down half
    // its cap height across it (y grows downwards on our pages).
    let half_cap = 0.35 * size;
    let x = cx - width / 2.0 * cos + half_cap * sin;
    let y = cy + width / 2.0 * sin + half_cap * cos;
    Item::Text(TextRun {
        x,
        baseline: y,
        text: label.to_owned(),
        face: Face::Bold,
        size,
        color: style::WATERMARK,
        width,
        region: Region::Watermark,
        group: u32::MAX,
        angle,
    })
}

/// Where a contents entry's page number and link went, to fill in once the pages are known.
struct ContentsSlot {
    page: usize,
    number: usize,
    link: usize,
}

/// The state of the layout.
struct Layouter {
    area: ContentBox,
    pages: Vec<Page>,
    y: f32,
    group: u32,
    /// The page each section heading landed on, in order.
    section_pages: Vec<usize>,
    bookmarks: Vec<Bookmark>,
    /// The contents entries, in section order.
    contents: Vec<ContentsSlot>,
}

impl Layouter {
    fn run(document: &Document) -> Layouter {
        let area = ContentBox::A4;
        let mut layouter = Layouter {
            area,
            pages: vec![Page::default()],
            y: area.top,
            group: 0,
            section_pages: Vec::new(),
            bookmarks: Vec::new(),
            contents: Vec::new(),
        };
        for (index, block) in document.blocks.iter().enumerate() {
            layouter.block(document, index, block);
        }
        layouter
    }

    /// Writes each section's page number into the contents and points its link there.
    fn fill_in_contents(&mut self) {
        for (slot, target) in self.contents.iter().zip(&self.section_pages) {
            let items = &mut self.pages[slot.page].items;
            if let Item::Text(run) = &mut items[slot.number] {
                run.text = (target + 1).to_string();
                run.width = text::width(run.face, run.size, &run.text);
                run.x = self.area.right - run.width;
            }
            if let Item::Link(link) = &mut items[slot.link] {
                link.target_page = *target;
            }
        }
    }

    fn page_is_fresh(&self) -> bool {
        self.y <= self.area.top + 0.01
    }

    fn room(&self) -> f32 {
        self.area.bottom - self.y
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.area.top;
    }

    /// Starts a new page unless `height` fits below the cursor (or the page is empty, where
    /// moving on would not help).
    fn ensure(&mut self, height: f32) {
        if height > self.room() && !self.page_is_fresh() {
            self.new_page();
        }
    }

    fn push(&mut self, item: Item) {
        self.pages
            .last_mut()
            .expect("there is always a page")
            .items
            .push(item);
    }

    fn next_group(&mut self) -> u32 {
        self.group += 1;
        self.group
    }

    #[allow(clippy::too_many_arguments)]
    fn run_at(
        &mut self,
        x: f32,
        top: f32,
        text: &str,
        face: Face,
        size: f32,
        color: Rgb,
        group: u32,
    ) {
        let width = text::width(face, size, text);
        self.push(Item::Text(TextRun {
            x,
            baseline: baseline_in(top, size),
            text: text.to_owned(),
            face,
            size,
            color,
            width,
            region: Region::Body,
            group,
            angle: 0.0,
        }));
    }

    fn block(&mut self, document: &Document, index: usize, block: &Block) {
        match block {
            Block::Heading { level, text } => {
                let following = lead_height(&document.blocks, index + 1, self.area);
                self.heading(*level, text, following);
            }
            Block::Paragraph { style, text } => self.paragraph(*style, text),
            Block::Bullets(items) => {
                for item in items {
                    self.list_item("•", item, LIST_INDENT);
                }
                self.y += PARAGRAPH_GAP;
            }
            Block::Numbered(items) => {
                for (number, item) in items {
                    self.list_item(number, item, NUMBER_INDENT);
                }
                self.y += PARAGRAPH_GAP;
            }
            Block::Table(table) => self.table(table, TableStyle::Data),
            Block::KeyValues(pairs) => self.key_values(pairs),
            Block::Figure(figure) => self.figure(figure),
            Block::Contents => self.contents(document),
            Block::PageBreak => {
                if !self.page_is_fresh() {
                    self.new_page();
                }
            }
        }
    }

    fn heading(&mut self, level: HeadingLevel, text: &str, following: f32) {
        let style = HeadingStyle::of(level);
        let lines = text::wrap(text, Face::Bold, style.size, self.area.width());
        let height = heading_height(level, lines.len());
        // Keep with what follows: never leave a heading alone at the foot of a page.
        self.ensure(height + following);
        if !self.page_is_fresh() {
            self.y += style.space_before;
        }
        let page = self.pages.len() - 1;
        if level == HeadingLevel::Section {
            self.section_pages.push(page);
            self.bookmarks.push(Bookmark {
                title: text.to_owned(),
                page,
            });
        }
        let group = self.next_group();
        for line in &lines {
            self.run_at(
                self.area.left,
                self.y,
                line,
                Face::Bold,
                style.size,
                palette::HEADING,
                group,
            );
            self.y += line_height(style.size);
        }
        if level == HeadingLevel::Section {
            self.push(Item::Rule(Rule {
                from: (self.area.left, self.y + 1.0),
                to: (self.area.right, self.y + 1.0),
                width: 0.75,
                color: palette::HEADING,
            }));
        }
        self.y += style.space_after;
    }

    fn paragraph(&mut self, style: ParagraphStyle, text: &str) {
        let (face, size, color) = paragraph_style(style);
        let lines = text::wrap(text, face, size, self.area.width());
        let group = self.next_group();
        let lh = line_height(size);
        let mut rest = &lines[..];
        while !rest.is_empty() {
            let fits = ((self.room() + 0.01) / lh).floor().max(0.0) as usize;
            let mut take = fits.min(rest.len());
            if take < rest.len() {
                // No orphan (one line alone at the foot) and no widow (one line alone at
                // the top of the next page).
                if take == rest.len() - 1 && take >= 2 {
                    take -= 1;
                }
                if take == 1 && rest.len() > 1 {
                    take = 0;
                }
            }
            if take == 0 {
                if self.page_is_fresh() {
                    take = 1;
                } else {
                    self.new_page();
                    continue;
                }
            }
            for line in &rest[..take] {
                self.run_at(self.area.left, self.y, line, face, size, color, group);
                self.y += lh;
            }
            rest = &rest[take..];
            if !rest.is_empty() {
                self.new_page();
            }
        }
        if !lines.is_empty() {
            self.y += PARAGRAPH_GAP;
        }
    }

    fn list_item(&mut self, marker: &str, item: &str, indent: f32) {
        let size = BODY_SIZE;
        let lines = text::wrap(item, Face::Regular, size, self.area.width() - indent);
        let group = self.next_group();
        for (i, line) in lines.iter().enumerate() {
            self.ensure(line_height(size));
            if i == 0 {
                let marker_x = if indent == LIST_INDENT {
                    self.area.left + 6.0
                } else {
                    self.area.left
                };
                self.run_at(
                    marker_x,
                    self.y,
                    marker,
                    Face::Regular,
                    size,
                    palette::TEXT,
                    group,
                );
            }
            self.run_at(
                self.area.left + indent,
                self.y,
                line,
                Face::Regular,
                size,
                palette::TEXT,
                group,
            );
            self.y += line_height(size);
        }
        self.y += 3.0;
    }

    fn key_values(&mut self, pairs: &KeyValues) {
        let table = Table {
            columns: vec![
                super::document::Column::text("", 0.36),
                super::document::Column::text("", 0.64),
            ],
            rows: pairs
                .pairs
                .iter()
                .map(|(k, v)| vec![k.clone(), v.clone()])
                .collect(),
            total_row: false,
        };
        self.table(&table, TableStyle::KeyValues);
    }

    fn table(&mut self, table: &Table, style: TableStyle) {
        if table.columns.is_empty() {
            return;
        }
        let widths = column_widths(table, self.area.width());
        let size = TABLE_SIZE;
        let lh = line_height(size);
        let header = (style == TableStyle::Data).then(|| {
            wrap_row(
                table.columns.iter().map(|c| c.header.as_str()),
                &widths,
                Face::Bold,
                size,
            )
        });
        let header_height = header.as_ref().map_or(0.0, |cells| row_height(cells));
        let rows: Vec<(Vec<Vec<String>>, Face)> = table
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let total = table.total_row && i + 1 == table.rows.len();
                let face = if total { Face::Bold } else { Face::Regular };
                (
                    wrap_row(row.iter().map(String::as_str), &widths, face, size),
                    face,
                )
            })
            .collect();
        let first_row = rows.first().map_or(0.0, |(cells, _)| row_height(cells));
        self.ensure(
            header_height + first_row.min(self.area.bottom - self.area.top - header_height),
        );
        let mut rows_on_page = 0;
        if let Some(cells) = &header {
            self.table_header(cells, &widths, table);
        }
        for (index, (cells, face)) in rows.iter().enumerate() {
            let height = row_height(cells);
            if height > self.room() && rows_on_page > 0 {
                self.new_page();
                rows_on_page = 0;
                if let Some(cells) = &header {
                    self.table_header(cells, &widths, table);
                }
            }
            let is_total = table.total_row && index + 1 == rows.len();
            let key_face = (style == TableStyle::KeyValues).then_some(Face::Bold);
            let groups: Vec<u32> = cells.iter().map(|_| self.next_group()).collect();
            // Draw the row, splitting between lines if it is taller than what is left.
            let mut offset = 0;
            let line_count = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
            loop {
                let capacity = (((self.room() - 2.0 * CELL_PAD_Y) / lh).floor() as usize).max(1);
                let take = capacity.min(line_count - offset);
                let top = self.y;
                if is_total {
                    self.push(Item::Rule(Rule {
                        from: (self.area.left, top),
                        to: (self.area.right, top),
                        width: 1.0,
                        color: palette::TEXT,
                    }));
                }
                let mut x = self.area.left;
                for (column, lines) in cells.iter().enumerate() {
                    let face = if column == 0 {
                        key_face.unwrap_or(*face)
                    } else {
                        *face
                    };
                    for (i, line) in lines.iter().skip(offset).take(take).enumerate() {
                        let line_x = match table.columns[column].align {
                            Align::Left => x + CELL_PAD_X,
                            Align::Right => {
                                x + widths[column] - CELL_PAD_X - text::width(face, size, line)
                            }
                        };
                        let line_top = top + CELL_PAD_Y + i as f32 * lh;
                        self.run_at(
                            line_x,
                            line_top,
                            line,
                            face,
                            size,
                            palette::TEXT,
                            groups[column],
                        );
                    }
                    x += widths[column];
                }
                self.y = top + take as f32 * lh + 2.0 * CELL_PAD_Y;
                self.push(Item::Rule(Rule {
                    from: (self.area.left, self.y),
                    to: (self.area.right, self.y),
                    width: 0.5,
                    color: style::RULE,
                }));
                rows_on_page += 1;
                offset += take;
                if offset >= line_count {
                    break;
                }
                self.new_page();
                if let Some(cells) = &header {
                    self.table_header(cells, &widths, table);
                }
            }
        }
        self.y += PARAGRAPH_GAP + 4.0;
    }

    fn table_header(&mut self, cells: &[Vec<String>], widths: &[f32], table: &Table) {
        let height = row_height(cells);
        let top = self.y;
        self.push(Item::Box(FilledBox {
            x: self.area.left,
            y: top,
            width: self.area.width(),
            height,
            color: style::HEADER_FILL,
        }));
        let size = TABLE_SIZE;
        let mut x = self.area.left;
        for (column, lines) in cells.iter().enumerate() {
            let group = self.next_group();
            for (i, line) in lines.iter().enumerate() {
                let line_x = match table.columns[column].align {
                    Align::Left => x + CELL_PAD_X,
                    Align::Right => {
                        x + widths[column] - CELL_PAD_X - text::width(Face::Bold, size, line)
                    }
                };
                self.run_at(
                    line_x,
                    top + CELL_PAD_Y + i as f32 * line_height(size),
                    line,
                    Face::Bold,
                    size,
                    palette::TEXT,
                    group,
                );
            }
            x += widths[column];
        }
        self.y = top + height;
        self.push(Item::Rule(Rule {
            from: (self.area.left, self.y),
            to: (self.area.right, self.y),
            width: 0.75,
            color: palette::HEADING,
        }));
    }

    fn figure(&mut self, figure: &Figure) {
        let caption = text::wrap(&figure.caption, Face::Bold, TABLE_SIZE, self.area.width());
        let caption_height = caption.len() as f32 * line_height(TABLE_SIZE) + 4.0;
        let chart_height = charts::height(&figure.chart);
        let text_width = self.area.width() - CHART_WIDTH - CHART_GAP;
        let described: Vec<Vec<String>> = figure
            .description
            .iter()
            .map(|line| text::wrap(line, Face::Regular, TABLE_SIZE, text_width))
            .collect();
        let description_height: f32 = described
            .iter()
            .map(|lines| lines.len() as f32 * line_height(TABLE_SIZE) + 3.0)
            .sum();
        let full_page = self.area.bottom - self.area.top;
        let beside = description_height <= full_page - caption_height;
        let height = caption_height
            + if beside {
                chart_height.max(description_height)
            } else {
                chart_height
            };
        self.ensure(height);
        let group = self.next_group();
        for line in &caption {
            self.run_at(
                self.area.left,
                self.y,
                line,
                Face::Bold,
                TABLE_SIZE,
                palette::TEXT,
                group,
            );
            self.y += line_height(TABLE_SIZE);
        }
        self.y += 4.0;
        let top = self.y;
        let group = self.next_group();
        let mut chart_items = charts::draw(
            &figure.chart,
            self.area.left,
            top,
            CHART_WIDTH,
            chart_height,
        );
        for item in &mut chart_items {
            if let Item::Text(run) = item {
                run.group = group;
            }
        }
        self.pages
            .last_mut()
            .expect("page")
            .items
            .extend(chart_items);
        if beside {
            let x = self.area.left + CHART_WIDTH + CHART_GAP;
            let mut y = top;
            for lines in &described {
                let group = self.next_group();
                for line in lines {
                    self.run_at(x, y, line, Face::Regular, TABLE_SIZE, palette::TEXT, group);
                    y += line_height(TABLE_SIZE);
                }
                y += 3.0;
            }
            self.y = top + chart_height.max(description_height) + PARAGRAPH_GAP;
        } else {
            self.y = top + chart_height + PARAGRAPH_GAP;
            for line in &figure.description {
                self.paragraph(ParagraphStyle::Body, line);
            }
        }
    }

    fn contents(&mut self, document: &Document) {
        let size = BODY_SIZE;
        let number_room = 40.0;
        for title in document.section_headings() {
            let lines = text::wrap(title, Face::Regular, size, self.area.width() - number_room);
            let height = lines.len().max(1) as f32 * line_height(size) + 4.0;
            self.ensure(height);
            let top = self.y;
            let group = self.next_group();
            for line in &lines {
                self.run_at(
                    self.area.left,
                    self.y,
                    line,
                    Face::Regular,
                    size,
                    palette::TEXT,
                    group,
                );
                self.y += line_height(size);
            }
            // The page number and link are placeholders until every section is placed.
            self.run_at(
                self.area.right,
                top,
                "",
                Face::Regular,
                size,
                palette::TEXT,
                group,
            );
            let page = self.pages.len() - 1;
            let number = self.pages[page].items.len() - 1;
            self.push(Item::Link(LinkArea {
                x: self.area.left,
                y: top,
                width: self.area.width(),
                height: self.y - top,
                target_page: 0,
            }));
            self.contents.push(ContentsSlot {
                page,
                number,
                link: number + 1,
            });
            self.push(Item::Rule(Rule {
                from: (self.area.left, self.y + 1.5),
                to: (self.area.right, self.y + 1.5),
                width: 0.25,
                color: style::RULE,
            }));
            self.y += 4.0;
        }
        self.y += PARAGRAPH_GAP;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TableStyle {
    Data,
    KeyValues,
}

struct HeadingStyle {
    size: f32,
    space_before: f32,
    space_after: f32,
}

impl HeadingStyle {
    fn of(level: HeadingLevel) -> HeadingStyle {
        match level {
            HeadingLevel::Title => HeadingStyle {
                size: 22.0,
                space_before: 12.0,
                space_after: 14.0,
            },
            HeadingLevel::Section => HeadingStyle {
                size: 16.0,
                space_before: 16.0,
                space_after: 10.0,
            },
            HeadingLevel::Subsection => HeadingStyle {
                size: 13.0,
                space_before: 8.0,
                space_after: 5.0,
            },
        }
    }
}

fn heading_height(level: HeadingLevel, lines: usize) -> f32 {
    let style = HeadingStyle::of(level);
    style.space_before + lines.max(1) as f32 * line_height(style.size) + style.space_after
}

fn paragraph_style(style: ParagraphStyle) -> (Face, f32, Rgb) {
    match style {
        ParagraphStyle::Body => (Face::Regular, BODY_SIZE, palette::TEXT),
        ParagraphStyle::Strong => (Face::Bold, BODY_SIZE, palette::TEXT),
        ParagraphStyle::Note => (Face::Italic, BODY_SIZE, palette::MUTED),
        ParagraphStyle::Display => (Face::Bold, 14.0, palette::HEADING),
    }
}

/// The height the block at `index` needs at the minimum on the page a heading is placed on:
/// two lines of a paragraph, a table's header and first row, a whole figure.
fn lead_height(blocks: &[Block], index: usize, area: ContentBox) -> f32 {
    let Some(block) = blocks.get(index) else {
        return 0.0;
    };
    let width = area.width();
    let full = area.bottom - area.top;
    let height = match block {
        Block::Heading { level, text } => {
            let size = HeadingStyle::of(*level).size;
            heading_height(*level, text::wrap(text, Face::Bold, size, width).len())
                + lead_height(blocks, index + 1, area)
        }
        Block::Paragraph { style, text } => {
            let (face, size, _) = paragraph_style(*style);
            // What the paragraph itself will accept at the foot of a page: all of a paragraph
            // of up to three lines, else two (see `Layouter::paragraph`).
            let lines = text::wrap(text, face, size, width).len();
            (if lines <= 3 { lines } else { 2 }) as f32 * line_height(size)
        }
        Block::Bullets(items) => items.first().map_or(0.0, |item| {
            text::wrap(item, Face::Regular, BODY_SIZE, width - LIST_INDENT)
                .len()
                .min(2) as f32
                * line_height(BODY_SIZE)
        }),
        Block::Numbered(items) => items.first().map_or(0.0, |(_, item)| {
            text::wrap(item, Face::Regular, BODY_SIZE, width - NUMBER_INDENT)
                .len()
                .min(2) as f32
                * line_height(BODY_SIZE)
        }),
        Block::Table(table) => {
            let widths = column_widths(table, width);
            let header = row_height(&wrap_row(
                table.columns.iter().map(|c| c.header.as_str()),
                &widths,
                Face::Bold,
                TABLE_SIZE,
            ));
            let first = table.rows.first().map_or(0.0, |row| {
                row_height(&wrap_row(
                    row.iter().map(String::as_str),
                    &widths,
                    Face::Regular,
                    TABLE_SIZE,
                ))
            });
            header + first
        }
        Block::KeyValues(pairs) => pairs.pairs.first().map_or(0.0, |(key, value)| {
            let widths = [width * 0.36, width * 0.64];
            row_height(&wrap_row(
                [key.as_str(), value.as_str()].into_iter(),
                &widths,
                Face::Regular,
                TABLE_SIZE,
            ))
        }),
        Block::Figure(figure) => charts::height(&figure.chart) + 2.0 * line_height(TABLE_SIZE),
        Block::Contents => line_height(BODY_SIZE),
        Block::PageBreak => 0.0,
    };
    height.min(full / 2.0)
}

/// Column widths in points: shares of `width` by weight, then widened where a column's
/// longest word (or its header's) would otherwise be cut mid-word, taking the room from
/// columns that have some to spare. A single word wider than a third of the table is still
/// cut, so one long reference cannot squeeze every other column.
fn column_widths(table: &Table, width: f32) -> Vec<f32> {
    let total: f32 = table.columns.iter().map(|c| c.weight.max(0.01)).sum();
    let mut widths: Vec<f32> = table
        .columns
        .iter()
        .map(|c| width * c.weight.max(0.01) / total)
        .collect();
    let floor = 28.0_f32.min(width / widths.len() as f32);
    let minimums: Vec<f32> = (0..table.columns.len())
        .map(|column| min_content_width(table, column).min(width / 3.0).max(floor))
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

/// The narrowest a column can be without cutting a word: its widest word (header in bold,
/// cells in regular; words may break after a hyphen or slash) plus the cell padding.
fn min_content_width(table: &Table, column: usize) -> f32 {
    let widest = |face: Face, text: &str| -> f32 {
        text.split_whitespace()
            .flat_map(|word| word.split_inclusive(['-', '/']))
            .map(|part| text::width(face, TABLE_SIZE, part))
            .fold(0.0, f32::max)
    };
    let header = widest(Face::Bold, &table.columns[column].header);
    let cells = table
        .rows
        .iter()
        .filter_map(|row| row.get(column))
        .map(|cell| widest(Face::Regular, cell))
        .fold(0.0, f32::max);
    header.max(cells) + 2.0 * CELL_PAD_X
}

fn wrap_row<'s>(
    cells: impl Iterator<Item = &'s str>,
    widths: &[f32],
    face: Face,
    size: f32,
) -> Vec<Vec<String>> {
    cells
        .zip(widths)
        .map(|(cell, width)| text::wrap(cell, face, size, width - 2.0 * CELL_PAD_X))
        .collect()
}

fn row_height(cells: &[Vec<String>]) -> f32 {
    let lines = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
    lines as f32 * line_height(TABLE_SIZE) + 2.0 * CELL_PAD_Y
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::document::{Column, Metadata};

    fn document(blocks: Vec<Block>) -> Document {
        Document {
            marking: "OFFICIAL".into(),
            footer_title: "Test".into(),
            version: "1.0".into(),
            draft: false,
            metadata: Metadata::default(),
            blocks,
        }
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            style: ParagraphStyle::Body,
            text: text.into(),
        }
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

    #[test]
    fn column_widths_fill_the_table() {
        let table = Table {
            columns: vec![Column::text("A", 1.0), Column::text("B", 3.0)],
            rows: vec![],
            total_row: false,
        };
        let widths = column_widths(&table, 400.0);
        assert!((widths.iter().sum::<f32>() - 400.0).abs() < 0.01);
        assert!((widths[1] - 300.0).abs() < 0.01);
    }

    #[test]
    fn a_narrow_column_widens_to_fit_its_longest_word() {
        let word = "Outsourcing";
        let table = Table {
            columns: vec![Column::text("Option", 0.5), Column::text("Rationale", 6.0)],
            rows: vec![vec![word.into(), "Some long rationale text.".into()]],
            total_row: false,
        };
        let widths = column_widths(&table, 400.0);
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
}
