//! Capital financing: what capital funded by borrowing costs the revenue budget.
//!
//! A policing body that borrows for capital does not meet the cost from revenue in the year it
//! spends: it sets aside a minimum revenue provision (MRP) each year to repay the debt over
//! the asset's life, and pays interest on what is still owed. Both are revenue costs a force's
//! medium-term financial plan must carry, so the financial case shows them by year beside the
//! cash view (which counts the capital itself in the year it is spent, as the funding table
//! does). The economic case leaves them out, as the Green Book does: financing is a transfer,
//! not a cost to society.
//!
//! The Prudential Code's statutory guidance on MRP lets a body choose its method; the two
//! used for new borrowing are offered here:
//! - **asset life, equal instalments**: the sum borrowed divided by the asset's life in
//!   years, each year from the year after it is spent;
//! - **asset life, annuity**: a level annual charge at the interest rate, of which the MRP is
//!   the part that repays the debt (small at first, larger later).
//!
//! Interest is charged on the debt still owed at the start of each year, from the year after
//! the capital is spent (the debt is taken on as the money is spent). Each year's MRP and
//! interest are rounded to the penny; the MRP over an asset's life adds up to the sum borrowed
//! exactly, the last instalment taking the rounding.

use serde::{Deserialize, Serialize};

use super::line::{Flow, FundingSource, Spending};
use super::positions::Prices;
use super::{Finance, FinanceError, round_money, to_money};
use crate::case::money::{Money, Percent};
use crate::case::options::OptionKind;

/// How the minimum revenue provision is worked out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MrpMethod {
    /// Not chosen yet: a case that borrows must choose one (a finding says so).
    #[default]
    NotChosen,
    /// The sum borrowed in equal instalments over the asset's life.
    EqualInstalments,
    /// An annuity at the interest rate over the asset's life.
    Annuity,
}

impl MrpMethod {
    /// Every method, in picker order.
    pub const ALL: [MrpMethod; 3] = [
        MrpMethod::NotChosen,
        MrpMethod::EqualInstalments,
        MrpMethod::Annuity,
    ];

    /// The method in words, as the picker and the paper name it.
    pub fn label(self) -> &'static str {
        match self {
            MrpMethod::NotChosen => "Not chosen",
            MrpMethod::EqualInstalments => "Asset life, equal instalments",
            MrpMethod::Annuity => "Asset life, annuity",
        }
    }
}

/// The case's settings for capital funded by borrowing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CapitalFinancing {
    /// The MRP method.
    pub method: MrpMethod,
    /// The life in years of the assets the borrowing pays for (0: not given).
    pub asset_life_years: u32,
    /// The interest rate a year on the borrowing (the Public Works Loan Board rate, say).
    pub interest_rate: Percent,
}

impl CapitalFinancing {
    /// Whether the settings are enough to work out the charges.
    pub fn is_complete(&self) -> bool {
        self.method != MrpMethod::NotChosen && self.asset_life_years > 0
    }
}

/// One year of the financing of option's borrowing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FinancingYear {
    /// Capital spent in the year and funded by borrowing, in cash prices.
    pub borrowed: Money,
    /// The minimum revenue provision charged in the year.
    pub mrp: Money,
    /// The interest charged in the year.
    pub interest: Money,
    /// The debt still owed at the end of the year.
    pub owed: Money,
}

impl FinancingYear {
    /// What the year's financing costs the revenue budget: MRP and interest.
    pub fn revenue_cost(&self) -> Money {
        Money(self.mrp.pence().saturating_add(self.interest.pence()))
    }
}

/// The revenue cost of an option's borrowing, year by year over the appraisal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Financing {
    /// The settings it was worked out with.
    pub settings: CapitalFinancing,
    /// Each year of the appraisal.
    pub years: Vec<FinancingYear>,
}

impl Financing {
    /// The sums over the appraisal (the debt owed is the last year's).
    pub fn total(&self) -> FinancingYear {
        let sum = |part: fn(&FinancingYear) -> Money| {
            Money(
                self.years
                    .iter()
                    .map(|year| part(year).pence())
                    .fold(0_i64, i64::saturating_add),
            )
        };
        FinancingYear {
            borrowed: sum(|year| year.borrowed),
            mrp: sum(|year| year.mrp),
            interest: sum(|year| year.interest),
            owed: self.years.last().map_or(Money::ZERO, |year| year.owed),
        }
    }
}

impl Finance {
    /// The capital of option `kind` funded by borrowing, year by year, in cash prices (as the
    /// debt is taken on in pounds of the day).
    pub fn borrowing(&self, kind: OptionKind) -> Result<Vec<Money>, FinanceError> {
        (0..self.years)
            .map(|year| {
                let mut sum: i128 = 0;
                for line in &self.option(kind).lines {
                    if is_borrowing(line) {
                        sum += self.priced(line, year, Prices::Cash, kind)?;
                    }
                }
                to_money(sum, kind)
            })
            .collect()
    }

