//! The checks that make a paper decision-ready (issue 9): the commercial case, the workforce,
//! data protection, estates and ICT, the management case, sign-off, and the contradictions a
//! committee clerk would catch. Each rule is triggered on the complete case and cleared.

mod fixtures;

use casewright::case::commercial::CommercialRoute;
use casewright::case::data_protection::{DataRole, DpiaStatus, PartyRole, PriorConsultation};
use casewright::case::estates_ict::System;
use casewright::case::front_sheet::{
    AgendaPart, BusinessCaseStage, DecisionMaker, DocumentStatus, ProtectiveMarking,
};
use casewright::case::governance::GovernanceItem;
use casewright::case::implementation::{Decision, Recommendation};
use casewright::case::options::{OptionKind, OptionStatus, Score};
use casewright::case::sign_off::{DecisionRecord, OfficerComment, StatutoryOfficer, UserAppendix};
use casewright::case::storage;
use casewright::case::validate::{
    AppendixField, BenefitField, CommentField, CommercialField, DatasetField, FrontSheetField,
    PartyField, RecordField, ReviewField,
};
use casewright::case::workforce::{Consultation, ConsultationStatus, StaffBody};
use casewright::case::{Anchor, Case, Severity, validate};

use fixtures::complete_case;
use fixtures::rules::triggers;

fn appraisal(case: &mut Case, kind: OptionKind) -> &mut casewright::case::options::OptionAppraisal {
    case.options
        .appraisals
        .get_mut(&kind)
        .expect("every option is present")
}

// The front sheet: marking and agenda part agree; the marking is a current one.

#[test]
fn official_sensitive_on_a_public_agenda_item() {
    triggers(
        Anchor::FrontSheet(FrontSheetField::Marking),
        Severity::Error,
        |c| c.front_sheet.marking = ProtectiveMarking::OfficialSensitive,
        |c| {
            c.front_sheet.agenda_part = AgendaPart::Part2;
            c.front_sheet.private_reason = "Tactical detail of armed deployments.".into();
        },
    );
}

#[test]
fn not_protectively_marked_is_obsolete() {
    triggers(
        Anchor::FrontSheet(FrontSheetField::Marking),
        Severity::Warning,
        |c| c.front_sheet.marking = ProtectiveMarking::NotProtectivelyMarked,
        |c| c.front_sheet.marking = ProtectiveMarking::Official,
    );
}

#[test]
fn a_private_item_says_why() {
    triggers(
        Anchor::FrontSheet(FrontSheetField::PrivateReason),
        Severity::Warning,
        |c| c.front_sheet.agenda_part = AgendaPart::Part2,
        |c| c.front_sheet.private_reason = "Commercial terms under negotiation.".into(),
    );
}

#[test]
fn an_email_address_that_is_not_one() {
    triggers(
        Anchor::FrontSheet(FrontSheetField::AuthorEmail),
        Severity::Warning,
        |c| c.front_sheet.author_email = "j.smith at north police".into(),
        |c| c.front_sheet.author_email = "j.smith@north.police.uk".into(),
    );
}

#[test]
fn the_picker_no_longer_offers_the_obsolete_marking_but_old_files_keep_it() {
    assert!(!ProtectiveMarking::ALL.contains(&ProtectiveMarking::NotProtectivelyMarked));
    let mut text = storage::to_ron(&complete_case()).expect("serialises");
    text = text.replace("marking: Official,", "marking: NotProtectivelyMarked,");
    let case = storage::from_ron(&text).expect("an old marking still loads");
    assert_eq!(
        case.front_sheet.marking,
        ProtectiveMarking::NotProtectivelyMarked
    );
    assert_eq!(case.front_sheet.marking.label(), "NOT PROTECTIVELY MARKED");
}

// The options appraisal against itself and the partners.

#[test]
fn a_lead_force_named_under_another_model() {
    triggers(
        Anchor::LeadForce,
        Severity::Warning,
        |c| {
            c.options.set_preferred(OptionKind::SharedFunction);
            let shared = appraisal(c, OptionKind::SharedFunction);
            shared.rationale = "One unit, jointly managed.".into();
            shared.benefits = "One unit.".into();
            shared.risks = "Two tasking chains.".into();
            shared.strategic_fit = Score::new(5);
            shared.practicality = Score::new(4);
            c.recommendations[0].text =
                "that the PCCs and chief constables approve the shared function.".into();
        },
        |c| c.partners.lead_force = None,
    );
}

