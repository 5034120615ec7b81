//! What every sheet of the workbook needs to know: the case, which options it holds, the
//! appraisal it must agree with, and how to name a cell, a range or an input.

use rust_xlsxwriter::{Formula, Worksheet, XlsxError};

use super::style::Styles;
use crate::case::Case;
use crate::case::finance::sheet::{self, column_letter};
use crate::case::finance::{Appraisal, Finance, OptimismCategory};
use crate::case::options::OptionKind;

/// The settings sheet's name.
pub const SHEET_INPUTS: &str = "Inputs";
/// The appraisal sheet's name.
pub const SHEET_APPRAISAL: &str = "Appraisal";
/// The sensitivity sheet's name.
pub const SHEET_SENSITIVITY: &str = "Sensitivity";
/// The forces' positions sheet's name.
pub const SHEET_FORCES: &str = "Forces";
/// The cash view's sheet name.
pub const SHEET_CASH: &str = "Cash";

/// The case and what the sheets share.
pub struct Book<'a> {
    /// The case.
    pub case: &'a Case,
    /// Its finance.
    pub finance: &'a Finance,
    /// The options the workbook holds: every option the appraisal takes part in, in its order.
    pub options: Vec<OptionKind>,
    /// The appraisal every measure's cached value comes from.
    pub appraisal: Appraisal,
    /// The formats.
    pub styles: Styles,
}

impl<'a> Book<'a> {
    /// The book of `case`.
    pub fn new(case: &'a Case) -> Result<Book<'a>, crate::case::finance::FinanceError> {
        let finance = &case.finance;
        let appraisal = finance.appraise(&case.options)?;
        let options = appraisal.results.iter().map(|result| result.kind).collect();
        Ok(Book {
            case,
            finance,
            options,
            appraisal,
            styles: Styles::new(),
        })
    }

    /// How many years the appraisal has.
    pub fn years(&self) -> usize {
        self.finance.years
    }

    /// The lines sheet's range for column `column` of option `kind`'s lines, absolute and
    /// with the sheet's name: `'Lead force'!$K$2:$K$9`. An option without lines still has a
    /// range of one empty row, so every formula is well formed.
    pub fn line_range(&self, kind: OptionKind, column: usize) -> String {
        let last = self.finance.option(kind).lines.len().max(1) + 1;
        let letter = column_letter(column);
        format!(
            "{}!${letter}$2:${letter}${last}",
            quoted(&super::lines::sheet_name(kind))
        )
    }

    /// The range of option `kind`'s amounts in year `year`.
    pub fn year_range(&self, kind: OptionKind, year: usize) -> String {
        self.line_range(kind, sheet::column::FIRST_YEAR + year)
    }

    /// The defined name of the optimism-bias rate for `category` that applies to `kind`: the
    /// case's (`OB_StandardBuildings`) or the option's own (`OB_StandardBuildings_LeadForce`).
    pub fn rate_name(&self, kind: OptionKind, category: OptimismCategory) -> String {
        let base = format!("OB_{}", key(category.label()));
        match self.finance.option(kind).own_rates {
            Some(_) => format!("{base}_{}", key(kind.label())),
            None => base,
        }
    }

    /// The defined name of the savings adjustment that applies to `kind`.
    pub fn adjustment_name(&self, kind: OptionKind) -> String {
        match self.finance.option(kind).own_rates {
            Some(_) => format!("SavingsAdjustment_{}", key(kind.label())),
            None => "SavingsAdjustment".to_owned(),
        }
    }
}

/// A name made of a label's words: "Non-standard buildings" → "NonStandardBuildings".
pub fn key(label: &str) -> String {
    label
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// A sheet's name quoted for a formula: `'Lead force'`.
pub fn quoted(name: &str) -> String {
    format!("'{}'", name.replace('\'', "''"))
}

/// A cell's absolute reference: row and column counted from 0, `$B$5`.
pub fn absolute(row: u32, column: usize) -> String {
    format!("${}${}", column_letter(column), row + 1)
}

/// A cell's relative reference: `B5`.
pub fn relative(row: u32, column: usize) -> String {
    format!("{}{}", column_letter(column), row + 1)
}

/// A column index as the workbook library counts them.
pub fn col(column: usize) -> u16 {
    u16::try_from(column).unwrap_or(u16::MAX)
}

/// A cached value of money in pence, as the pounds the sheet holds.
pub fn pounds(pence: f64) -> String {
    (pence / 100.0).to_string()
}

/// Writes formula `formula` at `row`, `column` with its cached `result` in `format`.
pub fn formula(
    sheet: &mut Worksheet,
    row: u32,
    column: usize,
    formula: &str,
    result: String,
    format: &rust_xlsxwriter::Format,
) -> Result<(), super::WorkbookError> {
    sheet.write_formula_with_format(
        row,
        col(column),
        Formula::new(formula).set_result(result),
        format,
    )?;
    Ok(())
}

/// Writes the year labels across `row` from column 1, after `label` in column 0.
pub fn year_header(
    book: &Book<'_>,
    sheet: &mut Worksheet,
    row: u32,
    label: &str,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, 0, label, &book.styles.header)?;
    for (year, text) in book.finance.year_labels().iter().enumerate() {
        sheet.write_string_with_format(row, col(year + 1), text, &book.styles.header)?;
    }
    Ok(())
}

/// Prints `sheet` landscape on A4, one page wide, so a printed sheet keeps its years together.
pub fn print_landscape(sheet: &mut Worksheet) {
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
}
