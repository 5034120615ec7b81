//! The workforce: each force's officers and staff and how they move, pensions, consultation
//! with the bodies that speak for them, collective consultation at 20 or more redundancies,
//! and text that calls officers employees or puts them under TUPE.

use super::{Anchor, Findings, blank, expected, for_stage, named_forces};
use crate::case::Case;
use crate::case::front_sheet::{BusinessCaseStage, DocumentStatus};
use crate::case::prose;
use crate::case::workforce::{
    COLLECTIVE_CONSULTATION_THRESHOLD, ConsultationStatus, OfficerArrangement, Represents,
    StaffArrangement, StaffBody,
};
use crate::format::and_list;

pub(super) fn check(case: &Case, out: &mut Findings) {
    let workforce = &case.workforce;
    let severity = for_stage(case);
    for (index, name) in named_forces(case) {
        let anchor = Anchor::WorkforceForce(index);
        let Some(row) = workforce.for_force(name) else {
            out.push(
                severity,
                anchor,
                format!("Say how many officers and staff of {name} the collaboration involves (0 if none)."),
            );
            continue;
        };
        if row.officers.is_none() || row.staff.is_none() {
            out.push(
                severity,
                anchor,
                format!("Give both the officers and the staff of {name} involved (0 if none)."),
            );
        }
        if row.officers_affected() && row.officer_arrangement == OfficerArrangement::NotAffected {
            out.warning(anchor, format!("Say how {name}'s officers work in the collaboration: under direction and control, or on secondment."));
        }
        if row.staff_affected() && row.staff_arrangement == StaffArrangement::NotAffected {
            out.warning(anchor, format!("Say how {name}'s staff move: under direction and control, on secondment, or by TUPE transfer."));
        }
    }
    let officers = workforce.officers_affected();
    let staff = workforce.staff_affected();
    if (officers || staff) && blank(&workforce.arrangements) {
        out.warning(
            Anchor::WorkforceArrangements,
            "Describe how officers and staff will work in the collaboration: where, under whose direction, and on what terms.",
        );
    }
    if (officers || staff) && blank(&workforce.pensions) {
        out.warning(
            Anchor::Pensions,
            "Say what happens to pensions: officers' police pension schemes, and staff's Local Government Pension Scheme funds.",
        );
    }
    consultation(case, officers, staff, out);
    transfers(case, out);
    redundancies(case, out);
    officers_are_office_holders(case, out);
}

/// Each group affected is consulted through the bodies that speak for it.
fn consultation(case: &Case, officers: bool, staff: bool, out: &mut Findings) {
    let consultations = &case.workforce.consultations;
    let speaks_for = |group: Represents| {
        consultations
            .iter()
            .any(|c| c.body.represents().is_none_or(|r| r == group))
    };
    if officers && !speaks_for(Represents::Officers) {
        out.warning(
            Anchor::StaffConsultations,
            "Officers are involved: record consultation with the Police Federation (and the Superintendents' Association where superintendents are).",
        );
    }
    if staff && !speaks_for(Represents::Staff) {
        out.warning(
            Anchor::StaffConsultations,
            "Police staff are involved: record consultation with the recognised unions (UNISON, Unite, GMB).",
        );
    }
    let decision_ready = case.front_sheet.stage == BusinessCaseStage::Full
        && case.front_sheet.status == DocumentStatus::Final;
    for (i, consultation) in consultations.iter().enumerate() {
        let anchor = Anchor::StaffConsultation(i);
        if decision_ready && consultation.status != ConsultationStatus::Concluded {
            out.error(
                anchor,
                format!(
                    "Consultation with {} is {}, but the full business case is Final: the decision must follow consultation and take its outcome into account, or the paper must wait.",
                    consultation.body_name(),
                    consultation.status.label().to_lowercase()
                ),
            );
        }
        if consultation.body == StaffBody::Other && blank(&consultation.other_name) {
            out.error(anchor, format!("Consultation {}: name the body.", i + 1));
        }
        let name = consultation.body_name();
        if consultation.status == ConsultationStatus::NotStarted {
            out.push(
                expected(case),
                anchor,
                format!("Consultation with {name} has not started: say when it will."),
            );
        }
        if consultation.status != ConsultationStatus::NotStarted && blank(&consultation.notes) {
            out.warning(
                anchor,
                format!("Say when and how {name} is consulted, and what it has said."),
            );
        }
    }
}

