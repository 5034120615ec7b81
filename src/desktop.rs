//! What the program needs from the desktop it runs on, beside the window itself: its icon,
//! and on Windows a terminal to print to. `src/main.rs` uses both; nothing else should need
//! them.

#[cfg(feature = "gui")]
use std::sync::Arc;

#[cfg(feature = "gui")]
use eframe::egui::IconData;

/// The app icon at 256 px, as `assets/icon/build-icons` renders it.
#[cfg(feature = "gui")]
const ICON_PNG: &[u8] = include_bytes!("../assets/icon/casewright-256.png");

/// The icon for the window's title bar, the taskbar and the Dock, on every platform.
///
/// Without it eframe shows its own egui logo. The Windows executable and the macOS bundle
/// carry the same drawing for Explorer, the Start menu and Finder (see `build.rs` and
/// `packaging/macos/make-app`); this covers the running window, which they do not reach.
#[cfg(feature = "gui")]
pub fn window_icon() -> Arc<IconData> {
    // The PNG is part of the program, not user input, and `tests/desktop.rs` decodes it.
    let icon = eframe::icon_data::from_png_bytes(ICON_PNG).expect("the bundled icon is a PNG");
    Arc::new(icon)
}

/// Lets `check`, `export` and other subcommands print in the terminal that started them.
///
/// The Windows build is a GUI program (`windows_subsystem = "windows"` in `src/main.rs`), so
/// starting it from the Start menu or a double-click opens no console window behind the app.
/// The price is that it has no console at all: typed in a terminal, `casewright check` would
/// print nothing. This attaches to the parent's console when there is one; output the parent
/// redirected to a file or a pipe stays redirected. Elsewhere it does nothing.
///
/// Call it only for headless commands: a window attached to a terminal would be closed with
/// that terminal, and with it any unsaved work.
pub fn attach_to_parent_console() {
    #[cfg(windows)]
    windows_console::attach_to_parent_console();
}

#[cfg(windows)]
#[allow(
    unsafe_code,
    reason = "attaching to a console is a Windows call with no safe wrapper in std"
)]
mod windows_console {
    use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
    use windows_sys::Win32::Storage::FileSystem::{FILE_TYPE_DISK, FILE_TYPE_PIPE, GetFileType};
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
        STD_OUTPUT_HANDLE, SetStdHandle,
    };

    /// The streams the subcommands write to.
    const STREAMS: [STD_HANDLE; 2] = [STD_OUTPUT_HANDLE, STD_ERROR_HANDLE];

    pub(super) fn attach_to_parent_console() {
        // Attaching replaces every standard handle with the console, so remember the ones
        // the parent pointed at a file or a pipe (`casewright check x.ron > out.txt`, or a
        // script capturing the output) and put them back afterwards.
        let redirected: Vec<(STD_HANDLE, HANDLE)> = STREAMS
            .into_iter()
            // SAFETY: GetStdHandle only reads this process's standard handle table.
            .map(|stream| (stream, unsafe { GetStdHandle(stream) }))
            .filter(|&(_, handle)| is_file_or_pipe(handle))
            .collect();
        if redirected.len() == STREAMS.len() {
            return;
        }
        // SAFETY: no pointers are passed; it fails harmlessly when the parent (Explorer, a
        // shortcut) has no console, which leaves the program as it was.
        if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
            return;
        }
        for (stream, handle) in redirected {
            // SAFETY: `handle` is the valid handle this process was started with.
            unsafe { SetStdHandle(stream, handle) };
        }
    }

    fn is_file_or_pipe(handle: HANDLE) -> bool {
        if handle.is_null() || handle == INVALID_HANDLE_VALUE {
            return false;
        }
        // SAFETY: `handle` is a standard handle of this process, checked above.
        let kind = unsafe { GetFileType(handle) };
        kind == FILE_TYPE_DISK || kind == FILE_TYPE_PIPE
    }
}
