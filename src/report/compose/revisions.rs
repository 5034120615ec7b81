//! The revision history, the paper's appendix.

use crate::case::{Case, Revision};
use crate::report::document::{Column, HeadingLevel};

use super::{Paper, cell, long_date};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    paper.heading(HeadingLevel::Section, "Appendix A. Revision history");
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
            vec![cell(version), long_date(*date), cell(author), cell(summary)]
        })
        .collect();
    paper.table(
        vec![
            Column::text("Version", 0.8),
            Column::text("Date", 1.2),
            Column::text("Author", 1.3),
            Column::text("Summary of changes", 2.8),
        ],
        rows,
    );
}
