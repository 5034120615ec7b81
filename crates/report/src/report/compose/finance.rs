//! The economic case (every shortlisted option against business as usual, how robust the
//! choice is) and the financial case (what the preferred option costs and saves in cash, and
//! what each force pays and saves in each year).

use crate::case::finance::{
    Appraisal, FallsIn, Finance, FinanceLine, Flow, ForcePosition, ForcePositions,
    OptimismCategory, OptionResult, Parts, Prices, SavingsShare, Sensitivity,
};
use crate::case::money::{Money, Percent};
use crate::case::options::OptionKind;
use crate::case::{Anchor, Case};
use crate::report::document::{
    Block, Cell, Chart, Column, KeyValues, NpvBar, ParagraphStyle, Table, row,
};

use super::{Paper, cell};

/// The economic case.
pub(super) fn economic(case: &Case, paper: &mut Paper) {
    let finance = &case.finance;
    paper.section("Economic case");
    paper.field(Anchor::DiscountRate).paragraph(method(finance));
    let appraisal = match finance.appraise(&case.options) {
        Ok(appraisal) => appraisal,
        Err(error) => {
            paper.note(&format!(
                "The options cannot be appraised: {error}. Check the amounts, which are in pounds."
            ));
            return;
        }
    };
    if appraisal
        .options()
        .all(|result| finance.option(result.kind).lines.is_empty())
        && finance.option(OptionKind::BusinessAsUsual).lines.is_empty()
    {
        paper.note("No costs or savings have been entered for any option yet.");
        return;
    }
    paper.subsection("Options against business as usual");
    options_table(&appraisal, paper);
    comparator_note(case, paper);
    preferred_statement(case, &appraisal, paper);
    npv_chart(case, &appraisal, paper);
    optimism_bias(case, &appraisal, paper);
    unpriced_benefits(case, &appraisal, paper);
    paper.subsection("Sensitivity and switching values");
    match finance.sensitivity(&case.options, &appraisal) {
        Ok(Some(sensitivity)) => sensitivity_tables(&sensitivity, paper),
        Ok(None) => paper.note(
            "Sensitivity is shown for the preferred option once one option other than business as usual is preferred.",
        ),
        Err(error) => paper.note(&format!("The sensitivity cannot be worked out: {error}.")),
    }
    paper.subsection("Each option's costs and savings");
    for result in &appraisal.results {
        option_lines(finance, result, paper);
    }
}

/// Why a total can differ by £1 from the sum of the figures shown beside it: the arithmetic
/// is exact to the penny (parts add up to their totals), and each figure is rounded to the
/// pound only when it is printed. A finance officer who adds up a row checks this first.
const ROUNDING: &str = "Figures are worked out to the penny and each is rounded to the nearest pound when shown, so a total can differ by £1 from the sum of the rounded figures beside it.";

/// How the options were appraised, in a paragraph a committee member can follow.
fn method(finance: &Finance) -> String {
    let adjustment = if finance.savings_adjustment == Percent(0) {
        String::new()
    } else {
        format!(
            " Savings are reduced by {} because savings estimates are optimistic too.",
            finance.savings_adjustment
        )
    };
    format!(
        "Each option on the short list, and any other option given figures, is appraised against business as usual over {} years from {}, in real prices, discounted at {} a year as the Green Book requires. What business as usual would spend and an option does not counts as a saving of that option; what business as usual would save and the option does not, as a cost. Costs carry an optimism-bias uplift for their category (below), applied alike to every option.{adjustment} {ROUNDING}",
        finance.years,
        finance.year_label(0),
        finance.discount_rate,
    )
}

/// The table of every appraised option's measures.
fn options_table(appraisal: &Appraisal, paper: &mut Paper) {
    let rows = appraisal
        .results
        .iter()
        .map(|result| {
            let m = &result.measures;
            if result.is_comparator() {
                vec![
                    Cell::from(result.kind.label()),
                    Cell::from(result.status.label()),
                    Cell::from("—"),
                    Cell::from("—"),
                    Cell::Money(Money::ZERO),
                    Cell::from("—"),
                    Cell::from("—"),
                    Cell::Count(result.rank as u64),
                ]
            } else {
                vec![
                    Cell::from(result.kind.label()),
                    Cell::from(result.status.label()),
                    Cell::Money(m.pv_costs),
                    Cell::Money(m.pv_savings),
                    Cell::Money(m.npv),
                    Cell::Text(m.ratio_label()),
                    Cell::from(m.payback.label()),
                    Cell::Count(result.rank as u64),
                ]
            }
        })
        .collect();
    paper.table(
        vec![
            Column::text("Option", 1.35),
            Column::text("Status", 1.15),
            Column::figure("PV costs", 1.15),
            Column::figure("PV savings", 1.15),
            Column::figure("NPV", 1.15),
            Column::figure("BCR", 0.7),
            Column::text("Payback", 0.95),
            Column::figure("Rank", 0.55),
        ],
        rows,
    );
}

