//! Step 9: every finding of the checks, grouped by step, most serious first. Clicking a
//! finding takes the user to the field it concerns.

use egui::RichText;

use super::{StepContext, WizardStep};
use crate::app::commands::{Action, Command};
use crate::app::form::Form;
use crate::app::theme::{self, colour};
use crate::case::{Severity, Step};
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

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        let checks = page.checks;
        let tally = checks.tally;
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
        if tally.errors == 0 {
            let export = Command::Export(crate::report::Format::Pdf);
            if form.button(export.label()).clicked() {
                page.actions.push(export.into());
            }
        }
        form.label(format!(
            "{}, {}, {}. What is left to do is listed by step; click a finding to go to its field.",
            plural(tally.errors, "error"),
            plural(tally.warnings, "warning"),
            plural(tally.hints, "hint")
        ));
        for step in &checks.steps {
            if step.findings.is_empty() {
                continue;
            }
            // A new case's step the user has not worked on yet: its findings are to do.
            let to_do = page.to_do.contains(&step.step);
            let errors = step
                .findings
                .iter()
                .filter(|i| checks.findings[**i].severity == Severity::Error)
                .count();
            let left = if to_do {
                format!("not started, {errors} to do")
            } else {
                let others = step
                    .findings
                    .iter()
                    .filter(|i| checks.findings[**i].severity == Severity::Warning)
                    .count();
                match (errors, others) {
                    (0, 0) => "hints only".to_owned(),
                    (0, others) => format!("{others} to check"),
                    (errors, 0) => plural(errors, "error"),
                    (errors, others) => format!("{}, {others} to check", plural(errors, "error")),
                }
            };
            form.add_space(10.0);
            form.label(RichText::new(format!("{}: {left}", step.title)).font(theme::bold(17.0)));
            for finding in step.findings.iter().map(|i| &checks.findings[*i]) {
                form.horizontal_wrapped(|ui| {
                    let (word, shade) = if to_do && finding.severity == Severity::Error {
                        ("To do".to_owned(), palette::MUTED)
                    } else {
                        (
                            capitalised(finding.severity.label()),
                            severity_colour(finding.severity),
                        )
                    };
                    ui.label(RichText::new(word).color(colour(shade)).strong());
                    if ui.link(&finding.message).clicked() {
                        page.actions.push(Action::Reveal(finding.anchor));
                    }
                    let replacement = checks.stale().iter().find(|stale| {
                        stale.meant.is_some()
                            && stale.anchor == finding.anchor
                            && stale.message == finding.message
                    });
                    if let Some(stale) = replacement
                        && let Some(reference) = &stale.meant
                        && ui
                            .button("Replace with the live figure")
                            .on_hover_text(format!(
                                "Puts {reference} in place of {} in the field.",
                                stale.typed
                            ))
                            .clicked()
                    {
                        crate::case::figures::replace_in_field(
                            page.case,
                            &stale.text,
                            &stale.typed,
                            reference,
                        );
                    }
                });
            }
        }
    }
}
