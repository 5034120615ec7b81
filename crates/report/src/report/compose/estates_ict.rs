//! Estates and ICT implications: the sites that open, close or change use, the systems joined,
//! migrated or retired, and security accreditation.

use chrono::NaiveDate;

use crate::case::Case;
use crate::case::estates_ict::{EstatesIct, Site, System};
use crate::report::document::Column;

use super::{Paper, cell, gap, long_date};

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
    changes(case, paper, "Estates", "Site", site_rows, estates_notes);
    let system_rows = systems.iter().map(|system| {
        let System {
            name,
            change,
            when,
            notes,
        } = system;
        (name, change.label(), *when, notes)
    });
    changes(case, paper, "ICT", "System", system_rows, ict_notes);
    paper.subsection("Security accreditation");
    paper.text_or_gap(case, accreditation);
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
) {
    paper.subsection(title);
    let listed = rows.len() > 0;
    if listed {
        paper.table(
            vec![
                Column::text(thing, 1.5),
                Column::text("Change", 0.9),
                Column::text("When", 1.1),
                Column::text("What changes", 2.6),
            ],
            rows.map(|(name, change, when, what)| {
                vec![cell(name), change.to_owned(), long_date(when), cell(what)]
            })
            .collect(),
        );
    }
    if !notes.trim().is_empty() || !listed {
        paper.text_or_gap(case, notes);
    }
}
