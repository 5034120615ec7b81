//! Helpers for driving the app as a person would: find a control by its accessible label,
//! click it, type into it, pick from a drop-down.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use casewright::app::dialogs::{FileDialogs, Outcome, Purpose};
use casewright::app::user_data::UserData;
use casewright::app::{AUTOSAVE_AFTER, App, Settings};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, Queryable};

/// The whole app in a 1400×900 window, keeping recent files and autosaves in `folder`.
pub fn app_in(folder: Option<&Path>) -> Harness<'static, App> {
    app_with(folder, AUTOSAVE_AFTER)
}

/// The whole app as [`app_in`], autosaving after `autosave_after` of unsaved changes.
pub fn app_with(folder: Option<&Path>, autosave_after: Duration) -> Harness<'static, App> {
    let user_data = folder.map(|folder| UserData::in_folder(folder.to_path_buf()));
    app_from(Settings {
        user_data,
        autosave_after,
        file_dialogs: FileDialogs::Native,
    })
}

/// The whole app keeping nothing between runs, whose file dialogs are answered at once by
/// `answer` (a file, or `None` for a cancel) instead of being shown.
pub fn app_answering(
    answer: impl Fn(&Purpose) -> Option<PathBuf> + Send + Sync + 'static,
) -> Harness<'static, App> {
    app_with_dialogs(move |purpose| answer(purpose).into())
}

/// The whole app keeping nothing between runs, whose file dialogs end as `outcome` says
/// (including [`Outcome::CouldNotOpen`], as on a desktop with no file dialog).
pub fn app_with_dialogs(
    outcome: impl Fn(&Purpose) -> Outcome + Send + Sync + 'static,
) -> Harness<'static, App> {
    app_from(Settings {
        user_data: None,
        autosave_after: AUTOSAVE_AFTER,
        file_dialogs: FileDialogs::Answered(Arc::new(outcome)),
    })
}

/// The whole app with these settings in a 1400×900 window, settled on the start screen.
fn app_from(settings: Settings) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        // An autosave that falls due mid-action (a test's short interval on a busy machine)
        // asks for a frame or two more.
        .with_max_steps(16)
        .build_eframe(move |cc| App::with_settings(cc, settings));
    harness.run();
    harness
}

/// The open case's title.
pub fn title(harness: &Harness<'_, App>) -> String {
    harness
        .state()
        .case()
        .expect("a case is open")
        .front_sheet
        .title
        .clone()
}

/// Clicks the control with this label (through AccessKit, so it works wherever the control
/// is scrolled to) and lets the app settle.
pub fn click(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_label(label).click_accesskit();
    harness.run();
}

/// Puts the cursor in the text field with this label and types `text`.
pub fn type_into(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    harness.get_by(|node| is_text_input(node, label)).focus();
    harness.run();
    harness
        .get_by(|node| is_text_input(node, label))
        .type_text(text);
    harness.run();
}

/// Whether a node is a text input (single or multi-line) with this label, so a column
/// header or a heading with the same words is not mistaken for it.
pub fn is_text_input(node: &AccessKitNode<'_>, label: &str) -> bool {
    matches!(node.role(), Role::TextInput | Role::MultilineTextInput)
        && node.label().as_deref() == Some(label)
}

/// Opens the drop-down with this label and picks `choice`.
pub fn choose(harness: &mut Harness<'_, App>, label: &str, choice: &str) {
    click(harness, label);
    click(harness, choice);
}

/// Goes to the next step with the wizard's Next button.
pub fn next(harness: &mut Harness<'_, App>) {
    harness.get_by_label_contains("Next: ").click_accesskit();
    harness.run();
}

/// Goes to a step by clicking it in the navigator.
pub fn go_to(harness: &mut Harness<'_, App>, step: casewright::case::Step) {
    harness
        .get_by(|node| {
            !matches!(node.role(), Role::Label | Role::Heading)
                && node.label().as_deref() == Some(step.label())
        })
        .click_accesskit();
    harness.run();
}

