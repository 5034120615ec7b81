//! Putting a file in place without ever leaving half of one: a temporary file beside it,
//! flushed, then renamed over the old one.
//!
//! The file gets the permissions any other program would give it (the user's umask on macOS
//! and Linux, not the owner-only mode temporary files are made with), a file that is
//! replaced keeps its own, and temporary files that an earlier, interrupted save left in the
//! folder are cleared away.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{FileAction, FileError};

/// How temporary files are named: `.casewright-XXXXXX.tmp`, hidden on macOS and Linux.
const PREFIX: &str = ".casewright-";
/// See [`PREFIX`].
const SUFFIX: &str = ".tmp";
/// The random part of the name (tempfile's default length).
const RANDOM_LENGTH: usize = 6;

/// A temporary file untouched for this long belongs to a save that was interrupted (a crash,
/// a machine switched off): no save or export takes anywhere near as long, even on a slow
/// network drive, so removing it cannot disturb one in progress in another window.
pub const STALE_AFTER: Duration = Duration::from_secs(15 * 60);

/// Writes bytes to `path` atomically (temporary file in the same folder, then rename). Shared
/// by saves, autosaves and PDF export so none of them can leave a half-written file. A file
/// that is replaced keeps its permissions, so rewriting a case shared with colleagues does
/// not lock them out of it; a new file gets the user's usual permissions. A link is followed,
/// so the file it points at is replaced and the link stays.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let failed = |action, cause| FileError {
        action,
        path: path.to_owned(),
        cause,
    };
    let target = resolved(path);
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    remove_stale_temporaries(&folder, SystemTime::now());
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(PREFIX)
        .suffix(SUFFIX)
        .rand_bytes(RANDOM_LENGTH);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created with the mode other programs ask for; the system takes the umask off it.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temporary = builder
        .tempfile_in(&folder)
        .map_err(|cause| failed(FileAction::Write, cause))?;
    temporary
        .write_all(bytes)
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(|cause| failed(FileAction::Write, cause))?;
    let existing = fs::metadata(&target).ok();
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
        .persist(&target)
        .map_err(|error| failed(action, error.error))?;
    Ok(())
}

/// The file a path names: the target of a link, or the path itself.
fn resolved(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
        }
        _ => path.to_owned(),
    }
}

/// Whether `name` is one of Casewright's temporary files: `.casewright-`, six letters or
/// digits, `.tmp`, and nothing else, so a user's own `.casewright-notes.tmp` is left alone.
fn is_ours(name: &str) -> bool {
    name.strip_prefix(PREFIX)
        .and_then(|rest| rest.strip_suffix(SUFFIX))
        .is_some_and(|random| {
            random.len() == RANDOM_LENGTH && random.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// Removes Casewright's temporary files in `folder` that have not been touched for
/// [`STALE_AFTER`]; returns how many. Anything that cannot be listed or removed is left
/// quietly: clearing up must never stop a save.
pub fn remove_stale_temporaries(folder: &Path, now: SystemTime) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_ours) {
            continue;
        }
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        let stale = metadata.is_file()
            && metadata
                .modified()
                .ok()
                .and_then(|modified| now.duration_since(modified).ok())
                .is_some_and(|age| age >= STALE_AFTER);
        if stale && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_temporary_names_are_ours() {
        assert!(is_ours(".casewright-a1B2c3.tmp"));
        assert!(!is_ours(".casewright-notes-for-me.tmp"));
        assert!(!is_ours("casewright-a1B2c3.tmp"));
        assert!(!is_ours(".casewright-a1B2c3.tmp.bak"));
        assert!(!is_ours(".casewright-a1 2c3.tmp"));
    }

    #[test]
    fn stale_temporary_files_are_removed_and_fresh_ones_kept() {
        let folder = tempfile::tempdir().expect("temp dir");
        let old = folder.path().join(".casewright-OLD123.tmp");
        let fresh = folder.path().join(".casewright-NEW123.tmp");
        let theirs = folder.path().join(".casewright-mine.tmp");
        for path in [&old, &fresh, &theirs] {
            fs::write(path, "x").expect("write");
        }
        let hour_ago = SystemTime::now() - Duration::from_secs(3600);
        for path in [&old, &theirs] {
            fs::File::options()
                .write(true)
                .open(path)
                .and_then(|file| file.set_modified(hour_ago))
                .expect("age the file");
        }
        write_atomically(&folder.path().join("case.ron"), b"(format_version: 1)").expect("saves");
        assert!(!old.exists(), "a stale temporary file is left");
        assert!(fresh.exists(), "a temporary file in use was removed");
        assert!(theirs.exists(), "a file that is not ours was removed");
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_gets_the_usual_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::tempdir().expect("temp dir");
        // What any other program creates here: a file made with 0666 less the umask.
        let probe = folder.path().join("probe");
        fs::write(&probe, "x").expect("write");
        let usual = fs::metadata(&probe).expect("metadata").permissions().mode() & 0o777;
        let path = folder.path().join("paper.pdf");
        write_atomically(&path, b"%PDF-1.3").expect("writes");
        let mode = fs::metadata(&path).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode, usual, "{mode:o} is not the usual {usual:o}");
    }

    #[cfg(unix)]
    #[test]
    fn writing_through_a_link_replaces_the_file_it_points_at() {
        let folder = tempfile::tempdir().expect("temp dir");
        let real = folder.path().join("real.ron");
        let link = folder.path().join("link.ron");
        fs::write(&real, "old").expect("write");
        std::os::unix::fs::symlink(&real, &link).expect("link");
        write_atomically(&link, b"new").expect("writes");
        assert!(
            fs::symlink_metadata(&link)
                .expect("metadata")
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).expect("read"), "new");
    }
}
