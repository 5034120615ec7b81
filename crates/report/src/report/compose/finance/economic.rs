//! The economic case: every shortlisted option against business as usual, and how robust the
//! choice is.

use crate::case::finance::{
    Appraisal, Finance, Flow, OptimismCategory, OptionResult, Sensitivity, Spending, UpliftSwitch,
};
use crate::case::money::{Money, Percent};
use crate::case::options::OptionKind;
use crate::case::{Anchor, Case};
use crate::report::document::{
    Block, Cell, Chart, Column, KeyValues, NpvBar, ParagraphStyle, Table, row,
};

use super::{ROUNDING, line_total as total};
use crate::report::compose::{Paper, cell};

/// The economic case.
pub(in crate::report::compose) fn economic(case: &Case, paper: &mut Paper) {
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
    residual_and_sunk(case, &appraisal, paper);
    unpriced_benefits(case, &appraisal, paper);
    paper.subsection("Sensitivity and switching values");
    match finance.sensitivity(&case.options, &appraisal) {
        Ok(Some(sensitivity)) => sensitivity_tables(finance.years, &sensitivity, paper),
        Ok(None) => paper.note(
            "Sensitivity is shown for the preferred option once one option other than business as usual is preferred.",
        ),
        Err(error) => paper.note(&format!("The sensitivity cannot be worked out: {error}.")),
    }
    paper.subsection("Each option's costs and savings");
    paper.paragraph(
        "Each line's total is over the appraisal period in real prices, before optimism bias and discounting. \"Net saving (cash)\" is the option's own cash-releasing savings and cost avoidance less its costs, not against business as usual; non-cash-releasing savings are left out of it.",
    );
    for result in &appraisal.results {
        option_lines(finance, result, paper);
    }
}

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
        "Each option on the short list, and any other option given figures, is appraised against business as usual over {} years from {}, in real prices, discounted at {} a year as the Green Book requires (year 0 is not discounted). What business as usual would spend and an option does not counts as a saving of that option; what business as usual would save and the option does not, as a cost. Costs carry an optimism-bias uplift for their category (below), applied alike to every option. Present values count every saving, non-cash-releasing ones too; cash figures and payback count only cash-releasing savings and cost avoidance.{adjustment} {ROUNDING}",
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
            Column::text("Payback (cash)", 0.95),
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
            Ok(own) => format!(
                "Business as usual is the comparator, at zero. Carrying on as now would cost {} more than today's budgets in present value (with optimism bias){}; every other option counts that as avoided.",
                own.costs.whole_pounds(),
                if own.savings == Money::ZERO {
                    String::new()
                } else {
                    format!(" and save {}", own.savings.whole_pounds())
                }
            ),
            Err(error) => format!("Business as usual's own figures cannot be worked out: {error}."),
        }
    };
    paper.paragraph(format!(
        "{text} PV: present value; NPV: net present value (PV savings less PV costs); BCR: benefit–cost ratio (PV savings divided by PV costs). Payback (cash) is the first year from which the cumulative saving against business as usual stays at or above zero to the end of the period, read from undiscounted cash in real prices without optimism bias: the option's cash-releasing savings and cost avoidance and the costs business as usual would have met, less the option's costs and what business as usual would have saved in cash. Non-cash-releasing savings never count towards it."
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
            " {} has a higher net present value ({}).",
            better.kind.label(),
            better.measures.npv.whole_pounds()
        ));
        paper.paragraph(text);
        reason(
            paper,
            Anchor::WhyNotHighestNpv,
            "Why the preferred option is chosen nonetheless",
            &case.options.why_not_highest_npv,
            "The case does not yet say why the preferred option is chosen over one with a higher net present value.",
        );
    } else {
        paper.paragraph(text);
    }
    if result.measures.npv < Money::ZERO {
        reason(
            paper,
            Anchor::ValueForMoney,
            "Why the preferred option is value for money",
            &case.finance.value_for_money,
            "The case does not yet say why the preferred option is value for money although its net present value is negative.",
        );
    }
}

