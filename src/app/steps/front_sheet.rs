//! Step 1: the front sheet (what the committee clerk needs) and the partners (the forces,
//! with their budgets, chief constables and PCCs; the lead force; non-police partners).

use egui::{Grid, RichText, TextEdit, Ui};

use super::{Page, WizardStep};
use crate::app::form::Form;
use crate::app::widgets::{empty_state, labelled};
use crate::case::finance::SplitMethod;
use crate::case::front_sheet::FrontSheet;
use crate::case::implementation::Implementation;
use crate::case::partners::{Force, OtherPartner, Partners};
use crate::case::validate::FrontSheetField as F;
use crate::case::{Anchor, Step};

/// The front sheet and partners step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct FrontSheetStep;

impl WizardStep for FrontSheetStep {
    fn step(&self) -> Step {
        Step::FrontSheet
    }

    fn ui(&mut self, form: &mut Form<'_>, page: Page<'_>) {
        let case = page.case;
        front_sheet(form, &mut case.front_sheet);
        form.add_space(12.0);
        form.separator();
        let custom_split = case.finance.split == SplitMethod::Custom;
        let names_before: Vec<String> = case
            .partners
            .forces
            .iter()
            .map(|f| f.name.clone())
            .collect();
        partners(
            form,
            &mut case.partners,
            custom_split,
            &mut case.implementation,
        );
        // Finance lines that fall in a renamed force follow it. A frame that added or removed
        // a force renamed none.
        if names_before.len() == case.partners.forces.len() {
            for (before, force) in names_before.iter().zip(&case.partners.forces) {
                case.finance.rename_force(before, &force.name);
            }
        }
    }
}

/// A change to a list that must wait until the list is no longer being drawn.
enum ListEdit {
    RemoveForce(usize),
    MoveForceUp(usize),
}

fn front_sheet(form: &mut Form<'_>, sheet: &mut FrontSheet) {
    let FrontSheet {
        title,
        short_title,
        committee,
        meeting_date,
        agenda_item,
        marking,
        author,
        sponsor,
        version,
        status,
        stage,
        report_date,
        summary,
    } = sheet;
    form.text_field("Title", title, Anchor::FrontSheet(F::Title));
    form.text_field(
        "Short title (for page footers)",
        short_title,
        Anchor::FrontSheet(F::ShortTitle),
    );
    form.text_field(
        "Committee or board",
        committee,
        Anchor::FrontSheet(F::Committee),
    );
    form.horizontal(|form| {
        form.date_field(
            "Meeting date",
            meeting_date,
            Anchor::FrontSheet(F::MeetingDate),
        );
    });
    form.text_field(
        "Agenda item",
        agenda_item,
        Anchor::FrontSheet(F::AgendaItem),
    );
    form.text_field("Report author", author, Anchor::FrontSheet(F::Author));
    form.text_field(
        "Sponsoring chief officer",
        sponsor,
        Anchor::FrontSheet(F::Sponsor),
    );
    form.horizontal(|form| {
        form.enum_combo("Protective marking", marking, None);
        form.add_space(16.0);
        form.enum_combo("Status", status, Anchor::FrontSheet(F::Status));
    });
    form.enum_combo("Business case stage", stage, None);
    form.horizontal(|form| {
        form.field(Anchor::FrontSheet(F::Version), |ui| {
            labelled(ui, "Version", |ui| {
                ui.add(TextEdit::singleline(version).desired_width(80.0))
            })
        });
        form.add_space(16.0);
        form.date_field("Report date", report_date, None);
    });
    form.text_area(
        "Purpose and summary",
        "A few sentences a committee member reads first: what is proposed, why, and what is asked.",
        summary,
        Anchor::FrontSheet(F::Summary),
    );
}

/// The forces, the lead force and the other partners. A renamed force keeps its named lead.
fn partners(
    form: &mut Form<'_>,
    partners: &mut Partners,
    custom_split: bool,
    implementation: &mut Implementation,
) {
    let Partners {
        forces,
        lead_force,
        others,
    } = &mut *partners;
    form.heading("Police forces");
    let names_before: Vec<String> = forces.iter().map(|f| f.name.clone()).collect();
    let edit = force_list(form, forces, custom_split);
    for (before, force) in names_before.iter().zip(forces.iter()) {
        implementation.rename_force(before, &force.name);
    }
    form.add_space(8.0);
    lead_force_choice(form, forces, lead_force);
    form.add_space(12.0);
    form.separator();
    other_partners(form, others);
    match edit {
        Some(ListEdit::RemoveForce(index)) => {
            partners.remove_force(index);
        }
        Some(ListEdit::MoveForceUp(index)) => partners.swap_forces(index, index - 1),
        None => {}
    }
}

