//! The appraisal's settings: the period, the discount and inflation rates, the split, and
//! optimism bias by category with the Green Book's bounds beside each rate.

use egui::{CollapsingHeader, DragValue, Grid};

use crate::app::form::Form;
use crate::app::widgets::{self, PERCENT_WIDTH};
use crate::case::Anchor;
use crate::case::finance::limits::FIRST_YEARS;
use crate::case::finance::{
    Finance, GREEN_BOOK_DISCOUNT_RATE, MAX_YEARS, OptimismCategory, OptimismRates, SavingsShare,
    SplitMethod,
};
use crate::format::plural;

/// The agreement terms the field offers, in years (0: not known).
const AGREEMENT_YEARS: std::ops::RangeInclusive<usize> = 0..=99;

/// The asset lives the field offers, in years (0: not given).
const ASSET_LIFE_YEARS: std::ops::RangeInclusive<u32> = 0..=100;

/// First year and number of years. Shortening that would lose figures asks first.
pub(super) fn period(
    form: &mut Form<'_>,
    finance: &mut Finance,
    pending_years: &mut Option<usize>,
) {
    form.horizontal_wrapped(|form| {
        let label = form.label("First financial year starts in");
        form.field(Anchor::FirstYear, |ui| {
            ui.add(
                DragValue::new(&mut finance.first_year)
                    .range(FIRST_YEARS)
                    // A year outside the range is left as it is and reported, not silently moved.
                    .clamp_existing_to_range(false),
            )
            .labelled_by(label.id)
        });
        form.weak(format!("(year 1 is {})", finance.year_label(0)));
    });
    form.horizontal(|form| {
        let label = form.label("Years in the appraisal");
        let mut years = pending_years.unwrap_or(finance.years);
        let response = form
            .add(
                DragValue::new(&mut years)
                    .range(1..=MAX_YEARS)
                    .clamp_existing_to_range(false),
            )
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

/// The discount rate, inflation, the split, and optimism bias.
pub(super) fn rates(form: &mut Form<'_>, finance: &mut Finance) {
    form.horizontal_wrapped(|form| {
        form.number_field(
            "Discount rate a year",
            &mut finance.discount_rate,
            Anchor::DiscountRate,
        );
        if finance.discount_rate != GREEN_BOOK_DISCOUNT_RATE
            && form
                .button(format!(
                    "Use the Green Book rate ({GREEN_BOOK_DISCOUNT_RATE})"
                ))
                .clicked()
        {
            finance.discount_rate = GREEN_BOOK_DISCOUNT_RATE;
        }
    });
    form.number_field(
        "Non-pay inflation a year (for cash prices)",
        &mut finance.inflation,
        Anchor::Inflation,
    );
    form.number_field(
        "Pay inflation a year (on lines marked pay)",
        &mut finance.pay_inflation,
        Anchor::Inflation,
    );
    form.horizontal(|form| {
        let label = form.label("Agreement term in years (0 if not known)");
        // A term outside the range (from a hand-edited file) is kept and shown as such, not
        // pulled into the range as soon as it is drawn.
        form.add(
            DragValue::new(&mut finance.agreement_years)
                .range(AGREEMENT_YEARS)
                .clamp_existing_to_range(false),
        )
        .labelled_by(label.id);
        if !AGREEMENT_YEARS.contains(&finance.agreement_years) {
            let (low, high) = AGREEMENT_YEARS.into_inner();
            widgets::error_line(
                form,
                format!(
                    "{} — outside {low} to {high} years",
                    finance.agreement_years
                ),
            );
        }
    });
    form.strong("Capital funded by borrowing");
    form.enum_combo(
        "Minimum revenue provision method",
        &mut finance.capital_financing.method,
        Anchor::CapitalFinancing,
    );
    form.horizontal(|form| {
        let label = form.label("Asset life in years (for the provision)");
        let life = &mut finance.capital_financing.asset_life_years;
        form.add(
            DragValue::new(life)
                .range(ASSET_LIFE_YEARS)
                .clamp_existing_to_range(false),
        )
        .labelled_by(label.id);
        if !ASSET_LIFE_YEARS.contains(life) {
            let (low, high) = ASSET_LIFE_YEARS.into_inner();
            let life = *life;
            widgets::error_line(form, format!("{life} — outside {low} to {high} years"));
        }
    });
    form.number_field(
        "Interest rate a year on the borrowing",
        &mut finance.capital_financing.interest_rate,
        None,
    );
    form.weak(
        "Used only for capital lines funded by borrowing: the financial case shows the provision and interest each year, the revenue cost of the borrowing.",
    );
    form.text_area(
        "Sunk costs left out",
        "For example: the £120,000 feasibility study already spent, which no option can change.",
        &mut finance.sunk_costs,
        None,
    );
    form.enum_combo("Split method", &mut finance.split, Anchor::SplitMethod);
    form.enum_combo("Savings", &mut finance.savings_share, None);
    form.weak(match finance.split {
        SplitMethod::ByRevenueBudget => {
            "Costs are shared in proportion to each force's annual revenue budget (set on the \
             Front sheet and partners step), the usual basis."
        }
        SplitMethod::Equal => "Costs are shared equally.",
        SplitMethod::Custom => {
            "Enter each force's agreed percentage under Each force's position; together they \
             must make 100%."
        }
    });
    form.weak(match finance.savings_share {
        SavingsShare::BySplit => "Savings are shared the same way, through balancing payments.",
        SavingsShare::WhereTheyFall => {
            "Each saving stays with the force it falls in; balancing payments settle costs only."
        }
    });
    let asked = matches!(
        form.asked(),
        Some(Anchor::OptimismRate(_) | Anchor::SavingsAdjustment)
    );
    let mut header = CollapsingHeader::new("Optimism bias and the adjustment on savings")
        .id_salt("finance optimism bias")
        .default_open(true);
    if asked {
        header = header.open(Some(true));
    }
    form.inside(header, |form| {
        form.weak(
            "The Green Book uplifts each cost by a rate for its kind: start at the upper bound \
             and come down only as evidence firms up. The same rates apply to every option \
             unless an option records why it differs. They apply to present values, not to the \
             cash figures.",
        );
        rate_grid(
            form,
            "case optimism rates",
            "",
            &mut finance.optimism_rates,
            Some(Anchor::OptimismRate),
        );
        form.number_field(
            "Adjustment on savings",
            &mut finance.savings_adjustment,
            Anchor::SavingsAdjustment,
        );
        form.weak(
            "Reduces every option's savings in the appraisal, because savings are optimistic too.",
        );
    });
}

/// Each category's rate with the Green Book's bounds and buttons to take either. `prefix`
/// goes before each field's name ("Lead force "), so an option's own rates are told apart.
pub(super) fn rate_grid(
    form: &mut Form<'_>,
    id_salt: impl egui::AsIdSalt + Copy,
    prefix: &str,
    rates: &mut OptimismRates,
    anchor: Option<fn(OptimismCategory) -> Anchor>,
) {
    let grid = Grid::new(("rate grid", id_salt))
        .striped(true)
        .spacing([12.0, 4.0]);
    form.inside(grid, |form| {
        for header in ["Category", "Uplift", "Green Book range", ""] {
            form.strong(header);
        }
        form.end_row();
        for category in OptimismCategory::ALL {
            let name = category.label();
            form.label(name);
            let rate = rates.rate_mut(category);
            form.sized(PERCENT_WIDTH, |form| {
                form.number_cell(
                    ("optimism rate", prefix.to_owned(), category),
                    &format!("{prefix}{name} optimism bias"),
                    rate,
                    anchor.map(|anchor| anchor(category)),
                )
            });
            match category.bounds() {
                Some(bounds) => {
                    form.label(format!("{} to {}", bounds.lower, bounds.upper))
                        .on_hover_text(format!("Of {}", category.applies_to()));
                    form.horizontal(|form| {
                        for (word, bound) in [("lower", bounds.lower), ("upper", bounds.upper)] {
                            let button = egui::Button::new(crate::format::capitalised(word));
                            if form
                                .add_enabled(*rate != bound, button)
                                .on_hover_text(format!("Use the {word} bound, {bound}"))
                                .accessible_name(format!("{prefix}{name}: use the {word} bound"))
                                .clicked()
                            {
                                *rate = bound;
                            }
                        }
                    });
                }
                None => {
                    form.weak("Set by the case");
                    form.label("");
                }
            }
            form.end_row();
        }
    });
}
