//! The workforce: who moves, and how. Police officers are office holders, not employees, so
//! they work in a collaboration under the direction and control the section 22A agreement
//! sets, or on secondment; TUPE never applies to them, and the types below cannot say it
//! does. Police staff are employees (of the chief constable or the PCC), so a transfer of
//! their work may engage TUPE. Each group has its own pensions and its own representatives,
//! and 20 or more proposed redundancies bring collective consultation under section 188 of
//! the Trade Union and Labour Relations (Consolidation) Act 1992.

use serde::{Deserialize, Serialize};

/// How a force's officers work in the collaboration. There is no TUPE here: officers hold an
/// office, so there is no contract of employment to transfer.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum OfficerArrangement {
    /// No officer's role changes.
    #[default]
    NotAffected,
    /// Officers stay with their home force and work under the direction and control of the
    /// chief officer the agreement names (section 22A and the collaboration agreement).
    DirectionAndControl,
    /// Officers are seconded to the collaboration for a fixed term.
    Secondment,
}

impl OfficerArrangement {
    /// Every arrangement, in picker order.
    pub const ALL: [OfficerArrangement; 3] = [
        OfficerArrangement::NotAffected,
        OfficerArrangement::DirectionAndControl,
        OfficerArrangement::Secondment,
    ];

    /// The arrangement's name.
    pub fn label(self) -> &'static str {
        match self {
            OfficerArrangement::NotAffected => "Not affected",
            OfficerArrangement::DirectionAndControl => "Direction and control under the agreement",
            OfficerArrangement::Secondment => "Secondment",
        }
    }
}

/// How a force's police staff move to the collaboration.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum StaffArrangement {
    /// No member of staff's role changes.
    #[default]
    NotAffected,
    /// Staff stay employed by their home force and work under the direction and control of
    /// the chief officer the agreement names.
    DirectionAndControl,
    /// Staff are seconded to the collaboration for a fixed term.
    Secondment,
    /// Staff transfer to another employer under the Transfer of Undertakings (Protection of
    /// Employment) Regulations 2006, keeping their terms and conditions (where regulation
    /// 3(5) does not take the transfer outside them).
    Tupe,
    /// Staff transfer to another employer under a transfer protocol or statutory transfer
    /// provisions that give the protection COSOP expects, because a transfer of
    /// administrative functions between public administrative authorities is not a relevant
    /// transfer under TUPE (regulation 3(5)).
    TransferProtocol,
}

impl StaffArrangement {
    /// Every arrangement, in picker order.
    pub const ALL: [StaffArrangement; 5] = [
        StaffArrangement::NotAffected,
        StaffArrangement::DirectionAndControl,
        StaffArrangement::Secondment,
        StaffArrangement::Tupe,
        StaffArrangement::TransferProtocol,
    ];

    /// The arrangement's name.
    pub fn label(self) -> &'static str {
        match self {
            StaffArrangement::NotAffected => "Not affected",
            StaffArrangement::DirectionAndControl => "Direction and control under the agreement",
            StaffArrangement::Secondment => "Secondment",
            StaffArrangement::Tupe => "TUPE transfer",
            StaffArrangement::TransferProtocol => "Transfer under a COSOP protocol",
        }
    }
}

/// One force's officers and staff in the collaboration. Named by the force's name, as the
/// force leads are, so the file stays readable; see [`Workforce::rename_force`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ForceWorkforce {
    /// The force.
    pub force: String,
    /// How many police officers move into or work in the collaboration; `None` until given.
    pub officers: Option<u32>,
    /// How those officers work in it.
    pub officer_arrangement: OfficerArrangement,
    /// How many police staff move into or work in the collaboration; `None` until given.
    pub staff: Option<u32>,
    /// How those staff move.
    pub staff_arrangement: StaffArrangement,
    /// How many of this force's police staff their employer proposes to make redundant;
    /// `None` until given. Collective consultation is counted for each employer
    /// (see [`COLLECTIVE_CONSULTATION_THRESHOLD`]), so each force gives its own figure.
    pub redundancies: Option<u32>,
}

impl ForceWorkforce {
    /// Whether any of this force's officers are affected.
    pub fn officers_affected(&self) -> bool {
        self.officers.unwrap_or(0) > 0
    }

    /// Whether any of this force's staff are affected.
    pub fn staff_affected(&self) -> bool {
        self.staff.unwrap_or(0) > 0
    }
}

/// Who a staff body speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Represents {
    /// Police officers.
    Officers,
    /// Police staff.
    Staff,
}

