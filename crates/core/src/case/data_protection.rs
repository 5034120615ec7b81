//! Data protection, dataset by dataset: the regime the processing falls under, each party's
//! role, the arrangement or contract that role needs, the data protection impact assessment
//! and whether the Information Commissioner must be consulted first.
//!
//! Processing by a competent authority for the law enforcement purposes (DPA 2018 s31) falls
//! under Part 3 of the Data Protection Act 2018; everything else the police process (HR,
//! finance, much non-crime work) under the UK GDPR. The two regimes say the same
//! things in different places, so each requirement knows its provision in both.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The data protection regime a dataset's processing falls under.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Regime {
    /// Part 3 of the Data Protection Act 2018: processing by a competent authority for the
    /// law enforcement purposes.
    #[default]
    LawEnforcement,
    /// The UK GDPR with Part 2 of the Data Protection Act 2018: everything else (HR, payroll,
    /// finance, estates).
    UkGdpr,
}

impl Regime {
    /// Both regimes, in picker order.
    pub const ALL: [Regime; 2] = [Regime::LawEnforcement, Regime::UkGdpr];

    /// The regime's name.
    pub fn label(self) -> &'static str {
        match self {
            Regime::LawEnforcement => "DPA 2018 Part 3 (law enforcement)",
            Regime::UkGdpr => "UK GDPR",
        }
    }

    /// Where joint controllers' arrangement is required.
    pub fn joint_controller_provision(self) -> &'static str {
        match self {
            Regime::LawEnforcement => "section 58 of the DPA 2018",
            Regime::UkGdpr => "Article 26 of the UK GDPR",
        }
    }

    /// Where a processor's contract is required.
    pub fn processor_provision(self) -> &'static str {
        match self {
            Regime::LawEnforcement => "section 59 of the DPA 2018",
            Regime::UkGdpr => "Article 28 of the UK GDPR",
        }
    }

    /// Where the data protection impact assessment is required.
    pub fn impact_assessment_provision(self) -> &'static str {
        match self {
            Regime::LawEnforcement => "section 64 of the DPA 2018",
            Regime::UkGdpr => "Article 35 of the UK GDPR",
        }
    }

    /// The test for prior consultation with the Information Commissioner under this regime,
    /// as a clause: the UK GDPR asks whether high risk remains after mitigation; Part 3 asks
    /// whether the assessment indicates high risk in the absence of mitigation, or the
    /// processing is of a kind the Commissioner has listed.
    pub fn prior_consultation_test(self) -> &'static str {
        match self {
            Regime::LawEnforcement => {
                "the impact assessment indicates a high risk in the absence of measures to mitigate it, or the processing is of a kind the ICO has listed"
            }
            Regime::UkGdpr => "the impact assessment shows a high risk that has not been mitigated",
        }
    }

    /// Where prior consultation with the Information Commissioner is required.
    pub fn prior_consultation_provision(self) -> &'static str {
        match self {
            Regime::LawEnforcement => "section 65 of the DPA 2018",
            Regime::UkGdpr => "Article 36 of the UK GDPR",
        }
    }
}

/// A party's role in the processing of one dataset.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum DataRole {
    /// Decides alone why and how the data is processed.
    #[default]
    Controller,
    /// Decides jointly with another controller; the joint controllers need an arrangement
    /// between them.
    JointController,
    /// Processes only on a controller's instructions, under a contract.
    Processor,
}

impl DataRole {
    /// Every role, in picker order.
    pub const ALL: [DataRole; 3] = [
        DataRole::Controller,
        DataRole::JointController,
        DataRole::Processor,
    ];

    /// The role's name.
    pub fn label(self) -> &'static str {
        match self {
            DataRole::Controller => "Controller",
            DataRole::JointController => "Joint controller",
            DataRole::Processor => "Processor",
        }
    }

    /// What the party's document is for this role ("arrangement", "contract"); `None` for a
    /// sole controller, who needs neither.
    pub fn document(self) -> Option<&'static str> {
        match self {
            DataRole::Controller => None,
            DataRole::JointController => Some("arrangement"),
            DataRole::Processor => Some("contract"),
        }
    }
}

/// One party's role for a dataset.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PartyRole {
    /// The party: a force or another partner, by name.
    pub party: String,
    /// Its role.
    pub role: DataRole,
    /// The joint controllers' arrangement, or the processor's contract, that sets out this
    /// party's part; unused for a sole controller.
    pub document: String,
}

/// How far the data protection impact assessment has got.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum DpiaStatus {
    /// Not begun.
    #[default]
    NotStarted,
    /// Being written; the date is when it is due.
    InProgress,
    /// Signed off; the date is when.
    Completed,
    /// Screened out: the processing is not likely to result in a high risk.
    NotRequired,
}

impl DpiaStatus {
    /// Every status, in picker order.
    pub const ALL: [DpiaStatus; 4] = [
        DpiaStatus::NotStarted,
        DpiaStatus::InProgress,
        DpiaStatus::Completed,
        DpiaStatus::NotRequired,
    ];

    /// The status as words.
    pub fn label(self) -> &'static str {
        match self {
            DpiaStatus::NotStarted => "Not started",
            DpiaStatus::InProgress => "In progress",
            DpiaStatus::Completed => "Completed",
            DpiaStatus::NotRequired => "Not required (screened out)",
        }
    }
}

/// Whether the Information Commissioner must be consulted before processing starts, by the
/// test of the dataset's regime ([`Regime::prior_consultation_test`]).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum PriorConsultation {
    /// The regime's test for prior consultation is not met.
    #[default]
    NotNeeded,
    /// The regime's test is met: the ICO must be consulted, and has not been yet.
    Needed,
    /// The ICO has been consulted and has not yet answered.
    Requested,
    /// The ICO has answered, and its advice is reflected.
    Concluded,
}

impl PriorConsultation {
    /// Every state, in picker order.
    pub const ALL: [PriorConsultation; 4] = [
        PriorConsultation::NotNeeded,
        PriorConsultation::Needed,
        PriorConsultation::Requested,
        PriorConsultation::Concluded,
    ];

    /// The state as words.
    pub fn label(self) -> &'static str {
        match self {
            PriorConsultation::NotNeeded => "Not needed",
            PriorConsultation::Needed => "Needed, not yet made",
            PriorConsultation::Requested => "Made, awaiting the ICO",
            PriorConsultation::Concluded => "Concluded",
        }
    }
}

/// One dataset the collaboration shares or processes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Dataset {
    /// What the data is, e.g. "Digital forensic case files and extracted device data".
    pub name: String,
    /// The regime its processing falls under.
    pub regime: Regime,
    /// Each party's role.
    pub parties: Vec<PartyRole>,
    /// How far the impact assessment has got.
    pub dpia: DpiaStatus,
    /// When the impact assessment was completed, or is due.
    pub dpia_date: Option<NaiveDate>,
    /// Whether the ICO must be consulted first.
    pub prior_consultation: PriorConsultation,
}

/// Data protection for the whole collaboration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DataProtection {
    /// The datasets, in the order the paper lists them.
    pub datasets: Vec<Dataset>,
    /// Anything else: the information sharing agreement, retention, subject access and FOI.
    pub notes: String,
}

impl DataProtection {
    /// Whether nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        *self == DataProtection::default()
    }
}
