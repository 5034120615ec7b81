//! Sign-off and the decision: each policing body's statutory officers' comments with name and
//! date, its decision record (what was decided, the reasons, the equality and human rights
//! considerations, interests declared) and the author's contact details (all needed once the
//! paper is Final), background papers and the user's appendices, and every "Appendix X" the text
//! mentions lettered in the paper.

use super::{
    Anchor, AppendixField, CommentField, Findings, FrontSheetField, RecordField, Severity, blank,
    for_sign_off, named_forces,
};
use crate::case::Case;
use crate::case::prose;
use crate::case::sign_off::{self, DecisionRecord, StatutoryOfficer};
use crate::format::and_list;

pub(super) fn check(case: &Case, out: &mut Findings) {
    let severity = for_sign_off(case);
    let final_note = final_note(severity);
    let records = case.front_sheet.decided_by.leads_to_decision_records();
    for (index, name) in named_forces(case) {
        let body = case.partners.forces[index].body_name(index);
        let record = case
            .sign_off
            .decision_record(name)
            .cloned()
            .unwrap_or_default();
        officers(case, index, &body, &record, out);
        if records {
            decision_record(case, index, &body, &record, out);
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

/// Each policing body decides for itself, so each has its own statutory officers, and each
/// must sign off: comments, name and date.
fn officers(case: &Case, index: usize, body: &str, record: &DecisionRecord, out: &mut Findings) {
    let severity = for_sign_off(case);
    for officer in StatutoryOfficer::ALL {
        let comment = record.comment(officer);
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
                Anchor::OfficerComment(index, officer, *field),
                format!(
                    "{}: {officer_named} for {body} must sign off, but the {} {} missing.",
                    final_note(severity),
                    and_list(&absent),
                    if absent.len() == 1 { "is" } else { "are" }
                ),
            );
        }
        if let (Some(date), Some(meeting)) = (comment.date, case.front_sheet.meeting_date)
            && date > meeting
        {
            out.warning(
                Anchor::OfficerComment(index, officer, CommentField::Date),
                format!("The comments of {officer_named} for {body} are dated after the meeting."),
            );
        }
    }
}

/// A decision record gives what was decided, the reasons, the equality and human rights
/// considerations the decision maker had regard to, and any interests declared; the
/// officers' advice it cites is the body's own officers' comments (see [`officers`]).
fn decision_record(
    case: &Case,
    index: usize,
    body: &str,
    record: &DecisionRecord,
    out: &mut Findings,
) {
    let severity = for_sign_off(case);
    let parts = [
        (RecordField::Wording, &record.wording, "what was decided"),
        (
            RecordField::Reasons,
            &record.reasons,
            "the reasons for the decision",
        ),
        (
            RecordField::EqualityAndHumanRights,
            &record.equality_and_human_rights,
            "the equality and human rights considerations the decision maker had regard to (Equality Act 2010, s149; Human Rights Act 1998, s6)",
        ),
        (
            RecordField::InterestsDeclared,
            &record.interests_declared,
            "any interests declared (or \"None\")",
        ),
    ];
    let missing: Vec<(RecordField, &str)> = parts
        .into_iter()
        .filter(|(_, text, _)| blank(text))
        .map(|(field, _, what)| (field, what))
        .collect();
    if let Some((field, _)) = missing.first() {
        let what: Vec<&str> = missing.iter().map(|(_, what)| *what).collect();
        out.push(
            severity,
            Anchor::DecisionRecord(index, *field),
            format!(
                "{}: the decision record for {body} must give {}.",
                final_note(severity),
                and_list(&what)
            ),
        );
    }
}

/// How a missing part of sign-off is introduced at the paper's status.
fn final_note(severity: Severity) -> &'static str {
    if severity == Severity::Error {
        "The paper is Final"
    } else {
        "Before the paper is final"
    }
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
