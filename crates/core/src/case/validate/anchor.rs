//! Where a finding points: a field or row of the case, and the wizard step that holds it.

use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::case::Step;
use crate::case::equality::{ProtectedCharacteristic, PsedAim};
use crate::case::finance::OptimismCategory;
use crate::case::front_sheet::AgendaPart;
use crate::case::governance::GovernanceItem;
use crate::case::legal::Challenge;
use crate::case::options::OptionKind;
use crate::case::sign_off::StatutoryOfficer;
use crate::case::tree::Tree;

/// A field on the front sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FrontSheetField {
    /// The title.
    Title,
    /// The short title.
    ShortTitle,
    /// The committee.
    Committee,
    /// The meeting date.
    MeetingDate,
    /// The agenda item.
    AgendaItem,
    /// Part 1 or Part 2 of the agenda.
    AgendaPart,
    /// Why a Part 2 paper is taken in private (shown only for Part 2).
    PrivateReason,
    /// The exempt-information category of a Part 2 paper (shown only for Part 2).
    Exempt,
    /// The protective marking.
    Marking,
    /// The author.
    Author,
    /// The author's telephone number.
    AuthorPhone,
    /// The author's email address.
    AuthorEmail,
    /// The sponsoring chief officer.
    Sponsor,
    /// The version.
    Version,
    /// The purpose and summary.
    Summary,
    /// Draft or final.
    Status,
}

impl FrontSheetField {
    /// Every field, in the order the front sheet shows them.
    pub const ALL: [FrontSheetField; 16] = [
        FrontSheetField::Title,
        FrontSheetField::ShortTitle,
        FrontSheetField::Committee,
        FrontSheetField::MeetingDate,
        FrontSheetField::AgendaItem,
        FrontSheetField::AgendaPart,
        FrontSheetField::PrivateReason,
        FrontSheetField::Exempt,
        FrontSheetField::Author,
        FrontSheetField::AuthorPhone,
        FrontSheetField::AuthorEmail,
        FrontSheetField::Sponsor,
        FrontSheetField::Marking,
        FrontSheetField::Status,
        FrontSheetField::Version,
        FrontSheetField::Summary,
    ];
}

/// Declares a field enum of one part of the case, with `ALL` in the order its step shows
/// the fields.
macro_rules! fields {
    ($(#[$doc:meta])* $name:ident { $($(#[$field_doc:meta])* $field:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$field_doc])* $field),+
        }

        impl $name {
            /// Every field, in the order the step shows them.
            pub const ALL: &'static [$name] = &[$($name::$field),+];
        }
    };
}

fields!(
    /// A field of one force on the front sheet.
    ForceField {
        /// Its name.
        Name,
        /// Its policing body.
        PolicingBody,
        /// Its chief constable.
        ChiefConstable,
        /// The office holder who decides and signs for its policing body.
        Commissioner,
        /// Its annual revenue budget.
        Budget,
    }
);

fields!(
    /// A field of one risk in the register.
    RiskField {
        /// Its reference.
        Reference,
        /// Its title.
        Title,
        /// Its description.
        Description,
        /// Its likelihood before mitigation (the first of its scores).
        Likelihood,
        /// Its owner.
        Owner,
        /// Its mitigation and controls.
        Mitigation,
        /// Its residual likelihood (the first of its scores after mitigation).
        ResidualLikelihood,
        /// Its review date.
        ReviewDate,
    }
);

fields!(
    /// A field of the commercial case.
    CommercialField {
        /// The route.
        Route,
        /// Why that route.
        RouteReason,
        /// Where the arrangement stands under procurement law.
        Procurement,
        /// The reasoning for the procurement position.
        ProcurementReasoning,
        /// The payment mechanism.
        PaymentMechanism,
        /// The term.
        Term,
        /// The risk allocation.
        RiskAllocation,
        /// Exit and stranded costs.
        Exit,
    }
);

fields!(
    /// A field of one dataset.
    DatasetField {
        /// Its name.
        Name,
        /// Its regime.
        Regime,
        /// Its parties as a list (the button that adds one).
        Parties,
        /// The impact assessment's status.
        Dpia,
        /// The impact assessment's date.
        DpiaDate,
        /// Prior consultation with the ICO.
        PriorConsultation,
    }
);

fields!(
    /// A field of one party's row in a dataset.
    PartyField {
        /// The party and its role.
        Party,
        /// The joint controllers' arrangement or the processor's contract (shown only for
        /// those roles).
        Document,
    }
);

