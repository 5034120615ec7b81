//! Draft recommendations and decision records built from the choices the case has made, for
//! the user to edit.
//!
//! The wording follows who decides ([`DecisionMaker`]) and names each policing body's office
//! as it is ([`crate::case::partners::PolicingBodyKind`]: a PCC, a PFCC, a mayor, the Deputy
//! Mayor for Policing and Crime, the Common Council). The policing bodies and chief constables
//! approve and agree, and sign the collaboration agreement themselves. A joint board holds none of
//! their powers, so it *recommends* that they approve, agree and sign; it never "delegates
//! authority" to them to sign, which would give them what they already hold. A committee that
//! receives the paper for information notes what the PCCs and chief constables will be asked
//! to do. What every body does alike (noting the risks and the equality assessment) is noted.

use super::Case;
use super::equality::EqualityOutcome;
use super::finance::SplitMethod;
use super::front_sheet::DecisionMaker;
use super::implementation::{Decision, Recommendation};
use super::options::OptionKind;
use crate::format::and_list;

/// Who the recommendations ask to act, as they name them: the offices that decide for the
/// policing bodies ("the Police, Fire and Crime Commissioner and the Police and Crime
/// Commissioner") and the chief constables.
pub fn deciders(case: &Case) -> String {
    format!("{} and chief constables", case.partners.deciding_offices())
}

/// Recommendations drafted from the case as it stands, worded for its decision maker. Parts
/// the case has not decided yet (no preferred option, no board) are left out rather than
/// guessed.
pub fn draft_recommendations(case: &Case) -> Vec<Recommendation> {
    let who = (case.front_sheet.decided_by, deciders(case));
    let mut drafts = Vec::new();
    let area = function_area(case);
    if let Some(preferred) = case.options.preferred() {
        drafts.push(worded(
            &who,
            Decision::Approve,
            format!(
                "the {} option for {area}{}, as set out in the options appraisal",
                preferred.label().to_lowercase(),
                lead_phrase(case, preferred)
            ),
        ));
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
        drafts.push(worded(
            &who,
            Decision::Agree,
            format!(
                "that costs and savings are shared {}, giving a net saving of {} over {} years (net present value {} against business as usual)",
                split_phrase(case),
                result.total_net().whole_pounds(),
                case.finance.years,
                result.measures.npv.whole_pounds()
            ),
        ));
    }
    if case.commercial.route.is_competitive() {
        drafts.push(worded(
            &who,
            Decision::Approve,
            format!(
                "a {} for {area}, as set out in the commercial case",
                case.commercial.route.label().to_lowercase()
            ),
        ));
    }
    if case
        .options
        .preferred()
        .is_some_and(|kind| !kind.is_baseline())
    {
        drafts.push(worded(
            &who,
            Decision::Agree,
            "to enter into and sign a collaboration agreement under section 22A of the Police Act 1996, each chief constable and each policing body signing for itself".to_owned(),
        ));
    }
    let board = &case.governance.board;
    if !board.name.trim().is_empty() {
        drafts.push(worded(
            &who,
            Decision::Agree,
            format!(
                "the governance arrangements, with the {} meeting {} and reporting performance against the agreed measures of success",
                board.name.trim(),
                board.frequency.label().to_lowercase()
            ),
        ));
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

/// The wording of the decision record that the PCC of the force at `force` (its place in the
/// partners list) will publish, or `None` while there is no preferred option to decide on.
pub fn draft_decision_record(case: &Case, force: usize) -> Option<String> {
    let preferred = case.options.preferred()?;
    let this = case.partners.forces.get(force)?;
    let area = function_area(case);
    let office = this.body_kind.office();
    let mut wording = format!(
        "{}{} approves the {} option for {area}{}, as set out in the report to the {}",
        office[..1].to_uppercase(),
        &office[1..],
        preferred.label().to_lowercase(),
        lead_phrase(case, preferred),
        non_empty(&case.front_sheet.committee, "joint board")
    );
    if let Some(date) = case.front_sheet.meeting_date {
        wording.push_str(&format!(" of {}", date.format("%-d %B %Y")));
    }
    if !preferred.is_baseline() {
        let others: Vec<String> = case
            .partners
            .forces
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != force)
            .map(|(i, other)| {
                let body = other.policing_body.trim();
                if body.is_empty() {
                    format!("the chief constable of {}", other.display_name(i))
                } else {
                    format!(
                        "the chief constable of {} and the {body}",
                        other.display_name(i)
                    )
                }
            })
            .collect();
        wording.push_str(&format!(
            ", and agrees to enter into and sign, with the Chief Constable of {}",
            this.display_name(force)
        ));
        if !others.is_empty() {
            wording.push_str(&format!(", {}", and_list(&others)));
        }
        wording.push_str(", a collaboration agreement under section 22A of the Police Act 1996");
    }
    wording.push('.');
    Some(wording)
}

/// A recommendation to `decision` `action`, worded for whoever decides.
fn worded(
    (who, deciders): &(DecisionMaker, String),
    decision: Decision,
    action: String,
) -> Recommendation {
    let verb = decision.verb();
    match who {
        DecisionMaker::PccsAndChiefConstables => Recommendation {
            decision,
            text: format!("{action}."),
        },
        DecisionMaker::JointBoard => Recommendation {
            decision: Decision::Recommend,
            text: format!("that {deciders} {verb} {action}."),
        },
        DecisionMaker::ForInformation => Recommendation {
            decision: Decision::Note,
            text: format!("that {deciders} will be asked to {verb} {action}."),
        },
    }
}

/// The function the collaboration covers, or "the service" while it is unnamed.
fn function_area(case: &Case) -> &str {
    non_empty(&case.strategy.scope.function_area, "the service")
}

/// ", with X as the lead force" under a lead force model with a named lead; nothing otherwise,
/// so no other model is given a lead force the appraisal did not choose.
fn lead_phrase(case: &Case, preferred: OptionKind) -> String {
    if preferred != OptionKind::LeadForce {
        return String::new();
    }
    case.partners
        .lead()
        .filter(|force| !force.name.trim().is_empty())
        .map(|force| format!(", with {} as the lead force", force.name.trim()))
        .unwrap_or_default()
}

fn split_phrase(case: &Case) -> &'static str {
    match case.finance.split {
        SplitMethod::ByRevenueBudget => "in proportion to each force's annual revenue budget",
        SplitMethod::Equal => "equally between the forces",
        SplitMethod::Custom => "in the percentages agreed between the forces",
    }
}

fn non_empty<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    let text = text.trim();
    if text.is_empty() { fallback } else { text }
}
