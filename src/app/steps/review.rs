//! Step 9: every finding of the checks, grouped by step, most serious first. Clicking a
//! finding takes the user to the field it concerns.

use egui::{RichText, Ui};

use crate::app::theme;
use crate::case::validate::Tally;
use crate::case::{Anchor, Finding, Severity, Step};

/// The colour a finding of this severity is shown in.
pub fn severity_colour(severity: Severity) -> egui::Color32 {
    match severity {
        Severity::Error => theme::ERROR,
        Severity::Warning => theme::WARNING,
        Severity::Hint => theme::MUTED,
    }
}

/// Shows the findings; returns the anchor of a finding the user clicked.
pub fn show(ui: &mut Ui, findings: &[Finding]) -> Option<Anchor> {
    let tally = Tally::of(findings);
    let verdict = if tally.errors == 0 {
        RichText::new("Ready for committee: no errors.").color(theme::DONE)
    } else {
        RichText::new(format!(
            "Not ready for committee: {} to fix.",
            plural(tally.errors, "error")
        ))
        .color(theme::ERROR)
    };
    ui.label(verdict.font(theme::bold(17.0)));
    ui.label(format!(
        "{}, {}, {}. Click a finding to go to its field.",
        plural(tally.errors, "error"),
        plural(tally.warnings, "warning"),
        plural(tally.hints, "hint")
    ));
    let mut clicked = None;
    for step in Step::ALL {
        let in_step: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.anchor.step() == step)
            .collect();
        if in_step.is_empty() {
            continue;
        }
        ui.add_space(10.0);
        ui.label(RichText::new(step.label()).font(theme::bold(17.0)));
        for finding in in_step {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(capitalised(finding.severity.label()))
                        .color(severity_colour(finding.severity))
                        .strong(),
                );
                if ui.link(&finding.message).clicked() {
                    clicked = Some(finding.anchor);
                }
            });
        }
    }
    clicked
}

/// "1 error", "3 warnings".
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
