//! The financial case: cost and saving lines by year, how they are shared between the forces,
//! and the Green Book measures (net present value, benefit–cost ratio, payback).
//!
//! Conventions, all from HM Treasury's Green Book as DOMAIN.md records them: amounts are in
//! real prices; year 0 is the first financial year and is not discounted; the discount rate
//! and the optimism-bias uplift are settings of the case because Green Book revisions change
//! them. Optimism bias is applied to costs in the appraisal (present values, NPV, BCR) but not
//! to the cash tables, which show the budgets the forces will actually set.

use serde::{Deserialize, Serialize};

use super::money::{Money, Percent};
use super::partners::Force;

/// Whether a line costs the forces money or saves it.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum FlowKind {
    /// Money spent.
    #[default]
    Cost,
    /// Money saved (a cashable benefit).
    Saving,
}

impl FlowKind {
    /// Both kinds, in picker order.
    pub const ALL: [FlowKind; 2] = [FlowKind::Cost, FlowKind::Saving];

    /// The kind as a word.
    pub fn label(self) -> &'static str {
        match self {
            FlowKind::Cost => "Cost",
            FlowKind::Saving => "Saving",
        }
    }
}

/// Whether a line happens once (set-up, redundancy, ICT migration) or every year.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Recurrence {
    /// A one-off amount, usually in the first years.
    #[default]
    OneOff,
    /// A recurring amount.
    Recurring,
}

impl Recurrence {
    /// Both, in picker order.
    pub const ALL: [Recurrence; 2] = [Recurrence::OneOff, Recurrence::Recurring];

    /// The recurrence as a word.
    pub fn label(self) -> &'static str {
        match self {
            Recurrence::OneOff => "One-off",
            Recurrence::Recurring => "Recurring",
        }
    }
}

/// One line of the financial case, with an amount for each year of the appraisal.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FinanceLine {
    /// What the money is for, e.g. "Trainer posts (3 FTE)".
    pub label: String,
    /// Cost or saving.
    pub kind: FlowKind,
    /// One-off or recurring.
    pub recurrence: Recurrence,
    /// The amount in each year, year 0 first. Always positive: `kind` gives the direction.
    pub amounts: Vec<Money>,
}

impl FinanceLine {
    /// The amount in year `year`, zero past the end.
    pub fn amount(&self, year: usize) -> Money {
        self.amounts.get(year).copied().unwrap_or_default()
    }

    /// The line's total over the appraisal.
    pub fn total(&self) -> Money {
        self.amounts.iter().copied().sum()
    }
}

/// How costs and savings are shared between the forces.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum SplitMethod {
    /// In proportion to each force's annual revenue budget: the usual basis (Cumbria–
    /// Lancashire governance standards, principle 4.3).
    #[default]
    ByRevenueBudget,
    /// Equal shares.
    Equal,
    /// Percentages agreed between the forces, entered on each force; they must add up to 100%.
    Custom,
}

impl SplitMethod {
    /// Every method, in picker order.
    pub const ALL: [SplitMethod; 3] = [
        SplitMethod::ByRevenueBudget,
        SplitMethod::Equal,
        SplitMethod::Custom,
    ];

    /// The method's name.
    pub fn label(self) -> &'static str {
        match self {
            SplitMethod::ByRevenueBudget => "In proportion to annual revenue budget",
            SplitMethod::Equal => "Equal shares",
            SplitMethod::Custom => "Agreed percentages",
        }
    }
}

/// The default Green Book discount rate: 3.5% a year for years 0–30.
pub const GREEN_BOOK_DISCOUNT_RATE: Percent = Percent(350);

/// The longest appraisal period the Green Book's standard rate covers (years 0–30).
pub const MAX_YEARS: usize = 31;

