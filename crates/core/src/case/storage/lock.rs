//! The lock note beside an open case: who has it open, on which computer, since when, so a
//! second copy of Casewright (on this computer or another one reaching the same shared
//! drive) can say so instead of letting two people edit the same file unawares.
//!
//! The note for `case.ron` is `~$case.ron.lock`, in the case's folder. The `~$` start is
//! the one Word and Excel give their owner files, so people who use Office recognise it as
//! "someone has this open", and OneDrive and Dropbox treat `~$` files as temporary and do not
//! upload them; on Windows the note is also marked hidden, as Office's are. The note is RON,
//! so a person who finds one left behind can read whose it is.
//!
//! A note is left behind when Casewright stops without closing the case (a crash, a machine
//! switched off). It is stale, and may be taken over, when it was written on this computer by
//! a process that is no longer running, or when it has not been refreshed for
//! [`STALE_AFTER`] (its owner refreshes it every [`REFRESH_EVERY`] while the case is open,
//! so a note that old belongs to a computer that restarted, slept or lost the drive).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A note not refreshed for this long is stale: its owner refreshes it every
/// [`REFRESH_EVERY`] while the case is open.
pub const STALE_AFTER: Duration = Duration::from_secs(60 * 60);

/// How often the owner of a note writes it again, so others can tell it is still in use.
pub const REFRESH_EVERY: Duration = Duration::from_secs(10 * 60);

/// Who has a case open, as the note beside it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockNote {
    /// The user's sign-in name.
    pub user: String,
    /// The computer's name.
    pub machine: String,
    /// The process of that copy of Casewright.
    pub process: u32,
    /// When it opened the case.
    pub since: DateTime<Utc>,
    /// When it last wrote the note (see [`REFRESH_EVERY`]).
    pub refreshed: DateTime<Utc>,
    /// Tells this copy's note from another copy's in the same process (tests run two).
    pub token: String,
}

impl LockNote {
    /// A note for this copy of Casewright, as of `now`.
    pub fn here(now: DateTime<Utc>) -> LockNote {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let count = NEXT.fetch_add(1, Ordering::Relaxed);
        LockNote {
            user: user_name(),
            machine: machine_name(),
            process: std::process::id(),
            since: now,
            refreshed: now,
            token: format!(
                "{}-{}-{count}",
                std::process::id(),
                now.timestamp_nanos_opt().unwrap_or_default()
            ),
        }
    }

    /// "Sam Jones on FIN-LAPTOP-7, since 14:02 on 5 December".
    pub fn describe(&self) -> String {
        let since = self.since.with_timezone(&chrono::Local);
        format!(
            "{} on {}, since {}",
            self.user,
            self.machine,
            since.format("%H:%M on %-d %B %Y")
        )
    }

    /// Why the note no longer means anyone has the case open, if it does not: `None` while its
    /// owner may still be at work.
    pub fn stale(&self, now: DateTime<Utc>) -> Option<Stale> {
        if self.machine == machine_name() && process_running(self.process) == Some(false) {
            return Some(Stale::ProcessGone);
        }
        let quiet = now.signed_duration_since(self.refreshed);
        (quiet.to_std().is_ok_and(|quiet| quiet >= STALE_AFTER)).then_some(Stale::NotRefreshed)
    }
}

/// Why a lock note is stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stale {
    /// It was written on this computer by a copy of Casewright that is no longer running.
    ProcessGone,
    /// It has not been refreshed for [`STALE_AFTER`].
    NotRefreshed,
}

impl Stale {
    /// Why, in words for the user.
    pub fn reason(self) -> &'static str {
        match self {
            Stale::ProcessGone => {
                "that copy of Casewright is no longer running on this computer, so the note was left behind"
            }
            Stale::NotRefreshed => {
                "the note has not been refreshed for over an hour, so that computer has probably restarted or lost the drive"
            }
        }
    }
}

/// The case is open elsewhere: what the note says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    /// The note found beside the case.
    pub note: LockNote,
    /// Why it is stale, if it is.
    pub stale: Option<Stale>,
}

/// This copy of Casewright's note beside a case it has open. Dropping it removes the note, if
/// the note is still this copy's.
#[derive(Debug)]
pub struct Lock {
    /// Where the note is; `None` when none could be written (a read-only folder): the case
    /// opens all the same, as it would in any other program.
    path: Option<PathBuf>,
    note: LockNote,
}

