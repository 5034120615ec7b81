//! Governance and legal basis: what the collaboration agreement settles, the
//! board, and direction and control.

use crate::case::Case;
use crate::report::document::Column;

use super::{Paper, cell, non_blank};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let governance = &case.governance;
    paper.section("Governance and legal basis");
    paper.paragraph(
        "The collaboration will rest on a collaboration agreement under sections 22A to 23I of the Police Act 1996, as amended by the Police Reform and Social Responsibility Act 2011, following the Home Office Statutory Guidance for Police Collaboration (2012). The table shows how far each matter the agreement must settle has got.",
    );
    let rows = governance
        .items
        .iter()
        .map(|(item, entry)| {
            vec![
                item.label().to_owned(),
                entry.status.label().to_owned(),
                cell(&entry.text),
            ]
        })
        .collect();
    paper.table(
        vec![
            Column::text("Matter", 1.3),
            Column::text("Status", 0.9),
            Column::text("What the agreement says", 3.0),
        ],
        rows,
    );
    paper.subsection("Governance board");
    let board = &governance.board;
    let members: Vec<String> = board.members.iter().filter_map(|m| non_blank(m)).collect();
    paper.key_values(vec![
        ("Board", cell(&board.name)),
        ("Chair", cell(&board.chair)),
        (
            "Members",
            if members.is_empty() {
                "—".to_owned()
            } else {
                members.join("\n")
            },
        ),
        ("Meets", board.frequency.label().to_owned()),
    ]);
    paper.subsection("Direction and control");
    match case.options.preferred() {
        Some(kind) => paper.paragraph(kind.direction_and_control()),
        None => paper.note("The direction and control arrangements follow from the preferred option, which has not been chosen yet."),
    }
}