/// What business as usual itself would cost, counted in every other option as avoided.
fn comparator_note(case: &Case, paper: &mut Paper) {
    let finance = &case.finance;
    let baseline = finance.option(OptionKind::BusinessAsUsual);
    let text = if baseline.lines.is_empty() {
        "Business as usual is the comparator, at zero: it has no costs or savings beyond today's budgets.".to_owned()
    } else {
        match finance.own_present_values(OptionKind::BusinessAsUsual) {
            Ok((costs, savings)) => format!(
                "Business as usual is the comparator, at zero. Carrying on as now would cost {} more than today's budgets in present value (with optimism bias){}; every other option counts that as avoided.",
                costs.whole_pounds(),
                if savings == Money::ZERO {
                    String::new()
                } else {
                    format!(" and save {}", savings.whole_pounds())
                }
            ),
            Err(error) => format!("Business as usual's own figures cannot be worked out: {error}."),
        }
    };
    paper.paragraph(format!(
        "{text} PV: present value; NPV: net present value (PV savings less PV costs); BCR: benefit–cost ratio (PV savings divided by PV costs). Payback is the first year from which the cumulative cash saving against business as usual stays above zero."
    ));
}

/// Where the preferred option stands, and what it is preferred over.
fn preferred_statement(case: &Case, appraisal: &Appraisal, paper: &mut Paper) {
    let Some(preferred) = case.options.preferred() else {
        paper.note("No option has been marked as preferred yet.");
        return;
    };
    let Some(result) = appraisal.get(preferred) else {
        return;
    };
    let name = preferred.label();
    if result.is_comparator() {
        paper.paragraph(format!(
            "The recommendation is to carry on as now: business as usual is preferred, and ranks {} of {} by net present value.",
            result.rank,
            appraisal.results.len()
        ));
        return;
    }
    let mut text = format!(
        "The preferred option ({name}) has a net present value of {} against business as usual and ranks {} of {}.",
        result.measures.npv.whole_pounds(),
        result.rank,
        appraisal.results.len()
    );
    if let Some(better) = appraisal
        .ranked()
        .into_iter()
        .find(|other| other.kind != preferred && other.measures.npv > result.measures.npv)
    {
        text.push_str(&format!(
            " {} has a higher net present value ({}); the options appraisal sets out why the preferred option is chosen nonetheless.",
            better.kind.label(),
            better.measures.npv.whole_pounds()
        ));
    }
    paper.paragraph(text);
    if result.measures.npv < Money::ZERO {
        paper.push(Block::Paragraph {
            style: ParagraphStyle::Strong,
            text: "Why the preferred option is value for money".to_owned(),
        });
        paper
            .field(Anchor::ValueForMoney)
            .text_or_note(&case.finance.value_for_money);
    }
}

/// The bar chart of net present values, with the same in words.
fn npv_chart(case: &Case, appraisal: &Appraisal, paper: &mut Paper) {
    let preferred = case.options.preferred();
    let bars = appraisal
        .results
        .iter()
        .map(|result| NpvBar {
            label: result.kind.label().to_owned(),
            pounds: result.measures.npv.as_pounds_f64(),
            preferred: preferred == Some(result.kind),
        })
        .collect();
    let description = appraisal
        .results
        .iter()
        .map(|result| {
            let note = if preferred == Some(result.kind) {
                " (preferred)"
            } else if result.is_comparator() {
                " (the comparator)"
            } else {
                ""
            };
            format!(
                "{}{note}: {}.",
                result.kind.label(),
                result.measures.npv.whole_pounds()
            )
        })
        .collect();
    paper.figure(
        "Net present value of each option against business as usual",
        Chart::NetPresentValues { bars },
        description,
    );
}

