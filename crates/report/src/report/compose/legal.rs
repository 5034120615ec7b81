//! Legal implications: the powers relied on, accountability and the duty to have regard to
//! the statutory guidance and the Policing Protocol, who decides and signs and what is
//! delegated, the main risks of legal challenge and how each is met, and the agreement's key
//! terms. The law is printed from [`crate::case::law`], with its source; what only the user
//! can know is printed from the case, or shown as missing.

use crate::case::commercial::{CommercialRoute, ProcurementPosition};
use crate::case::front_sheet::{AgendaPart, DecisionMaker};
use crate::case::governance::{GovernanceItem, ItemStatus};
use crate::case::law;
use crate::case::legal::Challenge;
use crate::case::options::OptionKind;
use crate::case::validate::{CommercialField, ForceField};
use crate::case::validate::{applies, successors_needed};
use crate::case::{Anchor, Case};
use crate::report::document::Column;

use super::{Paper, cell, cell_or_gap, gap, non_empty};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    paper.section("Legal implications");
    powers(case, paper);
    accountability(case, paper);
    decisions(case, paper);
    challenges(case, paper);
    key_terms(case, paper);
    exempt_information(case, paper);
    paper.note(&law::SOURCES_NOTE.cited());
}

/// The powers the proposal relies on: section 22A where the forces collaborate, and where the
/// arrangement stands under procurement law.
fn powers(case: &Case, paper: &mut Paper) {
    paper.subsection("Powers relied on");
    let collaborates = case
        .options
        .preferred()
        .is_none_or(|kind| !kind.is_baseline());
    if collaborates {
        paper.paragraph(law::POWER_22A.cited());
        paper.paragraph(law::TEST_CONSIDERATIONS.cited());
        paper.paragraph(law::IN_WRITING.cited());
    } else {
        paper.paragraph("The preferred option keeps the service as it is, so no new collaboration agreement is needed.");
    }
    paper.paragraph(law::PROCUREMENT.cited());
    let commercial = &case.commercial;
    if commercial.route == CommercialRoute::NotDecided {
        paper.note(gap(case));
        return;
    }
    paper.key_values(vec![
        ("Route", commercial.route.label().to_owned()),
        (
            "Procurement position",
            if commercial.procurement == ProcurementPosition::NotAssessed {
                gap(case).to_owned()
            } else {
                commercial.procurement.label().to_owned()
            },
        ),
        (
            "Reasoning",
            cell_or_gap(case, &commercial.procurement_reasoning),
        ),
    ]);
    paper.items_from(
        [
            CommercialField::Route,
            CommercialField::Procurement,
            CommercialField::ProcurementReasoning,
        ]
        .map(|field| Some(Anchor::Commercial(field))),
    );
}

/// Accountability and the duty to have regard to the guidance and the Policing Protocol.
fn accountability(case: &Case, paper: &mut Paper) {
    paper.subsection("Accountability and the statutory guidance");
    paper.paragraph(law::ACCOUNTABILITY.cited());
    paper.paragraph(law::HAVE_REGARD.cited());
    for item in [
        GovernanceItem::Accountability,
        GovernanceItem::SprAndPolicingProtocol,
    ] {
        let text = case
            .governance
            .items
            .get(&item)
            .map_or("", |entry| entry.text.as_str());
        if !text.trim().is_empty() {
            paper.paragraph(format!("{}: {}", item.label(), text.trim()));
        }
    }
}

/// Who decides for each policing body, who signs, and any delegation.
fn decisions(case: &Case, paper: &mut Paper) {
    paper.subsection("Decisions, delegations and signing");
    if case.front_sheet.decided_by == DecisionMaker::JointBoard {
        paper.paragraph(law::JOINT_BOARD.cited());
    }
    paper.paragraph(law::DECISION_RECORDS.cited());
    let rows: Vec<Vec<String>> = case
        .partners
        .forces
        .iter()
        .enumerate()
        .map(|(i, force)| {
            vec![
                force.display_name(i),
                non_empty(&force.policing_body, "—").to_owned(),
                format!(
                    "{}: {}",
                    capitalised(force.body_kind.office()),
                    non_empty(&force.commissioner, "not yet named")
                ),
                cell(&force.chief_constable),
            ]
        })
        .collect();
    paper.table_or_note(
        vec![
            Column::text("Force", 1.3),
            Column::text("Policing body", 1.3),
            Column::text("Decides and signs for the policing body", 2.0),
            Column::text("Chief constable", 1.4),
        ],
        rows,
        "No forces have been named yet.",
    );
    paper.cells_from((0..case.partners.forces.len()).map(|i| {
        let field = |field| Some(Anchor::Force(i, field));
        vec![
            field(ForceField::Name),
            field(ForceField::PolicingBody),
            field(ForceField::Commissioner),
            field(ForceField::ChiefConstable),
        ]
    }));
    paper
        .field(Anchor::Delegations)
        .text_or_gap(case, &case.legal.delegations);
}

