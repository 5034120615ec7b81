//! The checks a case must pass before it goes to committee.
//!
//! Each [`Finding`] says, in words a collaboration lead uses, what is wrong and where
//! ([`Anchor`]), so the wizard can mark steps and jump to the field, and `casewright check`
//! can list them. Errors mean "not ready for committee"; warnings are things a committee is
//! likely to ask about; hints are good practice.
//!
//! The rules live beside the part of the case they check, one module per wizard step; this
//! module holds what they share (the finding, its severity and where it points).

mod anchor;
mod commercial;
mod data_estates_ict;
mod equality;
mod finance;
mod front_sheet;
mod governance;
mod implementation;
mod management;
mod options;
mod partners;
mod risks;
mod sign_off;
mod strategy;
mod text;
mod workforce;

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Case;

pub use anchor::{
    Anchor, AppendixField, BenefitField, CommentField, CommercialField, DatasetField, ForceField,
    FrontSheetField, PartyField, RecordField, ReviewField, RiskField, ScopeField,
};
pub use governance::{PCC_ABOLITION_YEAR, applies, successors_needed};
pub use options::higher_npv_than_preferred;
pub use text::{DATE_YEARS, anchor_for, named_characters};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    /// The case is not ready for committee.
    Error,
    /// A committee is likely to ask about this.
    Warning,
    /// Good practice.
    Hint,
}

impl Severity {
    /// The severity as a word.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "hint",
        }
    }
}

/// One thing the case should fix or consider.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong, in the user's words.
    pub message: String,
    /// Where it is.
    pub anchor: Anchor,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.severity.label(), self.message)
    }
}

/// Collects findings with one call per rule.
struct Findings(Vec<Finding>);

impl Findings {
    fn push(&mut self, severity: Severity, anchor: Anchor, message: impl Into<String>) {
        self.0.push(Finding {
            severity,
            message: message.into(),
            anchor,
        });
    }

    fn error(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.push(Severity::Error, anchor, message);
    }

    fn warning(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.push(Severity::Warning, anchor, message);
    }

