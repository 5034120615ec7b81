//! The management case: who owns the programme, how delivery is managed (the programme board,
//! a lead in each force, the milestones), the benefits register, the post-implementation
//! review, communications and next steps.

use crate::case::implementation::{ForceLead, Milestone};
use crate::case::management::{Management, PostImplementationReview, RegisteredBenefit};
use crate::case::validate::{BenefitField, ReviewField};
use crate::case::{Anchor, Case, Implementation};
use crate::report::document::{Cell, Column};

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
    paper
        .field(Anchor::SeniorResponsibleOwner)
        .text_or_gap(case, senior_responsible_owner);
    paper.subsection("Programme board");
    paper
        .field(Anchor::ProgrammeBoard)
        .text_or_gap(case, programme_board);
    paper.subsection("Force leads");
    paper.field(Anchor::Leads).table_or_note(
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
    paper.field(Anchor::Milestones).table_or_note(
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
                    Cell::Text(cell(title)),
                    Cell::date(*due),
                    Cell::Text(cell(owner)),
                    Cell::from(status.label()),
                ]
            })
            .collect(),
        "No milestones have been planned yet.",
    );
    paper.items_from((0..milestones.len()).map(|i| Some(Anchor::Milestone(i))));
    paper.subsection("Benefits register");
    benefits_register(case, benefits, &mut paper.field(Anchor::BenefitsRegister));
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
        paper.items_from(
            [ReviewField::Date, ReviewField::Owner, ReviewField::Scope]
                .map(|field| Some(Anchor::PostImplementationReview(field))),
        );
    }
    paper.subsection("Communications");
    paper
        .field(Anchor::Communications)
        .text_or_gap(case, communications);
    paper.subsection("Next steps");
    paper.field(Anchor::NextSteps).text_or_gap(case, next_steps);
}

/// Each benefit with its kind, how it is measured from where to where, who owns it by when,
/// and what counts it.
fn benefits_register(case: &Case, benefits: &[RegisteredBenefit], paper: &mut Paper) {
    let rows: Vec<Vec<Cell>> = benefits
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
                Cell::List(vec![cell(benefit), kind.label().to_owned()]),
                Cell::List(vec![
                    cell(measure),
                    format!("Baseline: {}", cell(baseline)),
                    format!("Target: {}", cell(target)),
                ]),
                Cell::List(vec![cell(owner), long_date(*due)]),
                if counted.is_empty() {
                    Cell::from("—")
                } else {
                    Cell::List(counted)
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
    paper.items_from(
        (0..benefits.len()).map(|i| Some(Anchor::RegisteredBenefit(i, BenefitField::Benefit))),
    );
}
