//! Implementation and next steps: leads, milestones, communications.

use crate::case::Case;
use crate::report::document::Column;

use super::{Paper, cell, long_date};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let plan = &case.implementation;
    paper.section("Implementation and next steps");
    paper.subsection("Force leads");
    paper.table_or_note(
        vec![
            Column::text("Force", 1.3),
            Column::text("Lead", 1.2),
            Column::text("Role", 1.5),
        ],
        plan.leads
            .iter()
            .map(|l| vec![cell(&l.force), cell(&l.name), cell(&l.role)])
            .collect(),
        "No force leads have been named yet.",
    );
    paper.subsection("Programme board");
    paper.text_or_note(&plan.programme_board);
    paper.subsection("Milestones");
    paper.table_or_note(
        vec![
            Column::text("Milestone", 2.4),
            Column::text("Due", 1.1),
            Column::text("Owner", 1.3),
            Column::text("Status", 0.9),
        ],
        plan.milestones
            .iter()
            .map(|m| {
                vec![
                    cell(&m.title),
                    long_date(m.due),
                    cell(&m.owner),
                    m.status.label().to_owned(),
                ]
            })
            .collect(),
        "No milestones have been planned yet.",
    );
    paper.subsection("Communications");
    paper.text_or_note(&plan.communications);
    paper.subsection("Next steps");
    paper.text_or_note(&plan.next_steps);
}