#[test]
fn a_tier_1_option_ruled_out_without_a_word_on_its_scores() {
    let anchor = Anchor::Option(OptionKind::SharedFunction);
    triggers(
        anchor,
        Severity::Warning,
        |c| {
            let shared = appraisal(c, OptionKind::SharedFunction);
            shared.status = OptionStatus::RuledOut;
            shared.rationale = "Too much governance for a small unit.".into();
            shared.strategic_fit = Score::new(4);
            shared.practicality = Score::new(4);
        },
        |c| {
            appraisal(c, OptionKind::SharedFunction).rationale =
                "Its scores place it in Tier 1, but two tasking chains are too much governance for a small unit.".into();
        },
    );
    triggers(
        anchor,
        Severity::Warning,
        |c| {
            let shared = appraisal(c, OptionKind::SharedFunction);
            shared.status = OptionStatus::RuledOut;
            shared.rationale = "Too much governance for a small unit.".into();
            shared.strategic_fit = Score::new(4);
            shared.practicality = Score::new(4);
        },
        |c| {
            appraisal(c, OptionKind::SharedFunction).rationale =
                "Ruled out despite scoring well: two tasking chains are too much governance for a small unit.".into();
        },
    );
}

#[test]
fn a_ruled_out_option_below_tier_1_needs_only_its_reason() {
    let mut case = complete_case();
    let jv = appraisal(&mut case, OptionKind::JointVenture);
    jv.strategic_fit = Score::new(3);
    jv.practicality = Score::new(1);
    assert!(
        validate(&case)
            .iter()
            .all(|f| f.anchor != Anchor::Option(OptionKind::JointVenture)),
        "{:#?}",
        validate(&case)
    );
}

// The commercial case.

#[test]
fn a_joint_venture_in_contention_needs_a_commercial_route() {
    triggers(
        Anchor::Commercial(CommercialField::Route),
        Severity::Error,
        |c| {
            appraisal(c, OptionKind::JointVenture).status = OptionStatus::Shortlisted;
            c.commercial.route = CommercialRoute::NotDecided;
        },
        |c| c.commercial.route = CommercialRoute::CollaborationAgreement,
    );
}

#[test]
fn a_strategic_outline_case_may_leave_the_commercial_case_until_later() {
    let mut case = complete_case();
    case.front_sheet.stage = BusinessCaseStage::StrategicOutline;
    case.commercial = Default::default();
    assert!(
        validate(&case)
            .iter()
            .all(|f| f.anchor.step() != casewright::case::Step::Commercial),
        "{:#?}",
        validate(&case)
    );
    appraisal(&mut case, OptionKind::Outsourcing).status = OptionStatus::Shortlisted;
    assert!(
        validate(&case)
            .iter()
            .any(|f| f.anchor == Anchor::Commercial(CommercialField::Route)
                && f.severity == Severity::Warning),
        "outsourcing in contention asks for the route even at strategic outline stage"
    );
}

#[test]
fn outsourcing_cannot_be_let_under_a_section_22a_agreement() {
    triggers(
        Anchor::Commercial(CommercialField::Route),
        Severity::Error,
        |c| {
            c.options.set_preferred(OptionKind::Outsourcing);
            c.partners.lead_force = None;
        },
        |c| c.commercial.route = CommercialRoute::Framework,
    );
}

#[test]
fn an_outline_case_sets_out_the_payment_mechanism() {
    triggers(
        Anchor::Commercial(CommercialField::PaymentMechanism),
        Severity::Warning,
        |c| c.commercial.payment_mechanism.clear(),
        |c| c.commercial.payment_mechanism = "Quarterly contributions.".into(),
    );
}

// The workforce.

#[test]
fn each_force_gives_its_officers_and_staff() {
    triggers(
        Anchor::WorkforceForce(1),
        Severity::Error,
        |c| c.workforce.forces.retain(|row| row.force != "South Force"),
        |c| {
            c.workforce
                .forces
                .push(casewright::case::workforce::ForceWorkforce {
                    force: "South Force".into(),
                    officers: Some(0),
                    staff: Some(0),
                    ..Default::default()
                });
        },
    );
}

#[test]
fn officers_involved_say_how_they_work() {
    use casewright::case::workforce::OfficerArrangement;
    triggers(
        Anchor::WorkforceForce(0),
        Severity::Warning,
        |c| c.workforce.forces[0].officer_arrangement = OfficerArrangement::NotAffected,
        |c| c.workforce.forces[0].officer_arrangement = OfficerArrangement::Secondment,
    );
}

