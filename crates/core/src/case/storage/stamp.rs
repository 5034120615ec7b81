//! What a case file held when Casewright last read or wrote it, so a save can tell whether
//! someone else (a colleague on a shared drive, a sync client) has written it since.
//!
//! A [`Stamp`] keeps the size, the modification time and a hash of the bytes. Two stamps are
//! the same file when size and hash agree: a sync client that only touches the time is not a
//! change, while two saves within the same second (the resolution of some network drives) of
//! the same length still are.

use std::fs;
use std::hash::{DefaultHasher, Hasher};
use std::path::Path;
use std::time::SystemTime;

use super::{FileAction, FileError};

/// The size, modification time and hash of a file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// Its length in bytes.
    pub size: u64,
    /// When it was last written, as the file system says (for the user: "changed at 14:02").
    pub modified: Option<SystemTime>,
    /// A hash of the bytes (SipHash with fixed keys: only compared within one run).
    pub hash: u64,
}

impl Stamp {
    /// The stamp of `bytes`, modified at `modified`.
    pub fn of_bytes(bytes: &[u8], modified: Option<SystemTime>) -> Stamp {
        let mut hasher = DefaultHasher::new();
        hasher.write(bytes);
        Stamp {
            size: bytes.len() as u64,
            modified,
            hash: hasher.finish(),
        }
    }

    /// The stamp of the file at `path` as it is now; `None` when there is no file there.
    pub fn read(path: &Path) -> Result<Option<Stamp>, FileError> {
        let failed = |cause| FileError {
            action: FileAction::Read,
            path: path.to_owned(),
            cause,
        };
        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(cause) if cause.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(cause) => return Err(failed(cause)),
        };
        let modified = fs::metadata(path).and_then(|m| m.modified()).ok();
        Ok(Some(Stamp::of_bytes(&bytes, modified)))
    }

    /// Whether `other` holds the same bytes (the time is not compared; see the module notes).
    pub fn same_content(&self, other: &Stamp) -> bool {
        self.size == other.size && self.hash == other.hash
    }
}

/// What the file at a path holds compared with what this copy of Casewright last saw there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnDisk {
    /// The same bytes (or there was nothing known and nothing is there).
    Unchanged,
    /// Someone else wrote it since; this is what is there now.
    Changed(Stamp),
    /// It was there and has gone (moved, renamed, deleted, or its folder is unreachable).
    Gone,
}

/// Compares the file at `path` with `known`, what was last read from or written to it.
pub fn compare(path: &Path, known: Option<&Stamp>) -> Result<OnDisk, FileError> {
    Ok(match (known, Stamp::read(path)?) {
        (_, None) if known.is_some() => OnDisk::Gone,
        (_, None) => OnDisk::Unchanged,
        (Some(known), Some(now)) if known.same_content(&now) => OnDisk::Unchanged,
        (_, Some(now)) => OnDisk::Changed(now),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_touch_is_not_a_change_but_a_same_length_rewrite_is() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("case.ron");
        fs::write(&path, "(format_version: 2)").expect("write");
        let known = Stamp::read(&path).expect("reads").expect("there");
        let later = SystemTime::now() + std::time::Duration::from_secs(60);
        fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|file| file.set_modified(later))
            .expect("touch");
        assert_eq!(
            compare(&path, Some(&known)).expect("reads"),
            OnDisk::Unchanged
        );
        fs::write(&path, "(format_version: 1)").expect("write");
        assert!(matches!(
            compare(&path, Some(&known)).expect("reads"),
            OnDisk::Changed(_)
        ));
        fs::remove_file(&path).expect("remove");
        assert_eq!(compare(&path, Some(&known)).expect("reads"), OnDisk::Gone);
        assert_eq!(compare(&path, None).expect("reads"), OnDisk::Unchanged);
    }
}
