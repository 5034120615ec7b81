//! The Implementation and recommendations step: a dedicated lead per force, the programme
//! board, milestones, the communications plan and next steps; the numbered recommendations
//! the committee is asked to decide (with a draft built from the case); and the revision
//! history.

use egui::{Grid, RichText, Ui};

use crate::app::widgets::{self, CellKind};
use crate::case::implementation::{Decision, ForceLead, Milestone, MilestoneStatus};
use crate::case::recommend::draft_recommendations;
use crate::case::{Anchor, Case, Recommendation, Revision, Step};

use super::focus_here;

/// The Implementation step's own UI state.
#[derive(Default)]
pub struct State {
    /// Drafts waiting for the user to say whether they replace or follow the recommendations
    /// already written; nothing the user wrote is discarded without asking.
    pending_drafts: Option<Vec<Recommendation>>,
    /// Shown when the case has nothing yet to draft from.
    nothing_to_draft: bool,
}

/// Draws the Implementation and recommendations step.
pub fn show(ui: &mut Ui, case: &mut Case, state: &mut State, focus: &mut Option<Anchor>) {
    ui.label(
        "Say who leads in each force, how delivery is managed and communicated, and what the \
         committee is asked to decide.",
    );
    ui.add_space(8.0);
    ui.heading("Leads and programme board");
    leads(ui, case, focus);
    widgets::text_field(
        ui,
        "Programme board",
        &mut case.implementation.programme_board,
    );
    ui.add_space(12.0);

    ui.heading("Milestones");
    milestones(ui, &mut case.implementation.milestones, focus);
    ui.add_space(12.0);

    ui.heading("Communications and next steps");
    let response = widgets::text_area(
        ui,
        "Communications plan",
        "How staff, staff associations, unions and the public will hear about the change, and when",
        &mut case.implementation.communications,
    );
    focus_here(&response, focus, Anchor::Communications);
    widgets::text_area(
        ui,
        "Next steps",
        "What happens after the committee's decision",
        &mut case.implementation.next_steps,
    );
    ui.add_space(12.0);

    ui.heading("Recommendations");
    recommendations(ui, case, state, focus);
    ui.add_space(12.0);

    ui.heading("Revision history");
    revisions(ui, &mut case.revisions, focus);

    if focus.is_some_and(|anchor| anchor.step() == Step::Implementation) {
        *focus = None;
    }
}

/// A row for each force (offered whether or not a lead is named yet), then any leads left
/// over from forces that have since been renamed or removed.
fn leads(ui: &mut Ui, case: &mut Case, focus: &mut Option<Anchor>) {
    let forces: Vec<String> = case
        .partners
        .forces
        .iter()
        .map(|force| force.name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .collect();
    let leads = &mut case.implementation.leads;
    if forces.is_empty() && leads.is_empty() {
        let response = widgets::empty_state(
            ui,
            "Name the forces on the Front sheet and partners step; a row for each force's lead \
             appears here.",
        );
        focus_here(&response, focus, Anchor::Leads);
        return;
    }
    let mut remove = None;
    Grid::new("implementation_leads")
        .striped(true)
        .num_columns(3)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            ui.strong("Force");
            ui.strong("Dedicated lead");
            ui.strong("Rank or role");
            ui.end_row();
            for (row, force) in forces.iter().enumerate() {
                ui.label(force);
                let existing = leads.iter().position(|lead| lead.force.trim() == force);
                let mut lead = existing.map_or_else(
                    || ForceLead {
                        force: force.clone(),
                        ..ForceLead::default()
                    },
                    |i| leads[i].clone(),
                );
                let name = widgets::text_cell(ui, &format!("{force} lead"), &mut lead.name, 220.0);
                if row == 0 {
                    focus_here(&name, focus, Anchor::Leads);
                }
                let role =
                    widgets::text_cell(ui, &format!("{force} lead role"), &mut lead.role, 220.0);
                if name.changed() || role.changed() {
                    match existing {
                        Some(i) => leads[i] = lead,
                        None => leads.push(lead),
                    }
                }
                ui.end_row();
            }
            for (i, lead) in leads.iter_mut().enumerate() {
                if forces.iter().any(|force| lead.force.trim() == force) {
                    continue;
                }
                ui.label(RichText::new(format!("{} (no longer a partner)", lead.force)).weak());
                widgets::text_cell(ui, &format!("{} lead", lead.force), &mut lead.name, 220.0);
                ui.horizontal(|ui| {
                    widgets::text_cell(
                        ui,
                        &format!("{} lead role", lead.force),
                        &mut lead.role,
                        150.0,
                    );
                    if ui
                        .button("Remove")
                        .accessible_name(format!("Remove lead for {}", lead.force))
                        .clicked()
                    {
                        remove = Some(i);
                    }
                });
                ui.end_row();
            }
        });
    if let Some(i) = remove {
        leads.remove(i);
    }
}

/// A move or removal asked for from a row's buttons, applied after the list is drawn.
enum RowAction {
    Up(usize),
    Down(usize),
    Remove(usize),
}

