//! The committee paper: case → document → pages → PDF.
//!
//! Three steps, each testable alone: [`compose`] decides what the paper says (sections,
//! paragraphs, tables, charts) from a [`Case`]; [`layout`] decides where every line goes on
//! A4 pages, with the real font metrics; [`pdf`] writes those pages with printpdf. The page
//! model ([`page`]) knows nothing of PDF, so the app can draw the same pages as a preview;
//! beside it, the layout builds the paper's logical [`structure`], which the PDF writer turns
//! into tags for screen readers.

pub mod charts;
pub mod checks;
pub mod compose;
pub mod document;
pub mod layout;
pub mod page;
pub mod pdf;
pub mod structure;
pub mod text;

use std::path::Path;

use thiserror::Error;

use crate::case::Case;
use crate::case::storage::{self, FileError};

pub use document::Document;
pub use page::Pages;

/// Why a paper could not be produced or saved.
#[derive(Debug, Error)]
pub enum ReportError {
    /// A bundled font could not be subset (a bug, not something the user can fix).
    #[error(
        "could not prepare the font {face} for the PDF (a fault in Casewright, not in the case; please report it): {reason}"
    )]
    Font {
        /// The face's name.
        face: &'static str,
        /// What the subsetter said.
        reason: String,
    },
    /// The PDF could not be assembled (a bug, not something the user can fix).
    #[error(
        "could not assemble the PDF (a fault in Casewright, not in the case; please report it): {0}"
    )]
    Pdf(String),
    /// The PDF could not be written to the chosen file; the message names the file and says
    /// why, once.
    #[error(transparent)]
    Write(#[from] FileError),
    /// The chosen file is of another kind (a case, a Word document): never written over.
    #[error(transparent)]
    Refused(#[from] storage::Refusal),
}

/// The paper as pages, for a preview or for checks: compose and lay out, without the PDF.
pub fn pages(case: &Case) -> Pages {
    layout::lay_out(&compose::compose(case))
}

/// The paper as PDF bytes.
pub fn export_pdf(case: &Case) -> Result<Vec<u8>, ReportError> {
    let document = compose::compose(case);
    let pages = layout::lay_out(&document);
    pdf::write(&pages, &document.metadata)
}

/// Writes the paper to `path` atomically: a failed export never leaves a half-written file
/// in place of an earlier good one, and a `.ron` name or a file that is not a PDF is never
/// written over (callers that know the case's own file check that too, with
/// [`storage::check_pdf_target`]).
pub fn export_to_file(case: &Case, path: &Path) -> Result<(), ReportError> {
    storage::check_pdf_target(path, None)?;
    let bytes = export_pdf(case)?;
    Ok(storage::write_atomically(path, &bytes)?)
}
