//! The save file: a [`Case`] written as RON, readable and diffable because two forces email
//! it to each other and sometimes edit it by hand.
//!
//! Every file carries `format_version`. Loading reads the version first: the current version
//! loads directly; an older one is brought up to date by [`MIGRATIONS`]; a newer one is refused
//! with a message saying so, rather than silently dropping what this build does not know.
//! Unknown fields are ignored and missing fields take their defaults, so adding a field never
//! breaks old files. Saving is atomic: a temporary file in the same folder, then a rename.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use super::Case;

/// The format this build writes. Bump it, and add a migration, when a change would make an
/// older file load wrongly (a renamed or re-typed field, a field whose meaning changes);
/// adding a field needs neither.
///
/// - 1: the first format; one set of finance lines, for the preferred option.
/// - 2: each option has its own finance lines, with optimism bias by category; business as
///   usual is the baseline. See [`v1`].
pub const FORMAT_VERSION: u32 = 2;

/// A migration from one format version to the next. The case has already been read from the
/// file by the current model, which ignores fields it no longer has and gives fields it lacks
/// their defaults; the migration reads what changed from the file's `text`, in the old
/// version's own shape, and moves it into the case.
///
/// Migrations are typed rather than applied to a generic RON value because a RON value keeps
/// no enum variant names (`kind: Cost` reads back as `kind: ()`), so it cannot carry a case
/// from one shape to another.
pub type Migration = fn(text: &str, case: &mut Case) -> Result<(), StorageError>;

/// `MIGRATIONS[n]` turns a version `n + 1` case into version `n + 2`.
pub const MIGRATIONS: &[Migration] = &[v1::upgrade];

mod v1;

/// The file extension for cases.
pub const EXTENSION: &str = "ron";

/// Why a case could not be loaded or saved. Each message says what failed once, in words a
/// collaboration lead can act on; a caller that knows the file and shows it beside a
/// message that does not name it ([`StorageError::names_the_file`]) should not add it again.
#[derive(Debug, Error)]
pub enum StorageError {
    /// The file could not be read or written; names the file.
    #[error(transparent)]
    Io(#[from] FileError),
    /// The text is not a valid case; says where and what was expected.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What went wrong, e.g. "Expected ..." from the RON parser.
        message: String,
    },
    /// The file has no `format_version`, so it is probably not a Casewright case.
    #[error("this does not look like a Casewright case: it has no format_version")]
    NotACase,
    /// The file was written by a newer Casewright.
    #[error(
        "this file was saved by a newer Casewright (format {found}; this one reads up to format {supported}): update Casewright to open it"
    )]
    NewerVersion {
        /// The file's version.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// Version 0 or some other version there has never been.
    #[error("format_version {0} is not a version Casewright has ever written")]
    UnknownVersion(u32),
    /// An older file could not be brought up to date after its migrations ran.
    #[error("could not bring this file up to date from format {from}: {message}")]
    Upgrade {
        /// The file's version.
        from: u32,
        /// What the typed load said about the migrated file.
        message: String,
    },
    /// The case could not be turned into text (should not happen for a valid case).
    #[error("could not write the case as text: {0}")]
    Serialise(String),
}

impl StorageError {
    /// Whether the message already names the file, so a caller must not name it again.
    pub fn names_the_file(&self) -> bool {
        matches!(self, StorageError::Io(_))
    }
}

/// What was being done to a file when the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAction {
    /// Reading a case.
    Read,
    /// Writing a new file, or the temporary file beside the one being replaced.
    Write,
    /// Putting the new file in place of the old one.
    Replace,
}

impl FileAction {
    /// The verb for messages: "could not {verb} {path}".
    fn verb(self) -> &'static str {
        match self {
            FileAction::Read => "read",
            FileAction::Write => "write",
            FileAction::Replace => "replace",
        }
    }
}

/// A file the system would not read or write: which file, and why in plain words.
///
/// The message carries the reason, so [`std::error::Error::source`] is `None`: a chain of
/// causes would say it twice.
#[derive(Debug)]
pub struct FileError {
    /// What was being done.
    pub action: FileAction,
    /// The file the user chose (not the temporary file beside it).
    pub path: PathBuf,
    /// What the system said.
    pub cause: std::io::Error,
}

impl FileError {
    /// Why the system refused, in words the user can act on; the system's own words when there
    /// are none better.
    pub fn reason(&self) -> String {
        use std::io::ErrorKind;
        let reading = self.action == FileAction::Read;
        let reason = match self.cause.kind() {
            ErrorKind::NotFound if reading => {
                "there is no such file; it may have been moved, renamed or deleted"
            }
            ErrorKind::NotFound => "its folder does not exist",
            ErrorKind::PermissionDenied => match self.action {
                FileAction::Read => "you do not have permission to open it",
                FileAction::Write => "you do not have permission to save in its folder",
                FileAction::Replace => {
                    "it is read-only or open in another program, or you do not have permission to change it"
                }
            },
            ErrorKind::ResourceBusy => "it is open in another program; close it and try again",
            ErrorKind::ReadOnlyFilesystem => "the drive is read-only",
            ErrorKind::StorageFull => "the disk is full",
            ErrorKind::QuotaExceeded => "you have used all of your disk quota",
            ErrorKind::IsADirectory => "it is a folder, not a file",
            ErrorKind::NotADirectory => "part of the path is a file, not a folder",
            ErrorKind::InvalidFilename => "the name is not allowed here",
            ErrorKind::FileTooLarge => "the file is too large",
            ErrorKind::InvalidData if reading => {
                "it is not a text file, so it cannot be a Casewright case"
            }
            _ => return self.cause.to_string(),
        };
        reason.to_owned()
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "could not {} {}: {}",
            self.action.verb(),
            self.path.display(),
            self.reason()
        )
    }
}

