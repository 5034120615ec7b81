//! Estates and ICT implications: the sites that open, close or change use, the systems that
//! are joined, migrated or retired, and how the systems will be security accredited before
//! they hold live police data.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What happens to a site.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum SiteChange {
    /// A site that opens or is taken on for the collaboration.
    #[default]
    Opens,
    /// A site that closes or is released.
    Closes,
    /// A site that stays but is used differently.
    ChangesUse,
}

impl SiteChange {
    /// Every change, in picker order.
    pub const ALL: [SiteChange; 3] = [
        SiteChange::Opens,
        SiteChange::Closes,
        SiteChange::ChangesUse,
    ];

    /// The change as a word.
    pub fn label(self) -> &'static str {
        match self {
            SiteChange::Opens => "Opens",
            SiteChange::Closes => "Closes",
            SiteChange::ChangesUse => "Changes use",
        }
    }
}

/// A site the collaboration affects.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Site {
    /// The site, e.g. "Hutton Hall firearms range".
    pub name: String,
    /// What happens to it.
    pub change: SiteChange,
    /// When.
    pub when: Option<NaiveDate>,
    /// What changes and for whom, and any cost or receipt.
    pub notes: String,
}

/// What happens to a system.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum SystemChange {
    /// The forces' systems are joined or shared, or one force's system is opened to the other.
    #[default]
    Joined,
    /// Data moves from one system to another.
    Migrated,
    /// A system is switched off.
    Retired,
    /// A new system is brought in.
    Introduced,
}

impl SystemChange {
    /// Every change, in picker order.
    pub const ALL: [SystemChange; 4] = [
        SystemChange::Joined,
        SystemChange::Migrated,
        SystemChange::Retired,
        SystemChange::Introduced,
    ];

    /// The change as a word.
    pub fn label(self) -> &'static str {
        match self {
            SystemChange::Joined => "Joined",
            SystemChange::Migrated => "Migrated",
            SystemChange::Retired => "Retired",
            SystemChange::Introduced => "Introduced",
        }
    }
}

/// A system the collaboration affects.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct System {
    /// The system, e.g. "Niche records management system".
    pub name: String,
    /// What happens to it.
    pub change: SystemChange,
    /// When.
    pub when: Option<NaiveDate>,
    /// What changes, and what the data or users move to.
    pub notes: String,
}

/// Estates and ICT implications.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EstatesIct {
    /// The sites affected.
    pub sites: Vec<Site>,
    /// The estates implications in words, or why there are none.
    pub estates_notes: String,
    /// The systems affected.
    pub systems: Vec<System>,
    /// The ICT implications in words, or why there are none.
    pub ict_notes: String,
    /// How the systems will be assessed and accredited for security before they hold live
    /// data, and by whom (each force's senior information risk owner).
    pub accreditation: String,
}

impl EstatesIct {
    /// Whether nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        *self == EstatesIct::default()
    }
}
