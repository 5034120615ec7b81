//! The Finance step: the appraisal's settings, each option's costs and savings (one option at
//! a time, chosen with a picker), and the comparison a finance officer reads: every option's
//! net present value against business as usual, the sensitivity of the choice, and what each
//! force pays and saves year by year.
//!
//! Everything shown is worked out from the case each frame (`Finance::appraise` and friends);
//! for eight options of thirty lines over ten years that is well under a millisecond, so
//! nothing is cached and nothing can go stale.
//!
//! The step is laid out for a laptop 1024 points wide: the lines table keeps each line's
//! description and its button in place while the details and years scroll sideways between
//! them, and every other wide table scrolls sideways inside the page ([`Sideways`]).
//!
//! [`Sideways`]: crate::app::form::Sideways

mod comparison;
mod forces;
mod lines;
mod plans;
mod settings;

use egui::ComboBox;

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::case::finance::{ContingencySize, OwnRates, Prices};
use crate::case::options::{OptionKind, OptionStatus, Options};
use crate::case::{Anchor, Case, Step};
use crate::format::plural;

/// The Finance step, and what it keeps between frames.
#[derive(Debug, Default)]
pub struct FinanceStep {
    /// A shorter appraisal period the user asked for that would drop figures; the step asks
    /// before applying it.
    pending_years: Option<usize>,
    /// The option whose figures are being edited; the preferred option until the user picks
    /// another.
    option: Option<OptionKind>,
    /// Real or cash prices for each force's position.
    prices: Prices,
}

impl FinanceStep {
    /// The option being edited.
    pub fn option(&self, options: &Options) -> OptionKind {
        self.option.unwrap_or_else(|| default_option(options))
    }
}

/// The option the step opens on: the preferred one, else the first other option on the short
/// list, else business as usual.
fn default_option(options: &Options) -> OptionKind {
    options
        .preferred()
        .or_else(|| {
            options
                .appraisals
                .iter()
                .find(|(kind, a)| {
                    **kind != OptionKind::BusinessAsUsual && a.status == OptionStatus::Shortlisted
                })
                .map(|(kind, _)| *kind)
        })
        .unwrap_or(OptionKind::BusinessAsUsual)
}

impl WizardStep for FinanceStep {
    fn step(&self) -> Step {
        Step::Finance
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        let case = page.case;
        let appraisal = page.appraisal;
        if let Some(
            Anchor::FinanceOption(kind) | Anchor::OwnRates(kind) | Anchor::FinanceLine(kind, _),
        ) = form.asked()
        {
            self.option = Some(kind);
        }
        form.label(
            "Enter each shortlisted option's costs and savings year by year, in today's prices, \
             as changes from today's budgets. Business as usual's lines are what carrying on \
             would add (a refurbishment that falls due, an uplift that must be funded); every \
             other option is appraised against it.",
        );
        form.add_space(8.0);
        form.heading("Appraisal settings");
        settings::period(form, &mut case.finance, &mut self.pending_years);
        settings::rates(form, &mut case.finance);
        form.add_space(12.0);

        form.heading("Each option's figures");
        let kind = self.option(&case.options);
        if let Some(picked) = option_picker(form, case, kind) {
            self.option = Some(picked);
        }
        let kind = self.option(&case.options);
        lines::option_figures(form, case, appraisal, kind);
        own_rates(form, case, kind);
        let unpriced = &mut case.finance.option_mut(kind).unpriced_benefits;
        form.text_area(
            &format!("{}: benefits that cannot be priced", kind.label()),
            "For example: faster armed response on the strategic road network; resilience when officers are away on mutual aid.",
            unpriced,
            None,
        );
        contingency(form, case, kind);
        form.add_space(12.0);

        form.heading("Comparison of the options");
        comparison::show(form, case, appraisal);
        form.add_space(12.0);

        form.heading("Each force's position");
        forces::show(form, case, kind, &mut self.prices);
        form.add_space(12.0);

        form.heading("Each force's medium-term financial plan");
        plans::show(form, case);
        form.add_space(12.0);
        form.text_area(
            "Notes on assumptions, funding and affordability",
            "For example: prices are at 2026/27 levels; one-off costs are funded from reserves.",
            &mut case.finance.notes,
            None,
        );
    }
}

