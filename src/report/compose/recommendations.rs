//! Recommendations: what the committee is asked to decide, numbered so it can
//! minute each one.

use crate::case::Case;
use crate::report::document::Block;

use super::Paper;

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let number = paper.section("Recommendations");
    if case.recommendations.is_empty() {
        paper.note("No recommendations have been written yet.");
        return;
    }
    paper.paragraph("The committee is asked to:");
    let items = case
        .recommendations
        .iter()
        .enumerate()
        .map(|(i, rec)| {
            let verb = rec.decision.verb();
            let mut chars = verb.chars();
            let verb: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            (
                format!("{number}.{}", i + 1),
                format!("{verb} {}", rec.text.trim()),
            )
        })
        .collect();
    paper.push(Block::Numbered(items));
}
