//! Every keystroke lands where the user is looking (issue 17): the scenarios a new user met in
//! the real window, replayed at the laptop sizes they met them at. Tab walks a table's row
//! before the next row, Enter goes down a column, and no field moves while the user works in
//! another (a finding appearing or clearing, a row growing, a drop-down's choice).

use casewright::app::App;
use casewright::case::Step;
use casewright::case::partners::Force;
use chrono::NaiveDate;
use egui::accesskit::Role;
use egui::{Key, Modifiers, Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::support::{app_sized, click, go_to, is_text_input, type_into};

/// A new case in a 1024×700 window (the layout test's smallest), on `step`.
fn new_case_on(step: Step) -> Harness<'static, App> {
    let mut h = app_sized(Vec2::new(1024.0, 700.0));
    click(&mut h, "New case");
    go_to(&mut h, step);
    h
}

/// Types `text` wherever the keyboard focus is, as a person typing does.
fn type_here(h: &mut Harness<'_, App>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

fn press(h: &mut Harness<'_, App>, key: Key) {
    h.key_press(key);
    h.run();
}

/// The label of the widget with the keyboard focus.
fn focused(h: &Harness<'_, App>) -> Option<String> {
    h.query_by(|node| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
}

/// Where every text field and drop-down on screen is, by label.
pub(crate) fn field_rects(h: &Harness<'_, App>) -> Vec<(String, Rect)> {
    h.query_all_by(|node| {
        matches!(
            node.role(),
            Role::TextInput | Role::MultilineTextInput | Role::ComboBox | Role::Slider
        )
    })
    .filter_map(|node| Some((node.accesskit_node().label()?, node.rect())))
    .collect()
}

/// The fields that moved between two looks at the screen, beside the page scrolling as a
/// whole (by as much as `typed`, the field typed into, moved: it is scrolled into view).
fn moved_beside(typed: &str, before: &[(String, Rect)], after: &[(String, Rect)]) -> Vec<String> {
    let at = |rects: &[(String, Rect)]| rects.iter().find(|(l, _)| l == typed).map(|(_, r)| r.min);
    let shift = match (at(before), at(after)) {
        (Some(was), Some(now)) => now - was,
        _ => Vec2::ZERO,
    };
    let before: Vec<(String, Rect)> = before
        .iter()
        .map(|(label, rect)| (label.clone(), rect.translate(shift)))
        .collect();
    moved(&before, after)
}

/// The fields that moved between two looks at the screen.
fn moved(before: &[(String, Rect)], after: &[(String, Rect)]) -> Vec<String> {
    before
        .iter()
        .filter_map(|(label, was)| {
            let now = after.iter().find(|(l, _)| l == label)?.1;
            ((now.min - was.min).length() > 0.5)
                .then(|| format!("{label} moved from {:?} to {:?}", was.min, now.min))
        })
        .collect()
}

#[test]
fn tab_in_a_table_walks_across_the_row_then_to_the_next_row() {
    let mut h = new_case_on(Step::Implementation);
    click(&mut h, "Add a milestone");
    click(&mut h, "Add a milestone");
    type_into(&mut h, "Milestone 2 title", "Go-live");
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h).as_deref(), Some("Milestone 2 due date"));
    type_here(&mut h, "2027-04-01");
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h).as_deref(), Some("Milestone 2 owner"));
    type_here(&mut h, "Ch Insp Patel");
    // Shift+Tab goes back along the row.
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    assert_eq!(focused(&h).as_deref(), Some("Milestone 2 due date"));
    let milestones = &h.state().case().expect("a case").implementation.milestones;
    assert_eq!(milestones[0].title, "");
    assert_eq!(milestones[0].due, None);
    assert_eq!(milestones[0].owner, "");
    assert_eq!(milestones[1].title, "Go-live");
    assert_eq!(milestones[1].due, NaiveDate::from_ymd_opt(2027, 4, 1));
    assert_eq!(milestones[1].owner, "Ch Insp Patel");
}

