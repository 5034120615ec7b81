//! Governance and the legal basis: the statutory items of a section 22A agreement, what each
//! stage must have agreed, the parties against the partners, successor bodies for a long
//! agreement, the board, and the legal implications the user supplies.

use super::{Anchor, Findings, Severity, blank};
use crate::case::Case;
use crate::case::front_sheet::{BusinessCaseStage, DocumentStatus};
use crate::case::governance::{GovernanceItem, ItemStatus};
use crate::case::law;
use crate::case::legal::Challenge;
use crate::case::partners::Force;

/// The year from which the government's announced plan would abolish PCCs.
pub const PCC_ABOLITION_YEAR: i32 = 2028;

/// Words in an item's text that put off what the agreement must settle.
const DEFERRALS: [&str; 8] = [
    "to be decided",
    "to be agreed",
    "to be confirmed",
    "tbc",
    "tbd",
    "after go-live",
    "not applicable",
    "n/a",
];

pub(super) fn check(case: &Case, out: &mut Findings) {
    let stage = case.front_sheet.stage;
    let is_final = case.front_sheet.status == DocumentStatus::Final;
    let successors_needed = successors_needed(case);
    for item in GovernanceItem::ALL {
        let anchor = Anchor::Governance(item);
        let entry = case.governance.items.get(&item);
        let (status, text) = entry.map_or((ItemStatus::NotStarted, ""), |e| {
            (e.status, e.text.as_str())
        });
        let label = item.label();
        let required = item.is_statutory()
            || (item == GovernanceItem::SuccessorBodies && successors_needed.is_some());
        if required && status == ItemStatus::NotApplicable {
            out.error(
                anchor,
                if item == GovernanceItem::SuccessorBodies {
                    format!("Governance: \"{label}\" cannot be not applicable: {}", successors_needed.clone().unwrap_or_default())
                } else {
                    format!("Governance: \"{label}\" is a matter every section 22A agreement must settle (Police Act 1996 and the statutory guidance), so it cannot be not applicable.")
                },
            );
            continue;
        }
        let due = item.drafted_by() <= stage;
        match status {
            ItemStatus::NotStarted if item == GovernanceItem::SuccessorBodies => {
                if let Some(why) = &successors_needed {
                    out.push(
                        if due {
                            Severity::Error
                        } else {
                            Severity::Warning
                        },
                        anchor,
                        format!("Governance: set out terms for successor bodies: {why}"),
                    );
                }
            }
            ItemStatus::NotStarted => out.push(
                if due {
                    Severity::Error
                } else {
                    Severity::Warning
                },
                anchor,
                format!("Governance: \"{label}\" has not been addressed."),
            ),
            ItemStatus::NotApplicable if blank(text) => out.warning(
                anchor,
                format!("Governance: say why \"{label}\" does not apply."),
            ),
            ItemStatus::InDraft | ItemStatus::Agreed if blank(text) => out.warning(
                anchor,
                format!("Governance: \"{label}\" has a status but no text."),
            ),
            _ => {}
        }
        if required && stage == BusinessCaseStage::Full && status == ItemStatus::InDraft {
            out.push(
                if is_final { Severity::Error } else { Severity::Warning },
                anchor,
                format!("Governance: \"{label}\" must be agreed before a full business case goes to the decision; it is still in draft."),
            );
        }
        if required
            && stage >= BusinessCaseStage::Outline
            && status != ItemStatus::NotApplicable
            && let Some(deferral) = deferral(text)
        {
            out.error(
                anchor,
                format!("Governance: \"{label}\" says \"{deferral}\", but the agreement must settle it before it is signed."),
            );
        }
    }
    parties(case, out);
    let board = &case.governance.board;
    if blank(&board.chair) {
        out.warning(Anchor::Board, "Name who chairs the governance board.");
    }
    if board.members.iter().all(|member| blank(member)) {
        out.warning(Anchor::Board, "List the members of the governance board.");
    }
    legal(case, out);
}

/// The first deferring phrase in `text`, if any.
fn deferral(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    DEFERRALS.into_iter().find(|phrase| {
        lower
            .match_indices(phrase)
            .any(|(at, _)| word_boundary(&lower, at, phrase.len()))
    })
}

