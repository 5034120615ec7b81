//! Implementation, recommendations and the revision history: what happens after the
//! committee says yes, what it is asked to say yes to, and how the paper got here.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The dedicated lead each force names (the Cumbria–Lancashire method asks for one per force).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ForceLead {
    /// The force.
    pub force: String,
    /// The lead's name.
    pub name: String,
    /// The lead's rank or role.
    pub role: String,
}

/// Where a milestone stands.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum MilestoneStatus {
    /// Not started.
    #[default]
    Planned,
    /// Under way.
    InProgress,
    /// Done.
    Complete,
}

impl MilestoneStatus {
    /// Every status, in picker order.
    pub const ALL: [MilestoneStatus; 3] = [
        MilestoneStatus::Planned,
        MilestoneStatus::InProgress,
        MilestoneStatus::Complete,
    ];

    /// The status as a word.
    pub fn label(self) -> &'static str {
        match self {
            MilestoneStatus::Planned => "Planned",
            MilestoneStatus::InProgress => "In progress",
            MilestoneStatus::Complete => "Complete",
        }
    }
}

/// A step in the implementation plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Milestone {
    /// What is achieved.
    pub title: String,
    /// When it is due.
    pub due: Option<NaiveDate>,
    /// Who is responsible.
    pub owner: String,
    /// Where it stands.
    pub status: MilestoneStatus,
}

/// How the collaboration will be delivered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Implementation {
    /// One lead per force.
    pub leads: Vec<ForceLead>,
    /// The steering group or programme board that manages delivery.
    pub programme_board: String,
    /// The milestones, in order.
    pub milestones: Vec<Milestone>,
    /// The joint communications plan for staff and the public.
    pub communications: String,
    /// Next steps after the committee's decision.
    pub next_steps: String,
}

impl Implementation {
    /// Keeps each force's lead attached to its force when the force is renamed (leads name
    /// their force, so that the file stays readable when two forces email it to each other).
    pub fn rename_force(&mut self, old: &str, new: &str) {
        if old.trim() == new.trim() {
            return;
        }
        for lead in &mut self.leads {
            if lead.force.trim() == old.trim() {
                lead.force = new.to_owned();
            }
        }
    }
}

/// What the committee is asked to do with a recommendation, so it can be minuted.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Decision {
    /// Approve a course of action.
    #[default]
    Approve,
    /// Agree something (a principle, a method).
    Agree,
    /// Note something for information.
    Note,
    /// Delegate authority to someone.
    Delegate,
    /// Endorse a proposal going to another body.
    Endorse,
    /// Recommend that those who decide (the PCCs and chief constables) do something: what a
    /// joint board does with a decision it does not hold.
    Recommend,
}

impl Decision {
    /// Every decision, in picker order.
    pub const ALL: [Decision; 6] = [
        Decision::Approve,
        Decision::Agree,
        Decision::Note,
        Decision::Delegate,
        Decision::Endorse,
        Decision::Recommend,
    ];

    /// The verb as printed: "The committee is asked to APPROVE …".
    pub fn verb(self) -> &'static str {
        match self {
            Decision::Approve => "approve",
            Decision::Agree => "agree",
            Decision::Note => "note",
            Decision::Delegate => "delegate",
            Decision::Endorse => "endorse",
            Decision::Recommend => "recommend",
        }
    }
}

/// One recommendation, numbered in the paper.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Recommendation {
    /// What the committee is asked to do.
    pub decision: Decision,
    /// The rest of the sentence, e.g. "the lead force model for firearms training".
    pub text: String,
}

/// One entry of the revision history appendix.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Revision {
    /// The version, e.g. "0.2".
    pub version: String,
    /// When it was issued.
    pub date: Option<NaiveDate>,
    /// Who made it.
    pub author: String,
    /// What changed.
    pub summary: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renaming_a_force_carries_its_lead_along() {
        let mut plan = Implementation {
            leads: vec![
                ForceLead {
                    force: "Gwent Police".into(),
                    name: "Siân".into(),
                    role: "Lead".into(),
                },
                ForceLead {
                    force: "South Wales Police".into(),
                    ..ForceLead::default()
                },
            ],
            ..Implementation::default()
        };
        plan.rename_force("Gwent Police", "Heddlu Gwent Police");
        assert_eq!(plan.leads[0].force, "Heddlu Gwent Police");
        assert_eq!(plan.leads[0].name, "Siân");
        assert_eq!(plan.leads[1].force, "South Wales Police");
    }
}
