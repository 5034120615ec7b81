//! Governance and the legal basis: the items a collaboration agreement under sections 22A–23I
//! of the Police Act 1996 and the Home Office statutory guidance (2012) must settle, and the
//! board that oversees the collaboration.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::front_sheet::BusinessCaseStage;

/// An item the collaboration agreement and the case must settle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GovernanceItem {
    /// Parties and signatories: each chief constable and each policing body.
    Parties,
    /// The statutory test: efficiency or effectiveness, having considered the alternatives.
    EfficiencyOrEffectivenessTest,
    /// The functions covered and the service specification.
    Functions,
    /// Which chief officer directs and controls officers and staff.
    DirectionAndControl,
    /// Where the service is based.
    Location,
    /// The resources each force provides.
    Resources,
    /// Payments and contributions, and how costs and savings are shared.
    Payments,
    /// The governance board.
    GovernanceBoard,
    /// How the PCCs jointly hold the chief constables to account.
    Accountability,
    /// Performance reporting against agreed measures.
    PerformanceReporting,
    /// Workforce: HR protocol, consultation, terms and conditions, vetting, health and safety.
    Workforce,
    /// Assets, insurance and liabilities.
    AssetsAndLiabilities,
    /// Information sharing, data protection and freedom of information.
    InformationSharing,
    /// Review, variation, admission of new partners, exit and termination.
    ReviewVariationAndExit,
    /// Dispute resolution.
    Disputes,
    /// Publication of the agreement by every party.
    Publication,
    /// Conduct and complaints: who is the appropriate authority when officers of one force
    /// work under another chief officer's direction and control.
    ConductAndComplaints,
    /// Intellectual property in what the collaboration makes.
    IntellectualProperty,
    /// Confidentiality between the parties, beside freedom of information.
    Confidentiality,
    /// Terms for the bodies that succeed the parties (PCCs are to be abolished from 2028 under
    /// the government's announced plan).
    SuccessorBodies,
    /// Regard to the Strategic Policing Requirement and the Policing Protocol.
    SprAndPolicingProtocol,
}

impl GovernanceItem {
    /// Every item, in the order the paper sets them out.
    pub const ALL: [GovernanceItem; 21] = [
        GovernanceItem::Parties,
        GovernanceItem::EfficiencyOrEffectivenessTest,
        GovernanceItem::Functions,
        GovernanceItem::DirectionAndControl,
        GovernanceItem::Location,
        GovernanceItem::Resources,
        GovernanceItem::Payments,
        GovernanceItem::GovernanceBoard,
        GovernanceItem::Accountability,
        GovernanceItem::PerformanceReporting,
        GovernanceItem::Workforce,
        GovernanceItem::AssetsAndLiabilities,
        GovernanceItem::InformationSharing,
        GovernanceItem::ReviewVariationAndExit,
        GovernanceItem::Disputes,
        GovernanceItem::Publication,
        GovernanceItem::SprAndPolicingProtocol,
        GovernanceItem::ConductAndComplaints,
        GovernanceItem::IntellectualProperty,
        GovernanceItem::Confidentiality,
        GovernanceItem::SuccessorBodies,
    ];

    /// The items the Police Act 1996 and the statutory guidance require of every section 22A
    /// agreement, which can never be "not applicable".
    pub const STATUTORY: [GovernanceItem; 7] = [
        GovernanceItem::Parties,
        GovernanceItem::EfficiencyOrEffectivenessTest,
        GovernanceItem::DirectionAndControl,
        GovernanceItem::Functions,
        GovernanceItem::Payments,
        GovernanceItem::Accountability,
        GovernanceItem::Publication,
    ];

    /// Whether the item is one every agreement must settle.
    pub fn is_statutory(self) -> bool {
        Self::STATUTORY.contains(&self)
    }