fields!(
    /// A field of one line of the benefits register.
    BenefitField {
        /// The benefit.
        Benefit,
        /// How it is measured.
        Measure,
        /// The baseline.
        Baseline,
        /// The target.
        Target,
        /// The owner.
        Owner,
        /// When it is due.
        Due,
        /// The finance line it is counted in.
        FinanceLine,
        /// The measure of success it counts towards.
        MeasureOfSuccess,
    }
);

fields!(
    /// A field of the post-implementation review.
    ReviewField {
        /// When it reports.
        Date,
        /// Who leads it.
        Owner,
        /// What it measures.
        Scope,
    }
);

fields!(
    /// A field of one statutory officer's comments.
    CommentField {
        /// The officer's name.
        Name,
        /// The date.
        Date,
        /// The comments.
        Comment,
    }
);

fields!(
    /// A field of one policing body's decision record.
    RecordField {
        /// Its reference.
        Reference,
        /// What was decided.
        Wording,
        /// The reasons.
        Reasons,
        /// The equality and human rights considerations.
        EqualityAndHumanRights,
        /// Interests declared.
        InterestsDeclared,
    }
);

fields!(
    /// A field of one of the user's appendices.
    AppendixField {
        /// Its title.
        Title,
        /// Its text.
        Text,
        /// The exempt-information category that keeps it from publication.
        Exempt,
    }
);

/// A field of the scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ScopeField {
    /// The function or area.
    FunctionArea,
    /// The current position.
    CurrentPosition,
    /// The problem.
    Problem,
    /// The proposal.
    Proposal,
}

impl ScopeField {
    /// Every field of the scope, in the order the case for change shows them.
    pub const ALL: [ScopeField; 4] = [
        ScopeField::FunctionArea,
        ScopeField::CurrentPosition,
        ScopeField::Problem,
        ScopeField::Proposal,
    ];
}

/// Where in the case a finding points: a step and the field (or row) within it.
///
/// The step is derived from the anchor, so the two can never disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Anchor {
    /// A front-sheet field.
    FrontSheet(FrontSheetField),
    /// The list of forces as a whole.
    Forces,
    /// A field of one force, by index.
    Force(usize, ForceField),
    /// The choice of lead force.
    LeadForce,
    /// One non-police partner, by index (its role in the collaboration).
    OtherPartner(usize),
    /// A scope field.
    Scope(ScopeField),
    /// The strategic objectives.
    Objectives,
    /// The benefits.
    Benefits,
    /// The strategic principles.
    Principles,
    /// The SPR threats.
    SprThreats,
    /// The measures of success.
    Measures,
    /// One option.
    Option(OptionKind),
    /// The choice of preferred option.
    PreferredOption,
    /// The first year of the appraisal.
    FirstYear,
    /// The split method.
    SplitMethod,
    /// The discount rate.
    DiscountRate,
    /// The optimism-bias rate of one category.
    OptimismRate(OptimismCategory),
    /// The adjustment on savings.
    SavingsAdjustment,
    /// The inflation assumption for the cash view.
    Inflation,
    /// How capital funded by borrowing is charged to revenue (the MRP method, asset life and
    /// interest rate).
    CapitalFinancing,
    /// One option's figures as a whole (the button that adds a line to them).
    FinanceOption(OptionKind),
    /// One option's own optimism-bias rates and the reason for them.
    OwnRates(OptionKind),
    /// One line of one option's figures, by index.
    FinanceLine(OptionKind, usize),
    /// Why the preferred option is value for money despite a negative net present value.
    ValueForMoney,
    /// Why the preferred option is chosen over an option with a higher net present value.
    WhyNotHighestNpv,
    /// A field of the commercial case.
    Commercial(CommercialField),
    /// The risk settings (scale and thresholds).
    RiskSettings,
    /// The register as a whole.
    RiskRegister,
    /// A field of one risk, by index.
    Risk(usize, RiskField),
    /// One PSED aim.
    EqualityAim(PsedAim),
    /// One protected characteristic.
    Characteristic(ProtectedCharacteristic),
    /// The Human Rights Act consideration.
    HumanRights,
    /// The consultation.
    Consultation,
    /// The outcome.
    EqualityOutcome,
    /// The review date.
    EqualityReviewDate,
    /// The Welsh Language Standards.
    WelshLanguage,
    /// One force's officers and staff, by the force's index in the partners list.
    WorkforceForce(usize),
    /// One force's proposed redundancies, by the index of the force in the partners list.
    ForceRedundancies(usize),
    /// How officers and staff will work in the collaboration.
    WorkforceArrangements,
    /// Pensions.
    Pensions,
    /// The consultations as a whole (the button that adds one).
    StaffConsultations,
    /// One consultation, by index.
    StaffConsultation(usize),
    /// The number of proposed redundancies.
    Redundancies,
    /// Collective consultation.
    CollectiveConsultation,
    /// The datasets as a whole (the button that adds one).
    Datasets,
    /// A field of one dataset, by index.
    Dataset(usize, DatasetField),
    /// A field of one party of one dataset: the dataset's index, then the party's.
    DatasetParty(usize, usize, PartyField),
    /// The other data protection notes.
    DataProtectionNotes,
    /// The sites as a whole (the button that adds one).
    Sites,
    /// One site, by index.
    Site(usize),
    /// The estates implications in words.
    EstatesNotes,
    /// The systems as a whole (the button that adds one).
    Systems,
    /// One system, by index.
    System(usize),
    /// The ICT implications in words.
    IctNotes,
    /// Security accreditation.
    Accreditation,
    /// One governance item.
    Governance(GovernanceItem),
    /// The governance board.
    Board,
    /// Who signs, and any delegation (the legal implications).
    Delegations,
    /// How one risk of legal challenge is met.
    Challenge(Challenge),
    /// The senior responsible owner.
    SeniorResponsibleOwner,
    /// The benefits register as a whole (the button that adds a benefit).
    BenefitsRegister,
    /// A field of one line of the benefits register, by index.
    RegisteredBenefit(usize, BenefitField),
    /// A field of the post-implementation review.
    PostImplementationReview(ReviewField),
    /// The force leads.
    Leads,
    /// The programme board.
    ProgrammeBoard,
    /// The milestones.
    Milestones,
    /// One milestone, by index.
    Milestone(usize),
    /// The communications plan.
    Communications,
    /// The next steps.
    NextSteps,
    /// The recommendations as a whole.
    Recommendations,
    /// One recommendation, by index.
    Recommendation(usize),
    /// The revision history.
    Revisions,
    /// A field of one statutory officer's comments for one policing body, by the index of the
    /// body's force in the partners list.
    OfficerComment(usize, StatutoryOfficer, CommentField),
    /// A field of one policing body's decision record, by the index of the body's force in
    /// the partners list.
    DecisionRecord(usize, RecordField),
    /// The background papers as a whole (the button that adds one).
    BackgroundPapers,
    /// One background paper, by index.
    BackgroundPaper(usize),
    /// The user's appendices as a whole (the button that adds one).
    Appendices,
    /// A field of one of the user's appendices, by index.
    UserAppendix(usize, AppendixField),
}

