//! The case for change: scope, strategic objectives, benefits, SPR threats and measures of success.

use super::{Anchor, Findings, ScopeField, Severity, blank};
use crate::case::Case;

pub(super) fn check(case: &Case, out: &mut Findings) {
    let strategy = &case.strategy;
    let scope = [
        (
            ScopeField::FunctionArea,
            &strategy.scope.function_area,
            Severity::Error,
            "Say which function or area of business the collaboration covers.",
        ),
        (
            ScopeField::CurrentPosition,
            &strategy.scope.current_position,
            Severity::Warning,
            "Describe how the function is delivered today.",
        ),
        (
            ScopeField::Problem,
            &strategy.scope.problem,
            Severity::Error,
            "Explain the problem or opportunity: why things cannot stay as they are.",
        ),
        (
            ScopeField::Proposal,
            &strategy.scope.proposal,
            Severity::Error,
            "Describe the proposal in a paragraph.",
        ),
    ];
    for (field, value, severity, message) in scope {
        if blank(value) {
            out.push(severity, Anchor::Scope(field), message);
        }
    }
    if strategy.objectives.is_empty() {
        out.error(
            Anchor::Objectives,
            "Choose at least one strategic objective the collaboration pursues.",
        );
    }
    for (objective, justification) in &strategy.objectives {
        if blank(justification) {
            out.warning(
                Anchor::Objectives,
                format!("Justify the objective \"{}\".", objective.label()),
            );
        }
    }
    if strategy.benefits.is_empty() {
        out.warning(
            Anchor::Benefits,
            "Claim at least one benefit, and say how it will be realised.",
        );
    }
    if strategy.spr_threats.is_empty() {
        out.hint(Anchor::SprThreats, "Say which Strategic Policing Requirement threats, if any, the collaboration helps meet.");
    }
    if strategy.measures.is_empty() {
        out.warning(
            Anchor::Measures,
            "Agree measures of success at the outset, with a baseline and a target.",
        );
    }
}
