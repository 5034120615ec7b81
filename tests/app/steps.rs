//! The finance, risks, equality, governance and implementation steps, used as a person uses
//! them: find fields by their label, type, choose, click, and check the case changed as the
//! person meant. No GPU is needed: nothing here renders an image.

use casewright::app::commands::Action;
use casewright::app::derived::Derived;
use casewright::app::form::Form;
use casewright::app::steps::equality::EqualityStep;
use casewright::app::steps::finance::FinanceStep;
use casewright::app::steps::governance::GovernanceStep;
use casewright::app::steps::implementation::ImplementationStep;
use casewright::app::steps::options::OptionsStep;
use casewright::app::steps::risks::RisksStep;
use casewright::app::steps::{StepContext, Wizard, WizardStep};
use casewright::case::finance::{
    FallsIn, FinanceLine, Flow, FlowKind, OptimismCategory, Prices, SplitMethod,
};
use casewright::case::governance::{GovernanceItem, ItemStatus};
use casewright::case::implementation::Decision;
use casewright::case::options::{OptionKind, OptionStatus};
use casewright::case::partners::{Force, Nation};
use casewright::case::recommend::draft_recommendations;
use casewright::case::risk::{Risk, SUGGESTED_RISKS};
use casewright::case::{Anchor, Case, Money, Percent, Recommendation};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// One step and everything it works on, held by the test harness between frames.
struct Screen<S> {
    case: Case,
    step: S,
    /// The field asked for; a widget that takes it clears it.
    focus: Option<Anchor>,
    actions: Vec<Action>,
}

impl<S: WizardStep> Screen<S> {
    /// Draws the step inside a scroll area, as the app does, with the checks on the case as it
    /// stands (so fields with errors are marked, as in the app).
    fn draw(&mut self, ui: &mut egui::Ui) {
        let derived = Derived::of(&self.case, &Wizard::default());
        egui::ScrollArea::vertical().show(ui, |ui| {
            let page = StepContext {
                case: &mut self.case,
                checks: derived.checks(),
                appraisal: derived.appraisal(),
                actions: &mut self.actions,
                to_do: &std::collections::BTreeSet::new(),
            };
            let findings = &derived.checks().findings;
            self.step
                .ui(&mut Form::new(ui, &mut self.focus, findings), page);
        });
    }
}

/// A harness showing step `S` in a window tall enough that every field can be clicked
/// without scrolling.
fn harness<S: WizardStep + Default + 'static>(case: Case) -> Harness<'static, Screen<S>> {
    harness_sized::<S>(case, egui::vec2(1400.0, 4400.0))
}

/// A harness showing step `S` in a window of `size`.
fn harness_sized<S: WizardStep + Default + 'static>(
    case: Case,
    size: egui::Vec2,
) -> Harness<'static, Screen<S>> {
    harness_of(S::default(), case, size)
}

/// A harness showing `step` in a window of `size`.
fn harness_of<S: WizardStep + 'static>(
    step: S,
    case: Case,
    size: egui::Vec2,
) -> Harness<'static, Screen<S>> {
    Harness::builder()
        .with_size(size)
        // Scrolling to a field the user asked to see is animated.
        .with_max_steps(12)
        // The app's own fonts: only Liberation Sans, so a character it lacks fails the test.
        .with_context_setup(casewright::app::theme::apply)
        .build_ui_state(
            |ui, screen: &mut Screen<S>| screen.draw(ui),
            Screen {
                case,
                step,
                focus: None,
                actions: Vec::new(),
            },
        )
}

fn force(name: &str, budget_pounds: i64) -> Force {
    Force {
        name: name.into(),
        annual_revenue_budget: Money::pounds(budget_pounds),
        ..Force::default()
    }
}

/// [`two_forces`] with an empty five-year cost line for each label, on the lead force option,
/// which is preferred (so the Finance step opens on it).
fn two_forces_with_lines(labels: [&str; 2]) -> Case {
    let mut case = two_forces();
    for label in labels {
        lead_lines(&mut case).push(FinanceLine {
            label: label.into(),
            ..FinanceLine::new(FlowKind::Cost, 5)
        });
    }
    case
}

