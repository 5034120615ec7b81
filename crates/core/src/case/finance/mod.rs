//! The economic and financial case: every shortlisted option's costs and savings by year, the
//! Green Book appraisal of each against business as usual, how robust the choice is, and what
//! each force pays and saves in cash.
//!
//! Conventions, from HM Treasury's Green Book as DOMAIN.md records them:
//! - Each option's lines are its changes from today's budgets, in real prices. Business as
//!   usual has lines too: the costs of carrying on that are not yet in the budgets (a
//!   refurbishment that falls due, an uplift that must be funded). Every other option is
//!   appraised *against* business as usual: what business as usual would spend and the option
//!   does not is a saving of the option; what it would save and the option does not, a cost.
//! - Year 0 is the first financial year and is not discounted. The discount rate, the
//!   optimism-bias rates by category, the optional adjustment on savings and the inflation
//!   assumption are settings of the case, because Green Book revisions and medium-term
//!   financial plans change them. The same rates apply to every option unless the case
//!   records why one option differs ([`OwnRates`]).
//! - Optimism bias and the savings adjustment belong to the appraisal (present values, NPV,
//!   benefit–cost ratio). The financial case shows cash: the budgets the forces will set,
//!   in real prices or in cash (nominal) prices with inflation.
//!
//! The model is in [`line`] and [`optimism`]; the arithmetic, pure and exact to the penny
//! wherever money is added, in [`appraisal`], [`sensitivity`] and [`positions`].

pub mod affordability;
pub mod apportion;
pub mod appraisal;
pub mod contingency;
pub mod financing;
pub mod import;
pub mod line;
pub mod optimism;
pub mod positions;
pub mod sensitivity;
pub mod sheet;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::money::{Money, Percent};
use super::options::OptionKind;
use super::partners::Force;

pub use affordability::{
    Affordability, AffordabilityYear, ForceAffordability, ForcePlan, ForcePlans, SavingsTarget,
    SavingsTargetKind,
};
pub use apportion::apportion;
pub use appraisal::{
    Appraisal, Measures, OptionResult, OwnPresentValues, Payback, Streams, YearTotals,
};
pub use contingency::{
    Contingency, ContingencyKind, ContingencySize, RiskAdjusted, RiskAdjustedYear, RiskCost,
};
pub use line::{
    FallsIn, FinanceLine, Flow, FlowKind, FundingSource, Indexation, Recurrence, SavingKind,
    Spending, Vat,
};
pub use optimism::{Bounds, OptimismCategory, OptimismRates, Uplift};
pub use positions::{ForcePosition, ForcePositions, Parts, Prices};
pub use sensitivity::{
    Outcome, Scenario, Sensitivity, SensitivityRow, SwitchingValue, UpliftSwitch,
};

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

/// What the agreed split settles. Costs are always shared by it; savings may be too, or may
/// stay with the force they fall in, in which case a force whose savings are small beside its
/// share of the costs is a net contributor and the paper says so.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum SavingsShare {
    /// Savings are shared by the split too, as principle 4.3 of the Cumbria–Lancashire
    /// standards has it: balancing payments bring each force's costs and savings to its share.
    #[default]
    BySplit,
    /// Each saving stays with the force it falls in; balancing payments settle costs only.
    WhereTheyFall,
}

impl SavingsShare {
    /// Both, in picker order.
    pub const ALL: [SavingsShare; 2] = [SavingsShare::BySplit, SavingsShare::WhereTheyFall];

    /// The choice in words.
    pub fn label(self) -> &'static str {
        match self {
            SavingsShare::BySplit => "Savings shared by the split",
            SavingsShare::WhereTheyFall => "Savings stay where they fall",
        }
    }
}

/// The default Green Book discount rate: 3.5% a year for years 0–30.
pub const GREEN_BOOK_DISCOUNT_RATE: Percent = Percent(350);

/// The inflation a new case assumes for the cash view: the Bank of England's 2% target.
pub const DEFAULT_INFLATION: Percent = Percent(200);

/// The pay inflation a new case assumes: the same 2% until the user gives the pay award
/// assumption of the forces' medium-term financial plans.
pub const DEFAULT_PAY_INFLATION: Percent = Percent(200);

