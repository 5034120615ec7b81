//! The scenarios of issue 17's second half, replayed as a new user met them: findings on the
//! field they are about and in words true to the case, marks that say what is left to do, and
//! nothing done silently (undo, discarding recovered work, a PDF no program opens, a file
//! name, a Welsh force, optimism bias, dates written the UK way).

use casewright::app::App;
use casewright::app::commands::Action;
use casewright::app::document::StepStatus;
use casewright::case::data_protection::{DataRole, Dataset, PartyRole};
use casewright::case::finance::FinanceLine;
use casewright::case::options::{OptionKind, OptionStatus};
use casewright::case::partners::Nation;
use casewright::case::risk::Risk;
use casewright::case::{Case, Step};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::{app_in, case_with_every_row, click, go_to, is_text_input, type_into};

/// A new case with `change` made to it, as if typed, on the front sheet.
fn new_case_with(change: impl FnOnce(&mut Case)) -> Harness<'static, App> {
    let mut h = app_in(None);
    click(&mut h, "New case");
    change(h.state_mut().case_mut().expect("a case is open"));
    h.run();
    h
}

/// Clicks the finding in Review whose words start with `message` and returns the label of the
/// one widget that then has the keyboard focus.
fn follow(h: &mut Harness<'_, App>, message: &str) -> String {
    go_to(h, Step::Review);
    if let Some(id) = h.ctx.memory(|memory| memory.focused()) {
        h.ctx.memory_mut(|memory| memory.surrender_focus(id));
    }
    h.get_by_label_contains(message).click_accesskit();
    h.run();
    let focused: Vec<_> = h.query_all_by(|node| node.is_focused()).collect();
    assert_eq!(focused.len(), 1, "{message}: {} focused", focused.len());
    focused[0]
        .accesskit_node()
        .label()
        .unwrap_or_default()
        .to_string()
}

/// Whether any text on screen contains `words`: a widget's name or a label's text (AccessKit
/// keeps a label's text as its value).
fn shows(h: &Harness<'_, App>, words: &str) -> bool {
    h.query_all_by(|node| {
        let text = if node.role() == egui::accesskit::Role::Label {
            node.value()
        } else {
            node.label()
        };
        text.is_some_and(|text| text.contains(words))
    })
    .next()
    .is_some()
}

#[test]
fn a_risks_missing_owner_and_mitigation_are_reported_under_owner_and_mitigation() {
    let mut h = new_case_with(|case| {
        case.risks.risks = vec![Risk {
            title: "Instructors leave".into(),
            likelihood: 4,
            impact: 5,
            owner: String::new(),
            mitigation: String::new(),
            ..Risk::default()
        }];
    });
    assert_eq!(
        follow(&mut h, "is rated very high but has no owner"),
        "Owner"
    );
    assert_eq!(
        follow(&mut h, "is rated very high but has no mitigation"),
        "Mitigation and controls"
    );
    assert_eq!(
        follow(&mut h, "is rated very high but has no review date"),
        "Review date"
    );
}

#[test]
fn a_missing_budget_is_reported_under_the_budget_not_the_name() {
    let mut h = new_case_with(|case| {
        *case = case_with_every_row();
        case.partners.forces[1].annual_revenue_budget = casewright::case::Money::ZERO;
    });
    let budget = follow(&mut h, "has no annual revenue budget");
    assert_eq!(budget, "Force 2 annual revenue budget");
    let chief = follow(
        &mut h,
        "Name the chief constable and the Police and Crime Commissioner of Northshire Police",
    );
    assert_eq!(chief, "Force 1 chief constable");
}

#[test]
fn an_unnamed_controller_is_not_called_a_processor() {
    let mut h = new_case_with(|case| {
        case.data_protection.datasets = vec![Dataset {
            name: "Training records".into(),
            parties: vec![PartyRole {
                party: String::new(),
                role: DataRole::Controller,
                document: String::new(),
            }],
            ..Dataset::default()
        }];
    });
    go_to(&mut h, Step::Review);
    assert!(
        shows(&h, "party 1 is not named"),
        "the real problem is named"
    );
    assert!(
        !shows(&h, "has processors but no controller"),
        "there are no processors"
    );
}

