//! Native file dialogs that do not freeze the window.
//!
//! A dialog runs on its own thread; its answer comes back over a channel and wakes the UI.
//! Only one dialog is open at a time: while one is open, asking for another does nothing.
//! Tests, which cannot click in a system dialog, have each dialog answered at once instead
//! ([`FileDialogs::Answered`]).

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::commands::Action;
use crate::case::storage::EXTENSION;

/// Answers a file dialog without showing it: the file chosen, or `None` for a cancelled one.
pub type DialogAnswer = Arc<dyn Fn(&Purpose) -> Option<PathBuf> + Send + Sync>;

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
    /// Choose where to write the committee PDF.
    ExportPdf,
}

/// The file dialog currently open, if any.
#[derive(Default)]
pub struct Dialogs {
    answered_by: FileDialogs,
    pending: Option<(Purpose, Receiver<Option<PathBuf>>)>,
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
        let (sender, receiver) = channel();
        if let FileDialogs::Answered(answer) = &self.answered_by {
            // The receiver is still here, so the answer waits in the channel.
            let _ = sender.send(answer(&purpose));
            self.pending = Some((purpose, receiver));
            ctx.request_repaint();
            return;
        }
        let ctx = ctx.clone();
        let suggested = suggested_name.to_owned();
        let kind = purpose.clone();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let case_dialog = || {
                    rfd::FileDialog::new()
                        .add_filter("Casewright case", &[EXTENSION])
                        .add_filter("All files", &["*"])
                };
                let chosen = match kind {
                    Purpose::Open => case_dialog().pick_file(),
                    Purpose::SaveAs { .. } => case_dialog()
                        .set_file_name(format!("{suggested}.{EXTENSION}"))
                        .save_file(),
                    Purpose::ExportPdf => rfd::FileDialog::new()
                        .add_filter("PDF document", &["pdf"])
                        .set_file_name(format!("{suggested}.pdf"))
                        .save_file(),
                };
                let _ = sender.send(chosen);
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.pending = Some((purpose, receiver));
        }
    }

    /// The answer, once the user has chosen a file or cancelled: `Some((purpose, None))` on
    /// cancel. Call once a frame.
    pub fn poll(&mut self) -> Option<(Purpose, Option<PathBuf>)> {
        let (_, receiver) = self.pending.as_ref()?;
        let answer = match receiver.try_recv() {
            Ok(path) => path,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => None,
        };
        let (purpose, _) = self.pending.take()?;
        Some((purpose, answer))
    }
}

/// A file name made from a case title, for the save dialog: letters, digits and dashes.
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
    let stem = stem
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "business-case".into()
    } else {
        stem.chars().take(60).collect()
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
}
