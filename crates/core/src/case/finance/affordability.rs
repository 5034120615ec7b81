//! Each force's affordability: where it stands under business as usual and under the preferred
//! option, year by year in cash, against the savings target in its medium-term financial plan,
//! and what it draws from its reserves.
//!
//! A force's position under an option is its net after balancing payments ([`super::Parts`]):
//! the option's cash-releasing savings and cost avoidance less its costs, each a change from
//! today's budgets. Under business as usual that is usually negative (costs of carrying on
//! that are not yet in the budgets). The difference, preferred less business as usual, is
//! what this case delivers for the force, and is what counts against its savings target.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::positions::Prices;
use super::{Finance, FinanceError, to_money};
use crate::case::money::{Money, Percent};
use crate::case::options::OptionKind;
use crate::case::partners::Force;

/// The savings a force's medium-term financial plan asks of it each year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SavingsTarget {
    /// The plan sets no target, or the case has not recorded it.
    #[default]
    None,
    /// A share of the force's annual revenue budget each year (Thames Valley's 3%).
    ShareOfBudget(Percent),
    /// An amount each year.
    PerYear(Money),
}

impl SavingsTarget {
    /// The target a year for a force with annual revenue budget `budget`: the share of it
    /// rounded half away from zero to the penny, or the amount; `None` without a target.
    pub fn per_year(self, budget: Money) -> Option<Money> {
        match self {
            SavingsTarget::None => None,
            SavingsTarget::ShareOfBudget(share) => budget.share(share),
            SavingsTarget::PerYear(amount) => Some(amount),
        }
    }

    /// The target in words: "3% of its budget a year", "£1,200,000 a year".
    pub fn label(self) -> String {
        match self {
            SavingsTarget::None => "None recorded".to_owned(),
            SavingsTarget::ShareOfBudget(share) => format!("{share} of its budget a year"),
            SavingsTarget::PerYear(amount) => format!("{} a year", amount.whole_pounds()),
        }
    }
}

/// Which kind of target a force's plan sets: the picker's choice, which [`SavingsTarget`]
/// fills in with its figure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum SavingsTargetKind {
    /// No target recorded.
    #[default]
    None,
    /// A share of the force's budget a year.
    ShareOfBudget,
    /// An amount a year.
    PerYear,
}

impl SavingsTargetKind {
    /// Every kind, in picker order.
    pub const ALL: [SavingsTargetKind; 3] = [
        SavingsTargetKind::None,
        SavingsTargetKind::ShareOfBudget,
        SavingsTargetKind::PerYear,
    ];

    /// The kind in words.
    pub fn label(self) -> &'static str {
        match self {
            SavingsTargetKind::None => "None recorded",
            SavingsTargetKind::ShareOfBudget => "A percentage of its budget a year",
            SavingsTargetKind::PerYear => "An amount a year",
        }
    }
}

impl SavingsTarget {
    /// Its kind.
    pub fn kind(self) -> SavingsTargetKind {
        match self {
            SavingsTarget::None => SavingsTargetKind::None,
            SavingsTarget::ShareOfBudget(_) => SavingsTargetKind::ShareOfBudget,
            SavingsTarget::PerYear(_) => SavingsTargetKind::PerYear,
        }
    }

    /// Makes it a `kind`, at zero, keeping it as it is if it already is one.
    pub fn set_kind(&mut self, kind: SavingsTargetKind) {
        if self.kind() != kind {
            *self = match kind {
                SavingsTargetKind::None => SavingsTarget::None,
                SavingsTargetKind::ShareOfBudget => SavingsTarget::ShareOfBudget(Percent(0)),
                SavingsTargetKind::PerYear => SavingsTarget::PerYear(Money::ZERO),
            };
        }
    }
}

/// What the case records of a force's medium-term financial plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ForcePlan {
    /// The savings the plan asks of the force each year, in cash.
    pub savings_target: SavingsTarget,
    /// Its usable reserves at the start of year 0.
    pub reserves: Money,
    /// Where the figures come from, e.g. "MTFP 2026/27 to 2029/30, table 3".
    pub source: String,
}

/// One force's year under both options, in cash.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AffordabilityYear {
    /// Its net position under business as usual, after balancing payments.
    pub business_as_usual: Money,
    /// Its net position under the preferred option, after balancing payments.
    pub preferred: Money,
    /// Preferred less business as usual: what the case delivers for it.
    pub difference: Money,
    /// What it draws from reserves under the preferred option.
    pub reserves_drawn: Money,
}

