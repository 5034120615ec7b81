//! The Appraisal sheet: each option's costs with optimism bias and savings after the savings
//! adjustment by year, against business as usual, discounted, and its measures (PV costs,
//! PV savings, NPV, BCR, payback, rank), all as live formulas over the Inputs sheet and the
//! option sheets, each holding the value `Finance::appraise` gave.

use rust_xlsxwriter::Workbook;

use super::WorkbookError;

use super::book::{
    Book, SHEET_APPRAISAL, absolute, col, formula, key, pounds, quoted, relative, year_header,
};
use crate::case::finance::sheet::column;
use crate::case::finance::{Finance, OptimismCategory, Payback, SavingKind};
use crate::case::options::OptionKind;

/// The row of the years' numbers (0 for the first year).
const YEAR_NUMBERS: u32 = 4;
/// The row of the discount factors.
const DISCOUNT: u32 = 5;

/// Where the Appraisal sheet put each option's own rows, for the Sensitivity sheet's formulas
/// over them.
pub struct Layout {
    /// Each option's own rows, in the workbook's order.
    own: Vec<(OptionKind, OwnRows)>,
    /// How many years the rows run.
    years: usize,
}

/// One option's own rows on the Appraisal sheet (not against business as usual), counted
/// from 0.
#[derive(Clone, Copy)]
pub struct OwnRows {
    /// Costs with optimism bias.
    pub costs: u32,
    /// Savings after the savings adjustment.
    pub savings: u32,
    /// Costs in cash, without optimism bias.
    pub cash_costs: u32,
}

impl Layout {
    /// Option `kind`'s own rows, if the workbook holds it.
    pub fn own(&self, kind: OptionKind) -> Option<OwnRows> {
        self.own
            .iter()
            .find(|(each, _)| *each == kind)
            .map(|(_, rows)| *rows)
    }

    /// A formula's present value of row `row` of the Appraisal sheet, from another sheet:
    /// [`present_value`] with the sheet's name.
    pub fn present_value(&self, row: u32, a_year_later: bool) -> String {
        present_value(
            &format!("{}!", quoted(SHEET_APPRAISAL)),
            row,
            self.years,
            a_year_later,
        )
    }
}

/// A formula's present value of the Appraisal sheet's row `row` over `years` years, to the
/// penny as `Finance::present_value` rounds it: `ROUND(SUMPRODUCT($B$9:$K$9,$B$6:$K$6),2)`,
/// each cell range after `sheet` (empty on the sheet itself, `'Appraisal'!` elsewhere). With
/// `a_year_later`, each year's value is discounted with the next year's factor and the last
/// year's falls outside the period.
fn present_value(sheet: &str, row: u32, years: usize, a_year_later: bool) -> String {
    let span = |r: u32, first: usize, last: usize| {
        format!(
            "{sheet}${}${}:${}${}",
            col_letter_of_year(first),
            r + 1,
            col_letter_of_year(last),
            r + 1
        )
    };
    let last = years - 1;
    if !a_year_later {
        return format!(
            "ROUND(SUMPRODUCT({},{}),2)",
            span(row, 0, last),
            span(DISCOUNT, 0, last)
        );
    }
    if last == 0 {
        return "0".to_owned();
    }
    format!(
        "ROUND(SUMPRODUCT({},{}),2)",
        span(row, 0, last - 1),
        span(DISCOUNT, 1, last)
    )
}

/// Where one option's rows are.
#[derive(Clone, Copy)]
struct Rows {
    costs: u32,
    savings: u32,
    cash_costs: u32,
    cash_savings: u32,
    /// Against business as usual: costs, savings, cumulative net cash.
    against: Option<(u32, u32, u32)>,
}

