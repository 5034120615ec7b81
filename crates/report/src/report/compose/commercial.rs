//! The commercial case: the route by which the arrangement is made, how it is paid for, its
//! term, who carries which risk, and exit and stranded costs.

use crate::case::commercial::{Commercial, ProcurementPosition};
use crate::case::law;
use crate::case::options::OptionKind;
use crate::case::validate::CommercialField as Field;
use crate::case::{Anchor, Case};
use crate::format::and_list;

use super::{Paper, cell_or_gap, gap};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let commercial = &case.commercial;
    let Commercial {
        route,
        route_reason,
        procurement,
        procurement_reasoning,
        payment_mechanism,
        term,
        risk_allocation,
        exit_and_stranded_costs,
    } = commercial;
    paper.section("Commercial case");
    let requiring: Vec<String> = Commercial::requiring_options(&case.options)
        .map(|kind: OptionKind| kind.label().to_lowercase())
        .collect();
    if !requiring.is_empty() {
        paper.paragraph(format!(
            "A commercial case is required because {} {} still in contention: the committee must see how the arrangement would be let and ended before it approves it.",
            and_list(&requiring),
            if requiring.len() == 1 { "is" } else { "are" }
        ));
    }
    paper.paragraph(law::PROCUREMENT.cited());
    if commercial.is_empty() {
        paper.note(gap(case));
        return;
    }
    paper.key_values(vec![
        ("Route", route.label().to_owned()),
        ("Legal basis", route.basis().to_owned()),
        ("Why this route", cell_or_gap(case, route_reason)),
        (
            "Procurement position",
            if *procurement == ProcurementPosition::NotAssessed {
                gap(case).to_owned()
            } else {
                procurement.label().to_owned()
            },
        ),
        (
            "Procurement reasoning",
            cell_or_gap(case, procurement_reasoning),
        ),
        ("Payment mechanism", cell_or_gap(case, payment_mechanism)),
        ("Term", cell_or_gap(case, term)),
        ("Risk allocation", cell_or_gap(case, risk_allocation)),
        (
            "Exit and stranded costs",
            cell_or_gap(case, exit_and_stranded_costs),
        ),
    ]);
    paper.items_from(
        [
            Field::Route,
            Field::Route,
            Field::RouteReason,
            Field::Procurement,
            Field::ProcurementReasoning,
            Field::PaymentMechanism,
            Field::Term,
            Field::RiskAllocation,
            Field::Exit,
        ]
        .map(|field| Some(Anchor::Commercial(field))),
    );
}
