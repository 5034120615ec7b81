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
use super::figures::catalogue::{OptionMeasure, TotalMeasure};
use super::figures::{Figure, MoneyStyle};
use super::finance::SplitMethod;
use super::front_sheet::DecisionMaker;
use super::implementation::{Decision, Recommendation};
use super::money::Money;
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
                "{} for {area}{}, as set out in the options appraisal",
                model(preferred),
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
        // Live figures, so the recommendation follows the tables as the figures change.
        let net = Figure::Total {
            measure: TotalMeasure::Net,
            year: None,
        };
        let npv = Figure::Option(result.kind, OptionMeasure::Npv);
        let net_words = if result.total_net() < Money::ZERO {
            "a net cost"
        } else {
            "a net saving"
        };
        drafts.push(worded(
            &who,
            Decision::Agree,
            format!(
                "that costs and savings are shared {}, giving {net_words} of {} in cash over {} years (net present value {} against business as usual)",
                split_phrase(case),
                net.reference(MoneyStyle::Size),
                case.finance.years,
                npv.reference(MoneyStyle::Pounds)
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
                "the equality impact assessment, which {}.",
                equality_finding(case.equality.outcome)
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
        "{}{} approves {} for {area}{}, as set out in the report to the {}",
        office[..1].to_uppercase(),
        &office[1..],
        model(preferred),
        lead_phrase(case, preferred),
        non_empty(&case.front_sheet.committee, "joint board")
    );
    if let Some(date) = case.front_sheet.meeting_date {
        wording.push_str(&format!(" of {}", date.format("%-d %B %Y")));
    }
    if !preferred.is_baseline() {
        // Every other party to the agreement, each named once, in one list: this force's
        // chief constable, then each other force's chief constable and policing body.
        let mut parties = vec![format!(
            "the chief constable of {}",
            this.display_name(force)
        )];
        for (i, other) in case.partners.forces.iter().enumerate() {
            if i == force {
                continue;
            }
            parties.push(format!("the chief constable of {}", other.display_name(i)));
            let body = other.policing_body.trim();
            if !body.is_empty() {
                parties.push(format!("the {body}"));
            }
        }
        wording.push_str(&format!(
            ", and agrees to enter into and sign, with {}",
            and_list(&parties)
        ));
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

/// The model in plain words, as a decision names it: "a lead force arrangement".
pub fn model(kind: OptionKind) -> &'static str {
    match kind {
        OptionKind::BusinessAsUsual => "carrying on as now, each force alone",
        OptionKind::DoMinimum => "the do-minimum option",
        OptionKind::AdHoc => "ad hoc collaboration",
        OptionKind::SharedFunction => "a shared function",
        OptionKind::StrategicAlliance => "a strategic alliance",
        OptionKind::LeadForce => "a lead force arrangement",
        OptionKind::JointVenture => "a joint venture",
        OptionKind::Outsourcing => "outsourcing the service",
    }
}

/// What the equality impact assessment found, as the decision maker is asked to note it.
fn equality_finding(outcome: EqualityOutcome) -> &'static str {
    match outcome {
        EqualityOutcome::NotYetDecided => "has not yet reached a finding",
        EqualityOutcome::NoMajorChange => "finds that no major change to the proposal is needed",
        EqualityOutcome::AdjustProposal => {
            "finds that the proposal should be adjusted to remove barriers or better advance equality, as the report sets out"
        }
        EqualityOutcome::ContinueWithJustification => {
            "finds an adverse impact and sets out why the proposal should continue nonetheless"
        }
        EqualityOutcome::StopAndRethink => {
            "finds that unlawful discrimination is likely, so the proposal should not go ahead as it stands"
        }
    }
}

/// The most words of the scope a decision names before it is summarised.
const SCOPE_WORDS: usize = 12;

/// The function the collaboration covers, summarised for a decision: its first clause (up to
/// a colon, semicolon, full stop or dash), without trailing punctuation, and at most
/// [`SCOPE_WORDS`] words; "the service" while it is unnamed.
pub fn function_area(case: &Case) -> String {
    summarise_scope(&case.strategy.scope.function_area)
}

/// [`function_area`] for any scope text.
pub fn summarise_scope(scope: &str) -> String {
    let first = scope
        .split([':', ';', '\n', '(', '…'])
        .next()
        .unwrap_or("")
        .split(". ")
        .next()
        .unwrap_or("")
        .split(" – ")
        .next()
        .unwrap_or("")
        .split(" - ")
        .next()
        .unwrap_or("");
    let words: Vec<&str> = first.split_whitespace().collect();
    let mut summary = words[..words.len().min(SCOPE_WORDS)].join(" ");
    while summary.ends_with(|c: char| c.is_ascii_punctuation() || c == '…') {
        summary.pop();
    }
    let summary = summary.trim();
    if summary.is_empty() {
        return "the service".to_owned();
    }
    // A scope starts with a capital as a heading does; in the middle of a decision it does
    // not, unless its first word is a name ("Roads policing" → "roads policing", but
    // "ICT services" and "Welsh-language support" keep theirs).
    let mut chars = summary.chars();
    let first_word = summary.split_whitespace().next().unwrap_or("");
    let is_name = first_word.chars().skip(1).any(char::is_uppercase)
        || [
            "Welsh", "English", "National", "South", "North", "East", "West",
        ]
        .iter()
        .any(|name| first_word.starts_with(name));
    match chars.next() {
        Some(first) if !is_name => first.to_lowercase().chain(chars).collect(),
        _ => summary.to_owned(),
    }
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
