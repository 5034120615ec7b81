//! The Workforce step: each force's officers and staff and how each group moves, how they will
//! work, pensions, consultation with each staff body, and redundancies with collective
//! consultation.

use egui::RichText;

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::app::table::{Column, REMOVE_WIDTH, ROW_BUTTONS_WIDTH, Row, Table};
use crate::app::widgets::{self, TEXT_MIN_WIDTH};
use crate::case::workforce::{Consultation, ForceWorkforce, StaffBody, Workforce};
use crate::case::{Anchor, Step};

/// Width of a column of headcounts: a number of officers or staff.
const COUNT_WIDTH: f32 = 110.0;
/// The narrowest a column of drop-downs saying how a group moves may be ("Secondment").
const ARRANGEMENT_WIDTH: f32 = 170.0;
/// The narrowest the staff body column may be: its drop-down names the body in full.
const BODY_WIDTH: f32 = 200.0;
/// Width of a consultation's status drop-down.
const STATUS_WIDTH: f32 = 150.0;

/// The Workforce step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct WorkforceStep;

impl WizardStep for WorkforceStep {
    fn step(&self) -> Step {
        Step::Workforce
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        let case = page.case;
        form.label(
            "Officers and staff move differently. Officers are office holders: they work in a \
             collaboration under direction and control or on secondment, never by TUPE. Staff \
             are employees, and a transfer may engage TUPE.",
        );
        form.add_space(8.0);
        let forces: Vec<(usize, String)> = case
            .partners
            .forces
            .iter()
            .enumerate()
            .map(|(i, force)| (i, force.name.trim().to_owned()))
            .filter(|(_, name)| !name.is_empty())
            .collect();
        let Workforce {
            forces: rows,
            arrangements,
            pensions,
            consultations,
            proposed_redundancies,
            collective_consultation,
        } = &mut case.workforce;
        form.heading("Officers and staff by force");
        force_rows(form, &forces, rows);
        form.add_space(8.0);
        form.text_area(
            "How officers and staff will work",
            "Where they are based, whose direction and control they are under, terms and conditions, vetting",
            arrangements,
            Anchor::WorkforceArrangements,
        );
        form.text_area(
            "Pensions",
            "Officers stay in their force's police pension scheme; staff pension funds differ by area",
            pensions,
            Anchor::Pensions,
        );
        form.add_space(12.0);

        form.heading("Consultation");
        consultation_rows(form, consultations);
        form.add_space(12.0);

        form.heading("Redundancies");
        form.weak(
            "Give each force's police staff redundancies in the table above, 0 for none: \
             collective consultation is counted for each employer proposing 20 or more at one \
             establishment within 90 days, not for the forces together. Officers cannot be made \
             redundant.",
        );
        // An older file's one figure for all the forces, kept until each force has its own.
        if proposed_redundancies.is_some() {
            form.number_field(
                "Police staff redundancies proposed (all forces, from an older file)",
                proposed_redundancies,
                Anchor::Redundancies,
            );
        } else {
            let total = rows.iter().filter_map(|row| row.redundancies).sum::<u32>();
            form.weak(format!("In all: {total}."));
        }
        form.text_area(
            "Collective consultation (an employer proposing 20 or more redundancies)",
            "When section 188 consultation starts, with whom, and the HR1 notice to the Secretary of State",
            collective_consultation,
            Anchor::CollectiveConsultation,
        );
    }
}

/// A row for each named force (offered whether or not its row exists yet), then any rows
/// left over from forces that have since been removed or renamed outside the app.
fn force_rows(form: &mut Form<'_>, forces: &[(usize, String)], rows: &mut Vec<ForceWorkforce>) {
    if forces.is_empty() && rows.is_empty() {
        widgets::empty_state(
            form,
            "Name the forces on the Front sheet and partners step; a row for each force's \
             officers and staff appears here.",
        );
        return;
    }
    let table = Table::new("workforce_forces")
        .column(Column::fill("Force", TEXT_MIN_WIDTH))
        .column(Column::fixed("Officers", COUNT_WIDTH))
        .column(Column::fill("Officers work by", ARRANGEMENT_WIDTH).share(2.0))
        .column(Column::fixed("Staff", COUNT_WIDTH))
        .column(Column::fill("Staff move by", ARRANGEMENT_WIDTH).share(2.0))
        .column(Column::fixed("Staff redundancies", COUNT_WIDTH))
        .column(Column::fixed("", REMOVE_WIDTH))
        .frozen(1)
        .actions();
    let mut remove = None;
    form.table(table, |body| {
        for (index, force) in forces {
            let existing = rows.iter().position(|row| row.force.trim() == force);
            let mut row = existing.map_or_else(
                || ForceWorkforce {
                    force: force.clone(),
                    ..ForceWorkforce::default()
                },
                |i| rows[i].clone(),
            );
            let before = row.clone();
            body.row(|cells| {
                cells.text(force.as_str());
                force_cells(cells, Some(*index), &mut row);
                cells.text("");
            });
            if row != before {
                match existing {
                    Some(i) => rows[i] = row,
                    None => rows.push(row),
                }
            }
        }
        for (i, row) in rows.iter_mut().enumerate() {
            if forces.iter().any(|(_, force)| row.force.trim() == force) {
                continue;
            }
            body.row(|cells| {
                cells.text(RichText::new(format!("{} (no longer a partner)", row.force)).weak());
                force_cells(cells, None, row);
                cells.cell(|form| {
                    if form
                        .button("Remove")
                        .accessible_name(format!("Remove workforce of {}", row.force))
                        .clicked()
                    {
                        remove = Some(i);
                    }
                });
            });
        }
    });
    if let Some(i) = remove {
        rows.remove(i);
    }
}

