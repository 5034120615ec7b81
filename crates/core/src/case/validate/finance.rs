//! The economic and financial case: figures for every shortlisted option, plausible amounts
//! and rates, optimism bias applied alike, and the positions a finance officer will ask about.

use super::{Anchor, Findings, blank};
use crate::case::Case;
use crate::case::finance::limits::{
    FIRST_YEARS, MAX_DISCOUNT_RATE, MAX_INFLATION, MAX_OPTIMISM_RATE, MAX_SAVINGS_ADJUSTMENT,
    MAX_YEARLY_AMOUNT,
};
use crate::case::finance::{
    FallsIn, Finance, FinanceLine, Flow, FlowKind, GREEN_BOOK_DISCOUNT_RATE, OptimismCategory,
    OptimismRates, Prices, SplitMethod,
};
use crate::case::money::{Money, Percent};
use crate::case::options::{OptionKind, OptionStatus};

pub(super) fn check(case: &Case, out: &mut Findings) {
    let finance = &case.finance;
    settings(finance, out);
    rates(&finance.optimism_rates, out, Anchor::OptimismRate);
    for kind in OptionKind::ALL {
        option(case, kind, out);
    }
    if finance.split == SplitMethod::ByRevenueBudget
        && case.partners.forces.len() >= 2
        && finance.shares(&case.partners.forces).is_none()
    {
        out.error(
            Anchor::SplitMethod,
            "Costs are split by revenue budget, but no force has a budget.",
        );
    }
    results(case, out);
}

/// The period and the rates that apply to every option.
fn settings(finance: &Finance, out: &mut Findings) {
    if !FIRST_YEARS.contains(&finance.first_year) {
        out.error(
            Anchor::FirstYear,
            format!(
                "The appraisal starts in {}: give a year from {} to {}.",
                finance.first_year,
                FIRST_YEARS.start(),
                FIRST_YEARS.end()
            ),
        );
    }
    if finance.discount_rate > MAX_DISCOUNT_RATE {
        out.error(
            Anchor::DiscountRate,
            format!(
                "A discount rate of {} a year is not plausible: give a rate from 0% to {MAX_DISCOUNT_RATE} (the Green Book rate is {GREEN_BOOK_DISCOUNT_RATE}).",
                finance.discount_rate
            ),
        );
    } else if finance.discount_rate != GREEN_BOOK_DISCOUNT_RATE {
        out.hint(
            Anchor::DiscountRate,
            format!(
                "The discount rate is {}; the Green Book rate is {GREEN_BOOK_DISCOUNT_RATE}. Say why in the notes.",
                finance.discount_rate
            ),
        );
    }
    for (what, rate) in [
        ("Inflation", finance.inflation),
        ("Pay inflation", finance.pay_inflation),
    ] {
        if rate > MAX_INFLATION {
            out.error(
                Anchor::Inflation,
                format!(
                    "{what} of {rate} a year is not plausible: give a rate from 0% to {MAX_INFLATION}."
                ),
            );
        }
    }
    if finance.savings_adjustment > MAX_SAVINGS_ADJUSTMENT {
        out.error(
            Anchor::SavingsAdjustment,
            format!(
                "Savings cannot be reduced by {}: give an adjustment from 0% to 100%.",
                finance.savings_adjustment
            ),
        );
    }
}

/// Each category's rate: plausible, and within the Green Book's bounds or explained.
fn rates(rates: &OptimismRates, out: &mut Findings, anchor: impl Fn(OptimismCategory) -> Anchor) {
    for category in OptimismCategory::ALL {
        let rate = rates.rate(category);
        let name = category.label();
        if rate > MAX_OPTIMISM_RATE {
            out.error(
                anchor(category),
                format!(
                    "An optimism bias of {rate} on {} is not plausible: give a rate from 0% to {MAX_OPTIMISM_RATE}.",
                    name.to_lowercase()
                ),
            );
        } else if let Some(bounds) = category.bounds()
            && (rate < bounds.lower || rate > bounds.upper)
        {
            out.hint(
                anchor(category),
                format!(
                    "The optimism bias on {} is {rate}, outside the Green Book's range of {} to {}. Say why in the notes.",
                    name.to_lowercase(),
                    bounds.lower,
                    bounds.upper
                ),
            );
        }
    }
}

