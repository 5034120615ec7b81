//! The Equality impact step: due regard to the three aims of the Public Sector Equality Duty
//! (Equality Act 2010, s149), the nine protected characteristics (s4), the Human Rights Act
//! 1998, consultation, the outcome and its review date, and the Welsh Language Standards when
//! a Welsh force is a party.

use egui::RichText;

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::app::table::{Column, Row, Table};
use crate::app::widgets;
use crate::case::equality::{
    CharacteristicAssessment, Equality, EqualityOutcome, Impact, ProtectedCharacteristic, PsedAim,
};
use crate::case::{Anchor, Step};

/// The Equality impact step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct EqualityStep;

impl WizardStep for EqualityStep {
    fn step(&self) -> Step {
        Step::Equality
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        let welsh = page.case.partners.includes_welsh_force();
        let Equality {
            aims,
            characteristics,
            human_rights,
            consultation,
            outcome,
            outcome_reason,
            review_date,
            welsh_language,
        } = &mut page.case.equality;
        form.label(
            "The Public Sector Equality Duty requires due regard, before the decision and with \
             rigour, to its three aims. Record how the proposal affects people who share each \
             protected characteristic, the evidence, and how any negative impact is mitigated.",
        );
        form.add_space(8.0);

        form.heading("The three aims of the duty");
        for aim in PsedAim::ALL {
            form.text_area(
                aim.label(),
                "How the proposal has due regard to this aim",
                aims.entry(aim).or_default(),
                Anchor::EqualityAim(aim),
            );
        }
        form.add_space(12.0);

        form.heading("Protected characteristics");
        form.weak("Mitigation is required wherever the impact is negative.");
        let table = Table::new("equality_characteristics")
            .column(Column::fixed("Characteristic", 130.0))
            .column(Column::fixed("Impact", 150.0))
            .column(Column::fill("Evidence or consultation", 200.0))
            .column(Column::fill("Mitigation", 200.0))
            .frozen(1);
        form.table(table, |body| {
            for characteristic in ProtectedCharacteristic::ALL {
                let assessment = characteristics.entry(characteristic).or_default();
                body.row(|row| assessment_row(row, characteristic, assessment));
            }
        });
        form.add_space(12.0);

        form.heading("Human rights and consultation");
        form.text_area(
            "Human Rights Act 1998",
            "How the proposal respects the Convention rights (section 6 applies to police forces)",
            human_rights,
            Anchor::HumanRights,
        );
        form.text_area(
            "Consultation",
            "Who was consulted (staff associations, unions, community groups) and what they said",
            consultation,
            Anchor::Consultation,
        );
        form.add_space(12.0);

        form.heading("Outcome");
        form.enum_combo(
            "Outcome of the assessment",
            outcome,
            Anchor::EqualityOutcome,
        );
        let reason_needed = matches!(
            outcome,
            EqualityOutcome::ContinueWithJustification | EqualityOutcome::StopAndRethink
        );
        form.text_area(
            if reason_needed {
                "Reason for the outcome (required)"
            } else {
                "Reason for the outcome"
            },
            "Why this outcome, especially when continuing despite an adverse impact",
            outcome_reason,
            None,
        );
        form.date_field(
            "Review the assessment by",
            review_date,
            Anchor::EqualityReviewDate,
        );

        if welsh || !welsh_language.trim().is_empty() {
            form.add_space(12.0);
            form.heading("Welsh Language Standards");
            if welsh {
                form.label(
                    "A Welsh force is a party, so the Welsh Language Standards apply: say how the \
                     collaboration will provide services in Welsh and treat Welsh no less \
                     favourably than English.",
                );
            } else {
                form.label(
                    RichText::new("No force is in Wales now; this text is kept in case.").weak(),
                );
            }
            form.text_area(
                "How the Welsh Language Standards will be met",
                "",
                welsh_language,
                Anchor::WelshLanguage,
            );
        }
    }
}

/// Whether an assessment finds a negative impact and gives no mitigation for it.
fn needs_mitigation(assessment: &CharacteristicAssessment) -> bool {
    assessment.impact == Impact::Negative && assessment.mitigation.trim().is_empty()
}

/// One characteristic's row: its impact, the evidence, and the mitigation (outlined while a
/// negative impact lacks one).
fn assessment_row(
    row: &mut Row<'_, '_, '_>,
    characteristic: ProtectedCharacteristic,
    assessment: &mut CharacteristicAssessment,
) {
    let name = characteristic.label();
    let missing = needs_mitigation(assessment);
    let CharacteristicAssessment {
        impact,
        evidence,
        mitigation,
    } = &mut *assessment;
    row.text(name);
    row.cell(|form| {
        form.enum_cell(
            ("equality_impact", characteristic),
            &format!("{name} impact"),
            impact,
            Anchor::Characteristic(characteristic),
        );
    });
    row.cell(|form| {
        form.text_area_cell(&format!("{name} evidence"), evidence, None);
    });
    row.cell(|form| {
        let field = form.text_area_cell(&format!("{name} mitigation"), mitigation, None);
        if missing {
            widgets::outline_error(form, &field, 2.0);
            field.on_hover_text("A negative impact needs mitigation.");
        }
    });
}
