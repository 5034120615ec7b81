//! The front sheet: what a committee clerk needs to file, list and publish the paper.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The Government Security Classification printed at the top and bottom of every page.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum ProtectiveMarking {
    /// The default for routine public-sector business, including papers published later.
    #[default]
    Official,
    /// Official information whose compromise could cause damage; not for publication as is,
    /// so never on a paper for the public part of a meeting.
    OfficialSensitive,
    /// The pre-2014 marking, obsolete since the Government Security Classifications of April
    /// 2014. Older files still load with it (and validation asks for OFFICIAL instead); the
    /// picker no longer offers it.
    NotProtectivelyMarked,
}

impl ProtectiveMarking {
    /// The markings a picker offers: the current classifications only, not the obsolete one.
    pub const ALL: [ProtectiveMarking; 2] = [
        ProtectiveMarking::Official,
        ProtectiveMarking::OfficialSensitive,
    ];

    /// Whether this marking went out of use in April 2014.
    pub fn is_obsolete(self) -> bool {
        self == ProtectiveMarking::NotProtectivelyMarked
    }

    /// The words printed on the page, in capitals as the convention requires.
    pub fn label(self) -> &'static str {
        match self {
            ProtectiveMarking::Official => "OFFICIAL",
            ProtectiveMarking::OfficialSensitive => "OFFICIAL-SENSITIVE",
            ProtectiveMarking::NotProtectivelyMarked => "NOT PROTECTIVELY MARKED",
        }
    }
}

/// Whether the paper is still being worked on or is the version going to committee.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum DocumentStatus {
    /// Still being drafted: the PDF carries a DRAFT watermark.
    #[default]
    Draft,
    /// Signed off for the committee.
    Final,
}

impl DocumentStatus {
    /// Every status, in picker order.
    pub const ALL: [DocumentStatus; 2] = [DocumentStatus::Draft, DocumentStatus::Final];

    /// The word on the front sheet.
    pub fn label(self) -> &'static str {
        match self {
            DocumentStatus::Draft => "Draft",
            DocumentStatus::Final => "Final",
        }
    }
}

/// Which part of the agenda the paper is taken in: in public, or in private.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum AgendaPart {
    /// Part 1: taken in public, and published with the agenda.
    #[default]
    Part1,
    /// Part 2: taken in private, because the paper holds information that may not be
    /// published (OFFICIAL-SENSITIVE material, commercial terms, personal data).
    Part2,
}

impl AgendaPart {
    /// Both parts, in picker order.
    pub const ALL: [AgendaPart; 2] = [AgendaPart::Part1, AgendaPart::Part2];

    /// The part as a clerk writes it.
    pub fn label(self) -> &'static str {
        match self {
            AgendaPart::Part1 => "Part 1 (public)",
            AgendaPart::Part2 => "Part 2 (private)",
        }
    }
}

/// The category of exempt information that allows part of a paper to be withheld from the
/// public. Withholding turns on exemption, not on the protective marking (Freedom of
/// Information Act 2000; Schedule 12A to the Local Government Act 1972 does not bind PCCs).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum ExemptInformation {
    /// None given: the material is public.
    #[default]
    Public,
    /// National security (FOIA s24).
    NationalSecurity,
    /// Law enforcement: prejudice to the prevention or detection of crime (FOIA s31).
    LawEnforcement,
    /// Personal data of third parties (FOIA s40).
    PersonalData,
    /// Commercial interests, such as prices ahead of a procurement (FOIA s43).
    CommercialInterests,
}

impl ExemptInformation {
    /// Every category, in picker order.
    pub const ALL: [ExemptInformation; 5] = [
        ExemptInformation::Public,
        ExemptInformation::NationalSecurity,
        ExemptInformation::LawEnforcement,
        ExemptInformation::PersonalData,
        ExemptInformation::CommercialInterests,
    ];

    /// The category as a picker and the paper name it.
    pub fn label(self) -> &'static str {
        match self {
            ExemptInformation::Public => "None (public)",
            ExemptInformation::NationalSecurity => "National security (FOIA s24)",
            ExemptInformation::LawEnforcement => "Law enforcement (FOIA s31)",
            ExemptInformation::PersonalData => "Personal data (FOIA s40)",
            ExemptInformation::CommercialInterests => "Commercial interests (FOIA s43)",
        }
    }

    /// Whether a category is given, so the material may be withheld.
    pub fn is_exempt(self) -> bool {
        self != ExemptInformation::Public
    }
}

/// Who takes the decision the paper asks for, which decides the wording of every
/// recommendation: a joint board can only recommend to the PCCs and chief constables what
/// they alone can approve and sign; they themselves approve; a committee that receives the
/// paper for information notes it.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum DecisionMaker {
    /// A joint board or oversight committee of PCCs and chief constables: it recommends.
    #[default]
    JointBoard,
    /// The PCCs and chief constables themselves (a decision meeting): they approve and sign.
    PccsAndChiefConstables,
    /// A committee that receives the paper for information (a police and crime panel, an
    /// audit committee): it notes.
    ForInformation,
}

