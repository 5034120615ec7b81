//! The case being edited and what goes with it: where it is saved, whether it has unsaved
//! changes, undo history, and what is computed from it ([`Derived`]: the checks, the
//! appraisal, the laid-out pages).
//!
//! Steps edit [`OpenCase::case`] directly. Once a frame the app calls
//! [`OpenCase::after_frame`], which notices a change by comparing with the last state seen,
//! and only then rebuilds what is derived and updates the unsaved marker, so a frame with no
//! edit costs one comparison rather than a full validation.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use egui::util::undoer::{Settings as UndoSettings, Undoer};

use super::derived::Derived;
use super::figures::FigureSource;
use super::steps::{StepContext, Wizard};
use crate::case::storage::Stamp;
use crate::case::storage::lock::{Lock, LockNote};
use crate::case::validate::Memo;
use crate::case::validate::{FrontSheetField, Tally};
use crate::case::{Anchor, Case, Finding, Severity, Step};
use crate::format::plural;
use crate::report::checks::findings_remembering;

/// How a step stands, for the navigator's mark. It comes from the same findings Review lists.
/// [`Checks::status`] is the checks' own view (a step with errors has errors, typed in or not);
/// [`OpenCase::status`] is what the navigator shows, which holds a new case's findings back
/// until the user has worked on a step (see [`OpenCase::presents`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    /// Nothing entered yet, and nothing the checks count as an error (or, in a new case, a
    /// step the user has not worked on yet: its findings are still to do, not errors).
    NotStarted,
    /// Something entered in a new case's step the user has not yet left: its findings are shown
    /// once the user moves on.
    InProgress,
    /// At least one error.
    HasErrors(usize),
    /// No errors, but warnings: something a committee will ask about is missing or unclear.
    ToCheck(usize),
    /// Something entered, and nothing missing: no errors and no warnings (hints may remain).
    Done,
}

impl StepStatus {
    /// The status in words, for the navigator and screen readers.
    pub fn describe(self) -> String {
        match self {
            StepStatus::NotStarted => "Not started".into(),
            StepStatus::InProgress => "In progress".into(),
            StepStatus::HasErrors(count) => plural(count, "error"),
            StepStatus::ToCheck(count) => format!("{count} to check"),
            StepStatus::Done => "Done".into(),
        }
    }
}

/// One step of the wizard as the checks see it: what the navigator marks and Review lists
/// under the step's heading, from the same findings.
#[derive(Debug, Clone, PartialEq)]
pub struct StepCheck {
    /// The step.
    pub step: Step,
    /// Its title in the wizard.
    pub title: &'static str,
    /// How it stands.
    pub status: StepStatus,
    /// Whether the user has entered anything in the step's part of the case.
    pub started: bool,
    /// The findings about its fields, as indexes into [`Checks::findings`], most serious first.
    pub findings: Vec<usize>,
}

/// The results of the checks on one state of the case.
#[derive(Debug, Clone, Default)]
pub struct Checks {
    /// Every finding, in wizard order.
    pub findings: Vec<Finding>,
    /// The figures typed by hand that no longer match, for Review's "Replace with the live
    /// figure": the ones the checks just found (kept in their memo), not worked out again.
    stale: Vec<crate::case::figures::stale::Stale>,
    /// Counts by severity.
    pub tally: Tally,
    /// Each step of the wizard, in order, with its status and its findings.
    pub steps: Vec<StepCheck>,
}

impl Checks {
    /// The stale figures of the case these checks were run on.
    pub fn stale(&self) -> &[crate::case::figures::stale::Stale] {
        &self.stale
    }

    /// Runs the checks on `case`, sorting the findings into the steps of `wizard` that show
    /// their fields; `memo` keeps what the next run after an edit need not redo.
    pub fn of(case: &Case, wizard: &Wizard, memo: &mut Memo) -> Checks {
        let findings = findings_remembering(case, memo);
        let tally = Tally::of(&findings);
        let blank = blank_case();
        let steps = wizard
            .steps()
            .map(|(step, title)| {
                let own: Vec<usize> = (0..findings.len())
                    .filter(|i| wizard.owner(findings[*i].anchor) == step)
                    .collect();
                // Review gathers every step's findings, so its mark counts them all.
                let count = |severity: Severity| {
                    findings
                        .iter()
                        .enumerate()
                        .filter(|(i, f)| {
                            f.severity == severity && (step == Step::Review || own.contains(i))
                        })
                        .count()
                };
                let started = step_started(step, case, &blank);
                let status = match (count(Severity::Error), count(Severity::Warning), started) {
                    (0, 0, false) => StepStatus::NotStarted,
                    (0, 0, true) => StepStatus::Done,
                    (0, warnings, _) => StepStatus::ToCheck(warnings),
                    (errors, _, _) => StepStatus::HasErrors(errors),
                };
                StepCheck {
                    step,
                    title,
                    status,
                    started,
                    findings: own,
                }
            })
            .collect();
        Checks {
            findings,
            stale: memo.stale().to_vec(),
            tally,
            steps,
        }
    }