/// One option's lines and rates, and whether a shortlisted option has figures at all.
fn option(case: &Case, kind: OptionKind, out: &mut Findings) {
    let finance = &case.finance;
    let figures = finance.option(kind);
    let name = kind.label();
    let status = case
        .options
        .appraisals
        .get(&kind)
        .map_or(OptionStatus::default(), |a| a.status);
    if let Some(own) = &figures.own_rates {
        if OptimismCategory::ALL
            .into_iter()
            .any(|category| own.optimism_rates.rate(category) > MAX_OPTIMISM_RATE)
            || own.savings_adjustment > MAX_SAVINGS_ADJUSTMENT
        {
            out.error(
                Anchor::OwnRates(kind),
                format!(
                    "{name} has its own rates outside what is plausible: optimism bias from 0% to {MAX_OPTIMISM_RATE}, a savings adjustment from 0% to 100%."
                ),
            );
        }
        if finance.rates_differ(kind) && blank(&own.reason) {
            out.warning(
                Anchor::OwnRates(kind),
                format!(
                    "{name} has its own optimism-bias rates without a reason. A fair comparison treats every option alike: say why this one differs, or use the case's rates."
                ),
            );
        }
    }
    for (i, line) in figures.lines.iter().enumerate() {
        line_findings(case, kind, i, line, out);
    }
    if figures.lines.is_empty() {
        match status {
            OptionStatus::Preferred if kind != OptionKind::BusinessAsUsual => out.error(
                Anchor::FinanceOption(kind),
                format!("The preferred option, {name}, has no costs or savings."),
            ),
            OptionStatus::Shortlisted => out.warning(
                Anchor::FinanceOption(kind),
                format!(
                    "{name} is on the short list but has no figures: the economic case compares every shortlisted option with business as usual."
                ),
            ),
            _ => {}
        }
        return;
    }
    let (rates, _) = finance.rates_for(kind);
    let unbiased: Vec<usize> = figures
        .lines
        .iter()
        .enumerate()
        .filter(|(_, line)| match line.flow {
            Flow::Cost { category, .. } => rates.rate(category) == Percent(0),
            Flow::Saving { .. } => false,
        })
        .filter(|(_, line)| line.amounts.iter().any(|a| *a != Money::ZERO))
        .map(|(i, _)| i)
        .collect();
    if let Some(first) = unbiased.first() {
        out.hint(
            Anchor::FinanceLine(kind, *first),
            format!(
                "{} of {name} {} no optimism bias; the Green Book expects an uplift until costs are firm. Give each cost its category.",
                crate::format::plural(unbiased.len(), "cost line"),
                crate::format::agree(unbiased.len(), "carries", "carry"),
            ),
        );
    }
    if status == OptionStatus::Preferred
        && !figures
            .lines
            .iter()
            .any(|line| line.kind() == FlowKind::Saving)
    {
        out.hint(
            Anchor::FinanceOption(kind),
            "The preferred option has no savings lines. If the case is about effectiveness rather than savings, say so in its benefits that cannot be priced.",
        );
    }
}

/// One line: described, positive, plausible, and in a force that is a partner.
fn line_findings(case: &Case, kind: OptionKind, i: usize, line: &FinanceLine, out: &mut Findings) {
    let anchor = Anchor::FinanceLine(kind, i);
    let what = format!("Line {} of {}", i + 1, kind.label().to_lowercase());
    if blank(&line.label) {
        out.warning(anchor, format!("{what} has no description."));
    }
    let years = case.finance.years;
    if line.amounts.len() > years {
        let unused = line.amounts[years..]
            .iter()
            .filter(|amount| **amount != Money::ZERO)
            .count();
        out.warning(
            anchor,
            format!(
                "{what} has {} yearly amounts, but the appraisal covers {}: the amounts after {} ({} not zero) are left out of the appraisal and the paper. To remove them, change the number of years in the appraisal, which asks first.",
                line.amounts.len(),
                crate::format::plural(years, "year"),
                case.finance.year_label(years.saturating_sub(1)),
                unused
            ),
        );
    }
    let line = &FinanceLine {
        amounts: line.within(years).to_vec(),
        ..line.clone()
    };
    if line.amounts.iter().all(|amount| *amount == Money::ZERO) {
        out.warning(
            anchor,
            format!("{what} has no amounts: enter its figures by year, or remove it."),
        );
    }
    if line.amounts.iter().any(|amount| *amount < Money::ZERO) {
        out.warning(anchor, format!("{what} has a negative amount; enter amounts as positive and set the line to cost or saving."));
    }
    if let Some((year, amount)) = line.amounts.iter().enumerate().find(|(_, amount)| {
        amount.pence().unsigned_abs() > MAX_YEARLY_AMOUNT.pence().unsigned_abs()
    }) {
        out.error(
            anchor,
            format!(
                "{what} has {} in {}: more than {} in a year is not a plausible figure. Amounts are in pounds.",
                amount.whole_pounds(),
                case.finance.year_label(year),
                MAX_YEARLY_AMOUNT.whole_pounds()
            ),
        );
    }
    if let FallsIn::Force(name) = &line.falls_in
        && !case
            .partners
            .forces
            .iter()
            .any(|force| force.name.trim() == name.trim())
    {
        out.error(
            anchor,
            format!("{what} falls in {name}, which is not one of the forces: choose a force or make it shared."),
        );
    }
}