/// A reason the case gives, under its heading, or a note saying it is missing: never a
/// heading that promises what does not follow.
fn reason(paper: &mut Paper, anchor: Anchor, heading: &str, text: &str, missing: &str) {
    if text.trim().is_empty() {
        paper.note(missing);
        return;
    }
    paper.push(Block::Paragraph {
        style: ParagraphStyle::Strong,
        text: heading.to_owned(),
    });
    paper.field(anchor).text_or_note(text);
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
    let kinds: Vec<OptionKind> = appraisal.results.iter().map(|result| result.kind).collect();
    let (used, rows): (Vec<OptimismCategory>, Vec<Vec<Cell>>) = OptimismCategory::ALL
        .into_iter()
        .filter_map(|category| {
            let spending = finance.costs_in_category(category, &kinds);
            let applied = match (
                spending.contains(&Spending::Capital),
                spending.contains(&Spending::Revenue),
            ) {
                (true, true) => "Capital and revenue costs",
                (true, false) => "Capital costs",
                (false, true) => "Revenue costs",
                (false, false) => return None,
            };
            let range = category
                .bounds()
                .map_or("Set by the case".to_owned(), |bounds| {
                    format!(
                        "{} to {} of {}",
                        bounds.lower,
                        bounds.upper,
                        category.applies_to()
                    )
                });
            Some((
                category,
                vec![
                    Cell::from(category.label()),
                    Cell::Percentage(finance.optimism_rates.rate(category)),
                    Cell::Text(range),
                    Cell::from(applied),
                ],
            ))
        })
        .unzip();
    if !rows.is_empty() {
        paper.paragraph(
            "Each uplift is applied, in every year before discounting, to every cost line in its category, capital or revenue alike, as the last column says; the Green Book's range is what its guidance gives for that category.",
        );
    }
    paper.table_or_note(
        vec![
            Column::text("Category", 1.7),
            Column::figure("Uplift", 0.7),
            Column::text("Green Book range", 1.7),
            Column::text("Applied here to", 1.4),
        ],
        rows,
        "No option has costs yet, so no optimism bias is applied.",
    );
    paper.items_from(
        used.into_iter()
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

/// Residual values counted at the end of the period, and the sunk costs left out.
fn residual_and_sunk(case: &Case, appraisal: &Appraisal, paper: &mut Paper) {
    let finance = &case.finance;
    paper.subsection("Residual values and sunk costs");
    let mut items = Vec::new();
    for result in &appraisal.results {
        for line in finance.residual_values(result.kind) {
            items.push(format!(
                "{}: {}, {} in real prices.",
                result.kind.label(),
                cell(&line.label),
                total(line, finance.years)
            ));
        }
    }
    let last = finance.year_label(finance.years.saturating_sub(1));
    let term = if finance.agreement_years > finance.years {
        format!(
            " The appraisal covers {} years of a {}-year agreement.",
            finance.years, finance.agreement_years
        )
    } else {
        String::new()
    };
    if items.is_empty() {
        paper.paragraph(format!(
            "No residual values are counted: no asset is valued at the end of the period.{term}"
        ));
    } else {
        paper.paragraph(format!(
            "Residual values, what assets are still worth at the end of the period, are counted as savings of their option in its last year ({last}) and discounted there; they are not cash, so the financial case leaves them out.{term}"
        ));
        paper.push(Block::Bullets(items));
    }
    paper.push(Block::Paragraph {
        style: ParagraphStyle::Strong,
        text: "Sunk costs left out".to_owned(),
    });
    paper.text_or_note(&finance.sunk_costs);
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
        paper.paragraph(
            "The case lists no benefits beyond those priced in the figures above for any option.",
        );
    } else {
        paper.key_values(pairs);
    }
}

/// The sensitivity table, what each scenario shocks, and the switching values.
fn sensitivity_tables(years: usize, sensitivity: &Sensitivity, paper: &mut Paper) {
    let preferred = sensitivity.preferred.label();
    paper.paragraph(format!(
        "Each scenario changes only the option's own figures: its own savings (after any savings adjustment), or its own costs with optimism bias. Business as usual's figures, and the business-as-usual costs an option avoids, stay as they are. \"Its own savings 10% lower\" takes 10% of the present value of its own savings off its present value of savings against business as usual; \"its own costs 10% higher\" adds 10% of the present value of its own costs; \"its own savings a year later\" moves each year's own savings one year on within the same {}-year period, so the last year's fall outside it. The preferred option's own savings are {} in present value and its own costs {} ({} before optimism bias).",
        years,
        sensitivity.own_pv_savings.whole_pounds(),
        sensitivity.own_pv_costs.whole_pounds(),
        sensitivity.own_pv_costs_before_bias.whole_pounds(),
    ));
    let mut columns = vec![
        Column::text("Scenario", 1.6),
        Column::figure(&format!("{preferred} NPV"), 1.2),
        Column::figure(&format!("{preferred} BCR"), 0.8),
    ];
    if let Some(runner_up) = sensitivity.runner_up {
        columns.push(Column::figure(&format!("{} NPV", runner_up.label()), 1.2));
        columns.push(Column::figure(&format!("{} BCR", runner_up.label()), 0.8));
        columns.push(Column::text("Preferred still first", 0.9));
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
            "if the preferred option's own savings fall by {}",
            sensitivity.to_zero.phrase()
        ),
    )];
    if let Some((second, value)) = &sensitivity.to_second {
        pairs.push((
            format!("{} ranks first", second.label()),
            format!("if its own savings fall by {}", value.phrase()),
        ));
    }
    if let Some((second, uplift)) = &sensitivity.uplift_to_second {
        let text = match uplift {
            UpliftSwitch::At { current, switching } => format!(
                "if the optimism-bias uplift on the preferred option's own costs, the same on every category, rises to {switching} (it is {current} on them as a whole now)"
            ),
            UpliftSwitch::AlreadyCrossed => "already, at today's optimism bias".to_owned(),
            UpliftSwitch::NoOwnCosts => {
                "at no uplift: the preferred option has no costs of its own".to_owned()
            }
        };
        pairs.push((
            format!("{} overtakes it on optimism bias", second.label()),
            text,
        ));
    }
    paper.push(Block::KeyValues(KeyValues { pairs }));
    paper.paragraph(
        "Switching values are falls in the present value of the preferred option's own savings, each as a share of them; the optimism-bias switching value is the uplift on its own costs before optimism bias at which its net present value falls to the next-best option's. The runner-up is the option with the next-highest net present value; the next-best may be business as usual, at zero.",
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
                total(line, finance.years),
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
