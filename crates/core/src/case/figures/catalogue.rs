//! Every figure a text can cite, worked out once per case, and the one way each kind of
//! figure is written: money in whole pounds with brackets for a negative amount, as the
//! paper's tables print it (or "£1.43 million" where the text asks for millions), ratios to
//! two places, shares as percentages, years as "2028/29".
//!
//! Which prices each figure is in follows the table it comes from: an option's measures are
//! the economic case's present values; a force's figures, the totals and the funding are the
//! financial case's cash figures for the preferred option.

use crate::case::Case;
use crate::case::finance::affordability::Affordability;
use crate::case::finance::positions::Funding;
use crate::case::finance::{Appraisal, ForcePositions, FundingSource, Parts, Prices};
use crate::case::money::{Money, Percent};
use crate::case::options::OptionKind;
use crate::case::risk::Rating;

use super::syntax::Reference;

/// What an option's figure measures: the columns of the economic case's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OptionMeasure {
    /// Present value of costs.
    PvCosts,
    /// Present value of savings.
    PvSavings,
    /// Net present value.
    Npv,
    /// Benefit–cost ratio.
    Bcr,
    /// The year the option pays back.
    Payback,
    /// Its place by net present value.
    Rank,
}

/// What a force's figure measures: the columns of "Each force's position".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ForceMeasure {
    /// Costs where they fall.
    Costs,
    /// Savings where they fall.
    Savings,
    /// Balancing payments (received if positive).
    Balancing,
    /// The force's share of the split.
    Share,
    /// Net position after balancing payments.
    Net,
    /// Net position under the preferred option less its net position under business as
    /// usual: how much better off (positive) or worse off the force is, as "Each force's
    /// affordability" prints it.
    AgainstBusinessAsUsual,
}

/// What an all-forces total measures: the financial case's year-by-year table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TotalMeasure {
    /// All costs.
    Costs,
    /// All savings.
    Savings,
    /// Capital costs.
    CapitalCosts,
    /// Revenue costs.
    RevenueCosts,
    /// Capital savings.
    CapitalSavings,
    /// Revenue savings.
    RevenueSavings,
    /// Savings less costs.
    Net,
    /// Every force's difference from business as usual, added up: what the forces together
    /// are better off (positive) or worse off in cash.
    AgainstBusinessAsUsual,
}

/// A count from the workforce table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Headcount {
    /// Police officers affected.
    Officers,
    /// Police staff affected.
    Staff,
}

/// A year of the appraisal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyYear {
    /// The first financial year.
    First,
    /// The last financial year.
    Last,
}

/// One figure of the case, as a reference names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Figure {
    /// A measure of an option's appraisal.
    Option(OptionKind, OptionMeasure),
    /// A force's figure for the preferred option, in one year or over the period.
    Force {
        /// The force's stable id.
        force: String,
        /// What is measured.
        measure: ForceMeasure,
        /// The year's label ("2027/28"), or `None` for the whole period.
        year: Option<String>,
    },
    /// All forces together for the preferred option, in one year or over the period.
    Total {
        /// What is measured.
        measure: TotalMeasure,
        /// The year's label, or `None` for the whole period.
        year: Option<String>,
    },
    /// The preferred option's costs funded from one source, over the period.
    Funding(FundingSource),
    /// How many risks have a rating.
    Risks(Rating),
    /// Officers or staff affected in a force.
    Headcount {
        /// The force's stable id.
        force: String,
        /// Officers or staff.
        measure: Headcount,
    },
    /// Proposed redundancies.
    Redundancies,
    /// A year of the appraisal.
    Year(KeyYear),
}

/// How a money figure is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum MoneyStyle {
    /// Whole pounds, as the tables print it: "£1,431,442", "(£432,488)".
    #[default]
    Pounds,
    /// Millions to two places, as prose quotes it: "£1.43 million".
    Millions,
    /// Whole pounds without a sign, for a sentence whose words carry it ("a net cost of
    /// £20,000"): `as="size"`.
    Size,
    /// Millions without a sign: `as="millions_size"`.
    MillionsSize,
}

