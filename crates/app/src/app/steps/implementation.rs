//! The Implementation and recommendations step: a dedicated lead per force, the programme
//! board, milestones, the communications plan and next steps; the numbered recommendations
//! the committee is asked to decide (with a draft built from the case); and the revision
//! history.

use egui::RichText;

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::app::table::{Column, REMOVE_WIDTH, ROW_BUTTONS_WIDTH, Table};
use crate::app::widgets::{self, CellKind, DATE_WIDTH, TEXT_MIN_WIDTH};
use crate::case::implementation::{ForceLead, Implementation, Milestone};
use crate::case::recommend::draft_recommendations;
use crate::case::{Anchor, Case, Recommendation, Revision, Step};
use crate::format::{agree, plural};

/// Width of a recommendation's decision drop-down.
const DECISION_WIDTH: f32 = 120.0;

/// The Implementation and recommendations step, and what it keeps between frames.
#[derive(Debug, Default)]
pub struct ImplementationStep {
    /// Drafts waiting for the user to say whether they replace or follow the recommendations
    /// already written; nothing the user wrote is discarded without asking.
    pending_drafts: Option<Vec<Recommendation>>,
    /// Shown when the case has nothing yet to draft from.
    nothing_to_draft: bool,
}

impl WizardStep for ImplementationStep {
    fn step(&self) -> Step {
        Step::Implementation
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        let case = page.case;
        form.label(
            "Say who leads in each force, how delivery is managed and communicated, and what the \
             committee is asked to decide.",
        );
        form.add_space(8.0);
        let forces: Vec<String> = case
            .partners
            .forces
            .iter()
            .map(|force| force.name.trim().to_owned())
            .filter(|name| !name.is_empty())
            .collect();
        let Implementation {
            leads,
            programme_board,
            milestones,
            communications,
            next_steps,
        } = &mut case.implementation;
        form.heading("Leads and programme board");
        lead_rows(form, &forces, leads);
        form.text_field("Programme board", programme_board, Anchor::ProgrammeBoard);
        form.add_space(12.0);

        form.heading("Milestones");
        milestone_rows(form, milestones);
        form.add_space(12.0);

        form.heading("Communications and next steps");
        form.text_area(
            "Communications plan",
            "How staff, staff associations, unions and the public will hear about the change, and when",
            communications,
            Anchor::Communications,
        );
        form.text_area(
            "Next steps",
            "What happens after the committee's decision",
            next_steps,
            Anchor::NextSteps,
        );
        form.add_space(12.0);

        form.heading("Recommendations");
        self.recommendations(form, case);
        form.add_space(12.0);

        form.heading("Revision history");
        revision_rows(form, &mut case.revisions);
    }
}

/// A row for each named force (offered whether or not a lead is named yet), then any leads
/// left over from forces that have since been removed.
fn lead_rows(form: &mut Form<'_>, forces: &[String], leads: &mut Vec<ForceLead>) {
    if forces.is_empty() && leads.is_empty() {
        form.field(Anchor::Leads, |ui| {
            widgets::empty_state(
                ui,
                "Name the forces on the Front sheet and partners step; a row for each force's \
                 lead appears here.",
            )
        });
        return;
    }
    let mut remove = None;
    let table = Table::new("implementation_leads")
        .column(Column::fill("Force", TEXT_MIN_WIDTH))
        .column(Column::fill("Dedicated lead", TEXT_MIN_WIDTH))
        .column(Column::fill("Rank or role", TEXT_MIN_WIDTH))
        .column(Column::fixed("", REMOVE_WIDTH))
        .frozen(1)
        .actions();
    form.table(table, |body| {
        for (row_index, force) in forces.iter().enumerate() {
            let existing = leads.iter().position(|lead| lead.force.trim() == force);
            let mut lead = existing.map_or_else(
                || ForceLead {
                    force: force.clone(),
                    ..ForceLead::default()
                },
                |i| leads[i].clone(),
            );
            let ForceLead {
                force: _, // The row's label.
                name,
                role,
            } = &mut lead;
            // "Name a dedicated lead" lands on the first row.
            let anchor = (row_index == 0).then_some(Anchor::Leads);
            let mut changed = false;
            body.row(|row| {
                row.text(force.as_str());
                row.cell(|form| {
                    changed |= form
                        .text_cell(&format!("{force} lead"), name, anchor)
                        .changed();
                });
                row.cell(|form| {
                    changed |= form
                        .text_cell(&format!("{force} lead role"), role, None)
                        .changed();
                });
                row.text("");
            });
            if changed {
                match existing {
                    Some(i) => leads[i] = lead,
                    None => leads.push(lead),
                }
            }
        }
        for (i, lead) in leads.iter_mut().enumerate() {
            if forces.iter().any(|force| lead.force.trim() == force) {
                continue;
            }
            let ForceLead { force, name, role } = lead;
            body.row(|row| {
                row.text(RichText::new(format!("{force} (no longer a partner)")).weak());
                row.cell(|form| {
                    form.text_cell(&format!("{force} lead"), name, None);
                });
                row.cell(|form| {
                    form.text_cell(&format!("{force} lead role"), role, None);
                });
                row.cell(|form| {
                    if form
                        .button("Remove")
                        .accessible_name(format!("Remove lead for {force}"))
                        .clicked()
                    {
                        remove = Some(i);
                    }
                });
            });
        }
    });
    if let Some(i) = remove {
        leads.remove(i);
    }
}

