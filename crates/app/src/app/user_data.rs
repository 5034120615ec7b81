//! What the app keeps for the user between runs, in their own per-user folder: the list of
//! recent files and the autosaves used for crash recovery.
//!
//! The folder comes from the `directories` crate, so it is the right place on Windows
//! (`%APPDATA%`), macOS (`~/Library/Application Support`) and Linux alike. Tests point it at
//! a temporary folder instead.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::case::{Case, storage};

/// How many recent files the start screen lists.
pub const RECENT_LIMIT: usize = 8;

/// The user's Casewright folder.
#[derive(Debug, Clone)]
pub struct UserData {
    folder: PathBuf,
    session: String,
}

/// The sidecar written with each autosave: where the case came from.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
struct AutosaveInfo {
    /// The file the user was editing, if it had been saved before.
    original: Option<PathBuf>,
}

/// Work found in the autosave folder at start-up: a previous run ended without saving it.
#[derive(Debug, Clone)]
pub struct Recovery {
    /// The autosaved case.
    pub case: Case,
    /// The file it was editing, if any.
    pub original: Option<PathBuf>,
    /// When it was autosaved.
    pub saved_at: Option<SystemTime>,
    /// The autosave file, removed once the user recovers or discards it.
    pub autosave: PathBuf,
}

impl UserData {
    /// The standard per-user folder for this platform, if the system has one.
    pub fn standard() -> Option<UserData> {
        let dirs = directories::ProjectDirs::from("uk", "Casewright", "Casewright")?;
        Some(UserData::in_folder(dirs.data_dir().to_path_buf()))
    }

    /// A user folder at a given place (tests use a temporary folder).
    pub fn in_folder(folder: PathBuf) -> UserData {
        let started = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or_default();
        UserData {
            folder,
            session: format!("{started}-{}", std::process::id()),
        }
    }

    fn recent_file(&self) -> PathBuf {
        self.folder.join("recent.ron")
    }

    fn autosave_folder(&self) -> PathBuf {
        self.folder.join("autosave")
    }

    fn autosave_paths(&self) -> (PathBuf, PathBuf) {
        let folder = self.autosave_folder();
        (
            folder.join(format!("{}.{}", self.session, storage::EXTENSION)),
            folder.join(format!("{}.info", self.session)),
        )
    }

    /// The recent files, most recent first. A missing or unreadable list is an empty one.
    pub fn recent(&self) -> Vec<PathBuf> {
        fs::read_to_string(self.recent_file())
            .ok()
            .and_then(|text| ron::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Puts `path` at the top of the recent list and saves the list.
    pub fn remember(&self, path: &Path) -> Vec<PathBuf> {
        let mut recent = self.recent();
        recent.retain(|known| known != path);
        recent.insert(0, path.to_path_buf());
        recent.truncate(RECENT_LIMIT);
        self.write_recent(&recent);
        recent
    }

    /// Removes `path` from the recent list (it no longer opens) and saves the list.
    pub fn forget(&self, path: &Path) -> Vec<PathBuf> {
        let mut recent = self.recent();
        recent.retain(|known| known != path);
        self.write_recent(&recent);
        recent
    }

    fn write_recent(&self, recent: &[PathBuf]) {
        if let Ok(text) = ron::to_string(recent) {
            let _ = fs::create_dir_all(&self.folder);
            let _ = storage::write_atomically(&self.recent_file(), text.as_bytes());
        }
    }

    /// Writes this session's autosave of `case` (atomically, like a save).
    pub fn autosave(
        &self,
        case: &Case,
        original: Option<&Path>,
    ) -> Result<(), storage::StorageError> {
        let (case_path, info_path) = self.autosave_paths();
        fs::create_dir_all(self.autosave_folder()).map_err(|cause| storage::FileError {
            action: storage::FileAction::Write,
            path: self.autosave_folder(),
            cause,
        })?;
        let info = AutosaveInfo {
            original: original.map(Path::to_path_buf),
        };
        let info_text =
            ron::to_string(&info).map_err(|e| storage::StorageError::Serialise(e.to_string()))?;
        storage::write_atomically(&info_path, info_text.as_bytes())?;
        storage::save(case, &case_path)
    }

    /// Removes this session's autosave: the work is saved, or the user discarded it.
    pub fn clear_autosave(&self) {
        let (case_path, info_path) = self.autosave_paths();
        let _ = fs::remove_file(case_path);
        let _ = fs::remove_file(info_path);
    }

    /// Autosaves left by earlier runs that ended without saving, newest first. Autosaves that
    /// no longer load are skipped (and left on disk for a person to look at).
    pub fn recoveries(&self) -> Vec<Recovery> {
        let Ok(entries) = fs::read_dir(self.autosave_folder()) else {
            return Vec::new();
        };
        let mut found: Vec<Recovery> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| {
                path.extension()
                    .is_some_and(|ext| ext == storage::EXTENSION)
            })
            .filter(|path| {
                path.file_stem()
                    .is_none_or(|stem| stem != self.session.as_str())
            })
            .filter_map(|path| {
                let case = storage::load(&path).ok()?;
                let original = fs::read_to_string(path.with_extension("info"))
                    .ok()
                    .and_then(|text| ron::from_str::<AutosaveInfo>(&text).ok())
                    .and_then(|info| info.original);
                let saved_at = fs::metadata(&path).and_then(|m| m.modified()).ok();
                Some(Recovery {
                    case,
                    original,
                    saved_at,
                    autosave: path,
                })
            })
            .collect();
        found.sort_by_key(|recovery| std::cmp::Reverse(recovery.saved_at));
        found
    }

    /// Deletes an earlier run's autosave once it has been recovered or discarded.
    pub fn discard(recovery: &Recovery) {
        UserData::discard_autosave(&recovery.autosave);
    }

    /// Removes an earlier run's autosave (and its sidecar) once the work it holds is safe
    /// elsewhere or the user has discarded it.
    pub fn discard_autosave(autosave: &Path) {
        let _ = fs::remove_file(autosave);
        let _ = fs::remove_file(autosave.with_extension("info"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_keep_the_newest_first_without_repeats() {
        let folder = tempfile::tempdir().expect("temp dir");
        let data = UserData::in_folder(folder.path().to_path_buf());
        data.remember(Path::new("/a.ron"));
        data.remember(Path::new("/b.ron"));
        let recent = data.remember(Path::new("/a.ron"));
        assert_eq!(
            recent,
            vec![PathBuf::from("/a.ron"), PathBuf::from("/b.ron")]
        );
        assert_eq!(
            data.forget(Path::new("/a.ron")),
            vec![PathBuf::from("/b.ron")]
        );
    }

    #[test]
    fn an_autosave_from_another_run_is_offered_for_recovery() {
        let folder = tempfile::tempdir().expect("temp dir");
        let earlier = UserData::in_folder(folder.path().to_path_buf());
        let mut case = Case::default();
        case.front_sheet.title = "Joint dog unit".into();
        earlier
            .autosave(&case, Some(Path::new("/cases/dogs.ron")))
            .expect("autosave");
        assert!(
            earlier.recoveries().is_empty(),
            "a run does not recover its own autosave"
        );

        let later = UserData {
            folder: folder.path().to_path_buf(),
            session: "later".into(),
        };
        let found = later.recoveries();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].case.front_sheet.title, "Joint dog unit");
        assert_eq!(
            found[0].original.as_deref(),
            Some(Path::new("/cases/dogs.ron"))
        );
        UserData::discard(&found[0]);
        assert!(later.recoveries().is_empty());
    }
}
