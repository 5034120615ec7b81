//! Workforce implications: each force's officers and staff and how they move, pensions,
//! consultation with each staff body, and collective consultation where 20 or more
//! redundancies are proposed.

use crate::case::law;
use crate::case::workforce::{Consultation, ForceWorkforce, Represents, Workforce};
use crate::case::{Anchor, Case};
use crate::report::document::{Block, Cell, Column, Table};

use super::{Paper, cell, gap};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let workforce = &case.workforce;
    let Workforce {
        forces: _, // row by row below, in the partners' order
        arrangements,
        pensions,
        consultations,
        proposed_redundancies: _, // read through `Workforce::total_redundancies`
        collective_consultation,
    } = workforce;
    paper.section("Workforce implications");
    paper.paragraph(law::OFFICERS_NOT_EMPLOYEES.cited());
    paper.paragraph(law::STAFF_TRANSFERS.cited());
    if workforce.is_empty() {
        paper.note(gap(case));
        return;
    }
    paper.subsection("Officers and staff by force");
    headcount(case, paper);
    paper.subsection("How officers and staff will work");
    paper
        .field(Anchor::WorkforceArrangements)
        .text_or_gap(case, arrangements);
    paper.subsection("Pensions");
    paper.field(Anchor::Pensions).text_or_gap(case, pensions);
    paper.subsection("Consultation");
    paper.table_or_note(
        vec![
            Column::text("Body", 1.3),
            Column::text("Speaks for", 0.8),
            Column::text("Status", 0.9),
            Column::text("When, how and what it has said", 3.0),
        ],
        consultations
            .iter()
            .map(|consultation| {
                let Consultation {
                    body,
                    other_name: _, // printed as `Consultation::body_name`
                    status,
                    notes,
                } = consultation;
                let speaks_for = match body.represents() {
                    Some(Represents::Officers) => "Officers",
                    Some(Represents::Staff) => "Staff",
                    None => "—",
                };
                vec![
                    consultation.body_name().to_owned(),
                    speaks_for.to_owned(),
                    status.label().to_owned(),
                    cell(notes),
                ]
            })
            .collect(),
        gap(case),
    );
    paper.items_from((0..consultations.len()).map(|i| Some(Anchor::StaffConsultation(i))));
    paper.subsection("Redundancies");
    {
        let mut paper = paper.field(Anchor::Redundancies);
        let by_employer = if workforce.by_employer() {
            " Each employer's own figure is in the table above: collective consultation is counted for each employer."
        } else {
            " They are not yet given for each employer."
        };
        match workforce.total_redundancies() {
            None => paper.note(gap(case)),
            Some(0) => paper.paragraph("No redundancies are proposed."),
            Some(count) => paper.paragraph(format!(
                "{count} police staff {} proposed in all. Officers cannot be made redundant.{by_employer}",
                if count == 1 {
                    "redundancy is"
                } else {
                    "redundancies are"
                }
            )),
        }
    }
    if workforce.needs_collective_consultation() || !collective_consultation.trim().is_empty() {
        paper.subsection("Collective consultation");
        if collective_consultation.trim().is_empty() {
            paper.paragraph(law::COLLECTIVE_CONSULTATION.cited());
        }
        paper
            .field(Anchor::CollectiveConsultation)
            .text_or_gap(case, collective_consultation);
    }
}

/// Each named force's officers and staff and how each group moves, with the totals.
fn headcount(case: &Case, paper: &mut Paper) {
    let count = |value: Option<u32>| value.map_or(Cell::from("—"), |n| Cell::Count(n.into()));
    let mut rows: Vec<Vec<Cell>> = case
        .partners
        .forces
        .iter()
        .enumerate()
        .map(|(i, force)| {
            let name = force.display_name(i);
            match case.workforce.for_force(&force.name) {
                Some(row) => {
                    let ForceWorkforce {
                        force: _, // the partners list names it
                        officers,
                        officer_arrangement,
                        staff,
                        staff_arrangement,
                        redundancies,
                    } = row;
                    vec![
                        Cell::Text(name),
                        count(*officers),
                        Cell::from(officer_arrangement.label()),
                        count(*staff),
                        Cell::from(staff_arrangement.label()),
                        count(*redundancies),
                    ]
                }
                None => vec![
                    Cell::Text(name),
                    "—".into(),
                    "—".into(),
                    "—".into(),
                    "—".into(),
                    "—".into(),
                ],
            }
        })
        .collect();
    if rows.is_empty() {
        paper.note("No forces have been added yet.");
        return;
    }
    let (officers, staff) = case.workforce.totals();
    rows.push(vec![
        Cell::from("Total"),
        Cell::Count(officers.into()),
        Cell::from(""),
        Cell::Count(staff.into()),
        Cell::from(""),
        count(case.workforce.total_redundancies()),
    ]);
    paper.push(Block::Table(Table {
        columns: vec![
            Column::text("Force", 1.5),
            Column::figure("Officers", 0.8),
            Column::text("How officers work", 1.6),
            Column::figure("Staff", 0.7),
            Column::text("How staff move", 1.6),
            Column::figure("Staff redundancies", 0.9),
        ],
        rows,
        total_row: true,
    }));
    // Rows follow the partners list; a force is a workforce row once it has a name.
    paper.items_from(
        case.partners
            .forces
            .iter()
            .enumerate()
            .map(|(i, force)| (!force.name.trim().is_empty()).then_some(Anchor::WorkforceForce(i))),
    );
    paper.cells_from(case.partners.forces.iter().enumerate().map(|(i, force)| {
        let named = !force.name.trim().is_empty();
        vec![
            None,
            None,
            None,
            None,
            None,
            named.then_some(Anchor::ForceRedundancies(i)),
        ]
    }));
}
