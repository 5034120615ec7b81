//! The Equality impact step: due regard to the three aims of the Public Sector Equality Duty
//! (Equality Act 2010, s149), the nine protected characteristics (s4), the Human Rights Act
//! 1998, consultation, the outcome and its review date, and the Welsh Language Standards when
//! a Welsh force is a party.

use egui::{Grid, RichText, Stroke, StrokeKind, Ui};

use crate::app::widgets;
use crate::case::equality::{EqualityOutcome, Impact, ProtectedCharacteristic, PsedAim};
use crate::case::{Anchor, Case, Step};

use super::focus_here;

/// The Equality step's own UI state (none needed: everything lives in the case).
#[derive(Default)]
pub struct State {}

/// Draws the Equality impact step.
pub fn show(ui: &mut Ui, case: &mut Case, _state: &mut State, focus: &mut Option<Anchor>) {
    let welsh = case.partners.includes_welsh_force();
    let equality = &mut case.equality;
    ui.label(
        "The Public Sector Equality Duty requires due regard, before the decision and with \
         rigour, to its three aims. Record how the proposal affects people who share each \
         protected characteristic, the evidence, and how any negative impact is mitigated.",
    );
    ui.add_space(8.0);

    ui.heading("The three aims of the duty");
    for aim in PsedAim::ALL {
        let text = equality.aims.entry(aim).or_default();
        let response = widgets::text_area(
            ui,
            aim.label(),
            "How the proposal has due regard to this aim",
            text,
        );
        focus_here(&response, focus, Anchor::EqualityAim(aim));
    }
    ui.add_space(12.0);

    ui.heading("Protected characteristics");
    ui.weak("Mitigation is required wherever the impact is negative.");
    // Evidence and mitigation share what is left of the width after the first two columns.
    let text_width = ((ui.available_width() - 380.0) / 2.0).max(220.0);
    Grid::new("equality_characteristics")
        .striped(true)
        .num_columns(4)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            for heading in [
                "Characteristic",
                "Impact",
                "Evidence or consultation",
                "Mitigation",
            ] {
                ui.strong(heading);
            }
            ui.end_row();
            for characteristic in ProtectedCharacteristic::ALL {
                let name = characteristic.label();
                let assessment = equality.characteristics.entry(characteristic).or_default();
                ui.label(name);
                let response = widgets::enum_cell(
                    ui,
                    ("equality_impact", characteristic),
                    &format!("{name} impact"),
                    &mut assessment.impact,
                    &Impact::ALL,
                    Impact::label,
                    130.0,
                );
                focus_here(&response, focus, Anchor::Characteristic(characteristic));
                widgets::text_area_cell(
                    ui,
                    &format!("{name} evidence"),
                    &mut assessment.evidence,
                    text_width,
                );
                let negative = assessment.impact == Impact::Negative;
                let mitigation = widgets::text_area_cell(
                    ui,
                    &format!("{name} mitigation"),
                    &mut assessment.mitigation,
                    text_width,
                );
                if negative && assessment.mitigation.trim().is_empty() {
                    ui.painter().rect_stroke(
                        mitigation.rect.expand(1.0),
                        2.0,
                        Stroke::new(2.0, widgets::ERROR_COLOUR),
                        StrokeKind::Outside,
                    );
                    mitigation.on_hover_text("A negative impact needs mitigation.");
                }
                ui.end_row();
            }
        });
    let needing: Vec<&str> = ProtectedCharacteristic::ALL
        .iter()
        .filter(|c| {
            equality
                .characteristics
                .get(c)
                .is_some_and(|a| a.impact == Impact::Negative && a.mitigation.trim().is_empty())
        })
        .map(|c| c.label())
        .collect();
    if !needing.is_empty() {
        ui.colored_label(
            widgets::ERROR_COLOUR,
            format!("Give the mitigation for: {}.", needing.join(", ")),
        );
    }
    ui.add_space(12.0);

    ui.heading("Human rights and consultation");
    let response = widgets::text_area(
        ui,
        "Human Rights Act 1998",
        "How the proposal respects the Convention rights (section 6 applies to police forces)",
        &mut equality.human_rights,
    );
    focus_here(&response, focus, Anchor::HumanRights);
    let response = widgets::text_area(
        ui,
        "Consultation",
        "Who was consulted (staff associations, unions, community groups) and what they said",
        &mut equality.consultation,
    );
    focus_here(&response, focus, Anchor::Consultation);
    ui.add_space(12.0);

    ui.heading("Outcome");
    let response = widgets::enum_combo(
        ui,
        "Outcome of the assessment",
        &mut equality.outcome,
        &EqualityOutcome::ALL,
        EqualityOutcome::label,
    );
    focus_here(&response, focus, Anchor::EqualityOutcome);
    let reason_needed = matches!(
        equality.outcome,
        EqualityOutcome::ContinueWithJustification | EqualityOutcome::StopAndRethink
    );
    widgets::text_area(
        ui,
        if reason_needed {
            "Reason for the outcome (required)"
        } else {
            "Reason for the outcome"
        },
        "Why this outcome, especially when continuing despite an adverse impact",
        &mut equality.outcome_reason,
    );
    let field = widgets::date_field(ui, "Review the assessment by", &mut equality.review_date);
    focus_here(&field.response, focus, Anchor::EqualityReviewDate);

    if welsh || !equality.welsh_language.trim().is_empty() {
        ui.add_space(12.0);
        ui.heading("Welsh Language Standards");
        if welsh {
            ui.label(
                "A Welsh force is a party, so the Welsh Language Standards apply: say how the \
                 collaboration will provide services in Welsh and treat Welsh no less \
                 favourably than English.",
            );
        } else {
            ui.label(RichText::new("No force is in Wales now; this text is kept in case.").weak());
        }
        let response = widgets::text_area(
            ui,
            "How the Welsh Language Standards will be met",
            "",
            &mut equality.welsh_language,
        );
        focus_here(&response, focus, Anchor::WelshLanguage);
    }

    if focus.is_some_and(|anchor| anchor.step() == Step::Equality) {
        *focus = None;
    }
}