    /// The stage by which the item must at least be drafted: who the parties are, the test
    /// and the functions from the strategic outline case; the rest of what the law requires
    /// by the outline business case; the other terms by the full business case.
    pub fn drafted_by(self) -> BusinessCaseStage {
        match self {
            GovernanceItem::Parties
            | GovernanceItem::EfficiencyOrEffectivenessTest
            | GovernanceItem::Functions => BusinessCaseStage::StrategicOutline,
            item if item.is_statutory() => BusinessCaseStage::Outline,
            GovernanceItem::GovernanceBoard
            | GovernanceItem::Location
            | GovernanceItem::Resources => BusinessCaseStage::Outline,
            _ => BusinessCaseStage::Full,
        }
    }

    /// The item's heading.
    pub fn label(self) -> &'static str {
        match self {
            GovernanceItem::Parties => "Parties and signatories",
            GovernanceItem::EfficiencyOrEffectivenessTest => "Efficiency or effectiveness test",
            GovernanceItem::Functions => "Functions and service specification",
            GovernanceItem::DirectionAndControl => "Direction and control",
            GovernanceItem::Location => "Location",
            GovernanceItem::Resources => "Resources provided by each force",
            GovernanceItem::Payments => "Payments and contributions",
            GovernanceItem::GovernanceBoard => "Governance board",
            GovernanceItem::Accountability => "Joint accountability",
            GovernanceItem::PerformanceReporting => "Performance reporting",
            GovernanceItem::Workforce => "Workforce",
            GovernanceItem::AssetsAndLiabilities => "Assets, insurance and liabilities",
            GovernanceItem::InformationSharing => "Information sharing and data protection",
            GovernanceItem::ReviewVariationAndExit => "Review, variation and exit",
            GovernanceItem::Disputes => "Dispute resolution",
            GovernanceItem::Publication => "Publication",
            GovernanceItem::ConductAndComplaints => "Conduct and complaints",
            GovernanceItem::IntellectualProperty => "Intellectual property",
            GovernanceItem::Confidentiality => "Confidentiality",
            GovernanceItem::SuccessorBodies => "Successor bodies",
            GovernanceItem::SprAndPolicingProtocol => "SPR and Policing Protocol",
        }
    }

    /// What the item asks, for the guidance panel and the empty-field hint.
    pub fn question(self) -> &'static str {
        match self {
            GovernanceItem::Parties => {
                "Is each chief constable, and each policing body (PCC, PFCC, mayor, MOPAC or Common Council) whose officers' work is covered, a party to the agreement?"
            }
            GovernanceItem::EfficiencyOrEffectivenessTest => {
                "Why is the collaboration in the interests of the efficiency or effectiveness of one or more forces, having considered existing collaborations, a consistent approach and the other options?"
            }
            GovernanceItem::Functions => {
                "Which functions does the agreement cover, and where is the service specified?"
            }
            GovernanceItem::DirectionAndControl => {
                "Which chief officer of police directs and controls the officers and staff?"
            }
            GovernanceItem::Location => "Where will the service be based?",
            GovernanceItem::Resources => {
                "What officers, staff, premises and equipment does each force provide?"
            }
            GovernanceItem::Payments => {
                "What does each party pay or contribute, and how are costs and savings shared?"
            }
            GovernanceItem::GovernanceBoard => {
                "Who chairs the board, who sits on it, and how often does it meet?"
            }
            GovernanceItem::Accountability => {
                "How do the PCCs jointly hold the chief constables to account for the collaboration?"
            }
            GovernanceItem::PerformanceReporting => {
                "What is reported, to whom and how often, against which measures of success?"
            }
            GovernanceItem::Workforce => {
                "What are the HR protocol, consultation, terms and conditions, vetting and health and safety arrangements?"
            }
            GovernanceItem::AssetsAndLiabilities => {
                "Who owns assets, who insures what, and how are liabilities shared?"
            }
            GovernanceItem::InformationSharing => {
                "How is information shared lawfully, who is data controller, and how are FOI requests handled?"
            }
            GovernanceItem::ReviewVariationAndExit => {
                "When is the agreement reviewed, how is it varied, how can new partners join, and how can a party leave?"
            }
            GovernanceItem::Disputes => "How are disputes between the parties resolved?",
            GovernanceItem::Publication => {
                "How and where will each party (each policing body and each chief officer) publish the agreement, and what sensitive detail is withheld?"
            }
            GovernanceItem::ConductAndComplaints => {
                "Who is the appropriate authority for conduct and complaints when officers work under another chief officer's direction and control?"
            }
            GovernanceItem::IntellectualProperty => {
                "Who owns what the collaboration creates (products, data models, software), and who may use it after exit?"
            }
            GovernanceItem::Confidentiality => {
                "What the parties keep confidential between them, and how that sits with freedom of information?"
            }
            GovernanceItem::SuccessorBodies => {
                "How does the agreement pass to the bodies that succeed the parties if PCCs are abolished from 2028?"
            }
            GovernanceItem::SprAndPolicingProtocol => {
                "How does the collaboration have regard to the Strategic Policing Requirement and the Policing Protocol?"
            }
        }
    }
}

