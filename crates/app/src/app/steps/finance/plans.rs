//! Each force's medium-term financial plan as the case records it: the savings target its plan
//! asks of it and its usable reserves, which the financial case sets the preferred option
//! against ([`crate::case::finance::affordability`]).

use crate::app::form::Form;
use crate::app::widgets;
use crate::case::Case;
use crate::case::finance::{ForcePlan, SavingsTarget};

/// A savings target, reserves and the source of the figures for each force.
pub(super) fn show(form: &mut Form<'_>, case: &mut Case) {
    if case.partners.forces.is_empty() {
        widgets::empty_state(
            form,
            "Add the forces on the Front sheet and partners step to record each one's savings target and reserves.",
        );
        return;
    }
    form.weak(
        "From each force's medium-term financial plan, in cash: the savings it asks of the \
         force each year and its usable reserves at the start of the appraisal. The paper sets \
         what this case delivers for each force against them.",
    );
    for (i, force) in case.partners.forces.iter().enumerate() {
        let name = force.display_name(i);
        let before = case.finance.plan(&force.name);
        let mut plan = before.clone();
        plan_fields(form, &name, &mut plan);
        if plan != before {
            *case.finance.plan_mut(&force.name) = plan;
        }
    }
}

/// One force's fields, each named after the force.
fn plan_fields(form: &mut Form<'_>, name: &str, plan: &mut ForcePlan) {
    form.strong(name);
    let mut kind = plan.savings_target.kind();
    form.enum_combo(&format!("{name}: savings target"), &mut kind, None);
    plan.savings_target.set_kind(kind);
    match &mut plan.savings_target {
        SavingsTarget::None => {}
        SavingsTarget::ShareOfBudget(share) => {
            form.number_field(
                &format!("{name}: savings target, percentage of its budget a year"),
                share,
                None,
            );
        }
        SavingsTarget::PerYear(amount) => {
            form.number_field(&format!("{name}: savings target a year"), amount, None);
        }
    }
    form.number_field(
        &format!("{name}: usable reserves at the start"),
        &mut plan.reserves,
        None,
    );
    form.text_field(
        &format!("{name}: source of these figures"),
        &mut plan.source,
        None,
    );
}
