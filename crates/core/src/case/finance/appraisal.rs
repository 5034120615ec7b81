//! The economic case's arithmetic: each option against business as usual, by the Green Book.
//!
//! For option *k* and business as usual *b*, year by year: the option's costs (each uplifted
//! by its category's optimism bias) plus the savings *b* would have made, and the option's
//! savings (less the savings adjustment) plus the costs *b* would have met. Discounted and
//! summed, these are the option's present values of costs and of savings against business as
//! usual; the net present value is their difference and the benefit–cost ratio their
//! quotient. Cash sums are exact integers; only the discounting is floating point, rounded to
//! the penny once per present value. With no business-as-usual lines and one rate, the
//! arithmetic is, operation for operation, the single-option appraisal of format version 1,
//! so a migrated case keeps its figures to the penny.

use super::line::{FinanceLine, Flow, SavingKind, Spending};
use super::optimism::OptimismCategory;
use super::{Finance, FinanceError, round_money, to_money};
use crate::case::money::Money;
use crate::case::options::{OptionKind, OptionStatus, Options};

/// The payback year: the first year from which the cumulative net saving stays at or above
/// zero to the end of the appraisal. It is read from undiscounted cash in real prices without
/// optimism bias, against business as usual: the option's cash-releasing savings and cost
/// avoidance and the costs business as usual would have met, less the option's costs and the
/// cash business as usual would have saved. Non-cash-releasing savings never count.
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

impl Payback {
    /// The payback in words for a table: "2028/29" or "Not within the period".
    pub fn label(&self) -> &str {
        match self {
            Payback::InYear { label, .. } => label,
            Payback::NotWithinPeriod => "Not within the period",
        }
    }
}

/// One year of an option's own cash flows (not against business as usual), in real prices
/// without optimism bias.
#[derive(Debug, Clone, PartialEq)]
pub struct YearTotals {
    /// The financial year, e.g. "2026/27".
    pub label: String,
    /// All costs in the year (cash, real prices, no optimism bias).
    pub costs: Money,
    /// Cash-releasing savings and cost avoidance in the year; non-cash-releasing savings are
    /// value, not cash, and are left out.
    pub savings: Money,
    /// Savings less costs.
    pub net: Money,
    /// Net saving so far, from year 0 to this year.
    pub cumulative_net: Money,
}

/// The Green Book measures of an option against business as usual.
#[derive(Debug, Clone, PartialEq)]
pub struct Measures {
    /// Present value of costs, with optimism bias: the option's costs and the savings
    /// business as usual would have made.
    pub pv_costs: Money,
    /// Present value of savings, less any savings adjustment: the option's savings and the
    /// costs business as usual would have met.
    pub pv_savings: Money,
    /// Net present value: PV(savings) − PV(costs).
    pub npv: Money,
    /// Benefit–cost ratio PV(savings) / PV(costs); `None` when there are no costs.
    pub benefit_cost_ratio: Option<f64>,
    /// The payback year.
    pub payback: Payback,
}

impl Measures {
    /// The measures of present values `pv_costs` and `pv_savings`.
    pub(super) fn of(pv_costs: Money, pv_savings: Money, payback: Payback) -> Measures {
        Measures {
            pv_costs,
            pv_savings,
            npv: pv_savings - pv_costs,
            benefit_cost_ratio: ratio(pv_savings, pv_costs),
            payback,
        }
    }

    /// The ratio in a table: "1.69", or "–" when there are no costs.
    pub fn ratio_label(&self) -> String {
        self.benefit_cost_ratio
            .map_or_else(|| "–".to_owned(), |ratio| format!("{ratio:.2}"))
    }
}

/// PV(savings) / PV(costs), when there are costs.
pub(super) fn ratio(pv_savings: Money, pv_costs: Money) -> Option<f64> {
    (pv_costs > Money::ZERO).then(|| pv_savings.pence() as f64 / pv_costs.pence() as f64)
}

/// One option's appraisal.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionResult {
    /// Which option.
    pub kind: OptionKind,
    /// Its status in the options appraisal.
    pub status: OptionStatus,
    /// Its measures against business as usual; zero for business as usual itself.
    pub measures: Measures,
    /// Its place by net present value, 1 for the highest; business as usual takes part at
    /// zero, so an option that does worse than carrying on ranks below it.
    pub rank: usize,
    /// Its own cash flows by year (not against business as usual).
    pub years: Vec<YearTotals>,
    /// Its own costs over the appraisal (cash).
    pub total_costs: Money,
    /// Its own cash-releasing savings and cost avoidance over the appraisal.
    pub total_savings: Money,
}