#[test]
fn enter_in_a_table_cell_goes_to_the_cell_below() {
    let mut h = new_case_on(Step::Implementation);
    click(&mut h, "Add a milestone");
    click(&mut h, "Add a milestone");
    type_into(&mut h, "Milestone 1 owner", "Supt Hale");
    press(&mut h, Key::Enter);
    h.run();
    assert_eq!(focused(&h).as_deref(), Some("Milestone 2 owner"));
    type_here(&mut h, "DCC Rowe");
    let milestones = &h.state().case().expect("a case").implementation.milestones;
    assert_eq!(milestones[0].owner, "Supt Hale");
    assert_eq!(milestones[1].owner, "DCC Rowe");
}

#[test]
fn a_field_tabbed_into_out_of_view_is_scrolled_into_view() {
    let mut h = new_case_on(Step::Implementation);
    for _ in 0..8 {
        click(&mut h, "Add a milestone");
    }
    type_into(&mut h, "Milestone 1 title", "Agreement signed");
    for _ in 0..30 {
        press(&mut h, Key::Tab);
        h.run();
        let Some(node) = h.query_by(|node| node.is_focused()) else {
            continue;
        };
        let label = node.accesskit_node().label().unwrap_or_default();
        let rect = node.rect();
        let shown = h.ctx.viewport(|viewport| {
            viewport
                .prev_pass
                .widgets
                .layers()
                .flat_map(|(_, widgets)| widgets.iter())
                .find(|w| w.id.accesskit_id() == node.accesskit_node().locate().0)
                .map(|w| w.interact_rect)
        });
        let shown = shown.unwrap_or(Rect::NOTHING);
        assert!(
            shown.width() >= rect.width() - 1.0 && shown.height() >= rect.height() - 1.0,
            "{label} has the focus at {rect:?} but only {shown:?} of it is in view"
        );
    }
}

