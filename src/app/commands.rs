//! Everything the user can ask the app to do from a menu, a button or a shortcut.
//!
//! Buttons and shortcuts push a [`Command`] while the frame is drawn; the app applies them
//! after drawing, so no widget mutates the document behind another widget's back. A new
//! command (such as exporting a PDF) is one more variant, one label and, if it has one, a
//! shortcut.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::case::{Anchor, Step};

/// Something the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Start a new, empty case.
    New,
    /// Choose a case file to open.
    Open,
    /// Open a given file (recent files, tests).
    OpenFile(PathBuf),
    /// Open a bundled example as an untitled copy, by index into [`super::examples::EXAMPLES`].
    OpenExample(usize),
    /// Save to the current file, or ask for one.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Save to a given file (the answer of the save dialog; tests).
    SaveTo(PathBuf),
    /// Choose where to export the committee PDF, then write it.
    Export,
    /// Export the committee PDF to a given file (the answer of the export dialog; tests).
    ExportTo(PathBuf),
    /// Open a file with the system's default program (the PDF just exported).
    OpenExternally(PathBuf),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Close the case and go back to the start screen.
    Close,
    /// Close the window (asking about unsaved changes first).
    Quit,
    /// Show a wizard step.
    GoTo(Step),
    /// Show the step holding a field and put the cursor in it.
    Reveal(Anchor),
}

impl Command {
    /// The commands that have a keyboard shortcut, in the order they are checked (the more
    /// specific Shift variants first, so Ctrl+Shift+S is not taken as Ctrl+S).
    pub const WITH_SHORTCUTS: [Command; 7] = [
        Command::SaveAs,
        Command::Redo,
        Command::New,
        Command::Open,
        Command::Save,
        Command::Export,
        Command::Undo,
    ];

    /// The words on the button or menu item.
    pub fn label(&self) -> String {
        match self {
            Command::New => "New case".into(),
            Command::Open => "Open…".into(),
            Command::OpenFile(path) => path.display().to_string(),
            Command::OpenExample(_) => "Open example".into(),
            Command::Save => "Save".into(),
            Command::SaveAs => "Save as…".into(),
            Command::SaveTo(path) => format!("Save to {}", path.display()),
            Command::Export => "Export PDF…".into(),
            Command::ExportTo(path) => format!("Export to {}", path.display()),
            Command::OpenExternally(path) => format!("Open {}", path.display()),
            Command::Undo => "Undo".into(),
            Command::Redo => "Redo".into(),
            Command::Close => "Close case".into(),
            Command::Quit => "Quit".into(),
            Command::GoTo(step) => step.label().into(),
            Command::Reveal(_) => "Show".into(),
        }
    }

    /// The main shortcut (Ctrl on Windows and Linux, Cmd on macOS), if any.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let command = Modifiers::COMMAND;
        let shift = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        match self {
            Command::New => Some(KeyboardShortcut::new(command, Key::N)),
            Command::Open => Some(KeyboardShortcut::new(command, Key::O)),
            Command::Save => Some(KeyboardShortcut::new(command, Key::S)),
            Command::SaveAs => Some(KeyboardShortcut::new(shift, Key::S)),
            Command::Export => Some(KeyboardShortcut::new(command, Key::E)),
            Command::Undo => Some(KeyboardShortcut::new(command, Key::Z)),
            Command::Redo => Some(KeyboardShortcut::new(shift, Key::Z)),
            _ => None,
        }
    }

    /// A second shortcut: Ctrl+Y for redo, as Windows users expect.
    pub fn alternative_shortcut(&self) -> Option<KeyboardShortcut> {
        match self {
            Command::Redo => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)),
            _ => None,
        }
    }

    /// Takes any shortcut pressed this frame out of the input and returns its command.
    pub fn from_shortcuts(ctx: &egui::Context) -> Vec<Command> {
        ctx.input_mut(|input| {
            Command::WITH_SHORTCUTS
                .into_iter()
                .filter(|command| {
                    [command.shortcut(), command.alternative_shortcut()]
                        .into_iter()
                        .flatten()
                        .any(|shortcut| input.consume_shortcut(&shortcut))
                })
                .collect()
        })
    }

    /// The label with its shortcut, e.g. "Save (Ctrl+S)", for tooltips.
    pub fn hint(&self, ctx: &egui::Context) -> String {
        match self.shortcut() {
            Some(shortcut) => format!("{} ({})", self.label(), ctx.format_shortcut(&shortcut)),
            None => self.label(),
        }
    }
}
