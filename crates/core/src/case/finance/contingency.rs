//! Contingency and the risk-adjusted cash view of the financial case.
//!
//! Optimism bias belongs to the appraisal and is left out of the cash view, so the cash view
//! carries a contingency instead: an amount, or a percentage of the option's cash costs, with
//! the basis it was set on. Beside it, a risk-adjusted view adds the expected cost of each
//! quantified risk on the register (its probability times its cost impact). Both are spread
//! over the years in proportion to each year's cash costs (a percentage is that percentage of
//! each year's costs), by the largest-remainder method, so the years add up to the total to
//! the penny.

use serde::{Deserialize, Serialize};

use super::apportion::apportion;
use super::positions::Prices;
use super::{Finance, FinanceError, to_money};
use crate::case::money::{Money, Percent};
use crate::case::options::OptionKind;
use crate::case::risk::Risk;

/// How large an option's contingency is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContingencySize {
    /// No contingency.
    #[default]
    None,
    /// An amount over the appraisal, in real prices.
    Amount(Money),
    /// A percentage of the option's cash costs in each year.
    ShareOfCosts(Percent),
}

/// Which kind of size a contingency has: the picker's choice, which [`ContingencySize`]
/// fills in with its figure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum ContingencyKind {
    /// No contingency.
    #[default]
    None,
    /// An amount.
    Amount,
    /// A percentage of costs.
    ShareOfCosts,
}

impl ContingencyKind {
    /// Every kind, in picker order.
    pub const ALL: [ContingencyKind; 3] = [
        ContingencyKind::None,
        ContingencyKind::Amount,
        ContingencyKind::ShareOfCosts,
    ];

    /// The kind in words.
    pub fn label(self) -> &'static str {
        match self {
            ContingencyKind::None => "None",
            ContingencyKind::Amount => "An amount",
            ContingencyKind::ShareOfCosts => "A percentage of costs",
        }
    }
}

impl ContingencySize {
    /// Its kind.
    pub fn kind(self) -> ContingencyKind {
        match self {
            ContingencySize::None => ContingencyKind::None,
            ContingencySize::Amount(_) => ContingencyKind::Amount,
            ContingencySize::ShareOfCosts(_) => ContingencyKind::ShareOfCosts,
        }
    }

    /// Makes it a `kind`, at zero, keeping it as it is if it already is one.
    pub fn set_kind(&mut self, kind: ContingencyKind) {
        if self.kind() != kind {
            *self = match kind {
                ContingencyKind::None => ContingencySize::None,
                ContingencyKind::Amount => ContingencySize::Amount(Money::ZERO),
                ContingencyKind::ShareOfCosts => ContingencySize::ShareOfCosts(Percent(0)),
            };
        }
    }
}

/// An option's contingency and the basis it was set on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contingency {
    /// Its size.
    pub size: ContingencySize,
    /// Why it is that size, e.g. "10% of costs, the forces' standard for ICT change".
    pub basis: String,
}

impl Contingency {
    /// Whether the option has a contingency.
    pub fn is_set(&self) -> bool {
        match self.size {
            ContingencySize::None => false,
            ContingencySize::Amount(amount) => amount != Money::ZERO,
            ContingencySize::ShareOfCosts(share) => share != Percent(0),
        }
    }

    /// The size in words: "£500,000" or "10% of costs".
    pub fn label(&self) -> String {
        match self.size {
            ContingencySize::None => "None".to_owned(),
            ContingencySize::Amount(amount) => amount.whole_pounds(),
            ContingencySize::ShareOfCosts(share) => format!("{share} of costs"),
        }
    }
}

/// A risk's cost, where it can be quantified: what it would cost if it happened, and how
/// likely that is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RiskCost {
    /// The chance it happens over the appraisal.
    pub probability: Percent,
    /// What it would cost if it happened, in real prices.
    pub impact: Money,
}

impl RiskCost {
    /// The expected cost: the impact times the probability, rounded half away from zero to
    /// the penny.
    pub fn expected(self) -> Money {
        self.impact
            .share(self.probability)
            .unwrap_or(Money(i64::MAX))
    }
}

