//! Estates and ICT implications: the sites that open, close or change use, the systems joined,
//! migrated or retired, and security accreditation.

use chrono::NaiveDate;

use crate::case::estates_ict::{EstatesIct, Site, System};
use crate::case::{Anchor, Case};
use crate::report::document::{Cell, Column};

use super::{Paper, cell, gap};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let estates = &case.estates_ict;
    let EstatesIct {
        sites,
        estates_notes,
        systems,
        ict_notes,
        accreditation,
    } = estates;
    paper.section("Estates and ICT implications");
    if estates.is_empty() {
        paper.note(gap(case));
        return;
    }
    let site_rows = sites.iter().map(|site| {
        let Site {
            name,
            change,
            when,
            notes,
        } = site;
        (name, change.label(), *when, notes)
    });
    let estates_anchors = Anchors {
        row: Anchor::Site,
        notes: Anchor::EstatesNotes,
    };
    changes(
        case,
        paper,
        "Estates",
        "Site",
        site_rows,
        estates_notes,
        estates_anchors,
    );
    let system_rows = systems.iter().map(|system| {
        let System {
            name,
            change,
            when,
            notes,
        } = system;
        (name, change.label(), *when, notes)
    });
    let ict_anchors = Anchors {
        row: Anchor::System,
        notes: Anchor::IctNotes,
    };
    changes(
        case,
        paper,
        "ICT",
        "System",
        system_rows,
        ict_notes,
        ict_anchors,
    );
    paper.subsection("Security accreditation");
    paper
        .field(Anchor::Accreditation)
        .text_or_gap(case, accreditation);
}

/// Where the rows and the notes of a list of changes come from.
struct Anchors {
    /// Each row's field, by its index.
    row: fn(usize) -> Anchor,
    /// The notes in words.
    notes: Anchor,
}

/// One subsection of changes, sites or systems alike: a table of what changes and when, then
/// the notes; the notes, or a gap, alone when nothing is listed.
fn changes<'a>(
    case: &Case,
    paper: &mut Paper,
    title: &str,
    thing: &str,
    rows: impl ExactSizeIterator<Item = (&'a String, &'static str, Option<NaiveDate>, &'a String)>,
    notes: &str,
    anchors: Anchors,
) {
    paper.subsection(title);
    let count = rows.len();
    let listed = count > 0;
    if listed {
        paper.table(
            vec![
                Column::text(thing, 1.5),
                Column::text("Change", 0.9),
                Column::text("When", 1.1),
                Column::text("What changes", 2.6),
            ],
            rows.map(|(name, change, when, what)| {
                vec![
                    Cell::Text(cell(name)),
                    Cell::from(change),
                    Cell::date(when),
                    Cell::Text(cell(what)),
                ]
            })
            .collect(),
        );
        paper.items_from((0..count).map(|i| Some((anchors.row)(i))));
    }
    if !notes.trim().is_empty() || !listed {
        paper.field(anchors.notes).text_or_gap(case, notes);
    }
}
