//! Purpose and summary: the case's own summary, in the user's words.

use crate::case::Case;

use super::Paper;

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    paper.section("Purpose and summary");
    paper.text_or_note(&case.front_sheet.summary);
}
