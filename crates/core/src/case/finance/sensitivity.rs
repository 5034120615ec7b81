//! How robust the choice is: the preferred option and the runner-up under the usual shocks,
//! and the switching values a finance officer asks for.
//!
//! Each scenario changes the present values against business as usual: "savings 10% lower"
//! is 90% of PV(savings); "costs 20% higher" is 120% of PV(costs), each rounded to the penny;
//! "savings a year late" moves every year's savings against business as usual one year on,
//! so the last year's fall outside the appraisal. Switching values are the fall in PV(savings)
//! at which the preferred option's net present value reaches zero, and at which it falls to
//! the next-best option's (which may be business as usual, at zero).

use super::appraisal::{Appraisal, Measures, ratio};
use super::{Finance, FinanceError};
use crate::case::money::{Money, Percent};
use crate::case::options::{OptionKind, Options};

/// A change to the central case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// The figures as entered.
    Central,
    /// Savings this many per cent lower.
    SavingsLower(u8),
    /// Costs this many per cent higher.
    CostsHigher(u8),
    /// Every saving a year later than planned.
    SavingsYearLate,
}

impl Scenario {
    /// The scenarios the Green Book's guidance and finance officers usually ask for, in the
    /// order the paper lists them.
    pub const USUAL: [Scenario; 6] = [
        Scenario::Central,
        Scenario::SavingsLower(10),
        Scenario::SavingsLower(20),
        Scenario::CostsHigher(10),
        Scenario::CostsHigher(20),
        Scenario::SavingsYearLate,
    ];

    /// The scenario in words.
    pub fn label(self) -> String {
        match self {
            Scenario::Central => "Central case".to_owned(),
            Scenario::SavingsLower(percent) => format!("Savings {percent}% lower"),
            Scenario::CostsHigher(percent) => format!("Costs {percent}% higher"),
            Scenario::SavingsYearLate => "Savings a year late".to_owned(),
        }
    }
}

/// An option's present values in one scenario. The payback year is left out: it is read
/// from cash, which the scenarios do not restate year by year.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Present value of costs against business as usual.
    pub pv_costs: Money,
    /// Present value of savings against business as usual.
    pub pv_savings: Money,
    /// Net present value.
    pub npv: Money,
    /// Benefit–cost ratio, when there are costs.
    pub benefit_cost_ratio: Option<f64>,
}

impl Outcome {
    /// The ratio in a table: "1.69", or "–" when there are no costs.
    pub fn ratio_label(&self) -> String {
        self.benefit_cost_ratio
            .map_or_else(|| "–".to_owned(), |ratio| format!("{ratio:.2}"))
    }
}

/// One scenario's outcome for the preferred option and the runner-up.
#[derive(Debug, Clone, PartialEq)]
pub struct SensitivityRow {
    /// The scenario.
    pub scenario: Scenario,
    /// The preferred option's outcome.
    pub preferred: Outcome,
    /// The runner-up's, when there is one.
    pub runner_up: Option<Outcome>,
}

impl SensitivityRow {
    /// Whether the preferred option still has the higher net present value in this scenario.
    pub fn preferred_still_best(&self) -> bool {
        self.runner_up
            .as_ref()
            .is_none_or(|runner_up| self.preferred.npv >= runner_up.npv)
    }
}

/// How far savings can fall before something changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SwitchingValue {
    /// A fall in the present value of savings of this much, this share of them.
    Fall {
        /// The fall in PV(savings).
        amount: Money,
        /// The fall as a share of PV(savings).
        share: Percent,
    },
    /// The threshold is already crossed in the central case.
    AlreadyCrossed,
}

impl SwitchingValue {
    /// The value in words, as the paper and the window both put it: "£1,250,000 (38.2% of its
    /// savings)".
    pub fn phrase(&self) -> String {
        match self {
            SwitchingValue::Fall { amount, share } => {
                format!("{} ({share} of its savings)", amount.whole_pounds())
            }
            SwitchingValue::AlreadyCrossed => "nothing (it is already there)".to_owned(),
        }
    }

    /// The fall of `gap` in PV(savings) of `pv_savings`, or already crossed when the gap is
    /// not positive.
    fn of(gap: Money, pv_savings: Money) -> SwitchingValue {
        if gap <= Money::ZERO || pv_savings <= Money::ZERO {
            return SwitchingValue::AlreadyCrossed;
        }
        let share = (i128::from(gap.pence()) * 10_000 * 2 + i128::from(pv_savings.pence()))
            / (2 * i128::from(pv_savings.pence()));
        SwitchingValue::Fall {
            amount: gap,
            share: Percent(u32::try_from(share).unwrap_or(u32::MAX)),
        }
    }
}

