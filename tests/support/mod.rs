//! Helpers for driving the app as a person would: find a control by its accessible label,
//! click it, type into it, pick from a drop-down.

#![allow(dead_code)]

use std::path::Path;

use casewright::app::user_data::UserData;
use std::time::Duration;

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
    let settings = Settings {
        user_data,
        autosave_after,
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| App::with_settings(cc, settings));
    harness.run();
    harness
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
        .get_by(|node| node.role() != Role::Label && node.label().as_deref() == Some(step.label()))
        .click_accesskit();
    harness.run();
}
