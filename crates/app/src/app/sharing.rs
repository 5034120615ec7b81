//! What the app does when other people, a shared drive or a sync client touch the case that
//! is open: the lock note and the read-only view, a file changed by someone else (at save and
//! on returning to the window), a sync client's conflict copies, and saves that fail.
//!
//! The rules sit in [`crate::case::storage`] (stamps, lock notes, conflict copies); this
//! module asks the user what to do and carries out the answer.

use std::path::{Path, PathBuf};

use chrono::Utc;

use super::commands::{Action, Command};
use super::document::OpenCase;
use super::{App, Notice, display_name};
use crate::case::storage::lock::{self, Held, Lock};
use crate::case::storage::{self, OnDisk, Stamp, StorageError, sync_copies};

/// The answers when the file changed since this copy last read or wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictAnswer {
    /// Save this version as a copy beside theirs; theirs stays as it is.
    KeepBoth,
    /// Write this version over theirs.
    Replace,
    /// Write nothing, and list how this version differs from the one on disk.
    Compare,
    /// Write nothing.
    Cancel,
}

/// The answers when someone else has the case open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockAnswer {
    /// Open it to read, refusing edits and saves.
    ReadOnly,
    /// Open it as an untitled copy and ask where to save it.
    Copy,
    /// Take over a stale lock note and open it for editing.
    TakeOver,
    /// Do not open it.
    Cancel,
}

/// A save that stopped because someone else wrote the file since.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveConflict {
    /// The file.
    pub path: PathBuf,
    /// What is in it now.
    pub theirs: Stamp,
    /// What was to happen after the save (closing, opening another case).
    pub then: Option<Action>,
    /// Whether the work is recovered from an autosave and this run never read the file: what
    /// is there may be the user's own last save, or newer, so the box does not say it is
    /// someone else's.
    pub recovered: bool,
}

/// A case that someone else has open, waiting for the user to choose how to open it.
#[derive(Debug)]
pub struct LockPrompt {
    /// The file.
    pub path: PathBuf,
    /// The case read from it.
    pub loaded: storage::Loaded,
    /// What the file held.
    pub stamp: Stamp,
    /// Whose note is beside it.
    pub held: Held,
}

/// Conflict copies found beside a case as it was opened.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncCopies {
    /// The case opened.
    pub case: PathBuf,
    /// The copies beside it.
    pub copies: Vec<PathBuf>,
}

/// "14:02 on 5 December 2026, 12.3 KB", for what is in a file now.
pub fn describe_stamp(stamp: &Stamp) -> String {
    let size = if stamp.size < 1024 {
        format!("{} bytes", stamp.size)
    } else {
        format!("{:.1} KB", stamp.size as f64 / 1024.0)
    };
    match stamp.modified {
        Some(time) => {
            let time: chrono::DateTime<chrono::Local> = time.into();
            format!("saved at {}, {size}", time.format("%H:%M:%S on %-d %B %Y"))
        }
        None => size,
    }
}

impl App {
    /// Opens a case file: for editing when nobody else has it open, otherwise asks how.
    pub(super) fn open_path(&mut self, path: &Path) {
        // Opening the case this window already has open again keeps this window's note.
        let reopening = self
            .document
            .as_ref()
            .is_some_and(|document| document.path.as_deref() == Some(path));
        let mine = self
            .document
            .as_mut()
            .filter(|_| reopening)
            .and_then(|document| document.lock.take());
        match storage::open_stamped(path) {
            Ok((loaded, stamp)) => match mine.map_or_else(|| Lock::acquire(path, Utc::now()), Ok) {
                Ok(lock) => self.finish_open(path, loaded, stamp, Some(lock), None),
                Err(held) => {
                    self.lock_prompt = Some(LockPrompt {
                        path: path.to_owned(),
                        loaded,
                        stamp,
                        held,
                    });
                }
            },
            Err(error) => {
                if let (Some(lock), Some(document)) = (mine, &mut self.document) {
                    document.lock = Some(lock);
                }
                if matches!(error, StorageError::Io { .. })
                    && let Some(user_data) = &self.user_data
                {
                    self.recent = user_data.forget(path);
                }
                self.notice = Some(Notice::failure(
                    format!("Could not open {}", display_name(path)),
                    error.to_string(),
                ));
            }
        }
    }

