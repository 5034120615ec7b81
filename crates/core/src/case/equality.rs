//! The equality impact assessment: the Public Sector Equality Duty (Equality Act 2010, s149),
//! the nine protected characteristics (s4), the Human Rights Act 1998 and, where a Welsh
//! force is a party, the Welsh Language Standards.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The three aims of the Public Sector Equality Duty, to which due regard must be had.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PsedAim {
    /// Eliminate unlawful discrimination, harassment and victimisation.
    EliminateDiscrimination,
    /// Advance equality of opportunity.
    AdvanceEquality,
    /// Foster good relations between people who share a characteristic and those who do not.
    FosterGoodRelations,
}

impl PsedAim {
    /// The three aims, in the Act's order.
    pub const ALL: [PsedAim; 3] = [
        PsedAim::EliminateDiscrimination,
        PsedAim::AdvanceEquality,
        PsedAim::FosterGoodRelations,
    ];

    /// The aim as the Act puts it, in short.
    pub fn label(self) -> &'static str {
        match self {
            PsedAim::EliminateDiscrimination => {
                "Eliminate unlawful discrimination, harassment and victimisation"
            }
            PsedAim::AdvanceEquality => "Advance equality of opportunity",
            PsedAim::FosterGoodRelations => "Foster good relations",
        }
    }
}

/// The nine protected characteristics of the Equality Act 2010, s4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProtectedCharacteristic {
    /// Age.
    Age,
    /// Disability.
    Disability,
    /// Gender reassignment.
    GenderReassignment,
    /// Marriage and civil partnership.
    MarriageAndCivilPartnership,
    /// Pregnancy and maternity.
    PregnancyAndMaternity,
    /// Race.
    Race,
    /// Religion or belief.
    ReligionOrBelief,
    /// Sex.
    Sex,
    /// Sexual orientation.
    SexualOrientation,
}

impl ProtectedCharacteristic {
    /// All nine, in the Act's order.
    pub const ALL: [ProtectedCharacteristic; 9] = [
        ProtectedCharacteristic::Age,
        ProtectedCharacteristic::Disability,
        ProtectedCharacteristic::GenderReassignment,
        ProtectedCharacteristic::MarriageAndCivilPartnership,
        ProtectedCharacteristic::PregnancyAndMaternity,
        ProtectedCharacteristic::Race,
        ProtectedCharacteristic::ReligionOrBelief,
        ProtectedCharacteristic::Sex,
        ProtectedCharacteristic::SexualOrientation,
    ];

    /// The characteristic's name.
    pub fn label(self) -> &'static str {
        match self {
            ProtectedCharacteristic::Age => "Age",
            ProtectedCharacteristic::Disability => "Disability",
            ProtectedCharacteristic::GenderReassignment => "Gender reassignment",
            ProtectedCharacteristic::MarriageAndCivilPartnership => {
                "Marriage and civil partnership"
            }
            ProtectedCharacteristic::PregnancyAndMaternity => "Pregnancy and maternity",
            ProtectedCharacteristic::Race => "Race",
            ProtectedCharacteristic::ReligionOrBelief => "Religion or belief",
            ProtectedCharacteristic::Sex => "Sex",
            ProtectedCharacteristic::SexualOrientation => "Sexual orientation",
        }
    }
}

/// The likely impact of the proposal on people who share a characteristic.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Impact {
    /// Not yet assessed: the assessment is incomplete.
    #[default]
    NotYetAssessed,
    /// A positive impact.
    Positive,
    /// A negative impact: needs mitigation.
    Negative,
    /// No differential impact.
    None,
}

impl Impact {
    /// Every value, in picker order.
    pub const ALL: [Impact; 4] = [
        Impact::NotYetAssessed,
        Impact::Positive,
        Impact::Negative,
        Impact::None,
    ];

    /// The impact as a word.
    pub fn label(self) -> &'static str {
        match self {
            Impact::NotYetAssessed => "Not yet assessed",
            Impact::Positive => "Positive",
            Impact::Negative => "Negative",
            Impact::None => "None",
        }
    }
}

/// The assessment for one protected characteristic.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CharacteristicAssessment {
    /// The likely impact.
    pub impact: Impact,
    /// The evidence or consultation behind the judgement.
    pub evidence: String,
    /// How a negative impact will be mitigated.
    pub mitigation: String,
}

/// The outcome of the assessment, in the four standard forms.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum EqualityOutcome {
    /// Not yet decided.
    #[default]
    NotYetDecided,
    /// No major change needed: the proposal is robust.
    NoMajorChange,
    /// Adjust the proposal to remove barriers or better advance equality.
    AdjustProposal,
    /// Continue despite adverse impact, with the justification recorded.
    ContinueWithJustification,
    /// Stop and rethink: unlawful discrimination is likely.
    StopAndRethink,
}

impl EqualityOutcome {
    /// Every outcome, in picker order.
    pub const ALL: [EqualityOutcome; 5] = [
        EqualityOutcome::NotYetDecided,
        EqualityOutcome::NoMajorChange,
        EqualityOutcome::AdjustProposal,
        EqualityOutcome::ContinueWithJustification,
        EqualityOutcome::StopAndRethink,
    ];

    /// The outcome as a committee reads it.
    pub fn label(self) -> &'static str {
        match self {
            EqualityOutcome::NotYetDecided => "Not yet decided",
            EqualityOutcome::NoMajorChange => "No major change needed",
            EqualityOutcome::AdjustProposal => "Adjust the proposal",
            EqualityOutcome::ContinueWithJustification => "Continue, with justification",
            EqualityOutcome::StopAndRethink => "Stop and rethink",
        }
    }
}

/// The equality impact assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Equality {
    /// How the proposal has regard to each PSED aim.
    pub aims: BTreeMap<PsedAim, String>,
    /// The assessment for each characteristic; [`Equality::normalise`] keeps all nine present.
    pub characteristics: BTreeMap<ProtectedCharacteristic, CharacteristicAssessment>,
    /// Human Rights Act 1998 (s6) consideration.
    pub human_rights: String,
    /// Who was consulted (staff associations, unions, community groups) and what they said.
    pub consultation: String,
    /// The outcome.
    pub outcome: EqualityOutcome,
    /// Why this outcome, especially if continuing despite adverse impact.
    pub outcome_reason: String,
    /// When the assessment will be reviewed.
    pub review_date: Option<NaiveDate>,
    /// How the Welsh Language Standards are met, where a Welsh force is a party.
    pub welsh_language: String,
}

impl Default for Equality {
    fn default() -> Self {
        let mut equality = Equality {
            aims: BTreeMap::new(),
            characteristics: BTreeMap::new(),
            human_rights: String::new(),
            consultation: String::new(),
            outcome: EqualityOutcome::default(),
            outcome_reason: String::new(),
            review_date: None,
            welsh_language: String::new(),
        };
        equality.normalise();
        equality
    }
}

impl Equality {
    /// Makes sure all three aims and all nine characteristics are present.
    pub fn normalise(&mut self) {
        for aim in PsedAim::ALL {
            self.aims.entry(aim).or_default();
        }
        for characteristic in ProtectedCharacteristic::ALL {
            self.characteristics.entry(characteristic).or_default();
        }
    }
}