/// The lead force option's lines.
fn lead_lines(case: &mut Case) -> &mut Vec<FinanceLine> {
    &mut case.finance.option_mut(OptionKind::LeadForce).lines
}

/// Two forces of £300m and £100m, with the lead force option preferred.
fn two_forces() -> Case {
    let mut case = Case::default();
    case.partners.forces = vec![
        force("Northshire Police", 300_000_000),
        force("Southshire Constabulary", 100_000_000),
    ];
    case.options.set_preferred(OptionKind::LeadForce);
    case
}

/// Clicks a field, then types into it.
fn type_into<S>(harness: &mut Harness<'_, S>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Opens a drop-down by its label and picks an option by its text (the entry in the list, not
/// a label elsewhere on the page that reads the same).
fn choose<S>(harness: &mut Harness<'_, S>, label: &str, option: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness
        .query_all_by(|node| node.role() != Role::Label && node.label().as_deref() == Some(option))
        .last()
        .unwrap_or_else(|| panic!("no option {option:?}"))
        .click();
    harness.run();
}

fn click<S>(harness: &mut Harness<'_, S>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

// ---- Finance ----

#[test]
fn typing_costs_and_savings_shows_each_forces_net_position() {
    let mut harness = harness::<FinanceStep>(two_forces());
    harness.run();
    harness.get_by_label_contains("Add cost line").click();
    harness.run();
    type_into(
        &mut harness,
        "Line 1 description",
        "Joint training unit set-up",
    );
    type_into(&mut harness, "Line 1 2026/27", "100,000");
    harness.get_by_label_contains("Add saving line").click();
    harness.run();
    type_into(&mut harness, "Line 2 description", "Posts no longer needed");
    type_into(&mut harness, "Line 2 2027/28", "£200000");

    let case = &mut harness.state_mut().case;
    let lines = lead_lines(case).clone();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].label, "Joint training unit set-up");
    assert_eq!(lines[0].amounts[0], Money::pounds(100_000));
    assert_eq!(lines[1].kind(), FlowKind::Saving);
    assert_eq!(lines[1].amounts[1], Money::pounds(200_000));
    let positions = case
        .finance
        .force_positions(OptionKind::LeadForce, &case.partners.forces, Prices::Cash)
        .expect("adds up")
        .expect("shares");
    // In cash prices, with 2% inflation: £100,000 of costs and £204,000 of savings, shared
    // 75% and 25%.
    assert_eq!(positions.forces[0].total.net, Money::pounds(78_000));
    assert_eq!(positions.forces[1].total.net, Money::pounds(26_000));
    // Each force sees what it gains, not only what it pays.
    harness.get_by_label("£78,000 net gain");
    harness.get_by_label("£26,000 net gain");
}

#[test]
fn each_force_sees_its_net_position_in_real_prices() {
    let mut case = two_forces();
    lead_lines(&mut case).push(FinanceLine {
        label: "Set-up".into(),
        amounts: vec![
            Money::pounds(100_000),
            Money::ZERO,
            Money::ZERO,
            Money::ZERO,
            Money::ZERO,
        ],
        ..FinanceLine::new(FlowKind::Cost, 5)
    });
    lead_lines(&mut case).push(FinanceLine {
        label: "Posts".into(),
        amounts: vec![
            Money::ZERO,
            Money::pounds(200_000),
            Money::ZERO,
            Money::ZERO,
            Money::ZERO,
        ],
        ..FinanceLine::new(FlowKind::Saving, 5)
    });
    let mut harness = harness::<FinanceStep>(case);
    harness.run();
    choose(&mut harness, "Prices", "Real prices");
    harness.get_by_label("£75,000 net gain");
    harness.get_by_label("£25,000 net gain");
    harness.get_by_label("£150,000");
}