    /// Shows an opened case, with what the user should know about how it was read and any
    /// sync client's conflict copies beside it.
    fn finish_open(
        &mut self,
        path: &Path,
        loaded: storage::Loaded,
        stamp: Stamp,
        lock: Option<Lock>,
        read_only: Option<lock::LockNote>,
    ) {
        let storage::Loaded { case, warnings } = loaded;
        let mut document = OpenCase::new(case, Some(path.to_path_buf()), true);
        document.disk = Some(stamp);
        document.lock = lock;
        document.read_only = read_only;
        self.set_document(Some(document));
        self.remember(path);
        if !warnings.is_empty() {
            self.notice = Some(Notice::failure(
                format!(
                    "Opened {} with changes at the next save",
                    display_name(path)
                ),
                super::warnings_detail(&warnings),
            ));
        }
        let copies = sync_copies::conflict_copies(path);
        self.sync_copies = (!copies.is_empty()).then(|| SyncCopies {
            case: path.to_owned(),
            copies,
        });
    }

    /// Acts on the answer to "someone else has this case open".
    pub(super) fn answer_lock(&mut self, ctx: &egui::Context, answer: LockAnswer) {
        let Some(LockPrompt {
            path,
            loaded,
            stamp,
            held,
        }) = self.lock_prompt.take()
        else {
            return;
        };
        match answer {
            LockAnswer::ReadOnly => self.finish_open(&path, loaded, stamp, None, Some(held.note)),
            LockAnswer::TakeOver if held.stale.is_some() => {
                let lock = Lock::take_over(&path, Utc::now());
                self.finish_open(&path, loaded, stamp, Some(lock), None);
            }
            LockAnswer::Copy => {
                self.set_document(Some(OpenCase::new(loaded.case, None, false)));
                self.run(ctx, Command::SaveAs);
            }
            LockAnswer::TakeOver | LockAnswer::Cancel => {}
        }
    }

    /// Saves the open case to `path`, then does `then` if the save worked. The file it was
    /// read from is only replaced if nobody else has written it since; otherwise the user is
    /// asked. A save that fails keeps the work in the autosave and says so.
    pub(super) fn save_to(&mut self, ctx: &egui::Context, path: PathBuf, then: Option<Action>) {
        let Some(document) = &mut self.document else {
            return;
        };
        let path = if path.extension().is_none() {
            path.with_extension(storage::EXTENSION)
        } else {
            path
        };
        let same_file = document.path.as_deref() == Some(path.as_path());
        if same_file && let Some(holder) = &document.read_only {
            self.notice = Some(Notice::failure(
                format!("{} is open read-only", display_name(&path)),
                format!(
                    "{} has it open, so this copy does not save over it. Use Save As to save a copy you can edit.",
                    holder.describe()
                ),
            ));
            return;
        }
        let known = if same_file {
            document.disk.clone()
        } else {
            None
        };
        if same_file
            && known.is_none()
            && let Ok(Some(theirs)) = Stamp::read(&path)
        {
            // Recovered work whose file this run never read: what is there may be newer.
            self.save_conflict = Some(SaveConflict {
                path,
                theirs,
                then,
                recovered: true,
            });
            return;
        }
        match storage::save_guarded(&document.case, &path, known.as_ref()) {
            Ok(stamp) => self.saved(ctx, path, stamp, then),
            Err(StorageError::ChangedOnDisk { theirs }) => {
                self.save_conflict = Some(SaveConflict {
                    path,
                    theirs,
                    then,
                    recovered: false,
                });
            }
            Err(error) => self.save_failed(&path, &error),
        }
    }

    /// Records a save that worked, moves the lock note to a new file, and does `then`.
    fn saved(&mut self, ctx: &egui::Context, path: PathBuf, stamp: Stamp, then: Option<Action>) {
        let Some(document) = &mut self.document else {
            return;
        };
        if document.path.as_deref() != Some(path.as_path()) || document.lock.is_none() {
            // Saved somewhere new: this copy now has that file open, and lets go of the old.
            document.lock = Lock::acquire(&path, Utc::now()).ok();
            document.read_only = None;
        }
        document.mark_saved(path.clone());
        document.disk = Some(stamp);
        document.outside_seen = None;
        if let Some(user_data) = &self.user_data {
            user_data.clear_autosave();
        }
        if let Some(recovered) = document.recovered_from.take() {
            super::user_data::UserData::discard_autosave(&recovered);
        }
        self.remember(&path);
        if let Some(then) = then {
            self.apply(ctx, then);
        }
    }

