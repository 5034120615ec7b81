//! The layout of an option's lines on a spreadsheet: one rule for the workbook Casewright
//! writes and for the sheets it reads back, so an exported option imports unchanged.
//!
//! Row 1 holds the headers ([`headers`]): the line's details ([`DETAILS`]) and then one
//! column per year of the appraisal, labelled as the paper labels years ("2026/27"). Each
//! further row is one line ([`row_of`]), its details in the words the pickers use (each
//! enum's `label`) and its amounts as pounds. Reading a row back ([`line_of`]) checks every
//! cell and names the column of each problem.

use super::line::{
    FallsIn, FinanceLine, Flow, FlowKind, FundingSource, Indexation, Recurrence, SavingKind,
    Spending, Vat,
};
use super::optimism::OptimismCategory;
use super::{Finance, limits};
use crate::case::money::Money;

/// The headers of the columns before the years, in order.
pub const DETAILS: [&str; 10] = [
    "Line",
    "Cost or saving",
    "Optimism category",
    "Funding",
    "Saving kind",
    "Recurrence",
    "Capital or revenue",
    "Falls in",
    "VAT",
    "Inflation",
];

/// The column of each detail, counting from 0, so writer and reader name them alike.
pub mod column {
    /// "Line": what the money is for.
    pub const LINE: usize = 0;
    /// "Cost or saving".
    pub const FLOW: usize = 1;
    /// "Optimism category", costs only.
    pub const CATEGORY: usize = 2;
    /// "Funding", costs only.
    pub const FUNDING: usize = 3;
    /// "Saving kind", savings only.
    pub const SAVING_KIND: usize = 4;
    /// "Recurrence".
    pub const RECURRENCE: usize = 5;
    /// "Capital or revenue".
    pub const SPENDING: usize = 6;
    /// "Falls in".
    pub const FALLS_IN: usize = 7;
    /// "VAT".
    pub const VAT: usize = 8;
    /// "Inflation".
    pub const INFLATION: usize = 9;
    /// The first year's amount; each later year follows it.
    pub const FIRST_YEAR: usize = 10;
}

/// Every header of an option's sheet for `finance`: the details, then each year's label.
pub fn headers(finance: &Finance) -> Vec<String> {
    DETAILS
        .iter()
        .map(|header| (*header).to_owned())
        .chain(finance.year_labels())
        .collect()
}

/// One cell as the layout writes it: words, or an amount of money (pounds on the sheet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    /// A detail in words.
    Text(String),
    /// An amount; the sheet shows it in pounds and keeps the pence.
    Money(Money),
    /// Nothing: a detail that does not apply to the line (a saving's funding).
    Blank,
}

/// One cell as a spreadsheet gave it back, before it is checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Read {
    /// Nothing in the cell.
    Empty,
    /// Text: a detail, or an amount a CSV file or a person typed as text.
    Text(String),
    /// A number.
    Number(f64),
    /// A formula: refused, because its value is the spreadsheet's, not the user's figure.
    Formula,
    /// Anything else (a date, an error, a true or false), described for the message.
    Other(String),
}

/// The letters a spreadsheet shows for column `index` (0 is "A", 26 is "AA").
pub fn column_letter(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The cells of `line` in the layout's order, `years` amounts long.
pub fn row_of(line: &FinanceLine, years: usize) -> Vec<Written> {
    let text = |s: &str| Written::Text(s.to_owned());
    let (category, funding, saving) = match line.flow {
        Flow::Cost { category, funding } => (
            text(category.label()),
            text(funding.label()),
            Written::Blank,
        ),
        Flow::Saving { kind } => (Written::Blank, Written::Blank, text(kind.label())),
    };
    let mut row = vec![
        text(&line.label),
        text(line.kind().label()),
        category,
        funding,
        saving,
        text(line.recurrence.label()),
        text(line.spending.label()),
        text(line.falls_in.label()),
        text(line.vat.label()),
        text(line.indexation.label()),
    ];
    row.extend((0..years).map(|year| Written::Money(line.amount(year))));
    row
}

/// What is wrong with one cell (or one row) of a sheet, without saying which sheet or row:
/// the reader adds those.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    /// The column, counting from 0; `None` when the problem is the row's as a whole.
    pub column: Option<usize>,
    /// What is wrong, as a plain sentence.
    pub message: String,
}

