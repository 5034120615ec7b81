//! Every piece of free text a case holds, with the [`Anchor`] of the field it is typed in, so
//! the checks that read what the user wrote (an "Appendix C" that does not exist; officers
//! called employees) can send the user to the very field.
//!
//! The parts this module's author owns are destructured in full, so a new text field does not
//! compile until it is listed here. The options and finance parts (another module's, and
//! changing) are read by field name, and their free text lands on the nearest field a finding
//! can reveal: an option's text on its rationale, the options' reasonableness test on the
//! preferred-option picker, the finance notes on the finance lines.
//!
//! Names (of people, forces, committees) and the revision history (which describes earlier
//! versions, appendices and all) are not prose and are left out.

use super::Case;
use super::commercial::Commercial;
use super::data_protection::{DataProtection, Dataset, PartyRole};
use super::estates_ict::{EstatesIct, Site, System};
use super::front_sheet::{AgendaPart, FrontSheet};
use super::management::{Management, PostImplementationReview, RegisteredBenefit};
use super::sign_off::{DecisionRecord, OfficerComment, SignOff, UserAppendix};
use super::validate::{
    Anchor, AppendixField, BenefitField, CommentField, CommercialField, FrontSheetField,
    PartyField, RecordField, ReviewField, RiskField, ScopeField,
};
use super::workforce::{Consultation, Workforce};

/// One piece of the user's text and the field that holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Passage<'a> {
    /// Where a finding about it should send the user.
    pub anchor: Anchor,
    /// The text.
    pub text: &'a str,
}

/// Every non-blank piece of free text in the case, in wizard order.
pub fn passages(case: &Case) -> Vec<Passage<'_>> {
    let mut out = Passages(Vec::new());
    front_sheet(case, &mut out);
    for (i, other) in case.partners.others.iter().enumerate() {
        out.add(Anchor::OtherPartner(i), &other.role);
    }
    strategy(case, &mut out);
    for (kind, appraisal) in &case.options.appraisals {
        let anchor = Anchor::Option(*kind);
        for text in [
            &appraisal.summary,
            &appraisal.rationale,
            &appraisal.benefits,
            &appraisal.costs,
            &appraisal.risks,
            &appraisal.drawbacks,
        ] {
            out.add(anchor, text);
        }
    }
    out.add(Anchor::PreferredOption, &case.options.reasonableness);
    for (kind, option) in &case.finance.options {
        for (i, line) in option.lines.iter().enumerate() {
            out.add(Anchor::FinanceLine(*kind, i), &line.label);
        }
        out.add(Anchor::FinanceOption(*kind), &option.unpriced_benefits);
    }
    out.add(Anchor::ValueForMoney, &case.finance.value_for_money);
    out.add(Anchor::WhyNotHighestNpv, &case.options.why_not_highest_npv);
    // The notes have no field anchor of their own; the finance step opens at its settings.
    out.add(Anchor::FirstYear, &case.finance.notes);
    commercial(&case.commercial, &mut out);
    for (i, risk) in case.risks.risks.iter().enumerate() {
        for (field, text) in [
            (RiskField::Title, &risk.title),
            (RiskField::Description, &risk.description),
            (RiskField::Mitigation, &risk.mitigation),
        ] {
            out.add(Anchor::Risk(i, field), text);
        }
    }
    equality(case, &mut out);
    workforce(&case.workforce, &mut out);
    data_protection(&case.data_protection, &mut out);
    estates_ict(&case.estates_ict, &mut out);
    for (item, entry) in &case.governance.items {
        out.add(Anchor::Governance(*item), &entry.text);
    }
    out.add(Anchor::Delegations, &case.legal.delegations);
    for (challenge, text) in &case.legal.challenges {
        out.add(Anchor::Challenge(*challenge), text);
    }
    management(&case.management, &mut out);
    implementation(case, &mut out);
    sign_off(case, &mut out);
    out.0
}

/// Collects the passages, leaving out blank ones.
struct Passages<'a>(Vec<Passage<'a>>);

impl<'a> Passages<'a> {
    fn add(&mut self, anchor: Anchor, text: &'a str) {
        if !text.trim().is_empty() {
            self.0.push(Passage { anchor, text });
        }
    }
}