    /// Says why a save failed and keeps the work in the autosave, so nothing is lost when a
    /// network drive drops, a USB stick is pulled or a sync client holds the file.
    fn save_failed(&mut self, path: &Path, error: &StorageError) {
        let kept = match (&self.document, &self.user_data) {
            (Some(document), Some(user_data)) => Some(
                user_data
                    .autosave(&document.case, document.path.as_deref())
                    .map_err(|error| error.to_string()),
            ),
            _ => None,
        };
        if let (Some(Ok(())), Some(document)) = (&kept, &mut self.document) {
            document.autosave = super::document::Autosave::Written(chrono::Local::now());
        }
        let safety = match kept {
            Some(Ok(())) => "Your work is safe: it is still open here, and Casewright has kept it in its autosave, which it offers again if it closes before you save. Try again, or use Save As to save it somewhere else.".to_owned(),
            Some(Err(why)) => format!("Your work is still open here, but Casewright could not keep it in its autosave either ({why}). Use Save As to save it somewhere else before you close."),
            None => "Your work is still open here. Use Save As to save it somewhere else before you close.".to_owned(),
        };
        self.notice = Some(Notice::failure(
            format!("Could not save {}", display_name(path)),
            format!("{error}\n\n{safety}"),
        ));
    }

    /// Acts on the answer to "someone else saved this file since you opened it".
    pub(super) fn answer_conflict(&mut self, ctx: &egui::Context, answer: ConflictAnswer) {
        let Some(SaveConflict {
            path, theirs, then, ..
        }) = self.save_conflict.take()
        else {
            return;
        };
        if answer == ConflictAnswer::Compare {
            let against = format!("the version now on disk ({})", display_name(&path));
            self.compare_with(&path, Some(against));
            return;
        }
        let Some(document) = &self.document else {
            return;
        };
        match answer {
            ConflictAnswer::Cancel | ConflictAnswer::Compare => {}
            ConflictAnswer::Replace => match storage::save_stamped(&document.case, &path) {
                Ok(stamp) => self.saved(ctx, path, stamp, then),
                Err(error) => self.save_failed(&path, &error),
            },
            ConflictAnswer::KeepBoth => {
                let copy =
                    sync_copies::keep_both_path(&path, &lock::user_name(), chrono::Local::now());
                match storage::save_stamped(&document.case, &copy) {
                    Ok(stamp) => {
                        self.notice = Some(Notice::failure(
                            format!("Kept both versions of {}", display_name(&path)),
                            format!(
                                "{} keeps the other version ({}). Yours is saved beside it as {}, which is now the file open here.",
                                display_name(&path),
                                describe_stamp(&theirs),
                                display_name(&copy)
                            ),
                        ));
                        self.saved(ctx, copy, stamp, then);
                    }
                    Err(error) => self.save_failed(&copy, &error),
                }
            }
        }
    }

    /// On returning to the window: if someone else has written the file since, offers to
    /// reload it when there is nothing unsaved here, and otherwise says what the next save
    /// will ask. Each outside version is announced once, and at once: the box is drawn in a
    /// frame asked for here, not whenever the next event comes.
    pub(super) fn check_outside_change(&mut self, ctx: &egui::Context) {
        if self.modal_open() {
            return;
        }
        let Some(document) = &mut self.document else {
            return;
        };
        let (Some(path), Some(known)) = (&document.path, &document.disk) else {
            return;
        };
        let Ok(OnDisk::Changed(theirs)) = storage::compare(path, Some(known)) else {
            return;
        };
        if document
            .outside_seen
            .as_ref()
            .is_some_and(|seen| seen.same_content(&theirs))
        {
            return;
        }
        document.outside_seen = Some(theirs.clone());
        if document.is_unsaved() {
            self.notice = Some(Notice::failure(
                format!("{} was changed by someone else", display_name(path)),
                format!(
                    "Another program or person saved it ({}) while you have unsaved changes here. Nothing has been lost: when you save, Casewright asks whether to keep both versions or replace theirs.",
                    describe_stamp(&theirs)
                ),
            ));
        } else {
            self.reload_prompt = Some(theirs);
        }
        ctx.request_repaint();
    }

