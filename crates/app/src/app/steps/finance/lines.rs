//! One option's lines, in a [`Table`]: each line's description stays put on the left and its
//! "…" button on the right while its kind, the years and the details scroll sideways between
//! them, so on a laptop the user always sees which line a figure belongs to and can always
//! move, copy or remove it. The table measures each row, so the frozen and the scrolled
//! columns line up whatever the widgets in them (a description that wraps makes its row
//! taller on both sides).

use egui::{Align, ComboBox, Grid, Layout, RichText, ScrollArea, Ui};
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints};

use crate::app::form::{Form, Sideways};
use crate::app::table::{Body, Column, Row, Table};
use crate::app::theme::colour;
use crate::app::widgets::{self, CellKind, MONEY_WIDTH, RowAction};
use crate::case::finance::{
    Appraisal, FallsIn, Finance, FinanceError, FinanceLine, Flow, FlowKind, Measures, Payback,
    YearTotals,
};
use crate::case::options::OptionKind;
use crate::case::{Anchor, Case, Money};
use crate::format::{agree, axis_step, plural, short_pounds};
use crate::palette;

/// Width of the description cell, in points.
const DESCRIPTION_WIDTH: f32 = 150.0;

/// The columns after the years: the total, then the details a line is given once. The years
/// come first, straight after cost or saving, because they are what the user fills in.
const DETAIL_HEADERS: [(&str, f32); 9] = [
    ("Total", 110.0),
    ("One-off or recurring", 120.0),
    ("Capital or revenue", 110.0),
    ("Falls in", FALLS_IN_WIDTH),
    ("Optimism bias or type", 170.0),
    ("Optimism-bias uplift", 150.0),
    ("Funding", 120.0),
    ("VAT", 140.0),
    ("Inflation", 140.0),
];

/// Width of the "falls in" picker.
const FALLS_IN_WIDTH: f32 = 160.0;

/// Width of the column holding a line's "…" button.
const ACTIONS_WIDTH: f32 = 40.0;

/// What a line's buttons asked for, applied once the grid is drawn.
enum LineEdit {
    /// Move or remove.
    Row(RowAction),
    /// Copy line `index` to another option.
    Copy(usize, OptionKind),
}