impl CellProblem {
    fn at(column: usize, message: String) -> CellProblem {
        CellProblem {
            column: Some(column),
            message,
        }
    }
}

/// Checks a sheet's header row against the layout for `finance`: every column named as
/// [`headers`] names it, in order, no more and no fewer.
pub fn check_headers(finance: &Finance, row: &[Read]) -> Vec<CellProblem> {
    let expected = headers(finance);
    let mut problems = Vec::new();
    let last_filled = row
        .iter()
        .rposition(|cell| !matches!(cell, Read::Empty))
        .map_or(0, |i| i + 1);
    for (index, want) in expected.iter().enumerate() {
        let found = row.get(index).cloned().unwrap_or(Read::Empty);
        match found {
            Read::Text(text) if text.trim() == want => {}
            Read::Empty => problems.push(CellProblem::at(
                index,
                format!("the column \u{201c}{want}\u{201d} is missing"),
            )),
            other => problems.push(CellProblem::at(
                index,
                format!(
                    "the header should be \u{201c}{want}\u{201d} but is {}",
                    describe(&other)
                ),
            )),
        }
    }
    for (index, cell) in row
        .iter()
        .enumerate()
        .take(last_filled)
        .skip(expected.len())
    {
        if !matches!(cell, Read::Empty) {
            problems.push(CellProblem::at(
                index,
                format!(
                    "there is an extra column {}: the appraisal has {} years, so the last column is {}",
                    describe(cell),
                    finance.years,
                    column_letter(expected.len() - 1)
                ),
            ));
        }
    }
    problems
}

/// Whether every cell of `row` is empty: a blank row between lines is skipped.
pub fn is_blank(row: &[Read]) -> bool {
    row.iter().all(|cell| match cell {
        Read::Empty => true,
        Read::Text(text) => text.trim().is_empty(),
        _ => false,
    })
}