impl RowAction {
    /// Moves the text pending in the rows' `kind` cells (named by `salt(row)`) the way
    /// [`RowAction::apply`] moves the rows, so half-typed text stays with its row.
    fn carry_cell_text<S: egui::AsIdSalt>(
        &self,
        ctx: &egui::Context,
        count: usize,
        kind: CellKind,
        salt: impl Fn(usize) -> S,
    ) {
        match *self {
            RowAction::Up(i) if i > 0 && i < count => {
                widgets::swap_cell_text(ctx, kind, salt(i), salt(i - 1));
            }
            RowAction::Down(i) if i + 1 < count => {
                widgets::swap_cell_text(ctx, kind, salt(i), salt(i + 1));
            }
            RowAction::Remove(i) if i < count => {
                widgets::remove_row_cell_text(ctx, kind, i, count, salt);
            }
            _ => {}
        }
    }

    fn apply<T>(self, rows: &mut Vec<T>) {
        match self {
            RowAction::Up(i) if i > 0 && i < rows.len() => rows.swap(i, i - 1),
            RowAction::Down(i) if i + 1 < rows.len() => rows.swap(i, i + 1),
            RowAction::Remove(i) if i < rows.len() => {
                rows.remove(i);
            }
            _ => {}
        }
    }
}

/// "Up", "Down" and "Remove" for row `i` of `count`, named for screen readers with `what`
/// ("milestone 2").
fn row_buttons(ui: &mut Ui, what: &str, i: usize, count: usize) -> Option<RowAction> {
    let mut action = None;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(i > 0, egui::Button::new("Up"))
            .accessible_name(format!("Move {what} up"))
            .clicked()
        {
            action = Some(RowAction::Up(i));
        }
        if ui
            .add_enabled(i + 1 < count, egui::Button::new("Down"))
            .accessible_name(format!("Move {what} down"))
            .clicked()
        {
            action = Some(RowAction::Down(i));
        }
        if ui
            .button("Remove")
            .accessible_name(format!("Remove {what}"))
            .clicked()
        {
            action = Some(RowAction::Remove(i));
        }
    });
    action
}

fn milestones(ui: &mut Ui, milestones: &mut Vec<Milestone>, focus: &mut Option<Anchor>) {
    let mut action = None;
    if milestones.is_empty() {
        widgets::empty_state(
            ui,
            "No milestones yet. Add the main ones: agreement signed, staff consultation, \
             go-live, first review.",
        );
    } else {
        let count = milestones.len();
        Grid::new("implementation_milestones")
            .striped(true)
            .num_columns(6)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                for heading in ["", "Milestone", "Due (YYYY-MM-DD)", "Owner", "Status", ""] {
                    ui.strong(heading);
                }
                ui.end_row();
                for (i, milestone) in milestones.iter_mut().enumerate() {
                    let n = i + 1;
                    ui.label(format!("{n}."));
                    widgets::text_cell(
                        ui,
                        &format!("Milestone {n} title"),
                        &mut milestone.title,
                        220.0,
                    );
                    widgets::date_cell(
                        ui,
                        ("milestone_due", i),
                        &format!("Milestone {n} due date"),
                        &mut milestone.due,
                    );
                    widgets::text_cell(
                        ui,
                        &format!("Milestone {n} owner"),
                        &mut milestone.owner,
                        150.0,
                    );
                    widgets::enum_cell(
                        ui,
                        ("milestone_status", i),
                        &format!("Milestone {n} status"),
                        &mut milestone.status,
                        &MilestoneStatus::ALL,
                        MilestoneStatus::label,
                        110.0,
                    );
                    if let Some(a) = row_buttons(ui, &format!("milestone {n}"), i, count) {
                        action = Some(a);
                    }
                    ui.end_row();
                }
            });
    }
    if let Some(action) = action {
        action.carry_cell_text(ui.ctx(), milestones.len(), CellKind::Date, |row| {
            ("milestone_due", row)
        });
        action.apply(milestones);
    }
    let response = ui.button("Add a milestone");
    focus_here(&response, focus, Anchor::Milestones);
    if response.clicked() {
        milestones.push(Milestone::default());
    }
}

/// The decision as a capitalised word for the picker ("Approve").
fn decision_label(decision: Decision) -> &'static str {
    match decision {
        Decision::Approve => "Approve",
        Decision::Agree => "Agree",
        Decision::Note => "Note",
        Decision::Delegate => "Delegate",
        Decision::Endorse => "Endorse",
    }
}