/// The sensitivity analysis of the preferred option.
#[derive(Debug, Clone, PartialEq)]
pub struct Sensitivity {
    /// The preferred option.
    pub preferred: OptionKind,
    /// The best other option measured against business as usual, if there is one.
    pub runner_up: Option<OptionKind>,
    /// One row per scenario, [`Scenario::USUAL`] in order.
    pub rows: Vec<SensitivityRow>,
    /// The fall in savings at which the preferred option's net present value reaches zero.
    pub to_zero: SwitchingValue,
    /// The fall in savings at which the preferred option stops being first, and the option
    /// that would then be first (business as usual when every other option is below zero).
    pub to_second: Option<(OptionKind, SwitchingValue)>,
}

/// `amount` × `numerator` / 100, rounded half away from zero to the penny, if it fits.
fn percent_of(amount: Money, numerator: i64) -> Option<Money> {
    let scaled = i128::from(amount.pence()) * i128::from(numerator);
    let rounded = if scaled >= 0 {
        (scaled + 50) / 100
    } else {
        (scaled - 50) / 100
    };
    i64::try_from(rounded).ok().map(Money)
}

impl Finance {
    /// The measures of option `kind` in `scenario`, against business as usual.
    fn scenario_measures(
        &self,
        kind: OptionKind,
        central: &Measures,
        scenario: Scenario,
    ) -> Result<Outcome, FinanceError> {
        let (pv_costs, pv_savings) = (central.pv_costs, central.pv_savings);
        let too_large = FinanceError::TooLarge(kind);
        let (pv_costs, pv_savings) = match scenario {
            Scenario::Central => (pv_costs, pv_savings),
            Scenario::SavingsLower(percent) => (
                pv_costs,
                percent_of(pv_savings, 100 - i64::from(percent)).ok_or(too_large)?,
            ),
            Scenario::CostsHigher(percent) => (
                percent_of(pv_costs, 100 + i64::from(percent)).ok_or(too_large)?,
                pv_savings,
            ),
            Scenario::SavingsYearLate => {
                let baseline = self.streams(OptionKind::BusinessAsUsual);
                let flows = Finance::against(&self.streams(kind), &baseline);
                // Each year's savings a year on; the last year's fall outside the appraisal.
                let mut late = vec![0.0; flows.savings.len()];
                if let Some(last) = late.len().checked_sub(1) {
                    late[1..].copy_from_slice(&flows.savings[..last]);
                }
                (pv_costs, self.present_value(&late, kind)?)
            }
        };
        let npv = i64::try_from(i128::from(pv_savings.pence()) - i128::from(pv_costs.pence()))
            .map_err(|_| too_large)?;
        Ok(Outcome {
            pv_costs,
            pv_savings,
            npv: Money(npv),
            benefit_cost_ratio: ratio(pv_savings, pv_costs),
        })
    }

    /// The sensitivity analysis of the preferred option, when there is one and it is not
    /// business as usual itself.
    pub fn sensitivity(
        &self,
        options: &Options,
        appraisal: &Appraisal,
    ) -> Result<Option<Sensitivity>, FinanceError> {
        let Some(preferred) = options
            .preferred()
            .filter(|kind| *kind != OptionKind::BusinessAsUsual)
        else {
            return Ok(None);
        };
        let Some(central) = appraisal.get(preferred) else {
            return Ok(None);
        };
        let runner_up = appraisal.best_other(preferred, false);
        let mut rows = Vec::with_capacity(Scenario::USUAL.len());
        for scenario in Scenario::USUAL {
            rows.push(SensitivityRow {
                scenario,
                preferred: self.scenario_measures(preferred, &central.measures, scenario)?,
                runner_up: runner_up
                    .map(|r| self.scenario_measures(r.kind, &r.measures, scenario))
                    .transpose()?,
            });
        }
        let measures = &central.measures;
        let to_zero = SwitchingValue::of(measures.npv, measures.pv_savings);
        let to_second = appraisal.best_other(preferred, true).map(|second| {
            let gap = measures.npv - second.measures.npv;
            (second.kind, SwitchingValue::of(gap, measures.pv_savings))
        });
        Ok(Some(Sensitivity {
            preferred,
            runner_up: runner_up.map(|r| r.kind),
            rows,
            to_zero,
            to_second,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_half_away_from_zero() {
        assert_eq!(percent_of(Money(105), 90), Some(Money(95))); // 94.5
        assert_eq!(percent_of(Money(-105), 90), Some(Money(-95)));
        assert_eq!(percent_of(Money(1_000), 120), Some(Money(1_200)));
        assert_eq!(percent_of(Money(i64::MAX), 120), None);
    }

    #[test]
    fn switching_shares_round_to_the_basis_point() {
        assert_eq!(
            SwitchingValue::of(Money(1), Money(3)),
            SwitchingValue::Fall {
                amount: Money(1),
                share: Percent(3333)
            }
        );
        assert_eq!(
            SwitchingValue::of(Money(2), Money(3)),
            SwitchingValue::Fall {
                amount: Money(2),
                share: Percent(6667)
            }
        );
        assert_eq!(
            SwitchingValue::of(Money(0), Money(3)),
            SwitchingValue::AlreadyCrossed
        );
    }
}