/// A staff transfer between forces needs its legal basis reasoned: a transfer of
/// administrative functions between public administrative authorities is not a relevant
/// transfer under TUPE (regulation 3(5)); COSOP then expects equivalent protection; where
/// TUPE does apply, regulation 13 requires information and consultation.
fn transfers(case: &Case, out: &mut Findings) {
    let workforce = &case.workforce;
    let arrangement = |kind: StaffArrangement| {
        workforce
            .forces
            .iter()
            .any(|row| row.staff_affected() && row.staff_arrangement == kind)
    };
    let text = workforce.arrangements.to_lowercase();
    if arrangement(StaffArrangement::Tupe) {
        if !text.contains("3(5)") {
            out.warning(
                Anchor::WorkforceArrangements,
                "Staff transfer under TUPE: say why regulation 3(5) (a transfer of administrative functions between public administrative authorities is not a relevant transfer) does not take the transfer outside TUPE, or transfer them under a COSOP protocol instead.",
            );
        }
        if !(text.contains("regulation 13") || text.contains("reg 13") || text.contains("reg. 13"))
        {
            out.warning(
                Anchor::WorkforceArrangements,
                "Staff transfer under TUPE: say how the employers inform and consult the staff's representatives under regulation 13.",
            );
        }
    }
    if arrangement(StaffArrangement::TransferProtocol) && !text.contains("cosop") {
        out.hint(
            Anchor::WorkforceArrangements,
            "Staff transfer under a protocol: say that it gives the protection the Cabinet Office Statement of Practice (COSOP) expects.",
        );
    }
}

/// Redundancies are of staff only, and each employer gives its own: collective consultation
/// under section 188 is counted for each employer proposing 20 or more at one establishment
/// within 90 days, never for the forces together.
fn redundancies(case: &Case, out: &mut Findings) {
    let workforce = &case.workforce;
    let none_in_all = workforce.proposed_redundancies == Some(0);
    for (index, name) in named_forces(case) {
        let Some(row) = workforce.for_force(name) else {
            continue;
        };
        match row.redundancies {
            None if row.staff_affected() && !none_in_all => out.warning(
                Anchor::ForceRedundancies(index),
                format!("Say how many of {name}'s police staff its employer proposes to make redundant (0 if none): collective consultation is counted for each employer."),
            ),
            Some(count) if count > 0 && !row.staff_affected() => out.warning(
                Anchor::ForceRedundancies(index),
                format!("{count} staff redundancies are proposed at {name}, but none of its staff are shown as involved."),
            ),
            _ => {}
        }
    }
    if let Some(count) = workforce.proposed_redundancies
        && count > 0
        && !workforce.by_employer()
    {
        out.warning(
            Anchor::Redundancies,
            format!("{count} redundancies are given for all the forces together, but collective consultation (section 188 of TULRCA 1992) is counted for each employer: give each force's own figure."),
        );
    }
    let employers = workforce.employers_needing_collective_consultation();
    if !employers.is_empty() && blank(&workforce.collective_consultation) {
        out.push(
            for_stage(case),
            Anchor::CollectiveConsultation,
            format!(
                "{} {} {} or more redundancies: set out the collective consultation under section 188 of TULRCA 1992 (30 days before the first dismissal, 45 days at 100 or more at one establishment) and the HR1 notice to the Secretary of State, for each employer.",
                and_list(&employers),
                if employers.len() == 1 { "proposes" } else { "each propose" },
                COLLECTIVE_CONSULTATION_THRESHOLD
            ),
        );
    }
}

/// Police officers hold an office; they are not employees and TUPE never applies to them. A
/// clause of the user's text that says otherwise would embarrass its author in the meeting.
fn officers_are_office_holders(case: &Case, out: &mut Findings) {
    for passage in prose::passages(case) {
        for clause in clauses(passage.text) {
            let lower = clause.to_lowercase();
            if !lower.contains("officer") || negated(&lower) {
                continue;
            }
            // "Chief finance officer", "monitoring officer" and the like are staff posts.
            if [
                "finance officer",
                "monitoring officer",
                "information officer",
                "protection officer",
            ]
            .iter()
            .any(|post| lower.contains(post))
            {
                continue;
            }
            let message = if lower.contains("tupe") {
                "TUPE applies to police staff only: officers are office holders and work in a collaboration under direction and control or on secondment."
            } else if EMPLOYMENT_CLAIMS.iter().any(|claim| lower.contains(claim)) {
                "Police officers are office holders, not employees: say that they stay officers of their home force under direction and control (or on secondment); only police staff are employees."
            } else {
                continue;
            };
            out.warning(
                passage.anchor,
                format!("{message} The text says: \"{}\"", clause.trim()),
            );
        }
    }
}

/// Phrases that say someone is employed (rather than mention employees in passing, as
/// "employee relations" or "cost per employee" do).
const EMPLOYMENT_CLAIMS: [&str; 8] = [
    "employees of",
    "remain employees",
    "are employees",
    "become employees",
    "employed by",
    "stay employed",
    "remain employed",
    "contract of employment",
];

/// The clauses of a text: split at sentence ends and semicolons, so "officers are seconded;
/// staff remain employees" is two claims, not one.
fn clauses(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', ';', '\n', ':', '?', '!'])
        .filter(|clause| !clause.trim().is_empty())
}

/// Whether a clause denies what it says ("TUPE does not apply to officers").
fn negated(clause: &str) -> bool {
    clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|word| {
            matches!(word, "not" | "never" | "no" | "nor" | "neither" | "cannot")
                || word.ends_with("n't")
                || word.ends_with("n’t")
        })
        || clause.contains("office holder")
}