#[test]
fn a_saving_that_falls_in_one_force_is_settled_by_balancing_payments() {
    let mut case = two_forces_with_lines(["Range closed", "Refit"]);
    case.finance.inflation = Percent(0);
    let lines = lead_lines(&mut case);
    lines[0].flow = Flow::of_kind(FlowKind::Saving);
    lines[0].amounts[1] = Money::pounds(100_000);
    // Wide enough that the line's details, which scroll sideways after the years, are in view.
    let mut harness = harness_sized::<FinanceStep>(case, egui::vec2(2400.0, 3200.0));
    harness.run();
    choose(&mut harness, "Line 1 falls in", "Southshire Constabulary");
    assert_eq!(
        lead_lines(&mut harness.state_mut().case)[0].falls_in,
        FallsIn::Force("Southshire Constabulary".into())
    );
    // Southshire saves £100,000 where it falls, and pays £75,000 to bring Northshire to its
    // 75% share.
    harness.get_by_label("(£75,000)");
    harness.get_by_label("£75,000 net gain");
    harness.get_by_label("£25,000 net gain");
}

#[test]
fn the_option_picker_edits_one_option_at_a_time_and_lines_copy_between_them() {
    let mut harness = harness::<FinanceStep>(two_forces_with_lines(["ICT", "Estates"]));
    harness.run();
    harness.get_by_label("Line 2 description");
    // Copy one line to the shared function, then all of them to business as usual.
    click(&mut harness, "Line 1 actions");
    click(&mut harness, "Copy to");
    click(&mut harness, "Copy line 1 to Shared function");
    assert_eq!(
        harness
            .state()
            .case
            .finance
            .option(OptionKind::SharedFunction)
            .lines[0]
            .label,
        "ICT"
    );
    choose(
        &mut harness,
        "Option to edit",
        "Business as usual (baseline (comparator), 0 lines)",
    );
    assert!(harness.query_by_label("Line 1 description").is_none());
    harness.get_by_label("Copy all lines from…").click();
    harness.run();
    click(&mut harness, "Lead force (2 lines)");
    let baseline = &harness
        .state()
        .case
        .finance
        .option(OptionKind::BusinessAsUsual)
        .lines;
    assert_eq!(baseline.len(), 2);
    assert_eq!(
        harness
            .get_by_label("Line 2 description")
            .value()
            .as_deref(),
        Some("Estates")
    );
}

#[test]
fn an_option_can_take_its_own_optimism_bias_only_with_a_reason() {
    let mut harness = harness::<FinanceStep>(two_forces_with_lines(["ICT", "Estates"]));
    harness.run();
    click(
        &mut harness,
        "Give Lead force optimism-bias rates of its own",
    );
    assert!(
        harness
            .state()
            .case
            .finance
            .option(OptionKind::LeadForce)
            .own_rates
            .is_some()
    );
    type_into(&mut harness, "Lead force Other optimism bias", "15");
    type_into(
        &mut harness,
        "Lead force: why its rates differ",
        "A fixed-price contract.",
    );
    let own = harness
        .state()
        .case
        .finance
        .option(OptionKind::LeadForce)
        .own_rates
        .clone()
        .expect("own rates");
    assert_eq!(
        own.optimism_rates.rate(OptimismCategory::Other),
        Percent(1500)
    );
    assert_eq!(own.reason, "A fixed-price contract.");
    click(&mut harness, "Standard buildings: use the lower bound");
    assert_eq!(
        harness
            .state()
            .case
            .finance
            .optimism_rates
            .rate(OptimismCategory::StandardBuildings),
        Percent(200)
    );
}

