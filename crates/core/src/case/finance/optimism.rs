//! Optimism bias by category, as HM Treasury's supplementary Green Book guidance sets it out.
//!
//! Appraisals understate costs, so the Green Book uplifts each cost by a rate for its kind of
//! project: a standard building overruns less than new equipment. The guidance gives an upper
//! bound (where to start, with no evidence) and a lower bound (what a well-evidenced, firmly
//! priced project might justify) for each category. The rates here are settings of the case,
//! because Green Book revisions change them; the bounds are offered beside them as guidance.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{FinanceLine, Flow};
use crate::case::money::{Money, Percent};

/// The Green Book's supplementary categories, plus "other" for costs they do not describe
/// (staff, travel, licences), which takes a rate of its own.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum OptimismCategory {
    /// Standard buildings: offices, refurbishments of ordinary premises.
    StandardBuildings,
    /// Non-standard buildings: custody suites, ranges, laboratories, listed buildings.
    NonStandardBuildings,
    /// Standard civil engineering: roads, car parks, site works.
    StandardCivilEngineering,
    /// Non-standard civil engineering.
    NonStandardCivilEngineering,
    /// Equipment and development: ICT systems, specialist equipment.
    EquipmentAndDevelopment,
    /// Outsourcing: applied to the operating cost of an outsourced service.
    Outsourcing,
    /// Anything else, at a rate the case sets.
    #[default]
    Other,
}

/// The Green Book's lower and upper bounds for a category's uplift on cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    /// What a well-evidenced project may come down to.
    pub lower: Percent,
    /// Where an appraisal starts without evidence.
    pub upper: Percent,
}

impl OptimismCategory {
    /// Every category, in the order the guidance lists them, "other" last.
    pub const ALL: [OptimismCategory; 7] = [
        OptimismCategory::StandardBuildings,
        OptimismCategory::NonStandardBuildings,
        OptimismCategory::StandardCivilEngineering,
        OptimismCategory::NonStandardCivilEngineering,
        OptimismCategory::EquipmentAndDevelopment,
        OptimismCategory::Outsourcing,
        OptimismCategory::Other,
    ];

    /// The category's name.
    pub fn label(self) -> &'static str {
        match self {
            OptimismCategory::StandardBuildings => "Standard buildings",
            OptimismCategory::NonStandardBuildings => "Non-standard buildings",
            OptimismCategory::StandardCivilEngineering => "Standard civil engineering",
            OptimismCategory::NonStandardCivilEngineering => "Non-standard civil engineering",
            OptimismCategory::EquipmentAndDevelopment => "Equipment and development",
            OptimismCategory::Outsourcing => "Outsourcing",
            OptimismCategory::Other => "Other",
        }
    }

    /// The Green Book's bounds on the uplift to cost (capital cost, or operating cost for
    /// outsourcing); none for "other".
    pub fn bounds(self) -> Option<Bounds> {
        let (lower, upper) = match self {
            OptimismCategory::StandardBuildings => (200, 2400),
            OptimismCategory::NonStandardBuildings => (400, 5100),
            OptimismCategory::StandardCivilEngineering => (300, 4400),
            OptimismCategory::NonStandardCivilEngineering => (600, 6600),
            OptimismCategory::EquipmentAndDevelopment => (1000, 20000),
            OptimismCategory::Outsourcing => (0, 4100),
            OptimismCategory::Other => return None,
        };
        Some(Bounds {
            lower: Percent(lower),
            upper: Percent(upper),
        })
    }

    /// What the guidance's bounds for the category are bounds on. The case applies the
    /// category's rate to every cost line in it, capital or revenue
    /// ([`super::Finance::costs_in_category`] says which there are).
    pub fn applies_to(self) -> &'static str {
        match self {
            OptimismCategory::Outsourcing => "operating cost",
            OptimismCategory::Other => "cost",
            _ => "capital cost",
        }
    }

    /// The rate a new case starts with: the upper bound, as the Green Book asks until there
    /// is evidence for less; nothing for "other" until the case sets it.
    pub fn default_rate(self) -> Percent {
        self.bounds().map_or(Percent(0), |bounds| bounds.upper)
    }
}

/// The uplift for each category. Every category has a rate: one missing from a hand-edited
/// file takes its default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OptimismRates(BTreeMap<OptimismCategory, Percent>);

impl Default for OptimismRates {
    fn default() -> Self {
        OptimismRates(
            OptimismCategory::ALL
                .into_iter()
                .map(|category| (category, category.default_rate()))
                .collect(),
        )
    }
}

impl OptimismRates {
    /// Every category at `rate`: what a version 1 case's single uplift becomes.
    pub fn uniform(rate: Percent) -> OptimismRates {
        OptimismRates(
            OptimismCategory::ALL
                .into_iter()
                .map(|category| (category, rate))
                .collect(),
        )
    }

    /// The rate for `category`.
    pub fn rate(&self, category: OptimismCategory) -> Percent {
        self.0
            .get(&category)
            .copied()
            .unwrap_or_else(|| category.default_rate())
    }

    /// The optimism-bias uplift the appraisal adds to `line` over its first `years` years: the
    /// line's amounts times its category's rate, so the Finance step can say beside the line
    /// what a cost becomes in the net present value ("+£400,000 optimism bias (200%,
    /// equipment and development)"). `None` for a saving, or a line with nothing to uplift (no
    /// amounts, or a rate of 0%).
    pub fn uplift(&self, line: &FinanceLine, years: usize) -> Option<Uplift> {
        let Flow::Cost { category, .. } = line.flow else {
            return None;
        };
        let rate = self.rate(category);
        let total: i128 = (0..years)
            .map(|year| i128::from(line.amount(year).pence()))
            .sum();
        // Rounded to the nearest penny, halves away from zero.
        let scaled = total * i128::from(rate.basis_points());
        let whole = i128::from(Percent::WHOLE.basis_points());
        let pence = (scaled + scaled.signum() * whole / 2) / whole;
        let amount = Money(i64::try_from(pence).ok()?);
        (amount != Money::ZERO).then_some(Uplift {
            amount,
            rate,
            category,
        })
    }

    /// The rate for `category`, to edit.
    pub fn rate_mut(&mut self, category: OptimismCategory) -> &mut Percent {
        self.0
            .entry(category)
            .or_insert_with(|| category.default_rate())
    }

    /// Gives every category a rate, so the file lists them all.
    pub fn normalise(&mut self) {
        for category in OptimismCategory::ALL {
            self.rate_mut(category);
        }
    }

    /// Whether two sets of rates give the same uplift to every category.
    pub fn same_as(&self, other: &OptimismRates) -> bool {
        OptimismCategory::ALL
            .into_iter()
            .all(|category| self.rate(category) == other.rate(category))
    }
}

/// What optimism bias adds to one cost line in the appraisal (see [`OptimismRates::uplift`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Uplift {
    /// The extra cost over the appraisal, in real prices, before discounting.
    pub amount: Money,
    /// The rate applied.
    pub rate: Percent,
    /// The category whose rate it is.
    pub category: OptimismCategory,
}

impl std::fmt::Display for Uplift {
    /// "+£400,000 optimism bias (200%, equipment and development)".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "+{} optimism bias ({}, {})",
            self.amount.whole_pounds(),
            self.rate,
            self.category.label().to_lowercase()
        )
    }
}
