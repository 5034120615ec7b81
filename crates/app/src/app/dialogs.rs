//! Native file dialogs that do not freeze the window, and what to do when there are none.
//!
//! A dialog runs on its own thread; its answer comes back over a channel and wakes the UI.
//! Only one dialog is open at a time: while one is open, asking for another does nothing.
//! Tests, which cannot click in a system dialog, have each dialog answered at once instead
//! ([`FileDialogs::Answered`]).
//!
//! Some desktops cannot show a file dialog at all (Linux without a desktop portal or zenity):
//! rfd then returns at once with no file, exactly as if the user had cancelled. A dialog that
//! "cancels" faster than a person could is taken to have failed to open
//! ([`Outcome::CouldNotOpen`]), and the app asks for the file's path instead, starting in the
//! user's documents folder ([`suggested_path`]).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use super::commands::Action;
use crate::case::storage::EXTENSION;
use crate::report::Format;

/// Answers a file dialog without showing it (tests).
pub type DialogAnswer = Arc<dyn Fn(&Purpose) -> Outcome + Send + Sync>;

/// How a file dialog ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// The system could not show a dialog; the app asks for a path instead.
    CouldNotOpen,
}

impl From<Option<PathBuf>> for Outcome {
    /// A test's answer as a dialog gives it: a file, or a cancel.
    fn from(chosen: Option<PathBuf>) -> Outcome {
        chosen.map_or(Outcome::Cancelled, Outcome::Chosen)
    }
}

/// A dialog that comes back empty sooner than this never appeared: no person opens a dialog,
/// reads it and cancels it in a quarter of a second.
const TOO_QUICK_TO_CANCEL: Duration = Duration::from_millis(250);

/// How the app's file dialogs are answered.
#[derive(Clone, Default)]
pub enum FileDialogs {
    /// By the user, in the system's own dialogs.
    #[default]
    Native,
    /// At once, by a function, without showing a dialog: tests use this to see what a
    /// command that asks for a file does with the file.
    Answered(DialogAnswer),
}

impl fmt::Debug for FileDialogs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileDialogs::Native => f.write_str("Native"),
            FileDialogs::Answered(_) => f.write_str("Answered(..)"),
        }
    }
}

/// Why a dialog was opened, so its answer can be acted on.
#[derive(Debug, Clone, PartialEq)]
pub enum Purpose {
    /// Choose a case to open.
    Open,
    /// Choose where to save; then run the command, if any (e.g. close after saving).
    SaveAs {
        /// What to do once saved.
        then: Option<Box<Action>>,
    },
    /// Choose where to write the committee paper in a format.
    Export(Format),
    /// Choose an earlier version of the case to compare the open one with.
    Compare,
    /// Choose a spreadsheet to import finance lines from.
    Import,
    /// Choose where to save a blank template of finance lines.
    Template,
}

impl Purpose {
    /// The word on the button that acts on the chosen file.
    pub fn verb(&self) -> &'static str {
        match self {
            Purpose::Open => "Open",
            Purpose::SaveAs { .. } => "Save",
            Purpose::Export(_) => "Export",
            Purpose::Compare => "Compare",
            Purpose::Import => "Import",
            Purpose::Template => "Save",
        }
    }

    /// What the dialog was for, as the title of the box that asks for a path instead.
    pub fn title(&self) -> String {
        match self {
            Purpose::Open => "Open a case".to_owned(),
            Purpose::SaveAs { .. } => "Save the case".to_owned(),
            Purpose::Export(format) => format!("Export the committee {format}"),
            Purpose::Compare => "Compare with an earlier version".to_owned(),
            Purpose::Import => "Import finance lines".to_owned(),
            Purpose::Template => "Save a blank template of finance lines".to_owned(),
        }
    }
}

/// The file dialog currently open, if any.
#[derive(Default)]
pub struct Dialogs {
    answered_by: FileDialogs,
    pending: Option<Pending>,
}

/// A dialog that is open: what for, the file name it suggested, and where its answer comes.
struct Pending {
    purpose: Purpose,
    file_name: String,
    answer: Receiver<Outcome>,
}

/// A dialog that has ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Ended {
    /// What it was for.
    pub purpose: Purpose,
    /// How it ended.
    pub outcome: Outcome,
    /// The file name it suggested (with its extension; empty for Open), for the box that asks
    /// for a path when the dialog could not open.
    pub file_name: String,
}

impl Dialogs {
    /// Dialogs answered as `answered_by` says.
    pub fn new(answered_by: FileDialogs) -> Dialogs {
        Dialogs {
            answered_by,
            pending: None,
        }
    }

