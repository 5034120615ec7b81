//! Where a save or an export may write: never over the case being read, never over a file
//! of another kind.
//!
//! `casewright export case.ron -o ./case.ron` once replaced the case with its own PDF. The
//! same file can be spelt many ways (`./case.ron`, an absolute path, `../folder/case.ron`, a
//! link), so paths are compared as the system resolves them, and the kind of file already
//! at the target is checked from its first bytes, whatever it is called.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::EXTENSION;

/// Why a file may not be written where the user asked.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Refusal {
    /// The target is the case file being exported.
    #[error(
        "{} is the case file itself: writing the PDF there would replace the case. Choose another name for the PDF",
        .0.display()
    )]
    IsTheCase(PathBuf),
    /// A PDF was to be written to a `.ron` name.
    #[error(
        "{} is named as a case file (.ron): Casewright will not write a PDF under that name. Choose a name ending .pdf",
        .0.display()
    )]
    CaseNameForPdf(PathBuf),
    /// A case was to be written to a `.pdf` name.
    #[error(
        "{} is named as a PDF: Casewright will not save a case under that name. Choose a name ending .ron",
        .0.display()
    )]
    PdfNameForCase(PathBuf),
    /// A file of another kind is already there.
    #[error(
        "{} already exists and is not {}: Casewright will not write over it. Choose another name, or move that file first",
        .path.display(),
        .expected.describe()
    )]
    OtherKind {
        /// The target.
        path: PathBuf,
        /// What Casewright would have written.
        expected: Kind,
    },
}

/// The two kinds of file Casewright writes for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A case (`.ron`).
    Case,
    /// The committee paper (`.pdf`).
    Pdf,
}

impl Kind {
    fn describe(self) -> &'static str {
        match self {
            Kind::Case => "a Casewright case",
            Kind::Pdf => "a PDF",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Kind::Case => EXTENSION,
            Kind::Pdf => "pdf",
        }
    }
}

/// Whether a PDF may be written to `output` when exporting the case read from `case_file`.
pub fn check_pdf_target(output: &Path, case_file: Option<&Path>) -> Result<(), Refusal> {
    if case_file.is_some_and(|case| same_file(case, output)) {
        return Err(Refusal::IsTheCase(output.to_owned()));
    }
    if has_extension(output, Kind::Case) {
        return Err(Refusal::CaseNameForPdf(output.to_owned()));
    }
    check_existing(output, Kind::Pdf)
}

/// Whether a case may be saved to `output`.
pub fn check_case_target(output: &Path) -> Result<(), Refusal> {
    if has_extension(output, Kind::Pdf) {
        return Err(Refusal::PdfNameForCase(output.to_owned()));
    }
    check_existing(output, Kind::Case)
}

fn has_extension(path: &Path, kind: Kind) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| extension.eq_ignore_ascii_case(kind.extension()))
}

/// Refuses when a file is already at `path` and is not of `kind` (an empty file holds
/// nothing to lose).
fn check_existing(path: &Path, kind: Kind) -> Result<(), Refusal> {
    let Ok(mut file) = fs::File::open(path) else {
        return Ok(());
    };
    if !file.metadata().is_ok_and(|metadata| metadata.is_file()) {
        // A folder: the write itself will say so.
        return Ok(());
    }
    let mut head = Vec::new();
    if file.by_ref().take(4096).read_to_end(&mut head).is_err() || head.is_empty() {
        return Ok(());
    }
    let fits = match kind {
        Kind::Pdf => head.starts_with(b"%PDF-"),
        Kind::Case => looks_like_a_case(path),
    };
    if fits {
        Ok(())
    } else {
        Err(Refusal::OtherKind {
            path: path.to_owned(),
            expected: kind,
        })
    }
}

/// Whether the file at `path` is a case: text that names a `format_version`, as every file
/// Casewright has written does (a damaged case still counts, so it can be saved over).
fn looks_like_a_case(path: &Path) -> bool {
    fs::read(path).is_ok_and(|bytes| {
        super::decode::decode(&bytes).is_ok_and(|(text, _)| text.contains("format_version"))
    })
}