/// The option's contingency: none, an amount or a percentage of its costs, and its basis.
fn contingency(form: &mut Form<'_>, case: &mut Case, kind: OptionKind) {
    let contingency = &mut case.finance.option_mut(kind).contingency;
    let mut size = contingency.size.kind();
    form.enum_combo(
        &format!("{}: contingency", kind.label()),
        &mut size,
        Anchor::FinanceOption(kind),
    );
    contingency.size.set_kind(size);
    match &mut contingency.size {
        ContingencySize::None => return,
        ContingencySize::Amount(amount) => {
            form.number_field("Contingency over the period", amount, None);
        }
        ContingencySize::ShareOfCosts(share) => {
            form.number_field("Contingency as a percentage of costs", share, None);
        }
    }
    form.text_field("Basis of the contingency", &mut contingency.basis, None);
}

/// The option picker: every option with its status and how many lines it has. Returns the
/// option the user picked.
fn option_picker(form: &mut Form<'_>, case: &Case, current: OptionKind) -> Option<OptionKind> {
    let describe = |kind: OptionKind| {
        let status = case
            .options
            .appraisals
            .get(&kind)
            .map_or(OptionStatus::default(), |a| a.status);
        format!(
            "{} ({}, {})",
            kind.label(),
            status.label().to_lowercase(),
            plural(case.finance.option(kind).lines.len(), "line")
        )
    };
    let mut picked = None;
    form.horizontal_wrapped(|form| {
        let label = form.label("Option to edit");
        let width = (form.available_width() - 16.0).clamp(200.0, 420.0);
        let response = ComboBox::from_id_salt("finance option picker")
            .selected_text(describe(current))
            .width(width)
            .show_ui(form, |ui| {
                for kind in OptionKind::ALL {
                    if ui
                        .selectable_label(kind == current, describe(kind))
                        .clicked()
                        && kind != current
                    {
                        picked = Some(kind);
                    }
                }
            })
            .response;
        crate::app::access::drop_down(form.ctx(), &response, Some("Option to edit"));
        response.labelled_by(label.id);
    });
    picked
}

/// Whether the option uses the case's rates or its own, and why.
fn own_rates(form: &mut Form<'_>, case: &mut Case, kind: OptionKind) {
    let finance = &mut case.finance;
    let (case_rates, case_adjustment) =
        (finance.optimism_rates.clone(), finance.savings_adjustment);
    let name = kind.label();
    let figures = finance.option_mut(kind);
    let mut own = figures.own_rates.is_some();
    let label = format!("Give {name} optimism-bias rates of its own");
    let anchor = (!own).then_some(Anchor::OwnRates(kind));
    if form
        .field(anchor, |ui| ui.checkbox(&mut own, label))
        .changed()
    {
        figures.own_rates = own.then(|| OwnRates {
            optimism_rates: case_rates.clone(),
            savings_adjustment: case_adjustment,
            reason: String::new(),
        });
    }
    let Some(rates) = &mut figures.own_rates else {
        form.weak("It uses the case's rates, as every option should unless there is a reason.");
        return;
    };
    form.indent(("own rates", kind), |form| {
        settings::rate_grid(
            form,
            ("own rates grid", kind),
            &format!("{name} "),
            &mut rates.optimism_rates,
            None,
        );
        form.number_field(
            &format!("{name}: adjustment on savings"),
            &mut rates.savings_adjustment,
            None,
        );
        form.text_area(
            &format!("{name}: why its rates differ"),
            "A fair comparison treats options alike: say what evidence justifies treating this one differently.",
            &mut rates.reason,
            Anchor::OwnRates(kind),
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_step_opens_on_the_preferred_option() {
        let mut options = Options::default();
        assert_eq!(default_option(&options), OptionKind::BusinessAsUsual);
        options
            .appraisals
            .get_mut(&OptionKind::JointVenture)
            .expect("present")
            .status = OptionStatus::Shortlisted;
        assert_eq!(default_option(&options), OptionKind::JointVenture);
        options.set_preferred(OptionKind::LeadForce);
        assert_eq!(default_option(&options), OptionKind::LeadForce);
    }
}
