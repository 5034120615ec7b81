//! Implementation and next steps: leads, milestones, communications.

use crate::case::implementation::{ForceLead, Milestone};
use crate::case::{Case, Implementation};
use crate::report::document::Column;

use super::{Paper, cell, long_date};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let Implementation {
        leads,
        programme_board,
        milestones,
        communications,
        next_steps,
    } = &case.implementation;
    paper.section("Implementation and next steps");
    paper.subsection("Force leads");
    paper.table_or_note(
        vec![
            Column::text("Force", 1.3),
            Column::text("Lead", 1.2),
            Column::text("Role", 1.5),
        ],
        leads
            .iter()
            .map(|lead| {
                let ForceLead { force, name, role } = lead;
                vec![cell(force), cell(name), cell(role)]
            })
            .collect(),
        "No force leads have been named yet.",
    );
    paper.subsection("Programme board");
    paper.text_or_note(programme_board);
    paper.subsection("Milestones");
    paper.table_or_note(
        vec![
            Column::text("Milestone", 2.4),
            Column::text("Due", 1.1),
            Column::text("Owner", 1.3),
            Column::text("Status", 0.9),
        ],
        milestones
            .iter()
            .map(|milestone| {
                let Milestone {
                    title,
                    due,
                    owner,
                    status,
                } = milestone;
                vec![
                    cell(title),
                    long_date(*due),
                    cell(owner),
                    status.label().to_owned(),
                ]
            })
            .collect(),
        "No milestones have been planned yet.",
    );
    paper.subsection("Communications");
    paper.text_or_note(communications);
    paper.subsection("Next steps");
    paper.text_or_note(next_steps);
}
