//! Each validation rule, triggered on a complete case and cleared again.

mod fixtures;

use casewright::case::equality::{EqualityOutcome, Impact, ProtectedCharacteristic, PsedAim};
use casewright::case::finance::SplitMethod;
use casewright::case::governance::{GovernanceItem, ItemStatus};
use casewright::case::money::{Money, Percent};
use casewright::case::options::{OptionKind, OptionStatus};
use casewright::case::partners::Nation;
use casewright::case::validate::{FrontSheetField, Tally};
use casewright::case::{Anchor, Case, Severity, Step, validate};

use fixtures::complete_case;
use fixtures::rules::triggers;

#[test]
fn the_complete_case_has_no_errors_or_warnings() {
    let findings = validate(&complete_case());
    let tally = Tally::of(&findings);
    assert_eq!((tally.errors, tally.warnings), (0, 0), "{findings:#?}");
}

#[test]
fn an_empty_case_is_not_ready_and_findings_come_in_step_order() {
    let findings = validate(&Case::default());
    assert!(Tally::of(&findings).errors > 10);
    let steps: Vec<Step> = findings.iter().map(|f| f.anchor.step()).collect();
    assert!(steps.windows(2).all(|w| w[0] <= w[1]));
    assert!(findings.iter().all(|f| !f.message.trim().is_empty()));
}

#[test]
fn no_preferred_option() {
    triggers(
        Anchor::PreferredOption,
        Severity::Error,
        |c| {
            c.options
                .appraisals
                .get_mut(&OptionKind::LeadForce)
                .expect("present")
                .status = OptionStatus::Shortlisted
        },
        |c| c.options.set_preferred(OptionKind::LeadForce),
    );
}

#[test]
fn two_preferred_options_in_a_hand_edited_file() {
    triggers(
        Anchor::PreferredOption,
        Severity::Error,
        |c| {
            c.options
                .appraisals
                .get_mut(&OptionKind::JointVenture)
                .expect("present")
                .status = OptionStatus::Preferred
        },
        |c| c.options.set_preferred(OptionKind::LeadForce),
    );
}

#[test]
fn model_ruled_out_without_rationale() {
    let anchor = Anchor::Option(OptionKind::Outsourcing);
    triggers(
        anchor,
        Severity::Error,
        |c| {
            c.options
                .appraisals
                .get_mut(&OptionKind::Outsourcing)
                .expect("present")
                .rationale
                .clear()
        },
        |c| {
            c.options
                .appraisals
                .get_mut(&OptionKind::Outsourcing)
                .expect("present")
                .rationale = "Market too thin.".into()
        },
    );
}

#[test]
fn option_not_assessed() {
    triggers(
        Anchor::Option(OptionKind::AdHoc),
        Severity::Warning,
        |c| {
            c.options
                .appraisals
                .get_mut(&OptionKind::AdHoc)
                .expect("present")
                .status = OptionStatus::NotAssessed
        },
        |c| {
            c.options
                .appraisals
                .get_mut(&OptionKind::AdHoc)
                .expect("present")
                .status = OptionStatus::RuledOut
        },
    );
}

#[test]
fn split_percentages_not_summing_to_one_hundred() {
    triggers(
        Anchor::SplitMethod,
        Severity::Error,
        |c| {
            c.finance.split = SplitMethod::Custom;
            c.partners.forces[0].custom_share = Percent(6000);
            c.partners.forces[1].custom_share = Percent(3000);
        },
        |c| c.partners.forces[1].custom_share = Percent(4000),
    );
}

#[test]
fn partner_with_no_budget_when_splitting_by_budget() {
    triggers(
        Anchor::Force(1),
        Severity::Error,
        |c| c.partners.forces[1].annual_revenue_budget = Money::ZERO,
        |c| c.finance.split = SplitMethod::Equal,
    );
}

#[test]
fn fewer_than_two_forces() {
    triggers(
        Anchor::Forces,
        Severity::Error,
        |c| {
            c.partners.remove_force(1);
        },
        |c| {
            let mut second = c.partners.forces[0].clone();
            second.name = "East Force".into();
            c.partners.forces.push(second);
        },
    );
}

#[test]
fn lead_force_model_without_a_lead() {
    triggers(
        Anchor::LeadForce,
        Severity::Error,
        |c| c.partners.lead_force = None,
        |c| c.partners.lead_force = Some(1),
    );
}

#[test]
fn negative_equality_impact_without_mitigation() {
    let characteristic = ProtectedCharacteristic::PregnancyAndMaternity;
    triggers(
        Anchor::Characteristic(characteristic),
        Severity::Error,
        |c| {
            c.equality
                .characteristics
                .get_mut(&characteristic)
                .expect("present")
                .impact = Impact::Negative
        },
        |c| {
            c.equality
                .characteristics
                .get_mut(&characteristic)
                .expect("present")
                .mitigation =
                "Training days scheduled within school hours; local refresher sessions kept.".into()
        },
    );
}

#[test]
fn no_regard_recorded_for_any_psed_aim() {
    triggers(
        Anchor::EqualityAim(PsedAim::AdvanceEquality),
        Severity::Error,
        |c| c.equality.aims.values_mut().for_each(String::clear),
        |c| {
            c.equality
                .aims
                .values_mut()
                .for_each(|t| t.push_str("Considered."))
        },
    );
}