impl OptionResult {
    /// Whether this is the comparator every other option is measured against.
    pub fn is_comparator(&self) -> bool {
        self.kind == OptionKind::BusinessAsUsual
    }

    /// The option's own net saving over the appraisal in cash: its cash-releasing savings and
    /// cost avoidance less its costs.
    pub fn total_net(&self) -> Money {
        self.total_savings - self.total_costs
    }
}

/// Every appraised option against business as usual: business as usual itself, every option
/// on the short list, and any other option the case has given figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Appraisal {
    /// The options in their usual order, business as usual first.
    pub results: Vec<OptionResult>,
}

impl Appraisal {
    /// The result for `kind`, if it was appraised.
    pub fn get(&self, kind: OptionKind) -> Option<&OptionResult> {
        self.results.iter().find(|result| result.kind == kind)
    }

    /// The options that are measured against business as usual (every one but itself).
    pub fn options(&self) -> impl Iterator<Item = &OptionResult> {
        self.results.iter().filter(|result| !result.is_comparator())
    }

    /// The options in rank order, highest net present value first (business as usual
    /// included, at zero).
    pub fn ranked(&self) -> Vec<&OptionResult> {
        let mut ranked: Vec<&OptionResult> = self.results.iter().collect();
        ranked.sort_by_key(|result| result.rank);
        ranked
    }

    /// The best-ranked option other than `kind`, among all (`with_comparator`) or only those
    /// measured against business as usual.
    pub fn best_other(&self, kind: OptionKind, with_comparator: bool) -> Option<&OptionResult> {
        self.ranked()
            .into_iter()
            .find(|result| result.kind != kind && (with_comparator || !result.is_comparator()))
    }

    /// Whether `kind` has the highest net present value of the options measured against
    /// business as usual (ties count as highest).
    pub fn is_highest(&self, kind: OptionKind) -> bool {
        let Some(this) = self.get(kind) else {
            return false;
        };
        self.options()
            .all(|other| other.measures.npv <= this.measures.npv)
    }
}

/// One option's own present values (not against business as usual), which the shocks act on
/// and the switching values are shares of; the workbook shows them, so a finance officer can
/// follow each shock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OwnPresentValues {
    /// PV of its savings, after any savings adjustment.
    pub savings: Money,
    /// PV of its costs with optimism bias.
    pub costs: Money,
    /// PV of its savings each moved one year on, the last year's left out.
    pub savings_late: Money,
    /// PV of its costs without optimism bias.
    pub costs_before_bias: Money,
}

/// One option's flows by year, in the two forms the arithmetic needs: exact cash and the
/// appraisal values (costs uplifted, savings adjusted) before discounting. All in pence.
#[derive(Debug, Clone, Default)]
pub struct Streams {
    /// Cash costs by year.
    pub cash_costs: Vec<i128>,
    /// Cash savings by year: cash-releasing savings and cost avoidance only.
    pub cash_savings: Vec<i128>,
    /// Costs by year with optimism bias.
    pub costs: Vec<f64>,
    /// Savings by year after the savings adjustment.
    pub savings: Vec<f64>,
}

impl Finance {
    /// Whether `kind` takes part in the economic case: business as usual always, the options
    /// on the short list, and any option with figures.
    pub fn is_appraised(&self, kind: OptionKind, options: &Options) -> bool {
        kind == OptionKind::BusinessAsUsual
            || options
                .appraisals
                .get(&kind)
                .is_some_and(|a| a.status.is_shortlisted())
            || !self.option(kind).lines.is_empty()
    }

    /// The flows of option `kind` by year, before discounting and not against business as
    /// usual: what a workbook shows year by year beside its formulas, so its cached values are
    /// the appraisal's own.
    pub fn flows(&self, kind: OptionKind) -> Streams {
        self.streams(kind)
    }

