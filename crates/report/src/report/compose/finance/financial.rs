//! The financial case: what the preferred option costs and saves in cash, and what each
//! force pays and saves in each year.

use crate::case::finance::{
    ContingencySize, FallsIn, Finance, FinanceLine, ForcePosition, ForcePositions, Indexation,
    Parts, Prices, SavingsShare,
};
use crate::case::money::Money;
use crate::case::options::OptionKind;
use crate::case::{Anchor, Case};
use crate::report::compose::{Paper, cell};
use crate::report::document::{Block, Cell, Chart, Column, ParagraphStyle, Table};

use super::{ROUNDING, line_total as total};

/// The financial case, for the preferred option.
pub(in crate::report::compose) fn financial(case: &Case, paper: &mut Paper) {
    let finance = &case.finance;
    paper.section("Financial case");
    let Some(kind) = case.options.preferred() else {
        paper.note("The financial case is set out for the preferred option, once one is chosen.");
        financial_notes(finance, paper);
        return;
    };
    if finance.option(kind).lines.is_empty() {
        paper.note("No costs or savings have been entered for the preferred option yet.");
        financial_notes(finance, paper);
        return;
    }
    paper.field(Anchor::Inflation).paragraph(format!(
        "This is what the preferred option ({}) costs and saves in cash: the figures the forces' medium-term financial plans hold, in cash prices, the {} prices the case is costed in raised by inflation from year 0 (year t's amount times (1 + inflation) to the power t, rounded to the penny): {}. Optimism bias belongs to the appraisal and is left out here. These are the option's own changes from today's budgets, not against business as usual; each force's affordability, below, sets them against business as usual.{} {ROUNDING}",
        kind.label(),
        finance.year_label(0),
        inflation(finance, kind),
        non_cash_note(finance, kind)
    ));
    paper.subsection("Costs and savings by year");
    match finance
        .cash_years(kind, Prices::Cash)
        .and_then(|years| Ok((finance.cash_total(kind, Prices::Cash)?, years)))
    {
        Ok((total, years)) => by_year(finance, &years, &total, paper),
        Err(error) => paper.note(&format!("The figures cannot be added up: {error}.")),
    }
    contingency(case, kind, paper);
    paper.subsection("Each force's position");
    match finance.force_positions(kind, &case.partners.forces, Prices::Cash) {
        Ok(Some(positions)) => force_positions(case, &positions, paper),
        Ok(None) => paper.note(
            "Each force's share cannot be worked out yet: add the forces and their budgets or agreed shares.",
        ),
        Err(error) => paper.note(&format!("The positions cannot be worked out: {error}.")),
    }
    affordability(case, kind, paper);
    funding(finance, kind, paper);
    capital_financing(finance, kind, paper);
    vat(finance, kind, paper);
    financial_notes(finance, paper);
}

/// The cash view with the option's contingency, and the risk-adjusted view beside it.
fn contingency(case: &Case, kind: OptionKind, paper: &mut Paper) {
    let finance = &case.finance;
    paper.subsection("Contingency and risk");
    let view = match finance.risk_adjusted(kind, &case.risks.risks, Prices::Cash) {
        Ok(view) => view,
        Err(error) => {
            paper.note(&format!("The contingency cannot be added up: {error}."));
            return;
        }
    };
    let contingency = &finance.option(kind).contingency;
    let held = if contingency.is_set() {
        let over = match contingency.size {
            ContingencySize::ShareOfCosts(_) => format!(
                " ({} over the period in real prices)",
                view.contingency_real.whole_pounds()
            ),
            ContingencySize::None | ContingencySize::Amount(_) => String::new(),
        };
        format!(
            "The preferred option holds a contingency of {}{over}. Its basis: {}",
            contingency.label(),
            cell(&contingency.basis)
        )
    } else {
        "The preferred option holds no contingency.".to_owned()
    };
    let quantified = case
        .risks
        .risks
        .iter()
        .filter(|risk| risk.cost.is_some())
        .count();
    let risks = if quantified == 0 {
        "No risk on the register has a probability and a cost impact yet, so the risk-adjusted view beside it is the cash view.".to_owned()
    } else {
        format!(
            "Beside it, the risk-adjusted view takes the expected cost of the {} on the register with a probability and a cost impact (probability times impact, {} in real prices), spread the same way, from the net saving instead: the contingency is held against the same risks, so the two are alternatives, not added together.",
            crate::format::plural(quantified, "quantified risk"),
            view.expected_risk_real.whole_pounds()
        )
    };
    paper.paragraph(format!(
        "{held} The contingency is spread over the years in proportion to each year's cash costs in real prices (a percentage is that percentage of each year's costs), then raised by non-pay inflation. {risks}"
    ));
    paper.push(year_table(
        finance,
        &view.years,
        &view.total,
        vec![
            Column::text("Year", 0.9),
            Column::figure("Net saving (cash)", 1.15),
            Column::figure("Contingency", 1.1),
            Column::figure("Net after contingency", 1.2),
            Column::figure("Expected cost of risks", 1.15),
            Column::figure("Risk-adjusted net", 1.15),
        ],
        |year| {
            [
                year.net,
                year.contingency,
                year.net_after_contingency,
                year.expected_risk,
                year.risk_adjusted,
            ]
        },
    ));
}

