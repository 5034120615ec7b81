//! The Finance step: costs and savings year by year, how they are shared between the forces,
//! each force's own net position, and the Green Book measures (NPV, benefit–cost ratio,
//! payback) with a chart of costs and savings.
//!
//! Everything shown is derived from the case with `Finance::summarise` each frame; for a
//! ten-year case with a few dozen lines that is microseconds, so nothing is cached.

use egui::{Align, Color32, Grid, Layout, RichText, ScrollArea, Ui};
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints};

use crate::app::widgets::{self, CellKind};
use crate::case::finance::{
    FinanceLine, FinanceSummary, FlowKind, GREEN_BOOK_DISCOUNT_RATE, MAX_YEARS, Payback,
    Recurrence, SplitMethod,
};
use crate::case::partners::Force;
use crate::case::{Anchor, Case, Money, Percent, Step};

use super::focus_here;

/// The colour for savings and gains in tables and the chart.
const GAIN_COLOUR: Color32 = Color32::from_rgb(0x1B, 0x6E, 0x3A);
/// The colour for costs in the chart.
const COST_COLOUR: Color32 = Color32::from_rgb(0xB5, 0x4A, 0x1F);

/// The Finance step's own UI state.
#[derive(Default)]
pub struct State {
    /// A shorter appraisal period the user asked for that would drop figures; the step asks
    /// before applying it.
    pending_years: Option<usize>,
}

/// Draws the Finance step.
pub fn show(ui: &mut Ui, case: &mut Case, state: &mut State, focus: &mut Option<Anchor>) {
    ui.label(
        "Enter the costs and savings of the preferred option year by year, in today's prices. \
         The app works out each force's share, the net present value and the payback year.",
    );
    ui.add_space(8.0);
    period(ui, case, state);
    ui.add_space(8.0);
    ui.heading("Costs and savings");
    lines_grid(ui, case, focus);
    ui.add_space(12.0);

    let summary = case.finance.summarise(&case.partners.forces);
    ui.heading("How costs and savings are shared");
    split(ui, case, &summary, focus);
    ui.add_space(12.0);

    ui.heading("Appraisal");
    rates(ui, case, focus);
    ui.add_space(4.0);
    // The rates may just have changed; the summary must match what is on screen.
    let summary = case.finance.summarise(&case.partners.forces);
    measures(ui, &summary);
    ui.add_space(8.0);
    chart(ui, &summary);
    ui.add_space(8.0);
    widgets::text_area(
        ui,
        "Notes on assumptions, funding and affordability",
        "For example: prices are at 2026/27 levels; one-off costs are funded from reserves.",
        &mut case.finance.notes,
    );

    if focus.is_some_and(|anchor| anchor.step() == Step::Finance) {
        // The field it pointed at no longer exists (a removed line): nothing to show.
        *focus = None;
    }
}

/// First year and number of years. Shortening that would lose figures asks first.
fn period(ui: &mut Ui, case: &mut Case, state: &mut State) {
    let finance = &mut case.finance;
    ui.horizontal(|ui| {
        let label = ui.label("First financial year starts in");
        ui.add(egui::DragValue::new(&mut finance.first_year).range(2000..=2100))
            .labelled_by(label.id);
        ui.weak(format!("(year 1 is {})", finance.year_label(0)));
        ui.add_space(16.0);
        let label = ui.label("Years in the appraisal");
        let mut years = state.pending_years.unwrap_or(finance.years);
        let response = ui
            .add(egui::DragValue::new(&mut years).range(1..=MAX_YEARS))
            .labelled_by(label.id);
        if response.changed() {
            if years >= finance.years || figures_lost(&finance.lines, years) == 0 {
                finance.set_years(years);
                state.pending_years = None;
            } else {
                state.pending_years = Some(years);
            }
        }
    });
    if let Some(years) = state.pending_years {
        let lost = figures_lost(&finance.lines, years);
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                widgets::ERROR_COLOUR,
                format!(
                    "Shortening to {years} years would remove {lost} figure{} entered for {} onwards.",
                    if lost == 1 { "" } else { "s" },
                    finance.year_label(years)
                ),
            );
            if ui.button(format!("Shorten to {years} years")).clicked() {
                finance.set_years(years);
                state.pending_years = None;
            }
            if ui.button(format!("Keep {} years", finance.years)).clicked() {
                state.pending_years = None;
            }
        });
    }
}

