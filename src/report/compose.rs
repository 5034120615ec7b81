//! Case → document: what the committee paper says, section by section.
//!
//! The order follows the committee report convention (front sheet, contents, purpose,
//! recommendations, background, options, financial, risk, equality, governance and legal,
//! implementation, appendices). Where the case is silent the paper says so in a grey note
//! rather than leaving a gap, so a reader of a draft can see what is missing.

use chrono::NaiveDate;

use crate::case::Case;
use crate::case::finance::Payback;
use crate::case::front_sheet::DocumentStatus;
use crate::case::options::{OptionKind, OptionStatus};
use crate::case::risk::Rating;
use crate::format;

use super::document::{
    Block, Chart, Column, Document, Figure, HeadingLevel, KeyValues, MatrixPoint, Metadata,
    ParagraphStyle, Table,
};

/// What an empty field prints as.
pub const NOT_PROVIDED: &str = "Not yet provided.";

/// Builds the whole paper for a case.
pub fn compose(case: &Case) -> Document {
    let front = &case.front_sheet;
    let mut paper = Paper::default();
    front_sheet(case, &mut paper);
    paper.push(Block::PageBreak);
    paper.heading(HeadingLevel::Title, "Contents");
    paper.push(Block::Contents);
    paper.push(Block::PageBreak);
    summary(case, &mut paper);
    recommendations(case, &mut paper);
    case_for_change(case, &mut paper);
    options(case, &mut paper);
    finance(case, &mut paper);
    risks(case, &mut paper);
    equality(case, &mut paper);
    governance(case, &mut paper);
    implementation(case, &mut paper);
    revisions(case, &mut paper);
    Document {
        marking: front.marking.label().to_owned(),
        footer_title: non_empty(front.footer_title(), case.display_title()).to_owned(),
        version: front.version.clone(),
        draft: front.status == DocumentStatus::Draft,
        metadata: metadata(case),
        blocks: paper.blocks,
    }
}

fn metadata(case: &Case) -> Metadata {
    let front = &case.front_sheet;
    let committee = non_empty(&front.committee, "the committee");
    let mut keywords = vec![
        "police collaboration".to_owned(),
        "business case".to_owned(),
    ];
    keywords.extend(non_blank(&case.strategy.scope.function_area));
    keywords.extend(
        case.partners
            .forces
            .iter()
            .filter_map(|f| non_blank(&f.name)),
    );
    keywords.extend(case.options.preferred().map(|kind| kind.label().to_owned()));
    Metadata {
        title: case.display_title().to_owned(),
        author: front.author.trim().to_owned(),
        subject: format!("{} for {committee}", front.stage.label()),
        keywords,
        creator: "Casewright".to_owned(),
        date: front.report_date,
    }
}

/// The document under construction, with the section counter.
#[derive(Default)]
struct Paper {
    blocks: Vec<Block>,
    sections: usize,
    figures: usize,
}

impl Paper {
    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    fn heading(&mut self, level: HeadingLevel, text: &str) {
        self.push(Block::Heading {
            level,
            text: text.to_owned(),
        });
    }

    /// Starts a numbered section and returns its number, for numbering what is inside it.
    fn section(&mut self, title: &str) -> usize {
        self.sections += 1;
        let number = self.sections;
        self.heading(HeadingLevel::Section, &format!("{number}. {title}"));
        number
    }

    fn subsection(&mut self, title: &str) {
        self.heading(HeadingLevel::Subsection, title);
    }

    fn paragraph(&mut self, text: impl Into<String>) {
        self.push(Block::Paragraph {
            style: ParagraphStyle::Body,
            text: text.into(),
        });
    }

