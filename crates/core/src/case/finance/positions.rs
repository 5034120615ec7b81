//! The financial case's arithmetic: what each force pays and saves in each year, in real or
//! cash prices, capital and revenue apart.
//!
//! A line that falls in one force belongs to that force; a shared line is split by the agreed
//! shares. That is where the money falls. Balancing payments then bring each force to what the
//! agreement says it bears: its share of the costs, and its share of the savings (or, where
//! savings stay where they fall, its own savings). Every split is by the largest-remainder
//! method, so each year's parts add up to the year's totals to the penny and the balancing
//! payments add up to zero. Only cash counts here: costs, and savings that are cash (not
//! non-cash-releasing ones).

use super::apportion::{apportion, shares_of_whole};
use super::line::{
    FallsIn, FinanceLine, Flow, FundingSource, Indexation, SavingKind, Spending, Vat,
};
use super::{Finance, FinanceError, SavingsShare, round_money, to_money};
use crate::case::money::{Money, Percent};
use crate::case::options::OptionKind;
use crate::case::partners::Force;

/// Real prices (today's, as entered) or cash prices (with inflation), the figures a medium-term
/// financial plan holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Prices {
    /// Today's prices, as entered.
    Real,
    /// With the case's inflation assumption applied from year 0.
    #[default]
    Cash,
}

impl Prices {
    /// Both, in picker order.
    pub const ALL: [Prices; 2] = [Prices::Cash, Prices::Real];

    /// The prices in words.
    pub fn label(self) -> &'static str {
        match self {
            Prices::Real => "Real prices",
            Prices::Cash => "Cash prices",
        }
    }
}

/// One force's (or all forces') money in one year, or over the appraisal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Parts {
    /// Capital costs where they fall.
    pub capital_costs: Money,
    /// Revenue costs where they fall.
    pub revenue_costs: Money,
    /// Capital savings where they fall.
    pub capital_savings: Money,
    /// Revenue savings where they fall.
    pub revenue_savings: Money,
    /// Costs where they fall, capital and revenue together.
    pub costs: Money,
    /// Savings where they fall, capital and revenue together.
    pub savings: Money,
    /// Balancing payment received (positive) or made (negative); zero for all forces together.
    pub balancing: Money,
    /// Savings less costs, after balancing payments.
    pub net: Money,
    /// The costs funded from reserves, where they fall (a shared one split by the agreed
    /// shares): part of `costs`, and what the force draws from its reserves.
    pub reserves: Money,
}

/// The same parts as wide sums, so nothing is added in a type that can overflow.
#[derive(Debug, Clone, Copy, Default)]
struct Wide {
    capital_costs: i128,
    revenue_costs: i128,
    capital_savings: i128,
    revenue_savings: i128,
    balancing: i128,
    net: i128,
    reserves: i128,
}

impl Wide {
    fn add(&mut self, other: &Wide) {
        self.capital_costs += other.capital_costs;
        self.revenue_costs += other.revenue_costs;
        self.capital_savings += other.capital_savings;
        self.revenue_savings += other.revenue_savings;
        self.balancing += other.balancing;
        self.net += other.net;
        self.reserves += other.reserves;
    }

    fn costs(&self) -> i128 {
        self.capital_costs + self.revenue_costs
    }

    fn savings(&self) -> i128 {
        self.capital_savings + self.revenue_savings
    }

    /// Adds a line's amount to the part it belongs in.
    fn take(&mut self, line: &FinanceLine, amount: i128) {
        let part = match (line.flow, line.spending) {
            (Flow::Cost { .. }, Spending::Capital) => &mut self.capital_costs,
            (Flow::Cost { .. }, Spending::Revenue) => &mut self.revenue_costs,
            (Flow::Saving { .. }, Spending::Capital) => &mut self.capital_savings,
            (Flow::Saving { .. }, Spending::Revenue) => &mut self.revenue_savings,
        };
        *part += amount;
        if matches!(
            line.flow,
            Flow::Cost {
                funding: FundingSource::Reserves,
                ..
            }
        ) {
            self.reserves += amount;
        }
    }

    fn parts(&self, option: OptionKind) -> Result<Parts, FinanceError> {
        Ok(Parts {
            capital_costs: to_money(self.capital_costs, option)?,
            revenue_costs: to_money(self.revenue_costs, option)?,
            capital_savings: to_money(self.capital_savings, option)?,
            revenue_savings: to_money(self.revenue_savings, option)?,
            costs: to_money(self.costs(), option)?,
            savings: to_money(self.savings(), option)?,
            balancing: to_money(self.balancing, option)?,
            net: to_money(self.net, option)?,
            reserves: to_money(self.reserves, option)?,
        })
    }
}

