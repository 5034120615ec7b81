//! Step 1: the front sheet (what the committee clerk needs) and the partners (the forces,
//! with their budgets, chief constables and PCCs; the lead force; non-police partners).

use egui::{RichText, TextEdit};

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::app::table::{Column, REMOVE_WIDTH, Table};
use crate::app::widgets::{TEXT_MIN_WIDTH, empty_state, error_line, labelled};
use crate::case::finance::SplitMethod;
use crate::case::front_sheet::{AgendaPart, FrontSheet, ProtectiveMarking};
use crate::case::partners::{Force, OtherPartner, Partners};
use crate::case::validate::{ForceField, FrontSheetField as F};
use crate::case::{Anchor, Step};

/// The front sheet and partners step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct FrontSheetStep;

impl WizardStep for FrontSheetStep {
    fn step(&self) -> Step {
        Step::FrontSheet
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
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
        partners(form, &mut case.partners, custom_split);
        // Rows that name a force (finance lines, leads, workforce, decision records) follow a
        // renamed force. A frame that added or removed a force renamed none.
        if names_before.len() == case.partners.forces.len() {
            let renames: Vec<(String, String)> = names_before
                .into_iter()
                .zip(case.partners.forces.iter().map(|f| f.name.clone()))
                .collect();
            for (before, after) in renames {
                case.rename_force(&before, &after);
            }
        }
    }
}

