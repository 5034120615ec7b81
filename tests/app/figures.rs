//! Live figures from the app: the Insert figure picker beside a text area, by mouse and by
//! keyboard alone, and the preview line that shows each figure's value.

use casewright::app::commands::{Action, Command};
use casewright::case::Step;
use casewright::case::figures::{Figures, MoneyStyle};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};

use crate::support::{click, go_to, is_text_input};

/// The app with the first example open on the case for change, whose scope fields are text
/// areas.
fn app_on_case_for_change() -> Harness<'static, casewright::app::App> {
    let mut h = crate::support::app_in(None);
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    go_to(&mut h, Step::CaseForChange);
    h
}

/// The text of the Proposal field.
fn proposal(h: &Harness<'_, casewright::app::App>) -> String {
    h.state()
        .case()
        .expect("a case is open")
        .strategy
        .scope
        .proposal
        .clone()
}

/// The first net present value the picker offers, as the paper prints it.
fn first_npv(h: &Harness<'_, casewright::app::App>) -> (String, String) {
    let case = h.state().case().expect("a case is open");
    let entry = Figures::of(case)
        .entries()
        .into_iter()
        .find(|entry| entry.label.ends_with(": net present value"))
        .expect("an option is appraised");
    (entry.label, entry.value.show(MoneyStyle::Pounds))
}

#[test]
fn the_picker_inserts_a_figure_at_the_cursor_and_the_field_shows_its_value() {
    let mut h = app_on_case_for_change();
    let (label, value) = first_npv(&h);
    let before = proposal(&h);
    h.get_by(|node| is_text_input(node, "Proposal")).focus();
    h.run();
    click(&mut h, "Insert figure into Proposal");
    click(&mut h, &format!("{label}: {value}"));
    let after = proposal(&h);
    assert!(after.contains("{{npv option="), "{after}");
    assert!(after.len() > before.len());
    let preview = h.get_by_label_contains("Figures here: ");
    let shown = preview.accesskit_node().value().unwrap_or_default();
    assert!(shown.contains(&value), "{shown}");
    assert!(!shown.contains("{{"), "{shown}");
}

#[test]
fn a_figure_is_inserted_by_keyboard_alone() {
    let mut h = app_on_case_for_change();
    let (_, value) = first_npv(&h);
    h.get_by(|node| is_text_input(node, "Proposal")).focus();
    h.run();
    let shortcut = Command::InsertFigure.shortcuts()[0];
    h.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
    h.run();
    h.run();
    let search = h.get_by(|node| is_text_input(node, "Find a figure for Proposal"));
    assert!(search.is_focused(), "the search box has the cursor");
    // "npv", as the search box's hint offers it: the reference's name finds the figure too.
    search.type_text("npv");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let after = proposal(&h);
    assert!(after.contains("{{npv option="), "{after}");
    let shown = h
        .get_by_label_contains("Figures here: ")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(shown.contains(&value), "{shown}");
    // The cursor is back in the text area, after the figure: typing carries on there.
    h.get_by(|node| is_text_input(node, "Proposal"))
        .type_text(" in all.");
    h.run();
    let typed = proposal(&h);
    assert!(typed.contains("}} in all."), "{typed}");
}

#[test]
fn opening_the_picker_moves_no_field() {
    let mut h = app_on_case_for_change();
    h.get_by(|node| is_text_input(node, "Proposal")).focus();
    h.run();
    let before = crate::focus::field_rects(&h);
    click(&mut h, "Insert figure into Proposal");
    h.run();
    let searching = |label: &String| label.starts_with("Find a figure");
    let after = crate::focus::field_rects(&h);
    assert!(
        after.iter().any(|(label, _)| searching(label)),
        "the picker is open"
    );
    let after: Vec<_> = after
        .into_iter()
        .filter(|(label, _)| !searching(label))
        .collect();
    assert_eq!(before, after, "every field stays where it was");
    // Typing in its search box leaves the popup where it is, whatever matches.
    let search_box = |h: &Harness<'_, casewright::app::App>| {
        h.get_by(|node| is_text_input(node, "Find a figure for Proposal"))
            .rect()
    };
    let opened_at = search_box(&h);
    h.get_by(|node| is_text_input(node, "Find a figure for Proposal"))
        .type_text("no figure is called this");
    h.run();
    assert!(h.query_by_label("No figure matches.").is_some());
    assert_eq!(search_box(&h), opened_at, "the search box stays put");
    // Escape closes it and gives the cursor back to the text area.
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        h.query_by(|node| is_text_input(node, "Find a figure for Proposal"))
            .is_none()
    );
    assert!(
        h.get_by(|node| is_text_input(node, "Proposal"))
            .is_focused()
    );
    // Opened again, it starts a new search.
    click(&mut h, "Insert figure into Proposal");
    h.run();
    let search = h.get_by(|node| is_text_input(node, "Find a figure for Proposal"));
    assert_eq!(search.accesskit_node().value().unwrap_or_default(), "");
}
