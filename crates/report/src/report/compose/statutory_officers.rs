//! The statutory officers' comments, one set for each policing body, since each decides for
//! itself on its own officers' advice: the chief finance officer on the financial
//! implications, the monitoring officer on the legal implications and the force's chief
//! finance officer, whose force's money is committed, each with name and date.

use crate::case::sign_off::{DecisionRecord, OfficerComment, StatutoryOfficer};
use crate::case::validate::CommentField;
use crate::case::{Anchor, Case};

use super::{Paper, cell, long_date};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    paper.section("Statutory officers' comments");
    let bodies = bodies(case);
    if bodies.is_empty() {
        paper.note("No forces have been named yet, so no policing body's officers have commented.");
        return;
    }
    paper.paragraph(
        "Each policing body decides for itself, on the advice of its own statutory officers, whose comments follow body by body.",
    );
    for (index, title, record) in bodies {
        // A body none of whose officers has commented yet prints one note, not three empty
        // entries.
        if !record.has_comments() {
            paper.subsection(&title);
            paper
                .field(Anchor::OfficerComment(
                    index,
                    StatutoryOfficer::ALL[0],
                    CommentField::Comment,
                ))
                .note(super::NOT_PROVIDED);
            continue;
        }
        for officer in StatutoryOfficer::ALL {
            let OfficerComment {
                name,
                date,
                comment,
            } = record.comment(officer);
            paper.subsection(&format!("{title}: {}", officer.label()));
            paper.key_values(vec![
                ("Comments on", officer.concerns().to_owned()),
                ("Name", cell(&name)),
                ("Date", long_date(date)),
            ]);
            let field = |field| Some(Anchor::OfficerComment(index, officer, field));
            paper.items_from([None, field(CommentField::Name), field(CommentField::Date)]);
            paper
                .field(Anchor::OfficerComment(
                    index,
                    officer,
                    CommentField::Comment,
                ))
                .text_or_note(&comment);
        }
    }
}

/// Each named force's policing body, as the paper names it, with its record (empty if it has
/// none yet), by the force's index in the partners list.
pub(super) fn bodies(case: &Case) -> Vec<(usize, String, DecisionRecord)> {
    case.partners
        .named()
        .map(|(i, name)| {
            let record = case
                .sign_off
                .decision_record(name)
                .cloned()
                .unwrap_or_default();
            (i, case.partners.forces[i].body_name(i), record)
        })
        .collect()
}