/// Writes the Appraisal sheet and names each option's measures (`NPV_LeadForce`, …); says
/// where each option's own rows are.
pub fn write(book: &Book<'_>, workbook: &mut Workbook) -> Result<Layout, WorkbookError> {
    let styles = &book.styles;
    let finance = book.finance;
    let years = book.years();
    let mut names: Vec<(String, String)> = Vec::new();
    let sheet = workbook.add_worksheet().set_name(SHEET_APPRAISAL)?;
    super::book::print_landscape(sheet);
    sheet.set_column_width(0, 52)?;
    for year in 0..years.max(7) {
        sheet.set_column_width(col(year + 1), 14)?;
    }
    sheet.write_string_with_format(
        0,
        0,
        "The appraisal against business as usual",
        &styles.title,
    )?;
    sheet.write_string_with_format(
        1,
        0,
        "Real prices. Every figure is a formula over the Inputs sheet and the option sheets; each holds the value Casewright computed.",
        &styles.note,
    )?;
    year_header(book, sheet, 3, "Year")?;
    sheet.write_string(YEAR_NUMBERS, 0, "Year number")?;
    sheet.write_string(
        DISCOUNT,
        0,
        "Discount factor: 1 / (1 + discount rate) ^ year",
    )?;
    for year in 0..years {
        sheet.write_number(YEAR_NUMBERS, col(year + 1), year as f64)?;
        formula(
            sheet,
            DISCOUNT,
            year + 1,
            &format!("=1/(1+DiscountRate)^{}", relative(YEAR_NUMBERS, year + 1)),
            finance.discount_factor(year).to_string(),
            &styles.factor,
        )?;
    }

    let baseline = finance.flows(OptionKind::BusinessAsUsual);
    let mut row = DISCOUNT + 2;
    let mut bau_rows: Option<Rows> = None;
    let mut all_rows = Vec::new();
    for kind in &book.options {
        let kind = *kind;
        let flows = finance.flows(kind);
        sheet.write_string_with_format(row, 0, kind.label(), &styles.header)?;
        row += 1;
        let rows = Rows {
            costs: row,
            savings: row + 1,
            cash_costs: row + 2,
            cash_savings: row + 3,
            against: None,
        };
        sheet.write_string(rows.costs, 0, "Costs with optimism bias")?;
        sheet.write_string(rows.savings, 0, "Savings after the savings adjustment")?;
        sheet.write_string(rows.cash_costs, 0, "Costs in cash, without optimism bias")?;
        sheet.write_string(
            rows.cash_savings,
            0,
            "Cash-releasing savings and cost avoidance",
        )?;
        for year in 0..years {
            let c = year + 1;
            formula(
                sheet,
                rows.costs,
                c,
                &costs_formula(book, kind, year),
                pounds(flows.costs[year]),
                &styles.pounds,
            )?;
            formula(
                sheet,
                rows.savings,
                c,
                &savings_formula(book, kind, year),
                pounds(flows.savings[year]),
                &styles.pounds,
            )?;
            formula(
                sheet,
                rows.cash_costs,
                c,
                &cash_costs_formula(book, kind, year),
                pounds(flows.cash_costs[year] as f64),
                &styles.pounds,
            )?;
            formula(
                sheet,
                rows.cash_savings,
                c,
                &cash_savings_formula(book, kind, year),
                pounds(flows.cash_savings[year] as f64),
                &styles.pounds,
            )?;
        }
        row += 4;
        let rows = match bau_rows {
            None => {
                bau_rows = Some(rows);
                rows
            }
            Some(bau) => {
                let against = Finance::against(&flows, &baseline);
                let (costs, savings, cumulative) = (row, row + 1, row + 2);
                sheet.write_string(costs, 0, "Costs against business as usual")?;
                sheet.write_string(savings, 0, "Savings against business as usual")?;
                sheet.write_string(
                    cumulative,
                    0,
                    "Cumulative net cash against business as usual",
                )?;
                let mut running = 0_i128;
                for year in 0..years {
                    let c = year + 1;
                    formula(
                        sheet,
                        costs,
                        c,
                        &format!("={}+{}", relative(rows.costs, c), relative(bau.savings, c)),
                        pounds(against.costs[year]),
                        &styles.pounds,
                    )?;
                    formula(
                        sheet,
                        savings,
                        c,
                        &format!("={}+{}", relative(rows.savings, c), relative(bau.costs, c)),
                        pounds(against.savings[year]),
                        &styles.pounds,
                    )?;
                    running += against.cash_savings[year] - against.cash_costs[year];
                    let net = format!(
                        "({}+{})-({}+{})",
                        relative(rows.cash_savings, c),
                        relative(bau.cash_costs, c),
                        relative(rows.cash_costs, c),
                        relative(bau.cash_savings, c)
                    );
                    let text = if year == 0 {
                        format!("={net}")
                    } else {
                        format!("={}+{net}", relative(cumulative, c - 1))
                    };
                    formula(
                        sheet,
                        cumulative,
                        c,
                        &text,
                        pounds(running as f64),
                        &styles.pounds,
                    )?;
                }
                row += 3;
                Rows {
                    against: Some((costs, savings, cumulative)),
                    ..rows
                }
            }
        };
        all_rows.push((kind, rows));
        row += 1;
    }

    row += 1;
    let headers = [
        "Measures against business as usual",
        "PV costs (with optimism bias)",
        "PV savings",
        "Net present value",
        "Benefit–cost ratio",
        "Payback year",
        "Rank by NPV",
    ];
    for (c, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(row, col(c), *header, &styles.header)?;
    }
    row += 1;
    let first = row;
    let last = first + all_rows.len() as u32 - 1;
    for (kind, rows) in &all_rows {
        let result = book.appraisal.get(*kind);
        let measures = result.map(|r| r.measures.clone());
        sheet.write_string(row, 0, kind.label())?;
        match (rows.against, measures) {
            (Some((costs, savings, cumulative)), Some(measures)) => {
                let pv = |r: u32| format!("={}", present_value("", r, years, false));
                formula(
                    sheet,
                    row,
                    1,
                    &pv(costs),
                    pounds(measures.pv_costs.pence() as f64),
                    &styles.pounds_bold,
                )?;
                formula(
                    sheet,
                    row,
                    2,
                    &pv(savings),
                    pounds(measures.pv_savings.pence() as f64),
                    &styles.pounds_bold,
                )?;
                formula(
                    sheet,
                    row,
                    3,
                    &format!("={}-{}", relative(row, 2), relative(row, 1)),
                    pounds(measures.npv.pence() as f64),
                    &styles.pounds_bold,
                )?;
                formula(
                    sheet,
                    row,
                    4,
                    &format!(
                        "=IF({b}>0,{c}/{b},\"–\")",
                        b = relative(row, 1),
                        c = relative(row, 2)
                    ),
                    measures
                        .benefit_cost_ratio
                        .map_or_else(|| "–".to_owned(), |ratio| ratio.to_string()),
                    &styles.ratio,
                )?;
                formula(
                    sheet,
                    row,
                    5,
                    &payback_formula(book, *kind, cumulative),
                    payback_result(&measures.payback),
                    &styles.header,
                )?;
            }
            _ => {
                for c in 1..=3 {
                    sheet.write_number_with_format(row, col(c), 0.0, &styles.pounds_bold)?;
                }
                sheet.write_string(row, 4, "–")?;
                sheet.write_string(row, 5, Payback::NotWithinPeriod.label())?;
            }
        }
        formula(
            sheet,
            row,
            6,
            &format!(
                "=1+COUNTIF($D${}:$D${},\">\"&{})",
                first + 1,
                last + 1,
                relative(row, 3)
            ),
            result.map_or(0, |r| r.rank).to_string(),
            &rust_xlsxwriter::Format::new(),
        )?;
        let at = |c: usize| format!("={}!{}", quoted(SHEET_APPRAISAL), absolute(row, c));
        let option = key(kind.label());
        names.push((format!("PVCosts_{option}"), at(1)));
        names.push((format!("PVSavings_{option}"), at(2)));
        names.push((format!("NPV_{option}"), at(3)));
        names.push((format!("BCR_{option}"), at(4)));
        row += 1;
    }
    sheet.protect();
    for (name, target) in names {
        workbook.define_name(name, &target)?;
    }
    Ok(Layout {
        own: all_rows
            .iter()
            .map(|(kind, rows)| {
                (
                    *kind,
                    OwnRows {
                        costs: rows.costs,
                        savings: rows.savings,
                        cash_costs: rows.cash_costs,
                    },
                )
            })
            .collect(),
        years,
    })
}