/// Option `kind`'s lines, their yearly totals, the buttons that add to them, and the
/// option's measures against business as usual.
/// `appraisal` is the case's, as the derived state holds it.
pub(super) fn option_figures(
    form: &mut Form<'_>,
    case: &mut Case,
    appraisal: Result<&Appraisal, &FinanceError>,
    kind: OptionKind,
) {
    let years = case.finance.years;
    let labels = case.finance.year_labels();
    let forces: Vec<String> = case
        .partners
        .forces
        .iter()
        .map(|f| f.name.clone())
        .collect();
    let mut edit = None;
    let mut unreadable = 0;
    if case.finance.option(kind).lines.is_empty() {
        widgets::empty_state(
            form,
            &format!(
                "{} has no costs or savings yet. Add a line for each cost (posts, ICT, set-up) and each saving (posts no longer needed, contracts ended), or copy another option's lines and change them.",
                kind.label()
            ),
        );
    } else {
        let finance = &mut case.finance;
        let rates = finance.rates_for(kind).0.clone();
        let count = finance.option(kind).lines.len();
        // Only ever lengthens: amounts beyond the appraisal (from a hand-edited file) stay in
        // the line, reported by the checks, until the user changes the number of years.
        for line in &mut finance.option_mut(kind).lines {
            if line.amounts.len() < labels.len() {
                line.amounts.resize(labels.len(), Money::ZERO);
            }
        }
        let mut table = Table::new(("finance lines", kind))
            .column(Column::fill("Line", DESCRIPTION_WIDTH))
            .column(Column::fixed("Cost or saving", 90.0));
        for label in &labels {
            table = table.column(Column::fixed(label.as_str(), MONEY_WIDTH));
        }
        for (header, width) in DETAIL_HEADERS {
            table = table.column(Column::fixed(header, width));
        }
        let table = table
            .column(Column::fixed("", ACTIONS_WIDTH))
            .frozen(2)
            .actions();
        form.table(table, |body| {
            let lines = &mut finance.option_mut(kind).lines;
            for (i, line) in lines.iter_mut().enumerate() {
                body.row(|row| {
                    row.cell(|form| {
                        form.text_cell(
                            &format!("Line {} description", i + 1),
                            &mut line.label,
                            Anchor::FinanceLine(kind, i),
                        );
                    });
                    line_cells(row, kind, i, line, &labels, &forces, &rates);
                    row.cell(|form| {
                        if let Some(asked) = line_buttons(form, kind, i, count) {
                            edit = Some(asked);
                        }
                    });
                });
            }
            year_total_rows(body, lines, years);
        });
        // Counted from what the cells keep, not as they are drawn: a table draws only the
        // rows in view.
        let ctx = form.ctx();
        unreadable = (0..count)
            .flat_map(|i| (0..labels.len()).map(move |year| amount_cell(kind, i, year)))
            .filter(|cell| widgets::unreadable_cell::<Money>(ctx, *cell))
            .count();
    }
    if unreadable > 0 {
        widgets::error_line(
            form,
            format!(
                "{} outlined in red cannot be read, so {} not counted: type pounds, \
                 e.g. 125000 or £1,250.50.",
                plural(unreadable, "amount"),
                agree(unreadable, "it is", "they are")
            ),
        );
    }
    let finance = &mut case.finance;
    match edit {
        Some(LineEdit::Row(action)) => {
            let count = finance.option(kind).lines.len();
            // Text still being typed, or left unreadable, moves with its line.
            for year in 0..years {
                action.carry_cell_text(form.ctx(), count, CellKind::Money, |row| {
                    amount_cell(kind, row, year)
                });
            }
            action.apply(&mut finance.option_mut(kind).lines);
        }
        Some(LineEdit::Copy(index, to)) => finance.copy_line(kind, index, to),
        None => {}
    }
    add_buttons(form, finance, kind);
    form.add_space(8.0);
    measures(form, appraisal, kind);
}

/// The actions on line `i` of `count`, behind one small button so the frozen column stays
/// narrow on a laptop: move up, move down, copy to another option, remove. Each is named for
/// screen readers with its line ("Move line 2 up").
fn line_buttons(ui: &mut Ui, kind: OptionKind, i: usize, count: usize) -> Option<LineEdit> {
    let n = i + 1;
    let mut edit = None;
    let menu = ui.menu_button("…", |ui| {
        for (enabled, text, name, action) in [
            (
                i > 0,
                "Move up",
                format!("Move line {n} up"),
                RowAction::Up(i),
            ),
            (
                i + 1 < count,
                "Move down",
                format!("Move line {n} down"),
                RowAction::Down(i),
            ),
        ] {
            if ui
                .add_enabled(enabled, egui::Button::new(text))
                .accessible_name(name)
                .clicked()
            {
                edit = Some(LineEdit::Row(action));
                ui.close();
            }
        }
        ui.menu_button("Copy to", |ui| {
            for other in OptionKind::ALL.into_iter().filter(|other| *other != kind) {
                if ui
                    .button(other.label())
                    .accessible_name(format!("Copy line {n} to {}", other.label()))
                    .clicked()
                {
                    edit = Some(LineEdit::Copy(i, other));
                    ui.close();
                }
            }
        });
        if ui
            .button("Remove")
            .accessible_name(format!("Remove line {n}"))
            .clicked()
        {
            edit = Some(LineEdit::Row(RowAction::Remove(i)));
            ui.close();
        }
    });
    menu.response
        .on_hover_text("Move, copy or remove this line")
        .accessible_name(format!("Line {n} actions"));
    edit
}

