//! The management case: a senior responsible owner, a benefits register whose lines are
//! measured, owned, dated and linked to what counts them, and a post-implementation review.

use super::{Anchor, BenefitField as F, Findings, ReviewField, blank, expected, for_stage};
use crate::case::Case;
use crate::case::management::BenefitKind;

/// The labels of the finance lines a benefit can link to: the preferred option's, as the
/// benefits register tracks what the chosen option delivers.
fn finance_line_labels(case: &Case) -> Vec<&str> {
    case.finance.benefit_line_labels(case.options.preferred())
}

pub(super) fn check(case: &Case, out: &mut Findings) {
    let management = &case.management;
    let severity = for_stage(case);
    if blank(&management.senior_responsible_owner) {
        out.push(
            severity,
            Anchor::SeniorResponsibleOwner,
            "Name the senior responsible owner, who answers for the programme and its benefits.",
        );
    }
    if management.benefits.is_empty() {
        out.push(
            expected(case),
            Anchor::BenefitsRegister,
            "Add the benefits register: each benefit with its measure, baseline, target, owner and date.",
        );
    }
    let lines = finance_line_labels(case);
    let measures: Vec<&str> = case
        .strategy
        .measures
        .iter()
        .map(|m| m.measure.trim())
        .filter(|m| !m.is_empty())
        .collect();
    for (i, benefit) in management.benefits.iter().enumerate() {
        let anchor = |field| Anchor::RegisteredBenefit(i, field);
        let name = if blank(&benefit.benefit) {
            out.error(
                anchor(F::Benefit),
                format!("Benefit {} is not described.", i + 1),
            );
            format!("Benefit {}", i + 1)
        } else {
            benefit.benefit.trim().to_owned()
        };
        for (field, text, what) in [
            (F::Measure, &benefit.measure, "how it is measured"),
            (F::Target, &benefit.target, "its target"),
            (F::Owner, &benefit.owner, "who owns it"),
        ] {
            if blank(text) {
                out.warning(anchor(field), format!("{name}: say {what}."));
            }
        }
        if blank(&benefit.baseline) {
            out.hint(
                anchor(F::Baseline),
                format!("{name}: give the baseline it is measured from."),
            );
        }
        if benefit.due.is_none() {
            out.warning(
                anchor(F::Due),
                format!("{name}: say when it should be realised."),
            );
        }
        let line = benefit.finance_line.trim();
        if line.is_empty() {
            if benefit.kind == BenefitKind::CashReleasing {
                out.warning(
                    anchor(F::FinanceLine),
                    format!("{name} is cash-releasing: link it to the saving line in the finance that counts it."),
                );
            }
        } else if !lines.contains(&line) {
            out.warning(
                anchor(F::FinanceLine),
                format!("{name} is linked to the finance line \"{line}\", but there is no finance line of that name."),
            );
        }
        let measure = benefit.measure_of_success.trim();
        if !measure.is_empty() && !measures.contains(&measure) {
            out.warning(
                anchor(F::MeasureOfSuccess),
                format!("{name} counts towards the measure of success \"{measure}\", but the case for change has no measure of that name."),
            );
        }
    }
    let review = &management.review;
    let severity = expected(case);
    if review.date.is_none() {
        out.push(
            severity,
            Anchor::PostImplementationReview(ReviewField::Date),
            "Set a date for the post-implementation review.",
        );
    }
    if blank(&review.owner) {
        out.push(
            severity,
            Anchor::PostImplementationReview(ReviewField::Owner),
            "Name who leads the post-implementation review.",
        );
    }
    if blank(&review.scope) {
        out.push(
            severity,
            Anchor::PostImplementationReview(ReviewField::Scope),
            "Say what the post-implementation review will measure and who it reports to.",
        );
    }
}