    /// The status of one step.
    pub fn status(&self, step: Step) -> StepStatus {
        self.step(step)
            .map_or(StepStatus::NotStarted, |check| check.status)
    }

    /// Whether the user has entered anything in `step`'s part of the case.
    pub fn started(&self, step: Step) -> bool {
        self.step(step).is_some_and(|check| check.started)
    }

    fn step(&self, step: Step) -> Option<&StepCheck> {
        self.steps.iter().find(|check| check.step == step)
    }
}

/// A new case as the app starts one, to tell what the user has entered.
fn blank_case() -> Case {
    let mut blank = Case::default();
    blank.normalise();
    blank
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
        legal,
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
        Step::Governance => *governance != blank.governance || *legal != blank.legal,
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

/// Where the case stands against its file, for the status bar and the window title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveState {
    /// Saved to its file, with no changes since.
    Saved,
    /// Saved to its file before; changed since.
    Changed,
    /// Never saved to a file, and not changed since it was opened (a new case or an example).
    NeverSaved,
    /// Never saved to a file, and changed (or recovered after a crash).
    NeverSavedChanged,
}

impl SaveState {
    /// Whether there is work a save would keep that is not in a file.
    pub fn is_unsaved(self) -> bool {
        matches!(self, SaveState::Changed | SaveState::NeverSavedChanged)
    }

    /// What the status bar says.
    pub fn describe(self) -> &'static str {
        match self {
            SaveState::Saved => "All changes saved",
            SaveState::Changed => "Unsaved changes",
            SaveState::NeverSaved => "Not saved to a file yet",
            SaveState::NeverSavedChanged => "Unsaved changes (never saved to a file)",
        }
    }
}

/// How the last autosave went.
#[derive(Debug, Clone, PartialEq)]
pub enum Autosave {
    /// Nothing has needed autosaving yet.
    NotYet,
    /// Written at this time.
    Written(chrono::DateTime<chrono::Local>),
    /// The last attempt failed, for this reason; it is tried again after another interval.
    Failed(String),
}

/// The case being edited, with its file, its undo history and its checks (named so it is
/// not taken for the report's `Document`, which is the paper).
pub struct OpenCase {
    /// The case; steps edit it directly.
    pub case: Case,
    /// The file it is saved in; `None` until first saved.
    pub path: Option<PathBuf>,
    /// The step shown.
    step: Step,
    /// Whether the step shown has just been opened, so its form starts at the top.
    step_opened: bool,
    /// Every step, with the UI state each keeps while the case is open.
    pub wizard: Wizard,
    /// A field the user asked to see, for the next frame of its step to reveal
    /// ([`Wizard::show`] offers it once, then drops it).
    pub focus: Option<Anchor>,
    /// The case as last saved or opened; `None` if it has never been saved (recovered work).
    saved: Option<Case>,
    /// The case as of the last frame, to notice changes, shared with the figures the text
    /// areas offer ([`FigureSource`]), which are worked out from it only when a text area
    /// needs them.
    last_seen: FigureSource,
    unsaved: bool,
    undoer: Undoer<Case>,
    derived: Derived,
    /// When the first change not yet saved or autosaved was made; `None` when there is none.
    pub unsaved_since: Option<Instant>,
    /// How the last autosave went.
    pub autosave: Autosave,
    /// The autosave of an earlier run this case was recovered from. It is kept until the work
    /// is safe elsewhere: saved to a file, autosaved by this run, or discarded by the user.
    pub recovered_from: Option<PathBuf>,
    /// The steps whose findings are shown as errors on their fields and in the navigator (see
    /// [`OpenCase::presents`]).
    presented: BTreeSet<Step>,
    /// The field the last undo or redo changed, and when.
    marked: Option<(Anchor, Instant)>,
    /// What the file held when this copy last read or wrote it, so a save can tell whether
    /// someone else has written it since; `None` until the case is in a file.
    pub disk: Option<Stamp>,
    /// This copy's lock note beside the file, removed when the case is closed.
    pub lock: Option<Lock>,
    /// When the lock note was last refreshed.
    pub lock_refreshed: Instant,
    /// Whose lock note made this a read-only view: edits are undone as they are made and the
    /// file is never written; Save As saves a copy that can be edited.
    pub read_only: Option<LockNote>,
    /// An outside version of the file the user has already been told about, so the same
    /// change is not announced at every return to the window.
    pub outside_seen: Option<Stamp>,
}

