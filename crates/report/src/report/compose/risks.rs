//! Risk implications: the heat map of inherent scores and the register.

use crate::case::risk::{Rating, RatingThresholds, Risk, RiskSettings};
use crate::case::validate::RiskField;
use crate::case::{Anchor, Case, RiskRegister};
use crate::format;
use crate::report::document::{self, Cell, Chart, Column};

use super::{Paper, cell, non_empty};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let register = &case.risks;
    let RiskRegister { settings, risks } = register;
    let RiskSettings { scale, thresholds } = settings;
    let RatingThresholds {
        medium_from,
        high_from,
        very_high_from,
    } = thresholds;
    paper.section("Risk implications");
    paper.field(Anchor::RiskSettings).paragraph(format!(
        "The register holds {}, scored on a {} matrix of likelihood and impact. Ratings: very high from a score of {very_high_from}, high from {high_from}, medium from {medium_from}.",
        format::plural(risks.len(), "risk"),
        scale.label(),
    ));
    heat_map(register, &mut paper.field(Anchor::RiskRegister));
    paper.subsection("Risk register");
    if risks.is_empty() {
        paper.note("No risks have been recorded yet.");
        return;
    }
    let rows: Vec<Vec<Cell>> = risks
        .iter()
        .map(|risk| register_row(register, risk))
        .collect();
    // References like "R07" fit a narrow column; longer ones ("SWHR-01") get room to stay whole.
    let long_ids = risks.iter().any(|risk| risk.id.trim().chars().count() > 4);
    paper.field(Anchor::RiskRegister).table(
        vec![
            Column::text("Ref", if long_ids { 1.2 } else { 0.6 }),
            Column::text("Risk", 2.35),
            Column::text("Inherent", 1.05),
            Column::text("Owner, response, review", 1.25),
            Column::text("Mitigation", 2.2),
            Column::text("Residual", 1.05),
        ],
        rows,
    );
    paper.items_from((0..risks.len()).map(|i| Some(Anchor::Risk(i, RiskField::Title))));
    // Each column's field; the description shares the title's cell and the review date the
    // owner's.
    paper.cells_from((0..risks.len()).map(|i| {
        [
            RiskField::Reference,
            RiskField::Title,
            RiskField::Likelihood,
            RiskField::Owner,
            RiskField::Mitigation,
            RiskField::ResidualLikelihood,
        ]
        .map(|field| Some(Anchor::Risk(i, field)))
        .to_vec()
    }));
}

/// The heat map of inherent scores, with the references in each cell as its text
/// equivalent.
fn heat_map(register: &RiskRegister, paper: &mut Paper) {
    let settings = register.settings;
    let mut description = vec![format!(
        "Inherent ratings: {} very high, {} high, {} medium, {} low.",
        register.count_rated(Rating::VeryHigh),
        register.count_rated(Rating::High),
        register.count_rated(Rating::Medium),
        register.count_rated(Rating::Low)
    )];
    let cells = register.heat_map();
    let scale_max = settings.scale.max();
    for (likelihood, row) in (1..=scale_max).zip(&cells).rev() {
        for (impact, n) in (1..=scale_max).zip(row) {
            if *n == 0 {
                continue;
            }
            let ids: Vec<&str> = register
                .risks
                .iter()
                .filter(|r| r.is_in_cell((likelihood, impact)))
                .map(|r| non_empty(&r.id, "unnumbered"))
                .collect();
            let shown = ids.iter().take(8).copied().collect::<Vec<_>>().join(", ");
            let more = if ids.len() > 8 {
                format!(" and {} more", ids.len() - 8)
            } else {
                String::new()
            };
            description.push(format!(
                "Likelihood {likelihood}, impact {impact}: {shown}{more}."
            ));
        }
    }
    let outside = register.off_the_heat_map();
    if outside > 0 {
        description.push(format!(
            "{} {} scored outside the matrix and not shown.",
            format::plural(outside, "risk"),
            format::agree(outside, "is", "are")
        ));
    }
    paper.figure(
        "Risk heat map (inherent likelihood and impact)",
        Chart::HeatMap {
            ratings: (1..=scale_max)
                .map(|likelihood| {
                    (1..=scale_max)
                        .map(|impact| settings.rate_cell(likelihood, impact))
                        .collect()
                })
                .collect(),
            cells,
        },
        description,
    );
}

/// A risk's row of the register.
fn register_row(register: &RiskRegister, risk: &Risk) -> Vec<Cell> {
    let Risk {
        id,
        title,
        description,
        category,
        likelihood,
        impact,
        owner,
        response,
        mitigation,
        residual_likelihood,
        residual_impact,
        review_date,
        cost: _,
    } = risk;
    let inherent = Cell::List(vec![
        register.rating(risk).label().to_owned(),
        format!("{} ({likelihood} × {impact})", risk.score()),
    ]);
    let residual = Cell::List(vec![
        register.residual_rating(risk).label().to_owned(),
        format!(
            "{} ({residual_likelihood} × {residual_impact})",
            risk.residual_score()
        ),
    ]);
    let review = review_date.map_or("not set".to_owned(), document::long_date);
    let mut what = vec![non_empty(title, "Untitled risk").to_owned()];
    if !description.trim().is_empty() {
        what.push(description.trim().to_owned());
    }
    what.push(format!("Category: {}", category.label()));
    vec![
        Cell::Text(cell(id)),
        Cell::List(what),
        inherent,
        Cell::List(vec![
            cell(owner),
            response.label().to_owned(),
            format!("Review: {review}"),
        ]),
        Cell::Text(cell(mitigation)),
        residual,
    ]
}
