//! A collaboration lead's whole journey: start screen, a new case, every step filled in by
//! label, and a Review step with no errors; then saving it.

use crate::support::{app_in, choose, click, next, type_into};
use casewright::case::governance::GovernanceItem;
use casewright::case::risk::SUGGESTED_RISKS;
use casewright::case::{Severity, Step};
use egui_kittest::kittest::Queryable;

#[test]
fn a_new_case_filled_in_step_by_step_reaches_review_with_no_errors() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut h = app_in(Some(folder.path()));
    h.get_by_label("Recent cases");
    click(&mut h, "New case");
    assert_eq!(h.state().step(), Some(Step::FrontSheet));

    // Front sheet and partners.
    type_into(
        &mut h,
        "Title",
        "Joint firearms training for Cumbria and Lancashire",
    );
    type_into(&mut h, "Committee or board", "Joint Oversight Committee");
    type_into(&mut h, "Meeting date", "2026-03-04");
    type_into(
        &mut h,
        "Report author",
        "Ch Supt A. Jones, collaboration lead",
    );
    type_into(
        &mut h,
        "Sponsoring chief officer",
        "Deputy Chief Constable B. Smith",
    );
    type_into(
        &mut h,
        "Purpose and summary",
        "To approve a single firearms training unit.",
    );
    click(&mut h, "Add a force");
    click(&mut h, "Add a force");
    type_into(&mut h, "Force 1 name", "Cumbria Constabulary");
    type_into(
        &mut h,
        "Force 1 policing body",
        "Police, Fire and Crime Commissioner for Cumbria",
    );
    choose(
        &mut h,
        "Force 1 kind of policing body",
        "Police, Fire and Crime Commissioner",
    );
    type_into(&mut h, "Force 1 annual revenue budget", "120000000");
    type_into(&mut h, "Force 2 name", "Lancashire Constabulary");
    type_into(
        &mut h,
        "Force 2 policing body",
        "Police and Crime Commissioner for Lancashire",
    );
    type_into(&mut h, "Force 2 annual revenue budget", "300000000");
    choose(
        &mut h,
        casewright::app::steps::front_sheet::LEAD_FORCE_LABEL,
        "Lancashire Constabulary",
    );
    let case = h.state().case().expect("a case is open");
    assert_eq!(case.partners.forces.len(), 2);
    assert_eq!(case.partners.lead_force, Some(1));
    assert_eq!(
        case.front_sheet
            .meeting_date
            .map(|d| d.to_string())
            .as_deref(),
        Some("2026-03-04")
    );

    // Case for change.
    next(&mut h);
    assert_eq!(h.state().step(), Some(Step::CaseForChange));
    type_into(&mut h, "Function or area of business", "Firearms training");
    type_into(
        &mut h,
        "Problem or opportunity",
        "Two ranges, both under-used.",
    );
    type_into(&mut h, "Proposal", "One unit, hosted by Lancashire.");
    click(
        &mut h,
        "Generate efficiencies in the short, medium or long term",
    );
    type_into(
        &mut h,
        "Justification: Generate efficiencies in the short, medium or long term",
        "One range instead of two.",
    );

    // Options: the shared function is preferred.
    next(&mut h);
    choose(&mut h, "Shared function status", "Preferred");
    click(&mut h, "Shared function: preferred");
    type_into(
        &mut h,
        "Shared function: why it is preferred",
        "Best fit at least risk.",
    );
    assert_eq!(
        h.state().case().unwrap().options.preferred(),
        Some(casewright::case::options::OptionKind::SharedFunction)
    );

    // Finance: one cost line.
    next(&mut h);
    click(&mut h, "Add cost line to Shared function");
    type_into(&mut h, "Line 1 description", "Range refurbishment");
    type_into(&mut h, "Line 1 2026/27", "250000");

    // Commercial case: a section 22A agreement.
    next(&mut h);
    assert_eq!(h.state().step(), Some(Step::Commercial));
    choose(
        &mut h,
        "Commercial route",
        "Section 22A collaboration agreement",
    );

    // Risks: one suggested risk, given an owner.
    next(&mut h);
    click(
        &mut h,
        &format!("Add suggested risk: {}", SUGGESTED_RISKS[0].title),
    );
    type_into(&mut h, "Owner", "Head of training");

    // Equality.
    next(&mut h);
    for aim in casewright::case::equality::PsedAim::ALL {
        type_into(&mut h, aim.label(), "Considered with the staff networks.");
    }
    choose(
        &mut h,
        "Outcome of the assessment",
        "No major change needed",
    );

    // Workforce: officers under direction and control; staff not affected.
    next(&mut h);
    assert_eq!(h.state().step(), Some(Step::Workforce));
    type_into(&mut h, "Cumbria Constabulary officers", "6");
    choose(
        &mut h,
        "Cumbria Constabulary officers' arrangement",
        "Direction and control under the agreement",
    );
    type_into(&mut h, "Cumbria Constabulary staff", "0");
    let workforce = &h.state().case().unwrap().workforce;
    assert_eq!(
        workforce
            .for_force("Cumbria Constabulary")
            .and_then(|row| row.officers),
        Some(6)
    );

    // Data, estates and ICT: one dataset.
    next(&mut h);
    assert_eq!(h.state().step(), Some(Step::DataEstatesIct));
    click(&mut h, "Add a dataset");
    type_into(&mut h, "Dataset 1 name", "Firearms training records");
    click(&mut h, "Add a party to dataset 1");
    choose(&mut h, "Pick dataset 1 party 1", "Lancashire Constabulary");
    assert_eq!(
        h.state().case().unwrap().data_protection.datasets[0].parties[0].party,
        "Lancashire Constabulary"
    );

    // Governance: every item of the agreement addressed.
    next(&mut h);
    for item in GovernanceItem::ALL {
        choose(&mut h, &format!("{} status", item.label()), "Agreed");
    }

    // Management case: the senior responsible owner.
    next(&mut h);
    assert_eq!(h.state().step(), Some(Step::Management));
    type_into(
        &mut h,
        "Senior responsible owner",
        "Deputy Chief Constable B. Smith",
    );

    // Implementation and recommendations, drafted from the case.
    next(&mut h);
    click(&mut h, "Draft from case");
    assert!(!h.state().case().unwrap().recommendations.is_empty());

    // Sign-off and decision: the draft is not final, so the officers comment later.
    next(&mut h);
    assert_eq!(h.state().step(), Some(Step::SignOff));

    // Review.
    next(&mut h);
    assert_eq!(h.state().step(), Some(Step::Review));
    let errors: Vec<String> = h
        .state()
        .document()
        .unwrap()
        .checks()
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.message.clone())
        .collect();
    assert!(errors.is_empty(), "errors left: {errors:#?}");
    h.get_by_label("Ready for committee: no errors.");
    assert!(h.state().document().unwrap().is_unsaved());
}