/// Each force against business as usual and its medium-term financial plan: the summary of
/// targets and reserves, then each force year by year.
fn affordability(case: &Case, kind: OptionKind, paper: &mut Paper) {
    let finance = &case.finance;
    paper.subsection("Each force's affordability");
    let affordability = match finance.affordability(kind, &case.partners.forces, Prices::Cash) {
        Ok(Some(affordability)) => affordability,
        Ok(None) => {
            paper.note("Each force's affordability is worked out once each force's share can be.");
            return;
        }
        Err(error) => {
            paper.note(&format!("The affordability cannot be worked out: {error}."));
            return;
        }
    };
    paper.paragraph(format!(
        "For each force, in cash prices: its net position under business as usual and under the preferred option ({}), each after balancing payments (cash-releasing savings and cost avoidance less costs, as changes from today's budgets; a negative figure is a pressure on its budget), and the difference, which is what this case delivers for it. The savings target is the one in its medium-term financial plan, a year, in cash; over the period it is that times {} years, and the share delivered is the difference over the period divided by it. Reserves drawn are the preferred option's costs funded from reserves that fall in the force, with its share of shared ones.",
        kind.label(),
        finance.years
    ));
    let name = |i: usize, force: &str| {
        case.partners
            .forces
            .get(i)
            .map_or_else(|| cell(force), |f| f.display_name(i))
    };
    let or_none = |money: Option<Money>| money.map_or_else(|| Cell::from("—"), Cell::Money);
    let targets = affordability
        .forces
        .iter()
        .enumerate()
        .map(|(i, force)| {
            vec![
                Cell::Text(name(i, &force.force)),
                or_none(force.target_per_year),
                or_none(force.target_total),
                Cell::Money(force.total.difference),
                force
                    .delivered
                    .map_or_else(|| Cell::from("—"), Cell::Percentage),
            ]
        })
        .collect();
    paper.table(
        vec![
            Column::text("Force", 1.7),
            Column::figure("Savings target a year", 1.2),
            Column::figure("Target over the period", 1.25),
            Column::figure("Delivered by this case", 1.25),
            Column::figure("Share of target", 0.9),
        ],
        targets,
    );
    let reserves = affordability
        .forces
        .iter()
        .enumerate()
        .map(|(i, force)| {
            vec![
                Cell::Text(name(i, &force.force)),
                Cell::Money(force.reserves_before),
                Cell::Money(force.total.reserves_drawn),
                Cell::Money(force.reserves_after),
            ]
        })
        .collect();
    paper.table(
        vec![
            Column::text("Force", 1.7),
            Column::figure("Usable reserves at the start", 1.4),
            Column::figure("Drawn for this case", 1.3),
            Column::figure("Reserves at the end", 1.4),
        ],
        reserves,
    );
    for (i, force) in affordability.forces.iter().enumerate() {
        if force.misses_target() {
            paper.push(Block::Paragraph {
                style: ParagraphStyle::Strong,
                text: format!(
                    "This case delivers {} of {}'s savings target over the period ({} of {}); the rest must come from elsewhere in its plan.",
                    force.delivered.unwrap_or_default(),
                    name(i, &force.force),
                    force.total.difference.whole_pounds(),
                    force.target_total.unwrap_or_default().whole_pounds(),
                ),
            });
        }
    }
    for (i, force) in affordability.forces.iter().enumerate() {
        paper.push(Block::Paragraph {
            style: ParagraphStyle::Strong,
            text: format!(
                "{} against business as usual, in cash prices",
                name(i, &force.force)
            ),
        });
        paper.push(year_table(
            finance,
            &force.years,
            &force.total,
            vec![
                Column::text("Year", 0.9),
                Column::figure("Business as usual", 1.2),
                Column::figure(kind.label(), 1.2),
                Column::figure("Difference", 1.15),
                Column::figure("Reserves drawn", 1.15),
            ],
            |year| {
                [
                    year.business_as_usual,
                    year.preferred,
                    year.difference,
                    year.reserves_drawn,
                ]
            },
        ));
    }
}

