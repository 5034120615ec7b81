//! The closed sets of choices a case is made of (an option's status, a risk's category, a
//! characteristic's impact, …), behind one trait so that a picker, a validation message and
//! the paper all list and name them the same way.
//!
//! Each enum keeps its own `ALL` list and `label` (they are its vocabulary, written where the
//! variants are documented); [`Choice`] only makes them usable generically, so the app's
//! drop-down is `enum_combo(ui, "Category", &mut risk.category)` for every one of them.

use super::commercial::{CommercialRoute, ProcurementPosition};
use super::data_protection::{DataRole, DpiaStatus, PriorConsultation, Regime};
use super::equality::{EqualityOutcome, Impact, ProtectedCharacteristic, PsedAim};
use super::estates_ict::{SiteChange, SystemChange};
use super::finance::positions::Prices;
use super::finance::{
    FlowKind, FundingSource, OptimismCategory, Recurrence, SavingKind, SavingsShare, Spending,
    SplitMethod, Vat,
};
use super::front_sheet::{
    AgendaPart, BusinessCaseStage, DecisionMaker, DocumentStatus, ExemptInformation,
    ProtectiveMarking,
};
use super::governance::{GovernanceItem, ItemStatus, MeetingFrequency};
use super::implementation::{Decision, MilestoneStatus};
use super::legal::Challenge;
use super::management::BenefitKind;
use super::options::{OptionKind, OptionStatus};
use super::partners::{Nation, PartnerKind, PolicingBodyKind};
use super::risk::{MatrixScale, Rating, RiskCategory, RiskResponse};
use super::sign_off::StatutoryOfficer;
use super::strategy::{Benefit, Principle, SprThreat, StrategicObjective};
use super::tree::Tree;
use super::workforce::{ConsultationStatus, OfficerArrangement, StaffArrangement, StaffBody};

/// A value picked from a fixed list, with a name for each entry.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every value, in the order a picker lists them.
    const ALL: &'static [Self];

    /// The value's name as the user reads it, on screen and on paper.
    fn label(self) -> &'static str;

    /// The value's position in [`Choice::ALL`]; `ALL.len()` if it is missing from the list,
    /// which the tests below rule out for every choice.
    fn index(self) -> usize {
        Self::ALL
            .iter()
            .position(|value| *value == self)
            .unwrap_or(Self::ALL.len())
    }
}

/// Implements [`Choice`] for enums whose inherent `ALL` and `label` already exist: those a
/// case file saves, then those only the app picks (a view's setting, a form's kind), and
/// [`saved_label`] over the saved ones.
macro_rules! choices {
    (saved: [$($saved:ty),+ $(,)?], unsaved: [$($unsaved:ty),+ $(,)?] $(,)?) => {
        $(
            impl Choice for $saved {
                const ALL: &'static [Self] = &<$saved>::ALL;

                fn label(self) -> &'static str {
                    <$saved>::label(self)
                }
            }
        )+
        $(
            impl Choice for $unsaved {
                const ALL: &'static [Self] = &<$unsaved>::ALL;

                fn label(self) -> &'static str {
                    <$unsaved>::label(self)
                }
            }
        )+

        /// The label of the variant serde names `variant` of the saved choice serde names
        /// `name`: how a value read from a file as a serde tree (comparing two versions of a
        /// case) is named as its picker names it. `None` if no saved choice is so named.
        pub fn saved_label(name: &str, variant: &str) -> Option<&'static str> {
            None$(.or_else(|| serde_label::<$saved>(name, variant)))+
                .or_else(|| serde_label::<Decision>(name, variant))
        }
    };
}

/// The label of `variant` if `T` is the enum serde names `name`.
fn serde_label<T: Choice + serde::Serialize>(name: &str, variant: &str) -> Option<&'static str> {
    T::ALL.iter().find_map(|value| match Tree::of(value) {
        Ok(Tree::UnitVariant(enum_name, _, this)) if enum_name == name && this == variant => {
            Some(value.label())
        }
        _ => None,
    })
}

