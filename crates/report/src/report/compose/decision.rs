//! The decision records: the wording each PCC's published decision record will carry once the
//! decision is taken.

use crate::case::front_sheet::DecisionMaker;
use crate::case::sign_off::DecisionRecord;
use crate::case::{Anchor, Case};
use crate::report::document::Column;

use super::{Paper, cell, non_empty};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let decided_by = case.front_sheet.decided_by;
    paper.section("Decision records");
    paper.paragraph(match decided_by {
        DecisionMaker::JointBoard => {
            "The board recommends; each policing body then takes its own decision and publishes it as a decision record. The wording each will carry is:"
        }
        DecisionMaker::PccsAndChiefConstables => {
            "Each policing body takes its own decision and publishes it as a decision record. The wording each will carry is:"
        }
        DecisionMaker::ForInformation => {
            "The paper is for information, so no decision is taken on it and no decision record follows."
        }
    });
    if !decided_by.leads_to_decision_records() {
        return;
    }
    let rows: Vec<Vec<String>> = case
        .partners
        .forces
        .iter()
        .enumerate()
        .filter(|(_, force)| !force.name.trim().is_empty())
        .map(|(i, force)| {
            let record = case.sign_off.decision_record(&force.name);
            let DecisionRecord {
                force: _, // the partners list names it
                reference,
                wording,
            } = record.cloned().unwrap_or_default();
            vec![
                non_empty(&force.policing_body, &force.display_name(i)).to_owned(),
                cell(&reference),
                cell(&wording),
            ]
        })
        .collect();
    paper.table_or_note(
        vec![
            Column::text("Policing body", 1.4),
            Column::text("Reference", 1.2),
            Column::text("Decision record wording", 3.4),
        ],
        rows,
        "No forces have been named yet.",
    );
    paper.items_from(
        case.partners
            .forces
            .iter()
            .enumerate()
            .filter(|(_, force)| !force.name.trim().is_empty())
            .map(|(i, _)| Some(Anchor::DecisionRecord(i))),
    );
}