fn milestone_rows(form: &mut Form<'_>, milestones: &mut Vec<Milestone>) {
    let mut action = None;
    if milestones.is_empty() {
        widgets::empty_state(
            form,
            "No milestones yet. Add the main ones: agreement signed, staff consultation, \
             go-live, first review.",
        );
    } else {
        let count = milestones.len();
        let table = Table::new("implementation_milestones")
            .column(Column::fixed("", 28.0))
            .column(Column::fill("Milestone", TEXT_MIN_WIDTH).share(2.0))
            .column(Column::fixed("Due", DATE_WIDTH))
            .column(Column::fill("Owner", TEXT_MIN_WIDTH))
            .column(Column::fixed("Status", 130.0))
            .column(Column::fixed("", ROW_BUTTONS_WIDTH))
            .frozen(2)
            .actions();
        form.table(table, |body| {
            for (i, milestone) in milestones.iter_mut().enumerate() {
                let n = i + 1;
                let Milestone {
                    title,
                    due,
                    owner,
                    status,
                } = milestone;
                body.row(|row| {
                    row.text(format!("{n}."));
                    row.cell(|form| {
                        form.text_cell(
                            &format!("Milestone {n} title"),
                            title,
                            Some(Anchor::Milestone(i)),
                        );
                    });
                    row.cell(|form| {
                        form.date_cell(
                            ("milestone_due", i),
                            &format!("Milestone {n} due date"),
                            due,
                            None,
                        );
                    });
                    row.cell(|form| {
                        form.text_cell(&format!("Milestone {n} owner"), owner, None);
                    });
                    row.cell(|form| {
                        form.enum_cell(
                            ("milestone_status", i),
                            &format!("Milestone {n} status"),
                            status,
                            None,
                        );
                    });
                    row.cell(|form| {
                        if let Some(a) =
                            widgets::row_buttons(form, &format!("milestone {n}"), i, count)
                        {
                            action = Some(a);
                        }
                    });
                });
            }
        });
    }
    if let Some(action) = action {
        action.carry_cell_text(form.ctx(), milestones.len(), CellKind::Date, |row| {
            ("milestone_due", row)
        });
        action.apply(milestones);
    }
    if form
        .field(Anchor::Milestones, |ui| ui.button("Add a milestone"))
        .clicked()
    {
        milestones.push(Milestone::default());
    }
}