#[test]
fn officers_involved_means_the_federation_is_consulted() {
    triggers(
        Anchor::StaffConsultations,
        Severity::Warning,
        |c| {
            c.workforce
                .consultations
                .retain(|c| c.body != StaffBody::PoliceFederation)
        },
        |c| {
            c.workforce.consultations.push(Consultation {
                body: StaffBody::SuperintendentsAssociation,
                status: ConsultationStatus::InProgress,
                notes: "Under way.".into(),
                ..Consultation::default()
            })
        },
    );
}

#[test]
fn another_staff_body_is_named() {
    triggers(
        Anchor::StaffConsultation(1),
        Severity::Error,
        |c| c.workforce.consultations[1].body = StaffBody::Other,
        |c| c.workforce.consultations[1].other_name = "Prospect".into(),
    );
}

#[test]
fn twenty_redundancies_at_one_employer_bring_collective_consultation() {
    triggers(
        Anchor::CollectiveConsultation,
        Severity::Error,
        |c| c.workforce.forces[0].redundancies = Some(20),
        |c| {
            c.workforce.collective_consultation =
                "Section 188 consultation from 1 March; HR1 sent.".into()
        },
    );
    let mut case = complete_case();
    case.workforce.forces[0].redundancies = Some(20);
    let finding = validate(&case)
        .into_iter()
        .find(|f| f.anchor == Anchor::CollectiveConsultation)
        .expect("North Force must consult");
    assert!(
        finding.message.starts_with("North Force proposes 20"),
        "{}",
        finding.message
    );
    // 19 at one employer and 19 at another are 38 across the forces, but neither employer
    // reaches the threshold (the count is for each employer, not for the forces together).
    let mut case = complete_case();
    case.workforce.forces[0].redundancies = Some(19);
    case.workforce.forces[1].staff = Some(19);
    case.workforce.forces[1].redundancies = Some(19);
    assert!(
        validate(&case)
            .iter()
            .all(|f| f.anchor != Anchor::CollectiveConsultation),
        "19 redundancies at each of two employers are below the threshold"
    );
}

#[test]
fn redundancies_are_given_by_employer() {
    // A force whose staff are involved says how many of them its employer would make
    // redundant.
    triggers(
        Anchor::ForceRedundancies(0),
        Severity::Warning,
        |c| c.workforce.forces[0].redundancies = None,
        |c| c.workforce.forces[0].redundancies = Some(0),
    );
    // An older file's one figure for all the forces is asked to be split by employer.
    triggers(
        Anchor::Redundancies,
        Severity::Warning,
        |c| {
            for row in &mut c.workforce.forces {
                row.redundancies = None;
            }
            c.workforce.proposed_redundancies = Some(38);
        },
        |c| {
            c.workforce.forces[0].redundancies = Some(38);
        },
    );
}

#[test]
fn officers_called_employees_are_caught_where_the_text_says_so() {
    let anchor = Anchor::Governance(GovernanceItem::Workforce);
    triggers(
        anchor,
        Severity::Warning,
        |c| {
            c.governance
                .items
                .get_mut(&GovernanceItem::Workforce)
                .expect("present")
                .text = "Officers and staff remain employees of their home force.".into()
        },
        |c| {
            c.governance
                .items
                .get_mut(&GovernanceItem::Workforce)
                .expect("present")
                .text =
                "Officers remain officers of their home force; staff remain its employees.".into()
        },
    );
}

#[test]
fn officers_under_tupe_are_caught_but_not_a_denial_of_it() {
    let anchor = Anchor::WorkforceArrangements;
    triggers(
        anchor,
        Severity::Warning,
        |c| c.workforce.arrangements = "Officers and staff transfer under TUPE.".into(),
        |c| {
            c.workforce.arrangements =
                "Staff transfer under TUPE. TUPE does not apply to officers, who are seconded."
                    .into()
        },
    );
}

#[test]
fn a_file_that_puts_officers_under_tupe_is_refused_with_where() {
    let text = storage::to_ron(&complete_case())
        .expect("serialises")
        .replacen(
            "officer_arrangement: DirectionAndControl",
            "officer_arrangement: Tupe",
            1,
        );
    let error = storage::from_ron(&text).expect_err("officers cannot be under TUPE");
    let message = error.to_string();
    assert!(message.starts_with("line "), "{message}");
    assert!(message.contains("Tupe"), "{message}");
}

// Data protection, estates and ICT.