#[test]
fn every_anchor_reveals_a_field_of_its_own() {
    let case = case_with_every_row();
    let mut h = new_case_with(|c| *c = case.clone());
    // Keyed by the step, the option or row the step shows the details of (the finance step
    // shows one option at a time, named in its picker, and the risks step one risk, named in
    // the heading "Risk R01" above its fields, so each option's "Line 1 description" and each risk's "Reference" is a
    // field of its own) and the field's name.
    let mut seen: std::collections::HashMap<
        (Step, Option<String>, String),
        casewright::case::Anchor,
    > = std::collections::HashMap::new();
    for anchor in casewright::case::Anchor::all(&case) {
        h.state_mut().queue(Action::GoTo(Step::Review));
        h.run();
        if let Some(id) = h.ctx.memory(|memory| memory.focused()) {
            h.ctx.memory_mut(|memory| memory.surrender_focus(id));
        }
        h.state_mut().queue(Action::Reveal(anchor));
        h.run();
        let focused: Vec<_> = h.query_all_by(|node| node.is_focused()).collect();
        assert_eq!(focused.len(), 1, "{anchor:?}");
        let label = focused[0]
            .accesskit_node()
            .label()
            .unwrap_or_default()
            .to_string();
        let option = match anchor.step() {
            Step::Finance => h
                .query_by_role_and_label(Role::ComboBox, "Option to edit")
                .and_then(|picker| picker.value()),
            Step::Risks => match anchor {
                casewright::case::Anchor::Risk(i, _) => {
                    let heading = format!("Risk {}", case.risks.risks[i].id);
                    assert!(
                        h.query_by_role_and_label(Role::Heading, &heading).is_some(),
                        "{anchor:?} shows {heading}"
                    );
                    Some(heading)
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(earlier) = seen.insert((anchor.step(), option, label.clone()), anchor) {
            panic!("{anchor:?} and {earlier:?} both land on \"{label}\"");
        }
    }
}

#[test]
fn a_new_case_says_not_started_rather_than_showing_errors() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    let document = h.state().document().expect("a case is open");
    for step in Step::ALL {
        assert_eq!(document.status(step), StepStatus::NotStarted, "{step:?}");
    }
    assert!(
        !shows(&h, "Name the report author."),
        "no red under the fields"
    );
    assert!(shows(&h, "0 errors"), "the status bar counts no errors yet");
    assert!(shows(&h, "to do"), "it says what is to do");

    // Typing in a step and moving on shows what is missing there, and only there.
    type_into(&mut h, "Title", "Joint dog unit");
    assert_eq!(
        h.state().document().unwrap().status(Step::FrontSheet),
        StepStatus::InProgress
    );
    go_to(&mut h, Step::CaseForChange);
    let document = h.state().document().unwrap();
    assert!(matches!(
        document.status(Step::FrontSheet),
        StepStatus::HasErrors(_)
    ));
    assert_eq!(document.status(Step::Risks), StepStatus::NotStarted);
    go_to(&mut h, Step::FrontSheet);
    assert!(shows(&h, "Name the report author."));

    // Review lists what is left to do, grouped by step.
    go_to(&mut h, Step::Review);
    assert!(
        shows(&h, "Risks: not started,"),
        "a step not yet begun is to do"
    );
    assert!(
        shows(&h, "Front sheet and partners: 6 errors"),
        "a step the user has worked in counts its errors"
    );
}

#[test]
fn finance_is_not_done_with_an_empty_line_or_a_shortlisted_option_without_figures() {
    let mut h = app_in(None);
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    let status = |h: &Harness<'_, App>| h.state().document().unwrap().status(Step::Finance);
    assert_eq!(status(&h), StepStatus::Done, "the example is complete");
    let preferred = h.state().case().unwrap().options.preferred().unwrap();
    fn lines<'h>(h: &'h mut Harness<'static, App>, kind: OptionKind) -> &'h mut Vec<FinanceLine> {
        &mut h
            .state_mut()
            .case_mut()
            .unwrap()
            .finance
            .option_mut(kind)
            .lines
    }
    lines(&mut h, preferred).push(FinanceLine::default());
    h.run();
    assert!(
        matches!(status(&h), StepStatus::ToCheck(_)),
        "an empty £0 line is not done: {:?}",
        status(&h)
    );
    lines(&mut h, preferred).pop();
    let case = h.state_mut().case_mut().unwrap();
    let idle = OptionKind::ALL
        .into_iter()
        .find(|kind| {
            *kind != OptionKind::BusinessAsUsual && case.finance.option(*kind).lines.is_empty()
        })
        .expect("an option without figures");
    case.options.appraisals.get_mut(&idle).unwrap().status = OptionStatus::Shortlisted;
    h.run();
    assert!(
        matches!(status(&h), StepStatus::ToCheck(_)),
        "a shortlisted option without figures is not done: {:?}",
        status(&h)
    );
}

#[test]
fn options_are_not_done_while_models_are_not_assessed() {
    let mut h = app_in(None);
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    let case = h.state_mut().case_mut().unwrap();
    for appraisal in case.options.appraisals.values_mut() {
        if appraisal.status != OptionStatus::Preferred && appraisal.status != OptionStatus::Baseline
        {
            appraisal.status = OptionStatus::NotAssessed;
        }
    }
    h.run();
    let status = h.state().document().unwrap().status(Step::Options);
    assert!(matches!(status, StepStatus::ToCheck(_)), "{status:?}");
    assert!(shows(&h, "to check"), "the navigator says so");
}

#[test]
fn undo_goes_to_the_step_and_field_it_changes() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    type_into(&mut h, "Committee or board", "Joint Audit Committee");
    go_to(&mut h, Step::Risks);
    if let Some(id) = h.ctx.memory(|memory| memory.focused()) {
        h.ctx.memory_mut(|memory| memory.surrender_focus(id));
    }
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().case().unwrap().front_sheet.committee, "");
    assert_eq!(
        h.state().step(),
        Some(Step::FrontSheet),
        "back where the change was"
    );
    assert!(
        h.get_by(|node| is_text_input(node, "Committee or board"))
            .is_focused(),
        "the cursor is in the field undone"
    );
    assert!(
        h.state().document().unwrap().marked().is_some(),
        "and it is marked"
    );

    go_to(&mut h, Step::Risks);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(
        h.state().case().unwrap().front_sheet.committee,
        "Joint Audit Committee"
    );
    assert_eq!(h.state().step(), Some(Step::FrontSheet), "redo too");
}

