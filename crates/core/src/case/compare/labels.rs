//! The words a comparison names things with: a field by the label the wizard and the paper
//! give it, an item of a list by what it is ("Risk R3: Loss of key staff"), a value as the
//! user typed or picked it (£1,250,000, 3.5%, "Official"), never a path in the save file.

use std::borrow::Cow;

use crate::case::money::{Money, Percent};
use crate::case::tree::Tree;

/// The label of a field by its name in the model. Names the wizard words differently from
/// the model are listed; the rest read well as they are ("chief_constable" is "Chief
/// constable"). Blank for a field the wizard shows no name of its own for, whose parts it
/// names ("Shared function", not "Options › Shared function").
pub fn field(name: &str) -> Cow<'static, str> {
    let label = match name {
        "appraisals" | "options" | "items" | "challenges" | "flow" => "",
        "delegations" => "Delegations and signing",
        "id" => "Reference",
        "label" => "Line",
        "title" => "Title",
        "short_title" => "Short title",
        "meeting_date" => "Meeting date",
        "report_date" => "Report date",
        "agenda_part" => "Part 1 or Part 2",
        "private_reason" => "Why it is taken in private",
        "exempt" => "Exempt information",
        "decided_by" => "Who decides",
        "marking" => "Protective marking",
        "author" => "Report author",
        "author_phone" => "Author's telephone",
        "author_email" => "Author's email",
        "sponsor" => "Sponsoring chief officer",
        "status" => "Status",
        "stage" => "Business case stage",
        "summary" => "Summary",
        "annual_revenue_budget" => "Annual revenue budget",
        "body_kind" => "Kind of policing body",
        "commissioner" => "Who decides and signs for the policing body",
        "custom_share" => "Agreed share",
        "lead_force" => "Lead force",
        "others" => "Other partners",
        "function_area" => "Function or area",
        "spr_threats" => "Strategic Policing Requirement threats",
        "measures" => "Measures of success",
        "strategic_fit" => "Strategic fit",
        "tier_thresholds" => "Tier thresholds",
        "tier1_min_fit" => "Tier 1: lowest strategic fit",
        "tier1_min_practicality" => "Tier 1: lowest practicality",
        "tier2_min_fit" => "Tier 2: lowest strategic fit",
        "reasonableness" => "Reasonableness test",
        "why_not_highest_npv" => "Why not the option with the highest net present value",
        "first_year" => "First year",
        "years" => "Years appraised",
        "lines" => "Costs and savings",
        "falls_in" => "Falls in",
        "vat" => "VAT",
        "amounts" => "Amounts",
        "own_rates" => "Rates of its own",
        "unpriced_benefits" => "Benefits that cannot be priced",
        "split" => "Split method",
        "savings_share" => "How savings are shared",
        "discount_rate" => "Discount rate",
        "optimism_rates" => "Optimism bias",
        "savings_adjustment" => "Adjustment on savings",
        "inflation" => "Inflation (non-pay)",
        "pay_inflation" => "Pay inflation",
        "value_for_money" => "Why it is value for money",
        "force_plans" => "Forces' financial plans",
        "agreement_years" => "Agreement's term in years",
        "sunk_costs" => "Sunk costs",
        "capital_financing" => "Capital financing",
        "asset_life_years" => "Asset life in years",
        "interest_rate" => "Interest rate",
        "route_reason" => "Why this route",
        "procurement_reasoning" => "Procurement reasoning",
        "payment_mechanism" => "Payment mechanism",
        "risk_allocation" => "Risk allocation",
        "exit_and_stranded_costs" => "Exit and stranded costs",
        "residual_likelihood" => "Residual likelihood",
        "residual_impact" => "Residual impact",
        "review_date" => "Review date",
        "mitigation" => "Mitigation and controls",
        "aims" => "Public sector equality duty",
        "human_rights" => "Human Rights Act",
        "outcome_reason" => "Why this outcome",
        "welsh_language" => "Welsh Language Standards",
        "officer_arrangement" => "Officers' arrangement",
        "staff_arrangement" => "Staff arrangement",
        "proposed_redundancies" => "Proposed redundancies",
        "collective_consultation" => "Collective consultation",
        "other_name" => "Name",
        "dpia" => "Data protection impact assessment",
        "dpia_date" => "Impact assessment's date",
        "prior_consultation" => "Prior consultation with the ICO",
        "estates_notes" => "Estates implications",
        "ict_notes" => "ICT implications",
        "accreditation" => "Security accreditation",
        "senior_responsible_owner" => "Senior responsible owner",
        "finance_line" => "Finance line",
        "measure_of_success" => "Measure of success",
        "programme_board" => "Programme board",
        "leads" => "Force leads",
        "next_steps" => "Next steps",
        "decision_records" => "Decision records",
        "background_papers" => "Background papers",
        "equality_and_human_rights" => "Equality and human rights",
        "interests_declared" => "Interests declared",
        "revisions" => "Revision history",
        _ => return humanised(name).into(),
    };
    label.into()
}