impl Anchor {
    /// Every anchor that can point into `case`, in wizard order: each field, each entry of
    /// the fixed lists (options, aims, characteristics, governance items) and each row the
    /// case has (forces, each option's finance lines, risks, recommendations). Whatever [`validate`] finds,
    /// it points at one of these, so a test that walks them all walks every place a finding
    /// can send the user.
    pub fn all(case: &Case) -> impl Iterator<Item = Anchor> {
        let rows = |count: usize, anchor: fn(usize) -> Anchor| (0..count).map(anchor);
        // Rows named by their force (workforce, decision records) appear once a force has a
        // name, as the force leads do.
        let named_forces: Vec<usize> = (0..case.partners.forces.len())
            .filter(|&i| !case.partners.forces[i].name.trim().is_empty())
            .collect();
        let part2 = case.front_sheet.agenda_part == AgendaPart::Part2;
        let front_sheet = FrontSheetField::ALL
            .into_iter()
            .filter(move |field| {
                part2
                    || !matches!(
                        field,
                        FrontSheetField::PrivateReason | FrontSheetField::Exempt
                    )
            })
            .map(Anchor::FrontSheet);
        let datasets = case
            .data_protection
            .datasets
            .iter()
            .enumerate()
            .flat_map(|(i, dataset)| {
                DatasetField::ALL
                    .iter()
                    .map(move |field| Anchor::Dataset(i, *field))
                    .chain(
                        dataset
                            .parties
                            .iter()
                            .enumerate()
                            .flat_map(move |(p, party)| {
                                let document = party.role.document().map(|_| PartyField::Document);
                                std::iter::once(PartyField::Party)
                                    .chain(document)
                                    .map(move |field| Anchor::DatasetParty(i, p, field))
                            }),
                    )
            })
            .collect::<Vec<_>>();
        let benefits = (0..case.management.benefits.len()).flat_map(|i| {
            BenefitField::ALL
                .iter()
                .map(move |field| Anchor::RegisteredBenefit(i, *field))
        });
        let decision_records = if case.front_sheet.decided_by.leads_to_decision_records() {
            named_forces.clone()
        } else {
            Vec::new()
        };
        let appendices = (0..case.sign_off.appendices.len()).flat_map(|i| {
            AppendixField::ALL
                .iter()
                .map(move |field| Anchor::UserAppendix(i, *field))
        });
        front_sheet
            .chain([Anchor::Forces])
            .chain((0..case.partners.forces.len()).flat_map(|i| {
                ForceField::ALL
                    .iter()
                    .map(move |field| Anchor::Force(i, *field))
            }))
            .chain([Anchor::LeadForce])
            .chain(rows(case.partners.others.len(), Anchor::OtherPartner))
            .chain(ScopeField::ALL.map(Anchor::Scope))
            .chain([
                Anchor::Objectives,
                Anchor::Benefits,
                Anchor::Principles,
                Anchor::SprThreats,
                Anchor::Measures,
            ])
            .chain(OptionKind::ALL.map(Anchor::Option))
            .chain([
                Anchor::PreferredOption,
                Anchor::FirstYear,
                Anchor::SplitMethod,
                Anchor::DiscountRate,
            ])
            .chain(OptimismCategory::ALL.map(Anchor::OptimismRate))
            .chain([
                Anchor::SavingsAdjustment,
                Anchor::Inflation,
                Anchor::CapitalFinancing,
            ])
            .chain(OptionKind::ALL.into_iter().flat_map(|kind| {
                let lines = case.finance.option(kind).lines.len();
                [Anchor::FinanceOption(kind), Anchor::OwnRates(kind)]
                    .into_iter()
                    .chain((0..lines).map(move |i| Anchor::FinanceLine(kind, i)))
            }))
            .chain([Anchor::ValueForMoney, Anchor::WhyNotHighestNpv])
            .chain(
                CommercialField::ALL
                    .iter()
                    .map(|field| Anchor::Commercial(*field)),
            )
            .chain([Anchor::RiskSettings, Anchor::RiskRegister])
            .chain((0..case.risks.risks.len()).flat_map(|i| {
                RiskField::ALL
                    .iter()
                    .map(move |field| Anchor::Risk(i, *field))
            }))
            .chain(PsedAim::ALL.map(Anchor::EqualityAim))
            .chain(ProtectedCharacteristic::ALL.map(Anchor::Characteristic))
            .chain([
                Anchor::HumanRights,
                Anchor::Consultation,
                Anchor::EqualityOutcome,
                Anchor::EqualityReviewDate,
                Anchor::WelshLanguage,
            ])
            .chain(named_forces.clone().into_iter().map(Anchor::WorkforceForce))
            .chain(
                named_forces
                    .clone()
                    .into_iter()
                    .map(Anchor::ForceRedundancies),
            )
            .chain([
                Anchor::WorkforceArrangements,
                Anchor::Pensions,
                Anchor::StaffConsultations,
            ])
            .chain(rows(
                case.workforce.consultations.len(),
                Anchor::StaffConsultation,
            ))
            // An older file's one figure of redundancies for all the forces has a field only
            // while it is kept.
            .chain(
                case.workforce
                    .proposed_redundancies
                    .map(|_| Anchor::Redundancies),
            )
            .chain([Anchor::CollectiveConsultation, Anchor::Datasets])
            .chain(datasets)
            .chain([Anchor::DataProtectionNotes, Anchor::Sites])
            .chain(rows(case.estates_ict.sites.len(), Anchor::Site))
            .chain([Anchor::EstatesNotes, Anchor::Systems])
            .chain(rows(case.estates_ict.systems.len(), Anchor::System))
            .chain([Anchor::IctNotes, Anchor::Accreditation])
            .chain(GovernanceItem::ALL.map(Anchor::Governance))
            .chain([Anchor::Board, Anchor::Delegations])
            .chain(Challenge::ALL.map(Anchor::Challenge))
            .chain([Anchor::SeniorResponsibleOwner, Anchor::BenefitsRegister])
            .chain(benefits)
            .chain(
                ReviewField::ALL
                    .iter()
                    .map(|field| Anchor::PostImplementationReview(*field)),
            )
            .chain([Anchor::Leads, Anchor::ProgrammeBoard, Anchor::Milestones])
            .chain(rows(
                case.implementation.milestones.len(),
                Anchor::Milestone,
            ))
            .chain([
                Anchor::Communications,
                Anchor::NextSteps,
                Anchor::Recommendations,
            ])
            .chain(rows(case.recommendations.len(), Anchor::Recommendation))
            .chain([Anchor::Revisions])
            .chain(named_forces.clone().into_iter().flat_map(|i| {
                StatutoryOfficer::ALL.into_iter().flat_map(move |officer| {
                    CommentField::ALL
                        .iter()
                        .map(move |field| Anchor::OfficerComment(i, officer, *field))
                })
            }))
            .chain(decision_records.into_iter().flat_map(|i| {
                RecordField::ALL
                    .iter()
                    .map(move |field| Anchor::DecisionRecord(i, *field))
            }))
            .chain([Anchor::BackgroundPapers])
            .chain(rows(
                case.sign_off.background_papers.len(),
                Anchor::BackgroundPaper,
            ))
            .chain([Anchor::Appendices])
            .chain(appendices)
    }

