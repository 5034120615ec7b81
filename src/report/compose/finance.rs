//! Financial implications: costs and savings by year, value for money and each
//! force's position.

use crate::case::Case;
use crate::case::finance::Payback;
use crate::report::document::{Block, Chart, Column, Table};

use super::{Paper, cell};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let finance = &case.finance;
    let summary = finance.summarise(&case.partners.forces);
    paper.section("Financial implications");
    paper.paragraph(format!(
        "The appraisal covers {} years from {}, in real prices. Costs and savings are discounted at {} a year (the Green Book rate), with an optimism-bias uplift of {} on costs. Costs and savings are shared: {}.",
        finance.years,
        finance.year_label(0),
        finance.discount_rate,
        finance.optimism_bias,
        finance.split.label().to_lowercase()
    ));
    if finance.lines.is_empty() {
        paper.note("No costs or savings have been entered yet.");
    } else {
        paper.subsection("Costs and savings by year");
        let mut rows: Vec<Vec<String>> = summary
            .years
            .iter()
            .map(|y| {
                vec![
                    y.label.clone(),
                    y.costs.whole_pounds(),
                    y.savings.whole_pounds(),
                    y.net.whole_pounds(),
                    y.cumulative_net.whole_pounds(),
                ]
            })
            .collect();
        rows.push(vec![
            "Total".to_owned(),
            summary.total_costs.whole_pounds(),
            summary.total_savings.whole_pounds(),
            summary.total_net.whole_pounds(),
            String::new(),
        ]);
        paper.push(Block::Table(Table {
            columns: vec![
                Column::text("Year", 1.0),
                Column::figure("Costs", 1.2),
                Column::figure("Savings", 1.2),
                Column::figure("Net saving", 1.2),
                Column::figure("Cumulative net", 1.3),
            ],
            rows,
            total_row: true,
        }));
        paper.figure(
            "Costs against savings by year",
            Chart::CostsSavings {
                years: summary
                    .years
                    .iter()
                    .map(|y| {
                        (
                            y.label.clone(),
                            y.costs.as_pounds_f64(),
                            y.savings.as_pounds_f64(),
                        )
                    })
                    .collect(),
            },
            summary
                .years
                .iter()
                .map(|y| {
                    format!(
                        "{}: costs {}, savings {}.",
                        y.label,
                        y.costs.whole_pounds(),
                        y.savings.whole_pounds()
                    )
                })
                .collect(),
        );
        paper.subsection("Cost and saving lines");
        let rows = finance
            .lines
            .iter()
            .map(|line| {
                vec![
                    cell(&line.label),
                    line.kind.label().to_owned(),
                    line.recurrence.label().to_owned(),
                    line.total().whole_pounds(),
                ]
            })
            .collect();
        paper.table(
            vec![
                Column::text("Line", 2.6),
                Column::text("Type", 0.8),
                Column::text("Recurrence", 1.0),
                Column::figure("Total", 1.2),
            ],
            rows,
        );
    }
    paper.subsection("Value for money");
    let payback = match &summary.payback {
        Payback::InYear { label, .. } => label.clone(),
        Payback::NotWithinPeriod => "Not within the appraisal period".to_owned(),
    };
    paper.key_values(vec![
        ("One-off costs", summary.one_off_costs.whole_pounds()),
        ("Recurring costs", summary.recurring_costs.whole_pounds()),
        ("Total costs", summary.total_costs.whole_pounds()),
        ("Total savings", summary.total_savings.whole_pounds()),
        ("Net saving (cash)", summary.total_net.whole_pounds()),
        (
            "Present value of costs",
            format!(
                "{} (including optimism bias of {})",
                summary.pv_costs.whole_pounds(),
                finance.optimism_bias
            ),
        ),
        (
            "Present value of savings",
            summary.pv_savings.whole_pounds(),
        ),
        ("Net present value", summary.npv.whole_pounds()),
        (
            "Benefit–cost ratio",
            summary
                .benefit_cost_ratio
                .map_or("Not applicable (no costs)".to_owned(), |r| {
                    format!("{r:.2}")
                }),
        ),
        ("Payback year", payback),
    ]);
    paper.subsection("Each force's position");
    if summary.partners.is_empty() {
        paper.note("Each force's share cannot be worked out yet: add the forces and their budgets or agreed shares.");
    } else {
        // The positions follow the partners list, so each is named as that list names it.
        let rows = summary
            .partners
            .iter()
            .zip(&case.partners.forces)
            .enumerate()
            .map(|(i, (p, force))| {
                vec![
                    force.display_name(i),
                    p.share.to_string(),
                    p.contribution.whole_pounds(),
                    p.savings.whole_pounds(),
                    p.net.whole_pounds(),
                ]
            })
            .collect();
        paper.table(
            vec![
                Column::text("Force", 1.8),
                Column::figure("Share", 0.8),
                Column::figure("Contribution", 1.2),
                Column::figure("Savings", 1.2),
                Column::figure("Net position", 1.2),
            ],
            rows,
        );
    }
    paper.subsection("Assumptions and affordability");
    paper.text_or_note(&finance.notes);
}