/// The financial case as the user enters it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Finance {
    /// The calendar year in which year 0 (the first financial year) starts: 2026 means 2026/27.
    pub first_year: i32,
    /// How many years the appraisal covers.
    pub years: usize,
    /// The cost and saving lines.
    pub lines: Vec<FinanceLine>,
    /// How costs and savings are shared.
    pub split: SplitMethod,
    /// The discount rate a year.
    pub discount_rate: Percent,
    /// The optimism-bias uplift applied to costs in the appraisal.
    pub optimism_bias: Percent,
    /// Notes on assumptions, funding sources and affordability.
    pub notes: String,
}

impl Default for Finance {
    fn default() -> Self {
        Finance {
            first_year: 2026,
            years: 5,
            lines: Vec::new(),
            split: SplitMethod::default(),
            discount_rate: GREEN_BOOK_DISCOUNT_RATE,
            optimism_bias: Percent(0),
            notes: String::new(),
        }
    }
}

/// Totals for one year of the appraisal.
#[derive(Debug, Clone, PartialEq)]
pub struct YearTotals {
    /// The financial year, e.g. "2026/27".
    pub label: String,
    /// All costs in the year (cash, no optimism bias).
    pub costs: Money,
    /// All savings in the year.
    pub savings: Money,
    /// Savings less costs.
    pub net: Money,
    /// Net saving so far, from year 0 to this year.
    pub cumulative_net: Money,
    /// The Green Book discount factor for the year, 1 / (1 + r)^t.
    pub discount_factor: f64,
}

/// One force's position: what it gives, what it gains, and the difference, so each partner
/// can see its own net position rather than only its contribution ("net donor syndrome").
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerPosition {
    /// The force's name.
    pub force: String,
    /// Its share of costs and savings.
    pub share: Percent,
    /// Its share of the costs over the appraisal.
    pub contribution: Money,
    /// Its share of the savings over the appraisal.
    pub savings: Money,
    /// Savings less contribution.
    pub net: Money,
}

/// The payback year: the first year from which the cumulative net saving (cash, savings less
/// costs) stays at or above zero to the end of the appraisal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payback {
    /// In this year (index and label).
    InYear {
        /// The year index, 0 for the first year.
        index: usize,
        /// The financial year, e.g. "2028/29".
        label: String,
    },
    /// Not within the appraisal period.
    NotWithinPeriod,
}

/// Everything derived from the financial case. Computed on demand; never saved.
#[derive(Debug, Clone, PartialEq)]
pub struct FinanceSummary {
    /// One entry per year.
    pub years: Vec<YearTotals>,
    /// Costs over the appraisal (cash).
    pub total_costs: Money,
    /// One-off costs over the appraisal.
    pub one_off_costs: Money,
    /// Recurring costs over the appraisal.
    pub recurring_costs: Money,
    /// Savings over the appraisal.
    pub total_savings: Money,
    /// Savings less costs (cash).
    pub total_net: Money,
    /// Present value of costs, including optimism bias.
    pub pv_costs: Money,
    /// Present value of savings.
    pub pv_savings: Money,
    /// Net present value: PV(savings) − PV(costs).
    pub npv: Money,
    /// Benefit–cost ratio PV(savings) / PV(costs); `None` when there are no costs.
    pub benefit_cost_ratio: Option<f64>,
    /// The payback year.
    pub payback: Payback,
    /// Each force's position; empty when the shares cannot be worked out (see
    /// [`Finance::shares`]).
    pub partners: Vec<PartnerPosition>,
}

impl Finance {
    /// The label of year `index`: "2026/27".
    pub fn year_label(&self, index: usize) -> String {
        let start = self.first_year + index as i32;
        format!("{start}/{:02}", (start + 1).rem_euclid(100))
    }

    /// How many non-zero amounts lie beyond the first `years` years: the figures that would
    /// be lost if the appraisal were shortened to `years`.
    pub fn figures_beyond(&self, years: usize) -> usize {
        self.lines
            .iter()
            .flat_map(|line| line.amounts.iter().skip(years))
            .filter(|amount| **amount != Money::ZERO)
            .count()
    }

