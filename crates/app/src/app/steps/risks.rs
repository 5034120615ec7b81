//! The Risks step: the force's matrix and rating bands, a heat map that filters the register,
//! risks suggested by the source documents, and the register itself.
//!
//! Registers reach a few hundred risks, so the list draws only the rows on screen
//! (`ScrollArea::show_rows`) as one compact line each, and the selected risk is edited in a
//! detail panel underneath.

use egui::{Color32, RichText, ScrollArea, Stroke, Ui, vec2};

use super::{StepContext, WizardStep};
use crate::app::access;
use crate::app::form::Form;
use crate::app::scrolling::Requested;
use crate::app::theme::colour;
use crate::app::widgets;
use crate::case::finance::RiskCost;
use crate::case::risk::{
    MatrixScale, Rating, RatingThresholds, Risk, RiskSettings, SUGGESTED_RISKS,
};
use crate::case::validate::RiskField;
use crate::case::{Anchor, RiskRegister, Step};
use crate::format::{agree, plural};
use crate::palette;

/// Height of one register row, in points.
const ROW_HEIGHT: f32 = 22.0;
/// Widths of the register's columns, in points: the title takes what is left between these.
const TITLE_MIN_WIDTH: f32 = 220.0;
const TITLE_MAX_WIDTH: f32 = 560.0;
const OWNER_WIDTH: f32 = 160.0;
const SCORE_WIDTH: f32 = 80.0;
const RATING_WIDTH: f32 = 80.0;
/// Height of the register list before it scrolls.
const LIST_HEIGHT: f32 = 260.0;

/// The Risks step, and what it keeps between frames.
#[derive(Debug, Default)]
pub struct RisksStep {
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

impl RisksStep {
    /// The heat-map cell the register is filtered to, as (likelihood, impact).
    pub fn filter(&self) -> Option<(u8, u8)> {
        self.filter
    }

