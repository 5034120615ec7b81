//! The Finance step: costs and savings year by year, how they are shared between the forces,
//! each force's own net position, and the Green Book measures (NPV, benefit–cost ratio,
//! payback) with a chart of costs and savings.
//!
//! Everything shown is derived from the case with `Finance::summarise` each frame; for a
//! ten-year case with a few dozen lines that is microseconds, so nothing is cached.

use egui::{Align, Grid, Layout, RichText, Ui};
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoints};

use super::{Page, WizardStep};
use crate::app::form::Form;
use crate::app::table::{Body, Column, ROW_BUTTONS_WIDTH, Row, Table};
use crate::app::theme::colour;
use crate::app::widgets::{self, CellKind, MONEY_WIDTH, PERCENT_WIDTH, TEXT_MIN_WIDTH};
use crate::case::finance::{
    Finance, FinanceLine, FinanceSummary, FlowKind, GREEN_BOOK_DISCOUNT_RATE, MAX_YEARS, Payback,
    SplitMethod,
};
use crate::case::partners::Force;
use crate::case::{Anchor, Case, Money, Percent, Step};
use crate::format::{agree, axis_step, plural, short_pounds};
use crate::palette;

/// The Finance step, and what it keeps between frames.
#[derive(Debug, Default)]
pub struct FinanceStep {
    /// A shorter appraisal period the user asked for that would drop figures; the step asks
    /// before applying it.
    pending_years: Option<usize>,
}

impl WizardStep for FinanceStep {
    fn step(&self) -> Step {
        Step::Finance
    }

    fn ui(&mut self, form: &mut Form<'_>, page: Page<'_>) {
        let case = page.case;
        form.label(
            "Enter the costs and savings of the preferred option year by year, in today's prices. \
             The app works out each force's share, the net present value and the payback year.",
        );
        form.add_space(8.0);
        period(form, &mut case.finance, &mut self.pending_years);
        form.add_space(8.0);
        form.heading("Costs and savings");
        lines_grid(form, &mut case.finance);
        form.add_space(12.0);

        let summary = case.finance.summarise(&case.partners.forces);
        form.heading("How costs and savings are shared");
        split(form, case, &summary);
        form.add_space(12.0);

        let Finance {
            first_year: _, // In `period`, which changes the period through `Finance`.
            years: _,      // In `period`.
            lines: _,      // In `lines_grid`.
            split: _,      // In `split`.
            discount_rate,
            optimism_bias,
            notes: _, // Last, under the chart, which is worked out from the rates.
        } = &mut case.finance;
        form.heading("Appraisal");
        rates(form, discount_rate, optimism_bias);
        form.add_space(4.0);
        // The rates may just have changed; the summary must match what is on screen.
        let summary = case.finance.summarise(&case.partners.forces);
        measures(form, &summary);
        form.add_space(8.0);
        chart(form, &summary);
        form.add_space(8.0);
        form.text_area(
            "Notes on assumptions, funding and affordability",
            "For example: prices are at 2026/27 levels; one-off costs are funded from reserves.",
            &mut case.finance.notes,
            None,
        );
    }
}

/// First year and number of years. Shortening that would lose figures asks first.
fn period(form: &mut Form<'_>, finance: &mut Finance, pending_years: &mut Option<usize>) {
    form.horizontal_wrapped(|ui| {
        let label = ui.label("First financial year starts in");
        ui.add(egui::DragValue::new(&mut finance.first_year).range(2000..=2100))
            .labelled_by(label.id);
        ui.weak(format!("(year 1 is {})", finance.year_label(0)));
        ui.add_space(16.0);
        let label = ui.label("Years in the appraisal");
        let mut years = pending_years.unwrap_or(finance.years);
        let response = ui
            .add(egui::DragValue::new(&mut years).range(1..=MAX_YEARS))
            .labelled_by(label.id);
        if response.changed() {
            if finance.figures_beyond(years) == 0 {
                finance.set_years(years);
                *pending_years = None;
            } else {
                *pending_years = Some(years);
            }
        }
    });
    if let Some(years) = *pending_years {
        let lost = finance.figures_beyond(years);
        form.horizontal_wrapped(|ui| {
            widgets::error_line(
                ui,
                format!(
                    "Shortening to {years} years would remove {} entered for {} onwards.",
                    plural(lost, "figure"),
                    finance.year_label(years)
                ),
            );
            if ui.button(format!("Shorten to {years} years")).clicked() {
                finance.set_years(years);
                *pending_years = None;
            }
            if ui.button(format!("Keep {} years", finance.years)).clicked() {
                *pending_years = None;
            }
        });
    }
}