/// One year (or the whole period) of the cash view with contingency and risk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RiskAdjustedYear {
    /// The option's own net saving in cash: cash-releasing savings and cost avoidance less
    /// costs.
    pub net: Money,
    /// The contingency held.
    pub contingency: Money,
    /// Net less contingency.
    pub net_after_contingency: Money,
    /// The expected cost of the quantified risks.
    pub expected_risk: Money,
    /// Net less the expected cost of the quantified risks: the risk-adjusted view, beside
    /// (not after) the contingency, which is held against the same risks.
    pub risk_adjusted: Money,
}

/// The cash view with contingency, and the risk-adjusted view beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskAdjusted {
    /// Each year.
    pub years: Vec<RiskAdjustedYear>,
    /// Over the appraisal: each part the sum of the years'.
    pub total: RiskAdjustedYear,
    /// The contingency over the appraisal in real prices, before inflation.
    pub contingency_real: Money,
    /// The expected cost of the quantified risks over the appraisal in real prices.
    pub expected_risk_real: Money,
}

impl Finance {
    /// The cash view of option `kind` in `prices` with its contingency and the expected cost
    /// of the quantified `risks` beside it. An amount (a contingency or a risk's expected
    /// cost) is spread over the years in proportion to each year's cash costs in real prices,
    /// then priced like any other amount of its year; with no costs it falls in year 0.
    pub fn risk_adjusted(
        &self,
        kind: OptionKind,
        risks: &[Risk],
        prices: Prices,
    ) -> Result<RiskAdjusted, FinanceError> {
        let cash = self.cash_years(kind, prices)?;
        let real = self.cash_years(kind, Prices::Real)?;
        let weights: Vec<u128> = real
            .iter()
            .map(|parts| parts.costs.pence().max(0) as u128)
            .collect();
        let spread = |amount: Money| -> Vec<Money> {
            if weights.iter().sum::<u128>() == 0 {
                let mut years = vec![Money::ZERO; self.years];
                if let Some(first) = years.first_mut() {
                    *first = amount;
                }
                years
            } else {
                apportion(amount, &weights)
            }
        };
        let contingency = &self.option(kind).contingency;
        let (contingency_real, contingency_years): (Money, Vec<Money>) = match contingency.size {
            ContingencySize::None => (Money::ZERO, vec![Money::ZERO; self.years]),
            ContingencySize::Amount(amount) => (amount, spread(amount)),
            ContingencySize::ShareOfCosts(share) => {
                let years: Vec<Money> = real
                    .iter()
                    .map(|parts| {
                        RiskCost {
                            probability: share,
                            impact: parts.costs,
                        }
                        .expected()
                    })
                    .collect();
                let sum: i128 = years.iter().map(|m| i128::from(m.pence())).sum();
                (to_money(sum, kind)?, years)
            }
        };
        let mut expected: i128 = 0;
        for risk in risks {
            if let Some(cost) = risk.cost {
                expected += i128::from(cost.expected().pence());
            }
        }
        let expected_risk_real = to_money(expected, kind)?;
        let risk_years = spread(expected_risk_real);
        let mut years = Vec::with_capacity(self.years);
        let mut sums = [0_i128; 5];
        for (year, parts) in cash.iter().enumerate() {
            let contingency = self.price(contingency_years[year], year, prices, kind)?;
            let risk = self.price(risk_years[year], year, prices, kind)?;
            let net = i128::from(parts.net.pence());
            let row = [net, contingency, net - contingency, risk, net - risk];
            for (sum, value) in sums.iter_mut().zip(row) {
                *sum += value;
            }
            years.push(row_of(row, kind)?);
        }
        Ok(RiskAdjusted {
            years,
            total: row_of(sums, kind)?,
            contingency_real,
            expected_risk_real,
        })
    }
}

fn row_of(row: [i128; 5], kind: OptionKind) -> Result<RiskAdjustedYear, FinanceError> {
    Ok(RiskAdjustedYear {
        net: to_money(row[0], kind)?,
        contingency: to_money(row[1], kind)?,
        net_after_contingency: to_money(row[2], kind)?,
        expected_risk: to_money(row[3], kind)?,
        risk_adjusted: to_money(row[4], kind)?,
    })
}