/// A body the forces consult about the change.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum StaffBody {
    /// The Police Federation of England and Wales: constables to chief inspectors.
    #[default]
    PoliceFederation,
    /// The Police Superintendents' Association.
    SuperintendentsAssociation,
    /// UNISON, the largest police staff union.
    Unison,
    /// Unite.
    Unite,
    /// GMB.
    Gmb,
    /// Another recognised union or association, named beside it.
    Other,
}

impl StaffBody {
    /// Every body, in picker order.
    pub const ALL: [StaffBody; 6] = [
        StaffBody::PoliceFederation,
        StaffBody::SuperintendentsAssociation,
        StaffBody::Unison,
        StaffBody::Unite,
        StaffBody::Gmb,
        StaffBody::Other,
    ];

    /// The body's name.
    pub fn label(self) -> &'static str {
        match self {
            StaffBody::PoliceFederation => "Police Federation",
            StaffBody::SuperintendentsAssociation => "Police Superintendents' Association",
            StaffBody::Unison => "UNISON",
            StaffBody::Unite => "Unite",
            StaffBody::Gmb => "GMB",
            StaffBody::Other => "Other (named)",
        }
    }

    /// Who the body speaks for; `None` for another body, which may speak for either.
    pub fn represents(self) -> Option<Represents> {
        match self {
            StaffBody::PoliceFederation | StaffBody::SuperintendentsAssociation => {
                Some(Represents::Officers)
            }
            StaffBody::Unison | StaffBody::Unite | StaffBody::Gmb => Some(Represents::Staff),
            StaffBody::Other => None,
        }
    }
}

/// How far a consultation has got.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum ConsultationStatus {
    /// Not started.
    #[default]
    NotStarted,
    /// Dates agreed, not yet begun.
    Planned,
    /// Under way.
    InProgress,
    /// Finished, with its outcome recorded.
    Concluded,
}

impl ConsultationStatus {
    /// Every status, in picker order.
    pub const ALL: [ConsultationStatus; 4] = [
        ConsultationStatus::NotStarted,
        ConsultationStatus::Planned,
        ConsultationStatus::InProgress,
        ConsultationStatus::Concluded,
    ];

    /// The status as words.
    pub fn label(self) -> &'static str {
        match self {
            ConsultationStatus::NotStarted => "Not started",
            ConsultationStatus::Planned => "Planned",
            ConsultationStatus::InProgress => "In progress",
            ConsultationStatus::Concluded => "Concluded",
        }
    }
}

/// Consultation with one staff body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Consultation {
    /// The body.
    pub body: StaffBody,
    /// The body's name when it is [`StaffBody::Other`]; unused otherwise.
    pub other_name: String,
    /// How far consultation has got.
    pub status: ConsultationStatus,
    /// When and how, and what the body has said.
    pub notes: String,
}

impl Consultation {
    /// The body's name as the paper prints it: the named body for "Other".
    pub fn body_name(&self) -> &str {
        match self.body {
            StaffBody::Other if !self.other_name.trim().is_empty() => self.other_name.trim(),
            body => body.label(),
        }
    }
}

/// The number of redundancies an employer proposes at one establishment within 90 days at
/// which it must consult collectively (section 188 of the Trade Union and Labour Relations
/// (Consolidation) Act 1992). It is counted for each employer, never for the forces together.
pub const COLLECTIVE_CONSULTATION_THRESHOLD: u32 = 20;

/// The workforce part of the case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workforce {
    /// Each force's officers and staff, by force name.
    pub forces: Vec<ForceWorkforce>,
    /// How officers and staff will work in the collaboration: where, under whose direction,
    /// terms and conditions, vetting.
    pub arrangements: String,
    /// What happens to pensions: officers stay in their force's police pension scheme; staff
    /// in the Local Government Pension Scheme fund of their area, or another on transfer.
    pub pensions: String,
    /// Consultation with each staff body.
    pub consultations: Vec<Consultation>,
    /// How many police staff redundancies are proposed across all the forces together, as
    /// files written before each force gave its own figure hold it; `None` in a file written
    /// since. It cannot decide collective consultation, which is counted per employer: each
    /// force's own figure ([`ForceWorkforce::redundancies`]) does. Officers cannot be made
    /// redundant.
    pub proposed_redundancies: Option<u32>,
    /// How collective consultation will run where an employer proposes 20 or more
    /// redundancies: when it starts, with whom, and the notice to the Secretary of State
    /// (form HR1).
    pub collective_consultation: String,
}

