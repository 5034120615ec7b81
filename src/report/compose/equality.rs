//! Equality implications: the Public Sector Equality Duty's three aims, the nine
//! protected characteristics, human rights, consultation and the outcome.

use crate::case::Case;
use crate::report::document::Column;

use super::{Paper, cell, long_date};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let equality = &case.equality;
    paper.section("Equality implications");
    paper.paragraph(
        "Under the Public Sector Equality Duty (Equality Act 2010, section 149) the forces and policing bodies must have due regard, before deciding, to the three aims below. The assessment covers the nine protected characteristics (section 4).",
    );
    let rows = equality
        .aims
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
    paper.subsection("Protected characteristics");
    let rows = equality
        .characteristics
        .iter()
        .map(|(c, a)| {
            vec![
                c.label().to_owned(),
                a.impact.label().to_owned(),
                cell(&a.evidence),
                cell(&a.mitigation),
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
    paper.subsection("Human Rights Act 1998");
    paper.text_or_note(&equality.human_rights);
    paper.subsection("Consultation");
    paper.text_or_note(&equality.consultation);
    if case.partners.includes_welsh_force() || !equality.welsh_language.trim().is_empty() {
        paper.subsection("Welsh Language Standards");
        paper.text_or_note(&equality.welsh_language);
    }
    paper.subsection("Outcome");
    paper.key_values(vec![
        ("Outcome", equality.outcome.label().to_owned()),
        ("Reason", cell(&equality.outcome_reason)),
        ("Review date", long_date(equality.review_date)),
    ]);
}
