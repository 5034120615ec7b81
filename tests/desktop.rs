//! What Casewright needs from each desktop, checked here on Linux as far as Linux can: the
//! icon every platform shows, that shortcuts follow the Mac's Command key, and that the
//! user's data lives in the per-user folder of the platform. The Windows and macOS runners
//! of `.github/workflows/release.yml` run the platform-specific tests at the bottom.

use std::path::Path;

use casewright::app::commands::Command;
use casewright::desktop;
use egui::os::OperatingSystem;
use egui::{Event, Key, Modifiers, RawInput};

/// The sizes committed under `assets/icon/`, as `assets/icon/build-icons` writes them.
const ICON_SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

fn icon_folder() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/icon"))
}

/// The alpha value of the pixel at (`x`, `y`) of an RGBA image `width` pixels wide.
fn alpha(rgba: &[u8], width: u32, x: u32, y: u32) -> u8 {
    rgba[((y * width + x) * 4 + 3) as usize]
}

#[test]
fn the_window_icon_is_the_256_px_drawing_with_a_transparent_surround() {
    let icon = desktop::window_icon();
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    assert_eq!(alpha(&icon.rgba, 256, 0, 0), 0, "corners are transparent");
    assert_eq!(alpha(&icon.rgba, 256, 128, 128), 255, "the page is opaque");
}