fn front_sheet<'a>(case: &'a Case, out: &mut Passages<'a>) {
    let FrontSheet {
        title,
        short_title,
        committee: _,
        meeting_date: _,
        agenda_item: _,
        agenda_part,
        private_reason,
        exempt: _,
        decided_by: _,
        marking: _,
        author: _,
        author_phone: _,
        author_email: _,
        sponsor: _,
        version: _,
        status: _,
        stage: _,
        report_date: _,
        summary,
    } = &case.front_sheet;
    out.add(Anchor::FrontSheet(FrontSheetField::Title), title);
    out.add(Anchor::FrontSheet(FrontSheetField::ShortTitle), short_title);
    if *agenda_part == AgendaPart::Part2 {
        out.add(
            Anchor::FrontSheet(FrontSheetField::PrivateReason),
            private_reason,
        );
    }
    out.add(Anchor::FrontSheet(FrontSheetField::Summary), summary);
}

fn strategy<'a>(case: &'a Case, out: &mut Passages<'a>) {
    let strategy = &case.strategy;
    let scope = &strategy.scope;
    for (field, text) in [
        (ScopeField::FunctionArea, &scope.function_area),
        (ScopeField::CurrentPosition, &scope.current_position),
        (ScopeField::Problem, &scope.problem),
        (ScopeField::Proposal, &scope.proposal),
    ] {
        out.add(Anchor::Scope(field), text);
    }
    for text in strategy.objectives.values() {
        out.add(Anchor::Objectives, text);
    }
    for text in strategy.benefits.values() {
        out.add(Anchor::Benefits, text);
    }
    for text in strategy.principles.values() {
        out.add(Anchor::Principles, text);
    }
    for text in strategy.spr_threats.values() {
        out.add(Anchor::SprThreats, text);
    }
    for measure in &strategy.measures {
        for text in [&measure.measure, &measure.baseline, &measure.target] {
            out.add(Anchor::Measures, text);
        }
    }
}

fn commercial<'a>(commercial: &'a Commercial, out: &mut Passages<'a>) {
    let Commercial {
        route: _,
        route_reason,
        procurement: _,
        procurement_reasoning,
        payment_mechanism,
        term,
        risk_allocation,
        exit_and_stranded_costs,
    } = commercial;
    for (field, text) in [
        (CommercialField::RouteReason, route_reason),
        (CommercialField::ProcurementReasoning, procurement_reasoning),
        (CommercialField::PaymentMechanism, payment_mechanism),
        (CommercialField::Term, term),
        (CommercialField::RiskAllocation, risk_allocation),
        (CommercialField::Exit, exit_and_stranded_costs),
    ] {
        out.add(Anchor::Commercial(field), text);
    }
}

fn equality<'a>(case: &'a Case, out: &mut Passages<'a>) {
    let equality = &case.equality;
    for (aim, text) in &equality.aims {
        out.add(Anchor::EqualityAim(*aim), text);
    }
    for (characteristic, assessment) in &equality.characteristics {
        out.add(
            Anchor::Characteristic(*characteristic),
            &assessment.evidence,
        );
        out.add(
            Anchor::Characteristic(*characteristic),
            &assessment.mitigation,
        );
    }
    out.add(Anchor::HumanRights, &equality.human_rights);
    out.add(Anchor::Consultation, &equality.consultation);
    out.add(Anchor::EqualityOutcome, &equality.outcome_reason);
    out.add(Anchor::WelshLanguage, &equality.welsh_language);
}

fn workforce<'a>(workforce: &'a Workforce, out: &mut Passages<'a>) {
    let Workforce {
        forces: _, // counts and arrangements, no prose
        arrangements,
        pensions,
        consultations,
        proposed_redundancies: _,
        collective_consultation,
    } = workforce;
    out.add(Anchor::WorkforceArrangements, arrangements);
    out.add(Anchor::Pensions, pensions);
    for (i, consultation) in consultations.iter().enumerate() {
        let Consultation {
            body: _,
            other_name: _,
            status: _,
            notes,
        } = consultation;
        out.add(Anchor::StaffConsultation(i), notes);
    }
    out.add(Anchor::CollectiveConsultation, collective_consultation);
}

fn data_protection<'a>(data: &'a DataProtection, out: &mut Passages<'a>) {
    let DataProtection { datasets, notes } = data;
    for (i, dataset) in datasets.iter().enumerate() {
        let Dataset {
            name: _,
            regime: _,
            parties,
            dpia: _,
            dpia_date: _,
            prior_consultation: _,
        } = dataset;
        for (party, role) in parties.iter().enumerate() {
            let PartyRole {
                party: _,
                role,
                document,
            } = role;
            // A sole controller's row shows no document field; its old text is found at
            // the party.
            let field = if role.document().is_some() {
                PartyField::Document
            } else {
                PartyField::Party
            };
            out.add(Anchor::DatasetParty(i, party, field), document);
        }
    }
    out.add(Anchor::DataProtectionNotes, notes);
}

