//! The Sensitivity sheet: the preferred option and the runner-up under the usual shocks, and
//! the switching values, as `Finance::sensitivity` computes them. They are values, not
//! formulas: each shock reruns the appraisal on the option's own figures (a year's delay
//! moves every saving), which a sheet of formulas over the lines cannot do without copying
//! the whole appraisal for every scenario, so the sheet says they are Casewright's.

use rust_xlsxwriter::Workbook;

use super::WorkbookError;

use super::book::{Book, SHEET_SENSITIVITY, col};
use crate::case::finance::{Outcome, UpliftSwitch};

/// Writes the Sensitivity sheet.
pub fn write(book: &Book<'_>, workbook: &mut Workbook) -> Result<(), WorkbookError> {
    let styles = &book.styles;
    let sheet = workbook.add_worksheet().set_name(SHEET_SENSITIVITY)?;
    super::book::print_landscape(sheet);
    sheet.set_column_width(0, 52)?;
    for c in 1..=5 {
        sheet.set_column_width(c, 18)?;
    }
    sheet.write_string_with_format(0, 0, "Sensitivity and switching values", &styles.title)?;
    sheet.write_string_with_format(
        1,
        0,
        "Computed by Casewright, not by formula: each shock reruns the appraisal on the option's own figures.",
        &styles.note,
    )?;
    let sensitivity = book
        .finance
        .sensitivity(&book.case.options, &book.appraisal)?;
    let Some(sensitivity) = sensitivity else {
        sheet.write_string(
            3,
            0,
            "No preferred option other than business as usual is chosen, so there is no sensitivity analysis.",
        )?;
        sheet.protect();
        return Ok(());
    };
    let runner_up = sensitivity
        .runner_up
        .map_or_else(|| "No runner-up".to_owned(), |kind| kind.label().to_owned());
    let headers = [
        "Scenario".to_owned(),
        format!("{}: NPV", sensitivity.preferred.label()),
        format!("{}: BCR", sensitivity.preferred.label()),
        format!("{runner_up}: NPV"),
        format!("{runner_up}: BCR"),
        "Preferred option still best".to_owned(),
    ];
    for (c, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(3, col(c), header, &styles.header)?;
    }
    let mut row = 4;
    let outcome = |sheet: &mut rust_xlsxwriter::Worksheet,
                   row: u32,
                   c: u16,
                   outcome: &Outcome|
     -> Result<(), WorkbookError> {
        sheet.write_number_with_format(row, c, outcome.npv.as_pounds_f64(), &styles.pounds)?;
        match outcome.benefit_cost_ratio {
            Some(ratio) => sheet.write_number_with_format(row, c + 1, ratio, &styles.ratio)?,
            None => sheet.write_string(row, c + 1, "–")?,
        };
        Ok(())
    };
    for scenario in &sensitivity.rows {
        sheet.write_string(row, 0, scenario.scenario.label())?;
        outcome(sheet, row, 1, &scenario.preferred)?;
        if let Some(runner) = &scenario.runner_up {
            outcome(sheet, row, 3, runner)?;
        }
        sheet.write_string(
            row,
            5,
            if scenario.preferred_still_best() {
                "Yes"
            } else {
                "No"
            },
        )?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, "Switching values", &styles.header)?;
    row += 1;
    sheet.write_string(
        row,
        0,
        "Fall in its own savings at which its NPV reaches zero",
    )?;
    sheet.write_string(row, 1, sensitivity.to_zero.phrase())?;
    row += 1;
    if let Some((other, value)) = &sensitivity.to_second {
        sheet.write_string(
            row,
            0,
            format!(
                "Fall in its own savings at which {} ranks first",
                other.label().to_lowercase()
            ),
        )?;
        sheet.write_string(row, 1, value.phrase())?;
        row += 1;
    }
    if let Some((other, switch)) = &sensitivity.uplift_to_second {
        sheet.write_string(
            row,
            0,
            format!(
                "Optimism bias at which {} ranks first",
                other.label().to_lowercase()
            ),
        )?;
        let text = match switch {
            UpliftSwitch::At { current, switching } => {
                format!("{switching} on every category (now {current})")
            }
            UpliftSwitch::AlreadyCrossed => "nothing (it is already there)".to_owned(),
            UpliftSwitch::NoOwnCosts => "none (it has no costs of its own)".to_owned(),
        };
        sheet.write_string(row, 1, text)?;
    }
    sheet.protect();
    Ok(())
}