/// The letters of year `year`'s column on the calculation sheets (year 0 in column B).
fn col_letter_of_year(year: usize) -> String {
    crate::case::finance::sheet::column_letter(year + 1)
}

/// Option `kind`'s costs in year `year` with each category's optimism bias, as the
/// appraisal adds them: the sum of each category's costs times (1 + its rate).
fn costs_formula(book: &Book<'_>, kind: OptionKind, year: usize) -> String {
    let amounts = book.year_range(kind, year);
    let flow = book.line_range(kind, column::FLOW);
    let category = book.line_range(kind, column::CATEGORY);
    let terms: Vec<String> = OptimismCategory::ALL
        .iter()
        .map(|c| {
            format!(
                "SUMIFS({amounts},{flow},\"Cost\",{category},\"{}\")*(1+{})",
                c.label(),
                book.rate_name(kind, *c)
            )
        })
        .collect();
    format!("={}", terms.join("+"))
}

/// Option `kind`'s savings in year `year` less the savings adjustment; a residual value
/// counts its whole amount in the last year, whichever years it is entered in.
fn savings_formula(book: &Book<'_>, kind: OptionKind, year: usize) -> String {
    let flow = book.line_range(kind, column::FLOW);
    let saving = book.line_range(kind, column::SAVING_KIND);
    let residual = SavingKind::ResidualValue.label();
    let mut sum = format!(
        "SUMIFS({},{flow},\"Saving\",{saving},\"<>{residual}\")",
        book.year_range(kind, year)
    );
    if year + 1 == book.years() {
        for each in 0..book.years() {
            sum.push_str(&format!(
                "+SUMIFS({},{flow},\"Saving\",{saving},\"{residual}\")",
                book.year_range(kind, each)
            ));
        }
    }
    format!("=({sum})*(1-{})", book.adjustment_name(kind))
}