/// Whether the match at `at..at + len` stands as words ("tbc", not "tbcs").
fn word_boundary(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Why the agreement needs terms for successor bodies, or `None` when it does not: an
/// appraisal period that runs past April 2028 with a commissioner among the parties.
pub fn successors_needed(case: &Case) -> Option<String> {
    let commissioners = case
        .partners
        .forces
        .iter()
        .any(|force| force.body_kind.is_commissioner());
    let years = i32::try_from(case.finance.years).ok()?;
    let last = case.finance.first_year.checked_add(years)?;
    (commissioners && last > PCC_ABOLITION_YEAR).then(|| {
        format!(
            "the appraisal runs to {last}, past {PCC_ABOLITION_YEAR}, when the government plans to abolish Police and Crime Commissioners ({}).",
            law::SUCCESSOR_BODIES.source
        )
    })
}

/// The parties named in the agreement must be the partners: every force's chief constable
/// and every policing body, each named.
fn parties(case: &Case, out: &mut Findings) {
    let anchor = Anchor::Governance(GovernanceItem::Parties);
    let text = case
        .governance
        .items
        .get(&GovernanceItem::Parties)
        .map_or("", |entry| entry.text.as_str());
    let status = case
        .governance
        .items
        .get(&GovernanceItem::Parties)
        .map_or(ItemStatus::NotStarted, |entry| entry.status);
    if blank(text) || status == ItemStatus::NotApplicable {
        return;
    }
    let lower = text.to_lowercase();
    let names_bodies = [
        "commissioner",
        "pcc",
        "pfcc",
        "mayor",
        "mopac",
        "common council",
        "policing bod",
    ]
    .iter()
    .any(|word| lower.contains(word));
    if !names_bodies || lower.contains("sign alone") {
        out.error(
            anchor,
            "Governance: the parties must include each policing body as well as each chief constable (Police Act 1996, s22A): name them in \"Parties and signatories\".",
        );
    }
    for (i, force) in case.partners.forces.iter().enumerate() {
        if blank(&force.name) {
            continue;
        }
        if !mentions(&lower, force) {
            out.error(
                anchor,
                format!(
                    "Governance: the parties named in the agreement leave out {}, which is a partner.",
                    force.display_name(i)
                ),
            );
        }
    }
}

/// Whether lower-cased `text` names `force`: by its name, its area (the name without
/// "Police", "Constabulary" or "Police Service") or its policing body.
fn mentions(text: &str, force: &Force) -> bool {
    let name = force.name.trim().to_lowercase();
    let area = ["police service", "constabulary", "police"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))
        .unwrap_or(&name)
        .trim()
        .to_owned();
    let body = force.policing_body.trim().to_lowercase();
    [name.as_str(), area.as_str(), body.as_str()]
        .iter()
        .any(|candidate| !candidate.is_empty() && text.contains(candidate))
}

/// The user's part of the legal implications: who signs and any delegation, and how each risk
/// of challenge is met, expected from the outline business case.
fn legal(case: &Case, out: &mut Findings) {
    let stage = case.front_sheet.stage;
    if stage < BusinessCaseStage::Outline {
        return;
    }
    let severity =
        if stage == BusinessCaseStage::Full && case.front_sheet.status == DocumentStatus::Final {
            Severity::Error
        } else {
            Severity::Warning
        };
    if blank(&case.legal.delegations) {
        out.push(
            severity,
            Anchor::Delegations,
            "Legal implications: say who signs the agreement for each party, and any delegation (whose power, to whom).",
        );
    }
    for challenge in Challenge::ALL {
        if applies(case, challenge) && blank(case.legal.answer(challenge)) {
            out.push(
                severity,
                Anchor::Challenge(challenge),
                format!(
                    "Legal implications: say how the risk of {} is met.",
                    challenge.label().to_lowercase()
                ),
            );
        }
    }
}

/// Whether a risk of challenge arises from the case as it stands: procurement only where a
/// contract is or may be let, employment only where people move, the ICO only where data is
/// shared. Judicial review can follow any decision.
pub fn applies(case: &Case, challenge: Challenge) -> bool {
    use crate::case::commercial::ProcurementPosition;
    match challenge {
        Challenge::JudicialReview => true,
        Challenge::ProcurementRemedies => {
            case.commercial.procurement != ProcurementPosition::NoPublicContract
        }
        Challenge::EmploymentClaims => {
            case.workforce.staff_affected() || case.workforce.officers_affected()
        }
        Challenge::IcoEnforcement => !case.data_protection.datasets.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deferrals_are_found_as_words() {
        assert_eq!(
            deferral("Joint accountability to be decided after go-live"),
            Some("to be decided")
        );
        assert_eq!(deferral("Terms TBC."), Some("tbc"));
        assert_eq!(deferral("The tbcs of the board"), None);
        assert_eq!(deferral("Agreed by both PCCs"), None);
    }

    #[test]
    fn a_force_is_mentioned_by_name_area_or_body() {
        let force = Force {
            name: "Thames Valley Police".into(),
            policing_body: "Thames Valley PCC".into(),
            ..Force::default()
        };
        assert!(mentions("the chief constable of thames valley", &force));
        assert!(mentions("thames valley police and hampshire", &force));
        assert!(!mentions("hampshire and isle of wight", &force));
    }
}
