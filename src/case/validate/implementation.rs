//! Implementation and recommendations: leads, milestones, communications, recommendations and
//! revisions.

use super::{Anchor, Findings, blank};
use crate::case::Case;

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
    if case.revisions.is_empty() {
        out.hint(
            Anchor::Revisions,
            "Keep a revision history: committees ask what changed since the last version.",
        );
    }
}
