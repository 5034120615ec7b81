//! Everything the user can ask the app to do, as data.
//!
//! A [`Command`] is one of the user's commands as the menus, the keyboard and the shortcut list
//! know it: a label, where it sits in the menu bar and its shortcuts, all in one place, so a
//! shortcut cannot be shown without also working. An [`Action`] is what goes on the app's queue:
//! a command, or a request that carries data (open this file, go to this step, the answer to
//! "save changes?"). Menus, buttons, shortcuts, dialogs, modal answers and the start screen all
//! push actions while the frame is drawn; the app applies them after drawing, so nothing
//! changes the document behind a widget's back.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::case::{Anchor, Step};
use crate::report::Format;

/// One of the user's commands, as the menu bar, the keyboard and the shortcut list offer it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new, empty case.
    New,
    /// Choose a case file to open.
    Open,
    /// Save to the current file, or ask for one.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Choose where to write the committee paper in a format, then write it: one command
    /// a format of [`Format::ALL`], so the menu offers every format the paper is written in.
    Export(Format),
    /// Read an option's finance lines from a spreadsheet, after a preview.
    ImportLines,
    /// Choose an earlier version of the case and list what changed since.
    CompareWith,
    /// Close the case and go back to the start screen.
    Close,
    /// Close the window.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Open the figure picker of the text area with the cursor, to insert a live figure.
    InsertFigure,
    /// Show or hide the paper as it prints, beside the wizard.
    Preview,
    /// List the keyboard shortcuts.
    KeyboardShortcuts,
    /// Say which version this is, and the fonts it carries with their licences.
    About,
}

/// A menu of the menu bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Menu {
    /// Files: new, open, save, export, close.
    File,
    /// Undo and redo.
    Edit,
    /// The panels beside the step: the preview and the guidance.
    View,
    /// The keyboard shortcuts and what the program is.
    Help,
}

impl Menu {
    /// Every menu, left to right.
    pub const ALL: [Menu; 4] = [Menu::File, Menu::Edit, Menu::View, Menu::Help];

    /// The menu's title in the menu bar.
    pub fn label(self) -> &'static str {
        match self {
            Menu::File => "File",
            Menu::Edit => "Edit",
            Menu::View => "View",
            Menu::Help => "Help",
        }
    }
}

/// Ctrl (Cmd on macOS) with `key`.
const fn command_key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