    fn hint(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.push(Severity::Hint, anchor, message);
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// How serious a missing part of the Five Case model is at the case's stage: an error in an
/// outline or full business case, a warning in a strategic outline case, which may leave out
/// what is not yet known.
fn for_stage(case: &Case) -> Severity {
    if case.front_sheet.stage.expects_every_part() {
        Severity::Error
    } else {
        Severity::Warning
    }
}

/// How serious a missing detail is that a committee expects in an outline or full business
/// case (a warning there), and a strategic outline case may not know yet (a hint).
fn expected(case: &Case) -> Severity {
    if case.front_sheet.stage.expects_every_part() {
        Severity::Warning
    } else {
        Severity::Hint
    }
}

/// How serious missing sign-off is: an error once the paper is marked Final, a hint while it
/// is a draft (the officers comment on the version that goes to committee).
fn for_sign_off(case: &Case) -> Severity {
    if case.front_sheet.status == crate::case::front_sheet::DocumentStatus::Final {
        Severity::Error
    } else {
        Severity::Hint
    }
}

/// The named forces with their places in the partners list, for rows named by force.
fn named_forces(case: &Case) -> impl Iterator<Item = (usize, &str)> {
    case.partners.named()
}

/// Checks the whole case against its own rules. Findings come in wizard order, most serious
/// first within a step. The window and `casewright check` show these with the paper's own
/// checks (a character no font has, a title too long to set), which the report crate adds.
pub fn validate(case: &Case) -> Vec<Finding> {
    with_figures(case, super::figures::findings(case))
}

/// What the checks keep from one run to the next, so that an edit rereads only what it
/// changed (today: each passage's stale figures, see
/// [`crate::case::figures::stale::stale_remembering`]). The window holds one per open case.
#[derive(Debug, Default)]
pub struct Memo {
    stale: super::figures::stale::Memo,
}

impl Memo {
    /// The stale figures the last run found, in order: what Review offers to replace with
    /// live figures, without reading the text again.
    pub fn stale(&self) -> &[super::figures::stale::Stale] {
        self.stale.found()
    }
}

/// [`validate`], run again after an edit with what the last run kept in `memo`: the same
/// findings, for less work when most of the case is unchanged.
pub fn validate_remembering(case: &Case, memo: &mut Memo) -> Vec<Finding> {
    with_figures(
        case,
        super::figures::findings_remembering(case, &mut memo.stale),
    )
}

/// Every rule's findings about `case`, with `figures`, the findings about the figures in its
/// text, at the end, all put in order.
fn with_figures(case: &Case, figures: Vec<Finding>) -> Vec<Finding> {
    let mut findings = Findings(Vec::new());
    front_sheet::check(case, &mut findings);
    partners::check(case, &mut findings);
    strategy::check(case, &mut findings);
    options::check(case, &mut findings);
    options::check_against_other_parts(case, &mut findings);
    options::check_not_highest(case, &mut findings);
    finance::check(case, &mut findings);
    commercial::check(case, &mut findings);
    risks::check(case, &mut findings);
    equality::check(case, &mut findings);
    workforce::check(case, &mut findings);
    data_estates_ict::check(case, &mut findings);
    governance::check(case, &mut findings);
    management::check(case, &mut findings);
    implementation::check(case, &mut findings);
    sign_off::check(case, &mut findings);
    text::check(case, &mut findings);
    findings.0.extend(figures);
    let mut all = findings.0;
    in_order(&mut all);
    all
}

/// Puts findings in the order [`validate`] gives them: wizard order, most serious first
/// within a step, and otherwise as found. The paper's own checks (in the report crate) add
/// theirs and sort with this, so every list of findings reads alike.
pub fn in_order(findings: &mut [Finding]) {
    findings.sort_by_key(|finding| (finding.anchor.step(), finding.severity));
}

/// The number of findings of each severity, for status bars and exit codes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Hints.
    pub hints: usize,
}

impl Tally {
    /// Counts findings by severity.
    pub fn of(findings: &[Finding]) -> Tally {
        findings
            .iter()
            .fold(Tally::default(), |mut tally, finding| {
                match finding.severity {
                    Severity::Error => tally.errors += 1,
                    Severity::Warning => tally.warnings += 1,
                    Severity::Hint => tally.hints += 1,
                }
                tally
            })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::case::data_protection::{Dataset, PartyRole};
    use crate::case::estates_ict::{Site, System};
    use crate::case::finance::FinanceLine;
    use crate::case::finance::SplitMethod;
    use crate::case::front_sheet::AgendaPart;
    use crate::case::implementation::{Milestone, Recommendation};
    use crate::case::management::RegisteredBenefit;
    use crate::case::options::OptionKind;
    use crate::case::partners::{Force, OtherPartner};
    use crate::case::risk::Risk;
    use crate::case::sign_off::{BackgroundPaper, UserAppendix};
    use crate::case::workforce::Consultation;

    /// Which kind of anchor this is. The match has no catch-all, so a new kind of anchor does
    /// not compile until it is listed here, and the test below then asks for it in
    /// [`Anchor::all`].
    fn kind(anchor: Anchor) -> u8 {
        match anchor {
            Anchor::FrontSheet(_) => 0,
            Anchor::Forces => 1,
            Anchor::Force(..) => 2,
            Anchor::LeadForce => 3,
            Anchor::OtherPartner(_) => 4,
            Anchor::Scope(_) => 5,
            Anchor::Objectives => 6,
            Anchor::Benefits => 7,
            Anchor::Principles => 8,
            Anchor::SprThreats => 9,
            Anchor::Measures => 10,
            Anchor::Option(_) => 11,
            Anchor::PreferredOption => 12,
            Anchor::FirstYear => 13,
            Anchor::SplitMethod => 14,
            Anchor::DiscountRate => 15,
            Anchor::OptimismRate(_) => 16,
            Anchor::SavingsAdjustment => 17,
            Anchor::Inflation => 18,
            Anchor::FinanceOption(_) => 19,
            Anchor::OwnRates(_) => 20,
            Anchor::FinanceLine(..) => 21,
            Anchor::ValueForMoney => 22,
            Anchor::WhyNotHighestNpv => 73,
            Anchor::CapitalFinancing => 74,
            Anchor::Commercial(_) => 23,
            Anchor::RiskSettings => 24,
            Anchor::RiskRegister => 25,
            Anchor::Risk(..) => 26,
            Anchor::EqualityAim(_) => 27,
            Anchor::Characteristic(_) => 28,
            Anchor::HumanRights => 29,
            Anchor::Consultation => 30,
            Anchor::EqualityOutcome => 31,
            Anchor::EqualityReviewDate => 32,
            Anchor::WelshLanguage => 33,
            Anchor::WorkforceForce(_) | Anchor::ForceRedundancies(_) => 34,
            Anchor::WorkforceArrangements => 35,
            Anchor::Pensions => 36,
            Anchor::StaffConsultations => 37,
            Anchor::StaffConsultation(_) => 38,
            Anchor::Redundancies => 39,
            Anchor::CollectiveConsultation => 40,
            Anchor::Datasets => 41,
            Anchor::Dataset(..) => 42,
            Anchor::DatasetParty(..) => 43,
            Anchor::DataProtectionNotes => 44,
            Anchor::Sites => 45,
            Anchor::Site(_) => 46,
            Anchor::EstatesNotes => 47,
            Anchor::Systems => 48,
            Anchor::System(_) => 49,
            Anchor::IctNotes => 50,
            Anchor::Accreditation => 51,
            Anchor::Governance(_) => 52,
            Anchor::Board => 53,
            Anchor::SeniorResponsibleOwner => 54,
            Anchor::BenefitsRegister => 55,
            Anchor::RegisteredBenefit(..) => 56,
            Anchor::PostImplementationReview(_) => 57,
            Anchor::Leads => 58,
            Anchor::ProgrammeBoard => 59,
            Anchor::Milestones => 60,
            Anchor::Milestone(_) => 61,
            Anchor::Communications => 62,
            Anchor::NextSteps => 63,
            Anchor::Recommendations => 64,
            Anchor::Recommendation(_) => 65,
            Anchor::Revisions => 66,
            Anchor::OfficerComment(..) => 67,
            Anchor::DecisionRecord(..) => 68,
            Anchor::BackgroundPapers => 69,
            Anchor::BackgroundPaper(_) => 70,
            Anchor::Appendices => 71,
            Anchor::UserAppendix(..) => 72,
            Anchor::Delegations => 73,
            Anchor::Challenge(_) => 74,
        }
    }

    /// How many kinds of anchor there are.
    const KINDS: usize = 75;

    /// A case with two rows in every list an anchor can index.
    fn case_with_rows() -> Case {
        let mut case = Case::default();
        case.normalise();
        case.front_sheet.agenda_part = AgendaPart::Part2;
        let named = |name: &str| Force {
            name: name.into(),
            ..Force::default()
        };
        case.partners.forces = vec![named("A"), named("B")];
        case.partners.others = vec![OtherPartner::default(), OtherPartner::default()];
        for kind in [OptionKind::BusinessAsUsual, OptionKind::LeadForce] {
            case.finance.option_mut(kind).lines =
                vec![FinanceLine::default(), FinanceLine::default()];
        }
        case.risks.risks = vec![Risk::default(), Risk::default()];
        case.workforce.consultations = vec![Consultation::default(), Consultation::default()];
        // An older file's one figure for all the forces, which has a field while it is kept.
        case.workforce.proposed_redundancies = Some(0);
        let dataset = Dataset {
            parties: vec![PartyRole::default(), PartyRole::default()],
            ..Dataset::default()
        };
        case.data_protection.datasets = vec![dataset.clone(), dataset];
        case.estates_ict.sites = vec![Site::default(), Site::default()];
        case.estates_ict.systems = vec![System::default(), System::default()];
        case.management.benefits = vec![RegisteredBenefit::default(), RegisteredBenefit::default()];
        case.implementation.milestones = vec![Milestone::default(), Milestone::default()];
        case.recommendations = vec![Recommendation::default(), Recommendation::default()];
        case.sign_off.background_papers =
            vec![BackgroundPaper::default(), BackgroundPaper::default()];
        case.sign_off.appendices = vec![UserAppendix::default(), UserAppendix::default()];
        case
    }

    #[test]
    fn every_kind_of_anchor_is_listed_once_in_wizard_order() {
        let case = case_with_rows();
        let all: Vec<Anchor> = Anchor::all(&case).collect();
        let kinds: HashSet<u8> = all.iter().map(|anchor| kind(*anchor)).collect();
        assert_eq!(
            kinds.len(),
            KINDS,
            "a kind of anchor is missing from Anchor::all"
        );
        let unique: HashSet<Anchor> = all.iter().copied().collect();
        assert_eq!(unique.len(), all.len(), "an anchor is listed twice");
        assert!(
            all.windows(2).all(|pair| pair[0].step() <= pair[1].step()),
            "anchors are out of wizard order"
        );
        assert!(
            all.contains(&Anchor::Risk(1, RiskField::Owner))
                && !all.contains(&Anchor::Risk(2, RiskField::Title))
        );
        assert!(all.contains(&Anchor::FinanceLine(OptionKind::LeadForce, 1)));
        assert!(!all.contains(&Anchor::FinanceLine(OptionKind::DoMinimum, 0)));
    }

    #[test]
    fn a_change_is_placed_on_its_field() {
        let before = case_with_rows();
        let mut after = before.clone();
        after.risks.risks[1].owner = "Head of Training".into();
        assert_eq!(
            Anchor::of_change(&before, &after),
            Some(Anchor::Risk(1, RiskField::Owner))
        );
        let mut after = before.clone();
        after.front_sheet.committee = "Joint Audit Committee".into();
        assert_eq!(
            Anchor::of_change(&before, &after),
            Some(Anchor::FrontSheet(FrontSheetField::Committee))
        );
        let mut after = before.clone();
        after.partners.forces[1].annual_revenue_budget = crate::case::Money::pounds(5);
        assert_eq!(
            Anchor::of_change(&before, &after),
            Some(Anchor::Force(1, ForceField::Budget))
        );
        let mut after = before.clone();
        after.risks.risks.pop();
        assert_eq!(
            Anchor::of_change(&before, &after),
            Some(Anchor::RiskRegister)
        );
        assert_eq!(Anchor::of_change(&before, &before), None);
    }

    #[test]
    fn whatever_validation_finds_points_at_a_listed_anchor() {
        let mut with_problems = case_with_rows();
        with_problems.finance.split = SplitMethod::Custom;
        with_problems.risks.risks[1].likelihood = 9;
        for case in [Case::default(), case_with_rows(), with_problems] {
            let all: HashSet<Anchor> = Anchor::all(&case).collect();
            for finding in validate(&case) {
                assert!(all.contains(&finding.anchor), "{finding:?}");
            }
        }
    }
}
