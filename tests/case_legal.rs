//! The rules that let a monitoring officer sign the paper (issue 27): the statutory items of a
//! section 22A agreement, what each stage must have agreed, the parties against the partners,
//! who decides and what a joint board may do, exempt information, procurement reasoning,
//! transfers, data protection and the equality outcome. Each rule is triggered on the complete
//! case and cleared; then two edited copies of an example are refused with an error for each
//! fault, and no example's paper prints a statement of law the reference contradicts.

mod fixtures;

use std::path::Path;

use casewright::case::commercial::ProcurementPosition;
use casewright::case::data_protection::{Dataset, DpiaStatus, PartyRole, Regime};
use casewright::case::equality::{EqualityOutcome, Impact, ProtectedCharacteristic};
use casewright::case::front_sheet::{
    AgendaPart, BusinessCaseStage, DecisionMaker, DocumentStatus, ExemptInformation,
};
use casewright::case::governance::{GovernanceItem, ItemStatus};
use casewright::case::implementation::{Decision, Recommendation};
use casewright::case::law;
use casewright::case::legal::Challenge;
use casewright::case::options::OptionKind;
use casewright::case::partners::PolicingBodyKind;
use casewright::case::recommend::{draft_decision_record, draft_recommendations};
use casewright::case::sign_off::UserAppendix;
use casewright::case::storage;
use casewright::case::validate::{
    AppendixField, CommercialField, DatasetField, ForceField, FrontSheetField,
};
use casewright::case::workforce::{ConsultationStatus, StaffArrangement};
use casewright::case::{Anchor, Case, Severity, validate};

use fixtures::complete_case;
use fixtures::rules::triggers;

fn item(
    case: &mut Case,
    item: GovernanceItem,
) -> &mut casewright::case::governance::GovernanceEntry {
    case.governance
        .items
        .get_mut(&item)
        .expect("every item is present")
}

fn errors(case: &Case) -> Vec<String> {
    validate(case)
        .into_iter()
        .filter(|finding| finding.severity == Severity::Error)
        .map(|finding| finding.message)
        .collect()
}

#[test]
fn a_statutory_item_is_never_not_applicable_at_any_stage() {
    for stage in BusinessCaseStage::ALL {
        for statutory in GovernanceItem::STATUTORY {
            let mut case = complete_case();
            case.front_sheet.stage = stage;
            item(&mut case, statutory).status = ItemStatus::NotApplicable;
            let found = validate(&case).into_iter().any(|f| {
                f.anchor == Anchor::Governance(statutory)
                    && f.severity == Severity::Error
                    && f.message.contains("cannot be not applicable")
            });
            assert!(found, "{statutory:?} at {stage:?}");
        }
    }
    for other in [GovernanceItem::Location, GovernanceItem::Disputes] {
        let mut case = complete_case();
        item(&mut case, other).status = ItemStatus::NotApplicable;
        assert!(
            !errors(&case)
                .iter()
                .any(|m| m.contains("cannot be not applicable")),
            "{other:?} may be not applicable"
        );
    }
}

#[test]
fn what_each_stage_must_have_agreed_is_required_at_that_stage() {
    let anchor = Anchor::Governance(GovernanceItem::Payments);
    // Payments is drafted by the outline business case: a strategic outline case may leave it.
    let mut case = complete_case();
    item(&mut case, GovernanceItem::Payments).status = ItemStatus::NotStarted;
    case.front_sheet.stage = BusinessCaseStage::StrategicOutline;
    assert!(
        validate(&case)
            .iter()
            .any(|f| f.anchor == anchor && f.severity == Severity::Warning)
    );
    case.front_sheet.stage = BusinessCaseStage::Outline;
    assert!(
        validate(&case)
            .iter()
            .any(|f| f.anchor == anchor && f.severity == Severity::Error)
    );
    // A Final full business case needs it agreed; a draft one is warned.
    triggers(
        anchor,
        Severity::Error,
        |c| {
            c.front_sheet.stage = BusinessCaseStage::Full;
            item(c, GovernanceItem::Payments).status = ItemStatus::InDraft;
        },
        |c| item(c, GovernanceItem::Payments).status = ItemStatus::Agreed,
    );
    triggers(
        anchor,
        Severity::Warning,
        |c| {
            c.front_sheet.stage = BusinessCaseStage::Full;
            c.front_sheet.status = DocumentStatus::Draft;
            item(c, GovernanceItem::Payments).status = ItemStatus::InDraft;
        },
        |c| item(c, GovernanceItem::Payments).status = ItemStatus::Agreed,
    );
    // Text that puts the matter off is refused once the case is past its strategic outline.
    triggers(
        Anchor::Governance(GovernanceItem::Accountability),
        Severity::Error,
        |c| item(c, GovernanceItem::Accountability).text = "To be decided after go-live.".into(),
        |c| {
            item(c, GovernanceItem::Accountability).text =
                "Jointly at the governance board each quarter.".into()
        },
    );
}