/// What the appraisal and the forces' positions show.
fn results(case: &Case, out: &mut Findings) {
    let finance = &case.finance;
    let appraisal = match finance.appraise(&case.options) {
        Ok(appraisal) => appraisal,
        Err(error) => {
            let crate::case::finance::FinanceError::TooLarge(kind) = error;
            out.error(
                Anchor::FinanceOption(kind),
                format!(
                    "{}: check the amounts, which are in pounds.",
                    crate::format::capitalised(&error.to_string())
                ),
            );
            return;
        }
    };
    let Some(preferred) = case
        .options
        .preferred()
        .filter(|kind| *kind != OptionKind::BusinessAsUsual)
    else {
        return;
    };
    if finance.option(preferred).lines.is_empty() {
        return;
    }
    if let Some(result) = appraisal.get(preferred)
        && result.measures.npv < Money::ZERO
        && blank(&finance.value_for_money)
    {
        out.warning(
            Anchor::ValueForMoney,
            format!(
                "The preferred option's net present value against business as usual is negative ({}). Say why it is still value for money.",
                result.measures.npv.whole_pounds()
            ),
        );
    }
    cash_findings(case, preferred, out);
    match finance.force_positions(preferred, &case.partners.forces, Prices::Cash) {
        Ok(Some(positions)) => {
            for position in positions.forces.iter().filter(|p| p.is_net_contributor()) {
                out.hint(
                    Anchor::SplitMethod,
                    format!(
                        "{} is a net contributor: over the period it pays {} more than it saves, after balancing payments. The paper says so; the committee will want to see what it gains besides money.",
                        position.force,
                        (-position.total.net).whole_pounds()
                    ),
                );
            }
        }
        Ok(None) => {}
        Err(error) => out.error(
            Anchor::FinanceOption(preferred),
            format!(
                "{}: check the amounts, which are in pounds.",
                crate::format::capitalised(&error.to_string())
            ),
        ),
    }
}

/// What a finance officer stops a paper for in its cash: a non-cash saving claimed as cash, a
/// savings target the case does not meet, no contingency on a full business case, and an
/// appraisal shorter than the agreement with no residual value.
fn cash_findings(case: &Case, preferred: OptionKind, out: &mut Findings) {
    let finance = &case.finance;
    for (i, benefit) in case.management.benefits.iter().enumerate() {
        if benefit.kind != crate::case::management::BenefitKind::CashReleasing {
            continue;
        }
        let linked = benefit.finance_line.trim();
        let non_cash = finance.option(preferred).lines.iter().any(|line| {
            line.label.trim() == linked
                && matches!(line.flow, Flow::Saving { kind } if !kind.is_cash())
        });
        if !linked.is_empty() && non_cash {
            out.warning(
                Anchor::FinanceOption(preferred),
                format!(
                    "Benefit {} is cash-releasing, but the line it is counted in, \"{linked}\", is not a cash saving: make the line cash-releasing, or the benefit non-cash-releasing.",
                    i + 1
                ),
            );
        }
    }
    if let Ok(Some(affordability)) =
        finance.affordability(preferred, &case.partners.forces, Prices::Cash)
    {
        for force in affordability.forces.iter().filter(|f| f.misses_target()) {
            out.hint(
                Anchor::SplitMethod,
                format!(
                    "The case delivers {} of {}'s savings target over the period ({} of {}): the paper says so; its plan must find the rest elsewhere.",
                    force.delivered.unwrap_or_default(),
                    force.force,
                    force.total.difference.whole_pounds(),
                    force.target_total.unwrap_or_default().whole_pounds()
                ),
            );
        }
    }
    if case.front_sheet.stage == crate::case::front_sheet::BusinessCaseStage::Full
        && !finance.option(preferred).contingency.is_set()
    {
        out.warning(
            Anchor::FinanceOption(preferred),
            "A full business case holds a contingency for the preferred option: give an amount or a percentage of its costs, with its basis.",
        );
    }
    let borrows = finance
        .borrowing(preferred)
        .is_ok_and(|years| years.iter().any(|amount| *amount != Money::ZERO));
    if borrows && !finance.capital_financing.is_complete() {
        out.warning(
            Anchor::CapitalFinancing,
            "The preferred option funds capital by borrowing: choose how the minimum revenue provision is worked out and give the assets' life, so the financial case shows what the borrowing costs the revenue budget each year.",
        );
    }
    if finance.agreement_years > finance.years
        && finance.residual_values(preferred).next().is_none()
    {
        out.warning(
            Anchor::FinanceOption(preferred),
            format!(
                "The appraisal covers {} years of a {}-year agreement, and the preferred option has no residual value: add a residual value line for what its assets are still worth at the end, or lengthen the appraisal.",
                finance.years, finance.agreement_years
            ),
        );
    }
}
