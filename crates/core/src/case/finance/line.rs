//! One line of an option's figures: what it is, where it falls, and its amount in each year.
//!
//! A line is a cost or a saving. What a finance officer asks of each differs, so the kind
//! carries its own details ([`Flow`]): a cost has an optimism-bias category and a funding
//! source, a saving has a type (cash-releasing or not). Both say whether they are capital or
//! revenue, which force they fall in (or shared), and whether their VAT can be recovered.

use serde::{Deserialize, Serialize};

use super::optimism::OptimismCategory;
use crate::case::money::Money;

/// Whether a line costs the forces money or saves it: the picker's choice, which [`Flow`]
/// fills in with the details that kind needs.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum FlowKind {
    /// Money spent.
    #[default]
    Cost,
    /// Money saved.
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

/// Where a cost's money comes from, which the financial case sets out for affordability.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum FundingSource {
    /// The forces' revenue budgets.
    #[default]
    RevenueBudget,
    /// Earmarked or general reserves.
    Reserves,
    /// A force's capital programme.
    CapitalProgramme,
    /// A grant (Home Office, Police Transformation Fund or similar).
    Grant,
    /// Prudential borrowing.
    Borrowing,
}

impl FundingSource {
    /// Every source, in picker order.
    pub const ALL: [FundingSource; 5] = [
        FundingSource::RevenueBudget,
        FundingSource::Reserves,
        FundingSource::CapitalProgramme,
        FundingSource::Grant,
        FundingSource::Borrowing,
    ];

    /// The source's name.
    pub fn label(self) -> &'static str {
        match self {
            FundingSource::RevenueBudget => "Revenue budget",
            FundingSource::Reserves => "Reserves",
            FundingSource::CapitalProgramme => "Capital programme",
            FundingSource::Grant => "Grant",
            FundingSource::Borrowing => "Borrowing",
        }
    }
}

/// What kind of saving a line is: whether it takes money out of a budget, which decides
/// whether it appears in the cash view of the financial case.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum SavingKind {
    /// Money that leaves a budget (posts deleted, a contract ended).
    #[default]
    CashReleasing,
    /// Value without cash: officer time freed for other work. Counted in the economic case,
    /// never in what a force can take out of its budget.
    NonCashReleasing,
    /// A cost the forces would otherwise have to meet (a refurbishment that is no longer
    /// needed). Counted in the cash view: it is money the forces do not have to find.
    CostAvoidance,
    /// What the option's assets are still worth at the end of the appraisal (a building, a
    /// system with years of life left), where the appraisal is shorter than their lives or
    /// the agreement. The appraisal counts the line's total as a saving in its last year,
    /// discounted there, whichever years it is entered in; it is never cash.
    ResidualValue,
}

impl SavingKind {
    /// Every kind, in picker order.
    pub const ALL: [SavingKind; 4] = [
        SavingKind::CashReleasing,
        SavingKind::NonCashReleasing,
        SavingKind::CostAvoidance,
        SavingKind::ResidualValue,
    ];

    /// The kind's name.
    pub fn label(self) -> &'static str {
        match self {
            SavingKind::CashReleasing => "Cash-releasing",
            SavingKind::NonCashReleasing => "Non-cash-releasing",
            SavingKind::CostAvoidance => "Cost avoidance",
            SavingKind::ResidualValue => "Residual value",
        }
    }

    /// Whether the saving is cash a force can plan on in its medium-term financial plan.
    pub fn is_cash(self) -> bool {
        matches!(self, SavingKind::CashReleasing | SavingKind::CostAvoidance)
    }
}

/// A line's direction and the details that direction needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Flow {
    /// Money spent.
    Cost {
        /// The optimism-bias category that sets the uplift in the appraisal.
        #[serde(default)]
        category: OptimismCategory,
        /// Where the money comes from.
        #[serde(default)]
        funding: FundingSource,
    },
    /// Money saved.
    Saving {
        /// Cash-releasing, non-cash-releasing or cost avoidance.
        #[serde(default)]
        kind: SavingKind,
    },
}

impl Default for Flow {
    fn default() -> Self {
        Flow::of_kind(FlowKind::Cost)
    }
}

impl Flow {
    /// A flow of `kind` with the usual details: a cost in "other" funded from revenue, a
    /// cash-releasing saving.
    pub fn of_kind(kind: FlowKind) -> Flow {
        match kind {
            FlowKind::Cost => Flow::Cost {
                category: OptimismCategory::default(),
                funding: FundingSource::default(),
            },
            FlowKind::Saving => Flow::Saving {
                kind: SavingKind::default(),
            },
        }
    }

    /// Cost or saving.
    pub fn kind(self) -> FlowKind {
        match self {
            Flow::Cost { .. } => FlowKind::Cost,
            Flow::Saving { .. } => FlowKind::Saving,
        }
    }