    /// The index of the risk open in the detail panel.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// Opens the risk at `index` in the detail panel, scrolls the list to it and shows the
    /// whole register if the heat map's filter would hide it.
    fn select(&mut self, index: usize, risk: &Risk) {
        self.selected = Some(index);
        if self.filter.is_some_and(|cell| !risk.is_in_cell(cell)) {
            self.filter = None;
        }
        self.scroll_to = Some(index);
    }
}

impl WizardStep for RisksStep {
    fn step(&self) -> Step {
        Step::Risks
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        let RiskRegister { settings, risks } = &mut page.case.risks;
        if let Some(Anchor::Risk(index, _)) = form.asked()
            && let Some(risk) = risks.get(index)
        {
            self.select(index, risk);
        }
        if self.selected.is_some_and(|i| i >= risks.len()) {
            self.selected = None;
        }
        form.label(
            "Record what could stop the collaboration delivering, how likely it is and how much it \
             would matter, who owns it and what will be done. High risks need an owner, mitigation \
             and a review date.",
        );
        form.add_space(8.0);
        settings_form(form, settings);
        let register = &mut page.case.risks;
        out_of_scale_note(form, register);
        form.add_space(8.0);
        form.heading("Heat map");
        self.heat_map(form, register);
        form.add_space(8.0);
        self.suggestions(form, register);
        form.add_space(8.0);
        form.heading("Register");
        self.list(form, register);
        form.add_space(8.0);
        self.detail(form, register);
    }
}

/// `text` as a badge in the colour of a rating's band, the colour the paper gives it.
fn rating_badge(rating: Rating, text: impl Into<String>) -> RichText {
    RichText::new(text)
        .color(colour(palette::TEXT))
        .background_color(colour(palette::rating(rating)))
}

/// Matrix size and rating bands.
fn settings_form(form: &mut Form<'_>, settings: &mut RiskSettings) {
    let RiskSettings { scale, thresholds } = settings;
    let old_scale = *scale;
    form.enum_combo("Risk matrix", scale, Anchor::RiskSettings);
    if *scale != old_scale && *thresholds == old_scale.default_thresholds() {
        // Bands left at the old scale's usual values move to the new scale's usual values.
        *thresholds = scale.default_thresholds();
    }
    let size = MatrixScale::max(*scale);
    let max_score = size * size;
    form.horizontal_wrapped(|ui| {
        ui.label("Ratings by score (your force's bands):");
        for (name, value) in [
            ("Medium from", &mut thresholds.medium_from),
            ("High from", &mut thresholds.high_from),
            ("Very high from", &mut thresholds.very_high_from),
        ] {
            let label = ui.label(name);
            // A band outside the matrix is kept as it is (and reported), not pulled in.
            ui.add(
                egui::DragValue::new(value)
                    .range(1..=max_score)
                    .clamp_existing_to_range(false),
            )
            .labelled_by(label.id);
        }
        if *thresholds != scale.default_thresholds() && ui.button("Use the usual bands").clicked() {
            *thresholds = scale.default_thresholds();
        }
    });
    if !thresholds.are_ordered() {
        widgets::error_line(
            form,
            "The bands must climb: medium below high, high below very high.",
        );
    }
}

/// Says how many risks are scored off the matrix (after it was made smaller), which cannot be
/// rated until they are rescored.
fn out_of_scale_note(ui: &mut Ui, register: &RiskRegister) {
    let outside = register.out_of_scale();
    if outside > 0 {
        widgets::error_line(
            ui,
            format!(
                "{} {} scored outside 1 to {}; open {} and rescore.",
                plural(outside, "risk"),
                agree(outside, "is", "are"),
                register.settings.scale.max(),
                agree(outside, "it", "them")
            ),
        );
    }
}

impl RisksStep {
    /// Counts per cell, coloured by rating; clicking a cell filters the register to it.
    fn heat_map(&mut self, ui: &mut Ui, register: &RiskRegister) {
        let size = register.settings.scale.max();
        let counts = register.heat_map();
        let settings = register.settings;
        egui::Grid::new("risk_heat_map")
            .spacing([2.0, 2.0])
            .show(ui, |ui| {
                for likelihood in (1..=size).rev() {
                    ui.label(format!("Likelihood {likelihood}"));
                    for impact in 1..=size {
                        let count = counts[usize::from(likelihood - 1)][usize::from(impact - 1)];
                        let cell = (likelihood, impact);
                        let selected = self.filter == Some(cell);
                        let fill = colour(palette::rating(settings.rate_cell(likelihood, impact)));
                        let text = RichText::new(if count == 0 {
                            String::new()
                        } else {
                            count.to_string()
                        })
                        .color(colour(palette::TEXT))
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
                                "Likelihood {likelihood}, impact {impact}: {}",
                                plural(count, "risk")
                            ))
                            .on_hover_text(if selected {
                                "Click again to show every risk"
                            } else {
                                "Click to show only these risks"
                            });
                        if response.clicked() {
                            self.filter = if selected { None } else { Some(cell) };
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
            for rating in Rating::ALL {
                ui.label(rating_badge(rating, format!(" {} ", rating.label())));
            }
            ui.weak("Click a cell to list only its risks.");
        });
        if let Some((likelihood, impact)) = self.filter {
            ui.horizontal(|ui| {
                ui.label(format!(
                    "Showing risks with likelihood {likelihood} and impact {impact} only."
                ));
                if ui.button("Show all risks").clicked() {
                    self.filter = None;
                }
            });
        }
    }

    /// Opens a risk just added at the end of the register, with the filter cleared so it shows.
    fn open_added(&mut self, register: &RiskRegister) {
        self.selected = register.risks.len().checked_sub(1);
        self.filter = None;
        self.scroll_to = self.selected;
        self.reveal_detail = true;
    }

    /// The risks the source documents name, each added with one click.
    fn suggestions(&mut self, ui: &mut Ui, register: &mut RiskRegister) {
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
                            self.open_added(register);
                        }
                        ui.label(suggestion.title)
                            .on_hover_text(suggestion.description);
                    });
                }
            });
    }

    /// One compact line per risk; only visible rows are drawn.
    fn list(&mut self, form: &mut Form<'_>, register: &mut RiskRegister) {
        let visible: Vec<usize> = register
            .risks
            .iter()
            .enumerate()
            .filter(|(_, risk)| self.filter.is_none_or(|cell| risk.is_in_cell(cell)))
            .map(|(i, _)| i)
            .collect();
        if register.risks.is_empty() {
            widgets::empty_state(
                form,
                "The register is empty. Add suggested risks above, or add a blank risk below.",
            );
        } else if visible.is_empty() {
            widgets::empty_state(form, "No risk sits in that cell of the heat map.");
        } else {
            self.rows(form, register, &visible);
        }
        if form
            .field(Anchor::RiskRegister, |ui| ui.button("Add a blank risk"))
            .clicked()
        {
            let id = register.next_id();
            register.risks.push(Risk {
                id,
                ..Risk::default()
            });
            self.open_added(register);
        }
    }

    /// The register's header and the rows of the `visible` risks, drawn only where on screen.
    fn rows(&mut self, ui: &mut Ui, register: &RiskRegister, visible: &[usize]) {
        // The title takes what the other columns leave, keeping room for the owner.
        let gaps = 4.0 * ui.spacing().item_spacing.x;
        let title_width = (ui.available_width() - SCORE_WIDTH - RATING_WIDTH - OWNER_WIDTH - gaps)
            .clamp(TITLE_MIN_WIDTH, TITLE_MAX_WIDTH);
        // To a screen reader the register is a table of every risk, not only those in view.
        let mut tree = access::table(ui, "risk register tree", "Risk register");
        let header = tree.as_mut().map(|tree| (access::table_row(tree, 0), true));
        ui.horizontal(|ui| {
            for (heading, width) in [
                ("Risk", title_width),
                ("Score", SCORE_WIDTH),
                ("Rating", RATING_WIDTH),
                ("Owned by", OWNER_WIDTH),
            ] {
                column(ui, width, header, |ui| {
                    let label = ui.strong(heading);
                    access::name_container_by(ui, label.id);
                });
            }
        });
        let spacing = ui.spacing().item_spacing.y;
        let mut area = ScrollArea::vertical()
            .id_salt("risk_register_rows")
            .max_height(LIST_HEIGHT)
            // egui sizes a scroll area to the room left in the view around it: low on a short
            // window that is a sliver of the list. The form scrolls; the list keeps its height.
            .min_scrolled_height(LIST_HEIGHT)
            .auto_shrink([false, true]);
        if let Some(target) = self.scroll_to.take()
            && let Some(row) = visible.iter().position(|i| *i == target)
        {
            let offset = (row as f32 * (ROW_HEIGHT + spacing) - LIST_HEIGHT / 2.0).max(0.0);
            area = area.vertical_scroll_offset(offset);
        }
        let pitch = ROW_HEIGHT + spacing;
        let shown = area.show_viewport(ui, |ui, viewport| {
            ui.set_height((visible.len() as f32 * pitch - spacing).max(0.0));
            let top = ui.max_rect().top();
            let rows = if tree.is_some() {
                0..visible.len()
            } else {
                rows_in_view(viewport.y_range(), pitch, visible.len())
            };
            for row in rows {
                let cell = tree
                    .as_mut()
                    .map(|tree| (access::table_row(tree, row + 1), false));
                let place = egui::Rect::from_min_size(
                    egui::pos2(ui.max_rect().left(), top + row as f32 * pitch),
                    vec2(ui.available_width(), ROW_HEIGHT),
                );
                let builder = egui::UiBuilder::new()
                    .max_rect(place)
                    .layout(egui::Layout::left_to_right(egui::Align::Center));
                ui.scope_builder(builder, |ui| {
                    let index = visible[row];
                    let risk = &register.risks[index];
                    ui.horizontal(|ui| {
                        ui.set_height(ROW_HEIGHT);
                        let title = if risk.title.trim().is_empty() {
                            "(no title yet)"
                        } else {
                            risk.title.as_str()
                        };
                        let response = column(ui, title_width, cell, |ui| {
                            ui.add(
                                egui::Button::selectable(
                                    self.selected == Some(index),
                                    (
                                        egui::Atom::from(format!("{} {title}", risk.id)),
                                        egui::Atom::grow(),
                                    ),
                                )
                                .truncate()
                                .min_size(vec2(title_width, ROW_HEIGHT)),
                            )
                        });
                        if response.clicked() {
                            self.selected = Some(index);
                            self.reveal_detail = true;
                        }
                        column(ui, SCORE_WIDTH, cell, |ui| {
                            ui.label(format!(
                                "{}×{} = {}",
                                risk.likelihood,
                                risk.impact,
                                risk.score()
                            ))
                        });
                        column(ui, RATING_WIDTH, cell, |ui| {
                            let rating = register.rating(risk);
                            ui.label(rating_badge(rating, rating.label()))
                        });
                        column(ui, OWNER_WIDTH, cell, |ui| {
                            ui.add(egui::Label::new(risk.owner.as_str()).truncate())
                        });
                    });
                });
            }
            // A row asked to come into view: the form must scroll to the list too.
            Requested::now(ui.ctx())
        });
        shown
            .inner
            .pass_on(ui, shown.inner_rect, egui::Vec2b::new(false, true));
        if let Some(tree) = &tree {
            access::table_size(tree, visible.len() + 1, 4);
        }
        ui.weak(format!(
            "{} of {} shown. Select a risk to edit it below.",
            visible.len(),
            plural(register.risks.len(), "risk")
        ));
    }

    /// The selected risk's every field.
    fn detail(&mut self, form: &mut Form<'_>, register: &mut RiskRegister) {
        let Some(index) = self.selected else {
            return;
        };
        let max = register.settings.scale.max();
        let thresholds = register.settings.thresholds;
        let mut remove = false;
        let mut close = false;
        let panel = form.group(|form| {
            // Each risk gets its own id space, so half-typed text in one risk's fields never
            // shows up in another's.
            form.push_id(("risk_detail", index), |form| {
                let risk = &mut register.risks[index];
                // The panel draws every field of a risk. The scores under the sliders are the
                // model's own (`Risk::score`), so fields are reached through `risk` rather than
                // bound here; this list makes a new field fail to compile until it is drawn.
                let Risk {
                    id: _,
                    title: _,
                    description: _,
                    category: _,
                    likelihood: _,
                    impact: _,
                    owner: _,
                    response: _,
                    mitigation: _,
                    residual_likelihood: _,
                    residual_impact: _,
                    review_date: _,
                    cost: _,
                } = risk;
                form.heading(format!("Risk {}", risk.id));
                let at = |field| Anchor::Risk(index, field);
                form.text_field("Reference", &mut risk.id, at(RiskField::Reference));
                form.text_field("Title", &mut risk.title, at(RiskField::Title));
                form.text_area(
                    "Description",
                    "Cause, event and effect: because of …, there is a risk that …, leading to …",
                    &mut risk.description,
                    at(RiskField::Description),
                );
                form.enum_combo("Category", &mut risk.category, None);
                form.score_slider(
                    "Likelihood",
                    &mut risk.likelihood,
                    max,
                    at(RiskField::Likelihood),
                );
                form.score_slider("Impact", &mut risk.impact, max, None);
                score_line(form, "Score", risk.score(), thresholds);
                form.text_field("Owner", &mut risk.owner, at(RiskField::Owner));
                form.enum_combo("Response", &mut risk.response, None);
                form.text_area(
                    "Mitigation and controls",
                    "What is in place, and what will be done, to reduce the likelihood or impact",
                    &mut risk.mitigation,
                    at(RiskField::Mitigation),
                );
                form.score_slider(
                    "Residual likelihood",
                    &mut risk.residual_likelihood,
                    max,
                    at(RiskField::ResidualLikelihood),
                );
                form.score_slider("Residual impact", &mut risk.residual_impact, max, None);
                score_line(form, "Residual score", risk.residual_score(), thresholds);
                form.date_field(
                    "Review date",
                    &mut risk.review_date,
                    at(RiskField::ReviewDate),
                );
                let mut quantified = risk.cost.is_some();
                if form
                    .checkbox(&mut quantified, "Its cost can be quantified")
                    .changed()
                {
                    risk.cost = quantified.then(RiskCost::default);
                }
                if let Some(cost) = &mut risk.cost {
                    form.number_field("Probability", &mut cost.probability, None);
                    form.number_field("Cost impact", &mut cost.impact, None);
                    form.weak(format!(
                        "Expected cost {}: the financial case's risk-adjusted view counts it.",
                        cost.expected().whole_pounds()
                    ));
                }
                form.add_space(4.0);
                form.horizontal(|ui| {
                    remove = ui.button("Remove this risk").clicked();
                    close = ui.button("Close").clicked();
                });
            });
        });
        if std::mem::take(&mut self.reveal_detail) {
            // Without animation, so the panel is in place the moment the user looks for it.
            panel
                .response
                .scroll_to_me_animation(None, egui::style::ScrollAnimation::none());
        }
        if close {
            self.selected = None;
        }
        if remove {
            register.risks.remove(index);
            self.selected = None;
        }
    }
}

