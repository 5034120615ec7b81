//! The statutory officers' comments: the PCC's chief finance officer on the financial
//! implications, the monitoring officer on the legal implications and the force's chief
//! finance officer, whose force's money is committed, each with name and date.

use crate::case::sign_off::OfficerComment;
use crate::case::validate::CommentField;
use crate::case::{Anchor, Case};

use super::{Paper, cell, long_date};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    paper.section("Statutory officers' comments");
    for (officer, comment) in &case.sign_off.comments {
        let OfficerComment {
            name,
            date,
            comment,
        } = comment;
        paper.subsection(officer.label());
        paper.key_values(vec![
            ("Comments on", officer.concerns().to_owned()),
            ("Name", cell(name)),
            ("Date", long_date(*date)),
        ]);
        let field = |field| Some(Anchor::OfficerComment(*officer, field));
        paper.items_from([None, field(CommentField::Name), field(CommentField::Date)]);
        paper
            .field(Anchor::OfficerComment(*officer, CommentField::Comment))
            .text_or_note(comment);
    }
}
