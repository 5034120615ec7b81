//! `word/document.xml`: the body, block by block from the document model, and the section
//! properties (A4, the PDF's margins, the header and footer).
//!
//! Each block becomes what Word has for it: a heading a paragraph in a built-in heading
//! style (its outline level from the style), a list item a List Bullet or List Number
//! paragraph, a table a table ([`super::tables`]), a figure its caption, then the chart as
//! a picture with the text equivalent beside it ([`super::pictures`]), and the contents a
//! TOC field marked dirty (Word brings it up to date when the file is opened, after asking)
//! whose result is today's contents, with the pages the PDF gives each section.

use crate::report::document::{Block, Document, Figure, HeadingLevel, ParagraphStyle};
use crate::report::layout::CHART_WIDTH;
use crate::report::page::{ContentBox, PAGE_HEIGHT, PAGE_WIDTH, Pages};

use super::numbering::Lists;
use super::pictures::{self, PictureError};
use super::runs::{self, Dirty, RunLook};
use super::styles::{DISPLAY, LAYOUT_TABLE, NOTE};
use super::xml::Xml;
use super::{CONTENT_WIDTH, Picture, tables, twips};

/// The relationship ids of the header and footer, in `word/_rels/document.xml.rels`.
pub(super) const HEADER: &str = "rIdHeader";
/// See [`HEADER`].
pub(super) const FOOTER: &str = "rIdFooter";

/// The body as written: the part, the lists it numbers and the pictures it places.
pub(super) struct Body {
    /// The `word/document.xml` part.
    pub(super) part: Vec<u8>,
    /// The numbered lists, for the numbering part.
    pub(super) lists: Lists,
    /// The charts as PNG, in the order placed.
    pub(super) pictures: Vec<Picture>,
}

/// Writes the body of `document`, with the contents' page numbers from `pages`.
pub(super) fn write(document: &Document, pages: &Pages) -> Result<Body, PictureError> {
    let mut writer = Writer {
        xml: Xml::part(),
        lists: Lists::default(),
        pictures: Vec::new(),
    };
    writer.xml.open(
        "w:document",
        &[
            ("xmlns:w", super::W),
            ("xmlns:r", super::R),
            ("xmlns:wp", super::WP),
            ("xmlns:a", super::A),
            ("xmlns:pic", super::PIC),
        ],
    );
    writer.xml.open("w:body", &[]);
    for (index, block) in document.blocks.iter().enumerate() {
        let next = document.blocks.get(index + 1);
        writer.block(block, next, pages)?;
    }
    section_properties(&mut writer.xml);
    writer.xml.close("w:body");
    writer.xml.close("w:document");
    Ok(Body {
        part: writer.xml.into_bytes(),
        lists: writer.lists,
        pictures: writer.pictures,
    })
}

struct Writer {
    xml: Xml,
    lists: Lists,
    pictures: Vec<Picture>,
}

impl Writer {
    fn block(
        &mut self,
        block: &Block,
        next: Option<&Block>,
        pages: &Pages,
    ) -> Result<(), PictureError> {
        match block {
            Block::Heading { level, text } => {
                let style = match level {
                    // The heading over the contents is Word's TOC Heading, so it is not
                    // listed in the contents it heads; the paper's title is Word's Title.
                    HeadingLevel::Title if matches!(next, Some(Block::Contents)) => "TOCHeading",
                    HeadingLevel::Title => "Title",
                    HeadingLevel::Section => "Heading1",
                    HeadingLevel::Subsection => "Heading2",
                };
                self.paragraph(Some(style), text, RunLook::default());
            }
            Block::Paragraph { style, text } => match style {
                ParagraphStyle::Body => self.paragraph(None, text, RunLook::default()),
                ParagraphStyle::Strong => self.paragraph(None, text, RunLook::bold(true)),
                ParagraphStyle::Note => self.paragraph(Some(NOTE), text, RunLook::default()),
                ParagraphStyle::Display => {
                    self.paragraph(Some(DISPLAY), text, RunLook::default());
                }
            },
            Block::Bullets(items) => {
                for item in items {
                    self.paragraph(Some("ListBullet"), item, RunLook::default());
                }
            }
            Block::Numbered(items) => self.numbered(items),
            Block::Table(table) => {
                tables::data(&mut self.xml, table);
                self.spacer();
            }
            Block::KeyValues(pairs) => {
                tables::key_values(&mut self.xml, pairs);
                self.spacer();
            }
            Block::Figure(figure) => self.figure(figure)?,
            Block::Contents => self.contents(pages),
            Block::PageBreak => {
                self.xml.open("w:p", &[]);
                self.xml.open("w:r", &[]);
                self.xml.empty("w:br", &[("w:type", "page")]);
                self.xml.close("w:r");
                self.xml.close("w:p");
            }
        }
        Ok(())
    }

    /// A paragraph in `style` (Normal where `None`) holding `text`.
    fn paragraph(&mut self, style: Option<&str>, text: &str, look: RunLook) {
        self.xml.open("w:p", &[]);
        if let Some(style) = style {
            self.xml.open("w:pPr", &[]);
            self.xml.empty("w:pStyle", &[("w:val", style)]);
            self.xml.close("w:pPr");
        }
        if !text.is_empty() {
            runs::run(&mut self.xml, text, look);
        }
        self.xml.close("w:p");
    }

    /// An empty paragraph after a table, for the space the PDF leaves below one (two
    /// tables in a row would otherwise merge into one).
    fn spacer(&mut self) {
        self.xml.open("w:p", &[]);
        self.xml.open("w:pPr", &[]);
        self.xml.empty(
            "w:spacing",
            &[("w:after", "0"), ("w:line", "120"), ("w:lineRule", "exact")],
        );
        self.xml.close("w:pPr");
        self.xml.close("w:p");
    }