/// The main risks of challenge, and how each is met.
fn challenges(case: &Case, paper: &mut Paper) {
    paper.subsection("Risks of legal challenge");
    let rows = Challenge::ALL
        .into_iter()
        .map(|challenge| {
            let answer = case.legal.answer(challenge);
            let how = if !answer.trim().is_empty() {
                answer.trim().to_owned()
            } else if applies(case, challenge) {
                gap(case).to_owned()
            } else {
                does_not_arise(challenge).to_owned()
            };
            vec![challenge.label().to_owned(), how]
        })
        .collect();
    paper.table(
        vec![
            Column::text("Risk", 1.6),
            Column::text("How it is met", 4.0),
        ],
        rows,
    );
    paper.items_from(Challenge::ALL.map(|challenge| Some(Anchor::Challenge(challenge))));
}

/// Why a risk of challenge does not arise, printed only where [`applies`] says so.
fn does_not_arise(challenge: Challenge) -> &'static str {
    match challenge {
        Challenge::JudicialReview => "Any decision can be reviewed; see the equality implications.",
        Challenge::ProcurementRemedies => {
            "The case records that no party supplies another for payment, so no public contract is let; see the reasoning above."
        }
        Challenge::EmploymentClaims => {
            "No officers or staff move, so no employment claims arise from the change."
        }
        Challenge::IcoEnforcement => {
            "The case records no personal data shared or processed by the collaboration."
        }
    }
}

/// The agreement's key terms, from the governance items.
fn key_terms(case: &Case, paper: &mut Paper) {
    paper.subsection("Key terms of the agreement");
    let successors = successors_needed(case);
    let terms = [
        (
            GovernanceItem::ConductAndComplaints,
            "Conduct and complaints",
        ),
        (
            GovernanceItem::AssetsAndLiabilities,
            "Liability and indemnities",
        ),
        (
            GovernanceItem::IntellectualProperty,
            "Intellectual property",
        ),
        (GovernanceItem::Confidentiality, "Confidentiality"),
        (GovernanceItem::ReviewVariationAndExit, "Variation and exit"),
        (GovernanceItem::SuccessorBodies, "Successor bodies"),
    ];
    let printed: Vec<(GovernanceItem, &str)> = terms
        .into_iter()
        .filter(|(item, _)| {
            *item != GovernanceItem::SuccessorBodies
                || successors.is_some()
                || has_text(case, *item)
        })
        .collect();
    let rows = printed
        .iter()
        .map(|&(item, label)| {
            let entry = case
                .governance
                .items
                .get(&item)
                .cloned()
                .unwrap_or_default();
            let text = if entry.text.trim().is_empty() {
                gap(case).to_owned()
            } else {
                entry.text.trim().to_owned()
            };
            vec![label.to_owned(), entry.status.label().to_owned(), text]
        })
        .collect();
    paper.table(
        vec![
            Column::text("Term", 1.3),
            Column::text("Status", 0.9),
            Column::text("What the agreement provides", 3.4),
        ],
        rows,
    );
    paper.items_from(
        printed
            .iter()
            .map(|(item, _)| Some(Anchor::Governance(*item))),
    );
    // After the table, so the heading and the table can share a page.
    if successors.is_some() {
        let last = case
            .finance
            .first_year
            .saturating_add(i32::try_from(case.finance.years).unwrap_or(i32::MAX));
        paper.paragraph(format!(
            "{} In this case the appraisal runs to {last}.",
            law::SUCCESSOR_BODIES.cited()
        ));
    }
    if case.options.preferred() == Some(OptionKind::JointVenture)
        || has_status(
            case,
            GovernanceItem::DirectionAndControl,
            ItemStatus::Agreed,
        )
    {
        paper.paragraph(law::DIRECTION_AND_CONTROL.cited());
    }
}

fn has_text(case: &Case, item: GovernanceItem) -> bool {
    case.governance
        .items
        .get(&item)
        .is_some_and(|entry| !entry.text.trim().is_empty())
}

fn has_status(case: &Case, item: GovernanceItem, status: ItemStatus) -> bool {
    case.governance
        .items
        .get(&item)
        .is_some_and(|entry| entry.status == status)
}

/// What is withheld from the public, and on what exemption: printed where anything is.
fn exempt_information(case: &Case, paper: &mut Paper) {
    let front = &case.front_sheet;
    let private = front.agenda_part == AgendaPart::Part2;
    let exempt_appendices: Vec<String> = crate::case::sign_off::appendices(case)
        .into_iter()
        .filter_map(|appendix| match appendix.content {
            crate::case::sign_off::AppendixContent::User(index) => {
                let exempt = case.sign_off.appendices[index].exempt;
                exempt
                    .is_exempt()
                    .then(|| format!("Appendix {} ({})", appendix.letter, exempt.label()))
            }
            crate::case::sign_off::AppendixContent::BuiltIn(_) => None,
        })
        .collect();
    if !private && exempt_appendices.is_empty() {
        return;
    }
    paper.subsection("Information withheld from publication");
    paper.paragraph(law::EXEMPT_INFORMATION.cited());
    if private {
        paper.paragraph(format!(
            "This item is taken in private: {}.",
            if front.exempt.is_exempt() {
                front.exempt.label()
            } else {
                "the exempt-information category has not been given"
            }
        ));
    }
    if !exempt_appendices.is_empty() {
        paper.paragraph(format!(
            "Withheld from publication: {}.",
            crate::format::and_list(&exempt_appendices)
        ));
    }
}

/// `text` with its first letter in capitals.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