    /// The flows of option `kind` by year.
    pub(super) fn streams(&self, kind: OptionKind) -> Streams {
        let years = self.years;
        let lines = &self.option(kind).lines;
        let (rates, adjustment) = self.rates_for(kind);
        let keep = 1.0 - adjustment.fraction();
        let mut streams = Streams {
            cash_costs: vec![0; years],
            cash_savings: vec![0; years],
            costs: vec![0.0; years],
            savings: vec![0.0; years],
        };
        for year in 0..years {
            let mut by_category = [0_i128; OptimismCategory::ALL.len()];
            let (mut savings, mut cash_savings) = (0_i128, 0_i128);
            for line in lines {
                let amount = match line.flow {
                    Flow::Saving {
                        kind: SavingKind::ResidualValue,
                    } if year + 1 == years => line
                        .within(years)
                        .iter()
                        .map(|a| i128::from(a.pence()))
                        .sum::<i128>(),
                    Flow::Saving {
                        kind: SavingKind::ResidualValue,
                    } => 0,
                    _ => i128::from(line.amount(year).pence()),
                };
                match line.flow {
                    Flow::Cost { category, .. } => by_category[category as usize] += amount,
                    Flow::Saving { kind } => {
                        savings += amount;
                        if kind.is_cash() {
                            cash_savings += amount;
                        }
                    }
                }
            }
            let mut costs = 0.0_f64;
            for (category, pence) in OptimismCategory::ALL.iter().zip(by_category) {
                if pence != 0 {
                    costs += pence as f64 * (1.0 + rates.rate(*category).fraction());
                }
            }
            streams.cash_costs[year] = by_category.iter().sum();
            streams.cash_savings[year] = cash_savings;
            streams.costs[year] = costs;
            streams.savings[year] = savings as f64 * keep;
        }
        streams
    }

    /// Option `option`'s flows against business-as-usual flows `baseline`: its costs and the
    /// baseline's savings, its savings and the baseline's costs.
    pub fn against(option: &Streams, baseline: &Streams) -> Streams {
        let add_i = |a: &[i128], b: &[i128]| a.iter().zip(b).map(|(a, b)| a + b).collect();
        let add_f = |a: &[f64], b: &[f64]| {
            a.iter()
                .zip(b)
                .map(|(a, b)| if *b == 0.0 { *a } else { a + b })
                .collect()
        };
        Streams {
            cash_costs: add_i(&option.cash_costs, &baseline.cash_savings),
            cash_savings: add_i(&option.cash_savings, &baseline.cash_costs),
            costs: add_f(&option.costs, &baseline.savings),
            savings: add_f(&option.savings, &baseline.costs),
        }
    }

    /// The present value of a stream of appraisal values.
    pub(super) fn present_value(
        &self,
        values: &[f64],
        option: OptionKind,
    ) -> Result<Money, FinanceError> {
        let mut total = 0.0_f64;
        for (year, value) in values.iter().enumerate() {
            total += value * self.discount_factor(year);
        }
        round_money(total, option)
    }

    /// The payback year of cash flows against business as usual ([`Payback`]). With no lines
    /// at all there is nothing to pay back.
    fn payback(&self, flows: &Streams, any_lines: bool) -> Payback {
        if !any_lines {
            return Payback::NotWithinPeriod;
        }
        let mut cumulative = 0_i128;
        let mut last_negative = None;
        for year in 0..self.years {
            cumulative += flows.cash_savings[year] - flows.cash_costs[year];
            if cumulative < 0 {
                last_negative = Some(year);
            }
        }
        match last_negative {
            None => Payback::InYear {
                index: 0,
                label: self.year_label(0),
            },
            Some(year) if year + 1 < self.years => Payback::InYear {
                index: year + 1,
                label: self.year_label(year + 1),
            },
            Some(_) => Payback::NotWithinPeriod,
        }
    }

    /// The measures of option `kind` against business as usual.
    pub(super) fn measures(
        &self,
        kind: OptionKind,
        baseline: &Streams,
    ) -> Result<Measures, FinanceError> {
        if kind == OptionKind::BusinessAsUsual {
            return Ok(Measures::of(
                Money::ZERO,
                Money::ZERO,
                Payback::NotWithinPeriod,
            ));
        }
        let flows = Finance::against(&self.streams(kind), baseline);
        let pv_costs = self.present_value(&flows.costs, kind)?;
        let pv_savings = self.present_value(&flows.savings, kind)?;
        let any_lines = !self.option(kind).lines.is_empty()
            || !self.option(OptionKind::BusinessAsUsual).lines.is_empty();
        // The difference of two amounts can overflow even when each fits.
        to_money(
            i128::from(pv_savings.pence()) - i128::from(pv_costs.pence()),
            kind,
        )?;
        Ok(Measures::of(
            pv_costs,
            pv_savings,
            self.payback(&flows, any_lines),
        ))
    }