    /// A numbered list: counted by Word where the numbers count up within their section,
    /// otherwise the given numbers written before each item, Word's numbering turned off.
    fn numbered(&mut self, items: &[(String, String)]) {
        let numbers: Vec<&str> = items.iter().map(|(number, _)| number.as_str()).collect();
        let numbering = self.lists.numbering_for(&numbers);
        for (number, text) in items {
            self.xml.open("w:p", &[]);
            self.xml.open("w:pPr", &[]);
            self.xml.empty("w:pStyle", &[("w:val", "ListNumber")]);
            self.xml.open("w:numPr", &[]);
            self.xml.empty("w:ilvl", &[("w:val", "0")]);
            let id = numbering.unwrap_or(0).to_string();
            self.xml.empty("w:numId", &[("w:val", &id)]);
            self.xml.close("w:numPr");
            self.xml.close("w:pPr");
            if numbering.is_none() {
                runs::run(&mut self.xml, &format!("{number}\t"), RunLook::default());
            }
            runs::run(&mut self.xml, text, RunLook::default());
            self.xml.close("w:p");
        }
    }

    /// The caption, then the chart beside its text equivalent in a two-column layout
    /// table, as the PDF sets them.
    fn figure(&mut self, figure: &Figure) -> Result<(), PictureError> {
        self.paragraph(Some("Caption"), &figure.caption, RunLook::default());
        let height = crate::report::charts::height(&figure.chart);
        let bytes = pictures::png(&figure.chart, CHART_WIDTH, height)?;
        self.pictures.push(Picture { bytes });
        let number = self.pictures.len();
        let widths = [CHART_WIDTH, CONTENT_WIDTH - CHART_WIDTH];
        tables::start(&mut self.xml, LAYOUT_TABLE, &widths, false);
        self.xml.open("w:tr", &[]);
        self.layout_cell(widths[0]);
        self.xml.open("w:p", &[]);
        pictures::inline(
            &mut self.xml,
            number,
            &Picture::relationship(number),
            &figure.alternative_text(),
            (CHART_WIDTH, height),
        );
        self.xml.close("w:p");
        self.xml.close("w:tc");
        self.layout_cell(widths[1]);
        if figure.description.is_empty() {
            self.paragraph(None, "", RunLook::default());
        }
        for line in &figure.description {
            self.paragraph(None, line, RunLook::default());
        }
        self.xml.close("w:tc");
        self.xml.close("w:tr");
        self.xml.close("w:tbl");
        self.spacer();
        Ok(())
    }

    /// Opens a cell of a layout table, `width` points wide.
    fn layout_cell(&mut self, width: f32) {
        self.xml.open("w:tc", &[]);
        self.xml.open("w:tcPr", &[]);
        self.xml
            .empty("w:tcW", &[("w:w", &twips(width)), ("w:type", "dxa")]);
        self.xml.close("w:tcPr");
    }

    /// The contents: a TOC field over the section headings, marked dirty, its result one
    /// TOC 1 paragraph a section with the page the PDF puts it on.
    fn contents(&mut self, pages: &Pages) {
        let look = RunLook::default();
        let entries: Vec<(&str, String)> = pages
            .bookmarks
            .iter()
            .map(|bookmark| (bookmark.title.as_str(), (bookmark.page + 1).to_string()))
            .collect();
        let last = entries.len().saturating_sub(1);
        let open = |xml: &mut Xml| {
            xml.open("w:p", &[]);
            xml.open("w:pPr", &[]);
            xml.empty("w:pStyle", &[("w:val", "TOC1")]);
            xml.close("w:pPr");
        };
        if entries.is_empty() {
            open(&mut self.xml);
            runs::field_begin(&mut self.xml, TOC, Dirty::Yes, look);
            runs::field_end(&mut self.xml, look);
            self.xml.close("w:p");
            return;
        }
        for (i, (title, page)) in entries.iter().enumerate() {
            open(&mut self.xml);
            if i == 0 {
                runs::field_begin(&mut self.xml, TOC, Dirty::Yes, look);
            }
            runs::run(&mut self.xml, title, look);
            runs::tab(&mut self.xml, look);
            runs::run(&mut self.xml, page, look);
            if i == last {
                runs::field_end(&mut self.xml, look);
            }
            self.xml.close("w:p");
        }
    }
}

/// The contents field: the headings of outline level 1, the sections, as the PDF's contents
/// lists them (`\o "1-1"`), each a link to its heading (`\h`).
const TOC: &str = "TOC \\o \"1-1\" \\h \\z \\u";

/// A4, with the PDF's margins and the header and footer.
fn section_properties(xml: &mut Xml) {
    let area = ContentBox::A4;
    xml.open("w:sectPr", &[]);
    xml.empty(
        "w:headerReference",
        &[("w:type", "default"), ("r:id", HEADER)],
    );
    xml.empty(
        "w:footerReference",
        &[("w:type", "default"), ("r:id", FOOTER)],
    );
    xml.empty(
        "w:pgSz",
        &[("w:w", &twips(PAGE_WIDTH)), ("w:h", &twips(PAGE_HEIGHT))],
    );
    xml.empty(
        "w:pgMar",
        &[
            ("w:top", &twips(area.top)),
            ("w:right", &twips(PAGE_WIDTH - area.right)),
            ("w:bottom", &twips(PAGE_HEIGHT - area.bottom)),
            ("w:left", &twips(area.left)),
            ("w:header", &twips(super::HEADER_DISTANCE)),
            ("w:footer", &twips(super::FOOTER_DISTANCE)),
            ("w:gutter", "0"),
        ],
    );
    xml.close("w:sectPr");
}