impl std::error::Error for FileError {}

impl From<ron::error::SpannedError> for StorageError {
    fn from(error: ron::error::SpannedError) -> Self {
        StorageError::Syntax {
            line: error.span.start.line,
            column: error.span.start.col,
            message: error.code.to_string(),
        }
    }
}

/// Just enough of a file to know which version it is; every other field is ignored.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    format_version: Option<u32>,
}

/// The RON options for reading: optional fields may be written either as `Some(x)` or as a
/// bare `x`, because people editing a file by hand write the latter.
fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Reads a case from RON text.
pub fn from_ron(text: &str) -> Result<Case, StorageError> {
    let options = ron_options();
    let probe: VersionProbe = options.from_str(text)?;
    let version = probe.format_version.ok_or(StorageError::NotACase)?;
    let mut case: Case = match version {
        0 => return Err(StorageError::UnknownVersion(0)),
        FORMAT_VERSION => options.from_str(text)?,
        older if older < FORMAT_VERSION => {
            let mut case: Case = options.from_str(text)?;
            for migration in &MIGRATIONS[(older - 1) as usize..] {
                migration(text, &mut case)?;
            }
            case
        }
        newer => {
            return Err(StorageError::NewerVersion {
                found: newer,
                supported: FORMAT_VERSION,
            });
        }
    };
    case.normalise();
    Ok(case)
}

