//! File ▸ Import finance lines…: a CSV file's lines are previewed, imported into the chosen
//! option in one edit, and one undo takes them back; a file with a problem changes nothing
//! and says where the problem is.

use std::path::{Path, PathBuf};

use casewright::app::App;
use casewright::app::commands::Command;
use casewright::app::dialogs::Purpose;
use casewright::case::finance::sheet::headers;
use casewright::case::options::OptionKind;
use casewright::case::storage;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::support::{app_answering, case_with_every_row, click};

/// The app with a saved case open, whose import dialog answers `file`.
fn app_importing(folder: &Path, file: PathBuf) -> Harness<'static, App> {
    let case = case_with_every_row();
    let path = folder.join("dogs.ron");
    storage::save(&case, &path).expect("saves");
    let mut h =
        app_answering(move |purpose| matches!(purpose, Purpose::Import).then(|| file.clone()));
    h.state_mut()
        .queue(casewright::app::commands::Action::OpenFile(path));
    h.run();
    h
}

/// A CSV file of `rows` lines for `case`'s years: recurring revenue costs of £250 a year.
fn csv(case: &casewright::case::Case, rows: &[&str]) -> String {
    let mut text = headers(&case.finance).join(",") + "\n";
    for label in rows {
        let mut row = vec![
            (*label).to_owned(),
            "Cost".into(),
            "Other".into(),
            "Revenue budget".into(),
            String::new(),
            "Recurring".into(),
            "Revenue".into(),
            "Shared".into(),
            "VAT recoverable".into(),
            "Non-pay inflation".into(),
        ];
        row.extend((0..case.finance.years).map(|_| "250".to_owned()));
        text.push_str(&row.join(","));
        text.push('\n');
    }
    text
}

#[test]
fn a_csv_file_is_previewed_imported_in_one_edit_and_undone() {
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("lines.csv");
    let before = case_with_every_row();
    std::fs::write(&file, csv(&before, &["Kennel staff", "Vet contract"])).expect("writes");
    let mut h = app_importing(folder.path(), file);
    let opened = h.state().case().expect("a case").clone();
    h.state_mut().queue(Command::ImportLines);
    h.run();
    click(&mut h, "Choose a file…");
    // The preview says what will change, and nothing has changed yet.
    let option = opened.options.preferred().unwrap_or(OptionKind::LeadForce);
    let replaced = opened.finance.option(option).lines.len();
    h.get_by_label(&format!(
        "{}'s {} will be replaced by 2 lines.",
        option.label(),
        casewright::format::plural(replaced, "line")
    ));
    assert_eq!(h.state().case(), Some(&opened));
    click(&mut h, "Import");
    let imported = h.state().case().expect("a case").clone();
    let labels: Vec<&str> = imported
        .finance
        .option(option)
        .lines
        .iter()
        .map(|line| line.label.as_str())
        .collect();
    assert_eq!(labels, ["Kennel staff", "Vet contract"]);
    click(&mut h, "OK");
    h.state_mut().queue(Command::Undo);
    h.run();
    assert_eq!(
        h.state().case(),
        Some(&opened),
        "one undo takes the import back"
    );
}

#[test]
fn a_file_with_a_problem_changes_nothing_and_says_where() {
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("lines.csv");
    let before = case_with_every_row();
    let text = csv(&before, &["Kennel staff"]).replace(",250\n", ",lots\n");
    std::fs::write(&file, text).expect("writes");
    let mut h = app_importing(folder.path(), file);
    let opened = h.state().case().expect("a case").clone();
    h.state_mut().queue(Command::ImportLines);
    h.run();
    click(&mut h, "Choose a file…");
    let notice = h.state().notice().expect("a notice").clone();
    assert_eq!(notice.title, "Did not import lines.csv");
    assert!(
        notice
            .detail
            .contains("Sheet \u{201c}lines\u{201d}, row 2, column")
            && notice.detail.contains("\u{201c}lots\u{201d}")
            && notice.detail.contains("Nothing in the case has changed"),
        "{}",
        notice.detail
    );
    assert_eq!(h.state().case(), Some(&opened));
}