    /// Makes every line exactly `years` long. A line longer than the period extends the
    /// period rather than losing its figures.
    pub fn normalise(&mut self) {
        let longest = self
            .lines
            .iter()
            .map(|line| line.amounts.len())
            .max()
            .unwrap_or(0);
        self.years = self.years.max(longest).clamp(1, MAX_YEARS.max(longest));
        for line in &mut self.lines {
            line.amounts.resize(self.years, Money::ZERO);
        }
    }

    /// Changes the appraisal period. Shortening drops the later years' figures, so the UI
    /// asks before calling this with a smaller number.
    pub fn set_years(&mut self, years: usize) {
        self.years = years.clamp(1, MAX_YEARS);
        for line in &mut self.lines {
            line.amounts.resize(self.years, Money::ZERO);
        }
    }

    /// The Green Book discount factor for year `t`.
    pub fn discount_factor(&self, t: usize) -> f64 {
        1.0 / (1.0 + self.discount_rate.fraction()).powi(t as i32)
    }

    /// Each force's share as a weight, or `None` when no sensible split exists (no forces;
    /// splitting by budget when every budget is zero; custom shares that are all zero).
    pub fn shares(&self, forces: &[Force]) -> Option<Vec<u128>> {
        let weights: Vec<u128> = match self.split {
            SplitMethod::ByRevenueBudget => forces
                .iter()
                .map(|force| force.annual_revenue_budget.pence().max(0) as u128)
                .collect(),
            SplitMethod::Equal => vec![1; forces.len()],
            SplitMethod::Custom => forces
                .iter()
                .map(|force| u128::from(force.custom_share.basis_points()))
                .collect(),
        };
        (weights.iter().sum::<u128>() > 0).then_some(weights)
    }

    /// Works out the totals, present values and each force's position.
    pub fn summarise(&self, forces: &[Force]) -> FinanceSummary {
        let years = self.years.max(
            self.lines
                .iter()
                .map(|l| l.amounts.len())
                .max()
                .unwrap_or(0),
        );
        let uplift = 1.0 + self.optimism_bias.fraction();
        let mut totals = Vec::with_capacity(years);
        let mut cumulative = Money::ZERO;
        let (mut pv_costs, mut pv_savings) = (0.0_f64, 0.0_f64);
        let mut last_negative: Option<usize> = None;
        for year in 0..years {
            let (costs, savings) = self.year_flows(year);
            let net = savings - costs;
            cumulative += net;
            let factor = self.discount_factor(year);
            pv_costs += costs.pence() as f64 * uplift * factor;
            pv_savings += savings.pence() as f64 * factor;
            if cumulative < Money::ZERO {
                last_negative = Some(year);
            }
            totals.push(YearTotals {
                label: self.year_label(year),
                costs,
                savings,
                net,
                cumulative_net: cumulative,
                discount_factor: factor,
            });
        }
        let payback = match last_negative {
            _ if self.lines.is_empty() => Payback::NotWithinPeriod,
            None => Payback::InYear {
                index: 0,
                label: self.year_label(0),
            },
            Some(year) if year + 1 < years => Payback::InYear {
                index: year + 1,
                label: self.year_label(year + 1),
            },
            Some(_) => Payback::NotWithinPeriod,
        };
        let sum_where = |keep: &dyn Fn(&FinanceLine) -> bool| -> Money {
            self.lines
                .iter()
                .filter(|line| keep(line))
                .map(FinanceLine::total)
                .sum()
        };
        let total_costs = sum_where(&|line| line.kind == FlowKind::Cost);
        let total_savings = sum_where(&|line| line.kind == FlowKind::Saving);
        let pv_costs = Money::from_pence_f64(pv_costs);
        let pv_savings = Money::from_pence_f64(pv_savings);
        FinanceSummary {
            years: totals,
            total_costs,
            one_off_costs: sum_where(&|line| {
                line.kind == FlowKind::Cost && line.recurrence == Recurrence::OneOff
            }),
            recurring_costs: sum_where(&|line| {
                line.kind == FlowKind::Cost && line.recurrence == Recurrence::Recurring
            }),
            total_savings,
            total_net: total_savings - total_costs,
            pv_costs,
            pv_savings,
            npv: pv_savings - pv_costs,
            benefit_cost_ratio: (pv_costs > Money::ZERO)
                .then(|| pv_savings.pence() as f64 / pv_costs.pence() as f64),
            payback,
            partners: self.partner_positions(forces, total_costs, total_savings),
        }
    }