impl ImplementationStep {
    /// "Draft from case", the question when drafts would join recommendations already
    /// written, and the numbered recommendations.
    fn recommendations(&mut self, form: &mut Form<'_>, case: &mut Case) {
        form.weak(
            "One numbered line each, so the committee can minute its decision: \
             \"The committee is asked to approve …\".",
        );
        // "There are no recommendations" lands on the button that drafts them.
        if form
            .field(Anchor::Recommendations, |ui| ui.button("Draft from case"))
            .clicked()
        {
            let drafts = draft_recommendations(case);
            self.nothing_to_draft = drafts.is_empty();
            if drafts.is_empty() {
                self.pending_drafts = None;
            } else if case.recommendations.is_empty() {
                case.recommendations = drafts;
            } else {
                self.pending_drafts = Some(drafts);
            }
        }
        if self.nothing_to_draft {
            widgets::error_line(
                form,
                "Nothing to draft from yet: choose a preferred option, enter the finance, name \
                 the board or add risks first.",
            );
        }
        if let Some(drafts) = &self.pending_drafts {
            let count = case.recommendations.len();
            let mut decided = false;
            form.group(|ui| {
                ui.label(format!(
                    "There {} already {}. What should happen to the {} drafted?",
                    agree(count, "is", "are"),
                    plural(count, "recommendation"),
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
                self.pending_drafts = None;
            }
        }
        recommendation_rows(form, &mut case.recommendations);
    }
}

fn recommendation_rows(form: &mut Form<'_>, recommendations: &mut Vec<Recommendation>) {
    let mut action = None;
    if recommendations.is_empty() {
        widgets::empty_state(
            form,
            "No recommendations yet. Use \"Draft from case\" for a starting point, or add one.",
        );
    }
    let count = recommendations.len();
    for (i, recommendation) in recommendations.iter_mut().enumerate() {
        let n = i + 1;
        let Recommendation { decision, text } = recommendation;
        form.push_id(("recommendation", i), |form| {
            form.horizontal(|form| {
                form.label(RichText::new(format!("{n}.")).strong());
                form.label("The committee is asked to");
                form.sized(DECISION_WIDTH, |form| {
                    form.enum_cell(
                        "decision",
                        &format!("Recommendation {n} decision"),
                        decision,
                        None,
                    );
                });
                if let Some(a) = widgets::row_buttons(form, &format!("recommendation {n}"), i, count) {
                    action = Some(a);
                }
            });
            form.field(Anchor::Recommendation(i), |ui| {
                ui.add(
                    egui::TextEdit::multiline(text)
                        .id_salt("recommendation text")
                        .desired_width(f32::INFINITY)
                        .desired_rows(2)
                        .hint_text(
                            "the rest of the sentence, e.g. the lead force model for firearms training",
                        ),
                )
                .accessible_name(format!("Recommendation {n} text"))
            });
        });
    }
    if let Some(action) = action {
        action.apply(recommendations);
    }
    if form.button("Add a recommendation").clicked() {
        recommendations.push(Recommendation::default());
    }
}

fn revision_rows(form: &mut Form<'_>, revisions: &mut Vec<Revision>) {
    let mut action = None;
    if revisions.is_empty() {
        widgets::empty_state(
            form,
            "No versions recorded yet. Committees ask what changed since the last version.",
        );
    } else {
        let count = revisions.len();
        let table = Table::new("implementation_revisions")
            .column(Column::fixed("Version", 112.0))
            .column(Column::fixed("Date", DATE_WIDTH))
            .column(Column::fill("Author", TEXT_MIN_WIDTH))
            .column(Column::fill("What changed", TEXT_MIN_WIDTH).share(2.0))
            .column(Column::fixed("", ROW_BUTTONS_WIDTH))
            .frozen(1)
            .actions();
        form.table(table, |body| {
            for (i, revision) in revisions.iter_mut().enumerate() {
                let n = i + 1;
                let Revision {
                    version,
                    date,
                    author,
                    summary,
                } = revision;
                body.row(|row| {
                    row.cell(|form| {
                        form.text_cell(&format!("Revision {n} version"), version, None);
                    });
                    row.cell(|form| {
                        form.date_cell(
                            ("revision_date", i),
                            &format!("Revision {n} date"),
                            date,
                            None,
                        );
                    });
                    row.cell(|form| {
                        form.text_cell(&format!("Revision {n} author"), author, None);
                    });
                    row.cell(|form| {
                        form.text_cell(&format!("Revision {n} summary"), summary, None);
                    });
                    row.cell(|form| {
                        if let Some(a) =
                            widgets::row_buttons(form, &format!("revision {n}"), i, count)
                        {
                            action = Some(a);
                        }
                    });
                });
            }
        });
    }
    if let Some(action) = action {
        action.carry_cell_text(form.ctx(), revisions.len(), CellKind::Date, |row| {
            ("revision_date", row)
        });
        action.apply(revisions);
    }
    if form
        .field(Anchor::Revisions, |ui| ui.button("Add a revision"))
        .clicked()
    {
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
