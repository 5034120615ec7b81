//! What a business case for police collaboration is: plain data and the rules about it.
//!
//! Nothing here knows about egui or PDF. The app edits a [`Case`]; the report reads one; the
//! save file is a [`Case`] written as RON by [`storage`].

pub mod choice;
pub mod commercial;
pub mod compare;
pub mod data_protection;
pub mod date;
pub mod equality;
pub mod estates_ict;
pub mod figures;
pub mod finance;
pub mod fingerprint;
pub mod front_sheet;
pub mod governance;
pub mod implementation;
pub mod law;
pub mod legal;
pub mod management;
pub mod money;
pub mod options;
pub mod partners;
pub mod prose;
pub mod recommend;
pub mod risk;
pub mod sign_off;
pub mod storage;
pub mod strategy;
pub mod strings;
pub mod text;
pub mod tree;
pub mod validate;
pub mod workforce;

use serde::{Deserialize, Serialize};

pub use choice::Choice;
pub use commercial::Commercial;
pub use data_protection::DataProtection;
pub use equality::Equality;
pub use estates_ict::EstatesIct;
pub use finance::Finance;
pub use front_sheet::FrontSheet;
pub use governance::Governance;
pub use implementation::{Implementation, Recommendation, Revision};
pub use legal::Legal;
pub use management::Management;
pub use money::{Money, Percent};
pub use options::Options;
pub use partners::Partners;
pub use risk::RiskRegister;
pub use sign_off::SignOff;
pub use strategy::Strategy;
pub use validate::{Anchor, Finding, Severity, validate};
pub use workforce::Workforce;

/// A whole business case: everything the wizard edits and the report prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Case {
    /// The save-file format this case was written in; see [`storage::FORMAT_VERSION`].
    pub format_version: u32,
    /// The front sheet.
    pub front_sheet: FrontSheet,
    /// The forces and other partners.
    pub partners: Partners,
    /// The case for change.
    pub strategy: Strategy,
    /// The options appraisal.
    pub options: Options,
    /// The financial case.
    pub finance: Finance,
    /// The commercial case.
    pub commercial: Commercial,
    /// The risk register.
    pub risks: RiskRegister,
    /// The equality impact assessment.
    pub equality: Equality,
    /// The officers and staff affected, and how they move.
    pub workforce: Workforce,
    /// Data protection, dataset by dataset.
    pub data_protection: DataProtection,
    /// Estates and ICT implications.
    pub estates_ict: EstatesIct,
    /// Governance and the legal basis.
    pub governance: Governance,
    /// What the legal implications section needs from the user: delegations and signing,
    /// and how each risk of challenge is met.
    pub legal: Legal,
    /// The management case's senior responsible owner, benefits register and review.
    pub management: Management,
    /// How it will be delivered.
    pub implementation: Implementation,
    /// The statutory officers' comments, decision records, background papers and the
    /// user's appendices.
    pub sign_off: SignOff,
    /// What the committee is asked to decide, in order.
    pub recommendations: Vec<Recommendation>,
    /// The revision history, oldest first.
    pub revisions: Vec<Revision>,
}

impl Default for Case {
    fn default() -> Self {
        Case {
            format_version: storage::FORMAT_VERSION,
            front_sheet: FrontSheet::default(),
            partners: Partners::default(),
            strategy: Strategy::default(),
            options: Options::default(),
            finance: Finance::default(),
            commercial: Commercial::default(),
            risks: RiskRegister::default(),
            equality: Equality::default(),
            workforce: Workforce::default(),
            data_protection: DataProtection::default(),
            estates_ict: EstatesIct::default(),
            governance: Governance::default(),
            legal: Legal::default(),
            management: Management::default(),
            implementation: Implementation::default(),
            sign_off: SignOff::default(),
            recommendations: Vec::new(),
            revisions: Vec::new(),
        }
    }
}

/// The most characters of a title [`Case::shortened_title`] shows: a long committee title
/// ("… Outline Business Case for the Joint …") fits, a pasted paragraph does not.
pub const SHORTENED_TITLE_CHARS: usize = 120;

impl Case {
    /// Fills in what a hand-edited or older file may lack (every option, characteristic and
    /// governance item and statutory officer present; finance lines as long as the appraisal;
    /// a lead index that points at a force), so the rest of the program can rely on it, and
    /// cleans every text of the case ([`text::clean`]: tabs to spaces, control characters and
    /// bidirectional overrides removed). Returns the fields that lost characters, for the
    /// loader to report.
    pub fn normalise(&mut self) -> Vec<text::TextChange> {
        self.format_version = storage::FORMAT_VERSION;
        self.options.normalise();
        self.finance.normalise();
        self.equality.normalise();
        self.governance.normalise();
        self.legal.normalise();
        self.sign_off.normalise();
        self.partners.assign_force_ids();
        if self
            .partners
            .lead_force
            .is_some_and(|lead| lead >= self.partners.forces.len())
        {
            self.partners.lead_force = None;
        }
        self.clean_text()
    }