    /// Acts on the answer to "reload the changed file?": reads it again, keeping the step
    /// shown and this copy's lock note.
    pub(super) fn answer_reload(&mut self, reload: bool) {
        if self.reload_prompt.take().is_none() || !reload {
            return;
        }
        let Some(path) = self.document.as_ref().and_then(|d| d.path.clone()) else {
            return;
        };
        match storage::open_stamped(&path) {
            Ok((loaded, stamp)) => {
                let Some(old) = &mut self.document else {
                    return;
                };
                let mut document = OpenCase::new(loaded.case, Some(path), true);
                document.disk = Some(stamp);
                document.lock = old.lock.take();
                document.read_only = old.read_only.take();
                document.go_to(old.step());
                self.set_document(Some(document));
            }
            Err(error) => {
                self.notice = Some(Notice::failure(
                    format!("Could not reload {}", display_name(&path)),
                    format!("{error}\n\nThe case as it was is still open here."),
                ));
            }
        }
    }

    /// Refreshes this copy's lock note every [`lock::REFRESH_EVERY`]; if another copy has taken
    /// it over, says so (the next save still asks before replacing anything).
    pub(super) fn refresh_lock(&mut self, ctx: &egui::Context) {
        let Some(document) = &mut self.document else {
            return;
        };
        let Some(held) = &mut document.lock else {
            return;
        };
        ctx.request_repaint_after(lock::REFRESH_EVERY);
        if document.lock_refreshed.elapsed() < lock::REFRESH_EVERY {
            return;
        }
        document.lock_refreshed = std::time::Instant::now();
        if let Err(other) = held.refresh(Utc::now()) {
            document.lock = None;
            self.notice = Some(Notice::failure(
                format!("{} is open elsewhere too", document.file_name()),
                format!(
                    "{} took over this case. You can carry on here: if they save first, your save asks whether to keep both versions or replace theirs.",
                    other.describe()
                ),
            ));
        }
    }
}

/// The boxes this module asks its questions in.
pub(super) fn modals(app: &mut App, ctx: &egui::Context) {
    conflict_prompt(app, ctx);
    lock_prompt(app, ctx);
    reload_prompt(app, ctx);
    if app.notice.is_none() {
        sync_copies_box(app, ctx);
    }
}

/// A row of buttons; returns the answer of the one clicked.
fn buttons<T: Copy>(ui: &mut egui::Ui, choices: &[(&str, T)]) -> Option<T> {
    let mut answer = None;
    ui.horizontal_wrapped(|ui| {
        for (index, (label, choice)) in choices.iter().enumerate() {
            let button = ui.button(*label);
            if index == 0 {
                super::access::focus_on_open(ui, &button);
            }
            if button.clicked() {
                answer = Some(*choice);
            }
        }
    });
    answer
}

fn conflict_prompt(app: &mut App, ctx: &egui::Context) {
    let Some(conflict) = &app.save_conflict else {
        return;
    };
    let name = display_name(&conflict.path);
    let response = egui::Modal::new(egui::Id::unique("save conflict")).show(ctx, |ui| {
        ui.set_max_width(super::shell::MODAL_WIDTH);
        let on_disk = describe_stamp(&conflict.theirs);
        if conflict.recovered {
            super::access::dialog_title(ui, &format!("{name} is already on disk"));
            ui.add_space(6.0);
            ui.label(format!(
                "This is work recovered from an autosave, and {name} has not been read since: the file now on disk was {on_disk}. It may hold changes made after your work was autosaved, by you or someone else. Nothing has been written yet."
            ));
            ui.add_space(4.0);
            ui.label("Keep both saves the recovered version beside the file under a new name; Replace theirs writes the recovered version over the file, and anything only in the file is lost.");
        } else {
            super::access::dialog_title(ui, &format!("{name} was changed by someone else"));
            ui.add_space(6.0);
            ui.label(format!(
                "Another program or person saved {name} after you opened it: the file now on disk was {on_disk}. Nothing has been written yet."
            ));
            ui.add_space(4.0);
            ui.label("Keep both saves your version beside theirs under a new name; Replace theirs writes your version over theirs, and their changes are lost.");
        }
        ui.label("Compare lists how your version differs from the file on disk, and saves nothing: save again when you have decided.");
        ui.add_space(10.0);
        buttons(
            ui,
            &[
                ("Keep both", ConflictAnswer::KeepBoth),
                ("Replace theirs", ConflictAnswer::Replace),
                ("Compare", ConflictAnswer::Compare),
                ("Cancel", ConflictAnswer::Cancel),
            ],
        )
    });
    let closed = response.should_close().then_some(ConflictAnswer::Cancel);
    if let Some(answer) = response.inner.or(closed) {
        app.actions.push(Action::Conflict(answer));
    }
}