/// One force's position in each year and over the appraisal.
#[derive(Debug, Clone, PartialEq)]
pub struct ForcePosition {
    /// The force's name as the partners list gives it.
    pub force: String,
    /// Its agreed share.
    pub share: Percent,
    /// One entry per year.
    pub years: Vec<Parts>,
    /// Over the appraisal.
    pub total: Parts,
}

impl ForcePosition {
    /// Whether the force pays more than it saves over the appraisal, after balancing payments:
    /// a net contributor, which the paper must say.
    pub fn is_net_contributor(&self) -> bool {
        self.total.net < Money::ZERO
    }
}

/// Every force's position for one option.
#[derive(Debug, Clone, PartialEq)]
pub struct ForcePositions {
    /// The option.
    pub option: OptionKind,
    /// The prices the figures are in.
    pub prices: Prices,
    /// Each force, in the partners list's order.
    pub forces: Vec<ForcePosition>,
    /// All forces together, by year: each part is the sum of the forces' parts.
    pub years: Vec<Parts>,
    /// All forces together over the appraisal.
    pub total: Parts,
}

/// An option's costs from one funding source, over the appraisal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Funding {
    /// The source.
    pub source: FundingSource,
    /// Capital costs funded from it.
    pub capital: Money,
    /// Revenue costs funded from it.
    pub revenue: Money,
}

impl Finance {
    /// A line's amount in year `year` in `prices`.
    pub(super) fn priced(
        &self,
        line: &FinanceLine,
        year: usize,
        prices: Prices,
        option: OptionKind,
    ) -> Result<i128, FinanceError> {
        self.price_at(line.indexation, line.amount(year), year, prices, option)
    }

    /// Real amount `real` of year `year` in `prices` at non-pay inflation (contingency and
    /// risk, spread over the years by costs).
    pub(super) fn price(
        &self,
        real: Money,
        year: usize,
        prices: Prices,
        option: OptionKind,
    ) -> Result<i128, FinanceError> {
        self.price_at(Indexation::NonPay, real, year, prices, option)
    }

    /// Real amount `real` of year `year` in `prices`: as it is, or times the year's factor at
    /// the rate `indexation` names, rounded to the penny.
    fn price_at(
        &self,
        indexation: Indexation,
        real: Money,
        year: usize,
        prices: Prices,
        option: OptionKind,
    ) -> Result<i128, FinanceError> {
        Ok(match prices {
            Prices::Real => i128::from(real.pence()),
            Prices::Cash if real == Money::ZERO => 0,
            Prices::Cash => i128::from(
                round_money(
                    real.pence() as f64 * self.indexation_factor(indexation, year),
                    option,
                )?
                .pence(),
            ),
        })
    }

    /// Option `kind`'s cash figures by year for all forces together, with no split: what the
    /// financial case's year-by-year table shows whether or not shares can be worked out.
    pub fn cash_years(&self, kind: OptionKind, prices: Prices) -> Result<Vec<Parts>, FinanceError> {
        let mut years = Vec::with_capacity(self.years);
        for year in 0..self.years {
            let mut wide = Wide::default();
            for line in self.cash_lines(kind) {
                wide.take(line, self.priced(line, year, prices, kind)?);
            }
            wide.net = wide.savings() - wide.costs();
            years.push(wide.parts(kind)?);
        }
        Ok(years)
    }

    /// The totals of [`Finance::cash_years`] over the appraisal.
    pub fn cash_total(&self, kind: OptionKind, prices: Prices) -> Result<Parts, FinanceError> {
        let mut total = Wide::default();
        for parts in self.cash_years(kind, prices)? {
            total.add(&widen(&parts));
        }
        total.parts(kind)
    }