#[test]
fn the_parties_named_are_the_partners_with_their_policing_bodies() {
    let anchor = Anchor::Governance(GovernanceItem::Parties);
    triggers(
        anchor,
        Severity::Error,
        |c| {
            item(c, GovernanceItem::Parties).text =
                "The chief constables of North Force and South Force sign alone.".into()
        },
        |c| {
            item(c, GovernanceItem::Parties).text =
                "The chief constables of North Force and South Force and both PCCs.".into()
        },
    );
    triggers(
        anchor,
        Severity::Error,
        |c| {
            item(c, GovernanceItem::Parties).text =
                "The Chief Constable and PCC of North Force.".into()
        },
        |c| {
            item(c, GovernanceItem::Parties).text =
                "The Chief Constables and PCCs of North Force and South Force.".into()
        },
    );
    triggers(
        Anchor::Force(1, ForceField::PolicingBody),
        Severity::Error,
        |c| c.partners.forces[1].policing_body.clear(),
        |c| c.partners.forces[1].policing_body = "South Force PCC".into(),
    );
    triggers(
        Anchor::Force(1, ForceField::Commissioner),
        Severity::Error,
        |c| c.partners.forces[1].commissioner.clear(),
        |c| c.partners.forces[1].commissioner = "Q. Commissioner".into(),
    );
}

#[test]
fn successor_bodies_are_needed_past_2028_for_commissioners_only() {
    let anchor = Anchor::Governance(GovernanceItem::SuccessorBodies);
    for kind in PolicingBodyKind::ALL {
        let mut case = complete_case();
        for force in &mut case.partners.forces {
            force.body_kind = kind;
        }
        item(&mut case, GovernanceItem::SuccessorBodies).status = ItemStatus::NotApplicable;
        case.finance.first_year = 2027;
        case.finance.years = 5;
        let flagged = validate(&case)
            .iter()
            .any(|f| f.anchor == anchor && f.severity == Severity::Error);
        assert_eq!(flagged, kind.is_commissioner(), "{kind:?}");
        case.finance.years = 1;
        assert!(
            !validate(&case)
                .iter()
                .any(|f| f.anchor == anchor && f.severity == Severity::Error)
        );
    }
}

#[test]
fn a_joint_board_recommends_and_never_approves_or_delegates() {
    for decision in [Decision::Approve, Decision::Agree, Decision::Delegate] {
        triggers(
            Anchor::Recommendation(0),
            Severity::Error,
            |c| {
                c.front_sheet.decided_by = DecisionMaker::JointBoard;
                c.recommendations = vec![Recommendation {
                    decision,
                    text: "the preferred option.".into(),
                }];
            },
            |c| c.recommendations[0].decision = Decision::Recommend,
        );
    }
    // A delegation to officers the board does not employ is refused whatever its verb.
    triggers(
        Anchor::Recommendation(0),
        Severity::Error,
        |c| {
            c.front_sheet.decided_by = DecisionMaker::JointBoard;
            c.recommendations = vec![Recommendation {
                decision: Decision::Recommend,
                text: "delegating authority to the commissioners' chief executives to sign.".into(),
            }];
        },
        |c| {
            c.recommendations[0].text =
                "that the PCCs and chief constables sign the agreement.".into()
        },
    );
    // The policing bodies themselves may delegate their own powers, naming whose.
    let mut case = complete_case();
    case.front_sheet.decided_by = DecisionMaker::PccsAndChiefConstables;
    case.recommendations = vec![Recommendation {
        decision: Decision::Delegate,
        text: "to each commissioner's chief executive the approval of the annual service plan."
            .into(),
    }];
    assert!(errors(&case).is_empty(), "{:#?}", errors(&case));
}