/// A line's kind, amounts, total and details, one cell each.
fn line_cells(
    row: &mut Row<'_, '_, '_>,
    kind: OptionKind,
    i: usize,
    line: &mut FinanceLine,
    labels: &[String],
    forces: &[String],
    rates: &crate::case::finance::OptimismRates,
) {
    let n = i + 1;
    let uplift = rates.uplift(line, labels.len());
    row.cell(|form| {
        let mut flow_kind = line.kind();
        if form
            .enum_cell(
                ("finance kind", kind, i),
                &format!("Line {n} cost or saving"),
                &mut flow_kind,
                None,
            )
            .changed()
        {
            line.flow.set_kind(flow_kind);
        }
    });
    for (year, year_label) in labels.iter().enumerate() {
        row.cell(|form| {
            form.number_cell(
                amount_cell(kind, i, year),
                &format!("Line {n} {year_label}"),
                &mut line.amounts[year],
                None,
            );
        });
    }
    row.text(
        line.total(labels.len())
            .map_or_else(|| "Too large".to_owned(), Money::whole_pounds),
    );
    row.cell(|form| {
        form.enum_cell(
            ("finance recurrence", kind, i),
            &format!("Line {n} one-off or recurring"),
            &mut line.recurrence,
            None,
        );
    });
    row.cell(|form| {
        form.enum_cell(
            ("finance spending", kind, i),
            &format!("Line {n} capital or revenue"),
            &mut line.spending,
            None,
        );
    });
    row.cell(|form| {
        falls_in(
            form,
            (kind, i),
            &format!("Line {n} falls in"),
            &mut line.falls_in,
            forces,
        );
    });
    match &mut line.flow {
        Flow::Cost { category, funding } => {
            row.cell(|form| {
                form.enum_cell(
                    ("finance category", kind, i),
                    &format!("Line {n} optimism-bias category"),
                    category,
                    None,
                );
            });
            // The uplift in pounds, as the appraisal adds it (the model's figure), so a cost
            // never grows in the net present value without a word beside it.
            match uplift {
                Some(uplift) => row.cell(|form| {
                    let above = form.spacing().button_padding.y;
                    form.add_space(above);
                    form.add(
                        egui::Label::new(format!(
                            "+{} ({})",
                            uplift.amount.whole_pounds(),
                            uplift.rate
                        ))
                        .wrap(),
                    )
                    .on_hover_text(uplift.to_string());
                }),
                None => row.text(RichText::new(rates.rate(*category).to_string()).weak()),
            }
            row.cell(|form| {
                form.enum_cell(
                    ("finance funding", kind, i),
                    &format!("Line {n} funding source"),
                    funding,
                    None,
                );
            });
        }
        Flow::Saving { kind: saving } => {
            row.cell(|form| {
                form.enum_cell(
                    ("finance saving type", kind, i),
                    &format!("Line {n} type of saving"),
                    saving,
                    None,
                );
            });
            row.text(RichText::new("–").weak());
            row.text(RichText::new("–").weak());
        }
    }
    row.cell(|form| {
        form.enum_cell(
            ("finance vat", kind, i),
            &format!("Line {n} VAT"),
            &mut line.vat,
            None,
        );
    });
    row.cell(|form| {
        form.enum_cell(
            ("finance indexation", kind, i),
            &format!("Line {n} inflation"),
            &mut line.indexation,
            None,
        );
    });
}

/// The picker for where a line falls: shared, or one of the forces by name. A line naming a
/// force that is no longer a partner shows that name, so the user sees what to correct.
fn falls_in(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    name: &str,
    value: &mut FallsIn,
    forces: &[String],
) {
    let mut chosen = value.clone();
    let combo = ComboBox::from_id_salt(id_salt)
        .selected_text(value.label())
        .width(ui.available_width().min(FALLS_IN_WIDTH))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, FallsIn::Shared, "Shared");
            for force in forces.iter().filter(|force| !force.trim().is_empty()) {
                ui.selectable_value(&mut chosen, FallsIn::Force(force.clone()), force);
            }
        })
        .response;
    crate::app::access::named_drop_down(combo, name);
    *value = chosen;
}

/// The id of the amount cell of line `row` of option `kind` in `year`, which its pending
/// text is kept under.
fn amount_cell(
    kind: OptionKind,
    row: usize,
    year: usize,
) -> (&'static str, OptionKind, usize, usize) {
    ("finance amount", kind, row, year)
}