/// The rows of a list `count` long, `pitch` apart, that a view over `range` of it shows, and one
/// more each side: a row just out of view stays drawn (and in the accessibility tree), so a
/// screen reader's request to bring it into view, which egui works out against the part of
/// the list on screen, can be made again to finish the job.
fn rows_in_view(range: egui::Rangef, pitch: f32, count: usize) -> std::ops::Range<usize> {
    let row_at = |y: f32| (y / pitch).max(0.0) as usize;
    let first = row_at(range.min).saturating_sub(1);
    let end = (row_at(range.max) + 2).min(count);
    first.min(end)..end
}

/// Runs `add` left-aligned in a column `width` wide, so the register's columns line up. While
/// a screen reader listens, `cell` names the row of the register's table the column is a cell
/// of (and whether it is the heading row).
fn column<R>(
    ui: &mut Ui,
    width: f32,
    cell: Option<(egui::Id, bool)>,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    ui.allocate_ui_with_layout(
        vec2(width, ROW_HEIGHT),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            match cell {
                Some((row, header)) => {
                    let builder = access::table_cell(egui::UiBuilder::new(), row, header);
                    ui.scope_builder(builder, add).inner
                }
                None => add(ui),
            }
        },
    )
    .inner
}

/// A score and the rating it gives, as the detail panel shows them under the sliders.
fn score_line(ui: &mut Ui, name: &str, score: u8, thresholds: RatingThresholds) {
    let rating = thresholds.rate(score);
    ui.horizontal(|ui| {
        ui.label(format!("{name}: {score}"));
        ui.label(rating_badge(rating, rating.label()));
    });
}