#[test]
fn the_comparison_shows_every_option_against_business_as_usual_and_the_sensitivity() {
    let mut case = two_forces_with_lines(["Set-up", "Posts"]);
    let lines = lead_lines(&mut case);
    lines[0].amounts[0] = Money::pounds(100_000);
    lines[1].flow = Flow::of_kind(FlowKind::Saving);
    for year in 1..5 {
        lines[1].amounts[year] = Money::pounds(30_000);
    }
    case.finance
        .copy_lines(OptionKind::LeadForce, OptionKind::SharedFunction);
    case.finance.option_mut(OptionKind::SharedFunction).lines[0].amounts[0] =
        Money::pounds(110_000);
    case.options
        .appraisals
        .get_mut(&OptionKind::SharedFunction)
        .expect("present")
        .status = OptionStatus::Shortlisted;
    let mut harness = harness::<FinanceStep>(case);
    harness.run();
    // £10,192.38 for the lead force (worked in tests/case_finance.rs), £192.38 for the shared
    // function, whose set-up costs £10,000 more in year 0.
    assert!(harness.get_all_by_label("£10,192").count() >= 1);
    assert!(harness.get_all_by_label("£192").count() >= 1);
    harness.get_by_label("Its own savings 20% lower");
    harness.get_by_label("Its own savings a year later");
    harness.get_by_label("Chart of each option's net present value against business as usual");
}

#[test]
fn a_review_finding_on_another_option_opens_it_with_the_cursor_in_its_line() {
    let mut case = two_forces_with_lines(["First", "Second"]);
    case.finance
        .copy_lines(OptionKind::LeadForce, OptionKind::DoMinimum);
    let mut harness = harness::<FinanceStep>(case);
    harness.run();
    harness.state_mut().focus = Some(Anchor::FinanceLine(OptionKind::DoMinimum, 1));
    harness.run();
    assert_eq!(harness.state().focus, None);
    assert!(harness.get_by_label("Line 2 description").is_focused());
    assert_eq!(
        harness.get_by_label("Option to edit").value().as_deref(),
        Some("Do minimum (not assessed, 2 lines)")
    );
}

#[test]
fn the_options_step_shows_each_options_npv_beside_its_scores() {
    let mut case = two_forces_with_lines(["Set-up", "Posts"]);
    let lines = lead_lines(&mut case);
    lines[0].amounts[0] = Money::pounds(100_000);
    lines[1].flow = Flow::of_kind(FlowKind::Saving);
    for year in 1..5 {
        lines[1].amounts[year] = Money::pounds(30_000);
    }
    let mut harness = harness::<OptionsStep>(case);
    harness.run();
    harness.get_by_label("NPV against BAU");
    assert!(harness.get_all_by_label("£10,192").count() >= 1);
    harness.get_by_label("Comparator");
    // Business as usual can only be the baseline or preferred, never ruled out.
    harness.get_by_label("Business as usual status").click();
    harness.run();
    assert!(harness.query_by_label("Ruled out").is_none());
}

#[test]
fn an_unreadable_amount_keeps_its_text_and_leaves_the_case_alone() {
    let mut harness = harness::<FinanceStep>(two_forces_with_lines(["ICT", "Estates"]));
    harness.run();
    type_into(&mut harness, "Line 1 2026/27", "12,5x0");
    assert_eq!(
        lead_lines(&mut harness.state_mut().case)[0].amounts[0],
        Money::ZERO
    );
    assert_eq!(
        harness.get_by_label("Line 1 2026/27").value().as_deref(),
        Some("12,5x0")
    );
    harness.get_by_label_contains("1 amount outlined in red cannot be read");
    // Correcting it makes it count.
    harness
        .get_by_label("Line 1 2026/27")
        .set_text_value_accesskit("12,500");
    harness.run();
    assert_eq!(
        lead_lines(&mut harness.state_mut().case)[0].amounts[0],
        Money::pounds(12_500)
    );
    assert!(harness.query_by_label_contains("cannot be read").is_none());
}

