//! The keyboard shortcuts, pressed as a person presses them, and the menus and shortcut list
//! that show them.

use std::path::{Path, PathBuf};

use casewright::app::App;
use casewright::app::commands::{Action, Command, Menu};
use casewright::app::dialogs::Purpose;
use casewright::case::{Case, storage};
use casewright::report::Format;
use egui::KeyboardShortcut;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::{app_answering, click, title, type_into};

fn press(h: &mut Harness<'_, App>, shortcut: KeyboardShortcut) {
    h.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
    h.run();
}

/// A case file titled `title` in `folder`.
fn saved_case(folder: &Path, name: &str, title: &str) -> PathBuf {
    let mut case = Case::default();
    case.normalise();
    case.front_sheet.title = title.into();
    let path = folder.join(name);
    storage::save(&case, &path).expect("save the case");
    path
}

fn title_on_disk(path: &Path) -> String {
    storage::load(path)
        .expect("the file loads")
        .front_sheet
        .title
}

/// The app with the case at `path` open, its file dialogs answered by `answer`.
fn app_with_file(
    path: &Path,
    answer: impl Fn(&Purpose) -> Option<PathBuf> + Send + Sync + 'static,
) -> Harness<'static, App> {
    let mut h = app_answering(answer);
    h.state_mut().queue(Action::OpenFile(path.to_path_buf()));
    h.run();
    h
}

/// What pressing `shortcut`, one of `command`'s, must do. The match names every command and
/// has no catch-all, so a new command does not compile until this says what its shortcut
/// does; a shortcut given to a command listed as having none fails the test.
fn check(command: Command, shortcut: KeyboardShortcut) {
    let folder = tempfile::tempdir().expect("temp dir");
    match command {
        Command::New => {
            let mut h = app_answering(|_| None);
            press(&mut h, shortcut);
            assert_eq!(title(&h), "", "a new, empty case is open");
        }
        Command::Open => {
            let path = saved_case(folder.path(), "dogs.ron", "Joint dog unit");
            let mut h = app_answering(move |purpose| {
                matches!(purpose, Purpose::Open).then(|| path.clone())
            });
            press(&mut h, shortcut);
            assert_eq!(title(&h), "Joint dog unit", "the file chosen is open");
        }
        Command::Save => {
            let path = saved_case(folder.path(), "dogs.ron", "Joint dog unit");
            let mut h = app_with_file(&path, |_| None);
            type_into(&mut h, "Title", " (draft 2)");
            press(&mut h, shortcut);
            assert_eq!(title_on_disk(&path), "Joint dog unit (draft 2)");
            assert!(!h.state().document().expect("a case is open").is_unsaved());
        }
        Command::SaveAs => {
            let path = saved_case(folder.path(), "dogs.ron", "Joint dog unit");
            let copy = folder.path().join("copy.ron");
            let answer = copy.clone();
            let mut h = app_with_file(&path, move |purpose| {
                matches!(purpose, Purpose::SaveAs { .. }).then(|| answer.clone())
            });
            type_into(&mut h, "Title", " (copy)");
            press(&mut h, shortcut);
            assert_eq!(title_on_disk(&copy), "Joint dog unit (copy)");
            assert_eq!(
                title_on_disk(&path),
                "Joint dog unit",
                "the original is left"
            );
            assert_eq!(
                h.state().document().expect("a case is open").path.as_ref(),
                Some(&copy)
            );
        }
        Command::Export(format) => {
            let path = saved_case(folder.path(), "dogs.ron", "Joint dog unit");
            let name = format!("dogs.{}", format.extension());
            let paper = folder.path().join(&name);
            let answer = paper.clone();
            let mut h = app_with_file(&path, move |purpose| {
                (*purpose == Purpose::Export(format)).then(|| answer.clone())
            });
            press(&mut h, shortcut);
            let notice = h.state().notice().expect("a notice is shown");
            assert_eq!(notice.title, format!("Exported {name}"));
            let head = match format {
                Format::Pdf => &b"%PDF-"[..],
                Format::Docx | Format::Xlsx => &b"PK\x03\x04"[..],
            };
            assert!(std::fs::read(&paper).expect("the paper").starts_with(head));
        }
        Command::Undo => {
            let mut h = app_answering(|_| None);
            click(&mut h, "New case");
            type_into(&mut h, "Title", "Joint dog unit");
            press(&mut h, shortcut);
            assert_eq!(title(&h), "", "the typing is undone");
        }
        Command::Redo => {
            let mut h = app_answering(|_| None);
            click(&mut h, "New case");
            type_into(&mut h, "Title", "Joint dog unit");
            press(&mut h, Command::Undo.shortcuts()[0]);
            assert_eq!(title(&h), "");
            press(&mut h, shortcut);
            assert_eq!(title(&h), "Joint dog unit", "the typing is back");
        }
        Command::InsertFigure => {
            let mut h = app_answering(|_| None);
            h.state_mut().queue(Action::OpenExample(0));
            h.run();
            crate::support::go_to(&mut h, casewright::case::Step::CaseForChange);
            h.get_by(|node| crate::support::is_text_input(node, "Proposal"))
                .focus();
            h.run();
            press(&mut h, shortcut);
            h.run();
            assert!(
                h.get_by(|node| crate::support::is_text_input(node, "Find a figure for Proposal"))
                    .is_focused(),
                "the picker of the field with the cursor opens, ready to search"
            );
        }
        Command::Preview => {
            let mut h = app_answering(|_| None);
            h.state_mut().queue(Action::OpenExample(0));
            h.run();
            assert!(
                h.query_by_label("Zoom in").is_none(),
                "the preview starts closed"
            );
            // Not run to rest: the panel shows a spinner until the paper is laid out.
            h.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
            h.step();
            h.step();
            h.get_by_label("Zoom in");
            h.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
            h.step();
            h.step();
            assert!(h.query_by_label("Zoom in").is_none(), "and closes again");
        }
        Command::CompareWith
        | Command::ImportLines
        | Command::Close
        | Command::Quit
        | Command::KeyboardShortcuts
        | Command::About => {
            panic!("{command:?} now has a shortcut: say here what pressing it must do")
        }
    }
}

