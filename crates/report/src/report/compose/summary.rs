//! Purpose and summary: the case's own summary, in the user's words.

use crate::case::validate::FrontSheetField;
use crate::case::{Anchor, Case};

use super::Paper;

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    paper.section("Purpose and summary");
    paper
        .field(Anchor::FrontSheet(FrontSheetField::Summary))
        .text_or_note(&case.front_sheet.summary);
}