/// The rates used, with the Green Book's range beside each, and any option's own rates.
fn optimism_bias(case: &Case, appraisal: &Appraisal, paper: &mut Paper) {
    let finance = &case.finance;
    paper.subsection("Optimism bias");
    let used =
        |category: OptimismCategory| {
            appraisal.results.iter().any(|result| {
                finance.option(result.kind).lines.iter().any(
                    |line| matches!(line.flow, Flow::Cost { category: c, .. } if c == category),
                )
            })
        };
    let rows: Vec<Vec<Cell>> = OptimismCategory::ALL
        .into_iter()
        .filter(|category| used(*category))
        .map(|category| {
            vec![
                Cell::from(category.label()),
                Cell::Percentage(finance.optimism_rates.rate(category)),
                category
                    .bounds()
                    .map_or("Set by the case".to_owned(), |bounds| {
                        format!("{} to {}", bounds.lower, bounds.upper)
                    })
                    .into(),
                Cell::from(category.applies_to()),
            ]
        })
        .collect();
    paper.table_or_note(
        vec![
            Column::text("Category", 2.0),
            Column::figure("Uplift", 0.8),
            Column::text("Green Book range", 1.4),
            Column::text("Applied to", 1.2),
        ],
        rows,
        "No option has costs yet, so no optimism bias is applied.",
    );
    paper.items_from(
        OptimismCategory::ALL
            .into_iter()
            .filter(|category| used(*category))
            .map(|category| Some(Anchor::OptimismRate(category))),
    );
    let mut alike = true;
    for result in &appraisal.results {
        let Some(own) = &finance.option(result.kind).own_rates else {
            continue;
        };
        if !finance.rates_differ(result.kind) {
            continue;
        }
        alike = false;
        let rates: Vec<String> = OptimismCategory::ALL
            .into_iter()
            .filter(|category| {
                own.optimism_rates.rate(*category) != finance.optimism_rates.rate(*category)
            })
            .map(|category| {
                format!(
                    "{} {}",
                    category.label().to_lowercase(),
                    own.optimism_rates.rate(category)
                )
            })
            .collect();
        let mut what = rates.join(", ");
        if own.savings_adjustment != finance.savings_adjustment {
            if !what.is_empty() {
                what.push_str("; ");
            }
            what.push_str(&format!("savings reduced by {}", own.savings_adjustment));
        }
        paper
            .field(Anchor::OwnRates(result.kind))
            .paragraph(format!(
                "{} is appraised with rates of its own ({what}): {}",
                result.kind.label(),
                cell(&own.reason)
            ));
    }
    if alike {
        paper.paragraph("The same rates apply to every option.");
    }
}

/// Each option's benefits that cannot be priced.
fn unpriced_benefits(case: &Case, appraisal: &Appraisal, paper: &mut Paper) {
    paper.subsection("Benefits that cannot be priced");
    let pairs: Vec<(&str, String)> = appraisal
        .results
        .iter()
        .filter_map(|result| {
            let text = case.finance.option(result.kind).unpriced_benefits.trim();
            (!text.is_empty()).then(|| (result.kind.label(), text.to_owned()))
        })
        .collect();
    if pairs.is_empty() {
        paper.note(super::NOT_PROVIDED);
    } else {
        paper.key_values(pairs);
    }
}