impl MoneyStyle {
    /// How the style is written in a reference, if not the default.
    fn name(self) -> Option<&'static str> {
        match self {
            MoneyStyle::Pounds => None,
            MoneyStyle::Millions => Some("millions"),
            MoneyStyle::Size => Some("size"),
            MoneyStyle::MillionsSize => Some("millions_size"),
        }
    }

    /// Whether money is written in millions.
    pub fn in_millions(self) -> bool {
        matches!(self, MoneyStyle::Millions | MoneyStyle::MillionsSize)
    }
}

/// A figure's current value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// An amount of money.
    Money(Money),
    /// A ratio, or `None` where there are no costs to divide by.
    Ratio(Option<f64>),
    /// A percentage.
    Percent(Percent),
    /// A count (or a rank).
    Count(u64),
    /// Words: a year, or "Not within the period".
    Words(String),
}

impl Value {
    /// The value as the paper writes it.
    pub fn show(&self, style: MoneyStyle) -> String {
        match (self, style) {
            (Value::Money(money), MoneyStyle::Pounds) => money.whole_pounds(),
            (Value::Money(money), MoneyStyle::Millions) => millions(*money),
            (Value::Money(money), MoneyStyle::Size) => {
                Money(money.pence().saturating_abs()).whole_pounds()
            }
            (Value::Money(money), MoneyStyle::MillionsSize) => {
                millions(Money(money.pence().saturating_abs()))
            }
            (Value::Ratio(ratio), _) => ratio.map_or_else(|| "–".to_owned(), |r| format!("{r:.2}")),
            (Value::Percent(percent), _) => percent.to_string(),
            (Value::Count(count), _) => count.to_string(),
            (Value::Words(words), _) => words.clone(),
        }
    }

    /// The value as a number in its own unit (pounds, percent, a count), for comparing with
    /// what was typed by hand.
    pub fn number(&self) -> Option<f64> {
        match self {
            Value::Money(money) => Some(money.as_pounds_f64()),
            Value::Ratio(ratio) => *ratio,
            Value::Percent(percent) => Some(percent.fraction() * 100.0),
            Value::Count(count) => Some(*count as f64),
            Value::Words(_) => None,
        }
    }
}

/// An amount in millions to two places: "£1.43 million", "(£0.23 million)".
pub fn millions(money: Money) -> String {
    let size = money.as_pounds_f64().abs() / 1_000_000.0;
    let text = format!("£{size:.2} million");
    if money < Money::ZERO && format!("{size:.2}") != "0.00" {
        format!("({text})")
    } else {
        text
    }
}

/// The names a reference uses for each kind of figure, with what each means.
const OPTION_MEASURES: [(&str, OptionMeasure, &str); 6] = [
    ("pv_costs", OptionMeasure::PvCosts, "present value of costs"),
    (
        "pv_savings",
        OptionMeasure::PvSavings,
        "present value of savings",
    ),
    ("npv", OptionMeasure::Npv, "net present value"),
    ("bcr", OptionMeasure::Bcr, "benefit–cost ratio"),
    ("payback", OptionMeasure::Payback, "payback year"),
    ("rank", OptionMeasure::Rank, "rank by net present value"),
];

const FORCE_MEASURES: [(&str, ForceMeasure, &str); 6] = [
    ("force_costs", ForceMeasure::Costs, "costs where they fall"),
    (
        "force_savings",
        ForceMeasure::Savings,
        "savings where they fall",
    ),
    (
        "force_balancing",
        ForceMeasure::Balancing,
        "balancing payments",
    ),
    ("force_share", ForceMeasure::Share, "share"),
    ("force_net", ForceMeasure::Net, "net position"),
    (
        "force_vs_bau",
        ForceMeasure::AgainstBusinessAsUsual,
        "against business as usual",
    ),
];

