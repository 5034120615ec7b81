//! The Management case step: the senior responsible owner, the benefits register (each
//! benefit linked by name to the finance line and the measure of success that count it) and
//! the post-implementation review. The programme board, leads and milestones are on the
//! Implementation step.

use egui::{Response, RichText, Ui};

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::app::table::{Column, ROW_BUTTONS_WIDTH, Row, Table};
use crate::app::widgets::{self, CellKind, DATE_WIDTH, TEXT_MIN_WIDTH};
use crate::case::management::{Management, PostImplementationReview, RegisteredBenefit};
use crate::case::validate::{BenefitField as F, ReviewField};
use crate::case::{Anchor, Step};

/// Width of a benefit's type drop-down ("Non-cash-releasing").
const KIND_WIDTH: f32 = 170.0;
/// The narrowest a column of links to a finance line or measure of success may be.
const LINK_WIDTH: f32 = 160.0;

/// The Management case step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct ManagementStep;

impl WizardStep for ManagementStep {
    fn step(&self) -> Step {
        Step::Management
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        let case = page.case;
        form.label(
            "Who answers for the programme, how each benefit will be counted, and when the \
             review will ask whether the benefits came. The programme board, leads and \
             milestones are on the Implementation step.",
        );
        form.add_space(8.0);
        let finance_lines: Vec<String> = case
            .finance
            .benefit_line_labels(case.options.preferred())
            .into_iter()
            .map(str::to_owned)
            .collect();
        let measures: Vec<String> = case
            .strategy
            .measures
            .iter()
            .map(|measure| measure.measure.trim().to_owned())
            .filter(|measure| !measure.is_empty())
            .collect();
        let Management {
            senior_responsible_owner,
            benefits,
            review,
        } = &mut case.management;
        form.text_field(
            "Senior responsible owner",
            senior_responsible_owner,
            Anchor::SeniorResponsibleOwner,
        );
        form.add_space(12.0);

        form.heading("Benefits register");
        benefit_cards(form, benefits, &finance_lines, &measures);
        form.add_space(12.0);

        form.heading("Post-implementation review");
        let PostImplementationReview { date, owner, scope } = review;
        form.horizontal_wrapped(|form| {
            form.date_field(
                "Review reports on",
                date,
                Anchor::PostImplementationReview(ReviewField::Date),
            );
        });
        form.text_field(
            "Review led by",
            owner,
            Anchor::PostImplementationReview(ReviewField::Owner),
        );
        form.text_area(
            "What the review will measure",
            "The benefits and measures of success it checks, and who it reports to",
            scope,
            Anchor::PostImplementationReview(ReviewField::Scope),
        );
    }
}

fn benefit_cards(
    form: &mut Form<'_>,
    benefits: &mut Vec<RegisteredBenefit>,
    finance_lines: &[String],
    measures: &[String],
) {
    form.weak(
        "Each benefit with its type, measure, baseline, target, owner and date. Link a \
         cash-releasing benefit to the saving line that counts it.",
    );
    if benefits.is_empty() {
        widgets::empty_state(form, "No benefits registered yet.");
    }
    let count = benefits.len();
    let mut action = None;
    if !benefits.is_empty() {
        let table = Table::new("management_benefits")
            .column(Column::fixed("", 28.0))
            .column(Column::fill("Benefit", TEXT_MIN_WIDTH).share(2.0))
            .column(Column::fixed("Type", KIND_WIDTH))
            .column(Column::fill("Measure", TEXT_MIN_WIDTH))
            .column(Column::fill("Baseline", TEXT_MIN_WIDTH))
            .column(Column::fill("Target", TEXT_MIN_WIDTH))
            .column(Column::fill("Owner", TEXT_MIN_WIDTH))
            .column(Column::fixed("Due", DATE_WIDTH))
            .column(Column::fill("Finance line", LINK_WIDTH))
            .column(Column::fill("Measure of success", LINK_WIDTH))
            .column(Column::fixed("", ROW_BUTTONS_WIDTH))
            .frozen(2)
            .actions();
        form.table(table, |body| {
            for (i, benefit) in benefits.iter_mut().enumerate() {
                body.row(|row| {
                    benefit_cells(row, i, benefit, finance_lines, measures);
                    row.cell(|form| {
                        if let Some(a) =
                            widgets::row_buttons(form, &format!("benefit {}", i + 1), i, count)
                        {
                            action = Some(a);
                        }
                    });
                });
            }
        });
    }
    if let Some(action) = action {
        action.carry_cell_text(form.ctx(), count, CellKind::Date, |row| {
            ("benefit_due", row)
        });
        action.apply(benefits);
    }
    if form
        .field(Anchor::BenefitsRegister, |ui| ui.button("Add a benefit"))
        .clicked()
    {
        benefits.push(RegisteredBenefit::default());
    }
}