/// The line a row of the layout holds for `finance`, or every problem with its cells.
pub fn line_of(finance: &Finance, row: &[Read]) -> Result<FinanceLine, Vec<CellProblem>> {
    let mut problems = Vec::new();
    let width = DETAILS.len() + finance.years;
    for (index, cell) in row.iter().enumerate().skip(width) {
        if !matches!(cell, Read::Empty) {
            problems.push(CellProblem::at(
                index,
                format!("this cell is beyond the last column: {}", describe(cell)),
            ));
        }
    }
    let cell = |index: usize| row.get(index).cloned().unwrap_or(Read::Empty);
    let label = match cell(column::LINE) {
        Read::Text(text) if !text.trim().is_empty() => text.trim().to_owned(),
        Read::Number(number) => number.to_string(),
        other => {
            problems.push(CellProblem::at(
                column::LINE,
                format!(
                    "the line needs a name, but this cell is {}",
                    describe(&other)
                ),
            ));
            String::new()
        }
    };
    let mut choose = |index: usize, header: &str, labels: &[&str]| -> Option<usize> {
        let found = cell(index);
        let position = match &found {
            Read::Text(text) => labels
                .iter()
                .position(|label| label.eq_ignore_ascii_case(text.trim())),
            _ => None,
        };
        if position.is_none() {
            problems.push(CellProblem::at(
                index,
                format!(
                    "\u{201c}{header}\u{201d} must be one of {}, but this cell is {}",
                    quoted(labels),
                    describe(&found)
                ),
            ));
        }
        position
    };
    let kind = choose(
        column::FLOW,
        DETAILS[column::FLOW],
        &FlowKind::ALL.map(FlowKind::label),
    )
    .map(|i| FlowKind::ALL[i]);
    let flow = match kind {
        Some(FlowKind::Cost) => {
            let category = choose(
                column::CATEGORY,
                DETAILS[column::CATEGORY],
                &OptimismCategory::ALL.map(OptimismCategory::label),
            );
            let funding = choose(
                column::FUNDING,
                DETAILS[column::FUNDING],
                &FundingSource::ALL.map(FundingSource::label),
            );
            category.zip(funding).map(|(c, f)| Flow::Cost {
                category: OptimismCategory::ALL[c],
                funding: FundingSource::ALL[f],
            })
        }
        Some(FlowKind::Saving) => choose(
            column::SAVING_KIND,
            DETAILS[column::SAVING_KIND],
            &SavingKind::ALL.map(SavingKind::label),
        )
        .map(|k| Flow::Saving {
            kind: SavingKind::ALL[k],
        }),
        None => None,
    };
    let recurrence = choose(
        column::RECURRENCE,
        DETAILS[column::RECURRENCE],
        &Recurrence::ALL.map(Recurrence::label),
    )
    .map(|i| Recurrence::ALL[i]);
    let spending = choose(
        column::SPENDING,
        DETAILS[column::SPENDING],
        &Spending::ALL.map(Spending::label),
    )
    .map(|i| Spending::ALL[i]);
    let vat =
        choose(column::VAT, DETAILS[column::VAT], &Vat::ALL.map(Vat::label)).map(|i| Vat::ALL[i]);
    let indexation = choose(
        column::INFLATION,
        DETAILS[column::INFLATION],
        &Indexation::ALL.map(Indexation::label),
    )
    .map(|i| Indexation::ALL[i]);
    let falls_in = match cell(column::FALLS_IN) {
        Read::Text(text) if text.trim().eq_ignore_ascii_case("Shared") => Some(FallsIn::Shared),
        Read::Text(text) if !text.trim().is_empty() => Some(FallsIn::Force(text.trim().to_owned())),
        other => {
            problems.push(CellProblem::at(
                column::FALLS_IN,
                format!(
                    "\u{201c}Falls in\u{201d} must be \u{201c}Shared\u{201d} or a force's name, but this cell is {}",
                    describe(&other)
                ),
            ));
            None
        }
    };
    let mut amounts = Vec::with_capacity(finance.years);
    for year in 0..finance.years {
        let index = column::FIRST_YEAR + year;
        match amount_of(&cell(index)) {
            Ok(amount) => amounts.push(amount),
            Err(message) => problems.push(CellProblem::at(
                index,
                format!("the amount for {} {message}", finance.year_label(year)),
            )),
        }
    }
    match (flow, recurrence, spending, falls_in, vat, indexation) {
        (
            Some(flow),
            Some(recurrence),
            Some(spending),
            Some(falls_in),
            Some(vat),
            Some(indexation),
        ) if problems.is_empty() => Ok(FinanceLine {
            label,
            flow,
            recurrence,
            spending,
            falls_in,
            vat,
            indexation,
            amounts,
        }),
        _ => Err(problems),
    }
}

/// An amount from a cell: a number of pounds with at most two decimal places, or text a
/// person would type for one ("£1,250.50"); an empty cell is nothing in that year. The error
/// completes the sentence "the amount for 2026/27 …".
fn amount_of(cell: &Read) -> Result<Money, String> {
    let money = match cell {
        Read::Empty => return Ok(Money::ZERO),
        Read::Number(pounds) => {
            let pence = pounds * 100.0;
            let rounded = pence.round();
            if !pence.is_finite() || (pence - rounded).abs() > 1e-6 * rounded.abs().max(1.0) {
                return Err(format!(
                    "is {pounds}, which is not an amount in pounds and pence"
                ));
            }
            if rounded.abs() > limits::MAX_YEARLY_AMOUNT.pence() as f64 {
                return Err(format!(
                    "is more than {}, the most a line can be in a year",
                    limits::MAX_YEARLY_AMOUNT.whole_pounds()
                ));
            }
            Money(rounded as i64)
        }
        Read::Text(text) if text.trim().is_empty() => return Ok(Money::ZERO),
        Read::Text(text) => Money::parse(text).ok_or_else(|| {
            format!(
                "is the text \u{201c}{}\u{201d}, not an amount of money",
                text.trim()
            )
        })?,
        other => return Err(format!("is {}, not an amount of money", describe(other))),
    };
    if money < Money::ZERO {
        return Err(
            "is negative: amounts are entered as positive numbers, and \u{201c}Cost or saving\u{201d} gives the direction"
                .to_owned(),
        );
    }
    if money > limits::MAX_YEARLY_AMOUNT {
        return Err(format!(
            "is more than {}, the most a line can be in a year",
            limits::MAX_YEARLY_AMOUNT.whole_pounds()
        ));
    }
    Ok(money)
}

