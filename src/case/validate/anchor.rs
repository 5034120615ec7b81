//! Where a finding points: a field or row of the case, and the wizard step that holds it.

use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::case::Step;
use crate::case::equality::{ProtectedCharacteristic, PsedAim};
use crate::case::finance::OptimismCategory;
use crate::case::governance::GovernanceItem;
use crate::case::options::OptionKind;

/// A field on the front sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FrontSheetField {
    /// The title.
    Title,
    /// The short title.
    ShortTitle,
    /// The committee.
    Committee,
    /// The meeting date.
    MeetingDate,
    /// The agenda item.
    AgendaItem,
    /// The author.
    Author,
    /// The sponsoring chief officer.
    Sponsor,
    /// The version.
    Version,
    /// The purpose and summary.
    Summary,
    /// Draft or final.
    Status,
}

impl FrontSheetField {
    /// Every field, in the order the front sheet shows them.
    pub const ALL: [FrontSheetField; 10] = [
        FrontSheetField::Title,
        FrontSheetField::ShortTitle,
        FrontSheetField::Committee,
        FrontSheetField::MeetingDate,
        FrontSheetField::AgendaItem,
        FrontSheetField::Author,
        FrontSheetField::Sponsor,
        FrontSheetField::Version,
        FrontSheetField::Summary,
        FrontSheetField::Status,
    ];
}

/// A field of the scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ScopeField {
    /// The function or area.
    FunctionArea,
    /// The current position.
    CurrentPosition,
    /// The problem.
    Problem,
    /// The proposal.
    Proposal,
}

impl ScopeField {
    /// Every field of the scope, in the order the case for change shows them.
    pub const ALL: [ScopeField; 4] = [
        ScopeField::FunctionArea,
        ScopeField::CurrentPosition,
        ScopeField::Problem,
        ScopeField::Proposal,
    ];
}

/// Where in the case a finding points: a step and the field (or row) within it.
///
/// The step is derived from the anchor, so the two can never disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Anchor {
    /// A front-sheet field.
    FrontSheet(FrontSheetField),
    /// The list of forces as a whole.
    Forces,
    /// One force, by index.
    Force(usize),
    /// The choice of lead force.
    LeadForce,
    /// A scope field.
    Scope(ScopeField),
    /// The strategic objectives.
    Objectives,
    /// The benefits.
    Benefits,
    /// The SPR threats.
    SprThreats,
    /// The measures of success.
    Measures,
    /// One option.
    Option(OptionKind),
    /// The choice of preferred option.
    PreferredOption,
    /// The first year of the appraisal.
    FirstYear,
    /// The split method.
    SplitMethod,
    /// The discount rate.
    DiscountRate,
    /// The optimism-bias rate of one category.
    OptimismRate(OptimismCategory),
    /// The adjustment on savings.
    SavingsAdjustment,
    /// The inflation assumption for the cash view.
    Inflation,
    /// One option's figures as a whole (the button that adds a line to them).
    FinanceOption(OptionKind),
    /// One option's own optimism-bias rates and the reason for them.
    OwnRates(OptionKind),
    /// One line of one option's figures, by index.
    FinanceLine(OptionKind, usize),
    /// Why the preferred option is value for money despite a negative net present value.
    ValueForMoney,
    /// The risk settings (scale and thresholds).
    RiskSettings,
    /// The register as a whole.
    RiskRegister,
    /// One risk, by index.
    Risk(usize),
    /// One PSED aim.
    EqualityAim(PsedAim),
    /// One protected characteristic.
    Characteristic(ProtectedCharacteristic),
    /// The Human Rights Act consideration.
    HumanRights,
    /// The consultation.
    Consultation,
    /// The outcome.
    EqualityOutcome,
    /// The review date.
    EqualityReviewDate,
    /// The Welsh Language Standards.
    WelshLanguage,
    /// One governance item.
    Governance(GovernanceItem),
    /// The governance board.
    Board,
    /// The force leads.
    Leads,
    /// The milestones.
    Milestones,
    /// The communications plan.
    Communications,
    /// The recommendations as a whole.
    Recommendations,
    /// One recommendation, by index.
    Recommendation(usize),
    /// The revision history.
    Revisions,
}

