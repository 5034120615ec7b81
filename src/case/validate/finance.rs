//! The financial case: lines, the split, and rates a finance officer will accept.

use super::{Anchor, Findings, blank};
use crate::case::Case;
use crate::case::finance::{FlowKind, GREEN_BOOK_DISCOUNT_RATE, SplitMethod};
use crate::case::money::{Money, Percent};

pub(super) fn check(case: &Case, out: &mut Findings) {
    let finance = &case.finance;
    if finance.lines.is_empty() {
        out.error(
            Anchor::FinanceLines,
            "The financial case has no costs or savings.",
        );
    }
    for (i, line) in finance.lines.iter().enumerate() {
        if blank(&line.label) {
            out.warning(
                Anchor::FinanceLine(i),
                format!("Line {} of the financial case has no description.", i + 1),
            );
        }
        if line.amounts.iter().any(|amount| *amount < Money::ZERO) {
            out.warning(Anchor::FinanceLine(i), format!("Line {} has a negative amount; enter amounts as positive and set the line to cost or saving.", i + 1));
        }
    }
    if !finance
        .lines
        .iter()
        .any(|line| line.kind == FlowKind::Saving)
        && !finance.lines.is_empty()
    {
        out.hint(Anchor::FinanceLines, "There are no savings lines. If the case is about effectiveness rather than savings, say so in the notes.");
    }
    if finance.discount_rate != GREEN_BOOK_DISCOUNT_RATE {
        out.hint(
            Anchor::DiscountRate,
            format!(
                "The discount rate is {}; the Green Book rate is {}. Say why in the notes.",
                finance.discount_rate, GREEN_BOOK_DISCOUNT_RATE
            ),
        );
    }
    if finance.optimism_bias == Percent(0) && !finance.lines.is_empty() {
        out.hint(Anchor::OptimismBias, "No optimism bias is applied to costs; the Green Book expects an uplift until costs are firm.");
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
    let preferred = case.options.preferred();
    if !finance.lines.is_empty() && preferred.is_some_and(|kind| !kind.is_baseline()) {
        let summary = finance.summarise(&case.partners.forces);
        if summary.npv < Money::ZERO {
            out.warning(Anchor::FinanceLines, format!("The net present value is negative ({}). Explain in the notes why the option is still value for money.", summary.npv.whole_pounds()));
        }
        for position in summary.partners.iter().filter(|p| p.net < Money::ZERO) {
            out.hint(Anchor::SplitMethod, format!("{} is a net contributor ({} over the period); the committee will want to see what it gains besides money.", position.force, position.net.whole_pounds()));
        }
    }
}
