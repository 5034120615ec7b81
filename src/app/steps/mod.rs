//! The wizard's steps, one module each, all following one contract so the app can show any
//! of them the same way:
//!
//! ```text
//! #[derive(Default)] pub struct State { .. }   // the step's own UI state
//! pub fn show(ui: &mut egui::Ui, case: &mut Case, state: &mut State, focus: &mut Option<Anchor>)
//! ```
//!
//! Steps edit the case directly; the app notices changes (undo, unsaved marker, autosave,
//! checks). `focus` is set when the user asks to see a field (a Review finding); the step
//! that owns the field scrolls to it, puts the cursor in it and clears `focus`.
//! The Review step is the exception: it reads the findings and asks the app to reveal one.

pub mod case_for_change;
pub mod equality;
pub mod finance;
pub mod front_sheet;
pub mod governance;
pub mod implementation;
pub mod options;
pub mod review;
pub mod risks;

use crate::case::{Anchor, Case, Finding, Step};

/// Every step's UI state, kept while the document is open.
#[derive(Default)]
pub struct StepStates {
    front_sheet: front_sheet::State,
    case_for_change: case_for_change::State,
    options: options::State,
    finance: finance::State,
    risks: risks::State,
    equality: equality::State,
    governance: governance::State,
    implementation: implementation::State,
}

/// Shows one editing step's form. Review is shown by [`review::show`], which needs the
/// findings rather than the case.
pub fn show(
    step: Step,
    ui: &mut egui::Ui,
    case: &mut Case,
    states: &mut StepStates,
    focus: &mut Option<Anchor>,
    findings: &[Finding],
) -> Option<Anchor> {
    match step {
        Step::FrontSheet => front_sheet::show(ui, case, &mut states.front_sheet, focus),
        Step::CaseForChange => case_for_change::show(ui, case, &mut states.case_for_change, focus),
        Step::Options => options::show(ui, case, &mut states.options, focus),
        Step::Finance => finance::show(ui, case, &mut states.finance, focus),
        Step::Risks => risks::show(ui, case, &mut states.risks, focus),
        Step::Equality => equality::show(ui, case, &mut states.equality, focus),
        Step::Governance => governance::show(ui, case, &mut states.governance, focus),
        Step::Implementation => implementation::show(ui, case, &mut states.implementation, focus),
        Step::Review => return review::show(ui, findings),
    }
    None
}

/// If the user asked to see `anchor`, moves the keyboard focus to `response`'s widget,
/// scrolls it into view and clears the request. Steps call it on the widget for each anchor
/// they own.
pub fn focus_here(response: &egui::Response, focus: &mut Option<Anchor>, anchor: Anchor) {
    if *focus == Some(anchor) {
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::Center));
        *focus = None;
    }
}
