//! The Governance step: the items a collaboration agreement under sections 22A–23I of the
//! Police Act 1996 and the Home Office statutory guidance (2012) must settle, each with a
//! status and the case's text, and the board that oversees the collaboration.

use egui::{RichText, Ui};

use crate::app::widgets;
use crate::case::governance::{GovernanceItem, ItemStatus, MeetingFrequency};
use crate::case::{Anchor, Case, Step};

use super::focus_here;

/// The Governance step's own UI state.
#[derive(Default)]
pub struct State {
    /// The board members as the user is typing them, one per line, so blank lines survive
    /// while typing; `None` when not being edited.
    members_text: Option<String>,
}

/// Draws the Governance step.
pub fn show(ui: &mut Ui, case: &mut Case, state: &mut State, focus: &mut Option<Anchor>) {
    let governance = &mut case.governance;
    ui.label(
        "The collaboration agreement (Police Act 1996, sections 22A to 23I) must settle each \
         item below. Give each a status and say what the agreement provides, or why the item \
         does not apply.",
    );
    let agreed = GovernanceItem::ALL
        .iter()
        .filter(|item| {
            governance
                .items
                .get(item)
                .is_some_and(|e| matches!(e.status, ItemStatus::Agreed | ItemStatus::NotApplicable))
        })
        .count();
    ui.weak(format!(
        "{agreed} of {} items agreed or not applicable.",
        GovernanceItem::ALL.len()
    ));
    ui.add_space(8.0);

    ui.heading("The collaboration agreement");
    for (number, item) in GovernanceItem::ALL.into_iter().enumerate() {
        let entry = governance.items.entry(item).or_default();
        let label = item.label();
        ui.push_id(("governance_item", item), |ui| {
            ui.group(|ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(format!("{}. {label}", number + 1)).strong());
                ui.weak(item.question());
                ui.horizontal(|ui| {
                    ui.label("Status");
                    let response = widgets::enum_cell(
                        ui,
                        "status",
                        &format!("{label} status"),
                        &mut entry.status,
                        &ItemStatus::ALL,
                        ItemStatus::label,
                        140.0,
                    );
                    focus_here(&response, focus, Anchor::Governance(item));
                });
                let hint = match entry.status {
                    ItemStatus::NotApplicable => "Say why this item does not apply",
                    _ => "What the agreement provides",
                };
                ui.add(
                    egui::TextEdit::multiline(&mut entry.text)
                        .desired_width(f32::INFINITY)
                        .desired_rows(2)
                        .hint_text(hint),
                )
                .accessible_name(format!("{label} text"));
            });
        });
    }
    ui.add_space(12.0);

    ui.heading("Governance board");
    let board = &mut governance.board;
    let response = widgets::text_field(ui, "Board name", &mut board.name);
    focus_here(&response, focus, Anchor::Board);
    widgets::text_field(ui, "Chair", &mut board.chair);
    let mut text = state
        .members_text
        .clone()
        .unwrap_or_else(|| board.members.join("\n"));
    let response = widgets::text_area(
        ui,
        "Members (one per line)",
        "For example: Chief Constable, Cumbria Constabulary",
        &mut text,
    );
    if response.changed() {
        board.members = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
    }
    state.members_text = response.has_focus().then_some(text);
    widgets::enum_combo(
        ui,
        "Meets",
        &mut board.frequency,
        &MeetingFrequency::ALL,
        MeetingFrequency::label,
    );

    if focus.is_some_and(|anchor| anchor.step() == Step::Governance) {
        *focus = None;
    }
}
