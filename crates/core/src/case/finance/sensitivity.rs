//! How robust the choice is: the preferred option and the runner-up under the usual shocks,
//! and the switching values a finance officer asks for.
//!
//! Every shock acts on the option's *own* figures; business as usual's figures, and the
//! business-as-usual costs an option avoids, stay as they are (they are not the option's
//! estimates to get wrong). With the option's own present values (its savings after any
//! savings adjustment, its costs with optimism bias), each rounded to the penny:
//! - "its own savings 10% lower" takes 10% of its own PV(savings), rounded to the penny, off
//!   its PV(savings) against business as usual;
//! - "its own costs 10% higher" adds 10% of its own PV(costs) to its PV(costs) against
//!   business as usual;
//! - "its own savings a year later" moves each year's own savings one year on within the same
//!   appraisal period (the last year's fall outside it) and discounts them again.
//!
//! Switching values are the fall in the option's own PV(savings) at which its net present
//! value reaches zero, and at which it falls to the next-best option's (which may be business
//! as usual, at zero), each as a share of its own PV(savings). The optimism-bias switching
//! value is the uplift on the preferred option's costs, the same on every category, at which
//! the next-best option would rank above it.

use super::appraisal::{Appraisal, Measures, OwnPresentValues, ratio};
use super::{Finance, FinanceError};
use crate::case::money::{Money, Percent};
use crate::case::options::{OptionKind, Options};

