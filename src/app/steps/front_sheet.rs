//! Step 1: the front sheet (what the committee clerk needs) and the partners (the forces,
//! with their budgets, chief constables and PCCs; the lead force; non-police partners).

use egui::{Grid, RichText, TextEdit, Ui};

use super::focus_here;
use crate::app::widgets::{
    date_field, empty_state, enum_cell, enum_combo, money_field, percent_cell, text_area,
    text_field,
};
use crate::case::finance::SplitMethod;
use crate::case::front_sheet::{BusinessCaseStage, DocumentStatus, ProtectiveMarking};
use crate::case::partners::{Force, Nation, OtherPartner, PartnerKind};
use crate::case::validate::FrontSheetField as F;
use crate::case::{Anchor, Case};

/// The front sheet step keeps no UI state of its own.
#[derive(Default)]
pub struct State {}

/// A change to a list that must wait until the list is no longer being drawn.
enum ListEdit {
    RemoveForce(usize),
    MoveForceUp(usize),
    RemoveOther(usize),
}

/// Shows the front sheet and partners form.
pub fn show(ui: &mut Ui, case: &mut Case, _state: &mut State, focus: &mut Option<Anchor>) {
    front_sheet(ui, case, focus);
    ui.add_space(12.0);
    ui.separator();
    forces(ui, case, focus);
    ui.add_space(12.0);
    ui.separator();
    others(ui, case);
}

fn front_sheet(ui: &mut Ui, case: &mut Case, focus: &mut Option<Anchor>) {
    let sheet = &mut case.front_sheet;
    let response = text_field(ui, "Title", &mut sheet.title);
    focus_here(&response, focus, Anchor::FrontSheet(F::Title));
    let response = text_field(ui, "Short title (for page footers)", &mut sheet.short_title);
    focus_here(&response, focus, Anchor::FrontSheet(F::ShortTitle));
    let response = text_field(ui, "Committee or board", &mut sheet.committee);
    focus_here(&response, focus, Anchor::FrontSheet(F::Committee));
    ui.horizontal(|ui| {
        let field = date_field(ui, "Meeting date", &mut sheet.meeting_date);
        focus_here(&field.response, focus, Anchor::FrontSheet(F::MeetingDate));
    });
    let response = text_field(ui, "Agenda item", &mut sheet.agenda_item);
    focus_here(&response, focus, Anchor::FrontSheet(F::AgendaItem));
    let response = text_field(ui, "Report author", &mut sheet.author);
    focus_here(&response, focus, Anchor::FrontSheet(F::Author));
    let response = text_field(ui, "Sponsoring chief officer", &mut sheet.sponsor);
    focus_here(&response, focus, Anchor::FrontSheet(F::Sponsor));
    ui.horizontal(|ui| {
        enum_combo(
            ui,
            "Protective marking",
            &mut sheet.marking,
            &ProtectiveMarking::ALL,
            ProtectiveMarking::label,
        );
        ui.add_space(16.0);
        let response = enum_combo(
            ui,
            "Status",
            &mut sheet.status,
            &DocumentStatus::ALL,
            DocumentStatus::label,
        );
        focus_here(&response, focus, Anchor::FrontSheet(F::Status));
    });
    enum_combo(
        ui,
        "Business case stage",
        &mut sheet.stage,
        &BusinessCaseStage::ALL,
        BusinessCaseStage::label,
    );
    ui.horizontal(|ui| {
        let label = ui.label("Version");
        let response = ui
            .add(TextEdit::singleline(&mut sheet.version).desired_width(80.0))
            .labelled_by(label.id);
        focus_here(&response, focus, Anchor::FrontSheet(F::Version));
        ui.add_space(16.0);
        date_field(ui, "Report date", &mut sheet.report_date);
    });
    let response = text_area(
        ui,
        "Purpose and summary",
        "A few sentences a committee member reads first: what is proposed, why, and what is asked.",
        &mut sheet.summary,
    );
    focus_here(&response, focus, Anchor::FrontSheet(F::Summary));
}

fn forces(ui: &mut Ui, case: &mut Case, focus: &mut Option<Anchor>) {
    ui.heading("Police forces");
    let custom_split = case.finance.split == SplitMethod::Custom;
    let partners = &mut case.partners;
    if partners.forces.is_empty() {
        empty_state(
            ui,
            "No forces yet: add each force that will be a party to the agreement.",
        );
    }
    let count = partners.forces.len();
    let names_before: Vec<String> = partners.forces.iter().map(|f| f.name.clone()).collect();
    let mut edit = None;
    for (index, force) in partners.forces.iter_mut().enumerate() {
        let number = index + 1;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
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
            force_fields(ui, index, force, custom_split, focus);
        });
    }
    ui.horizontal(|ui| {
        let add = ui.button("Add a force");
        focus_here(&add, focus, Anchor::Forces);
        if add.clicked() {
            partners.forces.push(Force::default());
        }
        if count < 2 {
            ui.weak("A collaboration needs at least two forces.");
        }
    });
    for (before, force) in names_before.iter().zip(&partners.forces) {
        case.implementation.rename_force(before, &force.name);
    }
    match edit {
        Some(ListEdit::RemoveForce(index)) => {
            partners.remove_force(index);
        }
        Some(ListEdit::MoveForceUp(index)) => partners.swap_forces(index, index - 1),
        _ => {}
    }
    ui.add_space(8.0);
    lead_force(ui, case, focus);
}

