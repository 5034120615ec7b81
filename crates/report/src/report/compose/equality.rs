//! Equality implications: the Public Sector Equality Duty's three aims, the nine
//! protected characteristics, human rights, consultation and the outcome.

use crate::case::equality::CharacteristicAssessment;
use crate::case::law;
use crate::case::{Anchor, Case, Equality};
use crate::report::document::Column;

use super::{Paper, cell, long_date};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let Equality {
        aims,
        characteristics,
        human_rights,
        consultation,
        outcome,
        outcome_reason,
        review_date,
        welsh_language,
    } = &case.equality;
    paper.section("Equality implications");
    paper.paragraph(law::PSED.cited());
    paper.paragraph(
        "The assessment below covers the three aims and the nine protected characteristics (Equality Act 2010, s4) for each decision maker to consider before deciding.",
    );
    let rows = aims
        .iter()
        .map(|(aim, text)| vec![aim.label().to_owned(), cell(text)])
        .collect();
    paper.table(
        vec![
            Column::text("Aim", 1.0),
            Column::text("How the proposal has due regard", 1.8),
        ],
        rows,
    );
    paper.items_from(aims.keys().map(|aim| Some(Anchor::EqualityAim(*aim))));
    paper.subsection("Protected characteristics");
    let rows = characteristics
        .iter()
        .map(|(characteristic, assessment)| {
            let CharacteristicAssessment {
                impact,
                evidence,
                mitigation,
            } = assessment;
            vec![
                characteristic.label().to_owned(),
                impact.label().to_owned(),
                cell(evidence),
                cell(mitigation),
            ]
        })
        .collect();
    paper.table(
        vec![
            Column::text("Characteristic", 1.2),
            Column::text("Impact", 0.85),
            Column::text("Evidence and consultation", 2.0),
            Column::text("Mitigation", 1.8),
        ],
        rows,
    );
    paper.items_from(
        characteristics
            .keys()
            .map(|characteristic| Some(Anchor::Characteristic(*characteristic))),
    );
    paper.subsection("Human Rights Act 1998");
    paper.field(Anchor::HumanRights).text_or_note(human_rights);
    paper.subsection("Consultation");
    paper.field(Anchor::Consultation).text_or_note(consultation);
    if case.partners.includes_welsh_force() || !welsh_language.trim().is_empty() {
        paper.subsection("Welsh Language Standards");
        paper
            .field(Anchor::WelshLanguage)
            .text_or_note(welsh_language);
    }
    paper.subsection("Outcome");
    paper.key_values(vec![
        ("Outcome", outcome.label().to_owned()),
        ("Reason", cell(outcome_reason)),
        ("Review date", long_date(*review_date)),
    ]);
    paper.items_from([
        Some(Anchor::EqualityOutcome),
        Some(Anchor::EqualityOutcome),
        Some(Anchor::EqualityReviewDate),
    ]);
}
