//! The partners' checks: at least two forces, each named and signed for, and a split that can be
//! worked out.

use super::{Anchor, Findings, ForceField as F, Severity, blank};
use crate::case::Case;
use crate::case::finance::SplitMethod;
use crate::case::front_sheet::DocumentStatus;
use crate::case::money::{Money, Percent};
use crate::case::options::OptionKind;

pub(super) fn check(case: &Case, out: &mut Findings) {
    let partners = &case.partners;
    if partners.forces.len() < 2 {
        out.error(Anchor::Forces, "A collaboration needs at least two forces.");
    }
    for (i, force) in partners.forces.iter().enumerate() {
        let name = if blank(&force.name) {
            format!("Force {}", i + 1)
        } else {
            force.name.clone()
        };
        if blank(&force.name) {
            out.error(Anchor::Force(i, F::Name), format!("{name} has no name."));
        }
        if blank(&force.policing_body) {
            out.error(
                Anchor::Force(i, F::PolicingBody),
                format!("{name} has no policing body: the policing body that maintains the force is a party to the agreement (Police Act 1996, s22A)."),
            );
        }
        // The finding sits on the first of the two that is blank, and names only what is
        // missing. On a final paper it is an error: both sign.
        let office = force.body_kind.office();
        let missing = match (blank(&force.chief_constable), blank(&force.commissioner)) {
            (true, true) => Some((
                F::ChiefConstable,
                format!("the chief constable and {office}"),
            )),
            (true, false) => Some((F::ChiefConstable, "the chief constable".to_owned())),
            (false, true) => Some((F::Commissioner, office.to_owned())),
            (false, false) => None,
        };
        if let Some((field, who)) = missing {
            let severity = if case.front_sheet.status == DocumentStatus::Final {
                Severity::Error
            } else {
                Severity::Warning
            };
            out.push(
                severity,
                Anchor::Force(i, field),
                format!(
                    "Name {who} of {name}: the chief constable and {office} both sign the agreement."
                ),
            );
        }
        if case.finance.split == SplitMethod::ByRevenueBudget
            && force.annual_revenue_budget <= Money::ZERO
        {
            out.error(Anchor::Force(i, F::Budget), format!("{name} has no annual revenue budget, but costs and savings are split by budget."));
        }
    }
    // Only a lead force model has a lead force; the other way round (a lead force named
    // under another model) is the options appraisal's check.
    let lead_matters = case.options.preferred() == Some(OptionKind::LeadForce);
    if partners.lead().is_none() && !partners.forces.is_empty() && lead_matters {
        out.error(
            Anchor::LeadForce,
            "The preferred option is a lead force model, but no lead force is chosen.",
        );
    }
    if case.finance.split == SplitMethod::Custom {
        let total: u32 = partners
            .forces
            .iter()
            .map(|f| f.custom_share.basis_points())
            .sum();
        if total != Percent::WHOLE.basis_points() {
            out.error(
                Anchor::SplitMethod,
                format!(
                    "The agreed percentages add up to {}, not 100%.",
                    Percent(total)
                ),
            );
        }
    }
}
