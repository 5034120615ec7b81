//! Data protection implications: each dataset with its regime, each party's role and the
//! arrangement or contract that role needs, the impact assessment and ICO prior consultation.

use crate::case::data_protection::{
    DataProtection, DataRole, Dataset, DpiaStatus, PartyRole, Regime,
};
use crate::case::law;
use crate::case::validate::{DatasetField, PartyField};
use crate::case::{Anchor, Case};
use crate::report::document::{Cell, Column};

use super::{Paper, cell, gap, long_date};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let DataProtection { datasets, notes } = &case.data_protection;
    paper.section("Data protection implications");
    paper.paragraph(law::DATA_REGIMES.cited());
    paper.paragraph(law::PRIOR_CONSULTATION.cited());
    if datasets.is_empty() {
        paper.note(gap(case));
    }
    for (i, dataset) in datasets.iter().enumerate() {
        compose_dataset(i, dataset, paper);
    }
    if !notes.trim().is_empty() {
        paper.subsection("Information sharing, retention and requests");
        paper.field(Anchor::DataProtectionNotes).text_or_note(notes);
    }
}

fn compose_dataset(index: usize, dataset: &Dataset, paper: &mut Paper) {
    let Dataset {
        name,
        regime,
        parties,
        dpia,
        dpia_date,
        prior_consultation,
    } = dataset;
    let title = if name.trim().is_empty() {
        format!("Dataset {}", index + 1)
    } else {
        name.trim().to_owned()
    };
    let field = |field| Some(Anchor::Dataset(index, field));
    paper
        .field(Anchor::Dataset(index, DatasetField::Name))
        .subsection(&title);
    let dpia_text = match dpia_date {
        Some(_) => format!("{} ({})", dpia.label(), long_date(*dpia_date)),
        None => dpia.label().to_owned(),
    };
    paper.key_values(vec![
        ("Regime", regime.label().to_owned()),
        (
            "Data protection impact assessment (DPIA)",
            if *dpia == DpiaStatus::NotRequired {
                format!(
                    "{dpia_text}: screening found the processing not likely to result in a high risk ({})",
                    regime.impact_assessment_provision()
                )
            } else {
                format!("{dpia_text} ({})", regime.impact_assessment_provision())
            },
        ),
        (
            "ICO prior consultation",
            format!(
                "{} ({})",
                prior_consultation.label(),
                regime.prior_consultation_provision()
            ),
        ),
    ]);
    paper.items_from([
        field(DatasetField::Regime),
        field(DatasetField::Dpia),
        field(DatasetField::PriorConsultation),
    ]);
    paper
        .field(Anchor::Dataset(index, DatasetField::Parties))
        .table_or_note(
            vec![
                Column::text("Party", 1.5),
                Column::text("Role", 1.3),
                Column::text("Arrangement or contract", 2.6),
            ],
            parties
                .iter()
                .map(|party| {
                    let PartyRole {
                        party,
                        role,
                        document,
                    } = party;
                    vec![
                        Cell::Text(cell(party)),
                        role_cell(*regime, *role),
                        Cell::Text(document_cell(*role, document)),
                    ]
                })
                .collect(),
            "No party's role has been recorded yet.",
        );
    paper.items_from(
        (0..parties.len()).map(|p| Some(Anchor::DatasetParty(index, p, PartyField::Party))),
    );
}

/// The role, with the provision that sets out what the role needs.
fn role_cell(regime: Regime, role: DataRole) -> Cell {
    let provision = match role {
        DataRole::Controller => return Cell::from(role.label()),
        DataRole::JointController => regime.joint_controller_provision(),
        DataRole::Processor => regime.processor_provision(),
    };
    Cell::List(vec![role.label().to_owned(), format!("({provision})")])
}

/// The party's arrangement or contract; a sole controller needs neither.
fn document_cell(role: DataRole, document: &str) -> String {
    match role {
        DataRole::Controller => "Not needed for a sole controller".to_owned(),
        DataRole::JointController | DataRole::Processor => cell(document),
    }
}
