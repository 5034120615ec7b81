//! The figures as a workbook a finance officer can audit: the settings as named input cells,
//! each option's lines by year in the layout [`crate::case::finance::sheet`] sets (which the
//! importer reads back), and sheets that compute the appraisal, the cash view and each force's
//! position with live formulas over them.
//!
//! Every formula also stores the value Casewright computed for it, so the workbook shows the
//! paper's figures before anything recalculates (LibreOffice does not recalculate on load by
//! default). Where a formula cannot express a figure to the penny (the split between the
//! forces by the largest-remainder method), the sheet holds Casewright's values and says so. Pounds are formatted as the paper formats
//! them, negatives in brackets; input cells are coloured; the calculation sheets are protected
//! without a password, so a slip does not overwrite a formula and anyone can unprotect them.

mod appraisal;
mod book;
mod cash;
mod forces;
mod inputs;
mod lines;
mod sensitivity;
mod style;

use rust_xlsxwriter::{Workbook, XlsxError};
use thiserror::Error;

use crate::case::Case;
use crate::case::finance::FinanceError;

pub use book::{SHEET_APPRAISAL, SHEET_CASH, SHEET_FORCES, SHEET_INPUTS, SHEET_SENSITIVITY};
pub use lines::sheet_name;
pub use sensitivity::NO_OWN_COSTS;

/// Why the workbook could not be written.
#[derive(Debug, Error)]
pub enum WorkbookError {
    /// The figures cannot be added up (only a hostile file gets here; validation says so).
    #[error("the figures cannot be worked out: {0}")]
    Figures(#[from] FinanceError),
    /// The workbook library refused something Casewright asked of it.
    #[error("the workbook could not be built: {0}")]
    Writer(#[from] XlsxError),
}

/// The workbook of `case`'s figures, as the bytes of an .xlsx file.
pub fn write(case: &Case) -> Result<Vec<u8>, WorkbookError> {
    let mut workbook = Workbook::new();
    let book = book::Book::new(case)?;
    inputs::write(&book, &mut workbook)?;
    for kind in &book.options {
        lines::write(&book, *kind, &mut workbook)?;
    }
    let layout = appraisal::write(&book, &mut workbook)?;
    sensitivity::write(&book, &layout, &mut workbook)?;
    forces::write(&book, &mut workbook)?;
    cash::write(&book, &mut workbook)?;
    Ok(workbook.save_to_buffer()?)
}

/// A blank workbook of one option's lines in the layout the importer reads: the headers for
/// `case`'s appraisal years and no lines, for a user to fill in.
pub fn template(
    case: &Case,
    kind: crate::case::options::OptionKind,
) -> Result<Vec<u8>, WorkbookError> {
    let mut workbook = Workbook::new();
    let book = book::Book::new(case)?;
    lines::write_lines(&book, kind, &[], &mut workbook)?;
    Ok(workbook.save_to_buffer()?)
}
