//! Options appraisal: every model scored on fit and practicality, the options
//! matrix, the preferred option and each option's assessment.

use crate::case::Case;
use crate::case::options::{OptionKind, OptionStatus};
use crate::report::document::{Block, Chart, Column, MatrixPoint, ParagraphStyle};

use super::{Paper, cell};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let options = &case.options;
    let thresholds = options.tier_thresholds;
    paper.section("Options appraisal");
    paper.paragraph(
        "Every collaboration model was considered alongside business as usual and a do-minimum option, as the Green Book requires. Each option is scored from 1 to 5 on strategic fit and impact and on practicality; the scores place it in a tier.",
    );
    let rows = options
        .appraisals
        .iter()
        .map(|(kind, appraisal)| {
            let score = |s: Option<crate::case::options::Score>| {
                s.map_or("—".to_owned(), |s| s.value().to_string())
            };
            vec![
                kind.label().to_owned(),
                appraisal.status.label().to_owned(),
                score(appraisal.strategic_fit),
                score(appraisal.practicality),
                appraisal
                    .tier(&thresholds)
                    .map_or("—".to_owned(), |t| t.label().to_owned()),
                cell(&appraisal.rationale),
            ]
        })
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

    let scored: Vec<(OptionKind, u8, u8, bool)> = options
        .appraisals
        .iter()
        .filter_map(|(kind, a)| {
            Some((
                *kind,
                a.strategic_fit?.value(),
                a.practicality?.value(),
                a.status == OptionStatus::Preferred,
            ))
        })
        .collect();
    let tier_rule = format!(
        "Tier 1 needs strategic fit of at least {} and practicality of at least {}; Tier 2 needs strategic fit of at least {}.",
        thresholds.tier1_min_fit, thresholds.tier1_min_practicality, thresholds.tier2_min_fit
    );
    if scored.is_empty() {
        paper.note("No option has been scored yet, so the options matrix cannot be drawn.");
    } else {
        let mut points = Vec::new();
        let mut description = Vec::new();
        for (i, (kind, fit, practicality, preferred)) in scored.iter().enumerate() {
            let key = option_key(i);
            let tier = thresholds
                .tier(
                    crate::case::options::Score::new(*fit)
                        .unwrap_or(crate::case::options::Score::new(1).expect("1 is a score")),
                    crate::case::options::Score::new(*practicality)
                        .unwrap_or(crate::case::options::Score::new(1).expect("1 is a score")),
                )
                .label();
            let preferred_note = if *preferred { " (preferred)" } else { "" };
            description.push(format!(
                "{key}: {}{preferred_note}: fit {fit}, practicality {practicality}, {tier}.",
                kind.label()
            ));
            points.push(MatrixPoint {
                key,
                fit: *fit,
                practicality: *practicality,
                preferred: *preferred,
            });
        }
        description.push(tier_rule);
        paper.figure(
            "Options by strategic fit and practicality",
            Chart::OptionsMatrix {
                points,
                tier1_min_fit: thresholds.tier1_min_fit,
                tier1_min_practicality: thresholds.tier1_min_practicality,
                tier2_min_fit: thresholds.tier2_min_fit,
            },
            description,
        );
    }

    paper.subsection("The preferred option");
    match options.preferred() {
        Some(kind) => {
            paper.push(Block::Paragraph {
                style: ParagraphStyle::Strong,
                text: kind.label().to_owned(),
            });
            paper.paragraph(kind.description());
            paper.paragraph(format!(
                "Typical risk: {}. Typical return: {}. Governance needed: {}.",
                kind.risk().label().to_lowercase(),
                kind.return_level().label().to_lowercase(),
                kind.governance_weight().label().to_lowercase()
            ));
        }
        None => paper.note("No single option has been marked as preferred yet."),
    }
    paper.subsection("Reasonableness test");
    paper.text_or_note(&options.reasonableness);

    for (kind, appraisal) in &options.appraisals {
        let fields = [
            ("How it would work", &appraisal.summary),
            ("Benefits", &appraisal.benefits),
            ("Costs", &appraisal.costs),
            ("Risks", &appraisal.risks),
            ("Drawbacks", &appraisal.drawbacks),
        ];
        if appraisal.status == OptionStatus::NotAssessed
            && fields.iter().all(|(_, t)| t.trim().is_empty())
        {
            continue;
        }
        paper.subsection(&format!(
            "{}: {}",
            kind.label(),
            appraisal.status.label().to_lowercase()
        ));
        let mut pairs = vec![("The model", kind.description().to_owned())];
        pairs.extend(
            fields
                .iter()
                .filter(|(_, text)| !text.trim().is_empty())
                .map(|(label, text)| (*label, text.trim().to_owned())),
        );
        if fields.iter().all(|(_, text)| text.trim().is_empty()) {
            pairs.push((
                "Assessment",
                "Benefits, costs, risks and drawbacks not yet provided.".to_owned(),
            ));
        }
        paper.key_values(pairs);
    }
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
