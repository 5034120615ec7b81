//! Step 3: the options appraisal. Every collaboration model and the two Green Book baselines
//! side by side (what each means, its typical risk and return, its governance weight),
//! scored for strategic fit and practicality with the tier that gives, one chosen as
//! preferred, and every other option given a status and a rationale.

use std::collections::BTreeMap;

use egui::{CollapsingHeader, ComboBox, RichText, Ui};

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::app::table::{Column, Row, Table};
use crate::app::theme::{self, colour};
use crate::app::widgets::{self, labelled};
use crate::case::options::{
    Level, OptionAppraisal, OptionKind, OptionStatus, Options, Score, Tier, TierThresholds,
};
use crate::case::{Anchor, Money, Step};
use crate::palette;

/// The options appraisal step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct OptionsStep;

impl WizardStep for OptionsStep {
    fn step(&self) -> Step {
        Step::Options
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        form.label("Compare every model with business as usual and do minimum. Score each for strategic fit and impact and for practicality (1 poor to 5 excellent); the scores give its tier. Mark one option preferred and say why every other option was ruled out, de-prioritised or delayed.");
        form.add_space(8.0);
        // Each option's net present value against business as usual, beside its scores; worked
        // out from the case each frame, as the Finance step does.
        let npvs: BTreeMap<OptionKind, Money> = page
            .case
            .finance
            .appraise(&page.case.options)
            .map(|appraisal| {
                appraisal
                    .results
                    .iter()
                    .map(|result| (result.kind, result.measures.npv))
                    .collect()
            })
            .unwrap_or_default();
        let options = &mut page.case.options;
        let thresholds = options.tier_thresholds;
        if let Some(kind) = comparison(form, options, &thresholds, &npvs) {
            options.set_preferred(kind);
        }
        form.add_space(12.0);
        form.heading("Each option in detail");
        let mut new_preferred = None;
        for (kind, appraisal) in options.appraisals.iter_mut() {
            if let Some(kind) = details(form, *kind, appraisal, &thresholds) {
                new_preferred = Some(kind);
            }
        }
        if let Some(kind) = new_preferred {
            options.set_preferred(kind);
        }
        let Options {
            appraisals: _, // Compared and detailed above.
            tier_thresholds,
            reasonableness,
            why_not_highest_npv: _, // asked beside the ranking, on the Finance step
        } = options;
        form.add_space(12.0);
        form.heading("Reasonableness test");
        form.text_area(
            "Reasonableness test",
            "Step back from the scores: is the preferred option reasonable, affordable and achievable?",
            reasonableness,
            None,
        );
        form.add_space(8.0);
        tier_settings(form, tier_thresholds);
    }
}

/// Which way is better for a level shown in the comparison, if either is: colours mean good
/// or bad only where they do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Better {
    /// Less is better (risk): low in green, high in red.
    Lower,
    /// More is better (return): high in green, low in red.
    Higher,
    /// Neither (the weight of governance a model needs): no colour.
    Neither,
}

fn level_text(level: Level, better: Better) -> RichText {
    let good_to_bad = [palette::GOOD, palette::WARNING, palette::ERROR];
    let rank = match level {
        Level::Low => 0,
        Level::Medium => 1,
        Level::High => 2,
    };
    let text = RichText::new(level.label());
    match better {
        Better::Lower => text.color(colour(good_to_bad[rank])),
        Better::Higher => text.color(colour(good_to_bad[2 - rank])),
        Better::Neither => text,
    }
}

/// The options side by side, each with its scores, tier and status. Returns an option the
/// user has just marked preferred.
fn comparison(
    form: &mut Form<'_>,
    options: &mut Options,
    thresholds: &TierThresholds,
    npvs: &BTreeMap<OptionKind, Money>,
) -> Option<OptionKind> {
    let preferred_now = options.preferred();
    let mut new_preferred = None;
    // What the user sets comes first, so it is in view on a laptop; the model's typical
    // risk, return and governance follow.
    let table = Table::new("options comparison")
        .column(Column::fill("Option", 120.0))
        .column(Column::fixed("Status", 160.0))
        .column(Column::fixed("Strategic fit", 72.0))
        .column(Column::fixed("Practicality", 90.0))
        .column(Column::fixed("Tier", 100.0))
        .column(Column::fixed("NPV against BAU", 120.0))
        .column(Column::fixed("Risk", 60.0))
        .column(Column::fixed("Return", 60.0))
        .column(Column::fixed("Governance", 90.0))
        .frozen(1);
    form.table(table, |body| {
        for (kind, appraisal) in options.appraisals.iter_mut() {
            let kind = *kind;
            let npv = npvs.get(&kind).copied();
            body.row(|row| {
                if let Some(kind) =
                    comparison_row(row, kind, appraisal, preferred_now, thresholds, npv)
                {
                    new_preferred = Some(kind);
                }
            });
        }
    });
    new_preferred
}

