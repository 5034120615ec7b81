//! The save file: a [`Case`] written as RON, readable and diffable because two forces email
//! it to each other and sometimes edit it by hand.
//!
//! Every file carries `format_version`. Loading reads the version first: the current version
//! loads directly; an older one is brought up to date by [`MIGRATIONS`]; a newer one is refused
//! with a message saying so, rather than silently dropping what this build does not know.
//! Missing fields take their defaults, so adding a field never breaks old files; unknown
//! fields and keys written twice load with a warning that says where they are and what the
//! next save will drop. A file in UTF-16 or with a byte-order mark is read ([`decode`]), and a
//! file that cannot be read says why in plain words with the parser's own words as a detail
//! ([`messages`]). Saving is atomic ([`write`]) and never writes over a file of another kind
//! ([`target`]).

mod decode;
pub mod lock;
mod messages;
mod scan;
mod stamp;
pub mod sync_copies;
mod target;
mod write;

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use super::Case;

pub use decode::{Encoding, NotText};
pub use scan::Position;
pub use stamp::{OnDisk, Stamp, compare};
pub use target::{Refusal, check_case_target, existing_head, has_extension, same_file};
pub use write::{STALE_AFTER, remove_stale_temporaries, write_atomically};

/// The format this build writes. Bump it, and add a migration, when a change would make an
/// older file load wrongly (a renamed or re-typed field, a field whose meaning changes);
/// adding a field needs neither.
///
/// - 1: the first format; one set of finance lines, for the preferred option.
/// - 2: each option has its own finance lines, with optimism bias by category; business as
///   usual is the baseline. See [`v1`].
/// - 3: any text may hold live figures, and forces have stable ids for them to name. See
///   [`v2_figures`].
pub const FORMAT_VERSION: u32 = 3;

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
pub const MIGRATIONS: &[Migration] = &[v1::upgrade, v2_figures::upgrade];

mod legacy_records;
mod v1;
mod v2_figures;

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
    /// The file is not text: a Word document, a PDF, a picture; names the file.
    #[error("could not read {}: {}", .path.display(), .kind.reason())]
    NotText {
        /// The file.
        path: PathBuf,
        /// What it is instead.
        kind: NotText,
    },
    /// The file holds nothing.
    #[error(
        "the file is empty: it may have been cut short when it was copied or saved. Open an earlier copy, or the autosaved copy Casewright offers when it starts"
    )]
    Empty,
    /// The text is not a valid case; says where, what is wrong and what to do, with the
    /// parser's own words as a detail line.
    #[error("line {line}, column {column}: {message}\n  The file reader said: {detail}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What went wrong and what to do, in plain words.
        message: String,
        /// What the RON parser said, e.g. "Integer is out of bounds".
        detail: String,
    },
    /// The file has no `format_version`, so it is probably not a Casewright case.
    #[error(
        "this does not look like a Casewright case: it has no format_version. Open the .ron file that Casewright saved"
    )]
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
    /// The file chosen to save to is of another kind (a PDF, a letter).
    #[error(transparent)]
    Refused(#[from] Refusal),
    /// Someone else saved the file after this copy of Casewright last read or wrote it, so
    /// saving now would replace their work without a word ([`save_guarded`]).
    #[error(
        "someone else saved this file after you opened it; nothing was written, so their version is as they left it"
    )]
    ChangedOnDisk {
        /// What is in the file now.
        theirs: Stamp,
    },
}

