//! The risk register: scores on the matrix, and owners, mitigation and review dates where the
//! rating needs them.

use std::collections::HashSet;

use super::{Anchor, Findings, RiskField as F, blank};
use crate::case::Case;
use crate::case::risk::Rating;

pub(super) fn check(case: &Case, out: &mut Findings) {
    let register = &case.risks;
    let max = register.settings.scale.max();
    if !register.settings.thresholds.are_ordered() {
        out.error(
            Anchor::RiskSettings,
            "The rating thresholds must climb: medium below high, high below very high.",
        );
    }
    if register.risks.is_empty() {
        out.error(Anchor::RiskRegister, "The risk register is empty.");
    }
    let mut seen = HashSet::new();
    for (i, risk) in register.risks.iter().enumerate() {
        let anchor = |field| Anchor::Risk(i, field);
        let name = if blank(&risk.title) {
            format!("Risk {}", i + 1)
        } else {
            format!("Risk {} \"{}\"", risk.id, risk.title)
        };
        if blank(&risk.title) {
            out.error(anchor(F::Title), format!("{name} has no title."));
        }
        if !blank(&risk.id) && !seen.insert(risk.id.trim()) {
            out.warning(
                anchor(F::Reference),
                format!("The reference {} is used more than once.", risk.id),
            );
        }
        if !risk.is_on_scale(register.settings.scale) {
            // The finding lands on the first pair of scores that is off the scale.
            let field = if [risk.likelihood, risk.impact]
                .iter()
                .any(|v| !(1..=max).contains(v))
            {
                F::Likelihood
            } else {
                F::ResidualLikelihood
            };
            out.error(
                anchor(field),
                format!("{name} has a likelihood or impact outside 1 to {max}."),
            );
            continue;
        }
        let rating = register.rating(risk);
        if rating >= Rating::High {
            if blank(&risk.owner) {
                out.error(
                    anchor(F::Owner),
                    format!(
                        "{name} is rated {} but has no owner.",
                        rating.label().to_lowercase()
                    ),
                );
            }
            if blank(&risk.mitigation) {
                out.error(
                    anchor(F::Mitigation),
                    format!(
                        "{name} is rated {} but has no mitigation.",
                        rating.label().to_lowercase()
                    ),
                );
            }
            if risk.review_date.is_none() {
                out.warning(
                    anchor(F::ReviewDate),
                    format!(
                        "{name} is rated {} but has no review date.",
                        rating.label().to_lowercase()
                    ),
                );
            }
        }
        if risk.residual_score() > risk.score() {
            out.warning(
                anchor(F::ResidualLikelihood),
                format!("{name} scores higher after mitigation than before."),
            );
        }
    }
}
