//! Recommendations: what the committee is asked to decide, numbered so it can
//! minute each one.

use crate::case::{Anchor, Case, Recommendation};
use crate::format;
use crate::report::document::Block;

use super::Paper;

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let number = paper.section("Recommendations");
    // The note, the question put to the committee and the list all stand for the
    // recommendations as a whole; each item names its own recommendation below.
    let mut paper = paper.field(Anchor::Recommendations);
    if case.recommendations.is_empty() {
        paper.note("No recommendations have been written yet.");
        return;
    }
    paper.paragraph(
        case.front_sheet
            .decided_by
            .asked(&crate::case::recommend::deciders(case)),
    );
    let items = case
        .recommendations
        .iter()
        .enumerate()
        .map(|(i, recommendation)| {
            let Recommendation { decision, text } = recommendation;
            (
                format!("{number}.{}", i + 1),
                format!("{} {}", format::capitalised(decision.verb()), text.trim()),
            )
        })
        .collect();
    paper.push(Block::Numbered(items));
    paper.items_from((0..case.recommendations.len()).map(|i| Some(Anchor::Recommendation(i))));
}
