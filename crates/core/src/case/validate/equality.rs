//! The equality impact assessment: the three aims, every protected characteristic, and an outcome
//! with a review date.

use super::{Anchor, Findings, Severity, blank};
use crate::case::Case;
use crate::case::equality::{EqualityOutcome, Impact, ProtectedCharacteristic, PsedAim};

pub(super) fn check(case: &Case, out: &mut Findings) {
    let equality = &case.equality;
    let missing_aims: Vec<PsedAim> = PsedAim::ALL
        .into_iter()
        .filter(|aim| equality.aims.get(aim).is_none_or(|text| blank(text)))
        .collect();
    for aim in &missing_aims {
        let severity = if missing_aims.len() == PsedAim::ALL.len() {
            Severity::Error
        } else {
            Severity::Warning
        };
        out.push(
            severity,
            Anchor::EqualityAim(*aim),
            format!(
                "Record how the proposal has due regard to the aim to {}.",
                aim.label().to_lowercase()
            ),
        );
    }
    for characteristic in ProtectedCharacteristic::ALL {
        let anchor = Anchor::Characteristic(characteristic);
        let name = characteristic.label();
        let Some(assessment) = equality.characteristics.get(&characteristic) else {
            out.warning(anchor, format!("{name} has not been assessed."));
            continue;
        };
        match assessment.impact {
            Impact::NotYetAssessed => out.warning(anchor, format!("{name} has not been assessed.")),
            Impact::Negative if blank(&assessment.mitigation) => {
                out.error(
                    anchor,
                    format!("{name}: a negative impact needs mitigation."),
                );
            }
            _ if blank(&assessment.evidence) => {
                out.hint(
                    anchor,
                    format!("{name}: give the evidence or consultation behind the judgement."),
                );
            }
            _ => {}
        }
    }
    let negatives: Vec<&str> = ProtectedCharacteristic::ALL
        .into_iter()
        .filter(|c| {
            equality
                .characteristics
                .get(c)
                .is_some_and(|a| a.impact == Impact::Negative)
        })
        .map(ProtectedCharacteristic::label)
        .collect();
    if equality.outcome == EqualityOutcome::NoMajorChange && !negatives.is_empty() {
        out.error(
            Anchor::EqualityOutcome,
            format!(
                "The outcome is \"no major change needed\", but a negative impact is recorded for {}: adjust the proposal, or continue with the justification recorded.",
                crate::format::and_list(&negatives)
            ),
        );
    }
    if blank(&equality.human_rights) {
        out.warning(
            Anchor::HumanRights,
            "Record the Human Rights Act 1998 consideration.",
        );
    }
    if blank(&equality.consultation) {
        out.warning(Anchor::Consultation, "Record who was consulted, including staff associations and unions where terms and conditions change.");
    }
    match equality.outcome {
        EqualityOutcome::NotYetDecided => out.error(
            Anchor::EqualityOutcome,
            "Record the outcome of the equality impact assessment.",
        ),
        EqualityOutcome::ContinueWithJustification | EqualityOutcome::StopAndRethink
            if blank(&equality.outcome_reason) =>
        {
            out.error(
                Anchor::EqualityOutcome,
                "Explain the reason for the equality outcome.",
            );
        }
        _ => {}
    }
    if equality.review_date.is_none() {
        out.warning(
            Anchor::EqualityReviewDate,
            "Set a date to review the equality impact assessment.",
        );
    }
    if case.partners.includes_welsh_force() && blank(&equality.welsh_language) {
        out.error(
            Anchor::WelshLanguage,
            "A Welsh force is a party: say how the Welsh Language Standards will be met.",
        );
    }
}
