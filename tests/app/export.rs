//! Export PDF… and Export Word… from the app: the paper is written where the user chose,
//! the app offers to open it, and a folder that cannot be written says so and leaves the app usable.

use std::fs;

use casewright::app::commands::{Action, Command};
use casewright::report::Format;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::{app_in, click, type_into};

#[test]
fn exporting_an_example_writes_the_committee_pdf_and_offers_to_open_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut h = app_in(None);
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    let pdf = folder.path().join("paper");
    h.state_mut()
        .queue(Action::ExportTo(Format::Pdf, pdf.clone()));
    h.run();
    let written = pdf.with_extension("pdf");
    let notice = h.state().notice().expect("a notice is shown").clone();
    assert_eq!(notice.title, "Exported paper.pdf");
    assert_eq!(notice.offer_to_open.as_deref(), Some(written.as_path()));
    h.get_by_label("Open the PDF");
    let bytes = fs::read(&written).expect("the PDF was written");
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    assert!(bytes.len() > 10_000);
    click(&mut h, "OK");
    assert!(h.state().notice().is_none());
}

#[test]
fn export_word_writes_the_paper_as_a_word_document_and_offers_to_open_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut h = app_in(None);
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    h.get_by_label("File").click();
    h.run();
    let item = h.get_by(|node| {
        node.label()
            .is_some_and(|label| label.starts_with("Export Word…"))
    });
    assert!(
        !item.accesskit_node().is_disabled(),
        "Export Word… is offered"
    );
    h.key_press(Key::Escape);
    h.run();
    let paper = folder.path().join("paper");
    h.state_mut()
        .queue(Action::ExportTo(Format::Docx, paper.clone()));
    h.run();
    let written = paper.with_extension("docx");
    let notice = h.state().notice().expect("a notice is shown").clone();
    assert_eq!(notice.title, "Exported paper.docx");
    assert_eq!(notice.offer_to_open.as_deref(), Some(written.as_path()));
    h.get_by_label("Open the Word document");
    let bytes = fs::read(&written).expect("the Word document was written");
    assert!(bytes.starts_with(b"PK\x03\x04"), "not a Word file");
}

#[test]
fn an_unwritable_export_path_says_so_and_the_app_stays_usable() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut h = app_in(None);
    click(&mut h, "New case");
    let nowhere = folder.path().join("no such folder").join("paper.pdf");
    h.state_mut().queue(Action::ExportTo(Format::Pdf, nowhere));
    h.run();
    let notice = h.state().notice().expect("a notice is shown").clone();
    assert_eq!(notice.title, "Could not export paper.pdf");
    assert!(notice.detail.contains("paper.pdf"), "{}", notice.detail);
    assert!(notice.offer_to_open.is_none());
    assert!(h.query_by_label("Open the PDF").is_none());
    click(&mut h, "OK");
    type_into(&mut h, "Title", "Still works");
    assert_eq!(
        h.state().case().expect("case open").front_sheet.title,
        "Still works"
    );
}

#[test]
fn the_file_menu_offers_export_with_its_shortcut() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    h.get_by_label("File").click();
    h.run();
    let item = h.get_by(|node| {
        node.label()
            .is_some_and(|label| label.starts_with("Export PDF…"))
    });
    assert!(
        !item.accesskit_node().is_disabled(),
        "Export is available once a case is open"
    );
    let shortcut = Command::Export(Format::Pdf).shortcuts()[0];
    assert_eq!(shortcut.logical_key, Key::E);
    assert_eq!(shortcut.modifiers, Modifiers::COMMAND);
}
