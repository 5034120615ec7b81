//! Step 2: the case for change: scope, the three strategic objectives with their
//! justifications, benefits, principles, the Strategic Policing Requirement threats served,
//! and the measures of success.

use std::collections::BTreeMap;

use egui::{Grid, TextEdit, Ui};

use super::focus_here;
use crate::app::widgets::{empty_state, text_area, text_area_cell};
use crate::case::strategy::{Benefit, MeasureOfSuccess, Principle, SprThreat, StrategicObjective};
use crate::case::validate::ScopeField;
use crate::case::{Anchor, Case};

/// The case for change keeps no UI state of its own.
#[derive(Default)]
pub struct State {}

/// Shows the case for change form.
pub fn show(ui: &mut Ui, case: &mut Case, _state: &mut State, focus: &mut Option<Anchor>) {
    let strategy = &mut case.strategy;
    ui.heading("Scope");
    let scope = &mut strategy.scope;
    let fields = [
        (
            ScopeField::FunctionArea,
            "Function or area of business",
            "e.g. Firearms training",
            &mut scope.function_area,
        ),
        (
            ScopeField::CurrentPosition,
            "Current position",
            "How each force delivers the function today.",
            &mut scope.current_position,
        ),
        (
            ScopeField::Problem,
            "Problem or opportunity",
            "Why things cannot stay as they are.",
            &mut scope.problem,
        ),
        (
            ScopeField::Proposal,
            "Proposal",
            "What is proposed, in a paragraph.",
            &mut scope.proposal,
        ),
    ];
    for (field, label, hint, value) in fields {
        let response = text_area(ui, label, hint, value);
        focus_here(&response, focus, Anchor::Scope(field));
    }

    ui.add_space(12.0);
    ui.heading("Strategic objectives");
    ui.weak("Choose each objective the collaboration pursues and justify it.");
    choices(
        ui,
        &mut strategy.objectives,
        &StrategicObjective::ALL,
        StrategicObjective::label,
        "Justification",
        focus,
        Anchor::Objectives,
    );

    ui.add_space(12.0);
    ui.heading("Benefits");
    ui.weak("Claim the benefits you expect and say how each will be realised.");
    choices(
        ui,
        &mut strategy.benefits,
        &Benefit::ALL,
        Benefit::label,
        "How it will be realised",
        focus,
        Anchor::Benefits,
    );

    ui.add_space(12.0);
    ui.heading("Principles");
    ui.weak("The strategic principles the proposal relies on, and how it meets each.");
    let mut no_focus = None;
    choices(
        ui,
        &mut strategy.principles,
        &Principle::ALL,
        Principle::label,
        "How the proposal meets it",
        &mut no_focus,
        Anchor::Objectives,
    );

    ui.add_space(12.0);
    ui.heading("Strategic Policing Requirement");
    ui.weak("The national threats the collaboration helps the forces meet together.");
    choices(
        ui,
        &mut strategy.spr_threats,
        &SprThreat::ALL,
        SprThreat::label,
        "How it helps",
        focus,
        Anchor::SprThreats,
    );

    ui.add_space(12.0);
    measures(ui, &mut strategy.measures, focus);
}

/// A checkbox for each choice; a ticked choice gets a text box for its explanation.
fn choices<T: Copy + Ord>(
    ui: &mut Ui,
    chosen: &mut BTreeMap<T, String>,
    all: &[T],
    label_of: fn(T) -> &'static str,
    explanation: &str,
    focus: &mut Option<Anchor>,
    anchor: Anchor,
) {
    for (position, item) in all.iter().enumerate() {
        let label = label_of(*item);
        let mut ticked = chosen.contains_key(item);
        let response = ui.checkbox(&mut ticked, label);
        if position == 0 {
            focus_here(&response, focus, anchor);
        }
        if response.changed() {
            if ticked {
                chosen.entry(*item).or_default();
            } else {
                chosen.remove(item);
            }
        }
        if let Some(text) = chosen.get_mut(item) {
            ui.indent((label, "explanation"), |ui| {
                text_area_cell(
                    ui,
                    &format!("{explanation}: {label}"),
                    text,
                    ui.available_width(),
                );
            });
        }
    }
}

fn measures(ui: &mut Ui, measures: &mut Vec<MeasureOfSuccess>, focus: &mut Option<Anchor>) {
    ui.heading("Measures of success");
    ui.weak("Agree at the outset how success will be judged, with a baseline and a target.");
    let mut remove = None;
    if measures.is_empty() {
        empty_state(ui, "No measures yet.");
    } else {
        Grid::new("measures")
            .num_columns(4)
            .striped(true)
            .spacing([10.0, 6.0])
            .show(ui, |ui| {
                ui.strong("Measure");
                ui.strong("Baseline");
                ui.strong("Target");
                ui.label("");
                ui.end_row();
                for (index, measure) in measures.iter_mut().enumerate() {
                    let number = index + 1;
                    ui.add(TextEdit::singleline(&mut measure.measure).desired_width(260.0))
                        .accessible_name(format!("Measure {number}"));
                    ui.add(TextEdit::singleline(&mut measure.baseline).desired_width(160.0))
                        .accessible_name(format!("Measure {number} baseline"));
                    ui.add(TextEdit::singleline(&mut measure.target).desired_width(160.0))
                        .accessible_name(format!("Measure {number} target"));
                    if ui.button(format!("Remove measure {number}")).clicked() {
                        remove = Some(index);
                    }
                    ui.end_row();
                }
            });
    }
    let add = ui.button("Add a measure");
    focus_here(&add, focus, Anchor::Measures);
    if add.clicked() {
        measures.push(MeasureOfSuccess::default());
    }
    if let Some(index) = remove {
        measures.remove(index);
    }
}