/// Option `kind`'s costs in year `year` in cash, without optimism bias.
fn cash_costs_formula(book: &Book<'_>, kind: OptionKind, year: usize) -> String {
    format!(
        "=SUMIFS({},{},\"Cost\")",
        book.year_range(kind, year),
        book.line_range(kind, column::FLOW)
    )
}

/// Option `kind`'s savings in year `year` that are cash: cash-releasing and cost avoidance.
fn cash_savings_formula(book: &Book<'_>, kind: OptionKind, year: usize) -> String {
    let amounts = book.year_range(kind, year);
    let flow = book.line_range(kind, column::FLOW);
    let saving = book.line_range(kind, column::SAVING_KIND);
    let terms: Vec<String> = SavingKind::ALL
        .iter()
        .filter(|k| k.is_cash())
        .map(|k| {
            format!(
                "SUMIFS({amounts},{flow},\"Saving\",{saving},\"{}\")",
                k.label()
            )
        })
        .collect();
    format!("={}", terms.join("+"))
}

/// The payback year from the cumulative net cash on row `cumulative`: the year after the last
/// year the cumulative is below zero (the first year if it never is), or not within the
/// period if the last year is; not within the period when neither the option nor business as
/// usual has a line.
fn payback_formula(book: &Book<'_>, kind: OptionKind, cumulative: u32) -> String {
    let years = book.years();
    let last = col_letter_of_year(years - 1);
    let cum = format!("$B${r}:${last}${r}", r = cumulative + 1);
    let numbers = format!("$B${r}:${last}${r}", r = YEAR_NUMBERS + 1);
    let labels = format!("$B$4:${last}$4");
    let after_last_negative = format!("SUMPRODUCT(MAX(({cum}<0)*({numbers}+1)))");
    let none = Payback::NotWithinPeriod.label();
    format!(
        "=IF(COUNTA({})+COUNTA({})=0,\"{none}\",IF({after_last_negative}>={years},\"{none}\",INDEX({labels},1,{after_last_negative}+1)))",
        book.line_range(kind, column::FLOW),
        book.line_range(OptionKind::BusinessAsUsual, column::FLOW),
    )
}

/// The payback as the cell's cached value.
fn payback_result(payback: &Payback) -> String {
    payback.label().to_owned()
}