/// The longest appraisal period the Green Book's standard rate covers (years 0–30).
pub const MAX_YEARS: usize = 31;

/// The plausible ranges of what a user enters. Figures outside them are almost always a slip
/// (pence typed as pounds, a year mistyped), and far enough outside them the arithmetic
/// cannot be trusted, so validation refuses them with a plain message rather than letting a
/// committee read them.
pub mod limits {
    use std::ops::RangeInclusive;

    use crate::case::money::{Money, Percent};

    /// The most a single line can plausibly be in one year: £10 billion, more than any force's
    /// whole budget.
    pub const MAX_YEARLY_AMOUNT: Money = Money::pounds(10_000_000_000);
    /// The years an appraisal can plausibly start in.
    pub const FIRST_YEARS: RangeInclusive<i32> = 2000..=2100;
    /// The highest optimism-bias uplift: 300%, above the Green Book's highest upper bound.
    pub const MAX_OPTIMISM_RATE: Percent = Percent(30_000);
    /// The highest discount rate a year: 20%.
    pub const MAX_DISCOUNT_RATE: Percent = Percent(2_000);
    /// The highest inflation a year: 20%.
    pub const MAX_INFLATION: Percent = Percent(2_000);
    /// The most savings can be reduced by: all of them.
    pub const MAX_SAVINGS_ADJUSTMENT: Percent = Percent::WHOLE;
}

/// An option's own optimism-bias rates and savings adjustment, where the case has a reason
/// to treat it differently from the others (a firm price for one option only, say).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnRates {
    /// The uplift for each category of this option's costs.
    pub optimism_rates: OptimismRates,
    /// The reduction to this option's savings.
    pub savings_adjustment: Percent,
    /// Why this option is treated differently: a fair comparison treats options alike.
    pub reason: String,
}

/// One option's figures.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OptionFinance {
    /// Its costs and savings: changes from today's budgets, in real prices.
    pub lines: Vec<FinanceLine>,
    /// Rates of its own, if it has a reason to differ from the case's.
    pub own_rates: Option<OwnRates>,
    /// The benefits that cannot be priced, which the economic case lists beside the figures.
    pub unpriced_benefits: String,
    /// The contingency the financial case holds for it, with its basis.
    pub contingency: Contingency,
}

/// The financial case as the user enters it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Finance {
    /// The calendar year in which year 0 (the first financial year) starts: 2026 means 2026/27.
    pub first_year: i32,
    /// How many years the appraisal covers.
    pub years: usize,
    /// Each option's figures; [`Finance::normalise`] makes sure every option has an entry.
    pub options: BTreeMap<OptionKind, OptionFinance>,
    /// How costs and savings are shared.
    pub split: SplitMethod,
    /// Whether savings are shared by the split or stay where they fall.
    pub savings_share: SavingsShare,
    /// The discount rate a year.
    pub discount_rate: Percent,
    /// The optimism-bias uplift on costs, by category, for every option without rates of
    /// its own.
    pub optimism_rates: OptimismRates,
    /// A reduction applied to savings in the appraisal, because savings are optimistic too.
    pub savings_adjustment: Percent,
    /// The non-pay inflation a year that turns real prices into cash (nominal) prices for the
    /// forces' medium-term financial plans, on every line not marked as pay.
    pub inflation: Percent,
    /// The pay inflation a year (the pay award assumption), on lines marked as pay.
    pub pay_inflation: Percent,
    /// Why the preferred option is value for money although its net present value is
    /// negative (its benefits that cannot be priced, a statutory duty).
    pub value_for_money: String,
    /// Notes on assumptions, funding and affordability.
    pub notes: String,
    /// Each force's medium-term financial plan (savings target, reserves), by force name.
    pub force_plans: ForcePlans,
    /// The collaboration agreement's term in years, if known (0: not recorded): an appraisal
    /// shorter than it needs residual values.
    pub agreement_years: usize,
    /// The sunk costs left out of the appraisal (money already spent, which no option can
    /// change), stated so a reader knows they were considered.
    pub sunk_costs: String,
    /// How capital funded by borrowing is charged to revenue (MRP and interest).
    pub capital_financing: financing::CapitalFinancing,
}