/// Width of the version field: about 12 characters.
const VERSION_WIDTH: f32 = 120.0;
/// Width of the labels beside a force's fields.
const LABEL_WIDTH: f32 = 230.0;

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
        agenda_part,
        private_reason,
        exempt,
        decided_by,
        marking,
        author,
        author_phone,
        author_email,
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
    form.date_field(
        "Meeting date",
        meeting_date,
        Anchor::FrontSheet(F::MeetingDate),
    );
    form.text_field(
        "Agenda item",
        agenda_item,
        Anchor::FrontSheet(F::AgendaItem),
    );
    form.enum_combo(
        "Part of the agenda",
        agenda_part,
        Anchor::FrontSheet(F::AgendaPart),
    );
    if *agenda_part == AgendaPart::Part2 {
        form.text_area(
            "Why it is taken in private",
            "What in the paper may not be published: OFFICIAL-SENSITIVE material, commercial terms, personal data",
            private_reason,
            Anchor::FrontSheet(F::PrivateReason),
        );
        form.enum_combo("Exempt information", exempt, Anchor::FrontSheet(F::Exempt));
    }
    form.enum_combo("Who decides", decided_by, None);
    form.weak(
        "Sets the wording of drafted recommendations: a joint board recommends, the PCCs and \
         chief constables approve and sign, a committee for information notes.",
    );
    form.text_field("Report author", author, Anchor::FrontSheet(F::Author));
    form.horizontal_wrapped(|form| {
        form.field(Anchor::FrontSheet(F::AuthorPhone), |ui| {
            labelled(ui, "Author's telephone", |ui| {
                ui.add(TextEdit::singleline(author_phone).desired_width(160.0))
            })
        });
        form.field(Anchor::FrontSheet(F::AuthorEmail), |ui| {
            labelled(ui, "Author's email", |ui| {
                ui.add(TextEdit::singleline(author_email).desired_width(260.0))
            })
        });
    });
    form.text_field(
        "Sponsoring chief officer",
        sponsor,
        Anchor::FrontSheet(F::Sponsor),
    );
    form.horizontal_wrapped(|form| {
        form.enum_combo(
            "Protective marking",
            marking,
            Anchor::FrontSheet(F::Marking),
        );
        form.add_space(16.0);
        form.enum_combo("Status", status, Anchor::FrontSheet(F::Status));
    });
    if marking.is_obsolete() {
        error_line(
            form,
            "NOT PROTECTIVELY MARKED has been obsolete since April 2014: choose OFFICIAL.",
        );
    }
    if *marking == ProtectiveMarking::OfficialSensitive && *agenda_part == AgendaPart::Part1 {
        error_line(
            form,
            "A Part 1 paper is published: OFFICIAL-SENSITIVE material belongs in Part 2.",
        );
    }
    form.enum_combo("Business case stage", stage, None);
    form.horizontal(|form| {
        form.field(Anchor::FrontSheet(F::Version), |ui| {
            labelled(ui, "Version", |ui| {
                ui.add(TextEdit::singleline(version).desired_width(VERSION_WIDTH))
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

/// The forces, the lead force and the other partners. (The step then carries the rows that
/// name a renamed force along with it.)
fn partners(form: &mut Form<'_>, partners: &mut Partners, custom_split: bool) {
    let Partners {
        forces,
        lead_force,
        others,
    } = &mut *partners;
    form.heading("Police forces");
    let edit = force_list(form, forces, custom_split);
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
    // With fewer than two forces, the check's "A collaboration needs at least two forces."
    // shows beside the button.
    form.horizontal(|form| {
        if form
            .field(Anchor::Forces, |ui| ui.button("Add a force"))
            .clicked()
        {
            forces.push(Force::default());
        }
    });
    edit
}

/// One force's fields: its names in a grid, then its budget.
fn force_fields(form: &mut Form<'_>, index: usize, force: &mut Force, custom_split: bool) {
    let number = index + 1;
    let old_name = force.name.clone();
    let Force {
        id: _, // given from the name once it is typed, by `Partners::assign_force_ids`
        name,
        policing_body,
        body_kind,
        chief_constable,
        commissioner,
        annual_revenue_budget,
        nation,
        custom_share,
    } = &mut *force;
    let table = Table::new(("force fields", index))
        .column(Column::fixed("", LABEL_WIDTH))
        .column(Column::fill("", TEXT_MIN_WIDTH))
        .form_layout();
    form.table(table, |body| {
        for (visible, value, anchor) in [
            (
                "Name",
                &mut *name,
                Some(Anchor::Force(index, ForceField::Name)),
            ),
            (
                "Policing body",
                &mut *policing_body,
                Some(Anchor::Force(index, ForceField::PolicingBody)),
            ),
            (
                "Chief constable",
                &mut *chief_constable,
                Some(Anchor::Force(index, ForceField::ChiefConstable)),
            ),
            (
                "Office holder who signs",
                &mut *commissioner,
                Some(Anchor::Force(index, ForceField::Commissioner)),
            ),
        ] {
            body.row(|row| {
                row.text(visible);
                row.cell(|form| {
                    form.field(anchor, |ui| {
                        ui.add(
                            TextEdit::singleline(value)
                                .id_salt(("force field", visible))
                                .desired_width(f32::INFINITY),
                        )
                        .accessible_name(format!("Force {number} {}", visible.to_lowercase()))
                    });
                });
            });
        }
        body.row(|row| {
            row.text("Kind of policing body");
            row.cell(|form| {
                form.enum_cell(
                    ("force body kind", index),
                    &format!("Force {number} kind of policing body"),
                    body_kind,
                    None,
                );
            });
        });
        body.row(|row| {
            row.text("Nation");
            row.cell(|form| {
                form.enum_cell(
                    ("force nation", index),
                    &format!("Force {number} nation"),
                    nation,
                    None,
                );
            });
        });
        if custom_split {
            body.row(|row| {
                row.text("Agreed share");
                row.cell(|form| {
                    form.number_cell(
                        ("force share", index),
                        &format!("Force {number} agreed share"),
                        custom_share,
                        None,
                    );
                });
            });
        }
    });
    form.number_field(
        &format!("Force {number} annual revenue budget"),
        annual_revenue_budget,
        Anchor::Force(index, ForceField::Budget),
    );
    if force.name != old_name {
        force.infer_nation(&old_name);
    }
}

/// The lead force field's label. It is the force that provides the service to the others
/// under the lead force model (the paper marks it "(lead force)" among the parties and
/// recommends "with X as the lead force"); read as "Lead force" alone it was taken for the host
/// force or the force leading the work.
pub const LEAD_FORCE_LABEL: &str = "Lead force (under the lead force model)";

fn lead_force_choice(form: &mut Form<'_>, forces: &[Force], lead: &mut Option<usize>) {
    let selected = lead.filter(|index| *index < forces.len()).map_or_else(
        || "None chosen".to_owned(),
        |index| forces[index].display_name(index),
    );
    form.field(Anchor::LeadForce, |ui| {
        labelled(ui, LEAD_FORCE_LABEL, |ui| {
            let combo = egui::ComboBox::from_id_salt("lead force")
                .selected_text(selected)
                .width(280.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(lead, None, "None chosen");
                    for (index, force) in forces.iter().enumerate() {
                        ui.selectable_value(lead, Some(index), force.display_name(index));
                    }
                })
                .response;
            crate::app::access::drop_down(ui.ctx(), &combo, Some(LEAD_FORCE_LABEL));
            combo
        })
    });
    form.weak(
        "The force that provides the service to the others under a lead force agreement. Under any \
         other model leave it as None chosen, and describe a host force in the proposal.",
    );
}

fn other_partners(form: &mut Form<'_>, others: &mut Vec<OtherPartner>) {
    form.heading("Other partners");
    form.weak("Organisations that take part but are not police forces, such as a fire and rescue service or a provider.");
    if others.is_empty() {
        empty_state(form, "No other partners.");
    }
    let mut remove = None;
    if !others.is_empty() {
        let table = Table::new("other partners")
            .column(Column::fill("Organisation", TEXT_MIN_WIDTH))
            .column(Column::fixed("Kind", 180.0))
            .column(Column::fill("Role in the collaboration", TEXT_MIN_WIDTH).share(2.0))
            .column(Column::fixed("", REMOVE_WIDTH))
            .frozen(1)
            .actions();
        form.table(table, |body| {
            for (index, other) in others.iter_mut().enumerate() {
                let number = index + 1;
                let OtherPartner { name, kind, role } = other;
                body.row(|row| {
                    row.cell(|form| {
                        form.text_cell(&format!("Partner {number} organisation"), name, None);
                    });
                    row.cell(|form| {
                        form.enum_cell(
                            ("partner kind", index),
                            &format!("Partner {number} kind"),
                            kind,
                            None,
                        );
                    });
                    row.cell(|form| {
                        form.text_cell(
                            &format!("Partner {number} role"),
                            role,
                            Some(Anchor::OtherPartner(index)),
                        );
                    });
                    row.cell(|form| {
                        if form
                            .button("Remove")
                            .accessible_name(format!("Remove partner {number}"))
                            .clicked()
                        {
                            remove = Some(index);
                        }
                    });
                });
            }
        });
    }
    if form.button("Add another partner").clicked() {
        others.push(OtherPartner::default());
    }
    if let Some(index) = remove {
        others.remove(index);
    }
}