#[test]
fn typing_on_the_front_sheet_moves_no_other_field() {
    let mut h = new_case_on(Step::FrontSheet);
    let labels: Vec<String> = field_rects(&h)
        .into_iter()
        .map(|(label, _)| label)
        .filter(|label| {
            h.query_by(|node| is_text_input(node, label)).is_some()
                && !label.contains("date")
                && !label.contains("Date")
        })
        .collect();
    assert!(labels.len() >= 6, "front sheet fields: {labels:?}");
    let mut problems = Vec::new();
    for label in &labels {
        let before = field_rects(&h);
        type_into(&mut h, label, "Northshire");
        let after = field_rects(&h);
        for line in moved_beside(label, &before, &after) {
            problems.push(format!("typing into {label}: {line}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn raising_a_risks_impact_moves_neither_owner_nor_mitigation() {
    let mut h = new_case_on(Step::Risks);
    click(&mut h, "Add a blank risk");
    type_into(&mut h, "Title", "Vetting backlog");
    let before = field_rects(&h);
    h.get_by(|node| node.role() == Role::Slider && node.label().as_deref() == Some("Impact"))
        .focus();
    h.run();
    for _ in 0..5 {
        press(&mut h, Key::ArrowRight);
    }
    let after = field_rects(&h);
    let moved: Vec<String> = moved(&before, &after)
        .into_iter()
        .filter(|line| line.starts_with("Owner") || line.starts_with("Mitigation"))
        .collect();
    assert!(moved.is_empty(), "{}", moved.join("\n"));
    type_into(&mut h, "Owner", "Supt Hale");
    type_into(&mut h, "Mitigation and controls", "Share the vetting unit.");
    let risk = &h.state().case().expect("a case").risks.risks[0];
    assert_eq!(risk.owner, "Supt Hale");
    assert_eq!(risk.mitigation, "Share the vetting unit.");
}

#[test]
fn a_workforce_choice_keeps_the_numbers_typed() {
    let mut h = new_case_on(Step::Workforce);
    let case = h.state_mut().case_mut().expect("a case");
    case.partners.forces = vec![
        Force {
            name: "Northshire Police".into(),
            ..Force::default()
        },
        Force {
            name: "Southshire Police".into(),
            ..Force::default()
        },
    ];
    h.run();
    type_into(&mut h, "Northshire Police officers", "120");
    let before = field_rects(&h);
    click(&mut h, "Northshire Police officers' arrangement");
    click(&mut h, "Direction and control under the agreement");
    type_into(&mut h, "Southshire Police staff", "74");
    let after = field_rects(&h);
    let moved: Vec<String> = moved(&before, &after)
        .into_iter()
        .filter(|line| line.starts_with("Southshire"))
        .collect();
    assert!(moved.is_empty(), "{}", moved.join("\n"));
    let rows = &h.state().case().expect("a case").workforce.forces;
    let south = rows
        .iter()
        .find(|row| row.force == "Southshire Police")
        .expect("Southshire's row");
    assert_eq!(south.staff, Some(74));
}

/// A case with a row in every list, open on `step` in a 1024×700 window.
fn every_row_on(step: Step) -> Harness<'static, App> {
    let mut h = app_sized(Vec2::new(1024.0, 700.0));
    click(&mut h, "New case");
    *h.state_mut().case_mut().expect("a case") = crate::support::case_with_every_row();
    h.run();
    go_to(&mut h, step);
    h
}

#[test]
fn finance_for_business_as_usual_draws_no_text_over_text_and_breaks_no_word() {
    let mut h = every_row_on(Step::Finance);
    click(&mut h, "Option to edit");
    let choice = h
        .query_all_by(|node| node.role() == Role::Button)
        .filter_map(|node| node.accesskit_node().label())
        .find(|label| label.starts_with("Business as usual ("))
        .expect("business as usual in the option picker");
    click(&mut h, &choice);
    press(&mut h, Key::Escape);
    h.get_by_label("Line 1 description");
    let problems = crate::layout::text_problems(&h);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn finance_keeps_cost_or_saving_in_view_while_the_years_are_typed() {
    let mut h = every_row_on(Step::Finance);
    let last_year = h
        .query_all_by(|node| {
            node.role() == Role::TextInput
                && node
                    .label()
                    .is_some_and(|label| label.starts_with("Line 1 ") && label.contains('/'))
        })
        .filter_map(|node| node.accesskit_node().label())
        .next_back()
        .expect("a year of line 1");
    type_into(&mut h, "Line 1 description", "Posts");
    // Tab along the row to the last year, as a person entering amounts does.
    for _ in 0..20 {
        if focused(&h).as_deref() == Some(last_year.as_str()) {
            break;
        }
        press(&mut h, Key::Tab);
    }
    assert_eq!(focused(&h).as_deref(), Some(last_year.as_str()));
    type_here(&mut h, "2500");
    for label in [
        last_year.as_str(),
        "Line 1 cost or saving",
        "Line 1 description",
    ] {
        assert!(
            crate::layout::fully_visible(&h, label),
            "{label} is not wholly in view while {last_year} is typed into: {:?}",
            h.query_by(|node| node.label().as_deref() == Some(label))
                .map(|n| n.rect())
        );
    }
}

#[test]
fn tab_into_the_benefits_register_brings_each_field_into_view() {
    let mut h = every_row_on(Step::Management);
    let first = h
        .query_all_by(|node| {
            matches!(node.role(), Role::TextInput | Role::MultilineTextInput)
                && node
                    .label()
                    .is_some_and(|label| label.starts_with("Benefit 1"))
        })
        .filter_map(|node| node.accesskit_node().label())
        .next()
        .expect("the benefits register's first field");
    type_into(&mut h, &first, "Fewer vehicles");
    for _ in 0..8 {
        press(&mut h, Key::Tab);
        let Some(label) = focused(&h) else { continue };
        assert!(
            crate::layout::fully_visible(&h, &label),
            "{label} has the focus but is not wholly in view"
        );
    }
}
