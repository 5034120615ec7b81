//! The front sheet's checks: what a committee clerk needs to file the paper.

use super::{Anchor, Findings, FrontSheetField, blank};
use crate::case::Case;
use crate::case::front_sheet::{AgendaPart, DocumentStatus, ProtectiveMarking};

pub(super) fn check(case: &Case, out: &mut Findings) {
    use FrontSheetField as F;
    let sheet = &case.front_sheet;
    let required = [
        (F::Title, &sheet.title, "The report has no title."),
        (
            F::Committee,
            &sheet.committee,
            "Name the committee or board that will receive the report.",
        ),
        (F::Author, &sheet.author, "Name the report author."),
        (
            F::Sponsor,
            &sheet.sponsor,
            "Name the sponsoring chief officer.",
        ),
    ];
    for (field, value, message) in required {
        if blank(value) {
            out.error(Anchor::FrontSheet(field), message);
        }
    }
    if sheet.meeting_date.is_none() {
        out.error(
            Anchor::FrontSheet(F::MeetingDate),
            "Give the date of the committee meeting.",
        );
    }
    if blank(&sheet.agenda_item) {
        out.warning(
            Anchor::FrontSheet(F::AgendaItem),
            "Add the agenda item number once the clerk has given one.",
        );
    }
    if blank(&sheet.version) {
        out.warning(
            Anchor::FrontSheet(F::Version),
            "Give the report a version number, e.g. 0.1.",
        );
    }
    if blank(&sheet.summary) {
        out.error(
            Anchor::FrontSheet(F::Summary),
            "Write the purpose and summary: it is what committee members read first.",
        );
    }
    if sheet.status == DocumentStatus::Draft {
        out.hint(Anchor::FrontSheet(F::Status), "The paper is marked Draft: it prints with a DRAFT watermark. Set it to Final before it goes to committee.");
    }
    marking_and_agenda_part(case, out);
    if !blank(&sheet.author_email) && !looks_like_email(&sheet.author_email) {
        out.warning(
            Anchor::FrontSheet(F::AuthorEmail),
            "The author's email address does not look like one (name@force.police.uk).",
        );
    }
    if sheet.title.chars().count() > 60 && blank(&sheet.short_title) {
        out.hint(
            Anchor::FrontSheet(F::ShortTitle),
            "The title is long; a short title keeps page footers readable.",
        );
    }
}

/// The marking and the part of the agenda must agree: a Part 1 paper is published, so it
/// cannot be OFFICIAL-SENSITIVE; and the marking must be one of today's classifications.
fn marking_and_agenda_part(case: &Case, out: &mut Findings) {
    use FrontSheetField as F;
    let sheet = &case.front_sheet;
    if sheet.marking == ProtectiveMarking::OfficialSensitive
        && sheet.agenda_part == AgendaPart::Part1
    {
        out.error(
            Anchor::FrontSheet(F::Marking),
            "The paper is marked OFFICIAL-SENSITIVE but is a Part 1 (public) item, which is published. Mark it OFFICIAL and move the sensitive material to a Part 2 paper or a confidential appendix, or take the item in Part 2.",
        );
    }
    if sheet.marking.is_obsolete() {
        out.warning(
            Anchor::FrontSheet(F::Marking),
            "NOT PROTECTIVELY MARKED has been obsolete since the Government Security Classifications of April 2014: mark the paper OFFICIAL.",
        );
    }
    if sheet.agenda_part == AgendaPart::Part2 && !sheet.exempt.is_exempt() {
        out.error(
            Anchor::FrontSheet(F::Exempt),
            "A Part 2 (private) item must name the category of exempt information that takes it into private (for example FOIA s43, commercial interests): the marking alone does not.",
        );
    }
    if sheet.agenda_part == AgendaPart::Part2 && blank(&sheet.private_reason) {
        out.warning(
            Anchor::FrontSheet(F::PrivateReason),
            "Say why the item is taken in private (Part 2): what in it may not be published.",
        );
    }
}

/// Whether the text could be an email address: something, an @, then a domain with a dot.
fn looks_like_email(text: &str) -> bool {
    let text = text.trim();
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !text.contains(char::is_whitespace)
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }
        None => false,
    }
}
