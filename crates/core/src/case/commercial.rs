//! The commercial case: how the arrangement is put in place (the route), how it is paid for,
//! for how long, who carries which risk, and how it ends. HM Treasury's Five Case Model asks
//! for it at outline and full business case; a committee cannot approve outsourcing or a
//! joint venture without it.

use serde::{Deserialize, Serialize};

use super::options::{OptionKind, OptionStatus, Options};

/// The legal route by which the arrangement is made.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum CommercialRoute {
    /// Not chosen yet.
    #[default]
    NotDecided,
    /// A collaboration agreement between chief constables and policing bodies under section
    /// 22A of the Police Act 1996. It gives the power to collaborate and exempts nothing from
    /// procurement law, so the case still reasons its [`ProcurementPosition`].
    CollaborationAgreement,
    /// A contract between public bodies that the Procurement Act 2023 exempts (Schedule 2:
    /// vertical arrangements with a body the forces control, horizontal arrangements between
    /// public bodies co-operating on a public task).
    PublicPublicArrangement,
    /// A competitive procurement under the Procurement Act 2023.
    CompetitiveProcurement,
    /// A call-off from an existing framework (e.g. Crown Commercial Service, BlueLight
    /// Commercial).
    Framework,
}

impl CommercialRoute {
    /// Every route, in picker order.
    pub const ALL: [CommercialRoute; 5] = [
        CommercialRoute::NotDecided,
        CommercialRoute::CollaborationAgreement,
        CommercialRoute::PublicPublicArrangement,
        CommercialRoute::CompetitiveProcurement,
        CommercialRoute::Framework,
    ];

    /// The route's name.
    pub fn label(self) -> &'static str {
        match self {
            CommercialRoute::NotDecided => "Not yet decided",
            CommercialRoute::CollaborationAgreement => "Section 22A collaboration agreement",
            CommercialRoute::PublicPublicArrangement => "Exempt public–public arrangement",
            CommercialRoute::CompetitiveProcurement => "Competitive procurement",
            CommercialRoute::Framework => "Call-off from a framework",
        }
    }

    /// The law behind the route, as the paper states it.
    pub fn basis(self) -> &'static str {
        match self {
            CommercialRoute::NotDecided => "The route has not been decided yet.",
            CommercialRoute::CollaborationAgreement => {
                "A collaboration agreement between the chief constables and policing bodies under section 22A of the Police Act 1996, which gives the power to collaborate; whether any payment under it is a public contract is reasoned below."
            }
            CommercialRoute::PublicPublicArrangement => {
                "An arrangement between public bodies exempt from competition under Schedule 2 to the Procurement Act 2023 (vertical or horizontal arrangements)."
            }
            CommercialRoute::CompetitiveProcurement => {
                "A competitive tendering procedure under the Procurement Act 2023."
            }
            CommercialRoute::Framework => {
                "A call-off from a framework already procured under the Procurement Act 2023 (or the Public Contracts Regulations 2015 for older frameworks)."
            }
        }
    }

    /// Whether the route lets a contract to a provider chosen in competition, which a
    /// private provider needs: a section 22A agreement is made between chief officers and
    /// policing bodies, and a Schedule 2 arrangement is between contracting authorities.
    pub fn is_competitive(self) -> bool {
        matches!(
            self,
            CommercialRoute::CompetitiveProcurement | CommercialRoute::Framework
        )
    }
}

/// Where the arrangement stands under procurement law: the reasoning the paper must give,
/// because a section 22A agreement exempts nothing (Procurement Act 2023, Schedule 2; the
/// Public Contracts Regulations 2015 for procurements begun before 24 February 2025).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum ProcurementPosition {
    /// Not reasoned yet.
    #[default]
    NotAssessed,
    /// No party supplies works, goods or services to another for payment (each bears its own
    /// costs), so there is no public contract.
    NoPublicContract,
    /// A public contract whose value is below the threshold.
    BelowThreshold,
    /// Exempt under Schedule 2: a vertical arrangement with a body the forces control.
    VerticalArrangement,
    /// Exempt under Schedule 2: a horizontal arrangement between contracting authorities
    /// pursuing common objectives, with the conditions on market activity met.
    HorizontalArrangement,
    /// A regulated procurement under the Procurement Act 2023.
    Procured,
    /// A procurement begun before 24 February 2025, under the Public Contracts Regulations 2015.
    ProcuredUnderPcr2015,
}