/// The inflation the cash view applies to option `kind`'s lines: one rate where every line is
/// non-pay or both rates are the same, else pay and non-pay apart.
fn inflation(finance: &Finance, kind: OptionKind) -> String {
    let pay = finance
        .option(kind)
        .lines
        .iter()
        .filter(|line| line.indexation == Indexation::Pay)
        .count();
    if pay == 0 || finance.pay_inflation == finance.inflation {
        return format!("{} a year on every line", finance.inflation);
    }
    format!(
        "pay inflation of {} a year on the {} marked \"pay\" in the option's lines, and non-pay inflation of {} a year on the rest",
        finance.pay_inflation,
        crate::format::plural(pay, "line"),
        finance.inflation
    )
}

/// A sentence on the savings the cash view leaves out, if there are any.
fn non_cash_note(finance: &Finance, kind: OptionKind) -> String {
    let lines: Vec<&FinanceLine> = finance.non_cash_savings(kind).collect();
    if lines.is_empty() {
        return String::new();
    }
    let sum: i128 = lines
        .iter()
        .flat_map(|line| line.within(finance.years))
        .map(|amount| i128::from(amount.pence()))
        .sum();
    let total = i64::try_from(sum).map_or_else(
        |_| "too much to add up".to_owned(),
        |p| Money(p).whole_pounds(),
    );
    format!(
        " Non-cash-releasing savings ({total} in real prices) are value, not money a force can take out of its budget, so they are left out too."
    )
}

/// The year-by-year table of cash, capital and revenue apart, and its chart.
fn by_year(finance: &Finance, years: &[Parts], total: &Parts, paper: &mut Paper) {
    paper.push(year_table(
        finance,
        years,
        total,
        vec![
            Column::text("Year", 0.9),
            Column::figure("Capital costs", 1.15),
            Column::figure("Revenue costs", 1.15),
            Column::figure("Capital savings", 1.15),
            Column::figure("Revenue savings", 1.15),
            Column::figure("Net saving", 1.15),
        ],
        |parts| {
            [
                parts.capital_costs,
                parts.revenue_costs,
                parts.capital_savings,
                parts.revenue_savings,
                parts.net,
            ]
        },
    ));
    paper.figure(
        "Costs against savings by year, in cash prices",
        Chart::CostsSavings {
            years: years
                .iter()
                .enumerate()
                .map(|(year, parts)| {
                    (
                        finance.year_label(year),
                        parts.costs.as_pounds_f64(),
                        parts.savings.as_pounds_f64(),
                    )
                })
                .collect(),
        },
        years
            .iter()
            .enumerate()
            .map(|(year, parts)| {
                format!(
                    "{}: costs {}, savings {}.",
                    finance.year_label(year),
                    parts.costs.whole_pounds(),
                    parts.savings.whole_pounds()
                )
            })
            .collect(),
    );
}