    /// Each force's position for option `kind`, or `None` when the shares cannot be worked
    /// out (see [`Finance::shares`]). A line naming a force that is not among `forces` is
    /// treated as shared; validation says so.
    pub fn force_positions(
        &self,
        kind: OptionKind,
        forces: &[Force],
        prices: Prices,
    ) -> Result<Option<ForcePositions>, FinanceError> {
        let Some(weights) = self.shares(forces) else {
            return Ok(None);
        };
        let count = forces.len();
        let force_of = |line: &FinanceLine| match &line.falls_in {
            FallsIn::Shared => None,
            FallsIn::Force(name) => forces
                .iter()
                .position(|force| force.name.trim() == name.trim()),
        };
        let split = |pence: i128| -> Result<Vec<i128>, FinanceError> {
            Ok(apportion(to_money(pence, kind)?, &weights)
                .into_iter()
                .map(|part| i128::from(part.pence()))
                .collect())
        };
        let mut by_force: Vec<Vec<Parts>> = vec![Vec::with_capacity(self.years); count];
        let mut force_totals = vec![Wide::default(); count];
        let mut years = Vec::with_capacity(self.years);
        let mut total = Wide::default();
        for year in 0..self.years {
            let mut own = vec![Wide::default(); count];
            let mut shared = Wide::default();
            for line in self.cash_lines(kind) {
                let amount = self.priced(line, year, prices, kind)?;
                match force_of(line) {
                    Some(force) => own[force].take(line, amount),
                    None => shared.take(line, amount),
                }
            }
            let capital_costs = split(shared.capital_costs)?;
            let revenue_costs = split(shared.revenue_costs)?;
            let capital_savings = split(shared.capital_savings)?;
            let revenue_savings = split(shared.revenue_savings)?;
            let reserves = split(shared.reserves)?;
            for (force, part) in own.iter_mut().enumerate() {
                part.capital_costs += capital_costs[force];
                part.revenue_costs += revenue_costs[force];
                part.capital_savings += capital_savings[force];
                part.revenue_savings += revenue_savings[force];
                part.reserves += reserves[force];
            }
            let mut all = Wide::default();
            for part in &own {
                all.add(part);
            }
            let pays = split(all.costs())?;
            let saves = match self.savings_share {
                SavingsShare::BySplit => split(all.savings())?,
                SavingsShare::WhereTheyFall => own.iter().map(Wide::savings).collect(),
            };
            for (force, part) in own.iter_mut().enumerate() {
                part.net = saves[force] - pays[force];
                part.balancing = part.net - (part.savings() - part.costs());
                force_totals[force].add(part);
                by_force[force].push(part.parts(kind)?);
            }
            all.net = all.savings() - all.costs();
            total.add(&all);
            years.push(all.parts(kind)?);
        }
        let shares = shares_of_whole(&weights);
        let mut positions = Vec::with_capacity(count);
        for (force, years) in by_force.into_iter().enumerate() {
            positions.push(ForcePosition {
                force: forces[force].name.clone(),
                share: shares[force],
                years,
                total: force_totals[force].parts(kind)?,
            });
        }
        Ok(Some(ForcePositions {
            option: kind,
            prices,
            forces: positions,
            years,
            total: total.parts(kind)?,
        }))
    }

    /// Option `kind`'s costs by funding source over the appraisal, in `prices`: only the
    /// sources it uses, in their usual order.
    pub fn funding(&self, kind: OptionKind, prices: Prices) -> Result<Vec<Funding>, FinanceError> {
        let mut rows = Vec::new();
        for source in FundingSource::ALL {
            let (mut capital, mut revenue, mut used) = (0_i128, 0_i128, false);
            for line in &self.option(kind).lines {
                let Flow::Cost { funding, .. } = line.flow else {
                    continue;
                };
                if funding != source {
                    continue;
                }
                used = true;
                for year in 0..self.years {
                    let amount = self.priced(line, year, prices, kind)?;
                    match line.spending {
                        Spending::Capital => capital += amount,
                        Spending::Revenue => revenue += amount,
                    }
                }
            }
            if used {
                rows.push(Funding {
                    source,
                    capital: to_money(capital, kind)?,
                    revenue: to_money(revenue, kind)?,
                });
            }
        }
        Ok(rows)
    }

    /// Option `kind`'s lines whose VAT cannot be recovered.
    pub fn irrecoverable_vat(&self, kind: OptionKind) -> impl Iterator<Item = &FinanceLine> {
        self.option(kind)
            .lines
            .iter()
            .filter(|line| line.vat == Vat::Irrecoverable)
    }

    /// Option `kind`'s non-cash-releasing savings, which the cash view leaves out.
    pub fn non_cash_savings(&self, kind: OptionKind) -> impl Iterator<Item = &FinanceLine> {
        self.option(kind).lines.iter().filter(|line| {
            matches!(
                line.flow,
                Flow::Saving {
                    kind: SavingKind::NonCashReleasing
                }
            )
        })
    }

    /// Option `kind`'s residual values, which the appraisal counts in its last year and the
    /// cash view leaves out.
    pub fn residual_values(&self, kind: OptionKind) -> impl Iterator<Item = &FinanceLine> {
        self.option(kind).lines.iter().filter(|line| {
            matches!(
                line.flow,
                Flow::Saving {
                    kind: SavingKind::ResidualValue
                }
            )
        })
    }
}

fn widen(parts: &Parts) -> Wide {
    Wide {
        capital_costs: i128::from(parts.capital_costs.pence()),
        revenue_costs: i128::from(parts.revenue_costs.pence()),
        capital_savings: i128::from(parts.capital_savings.pence()),
        revenue_savings: i128::from(parts.revenue_savings.pence()),
        balancing: i128::from(parts.balancing.pence()),
        net: i128::from(parts.net.pence()),
        reserves: i128::from(parts.reserves.pence()),
    }
}
