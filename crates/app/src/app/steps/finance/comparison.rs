//! The comparison a finance officer reads first: every appraised option against business as
//! usual in a table and a chart, the sensitivity of the preferred option and the runner-up,
//! the switching values, and why the preferred option is value for money if its net present
//! value is negative.

use egui::{Grid, RichText, ScrollArea, Ui};
use egui_plot::{Bar, BarChart, Plot};

use super::lines::{GAIN, money_grid_steps};
use crate::app::form::{Form, Sideways};
use crate::app::theme::colour;
use crate::app::widgets;
use crate::case::finance::{Appraisal, FinanceError, Sensitivity};
use crate::case::options::OptionKind;
use crate::case::{Anchor, Case, Money};
use crate::format::short_pounds;
use crate::palette;

/// The comparison table, chart, sensitivity and value-for-money statement.
pub(super) fn show(
    form: &mut Form<'_>,
    case: &mut Case,
    appraisal: Result<&Appraisal, &FinanceError>,
) {
    let appraisal = match appraisal {
        Ok(appraisal) => appraisal,
        Err(error) => {
            widgets::error_line(
                form,
                format!(
                    "{}: check the amounts, which are in pounds.",
                    crate::format::capitalised(&error.to_string())
                ),
            );
            value_for_money(form, case);
            return;
        }
    };
    table(form, appraisal, case.options.preferred());
    form.add_space(6.0);
    chart(form, appraisal, case.options.preferred());
    form.add_space(8.0);
    form.strong("Sensitivity and switching values");
    match case.finance.sensitivity(&case.options, appraisal) {
        Ok(Some(sensitivity)) => sensitivity_table(form, &sensitivity),
        Ok(None) => {
            widgets::empty_state(
                form,
                "Mark an option other than business as usual preferred to see how robust the choice is.",
            );
        }
        Err(error) => {
            widgets::error_line(form, crate::format::capitalised(&error.to_string()));
        }
    }
    form.add_space(8.0);
    value_for_money(form, case);
    why_not_highest_npv(form, case);
}

/// Why the preferred option is chosen over one with a higher net present value. The field
/// stays in its place whether or not another option ranks higher, so nothing below it moves
/// when a figure changes the ranking; the label names the option that does.
fn why_not_highest_npv(form: &mut Form<'_>, case: &mut Case) {
    let label = match crate::case::validate::higher_npv_than_preferred(case) {
        Some(higher) => format!(
            "Why the preferred option is chosen although {} has a higher net present value",
            higher.label().to_lowercase()
        ),
        None => "Why the preferred option is chosen if another has a higher net present value"
            .to_owned(),
    };
    form.text_area(
        &label,
        "Leave empty while the preferred option ranks first. Otherwise: what the figures leave out, such as the risk it carries, command, timing or what cannot be priced.",
        &mut case.options.why_not_highest_npv,
        Anchor::WhyNotHighestNpv,
    );
}

/// Why the preferred option is value for money despite a negative net present value.
fn value_for_money(form: &mut Form<'_>, case: &mut Case) {
    form.text_area(
        "Why the preferred option is value for money if its net present value is negative",
        "Leave empty while its net present value is positive. Otherwise: the benefits that cannot be priced, a statutory duty, the risk it removes.",
        &mut case.finance.value_for_money,
        Anchor::ValueForMoney,
    );
}

/// Every appraised option's measures, in a table that scrolls sideways on a narrow window.
fn table(form: &mut Form<'_>, appraisal: &Appraisal, preferred: Option<OptionKind>) {
    let area = ScrollArea::horizontal()
        .id_salt("finance comparison scroll")
        .auto_shrink([false, true]);
    form.inside(Sideways(area), |form| {
        let grid = Grid::new("finance comparison")
            .striped(true)
            .spacing([14.0, 4.0]);
        form.inside(grid, |form| {
            for header in [
                "Option",
                "Status",
                "PV costs",
                "PV savings",
                "NPV",
                "BCR",
                "Payback",
                "Rank",
            ] {
                form.strong(header);
            }
            form.end_row();
            for result in &appraisal.results {
                let mut name = RichText::new(result.kind.label());
                if preferred == Some(result.kind) {
                    name = name.strong();
                }
                form.label(name);
                form.label(result.status.label());
                let m = &result.measures;
                if result.is_comparator() {
                    form.weak("Comparator");
                    form.label("");
                    form.label(Money::ZERO.whole_pounds());
                    form.label("");
                    form.label("");
                } else {
                    form.label(m.pv_costs.whole_pounds());
                    form.label(m.pv_savings.whole_pounds());
                    npv_label(form, m.npv);
                    form.label(m.ratio_label());
                    form.label(m.payback.label());
                }
                form.label(result.rank.to_string());
                form.end_row();
            }
        });
    });
}

