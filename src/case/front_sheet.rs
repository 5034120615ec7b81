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
    /// Official information whose compromise could cause damage; not for publication as is.
    OfficialSensitive,
    /// The pre-2014 marking some forces still use on papers meant for publication.
    NotProtectivelyMarked,
}

impl ProtectiveMarking {
    /// Every marking, in the order a picker offers them.
    pub const ALL: [ProtectiveMarking; 3] = [
        ProtectiveMarking::Official,
        ProtectiveMarking::OfficialSensitive,
        ProtectiveMarking::NotProtectivelyMarked,
    ];

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
    /// The protective marking printed on every page.
    pub marking: ProtectiveMarking,
    /// Who wrote the report (name and role).
    pub author: String,
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