/// What one item of a list is called, by the list's name: "Risk", "Line", "Milestone".
pub fn item_noun(list: &str) -> &'static str {
    match list {
        "forces" => "Force",
        "others" => "Partner",
        "measures" => "Measure of success",
        "lines" => "Line",
        "risks" => "Risk",
        "datasets" => "Dataset",
        "parties" => "Party",
        "sites" => "Site",
        "systems" => "System",
        "consultations" => "Consultation",
        "members" => "Board member",
        "benefits" => "Benefit",
        "leads" => "Force lead",
        "milestones" => "Milestone",
        "recommendations" => "Recommendation",
        "revisions" => "Revision",
        "decision_records" => "Decision record",
        "background_papers" => "Background paper",
        "appendices" => "Appendix",
        _ => "Entry",
    }
}

/// A model's name made readable: "chief_constable" is "Chief constable".
fn humanised(name: &str) -> String {
    let words = name.replace('_', " ");
    crate::format::capitalised(words.trim())
}

/// What a field's number means, so it is written as the user typed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Pence, written as pounds.
    Money,
    /// Basis points, written as a percentage.
    Percent,
    /// A plain number.
    Plain,
}

/// The unit of a number held in the field `name` (the last field name on its way down from
/// the case, which for a map's values is the map's).
pub fn unit(name: &str) -> Unit {
    match name {
        "amounts"
        | "annual_revenue_budget"
        | "amount"
        | "borrowed"
        | "savings_target"
        | "reserves"
        | "target_total"
        | "target_per_year" => Unit::Money,
        "discount_rate" | "savings_adjustment" | "inflation" | "pay_inflation" | "custom_share"
        | "probability" | "interest_rate" | "lower" | "upper" | "rate" | "optimism_rates" => {
            Unit::Percent
        }
        _ => Unit::Plain,
    }
}

/// A value as the user reads it: text in quotes, money in pounds, a choice by its label,
/// "not set" for an empty optional value.
pub fn value(tree: &Tree, unit: Unit) -> String {
    match tree {
        Tree::Str(text) if text.trim().is_empty() => "blank".to_owned(),
        Tree::Str(text) => format!("\u{201c}{text}\u{201d}"),
        Tree::Bool(true) => "yes".to_owned(),
        Tree::Bool(false) => "no".to_owned(),
        Tree::I64(n) => number(i128::from(*n), unit),
        Tree::U64(n) => number(i128::from(*n), unit),
        Tree::F64(n) => n.to_string(),
        Tree::Char(c) => c.to_string(),
        Tree::None | Tree::Unit => "not set".to_owned(),
        Tree::Some(inner) | Tree::Newtype(inner) => value(inner, unit),
        Tree::UnitVariant(name, _, variant) => choice(name, variant).into_owned(),
        Tree::NewtypeVariant(name, _, variant, inner) => match inner.as_ref() {
            Tree::Str(text) if !text.trim().is_empty() => text.clone(),
            _ => choice(name, variant).into_owned(),
        },
        Tree::TupleVariant(name, _, variant, _) | Tree::StructVariant(name, _, variant, _) => {
            choice(name, variant).into_owned()
        }
        Tree::Seq(items) => crate::format::plural(items.len(), "item"),
        Tree::Bytes(_) | Tree::Map(_) | Tree::Struct(_) => "changed".to_owned(),
    }
}

/// A number in its unit.
fn number(n: i128, unit: Unit) -> String {
    match unit {
        Unit::Money => i64::try_from(n).map_or_else(|_| n.to_string(), |p| Money(p).whole_pounds()),
        Unit::Percent => {
            u32::try_from(n).map_or_else(|_| n.to_string(), |p| Percent(p).to_string())
        }
        Unit::Plain => n.to_string(),
    }
}

/// Variant `variant` of the enum serde names `name`, by the label its picker shows, or by
/// its name made readable where the enum is not a picker's.
pub fn choice(name: &str, variant: &str) -> Cow<'static, str> {
    crate::case::choice::saved_label(name, variant)
        .map_or_else(|| humanised_variant(variant).into(), Into::into)
}

/// "PrivateSector" as "Private sector".
fn humanised_variant(variant: &str) -> String {
    let mut words = String::new();
    for (i, c) in variant.chars().enumerate() {
        if i > 0 && c.is_uppercase() {
            words.push(' ');
            words.extend(c.to_lowercase());
        } else {
            words.push(c);
        }
    }
    words
}