#[test]
fn every_shortcut_does_what_its_command_does() {
    for command in Command::ALL {
        for shortcut in command.shortcuts() {
            check(command, *shortcut);
        }
    }
}

/// The text a menu item shows for a shortcut on this platform.
fn shortcut_text(h: &Harness<'_, App>, shortcut: &KeyboardShortcut) -> String {
    h.ctx.format_shortcut(shortcut)
}

/// Whether a menu item's label names `command` ("Save" and not "Save as…").
fn names(label: &str, command: Command) -> bool {
    let longest = Command::ALL
        .into_iter()
        .map(Command::label)
        .filter(|other| label.starts_with(other))
        .max_by_key(|other| other.len());
    longest == Some(command.label())
}

#[test]
fn every_command_is_in_its_menu_with_its_shortcut() {
    let mut h = app_answering(|_| None);
    click(&mut h, "New case");
    for menu in Menu::ALL {
        h.get_by_label(menu.label()).click();
        h.run();
        for command in Command::ALL.into_iter().filter(|c| c.place().0 == menu) {
            // Among the menu's items (the step bar has a Preview button too): a screen reader
            // says the item's name and, apart, its shortcut.
            let item = h.get_by(|node| {
                node.role() == egui::accesskit::Role::MenuItem
                    && node.label().is_some_and(|label| names(&label, command))
            });
            let node = item.accesskit_node();
            assert_eq!(node.label().as_deref(), Some(command.label()));
            if let Some(shortcut) = command.shortcuts().first() {
                assert_eq!(
                    node.data().keyboard_shortcut(),
                    Some(shortcut_text(&h, shortcut).as_str()),
                    "{command:?}"
                );
            }
        }
        h.key_press(egui::Key::Escape);
        h.run();
    }
}

#[test]
fn the_help_menu_lists_every_shortcut() {
    let mut h = app_answering(|_| None);
    click(&mut h, "Help");
    click(&mut h, "Keyboard shortcuts");
    for command in Command::ALL {
        let shortcuts = command.shortcuts();
        if shortcuts.is_empty() {
            continue;
        }
        let keys: Vec<String> = shortcuts.iter().map(|s| shortcut_text(&h, s)).collect();
        assert!(
            h.query_all_by_label(command.label()).count() > 0,
            "{command:?}"
        );
        h.get_by_label(&keys.join(" or "));
    }
    click(&mut h, "Close");
    assert!(
        h.query_by_label("Keyboard shortcuts").is_none(),
        "the list is closed"
    );
}
