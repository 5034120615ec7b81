//! The Cash sheet: the financial case's view of each option, all forces together, in cash
//! (nominal) prices: each line's amount raised by its inflation rate from year 0 and rounded
//! to the penny, as `Finance::cash_years` does, as live formulas over the option sheets.

use rust_xlsxwriter::Workbook;

use super::WorkbookError;
use super::book::{Book, SHEET_CASH, col, formula, pounds, relative, year_header};
use crate::case::finance::sheet::column;
use crate::case::finance::{Indexation, Prices, SavingKind};
use crate::case::options::OptionKind;

/// The row of the non-pay inflation factors; the pay factors are on the next.
const NON_PAY: u32 = 4;
const PAY: u32 = 5;

/// Writes the Cash sheet.
pub fn write(book: &Book<'_>, workbook: &mut Workbook) -> Result<(), WorkbookError> {
    let styles = &book.styles;
    let finance = book.finance;
    let years = book.years();
    let total_col = years + 1;
    let sheet = workbook.add_worksheet().set_name(SHEET_CASH)?;
    super::book::print_landscape(sheet);
    sheet.set_column_width(0, 44)?;
    for c in 1..=total_col {
        sheet.set_column_width(col(c), 14)?;
    }
    sheet.write_string_with_format(
        0,
        0,
        "The cash view: all forces together, cash prices",
        &styles.title,
    )?;
    sheet.write_string_with_format(
        1,
        0,
        "Each line's amount times (1 + its inflation) ^ year, rounded to the penny; optimism bias belongs to the appraisal and is left out.",
        &styles.note,
    )?;
    year_header(book, sheet, 3, "Year")?;
    sheet.write_string_with_format(3, col(total_col), "Total", &styles.header)?;
    sheet.write_string(NON_PAY, 0, "Non-pay inflation factor")?;
    sheet.write_string(PAY, 0, "Pay inflation factor")?;
    for year in 0..years {
        let c = year + 1;
        formula(
            sheet,
            NON_PAY,
            c,
            &format!("=(1+Inflation)^{}", year),
            finance
                .indexation_factor(Indexation::NonPay, year)
                .to_string(),
            &styles.factor,
        )?;
        formula(
            sheet,
            PAY,
            c,
            &format!("=(1+PayInflation)^{}", year),
            finance.indexation_factor(Indexation::Pay, year).to_string(),
            &styles.factor,
        )?;
    }
    let mut row = PAY + 2;
    for kind in &book.options {
        let by_year = finance.cash_years(*kind, Prices::Cash)?;
        let total = finance.cash_total(*kind, Prices::Cash)?;
        sheet.write_string_with_format(row, 0, kind.label(), &styles.header)?;
        row += 1;
        let (costs, savings, net) = (row, row + 1, row + 2);
        sheet.write_string(costs, 0, "Costs")?;
        sheet.write_string(savings, 0, "Cash-releasing savings and cost avoidance")?;
        sheet.write_string(net, 0, "Net saving")?;
        for (year, parts) in by_year.iter().enumerate() {
            let c = year + 1;
            formula(
                sheet,
                costs,
                c,
                &priced(
                    book,
                    *kind,
                    year,
                    "=SUMPRODUCT(ROUND({amounts}*{factor},2)*({flow}=\"Cost\"))",
                ),
                pounds(parts.costs.pence() as f64),
                &styles.pounds,
            )?;
            formula(
                sheet,
                savings,
                c,
                &priced(book, *kind, year, &cash_savings_template()),
                pounds(parts.savings.pence() as f64),
                &styles.pounds,
            )?;
            formula(
                sheet,
                net,
                c,
                &format!("={}-{}", relative(savings, c), relative(costs, c)),
                pounds(parts.net.pence() as f64),
                &styles.pounds_bold,
            )?;
        }
        for (r, pence) in [
            (costs, total.costs),
            (savings, total.savings),
            (net, total.net),
        ] {
            formula(
                sheet,
                r,
                total_col,
                &format!("=SUM({}:{})", relative(r, 1), relative(r, years)),
                pounds(pence.pence() as f64),
                &styles.pounds_bold,
            )?;
        }
        row += 4;
    }
    sheet.protect();
    Ok(())
}

/// The SUMPRODUCT template for savings that are cash: the kinds [`SavingKind::is_cash`] names.
fn cash_savings_template() -> String {
    let kinds: Vec<String> = SavingKind::ALL
        .iter()
        .filter(|kind| kind.is_cash())
        .map(|kind| format!("({{saving}}=\"{}\")", kind.label()))
        .collect();
    format!(
        "=SUMPRODUCT(ROUND({{amounts}}*{{factor}},2)*({{flow}}=\"Saving\")*({}))",
        kinds.join("+")
    )
}

/// `template` with option `kind`'s ranges for year `year` filled in: each line's factor is the
/// non-pay one, or the pay one on a line marked as pay.
fn priced(book: &Book<'_>, kind: OptionKind, year: usize, template: &str) -> String {
    let c = year + 1;
    let factor = format!(
        "({np}+({inflation}=\"{pay}\")*({p}-{np}))",
        np = super::book::absolute(NON_PAY, c),
        p = super::book::absolute(PAY, c),
        inflation = book.line_range(kind, column::INFLATION),
        pay = Indexation::Pay.label()
    );
    template
        .replace("{amounts}", &book.year_range(kind, year))
        .replace("{factor}", &factor)
        .replace("{flow}", &book.line_range(kind, column::FLOW))
        .replace("{saving}", &book.line_range(kind, column::SAVING_KIND))
}