fn party(name: &str, role: DataRole, document: &str) -> PartyRole {
    PartyRole {
        party: name.into(),
        role,
        document: document.into(),
    }
}

#[test]
fn one_party_is_never_joint_controller_and_processor_of_the_same_data() {
    triggers(
        Anchor::DatasetParty(0, 2, PartyField::Party),
        Severity::Error,
        |c| {
            c.data_protection.datasets[0].parties.push(party(
                "North Force",
                DataRole::Processor,
                "Processing terms.",
            ))
        },
        |c| {
            c.data_protection.datasets[0].parties[2] = party(
                "Records Supplier Ltd",
                DataRole::Processor,
                "System contract.",
            )
        },
    );
}

#[test]
fn joint_controllers_have_an_arrangement() {
    triggers(
        Anchor::DatasetParty(0, 0, PartyField::Document),
        Severity::Error,
        |c| c.data_protection.datasets[0].parties[0].document.clear(),
        |c| c.data_protection.datasets[0].parties[0].document = "Schedule 4.".into(),
    );
}

#[test]
fn a_processor_has_a_contract() {
    triggers(
        Anchor::DatasetParty(0, 2, PartyField::Document),
        Severity::Error,
        |c| {
            c.data_protection.datasets[0].parties.push(party(
                "Records Supplier Ltd",
                DataRole::Processor,
                "",
            ))
        },
        |c| c.data_protection.datasets[0].parties[2].document = "System contract.".into(),
    );
}

#[test]
fn a_joint_controller_has_a_partner() {
    triggers(
        Anchor::DatasetParty(0, 0, PartyField::Party),
        Severity::Error,
        |c| c.data_protection.datasets[0].parties[1].role = DataRole::Controller,
        |c| c.data_protection.datasets[0].parties[0].role = DataRole::Controller,
    );
}

#[test]
fn the_impact_assessment_is_started_and_dated() {
    triggers(
        Anchor::Dataset(0, DatasetField::Dpia),
        Severity::Warning,
        |c| c.data_protection.datasets[0].dpia = DpiaStatus::NotStarted,
        |c| c.data_protection.datasets[0].dpia = DpiaStatus::Completed,
    );
    triggers(
        Anchor::Dataset(0, DatasetField::DpiaDate),
        Severity::Warning,
        |c| c.data_protection.datasets[0].dpia_date = None,
        |c| c.data_protection.datasets[0].dpia_date = Some(fixtures::date(2027, 1, 10)),
    );
}

#[test]
fn high_risk_remaining_means_the_ico_first() {
    triggers(
        Anchor::Dataset(0, DatasetField::PriorConsultation),
        Severity::Warning,
        |c| c.data_protection.datasets[0].prior_consultation = PriorConsultation::Needed,
        |c| c.data_protection.datasets[0].prior_consultation = PriorConsultation::Requested,
    );
}

#[test]
fn an_outline_case_lists_its_datasets() {
    triggers(
        Anchor::Datasets,
        Severity::Warning,
        |c| c.data_protection.datasets.clear(),
        |c| c.front_sheet.stage = BusinessCaseStage::StrategicOutline,
    );
}

#[test]
fn systems_that_change_are_accredited() {
    triggers(
        Anchor::Accreditation,
        Severity::Warning,
        |c| {
            c.estates_ict.systems.push(System {
                name: "Training records".into(),
                ..System::default()
            })
        },
        |c| c.estates_ict.accreditation = "Accredited by the SIRO before go-live.".into(),
    );
}

#[test]
fn sites_are_listed_or_said_to_be_none() {
    triggers(
        Anchor::Sites,
        Severity::Warning,
        |c| c.estates_ict.estates_notes.clear(),
        |c| c.estates_ict.estates_notes = "No site changes.".into(),
    );
}

// The management case.

#[test]
fn an_outline_case_names_its_senior_responsible_owner() {
    triggers(
        Anchor::SeniorResponsibleOwner,
        Severity::Error,
        |c| c.management.senior_responsible_owner.clear(),
        |c| c.management.senior_responsible_owner = "Deputy Chief Constable".into(),
    );
}

#[test]
fn a_benefit_links_to_a_finance_line_that_exists() {
    triggers(
        Anchor::RegisteredBenefit(0, BenefitField::FinanceLine),
        Severity::Warning,
        |c| {
            c.finance.option_mut(OptionKind::LeadForce).lines[1].label =
                "Second range released".into()
        },
        |c| c.management.benefits[0].finance_line = "Second range released".into(),
    );
}

