//! The case being edited and everything the app derives from it: where it is saved, whether
//! it has unsaved changes, undo history, and the cached results of the checks.
//!
//! Steps edit [`Document::case`] directly. Once a frame the app calls
//! [`Document::after_frame`], which notices a change by comparing with the last state seen,
//! and only then re-runs the checks and updates the unsaved marker, so a frame with no edit
//! costs one comparison rather than a full validation.

use std::path::{Path, PathBuf};
use std::time::Instant;

use egui::util::undoer::{Settings as UndoSettings, Undoer};

use super::steps::Wizard;
use crate::case::validate::Tally;
use crate::case::{Anchor, Case, Finding, Severity, Step, validate};
use crate::format::plural;

/// How a step stands, for the navigator's mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    /// Nothing entered yet.
    NotStarted,
    /// Something entered and at least one error remains.
    HasErrors(usize),
    /// Something entered and no errors (warnings may remain).
    Done,
}

impl StepStatus {
    /// The status in words, for the navigator and screen readers.
    pub fn describe(self) -> String {
        match self {
            StepStatus::NotStarted => "Not started".into(),
            StepStatus::HasErrors(count) => plural(count, "error"),
            StepStatus::Done => "Done".into(),
        }
    }
}

/// The results of the checks on one state of the case.
#[derive(Debug, Clone, Default)]
pub struct Checks {
    /// Every finding, in wizard order.
    pub findings: Vec<Finding>,
    /// Counts by severity.
    pub tally: Tally,
    /// Each step's status, in [`Step::ALL`] order.
    pub statuses: Vec<StepStatus>,
}

impl Checks {
    /// Runs the checks on `case`.
    pub fn of(case: &Case) -> Checks {
        let findings = validate(case);
        let tally = Tally::of(&findings);
        let mut blank = Case::default();
        blank.normalise();
        let statuses = Step::ALL
            .into_iter()
            .map(|step| {
                // Review gathers every step's findings, so its mark counts them all.
                let errors = findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .filter(|f| step == Step::Review || f.anchor.step() == step)
                    .count();
                let started = match step {
                    Step::Review => case != &blank,
                    _ => step_started(step, case, &blank),
                };
                match (started, errors) {
                    (false, _) => StepStatus::NotStarted,
                    (true, 0) => StepStatus::Done,
                    (true, errors) => StepStatus::HasErrors(errors),
                }
            })
            .collect();
        Checks {
            findings,
            tally,
            statuses,
        }
    }

    /// The status of one step.
    pub fn status(&self, step: Step) -> StepStatus {
        let index = Step::ALL.iter().position(|s| *s == step).unwrap_or(0);
        self.statuses
            .get(index)
            .copied()
            .unwrap_or(StepStatus::NotStarted)
    }
}

/// Whether the user has entered anything in a step's part of the case. Every part of a case
/// belongs to a step; a new part does not compile until it is given one.
fn step_started(step: Step, case: &Case, blank: &Case) -> bool {
    let Case {
        format_version: _, // Written by the program, not entered.
        front_sheet,
        partners,
        strategy,
        options,
        finance,
        commercial,
        risks,
        equality,
        workforce,
        data_protection,
        estates_ict,
        governance,
        management,
        implementation,
        recommendations,
        revisions,
        sign_off,
    } = case;
    match step {
        Step::FrontSheet => *front_sheet != blank.front_sheet || *partners != blank.partners,
        Step::CaseForChange => *strategy != blank.strategy,
        Step::Options => *options != blank.options,
        Step::Finance => *finance != blank.finance,
        Step::Commercial => *commercial != blank.commercial,
        Step::Risks => *risks != blank.risks,
        Step::Equality => *equality != blank.equality,
        Step::Workforce => *workforce != blank.workforce,
        Step::DataEstatesIct => {
            *data_protection != blank.data_protection || *estates_ict != blank.estates_ict
        }
        Step::Governance => *governance != blank.governance,
        Step::Management => *management != blank.management,
        Step::Implementation => {
            *implementation != blank.implementation
                || !recommendations.is_empty()
                || !revisions.is_empty()
        }
        Step::SignOff => *sign_off != blank.sign_off,
        Step::Review => case != blank,
    }
}