/// Each force in a box of its own, and the button that adds one. Returns a move or removal
/// the user asked for, which waits until the list is drawn.
fn force_list(
    form: &mut Form<'_>,
    forces: &mut Vec<Force>,
    custom_split: bool,
) -> Option<ListEdit> {
    if forces.is_empty() {
        empty_state(
            form,
            "No forces yet: add each force that will be a party to the agreement.",
        );
    }
    let count = forces.len();
    let mut edit = None;
    for (index, force) in forces.iter_mut().enumerate() {
        let number = index + 1;
        form.inside(egui::Frame::group(form.style()), |form| {
            let width = form.available_width();
            form.set_width(width);
            form.horizontal(|ui| {
                let title = if force.name.trim().is_empty() {
                    format!("Force {number}")
                } else {
                    format!("Force {number}: {}", force.name.trim())
                };
                ui.label(RichText::new(title).strong());
                if index > 0 && ui.button(format!("Move force {number} up")).clicked() {
                    edit = Some(ListEdit::MoveForceUp(index));
                }
                if ui.button(format!("Remove force {number}")).clicked() {
                    edit = Some(ListEdit::RemoveForce(index));
                }
            });
            force_fields(form, index, force, custom_split);
        });
    }
    form.horizontal(|form| {
        if form
            .field(Anchor::Forces, |ui| ui.button("Add a force"))
            .clicked()
        {
            forces.push(Force::default());
        }
        if count < 2 {
            form.weak("A collaboration needs at least two forces.");
        }
    });
    edit
}

/// One force's fields: its names in a grid, then its budget.
fn force_fields(form: &mut Form<'_>, index: usize, force: &mut Force, custom_split: bool) {
    let number = index + 1;
    let Force {
        name,
        policing_body,
        chief_constable,
        commissioner,
        annual_revenue_budget,
        nation,
        custom_share,
    } = force;
    form.inside(
        Grid::new(("force fields", index))
            .num_columns(2)
            .spacing([12.0, 6.0]),
        |form| {
            let text_row = |form: &mut Form<'_>, visible: &str, value: &mut String, anchor| {
                form.label(visible);
                form.field(anchor, |ui| {
                    ui.add(TextEdit::singleline(value).desired_width(360.0))
                        .accessible_name(format!("Force {number} {}", visible.to_lowercase()))
                });
                form.end_row();
            };
            text_row(form, "Name", name, Some(Anchor::Force(index)));
            text_row(form, "Policing body", policing_body, None);
            text_row(form, "Chief constable", chief_constable, None);
            text_row(form, "Police and Crime Commissioner", commissioner, None);
            form.label("Nation");
            form.enum_cell(
                ("force nation", index),
                &format!("Force {number} nation"),
                nation,
                120.0,
                None,
            );
            form.end_row();
            if custom_split {
                form.label("Agreed share");
                form.number_cell(
                    ("force share", index),
                    &format!("Force {number} agreed share"),
                    custom_share,
                    None,
                );
                form.end_row();
            }
        },
    );
    form.number_field(
        &format!("Force {number} annual revenue budget"),
        annual_revenue_budget,
        None,
    );
}

fn lead_force_choice(form: &mut Form<'_>, forces: &[Force], lead: &mut Option<usize>) {
    let selected = lead.filter(|index| *index < forces.len()).map_or_else(
        || "None chosen".to_owned(),
        |index| forces[index].display_name(index),
    );
    form.field(Anchor::LeadForce, |ui| {
        labelled(ui, "Lead force", |ui| {
            egui::ComboBox::from_id_salt("lead force")
                .selected_text(selected)
                .width(280.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(lead, None, "None chosen");
                    for (index, force) in forces.iter().enumerate() {
                        ui.selectable_value(lead, Some(index), force.display_name(index));
                    }
                })
                .response
        })
    });
}

fn other_partners(form: &mut Form<'_>, others: &mut Vec<OtherPartner>) {
    form.heading("Other partners");
    form.weak("Organisations that take part but are not police forces, such as a fire and rescue service or a provider.");
    if others.is_empty() {
        empty_state(form, "No other partners.");
    }
    let mut remove = None;
    if !others.is_empty() {
        form.inside(
            Grid::new("other partners")
                .num_columns(4)
                .striped(true)
                .spacing([10.0, 6.0]),
            |form| {
                form.strong("Organisation");
                form.strong("Kind");
                form.strong("Role in the collaboration");
                form.label("");
                form.end_row();
                for (index, other) in others.iter_mut().enumerate() {
                    let number = index + 1;
                    let OtherPartner { name, kind, role } = other;
                    partner_text(form, name, 220.0, &format!("Partner {number} organisation"));
                    form.enum_cell(
                        ("partner kind", index),
                        &format!("Partner {number} kind"),
                        kind,
                        150.0,
                        None,
                    );
                    partner_text(form, role, 260.0, &format!("Partner {number} role"));
                    if form.button(format!("Remove partner {number}")).clicked() {
                        remove = Some(index);
                    }
                    form.end_row();
                }
            },
        );
    }
    if form.button("Add another partner").clicked() {
        others.push(OtherPartner::default());
    }
    if let Some(index) = remove {
        others.remove(index);
    }
}

/// A text cell of the other partners' grid, which leaves the field its natural height.
fn partner_text(ui: &mut Ui, value: &mut String, width: f32, name: &str) {
    ui.add(TextEdit::singleline(value).desired_width(width))
        .accessible_name(name);
}
