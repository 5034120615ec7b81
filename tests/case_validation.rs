//! Each validation rule, triggered on a complete case and cleared again.

mod fixtures;

use casewright::case::equality::{EqualityOutcome, Impact, ProtectedCharacteristic, PsedAim};
use casewright::case::finance::{
    FallsIn, FinanceLine, OptimismCategory, OwnRates, SavingsShare, SplitMethod,
};
use casewright::case::governance::{GovernanceItem, ItemStatus};
use casewright::case::money::{Money, Percent};
use casewright::case::options::{OptionKind, OptionStatus};
use casewright::case::partners::Nation;
use casewright::case::validate::{ForceField, FrontSheetField, RiskField, Tally};
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
        Anchor::Force(1, ForceField::Budget),
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
        Anchor::Risk(0, RiskField::Owner),
        Severity::Error,
        |c| c.risks.risks[0].owner.clear(),
        |c| c.risks.risks[0].owner = "Head of Training".into(),
    );
}

#[test]
fn high_risk_without_mitigation() {
    triggers(
        Anchor::Risk(0, RiskField::Mitigation),
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
        Anchor::Risk(0, RiskField::Likelihood),
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
    // An item due by the case's stage (the board, by the outline business case) is an error;
    // one the full business case settles (dispute resolution) is a warning until then.
    for (item, severity) in [
        (GovernanceItem::GovernanceBoard, Severity::Error),
        (GovernanceItem::Disputes, Severity::Warning),
    ] {
        triggers(
            Anchor::Governance(item),
            severity,
            |c| c.governance.items.get_mut(&item).expect("present").status = ItemStatus::NotStarted,
            |c| c.governance.items.get_mut(&item).expect("present").status = ItemStatus::InDraft,
        );
    }
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

/// The lead force's lines in the complete case.
fn lead_lines(case: &mut Case) -> &mut Vec<FinanceLine> {
    &mut case.finance.option_mut(OptionKind::LeadForce).lines
}

#[test]
fn the_preferred_option_without_figures() {
    triggers(
        Anchor::FinanceOption(OptionKind::LeadForce),
        Severity::Error,
        |c| lead_lines(c).clear(),
        |c| *c = complete_case(),
    );
}

#[test]
fn a_shortlisted_option_without_figures() {
    triggers(
        Anchor::FinanceOption(OptionKind::SharedFunction),
        Severity::Warning,
        |c| {
            c.options
                .appraisals
                .get_mut(&OptionKind::SharedFunction)
                .expect("present")
                .status = OptionStatus::Shortlisted
        },
        |c| {
            c.finance
                .copy_lines(OptionKind::LeadForce, OptionKind::SharedFunction)
        },
    );
}

#[test]
fn negative_npv_for_the_preferred_option_needs_a_reason() {
    triggers(
        Anchor::ValueForMoney,
        Severity::Warning,
        |c| lead_lines(c)[0].amounts[0] = Money::pounds(1_000_000),
        |c| c.finance.value_for_money = "It is the only way to keep a licensed range.".into(),
    );
}

#[test]
fn a_rationale_that_calls_the_preferred_option_the_highest_npv_when_it_is_not() {
    triggers(
        Anchor::Option(OptionKind::LeadForce),
        Severity::Warning,
        |c| {
            let appraisal = c
                .options
                .appraisals
                .get_mut(&OptionKind::LeadForce)
                .expect("present");
            appraisal.rationale = "It has the highest net present value.".into();
            let mut better = c.finance.option(OptionKind::LeadForce).lines.clone();
            better[0].amounts[0] = Money::pounds(50_000);
            c.finance.option_mut(OptionKind::SharedFunction).lines = better;
        },
        |c| {
            c.finance.option_mut(OptionKind::SharedFunction).lines[0].amounts[0] =
                Money::pounds(200_000)
        },
    );
}

#[test]
fn own_optimism_bias_without_a_reason() {
    triggers(
        Anchor::OwnRates(OptionKind::LeadForce),
        Severity::Warning,
        |c| {
            let mut rates = c.finance.optimism_rates.clone();
            *rates.rate_mut(OptimismCategory::Other) = Percent(500);
            c.finance.option_mut(OptionKind::LeadForce).own_rates = Some(OwnRates {
                optimism_rates: rates,
                ..OwnRates::default()
            });
        },
        |c| {
            if let Some(own) = &mut c.finance.option_mut(OptionKind::LeadForce).own_rates {
                own.reason = "The refit is let at a fixed price.".into();
            }
        },
    );
}

#[test]
fn own_rates_that_match_the_case_need_no_reason() {
    let mut case = complete_case();
    let rates = case.finance.optimism_rates.clone();
    case.finance.option_mut(OptionKind::LeadForce).own_rates = Some(OwnRates {
        optimism_rates: rates,
        ..OwnRates::default()
    });
    assert!(
        !validate(&case)
            .iter()
            .any(|f| f.anchor == Anchor::OwnRates(OptionKind::LeadForce))
    );
}

#[test]
fn a_force_that_gives_more_than_it_gains_is_named() {
    triggers(
        Anchor::SplitMethod,
        Severity::Hint,
        |c| {
            c.finance.savings_share = SavingsShare::WhereTheyFall;
            lead_lines(c)[1].falls_in = FallsIn::Force("North Force".into());
        },
        |c| c.finance.savings_share = SavingsShare::BySplit,
    );
    let mut case = complete_case();
    case.finance.savings_share = SavingsShare::WhereTheyFall;
    lead_lines(&mut case)[1].falls_in = FallsIn::Force("North Force".into());
    let hint = validate(&case)
        .into_iter()
        .find(|f| f.anchor == Anchor::SplitMethod)
        .expect("a hint");
    // South Force pays a quarter of the £100,000 refit and keeps none of the savings.
    assert!(
        hint.message.starts_with(
            "South Force is a net contributor: over the period it pays £25,000 more than it saves"
        ),
        "{}",
        hint.message
    );
}

#[test]
fn a_line_in_a_force_that_is_not_a_partner() {
    triggers(
        Anchor::FinanceLine(OptionKind::LeadForce, 0),
        Severity::Error,
        |c| lead_lines(c)[0].falls_in = FallsIn::Force("West Force".into()),
        |c| lead_lines(c)[0].falls_in = FallsIn::Force("North Force".into()),
    );
}

// ---- Plausible ranges: a figure a committee must never read ----

#[test]
fn a_line_over_ten_billion_pounds_in_a_year() {
    triggers(
        Anchor::FinanceLine(OptionKind::LeadForce, 0),
        Severity::Error,
        |c| lead_lines(c)[0].amounts[0] = Money::pounds(10_000_000_001),
        |c| lead_lines(c)[0].amounts[0] = Money::pounds(10_000_000_000),
    );
}

#[test]
fn a_first_year_outside_2000_to_2100() {
    for year in [1999, 2101, i32::MIN, i32::MAX] {
        triggers(
            Anchor::FirstYear,
            Severity::Error,
            |c| c.finance.first_year = year,
            |c| c.finance.first_year = 2100,
        );
    }
}

#[test]
fn an_optimism_bias_over_300_percent() {
    triggers(
        Anchor::OptimismRate(OptimismCategory::EquipmentAndDevelopment),
        Severity::Error,
        |c| {
            *c.finance
                .optimism_rates
                .rate_mut(OptimismCategory::EquipmentAndDevelopment) = Percent(30_001)
        },
        |c| {
            *c.finance
                .optimism_rates
                .rate_mut(OptimismCategory::EquipmentAndDevelopment) = Percent(20_000)
        },
    );
}

#[test]
fn a_discount_rate_outside_0_to_20_percent() {
    triggers(
        Anchor::DiscountRate,
        Severity::Error,
        |c| c.finance.discount_rate = Percent(2_001),
        |c| c.finance.discount_rate = Percent(350),
    );
}

#[test]
fn inflation_and_the_savings_adjustment_are_checked_too() {
    triggers(
        Anchor::Inflation,
        Severity::Error,
        |c| c.finance.inflation = Percent(5_000),
        |c| c.finance.inflation = Percent(200),
    );
    triggers(
        Anchor::SavingsAdjustment,
        Severity::Error,
        |c| c.finance.savings_adjustment = Percent(10_001),
        |c| c.finance.savings_adjustment = Percent(1_000),
    );
}

/// Yearly costs of about £92,233,720,368,547,758 (the largest amount the program can hold):
/// the totals overflow, and `check` must say so rather than add up capped numbers.
#[test]
fn figures_too_large_to_add_up_are_an_error_never_a_capped_total() {
    let mut case = complete_case();
    for amount in &mut lead_lines(&mut case)[0].amounts {
        *amount = Money(i64::MAX);
    }
    let findings = validate(&case);
    assert!(Tally::of(&findings).errors >= 2, "{findings:#?}");
    assert!(
        findings
            .iter()
            .any(|f| f.anchor == Anchor::FinanceOption(OptionKind::LeadForce)
                && f.severity == Severity::Error
                && f.message.contains("too large to add up")),
        "{findings:#?}"
    );
    assert!(
        !findings
            .iter()
            .any(|f| f.message.contains("net present value")),
        "no figure worked out from capped sums: {findings:#?}"
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
            "a lead force arrangement for firearms training, with North Force as the lead force"
        ),
        "{drafts:#?}"
    );
    assert!(drafts.iter().any(|r| r.text.contains("section 22A")));
    // The figures are live: the paper prints them as they stand.
    let figures = casewright::case::figures::Figures::of(&case);
    let net = casewright::case::figures::render("{{total_net as=\"size\"}}", &figures);
    assert!(
        drafts.iter().any(|r| {
            let text = casewright::case::figures::render(&r.text, &figures);
            text.contains(&format!("a net saving of {net} in cash over 5 years"))
                && text.contains("net present value £10,192 against business as usual")
        }),
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

/// Borrowing with no MRP method is a finding on the capital financing settings, cleared once
/// the method and the asset life are given; the paper then shows the charges by year.
#[test]
fn borrowing_needs_its_provision_method_and_the_paper_shows_the_charges() {
    use casewright::case::finance::financing::{CapitalFinancing, MrpMethod};
    use casewright::case::finance::{Flow, FundingSource, Spending};
    let mut case = complete_case();
    let preferred = case.options.preferred().expect("preferred");
    let line = case
        .finance
        .option_mut(preferred)
        .lines
        .iter_mut()
        .find(|line| matches!(line.flow, Flow::Cost { .. }))
        .expect("a cost line");
    line.spending = Spending::Capital;
    if let Flow::Cost { funding, .. } = &mut line.flow {
        *funding = FundingSource::Borrowing;
    }
    let named = |case: &casewright::case::Case| {
        validate(case)
            .iter()
            .any(|f| f.anchor == Anchor::CapitalFinancing && f.message.contains("borrowing"))
    };
    assert!(named(&case), "borrowing without a method is named");
    let words = |case: &casewright::case::Case| {
        casewright::report::pages(case)
            .body_text()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let paper = words(&case);
    assert!(paper.contains("does not yet say how the minimum revenue provision"));
    case.finance.capital_financing = CapitalFinancing {
        method: MrpMethod::Annuity,
        asset_life_years: 10,
        interest_rate: Percent(450),
    };
    assert!(!named(&case), "cleared once the settings are given");
    let paper = words(&case);
    assert!(paper.contains("Capital financing"), "the section prints");
    assert!(paper.contains("asset life, annuity"));
}