/// One option's row of the comparison, with its net present value against business as usual
/// from the Finance step. Returns the option if the user has just made it the preferred one.
fn comparison_row(
    row: &mut Row<'_, '_, '_>,
    kind: OptionKind,
    appraisal: &mut OptionAppraisal,
    preferred_now: Option<OptionKind>,
    thresholds: &TierThresholds,
    npv: Option<Money>,
) -> Option<OptionKind> {
    let name = kind.label();
    let mut title = RichText::new(name);
    if preferred_now == Some(kind) {
        title = title.font(theme::bold(15.0));
    }
    row.cell(|form| {
        let above = form.spacing().button_padding.y;
        form.add_space(above);
        form.add(egui::Label::new(title).wrap())
            .on_hover_text(kind.description());
    });
    let before = appraisal.status;
    // "No option (or more than one) is preferred" lands on the first status.
    let preferred_anchor = (kind == OptionKind::ALL[0]).then_some(Anchor::PreferredOption);
    row.cell(|form| status_cell(form, kind, &mut appraisal.status, preferred_anchor));
    row.cell(|form| {
        score_cell(
            form,
            &format!("{name} strategic fit"),
            &mut appraisal.strategic_fit,
        )
    });
    row.cell(|form| {
        score_cell(
            form,
            &format!("{name} practicality"),
            &mut appraisal.practicality,
        )
    });
    match appraisal.tier(thresholds) {
        Some(tier) => row.cell(|form| {
            let above = form.spacing().button_padding.y;
            form.add_space(above);
            form.label(tier.label()).on_hover_text(tier.meaning());
        }),
        None => row.text(RichText::new("Not scored").weak()),
    }
    row.cell(|form| {
        let above = form.spacing().button_padding.y;
        form.add_space(above);
        match npv {
            Some(_) if kind == OptionKind::BusinessAsUsual => form.weak("Comparator"),
            Some(npv) => form.label(npv.whole_pounds()),
            None => form.weak("No figures"),
        }
        .on_hover_text("Net present value against business as usual, from the Finance step");
    });
    row.text(level_text(kind.risk(), Better::Lower));
    row.text(level_text(kind.return_level(), Better::Higher));
    row.text(level_text(kind.governance_weight(), Better::Neither));
    (appraisal.status == OptionStatus::Preferred && before != OptionStatus::Preferred)
        .then_some(kind)
}

/// The status picker, offering only the statuses `kind` may have: business as usual is the
/// baseline (or preferred), never ruled out.
fn status_cell(
    form: &mut Form<'_>,
    kind: OptionKind,
    status: &mut OptionStatus,
    anchor: Option<Anchor>,
) {
    let name = format!("{} status", kind.label());
    let mut chosen = *status;
    form.field(anchor, |ui| {
        let combo = ComboBox::from_id_salt(("option status", kind))
            .selected_text(chosen.label())
            .width(150.0)
            .show_ui(ui, |ui| {
                for allowed in OptionStatus::allowed_for(kind) {
                    ui.selectable_value(&mut chosen, *allowed, allowed.label());
                }
            })
            .response;
        crate::app::access::named_drop_down(combo, &name)
    });
    *status = chosen;
}

fn score_cell(ui: &mut Ui, name: &str, score: &mut Option<Score>) {
    let shown = score.map_or_else(|| "–".to_owned(), |s| s.value().to_string());
    let mut chosen = *score;
    let width = ui.available_width();
    let combo = ComboBox::from_id_salt(name)
        .selected_text(shown)
        .width(width)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, "Not scored");
            for value in Score::MIN..=Score::MAX {
                ui.selectable_value(&mut chosen, Score::new(value), value.to_string());
            }
        })
        .response;
    crate::app::access::named_drop_down(combo, name);
    *score = chosen;
}

