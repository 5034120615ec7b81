//! The decision records: for each policing body, what its published decision record will
//! say was decided, the reasons, the equality and human rights considerations, the officers'
//! advice it rests on and any interests declared.

use crate::case::front_sheet::DecisionMaker;
use crate::case::sign_off::{DecisionRecord, StatutoryOfficer};
use crate::case::validate::RecordField;
use crate::case::{Anchor, Case};
use crate::format::and_list;

use super::statutory_officers::bodies;
use super::{Paper, cell};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let decided_by = case.front_sheet.decided_by;
    paper.section("Decision records");
    paper.paragraph(match decided_by {
        DecisionMaker::JointBoard => {
            "The board recommends; each policing body then takes its own decision and publishes it as a decision record, which will say:"
        }
        DecisionMaker::PccsAndChiefConstables => {
            "Each policing body takes its own decision and publishes it as a decision record, which will say:"
        }
        DecisionMaker::ForInformation => {
            "The paper is for information, so no decision is taken on it and no decision record follows."
        }
    });
    if !decided_by.leads_to_decision_records() {
        return;
    }
    let bodies = bodies(case);
    if bodies.is_empty() {
        paper.note("No forces have been named yet.");
        return;
    }
    for (index, title, record) in bodies {
        let DecisionRecord {
            force: _, // the partners list names it
            reference,
            wording,
            reasons,
            equality_and_human_rights,
            interests_declared,
            comments: _, // the officers' advice, named below and printed in full above
        } = &record;
        paper.subsection(&format!("Decision record: {title}"));
        paper.key_values(vec![
            ("Reference", cell(reference)),
            ("Decision", cell(wording)),
            ("Reasons", cell(reasons)),
            (
                "Equality and human rights considerations",
                cell(equality_and_human_rights),
            ),
            ("Officers' advice", advice(&record)),
            ("Interests declared", cell(interests_declared)),
        ]);
        let field = |field| Some(Anchor::DecisionRecord(index, field));
        paper.items_from([
            field(RecordField::Reference),
            field(RecordField::Wording),
            field(RecordField::Reasons),
            field(RecordField::EqualityAndHumanRights),
            None,
            field(RecordField::InterestsDeclared),
        ]);
    }
}

/// The officers whose advice the record rests on, by name, pointing at their comments.
fn advice(record: &DecisionRecord) -> String {
    let names: Vec<String> = StatutoryOfficer::ALL
        .into_iter()
        .map(|officer| record.comment(officer).name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .collect();
    if names.is_empty() {
        "Not yet given.".to_owned()
    } else {
        format!(
            "The comments of {} (Statutory officers' comments).",
            and_list(&names)
        )
    }
}