impl ProcurementPosition {
    /// Every position, in picker order.
    pub const ALL: [ProcurementPosition; 7] = [
        ProcurementPosition::NotAssessed,
        ProcurementPosition::NoPublicContract,
        ProcurementPosition::BelowThreshold,
        ProcurementPosition::VerticalArrangement,
        ProcurementPosition::HorizontalArrangement,
        ProcurementPosition::Procured,
        ProcurementPosition::ProcuredUnderPcr2015,
    ];

    /// The position as a picker shows it.
    pub fn label(self) -> &'static str {
        match self {
            ProcurementPosition::NotAssessed => "Not yet reasoned",
            ProcurementPosition::NoPublicContract => "No services supplied for payment",
            ProcurementPosition::BelowThreshold => "Public contract below threshold",
            ProcurementPosition::VerticalArrangement => "Schedule 2: vertical arrangement",
            ProcurementPosition::HorizontalArrangement => "Schedule 2: horizontal arrangement",
            ProcurementPosition::Procured => "Procured under the Procurement Act 2023",
            ProcurementPosition::ProcuredUnderPcr2015 => "Procured under the 2015 Regulations",
        }
    }

    /// Whether the position is an exemption in Schedule 2 to the Procurement Act 2023.
    pub fn is_schedule_2(self) -> bool {
        matches!(
            self,
            ProcurementPosition::VerticalArrangement | ProcurementPosition::HorizontalArrangement
        )
    }

    /// Whether the position is a procurement run in competition or by call-off.
    pub fn is_procured(self) -> bool {
        matches!(
            self,
            ProcurementPosition::Procured | ProcurementPosition::ProcuredUnderPcr2015
        )
    }
}

/// The commercial case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Commercial {
    /// How the arrangement is made.
    pub route: CommercialRoute,
    /// Why that route: why it is lawful and why it is the best one.
    pub route_reason: String,
    /// Where the arrangement stands under procurement law.
    pub procurement: ProcurementPosition,
    /// The reasoning for that position: the contract value against the threshold, or how
    /// each condition of the Schedule 2 exemption is met.
    pub procurement_reasoning: String,
    /// How the service is paid for: contributions, a unit price, a fixed fee, payment by
    /// results, and how payments are adjusted.
    pub payment_mechanism: String,
    /// How long the arrangement runs, with any break points and extensions.
    pub term: String,
    /// Which party carries which risk (demand, cost overrun, performance, liability).
    pub risk_allocation: String,
    /// How a party leaves or the arrangement ends, and the stranded costs that are left
    /// (buildings, systems, staff) and who bears them.
    pub exit_and_stranded_costs: String,
}

impl Commercial {
    /// Whether the case must set out a commercial case: when outsourcing or a joint venture
    /// is still in contention, because both let contracts or create a body whose terms the
    /// committee has to see.
    pub fn is_required(options: &Options) -> bool {
        Self::requiring_options(options).next().is_some()
    }

    /// The options that make a commercial case necessary, for the message that asks for it.
    pub fn requiring_options(options: &Options) -> impl Iterator<Item = OptionKind> + '_ {
        options
            .appraisals
            .iter()
            .filter(|(kind, appraisal)| {
                matches!(kind, OptionKind::Outsourcing | OptionKind::JointVenture)
                    && matches!(
                        appraisal.status,
                        OptionStatus::Preferred | OptionStatus::Shortlisted
                    )
            })
            .map(|(kind, _)| *kind)
    }

    /// Whether nothing has been written yet, so the paper can say the commercial case is
    /// still to come rather than print a table of gaps.
    pub fn is_empty(&self) -> bool {
        *self == Commercial::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outsourcing_or_a_joint_venture_in_contention_needs_a_commercial_case() {
        let mut options = Options::default();
        assert!(!Commercial::is_required(&options));
        options.set_preferred(OptionKind::LeadForce);
        assert!(!Commercial::is_required(&options));
        for kind in [OptionKind::Outsourcing, OptionKind::JointVenture] {
            let mut options = options.clone();
            options.appraisals.entry(kind).or_default().status = OptionStatus::Shortlisted;
            assert_eq!(
                Commercial::requiring_options(&options).collect::<Vec<_>>(),
                [kind]
            );
            options.appraisals.entry(kind).or_default().status = OptionStatus::RuledOut;
            assert!(!Commercial::is_required(&options));
            options.set_preferred(kind);
            assert!(Commercial::is_required(&options));
        }
    }
}