    /// Makes the flow a `kind`, keeping it as it is if it already is one.
    pub fn set_kind(&mut self, kind: FlowKind) {
        if self.kind() != kind {
            *self = Flow::of_kind(kind);
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

/// Capital or revenue: forces fund and account for them apart, so the financial case shows
/// them apart.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Spending {
    /// Day-to-day running costs and savings.
    #[default]
    Revenue,
    /// Buildings, vehicles, equipment and systems that last.
    Capital,
}

impl Spending {
    /// Both, in picker order.
    pub const ALL: [Spending; 2] = [Spending::Revenue, Spending::Capital];

    /// The word.
    pub fn label(self) -> &'static str {
        match self {
            Spending::Revenue => "Revenue",
            Spending::Capital => "Capital",
        }
    }
}

/// Whether VAT on a line can be recovered. Police and crime commissioners recover VAT under
/// section 33 of the VAT Act 1994, so amounts are normally net of it; a separate body (a
/// joint venture company) may not, and then the VAT is a real cost included in the amount.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Vat {
    /// Recovered: the amounts exclude VAT.
    #[default]
    Recoverable,
    /// Not recovered: the amounts include it.
    Irrecoverable,
}

impl Vat {
    /// Both, in picker order.
    pub const ALL: [Vat; 2] = [Vat::Recoverable, Vat::Irrecoverable];

    /// The treatment in words.
    pub fn label(self) -> &'static str {
        match self {
            Vat::Recoverable => "VAT recoverable",
            Vat::Irrecoverable => "VAT not recoverable",
        }
    }
}

/// Which force a line's money falls in. A saving from a range that closes belongs to the force
/// that owned it; balancing payments then settle the agreed split.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FallsIn {
    /// Shared between the forces by the agreed split.
    #[default]
    Shared,
    /// One force, by its name as the partners list gives it (so a file reads plainly and a
    /// renamed force is followed, as the force leads are).
    Force(String),
}

impl FallsIn {
    /// "Shared" or the force's name.
    pub fn label(&self) -> &str {
        match self {
            FallsIn::Shared => "Shared",
            FallsIn::Force(name) => name,
        }
    }
}

/// Which inflation rate turns a line's real prices into cash: pay (posts, overtime, allowances,
/// which follow pay awards) or non-pay (everything else).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Indexation {
    /// The case's non-pay inflation. What every line of a file from before pay inflation
    /// was kept apart uses, so its cash figures do not change.
    #[default]
    NonPay,
    /// The case's pay inflation.
    Pay,
}

impl Indexation {
    /// Every kind, in picker order.
    pub const ALL: [Indexation; 2] = [Indexation::NonPay, Indexation::Pay];

    /// The kind's name.
    pub fn label(self) -> &'static str {
        match self {
            Indexation::NonPay => "Non-pay inflation",
            Indexation::Pay => "Pay inflation",
        }
    }
}

/// One line of an option's figures, with an amount for each year of the appraisal.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FinanceLine {
    /// What the money is for, e.g. "Trainer posts (3 FTE)".
    pub label: String,
    /// Cost or saving, with its details.
    pub flow: Flow,
    /// One-off or recurring.
    pub recurrence: Recurrence,
    /// Capital or revenue.
    pub spending: Spending,
    /// The force it falls in, or shared.
    pub falls_in: FallsIn,
    /// Whether its VAT is recovered.
    pub vat: Vat,
    /// Which inflation rate the cash view applies to it.
    pub indexation: Indexation,
    /// The amount in each year, year 0 first, in real prices. Always positive: `flow` gives
    /// the direction.
    pub amounts: Vec<Money>,
}

impl FinanceLine {
    /// A blank line of `kind`, `years` long.
    pub fn new(kind: FlowKind, years: usize) -> FinanceLine {
        FinanceLine {
            flow: Flow::of_kind(kind),
            amounts: vec![Money::ZERO; years],
            ..FinanceLine::default()
        }
    }

    /// Cost or saving.
    pub fn kind(&self) -> FlowKind {
        self.flow.kind()
    }

    /// The amount in year `year`, zero past the end.
    pub fn amount(&self, year: usize) -> Money {
        self.amounts.get(year).copied().unwrap_or_default()
    }

    /// The amounts within an appraisal of `years` years: a line from a hand-edited file may
    /// hold more, which nothing counts (validation says so), so no work grows with them.
    pub fn within(&self, years: usize) -> &[Money] {
        &self.amounts[..self.amounts.len().min(years)]
    }

    /// The line's total over an appraisal of `years` years, exactly, or `None` if it does not
    /// fit in an amount of money (only a hostile file gets there; validation says so).
    pub fn total(&self, years: usize) -> Option<Money> {
        let sum: i128 = self
            .within(years)
            .iter()
            .map(|a| i128::from(a.pence()))
            .sum();
        i64::try_from(sum).ok().map(Money)
    }

    /// Whether the line counts in the cash view: every cost, and savings that are cash.
    pub fn is_cash(&self) -> bool {
        match self.flow {
            Flow::Cost { .. } => true,
            Flow::Saving { kind } => kind.is_cash(),
        }
    }

    /// The kind in words for a table: "Cost, capital" or "Saving, cash-releasing", with
    /// ", pay" on a line the cash view raises by pay inflation.
    pub fn description(&self) -> String {
        let kind = match self.flow {
            Flow::Cost { .. } => format!("Cost, {}", self.spending.label().to_lowercase()),
            Flow::Saving { kind } => format!(
                "Saving, {}, {}",
                self.spending.label().to_lowercase(),
                kind.label().to_lowercase()
            ),
        };
        match self.indexation {
            Indexation::NonPay => kind,
            Indexation::Pay => format!("{kind}, pay"),
        }
    }
}
