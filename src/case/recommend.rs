//! Draft recommendations built from the choices the case has made, for the user to edit.
//! Committee recommendations follow a small set of patterns (approve the option, agree the
//! finance, delegate signature of the agreement, note the risks and equality assessment), so
//! the app can offer them rather than a blank list.

use super::Case;
use super::equality::EqualityOutcome;
use super::implementation::{Decision, Recommendation};

/// Recommendations drafted from the case as it stands. Parts the case has not decided yet
/// (no preferred option, no board) are left out rather than guessed.
pub fn draft_recommendations(case: &Case) -> Vec<Recommendation> {
    let mut drafts = Vec::new();
    let area = case.strategy.scope.function_area.trim();
    let area = if area.is_empty() { "the service" } else { area };
    if let Some(preferred) = case.options.preferred() {
        let lead = case
            .partners
            .lead()
            .filter(|force| !force.name.trim().is_empty())
            .map(|force| format!(", with {} as the lead force", force.name.trim()))
            .unwrap_or_default();
        drafts.push(Recommendation {
            decision: Decision::Approve,
            text: format!(
                "the {} option for {area}{lead}, as set out in the options appraisal.",
                preferred.label().to_lowercase()
            ),
        });
    }
    let preferred_figures = case
        .options
        .preferred()
        .filter(|kind| !case.finance.option(*kind).lines.is_empty())
        .and_then(|kind| {
            case.finance
                .appraise(&case.options)
                .ok()?
                .get(kind)
                .cloned()
        });
    if let Some(result) = preferred_figures {
        drafts.push(Recommendation {
            decision: Decision::Agree,
            text: format!(
                "that costs and savings are shared {}, giving a net saving of {} over {} years (net present value {} against business as usual).",
                split_phrase(case),
                result.total_net().whole_pounds(),
                case.finance.years,
                result.measures.npv.whole_pounds()
            ),
        });
    }
    if case
        .options
        .preferred()
        .is_some_and(|kind| !kind.is_baseline())
    {
        drafts.push(Recommendation {
            decision: Decision::Delegate,
            text: "authority to the chief constables and Police and Crime Commissioners to finalise and sign a collaboration agreement under section 22A of the Police Act 1996.".into(),
        });
    }
    let board = &case.governance.board;
    if !board.name.trim().is_empty() {
        drafts.push(Recommendation {
            decision: Decision::Agree,
            text: format!(
                "the governance arrangements, with the {} meeting {} and reporting performance against the agreed measures of success.",
                board.name.trim(),
                board.frequency.label().to_lowercase()
            ),
        });
    }
    if !case.risks.risks.is_empty() {
        drafts.push(Recommendation {
            decision: Decision::Note,
            text: format!(
                "the {} risks in the risk register and the mitigation proposed.",
                case.risks.risks.len()
            ),
        });
    }
    if case.equality.outcome != EqualityOutcome::NotYetDecided {
        drafts.push(Recommendation {
            decision: Decision::Note,
            text: format!(
                "the equality impact assessment and its outcome: {}.",
                case.equality.outcome.label().to_lowercase()
            ),
        });
    }
    drafts
}

fn split_phrase(case: &Case) -> &'static str {
    use super::finance::SplitMethod;
    match case.finance.split {
        SplitMethod::ByRevenueBudget => "in proportion to each force's annual revenue budget",
        SplitMethod::Equal => "equally between the forces",
        SplitMethod::Custom => "in the percentages agreed between the forces",
    }
}
