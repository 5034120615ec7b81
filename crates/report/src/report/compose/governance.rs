//! Governance: what the collaboration agreement settles, the board, and direction and
//! control.

use crate::case::governance::{Board, GovernanceEntry, GovernanceItem};
use crate::case::law;
use crate::case::{Anchor, Case, Governance};
use crate::report::document::Column;

use super::{Paper, cell, non_blank};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let Governance { items, board } = &case.governance;
    paper.section("Governance");
    paper.paragraph(
        "The collaboration will rest on a collaboration agreement under sections 22A to 23I of the Police Act 1996, as amended by the Police Reform and Social Responsibility Act 2011, following the Home Office Statutory Guidance for Police Collaboration (2012). The table shows how far each matter the agreement must settle has got.",
    );
    let rows = items
        .iter()
        .map(|(item, entry)| {
            let GovernanceEntry { status, text } = entry;
            vec![
                item.label().to_owned(),
                status.label().to_owned(),
                cell(text),
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
    paper.items_from(items.keys().map(|item| Some(Anchor::Governance(*item))));
    paper.subsection("Governance board");
    let Board {
        name,
        chair,
        members,
        frequency,
    } = board;
    let members: Vec<String> = members.iter().filter_map(|m| non_blank(m)).collect();
    paper.field(Anchor::Board).key_values(vec![
        ("Board", cell(name)),
        ("Chair", cell(chair)),
        (
            "Members",
            if members.is_empty() {
                "—".to_owned()
            } else {
                members.join("\n")
            },
        ),
        ("Meets", frequency.label().to_owned()),
    ]);
    paper.subsection("Direction and control");
    let arrangement = items
        .get(&GovernanceItem::DirectionAndControl)
        .map_or("", |entry| entry.text.trim());
    match case.options.preferred() {
        // The case's own arrangement, where it has one, rather than the model's usual one,
        // which it may refine (direction and control by area of deployment, say).
        _ if !arrangement.is_empty() => paper.paragraph(arrangement),
        Some(kind) => paper.paragraph(kind.direction_and_control()),
        None => paper.note("The direction and control arrangements follow from the preferred option, which has not been chosen yet."),
    }
    paper.paragraph(law::DIRECTION_AND_CONTROL.cited());
    paper.paragraph(law::PUBLICATION.cited());
}