#[test]
fn equality_outcome_not_decided() {
    triggers(
        Anchor::EqualityOutcome,
        Severity::Error,
        |c| c.equality.outcome = EqualityOutcome::NotYetDecided,
        |c| c.equality.outcome = EqualityOutcome::AdjustProposal,
    );
}

#[test]
fn welsh_force_without_welsh_language_standards() {
    triggers(
        Anchor::WelshLanguage,
        Severity::Error,
        |c| c.partners.forces[1].nation = Nation::Wales,
        |c| {
            c.equality.welsh_language =
                "Bilingual communications; Welsh-speaking trainers available.".into()
        },
    );
}

#[test]
fn high_risk_without_owner() {
    triggers(
        Anchor::Risk(0),
        Severity::Error,
        |c| c.risks.risks[0].owner.clear(),
        |c| c.risks.risks[0].owner = "Head of Training".into(),
    );
}

#[test]
fn high_risk_without_mitigation() {
    triggers(
        Anchor::Risk(0),
        Severity::Error,
        |c| c.risks.risks[0].mitigation.clear(),
        |c| {
            c.risks.risks[0].likelihood = 1;
            c.risks.risks[0].residual_likelihood = 1;
        },
    );
}

#[test]
fn risk_scored_outside_the_matrix() {
    triggers(
        Anchor::Risk(0),
        Severity::Error,
        |c| c.risks.risks[0].impact = 6,
        |c| c.risks.risks[0].impact = 5,
    );
}

#[test]
fn rating_thresholds_out_of_order() {
    triggers(
        Anchor::RiskSettings,
        Severity::Error,
        |c| c.risks.settings.thresholds.high_from = 20,
        |c| c.risks.settings.thresholds.very_high_from = 21,
    );
}

#[test]
fn governance_item_not_addressed() {
    let item = GovernanceItem::Disputes;
    triggers(
        Anchor::Governance(item),
        Severity::Error,
        |c| c.governance.items.get_mut(&item).expect("present").status = ItemStatus::NotStarted,
        |c| c.governance.items.get_mut(&item).expect("present").status = ItemStatus::InDraft,
    );
}

#[test]
fn missing_front_sheet_fields() {
    for (field, clear) in [
        (
            FrontSheetField::Title,
            (|c: &mut Case| c.front_sheet.title.clear()) as fn(&mut Case),
        ),
        (FrontSheetField::Committee, |c| {
            c.front_sheet.committee.clear()
        }),
        (FrontSheetField::Author, |c| c.front_sheet.author.clear()),
        (FrontSheetField::Sponsor, |c| c.front_sheet.sponsor.clear()),
        (FrontSheetField::MeetingDate, |c| {
            c.front_sheet.meeting_date = None
        }),
        (FrontSheetField::Summary, |c| c.front_sheet.summary.clear()),
    ] {
        triggers(Anchor::FrontSheet(field), Severity::Error, clear, |c| {
            *c = complete_case()
        });
    }
}

#[test]
fn no_recommendations() {
    triggers(
        Anchor::Recommendations,
        Severity::Error,
        |c| c.recommendations.clear(),
        |c| c.recommendations = casewright::case::recommend::draft_recommendations(c),
    );
}

#[test]
fn empty_financial_case() {
    triggers(
        Anchor::FinanceLines,
        Severity::Error,
        |c| c.finance.lines.clear(),
        |c| *c = complete_case(),
    );
}

#[test]
fn negative_npv_for_a_collaboration_is_questioned() {
    triggers(
        Anchor::FinanceLines,
        Severity::Warning,
        |c| c.finance.lines[0].amounts[0] = Money::pounds(1_000_000),
        |c| c.finance.lines[0].amounts[0] = Money::pounds(100_000),
    );
}

#[test]
fn every_anchor_maps_to_a_form_step_not_review() {
    for finding in validate(&Case::default()) {
        assert_ne!(finding.anchor.step(), Step::Review, "{finding:?}");
    }
}

#[test]
fn drafted_recommendations_follow_the_choices_made() {
    let case = complete_case();
    let drafts = casewright::case::recommend::draft_recommendations(&case);
    assert!(
        drafts[0].text.contains(
            "lead force option for Firearms training, with North Force as the lead force"
        ),
        "{drafts:#?}"
    );
    assert!(drafts.iter().any(|r| r.text.contains("section 22A")));
    assert!(
        drafts
            .iter()
            .any(|r| r.text.contains("net saving of £20,000 over 5 years")),
        "{drafts:#?}"
    );
    assert!(casewright::case::recommend::draft_recommendations(&Case::default()).is_empty());
}

#[test]
fn a_draft_paper_is_flagged_before_committee() {
    use casewright::case::front_sheet::DocumentStatus;
    triggers(
        Anchor::FrontSheet(FrontSheetField::Status),
        Severity::Hint,
        |c| c.front_sheet.status = DocumentStatus::Draft,
        |c| c.front_sheet.status = DocumentStatus::Final,
    );
}