/// One force's officers and staff: how many of each, and how each group moves. `index` is the
/// force's place among the partners, for the check that lands on its row.
fn force_cells(cells: &mut Row<'_, '_, '_>, index: Option<usize>, row: &mut ForceWorkforce) {
    let ForceWorkforce {
        force,
        officers,
        officer_arrangement,
        staff,
        staff_arrangement,
        redundancies,
    } = row;
    let force = force.trim().to_owned();
    cells.cell(|form| {
        form.number_cell(
            ("workforce officers", &force),
            &format!("{force} officers"),
            officers,
            index.map(Anchor::WorkforceForce),
        );
    });
    cells.cell(|form| {
        form.enum_cell(
            ("officer arrangement", &force),
            &format!("{force} officers' arrangement"),
            officer_arrangement,
            None,
        );
    });
    cells.cell(|form| {
        form.number_cell(
            ("workforce staff", &force),
            &format!("{force} staff"),
            staff,
            None,
        );
    });
    cells.cell(|form| {
        form.enum_cell(
            ("staff arrangement", &force),
            &format!("{force} staff arrangement"),
            staff_arrangement,
            None,
        );
    });
    cells.cell(|form| {
        form.number_cell(
            ("workforce redundancies", &force),
            &format!("{force} staff redundancies"),
            redundancies,
            index.map(Anchor::ForceRedundancies),
        );
    });
}

fn consultation_rows(form: &mut Form<'_>, consultations: &mut Vec<Consultation>) {
    form.weak(
        "Each body that speaks for those affected: the Police Federation and the \
         Superintendents' Association for officers, the unions for staff.",
    );
    let count = consultations.len();
    let mut action = None;
    if consultations.is_empty() {
        widgets::empty_state(form, "No consultation recorded yet.");
    } else {
        let table = Table::new("workforce_consultations")
            .column(Column::fixed("", 28.0))
            .column(Column::fill("Staff body", BODY_WIDTH))
            .column(Column::fixed("Status", STATUS_WIDTH))
            .column(Column::fill("Notes", TEXT_MIN_WIDTH).share(2.0))
            .column(Column::fixed("", ROW_BUTTONS_WIDTH))
            .frozen(2)
            .actions();
        form.table(table, |body| {
            for (i, consultation) in consultations.iter_mut().enumerate() {
                let n = i + 1;
                let Consultation {
                    body: staff_body,
                    other_name,
                    status,
                    notes,
                } = consultation;
                body.row(|row| {
                    row.text(RichText::new(format!("{n}.")).strong());
                    row.cell(|form| {
                        form.enum_cell(
                            ("consultation body", i),
                            &format!("Consultation {n} body"),
                            staff_body,
                            Anchor::StaffConsultation(i),
                        );
                        if *staff_body == StaffBody::Other {
                            form.text_cell(
                                &format!("Consultation {n} body name"),
                                other_name,
                                None,
                            );
                        }
                    });
                    row.cell(|form| {
                        form.enum_cell(
                            ("consultation status", i),
                            &format!("Consultation {n} status"),
                            status,
                            None,
                        );
                    });
                    row.cell(|form| {
                        form.add(
                            egui::TextEdit::multiline(notes)
                                .id_salt(("consultation notes", i))
                                .desired_width(f32::INFINITY)
                                .desired_rows(2)
                                .hint_text("When and how, and what the body has said"),
                        )
                        .accessible_name(format!("Consultation {n} notes"));
                    });
                    row.cell(|form| {
                        if let Some(a) =
                            widgets::row_buttons(form, &format!("consultation {n}"), i, count)
                        {
                            action = Some(a);
                        }
                    });
                });
            }
        });
    }
    if let Some(action) = action {
        action.apply(consultations);
    }
    if form
        .field(Anchor::StaffConsultations, |ui| {
            ui.button("Add a consultation")
        })
        .clicked()
    {
        consultations.push(Consultation::default());
    }
}
