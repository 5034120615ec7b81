//! The commercial case: required when outsourcing or a joint venture is still in contention,
//! expected in every outline and full business case, and consistent with the option chosen.

use super::{Anchor, CommercialField as F, Findings, Severity, blank, for_stage};
use crate::case::Case;
use crate::case::commercial::{Commercial, CommercialRoute, ProcurementPosition};
use crate::case::options::OptionKind;

pub(super) fn check(case: &Case, out: &mut Findings) {
    let commercial = &case.commercial;
    let requiring: Vec<&str> = Commercial::requiring_options(&case.options)
        .map(OptionKind::label)
        .collect();
    // Without outsourcing or a joint venture in contention, a strategic outline case may leave
    // the commercial case until later, and the paper says so.
    let severity = if !requiring.is_empty() {
        for_stage(case)
    } else if case.front_sheet.stage.expects_every_part() {
        Severity::Warning
    } else {
        return;
    };
    let why = if requiring.is_empty() {
        String::new()
    } else {
        format!(" ({} is in contention)", requiring.join(" and "))
    };
    if commercial.route == CommercialRoute::NotDecided {
        out.push(
            severity,
            Anchor::Commercial(F::Route),
            format!("Choose the commercial route{why}: a section 22A agreement, an exempt public–public arrangement, a competitive procurement or a framework."),
        );
    } else if blank(&commercial.route_reason) {
        out.push(
            severity,
            Anchor::Commercial(F::RouteReason),
            "Say why the commercial route is lawful and the right one.",
        );
    }
    // Once a route is chosen the procurement position is part of the legal reasoning, not
    // a detail of the commercial case: an error wherever the stage expects every part.
    procurement(case, for_stage(case), out);
    let parts = [
        (
            F::PaymentMechanism,
            &commercial.payment_mechanism,
            "the payment mechanism",
        ),
        (F::Term, &commercial.term, "the term"),
        (
            F::RiskAllocation,
            &commercial.risk_allocation,
            "how risk is allocated",
        ),
        (
            F::Exit,
            &commercial.exit_and_stranded_costs,
            "the exit arrangements and stranded costs",
        ),
    ];
    for (field, text, what) in parts {
        if blank(text) {
            out.push(
                severity,
                Anchor::Commercial(field),
                format!("Set out {what} in the commercial case{why}."),
            );
        }
    }
    if case.options.preferred() == Some(OptionKind::Outsourcing)
        && !commercial.route.is_competitive()
        && commercial.route != CommercialRoute::NotDecided
    {
        out.error(
            Anchor::Commercial(F::Route),
            format!(
                "Outsourcing is preferred, but the route chosen ({}) binds public bodies only: a contract with a provider outside policing needs a competitive procurement or a framework call-off.",
                commercial.route.label()
            ),
        );
    }
}

/// A section 22A agreement exempts nothing from procurement law: once a route is chosen the
/// case must say where the arrangement stands (no payment for services, below threshold, a
/// Schedule 2 exemption, or procured) and why, and the position must fit the route.
fn procurement(case: &Case, severity: Severity, out: &mut Findings) {
    let commercial = &case.commercial;
    if commercial.route == CommercialRoute::NotDecided {
        return;
    }
    if commercial.procurement == ProcurementPosition::NotAssessed {
        out.push(
            severity,
            Anchor::Commercial(F::Procurement),
            "Say where the arrangement stands under procurement law: a section 22A agreement exempts nothing, so one party paying another for services can be a public contract under the Procurement Act 2023 unless it is below threshold or within a Schedule 2 exemption.",
        );
        return;
    }
    if blank(&commercial.procurement_reasoning) {
        out.push(
            severity,
            Anchor::Commercial(F::ProcurementReasoning),
            format!(
                "Give the reasoning for \"{}\": {}.",
                commercial.procurement.label(),
                match commercial.procurement {
                    ProcurementPosition::NoPublicContract => "why no party supplies another for payment",
                    ProcurementPosition::BelowThreshold => "the contract's value against the threshold",
                    ProcurementPosition::VerticalArrangement => "how the controlled body meets each condition of the vertical arrangement in Schedule 2",
                    ProcurementPosition::HorizontalArrangement => "the common objectives and how the conditions on market activity in Schedule 2 are met",
                    _ => "the procedure, and when it began (before 24 February 2025 the Public Contracts Regulations 2015 apply)",
                }
            ),
        );
    }
    let fits = match commercial.route {
        CommercialRoute::PublicPublicArrangement => commercial.procurement.is_schedule_2(),
        CommercialRoute::CompetitiveProcurement | CommercialRoute::Framework => {
            commercial.procurement.is_procured()
        }
        _ => !commercial.procurement.is_procured(),
    };
    if !fits {
        out.error(
            Anchor::Commercial(F::Procurement),
            format!(
                "The route ({}) and the procurement position ({}) do not agree.",
                commercial.route.label(),
                commercial.procurement.label()
            ),
        );
    }
}