/// Each force's position: the summary over the period, then each force year by year.
fn force_positions(case: &Case, positions: &ForcePositions, paper: &mut Paper) {
    let finance = &case.finance;
    let savings = match finance.savings_share {
        SavingsShare::BySplit => "and its share of the savings",
        SavingsShare::WhereTheyFall => "and keeps the savings that fall in it",
    };
    let falls = finance
        .option(positions.option)
        .lines
        .iter()
        .filter(|line| line.is_cash() && matches!(line.falls_in, FallsIn::Force(_)))
        .count();
    let falls = if falls == 0 {
        "Every line is shared between the forces.".to_owned()
    } else {
        format!(
            "Of its lines, {} {} in one force; the rest are shared.",
            crate::format::plural(falls, "line"),
            crate::format::agree(falls, "falls", "fall")
        )
    };
    paper.field(Anchor::SplitMethod).paragraph(format!(
        "Costs and savings are counted first where they fall, then balancing payments settle the agreed split ({}): each force bears its share of the costs {savings}. {falls} A positive balancing payment is received, a negative one made.",
        finance.split.label().to_lowercase()
    ));
    let rows = positions
        .forces
        .iter()
        .enumerate()
        .map(|(i, position)| {
            vec![
                Cell::Text(
                    case.partners
                        .forces
                        .get(i)
                        .map_or_else(|| cell(&position.force), |force| force.display_name(i)),
                ),
                Cell::Percentage(position.share),
                Cell::Money(position.total.costs),
                Cell::Money(position.total.savings),
                Cell::Money(position.total.balancing),
                Cell::Money(position.total.net),
            ]
        })
        .collect();
    paper.table(
        vec![
            Column::text("Force", 1.7),
            Column::figure("Share", 0.75),
            Column::figure("Costs where they fall", 1.2),
            Column::figure("Savings where they fall", 1.2),
            Column::figure("Balancing payments", 1.2),
            Column::figure("Net position", 1.1),
        ],
        rows,
    );
    for position in positions.forces.iter().filter(|p| p.is_net_contributor()) {
        paper.push(Block::Paragraph {
            style: ParagraphStyle::Strong,
            text: format!(
                "{} is a net contributor: over the period it pays {} more than it saves, after balancing payments.",
                position.force,
                (-position.total.net).whole_pounds()
            ),
        });
    }
    for (i, position) in positions.forces.iter().enumerate() {
        force_by_year(case, i, position, paper);
    }
}

/// One force's figures year by year.
fn force_by_year(case: &Case, index: usize, position: &ForcePosition, paper: &mut Paper) {
    let name = case
        .partners
        .forces
        .get(index)
        .map_or_else(|| cell(&position.force), |force| force.display_name(index));
    paper.push(Block::Paragraph {
        style: ParagraphStyle::Strong,
        text: format!("{name}, in cash prices"),
    });
    paper.push(year_table(
        &case.finance,
        &position.years,
        &position.total,
        vec![
            Column::text("Year", 0.9),
            Column::figure("Capital costs", 1.15),
            Column::figure("Revenue costs", 1.15),
            Column::figure("Savings", 1.15),
            Column::figure("Balancing payment", 1.2),
            Column::figure("Net", 1.1),
        ],
        |parts| {
            [
                parts.capital_costs,
                parts.revenue_costs,
                parts.savings,
                parts.balancing,
                parts.net,
            ]
        },
    ));
}

/// The preferred option's costs by funding source.
fn funding(finance: &Finance, kind: OptionKind, paper: &mut Paper) {
    paper.subsection("Funding");
    let rows = match finance.funding(kind, Prices::Cash) {
        Ok(rows) => rows,
        Err(error) => {
            paper.note(&format!("The funding cannot be added up: {error}."));
            return;
        }
    };
    let table = rows
        .iter()
        .map(|row| {
            let total =
                i64::try_from(i128::from(row.capital.pence()) + i128::from(row.revenue.pence()))
                    .map_or_else(|_| Cell::from("Too large"), |p| Cell::Money(Money(p)));
            vec![
                Cell::from(row.source.label()),
                Cell::Money(row.capital),
                Cell::Money(row.revenue),
                total,
            ]
        })
        .collect();
    paper.table_or_note(
        vec![
            Column::text("Funding source", 2.0),
            Column::figure("Capital", 1.2),
            Column::figure("Revenue", 1.2),
            Column::figure("Total (cash)", 1.2),
        ],
        table,
        "The preferred option has no costs to fund.",
    );
}