#[test]
fn the_drafts_name_each_office_as_it_is() {
    let expectations = [
        (
            PolicingBodyKind::Pcc,
            "The Police and Crime Commissioner approves",
        ),
        (
            PolicingBodyKind::Pfcc,
            "The Police, Fire and Crime Commissioner approves",
        ),
        (PolicingBodyKind::Mayor, "The Mayor approves"),
        (
            PolicingBodyKind::Mopac,
            "The Deputy Mayor for Policing and Crime approves",
        ),
        (
            PolicingBodyKind::CommonCouncil,
            "The Court of Common Council approves",
        ),
    ];
    for (kind, opening) in expectations {
        let mut case = complete_case();
        case.partners.forces[0].body_kind = kind;
        let record = draft_decision_record(&case, 0).expect("a preferred option");
        assert!(record.starts_with(opening), "{kind:?}: {record}");
        for decided_by in DecisionMaker::ALL {
            case.front_sheet.decided_by = decided_by;
            let drafts = draft_recommendations(&case);
            if decided_by == DecisionMaker::JointBoard {
                assert!(
                    drafts
                        .iter()
                        .all(|r| matches!(r.decision, Decision::Recommend | Decision::Note))
                );
                assert!(
                    drafts
                        .iter()
                        .any(|r| r.text.contains(&case.partners.deciding_offices())),
                    "{kind:?}: {drafts:#?}"
                );
            }
            case.recommendations = drafts;
            assert!(
                !validate(&case)
                    .iter()
                    .any(|f| matches!(f.anchor, Anchor::Recommendation(_))
                        && f.severity == Severity::Error),
                "{kind:?} {decided_by:?}: {:#?}",
                validate(&case)
            );
        }
    }
}

#[test]
fn no_major_change_cannot_stand_beside_a_negative_impact() {
    triggers(
        Anchor::EqualityOutcome,
        Severity::Error,
        |c| {
            let assessment = c
                .equality
                .characteristics
                .get_mut(&ProtectedCharacteristic::Disability)
                .expect("present");
            assessment.impact = Impact::Negative;
            assessment.mitigation = "Reasonable adjustments.".into();
        },
        |c| {
            c.equality.outcome = EqualityOutcome::AdjustProposal;
        },
    );
}

#[test]
fn a_part_2_paper_names_its_exempt_information() {
    triggers(
        Anchor::FrontSheet(FrontSheetField::Exempt),
        Severity::Error,
        |c| {
            c.front_sheet.agenda_part = AgendaPart::Part2;
            c.front_sheet.private_reason = "Prices ahead of a call-off.".into();
        },
        |c| c.front_sheet.exempt = ExemptInformation::CommercialInterests,
    );
}

#[test]
fn commercially_confidential_figures_cannot_sit_in_a_public_appendix() {
    triggers(
        Anchor::UserAppendix(0, AppendixField::Exempt),
        Severity::Error,
        |c| {
            c.sign_off.appendices.push(UserAppendix {
                title: "Soft market testing".into(),
                text: "Indicative prices, commercially confidential.".into(),
                ..UserAppendix::default()
            })
        },
        |c| c.sign_off.appendices[0].exempt = ExemptInformation::CommercialInterests,
    );
}

#[test]
fn the_procurement_position_is_reasoned_and_fits_the_route() {
    triggers(
        Anchor::Commercial(CommercialField::Procurement),
        Severity::Error,
        |c| c.commercial.procurement = ProcurementPosition::NotAssessed,
        |c| c.commercial.procurement = ProcurementPosition::HorizontalArrangement,
    );
    triggers(
        Anchor::Commercial(CommercialField::ProcurementReasoning),
        Severity::Error,
        |c| c.commercial.procurement_reasoning.clear(),
        |c| c.commercial.procurement_reasoning = "Below the threshold: £40,000 a year.".into(),
    );
    triggers(
        Anchor::Commercial(CommercialField::Procurement),
        Severity::Error,
        |c| c.commercial.procurement = ProcurementPosition::Procured,
        |c| c.commercial.procurement = ProcurementPosition::BelowThreshold,
    );
}

#[test]
fn a_final_full_business_case_follows_concluded_consultation() {
    triggers(
        Anchor::StaffConsultation(0),
        Severity::Error,
        |c| {
            c.front_sheet.stage = BusinessCaseStage::Full;
            c.workforce.consultations[0].status = ConsultationStatus::InProgress;
        },
        |c| c.workforce.consultations[0].status = ConsultationStatus::Concluded,
    );
}

#[test]
fn a_tupe_transfer_between_forces_reasons_regulation_3_5_and_13() {
    triggers(
        Anchor::WorkforceArrangements,
        Severity::Warning,
        |c| {
            let row = c
                .workforce
                .forces
                .iter_mut()
                .find(|r| r.staff.unwrap_or(0) > 0)
                .expect("staff row");
            row.staff_arrangement = StaffArrangement::Tupe;
        },
        |c| {
            c.workforce.arrangements.push_str(" TUPE applies because the transfer is not one of administrative functions (regulation 3(5)); the employers inform and consult under regulation 13.");
        },
    );
}