/// One force's affordability over the appraisal.
#[derive(Debug, Clone, PartialEq)]
pub struct ForceAffordability {
    /// The force's name as the partners list gives it.
    pub force: String,
    /// Each year.
    pub years: Vec<AffordabilityYear>,
    /// Over the appraisal: each part the sum of the years'.
    pub total: AffordabilityYear,
    /// Its savings target a year, if its plan has one.
    pub target_per_year: Option<Money>,
    /// The target over the appraisal: the target a year times the years.
    pub target_total: Option<Money>,
    /// The share of the target over the appraisal that the difference delivers (zero when the
    /// difference is not a saving), when the target is positive.
    pub delivered: Option<Percent>,
    /// Its usable reserves at the start, from its plan.
    pub reserves_before: Money,
    /// Its reserves at the end of the appraisal, after what the preferred option draws.
    pub reserves_after: Money,
}

impl ForceAffordability {
    /// Whether the force has a positive target that the case's difference does not meet.
    pub fn misses_target(&self) -> bool {
        self.target_total
            .is_some_and(|target| target > Money::ZERO && self.total.difference < target)
    }
}

/// Every force's affordability under the preferred option.
#[derive(Debug, Clone, PartialEq)]
pub struct Affordability {
    /// The preferred option.
    pub option: OptionKind,
    /// The prices the figures are in (cash, as medium-term financial plans hold them).
    pub prices: Prices,
    /// Each force, in the partners list's order.
    pub forces: Vec<ForceAffordability>,
}

/// `part` / `whole` in basis points, rounded half up, for a positive `whole`; zero for a part
/// that is not positive.
fn share(part: Money, whole: Money) -> Percent {
    if part <= Money::ZERO {
        return Percent(0);
    }
    let (part, whole) = (i128::from(part.pence()), i128::from(whole.pence()));
    let basis_points = (part * 20_000 + whole) / (2 * whole);
    Percent(u32::try_from(basis_points).unwrap_or(u32::MAX))
}

impl Finance {
    /// The plan recorded for the force named `name`, or an empty one.
    pub fn plan(&self, name: &str) -> ForcePlan {
        self.force_plans
            .get(name.trim())
            .cloned()
            .unwrap_or_default()
    }

    /// The plan of the force named `name`, to edit.
    pub fn plan_mut(&mut self, name: &str) -> &mut ForcePlan {
        self.force_plans.entry(name.trim().to_owned()).or_default()
    }

    /// Each force's affordability under option `kind` against business as usual, in
    /// `prices`, or `None` when the shares cannot be worked out (see [`Finance::shares`]).
    pub fn affordability(
        &self,
        kind: OptionKind,
        forces: &[Force],
        prices: Prices,
    ) -> Result<Option<Affordability>, FinanceError> {
        let (Some(option), Some(baseline)) = (
            self.force_positions(kind, forces, prices)?,
            self.force_positions(OptionKind::BusinessAsUsual, forces, prices)?,
        ) else {
            return Ok(None);
        };
        let mut result = Vec::with_capacity(forces.len());
        for ((force, mine), bau) in forces.iter().zip(&option.forces).zip(&baseline.forces) {
            result.push(self.force_affordability(kind, force, mine, bau)?);
        }
        Ok(Some(Affordability {
            option: kind,
            prices,
            forces: result,
        }))
    }

    fn force_affordability(
        &self,
        kind: OptionKind,
        force: &Force,
        mine: &super::ForcePosition,
        bau: &super::ForcePosition,
    ) -> Result<ForceAffordability, FinanceError> {
        let wide = |money: Money| i128::from(money.pence());
        let mut years = Vec::with_capacity(self.years);
        let (mut sum_bau, mut sum_pref, mut sum_reserves) = (0_i128, 0_i128, 0_i128);
        for (year, bau_year) in mine.years.iter().zip(&bau.years) {
            sum_bau += wide(bau_year.net);
            sum_pref += wide(year.net);
            sum_reserves += wide(year.reserves);
            years.push(AffordabilityYear {
                business_as_usual: bau_year.net,
                preferred: year.net,
                difference: to_money(wide(year.net) - wide(bau_year.net), kind)?,
                reserves_drawn: year.reserves,
            });
        }
        let total = AffordabilityYear {
            business_as_usual: to_money(sum_bau, kind)?,
            preferred: to_money(sum_pref, kind)?,
            difference: to_money(sum_pref - sum_bau, kind)?,
            reserves_drawn: to_money(sum_reserves, kind)?,
        };
        let plan = self.plan(&force.name);
        let target_per_year = plan.savings_target.per_year(force.annual_revenue_budget);
        let target_total = target_per_year
            .map(|target| to_money(wide(target) * self.years as i128, kind))
            .transpose()?;
        let delivered = target_total
            .filter(|target| *target > Money::ZERO)
            .map(|target| share(total.difference, target));
        Ok(ForceAffordability {
            force: force.name.clone(),
            years,
            total,
            target_per_year,
            target_total,
            delivered,
            reserves_before: plan.reserves,
            reserves_after: to_money(wide(plan.reserves) - sum_reserves, kind)?,
        })
    }
}

/// The plans keyed by force name, as [`Finance::force_plans`] holds them.
pub type ForcePlans = BTreeMap<String, ForcePlan>;
