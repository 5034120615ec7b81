//! Where an export may write, for every format: never over the case being exported however
//! its path is spelt, never under a case's name, only under the format's own extension, and
//! never over a file of another kind.
//!
//! `casewright export case.ron -o ./case.ron` once replaced the case with its own PDF. The
//! same file can be spelt many ways (`./case.ron`, an absolute path, `../folder/case.ron`, a
//! link), so paths are compared as the system resolves them (`storage::same_file`), and the
//! kind of file already at the target is told from its first bytes, whatever it is called.
//! The write itself is `storage::write_atomically`, shared with saves: it keeps a replaced
//! file's permissions and gives a new one the user's usual ones.

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::case::storage::{self, EXTENSION};

use super::Format;

/// Why an export may not be written where the user asked.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Refusal {
    /// The target is the case file being exported.
    #[error(
        "{} is the case file itself: writing the {format} there would replace the case. Choose another name for the {format}",
        .path.display()
    )]
    IsTheCase {
        /// The target.
        path: PathBuf,
        /// What would have been written.
        format: Format,
    },
    /// An export was to be written to a `.ron` name.
    #[error(
        "{} is named as a case file (.ron): Casewright will not write a {format} under that name. Choose a name ending .{}",
        .path.display(),
        .format.extension()
    )]
    CaseName {
        /// The target.
        path: PathBuf,
        /// What would have been written.
        format: Format,
    },
    /// The name ends with another extension than the format's.
    #[error(
        "{} does not end .{}: Casewright will not write a {format} under another kind of name. Choose a name ending .{}",
        .path.display(),
        .format.extension(),
        .format.extension()
    )]
    WrongExtension {
        /// The target.
        path: PathBuf,
        /// What would have been written.
        format: Format,
    },
    /// A file of another kind is already there.
    #[error(
        "{} already exists and is not a {format}: Casewright will not write over it. Choose another name, or move that file first",
        .path.display()
    )]
    OtherKind {
        /// The target.
        path: PathBuf,
        /// What would have been written.
        format: Format,
    },
}

/// Whether `format` may be written to `output` when exporting the case read from
/// `case_file`. A name without an extension is the user's to choose; a name with one must
/// be the format's.
pub fn check_target(
    format: Format,
    output: &Path,
    case_file: Option<&Path>,
) -> Result<(), Refusal> {
    let path = output.to_owned();
    if case_file.is_some_and(|case| storage::same_file(case, output)) {
        return Err(Refusal::IsTheCase { path, format });
    }
    if storage::has_extension(output, EXTENSION) {
        return Err(Refusal::CaseName { path, format });
    }
    if output.extension().is_some() && !storage::has_extension(output, format.extension()) {
        return Err(Refusal::WrongExtension { path, format });
    }
    match storage::existing_head(output) {
        Some(head) if !format.recognises(&head) => Err(Refusal::OtherKind { path, format }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

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
            assert!(
                matches!(
                    check_target(Format::Pdf, &link, Some(&case)),
                    Err(Refusal::IsTheCase { .. })
                ),
                "{}",
                link.display()
            );
        }
    }

    #[test]
    fn an_export_is_never_written_over_the_case_under_a_case_name_or_another_kind() {
        let folder = tempfile::tempdir().expect("temp dir");
        let case = folder.path().join("case.txt");
        fs::write(&case, "(format_version: 1)").expect("write");
        for format in Format::ALL {
            let named = |name: &str| folder.path().join(format!("{name}.{}", format.extension()));
            assert!(matches!(
                check_target(
                    format,
                    &folder.path().join(".").join("case.txt"),
                    Some(&case)
                ),
                Err(Refusal::IsTheCase { .. })
            ));
            assert!(matches!(
                check_target(format, &folder.path().join("other.RON"), Some(&case)),
                Err(Refusal::CaseName { .. })
            ));
            assert!(matches!(
                check_target(format, &folder.path().join("paper.txt"), Some(&case)),
                Err(Refusal::WrongExtension { .. })
            ));
            let notes = named("notes");
            fs::write(&notes, b"Dear colleague, notes of the meeting").expect("write");
            assert!(matches!(
                check_target(format, &notes, Some(&case)),
                Err(Refusal::OtherKind { .. })
            ));
            let old_paper = named("paper");
            fs::write(
                &old_paper,
                format
                    .render(&crate::fixtures::complete_case())
                    .expect("renders"),
            )
            .expect("write");
            assert_eq!(check_target(format, &old_paper, Some(&case)), Ok(()));
            let upper = folder
                .path()
                .join(format!("new.{}", format.extension().to_uppercase()));
            assert_eq!(check_target(format, &upper, Some(&case)), Ok(()));
            assert_eq!(
                check_target(format, &folder.path().join("paper"), Some(&case)),
                Ok(())
            );
        }
    }
}