    /// The user's text, or a note that it is missing.
    fn text_or_note(&mut self, text: &str) {
        if text.trim().is_empty() {
            self.note(NOT_PROVIDED);
            return;
        }
        // Each line the user typed is a paragraph of its own, with space between.
        for paragraph in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
            self.paragraph(paragraph);
        }
    }

    fn note(&mut self, text: &str) {
        self.push(Block::Paragraph {
            style: ParagraphStyle::Note,
            text: text.to_owned(),
        });
    }

    fn table(&mut self, columns: Vec<Column>, rows: Vec<Vec<String>>) {
        self.push(Block::Table(Table {
            columns,
            rows,
            total_row: false,
        }));
    }

    /// A table of `rows`, or `empty` as a note when there are none, so an unfinished part of
    /// the case prints as a visible gap rather than an empty grid.
    fn table_or_note(&mut self, columns: Vec<Column>, rows: Vec<Vec<String>>, empty: &str) {
        if rows.is_empty() {
            self.note(empty);
        } else {
            self.table(columns, rows);
        }
    }

    fn key_values(&mut self, pairs: Vec<(&str, String)>) {
        self.push(Block::KeyValues(KeyValues {
            pairs: pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        }));
    }

    fn figure(&mut self, caption: &str, chart: Chart, description: Vec<String>) {
        self.figures += 1;
        self.push(Block::Figure(Figure {
            caption: format!("Figure {}: {caption}", self.figures),
            chart,
            description,
        }));
    }
}

fn non_empty<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    if text.trim().is_empty() {
        fallback
    } else {
        text.trim()
    }
}

