//! The Governance step: the items a collaboration agreement under sections 22A–23I of the
//! Police Act 1996 and the Home Office statutory guidance (2012) must settle, each with a
//! status and the case's text, and the board that oversees the collaboration.

use egui::RichText;

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::case::governance::{Board, Governance, GovernanceEntry, GovernanceItem, ItemStatus};
use crate::case::legal::{Challenge, Legal};
use crate::case::{Anchor, Step};

/// Width of an item's status drop-down.
const STATUS_WIDTH: f32 = 150.0;

/// The Governance step, and what it keeps between frames.
#[derive(Debug, Default)]
pub struct GovernanceStep {
    /// The board members as the user is typing them, one per line, so blank lines survive
    /// while typing; `None` when not being edited.
    members_text: Option<String>,
}

impl WizardStep for GovernanceStep {
    fn step(&self) -> Step {
        Step::Governance
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        let case = &mut *page.case;
        let Governance { items, board } = &mut case.governance;
        form.label(
            "The collaboration agreement (Police Act 1996, sections 22A to 23I) must settle each \
             item below. Give each a status and say what the agreement provides, or why the item \
             does not apply.",
        );
        let agreed = GovernanceItem::ALL
            .iter()
            .filter(|item| {
                items.get(item).is_some_and(|e| {
                    matches!(e.status, ItemStatus::Agreed | ItemStatus::NotApplicable)
                })
            })
            .count();
        form.weak(format!(
            "{agreed} of {} items agreed or not applicable.",
            GovernanceItem::ALL.len()
        ));
        form.add_space(8.0);

        form.heading("The collaboration agreement");
        for (number, item) in GovernanceItem::ALL.into_iter().enumerate() {
            let entry = items.entry(item).or_default();
            form.push_id(("governance_item", item), |form| {
                form.group(|form| item_form(form, number + 1, item, entry));
            });
        }
        form.add_space(12.0);

        form.heading("Governance board");
        self.board_form(form, board);
        form.add_space(12.0);

        form.heading("Legal implications");
        legal_form(form, &mut case.legal);
    }
}

/// One item of the agreement: its question, its status and what the agreement says.
fn item_form(
    form: &mut Form<'_>,
    number: usize,
    item: GovernanceItem,
    entry: &mut GovernanceEntry,
) {
    let label = item.label();
    let GovernanceEntry { status, text } = entry;
    let width = form.available_width();
    form.set_width(width);
    form.label(RichText::new(format!("{number}. {label}")).strong());
    form.weak(item.question());
    form.horizontal(|form| {
        form.label("Status");
        form.sized(STATUS_WIDTH, |form| {
            form.enum_cell(
                "status",
                &format!("{label} status"),
                status,
                Anchor::Governance(item),
            );
        });
    });
    let hint = match status {
        ItemStatus::NotApplicable => "Say why this item does not apply",
        _ => "What the agreement provides",
    };
    form.add(
        egui::TextEdit::multiline(text)
            .id_salt(("governance text", item))
            .desired_width(f32::INFINITY)
            .desired_rows(2)
            .hint_text(hint),
    )
    .accessible_name(format!("{label} text"));
}

/// What the paper's legal implications section needs from the user: who signs and any
/// delegation, and how each risk of legal challenge is met.
fn legal_form(form: &mut Form<'_>, legal: &mut Legal) {
    let Legal {
        delegations,
        challenges,
    } = legal;
    form.text_area(
        "Delegations and signing",
        "Who signs the agreement for each party, and any delegation: whose power, to whom, and under what authority",
        delegations,
        Anchor::Delegations,
    );
    for challenge in Challenge::ALL {
        let text = challenges.entry(challenge).or_default();
        form.text_area(
            challenge.label(),
            challenge.question(),
            text,
            Anchor::Challenge(challenge),
        );
    }
}

impl GovernanceStep {
    /// The board's name, chair, members (typed one a line) and how often it meets.
    fn board_form(&mut self, form: &mut Form<'_>, board: &mut Board) {
        let Board {
            name,
            chair,
            members,
            frequency,
        } = board;
        form.text_field("Board name", name, Anchor::Board);
        form.text_field("Chair", chair, None);
        let mut text = self
            .members_text
            .clone()
            .unwrap_or_else(|| members.join("\n"));
        let response = form.text_area(
            "Members (one per line)",
            "For example: Chief Constable, Cumbria Constabulary",
            &mut text,
            None,
        );
        if response.changed() {
            *members = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect();
        }
        self.members_text = response.has_focus().then_some(text);
        form.enum_combo("Meets", frequency, None);
    }
}
