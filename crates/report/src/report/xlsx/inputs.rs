//! The Inputs sheet: the case's settings as named, coloured input cells, which every formula
//! of the calculation sheets reads by name.

use rust_xlsxwriter::{Workbook, Worksheet};

use super::WorkbookError;

use super::book::{Book, SHEET_INPUTS, absolute, col, key, quoted};
use crate::case::finance::OptimismCategory;
use crate::case::money::Percent;

/// Writes the Inputs sheet and defines its names.
pub fn write(book: &Book<'_>, workbook: &mut Workbook) -> Result<(), WorkbookError> {
    let finance = book.finance;
    let styles = &book.styles;
    let mut names: Vec<(String, String)> = Vec::new();
    let sheet = workbook.add_worksheet().set_name(SHEET_INPUTS)?;
    sheet.set_column_width(0, 44)?;
    for column in 1..=8 {
        sheet.set_column_width(column, 18)?;
    }
    sheet.write_string_with_format(0, 0, "Settings of the appraisal", &styles.title)?;
    sheet.write_string_with_format(
        1,
        0,
        "Coloured cells are inputs: the calculation sheets read them by name.",
        &styles.note,
    )?;
    let mut row = 3;
    let mut setting = |sheet: &mut Worksheet,
                       row: &mut u32,
                       label: &str,
                       name: &str,
                       value: Percent|
     -> Result<(), WorkbookError> {
        sheet.write_string(*row, 0, label)?;
        sheet.write_number_with_format(*row, 1, value.fraction(), &styles.input_percent)?;
        names.push((name.to_owned(), absolute(*row, 1)));
        *row += 1;
        Ok(())
    };
    sheet.write_string(row, 0, "First year of the appraisal")?;
    sheet.write_string_with_format(row, 1, finance.year_label(0), &styles.input_text)?;
    row += 1;
    sheet.write_string(row, 0, "Years")?;
    sheet.write_number_with_format(row, 1, finance.years as f64, &styles.input_text)?;
    row += 1;
    setting(
        sheet,
        &mut row,
        "Discount rate a year",
        "DiscountRate",
        finance.discount_rate,
    )?;
    setting(
        sheet,
        &mut row,
        "Savings adjustment (reduction to savings in the appraisal)",
        "SavingsAdjustment",
        finance.savings_adjustment,
    )?;
    setting(
        sheet,
        &mut row,
        "Non-pay inflation a year",
        "Inflation",
        finance.inflation,
    )?;
    setting(
        sheet,
        &mut row,
        "Pay inflation a year",
        "PayInflation",
        finance.pay_inflation,
    )?;
    sheet.write_string(row, 0, "Split between the forces")?;
    sheet.write_string_with_format(row, 1, finance.split.label(), &styles.input_text)?;
    row += 1;
    sheet.write_string(row, 0, "Savings")?;
    sheet.write_string_with_format(row, 1, finance.savings_share.label(), &styles.input_text)?;
    row += 2;

    sheet.write_string_with_format(row, 0, "Optimism bias on costs", &styles.header)?;
    sheet.write_string_with_format(row, 1, "Every option", &styles.header)?;
    let own: Vec<_> = book
        .options
        .iter()
        .copied()
        .filter(|kind| finance.option(*kind).own_rates.is_some())
        .collect();
    for (i, kind) in own.iter().enumerate() {
        sheet.write_string_with_format(row, col(i + 2), kind.label(), &styles.header)?;
    }
    row += 1;
    for category in OptimismCategory::ALL {
        sheet.write_string(row, 0, category.label())?;
        let base = format!("OB_{}", key(category.label()));
        sheet.write_number_with_format(
            row,
            1,
            finance.optimism_rates.rate(category).fraction(),
            &styles.input_percent,
        )?;
        names.push((base.clone(), absolute(row, 1)));
        for (i, kind) in own.iter().enumerate() {
            let rate = finance.rates_for(*kind).0.rate(category);
            sheet.write_number_with_format(
                row,
                col(i + 2),
                rate.fraction(),
                &styles.input_percent,
            )?;
            names.push((book.rate_name(*kind, category), absolute(row, i + 2)));
        }
        row += 1;
    }
    if !own.is_empty() {
        sheet.write_string(row, 0, "Savings adjustment")?;
        for (i, kind) in own.iter().enumerate() {
            let adjustment = finance.rates_for(*kind).1;
            sheet.write_number_with_format(
                row,
                col(i + 2),
                adjustment.fraction(),
                &styles.input_percent,
            )?;
            names.push((book.adjustment_name(*kind), absolute(row, i + 2)));
        }
        row += 1;
    }
    row += 1;

    sheet.write_string_with_format(row, 0, "Force", &styles.header)?;
    sheet.write_string_with_format(row, 1, "Annual revenue budget", &styles.header)?;
    sheet.write_string_with_format(row, 2, "Agreed share", &styles.header)?;
    row += 1;
    let forces = &book.case.partners.forces;
    let shares = finance
        .shares(forces)
        .map(|weights| crate::case::finance::apportion::shares_of_whole(&weights));
    for (i, force) in forces.iter().enumerate() {
        sheet.write_string_with_format(row, 0, force.display_name(i), &styles.input_text)?;
        sheet.write_number_with_format(
            row,
            1,
            force.annual_revenue_budget.as_pounds_f64(),
            &styles.input_pounds,
        )?;
        if let Some(share) = shares.as_ref().and_then(|shares| shares.get(i)) {
            sheet.write_number_with_format(row, 2, share.fraction(), &styles.input_percent)?;
        }
        names.push((format!("Budget_{}", i + 1), absolute(row, 1)));
        names.push((format!("Share_{}", i + 1), absolute(row, 2)));
        row += 1;
    }
    for (name, cell) in names {
        workbook.define_name(name, &format!("={}!{cell}", quoted(SHEET_INPUTS)))?;
    }
    Ok(())
}