fn force_fields(
    ui: &mut Ui,
    index: usize,
    force: &mut Force,
    custom_split: bool,
    focus: &mut Option<Anchor>,
) {
    let number = index + 1;
    force_grid(ui, index, force, custom_split, focus);
    money_field(
        ui,
        &format!("Force {number} annual revenue budget"),
        &mut force.annual_revenue_budget,
    );
}

fn force_grid(
    ui: &mut Ui,
    index: usize,
    force: &mut Force,
    custom_split: bool,
    focus: &mut Option<Anchor>,
) {
    let number = index + 1;
    Grid::new(("force fields", index))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let text_row = |ui: &mut Ui, visible: &str, value: &mut String| {
                ui.label(visible);
                let response = ui
                    .add(TextEdit::singleline(value).desired_width(360.0))
                    .accessible_name(format!("Force {number} {}", visible.to_lowercase()));
                ui.end_row();
                response
            };
            let name = text_row(ui, "Name", &mut force.name);
            focus_here(&name, focus, Anchor::Force(index));
            text_row(ui, "Policing body", &mut force.policing_body);
            text_row(ui, "Chief constable", &mut force.chief_constable);
            text_row(ui, "Police and Crime Commissioner", &mut force.commissioner);
            ui.label("Nation");
            enum_cell(
                ui,
                ("force nation", index),
                &format!("Force {number} nation"),
                &mut force.nation,
                &Nation::ALL,
                Nation::label,
                120.0,
            );
            ui.end_row();
            if custom_split {
                ui.label("Agreed share");
                percent_cell(
                    ui,
                    ("force share", index),
                    &format!("Force {number} agreed share"),
                    &mut force.custom_share,
                );
                ui.end_row();
            }
        });
}

fn lead_force(ui: &mut Ui, case: &mut Case, focus: &mut Option<Anchor>) {
    let partners = &mut case.partners;
    let name_of = |index: usize| -> String {
        let name = partners.forces[index].name.trim();
        if name.is_empty() {
            format!("Force {}", index + 1)
        } else {
            name.to_owned()
        }
    };
    let selected = partners
        .lead_force
        .filter(|index| *index < partners.forces.len())
        .map_or_else(|| "None chosen".to_owned(), name_of);
    let choices: Vec<String> = (0..partners.forces.len()).map(name_of).collect();
    ui.horizontal(|ui| {
        let label = ui.label("Lead force");
        let mut chosen = partners.lead_force;
        let response = egui::ComboBox::from_id_salt("lead force")
            .selected_text(selected)
            .width(280.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, "None chosen");
                for (index, choice) in choices.iter().enumerate() {
                    ui.selectable_value(&mut chosen, Some(index), choice);
                }
            })
            .response
            .labelled_by(label.id);
        focus_here(&response, focus, Anchor::LeadForce);
        partners.lead_force = chosen;
    });
}

fn others(ui: &mut Ui, case: &mut Case) {
    ui.heading("Other partners");
    ui.weak("Organisations that take part but are not police forces, such as a fire and rescue service or a provider.");
    let others = &mut case.partners.others;
    if others.is_empty() {
        empty_state(ui, "No other partners.");
    }
    let mut edit = None;
    if !others.is_empty() {
        Grid::new("other partners")
            .num_columns(4)
            .striped(true)
            .spacing([10.0, 6.0])
            .show(ui, |ui| {
                ui.strong("Organisation");
                ui.strong("Kind");
                ui.strong("Role in the collaboration");
                ui.label("");
                ui.end_row();
                for (index, other) in others.iter_mut().enumerate() {
                    let number = index + 1;
                    ui.add(TextEdit::singleline(&mut other.name).desired_width(220.0))
                        .accessible_name(format!("Partner {number} organisation"));
                    enum_cell(
                        ui,
                        ("partner kind", index),
                        &format!("Partner {number} kind"),
                        &mut other.kind,
                        &PartnerKind::ALL,
                        PartnerKind::label,
                        150.0,
                    );
                    ui.add(TextEdit::singleline(&mut other.role).desired_width(260.0))
                        .accessible_name(format!("Partner {number} role"));
                    if ui.button(format!("Remove partner {number}")).clicked() {
                        edit = Some(ListEdit::RemoveOther(index));
                    }
                    ui.end_row();
                }
            });
    }
    if ui.button("Add another partner").clicked() {
        others.push(OtherPartner::default());
    }
    if let Some(ListEdit::RemoveOther(index)) = edit {
        others.remove(index);
    }
}
