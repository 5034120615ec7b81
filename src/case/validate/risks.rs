//! The risk register: scores on the matrix, and owners, mitigation and review dates where the
//! rating needs them.

use std::collections::HashSet;

use super::{Anchor, Findings, blank};
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
        let anchor = Anchor::Risk(i);
        let name = if blank(&risk.title) {
            format!("Risk {}", i + 1)
        } else {
            format!("Risk {} \"{}\"", risk.id, risk.title)
        };
        if blank(&risk.title) {
            out.error(anchor, format!("{name} has no title."));
        }
        if !blank(&risk.id) && !seen.insert(risk.id.trim()) {
            out.warning(
                anchor,
                format!("The reference {} is used more than once.", risk.id),
            );
        }
        if !risk.is_on_scale(register.settings.scale) {
            out.error(
                anchor,
                format!("{name} has a likelihood or impact outside 1 to {max}."),
            );
            continue;
        }
        let rating = register.rating(risk);
        if rating >= Rating::High {
            if blank(&risk.owner) {
                out.error(
                    anchor,
                    format!(
                        "{name} is rated {} but has no owner.",
                        rating.label().to_lowercase()
                    ),
                );
            }
            if blank(&risk.mitigation) {
                out.error(
                    anchor,
                    format!(
                        "{name} is rated {} but has no mitigation.",
                        rating.label().to_lowercase()
                    ),
                );
            }
            if risk.review_date.is_none() {
                out.warning(
                    anchor,
                    format!(
                        "{name} is rated {} but has no review date.",
                        rating.label().to_lowercase()
                    ),
                );
            }
        }
        if risk.residual_score() > risk.score() {
            out.warning(
                anchor,
                format!("{name} scores higher after mitigation than before."),
            );
        }
    }
}