/// How far an item has got.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum ItemStatus {
    /// Not yet addressed.
    #[default]
    NotStarted,
    /// Drafted, still being negotiated.
    InDraft,
    /// Agreed by the parties.
    Agreed,
    /// Does not apply to this collaboration (the text says why).
    NotApplicable,
}

impl ItemStatus {
    /// Every status, in picker order.
    pub const ALL: [ItemStatus; 4] = [
        ItemStatus::NotStarted,
        ItemStatus::InDraft,
        ItemStatus::Agreed,
        ItemStatus::NotApplicable,
    ];

    /// The status as a word.
    pub fn label(self) -> &'static str {
        match self {
            ItemStatus::NotStarted => "Not started",
            ItemStatus::InDraft => "In draft",
            ItemStatus::Agreed => "Agreed",
            ItemStatus::NotApplicable => "Not applicable",
        }
    }
}

/// One item's status and the case's text for it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GovernanceEntry {
    /// How far it has got.
    pub status: ItemStatus,
    /// What the agreement says, or will say.
    pub text: String,
}

/// How often the board meets.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum MeetingFrequency {
    /// Every month.
    Monthly,
    /// Every two months.
    EveryTwoMonths,
    /// Every quarter.
    #[default]
    Quarterly,
    /// Every six months.
    TwiceYearly,
    /// Once a year.
    Annually,
}

impl MeetingFrequency {
    /// Every frequency, in picker order.
    pub const ALL: [MeetingFrequency; 5] = [
        MeetingFrequency::Monthly,
        MeetingFrequency::EveryTwoMonths,
        MeetingFrequency::Quarterly,
        MeetingFrequency::TwiceYearly,
        MeetingFrequency::Annually,
    ];

    /// The frequency in words.
    pub fn label(self) -> &'static str {
        match self {
            MeetingFrequency::Monthly => "Monthly",
            MeetingFrequency::EveryTwoMonths => "Every two months",
            MeetingFrequency::Quarterly => "Quarterly",
            MeetingFrequency::TwiceYearly => "Twice a year",
            MeetingFrequency::Annually => "Annually",
        }
    }
}

/// The board that oversees the collaboration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Board {
    /// The board's name, e.g. "Joint Collaboration Board".
    pub name: String,
    /// Who chairs it.
    pub chair: String,
    /// Its members, one per line in the UI.
    pub members: Vec<String>,
    /// How often it meets.
    pub frequency: MeetingFrequency,
}

/// Governance and the legal basis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Governance {
    /// One entry per statutory item; [`Governance::normalise`] keeps all present.
    pub items: BTreeMap<GovernanceItem, GovernanceEntry>,
    /// The governance board.
    pub board: Board,
}

impl Default for Governance {
    fn default() -> Self {
        let mut governance = Governance {
            items: BTreeMap::new(),
            board: Board::default(),
        };
        governance.normalise();
        governance
    }
}

impl Governance {
    /// Makes sure every statutory item is present.
    pub fn normalise(&mut self) {
        for item in GovernanceItem::ALL {
            self.items.entry(item).or_default();
        }
    }
}
