//! Options appraisal: every model scored on fit and practicality, the options
//! matrix, the preferred option and each option's assessment.

use std::collections::BTreeMap;

use crate::case::options::{OptionAppraisal, OptionKind, OptionStatus, Score, TierThresholds};
use crate::case::{Anchor, Case, Options};
use crate::report::document::{Block, Chart, Column, MatrixPoint, ParagraphStyle};

use super::{Paper, cell};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let Options {
        appraisals,
        tier_thresholds,
        reasonableness,
        why_not_highest_npv: _, // printed by `finance` beside the ranking
    } = &case.options;
    paper.section("Options appraisal");
    paper.paragraph(
        "Every collaboration model was considered alongside business as usual and a do-minimum option, as the Green Book requires. Each option is scored from 1 to 5 on strategic fit and impact and on practicality; the scores place it in a tier. The tier is what the scores give and the status is the decision taken; where they differ, the rationale says why.",
    );
    appraisal_table(appraisals, tier_thresholds, paper);
    matrix(appraisals, tier_thresholds, paper);

    paper.subsection("The preferred option");
    match case.options.preferred() {
        Some(kind) => {
            paper.field(Anchor::PreferredOption).push(Block::Paragraph {
                style: ParagraphStyle::Strong,
                text: kind.label().to_owned(),
            });
            paper.paragraph(kind.description());
            paper.paragraph(format!(
                "In general this model carries {} risk and {} return, and needs {} governance; the rationale below says how this case stands against that.",
                kind.risk().label().to_lowercase(),
                kind.return_level().label().to_lowercase(),
                kind.governance_weight().label().to_lowercase()
            ));
        }
        None => paper.note("No single option has been marked as preferred yet."),
    }
    paper.subsection("Reasonableness test");
    paper.text_or_note(reasonableness);

    for (kind, appraisal) in appraisals {
        assessment(*kind, appraisal, tier_thresholds, paper);
    }
}

/// Every option with its status, scores, tier and rationale.
fn appraisal_table(
    appraisals: &BTreeMap<OptionKind, OptionAppraisal>,
    thresholds: &TierThresholds,
    paper: &mut Paper,
) {
    let score = |score: Option<Score>| score.map_or("—".to_owned(), |s| s.value().to_string());
    let rows = appraisals
        .iter()
        .map(|(kind, appraisal)| {
            let OptionAppraisal {
                status,
                summary: _, // in the option's assessment (see `assessment`)
                rationale,
                benefits: _,  // in the option's assessment
                costs: _,     // in the option's assessment
                risks: _,     // in the option's assessment
                drawbacks: _, // in the option's assessment
                strategic_fit,
                practicality,
            } = appraisal;
            vec![
                kind.label().to_owned(),
                status.label().to_owned(),
                score(*strategic_fit),
                score(*practicality),
                appraisal
                    .tier(thresholds)
                    .map_or("—".to_owned(), |t| t.label().to_owned()),
                cell(rationale),
            ]
        })
        .collect();
    let anchors: Vec<Option<Anchor>> = appraisals
        .keys()
        .map(|kind| Some(Anchor::Option(*kind)))
        .collect();
    paper.table(
        vec![
            Column::text("Option", 1.2),
            Column::text("Status", 1.05),
            Column::figure("Fit", 0.45),
            Column::figure("Practicality", 1.2),
            Column::text("Tier", 1.2),
            Column::text("Rationale", 3.5),
        ],
        rows,
    );
    paper.items_from(anchors);
}

/// The options matrix of every scored option, with its text equivalent.
fn matrix(
    appraisals: &BTreeMap<OptionKind, OptionAppraisal>,
    thresholds: &TierThresholds,
    paper: &mut Paper,
) {
    let TierThresholds {
        tier1_min_fit,
        tier1_min_practicality,
        tier2_min_fit,
    } = *thresholds;
    let scored: Vec<(OptionKind, Score, Score, bool)> = appraisals
        .iter()
        .filter_map(|(kind, a)| {
            Some((
                *kind,
                a.strategic_fit?,
                a.practicality?,
                a.status == OptionStatus::Preferred,
            ))
        })
        .collect();
    if scored.is_empty() {
        paper.note("No option has been scored yet, so the options matrix cannot be drawn.");
        return;
    }
    let mut points = Vec::new();
    let mut description = Vec::new();
    for (i, (kind, fit, practicality, preferred)) in scored.into_iter().enumerate() {
        let key = option_key(i);
        let tier = thresholds.tier(fit, practicality).label();
        let (fit, practicality) = (fit.value(), practicality.value());
        let preferred_note = if preferred { " (preferred)" } else { "" };
        description.push(format!(
            "{key}: {}{preferred_note}: fit {fit}, practicality {practicality}, {tier}.",
            kind.label()
        ));
        points.push(MatrixPoint {
            key,
            fit,
            practicality,
            preferred,
        });
    }
    description.push(format!(
        "Tier 1 needs strategic fit of at least {tier1_min_fit} and practicality of at least {tier1_min_practicality}; Tier 2 needs strategic fit of at least {tier2_min_fit}."
    ));
    paper.figure(
        "Options by strategic fit and practicality",
        Chart::OptionsMatrix {
            points,
            tier1_min_fit,
            tier1_min_practicality,
            tier2_min_fit,
        },
        description,
    );
}

/// One option's assessment in words, unless it was neither assessed nor written about.
fn assessment(
    kind: OptionKind,
    appraisal: &OptionAppraisal,
    thresholds: &TierThresholds,
    paper: &mut Paper,
) {
    let OptionAppraisal {
        status,
        summary,
        rationale: _, // in the appraisal table
        benefits,
        costs,
        risks,
        drawbacks,
        strategic_fit: _, // beside the decision below, in the table and on the matrix
        practicality: _,  // beside the decision below, in the table and on the matrix
    } = appraisal;
    let fields = [
        ("How it would work", summary),
        ("Benefits", benefits),
        ("Costs", costs),
        ("Risks", risks),
        ("Drawbacks", drawbacks),
    ];
    let unwritten = fields.iter().all(|(_, text)| text.trim().is_empty());
    if *status == OptionStatus::NotAssessed && unwritten {
        return;
    }
    let mut paper = paper.field(Anchor::Option(kind));
    paper.subsection(&format!(
        "{}: {}",
        kind.label(),
        status.label().to_lowercase()
    ));
    let mut pairs = vec![("The model", kind.description().to_owned())];
    if let (Some(fit), Some(practicality)) = (appraisal.strategic_fit, appraisal.practicality) {
        pairs.push((
            "Scores and decision",
            format!(
                "Strategic fit {}, practicality {}: {}. Decision: {}.",
                fit.value(),
                practicality.value(),
                thresholds.tier(fit, practicality).label(),
                status.label().to_lowercase()
            ),
        ));
    }
    pairs.extend(
        fields
            .iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(label, text)| (*label, text.trim().to_owned())),
    );
    if unwritten {
        pairs.push((
            "Assessment",
            "Benefits, costs, risks and drawbacks not yet provided.".to_owned(),
        ));
    }
    paper.key_values(pairs);
}

/// "A", "B", … "Z", "AA": the key of the n-th option on the matrix.
fn option_key(index: usize) -> String {
    let letter = |i: usize| char::from(b'A' + (i % 26) as u8);
    if index < 26 {
        letter(index).to_string()
    } else {
        format!("{}{}", letter(index / 26 - 1), letter(index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_keys_run_past_z() {
        assert_eq!(option_key(0), "A");
        assert_eq!(option_key(25), "Z");
        assert_eq!(option_key(26), "AA");
    }
}
