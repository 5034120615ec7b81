//! Where a case may be saved: never over a file of another kind; and how any writer tells
//! one file from another (the same file spelt two ways, what kind of file is already there),
//! which the export's rules (`report::export`) use too.
//!
//! `casewright export case.ron -o ./case.ron` once replaced the case with its own PDF. The
//! same file can be spelt many ways (`./case.ron`, an absolute path, `../folder/case.ron`, a
//! link), so paths are compared as the system resolves them, and the kind of file already
//! at the target is checked from its first bytes, whatever it is called.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use thiserror::Error;

/// Why a case may not be saved where the user asked.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Refusal {
    /// A case was to be written to a `.pdf` name.
    #[error(
        "{} is named as a PDF: Casewright will not save a case under that name. Choose a name ending .ron",
        .0.display()
    )]
    PdfNameForCase(PathBuf),
    /// A file that is not a case is already there.
    #[error(
        "{} already exists and is not a Casewright case: Casewright will not write over it. Choose another name, or move that file first",
        .0.display()
    )]
    OtherKind(PathBuf),
}

/// Whether a case may be saved to `output`. (Where an export may write is the report's
/// rule: `report::export::check_target`.)
pub fn check_case_target(output: &Path) -> Result<(), Refusal> {
    if has_extension(output, "pdf") {
        return Err(Refusal::PdfNameForCase(output.to_owned()));
    }
    if existing_head(output).is_some_and(|_| !looks_like_a_case(output)) {
        return Err(Refusal::OtherKind(output.to_owned()));
    }
    Ok(())
}

/// Whether `path`'s extension is `extension`, whatever its case (`.PDF`, `.Ron`).
pub fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension()
        .and_then(|found| found.to_str())
        .is_some_and(|found| found.eq_ignore_ascii_case(extension))
}

/// The first bytes of the file already at `path`, if there is one with something in it to
/// lose (an empty file holds nothing; a folder is left for the write itself to refuse), so
/// a save or an export can tell what kind of file it would replace.
pub fn existing_head(path: &Path) -> Option<Vec<u8>> {
    let mut file = fs::File::open(path).ok()?;
    if !file.metadata().is_ok_and(|metadata| metadata.is_file()) {
        return None;
    }
    let mut head = Vec::new();
    if file.by_ref().take(4096).read_to_end(&mut head).is_err() || head.is_empty() {
        return None;
    }
    Some(head)
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
            Err(Refusal::OtherKind(_))
        ));
        let case = folder.path().join("case.ron");
        fs::write(&case, "(\n    format_version: 1,\n  broken").expect("write");
        assert_eq!(check_case_target(&case), Ok(()));
    }
}
