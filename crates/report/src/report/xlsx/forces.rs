//! The Forces sheet: each force's position by year for every option, in cash prices, with
//! balancing payments, as `Finance::force_positions` gives it. The split is by the
//! largest-remainder method to the penny, which needs exact arithmetic on budgets in pence
//! times amounts in pence (beyond a spreadsheet's fifteen digits), so the costs, savings and
//! balancing payments are Casewright's values, and the sheet says so; each net position,
//! each total and the check that balancing payments add up to nothing are formulas over them.

use rust_xlsxwriter::Workbook;

use super::WorkbookError;

use super::book::{Book, SHEET_FORCES, col, formula, key, pounds, quoted, relative, year_header};
use crate::case::finance::{Parts, Prices};

/// Reads one part of a force's figures, in pence.
type PartOf = fn(&Parts) -> i64;

/// Writes the Forces sheet and names each force's net total (`Net_LeadForce_1`).
pub fn write(book: &Book<'_>, workbook: &mut Workbook) -> Result<(), WorkbookError> {
    let styles = &book.styles;
    let years = book.years();
    let total_col = years + 1;
    let mut names = Vec::new();
    let sheet = workbook.add_worksheet().set_name(SHEET_FORCES)?;
    super::book::print_landscape(sheet);
    sheet.set_column_width(0, 44)?;
    for c in 1..=total_col {
        sheet.set_column_width(col(c), 14)?;
    }
    sheet.write_string_with_format(0, 0, "Each force's position, cash prices", &styles.title)?;
    sheet.write_string_with_format(
        1,
        0,
        "Costs, savings and balancing payments are computed by Casewright (the split to the penny by the largest-remainder method); net positions and totals are formulas.",
        &styles.note,
    )?;
    let mut row = 3;
    let forces = &book.case.partners.forces;
    for kind in &book.options {
        let positions = book.finance.force_positions(*kind, forces, Prices::Cash)?;
        year_header(book, sheet, row, kind.label())?;
        sheet.write_string_with_format(row, col(total_col), "Total", &styles.header)?;
        row += 1;
        let Some(positions) = positions else {
            sheet.write_string(
                row,
                0,
                "Each force's share cannot be worked out yet: add the forces and their budgets or agreed shares.",
            )?;
            row += 2;
            continue;
        };
        let mut balancing_rows = Vec::new();
        for (index, position) in positions.forces.iter().enumerate() {
            let name = forces
                .get(index)
                .map_or_else(|| position.force.clone(), |force| force.display_name(index));
            sheet.write_string_with_format(
                row,
                0,
                format!("{name} ({})", position.share),
                &styles.header,
            )?;
            row += 1;
            let parts: [(&str, PartOf); 3] = [
                ("Costs where they fall", |p| p.costs.pence()),
                ("Savings where they fall", |p| p.savings.pence()),
                ("Balancing payment (received +, made −)", |p| {
                    p.balancing.pence()
                }),
            ];
            let first = row;
            for (label, part) in parts {
                sheet.write_string(row, 0, label)?;
                for (year, parts) in position.years.iter().enumerate() {
                    sheet.write_number_with_format(
                        row,
                        col(year + 1),
                        part(parts) as f64 / 100.0,
                        &styles.pounds,
                    )?;
                }
                total(book, sheet, row, part(&position.total))?;
                row += 1;
            }
            balancing_rows.push(first + 2);
            sheet.write_string(row, 0, "Net position after balancing payments")?;
            for (year, parts) in position.years.iter().enumerate() {
                let c = year + 1;
                formula(
                    sheet,
                    row,
                    c,
                    &format!(
                        "={}-{}+{}",
                        relative(first + 1, c),
                        relative(first, c),
                        relative(first + 2, c)
                    ),
                    pounds(parts.net.pence() as f64),
                    &styles.pounds_bold,
                )?;
            }
            total(book, sheet, row, position.total.net.pence())?;
            names.push((
                format!("Net_{}_{}", key(kind.label()), index + 1),
                format!(
                    "={}!${}${}",
                    quoted(SHEET_FORCES),
                    crate::case::finance::sheet::column_letter(total_col),
                    row + 1
                ),
            ));
            row += 1;
        }
        sheet.write_string(row, 0, "Balancing payments, all forces (nothing)")?;
        for c in 1..=total_col {
            let cells: Vec<String> = balancing_rows.iter().map(|r| relative(*r, c)).collect();
            formula(
                sheet,
                row,
                c,
                &format!("={}", cells.join("+")),
                "0".to_owned(),
                &styles.pounds,
            )?;
        }
        row += 2;
    }
    sheet.protect();
    for (name, target) in names {
        workbook.define_name(name, &target)?;
    }
    Ok(())
}

/// The total over the years of row `row`, as a formula with Casewright's total cached.
fn total(
    book: &Book<'_>,
    sheet: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    pence: i64,
) -> Result<(), WorkbookError> {
    let years = book.years();
    formula(
        sheet,
        row,
        years + 1,
        &format!("=SUM({}:{})", relative(row, 1), relative(row, years)),
        pounds(pence as f64),
        &book.styles.pounds_bold,
    )
}
