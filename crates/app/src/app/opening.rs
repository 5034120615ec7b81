//! Handing a file to another program: opening the exported PDF in the user's viewer, and
//! showing a file in its folder when it cannot be opened.
//!
//! Opening waits for the system's answer on a thread of its own (a launcher can take a moment,
//! and some wait for the viewer), so the window never freezes; the app polls for the answer
//! and says on screen, with the path, when nothing could open the file.

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// How a file is opened in another program: the system's way in the app, a stand-in in tests.
pub type Opener = fn(&Path) -> io::Result<()>;

/// Opens `path` with the program the system associates with it, waiting for the launcher's
/// answer, so a machine with no PDF viewer is reported rather than ignored.
pub fn open_with_system(path: &Path) -> io::Result<()> {
    open::that(path)
}

/// A file being opened in another program.
pub struct Opening {
    path: PathBuf,
    answer: Receiver<io::Result<()>>,
}

impl Opening {
    /// Starts opening `path` with `opener` on a thread of its own.
    pub fn start(path: PathBuf, opener: Opener, ctx: &egui::Context) -> Opening {
        let (send, answer) = channel();
        let ctx = ctx.clone();
        let file = path.clone();
        std::thread::spawn(move || {
            // The receiver may be gone (the app closed); nothing is left to tell.
            let _ = send.send(opener(&file));
            ctx.request_repaint();
        });
        Opening { path, answer }
    }

    /// The file being opened.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `None` while the system has not answered; then whether the file opened, or why not.
    pub fn poll(&self) -> Option<Result<(), String>> {
        match self.answer.try_recv() {
            Ok(result) => Some(result.map_err(|error| error.to_string())),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Err("the program that opens files stopped".into()))
            }
        }
    }
}

/// Shows `path` in the system's file manager: selected in Windows Explorer
/// (`explorer /select,`), revealed in the Finder (`open -R`), or its folder opened elsewhere.
pub fn show_in_folder(path: &Path) -> io::Result<()> {
    if cfg!(target_os = "windows") {
        let mut select = std::ffi::OsString::from("/select,");
        select.push(path.as_os_str());
        Command::new("explorer").arg(select).spawn().map(drop)
    } else if cfg!(target_os = "macos") {
        Command::new("open").arg("-R").arg(path).spawn().map(drop)
    } else {
        let folder = path
            .parent()
            .filter(|folder| !folder.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        open::that_detached(folder)
    }
}
