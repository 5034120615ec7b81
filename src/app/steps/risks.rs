//! The Risks step: the force's matrix and rating bands, a heat map that filters the register,
//! risks suggested by the source documents, and the register itself.
//!
//! Registers reach a few hundred risks, so the list draws only the rows on screen
//! (`ScrollArea::show_rows`) as one compact line each, and the selected risk is edited in a
//! detail panel underneath.

use egui::{Color32, RichText, ScrollArea, Stroke, Ui, vec2};

use crate::app::widgets;
use crate::case::risk::{
    MatrixScale, Rating, RatingThresholds, Risk, RiskCategory, RiskResponse, SUGGESTED_RISKS,
};
use crate::case::{Anchor, Case, RiskRegister, Step};

use super::focus_here;

/// Height of one register row, in points.
const ROW_HEIGHT: f32 = 22.0;
/// Widths of the register's columns, in points.
const TITLE_WIDTH: f32 = 380.0;
const SCORE_WIDTH: f32 = 80.0;
const RATING_WIDTH: f32 = 80.0;
/// Height of the register list before it scrolls.
const LIST_HEIGHT: f32 = 260.0;

/// The Risks step's own UI state.
#[derive(Default)]
pub struct State {
    /// Index of the risk shown in the detail panel.
    selected: Option<usize>,
    /// The heat-map cell (likelihood, impact) the register is filtered to.
    filter: Option<(u8, u8)>,
    /// A row the list should scroll to on the next frame.
    scroll_to: Option<usize>,
    /// Whether to bring the detail panel into view on the next frame, after the user picked
    /// or added a risk.
    reveal_detail: bool,
}

impl State {
    /// The heat-map cell the register is filtered to, as (likelihood, impact).
    pub fn filter(&self) -> Option<(u8, u8)> {
        self.filter
    }

    /// The index of the risk open in the detail panel.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }
}

/// Draws the Risks step.
pub fn show(ui: &mut Ui, case: &mut Case, state: &mut State, focus: &mut Option<Anchor>) {
    let register = &mut case.risks;
    if let Some(Anchor::Risk(index)) = *focus
        && index < register.risks.len()
    {
        state.selected = Some(index);
        if state
            .filter
            .is_some_and(|cell| !in_cell(&register.risks[index], cell))
        {
            state.filter = None;
        }
        state.scroll_to = Some(index);
    }
    if state.selected.is_some_and(|i| i >= register.risks.len()) {
        state.selected = None;
    }

    ui.label(
        "Record what could stop the collaboration delivering, how likely it is and how much it \
         would matter, who owns it and what will be done. High risks need an owner, mitigation \
         and a review date.",
    );
    ui.add_space(8.0);
    settings(ui, register, focus);
    ui.add_space(8.0);
    ui.heading("Heat map");
    heat_map(ui, register, state);
    ui.add_space(8.0);
    suggestions(ui, register, state);
    ui.add_space(8.0);
    ui.heading("Register");
    list(ui, register, state, focus);
    ui.add_space(8.0);
    detail(ui, register, state, focus);

    if focus.is_some_and(|anchor| anchor.step() == Step::Risks) {
        // The risk it pointed at has been removed.
        *focus = None;
    }
}

fn in_cell(risk: &Risk, (likelihood, impact): (u8, u8)) -> bool {
    risk.likelihood == likelihood && risk.impact == impact
}

/// The background colour of a rating band, light enough for dark text on top.
pub fn rating_colour(rating: Rating) -> Color32 {
    match rating {
        Rating::Low => Color32::from_rgb(0xC8, 0xE6, 0xC9),
        Rating::Medium => Color32::from_rgb(0xFF, 0xF1, 0x9C),
        Rating::High => Color32::from_rgb(0xFF, 0xCC, 0x80),
        Rating::VeryHigh => Color32::from_rgb(0xEF, 0x9A, 0x9A),
    }
}

