//! The case for change: scope, strategic objectives, benefits, principles, the Strategic
//! Policing Requirement, and how success will be measured.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What the collaboration covers and why it is needed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scope {
    /// The function or area of business, e.g. "Firearms training".
    pub function_area: String,
    /// How the function is delivered today in each force.
    pub current_position: String,
    /// The problem or opportunity: why the current position cannot continue.
    pub problem: String,
    /// What is proposed, in a paragraph.
    pub proposal: String,
}

/// The three strategic objectives for collaboration (Cumbria–Lancashire governance
/// standards): a case must pursue at least one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum StrategicObjective {
    /// Improve both forces' services and performance.
    ImproveServicesAndPerformance,
    /// Generate efficiencies in the short, medium or long term.
    GenerateEfficiencies,
    /// Provide the most effective response to an emerging demand or opportunity.
    RespondToEmergingDemand,
}

impl StrategicObjective {
    /// All three, in the order the governance standards list them.
    pub const ALL: [StrategicObjective; 3] = [
        StrategicObjective::ImproveServicesAndPerformance,
        StrategicObjective::GenerateEfficiencies,
        StrategicObjective::RespondToEmergingDemand,
    ];

    /// The objective as a committee reads it.
    pub fn label(self) -> &'static str {
        match self {
            StrategicObjective::ImproveServicesAndPerformance => {
                "Improve the services and performance of the forces"
            }
            StrategicObjective::GenerateEfficiencies => {
                "Generate efficiencies in the short, medium or long term"
            }
            StrategicObjective::RespondToEmergingDemand => {
                "Provide the most effective response to an emerging demand or opportunity"
            }
        }
    }
}

/// The potential benefits of collaboration listed in the Cumbria–Lancashire report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Benefit {
    /// Reduce the combined cost of an activity or service.
    ReduceCombinedCost,
    /// Develop process efficiencies.
    ProcessEfficiencies,
    /// Share knowledge and learning.
    KnowledgeSharing,
    /// Apply best practice consistently.
    ConsistentBestPractice,
    /// Greater purchasing power.
    PurchasingPower,
    /// Make a service attractive to outsourcing providers.
    AttractiveToOutsourcing,
    /// Lower implementation costs for new systems or processes.
    LowerImplementationCosts,
    /// Avoid duplication of effort.
    NoDuplication,
    /// Attract extra funding.
    ExtraFunding,
    /// Draw on Home Office expertise and support.
    HomeOfficeExpertise,
    /// Build capacity for innovation.
    CapacityForInnovation,
    /// Sustain teams with scarce specialist skills.
    ScarceSpecialisms,
    /// Benchmark performance against each other.
    Benchmarking,
}

impl Benefit {
    /// All thirteen benefits, in the order the source lists them.
    pub const ALL: [Benefit; 13] = [
        Benefit::ReduceCombinedCost,
        Benefit::ProcessEfficiencies,
        Benefit::KnowledgeSharing,
        Benefit::ConsistentBestPractice,
        Benefit::PurchasingPower,
        Benefit::AttractiveToOutsourcing,
        Benefit::LowerImplementationCosts,
        Benefit::NoDuplication,
        Benefit::ExtraFunding,
        Benefit::HomeOfficeExpertise,
        Benefit::CapacityForInnovation,
        Benefit::ScarceSpecialisms,
        Benefit::Benchmarking,
    ];

    /// The benefit in a few words.
    pub fn label(self) -> &'static str {
        match self {
            Benefit::ReduceCombinedCost => "Reduce the combined cost of the service",
            Benefit::ProcessEfficiencies => "Develop process efficiencies",
            Benefit::KnowledgeSharing => "Share knowledge and learning",
            Benefit::ConsistentBestPractice => "Apply best practice consistently",
            Benefit::PurchasingPower => "Greater purchasing power",
            Benefit::AttractiveToOutsourcing => "A service more attractive to outsource",
            Benefit::LowerImplementationCosts => "Lower implementation costs",
            Benefit::NoDuplication => "No duplication of effort",
            Benefit::ExtraFunding => "Access to extra funding",
            Benefit::HomeOfficeExpertise => "Home Office expertise and support",
            Benefit::CapacityForInnovation => "Capacity for innovation",
            Benefit::ScarceSpecialisms => "Sustain teams with scarce specialisms",
            Benefit::Benchmarking => "Benchmark performance between forces",
        }
    }
}