/// The "costs in year" and "savings in year" rows under the lines.
fn year_total_rows(body: &mut Body<'_, '_>, lines: &[FinanceLine], years: usize) {
    for kind in FlowKind::ALL {
        body.row(|row| {
            row.text(RichText::new(format!("{}s in year", kind.label())).strong());
            row.text("");
            let mut total = 0_i128;
            for year in 0..years {
                let sum: i128 = lines
                    .iter()
                    .filter(|line| line.kind() == kind)
                    .map(|line| i128::from(line.amount(year).pence()))
                    .sum();
                total += sum;
                row.text(pounds(sum));
            }
            row.text(RichText::new(pounds(total)).strong());
        });
    }
}

/// A wide sum of pence in whole pounds, or "Too large" when it does not fit.
fn pounds(pence: i128) -> String {
    i64::try_from(pence).map_or_else(|_| "Too large".to_owned(), |p| Money(p).whole_pounds())
}

/// "Add cost line", "Add saving line" and "Copy all lines from…".
fn add_buttons(form: &mut Form<'_>, finance: &mut Finance, kind: OptionKind) {
    form.horizontal_wrapped(|form| {
        for flow in FlowKind::ALL {
            // "This option has no figures" lands on the first of these buttons.
            let anchor = (flow == FlowKind::Cost).then_some(Anchor::FinanceOption(kind));
            let label = format!("Add {} line", flow.label().to_lowercase());
            // Named for the option too, so a screen reader (and a finding followed here) tells
            // one option's button from another's.
            let name = format!("{label} to {}", kind.label());
            let add = |ui: &mut egui::Ui| {
                let response = ui.button(label);
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                response
            };
            if form.field(anchor, add).clicked() {
                let years = finance.years;
                finance
                    .option_mut(kind)
                    .lines
                    .push(FinanceLine::new(flow, years));
            }
        }
        let mut from = None;
        form.menu_button("Copy all lines from…", |ui| {
            for other in OptionKind::ALL.into_iter().filter(|other| *other != kind) {
                let lines = finance.option(other).lines.len();
                if ui
                    .add_enabled(
                        lines > 0,
                        egui::Button::new(format!("{} ({})", other.label(), plural(lines, "line"))),
                    )
                    .clicked()
                {
                    from = Some(other);
                    ui.close();
                }
            }
        });
        if let Some(from) = from {
            finance.copy_lines(from, kind);
        }
    });
}

/// The colour of savings and gains.
pub(super) const GAIN: egui::Color32 = colour(palette::GOOD);

/// The option's measures against business as usual and a chart of its own cash by year.
fn measures(form: &mut Form<'_>, appraisal: Result<&Appraisal, &FinanceError>, kind: OptionKind) {
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
            return;
        }
    };
    let Some(result) = appraisal.get(kind) else {
        form.weak(format!(
            "{} is not on the short list and has no figures, so it is not appraised.",
            kind.label()
        ));
        return;
    };
    let rows: Vec<(&str, RichText)> = if result.is_comparator() {
        vec![
            (
                "Costs of carrying on (cash)",
                RichText::new(result.total_costs.whole_pounds()),
            ),
            (
                "Savings (cash)",
                RichText::new(result.total_savings.whole_pounds()),
            ),
        ]
    } else {
        let Measures {
            pv_costs,
            pv_savings,
            npv,
            benefit_cost_ratio: _,
            payback,
        } = &result.measures;
        let npv_colour = if *npv >= Money::ZERO {
            GAIN
        } else {
            colour(palette::ERROR)
        };
        let payback = match payback {
            Payback::InYear { index, label } => format!("{label} (year {})", index + 1),
            Payback::NotWithinPeriod => "Not within the appraisal period".to_owned(),
        };
        vec![
            (
                "Its costs (cash)",
                RichText::new(result.total_costs.whole_pounds()),
            ),
            (
                "Its savings (cash)",
                RichText::new(result.total_savings.whole_pounds()),
            ),
            (
                "PV of costs (with optimism bias)",
                RichText::new(pv_costs.whole_pounds()),
            ),
            ("PV of savings", RichText::new(pv_savings.whole_pounds())),
            (
                "Net present value",
                RichText::new(npv.whole_pounds()).strong().color(npv_colour),
            ),
            (
                "Benefit–cost ratio",
                RichText::new(result.measures.ratio_label()).strong(),
            ),
            ("Payback", RichText::new(payback).strong()),
            (
                "Rank",
                RichText::new(format!("{} of {}", result.rank, appraisal.results.len())),
            ),
        ]
    };
    if result.is_comparator() {
        form.weak("The comparator: every other option is measured against business as usual.");
    } else {
        form.strong("Against business as usual");
    }
    let grid = Grid::new(("finance measures", kind))
        .num_columns(2)
        .spacing([24.0, 4.0])
        .striped(true);
    let area = ScrollArea::horizontal()
        .id_salt(("finance measures scroll", kind))
        .auto_shrink([false, true]);
    form.inside(Sideways(area), |form| {
        form.inside(grid, |form| {
            for (name, value) in rows {
                form.label(name);
                // Right-aligned in a fixed width, so the pounds line up.
                let height = form.spacing().interact_size.y;
                form.allocate_ui_with_layout(
                    egui::vec2(160.0, height),
                    Layout::right_to_left(Align::Center),
                    |ui| {
                        ui.set_width(160.0);
                        ui.label(value)
                    },
                );
                form.end_row();
            }
        })
    });
    form.add_space(8.0);
    chart(form, kind, &result.years);
}

