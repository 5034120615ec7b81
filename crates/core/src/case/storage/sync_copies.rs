//! Copies of a case beside it: the ones sync clients make when two people change the same
//! file ("conflict copies"), so they can be offered when the case is opened rather than left
//! unnoticed, and the name Casewright gives its own copy when the user keeps both versions.

use std::fs;
use std::path::{Path, PathBuf};

use super::EXTENSION;

/// The conflict copies of `case` in its folder, by name: what OneDrive, Dropbox, Google
/// Drive, Nextcloud, ownCloud, Synology and Casewright's own "keep both" write. Sorted by name.
pub fn conflict_copies(case: &Path) -> Vec<PathBuf> {
    let (Some(stem), Some(folder)) = (case.file_stem().and_then(|s| s.to_str()), case.parent())
    else {
        return Vec::new();
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == EXTENSION))
        .filter(|path| {
            path.file_stem()
                .and_then(|s| s.to_str())
                .is_some_and(|other| is_conflict_copy(stem, other))
        })
        .collect();
    found.sort();
    found
}

/// Whether a file named `other` (without extension) beside `stem` is a conflict copy of it.
pub fn is_conflict_copy(stem: &str, other: &str) -> bool {
    let Some(rest) = other.strip_prefix(stem) else {
        return false;
    };
    let lower = rest.to_lowercase();
    // Dropbox: "case (Sam's conflicted copy 2026-12-05)"; Nextcloud: "case (conflicted copy
    // 2026-12-05 101500)"; Google Drive: "case (conflict)"; ownCloud: "case_conflict-…";
    // Synology: "case_Conflict"; Casewright's keep both: "case (kept by …)".
    if (lower.starts_with(" (") && (lower.contains("conflict") || lower.contains("kept by ")))
        || lower.starts_with("_conflict")
    {
        return true;
    }
    // OneDrive: "case-FIN-LAPTOP-7", the computer's name in capitals after a hyphen.
    rest.strip_prefix('-').is_some_and(|machine| {
        !machine.is_empty()
            && machine.chars().any(|c| c.is_ascii_uppercase())
            && machine
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
    })
}

/// Where "keep both" saves this copy's version of `case`: beside it, named so it sorts next
/// to it and says whose it is, e.g. `case (kept by sam.jones 2026-12-05 1402).ron`, with a
/// number added if that name is taken.
pub fn keep_both_path(case: &Path, user: &str, when: chrono::DateTime<chrono::Local>) -> PathBuf {
    let stem = case
        .file_stem()
        .map_or_else(|| "case".to_owned(), |s| s.to_string_lossy().into_owned());
    let user: String = user
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .collect();
    let base = format!("{stem} (kept by {user} {})", when.format("%Y-%m-%d %H%M"));
    let mut path = case.with_file_name(format!("{base}.{EXTENSION}"));
    let mut number = 2;
    while path.exists() {
        path = case.with_file_name(format!("{base} {number}.{EXTENSION}"));
        number += 1;
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_clients_conflict_copies_are_recognised_and_other_files_are_not() {
        for copy in [
            "case (Sam Jones's conflicted copy 2026-12-05)",
            "case (conflicted copy 2026-12-05 101500)",
            "case (conflict)",
            "case_conflict-20261205-101500",
            "case_Conflict",
            "case-FIN-LAPTOP-7",
            "case-DESKTOP-1AB2C3D",
            "case (kept by sam 2026-12-05 1402)",
        ] {
            assert!(is_conflict_copy("case", copy), "{copy}");
        }
        for other in [
            "case",
            "case v2",
            "case-notes",
            "case (final)",
            "other case",
        ] {
            assert!(!is_conflict_copy("case", other), "{other}");
        }
    }

    #[test]
    fn copies_beside_the_case_are_listed_and_the_keep_both_name_sorts_beside_it() {
        let folder = tempfile::tempdir().expect("temp dir");
        let case = folder.path().join("case.ron");
        for name in [
            "case.ron",
            "case-LAPTOP.ron",
            "case-notes.ron",
            "case-LAPTOP.pdf",
        ] {
            fs::write(folder.path().join(name), "x").expect("write");
        }
        assert_eq!(
            conflict_copies(&case),
            vec![folder.path().join("case-LAPTOP.ron")]
        );
        let when = chrono::Local::now();
        let kept = keep_both_path(&case, "sam/jones", when);
        let name = kept.file_name().and_then(|n| n.to_str()).expect("name");
        assert!(name.starts_with("case (kept by samjones "), "{name}");
        fs::write(&kept, "x").expect("write");
        assert_ne!(keep_both_path(&case, "sam/jones", when), kept);
    }
}
