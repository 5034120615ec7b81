//! Editing as a person does it: undo and redo with the keyboard, and following a Review
//! finding to the field it is about.

use crate::support::{app_in, click, go_to, is_text_input, title, type_into};
use casewright::case::Step;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

#[test]
fn undo_and_redo_an_edit_with_the_keyboard() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint dog unit");
    assert_eq!(title(&h), "Joint dog unit");
    assert!(h.state().document().unwrap().is_unsaved());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(title(&h), "", "Ctrl+Z undoes the typing");
    assert!(
        !h.state().document().unwrap().is_unsaved(),
        "back to the state as opened"
    );

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(title(&h), "Joint dog unit", "Ctrl+Shift+Z redoes it");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(title(&h), "Joint dog unit", "Ctrl+Y redoes too");
}

#[test]
fn undoing_an_edit_in_view_moves_no_field() {
    // The laptop screen where this was seen: the field is in view, below the middle.
    let mut h = crate::support::app_sized(egui::vec2(1366.0, 768.0));
    h.state_mut()
        .queue(casewright::app::commands::Action::OpenExample(0));
    h.run();
    go_to(&mut h, Step::CaseForChange);
    // A field in view but not in the middle of it: centring it would scroll the form.
    let field = "Problem or opportunity";
    h.get_by(|node| is_text_input(node, field))
        .type_text(" One more sentence.");
    h.run();
    let before = crate::focus::field_rects(&h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    // Long enough for a scroll egui animates to have finished.
    for _ in 0..30 {
        h.step();
    }
    let problem = &h
        .state()
        .case()
        .expect("a case is open")
        .strategy
        .scope
        .problem;
    assert!(
        !problem.ends_with("One more sentence."),
        "the edit is undone"
    );
    assert_eq!(
        crate::focus::field_rects(&h),
        before,
        "every field stays where it was"
    );
}

#[test]
fn a_review_finding_takes_the_user_to_its_field() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    go_to(&mut h, Step::Review);
    assert_eq!(h.state().step(), Some(Step::Review));
    h.get_by_label_contains("Not ready for committee");

    click(&mut h, "Name the sponsoring chief officer.");
    assert_eq!(h.state().step(), Some(Step::FrontSheet));
    let field = h.get_by(|node| is_text_input(node, "Sponsoring chief officer"));
    assert!(
        field.is_focused(),
        "the cursor is in the field the finding is about"
    );

    // Typing goes straight into it, and the finding disappears.
    h.get_by(|node| is_text_input(node, "Sponsoring chief officer"))
        .type_text("DCC B. Smith");
    h.run();
    let case = h.state().case().unwrap();
    assert_eq!(case.front_sheet.sponsor, "DCC B. Smith");
    let findings = &h.state().document().unwrap().checks().findings;
    assert!(
        !findings
            .iter()
            .any(|f| f.message.contains("sponsoring chief officer"))
    );
}

#[test]
fn a_finding_in_another_engineers_step_reveals_its_field_too() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    go_to(&mut h, Step::Review);
    click(
        &mut h,
        "Record the outcome of the equality impact assessment.",
    );
    assert_eq!(h.state().step(), Some(Step::Equality));
    assert!(h.get_by_label("Outcome of the assessment").is_focused());
}

#[test]
fn the_navigator_marks_steps_and_the_window_title_shows_the_case() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    assert_eq!(
        h.state().title(),
        "Untitled business case – Untitled – Casewright"
    );
    type_into(&mut h, "Title", "Joint dog unit");
    assert_eq!(h.state().title(), "*Joint dog unit – Untitled – Casewright");
    let checks = h.state().document().unwrap().checks();
    use casewright::app::document::StepStatus;
    assert!(matches!(
        checks.status(Step::FrontSheet),
        StepStatus::HasErrors(_)
    ));
    // Every step's mark says what Review lists for it: a step with errors is never "not
    // started", even before anything is typed in it.
    for check in &checks.steps {
        let errors = check
            .findings
            .iter()
            .filter(|i| checks.findings[**i].severity == casewright::case::Severity::Error)
            .count();
        match check.status {
            StepStatus::HasErrors(count) if check.step != Step::Review => {
                assert_eq!(count, errors, "{:?}", check.step);
            }
            StepStatus::HasErrors(_) => {}
            StepStatus::NotStarted
            | StepStatus::InProgress
            | StepStatus::ToCheck(_)
            | StepStatus::Done => {
                assert_eq!(errors, 0, "{:?} has errors", check.step);
            }
        }
    }
    assert!(matches!(
        checks.status(Step::Risks),
        StepStatus::HasErrors(_)
    ));
    // Visiting every step without typing changes nothing.
    for step in Step::ALL {
        go_to(&mut h, step);
    }
    assert_eq!(
        h.state()
            .document()
            .unwrap()
            .checks()
            .status(Step::Equality),
        StepStatus::HasErrors(4),
        "the three aims of the duty and the outcome are blank, as Review says"
    );
}

#[test]
fn renaming_a_force_keeps_its_named_lead() {
    let mut h = crate::support::app_in(None);
    h.state_mut()
        .queue(casewright::app::commands::Action::OpenExample(0));
    h.run();
    let before = h.state().case().expect("example open").partners.forces[0]
        .name
        .clone();
    crate::support::type_into(&mut h, "Force 1 name", " (Heddlu)");
    let case = h.state().case().expect("case open");
    let renamed = &case.partners.forces[0].name;
    assert_eq!(renamed, &format!("{before} (Heddlu)"));
    assert!(
        case.implementation
            .leads
            .iter()
            .any(|lead| &lead.force == renamed),
        "{:?}",
        case.implementation.leads
    );
    assert!(
        !casewright::case::validate(case)
            .iter()
            .any(|f| f.anchor == casewright::case::Anchor::Leads),
        "the lead no longer matches its force"
    );
}
