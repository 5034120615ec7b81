//! The Commercial case step: the route by which the arrangement is made, the payment
//! mechanism, the term, the allocation of risk, and exit and stranded costs.

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::app::widgets;
use crate::case::commercial::Commercial;
use crate::case::law;
use crate::case::options::OptionKind;
use crate::case::validate::CommercialField as F;
use crate::case::{Anchor, Step};
use crate::format::and_list;

/// The Commercial case step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct CommercialStep;

impl WizardStep for CommercialStep {
    fn step(&self) -> Step {
        Step::Commercial
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        let case = page.case;
        form.label(
            "How the arrangement is made and run as a deal: the legal route, how it is paid \
             for, how long it lasts, who carries which risk and how it ends.",
        );
        let requiring: Vec<String> = Commercial::requiring_options(&case.options)
            .map(|kind: OptionKind| kind.label().to_lowercase())
            .collect();
        if requiring.is_empty() {
            form.weak(
                "Needed in every outline and full business case; a strategic outline case may \
                 leave what is not yet known.",
            );
        } else {
            widgets::error_line(
                form,
                format!(
                    "Required: {} {} in contention on the Options step.",
                    and_list(&requiring),
                    if requiring.len() == 1 { "is" } else { "are" }
                ),
            );
        }
        form.add_space(8.0);
        let Commercial {
            route,
            route_reason,
            procurement,
            procurement_reasoning,
            payment_mechanism,
            term,
            risk_allocation,
            exit_and_stranded_costs,
        } = &mut case.commercial;
        form.enum_combo("Commercial route", route, Anchor::Commercial(F::Route));
        form.weak(route.basis());
        form.text_area(
            "Why this route",
            "Why it is lawful, and why it is the right route for this collaboration",
            route_reason,
            Anchor::Commercial(F::RouteReason),
        );
        form.enum_combo(
            "Procurement position",
            procurement,
            Anchor::Commercial(F::Procurement),
        );
        form.weak(law::PROCUREMENT.text);
        form.text_area(
            "Procurement reasoning",
            "The contract value against the threshold, or how each condition of the Schedule 2 exemption is met, or the procedure and when it began",
            procurement_reasoning,
            Anchor::Commercial(F::ProcurementReasoning),
        );
        form.text_area(
            "Payment mechanism",
            "Contributions in the agreed shares, a unit price, a fixed fee; how and when payments are adjusted",
            payment_mechanism,
            Anchor::Commercial(F::PaymentMechanism),
        );
        form.text_area(
            "Term",
            "How long it runs, with break points, reviews and extensions",
            term,
            Anchor::Commercial(F::Term),
        );
        form.text_area(
            "Risk allocation",
            "Who carries demand, cost overrun, performance and liability risks",
            risk_allocation,
            Anchor::Commercial(F::RiskAllocation),
        );
        form.text_area(
            "Exit and stranded costs",
            "Notice to leave, what is handed back, and who bears the buildings, systems and posts left behind",
            exit_and_stranded_costs,
            Anchor::Commercial(F::Exit),
        );
    }
}