/// The lock note's path for a case: `~$case.ron.lock` beside `case.ron`.
pub fn note_path(case: &Path) -> PathBuf {
    let name = case
        .file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
    case.with_file_name(format!("~${name}.lock"))
}

/// Reads the note beside `case`, if there is one that can be read.
pub fn read_note(case: &Path) -> Option<LockNote> {
    note_at(&note_path(case))
}

/// Reads the note at `path` (the note's own path), if it can be read.
fn note_at(path: &Path) -> Option<LockNote> {
    let text = fs::read_to_string(path).ok()?;
    ron::from_str(&text).ok()
}

impl Lock {
    /// Writes this copy's note beside `case`, unless another copy's note is there: then says
    /// whose it is and whether it is stale. A note that cannot be read (cut short, not ours)
    /// is treated as stale. When no note can be written at all, the case is not locked.
    pub fn acquire(case: &Path, now: DateTime<Utc>) -> Result<Lock, Held> {
        let note = LockNote::here(now);
        let path = note_path(case);
        match write_note(&path, &note, true) {
            Ok(()) => Ok(Lock {
                path: Some(path),
                note,
            }),
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                match read_note(case) {
                    Some(theirs) => {
                        let stale = theirs.stale(now);
                        Err(Held {
                            note: theirs,
                            stale,
                        })
                    }
                    None => Ok(Lock::take_over(case, now)),
                }
            }
            Err(_) => Ok(Lock { path: None, note }),
        }
    }

    /// Writes this copy's note beside `case` over whatever note is there (the user chose to
    /// take over a stale one).
    pub fn take_over(case: &Path, now: DateTime<Utc>) -> Lock {
        let note = LockNote::here(now);
        let path = note_path(case);
        let written = write_note(&path, &note, false).is_ok();
        Lock {
            path: written.then_some(path),
            note,
        }
    }

    /// This copy's note.
    pub fn note(&self) -> &LockNote {
        &self.note
    }

    /// Whether a note was written (false in a folder where none can be).
    pub fn is_written(&self) -> bool {
        self.path.is_some()
    }

    /// Writes the note again with `now` as its refresh time, so others see it is in use. When
    /// another copy has taken it over meanwhile, leaves theirs and says whose it is.
    pub fn refresh(&mut self, now: DateTime<Utc>) -> Result<(), Box<LockNote>> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        if let Some(there) = note_at(path)
            && there.token != self.note.token
        {
            return Err(Box::new(there));
        }
        self.note.refreshed = now;
        // A note that cannot be refreshed (the drive has gone) just grows stale.
        let _ = write_note(path, &self.note, false);
        Ok(())
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let Some(path) = &self.path else {
            return;
        };
        let ours = note_at(path).is_some_and(|there| there.token == self.note.token);
        if ours {
            let _ = fs::remove_file(path);
        }
    }
}

/// Writes a note; `fresh` refuses to replace one that is there.
fn write_note(path: &Path, note: &LockNote, fresh: bool) -> std::io::Result<()> {
    let text = ron::ser::to_string_pretty(note, ron::ser::PrettyConfig::new())
        .map_err(std::io::Error::other)?;
    let mut options = fs::File::options();
    options.write(true);
    if fresh {
        options.create_new(true);
    } else {
        options.create(true).truncate(true);
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        /// FILE_ATTRIBUTE_HIDDEN, as Office marks its owner files.
        const HIDDEN: u32 = 0x2;
        options.attributes(HIDDEN);
    }
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

/// The user's sign-in name, from the environment every system sets at sign-in.
pub fn user_name() -> String {
    ["USERNAME", "USER", "LOGNAME"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
        .unwrap_or_else(|| "someone".to_owned())
}

/// This computer's name, as other computers on the network see it.
pub fn machine_name() -> String {
    let name = gethostname::gethostname().to_string_lossy().into_owned();
    if name.is_empty() {
        "an unnamed computer".to_owned()
    } else {
        name
    }
}

/// Whether process `id` is running on this computer; `None` when the system cannot say.
#[cfg(unix)]
#[allow(
    unsafe_code,
    reason = "asking whether a process exists is a system call with no safe wrapper in std"
)]
pub fn process_running(id: u32) -> Option<bool> {
    let id = libc::pid_t::try_from(id).ok()?;
    if id <= 0 {
        return Some(false);
    }
    // SAFETY: signal 0 only asks whether the process exists; nothing is sent.
    let answer = unsafe { libc::kill(id, 0) };
    if answer == 0 {
        return Some(true);
    }
    match std::io::Error::last_os_error().raw_os_error() {
        Some(libc::ESRCH) => Some(false),
        Some(libc::EPERM) => Some(true),
        _ => None,
    }
}

