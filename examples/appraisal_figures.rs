//! Prints the figures the paper gives for a case, one `kind<TAB>…` line each, for
//! `.ci/check-workbook` to compare with the exported workbook as LibreOffice recalculates it:
//! `cargo run --example appraisal_figures -- CASE.ron`.
//!
//! Kinds: `npv OPTION POUNDS` and `bcr OPTION RATIO` for every appraised option other than
//! business as usual (`Finance::appraise`, as the economic case's table prints them), and
//! `force OPTION INDEX POUNDS` for each force's net position over the appraisal in cash
//! prices (`Finance::force_positions`, as the financial case prints it). Pounds are whole
//! pounds without separators, a minus sign for a negative amount.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line tool: its output is what .ci/check-workbook reads"
)]

use casewright::case::finance::Prices;
use casewright::case::money::Money;

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