/// How many non-zero amounts lie beyond the first `years` years.
fn figures_lost(lines: &[FinanceLine], years: usize) -> usize {
    lines
        .iter()
        .flat_map(|line| line.amounts.iter().skip(years))
        .filter(|amount| **amount != Money::ZERO)
        .count()
}

/// What the user asked to do to a line from its row's buttons, applied after the grid.
enum LineAction {
    Up(usize),
    Down(usize),
    Remove(usize),
}

/// The year-by-year grid of cost and saving lines, with totals per year underneath.
fn lines_grid(ui: &mut Ui, case: &mut Case, focus: &mut Option<Anchor>) {
    let finance = &mut case.finance;
    let years = finance.years;
    let labels: Vec<String> = (0..years).map(|y| finance.year_label(y)).collect();
    let mut action = None;
    let mut unreadable = 0;
    if finance.lines.is_empty() {
        widgets::empty_state(
            ui,
            "No costs or savings yet. Add a line for each cost (posts, ICT, set-up) and each \
             saving (posts no longer needed, contracts ended).",
        );
    } else {
        ScrollArea::horizontal()
            .id_salt("finance_lines")
            .show(ui, |ui| {
                Grid::new("finance_lines_grid")
                    .striped(true)
                    .spacing([6.0, 4.0])
                    .show(ui, |ui| {
                        ui.strong("Description");
                        ui.strong("Cost or saving");
                        ui.strong("One-off or recurring");
                        for label in &labels {
                            ui.strong(label);
                        }
                        ui.strong("Total");
                        ui.label("");
                        ui.end_row();
                        let count = finance.lines.len();
                        for (i, line) in finance.lines.iter_mut().enumerate() {
                            let n = i + 1;
                            let response = widgets::text_cell(
                                ui,
                                &format!("Line {n} description"),
                                &mut line.label,
                                180.0,
                            );
                            focus_here(&response, focus, Anchor::FinanceLine(i));
                            widgets::enum_cell(
                                ui,
                                ("finance_kind", i),
                                &format!("Line {n} cost or saving"),
                                &mut line.kind,
                                &FlowKind::ALL,
                                FlowKind::label,
                                80.0,
                            );
                            widgets::enum_cell(
                                ui,
                                ("finance_recurrence", i),
                                &format!("Line {n} one-off or recurring"),
                                &mut line.recurrence,
                                &Recurrence::ALL,
                                Recurrence::label,
                                90.0,
                            );
                            line.amounts.resize(years, Money::ZERO);
                            for (year, label) in labels.iter().enumerate() {
                                let cell = widgets::money_cell(
                                    ui,
                                    ("finance_amount", i, year),
                                    &format!("Line {n} {label}"),
                                    &mut line.amounts[year],
                                );
                                unreadable += usize::from(cell.invalid);
                            }
                            ui.label(line.total().whole_pounds());
                            ui.horizontal(|ui| {
                                if ui
                                    .add_enabled(i > 0, egui::Button::new("Up"))
                                    .accessible_name(format!("Move line {n} up"))
                                    .clicked()
                                {
                                    action = Some(LineAction::Up(i));
                                }
                                if ui
                                    .add_enabled(i + 1 < count, egui::Button::new("Down"))
                                    .accessible_name(format!("Move line {n} down"))
                                    .clicked()
                                {
                                    action = Some(LineAction::Down(i));
                                }
                                if ui
                                    .button("Remove")
                                    .accessible_name(format!("Remove line {n}"))
                                    .clicked()
                                {
                                    action = Some(LineAction::Remove(i));
                                }
                            });
                            ui.end_row();
                        }
                        year_total_rows(ui, finance.lines.as_slice(), years);
                    });
            });
    }
    if unreadable > 0 {
        ui.colored_label(
            widgets::ERROR_COLOUR,
            if unreadable == 1 {
                "1 amount outlined in red cannot be read, so it is not counted: type pounds, \
                 e.g. 125000 or £1,250.50."
                    .to_owned()
            } else {
                format!(
                    "{unreadable} amounts outlined in red cannot be read, so they are not \
                     counted: type pounds, e.g. 125000 or £1,250.50."
                )
            },
        );
    }
    let lines = &mut finance.lines;
    // Text still being typed, or left unreadable, moves with its line.
    let ctx = ui.ctx().clone();
    let cell = |row: usize, year: usize| ("finance_amount", row, year);
    match action {
        Some(LineAction::Up(i)) => {
            lines.swap(i, i - 1);
            for year in 0..years {
                widgets::swap_cell_text(&ctx, CellKind::Money, cell(i, year), cell(i - 1, year));
            }
        }
        Some(LineAction::Down(i)) => {
            lines.swap(i, i + 1);
            for year in 0..years {
                widgets::swap_cell_text(&ctx, CellKind::Money, cell(i, year), cell(i + 1, year));
            }
        }
        Some(LineAction::Remove(i)) => {
            for year in 0..years {
                widgets::remove_row_cell_text(&ctx, CellKind::Money, i, lines.len(), |row| {
                    cell(row, year)
                });
            }
            lines.remove(i);
        }
        None => {}
    }
    ui.horizontal(|ui| {
        for kind in FlowKind::ALL {
            let response = ui.button(format!("Add {} line", kind.label().to_lowercase()));
            if kind == FlowKind::Cost {
                focus_here(&response, focus, Anchor::FinanceLines);
            }
            if response.clicked() {
                lines.push(FinanceLine {
                    kind,
                    amounts: vec![Money::ZERO; years],
                    ..FinanceLine::default()
                });
            }
        }
    });
}

