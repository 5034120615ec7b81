//! Prints the figures the paper gives for a case, one `kind<TAB>…` line each, for
//! `.ci/check-workbook` to compare with the exported workbook as LibreOffice recalculates it:
//! `cargo run --example appraisal_figures -- CASE.ron`.
//!
//! Kinds: `npv OPTION POUNDS` and `bcr OPTION RATIO` for every appraised option other than
//! business as usual (`Finance::appraise`, as the economic case's table prints them), and
//! `force OPTION INDEX POUNDS` for each force's net position over the appraisal in cash
//! prices (`Finance::force_positions`, as the financial case prints it). From the sensitivity
//! analysis (`Finance::sensitivity`, as the economic case prints it): `sensitivity OPTION
//! SCENARIO POUNDS`, the NPV of the preferred option and the runner-up in each scenario
//! (counted from 1); `switch NAME POUNDS-OR-WORDS` for the falls in its own savings at which
//! its NPV reaches zero (`ToZero`) and the next-best option ranks first (`ToNext`); and
//! `uplift Uplift BASIS-POINTS-OR-WORDS` for the optimism bias at which that option ranks
//! first. Pounds are whole pounds without separators, a minus sign for a negative amount.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line tool: its output is what .ci/check-workbook reads"
)]

use casewright::case::Case;
use casewright::case::finance::{Appraisal, FinanceError, Prices, SwitchingValue, UpliftSwitch};
use casewright::case::money::Money;
use casewright::report::xlsx::NO_OWN_COSTS;

mod common;

fn main() {
    let (path, case) = common::case_from_arguments("appraisal_figures");
    let finance = &case.finance;
    let appraisal = match finance.appraise(&case.options) {
        Ok(appraisal) => appraisal,
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(2);
        }
    };
    for result in appraisal.options() {
        let label = result.kind.label();
        println!("npv\t{label}\t{}", whole(result.measures.npv));
        println!("bcr\t{label}\t{}", result.measures.ratio_label());
    }
    if let Err(error) = sensitivity_figures(&case, &appraisal) {
        eprintln!("{path}: {error}");
        std::process::exit(2);
    }
    for result in &appraisal.results {
        let positions = finance.force_positions(result.kind, &case.partners.forces, Prices::Cash);
        if let Ok(Some(positions)) = positions {
            for (index, position) in positions.forces.iter().enumerate() {
                println!(
                    "force\t{}\t{}\t{}",
                    result.kind.label(),
                    index + 1,
                    whole(position.total.net)
                );
            }
        }
    }
}

/// The sensitivity lines: each scenario's NPVs and the switching values.
fn sensitivity_figures(case: &Case, appraisal: &Appraisal) -> Result<(), FinanceError> {
    let Some(sensitivity) = case.finance.sensitivity(&case.options, appraisal)? else {
        return Ok(());
    };
    let compared =
        std::iter::once(Some(sensitivity.preferred)).chain(std::iter::once(sensitivity.runner_up));
    for (index, row) in sensitivity.rows.iter().enumerate() {
        let outcomes =
            std::iter::once(Some(&row.preferred)).chain(std::iter::once(row.runner_up.as_ref()));
        for (kind, outcome) in compared.clone().zip(outcomes) {
            if let (Some(kind), Some(outcome)) = (kind, outcome) {
                println!(
                    "sensitivity\t{}\t{}\t{}",
                    kind.label(),
                    index + 1,
                    whole(outcome.npv)
                );
            }
        }
    }
    let fall = |value: &SwitchingValue| match value {
        SwitchingValue::Fall { amount, .. } => whole(*amount),
        other => other.phrase(),
    };
    println!("switch\tToZero\t{}", fall(&sensitivity.to_zero));
    if let Some((_, value)) = &sensitivity.to_second {
        println!("switch\tToNext\t{}", fall(value));
    }
    if let Some((_, uplift)) = &sensitivity.uplift_to_second {
        let value = match uplift {
            UpliftSwitch::At { switching, .. } => switching.0.to_string(),
            UpliftSwitch::AlreadyCrossed => SwitchingValue::AlreadyCrossed.phrase(),
            UpliftSwitch::NoOwnCosts => NO_OWN_COSTS.to_owned(),
        };
        println!("uplift\tUplift\t{value}");
    }
    Ok(())
}

/// Whole pounds as the paper rounds them (`Money::whole_pounds`), as a plain number.
fn whole(money: Money) -> String {
    let text = money.whole_pounds().replace(['£', ','], "");
    match text
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
    {
        Some(inner) => format!("-{inner}"),
        None => text,
    }
}
