//! The app says truthfully what it is doing: the status bar, the navigator's marks and rows,
//! each step opening at its top, required fields marked where they are, Export on Review, and
//! the About box.

use casewright::app::commands::{Action, Command};
use casewright::app::document::StepStatus;
use casewright::case::Step;
use casewright::case::risk::SUGGESTED_RISKS;
use casewright::report::Format;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::support::{app_answering, app_in, app_with, click, go_to, is_text_input, type_into};

#[test]
fn the_status_bar_says_a_new_case_is_not_in_a_file_yet() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    h.get_by_label("Not saved to a file yet");
    assert!(h.query_by_label("All changes saved").is_none());
    type_into(&mut h, "Title", "Joint dog unit");
    h.get_by_label("Unsaved changes (never saved to a file)");
}

#[test]
fn the_status_bar_shows_an_autosave_as_soon_as_it_is_written() {
    let folder = tempfile::tempdir().expect("temp dir");
    // Long enough that typing the title, on a loaded two-core machine, is done before it.
    let after = std::time::Duration::from_millis(750);
    let mut h = app_with(Some(folder.path()), after);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint dog unit");
    h.get_by_label("Not autosaved yet");
    // The frame the app asked for once the interval is up writes the autosave; nothing else
    // happens (no mouse, no keys), so only the app can ask for the frame that shows it.
    std::thread::sleep(after * 2);
    h.run();
    h.get_by_label_contains("Autosaved at");
    assert!(h.query_by_label("Not autosaved yet").is_none());
}

/// The navigator's button for every step, with where it is.
fn navigator_rows(
    h: &egui_kittest::Harness<'_, casewright::app::App>,
) -> Vec<(String, egui::Rect)> {
    Step::ALL
        .iter()
        .map(|step| {
            let node = h.get_by(|node| {
                node.role() == Role::Button && node.label().as_deref() == Some(step.label())
            });
            (step.label().to_owned(), node.rect())
        })
        .collect()
}

#[test]
fn navigator_rows_stay_put_when_a_step_is_put_right() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    let checks = h.state().document().expect("a case is open").checks();
    assert!(matches!(
        checks.status(Step::Risks),
        StepStatus::HasErrors(_)
    ));
    let before = navigator_rows(&h);
    go_to(&mut h, Step::Risks);
    click(
        &mut h,
        &format!("Add suggested risk: {}", SUGGESTED_RISKS[0].title),
    );
    let checks = h.state().document().expect("a case is open").checks();
    assert!(
        !matches!(checks.status(Step::Risks), StepStatus::HasErrors(_)),
        "the register's error is gone"
    );
    assert_eq!(navigator_rows(&h), before, "no row moved");
}

#[test]
fn a_step_opens_at_its_top_however_far_it_was_scrolled() {
    let mut h = app_in(None);
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    go_to(&mut h, Step::Equality);
    let top = "Eliminate unlawful discrimination, harassment and victimisation";
    let first_field = |h: &egui_kittest::Harness<'_, casewright::app::App>| {
        h.get_by(|node| is_text_input(node, top)).rect()
    };
    let at_top = first_field(&h);
    h.get_by(|node| is_text_input(node, "Consultation"))
        .scroll_to_me();
    h.run();
    assert!(
        first_field(&h).min.y < at_top.min.y,
        "the form scrolled down"
    );
    go_to(&mut h, Step::Governance);
    go_to(&mut h, Step::Equality);
    assert_eq!(first_field(&h).min.y, at_top.min.y, "back at the top");
}

#[test]
fn an_empty_required_field_says_so_where_it_is() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    assert!(
        h.query_by_label("Name the report author.").is_none(),
        "a new case's front sheet is not in red before the user has typed in it"
    );
    type_into(&mut h, "Title", "Joint dog unit");
    go_to(&mut h, Step::CaseForChange);
    go_to(&mut h, Step::FrontSheet);
    h.get_by_label("Name the report author.");
    type_into(&mut h, "Report author", "Ch Supt A. Jones");
    assert!(h.query_by_label("Name the report author.").is_none());
}

#[test]
fn review_offers_the_pdf_once_the_case_is_ready() {
    let folder = tempfile::tempdir().expect("temp dir");
    let pdf = folder.path().join("paper.pdf");
    let answer = pdf.clone();
    let mut h = app_answering(move |_| Some(answer.clone()));
    click(&mut h, "New case");
    go_to(&mut h, Step::Review);
    assert!(
        h.query_by_role_and_label(Role::Button, Command::Export(Format::Pdf).label())
            .is_none(),
        "not ready, so no button"
    );
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    go_to(&mut h, Step::Review);
    h.get_by_label("Ready for committee: no errors.");
    h.get_by_role_and_label(Role::Button, Command::Export(Format::Pdf).label())
        .click_accesskit();
    h.run();
    assert_eq!(
        h.state().notice().expect("a notice").title,
        "Exported paper.pdf"
    );
    assert!(pdf.exists());
}

#[test]
fn help_about_names_the_version_and_the_fonts_with_their_licences() {
    let mut h = app_in(None);
    h.state_mut().queue(Command::About);
    h.run();
    h.get_by_label(&format!("Casewright {}", env!("CARGO_PKG_VERSION")));
    h.get_by_label("• Liberation Sans Regular");
    h.get_by_label("• Noto Sans Arabic Regular (for Arabic script)");
    h.get_by_label("• Noto Sans Symbols 2 Regular (for symbols and arrows)");
    h.get_by_label("Noto Sans Symbols 2: licence");
    click(&mut h, "Liberation Sans: licence");
    h.get_by_label_contains("SIL Open Font License");
    click(&mut h, "Close");
    assert!(h.state().info().is_none());
}
