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
/// older file load wrongly (a renamed or re-typed field); adding a field needs neither.
pub const FORMAT_VERSION: u32 = 1;

/// A migration from one format version to the next, applied to the file as a generic RON
/// value so it can rename or reshape fields before the typed load.
pub type Migration = fn(&mut ron::Value);

/// `MIGRATIONS[n]` turns a version `n + 1` file into version `n + 2`. Empty while version 1
/// is the only format there has been.
pub const MIGRATIONS: &[Migration] = &[];

/// The file extension for cases.
pub const EXTENSION: &str = "ron";

/// Why a case could not be loaded or saved.
#[derive(Debug, Error)]
pub enum StorageError {
    /// The file could not be read or written.
    #[error("could not {action} {path}: {source}")]
    Io {
        /// "read", "write" or "replace".
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
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
    #[error("this file has no format_version, so it does not look like a Casewright case")]
    NotACase,
    /// The file was written by a newer Casewright.
    #[error(
        "this file was saved by a newer version of Casewright (format {found}; this version reads up to {supported}). Update Casewright to open it."
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
    /// The case could not be turned into text (should not happen for a valid case).
    #[error("could not write the case as text: {0}")]
    Serialise(String),
}

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
            let mut value: ron::Value = options.from_str(text)?;
            for migration in &MIGRATIONS[(older - 1) as usize..] {
                migration(&mut value);
            }
            value.into_rust().map_err(|error| StorageError::Syntax {
                line: 0,
                column: 0,
                message: format!("after upgrading from format {older}: {error}"),
            })?
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
    let text = fs::read_to_string(path).map_err(|source| StorageError::Io {
        action: "read",
        path: path.to_owned(),
        source,
    })?;
    from_ron(&text)
}

/// Saves a case atomically: the text goes to a temporary file in the same folder, is flushed
/// to disk, and only then replaces `path`. A crash or a full disk leaves the old file intact.
pub fn save(case: &Case, path: &Path) -> Result<(), StorageError> {
    write_atomically(path, to_ron(case)?.as_bytes())
}

/// Writes bytes to `path` atomically (temporary file in the same folder, then rename). Shared
/// by saves, autosaves and PDF export so none of them can leave a half-written file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let io_error = |action, source| StorageError::Io {
        action,
        path: path.to_owned(),
        source,
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".casewright-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(|source| io_error("write", source))?;
    temporary
        .write_all(bytes)
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(|source| io_error("write", source))?;
    temporary
        .persist(path)
        .map_err(|error| io_error("replace", error.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let bare = from_ron("(format_version: 1, front_sheet: (meeting_date: \"2026-03-04\"))")
            .expect("bare");
        let wrapped =
            from_ron("(format_version: 1, front_sheet: (meeting_date: Some(\"2026-03-04\")))")
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
}
