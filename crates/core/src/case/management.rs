//! The management case's own parts: the senior responsible owner, the benefits register and
//! the post-implementation review. (The programme board, the force leads, the milestones and
//! the communications plan are the implementation plan's, in [`super::implementation`].)
//!
//! A benefit in the register links to what it is counted by: a finance line, by the line's
//! label, and a measure of success, by the measure's name. Names rather than positions,
//! because lines and measures are reordered and the finance model is per option: a label
//! survives both, and the file stays readable.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The kind of benefit, as HM Treasury's benefits guidance sorts them.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum BenefitKind {
    /// Money that leaves a budget and can be spent elsewhere: it is a saving line in the
    /// finance.
    #[default]
    CashReleasing,
    /// Time or capacity freed but not taken out of a budget.
    NonCashReleasing,
    /// A benefit to the public or society rather than to the forces' budgets.
    WiderSocial,
}

impl BenefitKind {
    /// Every kind, in picker order.
    pub const ALL: [BenefitKind; 3] = [
        BenefitKind::CashReleasing,
        BenefitKind::NonCashReleasing,
        BenefitKind::WiderSocial,
    ];

    /// The kind's name.
    pub fn label(self) -> &'static str {
        match self {
            BenefitKind::CashReleasing => "Cash-releasing",
            BenefitKind::NonCashReleasing => "Non-cash-releasing",
            BenefitKind::WiderSocial => "Wider social",
        }
    }
}

/// One line of the benefits register.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RegisteredBenefit {
    /// The benefit, e.g. "Second range released".
    pub benefit: String,
    /// Its kind.
    pub kind: BenefitKind,
    /// How it is measured.
    pub measure: String,
    /// The value today.
    pub baseline: String,
    /// The value it should reach.
    pub target: String,
    /// Who answers for realising it.
    pub owner: String,
    /// When it should be realised.
    pub due: Option<NaiveDate>,
    /// The label of the finance line it is counted in, for a cash-releasing benefit.
    pub finance_line: String,
    /// The name of the measure of success it counts towards, if any.
    pub measure_of_success: String,
}

/// The review after go-live that asks whether the benefits came.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PostImplementationReview {
    /// When it reports.
    pub date: Option<NaiveDate>,
    /// Who leads it.
    pub owner: String,
    /// What it will measure and who it reports to.
    pub scope: String,
}

/// The management case's own parts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Management {
    /// The senior responsible owner, who answers for the whole programme.
    pub senior_responsible_owner: String,
    /// The benefits register.
    pub benefits: Vec<RegisteredBenefit>,
    /// The post-implementation review.
    pub review: PostImplementationReview,
}
