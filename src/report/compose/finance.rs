//! Financial implications: costs and savings by year, value for money and each
//! force's position.

use crate::case::finance::{FinanceLine, FinanceSummary, PartnerPosition, Payback, YearTotals};
use crate::case::partners::Force;
use crate::case::{Case, Finance};
use crate::report::document::{Block, Chart, Column, Table};

use super::{Paper, cell};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let finance = &case.finance;
    let Finance {
        first_year: _, // printed as the first year's label
        years,
        lines,
        split,
        discount_rate,
        optimism_bias,
        notes,
    } = finance;
    let summary = finance.summarise(&case.partners.forces);
    paper.section("Financial implications");
    paper.paragraph(format!(
        "The appraisal covers {years} years from {}, in real prices. Costs and savings are discounted at {discount_rate} a year (the Green Book rate), with an optimism-bias uplift of {optimism_bias} on costs. Costs and savings are shared: {}.",
        finance.year_label(0),
        split.label().to_lowercase()
    ));
    if lines.is_empty() {
        paper.note("No costs or savings have been entered yet.");
    } else {
        paper.subsection("Costs and savings by year");
        by_year(&summary, paper);
        paper.subsection("Cost and saving lines");
        let rows = lines
            .iter()
            .map(|line| {
                let FinanceLine {
                    label,
                    kind,
                    recurrence,
                    amounts: _, // year by year in the table above; here their total
                } = line;
                vec![
                    cell(label),
                    kind.label().to_owned(),
                    recurrence.label().to_owned(),
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
    value_for_money(&summary, finance, paper);
    paper.subsection("Each force's position");
    positions(&summary.partners, &case.partners.forces, paper);
    paper.subsection("Assumptions and affordability");
    paper.text_or_note(notes);
}

/// The table of costs and savings by year, with its total, and the chart of them.
fn by_year(summary: &FinanceSummary, paper: &mut Paper) {
    let mut rows: Vec<Vec<String>> = summary
        .years
        .iter()
        .map(|year| {
            let YearTotals {
                label,
                costs,
                savings,
                net,
                cumulative_net,
                discount_factor: _, // folded into the present values (see `value_for_money`)
            } = year;
            vec![
                label.clone(),
                costs.whole_pounds(),
                savings.whole_pounds(),
                net.whole_pounds(),
                cumulative_net.whole_pounds(),
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
                .map(|year| {
                    (
                        year.label.clone(),
                        year.costs.as_pounds_f64(),
                        year.savings.as_pounds_f64(),
                    )
                })
                .collect(),
        },
        summary
            .years
            .iter()
            .map(|year| {
                format!(
                    "{}: costs {}, savings {}.",
                    year.label,
                    year.costs.whole_pounds(),
                    year.savings.whole_pounds()
                )
            })
            .collect(),
    );
}

/// The headline figures: totals, present values, the benefit–cost ratio and payback.
fn value_for_money(summary: &FinanceSummary, finance: &Finance, paper: &mut Paper) {
    let FinanceSummary {
        years: _, // year by year (see `by_year`)
        total_costs,
        one_off_costs,
        recurring_costs,
        total_savings,
        total_net,
        pv_costs,
        pv_savings,
        npv,
        benefit_cost_ratio,
        payback,
        partners: _, // each force's position (see `positions`)
    } = summary;
    let payback = match payback {
        Payback::InYear { label, index: _ } => label.clone(),
        Payback::NotWithinPeriod => "Not within the appraisal period".to_owned(),
    };
    paper.key_values(vec![
        ("One-off costs", one_off_costs.whole_pounds()),
        ("Recurring costs", recurring_costs.whole_pounds()),
        ("Total costs", total_costs.whole_pounds()),
        ("Total savings", total_savings.whole_pounds()),
        ("Net saving (cash)", total_net.whole_pounds()),
        (
            "Present value of costs",
            format!(
                "{} (including optimism bias of {})",
                pv_costs.whole_pounds(),
                finance.optimism_bias
            ),
        ),
        ("Present value of savings", pv_savings.whole_pounds()),
        ("Net present value", npv.whole_pounds()),
        (
            "Benefit–cost ratio",
            benefit_cost_ratio.map_or("Not applicable (no costs)".to_owned(), |r| {
                format!("{r:.2}")
            }),
        ),
        ("Payback year", payback),
    ]);
}

/// Each force's share, contribution, savings and net position.
fn positions(positions: &[PartnerPosition], forces: &[Force], paper: &mut Paper) {
    if positions.is_empty() {
        paper.note("Each force's share cannot be worked out yet: add the forces and their budgets or agreed shares.");
        return;
    }
    // The positions follow the partners list, so each is named as that list names it.
    let rows = positions
        .iter()
        .zip(forces)
        .enumerate()
        .map(|(i, (position, force))| {
            let PartnerPosition {
                force: _, // named from the partners list, as the partners table names it
                share,
                contribution,
                savings,
                net,
            } = position;
            vec![
                force.display_name(i),
                share.to_string(),
                contribution.whole_pounds(),
                savings.whole_pounds(),
                net.whole_pounds(),
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
