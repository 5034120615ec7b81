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
mod equality;
mod finance;
mod front_sheet;
mod governance;
mod implementation;
mod options;
mod partners;
mod risks;
mod strategy;
mod text;

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Case;

pub use anchor::{Anchor, FrontSheetField, ScopeField};
pub use text::{DATE_YEARS, TITLE_LIMIT, anchor_for};

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

/// Checks the whole case. Findings come in wizard order, most serious first within a step.
pub fn validate(case: &Case) -> Vec<Finding> {
    let mut findings = Findings(Vec::new());
    front_sheet::check(case, &mut findings);
    partners::check(case, &mut findings);
    strategy::check(case, &mut findings);
    options::check(case, &mut findings);
    options::check_npv_claims(case, &mut findings);
    finance::check(case, &mut findings);
    risks::check(case, &mut findings);
    equality::check(case, &mut findings);
    governance::check(case, &mut findings);
    implementation::check(case, &mut findings);
    text::check(case, &mut findings);
    let mut all = findings.0;
    all.sort_by_key(|finding| (finding.anchor.step(), finding.severity));
    all
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
    use crate::case::finance::FinanceLine;
    use crate::case::finance::SplitMethod;
    use crate::case::implementation::Recommendation;
    use crate::case::options::OptionKind;
    use crate::case::partners::Force;
    use crate::case::risk::Risk;

    /// Which kind of anchor this is. The match has no catch-all, so a new kind of anchor does
    /// not compile until it is listed here, and the test below then asks for it in
    /// [`Anchor::all`].
    fn kind(anchor: Anchor) -> u8 {
        match anchor {
            Anchor::FrontSheet(_) => 0,
            Anchor::Forces => 1,
            Anchor::Force(_) => 2,
            Anchor::LeadForce => 3,
            Anchor::Scope(_) => 4,
            Anchor::Objectives => 5,
            Anchor::Benefits => 6,
            Anchor::SprThreats => 7,
            Anchor::Measures => 8,
            Anchor::Option(_) => 9,
            Anchor::PreferredOption => 10,
            Anchor::FirstYear => 11,
            Anchor::SplitMethod => 12,
            Anchor::DiscountRate => 13,
            Anchor::OptimismRate(_) => 14,
            Anchor::SavingsAdjustment => 15,
            Anchor::Inflation => 16,
            Anchor::FinanceOption(_) => 17,
            Anchor::OwnRates(_) => 18,
            Anchor::FinanceLine(..) => 19,
            Anchor::ValueForMoney => 20,
            Anchor::RiskSettings => 21,
            Anchor::RiskRegister => 22,
            Anchor::Risk(_) => 23,
            Anchor::EqualityAim(_) => 24,
            Anchor::Characteristic(_) => 25,
            Anchor::HumanRights => 26,
            Anchor::Consultation => 27,
            Anchor::EqualityOutcome => 28,
            Anchor::EqualityReviewDate => 29,
            Anchor::WelshLanguage => 30,
            Anchor::Governance(_) => 31,
            Anchor::Board => 32,
            Anchor::Leads => 33,
            Anchor::Milestones => 34,
            Anchor::Communications => 35,
            Anchor::Recommendations => 36,
            Anchor::Recommendation(_) => 37,
            Anchor::Revisions => 38,
        }
    }

    /// A case with two rows in every list an anchor can index.
    fn case_with_rows() -> Case {
        let mut case = Case::default();
        case.normalise();
        case.partners.forces = vec![Force::default(), Force::default()];
        for kind in [OptionKind::BusinessAsUsual, OptionKind::LeadForce] {
            case.finance.option_mut(kind).lines =
                vec![FinanceLine::default(), FinanceLine::default()];
        }
        case.risks.risks = vec![Risk::default(), Risk::default()];
        case.recommendations = vec![Recommendation::default(), Recommendation::default()];
        case
    }

    #[test]
    fn every_kind_of_anchor_is_listed_once_in_wizard_order() {
        let case = case_with_rows();
        let all: Vec<Anchor> = Anchor::all(&case).collect();
        let kinds: HashSet<u8> = all.iter().map(|anchor| kind(*anchor)).collect();
        assert_eq!(
            kinds.len(),
            39,
            "a kind of anchor is missing from Anchor::all"
        );
        let unique: HashSet<Anchor> = all.iter().copied().collect();
        assert_eq!(unique.len(), all.len(), "an anchor is listed twice");
        assert!(
            all.windows(2).all(|pair| pair[0].step() <= pair[1].step()),
            "anchors are out of wizard order"
        );
        assert!(all.contains(&Anchor::Risk(1)) && !all.contains(&Anchor::Risk(2)));
        assert!(all.contains(&Anchor::FinanceLine(OptionKind::LeadForce, 1)));
        assert!(!all.contains(&Anchor::FinanceLine(OptionKind::DoMinimum, 0)));
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
