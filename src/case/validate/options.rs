//! The options appraisal: a preferred option, reasons for every decision, and scores that agree
//! with the tiers.

use super::{Anchor, Findings, blank};
use crate::case::Case;
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