fn estates_ict<'a>(estates: &'a EstatesIct, out: &mut Passages<'a>) {
    let EstatesIct {
        sites,
        estates_notes,
        systems,
        ict_notes,
        accreditation,
    } = estates;
    for (i, site) in sites.iter().enumerate() {
        let Site {
            name: _,
            change: _,
            when: _,
            notes,
        } = site;
        out.add(Anchor::Site(i), notes);
    }
    out.add(Anchor::EstatesNotes, estates_notes);
    for (i, system) in systems.iter().enumerate() {
        let System {
            name: _,
            change: _,
            when: _,
            notes,
        } = system;
        out.add(Anchor::System(i), notes);
    }
    out.add(Anchor::IctNotes, ict_notes);
    out.add(Anchor::Accreditation, accreditation);
}

fn management<'a>(management: &'a Management, out: &mut Passages<'a>) {
    let Management {
        senior_responsible_owner: _,
        benefits,
        review,
    } = management;
    for (i, benefit) in benefits.iter().enumerate() {
        let RegisteredBenefit {
            benefit,
            kind: _,
            measure,
            baseline,
            target,
            owner: _,
            due: _,
            finance_line: _,       // a reference to a finance line, checked as one
            measure_of_success: _, // a reference to a measure, checked as one
        } = benefit;
        for (field, text) in [
            (BenefitField::Benefit, benefit),
            (BenefitField::Measure, measure),
            (BenefitField::Baseline, baseline),
            (BenefitField::Target, target),
        ] {
            out.add(Anchor::RegisteredBenefit(i, field), text);
        }
    }
    let PostImplementationReview {
        date: _,
        owner: _,
        scope,
    } = review;
    out.add(Anchor::PostImplementationReview(ReviewField::Scope), scope);
}

fn implementation<'a>(case: &'a Case, out: &mut Passages<'a>) {
    let implementation = &case.implementation;
    out.add(Anchor::ProgrammeBoard, &implementation.programme_board);
    for (i, milestone) in implementation.milestones.iter().enumerate() {
        out.add(Anchor::Milestone(i), &milestone.title);
    }
    out.add(Anchor::Communications, &implementation.communications);
    out.add(Anchor::NextSteps, &implementation.next_steps);
    for (i, recommendation) in case.recommendations.iter().enumerate() {
        out.add(Anchor::Recommendation(i), &recommendation.text);
    }
}

fn sign_off<'a>(case: &'a Case, out: &mut Passages<'a>) {
    let SignOff {
        decision_records: _, // read force by force below, so a removed force's is skipped
        background_papers: _, // titles of other documents, not prose of ours
        appendices,
    } = &case.sign_off;
    // Each policing body's comments and record are anchored by its force's place in the
    // partners list.
    let records = case.front_sheet.decided_by.leads_to_decision_records();
    for (i, force) in case.partners.forces.iter().enumerate() {
        if force.name.trim().is_empty() {
            continue;
        }
        let Some(DecisionRecord {
            force: _,
            reference: _,
            wording,
            reasons,
            equality_and_human_rights,
            interests_declared,
            comments,
        }) = case.sign_off.decision_record(&force.name)
        else {
            continue;
        };
        for (officer, comment) in comments {
            let OfficerComment {
                name: _,
                date: _,
                comment,
            } = comment;
            out.add(
                Anchor::OfficerComment(i, *officer, CommentField::Comment),
                comment,
            );
        }
        if records {
            for (field, text) in [
                (RecordField::Wording, wording),
                (RecordField::Reasons, reasons),
                (
                    RecordField::EqualityAndHumanRights,
                    equality_and_human_rights,
                ),
                (RecordField::InterestsDeclared, interests_declared),
            ] {
                out.add(Anchor::DecisionRecord(i, field), text);
            }
        }
    }
    for (i, appendix) in appendices.iter().enumerate() {
        let UserAppendix {
            title,
            text,
            exempt: _,
        } = appendix;
        out.add(Anchor::UserAppendix(i, AppendixField::Title), title);
        out.add(Anchor::UserAppendix(i, AppendixField::Text), text);
    }
}