fn recommendations(ui: &mut Ui, case: &mut Case, state: &mut State, focus: &mut Option<Anchor>) {
    ui.weak(
        "One numbered line each, so the committee can minute its decision: \
         \"The committee is asked to approve …\".",
    );
    let draft = ui.button("Draft from case");
    if draft.clicked() {
        let drafts = draft_recommendations(case);
        state.nothing_to_draft = drafts.is_empty();
        if drafts.is_empty() {
            state.pending_drafts = None;
        } else if case.recommendations.is_empty() {
            case.recommendations = drafts;
        } else {
            state.pending_drafts = Some(drafts);
        }
    }
    if state.nothing_to_draft {
        ui.colored_label(
            widgets::ERROR_COLOUR,
            "Nothing to draft from yet: choose a preferred option, enter the finance, name the \
             board or add risks first.",
        );
    }
    if let Some(drafts) = &state.pending_drafts {
        let count = case.recommendations.len();
        let mut decided = false;
        ui.group(|ui| {
            ui.label(format!(
                "There {} already {count} recommendation{}. What should happen to the {} drafted?",
                if count == 1 { "is" } else { "are" },
                if count == 1 { "" } else { "s" },
                drafts.len()
            ));
            ui.horizontal(|ui| {
                if ui.button("Add the drafts after them").clicked() {
                    case.recommendations.extend(drafts.iter().cloned());
                    decided = true;
                }
                if ui.button("Replace them with the drafts").clicked() {
                    case.recommendations = drafts.clone();
                    decided = true;
                }
                if ui.button("Cancel").clicked() {
                    decided = true;
                }
            });
        });
        if decided {
            state.pending_drafts = None;
        }
    }

    let recommendations = &mut case.recommendations;
    let mut action = None;
    if recommendations.is_empty() {
        widgets::empty_state(
            ui,
            "No recommendations yet. Use \"Draft from case\" for a starting point, or add one.",
        );
    }
    let count = recommendations.len();
    for (i, recommendation) in recommendations.iter_mut().enumerate() {
        let n = i + 1;
        ui.push_id(("recommendation", i), |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("{n}.")).strong());
                ui.label("The committee is asked to");
                widgets::enum_cell(
                    ui,
                    "decision",
                    &format!("Recommendation {n} decision"),
                    &mut recommendation.decision,
                    &Decision::ALL,
                    decision_label,
                    100.0,
                );
                if let Some(a) = row_buttons(ui, &format!("recommendation {n}"), i, count) {
                    action = Some(a);
                }
            });
            let response = ui
                .add(
                    egui::TextEdit::multiline(&mut recommendation.text)
                        .desired_width(f32::INFINITY)
                        .desired_rows(2)
                        .hint_text("the rest of the sentence, e.g. the lead force model for firearms training"),
                )
                .accessible_name(format!("Recommendation {n} text"));
            focus_here(&response, focus, Anchor::Recommendation(i));
        });
    }
    if let Some(action) = action {
        action.apply(recommendations);
    }
    focus_here(&draft, focus, Anchor::Recommendations);
    if ui.button("Add a recommendation").clicked() {
        recommendations.push(Recommendation::default());
    }
}

fn revisions(ui: &mut Ui, revisions: &mut Vec<Revision>, focus: &mut Option<Anchor>) {
    let mut action = None;
    if revisions.is_empty() {
        widgets::empty_state(
            ui,
            "No versions recorded yet. Committees ask what changed since the last version.",
        );
    } else {
        let count = revisions.len();
        Grid::new("implementation_revisions")
            .striped(true)
            .num_columns(5)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                for heading in ["Version", "Date (YYYY-MM-DD)", "Author", "What changed", ""] {
                    ui.strong(heading);
                }
                ui.end_row();
                for (i, revision) in revisions.iter_mut().enumerate() {
                    let n = i + 1;
                    widgets::text_cell(
                        ui,
                        &format!("Revision {n} version"),
                        &mut revision.version,
                        60.0,
                    );
                    widgets::date_cell(
                        ui,
                        ("revision_date", i),
                        &format!("Revision {n} date"),
                        &mut revision.date,
                    );
                    widgets::text_cell(
                        ui,
                        &format!("Revision {n} author"),
                        &mut revision.author,
                        150.0,
                    );
                    widgets::text_cell(
                        ui,
                        &format!("Revision {n} summary"),
                        &mut revision.summary,
                        280.0,
                    );
                    if let Some(a) = row_buttons(ui, &format!("revision {n}"), i, count) {
                        action = Some(a);
                    }
                    ui.end_row();
                }
            });
    }
    if let Some(action) = action {
        action.carry_cell_text(ui.ctx(), revisions.len(), CellKind::Date, |row| {
            ("revision_date", row)
        });
        action.apply(revisions);
    }
    let response = ui.button("Add a revision");
    focus_here(&response, focus, Anchor::Revisions);
    if response.clicked() {
        let version = revisions
            .last()
            .map(|r| next_version(&r.version))
            .unwrap_or_else(|| "0.1".to_owned());
        revisions.push(Revision {
            version,
            date: Some(chrono::Local::now().date_naive()),
            ..Revision::default()
        });
    }
}

/// The version after `version`: "0.3" after "0.2"; blank when the last one is not a number.
fn next_version(version: &str) -> String {
    match version.trim().rsplit_once('.') {
        Some((major, minor)) => minor
            .parse::<u32>()
            .map(|minor| format!("{major}.{}", minor + 1))
            .unwrap_or_default(),
        None => version
            .trim()
            .parse::<u32>()
            .map(|major| format!("{}", major + 1))
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::next_version;

    #[test]
    fn the_next_version_follows_the_last() {
        assert_eq!(next_version("0.2"), "0.3");
        assert_eq!(next_version("1.9"), "1.10");
        assert_eq!(next_version("3"), "4");
        assert_eq!(next_version("draft"), "");
    }
}