#[test]
fn a_shared_law_enforcement_dataset_needs_its_impact_assessment() {
    triggers(
        Anchor::Dataset(0, DatasetField::Dpia),
        Severity::Error,
        |c| {
            c.data_protection.datasets = vec![Dataset {
                name: "Case files".into(),
                regime: Regime::LawEnforcement,
                parties: vec![
                    PartyRole {
                        party: "North Force".into(),
                        ..PartyRole::default()
                    },
                    PartyRole {
                        party: "South Force".into(),
                        ..PartyRole::default()
                    },
                ],
                dpia: DpiaStatus::NotRequired,
                ..Dataset::default()
            }];
        },
        |c| {
            c.data_protection.datasets[0].dpia = DpiaStatus::Completed;
            c.data_protection.datasets[0].dpia_date = c.front_sheet.meeting_date;
        },
    );
    // The prior-consultation test is the regime's own.
    assert!(
        Regime::LawEnforcement
            .prior_consultation_test()
            .contains("absence of measures")
    );
    assert!(
        Regime::UkGdpr
            .prior_consultation_test()
            .contains("not been mitigated")
    );
}

#[test]
fn the_legal_implications_are_asked_for_from_the_outline_business_case() {
    triggers(
        Anchor::Delegations,
        Severity::Warning,
        |c| c.legal.delegations.clear(),
        |c| c.legal.delegations = "Each party signs for itself.".into(),
    );
    triggers(
        Anchor::Challenge(Challenge::JudicialReview),
        Severity::Error,
        |c| {
            c.front_sheet.stage = BusinessCaseStage::Full;
            c.legal
                .challenges
                .insert(Challenge::JudicialReview, String::new());
        },
        |c| {
            c.legal.challenges.insert(
                Challenge::JudicialReview,
                "Due regard before deciding.".into(),
            );
        },
    );
}

/// The faults of an edited copy: each must be refused with an error whose message names it.
fn refused(path: &str, faults: &[(&str, &str)]) {
    let case = storage::load(Path::new(path)).expect("the copy loads");
    let errors = errors(&case);
    for (fault, words) in faults {
        assert!(
            errors.iter().any(|message| message.contains(words)),
            "{path}: no error for {fault} ({words:?}) in {errors:#?}"
        );
    }
}

#[test]
fn an_example_with_its_statutory_items_waved_through_is_refused() {
    refused(
        "tests/fixtures/legal/thames-valley-waved-through.ron",
        &[
            (
                "parties not applicable",
                "\"Parties and signatories\" is a matter every section 22A agreement must settle",
            ),
            (
                "the test not applicable",
                "\"Efficiency or effectiveness test\" is a matter",
            ),
            ("publication not applicable", "\"Publication\" is a matter"),
            (
                "accountability deferred",
                "\"Joint accountability\" says \"to be decided\"",
            ),
            (
                "a commissioner unnamed",
                "Name the Police and Crime Commissioner of Hampshire",
            ),
            (
                "a law enforcement DPIA not required",
                "it cannot be screened out",
            ),
            (
                "consultation in progress",
                "is in progress, but the full business case is Final",
            ),
            (
                "a joint board that approves",
                "a joint board cannot approve",
            ),
        ],
    );
}

#[test]
fn an_example_with_no_reasons_is_refused() {
    refused(
        "tests/fixtures/legal/thames-valley-no-reasons.ron",
        &[
            (
                "a delegation the board does not hold",
                "a joint board holds none of the powers it would delegate",
            ),
            (
                "no major change beside a negative impact",
                "\"no major change needed\", but a negative impact",
            ),
            (
                "a Part 2 paper with no exemption",
                "must name the category of exempt information",
            ),
        ],
    );
}

#[test]
fn no_example_paper_prints_a_statement_of_law_the_reference_contradicts() {
    for entry in std::fs::read_dir("assets/examples").expect("examples") {
        let path = entry.expect("entry").path();
        let case = storage::load(&path).expect("example loads");
        let text = format!("{:?}", casewright::report::compose::compose(&case)).to_lowercase();
        for wrong in law::MISSTATEMENTS {
            assert!(
                !text.contains(wrong),
                "{}: prints {wrong:?}",
                path.display()
            );
        }
        for statement in [
            law::POWER_22A,
            law::PROCUREMENT,
            law::DATA_REGIMES,
            law::PSED,
        ] {
            assert!(
                text.contains(&statement.source.to_lowercase()),
                "{}: the paper does not cite {}",
                path.display(),
                statement.source
            );
        }
        assert!(text.contains("legal implications"), "{}", path.display());
    }
    assert!(
        OptionKind::JointVenture
            .direction_and_control()
            .contains("chief officer of police")
    );
}