impl Anchor {
    /// Every anchor that can point into `case`, in wizard order: each field, each entry of
    /// the fixed lists (options, aims, characteristics, governance items) and each row the
    /// case has (forces, each option's finance lines, risks, recommendations). Whatever [`validate`] finds,
    /// it points at one of these, so a test that walks them all walks every place a finding
    /// can send the user.
    pub fn all(case: &Case) -> impl Iterator<Item = Anchor> {
        let rows = |count: usize, anchor: fn(usize) -> Anchor| (0..count).map(anchor);
        FrontSheetField::ALL
            .map(Anchor::FrontSheet)
            .into_iter()
            .chain([Anchor::Forces])
            .chain(rows(case.partners.forces.len(), Anchor::Force))
            .chain([Anchor::LeadForce])
            .chain(ScopeField::ALL.map(Anchor::Scope))
            .chain([
                Anchor::Objectives,
                Anchor::Benefits,
                Anchor::SprThreats,
                Anchor::Measures,
            ])
            .chain(OptionKind::ALL.map(Anchor::Option))
            .chain([
                Anchor::PreferredOption,
                Anchor::FirstYear,
                Anchor::SplitMethod,
                Anchor::DiscountRate,
            ])
            .chain(OptimismCategory::ALL.map(Anchor::OptimismRate))
            .chain([Anchor::SavingsAdjustment, Anchor::Inflation])
            .chain(OptionKind::ALL.into_iter().flat_map(|kind| {
                let lines = case.finance.option(kind).lines.len();
                [Anchor::FinanceOption(kind), Anchor::OwnRates(kind)]
                    .into_iter()
                    .chain((0..lines).map(move |i| Anchor::FinanceLine(kind, i)))
            }))
            .chain([
                Anchor::ValueForMoney,
                Anchor::RiskSettings,
                Anchor::RiskRegister,
            ])
            .chain(rows(case.risks.risks.len(), Anchor::Risk))
            .chain(PsedAim::ALL.map(Anchor::EqualityAim))
            .chain(ProtectedCharacteristic::ALL.map(Anchor::Characteristic))
            .chain([
                Anchor::HumanRights,
                Anchor::Consultation,
                Anchor::EqualityOutcome,
                Anchor::EqualityReviewDate,
                Anchor::WelshLanguage,
            ])
            .chain(GovernanceItem::ALL.map(Anchor::Governance))
            .chain([
                Anchor::Board,
                Anchor::Leads,
                Anchor::Milestones,
                Anchor::Communications,
                Anchor::Recommendations,
            ])
            .chain(rows(case.recommendations.len(), Anchor::Recommendation))
            .chain([Anchor::Revisions])
    }

    /// The wizard step that holds this field.
    pub fn step(self) -> Step {
        match self {
            Anchor::FrontSheet(_) | Anchor::Forces | Anchor::Force(_) | Anchor::LeadForce => {
                Step::FrontSheet
            }
            Anchor::Scope(_)
            | Anchor::Objectives
            | Anchor::Benefits
            | Anchor::SprThreats
            | Anchor::Measures => Step::CaseForChange,
            Anchor::Option(_) | Anchor::PreferredOption => Step::Options,
            Anchor::FirstYear
            | Anchor::SplitMethod
            | Anchor::DiscountRate
            | Anchor::OptimismRate(_)
            | Anchor::SavingsAdjustment
            | Anchor::Inflation
            | Anchor::FinanceOption(_)
            | Anchor::OwnRates(_)
            | Anchor::FinanceLine(..)
            | Anchor::ValueForMoney => Step::Finance,
            Anchor::RiskSettings | Anchor::RiskRegister | Anchor::Risk(_) => Step::Risks,
            Anchor::EqualityAim(_)
            | Anchor::Characteristic(_)
            | Anchor::HumanRights
            | Anchor::Consultation
            | Anchor::EqualityOutcome
            | Anchor::EqualityReviewDate
            | Anchor::WelshLanguage => Step::Equality,
            Anchor::Governance(_) | Anchor::Board => Step::Governance,
            Anchor::Leads
            | Anchor::Milestones
            | Anchor::Communications
            | Anchor::Recommendations
            | Anchor::Recommendation(_)
            | Anchor::Revisions => Step::Implementation,
        }
    }
}
