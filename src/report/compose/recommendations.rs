//! Recommendations: what the committee is asked to decide, numbered so it can
//! minute each one.

use crate::case::{Case, Recommendation};
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
        .map(|(i, recommendation)| {
            let Recommendation { decision, text } = recommendation;
            (
                format!("{number}.{}", i + 1),
                format!("{} {}", capitalised(decision.verb()), text.trim()),
            )
        })
        .collect();
    paper.push(Block::Numbered(items));
}

/// "approve" → "Approve": a verb as it opens a recommendation.
fn capitalised(verb: &str) -> String {
    let mut chars = verb.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
