//! Estates and ICT implications: the sites that open, close or change use, the systems joined,
//! migrated or retired, and security accreditation.

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
    paper.subsection("Estates");
    if !sites.is_empty() {
        paper.table(
            vec![
                Column::text("Site", 1.5),
                Column::text("Change", 0.9),
                Column::text("When", 1.1),
                Column::text("What changes", 2.6),
            ],
            sites
                .iter()
                .map(|site| {
                    let Site {
                        name,
                        change,
                        when,
                        notes,
                    } = site;
                    vec![
                        cell(name),
                        change.label().to_owned(),
                        long_date(*when),
                        cell(notes),
                    ]
                })
                .collect(),
        );
    }
    if !estates_notes.trim().is_empty() || sites.is_empty() {
        paper.text_or_gap(case, estates_notes);
    }
    paper.subsection("ICT");
    if !systems.is_empty() {
        paper.table(
            vec![
                Column::text("System", 1.5),
                Column::text("Change", 0.9),
                Column::text("When", 1.1),
                Column::text("What changes", 2.6),
            ],
            systems
                .iter()
                .map(|system| {
                    let System {
                        name,
                        change,
                        when,
                        notes,
                    } = system;
                    vec![
                        cell(name),
                        change.label().to_owned(),
                        long_date(*when),
                        cell(notes),
                    ]
                })
                .collect(),
        );
    }
    if !ict_notes.trim().is_empty() || systems.is_empty() {
        paper.text_or_gap(case, ict_notes);
    }
    paper.subsection("Security accreditation");
    paper.text_or_gap(case, accreditation);
}
