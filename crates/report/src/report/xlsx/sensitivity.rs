//! The Sensitivity sheet: the preferred option and the runner-up under the usual shocks, and
//! the switching values, as live formulas over the Appraisal sheet, each holding the value
//! `Finance::sensitivity` gave.
//!
//! Every shock acts on the option's own present values (`case::finance::sensitivity` says
//! why), so the sheet first works those out from the option's own rows on the Appraisal
//! sheet, then each scenario adjusts the measures against business as usual by them. The
//! rounding is the model's: a share of an amount to the penny, half away from zero, worked in
//! whole pence so that a spreadsheet's binary fractions cannot tip a half penny.

use rust_xlsxwriter::{Format, Workbook, Worksheet};

use super::WorkbookError;

use super::appraisal::Layout;
use super::book::{Book, SHEET_SENSITIVITY, absolute, col, formula, key, pounds, quoted, relative};
use crate::case::finance::{Outcome, Scenario, Sensitivity, SwitchingValue, UpliftSwitch};
use crate::case::money::{Money, Percent};
use crate::case::options::OptionKind;

/// The row of the own present values' headers.
const OWN_HEADER: u32 = 4;
/// The own present values, one row each, in this order.
const OWN_LABELS: [&str; 6] = [
    "Its own PV of savings, after the savings adjustment",
    "Its own PV of costs, with optimism bias",
    "Its own PV of savings if each came a year later",
    "Its own PV of costs, without optimism bias",
    "PV of savings against business as usual",
    "PV of costs against business as usual",
];
/// Offsets into [`OWN_LABELS`].
const OWN_SAVINGS: u32 = 0;
const OWN_COSTS: u32 = 1;
const OWN_SAVINGS_LATE: u32 = 2;
const OWN_COSTS_BEFORE_BIAS: u32 = 3;
const AGAINST_SAVINGS: u32 = 4;
const AGAINST_COSTS: u32 = 5;

/// The text the optimism-bias switching value shows when the option has no costs to uplift.
pub const NO_OWN_COSTS: &str = "none (it has no costs of its own)";