/// A net present value in green when positive, red when negative.
fn npv_label(ui: &mut Ui, npv: Money) {
    let shade = if npv >= Money::ZERO {
        GAIN
    } else {
        colour(palette::ERROR)
    };
    ui.colored_label(shade, npv.whole_pounds());
}

/// Horizontal bars of each option's net present value.
fn chart(ui: &mut Ui, appraisal: &Appraisal, preferred: Option<OptionKind>) {
    let count = appraisal.results.len();
    let names: Vec<&'static str> = appraisal.results.iter().map(|r| r.kind.label()).collect();
    let bars: Vec<Bar> = appraisal
        .results
        .iter()
        .enumerate()
        .map(|(i, result)| {
            let shade = if preferred == Some(result.kind) {
                palette::COSTS
            } else {
                palette::SAVINGS
            };
            // The first option at the top, as in the table.
            Bar::new((count - 1 - i) as f64, result.measures.npv.as_pounds_f64())
                .width(0.6)
                .fill(colour(shade))
                .name(result.kind.label())
        })
        .collect();
    // The names beside the bars, each in full: the axis is as wide as the widest.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = names
        .iter()
        .map(|name| {
            ui.painter()
                .layout_no_wrap((*name).to_owned(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0_f32, f32::max);
    let response = Plot::new("finance npv chart")
        .height(28.0 * count as f32 + 40.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_y(false)
        .y_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() < 1e-6 && index >= 0.0 && (index as usize) < count {
                names[count - 1 - index as usize].to_owned()
            } else {
                String::new()
            }
        })
        .y_axis_min_width((widest + 16.0).max(120.0))
        .show_x(false)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(money_grid_steps))
        .x_axis_formatter(|mark, _| short_pounds(mark.value))
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("Net present value", bars).horizontal());
        })
        .response;
    let figures: Vec<String> = appraisal
        .results
        .iter()
        .map(|result| format!("{}: {}", result.kind.label(), result.measures.npv))
        .collect();
    crate::app::access::chart(
        &response,
        "Chart of each option's net present value against business as usual",
        figures.join(". "),
    );
}

/// The sensitivity rows and the two switching values. Every shock acts on the option's own
/// figures only ([`crate::case::finance::sensitivity`]).
fn sensitivity_table(form: &mut Form<'_>, sensitivity: &Sensitivity) {
    let preferred = sensitivity.preferred.label();
    let area = ScrollArea::horizontal()
        .id_salt("finance sensitivity scroll")
        .auto_shrink([false, true]);
    form.inside(Sideways(area), |form| {
        let grid = Grid::new("finance sensitivity")
            .striped(true)
            .spacing([14.0, 4.0]);
        form.inside(grid, |form| {
            form.strong("Scenario");
            form.strong(format!("{preferred} NPV"));
            form.strong(format!("{preferred} BCR"));
            if let Some(runner_up) = sensitivity.runner_up {
                form.strong(format!("{} NPV", runner_up.label()));
                form.strong(format!("{} BCR", runner_up.label()));
                form.strong("Preferred still first");
            }
            form.end_row();
            for row in &sensitivity.rows {
                form.label(row.scenario.label());
                npv_label(form, row.preferred.npv);
                form.label(row.preferred.ratio_label());
                if let Some(runner_up) = &row.runner_up {
                    npv_label(form, runner_up.npv);
                    form.label(runner_up.ratio_label());
                    form.label(if row.preferred_still_best() {
                        "Yes"
                    } else {
                        "No"
                    });
                }
                form.end_row();
            }
        });
    });
    form.label(format!(
        "Its own savings could fall by {} before the net present value of {} reaches zero.",
        sensitivity.to_zero.phrase(),
        preferred.to_lowercase()
    ));
    if let Some((second, value)) = &sensitivity.to_second {
        form.label(format!(
            "Its own savings could fall by {} before {} would rank above it.",
            value.phrase(),
            second.label().to_lowercase()
        ));
    }
}