impl Default for Finance {
    fn default() -> Self {
        let mut finance = Finance {
            first_year: 2026,
            years: 5,
            options: BTreeMap::new(),
            split: SplitMethod::default(),
            savings_share: SavingsShare::default(),
            discount_rate: GREEN_BOOK_DISCOUNT_RATE,
            optimism_rates: OptimismRates::default(),
            savings_adjustment: Percent(0),
            inflation: DEFAULT_INFLATION,
            pay_inflation: DEFAULT_PAY_INFLATION,
            value_for_money: String::new(),
            notes: String::new(),
            force_plans: ForcePlans::new(),
            agreement_years: 0,
            sunk_costs: String::new(),
            capital_financing: financing::CapitalFinancing::default(),
        };
        finance.normalise();
        finance
    }
}

/// Why the figures cannot be worked out. Amounts are checked for plausibility by validation;
/// this is what the arithmetic says when a hostile or mistyped file gets past that, so that
/// no total is ever capped or wrapped silently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum FinanceError {
    /// A sum of an option's figures does not fit in an amount of money.
    #[error("the figures for {} are too large to add up", .0.label().to_lowercase())]
    TooLarge(OptionKind),
}

/// The pence in a wide sum, or the error that names the option it belongs to.
fn to_money(pence: i128, option: OptionKind) -> Result<Money, FinanceError> {
    i64::try_from(pence)
        .map(Money)
        .map_err(|_| FinanceError::TooLarge(option))
}

/// A floating-point amount of pence rounded to the penny, if it is one.
fn round_money(pence: f64, option: OptionKind) -> Result<Money, FinanceError> {
    let rounded = pence.round();
    // i64::MAX as f64 rounds up to 2^63, which is itself out of range.
    if rounded.is_finite() && rounded >= -(2f64.powi(63)) && rounded < 2f64.powi(63) {
        Ok(Money(rounded as i64))
    } else {
        Err(FinanceError::TooLarge(option))
    }
}

/// A financial year's label from the calendar year it starts in: "2026/27". The one way a
/// year of the appraisal is written, on screen and in the paper.
pub fn financial_year_label(start: i64) -> String {
    format!("{start}/{:02}", (start.saturating_add(1)).rem_euclid(100))
}

impl Finance {
    /// The label of year `index`: "2026/27". Years far outside any real appraisal (a hostile
    /// file) still get a label rather than overflowing.
    pub fn year_label(&self, index: usize) -> String {
        financial_year_label(self.year_start(index))
    }

    /// The calendar year the financial year `index` (counting from 0) starts in.
    pub fn year_start(&self, index: usize) -> i64 {
        i64::from(self.first_year).saturating_add(index as i64)
    }

    /// Every year's label, in order.
    pub fn year_labels(&self) -> Vec<String> {
        (0..self.years).map(|year| self.year_label(year)).collect()
    }

    /// One option's figures.
    pub fn option(&self, kind: OptionKind) -> &OptionFinance {
        static EMPTY: std::sync::OnceLock<OptionFinance> = std::sync::OnceLock::new();
        self.options
            .get(&kind)
            .unwrap_or_else(|| EMPTY.get_or_init(OptionFinance::default))
    }

    /// One option's figures, to edit.
    pub fn option_mut(&mut self, kind: OptionKind) -> &mut OptionFinance {
        self.options.entry(kind).or_default()
    }

    /// The labels of the lines a benefit in the register can link to: the preferred option's
    /// and business as usual's (whose costs the preferred option avoids), or every option's
    /// while none is preferred, without blanks or repeats.
    pub fn benefit_line_labels(&self, preferred: Option<OptionKind>) -> Vec<&str> {
        let mut labels: Vec<&str> = Vec::new();
        let options = self.options.iter().filter(|(kind, _)| {
            preferred.is_none_or(|preferred| {
                preferred == **kind || **kind == OptionKind::BusinessAsUsual
            })
        });
        for (_, option) in options {
            for label in option.lines.iter().map(|line| line.label.trim()) {
                if !label.is_empty() && !labels.contains(&label) {
                    labels.push(label);
                }
            }
        }
        labels
    }

    /// Every line of every option.
    fn all_lines(&self) -> impl Iterator<Item = &FinanceLine> {
        self.options.values().flat_map(|option| &option.lines)
    }