/// What the capital funded by borrowing costs the revenue budget: the minimum revenue
/// provision and interest by year. Printed only when the preferred option borrows; a case
/// that borrows without the settings gets a finding, and says so here.
fn capital_financing(finance: &Finance, kind: OptionKind, paper: &mut Paper) {
    let borrows = finance
        .borrowing(kind)
        .is_ok_and(|years| years.iter().any(|amount| *amount != Money::ZERO));
    if !borrows {
        return;
    }
    paper.subsection("Capital financing");
    let financing = match finance.financing(kind) {
        Ok(Some(financing)) => financing,
        Ok(None) => {
            paper.field(Anchor::CapitalFinancing).note(
                "The preferred option funds capital by borrowing, but the case does not yet say how the minimum revenue provision is worked out or over what asset life, so the revenue cost of the borrowing is not shown.",
            );
            return;
        }
        Err(error) => {
            paper.note(&format!("The financing cannot be worked out: {error}."));
            return;
        }
    };
    let settings = financing.settings;
    paper.field(Anchor::CapitalFinancing).paragraph(format!(
        "The capital funded by borrowing is charged to the revenue budget over the assets' life of {} years, by the minimum revenue provision (method: {}, one of those the statutory guidance on MRP allows), from the year after each sum is spent, with interest at {} a year on what is still owed. These are revenue costs each force's medium-term financial plan carries in addition to the cash figures above, which count the capital in the year it is spent; the economic case leaves financing out, as the Green Book does. What is still owed at the end of the period is repaid in later years.",
        settings.asset_life_years,
        settings.method.label().to_lowercase(),
        settings.interest_rate
    ));
    let total = financing.total();
    paper.push(year_table(
        finance,
        &financing.years,
        &total,
        vec![
            Column::text("Year", 0.9),
            Column::figure("Borrowed", 1.15),
            Column::figure("Minimum revenue provision", 1.3),
            Column::figure("Interest", 1.15),
            Column::figure("Revenue cost", 1.15),
            Column::figure("Owed at year end", 1.15),
        ],
        |year| {
            [
                year.borrowed,
                year.mrp,
                year.interest,
                year.revenue_cost(),
                year.owed,
            ]
        },
    ));
}

/// VAT: recovered by the policing bodies, and any line where it is not.
fn vat(finance: &Finance, kind: OptionKind, paper: &mut Paper) {
    paper.subsection("VAT");
    let lines: Vec<&FinanceLine> = finance.irrecoverable_vat(kind).collect();
    if lines.is_empty() {
        paper.paragraph(
            "Police and crime commissioners recover VAT under section 33 of the VAT Act 1994, so every amount is shown net of VAT; no line carries VAT that cannot be recovered.",
        );
        return;
    }
    paper.paragraph(
        "Police and crime commissioners recover VAT under section 33 of the VAT Act 1994, so amounts are shown net of VAT, except on these lines, where it cannot be recovered and is included in the amount:",
    );
    paper.push(Block::Bullets(
        lines
            .iter()
            .map(|line| {
                format!(
                    "{}: {} in real prices.",
                    cell(&line.label),
                    total(line, finance.years)
                )
            })
            .collect(),
    ));
}

fn financial_notes(finance: &Finance, paper: &mut Paper) {
    paper.subsection("Assumptions and affordability");
    paper.text_or_note(&finance.notes);
}

/// A table with a row for each appraisal year and a total row: the year's label (or "Total"),
/// then `figures` of that year in whole pounds. The cash view and each force's position are
/// laid out alike, so a reader compares them column for column.
fn year_table<T, const N: usize>(
    finance: &Finance,
    years: &[T],
    total: &T,
    columns: Vec<Column>,
    figures: impl Fn(&T) -> [Money; N],
) -> Block {
    let row = |label: Cell, parts: &T| {
        std::iter::once(label)
            .chain(figures(parts).into_iter().map(Cell::Money))
            .collect::<Vec<_>>()
    };
    let mut rows: Vec<Vec<Cell>> = years
        .iter()
        .enumerate()
        .map(|(year, parts)| row(Cell::Year(finance.year_start(year)), parts))
        .collect();
    rows.push(row(Cell::from("Total"), total));
    Block::Table(Table {
        columns,
        rows,
        total_row: true,
    })
}
