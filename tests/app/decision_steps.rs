//! The steps of a decision-ready paper as a person uses them: the workforce row that follows
//! its force, a dataset's parties and their documents, a benefit linked to a finance line, a
//! drafted decision record, and the marking picker that no longer offers the obsolete marking.

use crate::support::{app_in, case_with_every_row, choose, click, go_to, is_text_input, type_into};
use casewright::app::App;
use casewright::case::finance::{ContingencySize, ForcePlan, Indexation, SavingsTarget};
use casewright::case::front_sheet::ProtectiveMarking;
use casewright::case::options::OptionKind;
use casewright::case::{Case, Money, Percent, Step};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The whole app with `case` open on `step`.
fn open_at(case: Case, step: Step) -> Harness<'static, App> {
    let mut h = app_in(None);
    click(&mut h, "New case");
    *h.state_mut().case_mut().expect("a case is open") = case;
    h.run();
    go_to(&mut h, step);
    h
}

fn case<'a>(h: &'a Harness<'_, App>) -> &'a Case {
    h.state().case().expect("a case is open")
}

#[test]
fn a_forces_workforce_row_is_made_when_typed_and_follows_a_rename() {
    let mut h = open_at(case_with_every_row(), Step::Workforce);
    type_into(&mut h, "Northshire Police officers", "12");
    choose(
        &mut h,
        "Northshire Police officers' arrangement",
        "Secondment",
    );
    let row = case(&h).workforce.for_force("Northshire Police").cloned();
    assert_eq!(row.as_ref().and_then(|row| row.officers), Some(12));
    assert!(
        h.query_by_label("TUPE transfer").is_none(),
        "no TUPE offered for officers"
    );

    go_to(&mut h, Step::FrontSheet);
    type_into(&mut h, "Force 1 name", " North");
    let workforce = &case(&h).workforce;
    assert_eq!(
        workforce
            .for_force("Northshire Police North")
            .and_then(|row| row.officers),
        Some(12),
        "the row keeps up with the force's new name"
    );
}

#[test]
fn a_joint_controller_is_asked_for_its_arrangement() {
    let mut h = open_at(case_with_every_row(), Step::DataEstatesIct);
    type_into(&mut h, "Dataset 1 name", "Custody records");
    choose(&mut h, "Pick dataset 1 party 1", "Northshire Police");
    choose(&mut h, "Dataset 1 party 1 role", "Joint controller");
    type_into(&mut h, "Dataset 1 party 1 arrangement", "Schedule 4.");
    let party = &case(&h).data_protection.datasets[0].parties[0];
    assert_eq!(party.party, "Northshire Police");
    assert_eq!(party.document, "Schedule 4.");
    click(&mut h, "Add a party to dataset 1");
    assert_eq!(case(&h).data_protection.datasets[0].parties.len(), 3);
}

#[test]
fn a_benefit_links_to_a_finance_line_by_its_label() {
    let mut h = open_at(case_with_every_row(), Step::Management);
    type_into(&mut h, "Senior responsible owner", "DCC A. Owner");
    choose(&mut h, "Benefit 1 finance line", "Saving line");
    let benefit = &case(&h).management.benefits[0];
    assert_eq!(benefit.finance_line, "Saving line");
    click(&mut h, "Add a benefit");
    assert_eq!(case(&h).management.benefits.len(), 2);
}

#[test]
fn each_force_records_its_savings_target_and_reserves() {
    let mut h = open_at(case_with_every_row(), Step::Finance);
    assert!(
        case(&h).finance.force_plans.is_empty(),
        "showing the fields records no plan"
    );
    choose(
        &mut h,
        "Northshire Police: savings target",
        "A percentage of its budget a year",
    );
    type_into(
        &mut h,
        "Northshire Police: savings target, percentage of its budget a year",
        "3",
    );
    type_into(
        &mut h,
        "Northshire Police: usable reserves at the start",
        "12500000",
    );
    type_into(
        &mut h,
        "Northshire Police: source of these figures",
        "MTFP 2026/27, table 3",
    );
    let plan = case(&h).finance.plan("Northshire Police");
    assert_eq!(
        plan.savings_target,
        SavingsTarget::ShareOfBudget(Percent(300))
    );
    assert_eq!(plan.reserves, Money::pounds(12_500_000));
    assert_eq!(plan.source, "MTFP 2026/27, table 3");
    assert_eq!(
        case(&h).finance.plan("Heddlu Southshire"),
        ForcePlan::default(),
        "the other force's plan is untouched"
    );
}

#[test]
fn the_option_in_view_holds_a_contingency_with_its_basis() {
    let mut with_option = case_with_every_row();
    with_option
        .options
        .set_preferred(OptionKind::SharedFunction);
    let mut h = open_at(with_option, Step::Finance);
    assert!(h.query_by_label("Basis of the contingency").is_none());
    choose(
        &mut h,
        "Shared function: contingency",
        "A percentage of costs",
    );
    type_into(&mut h, "Contingency as a percentage of costs", "10");
    type_into(&mut h, "Basis of the contingency", "The forces' standard.");
    let contingency = &case(&h)
        .finance
        .option(OptionKind::SharedFunction)
        .contingency;
    assert_eq!(
        contingency.size,
        ContingencySize::ShareOfCosts(Percent(1000))
    );
    assert_eq!(contingency.basis, "The forces' standard.");
}

