//! Each force's position for the option being edited: its share (agreed here when the split
//! is custom), what falls in it, the balancing payments, its net over the period, and each
//! year in real or cash prices, so that each partner sees its own net position and a net
//! contributor shows.

use egui::{CollapsingHeader, Grid, ScrollArea, Ui};

use super::lines::GAIN;
use crate::app::form::{Form, Sideways};
use crate::app::widgets::{self, PERCENT_WIDTH};
use crate::case::finance::{ForcePositions, Parts, Prices, SplitMethod};
use crate::case::options::OptionKind;
use crate::case::{Case, Money, Percent};

/// The table of every force and, under it, each force year by year.
pub(super) fn show(form: &mut Form<'_>, case: &mut Case, kind: OptionKind, prices: &mut Prices) {
    if case.partners.forces.is_empty() {
        widgets::empty_state(
            form,
            "Add the forces on the Front sheet and partners step to see what each one pays and saves.",
        );
        return;
    }
    form.horizontal_wrapped(|form| {
        form.label(format!("For {}, in", kind.label().to_lowercase()));
        form.enum_combo("Prices", prices, None);
    });
    let positions = case
        .finance
        .force_positions(kind, &case.partners.forces, *prices);
    let positions = match positions {
        Ok(positions) => positions,
        Err(error) => {
            widgets::error_line(form, crate::format::capitalised(&error.to_string()));
            None
        }
    };
    let custom = case.finance.split == SplitMethod::Custom;
    let area = ScrollArea::horizontal()
        .id_salt("finance forces scroll")
        .auto_shrink([false, true]);
    let forces = &mut case.partners.forces;
    form.inside(Sideways(area), |form| {
        let grid = Grid::new("finance forces")
            .striped(true)
            .spacing([14.0, 4.0]);
        form.inside(grid, |form| {
            for heading in [
                "Force",
                "Share",
                "Costs where they fall",
                "Savings where they fall",
                "Balancing payments",
                "Net position",
            ] {
                form.strong(heading);
            }
            form.end_row();
            for (i, force) in forces.iter_mut().enumerate() {
                let name = force.display_name(i);
                form.label(&name);
                let position = positions.as_ref().and_then(|p| p.forces.get(i));
                if custom {
                    form.sized(PERCENT_WIDTH, |form| {
                        form.number_cell(
                            ("finance custom share", i),
                            &format!("{name} agreed share"),
                            &mut force.custom_share,
                            None,
                        )
                    });
                } else {
                    form.label(position.map_or("–".to_owned(), |p| p.share.to_string()));
                }
                match position {
                    Some(position) => totals(form, &position.total),
                    None => {
                        for _ in 0..4 {
                            form.label("–");
                        }
                    }
                }
                form.end_row();
            }
            form.strong("All forces");
            if custom {
                let total: u32 = forces.iter().map(|f| f.custom_share.basis_points()).sum();
                let total = Percent(total);
                if total == Percent::WHOLE {
                    form.colored_label(GAIN, format!("{total} in total"));
                } else {
                    widgets::error_line(form, format!("{total} in total (must be 100%)"));
                }
            } else {
                form.label("100%");
            }
            if let Some(positions) = &positions {
                totals(form, &positions.total);
            }
            form.end_row();
        });
    });
    let Some(positions) = positions else {
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
        return;
    };
    form.weak(
        "Costs and savings are counted where they fall; balancing payments (received positive, \
         made negative) then bring each force to the agreed split. Non-cash-releasing savings \
         are left out: no force can take them out of its budget.",
    );
    for position in positions.forces.iter().filter(|p| p.is_net_contributor()) {
        widgets::error_line(
            form,
            format!(
                "{} is a net contributor: over the period it pays {} more than it saves.",
                position.force,
                (-position.total.net).whole_pounds()
            ),
        );
    }
    by_year(form, case, &positions);
}

/// Costs, savings, balancing payments and the net, for one row of the table.
fn totals(ui: &mut Ui, parts: &Parts) {
    ui.label(parts.costs.whole_pounds());
    ui.colored_label(GAIN, parts.savings.whole_pounds());
    ui.label(parts.balancing.whole_pounds());
    net_label(ui, parts.net);
}

/// A net figure in words a committee reads at a glance: a gain in green, a net contribution
/// in red.
fn net_label(ui: &mut Ui, net: Money) {
    if net >= Money::ZERO {
        ui.colored_label(GAIN, format!("{} net gain", net.whole_pounds()));
    } else {
        widgets::error_line(ui, format!("{} net cost", (-net).whole_pounds()));
    }
}

/// Each force's figures year by year, one collapsible table each.
fn by_year(form: &mut Form<'_>, case: &Case, positions: &ForcePositions) {
    for (i, position) in positions.forces.iter().enumerate() {
        let name = case
            .partners
            .forces
            .get(i)
            .map_or_else(|| position.force.clone(), |force| force.display_name(i));
        let header = CollapsingHeader::new(format!("{name} year by year"))
            .id_salt(("finance force years", i));
        form.inside(header, |form| {
            let area = ScrollArea::horizontal()
                .id_salt(("finance force years scroll", i))
                .auto_shrink([false, true]);
            form.inside(Sideways(area), |form| {
                let grid = Grid::new(("finance force years grid", i))
                    .striped(true)
                    .spacing([14.0, 4.0]);
                form.inside(grid, |form| {
                    for heading in [
                        "Year",
                        "Capital costs",
                        "Revenue costs",
                        "Savings",
                        "Balancing payment",
                        "Net",
                    ] {
                        form.strong(heading);
                    }
                    form.end_row();
                    for (year, parts) in position.years.iter().enumerate() {
                        form.label(case.finance.year_label(year));
                        form.label(parts.capital_costs.whole_pounds());
                        form.label(parts.revenue_costs.whole_pounds());
                        form.label(parts.savings.whole_pounds());
                        form.label(parts.balancing.whole_pounds());
                        form.label(parts.net.whole_pounds());
                        form.end_row();
                    }
                });
            });
        });
    }
}
