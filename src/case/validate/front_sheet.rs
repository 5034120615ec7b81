//! The front sheet's checks: what a committee clerk needs to file the paper.

use super::{Anchor, Findings, FrontSheetField, blank};
use crate::case::Case;
use crate::case::front_sheet::DocumentStatus;

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
    if sheet.title.chars().count() > 60 && blank(&sheet.short_title) {
        out.hint(
            Anchor::FrontSheet(F::ShortTitle),
            "The title is long; a short title keeps page footers readable.",
        );
    }
}