impl StorageError {
    /// Whether the message already names the file, so a caller must not name it again.
    pub fn names_the_file(&self) -> bool {
        matches!(
            self,
            StorageError::Io(_) | StorageError::NotText { .. } | StorageError::Refused(_)
        )
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
            ErrorKind::NotFound => {
                "its folder is not there (moved or deleted, a USB drive taken out, or the network connection lost)"
            }
            ErrorKind::PermissionDenied => match self.action {
                FileAction::Read => "you do not have permission to open it",
                FileAction::Write => "you do not have permission to save in its folder",
                FileAction::Replace => {
                    "it is read-only, or held open by another program (a sync client such as OneDrive or Dropbox, or a colleague's copy on a shared drive), or you do not have permission to change it"
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
            ErrorKind::AlreadyExists => "a file of that name appeared while saving; try again",
            ErrorKind::CrossesDevices => "the file could not be moved into place on that drive",
            ErrorKind::ExecutableFileBusy => "it is in use by a running program",
            ErrorKind::Interrupted | ErrorKind::WouldBlock => "the system was busy; try again",
            ErrorKind::TimedOut
            | ErrorKind::NetworkDown
            | ErrorKind::NetworkUnreachable
            | ErrorKind::HostUnreachable
            | ErrorKind::ConnectionReset
            | ErrorKind::ConnectionAborted
            | ErrorKind::NotConnected
            | ErrorKind::BrokenPipe
            | ErrorKind::StaleNetworkFileHandle => {
                "the network drive could not be reached; check the connection and try again"
            }
            ErrorKind::OutOfMemory => {
                "the computer ran out of memory; close some programs and try again"
            }
            ErrorKind::UnexpectedEof => {
                "the file ended while it was being read; it may still be copying"
            }
            ErrorKind::WriteZero => "the drive stopped accepting data; it may be full or removed",
            ErrorKind::Unsupported => "the drive does not allow it",
            ErrorKind::TooManyLinks => "its path goes round in a loop of links",
            ErrorKind::DirectoryNotEmpty => "a folder of that name is in the way",
            _ => "the system would not allow it",
        };
        reason.to_owned()
    }

    /// The system's own words, for a detail line: without the temporary file's name, which
    /// means nothing to the user. `None` when [`FileError::reason`] says all there is.
    pub fn detail(&self) -> Option<String> {
        let words = match self.cause.raw_os_error() {
            Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
            None => self.cause.to_string(),
        };
        let words = match words.find(" at path ") {
            Some(cut) => words[..cut].to_owned(),
            None => words,
        };
        let plain = self.reason();
        (plain == "the system would not allow it").then_some(words)
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
        )?;
        if let Some(detail) = self.detail() {
            write!(f, "\n  The system said: {detail}")?;
        }
        Ok(())
    }
}

impl std::error::Error for FileError {}