/// Whether two paths name the same file, however they are spelt: `./case.ron`, an absolute
/// path, `../folder/case.ron` or a link. Compared without regard to case as well, because
/// the file systems of Windows and macOS ignore it.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (fs::metadata(a), fs::metadata(b))
            && a.dev() == b.dev()
            && a.ino() == b.ino()
        {
            return true;
        }
    }
    match (resolved(a), resolved(b)) {
        (Some(a), Some(b)) => {
            a == b || a.to_string_lossy().to_lowercase() == b.to_string_lossy().to_lowercase()
        }
        _ => false,
    }
}

/// A path as the system resolves it; for a file not yet there, its resolved folder and name.
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(real) = fs::canonicalize(path) {
        return Some(real);
    }
    let name = path.file_name()?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    Some(fs::canonicalize(folder).ok()?.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_file_spelt_another_way_is_the_same_file() {
        let folder = tempfile::tempdir().expect("temp dir");
        let sub = folder.path().join("sub");
        fs::create_dir(&sub).expect("mkdir");
        let case = sub.join("case.ron");
        fs::write(&case, "(format_version: 1)").expect("write");
        for other in [
            sub.join(".").join("case.ron"),
            sub.join("..").join("sub").join("case.ron"),
            sub.join("CASE.ron"),
        ] {
            assert!(same_file(&case, &other), "{}", other.display());
        }
        assert!(!same_file(&case, &sub.join("paper.pdf")));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_the_case_is_the_case() {
        let folder = tempfile::tempdir().expect("temp dir");
        let case = folder.path().join("case.ron");
        fs::write(&case, "(format_version: 1)").expect("write");
        let soft = folder.path().join("shortcut.pdf");
        std::os::unix::fs::symlink(&case, &soft).expect("symbolic link");
        let hard = folder.path().join("copy.pdf");
        fs::hard_link(&case, &hard).expect("hard link");
        for link in [soft, hard] {
            assert!(same_file(&case, &link), "{}", link.display());
            assert!(
                check_pdf_target(&link, Some(&case)).is_err(),
                "{}",
                link.display()
            );
        }
    }

    #[test]
    fn a_pdf_is_never_written_over_the_case_or_under_a_case_name() {
        let folder = tempfile::tempdir().expect("temp dir");
        let case = folder.path().join("case.txt");
        fs::write(&case, "(format_version: 1)").expect("write");
        assert!(matches!(
            check_pdf_target(&folder.path().join(".").join("case.txt"), Some(&case)),
            Err(Refusal::IsTheCase(_))
        ));
        assert!(matches!(
            check_pdf_target(&folder.path().join("other.RON"), Some(&case)),
            Err(Refusal::CaseNameForPdf(_))
        ));
        let notes = folder.path().join("notes.docx");
        fs::write(&notes, b"PK\x03\x04 a Word document").expect("write");
        assert!(matches!(
            check_pdf_target(&notes, Some(&case)),
            Err(Refusal::OtherKind { .. })
        ));
        let old_paper = folder.path().join("paper.pdf");
        fs::write(&old_paper, b"%PDF-1.3 an older paper").expect("write");
        assert_eq!(check_pdf_target(&old_paper, Some(&case)), Ok(()));
        assert_eq!(
            check_pdf_target(&folder.path().join("new.pdf"), Some(&case)),
            Ok(())
        );
    }

    #[test]
    fn a_case_is_never_saved_over_a_pdf_or_another_kind_of_file() {
        let folder = tempfile::tempdir().expect("temp dir");
        let paper = folder.path().join("paper.pdf");
        fs::write(&paper, b"%PDF-1.3").expect("write");
        assert!(matches!(
            check_case_target(&paper),
            Err(Refusal::PdfNameForCase(_))
        ));
        let letter = folder.path().join("letter.ron");
        fs::write(&letter, "Dear colleague").expect("write");
        assert!(matches!(
            check_case_target(&letter),
            Err(Refusal::OtherKind { .. })
        ));
        let case = folder.path().join("case.ron");
        fs::write(&case, "(\n    format_version: 1,\n  broken").expect("write");
        assert_eq!(check_case_target(&case), Ok(()));
    }
}
