//! The options appraisal: a preferred option, reasons for every decision, and scores that agree
//! with the tiers.

use super::{Anchor, Findings, blank};
use crate::case::Case;
use crate::case::Money;
use crate::case::options::{OptionKind, OptionStatus, Tier};

pub(super) fn check(case: &Case, out: &mut Findings) {
    let options = &case.options;
    let preferred: Vec<OptionKind> = options
        .appraisals
        .iter()
        .filter(|(_, a)| a.status == OptionStatus::Preferred)
        .map(|(kind, _)| *kind)
        .collect();
    match preferred.as_slice() {
        [] => out.error(Anchor::PreferredOption, "No option is marked as preferred."),
        [_] => {}
        _ => out.error(
            Anchor::PreferredOption,
            "More than one option is marked as preferred; choose one.",
        ),
    }
    for (kind, appraisal) in &options.appraisals {
        let anchor = Anchor::Option(*kind);
        let name = kind.label();
        match appraisal.status {
            OptionStatus::NotAssessed => {
                out.warning(anchor, format!("{name} has not been assessed. The committee expects every model, and business as usual, to be considered."));
            }
            OptionStatus::RuledOut | OptionStatus::DePrioritised | OptionStatus::Delayed
                if blank(&appraisal.rationale) =>
            {
                out.error(
                    anchor,
                    format!(
                        "{name} is {} without a rationale.",
                        appraisal.status.label().to_lowercase()
                    ),
                );
            }
            OptionStatus::Baseline if *kind != OptionKind::BusinessAsUsual => {
                out.error(anchor, format!("{name} is marked as the baseline; only business as usual is the comparator. Give {name} a status of its own."));
            }
            OptionStatus::Preferred => {
                if blank(&appraisal.rationale) {
                    out.error(
                        anchor,
                        format!("Explain why {name} is the preferred option."),
                    );
                }
                match appraisal.tier(&options.tier_thresholds) {
                    None => out.warning(anchor, format!("Score {name} for strategic fit and practicality.")),
                    Some(Tier::NotPrioritised) => out.warning(anchor, format!("{name} is preferred but its scores fall below both tiers; explain in the reasonableness test.")),
                    Some(_) => {}
                }
                if blank(&appraisal.benefits) || blank(&appraisal.risks) {
                    out.warning(anchor, format!("Set out the benefits and risks of {name}."));
                }
            }
            _ => {}
        }
    }
}

/// Where the options appraisal contradicts itself or another part of the case: an option
/// ruled out although its scores put it in Tier 1, without a word on why the scores were
/// overridden (the tier is a score, the status a decision); a lead force named while the
/// lead force model is not the preferred one.
pub(super) fn check_against_other_parts(case: &Case, out: &mut Findings) {
    let options = &case.options;
    for (kind, appraisal) in &options.appraisals {
        let overridden = appraisal.status == OptionStatus::RuledOut
            && appraisal.tier(&options.tier_thresholds) == Some(Tier::Tier1);
        // A blank rationale is already an error of its own; here the rationale exists but
        // does not speak to the scores.
        if overridden && !blank(&appraisal.rationale) && !speaks_to_scores(&appraisal.rationale) {
            out.warning(
                Anchor::Option(*kind),
                format!(
                    "{} is ruled out although its scores place it in Tier 1: say in its rationale why the scores are overridden.",
                    kind.label()
                ),
            );
        }
    }
    let lead_force_option = options
        .appraisals
        .get(&OptionKind::LeadForce)
        .map(|appraisal| appraisal.status);
    if let Some(lead) = case.partners.lead()
        && lead_force_option != Some(OptionStatus::Preferred)
    {
        let status = lead_force_option.unwrap_or_default().label().to_lowercase();
        out.warning(
            Anchor::LeadForce,
            format!(
                "{} is named as the lead force, but the lead force option is {status}, not preferred: the paper would name a lead force the appraisal did not choose. Clear the lead force, and describe any host force in the proposal.",
                lead.display_name(case.partners.lead_force.unwrap_or(0))
            ),
        );
    }
}

/// The claim a rationale makes about net present value, checked against the figures.
pub(super) fn check_npv_claims(case: &Case, out: &mut Findings) {
    let Some(preferred) = case.options.preferred() else {
        return;
    };
    let rationale = case.options.appraisals[&preferred].rationale.to_lowercase();
    if !claims_highest_npv(&rationale) {
        return;
    }
    let Ok(appraisal) = case.finance.appraise(&case.options) else {
        return;
    };
    if appraisal.is_highest(preferred) {
        return;
    }
    if let Some(best) = appraisal.best_other(preferred, false) {
        out.warning(
            Anchor::Option(preferred),
            format!(
                "The rationale for {} calls it the option with the highest net present value, but {} is higher ({} against {}).",
                preferred.label(),
                best.kind.label(),
                best.measures.npv.whole_pounds(),
                appraisal
                    .get(preferred)
                    .map_or(Money::ZERO, |r| r.measures.npv)
                    .whole_pounds()
            ),
        );
    }
}

/// Whether a rationale says something about the scores or the tier it overrides ("scor"
/// finds "scores", "scored" and "scoring" alike).
fn speaks_to_scores(rationale: &str) -> bool {
    let rationale = rationale.to_lowercase();
    ["tier", "scor", "reasonableness"]
        .iter()
        .any(|word| rationale.contains(word))
}

/// Whether lower-case `text` says its option has the highest net present value.
fn claims_highest_npv(text: &str) -> bool {
    ["highest", "largest", "greatest", "best"]
        .iter()
        .any(|superlative| {
            [
                "net present value",
                "npv",
                "net present social value",
                "npsv",
            ]
            .iter()
            .any(|measure| text.contains(&format!("{superlative} {measure}")))
        })
}