/// The year-by-year grid of cost and saving lines, with totals per year underneath.
fn lines_grid(form: &mut Form<'_>, finance: &mut Finance) {
    let years = finance.years;
    let labels: Vec<String> = (0..years).map(|y| finance.year_label(y)).collect();
    let mut action = None;
    let mut unreadable = 0;
    if finance.lines.is_empty() {
        widgets::empty_state(
            form,
            "No costs or savings yet. Add a line for each cost (posts, ICT, set-up) and each \
             saving (posts no longer needed, contracts ended).",
        );
    } else {
        let mut table = Table::new("finance_lines")
            .column(Column::fill("Description", 180.0))
            .column(Column::fixed("Cost or saving", 104.0))
            .column(Column::fixed("One-off or recurring", 120.0));
        for label in &labels {
            table = table.column(Column::fixed(label.as_str(), MONEY_WIDTH));
        }
        let table = table
            .column(Column::fixed("Total", MONEY_WIDTH))
            .column(Column::fixed("", ROW_BUTTONS_WIDTH))
            .frozen(1)
            .actions();
        if table.scrolls_sideways(form.available_width()) {
            form.weak(
                "The years continue to the right: scroll the table sideways with the bar under \
                 it (or Shift and the mouse wheel). Descriptions and row buttons stay in view.",
            );
        }
        let count = finance.lines.len();
        form.table(table, |body| {
            for (i, line) in finance.lines.iter_mut().enumerate() {
                body.row(|row| {
                    unreadable += line_row(row, i, line, &labels);
                    row.cell(|form| {
                        if let Some(asked) =
                            widgets::row_buttons(form, &format!("line {}", i + 1), i, count)
                        {
                            action = Some(asked);
                        }
                    });
                });
            }
            year_total_rows(body, &finance.lines, years);
        });
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
    if let Some(action) = action {
        // Text still being typed, or left unreadable, moves with its line.
        for year in 0..years {
            action.carry_cell_text(form.ctx(), finance.lines.len(), CellKind::Money, |row| {
                amount_cell(row, year)
            });
        }
        action.apply(&mut finance.lines);
    }
    form.horizontal(|form| {
        for kind in FlowKind::ALL {
            // "There are no costs or savings" lands on the first of these buttons.
            let anchor = (kind == FlowKind::Cost).then_some(Anchor::FinanceLines);
            let label = format!("Add {} line", kind.label().to_lowercase());
            if form.field(anchor, |ui| ui.button(label)).clicked() {
                finance.lines.push(FinanceLine {
                    kind,
                    amounts: vec![Money::ZERO; years],
                    ..FinanceLine::default()
                });
            }
        }
    });
}

/// One line's cells, from its description to its total. Returns how many of its amounts
/// cannot be read (of those drawn: the table may draw a row in parts).
fn line_row(
    row: &mut Row<'_, '_, '_>,
    i: usize,
    line: &mut FinanceLine,
    labels: &[String],
) -> usize {
    let n = i + 1;
    let FinanceLine {
        label,
        kind,
        recurrence,
        amounts,
    } = &mut *line;
    row.cell(|form| {
        form.text_cell(
            &format!("Line {n} description"),
            label,
            Anchor::FinanceLine(i),
        );
    });
    row.cell(|form| {
        form.enum_cell(
            ("finance_kind", i),
            &format!("Line {n} cost or saving"),
            kind,
            None,
        );
    });
    row.cell(|form| {
        form.enum_cell(
            ("finance_recurrence", i),
            &format!("Line {n} one-off or recurring"),
            recurrence,
            None,
        );
    });
    amounts.resize(labels.len(), Money::ZERO);
    let mut unreadable = 0;
    for (year, year_label) in labels.iter().enumerate() {
        row.cell(|form| {
            let cell = form.number_cell(
                amount_cell(i, year),
                &format!("Line {n} {year_label}"),
                &mut amounts[year],
                None,
            );
            unreadable += usize::from(cell.invalid);
        });
    }
    row.text(line.total().whole_pounds());
    unreadable
}

/// The id of the amount cell of line `row` in `year`, which its pending text is kept under.
fn amount_cell(row: usize, year: usize) -> (&'static str, usize, usize) {
    ("finance_amount", row, year)
}

/// The "costs in year" and "savings in year" rows under the lines.
fn year_total_rows(body: &mut Body<'_, '_>, lines: &[FinanceLine], years: usize) {
    for (title, kind) in [
        ("Costs in year", FlowKind::Cost),
        ("Savings in year", FlowKind::Saving),
    ] {
        body.row(|row| {
            row.text(RichText::new(title).strong());
            row.text("");
            row.text("");
            let mut total = Money::ZERO;
            for year in 0..years {
                let sum: Money = lines
                    .iter()
                    .filter(|line| line.kind == kind)
                    .map(|line| line.amount(year))
                    .sum();
                total += sum;
                row.text(sum.whole_pounds());
            }
            row.text(RichText::new(total.whole_pounds()).strong());
            row.text("");
        });
    }
}

/// The colour of savings and gains in the tables.
const GAIN: egui::Color32 = colour(palette::GOOD);

/// The split method, custom percentages and each force's position.
fn split(form: &mut Form<'_>, case: &mut Case, summary: &FinanceSummary) {
    form.enum_combo("Split method", &mut case.finance.split, Anchor::SplitMethod);
    form.weak(match case.finance.split {
        SplitMethod::ByRevenueBudget => {
            "The usual basis: each force pays and gains in proportion to its annual revenue \
             budget (set on the Front sheet and partners step)."
        }
        SplitMethod::Equal => "Each force pays and gains the same share.",
        SplitMethod::Custom => {
            "Enter each force's agreed percentage below; together they must make 100%."
        }
    });
    let forces = &mut case.partners.forces;
    if forces.is_empty() {
        widgets::empty_state(
            form,
            "Add the forces on the Front sheet and partners step to see what each one pays and gains.",
        );
        return;
    }
    let custom = case.finance.split == SplitMethod::Custom;
    let table = Table::new("finance_partners")
        .column(Column::fill("Force", TEXT_MIN_WIDTH))
        .column(Column::fixed("Share", PERCENT_WIDTH))
        .column(Column::fixed("Pays (costs)", MONEY_WIDTH))
        .column(Column::fixed("Gains (savings)", MONEY_WIDTH))
        .column(Column::fixed("Net position", 150.0))
        .frozen(1);
    form.table(table, |body| {
        for (i, force) in forces.iter_mut().enumerate() {
            body.row(|row| force_position(row, i, force, summary, custom));
        }
        body.row(|row| {
            row.text(RichText::new("All forces").strong());
            if custom {
                let total: u32 = forces.iter().map(|f| f.custom_share.basis_points()).sum();
                let total = Percent(total);
                if total == Percent::WHOLE {
                    row.text(RichText::new(format!("{total} in total")).color(GAIN));
                } else {
                    row.text(
                        RichText::new(format!("{total} in total (must be 100%)"))
                            .color(colour(palette::ERROR)),
                    );
                }
            } else {
                row.text("100%");
            }
            row.text(RichText::new(summary.total_costs.whole_pounds()).strong());
            row.text(RichText::new(summary.total_savings.whole_pounds()).strong());
            row.text(net_text(summary.total_net));
        });
    });
    if summary.partners.is_empty() {
        widgets::error_line(
            form,
            match case.finance.split {
                SplitMethod::ByRevenueBudget => {
                    "Shares cannot be worked out: give each force its annual revenue budget on \
                     the Front sheet and partners step."
                }
                SplitMethod::Equal => "Shares cannot be worked out without forces.",
                SplitMethod::Custom => "Enter each force's agreed percentage.",
            },
        );
    }
}

/// One force's row of the sharing table: its share (agreed here when the split is custom),
/// what it pays, what it gains and its net position.
fn force_position(
    row: &mut Row<'_, '_, '_>,
    i: usize,
    force: &mut Force,
    summary: &FinanceSummary,
    custom: bool,
) {
    let name = force.display_name(i);
    row.text(name.as_str());
    let position = summary.partners.get(i);
    if custom {
        row.cell(|form| {
            form.number_cell(
                ("finance_custom_share", i),
                &format!("{name} agreed share"),
                &mut force.custom_share,
                None,
            );
        });
    } else {
        row.text(position.map_or("–".to_owned(), |p| p.share.to_string()));
    }
    match position {
        Some(p) => {
            row.text(p.contribution.whole_pounds());
            row.text(RichText::new(p.savings.whole_pounds()).color(GAIN));
            row.text(net_text(p.net));
        }
        None => {
            row.text("–");
            row.text("–");
            row.text("–");
        }
    }
}

/// A net figure in words a committee reads at a glance: a gain in green, a net contribution
/// in red.
fn net_text(net: Money) -> RichText {
    if net >= Money::ZERO {
        RichText::new(format!("{} net gain", net.whole_pounds())).color(GAIN)
    } else {
        RichText::new(format!("{} net cost", (-net).whole_pounds())).color(colour(palette::ERROR))
    }
}

/// Discount rate and optimism bias, both editable because Green Book revisions change them.
fn rates(form: &mut Form<'_>, discount_rate: &mut Percent, optimism_bias: &mut Percent) {
    form.horizontal(|form| {
        form.number_field("Discount rate a year", discount_rate, Anchor::DiscountRate);
        if *discount_rate != GREEN_BOOK_DISCOUNT_RATE
            && form
                .button(format!(
                    "Use the Green Book rate ({GREEN_BOOK_DISCOUNT_RATE})"
                ))
                .clicked()
        {
            *discount_rate = GREEN_BOOK_DISCOUNT_RATE;
        }
    });
    form.number_field(
        "Optimism bias uplift on costs",
        optimism_bias,
        Anchor::OptimismBias,
    );
    form.weak(
        "The Green Book adds an uplift to costs because appraisals tend to understate them; \
         it applies to present values, not to the cash figures above.",
    );
}

/// Totals, present values, NPV, benefit–cost ratio and payback.
fn measures(ui: &mut Ui, summary: &FinanceSummary) {
    let npv_colour = colour(if summary.npv >= Money::ZERO {
        palette::GOOD
    } else {
        palette::ERROR
    });
    let ratio = match summary.benefit_cost_ratio {
        Some(ratio) => format!("{ratio:.2}"),
        None => "No costs entered".to_owned(),
    };
    let payback = match &summary.payback {
        Payback::InYear { index, label } => format!("{label} (year {})", index + 1),
        Payback::NotWithinPeriod => "Not within the appraisal period".to_owned(),
    };
    let rows = [
        (
            "Total costs",
            RichText::new(summary.total_costs.whole_pounds()),
        ),
        (
            "of which one-off",
            RichText::new(summary.one_off_costs.whole_pounds()),
        ),
        (
            "of which recurring",
            RichText::new(summary.recurring_costs.whole_pounds()),
        ),
        (
            "Total savings",
            RichText::new(summary.total_savings.whole_pounds()),
        ),
        (
            "Net saving (cash)",
            RichText::new(summary.total_net.whole_pounds()),
        ),
        (
            "Present value of costs (with optimism bias)",
            RichText::new(summary.pv_costs.whole_pounds()),
        ),
        (
            "Present value of savings",
            RichText::new(summary.pv_savings.whole_pounds()),
        ),
        (
            "Net present value",
            RichText::new(summary.npv.whole_pounds())
                .strong()
                .color(npv_colour),
        ),
        ("Benefit–cost ratio", RichText::new(ratio).strong()),
        ("Payback", RichText::new(payback).strong()),
    ];
    Grid::new("finance_measures_grid")
        .num_columns(2)
        .spacing([24.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for (name, value) in rows {
                ui.label(name);
                // Right-aligned in a fixed width, so the pounds line up.
                ui.allocate_ui_with_layout(
                    egui::vec2(220.0, ui.spacing().interact_size.y),
                    Layout::right_to_left(Align::Center),
                    |ui| {
                        ui.set_width(220.0);
                        ui.label(value)
                    },
                );
                ui.end_row();
            }
        });
}

/// Grid steps for the chart's money axis: [`axis_step`], the rule the paper's chart uses too,
/// with a finer and a coarser step for egui_plot to fade between.
fn money_grid_steps(input: egui_plot::GridInput) -> [f64; 3] {
    let step = axis_step((input.bounds.1 - input.bounds.0).abs().max(1.0));
    [step / 10.0, step, step * 10.0]
}

/// Bars of costs and savings by year, with the cumulative net saving as a line.
fn chart(ui: &mut Ui, summary: &FinanceSummary) {
    if summary
        .years
        .iter()
        .all(|y| y.costs == Money::ZERO && y.savings == Money::ZERO)
    {
        return;
    }
    let labels: Vec<String> = summary.years.iter().map(|y| y.label.clone()).collect();
    let bars = |offset: f64, value: fn(&crate::case::finance::YearTotals) -> Money| {
        summary
            .years
            .iter()
            .enumerate()
            .map(|(i, y)| Bar::new(i as f64 + offset, value(y).as_pounds_f64()).width(0.38))
            .collect::<Vec<_>>()
    };
    let costs = BarChart::new("Costs", bars(-0.2, |y| y.costs)).color(colour(palette::COSTS));
    let savings =
        BarChart::new("Savings", bars(0.2, |y| y.savings)).color(colour(palette::SAVINGS));
    let cumulative: PlotPoints<'_> = summary
        .years
        .iter()
        .enumerate()
        .map(|(i, y)| [i as f64, y.cumulative_net.as_pounds_f64()])
        .collect();
    let response = Plot::new("finance_chart")
        .height(220.0)
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
            plot.line(Line::new("Cumulative net saving", cumulative).color(CUMULATIVE));
        })
        .response;
    response.accessible_name("Chart of costs and savings by year");
    chart_key(ui);
}

/// The colour of the chart's cumulative net saving line.
const CUMULATIVE: egui::Color32 = egui::Color32::DARK_GRAY;

/// The chart's key, under it rather than over the bars (egui_plot's legend sits on the plot,
/// over the bars, and its entries are buttons that hide a series).
fn chart_key(ui: &mut Ui) {
    ui.horizontal_wrapped(|ui| {
        for (name, shade, bar) in [
            ("Costs", colour(palette::COSTS), true),
            ("Savings", colour(palette::SAVINGS), true),
            ("Cumulative net saving", CUMULATIVE, false),
        ] {
            let size = egui::vec2(14.0, 14.0);
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            if bar {
                ui.painter().rect_filled(rect, 2.0, shade);
            } else {
                ui.painter().hline(
                    rect.x_range(),
                    rect.center().y,
                    egui::Stroke::new(2.0, shade),
                );
            }
            ui.label(name);
            ui.add_space(12.0);
        }
    });
}