#[test]
fn a_line_rises_with_pay_inflation_when_marked_pay() {
    let mut with_option = case_with_every_row();
    with_option.options.set_preferred(OptionKind::LeadForce);
    // Zero shows as an empty field, so what is typed is the whole rate.
    with_option.finance.pay_inflation = Percent(0);
    let mut h = open_at(with_option, Step::Finance);
    type_into(&mut h, "Pay inflation a year (on lines marked pay)", "3.5");
    choose(&mut h, "Line 1 inflation", "Pay inflation");
    let finance = &case(&h).finance;
    assert_eq!(finance.pay_inflation, Percent(350));
    let lines = &finance.option(OptionKind::LeadForce).lines;
    assert_eq!(lines[0].indexation, Indexation::Pay);
    assert_eq!(lines[1].indexation, Indexation::NonPay);
}

#[test]
fn a_decision_record_is_drafted_from_the_case() {
    let mut with_option = case_with_every_row();
    with_option
        .options
        .set_preferred(OptionKind::SharedFunction);
    let mut h = open_at(with_option, Step::SignOff);
    click(
        &mut h,
        "Draft the decision record wording for Heddlu Southshire",
    );
    let record = case(&h)
        .sign_off
        .decision_record("Heddlu Southshire")
        .expect("a record is made for the force")
        .wording
        .clone();
    assert!(
        record.starts_with("The Police and Crime Commissioner approves a shared function for"),
        "{record}"
    );
    assert!(
        record.contains(
            "with the chief constable of Heddlu Southshire and the chief constable of Northshire Police,"
        ),
        "each party named once, in one list: {record}"
    );
    assert!(
        h.query_by_label("Draft the decision record wording for Heddlu Southshire")
            .is_none(),
        "the draft is offered only while the wording is empty"
    );
}

#[test]
fn the_obsolete_marking_is_explained_and_not_offered() {
    let mut old = case_with_every_row();
    old.front_sheet.marking = ProtectiveMarking::NotProtectivelyMarked;
    let mut h = open_at(old, Step::FrontSheet);
    h.get_by_label_contains("obsolete since April 2014: choose OFFICIAL");
    let shown_closed = h.query_all_by_label("NOT PROTECTIVELY MARKED").count();
    click(&mut h, "Protective marking");
    h.get_by_label("OFFICIAL-SENSITIVE");
    assert_eq!(
        h.query_all_by_label("NOT PROTECTIVELY MARKED").count(),
        shown_closed,
        "the open list offers the current markings only"
    );
    click(&mut h, "OFFICIAL");
    assert_eq!(case(&h).front_sheet.marking, ProtectiveMarking::Official);
    assert!(
        h.query_by_label_contains("obsolete since April 2014: choose OFFICIAL")
            .is_none()
    );
}

#[test]
fn a_part_2_item_is_asked_why() {
    let mut public = case_with_every_row();
    public.front_sheet.agenda_part = casewright::case::front_sheet::AgendaPart::Part1;
    let mut h = open_at(public, Step::FrontSheet);
    assert!(
        h.query_by(|node| is_text_input(node, "Why it is taken in private"))
            .is_none(),
        "a public item has no reason to give"
    );
    choose(&mut h, "Part of the agenda", "Part 2 (private)");
    type_into(&mut h, "Why it is taken in private", "Commercial terms.");
    assert_eq!(case(&h).front_sheet.private_reason, "Commercial terms.");
}

/// Each policing body has its own officers' comments and its own decision record on the
/// Sign-off step, and what is typed for one body stays with that body.
#[test]
fn each_policing_body_signs_off_and_records_its_own_decision() {
    use casewright::case::sign_off::StatutoryOfficer;

    let mut h = open_at(case_with_every_row(), Step::SignOff);
    assert!(
        case(&h).sign_off.decision_records.is_empty(),
        "looking at the step makes no record"
    );
    type_into(
        &mut h,
        "Heddlu Southshire: Monitoring officer: comments",
        "Lawful for Southshire.",
    );
    type_into(
        &mut h,
        "Heddlu Southshire decision record reasons",
        "It meets the need at least cost.",
    );
    type_into(
        &mut h,
        "Heddlu Southshire decision record equality and human rights considerations",
        "Due regard to the assessment before deciding.",
    );
    type_into(
        &mut h,
        "Heddlu Southshire decision record interests declared",
        "None.",
    );
    type_into(
        &mut h,
        "Northshire Police: Monitoring officer: name and post",
        "N. Lawyer, Monitoring Officer",
    );
    let sign_off = &case(&h).sign_off;
    let south = sign_off
        .decision_record("Heddlu Southshire")
        .expect("a record is made for the body");
    assert_eq!(
        south.comment(StatutoryOfficer::MonitoringOfficer).comment,
        "Lawful for Southshire."
    );
    assert_eq!(south.reasons, "It meets the need at least cost.");
    assert_eq!(
        south.equality_and_human_rights,
        "Due regard to the assessment before deciding."
    );
    assert_eq!(south.interests_declared, "None.");
    assert!(
        south
            .comment(StatutoryOfficer::MonitoringOfficer)
            .name
            .is_empty(),
        "the other body's officer's name stays with the other body"
    );
    let north = sign_off
        .decision_record("Northshire Police")
        .expect("a record is made for the other body");
    assert_eq!(
        north.comment(StatutoryOfficer::MonitoringOfficer).name,
        "N. Lawyer, Monitoring Officer"
    );
    assert!(north.reasons.is_empty());
}