/// How long the field an undo or redo changed stays marked.
pub const MARK_FOR: std::time::Duration = std::time::Duration::from_millis(1500);

impl OpenCase {
    /// A document for a case, saved at `path` if given. `saved` says whether the case as given
    /// is what is on disk (false for recovered work, which must be saved again).
    pub fn new(case: Case, path: Option<PathBuf>, saved: bool) -> OpenCase {
        let wizard = Wizard::default();
        let derived = Derived::of(&case, &wizard);
        // A new case starts with every step to do; a case with work in it shows every finding.
        let blank = case == blank_case();
        let presented = if blank {
            BTreeSet::new()
        } else {
            Step::ALL.into_iter().collect()
        };
        // A new case opens with the cursor in its title, so the first keystroke lands there.
        let focus = blank.then_some(Anchor::FrontSheet(FrontSheetField::Title));
        OpenCase {
            presented,
            marked: None,
            saved: saved.then(|| case.clone()),
            unsaved: !saved,
            last_seen: FigureSource::of(case.clone()),
            undoer: Undoer::with_settings(UndoSettings {
                max_undos: 200,
                stable_time: 0.8,
                auto_save_interval: 20.0,
            }),
            case,
            path,
            step: Step::FrontSheet,
            step_opened: true,
            wizard,
            focus,
            derived,
            unsaved_since: (!saved).then(Instant::now),
            autosave: Autosave::NotYet,
            recovered_from: None,
            disk: None,
            lock: None,
            lock_refreshed: Instant::now(),
            read_only: None,
            outside_seen: None,
        }
    }

    /// The step shown.
    pub fn step(&self) -> Step {
        self.step
    }

    /// Shows `step`, from the top of its form. Leaving a step the user has entered something
    /// in presents its findings from then on.
    pub fn go_to(&mut self, step: Step) {
        if step != self.step && step_started(self.step, &self.case, &blank_case()) {
            self.presented.insert(self.step);
        }
        // A force named on the front sheet gets its id once the user moves on, so the figures
        // offered on the next step can name it.
        self.case.partners.assign_force_ids();
        self.step = step;
        self.step_opened = true;
    }

    /// Whether the findings of `step` are shown as errors: in a case opened with work in it,
    /// always; in a new case, once the user has entered something in the step and moved on, or
    /// followed a finding to it. Until then the step reads "Not started" (or "In progress" while
    /// the user types in it for the first time) and Review lists its findings as still to do,
    /// so a new user is not met by dozens of red errors before typing a word, nor corrected
    /// mid-sentence in a field they have not finished.
    pub fn presents(&self, step: Step) -> bool {
        self.presented.contains(&step)
    }

    /// How `step` stands as the navigator shows it: the checks' status, with a new case's
    /// findings held back until the step is presented ([`OpenCase::presents`]).
    pub fn status(&self, step: Step) -> StepStatus {
        let status = self.checks().status(step);
        if step == Step::Review {
            let errors = self
                .checks()
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .filter(|f| self.presents(self.wizard.owner(f.anchor)))
                .count();
            return match status {
                StepStatus::HasErrors(_) if errors > 0 => StepStatus::HasErrors(errors),
                StepStatus::HasErrors(_) | StepStatus::ToCheck(_) if self.presented.is_empty() => {
                    self.first_visit_status(step)
                }
                status => status,
            };
        }
        match status {
            StepStatus::HasErrors(_) | StepStatus::ToCheck(_) if !self.presents(step) => {
                self.first_visit_status(step)
            }
            status => status,
        }
    }

    /// "Not started" or "In progress", for a step whose findings are not presented yet.
    fn first_visit_status(&self, step: Step) -> StepStatus {
        // From the checks, worked out once per change of the case rather than every frame.
        if self.checks().started(step) {
            StepStatus::InProgress
        } else {
            StepStatus::NotStarted
        }
    }

    /// The errors and warnings of the presented steps, for the status bar; the rest of a new
    /// case's findings are to do.
    pub fn presented_tally(&self) -> Tally {
        let shown: Vec<Finding> = self
            .checks()
            .findings
            .iter()
            .filter(|f| self.presents(self.wizard.owner(f.anchor)))
            .cloned()
            .collect();
        Tally::of(&shown)
    }

    /// Whether the step shown was opened since the last call: its form should start at the top
    /// rather than where it was last scrolled.
    pub fn take_step_opened(&mut self) -> bool {
        std::mem::take(&mut self.step_opened)
    }

    /// Whether there are changes not saved to the file.
    pub fn is_unsaved(&self) -> bool {
        self.unsaved
    }