/// Writes a case as pretty RON: one field per line, multi-line text kept as real lines.
pub fn to_ron(case: &Case) -> Result<String, StorageError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .escape_strings(false)
        .indentor("    ")
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(case, config)
        .map_err(|error| StorageError::Serialise(error.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Loads a case from a file.
pub fn load(path: &Path) -> Result<Case, StorageError> {
    from_ron(&read(path)?)
}

/// The text of a case file.
fn read(path: &Path) -> Result<String, FileError> {
    fs::read_to_string(path).map_err(|cause| FileError {
        action: FileAction::Read,
        path: path.to_owned(),
        cause,
    })
}

/// Saves a case atomically: the text goes to a temporary file in the same folder, is flushed
/// to disk, and only then replaces `path`. A crash or a full disk leaves the old file intact.
pub fn save(case: &Case, path: &Path) -> Result<(), StorageError> {
    Ok(write_atomically(path, to_ron(case)?.as_bytes())?)
}

/// The text `text` is saved as: read through the current model (so an older format is brought
/// up to date and every section normalised) and written back as the app writes it.
pub fn canonical_form(text: &str) -> Result<String, StorageError> {
    to_ron(&from_ron(text)?)
}

/// What [`reformat`] did to a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reformatted {
    /// The file was already in canonical form and was not touched.
    Unchanged,
    /// The file was rewritten in canonical form.
    Rewritten,
}

/// Rewrites a case file in [`canonical_form`], atomically, as `casewright fmt` does; a file
/// already in that form is left untouched (not even its modification time changes).
pub fn reformat(path: &Path) -> Result<Reformatted, StorageError> {
    let text = read(path)?;
    let canonical = canonical_form(&text)?;
    if canonical == text {
        return Ok(Reformatted::Unchanged);
    }
    write_atomically(path, canonical.as_bytes())?;
    Ok(Reformatted::Rewritten)
}

/// Writes bytes to `path` atomically (temporary file in the same folder, then rename). Shared
/// by saves, autosaves and PDF export so none of them can leave a half-written file. A file
/// that is replaced keeps its permissions, so rewriting a case shared with colleagues does
/// not lock them out of it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let failed = |action, cause| FileError {
        action,
        path: path.to_owned(),
        cause,
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".casewright-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(|cause| failed(FileAction::Write, cause))?;
    temporary
        .write_all(bytes)
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(|cause| failed(FileAction::Write, cause))?;
    let existing = fs::metadata(path).ok();
    #[cfg(unix)]
    if let Some(existing) = &existing {
        temporary
            .as_file()
            .set_permissions(existing.permissions())
            .map_err(|cause| failed(FileAction::Write, cause))?;
    }
    let action = if existing.is_some() {
        FileAction::Replace
    } else {
        FileAction::Write
    };
    temporary
        .persist(path)
        .map_err(|error| failed(action, error.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::realistic_case;

    /// How many times `needle` appears in `haystack`.
    fn count(haystack: &str, needle: &str) -> usize {
        haystack.matches(needle).count()
    }

    #[test]
    fn a_new_case_round_trips() {
        let case = Case::default();
        let text = to_ron(&case).expect("serialises");
        assert_eq!(from_ron(&text).expect("loads"), case);
    }

    #[test]
    fn versions_are_checked_before_anything_else() {
        assert!(matches!(
            from_ron("(format_version: 99)"),
            Err(StorageError::NewerVersion { found: 99, .. })
        ));
        assert!(matches!(
            from_ron("(format_version: 0)"),
            Err(StorageError::UnknownVersion(0))
        ));
        assert!(matches!(
            from_ron("(front_sheet: ())"),
            Err(StorageError::NotACase)
        ));
    }

    #[test]
    fn optional_fields_may_be_written_with_or_without_some() {
        let bare = from_ron("(format_version: 2, front_sheet: (meeting_date: \"2026-03-04\"))")
            .expect("bare");
        let wrapped =
            from_ron("(format_version: 2, front_sheet: (meeting_date: Some(\"2026-03-04\")))")
                .expect("wrapped");
        assert_eq!(bare, wrapped);
        assert!(bare.front_sheet.meeting_date.is_some());
    }

    #[test]
    fn missing_sections_take_defaults_and_are_normalised() {
        let case = from_ron("(format_version: 1)").expect("loads");
        assert_eq!(case.options.appraisals.len(), 8);
        assert_eq!(case.equality.characteristics.len(), 9);
        assert_eq!(case.governance.items.len(), 17);
    }

    #[test]
    fn a_missing_file_is_named_once_with_the_reason_in_plain_words() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("gone.ron");
        let message = load(&path).expect_err("nothing there").to_string();
        assert_eq!(
            message,
            format!(
                "could not read {}: there is no such file; it may have been moved, renamed or deleted",
                path.display()
            )
        );
    }

    #[test]
    fn saving_into_a_missing_folder_says_so_once() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("no such folder").join("case.ron");
        let error = save(&Case::default(), &path).expect_err("no folder");
        assert!(error.names_the_file());
        let message = error.to_string();
        assert_eq!(
            message,
            format!(
                "could not write {}: its folder does not exist",
                path.display()
            )
        );
        assert_eq!(count(&message, "case.ron"), 1, "{message}");
    }

    #[test]
    fn a_file_that_is_not_text_says_so() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("paper.pdf");
        fs::write(&path, [0x25, 0x50, 0x44, 0x46, 0xff, 0xfe, 0x00]).expect("write");
        let error = load(&path).expect_err("not text");
        assert!(
            error
                .to_string()
                .ends_with("paper.pdf: it is not a text file, so it cannot be a Casewright case"),
            "{error}"
        );
    }

    #[test]
    fn messages_that_do_not_name_the_file_say_so() {
        let syntax = from_ron("(format_version: 1, front_sheet: (title: 12))").expect_err("bad");
        assert!(!syntax.names_the_file());
        assert!(syntax.to_string().starts_with("line 1, column"), "{syntax}");
        assert_eq!(
            from_ron("(format_version: 7)")
                .expect_err("newer")
                .to_string(),
            format!(
                "this file was saved by a newer Casewright (format 7; this one reads up to format {FORMAT_VERSION}): update Casewright to open it"
            )
        );
    }

    #[test]
    fn reformat_rewrites_a_hand_written_file_once_and_then_leaves_it_alone() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("case.ron");
        let case = realistic_case();
        let compact = ron::to_string(&case).expect("serialises");
        fs::write(&path, &compact).expect("write");
        assert_eq!(reformat(&path).expect("reformats"), Reformatted::Rewritten);
        let text = fs::read_to_string(&path).expect("read back");
        assert_eq!(text, to_ron(&case).expect("serialises"));
        assert_eq!(load(&path).expect("loads"), case);
        assert_eq!(reformat(&path).expect("reformats"), Reformatted::Unchanged);
    }

    #[test]
    fn reformat_fills_in_missing_sections() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("sparse.ron");
        fs::write(&path, format!("(format_version: {FORMAT_VERSION})")).expect("write");
        assert_eq!(reformat(&path).expect("reformats"), Reformatted::Rewritten);
        let mut expected = Case::default();
        expected.normalise();
        assert_eq!(
            fs::read_to_string(&path).expect("read back"),
            to_ron(&expected).expect("serialises")
        );
    }

    #[test]
    fn reformat_leaves_a_broken_file_as_it_was() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("broken.ron");
        let broken = "(\n    format_version: 1,\n    front_sheet: (title: 12\n";
        fs::write(&path, broken).expect("write");
        let error = reformat(&path).expect_err("broken");
        assert!(error.to_string().starts_with("line 3, column"), "{error}");
        assert_eq!(fs::read_to_string(&path).expect("read back"), broken);
    }

    #[cfg(unix)]
    #[test]
    fn replacing_a_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("shared.ron");
        fs::write(&path, "old").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o664)).expect("chmod");
        save(&Case::default(), &path).expect("saves");
        let mode = fs::metadata(&path).expect("metadata").permissions().mode();
        assert_eq!(mode & 0o777, 0o664);
    }
}
