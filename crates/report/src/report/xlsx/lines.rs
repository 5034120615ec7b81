//! One sheet per option: its lines by year, in the layout of
//! [`crate::case::finance::sheet`], so the importer reads an exported option back unchanged.

use rust_xlsxwriter::Workbook;

use super::WorkbookError;

use super::book::{Book, col};
use crate::case::finance::FinanceLine;
use crate::case::finance::sheet::{self, Written};
use crate::case::options::OptionKind;

/// The name of option `kind`'s sheet: its label, which the importer matches it by.
pub fn sheet_name(kind: OptionKind) -> String {
    kind.label().to_owned()
}

/// Writes option `kind`'s sheet of lines.
pub fn write(
    book: &Book<'_>,
    kind: OptionKind,
    workbook: &mut Workbook,
) -> Result<(), WorkbookError> {
    write_lines(book, kind, &book.finance.option(kind).lines, workbook)
}

/// Writes a sheet for option `kind` holding `lines`: the option's own, or none for a template.
pub fn write_lines(
    book: &Book<'_>,
    kind: OptionKind,
    lines: &[FinanceLine],
    workbook: &mut Workbook,
) -> Result<(), WorkbookError> {
    let styles = &book.styles;
    let sheet = workbook.add_worksheet().set_name(sheet_name(kind))?;
    super::book::print_landscape(sheet);
    for (column, header) in sheet::headers(book.finance).iter().enumerate() {
        sheet.write_string_with_format(0, col(column), header, &styles.header)?;
    }
    sheet.set_column_width(0, 36)?;
    for column in 1..sheet::column::FIRST_YEAR {
        sheet.set_column_width(col(column), 18)?;
    }
    for year in 0..book.years() {
        sheet.set_column_width(col(sheet::column::FIRST_YEAR + year), 13)?;
    }
    sheet.set_freeze_panes(1, 1)?;
    for (index, line) in lines.iter().enumerate() {
        let row = u32::try_from(index + 1).unwrap_or(u32::MAX);
        for (column, cell) in sheet::row_of(line, book.years()).into_iter().enumerate() {
            match cell {
                Written::Text(text) => {
                    sheet.write_string_with_format(row, col(column), text, &styles.input_text)?
                }
                Written::Money(money) => sheet.write_number_with_format(
                    row,
                    col(column),
                    money.as_pounds_f64(),
                    &styles.input_pounds,
                )?,
                Written::Blank => sheet.write_blank(row, col(column), &styles.input_text)?,
            };
        }
    }
    Ok(())
}
