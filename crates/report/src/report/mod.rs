//! The committee paper: case → document → pages → PDF, and document → Word.
//!
//! Three steps, each testable alone: [`compose`] decides what the paper says (sections,
//! paragraphs, tables, charts) from a [`Case`]; [`layout`] decides where every line goes on
//! A4 pages, with the real font metrics; [`pdf`] writes those pages with printpdf, [`docx`]
//! writes the document as a Word file that flows, and [`export()`] is the one way any format
//! reaches a file. The page
//! model ([`page`]) knows nothing of PDF, so the app can draw the same pages as a preview;
//! beside it, the layout builds the paper's logical [`structure`], which the PDF writer turns
//! into tags for screen readers.

pub mod charts;
pub mod checks;
pub mod compose;
pub mod document;
pub mod docx;
pub mod export;
pub mod layout;
pub mod page;
pub mod pdf;
pub mod structure;
pub mod text;
pub mod words;
pub mod xlsx;

use crate::case::Case;

pub use document::Document;
pub use export::{ExportError, Format, export};
pub use page::Pages;

/// The paper as pages, for a preview or for checks: compose and lay out, without a writer.
pub fn pages(case: &Case) -> Pages {
    layout::lay_out(&compose::compose(case))
}

/// The paper of `case` laid out as [`pages`] does, measuring again only the tables that
/// changed since the layout `memo` remembers: what the preview's layout thread calls after
/// each edit.
pub fn pages_remembering(case: &Case, memo: &mut layout::Memo) -> Pages {
    layout::lay_out_remembering(compose::compose(case), memo)
}

/// The paper as PDF bytes: what the tests and benchmarks compare (an export to a file goes
/// through [`export()`]).
pub fn export_pdf(case: &Case) -> Result<Vec<u8>, ExportError> {
    Format::Pdf.render(case)
}