#[test]
fn shortening_the_appraisal_asks_before_dropping_figures() {
    let mut case = two_forces();
    let mut amounts = vec![Money::ZERO; 5];
    amounts[4] = Money::pounds(50_000);
    lead_lines(&mut case).push(FinanceLine {
        label: "Savings".into(),
        amounts,
        ..FinanceLine::new(FlowKind::Saving, 5)
    });
    let mut harness = harness::<FinanceStep>(case);
    harness.run();
    harness
        .get_by_label("Years in the appraisal")
        .set_value_accesskit(3.0);
    harness.run();
    assert_eq!(harness.state().case.finance.years, 5, "nothing dropped yet");
    harness.get_by_label_contains("would remove 1 figure entered for 2029/30 onwards");
    click(&mut harness, "Keep 5 years");
    assert_eq!(harness.state().case.finance.years, 5);
    assert_eq!(
        lead_lines(&mut harness.state_mut().case)[0].amounts[4],
        Money::pounds(50_000)
    );

    harness
        .get_by_label("Years in the appraisal")
        .set_value_accesskit(3.0);
    harness.run();
    click(&mut harness, "Shorten to 3 years");
    assert_eq!(harness.state().case.finance.years, 3);
    assert_eq!(
        lead_lines(&mut harness.state_mut().case)[0].amounts.len(),
        3
    );

    // Lengthening never loses anything, so it does not ask.
    harness
        .get_by_label("Years in the appraisal")
        .set_value_accesskit(10.0);
    harness.run();
    assert_eq!(harness.state().case.finance.years, 10);
    assert_eq!(
        lead_lines(&mut harness.state_mut().case)[0].amounts.len(),
        10
    );
}

#[test]
fn agreed_percentages_show_their_running_total() {
    let mut harness = harness::<FinanceStep>(two_forces());
    harness.run();
    choose(&mut harness, "Split method", "Agreed percentages");
    assert_eq!(harness.state().case.finance.split, SplitMethod::Custom);
    type_into(&mut harness, "Northshire Police agreed share", "60");
    harness.get_by_label("60% in total (must be 100%)");
    type_into(&mut harness, "Southshire Constabulary agreed share", "40");
    harness.get_by_label("100% in total");
    let forces = &harness.state().case.partners.forces;
    assert_eq!(forces[0].custom_share, Percent(6000));
    assert_eq!(forces[1].custom_share, Percent(4000));
}

#[test]
fn a_review_finding_puts_the_cursor_in_its_finance_line() {
    let mut harness = harness::<FinanceStep>(two_forces_with_lines(["First", "Second"]));
    harness.run();
    harness.state_mut().focus = Some(Anchor::FinanceLine(OptionKind::LeadForce, 1));
    harness.run();
    assert_eq!(harness.state().focus, None);
    assert!(harness.get_by_label("Line 2 description").is_focused());
}

#[test]
fn a_suggested_risk_is_added_with_one_click_and_opened() {
    let mut harness = harness::<RisksStep>(Case::default());
    harness.run();
    click(&mut harness, "Add suggested risk: Net donor syndrome");
    let register = &harness.state().case.risks;
    assert_eq!(register.risks.len(), 1);
    assert_eq!(register.risks[0].id, "R01");
    assert_eq!(register.risks[0].title, "Net donor syndrome");
    assert_eq!(
        harness.get_by_label("Title").value().as_deref(),
        Some("Net donor syndrome")
    );
    // The same suggestion cannot be added twice by accident.
    click(&mut harness, "Add suggested risk: Net donor syndrome");
    assert_eq!(harness.state().case.risks.risks.len(), 1);

    type_into(&mut harness, "Owner", "Head of Finance, Northshire");
    assert_eq!(
        harness.state().case.risks.risks[0].owner,
        "Head of Finance, Northshire"
    );
}

fn risk(id: &str, title: &str, likelihood: u8, impact: u8) -> Risk {
    Risk {
        id: id.into(),
        title: title.into(),
        likelihood,
        impact,
        ..Risk::default()
    }
}

