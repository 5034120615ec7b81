//! Step 9: every finding of the checks, grouped by step, most serious first. Clicking a
//! finding takes the user to the field it concerns.

use egui::RichText;

use super::{Page, WizardStep};
use crate::app::commands::Action;
use crate::app::form::Form;
use crate::app::theme::{self, colour};
use crate::case::validate::Tally;
use crate::case::{Finding, Severity, Step};
use crate::format::{capitalised, plural};
use crate::palette::{self, Rgb};

/// The Review step. It shows the findings, which the app keeps up to date.
#[derive(Debug, Default)]
pub struct ReviewStep;

/// The colour a finding of this severity is shown in.
pub fn severity_colour(severity: Severity) -> Rgb {
    match severity {
        Severity::Error => palette::ERROR,
        Severity::Warning => palette::WARNING,
        Severity::Hint => palette::MUTED,
    }
}

impl WizardStep for ReviewStep {
    fn step(&self) -> Step {
        Step::Review
    }

    fn ui(&mut self, form: &mut Form<'_>, page: Page<'_>) {
        let findings = page.findings;
        let tally = Tally::of(findings);
        let verdict = if tally.errors == 0 {
            RichText::new("Ready for committee: no errors.").color(colour(palette::GOOD))
        } else {
            RichText::new(format!(
                "Not ready for committee: {} to fix.",
                plural(tally.errors, "error")
            ))
            .color(colour(palette::ERROR))
        };
        form.label(verdict.font(theme::bold(17.0)));
        form.label(format!(
            "{}, {}, {}. Click a finding to go to its field.",
            plural(tally.errors, "error"),
            plural(tally.warnings, "warning"),
            plural(tally.hints, "hint")
        ));
        for step in Step::ALL {
            let in_step: Vec<&Finding> = findings
                .iter()
                .filter(|f| f.anchor.step() == step)
                .collect();
            if in_step.is_empty() {
                continue;
            }
            form.add_space(10.0);
            form.label(RichText::new(step.label()).font(theme::bold(17.0)));
            for finding in in_step {
                form.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(capitalised(finding.severity.label()))
                            .color(colour(severity_colour(finding.severity)))
                            .strong(),
                    );
                    if ui.link(&finding.message).clicked() {
                        page.actions.push(Action::Reveal(finding.anchor));
                    }
                });
            }
        }
    }
}