    /// Cleans every string of the case, found through serde so no field is missed.
    fn clean_text(&mut self) -> Vec<text::TextChange> {
        let Ok(mut tree) = tree::Tree::of(&*self) else {
            return Vec::new();
        };
        let mut changes = Vec::new();
        let mut changed = false;
        tree.strings_mut(&mut |path, _, value| {
            let cleaned = text::clean(value);
            if !cleaned.removed.is_empty() {
                changes.push(text::TextChange {
                    path: path.to_owned(),
                    removed: cleaned.removed,
                });
            }
            if let std::borrow::Cow::Owned(kept) = cleaned.text {
                *value = kept;
                changed = true;
            }
        });
        if changed && let Ok(case) = tree.into_value::<Case>() {
            *self = case;
        }
        changes
    }

    /// Keeps every row that names a force by its name (its lead, its workforce, its PCC's
    /// decision record) with the force when it is renamed from `old` to `new`.
    pub fn rename_force(&mut self, old: &str, new: &str) {
        self.implementation.rename_force(old, new);
        self.workforce.rename_force(old, new);
        self.sign_off.rename_force(old, new);
    }

    /// The title to show in window bars and lists: the case title, or a placeholder.
    pub fn display_title(&self) -> &str {
        let title = self.front_sheet.title.trim();
        if title.is_empty() {
            "Untitled business case"
        } else {
            title
        }
    }

    /// The title as one line can show it: [`Case::display_title`] up to
    /// [`SHORTENED_TITLE_CHARS`] characters, cut at a word and marked with "…" when longer, so
    /// a title pasted with a whole document behind it does not fill a window title or the
    /// first screen of `check`. The paper prints the title in full.
    pub fn shortened_title(&self) -> std::borrow::Cow<'_, str> {
        crate::format::shortened(self.display_title(), SHORTENED_TITLE_CHARS)
    }
}

/// The wizard's steps in order, with their names: one for each part of a case, then Review.
/// They live with the case rather than the window because the case is ordered by them: every
/// [`Anchor`] lies in one step ([`Anchor::step`]), [`validate()`] returns its findings in step
/// order, and `casewright check` prints them under each step's name without a window. How the
/// wizard draws each step and moves between them is `crate::app::steps`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Step {
    /// Front sheet and partners.
    FrontSheet,
    /// Case for change.
    CaseForChange,
    /// Options and the choice of model.
    Options,
    /// The financial case.
    Finance,
    /// The commercial case.
    Commercial,
    /// The risk register.
    Risks,
    /// The equality impact assessment.
    Equality,
    /// The workforce: officers, staff, pensions and consultation.
    Workforce,
    /// Data protection, estates and ICT.
    DataEstatesIct,
    /// Governance and legal basis.
    Governance,
    /// The management case: senior responsible owner, benefits register and review.
    Management,
    /// Implementation and recommendations.
    Implementation,
    /// Sign-off and decision: statutory officers, decision records, background papers and
    /// appendices.
    SignOff,
    /// Review of every finding.
    Review,
}

impl Step {
    /// Every step, in wizard order.
    pub const ALL: [Step; 14] = [
        Step::FrontSheet,
        Step::CaseForChange,
        Step::Options,
        Step::Finance,
        Step::Commercial,
        Step::Risks,
        Step::Equality,
        Step::Workforce,
        Step::DataEstatesIct,
        Step::Governance,
        Step::Management,
        Step::Implementation,
        Step::SignOff,
        Step::Review,
    ];

    /// The step's name, as the navigator and `casewright check` show it.
    pub fn label(self) -> &'static str {
        match self {
            Step::FrontSheet => "Front sheet and partners",
            Step::CaseForChange => "Case for change",
            Step::Options => "Options and model",
            Step::Finance => "Finance",
            Step::Commercial => "Commercial case",
            Step::Risks => "Risks",
            Step::Equality => "Equality impact",
            Step::Workforce => "Workforce",
            Step::DataEstatesIct => "Data, estates and ICT",
            Step::Governance => "Governance",
            Step::Management => "Management case",
            Step::Implementation => "Implementation and recommendations",
            Step::SignOff => "Sign-off and decision",
            Step::Review => "Review",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_title_is_shortened_at_a_word_and_a_short_one_kept() {
        let mut case = Case::default();
        case.front_sheet.title = "Joint firearms training".into();
        assert_eq!(case.shortened_title(), "Joint firearms training");
        case.front_sheet.title = "collaboration ".repeat(2000);
        let shortened = case.shortened_title();
        assert!(shortened.chars().count() <= SHORTENED_TITLE_CHARS + 1);
        assert!(shortened.ends_with("collaboration…"), "{shortened}");
        case.front_sheet.title = "x".repeat(500);
        assert_eq!(
            case.shortened_title().chars().count(),
            SHORTENED_TITLE_CHARS + 1
        );
    }
}
