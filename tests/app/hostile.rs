//! Hostile files in the window: opening a hand-edited file says once what the next save will
//! drop, and neither export nor Save As writes over the case or a file of another kind.

use std::fs;

use casewright::app::commands::Action;
use egui_kittest::kittest::Queryable;

use crate::support::{app_in, click};

const EXAMPLE: &str = include_str!("../../assets/examples/south-west-shared-hr.ron");

#[test]
fn opening_a_hand_edited_file_says_once_what_the_next_save_drops() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("edited.ron");
    let edited = EXAMPLE.replacen(
        "        summary: \"",
        "        sumary: \"typed by hand\",\n        summary: \"",
        1,
    );
    fs::write(&path, edited).expect("write");
    let mut h = app_in(Some(folder.path()));
    h.state_mut().queue(Action::OpenFile(path.clone()));
    h.run();
    assert!(h.state().case().is_some(), "the case opened");
    let notice = h.state().notice().expect("a notice is shown").clone();
    assert_eq!(
        notice.title,
        "Opened edited.ron with changes at the next save"
    );
    assert!(
        notice
            .detail
            .contains("line 17, column 9: `front_sheet.sumary` is not a field"),
        "{}",
        notice.detail
    );
    click(&mut h, "OK");
    assert!(h.state().notice().is_none());
    h.run();
    assert!(h.state().notice().is_none(), "said once, not every frame");
}

#[test]
fn exporting_over_the_open_case_is_refused_and_the_case_kept() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    fs::write(&path, EXAMPLE).expect("write");
    let mut h = app_in(Some(folder.path()));
    h.state_mut().queue(Action::OpenFile(path.clone()));
    h.run();
    let spelt_otherwise = folder.path().join(".").join("case.ron");
    h.state_mut().queue(Action::ExportTo(spelt_otherwise));
    h.run();
    let notice = h.state().notice().expect("a notice is shown").clone();
    assert_eq!(notice.title, "Did not export case.ron");
    assert!(
        notice.detail.contains("is the case file itself"),
        "{}",
        notice.detail
    );
    h.get_by_label("Did not export case.ron");
    assert_eq!(fs::read_to_string(&path).expect("read"), EXAMPLE);
}

#[test]
fn saving_a_case_over_a_pdf_is_refused() {
    let folder = tempfile::tempdir().expect("temp dir");
    let paper = folder.path().join("paper.pdf");
    fs::write(&paper, b"%PDF-1.3 the committee paper").expect("write");
    let mut h = app_in(Some(folder.path()));
    click(&mut h, "New case");
    h.state_mut().queue(Action::save_to(paper.clone()));
    h.run();
    let notice = h.state().notice().expect("a notice is shown").clone();
    assert_eq!(notice.title, "Could not save paper.pdf");
    assert!(
        notice.detail.contains("is named as a PDF"),
        "{}",
        notice.detail
    );
    assert_eq!(
        fs::read(&paper).expect("read"),
        b"%PDF-1.3 the committee paper"
    );
}