impl DecisionMaker {
    /// Every kind of decision maker, in picker order.
    pub const ALL: [DecisionMaker; 3] = [
        DecisionMaker::JointBoard,
        DecisionMaker::PccsAndChiefConstables,
        DecisionMaker::ForInformation,
    ];

    /// The kind, with what it does, as a picker shows it.
    pub fn label(self) -> &'static str {
        match self {
            DecisionMaker::JointBoard => {
                "A joint board (recommends to the policing bodies and chief constables)"
            }
            DecisionMaker::PccsAndChiefConstables => {
                "The policing bodies and chief constables (approve and sign)"
            }

            DecisionMaker::ForInformation => "A committee for information (notes)",
        }
    }

    /// Who the recommendations address, as the paper's lead-in names them: "The board is
    /// asked to:"; for the policing bodies and chief constables themselves, `deciders` names
    /// them ([`crate::case::recommend::deciders`]), the offices as they are.
    pub fn asked(self, deciders: &str) -> String {
        match self {
            DecisionMaker::JointBoard => "The board is asked to:".to_owned(),
            DecisionMaker::PccsAndChiefConstables => {
                let mut chars = deciders.chars();
                let capital: String = chars
                    .next()
                    .map(|c| c.to_uppercase().collect())
                    .unwrap_or_default();
                format!("{capital}{} are asked to:", chars.as_str())
            }
            DecisionMaker::ForInformation => "The committee is asked to:".to_owned(),
        }
    }

    /// Whether each PCC then records a decision of their own, which the paper drafts.
    pub fn leads_to_decision_records(self) -> bool {
        self != DecisionMaker::ForInformation
    }
}

/// The HM Treasury business case stage: how much detail the committee should expect.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum BusinessCaseStage {
    /// Strategic outline case: the case for change and a long list of options.
    #[default]
    StrategicOutline,
    /// Outline business case: a preferred option with costs and a procurement route.
    Outline,
    /// Full business case: the agreed deal, ready to sign.
    Full,
}

impl BusinessCaseStage {
    /// Every stage, in the order a case passes through them.
    pub const ALL: [BusinessCaseStage; 3] = [
        BusinessCaseStage::StrategicOutline,
        BusinessCaseStage::Outline,
        BusinessCaseStage::Full,
    ];

    /// The stage's usual name.
    pub fn label(self) -> &'static str {
        match self {
            BusinessCaseStage::StrategicOutline => "Strategic outline case",
            BusinessCaseStage::Outline => "Outline business case",
            BusinessCaseStage::Full => "Full business case",
        }
    }

    /// Whether the paper must set out every part of the Five Case model. A strategic outline
    /// case may leave out what is not yet known (the commercial route, the benefits register,
    /// the datasets), and the paper says so; outline and full business cases may not.
    pub fn expects_every_part(self) -> bool {
        self != BusinessCaseStage::StrategicOutline
    }
}

/// The front sheet of the committee report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FrontSheet {
    /// The report title as it appears on the agenda.
    pub title: String,
    /// A short title for page footers; the title is used when empty.
    pub short_title: String,
    /// The committee or board receiving the paper, e.g. "Joint Oversight Committee".
    pub committee: String,
    /// The date of the meeting.
    pub meeting_date: Option<NaiveDate>,
    /// The agenda item number, as text because clerks write "7", "7b" or "Part 2, item 3".
    pub agenda_item: String,
    /// Whether the item is taken in public (Part 1) or in private (Part 2).
    pub agenda_part: AgendaPart,
    /// Why a Part 2 paper is taken in private; unused for Part 1.
    pub private_reason: String,
    /// The category of exempt information that takes a Part 2 paper into private; unused for
    /// Part 1.
    pub exempt: ExemptInformation,
    /// Who takes the decision the paper asks for, which sets the recommendations' wording.
    pub decided_by: DecisionMaker,
    /// The protective marking printed on every page.
    pub marking: ProtectiveMarking,
    /// Who wrote the report (name and role).
    pub author: String,
    /// The author's telephone number, for members and the public with questions.
    pub author_phone: String,
    /// The author's email address.
    pub author_email: String,
    /// The chief officer who sponsors the report.
    pub sponsor: String,
    /// The document version, e.g. "0.3".
    pub version: String,
    /// Draft or final.
    pub status: DocumentStatus,
    /// Which business case stage this paper represents.
    pub stage: BusinessCaseStage,
    /// The date printed on the report.
    pub report_date: Option<NaiveDate>,
    /// The purpose and summary, a few sentences a committee member reads first.
    pub summary: String,
}

impl FrontSheet {
    /// The title for page footers: the short title if given, else the full title.
    pub fn footer_title(&self) -> &str {
        if self.short_title.trim().is_empty() {
            &self.title
        } else {
            &self.short_title
        }
    }
}