    /// Whether a dialog is open (the app shows this and refuses a second one).
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Opens a dialog for `purpose` on a thread; `suggested_name` pre-fills a save dialog.
    /// Does nothing if one is already open.
    pub fn open(&mut self, ctx: &egui::Context, purpose: Purpose, suggested_name: &str) {
        if self.is_open() {
            return;
        }
        let file_name = match purpose {
            Purpose::Open | Purpose::Compare | Purpose::Import => String::new(),
            Purpose::Template => "finance-lines.xlsx".to_owned(),
            Purpose::SaveAs { .. } => format!("{suggested_name}.{EXTENSION}"),
            Purpose::Export(format) => format!("{suggested_name}.{}", format.extension()),
        };
        let (sender, receiver) = channel();
        if let FileDialogs::Answered(answer) = &self.answered_by {
            // The receiver is still here, so the answer waits in the channel.
            let _ = sender.send(answer(&purpose));
            self.pending = Some(Pending {
                purpose,
                file_name,
                answer: receiver,
            });
            ctx.request_repaint();
            return;
        }
        let wake = ctx.clone();
        let suggested = file_name.clone();
        let kind = purpose.clone();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let case_dialog = || {
                    rfd::FileDialog::new()
                        .add_filter("Casewright case", &[EXTENSION])
                        .add_filter("All files", &["*"])
                };
                let started = Instant::now();
                let chosen = match kind {
                    Purpose::Open => case_dialog().pick_file(),
                    Purpose::Compare => case_dialog()
                        .set_title("Compare with an earlier version")
                        .pick_file(),
                    Purpose::SaveAs { .. } => case_dialog().set_file_name(suggested).save_file(),
                    Purpose::Import => rfd::FileDialog::new()
                        .add_filter("Spreadsheet", &["xlsx", "ods", "csv"])
                        .add_filter("All files", &["*"])
                        .set_title("Import finance lines")
                        .pick_file(),
                    Purpose::Template => rfd::FileDialog::new()
                        .add_filter("Excel workbook", &["xlsx"])
                        .set_file_name(suggested)
                        .save_file(),
                    Purpose::Export(format) => rfd::FileDialog::new()
                        .add_filter(format.document(), &[format.extension()])
                        .set_file_name(suggested)
                        .save_file(),
                };
                let outcome = match chosen {
                    Some(path) => Outcome::Chosen(path),
                    None if started.elapsed() < TOO_QUICK_TO_CANCEL => Outcome::CouldNotOpen,
                    None => Outcome::Cancelled,
                };
                let _ = sender.send(outcome);
                wake.request_repaint();
            });
        if spawned.is_err() {
            // No thread, no dialog: the answer is that it could not open. The sender went with
            // the closure, so the channel reads as disconnected, which `poll` takes to mean so.
            ctx.request_repaint();
        }
        self.pending = Some(Pending {
            purpose,
            file_name,
            answer: receiver,
        });
    }

    /// How the dialog ended, once it has. Call once a frame.
    pub fn poll(&mut self) -> Option<Ended> {
        let pending = self.pending.as_ref()?;
        let outcome = match pending.answer.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => return None,
            // The dialog's thread ended without an answer: it could not show one.
            Err(TryRecvError::Disconnected) => Outcome::CouldNotOpen,
        };
        let Pending {
            purpose, file_name, ..
        } = self.pending.take()?;
        Some(Ended {
            purpose,
            outcome,
            file_name,
        })
    }
}

/// The path to offer when no dialog can open: the user's documents folder (or home folder),
/// with `file_name` for a save.
pub fn suggested_path(file_name: &str) -> PathBuf {
    let folder = directories::UserDirs::new().map(|dirs| {
        dirs.document_dir()
            .unwrap_or_else(|| dirs.home_dir())
            .to_path_buf()
    });
    let folder = folder.unwrap_or_else(|| Path::new(".").to_path_buf());
    folder.join(file_name)
}

/// The most characters a suggested file name's stem has.
const STEM_LIMIT: usize = 60;

/// A file name made from a case title, for the save dialog: letters, digits and dashes, at
/// most [`STEM_LIMIT`] characters, cut between words (`…-police-and-north-wales`, never
/// `…-police-and-north-w`); a first word longer than the limit is cut where the limit falls.
pub fn file_stem_for(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let mut cut = String::new();
    for word in stem.split('-').filter(|part| !part.is_empty()) {
        let joined = cut.chars().count() + usize::from(!cut.is_empty()) + word.chars().count();
        if joined > STEM_LIMIT {
            if cut.is_empty() {
                cut = word.chars().take(STEM_LIMIT).collect();
            }
            break;
        }
        if !cut.is_empty() {
            cut.push('-');
        }
        cut.push_str(word);
    }
    if cut.is_empty() {
        "business-case".into()
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(
            file_stem_for("Joint Firearms Training: 2026/27"),
            "joint-firearms-training-2026-27"
        );
        assert_eq!(file_stem_for("  "), "business-case");
        assert_eq!(
            file_stem_for("Heddlu Dyfed-Powys ŵ"),
            "heddlu-dyfed-powys-ŵ"
        );
    }

    #[test]
    fn a_long_title_is_cut_between_words() {
        let stem = file_stem_for(
            "Joint firearms training for Dyfed-Powys Police and North Wales Police from 2027",
        );
        assert_eq!(
            stem,
            "joint-firearms-training-for-dyfed-powys-police-and-north"
        );
        assert!(stem.chars().count() <= STEM_LIMIT);
        let word = "a".repeat(80);
        assert_eq!(file_stem_for(&word).chars().count(), STEM_LIMIT);
    }
}