/// Something about a file that loaded, which the user should know before the next save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadWarning {
    /// Where in the file, if known.
    pub position: Option<Position>,
    /// What happened and what it means, in plain words.
    pub message: String,
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(Position { line, column }) = self.position {
            write!(f, "line {line}, column {column}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// A case read from a file, with what the user should know about how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The case, normalised.
    pub case: Case,
    /// Keys written twice, fields Casewright does not know, characters taken out, an
    /// unusual encoding: everything the next save will write differently, in file order.
    pub warnings: Vec<LoadWarning>,
}

/// A RON parse error as a [`StorageError::Syntax`], in plain words for `text`.
fn syntax(error: ron::error::SpannedError, text: &str) -> StorageError {
    let ron::error::SpannedError { code, span } = error;
    let (line, column) = (span.start.line, span.start.col);
    let at = messages::offset_of(text, line, column);
    let message = match &code {
        ron::error::Error::ExpectedNamedStructLike(_)
        | ron::error::Error::ExpectedStructLike
        | ron::error::Error::ExpectedDifferentStructName { .. }
            if text[..at].trim().is_empty() =>
        {
            messages::not_a_case(text)
        }
        _ => messages::plain(&code, text, at),
    };
    StorageError::Syntax {
        line,
        column,
        message,
        detail: code.to_string(),
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
    read_case(text).map(|loaded| loaded.case)
}

/// Reads a case from RON text, with warnings about what the next save will change.
pub fn read_case(text: &str) -> Result<Loaded, StorageError> {
    if text.trim().is_empty() {
        return Err(StorageError::Empty);
    }
    let shape = scan::scan(text).unwrap_or_default();
    let mut warnings = Vec::new();
    // A key written twice: the last one is kept (as a map keeps it), so the earlier entry is
    // blanked out, which leaves every line and column where it was.
    let mut kept = text.to_owned();
    for duplicate in &shape.duplicates {
        blank(&mut kept, duplicate.first_entry.clone());
        warnings.push(LoadWarning {
            position: Some(duplicate.again),
            message: format!(
                "`{}` is written twice (first at line {}, column {}); Casewright keeps this one, and the first will be dropped at the next save",
                duplicate.path, duplicate.first.line, duplicate.first.column
            ),
        });
    }
    let text = kept.as_str();
    let options = ron_options();
    let probe: VersionProbe = options.from_str(text).map_err(|e| syntax(e, text))?;
    let version = probe.format_version.ok_or(StorageError::NotACase)?;
    let mut unknown = Vec::new();
    let mut case: Case = match version {
        0 => return Err(StorageError::UnknownVersion(0)),
        FORMAT_VERSION => {
            let mut deserializer = ron::Deserializer::from_str_with_options(text, &options)
                .map_err(|e| syntax(e, text))?;
            let case = serde_ignored::deserialize(&mut deserializer, |path| {
                unknown.push(path_name(&path));
            })
            .map_err(|e| syntax(deserializer.span_error(e), text))?;
            deserializer
                .end()
                .map_err(|e| syntax(deserializer.span_error(e), text))?;
            case
        }
        older if older < FORMAT_VERSION => {
            let mut case: Case = options.from_str(text).map_err(|e| syntax(e, text))?;
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
    // One set of officers' comments for the whole paper becomes one set per policing body,
    // whatever the file's version (the conversion is idempotent).
    if legacy_records::convert(text, &mut case) {
        unknown.retain(|path| !path.starts_with("sign_off.comments"));
        warnings.push(LoadWarning {
            position: shape.nearest("sign_off.comments"),
            message: legacy_records::NOTICE.to_owned(),
        });
    }
    let known = to_ron(&case).ok().and_then(|text| scan::scan(&text));
    for path in unknown {
        let suggestion = known
            .as_ref()
            .and_then(|known| closest_field(known, &path))
            .map(|field| format!(" Did you mean `{field}`?"))
            .unwrap_or_default();
        warnings.push(LoadWarning {
            position: shape.nearest(&path),
            message: format!(
                "`{path}` is not a field Casewright knows, so what it holds is not shown and will be dropped at the next save.{suggestion}"
            ),
        });
    }
    for change in case.normalise() {
        warnings.push(LoadWarning {
            position: shape.nearest(&change.path),
            message: change.to_string(),
        });
    }
    warnings.sort_by_key(|warning| warning.position);
    Ok(Loaded { case, warnings })
}

/// Replaces the characters in `range` with spaces, keeping line breaks, so every position
/// after it stays where it was.
fn blank(text: &mut String, range: std::ops::Range<usize>) {
    let blanked: String = text[range.clone()]
        .chars()
        .map(|c| if c == '\n' { '\n' } else { ' ' })
        .collect();
    text.replace_range(range, &blanked);
}

/// A path as serde_ignored gives it, written as the scan and `check` write paths:
/// `front_sheet.sumary`, `risks.risks[3].titel`.
fn path_name(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path as P;
    match path {
        P::Root => String::new(),
        P::Seq { parent, index } => format!("{}[{index}]", path_name(parent)),
        P::Map { parent, key } => {
            let parent = path_name(parent);
            if parent.is_empty() {
                key.clone()
            } else {
                format!("{parent}.{key}")
            }
        }
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
            path_name(parent)
        }
    }
}

/// The known field nearest in spelling to an unknown one, if it is close: `summary` for
/// `sumary`.
fn closest_field(known: &scan::Shape, path: &str) -> Option<String> {
    let (parent, name) = match path.rfind('.') {
        Some(cut) => (&path[..cut], &path[cut + 1..]),
        None => ("", path),
    };
    // Rows of a list share their fields: look in the first row of the canonical file.
    let parent = strip_indices(parent);
    let fields: Vec<String> = known
        .keys
        .iter()
        .filter_map(|(key, _)| {
            let key = strip_indices(key);
            let rest = if parent.is_empty() {
                key.clone()
            } else {
                key.strip_prefix(&format!("{parent}."))?.to_owned()
            };
            (!rest.contains('.')).then_some(rest)
        })
        .collect();
    fields
        .into_iter()
        .map(|field| (edit_distance(&field, name), field))
        .filter(|(distance, field)| *distance <= 2.min(field.len() / 3 + 1))
        .min()
        .map(|(_, field)| field)
}

fn strip_indices(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut skipping = false;
    for c in path.chars() {
        match c {
            '[' => skipping = true,
            ']' => skipping = false,
            c if !skipping => out.push(c),
            _ => {}
        }
    }
    out
}

/// Levenshtein distance, for suggesting a field name.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
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
    open(path).map(|loaded| loaded.case)
}

/// Loads a case from a file, with what the user should know about how it was read (see
/// [`Loaded::warnings`]).
pub fn open(path: &Path) -> Result<Loaded, StorageError> {
    open_stamped(path).map(|(loaded, _)| loaded)
}

/// What to tell the user about a file's encoding, if anything: the next save writes UTF-8.
fn encoding_note(encoding: Encoding) -> Option<&'static str> {
    match encoding {
        Encoding::Utf8 | Encoding::Utf8WithMark => None,
        Encoding::Utf16Le | Encoding::Utf16Be => Some(
            "The file is in UTF-16; it was read as it is, and the next save writes it in UTF-8, as Casewright always does",
        ),
        Encoding::Windows1252 => Some(
            "The file is not in UTF-8, so it was read as Windows-1252 (Western European); check that £ signs and accented letters look right. The next save writes UTF-8",
        ),
    }
}

/// The text of a case file, and how it was encoded.
fn read(path: &Path) -> Result<(String, Encoding), StorageError> {
    let bytes = fs::read(path).map_err(|cause| FileError {
        action: FileAction::Read,
        path: path.to_owned(),
        cause,
    })?;
    decode_bytes(path, &bytes)
}

/// The text of a case file's bytes, and how it was encoded.
fn decode_bytes(path: &Path, bytes: &[u8]) -> Result<(String, Encoding), StorageError> {
    decode::decode(bytes)
        .map(|(text, encoding)| (text.into_owned(), encoding))
        .map_err(|kind| StorageError::NotText {
            path: path.to_owned(),
            kind,
        })
}

/// Saves a case atomically: the text goes to a temporary file in the same folder, is flushed
/// to disk, and only then replaces `path`. A crash or a full disk leaves the old file intact.
/// A file of another kind already at `path` (a PDF, a letter) is never replaced.
pub fn save(case: &Case, path: &Path) -> Result<(), StorageError> {
    check_case_target(path)?;
    Ok(write_atomically(path, to_ron(case)?.as_bytes())?)
}

/// Saves a case as [`save`] does, and returns the stamp of what was written, for the next
/// save to compare with ([`save_guarded`]).
pub fn save_stamped(case: &Case, path: &Path) -> Result<Stamp, StorageError> {
    check_case_target(path)?;
    let text = to_ron(case)?;
    write_atomically(path, text.as_bytes())?;
    let modified = fs::metadata(path).and_then(|m| m.modified()).ok();
    Ok(Stamp::of_bytes(text.as_bytes(), modified))
}

/// Saves a case over the file it was read from, unless someone else has written that file
/// since: `known` is what this copy of Casewright last read from or wrote to `path` (`None`
/// for a file it has never had, as after Save As, where the dialog asked about replacing).
/// A changed file is left exactly as it is and [`StorageError::ChangedOnDisk`] says what is
/// there, so the caller can ask whether to keep both or replace theirs. A file that has gone
/// is written again: nobody's version is lost by that.
pub fn save_guarded(
    case: &Case,
    path: &Path,
    known: Option<&Stamp>,
) -> Result<Stamp, StorageError> {
    if known.is_some()
        && let OnDisk::Changed(theirs) = compare(path, known)?
    {
        return Err(StorageError::ChangedOnDisk { theirs });
    }
    save_stamped(case, path)
}

/// Loads a case as [`open`] does, with the stamp of the bytes it was read from, for the next
/// save to compare with ([`save_guarded`]).
pub fn open_stamped(path: &Path) -> Result<(Loaded, Stamp), StorageError> {
    let bytes = fs::read(path).map_err(|cause| FileError {
        action: FileAction::Read,
        path: path.to_owned(),
        cause,
    })?;
    let modified = fs::metadata(path).and_then(|m| m.modified()).ok();
    let stamp = Stamp::of_bytes(&bytes, modified);
    let (text, encoding) = decode_bytes(path, &bytes)?;
    let mut loaded = read_case(&text)?;
    if let Some(note) = encoding_note(encoding) {
        loaded.warnings.insert(
            0,
            LoadWarning {
                position: None,
                message: note.to_owned(),
            },
        );
    }
    Ok((loaded, stamp))
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
    let (text, _) = read(path)?;
    let canonical = canonical_form(&text)?;
    if canonical == text {
        return Ok(Reformatted::Unchanged);
    }
    write_atomically(path, canonical.as_bytes())?;
    Ok(Reformatted::Rewritten)
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
        assert_eq!(
            case.governance.items.len(),
            crate::case::governance::GovernanceItem::ALL.len()
        );
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
                "could not write {}: its folder is not there (moved or deleted, a USB drive taken out, or the network connection lost)",
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
                .ends_with("paper.pdf: it is not a text file, so it cannot be a Casewright case; open the .ron file that Casewright saved"),
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
        fs::write(&path, "(format_version: 1)").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o664)).expect("chmod");
        save(&Case::default(), &path).expect("saves");
        let mode = fs::metadata(&path).expect("metadata").permissions().mode();
        assert_eq!(mode & 0o777, 0o664);
    }
}