    /// Option `kind`'s own cash flows by year and over the appraisal.
    fn own_years(&self, kind: OptionKind) -> Result<(Vec<YearTotals>, Money, Money), FinanceError> {
        let streams = self.streams(kind);
        let mut years = Vec::with_capacity(self.years);
        let mut cumulative = 0_i128;
        for year in 0..self.years {
            let (costs, savings) = (streams.cash_costs[year], streams.cash_savings[year]);
            cumulative += savings - costs;
            years.push(YearTotals {
                label: self.year_label(year),
                costs: to_money(costs, kind)?,
                savings: to_money(savings, kind)?,
                net: to_money(savings - costs, kind)?,
                cumulative_net: to_money(cumulative, kind)?,
            });
        }
        let total_costs = to_money(streams.cash_costs.iter().sum(), kind)?;
        let total_savings = to_money(streams.cash_savings.iter().sum(), kind)?;
        to_money(
            i128::from(total_savings.pence()) - i128::from(total_costs.pence()),
            kind,
        )?;
        Ok((years, total_costs, total_savings))
    }

    /// Option `kind`'s own present values, not against business as usual: for business as
    /// usual, what carrying on would cost, which every other option counts as avoided; for an
    /// option, what the sensitivity shocks act on.
    pub fn own_present_values(&self, kind: OptionKind) -> Result<OwnPresentValues, FinanceError> {
        let streams = self.streams(kind);
        let mut late = vec![0.0; streams.savings.len()];
        if let Some(last) = late.len().checked_sub(1) {
            late[1..].copy_from_slice(&streams.savings[..last]);
        }
        let before: Vec<f64> = streams.cash_costs.iter().map(|p| *p as f64).collect();
        Ok(OwnPresentValues {
            savings: self.present_value(&streams.savings, kind)?,
            costs: self.present_value(&streams.costs, kind)?,
            savings_late: self.present_value(&late, kind)?,
            costs_before_bias: self.present_value(&before, kind)?,
        })
    }

    /// Appraises every option that takes part ([`Finance::is_appraised`]) against business as
    /// usual and ranks them.
    pub fn appraise(&self, options: &Options) -> Result<Appraisal, FinanceError> {
        let baseline = self.streams(OptionKind::BusinessAsUsual);
        let mut results = Vec::new();
        for kind in OptionKind::ALL {
            if !self.is_appraised(kind, options) {
                continue;
            }
            let (years, total_costs, total_savings) = self.own_years(kind)?;
            results.push(OptionResult {
                kind,
                status: options
                    .appraisals
                    .get(&kind)
                    .map_or(OptionStatus::default(), |a| a.status),
                measures: self.measures(kind, &baseline)?,
                rank: 0,
                years,
                total_costs,
                total_savings,
            });
        }
        let npvs: Vec<Money> = results.iter().map(|r| r.measures.npv).collect();
        for result in &mut results {
            result.rank = 1 + npvs
                .iter()
                .filter(|npv| **npv > result.measures.npv)
                .count();
        }
        Ok(Appraisal { results })
    }

    /// Whether any cost line of the options `kinds` in optimism-bias `category` is capital,
    /// and whether any is revenue: what the category's uplift is applied to, as it is applied
    /// (to every cost line in the category, whichever it is).
    pub fn costs_in_category(
        &self,
        category: OptimismCategory,
        kinds: &[OptionKind],
    ) -> Vec<Spending> {
        let mut found = Vec::new();
        for kind in kinds {
            for line in &self.option(*kind).lines {
                if matches!(line.flow, Flow::Cost { category: c, .. } if c == category)
                    && !found.contains(&line.spending)
                {
                    found.push(line.spending);
                }
            }
        }
        found.sort();
        found
    }

    /// Option `kind`'s lines that are cash in the financial case (every cost; savings that
    /// are cash).
    pub fn cash_lines(&self, kind: OptionKind) -> impl Iterator<Item = &FinanceLine> {
        self.option(kind).lines.iter().filter(|line| line.is_cash())
    }
}
