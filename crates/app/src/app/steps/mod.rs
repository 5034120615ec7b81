//! The wizard's steps, one module each, each a type that implements [`WizardStep`], in the
//! manner of the egui demo's `Demo` trait: which [`Step`] it is (and so its title and the
//! fields it owns), the UI state it keeps, and `ui`, which draws its form.
//!
//! The [`Wizard`] holds one of each, in order; the navigator, the Back and Next buttons and the
//! drawing of the current step all read that one list.
//!
//! Steps edit the case directly; the app notices changes (undo, unsaved marker, autosave,
//! checks). A field a Review finding points at is revealed by the [`Form`] the step draws into.

pub mod case_for_change;
pub mod commercial;
pub mod data_estates_ict;
pub mod equality;
pub mod finance;
pub mod front_sheet;
pub mod governance;
pub mod implementation;
pub mod management;
pub mod options;
pub mod review;
pub mod risks;
pub mod sign_off;
pub mod workforce;

use super::commands::Action;
use super::document::Checks;
use super::form::Form;
use crate::case::finance::{Appraisal, FinanceError};
use crate::case::{Anchor, Case, Step};

/// What a step's `ui` works on besides its own state.
pub struct StepContext<'a> {
    /// The case, which steps edit directly.
    pub case: &'a mut Case,
    /// The checks on the case as it stood at the start of the frame: every finding, and each
    /// step's status and findings (what the navigator marks and Review lists).
    pub checks: &'a Checks,
    /// The appraisal of the case as it stood at the start of the frame, or why it cannot be
    /// worked out: computed once for every step that shows it.
    pub appraisal: Result<&'a Appraisal, &'a FinanceError>,
    /// The app's queue, for what is not an edit of the case (Review's "go to this field").
    pub actions: &'a mut Vec<Action>,
    /// The steps of a new case the user has not worked on yet, whose findings Review lists as
    /// still to do rather than as errors (see [`super::document::OpenCase::presents`]).
    pub to_do: &'a std::collections::BTreeSet<Step>,
}

/// One step of the wizard.
pub trait WizardStep {
    /// Which step this is: its place in the wizard and its name ([`Step::label`]).
    fn step(&self) -> Step;

    /// The step's title, in the navigator, on the Back and Next buttons and above its form.
    fn title(&self) -> &'static str {
        self.step().label()
    }

    /// Whether the field at `anchor` is on this step: every anchor whose [`Anchor::step`] is
    /// this one.
    fn owns(&self, anchor: Anchor) -> bool {
        anchor.step() == self.step()
    }

    /// Draws the step's form. Every field names the anchor it answers to, so the one a
    /// Review finding points at takes the focus.
    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>);
}

/// A boxed step is a step, so a list of them can be driven like any one of them.
impl<T: WizardStep + ?Sized> WizardStep for Box<T> {
    fn step(&self) -> Step {
        (**self).step()
    }

    fn title(&self) -> &'static str {
        (**self).title()
    }

    fn owns(&self, anchor: Anchor) -> bool {
        (**self).owns(anchor)
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        (**self).ui(form, page);
    }
}

/// Every step, in wizard order, each with the UI state it keeps while the case is open.
pub struct Wizard {
    steps: Vec<Box<dyn WizardStep>>,
}

impl Default for Wizard {
    fn default() -> Wizard {
        Wizard {
            steps: vec![
                Box::new(front_sheet::FrontSheetStep),
                Box::new(case_for_change::CaseForChangeStep),
                Box::new(options::OptionsStep),
                Box::new(finance::FinanceStep::default()),
                Box::new(commercial::CommercialStep),
                Box::new(risks::RisksStep::default()),
                Box::new(equality::EqualityStep),
                Box::new(workforce::WorkforceStep),
                Box::new(data_estates_ict::DataEstatesIctStep),
                Box::new(governance::GovernanceStep::default()),
                Box::new(management::ManagementStep),
                Box::new(implementation::ImplementationStep::default()),
                Box::new(sign_off::SignOffStep),
                Box::new(review::ReviewStep),
            ],
        }
    }
}

/// The steps themselves, in order, for tests that drive each one on its own.
impl IntoIterator for Wizard {
    type Item = Box<dyn WizardStep>;
    type IntoIter = std::vec::IntoIter<Box<dyn WizardStep>>;

    fn into_iter(self) -> Self::IntoIter {
        self.steps.into_iter()
    }
}

impl Wizard {
    /// The steps in order, with their titles.
    pub fn steps(&self) -> impl Iterator<Item = (Step, &'static str)> + '_ {
        self.steps.iter().map(|step| (step.step(), step.title()))
    }

    /// How many steps there are.
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    /// Whether the wizard has no steps (it always has).
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// Where `step` is in the wizard, counting from 0.
    fn position(&self, step: Step) -> Option<usize> {
        self.steps.iter().position(|s| s.step() == step)
    }

    /// The step's number, counting from 1, as "Step 3 of 9" shows it.
    pub fn number(&self, step: Step) -> usize {
        self.position(step).map_or(0, |index| index + 1)
    }

    /// The step's title.
    pub fn title(&self, step: Step) -> &'static str {
        self.position(step)
            .map_or_else(|| step.label(), |index| self.steps[index].title())
    }

    /// The step after `step`, for the Next button.
    pub fn next(&self, step: Step) -> Option<Step> {
        let index = self.position(step)?;
        self.steps.get(index + 1).map(|next| next.step())
    }

    /// The step before `step`, for the Back button.
    pub fn previous(&self, step: Step) -> Option<Step> {
        let index = self.position(step)?.checked_sub(1)?;
        Some(self.steps[index].step())
    }

    /// The step that shows the field at `anchor`.
    pub fn owner(&self, anchor: Anchor) -> Step {
        self.steps
            .iter()
            .find(|step| step.owns(anchor))
            .map_or_else(|| anchor.step(), |step| step.step())
    }

    /// Draws `step`. `asked` is the field a Review finding asked to see; it is offered to
    /// this one frame of drawing, and dropped here if no field took it (the row it named was
    /// removed, or the field is hidden), so a request never lingers to steal the focus later.
    /// The fields show their errors only if the step's findings are `presented` (a new case's
    /// step the user has not yet worked on shows none).
    pub fn show(
        &mut self,
        step: Step,
        ui: &mut egui::Ui,
        asked: &mut Option<Anchor>,
        presented: bool,
        page: StepContext<'_>,
    ) {
        let mut offered = asked.take();
        let findings: &[crate::case::Finding] = if presented {
            &page.checks.findings
        } else {
            &[]
        };
        if let Some(index) = self.position(step) {
            self.steps[index].ui(&mut Form::new(ui, &mut offered, findings), page);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wizard_has_every_step_once_in_order() {
        let wizard = Wizard::default();
        let steps: Vec<Step> = wizard.steps().map(|(step, _)| step).collect();
        assert_eq!(steps, Step::ALL);
        assert_eq!(wizard.next(Step::FrontSheet), Some(Step::CaseForChange));
        assert_eq!(wizard.previous(Step::FrontSheet), None);
        assert_eq!(wizard.next(Step::Review), None);
        assert_eq!(wizard.number(Step::Review), Step::ALL.len());
    }

    #[test]
    fn every_anchor_has_one_step_to_show_it() {
        let wizard = Wizard::default();
        let mut case = Case::default();
        case.normalise();
        for anchor in Anchor::all(&case) {
            let owners = wizard.steps.iter().filter(|step| step.owns(anchor)).count();
            assert_eq!(owners, 1, "{anchor:?}");
            assert_ne!(wizard.owner(anchor), Step::Review, "{anchor:?}");
        }
    }
}