/// A change to the central case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// The figures as entered.
    Central,
    /// The option's own savings this many per cent lower.
    SavingsLower(u8),
    /// The option's own costs (with optimism bias) this many per cent higher.
    CostsHigher(u8),
    /// Each of the option's own savings a year later, within the same appraisal period.
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

    /// The scenario in words, saying exactly what it shocks.
    pub fn label(self) -> String {
        match self {
            Scenario::Central => "Central case".to_owned(),
            Scenario::SavingsLower(percent) => format!("Its own savings {percent}% lower"),
            Scenario::CostsHigher(percent) => {
                format!("Its own costs (with optimism bias) {percent}% higher")
            }
            Scenario::SavingsYearLate => "Its own savings a year later".to_owned(),
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

/// How far the option's own savings can fall before something changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SwitchingValue {
    /// A fall in the present value of the option's own savings of this much, this share of
    /// them.
    Fall {
        /// The fall in its own PV(savings).
        amount: Money,
        /// The fall as a share of its own PV(savings).
        share: Percent,
    },
    /// The threshold is already crossed in the central case.
    AlreadyCrossed,
    /// The option has no savings of its own to fall: what it gains is business-as-usual costs
    /// it avoids, which the shocks leave as they are.
    NoOwnSavings,
}

impl SwitchingValue {
    /// The value in words, as the paper and the window both put it: "£1,250,000 (38.2% of its
    /// own savings)".
    pub fn phrase(&self) -> String {
        match self {
            SwitchingValue::Fall { amount, share } => {
                format!("{} ({share} of its own savings)", amount.whole_pounds())
            }
            SwitchingValue::AlreadyCrossed => "nothing (it is already there)".to_owned(),
            SwitchingValue::NoOwnSavings => {
                "no amount (it has no savings of its own to fall)".to_owned()
            }
        }
    }

    /// The fall of `gap` in own PV(savings) of `own_savings`, or already crossed when the gap
    /// is not positive.
    fn of(gap: Money, own_savings: Money) -> SwitchingValue {
        if gap <= Money::ZERO {
            return SwitchingValue::AlreadyCrossed;
        }
        if own_savings <= Money::ZERO {
            return SwitchingValue::NoOwnSavings;
        }
        SwitchingValue::Fall {
            amount: gap,
            share: share_of(gap, own_savings),
        }
    }
}

/// `part` / `whole` in basis points, rounded half up; `whole` must be positive.
fn share_of(part: Money, whole: Money) -> Percent {
    let share = (i128::from(part.pence()) * 10_000 * 2 + i128::from(whole.pence()))
        / (2 * i128::from(whole.pence()));
    Percent(u32::try_from(share.max(0)).unwrap_or(u32::MAX))
}

/// The optimism-bias switching value: the uplift on the preferred option's costs, the same
/// for every category, at which the next-best option would rank above it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpliftSwitch {
    /// At this uplift the next-best option overtakes it.
    At {
        /// The uplift in the central case: PV(costs with optimism bias) / PV(costs without)
        /// − 1, of its own costs.
        current: Percent,
        /// The uplift at which its NPV falls to the next-best option's: (its own PV(costs)
        /// with optimism bias + the gap in NPV) / its own PV(costs) without − 1.
        switching: Percent,
    },
    /// The next-best option is already ahead in the central case.
    AlreadyCrossed,
    /// The option has no costs of its own to uplift.
    NoOwnCosts,
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
    /// The preferred option's own present value of savings (after any savings adjustment),
    /// which the switching values are shares of.
    pub own_pv_savings: Money,
    /// The preferred option's own present value of costs with optimism bias.
    pub own_pv_costs: Money,
    /// The preferred option's own present value of costs without optimism bias.
    pub own_pv_costs_before_bias: Money,
    /// The fall in its own savings at which the preferred option's net present value reaches
    /// zero.
    pub to_zero: SwitchingValue,
    /// The fall in its own savings at which the preferred option stops being first, and the
    /// option that would then be first (business as usual when every other option is below
    /// zero).
    pub to_second: Option<(OptionKind, SwitchingValue)>,
    /// The uplift on the preferred option's costs at which the option in `to_second` would
    /// rank first.
    pub uplift_to_second: Option<(OptionKind, UpliftSwitch)>,
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
    /// The measures of option `kind` (its own present values `own`, its central measures
    /// `central`) in `scenario`, against business as usual, with the shock on its own figures
    /// only.
    fn scenario_measures(
        kind: OptionKind,
        own: &OwnPresentValues,
        central: &Measures,
        scenario: Scenario,
    ) -> Result<Outcome, FinanceError> {
        let too_large = FinanceError::TooLarge(kind);
        let wide = |pence: i128| i64::try_from(pence).map(Money).map_err(|_| too_large);
        let (pv_costs, pv_savings) = (
            i128::from(central.pv_costs.pence()),
            i128::from(central.pv_savings.pence()),
        );
        let (pv_costs, pv_savings) = match scenario {
            Scenario::Central => (pv_costs, pv_savings),
            Scenario::SavingsLower(percent) => {
                let fall = percent_of(own.savings, i64::from(percent)).ok_or(too_large)?;
                (pv_costs, pv_savings - i128::from(fall.pence()))
            }
            Scenario::CostsHigher(percent) => {
                let rise = percent_of(own.costs, i64::from(percent)).ok_or(too_large)?;
                (pv_costs + i128::from(rise.pence()), pv_savings)
            }
            Scenario::SavingsYearLate => (
                pv_costs,
                pv_savings - i128::from(own.savings.pence()) + i128::from(own.savings_late.pence()),
            ),
        };
        let (pv_costs, pv_savings) = (wide(pv_costs)?, wide(pv_savings)?);
        let npv = wide(i128::from(pv_savings.pence()) - i128::from(pv_costs.pence()))?;
        Ok(Outcome {
            pv_costs,
            pv_savings,
            npv,
            benefit_cost_ratio: ratio(pv_savings, pv_costs),
        })
    }

    /// The uplift on an option's own costs (`own_costs` with optimism bias, `before_bias`
    /// without) at which its NPV falls by `gap`.
    fn uplift_switch(own_costs: Money, before_bias: Money, gap: Money) -> UpliftSwitch {
        if before_bias <= Money::ZERO {
            return UpliftSwitch::NoOwnCosts;
        }
        if gap <= Money::ZERO {
            return UpliftSwitch::AlreadyCrossed;
        }
        let uplift = |with_bias: i128| {
            let excess = Money(
                i64::try_from(with_bias - i128::from(before_bias.pence())).unwrap_or(i64::MAX),
            );
            if excess <= Money::ZERO {
                Percent(0)
            } else {
                share_of(excess, before_bias)
            }
        };
        UpliftSwitch::At {
            current: uplift(i128::from(own_costs.pence())),
            switching: uplift(i128::from(own_costs.pence()) + i128::from(gap.pence())),
        }
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
        // Each option's own present values, worked out once for every scenario.
        let own = self.own_present_values(preferred)?;
        let runner_up = runner_up
            .map(|r| self.own_present_values(r.kind).map(|own| (r, own)))
            .transpose()?;
        let mut rows = Vec::with_capacity(Scenario::USUAL.len());
        for scenario in Scenario::USUAL {
            rows.push(SensitivityRow {
                scenario,
                preferred: Finance::scenario_measures(
                    preferred,
                    &own,
                    &central.measures,
                    scenario,
                )?,
                runner_up: runner_up
                    .as_ref()
                    .map(|(r, own)| Finance::scenario_measures(r.kind, own, &r.measures, scenario))
                    .transpose()?,
            });
        }
        let before_bias = own.costs_before_bias;
        let measures = &central.measures;
        let to_zero = SwitchingValue::of(measures.npv, own.savings);
        let second = appraisal.best_other(preferred, true);
        let to_second = second.map(|second| {
            let gap = measures.npv - second.measures.npv;
            (second.kind, SwitchingValue::of(gap, own.savings))
        });
        let uplift_to_second = second.map(|second| {
            let gap = measures.npv - second.measures.npv;
            (
                second.kind,
                Finance::uplift_switch(own.costs, before_bias, gap),
            )
        });
        Ok(Some(Sensitivity {
            preferred,
            runner_up: runner_up.map(|(r, _)| r.kind),
            rows,
            own_pv_savings: own.savings,
            own_pv_costs: own.costs,
            own_pv_costs_before_bias: before_bias,
            to_zero,
            to_second,
            uplift_to_second,
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