#[test]
fn a_welsh_force_is_set_to_wales_as_its_name_is_typed() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    click(&mut h, "Add a force");
    type_into(&mut h, "Force 1 name", "Dyfed-Powys Police");
    assert_eq!(
        h.state().case().unwrap().partners.forces[0].nation,
        Nation::Wales
    );
    click(&mut h, "Add a force");
    type_into(&mut h, "Force 2 name", "North Wales Police");
    assert_eq!(
        h.state().case().unwrap().partners.forces[1].nation,
        Nation::Wales
    );
}

#[test]
fn a_cost_line_shows_its_optimism_bias_in_pounds() {
    use casewright::case::Money;
    use casewright::case::finance::{Flow, FundingSource, OptimismCategory};
    let mut h = app_in(None);
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    let case = h.state_mut().case_mut().unwrap();
    let preferred = case.options.preferred().unwrap();
    *case
        .finance
        .optimism_rates
        .rate_mut(OptimismCategory::EquipmentAndDevelopment) = casewright::case::Percent(20_000);
    case.finance.option_mut(preferred).own_rates = None;
    case.finance.option_mut(preferred).lines.push(FinanceLine {
        label: "Range equipment".into(),
        flow: Flow::Cost {
            category: OptimismCategory::EquipmentAndDevelopment,
            funding: FundingSource::default(),
        },
        amounts: vec![Money::pounds(200_000)],
        ..FinanceLine::default()
    });
    h.run();
    go_to(&mut h, Step::Finance);
    h.get_by_label("+£400,000 (200%)");
}

#[test]
fn dates_are_read_as_people_write_them_and_us_order_is_refused() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    let meeting = |h: &Harness<'_, App>| h.state().case().unwrap().front_sheet.meeting_date;
    let day = chrono::NaiveDate::from_ymd_opt(2027, 2, 17);
    for text in [
        "17/02/2027",
        "17 Feb 2027",
        "17 February 2027",
        "2027-02-17",
    ] {
        h.get_by(|node| is_text_input(node, "Meeting date")).focus();
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.key_press(Key::Backspace);
        h.run();
        h.get_by(|node| is_text_input(node, "Meeting date"))
            .type_text(text);
        h.run();
        assert_eq!(meeting(&h), day, "{text}");
        assert!(
            shows(&h, "Wednesday 17 February 2027"),
            "{text}: the long form"
        );
    }
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run();
    h.get_by(|node| is_text_input(node, "Meeting date"))
        .type_text("02/17/2027");
    h.run();
    assert!(
        shows(&h, "has the month first"),
        "the US order is refused, saying why"
    );
    h.get_by(|node| {
        node.role() == Role::Button
            && node.label().as_deref() == Some("Meeting date: choose on a calendar")
    });
    assert!(!shows(&h, "YYYY-MM-DD"));
}

#[test]
fn discarding_recovered_work_asks_first_and_can_be_undone() {
    let folder = tempfile::tempdir().expect("temp dir");
    let after = std::time::Duration::from_millis(10);
    {
        let mut h = crate::support::app_with(Some(folder.path()), after);
        click(&mut h, "New case");
        type_into(&mut h, "Title", "Joint dog unit");
        std::thread::sleep(after * 3);
        h.run();
        h.get_by_label_contains("Autosaved at");
        // The app is dropped here as a crash would leave it: the autosave stays.
    }
    let mut h = crate::support::app_in(Some(folder.path()));
    click(&mut h, "Discard Joint dog unit");
    h.get_by_label("Discard the unsaved work?");
    click(&mut h, "Keep it");
    h.get_by_label("Recover Joint dog unit");
    click(&mut h, "Discard Joint dog unit");
    click(&mut h, "Discard the work");
    assert!(h.query_by_label("Recover Joint dog unit").is_none());
    click(&mut h, "Undo discard");
    h.get_by_label("Recover Joint dog unit");
}

#[test]
fn a_pdf_no_program_can_open_is_reported_with_its_path_and_folder() {
    fn no_viewer(_: &std::path::Path) -> std::io::Result<()> {
        Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "no application is set to open PDF files",
        ))
    }
    let mut h = app_in(None);
    h.state_mut().set_opener(no_viewer);
    let path = std::env::temp_dir().join("casewright-no-viewer.pdf");
    h.state_mut().queue(Action::OpenExternally(path.clone()));
    for _ in 0..20 {
        h.run();
        if h.state().notice().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let notice = h.state().notice().expect("the failure is said on screen");
    assert!(
        notice.detail.contains(&path.display().to_string()),
        "{}",
        notice.detail
    );
    h.get_by_label("Show in folder");
}