#[test]
fn a_cash_releasing_benefit_is_counted_in_the_finance() {
    triggers(
        Anchor::RegisteredBenefit(0, BenefitField::FinanceLine),
        Severity::Warning,
        |c| c.management.benefits[0].finance_line.clear(),
        |c| {
            c.management.benefits[0].kind =
                casewright::case::management::BenefitKind::NonCashReleasing
        },
    );
}

#[test]
fn a_benefit_counts_towards_a_measure_that_exists() {
    triggers(
        Anchor::RegisteredBenefit(0, BenefitField::MeasureOfSuccess),
        Severity::Warning,
        |c| c.management.benefits[0].measure_of_success = "Range days".into(),
        |c| c.management.benefits[0].measure_of_success = "Training days".into(),
    );
}

#[test]
fn the_review_has_a_date() {
    triggers(
        Anchor::PostImplementationReview(ReviewField::Date),
        Severity::Warning,
        |c| c.management.review.date = None,
        |c| c.management.review.date = Some(fixtures::date(2028, 9, 1)),
    );
}

// Sign-off and the decision.

/// One policing body's officer's comments, in the complete case.
fn comment<'a>(c: &'a mut Case, force: &str, officer: StatutoryOfficer) -> &'a mut OfficerComment {
    c.sign_off
        .decision_record_mut(force)
        .comments
        .entry(officer)
        .or_default()
}

#[test]
fn a_final_paper_has_every_statutory_officers_comments_for_each_policing_body() {
    for (index, force) in [(0, "North Force"), (1, "South Force")] {
        for officer in StatutoryOfficer::ALL {
            triggers(
                Anchor::OfficerComment(index, officer, CommentField::Comment),
                Severity::Error,
                move |c| comment(c, force, officer).comment.clear(),
                move |c| c.front_sheet.status = DocumentStatus::Draft,
            );
        }
    }
}

#[test]
fn one_bodys_comments_do_not_stand_for_another_bodys() {
    // South Force's monitoring officer has not commented; North Force's comments do not
    // count for it.
    let officer = StatutoryOfficer::MonitoringOfficer;
    triggers(
        Anchor::OfficerComment(1, officer, CommentField::Comment),
        Severity::Error,
        move |c| {
            c.sign_off
                .decision_record_mut("South Force")
                .comments
                .remove(&officer);
        },
        move |c| {
            let north = comment(c, "North Force", officer).clone();
            *comment(c, "South Force", officer) = north;
        },
    );
}

#[test]
fn a_statutory_officer_gives_a_name_and_date() {
    let officer = StatutoryOfficer::MonitoringOfficer;
    triggers(
        Anchor::OfficerComment(0, officer, CommentField::Name),
        Severity::Error,
        |c| comment(c, "North Force", officer).name.clear(),
        |c| comment(c, "North Force", officer).name = "A. Officer".into(),
    );
    triggers(
        Anchor::OfficerComment(1, officer, CommentField::Date),
        Severity::Warning,
        |c| comment(c, "South Force", officer).date = Some(fixtures::date(2027, 3, 5)),
        |c| comment(c, "South Force", officer).date = Some(fixtures::date(2027, 3, 1)),
    );
}

#[test]
fn a_draft_paper_is_only_reminded_of_sign_off() {
    let mut case = complete_case();
    case.front_sheet.status = DocumentStatus::Draft;
    case.sign_off = Default::default();
    case.front_sheet.author_phone.clear();
    let findings = validate(&case);
    let sign_off: Vec<_> = findings
        .iter()
        .filter(|f| {
            matches!(
                f.anchor,
                Anchor::OfficerComment(..)
                    | Anchor::DecisionRecord(..)
                    | Anchor::FrontSheet(FrontSheetField::AuthorPhone)
            )
        })
        .collect();
    // Two bodies, each with three officers and a record; and the author's telephone.
    assert_eq!(sign_off.len(), 2 * 3 + 2 + 1, "{sign_off:#?}");
    assert!(sign_off.iter().all(|f| f.severity == Severity::Hint));
}

#[test]
fn a_final_paper_has_each_policing_bodys_decision_record() {
    triggers(
        Anchor::DecisionRecord(1, RecordField::Wording),
        Severity::Error,
        |c| {
            c.sign_off
                .decision_records
                .retain(|r| r.force != "South Force")
        },
        |c| c.front_sheet.decided_by = DecisionMaker::ForInformation,
    );
}