const TOTAL_MEASURES: [(&str, TotalMeasure, &str); 8] = [
    ("total_costs", TotalMeasure::Costs, "costs"),
    ("total_savings", TotalMeasure::Savings, "savings"),
    ("capital_costs", TotalMeasure::CapitalCosts, "capital costs"),
    ("revenue_costs", TotalMeasure::RevenueCosts, "revenue costs"),
    (
        "capital_savings",
        TotalMeasure::CapitalSavings,
        "capital savings",
    ),
    (
        "revenue_savings",
        TotalMeasure::RevenueSavings,
        "revenue savings",
    ),
    ("total_net", TotalMeasure::Net, "net position"),
    (
        "total_vs_bau",
        TotalMeasure::AgainstBusinessAsUsual,
        "against business as usual",
    ),
];

/// The value of an option argument that follows whichever option is preferred.
pub const PREFERRED: &str = "preferred";

/// A name for an enum value as the save file writes it ("LeadForce", "VeryHigh").
fn variant<T: std::fmt::Debug>(value: T) -> String {
    format!("{value:?}")
}

/// The name a reference uses for `measure`.
fn name_of<T: PartialEq>(names: &[(&'static str, T, &str)], measure: T) -> &'static str {
    names
        .iter()
        .find(|(_, m, _)| *m == measure)
        .map_or("", |(name, ..)| name)
}

fn find<T: Copy + std::fmt::Debug>(all: &[T], name: &str) -> Option<T> {
    all.iter().copied().find(|value| variant(*value) == name)
}

impl Figure {
    /// The figure a reference names and how its money is written, or why it names none.
    pub fn of(reference: &Reference) -> Result<(Figure, MoneyStyle), String> {
        let style = match reference.arg("as") {
            None => MoneyStyle::Pounds,
            Some(name) => [
                MoneyStyle::Millions,
                MoneyStyle::Size,
                MoneyStyle::MillionsSize,
            ]
            .into_iter()
            .find(|style| style.name() == Some(name))
            .ok_or_else(|| format!("\"{name}\" is not a way of writing money"))?,
        };
        let name = reference.name.as_str();
        let need = |key: &str| {
            reference
                .arg(key)
                .ok_or_else(|| format!("the reference names no {key}"))
        };
        let year = reference.arg("year").map(str::to_owned);
        if let Some((_, measure, _)) = OPTION_MEASURES.iter().find(|(n, ..)| *n == name) {
            let option = need("option")?;
            let kind = find(&OptionKind::ALL, option)
                .ok_or_else(|| format!("there is no option \"{option}\""))?;
            return Ok((Figure::Option(kind, *measure), style));
        }
        if let Some((_, measure, _)) = FORCE_MEASURES.iter().find(|(n, ..)| *n == name) {
            let force = need("force")?.to_owned();
            return Ok((
                Figure::Force {
                    force,
                    measure: *measure,
                    year,
                },
                style,
            ));
        }
        if let Some((_, measure, _)) = TOTAL_MEASURES.iter().find(|(n, ..)| *n == name) {
            return Ok((
                Figure::Total {
                    measure: *measure,
                    year,
                },
                style,
            ));
        }
        let figure = match name {
            "funding" => {
                let source = need("source")?;
                Figure::Funding(
                    find(&FundingSource::ALL, source)
                        .ok_or_else(|| format!("there is no funding source \"{source}\""))?,
                )
            }
            "risks" => {
                let rating = need("rating")?;
                Figure::Risks(
                    find(&Rating::ALL, rating)
                        .ok_or_else(|| format!("there is no rating \"{rating}\""))?,
                )
            }
            "officers" | "staff" => Figure::Headcount {
                force: need("force")?.to_owned(),
                measure: if name == "officers" {
                    Headcount::Officers
                } else {
                    Headcount::Staff
                },
            },
            "redundancies" => Figure::Redundancies,
            "first_year" => Figure::Year(KeyYear::First),
            "last_year" => Figure::Year(KeyYear::Last),
            other => return Err(format!("there is no figure called \"{other}\"")),
        };
        Ok((figure, style))
    }

    /// The reference that names this figure, written in `style`.
    pub fn reference(&self, style: MoneyStyle) -> Reference {
        let mut reference = match self {
            Figure::Option(kind, measure) => Reference::new(
                name_of(&OPTION_MEASURES, *measure),
                &[("option", &variant(*kind))],
            ),
            Figure::Force {
                force,
                measure,
                year,
            } => {
                let name = name_of(&FORCE_MEASURES, *measure);
                let reference = Reference::new(name, &[("force", force)]);
                match year {
                    Some(year) => reference.with("year", year),
                    None => reference,
                }
            }
            Figure::Total { measure, year } => {
                let name = name_of(&TOTAL_MEASURES, *measure);
                let reference = Reference::new(name, &[]);
                match year {
                    Some(year) => reference.with("year", year),
                    None => reference,
                }
            }
            Figure::Funding(source) => Reference::new("funding", &[("source", &variant(*source))]),
            Figure::Risks(rating) => Reference::new("risks", &[("rating", &variant(*rating))]),
            Figure::Headcount { force, measure } => Reference::new(
                match measure {
                    Headcount::Officers => "officers",
                    Headcount::Staff => "staff",
                },
                &[("force", force)],
            ),
            Figure::Redundancies => Reference::new("redundancies", &[]),
            Figure::Year(KeyYear::First) => Reference::new("first_year", &[]),
            Figure::Year(KeyYear::Last) => Reference::new("last_year", &[]),
        };
        if let Some(name) = style.name() {
            reference = reference.with("as", name);
        }
        reference
    }

    /// Whether the figure is an amount of money (so it may be written in millions).
    pub fn is_money(&self) -> bool {
        match self {
            Figure::Option(_, measure) => matches!(
                measure,
                OptionMeasure::PvCosts | OptionMeasure::PvSavings | OptionMeasure::Npv
            ),
            Figure::Force { measure, .. } => *measure != ForceMeasure::Share,
            Figure::Total { .. } | Figure::Funding(_) => true,
            _ => false,
        }
    }
}

/// One figure the picker offers: the reference, what it is in words, and its value now.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The figure.
    pub figure: Figure,
    /// What it is: "Lead force: net present value".
    pub label: String,
    /// Its value now.
    pub value: Value,
}

/// The figures of one case, worked out once: every reference in the case is resolved
/// against these.
pub struct Figures<'a> {
    case: &'a Case,
    appraisal: Result<Appraisal, String>,
    preferred: Option<OptionKind>,
    cash: Result<(Vec<Parts>, Parts), String>,
    positions: Result<ForcePositions, String>,
    funding: Result<Vec<Funding>, String>,
    affordability: Result<Affordability, String>,
}

impl<'a> Figures<'a> {
    /// Works out the figures of `case`.
    pub fn of(case: &'a Case) -> Figures<'a> {
        let finance = &case.finance;
        let preferred = case.options.preferred();
        let no_preferred = || "no option is preferred".to_owned();
        let cash = preferred.ok_or_else(no_preferred).and_then(|kind| {
            let years = finance
                .cash_years(kind, Prices::Cash)
                .map_err(|e| e.to_string())?;
            let total = finance
                .cash_total(kind, Prices::Cash)
                .map_err(|e| e.to_string())?;
            Ok((years, total))
        });
        let positions = preferred.ok_or_else(no_preferred).and_then(|kind| {
            finance
                .force_positions(kind, &case.partners.forces, Prices::Cash)
                .map_err(|e| e.to_string())?
                .ok_or_else(|| "the forces' shares cannot be worked out".to_owned())
        });
        let funding = preferred.ok_or_else(no_preferred).and_then(|kind| {
            finance
                .funding(kind, Prices::Cash)
                .map_err(|e| e.to_string())
        });
        let affordability = preferred.ok_or_else(no_preferred).and_then(|kind| {
            finance
                .affordability(kind, &case.partners.forces, Prices::Cash)
                .map_err(|e| e.to_string())?
                .ok_or_else(|| "the forces' shares cannot be worked out".to_owned())
        });
        Figures {
            case,
            affordability,
            appraisal: finance.appraise(&case.options).map_err(|e| e.to_string()),
            preferred,
            cash,
            positions,
            funding,
        }
    }

    /// The case the figures are of.
    pub fn case(&self) -> &'a Case {
        self.case
    }

    /// The value a reference names, or why it has none.
    pub fn value(&self, reference: &Reference) -> Result<Value, String> {
        let (figure, _) = Figure::of(reference)?;
        self.figure(&figure)
    }

    /// A reference's value as the paper prints it, or the stand-in.
    pub fn show(&self, reference: &Reference) -> String {
        match Figure::of(reference) {
            Ok((figure, style)) => match self.figure(&figure) {
                Ok(value) => value.show(style),
                Err(reason) => super::stand_in(&reason),
            },
            Err(reason) => super::stand_in(&reason),
        }
    }

    /// The index of the year labelled `label`, or why there is none.
    fn year(&self, label: &str) -> Result<usize, String> {
        self.case
            .finance
            .year_labels()
            .iter()
            .position(|year| year == label)
            .ok_or_else(|| format!("{label} is not a year of the appraisal"))
    }

    /// A force's place among the forces, by id.
    fn force(&self, id: &str) -> Result<usize, String> {
        self.case
            .partners
            .force_by_id(id)
            .map(|(i, _)| i)
            .ok_or_else(|| format!("no force has the id \"{id}\""))
    }

    /// The value of a figure, or why it has none.
    pub fn figure(&self, figure: &Figure) -> Result<Value, String> {
        match figure {
            Figure::Option(kind, measure) => {
                let appraisal = self.appraisal.as_ref().map_err(Clone::clone)?;
                let result = appraisal.get(*kind).ok_or_else(|| {
                    format!("{} is not among the options appraised", kind.label())
                })?;
                let m = &result.measures;
                Ok(match measure {
                    OptionMeasure::PvCosts => Value::Money(m.pv_costs),
                    OptionMeasure::PvSavings => Value::Money(m.pv_savings),
                    OptionMeasure::Npv => Value::Money(m.npv),
                    OptionMeasure::Bcr => Value::Ratio(m.benefit_cost_ratio),
                    OptionMeasure::Payback => Value::Words(m.payback.label().to_owned()),
                    OptionMeasure::Rank => Value::Count(result.rank as u64),
                })
            }
            Figure::Force {
                force,
                measure,
                year,
            } => {
                let index = self.force(force)?;
                let positions = self.positions.as_ref().map_err(Clone::clone)?;
                let position = positions
                    .forces
                    .get(index)
                    .ok_or_else(|| format!("no force has the id \"{force}\""))?;
                if *measure == ForceMeasure::Share {
                    return Ok(Value::Percent(position.share));
                }
                if *measure == ForceMeasure::AgainstBusinessAsUsual {
                    let affordability = self.affordability.as_ref().map_err(Clone::clone)?;
                    let force = affordability
                        .forces
                        .get(index)
                        .ok_or_else(|| format!("no force has the id \"{force}\""))?;
                    let year = match year {
                        Some(label) => force
                            .years
                            .get(self.year(label)?)
                            .ok_or_else(|| format!("{label} is not a year of the appraisal"))?,
                        None => &force.total,
                    };
                    return Ok(Value::Money(year.difference));
                }
                let parts = match year {
                    Some(label) => position
                        .years
                        .get(self.year(label)?)
                        .ok_or_else(|| format!("{label} is not a year of the appraisal"))?,
                    None => &position.total,
                };
                Ok(Value::Money(match measure {
                    ForceMeasure::Costs => parts.costs,
                    ForceMeasure::Savings => parts.savings,
                    ForceMeasure::Balancing => parts.balancing,
                    ForceMeasure::Net
                    | ForceMeasure::Share
                    | ForceMeasure::AgainstBusinessAsUsual => parts.net,
                }))
            }
            Figure::Total {
                measure: TotalMeasure::AgainstBusinessAsUsual,
                year,
            } => {
                let affordability = self.affordability.as_ref().map_err(Clone::clone)?;
                let index = year.as_deref().map(|label| self.year(label)).transpose()?;
                let mut sum: i128 = 0;
                for force in &affordability.forces {
                    let part = match index {
                        Some(i) => force.years.get(i).map_or(Money::ZERO, |y| y.difference),
                        None => force.total.difference,
                    };
                    sum += i128::from(part.pence());
                }
                i64::try_from(sum)
                    .map(|pence| Value::Money(Money(pence)))
                    .map_err(|_| "the forces' figures are too large to add up".to_owned())
            }
            Figure::Total { measure, year } => {
                let (years, total) = self.cash.as_ref().map_err(Clone::clone)?;
                let parts = match year {
                    Some(label) => years
                        .get(self.year(label)?)
                        .ok_or_else(|| format!("{label} is not a year of the appraisal"))?,
                    None => total,
                };
                Ok(Value::Money(match measure {
                    TotalMeasure::Costs => parts.costs,
                    TotalMeasure::Savings => parts.savings,
                    TotalMeasure::CapitalCosts => parts.capital_costs,
                    TotalMeasure::RevenueCosts => parts.revenue_costs,
                    TotalMeasure::CapitalSavings => parts.capital_savings,
                    TotalMeasure::RevenueSavings => parts.revenue_savings,
                    TotalMeasure::Net | TotalMeasure::AgainstBusinessAsUsual => parts.net,
                }))
            }
            Figure::Funding(source) => {
                let rows = self.funding.as_ref().map_err(Clone::clone)?;
                Ok(Value::Money(
                    rows.iter()
                        .find(|row| row.source == *source)
                        .map_or(Money::ZERO, |row| row.capital + row.revenue),
                ))
            }
            Figure::Risks(rating) => Ok(Value::Count(self.case.risks.count_rated(*rating) as u64)),
            Figure::Headcount { force, measure } => {
                let index = self.force(force)?;
                let name = self.case.partners.forces[index].name.trim();
                let row = self
                    .case
                    .workforce
                    .forces
                    .iter()
                    .find(|row| row.force.trim() == name)
                    .ok_or_else(|| format!("the workforce table has no row for {name}"))?;
                let count = match measure {
                    Headcount::Officers => row.officers,
                    Headcount::Staff => row.staff,
                };
                count
                    .map(|count| Value::Count(u64::from(count)))
                    .ok_or_else(|| format!("{name}'s count is not given"))
            }
            Figure::Redundancies => self
                .case
                .workforce
                .total_redundancies()
                .map(|count| Value::Count(u64::from(count)))
                .ok_or_else(|| "no redundancies are given".to_owned()),
            Figure::Year(KeyYear::First) => Ok(Value::Words(self.case.finance.year_label(0))),
            Figure::Year(KeyYear::Last) => Ok(Value::Words(
                self.case
                    .finance
                    .year_label(self.case.finance.years.saturating_sub(1)),
            )),
        }
    }

    /// What a figure is, in words: "Lead force: net present value", "Gwent Police: net
    /// position, 2027/28".
    pub fn describe(&self, figure: &Figure) -> String {
        let force_name = |id: &str| {
            self.case
                .partners
                .force_by_id(id)
                .map_or_else(|| id.to_owned(), |(i, force)| force.display_name(i))
        };
        let in_year = |year: &Option<String>| {
            year.as_ref().map_or_else(
                || ", over the period".to_owned(),
                |year| format!(", {year}"),
            )
        };
        match figure {
            Figure::Option(kind, measure) => {
                let words = OPTION_MEASURES
                    .iter()
                    .find(|(_, m, _)| m == measure)
                    .map_or("", |(_, _, words)| words);
                format!("{}: {words}", kind.label())
            }
            Figure::Force {
                force,
                measure,
                year,
            } => {
                let words = FORCE_MEASURES
                    .iter()
                    .find(|(_, m, _)| m == measure)
                    .map_or("", |(_, _, words)| words);
                let year = if *measure == ForceMeasure::Share {
                    String::new()
                } else {
                    in_year(year)
                };
                format!("{}: {words}{year}", force_name(force))
            }
            Figure::Total { measure, year } => {
                let words = TOTAL_MEASURES
                    .iter()
                    .find(|(_, m, _)| m == measure)
                    .map_or("", |(_, _, words)| words);
                format!("All forces: {words}{}", in_year(year))
            }
            Figure::Funding(source) => format!("Funding from {}", source.label().to_lowercase()),
            Figure::Risks(rating) => format!("Risks rated {}", rating.label().to_lowercase()),
            Figure::Headcount { force, measure } => format!(
                "{}: {} affected",
                force_name(force),
                match measure {
                    Headcount::Officers => "officers",
                    Headcount::Staff => "staff",
                }
            ),
            Figure::Redundancies => "Proposed redundancies".to_owned(),
            Figure::Year(KeyYear::First) => "First year of the appraisal".to_owned(),
            Figure::Year(KeyYear::Last) => "Last year of the appraisal".to_owned(),
        }
    }

    /// Every figure the case has now, with its label and value, in the order the paper
    /// prints them: options, then each force and the totals (over the period, then year by
    /// year), funding, counts and years.
    pub fn entries(&self) -> Vec<Entry> {
        let mut figures: Vec<Figure> = Vec::new();
        if let Ok(appraisal) = &self.appraisal {
            for result in &appraisal.results {
                for (_, measure, _) in OPTION_MEASURES {
                    figures.push(Figure::Option(result.kind, measure));
                }
            }
        }
        let years: Vec<Option<String>> = std::iter::once(None)
            .chain(self.case.finance.year_labels().into_iter().map(Some))
            .collect();
        for force in &self.case.partners.forces {
            if force.id.is_empty() {
                continue;
            }
            for (_, measure, _) in FORCE_MEASURES {
                let years = if measure == ForceMeasure::Share {
                    &years[..1]
                } else {
                    &years[..]
                };
                for year in years {
                    figures.push(Figure::Force {
                        force: force.id.clone(),
                        measure,
                        year: year.clone(),
                    });
                }
            }
        }
        for (_, measure, _) in TOTAL_MEASURES {
            for year in &years {
                figures.push(Figure::Total {
                    measure,
                    year: year.clone(),
                });
            }
        }
        if let Ok(rows) = &self.funding {
            figures.extend(rows.iter().map(|row| Figure::Funding(row.source)));
        }
        figures.extend(Rating::ALL.into_iter().map(Figure::Risks));
        for force in &self.case.partners.forces {
            if force.id.is_empty() {
                continue;
            }
            for measure in [Headcount::Officers, Headcount::Staff] {
                figures.push(Figure::Headcount {
                    force: force.id.clone(),
                    measure,
                });
            }
        }
        figures.push(Figure::Redundancies);
        figures.push(Figure::Year(KeyYear::First));
        figures.push(Figure::Year(KeyYear::Last));
        figures
            .into_iter()
            .filter_map(|figure| {
                let value = self.figure(&figure).ok()?;
                Some(Entry {
                    label: self.describe(&figure),
                    figure,
                    value,
                })
            })
            .collect()
    }

    /// The preferred option, if exactly one is marked.
    pub fn preferred(&self) -> Option<OptionKind> {
        self.preferred
    }

    /// The appraisal, if the figures add up.
    pub fn appraisal(&self) -> Option<&Appraisal> {
        self.appraisal.as_ref().ok()
    }

    /// Each force's position for the preferred option, in cash, if it can be worked out.
    pub fn positions(&self) -> Option<&ForcePositions> {
        self.positions.as_ref().ok()
    }

    /// Each force's affordability against business as usual, if it can be worked out.
    pub fn affordability(&self) -> Option<&Affordability> {
        self.affordability.as_ref().ok()
    }

    /// The preferred option's funding by source, in cash.
    pub fn funding(&self) -> &[Funding] {
        self.funding.as_deref().unwrap_or(&[])
    }
}
