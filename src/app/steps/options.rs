//! Step 3: the options appraisal. Every collaboration model and the two Green Book baselines
//! side by side (what each means, its typical risk and return, its governance weight),
//! scored for strategic fit and practicality with the tier that gives, one chosen as
//! preferred, and every other option given a status and a rationale.

use egui::{CollapsingHeader, ComboBox, Grid, RichText, Ui};

use super::focus_here;
use crate::app::theme;
use crate::app::widgets::{enum_cell, text_area};
use crate::case::options::{
    Level, OptionAppraisal, OptionKind, OptionStatus, Score, Tier, TierThresholds,
};
use crate::case::{Anchor, Case};

/// The options step keeps no UI state of its own.
#[derive(Default)]
pub struct State {}

/// Shows the options appraisal.
pub fn show(ui: &mut Ui, case: &mut Case, _state: &mut State, focus: &mut Option<Anchor>) {
    ui.label("Compare every model with business as usual and do minimum. Score each for strategic fit and impact and for practicality (1 poor to 5 excellent); the scores give its tier. Mark one option preferred and say why every other option was ruled out, de-prioritised or delayed.");
    ui.add_space(8.0);
    let thresholds = case.options.tier_thresholds;
    let mut new_preferred = None;
    comparison(ui, case, &thresholds, &mut new_preferred, focus);
    if let Some(kind) = new_preferred {
        case.options.set_preferred(kind);
    }
    ui.add_space(12.0);
    ui.heading("Each option in detail");
    let mut new_preferred = None;
    for (kind, appraisal) in case.options.appraisals.iter_mut() {
        details(ui, *kind, appraisal, &thresholds, &mut new_preferred, focus);
    }
    if let Some(kind) = new_preferred {
        case.options.set_preferred(kind);
    }
    ui.add_space(12.0);
    ui.heading("Reasonableness test");
    text_area(
        ui,
        "Reasonableness test",
        "Step back from the scores: is the preferred option reasonable, affordable and achievable?",
        &mut case.options.reasonableness,
    );
    ui.add_space(8.0);
    tier_settings(ui, &mut case.options.tier_thresholds);
}

fn level_text(level: Level) -> RichText {
    let colour = match level {
        Level::Low => theme::DONE,
        Level::Medium => theme::WARNING,
        Level::High => theme::ERROR,
    };
    RichText::new(level.label()).color(colour)
}

fn comparison(
    ui: &mut Ui,
    case: &mut Case,
    thresholds: &TierThresholds,
    new_preferred: &mut Option<OptionKind>,
    focus: &mut Option<Anchor>,
) {
    let preferred_now = case.options.preferred();
    Grid::new("options comparison")
        .num_columns(8)
        .striped(true)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for header in [
                "Option",
                "Risk",
                "Return",
                "Governance",
                "Strategic fit",
                "Practicality",
                "Tier",
                "Status",
            ] {
                ui.label(RichText::new(header).font(theme::bold(14.0)));
            }
            ui.end_row();
            for (kind, appraisal) in case.options.appraisals.iter_mut() {
                let kind = *kind;
                let name = kind.label();
                let mut title = RichText::new(name);
                if preferred_now == Some(kind) {
                    title = title.font(theme::bold(15.0));
                }
                ui.label(title).on_hover_text(kind.description());
                ui.label(level_text(kind.risk()));
                ui.label(level_text(kind.return_level()));
                ui.label(level_text(kind.governance_weight()));
                score_cell(
                    ui,
                    &format!("{name} strategic fit"),
                    &mut appraisal.strategic_fit,
                );
                score_cell(
                    ui,
                    &format!("{name} practicality"),
                    &mut appraisal.practicality,
                );
                match appraisal.tier(thresholds) {
                    Some(tier) => ui.label(tier.label()).on_hover_text(tier.meaning()),
                    None => ui.weak("Not scored"),
                };
                let before = appraisal.status;
                let response = enum_cell(
                    ui,
                    ("option status", kind),
                    &format!("{name} status"),
                    &mut appraisal.status,
                    &OptionStatus::ALL,
                    OptionStatus::label,
                    140.0,
                );
                if kind == OptionKind::ALL[0] {
                    focus_here(&response, focus, Anchor::PreferredOption);
                }
                if appraisal.status == OptionStatus::Preferred && before != OptionStatus::Preferred
                {
                    *new_preferred = Some(kind);
                }
                ui.end_row();
            }
        });
}

