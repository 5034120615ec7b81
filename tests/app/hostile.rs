//! Hostile files in the window: opening a hand-edited file says once what the next save will
//! drop, and neither export nor Save As writes over the case or a file of another kind.

use std::fs;

use casewright::app::commands::Action;
use casewright::report::Format;
use egui_kittest::kittest::Queryable;

use casewright::case::Step;

use crate::support::{app_in, click, go_to, is_text_input, type_into};

const EXAMPLE: &str = include_str!("../../assets/examples/south-west-shared-hr.ron");

#[test]
fn opening_a_hand_edited_file_says_once_what_the_next_save_drops() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("edited.ron");
    let edited = EXAMPLE.replacen(
        "        summary: ",
        "        sumary: \"typed by hand\",\n        summary: ",
        1,
    );
    fs::write(&path, &edited).expect("write");
    let mut h = app_in(Some(folder.path()));
    h.state_mut().queue(Action::OpenFile(path.clone()));
    h.run();
    assert!(h.state().case().is_some(), "the case opened");
    let notice = h.state().notice().expect("a notice is shown").clone();
    assert_eq!(
        notice.title,
        "Opened edited.ron with changes at the next save"
    );
    // The line the hand-typed field is on, however the example's front sheet grows.
    let line = edited
        .lines()
        .position(|line| line.contains("sumary:"))
        .expect("the edit is in the file")
        + 1;
    assert!(
        notice.detail.contains(&format!(
            "line {line}, column 9: `front_sheet.sumary` is not a field"
        )),
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
    h.state_mut()
        .queue(Action::ExportTo(Format::Pdf, spelt_otherwise));
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

#[test]
fn the_review_step_names_a_character_no_font_has_and_a_control_character_typed() {
    let mut h = app_in(None);
    // The window, like any editor without a Chinese font, shows a box for 联 in the field;
    // the harness would panic at that box, so it is allowed here: the test is that the
    // Review step names the character, as the paper cannot print it either.
    h.ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint unit 联合");
    type_into(&mut h, "Sponsoring chief officer", "A.\u{7}Chief");
    go_to(&mut h, Step::Review);
    h.get_by_label_contains(
        "`front_sheet.title` has the characters 联 (U+8054) and 合 (U+5408), which no font in the paper has: each prints as ⯑ instead. Write them in words or in Latin letters, or leave them out.",
    );
    h.get_by_label_contains(
        "`front_sheet.sponsor` has the character U+0007, which cannot be printed",
    );

    h.get_by_label_contains("`front_sheet.title` has the characters 联")
        .click_accesskit();
    h.run();
    assert_eq!(h.state().step(), Some(Step::FrontSheet));
    assert!(
        h.get_by(|node| is_text_input(node, "Title")).is_focused(),
        "the finding takes the user to the field with the character"
    );
}