/// The "costs in year" and "savings in year" rows under the grid.
fn year_total_rows(ui: &mut Ui, lines: &[FinanceLine], years: usize) {
    for (title, kind) in [
        ("Costs in year", FlowKind::Cost),
        ("Savings in year", FlowKind::Saving),
    ] {
        ui.strong(title);
        ui.label("");
        ui.label("");
        let mut total = Money::ZERO;
        for year in 0..years {
            let sum: Money = lines
                .iter()
                .filter(|line| line.kind == kind)
                .map(|line| line.amount(year))
                .sum();
            total += sum;
            ui.label(sum.whole_pounds());
        }
        ui.strong(total.whole_pounds());
        ui.end_row();
    }
}

/// The split method, custom percentages and each force's position.
fn split(ui: &mut Ui, case: &mut Case, summary: &FinanceSummary, focus: &mut Option<Anchor>) {
    let response = widgets::enum_combo(
        ui,
        "Split method",
        &mut case.finance.split,
        &SplitMethod::ALL,
        SplitMethod::label,
    );
    focus_here(&response, focus, Anchor::SplitMethod);
    ui.weak(match case.finance.split {
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
            ui,
            "Add the forces on the Front sheet and partners step to see what each one pays and gains.",
        );
        return;
    }
    let custom = case.finance.split == SplitMethod::Custom;
    Grid::new("finance_partners_grid")
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for heading in [
                "Force",
                "Share",
                "Pays (costs)",
                "Gains (savings)",
                "Net position",
            ] {
                ui.strong(heading);
            }
            ui.end_row();
            for (i, force) in forces.iter_mut().enumerate() {
                let name = force_name(force, i);
                ui.label(&name);
                let position = summary.partners.get(i);
                if custom {
                    widgets::percent_cell(
                        ui,
                        ("finance_custom_share", i),
                        &format!("{name} agreed share"),
                        &mut force.custom_share,
                    );
                } else {
                    ui.label(position.map_or("–".to_owned(), |p| p.share.to_string()));
                }
                match position {
                    Some(p) => {
                        ui.label(p.contribution.whole_pounds());
                        ui.colored_label(GAIN_COLOUR, p.savings.whole_pounds());
                        net_label(ui, p.net);
                    }
                    None => {
                        ui.label("–");
                        ui.label("–");
                        ui.label("–");
                    }
                }
                ui.end_row();
            }
            ui.strong("All forces");
            if custom {
                let total: u32 = forces.iter().map(|f| f.custom_share.basis_points()).sum();
                let total = Percent(total);
                if total == Percent::WHOLE {
                    ui.colored_label(GAIN_COLOUR, format!("{total} in total"));
                } else {
                    ui.colored_label(
                        widgets::ERROR_COLOUR,
                        format!("{total} in total (must be 100%)"),
                    );
                }
            } else {
                ui.label("100%");
            }
            ui.strong(summary.total_costs.whole_pounds());
            ui.strong(summary.total_savings.whole_pounds());
            net_label(ui, summary.total_net);
            ui.end_row();
        });
    if summary.partners.is_empty() {
        ui.colored_label(
            widgets::ERROR_COLOUR,
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

fn force_name(force: &Force, index: usize) -> String {
    let name = force.name.trim();
    if name.is_empty() {
        format!("Force {}", index + 1)
    } else {
        name.to_owned()
    }
}

/// A net figure in words a committee reads at a glance: a gain in green, a net contribution
/// in red.
fn net_label(ui: &mut Ui, net: Money) {
    if net >= Money::ZERO {
        ui.colored_label(GAIN_COLOUR, format!("{} net gain", net.whole_pounds()));
    } else {
        ui.colored_label(
            widgets::ERROR_COLOUR,
            format!("{} net cost", (-net).whole_pounds()),
        );
    }
}

/// Discount rate and optimism bias, both editable because Green Book revisions change them.
fn rates(ui: &mut Ui, case: &mut Case, focus: &mut Option<Anchor>) {
    let finance = &mut case.finance;
    ui.horizontal(|ui| {
        let field = widgets::percent_field(ui, "Discount rate a year", &mut finance.discount_rate);
        focus_here(&field.response, focus, Anchor::DiscountRate);
        if finance.discount_rate != GREEN_BOOK_DISCOUNT_RATE
            && ui
                .button(format!(
                    "Use the Green Book rate ({GREEN_BOOK_DISCOUNT_RATE})"
                ))
                .clicked()
        {
            finance.discount_rate = GREEN_BOOK_DISCOUNT_RATE;
        }
    });
    let field = widgets::percent_field(
        ui,
        "Optimism bias uplift on costs",
        &mut finance.optimism_bias,
    );
    focus_here(&field.response, focus, Anchor::OptimismBias);
    ui.weak(
        "The Green Book adds an uplift to costs because appraisals tend to understate them; \
         it applies to present values, not to the cash figures above.",
    );
}

/// Totals, present values, NPV, benefit–cost ratio and payback.
fn measures(ui: &mut Ui, summary: &FinanceSummary) {
    let npv_colour = if summary.npv >= Money::ZERO {
        GAIN_COLOUR
    } else {
        widgets::ERROR_COLOUR
    };
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

/// Amounts on the chart's axis, short enough to fit: "£1.5m", "£250k".
fn compact_pounds(pounds: f64) -> String {
    let sign = if pounds < 0.0 { "-" } else { "" };
    let size = pounds.abs();
    if size >= 1_000_000.0 {
        format!("{sign}£{:.1}m", size / 1_000_000.0)
    } else if size >= 1_000.0 {
        format!("{sign}£{:.0}k", size / 1_000.0)
    } else {
        format!("{sign}£{size:.0}")
    }
}

/// Grid steps of 1, 2 or 5 times a power of ten, about five to the chart's height, so the axis
/// always carries a few amounts.
fn money_grid_steps(input: egui_plot::GridInput) -> [f64; 3] {
    let span = (input.bounds.1 - input.bounds.0).abs().max(1.0);
    let rough = span / 5.0;
    let base = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|multiple| multiple * base)
        .find(|step| *step >= rough)
        .unwrap_or(base * 10.0);
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
    let costs = BarChart::new("Costs", bars(-0.2, |y| y.costs)).color(COST_COLOUR);
    let savings = BarChart::new("Savings", bars(0.2, |y| y.savings)).color(GAIN_COLOUR);
    let cumulative: PlotPoints<'_> = summary
        .years
        .iter()
        .enumerate()
        .map(|(i, y)| [i as f64, y.cumulative_net.as_pounds_f64()])
        .collect();
    let response = Plot::new("finance_chart")
        .height(220.0)
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
        .y_axis_formatter(|mark, _| compact_pounds(mark.value))
        .y_axis_min_width(60.0)
        .show(ui, |plot| {
            plot.bar_chart(costs);
            plot.bar_chart(savings);
            plot.line(Line::new("Cumulative net saving", cumulative).color(Color32::DARK_GRAY));
        })
        .response;
    response.accessible_name("Chart of costs and savings by year");
}