/// Writes the Sensitivity sheet and names each scenario's net present value
/// (`Sensitivity_NPV_LeadForce_2`, the scenarios counted from 1 in the paper's order) and the
/// switching values (`Switch_ToZero`, `Switch_ToNext`, `Switch_Uplift`).
pub fn write(
    book: &Book<'_>,
    layout: &Layout,
    workbook: &mut Workbook,
) -> Result<(), WorkbookError> {
    let styles = &book.styles;
    let sheet = workbook.add_worksheet().set_name(SHEET_SENSITIVITY)?;
    super::book::print_landscape(sheet);
    sheet.set_column_width(0, 56)?;
    for c in 1..=9 {
        sheet.set_column_width(c, 16)?;
    }
    sheet.write_string_with_format(0, 0, "Sensitivity and switching values", &styles.title)?;
    sheet.write_string_with_format(
        1,
        0,
        "Every figure is a formula over the Appraisal sheet, holding the value Casewright computed. Each shock acts on the option's own figures; business as usual's stay as they are.",
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
    let mut names = Vec::new();
    let compared: Vec<OptionKind> = std::iter::once(sensitivity.preferred)
        .chain(sensitivity.runner_up)
        .collect();
    let own = own_values(book, layout, sheet, &compared, &sensitivity)?;
    let scenarios = OWN_HEADER + OWN_LABELS.len() as u32 + 2;
    let central_npv = scenario_table(book, sheet, scenarios, &own, &sensitivity, &mut names)?;
    let switching = scenarios + Scenario::USUAL.len() as u32 + 2;
    switching_values(
        book,
        sheet,
        switching,
        &own,
        &central_npv,
        &sensitivity,
        &mut names,
    )?;
    sheet.protect();
    for (name, row, column) in names {
        workbook.define_name(
            name,
            &format!("={}!{}", quoted(SHEET_SENSITIVITY), absolute(row, column)),
        )?;
    }
    Ok(())
}

/// Where one compared option's own present values are: its column, from 1.
struct Own {
    kind: OptionKind,
    column: usize,
}

impl Own {
    /// The cell of own value `offset` ([`OWN_LABELS`]), absolute.
    fn cell(&self, offset: u32) -> String {
        absolute(OWN_HEADER + 1 + offset, self.column)
    }
}

/// Writes the compared options' own present values and where they are.
fn own_values(
    book: &Book<'_>,
    layout: &Layout,
    sheet: &mut Worksheet,
    compared: &[OptionKind],
    sensitivity: &Sensitivity,
) -> Result<Vec<Own>, WorkbookError> {
    let styles = &book.styles;
    sheet.write_string_with_format(OWN_HEADER, 0, "Present values", &styles.header)?;
    for (offset, label) in OWN_LABELS.iter().enumerate() {
        sheet.write_string(OWN_HEADER + 1 + offset as u32, 0, *label)?;
    }
    let mut own = Vec::new();
    for (index, kind) in compared.iter().enumerate() {
        let column = index + 1;
        sheet.write_string_with_format(OWN_HEADER, col(column), kind.label(), &styles.header)?;
        let Some(rows) = layout.own(*kind) else {
            continue;
        };
        let values = book.finance.own_present_values(*kind)?;
        let result = book.appraisal.get(*kind).map(|r| &r.measures);
        let option = key(kind.label());
        let cells: [(u32, String, Money); 6] = [
            (
                OWN_SAVINGS,
                layout.present_value(rows.savings, false),
                values.savings,
            ),
            (
                OWN_COSTS,
                layout.present_value(rows.costs, false),
                values.costs,
            ),
            (
                OWN_SAVINGS_LATE,
                layout.present_value(rows.savings, true),
                values.savings_late,
            ),
            (
                OWN_COSTS_BEFORE_BIAS,
                layout.present_value(rows.cash_costs, false),
                values.costs_before_bias,
            ),
            (
                AGAINST_SAVINGS,
                format!("PVSavings_{option}"),
                result.map_or(Money::ZERO, |m| m.pv_savings),
            ),
            (
                AGAINST_COSTS,
                format!("PVCosts_{option}"),
                result.map_or(Money::ZERO, |m| m.pv_costs),
            ),
        ];
        for (offset, text, value) in cells {
            formula(
                sheet,
                OWN_HEADER + 1 + offset,
                column,
                &format!("={text}"),
                money(value),
                &styles.pounds,
            )?;
        }
        own.push(Own {
            kind: *kind,
            column,
        });
    }
    debug_assert_eq!(
        own.first().map(|o| o.kind),
        Some(sensitivity.preferred),
        "the preferred option comes first"
    );
    Ok(own)
}

/// The scenario table from row `top`: for each compared option its PV costs, PV savings, NPV
/// and BCR in each scenario, and whether the preferred option is still best. Gives the cell
/// of the preferred option's central NPV.
fn scenario_table(
    book: &Book<'_>,
    sheet: &mut Worksheet,
    top: u32,
    own: &[Own],
    sensitivity: &Sensitivity,
    names: &mut Vec<(String, u32, usize)>,
) -> Result<String, WorkbookError> {
    let styles = &book.styles;
    sheet.write_string_with_format(top, 0, "Scenario", &styles.header)?;
    for (index, each) in own.iter().enumerate() {
        let first = first_column(index);
        let label = each.kind.label();
        for (offset, measure) in ["PV costs", "PV savings", "NPV", "BCR"].iter().enumerate() {
            sheet.write_string_with_format(
                top,
                col(first + offset),
                format!("{label}: {measure}"),
                &styles.header,
            )?;
        }
    }
    let still_best = first_column(own.len());
    sheet.write_string_with_format(
        top,
        col(still_best),
        "Preferred option still best",
        &styles.header,
    )?;
    if own.len() < 2 {
        sheet.write_string(top + 1, col(still_best), "Yes (no other option to compare)")?;
    }
    for (number, row) in sensitivity.rows.iter().enumerate() {
        let r = top + 1 + number as u32;
        sheet.write_string(r, 0, row.scenario.label())?;
        let outcomes =
            std::iter::once(Some(&row.preferred)).chain(std::iter::once(row.runner_up.as_ref()));
        for ((index, each), outcome) in own.iter().enumerate().zip(outcomes) {
            let Some(outcome) = outcome else {
                continue;
            };
            let first = first_column(index);
            write_outcome(book, sheet, r, first, each, row.scenario, outcome)?;
            names.push((
                format!("Sensitivity_NPV_{}_{}", key(each.kind.label()), number + 1),
                r,
                first + NPV_OFFSET,
            ));
        }
        if own.len() == 2 {
            formula(
                sheet,
                r,
                still_best,
                &format!(
                    "=IF({}>={},\"Yes\",\"No\")",
                    relative(r, first_column(0) + NPV_OFFSET),
                    relative(r, first_column(1) + NPV_OFFSET)
                ),
                if row.preferred_still_best() {
                    "Yes"
                } else {
                    "No"
                }
                .to_owned(),
                &Format::new(),
            )?;
        }
    }
    Ok(absolute(top + 1, first_column(0) + NPV_OFFSET))
}

/// The scenario table's first column for the compared option at `index` (0 for the preferred
/// option): each has four, PV costs, PV savings, NPV and BCR.
fn first_column(index: usize) -> usize {
    1 + index * 4
}

/// Where the NPV is among an option's four columns.
const NPV_OFFSET: usize = 2;

/// One option's PV costs, PV savings, NPV and BCR in `scenario`, from column `first` of row
/// `row`.
fn write_outcome(
    book: &Book<'_>,
    sheet: &mut Worksheet,
    row: u32,
    first: usize,
    own: &Own,
    scenario: Scenario,
    outcome: &Outcome,
) -> Result<(), WorkbookError> {
    let styles = &book.styles;
    let (costs, savings) = (own.cell(AGAINST_COSTS), own.cell(AGAINST_SAVINGS));
    let (costs, savings) = match scenario {
        Scenario::Central => (costs, savings),
        Scenario::SavingsLower(percent) => (
            costs,
            format!(
                "{savings}-{}",
                share_in_pence(&own.cell(OWN_SAVINGS), percent)
            ),
        ),
        Scenario::CostsHigher(percent) => (
            format!("{costs}+{}", share_in_pence(&own.cell(OWN_COSTS), percent)),
            savings,
        ),
        Scenario::SavingsYearLate => (
            costs,
            format!(
                "{savings}-{}+{}",
                own.cell(OWN_SAVINGS),
                own.cell(OWN_SAVINGS_LATE)
            ),
        ),
    };
    let (c, s) = (relative(row, first), relative(row, first + 1));
    formula(
        sheet,
        row,
        first,
        &format!("={costs}"),
        money(outcome.pv_costs),
        &styles.pounds,
    )?;
    formula(
        sheet,
        row,
        first + 1,
        &format!("={savings}"),
        money(outcome.pv_savings),
        &styles.pounds,
    )?;
    formula(
        sheet,
        row,
        first + NPV_OFFSET,
        &format!("={s}-{c}"),
        money(outcome.npv),
        &styles.pounds_bold,
    )?;
    formula(
        sheet,
        row,
        first + 3,
        &format!("=IF({c}>0,{s}/{c},\"–\")"),
        outcome
            .benefit_cost_ratio
            .map_or_else(|| "–".to_owned(), |ratio| ratio.to_string()),
        &styles.ratio,
    )?;
    Ok(())
}

/// `percent`% of the pounds in `cell`, to the penny, half away from zero, as
/// `case::finance::sensitivity` rounds it: worked in whole pence, so that the product is
/// exact.
fn share_in_pence(cell: &str, percent: u8) -> String {
    format!("ROUND(ROUND({cell}*100,0)*{percent}/100,0)/100")
}

/// The switching values from row `top`: the fall in the preferred option's own savings at
/// which its NPV reaches zero, and at which the next-best option (business as usual at zero
/// among them) ranks first; and the optimism bias at which that option ranks first.
fn switching_values(
    book: &Book<'_>,
    sheet: &mut Worksheet,
    top: u32,
    own: &[Own],
    central_npv: &str,
    sensitivity: &Sensitivity,
    names: &mut Vec<(String, u32, usize)>,
) -> Result<(), WorkbookError> {
    let styles = &book.styles;
    let preferred = &own[0];
    let own_savings = preferred.cell(OWN_SAVINGS);
    let headers = [
        "Switching values",
        "Fall or uplift",
        "Share of its own savings",
        "Now",
    ];
    for (c, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(top, col(c), *header, &styles.header)?;
    }
    let percent = Format::new().set_num_format(super::style::PERCENT);
    let already = SwitchingValue::AlreadyCrossed.phrase();
    let fall = |gap: &str| {
        format!(
            "=IF({gap}<=0,\"{already}\",IF({own_savings}<=0,\"{}\",{gap}))",
            SwitchingValue::NoOwnSavings.phrase()
        )
    };
    let share = |gap: &str| {
        format!("=IF(AND({gap}>0,{own_savings}>0),ROUND({gap}*10000/{own_savings},0)/10000,\"\")")
    };

    let row = top + 1;
    sheet.write_string(
        row,
        0,
        "Fall in its own savings at which its NPV reaches zero",
    )?;
    let (amount, portion) = fall_results(&sensitivity.to_zero);
    formula(sheet, row, 1, &fall(central_npv), amount, &styles.pounds)?;
    formula(sheet, row, 2, &share(central_npv), portion, &percent)?;
    names.push(("Switch_ToZero".to_owned(), row, 1));

    let Some((next, to_next)) = &sensitivity.to_second else {
        return Ok(());
    };
    let (next_npv, next_name) = next_best(book, sensitivity.preferred);
    let row = top + 2;
    sheet.write_string(row, 0, "The next-best option (business as usual at zero)")?;
    formula(
        sheet,
        row,
        1,
        &format!("={next_name}"),
        next.label().to_owned(),
        &Format::new(),
    )?;
    formula(
        sheet,
        row,
        2,
        &format!("={next_npv}"),
        money(
            book.appraisal
                .get(*next)
                .map_or(Money::ZERO, |r| r.measures.npv),
        ),
        &styles.pounds,
    )?;
    let next_cell = absolute(row, 1);
    let gap = format!("({central_npv}-{})", absolute(row, 2));

    let row = top + 3;
    formula(
        sheet,
        row,
        0,
        &format!("=\"Fall in its own savings at which \"&LOWER({next_cell})&\" ranks first\""),
        format!(
            "Fall in its own savings at which {} ranks first",
            next.label().to_lowercase()
        ),
        &Format::new(),
    )?;
    let (amount, portion) = fall_results(to_next);
    formula(sheet, row, 1, &fall(&gap), amount, &styles.pounds)?;
    formula(sheet, row, 2, &share(&gap), portion, &percent)?;
    names.push(("Switch_ToNext".to_owned(), row, 1));

    let Some((_, uplift)) = &sensitivity.uplift_to_second else {
        return Ok(());
    };
    let row = top + 4;
    formula(
        sheet,
        row,
        0,
        &format!(
            "=\"Optimism bias on every category at which \"&LOWER({next_cell})&\" ranks first\""
        ),
        format!(
            "Optimism bias on every category at which {} ranks first",
            next.label().to_lowercase()
        ),
        &Format::new(),
    )?;
    let (costs, before) = (
        preferred.cell(OWN_COSTS),
        preferred.cell(OWN_COSTS_BEFORE_BIAS),
    );
    let uplift_of =
        |with_bias: &str| format!("MAX(0,ROUND(({with_bias}-{before})*10000/{before},0)/10000)");
    let (switching, current) = uplift_results(uplift, &already);
    formula(
        sheet,
        row,
        1,
        &format!(
            "=IF({before}<=0,\"{NO_OWN_COSTS}\",IF({gap}<=0,\"{already}\",{}))",
            uplift_of(&format!("{costs}+{gap}"))
        ),
        switching,
        &percent,
    )?;
    formula(
        sheet,
        row,
        3,
        &format!("=IF({before}<=0,\"\",{})", uplift_of(&costs)),
        current,
        &percent,
    )?;
    names.push(("Switch_Uplift".to_owned(), row, 1));
    Ok(())
}

/// The formulas of the next-best option's NPV and name after `preferred`, business as usual
/// at zero among them: the highest NPV of the others, and the first in the appraisal's rank
/// order to have it, as `Appraisal::best_other` chooses.
fn next_best(book: &Book<'_>, preferred: OptionKind) -> (String, String) {
    let others: Vec<(OptionKind, String)> = book
        .appraisal
        .ranked()
        .into_iter()
        .filter(|result| result.kind != preferred)
        .map(|result| {
            let npv = if result.is_comparator() {
                "0".to_owned()
            } else {
                format!("NPV_{}", key(result.kind.label()))
            };
            (result.kind, npv)
        })
        .collect();
    let highest = format!(
        "MAX({})",
        others
            .iter()
            .map(|(_, npv)| npv.as_str())
            .collect::<Vec<_>>()
            .join(",")
    );
    let mut name = "\"\"".to_owned();
    for (kind, npv) in others.iter().rev() {
        name = format!("IF({npv}={highest},\"{}\",{name})", kind.label());
    }
    (highest, name)
}

/// A switching fall's cached amount and share.
fn fall_results(value: &SwitchingValue) -> (String, String) {
    match value {
        SwitchingValue::Fall { amount, share } => (money(*amount), fraction(*share)),
        other => (other.phrase(), String::new()),
    }
}

/// The optimism-bias switching value's cached uplift and the current one.
fn uplift_results(value: &UpliftSwitch, already: &str) -> (String, String) {
    match value {
        UpliftSwitch::At { current, switching } => (fraction(*switching), fraction(*current)),
        UpliftSwitch::AlreadyCrossed => (already.to_owned(), String::new()),
        UpliftSwitch::NoOwnCosts => (NO_OWN_COSTS.to_owned(), String::new()),
    }
}

/// An amount of money as the pounds a cell holds.
fn money(amount: Money) -> String {
    pounds(amount.pence() as f64)
}

/// A percentage as the fraction a cell holds: 38.2% is 0.382.
fn fraction(percent: Percent) -> String {
    (f64::from(percent.0) / 10_000.0).to_string()
}