/// The case being edited.
pub struct Document {
    /// The case; steps edit it directly.
    pub case: Case,
    /// The file it is saved in; `None` until first saved.
    pub path: Option<PathBuf>,
    /// The step shown.
    pub step: Step,
    /// Every step, with the UI state each keeps while the case is open.
    pub wizard: Wizard,
    /// A field the user asked to see, for the next frame of its step to reveal
    /// ([`Wizard::show`] offers it once, then drops it).
    pub focus: Option<Anchor>,
    /// The case as last saved or opened; `None` if it has never been saved (recovered work).
    saved: Option<Case>,
    /// The case as of the last frame, to notice changes.
    last_seen: Case,
    unsaved: bool,
    undoer: Undoer<Case>,
    checks: Checks,
    /// When the first change not yet saved or autosaved was made; `None` when there is none.
    pub unsaved_since: Option<Instant>,
    /// When this document was last autosaved.
    pub last_autosave: Option<chrono::DateTime<chrono::Local>>,
}

impl Document {
    /// A document for a case, saved at `path` if given. `saved` says whether the case as given
    /// is what is on disk (false for recovered work, which must be saved again).
    pub fn new(case: Case, path: Option<PathBuf>, saved: bool) -> Document {
        let checks = Checks::of(&case);
        Document {
            saved: saved.then(|| case.clone()),
            unsaved: !saved,
            last_seen: case.clone(),
            undoer: Undoer::with_settings(UndoSettings {
                max_undos: 200,
                stable_time: 0.8,
                auto_save_interval: 20.0,
            }),
            case,
            path,
            step: Step::FrontSheet,
            wizard: Wizard::default(),
            focus: None,
            checks,
            unsaved_since: (!saved).then(Instant::now),
            last_autosave: None,
        }
    }

    /// Whether there are changes not saved to the file.
    pub fn is_unsaved(&self) -> bool {
        self.unsaved
    }

    /// The cached results of the checks for the case as it stands.
    pub fn checks(&self) -> &Checks {
        &self.checks
    }

    /// The file name to show, or "Untitled".
    pub fn file_name(&self) -> String {
        self.path.as_deref().and_then(Path::file_name).map_or_else(
            || "Untitled".to_owned(),
            |name| name.to_string_lossy().into_owned(),
        )
    }

    /// Records that the case as it stands is now saved at `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved = Some(self.case.clone());
        self.unsaved = false;
        self.unsaved_since = None;
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        self.undoer.has_undo(&self.case)
    }

    /// Whether there is an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        self.undoer.has_redo(&self.case)
    }

    /// Goes back to the state before the last edit.
    pub fn undo(&mut self) {
        if let Some(previous) = self.undoer.undo(&self.case) {
            self.case = previous.clone();
        }
    }

    /// Re-applies the last undone edit.
    pub fn redo(&mut self) {
        if let Some(next) = self.undoer.redo(&self.case) {
            self.case = next.clone();
        }
    }

    /// Asks to show the field at `anchor`: switches to the step that owns it, which puts the
    /// cursor in the field when it is next drawn.
    pub fn reveal(&mut self, anchor: Anchor) {
        self.step = self.wizard.owner(anchor);
        self.focus = Some(anchor);
    }

    /// Call once a frame after the steps have drawn: notices edits, re-runs the checks on
    /// change, and feeds the undo history (not while the pointer is held down, so a drag
    /// is one undo step). Returns whether the case changed this frame.
    pub fn after_frame(&mut self, time: f64, pointer_down: bool) -> bool {
        let changed = self.case != self.last_seen;
        if changed {
            self.last_seen = self.case.clone();
            self.checks = Checks::of(&self.case);
            self.unsaved = self.saved.as_ref() != Some(&self.case);
            if self.unsaved {
                self.unsaved_since.get_or_insert_with(Instant::now);
            } else {
                self.unsaved_since = None;
            }
        }
        if !pointer_down {
            self.undoer.feed_state(time, &self.case);
        }
        changed
    }
}