/// Matrix size and rating bands.
fn settings(ui: &mut Ui, register: &mut RiskRegister, focus: &mut Option<Anchor>) {
    let settings = &mut register.settings;
    let old_scale = settings.scale;
    let response = widgets::enum_combo(
        ui,
        "Risk matrix",
        &mut settings.scale,
        &MatrixScale::ALL,
        MatrixScale::label,
    );
    focus_here(&response, focus, Anchor::RiskSettings);
    if settings.scale != old_scale && settings.thresholds == old_scale.default_thresholds() {
        // Bands left at the old scale's usual values move to the new scale's usual values.
        settings.thresholds = settings.scale.default_thresholds();
    }
    let max_score = settings.scale.max() * settings.scale.max();
    let thresholds = &mut settings.thresholds;
    ui.horizontal_wrapped(|ui| {
        ui.label("Ratings by score (your force's bands):");
        for (name, value) in [
            ("Medium from", &mut thresholds.medium_from),
            ("High from", &mut thresholds.high_from),
            ("Very high from", &mut thresholds.very_high_from),
        ] {
            let label = ui.label(name);
            ui.add(egui::DragValue::new(value).range(1..=max_score))
                .labelled_by(label.id);
        }
        if *thresholds != settings.scale.default_thresholds()
            && ui.button("Use the usual bands").clicked()
        {
            *thresholds = settings.scale.default_thresholds();
        }
    });
    if !thresholds.are_ordered() {
        ui.colored_label(
            widgets::ERROR_COLOUR,
            "The bands must climb: medium below high, high below very high.",
        );
    }
    let max = settings.scale.max();
    let outside = register
        .risks
        .iter()
        .filter(|r| {
            [
                r.likelihood,
                r.impact,
                r.residual_likelihood,
                r.residual_impact,
            ]
            .iter()
            .any(|v| !(1..=max).contains(v))
        })
        .count();
    if outside > 0 {
        ui.colored_label(
            widgets::ERROR_COLOUR,
            format!(
                "{outside} risk{} scored outside 1 to {max}; open {} and rescore.",
                if outside == 1 { " is" } else { "s are" },
                if outside == 1 { "it" } else { "them" }
            ),
        );
    }
}

/// Counts per cell, coloured by rating; clicking a cell filters the register to it.
fn heat_map(ui: &mut Ui, register: &RiskRegister, state: &mut State) {
    let size = register.settings.scale.max();
    let counts = register.heat_map();
    let thresholds: RatingThresholds = register.settings.thresholds;
    egui::Grid::new("risk_heat_map")
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            for likelihood in (1..=size).rev() {
                ui.label(format!("Likelihood {likelihood}"));
                for impact in 1..=size {
                    let count = counts[usize::from(likelihood - 1)][usize::from(impact - 1)];
                    let cell = (likelihood, impact);
                    let selected = state.filter == Some(cell);
                    let fill = rating_colour(thresholds.rate(likelihood * impact));
                    let text = RichText::new(if count == 0 {
                        String::new()
                    } else {
                        count.to_string()
                    })
                    .color(Color32::BLACK)
                    .strong();
                    let stroke = if selected {
                        Stroke::new(3.0, Color32::BLACK)
                    } else {
                        Stroke::new(1.0, Color32::from_gray(160))
                    };
                    let response = ui
                        .add(
                            egui::Button::new(text)
                                .fill(fill)
                                .stroke(stroke)
                                .min_size(vec2(64.0, 30.0)),
                        )
                        .accessible_name(format!(
                            "Likelihood {likelihood}, impact {impact}: {count} risk{}",
                            if count == 1 { "" } else { "s" }
                        ))
                        .on_hover_text(if selected {
                            "Click again to show every risk"
                        } else {
                            "Click to show only these risks"
                        });
                    if response.clicked() {
                        state.filter = if selected { None } else { Some(cell) };
                    }
                }
                ui.end_row();
            }
            ui.label("");
            for impact in 1..=size {
                ui.label(format!("Impact {impact}"));
            }
            ui.end_row();
        });
    ui.horizontal(|ui| {
        ui.weak("Cells are coloured by rating:");
        for rating in [Rating::Low, Rating::Medium, Rating::High, Rating::VeryHigh] {
            ui.label(
                RichText::new(format!(" {} ", rating.label()))
                    .color(Color32::BLACK)
                    .background_color(rating_colour(rating)),
            );
        }
        ui.weak("Click a cell to list only its risks.");
    });
    if let Some((likelihood, impact)) = state.filter {
        ui.horizontal(|ui| {
            ui.label(format!(
                "Showing risks with likelihood {likelihood} and impact {impact} only."
            ));
            if ui.button("Show all risks").clicked() {
                state.filter = None;
            }
        });
    }
}

