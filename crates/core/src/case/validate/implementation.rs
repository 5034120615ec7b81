//! Implementation and recommendations: leads, milestones, communications, recommendations and
//! revisions.

use super::{Anchor, Findings, blank};
use crate::case::Case;
use crate::case::front_sheet::DecisionMaker;
use crate::case::implementation::Decision;
use crate::case::law;

pub(super) fn check(case: &Case, out: &mut Findings) {
    let implementation = &case.implementation;
    for force in &case.partners.forces {
        if !blank(&force.name)
            && !implementation
                .leads
                .iter()
                .any(|lead| lead.force.trim() == force.name.trim() && !blank(&lead.name))
        {
            out.warning(
                Anchor::Leads,
                format!("Name a dedicated lead for {}.", force.name),
            );
        }
    }
    if implementation.milestones.is_empty() {
        out.warning(
            Anchor::Milestones,
            "Add the main implementation milestones.",
        );
    }
    if blank(&implementation.communications) {
        out.warning(
            Anchor::Communications,
            "Describe the joint communications plan for staff and the public.",
        );
    }
    if case.recommendations.is_empty() {
        out.error(
            Anchor::Recommendations,
            "There are no recommendations for the committee to decide.",
        );
    }
    for (i, recommendation) in case.recommendations.iter().enumerate() {
        if blank(&recommendation.text) {
            out.error(
                Anchor::Recommendation(i),
                format!("Recommendation {} is empty.", i + 1),
            );
        }
    }
    wording_fits_who_decides(case, out);
    if case.revisions.is_empty() {
        out.hint(
            Anchor::Revisions,
            "Keep a revision history: committees ask what changed since the last version.",
        );
    }
}

/// A recommendation must ask for what its decision maker can give: nobody can delegate to
/// the PCCs and chief constables the signing of an agreement they sign by right, and a
/// committee that receives the paper for information can only note it.
fn wording_fits_who_decides(case: &Case, out: &mut Findings) {
    let decided_by = case.front_sheet.decided_by;
    for (i, recommendation) in case.recommendations.iter().enumerate() {
        let text = recommendation.text.to_lowercase();
        if recommendation.decision == Decision::Delegate && text.contains("sign") {
            out.warning(
                Anchor::Recommendation(i),
                format!(
                    "Recommendation {}: the chief constables and PCCs sign the agreement by right, so authority to sign cannot be delegated to them. {}",
                    i + 1,
                    match decided_by {
                        DecisionMaker::JointBoard => "Recommend that they enter into and sign it.",
                        DecisionMaker::PccsAndChiefConstables => "Ask them to approve it and agree to sign it.",
                        DecisionMaker::ForInformation => "Note that they will be asked to sign it.",
                    }
                ),
            );
        }
        if decided_by == DecisionMaker::JointBoard
            && matches!(
                recommendation.decision,
                Decision::Approve | Decision::Agree | Decision::Delegate
            )
        {
            out.error(
                Anchor::Recommendation(i),
                format!(
                    "Recommendation {}: a joint board cannot {} what is for each policing body and chief officer to decide; it recommends ({}).",
                    i + 1,
                    recommendation.decision.verb(),
                    law::JOINT_BOARD.source
                ),
            );
        }
        if decided_by != DecisionMaker::PccsAndChiefConstables
            && (recommendation.decision == Decision::Delegate || text.contains("delegat"))
        {
            out.error(
                Anchor::Recommendation(i),
                format!(
                    "Recommendation {}: {} holds none of the powers it would delegate: only the policing body or chief officer who holds a power can delegate it, and only to whom the law allows.",
                    i + 1,
                    if decided_by == DecisionMaker::JointBoard { "a joint board" } else { "a committee for information" }
                ),
            );
        } else if recommendation.decision == Decision::Delegate
            && ![
                "commissioner",
                "mayor",
                "council",
                "chief constable",
                "policing body",
            ]
            .iter()
            .any(|holder| text.contains(holder))
        {
            out.warning(
                Anchor::Recommendation(i),
                format!(
                    "Recommendation {}: say whose power is delegated (which policing body or chief constable) and to whom.",
                    i + 1
                ),
            );
        }
        if decided_by == DecisionMaker::ForInformation && recommendation.decision != Decision::Note
        {
            out.warning(
                Anchor::Recommendation(i),
                format!(
                    "Recommendation {}: the committee receives the paper for information, so it can note, not {}.",
                    i + 1,
                    recommendation.decision.verb()
                ),
            );
        }
    }
}