/// Ctrl+Shift (Cmd+Shift on macOS) with `key`.
const fn command_shift_key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(
        Modifiers {
            shift: true,
            ..Modifiers::COMMAND
        },
        key,
    )
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 17] = [
        Command::New,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::Export(Format::ALL[0]),
        Command::Export(Format::ALL[1]),
        Command::Export(Format::ALL[2]),
        Command::ImportLines,
        Command::CompareWith,
        Command::Close,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::InsertFigure,
        Command::Preview,
        Command::KeyboardShortcuts,
        Command::About,
    ];

    /// The words on the menu item or button.
    pub fn label(self) -> &'static str {
        match self {
            Command::New => "New case",
            Command::Open => "Open…",
            Command::Save => "Save",
            Command::SaveAs => "Save as…",
            Command::Export(Format::Pdf) => "Export PDF…",
            Command::Export(Format::Docx) => "Export Word…",
            Command::Export(Format::Xlsx) => "Export workbook…",
            Command::ImportLines => "Import finance lines…",
            Command::CompareWith => "Compare with…",
            Command::Close => "Close case",
            Command::Quit => "Quit",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::InsertFigure => "Insert figure…",
            Command::Preview => "Preview",
            Command::KeyboardShortcuts => "Keyboard shortcuts",
            Command::About => "About Casewright",
        }
    }

    /// Where the command sits: its menu, and its group within the menu (groups are divided by
    /// a line).
    pub fn place(self) -> (Menu, u8) {
        match self {
            Command::New | Command::Open => (Menu::File, 0),
            Command::Save
            | Command::SaveAs
            | Command::Export(_)
            | Command::ImportLines
            | Command::CompareWith => (Menu::File, 1),
            Command::Close | Command::Quit => (Menu::File, 2),
            Command::Undo | Command::Redo => (Menu::Edit, 0),
            Command::InsertFigure => (Menu::Edit, 1),
            Command::Preview => (Menu::View, 0),
            Command::KeyboardShortcuts | Command::About => (Menu::Help, 0),
        }
    }

    /// The command's shortcuts, the one the menu shows first. Ctrl on Windows and Linux is Cmd
    /// on macOS ([`Modifiers::COMMAND`]); Ctrl+Y redoes too, as Windows users expect.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: [KeyboardShortcut; 1] = [command_key(Key::N)];
        const OPEN: [KeyboardShortcut; 1] = [command_key(Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [command_key(Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [command_shift_key(Key::S)];
        const EXPORT: [KeyboardShortcut; 1] = [command_key(Key::E)];
        const EXPORT_WORD: [KeyboardShortcut; 1] = [command_shift_key(Key::E)];
        const UNDO: [KeyboardShortcut; 1] = [command_key(Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [command_shift_key(Key::Z), command_key(Key::Y)];
        const INSERT_FIGURE: [KeyboardShortcut; 1] = [command_shift_key(Key::F)];
        const PREVIEW: [KeyboardShortcut; 1] = [command_shift_key(Key::P)];
        match self {
            Command::New => &NEW,
            Command::Open => &OPEN,
            Command::Save => &SAVE,
            Command::SaveAs => &SAVE_AS,
            Command::Export(Format::Pdf) => &EXPORT,
            Command::Export(Format::Docx) => &EXPORT_WORD,
            Command::Undo => &UNDO,
            Command::Redo => &REDO,
            Command::InsertFigure => &INSERT_FIGURE,
            Command::Preview => &PREVIEW,
            Command::Export(Format::Xlsx)
            | Command::ImportLines
            | Command::CompareWith
            | Command::Close
            | Command::Quit
            | Command::KeyboardShortcuts
            | Command::About => &[],
        }
    }

    /// The commands whose shortcuts were pressed this frame, taking those key presses out of
    /// the input (so Ctrl+Z undoes the case, never just the text field with the cursor).
    ///
    /// egui matches a shortcut even when Shift is held as well, so Ctrl+Shift+S would also
    /// read as Ctrl+S: shortcuts with more modifiers are tried first, and the press they take
    /// is gone before the plainer one is tried.
    pub fn pressed(ctx: &egui::Context) -> Vec<Command> {
        let mut shortcuts: Vec<(KeyboardShortcut, Command)> = Command::ALL
            .into_iter()
            .flat_map(|command| {
                command
                    .shortcuts()
                    .iter()
                    .map(move |shortcut| (*shortcut, command))
            })
            .collect();
        shortcuts.sort_by_key(|(shortcut, _)| std::cmp::Reverse(modifier_count(shortcut)));
        ctx.input_mut(|input| {
            let mut pressed = Vec::new();
            for (shortcut, command) in shortcuts {
                if input.consume_shortcut(&shortcut) && !pressed.contains(&command) {
                    pressed.push(command);
                }
            }
            pressed
        })
    }
}

/// How many modifier keys a shortcut needs.
fn modifier_count(shortcut: &KeyboardShortcut) -> usize {
    let Modifiers {
        alt,
        ctrl,
        shift,
        mac_cmd,
        command,
    } = shortcut.modifiers;
    [alt, ctrl || command || mac_cmd, shift]
        .into_iter()
        .filter(|held| *held)
        .count()
}

/// Something for the app to do after the frame: one of the user's [`Command`]s, or a request
/// that carries what it is about.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A command from a menu, a button or a shortcut.
    Command(Command),
    /// Open a given file (recent files, the command line, tests).
    OpenFile(PathBuf),
    /// Open the file chosen in the Open dialog. Unsaved changes were dealt with before the
    /// dialog opened, so this does not ask again.
    OpenChosen(PathBuf),
    /// Open a bundled example as an untitled copy, by index into [`super::examples::EXAMPLES`].
    OpenExample(usize),
    /// Save to a given file (the answer of the save dialog; tests), then do `then`, if any.
    SaveTo {
        /// Where to save.
        path: PathBuf,
        /// What to do once saved (close, after "save changes?" was answered Save).
        then: Option<Box<Action>>,
    },
    /// Write the committee paper in a format to a given file (the answer of the export
    /// dialog; tests).
    ExportTo(Format, PathBuf),
    /// Open a file in the program the system uses for it (the paper just exported).
    OpenExternally(PathBuf),
    /// Show a step of the wizard.
    GoTo(Step),
    /// Show the field a finding is about: its step, with the cursor in it.
    Reveal(Anchor),
    /// The answer to "save changes?".
    Unsaved(Answer),
    /// Dismiss the notice being shown.
    DismissNotice,
    /// Act on the path typed because a file dialog could not open, as the dialog's answer.
    UsePath(PathBuf),
    /// Close the box that asks for a path, doing nothing.
    CancelPathPrompt,
    /// The answer to "someone else saved this file since you opened it".
    Conflict(super::sharing::ConflictAnswer),
    /// The answer to "someone else has this case open".
    Locked(super::sharing::LockAnswer),
    /// The answer to "reload the file someone else changed?" (true to reload).
    Reload(bool),
    /// Close the list of a sync client's conflict copies.
    DismissSyncCopies,
    /// Open the work autosaved before a crash, by index into the recoveries offered.
    Recover(usize),
    /// Ask to discard the work autosaved before a crash, by index into the recoveries offered
    /// (the user confirms first).
    DiscardRecovery(usize),
    /// Discard the recovered work the user was asked about.
    ConfirmDiscard,
    /// Keep the recovered work the user was asked about.
    KeepRecovery,
    /// Offer the work last discarded again.
    UndoDiscard,
    /// Show a file in the system's file manager.
    ShowInFolder(PathBuf),
    /// List what changed since the version of the case in a given file (the answer of the
    /// Compare with… dialog; tests).
    CompareWith(PathBuf),
    /// Close the Changes view.
    CloseChanges,
    /// Open a file dialog from the import box: the file to import, or where to save a blank
    /// template.
    ChooseImport(super::dialogs::Purpose),
    /// Read finance lines from a given file and preview them (the answer of the import
    /// dialog; tests).
    ImportFrom(PathBuf),
    /// Write a blank template of finance lines to a given file.
    SaveTemplateTo(PathBuf),
    /// Import the lines previewed, in one edit.
    ApplyImport,
    /// Close the import box, importing nothing.
    CloseImport,
    /// Add a row to the revision history saying what changed since the version compared with.
    AddRevision,
}

impl From<Command> for Action {
    fn from(command: Command) -> Action {
        Action::Command(command)
    }
}

impl Action {
    /// Saving to `path` with nothing to do afterwards.
    pub fn save_to(path: PathBuf) -> Action {
        Action::SaveTo { path, then: None }
    }

    /// Whether the action replaces or closes the open case, so unsaved changes must be dealt
    /// with first.
    pub fn replaces_document(&self) -> bool {
        matches!(
            self,
            Action::Command(Command::New | Command::Open | Command::Close | Command::Quit)
                | Action::OpenFile(_)
                | Action::OpenExample(_)
                | Action::Recover(_)
        )
    }
}

/// The answers to "save changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Save, then carry on with what was asked.
    Save,
    /// Carry on without saving.
    Discard,
    /// Do neither: keep the case open as it is.
    Cancel,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The input of a frame in which `shortcut` was pressed.
    fn pressing(shortcut: KeyboardShortcut) -> egui::RawInput {
        egui::RawInput {
            events: vec![egui::Event::Key {
                key: shortcut.logical_key,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers: shortcut.modifiers,
            }],
            ..Default::default()
        }
    }

    /// The commands the app takes from one frame in which `shortcut` was pressed.
    fn commands_from(shortcut: KeyboardShortcut) -> Vec<Command> {
        let mut pressed = Vec::new();
        let mut output = egui::Context::default().run_ui(pressing(shortcut), |ui| {
            pressed = Command::pressed(ui.ctx());
        });
        // Nothing is drawn: the font atlas egui made is not wanted.
        output.textures_delta.clear();
        pressed
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let all: Vec<(Command, KeyboardShortcut)> = Command::ALL
            .into_iter()
            .flat_map(|command| command.shortcuts().iter().map(move |s| (command, *s)))
            .collect();
        for (i, (command, shortcut)) in all.iter().enumerate() {
            for (other, other_shortcut) in &all[i + 1..] {
                assert_ne!(shortcut, other_shortcut, "{command:?} and {other:?}");
            }
        }
    }

    #[test]
    fn each_shortcut_runs_its_own_command_and_no_other() {
        for command in Command::ALL {
            for shortcut in command.shortcuts() {
                // Ctrl+Shift+S is Save as and not also Save; Ctrl+Shift+Z is Redo, not Undo.
                assert_eq!(commands_from(*shortcut), vec![command], "{shortcut:?}");
            }
        }
    }

    #[test]
    fn commands_are_listed_once_and_every_menu_has_one() {
        for (i, command) in Command::ALL.iter().enumerate() {
            assert!(
                !Command::ALL[i + 1..].contains(command),
                "{command:?} twice"
            );
        }
        for menu in Menu::ALL {
            assert!(Command::ALL.iter().any(|command| command.place().0 == menu));
        }
    }
}
