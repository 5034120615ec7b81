//! Background and case for change: scope, the problem, the partners and how
//! the proposal meets the strategic objectives, benefits, principles and national threats.

use crate::case::Case;
use crate::report::document::Column;

use super::{Paper, cell};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let strategy = &case.strategy;
    paper.section("Background and case for change");
    paper.subsection("Scope");
    paper.key_values(vec![(
        "Function or area of business",
        cell(&strategy.scope.function_area),
    )]);
    paper.subsection("Current position");
    paper.text_or_note(&strategy.scope.current_position);
    paper.subsection("The problem or opportunity");
    paper.text_or_note(&strategy.scope.problem);
    paper.subsection("The proposal");
    paper.text_or_note(&strategy.scope.proposal);

    paper.subsection("Partners");
    if case.partners.forces.is_empty() {
        paper.note("No forces have been added yet.");
    } else {
        let lead = case.partners.lead_force;
        let rows = case
            .partners
            .forces
            .iter()
            .enumerate()
            .map(|(i, force)| {
                let name = force.display_name(i);
                let name = if lead == Some(i) {
                    format!("{name} (lead force)")
                } else {
                    name
                };
                vec![
                    name,
                    cell(&force.policing_body),
                    cell(&force.chief_constable),
                    cell(&force.commissioner),
                    force.annual_revenue_budget.whole_pounds(),
                ]
            })
            .collect();
        paper.table(
            vec![
                Column::text("Force", 1.5),
                Column::text("Policing body", 1.3),
                Column::text("Chief constable", 1.2),
                Column::text("Commissioner", 1.2),
                Column::figure("Annual revenue budget", 1.1),
            ],
            rows,
        );
    }
    if !case.partners.others.is_empty() {
        let rows = case
            .partners
            .others
            .iter()
            .map(|other| {
                vec![
                    cell(&other.name),
                    other.kind.label().to_owned(),
                    cell(&other.role),
                ]
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
    }

    paper.subsection("Strategic objectives");
    justified_table(
        paper,
        "Objective",
        strategy
            .objectives
            .iter()
            .map(|(k, v)| (k.label(), v.as_str())),
        "No strategic objective has been chosen yet.",
    );
    paper.subsection("Benefits");
    justified_table(
        paper,
        "Benefit",
        strategy
            .benefits
            .iter()
            .map(|(k, v)| (k.label(), v.as_str())),
        "No benefits have been claimed yet.",
    );
    paper.subsection("Strategic principles");
    justified_table(
        paper,
        "Principle",
        strategy
            .principles
            .iter()
            .map(|(k, v)| (k.label(), v.as_str())),
        "No principles have been chosen yet.",
    );
    paper.subsection("Strategic Policing Requirement");
    justified_table(
        paper,
        "National threat",
        strategy
            .spr_threats
            .iter()
            .map(|(k, v)| (k.label(), v.as_str())),
        "The case does not yet say which national threats it helps meet.",
    );
    paper.subsection("Measures of success");
    paper.table_or_note(
        vec![
            Column::text("Measure", 1.6),
            Column::text("Baseline", 1.2),
            Column::text("Target", 1.2),
        ],
        strategy
            .measures
            .iter()
            .map(|m| vec![cell(&m.measure), cell(&m.baseline), cell(&m.target)])
            .collect(),
        "No measures of success have been agreed yet.",
    );
}

fn justified_table<'a>(
    paper: &mut Paper,
    header: &str,
    entries: impl Iterator<Item = (&'a str, &'a str)>,
    empty: &str,
) {
    let rows: Vec<Vec<String>> = entries
        .map(|(label, text)| vec![label.to_owned(), cell(text)])
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
