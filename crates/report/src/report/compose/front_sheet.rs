//! The front sheet: the committee, the title, and the paper's particulars.

use crate::case::front_sheet::{AgendaPart, ExemptInformation};
use crate::case::validate::FrontSheetField as Field;
use crate::case::{Anchor, Case, FrontSheet};
use crate::report::document::{Block, HeadingLevel, ParagraphStyle};

use super::{Paper, cell, long_date, non_blank, non_empty};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    // Every field, so a new one does not compile until the front sheet shows it or says here
    // why not.
    let FrontSheet {
        title: _,       // printed as `Case::display_title`, which names an untitled case
        short_title: _, // the footer's title (see `compose`)
        committee,
        meeting_date,
        agenda_item,
        agenda_part,
        private_reason,
        exempt,
        decided_by: _, // the recommendations' wording (see `recommendations`)
        marking,
        author,
        author_phone,
        author_email,
        sponsor,
        version,
        status,
        stage,
        report_date,
        summary: _, // the first section (see `summary`)
    } = &case.front_sheet;
    paper
        .field(Anchor::FrontSheet(Field::Committee))
        .push(Block::Paragraph {
            style: ParagraphStyle::Display,
            text: non_empty(committee, "Committee not named").to_owned(),
        });
    paper
        .field(Anchor::FrontSheet(Field::Title))
        .heading(HeadingLevel::Title, case.display_title());
    paper.push(Block::Paragraph {
        style: ParagraphStyle::Strong,
        text: format!("{} · {}", stage.label(), status.label()),
    });
    let forces: Vec<String> = case
        .partners
        .forces
        .iter()
        .filter_map(|f| non_blank(&f.name))
        .collect();
    paper.key_values(vec![
        ("Protective marking", marking.label().to_owned()),
        ("Committee", cell(committee)),
        ("Meeting date", long_date(*meeting_date)),
        ("Agenda item", cell(agenda_item)),
        (
            "Agenda part",
            agenda_part_text(*agenda_part, private_reason, *exempt),
        ),
        ("Report author", cell(author)),
        ("Contact", contact(author_phone, author_email)),
        ("Sponsoring chief officer", cell(sponsor)),
        ("Version", cell(version)),
        ("Status", status.label().to_owned()),
        ("Business case stage", stage.label().to_owned()),
        ("Report date", long_date(*report_date)),
        (
            "Forces",
            if forces.is_empty() {
                "—".to_owned()
            } else {
                forces.join("\n")
            },
        ),
    ]);
    let part = if *agenda_part == AgendaPart::Part2 && non_blank(private_reason).is_some() {
        Field::PrivateReason
    } else {
        Field::AgendaPart
    };
    paper.items_from(
        [
            Some(Field::Marking),
            Some(Field::Committee),
            Some(Field::MeetingDate),
            Some(Field::AgendaItem),
            Some(part),
            Some(Field::Author),
            Some(contact_field(author_phone)),
            Some(Field::Sponsor),
            Some(Field::Version),
            Some(Field::Status),
            None,
            None,
        ]
        .into_iter()
        .map(|field| field.map(Anchor::FrontSheet))
        .chain([Some(Anchor::Forces)]),
    );
}

/// The field the contact row names: the telephone number it starts with, or the email
/// address when there is no number.
fn contact_field(phone: &str) -> Field {
    if non_blank(phone).is_some() {
        Field::AuthorPhone
    } else {
        Field::AuthorEmail
    }
}

/// "Part 1 (public)", or Part 2 with why it is taken in private.
fn agenda_part_text(part: AgendaPart, reason: &str, exempt: ExemptInformation) -> String {
    if part != AgendaPart::Part2 {
        return part.label().to_owned();
    }
    let mut text = part.label().to_owned();
    if exempt.is_exempt() {
        text.push_str(&format!(", exempt information: {}", exempt.label()));
    }
    if let Some(reason) = non_blank(reason) {
        text.push_str(&format!(". {reason}"));
    }
    text
}

/// The author's telephone and email, one a line.
fn contact(phone: &str, email: &str) -> String {
    let lines: Vec<String> = [phone, email].into_iter().filter_map(non_blank).collect();
    if lines.is_empty() {
        "—".to_owned()
    } else {
        lines.join("\n")
    }
}