/// One option's details, opened when a finding about it is followed. Returns the option if
/// the user made it the preferred one.
fn details(
    form: &mut Form<'_>,
    kind: OptionKind,
    appraisal: &mut OptionAppraisal,
    thresholds: &TierThresholds,
) -> Option<OptionKind> {
    let name = kind.label();
    let heading = format!("{name}: {}", appraisal.status.label().to_lowercase());
    let mut header = CollapsingHeader::new(heading).id_salt(("option details", kind));
    if form.asked() == Some(Anchor::Option(kind)) {
        header = header.open(Some(true));
    }
    let tier = appraisal.tier(thresholds);
    let mut made_preferred = None;
    form.inside(header, |form| {
        form.label(kind.description());
        form.horizontal_wrapped(|form| {
            form.strong("Direction and control:");
            form.label(kind.direction_and_control());
        });
        let OptionAppraisal {
            status,
            summary,
            rationale,
            benefits,
            costs,
            risks,
            drawbacks,
            strategic_fit: _, // Scored in the comparison above.
            practicality: _,  // Scored in the comparison above.
        } = appraisal;
        let preferred = *status == OptionStatus::Preferred;
        if let Some(tier) = tier {
            form.label(format!("{}: {}.", tier.label(), tier.meaning()));
        }
        if !preferred
            && form
                .button(format!("Make {name} the preferred option"))
                .clicked()
        {
            made_preferred = Some(kind);
        }
        let rationale_label = if preferred {
            format!("{name}: why it is preferred")
        } else {
            format!("{name}: rationale for its status")
        };
        form.text_area(&rationale_label, "", rationale, Anchor::Option(kind));
        for (what, hint, text) in [
            ("how it would work", "", summary),
            ("benefits", "", benefits),
            (
                "costs",
                "The figures go in the financial case; describe them here.",
                costs,
            ),
            ("risks", "", risks),
            ("drawbacks", "", drawbacks),
        ] {
            form.text_area(&format!("{name}: {what}"), hint, text, None);
        }
    });
    made_preferred
}

fn tier_settings(form: &mut Form<'_>, thresholds: &mut TierThresholds) {
    let TierThresholds {
        tier1_min_fit,
        tier1_min_practicality,
        tier2_min_fit,
    } = thresholds;
    form.inside(
        CollapsingHeader::new("Tier thresholds").id_salt("tier thresholds"),
        |form| {
            form.weak("Regions set their own thresholds; these are the usual ones.");
            for (label, value) in [
                ("Tier 1: lowest strategic fit", tier1_min_fit),
                ("Tier 1: lowest practicality", tier1_min_practicality),
                ("Tier 2: lowest strategic fit", tier2_min_fit),
            ] {
                labelled(form, label, |ui| {
                    let response = widgets::unclamped_slider(ui, value, Score::MIN..=Score::MAX);
                    if !(Score::MIN..=Score::MAX).contains(value) {
                        widgets::error_line(
                            ui,
                            format!(
                                "{value} — outside the scores {} to {}",
                                Score::MIN,
                                Score::MAX
                            ),
                        );
                    }
                    response
                });
            }
            for tier in [Tier::Tier1, Tier::Tier2] {
                form.weak(format!("{}: {}", tier.label(), tier.meaning()));
            }
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The colour a level is shown in, if any.
    fn shade(level: Level, better: Better) -> Option<egui::Color32> {
        level_text(level, better).color_override()
    }

    #[test]
    fn green_means_good_and_red_bad_whichever_way_round_the_column_is() {
        let (good, bad) = (Some(colour(palette::GOOD)), Some(colour(palette::ERROR)));
        // A high return is good; a high risk is bad.
        assert_eq!(shade(Level::High, Better::Higher), good);
        assert_eq!(shade(Level::Low, Better::Higher), bad);
        assert_eq!(shade(Level::High, Better::Lower), bad);
        assert_eq!(shade(Level::Low, Better::Lower), good);
        // The weight of governance is neither.
        assert_eq!(shade(Level::High, Better::Neither), None);
    }
}
