//! Sign-off and the decision: the statutory officers' comments with name and date, each PCC's
//! decision record wording and the author's contact details (all needed once the paper is
//! Final), background papers and the user's appendices, and every "Appendix X" the text
//! mentions lettered in the paper.

use super::{
    Anchor, AppendixField, CommentField, Findings, FrontSheetField, blank, for_sign_off,
    named_forces,
};
use crate::case::Case;
use crate::case::prose;
use crate::case::sign_off::{self, StatutoryOfficer};
use crate::format::and_list;

pub(super) fn check(case: &Case, out: &mut Findings) {
    let severity = for_sign_off(case);
    let final_note = if severity == super::Severity::Error {
        "The paper is Final"
    } else {
        "Before the paper is final"
    };
    for officer in StatutoryOfficer::ALL {
        let comment = case
            .sign_off
            .comments
            .get(&officer)
            .cloned()
            .unwrap_or_default();
        let officer_named = officer.in_sentence();
        let missing = [
            (CommentField::Comment, blank(&comment.comment), "comments"),
            (CommentField::Name, blank(&comment.name), "name"),
            (CommentField::Date, comment.date.is_none(), "date"),
        ];
        if let Some((field, _, _)) = missing.iter().find(|(_, absent, _)| *absent) {
            let absent: Vec<&str> = missing
                .iter()
                .filter(|(_, absent, _)| *absent)
                .map(|(_, _, what)| *what)
                .collect();
            out.push(
                severity,
                Anchor::OfficerComment(officer, *field),
                format!(
                    "{final_note}: {officer_named} must sign off, but the {} {} missing.",
                    and_list(&absent),
                    if absent.len() == 1 { "is" } else { "are" }
                ),
            );
        }
        if let (Some(date), Some(meeting)) = (comment.date, case.front_sheet.meeting_date)
            && date > meeting
        {
            out.warning(
                Anchor::OfficerComment(officer, CommentField::Date),
                format!("The comments of {officer_named} are dated after the meeting."),
            );
        }
    }
    if case.front_sheet.decided_by.leads_to_decision_records() {
        for (index, name) in named_forces(case) {
            let wording = case
                .sign_off
                .decision_record(name)
                .map_or("", |record| record.wording.as_str());
            if blank(wording) {
                out.push(
                    severity,
                    Anchor::DecisionRecord(index),
                    format!(
                        "{final_note}: write the wording of the decision record for {name}'s PCC."
                    ),
                );
            }
        }
    }
    let sheet = &case.front_sheet;
    for (field, value, what) in [
        (
            FrontSheetField::AuthorPhone,
            &sheet.author_phone,
            "telephone number",
        ),
        (
            FrontSheetField::AuthorEmail,
            &sheet.author_email,
            "email address",
        ),
    ] {
        if blank(value) {
            out.push(
                severity,
                Anchor::FrontSheet(field),
                format!("{final_note}: give the author's {what}, for members and the public with questions."),
            );
        }
    }
    for (i, paper) in case.sign_off.background_papers.iter().enumerate() {
        if blank(&paper.title) {
            out.error(
                Anchor::BackgroundPaper(i),
                format!("Background paper {} has no title.", i + 1),
            );
        }
    }
    for (i, appendix) in case.sign_off.appendices.iter().enumerate() {
        let letter = sign_off::appendix_letter(sign_off::BuiltInAppendix::ALL.len() + i);
        if blank(&appendix.title) {
            out.error(
                Anchor::UserAppendix(i, AppendixField::Title),
                format!("Appendix {letter} has no title."),
            );
        }
        if appendix.says_confidential() && !appendix.exempt.is_exempt() {
            out.error(
                Anchor::UserAppendix(i, AppendixField::Exempt),
                format!("Appendix {letter} calls itself confidential but is published with the paper: name the exempt-information category (for commercially confidential prices, FOIA s43) so it is withheld, or remove the confidential material."),
            );
        }
        if blank(&appendix.text) {
            out.warning(
                Anchor::UserAppendix(i, AppendixField::Text),
                format!("Appendix {letter} has no text."),
            );
        }
    }
    references(case, out);
}

/// Every "Appendix X" the text mentions must be an appendix the paper has.
fn references(case: &Case, out: &mut Findings) {
    let letters: Vec<String> = sign_off::appendices(case)
        .into_iter()
        .map(|appendix| appendix.letter)
        .collect();
    let range = match letters.as_slice() {
        [only] => format!("only Appendix {only}"),
        [first, .., last] => format!("Appendices {first} to {last}"),
        [] => "no appendices".to_owned(),
    };
    for passage in prose::passages(case) {
        for letter in sign_off::referenced_appendices(passage.text) {
            if !letters.contains(&letter) {
                out.error(
                    passage.anchor,
                    format!("The text mentions Appendix {letter}, but the paper has {range}: add the appendix on the Sign-off and decision step, or correct the reference."),
                );
            }
        }
    }
}
