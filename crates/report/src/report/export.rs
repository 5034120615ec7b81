//! The one way out of Casewright for a paper: [`export`] a case in a [`Format`] to a file.
//!
//! Every format goes through the same seam: its writer turns the case into bytes (the PDF
//! writer is [`super::pdf`], the Word writer [`super::docx`], the workbook writer
//! [`super::xlsx`]), the rules about where
//! an export may write ([`target`]) are checked once for all of them, and the bytes are put
//! in place atomically by `storage::write_atomically`, as a save is. Only formats that are
//! really written are in [`Format`], so nothing offers the user one that does not work.

mod target;

use std::fmt;
use std::path::Path;

use thiserror::Error;

use crate::case::Case;
use crate::case::storage::{self, FileError};

pub use target::{Refusal, check_target};

/// A kind of file the paper can be exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The committee paper as a tagged PDF.
    Pdf,
    /// The committee paper as a Word document, in Word's own styles, for a committee's
    /// template.
    Docx,
    /// The figures as a workbook a finance officer can audit: the inputs, each option's
    /// lines and the appraisal as live formulas ([`super::xlsx`]).
    Xlsx,
}

impl Format {
    /// Every format Casewright writes, in the order they are offered.
    pub const ALL: [Format; 3] = [Format::Pdf, Format::Docx, Format::Xlsx];

    /// The file name extension, without the dot: what the name must end with.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
        }
    }

    /// The format's short name, as the user knows it ("PDF").
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Docx => "Word",
            Format::Xlsx => "Workbook",
        }
    }

    /// The file a dialog filters for, e.g. "PDF document".
    pub fn document(self) -> &'static str {
        match self {
            Format::Pdf => "PDF document",
            Format::Docx => "Word document",
            Format::Xlsx => "Excel workbook",
        }
    }

    /// The format a file name asks for by its extension (`paper.PDF` is a PDF), if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        Format::ALL
            .into_iter()
            .find(|format| storage::has_extension(path, format.extension()))
    }

    /// The format named `name` (its extension or its name, in any case), for `--format`.
    pub fn parse(name: &str) -> Option<Format> {
        let name = name.trim().trim_start_matches('.');
        Format::ALL.into_iter().find(|format| {
            name.eq_ignore_ascii_case(format.extension())
                || name.eq_ignore_ascii_case(format.name())
        })
    }

    /// The formats' extensions as a list for a message: "pdf, docx".
    pub fn extensions() -> String {
        let names: Vec<&str> = Format::ALL
            .iter()
            .map(|format| format.extension())
            .collect();
        names.join(", ")
    }

    /// Whether `head`, the first bytes of a file, is a file of this format, so an older
    /// export can be replaced and anything else cannot.
    fn recognises(self, head: &[u8]) -> bool {
        match self {
            Format::Pdf => head.starts_with(b"%PDF-"),
            // A zip archive: every Word file and workbook is one (a zip of another kind under a .docx
            // name is the user's own mistake, and replacing it loses nothing of ours).
            Format::Docx | Format::Xlsx => head.starts_with(b"PK\x03\x04"),
        }
    }

    /// The paper of `case` in this format, as the file's bytes.
    pub fn render(self, case: &Case) -> Result<Vec<u8>, ExportError> {
        match self {
            Format::Pdf => {
                let document = super::compose::compose(case);
                let pages = super::layout::lay_out(&document);
                super::pdf::write(&pages, &document.metadata).map_err(|error| ExportError::Fault {
                    format: self,
                    reason: error.to_string(),
                })
            }
            Format::Docx => {
                let document = super::compose::compose(case);
                super::docx::write(&document).map_err(|error| ExportError::Fault {
                    format: self,
                    reason: error.to_string(),
                })
            }
            Format::Xlsx => super::xlsx::write(case).map_err(|error| ExportError::Fault {
                format: self,
                reason: error.to_string(),
            }),
        }
    }
}

impl fmt::Display for Format {
    /// The file as a message names it ("could not make the PDF", "… the Word document").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Pdf => "PDF",
            Format::Docx => "Word document",
            Format::Xlsx => "workbook",
        })
    }
}

/// Why a paper could not be exported, whatever the format.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The writer could not make the file (a bug, not something the user can fix).
    #[error(
        "could not make the {format} (a fault in Casewright, not in the case; please report it): {reason}"
    )]
    Fault {
        /// The format being written.
        format: Format,
        /// What went wrong, in the writer's words.
        reason: String,
    },
    /// The file could not be written; the message names the file and says why, once.
    #[error(transparent)]
    Write(#[from] FileError),
    /// The chosen file may not be written: the case itself, a case's name, the wrong
    /// extension, or a file of another kind.
    #[error(transparent)]
    Refused(#[from] Refusal),
}

/// Exports the paper of `case` as `format` to `path` atomically: a failed export never
/// leaves a half-written file in place of an earlier good one, and [`check_target`]'s rules
/// hold (callers that know the case's own file check that too, before reading it).
pub fn export(case: &Case, format: Format, path: &Path) -> Result<(), ExportError> {
    check_target(format, path, None)?;
    let bytes = format.render(case)?;
    Ok(storage::write_atomically(path, &bytes)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_format_is_known_by_its_extension_or_its_name_in_any_case() {
        assert_eq!(Format::from_path(Path::new("paper.PDF")), Some(Format::Pdf));
        assert_eq!(
            Format::from_path(Path::new("paper.DocX")),
            Some(Format::Docx)
        );
        assert_eq!(Format::from_path(Path::new("paper.doc")), None);
        assert_eq!(Format::from_path(Path::new("paper")), None);
        for name in ["pdf", "PDF", ".pdf", " Pdf "] {
            assert_eq!(Format::parse(name), Some(Format::Pdf), "{name}");
        }
        for name in ["docx", "Word", ".DOCX"] {
            assert_eq!(Format::parse(name), Some(Format::Docx), "{name}");
        }
        assert_eq!(Format::parse("doc"), None);
    }

    #[test]
    fn every_format_offered_really_writes_its_kind_of_file() {
        let case = crate::fixtures::complete_case();
        for format in Format::ALL {
            let bytes = format.render(&case).expect("renders");
            assert!(format.recognises(&bytes), "{format}");
        }
    }
}
