//! Risk implications: the heat map of inherent scores and the register.

use crate::case::risk::{Rating, RatingThresholds, Risk, RiskSettings};
use crate::case::{Case, RiskRegister};
use crate::format;
use crate::report::document::{Chart, Column};

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
    paper.paragraph(format!(
        "The register holds {}, scored on a {} matrix of likelihood and impact. Ratings: very high from a score of {very_high_from}, high from {high_from}, medium from {medium_from}.",
        format::plural(risks.len(), "risk"),
        scale.label(),
    ));
    heat_map(register, paper);
    paper.subsection("Risk register");
    if risks.is_empty() {
        paper.note("No risks have been recorded yet.");
        return;
    }
    let rows = risks
        .iter()
        .map(|risk| register_row(register, risk))
        .collect();
    // References like "R07" fit a narrow column; longer ones ("SWHR-01") get room to stay whole.
    let long_ids = risks.iter().any(|risk| risk.id.trim().chars().count() > 4);
    paper.table(
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
}

/// The heat map of inherent scores, with the references in each cell as its text
/// equivalent.
fn heat_map(register: &RiskRegister, paper: &mut Paper) {
    let settings = register.settings;
    let max = usize::from(settings.scale.max());
    let rating_of_score = (0..=max * max)
        .map(|score| {
            settings
                .thresholds
                .rate(u8::try_from(score).unwrap_or(u8::MAX))
        })
        .collect();
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
    // The heat map plots inherent scores only, so the risks it leaves out are those whose
    // inherent likelihood or impact is off the matrix; a risk with only its residual score
    // off the matrix is still in its cell. (`RiskRegister::out_of_scale` counts both, for
    // validation, and would overstate what is missing here.)
    let outside = register.risks.len() - cells.iter().flatten().sum::<usize>();
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
            cells,
            rating_of_score,
        },
        description,
    );
}

/// A risk's row of the register.
fn register_row(register: &RiskRegister, risk: &Risk) -> Vec<String> {
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
    let inherent = format!(
        "{}\n{} ({likelihood} × {impact})",
        register.rating(risk).label(),
        risk.score(),
    );
    let residual = format!(
        "{}\n{} ({residual_likelihood} × {residual_impact})",
        register.residual_rating(risk).label(),
        risk.residual_score(),
    );
    let review = review_date.map_or("not set".to_owned(), |d| d.format("%d/%m/%Y").to_string());
    let mut title = non_empty(title, "Untitled risk").to_owned();
    if !description.trim().is_empty() {
        title = format!("{title}\n{}", description.trim());
    }
    vec![
        cell(id),
        format!("{title}\nCategory: {}", category.label()),
        inherent,
        format!("{}\n{}\nReview: {review}", cell(owner), response.label()),
        cell(mitigation),
        residual,
    ]
}