/// A cell's content for a message: "empty", "the text “x”", "the number 3", "a formula".
fn describe(cell: &Read) -> String {
    match cell {
        Read::Empty => "empty".to_owned(),
        Read::Text(text) if text.trim().is_empty() => "empty".to_owned(),
        Read::Text(text) => format!("\u{201c}{}\u{201d}", text.trim()),
        Read::Number(number) => format!("the number {number}"),
        Read::Formula => "a formula (type the figure itself)".to_owned(),
        Read::Other(what) => what.clone(),
    }
}

/// Labels as a list for a message: "“Cost” or “Saving”".
fn quoted(labels: &[&str]) -> String {
    let quoted: Vec<String> = labels
        .iter()
        .map(|label| format!("\u{201c}{label}\u{201d}"))
        .collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(row: &[Written]) -> Vec<Read> {
        row.iter()
            .map(|cell| match cell {
                Written::Text(text) => Read::Text(text.clone()),
                Written::Money(money) => Read::Number(money.as_pounds_f64()),
                Written::Blank => Read::Empty,
            })
            .collect()
    }

    #[test]
    fn a_line_written_as_a_row_reads_back_the_same() {
        let finance = Finance {
            years: 3,
            ..Finance::default()
        };
        let lines = [
            FinanceLine {
                label: "Range refurbishment".into(),
                flow: Flow::Cost {
                    category: OptimismCategory::NonStandardBuildings,
                    funding: FundingSource::CapitalProgramme,
                },
                recurrence: Recurrence::OneOff,
                spending: Spending::Capital,
                falls_in: FallsIn::Force("Cumbria".into()),
                vat: Vat::Irrecoverable,
                indexation: Indexation::Pay,
                amounts: vec![Money(123_456_789), Money::ZERO, Money(1)],
            },
            FinanceLine {
                label: "Trainer posts".into(),
                flow: Flow::Saving {
                    kind: SavingKind::NonCashReleasing,
                },
                amounts: vec![Money(5), Money(10), Money(99_999_999_999)],
                ..FinanceLine::default()
            },
        ];
        for line in lines {
            let row = read(&row_of(&line, 3));
            assert_eq!(line_of(&finance, &row), Ok(line));
        }
        let headers: Vec<Read> = headers(&finance).into_iter().map(Read::Text).collect();
        assert!(check_headers(&finance, &headers).is_empty());
        assert_eq!(headers.len(), 13);
    }

    #[test]
    fn a_bad_row_names_each_column_that_is_wrong() {
        let finance = Finance {
            years: 2,
            ..Finance::default()
        };
        let mut row = read(&row_of(&FinanceLine::new(FlowKind::Cost, 2), 2));
        row[column::LINE] = Read::Text("Posts".into());
        row[column::FIRST_YEAR] = Read::Text("lots".into());
        row[column::FIRST_YEAR + 1] = Read::Formula;
        row[column::VAT] = Read::Text("Maybe".into());
        let problems = line_of(&finance, &row).expect_err("three bad cells");
        let columns: Vec<Option<usize>> = problems.iter().map(|p| p.column).collect();
        assert_eq!(
            columns,
            vec![Some(column::VAT), Some(10), Some(11)],
            "{problems:?}"
        );
        assert!(problems[1].message.contains("\u{201c}lots\u{201d}"));
        assert!(problems[2].message.contains("formula"));
    }

    #[test]
    fn columns_are_lettered_as_a_spreadsheet_letters_them() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn headers_name_missing_and_extra_columns() {
        let finance = Finance {
            years: 2,
            ..Finance::default()
        };
        let mut row: Vec<Read> = headers(&finance).into_iter().map(Read::Text).collect();
        row.remove(column::VAT);
        let problems = check_headers(&finance, &row);
        assert!(problems[0].message.contains("VAT"), "{problems:?}");
        let mut row: Vec<Read> = headers(&finance).into_iter().map(Read::Text).collect();
        row.push(Read::Text("2028/29".into()));
        let problems = check_headers(&finance, &row);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].column, Some(12));
        assert!(problems[0].message.contains("extra column"));
    }
}
