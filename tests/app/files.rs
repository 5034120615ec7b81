//! Files as a person meets them: a corrupt file, saving and reopening, recent files, the
//! "save changes?" question, and recovering work after a crash.

use std::fs;

use crate::support::{app_in, app_with, click, type_into};
use casewright::app::commands::{Action, Command};
use casewright::app::user_data::UserData;
use casewright::case::{Case, storage};
use casewright::report::Format;
use egui::{ViewportEvent, ViewportId};
use egui_kittest::kittest::Queryable;

#[test]
fn a_corrupt_file_says_where_it_is_wrong_and_the_app_stays_usable() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("broken.ron");
    fs::write(
        &path,
        "(\n    format_version: 1,\n    front_sheet: (title: 12\n",
    )
    .unwrap();
    let mut h = app_in(Some(folder.path()));
    h.state_mut().queue(Action::OpenFile(path));
    h.run();
    let notice = h.state().notice().expect("a notice is shown").clone();
    assert_eq!(notice.title, "Could not open broken.ron");
    assert!(
        notice.detail.starts_with("line 3, column"),
        "{}",
        notice.detail
    );
    h.get_by_label("Could not open broken.ron");
    click(&mut h, "OK");
    assert!(h.state().notice().is_none());
    assert!(h.state().case().is_none(), "still on the start screen");
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Still works");
    assert_eq!(h.state().case().unwrap().front_sheet.title, "Still works");
}

#[test]
fn a_saved_case_reopens_and_appears_in_recent_files() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("dogs.ron");
    let mut h = app_in(Some(folder.path()));
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint dog unit");
    h.state_mut().queue(Action::save_to(path.clone()));
    h.run();
    assert!(!h.state().document().unwrap().is_unsaved());
    assert_eq!(h.state().title(), "Joint dog unit – dogs.ron – Casewright");
    let saved = storage::load(&path).expect("the file loads");
    assert_eq!(saved.front_sheet.title, "Joint dog unit");

    drop(h); // Closing the first copy lets go of the case, so the second opens it for editing.
    let mut again = app_in(Some(folder.path()));
    click(&mut again, "dogs.ron");
    assert_eq!(
        again.state().case().unwrap().front_sheet.title,
        "Joint dog unit"
    );
}

#[test]
fn closing_unsaved_work_asks_first() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint dog unit");
    h.state_mut().queue(Command::Close);
    h.run();
    h.get_by_label("Save changes?");
    click(&mut h, "Cancel");
    assert!(h.state().case().is_some(), "Cancel keeps the case open");

    h.state_mut().queue(Command::Close);
    h.run();
    click(&mut h, "Discard changes");
    assert!(h.state().case().is_none(), "Discard closes it");
}

#[test]
fn closing_the_window_with_unsaved_work_is_cancelled_and_asks() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint dog unit");
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.step();
    let cancelled = h
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|output| {
            output
                .commands
                .contains(&egui::ViewportCommand::CancelClose)
        });
    assert!(cancelled, "the close is cancelled");
    h.run();
    h.get_by_label("Save changes?");
}

#[test]
fn work_autosaved_by_a_run_that_crashed_is_offered_at_the_next_start() {
    let folder = tempfile::tempdir().expect("temp dir");
    let crashed = UserData::in_folder(folder.path().to_path_buf());
    let mut case = Case::default();
    case.front_sheet.title = "Joint dog unit".into();
    crashed.autosave(&case, None).expect("autosave");
    std::thread::sleep(std::time::Duration::from_millis(5));

    let mut h = app_in(Some(folder.path()));
    h.get_by_label("Unsaved work was found");
    click(&mut h, "Recover Joint dog unit");
    let document = h.state().document().expect("recovered");
    assert_eq!(document.case.front_sheet.title, "Joint dog unit");
    assert!(document.is_unsaved(), "recovered work still needs saving");
    // Until it is saved, the autosave stays: a second crash now loses nothing.
    let next_run = || UserData::in_folder(folder.path().to_path_buf()).recoveries();
    assert_eq!(
        next_run().len(),
        1,
        "the autosave is kept until the work is saved"
    );
    h.state_mut()
        .queue(Action::save_to(folder.path().join("dogs.ron")));
    h.run();
    assert!(
        next_run().is_empty(),
        "saved, so there is nothing to recover"
    );
}

#[test]
fn recovered_work_is_kept_until_this_run_autosaves_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    let crashed = UserData::in_folder(folder.path().to_path_buf());
    let mut case = Case::default();
    case.front_sheet.title = "Joint dog unit".into();
    crashed.autosave(&case, None).expect("autosave");
    std::thread::sleep(std::time::Duration::from_millis(5));

    let mut h = app_with(Some(folder.path()), std::time::Duration::ZERO);
    click(&mut h, "Recover Joint dog unit");
    h.run();
    // This run's autosave holds the work now, in place of the old one.
    let next_run = UserData::in_folder(folder.path().to_path_buf()).recoveries();
    assert_eq!(next_run.len(), 1);
    assert_eq!(next_run[0].case.front_sheet.title, "Joint dog unit");
    h.get_by_label_contains("Autosaved at");
}