/// Benefit `i`'s cells, from its number to the measure of success it is counted by.
fn benefit_cells(
    row: &mut Row<'_, '_, '_>,
    i: usize,
    benefit: &mut RegisteredBenefit,
    finance_lines: &[String],
    measures: &[String],
) {
    let n = i + 1;
    let anchor = |field| Anchor::RegisteredBenefit(i, field);
    let RegisteredBenefit {
        benefit,
        kind,
        measure,
        baseline,
        target,
        owner,
        due,
        finance_line,
        measure_of_success,
    } = benefit;
    row.text(RichText::new(format!("{n}.")).strong());
    row.cell(|form| {
        form.text_cell(&format!("Benefit {n}"), benefit, anchor(F::Benefit));
    });
    row.cell(|form| {
        form.enum_cell(
            ("benefit kind", i),
            &format!("Benefit {n} type"),
            kind,
            None,
        );
    });
    for (name, value, field) in [
        ("measure", measure, F::Measure),
        ("baseline", baseline, F::Baseline),
        ("target", target, F::Target),
        ("owner", owner, F::Owner),
    ] {
        row.cell(|form| {
            form.text_cell(&format!("Benefit {n} {name}"), value, anchor(field));
        });
    }
    row.cell(|form| {
        form.date_cell(
            ("benefit_due", i),
            &format!("Benefit {n} due date"),
            due,
            anchor(F::Due),
        );
    });
    row.cell(|form| {
        form.field(anchor(F::FinanceLine), |ui| {
            link_picker(
                ui,
                &format!("Benefit {n} finance line"),
                finance_line,
                finance_lines,
            )
        });
    });
    row.cell(|form| {
        form.field(anchor(F::MeasureOfSuccess), |ui| {
            link_picker(
                ui,
                &format!("Benefit {n} measure of success"),
                measure_of_success,
                measures,
            )
        });
    });
}

/// A drop-down linking to one of `names` by name, or to none, as wide as its cell. A link whose name no longer
/// exists (the line was renamed) shows as it is, marked, until the user picks again.
fn link_picker(ui: &mut Ui, what: &str, value: &mut String, names: &[String]) -> Response {
    let current = value.trim().to_owned();
    let selected = if current.is_empty() {
        "None".to_owned()
    } else if names.contains(&current) {
        current.clone()
    } else {
        format!("{current} (not found)")
    };
    let mut changed = false;
    let mut response = egui::ComboBox::from_id_salt(("link picker", what))
        .selected_text(selected)
        .width(ui.available_width())
        .truncate()
        .show_ui(ui, |ui| {
            if ui.selectable_label(current.is_empty(), "None").clicked() && !current.is_empty() {
                value.clear();
                changed = true;
            }
            for name in names {
                if ui.selectable_label(current == *name, name).clicked() && current != *name {
                    value.clone_from(name);
                    changed = true;
                }
            }
        })
        .response;
    if changed {
        response.mark_changed();
    }
    crate::app::access::named_drop_down(response, what)
}