/// The sensitivity table and the two switching values.
fn sensitivity_tables(sensitivity: &Sensitivity, paper: &mut Paper) {
    let preferred = sensitivity.preferred.label();
    let mut columns = vec![
        Column::text("Scenario", 1.6),
        Column::figure(&format!("{preferred} NPV"), 1.3),
        Column::figure("BCR", 0.6),
    ];
    if let Some(runner_up) = sensitivity.runner_up {
        columns.push(Column::figure(&format!("{} NPV", runner_up.label()), 1.3));
        columns.push(Column::figure("BCR", 0.6));
        columns.push(Column::text("Preferred still first", 1.0));
    }
    let rows = sensitivity
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![
                Cell::Text(row.scenario.label()),
                Cell::Money(row.preferred.npv),
                Cell::Text(row.preferred.ratio_label()),
            ];
            if let Some(runner_up) = &row.runner_up {
                cells.push(Cell::Money(runner_up.npv));
                cells.push(Cell::Text(runner_up.ratio_label()));
                cells.push(Cell::from(if row.preferred_still_best() {
                    "Yes"
                } else {
                    "No"
                }));
            }
            cells
        })
        .collect();
    paper.table(columns, rows);
    let mut pairs = vec![(
        "Net present value reaches zero".to_owned(),
        format!(
            "if the preferred option's savings fall by {}",
            sensitivity.to_zero.phrase()
        ),
    )];
    if let Some((second, value)) = &sensitivity.to_second {
        pairs.push((
            format!("{} ranks first", second.label()),
            format!("if they fall by {}", value.phrase()),
        ));
    }
    paper.push(Block::KeyValues(KeyValues { pairs }));
    paper.paragraph(
        "Falls are in the present value of savings against business as usual, as a share of it. The runner-up is the option with the next-highest net present value.",
    );
}

/// One option's lines, in a table with their totals.
fn option_lines(finance: &Finance, result: &OptionResult, paper: &mut Paper) {
    let lines = &finance.option(result.kind).lines;
    if lines.is_empty() {
        return;
    }
    paper.push(Block::Paragraph {
        style: ParagraphStyle::Strong,
        text: format!(
            "{}: {}",
            result.kind.label(),
            result.status.label().to_lowercase()
        ),
    });
    let (rates, _) = finance.rates_for(result.kind);
    let mut rows: Vec<Vec<Cell>> = lines
        .iter()
        .map(|line| {
            let uplift = match line.flow {
                Flow::Cost { category, .. } => {
                    format!("{} {}", category.label(), rates.rate(category))
                }
                Flow::Saving { .. } => "—".to_owned(),
            };
            row([
                Cell::from(cell(&line.label)),
                Cell::Text(line.description()),
                Cell::from(line.falls_in.label()),
                Cell::Text(uplift),
                total(line),
            ])
        })
        .collect();
    rows.push(vec![
        Cell::from("Net saving (cash)"),
        Cell::from(""),
        Cell::from(""),
        Cell::from(""),
        Cell::Money(result.total_net()),
    ]);
    paper
        .field(Anchor::FinanceOption(result.kind))
        .push(Block::Table(Table {
            columns: vec![
                Column::text("Line", 2.4),
                Column::text("Type", 1.5),
                Column::text("Falls in", 1.2),
                Column::text("Optimism bias", 1.3),
                Column::figure("Total", 1.1),
            ],
            rows,
            total_row: true,
        }));
    paper.items_from((0..lines.len()).map(|i| Some(Anchor::FinanceLine(result.kind, i))));
}

/// A line's total: an amount, or a note where it is too large to add up.
fn total(line: &FinanceLine) -> Cell {
    line.total()
        .map_or_else(|| Cell::from("Too large"), Cell::Money)
}

/// The financial case, for the preferred option.
pub(super) fn financial(case: &Case, paper: &mut Paper) {
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
        "This is what the preferred option ({}) costs and saves in cash: the figures the forces' medium-term financial plans hold, in cash prices, the {} prices the case is costed in raised by inflation of {} a year. Optimism bias belongs to the appraisal and is left out here.{} {ROUNDING}",
        kind.label(),
        finance.year_label(0),
        finance.inflation,
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
    paper.subsection("Each force's position");
    match finance.force_positions(kind, &case.partners.forces, Prices::Cash) {
        Ok(Some(positions)) => force_positions(case, &positions, paper),
        Ok(None) => paper.note(
            "Each force's share cannot be worked out yet: add the forces and their budgets or agreed shares.",
        ),
        Err(error) => paper.note(&format!("The positions cannot be worked out: {error}.")),
    }
    funding(finance, kind, paper);
    vat(finance, kind, paper);
    financial_notes(finance, paper);
}

/// A sentence on the savings the cash view leaves out, if there are any.
fn non_cash_note(finance: &Finance, kind: OptionKind) -> String {
    let lines: Vec<&FinanceLine> = finance.non_cash_savings(kind).collect();
    if lines.is_empty() {
        return String::new();
    }
    let sum: i128 = lines
        .iter()
        .flat_map(|line| &line.amounts)
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
            .map(|line| format!("{}: {} in real prices.", cell(&line.label), total(line)))
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