/// The risks the source documents name, each added with one click.
fn suggestions(ui: &mut Ui, register: &mut RiskRegister, state: &mut State) {
    egui::CollapsingHeader::new("Suggested risks from collaborations elsewhere")
        .default_open(register.risks.is_empty())
        .show(ui, |ui| {
            ui.weak(
                "Risks that police collaborations commonly meet. Add any that apply, then \
                 adjust the scores, owner and mitigation to your case.",
            );
            for suggestion in &SUGGESTED_RISKS {
                ui.horizontal(|ui| {
                    let added = register.risks.iter().any(|r| r.title == suggestion.title);
                    let button = ui
                        .add_enabled(
                            !added,
                            egui::Button::new(if added { "Added" } else { "Add" }),
                        )
                        .accessible_name(format!("Add suggested risk: {}", suggestion.title));
                    if button.clicked() {
                        register.add_suggestion(suggestion);
                        state.selected = Some(register.risks.len() - 1);
                        state.filter = None;
                        state.scroll_to = state.selected;
                        state.reveal_detail = true;
                    }
                    ui.label(suggestion.title)
                        .on_hover_text(suggestion.description);
                });
            }
        });
}

/// One compact line per risk; only visible rows are drawn.
fn list(ui: &mut Ui, register: &mut RiskRegister, state: &mut State, focus: &mut Option<Anchor>) {
    let thresholds = register.settings.thresholds;
    let visible: Vec<usize> = register
        .risks
        .iter()
        .enumerate()
        .filter(|(_, risk)| state.filter.is_none_or(|cell| in_cell(risk, cell)))
        .map(|(i, _)| i)
        .collect();
    if register.risks.is_empty() {
        widgets::empty_state(
            ui,
            "The register is empty. Add suggested risks above, or add a blank risk below.",
        );
    } else if visible.is_empty() {
        widgets::empty_state(ui, "No risk sits in that cell of the heat map.");
    } else {
        ui.horizontal(|ui| {
            for (heading, width) in [
                ("Risk", TITLE_WIDTH),
                ("Score", SCORE_WIDTH),
                ("Rating", RATING_WIDTH),
            ] {
                column(ui, width, |ui| ui.strong(heading));
            }
            ui.strong("Owned by");
        });
        let spacing = ui.spacing().item_spacing.y;
        let mut area = ScrollArea::vertical()
            .id_salt("risk_register_rows")
            .max_height(LIST_HEIGHT)
            .auto_shrink([false, true]);
        if let Some(target) = state.scroll_to.take()
            && let Some(row) = visible.iter().position(|i| *i == target)
        {
            let offset = (row as f32 * (ROW_HEIGHT + spacing) - LIST_HEIGHT / 2.0).max(0.0);
            area = area.vertical_scroll_offset(offset);
        }
        area.show_rows(ui, ROW_HEIGHT, visible.len(), |ui, rows| {
            for row in rows {
                let index = visible[row];
                let risk = &register.risks[index];
                ui.horizontal(|ui| {
                    ui.set_height(ROW_HEIGHT);
                    let title = if risk.title.trim().is_empty() {
                        "(no title yet)"
                    } else {
                        risk.title.as_str()
                    };
                    let response = column(ui, TITLE_WIDTH, |ui| {
                        ui.add(
                            egui::Button::selectable(
                                state.selected == Some(index),
                                (
                                    egui::Atom::from(format!("{} {title}", risk.id)),
                                    egui::Atom::grow(),
                                ),
                            )
                            .truncate()
                            .min_size(vec2(TITLE_WIDTH, ROW_HEIGHT)),
                        )
                    });
                    if response.clicked() {
                        state.selected = Some(index);
                        state.reveal_detail = true;
                    }
                    let score = risk.score();
                    let rating = thresholds.rate(score);
                    column(ui, SCORE_WIDTH, |ui| {
                        ui.label(format!("{}×{} = {score}", risk.likelihood, risk.impact))
                    });
                    column(ui, RATING_WIDTH, |ui| {
                        ui.label(
                            RichText::new(rating.label())
                                .color(Color32::BLACK)
                                .background_color(rating_colour(rating)),
                        )
                    });
                    ui.add(egui::Label::new(risk.owner.as_str()).truncate());
                });
            }
        });
        ui.weak(format!(
            "{} of {} risks shown. Select a risk to edit it below.",
            visible.len(),
            register.risks.len()
        ));
    }
    let response = ui.button("Add a blank risk");
    focus_here(&response, focus, Anchor::RiskRegister);
    if response.clicked() {
        let id = register.next_id();
        register.risks.push(Risk {
            id,
            ..Risk::default()
        });
        state.selected = Some(register.risks.len() - 1);
        state.filter = None;
        state.scroll_to = state.selected;
        state.reveal_detail = true;
    }
}