    /// Where the case stands against its file.
    pub fn save_state(&self) -> SaveState {
        match (self.path.is_some(), self.unsaved) {
            (true, false) => SaveState::Saved,
            (true, true) => SaveState::Changed,
            (false, false) => SaveState::NeverSaved,
            (false, true) => SaveState::NeverSavedChanged,
        }
    }

    /// The cached results of the checks for the case as it stands.
    pub fn checks(&self) -> &Checks {
        self.derived.checks()
    }

    /// Everything computed from the case as it stands: the checks, the appraisal, the pages.
    pub fn derived(&self) -> &Derived {
        &self.derived
    }

    /// Draws the step shown into `ui`, with the checks as they stood at the start of the frame
    /// and the app's queue for what is not an edit.
    pub fn show_step(&mut self, ui: &mut egui::Ui, actions: &mut Vec<super::commands::Action>) {
        super::figures::share(ui.ctx(), self.last_seen.clone());
        let presented = self.presents(self.step);
        let to_do: BTreeSet<Step> = Step::ALL
            .into_iter()
            .filter(|step| !self.presents(*step))
            .collect();
        let page = StepContext {
            case: &mut self.case,
            checks: self.derived.checks(),
            appraisal: self.derived.appraisal(),
            actions,
            to_do: &to_do,
        };
        self.wizard
            .show(self.step, ui, &mut self.focus, presented, page);
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

    /// Whether this is a read-only view of a case someone else has open.
    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        self.undoer.has_undo(&self.case)
    }

    /// Whether there is an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        self.undoer.has_redo(&self.case)
    }

    /// Goes back to the state before the last edit, and shows the field it changed.
    pub fn undo(&mut self) {
        if let Some(previous) = self.undoer.undo(&self.case).cloned() {
            self.replace_showing_change(previous);
        }
    }

    /// Re-applies the last undone edit, and shows the field it changed.
    pub fn redo(&mut self) {
        if let Some(next) = self.undoer.redo(&self.case).cloned() {
            self.replace_showing_change(next);
        }
    }

    /// Puts `case` in place of the case, then takes the user to the field that changed (its
    /// step, with the cursor in it) and marks it for a moment, so an undo is never silent nor
    /// made out of sight on another step.
    fn replace_showing_change(&mut self, case: Case) {
        let changed = Anchor::of_change(&self.case, &case);
        self.case = case;
        if let Some(anchor) = changed {
            self.reveal(anchor);
            self.marked = Some((anchor, Instant::now()));
        }
    }

    /// The field the last undo or redo changed, while it is still marked (for
    /// [`MARK_FOR`]).
    pub fn marked(&self) -> Option<Anchor> {
        self.marked
            .filter(|(_, since)| since.elapsed() < MARK_FOR)
            .map(|(anchor, _)| anchor)
    }

    /// Asks to show the field at `anchor`: switches to the step that owns it, which puts the
    /// cursor in the field when it is next drawn (scrolling the form to it).
    pub fn reveal(&mut self, anchor: Anchor) {
        let step = self.wizard.owner(anchor);
        self.go_to(step);
        self.presented.insert(step);
        self.focus = Some(anchor);
    }

    /// Call once a frame after the steps have drawn: notices edits, rebuilds what is derived
    /// from the case on change (the pages on the layout thread, which asks `ctx` to repaint
    /// when they are ready), and feeds the undo history (not while the pointer is held down,
    /// so a drag is one undo step). Returns whether the case changed this frame.
    pub fn after_frame(
        &mut self,
        ctx: &egui::Context,
        time: f64,
        pointer_down: bool,
        typing: bool,
    ) -> bool {
        if self.read_only.is_some() {
            // A read-only view refuses edits: what was typed or dragged is put back.
            if self.case != *self.last_seen.case() {
                self.case = self.last_seen.case().clone();
            }
            if self.derived.poll() {
                ctx.request_repaint();
            }
            self.derived.request_pages(&self.case, ctx);
            return false;
        }
        if !typing {
            // Not while a name is being typed, so an id is made from the whole name.
            self.case.partners.assign_force_ids();
        }
        if self.derived.poll() {
            ctx.request_repaint();
        }
        let changed = self.case != *self.last_seen.case();
        if changed {
            self.last_seen = FigureSource::of(self.case.clone());
            self.derived.rebuild(&self.case, &self.wizard);
            self.unsaved = self.saved.as_ref() != Some(&self.case);
            if self.unsaved {
                self.unsaved_since.get_or_insert_with(Instant::now);
            } else {
                self.unsaved_since = None;
            }
        }
        self.derived.request_pages(&self.case, ctx);
        if !pointer_down {
            self.undoer.feed_state(time, &self.case);
        }
        changed
    }
}