fn non_blank(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The cell text for a field the user may have left empty.
fn cell(text: &str) -> String {
    non_empty(text, "—").to_owned()
}

/// A date as a committee writes it: "4 March 2026".
pub fn long_date(date: Option<NaiveDate>) -> String {
    date.map_or_else(
        || "Not set".to_owned(),
        |d| d.format("%-d %B %Y").to_string(),
    )
}

fn front_sheet(case: &Case, paper: &mut Paper) {
    let front = &case.front_sheet;
    paper.push(Block::Paragraph {
        style: ParagraphStyle::Display,
        text: non_empty(&front.committee, "Committee not named").to_owned(),
    });
    paper.heading(HeadingLevel::Title, case.display_title());
    paper.push(Block::Paragraph {
        style: ParagraphStyle::Strong,
        text: format!("{} · {}", front.stage.label(), front.status.label()),
    });
    let forces: Vec<String> = case
        .partners
        .forces
        .iter()
        .filter_map(|f| non_blank(&f.name))
        .collect();
    paper.key_values(vec![
        ("Protective marking", front.marking.label().to_owned()),
        ("Committee", cell(&front.committee)),
        ("Meeting date", long_date(front.meeting_date)),
        ("Agenda item", cell(&front.agenda_item)),
        ("Report author", cell(&front.author)),
        ("Sponsoring chief officer", cell(&front.sponsor)),
        ("Version", cell(&front.version)),
        ("Status", front.status.label().to_owned()),
        ("Business case stage", front.stage.label().to_owned()),
        ("Report date", long_date(front.report_date)),
        (
            "Forces",
            if forces.is_empty() {
                "—".to_owned()
            } else {
                forces.join("\n")
            },
        ),
    ]);
}

fn summary(case: &Case, paper: &mut Paper) {
    paper.section("Purpose and summary");
    paper.text_or_note(&case.front_sheet.summary);
}

fn recommendations(case: &Case, paper: &mut Paper) {
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

fn case_for_change(case: &Case, paper: &mut Paper) {
    let strategy = &case.strategy;
    paper.section("Background and case for change");
    paper.subsection("Scope");
    paper.key_values(vec![(
        "Function or area of business",
        cell(&strategy.scope.function_area),
    )]);
    paper.subsection("Current position");
    paper.text_or_note(&strategy.scope.current_position);
    paper.subsection("The problem or opportunity");
    paper.text_or_note(&strategy.scope.problem);
    paper.subsection("The proposal");
    paper.text_or_note(&strategy.scope.proposal);

    paper.subsection("Partners");
    if case.partners.forces.is_empty() {
        paper.note("No forces have been added yet.");
    } else {
        let lead = case.partners.lead_force;
        let rows = case
            .partners
            .forces
            .iter()
            .enumerate()
            .map(|(i, force)| {
                let name = force.display_name(i);
                let name = if lead == Some(i) {
                    format!("{name} (lead force)")
                } else {
                    name
                };
                vec![
                    name,
                    cell(&force.policing_body),
                    cell(&force.chief_constable),
                    cell(&force.commissioner),
                    force.annual_revenue_budget.whole_pounds(),
                ]
            })
            .collect();
        paper.table(
            vec![
                Column::text("Force", 1.5),
                Column::text("Policing body", 1.3),
                Column::text("Chief constable", 1.2),
                Column::text("Commissioner", 1.2),
                Column::figure("Annual revenue budget", 1.1),
            ],
            rows,
        );
    }
    if !case.partners.others.is_empty() {
        let rows = case
            .partners
            .others
            .iter()
            .map(|other| {
                vec![
                    cell(&other.name),
                    other.kind.label().to_owned(),
                    cell(&other.role),
                ]
            })
            .collect();
        paper.table(
            vec![
                Column::text("Other partner", 1.4),
                Column::text("Kind", 1.0),
                Column::text("Role", 2.6),
            ],
            rows,
        );
    }

    paper.subsection("Strategic objectives");
    justified_table(
        paper,
        "Objective",
        strategy
            .objectives
            .iter()
            .map(|(k, v)| (k.label(), v.as_str())),
        "No strategic objective has been chosen yet.",
    );
    paper.subsection("Benefits");
    justified_table(
        paper,
        "Benefit",
        strategy
            .benefits
            .iter()
            .map(|(k, v)| (k.label(), v.as_str())),
        "No benefits have been claimed yet.",
    );
    paper.subsection("Strategic principles");
    justified_table(
        paper,
        "Principle",
        strategy
            .principles
            .iter()
            .map(|(k, v)| (k.label(), v.as_str())),
        "No principles have been chosen yet.",
    );
    paper.subsection("Strategic Policing Requirement");
    justified_table(
        paper,
        "National threat",
        strategy
            .spr_threats
            .iter()
            .map(|(k, v)| (k.label(), v.as_str())),
        "The case does not yet say which national threats it helps meet.",
    );
    paper.subsection("Measures of success");
    paper.table_or_note(
        vec![
            Column::text("Measure", 1.6),
            Column::text("Baseline", 1.2),
            Column::text("Target", 1.2),
        ],
        strategy
            .measures
            .iter()
            .map(|m| vec![cell(&m.measure), cell(&m.baseline), cell(&m.target)])
            .collect(),
        "No measures of success have been agreed yet.",
    );
}

fn justified_table<'a>(
    paper: &mut Paper,
    header: &str,
    entries: impl Iterator<Item = (&'a str, &'a str)>,
    empty: &str,
) {
    let rows: Vec<Vec<String>> = entries
        .map(|(label, text)| vec![label.to_owned(), cell(text)])
        .collect();
    paper.table_or_note(
        vec![
            Column::text(header, 1.0),
            Column::text("How the proposal meets it", 1.6),
        ],
        rows,
        empty,
    );
}

fn options(case: &Case, paper: &mut Paper) {
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

fn finance(case: &Case, paper: &mut Paper) {
    let finance = &case.finance;
    let summary = finance.summarise(&case.partners.forces);
    paper.section("Financial implications");
    paper.paragraph(format!(
        "The appraisal covers {} years from {}, in real prices. Costs and savings are discounted at {} a year (the Green Book rate), with an optimism-bias uplift of {} on costs. Costs and savings are shared: {}.",
        finance.years,
        finance.year_label(0),
        finance.discount_rate,
        finance.optimism_bias,
        finance.split.label().to_lowercase()
    ));
    if finance.lines.is_empty() {
        paper.note("No costs or savings have been entered yet.");
    } else {
        paper.subsection("Costs and savings by year");
        let mut rows: Vec<Vec<String>> = summary
            .years
            .iter()
            .map(|y| {
                vec![
                    y.label.clone(),
                    y.costs.whole_pounds(),
                    y.savings.whole_pounds(),
                    y.net.whole_pounds(),
                    y.cumulative_net.whole_pounds(),
                ]
            })
            .collect();
        rows.push(vec![
            "Total".to_owned(),
            summary.total_costs.whole_pounds(),
            summary.total_savings.whole_pounds(),
            summary.total_net.whole_pounds(),
            String::new(),
        ]);
        paper.push(Block::Table(Table {
            columns: vec![
                Column::text("Year", 1.0),
                Column::figure("Costs", 1.2),
                Column::figure("Savings", 1.2),
                Column::figure("Net saving", 1.2),
                Column::figure("Cumulative net", 1.3),
            ],
            rows,
            total_row: true,
        }));
        paper.figure(
            "Costs against savings by year",
            Chart::CostsSavings {
                years: summary
                    .years
                    .iter()
                    .map(|y| {
                        (
                            y.label.clone(),
                            y.costs.as_pounds_f64(),
                            y.savings.as_pounds_f64(),
                        )
                    })
                    .collect(),
            },
            summary
                .years
                .iter()
                .map(|y| {
                    format!(
                        "{}: costs {}, savings {}.",
                        y.label,
                        y.costs.whole_pounds(),
                        y.savings.whole_pounds()
                    )
                })
                .collect(),
        );
        paper.subsection("Cost and saving lines");
        let rows = finance
            .lines
            .iter()
            .map(|line| {
                vec![
                    cell(&line.label),
                    line.kind.label().to_owned(),
                    line.recurrence.label().to_owned(),
                    line.total().whole_pounds(),
                ]
            })
            .collect();
        paper.table(
            vec![
                Column::text("Line", 2.6),
                Column::text("Type", 0.8),
                Column::text("Recurrence", 1.0),
                Column::figure("Total", 1.2),
            ],
            rows,
        );
    }
    paper.subsection("Value for money");
    let payback = match &summary.payback {
        Payback::InYear { label, .. } => label.clone(),
        Payback::NotWithinPeriod => "Not within the appraisal period".to_owned(),
    };
    paper.key_values(vec![
        ("One-off costs", summary.one_off_costs.whole_pounds()),
        ("Recurring costs", summary.recurring_costs.whole_pounds()),
        ("Total costs", summary.total_costs.whole_pounds()),
        ("Total savings", summary.total_savings.whole_pounds()),
        ("Net saving (cash)", summary.total_net.whole_pounds()),
        (
            "Present value of costs",
            format!(
                "{} (including optimism bias of {})",
                summary.pv_costs.whole_pounds(),
                finance.optimism_bias
            ),
        ),
        (
            "Present value of savings",
            summary.pv_savings.whole_pounds(),
        ),
        ("Net present value", summary.npv.whole_pounds()),
        (
            "Benefit–cost ratio",
            summary
                .benefit_cost_ratio
                .map_or("Not applicable (no costs)".to_owned(), |r| {
                    format!("{r:.2}")
                }),
        ),
        ("Payback year", payback),
    ]);
    paper.subsection("Each force's position");
    if summary.partners.is_empty() {
        paper.note("Each force's share cannot be worked out yet: add the forces and their budgets or agreed shares.");
    } else {
        // The positions follow the partners list, so each is named as that list names it.
        let rows = summary
            .partners
            .iter()
            .zip(&case.partners.forces)
            .enumerate()
            .map(|(i, (p, force))| {
                vec![
                    force.display_name(i),
                    p.share.to_string(),
                    p.contribution.whole_pounds(),
                    p.savings.whole_pounds(),
                    p.net.whole_pounds(),
                ]
            })
            .collect();
        paper.table(
            vec![
                Column::text("Force", 1.8),
                Column::figure("Share", 0.8),
                Column::figure("Contribution", 1.2),
                Column::figure("Savings", 1.2),
                Column::figure("Net position", 1.2),
            ],
            rows,
        );
    }
    paper.subsection("Assumptions and affordability");
    paper.text_or_note(&finance.notes);
}

fn risks(case: &Case, paper: &mut Paper) {
    let register = &case.risks;
    let settings = register.settings;
    paper.section("Risk implications");
    let count = register.risks.len();
    paper.paragraph(format!(
        "The register holds {}, scored on a {} matrix of likelihood and impact. Ratings: very high from a score of {}, high from {}, medium from {}.",
        format::plural(count, "risk"),
        settings.scale.label(),
        settings.thresholds.very_high_from,
        settings.thresholds.high_from,
        settings.thresholds.medium_from
    ));
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
    let outside = count - cells.iter().flatten().sum::<usize>();
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
    paper.subsection("Risk register");
    if register.risks.is_empty() {
        paper.note("No risks have been recorded yet.");
        return;
    }
    let rows = register
        .risks
        .iter()
        .map(|risk| {
            let inherent = format!(
                "{}\n{} ({} × {})",
                register.rating(risk).label(),
                risk.score(),
                risk.likelihood,
                risk.impact
            );
            let residual = format!(
                "{}\n{} ({} × {})",
                register.residual_rating(risk).label(),
                risk.residual_score(),
                risk.residual_likelihood,
                risk.residual_impact
            );
            let review = risk
                .review_date
                .map_or("not set".to_owned(), |d| d.format("%d/%m/%Y").to_string());
            let mut title = non_empty(&risk.title, "Untitled risk").to_owned();
            if !risk.description.trim().is_empty() {
                title = format!("{title}\n{}", risk.description.trim());
            }
            vec![
                cell(&risk.id),
                format!("{title}\nCategory: {}", risk.category.label()),
                inherent,
                format!(
                    "{}\n{}\nReview: {review}",
                    cell(&risk.owner),
                    risk.response.label()
                ),
                cell(&risk.mitigation),
                residual,
            ]
        })
        .collect();
    // References like "R07" fit a narrow column; longer ones ("SWHR-01") get room to stay whole.
    let long_ids = register
        .risks
        .iter()
        .any(|risk| risk.id.trim().chars().count() > 4);
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

fn equality(case: &Case, paper: &mut Paper) {
    let equality = &case.equality;
    paper.section("Equality implications");
    paper.paragraph(
        "Under the Public Sector Equality Duty (Equality Act 2010, section 149) the forces and policing bodies must have due regard, before deciding, to the three aims below. The assessment covers the nine protected characteristics (section 4).",
    );
    let rows = equality
        .aims
        .iter()
        .map(|(aim, text)| vec![aim.label().to_owned(), cell(text)])
        .collect();
    paper.table(
        vec![
            Column::text("Aim", 1.0),
            Column::text("How the proposal has due regard", 1.8),
        ],
        rows,
    );
    paper.subsection("Protected characteristics");
    let rows = equality
        .characteristics
        .iter()
        .map(|(c, a)| {
            vec![
                c.label().to_owned(),
                a.impact.label().to_owned(),
                cell(&a.evidence),
                cell(&a.mitigation),
            ]
        })
        .collect();
    paper.table(
        vec![
            Column::text("Characteristic", 1.2),
            Column::text("Impact", 0.85),
            Column::text("Evidence and consultation", 2.0),
            Column::text("Mitigation", 1.8),
        ],
        rows,
    );
    paper.subsection("Human Rights Act 1998");
    paper.text_or_note(&equality.human_rights);
    paper.subsection("Consultation");
    paper.text_or_note(&equality.consultation);
    if case.partners.includes_welsh_force() || !equality.welsh_language.trim().is_empty() {
        paper.subsection("Welsh Language Standards");
        paper.text_or_note(&equality.welsh_language);
    }
    paper.subsection("Outcome");
    paper.key_values(vec![
        ("Outcome", equality.outcome.label().to_owned()),
        ("Reason", cell(&equality.outcome_reason)),
        ("Review date", long_date(equality.review_date)),
    ]);
}

fn governance(case: &Case, paper: &mut Paper) {
    let governance = &case.governance;
    paper.section("Governance and legal basis");
    paper.paragraph(
        "The collaboration will rest on a collaboration agreement under sections 22A to 23I of the Police Act 1996, as amended by the Police Reform and Social Responsibility Act 2011, following the Home Office Statutory Guidance for Police Collaboration (2012). The table shows how far each matter the agreement must settle has got.",
    );
    let rows = governance
        .items
        .iter()
        .map(|(item, entry)| {
            vec![
                item.label().to_owned(),
                entry.status.label().to_owned(),
                cell(&entry.text),
            ]
        })
        .collect();
    paper.table(
        vec![
            Column::text("Matter", 1.3),
            Column::text("Status", 0.9),
            Column::text("What the agreement says", 3.0),
        ],
        rows,
    );
    paper.subsection("Governance board");
    let board = &governance.board;
    let members: Vec<String> = board.members.iter().filter_map(|m| non_blank(m)).collect();
    paper.key_values(vec![
        ("Board", cell(&board.name)),
        ("Chair", cell(&board.chair)),
        (
            "Members",
            if members.is_empty() {
                "—".to_owned()
            } else {
                members.join("\n")
            },
        ),
        ("Meets", board.frequency.label().to_owned()),
    ]);
    paper.subsection("Direction and control");
    match case.options.preferred() {
        Some(kind) => paper.paragraph(kind.direction_and_control()),
        None => paper.note("The direction and control arrangements follow from the preferred option, which has not been chosen yet."),
    }
}

fn implementation(case: &Case, paper: &mut Paper) {
    let plan = &case.implementation;
    paper.section("Implementation and next steps");
    paper.subsection("Force leads");
    paper.table_or_note(
        vec![
            Column::text("Force", 1.3),
            Column::text("Lead", 1.2),
            Column::text("Role", 1.5),
        ],
        plan.leads
            .iter()
            .map(|l| vec![cell(&l.force), cell(&l.name), cell(&l.role)])
            .collect(),
        "No force leads have been named yet.",
    );
    paper.subsection("Programme board");
    paper.text_or_note(&plan.programme_board);
    paper.subsection("Milestones");
    paper.table_or_note(
        vec![
            Column::text("Milestone", 2.4),
            Column::text("Due", 1.1),
            Column::text("Owner", 1.3),
            Column::text("Status", 0.9),
        ],
        plan.milestones
            .iter()
            .map(|m| {
                vec![
                    cell(&m.title),
                    long_date(m.due),
                    cell(&m.owner),
                    m.status.label().to_owned(),
                ]
            })
            .collect(),
        "No milestones have been planned yet.",
    );
    paper.subsection("Communications");
    paper.text_or_note(&plan.communications);
    paper.subsection("Next steps");
    paper.text_or_note(&plan.next_steps);
}

fn revisions(case: &Case, paper: &mut Paper) {
    paper.heading(HeadingLevel::Section, "Appendix A. Revision history");
    if case.revisions.is_empty() {
        paper.note("No revisions have been recorded yet.");
        return;
    }
    let rows = case
        .revisions
        .iter()
        .map(|r| {
            vec![
                cell(&r.version),
                long_date(r.date),
                cell(&r.author),
                cell(&r.summary),
            ]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_case_composes_every_section() {
        let document = compose(&Case::default());
        let sections: Vec<&str> = document
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading {
                    level: HeadingLevel::Section,
                    text,
                } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(sections.len(), 10, "{sections:?}");
        assert_eq!(sections[0], "1. Purpose and summary");
        assert!(document.draft);
    }

    #[test]
    fn option_keys_run_past_z() {
        assert_eq!(option_key(0), "A");
        assert_eq!(option_key(25), "Z");
        assert_eq!(option_key(26), "AA");
    }
}
