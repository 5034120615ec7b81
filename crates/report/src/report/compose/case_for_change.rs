//! The strategic case (background and case for change): scope, the problem, the partners and how
//! the proposal meets the strategic objectives, benefits, principles and national threats.

use std::collections::BTreeMap;

use crate::case::partners::{Force, OtherPartner};
use crate::case::strategy::{MeasureOfSuccess, Scope};
use crate::case::validate::{ForceField, ScopeField};
use crate::case::{Anchor, Case, Choice, Partners, Strategy};
use crate::report::document::{Cell, Column};

use super::{Paper, cell};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let Strategy {
        scope,
        objectives,
        benefits,
        principles,
        spr_threats,
        measures,
    } = &case.strategy;
    paper.section("Strategic case");
    self::scope(scope, paper);
    partners(&case.partners, paper);

    paper.subsection("Strategic objectives");
    justified_table(
        &mut paper.field(Anchor::Objectives),
        "Objective",
        objectives,
        "No strategic objective has been chosen yet.",
    );
    paper.subsection("Benefits");
    justified_table(
        &mut paper.field(Anchor::Benefits),
        "Benefit",
        benefits,
        "No benefits have been claimed yet.",
    );
    paper.subsection("Strategic principles");
    justified_table(
        &mut paper.field(Anchor::Principles),
        "Principle",
        principles,
        "No principles have been chosen yet.",
    );
    paper.subsection("Strategic Policing Requirement");
    justified_table(
        &mut paper.field(Anchor::SprThreats),
        "National threat",
        spr_threats,
        "The case does not yet say which national threats it helps meet.",
    );
    paper.subsection("Measures of success");
    paper.field(Anchor::Measures).table_or_note(
        vec![
            Column::text("Measure", 1.6),
            Column::text("Baseline", 1.2),
            Column::text("Target", 1.2),
        ],
        measures
            .iter()
            .map(|measure| {
                let MeasureOfSuccess {
                    measure,
                    baseline,
                    target,
                } = measure;
                vec![cell(measure), cell(baseline), cell(target)]
            })
            .collect(),
        "No measures of success have been agreed yet.",
    );
}

fn scope(scope: &Scope, paper: &mut Paper) {
    let Scope {
        function_area,
        current_position,
        problem,
        proposal,
    } = scope;
    paper.subsection("Scope");
    paper
        .field(Anchor::Scope(ScopeField::FunctionArea))
        .key_values(vec![("Function or area of business", cell(function_area))]);
    paper.subsection("Current position");
    paper
        .field(Anchor::Scope(ScopeField::CurrentPosition))
        .text_or_note(current_position);
    paper.subsection("The problem or opportunity");
    paper
        .field(Anchor::Scope(ScopeField::Problem))
        .text_or_note(problem);
    paper.subsection("The proposal");
    paper
        .field(Anchor::Scope(ScopeField::Proposal))
        .text_or_note(proposal);
}

fn partners(partners: &Partners, paper: &mut Paper) {
    let Partners {
        forces,
        lead_force,
        others,
    } = partners;
    paper.subsection("Partners");
    if forces.is_empty() {
        paper.note("No forces have been added yet.");
    } else {
        let rows = forces
            .iter()
            .enumerate()
            .map(|(i, force)| {
                let Force {
                    id: _,   // for live figures in the text, never printed
                    name: _, // printed as `Force::display_name`, which names an unnamed force
                    policing_body,
                    body_kind: _, // names the office that decides (see `legal` and `decision`)
                    chief_constable,
                    commissioner,
                    annual_revenue_budget,
                    nation: _, // decides whether the Welsh Language Standards apply (see `equality`)
                    custom_share: _, // printed as the force's share (see `finance`)
                } = force;
                let name = force.display_name(i);
                let name = if *lead_force == Some(i) {
                    format!("{name} (lead force)")
                } else {
                    name
                };
                vec![
                    Cell::Text(name),
                    Cell::Text(cell(policing_body)),
                    Cell::Text(cell(chief_constable)),
                    Cell::Text(cell(commissioner)),
                    Cell::Money(*annual_revenue_budget),
                ]
            })
            .collect();
        paper.field(Anchor::Forces).table(
            vec![
                Column::text("Force", 1.5),
                Column::text("Policing body", 1.3),
                Column::text("Chief constable", 1.2),
                Column::text("Office holder who signs", 1.2),
                Column::figure("Annual revenue budget", 1.1),
            ],
            rows,
        );
        paper.items_from((0..forces.len()).map(|i| Some(Anchor::Force(i, ForceField::Name))));
        paper.cells_from((0..forces.len()).map(|i| {
            let field = |field| Some(Anchor::Force(i, field));
            vec![
                field(ForceField::Name),
                field(ForceField::PolicingBody),
                field(ForceField::ChiefConstable),
                field(ForceField::Commissioner),
                field(ForceField::Budget),
            ]
        }));
    }
    if !others.is_empty() {
        let rows = others
            .iter()
            .map(|other| {
                let OtherPartner { name, kind, role } = other;
                vec![cell(name), kind.label().to_owned(), cell(role)]
            })
            .collect();
        paper.table(
            vec![
                Column::text("Other partner", 1.4),
                Column::text("Kind", 1.0),
                Column::text("Role", 2.6),
            ],
            rows,
        );
        paper.items_from((0..others.len()).map(|i| Some(Anchor::OtherPartner(i))));
    }
}

/// A table of the chosen objectives, benefits, principles or threats, each with how the
/// proposal meets it, or `empty` as a note when none is chosen.
fn justified_table<K: Choice>(
    paper: &mut Paper,
    header: &str,
    entries: &BTreeMap<K, String>,
    empty: &str,
) {
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|(choice, text)| vec![choice.label().to_owned(), cell(text)])
        .collect();
    paper.table_or_note(
        vec![
            Column::text(header, 1.0),
            Column::text("How the proposal meets it", 1.6),
        ],
        rows,
        empty,
    );
}