#[test]
fn clicking_a_heat_map_cell_filters_the_register_and_clicking_again_clears_it() {
    let mut case = Case::default();
    case.risks.risks = vec![
        risk("R01", "ICT systems", 4, 4),
        risk("R02", "Staff terms", 3, 4),
        risk("R03", "Savings sharing", 4, 4),
    ];
    let mut harness = harness::<RisksStep>(case);
    harness.run();
    harness.get_by_label("R02 Staff terms");
    click(&mut harness, "Likelihood 4, impact 4: 2 risks");
    assert_eq!(harness.state().step.filter(), Some((4, 4)));
    assert!(harness.query_by_label("R02 Staff terms").is_none());
    harness.get_by_label("R01 ICT systems");
    harness.get_by_label("R03 Savings sharing");
    harness.get_by_label("2 of 3 risks shown. Select a risk to edit it below.");

    click(&mut harness, "Likelihood 4, impact 4: 2 risks");
    assert_eq!(harness.state().step.filter(), None);
    harness.get_by_label("R02 Staff terms");
}

/// A screen reader (AccessKit is on in these tests) reads every risk of the register, not only
/// the rows on screen; without one only those are drawn (`rows_in_view`).
#[test]
fn a_large_register_is_every_risk_to_a_screen_reader_and_finds_any_risk() {
    let mut case = Case::default();
    case.risks.risks = (1..=200)
        .map(|i| {
            risk(
                &format!("R{i:03}"),
                &format!("Risk number {i}"),
                1 + (i % 5) as u8,
                2,
            )
        })
        .collect();
    let mut harness = harness::<RisksStep>(case);
    harness.run();
    let rows = harness
        .query_all_by(|node| {
            node.label()
                .is_some_and(|l| l.starts_with("R") && l.contains("Risk number"))
        })
        .count();
    assert_eq!(rows, 200, "every risk is in the tree");

    harness.state_mut().focus = Some(Anchor::Risk(
        199,
        casewright::case::validate::RiskField::Title,
    ));
    harness.run();
    assert_eq!(harness.state().focus, None);
    assert_eq!(harness.state().step.selected(), Some(199));
    assert_eq!(
        harness.get_by_label("Title").value().as_deref(),
        Some("Risk number 200")
    );
    harness.get_by_label("R200 Risk number 200");
}

#[test]
fn switching_to_a_four_by_four_matrix_moves_the_usual_bands() {
    let mut harness = harness::<RisksStep>(Case::default());
    harness.run();
    choose(&mut harness, "Risk matrix", "4 × 4");
    let settings = harness.state().case.risks.settings;
    assert_eq!(settings.scale.max(), 4);
    assert_eq!(settings.thresholds.high_from, 8);
    harness.get_by_label("Likelihood 4, impact 4: 0 risks");
    assert!(
        harness
            .query_by_label("Likelihood 5, impact 5: 0 risks")
            .is_none()
    );
}

// ---- Equality ----

#[test]
fn a_negative_impact_asks_for_mitigation_until_it_is_given() {
    let mut harness = harness::<EqualityStep>(two_forces());
    harness.run();
    type_into(
        &mut harness,
        "Advance equality of opportunity",
        "Joint recruitment widens the pool of applicants.",
    );
    choose(&mut harness, "Age impact", "Negative");
    // The error is shown where it is, under the impact, in the words Review uses.
    harness.get_by_label("Age: a negative impact needs mitigation.");
    type_into(
        &mut harness,
        "Age mitigation",
        "Flexible working for older staff who would otherwise travel further.",
    );
    assert!(
        harness
            .query_by_label("Age: a negative impact needs mitigation.")
            .is_none()
    );
    let equality = &harness.state().case.equality;
    use casewright::case::equality::{Impact, ProtectedCharacteristic, PsedAim};
    assert_eq!(
        equality.characteristics[&ProtectedCharacteristic::Age].impact,
        Impact::Negative
    );
    assert!(equality.aims[&PsedAim::AdvanceEquality].starts_with("Joint recruitment"));
    choose(
        &mut harness,
        "Outcome of the assessment",
        "Continue, with justification",
    );
    harness.get_by_label("Reason for the outcome (required)");
    type_into(&mut harness, "Review the assessment by", "2027-04-01");
    assert_eq!(
        harness.state().case.equality.review_date,
        chrono::NaiveDate::from_ymd_opt(2027, 4, 1)
    );
}