#[test]
fn each_decision_record_gives_its_reasons_considerations_and_interests() {
    type Clear = fn(&mut DecisionRecord) -> &mut String;
    let parts: [(RecordField, Clear, &str); 3] = [
        (RecordField::Reasons, |r| &mut r.reasons, "the reasons"),
        (
            RecordField::EqualityAndHumanRights,
            |r| &mut r.equality_and_human_rights,
            "the equality and human rights considerations",
        ),
        (
            RecordField::InterestsDeclared,
            |r| &mut r.interests_declared,
            "any interests declared",
        ),
    ];
    for (field, part, words) in parts {
        triggers(
            Anchor::DecisionRecord(0, field),
            Severity::Error,
            move |c| part(c.sign_off.decision_record_mut("North Force")).clear(),
            move |c| *part(c.sign_off.decision_record_mut("North Force")) = "Given.".into(),
        );
        let mut case = complete_case();
        part(case.sign_off.decision_record_mut("North Force")).clear();
        assert!(
            validate(&case)
                .iter()
                .any(|f| f.anchor == Anchor::DecisionRecord(0, field)
                    && f.message.contains(words)
                    && f.message.contains("North Force")),
            "{words}"
        );
    }
}

#[test]
fn a_final_paper_gives_the_authors_telephone() {
    triggers(
        Anchor::FrontSheet(FrontSheetField::AuthorPhone),
        Severity::Error,
        |c| c.front_sheet.author_phone.clear(),
        |c| c.front_sheet.author_phone = "01632 960000".into(),
    );
}

#[test]
fn every_appendix_the_text_mentions_exists() {
    let anchor = Anchor::Governance(GovernanceItem::Functions);
    triggers(
        anchor,
        Severity::Error,
        |c| {
            c.governance
                .items
                .get_mut(&GovernanceItem::Functions)
                .expect("present")
                .text = "The service specification is at Appendix B.".into()
        },
        |c| {
            c.sign_off.appendices.push(UserAppendix {
                title: "Service specification".into(),
                text: "Initial and refresher training.".into(),
                ..UserAppendix::default()
            })
        },
    );
    // The revision history is always Appendix A, and another document's appendices are its own.
    let mut case = complete_case();
    case.strategy.scope.proposal =
        "Changes are listed in Appendix A; see Appendix 3 of the guidance and Appendix D of the 2012 strategy.".into();
    assert!(
        validate(&case)
            .iter()
            .all(|f| f.anchor != Anchor::Scope(casewright::case::validate::ScopeField::Proposal)),
        "{:#?}",
        validate(&case)
    );
}

#[test]
fn a_missing_appendix_is_found_in_the_users_own_appendices_too() {
    triggers(
        Anchor::UserAppendix(0, AppendixField::Text),
        Severity::Error,
        |c| {
            c.sign_off.appendices.push(UserAppendix {
                title: "Sites".into(),
                text: "The costs are in Appendix C.".into(),
                ..UserAppendix::default()
            })
        },
        |c| {
            c.sign_off.appendices.push(UserAppendix {
                title: "Costs".into(),
                text: "By site.".into(),
                ..UserAppendix::default()
            })
        },
    );
}

#[test]
fn an_appendix_has_a_title() {
    triggers(
        Anchor::UserAppendix(0, AppendixField::Title),
        Severity::Error,
        |c| {
            c.sign_off.appendices.push(UserAppendix {
                title: String::new(),
                text: "By site.".into(),
                ..UserAppendix::default()
            })
        },
        |c| c.sign_off.appendices[0].title = "Costs by site".into(),
    );
}

// Recommendations that fit who decides.

#[test]
fn nobody_delegates_to_the_pccs_the_signing_of_their_own_agreement() {
    triggers(
        Anchor::Recommendation(1),
        Severity::Warning,
        |c| {
            c.recommendations.push(Recommendation {
                decision: Decision::Delegate,
                text: "authority to the chief constables and PCCs to sign the agreement.".into(),
            })
        },
        |c| {
            c.recommendations[1] = Recommendation {
                decision: Decision::Recommend,
                text: "that the chief constables and PCCs enter into and sign the agreement."
                    .into(),
            }
        },
    );
}

#[test]
fn a_committee_for_information_only_notes() {
    triggers(
        Anchor::Recommendation(0),
        Severity::Warning,
        |c| c.front_sheet.decided_by = DecisionMaker::ForInformation,
        |c| c.recommendations[0].decision = Decision::Note,
    );
}