    /// The field that differs between two states of a case (what an undo or a redo just
    /// changed), so the app can take the user to it: the first difference, in the order the
    /// case is saved, as [`super::anchor_for`] places it. `None` if the cases are the same.
    pub fn of_change(before: &Case, after: &Case) -> Option<Anchor> {
        let (Ok(before), Ok(tree)) = (Tree::of(before), Tree::of(after)) else {
            return None;
        };
        let path = tree.first_difference(&before)?;
        Some(super::anchor_for(after, &path))
    }

    /// The wizard step that holds this field.
    pub fn step(self) -> Step {
        match self {
            Anchor::FrontSheet(_)
            | Anchor::Forces
            | Anchor::Force(..)
            | Anchor::LeadForce
            | Anchor::OtherPartner(_) => Step::FrontSheet,
            Anchor::Scope(_)
            | Anchor::Objectives
            | Anchor::Benefits
            | Anchor::Principles
            | Anchor::SprThreats
            | Anchor::Measures => Step::CaseForChange,
            Anchor::Option(_) | Anchor::PreferredOption => Step::Options,
            Anchor::FirstYear
            | Anchor::SplitMethod
            | Anchor::DiscountRate
            | Anchor::OptimismRate(_)
            | Anchor::SavingsAdjustment
            | Anchor::Inflation
            | Anchor::CapitalFinancing
            | Anchor::FinanceOption(_)
            | Anchor::OwnRates(_)
            | Anchor::FinanceLine(..)
            | Anchor::ValueForMoney
            | Anchor::WhyNotHighestNpv => Step::Finance,
            Anchor::Commercial(_) => Step::Commercial,
            Anchor::RiskSettings | Anchor::RiskRegister | Anchor::Risk(..) => Step::Risks,
            Anchor::EqualityAim(_)
            | Anchor::Characteristic(_)
            | Anchor::HumanRights
            | Anchor::Consultation
            | Anchor::EqualityOutcome
            | Anchor::EqualityReviewDate
            | Anchor::WelshLanguage => Step::Equality,
            Anchor::WorkforceForce(_)
            | Anchor::ForceRedundancies(_)
            | Anchor::WorkforceArrangements
            | Anchor::Pensions
            | Anchor::StaffConsultations
            | Anchor::StaffConsultation(_)
            | Anchor::Redundancies
            | Anchor::CollectiveConsultation => Step::Workforce,
            Anchor::Datasets
            | Anchor::Dataset(..)
            | Anchor::DatasetParty(..)
            | Anchor::DataProtectionNotes
            | Anchor::Sites
            | Anchor::Site(_)
            | Anchor::EstatesNotes
            | Anchor::Systems
            | Anchor::System(_)
            | Anchor::IctNotes
            | Anchor::Accreditation => Step::DataEstatesIct,
            Anchor::Governance(_) | Anchor::Board | Anchor::Delegations | Anchor::Challenge(_) => {
                Step::Governance
            }
            Anchor::SeniorResponsibleOwner
            | Anchor::BenefitsRegister
            | Anchor::RegisteredBenefit(..)
            | Anchor::PostImplementationReview(_) => Step::Management,
            Anchor::Leads
            | Anchor::ProgrammeBoard
            | Anchor::Milestones
            | Anchor::Milestone(_)
            | Anchor::Communications
            | Anchor::NextSteps
            | Anchor::Recommendations
            | Anchor::Recommendation(_)
            | Anchor::Revisions => Step::Implementation,
            Anchor::OfficerComment(..)
            | Anchor::DecisionRecord(..)
            | Anchor::BackgroundPapers
            | Anchor::BackgroundPaper(_)
            | Anchor::Appendices
            | Anchor::UserAppendix(..) => Step::SignOff,
        }
    }
}