fn score_cell(ui: &mut Ui, name: &str, score: &mut Option<Score>) {
    let shown = score.map_or_else(|| "–".to_owned(), |s| s.value().to_string());
    let mut chosen = *score;
    ComboBox::from_id_salt(name)
        .selected_text(shown)
        .width(60.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, "Not scored");
            for value in Score::MIN..=Score::MAX {
                ui.selectable_value(&mut chosen, Score::new(value), value.to_string());
            }
        })
        .response
        .accessible_name(name);
    *score = chosen;
}

fn details(
    ui: &mut Ui,
    kind: OptionKind,
    appraisal: &mut OptionAppraisal,
    thresholds: &TierThresholds,
    new_preferred: &mut Option<OptionKind>,
    focus: &mut Option<Anchor>,
) {
    let name = kind.label();
    let reveal = *focus == Some(Anchor::Option(kind));
    let heading = format!("{name}: {}", appraisal.status.label().to_lowercase());
    let mut header = CollapsingHeader::new(heading).id_salt(("option details", kind));
    if reveal {
        header = header.open(Some(true));
    }
    header.show(ui, |ui| {
        ui.label(kind.description());
        ui.horizontal_wrapped(|ui| {
            ui.strong("Direction and control:");
            ui.label(kind.direction_and_control());
        });
        if let Some(tier) = appraisal.tier(thresholds) {
            ui.label(format!("{}: {}.", tier.label(), tier.meaning()));
        }
        if appraisal.status != OptionStatus::Preferred
            && ui
                .button(format!("Make {name} the preferred option"))
                .clicked()
        {
            *new_preferred = Some(kind);
        }
        let rationale_label = match appraisal.status {
            OptionStatus::Preferred => format!("{name}: why it is preferred"),
            _ => format!("{name}: rationale for its status"),
        };
        let response = text_area(ui, &rationale_label, "", &mut appraisal.rationale);
        focus_here(&response, focus, Anchor::Option(kind));
        text_area(
            ui,
            &format!("{name}: how it would work"),
            "",
            &mut appraisal.summary,
        );
        text_area(
            ui,
            &format!("{name}: benefits"),
            "",
            &mut appraisal.benefits,
        );
        text_area(
            ui,
            &format!("{name}: costs"),
            "The figures go in the financial case; describe them here.",
            &mut appraisal.costs,
        );
        text_area(ui, &format!("{name}: risks"), "", &mut appraisal.risks);
        text_area(
            ui,
            &format!("{name}: drawbacks"),
            "",
            &mut appraisal.drawbacks,
        );
    });
}

fn tier_settings(ui: &mut Ui, thresholds: &mut TierThresholds) {
    CollapsingHeader::new("Tier thresholds")
        .id_salt("tier thresholds")
        .show(ui, |ui| {
            ui.weak("Regions set their own thresholds; these are the usual ones.");
            let rows = [
                (
                    "Tier 1: lowest strategic fit",
                    &mut thresholds.tier1_min_fit,
                ),
                (
                    "Tier 1: lowest practicality",
                    &mut thresholds.tier1_min_practicality,
                ),
                (
                    "Tier 2: lowest strategic fit",
                    &mut thresholds.tier2_min_fit,
                ),
            ];
            for (label, value) in rows {
                ui.horizontal(|ui| {
                    let label = ui.label(label);
                    ui.add(egui::Slider::new(value, Score::MIN..=Score::MAX))
                        .labelled_by(label.id);
                });
            }
            for tier in [Tier::Tier1, Tier::Tier2] {
                ui.weak(format!("{}: {}", tier.label(), tier.meaning()));
            }
        });
}