#[test]
fn the_welsh_language_standards_appear_when_a_welsh_force_is_a_party() {
    let mut harness = harness::<EqualityStep>(two_forces());
    harness.run();
    assert!(
        harness
            .query_by_label("How the Welsh Language Standards will be met")
            .is_none()
    );
    harness.state_mut().case.partners.forces[1].nation = Nation::Wales;
    harness.run();
    type_into(
        &mut harness,
        "How the Welsh Language Standards will be met",
        "Bilingual service from day one.",
    );
    assert_eq!(
        harness.state().case.equality.welsh_language,
        "Bilingual service from day one."
    );
}

// ---- Governance ----

#[test]
fn each_statutory_item_takes_a_status_and_text() {
    let mut harness = harness::<GovernanceStep>(Case::default());
    harness.run();
    harness.get_by_label("0 of 21 items agreed or not applicable.");
    choose(&mut harness, "Parties and signatories status", "Agreed");
    type_into(
        &mut harness,
        "Parties and signatories text",
        "Both chief constables and both PCCs sign the agreement.",
    );
    let entry = &harness.state().case.governance.items[&GovernanceItem::Parties];
    assert_eq!(entry.status, ItemStatus::Agreed);
    assert!(entry.text.starts_with("Both chief constables"));
    harness.get_by_label("1 of 21 items agreed or not applicable.");

    type_into(&mut harness, "Board name", "Joint Collaboration Board");
    type_into(
        &mut harness,
        "Members (one per line)",
        "Chief Constable, Northshire\nPCC, Southshire\n",
    );
    let board = &harness.state().case.governance.board;
    assert_eq!(board.name, "Joint Collaboration Board");
    assert_eq!(
        board.members,
        vec!["Chief Constable, Northshire", "PCC, Southshire"]
    );
}

// ---- Implementation and recommendations ----

fn case_with_risks() -> Case {
    let mut case = two_forces();
    case.risks.add_suggestion(&SUGGESTED_RISKS[0]);
    case.risks.add_suggestion(&SUGGESTED_RISKS[1]);
    case
}

#[test]
fn draft_from_case_fills_an_empty_list() {
    let case = case_with_risks();
    let expected = draft_recommendations(&case);
    assert!(!expected.is_empty());
    let mut harness = harness::<ImplementationStep>(case);
    harness.run();
    click(&mut harness, "Draft from case");
    assert_eq!(harness.state().case.recommendations, expected);
    assert_eq!(
        harness.get_by_label("Recommendation 1 text").value(),
        Some(expected[0].text.clone())
    );
}

#[test]
fn drafting_over_existing_recommendations_asks_and_keeps_the_users_text() {
    let mut case = case_with_risks();
    case.recommendations.push(Recommendation {
        decision: Decision::Note,
        text: "the progress made by the project team.".into(),
    });
    let drafts = draft_recommendations(&case);
    let mut harness = harness::<ImplementationStep>(case);
    harness.run();
    click(&mut harness, "Draft from case");
    assert_eq!(harness.state().case.recommendations.len(), 1, "asks first");
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().case.recommendations.len(), 1);

    click(&mut harness, "Draft from case");
    click(&mut harness, "Add the drafts after them");
    let recommendations = &harness.state().case.recommendations;
    assert_eq!(recommendations.len(), 1 + drafts.len());
    assert_eq!(
        recommendations[0].text,
        "the progress made by the project team."
    );
    assert_eq!(recommendations[1..], drafts[..]);
}