impl Workforce {
    /// The row for the force named `force`, if it has one.
    pub fn for_force(&self, force: &str) -> Option<&ForceWorkforce> {
        self.forces
            .iter()
            .find(|row| row.force.trim() == force.trim())
    }

    /// Keeps each force's row with its force when the force is renamed (rows name their force,
    /// as the force leads do).
    pub fn rename_force(&mut self, old: &str, new: &str) {
        if old.trim() == new.trim() {
            return;
        }
        for row in &mut self.forces {
            if row.force.trim() == old.trim() {
                new.clone_into(&mut row.force);
            }
        }
    }

    /// Whether any force's officers are affected.
    pub fn officers_affected(&self) -> bool {
        self.forces.iter().any(ForceWorkforce::officers_affected)
    }

    /// Whether any force's staff are affected.
    pub fn staff_affected(&self) -> bool {
        self.forces.iter().any(ForceWorkforce::staff_affected)
    }

    /// Whether any force gives its own figure of redundancies, so the redundancies are
    /// known by employer.
    pub fn by_employer(&self) -> bool {
        self.forces.iter().any(|row| row.redundancies.is_some())
    }

    /// The redundancies proposed in all: the forces' own figures added up, or, in an older
    /// file that gives none, its one figure for all the forces together.
    pub fn total_redundancies(&self) -> Option<u32> {
        if self.by_employer() {
            Some(self.forces.iter().filter_map(|row| row.redundancies).sum())
        } else {
            self.proposed_redundancies
        }
    }

    /// The forces whose employer proposes 20 or more redundancies, and so must consult
    /// collectively: counted for each employer, not for the forces together.
    pub fn employers_needing_collective_consultation(&self) -> Vec<&str> {
        self.forces
            .iter()
            .filter(|row| {
                row.redundancies
                    .is_some_and(|count| count >= COLLECTIVE_CONSULTATION_THRESHOLD)
            })
            .map(|row| row.force.trim())
            .collect()
    }

    /// Whether collective consultation is required by law of any employer.
    pub fn needs_collective_consultation(&self) -> bool {
        !self.employers_needing_collective_consultation().is_empty()
    }

    /// The total officers and staff affected across the forces.
    pub fn totals(&self) -> (u32, u32) {
        self.forces.iter().fold((0, 0), |(officers, staff), row| {
            (
                officers + row.officers.unwrap_or(0),
                staff + row.staff.unwrap_or(0),
            )
        })
    }

    /// Whether nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        *self == Workforce::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collective_consultation_starts_at_twenty_redundancies_for_one_employer() {
        let row = |force: &str, redundancies| ForceWorkforce {
            force: force.into(),
            redundancies: Some(redundancies),
            ..ForceWorkforce::default()
        };
        let mut workforce = Workforce::default();
        assert!(!workforce.needs_collective_consultation());
        // 19 and 19 are 38 across the forces, but no employer reaches 20.
        workforce.forces = vec![row("North", 19), row("South", 19)];
        assert!(!workforce.needs_collective_consultation());
        assert_eq!(workforce.total_redundancies(), Some(38));
        workforce.forces[1].redundancies = Some(20);
        assert_eq!(
            workforce.employers_needing_collective_consultation(),
            ["South"]
        );
        // An older file's one figure for all the forces decides nothing.
        let old = Workforce {
            proposed_redundancies: Some(38),
            ..Workforce::default()
        };
        assert!(!old.needs_collective_consultation());
        assert_eq!(old.total_redundancies(), Some(38));
    }

    #[test]
    fn renaming_a_force_carries_its_row_along() {
        let mut workforce = Workforce {
            forces: vec![ForceWorkforce {
                force: "Gwent Police".into(),
                officers: Some(12),
                ..ForceWorkforce::default()
            }],
            ..Workforce::default()
        };
        workforce.rename_force("Gwent Police", "Heddlu Gwent Police");
        assert_eq!(
            workforce
                .for_force("Heddlu Gwent Police")
                .and_then(|row| row.officers),
            Some(12)
        );
    }

    #[test]
    fn another_body_is_printed_by_its_own_name() {
        let consultation = Consultation {
            body: StaffBody::Other,
            other_name: " Prospect ".into(),
            ..Consultation::default()
        };
        assert_eq!(consultation.body_name(), "Prospect");
        assert_eq!(
            Consultation::default().body_name(),
            StaffBody::PoliceFederation.label()
        );
    }
}