    /// The MRP and interest on option `kind`'s borrowing, or `None` when it borrows nothing
    /// or the settings are not complete (validation says so).
    pub fn financing(&self, kind: OptionKind) -> Result<Option<Financing>, FinanceError> {
        let borrowed = self.borrowing(kind)?;
        if borrowed.iter().all(|amount| *amount == Money::ZERO)
            || !self.capital_financing.is_complete()
        {
            return Ok(None);
        }
        let settings = self.capital_financing;
        let mut years: Vec<FinancingYear> = borrowed
            .iter()
            .map(|amount| FinancingYear {
                borrowed: *amount,
                ..FinancingYear::default()
            })
            .collect();
        for (spent, amount) in borrowed.iter().enumerate() {
            if *amount == Money::ZERO {
                continue;
            }
            let schedule = schedule(*amount, settings, kind)?;
            for (k, (mrp, interest)) in schedule.iter().enumerate() {
                let Some(year) = years.get_mut(spent + 1 + k) else {
                    break;
                };
                year.mrp = add(year.mrp, *mrp, kind)?;
                year.interest = add(year.interest, *interest, kind)?;
            }
        }
        let mut owed = Money::ZERO;
        for year in &mut years {
            owed = add(owed, year.borrowed, kind)?;
            owed = add(owed, Money(-year.mrp.pence()), kind)?;
            year.owed = owed;
        }
        Ok(Some(Financing { settings, years }))
    }
}

/// Whether a line is capital funded by borrowing.
fn is_borrowing(line: &super::FinanceLine) -> bool {
    line.spending == Spending::Capital
        && matches!(
            line.flow,
            Flow::Cost {
                funding: FundingSource::Borrowing,
                ..
            }
        )
}

fn add(a: Money, b: Money, kind: OptionKind) -> Result<Money, FinanceError> {
    to_money(i128::from(a.pence()) + i128::from(b.pence()), kind)
}

/// Each year's MRP and interest on `amount` borrowed, over the asset's life, starting the year
/// after it is borrowed. The MRP adds up to `amount` exactly.
fn schedule(
    amount: Money,
    settings: CapitalFinancing,
    kind: OptionKind,
) -> Result<Vec<(Money, Money)>, FinanceError> {
    let life = settings.asset_life_years.max(1) as usize;
    let rate = settings.interest_rate.fraction();
    let principal = amount.pence() as f64;
    let level_charge = if rate > 0.0 {
        principal * rate / (1.0 - (1.0 + rate).powi(-(life as i32)))
    } else {
        principal / life as f64
    };
    let mut owed = amount.pence();
    let mut out = Vec::with_capacity(life);
    for k in 0..life {
        let interest = round_money(owed as f64 * rate, kind)?;
        let mrp = if k + 1 == life {
            Money(owed)
        } else {
            match settings.method {
                MrpMethod::Annuity => round_money(level_charge - interest.pence() as f64, kind)?,
                MrpMethod::EqualInstalments | MrpMethod::NotChosen => {
                    round_money(principal / life as f64, kind)?
                }
            }
        };
        owed = owed.saturating_sub(mrp.pence());
        out.push((mrp, interest));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(method: MrpMethod) -> CapitalFinancing {
        CapitalFinancing {
            method,
            asset_life_years: 4,
            interest_rate: Percent::from_hundredths(500),
        }
    }

    #[test]
    fn equal_instalments_by_hand() {
        // £1,000,000 over four years at 5%: £250,000 a year; interest on what is owed.
        let rows = schedule(
            Money::pounds(1_000_000),
            settings(MrpMethod::EqualInstalments),
            OptionKind::LeadForce,
        )
        .expect("fits");
        let mrp: Vec<Money> = rows.iter().map(|(mrp, _)| *mrp).collect();
        let interest: Vec<Money> = rows.iter().map(|(_, interest)| *interest).collect();
        assert_eq!(mrp, vec![Money::pounds(250_000); 4]);
        assert_eq!(
            interest,
            [50_000, 37_500, 25_000, 12_500].map(Money::pounds).to_vec()
        );
    }

    #[test]
    fn annuity_by_hand() {
        // Level charge 1,000,000 × 0.05 / (1 − 1.05⁻⁴) = £282,011.83 a year.
        let rows = schedule(
            Money::pounds(1_000_000),
            settings(MrpMethod::Annuity),
            OptionKind::LeadForce,
        )
        .expect("fits");
        assert_eq!(rows[0], (Money(23_201_183), Money::pounds(50_000)));
        assert_eq!(rows[1].1, Money(3_839_941));
        assert_eq!(rows[1].0, Money(24_361_242));
        let repaid: i64 = rows.iter().map(|(mrp, _)| mrp.pence()).sum();
        assert_eq!(repaid, Money::pounds(1_000_000).pence(), "repaid exactly");
        for (mrp, interest) in &rows[..3] {
            let charge = mrp.pence() + interest.pence();
            assert!((charge - 28_201_183).abs() <= 1, "level charge: {charge}");
        }
    }

    #[test]
    fn an_uneven_sum_is_repaid_to_the_penny() {
        let rows = schedule(
            Money(100_000_001),
            CapitalFinancing {
                method: MrpMethod::EqualInstalments,
                asset_life_years: 3,
                interest_rate: Percent(0),
            },
            OptionKind::LeadForce,
        )
        .expect("fits");
        let repaid: i64 = rows.iter().map(|(mrp, _)| mrp.pence()).sum();
        assert_eq!(repaid, 100_000_001);
        assert!(rows.iter().all(|(_, interest)| *interest == Money::ZERO));
    }
}