/// The selected risk's every field.
fn detail(ui: &mut Ui, register: &mut RiskRegister, state: &mut State, focus: &mut Option<Anchor>) {
    let Some(index) = state.selected else {
        return;
    };
    let max = register.settings.scale.max();
    let thresholds = register.settings.thresholds;
    let mut remove = false;
    let panel = ui.group(|ui| {
        // Each risk gets its own id space, so half-typed text in one risk's fields never
        // shows up in another's.
        ui.push_id(("risk_detail", index), |ui| {
            let risk = &mut register.risks[index];
            ui.heading(format!("Risk {}", risk.id));
            widgets::text_field(ui, "Reference", &mut risk.id);
            let title = widgets::text_field(ui, "Title", &mut risk.title);
            focus_here(&title, focus, Anchor::Risk(index));
            widgets::text_area(
                ui,
                "Description",
                "Cause, event and effect: because of …, there is a risk that …, leading to …",
                &mut risk.description,
            );
            widgets::enum_combo(
                ui,
                "Category",
                &mut risk.category,
                &RiskCategory::ALL,
                RiskCategory::label,
            );
            widgets::score_slider(ui, "Likelihood", &mut risk.likelihood, max);
            widgets::score_slider(ui, "Impact", &mut risk.impact, max);
            score_line(ui, "Score", risk.score(), thresholds);
            widgets::text_field(ui, "Owner", &mut risk.owner);
            widgets::enum_combo(
                ui,
                "Response",
                &mut risk.response,
                &RiskResponse::ALL,
                RiskResponse::label,
            );
            widgets::text_area(
                ui,
                "Mitigation and controls",
                "What is in place, and what will be done, to reduce the likelihood or impact",
                &mut risk.mitigation,
            );
            widgets::score_slider(
                ui,
                "Residual likelihood",
                &mut risk.residual_likelihood,
                max,
            );
            widgets::score_slider(ui, "Residual impact", &mut risk.residual_impact, max);
            score_line(ui, "Residual score", risk.residual_score(), thresholds);
            widgets::date_field(ui, "Review date", &mut risk.review_date);
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button("Remove this risk").clicked() {
                    remove = true;
                }
                if ui.button("Close").clicked() {
                    state.selected = None;
                }
            });
        });
    });
    if std::mem::take(&mut state.reveal_detail) {
        // Without animation, so the panel is in place the moment the user looks for it.
        panel
            .response
            .scroll_to_me_animation(None, egui::style::ScrollAnimation::none());
    }
    if remove {
        register.risks.remove(index);
        state.selected = None;
    }
}

/// Runs `add` left-aligned in a column `width` wide, so the register's columns line up.
fn column<R>(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.allocate_ui_with_layout(
        vec2(width, ROW_HEIGHT),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            add(ui)
        },
    )
    .inner
}

fn score_line(ui: &mut Ui, name: &str, score: u8, thresholds: RatingThresholds) {
    let rating = thresholds.rate(score);
    ui.horizontal(|ui| {
        ui.label(format!("{name}: {score}"));
        ui.label(
            RichText::new(rating.label())
                .color(Color32::BLACK)
                .background_color(rating_colour(rating)),
        );
    });
}