#[test]
fn unsaved_work_is_autosaved_and_the_status_bar_says_when() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut h = app_with(Some(folder.path()), std::time::Duration::ZERO);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint dog unit");
    h.run();
    assert!(matches!(
        h.state().document().unwrap().autosave,
        casewright::app::document::Autosave::Written(_)
    ));
    h.get_by_label_contains("Autosaved at");
    let autosaves: Vec<_> = fs::read_dir(folder.path().join("autosave"))
        .expect("the autosave folder exists")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "ron"))
        .collect();
    assert_eq!(autosaves.len(), 1);
    let autosaved = storage::load(&autosaves[0].path()).expect("the autosave loads");
    assert_eq!(autosaved.front_sheet.title, "Joint dog unit");

    // Saving removes the autosave: there is nothing left to recover.
    h.state_mut()
        .queue(Action::save_to(folder.path().join("dogs.ron")));
    h.run();
    assert!(
        UserData::in_folder(folder.path().to_path_buf())
            .recoveries()
            .is_empty()
    );
    assert_eq!(
        fs::read_dir(folder.path().join("autosave"))
            .unwrap()
            .count(),
        0
    );
}

#[test]
fn each_bundled_example_opens_from_the_start_screen_as_an_untitled_copy() {
    // Runs over whatever `assets/examples/*.ron` held at build time (see build.rs).
    for (index, example) in casewright::app::examples::EXAMPLES.iter().enumerate() {
        let title = example
            .load()
            .expect("the example loads")
            .display_title()
            .to_owned();
        let mut h = app_in(None);
        h.get_all_by_label(&title)
            .next()
            .unwrap_or_else(|| panic!("example {index} ({title}) is listed"))
            .click_accesskit();
        h.run();
        let document = h.state().document().expect("the example is open");
        assert_eq!(document.path, None, "an example opens untitled");
        assert!(!document.is_unsaved());
        assert_eq!(document.case.display_title(), title);
    }
}

/// Replaces the path in the box that asks for one (a file dialog could not open) with `path`.
fn type_path(h: &mut egui_kittest::Harness<'_, casewright::app::App>, path: &std::path::Path) {
    let field = |node: &egui_kittest::kittest::AccessKitNode<'_>| {
        crate::support::is_text_input(node, "File path")
    };
    h.get_by(field).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by(field).type_text(&path.display().to_string());
    h.run();
}

#[test]
fn without_a_file_dialog_save_asks_for_a_path_in_the_documents_folder() {
    use casewright::app::dialogs::Outcome;
    let folder = tempfile::tempdir().expect("temp dir");
    let mut h = crate::support::app_with_dialogs(|_| Outcome::CouldNotOpen);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint dog unit");
    h.state_mut().queue(Command::Save);
    h.run();
    let prompt = h
        .state()
        .path_prompt()
        .expect("the app asks for a path")
        .clone();
    h.get_by_label("Save the case");
    h.get_by_label_contains("could not open");
    let suggested = casewright::app::dialogs::suggested_path("joint-dog-unit.ron");
    assert_eq!(prompt.text, suggested.display().to_string());
    let path = folder.path().join("dogs.ron");
    type_path(&mut h, &path);
    click(&mut h, "Save");
    assert_eq!(
        storage::load(&path).expect("saved").front_sheet.title,
        "Joint dog unit"
    );
    assert!(h.state().path_prompt().is_none());
    assert!(!h.state().document().unwrap().is_unsaved());
}

#[test]
fn without_a_file_dialog_save_changes_then_close_still_works() {
    use casewright::app::dialogs::Outcome;
    let folder = tempfile::tempdir().expect("temp dir");
    let mut h = crate::support::app_with_dialogs(|_| Outcome::CouldNotOpen);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint dog unit");
    h.state_mut().queue(Command::Close);
    h.run();
    click(&mut h, "Save");
    let path = folder.path().join("dogs.ron");
    type_path(&mut h, &path);
    click(&mut h, "Save");
    assert!(path.exists(), "saved where typed");
    assert!(h.state().case().is_none(), "then closed, as asked");
}

#[test]
fn without_a_file_dialog_open_and_export_ask_for_a_path_and_cancel_does_nothing() {
    use casewright::app::dialogs::Outcome;
    let folder = tempfile::tempdir().expect("temp dir");
    let case = folder.path().join("dogs.ron");
    let mut saved = Case::default();
    saved.front_sheet.title = "Joint dog unit".into();
    storage::save(&saved, &case).expect("save");
    let mut h = crate::support::app_with_dialogs(|_| Outcome::CouldNotOpen);
    h.state_mut().queue(Command::Open);
    h.run();
    h.get_by_label("Open a case");
    type_path(&mut h, &case);
    click(&mut h, "Open");
    assert_eq!(crate::support::title(&h), "Joint dog unit");

    h.state_mut().queue(Command::Export(Format::Pdf));
    h.run();
    h.get_by_label("Export the committee PDF");
    click(&mut h, "Cancel");
    assert!(h.state().path_prompt().is_none());
    assert!(h.state().notice().is_none(), "cancelled, nothing written");
    h.state_mut().queue(Command::Export(Format::Pdf));
    h.run();
    let pdf = folder.path().join("dogs.pdf");
    type_path(&mut h, &pdf);
    click(&mut h, "Export");
    assert_eq!(
        h.state().notice().expect("a notice").title,
        "Exported dogs.pdf"
    );
}
