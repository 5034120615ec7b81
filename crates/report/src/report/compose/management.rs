//! The management case: who owns the programme, how delivery is managed (the programme board,
//! a lead in each force, the milestones), the benefits register, the post-implementation
//! review, communications and next steps.

use crate::case::implementation::{ForceLead, Milestone};
use crate::case::management::{Management, PostImplementationReview, RegisteredBenefit};
use crate::case::{Case, Implementation};
use crate::report::document::Column;

use super::{Paper, cell, cell_or_gap, gap, long_date};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let Implementation {
        leads,
        programme_board,
        milestones,
        communications,
        next_steps,
    } = &case.implementation;
    let Management {
        senior_responsible_owner,
        benefits,
        review,
    } = &case.management;
    paper.section("Management case");
    paper.subsection("Senior responsible owner");
    paper.text_or_gap(case, senior_responsible_owner);
    paper.subsection("Programme board");
    paper.text_or_gap(case, programme_board);
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
    paper.subsection("Benefits register");
    benefits_register(case, benefits, paper);
    paper.subsection("Post-implementation review");
    let PostImplementationReview { date, owner, scope } = review;
    if *review == PostImplementationReview::default() {
        paper.note(gap(case));
    } else {
        paper.key_values(vec![
            ("Reports", long_date(*date)),
            ("Led by", cell_or_gap(case, owner)),
            ("What it will measure", cell_or_gap(case, scope)),
        ]);
    }
    paper.subsection("Communications");
    paper.text_or_gap(case, communications);
    paper.subsection("Next steps");
    paper.text_or_gap(case, next_steps);
}

/// Each benefit with its kind, how it is measured from where to where, who owns it by when,
/// and what counts it.
fn benefits_register(case: &Case, benefits: &[RegisteredBenefit], paper: &mut Paper) {
    let rows = benefits
        .iter()
        .map(|benefit| {
            let RegisteredBenefit {
                benefit,
                kind,
                measure,
                baseline,
                target,
                owner,
                due,
                finance_line,
                measure_of_success,
            } = benefit;
            let mut counted = Vec::new();
            if !finance_line.trim().is_empty() {
                counted.push(format!("Finance: {}", finance_line.trim()));
            }
            if !measure_of_success.trim().is_empty() {
                counted.push(format!("Measure: {}", measure_of_success.trim()));
            }
            vec![
                format!("{}\n{}", cell(benefit), kind.label()),
                format!(
                    "{}\nBaseline: {}\nTarget: {}",
                    cell(measure),
                    cell(baseline),
                    cell(target)
                ),
                format!("{}\n{}", cell(owner), long_date(*due)),
                if counted.is_empty() {
                    "—".to_owned()
                } else {
                    counted.join("\n")
                },
            ]
        })
        .collect();
    paper.table_or_note(
        vec![
            Column::text("Benefit and type", 1.5),
            Column::text("Measure, baseline and target", 2.0),
            Column::text("Owner and date", 1.2),
            Column::text("Counted in", 1.6),
        ],
        rows,
        gap(case),
    );
}