choices!(
    saved: [
        PsedAim,
        ProtectedCharacteristic,
        Impact,
        EqualityOutcome,
        FlowKind,
        Recurrence,
        SplitMethod,
        SavingsShare,
        Spending,
        FundingSource,
        crate::case::finance::Indexation,
        crate::case::finance::financing::MrpMethod,
        SavingKind,
        Vat,
        OptimismCategory,
        ProtectiveMarking,
        DocumentStatus,
        BusinessCaseStage,
        GovernanceItem,
        ItemStatus,
        MeetingFrequency,
        MilestoneStatus,
        OptionKind,
        OptionStatus,
        Nation,
        PartnerKind,
        MatrixScale,
        Rating,
        RiskCategory,
        RiskResponse,
        StrategicObjective,
        Benefit,
        Principle,
        SprThreat,
        AgendaPart,
        DecisionMaker,
        CommercialRoute,
        OfficerArrangement,
        StaffArrangement,
        StaffBody,
        ConsultationStatus,
        Regime,
        DataRole,
        DpiaStatus,
        PriorConsultation,
        SiteChange,
        SystemChange,
        BenefitKind,
        StatutoryOfficer,
        ExemptInformation,
        PolicingBodyKind,
        ProcurementPosition,
        Challenge,
    ],
    unsaved: [
        crate::case::finance::ContingencyKind,
        crate::case::finance::SavingsTargetKind,
        Prices,
    ],
);

impl Choice for Decision {
    const ALL: &'static [Self] = &Decision::ALL;

    /// A decision reads as its verb ("approve"), as the recommendation prints it.
    fn label(self) -> &'static str {
        self.verb()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    /// Every value listed once, with a name of its own that is not blank.
    fn assert_well_formed<T: Choice + std::fmt::Debug>() {
        let labels: HashSet<&str> = T::ALL.iter().map(|value| value.label()).collect();
        assert_eq!(labels.len(), T::ALL.len(), "{:?}: labels repeat", T::ALL);
        assert!(labels.iter().all(|label| !label.trim().is_empty()));
        for (position, value) in T::ALL.iter().enumerate() {
            assert_eq!(value.index(), position, "{value:?} is listed twice");
        }
    }

    #[test]
    fn every_choice_lists_each_value_once_with_its_own_name() {
        assert_well_formed::<PsedAim>();
        assert_well_formed::<ProtectedCharacteristic>();
        assert_well_formed::<Impact>();
        assert_well_formed::<EqualityOutcome>();
        assert_well_formed::<FlowKind>();
        assert_well_formed::<Recurrence>();
        assert_well_formed::<SplitMethod>();
        assert_well_formed::<SavingsShare>();
        assert_well_formed::<Spending>();
        assert_well_formed::<FundingSource>();
        assert_well_formed::<SavingKind>();
        assert_well_formed::<Vat>();
        assert_well_formed::<OptimismCategory>();
        assert_well_formed::<Prices>();
        assert_well_formed::<ProtectiveMarking>();
        assert_well_formed::<DocumentStatus>();
        assert_well_formed::<BusinessCaseStage>();
        assert_well_formed::<GovernanceItem>();
        assert_well_formed::<ItemStatus>();
        assert_well_formed::<MeetingFrequency>();
        assert_well_formed::<MilestoneStatus>();
        assert_well_formed::<Decision>();
        assert_well_formed::<OptionKind>();
        assert_well_formed::<OptionStatus>();
        assert_well_formed::<Nation>();
        assert_well_formed::<PartnerKind>();
        assert_well_formed::<MatrixScale>();
        assert_well_formed::<Rating>();
        assert_well_formed::<RiskCategory>();
        assert_well_formed::<RiskResponse>();
        assert_well_formed::<StrategicObjective>();
        assert_well_formed::<Benefit>();
        assert_well_formed::<Principle>();
        assert_well_formed::<SprThreat>();
        assert_well_formed::<AgendaPart>();
        assert_well_formed::<DecisionMaker>();
        assert_well_formed::<CommercialRoute>();
        assert_well_formed::<OfficerArrangement>();
        assert_well_formed::<StaffArrangement>();
        assert_well_formed::<StaffBody>();
        assert_well_formed::<ConsultationStatus>();
        assert_well_formed::<Regime>();
        assert_well_formed::<DataRole>();
        assert_well_formed::<DpiaStatus>();
        assert_well_formed::<PriorConsultation>();
        assert_well_formed::<SiteChange>();
        assert_well_formed::<SystemChange>();
        assert_well_formed::<BenefitKind>();
        assert_well_formed::<StatutoryOfficer>();
        assert_well_formed::<ExemptInformation>();
        assert_well_formed::<PolicingBodyKind>();
        assert_well_formed::<ProcurementPosition>();
        assert_well_formed::<Challenge>();
    }
}