/// A case with a row in every list a finding can point into (two named forces, one of them
/// Welsh, finance lines for business as usual and the lead force, risks, milestones,
/// recommendations, a revision, and a row in each list of the commercial, workforce, data,
/// estates, management and sign-off parts), taken in Part 2 so the reason for that shows, so
/// that every field a finding can name is on screen somewhere.
pub fn case_with_every_row() -> casewright::case::Case {
    use casewright::case::data_protection::{DataRole, Dataset, PartyRole};
    use casewright::case::estates_ict::{Site, System};
    use casewright::case::finance::{FinanceLine, FlowKind};
    use casewright::case::front_sheet::AgendaPart;
    use casewright::case::implementation::Milestone;
    use casewright::case::management::RegisteredBenefit;
    use casewright::case::options::OptionKind;
    use casewright::case::partners::OtherPartner;
    use casewright::case::partners::{Force, Nation};
    use casewright::case::risk::SUGGESTED_RISKS;
    use casewright::case::sign_off::{BackgroundPaper, UserAppendix};
    use casewright::case::workforce::Consultation;
    use casewright::case::{Case, Money, Recommendation, Revision};

    let mut case = Case::default();
    case.normalise();
    case.partners.forces = vec![
        Force {
            name: "Northshire Police".into(),
            annual_revenue_budget: Money::pounds(300_000_000),
            ..Force::default()
        },
        Force {
            name: "Heddlu Southshire".into(),
            annual_revenue_budget: Money::pounds(100_000_000),
            nation: Nation::Wales,
            ..Force::default()
        },
    ];
    for option in [OptionKind::BusinessAsUsual, OptionKind::LeadForce] {
        for kind in [FlowKind::Cost, FlowKind::Saving] {
            let years = case.finance.years;
            case.finance.option_mut(option).lines.push(FinanceLine {
                label: format!("{} line", kind.label()),
                amounts: vec![Money::pounds(1_000); years],
                ..FinanceLine::new(kind, years)
            });
        }
    }
    case.risks.add_suggestion(&SUGGESTED_RISKS[0]);
    case.risks.add_suggestion(&SUGGESTED_RISKS[1]);
    case.implementation.milestones.push(Milestone::default());
    case.recommendations.push(Recommendation::default());
    case.recommendations.push(Recommendation::default());
    case.revisions.push(Revision::default());
    // The parts of a decision-ready paper: a private item, a partner with a role, a row in
    // every list, and a dataset with a controller and a processor (whose contract field shows).
    case.front_sheet.agenda_part = AgendaPart::Part2;
    case.partners.others.push(OtherPartner::default());
    case.workforce.consultations.push(Consultation::default());
    case.data_protection.datasets.push(Dataset {
        parties: vec![
            PartyRole::default(),
            PartyRole {
                role: DataRole::Processor,
                ..PartyRole::default()
            },
        ],
        ..Dataset::default()
    });
    case.estates_ict.sites.push(Site::default());
    case.estates_ict.systems.push(System::default());
    case.management.benefits.push(RegisteredBenefit::default());
    case.sign_off
        .background_papers
        .push(BackgroundPaper::default());
    case.sign_off.appendices.push(UserAppendix::default());
    case
}

/// The whole app in a window of `size` points, keeping nothing between runs, settled on the
/// start screen.
pub fn app_sized(size: egui::Vec2) -> Harness<'static, App> {
    let settings = Settings {
        user_data: None,
        autosave_after: AUTOSAVE_AFTER,
        file_dialogs: FileDialogs::Native,
    };
    let mut harness = Harness::builder()
        .with_size(size)
        // Grids and tables measure their columns over a few frames after a step opens.
        .with_max_steps(16)
        .build_eframe(move |cc| App::with_settings(cc, settings));
    harness.run();
    harness
}