/// Whether process `id` is running on this computer; `None` when the system cannot say.
#[cfg(windows)]
#[allow(
    unsafe_code,
    reason = "asking whether a process exists is a Windows call with no safe wrapper in std"
)]
pub fn process_running(id: u32) -> Option<bool> {
    use windows_sys::Win32::Foundation::{CloseHandle, ERROR_INVALID_PARAMETER, GetLastError};
    use windows_sys::Win32::System::Threading::{
        GetExitCodeProcess, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
    };
    /// The exit code Windows reports for a process still running.
    const STILL_ACTIVE: u32 = 259;
    // SAFETY: the handle is checked before use and closed after.
    unsafe {
        let handle = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, id);
        if handle.is_null() {
            return match GetLastError() {
                ERROR_INVALID_PARAMETER => Some(false),
                _ => None,
            };
        }
        let mut code = 0u32;
        let asked = GetExitCodeProcess(handle, &mut code);
        CloseHandle(handle);
        (asked != 0).then_some(code == STILL_ACTIVE)
    }
}

/// Whether process `id` is running on this computer; `None` when the system cannot say.
#[cfg(not(any(unix, windows)))]
pub fn process_running(_id: u32) -> Option<bool> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case_in(folder: &tempfile::TempDir) -> PathBuf {
        let path = folder.path().join("case.ron");
        fs::write(&path, "(format_version: 2)").expect("write");
        path
    }

    #[test]
    fn a_second_copy_is_told_who_has_the_case_and_the_note_goes_on_close() {
        let folder = tempfile::tempdir().expect("temp dir");
        let case = case_in(&folder);
        let now = Utc::now();
        let first = Lock::acquire(&case, now).expect("first copy locks");
        assert!(note_path(&case).ends_with("~$case.ron.lock"));
        let held = Lock::acquire(&case, now).expect_err("second copy is told");
        assert_eq!(held.note, *first.note());
        assert_eq!(held.stale, None, "a running copy's note is not stale");
        drop(first);
        assert!(!note_path(&case).exists(), "the note stays after close");
        Lock::acquire(&case, now).expect("free again");
    }

    #[test]
    fn a_note_left_by_a_process_that_has_gone_is_stale_and_can_be_taken_over() {
        let folder = tempfile::tempdir().expect("temp dir");
        let case = case_in(&folder);
        let now = Utc::now();
        let mut left = LockNote::here(now);
        left.process = 0x7fff_fff0;
        write_note(&note_path(&case), &left, true).expect("write");
        let held = Lock::acquire(&case, now).expect_err("held");
        assert_eq!(held.stale, Some(Stale::ProcessGone));
        let mine = Lock::take_over(&case, now);
        assert_eq!(read_note(&case).as_ref(), Some(mine.note()));
    }

    #[test]
    fn a_note_from_another_computer_is_stale_only_once_it_stops_being_refreshed() {
        let folder = tempfile::tempdir().expect("temp dir");
        let case = case_in(&folder);
        let now = Utc::now();
        let mut theirs = LockNote::here(now);
        theirs.machine = "FIN-LAPTOP-7".into();
        theirs.user = "sam.jones".into();
        write_note(&note_path(&case), &theirs, true).expect("write");
        assert_eq!(Lock::acquire(&case, now).expect_err("held").stale, None);
        let later = now + chrono::Duration::from_std(STALE_AFTER).expect("fits");
        assert_eq!(
            Lock::acquire(&case, later).expect_err("held").stale,
            Some(Stale::NotRefreshed)
        );
    }

    #[test]
    fn a_copy_whose_note_was_taken_over_leaves_the_new_note_alone() {
        let folder = tempfile::tempdir().expect("temp dir");
        let case = case_in(&folder);
        let now = Utc::now();
        let mut first = Lock::acquire(&case, now).expect("locks");
        let second = Lock::take_over(&case, now);
        assert_eq!(
            first.refresh(now).expect_err("taken over").token,
            second.note().token
        );
        drop(first);
        assert_eq!(read_note(&case).as_ref(), Some(second.note()));
    }

    #[test]
    fn this_process_is_running() {
        assert_ne!(process_running(std::process::id()), Some(false));
        assert_ne!(process_running(0x7fff_fff0), Some(true));
    }
}