    /// Every line of every option, to edit.
    fn all_lines_mut(&mut self) -> impl Iterator<Item = &mut FinanceLine> {
        self.options
            .values_mut()
            .flat_map(|option| &mut option.lines)
    }

    /// The optimism-bias rates and savings adjustment that apply to `kind`: its own, if it
    /// has them, or the case's.
    pub fn rates_for(&self, kind: OptionKind) -> (&OptimismRates, Percent) {
        match &self.option(kind).own_rates {
            Some(own) => (&own.optimism_rates, own.savings_adjustment),
            None => (&self.optimism_rates, self.savings_adjustment),
        }
    }

    /// The optimism-bias uplift the appraisal adds to line `index` of option `kind`, at the
    /// rates that apply to it (see [`OptimismRates::uplift`]). `None` for a line that is not
    /// there or has no uplift.
    pub fn uplift(&self, kind: OptionKind, index: usize) -> Option<Uplift> {
        let line = self.option(kind).lines.get(index)?;
        self.rates_for(kind).0.uplift(line, self.years)
    }

    /// Whether `kind` has rates of its own that differ from the case's.
    pub fn rates_differ(&self, kind: OptionKind) -> bool {
        self.option(kind).own_rates.as_ref().is_some_and(|own| {
            !own.optimism_rates.same_as(&self.optimism_rates)
                || own.savings_adjustment != self.savings_adjustment
        })
    }

    /// How many non-zero amounts, in any option, lie beyond the first `years` years: the
    /// figures that would be lost if the appraisal were shortened to `years`.
    pub fn figures_beyond(&self, years: usize) -> usize {
        self.all_lines()
            .flat_map(|line| line.amounts.iter().skip(years))
            .filter(|amount| **amount != Money::ZERO)
            .count()
    }

    /// Gives every option an entry and every category a rate, and makes every line at least
    /// `years` long. A line longer than the period extends the period, up to [`MAX_YEARS`],
    /// rather than losing its figures; amounts beyond that are kept in the line (never
    /// silently dropped) but left out of the appraisal and the paper, and validation says so.
    pub fn normalise(&mut self) {
        for kind in OptionKind::ALL {
            self.options.entry(kind).or_default();
        }
        self.optimism_rates.normalise();
        for option in self.options.values_mut() {
            if let Some(own) = &mut option.own_rates {
                own.optimism_rates.normalise();
            }
        }
        let longest = self
            .all_lines()
            .map(|line| line.amounts.len())
            .max()
            .unwrap_or(0);
        self.years = self.years.max(longest).clamp(1, MAX_YEARS);
        let years = self.years;
        for line in self.all_lines_mut() {
            if line.amounts.len() < years {
                line.amounts.resize(years, Money::ZERO);
            }
        }
    }

    /// Changes the appraisal period. Shortening drops the later years' figures, so the UI
    /// asks before calling this with a smaller number.
    pub fn set_years(&mut self, years: usize) {
        self.years = years.clamp(1, MAX_YEARS);
        let years = self.years;
        for line in self.all_lines_mut() {
            line.amounts.resize(years, Money::ZERO);
        }
    }

    /// Follows a force's new name in the lines that fall in it, as the force leads do.
    pub fn rename_force(&mut self, before: &str, after: &str) {
        if before == after || before.trim().is_empty() {
            return;
        }
        for line in self.all_lines_mut() {
            if let FallsIn::Force(name) = &mut line.falls_in
                && name == before
            {
                *name = after.to_owned();
            }
        }
        if let Some(plan) = self.force_plans.remove(before.trim()) {
            self.force_plans.insert(after.trim().to_owned(), plan);
        }
    }

    /// Copies line `index` of option `from` to the end of option `to`'s lines.
    pub fn copy_line(&mut self, from: OptionKind, index: usize, to: OptionKind) {
        if let Some(line) = self.option(from).lines.get(index).cloned() {
            self.option_mut(to).lines.push(line);
        }
    }

    /// Copies every line of option `from` to the end of option `to`'s lines, as a start for
    /// an option that differs from another in a few lines.
    pub fn copy_lines(&mut self, from: OptionKind, to: OptionKind) {
        if from == to {
            return;
        }
        let lines = self.option(from).lines.clone();
        self.option_mut(to).lines.extend(lines);
    }

