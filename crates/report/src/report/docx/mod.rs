//! The paper as a Word document (`.docx`), for a committee clerk who builds the agenda
//! pack in the committee's own template.
//!
//! Written from the composed [`Document`], not from the PDF's pages: Word flows the text
//! itself, so what carries over is the structure (headings, lists, tables, figures) in
//! Word's built-in styles, which a template restyles at once. What the PDF fixes on the
//! page comes along as Word has it: the marking and "Page N of M" in the header and footer
//! (with PAGE and NUMPAGES fields), the DRAFT mark as Word's watermark, A4 with the PDF's
//! margins. The layout is still run once, for what only it knows: the page each section
//! starts on (the contents field's result until Word updates it) and the number of pages.
//!
//! By part: [`body`] (`document.xml`), [`tables`], [`pictures`] (charts as PNG),
//! [`margins`] (header and footer), [`styles`], [`numbering`], [`theme`] (and the font
//! table), [`properties`] (core and app properties) and [`package`] (the zip, content types and relationships); [`runs`]
//! and [`xml`] are shared by them. The OOXML is written by hand with quick-xml's escaping:
//! the crates that write Word files either leave out what the paper needs (a repeated
//! header row, alt text, the title and language) or write elements in an order the schema
//! forbids, and a file out of order is one Word offers to "recover". Each part writes its
//! children in the schema's order.

mod body;
mod margins;
mod numbering;
mod package;
mod pictures;
mod properties;
mod runs;
mod styles;
mod tables;
mod theme;
mod xml;

use thiserror::Error;

use crate::palette::Rgb;
use crate::report::document::Document;
use crate::report::page::ContentBox;

/// Why a Word file could not be written: a fault in the writer, never in the case.
#[derive(Debug, Error)]
pub enum DocxError {
    /// A chart could not be drawn as a picture.
    #[error("a chart could not be drawn: {0}")]
    Picture(String),
    /// The parts could not be zipped.
    #[error("the Word package could not be zipped: {0}")]
    Package(#[from] zip::result::ZipError),
}

/// Writes `document` as the bytes of a `.docx` file.
pub fn write(document: &Document) -> Result<Vec<u8>, DocxError> {
    let pages = crate::report::layout::lay_out(document);
    let body =
        body::write(document, &pages).map_err(|error| DocxError::Picture(error.to_string()))?;
    let parts = package::Parts {
        document: body.part,
        styles: styles::part(),
        numbering: body.lists.part(),
        header: margins::header(document),
        footer: margins::footer(document, pages.pages.len()),
        core: properties::core(&document.metadata),
        app: properties::app(&document.metadata),
        pictures: body.pictures,
    };
    Ok(package::zip(&parts)?)
}

/// A chart drawn as a PNG, placed in the body and stored in `word/media/`.
struct Picture {
    bytes: Vec<u8>,
}

impl Picture {
    /// The relationship id of picture `number` (from 1).
    fn relationship(number: usize) -> String {
        format!("rIdFigure{number}")
    }

    /// The file name of picture `number` in `word/media/`.
    fn file_name(number: usize) -> String {
        format!("figure{number}.png")
    }
}

/// The main WordprocessingML namespace.
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// Relationships, for the ids that link a part to another.
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/// Drawing placement in a Word document.
const WP: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
/// DrawingML.
const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
/// DrawingML pictures.
const PIC: &str = "http://schemas.openxmlformats.org/drawingml/2006/picture";

/// The font the styles name: Arial, which Liberation Sans (the PDF's) matches metric for
/// metric, so a clerk's Word sets the text as wide as the PDF does, and LibreOffice draws it
/// with Liberation Sans.
const FONT: &str = "Arial";
/// The language of the text, on the document defaults.
const LANGUAGE: &str = "en-GB";
/// The width between the margins, in points.
const CONTENT_WIDTH: f32 = ContentBox::A4.right - ContentBox::A4.left;
/// From the top of the page to the header's marking, in points (the PDF's marking sits on
/// a baseline 36 points down).
const HEADER_DISTANCE: f32 = 26.0;
/// From the bottom of the page to the footer's marking, in points.
const FOOTER_DISTANCE: f32 = 18.0;

/// Points as twentieths of a point, Word's usual unit.
fn twips(points: f32) -> String {
    ((points * 20.0).round() as i64).to_string()
}

/// Points as half-points, Word's unit for type sizes.
fn half_points(points: f32) -> String {
    ((points * 2.0).round() as i64).to_string()
}

/// A colour as Word writes it: six hex digits.
fn hex(color: Rgb) -> String {
    format!("{:02X}{:02X}{:02X}", color.0, color.1, color.2)
}