fn lock_prompt(app: &mut App, ctx: &egui::Context) {
    let Some(prompt) = &app.lock_prompt else {
        return;
    };
    let name = display_name(&prompt.path);
    let held = &prompt.held;
    let response = egui::Modal::new(egui::Id::unique("lock prompt")).show(ctx, |ui| {
        ui.set_max_width(super::shell::MODAL_WIDTH);
        super::access::dialog_title(ui, &format!("{name} is open elsewhere"));
        ui.add_space(6.0);
        ui.label(format!("{} has it open in Casewright.", held.note.describe()));
        if let Some(stale) = held.stale {
            ui.label(format!(
                "It is probably no longer in use: {}. You can take it over.",
                stale.reason()
            ));
        } else {
            ui.label("Open it read-only to look at it, or open a copy to edit and save under another name.");
        }
        ui.add_space(10.0);
        let mut choices = vec![
            ("Open read-only", LockAnswer::ReadOnly),
            ("Open a copy", LockAnswer::Copy),
        ];
        if held.stale.is_some() {
            choices.insert(0, ("Take over and edit", LockAnswer::TakeOver));
        }
        choices.push(("Cancel", LockAnswer::Cancel));
        buttons(ui, &choices)
    });
    let closed = response.should_close().then_some(LockAnswer::Cancel);
    if let Some(answer) = response.inner.or(closed) {
        app.actions.push(Action::Locked(answer));
    }
}

fn reload_prompt(app: &mut App, ctx: &egui::Context) {
    let (Some(theirs), Some(document)) = (&app.reload_prompt, &app.document) else {
        return;
    };
    let name = document.file_name();
    let response = egui::Modal::new(egui::Id::unique("reload prompt")).show(ctx, |ui| {
        ui.set_max_width(super::shell::MODAL_WIDTH);
        super::access::dialog_title(ui, &format!("{name} was changed by someone else"));
        ui.add_space(6.0);
        ui.label(format!(
            "Another program or person saved it ({}). You have no unsaved changes here, so reloading loses nothing.",
            describe_stamp(theirs)
        ));
        ui.add_space(10.0);
        buttons(ui, &[("Reload", true), ("Keep what is shown", false)])
    });
    let closed = response.should_close().then_some(false);
    if let Some(answer) = response.inner.or(closed) {
        app.actions.push(Action::Reload(answer));
    }
}

fn sync_copies_box(app: &mut App, ctx: &egui::Context) {
    let Some(found) = &app.sync_copies else {
        return;
    };
    let response = egui::Modal::new(egui::Id::unique("sync copies")).show(ctx, |ui| {
        ui.set_max_width(super::shell::MODAL_WIDTH);
        super::access::dialog_title(
            ui,
            &format!("Other versions of {} are beside it", display_name(&found.case)),
        );
        ui.add_space(6.0);
        ui.label("A sync client (OneDrive, Dropbox, SharePoint) makes a copy like these when two people change the same file at once. Someone's work may be only in a copy.");
        ui.add_space(6.0);
        let mut action = None;
        for copy in &found.copies {
            ui.horizontal_wrapped(|ui| {
                ui.label(display_name(copy));
                if ui.button(format!("Open {}", display_name(copy))).clicked() {
                    action = Some(Action::OpenFile(copy.clone()));
                }
            });
        }
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button("Show in folder").clicked() {
                // The case selected in its folder, its copies sorted beside it.
                action = Some(Action::ShowInFolder(found.case.clone()));
            }
            let ok = ui.button("OK");
            super::access::focus_on_open(ui, &ok);
            if ok.clicked() {
                action = Some(Action::DismissSyncCopies);
            }
        });
        action
    });
    let closed = response.should_close().then_some(Action::DismissSyncCopies);
    if let Some(action) = response.inner.or(closed) {
        if action != Action::DismissSyncCopies {
            app.actions.push(Action::DismissSyncCopies);
        }
        app.actions.push(action);
    }
}