#[test]
fn every_icon_size_is_committed_at_its_size() {
    for size in ICON_SIZES {
        let path = icon_folder().join(format!("casewright-{size}.png"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let icon = eframe::icon_data::from_png_bytes(&bytes)
            .unwrap_or_else(|e| panic!("{} is not a PNG: {e}", path.display()));
        assert_eq!(
            (icon.width, icon.height),
            (size, size),
            "{}",
            path.display()
        );
    }
}

#[test]
fn the_windows_icon_file_holds_every_size_up_to_256() {
    let path = icon_folder().join("casewright.ico");
    let ico = std::fs::read(&path).expect("assets/icon/casewright.ico");
    let word = |at: usize| u16::from_le_bytes([ico[at], ico[at + 1]]);
    assert_eq!((word(0), word(2)), (0, 1), "an ICO header");
    let count = usize::from(word(4));
    // Each directory entry is 16 bytes; a width byte of 0 means 256 pixels.
    let sizes: Vec<u32> = (0..count)
        .map(|entry| match ico[6 + entry * 16] {
            0 => 256,
            width => u32::from(width),
        })
        .collect();
    let expected: Vec<u32> = ICON_SIZES.into_iter().filter(|&s| s <= 256).collect();
    assert_eq!(sizes, expected);
}

/// Runs one frame in which `modifiers`+`key` is pressed on `os`, and returns the commands
/// the app's shortcut handling takes from it.
fn commands_from_keys(os: OperatingSystem, modifiers: Modifiers, key: Key) -> Vec<Command> {
    let ctx = egui::Context::default();
    ctx.set_os(os);
    let input = RawInput {
        events: vec![Event::Key {
            key,
            physical_key: Some(key),
            pressed: true,
            repeat: false,
            modifiers,
        }],
        ..RawInput::default()
    };
    let mut commands = Vec::new();
    ctx.run_pass(input, |ctx| commands = Command::pressed(ctx))
        .drop_without_applying_deltas();
    commands
}

/// What the keyboard reports for the Command key on a Mac (winit sets both flags).
const MAC_COMMAND_KEY: Modifiers = Modifiers {
    mac_cmd: true,
    command: true,
    ..Modifiers::NONE
};

/// What it reports for Ctrl on Windows and Linux.
const PC_CTRL_KEY: Modifiers = Modifiers {
    ctrl: true,
    command: true,
    ..Modifiers::NONE
};

/// What it reports for the Control key on a Mac, which is not the shortcut key there.
const MAC_CONTROL_KEY: Modifiers = Modifiers::CTRL;

#[test]
fn every_shortcut_takes_command_on_a_mac_and_ctrl_elsewhere() {
    for command in Command::ALL {
        for shortcut in command.shortcuts() {
            let shift = if shortcut.modifiers.shift {
                Modifiers::SHIFT
            } else {
                Modifiers::NONE
            };
            let key = shortcut.logical_key;
            assert_eq!(
                commands_from_keys(OperatingSystem::Mac, MAC_COMMAND_KEY | shift, key),
                vec![command],
                "Cmd on a Mac for {command:?}"
            );
            assert_eq!(
                commands_from_keys(OperatingSystem::Windows, PC_CTRL_KEY | shift, key),
                vec![command],
                "Ctrl on Windows for {command:?}"
            );
            assert_eq!(
                commands_from_keys(OperatingSystem::Mac, MAC_CONTROL_KEY | shift, key),
                vec![],
                "the Mac's Control key is not a shortcut for {command:?}"
            );
        }
    }
}

/// The shortcut beside a command in the menus, as `src/app/shell.rs` writes it.
fn menu_shortcut(ctx: &egui::Context, command: Command) -> String {
    ctx.format_shortcut(&command.shortcuts()[0])
}

#[test]
fn a_mac_user_sees_cmd_beside_the_menu_items() {
    let ctx = egui::Context::default();
    casewright::app::theme::apply(&ctx);
    // The app's fonts are loaded by the first frame; the text depends on which symbols they have.
    ctx.run_pass(RawInput::default(), |_| {})
        .drop_without_applying_deltas();
    ctx.set_os(OperatingSystem::Mac);
    // egui writes ⌘ and ⇧ when the fonts have those symbols, else the key names; the bundled
    // Liberation Sans has not, so Mac users read "Cmd". Either way, never "Ctrl".
    let save = menu_shortcut(&ctx, Command::Save);
    assert!(["⌘S", "Cmd+S"].contains(&save.as_str()), "{save}");
    let save_as = menu_shortcut(&ctx, Command::SaveAs);
    assert!(
        ["⇧⌘S", "Shift+Cmd+S"].contains(&save_as.as_str()),
        "{save_as}"
    );
    ctx.set_os(OperatingSystem::Windows);
    assert_eq!(menu_shortcut(&ctx, Command::Save), "Ctrl+S");
    assert_eq!(menu_shortcut(&ctx, Command::SaveAs), "Ctrl+Shift+S");
}

/// Set in the child process of [`recent_files_are_kept_in_the_per_user_data_folder`]: the
/// temporary home folder it was given.
const TEST_HOME: &str = "CASEWRIGHT_TEST_HOME";

/// The per-user folder comes from the `directories` crate: on Linux `$XDG_DATA_HOME`, on a
/// Mac `~/Library/Application Support`, each with Casewright's own folder inside. The test
/// runs itself again as a child process with those pointed at a temporary folder (changing
/// this process's environment would race the other tests), and the child checks that the
/// recent-files list lands there.
#[cfg(any(target_os = "linux", target_os = "macos"))]
#[test]
fn recent_files_are_kept_in_the_per_user_data_folder() {
    let Some(home) = std::env::var_os(TEST_HOME) else {
        let home = tempfile::tempdir().expect("temp dir");
        let child = std::process::Command::new(std::env::current_exe().expect("this test"))
            .args([
                "recent_files_are_kept_in_the_per_user_data_folder",
                "--exact",
                "--nocapture",
            ])
            .env(TEST_HOME, home.path())
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .output()
            .expect("run the test in a child process");
        let output = String::from_utf8_lossy(&child.stdout);
        assert!(child.status.success(), "{output}");
        assert!(
            output.contains("1 passed"),
            "the child ran the test: {output}"
        );
        return;
    };
    let home = Path::new(&home);
    let expected = if cfg!(target_os = "macos") {
        home.join("Library/Application Support/uk.Casewright.Casewright")
    } else {
        home.join("data/casewright")
    };
    let dirs = directories::ProjectDirs::from("uk", "Casewright", "Casewright").expect("a home");
    assert_eq!(dirs.data_dir(), expected);

    let user_data = casewright::app::user_data::UserData::standard().expect("a home folder");
    user_data.remember(Path::new("/cases/joint dog unit.ron"));
    let recent = std::fs::read_to_string(expected.join("recent.ron")).expect("recent.ron");
    assert!(recent.contains("joint dog unit.ron"), "{recent}");
}

/// On Windows the folder is in the roaming profile (`%APPDATA%`), so it follows a user who
/// signs in at another force PC. Windows finds it with a system call, not the environment,
/// so this checks where it is rather than writing to the real profile.
#[cfg(windows)]
#[test]
fn the_per_user_data_folder_is_in_the_roaming_profile() {
    let dirs = directories::ProjectDirs::from("uk", "Casewright", "Casewright").expect("a profile");
    let roaming = std::env::var_os("APPDATA").expect("APPDATA is set");
    assert_eq!(
        dirs.data_dir(),
        Path::new(&roaming)
            .join("Casewright")
            .join("Casewright")
            .join("data")
    );
}
