//! The options appraisal: a preferred option, reasons for every decision, and scores that agree
//! with the tiers.

use super::{Anchor, Findings, blank};
use crate::case::Case;
use crate::case::options::{OptionKind, OptionStatus, Tier};

/// The option ranked above the preferred option by net present value, if one is: the choice
/// the paper must explain.
pub fn higher_npv_than_preferred(case: &Case) -> Option<OptionKind> {
    let preferred = case.options.preferred()?;
    let appraisal = case.finance.appraise(&case.options).ok()?;
    let own = appraisal.get(preferred)?;
    appraisal
        .ranked()
        .into_iter()
        .find(|other| other.kind != preferred && other.measures.npv > own.measures.npv)
        .map(|other| other.kind)
}

/// A preferred option that is not first on net present value needs its reason.
pub(super) fn check_not_highest(case: &Case, out: &mut Findings) {
    if let Some(higher) = higher_npv_than_preferred(case)
        && blank(&case.options.why_not_highest_npv)
    {
        out.push(
            super::for_stage(case),
            Anchor::WhyNotHighestNpv,
            format!(
                "{} has a higher net present value than the preferred option: say why the preferred option is chosen nonetheless.",
                higher.label()
            ),
        );
    }
}

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

/// Whether a rationale says something about the scores or the tier it overrides ("scor"
/// finds "scores", "scored" and "scoring" alike).
fn speaks_to_scores(rationale: &str) -> bool {
    let rationale = rationale.to_lowercase();
    ["tier", "scor", "reasonableness"]
        .iter()
        .any(|word| rationale.contains(word))
}