/// Strategic principles for collaboration from the South West regional strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Principle {
    /// Arrangements that last.
    Sustainability,
    /// Room to change as needs change.
    Flexibility,
    /// Significant savings and improvement, not marginal ones.
    SignificantSavingsAndImprovement,
    /// Clear accountability to the public and to policing bodies.
    Accountability,
    /// Accepting local cost where the region gains more.
    GreaterGood,
    /// Governance that is robust but does not delay decisions.
    RobustButTimelyGovernance,
    /// Leadership and clear direction.
    LeadershipAndClearDirection,
    /// Clarity of individual and wider responsibilities.
    ClarityOfResponsibilities,
    /// A better service to the public, with criteria of success agreed at the outset.
    ImprovingServiceToThePublic,
    /// Value for money.
    ValueForMoney,
    /// Trust and confidence between partners.
    TrustAndConfidence,
    /// Decisions based on evidence.
    EvidenceBased,
    /// Collaboration as the preference unless inefficient or ineffective.
    CollaborationByDefault,
}

impl Principle {
    /// All principles, in the strategy's order.
    pub const ALL: [Principle; 13] = [
        Principle::Sustainability,
        Principle::Flexibility,
        Principle::SignificantSavingsAndImprovement,
        Principle::Accountability,
        Principle::GreaterGood,
        Principle::RobustButTimelyGovernance,
        Principle::LeadershipAndClearDirection,
        Principle::ClarityOfResponsibilities,
        Principle::ImprovingServiceToThePublic,
        Principle::ValueForMoney,
        Principle::TrustAndConfidence,
        Principle::EvidenceBased,
        Principle::CollaborationByDefault,
    ];

    /// The principle in a few words.
    pub fn label(self) -> &'static str {
        match self {
            Principle::Sustainability => "Sustainability",
            Principle::Flexibility => "Flexibility",
            Principle::SignificantSavingsAndImprovement => "Significant savings and improvement",
            Principle::Accountability => "Accountability",
            Principle::GreaterGood => "The greater good",
            Principle::RobustButTimelyGovernance => "Robust but timely governance",
            Principle::LeadershipAndClearDirection => "Leadership and clear direction",
            Principle::ClarityOfResponsibilities => {
                "Clarity of individual and wider responsibilities"
            }
            Principle::ImprovingServiceToThePublic => "Improving the service to the public",
            Principle::ValueForMoney => "Value for money",
            Principle::TrustAndConfidence => "Trust and confidence",
            Principle::EvidenceBased => "An evidence-based approach",
            Principle::CollaborationByDefault => "Collaboration as the preference",
        }
    }
}

/// The national threats in the Strategic Policing Requirement that forces must be able to
/// meet together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SprThreat {
    /// Terrorism.
    Terrorism,
    /// Serious and organised crime.
    SeriousAndOrganisedCrime,
    /// Public disorder.
    PublicDisorder,
    /// Civil emergencies.
    CivilEmergencies,
    /// A national cyber incident.
    NationalCyberIncident,
    /// Child sexual abuse.
    ChildSexualAbuse,
    /// Violence against women and girls (added in the 2023 edition).
    ViolenceAgainstWomenAndGirls,
}

impl SprThreat {
    /// All threats, in the SPR's order.
    pub const ALL: [SprThreat; 7] = [
        SprThreat::Terrorism,
        SprThreat::SeriousAndOrganisedCrime,
        SprThreat::PublicDisorder,
        SprThreat::CivilEmergencies,
        SprThreat::NationalCyberIncident,
        SprThreat::ChildSexualAbuse,
        SprThreat::ViolenceAgainstWomenAndGirls,
    ];

    /// The threat's name.
    pub fn label(self) -> &'static str {
        match self {
            SprThreat::Terrorism => "Terrorism",
            SprThreat::SeriousAndOrganisedCrime => "Serious and organised crime",
            SprThreat::PublicDisorder => "Public disorder",
            SprThreat::CivilEmergencies => "Civil emergencies",
            SprThreat::NationalCyberIncident => "A national cyber incident",
            SprThreat::ChildSexualAbuse => "Child sexual abuse",
            SprThreat::ViolenceAgainstWomenAndGirls => "Violence against women and girls",
        }
    }
}

/// A measure of success agreed at the outset, as the South West strategy asks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeasureOfSuccess {
    /// What is measured, e.g. "Training days delivered per year".
    pub measure: String,
    /// Where it stands today.
    pub baseline: String,
    /// Where it should be, and by when.
    pub target: String,
}

/// The strategic case.
///
/// Each map holds only what the case relies on; the value is the case's own explanation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Strategy {
    /// What the collaboration covers.
    pub scope: Scope,
    /// The strategic objectives pursued, each with its justification.
    pub objectives: BTreeMap<StrategicObjective, String>,
    /// The benefits claimed, each with how it will be realised.
    pub benefits: BTreeMap<Benefit, String>,
    /// The principles the case relies on, each with how the proposal meets it.
    pub principles: BTreeMap<Principle, String>,
    /// The SPR threats the collaboration helps meet, each with how.
    pub spr_threats: BTreeMap<SprThreat, String>,
    /// How success will be measured.
    pub measures: Vec<MeasureOfSuccess>,
}
