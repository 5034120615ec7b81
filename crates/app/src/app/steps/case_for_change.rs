//! Step 2: the case for change: scope, the three strategic objectives with their
//! justifications, benefits, principles, the Strategic Policing Requirement threats served,
//! and the measures of success.

use std::collections::BTreeMap;

use egui::TextEdit;

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::app::table::{Column, REMOVE_WIDTH, Table};
use crate::app::widgets::{TEXT_MIN_WIDTH, empty_state};
use crate::case::strategy::{MeasureOfSuccess, Scope, Strategy};
use crate::case::validate::ScopeField;
use crate::case::{Anchor, Choice, Step};

/// The case for change step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct CaseForChangeStep;

impl WizardStep for CaseForChangeStep {
    fn step(&self) -> Step {
        Step::CaseForChange
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        let Strategy {
            scope,
            objectives,
            benefits,
            principles,
            spr_threats,
            measures,
        } = &mut page.case.strategy;
        form.heading("Scope");
        scope_fields(form, scope);

        form.add_space(12.0);
        form.heading("Strategic objectives");
        form.weak("Choose each objective the collaboration pursues and justify it.");
        choices(form, objectives, "Justification", Some(Anchor::Objectives));

        form.add_space(12.0);
        form.heading("Benefits");
        form.weak("Claim the benefits you expect and say how each will be realised.");
        choices(
            form,
            benefits,
            "How it will be realised",
            Some(Anchor::Benefits),
        );

        form.add_space(12.0);
        form.heading("Principles");
        form.weak("The strategic principles the proposal relies on, and how it meets each.");
        choices(
            form,
            principles,
            "How the proposal meets it",
            Some(Anchor::Principles),
        );

        form.add_space(12.0);
        form.heading("Strategic Policing Requirement");
        form.weak("The national threats the collaboration helps the forces meet together.");
        choices(form, spr_threats, "How it helps", Some(Anchor::SprThreats));

        form.add_space(12.0);
        measure_list(form, measures);
    }
}

fn scope_fields(form: &mut Form<'_>, scope: &mut Scope) {
    let Scope {
        function_area,
        current_position,
        problem,
        proposal,
    } = scope;
    let fields = [
        (
            ScopeField::FunctionArea,
            "Function or area of business",
            "e.g. Firearms training",
            function_area,
        ),
        (
            ScopeField::CurrentPosition,
            "Current position",
            "How each force delivers the function today.",
            current_position,
        ),
        (
            ScopeField::Problem,
            "Problem or opportunity",
            "Why things cannot stay as they are.",
            problem,
        ),
        (
            ScopeField::Proposal,
            "Proposal",
            "What is proposed, in a paragraph.",
            proposal,
        ),
    ];
    for (field, label, hint, value) in fields {
        form.text_area(label, hint, value, Anchor::Scope(field));
    }
}

/// A checkbox for each choice; a ticked choice gets a text box for its explanation. A finding
/// about the list as a whole (`anchor`) lands on the first checkbox.
fn choices<T: Choice + Ord>(
    form: &mut Form<'_>,
    chosen: &mut BTreeMap<T, String>,
    explanation: &str,
    anchor: Option<Anchor>,
) {
    for (position, item) in T::ALL.iter().enumerate() {
        let label = item.label();
        let mut ticked = chosen.contains_key(item);
        let response = form.field(anchor.filter(|_| position == 0), |ui| {
            ui.checkbox(&mut ticked, label)
        });
        if response.changed() {
            if ticked {
                chosen.entry(*item).or_default();
            } else {
                chosen.remove(item);
            }
        }
        if let Some(text) = chosen.get_mut(item) {
            form.indent((label, "explanation"), |form| {
                // Seen as "Justification" under its choice; announced with the choice's name.
                form.label(explanation);
                form.add(
                    TextEdit::multiline(text)
                        .id_salt(("explanation", label))
                        .desired_width(f32::INFINITY)
                        .desired_rows(2),
                )
                .accessible_name(format!("{explanation}: {label}"));
            });
        }
    }
}

fn measure_list(form: &mut Form<'_>, measures: &mut Vec<MeasureOfSuccess>) {
    form.heading("Measures of success");
    form.weak("Agree at the outset how success will be judged, with a baseline and a target.");
    let mut remove = None;
    if measures.is_empty() {
        empty_state(form, "No measures yet.");
    } else {
        let table = Table::new("measures")
            .column(Column::fill("Measure", TEXT_MIN_WIDTH).share(2.0))
            .column(Column::fill("Baseline", TEXT_MIN_WIDTH))
            .column(Column::fill("Target", TEXT_MIN_WIDTH))
            .column(Column::fixed("", REMOVE_WIDTH))
            .frozen(1)
            .actions();
        form.table(table, |body| {
            for (index, measure) in measures.iter_mut().enumerate() {
                let number = index + 1;
                let MeasureOfSuccess {
                    measure,
                    baseline,
                    target,
                } = measure;
                body.row(|row| {
                    for (value, name) in [
                        (measure, format!("Measure {number}")),
                        (baseline, format!("Measure {number} baseline")),
                        (target, format!("Measure {number} target")),
                    ] {
                        row.cell(|form| {
                            form.text_cell(&name, value, None);
                        });
                    }
                    row.cell(|form| {
                        if form
                            .button("Remove")
                            .accessible_name(format!("Remove measure {number}"))
                            .clicked()
                        {
                            remove = Some(index);
                        }
                    });
                });
            }
        });
    }
    if form
        .field(Anchor::Measures, |ui| ui.button("Add a measure"))
        .clicked()
    {
        measures.push(MeasureOfSuccess::default());
    }
    if let Some(index) = remove {
        measures.remove(index);
    }
}