/// Grid steps for the chart's money axis: [`axis_step`], the rule the paper's chart uses too,
/// with a finer and a coarser step for egui_plot to fade between.
pub(super) fn money_grid_steps(input: egui_plot::GridInput) -> [f64; 3] {
    let step = axis_step((input.bounds.1 - input.bounds.0).abs().max(1.0));
    [step / 10.0, step, step * 10.0]
}

/// Bars of the option's own costs and savings by year, with the cumulative net saving.
fn chart(ui: &mut Ui, kind: OptionKind, years: &[YearTotals]) {
    if years
        .iter()
        .all(|y| y.costs == Money::ZERO && y.savings == Money::ZERO)
    {
        return;
    }
    let labels: Vec<String> = years.iter().map(|y| y.label.clone()).collect();
    let figures: Vec<String> = years
        .iter()
        .map(|y| {
            format!(
                "{}: costs {}, savings {}, cumulative net saving {}",
                y.label, y.costs, y.savings, y.cumulative_net
            )
        })
        .collect();
    let bars = |offset: f64, value: fn(&YearTotals) -> Money| {
        years
            .iter()
            .enumerate()
            .map(|(i, y)| Bar::new(i as f64 + offset, value(y).as_pounds_f64()).width(0.38))
            .collect::<Vec<_>>()
    };
    let costs = BarChart::new("Costs", bars(-0.2, |y| y.costs)).color(colour(palette::COSTS));
    let savings =
        BarChart::new("Savings", bars(0.2, |y| y.savings)).color(colour(palette::SAVINGS));
    let cumulative: PlotPoints<'_> = years
        .iter()
        .enumerate()
        .map(|(i, y)| [i as f64, y.cumulative_net.as_pounds_f64()])
        .collect();
    let response = Plot::new(("finance chart", kind))
        .height(200.0)
        .legend(Legend::default())
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .x_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() < 1e-6 && index >= 0.0 {
                labels.get(index as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_grid_spacer(egui_plot::uniform_grid_spacer(money_grid_steps))
        .y_axis_formatter(|mark, _| short_pounds(mark.value))
        .y_axis_min_width(60.0)
        .show(ui, |plot| {
            plot.bar_chart(costs);
            plot.bar_chart(savings);
            plot.line(
                Line::new("Cumulative net saving", cumulative).color(egui::Color32::DARK_GRAY),
            );
        })
        .response;
    let name = format!(
        "Chart of the costs and savings of {} by year",
        kind.label().to_lowercase()
    );
    crate::app::access::chart(&response, &name, figures.join(". "));
}