    /// The Green Book discount factor for year `t`: 1 / (1 + r)^t.
    pub fn discount_factor(&self, t: usize) -> f64 {
        1.0 / (1.0 + self.discount_rate.fraction()).powi(t as i32)
    }

    /// The factor that turns year `t`'s real prices into cash prices at non-pay inflation:
    /// (1 + i)^t.
    pub fn inflation_factor(&self, t: usize) -> f64 {
        self.indexation_factor(Indexation::NonPay, t)
    }

    /// The factor that turns year `t`'s real prices into cash prices at the rate `indexation`
    /// names: (1 + i)^t.
    pub fn indexation_factor(&self, indexation: Indexation, t: usize) -> f64 {
        let rate = match indexation {
            Indexation::NonPay => self.inflation,
            Indexation::Pay => self.pay_inflation,
        };
        (1.0 + rate.fraction()).powi(t as i32)
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cost_line_says_what_optimism_bias_adds_in_pounds() {
        let mut finance = Finance {
            years: 5,
            ..Finance::default()
        };
        *finance
            .optimism_rates
            .rate_mut(OptimismCategory::EquipmentAndDevelopment) = Percent(20_000);
        let lines = &mut finance.option_mut(OptionKind::LeadForce).lines;
        lines.push(FinanceLine {
            flow: Flow::Cost {
                category: OptimismCategory::EquipmentAndDevelopment,
                funding: FundingSource::default(),
            },
            amounts: vec![Money::pounds(150_000), Money::pounds(50_000)],
            ..FinanceLine::default()
        });
        lines.push(FinanceLine {
            flow: Flow::of_kind(FlowKind::Saving),
            amounts: vec![Money::pounds(1_000)],
            ..FinanceLine::default()
        });
        let uplift = finance
            .uplift(OptionKind::LeadForce, 0)
            .expect("a cost with a rate is uplifted");
        assert_eq!(uplift.amount, Money::pounds(400_000));
        assert_eq!(
            uplift.to_string(),
            "+£400,000 optimism bias (200%, equipment and development)"
        );
        assert_eq!(finance.uplift(OptionKind::LeadForce, 1), None, "a saving");
        assert_eq!(finance.uplift(OptionKind::LeadForce, 2), None, "no line");
        *finance
            .optimism_rates
            .rate_mut(OptimismCategory::EquipmentAndDevelopment) = Percent(0);
        assert_eq!(finance.uplift(OptionKind::LeadForce, 0), None, "0%");
    }

    #[test]
    fn shortening_the_period_counts_the_figures_it_would_drop() {
        let mut finance = Finance {
            years: 4,
            ..Finance::default()
        };
        finance
            .option_mut(OptionKind::LeadForce)
            .lines
            .push(FinanceLine {
                amounts: vec![Money(1), Money::ZERO, Money(3), Money(4)],
                ..FinanceLine::default()
            });
        finance
            .option_mut(OptionKind::BusinessAsUsual)
            .lines
            .push(FinanceLine {
                amounts: vec![Money::ZERO, Money::ZERO, Money::ZERO, Money(9)],
                ..FinanceLine::default()
            });
        assert_eq!(finance.figures_beyond(4), 0);
        assert_eq!(finance.figures_beyond(2), 3);
        assert_eq!(finance.figures_beyond(0), 4);
    }

    #[test]
    fn a_renamed_force_keeps_its_lines() {
        let mut finance = Finance::default();
        let lines = &mut finance.option_mut(OptionKind::LeadForce).lines;
        lines.push(FinanceLine {
            falls_in: FallsIn::Force("Gwent".into()),
            ..FinanceLine::default()
        });
        lines.push(FinanceLine::default());
        finance.rename_force("Gwent", "Gwent Police");
        let lines = &finance.option(OptionKind::LeadForce).lines;
        assert_eq!(lines[0].falls_in, FallsIn::Force("Gwent Police".into()));
        assert_eq!(lines[1].falls_in, FallsIn::Shared);
    }

    #[test]
    fn year_labels_survive_any_first_year() {
        let finance = Finance {
            first_year: i32::MAX,
            ..Finance::default()
        };
        assert_eq!(finance.year_label(1), "2147483648/49");
    }
}
