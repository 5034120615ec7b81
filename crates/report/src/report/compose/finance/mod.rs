//! The economic case ([`economic`]: every shortlisted option against business as usual, how
//! robust the choice is) and the financial case ([`financial`]: what the preferred option
//! costs and saves in cash, and what each force pays and saves in each year), with what the
//! two share.

mod economic;
mod financial;

pub(super) use economic::economic;
pub(super) use financial::financial;

use crate::case::finance::FinanceLine;
use crate::report::document::Cell;

/// Why a total can differ by £1 from the sum of the figures shown beside it: the arithmetic
/// is exact to the penny (parts add up to their totals), and each figure is rounded to the
/// pound only when it is printed. A finance officer who adds up a row checks this first.
const ROUNDING: &str = "Figures are worked out to the penny and each is rounded to the nearest pound when shown, so a total can differ by £1 from the sum of the rounded figures beside it.";

/// A line's total over an appraisal of `years` years, in real prices as entered: an amount,
/// or a note where it is too large to add up. Amounts beyond the appraisal (a hand-edited
/// file's) are left out, as the appraisal leaves them out.
fn line_total(line: &FinanceLine, years: usize) -> Cell {
    line.total(years)
        .map_or_else(|| Cell::from("Too large"), Cell::Money)
}