#[test]
fn every_force_is_offered_a_lead_row_and_milestones_can_be_reordered() {
    let mut harness = harness::<ImplementationStep>(two_forces());
    harness.run();
    type_into(
        &mut harness,
        "Southshire Constabulary lead",
        "Supt A. Jones",
    );
    let leads = &harness.state().case.implementation.leads;
    assert_eq!(leads.len(), 1);
    assert_eq!(leads[0].force, "Southshire Constabulary");
    assert_eq!(leads[0].name, "Supt A. Jones");

    click(&mut harness, "Add a milestone");
    click(&mut harness, "Add a milestone");
    type_into(&mut harness, "Milestone 1 title", "Go-live");
    type_into(&mut harness, "Milestone 2 title", "Agreement signed");
    type_into(&mut harness, "Milestone 2 due date", "2026-09-30");
    click(&mut harness, "Move milestone 2 up");
    let milestones = &harness.state().case.implementation.milestones;
    assert_eq!(milestones[0].title, "Agreement signed");
    assert_eq!(
        milestones[0].due,
        chrono::NaiveDate::from_ymd_opt(2026, 9, 30)
    );
    assert_eq!(milestones[1].title, "Go-live");

    click(&mut harness, "Add a recommendation");
    choose(&mut harness, "Recommendation 1 decision", "Endorse");
    assert_eq!(
        harness.state().case.recommendations[0].decision,
        Decision::Endorse
    );
    harness.get_by_role_and_label(Role::Button, "Remove recommendation 1");
}

// ---- Review findings land on a field ----

/// Asks each step of the wizard, drawn over a case with a row in every list, for each field a
/// finding can name on it, and checks that a widget took the request and has the keyboard
/// focus. The steps come from the wizard itself, so a new step is covered too.
#[test]
fn every_anchor_of_every_step_is_taken_by_a_widget() {
    let case = crate::support::case_with_every_row();
    let steps = Wizard::default().into_iter().count();
    let mut checked = 0;
    for index in 0..steps {
        let owner = Wizard::default().into_iter().nth(index).expect("a step");
        let anchors: Vec<Anchor> = Anchor::all(&case).filter(|a| owner.owns(*a)).collect();
        for anchor in anchors {
            let step = Wizard::default().into_iter().nth(index).expect("a step");
            let mut harness = harness_of(step, case.clone(), egui::vec2(1400.0, 3200.0));
            harness.run();
            harness.state_mut().focus = Some(anchor);
            harness.run();
            assert_eq!(harness.state().focus, None, "no widget took {anchor:?}");
            let focused = harness.query_all_by(|node| node.is_focused()).count();
            assert_eq!(focused, 1, "{anchor:?} focused {focused} widgets");
            checked += 1;
        }
    }
    assert_eq!(checked, Anchor::all(&case).count(), "an anchor has no step");
}

#[test]
fn unreadable_text_moves_with_its_line() {
    let mut harness = harness::<FinanceStep>(two_forces_with_lines(["ICT", "Estates"]));
    harness.run();
    type_into(&mut harness, "Line 1 2026/27", "12x");
    click(&mut harness, "Line 1 actions");
    click(&mut harness, "Move line 1 down");
    assert_eq!(lead_lines(&mut harness.state_mut().case)[1].label, "ICT");
    assert_eq!(
        harness.get_by_label("Line 2 2026/27").value().as_deref(),
        Some("12x")
    );
    assert_eq!(
        harness.get_by_label("Line 1 2026/27").value().as_deref(),
        Some("")
    );
    click(&mut harness, "Line 2 actions");
    click(&mut harness, "Remove line 2");
    assert_eq!(lead_lines(&mut harness.state_mut().case).len(), 1);
    assert_eq!(
        harness.get_by_label("Line 1 2026/27").value().as_deref(),
        Some("")
    );
    assert!(harness.query_by_label_contains("cannot be read").is_none());
}

#[test]
fn picking_a_risk_brings_its_details_into_view() {
    let mut case = Case::default();
    case.risks.risks = (1..=30)
        .map(|i| risk(&format!("R{i:02}"), &format!("Risk number {i}"), 2, 2))
        .collect();
    let mut harness = harness_sized::<RisksStep>(case, egui::vec2(1000.0, 700.0));
    harness.run();
    click(&mut harness, "R03 Risk number 3");
    let title = harness.get_by_label("Title");
    assert_eq!(title.value().as_deref(), Some("Risk number 3"));
    let rect = title.rect();
    assert!(
        rect.min.y >= 0.0 && rect.max.y <= 700.0,
        "the Title field is off screen at {rect:?}"
    );
}
