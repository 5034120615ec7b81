//! The appendices, lettered as [`crate::case::sign_off::appendices`] letters them (the same
//! letters the reference check resolves): the revision history, then the user's own.

use crate::case::front_sheet::AgendaPart;
use crate::case::sign_off::{self, AppendixContent, BuiltInAppendix, UserAppendix};
use crate::case::validate::AppendixField;
use crate::case::{Anchor, Case, Revision};
use crate::report::document::{Cell, Column, HeadingLevel};

use super::{Paper, cell, non_empty};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    for appendix in sign_off::appendices(case) {
        match appendix.content {
            AppendixContent::BuiltIn(built_in) => {
                paper.heading(
                    HeadingLevel::Section,
                    &format!("Appendix {}. {}", appendix.letter, built_in.title()),
                );
                match built_in {
                    BuiltInAppendix::RevisionHistory => revisions(case, paper),
                }
            }
            AppendixContent::User(index) => {
                let UserAppendix {
                    title,
                    text,
                    exempt,
                } = &case.sign_off.appendices[index];
                paper
                    .field(Anchor::UserAppendix(index, AppendixField::Title))
                    .heading(
                        HeadingLevel::Section,
                        &format!(
                            "Appendix {}. {}",
                            appendix.letter,
                            non_empty(title, "Untitled appendix")
                        ),
                    );
                let exemption = Anchor::UserAppendix(index, AppendixField::Exempt);
                if exempt.is_exempt() && case.front_sheet.agenda_part == AgendaPart::Part1 {
                    paper.field(exemption).note(&format!(
                        "Not for publication: exempt information ({}). Circulated to members separately.",
                        exempt.label()
                    ));
                } else {
                    if exempt.is_exempt() {
                        paper
                            .field(exemption)
                            .note(&format!("Exempt information: {}.", exempt.label()));
                    }
                    paper
                        .field(Anchor::UserAppendix(index, AppendixField::Text))
                        .text_or_note(text);
                }
            }
        }
    }
}

fn revisions(case: &Case, paper: &mut Paper) {
    if case.revisions.is_empty() {
        paper.note("No revisions have been recorded yet.");
        return;
    }
    let rows = case
        .revisions
        .iter()
        .map(|revision| {
            let Revision {
                version,
                date,
                author,
                summary,
            } = revision;
            vec![
                Cell::Text(cell(version)),
                Cell::date(*date),
                Cell::Text(cell(author)),
                Cell::Text(cell(summary)),
            ]
        })
        .collect();
    paper.field(Anchor::Revisions).table(
        vec![
            Column::text("Version", 0.8),
            Column::text("Date", 1.2),
            Column::text("Author", 1.3),
            Column::text("Summary of changes", 2.8),
        ],
        rows,
    );
}