    fn year_flows(&self, year: usize) -> (Money, Money) {
        self.lines.iter().fold(
            (Money::ZERO, Money::ZERO),
            |(costs, savings), line| match line.kind {
                FlowKind::Cost => (costs + line.amount(year), savings),
                FlowKind::Saving => (costs, savings + line.amount(year)),
            },
        )
    }

    fn partner_positions(
        &self,
        forces: &[Force],
        total_costs: Money,
        total_savings: Money,
    ) -> Vec<PartnerPosition> {
        let Some(weights) = self.shares(forces) else {
            return Vec::new();
        };
        let contributions = apportion(total_costs, &weights);
        let savings = apportion(total_savings, &weights);
        let shares = apportion_basis_points(&weights);
        forces
            .iter()
            .enumerate()
            .map(|(i, force)| PartnerPosition {
                force: force.name.clone(),
                share: shares[i],
                contribution: contributions[i],
                savings: savings[i],
                net: savings[i] - contributions[i],
            })
            .collect()
    }
}

/// Splits `total` in proportion to `weights` so that the parts add up to exactly `total`:
/// each part is rounded down to the penny and the pennies left over go to the parts with the
/// largest remainders (the largest-remainder method).
pub fn apportion(total: Money, weights: &[u128]) -> Vec<Money> {
    let sum: u128 = weights.iter().sum();
    if sum == 0 {
        return vec![Money::ZERO; weights.len()];
    }
    let negative = total.pence() < 0;
    let magnitude = u128::from(total.pence().unsigned_abs());
    let parts = largest_remainder(magnitude, weights, sum);
    parts
        .into_iter()
        .map(|part| {
            let pence = i64::try_from(part).unwrap_or(i64::MAX);
            Money(if negative { -pence } else { pence })
        })
        .collect()
}

fn apportion_basis_points(weights: &[u128]) -> Vec<Percent> {
    let sum: u128 = weights.iter().sum();
    if sum == 0 {
        return vec![Percent(0); weights.len()];
    }
    largest_remainder(u128::from(Percent::WHOLE.basis_points()), weights, sum)
        .into_iter()
        .map(|bp| Percent(u32::try_from(bp).unwrap_or(u32::MAX)))
        .collect()
}

fn largest_remainder(total: u128, weights: &[u128], sum: u128) -> Vec<u128> {
    let mut parts: Vec<u128> = weights.iter().map(|w| total * w / sum).collect();
    let mut remainders: Vec<(usize, u128)> = weights
        .iter()
        .enumerate()
        .map(|(i, w)| (i, total * w % sum))
        .collect();
    remainders.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let left_over = total - parts.iter().sum::<u128>();
    for (i, _) in remainders.into_iter().take(left_over as usize) {
        parts[i] += 1;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_the_period_counts_the_figures_it_would_drop() {
        let mut finance = Finance {
            years: 4,
            ..Finance::default()
        };
        finance.lines.push(FinanceLine {
            amounts: vec![Money(1), Money::ZERO, Money(3), Money(4)],
            ..FinanceLine::default()
        });
        assert_eq!(finance.figures_beyond(4), 0);
        assert_eq!(finance.figures_beyond(2), 2);
        assert_eq!(finance.figures_beyond(1), 2);
        assert_eq!(finance.figures_beyond(0), 3);
    }
}
